//! The commissioning rules on virtual time (no sleeping).

mod common;

use common::*;
use threshold::commissioning::error::*;
use threshold::commissioning::event::{DeviceState, Event, Persist, Service};
use threshold::commissioning::policy::{ClassSource, DeviceClass, Policy, Role};
use threshold::commissioning::token::{Scope, VerifyTokenError};
use threshold::commissioning::{IssuedToken, OpenWindow, PakeTicket, WindowId};

const DISC: u16 = 3840;

fn open(sim: &mut Sim, class: DeviceClass) -> WindowId {
    let now = sim.now;
    sim.core
        .open_window(now, &actor(Role::Owner), open_req(DISC, class))
        .expect("open")
        .record
        .id
}

fn start(sim: &mut Sim) -> Result<PakeTicket, StartPakeError> {
    let now = sim.now;
    sim.core.start_pake(now, "dac-1", DISC, 0xFFF1, 0x8001)
}

/// Opens a window, runs a successful PAKE: returns the key and setup token.
fn admit(
    sim: &mut Sim,
    class: DeviceClass,
) -> (threshold::commissioning::token::DeviceKey, IssuedToken) {
    open(sim, class);
    let t = start(sim).expect("start");
    let key = device_key();
    let now = sim.now;
    let setup = sim.core.pake_succeeded(now, t, &key).expect("admit");
    (key, setup)
}

#[test]
fn window_accepts_at_deadline_minus_1ms_and_refuses_at_deadline() {
    let mut sim = Sim::new(Policy::default());
    let id = open(&mut sim, DeviceClass::Low);
    sim.advance(secs(180) - ms(1));
    let t = start(&mut sim).expect("accepted 1 ms before the deadline");
    let now = sim.now;
    sim.core.pake_failed(now, t).expect("still open");

    let mut sim2 = Sim::new(Policy::default());
    let id2 = open(&mut sim2, DeviceClass::Low);
    sim2.advance_quietly(secs(180)); // the driver is late: the core must still refuse
    let err = start(&mut sim2).expect_err("refused at the deadline");
    assert_eq!(
        err,
        StartPakeError::WindowClosed {
            window: id2,
            reason: CloseReason::Expired
        }
    );
    assert_eq!(err.code(), "window_expired");
    assert!(sim2.core.windows().is_empty());
    assert_eq!(id, id2);
}

#[test]
fn pake_outcome_after_deadline_is_refused() {
    let mut sim = Sim::new(Policy::default());
    open(&mut sim, DeviceClass::Low);
    sim.advance(secs(170));
    let t = start(&mut sim).expect("start");
    sim.advance_quietly(secs(10));
    let now = sim.now;
    let err = sim
        .core
        .pake_succeeded(now, t, &device_key())
        .expect_err("window closed");
    assert!(
        matches!(
            err,
            PakeError::WindowClosed {
                reason: CloseReason::Expired,
                ..
            }
        ),
        "{err:?}"
    );
    let issued = sim
        .events()
        .iter()
        .any(|e| matches!(e, Event::Persist(Persist::TokenIssued(_))));
    assert!(!issued, "no token may be issued after the deadline");
}

#[test]
fn twentieth_failure_closes_the_window() {
    let mut sim = Sim::new(Policy {
        anomaly: no_lock(),
        ..Policy::default()
    });
    let id = open(&mut sim, DeviceClass::Low);
    for i in 1..=19 {
        let t = start(&mut sim).expect("start");
        let now = sim.now;
        let f = sim.core.pake_failed(now, t).expect("fail");
        assert_eq!(f.failures, i);
        assert!(!f.window_closed);
    }
    let t = start(&mut sim).expect("20th start");
    let now = sim.now;
    let f = sim.core.pake_failed(now, t).expect("fail");
    assert!(f.window_closed);
    assert_eq!(f.failures, 20);
    let err = start(&mut sim).expect_err("closed");
    assert_eq!(
        err,
        StartPakeError::WindowClosed {
            window: id,
            reason: CloseReason::TooManyFailures
        }
    );
}

fn no_lock() -> threshold::commissioning::policy::AnomalyPolicy {
    threshold::commissioning::policy::AnomalyPolicy {
        failure_threshold: 1000,
        open_threshold: 1000,
        ..Default::default()
    }
}

