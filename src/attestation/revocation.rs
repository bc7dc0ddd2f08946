//! Revocation: CRL files and the attestation denylist.
//!
//! **CRLs.** A directory of CRL files (PEM `X509 CRL` blocks or DER, any
//! name; dot files and subdirectories are not read). They are checked by
//! `rustls-webpki` during path validation: for the DAC (against CRLs
//! issued by the PAI) and the PAI (against CRLs issued by the PAA); the
//! CRL's signature is verified with the issuer's key. A certificate whose
//! issuer published no CRL is not refused (unknown status is allowed), and
//! an expired CRL still counts (a stale list never un-revokes anything).
//! webpki uses one CRL per issuer, so when the directory holds several
//! CRLs of the same issuer, the one with the latest `thisUpdate` is used
//! and the others are listed in [`CrlSet::superseded`]. A PAA cannot be
//! revoked by CRL (it is a trust anchor): remove it from the trust store
//! or deny its SKI. Loading is all or nothing, like the trust store.
//!
//! **Denylist.** `config/attestation-denylist.toml`:
//!
//! ```toml
//! [[deny]]
//! ski = "6A:FD:22:77:1F:51:1F:EC:BF:16:41:97:67:10:DC:DC:31:A1:71:7E"
//! reason = "key compromise reported by the vendor"
//!
//! [[deny]]
//! issuer = "CN=Matter Dev PAI 0xFFF1 no PID, 1.3.6.1.4.1.37244.2.1=FFF1"
//! serial = "69cdf10de9e54ed1"
//! ```
//!
//! An entry names a certificate (DAC, PAI or PAA) either by its subject
//! key identifier (`ski`, hex, colons optional) or by `issuer` (the DN
//! exactly as `threshold pki verify-device` prints it in `chain[].issuer`)
//! plus `serial` (hex, leading zeros ignored). `reason` is optional.
//! Unknown keys and mixed forms are refused.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use webpki::{CertRevocationList, OwnedCertRevocationList};
use x509_parser::prelude::FromDer;
use x509_parser::revocation_list::CertificateRevocationList as X509Crl;

use super::cert::{colon_hex, parse_loose_hex, strip_leading_zeros, CertInfo};
use super::trust_store::{list_dir, list_rejected, DirEntry, RejectedFile};

/// What revoked a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RevocationSource {
    /// A CRL file.
    Crl {
        /// The CRL file.
        file: String,
    },
    /// A denylist entry by subject key identifier.
    DenylistSki {
        /// The SKI.
        ski: String,
        /// The entry's reason, if any.
        reason: Option<String>,
    },
    /// A denylist entry by issuer and serial.
    DenylistSerial {
        /// The issuer DN.
        issuer: String,
        /// The serial (hex).
        serial: String,
        /// The entry's reason, if any.
        reason: Option<String>,
    },
}

impl fmt::Display for RevocationSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = |r: &Option<String>| match r {
            Some(r) => format!(": {r}"),
            None => String::new(),
        };
        match self {
            RevocationSource::Crl { file } => write!(f, "CRL {file}"),
            RevocationSource::DenylistSki { ski, reason: r } => {
                write!(f, "denylist entry ski {ski}{}", reason(r))
            }
            RevocationSource::DenylistSerial {
                issuer,
                serial,
                reason: r,
            } => write!(
                f,
                "denylist entry issuer {issuer:?} serial {serial}{}",
                reason(r)
            ),
        }
    }
}

