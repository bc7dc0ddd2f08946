//! `threshold device simulate`: the reference device
//! ([`crate::device::DeviceSimulator`]) pairing with a hub over CoAP over
//! TLS, printing each step as it happens.
//!
//! The first connection presents the DAC chain (`--dac`, `--pai`,
//! `--dac-key`); `GET /hub` on it gives the hub id (the SPAKE2+
//! `idVerifier`); the pairing then runs on the same connection, and
//! `/pair/redeem` on a second one presenting the issued operational
//! certificate. The hub's server certificate must chain to `--ca` (default
//! `<state_dir>/pki/hub-root-ca.pem`, the hub CA root the daemon writes)
//! and name `--server-name` (default `coap.server_name` of the
//! configuration, `threshold.local`).
//!
//! With `--service-name`, `--service-type` and `--service-port` the paired
//! device then registers one service for mDNS advertising (`POST /svc`
//! on a connection with its operational certificate, docs/mdns.md):
//! `--service-txt KEY=VALUE` and `--service-subtype _x` (repeatable),
//! `--service-lease SECS`.
//!
//! Exit codes: 0 paired (and registered); 1 the hub refused (its error code is printed;
//! also when approval is still pending after `--wait-approval`); 2 a usage,
//! file or connection error (a DAC refused at the TLS handshake shows here,
//! as a connection error).

use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use coap_lite::RequestType;

use crate::attestation::cert::decode_one_certificate;
use crate::attestation::hub_ca::{PKI_DIR, ROOT_CERT_FILE};
use crate::coap::client::{ClientIdentity, ClientOptions, CoapClient};
use crate::config::{Config, Settings};
use crate::device::{
    DeviceConfig, DeviceError, DeviceSimulator, Exchange, ExchangeError, OperationalIdentity,
    PostFuture, Step,
};
use crate::mdns::state::Registration;
use crate::mdns::svc::{SvcRequest, PATH_SVC};
use crate::onboarding::{Discriminator, SetupPayload};
use crate::pairing::coap::code_pair;

use super::remote::{ConnArgs, EXIT_REFUSED, EXIT_USAGE};

/// File name of the operational certificate written into `--op-dir`.
pub const OP_CERT_FILE: &str = "op-cert.pem";
/// File name of its private key (mode 0600) in `--op-dir`.
pub const OP_KEY_FILE: &str = "op-key.pem";

/// Seconds between `/pair/redeem` attempts while approval is pending
/// (docs/protocol.md: at least 5 s).
pub const REDEEM_RETRY_SECS: u64 = 5;

/// Arguments of `threshold device simulate`.
#[derive(Debug, Clone, clap::Args)]
pub struct SimulateArgs {
    /// The hub's CoAP over TLS address (HOST:PORT, e.g. 127.0.0.1:5684).
    #[arg(long, value_name = "HOST:PORT")]
    pub hub: String,
    /// The device attestation certificate (PEM or DER).
    #[arg(long, value_name = "FILE")]
    pub dac: PathBuf,
    /// The DAC's private key (PEM: PKCS#8 or SEC1).
    #[arg(long, value_name = "FILE")]
    pub dac_key: PathBuf,
    /// The product attestation intermediate (PEM or DER).
    #[arg(long, value_name = "FILE")]
    pub pai: PathBuf,
    /// The device's setup payload: its QR code (`MT:...`) or manual code.
    #[arg(long, value_name = "QR|MANUAL")]
    pub payload: String,
    /// The full 12-bit discriminator (needed with a manual code, which
    /// carries only 4 bits of it).
    #[arg(long, value_name = "N")]
    pub discriminator: Option<u16>,
    /// Running firmware version (Matter SoftwareVersion).
    #[arg(long, value_name = "VERSION", default_value_t = 1)]
    pub firmware: u32,
    /// Host name the hub's server certificate must carry (default:
    /// `coap.server_name` of --config, `threshold.local`).
    #[arg(long, value_name = "NAME")]
    pub server_name: Option<String>,
    /// Write the operational certificate and key (0600) into this
    /// directory (created 0700).
    #[arg(long, value_name = "DIR")]
    pub op_dir: Option<PathBuf>,
    /// How long to keep retrying `/pair/redeem` while an owner/admin has
    /// not approved the device (seconds; retries every 5 s).
    #[arg(long, value_name = "SECS", default_value_t = 10)]
    pub wait_approval: u64,
    /// After pairing, register a service with this instance name for mDNS
    /// advertising (with --service-type and --service-port).
    #[arg(long, value_name = "NAME", requires_all = ["service_type", "service_port"])]
    pub service_name: Option<String>,
    /// Its DNS-SD type, `_name._tcp` or `_name._udp`.
    #[arg(long, value_name = "TYPE", requires = "service_name")]
    pub service_type: Option<String>,
    /// Its port.
    #[arg(long, value_name = "PORT", requires = "service_name")]
    pub service_port: Option<u16>,
    /// A TXT entry `KEY=VALUE` (repeatable).
    #[arg(long, value_name = "KEY=VALUE", requires = "service_name")]
    pub service_txt: Vec<String>,
    /// A subtype `_label` (repeatable).
    #[arg(long, value_name = "_LABEL", requires = "service_name")]
    pub service_subtype: Vec<String>,
    /// Lease of the registration in seconds (default: the hub's maximum).
    #[arg(long, value_name = "SECS", requires = "service_name")]
    pub service_lease: Option<u64>,
    /// The SRP host name the device registers on the Thread network, told
    /// to the hub at `/pair/confirm` so that its SRP services are bound to
    /// it (one DNS label).
    #[arg(long, value_name = "HOST")]
    pub srp_host: Option<String>,
}

