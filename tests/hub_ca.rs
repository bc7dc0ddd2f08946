//! The hub CA: root creation and reload, server/client/operational
//! certificates checked with `openssl verify`, CSR signature checks, file
//! modes, server certificate rotation.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::pki::{at, openssl};
use rcgen::{CertificateParams, KeyPair};
use threshold::attestation::cert::CertInfo;
use threshold::attestation::hub_ca::{
    device_id, ClientKey, HubCa, HubCaError, ROOT_CERT_FILE, ROOT_KEY_FILE, SERVER_CERT_FILE,
    SERVER_KEY_FILE,
};
use threshold::commissioning::policy::Role;
use threshold::time::UnixMillis;

fn now() -> UnixMillis {
    at("2026-06-01T00:00:00Z")
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// `openssl verify -attime <t> -CAfile root [-purpose p] cert` succeeds.
fn openssl_accepts(root: &Path, cert_pem: &str, purpose: &str, t: UnixMillis) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("leaf.pem");
    std::fs::write(&p, cert_pem).unwrap();
    let out = std::process::Command::new("openssl")
        .args([
            "verify",
            "-attime",
            &t.as_secs().to_string(),
            "-purpose",
            purpose,
            "-CAfile",
        ])
        .arg(root)
        .arg(&p)
        .output()
        .expect("openssl must be installed (scripts/setup.d/10-openssl.sh)");
    out.status.success()
}

fn subject_of(cert_pem: &str) -> String {
    let der = threshold::attestation::cert::decode_one_certificate(cert_pem.as_bytes()).unwrap();
    CertInfo::parse(&der).unwrap().subject
}

#[test]
fn root_is_created_once_with_private_modes_and_reloaded() {
    let state = tempfile::tempdir().unwrap();
    let ca = HubCa::load_or_create(state.path(), now()).unwrap();
    let dir = state.path().join("pki");
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join(ROOT_KEY_FILE)), 0o600);
    assert_eq!(mode(&dir.join(ROOT_CERT_FILE)), 0o644);
    let info = CertInfo::parse(ca.root_cert_der()).unwrap();
    assert_eq!(
        info.basic_constraints.as_ref().unwrap().value,
        (true, Some(0))
    );
    assert_eq!(ca.root_not_after(), UnixMillis(now().0 + 3650 * 86_400_000));
    // The root is self-signed and openssl takes it as a CA.
    assert!(openssl_accepts(
        &dir.join(ROOT_CERT_FILE),
        ca.root_cert_pem(),
        "any",
        now()
    ));
    // Reload: the same root.
    let again = HubCa::load_or_create(state.path(), now()).unwrap();
    assert_eq!(again.root_cert_der(), ca.root_cert_der());
    // After 10 years it refuses to issue, and asks for rotation.
    let late = UnixMillis(ca.root_not_after().0 + 1000);
    assert!(matches!(
        HubCa::load_or_create(state.path(), late),
        Err(HubCaError::RootExpired { .. })
    ));
}

#[test]
fn unsafe_or_incomplete_root_files_are_refused() {
    let state = tempfile::tempdir().unwrap();
    HubCa::load_or_create(state.path(), now()).unwrap();
    let dir = state.path().join("pki");
    let key = dir.join(ROOT_KEY_FILE);
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let e = HubCa::load_or_create(state.path(), now()).unwrap_err();
    assert!(e.to_string().contains("chmod 600"), "{e}");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    // Another key in place of the root key.
    let other = KeyPair::generate().unwrap();
    std::fs::write(&key, other.serialize_pem()).unwrap();
    let e = HubCa::load_or_create(state.path(), now()).unwrap_err();
    assert!(e.to_string().contains("does not match"), "{e}");
    // Half a CA is not silently replaced.
    std::fs::remove_file(&key).unwrap();
    let e = HubCa::load_or_create(state.path(), now()).unwrap_err();
    assert!(
        matches!(&e, HubCaError::BadFile { path, .. } if path == &key),
        "{e}"
    );
    assert!(dir.join(ROOT_CERT_FILE).exists());
}

