//! Device attestation against real certificates: the Matter SDK's public
//! test chain, altered copies of it, chains minted by `mint`, CRLs made by
//! `openssl ca` and rcgen, the denylist and the firmware policy; and
//! `openssl verify` agreement on every minted chain.

mod common;

use std::path::Path;

use common::pki::*;
use rcgen::{
    CertificateRevocationListParams, Issuer, KeyIdMethod, KeyPair, RevokedCertParams, SerialNumber,
};
use threshold::attestation::cert::{CertInfo, IdEncoding};
use threshold::attestation::firmware::{FirmwareAction, FirmwarePolicyError};
use threshold::attestation::mint::{mint_test_chain, MintOptions, TestChain};
use threshold::attestation::revocation::RevocationError;
use threshold::attestation::trust_store::TrustStoreError;
use threshold::attestation::verify::RuleStatus;
use threshold::attestation::{
    AttestationError, AttestationVerifier, CertRole, CrlSet, Denylist, Expected, FirmwarePolicy,
    ProductId, RevocationSource, TrustStore, VendorId, Verdict,
};
use threshold::time::{ManualClock, UnixMillis};

fn sdk_verify(dir: &Path, dac: &[u8], pai: &[u8], now: UnixMillis, e: Expected) -> Verdict {
    AttestationVerifier::new(sdk_trust_store(dir)).verify(dac, pai, now, e)
}

fn failure(v: &Verdict) -> (&'static str, &AttestationError) {
    let f = v.first_failure.as_ref().expect("expected a refusal");
    (f.rule, &f.error)
}

// ---------------------------------------------------------------------
// The Matter SDK test chain.

#[test]
fn sdk_chain_verifies_inside_its_validity() {
    let dir = tempfile::tempdir().unwrap();
    let store = sdk_trust_store(dir.path());
    assert_eq!(store.len(), 2, "FFF1 PAA (DER) and NoVID PAA (PEM)");
    let clock = ManualClock::new(sdk_time());
    let v = AttestationVerifier::new(store).verify_with_clock(
        &der(SDK_DAC),
        &der(SDK_PAI),
        &clock,
        Expected {
            vid: Some(VendorId(0xFFF1)),
            pid: Some(ProductId(0x8001)),
        },
    );
    assert!(v.ok, "{:#?}", v.first_failure);
    assert_eq!(v.verified_at, sdk_time());
    assert_eq!(v.vid, Some(VendorId(0xFFF1)));
    assert_eq!(v.pid, Some(ProductId(0x8001)));
    assert_eq!(v.chain.len(), 3);
    assert_eq!(v.chain[2].role, CertRole::Paa);
    assert_eq!(
        v.chain[2].subject,
        "CN=Matter Test PAA, 1.3.6.1.4.1.37244.2.1=FFF1"
    );
    assert!(v.chain[2]
        .trust_store_file
        .as_deref()
        .unwrap()
        .ends_with("test-paa-fff1.der"));
    assert_eq!(v.chain[0].serial, "69cdf10de9e54ed1");
    // Every rule was checked and passed, except revocation (not configured).
    for r in &v.rules {
        let expect = if r.rule.starts_with("revocation.") {
            RuleStatus::Skipped
        } else {
            RuleStatus::Ok
        };
        assert_eq!(r.status, expect, "{r:?}");
    }
    assert_eq!(v.rules.len(), 22);
    // The JSON names VID and PID.
    let j = serde_json::to_value(&v).unwrap();
    assert_eq!(j["ok"], true);
    assert_eq!(j["vid"], "FFF1");
    assert_eq!(j["pid"], "8001");
    assert_eq!(j["first_failure"], serde_json::Value::Null);
}

#[test]
fn sdk_chain_verifies_with_pem_inputs_too() {
    let dac = threshold::attestation::cert::decode_one_certificate(
        &std::fs::read(fixture(&format!("{SDK_DAC}.pem"))).unwrap(),
    )
    .unwrap();
    assert_eq!(dac, der(SDK_DAC));
}

#[test]
fn sdk_chain_refused_after_not_after() {
    let dir = tempfile::tempdir().unwrap();
    // One second past 9999-12-31T23:59:59Z.
    let now = UnixMillis(253_402_300_800_000);
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &der(SDK_PAI),
        now,
        Expected::default(),
    );
    let (rule, e) = failure(&v);
    assert_eq!(rule, "dac.validity");
    assert_eq!(
        e,
        &AttestationError::Expired {
            cert: CertRole::Dac,
            now,
            not_after: UnixMillis(253_402_300_799_000),
        }
    );
    assert_eq!(v.rule("pai.validity").unwrap().status, RuleStatus::Failed);
    assert_eq!(v.rule("paa.validity").unwrap().status, RuleStatus::Failed);
    // The last second of validity is still inside.
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &der(SDK_PAI),
        UnixMillis(253_402_300_799_000),
        Expected::default(),
    );
    assert!(v.ok, "{:?}", v.first_failure);
}

