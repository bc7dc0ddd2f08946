//! SRP registration -> visible on the LAN (src/thread/srp.rs, the
//! advertising proxy): a hub namespace and a LAN namespace joined by a veth,
//! as in tests/thread_srp.rs. The daemon runs in-process in the hub
//! namespace (CoAP, mDNS on the veth, Thread on OpenThread's simulated
//! `ot-rcp`); a device is paired with `--srp-host node2`, so its node's
//! services are published at `full` scope with no user step; an
//! `ot-cli-ftd` node attaches and registers one new service after another
//! with its SRP client; python-zeroconf browses the LAN over IPv6.
//!
//! Per service, on one clock (CLOCK_MONOTONIC, which python's
//! `time.monotonic()` also reads):
//!
//! * add -> LAN: from the node's `srp client service add` to the browser
//!   resolving the instance (PTR, SRV, TXT and AAAA): what a user waits for;
//! * registered -> LAN: from the node's SRP client reporting the service
//!   `Registered` (the hub's SRP server answered) to the browser resolving
//!   it: what the hub's proxy and the LAN add after the mesh has done its
//!   part;
//! * remove -> goodbye: from `srp client service remove` to the browser
//!   seeing the instance go (each service is removed before the next is
//!   added: one device may have at most 8 services on the LAN).
//!
//! Run: `cargo bench --bench thread_srp` (root for `ip netns`;
//! target/ot-sim/bin from scripts/ot-sim.sh; `.venv` with zeroconf from
//! scripts/setup.sh).

#[path = "../tests/common/mod.rs"]
mod common;
use common::{device, netns, otsim};

use std::time::Duration;

use device::{pair, thread_hub_on_lan, TestDevice};
use netns::{zeroconf_browser_v6, NetNs};
use nix::time::{clock_gettime, ClockId};

const SERVICES: usize = 30;
const STEP: Duration = Duration::from_secs(30);
/// The node's SRP host address, in the LAN's prefix (tests/thread_srp.rs
/// says why).
const NODE_ADDR: &str = "fd00:77::99";

