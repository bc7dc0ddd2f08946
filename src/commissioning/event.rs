//! What the core asks its drivers to do.
//!
//! After every input the driver drains [`crate::commissioning::Commissioner::poll_event`]
//! and carries each event out in order. [`Event::Persist`] and [`Event::Audit`]
//! must be durable before the driver answers the peer that caused them.

use serde::{Deserialize, Serialize};

use crate::audit::AuditEvent;
use crate::commissioning::anomaly::LockScope;
use crate::commissioning::ids::{DeviceId, WindowId};
use crate::commissioning::joiner::{JoinerId, ThreadJoiner};
use crate::commissioning::policy::{DeviceClass, DeviceClassTable, Role};
use crate::commissioning::token::{Cti, Scope};
use crate::time::UnixMillis;

/// An output of the core.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Append this record to the audit log.
    Audit(AuditEvent),
    /// Write this state change to the store.
    Persist(Persist),
    /// Start advertising a service (mDNS).
    Advertise(Service),
    /// Stop advertising a service (mDNS goodbye).
    Withdraw(Service),
    /// Tell operators (log, alert stream).
    Alert(Alert),
    /// Add or remove a Thread joiner entry on the hub's commissioner (the
    /// Thread service carries it out; docs/thread.md, "Joiner windows").
    Joiner(JoinerChange),
    /// Publish (or withdraw, with no services) a device's SRP services on
    /// the LAN through the mDNS publisher (docs/thread.md, "SRP server and
    /// advertising proxy").
    Srp(crate::commissioning::srp::SrpPublish),
    /// Open or close the Matter node's commissioning window
    /// (docs/matter.md): the node carries it out.
    Matter(MatterChange),
}

/// What the Matter node must do with its commissioning window.
#[derive(Debug, Clone, PartialEq)]
pub enum MatterChange {
    /// Open the window the core granted (an enhanced window carries its
    /// fresh secret; `Debug` redacts it).
    Open(crate::commissioning::matter::WindowGrant),
    /// Close window `window` (`reason`: `expired`, `revoked`,
    /// `pase_failures`, `commissioned`).
    Close {
        /// The window's number.
        window: u64,
        /// Why.
        reason: &'static str,
    },
}

/// A change to what the hub admits on the Thread side: the joiners (one
/// entry per open window that carries a joiner, added when the window
/// opens and removed when it closes, whatever the reason: no window, no
/// joiner) and external commissioners (the border agent listens only
/// while the commissioner allowance lasts).
#[derive(Debug, Clone, PartialEq)]
pub enum JoinerChange {
    /// Window `window` opened with `joiner`: admit it until `deadline`
    /// (the window's monotonic deadline).
    Add {
        /// The window.
        window: WindowId,
        /// The joiner and its PSKd (a secret: redacted in `Debug`).
        joiner: ThreadJoiner,
        /// The window's deadline.
        deadline: std::time::Instant,
    },
    /// Window `window` closed (`reason`: its close reason): its joiner
    /// goes.
    Remove {
        /// The window.
        window: WindowId,
        /// The joiner's id.
        joiner: JoinerId,
        /// Why the window closed (`expired`, `revoked`, `paired`, ...).
        reason: &'static str,
    },
    /// External commissioning is allowed until `deadline` (the commissioner
    /// allowance's monotonic deadline): the border agent listens until then
    /// (docs/thread.md, "Border agent").
    AllowCommissioner {
        /// The allowance's deadline.
        deadline: std::time::Instant,
    },
    /// The commissioner allowance ended (`reason`: `expired`, `revoked`):
    /// the border agent stops and its sessions end.
    EndCommissioner {
        /// Why.
        reason: &'static str,
    },
}

/// A service whose advertisement follows the pairing state.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Service {
    /// The pairing service: advertised while at least one window is open.
    Pairing,
    /// A device admitted at `full` scope (its id is its key fingerprint).
    Device {
        /// Device id.
        id: DeviceId,
    },
}

