//! The border agent, gated: OpenThread's border agent listens (DTLS with
//! the active dataset's PSKc, on a host UDP socket: [`super::udp`]) only
//! while an owner or admin allows external commissioning.
//!
//! The commissioning core decides (the *commissioner allowance*:
//! [`crate::commissioning::Commissioner::allow_external_commissioner`],
//! expiring, audited) and says so with
//! [`crate::commissioning::event::JoinerChange::AllowCommissioner`] /
//! [`crate::commissioning::event::JoinerChange::EndCommissioner`]; the
//! daemon forwards them ([`super::commissioner::forward_joiner_changes`])
//! to the OpenThread thread, where an `AgentGate` keeps the deadline
//! (across radio outages and OpenThread restarts) and `drive`, run by
//! every OpenThread session, keeps the agent in step:
//!
//! ```text
//!            allow(deadline)                     deadline passed / end(reason)
//!  Disabled ----------------> Enabled (listening ----------------------------> Disabled
//!     ^                        once attached)       otBorderAgentSetEnabled(false):
//!     |                                              the DTLS transport closes,
//!     +-------------- every session ends with it ---+ every session ends with it
//! ```
//!
//! * the agent is enabled exactly while `now < deadline`; the gate keeps
//!   its own timer, so the agent stops at the deadline even if the core's
//!   expiry arrives later;
//! * disabling closes OpenThread's DTLS transport, so no session, and no
//!   commissioner reaching the mesh through it, outlives the allowance;
//! * what the agent does is read from OpenThread after every state change
//!   and every [`POLL`] while it is enabled (OpenThread offers no callback
//!   for it) and reported as [`ThreadEvent`]s (audited by
//!   [`super::audit`]): the agent listening or stopping
//!   (`BorderAgent`), a DTLS session established (`AgentSession`), failed
//!   handshakes (`AgentHandshakeFailed`: a wrong PSKc; counted, OpenThread
//!   does not say from whom), an accepted petition
//!   (`CommissionerPetition`: the agent's petition counter moved and a
//!   session became the commissioner), and the commissioner leaving the
//!   role (`CommissionerEnded`: the leader's commissioning data no longer
//!   names the agent, or its session closed, or the agent stopped).
//!
//! Keep-alives are not observable through OpenThread's API (the agent
//! forwards them to the leader, the hub itself, which only restarts a
//! timer), so none is recorded one by one: the status and the end record
//! carry a lower bound, one per 50 s (the leader's keep-alive timeout) the
//! commissioner held the role, since without a keep-alive the leader would
//! have removed it (docs/thread.md, "Border agent").
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::net::SocketAddrV6;
use std::time::{Duration, Instant};

use openthread::OpenThread;
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot, watch, Notify};

use super::ffi::{self, AgentCounters, AgentSnapshot};
use super::ThreadEvent;

/// How often the agent is read while it is enabled.
pub const POLL: Duration = Duration::from_millis(500);
/// The leader's keep-alive timeout (Thread: a commissioner that sends no
/// keep-alive for 50 s loses the role).
pub const KEEP_ALIVE_TIMEOUT: Duration = Duration::from_secs(50);

/// One session of the agent, as `thread status` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentSessionStatus {
    /// The peer (`[addr]:port`).
    pub peer: String,
    /// The DTLS handshake completed.
    pub connected: bool,
    /// It carries the active commissioner.
    pub commissioner: bool,
    /// Milliseconds since it was established.
    pub lifetime_ms: u64,
}

