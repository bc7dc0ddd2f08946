//! Roles, device risk classes, and the policy tables that relate them:
//! which role may pair which class ([`Policy::may_pair`]) and which class a
//! device is, by its VID/PID ([`DeviceClassTable`]).
//!
//! A window's class is decided by [`Policy::window_class`]: the stricter of
//! the class the opener asks for and the class the device-class table gives
//! the VID/PID, so an opener can raise a device's class but never lower it.
//! The role check then runs on that resulting class.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A user's role on the hub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The hub's owner (created by the bootstrap code). May do everything.
    Owner,
    /// An administrator: may pair any class, approve high-risk devices and invite.
    Admin,
    /// A household member: may pair low and medium risk devices (by default).
    Member,
    /// A guest: may not pair anything (by default).
    Guest,
}

impl Role {
    /// All roles, most privileged first.
    pub const ALL: [Role; 4] = [Role::Owner, Role::Admin, Role::Member, Role::Guest];

    /// The stable lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Member => "member",
            Role::Guest => "guest",
        }
    }

    /// Whether this role may approve high-risk devices, revoke tokens,
    /// create invites and reload the device trust set (owner and admin;
    /// not configurable, by design).
    pub fn is_administrative(self) -> bool {
        matches!(self, Role::Owner | Role::Admin)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown role {s:?} (expected owner, admin, member or guest)"))
    }
}

/// A device's risk class: the stricter of the class its VID/PID has in the
/// [`DeviceClassTable`] and the class the user who opens the window asks.
/// Ordered least risky first, so the stricter of two is their `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeviceClass {
    /// Lights, sensors, plugs.
    Low,
    /// Thermostats, blinds, appliances.
    Medium,
    /// Locks, alarms, cameras: need an explicit owner/admin approval.
    High,
}

impl DeviceClass {
    /// All classes, least risky first.
    pub const ALL: [DeviceClass; 3] = [DeviceClass::Low, DeviceClass::Medium, DeviceClass::High];

    /// The stable lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceClass::Low => "low",
            DeviceClass::Medium => "medium",
            DeviceClass::High => "high",
        }
    }
}

impl fmt::Display for DeviceClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DeviceClass {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DeviceClass::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| format!("unknown device class {s:?} (expected low, medium or high)"))
    }
}

/// One row of the [`DeviceClassTable`]: a vendor (every product of it) or
/// one product, and its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DeviceClassRule {
    /// Vendor id.
    pub vid: u16,
    /// Product id; `None` for every product of the vendor that has no row
    /// of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u16>,
    /// The class.
    pub class: DeviceClass,
}

/// Which row of the [`DeviceClassTable`] gave a device its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassMatch {
    /// A row for the VID and PID.
    Product,
    /// A row for the VID alone.
    Vendor,
    /// No row: the table's class for unknown devices.
    Unknown,
}

impl ClassMatch {
    /// The stable lower-case name (audit details, API).
    pub fn as_str(self) -> &'static str {
        match self {
            ClassMatch::Product => "product",
            ClassMatch::Vendor => "vendor",
            ClassMatch::Unknown => "unknown",
        }
    }
}

/// Two rows of a [`DeviceClassTable`] for the same VID (and PID).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("two rows for vid {vid:#06x}{}", match .pid { Some(p) => format!(" pid {p:#06x}"), None => String::new() })]
pub struct DuplicateRule {
    /// Vendor id of the rows.
    pub vid: u16,
    /// Product id of the rows (`None`: two vendor-wide rows).
    pub pid: Option<u16>,
}

/// The device-class policy: the risk class of a device by its VID/PID.
///
/// Lookup is most specific first: a row for the VID and PID, else a row
/// for the VID alone, else the class for unknown devices (`high` by
/// default). A product row may be stricter or laxer than its vendor's row
/// (a vendor of lights with one lock). Product types are not matched: in
/// pairing protocol v1 neither the setup payload nor the DAC carries one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceClassTable {
    rows: BTreeMap<(u16, Option<u16>), DeviceClass>,
    unknown: DeviceClass,
}

