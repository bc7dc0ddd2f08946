//! The [`Commissioner`]: the coordinator of the commissioning state
//! machines.
//!
//! Each concern owns its state and its invariants in its own file:
//!
//! | file            | state machine | owns                                          |
//! |-----------------|---------------|-----------------------------------------------|
//! | `windows.rs`    | [`Windows`]   | open windows, discriminator index, recently closed |
//! | `sessions.rs`   | [`Sessions`]  | the PAKE running in each window, its timeout  |
//! | `ledger.rs`     | [`Ledger`]    | hub key, issued tokens, redeemed / revoked    |
//! | `devices.rs`    | [`Devices`]   | device lifecycle, deadline to reach `full`    |
//! | `enrollment.rs` | [`Enrollment`]| bootstrap and invite codes, whether users exist |
//! | `anomaly.rs`    | [`AnomalyDetector`] | failure / opening bursts, pairing lock  |
//!
//! This file sequences the steps that cross concerns (a PAKE success
//! touches the window, its session, the ledger and the devices), checks
//! who may do what, and turns every decision into [`Event`]s.

use std::collections::VecDeque;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::commissioning::allowance::{AllowanceInfo, Allowances};
use crate::commissioning::anomaly::{
    AnomalyDetector, Burst, Credential, FailureSource, LockScope, ScopeState,
};
use crate::commissioning::codes::NewCode;
use crate::commissioning::devices::Devices;
use crate::commissioning::enrollment::{may_manage, Enrollment};
use crate::commissioning::error::*;
use crate::commissioning::event::*;
use crate::commissioning::ids::{DeviceId, WindowId};
use crate::commissioning::joiner::ThreadJoiner;
use crate::commissioning::ledger::{Grant, IssuedToken, Ledger, LedgerEntry};
use crate::commissioning::policy::{
    Action, ClassSource, DeviceClass, DeviceClassTable, Policy, Role, TableOrigin,
};
use crate::commissioning::rng::RandomSource;
use crate::commissioning::sessions::{PakeFailure, PakeTicket, Sessions};
use crate::commissioning::srp::{SrpBook, SrpEvaluation, SrpHost, SrpRegistration};
use crate::commissioning::token::{Cti, DeviceKey, HubKey, Scope, TokenClaims, VerifyTokenError};
use crate::commissioning::windows::{OpenWindow, WindowInfo, WindowPake, Windows};
use crate::time::{UnixMillis, WallClock};

/// A device admitted earlier that a new trust set is against (the driver's
/// re-check), for [`Commissioner::trust_reloaded`].
#[derive(Debug, Clone, PartialEq)]
pub struct TrustFinding {
    /// The device.
    pub device: DeviceId,
    /// The quarantine reason (`dac_revoked`, `vulnerable_firmware`).
    pub reason: String,
    /// Audit details (what revoked it, the advisory).
    pub details: Vec<(String, serde_json::Value)>,
}

/// The `pki.reload` record of `actor`, or of the operator's SIGHUP.
fn reload_event(actor: Option<&Actor>, outcome: Outcome, reason: &str) -> AuditEvent {
    match actor {
        Some(a) => a.event(AuditAction::PkiReload, "pki", outcome, reason),
        None => AuditEvent::new(
            "system",
            AuditAction::PkiReload,
            "pki",
            "signal",
            outcome,
            reason,
        ),
    }
}

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
    pub(super) fn event(
        &self,
        action: AuditAction,
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

/// Everything the core must know after a restart, read from the store.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The next window id to allocate (greater than every stored id).
    pub next_window_id: WindowId,
    /// Windows that were open when the hub stopped: they are closed now.
    pub open_windows: Vec<WindowId>,
    /// Devices not removed.
    pub devices: Vec<DeviceRecord>,
    /// Tokens not yet expired.
    pub tokens: Vec<LedgerEntry>,
    /// Unused enrollment codes not yet expired.
    pub codes: Vec<CodeRecord>,
    /// Whether any user exists.
    pub users_exist: bool,
    /// The device-class table an owner or admin set through the API, if
    /// any: it replaces the policy's (the configuration's).
    pub device_classes: Option<DeviceClassTable>,
    /// The anomaly detector's scopes (counters and locks).
    pub scopes: Vec<ScopeRecord>,
    /// SRP host bindings, `(host label, device)`.
    pub srp_bindings: Vec<(String, DeviceId)>,
    /// SRP host label -> the key (hex SHA-256) pinned for its binding.
    pub srp_pins: Vec<(String, String)>,
}

/// The sans-IO commissioning state machine.
///
/// # Call order
///
/// 1. Build it with [`Commissioner::new`] from the store's [`Snapshot`],
///    the wall clock and the random source (production:
///    [`ring::rand::SystemRandom`]).
/// 2. Feed it inputs (`open_window`, `start_pake`, `pake_failed`,
///    `pake_succeeded`, `redeem`, `verify`, `approve`, ...), each with the
///    current monotonic `now`. Every input first fires the timers due at
///    `now` ([`Commissioner::handle_timeout`]), so a late driver can never
///    let a window accept past its deadline.
/// 3. After each input, drain [`Commissioner::poll_event`] and carry the
///    events out in order ([`Event::Persist`] and [`Event::Audit`] durably
///    before answering the peer).
/// 4. Sleep until [`Commissioner::poll_timeout`], then call
///    [`Commissioner::handle_timeout`].
///
/// A pairing runs: `open_window` (user) -> `start_pake` (device) ->
/// `window_pake` (the driver runs the SPAKE2+ exchange) -> `pake_failed`,
/// `pake_refused` or `pake_succeeded` (setup token) -> `approve` (user,
/// high risk only) -> `redeem` (full token; the window closes `paired`).
///
/// Timers fire in this order: devices past their deadline to reach `full`
/// are quarantined; PAKE sessions past their timeout end (a failure for
/// their window); windows past their deadline close; the pairing lock
/// ends; expired tokens and codes are forgotten.
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
    pub(super) rng: Box<dyn RandomSource>,
    windows: Windows,
    sessions: Sessions,
    ledger: Ledger,
    devices: Devices,
    enrollment: Enrollment,
    anomaly: AnomalyDetector,
    /// The configuration's device-class table (`policy.device_classes` is
    /// the one in force), and where the one in force comes from.
    config_classes: DeviceClassTable,
    classes_origin: TableOrigin,
    /// SRP registrations: bindings, the SRP server's table, what is
    /// published.
    srp: SrpBook,
    /// The commissioner allowance (external commissioning through the
    /// border agent).
    allowance: Allowances,
    /// The Matter node's commissioning window.
    matter: crate::commissioning::matter::MatterWindows,
    /// The OTBR REST listener's allow-list (otbr_rest.rs).
    pub(super) otbr_rest: super::otbr_rest::RestClients,
    /// The dashboard's login links and browser sessions (dashboard.rs).
    pub(super) dashboard: super::dashboard::WebSessions,
    events: VecDeque<Event>,
}

impl std::fmt::Debug for Commissioner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Commissioner")
            .field("hub_id", &self.ledger.hub_id())
            .field("windows", &self.windows.iter().count())
            .field("devices", &self.devices.len())
            .field("ledger", &self.ledger.len())
            .finish_non_exhaustive()
    }
}

impl Commissioner {
    /// Builds the core from persisted state. Windows that were open are
    /// closed (reason `restart`): their monotonic deadlines did not survive.
    /// Every random value the core draws (token ids, codes, user ids) comes
    /// from `rng`.
    pub fn new(
        mut policy: Policy,
        hub: HubKey,
        clock: Arc<dyn WallClock>,
        rng: Box<dyn RandomSource>,
        now: Instant,
        snapshot: Snapshot,
    ) -> Self {
        let hub_id = hub_id_of(&hub);
        let anomaly = AnomalyDetector::new(policy.anomaly.clone());
        let config_classes = policy.device_classes.clone();
        let classes_origin = match snapshot.device_classes {
            Some(t) => {
                policy.device_classes = t;
                TableOrigin::Api
            }
            None => TableOrigin::Config,
        };
        let wall = clock.now();
        // In the store's order, so the events below come out the same way
        // on every restart.
        let stranded: Vec<DeviceId> = snapshot
            .devices
            .iter()
            .filter(|d| matches!(d.state, DeviceState::Pending | DeviceState::Approved))
            .map(|d| d.id.clone())
            .collect();
        let mut c = Commissioner {
            policy,
            clock,
            rng,
            windows: Windows::new(snapshot.next_window_id),
            sessions: Sessions::new(),
            ledger: Ledger::new(hub, hub_id, snapshot.tokens),
            devices: Devices::new(now, wall, snapshot.devices),
            enrollment: Enrollment::new(snapshot.codes, snapshot.users_exist),
            anomaly,
            config_classes,
            classes_origin,
            srp: SrpBook::default(),
            allowance: Allowances::default(),
            matter: Default::default(),
            otbr_rest: Default::default(),
            dashboard: Default::default(),
            events: VecDeque::new(),
        };
        c.restore_scopes(now, wall, snapshot.scopes);
        for (host, device) in snapshot.srp_bindings {
            c.srp.bind(&host, device);
        }
        for (host, key) in snapshot.srp_pins {
            c.srp.pin(&host, key);
        }
        for id in snapshot.open_windows {
            c.persist(Persist::WindowClosed {
                id,
                at: wall,
                reason: CloseReason::Restart.as_str(),
            });
            c.audit(system(
                AuditAction::WindowClose,
                format!("window:{id}"),
                Outcome::Info,
                "restart",
            ));
        }
        // A device short of `full` needs its window, which did not survive.
        for id in stranded {
            c.refuse_device(
                now,
                wall,
                id.as_str(),
                DeviceState::Quarantined,
                "restart",
                None,
            );
        }
        c
    }

