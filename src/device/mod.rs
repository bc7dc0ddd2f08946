//! The reference device: the device side of pairing protocol v1
//! (docs/protocol.md), over an abstract transport.
//!
//! [`DeviceSimulator::pair`] runs the whole sequence a device maker's
//! firmware runs (docs/device-integration.md):
//!
//! ```text
//!  POST /pair/start {disc}                 -> {session, salt, iter}
//!  w0, w1 = PBKDF2(passcode, salt, iter)      (or a cached derivation)
//!  POST /pair/pake {session, share_p}      -> {share_v, confirm_v}    check confirm_v
//!  new operational P-256 key + CSR
//!  POST /pair/confirm {session, confirm_p,
//!       csr, firmware}                     -> {token, op_cert, needs_approval}
//!  reconnect with the operational certificate
//!  POST /pair/redeem {token}               -> {token}   (4.03 approval_pending: retry)
//! ```
//!
//! The transport is an [`Exchange`]: one TLS connection that POSTs CBOR and
//! knows its TLS exporter. The first one presents the DAC chain; after
//! `/pair/confirm` the caller opens a second one with the operational
//! certificate (the `reconnect` argument). `threshold device simulate`
//! drives this over CoAP; tests and benchmarks use [`LocalExchange`], a
//! [`crate::pairing::PairingService`] in the same process.
//!
//! The messages are the typed ones of [`crate::pairing::wire`], the same
//! the hub parses and emits. `device` depends on `pairing`, never the
//! other way round.
#![forbid(unsafe_code)]

mod local;

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use ring::rand::SystemRandom;
use zeroize::Zeroizing;

use crate::commissioning::token::DeviceKey;
use crate::pairing::wire::{
    ConfirmRequest, ConfirmResponse, ErrorBody, PakeRequest, PakeResponse, RedeemRequest,
    RedeemResponse, StartRequest, StartResponse, PATH_CONFIRM, PATH_PAKE, PATH_REDEEM, PATH_START,
};
use crate::pairing::{dac_fingerprint, BodyError, EXPORTER_LEN};
use crate::pake::{Context, Prover, ProverSecrets, SpakeError};
use crate::refusal::Refusal;

pub use local::{random_exporter, LocalExchange};

/// A transport failure (connection lost, TLS refused, timeout).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExchangeError {
    /// The connection could not be opened or was lost.
    #[error("transport: {0}")]
    Transport(String),
    /// No answer in time.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
}

/// A future returned by [`Exchange::post`]: the response code as `(class,
/// detail)` and the CBOR body.
pub type PostFuture<'a> =
    Pin<Box<dyn Future<Output = Result<(u8, u8, Vec<u8>), ExchangeError>> + Send + 'a>>;

/// What a `reconnect` function passed to [`DeviceSimulator::pair`] may
/// return: a future of the second connection (operational certificate).
pub type ReconnectFuture =
    Pin<Box<dyn Future<Output = Result<Box<dyn Exchange>, ExchangeError>> + Send>>;

/// One authenticated connection to the hub (CoAP over TLS in production).
pub trait Exchange: Send {
    /// POSTs `cbor` to `path`; returns the response code (`(2, 4)` for
    /// 2.04) and body.
    fn post(&mut self, path: &str, cbor: Vec<u8>) -> PostFuture<'_>;

    /// The TLS exporter of this connection
    /// (`TLS-Exporter("EXPORTER-threshold-pairing", "", 32)`).
    fn exporter(&self) -> [u8; EXPORTER_LEN];
}

