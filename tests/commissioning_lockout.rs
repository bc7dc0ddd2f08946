//! Issue 11, item 1: the pairing lock is scoped to the attacker. On virtual
//! time (no sleeping): a burst locks the narrowest scope that explains it
//! (a source address or IPv6 /64, a credential, a window), the owner and
//! trusted devices elsewhere are never locked out, a hub-wide lock needs a
//! distributed burst past a high threshold, an owner lifts any lock, and
//! locks survive a restart.

mod common;

use std::collections::BTreeMap;
use std::net::IpAddr;

use common::*;
use threshold::commissioning::anomaly::ScopeState;
use threshold::commissioning::error::{EnrollError, StartPakeError};
use threshold::commissioning::event::{Event, Persist, ScopeRecord};
use threshold::commissioning::policy::{AnomalyPolicy, DeviceClass, Policy, Role};
use threshold::commissioning::token::HubKey;
use threshold::commissioning::{Actor, FailureSource, LockScope, Snapshot};

const DISC: u16 = 3840;
const VID: u16 = 0xFFF1;
const PID: u16 = 0x8001;

fn ip(s: &str) -> IpAddr {
    s.parse().expect("ip")
}

fn local_owner() -> Actor {
    Actor {
        user: "local-admin".into(),
        role: Role::Owner,
        channel: "local",
    }
}

/// `n` counted handshake-like refusals from `addr` presenting `cert`.
fn junk(sim: &mut Sim, addr: &str, cert: &str, n: usize) {
    use threshold::commissioning::handshake::HandshakeFailure;
    for _ in 0..n {
        let now = sim.now;
        sim.core.handshake_refused(
            now,
            std::net::SocketAddr::new(ip(addr), 40000),
            HandshakeFailure::MissingPai,
            Some(cert.to_owned()),
            "the DAC came without its PAI".into(),
        );
    }
}

fn alerts(sim: &mut Sim) -> Vec<(String, String)> {
    sim.events()
        .into_iter()
        .filter_map(|e| match e {
            Event::Alert(a) => Some((a.scope.to_owned(), a.key)),
            _ => None,
        })
        .collect()
}

/// A complete pairing of a trusted device from `addr`: open (local owner),
/// PAKE, setup token, redeem.
fn pair_from(sim: &mut Sim, addr: &str, disc: u16) {
    let now = sim.now;
    sim.core
        .open_window(now, &local_owner(), open_req(disc, DeviceClass::Low))
        .expect("the owner opens a window");
    let t = sim
        .core
        .start_pake_from(now, Some(ip(addr)), "trusted-dac", disc, VID, PID)
        .expect("the trusted device starts its PAKE");
    let key = device_key();
    let setup = sim.core.pake_succeeded(now, t, &key).expect("admit");
    sim.core.redeem(now, &setup.token, &key).expect("redeem");
}

#[test]
fn a_burst_from_one_source_locks_that_source_only() {
    let mut sim = Sim::new(Policy::default());
    junk(&mut sim, "127.0.1.1", "aa", 100);
    let a = alerts(&mut sim);
    assert_eq!(
        a,
        vec![("source".to_owned(), "127.0.1.1".to_owned())],
        "one alert, naming the source"
    );
    // The owner still manages windows, a trusted device elsewhere pairs.
    pair_from(&mut sim, "127.0.0.1", DISC);
    // The flooder cannot start a PAKE, even with a trusted DAC.
    let now = sim.now;
    sim.core
        .open_window(now, &local_owner(), open_req(7, DeviceClass::Low))
        .expect("open");
    let err = sim
        .core
        .start_pake_from(now, Some(ip("127.0.1.1")), "other-dac", 7, VID, PID)
        .expect_err("locked source");
    assert!(matches!(err, StartPakeError::Locked { .. }), "{err:?}");
    let locks = sim.core.locks(now);
    assert_eq!(locks.len(), 1, "{locks:?}");
    assert_eq!(locks[0].0, LockScope::source(ip("127.0.1.1")));
    // Ends on its own after the lockout.
    sim.advance(secs(300));
    assert!(sim.core.locks(sim.now).is_empty());
}

