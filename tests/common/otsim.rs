//! OpenThread's simulation for tests: the simulated `ot-rcp` and
//! `ot-cli-ftd` built by `scripts/ot-sim.sh` into `target/ot-sim/bin`, an
//! RCP's radio URL and `ot-cli-ftd` nodes driven over their CLI. Each test
//! runs them in its own network namespace (tests/common/netns.rs): the
//! simulated radio is UDP multicast on 127.0.0.1 ports 9000 + node id, which
//! would collide between tests running in parallel.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};

use std::sync::mpsc;
use std::time::{Duration, Instant};
use threshold::radio::RadioUrl;
use threshold::thread::{ThreadEvent, ThreadHandle, ThreadOptions, ThreadService, ThreadStatus};

/// The hub's status once its role is one of `roles`: read again on every
/// OpenThread state change (a role change is one), for at most `within`.
pub async fn wait_role(h: &ThreadHandle, roles: &[&str], within: Duration) -> ThreadStatus {
    wait_status(h, within, &format!("a role in {roles:?}"), |st| {
        roles.contains(&st.role.as_str())
    })
    .await
}

/// The hub's status once `pred` holds for it: read again on every
/// OpenThread state change (role, network data, NAT64 and border routing
/// states are among them), for at most `within`.
pub async fn wait_status(
    h: &ThreadHandle,
    within: Duration,
    what: &str,
    pred: impl Fn(&ThreadStatus) -> bool,
) -> ThreadStatus {
    let mut changes = h.subscribe_changes();
    let deadline = tokio::time::Instant::now() + within;
    loop {
        // Seen before reading, so a change during the read is not missed.
        changes.borrow_and_update();
        let st = h.status().await.expect("status");
        if pred(&st) {
            return st;
        }
        let changed = tokio::time::timeout_at(deadline, changes.changed()).await;
        assert!(changed.is_ok(), "timed out waiting for {what}: {st:?}");
        changed
            .expect("within the deadline")
            .expect("thread service running");
    }
}

/// Starts the Thread service from a thread inside `ns`: the OpenThread
/// thread it spawns, and the sockets and interfaces it opens, are in that
/// namespace. Its events are dropped.
pub fn start_in(ns: &super::netns::NetNs, opts: ThreadOptions) -> ThreadService {
    let (tx, _events) = tokio::sync::mpsc::unbounded_channel::<ThreadEvent>();
    ns.run(move || ThreadService::start(opts, tx).expect("start"))
}

/// `target/ot-sim/bin/<name>`, built by scripts/ot-sim.sh.
pub fn ot_bin(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let p = target.join("ot-sim").join("bin").join(name);
    assert!(
        p.exists(),
        "{} missing: run scripts/ot-sim.sh (scripts/setup.sh does)",
        p.display()
    );
    p
}

/// The radio URL of a simulated RCP with `node_id` inside the namespace
/// named `ns` (`ip netns exec` execs the RCP, so the URL's process is the
/// RCP itself).
pub fn rcp_url(ns: &str, node_id: u32) -> RadioUrl {
    format!(
        "spinel+hdlc+forkpty:///usr/sbin/ip?forkpty-arg=netns&forkpty-arg=exec&forkpty-arg={ns}&forkpty-arg={}&forkpty-arg={node_id}",
        ot_bin("ot-rcp").display()
    )
    .parse()
    .expect("radio url")
}

/// A command that runs `program` inside the namespace `ns`.
pub fn ns_command(ns: &str, program: &std::path::Path) -> Command {
    let mut c = Command::new("ip");
    c.args(["netns", "exec", ns]).arg(program);
    c
}

/// An `ot-cli-ftd` node, driven over its CLI (stdin/stdout).
pub struct CliNode {
    pub id: u32,
    _dir: tempfile::TempDir,
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
}

