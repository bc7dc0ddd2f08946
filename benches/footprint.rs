//! The daemon's footprint as a hub vendor measures it, on the binary cargo
//! builds for it (`CARGO_BIN_EXE_threshold`: under `cargo bench` the
//! optimized bench/release profile), run as a child process (`threshold
//! run --config FILE`) inside a private network namespace per run
//! (tests/common/netns.rs): OpenThread's simulation is UDP on 127.0.0.1
//! ports 9000 + node id, and the Matter node binds UDP 5540.
//!
//! The configuration is the daemon's defaults except: `state_dir` in a
//! fresh temporary directory, every TCP/UDP listener of the API and CoAP on
//! 127.0.0.1:0 (the namespace's loopback), `[thread] enabled = true` with
//! the simulated RCP `target/ot-sim/bin/ot-rcp` by absolute path. The
//! Matter node, mDNS (on `lo`), the Thread interface (`wpan0`, created in
//! the namespace), the connection limits and the anomaly thresholds keep
//! their defaults.
//!
//! Each run (`FOOTPRINT_RUNS`, default 5) measures:
//!
//! 1. the binary's size, unstripped and stripped (a copy, `strip` from
//!    binutils; without `strip` the stripped size is reported missing),
//!    and the size of `.text.hot`, the functions `link/resident-text.ld`
//!    placed first (`readelf`; far below the list's own figure means the
//!    list is stale: docs/performance.md, "Resident text");
//! 2. fresh start -> leader: a new empty state directory, from the spawn
//!    of `threshold run` to its log line `thread: role role=leader`
//!    (RUST_LOG=info, ANSI stripped), waited on, never polled;
//! 3. idle RSS: `VmRSS` / `VmHWM` of the daemon (`/proc/<pid>/status`)
//!    once it leads, after it has not grown for 3 consecutive 1-second
//!    samples (at most 30 s);
//! 4. RSS with `FOOTPRINT_DEVICES` (default 500) paired devices: the owner
//!    enrolls with the one-time code (as an app would, over the enrollment
//!    listener), sets the TEST ONLY vendor `low` in the device-class policy,
//!    trusts the devices' PAA (file + `POST /v1/pki/reload`) and opens one
//!    window per device over the mutual-TLS API (`POST /v1/windows` with the
//!    device's QR code: the hub derives a fresh SPAKE2+ record at the
//!    default PBKDF2 count); the devices pair over CoAP over TLS in batches
//!    of 16 (each from its own loopback address, so the default per-peer
//!    limit holds), as benches/support/coap_pairing.rs and `threshold device
//!    simulate` do (DAC chain, `GET /hub`, SPAKE2+, operational certificate,
//!    `/pair/redeem`), except that each device derives its PBKDF2 itself
//!    (the hub's windows carry their own salts), and each then registers one
//!    mDNS service (`POST /svc`, `_http._tcp`), as a paired device announced
//!    on the LAN; then the RSS as in 3, and how long the pairing took;
//! 5. restart -> leader on saved settings, without children: SIGTERM (the
//!    daemon must exit 0), the old RCP gone, the same command again, spawn
//!    -> `role=leader`;
//! 6. restart -> leader with children: two simulated nodes in the same
//!    namespace attach with the hub's dataset (`threshold thread dataset
//!    export` over the admin socket): node 2 a minimal end device (`mode
//!    rn`, cannot become a router), node 3 a full Thread device (`mode rdn`)
//!    whose router upgrade threshold is set to 0 so that it stays a child
//!    (OpenThread's 120 s router selection jitter is a random delay of 1 to
//!    120 s, not a guarantee). Once `threshold thread status` lists both as
//!    children, the daemon restarts as in 5; per node: its role and RLOC16
//!    before / right after the hub leads again, `counters mle` (Attach
//!    Attempts, Parent Changes, Role Detached, Partition Id Changes) before
//!    and after, and whether it pings the hub's mesh-local EID afterwards.
//!    New nodes each run (each run forms a new network).
//!
//! The report prints every run, then a summary table with the p50 (nearest
//! rank) of each figure, then machine-readable lines `p50 <metric> <value>`
//! (metrics `stripped_binary_mb`, `unstripped_binary_mb`,
//! `fresh_start_to_leader_s`, `idle_rss_mib`, `rss_paired_devices_mib`,
//! `restart_to_leader_s`, `restart_to_leader_children_s`). If `OTBR_MEASURE`
//! names an executable (an otbr-agent measurement that prints lines `p50
//! <metric> <value>` in the same units, e.g. scripts/otbr-footprint.sh), it
//! is run (with `FOOTPRINT_RUNS` in its environment) and its output printed
//! with the ratios Threshold / otbr-agent for the metrics both report.
//!
//! Run: `cargo bench --locked --bench footprint --no-run && cargo build
//! --release --locked && install -D target/release/threshold
//! target/firmware/threshold && FOOTPRINT_BIN=target/firmware/threshold
//! cargo bench --locked --bench footprint -- --bench` (root for `ip netns`;
//! target/ot-sim/bin from scripts/ot-sim.sh). The copy: building the bench
//! writes its own `target/release/threshold` (below) over the README's
//! build, so `FOOTPRINT_BIN=target/release/threshold` measures whichever
//! cargo built last. Without `FOOTPRINT_BIN` it
//! measures the binary cargo built for the bench, which also has the
//! dev-dependencies' features (tokio's multi-threaded scheduler for the
//! tests, and libm with it: about 0.1 MB more code than the README's build,
//! and libm's mapped pages). `FOOTPRINT_BIN=PATH` measures
//! another `threshold` binary instead, e.g. the hub image (`cargo build
//! --release --no-default-features`; the bench's own reference devices
//! need the default `dev-tools` feature, so it is not built that way). Without `--bench` (as
//! `cargo test --all-targets` runs it): a smoke run, 1 run, 3 devices, no
//! children step, RSS settling capped at 5 s; it still fails when the daemon
//! never leads. Without root or the simulated RCP it prints `skipped: ...`.

