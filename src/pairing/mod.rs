//! The hub side of pairing protocol v1 on the wire (docs/protocol.md),
//! independent of the transport.
//!
//! [`PairingService`] implements the four resources `/pair/start`,
//! `/pair/pake`, `/pair/confirm` and `/pair/redeem`: it decodes the strict
//! CBOR bodies, runs the SPAKE2+ verifier, checks the vulnerable-firmware
//! policy, issues the operational certificate with the hub CA, and asks the
//! commissioning core (through a [`CoreAccess`], normally the daemon's
//! [`CoreHandle`]) for every decision about windows, PAKE attempts and
//! tokens. The transport (CoAP over TLS) authenticates the peer, computes
//! the TLS exporter and hands each request to [`PairingService::handle`]
//! with a [`PeerAuth`]; the answer is a [`Reply`] with the CoAP code from
//! the one table of the protocol ([`coap_code`]).
//!
//! ```text
//!  transport (TLS, DAC or operational cert) ──PeerAuth, path, body──> PairingService::handle
//!        <── Reply {code, CBOR body, Max-Age} ──                          │
//!                                                 core.call(start_pake / pake_failed /
//!                                                 pake_succeeded / redeem / audit_refusal)
//! ```
//!
//! [`LocalExchange`] connects the reference device ([`crate::device`]) to a
//! service in-process, without sockets: tests and benchmarks use it.
#![forbid(unsafe_code)]

pub(crate) mod cbor;
pub mod coap;
mod handshake;
mod local;
mod service;

use std::future::Future;
use std::time::Instant;

use crate::attestation::Verdict;
use crate::commissioning::token::DeviceKey;
use crate::commissioning::Commissioner;
use crate::core_driver::{CoreGone, CoreHandle};

pub use cbor::BodyError;
pub use handshake::report_handshake_refusals;
pub use local::{random_exporter, LocalExchange};
pub use service::{PairingService, DEFAULT_MAX_SESSIONS};

/// Largest request body accepted (4 KiB); larger gets 4.13 `too_large`.
pub const MAX_BODY: usize = 4096;

/// Length of the TLS exporter both ends compute
/// (`TLS-Exporter("EXPORTER-threshold-pairing", "", 32)`).
pub const EXPORTER_LEN: usize = 32;

/// The label of the TLS exporter (RFC 8446 §7.5) bound into the PAKE.
pub const EXPORTER_LABEL: &str = "EXPORTER-threshold-pairing";

/// `/pair/start`.
pub const PATH_START: &str = "/pair/start";
/// `/pair/pake`.
pub const PATH_PAKE: &str = "/pair/pake";
/// `/pair/confirm`.
pub const PATH_CONFIRM: &str = "/pair/confirm";
/// `/pair/redeem`.
pub const PATH_REDEEM: &str = "/pair/redeem";

/// Who sent a request, as the transport authenticated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeerAuth {
    /// A device pairing: its TLS client chain (DAC + PAI) passed attestation.
    Device {
        /// Lower-case hex SHA-256 of the DAC (DER): the SPAKE2+ `idProver`
        /// and the device's name in the audit log while it pairs
        /// ([`dac_fingerprint`]).
        dac_fingerprint: String,
        /// The DAC's Vendor ID.
        vid: u16,
        /// The DAC's Product ID.
        pid: u16,
        /// The TLS exporter of the connection.
        exporter: [u8; EXPORTER_LEN],
    },
    /// A paired device: its TLS client certificate is an operational
    /// certificate issued by the hub CA.
    Operational {
        /// The certificate's public key (the token's `cnf` must be it).
        key: DeviceKey,
        /// The TLS exporter of the connection.
        exporter: [u8; EXPORTER_LEN],
    },
}

impl PeerAuth {
    /// The peer's name in the audit log: `device:<DAC fingerprint>` or
    /// `device:<operational key fingerprint>`.
    pub fn audit_name(&self) -> String {
        match self {
            PeerAuth::Device {
                dac_fingerprint, ..
            } => format!("device:{dac_fingerprint}"),
            PeerAuth::Operational { key, .. } => format!("device:{}", key.fingerprint()),
        }
    }

    /// The TLS exporter of the peer's connection.
    pub fn exporter(&self) -> &[u8; EXPORTER_LEN] {
        match self {
            PeerAuth::Device { exporter, .. } | PeerAuth::Operational { exporter, .. } => exporter,
        }
    }

    /// The identity of a device whose attestation chain passed: `None` when
    /// the verdict is a refusal or names no VID/PID. The transport calls
    /// this after [`crate::attestation::AttestationVerifier::verify`].
    pub fn from_verdict(
        dac_der: &[u8],
        verdict: &Verdict,
        exporter: [u8; EXPORTER_LEN],
    ) -> Option<PeerAuth> {
        if !verdict.ok {
            return None;
        }
        Some(PeerAuth::Device {
            dac_fingerprint: dac_fingerprint(dac_der),
            vid: verdict.vid?.0,
            pid: verdict.pid?.0,
            exporter,
        })
    }
}

/// Lower-case hex SHA-256 of a DAC's DER encoding: the SPAKE2+ `idProver`.
pub fn dac_fingerprint(dac_der: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, dac_der))
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// CoAP response code as (class, detail): `(2, 4)` is 2.04 Changed.
    pub code: (u8, u8),
    /// CBOR body (Content-Format 60).
    pub body: Vec<u8>,
    /// Max-Age option in seconds (with 4.29 `pairing_locked`: until the
    /// lock ends).
    pub max_age: Option<u32>,
}