impl Default for DeviceClassTable {
    /// No row; every device is `high`.
    fn default() -> Self {
        DeviceClassTable {
            rows: BTreeMap::new(),
            unknown: DeviceClass::High,
        }
    }
}

impl DeviceClassTable {
    /// A table of `rules`, with `unknown` for a device no rule names.
    /// Refuses two rules for the same VID and PID (or two vendor-wide rules
    /// for the same VID): which one holds would depend on their order.
    pub fn new(
        rules: impl IntoIterator<Item = DeviceClassRule>,
        unknown: DeviceClass,
    ) -> Result<Self, DuplicateRule> {
        let mut rows = BTreeMap::new();
        for r in rules {
            if rows.insert((r.vid, r.pid), r.class).is_some() {
                return Err(DuplicateRule {
                    vid: r.vid,
                    pid: r.pid,
                });
            }
        }
        Ok(DeviceClassTable { rows, unknown })
    }

    /// The rules, by VID then PID (a vendor-wide rule before its products).
    pub fn rules(&self) -> Vec<DeviceClassRule> {
        self.rows
            .iter()
            .map(|(&(vid, pid), &class)| DeviceClassRule { vid, pid, class })
            .collect()
    }

    /// The class of a device no rule names.
    pub fn unknown(&self) -> DeviceClass {
        self.unknown
    }

    /// The class of device `vid`/`pid`, and which row gave it.
    pub fn class_of(&self, vid: u16, pid: u16) -> (DeviceClass, ClassMatch) {
        if let Some(c) = self.rows.get(&(vid, Some(pid))) {
            (*c, ClassMatch::Product)
        } else if let Some(c) = self.rows.get(&(vid, None)) {
            (*c, ClassMatch::Vendor)
        } else {
            (self.unknown, ClassMatch::Unknown)
        }
    }
}

/// Where the device-class table in force comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableOrigin {
    /// The configuration (`[[commissioning.device_classes]]`).
    Config,
    /// An owner or admin replaced it through the API; stored in the
    /// database, it replaces the configuration's across restarts until
    /// reset.
    Api,
}

impl TableOrigin {
    /// The stable lower-case name (audit details, API).
    pub fn as_str(self) -> &'static str {
        match self {
            TableOrigin::Config => "config",
            TableOrigin::Api => "api",
        }
    }
}

/// Why a window has the class it records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassSource {
    /// The opener's class: the policy's class for the payload's VID/PID is
    /// not stricter.
    Request,
    /// Raised at opening to the policy's class for the payload's VID/PID.
    Policy,
    /// Raised at `/pair/start` to the policy's class for the VID/PID of the
    /// device's attested certificate (the policy changed since opening).
    Attestation,
}

impl ClassSource {
    /// The stable lower-case name (audit details, API).
    pub fn as_str(self) -> &'static str {
        match self {
            ClassSource::Request => "request",
            ClassSource::Policy => "policy",
            ClassSource::Attestation => "attestation",
        }
    }
}

/// The class a window records, and how it was chosen
/// ([`Policy::window_class`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassDecision {
    /// The class recorded: the stricter of `requested` and `policy`.
    pub class: DeviceClass,
    /// The class the opener asked for.
    pub requested: DeviceClass,
    /// The policy's class for the VID/PID.
    pub policy: DeviceClass,
    /// Which row of the table gave `policy`.
    pub matched: ClassMatch,
    /// `Policy` when `policy` is stricter than `requested`, else `Request`.
    pub source: ClassSource,
}

