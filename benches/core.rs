//! Window decisions per second in the sans-IO core (no I/O, virtual time).
//!
//! `window_decisions`: one iteration is open a window, start a PAKE, record
//! a failed confirmation, close the window: four decisions, each auditing.
//! `pake_start_refusals`: a refused PAKE start (no window): the cheapest
//! decision and the one an attacker can make the hub take most often.

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use threshold::commissioning::policy::{
    AnomalyPolicy, DeviceClass, DeviceClassRule, DeviceClassTable, Policy, Role,
};
use threshold::commissioning::token::HubKey;
use threshold::commissioning::{Actor, Commissioner, OpenWindow, Snapshot, WindowPake};
use threshold::time::{ManualClock, UnixMillis};

fn core() -> (Commissioner, Instant) {
    let policy = Policy {
        anomaly: AnomalyPolicy {
            failure_threshold: u32::MAX,
            open_threshold: u32::MAX,
            global_failure_threshold: u32::MAX,
            ..Default::default()
        },
        // The benched device's vendor is `low`, as asked (unknown devices
        // are `high`).
        device_classes: DeviceClassTable::new(
            [DeviceClassRule {
                vid: 1,
                pid: None,
                class: DeviceClass::Low,
            }],
            DeviceClass::High,
        )
        .expect("one row"),
        ..Policy::default()
    };
    let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("key");
    let clock = Arc::new(ManualClock::new(UnixMillis(1_795_564_800_000)));
    let now = Instant::now();
    (
        Commissioner::new(
            policy,
            hub,
            clock,
            Box::new(ring::rand::SystemRandom::new()),
            now,
            Snapshot::default(),
        ),
        now,
    )
}

fn window_decisions(c: &mut Criterion) {
    let (mut core, mut now) = core();
    let owner = Actor {
        user: "u-1".into(),
        role: Role::Owner,
        channel: "api",
    };
    let pake =
        WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new()).expect("derive");
    let mut g = c.benchmark_group("core");
    g.throughput(Throughput::Elements(4));
    g.bench_function("window_decisions", |b| {
        b.iter(|| {
            now += Duration::from_millis(1);
            let req = OpenWindow {
                discriminator: 3840,
                vid: 1,
                pid: 2,
                class: DeviceClass::Low,
                ttl: None,
                pake: pake.clone(),
            };
            let w = core.open_window(now, &owner, req).expect("open");
            let t = core.start_pake(now, "dac", 3840, 1, 2).expect("start");
            core.pake_failed(now, t).expect("fail");
            core.close_window(now, &owner, w.record.id).expect("close");
            while core.poll_event().is_some() {}
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("pake_start_refusals", |b| {
        b.iter(|| {
            let _ = core.start_pake(now, "dac", 7, 1, 2);
            while core.poll_event().is_some() {}
        })
    });
    g.finish();
}

criterion_group!(benches, window_decisions);
criterion_main!(benches);
