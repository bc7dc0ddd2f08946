//! `threshold run`: the daemon.
//!
//! It wires the pieces together (STYLE.md rules 2 and 7):
//!
//! * the [`Store`] on its own writer thread ([`StoreHandle`]): no SQLite
//!   write, hence no fsync, ever runs on a runtime worker;
//! * the [`Commissioner`], owned by one task, the *driver*, which
//!   `select!`s over the shutdown signal, a command channel and
//!   `sleep_until(poll_timeout())`, feeds the core, and carries out its
//!   events: audit records and state changes are written durably (the
//!   driver awaits the writer) before the caller of a command gets its
//!   answer;
//! * the hub signing key, created on first start (PKCS#8, 0600).
//!
//! Later subsystems (CoAP, API, mDNS, Thread) talk to the core through the
//! cloneable [`CoreHandle`]. The controller API ([`crate::api`]) is started
//! by [`Daemon::start_api`] once the core runs, and stopped first by
//! [`Daemon::stop`]; the core's alerts reach it through a broadcast channel
//! ([`Daemon::subscribe_alerts`]), fed after each batch is durable.
//!
//! The device side ([`Daemon::start_coap`]) serves CoAP over TLS (the
//! `/pair/*` resources, [`crate::pairing::coap`]) and CoAP over UDP
//! (public discovery) with the same hub CA as the API (`<state_dir>/pki`).
//! Device attestation trusts the PAA certificates in
//! `<state_dir>/paa-roots` (created empty if missing: then every DAC is
//! refused), checks the CRLs in `<state_dir>/crls` and the denylist
//! `<state_dir>/attestation-denylist.toml` when present, and applies the
//! vulnerable-firmware policy `<state_dir>/vulnerable-firmware.toml` when
//! present (none otherwise). These files are read once, at start.
#![forbid(unsafe_code)]

use std::fs;
use std::future::Future;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{broadcast, mpsc, oneshot};

use crate::api::{ApiDeps, ApiServer, ApiStartError};
use crate::attestation::hub_ca::HubCa;
use crate::attestation::{AttestationVerifier, CrlSet, Denylist, FirmwarePolicy, TrustStore};
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::coap::router::Router;
use crate::coap::tls::{DeviceCertVerifier, ServerIdentity, TlsEvent, TlsServer};
use crate::coap::udp::UdpServer;
use crate::commissioning::event::{Alert, Event};
use crate::commissioning::token::HubKey;
use crate::commissioning::Commissioner;
use crate::config::{Config, ConfigError};
use crate::mdns::driver::{MdnsHandle, MdnsInputs, MdnsTask};
use crate::store::{Store, StoreError, StoreHandle, StoreWriter};
use crate::time::{MonotonicFloorClock, SystemClock, WallClock};

/// File name of the hub signing key inside the state directory.
pub const HUB_KEY_FILE: &str = "hub-key.p8";
/// File name of the one-time owner code inside the runtime directory.
pub const OWNER_CODE_FILE: &str = "owner-code";
/// Directory of CRLs (PEM or DER) inside the state directory, optional.
pub const CRL_DIR: &str = "crls";
/// Attestation denylist (TOML) inside the state directory, optional.
pub const DENYLIST_FILE: &str = "attestation-denylist.toml";
/// Vulnerable-firmware policy (TOML) inside the state directory, optional.
pub const FIRMWARE_POLICY_FILE: &str = "vulnerable-firmware.toml";

/// Why the daemon could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DaemonError {
    /// Bad configuration.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file or directory could not be prepared.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// An internal failure (random number generator, a panicked task).
    #[error("internal error: {0}")]
    Internal(String),
    /// The hub key is unusable.
    #[error("hub key {path}: {reason}")]
    HubKey {
        /// The key file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The controller API could not start.
    #[error("controller API: {0}")]
    Api(#[from] Box<ApiStartError>),
    /// The CoAP servers could not start.
    #[error("CoAP: {0}")]
    Coap(String),
    /// mDNS advertising could not start.
    #[error("mDNS: {0}")]
    Mdns(String),
}

fn io<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> DaemonError + 'a {
    move |source| DaemonError::Io {
        what,
        path: path.to_owned(),
        source,
    }
}

/// Creates `dir` (and parents) with mode 0700 if missing.
pub fn ensure_private_dir(dir: &Path) -> Result<(), DaemonError> {
    if !dir.exists() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io("cannot create directory", dir))?;
    }
    Ok(())
}

/// Writes `data` to `path` atomically with mode 0600
/// ([`crate::fsutil::write_atomic`]).
pub fn write_secret_file(path: &Path, data: &[u8]) -> Result<(), DaemonError> {
    crate::fsutil::write_atomic(path, data, 0o600).map_err(io("cannot write", path))
}

