//! Request and response bodies of the API (JSON), shared by the server,
//! the CLI and the tests. Times are RFC 3339 strings in UTC.
//!
//! Request bodies refuse unknown fields, so a typo (`ttl_sec`) is an
//! `invalid_request` error rather than a silently ignored option.

use serde::{Deserialize, Serialize};

use crate::commissioning::event::{CodeRecord, DeviceRecord, DeviceState, WindowRecord};
use crate::commissioning::policy::{
    ClassSource, DeviceClass, DeviceClassRule, DeviceClassTable, Role, TableOrigin,
};
use crate::commissioning::token::Cti;
use crate::commissioning::WindowInfo as CoreWindowInfo;
use crate::commissioning::{DeviceId, LockScope, WindowId};
use crate::store::{DeviceRow, UserRow, VerifyReport};
use crate::time::UnixMillis;

/// The body of every error answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// Stable snake_case code (docs/api.md).
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
}

/// `POST /v1/enroll`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    /// The owner bootstrap code or an invite code.
    pub code: String,
    /// Display name of the new user (1 to 64 characters).
    pub name: String,
    /// PKCS#10 request for the user's own P-256 key (PEM).
    pub csr_pem: String,
}

impl std::fmt::Debug for EnrollRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnrollRequest")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// Answer to `POST /v1/enroll`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollResponse {
    /// The new user's id (the CN of the certificate).
    pub user_id: String,
    /// Display name.
    pub name: String,
    /// Role granted by the code.
    pub role: Role,
    /// The client certificate (PEM).
    pub cert_pem: String,
    /// The hub root CA (PEM): trust it for the hub's server certificate.
    pub ca_pem: String,
    /// The certificate's notAfter.
    pub not_after: String,
}

/// `POST /v1/invites`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    /// Role the invitee will get (`admin`, `member` or `guest`).
    pub role: Role,
    /// Lifetime in seconds (clamped to the configured maximum).
    #[serde(default)]
    pub ttl_secs: Option<u64>,
}

/// Answer to `POST /v1/invites`: the code is shown once.
#[derive(Clone, Serialize, Deserialize)]
pub struct InviteResponse {
    /// The invite code (give it to the invitee; it is never shown again).
    pub code: String,
    /// The invite's id (`GET /v1/invites`, `DELETE /v1/invites/{id}`): a
    /// prefix of the code's hash, which reveals nothing of the code.
    pub id: String,
    /// Role it grants.
    pub role: Role,
    /// Expiry.
    pub expires: String,
}

impl std::fmt::Debug for InviteResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InviteResponse")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("expires", &self.expires)
            .finish_non_exhaustive()
    }
}

/// A pending invite (`GET /v1/invites`) or a cancelled one (`DELETE
/// /v1/invites/{id}`). Never the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteInfo {
    /// The invite's id (a prefix of the code's hash).
    pub id: String,
    /// Role it grants.
    pub role: Role,
    /// The user who created it.
    pub created_by: String,
    /// Creation time.
    pub created: String,
    /// Expiry.
    pub expires: String,
    /// Cancellation time, if cancelled.
    pub cancelled: Option<String>,
}

impl From<CodeRecord> for InviteInfo {
    fn from(c: CodeRecord) -> InviteInfo {
        InviteInfo {
            id: c.id().to_owned(),
            role: c.role,
            created_by: c.created_by,
            created: c.created.to_rfc3339(),
            expires: c.expires.to_rfc3339(),
            cancelled: c.cancelled.map(|t| t.to_rfc3339()),
        }
    }
}

/// A user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfo {
    /// User id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Enrollment time.
    pub created: String,
    /// Revocation time, if revoked.
    pub revoked: Option<String>,
}

impl From<UserRow> for UserInfo {
    fn from(u: UserRow) -> UserInfo {
        UserInfo {
            id: u.id,
            name: u.name,
            role: u.role,
            created: u.created_ms.to_rfc3339(),
            revoked: u.revoked_ms.map(|t| t.to_rfc3339()),
        }
    }
}

