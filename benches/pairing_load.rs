//! Pairing latency at 10 concurrent devices, quiet and under a hostile
//! load, in one run: the same full device sequence as
//! `benches/pairing_tls.rs` (reference devices over CoAP over TLS, each
//! from its own loopback address 127.0.1.x, against an in-process daemon, device PBKDF2 cached, one
//! window per device opened before the clock starts), first with nothing
//! else on the hub, then while `HOSTILE_CONNECTIONS` (default 300) hostile
//! tasks from 127.0.2.1 upwards hold idle TCP connections to the CoAP and
//! API ports, send junk TLS client certificates, raw junk and oversize
//! bodies, and run wrong-passcode PAKEs with a trusted TEST ONLY DAC in
//! an open window (`tests/common/hostile.rs`, the load of
//! `tests/hostile_load.rs`).
//!
//! The hostile tasks run on their own 2-thread runtime in this process
//! (the attackers are other hosts: they do not share the hub's task
//! queue, but they do share the machine's CPU, as a LAN flood shares a
//! hub's). Every connection limit keeps its default (64 per listener, 4
//! per source on CoAP: a full table evicts an idle or unauthenticated
//! connection for a newcomer), as do the failure thresholds of the
//! lockout; only the window-opening burst threshold is raised (the bench
//! opens 10 windows a round as the owner).
//!
//! `cargo bench --bench pairing_load` prints p50/p99/max for both phases
//! and the ratio of loaded to quiet p50 and p99. Without `--bench` (as
//! under `cargo test --all-targets`) it pairs one device quiet and one
//! under a load of 30 as a smoke test.

#[path = "support/coap_pairing.rs"]
mod coap_pairing;
#[path = "../tests/common/hostile.rs"]
#[allow(dead_code)]
mod hostile;
#[path = "support/latency.rs"]
mod latency;

use coap_pairing::{Bench, Target, PASSCODE, PID, VID};

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use threshold::attestation::cert::decode_one_certificate;
use threshold::attestation::mint::{mint_test_chain, MintOptions};
use threshold::commissioning::policy::{DeviceClass, Role};
use threshold::commissioning::{Actor, OpenWindow, WindowPake};
use threshold::config::{Config, Settings};
use threshold::daemon::{Daemon, OWNER_CODE_FILE};
use threshold::device::CachedSecrets;
use threshold::time::{SystemClock, WallClock};
use zeroize::Zeroizing;

const DEVICES: usize = 10;
/// The attacker's window (the bench's devices use 0..10).
const ATTACKER_DISC: u16 = 4000;

async fn setup() -> (tempfile::TempDir, Daemon, Bench, hostile::Targets) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut cfg = Config {
        state_dir: tmp.path().join("state"),
        ..Config::default()
    };
    cfg.commissioning
        .device_classes
        .push(threshold::config::DeviceClassRuleConfig {
            vid: 0xFFF1,
            pid: None,
            class: DeviceClass::Low,
        });
    cfg.api.listen = "127.0.0.1:0".into();
    cfg.api.enroll_listen = "127.0.0.1:0".into();
    cfg.dashboard.listen = "127.0.0.1:0".into();
    cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
    cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
    cfg.anomaly.open_threshold = 1_000_000;
    let cfg = Settings::try_from(cfg).expect("valid configuration");

    let wall = SystemClock;
    let chain = mint_test_chain(&MintOptions::new(VID, PID, wall.now())).expect("mint");
    let bad = mint_test_chain(&MintOptions::new(VID, PID + 1, wall.now())).expect("mint");
    let roots = cfg.state_dir.join("paa-roots");
    std::fs::create_dir_all(&roots).expect("paa-roots");
    std::fs::write(roots.join("paa-0.pem"), chain.paa.pem.as_bytes()).expect("paa");
    std::fs::write(roots.join("paa-1.pem"), bad.paa.pem.as_bytes()).expect("paa");

    let mut daemon = Daemon::start(&cfg).await.expect("daemon");
    let api = daemon.start_api(&cfg).await.expect("api");
    let (api_addr, enroll_addr) = (
        api.tls_addr().expect("api"),
        api.enroll_addr().expect("enroll"),
    );
    daemon.start_coap(&cfg).await.expect("coap");
    let addr = daemon.coap_tls_addr().expect("coap tls");
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
    let ca_pem = std::fs::read(cfg.state_dir.join("pki").join("hub-root-ca.pem")).expect("hub CA");
    let root_der = decode_one_certificate(&ca_pem).expect("hub CA PEM");

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
    let target = Arc::new(Target {
        addr,
        root_der: root_der.clone(),
        server_name: cfg.coap.server_name.clone(),
        dac_der: chain.dac.der.clone(),
        pai_der: chain.pai.der.clone(),
        dac_key_der: Zeroizing::new(
            pem::parse(chain.dac.key_pem.as_bytes())
                .expect("DAC key")
                .into_contents(),
        ),
        cached,
        own_sources: true,
    });
    // The attacker's window: its device's passcode is PASSCODE, it tries
    // another.
    let (p, o) = (pake.clone(), owner.clone());
    core.call(move |c, now| {
        let req = OpenWindow {
            discriminator: ATTACKER_DISC,
            vid: VID,
            pid: PID + 1,
            class: DeviceClass::Low,
            ttl: Some(Duration::from_secs(3600)),
            pake: p,
        };
        c.open_window(now, &o, req).expect("attacker window");
    })
    .await
    .expect("core");
    let targets = hostile::Targets {
        coap: addr,
        api: api_addr,
        enroll: enroll_addr,
        root_der,
        ca_pem,
        attacker: Some(hostile::Attacker {
            dac_der: bad.dac.der.clone(),
            pai_der: bad.pai.der.clone(),
            key_der: pem::parse(bad.dac.key_pem.as_bytes())
                .expect("key")
                .into_contents(),
            discriminator: ATTACKER_DISC,
            wrong_passcode: PASSCODE + 1,
        }),
    };
    let bench = Bench {
        core,
        owner,
        pake,
        target,
    };
    (tmp, daemon, bench, targets)
}

