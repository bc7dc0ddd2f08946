//! Reading certificates (PEM or DER) and extracting what the Matter rules
//! look at, with `x509-parser`.
//!
//! [`CertInfo`] is an owned summary of one parsed certificate: names,
//! serial, validity, algorithms, the extensions the rules need and the
//! subject's VID/PID. It never panics on malformed input: a certificate
//! that cannot be parsed gives an error string, and extension problems
//! (duplicates, unparsable values) are collected in
//! [`CertInfo::extension_errors`].

use std::fmt::Write as _;

use serde::Serialize;
use x509_parser::extensions::ParsedExtension;
use x509_parser::prelude::{FromDer, X509Certificate, X509Name};

use super::{ProductId, VendorId, OID_MATTER_PID, OID_MATTER_VID};
use crate::time::UnixMillis;

/// `ecdsa-with-SHA256`.
pub const OID_ECDSA_WITH_SHA256: &str = "1.2.840.10045.4.3.2";
/// `id-ecPublicKey`.
pub const OID_EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
/// `prime256v1` (NIST P-256).
pub const OID_P256: &str = "1.2.840.10045.3.1.7";

const OID_BASIC_CONSTRAINTS: &str = "2.5.29.19";
const OID_KEY_USAGE: &str = "2.5.29.15";
const OID_SKI: &str = "2.5.29.14";
const OID_AKI: &str = "2.5.29.35";
const OID_EKU: &str = "2.5.29.37";

/// Key usage bits as `x509-parser` numbers them (bit 0 = digitalSignature).
pub mod ku {
    /// digitalSignature.
    pub const DIGITAL_SIGNATURE: u16 = 1 << 0;
    /// keyCertSign.
    pub const KEY_CERT_SIGN: u16 = 1 << 5;
    /// cRLSign.
    pub const CRL_SIGN: u16 = 1 << 6;
}

/// What a certificate file held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// PEM `CERTIFICATE` blocks, in order (DER bytes of each).
    Pem(Vec<Vec<u8>>),
    /// Raw bytes assumed to be one DER certificate (not yet parsed).
    Der(Vec<u8>),
}

impl Decoded {
    /// The certificates' DER bytes.
    pub fn into_ders(self) -> Vec<Vec<u8>> {
        match self {
            Decoded::Pem(v) => v,
            Decoded::Der(d) => vec![d],
        }
    }
}

/// Decodes a certificate file: PEM (one or more `CERTIFICATE` blocks,
/// nothing else) when it starts with `-----BEGIN`, otherwise DER.
pub fn decode_certificates(bytes: &[u8]) -> Result<Decoded, String> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    if bytes[start..].starts_with(b"-----BEGIN") {
        let blocks = pem::parse_many(bytes).map_err(|e| format!("bad PEM: {e}"))?;
        if blocks.is_empty() {
            return Err("no PEM block".into());
        }
        let mut out = Vec::with_capacity(blocks.len());
        for b in blocks {
            if b.tag() != "CERTIFICATE" {
                return Err(format!(
                    "PEM block {:?} is not a CERTIFICATE",
                    b.tag().chars().take(40).collect::<String>()
                ));
            }
            out.push(b.into_contents());
        }
        Ok(Decoded::Pem(out))
    } else if bytes.is_empty() {
        Err("empty file".into())
    } else {
        Ok(Decoded::Der(bytes.to_vec()))
    }
}

/// Decodes exactly one certificate (PEM with one block, or DER).
pub fn decode_one_certificate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    match decode_certificates(bytes)? {
        Decoded::Der(d) => Ok(d),
        Decoded::Pem(mut v) if v.len() == 1 => Ok(v.remove(0)),
        Decoded::Pem(v) => Err(format!(
            "{} PEM certificates; expected exactly one",
            v.len()
        )),
    }
}

/// A critical flag plus a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ext<T> {
    /// The extension's critical flag.
    pub critical: bool,
    /// Its parsed value.
    pub value: T,
}

