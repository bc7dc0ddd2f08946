//! SPAKE2+ cost: full handshakes per second (PBKDF2 excluded) and the
//! PBKDF2 registration-record derivation at 1 000, 10 000 and 100 000
//! iterations.
//!
//! `cargo bench --bench pake -- --warm-up-time 1 --measurement-time 5`

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ring::rand::SystemRandom;
use threshold::pake::{derive, Context, Prover, Verifier};

const PASSCODE: u32 = 20_202_021;
const SALT: &[u8] = b"threshold bench salt 32 bytes!!!";

fn bench_handshake(c: &mut Criterion) {
    let rng = SystemRandom::new();
    let (secrets, record) = derive(PASSCODE, SALT, 1000).expect("derive");
    let context = Context::for_pairing(&[0x5a; 32]);

    let mut group = c.benchmark_group("pake");
    group.throughput(Throughput::Elements(1));
    group.bench_function("handshake", |b| {
        b.iter(|| {
            let (prover, share_p) =
                Prover::start(&secrets, &context, b"device", b"hub", &rng).expect("start");
            let (verifier, share_v, confirm_v) =
                Verifier::respond(&record, &context, b"device", b"hub", &share_p, &rng)
                    .expect("respond");
            let (confirm_p, prover_key) = prover.finish(&share_v, &confirm_v).expect("finish");
            let verifier_key = verifier.finish(&confirm_p).expect("finish");
            black_box((prover_key, verifier_key))
        })
    });
    // Each side's share of the work.
    group.bench_function("prover_start", |b| {
        b.iter(|| Prover::start(&secrets, &context, b"device", b"hub", &rng).expect("start"))
    });
    let (_, share_p) = Prover::start(&secrets, &context, b"device", b"hub", &rng).expect("start");
    group.bench_function("verifier_respond", |b| {
        b.iter(|| {
            Verifier::respond(
                &record,
                &context,
                b"device",
                b"hub",
                black_box(&share_p),
                &rng,
            )
            .expect("respond")
        })
    });
    group.finish();
}

fn bench_pbkdf2(c: &mut Criterion) {
    let mut group = c.benchmark_group("pake_derive");
    group.sample_size(10);
    for iterations in [1_000u32, 10_000, 100_000] {
        group.bench_with_input(
            BenchmarkId::from_parameter(iterations),
            &iterations,
            |b, &it| b.iter(|| derive(black_box(PASSCODE), SALT, it).expect("derive")),
        );
    }
    group.finish();
}

criterion_group!(benches, bench_handshake, bench_pbkdf2);
criterion_main!(benches);
