//! OTBR REST throughput: `GET /node/dataset/active` requests per second
//! and latency against Threshold's OTBR-compatible listener
//! (docs/otbr-rest.md) and, when one is given, against ot-br-posix's own
//! `otbr-agent`, with the same load generator in the same run, reported as
//! a ratio (docs/performance.md, "OTBR REST: Threshold vs otbr-agent").
//!
//! * Threshold: the real daemon as cargo built it for this target
//!   (`CARGO_BIN_EXE_threshold`: the release/bench profile under `cargo
//!   bench`), `threshold run --config FILE` in a network namespace of its
//!   own, Thread on OpenThread's simulated RCP (target/ot-sim/bin/ot-rcp),
//!   `[otbr_rest]` on 127.0.0.1:8081 with `allow = ["127.0.0.1"]`, mDNS and
//!   the Matter node off, its state directory under the target directory
//!   (ext4, so the audit log's fsync is real). Ready once its log says
//!   `otbr-rest: listening` and `thread: role role=leader`. Its audit
//!   records are kept off its stderr (`RUST_LOG=...,threshold::audit_log=off`):
//!   no journald here; each dataset read is still audited in SQLite.
//! * otbr-agent (`OTBR_AGENT=/path/to/otbr-agent`, built by
//!   scripts/build-otbr-agent.sh): in a second namespace with a backbone
//!   interface `bb0` (a veth pair's end), its own simulated RCP
//!   (`spinel+hdlc+forkpty://.../ot-rcp?forkpty-arg=1`), REST on
//!   127.0.0.1:8081, started in a fresh directory (the build keeps its
//!   settings in `./otbr-settings`). The bench gives it Threshold's active
//!   dataset over its own REST API (`PUT /node/dataset/active`, text/plain
//!   TLVs), then `PUT /node/state "enable"`, and waits for OpenThread's
//!   `Role ... -> leader` line in its log; both then serve the same
//!   dataset, so the answers have the same content.
//!
//! The load generator: N clients (threads of this process, inside the
//! server's namespace), each on one keep-alive HTTP/1.1 connection over
//! loopback (TCP_NODELAY), sending `GET <path>` with `Accept:` and reading
//! the whole answer (Content-Length) before sending the next one. A client
//! reconnects when the server closes the connection (`Connection: close`
//! or end of stream before an answer: cpp-httplib, otbr-agent's server,
//! ends a keep-alive connection after 100 requests); the connect then
//! counts in that request's latency, and the reconnections are reported.
//! Every answer must be `200` with exactly the bytes of the first one
//! (checked against `threshold thread dataset export` for Threshold's TLVs
//! and against Threshold's dataset for otbr-agent's), or the bench fails.
//! Each round: the clients connect, send 20 warm-up requests each, then
//! run together for `OTBR_REST_BENCH_SECS`; requests/s is the answers
//! completed in the window divided by its length; latency is per request
//! (write to last byte read). Rounds alternate between the servers; the
//! median of the rounds' rates is reported, p50/p99 (nearest rank) over
//! all their requests, and the servers' CPU time per request
//! (`/proc/<pid>/stat` of the server process: Threshold's includes its
//! audit writes, otbr-agent's its whole process).
//!
//! Series: the dataset as JSON (`Accept: application/json`, what Home
//! Assistant reads first) and as TLVs (`Accept: text/plain`), and `GET
//! /node/state` as a reference (no secret: not audited by Threshold).
//!
//! Run: `cargo bench --bench otbr_rest` (root for `ip netns`; knobs
//! `OTBR_REST_BENCH_SECS`, default 3; `OTBR_REST_BENCH_ROUNDS`, default 3;
//! `OTBR_REST_BENCH_CLIENTS`, default `1,8`); with `OTBR_AGENT=PATH` the
//! comparison, without it Threshold alone (the report says why). Without
//! `--bench` (as `cargo test --all-targets` runs it): a smoke run, 1 round
//! of 0.3 s with 1 and 2 clients, the same correctness checks. Without root
//! or the simulated RCP it prints `skipped: ...`.

