//! The daemon under a service manager (docs/systemd.md): the real
//! `threshold run` binary with `NOTIFY_SOCKET` pointing at a unix datagram
//! socket this test binds, as systemd's is. It must send `READY=1` only
//! once its API answers (and, with Thread, once the RCP answered),
//! `STOPPING=1` on SIGTERM, and `WATCHDOG=1` every half `WATCHDOG_USEC`
//! when `WATCHDOG_PID` is its own pid, but not while its store is stuck.
//! Every wait is a receive with a timeout as its failure bound.

mod common;

use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::netns::NetNs;
use common::otsim::ot_bin;
use common::proc::{addr_in, collect_lines, Site};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

/// How long a start may take on a loaded machine.
const START: Duration = Duration::from_secs(60);

/// One notification datagram: its `KEY=value` lines in order.
#[derive(Debug, Clone)]
struct Message(Vec<(String, String)>);

impl Message {
    fn parse(bytes: &[u8]) -> Message {
        let text = String::from_utf8_lossy(bytes);
        Message(
            text.lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        )
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn has(&self, key: &str, value: &str) -> bool {
        self.get(key) == Some(value)
    }
}

/// The service manager's end: a bound datagram socket.
struct Manager {
    sock: UnixDatagram,
    path: PathBuf,
}

impl Manager {
    fn bind(dir: &Path) -> Manager {
        let path = dir.join("notify.sock");
        let sock = UnixDatagram::bind(&path).expect("bind the notify socket");
        Manager { sock, path }
    }

    /// The next datagram within `within`, or `None`.
    fn next(&self, within: Duration) -> Option<Message> {
        let within = within.max(Duration::from_millis(1));
        self.sock.set_read_timeout(Some(within)).expect("timeout");
        let mut buf = [0u8; 4096];
        match self.sock.recv(&mut buf) {
            Ok(n) => Some(Message::parse(&buf[..n])),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                None
            }
            Err(e) => panic!("notify socket: {e}"),
        }
    }

    /// Reads datagrams until one satisfies `pred` (at most `within`);
    /// returns the ones before it and it.
    fn wait(
        &self,
        within: Duration,
        what: &str,
        pred: impl Fn(&Message) -> bool,
    ) -> (Vec<Message>, Message) {
        let end = Instant::now() + within;
        let mut before = Vec::new();
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.next(left) {
                Some(m) if pred(&m) => return (before, m),
                Some(m) => before.push(m),
                None => panic!("no {what} within {within:?}; got {before:#?}"),
            }
        }
    }
}

/// `threshold run` with the service manager's variables, its log kept.
struct Service {
    child: Option<Child>,
    log: Receiver<String>,
    lines: Arc<Mutex<Vec<String>>>,
}

/// How the watchdog variables are set.
enum Watchdog {
    Off,
    /// `WATCHDOG_USEC`, with `WATCHDOG_PID` the daemon's own pid.
    Own(u64),
    /// `WATCHDOG_USEC`, with `WATCHDOG_PID` another process's.
    Other(u64),
}

impl Service {
    /// Starts `threshold run --config <config> <args>` (inside `ns` if
    /// given). `WATCHDOG_PID=$$` is set by a shell that then execs the
    /// daemon, so it is the daemon's pid, as systemd sets it.
    fn start(
        ns: Option<&NetNs>,
        config: &Path,
        args: &[&str],
        notify: &Manager,
        watchdog: Watchdog,
    ) -> Service {
        let script = match watchdog {
            Watchdog::Own(usec) => {
                format!("WATCHDOG_USEC={usec} WATCHDOG_PID=$$ exec \"$0\" \"$@\"")
            }
            Watchdog::Other(usec) => {
                format!("WATCHDOG_USEC={usec} WATCHDOG_PID=1 exec \"$0\" \"$@\"")
            }
            Watchdog::Off => "exec \"$0\" \"$@\"".to_owned(),
        };
        let mut cmd = match ns {
            Some(ns) => ns.command("sh"),
            None => Command::new("sh"),
        };
        let mut child = cmd
            .args(["-c", &script, BIN, "run", "--config"])
            .arg(config)
            .args(args)
            .env("NOTIFY_SOCKET", &notify.path)
            .env_remove("WATCHDOG_USEC")
            .env_remove("WATCHDOG_PID")
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn threshold run");
        let (log, lines) = collect_lines(child.stderr.take().expect("stderr"));
        Service {
            child: Some(child),
            log,
            lines,
        }
    }