/// What a device knows before it pairs.
#[derive(Clone)]
pub struct DeviceConfig {
    /// The DAC (DER); its SHA-256 is the SPAKE2+ `idProver`. The transport
    /// presents the DAC chain in TLS; the simulator only needs its bytes.
    pub dac_der: Vec<u8>,
    /// The setup passcode (label / QR code).
    pub passcode: u32,
    /// The 12-bit discriminator (label / QR code).
    pub discriminator: u16,
    /// Running firmware, as the Matter `SoftwareVersion` (u32).
    pub firmware: u32,
    /// The hub id (`threshold:<16 hex>`), the SPAKE2+ `idVerifier`, from
    /// `GET /hub`.
    pub hub_id: String,
    /// Pause between `/pair/redeem` attempts while approval is pending
    /// (docs/protocol.md: at least 5 s).
    pub redeem_retry: Duration,
    /// `/pair/redeem` attempts before giving up.
    pub redeem_attempts: u32,
    /// `w0 || w1` already derived for a `(salt, iterations)` pair: used
    /// instead of PBKDF2 when the hub answers with the same pair.
    pub cached: Option<CachedSecrets>,
    /// The SRP host name the device registers on the Thread network, told
    /// to the hub at `/pair/confirm` (`srp_host`), if any.
    pub srp_host: Option<String>,
}

impl std::fmt::Debug for DeviceConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceConfig")
            .field("discriminator", &self.discriminator)
            .field("firmware", &self.firmware)
            .field("hub_id", &self.hub_id)
            .field("redeem_retry", &self.redeem_retry)
            .field("redeem_attempts", &self.redeem_attempts)
            .finish_non_exhaustive()
    }
}

impl DeviceConfig {
    /// A configuration with the protocol's retry rule (every 5 s, for up to
    /// 10 minutes: the longest setup-token lifetime allowed for a
    /// high-risk device by default) and no cached derivation.
    pub fn new(
        dac_der: Vec<u8>,
        passcode: u32,
        discriminator: u16,
        firmware: u32,
        hub_id: String,
    ) -> DeviceConfig {
        DeviceConfig {
            dac_der,
            passcode,
            discriminator,
            firmware,
            hub_id,
            redeem_retry: Duration::from_secs(5),
            redeem_attempts: 120,
            cached: None,
            srp_host: None,
        }
    }
}

/// `w0 || w1` derived for one `(salt, iterations)` pair.
#[derive(Clone)]
pub struct CachedSecrets {
    /// The PBKDF2 salt.
    pub salt: Vec<u8>,
    /// The PBKDF2 iterations.
    pub iterations: u32,
    /// `w0 || w1` ([`ProverSecrets::to_bytes`]).
    pub secrets: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for CachedSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CachedSecrets")
            .field("iterations", &self.iterations)
            .finish_non_exhaustive()
    }
}

/// The device's operational identity, issued at pairing.
#[derive(Clone)]
pub struct OperationalIdentity {
    /// The operational certificate (DER), issued by the hub CA.
    pub cert_der: Vec<u8>,
    /// Its private key, PKCS#8 PEM.
    pub key_pem: Zeroizing<String>,
    /// Its public key.
    pub public_key: DeviceKey,
}

impl std::fmt::Debug for OperationalIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OperationalIdentity")
            .field("device_id", &self.public_key.fingerprint())
            .finish_non_exhaustive()
    }
}

/// A step of the sequence, reported as it completes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StepKind {
    /// `/pair/start` answered.
    Started {
        /// Session id.
        session: u64,
        /// PBKDF2 iterations asked by the hub.
        iterations: u32,
    },
    /// `w0`, `w1` derived (PBKDF2), or taken from the cache.
    Derived {
        /// Whether the cache was used.
        cached: bool,
    },
    /// `/pair/pake` answered and the hub's `confirm_v` checked.
    HubConfirmed,
    /// The operational key and CSR made.
    KeyMade,
    /// `/pair/confirm` answered: setup token and operational certificate.
    Confirmed {
        /// Whether an owner/admin must approve before redemption.
        needs_approval: bool,
    },
    /// The second connection (operational certificate) is open.
    Reconnected,
    /// `/pair/redeem` answered 4.03 `approval_pending`.
    ApprovalPending {
        /// Attempts so far.
        attempt: u32,
    },
    /// `/pair/redeem` answered: the `full` token.
    Redeemed,
}

