//! One error enum per operation of the core (STYLE.md rule 9).
//!
//! Each returns its [`Refusal`] (`refusal()`): the stable snake_case code
//! (`code()`, the audit log's `reason`) and, from the one table of
//! [`crate::refusal`], its CoAP code and HTTP status. Caller mistakes
//! (unknown ids) are kept apart from refusals of a peer.

use crate::commissioning::event::DeviceState;
use crate::commissioning::ids::WindowId;
use crate::commissioning::policy::{ClassSource, DeviceClass, Role};
use crate::commissioning::token::{TokenError, VerifyTokenError};
use crate::refusal::Refusal;
use crate::time::UnixMillis;

/// Why a window closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CloseReason {
    /// Its device reached `full` scope.
    Paired,
    /// Its deadline passed.
    Expired,
    /// Too many failed PAKE confirmations.
    TooManyFailures,
    /// A user closed it.
    Revoked,
    /// Its device was quarantined or removed.
    DeviceRefused,
    /// The hub restarted while it was open.
    Restart,
}

impl CloseReason {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::Paired => "paired",
            CloseReason::Expired => "expired",
            CloseReason::TooManyFailures => "too_many_failures",
            CloseReason::Revoked => "revoked",
            CloseReason::DeviceRefused => "device_refused",
            CloseReason::Restart => "restart",
        }
    }
}

/// Refusal to open a window.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpenWindowError {
    /// Pairing is locked by the anomaly detector.
    #[error("pairing is locked until {until} after repeated failures")]
    Locked {
        /// End of the lock.
        until: UnixMillis,
    },
    /// The role may not pair this class: the stricter of the class asked
    /// and the policy's class for the device's VID/PID.
    #[error("role {role} may not pair {class}-risk devices{}", match .class_source {
        ClassSource::Request => String::new(),
        _ => format!(" (asked {requested}; the device-class policy makes this device {class})"),
    })]
    NotPermitted {
        /// The caller's role.
        role: Role,
        /// The class the window would record.
        class: DeviceClass,
        /// The class asked.
        requested: DeviceClass,
        /// Why `class` is what it is (`policy` when the policy raised it).
        class_source: ClassSource,
    },
    /// The discriminator is not 12 bits.
    #[error("discriminator {0} is out of range (0..=4095)")]
    InvalidDiscriminator(u16),
    /// A window is already open for this discriminator.
    #[error("window {window} is already open for discriminator {discriminator}")]
    AlreadyOpen {
        /// Discriminator.
        discriminator: u16,
        /// The open window.
        window: WindowId,
    },
    /// Another open window admits this Thread joiner.
    #[error("window {window} already admits Thread joiner {joiner}")]
    JoinerInUse {
        /// The joiner.
        joiner: crate::commissioning::joiner::JoinerId,
        /// The open window admitting it.
        window: WindowId,
    },
    /// External commissioning is allowed: the leader gives the commissioner
    /// role to one commissioner at a time, so no joiner window opens until
    /// the allowance ends.
    #[error("an external commissioner is allowed (until the allowance ends, no Thread joiner window opens)")]
    CommissionerBusy,
}

impl OpenWindowError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            OpenWindowError::Locked { .. } => Refusal::PairingLocked,
            OpenWindowError::NotPermitted { .. } => Refusal::RoleNotPermitted,
            OpenWindowError::InvalidDiscriminator(_) => Refusal::InvalidDiscriminator,
            OpenWindowError::AlreadyOpen { .. } => Refusal::WindowAlreadyOpen,
            OpenWindowError::JoinerInUse { .. } => Refusal::JoinerInUse,
            OpenWindowError::CommissionerBusy => Refusal::CommissionerBusy,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to allow or revoke external commissioning (the commissioner
/// allowance).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AllowanceError {
    /// Only owners and admins may.
    #[error("role {0} may not allow or revoke external commissioning")]
    NotPermitted(Role),
    /// A joiner window is open: the hub's own commissioner holds (or will
    /// hold) the role the leader gives to one commissioner at a time.
    #[error("window {window} admits a Thread joiner: close it, or wait for it to close, first")]
    CommissionerBusy {
        /// The open window with a joiner.
        window: WindowId,
    },
}

