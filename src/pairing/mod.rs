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
//! with a [`PeerAuth`]; the answer is a [`Reply`] with the CoAP code of its
//! [`Refusal`] (the one table of [`crate::refusal`]).
//!
//! ```text
//!  transport (TLS, DAC or operational cert) ──PeerAuth, path, body──> PairingService::handle
//!        <── Reply {code, CBOR body, Max-Age} ──                          │
//!                                                 core.call(start_pake / pake_failed /
//!                                                 pake_succeeded / redeem / audit_refusal)
//! ```
//!
//! The trust set (PAA roots, CRLs, denylist, firmware policy) the service
//! and the TLS verifier judge devices by is shared and swapped by
//! [`trust::TrustReloader`] (SIGHUP, `POST /v1/pki/reload`), which then
//! re-checks the devices admitted earlier.
//!
//! The messages themselves (requests, answers, the error body) are the
//! typed `parse`/`emit` pairs of [`wire`], which the reference device
//! ([`crate::device`]) uses too. This module never imports `device`:
//! `device` depends on `pairing` (its in-process transport,
//! `crate::device::LocalExchange`, drives a [`PairingService`]).
#![forbid(unsafe_code)]

mod cbor;
pub mod coap;
mod handshake;
mod service;
pub mod trust;
pub mod wire;

use std::future::Future;
use std::time::Instant;

use crate::attestation::Verdict;
use crate::commissioning::token::DeviceKey;
use crate::commissioning::Commissioner;
use crate::core_driver::{CoreGone, CoreHandle};
use crate::refusal::Refusal;

pub use crate::coap::tls::{EXPORTER_LABEL, EXPORTER_LEN};
pub use cbor::BodyError;
pub use handshake::report_handshake_refusals;
pub use service::{PairingService, DEFAULT_MAX_SESSIONS};
pub use trust::{ReloadError, ReloadReport, TrustReloader, TrustSlot};
pub use wire::{PATH_CONFIRM, PATH_PAKE, PATH_REDEEM, PATH_START};

/// Largest request body accepted (4 KiB); larger gets 4.13 `too_large`.
pub const MAX_BODY: usize = 4096;

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
        /// The DAC and PAI (DER) it presented: kept with the device once
        /// admitted, so that a trust reload can re-check them.
        chain: DeviceChain,
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
        pai_der: &[u8],
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
            chain: DeviceChain {
                dac: dac_der.to_vec(),
                pai: pai_der.to_vec(),
            },
        })
    }
}

