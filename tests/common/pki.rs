//! Helpers shared by the attestation, hub CA and pki CLI tests.

use std::path::{Path, PathBuf};
use std::process::Command;

use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, ECDSA_P256_SHA256_ASN1_SIGNING};
use threshold::attestation::TrustStore;
use threshold::cli::pki::parse_rfc3339;
use threshold::time::UnixMillis;
use x509_parser::prelude::{FromDer, X509Certificate};

pub const SDK_DAC: &str = "Matter-Dev-DAC-FFF1-8001-Cert";
pub const SDK_PAI: &str = "Matter-Dev-PAI-FFF1-noPID-Cert";
pub const SDK_PAA: &str = "Chip-Test-PAA-FFF1-Cert";
pub const SDK_PAA_NOVID: &str = "Chip-Test-PAA-NoVID-Cert";

/// A time inside the SDK test chain's validity.
pub fn sdk_time() -> UnixMillis {
    at("2026-01-01T00:00:00Z")
}

pub fn at(s: &str) -> UnixMillis {
    parse_rfc3339(s).expect("test time")
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/matter-test-pki")
}

pub fn fixture(name: &str) -> PathBuf {
    fixtures().join(name)
}

pub fn der(stem: &str) -> Vec<u8> {
    std::fs::read(fixture(&format!("{stem}.der"))).expect("fixture")
}

/// A trust store directory with both SDK test PAAs (one DER, one PEM).
pub fn sdk_trust_dir(parent: &Path) -> PathBuf {
    let dir = parent.join("paa-roots");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy(
        fixture(&format!("{SDK_PAA}.der")),
        dir.join("test-paa-fff1.der"),
    )
    .expect("copy");
    std::fs::copy(
        fixture(&format!("{SDK_PAA_NOVID}.pem")),
        dir.join("test-paa-novid.crt"),
    )
    .expect("copy");
    dir
}

pub fn sdk_trust_store(parent: &Path) -> TrustStore {
    TrustStore::load_dir(&sdk_trust_dir(parent)).expect("load SDK trust store")
}

/// Runs `openssl verify -attime <t> -CAfile paa -untrusted pai [extra] dac`;
/// returns (accepted, output).
pub fn openssl_verify(
    t: UnixMillis,
    paa: &Path,
    pai: &Path,
    dac: &Path,
    extra: &[&str],
) -> (bool, String) {
    let out = Command::new("openssl")
        .arg("verify")
        .args(["-attime", &t.as_secs().to_string()])
        .arg("-CAfile")
        .arg(paa)
        .arg("-untrusted")
        .arg(pai)
        .args(extra)
        .arg(dac)
        .output()
        .expect("openssl must be installed (scripts/setup.d/10-openssl.sh)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Runs openssl with `args`, panicking on failure; returns stdout.
pub fn openssl(args: &[&str]) -> Vec<u8> {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl must be installed (scripts/setup.d/10-openssl.sh)");
    assert!(
        out.status.success(),
        "openssl {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

pub fn pem_file(path: &Path, label: &str, der: &[u8]) {
    let p = pem::Pem::new(label, der.to_vec());
    std::fs::write(path, pem::encode(&p)).expect("write pem");
}

fn der_len(n: usize) -> Vec<u8> {
    if n < 0x80 {
        vec![n as u8]
    } else {
        let b = n.to_be_bytes();
        let first = b.iter().position(|&x| x != 0).unwrap_or(b.len() - 1);
        let mut v = vec![0x80 | (b.len() - first) as u8];
        v.extend_from_slice(&b[first..]);
        v
    }
}

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut v = vec![tag];
    v.extend(der_len(content.len()));
    v.extend_from_slice(content);
    v
}

/// The same certificate (identical TBS: names, keys, AKI) signed by a
/// freshly generated P-256 key instead of its issuer's.
pub fn resign_with_new_key(cert_der: &[u8]) -> Vec<u8> {
    let (_, cert) = X509Certificate::from_der(cert_der).expect("parse");
    let tbs = cert.tbs_certificate.as_ref();
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).expect("key");
    let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
        .expect("key");
    let sig = key.sign(&rng, tbs).expect("sign");
    // AlgorithmIdentifier { ecdsa-with-SHA256 }.
    let alg = [
        0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02,
    ];
    let mut bits = vec![0u8];
    bits.extend_from_slice(sig.as_ref());
    let mut body = tbs.to_vec();
    body.extend_from_slice(&alg);
    body.extend(tlv(0x03, &bits));
    tlv(0x30, &body)
}