/// The border agent's part of `threshold thread status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BorderAgentStatus {
    /// External commissioning is allowed (an owner or admin allowed it and
    /// the allowance has not ended).
    pub allowed: bool,
    /// Milliseconds until the allowance ends.
    pub allowed_for_ms: Option<u64>,
    /// The agent is enabled (`otBorderAgentSetEnabled`).
    pub enabled: bool,
    /// It listens (enabled, and the hub attached).
    pub listening: bool,
    /// Its UDP port while it listens.
    pub port: Option<u16>,
    /// Its DTLS sessions.
    pub sessions: Vec<AgentSessionStatus>,
    /// Petitions accepted through it since the OpenThread instance started.
    pub petitions: u32,
    /// DTLS handshakes that failed (wrong PSKc) since then.
    pub handshake_failures: u32,
    /// The active external commissioner's session id, if one is active.
    pub commissioner_session_id: Option<u16>,
    /// Keep-alives the active commissioner has sent, at least (one per
    /// 50 s it held the role; module documentation).
    pub keepalives_min: Option<u64>,
}

/// A request about the border agent, from [`super::ThreadHandle`].
pub(crate) enum AgentRequest {
    Allow {
        deadline: Instant,
        reply: oneshot::Sender<()>,
    },
    End {
        reason: String,
        reply: oneshot::Sender<()>,
    },
}

#[derive(Debug, Default)]
struct Gate {
    deadline: Option<Instant>,
    /// Why the agent was last told to stop (`expired` when the deadline
    /// passed on the gate's own timer).
    end_reason: Option<String>,
}

/// The allowance as the OpenThread thread keeps it (one per process: it
/// outlives the OpenThread sessions).
#[derive(Debug, Default)]
pub(crate) struct AgentGate {
    gate: RefCell<Gate>,
    changed: Notify,
    /// The status of the running session (`None` between sessions).
    last: RefCell<Option<BorderAgentStatus>>,
}

impl AgentGate {
    /// Carries out a request (whether or not OpenThread runs: [`drive`]
    /// applies the gate when it does).
    pub(crate) fn handle(&self, req: AgentRequest) {
        match req {
            AgentRequest::Allow { deadline, reply } => {
                let mut g = self.gate.borrow_mut();
                g.deadline = Some(deadline);
                g.end_reason = None;
                drop(g);
                let _ = reply.send(());
            }
            AgentRequest::End { reason, reply } => {
                let mut g = self.gate.borrow_mut();
                g.deadline = None;
                g.end_reason = Some(reason);
                drop(g);
                let _ = reply.send(());
            }
        }
        self.changed.notify_one();
    }

    /// Whether the agent may listen at `now`.
    pub(crate) fn allowed(&self, now: Instant) -> bool {
        self.gate.borrow().deadline.is_some_and(|d| now < d)
    }

    /// The status (the running session's, or only the allowance between
    /// sessions).
    pub(crate) fn status(&self, now: Instant) -> BorderAgentStatus {
        let deadline = self.gate.borrow().deadline.filter(|d| now < *d);
        let mut s = self.last.borrow().clone().unwrap_or(BorderAgentStatus {
            allowed: false,
            allowed_for_ms: None,
            enabled: false,
            listening: false,
            port: None,
            sessions: Vec::new(),
            petitions: 0,
            handshake_failures: 0,
            commissioner_session_id: None,
            keepalives_min: None,
        });
        s.allowed = deadline.is_some();
        s.allowed_for_ms = deadline.map(|d| d.saturating_duration_since(now).as_millis() as u64);
        s
    }

    fn end_reason(&self) -> String {
        self.gate
            .borrow()
            .end_reason
            .clone()
            .unwrap_or_else(|| "expired".into())
    }
}

/// The external commissioner in office.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Active {
    peer: SocketAddrV6,
    session_id: Option<u16>,
    since: Instant,
}

/// What the agent looked like at the last read; turns each new read into
/// events. Sans-IO (fed snapshots), so it is tested without OpenThread.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    counters: AgentCounters,
    /// The port last reported listening.
    listening: Option<u16>,
    /// Peers whose established session was reported.
    connected: Vec<SocketAddrV6>,
    active: Option<Active>,
}

impl Tracker {
    /// A tracker for a new OpenThread instance (its counters start at 0).
    fn new() -> Tracker {
        Tracker::default()
    }