#[test]
fn one_pake_in_flight_and_handshake_timeout() {
    let mut sim = Sim::new(Policy::default());
    let id = open(&mut sim, DeviceClass::Low);
    let t = start(&mut sim).expect("first");
    assert_eq!(
        start(&mut sim).expect_err("second"),
        StartPakeError::InFlight(id)
    );
    sim.advance(secs(60) - ms(1));
    assert_eq!(
        start(&mut sim).expect_err("still in flight"),
        StartPakeError::InFlight(id)
    );
    sim.advance(ms(1));
    // The timed-out handshake counted as a failure and freed the window.
    assert_eq!(sim.core.windows()[0].failures, 1);
    let now = sim.now;
    assert_eq!(sim.core.pake_failed(now, t), Err(PakeError::TimedOut));
    start(&mut sim).expect("a new PAKE may start");
}

#[test]
fn poll_timeout_is_the_next_deadline() {
    let mut sim = Sim::new(Policy::default());
    assert_eq!(sim.core.poll_timeout(), None);
    let t0 = sim.now;
    open(&mut sim, DeviceClass::Low);
    assert_eq!(sim.core.poll_timeout(), Some(t0 + secs(180)));
    sim.advance(secs(10));
    start(&mut sim).expect("start");
    assert_eq!(sim.core.poll_timeout(), Some(t0 + secs(70)));
}

#[test]
fn ttl_is_clamped_and_one_window_per_discriminator() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let req = OpenWindow {
        ttl: Some(secs(5000)),
        ..open_req(DISC, DeviceClass::Low)
    };
    let w = sim
        .core
        .open_window(now, &actor(Role::Owner), req)
        .expect("open");
    assert_eq!(w.deadline, now + secs(900));
    let err = sim
        .core
        .open_window(now, &actor(Role::Admin), open_req(DISC, DeviceClass::Low))
        .expect_err("second window for the same discriminator");
    assert_eq!(
        err,
        OpenWindowError::AlreadyOpen {
            discriminator: DISC,
            window: w.record.id
        }
    );
    sim.core
        .open_window(
            now,
            &actor(Role::Admin),
            open_req(DISC + 1, DeviceClass::Low),
        )
        .expect("another device gets its own window");
    let err = sim
        .core
        .open_window(now, &actor(Role::Admin), open_req(4096, DeviceClass::Low))
        .expect_err("13-bit discriminator");
    assert_eq!(err, OpenWindowError::InvalidDiscriminator(4096));
}

#[test]
fn every_role_and_class_combination() {
    let p = Policy::default();
    for role in Role::ALL {
        for class in DeviceClass::ALL {
            let mut sim = Sim::new(p.clone());
            let now = sim.now;
            let r = sim
                .core
                .open_window(now, &actor(role), open_req(DISC, class));
            let expected = match role {
                Role::Owner | Role::Admin => true,
                Role::Member => class != DeviceClass::High,
                Role::Guest => false,
            };
            assert_eq!(r.is_ok(), expected, "{role} / {class}");
            if let Err(e) = r {
                let e2 = OpenWindowError::NotPermitted {
                    role,
                    class,
                    requested: class,
                    class_source: ClassSource::Request,
                };
                assert_eq!(e, e2);
                let denied = sim
                    .audits()
                    .contains(&("window.open".into(), "role_not_permitted".into()));
                assert!(denied, "refusal audited");
            }
        }
    }
}

#[test]
fn low_risk_device_reaches_full_without_a_human() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    assert_eq!(setup.claims.scope, Scope::Setup);
    let now = sim.now;
    let full = sim.core.redeem(now, &setup.token, &key).expect("redeem");
    assert_eq!(full.claims.scope, Scope::Full);
    assert_eq!(
        sim.core.device(&key.fingerprint()).map(|d| d.state),
        Some(DeviceState::Admitted)
    );
    let events = sim.events();
    assert!(events.contains(&Event::Advertise(Service::Device {
        id: key.fingerprint().into()
    })));
    assert!(
        events.contains(&Event::Withdraw(Service::Pairing)),
        "last window closed"
    );
    let now = sim.now;
    sim.core
        .verify(now, &full.token, &key, Scope::Full)
        .expect("full token verifies");
}

