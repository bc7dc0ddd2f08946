//! TEST ONLY (feature `model-check`): what the model checker of
//! tests/model_check.rs needs from the core, and nothing a hub runs.
//!
//! * [`Mutation`]: deliberate bugs, one per checked property, switched on
//!   per thread ([`set`]) so one test build can run the checker against
//!   the real core and against each broken variant in turn. The core
//!   consults them with `fault!(Name)`, which is the constant `false`
//!   without this feature.
//! * `Commissioner::fork` and `Commissioner::model_fingerprint`
//!   (commissioner.rs): a copy of the whole core to explore a successor
//!   state from, and a canonical rendering of its state to recognise a
//!   state reached again by another path.
//!
//! The feature is enabled only by the crate's dev-dependency on itself
//! (Cargo.toml): `cargo test` builds have it, `cargo build` (the
//! firmware, the Yocto recipe) never does.

use std::cell::Cell;
use std::time::Instant;

/// A deliberately broken variant of the core: each breaks one property
/// of docs/commissioning.md, "Model checking", and the checker must catch
/// it with a counterexample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mutation {
    /// A window still accepts at its deadline (expiry fires at `now >
    /// deadline` instead of `now >= deadline`). Breaks
    /// `admission_in_open_window`.
    WindowDeadlineExclusive,
    /// The role x class check of `open_window` is skipped: a member or
    /// guest opens a `high` window. Breaks `admission_in_open_window`.
    AnyRolePairsAnyClass,
    /// The ledger forgets that a `cti` was redeemed. Breaks
    /// `token_single_use`.
    ReplayAccepted,
    /// The ledger ignores revocation. Breaks `token_single_use`.
    RevokedAccepted,
    /// A pending device needing approval redeems without it. Breaks
    /// `high_risk_needs_approval`.
    ApprovalSkipped,
    /// A device refused by a user or a timer changes state without its
    /// audit record. Breaks `audit_replays_state`.
    RefusalUnaudited,
    /// `open_window` refuses while the hub-wide lock is on, for every
    /// role. Breaks `anonymous_never_locks_owner`.
    HubLockRefusesOwner,
    /// A restart restores the ledger with every token unredeemed. Breaks
    /// `restart_resurrects_nothing`.
    RestartForgetsRedemptions,
}

impl Mutation {
    /// Every mutation.
    pub const ALL: [Mutation; 8] = [
        Mutation::WindowDeadlineExclusive,
        Mutation::AnyRolePairsAnyClass,
        Mutation::ReplayAccepted,
        Mutation::RevokedAccepted,
        Mutation::ApprovalSkipped,
        Mutation::RefusalUnaudited,
        Mutation::HubLockRefusesOwner,
        Mutation::RestartForgetsRedemptions,
    ];
}

thread_local! {
    static ACTIVE: Cell<Option<Mutation>> = const { Cell::new(None) };
}

/// Switches mutation `m` on (or every mutation off, `None`) for the cores
/// driven by this thread.
pub fn set(m: Option<Mutation>) {
    ACTIVE.with(|a| a.set(m));
}

/// Whether mutation `m` is on in this thread.
pub fn active(m: Mutation) -> bool {
    ACTIVE.with(|a| a.get() == Some(m))
}

/// `t` in milliseconds since `t0` (negative before it), for fingerprints.
pub(crate) fn ms(t0: Instant, t: Instant) -> i128 {
    if t >= t0 {
        (t - t0).as_millis() as i128
    } else {
        -((t0 - t).as_millis() as i128)
    }
}
