//! The hub's own certificate authority, made with `rcgen`.
//!
//! Hierarchy (all ECDSA P-256 with SHA-256):
//!
//! ```text
//! hub root CA  (CA, pathlen 0, keyCertSign+cRLSign, 10 years)
//! ├── TLS server certificate   (serverAuth; SAN hostname, 127.0.0.1, ::1; 1 year)
//! ├── user client certificates (clientAuth; CN = user id, OU = role; 1 year)
//! └── device operational certificates
//!                              (clientAuth; CN = device id = SHA-256 of the
//!                               device's public key (hex), OU = device; 1 year)
//! ```
//!
//! Files, in `<state_dir>/pki/` (directory mode 0700): `hub-root-ca.pem`
//! and `server.pem` (mode 0644), `hub-root-ca.key` and `server.key`
//! (PKCS#8 PEM, mode 0600, written atomically with
//! [`crate::fsutil::write_secret_file`]). [`HubCa::load_or_create`] creates
//! the root on first use and refuses a key readable by group or others, a
//! key that does not match the certificate, or half a CA (one file of the
//! pair missing). End-entity lifetimes never extend past the root's.
//!
//! Rotation: [`HubCa::ensure_server_cert`] re-issues the server certificate
//! when it is within [`RENEW_BEFORE_DAYS`] of expiry, was issued by another
//! root, or names another host. Client and operational certificates are
//! re-issued by their holders (a new CSR) before they expire. The root is
//! rotated by hand before its 10 years end: `docs/pki.md` gives the
//! procedure.
//!
//! Requests (CSRs) are untrusted: their signature is verified, only a P-256
//! key with ECDSA/SHA-256 is accepted, and nothing they ask for (subject,
//! extensions, CA flag) is copied into the certificate.

use std::fs;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, PublicKeyData, SanType, SerialNumber,
};
use ring::rand::SecureRandom;
use time::OffsetDateTime;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};
use zeroize::Zeroizing;

use super::cert::{CertInfo, OID_ECDSA_WITH_SHA256, OID_EC_PUBLIC_KEY, OID_P256};
use crate::commissioning::policy::Role;
use crate::fsutil::{
    ensure_private_dir, read_secret_file, write_public_file, write_secret_file, SecretFileError,
};
use crate::time::UnixMillis;

/// Directory of the hub PKI inside the state directory.
pub const PKI_DIR: &str = "pki";
/// The root CA certificate (PEM, 0644).
pub const ROOT_CERT_FILE: &str = "hub-root-ca.pem";
/// The root CA key (PKCS#8 PEM, 0600).
pub const ROOT_KEY_FILE: &str = "hub-root-ca.key";
/// The TLS server certificate (PEM, 0644).
pub const SERVER_CERT_FILE: &str = "server.pem";
/// The TLS server key (PKCS#8 PEM, 0600).
pub const SERVER_KEY_FILE: &str = "server.key";

/// Root CA lifetime.
pub const ROOT_LIFETIME_DAYS: i64 = 3650;
/// TLS server certificate lifetime.
pub const SERVER_LIFETIME_DAYS: i64 = 365;
/// User client certificate lifetime.
pub const CLIENT_LIFETIME_DAYS: i64 = 365;
/// Device operational certificate lifetime.
pub const OPERATIONAL_LIFETIME_DAYS: i64 = 365;
/// The server certificate is re-issued this long before it expires.
pub const RENEW_BEFORE_DAYS: i64 = 30;
/// From this long before the root expires, loading it logs a warning.
pub const ROOT_WARN_DAYS: i64 = 365;
/// notBefore is set this far in the past, for peers with a slow clock.
pub const BACKDATE_SECS: i64 = 3600;

const DAY_MS: i64 = 86_400_000;
const ORG: &str = "Threshold";

