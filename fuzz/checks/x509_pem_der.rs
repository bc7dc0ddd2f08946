//! Certificates and CRLs as the trust store and the attestation verifier
//! load them, and the DAC chain verification.
//!
//! The bytes go through [`decode_certificates`] / [`decode_one_certificate`]
//! (PEM or DER), [`CertInfo::parse`], [`TrustStore::add_der`],
//! [`CrlSet::add_der`], and, PEM written to a file, [`TrustStore::load_dir`]
//! and [`CrlSet::load_dir`] (the PEM CRL path). PEM certificates re-encode to
//! PEM that decodes to the same DER. Then [`AttestationVerifier::verify`]
//! checks the chain with the bytes as the DAC (under the real test PAI), as
//! the PAI (over the real test DAC), and split in two as both, against a
//! trust store holding the Matter test PAA: a verdict passes only for a
//! parseable DAC.

use std::path::PathBuf;
use std::sync::OnceLock;

use threshold::attestation::cert::{decode_certificates, decode_one_certificate, CertInfo};
use threshold::attestation::{AttestationVerifier, CrlSet, Expected, TrustStore};
use threshold::time::UnixMillis;

const PAA: &[u8] =
    include_bytes!("../../tests/fixtures/matter-test-pki/Chip-Test-PAA-FFF1-Cert.der");
const PAI: &[u8] =
    include_bytes!("../../tests/fixtures/matter-test-pki/Matter-Dev-PAI-FFF1-noPID-Cert.der");
const DAC: &[u8] =
    include_bytes!("../../tests/fixtures/matter-test-pki/Matter-Dev-DAC-FFF1-8001-Cert.der");

/// 2026-01-01T00:00:00Z: inside every fixture's validity.
const NOW: UnixMillis = UnixMillis(1_767_225_600_000);

fn verifier() -> &'static AttestationVerifier {
    static V: OnceLock<AttestationVerifier> = OnceLock::new();
    V.get_or_init(|| {
        let mut trust = TrustStore::empty();
        trust.add_der(PAA, "paa.der").expect("the test PAA loads");
        AttestationVerifier::new(trust)
    })
}

/// Two directories, one file each: `certs/c.pem` and `crls/c.pem`.
fn dirs() -> &'static (PathBuf, PathBuf) {
    static D: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    D.get_or_init(|| (super::scratch("certs"), super::scratch("crls")))
}

fn parse(der: &[u8]) {
    if let Ok(info) = CertInfo::parse(der) {
        let _ = (info.serial_hex(), info.ski_hex(), info.aki_hex());
        let _ = (
            info.not_before_ms(),
            info.not_after_ms(),
            info.is_self_issued(),
        );
    }
}

pub fn check(data: &[u8]) {
    if let Ok(decoded) = decode_certificates(data) {
        let is_pem = matches!(decoded, threshold::attestation::cert::Decoded::Pem(_));
        let ders = decoded.into_ders();
        for der in &ders {
            parse(der);
        }
        if is_pem {
            let text: String = ders
                .iter()
                .map(|d| pem::encode(&pem::Pem::new("CERTIFICATE", d.clone())))
                .collect();
            let again = decode_certificates(text.as_bytes()).expect("re-encoded PEM decodes");
            assert_eq!(again.into_ders(), ders);
        }
    }
    let _ = decode_one_certificate(data);
    parse(data);
    let _ = TrustStore::empty().add_der(data, "fuzz.der");
    let _ = CrlSet::empty().add_der(data, "fuzz.crl");

    // PEM CRLs are decoded only on the directory path; DER files take the
    // same path as `add_der` above, so only PEM-looking input pays for the
    // file writes.
    if data.trim_ascii_start().starts_with(b"-----BEGIN") {
        let (certs, crls) = dirs();
        std::fs::write(certs.join("c.pem"), data).expect("write");
        std::fs::write(crls.join("c.pem"), data).expect("write");
        let _ = TrustStore::load_dir(certs);
        let _ = CrlSet::load_dir(crls);
    }

    let v = verifier();
    let leaf = v.verify(data, PAI, NOW, Expected::default());
    if leaf.ok {
        assert!(CertInfo::parse(data).is_ok());
    }
    let _ = v.verify(DAC, data, NOW, Expected::default());
    let (_, a, b) = super::split(data);
    let _ = v.verify(a, b, NOW, Expected::default());
}
