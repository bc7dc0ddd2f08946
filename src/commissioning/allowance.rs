//! The commissioner allowance: whether an external commissioner (a phone
//! app, `ot-commissioner`) may petition through the hub's border agent,
//! and until when.
//!
//! Window-like and expiring, as joiner windows are: an owner or admin
//! allows it for a bounded time ([`MIN_TTL`]..=[`MAX_TTL`], default
//! [`DEFAULT_TTL`]; a longer or shorter request is clamped and the record
//! says both); it ends at its deadline, on revoke, or on a restart (its
//! monotonic deadline does not survive: nothing is persisted). Allowing
//! again while allowed replaces the deadline. `Allowances` keeps the
//! state and guarantees at most one allowance at a time; who may allow,
//! the conflict with joiner windows, the audit and the events are the
//! [`crate::commissioning::Commissioner`]'s
//! (`allow_external_commissioner`, `revoke_external_commissioner`).
#![forbid(unsafe_code)]

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::commissioning::policy::Role;
use crate::time::UnixMillis;

/// The shortest allowance (a shorter request is raised to it).
pub const MIN_TTL: Duration = Duration::from_secs(10);
/// The longest allowance (a longer request is lowered to it).
pub const MAX_TTL: Duration = Duration::from_secs(3600);
/// The allowance when none is asked.
pub const DEFAULT_TTL: Duration = Duration::from_secs(600);

/// An allowance in force, as callers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllowanceInfo {
    /// Who allowed it (`user:<id>`).
    pub allowed_by: String,
    /// Their role then.
    pub role: String,
    /// When it was allowed (wall time, ms since the epoch).
    pub allowed_at_ms: u64,
    /// When it ends (wall time, ms since the epoch).
    pub until_ms: u64,
    /// Its length, after clamping.
    pub ttl_ms: u64,
    /// Milliseconds left.
    pub remaining_ms: u64,
}

#[derive(Debug, Clone)]
struct Allowance {
    by: String,
    role: Role,
    at: UnixMillis,
    ttl: Duration,
    deadline: Instant,
}

/// The allowance state (at most one).
#[derive(Debug, Default)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Allowances {
    current: Option<Allowance>,
}

/// `req` clamped to [`MIN_TTL`]..=[`MAX_TTL`] ([`DEFAULT_TTL`] if none).
pub fn clamp_ttl(req: Option<Duration>) -> Duration {
    req.unwrap_or(DEFAULT_TTL).clamp(MIN_TTL, MAX_TTL)
}

impl Allowances {
    /// Grants (or extends) the allowance until `now + ttl`; returns it.
    pub(crate) fn allow(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        by: String,
        role: Role,
        ttl: Duration,
    ) -> AllowanceInfo {
        let a = Allowance {
            by,
            role,
            at: wall,
            ttl,
            deadline: now + ttl,
        };
        let info = info(&a, now);
        self.current = Some(a);
        info
    }

    /// Ends the allowance now; whether there was one.
    pub(crate) fn revoke(&mut self) -> bool {
        self.current.take().is_some()
    }

    /// Ends it if its deadline has passed; whether it did.
    pub(crate) fn expire(&mut self, now: Instant) -> bool {
        if self.current.as_ref().is_some_and(|a| now >= a.deadline) {
            self.current = None;
            return true;
        }
        false
    }

    /// Its deadline, while one is in force.
    pub(crate) fn poll_timeout(&self) -> Option<Instant> {
        self.current.as_ref().map(|a| a.deadline)
    }

    /// The allowance in force at `now`.
    pub(crate) fn active(&self, now: Instant) -> Option<AllowanceInfo> {
        self.current
            .as_ref()
            .filter(|a| now < a.deadline)
            .map(|a| info(a, now))
    }
}

fn info(a: &Allowance, now: Instant) -> AllowanceInfo {
    let ttl_ms = a.ttl.as_millis() as u64;
    AllowanceInfo {
        allowed_by: a.by.clone(),
        role: a.role.as_str().to_owned(),
        allowed_at_ms: u64::try_from(a.at.0).unwrap_or(0),
        until_ms: u64::try_from(a.at.0).unwrap_or(0).saturating_add(ttl_ms),
        ttl_ms,
        remaining_ms: a.deadline.saturating_duration_since(now).as_millis() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_allowance_ends_at_its_deadline_and_on_revoke() {
        let t0 = Instant::now();
        let mut a = Allowances::default();
        assert_eq!(a.active(t0), None);
        let info = a.allow(
            t0,
            UnixMillis(1_000),
            "user:u1".into(),
            Role::Admin,
            Duration::from_secs(60),
        );
        assert_eq!(info.until_ms, 61_000);
        assert_eq!(info.remaining_ms, 60_000);
        assert_eq!(a.poll_timeout(), Some(t0 + Duration::from_secs(60)));
        assert!(!a.expire(t0 + Duration::from_secs(59)));
        assert!(a.active(t0 + Duration::from_secs(59)).is_some());
        assert!(a.expire(t0 + Duration::from_secs(60)));
        assert_eq!(a.active(t0 + Duration::from_secs(60)), None);
        assert!(!a.revoke(), "nothing left to revoke");
        a.allow(t0, UnixMillis(0), "user:u1".into(), Role::Owner, MIN_TTL);
        assert!(a.revoke());
        assert_eq!(a.poll_timeout(), None);
    }

    #[test]
    fn the_length_is_bounded() {
        assert_eq!(clamp_ttl(None), DEFAULT_TTL);
        assert_eq!(clamp_ttl(Some(Duration::from_secs(1))), MIN_TTL);
        assert_eq!(clamp_ttl(Some(Duration::from_secs(86_400))), MAX_TTL);
        assert_eq!(
            clamp_ttl(Some(Duration::from_secs(120))),
            Duration::from_secs(120)
        );
    }
}