    /// The hub's id: the `iss` and `aud` of its tokens.
    pub fn hub_id(&self) -> &str {
        self.ledger.hub_id()
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
        [
            self.windows.poll_timeout(),
            self.sessions.poll_timeout(),
            self.devices.poll_timeout(),
            self.anomaly.poll_timeout(),
            self.allowance.poll_timeout(),
            self.matter.poll_timeout(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Fires every timer due at `now`.
    pub fn handle_timeout(&mut self, now: Instant) {
        let wall = self.clock.now();
        // Devices first: a device's deadline is never after its window's.
        for (id, reason) in self.devices.overdue(now) {
            self.refuse_device(
                now,
                wall,
                id.as_str(),
                DeviceState::Quarantined,
                reason,
                None,
            );
        }
        for (window, device, addr) in self.sessions.expire(now) {
            // A session outlives its window only until this call.
            if self.windows.contains(window) {
                let from = pake_source(addr, &device, window);
                let ev = AuditEvent::new(
                    format!("device:{device}"),
                    AuditAction::PakeTimeout,
                    format!("window:{window}"),
                    "coap",
                    Outcome::Failure,
                    "pake_timeout",
                );
                self.count_pake_failure(now, wall, window, &from, ev);
            }
        }
        for id in self.windows.expired(now) {
            self.close(
                now,
                wall,
                id,
                CloseReason::Expired,
                "system".into(),
                "system",
            );
        }
        for scope in self.anomaly.handle_timeout(now) {
            self.persist_scope(now, wall, &scope);
            self.audit(
                system(
                    AuditAction::PairingUnlock,
                    "pairing",
                    Outcome::Info,
                    "lockout_ended",
                )
                .with("scope", scope.kind())
                .with("key", scope.key()),
            );
        }
        if self.allowance.expire(now) {
            self.end_allowance(
                system(
                    AuditAction::ThreadCommissionerRevoke,
                    "border_agent",
                    Outcome::Info,
                    "expired",
                ),
                "expired",
            );
        }
        if let Some(w) = self.matter.expire(now) {
            self.matter_window_closed(w.id, crate::commissioning::matter::CloseReason::Expired);
        }
        self.ledger.expire(wall);
        // Used and expired codes are kept for a day, to answer "already
        // used" / "expired" rather than "unknown".
        self.enrollment.expire(wall);
    }

    // ---------------------------------------------------------------- windows

    /// Opens a window for one device (OOB: the user scanned its payload).
    ///
    /// The window records the stricter of the class asked (`req.class`, a
    /// minimum) and the policy's class for the payload's VID/PID
    /// ([`Policy::window_class`]); the role check runs on that class, so a
    /// member cannot lower a device's class by asking `low`.
    pub fn open_window(
        &mut self,
        now: Instant,
        actor: &Actor,
        req: OpenWindow,
    ) -> Result<WindowInfo, OpenWindowError> {
        self.open_window_with_joiner(now, actor, req, None)
    }

    /// [`Commissioner::open_window`] for a Thread device whose label gives
    /// its joiner id and PSKd: the window also admits that joiner on the
    /// hub's commissioner, for its life and no longer
    /// ([`Event::Joiner`]: `Add` now, `Remove` when it closes for any
    /// reason).
    ///
    /// A joiner is allowed in exactly the windows its opener may open (the
    /// class and role rules above: it receives the network key, so no
    /// laxer rule could apply), and in one open window at a time
    /// (`joiner_in_use`). The window's audit record names the joiner, never
    /// the PSKd, which stays in memory with the window only.
    pub fn open_window_with_joiner(
        &mut self,
        now: Instant,
        actor: &Actor,
        req: OpenWindow,
        joiner: Option<ThreadJoiner>,
    ) -> Result<WindowInfo, OpenWindowError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let subject = format!("disc:{}", req.discriminator);
        let decision = self.policy.window_class(req.class, req.vid, req.pid);
        let joiner_id = joiner.as_ref().map(|j| j.id.to_string());
        // Only a window with a joiner names one (older records are unchanged).
        let with_joiner = |ev: AuditEvent| match &joiner_id {
            Some(j) => ev.with("joiner", j.clone()),
            None => ev,
        };
        let deny = |e: &OpenWindowError| {
            with_joiner(actor.event(
                AuditAction::WindowOpen,
                subject.clone(),
                Outcome::Denied,
                e.code(),
            ))
            .with("vid", req.vid)
            .with("pid", req.pid)
            .with("class", decision.class.as_str())
            .with("requested_class", decision.requested.as_str())
            .with("policy_class", decision.policy.as_str())
            .with("policy_match", decision.matched.as_str())
            .with("class_source", decision.source.as_str())
            .with("role", actor.role.as_str())
        };
        // Failures of unauthenticated peers never lock a user out; only
        // a member's or guest's own burst of openings does.
        let own = LockScope::User(actor.user.clone());
        let locked = if fault!(HubLockRefusesOwner) {
            self.anomaly.lock_among(now, [own, LockScope::Hub])
        } else {
            self.anomaly
                .lock_among(now, [own])
                .filter(|_| !actor.role.is_administrative())
        };
        if let Some((scope, until)) = locked {
            let e = OpenWindowError::Locked {
                until: wall_for(now, wall, until),
            };
            self.audit(
                deny(&e)
                    .with("scope", scope.kind())
                    .with("key", scope.key()),
            );
            return Err(e);
        }
        let refusal =
            if !self.policy.may_pair(actor.role, decision.class) && !fault!(AnyRolePairsAnyClass) {
                Err(OpenWindowError::NotPermitted {
                    role: actor.role,
                    class: decision.class,
                    requested: decision.requested,
                    class_source: decision.source,
                })
            } else {
                self.windows.check_open(req.discriminator).and_then(|()| {
                    let Some(j) = &joiner else { return Ok(()) };
                    if self.allowance.active(now).is_some() {
                        return Err(OpenWindowError::CommissionerBusy);
                    }
                    match self.windows.for_joiner(&j.id) {
                        Some(window) => Err(OpenWindowError::JoinerInUse {
                            joiner: j.id,
                            window,
                        }),
                        None => Ok(()),
                    }
                })
            };
        if let Err(e) = refusal {
            // A user's refused request is audited, not counted: users are
            // authenticated, and only their openings are rate-limited.
            self.audit(deny(&e));
            return Err(e);
        }
        let ttl = self.policy.clamp_window_ttl(req.ttl);
        let (discriminator, vid, pid, requested) = (req.discriminator, req.vid, req.pid, req.ttl);
        let first = self.windows.is_empty();
        let info = self.windows.open(
            now,
            wall,
            (&actor.user, actor.role),
            req,
            (decision.class, decision.source),
            ttl,
            joiner.clone(),
        );
        let id = info.record.id;
        if first {
            self.events.push_back(Event::Advertise(Service::Pairing));
        }
        self.persist(Persist::WindowOpened(info.record.clone()));
        if let Some(joiner) = joiner {
            self.events.push_back(Event::Joiner(JoinerChange::Add {
                window: id,
                joiner,
                deadline: info.deadline,
            }));
        }
        self.audit(
            with_joiner(actor.event(
                AuditAction::WindowOpen,
                format!("window:{id}"),
                Outcome::Success,
                "ok",
            ))
            .with("discriminator", discriminator)
            .with("vid", vid)
            .with("pid", pid)
            .with("class", decision.class.as_str())
            .with("requested_class", decision.requested.as_str())
            .with("policy_class", decision.policy.as_str())
            .with("policy_match", decision.matched.as_str())
            .with("class_source", decision.source.as_str())
            .with("ttl_ms", ttl.as_millis() as u64)
            .with("requested_ttl_ms", requested.map(|t| t.as_millis() as u64)),
        );
        let lockable = !actor.role.is_administrative();
        let (state, burst) = self.anomaly.record_opening(now, &actor.user, lockable);
        self.persist_state(now, wall, state);
        if let Some(b) = burst {
            self.alert(now, wall, b);
        }
        Ok(info)
    }

    /// Closes a window on a user's request (its opener or an owner/admin).
    pub fn close_window(
        &mut self,
        now: Instant,
        actor: &Actor,
        id: WindowId,
    ) -> Result<(), CloseWindowError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = match self.windows.get(id) {
            None => Some(CloseWindowError::NoSuchWindow(id)),
            Some(w) if w.rec.opened_by != actor.user && !actor.role.is_administrative() => {
                Some(CloseWindowError::NotPermitted(id))
            }
            Some(_) => None,
        };
        if let Some(e) = err {
            let ev = actor.event(
                AuditAction::WindowClose,
                format!("window:{id}"),
                Outcome::Denied,
                e.code(),
            );
            self.audit(ev);
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
    pub fn window_pake(&self, window: WindowId) -> Option<&WindowPake> {
        self.windows.get(window).map(|w| &w.pake_params)
    }

    /// The open windows.
    pub fn windows(&self) -> Vec<WindowInfo> {
        self.windows
            .iter()
            .map(|w| WindowInfo {
                record: w.rec.clone(),
                deadline: w.deadline,
                failures: w.failures,
                pake_in_flight: self.sessions.is_running(w.rec.id),
                requested_class: w.requested,
                class_source: w.source,
                joiner: w.joiner.as_ref().map(|j| j.id),
            })
            .collect()
    }

    /// The device-class table in force and where it comes from, for a user
    /// who may read it (owner, admin, member). A guest is refused, audited
    /// `policy.device_classes`, and not counted by the anomaly detector (an
    /// enrolled user's request is no attack on pairing).
    pub fn device_classes(
        &mut self,
        now: Instant,
        actor: &Actor,
    ) -> Result<(DeviceClassTable, TableOrigin), DeviceClassesError> {
        self.handle_timeout(now);
        if !Policy::may_read_device_classes(actor.role) {
            let e = DeviceClassesError::NotPermitted(actor.role);
            self.audit(
                actor
                    .event(
                        AuditAction::PolicyDeviceClasses,
                        "policy:device_classes",
                        Outcome::Denied,
                        e.code(),
                    )
                    .with("role", actor.role.as_str()),
            );
            return Err(e);
        }
        Ok((self.policy.device_classes.clone(), self.classes_origin))
    }

    /// Replaces the device-class table (owner and admin): `Some(table)`
    /// is stored (`Persist::DeviceClasses`) and replaces the
    /// configuration's, across restarts; `None` drops it, and the
    /// configuration's is in force again. Returns the table now in force.
    ///
    /// Open windows keep their class until `/pair/start`, where the new
    /// table is applied to the device's attested VID/PID (raising, never
    /// lowering, the window's class). Audited `policy.device_classes` with
    /// the new table (a refusal too, not counted by the anomaly detector).
    pub fn set_device_classes(
        &mut self,
        now: Instant,
        actor: &Actor,
        table: Option<DeviceClassTable>,
    ) -> Result<(DeviceClassTable, TableOrigin), DeviceClassesError> {
        self.handle_timeout(now);
        let ev = |outcome, reason: &str| {
            actor
                .event(
                    AuditAction::PolicyDeviceClasses,
                    "policy:device_classes",
                    outcome,
                    reason,
                )
                .with("role", actor.role.as_str())
        };
        if !Policy::may(actor.role, Action::ChangeDeviceClasses) {
            let e = DeviceClassesError::NotPermittedToChange(actor.role);
            self.audit(ev(Outcome::Denied, e.code()));
            return Err(e);
        }
        let (in_force, origin) = match &table {
            Some(t) => (t.clone(), TableOrigin::Api),
            None => (self.config_classes.clone(), TableOrigin::Config),
        };
        self.persist(Persist::DeviceClasses(table));
        let rules = serde_json::to_value(in_force.rules()).unwrap_or_default();
        self.audit(
            ev(Outcome::Success, "ok")
                .with("origin", origin.as_str())
                .with("unknown_device_class", in_force.unknown().as_str())
                .with("device_classes", rules),
        );
        self.policy.device_classes = in_force.clone();
        self.classes_origin = origin;
        Ok((in_force, origin))
    }

    /// Closes window `id` (if open) and carries out what follows: its PAKE
    /// ends, the pairing service is withdrawn with the last window, and a
    /// device that proved the passcode there without reaching `full` is
    /// quarantined.
    fn close(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        id: WindowId,
        reason: CloseReason,
        actor: String,
        channel: &str,
    ) {
        let Some(w) = self.windows.close(id, reason) else {
            return;
        };
        self.sessions.forget(id);
        self.persist(Persist::WindowClosed {
            id,
            at: wall,
            reason: reason.as_str(),
        });
        self.audit(
            AuditEvent::new(
                actor,
                AuditAction::WindowClose,
                format!("window:{id}"),
                channel,
                Outcome::Info,
                reason.as_str(),
            )
            .with("failures", w.failures),
        );
        if let Some(joiner) = w.joiner {
            self.events.push_back(Event::Joiner(JoinerChange::Remove {
                window: id,
                joiner,
                reason: reason.as_str(),
            }));
        }
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
                self.refuse_device(now, wall, dev.as_str(), DeviceState::Quarantined, why, None);
            }
        }
    }

    // ------------------------------------------------------------------- PAKE

    /// A device asks to start the PAKE in the window for `discriminator`.
    /// `device` names it for the audit log (its DAC fingerprint); `vid`/`pid`
    /// come from its attested certificate and must equal the window's.
    /// Same as [`Commissioner::start_pake_from`] from an unknown address.
    ///
    /// The class check runs again on the attested VID/PID: when the policy
    /// now gives it a stricter class than the window's (the policy changed
    /// since opening), the window's class is raised (persisted, audited
    /// `window.class`), so the device needs what that class needs.
    pub fn start_pake(
        &mut self,
        now: Instant,
        device: &str,
        discriminator: u16,
        vid: u16,
        pid: u16,
    ) -> Result<PakeTicket, StartPakeError> {
        self.start_pake_from(now, None, device, discriminator, vid, pid)
    }

    /// [`Commissioner::start_pake`] by a peer at `addr`: refused
    /// (`pairing_locked`) while that source, that DAC or the window is
    /// locked (never by the hub-wide lock: the device's DAC chain verified);
    /// a refusal counts for those scopes, and so does the outcome of the
    /// PAKE it starts.
    pub fn start_pake_from(
        &mut self,
        now: Instant,
        addr: Option<IpAddr>,
        device: &str,
        discriminator: u16,
        vid: u16,
        pid: u16,
    ) -> Result<PakeTicket, StartPakeError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let mut from = FailureSource::maybe_peer(addr)
            .with_credential(Credential::Certificate(device.to_owned()));
        from.window = self
            .windows
            .for_discriminator(discriminator)
            .map(|w| w.rec.id);
        let result = match self.anomaly.lock_of(now, &from, false) {
            Some((scope, until)) => Err((
                StartPakeError::Locked {
                    until: wall_for(now, wall, until),
                },
                Some(scope),
            )),
            None => self
                .check_start_pake(discriminator, vid, pid)
                .map_err(|e| (e, None)),
        };
        let ev = |outcome, reason: &str| {
            AuditEvent::new(
                format!("device:{device}"),
                AuditAction::PakeStart,
                format!("disc:{discriminator}"),
                "coap",
                outcome,
                reason,
            )
            .with("vid", vid)
            .with("pid", pid)
        };
        match result {
            Err((e, locked)) => {
                let audit = ev(Outcome::Denied, e.code());
                match locked {
                    Some(scope) => {
                        self.audit(audit.with("scope", scope.kind()).with("key", scope.key()))
                    }
                    None => self.fail(now, &from, audit),
                }
                Err(e)
            }
            Ok(window) => {
                self.recheck_class(window, device, vid, pid);
                let deadline = now + self.policy.pake_timeout;
                let ticket = self.sessions.start_from(window, device, addr, deadline);
                self.audit(ev(Outcome::Success, "ok").with("window", window));
                Ok(ticket)
            }
        }
    }

