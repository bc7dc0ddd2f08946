//! The real `threshold run` binary as a child process (so its pid, RSS and
//! log are the daemon's own), on a state directory that outlives it: start,
//! read the log, find its ports, SIGKILL or stop it, start it again on the
//! same state; plus the operator's CLI against it (admin socket, `audit`
//! on the state directory) and in-process devices pairing with it over
//! CoAP over TLS (`DeviceSimulator` over `CoapExchange`, as
//! `threshold device simulate` does), with a source address of choice.

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use coap_lite::RequestType;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::Value;
use threshold::cli::simulate::CoapExchange;
use threshold::coap::client::{ClientIdentity, ClientOptions, CoapClient};
use threshold::device::{
    DeviceConfig, DeviceError, DeviceSimulator, Exchange, ExchangeError, OperationalIdentity,
    PairedDevice,
};
use threshold::pairing::coap::code_pair;

use super::device::{text, TestDevice, BIN};

/// Where a daemon keeps its state and how it is configured; survives
/// restarts.
pub struct Site {
    /// The configuration file.
    pub config: PathBuf,
    /// `state_dir`.
    pub state: PathBuf,
    /// `api.admin_socket`.
    pub socket: PathBuf,
}

impl Site {
    /// A configuration under `dir`: every listener on 127.0.0.1:0, the
    /// TEST ONLY vendor `low`, plus `extra` TOML appended (whole sections,
    /// e.g. `"[coap]\nmax_connections = 4096\n"` is not allowed since
    /// `[coap]` is already there: use `coap_extra`). The Matter node is
    /// off: these daemons run side by side in one network namespace, and
    /// only one can hold UDP 5540 (the Matter tests run theirs in
    /// namespaces of their own).
    pub fn new(dir: &Path, api_extra: &str, coap_extra: &str, extra: &str) -> Site {
        let state = dir.join("state");
        let socket = dir.join("run").join("admin.sock");
        let config = dir.join("threshold.toml");
        std::fs::write(
            &config,
            format!(
                "state_dir = {state:?}\n[api]\nlisten = \"127.0.0.1:0\"\nenroll_listen = \"127.0.0.1:0\"\nadmin_socket = {socket:?}\n{api_extra}\n[dashboard]\nlisten = \"127.0.0.1:0\"\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n{coap_extra}\n[[commissioning.device_classes]]\nvid = 0xFFF1\nclass = \"low\"\n[matter]\nenabled = false\n{extra}\n"
            ),
        )
        .expect("config");
        Site {
            config,
            state,
            socket,
        }
    }

    /// The hub CA root (DER) the daemon wrote.
    pub fn ca_der(&self) -> Vec<u8> {
        let pem = std::fs::read(self.state.join("pki").join("hub-root-ca.pem")).expect("hub CA");
        pem::parse(pem).expect("hub CA PEM").into_contents()
    }

    /// The hub CA root (PEM).
    pub fn ca_pem(&self) -> Vec<u8> {
        std::fs::read(self.state.join("pki").join("hub-root-ca.pem")).expect("hub CA")
    }

    /// `threshold <args> --socket <admin socket>`.
    pub fn cli(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .arg("--socket")
            .arg(&self.socket)
            .output()
            .expect("cli")
    }

