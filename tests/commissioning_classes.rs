//! Risk class from policy, not from the opener (issue 11, item 2), on
//! virtual time: a window records the stricter of the device-class
//! policy's class and the class asked; a member cannot lower it; unknown
//! devices are high; the check runs again at `/pair/start` on the attested
//! VID/PID; the audit records name the requested and the recorded class.

mod common;

use common::*;
use serde_json::Value;
use threshold::audit::AuditEvent;
use threshold::commissioning::error::*;
use threshold::commissioning::event::{DeviceState, Event, Persist};
use threshold::commissioning::policy::{
    ClassSource, DeviceClass, DeviceClassRule, DeviceClassTable, Policy, Role, TableOrigin,
};
use threshold::commissioning::token::Scope;
use threshold::commissioning::OpenWindow;

const DISC: u16 = 3840;
/// A TEST ONLY product the policy calls high (the vendor row, added by
/// the Sim, makes the vendor's other products low).
const LOCK_PID: u16 = 0x8123;
/// A vendor no row names.
const UNKNOWN_VID: u16 = 0xFFF2;

fn rule(vid: u16, pid: Option<u16>, class: DeviceClass) -> DeviceClassRule {
    DeviceClassRule { vid, pid, class }
}

/// The default policy with the lock product high (and the test vendor low).
fn policy() -> Policy {
    Policy {
        device_classes: DeviceClassTable::new(
            [
                rule(TEST_VID, None, DeviceClass::Low),
                rule(TEST_VID, Some(LOCK_PID), DeviceClass::High),
            ],
            DeviceClass::High,
        )
        .expect("table"),
        ..Policy::default()
    }
}

/// [`policy`] where members may also open high-risk windows.
fn members_pair_high() -> Policy {
    let mut p = policy();
    p.may_pair[Role::Member as usize] = [true; 3];
    p
}

fn req(vid: u16, pid: u16, class: DeviceClass) -> OpenWindow {
    OpenWindow {
        vid,
        pid,
        ..open_req(DISC, class)
    }
}

fn audit_events(sim: &mut Sim) -> Vec<AuditEvent> {
    sim.events()
        .into_iter()
        .filter_map(|e| match e {
            Event::Audit(a) => Some(a),
            _ => None,
        })
        .collect()
}

fn detail<'a>(a: &'a AuditEvent, key: &str) -> &'a Value {
    &a.details[key]
}

#[test]
fn a_window_records_the_stricter_of_policy_and_request() {
    let mut sim = Sim::new(policy());
    let now = sim.now;
    let owner = actor(Role::Owner);
    // Asked low, the policy says high: high, because of the policy.
    let w = sim
        .core
        .open_window(now, &owner, req(TEST_VID, LOCK_PID, DeviceClass::Low))
        .expect("owner may pair high");
    assert_eq!(w.record.class, DeviceClass::High);
    assert_eq!(w.requested_class, DeviceClass::Low);
    assert_eq!(w.class_source, ClassSource::Policy);
    let a = audit_events(&mut sim);
    let open = a
        .iter()
        .find(|a| a.action == "window.open")
        .expect("audited");
    assert_eq!(open.reason, "ok");
    assert_eq!(detail(open, "class"), "high");
    assert_eq!(detail(open, "requested_class"), "low");
    assert_eq!(detail(open, "policy_class"), "high");
    assert_eq!(detail(open, "policy_match"), "product");
    assert_eq!(detail(open, "class_source"), "policy");
    let listed = sim.core.windows();
    assert_eq!(listed[0].record.class, DeviceClass::High);
    assert_eq!(listed[0].class_source, ClassSource::Policy);
    sim.core
        .close_window(now, &owner, w.record.id)
        .expect("close");

    // Asked stricter than the policy: the request stands.
    for asked in [DeviceClass::Medium, DeviceClass::High] {
        let w = sim
            .core
            .open_window(now, &owner, req(TEST_VID, 0x8001, asked))
            .expect("open");
        assert_eq!(w.record.class, asked);
        assert_eq!(w.class_source, ClassSource::Request);
        sim.core
            .close_window(now, &owner, w.record.id)
            .expect("close");
    }
}