/// Why the simulation stopped.
enum Stop {
    Refused(String, String),
    Usage(String),
}

fn usage(m: impl Into<String>) -> Stop {
    Stop::Usage(m.into())
}

fn read(what: &str, p: &Path) -> Result<Vec<u8>, Stop> {
    std::fs::read(p).map_err(|e| usage(format!("cannot read {what} {}: {e}", p.display())))
}

/// A CoAP over TLS connection as the device's [`Exchange`]: what
/// `threshold device simulate` pairs over (also used by
/// `benches/pairing_tls.rs`). Each `post` is a confirmable `POST` on the
/// connection; the exporter is the connection's TLS exporter.
pub struct CoapExchange(pub CoapClient);

impl Exchange for CoapExchange {
    fn post(&mut self, path: &str, cbor: Vec<u8>) -> PostFuture<'_> {
        let path = path.to_owned();
        Box::pin(async move {
            let r = self
                .0
                .request(RequestType::Post, &path, &cbor)
                .await
                .map_err(|e| ExchangeError::Transport(e.to_string()))?;
            let (c, d) = code_pair(r.code);
            Ok((c, d, r.payload))
        })
    }

    fn exporter(&self) -> [u8; 32] {
        *self.0.exporter()
    }
}

impl SimulateArgs {
    /// Runs the simulation, printing steps on standard output and errors on
    /// standard error; `conn` gives `--ca`, `--state-dir` and `--config`.
    pub fn run(&self, conn: &ConnArgs) -> ExitCode {
        let code = match self.go(conn) {
            Ok(()) => return ExitCode::SUCCESS,
            Err(Stop::Refused(code, message)) => {
                eprintln!(
                    "refused: {}: {}",
                    super::audit::printable(&code),
                    super::audit::printable(&message)
                );
                EXIT_REFUSED
            }
            Err(Stop::Usage(m)) => {
                eprintln!("error: {m}");
                EXIT_USAGE
            }
        };
        ExitCode::from(code)
    }

