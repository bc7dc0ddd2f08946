//! mDNS figures (docs/performance.md, "mDNS"), measured against
//! python-zeroconf in private network namespaces (run as root, after
//! `scripts/setup.sh`):
//!
//! 1. **Event to visible**: a real daemon (API, CoAP, mDNS on `lo` of a
//!    namespace) opens a commissioning window through its API (the core
//!    emits `Advertise(Pairing)`); the time until python-zeroconf has
//!    resolved `_threshold-pair._tcp` (SRV, TXT, A), both clocks
//!    `CLOCK_MONOTONIC`. Then the window is closed and the time until the
//!    browser drops the instance (goodbye). `MDNS_BENCH_RUNS` rounds
//!    (default 40); the first publish probes (RFC 6762 section 8.1), later
//!    ones re-announce a name we held (no probe): reported apart. Windows
//!    are `MDNS_BENCH_PAUSE_MS` apart (default 1500, past the 1.2 s
//!    hold-down after a goodbye; 0 measures the hold-down).
//! 2. **500 devices**: the advertising state and the mdns-sd responder on a
//!    veth between two namespaces publish the hub and 500 admitted devices
//!    with one registered service each: RSS delta of this process,
//!    packets/bytes the hub's veth sent while announcing (no browser),
//!    then while a browser in the other namespace resolves all 500, and
//!    the goodbyes on shutdown.
//!
//! `cargo bench --bench mdns`

#[path = "../tests/common/mod.rs"]
mod common;
use common::{hub, netns};
#[allow(dead_code)]
#[path = "support/latency.rs"]
mod latency;

use std::time::{Duration, Instant};

use hub::{ok, post, Hub};
use latency::{ms, percentile};
use netns::{zeroconf_browser, NetNs, Proc};
use serde_json::{json, Value};
use threshold::commissioning::event::{Event, Service};
use threshold::mdns::state::{device_host, Action, AdvertisingState, HubServices, Registration};
use threshold::mdns::{Advertiser, HostRecord, MdnsSdAdvertiser};

fn mono() -> f64 {
    let t = nix::time::clock_gettime(nix::time::ClockId::CLOCK_MONOTONIC).expect("clock");
    t.tv_sec() as f64 + t.tv_nsec() as f64 / 1e9
}

fn line_t(l: &str) -> f64 {
    let v: Value = serde_json::from_str(l).expect("json");
    v["t"].as_f64().expect("t")
}

fn is(ev: &'static str, name: String) -> impl Fn(&str) -> bool {
    move |l| {
        if std::env::var_os("MDNS_BENCH_DEBUG").is_some() {
            eprintln!("browser: {l}");
        }
        let v: Value = serde_json::from_str(l).expect("json");
        v["event"] == ev && v["name"].as_str() == Some(name.as_str())
    }
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .expect("status")
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

fn latency(runs: usize, pause: Duration) {
    let ns = NetNs::new("bmlat");
    let mut browser = zeroconf_browser(&ns, &["_threshold-pair._tcp.local."]);
    let (first, up, down) = ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let mut hub = Hub::start_with(|cfg| {
                cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
                cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
                cfg.mdns.instance_name = "Bench Hub".into();
                // Many openings per minute are the point here.
                cfg.anomaly.open_threshold = 1_000_000;
            })
            .await;
            let cfg = hub.cfg.clone();
            let d = hub.daemon.as_mut().expect("running");
            let coap = d.start_coap(&cfg).await.expect("coap");
            d.start_mdns(&cfg, &coap).await.expect("mdns");
            let owner = hub.owner().await;
            let name = "Bench Hub._threshold-pair._tcp.local.".to_string();
            let mut up = Vec::new();
            let mut down = Vec::new();
            for _ in 0..runs {
                let t0 = mono();
                let w: Value = ok(post(
                    &owner,
                    "/v1/windows",
                    &json!({"payload": hub::QR, "class": "low"}),
                )
                .await);
                let l =
                    browser.wait_line(Duration::from_secs(30), "added", is("added", name.clone()));
                up.push(Duration::from_secs_f64(line_t(&l) - t0));
                let id = w["id"].as_u64().expect("id");
                let t1 = mono();
                let _ = owner
                    .request(
                        hyper::Method::DELETE,
                        &format!("/v1/windows/{id}"),
                        None::<&()>,
                    )
                    .await
                    .expect("close");
                let l = browser.wait_line(
                    Duration::from_secs(30),
                    "removed",
                    is("removed", name.clone()),
                );
                down.push(Duration::from_secs_f64(line_t(&l) - t1));
                // Past the hold-down (src/mdns/driver.rs) unless the pause
                // is shorter: then the hold-down is what is measured.
                tokio::time::sleep(pause).await;
            }
            hub.stop().await;
            let first = up.remove(0);
            (first, up, down)
        })
    });
    let mut up = up;
    let mut down = down;
    up.sort();
    down.sort();
    println!(
        "event -> visible in python-zeroconf (resolved), {runs} windows, {} ms apart:",
        pause.as_millis()
    );
    println!("  first publish (probing): {:.1} ms", ms(first));
    println!(
        "  re-publish: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (n={})",
        ms(percentile(&up, 0.5)),
        ms(percentile(&up, 0.99)),
        ms(*up.last().expect("runs")),
        up.len()
    );
    println!(
        "  window closed -> removed (goodbye): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (n={})",
        ms(percentile(&down, 0.5)),
        ms(percentile(&down, 0.99)),
        ms(*down.last().expect("runs")),
        down.len()
    );
}

