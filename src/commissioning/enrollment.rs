//! Enrollment: the one-time owner bootstrap code, invites, and who may
//! invite or revoke whom.
//!
//! [`Enrollment`] guarantees: only hashes of codes are kept; a code is
//! used at most once; at most one unused bootstrap code exists (a new one
//! supersedes the old); a code is looked up by comparing its hash against
//! every code without early exit; used and expired codes are remembered for
//! [`CODE_MEMORY`] so a late user hears "already used" / "expired" rather
//! than "unknown"; a cancelled invite is never redeemed, and its creator's
//! revocation cancels every invite they issued and nobody used yet
//! ([`Enrollment::cancel_created_by`]). The core keeps no user table: only
//! whether any user exists. Events and the anomaly lock are the
//! [`crate::commissioning::Commissioner`]'s job.

use std::time::Duration;

use crate::commissioning::codes::{self, NewCode};
use crate::commissioning::error::{EnrollError, InviteAdminError};
use crate::commissioning::event::{CodeKind, CodeRecord, UserRecord};
use crate::commissioning::policy::Role;
use crate::commissioning::rng::{RandomSource, RngError};
use crate::time::UnixMillis;

/// How long used or expired enrollment codes are remembered (by the core,
/// and in the snapshot the store reads back after a restart).
pub const CODE_MEMORY: Duration = Duration::from_secs(24 * 3600);

/// Whether a user with role `actor` may invite, or revoke, a user with
/// role `target`: owners manage everyone but owners, admins manage members
/// and guests, nobody else manages anyone.
pub(crate) fn may_manage(actor: Role, target: Role) -> bool {
    match actor {
        Role::Owner => target != Role::Owner,
        Role::Admin => matches!(target, Role::Member | Role::Guest),
        _ => false,
    }
}

/// Whether a user with role `actor` may list pending invites: owners and
/// admins.
pub(crate) fn may_list_invites(actor: Role) -> bool {
    crate::commissioning::policy::Policy::may(
        actor,
        crate::commissioning::policy::Action::ListInvites,
    )
}

/// Whether a user with role `actor` may cancel an invite for `invited`:
/// whoever may invite that role (so an admin cancels the owner's member
/// invites, never an admin invite).
pub(crate) fn may_cancel_invite(actor: Role, invited: Role) -> bool {
    may_manage(actor, invited)
}

/// A redeemed code: the user it created.
#[derive(Debug)]
pub(crate) struct Redeemed {
    pub(crate) user: UserRecord,
    pub(crate) hash: String,
    pub(crate) kind: CodeKind,
}

/// Live and recently used or expired codes, and whether any user exists.
#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Enrollment {
    codes: Vec<CodeRecord>,
    users_exist: bool,
}

impl Enrollment {
    pub(crate) fn new(codes: Vec<CodeRecord>, users_exist: bool) -> Self {
        Enrollment { codes, users_exist }
    }

    pub(crate) fn users_exist(&self) -> bool {
        self.users_exist
    }

    /// Marks every unused bootstrap code used at `wall`; returns their
    /// hashes.
    pub(crate) fn supersede_bootstrap(&mut self, wall: UnixMillis) -> Vec<String> {
        self.codes
            .iter_mut()
            .filter(|c| c.kind == CodeKind::Bootstrap && c.used.is_none())
            .map(|c| {
                c.used = Some(wall);
                c.hash.clone()
            })
            .collect()
    }

    /// Creates a code of `kind` for `role`, valid `ttl` from `wall`.
    pub(crate) fn create(
        &mut self,
        rng: &mut dyn RandomSource,
        kind: CodeKind,
        role: Role,
        created_by: &str,
        wall: UnixMillis,
        ttl: Duration,
    ) -> Result<(NewCode, CodeRecord), RngError> {
        let code = codes::generate(rng)?;
        let rec = CodeRecord {
            hash: code.hash.clone(),
            kind,
            role,
            created_by: created_by.to_owned(),
            created: wall,
            expires: wall.saturating_add(ttl),
            used: None,
            cancelled: None,
        };
        self.codes.push(rec.clone());
        Ok((code, rec))
    }

    /// Finds the live code `code` and checks `name`; returns its index for
    /// [`Enrollment::redeem`].
    pub(crate) fn check(
        &self,
        wall: UnixMillis,
        code: &str,
        name: &str,
    ) -> Result<usize, EnrollError> {
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
        if c.cancelled.is_some() {
            return Err(EnrollError::Cancelled);
        }
        if c.used.is_some() {
            return Err(EnrollError::AlreadyUsed);
        }
        if wall >= c.expires {
            return Err(EnrollError::Expired(c.expires));
        }
        Ok(i)
    }