#[path = "../tests/common/mod.rs"]
mod common;
use common::netns::NetNs;
use common::proc::strip_ansi;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The daemon under test, as cargo built it for this target.
const BIN: &str = env!("CARGO_BIN_EXE_threshold");
/// Where both REST servers listen, each in its own namespace.
const REST: ([u8; 4], u16) = ([127, 0, 0, 1], 8081);
const NETWORK_NAME: &str = "otbr-bench";
/// Warm-up requests per client before each measured window.
const WARMUP: usize = 20;
/// Longest wait for a server to lead (otbr-agent attaches first: ~7 s).
const LEADER_WITHIN: Duration = Duration::from_secs(120);
/// Longest wait for one answer.
const IO_TIMEOUT: Duration = Duration::from_secs(10);

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?}: not understood")),
        Err(_) => default,
    }
}

/// Says why the bench cannot run here; the caller then returns.
fn skipped(why: &str) {
    println!("otbr_rest: skipped: {why}");
    eprintln!("skipped: {why} (benches/otbr_rest.rs)");
}

// ------------------------------------------------------------ processes

/// A child process whose output lines (stdout and stderr, ANSI stripped)
/// are read as they come, for waiting on log lines.
struct Logged {
    name: &'static str,
    child: Option<Child>,
    rx: mpsc::Receiver<String>,
    history: Vec<String>,
}

impl Logged {
    /// Spawns `cmd` from a thread inside `ns` (the process is in the
    /// namespace, without an `ip netns exec` in between).
    fn spawn(name: &'static str, ns: &NetNs, mut cmd: Command) -> Logged {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = ns
            .run(move || cmd.spawn())
            .unwrap_or_else(|e| panic!("spawn {name}: {e}"));
        let (tx, rx) = mpsc::channel();
        let out = child.stdout.take().expect("stdout");
        let err = child.stderr.take().expect("stderr");
        for r in [Box::new(out) as Box<dyn Read + Send>, Box::new(err)] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(r).lines().map_while(Result::ok) {
                    if tx.send(strip_ansi(&line)).is_err() {
                        break;
                    }
                }
            });
        }
        Logged {
            name,
            child: Some(child),
            rx,
            history: Vec::new(),
        }
    }

    fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Takes the lines read so far (keeping the last 200 for a report).
    fn drain(&mut self) {
        self.history.extend(self.rx.try_iter());
        let extra = self.history.len().saturating_sub(200);
        self.history.drain(..extra);
    }

    fn tail(&mut self) -> String {
        self.drain();
        let from = self.history.len().saturating_sub(60);
        self.history[from..].join("\n")
    }

    /// Waits for the first line (since the spawn) for which `pred` holds.
    /// Panics, with the log, on timeout or if the process ends first.
    fn wait_for(&mut self, what: &str, within: Duration, pred: impl Fn(&str) -> bool) -> String {
        if let Some(l) = self.history.iter().find(|l| pred(l)) {
            return l.clone();
        }
        let deadline = Instant::now() + within;
        loop {
            match self
                .rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(l) => {
                    let hit = pred(&l);
                    self.history.push(l.clone());
                    if hit {
                        return l;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    let (name, tail) = (self.name, self.tail());
                    panic!("{name}: no {what} within {within:?}; log:\n{tail}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.as_mut().map(|c| c.try_wait());
                    let (name, tail) = (self.name, self.tail());
                    panic!("{name} exited before {what} ({status:?}); log:\n{tail}")
                }
            }
        }
    }

    /// SIGTERM, then SIGKILL if it has not exited within 10 s.
    fn stop(&mut self) {
        let Some(child) = self.child.take() else {
            return;
        };
        if let Ok(pid) = i32::try_from(child.id()) {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGTERM,
            );
        }
        let _ = common::wait_exit(child, Duration::from_secs(10));
    }
}

