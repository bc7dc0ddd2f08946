//! Helpers shared by the integration tests (and by the benches that drive
//! real processes). A test includes them with `mod common;` and names the
//! parts it uses (`use common::{hub, netns};`, `common::wait_until`).
//!
//! This module itself holds:
//! * [`Sim`] and its helpers ([`actor`], [`open_req`], [`window_pake`],
//!   [`device_key`], [`ms`], [`secs`]): the commissioning core on virtual
//!   time, two clocks advanced by hand.
//! * [`wait_until`] / [`wait_until_async`]: the one way a test polls a
//!   condition that has no event to wait on, with a deadline and a panic
//!   message naming what it waited for.
//! * [`wait_exit`]: waits for a child process to exit, with a deadline.
//! * [`skip`]: says on stderr that a test cannot run here and why.
//!
//! Submodules:
//! * [`browser`]: headless Chromium through WebDriver, pinned to the hub's
//!   server key, for the dashboard.
//! * [`hub`]: a real daemon in-process (API on 127.0.0.1:0, real TLS, real
//!   SQLite in a temporary state directory) and HTTP clients for it.
//! * [`device`]: TEST ONLY minted devices, the PAA roots a hub trusts for
//!   them, and the real `threshold device simulate` binary against a hub.
//! * [`coap`]: a bare CoAP hub (CA, TLS and UDP servers, a test router) and
//!   the SDK test device's identity, for the CoAP tests.
//! * [`pki`]: the Matter SDK test PKI fixtures, trust stores, OpenSSL as an
//!   independent verifier, re-signed certificates.
//! * [`matter`]: a standard Matter controller (the Matter SDK's Python
//!   controller, Home Assistant's) driven over JSON lines, one at a time,
//!   and the hub side the Matter tests share.
//! * [`matterjs`]: a second, independent controller (matter.js) driven the
//!   same way.
//! * [`netns`]: private network namespaces (multicast stays off the host),
//!   processes inside them, the python-zeroconf browser, avahi-daemon.
//! * [`otsim`]: OpenThread's simulated `ot-rcp` and `ot-cli-ftd` nodes.
//! * [`ping`]: ICMPv6 echo from inside a namespace (raw socket, no binary).
//! * [`hostile`]: a hostile load from many loopback addresses (idle TCP,
//!   TLS junk, raw junk, oversize bodies, wrong-passcode PAKE runs).
//! * [`proc`]: the real `threshold run` binary as a child (pid, RSS, log,
//!   SIGKILL and restart on the same state), the CLI against it, and
//!   in-process devices pairing with it from a chosen source address.
//! * [`qemu`]: the hub booted in QEMU (a real kernel, systemd as PID 1
//!   with the project's unit, the RCP on a virtual serial port).
// Each test binary compiles all of these and uses a few: unused helpers
// are expected here, and only here.
#![allow(dead_code)]

pub mod browser;
pub mod coap;
pub mod device;
pub mod hostile;
pub mod hub;
pub mod matter;
pub mod matterjs;
pub mod netns;
pub mod otsim;
pub mod ping;
pub mod pki;
pub mod proc;
pub mod qemu;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use threshold::commissioning::event::Event;
use threshold::commissioning::policy::{
    DeviceClass, DeviceClassRule, DeviceClassTable, Policy, Role,
};
use threshold::commissioning::token::{DeviceKey, HubKey};
use threshold::commissioning::{Actor, Commissioner, OpenWindow, Snapshot, WindowPake};
use threshold::time::{ManualClock, UnixMillis};

/// 2026-11-25T00:00:00Z
pub const T0_WALL: UnixMillis = UnixMillis(1_795_564_800_000);

/// The core plus two clocks that advance together.
pub struct Sim {
    pub core: Commissioner,
    pub now: Instant,
    pub clock: Arc<ManualClock>,
}

impl Sim {
    pub fn new(policy: Policy) -> Sim {
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
        Sim::with_hub(policy, hub, Snapshot::default())
    }