#[test]
fn a_member_cannot_lower_the_class() {
    let mut sim = Sim::new(policy());
    let now = sim.now;
    let member = actor(Role::Member);
    let err = sim
        .core
        .open_window(now, &member, req(TEST_VID, LOCK_PID, DeviceClass::Low))
        .expect_err("members may not pair high");
    assert_eq!(
        err,
        OpenWindowError::NotPermitted {
            role: Role::Member,
            class: DeviceClass::High,
            requested: DeviceClass::Low,
            class_source: ClassSource::Policy,
        }
    );
    assert_eq!(err.code(), "role_not_permitted");
    let msg = err.to_string();
    assert!(msg.contains("asked low") && msg.contains("policy"), "{msg}");
    let a = audit_events(&mut sim);
    let denied = a
        .iter()
        .find(|a| a.action == "window.open")
        .expect("audited");
    assert_eq!(denied.reason, "role_not_permitted");
    assert_eq!(detail(denied, "class"), "high");
    assert_eq!(detail(denied, "requested_class"), "low");
    assert_eq!(detail(denied, "role"), "member");
    assert!(sim.core.windows().is_empty());
    // The same member still pairs the vendor's low products.
    sim.core
        .open_window(now, &member, req(TEST_VID, 0x8001, DeviceClass::Low))
        .expect("low product");
}

#[test]
fn a_member_allowed_high_gets_a_high_window_and_the_device_waits_for_approval() {
    let mut sim = Sim::new(members_pair_high());
    let now = sim.now;
    let w = sim
        .core
        .open_window(
            now,
            &actor(Role::Member),
            req(TEST_VID, LOCK_PID, DeviceClass::Low),
        )
        .expect("members may pair high here");
    assert_eq!(w.record.class, DeviceClass::High);
    let t = sim
        .core
        .start_pake(now, "dac-lock", DISC, TEST_VID, LOCK_PID)
        .expect("start");
    let key = device_key();
    let setup = sim.core.pake_succeeded(now, t, &key).expect("admit");
    let id = key.fingerprint();
    assert_eq!(
        sim.core.device(&id).map(|d| d.class),
        Some(DeviceClass::High)
    );
    let admit = audit_events(&mut sim)
        .into_iter()
        .find(|a| a.action == "pake.admit")
        .expect("audited");
    assert_eq!(detail(&admit, "needs_approval"), &Value::Bool(true));
    assert_eq!(
        sim.core.redeem(now, &setup.token, &key),
        Err(RedeemError::NotApproved(id.clone()))
    );
    sim.core
        .approve(now, &actor(Role::Admin), &id)
        .expect("approve");
    let full = sim.core.redeem(now, &setup.token, &key).expect("redeem");
    assert_eq!(full.claims.scope, Scope::Full);
}

#[test]
fn unknown_devices_are_high_by_default_and_as_configured() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let w = sim
        .core
        .open_window(
            now,
            &actor(Role::Admin),
            req(UNKNOWN_VID, 1, DeviceClass::Low),
        )
        .expect("admins may pair high");
    assert_eq!(w.record.class, DeviceClass::High);
    assert_eq!(w.class_source, ClassSource::Policy);
    let open = audit_events(&mut sim)
        .into_iter()
        .find(|a| a.action == "window.open")
        .expect("audited");
    assert_eq!(detail(&open, "policy_match"), "unknown");
    let err = sim
        .core
        .open_window(
            now,
            &actor(Role::Member),
            OpenWindow {
                discriminator: DISC + 1,
                ..req(UNKNOWN_VID, 2, DeviceClass::Medium)
            },
        )
        .expect_err("unknown is high");
    assert!(matches!(
        err,
        OpenWindowError::NotPermitted {
            class: DeviceClass::High,
            ..
        }
    ));

    // A hub that trusts unknown devices more says so in its policy.
    let p = Policy {
        device_classes: DeviceClassTable::new([], DeviceClass::Medium).expect("table"),
        ..Policy::default()
    };
    let mut sim = Sim::new(p);
    let now = sim.now;
    let w = sim
        .core
        .open_window(
            now,
            &actor(Role::Member),
            req(UNKNOWN_VID, 1, DeviceClass::Low),
        )
        .expect("medium");
    assert_eq!(w.record.class, DeviceClass::Medium);
}

