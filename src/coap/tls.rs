//! CoAP over TLS (RFC 8323, `coaps+tcp`): the hub's device-facing server.
//!
//! * TLS 1.3 only, `rustls` with the `ring` provider, ALPN `coap` (a client
//!   that offers ALPN without `coap` fails the handshake; one that offers
//!   none is refused after it), the hub's server certificate
//!   ([`ServerIdentity::from_hub_ca`]).
//! * Client authentication is required and decided *during the handshake*
//!   by [`DeviceCertVerifier`]: an end-entity certificate issued by the hub
//!   root is an **operational certificate** (webpki path to the hub root,
//!   clientAuth, subject OU `device`); anything else is a **DAC chain**
//!   (the first intermediate is the PAI) verified with the attestation
//!   rules ([`crate::attestation::AttestationVerifier`]) at the injected wall time, on the
//!   trust set in force when the handshake reaches it ([`SharedTrust`]:
//!   a reload applies to the next handshake). The CertificateVerify
//!   signature must be ECDSA P-256 with SHA-256.
//! * A refused client never reaches a resource: the handshake fails, the
//!   refusal is counted ([`TlsStats`]), logged and reported as
//!   [`TlsEvent::ClientRejected`] with the peer address and the reason.
//! * After the handshake the exporter
//!   `TLS-Exporter("EXPORTER-threshold-pairing", no context, 32)` and the
//!   peer identity form the [`Peer`] handed to every request.
//! * Limits: connections in total and per source (an IPv4 address or an
//!   IPv6 /64, [`crate::conn_limit`]; refused at accept),
//!   16 requests in flight per connection (back pressure), request bodies
//!   (4.13), frames (Abort), handshake and idle timeouts.
//! * Graceful shutdown: the listener closes, every connection sends a
//!   Release, in-flight requests are answered within a grace period.
//!
//! The RFC 8323 logic itself is the sans-IO [`TcpConn`]; this module only
//! moves bytes and runs handlers.

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rustls::client::danger::HandshakeSignatureValid;
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::{
    CertificateError, DigitallySignedStruct, DistinguishedName, OtherError, SignatureScheme,
};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_rustls::TlsAcceptor;
use x509_parser::prelude::{FromDer, X509Certificate};

use super::router::{Peer, Request, Response, Router};
use super::tcp_conn::{ConnConfig, ConnEvent, Role, TcpConn};
use crate::attestation::cert::CertInfo;
use crate::attestation::hub_ca::HubCa;
use crate::attestation::pki::SharedTrust;
use crate::attestation::{AttestationError, Expected};
use crate::commissioning::handshake::HandshakeFailure;
use crate::commissioning::token::DeviceKey;
use crate::conn_limit::{
    has_pending_bytes, AdmitRefused, ConnSlot, RefusalLog, SharedConnTable, Tracked,
};
use crate::time::{UnixMillis, WallClock};

/// The ALPN protocol id of CoAP over TLS (RFC 8323 §8.2).
pub const ALPN_COAP: &[u8] = b"coap";

/// The TLS exporter label (docs/protocol.md).
pub const EXPORTER_LABEL: &[u8] = b"EXPORTER-threshold-pairing";

/// The exporter's length.
pub const EXPORTER_LEN: usize = 32;

/// The only signature algorithm accepted for client certificates and the
/// handshake signature.
static P256_ONLY: WebPkiSupportedAlgorithms = WebPkiSupportedAlgorithms {
    all: &[webpki::ring::ECDSA_P256_SHA256],
    mapping: &[(
        SignatureScheme::ECDSA_NISTP256_SHA256,
        &[webpki::ring::ECDSA_P256_SHA256],
    )],
};

/// Why the TLS server could not be set up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TlsError {
    /// Binding or accepting failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The error.
        source: std::io::Error,
    },
    /// rustls refused the configuration.
    #[error("TLS configuration: {0}")]
    Config(#[from] rustls::Error),
    /// The server certificate or key is unusable.
    #[error("server identity: {0}")]
    Identity(String),
}