/// One reported step and how long it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What happened.
    pub kind: StepKind,
    /// Time spent in this step.
    pub elapsed: Duration,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = self.elapsed.as_secs_f64() * 1000.0;
        match &self.kind {
            StepKind::Started {
                session,
                iterations,
            } => write!(
                f,
                "POST /pair/start -> 2.01 session {session}, PBKDF2 {iterations} iterations ({ms:.1} ms)"
            ),
            StepKind::Derived { cached: true } => write!(f, "w0, w1 from the cache ({ms:.1} ms)"),
            StepKind::Derived { cached: false } => {
                write!(f, "w0, w1 derived with PBKDF2 ({ms:.1} ms)")
            }
            StepKind::HubConfirmed => write!(
                f,
                "POST /pair/pake -> 2.04, hub's confirm_v verified ({ms:.1} ms)"
            ),
            StepKind::KeyMade => write!(f, "operational P-256 key and CSR made ({ms:.1} ms)"),
            StepKind::Confirmed { needs_approval } => write!(
                f,
                "POST /pair/confirm -> 2.04 setup token and operational certificate{} ({ms:.1} ms)",
                if *needs_approval {
                    ", approval needed"
                } else {
                    ""
                }
            ),
            StepKind::Reconnected => write!(
                f,
                "reconnected with the operational certificate ({ms:.1} ms)"
            ),
            StepKind::ApprovalPending { attempt } => write!(
                f,
                "POST /pair/redeem -> 4.03 approval_pending (attempt {attempt}), retrying"
            ),
            StepKind::Redeemed => write!(f, "POST /pair/redeem -> 2.04 full token ({ms:.1} ms)"),
        }
    }
}

/// A successfully paired device: what it must store.
#[derive(Debug, Clone)]
pub struct PairedDevice {
    /// Its id at the hub (the token's `sub`: SHA-256 of its operational
    /// public key, SEC1).
    pub device_id: String,
    /// Operational certificate and key.
    pub identity: OperationalIdentity,
    /// The `full` token (present it to device resources).
    pub token: Vec<u8>,
    /// Every step, in order.
    pub steps: Vec<Step>,
}

