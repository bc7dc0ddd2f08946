//! The sans-IO commissioning core.
//!
//! [`Commissioner`] owns every rule of pairing protocol v1 (DESIGN.md):
//! commissioning windows, PAKE sessions and their attempt limits, pairing
//! tokens (issue, verify, redeem, revoke), device approval, owner bootstrap
//! and invites, and anomaly detection. It never reads a clock (monotonic
//! `now` is an argument; wall time comes through [`crate::time::WallClock`]),
//! never touches a socket or a file, and reports everything it decides as
//! [`event::Event`]s: audit records, state to persist, services to advertise
//! or withdraw, alerts.
//!
//! The [`Commissioner`] is a coordinator over one state machine per
//! concern, each in its own file, owning its state and its invariants:
//! `windows.rs` (open windows, discriminator index, recently closed),
//! `sessions.rs` (the PAKE running in a window and its timeout),
//! `ledger.rs` (the hub key and the live tokens), `devices.rs` (device
//! lifecycle), `enrollment.rs` (bootstrap and invite codes), [`allowance`] (the
//! commissioner allowance: external commissioning through the border
//! agent, window-like and expiring), and
//! [`anomaly`] (bursts and the pairing locks, scoped to the source,
//! credential or window that failed). `commissioner.rs` sequences
//! the steps that cross them and emits the [`event::Event`]s.
//!
//! Other submodules: [`policy`] (roles x classes, roles x actions, the
//! device-class table, limits), [`authz`] (who may do what, each refusal
//! audited once: `Commissioner::authorize`), [`token`] (CWT encoding), [`codes`] (enrollment codes), [`rng`]
//! (the injected random source), [`dataset`] (Thread datasets: the TLV
//! walk, the active and pending rules), [`event`] (outputs), [`error`] (one error
//! type per operation), [`joiner`] (the Thread joiner id and PSKd a window
//! may carry), [`otbr_rest`] (who may use the OTBR-compatible REST
//! listener, and its audit), [`dashboard`] (the web dashboard's login
//! links, sessions and CSRF tokens).
//!
//! The device lifecycle:
//!
//! ```text
//!  window open ──PAKE ok──> Pending(setup token) ──redeem──> Admitted(full)
//!                              │   (high risk: approve first ─> Approved ─┘)
//!                              └── setup token expires / window closes ──> Quarantined
//!  Admitted ── revoke / quarantine ──> Quarantined      any ── remove ──> Removed
//! ```
#![forbid(unsafe_code)]

/// Whether the model checker (tests/model_check.rs) switched on the
/// deliberate bug `$m` ([`model::Mutation`]) in this thread. Only the
/// TEST ONLY feature `model-check` compiles the switch; in every other
/// build this is the constant `false` ([`no_fault`]), so a mutation's code
/// is dead and the firmware's behaviour is the unmutated one.
#[cfg(feature = "model-check")]
macro_rules! fault {
    ($m:ident) => {
        $crate::commissioning::model::active($crate::commissioning::model::Mutation::$m)
    };
}
#[cfg(not(feature = "model-check"))]
macro_rules! fault {
    ($m:ident) => {
        $crate::commissioning::no_fault()
    };
}

/// `fault!(..)` outside the `model-check` feature: never.
#[cfg(not(feature = "model-check"))]
#[inline(always)]
pub(crate) const fn no_fault() -> bool {
    false
}

pub mod allowance;
pub mod anomaly;
pub mod authz;
pub mod codes;
mod commissioner;
pub mod dashboard;
pub mod dataset;
mod devices;
mod enrollment;
pub mod error;
pub mod event;
pub mod handshake;
pub mod ids;
pub mod joiner;
mod ledger;
pub mod matter;
#[cfg(feature = "model-check")]
pub mod model;
pub mod otbr_rest;
pub mod policy;
pub mod rng;
mod sessions;
pub mod srp;
pub mod tally;
pub mod token;
mod windows;

pub use self::allowance::AllowanceInfo;
pub use self::anomaly::{Credential, FailureSource, LockScope};
pub use self::authz::{AuthRefusal, DatasetAccess};
pub use self::commissioner::{hub_id_of, Actor, Commissioner, Snapshot, TrustFinding};
pub use self::enrollment::CODE_MEMORY;
pub use self::ids::{DeviceId, WindowId};
pub use self::joiner::{JoinerId, Pskd, ThreadJoiner};
pub use self::ledger::{IssuedToken, LedgerEntry};
pub use self::rng::{RandomSource, RngError};
pub use self::sessions::{PakeFailure, PakeTicket};
pub use self::windows::{OpenWindow, WindowInfo, WindowPake};

/// What the core's unit tests share.
#[cfg(test)]
pub(crate) mod test_support {
    use std::sync::Arc;
    use std::time::Instant;

    use super::event::{Event, Persist};
    use super::policy::Policy;
    use super::token::HubKey;
    use super::{Commissioner, Snapshot};
    use crate::audit::AuditEvent;
    use crate::time::{ManualClock, UnixMillis};

    /// A core on the default policy, a fresh hub key and a fixed wall
    /// clock, with no state; and its monotonic "now".
    pub(crate) fn core() -> (Commissioner, Instant) {
        let now = Instant::now();
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
        let c = Commissioner::new(
            Policy::default(),
            hub,
            Arc::new(ManualClock::new(UnixMillis(1_795_564_800_000))),
            Box::new(ring::rand::SystemRandom::new()),
            now,
            Snapshot::default(),
        );
        (c, now)
    }

    /// Every event the core queued: its audit events and persists.
    pub(crate) fn drain(c: &mut Commissioner) -> (Vec<AuditEvent>, Vec<Persist>) {
        let (mut audits, mut persists) = (Vec::new(), Vec::new());
        while let Some(ev) = c.poll_event() {
            match ev {
                Event::Audit(a) => audits.push(a),
                Event::Persist(p) => persists.push(p),
                _ => {}
            }
        }
        (audits, persists)
    }
}