    fn go(&self, conn: &ConnArgs) -> Result<(), Stop> {
        let mut cfg = Config::load(conn.config.as_deref()).map_err(|e| usage(e.to_string()))?;
        if let Some(d) = &conn.state_dir {
            cfg.state_dir = d.clone();
        }
        let cfg = Settings::try_from(cfg).map_err(|e| usage(e.to_string()))?;
        let ca_path = conn
            .ca
            .clone()
            .unwrap_or_else(|| cfg.state_dir.join(PKI_DIR).join(ROOT_CERT_FILE));
        let root = decode_one_certificate(&read("hub CA", &ca_path)?)
            .map_err(|e| usage(format!("hub CA {}: {e}", ca_path.display())))?;
        let server_name = self
            .server_name
            .clone()
            .unwrap_or_else(|| cfg.coap.server_name.clone());
        let addr = resolve(&self.hub)?;
        let dac_der = decode_one_certificate(&read("DAC", &self.dac)?)
            .map_err(|e| usage(format!("DAC {}: {e}", self.dac.display())))?;
        let pai_der = decode_one_certificate(&read("PAI", &self.pai)?)
            .map_err(|e| usage(format!("PAI {}: {e}", self.pai.display())))?;
        let key = zeroize::Zeroizing::new(read("DAC key", &self.dac_key)?);
        let key_der = pem::parse(&*key)
            .map_err(|e| usage(format!("DAC key {}: {e}", self.dac_key.display())))?
            .into_contents();
        let dac_identity = ClientIdentity::from_der(vec![dac_der.clone(), pai_der], key_der)
            .map_err(|e| usage(e.to_string()))?;
        let payload = SetupPayload::parse(self.payload.trim())
            .map_err(|e| usage(format!("--payload: {e}")))?;
        let discriminator =
            match (self.discriminator, payload.discriminator) {
                (Some(d), _) if d > Discriminator::LONG_MAX => {
                    return Err(usage("--discriminator must be within 0..=4095"))
                }
                (Some(d), _) => d,
                (None, Discriminator::Long(d)) => d,
                (None, Discriminator::Short(_)) => return Err(usage(
                    "a manual code carries only 4 bits of the discriminator: pass --discriminator",
                )),
            };
        let svc = self.svc_request()?;
        let opts = |identity| {
            let mut o = ClientOptions::new(&root, Some(identity));
            o.server_name = server_name.clone();
            o
        };

        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| usage(format!("cannot start the runtime: {e}")))?;
        let started = Instant::now();
        let paired: crate::device::PairedDevice = rt.block_on(async {
            let mut first = CoapClient::connect(addr, opts(dac_identity))
                .await
                .map_err(|e| usage(format!("cannot connect to {addr}: {e}")))?;
            let hub_id = hub_id(&mut first).await?;
            println!("connected to {addr} with the DAC chain; hub {hub_id}");
            let mut device = DeviceConfig::new(
                dac_der,
                payload.passcode.value(),
                discriminator,
                self.firmware,
                hub_id,
            );
            device.redeem_retry = Duration::from_secs(REDEEM_RETRY_SECS);
            device.srp_host = self.srp_host.clone();
            device.redeem_attempts =
                u32::try_from(1 + self.wait_approval / REDEEM_RETRY_SECS).unwrap_or(u32::MAX);
            let reconnect = |id: OperationalIdentity| async move {
                let identity = ClientIdentity::from_der(
                    vec![id.cert_der.clone()],
                    pem::parse(id.key_pem.as_bytes())
                        .map_err(|e| ExchangeError::Transport(e.to_string()))?
                        .into_contents(),
                )
                .map_err(|e| ExchangeError::Transport(e.to_string()))?;
                let c = CoapClient::connect(addr, opts(identity))
                    .await
                    .map_err(|e| ExchangeError::Transport(e.to_string()))?;
                Ok(Box::new(CoapExchange(c)) as Box<dyn Exchange>)
            };
            let mut report = |s: &Step| {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{s}");
                let _ = out.flush();
            };
            DeviceSimulator::new(device)
                .pair(&mut CoapExchange(first), reconnect, &mut report)
                .await
                .map_err(|e| match e {
                    DeviceError::Hub { error, message, .. } => Stop::Refused(error, message),
                    DeviceError::ApprovalTimeout { attempts } => Stop::Refused(
                        crate::refusal::Refusal::ApprovalPending.as_str().into(),
                        format!(
                            "not approved after {attempts} attempts ({} s); approve the device and run again",
                            self.wait_approval
                        ),
                    ),
                    other => usage(other.to_string()),
                })
        })?;
        println!(
            "paired: device {} holds a full token ({} bytes) after {} steps in {:.1} ms",
            paired.device_id,
            paired.token.len(),
            paired.steps.len(),
            started.elapsed().as_secs_f64() * 1000.0
        );
        if let Some(svc) = svc {
            rt.block_on(register(addr, opts, &paired.identity, &svc))?;
        }
        if let Some(dir) = &self.op_dir {
            write_identity(dir, &paired.identity)?;
            println!(
                "operational certificate and key written to {} and {}",
                dir.join(OP_CERT_FILE).display(),
                dir.join(OP_KEY_FILE).display()
            );
        }
        Ok(())
    }
}