#[test]
fn sdk_chain_refused_before_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let now = at("2022-02-04T23:59:59Z");
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &der(SDK_PAI),
        now,
        Expected::default(),
    );
    let (rule, e) = failure(&v);
    assert_eq!(rule, "dac.validity");
    assert_eq!(
        e,
        &AttestationError::NotYetValid {
            cert: CertRole::Dac,
            now,
            not_before: at("2022-02-05T00:00:00Z"),
        }
    );
    // The PAA (from 2021-06-28) is valid then.
    assert_eq!(v.rule("paa.validity").unwrap().status, RuleStatus::Ok);
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &der(SDK_PAI),
        at("2022-02-05T00:00:00Z"),
        Expected::default(),
    );
    assert!(v.ok, "{:?}", v.first_failure);
}

#[test]
fn sdk_chain_refused_for_another_expected_vid_or_pid() {
    let dir = tempfile::tempdir().unwrap();
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &der(SDK_PAI),
        sdk_time(),
        Expected {
            vid: Some(VendorId(0xFFF2)),
            pid: None,
        },
    );
    assert_eq!(
        failure(&v),
        (
            "expected.vid",
            &AttestationError::VidMismatch {
                expected: VendorId(0xFFF2),
                got: VendorId(0xFFF1)
            }
        )
    );
    assert_eq!(v.rule("chain").unwrap().status, RuleStatus::Ok);
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &der(SDK_PAI),
        sdk_time(),
        Expected {
            vid: Some(VendorId(0xFFF1)),
            pid: Some(ProductId(0x8002)),
        },
    );
    assert_eq!(
        failure(&v),
        (
            "expected.pid",
            &AttestationError::PidMismatch {
                expected: ProductId(0x8002),
                got: ProductId(0x8001)
            }
        )
    );
}