    /// [`Site::cli`] with `--json`, which must succeed.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.push("--json");
        let o = self.cli(&a);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o.stderr));
        serde_json::from_slice(&o.stdout).expect("json")
    }

    /// `threshold device simulate` for `dev` against the daemon's CoAP
    /// over TLS address `coap` (the hub's root read from this state).
    pub fn simulate(&self, coap: SocketAddr, dev: &TestDevice) -> Output {
        Command::new(BIN)
            .args(["device", "simulate", "--state-dir"])
            .arg(&self.state)
            .args(["--hub", &coap.to_string(), "--payload", &dev.qr()])
            .arg("--dac")
            .arg(dev.dir.join("TEST-ONLY-dac-cert.pem"))
            .arg("--dac-key")
            .arg(dev.dir.join("TEST-ONLY-dac-key.pem"))
            .arg("--pai")
            .arg(dev.dir.join("TEST-ONLY-pai-cert.pem"))
            .output()
            .expect("simulate")
    }

    /// `threshold window open` for `dev` (class low) over the admin socket.
    pub fn open_window(&self, dev: &TestDevice) {
        let o = self.cli(&["window", "open", "--payload", &dev.qr(), "--class", "low"]);
        assert_eq!(o.status.code(), Some(0), "window open: {}", text(&o.stderr));
    }

    /// Every audit record in the database (`audit tail --json`, as an
    /// operator would read it; works with the daemon running or dead).
    pub fn audit(&self) -> Vec<Value> {
        let o = Command::new(BIN)
            .args(["audit", "tail", "-n", "1000000", "--json", "--state-dir"])
            .arg(&self.state)
            .output()
            .expect("audit tail");
        assert_eq!(o.status.code(), Some(0), "stderr: {}", text(&o.stderr));
        text(&o.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect()
    }

    /// `threshold audit verify`: its exit status and output.
    pub fn audit_verify(&self) -> Output {
        Command::new(BIN)
            .args(["audit", "verify", "--state-dir"])
            .arg(&self.state)
            .output()
            .expect("audit verify")
    }
}

/// `threshold run --no-thread` on a [`Site`], its log (stderr) kept.
pub struct RunningDaemon {
    child: Child,
    log: Receiver<String>,
    /// Every log line so far (ANSI colours stripped).
    pub lines: Arc<Mutex<Vec<String>>>,
    /// The CoAP over TLS address.
    pub coap: SocketAddr,
    /// The mutual-TLS API address.
    pub api: SocketAddr,
    /// The enrollment API address.
    pub enroll: SocketAddr,
}

impl RunningDaemon {
    /// Starts the daemon and waits until its CoAP listener and admin socket
    /// are up (on its log lines).
    pub fn start(site: &Site) -> RunningDaemon {
        let mut child = Command::new(BIN)
            .args(["run", "--no-thread", "--config"])
            .arg(&site.config)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn threshold run");
        let (log, lines) = collect_lines(child.stderr.take().expect("stderr"));
        let mut d = RunningDaemon {
            child,
            log,
            lines,
            coap: ([0, 0, 0, 0], 0).into(),
            api: ([0, 0, 0, 0], 0).into(),
            enroll: ([0, 0, 0, 0], 0).into(),
        };
        let (mut coap, mut api, mut enroll, mut socket) = (None, None, None, false);
        let end = Instant::now() + Duration::from_secs(60);
        while coap.is_none() || api.is_none() || enroll.is_none() || !socket {
            let left = end.saturating_duration_since(Instant::now());
            let l = match d.log.recv_timeout(left) {
                Ok(l) => l,
                Err(_) => panic!(
                    "the daemon did not come up; log:\n{}",
                    d.lines.lock().expect("log").join("\n")
                ),
            };
            if l.contains("coaps+tcp listening") {
                coap = Some(addr_in(&l));
            } else if l.contains("controller API listening") {
                api = Some(addr_in(&l));
            } else if l.contains("enrollment API listening") {
                enroll = Some(addr_in(&l));
            } else if l.contains("admin socket listening") {
                socket = true;
            }
        }
        d.coap = coap.expect("coap");
        d.api = api.expect("api");
        d.enroll = enroll.expect("enroll");
        d
    }

    /// Reads the log on until a line contains `what` (at most 60 s).
    pub fn wait_for(&self, what: &str) -> String {
        let end = Instant::now() + Duration::from_secs(60);
        loop {
            match self
                .log
                .recv_timeout(end.saturating_duration_since(Instant::now()))
            {
                Ok(l) if l.contains(what) => return l,
                Ok(_) => {}
                Err(_) => panic!("the daemon never logged {what:?}"),
            }
        }
    }

