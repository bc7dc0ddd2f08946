//! The border agent against an external commissioner built on another
//! DTLS stack: the daemon (in-process, inside a private network namespace,
//! its API on that namespace's 127.0.0.1) runs Thread on a simulated
//! `ot-rcp` there; the
//! commissioner is `tests/tools/meshcop_commissioner.c` (Mbed TLS's DTLS
//! client with EC-JPAKE, compiled here with `cc` against the Mbed TLS
//! source vendored with OpenThread; its CoAP and MeshCoP written from the
//! specifications), run as a separate process on a LAN host against the
//! agent's host UDP socket (platform UDP: src/thread/udp.rs). The hub and
//! the LAN host are two namespaces joined by a veth (`NetNs::pair_ipv6`):
//! the commissioner reaches the agent at the hub's LAN address, as a phone
//! on the home network does.
//!
//! * before any allowance nothing listens: the handshake fails, nothing is
//!   granted; a member may not allow;
//! * after `threshold thread commissioner allow`, the agent listens; a
//!   wrong PSKc fails the handshake (audited, counted); the right one
//!   petitions (accepted, audited with its session id), keeps alive
//!   (accepted) and resigns (audited);
//! * `... revoke` stops the agent: a new handshake fails;
//! * a short allowance expires on its own: the session held open through it
//!   ends (the agent stopped), audited, and a new petition fails;
//! * the commissioner role is one at a time: no allowance while a joiner
//!   window is open, no joiner window while external commissioning is
//!   allowed (`409 commissioner_busy`).

mod common;
use common::{hub, netns, otsim};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use common::wait_until_async;
use hub::Hub;
use netns::NetNs;
use serde_json::{json, Value};
use threshold::audit::AuditRecord;
use threshold::thread::border_agent::BorderAgentStatus;
use threshold::thread::ThreadHandle;

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

/// Builds the commissioner tool once per target directory (again when its
/// source is newer).
fn tool() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("tests/tools/meshcop_commissioner.c");
    let mbedtls = root.join("vendor/openthread-sys/openthread/third_party/mbedtls/repo");
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("meshcop-tool");
    let out = out_dir.join("meshcop_commissioner");
    let newer = |a: &Path, b: &Path| {
        let m = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        m(a).zip(m(b)).is_none_or(|(a, b)| a > b)
    };
    let config = root.join("tests/tools/meshcop_mbedtls_config.h");
    if !out.exists() || newer(&src, &out) || newer(&config, &out) {
        std::fs::create_dir_all(&out_dir).expect("tool dir");
        let mut sources: Vec<PathBuf> = std::fs::read_dir(mbedtls.join("library"))
            .expect("the vendored Mbed TLS source")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "c"))
            .collect();
        sources.sort();
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
        let status = Command::new(&cc)
            .args([
                "-O1",
                "-w",
                "-DMBEDTLS_CONFIG_FILE=\"meshcop_mbedtls_config.h\"",
            ])
            .arg(format!("-I{}", mbedtls.join("include").display()))
            .arg(format!("-I{}", mbedtls.join("library").display()))
            .arg(format!("-I{}", root.join("tests/tools").display()))
            .arg("-o")
            .arg(&out)
            .arg(&src)
            .args(&sources)
            .status()
            .unwrap_or_else(|e| panic!("{cc}: {e} (a C compiler is needed: scripts/setup.d)"));
        assert!(status.success(), "building the commissioner tool failed");
    }
    out
}

/// The LAN host's namespace (set once by the test).
static LAN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
/// The hub's address on the LAN (`NetNs::pair_ipv6`).
const HUB_ADDR: &str = "fd00:77::1";

