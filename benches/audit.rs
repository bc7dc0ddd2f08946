//! Audit appends per second on a real file (WAL, `synchronous=FULL`):
//! single-record transactions and batches of 10.
//!
//! Run: `cargo bench --bench audit -- --warm-up-time 1 --measurement-time 5`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use threshold::audit::{AuditAction, AuditEvent, Outcome};
use threshold::store::Store;
use threshold::time::UnixMillis;

fn event(i: u64) -> AuditEvent {
    AuditEvent::new(
        "user:0123456789abcdef",
        AuditAction::TokenRedeem,
        "device:2f1c9a7e0b3d4c5f",
        "coap",
        Outcome::Success,
        "ok",
    )
    .with("window", 42)
    .with("i", i)
}

fn appends(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(tmp.path()).expect("open store");
    let mut i = 0u64;
    let mut group = c.benchmark_group("audit_append");

    group.throughput(Throughput::Elements(1));
    group.bench_function("single_record_tx", |b| {
        b.iter(|| {
            i += 1;
            store
                .append_audit(UnixMillis(1_795_000_000_000), &[event(i)])
                .expect("append")
        })
    });

    group.throughput(Throughput::Elements(10));
    group.bench_function("batch_of_10_tx", |b| {
        b.iter(|| {
            let batch: Vec<_> = (0..10)
                .map(|_| {
                    i += 1;
                    event(i)
                })
                .collect();
            store
                .append_audit(UnixMillis(1_795_000_000_000), &batch)
                .expect("append")
        })
    });
    group.finish();

    let report = store.verify_audit().expect("verify");
    assert!(report.is_intact(), "{:?}", report.first_bad);
    eprintln!("chain after the bench: {} records, intact", report.records);
}

criterion_group!(benches, appends);
criterion_main!(benches);