#[test]
fn high_risk_device_waits_for_owner_or_admin_approval() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::High);
    let id = key.fingerprint();
    let now = sim.now;
    let err = sim
        .core
        .redeem(now, &setup.token, &key)
        .expect_err("not approved");
    assert_eq!(err, RedeemError::NotApproved(id.clone()));
    let err = sim
        .core
        .approve(now, &actor(Role::Member), &id)
        .expect_err("member");
    assert_eq!(err, DeviceActionError::NotPermitted(Role::Member));
    assert_eq!(
        sim.core.device(&id).map(|d| d.state),
        Some(DeviceState::Pending)
    );
    sim.core
        .approve(now, &actor(Role::Admin), &id)
        .expect("admin approves");
    let full = sim
        .core
        .redeem(now, &setup.token, &key)
        .expect("redeem after approval");
    assert_eq!(full.claims.scope, Scope::Full);
    assert_eq!(
        sim.core.device(&id).and_then(|d| d.approved_by.clone()),
        Some("u-admin".into())
    );
}

#[test]
fn approval_not_given_before_token_expiry_quarantines() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::High);
    let id = key.fingerprint();
    let exp_in = secs((setup.claims.exp - setup.claims.iat) as u64);
    sim.advance(exp_in - ms(1));
    assert_eq!(
        sim.core.device(&id).map(|d| d.state),
        Some(DeviceState::Pending)
    );
    sim.advance(ms(1));
    assert_eq!(
        sim.core.device(&id).map(|d| d.state),
        Some(DeviceState::Quarantined)
    );
    assert!(sim
        .audits()
        .contains(&("device.quarantine".into(), "approval_timeout".into())));
    let now = sim.now;
    assert_eq!(
        sim.core.approve(now, &actor(Role::Owner), &id),
        Err(DeviceActionError::InvalidState(DeviceState::Quarantined))
    );
}

#[test]
fn token_lifetime_never_passes_the_window_deadline() {
    let mut sim = Sim::new(Policy::default());
    open(&mut sim, DeviceClass::Low); // 180 s window; low tokens live 3600 s
    sim.advance(secs(100));
    let t = start(&mut sim).expect("start");
    let now = sim.now;
    let setup = sim
        .core
        .pake_succeeded(now, t, &device_key())
        .expect("admit");
    assert_eq!(setup.claims.exp - setup.claims.iat, 80);
}

#[test]
fn token_verifies_at_exp_minus_1s_and_not_at_exp() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    let now = sim.now;
    let full = sim.core.redeem(now, &setup.token, &key).expect("redeem");
    let life = secs((full.claims.exp - full.claims.iat) as u64);
    sim.advance(life - secs(1));
    let now = sim.now;
    sim.core
        .verify(now, &full.token, &key, Scope::Full)
        .expect("valid at exp - 1 s");
    sim.advance(secs(1));
    let now = sim.now;
    let err = sim
        .core
        .verify(now, &full.token, &key, Scope::Full)
        .expect_err("expired");
    assert!(matches!(err, VerifyTokenError::Expired { .. }), "{err:?}");
}

#[test]
fn replayed_setup_token_is_refused() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    let now = sim.now;
    sim.core
        .redeem(now, &setup.token, &key)
        .expect("first redeem");
    let err = sim
        .core
        .redeem(now, &setup.token, &key)
        .expect_err("replay");
    assert_eq!(
        err,
        RedeemError::Token(VerifyTokenError::Replayed {
            cti: setup.claims.cti
        })
    );
    let err = sim
        .core
        .verify(now, &setup.token, &key, Scope::Setup)
        .expect_err("consumed");
    assert!(matches!(err, VerifyTokenError::Replayed { .. }));
}

#[test]
fn token_of_device_a_presented_by_device_b_is_refused() {
    let mut sim = Sim::new(Policy::default());
    let (_key_a, setup) = admit(&mut sim, DeviceClass::Low);
    let key_b = device_key();
    let now = sim.now;
    let err = sim
        .core
        .redeem(now, &setup.token, &key_b)
        .expect_err("cnf mismatch");
    assert_eq!(err, RedeemError::Token(VerifyTokenError::WrongDeviceKey));
    assert!(sim
        .audits()
        .contains(&("token.redeem".into(), "wrong_device_key".into())));
}