/// Why a client was refused during (or right after) the handshake.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RejectReason {
    /// The client presented no certificate.
    #[error("no client certificate")]
    NoCertificate,
    /// A DAC chain failed an attestation rule.
    #[error("attestation rule {rule} failed: {error}")]
    Attestation {
        /// The rule's name (`dac.validity`, `chain`, ...).
        rule: String,
        /// The typed error.
        error: AttestationError,
    },
    /// A DAC was presented without its PAI.
    #[error("the DAC came without its PAI")]
    MissingPai,
    /// An operational certificate failed (path to the hub root, usage,
    /// subject).
    #[error("operational certificate refused: {0}")]
    Operational(String),
    /// A certificate could not be parsed.
    #[error("malformed certificate: {0}")]
    Malformed(String),
    /// The handshake signature did not verify (or used another algorithm).
    #[error("handshake signature refused: {0}")]
    HandshakeSignature(String),
    /// ALPN `coap` was not negotiated.
    #[error("ALPN \"coap\" not negotiated")]
    Alpn,
    /// The handshake did not finish in time.
    #[error("handshake timed out")]
    Timeout,
    /// Any other handshake failure (protocol version, alert, EOF...).
    #[error("handshake failed: {0}")]
    Handshake(String),
}

impl RejectReason {
    /// The kind of refusal, as the commissioning core classifies it (it
    /// decides which kinds count towards the pairing lock).
    pub fn failure(&self) -> HandshakeFailure {
        match self {
            RejectReason::NoCertificate => HandshakeFailure::NoCertificate,
            RejectReason::Attestation { .. } => HandshakeFailure::Attestation,
            RejectReason::MissingPai => HandshakeFailure::MissingPai,
            RejectReason::Operational(_) => HandshakeFailure::Operational,
            RejectReason::Malformed(_) => HandshakeFailure::MalformedCertificate,
            RejectReason::HandshakeSignature(_) => HandshakeFailure::HandshakeSignature,
            RejectReason::Alpn => HandshakeFailure::Alpn,
            RejectReason::Timeout => HandshakeFailure::Timeout,
            RejectReason::Handshake(_) => HandshakeFailure::Handshake,
        }
    }

    /// A stable snake-case name for logs and audit.
    pub fn kind(&self) -> &'static str {
        self.failure().as_str()
    }
}

/// What the server reports for audit and metrics.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TlsEvent {
    /// A client was refused at the handshake.
    ClientRejected {
        /// The TCP peer.
        peer: SocketAddr,
        /// Why.
        reason: RejectReason,
        /// Lower-case hex SHA-256 of the client certificate (DER) it
        /// presented, if any: the credential its failure counts against.
        certificate: Option<String>,
    },
    /// A connection was dropped at accept because a limit was reached.
    LimitReached {
        /// The TCP peer.
        peer: SocketAddr,
        /// `total` (every slot authenticated), `per_peer`, or `backoff`
        /// (a connection of this source was just evicted).
        limit: &'static str,
    },
    /// An unauthenticated connection (TLS handshake unfinished) was closed
    /// to make room for a newcomer: the connection table was full.
    Evicted {
        /// The TCP peer.
        peer: SocketAddr,
    },
    /// A client was authenticated.
    Connected {
        /// The peer as handlers see it.
        peer: Peer,
    },
    /// The server aborted a connection (RFC 8323 Abort).
    Aborted {
        /// The TCP peer.
        peer: SocketAddr,
        /// The Abort's diagnostic.
        reason: String,
    },
    /// A connection ended.
    Closed {
        /// The TCP peer.
        peer: SocketAddr,
        /// Why (`release`, `eof`, `idle`, `shutdown`, an I/O error...).
        reason: String,
    },
}

/// Counters of the server, readable at any time.
#[derive(Debug, Default)]
pub struct TlsStats {
    /// Authenticated connections.
    pub accepted: AtomicU64,
    /// Clients refused at the handshake.
    pub rejected: AtomicU64,
    /// Connections dropped by a connection limit.
    pub limited: AtomicU64,
    /// Unauthenticated connections closed to make room for a newcomer.
    pub evicted: AtomicU64,
    /// Connections the server aborted.
    pub aborted: AtomicU64,
    /// Requests dispatched.
    pub requests: AtomicU64,
    /// Events dropped because the event channel was full.
    pub events_dropped: AtomicU64,
}

/// The hub's certificate chain and key for the TLS server.
pub struct ServerIdentity {
    /// Server certificate first.
    pub chain: Vec<CertificateDer<'static>>,
    /// Its private key.
    pub key: PrivateKeyDer<'static>,
}

impl fmt::Debug for ServerIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerIdentity")
            .field("chain_len", &self.chain.len())
            .finish_non_exhaustive()
    }
}