    /// A core with `policy`, whose device-class table gets the TEST ONLY
    /// vendor row ([`with_test_vendor`]).
    pub fn with_hub(policy: Policy, hub: HubKey, snapshot: Snapshot) -> Sim {
        let policy = with_test_vendor(policy);
        let clock = Arc::new(ManualClock::new(T0_WALL));
        let now = Instant::now();
        let core = Commissioner::new(
            policy,
            hub,
            clock.clone(),
            Box::new(ring::rand::SystemRandom::new()),
            now,
            snapshot,
        );
        Sim { core, now, clock }
    }

    /// Advances both clocks by `d`, then fires due timers.
    pub fn advance(&mut self, d: Duration) {
        self.now += d;
        self.clock.advance(d);
        self.core.handle_timeout(self.now);
    }

    /// Advances both clocks by `d` without firing timers (a late driver).
    pub fn advance_quietly(&mut self, d: Duration) {
        self.now += d;
        self.clock.advance(d);
    }

    pub fn events(&mut self) -> Vec<Event> {
        std::iter::from_fn(|| self.core.poll_event()).collect()
    }

    /// Audit (action, reason) pairs drained from the event queue.
    pub fn audits(&mut self) -> Vec<(String, String)> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Audit(a) => Some((a.action, a.reason)),
                _ => None,
            })
            .collect()
    }
}

/// The Matter TEST ONLY vendor id of every test device.
pub const TEST_VID: u16 = 0xFFF1;

/// `policy` with a vendor-wide row `TEST_VID -> low` in its device-class
/// table, unless it has one already. Unknown devices are `high` by
/// default and a window records the stricter of the policy's class and
/// the class asked, so without this row every test window would be `high`;
/// with it, the class a test asks is the class its window records. A test
/// of the policy itself adds product rows (they win over the vendor row)
/// or uses another vendor.
pub fn with_test_vendor(mut policy: Policy) -> Policy {
    let t = &policy.device_classes;
    let mut rules = t.rules();
    if rules.iter().any(|r| r.vid == TEST_VID && r.pid.is_none()) {
        return policy;
    }
    rules.push(DeviceClassRule {
        vid: TEST_VID,
        pid: None,
        class: DeviceClass::Low,
    });
    policy.device_classes = DeviceClassTable::new(rules, t.unknown()).expect("one vendor row");
    policy
}

/// The `[[commissioning.device_classes]]` row of every test hub's
/// configuration: the TEST ONLY vendor's devices are `low` (see
/// [`with_test_vendor`] for why).
pub fn test_vendor_row() -> threshold::config::DeviceClassRuleConfig {
    threshold::config::DeviceClassRuleConfig {
        vid: TEST_VID,
        pid: None,
        class: DeviceClass::Low,
    }
}

pub fn actor(role: Role) -> Actor {
    Actor {
        user: format!("u-{}", role.as_str()),
        role,
        channel: "api",
    }
}

/// SPAKE2+ parameters for passcode 20202021, derived once per test binary
/// (PBKDF2 is slow in debug builds).
pub fn window_pake() -> WindowPake {
    static PAKE: std::sync::OnceLock<WindowPake> = std::sync::OnceLock::new();
    PAKE.get_or_init(|| {
        WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new()).expect("derive")
    })
    .clone()
}

pub fn open_req(discriminator: u16, class: DeviceClass) -> OpenWindow {
    OpenWindow {
        pake: window_pake(),
        discriminator,
        vid: TEST_VID,
        pid: 0x8001,
        class,
        ttl: None,
    }
}

/// A fresh device key pair: the public key as the core sees it.
pub fn device_key() -> DeviceKey {
    let rng = ring::rand::SystemRandom::new();
    let pkcs8 =
        EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("keygen");
    let kp = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
        .expect("parse");
    DeviceKey::from_sec1(kp.public_key().as_ref()).expect("sec1")
}

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