#[test]
fn revoked_token_is_refused_and_device_quarantined() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    let now = sim.now;
    let full = sim.core.redeem(now, &setup.token, &key).expect("redeem");
    sim.events();
    let err = sim
        .core
        .revoke_token(now, &actor(Role::Member), &full.claims.cti)
        .expect_err("member");
    assert_eq!(err, RevokeError::NotPermitted(Role::Member));
    sim.core
        .revoke_token(now, &actor(Role::Admin), &full.claims.cti)
        .expect("revoke");
    let err = sim
        .core
        .verify(now, &full.token, &key, Scope::Full)
        .expect_err("revoked");
    assert_eq!(
        err,
        VerifyTokenError::Revoked {
            cti: full.claims.cti
        }
    );
    assert_eq!(
        sim.core.device(&key.fingerprint()).map(|d| d.state),
        Some(DeviceState::Quarantined)
    );
    let events = sim.events();
    assert!(events.contains(&Event::Withdraw(Service::Device {
        id: key.fingerprint().into()
    })));
}

#[test]
fn insufficient_scope_is_refused() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::High);
    let now = sim.now;
    let err = sim
        .core
        .verify(now, &setup.token, &key, Scope::Full)
        .expect_err("setup < full");
    assert!(
        matches!(err, VerifyTokenError::InsufficientScope { .. }),
        "{err:?}"
    );
}

#[test]
fn token_from_another_hub_is_refused() {
    let mut a = Sim::new(Policy::default());
    let mut b = Sim::new(Policy::default());
    let (key, setup) = admit(&mut a, DeviceClass::Low);
    let now = b.now;
    let err = b
        .core
        .verify(now, &setup.token, &key, Scope::Setup)
        .expect_err("other hub");
    assert_eq!(err, VerifyTokenError::BadSignature);
    let mut garbage = setup.token.clone();
    garbage.truncate(garbage.len() / 2);
    let err = a
        .core
        .verify(now, &garbage, &key, Scope::Setup)
        .expect_err("truncated");
    assert!(matches!(err, VerifyTokenError::Malformed { .. }), "{err:?}");
}

#[test]
fn quarantined_device_cannot_pair_again_but_removed_can() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    let now = sim.now;
    sim.core.redeem(now, &setup.token, &key).expect("redeem");
    sim.core
        .quarantine(now, &actor(Role::Owner), &key.fingerprint())
        .expect("quarantine");
    open(&mut sim, DeviceClass::Low);
    let t = start(&mut sim).expect("start");
    let now = sim.now;
    let err = sim
        .core
        .pake_succeeded(now, t, &key)
        .expect_err("quarantined key");
    assert!(matches!(
        err,
        PakeError::DeviceNotEligible {
            state: DeviceState::Quarantined,
            ..
        }
    ));
    sim.core
        .remove(now, &actor(Role::Owner), &key.fingerprint())
        .expect("remove");
    let t = start(&mut sim).expect("start again");
    sim.core
        .pake_succeeded(now, t, &key)
        .expect("removed device may pair again");
}

#[test]
fn pairing_service_follows_open_windows() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let owner = actor(Role::Owner);
    let a = sim
        .core
        .open_window(now, &owner, open_req(1, DeviceClass::Low))
        .expect("a")
        .record
        .id;
    let ads = |evs: &[Event]| {
        evs.iter()
            .filter(|e| matches!(e, Event::Advertise(Service::Pairing)))
            .count()
    };
    let wds = |evs: &[Event]| {
        evs.iter()
            .filter(|e| matches!(e, Event::Withdraw(Service::Pairing)))
            .count()
    };
    let ev = sim.events();
    assert_eq!((ads(&ev), wds(&ev)), (1, 0));
    sim.advance(secs(10));
    sim.core
        .open_window(sim.now, &owner, open_req(2, DeviceClass::Low))
        .expect("b");
    let ev = sim.events();
    assert_eq!((ads(&ev), wds(&ev)), (0, 0), "already advertised");
    let now = sim.now;
    sim.core.close_window(now, &owner, a).expect("close a");
    let ev = sim.events();
    assert_eq!((ads(&ev), wds(&ev)), (0, 0), "b still open");
    sim.advance(secs(180) - ms(1));
    let ev = sim.events();
    assert_eq!((ads(&ev), wds(&ev)), (0, 0), "b open until its deadline");
    sim.advance(ms(1));
    let ev = sim.events();
    assert_eq!(
        (ads(&ev), wds(&ev)),
        (0, 1),
        "goodbye when the last window expires"
    );
}