impl ServerIdentity {
    /// The hub CA's server certificate for `hostname`, issued or renewed
    /// as needed ([`HubCa::ensure_server_cert`]).
    pub fn from_hub_ca(
        ca: &HubCa,
        hostname: &str,
        now: UnixMillis,
    ) -> Result<ServerIdentity, TlsError> {
        let sc = ca
            .ensure_server_cert(hostname, now)
            .map_err(|e| TlsError::Identity(e.to_string()))?;
        let key_pem = sc
            .cert
            .key_pem
            .as_ref()
            .ok_or_else(|| TlsError::Identity("the server certificate has no key".into()))?;
        Self::from_pem(sc.cert.cert_pem.as_bytes(), key_pem.as_bytes())
    }

    /// From a PEM certificate chain and a PEM private key (PKCS#8 or SEC1).
    pub fn from_pem(chain_pem: &[u8], key_pem: &[u8]) -> Result<ServerIdentity, TlsError> {
        let (chain, key) = parse_pem_identity(chain_pem, key_pem).map_err(TlsError::Identity)?;
        Ok(ServerIdentity { chain, key })
    }
}

/// Parses a PEM chain and key (PKCS#8, SEC1 or PKCS#1).
pub(crate) fn parse_pem_identity(
    chain_pem: &[u8],
    key_pem: &[u8],
) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), String> {
    use rustls::pki_types::pem::PemObject;
    let chain = CertificateDer::pem_slice_iter(chain_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("certificate PEM: {e}"))?;
    if chain.is_empty() {
        return Err("no CERTIFICATE in the PEM".into());
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|e| format!("key PEM: {e}"))?;
    Ok((chain, key))
}

/// The hub's client-certificate verifier (see the module docs).
pub struct DeviceCertVerifier {
    trust: SharedTrust,
    hub_root: CertificateDer<'static>,
    hub_root_subject: Vec<u8>,
    clock: Arc<dyn WallClock>,
}

impl fmt::Debug for DeviceCertVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceCertVerifier")
            .field("trust", &self.trust.current().counts())
            .finish_non_exhaustive()
    }
}

/// Which kind of client certificate a chain is.
enum Kind {
    Operational,
    Dac,
}

fn reject(reason: RejectReason) -> rustls::Error {
    rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(reason))))
}

/// A refused client certificate and its fingerprint, carried through
/// rustls's error to [`handshake_reason`].
#[derive(Debug)]
struct CertRejected {
    reason: RejectReason,
    certificate: String,
}

impl std::fmt::Display for CertRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.reason.fmt(f)
    }
}

impl std::error::Error for CertRejected {}

fn cert_fingerprint(der: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, der))
}

impl DeviceCertVerifier {
    /// A verifier accepting DAC chains the trust set in force in `trust`
    /// accepts at `clock`'s time, and operational certificates issued by
    /// the hub root `hub_root_der`.
    pub fn new(
        trust: SharedTrust,
        hub_root_der: &[u8],
        clock: Arc<dyn WallClock>,
    ) -> Result<DeviceCertVerifier, TlsError> {
        let info = CertInfo::parse(hub_root_der)
            .map_err(|e| TlsError::Identity(format!("hub root: {e}")))?;
        Ok(DeviceCertVerifier {
            trust,
            hub_root: CertificateDer::from(hub_root_der.to_vec()),
            hub_root_subject: info.subject_raw,
            clock,
        })
    }

    fn kind(&self, end_entity: &[u8]) -> Result<Kind, RejectReason> {
        let (_, cert) = X509Certificate::from_der(end_entity)
            .map_err(|e| RejectReason::Malformed(e.to_string()))?;
        if cert.issuer().as_raw() == self.hub_root_subject.as_slice() {
            Ok(Kind::Operational)
        } else {
            Ok(Kind::Dac)
        }
    }

    /// Decides on a presented chain at the verifier's wall time. Public so
    /// that the same rule can be checked without a handshake.
    pub fn check_chain(
        &self,
        end_entity: &[u8],
        intermediates: &[&[u8]],
    ) -> Result<(), RejectReason> {
        match self.kind(end_entity)? {
            Kind::Operational => self.check_operational(end_entity, intermediates),
            Kind::Dac => {
                let pai = intermediates.first().ok_or(RejectReason::MissingPai)?;
                let verdict = self.trust.current().verifier().verify_with_clock(
                    end_entity,
                    pai,
                    &*self.clock,
                    Expected::default(),
                );
                match verdict.first_failure {
                    None => Ok(()),
                    Some(f) => Err(RejectReason::Attestation {
                        rule: f.rule.to_string(),
                        error: f.error,
                    }),
                }
            }
        }
    }