/// Where the subject's VID/PID came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdEncoding {
    /// The Matter DN attributes (1.3.6.1.4.1.37244.2.1 and .2.2).
    Attributes,
    /// The legacy fallback inside the common name (`Mvid:FFF1 Mpid:8001`).
    LegacyCommonName,
    /// Neither is present.
    None,
}

/// The VID/PID found in a subject DN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubjectIds {
    /// Vendor ID, if present.
    pub vid: Option<VendorId>,
    /// Product ID, if present.
    pub pid: Option<ProductId>,
    /// Where they came from.
    pub encoding: IdEncoding,
}

/// An owned summary of one certificate.
#[derive(Debug, Clone)]
pub struct CertInfo {
    /// Subject DN, rendered (`CN=..., 1.3.6.1.4.1.37244.2.1=FFF1`).
    pub subject: String,
    /// Issuer DN, rendered the same way.
    pub issuer: String,
    /// Subject DN, DER.
    pub subject_raw: Vec<u8>,
    /// Issuer DN, DER.
    pub issuer_raw: Vec<u8>,
    /// Serial number, big-endian, leading zero bytes removed.
    pub serial: Vec<u8>,
    /// Serial number as encoded (the INTEGER's content octets).
    pub serial_raw: Vec<u8>,
    /// X.509 version number as encoded (2 means v3).
    pub version: u32,
    /// notBefore, seconds since the epoch.
    pub not_before: i64,
    /// notAfter, seconds since the epoch.
    pub not_after: i64,
    /// Outer signature algorithm OID.
    pub signature_algorithm: String,
    /// Whether the outer signature algorithm has parameters.
    pub signature_algorithm_params: bool,
    /// TBS signature algorithm OID (must equal the outer one).
    pub tbs_signature_algorithm: String,
    /// SubjectPublicKeyInfo algorithm OID.
    pub key_algorithm: String,
    /// The named curve OID for EC keys.
    pub key_curve: Option<String>,
    /// The public key bit string.
    pub public_key: Vec<u8>,
    /// The whole SubjectPublicKeyInfo, DER.
    pub spki_der: Vec<u8>,
    /// Basic constraints: (cA, pathLenConstraint).
    pub basic_constraints: Option<Ext<(bool, Option<u32>)>>,
    /// Key usage bits (see [`ku`]).
    pub key_usage: Option<Ext<u16>>,
    /// Subject key identifier.
    pub ski: Option<Ext<Vec<u8>>>,
    /// Authority key identifier (its keyIdentifier field, if any).
    pub aki: Option<Ext<Option<Vec<u8>>>>,
    /// Whether an extended key usage extension is present.
    pub has_eku: bool,
    /// Duplicate or unparsable extensions.
    pub extension_errors: Vec<String>,
    /// The subject's VID/PID, or why they are unreadable.
    pub ids: Result<SubjectIds, String>,
}

impl CertInfo {
    /// Parses one DER certificate. Trailing bytes are refused.
    pub fn parse(der: &[u8]) -> Result<CertInfo, String> {
        let (rest, cert) =
            X509Certificate::from_der(der).map_err(|e| format!("not an X.509 certificate: {e}"))?;
        if !rest.is_empty() {
            return Err(format!(
                "{} trailing bytes after the certificate",
                rest.len()
            ));
        }
        Ok(Self::from_x509(&cert))
    }