#[test]
fn truncated_der_is_malformed() {
    let dir = tempfile::tempdir().unwrap();
    let dac = der(SDK_DAC);
    for cut in [1, 10, dac.len() / 2, dac.len() - 1] {
        let v = sdk_verify(
            dir.path(),
            &dac[..dac.len() - cut],
            &der(SDK_PAI),
            sdk_time(),
            Expected::default(),
        );
        let (rule, e) = failure(&v);
        assert_eq!(rule, "dac.format");
        assert!(
            matches!(
                e,
                AttestationError::Malformed {
                    cert: CertRole::Dac,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(v.rule("chain").unwrap().status, RuleStatus::Skipped);
    }
    let pai = der(SDK_PAI);
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &pai[..pai.len() - 5],
        sdk_time(),
        Expected::default(),
    );
    assert!(matches!(
        failure(&v),
        (
            "pai.format",
            AttestationError::Malformed {
                cert: CertRole::Pai,
                ..
            }
        )
    ));
    // Trailing garbage is refused too.
    let mut long = der(SDK_DAC);
    long.extend_from_slice(&[0, 0]);
    let v = sdk_verify(dir.path(), &long, &pai, sdk_time(), Expected::default());
    assert_eq!(failure(&v).0, "dac.format");
}

#[test]
fn dac_resigned_by_another_key_has_a_bad_signature() {
    let dir = tempfile::tempdir().unwrap();
    let forged = resign_with_new_key(&der(SDK_DAC));
    let v = sdk_verify(
        dir.path(),
        &forged,
        &der(SDK_PAI),
        sdk_time(),
        Expected::default(),
    );
    let (rule, e) = failure(&v);
    assert_eq!(rule, "chain");
    assert!(
        matches!(
            e,
            AttestationError::BadSignature {
                cert: CertRole::Dac,
                ..
            }
        ),
        "{e:?}"
    );
    // Every per-certificate rule still passes: only the signature is wrong.
    assert!(v
        .rules
        .iter()
        .filter(|r| r.rule != "chain")
        .all(|r| r.status != RuleStatus::Failed));
    // openssl agrees.
    let p = dir.path().join("forged-dac.pem");
    pem_file(&p, "CERTIFICATE", &forged);
    let (ok, out) = openssl_verify(
        sdk_time(),
        &fixture(&format!("{SDK_PAA}.pem")),
        &fixture(&format!("{SDK_PAI}.pem")),
        &p,
        &[],
    );
    assert!(!ok && out.contains("signature failure"), "{out}");
}

#[test]
fn dac_built_with_rcgen_in_the_pais_name_but_another_key_is_refused() {
    // rcgen: the DAC's subject and public key, the PAI's name and key id
    // as issuer (Issuer::from_ca_cert_der), signed by an unrelated key.
    let dir = tempfile::tempdir().unwrap();
    let dac_info = CertInfo::parse(&der(SDK_DAC)).unwrap();
    let rogue = KeyPair::generate().unwrap();
    let issuer = Issuer::from_ca_cert_der(&der(SDK_PAI).as_slice().into(), rogue).unwrap();
    let mut p = rcgen::CertificateParams::default();
    let mut dn = rcgen::DistinguishedName::new();
    dn.push(rcgen::DnType::CommonName, "Matter Dev DAC 0xFFF1/0x8001");
    dn.push(
        rcgen::DnType::CustomDnType(vec![1, 3, 6, 1, 4, 1, 37244, 2, 1]),
        "FFF1",
    );
    dn.push(
        rcgen::DnType::CustomDnType(vec![1, 3, 6, 1, 4, 1, 37244, 2, 2]),
        "8001",
    );
    p.distinguished_name = dn;
    p.is_ca = rcgen::IsCa::ExplicitNoCa;
    p.key_usages = vec![rcgen::KeyUsagePurpose::DigitalSignature];
    p.use_authority_key_identifier_extension = true;
    p.not_before = rcgen::date_time_ymd(2022, 2, 5);
    p.not_after = rcgen::date_time_ymd(2099, 1, 1);
    let dac_key = rcgen::SubjectPublicKeyInfo::from_der(&dac_info.spki_der).unwrap();
    let forged = p.signed_by(&dac_key, &issuer).unwrap().der().to_vec();
    let v = sdk_verify(
        dir.path(),
        &forged,
        &der(SDK_PAI),
        sdk_time(),
        Expected::default(),
    );
    assert!(
        matches!(
            failure(&v),
            (
                "chain",
                AttestationError::BadSignature {
                    cert: CertRole::Dac,
                    ..
                }
            )
        ),
        "{:?}",
        v.first_failure
    );
    // Same DAC subject, VID/PID and AKI as the real one: only the
    // signature gives it away.
    let info = CertInfo::parse(&forged).unwrap();
    assert_eq!(info.subject, dac_info.subject);
    assert_eq!(info.aki_hex(), dac_info.aki_hex());
    let p = dir.path().join("rcgen-forged-dac.pem");
    pem_file(&p, "CERTIFICATE", &forged);
    let (ok, out) = openssl_verify(
        sdk_time(),
        &fixture(&format!("{SDK_PAA}.pem")),
        &fixture(&format!("{SDK_PAI}.pem")),
        &p,
        &[],
    );
    assert!(!ok && out.contains("signature failure"), "{out}");
}

#[test]
fn pai_resigned_by_another_key_has_a_bad_signature() {
    let dir = tempfile::tempdir().unwrap();
    let forged = resign_with_new_key(&der(SDK_PAI));
    let v = sdk_verify(
        dir.path(),
        &der(SDK_DAC),
        &forged,
        sdk_time(),
        Expected::default(),
    );
    assert!(
        matches!(
            failure(&v),
            (
                "chain",
                AttestationError::BadSignature {
                    cert: CertRole::Pai,
                    ..
                }
            )
        ),
        "{:?}",
        v.first_failure
    );
}

#[test]
fn pai_without_its_paa_in_the_store_is_an_untrusted_root() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = TrustStore::empty();
    store
        .add_der(&der(SDK_PAA_NOVID), "novid.der")
        .expect("NoVID PAA");
    for store in [store, TrustStore::empty()] {
        let v = AttestationVerifier::new(store).verify(
            &der(SDK_DAC),
            &der(SDK_PAI),
            sdk_time(),
            Expected::default(),
        );
        assert_eq!(
            failure(&v),
            (
                "chain",
                &AttestationError::UntrustedRoot {
                    issuer: "CN=Matter Test PAA, 1.3.6.1.4.1.37244.2.1=FFF1".into()
                }
            )
        );
        assert_eq!(v.rule("paa.validity").unwrap().status, RuleStatus::Skipped);
        assert_eq!(v.chain.len(), 2);
    }
    drop(dir);
}

#[test]
fn default_trust_store_is_empty_and_lives_in_the_state_dir() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        TrustStore::default_dir(dir.path()),
        dir.path().join("paa-roots")
    );
    let store = TrustStore::load_default(dir.path()).unwrap();
    assert!(store.is_empty());
    let v = AttestationVerifier::new(store).verify(
        &der(SDK_DAC),
        &der(SDK_PAI),
        sdk_time(),
        Expected::default(),
    );
    assert!(matches!(
        failure(&v).1,
        AttestationError::UntrustedRoot { .. }
    ));
    // Once an operator drops the root in, it is used.
    sdk_trust_dir(dir.path());
    let store = TrustStore::load_default(dir.path()).unwrap();
    assert_eq!(store.len(), 2);
}

#[test]
fn trust_store_names_every_rejected_file_and_loads_nothing() {
    // The fixture folder mixes PAAs with a DAC, a PAI, a key, a README and
    // a CMS blob: every non-root file must be named with its reason.
    let err = TrustStore::load_dir(&fixtures()).unwrap_err();
    let TrustStoreError::Rejected { files, .. } = &err else {
        panic!("{err}");
    };
    let reason = |name: &str| {
        files
            .iter()
            .find(|r| r.path.file_name().unwrap() == name)
            .map(|r| r.reason.clone())
            .unwrap_or_else(|| panic!("{name} not reported in {err}"))
    };
    assert!(reason("Matter-Dev-DAC-FFF1-8001-Cert.der").contains("not a root"));
    assert!(reason("Matter-Dev-PAI-FFF1-noPID-Cert.pem").contains("not a root"));
    assert!(reason("Matter-Dev-DAC-FFF1-8001-Key.pem").contains("not a CERTIFICATE"));
    assert!(reason("README.md").contains("not an X.509 certificate"));
    assert!(reason("cd.der").contains("not an X.509 certificate"));
    assert_eq!(files.len(), 7, "{err}");
    assert!(err.to_string().contains("7 file(s) rejected"));

    // Dot files and subdirectories are listed as ignored, not read.
    let dir = tempfile::tempdir().unwrap();
    let roots = sdk_trust_dir(dir.path());
    std::fs::write(roots.join(".hidden"), b"junk").unwrap();
    std::fs::create_dir(roots.join("old")).unwrap();
    let store = TrustStore::load_dir(&roots).unwrap();
    assert_eq!(store.len(), 2);
    assert_eq!(store.ignored().len(), 2);
    // A missing directory is an error when asked for explicitly.
    assert!(matches!(
        TrustStore::load_dir(&dir.path().join("nope")),
        Err(TrustStoreError::Directory { .. })
    ));
}