/// An operation whose permission depends on the caller's role alone: one
/// row of the role x action table ([`Policy::may`]).
///
/// Drivers ask [`crate::commissioning::Commissioner::authorize`] before
/// acting (it audits each refusal once); the core's own operations
/// consult [`Policy::may`] where a role decides. Operations that depend on
/// more than the role (opening a window: the role x class table
/// [`Policy::may_pair`]; inviting, revoking a user, cancelling an invite:
/// the target's role; closing a window: its opener) are decided by the
/// core's operation itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Action {
    /// `GET /v1/users`.
    ListUsers,
    /// `GET /v1/windows`.
    ListWindows,
    /// `GET /v1/devices`, `GET /v1/devices/{id}`.
    ListDevices,
    /// `POST /v1/devices/{id}/approve`.
    ApproveDevice,
    /// `POST /v1/devices/{id}/quarantine`, `.../remove`.
    RefuseDevice,
    /// `POST /v1/tokens/{cti}/revoke`.
    RevokeToken,
    /// `GET /v1/invites`.
    ListInvites,
    /// `GET /v1/policy/device-classes`.
    ReadDeviceClasses,
    /// `PUT` and `DELETE /v1/policy/device-classes`.
    ChangeDeviceClasses,
    /// `GET /v1/pairing/locks`.
    ListLocks,
    /// `POST /v1/pairing/unlock`.
    Unlock,
    /// `GET /v1/audit`, `/v1/audit/verify`, `/v1/audit/export`.
    ReadAudit,
    /// `GET /v1/alerts`.
    WatchAlerts,
    /// `GET /v1/thread`.
    ReadThreadStatus,
    /// `GET /v1/thread/dataset`: the dataset holds the network key.
    ExportDataset,
    /// `PUT /v1/thread/dataset`.
    ImportDataset,
    /// `POST /v1/pki/reload` (the device trust set).
    ReloadTrust,
    /// `POST /v1/thread/commissioner/allow` and `.../revoke`: external
    /// commissioning through the border agent (the commissioner allowance).
    AllowCommissioner,
    /// `GET /v1/matter`, `POST /v1/matter/window`, `DELETE /v1/matter/window`,
    /// `GET /v1/matter/fabrics`, `DELETE /v1/matter/fabrics/{index}`: the
    /// Matter node's commissioning windows and fabrics (docs/matter.md).
    MatterAdmin,
}

/// The role x action table: for each action, whether owner, admin, member
/// and guest (in [`Role`] order) may do it. Not configurable, by design;
/// docs/api.md shows it (pinned by a test).
const ROLE_ACTIONS: [(Action, [bool; 4]); 19] = [
    (Action::ListUsers, [true, true, false, false]),
    (Action::ListWindows, [true, true, true, true]),
    (Action::ListDevices, [true, true, true, true]),
    (Action::ApproveDevice, [true, true, false, false]),
    (Action::RefuseDevice, [true, true, false, false]),
    (Action::RevokeToken, [true, true, false, false]),
    (Action::ListInvites, [true, true, false, false]),
    (Action::ReadDeviceClasses, [true, true, true, false]),
    (Action::ChangeDeviceClasses, [true, true, false, false]),
    (Action::ListLocks, [true, true, false, false]),
    (Action::Unlock, [true, true, false, false]),
    (Action::ReadAudit, [true, true, false, false]),
    (Action::WatchAlerts, [true, true, false, false]),
    (Action::ReadThreadStatus, [true, true, true, true]),
    (Action::ExportDataset, [true, true, false, false]),
    (Action::ImportDataset, [true, true, false, false]),
    (Action::ReloadTrust, [true, true, false, false]),
    (Action::AllowCommissioner, [true, true, false, false]),
    (Action::MatterAdmin, [true, true, false, false]),
];

impl Action {
    /// Every action, in table order.
    pub const ALL: [Action; 19] = {
        let mut all = [Action::ListUsers; 19];
        let mut i = 0;
        while i < ROLE_ACTIONS.len() {
            all[i] = ROLE_ACTIONS[i].0;
            i += 1;
        }
        all
    };

