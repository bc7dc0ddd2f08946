//! The CLI against the real `threshold run` binary, over its admin socket
//! (and once over mutual TLS), with a temporary state directory.
//!
//! No device can pair yet (the CoAP transport is another issue), so the
//! device commands are tested on an empty hub: the listing, and the
//! refusal of `approve` (`no_such_device`, exit 1).

mod common;
use common::proc::{RunningDaemon, Site};

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_threshold");
const QR: &str = "MT:-24J0AFN00KA0648G00";

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).expect("stat").permissions().mode() & 0o777
}

/// The daemon (tests/common/proc) with this test's CLI helpers.
struct Daemon {
    run: RunningDaemon,
    state: PathBuf,
    socket: PathBuf,
}

impl Daemon {
    /// Starts it on a [`Site`] under `dir`; returns once its listeners and
    /// admin socket are up.
    fn start(dir: &Path) -> Daemon {
        let site = Site::new(dir, "", "", "");
        let run = RunningDaemon::start(&site);
        Daemon {
            run,
            state: site.state,
            socket: site.socket,
        }
    }

    /// The mutual-TLS API's port.
    fn api_port(&self) -> u16 {
        self.run.api.port()
    }

    fn cli(&self, args: &[&str]) -> Output {
        self.cli_with(args, None, |_| {})
    }

    fn cli_with(
        &self,
        args: &[&str],
        stdin: Option<&str>,
        tweak: impl FnOnce(&mut Command),
    ) -> Output {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .arg("--socket")
            .arg(&self.socket)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        tweak(&mut cmd);
        let mut child = cmd.spawn().expect("spawn cli");
        let mut input = child.stdin.take().expect("stdin");
        if let Some(s) = stdin {
            input.write_all(s.as_bytes()).expect("write stdin");
        }
        drop(input);
        child.wait_with_output().expect("cli")
    }

