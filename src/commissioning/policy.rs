//! Roles, device risk classes, and the policy table that relates them.

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

    /// Whether this role may approve high-risk devices, revoke tokens and
    /// create invites (owner and admin; not configurable, by design).
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

/// A device's risk class, chosen by the user who opens the window.
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
        }
    }
}

impl Policy {
    /// Whether `role` may open a window for a device of `class`.
    pub fn may_pair(&self, role: Role, class: DeviceClass) -> bool {
        self.may_pair[role as usize][class as usize]
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