    /// The stable dotted name (the subject of an `access.denied` record,
    /// docs/api.md).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::ListUsers => "users.list",
            Action::ListWindows => "windows.list",
            Action::ListDevices => "devices.list",
            Action::ApproveDevice => "device.approve",
            Action::RefuseDevice => "device.refuse",
            Action::RevokeToken => "token.revoke",
            Action::ListInvites => "invites.list",
            Action::ReadDeviceClasses => "device_classes.read",
            Action::ChangeDeviceClasses => "device_classes.change",
            Action::ListLocks => "locks.list",
            Action::Unlock => "pairing.unlock",
            Action::ReadAudit => "audit.read",
            Action::WatchAlerts => "alerts.watch",
            Action::ReadThreadStatus => "thread.status",
            Action::ExportDataset => "thread.dataset_export",
            Action::ImportDataset => "thread.dataset_import",
            Action::ReloadTrust => "pki.reload",
            Action::AllowCommissioner => "thread.commissioner_allow",
            Action::MatterAdmin => "matter.admin",
        }
    }

    /// What a refusal answers: `role_not_permitted` for the Thread
    /// dataset (as it always did), `not_permitted` otherwise.
    pub fn refusal(self) -> crate::refusal::Refusal {
        match self {
            Action::ExportDataset | Action::ImportDataset => {
                crate::refusal::Refusal::RoleNotPermitted
            }
            _ => crate::refusal::Refusal::NotPermitted,
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The most services one device may have on the LAN, registered through
/// `/svc` or proxied from its SRP host (the mDNS publisher enforces it on
/// `/svc`; the SRP book refuses a host over it before it reaches the
/// publisher).
pub const MAX_SERVICES_PER_DEVICE: usize = 8;

/// The largest window lifetime any configuration may allow.
pub const MAX_CONFIGURABLE_WINDOW_TTL: Duration = Duration::from_secs(3600);

/// Thresholds of the anomaly detector (docs/commissioning.md, "The
/// pairing lock").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnomalyPolicy {
    /// Sliding window over which failures and openings are counted.
    pub interval: Duration,
    /// Failures (wrong passcodes, refused tokens, bad codes, failed
    /// credentials at the TLS handshake) within `interval` from one scope
    /// (a source address or IPv6 /64, a credential, a window) that raise an
    /// alert and lock that scope.
    pub failure_threshold: u32,
    /// Window openings by one user within `interval` that raise an alert
    /// (and lock that user's openings, unless owner or admin).
    pub open_threshold: u32,
    /// Whether an alert also locks its scope for `lockout`.
    pub lock_on_alert: bool,
    /// How long a lock lasts.
    pub lockout: Duration,
    /// Failures within `interval` that no single scope explains (a burst
    /// distributed over many sources and credentials) that lock enrollment
    /// by code over the network hub-wide. Owners and admins keep managing
    /// windows and may lift it; devices with a trusted DAC keep pairing.
    pub global_failure_threshold: u32,
    /// Most scopes tracked at once (memory bound under a flood from many
    /// addresses); the least recently seen unlocked scope is evicted first.
    pub max_tracked_scopes: usize,
}

impl Default for AnomalyPolicy {
    fn default() -> Self {
        AnomalyPolicy {
            interval: Duration::from_secs(60),
            failure_threshold: 10,
            open_threshold: 10,
            lock_on_alert: true,
            lockout: Duration::from_secs(300),
            global_failure_threshold: 200,
            max_tracked_scopes: 4096,
        }
    }
}

/// The complete, validated commissioning policy. Build it from
/// configuration with [`crate::config::Settings::policy`]; every value in it
/// has been checked, so the core never re-validates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// TTL of a window when the request names none.
    pub default_window_ttl: Duration,
    /// Requested TTLs are clamped to this (never above
    /// [`MAX_CONFIGURABLE_WINDOW_TTL`]).
    pub max_window_ttl: Duration,
    /// A PAKE not finished within this is abandoned (and counts as a failure).
    pub pake_timeout: Duration,
    /// Failed PAKE confirmations that close a window.
    pub max_pake_failures: u32,
    /// Pairing-token lifetime per class, indexed by [`DeviceClass`] order
    /// (low, medium, high). Always capped by the window's deadline.
    pub token_lifetime: [Duration; 3],
    /// Which classes each role may open windows for, indexed by [`Role`]
    /// order (owner, admin, member, guest) then class order.
    pub may_pair: [[bool; 3]; 4],
    /// Lifetime of the first-start owner bootstrap code.
    pub owner_code_ttl: Duration,
    /// Lifetime of an invite when the request names none.
    pub default_invite_ttl: Duration,
    /// Requested invite lifetimes are clamped to this.
    pub max_invite_ttl: Duration,
    /// Anomaly thresholds.
    pub anomaly: AnomalyPolicy,
    /// The risk class of each device by VID/PID.
    pub device_classes: DeviceClassTable,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            default_window_ttl: Duration::from_secs(180),
            max_window_ttl: Duration::from_secs(900),
            pake_timeout: Duration::from_secs(60),
            max_pake_failures: 20,
            token_lifetime: [
                Duration::from_secs(3600),
                Duration::from_secs(1800),
                Duration::from_secs(600),
            ],
            may_pair: [
                [true, true, true],
                [true, true, true],
                [true, true, false],
                [false, false, false],
            ],
            owner_code_ttl: Duration::from_secs(600),
            default_invite_ttl: Duration::from_secs(24 * 3600),
            max_invite_ttl: Duration::from_secs(7 * 24 * 3600),
            anomaly: AnomalyPolicy::default(),
            device_classes: DeviceClassTable::default(),
        }
    }
}

