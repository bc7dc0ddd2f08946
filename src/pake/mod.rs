//! SPAKE2+ (RFC 9383), ciphersuite P256-SHA256-HKDF-SHA256-HMAC-SHA256: the
//! passcode proof of a pairing.
//!
//! # Roles
//!
//! SPAKE2+ is an augmented PAKE: one side, the **prover**, knows the
//! password-derived secrets `w0` and `w1`; the other, the **verifier**, keeps
//! only the registration record `(w0, L = w1*P)`. In Threshold:
//!
//! * the **device is the prover**. It knows its setup passcode (printed on it,
//!   or in its QR code) and derives `w0`, `w1` from it ([`derive()`]);
//! * the **hub is the verifier**. When a user scans the device's code and
//!   opens a commissioning window, the hub derives the record from the scanned
//!   passcode with a fresh salt, keeps `(w0, L)` for the window and forgets
//!   the passcode and `w1`.
//!
//! Matter's PASE runs the same protocol the other way round (there the
//! commissioner is the prover and the device stores the verifier). The
//! registration record is derived exactly as Matter derives it (see
//! [`derive()`]), but the key schedule is RFC 9383's final one, not the
//! draft-01 schedule Matter's PASE uses, so a Threshold run does not
//! interoperate with a Matter PASE run on the wire.
//!
//! # Message flow
//!
//! ```text
//!  device (prover)                                   hub (verifier)
//!  passcode                                          record (w0, L) for the window,
//!                                                    derived with (salt, iterations)
//!      |                                                   |
//!      |  <--------- salt (16..=32 B), iterations (4 B) ---|  PBKDF parameters
//!  derive(passcode, salt, iterations) -> w0, w1            |
//!  x <- [1, n-1]                                           |
//!  X = x*P + w0*M                                          |
//!      |---- shareP = X (65 B) --------------------------->|
//!      |                                         check X on the curve, not I
//!      |                                         y <- [1, n-1]
//!      |                                         Y = y*P + w0*N
//!      |                                         Z = y*(X - w0*M), V = y*L
//!      |                                         TT, keys, confirmV = MAC(K_confirmV, X)
//!      |<--- shareV = Y (65 B), confirmV (32 B) -----------|
//!  check Y on the curve, not I                             |
//!  Z = x*(Y - w0*N), V = w1*(Y - w0*N)                     |
//!  TT, keys; confirmV == MAC(K_confirmV, X)? (constant time)
//!  confirmP = MAC(K_confirmP, Y)                           |
//!      |---- confirmP (32 B) ----------------------------->|
//!  K_shared                                  confirmP == MAC(K_confirmP, Y)?
//!                                            (constant time) -> K_shared
//! ```
//!
//! [`Prover::start`] makes `shareP`; [`Verifier::respond`] checks it and
//! makes `shareV` and `confirmV` (sent together, as RFC 9383 §3.1 allows);
//! [`ProverStarted::finish`] checks both and makes `confirmP`;
//! [`VerifierResponded::finish`] checks `confirmP`. Neither side releases
//! [`SharedKey`] before it has checked the other's confirmation. Each state
//! is consumed by its step, so a session cannot be re-entered. How the
//! messages travel (and how the hub sends the PBKDF parameters) is the
//! transport layer's business; in Threshold they travel inside the pairing
//! TLS session, and the TLS exporter is bound into the transcript through
//! the context ([`Context::for_pairing`]).
//!
//! `x` and `y` are drawn as 40 random bytes reduced mod `n` (bias below
//! `2^-64`, RFC 9383 §3.2's bound); zero is redrawn. The cofactor of P-256 is
//! 1, so `h` does not appear.
//!
//! # Transcript
//!
//! RFC 9383 §3.3, each field preceded by its length as 8 bytes little-endian:
//!
//! ```text
//! TT = len(Context)    || Context         application context (see Context)
//!   || len(idProver)   || idProver        may be empty
//!   || len(idVerifier) || idVerifier      may be empty
//!   || len(M)          || M               65 B, SEC1 uncompressed
//!   || len(N)          || N               65 B
//!   || len(shareP)     || shareP          65 B, X
//!   || len(shareV)     || shareV          65 B, Y
//!   || len(Z)          || Z               65 B
//!   || len(V)          || V               65 B
//!   || len(w0)         || w0              32 B, big-endian
//! ```
//!
//! `M` and `N` are the RFC's P-256 constants (§4). Both sides must use the
//! same context and identities, or confirmation fails.
//!
//! # Key schedule
//!
//! RFC 9383 §3.4 (the final RFC; earlier drafts, and Matter, split
//! `Hash(TT)` into `Ka || Ke` instead):
//!
//! ```text
//! K_main                   = SHA-256(TT)                                  32 B
//! K_confirmP || K_confirmV = HKDF-SHA256(salt = nil, K_main, "ConfirmationKeys", 64)
//! K_shared                 = HKDF-SHA256(salt = nil, K_main, "SharedKey", 32)
//! confirmP                 = HMAC-SHA256(K_confirmP, shareV)              32 B
//! confirmV                 = HMAC-SHA256(K_confirmV, shareP)              32 B
//! ```
//!
//! # Validation and errors
//!
//! * Received shares must be exactly 65 bytes, SEC1 uncompressed (`0x04`),
//!   on the curve with canonical coordinates and not the identity, else
//!   [`SpakeError::InvalidPoint`]. A share that cancels the password mask
//!   (`X = w0*M` or `Y = w0*N`, which would make `Z` the identity) is refused
//!   the same way.
//! * Confirmations are compared in constant time; any mismatch, including a
//!   wrong length, is [`SpakeError::ConfirmationFailed`].
//! * [`derive()`] refuses salts outside 16..=32 bytes
//!   ([`SpakeError::SaltLength`]) and iteration counts outside 1000..=100000
//!   ([`SpakeError::Iterations`]), Matter's ranges.
//! * `w0`, `w1`, `x`, `y`, `Z`, `V`, the transcript and every key are held in
//!   zeroizing memory and wiped on drop; no `Debug` output contains them.
//!
//! The deterministic variants that take `x` or `y` instead of a random number
//! generator (needed to reproduce the RFC's test vectors) are `pub(crate)`:
//! no caller outside the crate can choose them.
//!
//! `docs/pake.md` has the same material with the parameter choices and
//! benchmark figures.
#![forbid(unsafe_code)]