/// Loads the hub key from the state directory, creating it on first start.
/// Refuses a key file readable by group or others.
pub fn load_or_create_hub_key(state_dir: &Path) -> Result<HubKey, DaemonError> {
    let path = state_dir.join(HUB_KEY_FILE);
    let bad = |reason: String| DaemonError::HubKey {
        path: path.clone(),
        reason,
    };
    match fs::read(&path) {
        Ok(der) => {
            let mode = fs::metadata(&path)
                .map_err(io("cannot stat", &path))?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                return Err(bad(format!(
                    "mode {:o} lets other users read the key; run chmod 600",
                    mode & 0o777
                )));
            }
            HubKey::from_pkcs8(&der).map_err(|e| bad(e.to_string()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = HubKey::generate(&ring::rand::SystemRandom::new())
                .map_err(|e| bad(e.to_string()))?;
            write_secret_file(&path, key.pkcs8_der())?;
            tracing::info!(path = %path.display(), "created hub signing key");
            Ok(key)
        }
        Err(e) => Err(io("cannot read", &path)(e)),
    }
}

/// Work for the core; what it returns is run once the work's events are
/// durable (it sends the answer to the caller).
type Job = Box<dyn FnOnce(&mut Commissioner, Instant) -> Box<dyn FnOnce() + Send> + Send>;

/// A cloneable handle to the core, owned by the driver task.
#[derive(Clone, Debug)]
pub struct CoreHandle {
    tx: mpsc::Sender<Job>,
}

/// The driver has stopped.
#[derive(Debug, thiserror::Error)]
#[error("the commissioning core has stopped")]
pub struct CoreGone;

impl CoreHandle {
    /// Runs `f` on the core with the current monotonic time. Returns once
    /// every event `f` caused has been carried out (audit and state durable).
    pub async fn call<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Commissioner, Instant) -> R + Send + 'static,
    ) -> Result<R, CoreGone> {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |core, now| {
            let r = f(core, now);
            Box::new(move || {
                let _ = tx.send(r);
            })
        });
        self.tx.send(job).await.map_err(|_| CoreGone)?;
        rx.await.map_err(|_| CoreGone)
    }
}

/// Capacity of the alert fan-out (a slower subscriber skips older alerts).
pub const ALERT_BUFFER: usize = 64;

/// Carries out the core's pending events: state changes and their audit
/// records in one transaction, durable on return; then the alerts go to
/// `alerts` (the API's `/v1/alerts` subscribers; none is fine) and the
/// `Advertise`/`Withdraw` events to `mdns` (in order, after the state
/// change that caused them is durable).
pub async fn drain_events(
    core: &mut Commissioner,
    store: &StoreHandle,
    clock: &Arc<dyn WallClock>,
    alerts: &broadcast::Sender<Alert>,
    mdns: &MdnsHandle,
) -> Result<(), StoreError> {
    let mut audits = Vec::new();
    let mut persists = Vec::new();
    let mut raised = Vec::new();
    let mut adverts = Vec::new();
    while let Some(ev) = core.poll_event() {
        match ev {
            Event::Audit(a) => audits.push(a),
            Event::Persist(p) => persists.push(p),
            ev @ (Event::Advertise(_) | Event::Withdraw(_)) => {
                tracing::info!(event = ?ev, "advertising");
                adverts.push(ev);
            }
            Event::Alert(a) => {
                tracing::warn!(
                    kind = a.kind,
                    count = a.count,
                    locked_until = ?a.locked_until.map(|t| t.to_rfc3339()),
                    "pairing anomaly"
                );
                raised.push(a);
            }
        }
    }
    if !persists.is_empty() || !audits.is_empty() {
        let wall = clock.now();
        store
            .call(move |s: &mut Store| s.commit(wall, &persists, &audits))
            .await??;
    }
    for a in raised {
        // No subscriber is not an error.
        let _ = alerts.send(a);
    }
    for ev in &adverts {
        mdns.core_event(ev);
    }
    Ok(())
}

/// The running daemon's parts, for `run` and for tests.
pub struct Daemon {
    /// The core's handle.
    pub core: CoreHandle,
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    alerts: broadcast::Sender<Alert>,
    pbkdf2_iterations: u32,
    api: Option<ApiServer>,
    coap: Option<CoapServers>,
    thread: Option<(crate::thread::ThreadService, tokio::task::JoinHandle<()>)>,
    thread_slot: crate::thread::ThreadSlot,
    mdns_handle: MdnsHandle,
    mdns_inputs: Option<MdnsInputs>,
    mdns: Option<MdnsTask>,
    /// Instance and host names of the hub's mDNS records, once mDNS runs.
    meshcop_target: Option<crate::thread::meshcop::MeshcopTarget>,
    /// The `_meshcop._udp` publisher task and its stop signal.
    meshcop: Option<(oneshot::Sender<()>, tokio::task::JoinHandle<()>)>,
    /// Hub id, hub CA fingerprint and CoAP over TLS port, once CoAP runs.
    hub_info: Option<(String, String, u16)>,
    driver: tokio::task::JoinHandle<Result<(), DaemonError>>,
    stop: oneshot::Sender<()>,
}