/// Why a hub CA operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HubCaError {
    /// Writing a file or creating the directory failed.
    #[error("{what} {path}: {source}")]
    Write {
        /// What was being done (`cannot write`, `cannot create directory`).
        what: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Reading a file failed.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An existing file is unusable (bad mode, bad content, mismatch).
    #[error("{path}: {reason}")]
    BadFile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The root CA has expired: rotate it (docs/pki.md).
    #[error("the hub root CA expired at {not_after}; rotate it (docs/pki.md)")]
    RootExpired {
        /// Its notAfter.
        not_after: UnixMillis,
    },
    /// A certificate signing request was refused.
    #[error("certificate request refused: {reason}")]
    Csr {
        /// Why.
        reason: String,
    },
    /// A caller-supplied value is unusable (user id, host name).
    #[error("invalid {what}: {reason}")]
    InvalidInput {
        /// Which input.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// rcgen or the random generator failed.
    #[error("certificate generation failed: {0}")]
    Generate(String),
}

fn gen_err(e: impl std::fmt::Display) -> HubCaError {
    HubCaError::Generate(e.to_string())
}

/// A wall time as `time`'s type (for rcgen).
pub(crate) fn to_odt(t: UnixMillis) -> Result<OffsetDateTime, String> {
    OffsetDateTime::from_unix_timestamp(t.as_secs()).map_err(|e| format!("time {t}: {e}"))
}

/// `t + days`.
pub(crate) fn plus_days(t: UnixMillis, days: i64) -> UnixMillis {
    UnixMillis(t.0.saturating_add(days.saturating_mul(DAY_MS)))
}

/// A random positive 16-byte serial number.
pub(crate) fn random_serial() -> Result<SerialNumber, String> {
    let mut b = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut b)
        .map_err(|_| "random generator failed".to_string())?;
    b[0] = (b[0] & 0x7f) | 0x01;
    Ok(SerialNumber::from_slice(&b))
}

fn write_public(path: &Path, data: &[u8]) -> Result<(), HubCaError> {
    write_public_file(path, data).map_err(|source| HubCaError::Write {
        what: "cannot write",
        path: path.to_owned(),
        source,
    })
}

fn write_secret(path: &Path, data: &[u8]) -> Result<(), HubCaError> {
    write_secret_file(path, data).map_err(|source| HubCaError::Write {
        what: "cannot write",
        path: path.to_owned(),
        source,
    })
}

/// Reads a private key file, refusing one readable by group or others.
fn read_private_key(path: &Path) -> Result<KeyPair, HubCaError> {
    let bad = |reason: String| HubCaError::BadFile {
        path: path.to_owned(),
        reason,
    };
    let bytes = read_secret_file(path).map_err(|e| match e {
        SecretFileError::Io(source) => HubCaError::Read {
            path: path.to_owned(),
            source,
        },
        e => bad(e.to_string()),
    })?;
    let pem = std::str::from_utf8(&bytes)
        .map_err(|_| bad("not a usable private key: not PEM text".into()))?;
    KeyPair::from_pem(pem).map_err(|e| bad(format!("not a usable private key: {e}")))
}

fn read_cert_pem(path: &Path) -> Result<(String, Vec<u8>, CertInfo), HubCaError> {
    let bad = |reason: String| HubCaError::BadFile {
        path: path.to_owned(),
        reason,
    };
    let pem_text = fs::read_to_string(path).map_err(|source| HubCaError::Read {
        path: path.to_owned(),
        source,
    })?;
    let der = super::cert::decode_one_certificate(pem_text.as_bytes()).map_err(bad)?;
    let info = CertInfo::parse(&der).map_err(bad)?;
    Ok((pem_text, der, info))
}

/// An issued certificate, with its private key when the hub generated it.
pub struct IssuedCert {
    /// The certificate, PEM.
    pub cert_pem: String,
    /// The certificate, DER.
    pub cert_der: Vec<u8>,
    /// The private key (PKCS#8 PEM) when the hub generated the key pair;
    /// `None` for certificates issued from a CSR.
    pub key_pem: Option<Zeroizing<String>>,
    /// Serial number (lower-case hex).
    pub serial: String,
    /// notBefore.
    pub not_before: UnixMillis,
    /// notAfter.
    pub not_after: UnixMillis,
}

impl std::fmt::Debug for IssuedCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedCert")
            .field("serial", &self.serial)
            .field("not_before", &self.not_before)
            .field("not_after", &self.not_after)
            .field("has_key", &self.key_pem.is_some())
            .finish_non_exhaustive()
    }
}