#[test]
fn only_opener_or_admin_closes_a_window() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let member = actor(Role::Member);
    let id = sim
        .core
        .open_window(now, &member, open_req(DISC, DeviceClass::Low))
        .expect("open")
        .record
        .id;
    let other = threshold::commissioning::Actor {
        user: "u-other".into(),
        ..actor(Role::Member)
    };
    assert_eq!(
        sim.core.close_window(now, &other, id),
        Err(CloseWindowError::NotPermitted(id))
    );
    sim.core
        .close_window(now, &actor(Role::Admin), id)
        .expect("admin");
    assert_eq!(
        sim.core.close_window(now, &member, id),
        Err(CloseWindowError::NoSuchWindow(id))
    );
}

#[test]
fn vid_pid_must_match_the_scanned_payload() {
    let mut sim = Sim::new(Policy::default());
    open(&mut sim, DeviceClass::Low);
    let now = sim.now;
    let err = sim
        .core
        .start_pake(now, "dac", DISC, 0xFFF2, 0x8001)
        .expect_err("vid");
    assert_eq!(err.code(), "vid_pid_mismatch");
    assert_eq!(
        start(&mut sim).map(|_| ()),
        Ok(()),
        "the window is unaffected"
    );
}

#[test]
fn bootstrap_code_is_single_use_and_expires() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let code = sim
        .core
        .ensure_bootstrap(now)
        .expect("ok")
        .expect("no users: a code");
    let events = sim.events();
    let leaked = events
        .iter()
        .any(|e| format!("{e:?}").contains(code.display.as_str()));
    assert!(!leaked, "the code never appears in an event, only its hash");
    let owner = sim
        .core
        .enroll(now, &code.display, "Alice", "local")
        .expect("enroll");
    assert_eq!(owner.role, Role::Owner);
    assert_eq!(
        sim.core.enroll(now, &code.display, "Mallory", "local"),
        Err(EnrollError::AlreadyUsed)
    );
    assert!(
        sim.core.ensure_bootstrap(now).expect("ok").is_none(),
        "users exist"
    );

    let mut late = Sim::new(Policy::default());
    let now = late.now;
    let code = late.core.ensure_bootstrap(now).expect("ok").expect("code");
    late.advance(secs(600));
    let now = late.now;
    let err = late
        .core
        .enroll(now, &code.display, "Alice", "local")
        .expect_err("expired");
    assert!(matches!(err, EnrollError::Expired(_)), "{err:?}");
}

#[test]
fn invites_follow_roles_and_expire() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let owner = actor(Role::Owner);
    let admin = actor(Role::Admin);
    assert!(sim
        .core
        .create_invite(now, &owner, Role::Owner, None)
        .is_err());
    assert!(sim
        .core
        .create_invite(now, &admin, Role::Admin, None)
        .is_err());
    assert!(sim
        .core
        .create_invite(now, &actor(Role::Member), Role::Guest, None)
        .is_err());
    let (code, rec) = sim
        .core
        .create_invite(now, &admin, Role::Member, Some(secs(3600)))
        .expect("invite");
    assert_eq!(rec.expires.0 - rec.created.0, 3_600_000);
    sim.advance(secs(3600) - ms(1));
    let now = sim.now;
    let (code2, _) = sim
        .core
        .create_invite(now, &owner, Role::Admin, Some(secs(60)))
        .expect("invite");
    let u = sim
        .core
        .enroll(now, &code.display, "Bob", "api")
        .expect("before expiry");
    assert_eq!(u.role, Role::Member);
    sim.advance(secs(60));
    let now = sim.now;
    let err = sim
        .core
        .enroll(now, &code2.display, "Carol", "api")
        .expect_err("expired invite");
    assert!(matches!(err, EnrollError::Expired(_)), "{err:?}");
    assert_eq!(
        sim.core.enroll(now, "not a code", "x", "api"),
        Err(EnrollError::Malformed)
    );
}