    fn stop(self) {
        let socket = self.socket.clone();
        self.run.stop();
        assert!(!socket.exists(), "the admin socket is removed at shutdown");
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", text(&o.stderr));
    text(&o.stdout)
}

fn refused(o: &Output, code: &str) {
    assert_eq!(
        o.status.code(),
        Some(1),
        "stdout: {} stderr: {}",
        text(&o.stdout),
        text(&o.stderr)
    );
    assert!(
        text(&o.stderr).contains(&format!("refused: {code}:")),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn cli_drives_a_running_daemon_over_its_admin_socket() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let socket = tmp.path().join("run").join("admin.sock");
    let d = Daemon::start(tmp.path());
    let port = d.api_port();
    assert_eq!(mode(&socket), 0o600);

    // Windows: from a QR code; from a manual code read on stdin.
    let out = ok(&d.cli(&["window", "open", "--payload", QR, "--class", "low"]));
    assert!(
        out.contains(
            "window 1 open for discriminator 3840 (vendor 0xfff1 product 0x8001, low risk)"
        ),
        "{out}"
    );
    let o = d.cli(&["window", "open", "--payload", QR, "--class", "high"]);
    refused(&o, "window_already_open");
    let o = d.cli_with(
        &[
            "window",
            "open",
            "--payload",
            "-",
            "--class",
            "medium",
            "--json",
        ],
        Some("3497-011-2332\n"),
        |_| {},
    );
    refused(&o, "vid_pid_required");
    let o = d.cli_with(
        &[
            "window",
            "open",
            "--payload",
            "-",
            "--class",
            "medium",
            "--vid",
            "0xFFF1",
            "--pid",
            "0x8001",
            "--discriminator",
            "3841",
            "--ttl",
            "120",
            "--json",
        ],
        Some("3497-011-2332\n"),
        |_| {},
    );
    let w: Value = serde_json::from_str(&ok(&o)).expect("json");
    assert_eq!(
        (w["id"].as_u64(), w["discriminator"].as_u64()),
        (Some(2), Some(3841))
    );
    let list = ok(&d.cli(&["window", "list"]));
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[0].starts_with("ID  DISC  VID"), "{list}");
    assert_eq!(lines.len(), 3, "{list}");
    assert!(
        lines[1].contains("local-admin") && lines[1].contains("3840"),
        "{list}"
    );
    let ws: Value = serde_json::from_str(&ok(&d.cli(&["window", "list", "--json"]))).expect("json");
    assert_eq!(ws.as_array().map(Vec::len), Some(2));
    assert!(ok(&d.cli(&["window", "close", "1"])).contains("window 1 closed"));
    refused(&d.cli(&["window", "close", "1"]), "no_such_window");

    // Devices: none can pair yet; the listing and approve's refusal.
    let list = ok(&d.cli(&["device", "list"]));
    assert_eq!(list.trim(), "ID  STATE  CLASS  VID  PID  UPDATED  REASON");
    assert_eq!(ok(&d.cli(&["device", "list", "--json"])).trim(), "[]");
    refused(&d.cli(&["device", "approve", "deadbeef"]), "no_such_device");
    refused(&d.cli(&["device", "show", "deadbeef"]), "no_such_device");
    assert_eq!(d.cli(&["device", "show", "a/b"]).status.code(), Some(2));

    // Users: an invite, enrollment through the socket (key made here),
    // then the same user over mutual TLS.
    let inv = ok(&d.cli(&["user", "invite", "--role", "member", "--json"]));
    let inv: Value = serde_json::from_str(&inv).expect("json");
    let code = inv["code"].as_str().expect("code").to_owned();
    let out_dir = tmp.path().join("me");
    let o = d.cli(&[
        "user",
        "enroll",
        "--code",
        &code,
        "--name",
        "Carol",
        "--out",
        out_dir.to_str().expect("utf8"),
    ]);
    assert!(
        ok(&o).contains("enrolled Carol as member"),
        "{}",
        text(&o.stdout)
    );
    for (f, m) in [("user.key", 0o600), ("user.pem", 0o600), ("ca.pem", 0o644)] {
        assert_eq!(mode(&out_dir.join(f)), m, "{f}");
    }
    let o = d.cli(&[
        "user",
        "enroll",
        "--code",
        &code,
        "--name",
        "Carol",
        "--out",
        out_dir.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "never replaces a key: {}",
        text(&o.stderr)
    );
    let other = tmp.path().join("other");
    refused(
        &d.cli(&[
            "user",
            "enroll",
            "--code",
            &code,
            "--name",
            "Carol",
            "--out",
            other.to_str().expect("utf8"),
        ]),
        "code_used",
    );
    assert!(!other.exists(), "nothing written on a refusal");
    let users: Value =
        serde_json::from_str(&ok(&d.cli(&["user", "list", "--json"]))).expect("json");
    assert_eq!(users[0]["name"], "Carol");
    let p = |f: &str| out_dir.join(f).to_str().expect("utf8").to_owned();
    let remote = Command::new(BIN)
        .args([
            "window",
            "list",
            "--url",
            &format!("https://127.0.0.1:{port}"),
            "--cert",
            &p("user.pem"),
            "--key",
            &p("user.key"),
            "--ca",
            &p("ca.pem"),
            "--json",
        ])
        .output()
        .expect("remote");
    let ws: Value = serde_json::from_str(&ok(&remote)).expect("json");
    assert_eq!(ws.as_array().map(Vec::len), Some(1));
    let remote = Command::new(BIN)
        .args([
            "device",
            "approve",
            "x",
            "--url",
            &format!("https://127.0.0.1:{port}"),
            "--cert",
            &p("user.pem"),
            "--key",
            &p("user.key"),
            "--ca",
            &p("ca.pem"),
        ])
        .output()
        .expect("remote");
    refused(&remote, "not_permitted");

    // The audit log (read-only, while the daemon runs) is intact.
    let o = Command::new(BIN)
        .args(["audit", "verify", "--state-dir"])
        .arg(&d.state)
        .output()
        .expect("verify");
    assert!(ok(&o).contains("audit log intact"));
    d.stop();
}

/// `threshold user invites | cancel-invite`, and a revoked admin's invite
/// refused and audited, against the real binary.
#[test]
fn invites_are_listed_cancelled_and_die_with_their_creator() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = Daemon::start(tmp.path());
    let port = d.api_port();
    let json = |o: &Output| -> Value { serde_json::from_str(&ok(o)).expect("json") };

    // An admin, enrolled through the socket, who then invites over mTLS.
    let inv = json(&d.cli(&["user", "invite", "--role", "admin", "--json"]));
    let code = inv["code"].as_str().expect("code").to_owned();
    let dir = tmp.path().join("admin");
    let me = json(&d.cli(&[
        "user",
        "enroll",
        "--code",
        &code,
        "--name",
        "Ada",
        "--out",
        dir.to_str().expect("utf8"),
        "--json",
    ]));
    let admin_id = me["user_id"].as_str().expect("id").to_owned();
    let p = |f: &str| dir.join(f).to_str().expect("utf8").to_owned();
    let remote = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .args(["--url", &format!("https://127.0.0.1:{port}")])
            .args(["--cert", &p("user.pem"), "--key", &p("user.key")])
            .args(["--ca", &p("ca.pem")])
            .output()
            .expect("remote")
    };
    let theirs = json(&remote(&["user", "invite", "--role", "member", "--json"]));
    let their_code = theirs["code"].as_str().expect("code").to_owned();
    let their_id = theirs["id"].as_str().expect("id").to_owned();
    assert!(!their_code.contains(&their_id) && their_id.len() == 16);
    let mine = json(&d.cli(&["user", "invite", "--role", "guest", "--json"]));
    let my_id = mine["id"].as_str().expect("id").to_owned();

