//! The [`Commissioner`] state machine.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ring::rand::SystemRandom;

use crate::audit::{AuditEvent, Outcome};
use crate::commissioning::anomaly::{AnomalyDetector, Burst};
use crate::commissioning::codes::{self, NewCode};
use crate::commissioning::error::*;
use crate::commissioning::event::*;
use crate::commissioning::policy::{DeviceClass, Policy, Role};
use crate::commissioning::token::{
    Cti, DeviceKey, HubKey, Scope, TokenClaims, TokenError, TokenVerifier, VerifyTokenError,
};
use crate::pake::{SpakeError, VerifierRecord};
use crate::time::{UnixMillis, WallClock};

/// How many closed windows are remembered (by discriminator) to give a
/// precise error ("expired", "too many failures") to a late device.
const RECENTLY_CLOSED: usize = 64;

/// How long used or expired enrollment codes are remembered.
const CODE_MEMORY: Duration = Duration::from_secs(24 * 3600);

/// Who asks, as authenticated by a driver (client certificate, local socket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// User id.
    pub user: String,
    /// The user's role.
    pub role: Role,
    /// The channel the request came through (`api`, `local`, ...).
    pub channel: &'static str,
}

impl Actor {
    fn audit_name(&self) -> String {
        format!("user:{}", self.user)
    }

    /// An audit event with this actor and its channel.
    fn event(
        &self,
        action: &str,
        subject: impl Into<String>,
        outcome: Outcome,
        reason: &str,
    ) -> AuditEvent {
        AuditEvent::new(
            self.audit_name(),
            action,
            subject,
            self.channel,
            outcome,
            reason,
        )
    }
}

/// A window's SPAKE2+ parameters: the device derives `w0`, `w1` from its
/// passcode with `salt` and `iterations`; the hub keeps only the
/// registration `record` (`w0`, `L`), for the life of the window.
#[derive(Debug, Clone)]
pub struct WindowPake {
    /// PBKDF2 salt (random, 32 bytes).
    pub salt: Vec<u8>,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The verifier's registration record.
    pub record: VerifierRecord,
}

impl WindowPake {
    /// Derives the parameters for a scanned passcode with a fresh random
    /// salt. Costs one PBKDF2 (about 6 ms at the default 10 000
    /// iterations): call it before handing the request to the core.
    pub fn derive(
        passcode: u32,
        iterations: u32,
        rng: &dyn ring::rand::SecureRandom,
    ) -> Result<WindowPake, SpakeError> {
        let mut salt = vec![0u8; 32];
        rng.fill(&mut salt).map_err(|_| SpakeError::Crypto)?;
        let (_, record) = crate::pake::derive(passcode, &salt, iterations)?;
        Ok(WindowPake {
            salt,
            iterations,
            record,
        })
    }
}

/// A request to open a window, from a scanned setup payload.
#[derive(Debug, Clone)]
pub struct OpenWindow {
    /// 12-bit discriminator from the payload.
    pub discriminator: u16,
    /// Vendor id from the payload.
    pub vid: u16,
    /// Product id from the payload.
    pub pid: u16,
    /// Risk class chosen by the user.
    pub class: DeviceClass,
    /// Requested lifetime (clamped to policy).
    pub ttl: Option<Duration>,
    /// SPAKE2+ parameters derived from the scanned passcode.
    pub pake: WindowPake,
}

/// An open window, as reported to callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowInfo {
    /// The persisted record.
    pub record: WindowRecord,
    /// Monotonic deadline.
    pub deadline: Instant,
    /// Failed PAKE confirmations so far.
    pub failures: u32,
    /// Whether a PAKE is running.
    pub pake_in_flight: bool,
}

/// Identifies a running PAKE: returned by [`Commissioner::start_pake`], passed
/// back with its outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PakeTicket {
    /// Window id.
    pub window: u64,
    /// Session number (unique for the life of the core).
    pub session: u64,
}

/// What a failed PAKE confirmation did to the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PakeFailure {
    /// Failures so far in this window.
    pub failures: u32,
    /// Whether this failure closed the window.
    pub window_closed: bool,
}

/// A token handed to a device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedToken {
    /// The encoded CWT.
    pub token: Vec<u8>,
    /// Its claims.
    pub claims: TokenClaims,
}

/// Everything the core must know after a restart, read from the store.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The next window id to allocate (greater than every stored id).
    pub next_window_id: u64,
    /// Windows that were open when the hub stopped: they are closed now.
    pub open_windows: Vec<u64>,
    /// Devices not removed.
    pub devices: Vec<DeviceRecord>,
    /// Tokens not yet expired.
    pub tokens: Vec<LedgerEntry>,
    /// Unused enrollment codes not yet expired.
    pub codes: Vec<CodeRecord>,
    /// Whether any user exists.
    pub users_exist: bool,
}

/// A token's ledger entry: what the core remembers of an issued token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Token id.
    pub cti: Cti,
    /// Device id.
    pub device: String,
    /// Scope.
    pub scope: Scope,
    /// `exp`.
    pub expires: UnixMillis,
    /// Redeemed already.
    pub redeemed: bool,
    /// Revoked.
    pub revoked: bool,
}

#[derive(Debug)]
struct Session {
    id: u64,
    device: String,
    deadline: Instant,
}

#[derive(Debug)]
struct Window {
    rec: WindowRecord,
    pake_params: WindowPake,
    deadline: Instant,
    failures: u32,
    pake: Option<Session>,
    /// The device that proved the passcode here and has not reached `full`.
    device: Option<String>,
    /// The last session that hit its handshake timeout (for a precise error).
    timed_out: Option<u64>,
}

#[derive(Debug)]
struct Device {
    rec: DeviceRecord,
    /// Monotonic rendering of `rec.full_by`.
    full_by: Option<Instant>,
}

/// The sans-IO commissioning state machine.
///
/// # Call order
///
/// 1. Build it with [`Commissioner::new`] from the store's [`Snapshot`].
/// 2. Feed it inputs (`open_window`, `start_pake`, `pake_failed`,
///    `pake_succeeded`, `redeem`, `verify`, `approve`, ...), each with the
///    current monotonic `now`. Every input first fires the timers due at
///    `now`, so a late driver can never let a window accept past its deadline.
/// 3. After each input, drain [`Commissioner::poll_event`] and carry the
///    events out in order ([`Event::Persist`] and [`Event::Audit`] durably
///    before answering the peer).
/// 4. Sleep until [`Commissioner::poll_timeout`], then call
///    [`Commissioner::handle_timeout`].
///
/// # Invariants
///
/// * A window accepts a PAKE start or outcome only while `now < deadline`,
///   holds at most one PAKE, and closes at its deadline, on pairing, on
///   revoke, or at the `max_pake_failures`-th failure.
/// * A token is issued only from a successful PAKE in an open window or from
///   a redeemed setup token; its `exp` never passes the window's deadline.
/// * A `cti` is redeemed at most once; a revoked or redeemed token is never
///   accepted again; every token check happens against `exp` at wall time.
/// * A device reaches `full` only through redemption, and a high-risk one
///   only after an owner/admin approval; a device still short of `full` when
///   its setup token expires is quarantined.
pub struct Commissioner {
    policy: Policy,
    clock: Arc<dyn WallClock>,
    rng: SystemRandom,
    hub: HubKey,
    verifier: TokenVerifier,
    hub_id: String,
    windows: BTreeMap<u64, Window>,
    by_discriminator: HashMap<u16, u64>,
    recently_closed: VecDeque<(u16, u64, CloseReason)>,
    next_window: u64,
    next_session: u64,
    devices: HashMap<String, Device>,
    ledger: HashMap<Cti, LedgerEntry>,
    codes: Vec<CodeRecord>,
    users_exist: bool,
    anomaly: AnomalyDetector,
    was_locked: bool,
    events: VecDeque<Event>,
}