impl std::fmt::Debug for Daemon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Daemon").finish_non_exhaustive()
    }
}

impl Daemon {
    /// Opens the state, restores the core, creates the owner code on a hub
    /// with no users, and starts the driver task.
    pub async fn start(config: &Config) -> Result<Daemon, DaemonError> {
        let policy = config.policy()?;
        ensure_private_dir(&config.state_dir)?;
        let runtime_dir = config.runtime_dir();
        ensure_private_dir(&runtime_dir)?;
        let hub = load_or_create_hub_key(&config.state_dir)?;
        let store = Store::open(&config.state_dir)?;
        let floor = store.last_wall_ms()?.unwrap_or_default();
        let store = StoreWriter::spawn(store);
        let clock: Arc<dyn WallClock> = Arc::new(MonotonicFloorClock::new(SystemClock, floor));
        let wall = clock.now();
        let snapshot = store.call(move |s: &mut Store| s.snapshot(wall)).await??;
        let mut core = Commissioner::new(
            policy,
            hub,
            clock.clone(),
            Box::new(ring::rand::SystemRandom::new()),
            Instant::now(),
            snapshot,
        );
        tracing::info!(hub_id = core.hub_id(), state_dir = %config.state_dir.display(), "threshold starting");
        let start = AuditEvent::new(
            "system",
            AuditAction::DaemonStart,
            core.hub_id(),
            "system",
            Outcome::Info,
            "ok",
        )
        .with("version", env!("CARGO_PKG_VERSION"));
        let wall = clock.now();
        store
            .call(move |s: &mut Store| s.append_audit(wall, &[start]))
            .await??;
        let code = core
            .ensure_bootstrap(Instant::now())
            .map_err(|e| DaemonError::Internal(format!("owner code: {e}")))?;
        // The code's hash is durable before the code is shown.
        let (alerts, _) = broadcast::channel(ALERT_BUFFER);
        let (mdns_handle, mdns_inputs) = crate::mdns::driver::channel();
        drain_events(&mut core, &store, &clock, &alerts, &mdns_handle).await?;
        let code_file = runtime_dir.join(OWNER_CODE_FILE);
        match code {
            Some(code) => {
                write_secret_file(
                    &code_file,
                    format!("{}\n", code.display.as_str()).as_bytes(),
                )?;
                // Printed once, by design: only its hash is stored.
                tracing::warn!(
                    code = code.display.as_str(),
                    file = %code_file.display(),
                    expires_in_secs = core.policy().owner_code_ttl.as_secs(),
                    "no users yet: enroll the owner with this one-time code"
                );
            }
            // Users exist: a code file left from the first start is spent.
            None => {
                let _ = fs::remove_file(&code_file);
            }
        }
        let (tx, rx) = mpsc::channel::<Job>(64);
        let (stop, stop_rx) = oneshot::channel();
        let driver = tokio::spawn(drive(
            core,
            store.clone(),
            clock.clone(),
            alerts.clone(),
            mdns_handle.clone(),
            rx,
            stop_rx,
        ));
        Ok(Daemon {
            core: CoreHandle { tx },
            store,
            clock,
            alerts,
            pbkdf2_iterations: crate::pake::DEFAULT_PBKDF2_ITERATIONS,
            api: None,
            coap: None,
            thread: None,
            thread_slot: Default::default(),
            mdns_handle,
            mdns_inputs: Some(mdns_inputs),
            mdns: None,
            meshcop_target: None,
            meshcop: None,
            hub_info: None,
            driver,
            stop,
        })
    }

    /// Starts the controller API ([`crate::api`]) as `config.api` says:
    /// loads or creates the hub CA and server certificate, binds every
    /// listener (all or none), serves. Call once, after [`Daemon::start`].
    pub async fn start_api(&mut self, config: &Config) -> Result<&ApiServer, DaemonError> {
        if self.api.is_some() {
            return Err(DaemonError::Internal("the API is already started".into()));
        }
        let settings = config.api_settings()?;
        let deps = ApiDeps {
            core: self.core.clone(),
            store: self.store.clone(),
            clock: self.clock.clone(),
            alerts: self.alerts.clone(),
            state_dir: config.state_dir.clone(),
            pbkdf2_iterations: self.pbkdf2_iterations,
            owner_code_file: config.runtime_dir().join(OWNER_CODE_FILE),
            thread: self.thread_slot.clone(),
        };
        let api = ApiServer::start(deps, &settings).await.map_err(Box::new)?;
        Ok(self.api.insert(api))
    }

