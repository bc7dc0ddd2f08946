//! Devices: their lifecycle state and their deadline to reach `full`.
//!
//! [`Devices`] enforces the lifecycle (module docs of
//! [`crate::commissioning`]): a device enters `pending` only through a
//! successful PAKE, becomes `approved` only from `pending`, `admitted` only
//! from `pending` or `approved`, and leaves for `quarantined` or `removed`,
//! which clears its scope and deadline. A device short of `full` has a
//! monotonic deadline ([`Devices::overdue`]). Who may ask for which
//! transition, and what follows from it (tokens revoked, services
//! withdrawn, events), is the [`crate::commissioning::Commissioner`]'s job.

use std::collections::BTreeMap;
use std::time::Instant;

use crate::commissioning::commissioner::instant_for;
use crate::commissioning::error::DeviceActionError;
use crate::commissioning::event::{DeviceRecord, DeviceState};
use crate::commissioning::ids::DeviceId;
use crate::commissioning::token::Scope;
use crate::time::UnixMillis;

#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
struct Device {
    rec: DeviceRecord,
    /// Monotonic rendering of `rec.full_by`.
    full_by: Option<Instant>,
}

/// What leaving for `quarantined` / `removed` changed.
#[derive(Debug)]
pub(crate) struct Refused {
    /// The state it left.
    pub(crate) was: DeviceState,
    /// The record as it is now (to persist).
    pub(crate) rec: DeviceRecord,
}

/// Every device not removed before the last restart, by id.
#[derive(Debug, Default)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Devices {
    map: BTreeMap<DeviceId, Device>,
}

