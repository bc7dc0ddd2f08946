//! `_meshcop._udp` end to end, in a private network namespace (loopback
//! with multicast): the real `threshold run` with Thread (OpenThread's
//! simulated `ot-rcp` as radio) and mDNS on `lo`, and python-zeroconf as
//! the independent browser (tests/interop/zeroconf_resolve.py, TXT values
//! as hex of their bytes).
//!
//! * Once the hub leads its network, the record's every TXT key decodes to
//!   the hub's state as `threshold thread status --json` and `threshold
//!   thread dataset export` show it (`nn`, `xp`, `xa`, `pt`, `at`), the
//!   constant keys (`rv`, `tv`, `vn`, `mn`), the border agent id of
//!   `<state_dir>/border-agent-id` (`id`), and the `sb` bits (connection
//!   mode, interface status, availability, role); no other key.
//! * A new dataset (other network name, extended PAN id, active
//!   timestamp) imported while running: the record follows, every key
//!   checked again.
//! * `thread commissioner allow` turns connection mode 1 (PSKc) on, on the
//!   border agent's own UDP port; when the allowance expires it is back to
//!   mode 0 on 49152.
//! * A graceful stop sends a goodbye: the browser drops the instance at
//!   once (its TTL is minutes).
//! * A restart on the same state publishes the same border agent id.

mod common;
use common::{netns, otsim};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::wait_until;
use netns::{python, NetNs, Proc};
use otsim::ot_bin;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_threshold");
const INSTANCE: &str = "Meshcop Test Hub";
const HOST: &str = "meshcop-hub";
const FULL_NAME: &str = "Meshcop Test Hub._meshcop._udp.local.";
/// A goodbye must be seen well before the records' TTLs run out.
const GOODBYE: Duration = Duration::from_secs(5);

fn write_config(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let state = dir.join("state");
    let socket = dir.join("admin.sock");
    let config = dir.join("threshold.toml");
    std::fs::write(
        &config,
        format!(
            "state_dir = {state:?}\n[api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = {socket:?}\n[dashboard]\nlisten = \"\"\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n[mdns]\nenabled = true\ninterfaces = [\"lo\"]\ninstance_name = \"{INSTANCE}\"\nhost_name = \"{HOST}\"\n[thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\nnetwork_name = \"meshcop-test\"\nreopen_min_ms = 50\n",
            ot_bin("ot-rcp").display()
        ),
    )
    .unwrap();
    (config, state, socket)
}

fn cli(socket: &Path, args: &[&str]) -> Option<String> {
    let o = Command::new(BIN)
        .args(args)
        .arg("--socket")
        .arg(socket)
        .output()
        .unwrap();
    o.status
        .success()
        .then(|| String::from_utf8(o.stdout).unwrap())
}

fn status(socket: &Path) -> Option<Value> {
    cli(socket, &["thread", "status", "--json"]).and_then(|s| serde_json::from_str(&s).ok())
}

/// The value of TLV `t` in a Thread dataset (TLVs of type u8, length u8).
fn tlv(dataset: &[u8], t: u8) -> Option<Vec<u8>> {
    let mut at = 0;
    while at + 2 <= dataset.len() {
        let len = usize::from(dataset[at + 1]);
        let v = dataset.get(at + 2..at + 2 + len)?;
        if dataset[at] == t {
            return Some(v.to_vec());
        }
        at += 2 + len;
    }
    None
}

fn txt_of(line: &Value) -> BTreeMap<String, Vec<u8>> {
    line["txt_hex"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), hex::decode(v.as_str().unwrap()).unwrap()))
        .collect()
}

fn sb_of(txt: &BTreeMap<String, Vec<u8>>) -> u32 {
    u32::from_be_bytes(txt["sb"].as_slice().try_into().unwrap())
}

fn tlv_bytes(t: u8, v: &[u8]) -> Vec<u8> {
    let mut out = vec![t, v.len() as u8];
    out.extend_from_slice(v);
    out
}

/// Waits for the browser to resolve the hub's record with the leader role
/// bits and `also` true (it may first see it while the hub is still
/// detached).
fn leader_record(browser: &mut Proc, also: impl Fn(&BTreeMap<String, Vec<u8>>) -> bool) -> Value {
    let line = browser.wait_line(Duration::from_secs(60), "the leader's record", |l| {
        let v: Value = serde_json::from_str(l).unwrap();
        (v["event"] == "added" || v["event"] == "updated")
            && v["name"] == FULL_NAME
            && (sb_of(&txt_of(&v)) >> 9) & 3 == 3
            && also(&txt_of(&v))
    });
    serde_json::from_str(&line).unwrap()
}