    fn pid(&self) -> Pid {
        let id = self.child.as_ref().expect("running").id();
        Pid::from_raw(i32::try_from(id).expect("pid"))
    }

    fn log_text(&self) -> String {
        self.lines.lock().expect("log").join("\n")
    }

    /// Reads the log on until a line contains `what` (at most `within`).
    fn wait_log(&self, what: &str, within: Duration) -> String {
        let end = Instant::now() + within;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.log.recv_timeout(left) {
                Ok(l) if l.contains(what) => return l,
                Ok(_) => {}
                Err(_) => panic!("never logged {what:?}:\n{}", self.log_text()),
            }
        }
    }

    /// SIGTERM, then its exit status (at most 30 s).
    fn terminate(&mut self) -> std::process::ExitStatus {
        kill(self.pid(), Signal::SIGTERM).expect("SIGTERM");
        let child = self.child.take().expect("running");
        common::wait_exit(child, Duration::from_secs(30)).expect("exits after SIGTERM")
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// `threshold <args> --socket <admin socket>`, which must succeed.
fn admin(socket: &Path, args: &[&str]) -> Value {
    let o = Command::new(BIN)
        .args(args)
        .arg("--socket")
        .arg(socket)
        .arg("--json")
        .output()
        .expect("cli");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("json")
}

#[test]
fn ready_comes_after_the_api_answers_and_stopping_on_sigterm() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = Site::new(dir.path(), "", "", "");
    let manager = Manager::bind(dir.path());
    let mut svc = Service::start(
        None,
        &site.config,
        &["--no-thread"],
        &manager,
        Watchdog::Off,
    );

    let (before, ready) = manager.wait(START, "READY=1", |m| m.has("READY", "1"));
    // Nothing but status lines before it.
    assert!(
        before
            .iter()
            .all(|m| m.0.iter().all(|(k, _)| k == "STATUS")),
        "{before:#?}"
    );
    let status = ready.get("STATUS").expect("READY carries a STATUS line");
    assert!(status.starts_with("ready"), "{status}");
    // At once, without retrying: the admin socket answers a request, and
    // the mutual-TLS API it names accepts a connection.
    let windows = admin(&site.socket, &["window", "list"]);
    assert!(windows.is_array(), "{windows}");
    let api = addr_in(status);
    std::net::TcpStream::connect(api).expect("the API named in STATUS accepts");
    assert!(
        svc.log_text().contains("controller API listening"),
        "{}",
        svc.log_text()
    );

    let status = svc.terminate();
    assert!(status.success(), "{status:?}");
    let (_, stopping) = manager.wait(Duration::from_secs(1), "STOPPING=1", |m| {
        m.has("STOPPING", "1")
    });
    assert!(stopping.get("STATUS").is_some(), "{stopping:?}");
    // No watchdog was asked for: none was petted.
    while let Some(m) = manager.next(Duration::from_millis(1)) {
        assert!(m.get("WATCHDOG").is_none(), "{m:?}");
    }
}

#[test]
fn the_watchdog_is_petted_while_the_store_answers_and_not_while_it_is_stuck() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = Site::new(dir.path(), "", "", "");
    let manager = Manager::bind(dir.path());
    // 400 ms: a keep-alive every 200 ms.
    let interval = Duration::from_millis(400);
    let mut svc = Service::start(
        None,
        &site.config,
        &["--no-thread"],
        &manager,
        Watchdog::Own(interval.as_micros() as u64),
    );
    svc.wait_log("systemd watchdog", START);
    manager.wait(START, "READY=1", |m| m.has("READY", "1"));
    // Keep-alives keep coming (every 200 ms; the bound is for a loaded
    // machine).
    for _ in 0..5 {
        manager.wait(Duration::from_secs(2), "WATCHDOG=1", |m| {
            m.has("WATCHDOG", "1")
        });
    }

    // The store stalls: another connection holds SQLite's write lock, so
    // the next write (an invite, audited) waits on it (up to the store's
    // 5 s busy timeout), and the core driver with it.
    let db = rusqlite::Connection::open(site.state.join("threshold.db")).expect("open db");
    db.execute_batch("BEGIN IMMEDIATE")
        .expect("take the write lock");
    let socket = site.socket.clone();
    let invite = std::thread::spawn(move || {
        Command::new(BIN)
            .args(["user", "invite", "--role", "member", "--json", "--socket"])
            .arg(&socket)
            .output()
            .expect("cli")
    });
    svc.wait_log(
        "watchdog: the daemon did not answer",
        Duration::from_secs(4),
    );
    // The keep-alive before the failed probe was sent before it was
    // logged: drain those, then a whole interval passes without one.
    while manager.next(Duration::from_millis(1)).is_some() {}
    let quiet = manager.next(interval);
    assert!(
        quiet.is_none(),
        "a keep-alive while the store is stuck: {quiet:?}"
    );
    db.execute_batch("ROLLBACK").expect("release the lock");
    // The write goes through; the keep-alives resume.
    let out = invite.join().expect("invite thread");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    manager.wait(Duration::from_secs(5), "WATCHDOG=1 again", |m| {
        m.has("WATCHDOG", "1")
    });

    let status = svc.terminate();
    assert!(status.success(), "{status:?}");
    manager.wait(Duration::from_secs(1), "STOPPING=1", |m| {
        m.has("STOPPING", "1")
    });
}

