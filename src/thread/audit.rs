//! What the Thread subsystem writes to the audit log: one record per
//! [`ThreadEvent`] (actor `system`, device `rcp`, channel `thread`).
//!
//! | event | action | outcome, reason | details |
//! |---|---|---|---|
//! | `RadioUp` | `thread.radio_up` | info, `ok` | `rcp`, `pid` |
//! | `RadioOpenFailed` | `thread.radio_open` | failure, `open_failed` | `detail` |
//! | `RadioLost` | `thread.radio_lost` | failure, `lost` | `detail` |
//! | `Reopening` | `thread.reopen` | info, `scheduled` | `attempt`, `delay_ms` |
//! | `Recovered` | `thread.recovered` | info, `ok` | `after_ms` |
//! | `Restarted` | `thread.restarted` | failure, `restarted` | `detail` |
//! | `NetworkFormed` | `thread.network_formed` | info, `ok` | `ext_pan_id` |
//! | `Role` | `thread.role` | info, `ok` | `role` |
//! | `DatasetImported` | `thread.dataset_imported` | info, `ok` | `ext_pan_id` |
//! | `DatasetCleared` | `thread.dataset_cleared` | info, `ok` | |
//!
//! Joiner windows (subject `window:<id>` instead of `rcp`; never a PSKd):
//!
//! | event | action | outcome, reason | details |
//! |---|---|---|---|
//! | `JoinerAdded` | `thread.joiner_add` | success, `ok` | `joiner`, `timeout_secs` |
//! | `JoinerAddFailed` | `thread.joiner_add` | failure, OpenThread's error | `joiner` |
//! | `JoinerOutcome` | `thread.joiner` | success `joined`; failure `wrong_pskd`, `failed` | `joiner`, `joiner_id` |
//! | `JoinerRemoved` | `thread.joiner_remove` | info, the reason | `joiner` |
//!
//! The border agent (subject `border_agent`; docs/thread.md, "Border
//! agent"):
//!
//! | event | action | outcome, reason | details |
//! |---|---|---|---|
//! | `BorderAgent` | `thread.border_agent` | info, `listening` / `stopped` | `port`, `detail` (`allowed`; `expired`, `revoked`, `detached`) |
//! | `AgentSession` | `thread.ba_session` | success, `connected` | `peer` |
//! | `AgentHandshakeFailed` | `thread.ba_session` | failure, `wrong_pskc` | `failures`, `total` |
//! | `CommissionerPetition` | `thread.commissioner_petition` | success, `accepted` | `peer`, `session_id` |
//! | `CommissionerEnded` | `thread.commissioner_resign` | info, `resigned` / `session_closed` / `expired` / `revoked` | `peer`, `session_id`, `active_ms`, `keepalives_min` |
#![forbid(unsafe_code)]

use std::sync::Arc;

use tokio::sync::{mpsc, Notify};

use super::commissioner::JoinOutcome;
use super::ThreadEvent;
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::commissioning::WindowId;
use crate::store::{Store, StoreHandle};
use crate::time::WallClock;

/// A joiner window's record: actor `system`, subject `window:<id>`,
/// channel `thread`.
fn joiner_rec(action: AuditAction, window: WindowId, outcome: Outcome, reason: &str) -> AuditEvent {
    AuditEvent::new(
        "system",
        action,
        format!("window:{window}"),
        "thread",
        outcome,
        reason,
    )
}

/// A border agent record: actor `system`, subject `border_agent`, channel
/// `thread`.
fn agent_rec(action: AuditAction, outcome: Outcome, reason: &str) -> AuditEvent {
    AuditEvent::new("system", action, "border_agent", "thread", outcome, reason)
}