    /// The running API, if started.
    pub fn api(&self) -> Option<&ApiServer> {
        self.api.as_ref()
    }

    /// Starts the device-facing CoAP servers as `config.coap` says: CoAP
    /// over TLS with the `/pair/*` resources and CoAP over UDP for
    /// discovery (see the module documentation for the files read). Both
    /// are bound before either serves (all or none). A client refused at
    /// the TLS handshake is audited (`tls.handshake`, denied). Call once,
    /// after [`Daemon::start`] (normally after [`Daemon::start_api`]).
    pub async fn start_coap(&mut self, config: &Config) -> Result<(), DaemonError> {
        if self.coap.is_some() {
            return Err(DaemonError::Internal("CoAP is already started".into()));
        }
        let coap_err = |e: &dyn std::fmt::Display| DaemonError::Coap(e.to_string());
        let limits = config.coap.tls_limits()?;
        let now = self.clock.now();
        let (state_dir, name) = (config.state_dir.clone(), config.coap.server_name.clone());
        let DevicePki {
            ca,
            identity,
            verifier,
            firmware,
        } = tokio::task::spawn_blocking(move || load_device_pki(&state_dir, &name, now))
            .await
            .map_err(|e| DaemonError::Internal(e.to_string()))??;
        let ca = Arc::new(ca);
        let verifier = Arc::new(
            DeviceCertVerifier::new(Arc::new(verifier), ca.root_cert_der(), self.clock.clone())
                .map_err(|e| coap_err(&e))?,
        );
        let hub_id = self
            .core
            .call(|c, _| c.hub_id().to_owned())
            .await
            .map_err(|e| coap_err(&e))?;
        let ca_fingerprint = hex::encode(ring::digest::digest(
            &ring::digest::SHA256,
            ca.root_cert_der(),
        ));
        let service = Arc::new(crate::pairing::PairingService::new(
            self.core.clone(),
            ca.clone(),
            firmware,
            self.clock.clone(),
        ));
        let mut router = Router::new(&hub_id, &ca_fingerprint);
        crate::pairing::coap::add_pairing_resources(&mut router, service)
            .map_err(|e| coap_err(&e))?;
        if config.mdns.enabled {
            let max_lease = std::time::Duration::from_secs(config.mdns.max_lease_secs);
            crate::mdns::svc::add_svc_resource(&mut router, self.mdns_handle.clone(), max_lease)
                .map_err(|e| coap_err(&e))?;
        }
        let router = Arc::new(router);
        let (events_tx, events_rx) = mpsc::channel(256);
        let tls = TlsServer::bind(
            config.coap.tls_listen,
            identity,
            verifier,
            router.clone(),
            limits,
            Some(events_tx),
        )
        .await
        .map_err(|e| coap_err(&e))?;
        let udp = UdpServer::bind(config.coap.udp_listen, config.coap.udp_config(), router)
            .await
            .map_err(|e| coap_err(&format!("cannot listen on {}: {e}", config.coap.udp_listen)))?;
        let tls_addr = tls.local_addr().map_err(|e| coap_err(&e))?;
        let udp_addr = udp.local_addr().map_err(|e| coap_err(&e))?;
        let (shutdown, _) = broadcast::channel(1);
        let tasks = vec![
            tokio::spawn(tls.run(shutdown.subscribe())),
            tokio::spawn(udp.run(shutdown.subscribe())),
            tokio::spawn(audit_tls_events(self.core.clone(), events_rx)),
        ];
        self.hub_info = Some((hub_id.clone(), ca_fingerprint.clone(), tls_addr.port()));
        tracing::info!(addr = %tls_addr, "coaps+tcp listening (device pairing)");
        tracing::info!(addr = %udp_addr, "coap/udp listening (discovery)");
        self.coap = Some(CoapServers {
            tls_addr,
            udp_addr,
            shutdown,
            tasks,
        });
        Ok(())
    }

