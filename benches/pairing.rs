//! Full pairing latency and throughput: reference devices
//! (`DeviceSimulator`) over `LocalExchange` against the `PairingService` of
//! an in-process daemon (real core, real SQLite store with
//! `synchronous=FULL`, real SPAKE2+, hub CA and CWT tokens).
//!
//! One pairing is the whole device sequence: `/pair/start`, SPAKE2+ (both
//! sides), a new operational key and CSR, `/pair/confirm` (CSR check,
//! operational certificate, setup token), reconnect, `/pair/redeem` (full
//! token): three durable store commits. Each device has its own window
//! (distinct discriminators), opened before the clock starts.
//!
//! Excluded: PBKDF2 on both sides (every window carries the same
//! registration record, derived once with a fixed salt at 1 000
//! iterations, and every device holds the matching `w0 || w1` in its
//! `CachedSecrets`, so its `Derived` step is a cache hit; the device-side
//! cost is 0.66 ms at 1 000 and 5.6 ms at 10 000 iterations on the
//! development VM, docs/pake.md), the TLS handshake and DAC attestation
//! (the transport's), and window opening.
//!
//! `cargo bench --bench pairing` prints p50/p99/max latency and pairings/s
//! for 1, 10 and 100 concurrent devices.

use std::sync::Arc;
#[path = "support/latency.rs"]
mod latency;

use std::time::{Duration, Instant};

use threshold::attestation::hub_ca::HubCa;
use threshold::attestation::mint::{mint_test_chain, MintOptions};
use threshold::attestation::FirmwarePolicy;
use threshold::commissioning::policy::{DeviceClass, Role};
use threshold::commissioning::{Actor, OpenWindow, WindowPake};
use threshold::config::{Config, Settings};
use threshold::core_driver::CoreHandle;
use threshold::daemon::{Daemon, OWNER_CODE_FILE};
use threshold::device::{
    CachedSecrets, DeviceConfig, DeviceSimulator, Exchange, LocalExchange, ReconnectFuture,
    StepKind,
};
use threshold::pairing::{PairingService, PeerAuth};
use threshold::time::{SystemClock, WallClock};
use zeroize::Zeroizing;

const PASSCODE: u32 = 20202021;
const VID: u16 = 0xFFF1;
const PID: u16 = 0x8001;

struct Bench {
    core: CoreHandle,
    service: Arc<PairingService>,
    owner: Actor,
    pake: WindowPake,
    devices: Vec<(Vec<u8>, DeviceSimulator)>,
}

impl Bench {
    async fn open_windows(&self, n: usize) {
        let (owner, pake) = (self.owner.clone(), self.pake.clone());
        self.core
            .call(move |c, now| {
                for disc in 0..n as u16 {
                    let req = OpenWindow {
                        discriminator: disc,
                        vid: VID,
                        pid: PID,
                        class: DeviceClass::Low,
                        ttl: None,
                        pake: pake.clone(),
                    };
                    c.open_window(now, &owner, req).expect("open window");
                }
            })
            .await
            .expect("core");
    }

    /// One round: `n` devices pair at once. Per-device latencies (derive
    /// step excluded) and the round's wall time.
    async fn round(&self, n: usize) -> (Vec<Duration>, Duration) {
        self.open_windows(n).await;
        let t0 = Instant::now();
        let mut tasks = Vec::with_capacity(n);
        for (dac, sim) in self.devices.iter().take(n) {
            let svc = self.service.clone();
            let sim = sim.clone();
            let peer = PeerAuth::Device {
                dac_fingerprint: threshold::pairing::dac_fingerprint(dac),
                vid: VID,
                pid: PID,
                exporter: threshold::device::random_exporter().expect("rng"),
                chain: Default::default(),
            };
            tasks.push(tokio::spawn(async move {
                let mut first = LocalExchange::new(svc.clone(), peer);
                let reconnect = move |id| -> ReconnectFuture {
                    Box::pin(async move {
                        Ok(Box::new(LocalExchange::operational(svc, &id)?) as Box<dyn Exchange>)
                    })
                };
                let start = Instant::now();
                let paired = sim
                    .pair(&mut first, reconnect, &mut |_| {})
                    .await
                    .expect("paired");
                let total = start.elapsed();
                let derive: Duration = paired
                    .steps
                    .iter()
                    .filter(|s| matches!(s.kind, StepKind::Derived { .. }))
                    .map(|s| {
                        assert_eq!(s.kind, StepKind::Derived { cached: true });
                        s.elapsed
                    })
                    .sum();
                total - derive
            }));
        }
        let mut lat = Vec::with_capacity(n);
        for t in tasks {
            lat.push(t.await.expect("task"));
        }
        (lat, t0.elapsed())
    }
}