    fn from_x509(cert: &X509Certificate<'_>) -> CertInfo {
        let tbs = &cert.tbs_certificate;
        let spki = &tbs.subject_pki;
        let key_curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.as_oid().ok())
            .map(|o| o.to_id_string());
        let mut info = CertInfo {
            subject: render_name(&tbs.subject),
            issuer: render_name(&tbs.issuer),
            subject_raw: tbs.subject.as_raw().to_vec(),
            issuer_raw: tbs.issuer.as_raw().to_vec(),
            serial: strip_leading_zeros(tbs.raw_serial()),
            serial_raw: tbs.raw_serial().to_vec(),
            version: tbs.version.0,
            not_before: tbs.validity.not_before.timestamp(),
            not_after: tbs.validity.not_after.timestamp(),
            signature_algorithm: cert.signature_algorithm.algorithm.to_id_string(),
            signature_algorithm_params: cert.signature_algorithm.parameters.is_some(),
            tbs_signature_algorithm: tbs.signature.algorithm.to_id_string(),
            key_algorithm: spki.algorithm.algorithm.to_id_string(),
            key_curve,
            public_key: spki.subject_public_key.data.to_vec(),
            spki_der: spki.raw.to_vec(),
            basic_constraints: None,
            key_usage: None,
            ski: None,
            aki: None,
            has_eku: false,
            extension_errors: Vec::new(),
            ids: subject_ids(&tbs.subject),
        };
        let mut seen: Vec<String> = Vec::new();
        for ext in tbs.extensions() {
            let oid = ext.oid.to_id_string();
            if seen.contains(&oid) {
                info.extension_errors
                    .push(format!("extension {oid} appears more than once"));
                continue;
            }
            let critical = ext.critical;
            match (oid.as_str(), ext.parsed_extension()) {
                (_, ParsedExtension::ParseError { error }) => info
                    .extension_errors
                    .push(format!("extension {oid} is malformed: {error}")),
                (OID_BASIC_CONSTRAINTS, ParsedExtension::BasicConstraints(bc)) => {
                    info.basic_constraints = Some(Ext {
                        critical,
                        value: (bc.ca, bc.path_len_constraint),
                    });
                }
                (OID_KEY_USAGE, ParsedExtension::KeyUsage(k)) => {
                    info.key_usage = Some(Ext {
                        critical,
                        value: k.flags,
                    });
                }
                (OID_SKI, ParsedExtension::SubjectKeyIdentifier(k)) => {
                    info.ski = Some(Ext {
                        critical,
                        value: k.0.to_vec(),
                    });
                }
                (OID_AKI, ParsedExtension::AuthorityKeyIdentifier(a)) => {
                    info.aki = Some(Ext {
                        critical,
                        value: a.key_identifier.as_ref().map(|k| k.0.to_vec()),
                    });
                }
                (OID_EKU, _) => info.has_eku = true,
                (OID_BASIC_CONSTRAINTS | OID_KEY_USAGE | OID_SKI | OID_AKI, _) => info
                    .extension_errors
                    .push(format!("extension {oid} has an unexpected value")),
                _ => {}
            }
            seen.push(oid);
        }
        info
    }

    /// notBefore as wall time.
    pub fn not_before_ms(&self) -> UnixMillis {
        UnixMillis::from_secs(self.not_before)
    }

    /// notAfter as wall time.
    pub fn not_after_ms(&self) -> UnixMillis {
        UnixMillis::from_secs(self.not_after)
    }

    /// The serial in lower-case hex (no separators, no leading zero bytes).
    pub fn serial_hex(&self) -> String {
        hex::encode(&self.serial)
    }

    /// The subject key identifier in `AA:BB:..` form, if present.
    pub fn ski_hex(&self) -> Option<String> {
        self.ski.as_ref().map(|e| colon_hex(&e.value))
    }

    /// The authority key identifier in `AA:BB:..` form, if present.
    pub fn aki_hex(&self) -> Option<String> {
        self.aki
            .as_ref()
            .and_then(|e| e.value.as_deref())
            .map(colon_hex)
    }

    /// Whether subject and issuer are the same name (a self-issued root).
    pub fn is_self_issued(&self) -> bool {
        self.subject_raw == self.issuer_raw
    }
}

/// Upper-case hex with colons, as `openssl x509 -text` prints key ids.
pub fn colon_hex(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 3);
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        let _ = write!(s, "{x:02X}");
    }
    s
}

