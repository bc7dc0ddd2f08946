//! Matter commissioning time: from the owner's `matter window open` (the
//! API call) to the controller holding CommissioningComplete's answer,
//! with Home Assistant's controller (the Matter SDK's Python controller,
//! tests/tools/matter_ctl.py) commissioning by the manual code the API
//! returned: DNS-SD discovery through the hub's responder, PASE,
//! attestation, AddNOC, operational discovery, CASE, CommissioningComplete.
//!
//! Three series in the same run, on the same machine and network:
//!
//! * the hub as a Thread Border Router (Thread on OpenThread's simulated
//!   RCP, leading its network), commissioned by the SDK's controller;
//! * the same hub commissioned by matter.js (`@matter/main`'s controller,
//!   tests/tools/matterjs/ctl.mjs, a fresh controller storage and fabric
//!   per run; its start is not timed);
//! * the reference: the hub's own node with Thread off, commissioned by the
//!   SDK's controller (the issue allows it in place of rs-matter's example
//!   device, whose source is not ours to ship).
//!
//! Each run removes the fabric afterwards through the API, so every run
//! commissions a hub without fabrics (a basic window on its factory code).
//! The hub runs in-process in one network namespace, the controller in the
//! other (a veth pair with ULA IPv6), as in tests/matter_controllers.rs.
//!
//! Run: `cargo bench --bench matter_commission` (root for `ip netns`;
//! target/ot-sim/bin from scripts/ot-sim.sh; `.venv` with the SDK from
//! scripts/setup.sh). `RUNS` (default 10) sets the runs per series;
//! without `--bench` (as `cargo test --all-targets` runs it) 2.

#[path = "../tests/common/mod.rs"]
mod common;
use common::{hub, matter as mctl, matterjs, netns};

use std::time::Instant;

use hub::Hub;
use netns::NetNs;
use serde_json::{json, Value};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn start(ns: &str, thread: bool) -> Hub {
    let base = mctl::hub_tweak(ns);
    let mut hub = Hub::start_with(|cfg| {
        base(cfg);
        cfg.thread.enabled = thread;
    })
    .await;
    mctl::start_parts(&mut hub).await;
    hub
}

async fn measure(hub: &Hub, ctl: &mut mctl::MatterCtl, runs: usize, first_node: u64) -> Vec<f64> {
    let mut times = Vec::new();
    for i in 0..runs {
        let node = first_node + i as u64;
        let t0 = Instant::now();
        let w: Value = hub::ok(hub::post(&hub.admin(), "/v1/matter/window", &json!({})).await);
        let code = w["manual"].as_str().expect("manual code").to_owned();
        let r = tokio::task::block_in_place(|| {
            ctl.ok(&json!({"op": "commission_code", "code": code, "node_id": node}))
        });
        let dt = t0.elapsed().as_secs_f64();
        eprintln!("  run {i}: {dt:.3} s (the SDK: {} s)", r["elapsed"]);
        times.push(dt);
        remove_fabrics(hub).await;
        tokio::task::block_in_place(|| ctl.ok(&json!({"op": "forget", "node_id": node})));
    }
    times
}

async fn remove_fabrics(hub: &Hub) {
    let fabrics: Vec<Value> = hub::ok(hub::get(&hub.admin(), "/v1/matter/fabrics").await);
    for f in fabrics {
        let idx = f["index"].as_u64().expect("index");
        let _: Value =
            hub::ok(hub::delete(&hub.admin(), &format!("/v1/matter/fabrics/{idx}")).await);
    }
}

/// matter.js: a fresh controller (storage, fabric) per run, started before
/// the clock starts.
async fn measure_js(
    hub: &Hub,
    ctl_ns: &NetNs,
    dir: &std::path::Path,
    paa: &std::path::Path,
    runs: usize,
) -> Vec<f64> {
    let mut times = Vec::new();
    for i in 0..runs {
        let mut js = tokio::task::block_in_place(|| {
            matterjs::MatterJs::start(
                ctl_ns,
                &dir.join(format!("js{i}")),
                paa,
                0x30 + i as u64,
                0xFFF2,
            )
        });
        let t0 = Instant::now();
        let w: Value = hub::ok(hub::post(&hub.admin(), "/v1/matter/window", &json!({})).await);
        let r = tokio::task::block_in_place(|| {
            js.ok(&json!({"op": "commission", "code": w["manual"], "node_id": 0x3000 + i as u64}))
        });
        let dt = t0.elapsed().as_secs_f64();
        eprintln!("  run {i}: {dt:.3} s (matter.js: {} s)", r["elapsed"]);
        times.push(dt);
        // The hub answering a handshake BUSY (a full session table) costs
        // matter.js about 10 s: it waits that long before it retries.
        let log = std::fs::read_to_string(js.log_path()).unwrap_or_default();
        let busy = log.matches("Peer requested to delay and retry").count();
        assert_eq!(busy, 0, "run {i}: the hub answered BUSY {busy} time(s)");
        tokio::task::block_in_place(|| js.shutdown());
        remove_fabrics(hub).await;
    }
    times
}

fn main() {
    // `cargo test --all-targets` runs this without `--bench`: a smoke run
    // (2 runs per series) that checks the harness still works.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if smoke { 2 } else { 10 });
    let (hub_ns, ctl_ns) = NetNs::pair_ipv6("mbc");
    let ns_name = hub_ns.name().to_owned();
    let results = hub_ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let tmp = tempfile::tempdir().expect("tempdir");
            let paa = mctl::paa_dir(tmp.path());
            let mut out = Vec::new();
            for (label, thread, first) in [
                ("hub as Thread Border Router", true, 0x100),
                ("reference: hub's node, Thread off", false, 0x200),
            ] {
                let mut hub = start(&ns_name, thread).await;
                let mut ctl = tokio::task::block_in_place(|| {
                    mctl::MatterCtl::start(&ctl_ns, &tmp.path().join(format!("ctl-{first}")), &paa)
                });
                eprintln!("{label}:");
                let mut t = measure(&hub, &mut ctl, runs, first).await;
                tokio::task::block_in_place(|| ctl.shutdown());
                t.sort_by(|a, b| a.total_cmp(b));
                out.push((label, t));
                if thread {
                    // The controllers share port 5353 of their namespace:
                    // the SDK's stopped first.
                    eprintln!("hub as Thread Border Router, matter.js:");
                    let mut t = measure_js(&hub, &ctl_ns, tmp.path(), &paa, runs).await;
                    t.sort_by(|a, b| a.total_cmp(b));
                    out.push(("hub as TBR, matter.js controller", t));
                }
                hub.stop().await;
            }
            out
        })
    });
    println!("window open -> CommissioningComplete, by manual code, {runs} runs each (the SDK's controller 2025.7.0 unless named):");
    for (label, t) in &results {
        println!(
            "  {label:<36} p50 {:.3} s  p90 {:.3} s  min {:.3} s  max {:.3} s",
            percentile(t, 0.5),
            percentile(t, 0.9),
            t[0],
            t[t.len() - 1]
        );
    }
    if let [(_, a), (_, js), (_, b)] = &results[..] {
        let reference = percentile(b, 0.5);
        println!(
            "  ratio (border router / reference) at p50: {:.2}",
            percentile(a, 0.5) / reference
        );
        println!(
            "  ratio (border router with matter.js / reference) at p50: {:.2}",
            percentile(js, 0.5) / reference
        );
    }
}