async fn setup(max_devices: usize) -> (tempfile::TempDir, Daemon, Bench) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut cfg = Config {
        state_dir: tmp.path().join("state"),
        ..Config::default()
    };
    // The TEST ONLY vendor's devices are `low` (unknown devices are `high`).
    cfg.commissioning
        .device_classes
        .push(threshold::config::DeviceClassRuleConfig {
            vid: 0xFFF1,
            pid: None,
            class: DeviceClass::Low,
        });
    cfg.anomaly.open_threshold = 1_000_000;
    cfg.anomaly.failure_threshold = 1_000_000;
    cfg.anomaly.global_failure_threshold = 1_000_000;
    let cfg = Settings::try_from(cfg).expect("valid configuration");
    let daemon = Daemon::start(&cfg).await.expect("daemon");
    let core = daemon.core.clone();
    let code = std::fs::read_to_string(cfg.runtime_dir.join(OWNER_CODE_FILE)).expect("code");
    let user = core
        .call(move |c, now| c.enroll(now, code.trim(), "Bench", "local"))
        .await
        .expect("core")
        .expect("enroll");
    let owner = Actor {
        user: user.id,
        role: Role::Owner,
        channel: "api",
    };
    let wall: Arc<dyn WallClock> = Arc::new(SystemClock);
    let ca = HubCa::load_or_create(&cfg.state_dir, wall.now()).expect("hub CA");
    let service = Arc::new(PairingService::new(
        core.clone(),
        Arc::new(ca),
        FirmwarePolicy::default(),
        wall.clone(),
    ));
    let hub_id = core.call(|c, _| c.hub_id().to_owned()).await.expect("core");
    let salt = vec![0x42u8; 32];
    let (secrets, record) = threshold::pake::derive(PASSCODE, &salt, 1000).expect("derive");
    let pake = WindowPake {
        salt: salt.clone(),
        iterations: 1000,
        record,
    };
    let cached = CachedSecrets {
        salt,
        iterations: 1000,
        secrets: Zeroizing::new(secrets.to_bytes().to_vec()),
    };
    let devices = (0..max_devices)
        .map(|i| {
            let chain = mint_test_chain(&MintOptions::new(VID, PID, wall.now())).expect("mint");
            let mut cfg =
                DeviceConfig::new(chain.dac.der.clone(), PASSCODE, i as u16, 1, hub_id.clone());
            cfg.cached = Some(cached.clone());
            (chain.dac.der, DeviceSimulator::new(cfg))
        })
        .collect();
    let bench = Bench {
        core,
        service,
        owner,
        pake,
        devices,
    };
    (tmp, daemon, bench)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not and
    // gets a one-round smoke run.
    let full = std::env::args().any(|a| a == "--bench");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let (_tmp, daemon, bench) = setup(100).await;
        // Warm-up (first commits, lazy statics, allocator).
        bench.round(10).await;
        println!(
            "pairing: full device sequence over LocalExchange, in-process daemon (SQLite synchronous=FULL), PBKDF2 excluded"
        );
        latency::print_header();
        for (n, rounds) in [(1usize, 300usize), (10, 40), (100, 6)] {
            let rounds = if full { rounds } else { 1 };
            let mut level = latency::Level::start();
            for _ in 0..rounds {
                let (l, wall) = bench.round(n).await;
                level.add(l, wall);
            }
            level.print(n);
        }
        daemon.stop().await.expect("stop");
    });
}
