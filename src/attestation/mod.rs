//! Matter device attestation and the hub's own PKI.
//!
//! A Matter device proves what it is with a certificate chain burnt in at
//! the factory: its *Device Attestation Certificate* (DAC), issued by a
//! *Product Attestation Intermediate* (PAI), issued by a *Product
//! Attestation Authority* (PAA) that the hub trusts. This module decides
//! whether such a chain is acceptable:
//!
//! * [`trust_store`]: the directory of trusted PAA roots (PEM or DER, any
//!   file name; the default is `<state_dir>/paa-roots`, empty unless an
//!   operator fills it);
//! * [`verify`]: path building and signatures with `rustls-webpki`, plus
//!   every Matter rule (VID/PID, validity at an injected wall time, basic
//!   constraints, key usage, algorithms), each checked and reported
//!   separately in a [`Verdict`];
//! * [`revocation`]: CRL files checked with webpki, and a denylist by
//!   subject key identifier or by issuer and serial;
//! * [`firmware`]: the vulnerable-firmware policy (refuse or quarantine a
//!   VID/PID in a range of software versions);
//! * [`hub_ca`]: the hub's own CA (TLS server, user client and device
//!   operational certificates), made with `rcgen`;
//! * [`hub_key`]: the hub's token-signing key file;
//! * [`pki`]: everything device pairing trusts, loaded from the state
//!   directory at start (CA, PAA roots, CRLs, denylist, firmware policy),
//!   the [`pki::SharedTrust`] a reload swaps, and the re-check of devices
//!   admitted earlier ([`pki::TrustSet::recheck`]);
//! * [`mint`]: a generator of TEST ONLY PAA/PAI/DAC chains, for tests and
//!   for `threshold pki mint-test-device`.
//!
//! Certificates are untrusted input: nothing here panics on bad bytes;
//! every refusal is a typed [`AttestationError`]. `docs/pki.md` describes
//! the rules, files, modes and the CLI.
#![forbid(unsafe_code)]

pub mod cert;
pub mod firmware;
pub mod hub_ca;
pub mod hub_key;
pub mod mint;
pub mod pki;
pub mod revocation;
pub mod trust_store;
pub mod verify;

use std::fmt;

use serde::{Serialize, Serializer};

use crate::time::UnixMillis;

pub use firmware::{FirmwareAction, FirmwarePolicy, FirmwareVerdict};
pub use revocation::{CrlSet, Denylist, RevocationSource};
pub use trust_store::TrustStore;
pub use verify::{AttestationVerifier, Expected, Verdict};

/// The Matter Vendor ID attribute type in a subject DN (`1.3.6.1.4.1.37244.2.1`).
pub const OID_MATTER_VID: &str = "1.3.6.1.4.1.37244.2.1";
/// The Matter Product ID attribute type in a subject DN (`1.3.6.1.4.1.37244.2.2`).
pub const OID_MATTER_PID: &str = "1.3.6.1.4.1.37244.2.2";

/// Which certificate of the attestation chain something is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CertRole {
    /// The Device Attestation Certificate (end entity).
    Dac,
    /// The Product Attestation Intermediate.
    Pai,
    /// The Product Attestation Authority (the trusted root).
    Paa,
}

impl CertRole {
    /// The lower-case name used in rule names (`dac`, `pai`, `paa`).
    pub fn as_str(self) -> &'static str {
        match self {
            CertRole::Dac => "dac",
            CertRole::Pai => "pai",
            CertRole::Paa => "paa",
        }
    }
}

impl fmt::Display for CertRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CertRole::Dac => "DAC",
            CertRole::Pai => "PAI",
            CertRole::Paa => "PAA",
        })
    }
}

/// A Matter Vendor ID. Displayed and serialized as 4 upper-case hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VendorId(pub u16);

/// A Matter Product ID. Displayed and serialized as 4 upper-case hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProductId(pub u16);

macro_rules! hex_id {
    ($t:ty) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:04X}", self.0)
            }
        }
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl std::str::FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                parse_hex_u16(s).map(Self)
            }
        }
    };
}
hex_id!(VendorId);
hex_id!(ProductId);

