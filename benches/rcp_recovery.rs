//! RCP-loss recovery time: the hub's OpenThread core leads a simulated
//! network on OpenThread's simulated `ot-rcp` (in a private network
//! namespace); the RCP process is killed (SIGKILL) 20 times. For each kill
//! this measures (a) the link's own figure, loss detected -> new RCP probed,
//! reset and its radio state replayed (`ThreadEvent::Recovered`), and (b)
//! kill -> `thread status` shows a new RCP process with the hub leader of
//! the same partition. Reports p50/p99/max of both.
//!
//! Run: `cargo bench --bench rcp_recovery` (needs root for `ip netns`, and
//! target/ot-sim/bin/ot-rcp from scripts/ot-sim.sh).

#[path = "../tests/common/mod.rs"]
mod common;
use common::{netns, otsim};

use std::time::{Duration, Instant};

use threshold::thread::{DatasetSource, InfraInterface, ThreadEvent, ThreadOptions, ThreadService};

const KILLS: usize = 20;

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn report(name: &str, mut v: Vec<Duration>) {
    v.sort();
    println!(
        "{name}: n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        v.len(),
        pct(&v, 0.50).as_secs_f64() * 1e3,
        pct(&v, 0.99).as_secs_f64() * 1e3,
        v[v.len() - 1].as_secs_f64() * 1e3
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs it as a smoke test.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let kills = if smoke { 2 } else { KILLS };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let ns = netns::NetNs::new("bench");
        let dir = tempfile::tempdir().expect("tempdir");
        let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
        let opts = ThreadOptions {
            radio: otsim::rcp_url(ns.name(), 1),
            dir: dir.path().to_owned(),
            dataset: DatasetSource::Persisted,
            network_name: "bench".into(),
            reopen_min: Duration::from_millis(50),
            reopen_max: Duration::from_secs(2),
            // The bench's OpenThread runs in the host namespace: no LAN.
            infra_interface: InfraInterface::Disabled,
            interface: None,
            nat64: None,
        };
        let svc = ThreadService::start(opts, tx).expect("start");
        let h = svc.handle();
        let deadline = Instant::now() + Duration::from_secs(60);
        let first = loop {
            let st = h.status().await.expect("status");
            if st.role == "leader" {
                break st;
            }
            assert!(Instant::now() < deadline, "no leader");
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let (mut link, mut visible) = (Vec::new(), Vec::new());
        let mut pid = first.rcp_pid.expect("pid");
        for k in 0..kills {
            while events.try_recv().is_ok() {}
            let t0 = Instant::now();
            nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid as i32),
                nix::sys::signal::Signal::SIGKILL,
            )
            .expect("kill");
            let st = loop {
                let st = h.status().await.expect("status");
                if st.rcp_pid.is_some() && st.rcp_pid != Some(pid) && st.role == "leader" {
                    break st;
                }
                assert!(
                    t0.elapsed() < Duration::from_secs(30),
                    "kill {k}: no recovery"
                );
                tokio::time::sleep(Duration::from_millis(2)).await;
            };
            visible.push(t0.elapsed());
            assert_eq!(st.partition_id, first.partition_id);
            pid = st.rcp_pid.expect("pid");
            let after = loop {
                match events.recv().await {
                    Some(ThreadEvent::Recovered { after }) => break after,
                    Some(_) => continue,
                    None => panic!("events closed"),
                }
            };
            link.push(after);
        }
        report("rcp_recovery/link (loss detected -> RCP restored)", link);
        report(
            "rcp_recovery/status (kill -> new RCP, leader, same partition)",
            visible,
        );
        svc.stop().await;
    });
}