/// Issue 11: the burst locks the DAC that failed (the narrowest scope that
/// explains it), never the owner's window management.
#[test]
fn failure_burst_raises_alert_and_locks_the_failing_credential() {
    let mut sim = Sim::new(Policy::default()); // 10 failures / 60 s, 300 s lock
    open(&mut sim, DeviceClass::Low);
    for _ in 0..10 {
        let t = start(&mut sim).expect("start");
        let now = sim.now;
        sim.core.pake_failed(now, t).expect("fail");
        sim.advance(secs(1));
    }
    let events = sim.events();
    let alert = events.iter().find_map(|e| match e {
        Event::Alert(a) => Some(a.clone()),
        _ => None,
    });
    let alert = alert.expect("an alert after 10 failures");
    assert_eq!((alert.kind, alert.count), ("failure_burst", 10));
    assert_eq!(
        (alert.scope, alert.key.as_str()),
        ("credential", "cert:dac-1")
    );
    let err = start(&mut sim).expect_err("locked");
    assert!(matches!(err, StartPakeError::Locked { .. }));
    let now = sim.now;
    sim.core
        .open_window(now, &actor(Role::Owner), open_req(7, DeviceClass::Low))
        .expect("the owner is never locked out by a device's failures");
    sim.advance(secs(300));
    assert!(sim
        .audits()
        .contains(&("pairing.unlock".into(), "lockout_ended".into())));
    open(&mut sim, DeviceClass::Low);
    start(&mut sim).expect("unlocked");
}

/// Issue 11: a burst of openings alerts and locks that user's openings,
/// unless the user is an owner or admin.
#[test]
fn rapid_window_openings_raise_alert() {
    let mut sim = Sim::new(Policy::default());
    for role in [Role::Owner, Role::Member] {
        let who = actor(role);
        let base = if role == Role::Owner { 0 } else { 200 };
        for d in 0..10u16 {
            let now = sim.now;
            sim.core
                .open_window(now, &who, open_req(base + d, DeviceClass::Low))
                .expect("open");
            sim.advance(secs(5));
        }
        let alerts: Vec<_> = sim
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Alert(a) => Some(a),
                _ => None,
            })
            .collect();
        assert_eq!(alerts.len(), 1);
        assert_eq!(
            (alerts[0].scope, alerts[0].key.clone()),
            ("user", who.user.clone())
        );
        let now = sim.now;
        let r = sim
            .core
            .open_window(now, &who, open_req(base + 100, DeviceClass::Low));
        if role == Role::Owner {
            assert!(r.is_ok(), "an owner is never locked out: {r:?}");
        } else {
            assert!(matches!(r, Err(OpenWindowError::Locked { .. })), "{r:?}");
        }
    }
}