impl IssuedCert {
    /// Writes `<stem>.pem` (0644) and, if there is a key, `<stem>.key`
    /// (0600) into `dir`; returns the paths.
    pub fn write(&self, dir: &Path, stem: &str) -> Result<(PathBuf, Option<PathBuf>), HubCaError> {
        let cert_path = dir.join(format!("{stem}.pem"));
        let key_path = match &self.key_pem {
            Some(k) => {
                let p = dir.join(format!("{stem}.key"));
                write_secret(&p, k.as_bytes())?;
                Some(p)
            }
            None => None,
        };
        write_public(&cert_path, self.cert_pem.as_bytes())?;
        Ok((cert_path, key_path))
    }
}

/// An operational certificate issued to a device.
#[derive(Debug)]
pub struct OperationalCert {
    /// The device id: lower-case hex SHA-256 of its SubjectPublicKeyInfo.
    pub device_id: String,
    /// The certificate.
    pub cert: IssuedCert,
}

/// Where a client certificate's key comes from.
#[derive(Debug, Clone, Copy)]
pub enum ClientKey<'a> {
    /// A PKCS#10 request (PEM or DER) from the user's own key.
    Csr(&'a [u8]),
    /// The hub generates a P-256 key pair and returns it.
    Generate,
}

/// The state of the server certificate after [`HubCa::ensure_server_cert`].
#[derive(Debug)]
pub struct ServerCert {
    /// The certificate and its key.
    pub cert: IssuedCert,
    /// Whether it was (re-)issued by this call.
    pub issued: bool,
    /// The certificate file.
    pub cert_path: PathBuf,
    /// The key file.
    pub key_path: PathBuf,
}

/// The device id for a public key: lower-case hex SHA-256 of its DER
/// SubjectPublicKeyInfo (64 characters).
pub fn device_id(spki_der: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, spki_der))
}

/// The hub root CA, loaded or created in `<state_dir>/pki/`.
pub struct HubCa {
    dir: PathBuf,
    root_pem: String,
    root_der: Vec<u8>,
    root_info: CertInfo,
    issuer: Issuer<'static, KeyPair>,
}

impl std::fmt::Debug for HubCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HubCa")
            .field("dir", &self.dir)
            .field("root", &self.root_info.subject)
            .finish_non_exhaustive()
    }
}

impl HubCa {
    /// `<state_dir>/pki`.
    pub fn dir_for(state_dir: &Path) -> PathBuf {
        state_dir.join(PKI_DIR)
    }

    /// Loads the root CA from `<state_dir>/pki/`, creating it (and the
    /// directory, mode 0700) on first use; `now` is the wall time.
    pub fn load_or_create(state_dir: &Path, now: UnixMillis) -> Result<HubCa, HubCaError> {
        let dir = Self::dir_for(state_dir);
        ensure_private_dir(&dir).map_err(|source| HubCaError::Write {
            what: "cannot create directory",
            path: dir.clone(),
            source,
        })?;
        let key_path = dir.join(ROOT_KEY_FILE);
        let cert_path = dir.join(ROOT_CERT_FILE);
        match (key_path.exists(), cert_path.exists()) {
            (false, false) => Self::create(dir, now),
            (true, true) => Self::load(dir, now),
            (key, _) => {
                let (missing, present) = if key {
                    (&cert_path, &key_path)
                } else {
                    (&key_path, &cert_path)
                };
                Err(HubCaError::BadFile {
                    path: missing.clone(),
                    reason: format!(
                        "missing while {} exists; refusing to replace half a CA (restore it, or move both away to create a new root)",
                        present.display()
                    ),
                })
            }
        }
    }

    fn create(dir: PathBuf, now: UnixMillis) -> Result<HubCa, HubCaError> {
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(gen_err)?;
        let mut tag = [0u8; 4];
        ring::rand::SystemRandom::new()
            .fill(&mut tag)
            .map_err(|_| gen_err("random generator failed"))?;
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(
            DnType::CommonName,
            format!("Threshold hub root CA {}", hex::encode(tag)),
        );
        dn.push(DnType::OrganizationName, ORG);
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.not_before =
            to_odt(UnixMillis(now.0.saturating_sub(BACKDATE_SECS * 1000))).map_err(gen_err)?;
        params.not_after = to_odt(plus_days(now, ROOT_LIFETIME_DAYS)).map_err(gen_err)?;
        params.serial_number = Some(random_serial().map_err(gen_err)?);
        let cert = params.self_signed(&key).map_err(gen_err)?;
        let key_pem = Zeroizing::new(key.serialize_pem());
        write_secret(&dir.join(ROOT_KEY_FILE), key_pem.as_bytes())?;
        write_public(&dir.join(ROOT_CERT_FILE), cert.pem().as_bytes())?;
        tracing::info!(dir = %dir.display(), "created the hub root CA");
        Self::from_parts(dir, cert.pem(), cert.der().to_vec(), key)
    }

