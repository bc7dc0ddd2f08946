//! The hub's rules for Matter commissioning, on top of the Matter spec's:
//! who may open a Matter commissioning window, for how long, with which
//! secret; what a Matter controller may learn of the Thread network; what
//! is audited. Sans-IO: every call takes `now`; the Matter node
//! (`crate::matter`) carries the decisions out and reports what happened
//! on the wire as [`Observation`]s.
//!
//! # Windows
//!
//! * Only an owner or admin opens one, through the hub's API or CLI
//!   ([`crate::commissioning::policy::Action::MatterAdmin`]); a Matter
//!   administrator cannot (the node refuses `OpenCommissioningWindow`
//!   and `OpenBasicCommissioningWindow` over the air, audited), and the
//!   hub's members and guests cannot.
//! * Its length is the spec's: [`MIN_WINDOW_TTL`]..=[`MAX_WINDOW_TTL`]
//!   (180..=900 s), [`DEFAULT_WINDOW_TTL`] when none is asked; outside
//!   that range the request is refused, not clamped.
//! * One at a time (`matter_window_busy`).
//! * While the hub has no fabric, the window is a *basic* one, on the
//!   factory passcode and discriminator printed on the hub (the node
//!   holds them; the core never sees the factory passcode). Once a
//!   fabric exists, every window is *enhanced*: a fresh random passcode,
//!   salt (32 bytes), PBKDF2 iteration count and discriminator, drawn
//!   here, shown once to the opener as QR and manual code, never
//!   logged or audited ([`WindowSecret`]'s `Debug` is redacted).
//! * It closes at its deadline, on revoke, after
//!   [`MAX_PASE_FAILURES`] failed PASE handshakes (the spec's rule),
//!   once commissioning completes, and on a restart (nothing persists).
//!   Every opening, refusal and close is audited (`matter.window_open`,
//!   `matter.window_close`).
//!
//! # The Thread credentials
//!
//! `GetActiveDatasetRequest` / `GetPendingDatasetRequest` of the Thread
//! Border Router Management cluster hand out the network key. A request
//! is answered only over CASE by an accessor whose ACL grants Manage on
//! the cluster ([`DatasetGuard::decide`]), at most
//! [`DATASET_READS_PER_WINDOW`] per fabric per [`DATASET_RATE_WINDOW`];
//! each request is audited with the fabric and node id
//! (`matter.dataset_read`), answered or not.
//!
//! `SetPendingDatasetRequest` (a migration of the whole network to new
//! parameters, the cluster's PANChange feature) passes the same guard,
//! then the pending-dataset rule of [`crate::commissioning::dataset`]
//! (newer timestamps, a bounded delay), checked by the Thread service
//! against the datasets in force when it schedules it. Every request is
//! audited `matter.dataset_set` with what it changes (channel, PAN ids,
//! timestamps, the delay asked and scheduled, whether the key changes;
//! never the key), scheduled or refused ([`DatasetSetRefusal`]).
//!
//! `SetActiveDatasetRequest` sets a dataset only on a hub that has none
//! (`[thread] form_network = false`), only under an armed fail-safe, and
//! only provisionally: the node reverts it when the fail-safe ends without
//! CommissioningComplete. Audited `matter.dataset_set` (subject
//! `dataset:active`, [`dataset_provision_event`]), the revert too
//! ([`dataset_revert_event`]).
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::commissioning::dataset::{PendingRefusal, PendingSummary};
use crate::commissioning::policy::Role;
use crate::commissioning::rng::RandomSource;
use crate::refusal::Refusal;
use crate::time::UnixMillis;

/// The shortest window (Matter Core spec: 3 minutes).
pub const MIN_WINDOW_TTL: Duration = Duration::from_secs(180);
/// The longest window (Matter Core spec: 15 minutes).
pub const MAX_WINDOW_TTL: Duration = Duration::from_secs(900);
/// The window when none is asked.
pub const DEFAULT_WINDOW_TTL: Duration = Duration::from_secs(300);
/// Failed PASE handshakes that close a window (Matter Core spec).
pub const MAX_PASE_FAILURES: u32 = 20;
/// The range enhanced windows draw their PBKDF2 iteration count from
/// (inside the spec's 1000..=100000; the upper end keeps a controller's
/// derivation well under a second).
pub const ENHANCED_ITERATIONS: std::ops::RangeInclusive<u32> = 1000..=20_000;
/// Salt length of an enhanced window (the spec allows 16..=32).
pub const ENHANCED_SALT_LEN: usize = 32;
/// Dataset requests answered per fabric per [`DATASET_RATE_WINDOW`].
pub const DATASET_READS_PER_WINDOW: u32 = 10;
/// The rate limit's period.
pub const DATASET_RATE_WINDOW: Duration = Duration::from_secs(60);
/// PASE attempts while no window is open are audited as one record per
/// this period (with their count), so a flood cannot flood the log.
pub const NO_WINDOW_AUDIT_PERIOD: Duration = Duration::from_secs(60);

