//! The hub booted as an image would boot it: a real kernel in QEMU, systemd
//! as PID 1 running `config/threshold.service` unchanged, the daemon as the
//! unprivileged `threshold` user with the radio on the guest's second
//! serial port (`spinel+hdlc+uart:///dev/ttyS1`, OpenThread's simulated RCP
//! behind it on the host), its state on a virtio disk. How the image is
//! made: tests/common/qemu.rs. Needs root (the RCP's network namespace,
//! the data disk's owner) and QEMU, a kernel and busybox from apt
//! (scripts/setup.d/60-qemu.sh); on CI a missing tool fails the test.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::device::{text, BIN};
use common::netns::NetNs;
use common::qemu::{self, leader_line, started, Boot, Guest, Image, GUEST_CONFIG};
use serde_json::Value;

/// Under TCG a boot is slow; generous bounds, never waited out on success.
const BOOT: Duration = Duration::from_secs(240);
const LEADER: Duration = Duration::from_secs(120);

struct Remote {
    api: String,
    enroll: String,
    me: std::path::PathBuf,
}

impl Remote {
    /// `threshold <args> --url <api> --cert --key --ca --json` from the
    /// host, as an owner's laptop would run it.
    fn json(&self, args: &[&str]) -> Value {
        let o = Command::new(BIN)
            .args(args)
            .args(["--url", &self.api, "--json"])
            .arg("--cert")
            .arg(self.me.join("user.pem"))
            .arg("--key")
            .arg(self.me.join("user.key"))
            .arg("--ca")
            .arg(self.me.join("ca.pem"))
            .output()
            .expect("cli");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o.stderr));
        serde_json::from_slice(&o.stdout).expect("json")
    }

    /// `GET path` over mutual TLS with the owner's certificate.
    fn get(&self, path: &str) -> Value {
        let read = |f: &str| std::fs::read(self.me.join(f)).expect("credential");
        let client = threshold::api::Client::https(
            &self.api,
            &read("ca.pem"),
            Some((&read("user.pem"), &read("user.key"))),
        )
        .expect("client");
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        let r = rt.block_on(common::hub::get(&client, path));
        assert_eq!(r.status, 200, "{path}: {:?}", r.body);
        serde_json::from_slice(&r.body).expect("json")
    }
}

fn boot(image: &Image, disk: &Path, dir: &Path, ns: &NetNs, api: u16, enroll: u16) -> Guest {
    Guest::boot(&Boot {
        image,
        disk,
        dir,
        ns,
        forwards: &[(api, 8443), (enroll, 8444)],
    })
}

fn figure(what: &str, d: Duration) {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "figure: {what}: {:.1} s (QEMU TCG)",
        d.as_secs_f64()
    );
}