#[test]
fn legacy_common_name_vid_pid_is_read() {
    let key = KeyPair::generate().unwrap();
    let mut p = rcgen::CertificateParams::default();
    p.distinguished_name = rcgen::DistinguishedName::new();
    p.distinguished_name
        .push(rcgen::DnType::CommonName, "ACME Mvid:FFF1 Mpid:00B1");
    let c = p.self_signed(&key).unwrap();
    let info = CertInfo::parse(c.der()).unwrap();
    let ids = info.ids.unwrap();
    assert_eq!(ids.vid, Some(VendorId(0xFFF1)));
    assert_eq!(ids.pid, Some(ProductId(0x00B1)));
    assert_eq!(ids.encoding, IdEncoding::LegacyCommonName);
    // Lower-case hex in a Matter attribute is refused.
    let mut p = rcgen::CertificateParams::default();
    p.distinguished_name.push(
        rcgen::DnType::CustomDnType(vec![1, 3, 6, 1, 4, 1, 37244, 2, 1]),
        "fff1",
    );
    let c = p.self_signed(&key).unwrap();
    assert!(CertInfo::parse(c.der()).unwrap().ids.is_err());
}

// ---------------------------------------------------------------------
// Minted chains, and `openssl verify` agreement.

const MINT_TIME: &str = "2026-06-01T00:00:00Z";

struct Minted {
    dir: tempfile::TempDir,
    chain: TestChain,
}

impl Minted {
    fn new(tweak: impl FnOnce(&mut MintOptions)) -> Minted {
        let mut o = MintOptions::new(0xFFF1, 0x8001, at(MINT_TIME));
        tweak(&mut o);
        let chain = mint_test_chain(&o).expect("mint");
        let dir = tempfile::tempdir().unwrap();
        chain.write_to(dir.path(), Some(&o)).expect("write");
        Minted { dir, chain }
    }
    fn path(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
    }
    fn store(&self) -> TrustStore {
        let mut s = TrustStore::empty();
        s.add_der(&self.chain.paa.der, self.path("TEST-ONLY-paa-cert.pem"))
            .expect("PAA");
        s
    }
    fn verify(&self) -> Verdict {
        AttestationVerifier::new(self.store()).verify(
            &self.chain.dac.der,
            &self.chain.pai.der,
            at(MINT_TIME),
            Expected::default(),
        )
    }
    fn verifier(&self) -> AttestationVerifier {
        AttestationVerifier::new(self.store())
    }
    fn openssl(&self, extra: &[&str]) -> (bool, String) {
        openssl_verify(
            at(MINT_TIME),
            &self.path("TEST-ONLY-paa-cert.pem"),
            &self.path("TEST-ONLY-pai-cert.pem"),
            &self.path("TEST-ONLY-dac-cert.pem"),
            extra,
        )
    }
}

/// Whether openssl checks the rule that refuses the chain.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Openssl {
    /// A rule openssl checks too (signature, validity, CA flags, path
    /// length): it must refuse exactly when we refuse.
    Agrees,
    /// A Matter-only rule (VID/PID, DAC not a CA, DAC key usage, P-256
    /// only): openssl accepts, we refuse.
    AcceptsMatterOnly,
}

#[test]
fn minted_chains_give_the_expected_error_and_openssl_agrees() {
    type Case = (
        &'static str,
        fn(&mut MintOptions),
        Option<(&'static str, &'static str)>,
        Openssl,
    );
    let cases: Vec<Case> = vec![
        ("valid", |_| {}, None, Openssl::Agrees),
        (
            "expired",
            |o| o.expired = true,
            Some(("dac.validity", "expired")),
            Openssl::Agrees,
        ),
        (
            "not yet valid",
            |o| o.not_yet_valid = true,
            Some(("dac.validity", "not_yet_valid")),
            Openssl::Agrees,
        ),
        (
            "untrusted",
            |o| o.untrusted = true,
            Some(("chain", "untrusted_root")),
            Openssl::Agrees,
        ),
        (
            "PAI not a CA",
            |o| o.pai_not_ca = true,
            Some(("pai.basic_constraints", "basic_constraints")),
            Openssl::Agrees,
        ),
        (
            "PAA pathlen 0",
            |o| o.paa_pathlen_zero = true,
            Some(("paa.basic_constraints", "basic_constraints")),
            Openssl::Agrees,
        ),
        (
            "PAI with the DAC's PID",
            |o| o.pai_pid = Some(0x8001),
            None,
            Openssl::Agrees,
        ),
        (
            "wrong VID",
            |o| o.wrong_vid = true,
            Some(("pai.vid_pid", "chain_vid_mismatch")),
            Openssl::AcceptsMatterOnly,
        ),
        (
            "PAI PID mismatched",
            |o| o.pai_pid = Some(0x8002),
            Some(("pai.vid_pid", "chain_pid_mismatch")),
            Openssl::AcceptsMatterOnly,
        ),
        (
            "DAC marked CA",
            |o| o.dac_ca = true,
            Some(("dac.basic_constraints", "basic_constraints")),
            Openssl::AcceptsMatterOnly,
        ),
        (
            "DAC wrong key usage",
            |o| o.dac_bad_key_usage = true,
            Some(("dac.key_usage", "key_usage")),
            Openssl::AcceptsMatterOnly,
        ),
        (
            "DAC P-384 key",
            |o| o.dac_p384 = true,
            Some(("dac.algorithm", "unsupported_algorithm")),
            Openssl::AcceptsMatterOnly,
        ),
    ];
    let mut agreed = 0;
    for (name, tweak, want, os) in cases {
        let m = Minted::new(tweak);
        let v = m.verify();
        let got = v.first_failure.as_ref().map(|f| (f.rule, f.error.kind()));
        assert_eq!(got, want, "{name}: {:#?}", v.first_failure);
        let (openssl_ok, out) = m.openssl(&[]);
        match os {
            Openssl::Agrees => {
                assert_eq!(openssl_ok, v.ok, "{name}: openssl disagrees: {out}");
                agreed += 1;
            }
            Openssl::AcceptsMatterOnly => {
                assert!(openssl_ok, "{name}: openssl refused: {out}");
                assert!(!v.ok, "{name}: we accepted a Matter-invalid chain");
            }
        }
    }
    assert_eq!(agreed, 7);
}