    // Both are listed (never with their code), by the socket and the admin.
    let text = ok(&d.cli(&["user", "invites"]));
    assert!(text.contains(&their_id) && text.contains(&my_id), "{text}");
    assert!(!text.contains(&their_code), "{text}");
    let listed = json(&remote(&["user", "invites", "--json"]));
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");

    // Cancel one; a second cancel and an unknown id are refused clearly.
    let out = ok(&d.cli(&["user", "cancel-invite", &my_id]));
    assert!(out.contains(&format!("cancelled invite {my_id}")), "{out}");
    refused(
        &d.cli(&["user", "cancel-invite", &my_id]),
        "invite_not_pending",
    );
    refused(
        &d.cli(&["user", "cancel-invite", "0123456789abcdef"]),
        "no_such_invite",
    );

    // Revoking the admin cancels their invite: redeeming it is refused.
    ok(&d.cli(&["user", "revoke", &admin_id]));
    assert_eq!(ok(&d.cli(&["user", "invites", "--json"])).trim(), "[]");
    let out_dir = tmp.path().join("late");
    refused(
        &d.cli(&[
            "user",
            "enroll",
            "--code",
            &their_code,
            "--name",
            "Mallory",
            "--out",
            out_dir.to_str().expect("utf8"),
        ]),
        "code_cancelled",
    );
    assert!(!out_dir.exists(), "nothing written on a refusal");

    // Every step is in the audit log, which stays intact.
    let o = Command::new(BIN)
        .args(["audit", "tail", "-n", "50", "--json", "--state-dir"])
        .arg(&d.state)
        .output()
        .expect("tail");
    let records: Vec<Value> = ok(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect();
    let has = |action: &str, reason: &str, subject: &str| {
        records.iter().any(|r| {
            r["action"] == action
                && r["reason"] == reason
                && r["subject"].as_str().is_some_and(|s| s.contains(subject))
        })
    };
    assert!(has("enroll.invite_list", "ok", "invites"));
    assert!(has("enroll.invite_cancel", "ok", &my_id));
    assert!(has("enroll.invite_cancel", "invite_not_pending", &my_id));
    assert!(has(
        "enroll.invite_cancel",
        "no_such_invite",
        "0123456789abcdef"
    ));
    assert!(has("enroll.invite_cancel", "creator_revoked", &their_id));
    assert!(has("enroll.redeem", "code_cancelled", "code"));
    let o = Command::new(BIN)
        .args(["audit", "verify", "--state-dir"])
        .arg(&d.state)
        .output()
        .expect("verify");
    assert!(ok(&o).contains("audit log intact"));
    d.stop();
}

#[test]
fn a_connection_error_exits_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let o = Command::new(BIN)
        .args(["window", "list", "--socket"])
        .arg(tmp.path().join("none.sock"))
        .output()
        .expect("cli");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("cannot connect"),
        "{}",
        text(&o.stderr)
    );
    let o = Command::new(BIN)
        .args(["window", "open", "--class", "low"])
        .output()
        .expect("cli");
    assert_eq!(o.status.code(), Some(2), "usage error");
}

/// A peer of another uid is refused by SO_PEERCRED even when the socket
/// file lets it connect (needs root to run as another uid).
#[test]
fn the_admin_socket_refuses_other_uids() {
    use std::os::unix::process::CommandExt;
    if !nix::unistd::geteuid().is_root() {
        common::skip("needs root to connect as another uid");
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = Daemon::start(tmp.path());
    // The daemon made its socket's directory private: opened up here.
    let socket = d.socket.clone();
    let open = socket.parent().expect("socket dir").to_owned();
    for p in [tmp.path(), &open] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    let o = d.cli_with(&["window", "list"], None, |c| {
        c.uid(65534).gid(65534);
    });
    refused(&o, "peer_not_permitted");
    d.run.wait_for("admin socket: refused a peer");
    // Root is accepted.
    ok(&d.cli(&["window", "list"]));
    d.stop();
}
