//! [`PairingService`]: the four pairing resources of docs/protocol.md.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use ring::rand::SystemRandom;

use super::cbor::BodyError;
use super::wire::{
    ConfirmRequest, ConfirmResponse, PakeRequest, PakeResponse, RedeemRequest, RedeemResponse,
    StartRequest, StartResponse, PATH_CONFIRM, PATH_PAKE, PATH_REDEEM, PATH_START,
};
use super::{CoreAccess, DeviceChain, PeerAuth, Reply, EXPORTER_LEN, MAX_BODY};
use crate::attestation::hub_ca::{verified_csr_key, HubCa, HubCaError};
use crate::attestation::pki::{Recheck, SharedTrust, TrustSet};
use crate::attestation::{AttestationVerifier, FirmwareAction, FirmwarePolicy};
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::commissioning::error::{PakeError, StartPakeError};
use crate::commissioning::event::DeviceAttestation;
use crate::commissioning::policy::DeviceClass;
use crate::commissioning::token::DeviceKey;
use crate::commissioning::{Credential, FailureSource, IssuedToken, PakeTicket};
use crate::core_driver::CoreHandle;
use crate::pake::{Context, SpakeError, Verifier, VerifierRecord, VerifierResponded};
use crate::refusal::Refusal;
use crate::time::WallClock;

/// Default bound of the PAKE session map.
pub const DEFAULT_MAX_SESSIONS: usize = 256;

/// Where a session is in the message sequence.
enum Stage {
    /// `/pair/start` answered; waiting for `/pair/pake`.
    Started,
    /// A `/pair/pake` is being computed.
    Responding,
    /// `/pair/pake` answered; waiting for `/pair/confirm`.
    Responded(VerifierResponded),
}

/// One PAKE in progress, bound to the peer that started it.
struct Session {
    ticket: PakeTicket,
    dac_fingerprint: String,
    exporter: [u8; EXPORTER_LEN],
    vid: u16,
    pid: u16,
    chain: DeviceChain,
    record: VerifierRecord,
    hub_id: String,
    /// The core's PAKE timeout, on the core's clock.
    deadline: Instant,
    stage: Stage,
}

impl Session {
    fn belongs_to(&self, dac_fingerprint: &str, exporter: &[u8; EXPORTER_LEN]) -> bool {
        use subtle::ConstantTimeEq;
        self.dac_fingerprint == dac_fingerprint && bool::from(self.exporter.ct_eq(exporter))
    }
}

/// The bounded session map.
struct Sessions {
    map: HashMap<u64, Session>,
    /// Slots promised to `/pair/start` requests waiting for the core.
    reserved: usize,
    max: usize,
}

impl Sessions {
    fn purge(&mut self, now: Instant) {
        self.map.retain(|_, s| now < s.deadline);
    }
}

/// A reserved place in the session map, given back on drop.
struct Slot<'a>(&'a Mutex<Sessions>);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut s = self.0.lock().unwrap_or_else(|e| e.into_inner());
        s.reserved = s.reserved.saturating_sub(1);
    }
}

/// A refusal decided here (not by the core): what and why.
struct Refused {
    refusal: Refusal,
    message: String,
}

impl Refused {
    fn new(refusal: Refusal, message: impl Into<String>) -> Refused {
        Refused {
            refusal,
            message: message.into(),
        }
    }
}

impl From<BodyError> for Refused {
    fn from(e: BodyError) -> Refused {
        Refused::new(e.refusal(), e.to_string())
    }
}

/// The hub side of pairing protocol v1: `/pair/start`, `/pair/pake`,
/// `/pair/confirm` and `/pair/redeem` (docs/protocol.md).
///
/// Stateless towards the transport: [`PairingService::handle`] takes the
/// authenticated peer, the path and the body, and returns the [`Reply`].
/// The only state kept here is the bounded map of PAKE sessions (the
/// verifier's half-finished SPAKE2+ runs), keyed by session id and bound to
/// the DAC fingerprint and TLS exporter of the peer that started them; a
/// session expires with the core's PAKE timeout. Every decision about
/// windows, attempts and tokens is the core's, and every refusal is
/// audited (by the core, or here through
/// [`crate::commissioning::Commissioner::audit_refusal`]).
pub struct PairingService<C: CoreAccess = CoreHandle> {
    core: C,
    ca: Arc<HubCa>,
    trust: SharedTrust,
    clock: Arc<dyn WallClock>,
    rng: SystemRandom,
    sessions: Mutex<Sessions>,
}