/// Why pairing failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeviceError {
    /// The transport failed.
    #[error(transparent)]
    Exchange(#[from] ExchangeError),
    /// The hub refused a request: its `error` code and message.
    #[error("{path} -> {}.{:02} {error}: {message}", code.0, code.1)]
    Hub {
        /// The resource.
        path: &'static str,
        /// CoAP response code.
        code: (u8, u8),
        /// The hub's stable `error` value (docs/protocol.md).
        error: String,
        /// The hub's message.
        message: String,
    },
    /// The hub answered something that does not follow the protocol.
    #[error("{path}: unexpected answer: {reason}")]
    Protocol {
        /// The resource.
        path: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// The hub's `confirm_v` did not verify: it does not hold this
    /// device's passcode (or the exchange was tampered with). The device
    /// sends nothing more.
    #[error("the hub failed key confirmation: it does not know this device's passcode")]
    HubNotAuthenticated,
    /// The passcode derivation or a SPAKE2+ step failed.
    #[error("SPAKE2+: {0}")]
    Pake(SpakeError),
    /// The operational key or CSR could not be made, or the certificate
    /// does not carry the device's key.
    #[error("operational identity: {0}")]
    Identity(String),
    /// Still `approval_pending` after every attempt.
    #[error("still awaiting approval after {attempts} attempts")]
    ApprovalTimeout {
        /// Attempts made.
        attempts: u32,
    },
}

impl DeviceError {
    /// The hub's `error` value, when the hub refused.
    pub fn hub_error(&self) -> Option<&str> {
        match self {
            DeviceError::Hub { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// Runs the device side of the pairing protocol.
#[derive(Debug, Clone)]
pub struct DeviceSimulator {
    config: DeviceConfig,
}

impl DeviceSimulator {
    /// A device with this configuration.
    pub fn new(config: DeviceConfig) -> DeviceSimulator {
        DeviceSimulator { config }
    }

    /// The configuration.
    pub fn config(&self) -> &DeviceConfig {
        &self.config
    }

    /// Pairs over `first` (a connection presenting the DAC chain), then
    /// over the connection `reconnect` opens with the operational identity.
    /// Each completed step is passed to `report` as it happens.
    pub async fn pair<R, Fut>(
        &self,
        first: &mut dyn Exchange,
        reconnect: R,
        report: &mut (dyn FnMut(&Step) + Send),
    ) -> Result<PairedDevice, DeviceError>
    where
        R: FnOnce(OperationalIdentity) -> Fut + Send,
        Fut: Future<Output = Result<Box<dyn Exchange>, ExchangeError>> + Send,
    {
        let cfg = &self.config;
        let rng = SystemRandom::new();
        let mut steps = Vec::new();
        let mut step = |kind: StepKind, since: Instant, steps: &mut Vec<Step>| {
            let s = Step {
                kind,
                elapsed: since.elapsed(),
            };
            report(&s);
            steps.push(s);
        };

        // 1. /pair/start
        let t = Instant::now();
        let StartResponse {
            session,
            salt,
            iterations,
        } = post(
            first,
            PATH_START,
            (2, 1),
            StartRequest {
                disc: cfg.discriminator,
            }
            .emit(),
            StartResponse::parse,
        )
        .await?;
        step(
            StepKind::Started {
                session,
                iterations,
            },
            t,
            &mut steps,
        );

        // 2. w0, w1
        let t = Instant::now();
        let cached = cfg
            .cached
            .as_ref()
            .filter(|c| c.salt == salt && c.iterations == iterations);
        let secrets = match cached {
            Some(c) => ProverSecrets::from_bytes(&c.secrets).map_err(DeviceError::Pake)?,
            None => {
                crate::pake::derive(cfg.passcode, &salt, iterations)
                    .map_err(DeviceError::Pake)?
                    .0
            }
        };
        step(
            StepKind::Derived {
                cached: cached.is_some(),
            },
            t,
            &mut steps,
        );

        // 3. /pair/pake
        let t = Instant::now();
        let context = Context::for_pairing(&first.exporter());
        let id_prover = dac_fingerprint(&cfg.dac_der);
        let (prover, share_p) = Prover::start(
            &secrets,
            &context,
            id_prover.as_bytes(),
            cfg.hub_id.as_bytes(),
            &rng,
        )
        .map_err(DeviceError::Pake)?;
        let PakeResponse { share_v, confirm_v } = post(
            first,
            PATH_PAKE,
            (2, 4),
            PakeRequest { session, share_p }.emit(),
            PakeResponse::parse,
        )
        .await?;
        let (confirm_p, _shared) = prover.finish(&share_v, &confirm_v).map_err(|e| match e {
            SpakeError::ConfirmationFailed => DeviceError::HubNotAuthenticated,
            other => DeviceError::Pake(other),
        })?;
        step(StepKind::HubConfirmed, t, &mut steps);

        // 4. operational key and CSR
        let t = Instant::now();
        let (key_pem, public_key, csr) = make_operational_key()?;
        step(StepKind::KeyMade, t, &mut steps);

        // 5. /pair/confirm
        let t = Instant::now();
        let ConfirmResponse {
            token: setup_token,
            op_cert,
            needs_approval,
        } = post(
            first,
            PATH_CONFIRM,
            (2, 4),
            ConfirmRequest {
                session,
                confirm_p,
                csr,
                firmware: cfg.firmware,
                srp_host: cfg.srp_host.clone(),
            }
            .emit(),
            ConfirmResponse::parse,
        )
        .await?;
        check_cert_key(&op_cert, &public_key)?;
        step(StepKind::Confirmed { needs_approval }, t, &mut steps);

        // 6. reconnect with the operational certificate
        let t = Instant::now();
        let identity = OperationalIdentity {
            cert_der: op_cert,
            key_pem,
            public_key,
        };
        let mut second = reconnect(identity.clone()).await?;
        step(StepKind::Reconnected, t, &mut steps);

        // 7. /pair/redeem, retried while approval is pending
        let body = RedeemRequest { token: setup_token }.emit();
        let mut attempt = 0;
        let token = loop {
            let t = Instant::now();
            attempt += 1;
            let (c, d, reply) = second.post(PATH_REDEEM, body.clone()).await?;
            if (c, d) == (2, 4) {
                let RedeemResponse { token } =
                    RedeemResponse::parse(&reply).map_err(|e| protocol(PATH_REDEEM, e))?;
                step(StepKind::Redeemed, t, &mut steps);
                break token;
            }
            let err = hub_error(PATH_REDEEM, (c, d), &reply);
            if err.hub_error() != Some(Refusal::ApprovalPending.as_str()) {
                return Err(err);
            }
            step(StepKind::ApprovalPending { attempt }, t, &mut steps);
            if attempt >= cfg.redeem_attempts {
                return Err(DeviceError::ApprovalTimeout { attempts: attempt });
            }
            tokio::time::sleep(cfg.redeem_retry).await;
        };
        Ok(PairedDevice {
            device_id: identity.public_key.fingerprint(),
            identity,
            token,
            steps,
        })
    }
}

/// POSTs and decodes a success body with `parse`; any other code is the
/// hub's refusal.
async fn post<T>(
    x: &mut dyn Exchange,
    path: &'static str,
    expect: (u8, u8),
    body: Vec<u8>,
    parse: fn(&[u8]) -> Result<T, BodyError>,
) -> Result<T, DeviceError> {
    let (c, d, reply) = x.post(path, body).await?;
    if (c, d) != expect {
        return Err(hub_error(path, (c, d), &reply));
    }
    parse(&reply).map_err(|e| protocol(path, e))
}

fn protocol(path: &'static str, e: impl std::fmt::Display) -> DeviceError {
    DeviceError::Protocol {
        path,
        reason: e.to_string(),
    }
}

/// An error reply: `{"error", "message"}`; anything else is a protocol error.
fn hub_error(path: &'static str, code: (u8, u8), body: &[u8]) -> DeviceError {
    match ErrorBody::parse(body) {
        Ok(ErrorBody { error, message }) if code.0 >= 4 => DeviceError::Hub {
            path,
            code,
            error,
            message,
        },
        _ => DeviceError::Protocol {
            path,
            reason: format!("unexpected {}.{:02} answer", code.0, code.1),
        },
    }
}

/// A fresh P-256 key: its PKCS#8 PEM, public key and a PKCS#10 request
/// (DER) signed with it.
fn make_operational_key() -> Result<(Zeroizing<String>, DeviceKey, Vec<u8>), DeviceError> {
    let err = |e: rcgen::Error| DeviceError::Identity(e.to_string());
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(err)?;
    let public_key = DeviceKey::from_sec1(key.public_key_raw())
        .map_err(|e| DeviceError::Identity(e.to_string()))?;
    let mut params = rcgen::CertificateParams::default();
    // The hub copies nothing from the request but its key.
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "threshold device");
    let csr = params.serialize_request(&key).map_err(err)?;
    Ok((
        Zeroizing::new(key.serialize_pem()),
        public_key,
        csr.der().to_vec(),
    ))
}

/// Checks that the operational certificate carries the device's own key.
fn check_cert_key(cert_der: &[u8], key: &DeviceKey) -> Result<(), DeviceError> {
    use x509_parser::prelude::{FromDer, X509Certificate};
    let (_, cert) = X509Certificate::from_der(cert_der).map_err(|e| DeviceError::Protocol {
        path: PATH_CONFIRM,
        reason: format!("op_cert is not a certificate: {e}"),
    })?;
    if cert.public_key().subject_public_key.data.as_ref() != key.as_bytes() {
        return Err(DeviceError::Identity(
            "the operational certificate does not carry this device's key".into(),
        ));
    }
    Ok(())
}