/// `POST /v1/windows`. The payload (QR text or manual code) carries the
/// device's passcode: it is used to derive the window's SPAKE2+ record and
/// then dropped; it is never stored, logged or echoed.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenWindowRequest {
    /// `MT:...` QR text, or an 11- or 21-digit manual pairing code.
    pub payload: String,
    /// Risk class asked: `low`, `medium` or `high`. A minimum: the window
    /// records the stricter of it and the device-class policy's class for
    /// the payload's VID/PID.
    pub class: DeviceClass,
    /// Lifetime in seconds (clamped to the configured maximum).
    #[serde(default)]
    pub ttl_secs: Option<u64>,
    /// Vendor id; required with an 11-digit manual code.
    #[serde(default)]
    pub vid: Option<u16>,
    /// Product id; required with an 11-digit manual code.
    #[serde(default)]
    pub pid: Option<u16>,
    /// The 12-bit discriminator; required with a manual code (which holds
    /// only its upper 4 bits, and must agree with it).
    #[serde(default)]
    pub discriminator: Option<u16>,
    /// The Thread joiner the window admits on the hub's commissioner (from
    /// a Thread device's label), for the window's life only.
    #[serde(default)]
    pub joiner: Option<JoinerRequest>,
}

/// The Thread joiner of [`OpenWindowRequest`]: exactly one of `eui64` and
/// `discerner`, and the `pskd`. The PSKd is a secret: used to build the
/// window's joiner, then wiped; never stored, logged, audited or echoed.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinerRequest {
    /// The joiner's EUI-64: 16 hex digits.
    #[serde(default)]
    pub eui64: Option<String>,
    /// A joiner discerner, `<value>/<bits>` (value decimal or `0x` hex,
    /// 1..=64 bits).
    #[serde(default)]
    pub discerner: Option<String>,
    /// The PSKd: 6-32 characters of digits and upper-case letters but I,
    /// O, Q, Z.
    pub pskd: String,
}

impl std::fmt::Debug for JoinerRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JoinerRequest")
            .field("eui64", &self.eui64)
            .field("discerner", &self.discerner)
            .field("pskd", &"<redacted>")
            .finish()
    }
}

impl std::fmt::Debug for OpenWindowRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenWindowRequest")
            .field("payload", &"<redacted>")
            .field("class", &self.class)
            .field("ttl_secs", &self.ttl_secs)
            .field("vid", &self.vid)
            .field("pid", &self.pid)
            .field("discriminator", &self.discriminator)
            .field("joiner", &self.joiner)
            .finish()
    }
}

/// An open commissioning window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowInfo {
    /// Window id.
    pub id: WindowId,
    /// User id of the opener.
    pub opened_by: String,
    /// 12-bit discriminator.
    pub discriminator: u16,
    /// Vendor id.
    pub vid: u16,
    /// Product id.
    pub pid: u16,
    /// Risk class recorded: the stricter of `requested_class` and the
    /// device-class policy's.
    pub class: DeviceClass,
    /// The class its opener asked for.
    pub requested_class: DeviceClass,
    /// Why `class` is what it is: `request` (the opener's), `policy`
    /// (raised at opening by the policy for the payload's VID/PID) or
    /// `attestation` (raised at `/pair/start` by the policy for the
    /// device's attested VID/PID).
    pub class_source: ClassSource,
    /// Opening time.
    pub opened: String,
    /// Deadline.
    pub deadline: String,
    /// Failed PAKE confirmations so far.
    pub failures: u32,
    /// Whether a PAKE is running.
    pub pake_in_flight: bool,
    /// The Thread joiner it admits (`eui64:<hex>` or
    /// `discerner:0x<hex>/<bits>`), if any; never its PSKd.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joiner: Option<String>,
}

impl From<CoreWindowInfo> for WindowInfo {
    fn from(w: CoreWindowInfo) -> WindowInfo {
        let WindowRecord {
            id,
            opened_by,
            discriminator,
            vid,
            pid,
            class,
            opened,
            deadline,
        } = w.record;
        WindowInfo {
            id,
            opened_by,
            discriminator,
            vid,
            pid,
            class,
            requested_class: w.requested_class,
            class_source: w.class_source,
            opened: opened.to_rfc3339(),
            deadline: deadline.to_rfc3339(),
            failures: w.failures,
            pake_in_flight: w.pake_in_flight,
            joiner: w.joiner.map(|j| j.to_string()),
        }
    }
}