    /// Uses code `idx` (from [`Enrollment::check`]) to create user `name`.
    pub(crate) fn redeem(
        &mut self,
        rng: &mut dyn RandomSource,
        idx: usize,
        name: &str,
        wall: UnixMillis,
    ) -> Result<Redeemed, EnrollError> {
        let mut raw = [0u8; 8];
        rng.fill(&mut raw).map_err(|_| EnrollError::Rng)?;
        let c = &mut self.codes[idx];
        let user = UserRecord {
            id: format!("u-{}", hex::encode(raw)),
            name: name.to_owned(),
            role: c.role,
            created: wall,
        };
        c.used = Some(wall);
        self.users_exist = true;
        Ok(Redeemed {
            user,
            hash: c.hash.clone(),
            kind: c.kind,
        })
    }

    /// Invites not used, not cancelled and not expired at `wall`, oldest
    /// first.
    pub(crate) fn pending_invites(&self, wall: UnixMillis) -> Vec<CodeRecord> {
        self.codes
            .iter()
            .filter(|c| c.is_pending_invite(wall))
            .cloned()
            .collect()
    }

    /// The index of the invite named `id` ([`CodeRecord::id`]), used or
    /// not; `None` when no invite, or more than one, has this id.
    fn find_invite(&self, id: &str) -> Option<usize> {
        let mut found = self
            .codes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == CodeKind::Invite && c.id() == id)
            .map(|(i, _)| i);
        match (found.next(), found.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// A user of role `actor` cancels the invite named `id` at `wall`:
    /// owners and admins only ([`may_list_invites`]), and only invites
    /// they may issue ([`may_cancel_invite`]); the invite must be pending.
    /// Returns it as cancelled.
    pub(crate) fn cancel(
        &mut self,
        actor: Role,
        id: &str,
        wall: UnixMillis,
    ) -> Result<CodeRecord, InviteAdminError> {
        if !may_list_invites(actor) {
            return Err(InviteAdminError::NotPermitted {
                role: actor,
                what: "cancel invites".into(),
            });
        }
        let i = self
            .find_invite(id)
            .ok_or_else(|| InviteAdminError::NoSuchInvite(id.to_owned()))?;
        let c = &mut self.codes[i];
        if !may_cancel_invite(actor, c.role) {
            return Err(InviteAdminError::NotPermitted {
                role: actor,
                what: format!("cancel an invite for a {}", c.role),
            });
        }
        let state = if c.cancelled.is_some() {
            Some("cancelled")
        } else if c.used.is_some() {
            Some("redeemed")
        } else if wall >= c.expires {
            Some("expired")
        } else {
            None
        };
        if let Some(state) = state {
            return Err(InviteAdminError::NotPending {
                id: id.to_owned(),
                state,
            });
        }
        c.cancelled = Some(wall);
        Ok(c.clone())
    }

    /// Cancels every pending invite `user` created; returns them.
    pub(crate) fn cancel_created_by(&mut self, user: &str, wall: UnixMillis) -> Vec<CodeRecord> {
        self.codes
            .iter_mut()
            .filter(|c| c.created_by == user && c.is_pending_invite(wall))
            .map(|c| {
                c.cancelled = Some(wall);
                c.clone()
            })
            .collect()
    }

    /// Forgets the codes that expired more than [`CODE_MEMORY`] before
    /// `wall`.
    pub(crate) fn expire(&mut self, wall: UnixMillis) {
        self.codes
            .retain(|c| c.expires.saturating_add(CODE_MEMORY) > wall);
    }
}

#[cfg(feature = "model-check")]
impl Enrollment {
    /// TEST ONLY: a canonical rendering for the model checker.
    pub(crate) fn model_fingerprint(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "E{:?}/{};", self.codes, self.users_exist);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::rng::SeededRandom;

    #[test]
    fn a_code_is_used_once_and_remembered_for_a_day() {
        let mut rng = SeededRandom::new(1);
        let mut e = Enrollment::new(Vec::new(), false);
        let wall = UnixMillis(1_000);
        let ttl = Duration::from_secs(600);
        let (code, rec) = e
            .create(&mut rng, CodeKind::Invite, Role::Member, "u-1", wall, ttl)
            .expect("rng");
        assert_eq!(rec.expires, wall.saturating_add(ttl));
        assert_eq!(
            e.check(wall, &code.display, " "),
            Err(EnrollError::InvalidName)
        );
        assert_eq!(e.check(wall, "nope", "Bob"), Err(EnrollError::Malformed));
        let i = e.check(wall, &code.display, "Bob").expect("live");
        let r = e.redeem(&mut rng, i, "Bob", wall).expect("rng");
        assert_eq!((r.user.role, r.kind), (Role::Member, CodeKind::Invite));
        assert!(e.users_exist());
        assert_eq!(
            e.check(wall, &code.display, "Eve"),
            Err(EnrollError::AlreadyUsed)
        );
        e.expire(rec.expires.saturating_add(CODE_MEMORY));
        assert_eq!(
            e.check(wall, &code.display, "Eve"),
            Err(EnrollError::UnknownCode)
        );
    }

