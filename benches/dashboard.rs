//! The dashboard's weight and speed in a real browser (docs/dashboard.md,
//! docs/performance.md "Dashboard"): for each page, the bytes the browser
//! received (the document and every resource, as encoded on the wire:
//! Resource Timing's `encodedBodySize`) and the time to first contentful
//! paint, in Debian's headless Chromium through WebDriver
//! (tests/tools/browser.py), against the real daemon in-process (the
//! release build under `cargo bench`) with a paired TEST ONLY device and an
//! open window.
//!
//! Each page is loaded `DASHBOARD_BENCH_LOADS` times (default 30) after one
//! warm-up load; the first paint is reported as p50 and p95 (ms from the
//! navigation's start). The weight is the bodies of the document and its
//! resources (identical every load: the pages hold the same data), about
//! 4 KB of it the stylesheet and script; the wire bytes are what crossed
//! the network on a later load, headers included, with the stylesheet and
//! script cached (`max-age`), as in a real browser.
//!
//! `cargo bench --bench dashboard`; without `--bench` (as `cargo test
//! --all-targets` runs it) one load per page, checked, not reported.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Duration;

use common::browser::{spki_pin, Browser};
use common::device::{hub_trusting, pair, TestDevice};
use common::hub::{ok, post};
use serde_json::{json, Value};

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let loads: usize = if bench {
        std::env::var("DASHBOARD_BENCH_LOADS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(30)
    } else {
        1
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let tmp = tempfile::tempdir().expect("tempdir");
        let lamp = TestDevice::mint(&tmp.path().join("lamp"), 0x8001);
        let mut hub = hub_trusting(&[&lamp]).await;
        let owner = hub.owner().await;
        pair(&hub, &owner, &lamp, &[]).await;
        let _: Value = ok(post(
            &owner,
            "/v1/windows",
            &json!({"payload": common::hub::QR, "class": "low", "ttl_secs": 600}),
        )
        .await);
        let link: Value = ok(post(&owner, "/v1/dashboard/login", &json!({})).await);
        let base = format!("https://{}", hub.dashboard.expect("dashboard"));
        let pem = hub.cfg.state_dir.join("pki").join("server.pem");
        let mut b = Browser::start(
            std::process::Command::new(common::netns::python()),
            &spki_pin(&pem),
        );
        b.get(link["url"].as_str().expect("url"));
        b.click("#sign-in");
        if bench {
            println!("dashboard page weight and first contentful paint, headless Chromium, {loads} loads per page");
            println!(
                "{:<10} {:>10} {:>10} {:>10} {:>10}",
                "page", "weight B", "wire B", "FCP p50", "FCP p95"
            );
        }
        for page in ["devices", "windows", "audit"] {
            let url = format!("{base}/{page}");
            let mut fcp = Vec::new();
            let (mut bytes, mut wire) = (0, 0);
            for _ in 0..loads + 1 {
                b.get(&url);
                let p = b.paint();
                bytes = p["bytes"].as_u64().expect("bytes");
                wire = p["wire"].as_u64().expect("wire");
                fcp.push(p["fcp_ms"].as_f64().expect("a first contentful paint"));
            }
            // The first load warmed the connection up.
            fcp.remove(0);
            assert!(bytes > 500, "{page}: {bytes} bytes");
            if bench {
                println!(
                    "{page:<10} {bytes:>10} {wire:>10} {:>10.1} {:>10.1}",
                    pct(&mut fcp, 0.5),
                    pct(&mut fcp, 0.95)
                );
            }
        }
        drop(b);
        tokio::time::timeout(Duration::from_secs(30), hub.stop())
            .await
            .expect("stopped");
    });
}
