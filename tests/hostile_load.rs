//! Issue 11, hostile load, black box: the real `threshold run` binary (so
//! the pid, RSS and log are the daemon's) under `HOSTILE_CONNECTIONS`
//! hostile connections at once (default 300, what CI bears on 2 cores;
//! the 1000: `HOSTILE_CONNECTIONS=1000 cargo test --release --test
//! hostile_load -- --nocapture`) from many loopback addresses (three per
//! address from 127.0.2.1 up: idle TCP to CoAP and both API ports, junk TLS
//! client certificates, raw junk bytes, oversize bodies on the API and on
//! `/pair/start`, wrong-passcode PAKE runs by a trusted TEST ONLY device
//! whose window is open; see `tests/common/hostile.rs`). Meanwhile the
//! owner opens a window over the admin socket and a real device pairs
//! with `threshold device simulate`. Checked: the pairing completes, the
//! daemon is alive and its log has no `panicked`, nothing hostile was
//! served, its RSS stays within [`RSS_GROWTH_MAX_KIB`] of what it was
//! before the load, and `audit verify` passes. The pairing latency is
//! printed, never asserted.
//!
//! Every connection limit keeps its default (`coap.max_connections` and
//! `api.max_connections` 64, per source 4 on CoAP and 8 on the API): the
//! hostile sockets outnumber the tables many times over, and the device
//! still gets in because a full table evicts an unauthenticated connection
//! of the busiest source for a newcomer (`threshold::conn_limit`).
//! The file-descriptor limit
//! of the test process (inherited by the daemon) is raised to its hard
//! limit when it is below what the load needs.

mod common;
use common::device::{paa_pems, text, write_paa_roots, TestDevice};
use common::hostile::{Attacker, HostileLoad, Targets};
use common::proc::{discriminator, passcode, RunningDaemon, Site};

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How much the daemon's RSS may grow under the load, in KiB (128 MiB).
/// Measured (debug build, 2026-12-05): +9 MiB at 300 connections, +23 MiB
/// at 1000; the bound leaves room for allocator slack and slower machines,
/// and is far below what a buffer growing per connection would reach.
const RSS_GROWTH_MAX_KIB: u64 = 128 * 1024;

fn connections() -> usize {
    std::env::var("HOSTILE_CONNECTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

/// Raises the soft open-files limit to the hard one if it is below what
/// `n` connections need (each is one descriptor here and one in the
/// daemon, which inherits the limit).
fn raise_nofile(n: usize) {
    use nix::sys::resource::{getrlimit, setrlimit, Resource};
    let need = (2 * n + 512) as u64;
    let (soft, hard) = getrlimit(Resource::RLIMIT_NOFILE).expect("getrlimit");
    if soft < need {
        setrlimit(Resource::RLIMIT_NOFILE, hard, hard).expect("setrlimit");
        assert!(
            hard >= need,
            "the open-files hard limit {hard} is below the {need} this load needs"
        );
    }
}

#[test]
fn a_device_pairs_under_a_hostile_load_and_the_daemon_stays_bounded() {
    let n = connections();
    raise_nofile(n);
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let attacker = TestDevice::mint(tmp.path(), 0x8002);
    let site = Site::new(tmp.path(), "", "", "");
    write_paa_roots(&site.state, &paa_pems(&[&dev, &attacker]));
    let mut daemon = RunningDaemon::start(&site);
    let rss_before = daemon.rss_kib();

    // The attacker's device has a window open; it does not know the
    // passcode.
    site.open_window(&attacker);
    let targets = Arc::new(Targets {
        coap: daemon.coap,
        api: daemon.api,
        enroll: daemon.enroll,
        root_der: site.ca_der(),
        ca_pem: site.ca_pem(),
        attacker: Some(Attacker {
            dac_der: attacker.chain.dac.der.clone(),
            pai_der: attacker.chain.pai.der.clone(),
            key_der: pem::parse(attacker.chain.dac.key_pem.as_bytes())
                .expect("key")
                .into_contents(),
            discriminator: discriminator(&attacker),
            wrong_passcode: if passcode(&attacker) == 20202021 {
                20202022
            } else {
                20202021
            },
        }),
    });

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let load = rt.block_on(async { HostileLoad::start(targets, n) });
    let stats = load.stats.clone();
    // Every task has made its first attempt and most hold a connection.
    common::wait_until(Duration::from_secs(60), "the load to be up", || {
        stats.started.load(Ordering::SeqCst) == n && stats.peak.load(Ordering::SeqCst) >= n / 2
    });

    // RSS sampled while the load runs, until the pairing is done.
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let pid = daemon.pid().as_raw() as u32;
    let sampler = std::thread::spawn(move || {
        let mut peak = 0u64;
        loop {
            peak = peak.max(common::proc::rss_kib(pid));
            // A measurement interval, not a wait for an event.
            match done_rx.recv_timeout(Duration::from_millis(100)) {
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => continue,
                _ => return peak,
            }
        }
    });

    // The owner opens a window over the admin socket; the device pairs.
    let t0 = Instant::now();
    site.open_window(&dev);
    let opened = t0.elapsed();
    let t1 = Instant::now();
    let out = site.simulate(daemon.coap, &dev);
    let paired_in = t1.elapsed();
    let held = stats.open.load(Ordering::SeqCst);
    let _ = done_tx.send(());
    let rss_peak = sampler.join().expect("sampler");
    let stats = rt.block_on(load.stop());
    rt.shutdown_timeout(Duration::from_secs(5));

    let stdout = text(&out.stdout);
    println!(
        "hostile load: {n} tasks ({held} connections held when the pairing ended); {}",
        stats.summary()
    );
    println!(
        "pairing under load: window opened in {:.1} ms, device paired in {:.1} ms (threshold device simulate, process start and device PBKDF2 included)",
        opened.as_secs_f64() * 1e3,
        paired_in.as_secs_f64() * 1e3
    );
    println!(
        "daemon RSS: {} KiB before the load, peak {} KiB during it (+{} KiB, bound +{RSS_GROWTH_MAX_KIB} KiB)",
        rss_before,
        rss_peak,
        rss_peak.saturating_sub(rss_before)
    );
    assert!(
        out.status.success() && stdout.contains("paired: device"),
        "the device did not pair under load\nstdout: {stdout}\nstderr: {}",
        text(&out.stderr)
    );
    assert!(daemon.alive(), "the daemon died under the load");
    assert_eq!(daemon.panicked(), None, "the daemon panicked");
    assert_eq!(
        stats.served_wrongly.load(Ordering::SeqCst),
        0,
        "the hub served a hostile request"
    );
    assert!(
        rss_peak <= rss_before + RSS_GROWTH_MAX_KIB,
        "RSS grew from {rss_before} KiB to {rss_peak} KiB"
    );
    let ds = site.json(&["device", "list"]);
    assert!(
        ds.as_array()
            .expect("list")
            .iter()
            .any(|d| d["state"] == "admitted"),
        "{ds}"
    );
    let v = site.audit_verify();
    assert_eq!(v.status.code(), Some(0), "{}", text(&v.stdout));
    daemon.stop();
}