/// A device's attestation chain as presented in TLS (DER).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeviceChain {
    /// The Device Attestation Certificate.
    pub dac: Vec<u8>,
    /// The Product Attestation Intermediate.
    pub pai: Vec<u8>,
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

    /// An error: `{"error": refusal, "message": message}`
    /// ([`wire::ErrorBody`]) with the refusal's CoAP code.
    pub fn error(refusal: Refusal, message: &str) -> Reply {
        debug_assert!(
            refusal.coap_code().is_some(),
            "{refusal} is not answered over CoAP"
        );
        Reply {
            // A refusal without a CoAP code is a programming error (the
            // table says it is never answered over CoAP): 5.00, as before
            // the table.
            code: refusal.coap_code().unwrap_or((5, 0)),
            body: wire::ErrorBody {
                error: refusal.as_str().to_owned(),
                message: message.to_owned(),
            }
            .emit(),
            max_age: None,
        }
    }

    /// The `error` value of an error reply, if the body is an error body.
    pub fn error_code(&self) -> Option<String> {
        wire::ErrorBody::parse(&self.body).ok().map(|b| b.error)
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

    /// The CoAP codes of the protocol's error table, row by row.
    #[test]
    fn every_documented_error_has_its_code() {
        let table: &[((u8, u8), &[Refusal])] = &[
            (
                (4, 0),
                &[
                    Refusal::MalformedBody,
                    Refusal::UnknownKey,
                    Refusal::BadSession,
                    Refusal::InvalidCsr,
                    Refusal::Malformed,
                ],
            ),
            (
                (4, 1),
                &[
                    Refusal::WrongPasscode,
                    Refusal::BadSignature,
                    Refusal::WrongDeviceKey,
                    Refusal::Expired,
                    Refusal::NotYetValid,
                    Refusal::Revoked,
                    Refusal::Replayed,
                    Refusal::WrongAudience,
                    Refusal::WrongIssuer,
                    Refusal::UnsupportedAlgorithm,
                ],
            ),
            (
                (4, 3),
                &[
                    Refusal::VidPidMismatch,
                    Refusal::FirmwareRefused,
                    Refusal::DeviceNotEligible,
                    Refusal::ApprovalPending,
                    Refusal::InsufficientScope,
                    Refusal::NotASetupToken,
                    Refusal::WindowInUse,
                    Refusal::WrongPeer,
                ],
            ),
            (
                (4, 4),
                &[
                    Refusal::NoWindow,
                    Refusal::WindowExpired,
                    Refusal::WindowClosed,
                    Refusal::UnknownSession,
                    Refusal::PakeTimeout,
                    Refusal::NotFound,
                ],
            ),
            ((4, 8), &[Refusal::Truncated]),
            ((4, 9), &[Refusal::PakeInFlight]),
            ((4, 13), &[Refusal::TooLarge]),
            ((4, 29), &[Refusal::PairingLocked]),
            ((5, 0), &[Refusal::Internal]),
        ];
        for (code, refusals) in table {
            for r in *refusals {
                assert_eq!(r.coap_code(), Some(*code), "{r}");
                assert_eq!(Reply::error(*r, "m").code, *code, "{r}");
                assert_eq!(
                    Reply::error(*r, "m").error_code().as_deref(),
                    Some(r.as_str())
                );
            }
        }
    }

    /// Each backticked code of a table row, outside parentheses.
    fn codes_of(cell: &str) -> Vec<&str> {
        let mut depth = 0;
        let mut out = Vec::new();
        let mut rest = cell;
        while let Some(i) = rest.find(['(', ')', '`']) {
            match rest.as_bytes()[i] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {
                    let Some(len) = rest[i + 1..].find('`') else {
                        break;
                    };
                    if depth == 0 {
                        out.push(&rest[i + 1..i + 1 + len]);
                    }
                    rest = &rest[i + 1 + len + 1..];
                    continue;
                }
            }
            rest = &rest[i + 1..];
        }
        out
    }

    /// docs/protocol.md's pairing error table ("Errors") is the CoAP part
    /// of the [`Refusal`] table: every value it lists has the row's code.
    #[test]
    fn the_table_in_the_docs_matches_the_refusal_table() {
        let doc = include_str!("../../docs/protocol.md");
        let errors = doc
            .split("\n## Errors\n")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("an Errors section");
        let mut rows = 0;
        for line in errors.lines() {
            let Some(rest) = line.strip_prefix("| 4.").or(line.strip_prefix("| 5.")) else {
                continue;
            };
            let class = if line.starts_with("| 4.") { 4 } else { 5 };
            let detail: u8 = rest[..2].parse().expect("detail");
            let cells: Vec<&str> = line.split('|').collect();
            for e in cells[2].split('`').skip(1).step_by(2) {
                let r = Refusal::from_code(e).unwrap_or_else(|| panic!("{e} is no refusal"));
                assert_eq!(r.coap_code(), Some((class, detail)), "{e} in {line}");
                rows += 1;
            }
        }
        assert_eq!(rows, 34, "error values found in docs/protocol.md");
    }

    /// Every refusal docs/protocol.md lists, with its CoAP code: the
    /// pairing table (`| 4.00 Bad Request | values |`) and the tables of
    /// `/svc` and of the front-end (`| value (why) | 4.00 |`).
    fn documented() -> Vec<(String, (u8, u8))> {
        let code = |c: &str| -> Option<(u8, u8)> {
            let c = c.get(..4).filter(|c| c.starts_with(['4', '5']))?;
            let (class, detail) = c.split_once('.')?;
            Some((class.parse().ok()?, detail.parse().ok()?))
        };
        let mut out = Vec::new();
        for line in include_str!("../../docs/protocol.md").lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            if cells.len() != 4 {
                continue;
            }
            let (c, values) = match (code(cells[1]), code(cells[2])) {
                (Some(c), None) => (c, cells[2]),
                (None, Some(c)) => (c, cells[1]),
                _ => continue,
            };
            out.extend(codes_of(values).into_iter().map(|v| (v.to_owned(), c)));
        }
        out
    }

    /// docs/protocol.md and the CoAP part of the [`Refusal`] table hold
    /// the same (value, CoAP code) pairs, both ways (`wrong_peer` is there
    /// twice: 4.03 for pairing, 4.01 for `/svc`).
    #[test]
    fn every_coap_refusal_is_documented_and_every_documented_one_exists() {
        let doc: std::collections::BTreeSet<(String, (u8, u8))> =
            documented().into_iter().collect();
        let table: std::collections::BTreeSet<(String, (u8, u8))> = Refusal::ALL
            .iter()
            .filter_map(|r| Some((r.as_str().to_owned(), r.coap_code()?)))
            .collect();
        assert_eq!(doc, table);
        assert!(doc.contains(&("wrong_peer".to_owned(), (4, 1))));
        assert!(doc.contains(&("wrong_peer".to_owned(), (4, 3))));
    }
}