impl<C: CoreAccess> std::fmt::Debug for PairingService<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PairingService")
            .field("sessions", &self.lock().map.len())
            .finish_non_exhaustive()
    }
}

impl<C: CoreAccess> PairingService<C> {
    /// A service on `core`, issuing operational certificates with `ca`,
    /// applying `firmware`; `clock` is the wall clock for certificate
    /// validity and Max-Age (the daemon's clock).
    pub fn new(
        core: C,
        ca: Arc<HubCa>,
        firmware: FirmwarePolicy,
        clock: Arc<dyn WallClock>,
    ) -> PairingService<C> {
        PairingService {
            core,
            ca,
            trust: SharedTrust::new(TrustSet::new(AttestationVerifier::default(), firmware)),
            clock,
            rng: SystemRandom::new(),
            sessions: Mutex::new(Sessions {
                map: HashMap::new(),
                reserved: 0,
                max: DEFAULT_MAX_SESSIONS,
            }),
        }
    }

    /// Judges admissions by the trust set in force in `trust` (the one the
    /// TLS verifier uses, swapped by a reload) instead of the firmware
    /// policy given to [`PairingService::new`].
    pub fn with_trust(mut self, trust: SharedTrust) -> PairingService<C> {
        self.trust = trust;
        self
    }

    /// Bounds the number of PAKE sessions held at once (default
    /// [`DEFAULT_MAX_SESSIONS`]); a `/pair/start` beyond it gets 4.09
    /// `pake_in_flight` without reaching the core.
    pub fn with_max_sessions(self, max: usize) -> PairingService<C> {
        self.lock().max = max.max(1);
        self
    }

    /// The core this service drives.
    pub fn core(&self) -> &C {
        &self.core
    }

    /// PAKE sessions currently held.
    pub fn sessions(&self) -> usize {
        self.lock().map.len()
    }

    fn lock(&self) -> MutexGuard<'_, Sessions> {
        // A panic while holding the lock leaves a consistent map (every
        // mutation is a single insert, remove or field store).
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Answers one request: `peer` as the transport authenticated it,
    /// `path` one of the four `/pair/...` resources, `body` the CBOR
    /// request. Never panics on any input. Same as
    /// [`PairingService::handle_from`] from an unknown address.
    pub async fn handle(&self, peer: &PeerAuth, path: &str, body: &[u8]) -> Reply {
        self.handle_from(None, peer, path, body).await
    }

    /// [`PairingService::handle`] for a peer at `addr` (the TCP peer of its
    /// TLS connection): the core counts its failures, and applies its
    /// locks, by that source (docs/commissioning.md, "The pairing lock").
    pub async fn handle_from(
        &self,
        addr: Option<IpAddr>,
        peer: &PeerAuth,
        path: &str,
        body: &[u8],
    ) -> Reply {
        let action = match path {
            PATH_START => AuditAction::PairStart,
            PATH_PAKE => AuditAction::PairPake,
            PATH_CONFIRM => AuditAction::PairConfirm,
            PATH_REDEEM => AuditAction::PairRedeem,
            _ => {
                let subject = format!("path:{}", path.chars().take(64).collect::<String>());
                return self
                    .refuse(
                        addr,
                        peer,
                        AuditAction::PairRequest,
                        subject,
                        Refused::new(Refusal::NotFound, "no such pairing resource"),
                    )
                    .await;
            }
        };
        if body.len() > MAX_BODY {
            let r = Refused::new(
                Refusal::TooLarge,
                format!("request body is {} bytes, at most {MAX_BODY}", body.len()),
            );
            return self.refuse(addr, peer, action, "request".into(), r).await;
        }
        let result = match path {
            PATH_START => self.start(addr, peer, body).await,
            PATH_PAKE => self.pake(peer, body).await,
            PATH_CONFIRM => self.confirm(peer, body).await,
            _ => self.redeem(addr, peer, body).await,
        };
        match result {
            Ok(reply) => reply,
            Err((subject, r)) => self.refuse(addr, peer, action, subject, r).await,
        }
    }