/// Why CRLs or the denylist could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RevocationError {
    /// The CRL directory cannot be listed.
    #[error("CRL directory {path}: {source}")]
    Directory {
        /// The directory.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// One or more CRL files are unusable; nothing was loaded.
    #[error("CRL directory {dir}: {} file(s) rejected, nothing loaded:{}", files.len(), list_rejected(files))]
    Rejected {
        /// The directory.
        dir: PathBuf,
        /// Every rejected file with its reason.
        files: Vec<RejectedFile>,
    },
    /// The denylist file cannot be read.
    #[error("denylist {path}: {source}")]
    DenylistRead {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The denylist is not valid TOML in the documented format.
    #[error("denylist{}: {reason}", origin.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default())]
    DenylistFormat {
        /// The file, if loaded from one.
        origin: Option<PathBuf>,
        /// What is wrong.
        reason: String,
    },
}

/// One loaded CRL.
#[derive(Debug)]
pub(crate) struct LoadedCrl {
    pub(crate) origin: PathBuf,
    pub(crate) issuer_raw: Vec<u8>,
    this_update: i64,
    pub(crate) crl: CertRevocationList<'static>,
}

/// The CRLs the verifier consults.
#[derive(Debug, Default)]
pub struct CrlSet {
    crls: Vec<LoadedCrl>,
    superseded: Vec<PathBuf>,
    ignored: Vec<PathBuf>,
}

impl CrlSet {
    /// No CRLs.
    pub fn empty() -> CrlSet {
        CrlSet::default()
    }

    /// Loads every CRL file of `dir` (all or nothing).
    pub fn load_dir(dir: &Path) -> Result<CrlSet, RevocationError> {
        let mut set = CrlSet::empty();
        let mut rejected = Vec::new();
        let entries = list_dir(dir).map_err(|source| RevocationError::Directory {
            path: dir.to_owned(),
            source,
        })?;
        for entry in entries {
            match entry {
                DirEntry::Ignored(p) => set.ignored.push(p),
                DirEntry::File(path) => {
                    let r = fs::read(&path)
                        .map_err(|e| format!("cannot read: {e}"))
                        .and_then(|b| decode_crls(&b))
                        .and_then(|ders| {
                            let mut out = Vec::new();
                            for der in ders {
                                out.push(parse_crl(&der, path.clone())?);
                            }
                            Ok(out)
                        });
                    match r {
                        Ok(crls) => set.crls.extend(crls),
                        Err(reason) => rejected.push(RejectedFile { path, reason }),
                    }
                }
            }
        }
        if !rejected.is_empty() {
            return Err(RevocationError::Rejected {
                dir: dir.to_owned(),
                files: rejected,
            });
        }
        set.keep_newest();
        Ok(set)
    }

    /// Adds one CRL from DER bytes.
    pub fn add_der(&mut self, der: &[u8], origin: impl Into<PathBuf>) -> Result<(), String> {
        let crl = parse_crl(der, origin.into())?;
        self.crls.push(crl);
        self.keep_newest();
        Ok(())
    }

    /// Keeps, per issuer, the CRL with the latest thisUpdate (the later
    /// one on a tie).
    fn keep_newest(&mut self) {
        let mut kept: Vec<LoadedCrl> = Vec::with_capacity(self.crls.len());
        for c in std::mem::take(&mut self.crls) {
            match kept.iter_mut().find(|k| k.issuer_raw == c.issuer_raw) {
                Some(k) if c.this_update >= k.this_update => {
                    let old = std::mem::replace(k, c);
                    self.superseded.push(old.origin);
                }
                Some(_) => self.superseded.push(c.origin),
                None => kept.push(c),
            }
        }
        self.crls = kept;
    }

    /// Number of CRLs in use.
    pub fn len(&self) -> usize {
        self.crls.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.crls.is_empty()
    }

    /// CRL files not used because a newer CRL of the same issuer exists.
    pub fn superseded(&self) -> &[PathBuf] {
        &self.superseded
    }

    /// Directory entries not read (dot files, subdirectories).
    pub fn ignored(&self) -> &[PathBuf] {
        &self.ignored
    }

    pub(crate) fn crls(&self) -> &[LoadedCrl] {
        &self.crls
    }

    /// The CRL (file) that lists `cert`, if any: issuer match and serial.
    pub(crate) fn listing(&self, cert: &CertInfo) -> Option<&LoadedCrl> {
        self.crls.iter().find(|c| {
            c.issuer_raw == cert.issuer_raw
                && matches!(c.crl.find_serial(&cert.serial_raw), Ok(Some(_)))
        })
    }
}

fn decode_crls(bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    if bytes[start..].starts_with(b"-----BEGIN") {
        let blocks = pem::parse_many(bytes).map_err(|e| format!("bad PEM: {e}"))?;
        if blocks.is_empty() {
            return Err("no PEM block".into());
        }
        blocks
            .into_iter()
            .map(|b| {
                if b.tag() == "X509 CRL" {
                    Ok(b.into_contents())
                } else {
                    Err(format!(
                        "PEM block {:?} is not an X509 CRL",
                        b.tag().chars().take(40).collect::<String>()
                    ))
                }
            })
            .collect()
    } else if bytes.is_empty() {
        Err("empty file".into())
    } else {
        Ok(vec![bytes.to_vec()])
    }
}

fn parse_crl(der: &[u8], origin: PathBuf) -> Result<LoadedCrl, String> {
    let (rest, x) = X509Crl::from_der(der).map_err(|e| format!("not a CRL: {e}"))?;
    if !rest.is_empty() {
        return Err(format!("{} trailing bytes after the CRL", rest.len()));
    }
    let owned = OwnedCertRevocationList::from_der(der)
        .map_err(|e| format!("webpki refuses the CRL: {e:?}"))?;
    let issuer_raw = x.issuer().as_raw().to_vec();
    Ok(LoadedCrl {
        origin,
        issuer_raw,
        this_update: x.last_update().timestamp(),
        crl: owned.into(),
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DenyFile {
    #[serde(default)]
    deny: Vec<RawDeny>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeny {
    ski: Option<String>,
    issuer: Option<String>,
    serial: Option<String>,
    reason: Option<String>,
}

/// One denylist entry.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DenyEntry {
    /// By subject key identifier.
    Ski {
        /// The SKI bytes.
        ski: Vec<u8>,
        /// Why.
        reason: Option<String>,
    },
    /// By issuer DN (rendered) and serial.
    IssuerSerial {
        /// The issuer DN, as the verdict prints it.
        issuer: String,
        /// The serial, leading zero bytes removed.
        serial: Vec<u8>,
        /// Why.
        reason: Option<String>,
    },
}

impl DenyEntry {
    fn source(&self) -> RevocationSource {
        match self {
            DenyEntry::Ski { ski, reason } => RevocationSource::DenylistSki {
                ski: colon_hex(ski),
                reason: reason.clone(),
            },
            DenyEntry::IssuerSerial {
                issuer,
                serial,
                reason,
            } => RevocationSource::DenylistSerial {
                issuer: issuer.clone(),
                serial: hex::encode(serial),
                reason: reason.clone(),
            },
        }
    }
}

/// Certificates refused whatever their signatures say.
#[derive(Debug, Clone, Default)]
pub struct Denylist {
    entries: Vec<DenyEntry>,
}

impl Denylist {
    /// An empty denylist.
    pub fn empty() -> Denylist {
        Denylist::default()
    }

    /// Parses the TOML format described in the module documentation.
    pub fn from_toml_str(s: &str) -> Result<Denylist, RevocationError> {
        Self::parse(s, None)
    }

    /// Loads a denylist file.
    pub fn load(path: &Path) -> Result<Denylist, RevocationError> {
        let s = fs::read_to_string(path).map_err(|source| RevocationError::DenylistRead {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&s, Some(path))
    }

    fn parse(s: &str, origin: Option<&Path>) -> Result<Denylist, RevocationError> {
        let bad = |reason: String| RevocationError::DenylistFormat {
            origin: origin.map(Path::to_owned),
            reason,
        };
        let file: DenyFile = toml::from_str(s).map_err(|e| bad(e.to_string()))?;
        let mut entries = Vec::with_capacity(file.deny.len());
        for (i, raw) in file.deny.into_iter().enumerate() {
            let n = i + 1;
            let entry = match (raw.ski, raw.issuer, raw.serial) {
                (Some(ski), None, None) => DenyEntry::Ski {
                    ski: parse_loose_hex(&ski).map_err(|e| bad(format!("deny #{n}: ski {e}")))?,
                    reason: raw.reason,
                },
                (None, Some(issuer), Some(serial)) => {
                    if issuer.trim().is_empty() {
                        return Err(bad(format!("deny #{n}: empty issuer")));
                    }
                    let serial = parse_loose_hex(&serial)
                        .map_err(|e| bad(format!("deny #{n}: serial {e}")))?;
                    DenyEntry::IssuerSerial {
                        issuer,
                        serial: strip_leading_zeros(&serial),
                        reason: raw.reason,
                    }
                }
                _ => {
                    return Err(bad(format!(
                        "deny #{n}: give either `ski`, or `issuer` and `serial`"
                    )))
                }
            };
            entries.push(entry);
        }
        Ok(Denylist { entries })
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[DenyEntry] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The first entry that matches `cert`.
    pub(crate) fn matching(&self, cert: &CertInfo) -> Option<RevocationSource> {
        self.entries
            .iter()
            .find(|e| match e {
                DenyEntry::Ski { ski, .. } => cert.ski.as_ref().is_some_and(|s| &s.value == ski),
                DenyEntry::IssuerSerial { issuer, serial, .. } => {
                    &cert.issuer == issuer && &cert.serial == serial
                }
            })
            .map(DenyEntry::source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denylist_parses_both_forms() {
        let d = Denylist::from_toml_str(
            r#"
            [[deny]]
            ski = "6a:fd:22"
            reason = "compromised"

            [[deny]]
            issuer = "CN=X"
            serial = "00ff"
            "#,
        )
        .unwrap();
        assert_eq!(
            d.entries(),
            &[
                DenyEntry::Ski {
                    ski: vec![0x6a, 0xfd, 0x22],
                    reason: Some("compromised".into())
                },
                DenyEntry::IssuerSerial {
                    issuer: "CN=X".into(),
                    serial: vec![0xff],
                    reason: None
                }
            ]
        );
        assert!(Denylist::from_toml_str("").unwrap().is_empty());
    }

    #[test]
    fn denylist_refuses_bad_entries() {
        for bad in [
            "[[deny]]\nski = \"aa\"\nissuer = \"CN=X\"\nserial = \"01\"\n",
            "[[deny]]\nissuer = \"CN=X\"\n",
            "[[deny]]\nserial = \"01\"\n",
            "[[deny]]\nski = \"zz\"\n",
            "[[deny]]\nski = \"aa\"\ncolour = \"red\"\n",
            "[[denied]]\nski = \"aa\"\n",
            "[[deny]]\nreason = \"nothing named\"\n",
        ] {
            assert!(
                matches!(
                    Denylist::from_toml_str(bad),
                    Err(RevocationError::DenylistFormat { .. })
                ),
                "accepted: {bad}"
            );
        }
    }

    #[test]
    fn crl_decoding_refuses_other_pem() {
        assert!(decode_crls(b"").is_err());
        let cert = "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n";
        assert!(decode_crls(cert.as_bytes())
            .unwrap_err()
            .contains("not an X509 CRL"));
        assert!(parse_crl(&[0x30, 0x00], PathBuf::from("x")).is_err());
    }
}