    fn check_operational(
        &self,
        end_entity: &[u8],
        intermediates: &[&[u8]],
    ) -> Result<(), RejectReason> {
        let op = |s: String| RejectReason::Operational(s);
        let anchor = webpki::anchor_from_trusted_cert(&self.hub_root)
            .map_err(|e| op(format!("hub root unusable: {e:?}")))?;
        let ee_der = CertificateDer::from(end_entity);
        let ee = webpki::EndEntityCert::try_from(&ee_der)
            .map_err(|e| RejectReason::Malformed(format!("{e:?}")))?;
        let inter: Vec<CertificateDer<'_>> = intermediates
            .iter()
            .map(|d| CertificateDer::from(*d))
            .collect();
        let now = self.clock.now();
        let secs = u64::try_from(now.as_secs()).unwrap_or(0);
        ee.verify_for_usage(
            P256_ONLY.all,
            &[anchor],
            &inter,
            UnixTime::since_unix_epoch(Duration::from_secs(secs)),
            webpki::KeyUsage::client_auth(),
            None,
            None,
        )
        .map_err(|e| op(format!("{e:?}")))?;
        let (_, cert) = X509Certificate::from_der(end_entity)
            .map_err(|e| RejectReason::Malformed(e.to_string()))?;
        let is_device = cert
            .subject()
            .iter_organizational_unit()
            .any(|ou| ou.as_str().ok() == Some("device"));
        if !is_device {
            return Err(op(
                "not a device certificate (subject OU is not \"device\")".into(),
            ));
        }
        Ok(())
    }

    /// The peer identity of an accepted chain (after the handshake).
    fn peer(
        &self,
        addr: SocketAddr,
        chain: &[CertificateDer<'_>],
        exporter: [u8; EXPORTER_LEN],
    ) -> Result<Peer, RejectReason> {
        let ee = chain.first().ok_or(RejectReason::NoCertificate)?;
        match self.kind(ee)? {
            Kind::Operational => {
                let (_, cert) = X509Certificate::from_der(ee)
                    .map_err(|e| RejectReason::Malformed(e.to_string()))?;
                let key = DeviceKey::from_sec1(&cert.public_key().subject_public_key.data)
                    .map_err(|e| RejectReason::Operational(e.to_string()))?;
                Ok(Peer::Operational {
                    addr,
                    cert: ee.to_vec(),
                    key,
                    exporter,
                })
            }
            Kind::Dac => {
                let pai = chain.get(1).ok_or(RejectReason::MissingPai)?;
                let info = CertInfo::parse(ee).map_err(RejectReason::Malformed)?;
                let ids = info.ids.map_err(RejectReason::Malformed)?;
                let (Some(vid), Some(pid)) = (ids.vid, ids.pid) else {
                    return Err(RejectReason::Malformed("the DAC has no VID/PID".into()));
                };
                Ok(Peer::Device {
                    addr,
                    dac: ee.to_vec(),
                    pai: pai.to_vec(),
                    vid: vid.0,
                    pid: pid.0,
                    dac_fingerprint: hex::encode(ring::digest::digest(&ring::digest::SHA256, ee)),
                    exporter,
                })
            }
        }
    }
}

impl ClientCertVerifier for DeviceCertVerifier {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        true
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        // No hint: a device presents its only certificate, whichever kind.
        &[]
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        let inter: Vec<&[u8]> = intermediates.iter().map(|c| c.as_ref()).collect();
        self.check_chain(end_entity, &inter)
            .map(|()| ClientCertVerified::assertion())
            .map_err(|reason| {
                let e = CertRejected {
                    reason,
                    certificate: cert_fingerprint(end_entity),
                };
                rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(e))))
            })
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        // TLS 1.2 is not offered; refuse rather than verify.
        Err(reject(RejectReason::HandshakeSignature(
            "TLS 1.2 is not supported".into(),
        )))
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &P256_ONLY)
            .map_err(|e| reject(RejectReason::HandshakeSignature(e.to_string())))
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        P256_ONLY.supported_schemes()
    }
}

