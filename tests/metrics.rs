//! The loopback metrics endpoint end to end: a real daemon in-process
//! (API, CoAP on 127.0.0.1:0, real SQLite), real devices pairing through
//! `threshold device simulate`, scrapes over a real TCP socket, and every
//! scrape parsed by an independent parser, the Prometheus project's
//! Python client (`prometheus_client.openmetrics.parser`, installed pinned
//! into `.venv` by scripts/setup.d/27-prometheus.sh; `THRESHOLD_PYTHON`
//! names another interpreter). Without it the test fails.

mod common;
use common::device::{hub_trusting_with, simulate, text, TestDevice};
use common::hub::*;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn python() -> PathBuf {
    std::env::var_os("THRESHOLD_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python"))
}

/// One HTTP/1.1 request on a fresh connection: (status, head, body).
async fn http(addr: SocketAddr, method: &str, path: &str) -> (u16, String, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    s.write_all(req.as_bytes()).await.expect("send");
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await.expect("read");
    let all = String::from_utf8(buf).expect("utf-8");
    let (head, body) = all.split_once("\r\n\r\n").expect("a head");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("status");
    (status, head.to_owned(), body.to_owned())
}

/// The exposition parsed by prometheus_client: family name -> family.
fn parse(exposition: &str) -> Value {
    let mut child = Command::new(python())
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/tools/parse_metrics.py"
        ))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the project's Python (scripts/setup.d/27-prometheus.sh)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(exposition.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("parser");
    assert!(
        out.status.success(),
        "prometheus_client refused the exposition: {}\n{exposition}",
        text(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    v["families"].clone()
}

/// Scrapes and parses.
async fn scrape(addr: SocketAddr) -> (Value, String) {
    let (status, head, body) = http(addr, "GET", "/metrics").await;
    assert_eq!(status, 200, "{head}\n{body}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/openmetrics-text; version=1.0.0"),
        "{head}"
    );
    (parse(&body), body)
}

/// The value of `family`'s sample named `sample` with `labels`.
fn value(fams: &Value, family: &str, sample: &str, labels: &[(&str, &str)]) -> f64 {
    let fam = &fams[family];
    assert!(!fam.is_null(), "no family {family}");
    let want: serde_json::Map<String, Value> = labels
        .iter()
        .map(|(k, v)| ((*k).to_owned(), json!(v)))
        .collect();
    fam["samples"]
        .as_array()
        .expect("samples")
        .iter()
        .find(|s| s[0] == sample && s[1].as_object() == Some(&want))
        .and_then(|s| s[2].as_f64())
        .unwrap_or_else(|| panic!("no sample {sample}{labels:?} in {fam}"))
}

fn counter(fams: &Value, name: &str, labels: &[(&str, &str)]) -> f64 {
    assert_eq!(fams[name]["type"], "counter", "{name}");
    value(fams, name, &format!("{name}_total"), labels)
}

fn gauge(fams: &Value, name: &str, labels: &[(&str, &str)]) -> f64 {
    assert_eq!(fams[name]["type"], "gauge", "{name}");
    value(fams, name, name, labels)
}

