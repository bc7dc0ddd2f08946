//! The daemon end to end: the real binary with signals, and the in-process
//! daemon over a real SQLite store across restarts.

mod common;

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::device_key;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use threshold::attestation::hub_key::HUB_KEY_FILE;
use threshold::commissioning::policy::{DeviceClass, Role};
use threshold::commissioning::token::{Scope, VerifyTokenError};
use threshold::commissioning::{Actor, OpenWindow};
use threshold::config::{Config, Settings};
use threshold::daemon::{Daemon, DaemonError, OWNER_CODE_FILE};

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).expect("stat").permissions().mode() & 0o777
}

#[test]
fn run_prints_the_owner_code_once_and_stops_cleanly_on_sigterm() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let state = tmp.path().join("state");
    let mut child = Command::new(BIN)
        .args(["run", "--no-thread", "--state-dir"])
        .arg(&state)
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut log = Vec::new();
    let code_line = loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("daemon logs the owner code");
        log.push(line.clone());
        if line.contains("one-time code") {
            break line;
        }
    };
    let file = state.join("run").join(OWNER_CODE_FILE);
    let code = std::fs::read_to_string(&file).expect("owner code file");
    assert!(code_line.contains(code.trim()), "{code_line}");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&state.join("threshold.db")), 0o600);
    assert_eq!(mode(&state.join(HUB_KEY_FILE)), 0o600);
    assert_eq!(mode(&state), 0o700);

    kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).expect("SIGTERM");
    let status = common::wait_exit(child, Duration::from_secs(10)).expect("exits after SIGTERM");
    assert!(status.success(), "{status:?}");
    while let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
        log.push(line);
    }
    let codes = log.iter().filter(|l| l.contains(code.trim())).count();
    assert_eq!(codes, 1, "the code is printed exactly once: {log:#?}");

    let out = Command::new(BIN)
        .args(["audit", "verify", "--state-dir"])
        .arg(&state)
        .output()
        .expect("verify");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new(BIN)
        .args(["audit", "export", "--state-dir"])
        .arg(&state)
        .output()
        .expect("export");
    let text = String::from_utf8(out.stdout).expect("utf8");
    let actions: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["action"].to_string())
        .collect();
    assert_eq!(
        actions,
        [
            "\"daemon.start\"",
            "\"enroll.bootstrap_code\"",
            "\"daemon.stop\""
        ]
    );
    assert!(
        !text.contains(code.trim()),
        "the code never reaches the audit log"
    );
}

fn config(dir: &Path) -> Settings {
    let mut cfg = Config {
        state_dir: dir.join("state"),
        ..Config::default()
    };
    // The TEST ONLY vendor is `low` by policy (unknown devices are `high`).
    cfg.commissioning
        .device_classes
        .push(common::test_vendor_row());
    Settings::try_from(cfg).expect("valid configuration")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pairing_state_survives_a_restart() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cfg = config(tmp.path());
    let d = Daemon::start(&cfg).await.expect("start");
    let code_file = cfg.runtime_dir.join(OWNER_CODE_FILE);
    let code = std::fs::read_to_string(&code_file).expect("code");
    let owner = d
        .core
        .call(move |c, now| c.enroll(now, code.trim(), "Alice", "local"))
        .await
        .expect("core")
        .expect("enroll");
    assert_eq!(owner.role, Role::Owner);
    let actor = Actor {
        user: owner.id.clone(),
        role: Role::Owner,
        channel: "local",
    };
    let key = device_key();
    let (k, a) = (key.clone(), actor.clone());
    let (setup, full) = d
        .core
        .call(move |c, now| {
            let req = OpenWindow {
                pake: common::window_pake(),
                discriminator: 3840,
                vid: 0xFFF1,
                pid: 0x8001,
                class: DeviceClass::Low,
                ttl: None,
            };
            c.open_window(now, &a, req).expect("open");
            let t = c
                .start_pake(now, "dac", 3840, 0xFFF1, 0x8001)
                .expect("start");
            let setup = c.pake_succeeded(now, t, &k).expect("admit");
            let full = c.redeem(now, &setup.token, &k).expect("redeem");
            (setup, full)
        })
        .await
        .expect("core");
    d.stop().await.expect("stop");

    // Second start: users exist, so no new code and the spent file is gone.
    let d = Daemon::start(&cfg).await.expect("restart");
    assert!(!code_file.exists(), "spent owner code file removed");
    let (k, s, f) = (key.clone(), setup.token.clone(), full.token.clone());
    let (replay, full_ok, window) = d
        .core
        .call(move |c, now| {
            let replay = c.redeem(now, &s, &k);
            let full_ok = c.verify(now, &f, &k, Scope::Full);
            let req = OpenWindow {
                pake: common::window_pake(),
                discriminator: 1,
                vid: 1,
                pid: 1,
                class: DeviceClass::Low,
                ttl: None,
            };
            let w = c.open_window(now, &actor, req).expect("open").record.id;
            (replay, full_ok, w)
        })
        .await
        .expect("core");
    assert!(
        matches!(
            replay,
            Err(threshold::commissioning::error::RedeemError::Token(
                VerifyTokenError::Replayed { .. }
            ))
        ),
        "{replay:?}"
    );
    full_ok.expect("the full token is still valid after the restart");
    assert_eq!(
        window,
        full.claims.window.next(),
        "window ids are never reused"
    );
    d.stop().await.expect("stop");

    let store = threshold::store::Store::open_readonly(&cfg.state_dir).expect("open");
    let report = store.verify_audit().expect("verify");
    assert!(report.is_intact());
    let actions: Vec<String> = store
        .audit_tail(100)
        .expect("tail")
        .into_iter()
        .map(|r| r.event.action)
        .collect();
    for a in [
        "enroll.redeem",
        "window.open",
        "pake.start",
        "pake.admit",
        "token.redeem",
        "window.close",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} audited: {actions:?}");
    }
    assert_eq!(actions.iter().filter(|a| *a == "daemon.start").count(), 2);
}

