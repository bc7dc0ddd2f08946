//! Device attestation throughput: full chain verifications per second
//! (webpki path building and signatures plus every Matter rule) on the
//! Matter SDK's public test chain (DAC FFF1/8001, PAI FFF1, PAA FFF1 and
//! PAA NoVID in the trust store), and the same with a CRL and a denylist
//! configured (webpki runs a second time with revocation checking).
//!
//! `cargo bench --bench attestation -- --warm-up-time 1 --measurement-time 5`

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use threshold::attestation::cert::CertInfo;
use threshold::attestation::mint::{mint_test_chain, MintOptions};
use threshold::attestation::{AttestationVerifier, CrlSet, Denylist, Expected, TrustStore};
use threshold::attestation::{ProductId, VendorId};
use threshold::time::UnixMillis;

/// 2026-01-01T00:00:00Z.
const NOW: UnixMillis = UnixMillis(1_767_225_600_000);

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/matter-test-pki")
        .join(name);
    std::fs::read(p).expect("fixture")
}

fn bench_verify(c: &mut Criterion) {
    let dac = fixture("Matter-Dev-DAC-FFF1-8001-Cert.der");
    let pai = fixture("Matter-Dev-PAI-FFF1-noPID-Cert.der");
    let mut store = TrustStore::empty();
    store
        .add_der(&fixture("Chip-Test-PAA-FFF1-Cert.der"), "paa-fff1.der")
        .expect("PAA");
    store
        .add_der(&fixture("Chip-Test-PAA-NoVID-Cert.der"), "paa-novid.der")
        .expect("PAA");
    let verifier = AttestationVerifier::new(store);
    let expected = Expected {
        vid: Some(VendorId(0xFFF1)),
        pid: Some(ProductId(0x8001)),
    };
    assert!(verifier.verify(&dac, &pai, NOW, expected).ok);

    // A minted chain with a CRL of its PAI (not listing the DAC) and a
    // one-entry denylist: the revocation path.
    let chain = mint_test_chain(&MintOptions::new(0xFFF1, 0x8001, NOW)).expect("mint");
    let mut store = TrustStore::empty();
    store.add_der(&chain.paa.der, "minted-paa").expect("PAA");
    let pai_info = CertInfo::parse(&chain.pai.der).expect("PAI");
    let crl = {
        let key = rcgen::KeyPair::from_pem(&chain.pai.key_pem).expect("key");
        let issuer =
            rcgen::Issuer::from_ca_cert_der(&chain.pai.der.as_slice().into(), key).expect("issuer");
        let t = time::OffsetDateTime::from_unix_timestamp(NOW.as_secs()).expect("time");
        rcgen::CertificateRevocationListParams {
            this_update: t,
            next_update: t + time::Duration::days(30),
            crl_number: rcgen::SerialNumber::from(1u64),
            issuing_distribution_point: None,
            revoked_certs: vec![rcgen::RevokedCertParams {
                serial_number: rcgen::SerialNumber::from(42u64),
                revocation_time: t,
                reason_code: None,
                invalidity_date: None,
            }],
            key_identifier_method: rcgen::KeyIdMethod::Sha256,
        }
        .signed_by(&issuer)
        .expect("crl")
        .der()
        .to_vec()
    };
    let mut crls = CrlSet::empty();
    crls.add_der(&crl, "pai.crl").expect("crl");
    let denylist = Denylist::from_toml_str(&format!(
        "[[deny]]\nissuer = {:?}\nserial = \"01\"\n",
        pai_info.subject
    ))
    .expect("denylist");
    let with_revocation = AttestationVerifier::new(store)
        .with_crls(crls)
        .with_denylist(denylist);
    let v = with_revocation.verify(&chain.dac.der, &chain.pai.der, NOW, expected);
    assert!(v.ok, "{:?}", v.first_failure);

    let mut group = c.benchmark_group("attestation");
    group.throughput(Throughput::Elements(1));
    group.bench_function("verify_sdk_chain", |b| {
        b.iter(|| {
            let v = verifier.verify(black_box(&dac), black_box(&pai), NOW, expected);
            assert!(v.ok);
            v
        })
    });
    group.bench_function("verify_with_crl_and_denylist", |b| {
        b.iter(|| {
            let v = with_revocation.verify(
                black_box(&chain.dac.der),
                black_box(&chain.pai.der),
                NOW,
                expected,
            );
            assert!(v.ok);
            v
        })
    });
    group.finish();
}

criterion_group!(benches, bench_verify);
criterion_main!(benches);