/// Limits of the TLS server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsLimits {
    /// Connections open at once, in total.
    pub max_connections: usize,
    /// Connections open at once from one source (an IPv4 address or an
    /// IPv6 /64).
    pub max_connections_per_peer: usize,
    /// A connection with no traffic for this long is released.
    pub idle_timeout: Duration,
    /// The TLS handshake must finish within this.
    pub handshake_timeout: Duration,
    /// At shutdown, in-flight requests get this long to be answered.
    pub shutdown_grace: Duration,
    /// The RFC 8323 limits (frame, body, in flight).
    pub conn: ConnConfig,
}

impl Default for TlsLimits {
    fn default() -> Self {
        TlsLimits {
            max_connections: 64,
            max_connections_per_peer: 4,
            idle_timeout: Duration::from_secs(120),
            handshake_timeout: Duration::from_secs(10),
            shutdown_grace: Duration::from_secs(5),
            conn: ConnConfig::default(),
        }
    }
}

/// Builds the rustls server configuration: TLS 1.3, ring, ALPN `coap`,
/// client authentication by `verifier`, no session resumption.
///
/// Without resumption every connection runs `verifier` on the device's
/// chain (a resumed TLS 1.3 session would skip it and carry the chain of
/// the first handshake), and the server keeps nothing per session: rustls'
/// default cache holds 256 sessions, two per handshake, each with the
/// client's whole chain (0.22 MB of live heap after 300 pairings in
/// heaptrack; per device, RSS went from +12.5 to +10.5 KiB without it:
/// docs/performance.md).
pub fn server_config(
    identity: ServerIdentity,
    verifier: Arc<DeviceCertVerifier>,
) -> Result<rustls::ServerConfig, TlsError> {
    let mut cfg = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])?
    .with_client_cert_verifier(verifier)
    .with_single_cert(identity.chain, identity.key)?;
    cfg.alpn_protocols = vec![ALPN_COAP.to_vec()];
    no_resumption(&mut cfg);
    Ok(cfg)
}

/// Turns TLS session resumption off on a server configuration: no session
/// cache, no tickets (stateful or stateless). Each connection is a full
/// handshake with the client's certificate verified again.
pub fn no_resumption(cfg: &mut rustls::ServerConfig) {
    cfg.session_storage = Arc::new(rustls::server::NoServerSessionStorage {});
    cfg.send_tls13_tickets = 0;
}

struct Shared {
    acceptor: TlsAcceptor,
    verifier: Arc<DeviceCertVerifier>,
    router: Arc<Router>,
    limits: TlsLimits,
    events: Option<mpsc::Sender<TlsEvent>>,
    stats: Arc<TlsStats>,
}

impl Shared {
    fn emit(&self, ev: TlsEvent) {
        if let Some(tx) = &self.events {
            if tx.try_send(ev).is_err() {
                self.stats.events_dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn rejected(&self, peer: SocketAddr, reason: RejectReason) {
        self.rejected_cert(peer, reason, None)
    }

    /// Counts and reports a connection evicted for a newcomer (the
    /// listener logs evictions, rate-limited).
    fn evicted(&self, peer: SocketAddr) {
        self.stats.evicted.fetch_add(1, Ordering::Relaxed);
        self.emit(TlsEvent::Evicted { peer });
    }

    fn rejected_cert(&self, peer: SocketAddr, reason: RejectReason, certificate: Option<String>) {
        self.stats.rejected.fetch_add(1, Ordering::Relaxed);
        tracing::warn!(%peer, kind = reason.kind(), reason = %reason, "coaps+tcp client refused");
        self.emit(TlsEvent::ClientRejected {
            peer,
            reason,
            certificate,
        });
    }
}

/// The CoAP-over-TLS server.
pub struct TlsServer {
    listener: TcpListener,
    shared: Arc<Shared>,
}

impl fmt::Debug for TlsServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsServer")
            .field("addr", &self.listener.local_addr().ok())
            .finish_non_exhaustive()
    }
}

impl TlsServer {
    /// Binds `addr` (port 0 picks one) with the given identity, client
    /// verifier, router and limits. `events` receives [`TlsEvent`]s (when
    /// full, events are dropped and counted, never awaited).
    pub async fn bind(
        addr: SocketAddr,
        identity: ServerIdentity,
        verifier: Arc<DeviceCertVerifier>,
        router: Arc<Router>,
        limits: TlsLimits,
        events: Option<mpsc::Sender<TlsEvent>>,
    ) -> Result<TlsServer, TlsError> {
        let cfg = server_config(identity, verifier.clone())?;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| TlsError::Io {
                what: format!("cannot listen on {addr}"),
                source,
            })?;
        Ok(TlsServer {
            listener,
            shared: Arc::new(Shared {
                acceptor: TlsAcceptor::from(Arc::new(cfg)),
                verifier,
                router,
                limits,
                events,
                stats: Arc::new(TlsStats::default()),
            }),
        })
    }

