//! Invites on virtual time (issue 11, item 3): they die with their creator,
//! only owners and admins list or cancel them, and every step is audited.

mod common;

use common::*;
use threshold::audit::{AuditEvent, Outcome};
use threshold::commissioning::error::{EnrollError, InviteAdminError};
use threshold::commissioning::event::{Event, Persist};
use threshold::commissioning::policy::{Policy, Role};

fn audits(sim: &mut Sim) -> Vec<AuditEvent> {
    sim.events()
        .into_iter()
        .filter_map(|e| match e {
            Event::Audit(a) => Some(a),
            _ => None,
        })
        .collect()
}

#[test]
fn revoking_an_admin_cancels_their_pending_invites() {
    let mut sim = Sim::new(Policy::default());
    let (owner, admin) = (actor(Role::Owner), actor(Role::Admin));
    let now = sim.now;
    let (used, _) = sim
        .core
        .create_invite(now, &admin, Role::Member, None)
        .expect("invite");
    let (pending, pending_rec) = sim
        .core
        .create_invite(now, &admin, Role::Guest, None)
        .expect("invite");
    let (owners, owners_rec) = sim
        .core
        .create_invite(now, &owner, Role::Member, None)
        .expect("invite");
    sim.core
        .enroll(now, &used.display, "Bob", "api")
        .expect("redeem before the revocation");
    sim.events();

    sim.core
        .revoke_user(now, &owner, &admin.user, Some((Role::Admin, false)))
        .expect("revoke");
    let events = sim.events();
    let cancelled: Vec<&String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Persist(Persist::CodeCancelled { hash, by, .. }) => {
                assert_eq!(by, &format!("user:{}", owner.user));
                Some(hash)
            }
            _ => None,
        })
        .collect();
    assert_eq!(cancelled, vec![&pending_rec.hash], "only the pending one");
    let cancel_audit: Vec<&AuditEvent> = events
        .iter()
        .filter_map(|e| match e {
            Event::Audit(a) if a.action == "enroll.invite_cancel" => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(cancel_audit.len(), 1);
    assert_eq!(cancel_audit[0].reason, "creator_revoked");
    assert_eq!(
        cancel_audit[0].subject,
        format!("invite:{}", pending_rec.id())
    );
    assert_eq!(cancel_audit[0].actor, format!("user:{}", owner.user));

    // Redeeming the dead invite is refused, and audited.
    let e = sim
        .core
        .enroll(now, &pending.display, "Mallory", "api")
        .expect_err("cancelled");
    assert_eq!(e, EnrollError::Cancelled);
    assert_eq!(e.code(), "code_cancelled");
    let a = audits(&mut sim);
    assert!(
        a.iter().any(|a| a.action == "enroll.redeem"
            && a.outcome == Outcome::Denied
            && a.reason == "code_cancelled"),
        "{a:?}"
    );

    // The owner's invite lives on, and is the only one listed.
    let list = sim.core.list_invites(now, &owner).expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].hash, owners_rec.hash);
    sim.core
        .enroll(now, &owners.display, "Carol", "api")
        .expect("the owner's invite still works");
}

#[test]
fn members_and_guests_cannot_list_or_cancel_invites() {
    let mut sim = Sim::new(Policy::default());
    let owner = actor(Role::Owner);
    let now = sim.now;
    let (_, rec) = sim
        .core
        .create_invite(now, &owner, Role::Member, None)
        .expect("invite");
    sim.events();
    for role in [Role::Member, Role::Guest] {
        let who = actor(role);
        let e = sim.core.list_invites(now, &who).expect_err("list");
        assert!(matches!(e, InviteAdminError::NotPermitted { .. }), "{e}");
        assert_eq!(e.code(), "not_permitted");
        let e = sim
            .core
            .cancel_invite(now, &who, rec.id())
            .expect_err("cancel");
        assert_eq!(e.code(), "not_permitted");
        let a = audits(&mut sim);
        let got: Vec<(&str, Outcome, &str)> = a
            .iter()
            .map(|a| (a.action.as_str(), a.outcome, a.reason.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("enroll.invite_list", Outcome::Denied, "not_permitted"),
                ("enroll.invite_cancel", Outcome::Denied, "not_permitted"),
            ]
        );
        assert!(a.iter().all(|a| a.actor == format!("user:{}", who.user)));
    }
    // Nothing changed: the invite is still pending.
    assert_eq!(sim.core.list_invites(now, &owner).expect("list").len(), 1);
}