fn hostile_connections() -> usize {
    std::env::var("HOSTILE_CONNECTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

/// Rounds of `DEVICES` concurrent pairings: the table row, and p50, p99.
async fn rounds(bench: &Bench, n: usize) -> (latency::Level, Duration, Duration) {
    let mut level = latency::Level::start();
    let mut all = Vec::new();
    for _ in 0..n {
        let (l, wall) = bench.round(DEVICES).await;
        all.extend(l.iter().copied());
        level.add(l, wall);
    }
    all.sort();
    let (p50, p99) = (
        latency::percentile(&all, 0.50),
        latency::percentile(&all, 0.99),
    );
    (level, p50, p99)
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (n_rounds, load_n) = if full {
        (30, hostile_connections())
    } else {
        (1, 30)
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let attackers = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("attacker runtime");
    rt.block_on(async {
        let (_tmp, daemon, bench, targets) = setup().await;
        if full {
            // Warm-up.
            bench.round(DEVICES).await;
        }
        let (quiet, q50, q99) = rounds(&bench, n_rounds).await;
        if full {
            println!(
                "pairing_load: {DEVICES} concurrent devices, full sequence over CoAP over TLS 1.3 on 127.0.0.1, device PBKDF2 cached; {n_rounds} rounds quiet, then {n_rounds} rounds under {load_n} hostile tasks (CPU: the whole process, attackers included in the second row)"
            );
            latency::print_header();
            // Printed now: the row's CPU is read when it is printed.
            quiet.print(DEVICES);
        }
        let load = {
            // The attackers' tasks on their own runtime.
            let _on = attackers.enter();
            hostile::HostileLoad::start(Arc::new(targets), load_n)
        };
        let stats = load.stats.clone();
        let up = Instant::now();
        while stats.started.load(Ordering::SeqCst) < load_n
            || stats.peak.load(Ordering::SeqCst) < load_n / 2
        {
            assert!(up.elapsed() < Duration::from_secs(60), "the load never came up");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let loaded = rounds(&bench, n_rounds).await;
        let held = stats.open.load(Ordering::SeqCst);
        let stats = load.stop().await;
        let (loaded, l50, l99) = loaded;
        if !full {
            println!(
                "pairing_load smoke: quiet {:.1} ms, under a load of {load_n} {:.1} ms (run `cargo bench --bench pairing_load` to measure)",
                latency::ms(q50),
                latency::ms(l50)
            );
            daemon.stop().await.expect("stop");
            return;
        }
        loaded.print(DEVICES);
        println!("hostile load: {held} connections held at the end; {}", stats.summary());
        println!(
            "ratio loaded/quiet: p50 {:.2}x, p99 {:.2}x",
            l50.as_secs_f64() / q50.as_secs_f64(),
            l99.as_secs_f64() / q99.as_secs_f64()
        );
        daemon.stop().await.expect("stop");
    });
}