/// CLOCK_MONOTONIC in seconds: the clock of the browser's `t`.
fn now() -> f64 {
    let ts = clock_gettime(ClockId::CLOCK_MONOTONIC).expect("clock_gettime");
    ts.tv_sec() as f64 + ts.tv_nsec() as f64 * 1e-9
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn summary(name: &str, mut v: Vec<f64>) -> String {
    v.sort_by(f64::total_cmp);
    format!(
        "thread_srp/{name}: n={} p50={:.0} ms p99={:.0} ms max={:.0} ms",
        v.len(),
        pct(&v, 0.50) * 1e3,
        pct(&v, 0.99) * 1e3,
        v[v.len() - 1] * 1e3
    )
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs it as a smoke test.
    let smoke = !std::env::args().any(|a| a == "--bench");
    // `RUST_LOG=threshold=debug` shows where the time goes.
    if let Some(filter) = std::env::var("RUST_LOG")
        .ok()
        .and_then(|f| f.parse::<tracing_subscriber::filter::Targets>().ok())
    {
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        tracing_subscriber::fmt()
            .with_timer(tracing_subscriber::fmt::time::uptime())
            .with_writer(std::io::stderr)
            .finish()
            .with(filter)
            .init();
    }
    let services = if smoke { 2 } else { SERVICES };
    let (hub_ns, lan) = NetNs::pair_ipv6("srpbench");
    let mut browser = zeroconf_browser_v6(&lan, &["_thbench._udp.local."]);
    let ns_name = hub_ns.name().to_owned();
    let lines = hub_ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let tmp = tempfile::tempdir().expect("tempdir");
            let dev = TestDevice::mint(tmp.path(), 0x8101);
            let (mut hub, h) = thread_hub_on_lan(&ns_name, "srp-bench", &[&dev], |_| {}).await;
            let dataset = hex::encode(h.export_dataset().await.expect("dataset"));
            let owner = hub.owner().await;
            pair(&hub, &owner, &dev, &["--srp-host", "node2"]).await;

            // The node, spawned from this thread (which outlives it: see
            // tests/common/otsim.rs), driven on a blocking thread.
            let node = otsim::CliNode::start(&ns_name, 2);
            // `thread status --json`, for a failure's message.
            let socket = hub.socket.clone();
            let hub_status = move || {
                let out = std::process::Command::new(env!("CARGO_BIN_EXE_threshold"))
                    .args(["thread", "status", "--json", "--socket"])
                    .arg(&socket)
                    .output()
                    .expect("threshold");
                String::from_utf8_lossy(&out.stdout).into_owned()
            };
            let out = tokio::task::spawn_blocking(move || {
                let mut node = node;
                node.join(&dataset, Duration::from_secs(60));
                node.cmd("srp client host name node2");
                node.cmd(&format!("srp client host address {NODE_ADDR}"));
                node.cmd("srp client callback enable");
                node.cmd("srp client autostart enable");
                let (mut add_lan, mut reg_lan, mut remove_lan) = (Vec::new(), Vec::new(), Vec::new());
                for k in 0..services {
                    let instance = format!("Bench{k:02}");
                    let t_add = now();
                    node.cmd(&format!(
                        "srp client service add {instance} _thbench._udp 5683 0 0 076d643d4c616d70"
                    ));
                    let registered = node.wait_line(STEP, |l| {
                        l.contains(&format!("instance:\"{instance}\""))
                            && l.contains("state:Registered")
                    });
                    let t_reg = now();
                    assert!(
                        registered.is_some(),
                        "{instance} not registered within {STEP:?}"
                    );
                    let full = format!("{instance}._thbench._udp.local.");
                    let seen = std::sync::Mutex::new(Vec::new());
                    let line = browser.try_wait_line(STEP, |l| {
                        seen.lock().expect("lock").push(l.to_owned());
                        let v: serde_json::Value =
                            serde_json::from_str(l).unwrap_or(serde_json::Value::Null);
                        v["event"] == "added" && v["name"] == full.as_str()
                    });
                    let Some(line) = line else {
                        panic!(
                            "{full} not resolved on the LAN within {STEP:?}; browser said {:#?}; hub: {}",
                            seen.into_inner().expect("lock"),
                            hub_status()
                        );
                    };
                    let v: serde_json::Value = serde_json::from_str(&line).expect("browser JSON");
                    let t_lan = v["t"].as_f64().expect("t");
                    add_lan.push(t_lan - t_add);
                    reg_lan.push((t_lan - t_reg).max(0.0));
                    // Removed again, so the device stays within the
                    // services one device may have on the LAN (8).
                    let t_rm = now();
                    node.cmd(&format!("srp client service remove {instance} _thbench._udp"));
                    let line = browser.try_wait_line(STEP, |l| {
                        let v: serde_json::Value =
                            serde_json::from_str(l).unwrap_or(serde_json::Value::Null);
                        v["event"] == "removed" && v["name"] == full.as_str()
                    });
                    let Some(line) = line else {
                        panic!(
                            "{full} not withdrawn from the LAN within {STEP:?}; node: {:?}; hub: {}",
                            node.try_cmd("srp client service"),
                            hub_status()
                        );
                    };
                    let v: serde_json::Value = serde_json::from_str(&line).expect("browser JSON");
                    remove_lan.push(v["t"].as_f64().expect("t") - t_rm);
                }
                drop(node);
                vec![
                    summary("add -> resolved on the LAN", add_lan),
                    summary("registered -> resolved on the LAN", reg_lan),
                    summary("remove -> goodbye on the LAN", remove_lan),
                ]
            })
            .await
            .expect("bench thread");
            hub.stop().await;
            out
        })
    });
    for l in lines {
        println!("{l}");
    }
}