use thiserror::Error;

mod group;
mod protocol;
mod registration;

#[cfg(test)]
mod tests;

pub use protocol::{Prover, ProverStarted, SharedKey, Verifier, VerifierResponded};
pub use registration::{
    derive, ProverSecrets, VerifierRecord, PROVER_SECRETS_LEN, VERIFIER_RECORD_LEN,
};

/// Length of a share (`shareP`, `shareV`) and of `L`: a SEC1 uncompressed
/// P-256 point.
pub const POINT_LEN: usize = 65;

/// Length of a confirmation message (`confirmP`, `confirmV`): HMAC-SHA256.
pub const CONFIRM_LEN: usize = 32;

/// Length of [`SharedKey`] (`K_shared`).
pub const SHARED_KEY_LEN: usize = 32;

/// Length of a scalar (`w0`, `w1`) in its big-endian encoding.
pub const SCALAR_LEN: usize = 32;

/// Length of each half (`w0s`, `w1s`) of the PBKDF2 output: 32 + 8 bytes, so
/// that reducing mod `n` has a bias below `2^-64` (Matter's
/// `kSpake2p_WS_Length`).
pub const WIDE_SCALAR_LEN: usize = 40;

/// Shortest PBKDF2 salt accepted (Matter's minimum).
pub const MIN_SALT_LEN: usize = 16;

/// Longest PBKDF2 salt accepted (Matter's maximum).
pub const MAX_SALT_LEN: usize = 32;

/// Fewest PBKDF2 iterations accepted (Matter's minimum).
pub const MIN_PBKDF2_ITERATIONS: u32 = 1_000;