    fn load(dir: PathBuf, now: UnixMillis) -> Result<HubCa, HubCaError> {
        let key_path = dir.join(ROOT_KEY_FILE);
        let cert_path = dir.join(ROOT_CERT_FILE);
        let key = read_private_key(&key_path)?;
        let (pem_text, der, info) = read_cert_pem(&cert_path)?;
        if key.subject_public_key_info() != info.spki_der {
            return Err(HubCaError::BadFile {
                path: key_path,
                reason: format!("does not match the certificate {}", cert_path.display()),
            });
        }
        if !matches!(
            info.basic_constraints.as_ref().map(|b| b.value.0),
            Some(true)
        ) {
            return Err(HubCaError::BadFile {
                path: cert_path,
                reason: "not a CA certificate".into(),
            });
        }
        if now.as_secs() > info.not_after {
            return Err(HubCaError::RootExpired {
                not_after: info.not_after_ms(),
            });
        }
        if plus_days(now, ROOT_WARN_DAYS).as_secs() > info.not_after {
            tracing::warn!(not_after = %info.not_after_ms(), "the hub root CA expires within a year: plan its rotation (docs/pki.md)");
        }
        Self::from_parts(dir, pem_text, der, key)
    }

    fn from_parts(
        dir: PathBuf,
        root_pem: String,
        root_der: Vec<u8>,
        key: KeyPair,
    ) -> Result<HubCa, HubCaError> {
        let root_info = CertInfo::parse(&root_der).map_err(gen_err)?;
        let issuer = Issuer::from_ca_cert_der(&root_der.as_slice().into(), key).map_err(gen_err)?;
        Ok(HubCa {
            dir,
            root_pem,
            root_der,
            root_info,
            issuer,
        })
    }

    /// The directory holding the CA's files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The root certificate, PEM.
    pub fn root_cert_pem(&self) -> &str {
        &self.root_pem
    }

    /// The root certificate, DER.
    pub fn root_cert_der(&self) -> &[u8] {
        &self.root_der
    }

    /// The root's notAfter.
    pub fn root_not_after(&self) -> UnixMillis {
        self.root_info.not_after_ms()
    }

    fn end_entity_params(
        &self,
        dn: DistinguishedName,
        now: UnixMillis,
        days: i64,
        eku: ExtendedKeyUsagePurpose,
    ) -> Result<(CertificateParams, UnixMillis, UnixMillis), HubCaError> {
        if now.as_secs() > self.root_info.not_after {
            return Err(HubCaError::RootExpired {
                not_after: self.root_not_after(),
            });
        }
        let not_before = UnixMillis(now.0.saturating_sub(BACKDATE_SECS * 1000));
        let not_after = plus_days(now, days).min(self.root_not_after());
        let mut p = CertificateParams::default();
        p.distinguished_name = dn;
        p.is_ca = IsCa::ExplicitNoCa;
        p.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        p.extended_key_usages = vec![eku];
        p.use_authority_key_identifier_extension = true;
        p.not_before = to_odt(not_before).map_err(gen_err)?;
        p.not_after = to_odt(not_after).map_err(gen_err)?;
        p.serial_number = Some(random_serial().map_err(gen_err)?);
        Ok((p, not_before, not_after))
    }

    fn sign(
        &self,
        params: &CertificateParams,
        public_key: &impl PublicKeyData,
        key_pem: Option<Zeroizing<String>>,
        not_before: UnixMillis,
        not_after: UnixMillis,
    ) -> Result<IssuedCert, HubCaError> {
        let cert = params
            .signed_by(public_key, &self.issuer)
            .map_err(gen_err)?;
        let serial = params
            .serial_number
            .as_ref()
            .map(|s| hex::encode(s.to_bytes()))
            .unwrap_or_default();
        Ok(IssuedCert {
            cert_pem: cert.pem(),
            cert_der: cert.der().to_vec(),
            key_pem,
            serial,
            not_before,
            not_after,
        })
    }