    /// Sends it `s`.
    pub fn signal(&self, s: Signal) {
        kill(self.pid(), s).expect("signal");
    }

    /// Its process id.
    pub fn pid(&self) -> Pid {
        Pid::from_raw(i32::try_from(self.child.id()).expect("pid"))
    }

    /// Its resident set size now, in KiB (`VmRSS` of /proc/<pid>/status).
    pub fn rss_kib(&self) -> u64 {
        rss_kib(self.child.id())
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Whether any log line so far says a thread panicked.
    pub fn panicked(&self) -> Option<String> {
        self.lines
            .lock()
            .expect("log")
            .iter()
            .find(|l| l.contains("panicked"))
            .cloned()
    }

    /// SIGKILL, and waits until the process is gone.
    pub fn kill(mut self) {
        kill(self.pid(), Signal::SIGKILL).expect("SIGKILL");
        let s = self.child.wait().expect("wait");
        use std::os::unix::process::ExitStatusExt;
        // It may have died on its own first: that is a failure too.
        assert_eq!(s.signal(), Some(Signal::SIGKILL as i32), "{s:?}");
    }

    /// SIGTERM; it must exit cleanly.
    pub fn stop(self) {
        kill(self.pid(), Signal::SIGTERM).expect("SIGTERM");
        let s =
            super::wait_exit(self.child, Duration::from_secs(30)).expect("the daemon did not stop");
        assert!(s.success(), "{s:?}");
    }
}

/// Reads `stream` line by line on a thread of its own (ANSI colours
/// stripped): each line is sent on the receiver and kept in the list.
pub fn collect_lines(
    stream: impl std::io::Read + Send + 'static,
) -> (Receiver<String>, Arc<Mutex<Vec<String>>>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let lines = Arc::new(Mutex::new(Vec::new()));
    let all = lines.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            let line = strip_ansi(&line);
            all.lock().expect("log").push(line.clone());
            let _ = tx.send(line);
        }
    });
    (rx, lines)
}

/// `VmRSS` of process `pid`, in KiB.
pub fn rss_kib(pid: u32) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    s.lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmRSS")
}

/// The first `127.0.0.1:<port>` in a log line.
pub fn addr_in(line: &str) -> SocketAddr {
    let port: u16 = line
        .rsplit("127.0.0.1:")
        .next()
        .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    SocketAddr::from(([127, 0, 0, 1], port))
}

/// `line` without its terminal colour sequences (`ESC [ ... m`).
pub fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// How a device in this process reaches a running daemon.
#[derive(Clone)]
pub struct Reach {
    /// The CoAP over TLS address.
    pub coap: SocketAddr,
    /// The hub CA root (DER).
    pub root_der: Vec<u8>,
    /// The source address to connect from (`None`: the kernel's choice).
    pub source: Option<IpAddr>,
}

impl Reach {
    /// Client options with `identity`.
    pub fn options(&self, identity: ClientIdentity) -> ClientOptions {
        let mut o = ClientOptions::new(&self.root_der, Some(identity));
        o.source = self.source;
        o.timeout = Duration::from_secs(20);
        o
    }

    /// A connection presenting `dev`'s DAC chain.
    pub async fn connect_dac(&self, dev: &TestDevice) -> Result<CoapClient, String> {
        let identity = ClientIdentity::from_der(
            vec![dev.chain.dac.der.clone(), dev.chain.pai.der.clone()],
            pem::parse(dev.chain.dac.key_pem.as_bytes())
                .expect("DAC key")
                .into_contents(),
        )
        .expect("DAC identity");
        CoapClient::connect(self.coap, self.options(identity))
            .await
            .map_err(|e| e.to_string())
    }

    /// A connection presenting an operational identity.
    pub async fn connect_op(&self, id: &OperationalIdentity) -> Result<CoapClient, ExchangeError> {
        let identity = ClientIdentity::from_der(
            vec![id.cert_der.clone()],
            pem::parse(id.key_pem.as_bytes())
                .map_err(|e| ExchangeError::Transport(e.to_string()))?
                .into_contents(),
        )
        .map_err(|e| ExchangeError::Transport(e.to_string()))?;
        CoapClient::connect(self.coap, self.options(identity))
            .await
            .map_err(|e| ExchangeError::Transport(e.to_string()))
    }

