//! CoAP over UDP GET throughput: our server against libcoap's
//! `coap-server-openssl`, same load generator, same run, reported as a
//! ratio.
//!
//! * Our server ([`threshold::coap::udp::UdpServer`]) runs in this process
//!   on its own thread with a current-thread tokio runtime (one core, like
//!   libcoap's single-threaded server).
//! * libcoap's server runs as `coap-server-openssl -A 127.0.0.1 -p PORT`.
//! * Both serve `GET /` with the same bytes: the bench first fetches
//!   libcoap's index text (Content-Format 0) and registers it, with the
//!   same Max-Age, as our public `/` resource.
//! * The load generator (another thread, current-thread runtime) keeps N
//!   confirmable GETs outstanding on one UDP socket for a fixed time; each
//!   piggybacked 2.05 ACK with the expected payload counts and is replaced
//!   by a new request. A request unanswered after 500 ms counts as lost and
//!   is replaced. Message IDs never repeat towards a server within the run
//!   (a new source socket every 65 536 requests), so neither server's
//!   deduplication answers from its cache.
//! * Rounds alternate (ours, libcoap, ours, libcoap, ...); the median of
//!   each is reported, and the ratio ours/libcoap.
//!
//! Run: `cargo bench --bench coap_udp` (env: `COAP_BENCH_SECS`, default 5;
//! `COAP_BENCH_OUTSTANDING`, default 32; `COAP_BENCH_ROUNDS`, default 3).
//! Under `cargo test` (no `--bench` argument) it runs a 0.3 s smoke round
//! of each. Needs libcoap3-bin (scripts/setup.sh).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use coap_lite::{CoapOption, MessageClass, MessageType, Packet, RequestType, ResponseType};
use threshold::coap::udp::{UdpConfig, UdpServer};
use threshold::coap::{handler_fn, LinkAttrs, Response, Router};
use tokio::net::UdpSocket;

const SERVER: &str = "coap-server-openssl";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn get_packet(mid: u16, token: u32) -> Vec<u8> {
    let mut p = Packet::new();
    p.header.set_type(MessageType::Confirmable);
    p.header.code = MessageClass::Request(RequestType::Get);
    p.header.message_id = mid;
    p.set_token(token.to_be_bytes().to_vec());
    p.to_bytes().expect("encode GET")
}

/// One GET / (blocking helper for setup): returns (payload, content format,
/// max-age).
async fn fetch_root(target: SocketAddr) -> (Vec<u8>, Option<u16>, Option<u32>) {
    let sock = UdpSocket::bind("127.0.0.1:0").await.expect("bind");
    sock.connect(target).await.expect("connect");
    let mut buf = vec![0u8; 2048];
    // The server may still be starting: until it binds, the kernel answers
    // port unreachable (an immediate receive error on a connected socket).
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut attempt = 0u16;
    while Instant::now() < deadline {
        attempt = attempt.wrapping_add(1);
        let _ = sock.send(&get_packet(attempt, 1)).await;
        match tokio::time::timeout(Duration::from_millis(200), sock.recv(&mut buf)).await {
            Ok(Ok(n)) => {
                let p = Packet::from_bytes(&buf[..n]).expect("reply parses");
                let uint = |o: Option<&Vec<u8>>| {
                    o.map(|v| v.iter().fold(0u32, |a, b| (a << 8) | u32::from(*b)))
                };
                let cf = uint(p.get_first_option(CoapOption::ContentFormat)).map(|v| v as u16);
                let age = uint(p.get_first_option(CoapOption::MaxAge));
                return (p.payload, cf, age);
            }
            Ok(Err(_)) => tokio::time::sleep(Duration::from_millis(100)).await,
            Err(_) => {}
        }
    }
    panic!("no answer from {target}");
}

struct Outcome {
    ok: u64,
    lost: u64,
    bad: u64,
    secs: f64,
}