/// A state change to persist.
#[derive(Debug, Clone, PartialEq)]
pub enum Persist {
    /// A window was opened.
    WindowOpened(WindowRecord),
    /// A window was closed.
    WindowClosed {
        /// Window id.
        id: WindowId,
        /// When.
        at: UnixMillis,
        /// Why (`paired`, `expired`, `too_many_failures`, `revoked`, `restart`).
        reason: &'static str,
    },
    /// An open window's class was raised (at `/pair/start`, by the policy
    /// for the device's attested VID/PID).
    WindowClass {
        /// Window id.
        id: WindowId,
        /// The class it records now.
        class: DeviceClass,
    },
    /// SRP host `host` (label) was bound to `device` by `by` (`user:<id>`).
    SrpBound {
        /// Host label.
        host: String,
        /// The device.
        device: DeviceId,
        /// When.
        at: UnixMillis,
        /// Who.
        by: String,
    },
    /// The key (hex SHA-256) of SRP host `host`'s first publication was
    /// pinned for its binding.
    SrpKeyPinned {
        /// Host label.
        host: String,
        /// Hex SHA-256 of the host's public key.
        key: String,
    },
    /// Device `device` was removed: its SRP bindings go.
    SrpUnbound {
        /// The device.
        device: DeviceId,
    },
    /// The device-class table set through the API (`Some`: store it; it
    /// replaces the configuration's at every start), or `None`: drop the
    /// stored one (the configuration's is back).
    DeviceClasses(Option<DeviceClassTable>),
    /// A token was issued (its id and metadata, never its body).
    TokenIssued(TokenRecord),
    /// A token's `cti` was redeemed (it can never be accepted again).
    TokenRedeemed {
        /// Token id.
        cti: Cti,
        /// When.
        at: UnixMillis,
    },
    /// A token was revoked.
    TokenRevoked {
        /// Token id.
        cti: Cti,
        /// When.
        at: UnixMillis,
    },
    /// A device record changed.
    Device(DeviceRecord),
    /// A device just admitted: the chain and firmware it was judged by
    /// (written with its `pending` record, in the same transaction).
    DeviceAttested(AttestationRecord),
    /// An enrollment code was created (its hash only).
    CodeCreated(CodeRecord),
    /// An enrollment code was used.
    CodeUsed {
        /// Hex SHA-256 of the code.
        hash: String,
        /// When.
        at: UnixMillis,
        /// The user it created.
        by: String,
    },
    /// An unused invite was cancelled (by an owner or admin, or because
    /// its creator was revoked): it can never be redeemed.
    CodeCancelled {
        /// Hex SHA-256 of the code.
        hash: String,
        /// When.
        at: UnixMillis,
        /// Who cancelled it (`user:<id>`).
        by: String,
    },
    /// A user was enrolled.
    UserCreated(UserRecord),
    /// A user was revoked (their client certificate is refused from now on).
    UserRevoked {
        /// User id.
        id: String,
        /// When.
        at: UnixMillis,
    },
    /// A failure scope's counter or lock changed (insert or replace).
    Scope(ScopeRecord),
    /// A failure scope is no longer tracked (evicted, or aged out).
    ScopeForgotten(LockScope),
}

/// A failure scope's counter and lock, as persisted (wall clock): the
/// anomaly detector's state that survives a restart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeRecord {
    /// The scope (kind and key).
    pub scope: LockScope,
    /// Failures (or openings) counted within the interval, as of `last`.
    pub count: u32,
    /// When the last one was counted.
    pub last: UnixMillis,
    /// Until when the scope is locked, if it is.
    pub locked_until: Option<UnixMillis>,
}

/// A window as persisted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WindowRecord {
    /// Window id.
    pub id: WindowId,
    /// User who opened it.
    pub opened_by: String,
    /// 12-bit discriminator.
    pub discriminator: u16,
    /// Vendor id.
    pub vid: u16,
    /// Product id.
    pub pid: u16,
    /// Device class.
    pub class: DeviceClass,
    /// Opening time.
    pub opened: UnixMillis,
    /// Deadline (wall-clock rendering of the monotonic deadline).
    pub deadline: UnixMillis,
}

/// A token's metadata as persisted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRecord {
    /// Token id.
    pub cti: Cti,
    /// Device id.
    pub device: DeviceId,
    /// Approving user.
    pub user: String,
    /// Window.
    pub window: WindowId,
    /// Scope.
    pub scope: Scope,
    /// `iat`.
    pub issued: UnixMillis,
    /// `exp`.
    pub expires: UnixMillis,
}

/// A device's lifecycle state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceState {
    /// Holds a `setup` token; waits for approval (high risk) or redemption.
    Pending,
    /// Approved by an owner/admin; may redeem its setup token for `full`.
    Approved,
    /// Admitted at `full` scope.
    Admitted,
    /// Refused or withdrawn; holds no valid token.
    Quarantined,
    /// Removed by a user.
    Removed,
}

impl DeviceState {
    /// The stable snake_case name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceState::Pending => "pending",
            DeviceState::Approved => "approved",
            DeviceState::Admitted => "admitted",
            DeviceState::Quarantined => "quarantined",
            DeviceState::Removed => "removed",
        }
    }
}