#[test]
fn restart_keeps_the_ledger_and_closes_windows() {
    use threshold::commissioning::token::HubKey;
    use threshold::commissioning::{LedgerEntry, Snapshot};
    use threshold::time::UnixMillis;
    let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("key");
    let der = hub.pkcs8_der().to_vec();
    let mut sim = Sim::with_hub(Policy::default(), hub, Snapshot::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    let now = sim.now;
    let full = sim.core.redeem(now, &setup.token, &key).expect("redeem");
    let (pending_key, _) = admit(&mut sim, DeviceClass::High);
    let pending_window = sim.core.windows()[0].record.id;
    let entry = |t: &IssuedToken, redeemed| LedgerEntry {
        cti: t.claims.cti,
        device: t.claims.sub.clone().into(),
        scope: t.claims.scope,
        expires: UnixMillis::from_secs(t.claims.exp),
        redeemed,
        revoked: false,
    };
    // What the store holds at a restart.
    let snap = Snapshot {
        next_window_id: pending_window.next(),
        open_windows: vec![pending_window],
        devices: [&key, &pending_key]
            .iter()
            .map(|k| sim.core.device(&k.fingerprint()).cloned().expect("device"))
            .collect(),
        tokens: vec![entry(&setup, true), entry(&full, false)],
        ..Snapshot::default()
    };
    let mut sim = Sim::with_hub(
        Policy::default(),
        HubKey::from_pkcs8(&der).expect("key"),
        snap,
    );
    let closed = sim.events().iter().any(|e| {
        matches!(e, Event::Persist(Persist::WindowClosed { id, reason: "restart", .. }) if *id == pending_window)
    });
    assert!(closed, "the open window is closed at restart");
    assert_eq!(
        sim.core.device(&pending_key.fingerprint()).map(|d| d.state),
        Some(DeviceState::Quarantined),
        "a device short of full lost its window"
    );
    let now = sim.now;
    let err = sim
        .core
        .verify(now, &setup.token, &key, Scope::Setup)
        .expect_err("redeemed before restart");
    assert_eq!(
        err,
        VerifyTokenError::Replayed {
            cti: setup.claims.cti
        }
    );
    sim.core
        .verify(now, &full.token, &key, Scope::Full)
        .expect("full token survives the restart");
    let id = open(&mut sim, DeviceClass::Low);
    assert_eq!(id, pending_window.next(), "window ids are never reused");
}

#[test]
fn window_keeps_its_pake_record_only_while_open() {
    let mut sim = Sim::new(Policy::default());
    let id = open(&mut sim, DeviceClass::Low);
    let p = sim
        .core
        .window_pake(id)
        .expect("open window has its record");
    assert_eq!((p.salt.len(), p.iterations), (32, 1000));
    let expected = window_pake().record.to_bytes();
    assert_eq!(p.record.to_bytes()[..], expected[..]);
    sim.advance(secs(180));
    assert!(
        sim.core.window_pake(id).is_none(),
        "the record goes with the window"
    );
}

#[test]
fn pake_refused_ends_the_pake_closes_the_window_and_admits_nobody() {
    let mut sim = Sim::new(Policy::default());
    let id = open(&mut sim, DeviceClass::Low);
    let t = start(&mut sim).expect("start");
    sim.events();
    let now = sim.now;
    sim.core
        .pake_refused(
            now,
            t,
            "firmware_refused",
            vec![("advisory".into(), "A-1".into())],
        )
        .expect("refused");
    let events = sim.events();
    let denied = events
        .iter()
        .find_map(|e| match e {
            Event::Audit(a) if a.action == "pake.admit" => Some(a.clone()),
            _ => None,
        })
        .expect("audited");
    assert_eq!(denied.reason, "firmware_refused");
    assert_eq!(denied.outcome, threshold::audit::Outcome::Denied);
    assert_eq!(denied.actor, "device:dac-1");
    assert_eq!(denied.details["advisory"], "A-1");
    assert!(events.contains(&Event::Persist(Persist::WindowClosed {
        id,
        at: threshold::time::WallClock::now(sim.clock.as_ref()),
        reason: "device_refused",
    })));
    assert!(sim.core.windows().is_empty());
    assert!(!events
        .iter()
        .any(|e| matches!(e, Event::Persist(Persist::Device(_)))));
    // The ticket is spent; a late outcome for it is refused.
    let now = sim.now;
    let err = sim.core.pake_failed(now, t).expect_err("gone");
    assert_eq!(err.code(), "window_closed");
    let err = sim
        .core
        .pake_refused(now, t, "firmware_refused", Vec::new())
        .expect_err("gone");
    assert_eq!(err.code(), "window_closed");
}

#[test]
fn quarantine_system_revokes_and_audits_with_details() {
    let mut sim = Sim::new(Policy::default());
    let (key, setup) = admit(&mut sim, DeviceClass::Low);
    let id = key.fingerprint();
    sim.events();
    let now = sim.now;
    sim.core
        .quarantine_system(
            now,
            &id,
            "vulnerable_firmware",
            vec![("advisory".into(), "A-2".into())],
        )
        .expect("quarantined");
    let audits: Vec<_> = sim
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::Audit(a) => Some(a),
            _ => None,
        })
        .collect();
    let q = audits
        .iter()
        .find(|a| a.action == "device.quarantine")
        .expect("audited");
    assert_eq!(
        (q.actor.as_str(), q.reason.as_str()),
        ("system", "vulnerable_firmware")
    );
    assert_eq!(q.details["advisory"], "A-2");
    assert_eq!(q.details["was"], "pending");
    assert_eq!(
        sim.core.device(&id).map(|d| d.state),
        Some(DeviceState::Quarantined)
    );
    let now = sim.now;
    let err = sim
        .core
        .redeem(now, &setup.token, &key)
        .expect_err("revoked");
    assert_eq!(err.code(), "revoked");
    // Not twice, and not for an unknown device.
    let err = sim
        .core
        .quarantine_system(now, &id, "vulnerable_firmware", Vec::new())
        .expect_err("already quarantined");
    assert_eq!(err.code(), "invalid_state");
    let err = sim
        .core
        .quarantine_system(now, "nobody", "vulnerable_firmware", Vec::new())
        .expect_err("unknown");
    assert_eq!(err.code(), "no_such_device");
}