    fn check_start_pake(
        &self,
        discriminator: u16,
        vid: u16,
        pid: u16,
    ) -> Result<WindowId, StartPakeError> {
        let Some(w) = self.windows.for_discriminator(discriminator) else {
            return Err(match self.windows.closed_for_discriminator(discriminator) {
                Some((window, reason)) => StartPakeError::WindowClosed { window, reason },
                None => StartPakeError::NoWindow(discriminator),
            });
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
        if self.sessions.is_running(w.rec.id) {
            return Err(StartPakeError::InFlight(w.rec.id));
        }
        Ok(w.rec.id)
    }

    /// The class check at `/pair/start`, on the attested `vid`/`pid`: raises
    /// open `window`'s class to the policy's if that is stricter.
    fn recheck_class(&mut self, window: WindowId, device: &str, vid: u16, pid: u16) {
        let (class, matched) = self.policy.device_classes.class_of(vid, pid);
        let Some(was) = self
            .windows
            .raise_class(window, class, ClassSource::Attestation)
        else {
            return;
        };
        self.persist(Persist::WindowClass { id: window, class });
        let requested = self.windows.get(window).map(|w| w.requested.as_str());
        self.audit(
            system(
                AuditAction::WindowClass,
                format!("window:{window}"),
                Outcome::Info,
                "attested_class",
            )
            .with("device", device)
            .with("vid", vid)
            .with("pid", pid)
            .with("was", was.as_str())
            .with("class", class.as_str())
            .with("requested_class", requested)
            .with("policy_match", matched.as_str())
            .with("needs_approval", self.needs_approval(window, class)),
        );
    }

    /// Whether a device pairing in `window` with `class` must wait for an
    /// owner/admin approval: a high-risk device, or one whose window's
    /// class was raised past what its opener's role may pair.
    fn needs_approval(&self, window: WindowId, class: DeviceClass) -> bool {
        class == DeviceClass::High
            || self
                .windows
                .get(window)
                .is_some_and(|w| !self.policy.may_pair(w.opener_role, w.rec.class.max(class)))
    }

    /// Checks that a ticket names the live session of an open window, after
    /// firing timers; returns the session's device label.
    fn session_for(&mut self, now: Instant, ticket: PakeTicket) -> Result<String, PakeError> {
        self.handle_timeout(now);
        if !self.windows.contains(ticket.window) {
            return Err(match self.windows.closed_reason(ticket.window) {
                Some(reason) => PakeError::WindowClosed {
                    window: ticket.window,
                    reason,
                },
                None => PakeError::UnknownSession,
            });
        }
        self.sessions.check(ticket)
    }

    /// The device failed the PAKE confirmation (wrong passcode). Counts
    /// against the window; the `max_pake_failures`-th failure closes it.
    pub fn pake_failed(
        &mut self,
        now: Instant,
        ticket: PakeTicket,
    ) -> Result<PakeFailure, PakeError> {
        let device = self.session_for(now, ticket)?;
        let from = pake_source(self.sessions.addr_of(ticket.window), &device, ticket.window);
        self.sessions.end(ticket.window);
        let wall = self.clock.now();
        let ev = AuditEvent::new(
            format!("device:{device}"),
            AuditAction::PakeConfirm,
            format!("window:{}", ticket.window),
            "coap",
            Outcome::Denied,
            "wrong_passcode",
        );
        Ok(self.count_pake_failure(now, wall, ticket.window, &from, ev))
    }

    fn count_pake_failure(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        window: WindowId,
        from: &FailureSource,
        ev: AuditEvent,
    ) -> PakeFailure {
        let max = self.policy.max_pake_failures;
        let failures = self.windows.record_failure(window);
        self.fail(now, from, ev.with("failures", failures).with("max", max));
        self.close_if_exhausted(now, wall, window, failures)
    }

    /// Closes `window` (`too_many_failures`) once it has counted
    /// `max_pake_failures` failures (PAKE confirmations and joiner attempts
    /// alike).
    fn close_if_exhausted(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        window: WindowId,
        failures: u32,
    ) -> PakeFailure {
        let window_closed = failures >= self.policy.max_pake_failures;
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
        let from = pake_source(self.sessions.addr_of(ticket.window), &dac, ticket.window);
        let wall = self.clock.now();
        let id = DeviceId::from(device_key.fingerprint());
        if let Some(state) = self.devices.state(id.as_str()) {
            if state != DeviceState::Removed {
                let e = PakeError::DeviceNotEligible {
                    device: id.to_string(),
                    state,
                };
                self.sessions.end(ticket.window);
                let ev = AuditEvent::new(
                    format!("device:{id}"),
                    AuditAction::PakeAdmit,
                    format!("window:{}", ticket.window),
                    "coap",
                    Outcome::Denied,
                    e.code(),
                )
                .with("dac", dac);
                self.fail(now, &from, ev);
                return Err(e);
            }
        }
        let (rec, deadline) = match self.windows.get(ticket.window) {
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
        self.sessions.end(ticket.window);
        self.windows.set_device(ticket.window, Some(id.clone()));
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
                AuditAction::PakeAdmit,
                format!("window:{}", rec.id),
                "coap",
                Outcome::Success,
                "ok",
            )
            .with("dac", dac)
            .with("class", rec.class.as_str())
            .with("cti", issued.claims.cti.to_string())
            .with("exp", issued.claims.exp)
            .with("needs_approval", self.needs_approval(rec.id, rec.class)),
        );
        self.devices
            .insert_pending(dev, instant_for(now, wall, full_by));
        Ok(issued)
    }

    /// [`Commissioner::pake_succeeded`] for a device whose attestation
    /// chain and firmware version are known (the pairing service's path):
    /// they are persisted with its `pending` record, in the same batch of
    /// events, so that a trust reload can judge the device again
    /// ([`Commissioner::trust_reloaded`]).
    pub fn pake_succeeded_attested(
        &mut self,
        now: Instant,
        ticket: PakeTicket,
        device_key: &DeviceKey,
        attestation: DeviceAttestation,
    ) -> Result<IssuedToken, PakeError> {
        let issued = self.pake_succeeded(now, ticket, device_key)?;
        self.persist(Persist::DeviceAttested(AttestationRecord {
            device: DeviceId::from(device_key.fingerprint()),
            attestation,
            at: self.clock.now(),
        }));
        Ok(issued)
    }

