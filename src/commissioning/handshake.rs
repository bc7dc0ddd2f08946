//! Refusals at the device TLS handshake: what each kind means for the
//! pairing lock, decided here rather than by the transport.
//!
//! The CoAP over TLS server reports every client it refuses with a
//! [`HandshakeFailure`] (`coap::tls::RejectReason::failure`); the core
//! audits each one (`tls.handshake`, denied, reason = the kind) and counts
//! towards the anomaly detector only those where the client *presented
//! credentials that failed* ([`HandshakeFailure::is_credential_failure`]):
//! a certificate chain or a handshake signature. Timeouts, missing
//! certificates, ALPN mismatches and other handshake failures are what any
//! port scan produces: audited, never counted, so junk connections cannot
//! lock pairing.
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::time::Instant;

use super::anomaly::{Credential, FailureSource};
use super::Commissioner;
use crate::audit::{AuditAction, AuditEvent, Outcome};

/// Why a client was refused at the TLS handshake (the kind only; the
/// transport keeps the detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HandshakeFailure {
    /// No client certificate.
    NoCertificate,
    /// A DAC chain failed an attestation rule.
    Attestation,
    /// A DAC came without its PAI.
    MissingPai,
    /// An operational certificate failed.
    Operational,
    /// A certificate could not be parsed.
    MalformedCertificate,
    /// The handshake signature did not verify.
    HandshakeSignature,
    /// ALPN `coap` was not negotiated.
    Alpn,
    /// The handshake did not finish in time.
    Timeout,
    /// Any other handshake failure.
    Handshake,
}

impl HandshakeFailure {
    /// The stable snake-case name (the audit record's reason).
    pub fn as_str(self) -> &'static str {
        match self {
            HandshakeFailure::NoCertificate => "no_certificate",
            HandshakeFailure::Attestation => "attestation",
            HandshakeFailure::MissingPai => "missing_pai",
            HandshakeFailure::Operational => "operational",
            HandshakeFailure::MalformedCertificate => "malformed_certificate",
            HandshakeFailure::HandshakeSignature => "handshake_signature",
            HandshakeFailure::Alpn => "alpn",
            HandshakeFailure::Timeout => "timeout",
            HandshakeFailure::Handshake => "handshake",
        }
    }

    /// Whether the client presented credentials that failed: the refusals
    /// the anomaly detector counts (see the module docs).
    pub fn is_credential_failure(self) -> bool {
        matches!(
            self,
            HandshakeFailure::Attestation
                | HandshakeFailure::MissingPai
                | HandshakeFailure::Operational
                | HandshakeFailure::MalformedCertificate
                | HandshakeFailure::HandshakeSignature
        )
    }
}

impl std::fmt::Display for HandshakeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Commissioner {
    /// Audits a client refused at the device TLS handshake (`tls.handshake`,
    /// denied, actor `peer:<ip>`, channel `coap`, `detail` kept), counted
    /// towards the pairing lock only for a credential failure, and then
    /// for its source (the peer's address, IPv6 per /64) and the
    /// certificate it presented (`certificate`: hex SHA-256 of its DER,
    /// when the transport saw one): a flood locks the flooder, never the
    /// hub's users.
    pub fn handshake_refused(
        &mut self,
        now: Instant,
        peer: SocketAddr,
        failure: HandshakeFailure,
        certificate: Option<String>,
        detail: String,
    ) {
        let event = AuditEvent::new(
            format!("peer:{}", peer.ip()),
            AuditAction::TlsHandshake,
            format!("tcp:{peer}"),
            "coap",
            Outcome::Denied,
            failure.as_str(),
        )
        .with("detail", detail)
        .with("certificate", certificate.clone());
        if failure.is_credential_failure() {
            let mut from = FailureSource::peer(peer.ip());
            if let Some(c) = certificate {
                from = from.with_credential(Credential::Certificate(c));
            }
            self.audit_refusal_from(now, &from, event)
        } else {
            self.audit_refusal_uncounted(now, event)
        }
    }
}

impl Commissioner {
    /// Audits that the TLS server dropped `count` events (refusals among
    /// them) because its report channel was full: one `tls.handshake`
    /// record, outcome `info`, reason `dropped`, detail `count`, per
    /// overflow episode, so a flood can outrun the audit of each refusal
    /// but never silently. Not counted towards the pairing lock.
    pub fn handshake_events_dropped(&mut self, now: Instant, count: u64) {
        self.handle_timeout(now);
        self.audit(
            AuditEvent::new(
                "system",
                AuditAction::TlsHandshake,
                "coap:tls",
                "coap",
                Outcome::Info,
                "dropped",
            )
            .with("count", count),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::HandshakeFailure as F;

    #[test]
    fn only_failed_credentials_count() {
        let counted = [
            F::Attestation,
            F::MissingPai,
            F::Operational,
            F::MalformedCertificate,
            F::HandshakeSignature,
        ];
        let noise = [F::NoCertificate, F::Alpn, F::Timeout, F::Handshake];
        assert!(counted.iter().all(|f| f.is_credential_failure()));
        assert!(noise.iter().all(|f| !f.is_credential_failure()));
    }
}
