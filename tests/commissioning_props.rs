//! Property tests: random sequences of open / PAKE / advance-time / redeem /
//! verify / revoke never break the core's time and ledger guarantees.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use common::*;
use proptest::prelude::*;
use threshold::commissioning::policy::{AnomalyPolicy, DeviceClass, Policy, Role};
use threshold::commissioning::token::{Cti, DeviceKey, Scope};
use threshold::commissioning::{IssuedToken, OpenWindow, PakeTicket, WindowId};
use threshold::time::WallClock;

#[derive(Debug, Clone)]
enum Op {
    Open {
        disc: u16,
        class: u8,
        ttl_s: u64,
    },
    Start {
        disc: u16,
    },
    Fail {
        disc: u16,
    },
    Succeed {
        disc: u16,
    },
    Redeem {
        idx: usize,
    },
    Verify {
        idx: usize,
        full: bool,
    },
    Revoke {
        idx: usize,
    },
    Approve {
        idx: usize,
    },
    Advance {
        ms: u64,
    },
    /// Jump to the core's next deadline (or 1 ms before it), where
    /// off-by-one errors live.
    ToDeadline {
        minus_one: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u16..3, 0u8..3, 1u64..400).prop_map(|(disc, class, ttl_s)| Op::Open {
            disc,
            class,
            ttl_s
        }),
        (0u16..3).prop_map(|disc| Op::Start { disc }),
        (0u16..3).prop_map(|disc| Op::Fail { disc }),
        (0u16..3).prop_map(|disc| Op::Succeed { disc }),
        (0usize..8).prop_map(|idx| Op::Redeem { idx }),
        (0usize..8, any::<bool>()).prop_map(|(idx, full)| Op::Verify { idx, full }),
        (0usize..8).prop_map(|idx| Op::Revoke { idx }),
        (0usize..8).prop_map(|idx| Op::Approve { idx }),
        prop_oneof![0u64..2_000, 0u64..200_000].prop_map(|ms| Op::Advance { ms }),
        any::<bool>().prop_map(|minus_one| Op::ToDeadline { minus_one }),
    ]
}

struct Model {
    deadlines: HashMap<WindowId, (Instant, i64)>,
    tickets: HashMap<u16, PakeTicket>,
    tokens: Vec<(IssuedToken, DeviceKey)>,
    revoked: HashSet<Cti>,
    redeemed: HashSet<Cti>,
}

fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let policy = Policy {
        anomaly: AnomalyPolicy {
            failure_threshold: 1_000,
            open_threshold: 1_000,
            ..Default::default()
        },
        ..Policy::default()
    };
    let mut sim = Sim::new(policy);
    let owner = actor(Role::Owner);
    let mut m = Model {
        deadlines: HashMap::new(),
        tickets: HashMap::new(),
        tokens: Vec::new(),
        revoked: HashSet::new(),
        redeemed: HashSet::new(),
    };
    for op in ops {
        let now = sim.now;
        let wall_secs = sim.clock.now().as_secs();
        match op {
            Op::Open { disc, class, ttl_s } => {
                let req = OpenWindow {
                    ttl: Some(secs(ttl_s)),
                    ..open_req(disc, DeviceClass::ALL[class as usize])
                };
                if let Ok(w) = sim.core.open_window(now, &owner, req) {
                    m.deadlines
                        .insert(w.record.id, (w.deadline, w.record.deadline.0));
                }
            }
            Op::Start { disc } => {
                if let Ok(t) = sim.core.start_pake(now, "dac", disc, 0xFFF1, 0x8001) {
                    let (deadline, _) = m.deadlines[&t.window];
                    prop_assert!(now < deadline, "PAKE started at/after the window deadline");
                    m.tickets.insert(disc, t);
                }
            }
            Op::Fail { disc } => {
                if let Some(t) = m.tickets.get(&disc).copied() {
                    if sim.core.pake_failed(now, t).is_ok() {
                        prop_assert!(
                            now < m.deadlines[&t.window].0,
                            "failure counted after deadline"
                        );
                    }
                }
            }
            Op::Succeed { disc } => {
                if let Some(t) = m.tickets.get(&disc).copied() {
                    let key = device_key();
                    if let Ok(tok) = sim.core.pake_succeeded(now, t, &key) {
                        let (deadline, wall_deadline) = m.deadlines[&t.window];
                        prop_assert!(now < deadline, "token issued after the window deadline");
                        prop_assert!(
                            tok.claims.exp * 1000 <= wall_deadline,
                            "token outlives window"
                        );
                        m.tokens.push((tok, key));
                    }
                }
            }
            Op::Redeem { idx } => {
                if let Some((tok, key)) = m.tokens.get(idx).cloned() {
                    if let Ok(full) = sim.core.redeem(now, &tok.token, &key) {
                        prop_assert!(wall_secs < tok.claims.exp, "redeemed at/after exp");
                        prop_assert!(
                            !m.revoked.contains(&tok.claims.cti),
                            "redeemed a revoked token"
                        );
                        prop_assert!(m.redeemed.insert(tok.claims.cti), "cti redeemed twice");
                        m.tokens.push((full, key));
                    }
                }
            }
            Op::Verify { idx, full } => {
                if let Some((tok, key)) = m.tokens.get(idx).cloned() {
                    let scope = if full { Scope::Full } else { Scope::Setup };
                    if sim.core.verify(now, &tok.token, &key, scope).is_ok() {
                        prop_assert!(wall_secs < tok.claims.exp, "accepted at/after exp");
                        prop_assert!(
                            !m.revoked.contains(&tok.claims.cti),
                            "accepted after revocation"
                        );
                        prop_assert!(
                            !m.redeemed.contains(&tok.claims.cti),
                            "accepted after redemption"
                        );
                    }
                }
            }
            Op::Revoke { idx } => {
                if let Some((tok, _)) = m.tokens.get(idx) {
                    if sim.core.revoke_token(now, &owner, &tok.claims.cti).is_ok() {
                        // Revoking quarantines the device: all its tokens die.
                        let dev = tok.claims.sub.clone();
                        for (t, _) in &m.tokens {
                            if t.claims.sub == dev {
                                m.revoked.insert(t.claims.cti);
                            }
                        }
                    }
                }
            }
            Op::Approve { idx } => {
                if let Some((tok, _)) = m.tokens.get(idx) {
                    let _ = sim.core.approve(now, &owner, &tok.claims.sub);
                }
            }
            Op::Advance { ms: d } => sim.advance(ms(d)),
            Op::ToDeadline { minus_one } => {
                if let Some(t) = sim.core.poll_timeout() {
                    let d = t.saturating_duration_since(sim.now);
                    let d = if minus_one {
                        d.saturating_sub(ms(1))
                    } else {
                        d
                    };
                    // Without firing timers: the next input must see them.
                    sim.advance_quietly(d);
                }
            }
        }
        // Quarantine (timeouts) revokes as well: mirror it in the model.
        for (t, _) in &m.tokens {
            let q = sim.core.device(&t.claims.sub).map(|d| d.state);
            if matches!(
                q,
                Some(threshold::commissioning::event::DeviceState::Quarantined)
                    | Some(threshold::commissioning::event::DeviceState::Removed)
            ) {
                m.revoked.insert(t.claims.cti);
            }
        }
        sim.events();
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
    #[test]
    fn time_and_ledger_invariants_hold(ops in prop::collection::vec(op(), 1..80)) {
        run(ops)?;
    }
}