#[test]
fn the_image_boots_under_systemd_keeps_its_state_through_a_power_cut_and_stops_cleanly() {
    if !nix::unistd::Uid::effective().is_root() {
        common::skip("needs root (the RCP's network namespace, the data disk's owner)");
        return;
    }
    if let Some(missing) = qemu::missing_tools() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI must have what the QEMU boot needs (scripts/setup.d/60-qemu.sh): {missing}"
        );
        common::skip(&format!(
            "missing {missing} (scripts/setup.d/60-qemu.sh installs them)"
        ));
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let me = qemu::seed_state(&tmp.path().join("host"));
    let disk = tmp.path().join("data.img");
    qemu::data_disk(&tmp.path().join("host").join("state"), &disk, 128);
    let unit = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/threshold.service");
    let image = qemu::build_image(tmp.path(), Path::new(BIN), &unit, GUEST_CONFIG);
    let ns = NetNs::new("qemu");
    let (api, enroll) = (qemu::free_port(), qemu::free_port());
    let remote = Remote {
        api: format!("https://127.0.0.1:{api}"),
        enroll: format!("https://127.0.0.1:{enroll}"),
        me,
    };

    // Boot 1: the first start on the image forms the Thread network.
    let guest = boot(&image, &disk, tmp.path(), &ns, api, enroll);
    let (_, ready) = guest.wait_console(BOOT, "Started threshold.service", started);
    figure("boot 1 -> READY", ready);
    // READY means the API answers: the first request, no retry.
    let st = remote.json(&["thread", "status"]);
    let (_, leader) = guest.seen_or_wait(LEADER, "role=leader", leader_line);
    figure("boot 1 -> leader", leader);
    assert_eq!(
        st["radio_url"],
        "spinel+hdlc+uart:///dev/ttyS1?uart-baudrate=115200"
    );
    let st = remote.json(&["thread", "status"]);
    assert_eq!(st["role"], "leader", "{st}");
    let xpan = st["ext_pan_id"].as_str().expect("xpan").to_owned();
    // Not root, in the unit's sandbox.
    let t = guest.transcript();
    assert!(!t.contains("threshold.service: Failed"), "{t}");
    // Audit records reach journald through its native protocol, with
    // their THRESHOLD_* fields (src/cli/run.rs: under systemd the stderr
    // stream leaves them out), and journald forwards them to the console.
    assert!(
        t.lines()
            .any(|l| l.contains("audit #") && l.contains("daemon.start info: ok")),
        "no audit record through journald's native protocol:\n{t}"
    );

    // A second user, enrolled over the guest's enrollment listener.
    let inv = remote.json(&["user", "invite", "--role", "member"]);
    let code = inv["code"].as_str().expect("code");
    let bob = tmp.path().join("bob");
    let o = Command::new(BIN)
        .args(["user", "enroll", "--code", code, "--name", "Bob", "--out"])
        .arg(&bob)
        .args(["--url", &remote.enroll, "--ca"])
        .arg(remote.me.join("ca.pem"))
        .output()
        .expect("enroll");
    assert_eq!(o.status.code(), Some(0), "enroll Bob: {}", text(&o.stderr));
    let before = remote.get("/v1/audit/verify");
    assert_eq!(before["intact"], true, "{before}");

    // Power cut: no shutdown, nothing flushed that was not already.
    guest.power_cut();

    // Boot 2 on the same disk.
    let guest = boot(&image, &disk, tmp.path(), &ns, api, enroll);
    let (_, ready) = guest.wait_console(BOOT, "Started threshold.service", started);
    figure("boot 2 (after the power cut) -> READY", ready);
    let (_, leader) = guest.seen_or_wait(LEADER, "role=leader", leader_line);
    figure("boot 2 (after the power cut) -> leader", leader);
    let st = remote.json(&["thread", "status"]);
    assert_eq!(st["role"], "leader", "{st}");
    assert_eq!(st["ext_pan_id"], xpan.as_str(), "the same Thread network");
    let users = remote.json(&["user", "list"]);
    let names: Vec<&str> = users
        .as_array()
        .expect("users")
        .iter()
        .filter_map(|u| u["name"].as_str())
        .collect();
    assert!(
        names.contains(&"Alice") && names.contains(&"Bob"),
        "{users}"
    );
    let after = remote.get("/v1/audit/verify");
    assert_eq!(after["intact"], true, "{after}");
    assert!(
        after["records"].as_u64() >= before["records"].as_u64(),
        "no audit record lost: {before} -> {after}"
    );

    // A clean shutdown: systemd stops the daemon with SIGTERM, it audits
    // its stop and exits 0, the guest powers off.
    let lines = guest.lines.clone();
    let status = guest.shutdown(Duration::from_secs(120));
    let t = lines.lock().expect("console").join("\n");
    assert!(
        status.is_some_and(|s| s.success()),
        "QEMU did not power off: {status:?}\n{t}"
    );
    assert!(t.contains("shutdown requested"), "{t}");
    assert!(t.contains("Stopped threshold.service"), "{t}");
    assert!(t.contains("reboot: Power down"), "{t}");
    assert!(!t.contains("threshold.service: Failed"), "{t}");
}