/// Parses a 16-bit identifier written in hex for humans: `FFF1`, `fff1`,
/// `0xFFF1`; 1 to 4 digits.
pub fn parse_hex_u16(s: &str) -> Result<u16, String> {
    let t = s.trim();
    let digits = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!(
            "{s:?} is not a 16-bit hex value (1 to 4 hex digits)"
        ));
    }
    u16::from_str_radix(digits, 16).map_err(|e| format!("{s:?}: {e}"))
}

/// Serializes a wall time as RFC 3339 (UTC, millisecond precision).
pub(crate) fn ser_time<S: Serializer>(t: &UnixMillis, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&t.to_rfc3339())
}

/// Why a device's attestation chain is refused.
///
/// Each variant names the rule that failed; `docs/pki.md` lists them. The
/// JSON form carries `kind` (the variant name in snake case) and the fields.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AttestationError {
    /// The certificate cannot be parsed, or lacks a mandatory element
    /// (X.509 v3, subject/authority key identifiers of 20 bytes, unique
    /// extensions).
    #[error("{cert} is malformed: {reason}")]
    Malformed {
        /// The certificate.
        cert: CertRole,
        /// What is wrong.
        reason: String,
    },
    /// Not ECDSA on P-256 with SHA-256 (the only algorithm Matter allows).
    #[error("{cert} uses {found}; only ECDSA P-256 with SHA-256 is accepted")]
    UnsupportedAlgorithm {
        /// The certificate.
        cert: CertRole,
        /// The algorithm or key found.
        found: String,
    },
    /// The verification time is after the certificate's notAfter.
    #[error("{cert} expired: verification time {now} is after notAfter {not_after}")]
    Expired {
        /// The certificate.
        cert: CertRole,
        /// The verification time.
        #[serde(serialize_with = "ser_time")]
        now: UnixMillis,
        /// The certificate's notAfter.
        #[serde(serialize_with = "ser_time")]
        not_after: UnixMillis,
    },
    /// The verification time is before the certificate's notBefore.
    #[error("{cert} is not yet valid: verification time {now} is before notBefore {not_before}")]
    NotYetValid {
        /// The certificate.
        cert: CertRole,
        /// The verification time.
        #[serde(serialize_with = "ser_time")]
        now: UnixMillis,
        /// The certificate's notBefore.
        #[serde(serialize_with = "ser_time")]
        not_before: UnixMillis,
    },
    /// Basic constraints wrong for the role (DAC not a CA; PAI a CA with
    /// pathlen 0; PAA a CA with pathlen 1 or none; always critical).
    #[error("{cert} basic constraints: {reason}")]
    BasicConstraints {
        /// The certificate.
        cert: CertRole,
        /// What is wrong.
        reason: String,
    },
    /// Key usage wrong for the role (DAC: digitalSignature only; PAI/PAA:
    /// keyCertSign and cRLSign; always critical).
    #[error("{cert} key usage: {reason}")]
    KeyUsage {
        /// The certificate.
        cert: CertRole,
        /// What is wrong.
        reason: String,
    },
    /// A mandatory VID or PID is absent from the subject.
    #[error("{cert} subject carries no {attribute}")]
    MissingVidPid {
        /// The certificate.
        cert: CertRole,
        /// `VID` or `PID`.
        attribute: &'static str,
    },
    /// The VID/PID encoding in the subject is invalid (not exactly 4
    /// upper-case hex digits, repeated, ambiguous legacy CN form).
    #[error("{cert} subject VID/PID encoding: {reason}")]
    InvalidVidPid {
        /// The certificate.
        cert: CertRole,
        /// What is wrong.
        reason: String,
    },
    /// An issuer's VID differs from the VID of the certificate it issued
    /// (PAI VID != DAC VID, or PAA VID != PAI VID).
    #[error("{cert} VID {got} differs from the VID {expected} of the certificate it issued")]
    ChainVidMismatch {
        /// The issuer whose VID differs (PAI or PAA).
        cert: CertRole,
        /// The VID of the certificate below it.
        expected: VendorId,
        /// The issuer's VID.
        got: VendorId,
    },
    /// The PAI carries a PID that differs from the DAC's.
    #[error("PAI PID {got} differs from the DAC PID {expected}")]
    ChainPidMismatch {
        /// The DAC's PID.
        expected: ProductId,
        /// The PAI's PID.
        got: ProductId,
    },
    /// The PAA carries a PID (a PAA must not).
    #[error("PAA carries a PID ({pid}); a PAA must not")]
    PaaHasPid {
        /// The PID found.
        pid: ProductId,
    },
    /// A signature in the chain does not verify.
    #[error("bad signature on the {cert}: {reason}")]
    BadSignature {
        /// The certificate whose signature fails.
        cert: CertRole,
        /// Detail.
        reason: String,
    },
    /// No trusted PAA issued the PAI (or the trust store is empty).
    #[error("untrusted root: no PAA in the trust store issued {issuer:?}")]
    UntrustedRoot {
        /// The PAI's issuer DN.
        issuer: String,
    },
    /// webpki refused the chain for another reason (name chaining, key
    /// identifier linkage, an unsupported critical extension, an EKU
    /// without clientAuth, ...).
    #[error("chain refused: {reason}")]
    ChainInvalid {
        /// Detail.
        reason: String,
    },
    /// A certificate is revoked by a CRL or the denylist.
    #[error("{cert} is revoked ({by})")]
    Revoked {
        /// The revoked certificate.
        cert: CertRole,
        /// What revoked it.
        by: RevocationSource,
    },
    /// A CRL that applies could not be used (bad signature, bad encoding).
    #[error("revocation check failed: {reason}")]
    RevocationCheck {
        /// Detail.
        reason: String,
    },
    /// The DAC's VID is not the one the caller expected.
    #[error("expected VID {expected}, the DAC carries {got}")]
    VidMismatch {
        /// Expected by the caller.
        expected: VendorId,
        /// In the DAC.
        got: VendorId,
    },
    /// The DAC's PID is not the one the caller expected.
    #[error("expected PID {expected}, the DAC carries {got}")]
    PidMismatch {
        /// Expected by the caller.
        expected: ProductId,
        /// In the DAC.
        got: ProductId,
    },
}

