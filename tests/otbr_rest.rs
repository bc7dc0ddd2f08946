//! The OTBR-compatible REST listener (docs/otbr-rest.md) against
//! python-otbr-api 3.1.0, the client Home Assistant's OTBR and Thread
//! integrations use (tests/tools/otbr_client.py), and a real daemon running
//! Thread on OpenThread's simulated RCP inside a private network namespace.
//!
//! The listener is on 127.0.0.1:8081 with `allow = ["127.0.0.2"]`: the
//! client connecting from 127.0.0.2 is Home Assistant; the same client from
//! 127.0.0.1 is refused over the same real socket.

mod common;
use common::{netns, otsim};

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::wait_until;
use netns::NetNs;
use otsim::ThreadDaemon;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_threshold");
const URL: &str = "http://127.0.0.1:8081";
const HA: &str = "127.0.0.2";

fn cli(d: &ThreadDaemon, args: &[&str]) -> String {
    let o = d.cli(args);
    assert!(o.status.success(), "{args:?}: {o:?}");
    String::from_utf8(o.stdout).unwrap()
}

/// python-otbr-api from `source`: `Ok(result)` or `Err(exception class)`.
fn client(ns: &NetNs, source: &str, op: &str, args: &[&str]) -> Result<Value, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/otbr_client.py");
    let o = ns
        .command(netns::python())
        .arg(&script)
        .args([URL, "--source", source, op])
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{op}: {o:?}");
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {o:?}"));
    match v.get("ok") {
        Some(ok) => Ok(ok.clone()),
        None => Err(format!("{}: {}", v["error"], v["message"])),
    }
}

/// A raw request from Home Assistant's address: (status, body).
fn raw(ns: &NetNs, method: &str, path: &str, ctype: &str, body: &str) -> (u64, String) {
    let v = client(ns, HA, "raw", &[method, path, ctype, body]).unwrap();
    (
        v["status"].as_u64().unwrap(),
        v["body"].as_str().unwrap().to_owned(),
    )
}