/// Checks every key of `rec` against the hub's state read now (status and
/// active dataset, which it returns) and the border agent id.
fn check_record(rec: &Value, socket: &Path, agent_id: &[u8]) -> Vec<u8> {
    let st = status(socket).unwrap();
    assert_eq!(st["role"], "leader");
    let dataset = hex::decode(
        cli(socket, &["thread", "dataset", "export"])
            .unwrap()
            .trim(),
    )
    .unwrap();
    assert_eq!(rec["port"], 49152, "{rec}");
    assert_eq!(rec["server"], format!("{HOST}.local."), "{rec}");
    let txt = txt_of(rec);
    let keys: Vec<&str> = txt.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["at", "id", "mn", "nn", "pt", "rv", "sb", "tv", "vn", "xa", "xp"],
        "{rec}"
    );
    assert_eq!(txt["rv"], b"1");
    assert_eq!(txt["tv"], b"1.4.0");
    assert_eq!(txt["vn"], b"Threshold");
    assert_eq!(txt["mn"], b"Threshold Hub");
    assert_eq!(txt["id"], agent_id);
    assert_eq!(txt["nn"], st["network_name"].as_str().unwrap().as_bytes());
    assert_eq!(txt["nn"], tlv(&dataset, 3).unwrap());
    assert_eq!(
        txt["xp"],
        hex::decode(st["ext_pan_id"].as_str().unwrap()).unwrap()
    );
    assert_eq!(txt["xp"], tlv(&dataset, 2).unwrap());
    assert_eq!(
        txt["xa"],
        hex::decode(st["ext_address"].as_str().unwrap()).unwrap()
    );
    assert_eq!(
        txt["pt"],
        (st["partition_id"].as_u64().unwrap() as u32).to_be_bytes()
    );
    assert_eq!(txt["at"], tlv(&dataset, 14).unwrap());
    assert_eq!(txt["at"].len(), 8);
    // sb: connection mode 0 (no border agent), interface 2 (attached),
    // availability 1 (high), BBR bits 0, role 3 (leader), ePSKc 0.
    let sb = sb_of(&txt);
    assert_eq!(sb & 0b111, 0, "connection mode, sb={sb:#x}");
    assert_eq!((sb >> 3) & 0b11, 2, "interface status, sb={sb:#x}");
    assert_eq!((sb >> 5) & 0b11, 1, "availability, sb={sb:#x}");
    assert_eq!((sb >> 7) & 0b11, 0, "BBR, sb={sb:#x}");
    assert_eq!((sb >> 9) & 0b11, 3, "role, sb={sb:#x}");
    assert_eq!(sb >> 11, 0, "sb={sb:#x}");
    dataset
}

fn start_daemon(ns: &NetNs, config: &Path) -> Proc {
    let mut cmd = ns.command(BIN);
    cmd.args(["run", "--config"]).arg(config);
    Proc::spawn("threshold", cmd)
}

/// python-zeroconf resolving `_meshcop._udp` in `ns`, once it is ready.
fn resolver(ns: &NetNs) -> Proc {
    let mut cmd = ns.command(python());
    cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/zeroconf_resolve.py"))
        .arg(&ns.addr)
        .arg("_meshcop._udp.local.");
    let mut p = Proc::spawn("zeroconf resolver", cmd);
    p.wait_line(Duration::from_secs(20), "browser ready", |l| {
        l.contains("\"ready\"")
    });
    p
}