pub fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// What a [`wait_until`] condition returns: `true`, `Some(value)` or
/// `Ok(value)` once it holds; an `Err` says what was seen instead, and the
/// last one is shown if the wait times out.
pub trait Ready {
    /// What the wait returns.
    type Value;
    /// `Ok` once the condition holds, else what was seen (if anything).
    fn ready(self) -> Result<Self::Value, Option<String>>;
}

impl Ready for bool {
    type Value = ();
    fn ready(self) -> Result<(), Option<String>> {
        self.then_some(()).ok_or(None)
    }
}

impl<T> Ready for Option<T> {
    type Value = T;
    fn ready(self) -> Result<T, Option<String>> {
        self.ok_or(None)
    }
}

impl<T, E: std::fmt::Display> Ready for Result<T, E> {
    type Value = T;
    fn ready(self) -> Result<T, Option<String>> {
        self.map_err(|e| Some(e.to_string()))
    }
}

/// The first pause between two polls; it doubles up to [`POLL_MAX`], so a
/// cheap condition is seen at once and a costly one (a process per poll)
/// is not run in a tight loop.
const POLL_FIRST: Duration = Duration::from_millis(10);
const POLL_MAX: Duration = Duration::from_millis(250);

fn timed_out(within: Duration, what: &str, last: Option<String>) -> ! {
    match last {
        Some(last) => panic!("timed out after {within:?} waiting for {what}; last seen: {last}"),
        None => panic!("timed out after {within:?} waiting for {what}"),
    }
}

/// Polls `cond` until it holds (see [`Ready`]) and returns its value, for
/// at most `within`; then panics with "timed out after .. waiting for
/// `what`" (and the last `Err` seen).
///
/// Only for conditions that have no event to wait on (a process state, an
/// answer over D-Bus, a row another process writes): wait on the event
/// itself (a line on a child's output, a channel, a connect) wherever
/// there is one.
pub fn wait_until<R: Ready>(within: Duration, what: &str, mut cond: impl FnMut() -> R) -> R::Value {
    let deadline = Instant::now() + within;
    let mut pause = POLL_FIRST;
    loop {
        let last = match cond().ready() {
            Ok(v) => return v,
            Err(last) => last,
        };
        let now = Instant::now();
        if now >= deadline {
            timed_out(within, what, last);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(POLL_MAX);
    }
}

/// [`wait_until`] for an async condition, on tokio's clock (so it follows
/// paused time in a virtual-time test).
pub async fn wait_until_async<R: Ready, F: std::future::Future<Output = R>>(
    within: Duration,
    what: &str,
    mut cond: impl FnMut() -> F,
) -> R::Value {
    let deadline = tokio::time::Instant::now() + within;
    let mut pause = POLL_FIRST;
    loop {
        let last = match cond().await.ready() {
            Ok(v) => return v,
            Err(last) => last,
        };
        let now = tokio::time::Instant::now();
        if now >= deadline {
            timed_out(within, what, last);
        }
        tokio::time::sleep(pause.min(deadline - now)).await;
        pause = (pause * 2).min(POLL_MAX);
    }
}

/// Waits for `child` to exit, for at most `within`, on the exit itself (a
/// thread blocked in `wait`). `None` if it did not exit in time; it is then
/// killed, so a failed test leaves no process behind.
pub fn wait_exit(
    mut child: std::process::Child,
    within: Duration,
) -> Option<std::process::ExitStatus> {
    let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    match rx.recv_timeout(within) {
        Ok(status) => Some(status.expect("wait")),
        Err(_) => {
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
            None
        }
    }
}

/// Says that the calling test cannot run here, and why, as
/// `skipped: <why> (<test>)` on stderr; the caller then returns. Only for
/// what a machine may lack by design (root); a test documented to fail
/// when a tool is missing fails instead.
pub fn skip(why: &str) {
    use std::io::Write;
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("?");
    // Straight to the process's stderr: the test harness captures
    // `eprintln!` of passing tests, and a skip must never pass unseen.
    let _ = writeln!(std::io::stderr(), "skipped: {why} ({test})");
}