#[tokio::test]
async fn a_hub_key_readable_by_others_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cfg = config(tmp.path());
    Daemon::start(&cfg)
        .await
        .expect("start")
        .stop()
        .await
        .expect("stop");
    let key = cfg.state_dir.join(HUB_KEY_FILE);
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let err = Daemon::start(&cfg).await.expect_err("refused");
    assert!(matches!(err, DaemonError::HubKey { .. }), "{err}");
    assert!(err.to_string().contains("chmod 600"), "{err}");
}

#[tokio::test]
async fn a_corrupt_hub_key_is_refused_with_a_clear_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cfg = config(tmp.path());
    std::fs::create_dir_all(&cfg.state_dir).expect("mkdir");
    let key = cfg.state_dir.join(HUB_KEY_FILE);
    std::fs::write(&key, b"not a key").expect("write");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let err = Daemon::start(&cfg).await.expect_err("refused");
    assert!(matches!(err, DaemonError::HubKey { .. }), "{err}");
}

#[test]
fn bad_config_file_exits_2_naming_the_key() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cfg = tmp.path().join("t.toml");
    std::fs::write(&cfg, "[commissioning]\nmax_window_ttl_secs = 7200\n").expect("write");
    let out = Command::new(BIN)
        .arg("run")
        .arg("--config")
        .arg(&cfg)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("max_window_ttl_secs"), "{err}");
}

/// `[thread]` is checked with the rest of the file: a bad radio URL stops
/// `threshold run` before anything starts (no state directory is made),
/// even with Thread switched off for the run.
#[test]
fn bad_thread_radio_url_exits_2_before_anything_starts() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let state = tmp.path().join("state");
    let cfg = tmp.path().join("t.toml");
    std::fs::write(
        &cfg,
        format!("state_dir = {state:?}\n[thread]\nradio_url = \"spinel+hdlc+tcp://rcp\"\n"),
    )
    .expect("write");
    for extra in [None, Some("--no-thread")] {
        let out = Command::new(BIN)
            .arg("run")
            .arg("--config")
            .arg(&cfg)
            .args(extra)
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {err}");
        assert!(err.contains("thread.radio_url"), "{extra:?}: {err}");
        assert!(!state.exists(), "{extra:?}: nothing may start");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_write_is_never_answered_as_done_and_stops_the_driver() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let cfg = config(tmp.path());
    let d = Daemon::start(&cfg).await.expect("start");
    let code = std::fs::read_to_string(cfg.runtime_dir.join(OWNER_CODE_FILE)).expect("code");
    let owner = d
        .core
        .call(move |c, now| c.enroll(now, code.trim(), "Alice", "local"))
        .await
        .expect("core")
        .expect("enroll");
    // Another process makes every window insert fail (think: disk full).
    let conn = rusqlite::Connection::open(cfg.state_dir.join("threshold.db")).expect("open");
    conn.execute_batch(
        "CREATE TRIGGER no_windows BEFORE INSERT ON windows BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    )
    .expect("trigger");
    let actor = Actor {
        user: owner.id,
        role: Role::Owner,
        channel: "local",
    };
    let r = d
        .core
        .call(move |c, now| {
            let req = OpenWindow {
                pake: common::window_pake(),
                discriminator: 1,
                vid: 1,
                pid: 1,
                class: DeviceClass::Low,
                ttl: None,
            };
            c.open_window(now, &actor, req).map(|_| ())
        })
        .await;
    assert!(
        r.is_err(),
        "the caller must not hear 'opened' when it was not persisted: {r:?}"
    );
    let err = d
        .stop()
        .await
        .expect_err("the driver stopped on the store error");
    assert!(err.to_string().contains("disk full"), "{err}");
    conn.execute_batch("DROP TRIGGER no_windows").expect("drop");
    drop(conn);
    // Nothing of the failed batch landed: no window, no audit record of it.
    let store = threshold::store::Store::open_readonly(&cfg.state_dir).expect("open");
    assert!(store.list_open_windows().expect("windows").is_empty());
    let actions: Vec<String> = store
        .audit_tail(100)
        .expect("tail")
        .into_iter()
        .map(|r| r.event.action)
        .collect();
    assert!(!actions.iter().any(|a| a == "window.open"), "{actions:?}");
    assert!(store.verify_audit().expect("verify").is_intact());
}