impl CliNode {
    /// Starts node `id` in the namespace named `ns`. Spawn it from a
    /// thread that outlives it: nodes spawned from a `spawn_blocking`
    /// thread exited (status 0, the simulation's SIGHUP/SIGTERM handling)
    /// once tokio had ended that idle thread (after 10 s); spawned from the
    /// test's own thread they stay (observed, mechanism not pinned down).
    pub fn start(ns: &str, id: u32) -> CliNode {
        // The simulated node keeps its settings in ./tmp/<offset>_<id>.flash:
        // each node gets its own directory, or nodes with the same id in
        // parallel tests would share (and corrupt) one file.
        let dir = tempfile::tempdir().expect("node dir");
        let mut child = ns_command(ns, &ot_bin("ot-cli-ftd"))
            .current_dir(dir.path())
            .arg(id.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(dir.path().join("stderr")).expect("stderr file"))
            .spawn()
            .expect("spawn ot-cli-ftd");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let line = line
                    .trim_end_matches('\r')
                    .trim_start_matches("> ")
                    .to_owned();
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        CliNode {
            id,
            _dir: dir,
            child,
            stdin,
            lines,
        }
    }

    /// Runs `cmd`; returns its output lines up to `Done` (panics on
    /// `Error ...` or after 10 s).
    pub fn cmd(&mut self, cmd: &str) -> Vec<String> {
        self.try_cmd(cmd)
            .unwrap_or_else(|e| panic!("node {}: {cmd}: {e}", self.id))
    }

    pub fn try_cmd(&mut self, cmd: &str) -> Result<Vec<String>, String> {
        // Drop stale output (log lines, late ping replies).
        while self.lines.try_recv().is_ok() {}
        if let Err(e) = writeln!(self.stdin, "{cmd}") {
            let status = self.child.try_wait();
            let stderr =
                std::fs::read_to_string(self._dir.path().join("stderr")).unwrap_or_default();
            return Err(format!("{e}; node exited: {status:?}; stderr: {stderr}"));
        }
        self.stdin.flush().map_err(|e| e.to_string())?;
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut out = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self
                .lines
                .recv_timeout(left)
                .map_err(|_| format!("no Done; got {out:?}"))?;
            if line == cmd {
                continue;
            }
            if line == "Done" {
                return Ok(out);
            }
            if line.starts_with("Error") {
                return Err(line);
            }
            if !line.is_empty() {
                out.push(line);
            }
        }
    }

    pub fn state(&mut self) -> String {
        self.cmd("state").first().cloned().unwrap_or_default()
    }

    /// Attaches with `dataset_hex` and waits for a connected role.
    pub fn join(&mut self, dataset_hex: &str, within: Duration) -> String {
        self.cmd(&format!("dataset set active {dataset_hex}"));
        self.cmd("ifconfig up");
        self.cmd("thread start");
        self.wait_state(&["child", "router", "leader"], within)
    }

    pub fn wait_state(&mut self, want: &[&str], within: Duration) -> String {
        let what = format!("node {} in state {want:?}", self.id);
        super::wait_until(within, &what, || {
            let s = self.state();
            if want.contains(&s.as_str()) {
                Ok(s)
            } else {
                Err(format!("state {s:?}"))
            }
        })
    }

    /// Pings `addr` once; whether a reply came back.
    pub fn ping(&mut self, addr: &str) -> bool {
        while self.lines.try_recv().is_ok() {}
        // `ping <addr> <size> <count> <interval> <hoplimit> <timeout>`
        writeln!(self.stdin, "ping {addr} 16 1 1 64 3").expect("write ping");
        let deadline = Instant::now() + Duration::from_secs(6);
        while let Ok(line) = self
            .lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if line.contains("bytes from") {
                return true;
            }
            if line.starts_with("Done") || line.contains("packets received") {
                if line.contains("1 packets received") {
                    return true;
                }
                if line.contains("packets received") {
                    return false;
                }
            }
        }
        false
    }

    pub fn dataset_hex(&mut self) -> String {
        self.cmd("dataset active -x")
            .first()
            .cloned()
            .expect("dataset")
    }

    pub fn ext_addr(&mut self) -> String {
        self.cmd("extaddr").first().cloned().expect("extaddr")
    }

    /// The node's mesh-local EID.
    pub fn ml_eid(&mut self) -> std::net::Ipv6Addr {
        let out = self.cmd("ipaddr mleid");
        out.first()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("node {}: no ML-EID in {out:?}", self.id))
    }

    /// Counts output lines that satisfy `count` until one satisfies `end`
    /// or `within` passes; the count and whether `end` came.
    pub fn count_until(
        &mut self,
        within: Duration,
        count: impl Fn(&str) -> bool,
        end: impl Fn(&str) -> bool,
    ) -> (usize, bool) {
        let deadline = Instant::now() + within;
        let mut n = 0;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Ok(line) = self.lines.recv_timeout(left) else {
                return (n, false);
            };
            if end(&line) {
                return (n, true);
            }
            if count(&line) {
                n += 1;
            }
        }
    }

    /// The node's factory EUI-64 (its joiner id), 16 hex digits.
    pub fn eui64(&mut self) -> String {
        self.cmd("eui64").first().cloned().expect("eui64")
    }

    /// The next output line satisfying `pred` (earlier lines are
    /// consumed), waiting up to `within`; `None` on timeout. For
    /// asynchronous reports such as `Join success` after `joiner start`,
    /// or a received UDP datagram.
    pub fn wait_line(&mut self, within: Duration, pred: impl Fn(&str) -> bool) -> Option<String> {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if pred(&line) => return Some(line),
                Ok(_) => {}
                Err(_) => return None,
            }
        }
    }

    /// [`CliNode::wait_line`] that panics, naming `what`, on timeout.
    pub fn expect_line(
        &mut self,
        within: Duration,
        what: &str,
        pred: impl Fn(&str) -> bool,
    ) -> String {
        let id = self.id;
        self.wait_line(within, pred)
            .unwrap_or_else(|| panic!("node {id}: no line {what} within {within:?}"))
    }
}