    /// The bound address.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// The server's counters.
    pub fn stats(&self) -> Arc<TlsStats> {
        self.shared.stats.clone()
    }

    /// Serves until `shutdown` fires (or every sender is dropped): then the
    /// listener is closed, every connection is released, and this returns
    /// once they have all ended.
    pub async fn run(self, mut shutdown: broadcast::Receiver<()>) {
        let table: SharedConnTable<Ender> = SharedConnTable::new(
            self.shared.limits.max_connections,
            self.shared.limits.max_connections_per_peer,
        );
        let mut refusal_log = RefusalLog::new(Duration::from_secs(1));
        let mut conns = JoinSet::new();
        loop {
            let (tcp, peer) = tokio::select! {
                _ = shutdown.recv() => break,
                Some(_) = conns.join_next(), if !conns.is_empty() => continue,
                r = self.listener.accept() => match r {
                    Ok(x) => x,
                    Err(e) => {
                        // Out of descriptors and the like: back off a little.
                        tracing::warn!(error = %e, "coaps+tcp accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
            };
            let (end, ended) = oneshot::channel();
            let (slot, evicted) = match table.admit(peer.ip(), end, std::time::Instant::now()) {
                Ok(x) => x,
                Err(AdmitRefused::Source(_)) => {
                    self.limit(&mut refusal_log, peer, "per_peer");
                    continue;
                }
                Err(AdmitRefused::Backoff(_)) => {
                    self.limit(&mut refusal_log, peer, "backoff");
                    continue;
                }
                Err(_) => {
                    self.limit(&mut refusal_log, peer, "total");
                    continue;
                }
            };
            if let Some(e) = evicted {
                // Dropping its handle ends that connection's task.
                drop(e.handle);
                if let Some(held_back) = refusal_log.allow(std::time::Instant::now()) {
                    tracing::warn!(source = %e.source, held_back,
                        "coaps+tcp connection table full: evicted an unauthenticated connection");
                }
            }
            if has_pending_bytes(&tcp) {
                slot.active();
            }
            let _ = tcp.set_nodelay(true);
            let shared = self.shared.clone();
            let stop = shutdown.resubscribe();
            conns.spawn(async move {
                tokio::select! {
                    _ = connection(shared.clone(), tcp, peer, stop, &slot) => {}
                    _ = ended => shared.evicted(peer),
                }
                drop(slot);
            });
        }
        drop(self.listener);
        tracing::info!(
            connections = conns.len(),
            "coaps+tcp listener closed; releasing connections"
        );
        while conns.join_next().await.is_some() {}
        tracing::info!("coaps+tcp server stopped");
    }

    /// Counts and reports a connection refused at accept; logs at most one
    /// line a second (a flood of refusals must not flood the log).
    fn limit(&self, log: &mut RefusalLog, peer: SocketAddr, limit: &'static str) {
        self.shared.stats.limited.fetch_add(1, Ordering::Relaxed);
        if let Some(held_back) = log.allow(std::time::Instant::now()) {
            tracing::warn!(%peer, limit, held_back, "coaps+tcp connection refused: limit reached");
        }
        self.shared.emit(TlsEvent::LimitReached { peer, limit });
    }
}

/// Maps a handshake error to a reason and, when the client certificate
/// was refused, its fingerprint.
fn handshake_reason(e: &std::io::Error) -> (RejectReason, Option<String>) {
    if let Some(err) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
        match err {
            rustls::Error::NoCertificatesPresented => return (RejectReason::NoCertificate, None),
            rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(inner))) => {
                if let Some(r) = inner.downcast_ref::<CertRejected>() {
                    return (r.reason.clone(), Some(r.certificate.clone()));
                }
                if let Some(r) = inner.downcast_ref::<RejectReason>() {
                    return (r.clone(), None);
                }
            }
            rustls::Error::NoApplicationProtocol => return (RejectReason::Alpn, None),
            _ => {}
        }
        return (RejectReason::Handshake(err.to_string()), None);
    }
    (RejectReason::Handshake(e.to_string()), None)
}