    /// Starts mDNS advertising as `config.mdns` says (nothing when
    /// disabled): the mdns-sd responder on the configured interfaces, the
    /// hub's controller API, the pairing service while a window is open,
    /// and the stored registrations of admitted devices
    /// ([`crate::mdns::driver`]). Call once, after [`Daemon::start_coap`]
    /// (the pairing port and the CA fingerprint come from it).
    pub async fn start_mdns(&mut self, config: &Config) -> Result<(), DaemonError> {
        let Some(inputs) = self.mdns_inputs.take() else {
            return Err(DaemonError::Internal("mDNS is already started".into()));
        };
        let Some((hub_id, ca_fingerprint, pairing_port)) = self.hub_info.clone() else {
            return Err(DaemonError::Internal("start CoAP before mDNS".into()));
        };
        let Some(settings) = config.mdns.settings(&hub_id)? else {
            tracing::info!("mDNS advertising disabled");
            return Ok(());
        };
        let mdns_err = |e: &dyn std::fmt::Display| DaemonError::Mdns(e.to_string());
        let mut adv = crate::mdns::MdnsSdAdvertiser::new(&settings.interfaces, mdns_sd::MDNS_PORT)
            .map_err(|e| mdns_err(&e))?;
        adv.set_address_check_interval(settings.address_check_secs)
            .map_err(|e| mdns_err(&e))?;
        let events = adv
            .take_events()
            .map(|e| Box::new(e) as Box<dyn Iterator<Item = crate::mdns::ResponderEvent> + Send>);
        let hub = crate::mdns::state::HubServices {
            hub_id: hub_id.clone(),
            instance: settings.instance_name.clone(),
            host: settings.host_name.clone(),
            api_port: self
                .api
                .as_ref()
                .and_then(|a| a.tls_addr())
                .map(|a| a.port()),
            pairing_port,
            ca_fingerprint,
        };
        let deps = crate::mdns::driver::DriverDeps {
            hub,
            store: self.store.clone(),
            clock: self.clock.clone(),
            hub_id,
        };
        let task = crate::mdns::driver::spawn(deps, Box::new(adv), inputs, events)
            .await
            .map_err(|e| mdns_err(&e))?;
        tracing::info!(
            interfaces = ?settings.interfaces,
            instance = %settings.instance_name,
            host = %settings.host_name,
            "mDNS advertising"
        );
        self.mdns = Some(task);
        self.meshcop_target = Some(crate::thread::meshcop::MeshcopTarget {
            instance: settings.instance_name.clone(),
            host: settings.host_name.clone(),
        });
        Ok(())
    }

    /// A handle to the mDNS driver (registrations, what is published).
    pub fn mdns(&self) -> &MdnsHandle {
        &self.mdns_handle
    }

    /// The bound CoAP over TLS address, once [`Daemon::start_coap`] ran.
    pub fn coap_tls_addr(&self) -> Option<std::net::SocketAddr> {
        self.coap.as_ref().map(|c| c.tls_addr)
    }

    /// The bound CoAP over UDP address, once [`Daemon::start_coap`] ran.
    pub fn coap_udp_addr(&self) -> Option<std::net::SocketAddr> {
        self.coap.as_ref().map(|c| c.udp_addr)
    }

    /// The store's handle (reads for the API and tests).
    pub fn store(&self) -> &StoreHandle {
        &self.store
    }

    /// A receiver of the core's alerts, from now on.
    pub fn subscribe_alerts(&self) -> broadcast::Receiver<Alert> {
        self.alerts.subscribe()
    }

    /// Stops the CoAP servers and the API (if started: no new
    /// connections, open ones finish, the admin socket is removed), then
    /// the driver: pending work finishes, a `daemon.stop` record is
    /// written, the store thread ends.
    pub async fn stop(mut self) -> Result<(), DaemonError> {
        self.stop_servers().await;
        let _ = self.stop.send(());
        match self.driver.await {
            Ok(r) => r,
            Err(e) => Err(DaemonError::Internal(format!("driver task failed: {e}"))),
        }
    }

    /// Starts the Thread network ([`crate::thread`]) as `config.thread`
    /// says: OpenThread on its own thread, the RCP supervised; each
    /// recovery step is logged and audited (`thread.*` records). Call once.
    ///
    /// When mDNS runs ([`Daemon::start_mdns`] first), the border agent's
    /// `_meshcop._udp` record ([`crate::thread::meshcop`]) is published
    /// under the hub's instance name, updated on every OpenThread state
    /// change and radio event, and withdrawn with a
    /// goodbye on stop. Its border agent id is loaded or created first
    /// (`<state_dir>/border-agent-id`); failing that, nothing starts.
    pub fn start_thread(
        &mut self,
        config: &Config,
    ) -> Result<crate::thread::ThreadHandle, DaemonError> {
        if self.thread.is_some() {
            return Err(DaemonError::Internal("Thread is already started".into()));
        }
        let opts = config.thread_options()?;
        let meshcop = match (&self.mdns, &self.meshcop_target) {
            (Some(_), Some(target)) => {
                let id = crate::thread::meshcop::load_or_create_agent_id(&config.state_dir)
                    .map_err(|e| DaemonError::Internal(format!("thread: {e}")))?;
                let agent = crate::thread::meshcop::AgentInfo {
                    id,
                    vendor: crate::thread::meshcop::VENDOR_NAME.into(),
                    model: crate::thread::meshcop::MODEL_NAME.into(),
                };
                Some((target.clone(), agent))
            }
            _ => None,
        };
        let (tx, rx) = mpsc::unbounded_channel();
        let svc = crate::thread::ThreadService::start(opts, tx)
            .map_err(|e| DaemonError::Internal(format!("thread: {e}")))?;
        let handle = svc.handle();
        let _ = self.thread_slot.set(handle.clone());
        let changed = Arc::new(tokio::sync::Notify::new());
        let state_changes = handle.subscribe_changes();
        let task = tokio::spawn(audit_thread_events(
            self.store.clone(),
            self.clock.clone(),
            rx,
            changed.clone(),
        ));
        self.thread = Some((svc, task));
        if let Some((target, agent)) = meshcop {
            let (stop, stop_rx) = oneshot::channel();
            let task = tokio::spawn(publish_meshcop(
                handle.clone(),
                self.mdns_handle.clone(),
                target,
                agent,
                changed,
                state_changes,
                stop_rx,
            ));
            self.meshcop = Some((stop, task));
        }
        Ok(handle)
    }

