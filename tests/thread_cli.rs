//! `threshold run` with Thread enabled, inside a private network namespace
//! with OpenThread's simulated `ot-rcp` as its radio: the daemon forms a
//! network, `threshold thread status` / `dataset export` show it over the
//! admin socket, an `ot-cli-ftd` node attaches with the exported dataset,
//! a bad import is refused with no change, and a killed RCP is replaced
//! (audited) while the daemon keeps running.

mod common;
use common::{netns, otsim};

use std::process::Command;
use std::time::Duration;

use common::wait_until;
use netns::NetNs;
use otsim::{CliNode, ThreadDaemon};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

#[test]
fn daemon_forms_a_network_serves_the_cli_and_survives_an_rcp_kill() {
    let ns = NetNs::new("cli");
    let dir = tempfile::tempdir().unwrap();
    let mut d = ThreadDaemon::start(&ns, dir.path(), "cli-test", "");
    let st = wait_until(Duration::from_secs(60), "the hub to lead", || {
        d.status().filter(|s| s["role"] == "leader")
    });
    assert_eq!(st["network_name"], "cli-test");
    assert!(
        st["rcp_version"].as_str().unwrap().contains("SIMULATION"),
        "{st}"
    );
    // Human form.
    let o = d.cli(&["thread", "status"]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("role           leader"), "{text}");

    // Export, then a node attaches with it.
    let o = d.cli(&["thread", "dataset", "export"]);
    assert!(o.status.success());
    let dataset = String::from_utf8(o.stdout).unwrap().trim().to_owned();
    let mut node = CliNode::start(ns.name(), 2);
    node.join(&dataset, Duration::from_secs(30));
    assert_eq!(node.dataset_hex(), dataset);
    let ext = node.ext_addr();
    wait_until(Duration::from_secs(20), "the node as neighbour", || {
        d.status().filter(|s| {
            s["neighbors"]
                .as_array()
                .is_some_and(|n| n.iter().any(|n| n["ext_address"] == ext.as_str()))
        })
    });

    // A malformed import is refused locally (exit 2) and by the hub
    // (exit 1, invalid_payload), and changes nothing.
    let o = d.cli(&["thread", "dataset", "import", "0e08zz"]);
    assert_eq!(o.status.code(), Some(2));
    let o = d.cli(&["thread", "dataset", "import", &dataset[..dataset.len() - 6]]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = d.cli(&["thread", "dataset", "export"]);
    assert_eq!(String::from_utf8(o.stdout).unwrap().trim(), dataset);

    // Kill the RCP: a new one takes over, the hub leads the same partition.
    let pid = st["rcp_pid"].as_u64().unwrap() as i32;
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    let after = wait_until(Duration::from_secs(30), "a new RCP", || {
        d.status().filter(|s| {
            s["rcp_pid"].as_u64().is_some_and(|p| p as i32 != pid) && s["role"] == "leader"
        })
    });
    assert_eq!(after["partition_id"], st["partition_id"]);
    assert_eq!(after["recoveries"], 1);
    assert!(
        d.child.try_wait().unwrap().is_none(),
        "the daemon still runs"
    );
    // Every step is in the audit log (the records are written by the
    // daemon's auditor shortly after the status shows the step).
    let actions = [
        "thread.radio_up",
        "thread.network_formed",
        "thread.radio_lost",
        "thread.reopen",
        "thread.recovered",
    ];
    let log = wait_until(Duration::from_secs(20), "every step audited", || {
        let o = Command::new(BIN)
            .args(["audit", "tail", "-n", "50", "--json", "--state-dir"])
            .arg(&d.state)
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&o.stdout).into_owned();
        match actions.iter().find(|a| !log.contains(*a)) {
            None => Ok(log),
            Some(missing) => Err(format!("{missing} not audited: {log}")),
        }
    });
    // Each dataset export (it holds the network key) is audited with the
    // user who asked: the CLI acts over the admin socket as local-admin.
    let exports = log
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|r| r["action"] == "thread.dataset_export")
        .map(|r| (r["actor"].clone(), r["outcome"].clone()))
        .collect::<Vec<_>>();
    assert_eq!(
        exports,
        vec![(Value::from("user:local-admin"), Value::from("success")); 2],
        "{log}"
    );
    drop(node);
    let _ = d.child.kill();
}