impl Reply {
    /// A success with a CBOR body.
    pub(crate) fn ok(code: (u8, u8), body: Vec<u8>) -> Reply {
        Reply {
            code,
            body,
            max_age: None,
        }
    }

    /// An error: `{"error": code, "message": message}` with the CoAP code
    /// of [`coap_code`].
    pub fn error(error: &str, message: &str) -> Reply {
        Reply {
            code: coap_code(error),
            body: cbor::encode(vec![
                ("error", cbor::text(error)),
                ("message", cbor::text(message)),
            ]),
            max_age: None,
        }
    }

    /// The `error` value of an error reply, if the body carries one.
    pub fn error_code(&self) -> Option<String> {
        let mut f = cbor::Fields::parse(&self.body, &["error", "message"]).ok()?;
        f.text("error").ok()
    }
}

/// The CoAP response code for an `error` value: THE one mapping table of
/// docs/protocol.md ("Errors"). Unknown values map to 5.00.
pub fn coap_code(error: &str) -> (u8, u8) {
    match error {
        "malformed_body" | "unknown_key" | "bad_session" | "invalid_csr" | "malformed" => (4, 0),
        "wrong_passcode"
        | "bad_signature"
        | "wrong_device_key"
        | "expired"
        | "not_yet_valid"
        | "revoked"
        | "replayed"
        | "wrong_audience"
        | "wrong_issuer"
        | "unsupported_algorithm" => (4, 1),
        "vid_pid_mismatch"
        | "firmware_refused"
        | "device_not_eligible"
        | "approval_pending"
        | "insufficient_scope"
        | "not_a_setup_token"
        | "window_in_use"
        | "wrong_peer" => (4, 3),
        "no_window" | "window_expired" | "window_closed" | "unknown_session" | "pake_timeout"
        | "not_found" => (4, 4),
        "truncated" => (4, 8),
        "pake_in_flight" => (4, 9),
        "too_large" => (4, 13),
        "pairing_locked" => (4, 29),
        _ => (5, 0),
    }
}

/// Access to the commissioning core: the daemon's [`CoreHandle`], or a
/// test harness driving a [`Commissioner`] on virtual time.
pub trait CoreAccess: Send + Sync + 'static {
    /// The core's current monotonic time (sessions expire on it).
    fn now(&self) -> Instant;

    /// Runs `f` on the core with its current monotonic time; resolves once
    /// every event `f` caused is carried out (audit and state durable).
    fn call<R, F>(&self, f: F) -> impl Future<Output = Result<R, CoreGone>> + Send
    where
        R: Send + 'static,
        F: FnOnce(&mut Commissioner, Instant) -> R + Send + 'static;
}

impl CoreAccess for CoreHandle {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn call<R, F>(&self, f: F) -> impl Future<Output = Result<R, CoreGone>> + Send
    where
        R: Send + 'static,
        F: FnOnce(&mut Commissioner, Instant) -> R + Send + 'static,
    {
        CoreHandle::call(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_error_has_its_code() {
        let table: &[((u8, u8), &[&str])] = &[
            (
                (4, 0),
                &[
                    "malformed_body",
                    "unknown_key",
                    "bad_session",
                    "invalid_csr",
                    "malformed",
                ],
            ),
            (
                (4, 1),
                &[
                    "wrong_passcode",
                    "bad_signature",
                    "wrong_device_key",
                    "expired",
                    "not_yet_valid",
                    "revoked",
                    "replayed",
                    "wrong_audience",
                    "wrong_issuer",
                    "unsupported_algorithm",
                ],
            ),
            (
                (4, 3),
                &[
                    "vid_pid_mismatch",
                    "firmware_refused",
                    "device_not_eligible",
                    "approval_pending",
                    "insufficient_scope",
                    "not_a_setup_token",
                    "window_in_use",
                    "wrong_peer",
                ],
            ),
            (
                (4, 4),
                &[
                    "no_window",
                    "window_expired",
                    "window_closed",
                    "unknown_session",
                    "pake_timeout",
                    "not_found",
                ],
            ),
            ((4, 8), &["truncated"]),
            ((4, 9), &["pake_in_flight"]),
            ((4, 13), &["too_large"]),
            ((4, 29), &["pairing_locked"]),
            ((5, 0), &["internal", "anything_else"]),
        ];
        for (code, errors) in table {
            for e in *errors {
                assert_eq!(coap_code(e), *code, "{e}");
            }
        }
    }

    #[test]
    fn the_table_in_the_docs_matches_coap_code() {
        let doc = include_str!("../../docs/protocol.md");
        let mut rows = 0;
        for line in doc.lines() {
            let Some(rest) = line.strip_prefix("| 4.").or(line.strip_prefix("| 5.")) else {
                continue;
            };
            let class = if line.starts_with("| 4.") { 4 } else { 5 };
            let detail: u8 = rest[..2].parse().expect("detail");
            let cells: Vec<&str> = line.split('|').collect();
            for e in cells[2].split('`').skip(1).step_by(2) {
                assert_eq!(coap_code(e), (class, detail), "{e} in {line}");
                rows += 1;
            }
        }
        assert_eq!(rows, 34, "error values found in docs/protocol.md");
    }
}