    /// The Thread service's handle, once [`Daemon::start_thread`] ran.
    pub fn thread(&self) -> Option<crate::thread::ThreadHandle> {
        self.thread.as_ref().map(|(s, _)| s.handle())
    }

    async fn stop_servers(&mut self) {
        // The meshcop record goes (goodbye) before the network it describes.
        if let Some((stop, task)) = self.meshcop.take() {
            let _ = stop.send(());
            let _ = task.await;
        }
        if let Some((svc, task)) = self.thread.take() {
            svc.stop().await;
            let _ = task.await;
        }
        // Goodbyes first: nothing is advertised that no longer answers.
        if let Some(mdns) = self.mdns.take() {
            mdns.stop().await;
        }
        if let Some(coap) = self.coap.take() {
            coap.shutdown().await;
        }
        if let Some(api) = self.api.take() {
            api.shutdown().await;
        }
    }
}

/// The running CoAP servers and the task auditing TLS refusals.
struct CoapServers {
    tls_addr: std::net::SocketAddr,
    udp_addr: std::net::SocketAddr,
    shutdown: broadcast::Sender<()>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl CoapServers {
    /// Stops both servers (open TLS connections are released) and waits
    /// for the refusals already reported to be audited.
    async fn shutdown(self) {
        let _ = self.shutdown.send(());
        for t in self.tasks {
            let _ = t.await;
        }
        tracing::info!("CoAP servers stopped");
    }
}

/// What the CoAP servers need from the state directory.
struct DevicePki {
    /// The hub CA (`<state_dir>/pki`, the API's).
    ca: HubCa,
    /// Its server certificate for `coap.server_name`.
    identity: ServerIdentity,
    /// Device attestation.
    verifier: AttestationVerifier,
    /// The vulnerable-firmware policy.
    firmware: FirmwarePolicy,
}

/// Loads [`DevicePki`] (blocking file I/O; the server certificate is
/// issued or renewed as needed).
fn load_device_pki(
    state_dir: &Path,
    server_name: &str,
    now: crate::time::UnixMillis,
) -> Result<DevicePki, DaemonError> {
    let bad = |what: &Path, e: &dyn std::fmt::Display| {
        DaemonError::Coap(format!("{}: {e}", what.display()))
    };
    let ca =
        HubCa::load_or_create(state_dir, now).map_err(|e| bad(&HubCa::dir_for(state_dir), &e))?;
    let trust_dir = TrustStore::default_dir(state_dir);
    // Created empty, so that the place for PAA roots is there to see.
    ensure_private_dir(&trust_dir)?;
    let trust = TrustStore::load_default(state_dir).map_err(|e| bad(&trust_dir, &e))?;
    if trust.is_empty() {
        tracing::warn!(
            dir = %trust_dir.display(),
            "no PAA root is trusted: every device will be refused; put PAA certificates (PEM or DER) there and restart"
        );
    } else {
        tracing::info!(dir = %trust_dir.display(), roots = trust.len(), "PAA trust store loaded");
    }
    let mut verifier = AttestationVerifier::new(trust);
    let crl_dir = state_dir.join(CRL_DIR);
    if crl_dir.is_dir() {
        let crls = CrlSet::load_dir(&crl_dir).map_err(|e| bad(&crl_dir, &e))?;
        verifier = verifier.with_crls(crls);
    }
    let deny = state_dir.join(DENYLIST_FILE);
    if deny.exists() {
        verifier = verifier.with_denylist(Denylist::load(&deny).map_err(|e| bad(&deny, &e))?);
    }
    let fw = state_dir.join(FIRMWARE_POLICY_FILE);
    let firmware = if fw.exists() {
        FirmwarePolicy::load(&fw).map_err(|e| bad(&fw, &e))?
    } else {
        FirmwarePolicy::default()
    };
    let identity = ServerIdentity::from_hub_ca(&ca, server_name, now)
        .map_err(|e| DaemonError::Coap(e.to_string()))?;
    Ok(DevicePki {
        ca,
        identity,
        verifier,
        firmware,
    })
}

/// Audits every client refused at the TLS handshake (action
/// `tls.handshake`, reason the [`crate::coap::tls::RejectReason`] kind),
/// through the core, until the TLS server ends.
async fn audit_tls_events(core: CoreHandle, mut events: mpsc::Receiver<TlsEvent>) {
    while let Some(ev) = events.recv().await {
        let TlsEvent::ClientRejected { peer, reason } = ev else {
            continue;
        };
        tracing::info!(%peer, %reason, "coaps+tcp client refused");
        let ev = AuditEvent::new(
            format!("peer:{}", peer.ip()),
            AuditAction::TlsHandshake,
            format!("tcp:{peer}"),
            "coap",
            Outcome::Denied,
            reason.kind(),
        )
        .with("detail", reason.to_string());
        // Only failed credentials count towards the pairing lock; scanner
        // noise (timeouts, no certificate, wrong ALPN) is audited only.
        let counted = reason.is_credential_failure();
        if core
            .call(move |c, now| {
                if counted {
                    c.audit_refusal(now, ev)
                } else {
                    c.audit_refusal_uncounted(now, ev)
                }
            })
            .await
            .is_err()
        {
            break;
        }
    }
}

/// Keeps the `_meshcop._udp` record equal to the Thread state: after each
/// Thread event (`changed`: radio up, lost, recovered...) and each
/// OpenThread state change (`state_changes`), reads the status
/// and the active dataset and republishes when the record differs; on
/// `stop`, withdraws it (goodbye). A refused publish (the name taken by a
/// device's registration) is logged and retried on the next change.
async fn publish_meshcop(
    thread: crate::thread::ThreadHandle,
    mdns: MdnsHandle,
    target: crate::thread::meshcop::MeshcopTarget,
    agent: crate::thread::meshcop::AgentInfo,
    changed: Arc<tokio::sync::Notify>,
    mut state_changes: tokio::sync::watch::Receiver<u64>,
    mut stop: oneshot::Receiver<()>,
) {
    use crate::thread::meshcop::{service_instance, MeshcopRecord};
    let mut record = MeshcopRecord::new();
    loop {
        if let Ok(status) = thread.status().await {
            // Empty while the radio is down: `at` is then left out.
            let dataset = thread.export_dataset().await.unwrap_or_default();
            let inst = service_instance(&target, &status, &dataset, &agent);
            if let Some(inst) = record.update(inst) {
                match mdns.publish_external(inst).await {
                    Some(Ok(())) => {
                        tracing::info!(role = %status.role, "_meshcop._udp published")
                    }
                    // Not retried until the state changes again.
                    Some(Err(e)) => tracing::error!(error = %e, "_meshcop._udp refused"),
                    None => {
                        tracing::warn!("_meshcop._udp: mDNS has stopped");
                        return;
                    }
                }
            }
        }
        tokio::select! {
            _ = &mut stop => break,
            _ = changed.notified() => {}
            // An error means OpenThread's thread has ended: only `stop`
            // is left to wait for.
            r = state_changes.changed() => if r.is_err() {
                let _ = (&mut stop).await;
                break;
            },
        }
    }
    if let Some(key) = record.key() {
        if mdns.withdraw_external(key).await == Some(true) {
            tracing::info!("_meshcop._udp withdrawn");
        }
    }
}

/// Logs nothing itself (the Thread thread logs each step) but appends one
/// audit record per step: `thread.radio_up`, `thread.radio_lost`,
/// `thread.reopen`, `thread.recovered`, `thread.restarted`,
/// `thread.network_formed`, `thread.role`, `thread.dataset_imported`; and
/// wakes `changed` (the `_meshcop._udp` publisher) after each.
async fn audit_thread_events(
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    mut rx: mpsc::UnboundedReceiver<crate::thread::ThreadEvent>,
    changed: Arc<tokio::sync::Notify>,
) {
    use crate::thread::ThreadEvent as E;
    while let Some(ev) = rx.recv().await {
        changed.notify_one();
        let rec = |action: AuditAction, outcome: Outcome, reason: &str| {
            AuditEvent::new("system", action, "rcp", "thread", outcome, reason)
        };
        let a = match ev {
            E::RadioUp { pid, rcp } => rec(AuditAction::ThreadRadioUp, Outcome::Info, "ok")
                .with("rcp", rcp)
                .with("pid", pid.map(|p| p.to_string()).unwrap_or_default()),
            E::RadioOpenFailed { reason } => rec(
                AuditAction::ThreadRadioOpen,
                Outcome::Failure,
                "open_failed",
            )
            .with("detail", reason),
            E::RadioLost { reason } => {
                rec(AuditAction::ThreadRadioLost, Outcome::Failure, "lost").with("detail", reason.0)
            }
            E::Reopening { attempt, delay } => {
                rec(AuditAction::ThreadReopen, Outcome::Info, "scheduled")
                    .with("attempt", attempt.to_string())
                    .with("delay_ms", delay.as_millis().to_string())
            }
            E::Recovered { after } => rec(AuditAction::ThreadRecovered, Outcome::Info, "ok")
                .with("after_ms", after.as_millis().to_string()),
            E::Restarted { reason } => {
                rec(AuditAction::ThreadRestarted, Outcome::Failure, "restarted")
                    .with("detail", reason)
            }
            E::NetworkFormed { ext_pan_id } => {
                rec(AuditAction::ThreadNetworkFormed, Outcome::Info, "ok")
                    .with("ext_pan_id", ext_pan_id)
            }
            E::Role { role } => {
                rec(AuditAction::ThreadRole, Outcome::Info, "ok").with("role", role)
            }
            E::DatasetImported { ext_pan_id } => {
                rec(AuditAction::ThreadDatasetImported, Outcome::Info, "ok")
                    .with("ext_pan_id", ext_pan_id)
            }
        };
        let wall = clock.now();
        match store
            .call(move |s: &mut Store| s.append_audit(wall, &[a]))
            .await
        {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "thread: cannot audit"),
            Err(e) => {
                tracing::error!(error = %e, "thread: cannot audit");
                break;
            }
        }
    }
}