#[test]
fn meshcop_record_matches_the_hub_state_and_goes_on_stop() {
    let ns = NetNs::new("meshcop");
    let dir = tempfile::tempdir().unwrap();
    let (config, state, socket) = write_config(dir.path());
    let mut browser = resolver(&ns);
    let mut hub = start_daemon(&ns, &config);
    let st = wait_until(Duration::from_secs(60), "the hub to lead", || {
        status(&socket).filter(|s| s["role"] == "leader")
    });
    let rec = leader_record(&mut browser, |_| true);
    let agent_id = std::fs::read(state.join("border-agent-id")).unwrap();
    assert_eq!(agent_id.len(), 16);
    let dataset = check_record(&rec, &socket, &agent_id);
    assert_eq!(st["network_name"], "meshcop-test");
    assert_eq!(txt_of(&rec)["nn"], b"meshcop-test");

    // The state changes (a new dataset: other name, extended PAN id and
    // active timestamp): the record follows.
    let mut next = Vec::new();
    let mut at = 0;
    while at < dataset.len() {
        let (t, end) = (dataset[at], at + 2 + usize::from(dataset[at + 1]));
        match t {
            3 => next.extend_from_slice(&tlv_bytes(3, b"meshcop-two")),
            2 => next.extend_from_slice(&tlv_bytes(2, &[0xde, 0xad, 0, 1, 2, 3, 4, 5])),
            14 => {
                let ts = u64::from_be_bytes(dataset[at + 2..end].try_into().unwrap());
                next.extend_from_slice(&tlv_bytes(14, &(ts + (1 << 16)).to_be_bytes()));
            }
            _ => next.extend_from_slice(&dataset[at..end]),
        }
        at = end;
    }
    cli(
        &socket,
        &["thread", "dataset", "import", &hex::encode(&next)],
    )
    .expect("import");
    wait_until(
        Duration::from_secs(60),
        "the hub to lead the new network",
        || status(&socket).filter(|s| s["role"] == "leader" && s["network_name"] == "meshcop-two"),
    );
    let rec = leader_record(&mut browser, |txt| txt["nn"] == b"meshcop-two");
    let now = check_record(&rec, &socket, &agent_id);
    assert_eq!(now, next);
    assert_eq!(txt_of(&rec)["xp"], [0xde, 0xad, 0, 1, 2, 3, 4, 5]);

    // External commissioning allowed (for the shortest time): connection
    // mode 1 (PSKc) on the border agent's real port; once it expired, mode
    // 0 on the placeholder again. (Not a revoke right after: an update
    // within a second of the previous one is not reported by the browser.)
    cli(
        &socket,
        &["thread", "commissioner", "allow", "--seconds", "10"],
    )
    .expect("allow");
    let agent_port = wait_until(
        Duration::from_secs(30),
        "the border agent to listen",
        || status(&socket).and_then(|s| s["border_agent"]["port"].as_u64()),
    );
    let line = browser.wait_line(Duration::from_secs(30), "mode 1 on the agent's port", |l| {
        let v: Value = serde_json::from_str(l).unwrap();
        (v["event"] == "added" || v["event"] == "updated")
            && v["name"] == FULL_NAME
            && sb_of(&txt_of(&v)) & 0b111 == 1
            && v["port"] == agent_port
    });
    let rec: Value = serde_json::from_str(&line).unwrap();
    assert_ne!(agent_port, 49152);
    assert_eq!((sb_of(&txt_of(&rec)) >> 9) & 3, 3, "still the leader");
    wait_until(Duration::from_secs(40), "the allowance to expire", || {
        status(&socket).filter(|s| s["border_agent"]["listening"] == false)
    });
    // A browser that starts now resolves mode 0 on the placeholder. (The
    // running one is not asked: python-zeroconf reported no update for the
    // return to records it had cached before the mode-1 update.)
    let mut fresh = resolver(&ns);
    fresh.wait_line(Duration::from_secs(30), "mode 0 on the placeholder", |l| {
        let v: Value = serde_json::from_str(l).unwrap();
        (v["event"] == "added" || v["event"] == "updated")
            && v["name"] == FULL_NAME
            && sb_of(&txt_of(&v)) & 0b111 == 0
            && v["port"] == 49152
    });
    fresh.terminate();

    // Graceful stop: the goodbye removes it at once.
    let code = hub.terminate();
    assert!(code.success(), "{code:?}");
    browser.wait_line(GOODBYE, "the goodbye", |l| {
        let v: Value = serde_json::from_str(l).unwrap();
        v["event"] == "removed" && v["name"] == FULL_NAME
    });

    // Restart on the same state: the same border agent id.
    let mut hub = start_daemon(&ns, &config);
    let rec = leader_record(&mut browser, |_| true);
    assert_eq!(txt_of(&rec)["id"], agent_id);
    assert_eq!(
        std::fs::read(state.join("border-agent-id")).unwrap(),
        agent_id
    );
    assert!(hub.terminate().success());
}