/// Parses hex written by a human: optional colons, spaces or a `0x`
/// prefix, either case.
pub fn parse_loose_hex(s: &str) -> Result<Vec<u8>, String> {
    let t = s.trim();
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    let cleaned: String = t
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .collect();
    if cleaned.is_empty() {
        return Err(format!("{s:?} is empty"));
    }
    hex::decode(&cleaned).map_err(|e| format!("{s:?} is not hex: {e}"))
}

/// Removes leading zero bytes (keeps one byte for zero).
pub fn strip_leading_zeros(b: &[u8]) -> Vec<u8> {
    let first = b.iter().position(|&x| x != 0).unwrap_or(b.len());
    if first == b.len() {
        return vec![0];
    }
    b[first..].to_vec()
}

fn attr_short_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "2.5.4.3" => "CN",
        "2.5.4.5" => "serialNumber",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        _ => return None,
    })
}

/// Renders a DN as `CN=..., O=..., 1.3.6.1.4.1.37244.2.1=FFF1`: RDNs in
/// certificate order joined by `, `, multi-valued RDNs by ` + `; unknown
/// attribute types as dotted OIDs; non-string values as `#` and hex;
/// control characters escaped.
pub fn render_name(name: &X509Name<'_>) -> String {
    let mut out = String::new();
    for (i, rdn) in name.iter_rdn().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        for (j, atv) in rdn.iter().enumerate() {
            if j > 0 {
                out.push_str(" + ");
            }
            let oid = atv.attr_type().to_id_string();
            match attr_short_name(&oid) {
                Some(n) => out.push_str(n),
                None => out.push_str(&oid),
            }
            out.push('=');
            match atv.as_str() {
                Ok(v) => {
                    for c in v.chars() {
                        if c.is_control() {
                            out.extend(c.escape_default());
                        } else {
                            out.push(c);
                        }
                    }
                }
                Err(_) => {
                    out.push('#');
                    out.push_str(&hex::encode(atv.as_slice()));
                }
            }
        }
    }
    out
}

/// Exactly 4 upper-case hex digits, as Matter encodes VID/PID.
fn parse_matter_hex(s: &str) -> Option<u16> {
    if s.len() == 4
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    {
        u16::from_str_radix(s, 16).ok()
    } else {
        None
    }
}

/// Finds `prefix` followed by 4 upper-case hex digits in a common name.
/// `Ok(None)`: absent; `Err`: present but malformed or repeated.
fn find_after_prefix(cn: &str, prefix: &str) -> Result<Option<u16>, String> {
    let mut found = cn.match_indices(prefix);
    let Some((at, _)) = found.next() else {
        return Ok(None);
    };
    if found.next().is_some() {
        return Err(format!(
            "{prefix} appears more than once in the common name"
        ));
    }
    let tail = &cn[at + prefix.len()..];
    let digits: String = tail.chars().take(4).collect();
    parse_matter_hex(&digits)
        .map(Some)
        .ok_or_else(|| format!("{prefix} is not followed by 4 upper-case hex digits"))
}

