//! A standard Matter controller for the tests: the Matter SDK's Python
//! controller (Home Assistant's, PyPI `home-assistant-chip-core` 2025.7.0)
//! driven by `tests/tools/matter_ctl.py` over JSON lines (the protocol is
//! documented at the top of that script).
//!
//! * [`MatterCtl::start`] spawns the driver inside the controller's
//!   namespace and returns once its controller is up; [`MatterCtl::request`]
//!   sends one request and returns its reply (`{"ok": ...}`), never hanging:
//!   a reply that does not come in time is an `{"ok": false}` reply too.
//! * The device and the controller must be in two namespaces joined by a
//!   veth with ULA IPv6 addresses: [`NetNs::pair_ipv6`] (the SDK's minimal
//!   mDNS ignores loopback and needs multicast routes, which that pair has).
//!   The device is reached at the other namespace's `fd00:77::` address.
//! * One controller at a time, machine-wide: the SDK writes fixed files
//!   (`/data/chip_*.ini`, `/tmp/chip_kvs`) whatever its storage directory
//!   is. [`MatterCtl::start`] takes a process-wide lock and an exclusive
//!   `flock` on [`LOCK_PATH`] and holds both until the driver has exited,
//!   so tests in one binary and test binaries run side by side wait for
//!   each other instead of corrupting those files. Keep a [`MatterCtl`]
//!   only as long as the test needs it; several controllers of one test
//!   live in one driver (`add_controller`, also on another fabric).
//! * The driver's storage directory keeps its fabric (CA keys, NOCs): start
//!   it again on the same directory and it still reaches the nodes it
//!   commissioned. The SDK's log goes to `matter_ctl.log` there
//!   ([`MatterCtl::log_tail`] shows its end when a request fails).
//! * The hub side shared by the Matter tests: [`hub_tweak`] (Thread on the
//!   simulated RCP, mDNS on the veth, the Matter node on), [`start_parts`]
//!   (everything a controller meets, Thread up to leader), [`open_window`]
//!   (the owner's `POST /v1/matter/window`), and the audit waits
//!   [`last_seq`], [`audited`], [`wait_audited`].

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ChildStdin;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{json, Value};

use super::hub::{self, Hub};
use super::netns::{self, python, NetNs, Proc};
use super::otsim;
use threshold::audit::AuditRecord;

/// The lock file every harness process `flock`s while its controller runs.
pub const LOCK_PATH: &str = "/data/threshold-matter-ctl.lock";

/// Extra time the harness waits beyond a request's own time limit (the
/// driver enforces that limit and replies with a timeout error).
const GRACE: Duration = Duration::from_secs(15);

/// The driver's default time limit per op (as in matter_ctl.py).
fn op_timeout(op: &str) -> Duration {
    Duration::from_secs(match op {
        "commission" => 90,
        "commission_code" => 120,
        _ => 30,
    })
}

static IN_PROCESS: Mutex<()> = Mutex::new(());

/// `tests/tools/matter_ctl.py`.
pub fn driver_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/matter_ctl.py")
}

/// A PAA trust store for the SDK (`<parent>/paa`): the Matter SDK's two
/// test PAAs as DER files (the SDK reads only DER there).
pub fn paa_dir(parent: &Path) -> PathBuf {
    let dir = parent.join("paa");
    std::fs::create_dir_all(&dir).expect("mkdir paa");
    for stem in [super::pki::SDK_PAA, super::pki::SDK_PAA_NOVID] {
        std::fs::copy(
            super::pki::fixture(&format!("{stem}.der")),
            dir.join(format!("{stem}.der")),
        )
        .expect("copy PAA");
    }
    dir
}

/// Start-up options of the driver (the SDK's defaults otherwise).
#[derive(Clone, Debug)]
pub struct CtlOptions {
    /// The admin controller's fabric id.
    pub fabric_id: u64,
    /// The vendor id in the controller's NOCs.
    pub vendor_id: u16,
    /// The admin controller's node id (its CASE subject on the device).
    pub admin_node_id: u64,
}

impl Default for CtlOptions {
    fn default() -> Self {
        CtlOptions {
            fabric_id: 1,
            vendor_id: 0xFFF1,
            admin_node_id: 112233,
        }
    }
}

/// The lock held while a driver runs: the process-wide mutex, then the
/// file lock. Dropped after the driver (field order in [`MatterCtl`]).
struct ControllerLock {
    _file: File,
    _guard: MutexGuard<'static, ()>,
}

impl ControllerLock {
    fn take() -> ControllerLock {
        // A test that panicked while holding it poisons nothing we rely on.
        let guard = IN_PROCESS.lock().unwrap_or_else(|e| e.into_inner());
        std::fs::create_dir_all("/data").expect("create /data (scripts/setup.sh makes it)");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(LOCK_PATH)
            .unwrap_or_else(|e| panic!("open {LOCK_PATH}: {e}"));
        file.lock()
            .unwrap_or_else(|e| panic!("flock {LOCK_PATH}: {e}"));
        ControllerLock {
            _file: file,
            _guard: guard,
        }
    }
}