fn refusals_sum(fams: &Value) -> f64 {
    fams["threshold_refusals"]["samples"]
        .as_array()
        .expect("samples")
        .iter()
        .filter_map(|s| s[2].as_f64())
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_move_with_real_actions_and_parse_with_prometheus_client() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting_with(&[&dev], |c| {
        c.metrics.enabled = true;
        c.metrics.listen = "127.0.0.1:0".into();
        c.anomaly.failure_threshold = 3;
        c.anomaly.lock_on_alert = true;
    })
    .await;
    let cfg = hub.cfg.clone();
    let d = hub.daemon.as_mut().expect("running");
    d.start_metrics(&cfg).await.expect("metrics");
    let addr = hub.daemon().metrics_addr().expect("metrics listener");
    assert!(addr.ip().is_loopback());

    // A fresh hub: no users, no windows, no pairings; Thread off here.
    let (m, _) = scrape(addr).await;
    assert_eq!(gauge(&m, "threshold_users", &[("role", "owner")]), 0.0);
    assert_eq!(gauge(&m, "threshold_windows_open", &[]), 0.0);
    assert_eq!(gauge(&m, "threshold_thread_role", &[("role", "off")]), 1.0);
    assert_eq!(
        gauge(&m, "threshold_thread_role", &[("role", "leader")]),
        0.0
    );
    assert_eq!(
        counter(&m, "threshold_pairings", &[("result", "completed")]),
        0.0
    );
    assert_eq!(
        counter(&m, "threshold_pairings", &[("result", "failed")]),
        0.0
    );
    assert!(
        counter(&m, "threshold_audit_records", &[]) >= 1.0,
        "daemon.start counted"
    );

    // Enrolling the owner is a user.
    let owner_code = hub.owner_code();
    let owner = hub.owner().await;
    let (m, _) = scrape(addr).await;
    assert_eq!(gauge(&m, "threshold_users", &[("role", "owner")]), 1.0);
    let refused_before = refusals_sum(&m);

    // A device that tries to pair with no window open fails.
    let out = tokio::task::spawn_blocking(simulate(&hub, &dev, &[]))
        .await
        .expect("simulate");
    assert!(
        !out.status.success(),
        "paired without a window: {}",
        text(&out.stdout)
    );
    let (m, _) = scrape(addr).await;
    assert!(counter(&m, "threshold_pairings", &[("result", "failed")]) >= 1.0);
    assert!(
        refusals_sum(&m) > refused_before,
        "the refusal is counted by code"
    );

    // Opening a window, and a second one for the same device refused.
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    let dup = post(
        &owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await;
    assert_eq!(refused(dup).1, "window_already_open");
    let (m, _) = scrape(addr).await;
    assert_eq!(gauge(&m, "threshold_windows_open", &[]), 1.0);
    assert_eq!(
        counter(
            &m,
            "threshold_refusals",
            &[("reason", "window_already_open")]
        ),
        1.0
    );

    // The device pairs in its window: a completed pairing, an admitted device.
    let out = tokio::task::spawn_blocking(simulate(&hub, &dev, &[]))
        .await
        .expect("simulate");
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let (m, _) = scrape(addr).await;
    assert_eq!(
        counter(&m, "threshold_pairings", &[("result", "completed")]),
        1.0
    );
    assert_eq!(
        gauge(&m, "threshold_devices", &[("state", "admitted")]),
        1.0
    );
    assert_eq!(gauge(&m, "threshold_windows_open", &[]), 0.0);

    // An invited member is a user.
    let _ = hub.invited(&owner, "member", "Bob").await;
    let (m, _) = scrape(addr).await;
    assert_eq!(gauge(&m, "threshold_users", &[("role", "member")]), 1.0);

    // Three refused enrollments raise an alert that locks pairing.
    for _ in 0..3 {
        let e = hub
            .enroll("ABCDE-FGHJK-MNPQR-STVWX-YZ012", "X")
            .await
            .expect_err("a wrong code");
        assert!(!e.code.is_empty());
    }
    let (m, body) = scrape(addr).await;
    assert_eq!(counter(&m, "threshold_pairing_locks", &[]), 1.0);
    assert!(gauge(&m, "threshold_pairing_locks_active", &[]) >= 1.0);

    // Nothing secret or identifying in the exposition.
    for secret in [owner_code.as_str(), &dev.qr(), "BEGIN", "u-", "device:"] {
        assert!(!body.contains(secret), "{secret:?} in the metrics:\n{body}");
    }
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_get_on_metrics_is_served() {
    let mut hub = Hub::start_with(|c| {
        c.metrics.enabled = true;
        c.metrics.listen = "127.0.0.1:0".into();
    })
    .await;
    let cfg = hub.cfg.clone();
    let d = hub.daemon.as_mut().expect("running");
    d.start_metrics(&cfg).await.expect("metrics");
    let addr = hub.daemon().metrics_addr().expect("metrics listener");
    for path in ["/", "/metric", "/metrics/x", "/v1/users", "/../metrics"] {
        let (status, _, _) = http(addr, "GET", path).await;
        assert_eq!(status, 404, "{path}");
    }
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let (status, head, _) = http(addr, method, "/metrics").await;
        assert_eq!(status, 405, "{method}");
        assert!(
            head.to_ascii_lowercase().contains("allow: get,head"),
            "{head}"
        );
    }
    // Garbage instead of HTTP: the connection is closed, the server serves on.
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(b"\x16\x03\x01 not http\r\n\r\n")
        .await
        .expect("send");
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf).await;
    let (status, _, _) = http(addr, "GET", "/metrics").await;
    assert_eq!(status, 200);
    hub.stop().await;
}

#[test]
fn a_non_loopback_listen_address_is_refused() {
    let mut c = threshold::config::Config::default();
    c.metrics.enabled = true;
    c.metrics.listen = "0.0.0.0:9464".into();
    let e = threshold::config::Settings::try_from(c.clone()).expect_err("refused");
    assert!(e.to_string().contains("metrics.listen"), "{e}");
    c.metrics.listen = "[::1]:9464".into();
    assert!(threshold::config::Settings::try_from(c.clone()).is_ok());
    c.metrics.enabled = false;
    c.metrics.listen = "0.0.0.0:9464".into();
    let s = threshold::config::Settings::try_from(c).expect("off: not checked");
    assert!(s.metrics.is_none());
}