    /// Pairs `dev` with `passcode` (its own, or a wrong one), as
    /// `threshold device simulate` does. `redeem` receives the operational
    /// identity and the `/pair/redeem` body (the setup token) as soon as
    /// the device sends it, so a caller can replay it later.
    pub async fn pair(
        &self,
        dev: &TestDevice,
        passcode: u32,
        redeem: Option<Arc<Mutex<Option<Redeem>>>>,
    ) -> Result<PairedDevice, String> {
        let mut first = self.connect_dac(dev).await?;
        let hub_id = hub_id(&mut first).await?;
        let cfg = DeviceConfig::new(
            dev.chain.dac.der.clone(),
            passcode,
            discriminator(dev),
            1,
            hub_id,
        );
        let me = self.clone();
        let reconnect = move |id: OperationalIdentity| async move {
            let c = me.connect_op(&id).await?;
            Ok(Box::new(Recording {
                inner: CoapExchange(c),
                id,
                seen: redeem,
            }) as Box<dyn Exchange>)
        };
        DeviceSimulator::new(cfg)
            .pair(&mut CoapExchange(first), reconnect, &mut |_| {})
            .await
            .map_err(|e: DeviceError| e.to_string())
    }

    /// Replays a captured `/pair/redeem` on a new connection with its
    /// operational identity: the response code.
    pub async fn replay(&self, r: &Redeem) -> Result<(u8, u8), String> {
        let mut c = self.connect_op(&r.id).await.map_err(|e| e.to_string())?;
        let resp = c
            .request(
                RequestType::Post,
                threshold::pairing::wire::PATH_REDEEM,
                &r.body,
            )
            .await
            .map_err(|e| e.to_string())?;
        Ok(code_pair(resp.code))
    }
}

/// A `/pair/redeem` request as sent: who sent it and its body.
#[derive(Clone)]
pub struct Redeem {
    /// The operational identity of the connection it went on.
    pub id: OperationalIdentity,
    /// The CBOR body (carries the setup token).
    pub body: Vec<u8>,
}

/// An exchange that records the `/pair/redeem` body it forwards.
struct Recording {
    inner: CoapExchange,
    id: OperationalIdentity,
    seen: Option<Arc<Mutex<Option<Redeem>>>>,
}

impl Exchange for Recording {
    fn post(&mut self, path: &str, cbor: Vec<u8>) -> threshold::device::PostFuture<'_> {
        if path == threshold::pairing::wire::PATH_REDEEM {
            if let Some(seen) = &self.seen {
                *seen.lock().expect("redeem") = Some(Redeem {
                    id: self.id.clone(),
                    body: cbor.clone(),
                });
            }
        }
        self.inner.post(path, cbor)
    }

    fn exporter(&self) -> [u8; threshold::pairing::EXPORTER_LEN] {
        self.inner.exporter()
    }
}

/// `dev`'s full discriminator (a minted payload carries all 12 bits).
pub fn discriminator(dev: &TestDevice) -> u16 {
    dev.chain.setup.discriminator
}

/// `dev`'s passcode.
pub fn passcode(dev: &TestDevice) -> u32 {
    dev.chain.setup.passcode
}

/// `GET /hub` on the first connection: the hub id (SPAKE2+ `idVerifier`).
pub async fn hub_id(client: &mut CoapClient) -> Result<String, String> {
    let r = client
        .request(RequestType::Get, "/hub", &[])
        .await
        .map_err(|e| e.to_string())?;
    if code_pair(r.code) != (2, 5) {
        return Err(format!("GET /hub: {:?}", code_pair(r.code)));
    }
    threshold::coap::router::hub_id_of(&r.payload).ok_or_else(|| "no hub_id".into())
}