#[path = "../tests/common/mod.rs"]
mod common;
// `Bench` drives an in-process core; this bench pairs with a child process
// and uses `Target`, `hub_id` and the TEST ONLY constants only.
#[path = "support/coap_pairing.rs"]
#[allow(dead_code)]
mod coap_pairing;

use coap_pairing::{Target, PASSCODE, PID, VID};
use common::hub::{get, ok, post, put_json};
use common::netns::NetNs;
use common::otsim::CliNode;
use common::proc::{addr_in, strip_ansi};

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use coap_lite::RequestType;
use hyper::Method;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::{json, Value};
use threshold::api::client::new_key_and_csr;
use threshold::api::types::{EnrollRequest, EnrollResponse};
use threshold::api::Client;
use threshold::attestation::mint::{mint_test_chain, MintOptions, SetupPayload};
use threshold::cli::simulate::CoapExchange;
use threshold::coap::client::{ClientIdentity, CoapClient};
use threshold::daemon::OWNER_CODE_FILE;
use threshold::device::{
    CachedSecrets, DeviceConfig, DeviceSimulator, Exchange, ExchangeError, OperationalIdentity,
};
use threshold::mdns::state::Registration;
use threshold::mdns::svc::{SvcRequest, PATH_SVC};
use threshold::pairing::coap::code_pair;
use threshold::time::{SystemClock, WallClock};
use zeroize::Zeroizing;

/// The daemon under test, as cargo built it for this target.
const BIN: &str = env!("CARGO_BIN_EXE_threshold");
/// Devices pairing at once (each holds up to two connections).
const BATCH: usize = 16;
/// Longest wait for the `role=leader` line (a restored leader takes tens
/// of seconds).
const LEADER_WITHIN: Duration = Duration::from_secs(180);
/// RSS samples without growth that count as settled.
const SETTLE_STABLE: usize = 3;
/// The `counters mle` lines compared across the restart.
const MLE_KEYS: [&str; 4] = [
    "Attach Attempts",
    "Parent Changes",
    "Role Detached",
    "Partition Id Changes",
];

struct Params {
    full: bool,
    runs: usize,
    devices: usize,
    children: bool,
    settle_max: Duration,
}

fn env_count(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?}: expected a whole number")),
        Err(_) => default,
    }
}

/// Says why the bench cannot run here, then the caller returns.
fn skipped(why: &str) {
    println!("footprint: skipped: {why}");
    eprintln!("skipped: {why} (benches/footprint.rs)");
}

// ---------------------------------------------------------------- memory

/// Memory of a process from `/proc/<pid>/status` (and its proportional
/// share from `smaps_rollup`), in KiB.
#[derive(Clone, Copy, Debug, Default)]
struct Mem {
    rss: u64,
    hwm: u64,
    anon: u64,
    file: u64,
    pss: Option<u64>,
}

fn mem(pid: u32) -> Mem {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_else(|e| panic!("/proc/{pid}/status (the daemon): {e}"));
    let field = |k: &str| -> u64 {
        s.lines()
            .find_map(|l| l.strip_prefix(k))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {k} in /proc/{pid}/status"))
    };
    // The file-backed part counts every page of the binary and libraries
    // that happens to be mapped (fault-around maps whole blocks already in
    // the page cache); PSS shares those with other processes.
    let pss = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|r| {
            r.lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|v| v.parse().ok())
        });
    Mem {
        rss: field("VmRSS:"),
        hwm: field("VmHWM:"),
        anon: field("RssAnon:"),
        file: field("RssFile:"),
        pss,
    }
}

/// An RSS figure once it stopped growing.
#[derive(Clone, Copy, Debug)]
struct Settled {
    mem: Mem,
    after: Duration,
    settled: bool,
}

