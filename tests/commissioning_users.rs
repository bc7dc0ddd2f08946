//! `Commissioner::revoke_user` on virtual time: who may revoke whom, the
//! audit record of every refusal, and the windows a revoked user opened.

mod common;

use common::*;
use threshold::commissioning::error::RevokeUserError;
use threshold::commissioning::event::{Event, Persist};
use threshold::commissioning::policy::{DeviceClass, Policy, Role};
use threshold::commissioning::WindowId;

#[test]
fn who_may_revoke_whom() {
    let mut sim = Sim::new(Policy::default());
    let (owner, admin, member) = (actor(Role::Owner), actor(Role::Admin), actor(Role::Member));
    let now = sim.now;
    let cases = [
        (&owner, Role::Admin, true),
        (&owner, Role::Member, true),
        (&owner, Role::Guest, true),
        (&owner, Role::Owner, false),
        (&admin, Role::Member, true),
        (&admin, Role::Guest, true),
        (&admin, Role::Admin, false),
        (&admin, Role::Owner, false),
        (&member, Role::Guest, false),
        (&actor(Role::Guest), Role::Guest, false),
    ];
    for (i, (who, target, allowed)) in cases.into_iter().enumerate() {
        let id = format!("u-target{i}");
        let r = sim.core.revoke_user(now, who, &id, Some((target, false)));
        let events = sim.events();
        let audit = events.iter().find_map(|e| match e {
            Event::Audit(a) => Some(a.clone()),
            _ => None,
        });
        let audit = audit.expect("audited");
        assert_eq!(audit.action, "user.revoke");
        assert_eq!(audit.subject, format!("user:{id}"));
        let persisted = events
            .iter()
            .any(|e| matches!(e, Event::Persist(Persist::UserRevoked { id: x, .. }) if *x == id));
        if allowed {
            r.unwrap_or_else(|e| panic!("{who:?} revokes {target}: {e}"));
            assert_eq!(audit.reason, "ok");
            assert!(persisted);
        } else {
            let e = r.expect_err("refused");
            assert!(matches!(e, RevokeUserError::NotPermitted { .. }), "{e}");
            assert_eq!(audit.reason, "not_permitted");
            assert!(!persisted, "a refusal changes nothing");
        }
    }
}

#[test]
fn unknown_self_and_already_revoked_users_are_refused() {
    let mut sim = Sim::new(Policy::default());
    let owner = actor(Role::Owner);
    let now = sim.now;
    let e = sim
        .core
        .revoke_user(now, &owner, "u-nobody", None)
        .expect_err("unknown");
    assert_eq!(e.code(), "no_such_user");
    let e = sim
        .core
        .revoke_user(now, &owner, &owner.user.clone(), Some((Role::Owner, false)))
        .expect_err("self");
    assert_eq!(e.code(), "not_permitted");
    let admin = actor(Role::Admin);
    let e = sim
        .core
        .revoke_user(now, &admin, &admin.user.clone(), Some((Role::Admin, false)))
        .expect_err("self");
    assert_eq!(e.code(), "not_permitted");
    let e = sim
        .core
        .revoke_user(now, &owner, "u-x", Some((Role::Member, true)))
        .expect_err("twice");
    assert_eq!(e.code(), "already_revoked");
    let persisted = sim
        .events()
        .into_iter()
        .any(|e| matches!(e, Event::Persist(_)));
    assert!(!persisted, "refusals change nothing");
}

#[test]
fn a_revoked_users_windows_close() {
    let mut sim = Sim::new(Policy::default());
    let (owner, member) = (actor(Role::Owner), actor(Role::Member));
    let now = sim.now;
    let mine = sim
        .core
        .open_window(now, &member, open_req(1, DeviceClass::Low))
        .expect("open");
    let theirs = sim
        .core
        .open_window(now, &owner, open_req(2, DeviceClass::Low))
        .expect("open");
    sim.events();
    sim.core
        .revoke_user(
            now,
            &owner,
            &member.user.clone(),
            Some((Role::Member, false)),
        )
        .expect("revoke");
    let open: Vec<WindowId> = sim.core.windows().iter().map(|w| w.record.id).collect();
    assert_eq!(open, vec![theirs.record.id]);
    let audits = sim.audits();
    assert!(audits.contains(&("user.revoke".into(), "ok".into())));
    assert!(audits.contains(&("window.close".into(), "revoked".into())));
    let _ = mine;
}