impl AttestationError {
    /// The variant's stable snake-case name (the JSON `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            AttestationError::Malformed { .. } => "malformed",
            AttestationError::UnsupportedAlgorithm { .. } => "unsupported_algorithm",
            AttestationError::Expired { .. } => "expired",
            AttestationError::NotYetValid { .. } => "not_yet_valid",
            AttestationError::BasicConstraints { .. } => "basic_constraints",
            AttestationError::KeyUsage { .. } => "key_usage",
            AttestationError::MissingVidPid { .. } => "missing_vid_pid",
            AttestationError::InvalidVidPid { .. } => "invalid_vid_pid",
            AttestationError::ChainVidMismatch { .. } => "chain_vid_mismatch",
            AttestationError::ChainPidMismatch { .. } => "chain_pid_mismatch",
            AttestationError::PaaHasPid { .. } => "paa_has_pid",
            AttestationError::BadSignature { .. } => "bad_signature",
            AttestationError::UntrustedRoot { .. } => "untrusted_root",
            AttestationError::ChainInvalid { .. } => "chain_invalid",
            AttestationError::Revoked { .. } => "revoked",
            AttestationError::RevocationCheck { .. } => "revocation_check",
            AttestationError::VidMismatch { .. } => "vid_mismatch",
            AttestationError::PidMismatch { .. } => "pid_mismatch",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_ids_parse_and_print() {
        assert_eq!(parse_hex_u16("FFF1"), Ok(0xFFF1));
        assert_eq!(parse_hex_u16("0x8001"), Ok(0x8001));
        assert_eq!(parse_hex_u16("fff1"), Ok(0xFFF1));
        assert_eq!(parse_hex_u16("1"), Ok(1));
        assert!(parse_hex_u16("").is_err());
        assert!(parse_hex_u16("12345").is_err());
        assert!(parse_hex_u16("FFG1").is_err());
        assert!(parse_hex_u16("+FFF").is_err());
        assert_eq!(VendorId(0xFFF1).to_string(), "FFF1");
        assert_eq!(ProductId(0x1).to_string(), "0001");
        assert_eq!(
            serde_json::to_string(&ProductId(0x8001)).unwrap(),
            "\"8001\""
        );
    }

    #[test]
    fn error_kind_matches_json_tag() {
        let e = AttestationError::Expired {
            cert: CertRole::Dac,
            now: UnixMillis(0),
            not_after: UnixMillis(-1000),
        };
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["kind"], e.kind());
        assert_eq!(v["cert"], "dac");
        assert_eq!(v["now"], "1970-01-01T00:00:00.000Z");
        assert_eq!(v["not_after"], "1969-12-31T23:59:59.000Z");
    }
}