/// Answer to `GET | PUT | DELETE /v1/policy/device-classes`: the
/// device-class table in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceClasses {
    /// Where it comes from: `config`, or `api` (set with `PUT`, stored,
    /// replacing the configuration's until `DELETE`).
    pub origin: TableOrigin,
    /// The class of a device no row names.
    pub unknown_device_class: DeviceClass,
    /// The rows, by VID then PID (`pid` absent: every product of the
    /// vendor without a row of its own).
    pub device_classes: Vec<DeviceClassRule>,
}

impl From<(DeviceClassTable, TableOrigin)> for DeviceClasses {
    fn from((t, origin): (DeviceClassTable, TableOrigin)) -> DeviceClasses {
        DeviceClasses {
            origin,
            unknown_device_class: t.unknown(),
            device_classes: t.rules(),
        }
    }
}

/// `PUT /v1/policy/device-classes`: the new table (it replaces the whole
/// table; no two rows for the same `vid` and `pid`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetDeviceClasses {
    /// The class of a device no row names.
    pub unknown_device_class: DeviceClass,
    /// The rows: `{vid, pid?, class}`.
    pub device_classes: Vec<DeviceClassRule>,
}

/// Answer to `DELETE /v1/windows/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowClosed {
    /// The closed window.
    pub id: WindowId,
    /// Always true.
    pub closed: bool,
}

/// Body of `POST /v1/thread/srp/bind`: SRP host `host` (its label, or
/// `host.default.service.arpa.`) belongs to admitted device `device`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SrpBindRequest {
    /// The SRP host name.
    pub host: String,
    /// The device id.
    pub device: String,
}

/// Body of `POST /v1/thread/commissioner/allow`: allow external
/// commissioning for `seconds` (clamped to 10..=3600; default 600).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommissionerAllowRequest {
    /// How long, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u64>,
}

/// Answer to `POST /v1/thread/commissioner/allow` and `.../revoke`: the
/// allowance in force afterwards (`null` after a revoke).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommissionerAllowance {
    /// The allowance, if one is in force.
    pub allowance: Option<crate::commissioning::AllowanceInfo>,
    /// For a revoke: whether one was in force and ended.
    #[serde(default)]
    pub revoked: bool,
}

/// Body of `POST /v1/pairing/unlock`: one lock (`scope` and `key` as
/// `GET /v1/pairing/locks` lists them; `hub` needs no key), or every lock
/// (`{}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnlockRequest {
    /// `source`, `credential`, `window`, `user` or `hub`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The scope's key (an address or IPv6 /64, `cert:<hex>`,
    /// `code:<hash>`, a window or user id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// A lock's scope and key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockName {
    /// `source`, `credential`, `window`, `user` or `hub`.
    pub scope: String,
    /// The key within the scope.
    pub key: String,
}

/// Answer to `POST /v1/pairing/unlock`: the locks lifted (possibly none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unlocked {
    /// The locks lifted.
    pub unlocked: Vec<LockName>,
}

/// A lock in force (`GET /v1/pairing/locks`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    /// `source`, `credential`, `window`, `user` or `hub`.
    pub scope: String,
    /// The key within the scope.
    pub key: String,
    /// The lock's end (RFC 3339).
    pub until: String,
}

impl From<(LockScope, UnixMillis)> for LockInfo {
    fn from((s, t): (LockScope, UnixMillis)) -> LockInfo {
        LockInfo {
            scope: s.kind().to_owned(),
            key: s.key(),
            until: t.to_rfc3339(),
        }
    }
}