#[test]
fn a_watchdog_meant_for_another_pid_is_not_petted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let site = Site::new(dir.path(), "", "", "");
    let manager = Manager::bind(dir.path());
    let mut svc = Service::start(
        None,
        &site.config,
        &["--no-thread"],
        &manager,
        Watchdog::Other(200_000),
    );
    manager.wait(START, "READY=1", |m| m.has("READY", "1"));
    // The watchdog is decided before anything starts: by READY the log
    // would say it runs.
    svc.wait_log("threshold::daemon: ready", START);
    assert!(
        !svc.log_text().contains("systemd watchdog"),
        "{}",
        svc.log_text()
    );
    let status = svc.terminate();
    assert!(status.success(), "{status:?}");
    let (before, _) = manager.wait(Duration::from_secs(1), "STOPPING=1", |m| {
        m.has("STOPPING", "1")
    });
    assert!(
        before.iter().all(|m| m.get("WATCHDOG").is_none()),
        "{before:#?}"
    );
}

/// With Thread on OpenThread's simulated RCP (in a network namespace of
/// its own, tests/common/otsim.rs): READY=1 only once the radio answered,
/// and the RCP the daemon spawned does not inherit the notify socket.
#[test]
fn with_thread_ready_waits_for_the_radio() {
    if !nix::unistd::Uid::effective().is_root() {
        common::skip("network namespaces need root");
        return;
    }
    let ns = NetNs::new("notify");
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    let socket = dir.path().join("admin.sock");
    let config = dir.path().join("threshold.toml");
    std::fs::write(
        &config,
        format!(
            "state_dir = {state:?}\n[api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = {socket:?}\n[dashboard]\nlisten = \"\"\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n[matter]\nenabled = false\n[thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\nnetwork_name = \"notify-test\"\n",
            ot_bin("ot-rcp").display()
        ),
    )
    .expect("config");
    let manager = Manager::bind(dir.path());
    let mut svc = Service::start(Some(&ns), &config, &[], &manager, Watchdog::Own(2_000_000));
    let (before, ready) = manager.wait(START, "READY=1", |m| m.has("READY", "1"));
    assert!(
        before.iter().any(|m| m
            .get("STATUS")
            .is_some_and(|s| s.contains("waiting for the Thread radio"))),
        "{before:#?}"
    );
    let line = ready.get("STATUS").expect("STATUS");
    assert!(line.contains("Thread"), "{line}");
    // At once: the radio is up.
    let st = admin(&socket, &["thread", "status"]);
    assert_ne!(st["role"], "down", "{st}");
    assert!(
        st["rcp_version"]
            .as_str()
            .is_some_and(|v| v.contains("SIMULATION")),
        "{st}"
    );
    // The RCP runs without the service manager's variables.
    let rcp = st["rcp_pid"].as_u64().expect("rcp pid");
    let env = std::fs::read(format!("/proc/{rcp}/environ")).expect("RCP environment");
    let env = String::from_utf8_lossy(&env);
    assert!(!env.contains("NOTIFY_SOCKET="), "{env}");
    assert!(!env.contains("WATCHDOG_"), "{env}");
    // The daemon itself keeps them (and pets).
    manager.wait(Duration::from_secs(5), "WATCHDOG=1", |m| {
        m.has("WATCHDOG", "1")
    });

    let status = svc.terminate();
    assert!(status.success(), "{status:?}\n{}", svc.log_text());
    manager.wait(Duration::from_secs(1), "STOPPING=1", |m| {
        m.has("STOPPING", "1")
    });
}