impl Policy {
    /// Whether `role` may open a window for a device of `class`.
    pub fn may_pair(&self, role: Role, class: DeviceClass) -> bool {
        self.may_pair[role as usize][class as usize]
    }

    /// The class a window for device `vid`/`pid` records when its opener
    /// asks for `requested`: the stricter of the two. The role check
    /// ([`Policy::may_pair`]) runs on the result, so asking a laxer class
    /// than the policy's never lowers it.
    pub fn window_class(&self, requested: DeviceClass, vid: u16, pid: u16) -> ClassDecision {
        let (policy, matched) = self.device_classes.class_of(vid, pid);
        let (class, source) = if policy > requested {
            (policy, ClassSource::Policy)
        } else {
            (requested, ClassSource::Request)
        };
        ClassDecision {
            class,
            requested,
            policy,
            matched,
            source,
        }
    }

    /// Whether `role` may do `action`: the role x action table (owner and
    /// admin may do everything in it; see [`Action`]).
    pub fn may(role: Role, action: Action) -> bool {
        ROLE_ACTIONS
            .iter()
            .find(|(a, _)| *a == action)
            .is_some_and(|(_, roles)| roles[role as usize])
    }

    /// Whether `role` may read the device-class table (owner, admin,
    /// member: the classes decide what their windows become).
    pub fn may_read_device_classes(role: Role) -> bool {
        Policy::may(role, Action::ReadDeviceClasses)
    }

    /// The token lifetime for `class` (before the window cap).
    pub fn token_lifetime(&self, class: DeviceClass) -> Duration {
        self.token_lifetime[class as usize]
    }

    /// The window TTL for a request: the default when none is asked, else
    /// the request clamped to `[1 s, max_window_ttl]`.
    pub fn clamp_window_ttl(&self, requested: Option<Duration>) -> Duration {
        match requested {
            None => self.default_window_ttl.min(self.max_window_ttl),
            Some(t) => t.clamp(Duration::from_secs(1), self.max_window_ttl),
        }
    }