    #[test]
    fn a_new_bootstrap_code_supersedes_the_unused_one() {
        let mut rng = SeededRandom::new(2);
        let mut e = Enrollment::new(Vec::new(), false);
        let ttl = Duration::from_secs(600);
        let (old, _) = e
            .create(
                &mut rng,
                CodeKind::Bootstrap,
                Role::Owner,
                "system",
                UnixMillis(0),
                ttl,
            )
            .expect("rng");
        assert_eq!(e.supersede_bootstrap(UnixMillis(5)), vec![old.hash.clone()]);
        assert!(e.supersede_bootstrap(UnixMillis(6)).is_empty());
        assert_eq!(
            e.check(UnixMillis(7), &old.display, "A"),
            Err(EnrollError::AlreadyUsed)
        );
        let wall = UnixMillis(0).saturating_add(ttl);
        let (c, _) = e
            .create(
                &mut rng,
                CodeKind::Bootstrap,
                Role::Owner,
                "system",
                UnixMillis(0),
                ttl,
            )
            .expect("rng");
        assert_eq!(
            e.check(wall, &c.display, "A"),
            Err(EnrollError::Expired(wall))
        );
    }

    #[test]
    fn a_cancelled_invite_is_never_redeemed_and_its_id_hides_the_code() {
        let mut rng = SeededRandom::new(3);
        let mut e = Enrollment::new(Vec::new(), true);
        let wall = UnixMillis(1_000);
        let ttl = Duration::from_secs(600);
        let mk = |e: &mut Enrollment, rng: &mut SeededRandom, by: &str| {
            e.create(rng, CodeKind::Invite, Role::Member, by, wall, ttl)
                .expect("rng")
        };
        let (a, ra) = mk(&mut e, &mut rng, "u-admin");
        let (b, rb) = mk(&mut e, &mut rng, "u-admin");
        let (c, rc) = mk(&mut e, &mut rng, "u-owner");
        assert_eq!(ra.id().len(), crate::commissioning::event::INVITE_ID_LEN);
        assert!(!a.display.contains(ra.id()) && rb.hash.starts_with(rb.id()));
        assert_eq!(
            e.find_invite(ra.id()).map(|i| &e.codes[i].hash),
            Some(&ra.hash)
        );
        assert!(e.find_invite("0000000000000000").is_none());
        assert_eq!(e.pending_invites(wall).len(), 3);

        // Redeem b: it is no longer pending and cannot be cancelled.
        let i = e.check(wall, &b.display, "Bob").expect("live");
        e.redeem(&mut rng, i, "Bob", wall).expect("rng");
        // The admin's remaining invite (a) dies with them; the owner's stays.
        let gone = e.cancel_created_by("u-admin", wall);
        assert_eq!(
            gone.iter().map(|r| r.hash.as_str()).collect::<Vec<_>>(),
            vec![ra.hash.as_str()]
        );
        assert_eq!(gone[0].cancelled, Some(wall));
        assert_eq!(
            e.check(wall, &a.display, "Eve"),
            Err(EnrollError::Cancelled)
        );
        let owner = Role::Owner;
        assert!(matches!(
            e.cancel(owner, ra.id(), wall),
            Err(InviteAdminError::NotPending {
                state: "cancelled",
                ..
            })
        ));
        assert!(matches!(
            e.cancel(owner, rb.id(), wall),
            Err(InviteAdminError::NotPending {
                state: "redeemed",
                ..
            })
        ));
        assert_eq!(
            e.cancel(owner, "0000000000000000", wall),
            Err(InviteAdminError::NoSuchInvite("0000000000000000".into()))
        );
        assert!(matches!(
            e.cancel(Role::Member, rc.id(), wall),
            Err(InviteAdminError::NotPermitted { .. })
        ));
        assert_eq!(
            e.pending_invites(wall)
                .iter()
                .map(|r| r.hash.as_str())
                .collect::<Vec<_>>(),
            vec![rc.hash.as_str()]
        );
        assert_eq!(
            e.cancel(Role::Admin, rc.id(), wall).map(|r| r.cancelled),
            Ok(Some(wall))
        );
        assert_eq!(
            e.check(wall, &c.display, "Eve"),
            Err(EnrollError::Cancelled)
        );
        assert!(e.pending_invites(wall).is_empty());
    }

    #[test]
    fn only_owners_and_admins_list_and_cancel_invites() {
        use Role::*;
        for r in [Owner, Admin] {
            assert!(may_list_invites(r));
        }
        for r in [Member, Guest] {
            assert!(!may_list_invites(r));
            assert!(!may_cancel_invite(r, Guest));
        }
        assert!(may_cancel_invite(Owner, Admin));
        assert!(may_cancel_invite(Admin, Member));
        assert!(!may_cancel_invite(Admin, Admin));
    }

    #[test]
    fn who_manages_whom() {
        use Role::*;
        for (actor, target, ok) in [
            (Owner, Owner, false),
            (Owner, Admin, true),
            (Owner, Guest, true),
            (Admin, Admin, false),
            (Admin, Member, true),
            (Admin, Guest, true),
            (Member, Guest, false),
            (Guest, Guest, false),
        ] {
            assert_eq!(may_manage(actor, target), ok, "{actor:?} -> {target:?}");
        }
    }
}
