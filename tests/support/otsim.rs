//! OpenThread's simulated RCP for tests: the binary built by
//! scripts/ot-sim.sh, run inside a private network namespace per test (its
//! simulated radio is UDP on 127.0.0.1 ports 9000+node id, which would
//! collide between tests running in parallel).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use threshold::radio::RadioUrl;

/// target/ot-sim/bin/<name> (CARGO_TARGET_DIR honoured, as the script does).
pub fn ot_sim_bin(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let path = target.join("ot-sim/bin").join(name);
    assert!(
        path.exists(),
        "{} is missing: run scripts/setup.sh (or scripts/ot-sim.sh)",
        path.display()
    );
    path
}

/// A network namespace deleted on drop (also when the test fails).
pub struct Netns {
    pub name: String,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn ip(args: &[&str]) {
    let st = Command::new("ip").args(args).status().expect("run ip");
    assert!(st.success(), "ip {args:?} failed");
}

impl Netns {
    /// `thr-radio-<pid>-<n>` with loopback up and multicast routed on it.
    pub fn new() -> Netns {
        let name = format!(
            "thr-radio-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        ip(&["netns", "add", &name]);
        let ns = Netns { name };
        ip(&["-n", &ns.name, "link", "set", "lo", "up"]);
        ip(&["-n", &ns.name, "link", "set", "lo", "multicast", "on"]);
        ip(&["-n", &ns.name, "route", "add", "224.0.0.0/4", "dev", "lo"]);
        ns
    }

    /// The forkpty URL that runs the simulated RCP `node` in this namespace.
    pub fn rcp_url(&self, node: u8) -> RadioUrl {
        format!(
            "spinel+hdlc+forkpty:///usr/sbin/ip?forkpty-arg=netns&forkpty-arg=exec&forkpty-arg={}&forkpty-arg={}&forkpty-arg={node}",
            self.name,
            ot_sim_bin("ot-rcp").display()
        )
        .parse()
        .expect("valid URL")
    }

    /// `ip netns exec <ns> <program> <args>` as a std command.
    pub fn command(&self, program: &std::path::Path) -> Command {
        let mut c = Command::new("ip");
        c.args(["netns", "exec", &self.name]).arg(program);
        c
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .status();
    }
}