#[test]
fn minted_flaws_in_detail() {
    // Expired: the error carries the DAC's notAfter and our time.
    let m = Minted::new(|o| o.expired = true);
    let v = m.verify();
    assert_eq!(
        v.error(),
        Some(&AttestationError::Expired {
            cert: CertRole::Dac,
            now: at(MINT_TIME),
            not_after: at("2026-05-31T00:00:00Z"),
        })
    );
    // Wrong VID: names both VIDs.
    let v = Minted::new(|o| o.wrong_vid = true).verify();
    assert_eq!(
        v.error(),
        Some(&AttestationError::ChainVidMismatch {
            cert: CertRole::Pai,
            expected: VendorId(0xFFF0),
            got: VendorId(0xFFF1),
        })
    );
    // PAI PID mismatched.
    let v = Minted::new(|o| o.pai_pid = Some(0x8002)).verify();
    assert_eq!(
        v.error(),
        Some(&AttestationError::ChainPidMismatch {
            expected: ProductId(0x8001),
            got: ProductId(0x8002),
        })
    );
    // The minted PAA is visibly a test root.
    let m = Minted::new(|_| {});
    let info = CertInfo::parse(&m.chain.paa.der).unwrap();
    assert!(info.subject.contains("TEST ONLY"), "{}", info.subject);
    // The DAC marked CA is refused by webpki's path check too.
    let v = Minted::new(|o| o.dac_ca = true).verify();
    assert_eq!(v.rule("chain").unwrap().status, RuleStatus::Failed);
}

// ---------------------------------------------------------------------
// Revocation.

/// A CRL issued by the minted PAI with `openssl ca -revoke` then
/// `openssl ca -gencrl`, listing the DAC.
fn openssl_crl_revoking_dac(m: &Minted, out_dir: &Path) -> std::path::PathBuf {
    let ca = out_dir.join("ca");
    std::fs::create_dir_all(&ca).unwrap();
    std::fs::write(ca.join("index.txt"), b"").unwrap();
    std::fs::write(ca.join("crlnumber"), b"01\n").unwrap();
    let cnf = ca.join("ca.cnf");
    std::fs::write(
        &cnf,
        format!(
            "[ ca ]\ndefault_ca = d\n[ d ]\ndatabase = {db}\ncrlnumber = {num}\ndefault_md = sha256\ndefault_crl_days = 30\n",
            db = ca.join("index.txt").display(),
            num = ca.join("crlnumber").display()
        ),
    )
    .unwrap();
    let pai = m.path("TEST-ONLY-pai-cert.pem");
    let key = m.path("TEST-ONLY-pai-key.pem");
    let s = |p: &Path| p.to_str().unwrap().to_owned();
    openssl(&[
        "ca",
        "-config",
        &s(&cnf),
        "-cert",
        &s(&pai),
        "-keyfile",
        &s(&key),
        "-revoke",
        &s(&m.path("TEST-ONLY-dac-cert.pem")),
    ]);
    let crl_dir = out_dir.join("crls");
    std::fs::create_dir_all(&crl_dir).unwrap();
    let crl = crl_dir.join("pai.crl");
    openssl(&[
        "ca",
        "-config",
        &s(&cnf),
        "-cert",
        &s(&pai),
        "-keyfile",
        &s(&key),
        "-gencrl",
        "-out",
        &s(&crl),
    ]);
    crl
}