fn audit(d: &ThreadDaemon) -> Vec<Value> {
    let o = Command::new(BIN)
        .args(["audit", "tail", "-n", "200", "--json", "--state-dir"])
        .arg(&d.state)
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[test]
fn home_assistant_manages_the_hub_through_the_otbr_rest_api() {
    let ns = NetNs::new("otbr");
    let dir = tempfile::tempdir().unwrap();
    let d = ThreadDaemon::start(
        &ns,
        dir.path(),
        "otbr-test",
        &format!("[mdns]\nenabled = false\n[matter]\nenabled = false\n[otbr_rest]\nenabled = true\nlisten = \"127.0.0.1:8081\"\nallow = [\"{HA}\"]\n"),
    );
    let st = wait_until(Duration::from_secs(60), "the hub to lead", || {
        d.status().filter(|s| s["role"] == "leader")
    });
    let exported = cli(&d, &["thread", "dataset", "export"]).trim().to_owned();

    // A client outside the allow-list is refused over the real socket.
    let e = client(&ns, "127.0.0.1", "active_tlvs", &[]).unwrap_err();
    assert!(e.contains("403"), "{e}");
    // (python-otbr-api's first request probes `/api/actions`.)
    let v = client(
        &ns,
        "127.0.0.1",
        "raw",
        &["GET", "/node/dataset/active", "text/plain", ""],
    )
    .unwrap();
    assert_eq!(v["status"], 403, "{v}");
    assert!(
        v["body"]
            .as_str()
            .unwrap()
            .contains("not in [otbr_rest] allow"),
        "{v}"
    );

    // Reads, as Home Assistant does them.
    let tlvs = client(&ns, HA, "active_tlvs", &[]).unwrap();
    assert_eq!(tlvs.as_str().unwrap(), exported.to_lowercase());
    let ds = client(&ns, HA, "active", &[]).unwrap();
    assert_eq!(ds["networkName"], "otbr-test");
    assert_eq!(ds["channel"], st["channel"]);
    assert_eq!(
        ds["extPanId"].as_str().unwrap().to_lowercase(),
        st["ext_pan_id"].as_str().unwrap()
    );
    assert_eq!(ds["networkKey"].as_str().unwrap().len(), 32);
    let ba_id = std::fs::read(d.state.join("border-agent-id")).unwrap();
    assert_eq!(client(&ns, HA, "ba_id", &[]).unwrap(), hex::encode(ba_id));
    assert_eq!(
        client(&ns, HA, "ext_address", &[]).unwrap(),
        st["ext_address"]
    );
    let v = client(&ns, HA, "coprocessor_version", &[]).unwrap();
    assert!(v.as_str().unwrap().contains("SIMULATION"), "{v}");
    assert_eq!(client(&ns, HA, "pending_tlvs", &[]).unwrap(), Value::Null);
    // Not while devices may be paired: OTBR's answer for an unsupported call.
    let e = client(&ns, HA, "factory_reset", &[]).unwrap_err();
    assert!(e.contains("FactoryResetNotSupportedError"), "{e}");
    // The active dataset is set only with Thread disabled (OTBR: 409).
    let e = client(
        &ns,
        HA,
        "create_active",
        &["x", "15", "1234", "00112233aabbccdd"],
    )
    .unwrap_err();
    assert!(e.contains("ThreadNetworkActiveError"), "{e}");

    // Disable; bad input gets a clear error and changes nothing.
    client(&ns, HA, "set_enabled", &["false"]).unwrap();
    wait_until(Duration::from_secs(10), "Thread disabled", || {
        d.status().filter(|s| s["role"] == "disabled")
    });
    let (code, body) = raw(&ns, "PUT", "/node/dataset/active", "text/plain", "0e08zz");
    assert_eq!(code, 400, "{body}");
    assert!(body.contains("not hex"), "{body}");
    let (code, body) = raw(
        &ns,
        "PUT",
        "/node/dataset/active",
        "application/json",
        "{\"Channel\":",
    );
    assert_eq!(code, 400, "{body}");
    assert!(body.contains("malformed JSON"), "{body}");
    let (code, body) = raw(
        &ns,
        "PUT",
        "/node/dataset/active",
        "application/json",
        "{\"Channel\": 99}",
    );
    assert_eq!(code, 400, "{body}");
    assert!(body.contains("11..=26"), "{body}");
    let (code, body) = raw(&ns, "PUT", "/node/dataset/active", "text/plain", "@5000");
    assert_eq!(code, 413, "{body}");
    let (code, body) = raw(
        &ns,
        "PUT",
        "/node/state",
        "application/json",
        "\"sideways\"",
    );
    assert_eq!(code, 400, "{body}");
    let (code, _) = raw(&ns, "GET", "/api/actions", "application/json", "");
    assert_eq!(code, 404, "the legacy (PascalCase) API");
    assert_eq!(
        cli(&d, &["thread", "dataset", "export"]).trim(),
        exported,
        "nothing changed"
    );

    // A new active dataset, then Thread back on: the hub leads it.
    client(
        &ns,
        HA,
        "create_active",
        &["otbr-new", "15", "1234", "00112233aabbccdd"],
    )
    .unwrap();
    client(&ns, HA, "set_enabled", &["true"]).unwrap();
    let st = wait_until(
        Duration::from_secs(40),
        "the hub to lead the new network",
        || {
            d.status()
                .filter(|s| s["role"] == "leader" && s["network_name"] == "otbr-new")
        },
    );
    assert_eq!(
        (st["channel"].clone(), st["pan_id"].clone()),
        (15.into(), 0x1234.into())
    );
    assert_eq!(st["ext_pan_id"], "00112233aabbccdd");

    // A channel migration through a pending dataset (the Thread minimum
    // delay, 30 s).
    client(&ns, HA, "set_channel", &["20", "30000"]).unwrap();
    assert!(client(&ns, HA, "pending_tlvs", &[]).unwrap().is_string());
    let e = client(&ns, HA, "set_channel", &["21", "30000"]).unwrap_err();
    assert!(e.contains("PendingDatasetConflictError"), "{e}");
    wait_until(Duration::from_secs(60), "the hub on channel 20", || {
        d.status()
            .filter(|s| s["channel"] == 20 && s["role"] == "leader")
    });

    // Every dataset read and every write is audited with the client's
    // address; the refusals too.
    let log = audit(&d);
    let of = |action: &str, actor: &str| -> Vec<(String, String)> {
        log.iter()
            .filter(|r| r["action"] == action && r["actor"] == actor)
            .map(|r| {
                (
                    r["subject"].as_str().unwrap_or_default().to_owned(),
                    r["reason"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    };
    let ha = format!("otbr-rest:{HA}");
    assert_eq!(
        of("otbr_rest.refused", "otbr-rest:127.0.0.1"),
        [
            ("thread:node".to_owned(), "client_not_allowed".to_owned()),
            ("dataset:active".to_owned(), "client_not_allowed".to_owned())
        ]
    );
    assert!(
        of("otbr_rest.refused", &ha).contains(&("thread:node".into(), "method_not_allowed".into()))
    );
    let reads = of("otbr_rest.dataset_read", &ha);
    assert!(
        reads.contains(&("dataset:active".into(), "ok".into())),
        "{reads:?}"
    );
    assert!(
        reads.contains(&("dataset:pending".into(), "none".into())),
        "{reads:?}"
    );
    let writes = of("otbr_rest.dataset_write", &ha);
    for w in [
        ("dataset:active", "thread_enabled"),
        ("dataset:active", "invalid_payload"),
        ("dataset:active", "ok"),
        ("dataset:pending", "ok"),
    ] {
        assert!(
            writes.contains(&(w.0.into(), w.1.into())),
            "{w:?} in {writes:?}"
        );
    }
    let states = of("otbr_rest.thread_state", &ha);
    assert!(
        states.contains(&("thread:state".into(), "ok".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("thread:state".into(), "invalid_payload".into())),
        "{states:?}"
    );
    assert!(log.iter().all(|r| r["channel"] != "otbr-rest"
        || r["details"]["addr"]
            .as_str()
            .is_some_and(|a| a.starts_with("127.0.0."))));
}