impl Drop for Logged {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// CPU time (user + system) of process `pid` so far.
fn cpu_of(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .unwrap_or_else(|e| panic!("/proc/{pid}/stat: {e}"));
    let rest = &stat[stat.rfind(')').expect("comm") + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f[11].parse::<u64>().expect("utime") + f[12].parse::<u64>().expect("stime");
    // Linux reports clock ticks of 10 ms (USER_HZ 100) here.
    Duration::from_millis(ticks * 10)
}

// ----------------------------------------------------------------- HTTP

/// One keep-alive HTTP/1.1 connection, answers read by Content-Length.
struct Conn {
    addr: SocketAddr,
    stream: Option<TcpStream>,
    buf: Vec<u8>,
    /// Connections opened (the first one included).
    connects: u64,
    /// Re-arm TCP_QUICKACK after every write and read (ACK at once).
    quickack: bool,
}

/// An answer: status, body, and whether the server closes the connection.
struct Answer {
    status: u16,
    body: Vec<u8>,
    close: bool,
}

impl Conn {
    fn new(addr: SocketAddr, quickack: bool) -> Conn {
        Conn {
            quickack,
            addr,
            stream: None,
            buf: Vec::with_capacity(4096),
            connects: 0,
        }
    }

    fn stream(&mut self) -> Result<&mut TcpStream, String> {
        if self.stream.is_none() {
            let s = TcpStream::connect_timeout(&self.addr, IO_TIMEOUT)
                .map_err(|e| format!("connect {}: {e}", self.addr))?;
            s.set_nodelay(true).map_err(|e| e.to_string())?;
            s.set_read_timeout(Some(IO_TIMEOUT))
                .map_err(|e| e.to_string())?;
            self.buf.clear();
            self.connects += 1;
            self.stream = Some(s);
        }
        Ok(self.stream.as_mut().expect("connected"))
    }

    /// Sends `req` and reads its answer. A connection the server closed
    /// between two requests (no byte of the answer came) is reopened and
    /// the request sent again, once.
    fn call(&mut self, req: &[u8]) -> Result<Answer, String> {
        let reused = self.stream.is_some();
        match self.try_call(req) {
            Ok(a) => Ok(a),
            Err(Closed::Early(e)) if reused => {
                self.stream = None;
                self.try_call(req).map_err(|e2| format!("{e}; then {e2}"))
            }
            Err(e) => Err(e.to_string()),
        }
    }

    fn try_call(&mut self, req: &[u8]) -> Result<Answer, Closed> {
        let quickack = self.quickack;
        let s = self.stream().map_err(Closed::Late)?;
        s.write_all(req)
            .map_err(|e| Closed::Early(format!("write: {e}")))?;
        if quickack {
            ack_at_once(s);
        }
        let a = self.read_answer();
        if !matches!(a, Ok(Answer { close: false, .. })) {
            self.stream = None;
        }
        a
    }

    fn fill(&mut self, got_any: bool) -> Result<(), Closed> {
        let mut chunk = [0u8; 4096];
        let s = self.stream.as_mut().expect("connected");
        match s.read(&mut chunk) {
            Ok(0) if got_any => Err(Closed::Late("closed mid-answer".into())),
            Ok(0) => Err(Closed::Early("closed before the answer".into())),
            Ok(n) => {
                if self.quickack {
                    ack_at_once(s);
                }
                self.buf.extend_from_slice(&chunk[..n]);
                Ok(())
            }
            Err(e) if !got_any && e.kind() == std::io::ErrorKind::ConnectionReset => {
                Err(Closed::Early(format!("read: {e}")))
            }
            Err(e) => Err(Closed::Late(format!("read: {e}"))),
        }
    }

    fn read_answer(&mut self) -> Result<Answer, Closed> {
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i;
            }
            if self.buf.len() > 16 * 1024 {
                return Err(Closed::Late("answer head over 16 KiB".into()));
            }
            let got_any = !self.buf.is_empty();
            self.fill(got_any)?;
        };
        let head = std::str::from_utf8(&self.buf[..head_end])
            .map_err(|_| Closed::Late("answer head is not UTF-8".into()))?;
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let status = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse::<u16>().ok())
            .ok_or_else(|| Closed::Late(format!("bad status line {status_line:?}")))?;
        let mut len = None;
        let mut close = false;
        for l in lines {
            let Some((k, v)) = l.split_once(':') else {
                return Err(Closed::Late(format!("bad header line {l:?}")));
            };
            let v = v.trim();
            if k.eq_ignore_ascii_case("content-length") {
                len = Some(
                    v.parse::<usize>()
                        .map_err(|_| Closed::Late(format!("bad Content-Length {v:?}")))?,
                );
            } else if k.eq_ignore_ascii_case("connection") {
                close = v.eq_ignore_ascii_case("close");
            } else if k.eq_ignore_ascii_case("transfer-encoding") {
                return Err(Closed::Late(format!("Transfer-Encoding {v} not expected")));
            }
        }
        // No Content-Length: an empty answer (204) or one ended by close.
        let len = match (len, status) {
            (Some(n), _) => n,
            (None, 204 | 304) => 0,
            (None, _) => return Err(Closed::Late(format!("no Content-Length: {head}"))),
        };
        let total = head_end + 4 + len;
        while self.buf.len() < total {
            self.fill(true)?;
        }
        let body = self.buf[head_end + 4..total].to_vec();
        self.buf.drain(..total);
        Ok(Answer {
            status,
            body,
            close,
        })
    }
}

