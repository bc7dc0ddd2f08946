//! The Thread network interface (`wpan0`, src/thread/netif.rs): the hub's
//! OpenThread core leads a network on OpenThread's simulated `ot-rcp` in a
//! private network namespace, with its TUN interface there; one simulated
//! `ot-cli-ftd` node joins. Measures:
//!
//! * host -> node ICMPv6 echo RTT through the TUN (a raw socket in the
//!   namespace), p50/p99/max over 200 echoes; next to it the node -> hub
//!   echo RTT that OpenThread answers itself (no TUN, no kernel): the
//!   difference is what the host side adds;
//! * the bridge's capacity: UDP datagrams from the host to the node as fast
//!   as the socket takes them for 3 s: taken by the socket/s, passed into
//!   OpenThread by the bridge/s, refused by OpenThread/s, and the OpenThread
//!   thread's CPU use (its utime + stime over the run);
//! * what reaches the node: datagrams paced for 2 s at each rate,
//!   delivered / sent (50..1000/s).
//!
//! Run: `cargo bench --bench thread_tun` (root for `ip netns` and the TUN
//! device; target/ot-sim/bin from scripts/ot-sim.sh).

#[path = "../tests/common/mod.rs"]
mod common;
use common::{netns, otsim, ping};

use std::net::UdpSocket;
use std::time::{Duration, Instant};

use threshold::thread::{DatasetSource, InfraInterface, ThreadOptions, ThreadService};

const ECHOES: usize = 200;
const BLAST: Duration = Duration::from_secs(3);
const RATES: [u32; 6] = [50, 200, 400, 600, 800, 1000];
const PACED: Duration = Duration::from_secs(2);

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
    let (rates, paced): (&[u32], _) = if smoke {
        (&[50], Duration::from_millis(200))
    } else {
        (&RATES, PACED)
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
            nat64: None,
            infra_interface: InfraInterface::Disabled,
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
        let rt = tokio::runtime::Handle::current();
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

            // The bridge's capacity: datagrams host -> node as fast as the
            // socket takes them; what the bridge reads from the TUN device
            // and OpenThread accepts (far more than the radio can carry:
            // OpenThread's queues drop the excess).
            node.cmd("udp open");
            node.cmd("udp bind :: 1234");
            let counters = |rt: &tokio::runtime::Handle| {
                let i = rt
                    .block_on(h2.status())
                    .expect("status")
                    .interface
                    .expect("interface");
                (i.to_mesh, i.dropped)
            };
            let (to0, drop0) = counters(&rt);
            let before = thread_ticks("openthread");
            let t0 = Instant::now();
            let mut offered = 0u64;
            while t0.elapsed() < blast {
                if sock.send_to(b"blast-0123456789", (eid, 1234)).is_ok() {
                    offered += 1;
                }
            }
            let wall = t0.elapsed();
            let cpu = (thread_ticks("openthread") - before) as f64 / ticks_per_s;
            let (to1, drop1) = counters(&rt);
            let per_s = |n: u64| n as f64 / wall.as_secs_f64();
            out.push(format!(
                "thread_tun/bridge host -> OpenThread, {:.1} s flat out: socket took {:.0}/s, bridge passed {:.0}/s to OpenThread, refused {:.0}/s; openthread thread CPU {:.0}% of a core, {:.1} us per datagram passed",
                wall.as_secs_f64(),
                per_s(offered),
                per_s(to1 - to0),
                per_s(drop1 - drop0),
                cpu / wall.as_secs_f64() * 100.0,
                cpu * 1e6 / (to1 - to0).max(1) as f64
            ));
            // The mesh drains its queues; the node answers again.
            common::wait_until(Duration::from_secs(60), "the node reachable again", || {
                pinger.ping(eid, Duration::from_secs(2))
            });
            // Delivered to the node at paced rates: the node prints one
            // line per datagram; an end marker (sent until it arrives)
            // closes each run.
            for &rate in rates {
                let n = (rate as f64 * paced.as_secs_f64()) as u64;
                let payload = format!("pace-{rate:05}-xxxxx");
                let t0 = Instant::now();
                for k in 0..n {
                    let at = t0 + Duration::from_secs_f64(k as f64 / rate as f64);
                    if let Some(d) = at.checked_duration_since(Instant::now()) {
                        std::thread::sleep(d);
                    }
                    let _ = sock.send_to(payload.as_bytes(), (eid, 1234));
                }
                let end = format!("end-{rate}");
                let (mut got, mut ended) = (0, false);
                for _ in 0..10 {
                    let _ = sock.send_to(end.as_bytes(), (eid, 1234));
                    let (n, e) = node.count_until(
                        Duration::from_secs(5),
                        |l| l.contains(&payload),
                        |l| l.ends_with(&end),
                    );
                    got += n as u64;
                    ended = e;
                    if ended {
                        break;
                    }
                }
                let note = if ended { "" } else { " (the end marker never came)" };
                out.push(format!(
                    "thread_tun/udp host -> node paced at {rate}/s for {:.1} s: delivered {got} of {n} ({:.0}%){note}",
                    paced.as_secs_f64(),
                    got as f64 * 100.0 / n.max(1) as f64
                ));
            }
            (node, (out, wall))
        })
        .await
        .expect("bench thread");
        let (lines, _wall) = report;
        for l in lines {
            println!("{l}");
        }
        drop(node);
        svc.stop().await;
    });
}