    /// Audits a refusal decided here and answers it.
    async fn refuse(
        &self,
        addr: Option<IpAddr>,
        peer: &PeerAuth,
        action: AuditAction,
        subject: String,
        r: Refused,
    ) -> Reply {
        let ev = AuditEvent::new(
            peer.audit_name(),
            action,
            subject,
            "coap",
            Outcome::Denied,
            r.refusal.as_str(),
        );
        let credential = match peer {
            PeerAuth::Device {
                dac_fingerprint, ..
            } => dac_fingerprint.clone(),
            PeerAuth::Operational { key, .. } => key.fingerprint(),
        };
        let from =
            FailureSource::maybe_peer(addr).with_credential(Credential::Certificate(credential));
        match self
            .core
            .call(move |c, now| c.audit_refusal_from(now, &from, ev))
            .await
        {
            Ok(()) => Reply::error(r.refusal, &r.message),
            Err(_) => internal(),
        }
    }

    // ------------------------------------------------------------ /pair/start

    async fn start(
        &self,
        addr: Option<IpAddr>,
        peer: &PeerAuth,
        body: &[u8],
    ) -> Result<Reply, (String, Refused)> {
        let PeerAuth::Device {
            dac_fingerprint,
            vid,
            pid,
            exporter,
            chain,
        } = peer
        else {
            return Err(wrong_peer_for_pairing());
        };
        let StartRequest { disc } =
            StartRequest::parse(body).map_err(|e| ("request".to_owned(), Refused::from(e)))?;
        // Held across the core call: released on every path, including a
        // transport that drops this future.
        let _slot = self.reserve(disc)?;
        let (dac, vid, pid) = (dac_fingerprint.clone(), *vid, *pid);
        let started = self
            .core
            .call(move |c, now| {
                let ticket = c.start_pake_from(now, addr, &dac, disc, vid, pid)?;
                let pake = c.window_pake(ticket.window).cloned();
                let hub_id = c.hub_id().to_owned();
                let deadline = now + c.policy().pake_timeout;
                Ok::<_, StartPakeError>((ticket, pake, hub_id, deadline))
            })
            .await;
        let (ticket, pake, hub_id, deadline) = match started {
            Err(_) => return Ok(internal()),
            Ok(Err(e)) => return Ok(self.start_refused(&e)),
            Ok(Ok(s)) => s,
        };
        // The core keeps a window's parameters while it is open: present
        // right after a successful start.
        let Some(pake) = pake else {
            return Ok(internal());
        };
        let reply = StartResponse {
            session: ticket.session,
            salt: pake.salt.clone(),
            iterations: pake.iterations,
        }
        .emit();
        self.lock().map.insert(
            ticket.session,
            Session {
                ticket,
                dac_fingerprint: dac_fingerprint.clone(),
                exporter: *exporter,
                vid,
                pid,
                chain: chain.clone(),
                record: pake.record,
                hub_id,
                deadline,
                stage: Stage::Started,
            },
        );
        Ok(Reply::ok((2, 1), reply))
    }

