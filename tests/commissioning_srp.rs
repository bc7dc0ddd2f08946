//! The core's SRP decisions on virtual time (docs/thread.md, "SRP server and
//! advertising proxy"): who may bind a host, to which device; what is
//! published, held, withdrawn and audited; what a restart keeps.

mod common;
use common::{actor, Sim, T0_WALL};

use threshold::commissioning::event::{DeviceRecord, DeviceState, Event, Persist, Service};
use threshold::commissioning::policy::{DeviceClass, Policy, Role};
use threshold::commissioning::srp::{SrpHost, SrpService};
use threshold::commissioning::token::{HubKey, Scope};
use threshold::commissioning::{DeviceId, Snapshot, WindowId};

fn device(id: &str, state: DeviceState, scope: Option<Scope>) -> DeviceRecord {
    DeviceRecord {
        id: id.into(),
        vid: common::TEST_VID,
        pid: 0x8001,
        discriminator: 3840,
        class: DeviceClass::Low,
        state,
        scope,
        approved_by: None,
        window: WindowId(1),
        full_by: None,
        updated: T0_WALL,
        reason: "redeemed".into(),
    }
}

fn host(name: &str) -> SrpHost {
    SrpHost {
        name: name.into(),
        addresses: vec!["fd00:77::99".parse().unwrap()],
        services: vec![SrpService {
            instance: "Lamp".into(),
            service_type: "_thlamp._udp".into(),
            port: 5683,
            txt: vec![("md".into(), "Lamp".into())],
        }],
        lease_secs: 7200,
        renewals: 0,
        key: Some("aa".repeat(32)),
    }
}

fn sim(bindings: Vec<(String, DeviceId)>) -> Sim {
    let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
    let snapshot = Snapshot {
        devices: vec![
            device("full", DeviceState::Admitted, Some(Scope::Full)),
            device("pending", DeviceState::Pending, Some(Scope::Setup)),
        ],
        srp_bindings: bindings,
        ..Snapshot::default()
    };
    Sim::with_hub(Policy::default(), hub, snapshot)
}

/// The SRP publications among `events`: (device, number of services).
fn published(events: &[Event]) -> Vec<(String, usize)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Srp(p) => Some((p.device.as_str().to_owned(), p.services.len())),
            _ => None,
        })
        .collect()
}

fn audits<'a>(events: &'a [Event], action: &str) -> Vec<&'a threshold::audit::AuditEvent> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Audit(a) if a.action == action => Some(a),
            _ => None,
        })
        .collect()
}

