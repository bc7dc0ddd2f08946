//! Full pairing latency and throughput over the real transport: reference
//! devices (`DeviceSimulator`) pairing with an in-process daemon over CoAP
//! over TLS on 127.0.0.1, exactly as `threshold device simulate` does
//! (`threshold::cli::simulate::CoapExchange` over a `CoapClient`).
//!
//! One pairing, timed per device from its first TCP connect to the full
//! token: TLS 1.3 handshake presenting the DAC chain (the hub verifies it
//! against the PAA in `<state_dir>/paa-roots`: DAC attestation), CSM,
//! `GET /hub`, `/pair/start`, SPAKE2+ (both sides), a new operational key
//! and CSR, `/pair/confirm` (CSR check, operational certificate from the
//! hub CA, CWT setup token), a second TLS 1.3 handshake presenting the
//! operational certificate, `/pair/redeem` (full CWT token): three durable
//! SQLite commits (`synchronous=FULL`). Each device has its own window
//! (distinct discriminators, class low), opened before the clock starts.
//!
//! Excluded: the device's PBKDF2 (every window carries the same
//! registration record, derived once with a fixed salt at 1 000
//! iterations, and every device holds the matching `w0 || w1` in its
//! `CachedSecrets`, so its `Derived` step is a cache hit), window opening.
//! All devices share one minted DAC chain (TEST ONLY) and come from
//! 127.0.0.1: `coap.max_connections`, `coap.max_connections_per_peer` and
//! the anomaly thresholds are raised so that limits do not shape the
//! figures. Devices and hub share this process and its 2 worker threads.
//!
//! `cargo bench --bench pairing_tls` prints p50/p99/max latency and
//! pairings/s for 1, 10 and 100 concurrent devices. Without `--bench` (as
//! under `cargo test --all-targets`) it runs one 1-device pairing as a
//! smoke test.

use std::sync::Arc;
#[path = "support/coap_pairing.rs"]
mod coap_pairing;
#[path = "support/latency.rs"]
mod latency;

use coap_pairing::{Bench, Target, PASSCODE, PID, VID};

use std::time::{Duration, Instant};

use threshold::attestation::cert::decode_one_certificate;
use threshold::attestation::mint::{mint_test_chain, MintOptions};
use threshold::commissioning::policy::{DeviceClass, Role};
use threshold::commissioning::{Actor, WindowPake};
use threshold::config::{Config, Settings};
use threshold::daemon::{Daemon, OWNER_CODE_FILE};
use threshold::device::CachedSecrets;
use threshold::time::{SystemClock, WallClock};
use zeroize::Zeroizing;

const MAX_DEVICES: usize = 100;
/// Rounds stop once a level has run this long (at least one round).
const LEVEL_BUDGET: Duration = Duration::from_secs(60);

async fn setup() -> (tempfile::TempDir, Daemon, Bench) {
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
    cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
    cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
    // Every device connects from 127.0.0.1, up to 2 connections each.
    cfg.coap.max_connections = 4 * MAX_DEVICES;
    cfg.coap.max_connections_per_peer = 4 * MAX_DEVICES;
    cfg.anomaly.open_threshold = 1_000_000;
    cfg.anomaly.failure_threshold = 1_000_000;
    cfg.anomaly.global_failure_threshold = 1_000_000;
    let cfg = Settings::try_from(cfg).expect("valid configuration");

    let wall = SystemClock;
    let chain = mint_test_chain(&MintOptions::new(VID, PID, wall.now())).expect("mint");
    let roots = cfg.state_dir.join("paa-roots");
    std::fs::create_dir_all(&roots).expect("paa-roots");
    std::fs::write(roots.join("paa-0.pem"), chain.paa.pem.as_bytes()).expect("paa");

    let mut daemon = Daemon::start(&cfg).await.expect("daemon");
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
    let root_der = decode_one_certificate(
        &std::fs::read(cfg.state_dir.join("pki").join("hub-root-ca.pem")).expect("hub CA"),
    )
    .expect("hub CA PEM");

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
        root_der,
        server_name: cfg.coap.server_name.clone(),
        dac_der: chain.dac.der.clone(),
        pai_der: chain.pai.der.clone(),
        dac_key_der: Zeroizing::new(
            pem::parse(chain.dac.key_pem.as_bytes())
                .expect("DAC key")
                .into_contents(),
        ),
        cached,
        own_sources: false,
    });
    let bench = Bench {
        core,
        owner,
        pake,
        target,
    };
    (tmp, daemon, bench)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not
    // and gets a single 1-device pairing.
    let full = std::env::args().any(|a| a == "--bench");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let (_tmp, daemon, bench) = setup().await;
        if !full {
            let (lat, _) = bench.round(1).await;
            println!(
                "pairing_tls smoke: 1 device paired over CoAP over TLS in {:.1} ms (run `cargo bench --bench pairing_tls` to measure)",
                latency::ms(lat[0])
            );
            daemon.stop().await.expect("stop");
            return;
        }
        // Warm-up (first commits, lazy statics, allocator, TLS session
        // machinery).
        bench.round(10).await;
        println!(
            "pairing_tls: full device sequence over CoAP over TLS 1.3 on 127.0.0.1 (DAC attestation, SPAKE2+, op cert, CWT, SQLite synchronous=FULL), device PBKDF2 excluded (cached)"
        );
        println!(
            "limits raised for the bench: coap.max_connections = coap.max_connections_per_peer = {}, anomaly thresholds 1000000",
            4 * MAX_DEVICES
        );
        latency::print_header();
        for (n, rounds) in [(1usize, 200usize), (10, 20), (100, 3)] {
            let mut level = latency::Level::start();
            let started = Instant::now();
            for _ in 0..rounds {
                let (l, wall) = bench.round(n).await;
                level.add(l, wall);
                if started.elapsed() > LEVEL_BUDGET {
                    break;
                }
            }
            level.print(n);
        }
        daemon.stop().await.expect("stop");
    });
}