/// Most PBKDF2 iterations accepted (Matter's maximum).
pub const MAX_PBKDF2_ITERATIONS: u32 = 100_000;

/// The PBKDF2 iteration count the hub uses when it derives a record.
///
/// 10 000. Measured with `cargo bench --bench pake` on the 2-core development
/// VM (docs/pake.md), one derivation (PBKDF2 plus `L = w1*P`) costs 0.68 ms
/// at 1 000, 5.8 ms at 10 000 and 58 ms at 100 000 iterations: the hub
/// derives once per window opened, so its cost does not constrain the
/// choice. The device derives once per pairing (with the hub's salt and
/// count) on a microcontroller; a Cortex-M4-class part hashing in software
/// is estimated (not measured) at a few hundred times slower than the VM,
/// about 0.25 s at 1 000, 2.5 s at 10 000 and 25 s at 100 000 iterations.
/// 10 000 keeps the device within a few seconds while making every passcode
/// guess against a stolen record ten times dearer than Matter's usual 1 000.
/// The passcode has only 27 bits, so no allowed count stops a determined
/// offline search: what protects the record is that it lives for one window
/// only.
pub const DEFAULT_PBKDF2_ITERATIONS: u32 = 10_000;

/// Label that opens the context of a Threshold pairing run.
pub const PAIRING_CONTEXT_LABEL: &[u8] = b"threshold-pairing-v1";

/// Why a SPAKE2+ step or a derivation failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum SpakeError {
    /// The PBKDF2 salt is not 16..=32 bytes long; the length received.
    #[error("PBKDF2 salt is {0} bytes, expected {MIN_SALT_LEN}..={MAX_SALT_LEN}")]
    SaltLength(usize),
    /// The PBKDF2 iteration count is outside 1000..=100000; the count
    /// received.
    #[error(
        "PBKDF2 iteration count {0} is outside {MIN_PBKDF2_ITERATIONS}..={MAX_PBKDF2_ITERATIONS}"
    )]
    Iterations(u32),
    /// A received (or stored) point is not 65 bytes of SEC1 uncompressed
    /// encoding of a P-256 point other than the identity, or a share cancels
    /// the password mask.
    #[error("invalid point (expected 65-byte SEC1 uncompressed P-256 point, not the identity)")]
    InvalidPoint,
    /// A stored scalar (`w0`, `w1`) is not 32 bytes big-endian, canonical
    /// and non-zero, or a serialized record or secret has the wrong length.
    #[error("invalid scalar or record encoding")]
    InvalidScalar,
    /// The peer's confirmation MAC did not match: wrong passcode, different
    /// context or identities, or a tampered message.
    #[error("key confirmation failed")]
    ConfirmationFailed,
    /// The random number generator or a *ring* KDF call failed.
    #[error("cryptographic backend failure")]
    Crypto,
}

/// Builders of the transcript `Context` (RFC 9383 §3.3).
///
/// The context is application-provided bytes, which the protocol functions
/// take as `&[u8]`; any bytes are accepted. This type only names Threshold's
/// own layout and has no values.
#[derive(Debug)]
pub enum Context {}

impl Context {
    /// The context of a Threshold pairing run: `b"threshold-pairing-v1" ||
    /// tls_exporter`.
    ///
    /// `tls_exporter` is the value both ends export from the pairing TLS
    /// session (RFC 5705 / RFC 8446 §7.5); putting it in the transcript binds
    /// the passcode proof to that TLS session, so a run relayed from another
    /// connection fails confirmation. The label has a fixed length, so the
    /// concatenation is unambiguous.
    pub fn for_pairing(tls_exporter: &[u8]) -> Vec<u8> {
        let mut context = Vec::with_capacity(PAIRING_CONTEXT_LABEL.len() + tls_exporter.len());
        context.extend_from_slice(PAIRING_CONTEXT_LABEL);
        context.extend_from_slice(tls_exporter);
        context
    }
}