impl Devices {
    /// The devices read back from the store; `full_by` is rendered on the
    /// monotonic clock with the pair (`now`, `wall`) read together.
    pub(crate) fn new(now: Instant, wall: UnixMillis, records: Vec<DeviceRecord>) -> Self {
        let map = records
            .into_iter()
            .map(|rec| {
                let full_by = rec.full_by.map(|t| instant_for(now, wall, t));
                (rec.id.clone(), Device { rec, full_by })
            })
            .collect();
        Devices { map }
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    pub(crate) fn get(&self, id: &str) -> Option<&DeviceRecord> {
        self.map.get(id).map(|d| &d.rec)
    }

    pub(crate) fn state(&self, id: &str) -> Option<DeviceState> {
        self.map.get(id).map(|d| d.rec.state)
    }

    /// Adds (or replaces a removed) device that just proved the passcode:
    /// `rec` is `pending`, and must reach `full` by `full_by`.
    pub(crate) fn insert_pending(&mut self, rec: DeviceRecord, full_by: Instant) {
        debug_assert_eq!(rec.state, DeviceState::Pending);
        self.map.insert(
            rec.id.clone(),
            Device {
                rec,
                full_by: Some(full_by),
            },
        );
    }

    /// Why device `id` cannot be approved, if it cannot.
    pub(crate) fn check_approve(&self, id: &str) -> Result<(), DeviceActionError> {
        match self.state(id) {
            None => Err(DeviceActionError::NoSuchDevice(id.to_owned())),
            Some(s) if s != DeviceState::Pending => Err(DeviceActionError::InvalidState(s)),
            Some(_) => Ok(()),
        }
    }

    /// Why device `id` cannot be moved to `to` by a user, if it cannot.
    pub(crate) fn check_refuse(&self, id: &str, to: DeviceState) -> Result<(), DeviceActionError> {
        match self.state(id) {
            None => Err(DeviceActionError::NoSuchDevice(id.to_owned())),
            Some(DeviceState::Removed) => {
                Err(DeviceActionError::InvalidState(DeviceState::Removed))
            }
            Some(s) if s == to => Err(DeviceActionError::InvalidState(s)),
            Some(_) => Ok(()),
        }
    }

    /// Approves pending device `id` (after [`Devices::check_approve`]).
    pub(crate) fn approve(&mut self, id: &str, by: &str, wall: UnixMillis) -> Option<DeviceRecord> {
        let d = self.map.get_mut(id)?;
        d.rec.state = DeviceState::Approved;
        d.rec.approved_by = Some(by.to_owned());
        d.rec.updated = wall;
        d.rec.reason = "approved".into();
        Some(d.rec.clone())
    }

    /// Admits device `id` at `full` scope (it redeemed its setup token).
    pub(crate) fn admit(&mut self, id: &str, wall: UnixMillis) -> Option<DeviceRecord> {
        let d = self.map.get_mut(id)?;
        d.rec.state = DeviceState::Admitted;
        d.rec.scope = Some(Scope::Full);
        d.rec.full_by = None;
        d.rec.updated = wall;
        d.rec.reason = "redeemed".into();
        d.full_by = None;
        Some(d.rec.clone())
    }

    /// Moves device `id` to `to` (quarantined or removed) for `reason`.
    pub(crate) fn refuse(
        &mut self,
        id: &str,
        to: DeviceState,
        reason: &str,
        wall: UnixMillis,
    ) -> Option<Refused> {
        debug_assert!(matches!(
            to,
            DeviceState::Quarantined | DeviceState::Removed
        ));
        let d = self.map.get_mut(id)?;
        let was = d.rec.state;
        d.rec.state = to;
        d.rec.scope = None;
        d.rec.full_by = None;
        d.full_by = None;
        d.rec.updated = wall;
        d.rec.reason = reason.to_owned();
        Some(Refused {
            was,
            rec: d.rec.clone(),
        })
    }

    /// Devices whose deadline to reach `full` is at or before `now`, by id,
    /// with the reason they are overdue.
    pub(crate) fn overdue(&self, now: Instant) -> Vec<(DeviceId, &'static str)> {
        self.map
            .values()
            .filter(|d| d.full_by.is_some_and(|t| now >= t))
            .map(|d| {
                let reason = match d.rec.state {
                    DeviceState::Approved => "redeem_timeout",
                    _ => "approval_timeout",
                };
                (d.rec.id.clone(), reason)
            })
            .collect()
    }

    /// The earliest deadline to reach `full`.
    pub(crate) fn poll_timeout(&self) -> Option<Instant> {
        self.map.values().filter_map(|d| d.full_by).min()
    }
}

#[cfg(feature = "model-check")]
impl Devices {
    /// TEST ONLY: a canonical rendering for the model checker.
    pub(crate) fn model_fingerprint(&self, t0: Instant, out: &mut String) {
        use std::fmt::Write;
        for d in self.map.values() {
            let _ = write!(
                out,
                "D{:?}/{:?};",
                d.rec,
                d.full_by.map(|t| crate::commissioning::model::ms(t0, t))
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::ids::WindowId;
    use crate::commissioning::policy::DeviceClass;
    use std::time::Duration;

    fn pending(id: &str) -> DeviceRecord {
        DeviceRecord {
            id: id.into(),
            vid: 1,
            pid: 2,
            discriminator: 3,
            class: DeviceClass::High,
            state: DeviceState::Pending,
            scope: Some(Scope::Setup),
            approved_by: None,
            window: WindowId(1),
            full_by: Some(UnixMillis(60_000)),
            updated: UnixMillis(0),
            reason: "pake_ok".into(),
        }
    }

    #[test]
    fn lifecycle_transitions_and_deadline() {
        let now = Instant::now();
        let mut d = Devices::default();
        let by = now + Duration::from_secs(60);
        d.insert_pending(pending("a"), by);
        assert_eq!(d.poll_timeout(), Some(by));
        assert_eq!(
            d.overdue(by),
            vec![(DeviceId::from("a"), "approval_timeout")]
        );
        assert!(d.check_approve("a").is_ok());
        d.approve("a", "u", UnixMillis(1)).expect("known");
        assert_eq!(d.overdue(by), vec![(DeviceId::from("a"), "redeem_timeout")]);
        assert_eq!(
            d.check_approve("a"),
            Err(DeviceActionError::InvalidState(DeviceState::Approved))
        );
        let rec = d.admit("a", UnixMillis(2)).expect("known");
        assert_eq!(
            (rec.state, rec.scope, rec.full_by),
            (DeviceState::Admitted, Some(Scope::Full), None)
        );
        assert_eq!(d.poll_timeout(), None, "no deadline once full");
        let r = d
            .refuse("a", DeviceState::Quarantined, "by_user", UnixMillis(3))
            .expect("known");
        assert_eq!(r.was, DeviceState::Admitted);
        assert_eq!(r.rec.scope, None);
        assert_eq!(
            d.check_refuse("a", DeviceState::Quarantined),
            Err(DeviceActionError::InvalidState(DeviceState::Quarantined))
        );
        assert!(d.check_refuse("a", DeviceState::Removed).is_ok());
        d.refuse("a", DeviceState::Removed, "by_user", UnixMillis(4));
        assert_eq!(
            d.check_refuse("a", DeviceState::Quarantined),
            Err(DeviceActionError::InvalidState(DeviceState::Removed))
        );
        assert_eq!(
            d.check_approve("b"),
            Err(DeviceActionError::NoSuchDevice("b".into()))
        );
    }

    #[test]
    fn restored_deadlines_are_rendered_on_the_monotonic_clock() {
        let now = Instant::now();
        let wall = UnixMillis(30_000);
        let d = Devices::new(now, wall, vec![pending("a")]);
        assert_eq!(d.poll_timeout(), Some(now + Duration::from_secs(30)));
    }
}