impl std::fmt::Debug for Commissioner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Commissioner")
            .field("hub_id", &self.hub_id)
            .field("windows", &self.windows.len())
            .field("devices", &self.devices.len())
            .field("ledger", &self.ledger.len())
            .finish_non_exhaustive()
    }
}

impl Commissioner {
    /// Builds the core from persisted state. Windows that were open are
    /// closed (reason `restart`): their monotonic deadlines did not survive.
    pub fn new(
        policy: Policy,
        hub: HubKey,
        clock: Arc<dyn WallClock>,
        now: Instant,
        snapshot: Snapshot,
    ) -> Self {
        let hub_id = hub_id_of(&hub);
        let verifier = hub.verifier(&hub_id, &hub_id);
        let anomaly = AnomalyDetector::new(policy.anomaly.clone());
        let wall = clock.now();
        let mut c = Commissioner {
            policy,
            clock,
            rng: SystemRandom::new(),
            hub,
            verifier,
            hub_id,
            windows: BTreeMap::new(),
            by_discriminator: HashMap::new(),
            recently_closed: VecDeque::new(),
            next_window: snapshot.next_window_id.max(1),
            next_session: 1,
            devices: HashMap::new(),
            ledger: snapshot.tokens.into_iter().map(|e| (e.cti, e)).collect(),
            codes: snapshot.codes,
            users_exist: snapshot.users_exist,
            anomaly,
            was_locked: false,
            events: VecDeque::new(),
        };
        for id in snapshot.open_windows {
            c.persist(Persist::WindowClosed {
                id,
                at: wall,
                reason: CloseReason::Restart.as_str(),
            });
            c.audit(system(
                "window.close",
                format!("window:{id}"),
                Outcome::Info,
                "restart",
            ));
        }
        let mut stranded = Vec::new();
        for rec in snapshot.devices {
            let full_by = rec.full_by.map(|t| instant_for(now, wall, t));
            if matches!(rec.state, DeviceState::Pending | DeviceState::Approved) {
                stranded.push(rec.id.clone());
            }
            c.devices.insert(rec.id.clone(), Device { rec, full_by });
        }
        // A device short of `full` needs its window, which did not survive.
        for id in stranded {
            c.refuse_device(now, wall, &id, DeviceState::Quarantined, "restart", None);
        }
        c
    }

    /// The hub's id: the `iss` and `aud` of its tokens.
    pub fn hub_id(&self) -> &str {
        &self.hub_id
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The next event for the driver, if any.
    pub fn poll_event(&mut self) -> Option<Event> {
        self.events.pop_front()
    }

    /// The earliest instant at which [`Commissioner::handle_timeout`] has
    /// work: a window deadline, a PAKE timeout, a device's `full` deadline, or
    /// the end of a pairing lock.
    pub fn poll_timeout(&self) -> Option<Instant> {
        let windows = self
            .windows
            .values()
            .flat_map(|w| std::iter::once(w.deadline).chain(w.pake.as_ref().map(|p| p.deadline)));
        let devices = self.devices.values().filter_map(|d| d.full_by);
        windows
            .chain(devices)
            .chain(self.anomaly.poll_timeout())
            .min()
    }

    /// Fires every timer due at `now`.
    pub fn handle_timeout(&mut self, now: Instant) {
        let wall = self.clock.now();
        // Devices first: a device's deadline is never after its window's.
        let overdue: Vec<String> = self
            .devices
            .values()
            .filter(|d| d.full_by.is_some_and(|t| now >= t))
            .map(|d| d.rec.id.clone())
            .collect();
        for id in overdue {
            let reason = match self.devices.get(&id).map(|d| d.rec.state) {
                Some(DeviceState::Approved) => "redeem_timeout",
                _ => "approval_timeout",
            };
            self.refuse_device(now, wall, &id, DeviceState::Quarantined, reason, None);
        }
        let timed_out: Vec<u64> = self
            .windows
            .values()
            .filter(|w| w.pake.as_ref().is_some_and(|p| now >= p.deadline))
            .map(|w| w.rec.id)
            .collect();
        for id in timed_out {
            if let Some(w) = self.windows.get_mut(&id) {
                if let Some(p) = w.pake.take() {
                    w.timed_out = Some(p.id);
                    let ev = AuditEvent::new(
                        format!("device:{}", p.device),
                        "pake.timeout",
                        format!("window:{id}"),
                        "coap",
                        Outcome::Failure,
                        "pake_timeout",
                    );
                    self.count_pake_failure(now, wall, id, ev);
                }
            }
        }
        let expired: Vec<u64> = self
            .windows
            .values()
            .filter(|w| now >= w.deadline)
            .map(|w| w.rec.id)
            .collect();
        for id in expired {
            self.close(
                now,
                wall,
                id,
                CloseReason::Expired,
                "system".into(),
                "system",
            );
        }
        if self.anomaly.handle_timeout(now) {
            self.audit(system(
                "pairing.unlock",
                "pairing",
                Outcome::Info,
                "lockout_ended",
            ));
        }
        if self.was_locked && self.anomaly.locked_until(now).is_none() {
            self.was_locked = false;
        }
        let now_secs = wall.as_secs();
        self.ledger.retain(|_, e| e.expires.as_secs() > now_secs);
        // Used and expired codes are kept for a day, to answer "already
        // used" / "expired" rather than "unknown".
        self.codes
            .retain(|c| c.expires.saturating_add(CODE_MEMORY) > wall);
    }

    // ---------------------------------------------------------------- windows

    /// Opens a window for one device (OOB: the user scanned its payload).
    pub fn open_window(
        &mut self,
        now: Instant,
        actor: &Actor,
        req: OpenWindow,
    ) -> Result<WindowInfo, OpenWindowError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let subject = format!("disc:{}", req.discriminator);
        let deny = |e: &OpenWindowError| {
            actor
                .event("window.open", subject.clone(), Outcome::Denied, e.code())
                .with("vid", req.vid)
                .with("pid", req.pid)
                .with("class", req.class.as_str())
                .with("role", actor.role.as_str())
        };
        if let Some(until) = self.anomaly.locked_until(now) {
            let e = OpenWindowError::Locked {
                until: wall_for(now, wall, until),
            };
            self.audit(deny(&e));
            return Err(e);
        }
        let refusal = if !self.policy.may_pair(actor.role, req.class) {
            Some(OpenWindowError::NotPermitted {
                role: actor.role,
                class: req.class,
            })
        } else if req.discriminator > 0x0FFF {
            Some(OpenWindowError::InvalidDiscriminator(req.discriminator))
        } else {
            self.by_discriminator
                .get(&req.discriminator)
                .map(|id| OpenWindowError::AlreadyOpen {
                    discriminator: req.discriminator,
                    window: *id,
                })
        };
        if let Some(e) = refusal {
            let ev = deny(&e);
            self.fail(now, ev);
            return Err(e);
        }
        let ttl = self.policy.clamp_window_ttl(req.ttl);
        let id = self.next_window;
        self.next_window += 1;
        let rec = WindowRecord {
            id,
            opened_by: actor.user.clone(),
            discriminator: req.discriminator,
            vid: req.vid,
            pid: req.pid,
            class: req.class,
            opened: wall,
            deadline: wall.saturating_add(ttl),
        };
        let deadline = now + ttl;
        if self.windows.is_empty() {
            self.events.push_back(Event::Advertise(Service::Pairing));
        }
        self.persist(Persist::WindowOpened(rec.clone()));
        self.audit(
            actor
                .event(
                    "window.open",
                    format!("window:{id}"),
                    Outcome::Success,
                    "ok",
                )
                .with("discriminator", req.discriminator)
                .with("vid", req.vid)
                .with("pid", req.pid)
                .with("class", req.class.as_str())
                .with("ttl_ms", ttl.as_millis() as u64)
                .with("requested_ttl_ms", req.ttl.map(|t| t.as_millis() as u64)),
        );
        self.by_discriminator.insert(req.discriminator, id);
        self.windows.insert(
            id,
            Window {
                rec: rec.clone(),
                pake_params: req.pake,
                deadline,
                failures: 0,
                pake: None,
                device: None,
                timed_out: None,
            },
        );
        if let Some(b) = self.anomaly.record_opening(now) {
            self.alert(now, wall, b);
        }
        Ok(WindowInfo {
            record: rec,
            deadline,
            failures: 0,
            pake_in_flight: false,
        })
    }

