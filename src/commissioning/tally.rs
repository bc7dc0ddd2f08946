//! What an audit record counts as, for the operator's counters
//! (docs/operations.md, "Metrics"): the core decides what a completed or
//! failed pairing is, what a refusal is and what a pairing lock is, here,
//! next to the code that writes those records; the metrics driver only
//! adds up what [`tally`] says.
//!
//! Pure: a function of one record, no state. Every record is looked at
//! once, when it is durable (the store's audit observer).
#![forbid(unsafe_code)]

use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::refusal::Refusal;

/// What one audit record adds to the counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// A device completed pairing: it proved the passcode and was admitted
    /// with a setup token (`pake.admit`, success).
    pub pairing_completed: bool,
    /// A pairing attempt failed: a refused or failed step of the device's
    /// pairing path (`pake.*`, `pair.*`, a refused `token.redeem`, a
    /// device refused at the TLS handshake).
    pub pairing_failed: bool,
    /// The hub refused a request with this refusal code (the record's
    /// `reason`, outcome `denied`); `None` for anything else, and for a
    /// denial whose reason is not a refusal code.
    pub refusal: Option<Refusal>,
    /// The anomaly detector locked a scope (`anomaly.alert` with a
    /// `locked_until`).
    pub lock: bool,
    /// The Thread radio (the RCP) was lost (`thread.radio_lost`).
    pub rcp_lost: bool,
}

/// The actions of the device's pairing path (docs/protocol.md).
fn pairing_path(action: AuditAction) -> bool {
    matches!(
        action,
        AuditAction::PakeStart
            | AuditAction::PakeConfirm
            | AuditAction::PakeTimeout
            | AuditAction::PakeAdmit
            | AuditAction::TokenRedeem
            | AuditAction::PairStart
            | AuditAction::PairPake
            | AuditAction::PairConfirm
            | AuditAction::PairRedeem
            | AuditAction::TlsHandshake
    )
}

/// What `ev` counts as. A record whose action the hub does not write
/// (read back from another tool's log) counts as nothing but its refusal.
pub fn tally(ev: &AuditEvent) -> Tally {
    let action = AuditAction::parse(&ev.action);
    let failed = matches!(ev.outcome, Outcome::Denied | Outcome::Failure);
    let refusal = match ev.outcome {
        Outcome::Denied => Refusal::from_code(&ev.reason),
        _ => None,
    };
    let Some(action) = action else {
        return Tally {
            refusal,
            ..Tally::default()
        };
    };
    Tally {
        pairing_completed: action == AuditAction::PakeAdmit && ev.outcome == Outcome::Success,
        pairing_failed: failed && pairing_path(action),
        refusal,
        lock: action == AuditAction::AnomalyAlert
            && ev
                .details
                .get("locked_until")
                .is_some_and(|v| v.is_string()),
        rcp_lost: action == AuditAction::ThreadRadioLost,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(action: AuditAction, outcome: Outcome, reason: &str) -> AuditEvent {
        AuditEvent::new("device:ab", action, "window:1", "coap", outcome, reason)
    }

    #[test]
    fn admitted_is_completed_and_a_refused_step_failed() {
        let t = tally(&ev(AuditAction::PakeAdmit, Outcome::Success, "ok"));
        assert!(t.pairing_completed && !t.pairing_failed && t.refusal.is_none());
        let t = tally(&ev(
            AuditAction::PakeConfirm,
            Outcome::Denied,
            Refusal::ALL[0].as_str(),
        ));
        assert!(!t.pairing_completed && t.pairing_failed);
        assert_eq!(t.refusal, Some(Refusal::ALL[0]));
        let t = tally(&ev(AuditAction::PakeTimeout, Outcome::Failure, "timeout"));
        assert!(t.pairing_failed && t.refusal.is_none());
    }

    #[test]
    fn a_refusal_outside_pairing_is_only_a_refusal() {
        let code = Refusal::ALL[1].as_str();
        let t = tally(&ev(AuditAction::AccessDenied, Outcome::Denied, code));
        assert_eq!(
            t,
            Tally {
                refusal: Some(Refusal::ALL[1]),
                ..Tally::default()
            }
        );
        // A reason that is no refusal code is not a refusal.
        let t = tally(&ev(AuditAction::AccessDenied, Outcome::Denied, "whatever"));
        assert_eq!(t, Tally::default());
    }

    #[test]
    fn only_a_locking_alert_is_a_lock() {
        let alert = ev(AuditAction::AnomalyAlert, Outcome::Info, "failure_burst");
        assert!(!tally(&alert.clone().with("locked_until", serde_json::Value::Null)).lock);
        assert!(tally(&alert.with("locked_until", "2026-11-25T00:00:00Z")).lock);
    }
}