#[test]
fn a_host_is_held_until_an_owner_binds_it_to_a_device_at_full() {
    let mut s = sim(Vec::new());
    let now = s.now;
    s.core.srp_hosts(now, vec![host("node2")]);
    let ev = s.events();
    assert!(published(&ev).is_empty(), "{ev:?}");
    let pending = audits(&ev, "thread.srp_pending");
    assert_eq!(pending.len(), 1);
    assert_eq!(
        (pending[0].subject.as_str(), pending[0].reason.as_str()),
        ("srp:node2", "unknown_host")
    );
    // The same table again: audited once per host.
    s.core.srp_hosts(now, vec![host("node2")]);
    assert!(audits(&s.events(), "thread.srp_pending").is_empty());
    assert_eq!(s.core.srp_registrations()[0].state, "pending");

    // A member may not bind; nor may anyone bind to a device short of
    // admission or to none: each refusal audited, nothing published.
    for (who, dev, code) in [
        (Role::Member, "full", "not_permitted"),
        (Role::Owner, "pending", "invalid_state"),
        (Role::Owner, "nobody", "no_such_device"),
    ] {
        let e = s
            .core
            .srp_bind(now, &actor(who), "node2", dev)
            .expect_err("refused");
        assert_eq!(e.code(), code);
        let ev = s.events();
        assert!(published(&ev).is_empty());
        assert!(!ev.iter().any(|e| matches!(e, Event::Persist(_))));
        let b = audits(&ev, "thread.srp_bind");
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].reason, code);
    }

    // An admin binds it (the name as the node registered it): persisted,
    // published, audited.
    s.core
        .srp_bind(
            now,
            &actor(Role::Admin),
            "Node2.default.service.arpa.",
            "full",
        )
        .expect("bound");
    let ev = s.events();
    assert!(ev.iter().any(|e| matches!(
        e,
        Event::Persist(Persist::SrpBound { host, device, .. })
            if host == "node2" && device.as_str() == "full"
    )));
    assert_eq!(published(&ev), vec![("full".to_owned(), 1)]);
    assert_eq!(audits(&ev, "thread.srp_publish").len(), 1);
    let r = &s.core.srp_registrations()[0];
    assert_eq!(
        (r.state.as_str(), r.device.as_deref()),
        ("published", Some("full"))
    );

    // Quarantine: the device's Withdraw takes its services off the LAN
    // (the publisher drops everything it had); the host is held.
    s.core
        .quarantine(now, &actor(Role::Owner), "full")
        .expect("quarantined");
    let ev = s.events();
    assert!(ev.iter().any(|e| matches!(
        e,
        Event::Withdraw(Service::Device { id }) if id.as_str() == "full"
    )));
    assert!(published(&ev).is_empty(), "no second withdrawal: {ev:?}");
    assert_eq!(s.core.srp_registrations()[0].state, "held");
    // A renewal while quarantined publishes nothing.
    let mut renewed = host("node2");
    renewed.renewals = 1;
    s.core.srp_hosts(now, vec![renewed]);
    assert!(published(&s.events()).is_empty());

    // Removal drops the binding (persisted): the host is pending again.
    s.core
        .remove(now, &actor(Role::Owner), "full")
        .expect("removed");
    let ev = s.events();
    assert!(ev.iter().any(|e| matches!(
        e,
        Event::Persist(Persist::SrpUnbound { device }) if device.as_str() == "full"
    )));
    assert_eq!(s.core.srp_registrations()[0].state, "pending");
}

#[test]
fn a_restart_keeps_the_bindings_and_a_renewal_publishes_again() {
    let mut s = sim(vec![("node2".into(), "full".into())]);
    let now = s.now;
    s.core.srp_hosts(now, vec![host("node2")]);
    let ev = s.events();
    assert_eq!(published(&ev), vec![("full".to_owned(), 1)]);
    assert!(audits(&ev, "thread.srp_pending").is_empty());
    // A renewal publishes again (a new lease on the LAN).
    let mut renewed = host("node2");
    renewed.renewals = 1;
    s.core.srp_hosts(now, vec![renewed]);
    assert_eq!(published(&s.events()), vec![("full".to_owned(), 1)]);
    // The host leaves the table (lease expired): withdrawn.
    s.core.srp_hosts(now, Vec::new());
    let ev = s.events();
    assert_eq!(published(&ev), vec![("full".to_owned(), 0)]);
    assert_eq!(audits(&ev, "thread.srp_publish")[0].reason, "withdrawn");
}