    /// The invite TTL for a request, like [`Policy::clamp_window_ttl`].
    pub fn clamp_invite_ttl(&self, requested: Option<Duration>) -> Duration {
        match requested {
            None => self.default_invite_ttl.min(self.max_invite_ttl),
            Some(t) => t.clamp(Duration::from_secs(1), self.max_invite_ttl),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_role_class_table() {
        let p = Policy::default();
        for c in DeviceClass::ALL {
            assert!(p.may_pair(Role::Owner, c));
            assert!(p.may_pair(Role::Admin, c));
            assert!(!p.may_pair(Role::Guest, c));
        }
        assert!(p.may_pair(Role::Member, DeviceClass::Low));
        assert!(p.may_pair(Role::Member, DeviceClass::Medium));
        assert!(!p.may_pair(Role::Member, DeviceClass::High));
    }

    #[test]
    fn role_action_table() {
        for a in Action::ALL {
            assert!(Policy::may(Role::Owner, a), "{a}");
            assert!(Policy::may(Role::Admin, a), "{a}");
            // A role never may more than the role above it.
            for w in Role::ALL.windows(2) {
                assert!(Policy::may(w[0], a) || !Policy::may(w[1], a), "{a}");
            }
        }
        let names: std::collections::BTreeSet<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names.len(), Action::ALL.len(), "names are distinct");
        assert!(!Policy::may(Role::Member, Action::ExportDataset));
        assert!(Policy::may(Role::Guest, Action::ListDevices));
        assert!(!Policy::may(Role::Guest, Action::ReadDeviceClasses));
        assert!(Policy::may(Role::Member, Action::ReadDeviceClasses));
    }

    #[test]
    fn ttl_clamping() {
        let p = Policy::default();
        assert_eq!(p.clamp_window_ttl(None), Duration::from_secs(180));
        assert_eq!(
            p.clamp_window_ttl(Some(Duration::from_secs(5000))),
            Duration::from_secs(900)
        );
        assert_eq!(
            p.clamp_window_ttl(Some(Duration::ZERO)),
            Duration::from_secs(1)
        );
        assert_eq!(
            p.clamp_window_ttl(Some(Duration::from_secs(30))),
            Duration::from_secs(30)
        );
    }

    fn rule(vid: u16, pid: Option<u16>, class: DeviceClass) -> DeviceClassRule {
        DeviceClassRule { vid, pid, class }
    }

    #[test]
    fn device_classes_most_specific_row_first_unknown_high() {
        let t = DeviceClassTable::new(
            [
                rule(0xFFF1, None, DeviceClass::Low),
                rule(0xFFF1, Some(0x8123), DeviceClass::High),
                rule(0xFFF2, Some(1), DeviceClass::Medium),
            ],
            DeviceClass::High,
        )
        .expect("table");
        assert_eq!(
            t.class_of(0xFFF1, 0x8001),
            (DeviceClass::Low, ClassMatch::Vendor)
        );
        assert_eq!(
            t.class_of(0xFFF1, 0x8123),
            (DeviceClass::High, ClassMatch::Product)
        );
        assert_eq!(
            t.class_of(0xFFF2, 1),
            (DeviceClass::Medium, ClassMatch::Product)
        );
        assert_eq!(
            t.class_of(0xFFF2, 2),
            (DeviceClass::High, ClassMatch::Unknown)
        );
        assert_eq!(
            DeviceClassTable::default().class_of(1, 2),
            (DeviceClass::High, ClassMatch::Unknown),
            "an unknown device is high risk by default"
        );
        assert_eq!(t.rules()[0], rule(0xFFF1, None, DeviceClass::Low));
        let dup = DeviceClassTable::new(
            [
                rule(1, Some(2), DeviceClass::Low),
                rule(1, Some(2), DeviceClass::High),
            ],
            DeviceClass::High,
        );
        assert_eq!(
            dup,
            Err(DuplicateRule {
                vid: 1,
                pid: Some(2)
            })
        );
    }

    #[test]
    fn window_class_is_the_stricter_of_request_and_policy() {
        let p = Policy {
            device_classes: DeviceClassTable::new(
                [rule(1, None, DeviceClass::Medium)],
                DeviceClass::High,
            )
            .expect("table"),
            ..Policy::default()
        };
        for requested in DeviceClass::ALL {
            let d = p.window_class(requested, 1, 7);
            assert_eq!(d.class, requested.max(DeviceClass::Medium));
            assert_eq!(d.requested, requested);
            assert_eq!(d.policy, DeviceClass::Medium);
            assert_eq!(d.matched, ClassMatch::Vendor);
            let raised = requested < DeviceClass::Medium;
            assert_eq!(
                d.source,
                if raised {
                    ClassSource::Policy
                } else {
                    ClassSource::Request
                }
            );
            // Unknown devices: nothing below high.
            assert_eq!(p.window_class(requested, 2, 7).class, DeviceClass::High);
        }
    }

    #[test]
    fn names_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
        for c in DeviceClass::ALL {
            assert_eq!(c.as_str().parse::<DeviceClass>(), Ok(c));
        }
        assert!("root".parse::<Role>().is_err());
    }
}