/// Basic (factory passcode) or enhanced (fresh verifier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowKind {
    /// The factory passcode and discriminator: only while the hub has no
    /// fabric.
    Basic,
    /// A fresh passcode, salt, iteration count and discriminator.
    Enhanced,
}

impl WindowKind {
    /// `basic` or `enhanced`.
    pub fn as_str(self) -> &'static str {
        match self {
            WindowKind::Basic => "basic",
            WindowKind::Enhanced => "enhanced",
        }
    }
}

/// The secret of an enhanced window. Shown once to the opener; its
/// `Debug` prints nothing of it, and it is wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct WindowSecret {
    /// The setup passcode (valid per the spec: 1..=99999998, not trivial).
    pub passcode: u32,
    /// The PBKDF2 salt.
    pub salt: Zeroizing<Vec<u8>>,
    /// The PBKDF2 iteration count.
    pub iterations: u32,
}

impl fmt::Debug for WindowSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WindowSecret(<redacted>)")
    }
}

impl Drop for WindowSecret {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.passcode.zeroize();
    }
}

/// A window the core granted: what the node opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowGrant {
    /// The window's number (since start).
    pub id: u64,
    /// Basic or enhanced.
    pub kind: WindowKind,
    /// The discriminator: the factory one for a basic window (`None`: the
    /// node's), a fresh one for an enhanced window.
    pub discriminator: Option<u16>,
    /// The enhanced window's secret (`None` for a basic window).
    pub secret: Option<WindowSecret>,
    /// Its length.
    pub ttl: Duration,
    /// Its monotonic deadline.
    pub deadline: Instant,
    /// Who opened it (`user:<id>`).
    pub opened_by: String,
    /// When it ends (wall time, ms since the epoch).
    pub until_ms: u64,
}

/// An open window, as callers see it (no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatterWindowInfo {
    /// The window's number.
    pub id: u64,
    /// `basic` or `enhanced`.
    pub kind: WindowKind,
    /// Who opened it (`user:<id>`).
    pub opened_by: String,
    /// When it was opened (wall ms).
    pub opened_at_ms: u64,
    /// When it ends (wall ms).
    pub until_ms: u64,
    /// Milliseconds left.
    pub remaining_ms: u64,
    /// Failed PASE handshakes so far.
    pub pase_failures: u32,
}

/// Why a window closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    /// Its deadline passed.
    Expired,
    /// An owner or admin closed it.
    Revoked,
    /// [`MAX_PASE_FAILURES`] failed handshakes.
    PaseFailures,
    /// A controller completed commissioning through it.
    Commissioned,
}

impl CloseReason {
    /// The audit reason.
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::Expired => "expired",
            CloseReason::Revoked => "revoked",
            CloseReason::PaseFailures => "pase_failures",
            CloseReason::Commissioned => "commissioned",
        }
    }
}

/// Why a window request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MatterWindowError {
    /// Only owners and admins may.
    #[error("role {0} may not open or close Matter commissioning windows")]
    NotPermitted(Role),
    /// The length is outside the spec's 180..=900 s.
    #[error("a Matter commissioning window lasts 180..=900 s, not {requested_secs} s")]
    TtlOutOfRange {
        /// What was asked.
        requested_secs: u64,
    },
    /// A window is open already.
    #[error("Matter commissioning window {window} is open until it closes or is revoked")]
    Busy {
        /// The open window.
        window: u64,
    },
    /// No window to close.
    #[error("no Matter commissioning window is open")]
    NotOpen,
    /// The random source failed.
    #[error("no randomness for the window's secret")]
    Rng,
}