impl SimulateArgs {
    /// The `/svc` request the `--service-*` flags describe, if any.
    fn svc_request(&self) -> Result<Option<SvcRequest>, Stop> {
        let (Some(name), Some(ty), Some(port)) =
            (&self.service_name, &self.service_type, self.service_port)
        else {
            return Ok(None);
        };
        let mut txt = Vec::new();
        for t in &self.service_txt {
            let (k, v) = t
                .split_once('=')
                .ok_or_else(|| usage(format!("--service-txt {t:?}: expected KEY=VALUE")))?;
            txt.push((k.to_owned(), v.to_owned()));
        }
        Ok(Some(SvcRequest {
            services: vec![Registration {
                instance: name.clone(),
                service_type: ty.clone(),
                subtypes: self.service_subtype.clone(),
                port,
                txt,
            }],
            lease: self.service_lease,
        }))
    }
}

/// `POST /svc` with the operational certificate; prints the names the hub
/// published.
async fn register(
    addr: SocketAddr,
    opts: impl Fn(ClientIdentity) -> ClientOptions,
    id: &OperationalIdentity,
    svc: &SvcRequest,
) -> Result<(), Stop> {
    let key = pem::parse(id.key_pem.as_bytes())
        .map_err(|e| usage(format!("operational key: {e}")))?
        .into_contents();
    let identity = ClientIdentity::from_der(vec![id.cert_der.clone()], key)
        .map_err(|e| usage(e.to_string()))?;
    let mut c = CoapClient::connect(addr, opts(identity))
        .await
        .map_err(|e| usage(format!("cannot connect to {addr}: {e}")))?;
    let r = c
        .request(RequestType::Post, PATH_SVC, &svc.encode())
        .await
        .map_err(|e| usage(format!("POST {PATH_SVC}: {e}")))?;
    let (cl, d) = code_pair(r.code);
    let body: ciborium::value::Value = ciborium::from_reader(r.payload.as_slice())
        .map_err(|e| usage(format!("POST {PATH_SVC}: {e}")))?;
    let field = |m: &ciborium::value::Value, k: &str| -> Option<ciborium::value::Value> {
        m.as_map()?
            .iter()
            .find(|(key, _)| key.as_text() == Some(k))
            .map(|(_, v)| v.clone())
    };
    let text = |v: Option<ciborium::value::Value>| {
        v.and_then(|v| v.as_text().map(str::to_owned))
            .unwrap_or_default()
    };
    if cl != 2 {
        println!("POST {PATH_SVC} -> {cl}.{d:02}");
        return Err(Stop::Refused(
            text(field(&body, "error")),
            text(field(&body, "message")),
        ));
    }
    let host = text(field(&body, "host"));
    let services = field(&body, "services")
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default();
    for s in services {
        println!(
            "POST {PATH_SVC} -> {cl}.{d:02} advertised \"{}.{}.local.\" on host {host}",
            text(field(&s, "name")),
            text(field(&s, "type")),
        );
    }
    Ok(())
}

fn resolve(hub: &str) -> Result<SocketAddr, Stop> {
    hub.to_socket_addrs()
        .map_err(|e| usage(format!("--hub {hub}: {e}")))?
        .next()
        .ok_or_else(|| usage(format!("--hub {hub}: no address")))
}

/// `GET /hub`: the hub id.
async fn hub_id(client: &mut CoapClient) -> Result<String, Stop> {
    let r = client
        .request(RequestType::Get, "/hub", &[])
        .await
        .map_err(|e| usage(format!("GET /hub: {e}")))?;
    let (c, d) = code_pair(r.code);
    if (c, d) != (2, 5) {
        return Err(usage(format!("GET /hub -> {c}.{d:02}")));
    }
    crate::coap::router::hub_id_of(&r.payload)
        .ok_or_else(|| usage("GET /hub: no hub_id in the answer"))
}

fn write_identity(dir: &Path, id: &OperationalIdentity) -> Result<(), Stop> {
    crate::fsutil::ensure_private_dir(dir)
        .map_err(|e| usage(format!("cannot create directory {}: {e}", dir.display())))?;
    let cert = pem::encode(&pem::Pem::new("CERTIFICATE", id.cert_der.clone()));
    let write = |name: &str, data: &[u8]| {
        let p = dir.join(name);
        crate::fsutil::write_atomic(&p, data, 0o600)
            .map_err(|e| usage(format!("cannot write {}: {e}", p.display())))
    };
    write(OP_CERT_FILE, cert.as_bytes())?;
    write(OP_KEY_FILE, id.key_pem.as_bytes())
}