#[test]
fn crl_from_openssl_ca_revokes_the_dac() {
    let m = Minted::new(|_| {});
    let work = tempfile::tempdir().unwrap();
    let crl = openssl_crl_revoking_dac(&m, work.path());
    let crls = CrlSet::load_dir(crl.parent().unwrap()).unwrap();
    assert_eq!(crls.len(), 1);
    let v = m.verifier().with_crls(crls).verify(
        &m.chain.dac.der,
        &m.chain.pai.der,
        at(MINT_TIME),
        Expected::default(),
    );
    assert_eq!(
        failure(&v),
        (
            "revocation.crl",
            &AttestationError::Revoked {
                cert: CertRole::Dac,
                by: RevocationSource::Crl {
                    file: crl.display().to_string()
                }
            }
        )
    );
    assert_eq!(v.rule("chain").unwrap().status, RuleStatus::Ok);
    // openssl agrees with -crl_check.
    let crl_arg = crl.to_str().unwrap().to_owned();
    let (ok, out) = m.openssl(&["-crl_check", "-CRLfile", &crl_arg]);
    assert!(!ok && out.contains("revoked"), "{out}");
    // Without the CRL the same chain passes.
    assert!(m.verify().ok);
}

fn rcgen_crl(
    issuer_der: &[u8],
    issuer_key_pem: &str,
    serials: &[Vec<u8>],
    now: UnixMillis,
) -> Vec<u8> {
    let key = KeyPair::from_pem(issuer_key_pem).unwrap();
    let issuer = Issuer::from_ca_cert_der(&issuer_der.into(), key).unwrap();
    let t = time::OffsetDateTime::from_unix_timestamp(now.as_secs()).unwrap();
    let params = CertificateRevocationListParams {
        this_update: t,
        next_update: t + time::Duration::days(30),
        crl_number: SerialNumber::from(1u64),
        issuing_distribution_point: None,
        revoked_certs: serials
            .iter()
            .map(|s| RevokedCertParams {
                serial_number: SerialNumber::from_slice(s),
                revocation_time: t,
                reason_code: None,
                invalidity_date: None,
            })
            .collect(),
        key_identifier_method: KeyIdMethod::Sha256,
    };
    params.signed_by(&issuer).unwrap().der().to_vec()
}

#[test]
fn rcgen_crls_revoke_the_pai_and_bad_crls_are_refused() {
    let m = Minted::new(|_| {});
    let now = at(MINT_TIME);
    let pai = CertInfo::parse(&m.chain.pai.der).unwrap();
    let dac = CertInfo::parse(&m.chain.dac.der).unwrap();

    // The PAA revokes the PAI.
    let mut crls = CrlSet::empty();
    crls.add_der(
        &rcgen_crl(
            &m.chain.paa.der,
            &m.chain.paa.key_pem,
            std::slice::from_ref(&pai.serial),
            now,
        ),
        "paa.crl",
    )
    .unwrap();
    let v = m.verifier().with_crls(crls).verify(
        &m.chain.dac.der,
        &m.chain.pai.der,
        now,
        Expected::default(),
    );
    assert_eq!(
        v.error(),
        Some(&AttestationError::Revoked {
            cert: CertRole::Pai,
            by: RevocationSource::Crl {
                file: "paa.crl".into()
            }
        })
    );

    // A PAI CRL that lists other serials: accepted, and the rule says so.
    let mut crls = CrlSet::empty();
    crls.add_der(
        &rcgen_crl(
            &m.chain.pai.der,
            &m.chain.pai.key_pem,
            &[vec![1, 2, 3]],
            now,
        ),
        "pai.crl",
    )
    .unwrap();
    let v = m.verifier().with_crls(crls).verify(
        &m.chain.dac.der,
        &m.chain.pai.der,
        now,
        Expected::default(),
    );
    assert!(v.ok, "{:?}", v.first_failure);
    assert_eq!(v.rule("revocation.crl").unwrap().status, RuleStatus::Ok);

    // A CRL in the PAI's name signed by another key cannot be trusted.
    let other = Minted::new(|_| {});
    let forged = {
        let key = KeyPair::from_pem(&other.chain.pai.key_pem).unwrap();
        // The PAI's name and key id, another PAI's key.
        let issuer = Issuer::from_ca_cert_der(&m.chain.pai.der.as_slice().into(), key).unwrap();
        let t = time::OffsetDateTime::from_unix_timestamp(now.as_secs()).unwrap();
        CertificateRevocationListParams {
            this_update: t,
            next_update: t + time::Duration::days(1),
            crl_number: SerialNumber::from(2u64),
            issuing_distribution_point: None,
            revoked_certs: vec![RevokedCertParams {
                serial_number: SerialNumber::from_slice(&dac.serial),
                revocation_time: t,
                reason_code: None,
                invalidity_date: None,
            }],
            key_identifier_method: KeyIdMethod::Sha256,
        }
        .signed_by(&issuer)
        .unwrap()
        .der()
        .to_vec()
    };
    let mut crls = CrlSet::empty();
    crls.add_der(&forged, "forged.crl").unwrap();
    let v = m.verifier().with_crls(crls).verify(
        &m.chain.dac.der,
        &m.chain.pai.der,
        now,
        Expected::default(),
    );
    assert!(
        matches!(
            failure(&v),
            ("revocation.crl", AttestationError::RevocationCheck { .. })
        ),
        "{:?}",
        v.first_failure
    );

    // A directory with an unusable file is refused as a whole.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.crl"), &forged).unwrap();
    std::fs::write(dir.path().join("junk.crl"), b"junk").unwrap();
    let e = CrlSet::load_dir(dir.path()).unwrap_err();
    let RevocationError::Rejected { files, .. } = &e else {
        panic!("{e}");
    };
    assert_eq!(files.len(), 1);
    assert!(files[0].path.ends_with("junk.crl"), "{e}");
}