#[test]
fn the_class_check_runs_again_at_pake_start_on_the_attested_vid_pid() {
    let mut sim = Sim::new(policy());
    let now = sim.now;
    let member = actor(Role::Member);
    let w = sim
        .core
        .open_window(now, &member, req(TEST_VID, 0x8001, DeviceClass::Low))
        .expect("low");
    assert_eq!(w.record.class, DeviceClass::Low);
    let id = w.record.id;
    // The policy changes while the window is open: the product is high now.
    let table = DeviceClassTable::new(
        [
            rule(TEST_VID, None, DeviceClass::Low),
            rule(TEST_VID, Some(0x8001), DeviceClass::High),
        ],
        DeviceClass::High,
    )
    .expect("table");
    assert_eq!(
        sim.core
            .set_device_classes(now, &member, Some(table.clone()))
            .expect_err("members may not change it"),
        DeviceClassesError::NotPermittedToChange(Role::Member)
    );
    sim.core
        .set_device_classes(now, &actor(Role::Owner), Some(table))
        .expect("owner");
    sim.events();
    // The window keeps its class until the device attests...
    assert_eq!(sim.core.windows()[0].record.class, DeviceClass::Low);
    let t = sim
        .core
        .start_pake(now, "dac-1", DISC, TEST_VID, 0x8001)
        .expect("start");
    // ...then it is raised, persisted and audited.
    let info = &sim.core.windows()[0];
    assert_eq!(info.record.class, DeviceClass::High);
    assert_eq!(info.requested_class, DeviceClass::Low);
    assert_eq!(info.class_source, ClassSource::Attestation);
    let events = sim.events();
    assert!(events.contains(&Event::Persist(Persist::WindowClass {
        id,
        class: DeviceClass::High
    })));
    let raised = events
        .iter()
        .find_map(|e| match e {
            Event::Audit(a) if a.action == "window.class" => Some(a.clone()),
            _ => None,
        })
        .expect("window.class audited");
    assert_eq!(raised.subject, format!("window:{id}"));
    assert_eq!(detail(&raised, "was"), "low");
    assert_eq!(detail(&raised, "class"), "high");
    assert_eq!(detail(&raised, "requested_class"), "low");
    assert_eq!(detail(&raised, "device"), "dac-1");
    assert_eq!(detail(&raised, "needs_approval"), &Value::Bool(true));
    // The device now needs an approval, though a member opened the window
    // as low.
    let key = device_key();
    let setup = sim.core.pake_succeeded(now, t, &key).expect("admit");
    let dev = key.fingerprint();
    assert_eq!(
        sim.core.device(&dev).map(|d| (d.class, d.state)),
        Some((DeviceClass::High, DeviceState::Pending))
    );
    assert_eq!(
        sim.core.redeem(now, &setup.token, &key),
        Err(RedeemError::NotApproved(dev.clone()))
    );
    sim.core
        .approve(now, &actor(Role::Owner), &dev)
        .expect("approve");
    sim.core.redeem(now, &setup.token, &key).expect("redeem");
}

#[test]
fn a_class_raised_past_the_openers_role_needs_an_approval() {
    // Members may pair low only; the product becomes medium while the
    // member's low window is open.
    let mut p = policy();
    p.may_pair[Role::Member as usize] = [true, false, false];
    let mut sim = Sim::new(p);
    let now = sim.now;
    sim.core
        .open_window(
            now,
            &actor(Role::Member),
            req(TEST_VID, 0x8001, DeviceClass::Low),
        )
        .expect("low");
    let table = DeviceClassTable::new(
        [rule(TEST_VID, Some(0x8001), DeviceClass::Medium)],
        DeviceClass::High,
    )
    .expect("table");
    sim.core
        .set_device_classes(now, &actor(Role::Admin), Some(table))
        .expect("admin");
    let t = sim
        .core
        .start_pake(now, "dac-1", DISC, TEST_VID, 0x8001)
        .expect("start");
    let key = device_key();
    let setup = sim.core.pake_succeeded(now, t, &key).expect("admit");
    let dev = key.fingerprint();
    assert_eq!(
        sim.core.redeem(now, &setup.token, &key),
        Err(RedeemError::NotApproved(dev.clone())),
        "a medium device in a window only a low-pairing member opened"
    );
    sim.core
        .approve(now, &actor(Role::Admin), &dev)
        .expect("approve");
    sim.core.redeem(now, &setup.token, &key).expect("redeem");
}