#[test]
fn server_certificate_verifies_with_openssl_and_rotates() {
    let state = tempfile::tempdir().unwrap();
    let ca = HubCa::load_or_create(state.path(), now()).unwrap();
    let root = ca.dir().join(ROOT_CERT_FILE);
    let s = ca.ensure_server_cert("hub.local", now()).unwrap();
    assert!(s.issued);
    assert_eq!(mode(&ca.dir().join(SERVER_KEY_FILE)), 0o600);
    assert_eq!(mode(&ca.dir().join(SERVER_CERT_FILE)), 0o644);
    assert!(openssl_accepts(&root, &s.cert.cert_pem, "sslserver", now()));
    assert!(!openssl_accepts(
        &root,
        &s.cert.cert_pem,
        "sslclient",
        now()
    ));
    let san = String::from_utf8(openssl(&[
        "x509",
        "-noout",
        "-ext",
        "subjectAltName",
        "-in",
        s.cert_path.to_str().unwrap(),
    ]))
    .unwrap();
    assert!(san.contains("DNS:hub.local"), "{san}");
    assert!(san.contains("IP Address:127.0.0.1"), "{san}");
    assert!(san.contains("IP Address:0:0:0:0:0:0:0:1"), "{san}");
    // The key on disk is the certificate's key.
    let key_pub = openssl(&["pkey", "-in", s.key_path.to_str().unwrap(), "-pubout"]);
    let cert_pub = openssl(&[
        "x509",
        "-noout",
        "-pubkey",
        "-in",
        s.cert_path.to_str().unwrap(),
    ]);
    assert_eq!(key_pub, cert_pub);
    assert_eq!(s.cert.not_after, UnixMillis(now().0 + 365 * 86_400_000));

    // Still fresh: reused.
    let later = UnixMillis(now().0 + 300 * 86_400_000);
    let again = ca.ensure_server_cert("hub.local", later).unwrap();
    assert!(!again.issued);
    assert_eq!(again.cert.cert_der, s.cert.cert_der);
    // Within 30 days of expiry: re-issued, valid a year from then.
    let late = UnixMillis(now().0 + 340 * 86_400_000);
    let rotated = ca.ensure_server_cert("hub.local", late).unwrap();
    assert!(rotated.issued);
    assert_ne!(rotated.cert.serial, s.cert.serial);
    assert!(openssl_accepts(
        &root,
        &rotated.cert.cert_pem,
        "sslserver",
        late
    ));
    // Another host name: re-issued.
    let renamed = ca.ensure_server_cert("hub2.local", late).unwrap();
    assert!(renamed.issued);
    assert!(subject_of(&renamed.cert.cert_pem).contains("CN=hub2.local"));
    // Bad host names are refused.
    assert!(matches!(
        ca.issue_server_cert("bad host\u{7f}", now()),
        Err(HubCaError::InvalidInput { .. })
    ));
}

#[test]
fn client_certificates_from_generated_key_and_from_csr() {
    let state = tempfile::tempdir().unwrap();
    let ca = HubCa::load_or_create(state.path(), now()).unwrap();
    let root = ca.dir().join(ROOT_CERT_FILE);

    let c = ca
        .issue_client_cert("alice", Role::Admin, ClientKey::Generate, now())
        .unwrap();
    assert!(openssl_accepts(&root, &c.cert_pem, "sslclient", now()));
    assert!(!openssl_accepts(&root, &c.cert_pem, "sslserver", now()));
    assert_eq!(subject_of(&c.cert_pem), "CN=alice, OU=admin, O=Threshold");
    let out = tempfile::tempdir().unwrap();
    let (cert_path, key_path) = c.write(out.path(), "alice").unwrap();
    let key_path = key_path.expect("generated key written");
    assert_eq!(mode(&key_path), 0o600);
    assert_eq!(mode(&cert_path), 0o644);
    // Expired a year later.
    assert!(!openssl_accepts(
        &root,
        &c.cert_pem,
        "sslclient",
        UnixMillis(now().0 + 366 * 86_400_000)
    ));

    // From an openssl-made CSR: the CSR's subject is ignored, its key used.
    let k = out.path().join("bob.key");
    openssl(&[
        "ecparam",
        "-name",
        "prime256v1",
        "-genkey",
        "-noout",
        "-out",
        k.to_str().unwrap(),
    ]);
    let csr = openssl(&[
        "req",
        "-new",
        "-key",
        k.to_str().unwrap(),
        "-subj",
        "/CN=root/O=Evil",
        "-outform",
        "DER",
    ]);
    let c = ca
        .issue_client_cert("bob", Role::Guest, ClientKey::Csr(&csr), now())
        .unwrap();
    assert!(c.key_pem.is_none());
    assert_eq!(subject_of(&c.cert_pem), "CN=bob, OU=guest, O=Threshold");
    assert!(openssl_accepts(&root, &c.cert_pem, "sslclient", now()));
    let cert_file = out.path().join("bob.pem");
    std::fs::write(&cert_file, &c.cert_pem).unwrap();
    assert_eq!(
        openssl(&["pkey", "-in", k.to_str().unwrap(), "-pubout"]),
        openssl(&[
            "x509",
            "-noout",
            "-pubkey",
            "-in",
            cert_file.to_str().unwrap()
        ])
    );
    // User ids are checked.
    for bad in ["", "a\nb", &"x".repeat(65)] {
        assert!(matches!(
            ca.issue_client_cert(bad, Role::Member, ClientKey::Generate, now()),
            Err(HubCaError::InvalidInput { .. })
        ));
    }
}