impl Drop for CliNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `threshold run` with Thread on a simulated `ot-rcp` (node 1) inside a
/// namespace: its admin socket and state under a directory of the test's,
/// the API listeners off, CoAP on 127.0.0.1:0. SIGTERM on drop.
pub struct ThreadDaemon {
    /// The process.
    pub child: std::process::Child,
    /// `api.admin_socket`.
    pub socket: PathBuf,
    /// `state_dir`.
    pub state: PathBuf,
}

impl ThreadDaemon {
    /// Starts it in `ns` with its files under `dir`, the network named
    /// `network_name`, and `extra` TOML (whole sections) appended.
    pub fn start(
        ns: &super::netns::NetNs,
        dir: &std::path::Path,
        network_name: &str,
        extra: &str,
    ) -> ThreadDaemon {
        let state = dir.join("state");
        let socket = dir.join("admin.sock");
        let config = dir.join("threshold.toml");
        std::fs::write(
            &config,
            format!(
                "state_dir = {state:?}\n[api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = {socket:?}\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n[thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\nnetwork_name = \"{network_name}\"\nreopen_min_ms = 50\n{extra}",
                ot_bin("ot-rcp").display()
            ),
        )
        .expect("config");
        let child = ns
            .command(super::device::BIN)
            .args(["run", "--config"])
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn threshold run");
        ThreadDaemon {
            child,
            socket,
            state,
        }
    }

    /// `threshold <args> --socket <its admin socket>`.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        Command::new(super::device::BIN)
            .args(args)
            .arg("--socket")
            .arg(&self.socket)
            .output()
            .expect("cli")
    }

    /// `threshold thread status --json`, once the daemon answers.
    pub fn status(&self) -> Option<serde_json::Value> {
        let o = self.cli(&["thread", "status", "--json"]);
        o.status
            .success()
            .then(|| serde_json::from_slice(&o.stdout).ok())
            .flatten()
    }
}

impl Drop for ThreadDaemon {
    fn drop(&mut self) {
        if let Ok(pid) = i32::try_from(self.child.id()) {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGTERM,
            );
        }
        let _ = self.child.wait();
    }
}