/// Runs the tool on the LAN host against `[HUB_ADDR]:port` with `pskc` and
/// `steps`.
async fn commissioner(port: u16, pskc: &str, steps: &[&str]) -> (bool, Vec<String>) {
    let tool = tool();
    let lan = LAN.get().expect("the LAN namespace").clone();
    let mut args = vec![
        "netns".to_owned(),
        "exec".to_owned(),
        lan,
        tool.to_str().expect("utf-8 path").to_owned(),
        HUB_ADDR.to_owned(),
        port.to_string(),
        pskc.to_owned(),
        "threshold-test-commissioner".to_owned(),
    ];
    args.extend(steps.iter().map(|s| (*s).to_owned()));
    let out: Output = tokio::task::spawn_blocking(move || {
        Command::new("ip")
            .args(&args)
            .output()
            .expect("run the tool")
    })
    .await
    .expect("tool");
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    eprintln!("commissioner {steps:?}: {lines:?}");
    (out.status.success(), lines)
}

/// `threshold <args>` over the admin socket, on a blocking thread.
async fn cli(hub: &Hub, args: &[&str]) -> Output {
    let mut all: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    all.push("--socket".into());
    all.push(hub.socket.to_str().expect("utf-8").to_owned());
    tokio::task::spawn_blocking(move || Command::new(BIN).args(&all).output().expect("threshold"))
        .await
        .expect("cli")
}

/// The border agent's status once `pred` holds, read again on every
/// OpenThread state change and at least every 200 ms (the agent is polled).
async fn wait_agent(
    h: &ThreadHandle,
    what: &str,
    pred: impl Fn(&BorderAgentStatus) -> bool,
) -> BorderAgentStatus {
    wait_until_async(Duration::from_secs(30), what, || async {
        let st = h.status().await.expect("status");
        st.border_agent.filter(|a| pred(a))
    })
    .await
}

/// The audit record `action` with `reason` about the border agent, once
/// written (the Thread service's records come through their own task).
async fn audited(hub: &Hub, action: &str, reason: &str, after: u64) -> AuditRecord {
    let what = format!("{action} {reason}");
    wait_until_async(Duration::from_secs(30), &what, || async {
        hub.audit().await.into_iter().find(|r| {
            r.seq > after
                && r.event.action == action
                && r.event.reason == reason
                && r.event.subject == "border_agent"
        })
    })
    .await
}

async fn last_seq(hub: &Hub) -> u64 {
    hub.audit().await.last().map(|r| r.seq).unwrap_or(0)
}

/// The PSKc (TLV 4) of the active dataset, hex.
fn pskc(tlvs: &[u8]) -> String {
    let mut at = 0;
    while at + 2 <= tlvs.len() {
        let (t, len) = (tlvs[at], usize::from(tlvs[at + 1]));
        if t == 4 && len == 16 {
            return hex::encode(&tlvs[at + 2..at + 18]);
        }
        at += 2 + len;
    }
    panic!("no PSKc in the active dataset");
}

#[test]
fn an_external_commissioner_petitions_only_while_allowed() {
    // Built first: a compile error is the first thing to see.
    tool();
    let (hub_ns, lan) = NetNs::pair_ipv6("bagent");
    LAN.set(lan.name().to_owned()).expect("set once");
    let ns_name = hub_ns.name().to_owned();
    hub_ns.run(move || {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(petitions_only_while_allowed(ns_name))
    });
    drop(lan);
}