/// Samples the RSS every second until it has not grown for
/// [`SETTLE_STABLE`] samples in a row, for at most `max`. The RSS has no
/// event to wait on: fixed-interval sampling is the measurement.
fn settle(pid: u32, max: Duration) -> Settled {
    let t0 = Instant::now();
    let mut last = mem(pid);
    let mut stable = 0;
    while stable < SETTLE_STABLE && t0.elapsed() < max {
        std::thread::sleep(Duration::from_secs(1));
        let now = mem(pid);
        if now.rss > last.rss {
            stable = 0;
        } else {
            stable += 1;
        }
        last = now;
    }
    Settled {
        mem: last,
        after: t0.elapsed(),
        settled: stable >= SETTLE_STABLE,
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn describe(s: &Settled) -> String {
    format!(
        "VmRSS {:.2} MiB ({} KiB), VmHWM {:.2} MiB ({} KiB), RssAnon {:.2} MiB, RssFile {:.2} MiB, Pss {}; {} after {:.0} s",
        mib(s.mem.rss),
        s.mem.rss,
        mib(s.mem.hwm),
        s.mem.hwm,
        mib(s.mem.anon),
        mib(s.mem.file),
        s.mem
            .pss
            .map_or_else(|| "?".to_owned(), |k| format!("{:.2} MiB", mib(k))),
        if s.settled { "settled" } else { "NOT settled" },
        s.after.as_secs_f64()
    )
}

// ---------------------------------------------------------------- binary

struct Sizes {
    unstripped: u64,
    stripped: Option<u64>,
}

/// The size of `bin`, and of a stripped copy of it under `dir`.
fn sizes(bin: &Path, dir: &Path) -> Sizes {
    let unstripped = std::fs::metadata(bin).expect("binary metadata").len();
    let copy = dir.join("threshold-stripped");
    std::fs::copy(bin, &copy).expect("copy the binary");
    let stripped = match Command::new("strip").arg(&copy).output() {
        Ok(o) if o.status.success() => Some(std::fs::metadata(&copy).expect("stripped copy").len()),
        Ok(o) => panic!("strip failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("strip: {e}"),
    };
    let _ = std::fs::remove_file(&copy);
    Sizes {
        unstripped,
        stripped,
    }
}

/// Sizes of `.text.hot` (the functions `link/resident-text.ld` placed
/// first) and `.text` from `readelf -SW`; `None` without readelf or when
/// the binary has no `.text.hot` (a build without the list). A `.text.hot`
/// far smaller than the list's own figure says the list is stale.
fn resident_text(bin: &Path) -> Option<(u64, u64)> {
    let out = Command::new("readelf").arg("-SW").arg(bin).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let size = |name: &str| {
        text.lines().find_map(|l| {
            let f: Vec<&str> = l.split(']').nth(1)?.split_whitespace().collect();
            (f.first() == Some(&name)).then(|| u64::from_str_radix(f.get(4)?, 16).ok())?
        })
    };
    Some((size(".text.hot")?, size(".text")?))
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn mib_b(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

// ---------------------------------------------------------------- daemon

/// `threshold run --config FILE` inside a namespace, its log (stderr) read
/// line by line, each line stamped when it was read.
struct Daemon {
    child: Option<Child>,
    pid: u32,
    spawned: Instant,
    rx: mpsc::Receiver<(Instant, String)>,
    history: Vec<(Instant, String)>,
}

fn is_leader(line: &str) -> bool {
    line.contains("thread: role") && line.contains("role=leader")
}

impl Daemon {
    /// Spawns the daemon from a thread inside `ns` (so the timing has no
    /// `ip netns exec` in it).
    fn spawn(ns: &NetNs, bin: &Path, config: &Path) -> Daemon {
        let mut cmd = Command::new(bin);
        cmd.args(["run", "--config"])
            .arg(config)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let (spawned, child) = ns.run(move || {
            let t0 = Instant::now();
            (t0, cmd.spawn())
        });
        let mut child = child.expect("spawn threshold run");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send((Instant::now(), strip_ansi(&line))).is_err() {
                    break;
                }
            }
        });
        Daemon {
            pid: child.id(),
            child: Some(child),
            spawned,
            rx,
            history: Vec::new(),
        }
    }

    /// The last log lines (those read so far), for a failure message.
    fn tail(&mut self) -> String {
        while let Ok(l) = self.rx.try_recv() {
            self.history.push(l);
        }
        let from = self.history.len().saturating_sub(60);
        self.history[from..]
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The first log line (since the spawn) for which `pred` holds and
    /// when it was read, waiting for it up to `within`. Panics, with the
    /// log, on timeout or if the daemon exits first.
    fn wait_for(
        &mut self,
        what: &str,
        within: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> (Instant, String) {
        if let Some(hit) = self.history.iter().find(|(_, l)| pred(l)) {
            return hit.clone();
        }
        let deadline = Instant::now() + within;
        loop {
            match self
                .rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok((t, l)) => {
                    let hit = pred(&l);
                    self.history.push((t, l.clone()));
                    if hit {
                        return (t, l);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    let tail = self.tail();
                    panic!("threshold run: no {what} within {within:?}; log:\n{tail}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.as_mut().map(|c| c.try_wait());
                    let tail = self.tail();
                    panic!("threshold run exited before {what} ({status:?}); log:\n{tail}")
                }
            }
        }
    }

    /// Spawn -> the `role=leader` log line.
    fn wait_leader(&mut self) -> Duration {
        let (t, _) = self.wait_for("role=leader", LEADER_WITHIN, is_leader);
        t.duration_since(self.spawned)
    }

    /// Waits for the admin socket (the CLI's way in) to listen.
    fn wait_admin(&mut self) {
        self.wait_for("admin socket listening", Duration::from_secs(60), |l| {
            l.contains("admin socket listening")
        });
    }

    /// The Thread log lines up to the first `role=leader` about how the
    /// hub came to lead (roles, "leading ...", "restoring ..."), for the
    /// report.
    fn how_it_led(&self) -> String {
        let mut notes = Vec::new();
        for (_, l) in &self.history {
            let Some(i) = l.find("thread: ") else {
                continue;
            };
            let msg = &l[i + "thread: ".len()..];
            if msg.starts_with("role ") || msg.starts_with("leading") || msg.starts_with("restor") {
                notes.push(msg.to_owned());
            }
            if is_leader(l) {
                break;
            }
        }
        notes.join("; ")
    }

    /// The `127.0.0.1:<port>` a listener's log line names.
    fn listener(&mut self, what: &str) -> (SocketAddr, Duration) {
        let (t, line) = self.wait_for(what, Duration::from_secs(60), |l| l.contains(what));
        (addr_in(&line), t.duration_since(self.spawned))
    }

    /// SIGTERM; the daemon must exit 0 within 60 s. How long it took.
    fn stop(&mut self) -> Duration {
        let child = self.child.take().expect("the daemon runs");
        let t0 = Instant::now();
        kill(
            Pid::from_raw(i32::try_from(self.pid).expect("pid")),
            Signal::SIGTERM,
        )
        .expect("SIGTERM");
        let status = common::wait_exit(child, Duration::from_secs(60))
            .expect("the daemon did not exit within 60 s of SIGTERM");
        let took = t0.elapsed();
        if !status.success() {
            let tail = self.tail();
            panic!("threshold run exited with {status:?} on SIGTERM; log:\n{tail}");
        }
        took
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// `threshold <args> --socket <admin socket>` (the CLI on the hub).
fn cli(bin: &Path, socket: &Path, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .arg("--socket")
        .arg(socket)
        .output()
        .expect("threshold CLI")
}

/// `threshold thread status --json`, if it answers.
fn thread_status(bin: &Path, socket: &Path) -> Option<Value> {
    let o = cli(bin, socket, &["thread", "status", "--json"]);
    o.status
        .success()
        .then(|| serde_json::from_slice(&o.stdout).ok())
        .flatten()
}

/// Waits until process `pid` is gone (or a zombie: it holds no socket).
/// No event marks another process's end: polled.
fn wait_gone(pid: u64) {
    common::wait_until(Duration::from_secs(30), "the old RCP to exit", || {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => true,
            Ok(s) => s
                .rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('Z')),
        }
    });
}

// ---------------------------------------------------------------- pairing

/// What the pairing step needs of the running daemon (all owned: it runs
/// on a thread inside the namespace).
struct PairInput {
    api: SocketAddr,
    enroll: SocketAddr,
    coap: SocketAddr,
    state: PathBuf,
    paa_pem: String,
    dac_der: Vec<u8>,
    pai_der: Vec<u8>,
    dac_key_der: Zeroizing<Vec<u8>>,
    devices: usize,
}

struct Paired {
    took: Duration,
    windows: Duration,
    admitted: usize,
    services: usize,
}

/// Pairs the devices from a thread (and its runtime) inside `ns`.
fn pair_devices(ns: &NetNs, input: PairInput) -> Paired {
    ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(pair_all(input))
    })
}

async fn pair_all(p: PairInput) -> Paired {
    let ca_pem = std::fs::read(p.state.join("pki").join("hub-root-ca.pem")).expect("hub CA");
    // The owner enrolls with the one-time code over the enrollment
    // listener, as the hub's app would, then acts over the mutual-TLS API.
    let code = std::fs::read_to_string(p.state.join("run").join(OWNER_CODE_FILE))
        .expect("owner code file")
        .trim()
        .to_owned();
    let anonymous =
        Client::https(&format!("https://{}", p.enroll), &ca_pem, None).expect("enroll client");
    let (key, csr) = new_key_and_csr().expect("key and CSR");
    let req = EnrollRequest {
        code,
        name: "Owner".into(),
        csr_pem: csr,
    };
    let enrolled: EnrollResponse = anonymous
        .call(Method::POST, "/v1/enroll", Some(&req))
        .await
        .expect("POST /v1/enroll")
        .unwrap_or_else(|e| panic!("owner enrollment refused: {} {}", e.code, e.message));
    let owner = Client::https(
        &format!("https://{}", p.api),
        &ca_pem,
        Some((enrolled.cert_pem.as_bytes(), key.as_bytes())),
    )
    .expect("owner client");
    // The TEST ONLY vendor's devices are low risk (an unknown device is
    // `high` and would wait for an approval).
    let _: Value = ok(put_json(
        &owner,
        "/v1/policy/device-classes",
        &json!({"unknown_device_class": "high", "device_classes": [{"vid": VID, "class": "low"}]}),
    )
    .await);
    // The devices' PAA is trusted: the file, then a reload.
    std::fs::write(
        p.state.join("paa-roots").join("footprint-paa.pem"),
        p.paa_pem.as_bytes(),
    )
    .expect("PAA file");
    let _: Value = ok(post(&owner, "/v1/pki/reload", &json!({})).await);

    let root_der = pem::parse(&ca_pem).expect("hub CA PEM").into_contents();
    let target = Arc::new(Target {
        addr: p.coap,
        root_der,
        server_name: "threshold.local".into(),
        dac_der: p.dac_der,
        pai_der: p.pai_der,
        dac_key_der: p.dac_key_der,
        // Unused: each window has its own salt, so each device derives.
        cached: CachedSecrets {
            salt: Vec::new(),
            iterations: 0,
            secrets: Zeroizing::new(Vec::new()),
        },
        own_sources: true,
    });
    let discriminators: Vec<u16> = (0..p.devices)
        .map(|d| u16::try_from(d).expect("at most 4096 devices"))
        .collect();
    let t0 = Instant::now();
    let mut windows = Duration::ZERO;
    let mut services = 0;
    for batch in discriminators.chunks(BATCH) {
        let tw = Instant::now();
        for &d in batch {
            let (qr, _) = SetupPayload {
                passcode: PASSCODE,
                discriminator: d,
                vid: VID,
                pid: PID,
            }
            .codes()
            .expect("setup codes");
            let _: Value = ok(post(
                &owner,
                "/v1/windows",
                &json!({"payload": qr, "class": "low"}),
            )
            .await);
        }
        windows += tw.elapsed();
        let tasks: Vec<_> = batch
            .iter()
            .map(|&d| tokio::spawn(pair_and_announce(target.clone(), d)))
            .collect();
        for t in tasks {
            t.await.expect("device task");
            services += 1;
        }
    }
    let took = t0.elapsed();
    let devices: Vec<Value> = ok(get(&owner, "/v1/devices").await);
    let admitted = devices.iter().filter(|d| d["state"] == "admitted").count();
    Paired {
        took,
        windows,
        admitted,
        services,
    }
}

/// One device: pairs as `Target::pair` does (without a cached PBKDF2),
/// then registers one service for mDNS with its operational certificate.
async fn pair_and_announce(t: Arc<Target>, disc: u16) {
    let identity = ClientIdentity::from_der(
        vec![t.dac_der.clone(), t.pai_der.clone()],
        t.dac_key_der.to_vec(),
    )
    .expect("DAC identity");
    let mut first = CoapClient::connect(t.addr, t.options(identity, disc))
        .await
        .unwrap_or_else(|e| panic!("device {disc}: connect with the DAC chain: {e}"));
    let hub_id = coap_pairing::hub_id(&mut first).await;
    let cfg = DeviceConfig::new(t.dac_der.clone(), PASSCODE, disc, 1, hub_id);
    let target = t.clone();
    let reconnect = move |id: OperationalIdentity| async move {
        let c = connect_op(&target, &id, disc).await?;
        Ok(Box::new(CoapExchange(c)) as Box<dyn Exchange>)
    };
    let paired = DeviceSimulator::new(cfg)
        .pair(&mut CoapExchange(first), reconnect, &mut |_| {})
        .await
        .unwrap_or_else(|e| panic!("device {disc}: pairing failed: {e}"));
    let mut c = connect_op(&t, &paired.identity, disc)
        .await
        .unwrap_or_else(|e| panic!("device {disc}: connect with its operational certificate: {e}"));
    let svc = SvcRequest {
        services: vec![Registration {
            instance: format!("Footprint Lamp {disc}"),
            service_type: "_http._tcp".into(),
            subtypes: Vec::new(),
            port: 8080,
            txt: vec![("path".into(), "/".into())],
        }],
        lease: None,
    };
    let r = c
        .request(RequestType::Post, PATH_SVC, &svc.encode())
        .await
        .unwrap_or_else(|e| panic!("device {disc}: POST {PATH_SVC}: {e}"));
    let (class, detail) = code_pair(r.code);
    assert_eq!(
        class, 2,
        "device {disc}: POST {PATH_SVC} answered {class}.{detail:02}"
    );
}

async fn connect_op(
    t: &Target,
    id: &OperationalIdentity,
    disc: u16,
) -> Result<CoapClient, ExchangeError> {
    let key = pem::parse(id.key_pem.as_bytes())
        .map_err(|e| ExchangeError::Transport(e.to_string()))?
        .into_contents();
    let identity = ClientIdentity::from_der(vec![id.cert_der.clone()], key)
        .map_err(|e| ExchangeError::Transport(e.to_string()))?;
    CoapClient::connect(t.addr, t.options(identity, disc))
        .await
        .map_err(|e| ExchangeError::Transport(e.to_string()))
}

// ---------------------------------------------------------------- children

/// A node as its CLI shows it.
#[derive(Clone, Debug, Default)]
struct NodeSnap {
    state: String,
    rloc16: String,
    counters: BTreeMap<String, u64>,
}

fn snap(node: &mut CliNode) -> NodeSnap {
    let state = node.state();
    let rloc16 = node.cmd("rloc16").first().cloned().unwrap_or_default();
    let counters = node
        .cmd("counters mle")
        .iter()
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            Some((k.trim().to_owned(), v.trim().parse().ok()?))
        })
        .collect();
    NodeSnap {
        state,
        rloc16,
        counters,
    }
}

struct NodeOutcome {
    id: u32,
    kind: &'static str,
    before: NodeSnap,
    /// Role and RLOC16 as soon as the hub leads again.
    right_after: (String, String),
    /// After the pings.
    after: NodeSnap,
    ping: bool,
    /// Whether the hub's `thread status` lists it as a child after the
    /// restart (and the pings).
    listed: bool,
}

impl NodeOutcome {
    fn kept_child(&self) -> bool {
        self.before.state == "child"
            && self.right_after.0 == "child"
            && self.after.state == "child"
            && self.before.rloc16 == self.after.rloc16
    }

    fn reattached(&self) -> bool {
        ["Attach Attempts", "Parent Changes", "Role Detached"]
            .iter()
            .any(|k| self.before.counters.get(*k) != self.after.counters.get(*k))
    }

    fn describe(&self) -> String {
        let counters = MLE_KEYS
            .iter()
            .map(|k| {
                let v = |s: &NodeSnap| {
                    s.counters
                        .get(*k)
                        .map_or_else(|| "?".to_owned(), u64::to_string)
                };
                format!("{k} {} -> {}", v(&self.before), v(&self.after))
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "node {} ({}): role {} -> {} (then {}), rloc16 {} -> {}; {counters}; re-attached: {}; pings the hub's ML-EID: {}; the hub lists it as a child: {}",
            self.id,
            self.kind,
            self.before.state,
            self.right_after.0,
            self.after.state,
            self.before.rloc16,
            self.after.rloc16,
            yes(self.reattached()),
            yes(self.ping),
            yes(self.listed)
        )
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

struct ChildrenRun {
    leader: Duration,
    nodes: Vec<NodeOutcome>,
    /// The hub's children after the restart (ext addresses).
    hub_children: Vec<String>,
}

fn children_of(st: &Value) -> Vec<String> {
    st["neighbors"]
        .as_array()
        .map(|n| {
            n.iter()
                .filter(|n| n["relation"] == "child")
                .filter_map(|n| n["ext_address"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// A reply to one of up to 5 pings (each waits up to its own 3 s timeout).
/// Each ping is run to its end (`Done`), so that its statistics line is
/// not read as the answer to the next command.
fn pings(node: &mut CliNode, addr: &str) -> bool {
    (0..5).any(|_| {
        node.try_cmd(&format!("ping {addr} 16 1 1 64 3"))
            .is_ok_and(|out| {
                out.iter()
                    .any(|l| l.contains("bytes from") || l.contains(" 1 packets received"))
            })
    })
}

// ---------------------------------------------------------------- one run

struct RunResult {
    sizes: Sizes,
    listeners: Duration,
    fresh: Duration,
    idle: Settled,
    paired: Paired,
    devices_rss: Settled,
    stop: Duration,
    restart: Duration,
    children: Option<ChildrenRun>,
}

/// The TEST ONLY devices' chain, shared by every device and run.
struct Chain {
    paa_pem: String,
    dac_der: Vec<u8>,
    pai_der: Vec<u8>,
    dac_key_der: Zeroizing<Vec<u8>>,
}

fn run_once(n: usize, p: &Params, bin: &Path, rcp: &Path, chain: &Chain) -> RunResult {
    // Declared first, dropped last: whatever still runs inside goes with it.
    let ns = NetNs::new("fp");
    let tmp = tempfile::tempdir().expect("tempdir");
    let state = tmp.path().join("state");
    let socket = state.join("run").join("admin.sock");
    let config = tmp.path().join("threshold.toml");
    std::fs::write(
        &config,
        format!(
            "state_dir = {state:?}\n[api]\nlisten = \"127.0.0.1:0\"\nenroll_listen = \"127.0.0.1:0\"\n[dashboard]\nlisten = \"127.0.0.1:0\"\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n[thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\n",
            rcp.display()
        ),
    )
    .expect("config");

    let sizes = sizes(bin, tmp.path());
    match sizes.stripped {
        Some(s) => println!(
            "  stripped binary               {:.2} MB ({:.2} MiB, {s} bytes); unstripped {:.2} MB ({:.2} MiB)",
            mb(s),
            mib_b(s),
            mb(sizes.unstripped),
            mib_b(sizes.unstripped)
        ),
        None => println!(
            "  binary                        `strip` (binutils) not found: unstripped only, {:.2} MB ({:.2} MiB)",
            mb(sizes.unstripped),
            mib_b(sizes.unstripped)
        ),
    }
    if let Some((hot, text)) = resident_text(bin) {
        println!(
            "  resident text                 .text.hot {:.2} MB of {:.2} MB of code (link/resident-text.ld; docs/performance.md)",
            mb(hot),
            mb(hot + text)
        );
    }

    // 2. Fresh start -> leader.
    let mut d = Daemon::spawn(&ns, bin, &config);
    let fresh = d.wait_leader();
    let (coap, t_coap) = d.listener("coaps+tcp listening");
    let (api, t_api) = d.listener("controller API listening");
    let (enroll, t_enroll) = d.listener("enrollment API listening");
    let listeners = t_coap.max(t_api).max(t_enroll);
    println!(
        "  fresh start -> leader         {:.3} s (listeners up at {:.3} s; log: {})",
        fresh.as_secs_f64(),
        listeners.as_secs_f64(),
        d.how_it_led()
    );

    // 3. Idle RSS.
    let idle = settle(d.pid, p.settle_max);
    println!("  idle RSS                      {}", describe(&idle));

    // 4. Paired devices.
    let paired = pair_devices(
        &ns,
        PairInput {
            api,
            enroll,
            coap,
            state: state.clone(),
            paa_pem: chain.paa_pem.clone(),
            dac_der: chain.dac_der.clone(),
            pai_der: chain.pai_der.clone(),
            dac_key_der: chain.dac_key_der.clone(),
            devices: p.devices,
        },
    );
    assert_eq!(paired.admitted, p.devices, "run {n}: every device admitted");
    println!(
        "  {:<30}{:.1} s ({:.1} s of it opening windows over the API), {} admitted, {} mDNS services registered",
        format!("pairing {} devices", p.devices),
        paired.took.as_secs_f64(),
        paired.windows.as_secs_f64(),
        paired.admitted,
        paired.services
    );
    let devices_rss = settle(d.pid, p.settle_max);
    println!(
        "  {:<30}{}",
        format!("RSS, {} paired devices", p.devices),
        describe(&devices_rss)
    );

    // 5. Restart without children.
    d.wait_admin();
    let rcp_pid = thread_status(bin, &socket)
        .and_then(|s| s["rcp_pid"].as_u64())
        .expect("the RCP's pid in thread status");
    let stop = d.stop();
    wait_gone(rcp_pid);
    drop(d);
    let mut d = Daemon::spawn(&ns, bin, &config);
    let restart = d.wait_leader();
    d.wait_admin();
    println!(
        "  restart -> leader             {:.3} s (SIGTERM -> exit {:.3} s; log: {})",
        restart.as_secs_f64(),
        stop.as_secs_f64(),
        d.how_it_led()
    );

    // 6. Restart with two children.
    let children = p
        .children
        .then(|| restart_with_children(&ns, &mut d, bin, &config, &socket));
    if let Some(c) = &children {
        println!(
            "  restart -> leader, 2 children {:.3} s (log: {}); hub's children after: {:?}",
            c.leader.as_secs_f64(),
            d.how_it_led(),
            c.hub_children
        );
        for node in &c.nodes {
            println!("    {}", node.describe());
        }
    }
    d.stop();
    RunResult {
        sizes,
        listeners,
        fresh,
        idle,
        paired,
        devices_rss,
        stop,
        restart,
        children,
    }
}

fn restart_with_children(
    ns: &NetNs,
    d: &mut Daemon,
    bin: &Path,
    config: &Path,
    socket: &Path,
) -> ChildrenRun {
    let o = cli(bin, socket, &["thread", "dataset", "export"]);
    assert!(
        o.status.success(),
        "thread dataset export: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let dataset = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    // Started on this (long-lived) thread: a node dies with the thread
    // that spawned it (its parent-death signal).
    let mut med = CliNode::start(ns.name(), 2);
    med.cmd("mode rn");
    med.join(&dataset, Duration::from_secs(60));
    let mut ftd = CliNode::start(ns.name(), 3);
    ftd.cmd("routerupgradethreshold 0");
    ftd.join(&dataset, Duration::from_secs(60));
    for node in [&mut med, &mut ftd] {
        node.wait_state(&["child"], Duration::from_secs(30));
    }
    let ext = [med.ext_addr(), ftd.ext_addr()];
    let st = common::wait_until(
        Duration::from_secs(60),
        "thread status to list nodes 2 and 3 as children",
        || {
            thread_status(bin, socket).filter(|s| {
                let kids = children_of(s);
                ext.iter().all(|e| kids.contains(e))
            })
        },
    );
    let rcp_pid = st["rcp_pid"].as_u64().expect("rcp_pid");
    let before = [snap(&mut med), snap(&mut ftd)];

    d.stop();
    wait_gone(rcp_pid);
    *d = Daemon::spawn(ns, bin, config);
    let leader = d.wait_leader();
    let right_after = [
        (
            med.state(),
            med.cmd("rloc16").first().cloned().unwrap_or_default(),
        ),
        (
            ftd.state(),
            ftd.cmd("rloc16").first().cloned().unwrap_or_default(),
        ),
    ];
    d.wait_admin();
    let st = thread_status(bin, socket).expect("thread status after the restart");
    let eid = st["mesh_local_eid"]
        .as_str()
        .expect("the hub's mesh-local EID")
        .to_owned();
    let ping = [pings(&mut med, &eid), pings(&mut ftd, &eid)];
    let after = [snap(&mut med), snap(&mut ftd)];
    let hub_children = thread_status(bin, socket)
        .map(|s| children_of(&s))
        .unwrap_or_default();
    let kinds = ["minimal end device, mode rn", "FTD, mode rdn"];
    let nodes = (0..2)
        .map(|i| NodeOutcome {
            id: [2, 3][i],
            kind: kinds[i],
            before: before[i].clone(),
            right_after: right_after[i].clone(),
            after: after[i].clone(),
            ping: ping[i],
            listed: hub_children.contains(&ext[i]),
        })
        .collect();
    ChildrenRun {
        leader,
        nodes,
        hub_children,
    }
}

// ---------------------------------------------------------------- report

/// Nearest-rank p50.
fn p50(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s[(s.len().div_ceil(2)).clamp(1, s.len()) - 1]
}

fn max(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

fn list(v: &[f64], prec: usize) -> String {
    let items: Vec<String> = v.iter().map(|x| format!("{x:.prec$}")).collect();
    format!("[{}]", items.join(", "))
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// Runs the otbr-agent measurement script `OTBR_MEASURE` names, if any,
/// and prints its output and the ratios for the metrics both report.
fn otbr(ours: &[(&str, f64)], runs: usize) {
    let Some(script) = std::env::var_os("OTBR_MEASURE") else {
        println!("otbr-agent: not measured in this run (OTBR_MEASURE is not set)");
        return;
    };
    let script = PathBuf::from(script);
    let executable = std::fs::metadata(&script)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false);
    if !executable {
        println!(
            "otbr-agent: not measured in this run (OTBR_MEASURE={} is not an executable file)",
            script.display()
        );
        return;
    }
    println!("otbr-agent ({}):", script.display());
    let mut child = Command::new(&script)
        .env("FOOTPRINT_RUNS", runs.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start the OTBR_MEASURE script");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let status = common::wait_exit(child, Duration::from_secs(3600));
    let out = reader.join().unwrap_or_default();
    for l in out.lines() {
        println!("  | {l}");
    }
    match status {
        Some(s) if s.success() => {}
        Some(s) => println!("  the script exited with {s}"),
        None => println!("  the script did not finish within an hour (killed)"),
    }
    let theirs: BTreeMap<String, f64> = out
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            (w.next()? == "p50").then_some(())?;
            let metric = w.next()?.to_owned();
            Some((metric, w.next()?.parse().ok()?))
        })
        .collect();
    let mut any = false;
    for (metric, mine) in ours {
        if let Some(other) = theirs.get(*metric) {
            any = true;
            println!(
                "  ratio Threshold / otbr-agent  {metric:<30} {mine:.3} / {other:.3} = {:.4}",
                mine / other
            );
        }
    }
    if !any {
        println!("  no metric in common (expected lines `p50 <metric> <value>` with the metric names above)");
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not
    // and gets the smoke run.
    let full = std::env::args().any(|a| a == "--bench");
    let p = Params {
        full,
        runs: env_count("FOOTPRINT_RUNS", if full { 5 } else { 1 }).max(1),
        devices: env_count("FOOTPRINT_DEVICES", if full { 500 } else { 3 }),
        children: full,
        settle_max: Duration::from_secs(if full { 30 } else { 5 }),
    };
    assert!(
        p.devices <= 4096,
        "FOOTPRINT_DEVICES: at most 4096 (12-bit discriminators)"
    );

    if !nix::unistd::geteuid().is_root() {
        return skipped("needs root (ip netns)");
    }
    let sim = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("ot-sim")
        .join("bin");
    if Command::new("ip").arg("-V").output().is_err() {
        return skipped("`ip` (iproute2) not found");
    }
    let tools: &[&str] = if p.children {
        &["ot-rcp", "ot-cli-ftd"]
    } else {
        &["ot-rcp"]
    };
    for tool in tools {
        if !sim.join(tool).exists() {
            return skipped(&format!(
                "{} not built (run scripts/ot-sim.sh)",
                sim.join(tool).display()
            ));
        }
    }
    let rcp = sim.join("ot-rcp");

    // The binary cargo built (or the one FOOTPRINT_BIN names, e.g. a hub
    // image built with --no-default-features, which this bench cannot be
    // built with), copied once for a measurement: every run (and the CLI)
    // uses the same bytes even if another build replaces the original
    // meanwhile. The smoke run uses it in place.
    let source =
        std::env::var_os("FOOTPRINT_BIN").map_or_else(|| PathBuf::from(BIN), PathBuf::from);
    let shown = source.display().to_string();
    let keep = tempfile::tempdir().expect("tempdir");
    let bin = if p.full {
        let copy = keep.path().join("threshold");
        std::fs::copy(&source, &copy)
            .unwrap_or_else(|e| panic!("copy the threshold binary {shown}: {e}"));
        copy
    } else {
        source.clone()
    };
    let profile = if std::env::var_os("FOOTPRINT_BIN").is_some() {
        "FOOTPRINT_BIN"
    } else if BIN.contains("/release/") {
        // cargo builds the binary of a bench with the dev-dependencies'
        // features too (tokio's multi-threaded scheduler, and libm with
        // it): not byte for byte the README's build.
        "bench build, with the dev-dependencies' features: for the README's build, \
         `cargo build --release --locked`, copy target/release/threshold elsewhere \
         (a bench build overwrites it) and set FOOTPRINT_BIN to the copy"
    } else if BIN.contains("/debug/") {
        "debug (unoptimized)"
    } else {
        "profile unknown"
    };
    let built = std::fs::metadata(&source)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .map_or_else(
            || "?".into(),
            |e| format!("{:.0} min ago", e.as_secs_f64() / 60.0),
        );

    let minted = mint_test_chain(&MintOptions::new(VID, PID, SystemClock.now())).expect("mint");
    let chain = Chain {
        paa_pem: minted.paa.pem.clone(),
        dac_der: minted.dac.der.clone(),
        pai_der: minted.pai.der.clone(),
        dac_key_der: Zeroizing::new(
            pem::parse(minted.dac.key_pem.as_bytes())
                .expect("DAC key")
                .into_contents(),
        ),
    };

    println!(
        "footprint: {} run(s){}, {} devices, binary {shown} [{profile}, built {built}], load average {}",
        p.runs,
        if p.full { "" } else { " (smoke: run with `-- --bench` to measure)" },
        p.devices,
        loadavg()
    );
    let mut results = Vec::new();
    for n in 1..=p.runs {
        println!("run {n}/{}:", p.runs);
        results.push(run_once(n, &p, &bin, &rcp, &chain));
    }
    if !p.children {
        println!("restart with children: not run in smoke mode");
    }

    // Summary.
    let col = |f: &dyn Fn(&RunResult) -> f64| results.iter().map(f).collect::<Vec<f64>>();
    let stripped: Vec<Option<u64>> = results.iter().map(|r| r.sizes.stripped).collect();
    let unstripped = col(&|r| mb(r.sizes.unstripped));
    let fresh = col(&|r| r.fresh.as_secs_f64());
    let listeners = col(&|r| r.listeners.as_secs_f64());
    let idle = col(&|r| mib(r.idle.mem.rss));
    let idle_hwm = col(&|r| mib(r.idle.mem.hwm));
    let dev = col(&|r| mib(r.devices_rss.mem.rss));
    let dev_hwm = col(&|r| mib(r.devices_rss.mem.hwm));
    let pairing = col(&|r| r.paired.took.as_secs_f64());
    let idle_anon = col(&|r| mib(r.idle.mem.anon));
    let dev_anon = col(&|r| mib(r.devices_rss.mem.anon));
    let per_device =
        col(&|r| (r.devices_rss.mem.rss as f64 - r.idle.mem.rss as f64) / p.devices.max(1) as f64);
    let per_device_anon = col(&|r| {
        (r.devices_rss.mem.anon as f64 - r.idle.mem.anon as f64) / p.devices.max(1) as f64
    });
    let pss = |f: &dyn Fn(&RunResult) -> Option<u64>| -> String {
        let v: Vec<f64> = results.iter().filter_map(f).map(mib).collect();
        if v.is_empty() {
            "?".into()
        } else {
            format!("{:.2} MiB", p50(&v))
        }
    };
    let restart = col(&|r| r.restart.as_secs_f64());
    let stops = col(&|r| r.stop.as_secs_f64());
    let unsettled = results
        .iter()
        .filter(|r| !r.idle.settled || !r.devices_rss.settled)
        .count();

    println!();
    println!(
        "footprint ({} run(s), {profile} binary {shown}, load average now {})",
        p.runs,
        loadavg()
    );
    let mut ours: Vec<(&str, f64)> = Vec::new();
    match stripped.iter().copied().collect::<Option<Vec<u64>>>() {
        Some(s) => {
            let v: Vec<f64> = s.iter().map(|b| mb(*b)).collect();
            let m: Vec<f64> = s.iter().map(|b| mib_b(*b)).collect();
            println!(
                "stripped binary                  {:.2} MB ({:.2} MiB)  {}",
                p50(&v),
                p50(&m),
                list(&v, 2)
            );
            ours.push(("stripped_binary_mb", p50(&v)));
        }
        None => {
            println!("stripped binary                  not measured: `strip` (binutils) not found")
        }
    }
    println!(
        "unstripped binary                {:.2} MB ({:.2} MiB)  {}",
        p50(&unstripped),
        p50(&unstripped) * 1e6 / (1024.0 * 1024.0),
        list(&unstripped, 2)
    );
    ours.push(("unstripped_binary_mb", p50(&unstripped)));
    println!(
        "fresh start -> leader            p50 {:.3} s  {}  (listeners up: p50 {:.3} s)",
        p50(&fresh),
        list(&fresh, 3),
        p50(&listeners)
    );
    ours.push(("fresh_start_to_leader_s", p50(&fresh)));
    println!(
        "idle RSS                         p50 {:.2} MiB (max {:.2} MiB; VmHWM p50 {:.2} MiB; RssAnon p50 {:.2} MiB; Pss p50 {})  {}",
        p50(&idle),
        max(&idle),
        p50(&idle_hwm),
        p50(&idle_anon),
        pss(&|r| r.idle.mem.pss),
        list(&idle, 2)
    );
    ours.push(("idle_rss_mib", p50(&idle)));
    println!(
        "{:<33}p50 {:.2} MiB (max {:.2} MiB; VmHWM p50 {:.2} MiB; RssAnon p50 {:.2} MiB; Pss p50 {}; p50 +{:.1} KiB/device, RssAnon +{:.1} KiB/device)  {}; pairing took p50 {:.1} s {}",
        format!("RSS, {} paired devices", p.devices),
        p50(&dev),
        max(&dev),
        p50(&dev_hwm),
        p50(&dev_anon),
        pss(&|r| r.devices_rss.mem.pss),
        p50(&per_device),
        p50(&per_device_anon),
        list(&dev, 2),
        p50(&pairing),
        list(&pairing, 1)
    );
    ours.push(("rss_paired_devices_mib", p50(&dev)));
    println!(
        "restart -> leader                p50 {:.3} s  {}  (SIGTERM -> exit p50 {:.3} s)",
        p50(&restart),
        list(&restart, 3),
        p50(&stops)
    );
    ours.push(("restart_to_leader_s", p50(&restart)));
    let with: Vec<&ChildrenRun> = results.iter().filter_map(|r| r.children.as_ref()).collect();
    if !with.is_empty() {
        let t: Vec<f64> = with.iter().map(|c| c.leader.as_secs_f64()).collect();
        let nodes: Vec<&NodeOutcome> = with.iter().flat_map(|c| c.nodes.iter()).collect();
        let kept = nodes.iter().filter(|n| n.kept_child()).count();
        let reattached = nodes.iter().filter(|n| n.reattached()).count();
        let pinged = nodes.iter().filter(|n| n.ping).count();
        println!(
            "restart -> leader, 2 children    p50 {:.3} s  {}; children kept: {} ({kept}/{} node-runs kept role child and rloc16), re-attached: {} ({reattached}/{}), ping hub ML-EID after: {} ({pinged}/{})",
            p50(&t),
            list(&t, 3),
            yes(kept == nodes.len()),
            nodes.len(),
            yes(reattached > 0),
            nodes.len(),
            yes(pinged == nodes.len()),
            nodes.len()
        );
        ours.push(("restart_to_leader_children_s", p50(&t)));
    }
    if unsettled > 0 {
        println!(
            "note: in {unsettled} run(s) an RSS figure had not settled within {:?}",
            p.settle_max
        );
    }
    println!();
    for (metric, v) in &ours {
        println!("p50 {metric} {v:.3}");
    }
    println!();
    otbr(&ours, p.runs);
}