async fn drive(
    mut core: Commissioner,
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    alerts: broadcast::Sender<Alert>,
    mdns: MdnsHandle,
    mut jobs: mpsc::Receiver<Job>,
    mut stop: oneshot::Receiver<()>,
) -> Result<(), DaemonError> {
    loop {
        let deadline = core.poll_timeout();
        tokio::select! {
            _ = &mut stop => break,
            job = jobs.recv() => match job {
                Some(job) => {
                    let answer = job(&mut core, Instant::now());
                    drain_events(&mut core, &store, &clock, &alerts, &mdns).await?;
                    answer();
                }
                None => break,
            },
            _ = sleep_until(deadline) => {
                core.handle_timeout(Instant::now());
                drain_events(&mut core, &store, &clock, &alerts, &mdns).await?;
            }
        }
    }
    let stop = AuditEvent::new(
        "system",
        AuditAction::DaemonStop,
        core.hub_id(),
        "system",
        Outcome::Info,
        "ok",
    );
    let wall = clock.now();
    store
        .call(move |s: &mut Store| s.append_audit(wall, &[stop]))
        .await??;
    store.shutdown();
    tracing::info!("threshold stopped");
    Ok(())
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(t) => tokio::time::sleep_until(t.into()).await,
        None => std::future::pending().await,
    }
}