impl ThreadEvent {
    /// The audit record of this event (see the module table).
    pub fn audit_event(&self) -> AuditEvent {
        use ThreadEvent as E;
        let rec = |action: AuditAction, outcome: Outcome, reason: &str| {
            AuditEvent::new("system", action, "rcp", "thread", outcome, reason)
        };
        match self {
            E::RadioUp { pid, rcp } => rec(AuditAction::ThreadRadioUp, Outcome::Info, "ok")
                .with("rcp", rcp.clone())
                .with("pid", pid.map(|p| p.to_string()).unwrap_or_default()),
            E::RadioOpenFailed { reason } => rec(
                AuditAction::ThreadRadioOpen,
                Outcome::Failure,
                "open_failed",
            )
            .with("detail", reason.clone()),
            E::RadioLost { reason } => rec(AuditAction::ThreadRadioLost, Outcome::Failure, "lost")
                .with("detail", reason.0.clone()),
            E::Reopening { attempt, delay } => {
                rec(AuditAction::ThreadReopen, Outcome::Info, "scheduled")
                    .with("attempt", attempt.to_string())
                    .with("delay_ms", delay.as_millis().to_string())
            }
            E::Recovered { after } => rec(AuditAction::ThreadRecovered, Outcome::Info, "ok")
                .with("after_ms", after.as_millis().to_string()),
            E::Restarted { reason } => {
                rec(AuditAction::ThreadRestarted, Outcome::Failure, "restarted")
                    .with("detail", reason.clone())
            }
            E::NetworkFormed { ext_pan_id } => {
                rec(AuditAction::ThreadNetworkFormed, Outcome::Info, "ok")
                    .with("ext_pan_id", ext_pan_id.clone())
            }
            E::Role { role } => {
                rec(AuditAction::ThreadRole, Outcome::Info, "ok").with("role", role.clone())
            }
            E::DatasetImported { ext_pan_id } => {
                rec(AuditAction::ThreadDatasetImported, Outcome::Info, "ok")
                    .with("ext_pan_id", ext_pan_id.clone())
            }
            E::DatasetCleared => rec(AuditAction::ThreadDatasetCleared, Outcome::Info, "ok"),
            E::JoinerAdded {
                window,
                joiner,
                timeout_secs,
            } => joiner_rec(
                AuditAction::ThreadJoinerAdd,
                *window,
                Outcome::Success,
                "ok",
            )
            .with("joiner", joiner.clone())
            .with("timeout_secs", *timeout_secs),
            E::JoinerAddFailed {
                window,
                joiner,
                reason,
            } => joiner_rec(
                AuditAction::ThreadJoinerAdd,
                *window,
                Outcome::Failure,
                reason,
            )
            .with("joiner", joiner.clone()),
            E::JoinerOutcome {
                window,
                joiner,
                joiner_id,
                outcome,
                vendor,
            } => {
                let o = if *outcome == JoinOutcome::Joined {
                    Outcome::Success
                } else {
                    Outcome::Failure
                };
                joiner_rec(AuditAction::ThreadJoiner, *window, o, outcome.as_str())
                    .with("joiner", joiner.clone())
                    .with("joiner_id", joiner_id.clone())
                    .with("vendor_name", vendor.as_ref().map(|v| v.name.clone()))
                    .with("vendor_model", vendor.as_ref().map(|v| v.model.clone()))
                    .with(
                        "vendor_sw_version",
                        vendor.as_ref().map(|v| v.sw_version.clone()),
                    )
            }
            E::JoinerRemoved {
                window,
                joiner,
                reason,
            } => joiner_rec(
                AuditAction::ThreadJoinerRemove,
                *window,
                Outcome::Info,
                reason,
            )
            .with("joiner", joiner.clone()),
            E::BorderAgent {
                listening,
                port,
                reason,
            } => agent_rec(
                AuditAction::ThreadBorderAgent,
                Outcome::Info,
                if *listening { "listening" } else { "stopped" },
            )
            .with("port", *port)
            .with("detail", reason.clone()),
            E::AgentSession { peer } => agent_rec(
                AuditAction::ThreadAgentSession,
                Outcome::Success,
                "connected",
            )
            .with("peer", peer.clone()),
            E::AgentHandshakeFailed { failures, total } => agent_rec(
                AuditAction::ThreadAgentSession,
                Outcome::Failure,
                "wrong_pskc",
            )
            .with("failures", *failures)
            .with("total", *total),
            E::CommissionerPetition { peer, session_id } => agent_rec(
                AuditAction::ThreadCommissionerPetition,
                Outcome::Success,
                "accepted",
            )
            .with("peer", peer.clone())
            .with("session_id", *session_id),
            E::CommissionerEnded {
                peer,
                session_id,
                reason,
                active_ms,
                keepalives_min,
            } => agent_rec(AuditAction::ThreadCommissionerResign, Outcome::Info, reason)
                .with("peer", peer.clone())
                .with("session_id", *session_id)
                .with("active_ms", *active_ms)
                .with("keepalives_min", *keepalives_min),
        }
    }
}

/// Appends one audit record per Thread event until the Thread service
/// ends, waking `changed` after each event (the `_meshcop._udp`
/// publisher listens to it). Logs nothing itself: the Thread thread logs
/// each step.
pub async fn audit_events(
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    rx: mpsc::UnboundedReceiver<ThreadEvent>,
    changed: Arc<Notify>,
) {
    audit_events_with(store, clock, rx, changed, |_| {}).await
}

/// [`audit_events`], handing each event to `also` as well (before its
/// record is appended): the daemon reports joiner failures to the core
/// this way. `also` must not block.
pub async fn audit_events_with(
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    mut rx: mpsc::UnboundedReceiver<ThreadEvent>,
    changed: Arc<Notify>,
    also: impl Fn(&ThreadEvent) + Send,
) {
    while let Some(ev) = rx.recv().await {
        changed.notify_one();
        also(&ev);
        let a = ev.audit_event();
        let wall = clock.now();
        match store
            .call(move |s: &mut Store| s.append_audit(wall, &[a]))
            .await
        {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "thread: cannot audit"),
            Err(e) => {
                tracing::error!(error = %e, "thread: cannot audit");
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::thread::LossReason;

    #[test]
    fn each_event_has_its_action_and_reason() {
        let cases = [
            (
                ThreadEvent::RadioUp {
                    pid: Some(7),
                    rcp: "r".into(),
                },
                "thread.radio_up",
                "ok",
            ),
            (
                ThreadEvent::RadioLost {
                    reason: LossReason("eof".into()),
                },
                "thread.radio_lost",
                "lost",
            ),
            (
                ThreadEvent::Reopening {
                    attempt: 2,
                    delay: Duration::from_millis(40),
                },
                "thread.reopen",
                "scheduled",
            ),
            (
                ThreadEvent::Role {
                    role: "leader".into(),
                },
                "thread.role",
                "ok",
            ),
        ];
        for (ev, action, reason) in cases {
            let a = ev.audit_event();
            assert_eq!(a.action, action);
            assert_eq!(a.reason, reason);
            assert_eq!(a.channel, "thread");
        }
    }
}