#[test]
fn ipv6_sources_lock_per_64() {
    let mut sim = Sim::new(Policy::default());
    for i in 0..10 {
        junk(
            &mut sim,
            &format!("2001:db8:1:2::{i:x}"),
            &format!("c{i}"),
            1,
        );
    }
    assert_eq!(
        alerts(&mut sim),
        vec![("source".to_owned(), "2001:db8:1:2::/64".to_owned())]
    );
    let now = sim.now;
    sim.core
        .open_window(now, &local_owner(), open_req(DISC, DeviceClass::Low))
        .expect("open");
    let err = sim
        .core
        .start_pake_from(now, Some(ip("2001:db8:1:2:abcd::1")), "d", DISC, VID, PID)
        .expect_err("same /64");
    assert!(matches!(err, StartPakeError::Locked { .. }));
    sim.core
        .start_pake_from(now, Some(ip("2001:db8:1:3::1")), "d", DISC, VID, PID)
        .expect("another /64");
}

#[test]
fn one_junk_certificate_from_many_sources_locks_the_certificate() {
    let mut sim = Sim::new(Policy::default());
    for i in 1..=50 {
        junk(&mut sim, &format!("127.0.1.{i}"), "same-junk", 2);
    }
    assert_eq!(
        alerts(&mut sim),
        vec![("credential".to_owned(), "cert:same-junk".to_owned())]
    );
    pair_from(&mut sim, "127.0.0.1", DISC);
}

#[test]
fn a_locked_dac_is_refused_everywhere_and_others_pair() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    sim.core
        .open_window(now, &local_owner(), open_req(DISC, DeviceClass::Low))
        .expect("open");
    // A stolen DAC guesses passcodes from ten addresses.
    for i in 1..=10 {
        let now = sim.now;
        let t = sim
            .core
            .start_pake_from(
                now,
                Some(ip(&format!("10.0.0.{i}"))),
                "stolen",
                DISC,
                VID,
                PID,
            )
            .expect("start");
        sim.core.pake_failed(now, t).expect("fail");
    }
    assert_eq!(
        alerts(&mut sim),
        vec![("credential".to_owned(), "cert:stolen".to_owned())]
    );
    let now = sim.now;
    let err = sim
        .core
        .start_pake_from(now, Some(ip("10.0.0.99")), "stolen", DISC, VID, PID)
        .expect_err("locked DAC");
    assert!(matches!(err, StartPakeError::Locked { .. }));
    let t = sim
        .core
        .start_pake_from(now, Some(ip("10.0.0.99")), "honest", DISC, VID, PID)
        .expect("another DAC in the same window");
    sim.core
        .pake_succeeded(now, t, &device_key())
        .expect("admitted");
}

#[test]
fn many_dacs_failing_in_one_window_lock_the_window() {
    let mut sim = Sim::new(Policy::default());
    let now = sim.now;
    let w = sim
        .core
        .open_window(now, &local_owner(), open_req(DISC, DeviceClass::Low))
        .expect("open")
        .record
        .id;
    sim.core
        .open_window(now, &local_owner(), open_req(7, DeviceClass::Low))
        .expect("open");
    for i in 1..=10 {
        let now = sim.now;
        let t = sim
            .core
            .start_pake_from(
                now,
                Some(ip(&format!("10.0.0.{i}"))),
                &format!("dac{i}"),
                DISC,
                VID,
                PID,
            )
            .expect("start");
        sim.core.pake_failed(now, t).expect("fail");
    }
    assert_eq!(alerts(&mut sim), vec![("window".to_owned(), w.to_string())]);
    let now = sim.now;
    let err = sim
        .core
        .start_pake_from(now, Some(ip("10.0.0.50")), "fresh", DISC, VID, PID)
        .expect_err("locked window");
    assert!(matches!(err, StartPakeError::Locked { .. }));
    sim.core
        .start_pake_from(now, Some(ip("10.0.0.50")), "fresh", 7, VID, PID)
        .expect("the other window is open for business");
}