/// Keeps `outstanding` CON GETs in flight against `target` for `dur`.
async fn load(target: SocketAddr, expect_len: usize, outstanding: usize, dur: Duration) -> Outcome {
    let mut sock = UdpSocket::bind("127.0.0.1:0").await.expect("bind");
    sock.connect(target).await.expect("connect");
    let mut mid: u32 = 0;
    let mut token: u32 = 0;
    let mut inflight: HashMap<u16, Instant> = HashMap::with_capacity(outstanding * 2);
    let mut buf = vec![0u8; 4096];
    let (mut ok, mut lost, mut bad) = (0u64, 0u64, 0u64);
    let start = Instant::now();
    let end = start + dur;
    let mut next_sweep = start + Duration::from_millis(100);
    loop {
        while inflight.len() < outstanding {
            if mid > 0xFFFF {
                // Never reuse a (source, Message ID) pair.
                let s = UdpSocket::bind("127.0.0.1:0").await.expect("bind");
                s.connect(target).await.expect("connect");
                sock = s;
                mid = 0;
                inflight.clear();
            }
            let m = mid as u16;
            mid += 1;
            token = token.wrapping_add(1);
            if sock.send(&get_packet(m, token)).await.is_ok() {
                inflight.insert(m, Instant::now());
            }
        }
        let now = Instant::now();
        if now >= end {
            break;
        }
        if now >= next_sweep {
            next_sweep = now + Duration::from_millis(100);
            let before = inflight.len();
            inflight.retain(|_, t| now.duration_since(*t) < Duration::from_millis(500));
            lost += (before - inflight.len()) as u64;
        }
        let wait = (end - now).min(Duration::from_millis(100));
        match tokio::time::timeout(wait, sock.recv(&mut buf)).await {
            Ok(Ok(n)) => {
                let d = &buf[..n];
                // Cheap header check first; full parse for the payload.
                if n < 4 {
                    bad += 1;
                    continue;
                }
                let m = u16::from_be_bytes([d[2], d[3]]);
                if inflight.remove(&m).is_none() {
                    continue; // late answer to a request counted as lost
                }
                match Packet::from_bytes(d) {
                    Ok(p)
                        if p.header.get_type() == MessageType::Acknowledgement
                            && p.header.code == MessageClass::Response(ResponseType::Content)
                            && p.payload.len() == expect_len =>
                    {
                        ok += 1
                    }
                    _ => bad += 1,
                }
            }
            Ok(Err(_)) => bad += 1,
            Err(_) => {}
        }
    }
    Outcome {
        ok,
        lost,
        bad,
        secs: start.elapsed().as_secs_f64(),
    }
}

fn free_udp_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0")
        .and_then(|s| s.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

struct Libcoap(Child);

impl Drop for Libcoap {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() {
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let secs: f64 = if bench_mode {
        env_or("COAP_BENCH_SECS", 5.0)
    } else {
        0.3
    };
    let rounds: usize = if bench_mode {
        env_or("COAP_BENCH_ROUNDS", 3)
    } else {
        1
    };
    let outstanding: usize = env_or("COAP_BENCH_OUTSTANDING", 32);
    let dur = Duration::from_secs_f64(secs);

    // libcoap's server.
    let port = free_udp_port();
    let child = Command::new(SERVER)
        .args(["-A", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("{SERVER} is not runnable ({e}): run scripts/setup.sh (installs libcoap3-bin)")
        });
    let _libcoap = Libcoap(child);
    let libcoap_addr: SocketAddr = ([127, 0, 0, 1], port).into();

    let client_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (payload, cf, max_age) = client_rt.block_on(fetch_root(libcoap_addr));

    // Our server with the same `/` resource, on its own thread.
    let mut router = Router::new("threshold:0000000000000000", &"00".repeat(32));
    let body = Arc::new(payload.clone());
    router
        .add(
            "/",
            true,
            LinkAttrs::new().title("General Info").ct(0),
            handler_fn(move |_req| {
                let body = body.clone();
                async move {
                    Response {
                        code: ResponseType::Content,
                        content_format: cf,
                        payload: body.to_vec(),
                        max_age,
                    }
                }
            }),
        )
        .expect("add /");
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::broadcast::channel::<()>(1);
    let ours_thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let s = UdpServer::bind(
                "127.0.0.1:0".parse().expect("addr"),
                UdpConfig::default(),
                Arc::new(router),
            )
            .await
            .expect("bind ours");
            addr_tx
                .send(s.local_addr().expect("addr"))
                .expect("send addr");
            s.run(stop_rx).await;
        });
    });
    let ours_addr = addr_rx.recv().expect("our address");
    let (ours_payload, ours_cf, _) = client_rt.block_on(fetch_root(ours_addr));
    assert_eq!(ours_payload, payload, "both serve the same bytes");
    assert_eq!(ours_cf, cf);

    println!(
        "coap_udp: GET / ({} bytes, ct={:?}), {} outstanding CON, {:.1} s per round, {} round(s) each",
        payload.len(),
        cf,
        outstanding,
        secs,
        rounds
    );
    let mut ours_rates = Vec::new();
    let mut libcoap_rates = Vec::new();
    for round in 0..rounds {
        for (name, addr, rates) in [
            ("threshold", ours_addr, &mut ours_rates),
            ("libcoap", libcoap_addr, &mut libcoap_rates),
        ] {
            let o = client_rt.block_on(load(addr, payload.len(), outstanding, dur));
            let rate = o.ok as f64 / o.secs;
            println!(
                "  round {round} {name:>9}: {:>9.0} req/s  ({} ok, {} lost, {} bad, {:.2} s)",
                rate, o.ok, o.lost, o.bad, o.secs
            );
            assert_eq!(o.bad, 0, "{name} answered wrongly");
            assert!(o.ok > 0, "{name} answered nothing");
            rates.push(rate);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    let ours = median(&mut ours_rates);
    let theirs = median(&mut libcoap_rates);
    println!("coap_udp/threshold  {ours:.0} req/s (median)");
    println!("coap_udp/libcoap    {theirs:.0} req/s (median)");
    println!(
        "coap_udp/ratio      {:.2}x (threshold / libcoap)",
        ours / theirs
    );
    let _ = stop_tx.send(());
    let _ = ours_thread.join();
}