    /// Issues a token living no longer than the class allows and than the
    /// window's deadline, and persists its ledger entry.
    #[allow(clippy::too_many_arguments)]
    fn issue(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        device: &DeviceId,
        user: &str,
        window: WindowId,
        class: DeviceClass,
        window_deadline: Instant,
        scope: Scope,
        key: &DeviceKey,
    ) -> Result<IssuedToken, crate::commissioning::token::TokenError> {
        let remaining = window_deadline.saturating_duration_since(now);
        let lifetime = self.policy.token_lifetime(class).min(remaining);
        let grant = Grant {
            device,
            user,
            window,
            scope,
            key,
            lifetime,
        };
        let (issued, rec) = self.ledger.issue(self.rng.as_mut(), wall, grant)?;
        self.persist(Persist::TokenIssued(rec));
        Ok(issued)
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
        let from = pake_source(self.sessions.addr_of(ticket.window), &dac, ticket.window);
        let wall = self.clock.now();
        self.sessions.end(ticket.window);
        let mut ev = AuditEvent::new(
            format!("device:{dac}"),
            AuditAction::PakeAdmit,
            format!("window:{}", ticket.window),
            "coap",
            Outcome::Denied,
            reason,
        );
        for (k, v) in details {
            ev = ev.with(&k, v);
        }
        self.fail(now, &from, ev);
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
        match self.devices.state(device) {
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
    /// the anomaly detector, hub-wide only (the source is unknown). Same
    /// as [`Commissioner::audit_refusal_from`] with no source.
    pub fn audit_refusal(&mut self, now: Instant, event: AuditEvent) {
        self.audit_refusal_from(now, &FailureSource::default(), event)
    }

    /// [`Commissioner::audit_refusal`] of a request from `from`: counted
    /// for its scopes (its address, credential, window).
    pub fn audit_refusal_from(
        &mut self,
        now: Instant,
        from: &FailureSource,
        mut event: AuditEvent,
    ) {
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
            self.fail(now, from, event);
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

    /// The Thread joiner of `window` failed to prove its PSKd on the hub's
    /// commissioner (its DTLS handshake failed, or it connected but did not
    /// finalize; the Thread service audited it, `thread.joiner`). Counts
    /// like a failed PAKE confirmation: against the window (the
    /// `max_pake_failures`-th failure closes it, `too_many_failures`, and
    /// its joiner goes) and for the anomaly detector in the window's scope,
    /// so guessing a PSKd online is bounded as guessing a passcode is.
    /// `None` when the window is no longer open (a late report).
    pub fn joiner_failed(&mut self, now: Instant, window: WindowId) -> Option<PakeFailure> {
        self.handle_timeout(now);
        self.windows.get(window)?.joiner.as_ref()?;
        let wall = self.clock.now();
        let failures = self.windows.record_failure(window);
        self.count_failure(now, &FailureSource::default().with_window(window));
        Some(self.close_if_exhausted(now, wall, window, failures))
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
        let r = self.ledger.check(wall, token, presenter, needed);
        if let Err(e) = &r {
            let ev = AuditEvent::new(
                format!("device:{}", presenter.fingerprint()),
                AuditAction::TokenVerify,
                "token",
                "coap",
                Outcome::Denied,
                e.code(),
            );
            // Only a peer with an operational certificate of the hub CA
            // presents a token: its key is the scope.
            let from = FailureSource::default()
                .with_credential(Credential::Certificate(presenter.fingerprint()));
            self.fail(now, &from, ev);
        }
        r
    }

    /// Redeems a `setup` token for a `full` one (single use per upgrade).
    /// Low and medium risk devices redeem at once; high risk devices, and
    /// devices whose window's class was raised at `/pair/start` past what
    /// its opener's role may pair, after an owner/admin approval. Same as
    /// [`Commissioner::redeem_from`] from an unknown address.
    pub fn redeem(
        &mut self,
        now: Instant,
        token: &[u8],
        presenter: &DeviceKey,
    ) -> Result<IssuedToken, RedeemError> {
        self.redeem_from(now, None, token, presenter)
    }

    /// [`Commissioner::redeem`] by a peer at `addr`: a refusal counts for
    /// that source and for the presenter's key. Never refused by a lock:
    /// the presenter holds an operational certificate of the hub CA.
    pub fn redeem_from(
        &mut self,
        now: Instant,
        addr: Option<IpAddr>,
        token: &[u8],
        presenter: &DeviceKey,
    ) -> Result<IssuedToken, RedeemError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let device_id = DeviceId::from(presenter.fingerprint());
        let r = self.check_redeem(wall, token, presenter);
        let claims = match r {
            Ok(c) => c,
            Err(e) => {
                let ev = AuditEvent::new(
                    format!("device:{device_id}"),
                    AuditAction::TokenRedeem,
                    format!("device:{device_id}"),
                    "coap",
                    Outcome::Denied,
                    e.code(),
                );
                if matches!(e, RedeemError::NotApproved(_)) {
                    self.audit(ev);
                } else {
                    let from = FailureSource::maybe_peer(addr)
                        .with_credential(Credential::Certificate(presenter.fingerprint()));
                    self.fail(now, &from, ev);
                }
                return Err(e);
            }
        };
        let Some(dev) = self.devices.get(device_id.as_str()) else {
            return Err(RedeemError::Token(VerifyTokenError::Revoked {
                cti: claims.cti,
            }));
        };
        let (class, window_id) = (dev.class, dev.window);
        let deadline = match self.windows.get(window_id) {
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
        self.ledger.mark_redeemed(&claims.cti);
        self.persist(Persist::TokenRedeemed {
            cti: claims.cti,
            at: wall,
        });
        if let Some(rec) = self.devices.admit(device_id.as_str(), wall) {
            self.persist(Persist::Device(rec));
        }
        self.windows.set_device(window_id, None);
        self.audit(
            AuditEvent::new(
                format!("device:{device_id}"),
                AuditAction::TokenRedeem,
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
        // After its `Advertise`: the publisher takes a device's services
        // only once it knows the device is at `full`.
        self.srp_evaluate(now);
        Ok(issued)
    }

    fn check_redeem(
        &self,
        wall: UnixMillis,
        token: &[u8],
        presenter: &DeviceKey,
    ) -> Result<TokenClaims, RedeemError> {
        let claims = self.ledger.check(wall, token, presenter, Scope::Setup)?;
        if claims.scope != Scope::Setup {
            return Err(RedeemError::NotASetupToken);
        }
        match self.devices.get(&claims.sub) {
            Some(d) if d.state == DeviceState::Approved => Ok(claims),
            Some(d)
                if d.state == DeviceState::Pending
                    && (!self.needs_approval(d.window, d.class) || fault!(ApprovalSkipped)) =>
            {
                Ok(claims)
            }
            Some(d) if d.state == DeviceState::Pending => {
                Err(RedeemError::NotApproved(d.id.to_string()))
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
        let device = self.ledger.device_of(cti).cloned();
        let err = if !Policy::may(actor.role, Action::RevokeToken) {
            Some(RevokeError::NotPermitted(actor.role))
        } else if device.is_none() {
            Some(RevokeError::UnknownToken(cti.to_string()))
        } else {
            None
        };
        let ev = |outcome, reason: &str| {
            actor.event(
                AuditAction::TokenRevoke,
                format!("cti:{cti}"),
                outcome,
                reason,
            )
        };
        if let Some(e) = err {
            let ev = ev(Outcome::Denied, e.code());
            self.audit(ev);
            return Err(e);
        }
        let device = device.unwrap_or_default();
        self.mark_revoked(wall, cti);
        self.audit(ev(Outcome::Success, "ok").with("device", device.clone()));
        if matches!(
            self.devices.state(device.as_str()),
            Some(DeviceState::Pending | DeviceState::Approved | DeviceState::Admitted)
        ) {
            self.refuse_device(
                now,
                wall,
                device.as_str(),
                DeviceState::Quarantined,
                "token_revoked",
                None,
            );
        }
        Ok(())
    }

    fn mark_revoked(&mut self, wall: UnixMillis, cti: &Cti) {
        if self.ledger.revoke(cti) {
            self.persist(Persist::TokenRevoked {
                cti: *cti,
                at: wall,
            });
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
        let err = if !Policy::may(actor.role, Action::ApproveDevice) {
            Err(DeviceActionError::NotPermitted(actor.role))
        } else {
            self.devices.check_approve(device)
        };
        let ev = |outcome, reason: &str| {
            actor
                .event(
                    AuditAction::DeviceApprove,
                    format!("device:{device}"),
                    outcome,
                    reason,
                )
                .with("role", actor.role.as_str())
        };
        if let Err(e) = err {
            let ev = ev(Outcome::Denied, e.code());
            self.audit(ev);
            return Err(e);
        }
        if let Some(rec) = self.devices.approve(device, &actor.user, wall) {
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
            AuditAction::DeviceQuarantine,
        )
    }

    /// Removes a device (owner/admin); it may pair again later.
    pub fn remove(
        &mut self,
        now: Instant,
        actor: &Actor,
        device: &str,
    ) -> Result<(), DeviceActionError> {
        self.user_refuse(
            now,
            actor,
            device,
            DeviceState::Removed,
            AuditAction::DeviceRemove,
        )
    }

    fn user_refuse(
        &mut self,
        now: Instant,
        actor: &Actor,
        device: &str,
        to: DeviceState,
        action: AuditAction,
    ) -> Result<(), DeviceActionError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let err = if !Policy::may(actor.role, Action::RefuseDevice) {
            Err(DeviceActionError::NotPermitted(actor.role))
        } else {
            self.devices.check_refuse(device, to)
        };
        if let Err(e) = err {
            let ev = actor.event(
                action,
                format!("device:{device}"),
                Outcome::Denied,
                e.code(),
            );
            self.audit(ev);
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
        let Some(refused) = self.devices.refuse(id, to, reason, wall) else {
            return;
        };
        let (was, window) = (refused.was, refused.rec.window);
        self.persist(Persist::Device(refused.rec));
        for cti in self.ledger.unrevoked_of(id) {
            self.mark_revoked(wall, &cti);
        }
        let (who, channel) = match actor {
            Some(a) => (a.audit_name(), a.channel),
            None => ("system".to_owned(), "system"),
        };
        let action = if to == DeviceState::Removed {
            AuditAction::DeviceRemove
        } else {
            AuditAction::DeviceQuarantine
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
        if !fault!(RefusalUnaudited) {
            self.audit(ev);
        }
        if was == DeviceState::Admitted {
            self.events
                .push_back(Event::Withdraw(Service::Device { id: id.into() }));
        }
        if to == DeviceState::Removed {
            self.srp.unbind_device(id);
            self.persist(Persist::SrpUnbound { device: id.into() });
        }
        self.srp_evaluate(now);
        if self
            .windows
            .get(window)
            .is_some_and(|w| w.device.as_ref().is_some_and(|d| d == id))
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
        self.devices.get(id)
    }

    // ------------------------------------------------------------ trust reload

    /// Whether `actor` may reload the device trust set (PAA roots, CRLs,
    /// denylist, firmware policy): owner and admin. A refusal is audited
    /// (`pki.reload` denied `not_permitted`), not counted. Ask before
    /// reading any file.
    pub fn check_trust_reload(
        &mut self,
        now: Instant,
        actor: &Actor,
    ) -> Result<(), TrustReloadError> {
        self.handle_timeout(now);
        if Policy::may(actor.role, Action::ReloadTrust) {
            return Ok(());
        }
        let e = TrustReloadError::NotPermitted(actor.role);
        let ev = actor
            .event(AuditAction::PkiReload, "pki", Outcome::Denied, e.code())
            .with("role", actor.role.as_str());
        // An enrolled user's refusal: audited, never counted towards the
        // pairing lock (docs/commissioning.md, "The pairing lock").
        self.audit(ev);
        Err(e)
    }

    /// A reload asked by `actor` (`None`: the hub's operator by SIGHUP)
    /// found `file` unusable: the set in force is kept. Audited
    /// (`pki.reload` failure `invalid_trust_file`, with the file and why),
    /// not counted as an attack. Returns the refusal to answer.
    pub fn trust_reload_refused(
        &mut self,
        now: Instant,
        actor: Option<&Actor>,
        file: &str,
        message: &str,
    ) -> TrustReloadError {
        self.handle_timeout(now);
        let e = TrustReloadError::InvalidFile {
            file: file.to_owned(),
            message: message.to_owned(),
        };
        let ev = reload_event(actor, Outcome::Failure, e.code())
            .with("file", file)
            .with("error", message)
            .with("kept", "previous trust set");
        self.audit(ev);
        e
    }

    /// A reload asked by `actor` (`None`: SIGHUP) put a new trust set in
    /// force (`details`: what it holds, audited with `pki.reload`), and the
    /// driver re-checked the devices admitted earlier: each of `findings`
    /// is quarantined now ([`Commissioner::quarantine_system`], with the
    /// finding's reason and details) unless it is already quarantined or
    /// removed. Returns the devices quarantined.
    pub fn trust_reloaded(
        &mut self,
        now: Instant,
        actor: Option<&Actor>,
        details: Vec<(String, serde_json::Value)>,
        findings: Vec<TrustFinding>,
    ) -> Vec<DeviceId> {
        self.handle_timeout(now);
        let quarantined: Vec<DeviceId> = findings
            .iter()
            .filter(|f| {
                matches!(
                    self.devices.state(f.device.as_str()),
                    Some(DeviceState::Pending | DeviceState::Approved | DeviceState::Admitted)
                )
            })
            .map(|f| f.device.clone())
            .collect();
        let mut ev =
            reload_event(actor, Outcome::Success, "ok").with("quarantined", quarantined.len());
        for (k, v) in details {
            ev = ev.with(&k, v);
        }
        self.audit(ev);
        for f in findings {
            // Ineligible ones (already quarantined or removed) were not counted.
            let _ = self.quarantine_system(now, f.device.as_str(), &f.reason, f.details);
        }
        quarantined
    }

    // ------------------------------------------------------------- enrollment

    /// On a hub with no users, creates the one-time owner code (superseding
    /// any earlier unused one, whose plaintext is gone). Returns `None` when
    /// users exist. The caller prints the code once and writes it to a 0600
    /// file; only its hash is persisted.
    pub fn ensure_bootstrap(&mut self, now: Instant) -> Result<Option<NewCode>, EnrollError> {
        self.handle_timeout(now);
        if self.enrollment.users_exist() {
            return Ok(None);
        }
        let wall = self.clock.now();
        for hash in self.enrollment.supersede_bootstrap(wall) {
            self.persist(Persist::CodeUsed {
                hash,
                at: wall,
                by: "superseded".into(),
            });
        }
        let (code, rec) = self
            .enrollment
            .create(
                self.rng.as_mut(),
                CodeKind::Bootstrap,
                Role::Owner,
                "system",
                wall,
                self.policy.owner_code_ttl,
            )
            .map_err(|_| EnrollError::Rng)?;
        self.persist(Persist::CodeCreated(rec.clone()));
        self.audit(
            system(
                AuditAction::EnrollBootstrapCode,
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
        if !may_manage(actor.role, role) {
            let e = InviteError::NotPermitted {
                role: actor.role,
                invited: role,
            };
            let ev = actor.event(
                AuditAction::EnrollInvite,
                format!("role:{role}"),
                Outcome::Denied,
                e.code(),
            );
            self.audit(ev);
            return Err(e);
        }
        let (code, rec) = self
            .enrollment
            .create(
                self.rng.as_mut(),
                CodeKind::Invite,
                role,
                &actor.user,
                wall,
                self.policy.clamp_invite_ttl(ttl),
            )
            .map_err(|_| InviteError::Rng)?;
        self.persist(Persist::CodeCreated(rec.clone()));
        self.audit(
            actor
                .event(
                    AuditAction::EnrollInvite,
                    format!("role:{role}"),
                    Outcome::Success,
                    "ok",
                )
                .with("expires", rec.expires.to_rfc3339()),
        );
        Ok((code, rec))
    }

    /// The pending invites (not used, not cancelled, not expired), oldest
    /// first: owners and admins only. Audited (`enroll.invite_list`), as is
    /// a refusal.
    pub fn list_invites(
        &mut self,
        now: Instant,
        actor: &Actor,
    ) -> Result<Vec<CodeRecord>, InviteAdminError> {
        self.handle_timeout(now);
        if !Policy::may(actor.role, Action::ListInvites) {
            let e = InviteAdminError::NotPermitted {
                role: actor.role,
                what: "list invites".into(),
            };
            // An enrolled user's mistake, not a pairing failure: audited,
            // not counted towards the pairing lock.
            self.audit(actor.event(
                AuditAction::EnrollInviteList,
                "invites",
                Outcome::Denied,
                e.code(),
            ));
            return Err(e);
        }
        let list = self.enrollment.pending_invites(self.clock.now());
        self.audit(
            actor
                .event(
                    AuditAction::EnrollInviteList,
                    "invites",
                    Outcome::Success,
                    "ok",
                )
                .with("count", list.len()),
        );
        Ok(list)
    }

    /// Cancels the pending invite named `id` ([`CodeRecord::id`]): an
    /// owner cancels any invite, an admin those for members and guests.
    /// An unknown id is `NoSuchInvite`, an invite already redeemed,
    /// cancelled or expired is `NotPending` (so a second cancel is refused,
    /// never a silent success). Returns the invite as cancelled; audited
    /// (`enroll.invite_cancel`), as is a refusal.
    pub fn cancel_invite(
        &mut self,
        now: Instant,
        actor: &Actor,
        id: &str,
    ) -> Result<CodeRecord, InviteAdminError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let subject = format!("invite:{id}");
        let rec = match self.enrollment.cancel(actor.role, id, wall) {
            Ok(rec) => rec,
            Err(e) => {
                // Audited, not counted towards the pairing lock (as above).
                self.audit(actor.event(
                    AuditAction::EnrollInviteCancel,
                    subject,
                    Outcome::Denied,
                    e.code(),
                ));
                return Err(e);
            }
        };
        self.persist(Persist::CodeCancelled {
            hash: rec.hash.clone(),
            at: wall,
            by: actor.audit_name(),
        });
        self.audit(
            actor
                .event(
                    AuditAction::EnrollInviteCancel,
                    subject,
                    Outcome::Success,
                    "ok",
                )
                .with("role", rec.role.as_str())
                .with("created_by", rec.created_by.clone()),
        );
        Ok(rec)
    }

    /// Enrolls a user with a bootstrap or invite code (single use), from
    /// an unknown address: same as [`Commissioner::enroll_from`] with
    /// `addr` `None`.
    pub fn enroll(
        &mut self,
        now: Instant,
        code: &str,
        name: &str,
        channel: &'static str,
    ) -> Result<UserRecord, EnrollError> {
        self.enroll_from(now, code, name, channel, None)
    }

    /// Enrolls a user with a bootstrap or invite code (single use), asked
    /// by a peer at `addr` over `channel`. Over the admin socket (`local`)
    /// no lock applies and nothing is counted (the socket admits only the
    /// daemon's user and root). Over the network the request is refused
    /// (`pairing_locked`) while its source or the hub is locked, and a
    /// wrong code counts for its source (and, for a known but used or
    /// expired code, for that code): guessing locks the guesser, never the
    /// code's holder, and never shortens a code's life.
    pub fn enroll_from(
        &mut self,
        now: Instant,
        code: &str,
        name: &str,
        channel: &'static str,
        addr: Option<IpAddr>,
    ) -> Result<UserRecord, EnrollError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let local = channel == "local";
        let mut from = FailureSource::maybe_peer(addr);
        let lock = if local {
            None
        } else {
            self.anomaly.lock_of(now, &from, true)
        };
        let r = match &lock {
            Some((_, until)) => Err(EnrollError::Locked {
                until: wall_for(now, wall, *until),
            }),
            None => self.enrollment.check(wall, code, name),
        };
        let idx = match r {
            Ok(i) => i,
            Err(e) => {
                let ev = AuditEvent::new(
                    "anonymous",
                    AuditAction::EnrollRedeem,
                    "code",
                    channel,
                    Outcome::Denied,
                    e.code(),
                );
                if let Some((scope, _)) = lock {
                    self.audit(ev.with("scope", scope.kind()).with("key", scope.key()));
                } else if local {
                    self.audit(ev);
                } else {
                    if matches!(e, EnrollError::AlreadyUsed | EnrollError::Expired(_)) {
                        if let Some(h) = crate::commissioning::codes::hash(code) {
                            from = from.with_credential(Credential::Code(h));
                        }
                    }
                    self.fail(now, &from, ev);
                }
                return Err(e);
            }
        };
        let r = self.enrollment.redeem(self.rng.as_mut(), idx, name, wall)?;
        let user = r.user;
        self.persist(Persist::UserCreated(user.clone()));
        self.persist(Persist::CodeUsed {
            hash: r.hash,
            at: wall,
            by: user.id.clone(),
        });
        self.audit(
            AuditEvent::new(
                format!("user:{}", user.id),
                AuditAction::EnrollRedeem,
                format!("user:{}", user.id),
                channel,
                Outcome::Success,
                "ok",
            )
            .with("role", user.role.as_str())
            .with("kind", r.kind.as_str()),
        );
        Ok(user)
    }

    /// Revokes a user: owners revoke admins, members and guests; admins
    /// revoke members and guests; nobody revokes an owner or themselves.
    /// The core keeps no user table: the driver passes the user as stored
    /// (`target`: its role and whether it is already revoked; `None` when
    /// no user has this id). Windows the user opened are closed, and the
    /// invites they issued that nobody redeemed yet are cancelled (each
    /// audited as `enroll.invite_cancel`, reason `creator_revoked`).
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
            Some((role, _)) if id == actor.user || !may_manage(actor.role, role) => {
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
                .event(AuditAction::UserRevoke, subject, Outcome::Denied, e.code())
                .with("role", actor.role.as_str());
            self.audit(ev);
            return Err(e);
        }
        self.persist(Persist::UserRevoked {
            id: id.to_owned(),
            at: wall,
        });
        self.audit(
            actor
                .event(AuditAction::UserRevoke, subject, Outcome::Success, "ok")
                .with("target_role", target.map(|t| t.0.as_str())),
        );
        for w in self.windows.opened_by(id) {
            self.close(
                now,
                wall,
                w,
                CloseReason::Revoked,
                actor.audit_name(),
                actor.channel,
            );
        }
        self.dashboard_end_user(id, actor);
        for rec in self.enrollment.cancel_created_by(id, wall) {
            self.persist(Persist::CodeCancelled {
                hash: rec.hash.clone(),
                at: wall,
                by: actor.audit_name(),
            });
            self.audit(
                actor
                    .event(
                        AuditAction::EnrollInviteCancel,
                        format!("invite:{}", rec.id()),
                        Outcome::Success,
                        "creator_revoked",
                    )
                    .with("role", rec.role.as_str())
                    .with("created_by", rec.created_by.clone()),
            );
        }
        Ok(())
    }

    // ------------------------------------------------ commissioner allowance

    /// Allows external commissioning through the border agent for `ttl`
    /// (clamped: [`crate::commissioning::allowance::clamp_ttl`]; allowing
    /// again replaces the deadline). Owners and admins only
    /// (`thread.commissioner_allow`), and never while a window admits a
    /// Thread joiner: the leader gives the commissioner role to one
    /// commissioner at a time, and the hub's own holds it for that window
    /// (`commissioner_busy`; the converse refusal is in
    /// [`Commissioner::open_window_with_joiner`]). Audited
    /// `thread.commissioner_allow` either way; on success the border agent
    /// is told ([`JoinerChange::AllowCommissioner`]), and at the deadline
    /// the allowance ends on its own ([`Commissioner::handle_timeout`]:
    /// `thread.commissioner_revoke`, reason `expired`).
    pub fn allow_external_commissioner(
        &mut self,
        now: Instant,
        actor: &Actor,
        ttl: Option<Duration>,
    ) -> Result<AllowanceInfo, AllowanceError> {
        self.handle_timeout(now);
        let granted = crate::commissioning::allowance::clamp_ttl(ttl);
        let requested_ms = ttl.map(|t| t.as_millis() as u64);
        let err = if !Policy::may(actor.role, Action::AllowCommissioner) {
            Some(AllowanceError::NotPermitted(actor.role))
        } else {
            self.windows
                .iter()
                .find(|w| w.joiner.is_some())
                .map(|w| AllowanceError::CommissionerBusy { window: w.rec.id })
        };
        if let Some(e) = err {
            let ev = actor
                .event(
                    AuditAction::ThreadCommissionerAllow,
                    "border_agent",
                    Outcome::Denied,
                    e.code(),
                )
                .with("role", actor.role.as_str())
                .with("requested_ttl_ms", requested_ms);
            self.audit(ev);
            return Err(e);
        }
        let wall = self.clock.now();
        let info = self
            .allowance
            .allow(now, wall, actor.audit_name(), actor.role, granted);
        let ev = actor
            .event(
                AuditAction::ThreadCommissionerAllow,
                "border_agent",
                Outcome::Success,
                "ok",
            )
            .with("ttl_ms", info.ttl_ms)
            .with("requested_ttl_ms", requested_ms)
            .with("until_ms", info.until_ms);
        self.audit(ev);
        self.events
            .push_back(Event::Joiner(JoinerChange::AllowCommissioner {
                deadline: now + granted,
            }));
        Ok(info)
    }

    /// Ends the commissioner allowance now (owners and admins): the border
    /// agent stops and every session through it ends. Audited
    /// `thread.commissioner_revoke` (reason `ok`, or `not_allowed` when
    /// none was in force: nothing changes then). Returns whether one was.
    pub fn revoke_external_commissioner(
        &mut self,
        now: Instant,
        actor: &Actor,
    ) -> Result<bool, AllowanceError> {
        self.handle_timeout(now);
        if !Policy::may(actor.role, Action::AllowCommissioner) {
            let e = AllowanceError::NotPermitted(actor.role);
            let ev = actor
                .event(
                    AuditAction::ThreadCommissionerRevoke,
                    "border_agent",
                    Outcome::Denied,
                    e.code(),
                )
                .with("role", actor.role.as_str());
            self.audit(ev);
            return Err(e);
        }
        if !self.allowance.revoke() {
            let ev = actor.event(
                AuditAction::ThreadCommissionerRevoke,
                "border_agent",
                Outcome::Info,
                "not_allowed",
            );
            self.audit(ev);
            return Ok(false);
        }
        let ev = actor.event(
            AuditAction::ThreadCommissionerRevoke,
            "border_agent",
            Outcome::Success,
            "ok",
        );
        self.end_allowance(ev, "revoked");
        Ok(true)
    }

    /// The commissioner allowance in force, if any.
    pub fn external_commissioner_allowance(&self, now: Instant) -> Option<AllowanceInfo> {
        self.allowance.active(now)
    }

    // ----------------------------------------------------------------- matter

    /// Opens a Matter commissioning window (owners and admins; the rules
    /// are `crate::commissioning::matter`'s): basic on the factory
    /// passcode while the node has no fabric (`has_fabrics`, the node's
    /// answer), enhanced with a fresh secret otherwise. Audited
    /// `matter.window_open` (kind, length, discriminator; never the
    /// secret); the node is told ([`MatterChange::Open`]). The grant
    /// carries the secret for the opener to show once.
    pub fn open_matter_window(
        &mut self,
        now: Instant,
        actor: &Actor,
        ttl: Option<Duration>,
        has_fabrics: bool,
    ) -> Result<
        crate::commissioning::matter::WindowGrant,
        crate::commissioning::matter::MatterWindowError,
    > {
        use crate::commissioning::matter::MatterWindowError;
        self.handle_timeout(now);
        let requested = ttl.map(|t| t.as_secs());
        let res = if !Policy::may(actor.role, Action::MatterAdmin) {
            Err(MatterWindowError::NotPermitted(actor.role))
        } else {
            let wall = self.clock.now();
            self.matter.open(
                now,
                wall,
                actor.audit_name(),
                ttl,
                has_fabrics,
                self.rng.as_mut(),
            )
        };
        match res {
            Err(e) => {
                let ev = actor
                    .event(
                        AuditAction::MatterWindowOpen,
                        "matter",
                        Outcome::Denied,
                        e.code(),
                    )
                    .with("role", actor.role.as_str())
                    .with("requested_secs", requested);
                self.audit(ev);
                Err(e)
            }
            Ok(grant) => {
                let ev = actor
                    .event(
                        AuditAction::MatterWindowOpen,
                        format!("matter-window:{}", grant.id),
                        Outcome::Success,
                        "ok",
                    )
                    .with("kind", grant.kind.as_str())
                    .with("ttl_secs", grant.ttl.as_secs())
                    .with("until_ms", grant.until_ms)
                    .with("discriminator", grant.discriminator);
                self.audit(ev);
                self.events
                    .push_back(Event::Matter(MatterChange::Open(grant.clone())));
                Ok(grant)
            }
        }
    }

    /// Closes the Matter commissioning window now (owners and admins).
    /// Audited `matter.window_close` (`revoked`).
    pub fn close_matter_window(
        &mut self,
        now: Instant,
        actor: &Actor,
    ) -> Result<
        crate::commissioning::matter::MatterWindowInfo,
        crate::commissioning::matter::MatterWindowError,
    > {
        use crate::commissioning::matter::MatterWindowError;
        self.handle_timeout(now);
        let err = if !Policy::may(actor.role, Action::MatterAdmin) {
            Some(MatterWindowError::NotPermitted(actor.role))
        } else if self.matter.active(now).is_none() {
            Some(MatterWindowError::NotOpen)
        } else {
            None
        };
        if let Some(e) = err {
            let ev = actor.event(
                AuditAction::MatterWindowClose,
                "matter",
                Outcome::Denied,
                e.code(),
            );
            self.audit(ev);
            return Err(e);
        }
        let info = self.matter.close().ok_or(MatterWindowError::NotOpen)?;
        let ev = actor.event(
            AuditAction::MatterWindowClose,
            format!("matter-window:{}", info.id),
            Outcome::Success,
            "revoked",
        );
        self.audit(ev);
        self.events.push_back(Event::Matter(MatterChange::Close {
            window: info.id,
            reason: "revoked",
        }));
        Ok(info)
    }

    /// The Matter commissioning window open at `now`, if any.
    pub fn matter_window(
        &self,
        now: Instant,
    ) -> Option<crate::commissioning::matter::MatterWindowInfo> {
        self.matter.active(now)
    }

    /// What the Matter node saw on the wire: audited; a failed PASE
    /// handshake counts against the open window (closed at the 20th), a
    /// completed commissioning closes it; attempts while no window is open
    /// are summarised (one record per minute with their count).
    pub fn matter_observed(
        &mut self,
        now: Instant,
        obs: crate::commissioning::matter::Observation,
    ) {
        use crate::commissioning::matter::{
            observation_event, CloseReason, Observation, MAX_PASE_FAILURES,
        };
        self.handle_timeout(now);
        match &obs {
            Observation::Pase {
                ok: false, status, ..
            } if status == "no_window" => {
                if let Some(n) = self.matter.attempt_without_window(now) {
                    self.audit(observation_event(&obs).with("attempts", n));
                }
                return;
            }
            _ => {}
        }
        self.audit(observation_event(&obs));
        match obs {
            Observation::Pase { ok: false, .. } => {
                if let Some(n) = self.matter.pase_failed() {
                    if n >= MAX_PASE_FAILURES {
                        if let Some(w) = self.matter.close() {
                            self.matter_window_closed(w.id, CloseReason::PaseFailures);
                        }
                    }
                }
            }
            Observation::CommissioningComplete { .. } => {
                if let Some(w) = self.matter.close() {
                    self.matter_window_closed(w.id, CloseReason::Commissioned);
                }
            }
            _ => {}
        }
    }

    fn matter_window_closed(
        &mut self,
        window: u64,
        reason: crate::commissioning::matter::CloseReason,
    ) {
        self.audit(system(
            AuditAction::MatterWindowClose,
            format!("matter-window:{window}"),
            Outcome::Info,
            reason.as_str(),
        ));
        self.events.push_back(Event::Matter(MatterChange::Close {
            window,
            reason: reason.as_str(),
        }));
    }

    fn end_allowance(&mut self, ev: AuditEvent, reason: &'static str) {
        self.audit(ev);
        self.events
            .push_back(Event::Joiner(JoinerChange::EndCommissioner { reason }));
    }

    // -------------------------------------------------------------------- SRP

    /// A new snapshot of the hub's SRP server table (the Thread service
    /// sends one whenever it changed): bound hosts of devices at `full`
    /// are published, unbound ones held and audited (module
    /// [`crate::commissioning::srp`]).
    pub fn srp_hosts(&mut self, now: Instant, hosts: Vec<SrpHost>) {
        self.handle_timeout(now);
        self.srp.hosts(hosts);
        self.srp_evaluate(now);
    }

    /// Binds SRP host `host` to admitted device `device` (owner/admin: the
    /// `device.approve` action), audited `thread.srp_bind` either way. The
    /// host need not have registered yet.
    pub fn srp_bind(
        &mut self,
        now: Instant,
        actor: &Actor,
        host: &str,
        device: &str,
    ) -> Result<(), DeviceActionError> {
        self.handle_timeout(now);
        let label = crate::commissioning::srp::host_label(host);
        let err = if !Policy::may(actor.role, Action::ApproveDevice) {
            Err(DeviceActionError::NotPermitted(actor.role))
        } else {
            match self.devices.state(device) {
                None => Err(DeviceActionError::NoSuchDevice(device.to_owned())),
                Some(DeviceState::Admitted) => Ok(()),
                Some(s) => Err(DeviceActionError::InvalidState(s)),
            }
        };
        let subject = format!("srp:{label}");
        if let Err(e) = err {
            let ev = actor
                .event(
                    AuditAction::ThreadSrpBind,
                    subject,
                    Outcome::Denied,
                    e.code(),
                )
                .with("device", device);
            self.audit(ev);
            return Err(e);
        }
        let ev = actor
            .event(AuditAction::ThreadSrpBind, subject, Outcome::Success, "ok")
            .with("device", device);
        self.audit(ev);
        self.persist(Persist::SrpBound {
            host: label.clone(),
            device: DeviceId::from(device),
            at: self.clock.now(),
            by: actor.audit_name(),
        });
        self.srp.bind(&label, DeviceId::from(device));
        self.srp_evaluate(now);
        Ok(())
    }

    /// Device `device`, which has just proved the passcode with its
    /// attested chain (`/pair/confirm`), registers SRP host `host`: the host
    /// is bound to it, unless it is bound to another device (a device
    /// cannot take a name from another: audited denied `host_taken`, the
    /// binding kept). Audited `thread.srp_bind` with actor `device:<id>`.
    pub fn srp_claim(&mut self, now: Instant, device: &str, host: &str) {
        let label = crate::commissioning::srp::host_label(host);
        let rec = |outcome: Outcome, reason: &str| {
            AuditEvent::new(
                format!("device:{device}"),
                AuditAction::ThreadSrpBind,
                format!("srp:{label}"),
                "coap",
                outcome,
                reason,
            )
            .with("device", device)
        };
        match self.srp.bound_to(&label) {
            Some(d) if d.as_str() == device => return,
            Some(_) => {
                self.audit(rec(Outcome::Denied, "host_taken"));
                return;
            }
            None => {}
        }
        self.audit(rec(Outcome::Success, "pairing"));
        self.persist(Persist::SrpBound {
            host: label.clone(),
            device: DeviceId::from(device),
            at: self.clock.now(),
            by: format!("device:{device}"),
        });
        self.srp.bind(&label, DeviceId::from(device));
        self.srp_evaluate(now);
    }

    /// Every SRP registration with the device it belongs to, or pending.
    pub fn srp_registrations(&self) -> Vec<SrpRegistration> {
        let devices = &self.devices;
        self.srp.registrations(|d| is_full(devices, d))
    }

    fn srp_evaluate(&mut self, now: Instant) {
        let devices = &self.devices;
        let SrpEvaluation {
            changes,
            pending,
            refused,
            pins,
        } = self.srp.evaluate(now, |d| is_full(devices, d));
        for (host, key) in pins {
            self.persist(Persist::SrpKeyPinned { host, key });
        }
        for r in refused {
            let mut ev = system(
                AuditAction::ThreadSrpRefused,
                format!("device:{}", r.device),
                Outcome::Denied,
                r.reason,
            )
            .with("host", r.host)
            .with("services", r.services);
            if r.reason == "key_mismatch" {
                ev = ev.with("key_sha256", r.key.unwrap_or_default());
            }
            self.audit(ev);
        }
        for p in pending {
            self.audit(
                system(
                    AuditAction::ThreadSrpPending,
                    format!("srp:{}", p.host),
                    Outcome::Denied,
                    "unknown_host",
                )
                .with("services", p.services),
            );
        }
        for c in changes {
            let services: Vec<String> = c
                .services
                .iter()
                .map(|s| format!("{}.{}", s.instance, s.service_type))
                .collect();
            let reason = if services.is_empty() {
                "withdrawn"
            } else {
                "published"
            };
            self.audit(
                system(
                    AuditAction::ThreadSrpPublish,
                    format!("device:{}", c.device),
                    Outcome::Success,
                    reason,
                )
                .with("host", c.host.clone())
                .with("services", services),
            );
            self.events.push_back(Event::Srp(c));
        }
    }

    // ---------------------------------------------------------------- helpers

    fn persist(&mut self, p: Persist) {
        self.events.push_back(Event::Persist(p));
    }

    pub(super) fn audit(&mut self, e: AuditEvent) {
        self.events.push_back(Event::Audit(e));
    }

    /// Audits a refusal and counts it for the anomaly detector, in the
    /// scopes `from` names (and hub-wide unless a scope explains it).
    fn fail(&mut self, now: Instant, from: &FailureSource, e: AuditEvent) {
        self.audit(e);
        self.count_failure(now, from);
    }

    /// Counts a failure for the anomaly detector (no audit record: the
    /// caller's is written elsewhere).
    fn count_failure(&mut self, now: Instant, from: &FailureSource) {
        let wall = self.clock.now();
        let (states, burst) = self.anomaly.record_failure(now, from);
        for st in states {
            self.persist_state(now, wall, st);
        }
        for gone in self.anomaly.take_evicted() {
            self.persist(Persist::ScopeForgotten(gone));
        }
        if let Some(b) = burst {
            self.alert(now, wall, b);
        }
    }

    fn alert(&mut self, now: Instant, wall: UnixMillis, b: Burst) {
        let locked_until = self
            .anomaly
            .lock_among(now, [b.scope.clone()])
            .map(|(_, t)| wall_for(now, wall, t));
        let alert = Alert {
            kind: b.kind,
            scope: b.scope.kind(),
            key: b.scope.key(),
            count: b.count,
            interval_secs: self.policy.anomaly.interval.as_secs(),
            locked_until,
            at: wall,
        };
        self.audit(
            system(AuditAction::AnomalyAlert, "pairing", Outcome::Info, b.kind)
                .with("scope", b.scope.kind())
                .with("key", b.scope.key())
                .with("count", b.count)
                .with("locked_until", locked_until.map(|t| t.to_rfc3339())),
        );
        self.events.push_back(Event::Alert(alert));
    }

    fn persist_state(&mut self, now: Instant, wall: UnixMillis, st: ScopeState) {
        self.persist(Persist::Scope(ScopeRecord {
            scope: st.scope,
            count: st.count,
            last: wall_at(now, wall, st.last),
            locked_until: st.locked_until.map(|t| wall_for(now, wall, t)),
        }));
    }

    fn persist_scope(&mut self, now: Instant, wall: UnixMillis, scope: &LockScope) {
        if let Some(st) = self.anomaly.state_of(scope) {
            self.persist_state(now, wall, st);
        }
    }

    /// Brings back the persisted scopes: live locks and counters within
    /// the interval; the rest is forgotten (and deleted from the store).
    fn restore_scopes(&mut self, now: Instant, wall: UnixMillis, records: Vec<ScopeRecord>) {
        let interval = self.policy.anomaly.interval;
        let mut keep = Vec::new();
        for r in records {
            let locked = r.locked_until.filter(|t| *t > wall);
            let age = Duration::from_millis(wall.0.saturating_sub(r.last.0).max(0) as u64);
            let recent = r.count > 0 && age < interval;
            if locked.is_none() && !recent {
                self.persist(Persist::ScopeForgotten(r.scope));
                continue;
            }
            keep.push(ScopeState {
                scope: r.scope,
                count: if recent { r.count } else { 0 },
                // Conservative: a clock that cannot go back that far keeps
                // the failures as recent as now.
                last: now.checked_sub(age).unwrap_or(now),
                locked_until: locked.map(|t| instant_for(now, wall, t)),
            });
        }
        self.anomaly.restore(keep);
        for gone in self.anomaly.take_evicted() {
            self.persist(Persist::ScopeForgotten(gone));
        }
    }

    // ------------------------------------------------------------- the lock

    /// The locks in force at `now`: scope, key and end (wall clock).
    pub fn locks(&mut self, now: Instant) -> Vec<(LockScope, UnixMillis)> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        self.anomaly
            .locks(now)
            .into_iter()
            .map(|(s, t)| (s, wall_for(now, wall, t)))
            .collect()
    }

    /// Lifts a lock (owner or admin): `scope` names one, `None` lifts
    /// every lock. Each lifted lock is persisted and audited
    /// (`pairing.unlock`, reason `by_user`, with `scope` and `key`); a
    /// refusal is audited too. Returns the scopes lifted (possibly none).
    pub fn unlock(
        &mut self,
        now: Instant,
        actor: &Actor,
        scope: Option<&LockScope>,
    ) -> Result<Vec<LockScope>, UnlockError> {
        self.handle_timeout(now);
        let wall = self.clock.now();
        let subject = scope.map_or_else(|| "pairing".to_owned(), |s| s.to_string());
        if !Policy::may(actor.role, Action::Unlock) {
            let e = UnlockError::NotPermitted(actor.role);
            self.audit(actor.event(
                AuditAction::PairingUnlock,
                subject,
                Outcome::Denied,
                e.code(),
            ));
            return Err(e);
        }
        let lifted = self.anomaly.unlock(now, scope);
        for s in &lifted {
            self.persist_scope(now, wall, s);
            self.audit(
                actor
                    .event(
                        AuditAction::PairingUnlock,
                        "pairing",
                        Outcome::Success,
                        "by_user",
                    )
                    .with("scope", s.kind())
                    .with("key", s.key()),
            );
        }
        if lifted.is_empty() {
            self.audit(actor.event(
                AuditAction::PairingUnlock,
                subject,
                Outcome::Info,
                "not_locked",
            ));
        }
        Ok(lifted)
    }
}

/// Whether device `d` is admitted at `full` scope.
fn is_full(devices: &Devices, d: &DeviceId) -> bool {
    devices
        .get(d.as_str())
        .is_some_and(|r| r.state == DeviceState::Admitted && r.scope == Some(Scope::Full))
}

fn system(
    action: AuditAction,
    subject: impl Into<String>,
    outcome: Outcome,
    reason: &str,
) -> AuditEvent {
    AuditEvent::new("system", action, subject, "system", outcome, reason)
}

#[cfg(feature = "model-check")]
impl Commissioner {
    /// TEST ONLY (feature `model-check`): a copy of this core, with its own
    /// random source, for the model checker to explore one successor state
    /// from. It shares the hub key and the wall clock (the checker sets the
    /// clock before every input it feeds to any copy). Queued events are
    /// copied too.
    pub fn fork(&self, rng: Box<dyn RandomSource>) -> Commissioner {
        Commissioner {
            policy: self.policy.clone(),
            clock: self.clock.clone(),
            rng,
            windows: self.windows.clone(),
            sessions: self.sessions.clone(),
            ledger: self.ledger.clone(),
            devices: self.devices.clone(),
            enrollment: self.enrollment.clone(),
            anomaly: self.anomaly.clone(),
            config_classes: self.config_classes.clone(),
            classes_origin: self.classes_origin,
            srp: self.srp.clone(),
            allowance: self.allowance.clone(),
            matter: self.matter.clone(),
            otbr_rest: self.otbr_rest.clone(),
            dashboard: self.dashboard.clone(),
            events: self.events.clone(),
        }
    }

    /// TEST ONLY (feature `model-check`): a canonical rendering of the
    /// state the pairing rules depend on (windows, sessions, ledger,
    /// devices, enrollment, anomaly scopes), with instants as milliseconds
    /// since `t0`. Token ids are written `@C<hex>;` and session numbers
    /// `@S<n>;` so that the checker can rename them in order of appearance:
    /// two cores with equal fingerprints behave alike on every input. The
    /// SRP, Matter, allowance, OTBR REST and dashboard parts are not included: the
    /// checker never drives them.
    pub fn model_fingerprint(&self, t0: Instant) -> String {
        use std::fmt::Write;
        let mut out = String::with_capacity(1024);
        self.windows.model_fingerprint(t0, &mut out);
        self.sessions.model_fingerprint(t0, &mut out);
        for e in self.ledger.entries() {
            let _ = write!(
                out,
                "L @C{};{}/{:?}/{}/{}/{};",
                e.cti, e.device, e.scope, e.expires.0, e.redeemed, e.revoked
            );
        }
        self.devices.model_fingerprint(t0, &mut out);
        self.enrollment.model_fingerprint(&mut out);
        self.anomaly.model_fingerprint(t0, &mut out);
        let _ = write!(out, "Q{};", self.events.len());
        out
    }
}

/// The hub id derived from its signing key.
pub fn hub_id_of(hub: &HubKey) -> String {
    format!("threshold:{}", hex::encode(hub.key_id()))
}

/// The monotonic instant matching wall time `t`, given a pair read together.
pub(crate) fn instant_for(now: Instant, wall: UnixMillis, t: UnixMillis) -> Instant {
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

/// The wall time matching monotonic `t` at or before `now`.
fn wall_at(now: Instant, wall: UnixMillis, t: Instant) -> UnixMillis {
    let back = now.saturating_duration_since(t).as_millis() as i64;
    UnixMillis(wall.0.saturating_sub(back))
}

/// Where a PAKE's outcome came from: the peer's address, its DAC, the
/// window.
fn pake_source(addr: Option<IpAddr>, dac: &str, window: WindowId) -> FailureSource {
    FailureSource::maybe_peer(addr)
        .with_credential(Credential::Certificate(dac.to_owned()))
        .with_window(window)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::rng::SeededRandom;
    use crate::time::ManualClock;

    fn device_key() -> DeviceKey {
        use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
        let rng = ring::rand::SystemRandom::new();
        let doc =
            EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("generate");
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, doc.as_ref(), &rng)
            .expect("parse");
        DeviceKey::from_sec1(pair.public_key().as_ref()).expect("key")
    }

    /// One scripted run from a fresh hub: the owner code, the owner, an
    /// invite, one low-risk pairing up to `full`. Returns what it drew and
    /// every event.
    fn run(
        hub_der: &[u8],
        seed: u64,
        pake: &WindowPake,
        key: &DeviceKey,
    ) -> (Vec<String>, Vec<TokenClaims>, Vec<Event>) {
        let hub = HubKey::from_pkcs8(hub_der).expect("hub");
        let clock = Arc::new(ManualClock::new(UnixMillis(1_795_564_800_000)));
        let now = Instant::now();
        // The test vendor is `low` by policy, so the device needs no
        // approval (unknown devices are `high`).
        let policy = Policy {
            device_classes: DeviceClassTable::new(
                [crate::commissioning::policy::DeviceClassRule {
                    vid: 0xFFF1,
                    pid: None,
                    class: DeviceClass::Low,
                }],
                DeviceClass::High,
            )
            .expect("one row"),
            ..Policy::default()
        };
        let mut c = Commissioner::new(
            policy,
            hub,
            clock,
            Box::new(SeededRandom::new(seed)),
            now,
            Snapshot::default(),
        );
        let code = c.ensure_bootstrap(now).expect("rng").expect("no users");
        let owner = c
            .enroll(now, &code.display, "Ada", "local")
            .expect("enroll");
        let actor = Actor {
            user: owner.id.clone(),
            role: owner.role,
            channel: "api",
        };
        let (invite, _) = c
            .create_invite(now, &actor, Role::Member, None)
            .expect("invite");
        let req = OpenWindow {
            discriminator: 3840,
            vid: 0xFFF1,
            pid: 0x8001,
            class: DeviceClass::Low,
            ttl: None,
            pake: pake.clone(),
        };
        c.open_window(now, &actor, req).expect("open");
        let ticket = c
            .start_pake(now, "dac", 3840, 0xFFF1, 0x8001)
            .expect("start");
        let setup = c.pake_succeeded(now, ticket, key).expect("admit");
        let full = c.redeem(now, &setup.token, key).expect("redeem");
        let drawn = vec![
            code.display.to_string(),
            owner.id,
            invite.display.to_string(),
        ];
        let events = std::iter::from_fn(|| c.poll_event()).collect();
        (drawn, vec![setup.claims, full.claims], events)
    }

    #[test]
    fn the_same_seed_and_inputs_draw_the_same_codes_ids_and_tokens() {
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub");
        let pake =
            WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new()).expect("derive");
        let key = device_key();
        let a = run(hub.pkcs8_der(), 42, &pake, &key);
        let b = run(hub.pkcs8_der(), 42, &pake, &key);
        // Codes, user ids, token claims (cti included) and every event
        // (audit details carry the ctis) are equal; only the ECDSA
        // signature bytes differ (ring hedges the nonce with the OS rng).
        assert_eq!(a, b);
        let other = run(hub.pkcs8_der(), 43, &pake, &key);
        assert_ne!(a.0, other.0, "another seed draws other codes");
        assert_ne!(a.1[0].cti, other.1[0].cti);
    }

    fn joiner_core(now: Instant) -> Commissioner {
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub");
        let clock = Arc::new(ManualClock::new(UnixMillis(1_795_564_800_000)));
        Commissioner::new(
            Policy::default(),
            hub,
            clock,
            Box::new(SeededRandom::new(7)),
            now,
            Snapshot::default(),
        )
    }

    fn joiner(eui: &str) -> ThreadJoiner {
        ThreadJoiner::from_parts(Some(eui), None, Some("J01NME"))
            .expect("valid")
            .expect("some")
    }

    fn window_req(discriminator: u16, pake: &WindowPake, ttl: Duration) -> OpenWindow {
        OpenWindow {
            discriminator,
            vid: 0xFFF1,
            pid: 0x8001,
            class: DeviceClass::High,
            ttl: Some(ttl),
            pake: pake.clone(),
        }
    }

    fn joiner_changes(c: &mut Commissioner) -> (Vec<JoinerChange>, Vec<AuditEvent>) {
        let (mut changes, mut audits) = (Vec::new(), Vec::new());
        while let Some(ev) = c.poll_event() {
            match ev {
                Event::Joiner(j) => changes.push(j),
                Event::Audit(a) => audits.push(a),
                _ => {}
            }
        }
        (changes, audits)
    }

    #[test]
    fn a_joiner_lives_exactly_as_long_as_its_window() {
        let now = Instant::now();
        let mut c = joiner_core(now);
        let pake =
            WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new()).expect("derive");
        let owner = Actor {
            user: "o".into(),
            role: Role::Owner,
            channel: "api",
        };
        let ttl = Duration::from_secs(60);
        let a = joiner("18b4300000000002");
        let w1 = c
            .open_window_with_joiner(now, &owner, window_req(1, &pake, ttl), Some(a.clone()))
            .expect("open");
        assert_eq!(w1.joiner, Some(a.id));
        let (changes, audits) = joiner_changes(&mut c);
        assert_eq!(
            changes,
            vec![JoinerChange::Add {
                window: w1.record.id,
                joiner: a.clone(),
                deadline: now + ttl,
            }]
        );
        let open = audits
            .iter()
            .find(|e| e.action == "window.open")
            .expect("audited");
        assert_eq!(open.details["joiner"], "eui64:18b4300000000002");
        // The PSKd is in no audit record.
        let text = serde_json::to_string(&audits).expect("json");
        assert!(!text.contains("J01NME"), "{text}");
        assert_eq!(c.windows()[0].joiner, Some(a.id));

        // The same joiner in a second window: refused, audited, no entry.
        let e = c
            .open_window_with_joiner(now, &owner, window_req(2, &pake, ttl), Some(a.clone()))
            .unwrap_err();
        assert_eq!(
            e,
            OpenWindowError::JoinerInUse {
                joiner: a.id,
                window: w1.record.id
            }
        );
        assert_eq!(e.code(), "joiner_in_use");
        let (changes, audits) = joiner_changes(&mut c);
        assert!(changes.is_empty());
        assert_eq!(audits[0].reason, "joiner_in_use");
        assert_eq!(audits[0].details["joiner"], "eui64:18b4300000000002");

        // A role that may not open the window gets no joiner either.
        let guest = Actor {
            user: "g".into(),
            role: Role::Guest,
            channel: "api",
        };
        let b = joiner("18b4300000000003");
        let e = c
            .open_window_with_joiner(now, &guest, window_req(3, &pake, ttl), Some(b.clone()))
            .unwrap_err();
        assert_eq!(e.code(), "role_not_permitted");
        assert!(joiner_changes(&mut c).0.is_empty());

        // A window without a joiner adds none.
        c.open_window(now, &owner, window_req(4, &pake, ttl))
            .expect("open");
        assert!(joiner_changes(&mut c).0.is_empty());

        // Closed by a user: the joiner goes, and may be admitted again.
        c.close_window(now, &owner, w1.record.id).expect("close");
        assert_eq!(
            joiner_changes(&mut c).0,
            vec![JoinerChange::Remove {
                window: w1.record.id,
                joiner: a.id,
                reason: "revoked",
            }]
        );
        let short = Duration::from_secs(5);
        let w2 = c
            .open_window_with_joiner(now, &owner, window_req(5, &pake, short), Some(a.clone()))
            .expect("the joiner is free again");
        assert_eq!(joiner_changes(&mut c).0.len(), 1);

        // Failed joiner attempts count against the window: the
        // `max_pake_failures`-th closes it, and its joiner goes.
        let max = c.policy().max_pake_failures;
        for n in 1..max {
            let f = c.joiner_failed(now, w2.record.id).expect("open");
            assert_eq!((f.failures, f.window_closed), (n, false));
        }
        assert!(joiner_changes(&mut c).0.is_empty());
        let f = c.joiner_failed(now, w2.record.id).expect("open");
        assert!(f.window_closed);
        assert_eq!(
            joiner_changes(&mut c).0,
            vec![JoinerChange::Remove {
                window: w2.record.id,
                joiner: a.id,
                reason: "too_many_failures",
            }]
        );
        assert_eq!(c.joiner_failed(now, w2.record.id), None, "closed");
        let w2 = c
            .open_window_with_joiner(now, &owner, window_req(6, &pake, short), Some(a.clone()))
            .expect("the joiner is free again");
        assert_eq!(joiner_changes(&mut c).0.len(), 1);

        // Expired: removed at the window's deadline, not a moment later.
        c.handle_timeout(now + short - Duration::from_millis(1));
        assert!(joiner_changes(&mut c).0.is_empty());
        c.handle_timeout(now + short);
        assert_eq!(
            joiner_changes(&mut c).0,
            vec![JoinerChange::Remove {
                window: w2.record.id,
                joiner: a.id,
                reason: "expired",
            }]
        );
    }

    #[test]
    fn external_commissioning_is_allowed_by_owners_and_admins_for_a_while() {
        let now = Instant::now();
        let mut c = joiner_core(now);
        let pake =
            WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new()).expect("derive");
        let actor = |user: &str, role| Actor {
            user: user.into(),
            role,
            channel: "api",
        };
        let (owner, admin, member) = (
            actor("o", Role::Owner),
            actor("a", Role::Admin),
            actor("m", Role::Member),
        );
        // A member may not: denied, audited, nothing for the agent.
        let e = c
            .allow_external_commissioner(now, &member, None)
            .unwrap_err();
        assert_eq!(e.code(), "not_permitted");
        let (changes, audits) = joiner_changes(&mut c);
        assert!(changes.is_empty());
        assert_eq!(audits[0].action, "thread.commissioner_allow");
        assert_eq!(audits[0].reason, "not_permitted");
        assert!(c.revoke_external_commissioner(now, &member).is_err());
        joiner_changes(&mut c);

        // An admin: allowed for the clamped time, audited, the agent told.
        let info = c
            .allow_external_commissioner(now, &admin, Some(Duration::from_secs(1)))
            .expect("allow");
        let ttl = crate::commissioning::allowance::MIN_TTL;
        assert_eq!(info.ttl_ms, ttl.as_millis() as u64);
        assert_eq!(info.allowed_by, "user:a");
        let (changes, audits) = joiner_changes(&mut c);
        assert_eq!(
            changes,
            vec![JoinerChange::AllowCommissioner {
                deadline: now + ttl
            }]
        );
        assert_eq!(audits[0].reason, "ok");
        assert_eq!(audits[0].details["requested_ttl_ms"], 1000);
        assert_eq!(c.poll_timeout(), Some(now + ttl));

        // While allowed, no joiner window opens (one commissioner at a
        // time); a window without a joiner does.
        let e = c
            .open_window_with_joiner(
                now,
                &owner,
                window_req(1, &pake, Duration::from_secs(60)),
                Some(joiner("18b4300000000002")),
            )
            .unwrap_err();
        assert_eq!(e, OpenWindowError::CommissionerBusy);
        assert_eq!(e.code(), "commissioner_busy");
        let (changes, audits) = joiner_changes(&mut c);
        assert!(changes.is_empty());
        assert_eq!(audits[0].reason, "commissioner_busy");
        c.open_window(now, &owner, window_req(2, &pake, Duration::from_secs(60)))
            .expect("a window without a joiner");
        joiner_changes(&mut c);

        // It expires at its deadline, not a moment earlier.
        c.handle_timeout(now + ttl - Duration::from_millis(1));
        assert!(joiner_changes(&mut c).0.is_empty());
        assert!(c.external_commissioner_allowance(now).is_some());
        c.handle_timeout(now + ttl);
        let (changes, audits) = joiner_changes(&mut c);
        assert_eq!(
            changes,
            vec![JoinerChange::EndCommissioner { reason: "expired" }]
        );
        assert_eq!(audits[0].action, "thread.commissioner_revoke");
        assert_eq!(audits[0].actor, "system");
        assert_eq!(audits[0].reason, "expired");
        assert_eq!(c.external_commissioner_allowance(now + ttl), None);

        // A joiner window may open again; while it is open, no allowance.
        let later = now + ttl;
        let w = c
            .open_window_with_joiner(
                later,
                &owner,
                window_req(3, &pake, Duration::from_secs(60)),
                Some(joiner("18b4300000000002")),
            )
            .expect("joiner window");
        joiner_changes(&mut c);
        let e = c
            .allow_external_commissioner(later, &owner, None)
            .unwrap_err();
        assert_eq!(
            e,
            AllowanceError::CommissionerBusy {
                window: w.record.id
            }
        );
        assert_eq!(joiner_changes(&mut c).1[0].reason, "commissioner_busy");
        c.close_window(later, &owner, w.record.id).expect("close");
        joiner_changes(&mut c);

        // Revoked by an owner: ended at once; a second revoke changes
        // nothing.
        let info = c
            .allow_external_commissioner(later, &owner, None)
            .expect("allow");
        assert_eq!(
            info.ttl_ms,
            crate::commissioning::allowance::DEFAULT_TTL.as_millis() as u64
        );
        joiner_changes(&mut c);
        assert_eq!(c.revoke_external_commissioner(later, &owner), Ok(true));
        let (changes, audits) = joiner_changes(&mut c);
        assert_eq!(
            changes,
            vec![JoinerChange::EndCommissioner { reason: "revoked" }]
        );
        assert_eq!(audits[0].reason, "ok");
        assert_eq!(c.revoke_external_commissioner(later, &owner), Ok(false));
        let (changes, audits) = joiner_changes(&mut c);
        assert!(changes.is_empty());
        assert_eq!(audits[0].reason, "not_allowed");
    }
}