#[test]
fn a_distributed_burst_past_the_global_threshold_locks_network_enrollment_only() {
    let policy = Policy {
        anomaly: AnomalyPolicy {
            global_failure_threshold: 40,
            ..AnomalyPolicy::default()
        },
        ..Policy::default()
    };
    let mut sim = Sim::new(policy);
    let code = sim
        .core
        .ensure_bootstrap(sim.now)
        .expect("ok")
        .expect("code");
    // 40 sources, one distinct certificate each, one failure each.
    for i in 1..=40 {
        junk(&mut sim, &format!("127.0.2.{i}"), &format!("c{i}"), 1);
    }
    assert_eq!(alerts(&mut sim), vec![("hub".to_owned(), "hub".to_owned())]);
    let now = sim.now;
    // Owners, admins and trusted devices are unaffected...
    sim.core
        .open_window(now, &actor(Role::Admin), open_req(7, DeviceClass::Low))
        .expect("an admin over mTLS opens");
    pair_from(&mut sim, "127.0.0.1", DISC);
    // ... network enrollment is refused hub-wide ...
    let err = sim
        .core
        .enroll_from(now, &code.display, "Ada", "api", Some(ip("127.0.0.1")))
        .expect_err("hub lock");
    assert!(matches!(err, EnrollError::Locked { .. }));
    // ... the owner code still works over the admin socket.
    sim.core
        .enroll_from(now, &code.display, "Ada", "local", None)
        .expect("local enrollment");
    // And the owner lifts the lock.
    let (code, _) = sim
        .core
        .create_invite(now, &local_owner(), Role::Member, None)
        .expect("invite");
    let lifted = sim.core.unlock(now, &local_owner(), None).expect("unlock");
    assert_eq!(lifted, vec![LockScope::Hub]);
    sim.core
        .enroll_from(now, &code.display, "Bob", "api", Some(ip("127.0.0.1")))
        .expect("unlocked");
}

#[test]
fn unlock_is_for_owners_and_admins_and_audited() {
    let mut sim = Sim::new(Policy::default());
    junk(&mut sim, "127.0.1.1", "a", 10);
    junk(&mut sim, "127.0.1.2", "b", 10);
    sim.events();
    let now = sim.now;
    let err = sim
        .core
        .unlock(now, &actor(Role::Member), None)
        .expect_err("member");
    assert_eq!(err.code(), "not_permitted");
    let one = LockScope::source(ip("127.0.1.1"));
    let lifted = sim
        .core
        .unlock(now, &actor(Role::Admin), Some(&one))
        .expect("admin");
    assert_eq!(lifted, vec![one]);
    let audits: Vec<_> = sim
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::Audit(a) if a.action == "pairing.unlock" => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(audits.len(), 2, "{audits:?}");
    assert_eq!(audits[0].reason, "not_permitted");
    assert_eq!(audits[1].reason, "by_user");
    assert_eq!(
        audits[1].details.get("key").and_then(|v| v.as_str()),
        Some("127.0.1.1")
    );
    assert_eq!(sim.core.locks(now).len(), 1, "the other lock stays");
}

#[test]
fn enrollment_guessing_locks_the_guesser_not_the_owner_code() {
    let mut sim = Sim::new(Policy::default());
    let code = sim
        .core
        .ensure_bootstrap(sim.now)
        .expect("ok")
        .expect("code");
    for i in 0..10 {
        let now = sim.now;
        let guess = format!("ABCDE-FGHJK-MNPQR-STVWX-YZ{i:03}");
        let _ = sim
            .core
            .enroll_from(now, &guess, "Mallory", "enroll", Some(ip("127.0.1.9")));
    }
    assert_eq!(
        alerts(&mut sim),
        vec![("source".to_owned(), "127.0.1.9".to_owned())]
    );
    let now = sim.now;
    let err = sim
        .core
        .enroll_from(
            now,
            &code.display,
            "Mallory",
            "enroll",
            Some(ip("127.0.1.9")),
        )
        .expect_err("the guesser is locked, even with the right code");
    assert!(matches!(err, EnrollError::Locked { .. }));
    // Just before its own expiry, the owner code works from elsewhere.
    sim.advance(secs(600) - ms(1));
    let now = sim.now;
    let owner = sim
        .core
        .enroll_from(now, &code.display, "Ada", "enroll", Some(ip("127.0.0.1")))
        .expect("the holder enrolls");
    assert_eq!(owner.role, Role::Owner);
}