impl AllowanceError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            AllowanceError::NotPermitted(_) => Refusal::NotPermitted,
            AllowanceError::CommissionerBusy { .. } => Refusal::CommissionerBusy,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to read or replace the device-class policy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeviceClassesError {
    /// The role may not read it (guests).
    #[error("role {0} may not read the device-class policy")]
    NotPermitted(Role),
    /// The role may not replace it (only owner and admin may).
    #[error("role {0} may not change the device-class policy")]
    NotPermittedToChange(Role),
}

impl DeviceClassesError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            DeviceClassesError::NotPermitted(_) | DeviceClassesError::NotPermittedToChange(_) => {
                Refusal::NotPermitted
            }
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to close a window.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CloseWindowError {
    /// No open window has this id.
    #[error("no open window {0}")]
    NoSuchWindow(WindowId),
    /// Only its opener or an owner/admin may close it.
    #[error("only the user who opened window {0} or an owner/admin may close it")]
    NotPermitted(WindowId),
}

impl CloseWindowError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            CloseWindowError::NoSuchWindow(_) => Refusal::NoSuchWindow,
            CloseWindowError::NotPermitted(_) => Refusal::NotPermitted,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to start a PAKE.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StartPakeError {
    /// Pairing is locked.
    #[error("pairing is locked until {until}")]
    Locked {
        /// End of the lock.
        until: UnixMillis,
    },
    /// No window was ever opened (or none recently) for this discriminator.
    #[error("no commissioning window is open for discriminator {0}")]
    NoWindow(u16),
    /// The window for this discriminator has closed.
    #[error("window {window} is closed ({})", reason.as_str())]
    WindowClosed {
        /// Window id.
        window: WindowId,
        /// Why it closed.
        reason: CloseReason,
    },
    /// Another PAKE is running in this window.
    #[error("a PAKE is already in progress in window {0}")]
    InFlight(WindowId),
    /// The window's device already proved the passcode and awaits approval.
    #[error("window {0} already admitted a device")]
    WindowInUse(WindowId),
    /// The device's VID/PID differ from the scanned payload's.
    #[error("device is {got_vid:04X}/{got_pid:04X} but the window is for {vid:04X}/{pid:04X}")]
    VidPidMismatch {
        /// Window VID.
        vid: u16,
        /// Window PID.
        pid: u16,
        /// Device VID.
        got_vid: u16,
        /// Device PID.
        got_pid: u16,
    },
}