impl MatterWindowError {
    /// The refusal (stable code, HTTP status).
    pub fn refusal(&self) -> Refusal {
        match self {
            MatterWindowError::NotPermitted(_) => Refusal::NotPermitted,
            MatterWindowError::TtlOutOfRange { .. } => Refusal::MatterWindowTtl,
            MatterWindowError::Busy { .. } => Refusal::MatterWindowBusy,
            MatterWindowError::NotOpen => Refusal::MatterWindowNotOpen,
            MatterWindowError::Rng => Refusal::Internal,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

#[derive(Debug, Clone)]
struct Open {
    info: MatterWindowInfo,
    deadline: Instant,
}

/// The Matter window state: at most one window, and the counters of PASE
/// attempts made while none was open.
#[derive(Debug, Default)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct MatterWindows {
    current: Option<Open>,
    next_id: u64,
    /// Attempts without a window not yet audited, and when the last
    /// such record was written.
    no_window: (u32, Option<Instant>),
}

/// A draw of `n` random bytes, or the refusal.
fn draw(rng: &mut dyn RandomSource, n: usize) -> Result<Zeroizing<Vec<u8>>, MatterWindowError> {
    let mut buf = Zeroizing::new(vec![0u8; n]);
    rng.fill(&mut buf).map_err(|_| MatterWindowError::Rng)?;
    Ok(buf)
}

fn draw_u32(rng: &mut dyn RandomSource) -> Result<u32, MatterWindowError> {
    let b = draw(rng, 4)?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// A fresh enhanced-window secret and discriminator: a passcode the spec
/// accepts (uniform over its range, trivial codes drawn again), 32 bytes
/// of salt, an iteration count in [`ENHANCED_ITERATIONS`].
pub fn fresh_secret(rng: &mut dyn RandomSource) -> Result<(WindowSecret, u16), MatterWindowError> {
    let passcode = loop {
        // 99999998 valid values; rejection sampling keeps it uniform.
        let v = draw_u32(rng)? & 0x07FF_FFFF;
        if let Ok(p) = crate::onboarding::passcode::Passcode::new(v) {
            break p.value();
        }
    };
    let salt = draw(rng, ENHANCED_SALT_LEN)?;
    let span = ENHANCED_ITERATIONS.end() - ENHANCED_ITERATIONS.start() + 1;
    let iterations = ENHANCED_ITERATIONS.start() + draw_u32(rng)? % span;
    let discriminator = (draw_u32(rng)? & 0x0FFF) as u16;
    Ok((
        WindowSecret {
            passcode,
            salt,
            iterations,
        },
        discriminator,
    ))
}

impl MatterWindows {
    /// The window in force at `now`.
    pub(crate) fn active(&self, now: Instant) -> Option<MatterWindowInfo> {
        self.current.as_ref().filter(|o| now < o.deadline).map(|o| {
            let mut info = o.info.clone();
            info.remaining_ms = o.deadline.saturating_duration_since(now).as_millis() as u64;
            info
        })
    }

    /// Its deadline, while one is open.
    pub(crate) fn poll_timeout(&self) -> Option<Instant> {
        self.current.as_ref().map(|o| o.deadline)
    }

    /// Checks a request to open a window (see the module docs); on
    /// success the window is open and its grant returned.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn open(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        by: String,
        ttl: Option<Duration>,
        has_fabrics: bool,
        rng: &mut dyn RandomSource,
    ) -> Result<WindowGrant, MatterWindowError> {
        let ttl = ttl.unwrap_or(DEFAULT_WINDOW_TTL);
        if !(MIN_WINDOW_TTL..=MAX_WINDOW_TTL).contains(&ttl) {
            return Err(MatterWindowError::TtlOutOfRange {
                requested_secs: ttl.as_secs(),
            });
        }
        if let Some(o) = self.current.as_ref().filter(|o| now < o.deadline) {
            return Err(MatterWindowError::Busy { window: o.info.id });
        }
        let (kind, secret, discriminator) = if has_fabrics {
            let (secret, disc) = fresh_secret(rng)?;
            (WindowKind::Enhanced, Some(secret), Some(disc))
        } else {
            (WindowKind::Basic, None, None)
        };
        self.next_id += 1;
        let at = u64::try_from(wall.0).unwrap_or(0);
        let until_ms = at.saturating_add(ttl.as_millis() as u64);
        let info = MatterWindowInfo {
            id: self.next_id,
            kind,
            opened_by: by.clone(),
            opened_at_ms: at,
            until_ms,
            remaining_ms: ttl.as_millis() as u64,
            pase_failures: 0,
        };
        self.current = Some(Open {
            info,
            deadline: now + ttl,
        });
        Ok(WindowGrant {
            id: self.next_id,
            kind,
            discriminator,
            secret,
            ttl,
            deadline: now + ttl,
            opened_by: by,
            until_ms,
        })
    }

    /// Closes the open window; its info, if one was open.
    pub(crate) fn close(&mut self) -> Option<MatterWindowInfo> {
        self.current.take().map(|o| o.info)
    }

    /// Ends the window if its deadline has passed; its info if it did.
    pub(crate) fn expire(&mut self, now: Instant) -> Option<MatterWindowInfo> {
        if self.current.as_ref().is_some_and(|o| now >= o.deadline) {
            return self.close();
        }
        None
    }

    /// Counts a failed PASE handshake against the open window; whether
    /// the window must close now ([`MAX_PASE_FAILURES`]).
    pub(crate) fn pase_failed(&mut self) -> Option<u32> {
        let o = self.current.as_mut()?;
        o.info.pase_failures += 1;
        Some(o.info.pase_failures)
    }

    /// Counts a PASE attempt made while no window was open; `Some(count)`
    /// when it is time to write the summary record.
    pub(crate) fn attempt_without_window(&mut self, now: Instant) -> Option<u32> {
        self.no_window.0 += 1;
        let due = match self.no_window.1 {
            None => true,
            Some(last) => now.saturating_duration_since(last) >= NO_WINDOW_AUDIT_PERIOD,
        };
        if due {
            let n = std::mem::take(&mut self.no_window.0);
            self.no_window.1 = Some(now);
            return Some(n);
        }
        None
    }
}

/// How a controller reached the node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// A PASE session (commissioning).
    Pase,
    /// A CASE session (operational).
    Case,
    /// Any other (group, plain text).
    Other,
}

/// Which dataset a controller asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetKind {
    /// `GetActiveDatasetRequest`.
    Active,
    /// `GetPendingDatasetRequest`.
    Pending,
}