async fn petitions_only_while_allowed(ns_name: String) {
    let url = otsim::rcp_url(&ns_name, 1).to_string();
    let mut hub = Hub::start_with(|cfg| {
        cfg.thread.radio_url = url;
        cfg.thread.network_name = "ba-test".into();
        cfg.thread.reopen_min_ms = 50;
        cfg.thread.reopen_max_ms = 2000;
        // The agent is reached on the LAN; no border routing needed.
        cfg.thread.infra_interface = Some(String::new());
    })
    .await;
    let api = hub.owner().await;
    // Thread not running: nothing to allow.
    let (status, code) = hub::refused(
        hub::post(
            &api,
            "/v1/thread/commissioner/allow",
            &json!({"seconds": 60}),
        )
        .await,
    );
    assert_eq!((status, code.as_str()), (503, "unavailable"));
    let cfg = hub.cfg.clone();
    let h = hub
        .daemon
        .as_mut()
        .expect("running")
        .start_thread(&cfg, None)
        .expect("thread");
    otsim::wait_role(&h, &["leader"], Duration::from_secs(60)).await;
    let key = pskc(&h.export_dataset().await.expect("dataset"));
    let mut wrong = key.clone().into_bytes();
    wrong[0] = if wrong[0] == b'0' { b'1' } else { b'0' };
    let wrong = String::from_utf8(wrong).expect("hex");

    // 1. Before any allowance: the agent does not listen; the placeholder
    // port `_meshcop._udp` advertises answers nothing.
    let a = h
        .status()
        .await
        .expect("status")
        .border_agent
        .expect("agent");
    assert!(!a.allowed && !a.enabled && !a.listening, "{a:?}");
    assert_eq!(a.port, None);
    let (ok, lines) = commissioner(49152, &key, &["petition"]).await;
    assert!(!ok);
    assert!(lines[0].starts_with("handshake failed"), "{lines:?}");

    // A member may not allow it.
    let (_, member) = hub.invited(&api, "member", "m").await;
    let (status, code) =
        hub::refused(hub::post(&member, "/v1/thread/commissioner/allow", &json!({})).await);
    assert_eq!((status, code.as_str()), (403, "not_permitted"));

    // 2. Allowed (CLI, admin socket): the agent listens.
    let seq = last_seq(&hub).await;
    let out = cli(
        &hub,
        &[
            "thread",
            "commissioner",
            "allow",
            "--minutes",
            "5",
            "--json",
        ],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let allowed: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(allowed["allowance"]["ttl_ms"], 300_000);
    let rec = audited(&hub, "thread.commissioner_allow", "ok", seq).await;
    assert_eq!(rec.event.details["ttl_ms"], 300_000);
    let a = wait_agent(&h, "the agent listening", |a| {
        a.listening && a.port.is_some()
    })
    .await;
    let port = a.port.expect("port");
    assert!(a.allowed);
    let rec = audited(&hub, "thread.border_agent", "listening", seq).await;
    assert_eq!(rec.event.details["port"], port);
    // `thread status` shows it (CLI, human form).
    let out = cli(&hub, &["thread", "status"]).await;
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&format!("listening on udp {port}")), "{text}");

    // While allowed, no joiner window opens.
    let body = json!({
        "payload": hub::QR, "class": "low",
        "joiner": {"eui64": "18b4300000000002", "pskd": "J01NME"},
    });
    let (status, code) = hub::refused(hub::post(&api, "/v1/windows", &body).await);
    assert_eq!((status, code.as_str()), (409, "commissioner_busy"));

    // 3. A wrong PSKc: the handshake fails; counted and audited.
    let (ok, lines) = commissioner(port, &wrong, &["petition"]).await;
    assert!(!ok);
    assert!(lines[0].starts_with("handshake failed"), "{lines:?}");
    let rec = audited(&hub, "thread.ba_session", "wrong_pskc", seq).await;
    assert!(rec.event.details["failures"].as_u64().expect("count") >= 1);
    wait_agent(&h, "the failure counted", |a| a.handshake_failures >= 1).await;

    // 4. The right PSKc: petition accepted, keep-alive accepted, resign.
    let (ok, lines) = commissioner(port, &key, &["petition", "keepalive", "resign"]).await;
    assert!(ok, "{lines:?}");
    assert_eq!(lines[0], "handshake ok");
    let session: u64 = lines[1]
        .strip_prefix("petition state=1 session=")
        .unwrap_or_else(|| panic!("petition accepted: {lines:?}"))
        .parse()
        .expect("session id");
    assert_eq!(lines[2], "keepalive state=1", "{lines:?}");
    assert_eq!(lines[3], "resign state=255", "{lines:?}");
    let rec = audited(&hub, "thread.ba_session", "connected", seq).await;
    assert!(rec.event.details["peer"]
        .as_str()
        .expect("peer")
        .contains("fd00:77::2"));
    let rec = audited(&hub, "thread.commissioner_petition", "accepted", seq).await;
    assert_eq!(rec.event.details["session_id"], session);
    let rec = audited(&hub, "thread.commissioner_resign", "resigned", seq).await;
    assert_eq!(rec.event.details["session_id"], session);
    let a = wait_agent(&h, "one petition counted", |a| a.petitions >= 1).await;
    assert_eq!(a.commissioner_session_id, None, "resigned: {a:?}");

    // 5. Revoked: the agent stops; a handshake fails.
    let seq = last_seq(&hub).await;
    let out = cli(&hub, &["thread", "commissioner", "revoke"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    audited(&hub, "thread.commissioner_revoke", "ok", seq).await;
    let rec = audited(&hub, "thread.border_agent", "stopped", seq).await;
    assert_eq!(rec.event.details["detail"], "revoked");
    wait_agent(&h, "the agent stopped", |a| !a.enabled && !a.listening).await;
    let (ok, lines) = commissioner(port, &key, &["petition"]).await;
    assert!(!ok);
    assert!(lines[0].starts_with("handshake failed"), "{lines:?}");

    // 6. A short allowance: a commissioner holds its session through the
    // deadline; the agent stops at it, the session ends, and a new
    // petition fails.
    let seq = last_seq(&hub).await;
    let out = cli(
        &hub,
        &["thread", "commissioner", "allow", "--seconds", "10"],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a = wait_agent(&h, "the agent listening again", |a| {
        a.listening && a.port.is_some()
    })
    .await;
    let port = a.port.expect("port");
    let held_key = key.clone();
    let holder = tokio::spawn(async move {
        commissioner(port, &held_key, &["petition", "hold:20000", "keepalive"]).await
    });
    let rec = audited(&hub, "thread.commissioner_petition", "accepted", seq).await;
    let session = rec.event.details["session_id"].clone();
    wait_agent(&h, "the commissioner session", |a| {
        a.sessions.iter().any(|s| s.commissioner)
    })
    .await;
    let rec = audited(&hub, "thread.commissioner_revoke", "expired", seq).await;
    assert_eq!(rec.event.actor, "system");
    let rec = audited(&hub, "thread.border_agent", "stopped", seq).await;
    assert_eq!(rec.event.details["detail"], "expired");
    let rec = audited(&hub, "thread.commissioner_resign", "expired", seq).await;
    assert_eq!(rec.event.details["session_id"], session);
    let a = wait_agent(&h, "no session left", |a| {
        a.sessions.is_empty() && !a.listening
    })
    .await;
    assert!(!a.allowed);
    let (ok, lines) = holder.await.expect("holder");
    assert!(
        !ok,
        "its keep-alive after the deadline is not answered: {lines:?}"
    );
    assert!(lines[1].starts_with("petition state=1"), "{lines:?}");
    assert_eq!(
        lines.last().map(String::as_str),
        Some("keepalive no-response")
    );
    let (ok, lines) = commissioner(port, &key, &["petition"]).await;
    assert!(!ok);
    assert!(lines[0].starts_with("handshake failed"), "{lines:?}");

    // 7. One commissioner at a time: with a joiner window open, no
    // allowance.
    let w: Value = hub::ok(hub::post(&api, "/v1/windows", &body).await);
    let (status, code) =
        hub::refused(hub::post(&api, "/v1/thread/commissioner/allow", &json!({})).await);
    assert_eq!((status, code.as_str()), (409, "commissioner_busy"));
    let denied = hub
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|r| r.event.action == "thread.commissioner_allow")
        .expect("audited");
    assert_eq!(denied.event.reason, "commissioner_busy");
    let id = w["id"].as_u64().expect("window id");
    hub::delete(&api, &format!("/v1/windows/{id}")).await;
    hub::ok::<Value>(
        hub::post(
            &api,
            "/v1/thread/commissioner/allow",
            &json!({"seconds": 10}),
        )
        .await,
    );

    hub.stop().await;
}