impl StartPakeError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            StartPakeError::Locked { .. } => Refusal::PairingLocked,
            StartPakeError::NoWindow(_) => Refusal::NoWindow,
            StartPakeError::WindowClosed {
                reason: CloseReason::Expired,
                ..
            } => Refusal::WindowExpired,
            StartPakeError::WindowClosed { .. } => Refusal::WindowClosed,
            StartPakeError::InFlight(_) => Refusal::PakeInFlight,
            StartPakeError::WindowInUse(_) => Refusal::WindowInUse,
            StartPakeError::VidPidMismatch { .. } => Refusal::VidPidMismatch,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to record a PAKE outcome.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PakeError {
    /// The ticket is not the window's current session (stale or forged).
    #[error("unknown or finished PAKE session")]
    UnknownSession,
    /// The window closed (deadline, revoke) while the PAKE ran.
    #[error("window {window} closed ({}) during the PAKE", reason.as_str())]
    WindowClosed {
        /// Window id.
        window: WindowId,
        /// Why it closed.
        reason: CloseReason,
    },
    /// The handshake exceeded its timeout.
    #[error("PAKE handshake timed out")]
    TimedOut,
    /// The device key is already paired or quarantined.
    #[error("device {device} is {} and cannot pair again", state.as_str())]
    DeviceNotEligible {
        /// Device id.
        device: String,
        /// Its state.
        state: DeviceState,
    },
    /// Signing or randomness failed.
    #[error("token issue failed: {0}")]
    Token(#[from] TokenError),
}

impl PakeError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            PakeError::UnknownSession => Refusal::UnknownSession,
            PakeError::WindowClosed {
                reason: CloseReason::Expired,
                ..
            } => Refusal::WindowExpired,
            PakeError::WindowClosed { .. } => Refusal::WindowClosed,
            PakeError::TimedOut => Refusal::PakeTimeout,
            PakeError::DeviceNotEligible { .. } => Refusal::DeviceNotEligible,
            PakeError::Token(_) => Refusal::Internal,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to redeem a setup token for `full` scope.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RedeemError {
    /// The token itself was refused.
    #[error(transparent)]
    Token(#[from] VerifyTokenError),
    /// The token is not a `setup` token.
    #[error("only a setup token can be redeemed")]
    NotASetupToken,
    /// The device is high risk and has not been approved.
    #[error("device {0} awaits approval by an owner or admin")]
    NotApproved(String),
    /// Signing or randomness failed.
    #[error("token issue failed: {0}")]
    Issue(TokenError),
}

impl RedeemError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            RedeemError::Token(e) => e.refusal(),
            RedeemError::NotASetupToken => Refusal::NotASetupToken,
            RedeemError::NotApproved(_) => Refusal::ApprovalPending,
            RedeemError::Issue(_) => Refusal::Internal,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal of a user action on a device.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeviceActionError {
    /// The role may not do this.
    #[error("role {0} may not approve, quarantine or remove devices")]
    NotPermitted(Role),
    /// No such device.
    #[error("no device {0}")]
    NoSuchDevice(String),
    /// The device is not in a state where this applies.
    #[error("device is {}", .0.as_str())]
    InvalidState(DeviceState),
}

impl DeviceActionError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            DeviceActionError::NotPermitted(_) => Refusal::NotPermitted,
            DeviceActionError::NoSuchDevice(_) => Refusal::NoSuchDevice,
            DeviceActionError::InvalidState(_) => Refusal::InvalidState,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal of a trust reload (`POST /v1/pki/reload`, SIGHUP).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TrustReloadError {
    /// The role may not reload the trust set.
    #[error("role {0} may not reload the device trust set")]
    NotPermitted(Role),
    /// A file is unusable; the set in force is kept.
    #[error("{file}: {message}; the trust set in force is kept")]
    InvalidFile {
        /// The file or directory.
        file: String,
        /// Why.
        message: String,
    },
}

impl TrustReloadError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            TrustReloadError::NotPermitted(_) => Refusal::NotPermitted,
            TrustReloadError::InvalidFile { .. } => Refusal::InvalidTrustFile,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to revoke a token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RevokeError {
    /// The role may not revoke.
    #[error("role {0} may not revoke tokens")]
    NotPermitted(Role),
    /// The token id is unknown (never issued, or expired and forgotten).
    #[error("no live token {0}")]
    UnknownToken(String),
}

impl RevokeError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            RevokeError::NotPermitted(_) => Refusal::NotPermitted,
            RevokeError::UnknownToken(_) => Refusal::UnknownToken,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to lift a pairing lock.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UnlockError {
    /// Only an owner or admin may lift a lock.
    #[error("role {0} may not lift a pairing lock (owner or admin only)")]
    NotPermitted(Role),
}

impl UnlockError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            UnlockError::NotPermitted(_) => Refusal::NotPermitted,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to enroll with a code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EnrollError {
    /// Enrollment is locked.
    #[error("enrollment is locked until {until}")]
    Locked {
        /// End of the lock.
        until: UnixMillis,
    },
    /// The input is not shaped like a code.
    #[error("not an enrollment code (25 characters of 0-9 A-Z without I L O U)")]
    Malformed,
    /// No such code.
    #[error("unknown enrollment code")]
    UnknownCode,
    /// The code expired.
    #[error("enrollment code expired at {0}")]
    Expired(UnixMillis),
    /// The code was already used.
    #[error("enrollment code already used")]
    AlreadyUsed,
    /// The invite was cancelled (by an owner or admin, or because its
    /// creator was revoked).
    #[error("the invite was cancelled")]
    Cancelled,
    /// The display name is empty or too long.
    #[error("user name must be 1..=64 characters")]
    InvalidName,
    /// Randomness failed.
    #[error("random number generator failed")]
    Rng,
}

impl EnrollError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            EnrollError::Locked { .. } => Refusal::PairingLocked,
            EnrollError::Malformed => Refusal::MalformedCode,
            EnrollError::UnknownCode => Refusal::UnknownCode,
            EnrollError::Expired(_) => Refusal::CodeExpired,
            EnrollError::AlreadyUsed => Refusal::CodeUsed,
            EnrollError::Cancelled => Refusal::CodeCancelled,
            EnrollError::InvalidName => Refusal::InvalidName,
            EnrollError::Rng => Refusal::Internal,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to create an invite.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InviteError {
    /// The caller may not invite that role (owners invite admins and
    /// below, admins invite members and guests; nobody invites an owner).
    #[error("role {role} may not invite a {invited}")]
    NotPermitted {
        /// The caller's role.
        role: Role,
        /// The role asked for.
        invited: Role,
    },
    /// Randomness failed.
    #[error("random number generator failed")]
    Rng,
}

impl InviteError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            InviteError::NotPermitted { .. } => Refusal::NotPermitted,
            InviteError::Rng => Refusal::Internal,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to list or cancel invites.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InviteAdminError {
    /// Only owners and admins list invites; an owner cancels any invite,
    /// an admin those for members and guests.
    #[error("role {role} may not {what}")]
    NotPermitted {
        /// The caller's role.
        role: Role,
        /// What was asked (`list invites`, `cancel an invite for an admin`).
        what: String,
    },
    /// No invite has this id.
    #[error("no invite {0}")]
    NoSuchInvite(String),
    /// The invite was already redeemed or cancelled, or it expired.
    #[error("invite {id} was {state}")]
    NotPending {
        /// The invite id.
        id: String,
        /// `redeemed`, `cancelled` or `expired`.
        state: &'static str,
    },
}

impl InviteAdminError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            InviteAdminError::NotPermitted { .. } => Refusal::NotPermitted,
            InviteAdminError::NoSuchInvite(_) => Refusal::NoSuchInvite,
            InviteAdminError::NotPending { .. } => Refusal::InviteNotPending,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// Refusal to revoke a user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RevokeUserError {
    /// The caller may not revoke a user of that role (owners revoke admins
    /// and below, admins revoke members and guests; nobody revokes an owner
    /// or themselves).
    #[error("role {role} may not revoke a {target}")]
    NotPermitted {
        /// The caller's role.
        role: Role,
        /// The target's role.
        target: Role,
    },
    /// No user has this id.
    #[error("no user {0}")]
    NoSuchUser(String),
    /// The user is already revoked.
    #[error("user {0} is already revoked")]
    AlreadyRevoked(String),
}

impl RevokeUserError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            RevokeUserError::NotPermitted { .. } => Refusal::NotPermitted,
            RevokeUserError::NoSuchUser(_) => Refusal::NoSuchUser,
            RevokeUserError::AlreadyRevoked(_) => Refusal::AlreadyRevoked,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

/// The role policy refused an operation ([`crate::commissioning::Commissioner::authorize`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("role {role} may not do {action} (docs/api.md, \"Who may do what\")")]
pub struct NotPermitted {
    /// The caller's role.
    pub role: Role,
    /// The operation refused.
    pub action: crate::commissioning::policy::Action,
}

impl NotPermitted {
    /// The refusal: `role_not_permitted` for the Thread dataset,
    /// `not_permitted` otherwise ([`crate::commissioning::policy::Action::refusal`]).
    pub fn refusal(&self) -> Refusal {
        self.action.refusal()
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}