impl DatasetKind {
    /// `active` or `pending`.
    pub fn as_str(self) -> &'static str {
        match self {
            DatasetKind::Active => "active",
            DatasetKind::Pending => "pending",
        }
    }
}

/// A request for a dataset, as the node saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetRequest {
    /// Which dataset.
    pub kind: DatasetKind,
    /// The session it came over.
    pub session: SessionKind,
    /// The accessor's fabric index (0: none).
    pub fabric_index: u8,
    /// The fabric id of that fabric, when known.
    pub fabric_id: Option<u64>,
    /// The peer's operational node id (CASE only).
    pub node_id: Option<u64>,
    /// Whether the fabric's ACL grants the accessor Manage on the cluster.
    pub manage: bool,
}

/// Why a dataset request was refused; each maps to the spec's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetRefusal {
    /// Not over CASE (the spec: `UNSUPPORTED_ACCESS`).
    NotCase,
    /// The ACL does not grant Manage (`UNSUPPORTED_ACCESS`).
    NoPrivilege,
    /// Over the rate limit (`BUSY`).
    RateLimited,
}

impl DatasetRefusal {
    /// The audit reason.
    pub fn as_str(self) -> &'static str {
        match self {
            DatasetRefusal::NotCase => "not_case",
            DatasetRefusal::NoPrivilege => "no_privilege",
            DatasetRefusal::RateLimited => "rate_limited",
        }
    }
}

/// The dataset rule (module docs): over CASE, with Manage, rate-limited
/// per fabric. Owned by the node, which calls it synchronously from its
/// cluster handler; every decision comes with its audit record.
#[derive(Debug, Default)]
pub struct DatasetGuard {
    /// Per fabric index: answered requests in the current period and when
    /// the period began.
    answered: BTreeMap<u8, (u32, Instant)>,
}

impl DatasetGuard {
    /// A guard with no history.
    pub fn new() -> DatasetGuard {
        DatasetGuard::default()
    }

    /// Decides `req` at `now` (audit it with [`dataset_event`], answered
    /// or not: the node reports it as [`Observation::DatasetRead`]).
    pub fn decide(&mut self, now: Instant, req: &DatasetRequest) -> Result<(), DatasetRefusal> {
        if req.session != SessionKind::Case {
            return Err(DatasetRefusal::NotCase);
        }
        if !req.manage {
            return Err(DatasetRefusal::NoPrivilege);
        }
        let slot = self.answered.entry(req.fabric_index).or_insert((0, now));
        if now.saturating_duration_since(slot.1) >= DATASET_RATE_WINDOW {
            *slot = (0, now);
        }
        if slot.0 >= DATASET_READS_PER_WINDOW {
            return Err(DatasetRefusal::RateLimited);
        }
        slot.0 += 1;
        Ok(())
    }
}

/// The `matter.dataset_read` record of a decided request.
pub fn dataset_event(req: &DatasetRequest, refused: Option<DatasetRefusal>) -> AuditEvent {
    let (outcome, reason) = match refused {
        None => (Outcome::Success, "ok"),
        Some(r) => (Outcome::Denied, r.as_str()),
    };
    let actor = match (req.fabric_id, req.node_id) {
        (Some(f), Some(n)) => format!("matter:{f:016X}:{n:016X}"),
        _ => format!("matter:fabric-index-{}", req.fabric_index),
    };
    AuditEvent::new(
        actor,
        AuditAction::MatterDatasetRead,
        format!("dataset:{}", req.kind.as_str()),
        "matter",
        outcome,
        reason,
    )
    .with("session", session_str(req.session))
    .with("fabric_index", req.fabric_index)
    .with("fabric_id", req.fabric_id.map(|f| format!("{f:016X}")))
    .with("node_id", req.node_id.map(|n| format!("{n:016X}")))
}