#[test]
fn newer_crl_of_the_same_issuer_supersedes_the_older() {
    let m = Minted::new(|_| {});
    let dac = CertInfo::parse(&m.chain.dac.der).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let old = rcgen_crl(
        &m.chain.pai.der,
        &m.chain.pai.key_pem,
        &[],
        at("2026-05-01T00:00:00Z"),
    );
    let new = rcgen_crl(
        &m.chain.pai.der,
        &m.chain.pai.key_pem,
        std::slice::from_ref(&dac.serial),
        at("2026-05-20T00:00:00Z"),
    );
    // Name order puts the newer one first, file order must not matter.
    std::fs::write(dir.path().join("a-new.crl"), &new).unwrap();
    let p = pem::Pem::new("X509 CRL", old);
    std::fs::write(dir.path().join("b-old.pem"), pem::encode(&p)).unwrap();
    let crls = CrlSet::load_dir(dir.path()).unwrap();
    assert_eq!(crls.len(), 1);
    assert_eq!(crls.superseded(), &[dir.path().join("b-old.pem")]);
    let v = m.verifier().with_crls(crls).verify(
        &m.chain.dac.der,
        &m.chain.pai.der,
        at(MINT_TIME),
        Expected::default(),
    );
    assert!(matches!(
        v.error(),
        Some(AttestationError::Revoked {
            cert: CertRole::Dac,
            ..
        })
    ));
}

#[test]
fn denylist_by_ski_and_by_issuer_serial() {
    let dir = tempfile::tempdir().unwrap();
    let check = |toml: &str| {
        AttestationVerifier::new(sdk_trust_store(dir.path()))
            .with_denylist(Denylist::from_toml_str(toml).unwrap())
            .verify(
                &der(SDK_DAC),
                &der(SDK_PAI),
                sdk_time(),
                Expected::default(),
            )
    };
    // DAC by SKI (lower case, no colons: the parser is lenient).
    let v =
        check("[[deny]]\nski = \"88dde7b300382932cff734c04624810f44168a6f\"\nreason = \"lost\"\n");
    assert_eq!(
        failure(&v),
        (
            "revocation.denylist",
            &AttestationError::Revoked {
                cert: CertRole::Dac,
                by: RevocationSource::DenylistSki {
                    ski: "88:DD:E7:B3:00:38:29:32:CF:F7:34:C0:46:24:81:0F:44:16:8A:6F".into(),
                    reason: Some("lost".into())
                }
            }
        )
    );
    // PAI by issuer and serial (leading zeros ignored).
    let v = check(
        "[[deny]]\nissuer = \"CN=Matter Test PAA, 1.3.6.1.4.1.37244.2.1=FFF1\"\nserial = \"0056ad8222ad945b64\"\n",
    );
    assert_eq!(
        v.error(),
        Some(&AttestationError::Revoked {
            cert: CertRole::Pai,
            by: RevocationSource::DenylistSerial {
                issuer: "CN=Matter Test PAA, 1.3.6.1.4.1.37244.2.1=FFF1".into(),
                serial: "56ad8222ad945b64".into(),
                reason: None
            }
        })
    );
    // The PAA by SKI.
    let v =
        check("[[deny]]\nski = \"6A:FD:22:77:1F:51:1F:EC:BF:16:41:97:67:10:DC:DC:31:A1:71:7E\"\n");
    assert!(matches!(
        v.error(),
        Some(AttestationError::Revoked {
            cert: CertRole::Paa,
            ..
        })
    ));
    // Same serial, other issuer: not denied.
    let v = check("[[deny]]\nissuer = \"CN=Someone Else\"\nserial = \"56ad8222ad945b64\"\n");
    assert!(v.ok);
    assert_eq!(
        v.rule("revocation.denylist").unwrap().status,
        RuleStatus::Ok
    );
}

#[test]
fn shipped_denylist_is_empty_and_its_examples_parse() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/attestation-denylist.toml");
    assert!(Denylist::load(&path).unwrap().is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    let example = uncomment_example(&text, "[[deny]]");
    let d = Denylist::from_toml_str(&example).unwrap();
    assert_eq!(d.len(), 2);
    // Both examples name the SDK test DAC.
    for e in d.entries() {
        let one = Denylist::from_toml_str(&match e {
            threshold::attestation::revocation::DenyEntry::Ski { .. } => {
                example.split("\n\n").next().unwrap().to_string()
            }
            _ => example.split("\n\n").nth(1).unwrap().to_string(),
        })
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let v = AttestationVerifier::new(sdk_trust_store(dir.path()))
            .with_denylist(one)
            .verify(
                &der(SDK_DAC),
                &der(SDK_PAI),
                sdk_time(),
                Expected::default(),
            );
        assert!(matches!(
            v.error(),
            Some(AttestationError::Revoked {
                cert: CertRole::Dac,
                ..
            })
        ));
    }
}