/// Reads the Matter VID/PID from a subject: the Matter attributes if any
/// is present, otherwise the legacy `Mvid:FFF1`/`Mpid:8001` form inside
/// the first common name that carries one (the Matter SDK's precedence).
pub fn subject_ids(name: &X509Name<'_>) -> Result<SubjectIds, String> {
    let mut vid = None;
    let mut pid = None;
    let mut cn_ids: Option<(Option<u16>, Option<u16>)> = None;
    for atv in name.iter_attributes() {
        let oid = atv.attr_type().to_id_string();
        let is_vid = oid == OID_MATTER_VID;
        if is_vid || oid == OID_MATTER_PID {
            let what = if is_vid { "VID" } else { "PID" };
            let s = atv
                .as_str()
                .map_err(|_| format!("the {what} attribute is not a string"))?;
            let v = parse_matter_hex(s).ok_or_else(|| {
                format!(
                    "the {what} attribute {:?} is not 4 upper-case hex digits",
                    s.chars().take(16).collect::<String>()
                )
            })?;
            let slot = if is_vid { &mut vid } else { &mut pid };
            if slot.is_some() {
                return Err(format!("the {what} attribute appears more than once"));
            }
            *slot = Some(v);
        } else if oid == "2.5.4.3" && cn_ids.is_none() {
            if let Ok(cn) = atv.as_str() {
                let v = find_after_prefix(cn, "Mvid:")?;
                let p = find_after_prefix(cn, "Mpid:")?;
                if v.is_some() || p.is_some() {
                    cn_ids = Some((v, p));
                }
            }
        }
    }
    if vid.is_some() || pid.is_some() {
        return Ok(SubjectIds {
            vid: vid.map(VendorId),
            pid: pid.map(ProductId),
            encoding: IdEncoding::Attributes,
        });
    }
    Ok(match cn_ids {
        Some((v, p)) => SubjectIds {
            vid: v.map(VendorId),
            pid: p.map(ProductId),
            encoding: IdEncoding::LegacyCommonName,
        },
        None => SubjectIds {
            vid: None,
            pid: None,
            encoding: IdEncoding::None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matter_hex_is_strict() {
        assert_eq!(parse_matter_hex("FFF1"), Some(0xFFF1));
        assert_eq!(parse_matter_hex("fff1"), None);
        assert_eq!(parse_matter_hex("FFF"), None);
        assert_eq!(parse_matter_hex("FFF1 "), None);
        assert_eq!(parse_matter_hex("0x12"), None);
    }

    #[test]
    fn legacy_cn_prefixes() {
        assert_eq!(
            find_after_prefix("ACME Mvid:FFF1 Mpid:8001", "Mvid:"),
            Ok(Some(0xFFF1))
        );
        assert_eq!(
            find_after_prefix("ACME Mvid:FFF1 Mpid:8001", "Mpid:"),
            Ok(Some(0x8001))
        );
        assert_eq!(find_after_prefix("ACME", "Mvid:"), Ok(None));
        assert!(find_after_prefix("Mvid:fff1", "Mvid:").is_err());
        assert!(find_after_prefix("Mvid:FF", "Mvid:").is_err());
        assert!(find_after_prefix("Mvid:FFF1 Mvid:FFF2", "Mvid:").is_err());
    }

    #[test]
    fn decoding_pem_and_der() {
        assert!(decode_certificates(b"").is_err());
        assert_eq!(
            decode_certificates(&[0x30, 0x01, 0x00]),
            Ok(Decoded::Der(vec![0x30, 0x01, 0x00]))
        );
        let key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        assert!(decode_certificates(key.as_bytes())
            .unwrap_err()
            .contains("not a CERTIFICATE"));
        let two = "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n\
                   -----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n";
        assert_eq!(
            decode_certificates(two.as_bytes()),
            Ok(Decoded::Pem(vec![vec![0x30, 0], vec![0x30, 0]]))
        );
        assert!(decode_one_certificate(two.as_bytes()).is_err());
        assert!(CertInfo::parse(&[0x30, 0]).is_err());
    }

    #[test]
    fn hex_helpers() {
        assert_eq!(colon_hex(&[0x6a, 0xfd, 0x01]), "6A:FD:01");
        assert_eq!(parse_loose_hex("6A:fd:01"), Ok(vec![0x6a, 0xfd, 0x01]));
        assert_eq!(parse_loose_hex("0x6afd"), Ok(vec![0x6a, 0xfd]));
        assert!(parse_loose_hex("").is_err());
        assert!(parse_loose_hex("6g").is_err());
        assert_eq!(strip_leading_zeros(&[0, 0, 1, 0]), vec![1, 0]);
        assert_eq!(strip_leading_zeros(&[0, 0]), vec![0]);
    }
}