#[test]
fn an_admin_cancels_member_invites_but_not_admin_invites() {
    let mut sim = Sim::new(Policy::default());
    let (owner, admin) = (actor(Role::Owner), actor(Role::Admin));
    let now = sim.now;
    let (_, for_admin) = sim
        .core
        .create_invite(now, &owner, Role::Admin, None)
        .expect("invite");
    let (code, for_member) = sim
        .core
        .create_invite(now, &owner, Role::Member, None)
        .expect("invite");
    sim.events();
    let e = sim
        .core
        .cancel_invite(now, &admin, for_admin.id())
        .expect_err("admin invite");
    assert_eq!(e.code(), "not_permitted");
    let rec = sim
        .core
        .cancel_invite(now, &admin, for_member.id())
        .expect("member invite");
    assert_eq!(rec.hash, for_member.hash);
    assert!(rec.cancelled.is_some());
    let events = sim.events();
    assert!(events.iter().any(|e| matches!(e,
        Event::Persist(Persist::CodeCancelled { hash, .. }) if *hash == for_member.hash)));
    assert!(events.iter().any(|e| matches!(e,
        Event::Audit(a) if a.action == "enroll.invite_cancel" && a.reason == "ok")));
    let e = sim
        .core
        .enroll(now, &code.display, "Eve", "api")
        .expect_err("cancelled");
    assert_eq!(e.code(), "code_cancelled");
    let listed: Vec<String> = sim
        .core
        .list_invites(now, &admin)
        .expect("list")
        .into_iter()
        .map(|c| c.hash)
        .collect();
    assert_eq!(listed, vec![for_admin.hash]);
}

#[test]
fn cancel_refuses_unknown_ids_and_a_second_cancel_clearly() {
    let mut sim = Sim::new(Policy::default());
    let owner = actor(Role::Owner);
    let now = sim.now;
    let e = sim
        .core
        .cancel_invite(now, &owner, "0123456789abcdef")
        .expect_err("unknown");
    assert_eq!(e, InviteAdminError::NoSuchInvite("0123456789abcdef".into()));
    assert_eq!(e.code(), "no_such_invite");
    let (code, rec) = sim
        .core
        .create_invite(now, &owner, Role::Member, None)
        .expect("invite");
    sim.core
        .cancel_invite(now, &owner, rec.id())
        .expect("first");
    sim.events();
    let e = sim
        .core
        .cancel_invite(now, &owner, rec.id())
        .expect_err("second");
    assert_eq!(e.code(), "invite_not_pending");
    assert!(matches!(
        e,
        InviteAdminError::NotPending {
            state: "cancelled",
            ..
        }
    ));
    let events = sim.events();
    assert!(
        !events.iter().any(|e| matches!(e, Event::Persist(_))),
        "a refusal changes nothing"
    );
    assert!(
        events.iter().any(|e| matches!(e,
        Event::Audit(a) if a.action == "enroll.invite_cancel" && a.reason == "invite_not_pending"))
    );

    // A redeemed invite, and an expired one, are not pending either.
    let (used, used_rec) = sim
        .core
        .create_invite(now, &owner, Role::Member, None)
        .expect("invite");
    sim.core
        .enroll(now, &used.display, "Bob", "api")
        .expect("redeem");
    let e = sim
        .core
        .cancel_invite(now, &owner, used_rec.id())
        .expect_err("redeemed");
    assert!(matches!(
        e,
        InviteAdminError::NotPending {
            state: "redeemed",
            ..
        }
    ));
    let (_, late) = sim
        .core
        .create_invite(now, &owner, Role::Guest, Some(secs(60)))
        .expect("invite");
    sim.advance(secs(61));
    let e = sim
        .core
        .cancel_invite(sim.now, &owner, late.id())
        .expect_err("expired");
    assert!(matches!(
        e,
        InviteAdminError::NotPending {
            state: "expired",
            ..
        }
    ));
    let _ = code;
}