/// Why a `SetPendingDatasetRequest` was not scheduled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetSetRefusal {
    /// The dataset guard's refusal (not CASE, no Manage, rate-limited).
    Guard(DatasetRefusal),
    /// The pending-dataset rule's.
    Pending(PendingRefusal),
    /// The dataset is fixed in the hub's configuration.
    Configured,
    /// Thread is off or its radio is down.
    Unavailable,
    /// SetActiveDatasetRequest without an armed fail-safe.
    FailsafeRequired,
    /// SetActiveDatasetRequest on a hub that has an active dataset.
    HasDataset,
}

impl DatasetSetRefusal {
    /// The audit reason.
    pub fn as_str(&self) -> &'static str {
        match self {
            DatasetSetRefusal::Guard(g) => g.as_str(),
            DatasetSetRefusal::Pending(p) => p.as_str(),
            DatasetSetRefusal::Configured => "configured",
            DatasetSetRefusal::Unavailable => "thread_unavailable",
            DatasetSetRefusal::FailsafeRequired => "failsafe_required",
            DatasetSetRefusal::HasDataset => "has_dataset",
        }
    }
}

/// The `matter.dataset_set` record of a `SetPendingDatasetRequest`:
/// scheduled (`summary`) or refused.
pub fn dataset_set_event(
    req: &DatasetRequest,
    summary: Option<&PendingSummary>,
    refused: Option<&DatasetSetRefusal>,
) -> AuditEvent {
    let mut ev = dataset_event(req, None);
    ev.action = AuditAction::MatterDatasetSet.as_str().into();
    if let Some(r) = refused {
        ev.outcome = Outcome::Denied;
        ev.reason = r.as_str().into();
        if let DatasetSetRefusal::Pending(PendingRefusal::Invalid(m)) = r {
            ev = ev.with("detail", m.0.clone());
        }
    }
    if let Some(s) = summary {
        ev = ev
            .with("channel", s.channel)
            .with("pan_id", s.pan_id.map(|p| format!("{p:04X}")))
            .with("ext_pan_id", s.ext_pan_id.clone())
            .with("active_timestamp", s.active_timestamp)
            .with("pending_timestamp", s.pending_timestamp)
            .with("delay_asked_ms", s.delay_asked_ms)
            .with("delay_ms", s.delay_ms)
            .with("key_changes", s.key_changes);
    }
    ev
}

/// The `matter.dataset_set` record (subject `dataset:active`) of a
/// `SetActiveDatasetRequest`: set provisionally (the network's extended
/// PAN id and channel) or refused.
pub fn dataset_provision_event(
    req: &DatasetRequest,
    ext_pan_id: Option<&str>,
    channel: Option<u16>,
    refused: Option<&DatasetSetRefusal>,
) -> AuditEvent {
    let mut ev = dataset_set_event(req, None, refused);
    ev.subject = "dataset:active".into();
    if refused.is_none() {
        ev = ev
            .with("ext_pan_id", ext_pan_id)
            .with("channel", channel)
            .with("provisional", true);
    }
    ev
}

/// The `matter.dataset_set` record of a provisional dataset's end: the
/// fail-safe ended without CommissioningComplete (or the hub restarted
/// under it), so the dataset was deleted (`reverted`) or could not be
/// (`revert_failed`, with the Thread service's error).
pub fn dataset_revert_event(error: Option<&str>) -> AuditEvent {
    let (outcome, reason) = match error {
        None => (Outcome::Success, "reverted"),
        Some(_) => (Outcome::Failure, "revert_failed"),
    };
    let ev = AuditEvent::new(
        "matter:failsafe",
        AuditAction::MatterDatasetSet,
        "dataset:active",
        "matter",
        outcome,
        reason,
    );
    match error {
        Some(e) => ev.with("detail", e),
        None => ev,
    }
}

fn session_str(s: SessionKind) -> &'static str {
    match s {
        SessionKind::Pase => "pase",
        SessionKind::Case => "case",
        SessionKind::Other => "other",
    }
}