    /// Issues a TLS server certificate for `hostname` (plus 127.0.0.1 and
    /// ::1) with a fresh P-256 key. Does not write files.
    pub fn issue_server_cert(
        &self,
        hostname: &str,
        now: UnixMillis,
    ) -> Result<IssuedCert, HubCaError> {
        let host = hostname.trim();
        if !crate::names::is_dns_name(host) {
            return Err(HubCaError::InvalidInput {
                what: "host name",
                reason: format!(
                    "{host:?} is not a DNS name (letters, digits, '-' and '.', labels of 1 to 63)"
                ),
            });
        }
        let dns: rcgen::string::Ia5String =
            host.try_into()
                .map_err(|e: rcgen::Error| HubCaError::InvalidInput {
                    what: "host name",
                    reason: e.to_string(),
                })?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, host);
        dn.push(DnType::OrganizationName, ORG);
        let (mut params, nb, na) = self.end_entity_params(
            dn,
            now,
            SERVER_LIFETIME_DAYS,
            ExtendedKeyUsagePurpose::ServerAuth,
        )?;
        params.subject_alt_names = vec![
            SanType::DnsName(dns),
            SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            SanType::IpAddress(IpAddr::V6(Ipv6Addr::LOCALHOST)),
        ];
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(gen_err)?;
        let key_pem = Zeroizing::new(key.serialize_pem());
        self.sign(&params, &key, Some(key_pem), nb, na)
    }

    /// Loads `server.pem`/`server.key` and re-issues them when missing,
    /// within [`RENEW_BEFORE_DAYS`] of expiry, not yet valid, issued by
    /// another root, or naming another host.
    pub fn ensure_server_cert(
        &self,
        hostname: &str,
        now: UnixMillis,
    ) -> Result<ServerCert, HubCaError> {
        let cert_path = self.dir.join(SERVER_CERT_FILE);
        let key_path = self.dir.join(SERVER_KEY_FILE);
        if cert_path.exists() && key_path.exists() {
            let key = read_private_key(&key_path)?;
            let (pem_text, der, info) = read_cert_pem(&cert_path)?;
            let reason = self.server_cert_stale(&der, &info, &key, hostname, now);
            match reason {
                None => {
                    return Ok(ServerCert {
                        cert: IssuedCert {
                            cert_pem: pem_text,
                            cert_der: der,
                            key_pem: Some(Zeroizing::new(key.serialize_pem())),
                            serial: info.serial_hex(),
                            not_before: info.not_before_ms(),
                            not_after: info.not_after_ms(),
                        },
                        issued: false,
                        cert_path,
                        key_path,
                    })
                }
                Some(why) => {
                    tracing::info!(reason = %why, "re-issuing the hub TLS server certificate")
                }
            }
        }
        let cert = self.issue_server_cert(hostname, now)?;
        let (c, k) = cert.write(&self.dir, "server")?;
        Ok(ServerCert {
            cert,
            issued: true,
            cert_path: c,
            key_path: k.unwrap_or(key_path),
        })
    }

    /// Why the stored server certificate must be re-issued, if it must.
    fn server_cert_stale(
        &self,
        der: &[u8],
        info: &CertInfo,
        key: &KeyPair,
        hostname: &str,
        now: UnixMillis,
    ) -> Option<String> {
        if key.subject_public_key_info() != info.spki_der {
            return Some("the key does not match the certificate".into());
        }
        if plus_days(now, RENEW_BEFORE_DAYS).as_secs() > info.not_after {
            return Some(format!("it expires at {}", info.not_after_ms()));
        }
        if now.as_secs() < info.not_before {
            return Some("it is not yet valid".into());
        }
        let Ok((_, cert)) = X509Certificate::from_der(der) else {
            return Some("unparsable".into());
        };
        let Ok((_, root)) = X509Certificate::from_der(&self.root_der) else {
            return Some("root unparsable".into());
        };
        if cert.verify_signature(Some(root.public_key())).is_err() {
            return Some("issued by another root".into());
        }
        let names: Vec<String> = cert
            .subject_alternative_name()
            .ok()
            .flatten()
            .map(|san| {
                san.value
                    .general_names
                    .iter()
                    .filter_map(|g| match g {
                        GeneralName::DNSName(d) => Some(d.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        if names != [hostname.trim().to_string()] {
            return Some(format!("it names {names:?}, not {hostname:?}"));
        }
        None
    }

    /// Issues a client certificate for a user: subject CN = `user_id`,
    /// OU = the role, O = Threshold; clientAuth.
    pub fn issue_client_cert(
        &self,
        user_id: &str,
        role: Role,
        key: ClientKey<'_>,
        now: UnixMillis,
    ) -> Result<IssuedCert, HubCaError> {
        if user_id.is_empty()
            || user_id.chars().count() > 64
            || user_id.chars().any(char::is_control)
        {
            return Err(HubCaError::InvalidInput {
                what: "user id",
                reason: "must be 1 to 64 characters without control characters".into(),
            });
        }
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, user_id);
        dn.push(DnType::OrganizationalUnitName, role.as_str());
        dn.push(DnType::OrganizationName, ORG);
        let (params, nb, na) = self.end_entity_params(
            dn,
            now,
            CLIENT_LIFETIME_DAYS,
            ExtendedKeyUsagePurpose::ClientAuth,
        )?;
        match key {
            ClientKey::Csr(csr) => {
                let (spki, _) = verified_csr_key(csr)?;
                self.sign(&params, &spki, None, nb, na)
            }
            ClientKey::Generate => {
                let kp = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(gen_err)?;
                let key_pem = Zeroizing::new(kp.serialize_pem());
                self.sign(&params, &kp, Some(key_pem), nb, na)
            }
        }
    }

    /// Issues a device operational certificate from the device's CSR:
    /// subject CN = device id (SHA-256 of its public key), OU = device.
    pub fn issue_operational_cert(
        &self,
        csr: &[u8],
        now: UnixMillis,
    ) -> Result<OperationalCert, HubCaError> {
        let (spki, spki_der) = verified_csr_key(csr)?;
        let id = device_id(&spki_der);
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, id.as_str());
        dn.push(DnType::OrganizationalUnitName, "device");
        dn.push(DnType::OrganizationName, ORG);
        let (params, nb, na) = self.end_entity_params(
            dn,
            now,
            OPERATIONAL_LIFETIME_DAYS,
            ExtendedKeyUsagePurpose::ClientAuth,
        )?;
        let cert = self.sign(&params, &spki, None, nb, na)?;
        Ok(OperationalCert {
            device_id: id,
            cert,
        })
    }
}

/// Parses a PKCS#10 request (PEM or DER), verifies its signature, and
/// returns its public key (P-256 only) and the key's DER SPKI.
pub fn verified_csr_key(csr: &[u8]) -> Result<(rcgen::SubjectPublicKeyInfo, Vec<u8>), HubCaError> {
    let bad = |reason: String| HubCaError::Csr { reason };
    let start = csr
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(csr.len());
    let der = if csr[start..].starts_with(b"-----BEGIN") {
        let p = pem::parse(csr).map_err(|e| bad(format!("bad PEM: {e}")))?;
        if p.tag() != "CERTIFICATE REQUEST" && p.tag() != "NEW CERTIFICATE REQUEST" {
            return Err(bad(format!(
                "PEM block {:?} is not a CERTIFICATE REQUEST",
                p.tag()
            )));
        }
        p.into_contents()
    } else {
        csr.to_vec()
    };
    let (rest, req) = X509CertificationRequest::from_der(&der)
        .map_err(|e| bad(format!("not a PKCS#10 request: {e}")))?;
    if !rest.is_empty() {
        return Err(bad(format!("{} trailing bytes", rest.len())));
    }
    if req.signature_algorithm.algorithm.to_id_string() != OID_ECDSA_WITH_SHA256 {
        return Err(bad(format!(
            "signature algorithm {} (only ecdsa-with-SHA256)",
            req.signature_algorithm.algorithm.to_id_string()
        )));
    }
    let spki = &req.certification_request_info.subject_pki;
    let curve = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.as_oid().ok())
        .map(|o| o.to_id_string());
    if spki.algorithm.algorithm.to_id_string() != OID_EC_PUBLIC_KEY
        || curve.as_deref() != Some(OID_P256)
    {
        return Err(bad("the key is not an EC P-256 key".into()));
    }
    req.verify_signature()
        .map_err(|e| bad(format!("its signature does not verify: {e}")))?;
    let spki_der = spki.raw.to_vec();
    let key = rcgen::SubjectPublicKeyInfo::from_der(&spki_der)
        .map_err(|e| bad(format!("unusable public key: {e}")))?;
    Ok((key, spki_der))
}