    /// Takes a slot in the session map for a `/pair/start`, or refuses.
    fn reserve(&self, disc: u16) -> Result<Slot<'_>, (String, Refused)> {
        let now = self.core.now();
        let mut s = self.lock();
        s.purge(now);
        if s.map.len() + s.reserved >= s.max {
            return Err((
                format!("disc:{disc}"),
                Refused::new(
                    Refusal::PakeInFlight,
                    "too many pairing sessions in progress; retry later",
                ),
            ));
        }
        s.reserved += 1;
        Ok(Slot(&self.sessions))
    }

    /// The reply to a start the core refused (and audited).
    fn start_refused(&self, e: &StartPakeError) -> Reply {
        let mut reply = Reply::error(e.refusal(), &e.to_string());
        if let StartPakeError::Locked { until } = e {
            let left_ms = until.0.saturating_sub(self.clock.now().0).max(0);
            let secs = (left_ms + 999) / 1000;
            reply.max_age = Some(u32::try_from(secs.max(1)).unwrap_or(u32::MAX));
        }
        reply
    }

    // ------------------------------------------------------------- /pair/pake

    async fn pake(&self, peer: &PeerAuth, body: &[u8]) -> Result<Reply, (String, Refused)> {
        let PeerAuth::Device {
            dac_fingerprint,
            exporter,
            ..
        } = peer
        else {
            return Err(wrong_peer_for_pairing());
        };
        let PakeRequest {
            session: id,
            share_p,
        } = PakeRequest::parse(body).map_err(|e| ("request".to_owned(), Refused::from(e)))?;
        let subject = format!("session:{id}");
        let now = self.core.now();
        let (record, hub_id) = {
            let mut sessions = self.lock();
            let s = lookup(&mut sessions, id, dac_fingerprint, exporter, now)
                .map_err(|r| (subject.clone(), r))?;
            if !matches!(s.stage, Stage::Started) {
                return Err((
                    subject,
                    Refused::new(
                        Refusal::BadSession,
                        "the PAKE of this session was already answered",
                    ),
                ));
            }
            s.stage = Stage::Responding;
            (s.record.clone(), s.hub_id.clone())
        };
        let context = Context::for_pairing(exporter);
        let responded = Verifier::respond(
            &record,
            &context,
            dac_fingerprint.as_bytes(),
            hub_id.as_bytes(),
            &share_p,
            &self.rng,
        );
        let mut sessions = self.lock();
        let Some(s) = sessions.map.get_mut(&id) else {
            // Expired while the answer was computed.
            return Err((
                subject,
                Refused::new(Refusal::PakeTimeout, "the PAKE session timed out"),
            ));
        };
        match responded {
            Ok((state, share_v, confirm_v)) => {
                s.stage = Stage::Responded(state);
                Ok(Reply::ok(
                    (2, 4),
                    PakeResponse { share_v, confirm_v }.emit(),
                ))
            }
            Err(SpakeError::InvalidPoint) => {
                s.stage = Stage::Started;
                Err((
                    subject,
                    Refused::new(
                        Refusal::MalformedBody,
                        "share_p is not a valid P-256 point (SEC1 uncompressed, not the identity)",
                    ),
                ))
            }
            Err(_) => {
                s.stage = Stage::Started;
                Err((subject, Refused::new(Refusal::Internal, "internal error")))
            }
        }
    }

    // ---------------------------------------------------------- /pair/confirm

    async fn confirm(&self, peer: &PeerAuth, body: &[u8]) -> Result<Reply, (String, Refused)> {
        let PeerAuth::Device {
            dac_fingerprint,
            exporter,
            ..
        } = peer
        else {
            return Err(wrong_peer_for_pairing());
        };
        let ConfirmRequest {
            session: id,
            confirm_p,
            csr,
            firmware,
            srp_host,
        } = ConfirmRequest::parse(body).map_err(|e| ("request".to_owned(), Refused::from(e)))?;
        let subject = format!("session:{id}");
        let now = self.core.now();
        let answered = |sessions: &mut Sessions| {
            let s = lookup(sessions, id, dac_fingerprint, exporter, now)?;
            if matches!(s.stage, Stage::Responded(_)) {
                Ok(())
            } else {
                Err(Refused::new(
                    Refusal::BadSession,
                    "confirm before the PAKE was answered",
                ))
            }
        };
        answered(&mut self.lock()).map_err(|r| (subject.clone(), r))?;
        // A bad request leaves the session as it is: the device may resend.
        let key = csr_device_key(&csr).map_err(|r| (subject.clone(), r))?;
        let session = {
            let mut sessions = self.lock();
            answered(&mut sessions).map_err(|r| (subject.clone(), r))?;
            sessions.map.remove(&id)
        };
        let Some(Session {
            ticket,
            vid,
            pid,
            chain,
            stage: Stage::Responded(state),
            ..
        }) = session
        else {
            return Err((subject, unknown_session()));
        };

        // The passcode proof.
        if state.finish(&confirm_p).is_err() {
            let failed = self
                .core
                .call(move |c, now| {
                    let max = c.policy().max_pake_failures;
                    c.pake_failed(now, ticket).map(|f| (f, max))
                })
                .await;
            return Ok(match failed {
                Err(_) => internal(),
                Ok(Ok((f, max))) => Reply::error(
                    Refusal::WrongPasscode,
                    &format!(
                        "key confirmation failed: wrong passcode ({} of {max} failures{})",
                        f.failures,
                        if f.window_closed {
                            "; the window is closed"
                        } else {
                            ""
                        }
                    ),
                ),
                Ok(Err(e)) => Reply::error(e.refusal(), &e.to_string()),
            });
        }

        // Judged on the trust set in force, which no reload replaces until
        // this admission is durable (a reload re-checks it then).
        let trust = self.trust.admitting().await;
        // The vulnerable-firmware policy.
        let verdict = trust.firmware().check(vid, pid, firmware);
        let fw_details = |advisory: &str| {
            vec![
                ("advisory".to_owned(), serde_json::Value::from(advisory)),
                ("firmware".to_owned(), serde_json::Value::from(firmware)),
            ]
        };
        let quarantine = match verdict {
            Some(v) if v.action == FirmwareAction::Refuse => {
                let message = format!(
                    "firmware version {firmware} is refused by advisory {}; update the device",
                    v.advisory
                );
                return Ok(self
                    .refuse_after_pake(
                        ticket,
                        Refusal::FirmwareRefused,
                        message,
                        fw_details(&v.advisory),
                    )
                    .await);
            }
            Some(v) => Some(("vulnerable_firmware", fw_details(&v.advisory))),
            None => None,
        };
        // A chain revoked by a reload since this device's handshake.
        let quarantine =
            match trust.recheck(&chain.dac, &chain.pai, vid, pid, firmware, self.clock.now()) {
                Some(r @ Recheck::DacRevoked { .. }) => Some((r.reason(), r.details(firmware))),
                _ => quarantine,
            };

        // The operational certificate.
        let op_cert = match self.ca.issue_operational_cert(&csr, self.clock.now()) {
            Ok(c) => c.cert.cert_der,
            Err(HubCaError::Csr { reason }) => {
                return Ok(self
                    .refuse_after_pake(ticket, Refusal::InvalidCsr, reason, Vec::new())
                    .await)
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot issue an operational certificate");
                return Ok(self
                    .refuse_after_pake(
                        ticket,
                        Refusal::Internal,
                        "internal error".into(),
                        Vec::new(),
                    )
                    .await);
            }
        };

        // The core admits the device (setup token) with what it presented,
        // then quarantines it at once if its firmware is under a quarantine
        // advisory or its chain was revoked since its handshake.
        let attestation = DeviceAttestation {
            dac: chain.dac,
            pai: chain.pai,
            firmware,
        };
        let admitted = self
            .core
            .call(move |c, now| {
                let issued = c.pake_succeeded_attested(now, ticket, &key, attestation)?;
                let id = key.fingerprint();
                let high = c.device(&id).is_some_and(|d| d.class == DeviceClass::High);
                if let Some(host) = &srp_host {
                    c.srp_claim(now, &id, host);
                }
                if let Some((reason, details)) = quarantine {
                    // Just admitted: pending, hence eligible.
                    let _ = c.quarantine_system(now, &id, reason, details);
                }
                Ok::<_, PakeError>((issued, high))
            })
            .await;
        drop(trust);
        Ok(match admitted {
            Err(_) => internal(),
            Ok(Err(e)) => Reply::error(e.refusal(), &e.to_string()),
            Ok(Ok((issued, needs_approval))) => Reply::ok(
                (2, 4),
                ConfirmResponse {
                    token: issued.token,
                    op_cert,
                    needs_approval,
                }
                .emit(),
            ),
        })
    }

    /// Ends a PAKE that proved the passcode but whose device is refused
    /// here (the core audits it and closes the window).
    async fn refuse_after_pake(
        &self,
        ticket: PakeTicket,
        refusal: Refusal,
        message: String,
        details: Vec<(String, serde_json::Value)>,
    ) -> Reply {
        let refused = self
            .core
            .call(move |c, now| c.pake_refused(now, ticket, refusal.as_str(), details))
            .await;
        match refused {
            Err(_) => internal(),
            Ok(Ok(())) => Reply::error(refusal, &message),
            Ok(Err(e)) => Reply::error(e.refusal(), &e.to_string()),
        }
    }

    // ----------------------------------------------------------- /pair/redeem

    async fn redeem(
        &self,
        addr: Option<IpAddr>,
        peer: &PeerAuth,
        body: &[u8],
    ) -> Result<Reply, (String, Refused)> {
        let PeerAuth::Operational { key, .. } = peer else {
            return Err((
                "request".into(),
                Refused::new(
                    Refusal::WrongPeer,
                    "redeem needs the operational certificate in TLS, not the DAC",
                ),
            ));
        };
        let RedeemRequest { token } =
            RedeemRequest::parse(body).map_err(|e| ("request".to_owned(), Refused::from(e)))?;
        let key = key.clone();
        let redeemed = self
            .core
            .call(move |c, now| c.redeem_from(now, addr, &token, &key))
            .await;
        Ok(match redeemed {
            Err(_) => internal(),
            Ok(Err(e)) => Reply::error(e.refusal(), &e.to_string()),
            Ok(Ok(IssuedToken { token, .. })) => Reply::ok((2, 4), RedeemResponse { token }.emit()),
        })
    }
}

