//! Pairing-token throughput: tokens issued per second and tokens verified
//! (decode + check) per second.
//!
//! `cargo bench --bench token -- --warm-up-time 1 --measurement-time 5`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use threshold::commissioning::token::{Cti, DeviceKey, HubKey, Scope, TokenClaims};
use threshold::time::UnixMillis;

const ISS: &str = "threshold-hub:bench";
const AUD: &str = "threshold:commissioning";
const T0: i64 = 1_795_000_000;

fn device_key(rng: &SystemRandom) -> DeviceKey {
    let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, rng)
        .expect("device key generation");
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, doc.as_ref(), rng)
        .expect("device key parse");
    DeviceKey::from_sec1(pair.public_key().as_ref()).expect("SEC1 point")
}

fn bench_tokens(c: &mut Criterion) {
    let rng = SystemRandom::new();
    let hub = HubKey::generate(&rng).expect("hub key");
    let dev = device_key(&rng);
    let claims = TokenClaims {
        iss: ISS.to_owned(),
        sub: dev.fingerprint(),
        aud: AUD.to_owned(),
        iat: T0,
        nbf: T0,
        exp: T0 + 3600,
        cti: Cti::random(&rng).expect("cti"),
        scope: Scope::Full,
        user: "user-0001".to_owned(),
        window: threshold::commissioning::WindowId(17),
        cnf: dev.clone(),
    };
    let token = hub.sign(&claims, &rng).expect("sign");
    let verifier = hub.verifier(ISS, AUD);
    let now = UnixMillis::from_secs(T0 + 60);
    assert_eq!(
        verifier.verify(&token, now, &dev, Scope::Setup).as_ref(),
        Ok(&claims)
    );

    let mut group = c.benchmark_group("token");
    group.throughput(Throughput::Elements(1));
    group.bench_function("issue", |b| {
        b.iter(|| hub.sign(black_box(&claims), &rng).expect("sign"))
    });
    group.bench_function("verify", |b| {
        b.iter(|| {
            verifier
                .verify(black_box(&token), now, &dev, Scope::Setup)
                .expect("verify")
        })
    });
    group.bench_function("decode_only", |b| {
        b.iter(|| verifier.decode(black_box(&token)).expect("decode"))
    });
    group.finish();
    println!("token size: {} bytes", token.len());
}

criterion_group!(benches, bench_tokens);
criterion_main!(benches);