/// The commented-out example at the end of a shipped config file, with
/// the `# ` prefixes removed.
fn uncomment_example(text: &str, first_line: &str) -> String {
    let start = text
        .find(&format!("# {first_line}"))
        .expect("example present");
    text[start..]
        .lines()
        .map(|l| l.strip_prefix("# ").or(l.strip_prefix('#')).unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

// ---------------------------------------------------------------------
// Vulnerable-firmware policy.

const POLICY: &str = r#"
[[advisory]]
id = "ADV-Q"
vid = 0xFFF1
pid = 0x8001
min_version = 10
max_version = 20
action = "quarantine"

[[advisory]]
id = "ADV-R"
vid = 0xFFF1
max_version = 12
action = "refuse"
summary = "every FFF1 product up to 12"

[[advisory]]
id = "ADV-OTHER"
vid = 0xFFF2
pid = 0x0001
min_version = 5
max_version = 5
action = "refuse"
"#;

#[test]
fn firmware_policy_refuse_quarantine_inclusive_ranges() {
    let p = FirmwarePolicy::from_toml_str(POLICY).unwrap();
    assert_eq!(p.advisories().len(), 3);
    let check = |vid, pid, v| p.check(vid, pid, v).map(|f| (f.action, f.advisory));
    use FirmwareAction::{Quarantine, Refuse};
    // ADV-R covers 0..=12 for every FFF1 product; refuse beats quarantine.
    assert_eq!(check(0xFFF1, 0x8001, 0), Some((Refuse, "ADV-R".into())));
    assert_eq!(check(0xFFF1, 0x8001, 10), Some((Refuse, "ADV-R".into())));
    assert_eq!(check(0xFFF1, 0x8001, 12), Some((Refuse, "ADV-R".into())));
    assert_eq!(check(0xFFF1, 0x9999, 12), Some((Refuse, "ADV-R".into())));
    // ADV-Q alone from 13 to 20 inclusive.
    assert_eq!(
        check(0xFFF1, 0x8001, 13),
        Some((Quarantine, "ADV-Q".into()))
    );
    assert_eq!(
        check(0xFFF1, 0x8001, 20),
        Some((Quarantine, "ADV-Q".into()))
    );
    assert_eq!(check(0xFFF1, 0x8001, 21), None);
    assert_eq!(check(0xFFF1, 0x8002, 13), None);
    // Single-version range.
    assert_eq!(check(0xFFF2, 0x0001, 4), None);
    assert_eq!(check(0xFFF2, 0x0001, 5), Some((Refuse, "ADV-OTHER".into())));
    assert_eq!(check(0xFFF2, 0x0001, 6), None);
    assert_eq!(check(0xFFF3, 0x0001, 5), None);
}

#[test]
fn firmware_policy_refuses_bad_files() {
    let base = "id = \"A\"\nvid = 0xFFF1\nmax_version = 3\naction = \"refuse\"\n";
    let cases = [
        format!("[[advisory]]\n{base}colour = \"red\"\n"),
        format!("[[advisories]]\n{base}"),
        format!("version = 1\n[[advisory]]\n{base}"),
        "[[advisory]]\nid = \"A\"\nvid = 0xFFF1\nmax_version = 3\naction = \"ignore\"\n".into(),
        "[[advisory]]\nid = \"A\"\nvid = 0x1FFFF\nmax_version = 3\naction = \"refuse\"\n".into(),
        "[[advisory]]\nid = \"A\"\nvid = 0xFFF1\nmax_version = -1\naction = \"refuse\"\n".into(),
        "[[advisory]]\nid = \"A\"\nvid = 0xFFF1\naction = \"refuse\"\n".into(),
        "[[advisory]]\nid = \"A\"\nvid = 0xFFF1\nmax_version = \"1.2.3\"\naction = \"refuse\"\n"
            .into(),
    ];
    for c in &cases {
        assert!(
            matches!(
                FirmwarePolicy::from_toml_str(c),
                Err(FirmwarePolicyError::Format { .. })
            ),
            "accepted:\n{c}"
        );
    }
    let invalid = [
        "[[advisory]]\nid = \"A\"\nvid = 1\nmin_version = 4\nmax_version = 3\naction = \"refuse\"\n".to_string(),
        format!("[[advisory]]\n{base}[[advisory]]\n{base}"),
        "[[advisory]]\nid = \"\"\nvid = 1\nmax_version = 3\naction = \"refuse\"\n".into(),
    ];
    for c in &invalid {
        assert!(
            matches!(
                FirmwarePolicy::from_toml_str(c),
                Err(FirmwarePolicyError::Invalid { .. })
            ),
            "accepted:\n{c}"
        );
    }
}

#[test]
fn shipped_firmware_policy_is_empty_and_its_example_is_for_the_test_vendor() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/vulnerable-firmware.toml");
    let shipped = FirmwarePolicy::load(&path).unwrap();
    assert!(shipped.advisories().is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    let p = FirmwarePolicy::from_toml_str(&uncomment_example(&text, "[[advisory]]")).unwrap();
    assert_eq!(p.advisories().len(), 1);
    assert_eq!(p.advisories()[0].vid, 0xFFF1);
    assert_eq!(
        p.check(0xFFF1, 0x8001, 2).map(|v| v.action),
        Some(FirmwareAction::Quarantine)
    );
    assert_eq!(p.check(0xFFF1, 0x8001, 3), None);
}
