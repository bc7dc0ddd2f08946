//! Radio driver benchmarks.
//!
//! 1. HDLC-lite + Spinel decode and encode throughput (criterion), on a
//!    stream of frames shaped like real RCP traffic: received 802.15.4
//!    frames (`PROP_VALUE_IS STREAM_RAW`, 127-byte PSDU plus metadata, bytes
//!    that need escaping included) mixed with short property answers. Compare
//!    with a UART at 460800 baud, 8N1: 46 080 bytes/s.
//! 2. Host-side latency per radio frame through the whole driver: `GET
//!    HWADDR` round trips (Handle -> connection task -> HDLC over the pty ->
//!    OpenThread's simulated ot-rcp -> back), p50/p99, sequential and with 4
//!    requests in flight.
//!
//! `cargo bench --bench radio`; `RADIO_BENCH_REQUESTS` sets the number of
//! round trips (default 5000). Under `cargo test` everything runs once, small.

#[path = "../tests/common/mod.rs"]
mod common;
use common::{netns, otsim};

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use threshold::radio::hdlc::{self, Decoder};
use threshold::radio::spinel::{Command, Frame, Header, PropId, PropValue};
use threshold::radio::{self, LinkEnd};

/// 100 frames: 80 received 127-byte PSDUs, 20 property answers.
fn traffic() -> Vec<Frame> {
    (0..100u8)
        .map(|i| {
            if i % 5 == 4 {
                Frame {
                    header: Header::new(0, 1 + i % 15).expect("tid"),
                    command: Command::PropValueIs,
                    prop: Some(PropId::HwAddr),
                    payload: vec![0x18, 0xB4, 0x30, 0, 0, 0, 0, i],
                }
            } else {
                let frame: Vec<u8> = (0..127u8)
                    .map(|b| b.wrapping_mul(i).wrapping_add(b))
                    .collect();
                let value = PropValue::StreamRaw {
                    frame,
                    metadata: vec![0xB6, 0x80, 0, 0x0B, 0, 0, 0, 0, 0, 0, 0, 0],
                };
                Frame {
                    header: Header::new(0, 0).expect("tid"),
                    command: Command::PropValueIs,
                    prop: Some(PropId::StreamRaw),
                    payload: value.to_bytes().expect("value"),
                }
            }
        })
        .collect()
}

fn codec(c: &mut Criterion) {
    let frames = traffic();
    let spinel: Vec<Vec<u8>> = frames
        .iter()
        .map(|f| f.to_bytes().expect("frame"))
        .collect();
    let mut wire = Vec::new();
    for s in &spinel {
        hdlc::encode(s, &mut wire);
    }
    let spinel_bytes: usize = spinel.iter().map(Vec::len).sum();
    println!(
        "radio bench stream: {} frames, {} spinel bytes, {} bytes on the wire",
        frames.len(),
        spinel_bytes,
        wire.len()
    );

    let mut g = c.benchmark_group("radio_codec");
    g.throughput(Throughput::Bytes(wire.len() as u64));
    g.bench_function("decode_hdlc_spinel", |b| {
        b.iter(|| {
            let mut d = Decoder::default();
            let mut rest = black_box(&wire[..]);
            let mut n = 0;
            while let Ok(Some(raw)) = d.decode(&mut rest) {
                let f = Frame::parse(&raw).expect("frame");
                if let Ok(Some(v)) = f.value() {
                    black_box(v);
                }
                n += 1;
            }
            assert_eq!(n, 100);
        })
    });
    g.bench_function("encode_spinel_hdlc", |b| {
        let mut out = Vec::with_capacity(wire.len());
        b.iter(|| {
            out.clear();
            let mut buf = Vec::with_capacity(160);
            for f in black_box(&frames) {
                buf.clear();
                f.emit(&mut buf).expect("emit");
                hdlc::encode(&buf, &mut out);
            }
            assert_eq!(out.len(), wire.len());
        })
    });
    g.finish();
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn latency(requests: usize) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let ns = netns::NetNs::new("radio");
    rt.block_on(async {
        let (conn, handle) = radio::open(&otsim::rcp_url(ns.name(), 1)).await.expect("open ot-rcp");
        let task = tokio::spawn(conn.run());
        // Warm up.
        for _ in 0..50 {
            handle.get(PropId::HwAddr).await.expect("get");
        }
        let mut lat = Vec::with_capacity(requests);
        let t0 = Instant::now();
        for _ in 0..requests {
            let t = Instant::now();
            handle.get(PropId::HwAddr).await.expect("get");
            lat.push(t.elapsed());
        }
        let wall = t0.elapsed();
        lat.sort();
        println!(
            "radio round trip GET HWADDR, 1 in flight: n={} p50={:.1} us p99={:.1} us max={:.1} us, {:.0} req/s",
            lat.len(),
            us(percentile(&lat, 0.5)),
            us(percentile(&lat, 0.99)),
            us(*lat.last().expect("samples")),
            lat.len() as f64 / wall.as_secs_f64()
        );

        let mut set = tokio::task::JoinSet::new();
        let t0 = Instant::now();
        for _ in 0..4 {
            let h = handle.clone();
            set.spawn(async move {
                let mut l = Vec::with_capacity(requests / 4);
                for _ in 0..requests / 4 {
                    let t = Instant::now();
                    h.get(PropId::HwAddr).await.expect("get");
                    l.push(t.elapsed());
                }
                l
            });
        }
        let mut lat = Vec::new();
        while let Some(l) = set.join_next().await {
            lat.extend(l.expect("task"));
        }
        let wall = t0.elapsed();
        lat.sort();
        println!(
            "radio round trip GET HWADDR, 4 in flight: n={} p50={:.1} us p99={:.1} us max={:.1} us, {:.0} req/s",
            lat.len(),
            us(percentile(&lat, 0.5)),
            us(percentile(&lat, 0.99)),
            us(*lat.last().expect("samples")),
            lat.len() as f64 / wall.as_secs_f64()
        );
        handle.shutdown().await;
        assert_eq!(task.await.expect("task"), LinkEnd::Closed);
    });
}

fn main() {
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let mut c = Criterion::default().configure_from_args();
    codec(&mut c);
    c.final_summary();
    let requests = if bench_mode {
        std::env::var("RADIO_BENCH_REQUESTS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(5000)
    } else {
        40
    };
    latency(requests);
}