/// What ends a connection when its slot is taken for a newcomer: the
/// connection's task waits on the receiving half.
type Ender = oneshot::Sender<()>;

async fn connection(
    shared: Arc<Shared>,
    tcp: TcpStream,
    addr: SocketAddr,
    mut stop: broadcast::Receiver<()>,
    slot: &ConnSlot<Ender>,
) {
    // Each byte the peer sends during the handshake keeps its slot from
    // being the next evicted (see conn_limit).
    let handshake = shared.acceptor.accept(Tracked::new(tcp, slot));
    // A shutdown does not wait for unfinished handshakes.
    let hs = tokio::select! {
        r = tokio::time::timeout(shared.limits.handshake_timeout, handshake) => r,
        _ = stop.recv() => return,
    };
    let tls = match hs {
        Err(_) => return shared.rejected(addr, RejectReason::Timeout),
        Ok(Err(e)) => {
            let (reason, cert) = handshake_reason(&e);
            return shared.rejected_cert(addr, reason, cert);
        }
        Ok(Ok(mut s)) => {
            s.get_mut().0.untrack();
            s
        }
    };
    let (_, conn) = tls.get_ref();
    if conn.alpn_protocol() != Some(ALPN_COAP) {
        return shared.rejected(addr, RejectReason::Alpn);
    }
    let exporter = match conn.export_keying_material([0u8; EXPORTER_LEN], EXPORTER_LABEL, None) {
        Ok(x) => x,
        Err(e) => return shared.rejected(addr, RejectReason::Handshake(e.to_string())),
    };
    let chain: Vec<CertificateDer<'static>> = conn
        .peer_certificates()
        .map(|c| c.iter().map(|d| d.clone().into_owned()).collect())
        .unwrap_or_default();
    let peer = match shared.verifier.peer(addr, &chain, exporter) {
        Ok(p) => p,
        Err(r) => {
            let cert = chain.first().map(|c| cert_fingerprint(c));
            return shared.rejected_cert(addr, r, cert);
        }
    };
    if !slot.prove() {
        // Evicted while it authenticated: its task is ending.
        return;
    }
    shared.stats.accepted.fetch_add(1, Ordering::Relaxed);
    tracing::info!(peer = ?peer, "coaps+tcp client authenticated");
    shared.emit(TlsEvent::Connected { peer: peer.clone() });
    let reason = serve(&shared, tls, peer, stop).await;
    tracing::debug!(%addr, reason = %reason, "coaps+tcp connection closed");
    shared.emit(TlsEvent::Closed { peer: addr, reason });
}

/// How much one read from a connection takes at most: the frame decoder
/// ([`TcpConn`]) reassembles frames across reads, and a pairing message is
/// about 1 KB, so a bigger buffer only holds memory per open connection
/// (16 KiB each until issue 14; docs/performance.md, "Third round").
const READ_CHUNK: usize = 4 * 1024;