/// The SDK's Python controller running in a namespace (see the module
/// docs). Killed on drop; [`MatterCtl::shutdown`] stops it cleanly.
pub struct MatterCtl {
    // Field order: the process goes before the lock is released.
    proc: Proc,
    stdin: ChildStdin,
    _lock: ControllerLock,
    log: PathBuf,
    next_id: u64,
    /// The driver's first line: `{"ok": true, "ready": true, "sdk",
    /// "fabric_id", "node_id", "compressed_fabric_id"}`.
    pub hello: Value,
}

impl MatterCtl {
    /// The driver in `ns` with its storage in `storage` (created if need
    /// be) and the PAA trust store `paa_dir` (see [`paa_dir`]), fabric 1,
    /// vendor 0xFFF1, admin node 112233. Waits for the lock (module docs),
    /// then for the controller to come up; panics if it cannot.
    pub fn start(ns: &NetNs, storage: &Path, paa_dir: &Path) -> MatterCtl {
        Self::start_with(ns, storage, paa_dir, &CtlOptions::default())
    }

    /// [`MatterCtl::start`] with other start-up options.
    pub fn start_with(ns: &NetNs, storage: &Path, paa_dir: &Path, opts: &CtlOptions) -> MatterCtl {
        let lock = ControllerLock::take();
        std::fs::create_dir_all(storage).expect("mkdir storage");
        let log = storage.join("matter_ctl.log");
        let mut cmd = ns.command(python());
        cmd.arg(driver_script())
            .arg("--storage")
            .arg(storage)
            .arg("--paa-dir")
            .arg(paa_dir)
            .arg("--fabric-id")
            .arg(opts.fabric_id.to_string())
            .arg("--vendor-id")
            .arg(opts.vendor_id.to_string())
            .arg("--admin-node-id")
            .arg(opts.admin_node_id.to_string())
            .arg("--log")
            .arg(&log);
        let mut proc = Proc::spawn("matter_ctl", cmd);
        let stdin = proc.child.stdin.take().expect("stdin");
        let mut ctl = MatterCtl {
            proc,
            stdin,
            _lock: lock,
            log,
            next_id: 1,
            hello: Value::Null,
        };
        let first = ctl.proc.try_wait_line(Duration::from_secs(60), |_| true);
        let hello = first
            .as_deref()
            .and_then(|l| serde_json::from_str::<Value>(l).ok())
            .unwrap_or(Value::Null);
        assert!(
            hello["ready"] == true,
            "matter_ctl did not come up: {first:?}\n{}",
            ctl.log_tail(40)
        );
        ctl.hello = hello;
        ctl
    }

    /// Sends `req` (an object with "op"; see matter_ctl.py) and returns its
    /// reply. Waits for the request's own time limit ("timeout", or the
    /// op's default) plus a grace period; a reply that does not come, or a
    /// driver that died, gives `{"ok": false, "error": "harness: ..."}`.
    pub fn request(&mut self, req: &Value) -> Value {
        let op = req["op"].as_str().unwrap_or("");
        let within = req["timeout"]
            .as_f64()
            .map(Duration::from_secs_f64)
            .unwrap_or_else(|| op_timeout(op))
            + GRACE;
        self.request_within(req, within)
    }

    /// [`MatterCtl::request`] waiting at most `within` for the reply.
    pub fn request_within(&mut self, req: &Value, within: Duration) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let got = match exchange(&mut self.proc, &mut self.stdin, id, req, within) {
            Ok(got) => got,
            Err(refusal) => return refusal,
        };
        match got {
            Some(v) => v,
            None => {
                let exited = self.proc.child.try_wait().ok().flatten();
                json!({
                    "ok": false,
                    "error": match exited {
                        Some(st) => format!("harness: driver exited ({st})"),
                        None => format!("harness: no reply within {within:?}"),
                    },
                })
            }
        }
    }

    /// [`MatterCtl::request`] that must succeed: panics with the reply and
    /// the end of the SDK's log otherwise.
    pub fn ok(&mut self, req: &Value) -> Value {
        let r = self.request(req);
        assert!(
            r["ok"] == true,
            "matter_ctl {req} failed: {r}\n{}",
            self.log_tail(60)
        );
        r
    }

    /// The last `lines` lines of the driver's log (the SDK's and its own).
    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// The driver's log file.
    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// Asks the driver to shut the SDK down and waits for it to exit
    /// (killed after 20 s), then releases the lock.
    pub fn shutdown(mut self) {
        let _ = self.request_within(&json!({"op": "shutdown"}), Duration::from_secs(20));
        // The driver closes its standard output as it exits: wait for that
        // end of file (or the time limit), then reap or kill it.
        let _ = self.proc.try_wait_line(Duration::from_secs(20), |_| false);
        if !matches!(self.proc.child.try_wait(), Ok(Some(_))) {
            let _ = self.proc.child.kill();
        }
        let _ = self.proc.child.wait();
    }
}

