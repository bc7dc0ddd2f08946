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
//! Submodules: [`policy`] (roles x classes, limits), [`token`] (CWT
//! encoding), [`codes`] (enrollment codes), [`anomaly`] (burst detection),
//! [`event`] (outputs), [`error`] (one error type per operation).
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

pub mod anomaly;
pub mod codes;
mod core;
pub mod error;
pub mod event;
pub mod handshake;
pub mod policy;
pub mod token;

pub use self::core::*;
