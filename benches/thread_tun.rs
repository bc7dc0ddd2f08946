//! The Thread network interface (`wpan0`, src/thread/netif.rs): the hub's
//! OpenThread core leads a network on OpenThread's simulated `ot-rcp` in a
//! private network namespace, with its TUN interface there; one simulated
//! `ot-cli-ftd` node joins. Measures:
//!
//! * host -> node ICMPv6 echo RTT through the TUN (a raw socket in the
//!   namespace), p50/p99/max over 200 echoes; next to it the node -> hub
//!   echo RTT that OpenThread answers itself (no TUN, no kernel): the
//!   difference is what the host side adds;
//! * UDP datagrams from the host to the node as fast as the socket takes
//!   them for 3 s: offered/s, passed into OpenThread by the bridge/s,
//!   refused by OpenThread (no buffers)/s, delivered to the node/s, and the
//!   OpenThread thread's CPU use (its utime + stime over the run).
//!
//! Run: `cargo bench --bench thread_tun` (root for `ip netns` and the TUN
//! device; target/ot-sim/bin from scripts/ot-sim.sh).

#[path = "../tests/common/mod.rs"]
mod common;
use common::{netns, otsim, ping};

use std::net::UdpSocket;
use std::time::{Duration, Instant};

use threshold::thread::{DatasetSource, ThreadOptions, ThreadService};

const ECHOES: usize = 200;
const BLAST: Duration = Duration::from_secs(3);

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// utime + stime of this process's thread named `name`, in clock ticks.
fn thread_ticks(name: &str) -> u64 {
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    for t in dir.flatten() {
        let comm = std::fs::read_to_string(t.path().join("comm")).unwrap_or_default();
        if comm.trim() != name {
            continue;
        }
        let stat = std::fs::read_to_string(t.path().join("stat")).unwrap_or_default();
        // Fields after the `(comm)`: state is field 3, utime 14, stime 15.
        let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
        let f: Vec<&str> = rest.split_whitespace().collect();
        let get = |i: usize| {
            f.get(i - 3)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        return get(14) + get(15);
    }
    0
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs it as a smoke test.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let echoes = if smoke { 5 } else { ECHOES };
    let blast = if smoke {
        Duration::from_millis(300)
    } else {
        BLAST
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let ns = netns::NetNs::new("tunbench");
        let dir = tempfile::tempdir().expect("tempdir");
        let (tx, _events) = tokio::sync::mpsc::unbounded_channel();
        let opts = ThreadOptions {
            radio: otsim::rcp_url(ns.name(), 1),
            dir: dir.path().to_owned(),
            dataset: DatasetSource::Persisted,
            network_name: "tunbench".into(),
            reopen_min: Duration::from_millis(50),
            reopen_max: Duration::from_secs(2),
            interface: Some("wpan0".into()),
        };
        let svc = ns.run(move || ThreadService::start(opts, tx)).expect("start");
        let h = svc.handle();
        let st = common::wait_until_async(Duration::from_secs(60), "leader, wpan0 up", || async {
            let st = h.status().await.expect("status");
            let up = st.interface.as_ref().is_some_and(|i| {
                i.state == "up" && st.mesh_local_eid.is_some_and(|e| i.addresses.contains(&e))
            });
            (st.role == "leader" && up).then_some(st)
        })
        .await;
        let hub_eid = st.mesh_local_eid.expect("ML-EID");
        let dataset = hex::encode(h.export_dataset().await.expect("dataset"));
        let mut node = otsim::CliNode::start(ns.name(), 2);
        let mut pinger = ping::Pinger::new(&ns);
        let sock = ns.run(|| UdpSocket::bind("[::]:0").expect("udp"));
        let ticks_per_s = 100.0; // USER_HZ
        let h2 = h.clone();
        let (node, report) = tokio::task::spawn_blocking(move || {
            node.join(&dataset, Duration::from_secs(30));
            let eid = node.ml_eid();
            common::wait_until(Duration::from_secs(20), "a first echo reply", || {
                pinger.ping(eid, Duration::from_secs(3))
            });
            let mut rtt: Vec<Duration> = (0..echoes)
                .filter_map(|_| pinger.ping(eid, Duration::from_secs(2)))
                .collect();
            let lost = echoes - rtt.len();
            rtt.sort();
            let mut out = vec![format!(
                "thread_tun/echo host -> node through wpan0: n={} lost={lost} p50={:.2} ms p99={:.2} ms max={:.2} ms",
                rtt.len(),
                ms(pct(&rtt, 0.50)),
                ms(pct(&rtt, 0.99)),
                ms(rtt[rtt.len() - 1])
            )];
            // The baseline: node -> hub, answered by OpenThread itself.
            let n = echoes.min(100);
            let lines = node.cmd(&format!("ping {hub_eid} 16 {n} 0.05 64 2"));
            let summary = lines
                .iter()
                .find(|l| l.contains("Round-trip"))
                .cloned()
                .unwrap_or_else(|| format!("no summary in {lines:?}"));
            out.push(format!("thread_tun/echo node -> hub (OpenThread answers, no TUN): {summary}"));

            // UDP blast host -> node.
            node.cmd("udp open");
            node.cmd("udp bind :: 1234");
            let before = thread_ticks("openthread");
            let t0 = Instant::now();
            let mut offered = 0u64;
            while t0.elapsed() < blast {
                if sock.send_to(b"0123456789abcdef", (eid, 1234)).is_ok() {
                    offered += 1;
                }
            }
            let wall = t0.elapsed();
            let cpu = (thread_ticks("openthread") - before) as f64 / ticks_per_s;
            // Delivered: the node prints one line per datagram; a last
            // datagram marks the end (sent until it arrives).
            let mut delivered = None;
            for _ in 0..20 {
                let _ = sock.send_to(b"end-of-blast", (eid, 1234));
                delivered = node.count_until(
                    Duration::from_secs(5),
                    |l| l.contains("0123456789abcdef"),
                    |l| l.contains("end-of-blast"),
                );
                if delivered.is_some() {
                    break;
                }
            }
            out.push(format!(
                "thread_tun/udp host -> node, {:.1} s: offered {:.0}/s, delivered {:.0}/s ({} of {offered}), openthread thread CPU {:.0}% of a core",
                wall.as_secs_f64(),
                offered as f64 / wall.as_secs_f64(),
                delivered.unwrap_or(0) as f64 / wall.as_secs_f64(),
                delivered.unwrap_or(0),
                cpu / wall.as_secs_f64() * 100.0
            ));
            (node, (out, wall))
        })
        .await
        .expect("bench thread");
        let (mut lines, wall) = report;
        let i = h2.status().await.expect("status").interface.expect("interface");
        lines.push(format!(
            "thread_tun/bridge totals: {} to mesh ({:.0}/s over the blast), {} from mesh, {} refused by OpenThread",
            i.to_mesh,
            i.to_mesh as f64 / wall.as_secs_f64(),
            i.from_mesh,
            i.dropped
        ));
        for l in lines {
            println!("{l}");
        }
        drop(node);
        svc.stop().await;
    });
}