/// Runs one authenticated connection; returns why it ended.
async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    shared: &Arc<Shared>,
    mut stream: S,
    peer: Peer,
    mut stop: broadcast::Receiver<()>,
) -> String {
    let limits = &shared.limits;
    let addr = peer.addr();
    let mut conn = TcpConn::new(Role::Server, limits.conn.clone());
    let mut handlers: JoinSet<(Vec<u8>, Response)> = JoinSet::new();
    let mut tokens: HashMap<tokio::task::Id, Vec<u8>> = HashMap::new();
    let mut buf = vec![0u8; READ_CHUNK];
    let mut idle_deadline = Instant::now() + limits.idle_timeout;
    let mut grace_deadline: Option<Instant> = None;
    let mut reason = String::from("closed");
    loop {
        // Carry out events: dispatch requests, report aborts.
        while let Some(ev) = conn.poll_event() {
            match ev {
                ConnEvent::Request(r) => {
                    shared.stats.requests.fetch_add(1, Ordering::Relaxed);
                    let router = shared.router.clone();
                    let req = Request {
                        method: r.method,
                        path: r.path,
                        content_format: r.content_format,
                        payload: r.payload,
                        peer: peer.clone(),
                    };
                    let token = r.token;
                    let t = token.clone();
                    let h = handlers.spawn(async move { (t, router.dispatch(req).await) });
                    tokens.insert(h.id(), token);
                }
                ConnEvent::Aborted { reason: why } => {
                    shared.stats.aborted.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(%addr, reason = %why, "coaps+tcp connection aborted");
                    shared.emit(TlsEvent::Aborted {
                        peer: addr,
                        reason: why.clone(),
                    });
                    reason = format!("aborted: {why}");
                }
                ConnEvent::PeerReleased { .. } => reason = "released by peer".into(),
                ConnEvent::PeerAborted { diagnostic, .. } => {
                    reason = format!("aborted by peer: {diagnostic}")
                }
                _ => {}
            }
        }
        if let Some(out) = conn.poll_transmit() {
            match tokio::time::timeout(limits.idle_timeout, stream.write_all(&out)).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return format!("write error: {e}"),
                Err(_) => return "write timed out".into(),
            }
            if let Err(e) = stream.flush().await {
                return format!("flush error: {e}");
            }
        }
        if conn.is_done() {
            break;
        }
        if grace_deadline.is_some_and(|d| Instant::now() >= d) {
            reason = "shutdown grace period over".into();
            break;
        }
        let reading = conn.wants_read();
        tokio::select! {
            r = stream.read(&mut buf), if reading => match r {
                Ok(0) => {
                    conn.receive_eof();
                    if reason == "closed" {
                        reason = "eof".into();
                    }
                    break;
                }
                Ok(n) => {
                    idle_deadline = Instant::now() + limits.idle_timeout;
                    conn.receive(&buf[..n]);
                }
                Err(e) => return format!("read error: {e}"),
            },
            Some(done) = handlers.join_next_with_id(), if !handlers.is_empty() => {
                idle_deadline = Instant::now() + limits.idle_timeout;
                match done {
                    Ok((id, (token, resp))) => {
                        tokens.remove(&id);
                        conn.respond(&token, &resp);
                    }
                    Err(e) => {
                        // A handler panicked: answer 5.00, keep serving.
                        let token = tokens.remove(&e.id()).unwrap_or_default();
                        tracing::error!(%addr, error = %e, "coap handler failed");
                        conn.respond(
                            &token,
                            &Response::error(
                                crate::refusal::Refusal::Internal,
                                "internal error",
                            ),
                        );
                    }
                }
            }
            _ = stop.recv(), if grace_deadline.is_none() => {
                conn.release(None, "server shutting down");
                reason = "shutdown".into();
                grace_deadline = Some(Instant::now() + limits.shutdown_grace);
            }
            _ = tokio::time::sleep_until(idle_deadline), if grace_deadline.is_none() => {
                if conn.in_flight() == 0 {
                    conn.release(None, "idle timeout");
                    reason = "idle".into();
                    grace_deadline = Some(Instant::now() + limits.shutdown_grace);
                } else {
                    idle_deadline = Instant::now() + limits.idle_timeout;
                }
            }
            _ = sleep_opt(grace_deadline) => {}
        }
    }
    if let Some(out) = conn.poll_transmit() {
        let _ = tokio::time::timeout(Duration::from_secs(1), stream.write_all(&out)).await;
    }
    let _ = tokio::time::timeout(Duration::from_secs(1), stream.shutdown()).await;
    handlers.abort_all();
    reason
}

async fn sleep_opt(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod reject_reason_tests {
    use super::RejectReason;

    #[test]
    fn only_failed_credentials_count_towards_the_pairing_lock() {
        assert!(RejectReason::MissingPai.failure().is_credential_failure());
        assert!(RejectReason::Malformed("x".into())
            .failure()
            .is_credential_failure());
        assert!(RejectReason::HandshakeSignature("x".into())
            .failure()
            .is_credential_failure());
        assert!(RejectReason::Operational("x".into())
            .failure()
            .is_credential_failure());
        assert!(!RejectReason::Timeout.failure().is_credential_failure());
        assert!(!RejectReason::NoCertificate
            .failure()
            .is_credential_failure());
        assert!(!RejectReason::Alpn.failure().is_credential_failure());
        assert!(!RejectReason::Handshake("eof".into())
            .failure()
            .is_credential_failure());
    }
}