/// What the store would hold: the `Persist::Scope*` events applied to a map.
fn apply_scopes(rows: &mut BTreeMap<LockScope, ScopeRecord>, events: &[Event]) {
    for e in events {
        match e {
            Event::Persist(Persist::Scope(r)) => {
                rows.insert(r.scope.clone(), r.clone());
            }
            Event::Persist(Persist::ScopeForgotten(s)) => {
                rows.remove(s);
            }
            _ => {}
        }
    }
}

#[test]
fn locks_and_counters_survive_a_restart() {
    let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub");
    let der = hub.pkcs8_der().to_vec();
    let mut sim = Sim::with_hub(Policy::default(), hub, Snapshot::default());
    junk(&mut sim, "127.0.1.1", "a", 10); // locked
    junk(&mut sim, "127.0.1.2", "b", 9); // one short
    let mut rows = BTreeMap::new();
    apply_scopes(&mut rows, &sim.events());
    // Restart from what the store holds (at the same wall time: `Sim`
    // starts its clock at T0).
    let snapshot = Snapshot {
        scopes: rows.into_values().collect(),
        ..Snapshot::default()
    };
    let hub = HubKey::from_pkcs8(&der).expect("hub");
    let mut after = Sim::with_hub(Policy::default(), hub, snapshot);
    let now = after.now;
    let locks = after.core.locks(now);
    assert_eq!(locks.len(), 1, "{locks:?}");
    assert_eq!(locks[0].0, LockScope::source(ip("127.0.1.1")));
    // The lock keeps its end: 300 s from the burst.
    assert_eq!(
        locks[0].1 .0,
        T0_WALL.0 + 300_000,
        "the lock ends when it would have"
    );
    // The counter came back: one more failure locks 127.0.1.2.
    after.events();
    junk(&mut after, "127.0.1.2", "b", 1);
    assert_eq!(
        alerts(&mut after),
        vec![("source".to_owned(), "127.0.1.2".to_owned())]
    );
}

#[test]
fn memory_and_the_stored_scopes_stay_bounded_under_a_flood_of_addresses() {
    let policy = Policy {
        anomaly: AnomalyPolicy {
            max_tracked_scopes: 64,
            global_failure_threshold: 1_000_000,
            ..AnomalyPolicy::default()
        },
        ..Policy::default()
    };
    let mut sim = Sim::new(policy);
    let mut rows = BTreeMap::new();
    for i in 0..5_000u32 {
        let addr = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
        let now = sim.now;
        sim.core.audit_refusal_from(
            now,
            &FailureSource::peer(addr),
            threshold::audit::AuditEvent::new(
                "anonymous",
                threshold::audit::AuditAction::EnrollRedeem,
                "code",
                "enroll",
                threshold::audit::Outcome::Denied,
                "unknown_code",
            ),
        );
        apply_scopes(&mut rows, &sim.events());
        assert!(rows.len() <= 65, "at most 64 scopes and the hub row");
    }
    // The owner is unaffected.
    let now = sim.now;
    sim.core
        .open_window(now, &local_owner(), open_req(DISC, DeviceClass::Low))
        .expect("open");
}

#[test]
fn scope_state_is_public_for_drivers_and_tests() {
    // The detector's persisted state round-trips through the store's key
    // format for every kind.
    for s in [
        LockScope::source(ip("192.0.2.7")),
        LockScope::source(ip("2001:db8::1")),
        LockScope::Credential(threshold::commissioning::Credential::Certificate(
            "ab".into(),
        )),
        LockScope::Credential(threshold::commissioning::Credential::Code("cd".into())),
        LockScope::Window(threshold::commissioning::WindowId(4)),
        LockScope::User("u-1".into()),
        LockScope::Hub,
    ] {
        assert_eq!(LockScope::parse(s.kind(), &s.key()), Some(s.clone()), "{s}");
    }
    let _ = std::mem::size_of::<ScopeState>();
}