#[test]
fn the_recheck_never_lowers_and_the_vid_pid_rule_stays() {
    let mut sim = Sim::new(policy());
    let now = sim.now;
    let owner = actor(Role::Owner);
    sim.core
        .open_window(now, &owner, req(TEST_VID, 0x8001, DeviceClass::High))
        .expect("open");
    // A device attesting as another product is refused, the window
    // unchanged.
    let err = sim
        .core
        .start_pake(now, "dac-x", DISC, TEST_VID, LOCK_PID)
        .expect_err("VID/PID differ");
    assert!(
        matches!(err, StartPakeError::VidPidMismatch { .. }),
        "{err}"
    );
    // The right device: the policy says low, the window stays high.
    sim.core
        .start_pake(now, "dac-1", DISC, TEST_VID, 0x8001)
        .expect("start");
    let w = &sim.core.windows()[0];
    assert_eq!(w.record.class, DeviceClass::High);
    assert_eq!(w.class_source, ClassSource::Request);
    assert!(!sim
        .audits()
        .iter()
        .any(|(action, _)| action == "window.class"));
}

#[test]
fn only_guests_are_refused_the_device_class_policy() {
    let mut sim = Sim::new(policy());
    let now = sim.now;
    for role in [Role::Owner, Role::Admin, Role::Member] {
        let t = sim
            .core
            .device_classes(now, &actor(role))
            .expect("may read");
        assert_eq!(t, (policy().device_classes, TableOrigin::Config));
    }
    assert_eq!(
        sim.core.device_classes(now, &actor(Role::Guest)),
        Err(DeviceClassesError::NotPermitted(Role::Guest))
    );
    assert_eq!(
        sim.audits(),
        vec![("policy.device_classes".into(), "not_permitted".into())]
    );
}

#[test]
fn a_table_set_by_an_admin_is_persisted_replaces_the_configs_and_can_be_reset() {
    let mut sim = Sim::new(policy());
    let now = sim.now;
    let admin = actor(Role::Admin);
    let table = DeviceClassTable::new(
        [rule(TEST_VID, None, DeviceClass::Medium)],
        DeviceClass::Low,
    )
    .expect("table");
    let set = sim
        .core
        .set_device_classes(now, &admin, Some(table.clone()))
        .expect("admin");
    assert_eq!(set, (table.clone(), TableOrigin::Api));
    let events = sim.events();
    assert!(events.contains(&Event::Persist(Persist::DeviceClasses(Some(table.clone())))));
    let audit = events
        .iter()
        .find_map(|e| match e {
            Event::Audit(a) if a.action == "policy.device_classes" => Some(a.clone()),
            _ => None,
        })
        .expect("audited");
    assert_eq!(audit.reason, "ok");
    assert_eq!(audit.actor, "user:u-admin");
    assert_eq!(detail(&audit, "origin"), "api");
    assert_eq!(detail(&audit, "unknown_device_class"), "low");
    assert_eq!(
        detail(&audit, "device_classes"),
        &serde_json::json!([{"vid": TEST_VID, "class": "medium"}])
    );
    // New windows follow it at once.
    let w = sim
        .core
        .open_window(
            now,
            &actor(Role::Member),
            req(TEST_VID, 1, DeviceClass::Low),
        )
        .expect("medium");
    assert_eq!(w.record.class, DeviceClass::Medium);

    // After a restart, the stored table (from the store's snapshot) is in
    // force, not the configuration's.
    let snapshot = threshold::commissioning::Snapshot {
        device_classes: Some(table.clone()),
        ..Default::default()
    };
    let hub = threshold::commissioning::token::HubKey::generate(&ring::rand::SystemRandom::new())
        .expect("hub key");
    let mut sim = Sim::with_hub(policy(), hub, snapshot);
    let now = sim.now;
    assert_eq!(
        sim.core.device_classes(now, &actor(Role::Member)),
        Ok((table, TableOrigin::Api))
    );
    // Reset: the configuration's table is back, and the stored one dropped.
    let reset = sim
        .core
        .set_device_classes(now, &actor(Role::Owner), None)
        .expect("owner");
    assert_eq!(reset, (policy().device_classes, TableOrigin::Config));
    assert!(sim
        .events()
        .contains(&Event::Persist(Persist::DeviceClasses(None))));
    assert_eq!(
        sim.core.set_device_classes(now, &actor(Role::Guest), None),
        Err(DeviceClassesError::NotPermittedToChange(Role::Guest))
    );
    assert_eq!(
        sim.audits(),
        vec![("policy.device_classes".into(), "not_permitted".into())]
    );
}