impl std::fmt::Display for DeviceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DeviceState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "pending" => DeviceState::Pending,
            "approved" => DeviceState::Approved,
            "admitted" => DeviceState::Admitted,
            "quarantined" => DeviceState::Quarantined,
            "removed" => DeviceState::Removed,
            _ => return Err(format!("unknown device state {s:?}")),
        })
    }
}

/// A device as persisted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// Device id (key fingerprint).
    pub id: DeviceId,
    /// Vendor id.
    pub vid: u16,
    /// Product id.
    pub pid: u16,
    /// Discriminator it paired with.
    pub discriminator: u16,
    /// Risk class.
    pub class: DeviceClass,
    /// State.
    pub state: DeviceState,
    /// Scope of its newest valid token, if any.
    pub scope: Option<Scope>,
    /// Who approved it (high risk) or opened its window.
    pub approved_by: Option<String>,
    /// Window it paired through.
    pub window: WindowId,
    /// Deadline to reach `full` scope (the setup token's `exp`) while pending.
    pub full_by: Option<UnixMillis>,
    /// Last change.
    pub updated: UnixMillis,
    /// Why it is in this state.
    pub reason: String,
}

/// What a device presented when it proved the passcode: its attestation
/// chain (DER) and the firmware version it reported. Kept for as long as
/// the device, so that a trust reload can judge it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceAttestation {
    /// The DAC.
    pub dac: Vec<u8>,
    /// The PAI.
    pub pai: Vec<u8>,
    /// The reported Matter `SoftwareVersion`.
    pub firmware: u32,
}

/// A device's [`DeviceAttestation`] as persisted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttestationRecord {
    /// Device id.
    pub device: DeviceId,
    /// What it presented.
    pub attestation: DeviceAttestation,
    /// When it was admitted.
    pub at: UnixMillis,
}

/// What an enrollment code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// The one-time owner code of the first start.
    Bootstrap,
    /// An invite for a role.
    Invite,
}

impl CodeKind {
    /// The stable name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            CodeKind::Bootstrap => "bootstrap",
            CodeKind::Invite => "invite",
        }
    }
}

impl std::fmt::Display for CodeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CodeKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "bootstrap" => Ok(CodeKind::Bootstrap),
            "invite" => Ok(CodeKind::Invite),
            _ => Err(format!("unknown code kind {s:?}")),
        }
    }
}

/// An enrollment code as persisted (hashed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRecord {
    /// Hex SHA-256 of the normalised code.
    pub hash: String,
    /// Kind.
    pub kind: CodeKind,
    /// Role it grants.
    pub role: Role,
    /// Who created it (`system` for bootstrap).
    pub created_by: String,
    /// Creation time.
    pub created: UnixMillis,
    /// Expiry.
    pub expires: UnixMillis,
    /// When it was used, if it was.
    pub used: Option<UnixMillis>,
    /// When it was cancelled, if it was (invites only).
    pub cancelled: Option<UnixMillis>,
}

/// Hex digits of a code's hash that name an invite to users.
pub const INVITE_ID_LEN: usize = 16;

impl CodeRecord {
    /// The id users see (`threshold user invites`, `DELETE
    /// /v1/invites/{id}`): the first [`INVITE_ID_LEN`] hex digits of the
    /// code's hash, which reveal nothing of the code.
    pub fn id(&self) -> &str {
        self.hash.get(..INVITE_ID_LEN).unwrap_or(&self.hash)
    }

    /// An invite not used, not cancelled and not expired at `wall`.
    pub fn is_pending_invite(&self, wall: UnixMillis) -> bool {
        self.kind == CodeKind::Invite
            && self.used.is_none()
            && self.cancelled.is_none()
            && wall < self.expires
    }
}

/// A user as persisted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    /// User id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Enrollment time.
    pub created: UnixMillis,
}

/// An operator alert from the anomaly detector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    /// `failure_burst` or `open_burst`.
    pub kind: &'static str,
    /// The kind of scope the burst came from (`source`, `credential`,
    /// `window`, `user`, `hub`).
    pub scope: &'static str,
    /// The scope's key (an address or /64, `cert:<hex>`, `code:<hash>`, a
    /// window id, a user id, `hub`).
    pub key: String,
    /// How many events within the interval triggered it.
    pub count: u32,
    /// The interval, in seconds.
    pub interval_secs: u64,
    /// Until when that scope is locked, if it is.
    pub locked_until: Option<UnixMillis>,
    /// Wall time of the alert.
    pub at: UnixMillis,
}
