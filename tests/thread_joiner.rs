//! Joiner windows against OpenThread's own joiner: the daemon (in-process,
//! its API on 127.0.0.1) runs Thread on a simulated `ot-rcp` inside a
//! private network namespace, and `ot-cli-ftd` nodes in the same namespace
//! run `joiner start <PSKd>`:
//!
//! * inside an open window, with the right PSKd, the node joins (`Join
//!   success`) and attaches; audited `thread.joiner_add` and
//!   `thread.joiner` `joined`;
//! * with a wrong PSKd it is refused (`Join failed [Security]`); audited
//!   `thread.joiner` `wrong_pskd`, and counted as a failure of its window;
//! * after its window expired it is refused (`Join failed [NotFound]`: the
//!   commissioner no longer steers it, so it finds no network to join);
//!   audited `window.close` `expired` and `thread.joiner_remove`;
//! * a joiner named by a discerner joins inside its window;
//! * the API refuses a malformed joiner (400) and any joiner while Thread
//!   does not run (503);
//! * no audit record holds a PSKd.

mod common;
use common::{hub, netns, otsim, window_pake};

use std::time::Duration;

use common::wait_until_async;
use hub::Hub;
use netns::NetNs;
use otsim::CliNode;
use serde_json::{json, Value};
use threshold::audit::AuditRecord;
use threshold::commissioning::policy::{DeviceClass, Role};
use threshold::commissioning::{Actor, JoinerId, OpenWindow, Pskd, ThreadJoiner, WindowId};
use threshold::thread::commissioner::JoinerStatus;
use threshold::thread::ThreadHandle;

const PSKD: &str = "J01NME";
const WRONG_PSKD: &str = "WR0NGPSKD";

/// The hub's joiner entries once `pred` holds, read again on every
/// OpenThread state change (adding or dropping an entry changes the
/// commissioner's steering data in the network data: a state change).
async fn wait_joiners(
    h: &ThreadHandle,
    what: &str,
    within: Duration,
    pred: impl Fn(&[JoinerStatus]) -> bool,
) -> Vec<JoinerStatus> {
    let mut changes = h.subscribe_changes();
    let deadline = tokio::time::Instant::now() + within;
    loop {
        changes.borrow_and_update();
        let j = h.joiners().await.expect("joiners");
        if pred(&j) {
            return j;
        }
        let changed = tokio::time::timeout_at(deadline, changes.changed()).await;
        assert!(changed.is_ok(), "timed out waiting for {what}: {j:?}");
    }
}

/// Runs `joiner start <pskd>` on `node` (on a blocking thread) and returns
/// the node and its `Join ...` report.
async fn join(node: CliNode, pskd: &str) -> (CliNode, String) {
    let pskd = pskd.to_owned();
    tokio::task::spawn_blocking(move || {
        let mut node = node;
        node.cmd("ifconfig up");
        node.cmd(&format!("joiner start {pskd}"));
        let line = node
            .wait_line(Duration::from_secs(90), |l| l.starts_with("Join "))
            .expect("a Join success / Join failed report");
        eprintln!("node {}: {line}", node.id);
        (node, line)
    })
    .await
    .expect("join")
}

async fn eui64(node: CliNode) -> (CliNode, String) {
    tokio::task::spawn_blocking(move || {
        let mut node = node;
        let e = node.eui64();
        (node, e)
    })
    .await
    .expect("eui64")
}

fn owner() -> Actor {
    Actor {
        user: "test-owner".into(),
        role: Role::Owner,
        channel: "api",
    }
}

/// Opens a window for `discriminator` admitting joiner `eui` with `pskd`,
/// through the core (as the API does once it parsed a request).
async fn open(hub: &Hub, discriminator: u16, ttl: Duration, eui: &str, pskd: &str) -> WindowId {
    let joiner = ThreadJoiner::from_parts(Some(eui), None, Some(pskd))
        .expect("valid")
        .expect("some");
    let req = OpenWindow {
        discriminator,
        vid: common::TEST_VID,
        pid: 0x8001,
        class: DeviceClass::Low,
        ttl: Some(ttl),
        pake: window_pake(),
    };
    hub.daemon()
        .core
        .call(move |c, now| c.open_window_with_joiner(now, &owner(), req, Some(joiner)))
        .await
        .expect("core")
        .expect("open")
        .record
        .id
}