/// What the node saw happen on the wire, for the core to audit (and, for
/// PASE failures and completion, to act on).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Observation {
    /// A PASE handshake ended (`ok`, or the failure: `wrong_passcode`,
    /// `busy`, `no_window`, `timeout`).
    Pase {
        /// The peer's address.
        peer: String,
        /// Whether it succeeded.
        ok: bool,
        /// The status the handshake ended with.
        status: String,
    },
    /// A controller armed (or re-armed) the fail-safe; `seconds` 0 disarms.
    FailsafeArmed {
        /// The session it came over.
        session: SessionKind,
        /// Its fabric index (0 under PASE before AddNOC).
        fabric_index: u8,
        /// The requested expiry.
        seconds: u16,
    },
    /// The fail-safe expired before CommissioningComplete: the node rolled
    /// back what the controller had done under it.
    FailsafeExpired,
    /// A fabric was added (AddNOC).
    FabricAdded {
        /// Its index.
        fabric_index: u8,
        /// Its fabric id.
        fabric_id: u64,
        /// The vendor id the controller gave.
        vendor_id: u16,
        /// SHA-256 of the root certificate (Matter TLV), hex.
        root_sha256: String,
        /// The node id the hub got on it.
        node_id: u64,
    },
    /// A fabric was removed.
    FabricRemoved {
        /// Its index.
        fabric_index: u8,
        /// Its fabric id.
        fabric_id: u64,
        /// `remove_fabric` (a Matter admin), `owner` (our API/CLI) or
        /// `rollback` (fail-safe expiry).
        by: String,
    },
    /// A controller sent CommissioningComplete.
    CommissioningComplete {
        /// Its fabric index.
        fabric_index: u8,
    },
    /// A controller asked for a dataset: answered (`refused` is `None`) or
    /// refused.
    DatasetRead {
        /// The request.
        request: DatasetRequest,
        /// Why it was refused.
        refused: Option<DatasetRefusal>,
    },
    /// A controller asked to schedule a pending dataset: scheduled
    /// (`summary`) or refused.
    DatasetSet {
        /// The request.
        request: DatasetRequest,
        /// What the scheduled migration changes.
        summary: Option<PendingSummary>,
        /// Why it was refused.
        refused: Option<DatasetSetRefusal>,
    },
    /// A controller asked to set the active dataset (a hub without one,
    /// under the fail-safe): set provisionally, or refused.
    DatasetProvisioned {
        /// The request.
        request: DatasetRequest,
        /// The network's extended PAN id (hex).
        ext_pan_id: Option<String>,
        /// Its channel.
        channel: Option<u16>,
        /// Why it was refused.
        refused: Option<DatasetSetRefusal>,
    },
    /// A provisional dataset was reverted (`error`: it could not be).
    DatasetReverted {
        /// The Thread service's error.
        error: Option<String>,
    },
    /// A Matter administrator tried to open a commissioning window over
    /// the air: refused (only the hub's owners and admins open windows).
    OverTheAirWindow {
        /// The accessor's fabric index.
        fabric_index: u8,
        /// The command (`OpenCommissioningWindow`, ...).
        command: String,
    },
}