/// The session `id` if it exists and belongs to the peer; an expired one is
/// dropped (`pake_timeout`).
fn lookup<'a>(
    sessions: &'a mut Sessions,
    id: u64,
    dac_fingerprint: &str,
    exporter: &[u8; EXPORTER_LEN],
    now: Instant,
) -> Result<&'a mut Session, Refused> {
    let expired = match sessions.map.get(&id) {
        Some(s) if s.belongs_to(dac_fingerprint, exporter) => now >= s.deadline,
        // Another peer's session is reported exactly like a missing one.
        _ => return Err(unknown_session()),
    };
    if expired {
        sessions.map.remove(&id);
        return Err(Refused::new(
            Refusal::PakeTimeout,
            "the PAKE session timed out",
        ));
    }
    sessions.map.get_mut(&id).ok_or_else(unknown_session)
}

fn unknown_session() -> Refused {
    Refused::new(
        Refusal::UnknownSession,
        "no such PAKE session on this connection",
    )
}

fn wrong_peer_for_pairing() -> (String, Refused) {
    (
        "request".into(),
        Refused::new(
            Refusal::WrongPeer,
            "pairing needs the device attestation chain (DAC) in TLS",
        ),
    )
}

fn internal() -> Reply {
    Reply::error(Refusal::Internal, "internal error")
}

/// The P-256 public key of a valid PKCS#10 request (signature verified).
fn csr_device_key(csr: &[u8]) -> Result<DeviceKey, Refused> {
    use rcgen::PublicKeyData;
    let (spki, _) = verified_csr_key(csr).map_err(|e| match e {
        HubCaError::Csr { reason } => Refused::new(Refusal::InvalidCsr, reason),
        other => Refused::new(Refusal::InvalidCsr, other.to_string()),
    })?;
    DeviceKey::from_sec1(spki.der_bytes())
        .map_err(|e| Refused::new(Refusal::InvalidCsr, format!("the CSR key: {e}")))
}