    /// Closes a window on a user's request (its opener or an owner/admin).
    pub fn close_window(
        &mut self,
        now: Instant,
        actor: &Actor,
        id: u64,
    ) -> Result<(), CloseWindowError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = match self.windows.get(&id) {
            None => Some(CloseWindowError::NoSuchWindow(id)),
            Some(w) if w.rec.opened_by != actor.user && !actor.role.is_administrative() => {
                Some(CloseWindowError::NotPermitted(id))
            }
            Some(_) => None,
        };
        if let Some(e) = err {
            let ev = actor.event(
                "window.close",
                format!("window:{id}"),
                Outcome::Denied,
                e.code(),
            );
            self.fail(now, ev);
            return Err(e);
        }
        self.close(
            now,
            wall,
            id,
            CloseReason::Revoked,
            actor.audit_name(),
            actor.channel,
        );
        Ok(())
    }

    /// The SPAKE2+ parameters of an open window (for the PAKE driver).
    pub fn window_pake(&self, window: u64) -> Option<&WindowPake> {
        self.windows.get(&window).map(|w| &w.pake_params)
    }

    /// The open windows.
    pub fn windows(&self) -> Vec<WindowInfo> {
        self.windows
            .values()
            .map(|w| WindowInfo {
                record: w.rec.clone(),
                deadline: w.deadline,
                failures: w.failures,
                pake_in_flight: w.pake.is_some(),
            })
            .collect()
    }

    fn close(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        id: u64,
        reason: CloseReason,
        actor: String,
        channel: &str,
    ) {
        let Some(w) = self.windows.remove(&id) else {
            return;
        };
        self.by_discriminator.remove(&w.rec.discriminator);
        if self.recently_closed.len() == RECENTLY_CLOSED {
            self.recently_closed.pop_front();
        }
        self.recently_closed
            .push_back((w.rec.discriminator, id, reason));
        self.persist(Persist::WindowClosed {
            id,
            at: wall,
            reason: reason.as_str(),
        });
        self.audit(
            AuditEvent::new(
                actor,
                "window.close",
                format!("window:{id}"),
                channel,
                Outcome::Info,
                reason.as_str(),
            )
            .with("failures", w.failures),
        );
        if self.windows.is_empty() {
            self.events.push_back(Event::Withdraw(Service::Pairing));
        }
        // A device that proved the passcode here but did not reach `full`
        // loses its path to `full` with the window.
        if let Some(dev) = w.device {
            if reason != CloseReason::Paired && reason != CloseReason::DeviceRefused {
                let why = match reason {
                    CloseReason::Expired => "window_expired",
                    _ => "window_closed",
                };
                self.refuse_device(now, wall, &dev, DeviceState::Quarantined, why, None);
            }
        }
    }

    // ------------------------------------------------------------------- PAKE

    /// A device asks to start the PAKE in the window for `discriminator`.
    /// `device` names it for the audit log (its DAC fingerprint); `vid`/`pid`
    /// come from its attested certificate.
    pub fn start_pake(
        &mut self,
        now: Instant,
        device: &str,
        discriminator: u16,
        vid: u16,
        pid: u16,
    ) -> Result<PakeTicket, StartPakeError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let result = self.check_start_pake(now, wall, discriminator, vid, pid);
        let ev = |outcome, reason: &str| {
            AuditEvent::new(
                format!("device:{device}"),
                "pake.start",
                format!("disc:{discriminator}"),
                "coap",
                outcome,
                reason,
            )
            .with("vid", vid)
            .with("pid", pid)
        };
        match result {
            Err(e) => {
                let audit = ev(Outcome::Denied, e.code());
                if matches!(e, StartPakeError::Locked { .. }) {
                    self.audit(audit);
                } else {
                    self.fail(now, audit);
                }
                Err(e)
            }
            Ok(window) => {
                let session = self.next_session;
                self.next_session += 1;
                let deadline = now + self.policy.pake_timeout;
                if let Some(w) = self.windows.get_mut(&window) {
                    w.pake = Some(Session {
                        id: session,
                        device: device.to_owned(),
                        deadline,
                    });
                }
                self.audit(ev(Outcome::Success, "ok").with("window", window));
                Ok(PakeTicket { window, session })
            }
        }
    }

    fn check_start_pake(
        &self,
        now: Instant,
        wall: UnixMillis,
        discriminator: u16,
        vid: u16,
        pid: u16,
    ) -> Result<u64, StartPakeError> {
        if let Some(until) = self.anomaly.locked_until(now) {
            return Err(StartPakeError::Locked {
                until: wall_for(now, wall, until),
            });
        }
        let Some(w) = self
            .by_discriminator
            .get(&discriminator)
            .and_then(|id| self.windows.get(id))
        else {
            return Err(
                match self
                    .recently_closed
                    .iter()
                    .rev()
                    .find(|c| c.0 == discriminator)
                {
                    Some(&(_, window, reason)) => StartPakeError::WindowClosed { window, reason },
                    None => StartPakeError::NoWindow(discriminator),
                },
            );
        };
        if (w.rec.vid, w.rec.pid) != (vid, pid) {
            return Err(StartPakeError::VidPidMismatch {
                vid: w.rec.vid,
                pid: w.rec.pid,
                got_vid: vid,
                got_pid: pid,
            });
        }
        if w.device.is_some() {
            return Err(StartPakeError::WindowInUse(w.rec.id));
        }
        if w.pake.is_some() {
            return Err(StartPakeError::InFlight(w.rec.id));
        }
        Ok(w.rec.id)
    }

    /// Checks that a ticket names the live session of an open window, after
    /// firing timers; returns the session's device label.
    fn session_for(&mut self, now: Instant, ticket: PakeTicket) -> Result<String, PakeError> {
        self.handle_timeout(now);
        if !self.windows.contains_key(&ticket.window) {
            return Err(
                match self
                    .recently_closed
                    .iter()
                    .rev()
                    .find(|c| c.1 == ticket.window)
                {
                    Some(&(_, window, reason)) => PakeError::WindowClosed { window, reason },
                    None => PakeError::UnknownSession,
                },
            );
        }
        let w = self.windows.get(&ticket.window);
        if w.is_some_and(|w| w.timed_out == Some(ticket.session)) {
            return Err(PakeError::TimedOut);
        }
        match w.and_then(|w| w.pake.as_ref()) {
            Some(p) if p.id == ticket.session => Ok(p.device.clone()),
            _ => Err(PakeError::UnknownSession),
        }
    }

    /// The device failed the PAKE confirmation (wrong passcode). Counts
    /// against the window; the `max_pake_failures`-th failure closes it.
    pub fn pake_failed(
        &mut self,
        now: Instant,
        ticket: PakeTicket,
    ) -> Result<PakeFailure, PakeError> {
        let device = self.session_for(now, ticket)?;
        if let Some(w) = self.windows.get_mut(&ticket.window) {
            w.pake = None;
        }
        let wall = self.clock.now();
        let ev = AuditEvent::new(
            format!("device:{device}"),
            "pake.confirm",
            format!("window:{}", ticket.window),
            "coap",
            Outcome::Denied,
            "wrong_passcode",
        );
        Ok(self.count_pake_failure(now, wall, ticket.window, ev))
    }

    fn count_pake_failure(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        window: u64,
        ev: AuditEvent,
    ) -> PakeFailure {
        let max = self.policy.max_pake_failures;
        let failures = match self.windows.get_mut(&window) {
            Some(w) => {
                w.failures += 1;
                w.failures
            }
            None => 0,
        };
        self.fail(now, ev.with("failures", failures).with("max", max));
        let window_closed = failures >= max;
        if window_closed {
            self.close(
                now,
                wall,
                window,
                CloseReason::TooManyFailures,
                "system".into(),
                "system",
            );
        }
        PakeFailure {
            failures,
            window_closed,
        }
    }

    /// The PAKE succeeded and the device's attestation passed: the device
    /// gets a `setup` token bound to `device_key`, capped by the window's
    /// deadline. It then redeems it ([`Commissioner::redeem`]) for `full`.
    pub fn pake_succeeded(
        &mut self,
        now: Instant,
        ticket: PakeTicket,
        device_key: &DeviceKey,
    ) -> Result<IssuedToken, PakeError> {
        // Timers fired in `session_for`: a handshake past its timeout is gone.
        let dac = self.session_for(now, ticket)?;
        let wall = self.clock.now();
        let id = device_key.fingerprint();
        if let Some(d) = self.devices.get(&id) {
            if d.rec.state != DeviceState::Removed {
                let e = PakeError::DeviceNotEligible {
                    device: id.clone(),
                    state: d.rec.state,
                };
                if let Some(w) = self.windows.get_mut(&ticket.window) {
                    w.pake = None;
                }
                let ev = AuditEvent::new(
                    format!("device:{id}"),
                    "pake.admit",
                    format!("window:{}", ticket.window),
                    "coap",
                    Outcome::Denied,
                    e.code(),
                )
                .with("dac", dac);
                self.fail(now, ev);
                return Err(e);
            }
        }
        let (rec, deadline) = match self.windows.get(&ticket.window) {
            Some(w) => (w.rec.clone(), w.deadline),
            None => return Err(PakeError::UnknownSession),
        };
        let issued = self.issue(
            now,
            wall,
            &id,
            &rec.opened_by,
            rec.id,
            rec.class,
            deadline,
            Scope::Setup,
            device_key,
        )?;
        if let Some(w) = self.windows.get_mut(&ticket.window) {
            w.pake = None;
            w.device = Some(id.clone());
        }
        let full_by = UnixMillis::from_secs(issued.claims.exp);
        let dev = DeviceRecord {
            id: id.clone(),
            vid: rec.vid,
            pid: rec.pid,
            discriminator: rec.discriminator,
            class: rec.class,
            state: DeviceState::Pending,
            scope: Some(Scope::Setup),
            approved_by: None,
            window: rec.id,
            full_by: Some(full_by),
            updated: wall,
            reason: "pake_ok".into(),
        };
        self.persist(Persist::Device(dev.clone()));
        self.audit(
            AuditEvent::new(
                format!("device:{id}"),
                "pake.admit",
                format!("window:{}", rec.id),
                "coap",
                Outcome::Success,
                "ok",
            )
            .with("dac", dac)
            .with("class", rec.class.as_str())
            .with("cti", issued.claims.cti.to_string())
            .with("exp", issued.claims.exp)
            .with("needs_approval", rec.class == DeviceClass::High),
        );
        let full_by_instant = instant_for(now, wall, full_by);
        self.devices.insert(
            id,
            Device {
                rec: dev,
                full_by: Some(full_by_instant),
            },
        );
        Ok(issued)
    }

    #[allow(clippy::too_many_arguments)]
    fn issue(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        device: &str,
        user: &str,
        window: u64,
        class: DeviceClass,
        window_deadline: Instant,
        scope: Scope,
        key: &DeviceKey,
    ) -> Result<IssuedToken, TokenError> {
        let remaining = window_deadline.saturating_duration_since(now);
        let lifetime = self.policy.token_lifetime(class).min(remaining);
        // NumericDate has whole seconds: round `exp` down so the token never
        // outlives the window.
        let iat = wall.as_secs();
        let exp = wall.saturating_add(lifetime).as_secs();
        let claims = TokenClaims {
            iss: self.hub_id.clone(),
            sub: device.to_owned(),
            aud: self.hub_id.clone(),
            iat,
            nbf: iat,
            exp,
            cti: Cti::random(&self.rng)?,
            scope,
            user: user.to_owned(),
            window,
            cnf: key.clone(),
        };
        let token = self.hub.sign(&claims, &self.rng)?;
        let expires = UnixMillis::from_secs(exp);
        self.ledger.insert(
            claims.cti,
            LedgerEntry {
                cti: claims.cti,
                device: device.to_owned(),
                scope,
                expires,
                redeemed: false,
                revoked: false,
            },
        );
        self.persist(Persist::TokenIssued(TokenRecord {
            cti: claims.cti,
            device: device.to_owned(),
            user: user.to_owned(),
            window,
            scope,
            issued: wall,
            expires,
        }));
        Ok(IssuedToken { token, claims })
    }

    /// The PAKE of `ticket` succeeded but the driver refuses the device for
    /// a reason outside the core (vulnerable firmware with a `refuse`
    /// advisory, a certificate the hub CA could not issue). Ends the PAKE,
    /// audits `pake.admit` denied with `reason` (plus `details`), counts it
    /// for the anomaly detector (not as a passcode failure) and closes the
    /// window (`device_refused`): the device proved the passcode, so the
    /// window admits no other PAKE.
    pub fn pake_refused(
        &mut self,
        now: Instant,
        ticket: PakeTicket,
        reason: &str,
        details: Vec<(String, serde_json::Value)>,
    ) -> Result<(), PakeError> {
        let dac = self.session_for(now, ticket)?;
        let wall = self.clock.now();
        if let Some(w) = self.windows.get_mut(&ticket.window) {
            w.pake = None;
        }
        let mut ev = AuditEvent::new(
            format!("device:{dac}"),
            "pake.admit",
            format!("window:{}", ticket.window),
            "coap",
            Outcome::Denied,
            reason,
        );
        for (k, v) in details {
            ev = ev.with(&k, v);
        }
        self.fail(now, ev);
        self.close(
            now,
            wall,
            ticket.window,
            CloseReason::DeviceRefused,
            "system".into(),
            "system",
        );
        Ok(())
    }

    /// Quarantines a device on the hub's own decision (no user): e.g. a
    /// device admitted with firmware under a `quarantine` advisory. Its
    /// tokens are revoked, its services withdrawn, its pairing window
    /// closed; audited as `device.quarantine` by `system` with `reason`
    /// and `details`. Refused (`no_such_device`, `invalid_state`) for an
    /// unknown, removed or already quarantined device.
    pub fn quarantine_system(
        &mut self,
        now: Instant,
        device: &str,
        reason: &str,
        details: Vec<(String, serde_json::Value)>,
    ) -> Result<(), DeviceActionError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        match self.devices.get(device).map(|d| d.rec.state) {
            None => return Err(DeviceActionError::NoSuchDevice(device.to_owned())),
            Some(s @ (DeviceState::Removed | DeviceState::Quarantined)) => {
                return Err(DeviceActionError::InvalidState(s))
            }
            Some(_) => {}
        }
        self.refuse_device_with(
            now,
            wall,
            device,
            DeviceState::Quarantined,
            reason,
            None,
            details,
        );
        Ok(())
    }

    /// Audits a refusal decided by a driver outside the core (a malformed
    /// request body, an unknown session, a bad certificate request): the
    /// event is recorded with outcome `denied` and, like every refusal of
    /// the core except `pairing_locked` and `approval_pending`, counted by
    /// the anomaly detector. Changes nothing else.
    pub fn audit_refusal(&mut self, now: Instant, mut event: AuditEvent) {
        self.handle_timeout(now);
        event.outcome = Outcome::Denied;
        use crate::refusal::Refusal;
        let uncounted = matches!(
            Refusal::from_code(&event.reason),
            Some(Refusal::PairingLocked | Refusal::ApprovalPending)
        );
        if uncounted {
            self.audit(event);
        } else {
            self.fail(now, event);
        }
    }

    /// Audits a refusal decided outside the core (as denied) WITHOUT
    /// counting it for the anomaly detector: for noise any stranger can
    /// produce (a TLS handshake that times out), which must not be able to
    /// lock pairing.
    pub fn audit_refusal_uncounted(&mut self, now: Instant, mut event: AuditEvent) {
        self.handle_timeout(now);
        event.outcome = Outcome::Denied;
        self.audit(event);
    }

    // ----------------------------------------------------------------- tokens

    /// Verifies a token presented by the holder of `presenter` for an action
    /// needing `needed` scope. Checks, in order: signature and structure,
    /// issuer, audience, validity time, binding to the presenter's key,
    /// scope, then the ledger (revoked; a redeemed setup token is consumed).
    pub fn verify(
        &mut self,
        now: Instant,
        token: &[u8],
        presenter: &DeviceKey,
        needed: Scope,
    ) -> Result<TokenClaims, VerifyTokenError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let r = self.check_token(wall, token, presenter, needed);
        if let Err(e) = &r {
            let ev = AuditEvent::new(
                format!("device:{}", presenter.fingerprint()),
                "token.verify",
                "token",
                "coap",
                Outcome::Denied,
                e.code(),
            );
            self.fail(now, ev);
        }
        r
    }

    fn check_token(
        &self,
        wall: UnixMillis,
        token: &[u8],
        presenter: &DeviceKey,
        needed: Scope,
    ) -> Result<TokenClaims, VerifyTokenError> {
        let claims = self.verifier.verify(token, wall, presenter, needed)?;
        match self.ledger.get(&claims.cti) {
            // Unknown to a ledger that remembers every live token it issued:
            // treat as revoked rather than trust a signature alone.
            None => Err(VerifyTokenError::Revoked { cti: claims.cti }),
            Some(e) if e.revoked => Err(VerifyTokenError::Revoked { cti: claims.cti }),
            Some(e) if e.redeemed => Err(VerifyTokenError::Replayed { cti: claims.cti }),
            Some(_) => Ok(claims),
        }
    }

    /// Redeems a `setup` token for a `full` one (single use per upgrade).
    /// Low and medium risk devices redeem at once; high risk devices after
    /// an owner/admin approval.
    pub fn redeem(
        &mut self,
        now: Instant,
        token: &[u8],
        presenter: &DeviceKey,
    ) -> Result<IssuedToken, RedeemError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let device_id = presenter.fingerprint();
        let r = self.check_redeem(wall, token, presenter);
        let claims = match r {
            Ok(c) => c,
            Err(e) => {
                let ev = AuditEvent::new(
                    format!("device:{device_id}"),
                    "token.redeem",
                    format!("device:{device_id}"),
                    "coap",
                    Outcome::Denied,
                    e.code(),
                );
                if matches!(e, RedeemError::NotApproved(_)) {
                    self.audit(ev);
                } else {
                    self.fail(now, ev);
                }
                return Err(e);
            }
        };
        let Some(dev) = self.devices.get(&device_id) else {
            return Err(RedeemError::Token(VerifyTokenError::Revoked {
                cti: claims.cti,
            }));
        };
        let (class, window_id) = (dev.rec.class, dev.rec.window);
        let deadline = match self.windows.get(&window_id) {
            Some(w) => w.deadline,
            // The window closed: the device cannot be pending any more.
            None => {
                return Err(RedeemError::Token(VerifyTokenError::Revoked {
                    cti: claims.cti,
                }))
            }
        };
        let issued = self
            .issue(
                now,
                wall,
                &device_id,
                &claims.user,
                window_id,
                class,
                deadline,
                Scope::Full,
                presenter,
            )
            .map_err(RedeemError::Issue)?;
        if let Some(e) = self.ledger.get_mut(&claims.cti) {
            e.redeemed = true;
        }
        self.persist(Persist::TokenRedeemed {
            cti: claims.cti,
            at: wall,
        });
        if let Some(d) = self.devices.get_mut(&device_id) {
            d.rec.state = DeviceState::Admitted;
            d.rec.scope = Some(Scope::Full);
            d.rec.full_by = None;
            d.rec.updated = wall;
            d.rec.reason = "redeemed".into();
            d.full_by = None;
            let rec = d.rec.clone();
            self.persist(Persist::Device(rec));
        }
        if let Some(w) = self.windows.get_mut(&window_id) {
            w.device = None;
        }
        self.audit(
            AuditEvent::new(
                format!("device:{device_id}"),
                "token.redeem",
                format!("device:{device_id}"),
                "coap",
                Outcome::Success,
                "ok",
            )
            .with("redeemed_cti", claims.cti.to_string())
            .with("cti", issued.claims.cti.to_string())
            .with("exp", issued.claims.exp),
        );
        self.close(
            now,
            wall,
            window_id,
            CloseReason::Paired,
            "system".into(),
            "system",
        );
        self.events
            .push_back(Event::Advertise(Service::Device { id: device_id }));
        Ok(issued)
    }

    fn check_redeem(
        &self,
        wall: UnixMillis,
        token: &[u8],
        presenter: &DeviceKey,
    ) -> Result<TokenClaims, RedeemError> {
        let claims = self.check_token(wall, token, presenter, Scope::Setup)?;
        if claims.scope != Scope::Setup {
            return Err(RedeemError::NotASetupToken);
        }
        match self.devices.get(&claims.sub) {
            Some(d) if d.rec.state == DeviceState::Approved => Ok(claims),
            Some(d) if d.rec.state == DeviceState::Pending && d.rec.class != DeviceClass::High => {
                Ok(claims)
            }
            Some(d) if d.rec.state == DeviceState::Pending => {
                Err(RedeemError::NotApproved(d.rec.id.clone()))
            }
            _ => Err(RedeemError::Token(VerifyTokenError::Revoked {
                cti: claims.cti,
            })),
        }
    }

    /// Revokes a token (owner/admin). The device holding it is quarantined.
    pub fn revoke_token(
        &mut self,
        now: Instant,
        actor: &Actor,
        cti: &Cti,
    ) -> Result<(), RevokeError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = if !actor.role.is_administrative() {
            Some(RevokeError::NotPermitted(actor.role))
        } else if !self.ledger.contains_key(cti) {
            Some(RevokeError::UnknownToken(cti.to_string()))
        } else {
            None
        };
        let ev = |outcome, reason: &str| {
            actor.event("token.revoke", format!("cti:{cti}"), outcome, reason)
        };
        if let Some(e) = err {
            let ev = ev(Outcome::Denied, e.code());
            self.fail(now, ev);
            return Err(e);
        }
        let device = self
            .ledger
            .get(cti)
            .map(|e| e.device.clone())
            .unwrap_or_default();
        self.mark_revoked(wall, cti);
        self.audit(ev(Outcome::Success, "ok").with("device", device.clone()));
        let state = self.devices.get(&device).map(|d| d.rec.state);
        if matches!(
            state,
            Some(DeviceState::Pending | DeviceState::Approved | DeviceState::Admitted)
        ) {
            self.refuse_device(
                now,
                wall,
                &device,
                DeviceState::Quarantined,
                "token_revoked",
                None,
            );
        }
        Ok(())
    }

    fn mark_revoked(&mut self, wall: UnixMillis, cti: &Cti) {
        if let Some(e) = self.ledger.get_mut(cti) {
            if !e.revoked {
                e.revoked = true;
                self.persist(Persist::TokenRevoked {
                    cti: *cti,
                    at: wall,
                });
            }
        }
    }

    // ---------------------------------------------------------------- devices

    /// Approves a pending high-risk device (owner/admin).
    pub fn approve(
        &mut self,
        now: Instant,
        actor: &Actor,
        device: &str,
    ) -> Result<(), DeviceActionError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = if !actor.role.is_administrative() {
            Some(DeviceActionError::NotPermitted(actor.role))
        } else {
            match self.devices.get(device) {
                None => Some(DeviceActionError::NoSuchDevice(device.to_owned())),
                Some(d) if d.rec.state != DeviceState::Pending => {
                    Some(DeviceActionError::InvalidState(d.rec.state))
                }
                Some(_) => None,
            }
        };
        let ev = |outcome, reason: &str| {
            actor
                .event(
                    "device.approve",
                    format!("device:{device}"),
                    outcome,
                    reason,
                )
                .with("role", actor.role.as_str())
        };
        if let Some(e) = err {
            let ev = ev(Outcome::Denied, e.code());
            self.fail(now, ev);
            return Err(e);
        }
        if let Some(d) = self.devices.get_mut(device) {
            d.rec.state = DeviceState::Approved;
            d.rec.approved_by = Some(actor.user.clone());
            d.rec.updated = wall;
            d.rec.reason = "approved".into();
            let rec = d.rec.clone();
            self.persist(Persist::Device(rec));
        }
        self.audit(ev(Outcome::Success, "ok"));
        Ok(())
    }

    /// Quarantines a device (owner/admin): its tokens are revoked and its
    /// services withdrawn.
    pub fn quarantine(
        &mut self,
        now: Instant,
        actor: &Actor,
        device: &str,
    ) -> Result<(), DeviceActionError> {
        self.user_refuse(
            now,
            actor,
            device,
            DeviceState::Quarantined,
            "device.quarantine",
        )
    }

    /// Removes a device (owner/admin); it may pair again later.
    pub fn remove(
        &mut self,
        now: Instant,
        actor: &Actor,
        device: &str,
    ) -> Result<(), DeviceActionError> {
        self.user_refuse(now, actor, device, DeviceState::Removed, "device.remove")
    }

    fn user_refuse(
        &mut self,
        now: Instant,
        actor: &Actor,
        device: &str,
        to: DeviceState,
        action: &str,
    ) -> Result<(), DeviceActionError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = if !actor.role.is_administrative() {
            Some(DeviceActionError::NotPermitted(actor.role))
        } else {
            match self.devices.get(device).map(|d| d.rec.state) {
                None => Some(DeviceActionError::NoSuchDevice(device.to_owned())),
                Some(DeviceState::Removed) => {
                    Some(DeviceActionError::InvalidState(DeviceState::Removed))
                }
                Some(s) if s == to => Some(DeviceActionError::InvalidState(s)),
                Some(_) => None,
            }
        };
        if let Some(e) = err {
            let ev = actor.event(
                action,
                format!("device:{device}"),
                Outcome::Denied,
                e.code(),
            );
            self.fail(now, ev);
            return Err(e);
        }
        self.refuse_device(now, wall, device, to, "by_user", Some(actor));
        Ok(())
    }

    /// Moves a device to quarantined/removed: revokes its tokens, withdraws
    /// its services, closes the window it was pairing through.
    fn refuse_device(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        id: &str,
        to: DeviceState,
        reason: &str,
        actor: Option<&Actor>,
    ) {
        self.refuse_device_with(now, wall, id, to, reason, actor, Vec::new());
    }

    /// [`Commissioner::refuse_device`] with extra audit details.
    #[allow(clippy::too_many_arguments)]
    fn refuse_device_with(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        id: &str,
        to: DeviceState,
        reason: &str,
        actor: Option<&Actor>,
        details: Vec<(String, serde_json::Value)>,
    ) {
        let Some(d) = self.devices.get_mut(id) else {
            return;
        };
        let was = d.rec.state;
        d.rec.state = to;
        d.rec.scope = None;
        d.rec.full_by = None;
        d.full_by = None;
        d.rec.updated = wall;
        d.rec.reason = reason.to_owned();
        let rec = d.rec.clone();
        let window = rec.window;
        self.persist(Persist::Device(rec));
        let ctis: Vec<Cti> = self
            .ledger
            .values()
            .filter(|e| e.device == id && !e.revoked)
            .map(|e| e.cti)
            .collect();
        for cti in ctis {
            self.mark_revoked(wall, &cti);
        }
        let (who, channel) = match actor {
            Some(a) => (a.audit_name(), a.channel),
            None => ("system".to_owned(), "system"),
        };
        let action = if to == DeviceState::Removed {
            "device.remove"
        } else {
            "device.quarantine"
        };
        let mut ev = AuditEvent::new(
            who,
            action,
            format!("device:{id}"),
            channel,
            Outcome::Success,
            reason,
        )
        .with("was", was.as_str());
        for (k, v) in details {
            ev = ev.with(&k, v);
        }
        self.audit(ev);
        if was == DeviceState::Admitted {
            self.events
                .push_back(Event::Withdraw(Service::Device { id: id.to_owned() }));
        }
        if self
            .windows
            .get(&window)
            .is_some_and(|w| w.device.as_deref() == Some(id))
        {
            self.close(
                now,
                wall,
                window,
                CloseReason::DeviceRefused,
                "system".into(),
                "system",
            );
        }
    }

    /// A device's record.
    pub fn device(&self, id: &str) -> Option<&DeviceRecord> {
        self.devices.get(id).map(|d| &d.rec)
    }

    // ------------------------------------------------------------- enrollment

    /// On a hub with no users, creates the one-time owner code (superseding
    /// any earlier unused one, whose plaintext is gone). Returns `None` when
    /// users exist. The caller prints the code once and writes it to a 0600
    /// file; only its hash is persisted.
    pub fn ensure_bootstrap(&mut self, now: Instant) -> Result<Option<NewCode>, EnrollError> {
        self.handle_timeout(now);
        if self.users_exist {
            return Ok(None);
        }
        let wall = self.clock.now();
        for c in self
            .codes
            .iter_mut()
            .filter(|c| c.kind == CodeKind::Bootstrap && c.used.is_none())
        {
            c.used = Some(wall);
            self.events.push_back(Event::Persist(Persist::CodeUsed {
                hash: c.hash.clone(),
                at: wall,
                by: "superseded".into(),
            }));
        }
        let code = codes::generate(&self.rng).map_err(|_| EnrollError::Rng)?;
        let rec = CodeRecord {
            hash: code.hash.clone(),
            kind: CodeKind::Bootstrap,
            role: Role::Owner,
            created_by: "system".into(),
            created: wall,
            expires: wall.saturating_add(self.policy.owner_code_ttl),
            used: None,
        };
        self.codes.push(rec.clone());
        self.persist(Persist::CodeCreated(rec.clone()));
        self.audit(
            system(
                "enroll.bootstrap_code",
                "role:owner",
                Outcome::Info,
                "no_users",
            )
            .with("expires", rec.expires.to_rfc3339()),
        );
        Ok(Some(code))
    }

    /// Creates an invite for `role`.
    pub fn create_invite(
        &mut self,
        now: Instant,
        actor: &Actor,
        role: Role,
        ttl: Option<Duration>,
    ) -> Result<(NewCode, CodeRecord), InviteError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let allowed = match actor.role {
            Role::Owner => role != Role::Owner,
            Role::Admin => matches!(role, Role::Member | Role::Guest),
            _ => false,
        };
        if !allowed {
            let e = InviteError::NotPermitted {
                role: actor.role,
                invited: role,
            };
            let ev = actor.event(
                "enroll.invite",
                format!("role:{role}"),
                Outcome::Denied,
                e.code(),
            );
            self.fail(now, ev);
            return Err(e);
        }
        let code = codes::generate(&self.rng).map_err(|_| InviteError::Rng)?;
        let rec = CodeRecord {
            hash: code.hash.clone(),
            kind: CodeKind::Invite,
            role,
            created_by: actor.user.clone(),
            created: wall,
            expires: wall.saturating_add(self.policy.clamp_invite_ttl(ttl)),
            used: None,
        };
        self.codes.push(rec.clone());
        self.persist(Persist::CodeCreated(rec.clone()));
        self.audit(
            actor
                .event(
                    "enroll.invite",
                    format!("role:{role}"),
                    Outcome::Success,
                    "ok",
                )
                .with("expires", rec.expires.to_rfc3339()),
        );
        Ok((code, rec))
    }

    /// Enrolls a user with a bootstrap or invite code (single use).
    pub fn enroll(
        &mut self,
        now: Instant,
        code: &str,
        name: &str,
        channel: &'static str,
    ) -> Result<UserRecord, EnrollError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let r = self.check_enroll(now, wall, code, name);
        let idx = match r {
            Ok(i) => i,
            Err(e) => {
                let ev = AuditEvent::new(
                    "anonymous",
                    "enroll.redeem",
                    "code",
                    channel,
                    Outcome::Denied,
                    e.code(),
                );
                if matches!(e, EnrollError::Locked { .. }) {
                    self.audit(ev);
                } else {
                    self.fail(now, ev);
                }
                return Err(e);
            }
        };
        let mut raw = [0u8; 8];
        ring::rand::SecureRandom::fill(&self.rng, &mut raw).map_err(|_| EnrollError::Rng)?;
        let user = UserRecord {
            id: format!("u-{}", hex::encode(raw)),
            name: name.to_owned(),
            role: self.codes[idx].role,
            created: wall,
        };
        let c = &mut self.codes[idx];
        c.used = Some(wall);
        let (hash, kind) = (c.hash.clone(), c.kind);
        self.users_exist = true;
        self.persist(Persist::UserCreated(user.clone()));
        self.persist(Persist::CodeUsed {
            hash,
            at: wall,
            by: user.id.clone(),
        });
        self.audit(
            AuditEvent::new(
                format!("user:{}", user.id),
                "enroll.redeem",
                format!("user:{}", user.id),
                channel,
                Outcome::Success,
                "ok",
            )
            .with("role", user.role.as_str())
            .with("kind", kind.as_str()),
        );
        Ok(user)
    }

    /// Revokes a user: owners revoke admins, members and guests; admins
    /// revoke members and guests; nobody revokes an owner or themselves.
    /// The core keeps no user table: the driver passes the user as stored
    /// (`target`: its role and whether it is already revoked; `None` when
    /// no user has this id). Windows the user opened are closed.
    pub fn revoke_user(
        &mut self,
        now: Instant,
        actor: &Actor,
        id: &str,
        target: Option<(Role, bool)>,
    ) -> Result<(), RevokeUserError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = match target {
            None => Some(RevokeUserError::NoSuchUser(id.to_owned())),
            Some((role, _))
                if id == actor.user
                    || !match actor.role {
                        Role::Owner => role != Role::Owner,
                        Role::Admin => matches!(role, Role::Member | Role::Guest),
                        _ => false,
                    } =>
            {
                Some(RevokeUserError::NotPermitted {
                    role: actor.role,
                    target: role,
                })
            }
            Some((_, true)) => Some(RevokeUserError::AlreadyRevoked(id.to_owned())),
            Some(_) => None,
        };
        let subject = format!("user:{id}");
        if let Some(e) = err {
            let ev = actor
                .event("user.revoke", subject, Outcome::Denied, e.code())
                .with("role", actor.role.as_str());
            self.fail(now, ev);
            return Err(e);
        }
        self.persist(Persist::UserRevoked {
            id: id.to_owned(),
            at: wall,
        });
        self.audit(
            actor
                .event("user.revoke", subject, Outcome::Success, "ok")
                .with("target_role", target.map(|t| t.0.as_str())),
        );
        let opened: Vec<u64> = self
            .windows
            .values()
            .filter(|w| w.rec.opened_by == id)
            .map(|w| w.rec.id)
            .collect();
        for w in opened {
            self.close(
                now,
                wall,
                w,
                CloseReason::Revoked,
                actor.audit_name(),
                actor.channel,
            );
        }
        Ok(())
    }

    fn check_enroll(
        &self,
        now: Instant,
        wall: UnixMillis,
        code: &str,
        name: &str,
    ) -> Result<usize, EnrollError> {
        if let Some(until) = self.anomaly.locked_until(now) {
            return Err(EnrollError::Locked {
                until: wall_for(now, wall, until),
            });
        }
        let hash = codes::hash(code).ok_or(EnrollError::Malformed)?;
        if name.trim().is_empty() || name.chars().count() > 64 {
            return Err(EnrollError::InvalidName);
        }
        // Compare against every code without early exit.
        let mut found = None;
        for (i, c) in self.codes.iter().enumerate() {
            if codes::hashes_equal(&c.hash, &hash) {
                found = Some(i);
            }
        }
        let i = found.ok_or(EnrollError::UnknownCode)?;
        let c = &self.codes[i];
        if c.used.is_some() {
            return Err(EnrollError::AlreadyUsed);
        }
        if wall >= c.expires {
            return Err(EnrollError::Expired(c.expires));
        }
        Ok(i)
    }

    // ---------------------------------------------------------------- helpers

    fn persist(&mut self, p: Persist) {
        self.events.push_back(Event::Persist(p));
    }

    fn audit(&mut self, e: AuditEvent) {
        self.events.push_back(Event::Audit(e));
    }

    /// Audits a refusal and counts it for the anomaly detector.
    fn fail(&mut self, now: Instant, e: AuditEvent) {
        self.audit(e);
        if let Some(b) = self.anomaly.record_failure(now) {
            let wall = self.clock.now();
            self.alert(now, wall, b);
        }
    }

    fn alert(&mut self, now: Instant, wall: UnixMillis, b: Burst) {
        let (kind, count) = match b {
            Burst::Failures(n) => ("failure_burst", n),
            Burst::Openings(n) => ("open_burst", n),
        };
        let locked_until = self
            .anomaly
            .locked_until(now)
            .map(|t| wall_for(now, wall, t));
        let alert = Alert {
            kind,
            count,
            interval_secs: self.policy.anomaly.interval.as_secs(),
            locked_until,
            at: wall,
        };
        self.audit(
            system("anomaly.alert", "pairing", Outcome::Info, kind)
                .with("count", count)
                .with("locked_until", locked_until.map(|t| t.to_rfc3339())),
        );
        if locked_until.is_some() {
            self.was_locked = true;
        }
        self.events.push_back(Event::Alert(alert));
    }
}

fn system(action: &str, subject: impl Into<String>, outcome: Outcome, reason: &str) -> AuditEvent {
    AuditEvent::new("system", action, subject, "system", outcome, reason)
}

/// The hub id derived from its signing key.
pub fn hub_id_of(hub: &HubKey) -> String {
    format!("threshold:{}", hex::encode(hub.key_id()))
}

/// The monotonic instant matching wall time `t`, given a pair read together.
fn instant_for(now: Instant, wall: UnixMillis, t: UnixMillis) -> Instant {
    let delta = t.0.saturating_sub(wall.0);
    if delta <= 0 {
        now
    } else {
        now + Duration::from_millis(delta as u64)
    }
}

/// The wall time matching monotonic `t`, given a pair read together.
fn wall_for(now: Instant, wall: UnixMillis, t: Instant) -> UnixMillis {
    wall.saturating_add(t.saturating_duration_since(now))
}