async fn close(hub: &Hub, id: WindowId) {
    hub.daemon()
        .core
        .call(move |c, now| c.close_window(now, &owner(), id))
        .await
        .expect("core")
        .expect("close");
}

/// The audit record `action` of window `id` with `reason`, once written
/// (the Thread service's records are appended by their own task).
async fn audited(hub: &Hub, action: &str, id: WindowId, reason: &str) -> AuditRecord {
    let subject = format!("window:{id}");
    let what = format!("{action} {reason} for {subject}");
    wait_until_async(Duration::from_secs(20), &what, || async {
        hub.audit().await.into_iter().find(|r| {
            r.event.action == action && r.event.subject == subject && r.event.reason == reason
        })
    })
    .await
}

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

/// `threshold <args>` with `stdin`, on a blocking thread.
async fn cli(args: &[&str], stdin: &str) -> std::process::Output {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let stdin = stdin.to_owned();
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut child = std::process::Command::new(BIN)
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn threshold");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        child.wait_with_output().expect("wait")
    })
    .await
    .expect("cli")
}

/// The CLI checks the joiner before it asks the hub (exit 2, no hub
/// needed), and never echoes a PSKd.
#[tokio::test]
async fn the_cli_refuses_a_malformed_joiner_before_asking() {
    let base = [
        "window",
        "open",
        "--socket",
        "/nonexistent/threshold.sock",
        "--payload",
        hub::QR,
        "--class",
        "low",
    ];
    for (extra, stdin, says) in [
        (vec!["--pskd", PSKD], "", "exactly one of"),
        (
            vec!["--joiner-eui64", "18b4300000000002"],
            "",
            "exactly one of",
        ),
        (
            vec!["--joiner-eui64", "18b43", "--pskd", PSKD],
            "",
            "16 hex digits",
        ),
        (
            vec!["--joiner-eui64", "18b4300000000002", "--pskd", "-"],
            "J01NMI\n",
            "PSKd",
        ),
        (
            vec![
                "--joiner-eui64",
                "18b4300000000002",
                "--joiner-discerner",
                "1/4",
                "--pskd",
                PSKD,
            ],
            "",
            "cannot be used with",
        ),
    ] {
        let args: Vec<&str> = base.iter().copied().chain(extra.iter().copied()).collect();
        let out = cli(&args, stdin).await;
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("J01NMI"), "the PSKd is never echoed: {err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joiners_are_admitted_only_inside_their_window_with_their_pskd() {
    let ns = NetNs::new("join");
    let url = otsim::rcp_url(ns.name(), 1).to_string();
    let mut hub = Hub::start_with(|cfg| {
        cfg.thread.radio_url = url;
        cfg.thread.network_name = "joiner-test".into();
        cfg.thread.reopen_min_ms = 50;
        cfg.thread.reopen_max_ms = 2000;
    })
    .await;
    // Before Thread runs no commissioner could admit a joiner: refused.
    let api = hub.owner().await;
    let body = json!({
        "payload": hub::QR, "class": "low",
        "joiner": {"eui64": "18b4300000000002", "pskd": PSKD},
    });
    let (status, code) = hub::refused(hub::post(&api, "/v1/windows", &body).await);
    assert_eq!((status, code.as_str()), (503, "unavailable"));
    let cfg = hub.cfg.clone();
    let h = hub
        .daemon
        .as_mut()
        .expect("running")
        .start_thread(&cfg, None)
        .expect("thread");
    otsim::wait_role(&h, &["leader"], Duration::from_secs(60)).await;
    // No window, no commissioner entry.
    assert!(h.joiners().await.expect("joiners").is_empty());

    // Nodes start from the test's own thread (tests/common/otsim.rs).
    let (n2, eui2) = eui64(CliNode::start(ns.name(), 2)).await;
    let (n3, eui3) = eui64(CliNode::start(ns.name(), 3)).await;
    let (n4, eui4) = eui64(CliNode::start(ns.name(), 4)).await;

    // The API refuses a malformed joiner before anything happens.
    for (joiner, code) in [
        (json!({"eui64": eui2, "pskd": "J01NMI"}), "invalid_pskd"),
        (json!({"eui64": "18b43", "pskd": PSKD}), "invalid_joiner_id"),
        (
            json!({"eui64": eui2, "discerner": "0xabc/12", "pskd": PSKD}),
            "invalid_joiner_id",
        ),
    ] {
        let body = json!({"payload": hub::QR, "class": "low", "joiner": joiner});
        let (status, got) = hub::refused(hub::post(&api, "/v1/windows", &body).await);
        assert_eq!((status, got.as_str()), (400, code), "{joiner}");
    }
    assert!(hub
        .daemon()
        .core
        .call(|c, _| c.windows())
        .await
        .unwrap()
        .is_empty());

    // 1. Inside its window, with its PSKd: admitted, joins, attaches. The
    // window is opened with the CLI over the admin socket, the PSKd on
    // its standard input.
    let out = cli(
        &[
            "window",
            "open",
            "--json",
            "--socket",
            hub.socket.to_str().expect("utf-8"),
            "--payload",
            hub::QR,
            "--class",
            "low",
            "--ttl",
            "600",
            "--joiner-eui64",
            &eui2,
            "--pskd",
            "-",
        ],
        &format!("{PSKD}\n"),
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let w: Value = serde_json::from_slice(&out.stdout).expect("window JSON");
    assert_eq!(w["joiner"], format!("eui64:{eui2}"));
    let a = WindowId(w["id"].as_u64().expect("id"));
    wait_joiners(
        &h,
        "window 1's joiner on the commissioner",
        Duration::from_secs(30),
        |j| j.iter().any(|j| j.window == a && j.state == "admitted"),
    )
    .await;
    // `thread status` lists it too, without its PSKd.
    let st = h.status().await.expect("status");
    assert!(
        st.joiners
            .iter()
            .any(|j| j.window == a && j.joiner == format!("eui64:{eui2}")),
        "{:?}",
        st.joiners
    );
    assert!(!serde_json::to_string(&st).expect("json").contains(PSKD));
    let add = audited(&hub, "thread.joiner_add", a, "ok").await;
    assert_eq!(add.event.details["joiner"], format!("eui64:{eui2}"));
    let t = add.event.details["timeout_secs"].as_u64().expect("timeout");
    assert!((590..600).contains(&t), "the window's remaining time: {t}");
    let (n2, line) = join(n2, PSKD).await;
    assert_eq!(line, "Join success");
    let joined = audited(&hub, "thread.joiner", a, "joined").await;
    assert_eq!(joined.event.details["joiner"], format!("eui64:{eui2}"));
    // What the joiner said about itself when it finalized (OpenThread's CLI
    // sends its package name, platform and version).
    assert_eq!(
        joined.event.details["vendor_name"], "OPENTHREAD",
        "{joined:?}"
    );
    for k in ["vendor_model", "vendor_sw_version"] {
        let v = joined.event.details[k].as_str().unwrap_or_default();
        assert!(!v.is_empty(), "{k} in {joined:?}");
    }
    let n2 = tokio::task::spawn_blocking(move || {
        let mut n2 = n2;
        n2.cmd("thread start");
        n2.wait_state(&["child", "router"], Duration::from_secs(60));
        n2
    })
    .await
    .expect("attach");

    // 2. Inside its window, with a wrong PSKd: refused.
    let b = open(&hub, 2, Duration::from_secs(600), &eui3, PSKD).await;
    wait_joiners(
        &h,
        "window 2's joiner on the commissioner",
        Duration::from_secs(30),
        |j| j.iter().any(|j| j.window == b && j.state == "admitted"),
    )
    .await;
    let (n3, line) = join(n3, WRONG_PSKD).await;
    assert_eq!(line, "Join failed [Security]");
    audited(&hub, "thread.joiner", b, "wrong_pskd").await;
    // It counts against the window, as a wrong passcode would.
    wait_until_async(Duration::from_secs(20), "a failure in window 2", || async {
        let ws = hub.daemon().core.call(|c, _| c.windows()).await.unwrap();
        ws.iter().any(|w| w.record.id == b && w.failures >= 1)
    })
    .await;

    // Closing the windows removes their joiners (OpenThread's table holds
    // two entries: the third window below needs the room anyway).
    close(&hub, a).await;
    close(&hub, b).await;
    audited(&hub, "thread.joiner_remove", b, "revoked").await;
    wait_joiners(&h, "no joiner left", Duration::from_secs(30), |j| {
        j.is_empty()
    })
    .await;

    // 3. After its window expired: refused, the network no longer steers it.
    let c = open(&hub, 3, Duration::from_secs(6), &eui4, PSKD).await;
    wait_joiners(
        &h,
        "window 3's joiner on the commissioner",
        Duration::from_secs(30),
        |j| j.iter().any(|j| j.window == c && j.state == "admitted"),
    )
    .await;
    // The expiry: the entry leaves the commissioner (OpenThread's timeout,
    // the window's remaining seconds), then the window closes.
    wait_joiners(
        &h,
        "window 3's joiner to expire",
        Duration::from_secs(30),
        |j| !j.iter().any(|j| j.window == c && j.state == "admitted"),
    )
    .await;
    audited(&hub, "window.close", c, "expired").await;
    audited(&hub, "thread.joiner_remove", c, "expired").await;
    let (n4, line) = join(n4, PSKD).await;
    assert_eq!(line, "Join failed [NotFound]");

    // 4. A joiner named by a discerner (the same node, now inside a window
    // for its discerner): admitted.
    let d = JoinerId::parse_discerner("0xabc/12").expect("discerner");
    let joiner = ThreadJoiner {
        id: d,
        pskd: Pskd::parse(PSKD).expect("pskd"),
    };
    let req = OpenWindow {
        discriminator: 4,
        vid: common::TEST_VID,
        pid: 0x8001,
        class: DeviceClass::Low,
        ttl: Some(Duration::from_secs(600)),
        pake: window_pake(),
    };
    let e = hub
        .daemon()
        .core
        .call(move |c, now| c.open_window_with_joiner(now, &owner(), req, Some(joiner)))
        .await
        .expect("core")
        .expect("open")
        .record
        .id;
    wait_joiners(
        &h,
        "window 4's joiner on the commissioner",
        Duration::from_secs(30),
        |j| j.iter().any(|j| j.window == e && j.state == "admitted"),
    )
    .await;
    let n4 = tokio::task::spawn_blocking(move || {
        let mut n4 = n4;
        n4.cmd("joiner discerner 0xabc/12");
        n4
    })
    .await
    .expect("discerner");
    let (n4, line) = join(n4, PSKD).await;
    assert_eq!(line, "Join success");
    let joined = audited(&hub, "thread.joiner", e, "joined").await;
    assert_eq!(joined.event.details["joiner"], "discerner:0xabc/12");
    close(&hub, e).await;

    // Nothing but the windows' own joiners ever got an outcome, and no
    // record holds a PSKd.
    let records = hub.audit().await;
    let outcomes: Vec<(String, String)> = records
        .iter()
        .filter(|r| r.event.action == "thread.joiner")
        .map(|r| (r.event.subject.clone(), r.event.reason.clone()))
        .collect();
    assert!(
        !outcomes.iter().any(|(s, _)| *s == format!("window:{c}")),
        "{outcomes:?}"
    );
    let text = serde_json::to_string(&records).expect("json");
    assert!(!text.contains(PSKD) && !text.contains(WRONG_PSKD));
    let open_rec = records
        .iter()
        .find(|r| r.event.action == "window.open" && r.event.subject == format!("window:{a}"))
        .expect("window.open");
    assert_eq!(open_rec.event.details["joiner"], format!("eui64:{eui2}"));

    drop((n2, n3, n4));
    hub.stop().await;
}