/// The audit record for `obs` (none for attempts summarised later).
pub(crate) fn observation_event(obs: &Observation) -> AuditEvent {
    match obs {
        Observation::Pase { peer, ok, status } => AuditEvent::new(
            format!("peer:{peer}"),
            AuditAction::MatterPase,
            "matter",
            "matter",
            if *ok {
                Outcome::Success
            } else {
                Outcome::Failure
            },
            status.clone(),
        ),
        Observation::FailsafeArmed {
            session,
            fabric_index,
            seconds,
        } => AuditEvent::new(
            format!("matter:fabric-index-{fabric_index}"),
            AuditAction::MatterFailsafe,
            "failsafe",
            "matter",
            Outcome::Info,
            if *seconds == 0 { "disarmed" } else { "armed" },
        )
        .with("session", session_str(*session))
        .with("seconds", *seconds),
        Observation::FailsafeExpired => AuditEvent::new(
            "system",
            AuditAction::MatterFailsafe,
            "failsafe",
            "matter",
            Outcome::Info,
            "expired",
        ),
        Observation::FabricAdded {
            fabric_index,
            fabric_id,
            vendor_id,
            root_sha256,
            node_id,
        } => AuditEvent::new(
            format!("matter:fabric-index-{fabric_index}"),
            AuditAction::MatterFabricAdded,
            format!("fabric:{fabric_id:016X}"),
            "matter",
            Outcome::Success,
            "ok",
        )
        .with("fabric_index", *fabric_index)
        .with("fabric_id", format!("{fabric_id:016X}"))
        .with("vendor_id", format!("0x{vendor_id:04X}"))
        .with("root_sha256", root_sha256.clone())
        .with("node_id", format!("{node_id:016X}")),
        Observation::FabricRemoved {
            fabric_index,
            fabric_id,
            by,
        } => AuditEvent::new(
            format!("matter:fabric-index-{fabric_index}"),
            AuditAction::MatterFabricRemoved,
            format!("fabric:{fabric_id:016X}"),
            "matter",
            Outcome::Info,
            by.clone(),
        )
        .with("fabric_index", *fabric_index),
        Observation::CommissioningComplete { fabric_index } => AuditEvent::new(
            format!("matter:fabric-index-{fabric_index}"),
            AuditAction::MatterCommissioned,
            "matter",
            "matter",
            Outcome::Success,
            "ok",
        ),
        Observation::DatasetRead { request, refused } => dataset_event(request, *refused),
        Observation::DatasetSet {
            request,
            summary,
            refused,
        } => dataset_set_event(request, summary.as_ref(), refused.as_ref()),
        Observation::DatasetProvisioned {
            request,
            ext_pan_id,
            channel,
            refused,
        } => dataset_provision_event(request, ext_pan_id.as_deref(), *channel, refused.as_ref()),
        Observation::DatasetReverted { error } => dataset_revert_event(error.as_deref()),
        Observation::OverTheAirWindow {
            fabric_index,
            command,
        } => AuditEvent::new(
            format!("matter:fabric-index-{fabric_index}"),
            AuditAction::MatterWindowOpen,
            "matter",
            "matter",
            Outcome::Denied,
            "over_the_air",
        )
        .with("command", command.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::rng::SeededRandom;

    fn req(session: SessionKind, manage: bool, fabric: u8) -> DatasetRequest {
        DatasetRequest {
            kind: DatasetKind::Active,
            session,
            fabric_index: fabric,
            fabric_id: Some(0xAB),
            node_id: Some(0x1122),
            manage,
        }
    }

    #[test]
    fn the_dataset_needs_case_and_manage() {
        let t0 = Instant::now();
        let mut g = DatasetGuard::new();
        let r = req(SessionKind::Pase, true, 0);
        assert_eq!(g.decide(t0, &r), Err(DatasetRefusal::NotCase));
        assert_eq!(
            dataset_event(&r, Some(DatasetRefusal::NotCase)).reason,
            "not_case"
        );
        let r = req(SessionKind::Case, false, 1);
        assert_eq!(g.decide(t0, &r), Err(DatasetRefusal::NoPrivilege));
        let ev = dataset_event(&r, Some(DatasetRefusal::NoPrivilege));
        assert_eq!(ev.action, "matter.dataset_read");
        assert_eq!(ev.actor, "matter:00000000000000AB:0000000000001122");
        let r = req(SessionKind::Case, true, 1);
        assert_eq!(g.decide(t0, &r), Ok(()));
        assert_eq!(dataset_event(&r, None).reason, "ok");
    }

    #[test]
    fn a_pending_dataset_request_is_audited_without_the_key() {
        let r = req(SessionKind::Case, true, 1);
        let summary = PendingSummary {
            channel: Some(20),
            pan_id: Some(0xF616),
            ext_pan_id: Some("fb1dc28b0d0261e1".into()),
            active_timestamp: 0x20000,
            pending_timestamp: 1,
            delay_asked_ms: 1000,
            delay_ms: 30_000,
            key_changes: false,
        };
        let ev = dataset_set_event(&r, Some(&summary), None);
        assert_eq!(ev.action, "matter.dataset_set");
        assert_eq!((ev.outcome, ev.reason.as_str()), (Outcome::Success, "ok"));
        assert_eq!(ev.details["pan_id"], "F616");
        assert_eq!(ev.details["delay_asked_ms"], 1000);
        assert_eq!(ev.details["delay_ms"], 30_000);
        assert_eq!(ev.details["key_changes"], false);
        let bad = DatasetSetRefusal::Pending(PendingRefusal::Invalid(
            crate::commissioning::dataset::Malformed("no delay timer TLV (type 52)".into()),
        ));
        let ev = dataset_set_event(&r, None, Some(&bad));
        assert_eq!(
            (ev.outcome, ev.reason.as_str()),
            (Outcome::Denied, "invalid_dataset")
        );
        assert_eq!(ev.details["detail"], "no delay timer TLV (type 52)");
        let ev = dataset_set_event(
            &r,
            None,
            Some(&DatasetSetRefusal::Guard(DatasetRefusal::NoPrivilege)),
        );
        assert_eq!(ev.reason, "no_privilege");
        for (r, code) in [
            (DatasetSetRefusal::Configured, "configured"),
            (DatasetSetRefusal::Unavailable, "thread_unavailable"),
            (
                DatasetSetRefusal::Pending(PendingRefusal::StaleActiveTimestamp),
                "stale_active_timestamp",
            ),
        ] {
            assert_eq!(r.as_str(), code);
        }
    }

    #[test]
    fn a_provisional_dataset_and_its_revert_are_audited() {
        let r = req(SessionKind::Pase, true, 0);
        let ev = dataset_provision_event(&r, Some("fb1dc28b0d0261e1"), Some(13), None);
        assert_eq!(
            (ev.action.as_str(), ev.subject.as_str()),
            ("matter.dataset_set", "dataset:active")
        );
        assert_eq!(ev.reason, "ok");
        assert_eq!(ev.details["session"], "pase");
        assert_eq!(ev.details["provisional"], true);
        assert_eq!(ev.details["channel"], 13);
        let ev = dataset_provision_event(&r, None, None, Some(&DatasetSetRefusal::HasDataset));
        assert_eq!(
            (ev.outcome, ev.reason.as_str()),
            (Outcome::Denied, "has_dataset")
        );
        assert!(ev.details.get("provisional").is_none());
        let ev = dataset_revert_event(None);
        assert_eq!(
            (ev.outcome, ev.reason.as_str()),
            (Outcome::Success, "reverted")
        );
        let ev = dataset_revert_event(Some("the Thread service is not running"));
        assert_eq!(
            (ev.outcome, ev.reason.as_str()),
            (Outcome::Failure, "revert_failed")
        );
        assert_eq!(ev.details["detail"], "the Thread service is not running");
    }

    #[test]
    fn dataset_reads_are_rate_limited_per_fabric_on_virtual_time() {
        let t0 = Instant::now();
        let mut g = DatasetGuard::new();
        for _ in 0..DATASET_READS_PER_WINDOW {
            assert_eq!(g.decide(t0, &req(SessionKind::Case, true, 1)), Ok(()));
        }
        let v = g.decide(t0, &req(SessionKind::Case, true, 1));
        assert_eq!(v, Err(DatasetRefusal::RateLimited));
        // Another fabric has its own budget.
        assert_eq!(g.decide(t0, &req(SessionKind::Case, true, 2)), Ok(()));
        // The next period refills it.
        let later = t0 + DATASET_RATE_WINDOW;
        assert_eq!(g.decide(later, &req(SessionKind::Case, true, 1)), Ok(()));
    }

    #[test]
    fn windows_are_bounded_single_and_enhanced_once_a_fabric_exists() {
        let t0 = Instant::now();
        let mut rng = SeededRandom::new(7);
        let mut w = MatterWindows::default();
        for secs in [179, 901, 0] {
            let e = w
                .open(
                    t0,
                    UnixMillis(0),
                    "user:o".into(),
                    Some(Duration::from_secs(secs)),
                    false,
                    &mut rng,
                )
                .unwrap_err();
            assert_eq!(e.code(), "matter_window_ttl");
        }
        let g = w
            .open(t0, UnixMillis(1000), "user:o".into(), None, false, &mut rng)
            .unwrap();
        assert_eq!(g.kind, WindowKind::Basic);
        assert!(g.secret.is_none() && g.discriminator.is_none());
        assert_eq!(g.until_ms, 1000 + DEFAULT_WINDOW_TTL.as_millis() as u64);
        let e = w
            .open(t0, UnixMillis(0), "user:o".into(), None, true, &mut rng)
            .unwrap_err();
        assert_eq!(e, MatterWindowError::Busy { window: 1 });
        assert!(w
            .expire(t0 + DEFAULT_WINDOW_TTL - Duration::from_millis(1))
            .is_none());
        assert!(w.expire(t0 + DEFAULT_WINDOW_TTL).is_some());
        let g1 = w
            .open(
                t0 + DEFAULT_WINDOW_TTL,
                UnixMillis(0),
                "user:o".into(),
                None,
                true,
                &mut rng,
            )
            .unwrap();
        assert_eq!(g1.kind, WindowKind::Enhanced);
        let s1 = g1.secret.clone().unwrap();
        assert!(crate::onboarding::passcode::Passcode::new(s1.passcode).is_ok());
        assert_eq!(s1.salt.len(), ENHANCED_SALT_LEN);
        assert!(ENHANCED_ITERATIONS.contains(&s1.iterations));
        assert!(g1.discriminator.unwrap() <= 0x0FFF);
        assert_eq!(format!("{s1:?}"), "WindowSecret(<redacted>)");
        assert!(!format!("{g1:?}").contains(&s1.passcode.to_string()));
        w.close();
        let g2 = w
            .open(
                t0 + DEFAULT_WINDOW_TTL,
                UnixMillis(0),
                "user:o".into(),
                None,
                true,
                &mut rng,
            )
            .unwrap();
        let s2 = g2.secret.unwrap();
        assert_ne!(
            (s1.passcode, &s1.salt),
            (s2.passcode, &s2.salt),
            "fresh per window"
        );
    }

    #[test]
    fn failures_count_against_the_open_window_only() {
        let t0 = Instant::now();
        let mut rng = SeededRandom::new(1);
        let mut w = MatterWindows::default();
        assert_eq!(w.pase_failed(), None);
        w.open(t0, UnixMillis(0), "user:o".into(), None, false, &mut rng)
            .unwrap();
        for n in 1..=MAX_PASE_FAILURES {
            assert_eq!(w.pase_failed(), Some(n));
        }
    }

    #[test]
    fn attempts_without_a_window_are_summarised() {
        let t0 = Instant::now();
        let mut w = MatterWindows::default();
        assert_eq!(w.attempt_without_window(t0), Some(1));
        for _ in 0..50 {
            assert_eq!(w.attempt_without_window(t0 + Duration::from_secs(1)), None);
        }
        assert_eq!(
            w.attempt_without_window(t0 + NO_WINDOW_AUDIT_PERIOD),
            Some(51)
        );
    }
}