fn apply(state: &mut AdvertisingState, adv: &mut dyn Advertiser) -> usize {
    let mut n = 0;
    while let Some(a) = state.poll_action() {
        if let Action::Publish(i) = a {
            adv.publish(&i).expect("publish");
            n += 1;
        }
    }
    n
}

fn five_hundred(devices: usize, settle: Duration) {
    let (hub_ns, peer_ns) = NetNs::pair("bm500");
    let counters = |ns: &NetNs| ns.counters(netns::VETH);
    let rss0 = hub_ns.run(rss_kib);
    let (mut adv, published, rss1) = hub_ns.run(move || {
        let mut adv = MdnsSdAdvertiser::new(&[netns::VETH.into()], 5353).expect("responder");
        let mut state = AdvertisingState::new();
        state.set_hub(HubServices {
            hub_id: "threshold:00112233445566778899".into(),
            instance: "Bench Hub".into(),
            host: "threshold-bench".into(),
            api_port: Some(8443),
            pairing_port: 5684,
            ca_fingerprint: "ab".repeat(32),
        });
        let now = Instant::now();
        for i in 0..devices {
            let id = format!("{:064x}", 0xdead_0000_u64 + i as u64);
            state.handle_event(&Event::Advertise(Service::Device {
                id: id.clone().into(),
            }));
            state
                .register(
                    now,
                    &id,
                    HostRecord {
                        name: device_host(&id),
                        // mdns-sd publishes only addresses on the
                        // interface's subnet (10.77.0.0/24).
                        addresses: vec![std::net::IpAddr::from([10, 77, 0, 10 + (i % 240) as u8])],
                    },
                    vec![Registration {
                        instance: format!("Lamp {i}"),
                        service_type: "_thlamp._tcp".into(),
                        subtypes: vec![],
                        port: 8080,
                        txt: vec![
                            ("md".into(), "Bench Lamp".into()),
                            ("fw".into(), "1.2.3".into()),
                            ("id".into(), id[..16].to_owned()),
                        ],
                    }],
                    Duration::from_secs(7200),
                )
                .expect("register");
        }
        let n = apply(&mut state, &mut adv);
        (adv, n, rss_kib())
    });
    let c0 = counters(&hub_ns);
    // Probing (3 x 250 ms) and announcements (RFC 6762 section 8.3: at
    // least two, one second apart) are over well within 10 s.
    std::thread::sleep(settle);
    let c1 = counters(&hub_ns);
    let t = Instant::now();
    let mut browser: Proc = zeroconf_browser(&peer_ns, &["_thlamp._tcp.local."]);
    let mut seen = std::collections::BTreeSet::new();
    while seen.len() < devices {
        let l = browser.wait_line(Duration::from_secs(180), "all resolved", |l| {
            l.contains("\"added\"")
        });
        let v: Value = serde_json::from_str(&l).expect("json");
        seen.insert(v["name"].as_str().unwrap_or_default().to_owned());
    }
    let resolve = t.elapsed();
    std::thread::sleep(Duration::from_secs(2));
    let c2 = counters(&hub_ns);
    let rss2 = hub_ns.run(rss_kib);
    println!("{devices} paired devices advertised (+ hub API), {published} instances published:");
    println!(
        "  RSS: {} KiB before, {} KiB after publishing (+{} KiB, {:.1} KiB per device), {} KiB after one browser resolved all",
        rss0,
        rss1,
        rss1.saturating_sub(rss0),
        rss1.saturating_sub(rss0) as f64 / devices as f64,
        rss2
    );
    println!(
        "  announcing (probes + announcements, {} s, no browser): {} packets, {} bytes sent",
        settle.as_secs(),
        c1.2 - c0.2,
        c1.3 - c0.3
    );
    println!(
        "  one browser resolving all {devices} ({:.1} s): hub sent {} packets, {} bytes; received {} packets, {} bytes",
        resolve.as_secs_f64(),
        c2.2 - c1.2,
        c2.3 - c1.3,
        c2.0 - c1.0,
        c2.1 - c1.1
    );
    let t = Instant::now();
    hub_ns.run(move || adv.shutdown().expect("shutdown"));
    let stop = t.elapsed();
    let mut removed = std::collections::BTreeSet::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    while removed.len() < devices && Instant::now() < deadline {
        for l in browser.drain() {
            if std::env::var_os("MDNS_BENCH_DEBUG").is_some() {
                eprintln!("after stop: {}", &l[..l.len().min(120)]);
            }
            let v: Value = serde_json::from_str(&l).expect("json");
            if v["event"] == "removed" {
                removed.insert(v["name"].as_str().unwrap_or_default().to_owned());
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let c3 = counters(&hub_ns);
    println!(
        "  goodbyes on shutdown ({:.2} s): {} packets, {} bytes sent; the browser saw {} of {devices} removed within 10 s",
        stop.as_secs_f64(),
        c3.2 - c2.2,
        c3.3 - c2.3,
        removed.len()
    );
}

fn main() {
    if std::env::var_os("MDNS_BENCH_DEBUG").is_some() {
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        let filter: tracing_subscriber::filter::Targets =
            "threshold::mdns=debug".parse().expect("filter");
        let _ = tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .finish()
            .with(filter)
            .try_init();
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` runs it once
    // with a tiny load so it stays compiled and working.
    let quick = !std::env::args().any(|a| a == "--bench");
    let runs = std::env::var("MDNS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 3 } else { 40 });
    let pause = std::env::var("MDNS_BENCH_PAUSE_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(Duration::from_millis(1500));
    latency(runs, pause);
    let devices = std::env::var("MDNS_BENCH_DEVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 10 } else { 500 });
    five_hundred(devices, Duration::from_secs(if quick { 3 } else { 10 }));
}