fn device_csr() -> (KeyPair, Vec<u8>) {
    let key = KeyPair::generate().unwrap();
    let mut p = CertificateParams::default();
    // A device asking to be a CA: must be ignored.
    p.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let csr = p.serialize_request(&key).unwrap();
    (key, csr.der().to_vec())
}

#[test]
fn operational_certificate_carries_the_key_fingerprint() {
    let state = tempfile::tempdir().unwrap();
    let ca = HubCa::load_or_create(state.path(), now()).unwrap();
    let root = ca.dir().join(ROOT_CERT_FILE);
    let (key, csr) = device_csr();
    let op = ca.issue_operational_cert(&csr, now()).unwrap();
    // Device id = SHA-256 of the SubjectPublicKeyInfo, computed by openssl.
    let dir = tempfile::tempdir().unwrap();
    let kp = dir.path().join("dev.key");
    std::fs::write(&kp, key.serialize_pem()).unwrap();
    let spki = openssl(&[
        "pkey",
        "-in",
        kp.to_str().unwrap(),
        "-pubout",
        "-outform",
        "DER",
    ]);
    assert_eq!(op.device_id, device_id(&spki));
    let sha = openssl_sha256(&spki, dir.path());
    assert_eq!(op.device_id, sha);
    assert_eq!(
        subject_of(&op.cert.cert_pem),
        format!("CN={}, OU=device, O=Threshold", op.device_id)
    );
    let info = CertInfo::parse(&op.cert.cert_der).unwrap();
    assert_eq!(
        info.basic_constraints.as_ref().unwrap().value,
        (false, None)
    );
    assert!(openssl_accepts(
        &root,
        &op.cert.cert_pem,
        "sslclient",
        now()
    ));
    // PEM input works too.
    let pem_csr = pem::encode(&pem::Pem::new("CERTIFICATE REQUEST", csr.clone()));
    assert!(ca.issue_operational_cert(pem_csr.as_bytes(), now()).is_ok());
}

fn openssl_sha256(data: &[u8], dir: &Path) -> String {
    let f = dir.join("spki.der");
    std::fs::write(&f, data).unwrap();
    let out = String::from_utf8(openssl(&["dgst", "-sha256", "-r", f.to_str().unwrap()])).unwrap();
    out.split_whitespace().next().unwrap().to_string()
}

#[test]
fn csr_with_a_bad_signature_or_key_is_refused() {
    let state = tempfile::tempdir().unwrap();
    let ca = HubCa::load_or_create(state.path(), now()).unwrap();
    let (_, csr) = device_csr();
    // Flip a bit in the last byte (inside the signature).
    let mut bad_sig = csr.clone();
    *bad_sig.last_mut().unwrap() ^= 0x01;
    // Change a byte of the public key (inside the signed part).
    let mut bad_body = csr.clone();
    let at_key = bad_body.len() / 2;
    bad_body[at_key] ^= 0x01;
    for (what, bytes) in [("signature", bad_sig), ("signed body", bad_body)] {
        let e = ca.issue_operational_cert(&bytes, now()).unwrap_err();
        assert!(matches!(e, HubCaError::Csr { .. }), "{what}: {e}");
        let e = ca
            .issue_client_cert("eve", Role::Member, ClientKey::Csr(&bytes), now())
            .unwrap_err();
        assert!(matches!(e, HubCaError::Csr { .. }), "{what}: {e}");
    }
    // A P-384 request is refused.
    let dir = tempfile::tempdir().unwrap();
    let k = dir.path().join("p384.key");
    openssl(&[
        "ecparam",
        "-name",
        "secp384r1",
        "-genkey",
        "-noout",
        "-out",
        k.to_str().unwrap(),
    ]);
    let csr384 = openssl(&[
        "req",
        "-new",
        "-key",
        k.to_str().unwrap(),
        "-subj",
        "/CN=x",
        "-outform",
        "DER",
    ]);
    let e = ca.issue_operational_cert(&csr384, now()).unwrap_err();
    assert!(e.to_string().contains("P-256"), "{e}");
    // Garbage and other PEM blocks.
    assert!(ca.issue_operational_cert(b"", now()).is_err());
    let cert_pem = std::fs::read(ca.dir().join(ROOT_CERT_FILE)).unwrap();
    assert!(ca.issue_operational_cert(&cert_pem, now()).is_err());
}