/// Runs the daemon, its API, its CoAP servers and mDNS until `shutdown`
/// resolves (SIGTERM/SIGINT in `main`). Start-up is all or nothing: if the
/// API or CoAP cannot start, whatever started is stopped and the error
/// returned.
///
/// Fail-stop: if the driver ends on its own (the store refused a write, so
/// memory and disk could disagree), the API is stopped and the daemon
/// returns that error at once; under systemd it is restarted and restores
/// from the durable state.
pub async fn run(config: Config, shutdown: impl Future<Output = ()>) -> Result<(), DaemonError> {
    let mut daemon = Daemon::start(&config).await?;
    if let Err(e) = daemon.start_api(&config).await {
        let _ = daemon.stop().await;
        return Err(e);
    }
    if let Err(e) = daemon.start_coap(&config).await {
        let _ = daemon.stop().await;
        return Err(e);
    }
    if let Err(e) = daemon.start_mdns(&config).await {
        let _ = daemon.stop().await;
        return Err(e);
    }
    if config.thread.enabled {
        if let Err(e) = daemon.start_thread(&config) {
            let _ = daemon.stop().await;
            return Err(e);
        }
    }
    let ended = tokio::select! {
        _ = shutdown => None,
        r = &mut daemon.driver => Some(r),
    };
    match ended {
        None => {
            tracing::info!("shutdown requested");
            daemon.stop().await
        }
        Some(r) => {
            daemon.stop_servers().await;
            match r {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(e),
                Err(e) => Err(DaemonError::Internal(format!("driver task failed: {e}"))),
            }
        }
    }
}
