//! A second, independent Matter controller for the tests: matter.js's
//! `CommissioningController` (npm `@project-chip/matter.js` 0.17.9, pinned
//! with `@matter/main` and `@matter/nodejs` in
//! `tests/tools/matterjs/package-lock.json`, installed by
//! `scripts/setup.d/50-matterjs.sh`), driven by `tests/tools/matterjs/ctl.mjs`
//! over JSON lines (the protocol is documented at the top of that script).
//!
//! * [`MatterJs::start`] spawns the driver inside a namespace (never
//!   outside one: matter.js's mDNS binds port 5353 on every interface it
//!   finds) and returns once its controller is up; [`MatterJs::request`]
//!   sends one request and returns its reply, never hanging. It needs no
//!   lock: it writes only its storage directory, and it runs next to the
//!   SDK's Python controller in one namespace (both mDNS stacks share port
//!   5353 there; `tests/matter_second_stack.rs` shows it).
//! * Its storage directory keeps its fabric: start it again on the same
//!   directory and it reaches the nodes it commissioned over CASE.
//! * It trusts only the PAA DER files of the directory it is given (see
//!   [`super::matter::paa_dir`]); matter.js's own log goes to
//!   `matterjs.log` in the storage directory ([`MatterJs::log_tail`]).
//! * [`available`] says whether Node and the installed modules are there.

use std::path::{Path, PathBuf};
use std::process::ChildStdin;
use std::time::Duration;

use serde_json::{json, Value};

use super::netns::{NetNs, Proc};

/// `tests/tools/matterjs` (package.json, the lock, the driver).
pub fn tool_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/matterjs")
}

/// Whether `node` runs and `npm ci` has installed the driver's modules
/// (`scripts/setup.sh` does both); the reason when not.
pub fn available() -> Result<(), String> {
    let node = std::process::Command::new("node").arg("--version").output();
    match node {
        Ok(o) if o.status.success() => {}
        _ => return Err("node is not installed (scripts/setup.sh installs it)".into()),
    }
    let modules = tool_dir().join("node_modules/@project-chip/matter.js/package.json");
    if !modules.exists() {
        return Err(format!(
            "{} is missing: run `npm ci` in {} (scripts/setup.sh does)",
            modules.display(),
            tool_dir().display()
        ));
    }
    Ok(())
}

/// The matter.js controller running in a namespace (module docs). Killed
/// on drop; [`MatterJs::shutdown`] stops it cleanly.
pub struct MatterJs {
    proc: Proc,
    stdin: ChildStdin,
    log: PathBuf,
    next_id: u64,
    /// The driver's first line: `{"ok": true, "ready": true, "matterjs",
    /// "node_id", "fabric_id", "vendor_id", "nodes"}`.
    pub hello: Value,
}

impl MatterJs {
    /// The driver in `ns` with its storage in `storage` (created if need
    /// be), trusting the PAAs in `paa_dir`, on fabric `fabric_id` with
    /// vendor id `vendor_id` in its NOCs (used only when the storage is
    /// new). Panics if it does not come up within a minute.
    pub fn start(
        ns: &NetNs,
        storage: &Path,
        paa_dir: &Path,
        fabric_id: u64,
        vendor_id: u16,
    ) -> MatterJs {
        std::fs::create_dir_all(storage).expect("mkdir storage");
        let log = storage.join("matterjs.log");
        let mut cmd = ns.command("node");
        cmd.current_dir(storage)
            .arg(tool_dir().join("ctl.mjs"))
            .arg("--storage")
            .arg(storage)
            .arg("--paa-dir")
            .arg(paa_dir)
            .arg("--fabric-id")
            .arg(fabric_id.to_string())
            .arg("--vendor-id")
            .arg(vendor_id.to_string())
            .arg("--log")
            .arg(&log);
        let mut proc = Proc::spawn("matterjs", cmd);
        let stdin = proc.child.stdin.take().expect("stdin");
        let mut js = MatterJs {
            proc,
            stdin,
            log,
            next_id: 1,
            hello: Value::Null,
        };
        let first = js.proc.try_wait_line(Duration::from_secs(60), |_| true);
        let hello = first
            .as_deref()
            .and_then(|l| serde_json::from_str::<Value>(l).ok())
            .unwrap_or(Value::Null);
        assert!(
            hello["ready"] == true,
            "matter.js did not come up: {first:?}\n{}",
            js.log_tail(40)
        );
        js.hello = hello;
        js
    }

    /// Sends `req` (an object with "op"; see ctl.mjs) and returns its reply,
    /// waiting its "timeout" (or 90 s) plus 15 s; a reply that does not
    /// come gives `{"ok": false, "error": "harness: ..."}`.
    pub fn request(&mut self, req: &Value) -> Value {
        let within = Duration::from_secs_f64(req["timeout"].as_f64().unwrap_or(90.0) + 15.0);
        let id = self.next_id;
        self.next_id += 1;
        let got = match super::matter::exchange(&mut self.proc, &mut self.stdin, id, req, within) {
            Ok(got) => got,
            Err(refusal) => return refusal,
        };
        got.unwrap_or_else(
            || json!({"ok": false, "error": format!("harness: no reply within {within:?}")}),
        )
    }

    /// [`MatterJs::request`] that must succeed: panics with the reply and
    /// the end of matter.js's log otherwise.
    pub fn ok(&mut self, req: &Value) -> Value {
        let r = self.request(req);
        assert!(
            r["ok"] == true,
            "matter.js {req} failed: {r}\n{}",
            self.log_tail(60)
        );
        r
    }

    /// matter.js's log file.
    #[allow(dead_code)]
    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// The last `lines` lines of matter.js's log.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// Closes the controller (its storage flushed) and waits for the driver
    /// to exit (killed after 20 s).
    pub fn shutdown(mut self) {
        let _ = self.request(&json!({"op": "shutdown", "timeout": 20}));
        let _ = self.proc.try_wait_line(Duration::from_secs(20), |_| false);
        if !matches!(self.proc.child.try_wait(), Ok(Some(_))) {
            let _ = self.proc.child.kill();
        }
        let _ = self.proc.child.wait();
    }
}