/// A device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    /// Device id (key fingerprint).
    pub id: DeviceId,
    /// Vendor id, if known.
    pub vid: Option<u16>,
    /// Product id, if known.
    pub pid: Option<u16>,
    /// Discriminator it paired with, if known.
    pub discriminator: Option<u16>,
    /// Risk class.
    pub class: DeviceClass,
    /// Lifecycle state.
    pub state: DeviceState,
    /// Scope of its newest valid token (`setup`, `full`), if any.
    pub scope: Option<String>,
    /// Who approved it or opened its window.
    pub approved_by: Option<String>,
    /// Window it paired through (always set by this hub; `null` is kept
    /// in the schema for clients of older versions).
    pub window: Option<WindowId>,
    /// First seen.
    pub created: String,
    /// Last change.
    pub updated: String,
    /// Why it is in this state.
    pub reason: Option<String>,
    /// Deadline to reach `full` scope, while pending.
    pub full_by: Option<String>,
}

impl From<DeviceRow> for DeviceInfo {
    fn from(row: DeviceRow) -> DeviceInfo {
        let DeviceRecord {
            id,
            vid,
            pid,
            discriminator,
            class,
            state,
            scope,
            approved_by,
            window,
            full_by,
            updated,
            reason,
        } = row.device;
        DeviceInfo {
            id,
            vid: Some(vid),
            pid: Some(pid),
            discriminator: Some(discriminator),
            class,
            state,
            scope: scope.map(|s| s.as_str().to_owned()),
            approved_by,
            window: Some(window),
            created: row.created_ms.to_rfc3339(),
            updated: updated.to_rfc3339(),
            reason: Some(reason),
            full_by: full_by.map(|t| t.to_rfc3339()),
        }
    }
}

/// Answer to `POST /v1/tokens/{cti}/revoke`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRevoked {
    /// The token id.
    pub cti: Cti,
    /// Always true.
    pub revoked: bool,
}

/// Answer to `GET /v1/audit/verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditVerify {
    /// Whether the chain is intact.
    pub intact: bool,
    /// Records in the log.
    pub records: u64,
    /// The head's seq, if any.
    pub head_seq: Option<u64>,
    /// The head's hash (hex), if any.
    pub head_hash: Option<String>,
    /// The first break, if any.
    pub first_bad: Option<AuditBreak>,
}

/// Where the audit chain is broken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditBreak {
    /// First bad seq.
    pub seq: u64,
    /// What is wrong there.
    pub kind: String,
}

impl From<VerifyReport> for AuditVerify {
    fn from(r: VerifyReport) -> AuditVerify {
        AuditVerify {
            intact: r.is_intact(),
            records: r.records,
            head_seq: r.head.map(|h| h.0),
            head_hash: r.head.map(|h| hex::encode(h.1)),
            first_bad: r.first_bad.map(|b| AuditBreak {
                seq: b.seq,
                kind: b.kind.to_string(),
            }),
        }
    }
}

/// `GET|PUT /v1/thread/dataset`: the active operational dataset.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ThreadDataset {
    /// Thread TLVs, hex.
    pub tlvs: String,
}

/// Answer to `GET /v1/matter`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MatterStatus {
    /// The node.
    pub node: crate::matter::NodeStatus,
    /// Its commissioning window, if one is open.
    pub window: Option<crate::commissioning::matter::MatterWindowInfo>,
}

/// Body of `POST /v1/matter/window`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatterWindowRequest {
    /// Its length, 180..=900 (default 300).
    #[serde(default)]
    pub seconds: Option<u64>,
}

/// Answer to `POST /v1/matter/window`: the window and, once, its setup code.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MatterWindowOpened {
    /// The window's number.
    pub window: u64,
    /// `basic` or `enhanced`.
    pub kind: crate::commissioning::matter::WindowKind,
    /// Its length.
    pub ttl_secs: u64,
    /// When it closes (wall ms).
    pub until_ms: u64,
    /// The discriminator controllers look for.
    pub discriminator: u16,
    /// The QR code text (`MT:...`).
    pub qr: String,
    /// The manual pairing code.
    pub manual: String,
}

/// `POST /v1/dashboard/login`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DashboardLoginRequest {
    /// The user to sign in (admin socket only; default: the caller, or on
    /// the admin socket the only owner).
    #[serde(default)]
    pub user: Option<String>,
}