#[test]
fn the_first_published_key_is_pinned_persisted_and_enforced_after_a_restart() {
    let mut s = sim(vec![("node2".into(), "full".into())]);
    let now = s.now;
    s.core.srp_hosts(now, vec![host("node2")]);
    let ev = s.events();
    assert_eq!(published(&ev), vec![("full".to_owned(), 1)]);
    let pinned: Vec<_> = ev
        .iter()
        .filter_map(|e| match e {
            Event::Persist(Persist::SrpKeyPinned { host, key }) => {
                Some((host.clone(), key.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(pinned, vec![("node2".to_owned(), "aa".repeat(32))]);

    // After a restart (the pin restored from the store), another node
    // registering the name first is refused and audited; nothing reaches
    // the LAN for it.
    let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
    let mut r = Sim::with_hub(
        Policy::default(),
        hub,
        Snapshot {
            devices: vec![device("full", DeviceState::Admitted, Some(Scope::Full))],
            srp_bindings: vec![("node2".into(), "full".into())],
            srp_pins: pinned,
            ..Snapshot::default()
        },
    );
    let now = r.now;
    r.events();
    let mut impostor = host("node2");
    impostor.key = Some("bb".repeat(32));
    r.core.srp_hosts(now, vec![impostor]);
    let ev = r.events();
    assert!(published(&ev).is_empty(), "{ev:?}");
    let refused = audits(&ev, "thread.srp_refused");
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].reason, "key_mismatch");
    assert_eq!(refused[0].subject, "device:full");
    assert_eq!(refused[0].details["key_sha256"], "bb".repeat(32));
    assert_eq!(r.core.srp_registrations()[0].state, "refused");
    // The device's own node registers again: published.
    r.core.srp_hosts(now, vec![host("node2")]);
    assert_eq!(published(&r.events()), vec![("full".to_owned(), 1)]);
}

#[test]
fn a_pairing_device_binds_its_own_host_but_cannot_take_another_ones() {
    let mut s = sim(vec![("taken".into(), "pending".into())]);
    let now = s.now;
    s.core.srp_claim(now, "full", "lamp");
    let ev = s.events();
    let b = audits(&ev, "thread.srp_bind");
    assert_eq!(b.len(), 1);
    assert_eq!(
        (b[0].actor.as_str(), b[0].reason.as_str()),
        ("device:full", "pairing")
    );
    assert!(ev.iter().any(|e| matches!(
        e,
        Event::Persist(Persist::SrpBound { host, by, .. }) if host == "lamp" && by == "device:full"
    )));
    // Its registration is published at once: the device is at full.
    s.core.srp_hosts(now, vec![host("lamp")]);
    assert_eq!(published(&s.events()), vec![("full".to_owned(), 1)]);
    // The same claim again changes nothing and writes nothing.
    s.core.srp_claim(now, "full", "lamp");
    assert!(s.events().is_empty());
    // Another device's name: refused, audited, kept.
    s.core.srp_claim(now, "full", "Taken");
    let ev = s.events();
    assert!(!ev.iter().any(|e| matches!(e, Event::Persist(_))));
    assert_eq!(audits(&ev, "thread.srp_bind")[0].reason, "host_taken");
    s.core.srp_hosts(now, vec![host("lamp"), host("taken")]);
    let regs = s.core.srp_registrations();
    let taken = regs.iter().find(|r| r.host == "taken").expect("taken");
    assert_eq!(taken.device.as_deref(), Some("pending"));
}

/// A device that claimed its host while pairing, whose node registered
/// before it redeemed its setup token: published at redemption, after the
/// device's `Advertise` (the publisher takes a device's services only once
/// it knows the device is at `full`).
#[test]
fn a_claimed_host_is_published_at_redemption_after_the_devices_advertise() {
    let mut s = Sim::new(Policy::default());
    let now = s.now;
    s.core
        .open_window(
            now,
            &actor(Role::Owner),
            common::open_req(3840, DeviceClass::Low),
        )
        .expect("open");
    let t = s
        .core
        .start_pake(now, "dac-1", 3840, common::TEST_VID, 0x8001)
        .expect("start");
    let key = common::device_key();
    let setup = s.core.pake_succeeded(now, t, &key).expect("admit");
    let id = key.fingerprint();
    s.core.srp_claim(now, &id, "lamp");
    s.core.srp_hosts(now, vec![host("lamp")]);
    assert!(published(&s.events()).is_empty(), "not at full yet");
    s.core.redeem(now, &setup.token, &key).expect("redeem");
    let ev = s.events();
    let advertise = ev
        .iter()
        .position(|e| matches!(e, Event::Advertise(Service::Device { id: d }) if d.as_str() == id))
        .expect("advertise");
    let srp = ev
        .iter()
        .position(|e| matches!(e, Event::Srp(_)))
        .expect("published");
    assert!(advertise < srp, "{ev:?}");
}