    /// The events between the last snapshot and `snap`; `stop_reason` is
    /// why the agent is disabled, if it is.
    pub(crate) fn observe(
        &mut self,
        snap: &AgentSnapshot,
        now: Instant,
        stop_reason: &str,
    ) -> Vec<ThreadEvent> {
        let mut out = Vec::new();
        // Listening.
        let port = (snap.active && snap.port != 0).then_some(snap.port);
        if port != self.listening {
            match (self.listening, port) {
                (_, Some(p)) => out.push(ThreadEvent::BorderAgent {
                    listening: true,
                    port: p,
                    reason: "allowed".into(),
                }),
                (Some(p), None) => out.push(ThreadEvent::BorderAgent {
                    listening: false,
                    port: p,
                    reason: if snap.enabled {
                        "detached".into()
                    } else {
                        stop_reason.to_owned()
                    },
                }),
                (None, None) => {}
            }
            self.listening = port;
        }
        // Established sessions, by peer.
        let live: Vec<SocketAddrV6> = snap
            .sessions
            .iter()
            .filter(|s| s.connected)
            .map(|s| s.peer)
            .collect();
        for p in &live {
            if !self.connected.contains(p) {
                out.push(ThreadEvent::AgentSession {
                    peer: p.to_string(),
                });
            }
        }
        self.connected = live;
        // Failed handshakes (counted only).
        let failed = snap
            .counters
            .failures
            .saturating_sub(self.counters.failures);
        if failed > 0 {
            out.push(ThreadEvent::AgentHandshakeFailed {
                failures: failed,
                total: snap.counters.failures,
            });
        }
        // The commissioner leaving: the agent stopped, the leader no longer
        // names the agent or the session id changed (a resign, or its
        // keep-alive timeout), or its session closed (the leader keeps the
        // role for up to 50 s then, with no way back through the agent).
        if let Some(a) = self.active.clone() {
            let ours = snap.commissioning.locator == Some(snap.rloc16)
                && snap.commissioning.session_id == a.session_id;
            let session_up = snap
                .sessions
                .iter()
                .any(|s| s.peer == a.peer && s.connected);
            // The leader's word first: a commissioner that resigns closes
            // its session right after, often before this read.
            let reason = if !snap.enabled {
                Some(stop_reason.to_owned())
            } else if !ours {
                Some("resigned".to_owned())
            } else if !session_up {
                Some("session_closed".to_owned())
            } else {
                None
            };
            if let Some(reason) = reason {
                let held = now.saturating_duration_since(a.since);
                out.push(ThreadEvent::CommissionerEnded {
                    peer: a.peer.to_string(),
                    session_id: a.session_id,
                    reason,
                    active_ms: held.as_millis() as u64,
                    keepalives_min: keepalives_min(held),
                });
                self.active = None;
            }
        }
        // An accepted petition: the counter moved; the commissioner is the
        // session OpenThread marks so (the newest one if several: a
        // resigned session keeps the mark).
        if snap.counters.petitions > self.counters.petitions {
            let peer = snap
                .sessions
                .iter()
                .filter(|s| s.commissioner && s.connected)
                .min_by_key(|s| s.lifetime_ms)
                .map(|s| s.peer);
            if let Some(peer) = peer {
                let session_id = snap.commissioning.session_id;
                out.push(ThreadEvent::CommissionerPetition {
                    peer: peer.to_string(),
                    session_id,
                });
                self.active = Some(Active {
                    peer,
                    session_id,
                    since: now,
                });
            }
        }
        self.counters = snap.counters;
        out
    }

    /// The status fields this tracker knows.
    fn status(&self, snap: &AgentSnapshot, now: Instant) -> BorderAgentStatus {
        BorderAgentStatus {
            allowed: false,
            allowed_for_ms: None,
            enabled: snap.enabled,
            listening: snap.active,
            port: (snap.active && snap.port != 0).then_some(snap.port),
            sessions: snap
                .sessions
                .iter()
                .map(|s| AgentSessionStatus {
                    peer: s.peer.to_string(),
                    connected: s.connected,
                    commissioner: self.active.as_ref().is_some_and(|a| a.peer == s.peer),
                    lifetime_ms: s.lifetime_ms,
                })
                .collect(),
            petitions: snap.counters.petitions,
            handshake_failures: snap.counters.failures,
            commissioner_session_id: self.active.as_ref().and_then(|a| a.session_id),
            keepalives_min: self
                .active
                .as_ref()
                .map(|a| keepalives_min(now.saturating_duration_since(a.since))),
        }
    }
}