/// The hub's configuration for the Matter tests in namespace `ns`: CoAP
/// on loopback, mDNS on the veth, Thread on the simulated RCP (node 1),
/// the Matter node on.
pub fn hub_tweak(ns: &str) -> impl FnOnce(&mut threshold::config::Config) {
    let url = otsim::rcp_url(ns, 1).to_string();
    move |cfg| {
        cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.mdns.interfaces = vec![netns::VETH.into()];
        cfg.thread.radio_url = url;
        cfg.thread.network_name = "matter-tbr".into();
        cfg.matter.enabled = true;
    }
}

/// Starts everything a Matter controller meets: CoAP, mDNS, Thread (until
/// it leads, when enabled), the Matter node.
pub async fn start_parts(hub: &mut Hub) {
    let cfg = hub.cfg.clone();
    let d = hub.daemon.as_mut().expect("running");
    let coap = d.start_coap(&cfg).await.expect("coap");
    let mdns = d.start_mdns(&cfg, &coap).await.expect("mdns");
    if cfg.thread.enabled {
        let h = d.start_thread(&cfg, mdns.as_ref()).expect("thread");
        otsim::wait_role(&h, &["leader"], Duration::from_secs(60)).await;
    }
    d.start_matter(&cfg, mdns.as_ref()).expect("matter");
}

/// Opens a window as the owner (the admin socket): the API's answer.
pub async fn open_window(hub: &Hub, body: Value) -> Value {
    hub::ok(hub::post(&hub.admin(), "/v1/matter/window", &body).await)
}

/// The audit records with `action` after `after`.
pub async fn audited(hub: &Hub, action: &str, after: u64) -> Vec<AuditRecord> {
    hub.audit()
        .await
        .into_iter()
        .filter(|r| r.seq > after && r.event.action == action)
        .collect()
}

/// The sequence number of the last audit record (0 if none).
pub async fn last_seq(hub: &Hub) -> u64 {
    hub.audit().await.last().map(|r| r.seq).unwrap_or(0)
}

/// Waits (on the audit log, up to `within`) for a record of `action` with
/// `reason` after `after`.
pub async fn wait_audited(
    hub: &Hub,
    action: &str,
    reason: &str,
    after: u64,
    within: Duration,
) -> AuditRecord {
    let what = format!("{action} {reason} audited after {after}");
    super::wait_until_async(within, &what, || async {
        audited(hub, action, after)
            .await
            .into_iter()
            .find(|r| r.event.reason == reason)
    })
    .await
}

/// One JSON-lines exchange with a driver (`matter_ctl.py`, `ctl.mjs`):
/// writes `req` with `"id": id` to `stdin`, then waits up to `within` for
/// the reply carrying that id (a late reply to an earlier request is
/// skipped). `Err` is the harness's own `{"ok": false}` reply when the
/// request cannot be sent; `Ok(None)` when no reply came in time.
pub fn exchange(
    proc: &mut Proc,
    stdin: &mut std::process::ChildStdin,
    id: u64,
    req: &Value,
    within: Duration,
) -> Result<Option<Value>, Value> {
    let mut req = req.clone();
    match req.as_object_mut() {
        Some(o) => {
            o.insert("id".into(), json!(id));
        }
        None => return Err(json!({"ok": false, "error": "harness: a request is an object"})),
    }
    let line = format!("{req}\n");
    if let Err(e) = stdin
        .write_all(line.as_bytes())
        .and_then(|()| stdin.flush())
    {
        return Err(json!({"ok": false, "error": format!("harness: driver gone: {e}")}));
    }
    let got = proc.try_wait_line(within, |l| {
        serde_json::from_str::<Value>(l).is_ok_and(|v| v["id"] == id)
    });
    Ok(got.and_then(|l| serde_json::from_str::<Value>(&l).ok()))
}

/// Runs `scenario(hub namespace name, controller namespace)` on a 2-worker
/// tokio runtime inside the hub's namespace of a new veth pair (the
/// controller's namespace is the pair's other end; `tag` names them).
pub fn in_hub_namespace<F, Fut>(tag: &str, scenario: F)
where
    F: FnOnce(String, NetNs) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()>,
{
    let (hub_ns, ctl_ns) = NetNs::pair_ipv6(tag);
    let ns_name = hub_ns.name().to_owned();
    hub_ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(scenario(ns_name, ctl_ns))
    });
}