/// TCP_QUICKACK: the kernel ACKs what arrives at once instead of
/// delaying the ACK (up to 40 ms on Linux) to piggyback it on the next
/// request. Linux clears it again on its own, hence re-armed on every
/// read and write.
fn ack_at_once(s: &TcpStream) {
    let _ = socket2::SockRef::from(s).set_tcp_quickack(true);
}

/// Why a call failed: before any byte of the answer (the server had
/// closed an idle keep-alive connection: send again) or later (an error).
enum Closed {
    Early(String),
    Late(String),
}

impl std::fmt::Display for Closed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Closed::Early(e) | Closed::Late(e) => f.write_str(e),
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let (ip, port) = REST;
    let mut r = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}.{}.{}.{}:{port}\r\n",
        ip[0], ip[1], ip[2], ip[3]
    );
    for (k, v) in headers {
        r.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method != "GET" {
        r.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    r.push_str("\r\n");
    r.push_str(body);
    r.into_bytes()
}

fn get(path: &str, accept: &str) -> Vec<u8> {
    request("GET", path, &[("Accept", accept)], "")
}

/// One request on a fresh connection from a thread inside `ns` (set-up).
fn call_in(ns: &NetNs, req: Vec<u8>) -> Result<Answer, String> {
    ns.run(move || Conn::new(SocketAddr::from(REST), false).call(&req))
}

// ---------------------------------------------------------------- servers

/// A REST server under test and the namespace it runs in.
struct Server {
    label: &'static str,
    // Field order: the process goes before its namespace.
    proc: Logged,
    ns: NetNs,
    _dir: tempfile::TempDir,
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// `threshold run` leading a network on the simulated RCP, REST on.
fn start_threshold(rcp: &Path) -> (Server, PathBuf) {
    let ns = NetNs::new("otbrb");
    // On the target directory's disk, not a tmpfs: the audit's fsync.
    let dir = tempfile::Builder::new()
        .prefix("otbr-rest-bench")
        .tempdir_in(target_dir())
        .expect("tempdir");
    let state = dir.path().join("state");
    let socket = dir.path().join("admin.sock");
    let config = dir.path().join("threshold.toml");
    std::fs::write(
        &config,
        format!(
            "state_dir = {state:?}\n\
             [api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = {socket:?}\n\
             [coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n\
             [thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\nnetwork_name = \"{NETWORK_NAME}\"\n\
             [mdns]\nenabled = false\n[matter]\nenabled = false\n\
             [otbr_rest]\nenabled = true\nlisten = \"127.0.0.1:{}\"\nallow = [\"127.0.0.1\"]\n",
            rcp.display(),
            REST.1
        ),
    )
    .expect("config");
    let mut cmd = Command::new(BIN);
    cmd.args(["run", "--config"])
        .arg(&config)
        .current_dir(dir.path())
        .env("RUST_LOG", "info,threshold::audit_log=off");
    let mut proc = Logged::spawn("threshold run", &ns, cmd);
    proc.wait_for("otbr-rest: listening", LEADER_WITHIN, |l| {
        l.contains("otbr-rest: listening")
    });
    proc.wait_for("role=leader", LEADER_WITHIN, |l| {
        l.contains("thread: role") && l.contains("role=leader")
    });
    (
        Server {
            label: "Threshold",
            proc,
            ns,
            _dir: dir,
        },
        socket,
    )
}

/// otbr-agent leading `dataset_tlvs` on its own simulated RCP.
fn start_otbr(agent: &Path, rcp: &Path, dataset_tlvs: &str) -> Server {
    let ns = NetNs::new("otbra");
    // Border routing needs an infrastructure interface: one end of a veth
    // pair inside the namespace (no `dummy` driver on every kernel).
    for args in [
        ["link", "add", "bb0", "type", "veth", "peer", "name", "bb1"].as_slice(),
        ["link", "set", "bb1", "up"].as_slice(),
        ["link", "set", "bb0", "up"].as_slice(),
    ] {
        let o = Command::new("ip")
            .args(["-n", ns.name()])
            .args(args)
            .output()
            .expect("ip");
        assert!(o.status.success(), "ip {args:?}: {o:?}");
    }
    let dir = tempfile::Builder::new()
        .prefix("otbr-agent-bench")
        .tempdir_in(target_dir())
        .expect("tempdir");
    let mut cmd = Command::new(agent);
    cmd.args(["-I", "wpan0", "-B", "bb0", "-d", "6", "-v", "-s"])
        .args(["--rest-listen-address", "127.0.0.1"])
        .args(["--rest-listen-port", &REST.1.to_string()])
        .arg(format!(
            "spinel+hdlc+forkpty://{}?forkpty-arg=1",
            rcp.display()
        ))
        // Its settings go to ./otbr-settings (scripts/build-otbr-agent.sh).
        .current_dir(dir.path());
    let mut proc = Logged::spawn("otbr-agent", &ns, cmd);
    proc.wait_for("its REST server starting", LEADER_WITHIN, |l| {
        l.contains("RestWebServer listening")
    });
    // It logs before `listen()` binds, in its server thread, and nothing
    // marks the bind: the connect is polled.
    common::wait_until(Duration::from_secs(20), "otbr-agent's REST port", || {
        ns.run(|| TcpStream::connect(SocketAddr::from(REST)).is_ok())
    });
    // Home Assistant's way: the dataset while Thread is off, then enable.
    let put = request(
        "PUT",
        "/node/dataset/active",
        &[("Content-Type", "text/plain")],
        dataset_tlvs,
    );
    let a = call_in(&ns, put).expect("PUT /node/dataset/active to otbr-agent");
    assert!(
        matches!(a.status, 200 | 201),
        "otbr-agent PUT /node/dataset/active: {} {}",
        a.status,
        String::from_utf8_lossy(&a.body)
    );
    let enable = request(
        "PUT",
        "/node/state",
        &[("Content-Type", "application/json")],
        "\"enable\"",
    );
    let a = call_in(&ns, enable).expect("PUT /node/state to otbr-agent");
    assert_eq!(
        a.status,
        200,
        "otbr-agent PUT /node/state: {}",
        String::from_utf8_lossy(&a.body)
    );
    // OpenThread's MLE logs each role change: `Role detached -> leader`.
    proc.wait_for("OpenThread's `-> leader`", LEADER_WITHIN, |l| {
        l.contains("Role") && l.contains("-> leader")
    });
    Server {
        label: "otbr-agent",
        proc,
        ns,
        _dir: dir,
    }
}

impl Server {
    fn get(&self, path: &str, accept: &str) -> Answer {
        let a = call_in(&self.ns, get(path, accept))
            .unwrap_or_else(|e| panic!("{}: GET {path}: {e}", self.label));
        assert_eq!(
            a.status,
            200,
            "{}: GET {path} ({accept}): {}",
            self.label,
            String::from_utf8_lossy(&a.body)
        );
        a
    }
}

// ------------------------------------------------------------- the load

/// What one round measured.
struct Round {
    answers: u64,
    window: Duration,
    lat: Vec<Duration>,
    reconnects: u64,
    cpu: Duration,
}

/// N clients on `server` for `secs`: every answer must be `200` with
/// exactly `expected`.
fn round(
    server: &Server,
    req: &[u8],
    expected: &[u8],
    clients: usize,
    quickack: bool,
    secs: f64,
) -> Round {
    let req = Arc::new(req.to_vec());
    let expected = Arc::new(expected.to_vec());
    let pid = server.proc.pid();
    let label = server.label;
    server.ns.run(move || {
        let start = Arc::new(Barrier::new(clients + 1));
        let window = Duration::from_secs_f64(secs);
        let handles: Vec<_> = (0..clients)
            .map(|_| {
                let (req, expected, start) = (req.clone(), expected.clone(), start.clone());
                std::thread::spawn(move || -> Result<(Vec<Duration>, Instant, u64), String> {
                    let mut c = Conn::new(SocketAddr::from(REST), quickack);
                    let check = |a: Answer| -> Result<(), String> {
                        if a.status == 200 && a.body == *expected {
                            Ok(())
                        } else {
                            Err(format!(
                                "answer {} {:?}",
                                a.status,
                                String::from_utf8_lossy(&a.body)
                            ))
                        }
                    };
                    let warm = (0..WARMUP).try_for_each(|_| check(c.call(&req)?));
                    start.wait();
                    warm?;
                    let t0 = Instant::now();
                    let deadline = t0 + window;
                    let mut lat = Vec::with_capacity(1 << 14);
                    let mut last = t0;
                    let connects = c.connects;
                    while last < deadline {
                        let t = Instant::now();
                        check(c.call(&req)?)?;
                        last = Instant::now();
                        lat.push(last - t);
                    }
                    Ok((lat, last, c.connects - connects))
                })
            })
            .collect();
        start.wait();
        let cpu0 = cpu_of(pid);
        let t0 = Instant::now();
        let mut out = Round {
            answers: 0,
            window: Duration::ZERO,
            lat: Vec::new(),
            reconnects: 0,
            cpu: Duration::ZERO,
        };
        let mut end = t0;
        for h in handles {
            let (lat, last, reconnects) = h
                .join()
                .expect("client thread")
                .unwrap_or_else(|e| panic!("{label}: {e}"));
            out.answers += lat.len() as u64;
            out.lat.extend(lat);
            out.reconnects += reconnects;
            end = end.max(last);
        }
        out.cpu = cpu_of(pid).saturating_sub(cpu0);
        out.window = end - t0;
        out
    })
}

/// The `p` quantile (nearest rank) of sorted samples.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64) * p).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// A server's rounds of one series, summed up.
struct Summary {
    rates: Vec<f64>,
    median: f64,
    p50: Duration,
    p99: Duration,
    answers: u64,
    reconnects: u64,
    cpu_us: f64,
}

fn summarize(rounds: Vec<Round>) -> Summary {
    let mut rates: Vec<f64> = rounds
        .iter()
        .map(|r| r.answers as f64 / r.window.as_secs_f64())
        .collect();
    let shown = rates.clone();
    rates.sort_by(f64::total_cmp);
    let median = rates[rates.len() / 2];
    let answers = rounds.iter().map(|r| r.answers).sum::<u64>();
    let cpu = rounds.iter().map(|r| r.cpu).sum::<Duration>();
    let reconnects = rounds.iter().map(|r| r.reconnects).sum();
    let mut lat: Vec<Duration> = rounds.into_iter().flat_map(|r| r.lat).collect();
    lat.sort();
    Summary {
        rates: shown,
        median,
        p50: percentile(&lat, 0.50),
        p99: percentile(&lat, 0.99),
        answers,
        reconnects,
        cpu_us: cpu.as_secs_f64() * 1e6 / answers.max(1) as f64,
    }
}

// ------------------------------------------------------------ checks

/// The (type, value) TLVs of a hex dataset, sorted by type.
fn tlvs(hex_text: &str) -> Vec<(u8, Vec<u8>)> {
    let bytes = hex::decode(hex_text.trim()).unwrap_or_else(|e| panic!("{hex_text:?}: {e}"));
    let mut out = Vec::new();
    let mut rest = &bytes[..];
    while let [t, l, tail @ ..] = rest {
        let l = *l as usize;
        assert!(tail.len() >= l, "truncated TLV in {hex_text}");
        out.push((*t, tail[..l].to_vec()));
        rest = &tail[l..];
    }
    assert!(rest.is_empty(), "trailing byte in {hex_text}");
    out.sort();
    out
}

/// The JSON fields of an active dataset that both servers must agree on.
const SAME_JSON: [&str; 7] = [
    "NetworkKey",
    "NetworkName",
    "ExtPanId",
    "PanId",
    "Channel",
    "MeshLocalPrefix",
    "PSKc",
];

fn json_of(label: &str, body: &[u8]) -> Value {
    serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{label}: not JSON ({e}): {}", String::from_utf8_lossy(body)))
}

// ------------------------------------------------------------------ main

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not
    // and gets the smoke run.
    let full = std::env::args().any(|a| a == "--bench");
    let secs: f64 = env_or("OTBR_REST_BENCH_SECS", if full { 3.0 } else { 0.3 });
    let rounds: usize = env_or("OTBR_REST_BENCH_ROUNDS", if full { 3 } else { 1 }).max(1);
    let clients: Vec<usize> = std::env::var("OTBR_REST_BENCH_CLIENTS")
        .unwrap_or_else(|_| if full { "1,8" } else { "1,2" }.into())
        .split(',')
        .map(|n| n.trim().parse().expect("OTBR_REST_BENCH_CLIENTS: numbers"))
        .collect();

    if !nix::unistd::geteuid().is_root() {
        return skipped("needs root (ip netns)");
    }
    if Command::new("ip").arg("-V").output().is_err() {
        return skipped("`ip` (iproute2) not found");
    }
    let rcp = target_dir().join("ot-sim").join("bin").join("ot-rcp");
    if !rcp.exists() {
        return skipped(&format!(
            "{} not built (run scripts/ot-sim.sh)",
            rcp.display()
        ));
    }
    let agent = std::env::var_os("OTBR_AGENT").map(PathBuf::from);
    if let Some(a) = &agent {
        assert!(
            a.exists(),
            "OTBR_AGENT={}: no such file (scripts/build-otbr-agent.sh builds it)",
            a.display()
        );
    }

    let (threshold, socket) = start_threshold(&rcp);
    // Threshold's dataset, checked against the CLI's export.
    let export = Command::new(BIN)
        .args(["thread", "dataset", "export", "--socket"])
        .arg(&socket)
        .output()
        .expect("threshold thread dataset export");
    assert!(export.status.success(), "dataset export: {export:?}");
    let exported = String::from_utf8_lossy(&export.stdout).trim().to_owned();
    let t_tlvs = threshold.get("/node/dataset/active", "text/plain").body;
    let t_tlvs = String::from_utf8(t_tlvs).expect("TLVs are text");
    assert_eq!(
        tlvs(&t_tlvs),
        tlvs(&exported),
        "GET /node/dataset/active (text/plain) is the exported dataset"
    );
    let t_json = json_of(
        "Threshold",
        &threshold
            .get("/node/dataset/active", "application/json")
            .body,
    );
    assert_eq!(t_json["NetworkName"], NETWORK_NAME, "{t_json}");
    let t_state = threshold.get("/node/state", "application/json").body;
    assert_eq!(t_state, b"\"leader\"", "Threshold's /node/state");

    let mut servers = vec![threshold];
    let skip_reason = match &agent {
        None => Some(
            "OTBR_AGENT is not set (build one with scripts/build-otbr-agent.sh, \
             then OTBR_AGENT=/work/otbr/build/src/agent/otbr-agent)"
                .to_owned(),
        ),
        Some(a) => {
            let otbr = start_otbr(a, &rcp, &t_tlvs);
            let o_tlvs = otbr.get("/node/dataset/active", "text/plain").body;
            // It serves what it was given, plus the TLVs its OpenThread adds
            // (the Wake-up Channel TLV, type 74).
            let o_tlvs = tlvs(&String::from_utf8_lossy(&o_tlvs));
            let extra: Vec<u8> = o_tlvs
                .iter()
                .filter(|t| !tlvs(&t_tlvs).contains(t))
                .map(|(t, _)| *t)
                .collect();
            for t in tlvs(&t_tlvs) {
                assert!(
                    o_tlvs.contains(&t),
                    "otbr-agent's dataset lacks TLV {t:?}: {o_tlvs:?}"
                );
            }
            println!("otbr-agent: active dataset as given, plus TLV type(s) {extra:?}");
            let o_json = json_of(
                "otbr-agent",
                &otbr.get("/node/dataset/active", "application/json").body,
            );
            // This otbr-agent writes camelCase keys (`networkKey`) where
            // Threshold writes the PascalCase of the older resource.cpp
            // (docs/otbr-rest.md); hex digits in either case.
            let norm = |v: Option<&Value>| v.map(|v| v.to_string().to_lowercase());
            let field = |j: &Value, k: &str| {
                j.as_object()
                    .and_then(|o| o.iter().find(|(n, _)| n.eq_ignore_ascii_case(k)))
                    .map(|(_, v)| v.clone())
            };
            for k in SAME_JSON {
                let (o, t) = (field(&o_json, k), field(&t_json, k));
                assert!(
                    t.is_some() && norm(o.as_ref()) == norm(t.as_ref()),
                    "{k}: otbr-agent {o_json} Threshold {t_json}"
                );
            }
            let o_state = otbr.get("/node/state", "application/json").body;
            assert_eq!(o_state, b"\"leader\"", "otbr-agent's /node/state");
            servers.push(otbr);
            None
        }
    };

    let series: [(&str, &str, &str); 3] = [
        ("dataset, JSON", "/node/dataset/active", "application/json"),
        ("dataset, TLVs", "/node/dataset/active", "text/plain"),
        ("state (reference)", "/node/state", "application/json"),
    ];
    // Each server's expected answer per series: its own first answer
    // (checked above to carry the same dataset).
    let expected: Vec<Vec<Vec<u8>>> = servers
        .iter()
        .map(|s| series.iter().map(|(_, p, a)| s.get(p, a).body).collect())
        .collect();
    for (s, e) in servers.iter().zip(&expected) {
        println!(
            "{}: pid {}; answers: dataset JSON {} bytes, TLVs {} bytes, state {} bytes",
            s.label,
            s.proc.pid(),
            e[0].len(),
            e[1].len(),
            e[2].len()
        );
    }

    println!(
        "OTBR REST, {rounds} round(s) of {secs} s per server and series, rounds alternating, \
         keep-alive HTTP/1.1 clients on loopback ({}):",
        if full { "bench" } else { "smoke" }
    );
    println!(
        "{:<18} {:<8} {:>7} {:<11} {:>10} {:>9} {:>9} {:>10} {:>10} {:>9}  rounds req/s",
        "series",
        "ACKs",
        "clients",
        "server",
        "req/s",
        "p50 us",
        "p99 us",
        "answers",
        "reconnect",
        "CPU us/req"
    );
    let mut ratios = Vec::new();
    // "delayed": the kernel's default ACK behaviour, as any client (Home
    // Assistant's aiohttp included) gets; "at once": TCP_QUICKACK, which
    // takes the delayed-ACK stall of a server that writes an answer in
    // two segments without TCP_NODELAY out of the figure.
    for (acks, quickack) in [("delayed", false), ("at once", true)] {
        for &n in &clients {
            for (si, (name, path, accept)) in series.iter().enumerate() {
                let req = get(path, accept);
                let mut per_server: Vec<Vec<Round>> = servers.iter().map(|_| Vec::new()).collect();
                for _ in 0..rounds {
                    for (i, s) in servers.iter().enumerate() {
                        per_server[i].push(round(s, &req, &expected[i][si], n, quickack, secs));
                    }
                }
                let sums: Vec<Summary> = per_server.into_iter().map(summarize).collect();
                for (s, sum) in servers.iter().zip(&sums) {
                    assert!(sum.answers > 0, "{}: no answer", s.label);
                    println!(
                    "{:<18} {:<8} {:>7} {:<11} {:>10.0} {:>9.0} {:>9.0} {:>10} {:>10} {:>9.1}  {}",
                    name,
                    acks,
                    n,
                    s.label,
                    sum.median,
                    sum.p50.as_secs_f64() * 1e6,
                    sum.p99.as_secs_f64() * 1e6,
                    sum.answers,
                    sum.reconnects,
                    sum.cpu_us,
                    sum.rates
                        .iter()
                        .map(|r| format!("{r:.0}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                }
                if let [t, o] = &sums[..] {
                    ratios.push(format!(
                        "{name}, ACKs {acks}, {n} client(s): req/s {:.2}, p50 {:.2}, p99 {:.2}",
                        t.median / o.median,
                        t.p50.as_secs_f64() / o.p50.as_secs_f64(),
                        t.p99.as_secs_f64() / o.p99.as_secs_f64()
                    ));
                }
            }
        }
    }
    match skip_reason {
        Some(why) => println!("otbr-agent comparison skipped: {why}"),
        None => {
            println!(
                "ratio Threshold / otbr-agent (medians of the rounds; latency: >1 is slower):"
            );
            for r in ratios {
                println!("  {r}");
            }
        }
    }
    for mut s in servers {
        s.proc.stop();
    }
}