/// Keep-alives a commissioner that held the role for `held` sent, at least.
pub fn keepalives_min(held: Duration) -> u64 {
    held.as_secs() / KEEP_ALIVE_TIMEOUT.as_secs()
}

fn emit(events: &mpsc::UnboundedSender<ThreadEvent>, evs: Vec<ThreadEvent>) {
    for ev in evs {
        tracing::info!(event = ?ev, "thread: border agent");
        let _ = events.send(ev);
    }
}

/// Keeps OpenThread's border agent in step with `gate` for the life of one
/// OpenThread session (run next to the session's other tasks; never
/// returns). `changes` moves on every OpenThread state change.
pub(crate) async fn drive(
    ot: &OpenThread<'_>,
    gate: &AgentGate,
    events: &mpsc::UnboundedSender<ThreadEvent>,
    mut changes: watch::Receiver<u64>,
) {
    let mut tracker = Tracker::new();
    loop {
        let now = Instant::now();
        let allowed = gate.allowed(now);
        let snap = ffi::border_agent_snapshot(ot);
        if allowed != snap.enabled {
            ffi::border_agent_set_enabled(ot, allowed);
            tracing::info!(
                allowed,
                "thread: border agent {}",
                if allowed { "enabled" } else { "disabled" }
            );
        }
        let snap = if allowed != snap.enabled {
            ffi::border_agent_snapshot(ot)
        } else {
            snap
        };
        emit(events, tracker.observe(&snap, now, &gate.end_reason()));
        *gate.last.borrow_mut() = Some(tracker.status(&snap, now));
        let deadline = gate.gate.borrow().deadline.filter(|d| *d > now);
        let poll = snap.enabled.then(|| now + POLL);
        tokio::select! {
            _ = gate.changed.notified() => {}
            r = changes.changed() => {
                if r.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            _ = sleep_until(deadline) => {}
            _ = sleep_until(poll) => {}
        }
    }
}

async fn sleep_until(t: Option<Instant>) {
    match t {
        Some(t) => tokio::time::sleep_until(t.into()).await,
        None => std::future::pending().await,
    }
}

/// Forgets the session's status (the instance is gone).
pub(crate) fn session_ended(gate: &AgentGate) {
    *gate.last.borrow_mut() = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::thread::ffi::{AgentSessionInfo, CommissioningData};

    fn peer(port: u16) -> SocketAddrV6 {
        SocketAddrV6::new("fd00:77::2".parse().unwrap(), port, 0, 0)
    }

    fn snap() -> AgentSnapshot {
        AgentSnapshot {
            enabled: true,
            active: true,
            port: 49191,
            sessions: Vec::new(),
            counters: AgentCounters::default(),
            commissioning: CommissioningData {
                locator: None,
                session_id: Some(1),
            },
            rloc16: 0x0400,
        }
    }

    fn session(port: u16, commissioner: bool, lifetime_ms: u64) -> AgentSessionInfo {
        AgentSessionInfo {
            peer: peer(port),
            connected: true,
            commissioner,
            lifetime_ms,
        }
    }

    #[test]
    fn a_petition_a_resign_and_a_stop_are_reported() {
        let t0 = Instant::now();
        let mut tr = Tracker::new();
        let mut s = snap();
        let evs = tr.observe(&s, t0, "expired");
        assert!(matches!(
            evs.as_slice(),
            [ThreadEvent::BorderAgent {
                listening: true,
                port: 49191,
                ..
            }]
        ));
        // A wrong PSKc: counted.
        s.counters.failures = 2;
        let evs = tr.observe(&s, t0, "expired");
        assert!(matches!(
            evs.as_slice(),
            [ThreadEvent::AgentHandshakeFailed {
                failures: 2,
                total: 2
            }]
        ));
        // A session, then its petition accepted.
        s.sessions.push(session(5000, false, 10));
        let evs = tr.observe(&s, t0, "expired");
        assert!(matches!(evs.as_slice(), [ThreadEvent::AgentSession { .. }]));
        s.sessions[0].commissioner = true;
        s.counters.sessions = 1;
        s.counters.petitions = 1;
        s.commissioning = CommissioningData {
            locator: Some(0x0400),
            session_id: Some(2),
        };
        let evs = tr.observe(&s, t0, "expired");
        match evs.as_slice() {
            [ThreadEvent::CommissionerPetition {
                peer: p,
                session_id,
            }] => {
                assert_eq!(p, &peer(5000).to_string());
                assert_eq!(*session_id, Some(2));
            }
            other => panic!("{other:?}"),
        }
        let st = tr.status(&s, t0 + Duration::from_secs(120));
        assert_eq!(st.commissioner_session_id, Some(2));
        assert_eq!(st.keepalives_min, Some(2));
        assert!(st.sessions[0].commissioner);
        // Nothing changed: nothing reported.
        assert!(tr.observe(&s, t0, "expired").is_empty());
        // Resign: the leader's data drops the agent; the session stays.
        s.commissioning = CommissioningData {
            locator: None,
            session_id: Some(3),
        };
        let evs = tr.observe(&s, t0 + Duration::from_secs(60), "expired");
        match evs.as_slice() {
            [ThreadEvent::CommissionerEnded {
                reason,
                keepalives_min,
                ..
            }] => {
                assert_eq!(reason, "resigned");
                assert_eq!(*keepalives_min, 1);
            }
            other => panic!("{other:?}"),
        }
        // A second petition through a new session, then the agent stops.
        s.sessions.push(session(5001, true, 1));
        s.counters.petitions = 2;
        s.commissioning = CommissioningData {
            locator: Some(0x0400),
            session_id: Some(4),
        };
        let evs = tr.observe(&s, t0, "expired");
        assert!(
            matches!(evs.as_slice(), [ThreadEvent::AgentSession { .. }, ThreadEvent::CommissionerPetition { peer: p, .. }] if p == &peer(5001).to_string()),
            "{evs:?}"
        );
        let stopped = AgentSnapshot {
            enabled: false,
            active: false,
            port: 0,
            sessions: Vec::new(),
            ..s.clone()
        };
        let evs = tr.observe(&stopped, t0, "revoked");
        assert!(
            matches!(
                evs.as_slice(),
                [
                    ThreadEvent::BorderAgent { listening: false, port: 49191, reason: r1 },
                    ThreadEvent::CommissionerEnded { reason: r2, .. },
                ] if r1 == "revoked" && r2 == "revoked"
            ),
            "{evs:?}"
        );
    }

    #[test]
    fn the_gate_follows_its_deadline() {
        let now = Instant::now();
        let gate = AgentGate::default();
        assert!(!gate.allowed(now));
        let (tx, _rx) = oneshot::channel();
        gate.handle(AgentRequest::Allow {
            deadline: now + Duration::from_secs(10),
            reply: tx,
        });
        assert!(gate.allowed(now));
        assert!(
            !gate.allowed(now + Duration::from_secs(10)),
            "ends at the deadline"
        );
        let st = gate.status(now);
        assert!(st.allowed);
        assert_eq!(st.allowed_for_ms, Some(10_000));
        assert_eq!(gate.end_reason(), "expired");
        let (tx, _rx) = oneshot::channel();
        gate.handle(AgentRequest::End {
            reason: "revoked".into(),
            reply: tx,
        });
        assert!(!gate.allowed(now));
        assert_eq!(gate.end_reason(), "revoked");
        assert!(!gate.status(now).allowed);
    }
}