#[test]
fn audit_refusal_is_denied_and_counted_by_the_anomaly_detector() {
    let mut sim = Sim::new(Policy::default());
    sim.events();
    let src: std::net::IpAddr = "127.0.1.1".parse().expect("ip");
    let from = threshold::commissioning::FailureSource::peer(src);
    for _ in 0..10 {
        let now = sim.now;
        sim.core.audit_refusal_from(
            now,
            &from,
            threshold::audit::AuditEvent::new(
                "device:x",
                threshold::audit::AuditAction::PairStart,
                "request",
                "coap",
                threshold::audit::Outcome::Success,
                "malformed_body",
            ),
        );
    }
    let audits = sim.audits();
    assert_eq!(
        audits
            .iter()
            .filter(|(a, r)| a == "pair.start" && r == "malformed_body")
            .count(),
        10
    );
    assert!(
        audits.iter().any(|(a, _)| a == "anomaly.alert"),
        "{audits:?}"
    );
    // Issue 11: the source is locked, not the owner, not other sources.
    let now = sim.now;
    sim.core
        .open_window(now, &actor(Role::Owner), open_req(DISC, DeviceClass::Low))
        .expect("the owner still opens");
    let err = sim
        .core
        .start_pake_from(now, Some(src), "dac-1", DISC, 0xFFF1, 0x8001)
        .expect_err("locked");
    assert_eq!(err.code(), "pairing_locked");
    let other = "127.0.1.2".parse().expect("ip");
    sim.core
        .start_pake_from(now, Some(other), "dac-1", DISC, 0xFFF1, 0x8001)
        .expect("another source still starts");
}

#[test]
fn uncounted_refusals_are_audited_but_never_lock_pairing() {
    use threshold::audit::{AuditAction, AuditEvent, Outcome};
    let mut sim = Sim::new(Policy::default()); // 10 failures lock
    let ev = || {
        AuditEvent::new(
            "peer:127.0.0.1",
            AuditAction::TlsHandshake,
            "tcp:x",
            "coap",
            Outcome::Info,
            "timeout",
        )
    };
    for _ in 0..50 {
        let now = sim.now;
        sim.core.audit_refusal_uncounted(now, ev());
    }
    let events = sim.events();
    let audited = events
        .iter()
        .filter(|e| matches!(e, Event::Audit(a) if a.action == "tls.handshake" && a.outcome == Outcome::Denied))
        .count();
    assert_eq!(audited, 50);
    assert!(!events.iter().any(|e| matches!(e, Event::Alert(_))));
    let now = sim.now;
    sim.core
        .open_window(now, &actor(Role::Owner), open_req(DISC, DeviceClass::Low))
        .expect("pairing is not locked");
    // The counted variant does lock that source after 10 (issue 11: only
    // that source, never the owner).
    let src: std::net::IpAddr = "127.0.0.1".parse().expect("ip");
    let from = threshold::commissioning::FailureSource::peer(src);
    for _ in 0..10 {
        let now = sim.now;
        sim.core.audit_refusal_from(now, &from, ev());
    }
    let now = sim.now;
    let err = sim
        .core
        .start_pake_from(now, Some(src), "dac-1", DISC, 0xFFF1, 0x8001);
    assert!(matches!(err, Err(StartPakeError::Locked { .. })), "{err:?}");
    sim.core
        .open_window(
            now,
            &actor(Role::Owner),
            open_req(DISC + 1, DeviceClass::Low),
        )
        .expect("the owner still opens");
}
