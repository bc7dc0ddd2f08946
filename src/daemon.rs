//! `threshold run`: composition only. Every part lives in the module that
//! owns it; this file decides nothing but the order in which the parts
//! start and stop, and what each is given.
//!
//! | part | started by | owned by |
//! |---|---|---|
//! | store writer thread, hub key, core restored, owner code, core driver | [`Daemon::start`] | [`crate::store`], [`crate::attestation::hub_key`], [`crate::core_driver`] |
//! | controller API (mTLS, enrollment listener, admin socket) | [`Daemon::start_api`] | [`crate::api`] |
//! | device PKI, CoAP over TLS (`/pair/*`) and UDP (discovery), handshake refusals to the core, trust reloads | [`Daemon::start_coap`] | [`crate::attestation::pki`], [`crate::coap`], [`crate::pairing`] |
//! | mDNS advertising | [`Daemon::start_mdns`] | [`crate::mdns`] |
//! | Thread network, its audit records, `_meshcop._udp`, joiner windows | [`Daemon::start_thread`] | [`crate::thread`] |
//!
//! The start order is encoded in the types: [`Daemon::start_mdns`] needs
//! the [`CoapStarted`] that [`Daemon::start_coap`] returns (the pairing
//! port and the CA fingerprint it advertises), and the `_meshcop._udp`
//! record of [`Daemon::start_thread`] needs the [`MdnsStarted`] of
//! [`Daemon::start_mdns`]. Stopping goes the other way round
//! ([`Daemon::stop`]): goodbyes first, then the network, the listeners,
//! and last the core driver, which writes `daemon.stop`.
//!
//! Files: the hub signing key (`hub-key.p8`, [`crate::attestation::hub_key`]),
//! the device PKI ([`crate::attestation::pki`]), and the one-time owner
//! code, written to `<runtime_dir>/owner-code` (0600) on a hub with no
//! users and removed once users exist.
#![forbid(unsafe_code)]

use std::fs;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{broadcast, mpsc};

use crate::api::{ApiDeps, ApiServer, ApiStartError};
use crate::attestation::hub_key::HubKeyError;
use crate::attestation::pki::{DevicePki, PkiLoadError, SharedTrust};
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::coap::router::Router;
use crate::coap::tls::{DeviceCertVerifier, ServerIdentity, TlsServer};
use crate::coap::udp::UdpServer;
use crate::commissioning::error::EnrollError;
use crate::commissioning::event::{Alert, Event, JoinerChange};
use crate::commissioning::Commissioner;
use crate::config::Settings;
use crate::core_driver::{CoreGone, CoreHandle, CoreOutputs, CoreTask, DriverError, ALERT_BUFFER};
use crate::mdns::driver::{MdnsHandle, MdnsInputs, MdnsTask};
use crate::store::{Store, StoreError, StoreHandle, StoreWriter};
use crate::thread::meshcop::{AgentInfo, MeshcopTarget};
use crate::thread::publisher::MeshcopPublisher;
use crate::time::{MonotonicFloorClock, SystemClock, WallClock};

/// File name of the one-time owner code inside the runtime directory.
pub const OWNER_CODE_FILE: &str = "owner-code";

/// A boxed cause, for the parts whose error types differ by step.
type Cause = Box<dyn std::error::Error + Send + Sync>;

/// Why the daemon could not start or stopped with an error. Each variant
/// keeps its cause ([`std::error::Error::source`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DaemonError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file or directory could not be prepared.
    #[error("{what} {}: {source}", path.display())]
    Io {
        /// What was being done.
        what: &'static str,
        /// The path.
        path: PathBuf,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// The hub key is unusable.
    #[error(transparent)]
    HubKey(#[from] HubKeyError),
    /// The one-time owner code could not be made.
    #[error("owner code: {0}")]
    OwnerCode(#[source] EnrollError),
    /// The device PKI (hub CA, PAA roots, CRLs, policies) could not be loaded.
    #[error("CoAP: {0}")]
    Pki(#[from] PkiLoadError),
    /// The controller API could not start.
    #[error("controller API: {0}")]
    Api(#[from] Box<ApiStartError>),
    /// The CoAP servers could not start.
    #[error("CoAP: {what}: {source}")]
    Coap {
        /// The step that failed.
        what: &'static str,
        /// Why.
        #[source]
        source: Cause,
    },
    /// mDNS advertising could not start.
    #[error("mDNS: {what}: {source}")]
    Mdns {
        /// The step that failed.
        what: &'static str,
        /// Why.
        #[source]
        source: Cause,
    },
    /// The Thread network could not start.
    #[error("thread: {0}")]
    Thread(#[source] Cause),
    /// The Matter node could not start.
    #[error("matter: {0}")]
    Matter(#[source] Cause),
    /// A part was started twice.
    #[error("{0} is already started")]
    AlreadyStarted(&'static str),
    /// The core driver has stopped.
    #[error(transparent)]
    CoreGone(#[from] CoreGone),
    /// The core driver ended with an error (fail-stop).
    #[error(transparent)]
    Driver(#[from] DriverError),
    /// A blocking start-up task panicked.
    #[error("start-up task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

fn coap_err(what: &'static str) -> impl FnOnce(Cause) -> DaemonError {
    move |source| DaemonError::Coap { what, source }
}

fn mdns_err(what: &'static str) -> impl FnOnce(Cause) -> DaemonError {
    move |source| DaemonError::Mdns { what, source }
}

/// What [`Daemon::start_coap`] started: needed to advertise it.
#[derive(Debug, Clone)]
pub struct CoapStarted {
    /// The hub id (the core's).
    pub hub_id: String,
    /// SHA-256 of the hub root CA certificate (hex).
    pub ca_fingerprint: String,
    /// The bound CoAP over TLS address.
    pub tls_addr: SocketAddr,
    /// The bound CoAP over UDP address.
    pub udp_addr: SocketAddr,
}

/// What [`Daemon::start_mdns`] started: the names Thread's border agent
/// record is published under.
#[derive(Debug, Clone)]
pub struct MdnsStarted {
    target: MeshcopTarget,
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
    thread: Option<ThreadParts>,
    thread_slot: crate::thread::ThreadSlot,
    trust_slot: crate::pairing::TrustSlot,
    mdns_handle: MdnsHandle,
    mdns_inputs: Option<MdnsInputs>,
    mdns: Option<MdnsTask>,
    /// The core's joiner changes, until [`Daemon::start_thread`] hands them
    /// to the Thread service.
    joiner_changes: Option<mpsc::UnboundedReceiver<JoinerChange>>,
    /// The core's Matter window changes, until [`Daemon::start_matter`]
    /// hands them to the node.
    matter_changes: Option<mpsc::UnboundedReceiver<crate::commissioning::event::MatterChange>>,
    matter: Option<MatterParts>,
    matter_slot: crate::matter::MatterSlot,
    otbr_rest: Option<crate::otbr_rest::OtbrRestServer>,
    metrics: Arc<crate::metrics::Metrics>,
    metrics_server: Option<crate::metrics::server::MetricsServer>,
    driver: CoreTask,
}

impl std::fmt::Debug for Daemon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Daemon").finish_non_exhaustive()
    }
}

impl Daemon {
    /// Opens the state, restores the core, creates the owner code on a hub
    /// with no users, and starts the core driver.
    pub async fn start(config: &Settings) -> Result<Daemon, DaemonError> {
        let policy = config.policy.clone();
        let private_dir = |dir: PathBuf| {
            crate::fsutil::ensure_private_dir(&dir).map_err(|source| DaemonError::Io {
                what: "cannot create directory",
                path: dir,
                source,
            })
        };
        private_dir(config.state_dir.clone())?;
        let runtime_dir = config.runtime_dir.clone();
        private_dir(runtime_dir.clone())?;
        let hub = crate::attestation::hub_key::load_or_create(&config.state_dir)?;
        let mut store = Store::open(&config.state_dir)?;
        // Counters see every record from the first (`daemon.start`) on.
        let metrics = Arc::new(crate::metrics::Metrics::new());
        store.observe_audit(metrics.audit_observer());
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
            .map_err(DaemonError::OwnerCode)?;
        let (alerts, _) = broadcast::channel(ALERT_BUFFER);
        let (mdns_handle, mdns_inputs) = crate::mdns::driver::channel();
        let (joiner_tx, joiner_changes) = mpsc::unbounded_channel();
        let (srp_tx, srp_changes) = mpsc::unbounded_channel();
        let (matter_tx, matter_changes) = mpsc::unbounded_channel();
        let outputs = CoreOutputs {
            store: store.clone(),
            clock: clock.clone(),
            alerts: alerts.clone(),
            adverts: {
                let mdns = mdns_handle.clone();
                Arc::new(move |ev: &Event| match ev {
                    Event::Joiner(j) => {
                        // No receiver: Thread is off (the API refuses a
                        // joiner window then).
                        let _ = joiner_tx.send(j.clone());
                    }
                    Event::Srp(p) => {
                        let _ = srp_tx.send(p.clone());
                    }
                    // No receiver: the node is off (the API refuses a
                    // Matter window then).
                    Event::Matter(m) => {
                        let _ = matter_tx.send(m.clone());
                    }
                    ev => mdns.core_event(ev),
                })
            },
        };
        // The code's hash is durable before the code is shown.
        crate::core_driver::drain_events(&mut core, &outputs).await?;
        let code_file = runtime_dir.join(OWNER_CODE_FILE);
        match code {
            Some(code) => {
                let text = format!("{}\n", code.display.as_str());
                crate::fsutil::write_secret_file(&code_file, text.as_bytes()).map_err(
                    |source| DaemonError::Io {
                        what: "cannot write",
                        path: code_file.clone(),
                        source,
                    },
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
        let (core, driver) = crate::core_driver::spawn(core, outputs);
        // SRP registrations the core publishes go to the mDNS publisher, in
        // order (they only exist once Thread runs).
        tokio::spawn(crate::thread::srp::publish_changes(
            srp_changes,
            mdns_handle.clone(),
        ));
        Ok(Daemon {
            core,
            store,
            clock,
            alerts,
            pbkdf2_iterations: crate::pake::DEFAULT_PBKDF2_ITERATIONS,
            api: None,
            coap: None,
            thread: None,
            thread_slot: Default::default(),
            trust_slot: Default::default(),
            mdns_handle,
            mdns_inputs: Some(mdns_inputs),
            mdns: None,
            joiner_changes: Some(joiner_changes),
            matter_changes: Some(matter_changes),
            matter: None,
            matter_slot: Default::default(),
            otbr_rest: None,
            metrics,
            metrics_server: None,
            driver,
        })
    }

    /// Starts the controller API ([`crate::api`]) as `config.api` says:
    /// loads or creates the hub CA and server certificate, binds every
    /// listener (all or none), serves. Call once, after [`Daemon::start`].
    pub async fn start_api(&mut self, config: &Settings) -> Result<&ApiServer, DaemonError> {
        if self.api.is_some() {
            return Err(DaemonError::AlreadyStarted("the API"));
        }
        let deps = ApiDeps {
            core: self.core.clone(),
            store: self.store.clone(),
            clock: self.clock.clone(),
            alerts: self.alerts.clone(),
            state_dir: config.state_dir.clone(),
            pbkdf2_iterations: self.pbkdf2_iterations,
            owner_code_file: config.runtime_dir.join(OWNER_CODE_FILE),
            thread: self.thread_slot.clone(),
            trust: self.trust_slot.clone(),
            matter: self.matter_slot.clone(),
        };
        let api = ApiServer::start(deps, &config.api)
            .await
            .map_err(Box::new)?;
        Ok(self.api.insert(api))
    }

    /// The running API, if started.
    pub fn api(&self) -> Option<&ApiServer> {
        self.api.as_ref()
    }

    /// Starts the device-facing CoAP servers as `config.coap` says: CoAP
    /// over TLS with the `/pair/*` resources (and `/svc` when mDNS is
    /// enabled) and CoAP over UDP for discovery, on the device PKI of the
    /// state directory ([`crate::attestation::pki`]). Both are bound
    /// before either serves (all or none). Clients refused at the TLS
    /// handshake go to the core, which audits them
    /// ([`crate::pairing::report_handshake_refusals`]). The TLS verifier
    /// and the pairing service share one [`SharedTrust`], which the
    /// [`Daemon::trust_reloader`] replaces. Call once, after
    /// [`Daemon::start`] (normally after [`Daemon::start_api`]).
    pub async fn start_coap(&mut self, config: &Settings) -> Result<CoapStarted, DaemonError> {
        if self.coap.is_some() {
            return Err(DaemonError::AlreadyStarted("CoAP"));
        }
        let limits = config.coap.tls.clone();
        let now = self.clock.now();
        let state_dir = config.state_dir.clone();
        let pki = tokio::task::spawn_blocking(move || DevicePki::load(&state_dir, now)).await??;
        let identity = ServerIdentity::from_hub_ca(&pki.ca, &config.coap.server_name, now)
            .map_err(|e| coap_err("server certificate")(e.into()))?;
        let ca = Arc::new(pki.ca);
        let trust = SharedTrust::new(pki.trust);
        let verifier = Arc::new(
            DeviceCertVerifier::new(trust.clone(), ca.root_cert_der(), self.clock.clone())
                .map_err(|e| coap_err("device verifier")(e.into()))?,
        );
        let hub_id = self.core.call(|c, _| c.hub_id().to_owned()).await?;
        let ca_fingerprint = hex::encode(ring::digest::digest(
            &ring::digest::SHA256,
            ca.root_cert_der(),
        ));
        let service = Arc::new(
            crate::pairing::PairingService::new(
                self.core.clone(),
                ca.clone(),
                Default::default(),
                self.clock.clone(),
            )
            .with_trust(trust.clone()),
        );
        let _ = self.trust_slot.set(crate::pairing::TrustReloader::new(
            self.core.clone(),
            self.store.clone(),
            self.clock.clone(),
            trust,
            config.state_dir.clone(),
        ));
        let mut router = Router::new(&hub_id, &ca_fingerprint);
        crate::pairing::coap::add_pairing_resources(&mut router, service)
            .map_err(|e| coap_err("pairing resources")(e.into()))?;
        if let Some(mdns) = &config.mdns {
            crate::mdns::svc::add_svc_resource(
                &mut router,
                self.mdns_handle.clone(),
                mdns.max_lease,
            )
            .map_err(|e| coap_err("/svc resource")(e.into()))?;
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
        .map_err(|e| coap_err("TLS listener")(e.into()))?;
        let udp = UdpServer::bind(config.coap.udp_listen, config.coap.udp.clone(), router)
            .await
            .map_err(|e| coap_err("UDP listener")(e.into()))?;
        let tls_stats = tls.stats();
        let tls_addr = tls
            .local_addr()
            .map_err(|e| coap_err("TLS listener")(e.into()))?;
        let udp_addr = udp
            .local_addr()
            .map_err(|e| coap_err("UDP listener")(e.into()))?;
        let (shutdown, _) = broadcast::channel(1);
        let tasks = vec![
            tokio::spawn(tls.run(shutdown.subscribe())),
            tokio::spawn(udp.run(shutdown.subscribe())),
            tokio::spawn(crate::pairing::report_handshake_refusals(
                self.core.clone(),
                events_rx,
                tls_stats,
            )),
        ];
        tracing::info!(addr = %tls_addr, "coaps+tcp listening (device pairing)");
        tracing::info!(addr = %udp_addr, "coap/udp listening (discovery)");
        self.coap = Some(CoapServers {
            tls_addr,
            udp_addr,
            shutdown,
            tasks,
        });
        Ok(CoapStarted {
            hub_id,
            ca_fingerprint,
            tls_addr,
            udp_addr,
        })
    }

    /// Starts mDNS advertising as `config.mdns` says (`None` when
    /// disabled): the mdns-sd responder on the configured interfaces, the
    /// hub's controller API, the pairing service of `coap` while a window
    /// is open, and the stored registrations of admitted devices
    /// ([`crate::mdns::driver`]). Call once.
    pub async fn start_mdns(
        &mut self,
        config: &Settings,
        coap: &CoapStarted,
    ) -> Result<Option<MdnsStarted>, DaemonError> {
        let Some(settings) = &config.mdns else {
            tracing::info!("mDNS advertising disabled");
            return Ok(None);
        };
        let instance_name = settings.instance_name_for(&coap.hub_id);
        let host_name = settings.host_name_for(&coap.hub_id);
        let Some(inputs) = self.mdns_inputs.take() else {
            return Err(DaemonError::AlreadyStarted("mDNS"));
        };
        let mut adv = crate::mdns::MdnsSdAdvertiser::new(&settings.interfaces, mdns_sd::MDNS_PORT)
            .map_err(|e| mdns_err("responder")(e.into()))?;
        adv.set_address_check_interval(settings.address_check_secs)
            .map_err(|e| mdns_err("responder")(e.into()))?;
        let events = adv
            .take_events()
            .map(|e| Box::new(e) as Box<dyn Iterator<Item = crate::mdns::ResponderEvent> + Send>);
        let hub = crate::mdns::state::HubServices {
            hub_id: coap.hub_id.clone(),
            instance: instance_name.clone(),
            host: host_name.clone(),
            api_port: self
                .api
                .as_ref()
                .and_then(|a| a.tls_addr())
                .map(|a| a.port()),
            pairing_port: coap.tls_addr.port(),
            ca_fingerprint: coap.ca_fingerprint.clone(),
        };
        let deps = crate::mdns::driver::DriverDeps {
            hub,
            store: Arc::new(self.store.clone()),
            clock: self.clock.clone(),
            hub_id: coap.hub_id.clone(),
        };
        let task = crate::mdns::driver::spawn(deps, Box::new(adv), inputs, events)
            .await
            .map_err(|e| mdns_err("driver")(e.into()))?;
        tracing::info!(
            interfaces = ?settings.interfaces,
            instance = %instance_name,
            host = %host_name,
            "mDNS advertising"
        );
        self.mdns = Some(task);
        Ok(Some(MdnsStarted {
            target: MeshcopTarget {
                instance: instance_name,
                host: host_name,
            },
        }))
    }

    /// A handle to the mDNS driver (registrations, what is published).
    pub fn mdns(&self) -> &MdnsHandle {
        &self.mdns_handle
    }

    /// What reloads the device trust set, once [`Daemon::start_coap`] ran.
    pub fn trust_reloader(&self) -> Option<&crate::pairing::TrustReloader> {
        self.trust_slot.get()
    }

    /// The bound CoAP over TLS address, once [`Daemon::start_coap`] ran.
    pub fn coap_tls_addr(&self) -> Option<SocketAddr> {
        self.coap.as_ref().map(|c| c.tls_addr)
    }

    /// The bound CoAP over UDP address, once [`Daemon::start_coap`] ran.
    pub fn coap_udp_addr(&self) -> Option<SocketAddr> {
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

    /// Stops everything started, in reverse order (see the module docs),
    /// then the core driver: pending work finishes, a `daemon.stop` record
    /// is written, the store thread ends.
    pub async fn stop(mut self) -> Result<(), DaemonError> {
        self.stop_servers().await;
        Ok(self.driver.stop().await?)
    }

    /// Starts the Thread network ([`crate::thread`]) as `config.thread`
    /// says: OpenThread on its own thread, the RCP supervised; each
    /// recovery step is logged and audited ([`crate::thread::audit`]).
    /// Call once.
    ///
    /// With `mdns` (mDNS runs), the border agent's `_meshcop._udp` record
    /// ([`crate::thread::publisher`]) is published under the hub's
    /// instance name and withdrawn with a goodbye on stop. Its border
    /// agent id is loaded or created first (`<state_dir>/border-agent-id`);
    /// failing that, nothing starts.
    ///
    /// The core's joiner changes (windows opened with a Thread joiner, and
    /// their closing) are forwarded to the service from then on, those
    /// queued since [`Daemon::start`] first
    /// ([`crate::thread::commissioner::forward_joiner_changes`]).
    pub fn start_thread(
        &mut self,
        config: &Settings,
        mdns: Option<&MdnsStarted>,
    ) -> Result<crate::thread::ThreadHandle, DaemonError> {
        if self.thread.is_some() {
            return Err(DaemonError::AlreadyStarted("Thread"));
        }
        let opts = config.thread.options.clone();
        let meshcop = match mdns {
            Some(m) => {
                let id = crate::thread::meshcop::load_or_create_agent_id(&config.state_dir)
                    .map_err(|e| DaemonError::Thread(e.into()))?;
                let agent = AgentInfo {
                    id,
                    vendor: crate::thread::meshcop::VENDOR_NAME.into(),
                    model: crate::thread::meshcop::MODEL_NAME.into(),
                };
                Some((m.target.clone(), agent))
            }
            None => None,
        };
        let (tx, rx) = mpsc::unbounded_channel();
        let service = crate::thread::ThreadService::start(opts, tx)
            .map_err(|e| DaemonError::Thread(e.into()))?;
        let handle = service.handle();
        let _ = self.thread_slot.set(handle.clone());
        let changed = Arc::new(tokio::sync::Notify::new());
        // A joiner that failed to prove its PSKd counts against its window
        // (the core decides what follows: `Commissioner::joiner_failed`).
        let core = self.core.clone();
        let joiner_failures = move |ev: &crate::thread::ThreadEvent| {
            if let crate::thread::ThreadEvent::JoinerOutcome {
                window, outcome, ..
            } = ev
            {
                if *outcome != crate::thread::commissioner::JoinOutcome::Joined {
                    let (core, window) = (core.clone(), *window);
                    tokio::spawn(async move {
                        let _ = core.call(move |c, now| c.joiner_failed(now, window)).await;
                    });
                }
            }
        };
        let auditor = tokio::spawn(crate::thread::audit::audit_events_with(
            self.store.clone(),
            self.clock.clone(),
            rx,
            changed.clone(),
            joiner_failures,
        ));
        // Joiner windows: the core's decisions reach the commissioner, in
        // order, those made before Thread started included.
        let joiners = self.joiner_changes.take().map(|rx| {
            tokio::spawn(crate::thread::commissioner::forward_joiner_changes(
                rx,
                handle.clone(),
            ))
        });
        // The SRP server's table reaches the core, which decides what the
        // LAN sees (`Commissioner::srp_hosts`).
        let srp = tokio::spawn(crate::thread::srp::feed_core(
            handle.subscribe_srp(),
            self.core.clone(),
        ));
        let publisher = meshcop.map(|(target, agent)| {
            MeshcopPublisher::spawn(
                handle.clone(),
                self.mdns_handle.clone(),
                target,
                agent,
                changed,
            )
        });
        self.thread = Some(ThreadParts {
            service,
            auditor,
            publisher,
            joiners,
            srp,
        });
        Ok(handle)
    }

    /// Starts the Matter node ([`crate::matter`]) as `config.matter` says,
    /// after Thread (its TBR endpoint reads the Thread service) and mDNS
    /// (its records go through the hub's responder, under the hub's host
    /// name; `mdns` is `None` when advertising is off). The factory setup
    /// code is loaded or drawn first (`<state_dir>/matter-setup`). What
    /// the node observes goes to the core, which audits it; the core's
    /// window decisions go to the node. Call once.
    pub fn start_matter(
        &mut self,
        config: &Settings,
        mdns: Option<&MdnsStarted>,
    ) -> Result<crate::matter::MatterHandle, DaemonError> {
        if self.matter.is_some() {
            return Err(DaemonError::AlreadyStarted("Matter"));
        }
        let m = &config.matter;
        let setup =
            crate::matter::setup::load_or_create(&config.state_dir, m.passcode, m.discriminator)
                .map_err(|e| DaemonError::Matter(e.into()))?;
        let agent_id = crate::thread::meshcop::load_or_create_agent_id(&config.state_dir)
            .map_err(|e| DaemonError::Matter(e.into()))?;
        let name = mdns
            .map(|m| m.target.instance.clone())
            .unwrap_or_else(|| m.product_name.clone());
        let opts = crate::matter::MatterOptions {
            bind: m.bind,
            port: m.port,
            discriminator: setup.discriminator,
            passcode: setup.passcode,
            credentials_dir: m.credentials_dir.clone(),
            state_dir: config.state_dir.clone(),
            vendor_name: m.vendor_name.clone(),
            product_name: m.product_name.clone(),
            product_id: m.product_id,
            serial: hex::encode(agent_id),
            name,
        };
        let (obs_tx, mut obs_rx) = mpsc::unbounded_channel();
        let deps = crate::matter::MatterDeps {
            mdns: mdns.map(|m| (self.mdns_handle.clone(), m.target.host.clone())),
            thread: self.thread_slot.get().cloned(),
            agent_id,
            observations: obs_tx,
        };
        let service = crate::matter::MatterService::start(opts, deps)
            .map_err(|e| DaemonError::Matter(e.into()))?;
        let handle = service.handle();
        let core = self.core.clone();
        let observer = tokio::spawn(async move {
            while let Some(obs) = obs_rx.recv().await {
                let _ = core.call(move |c, now| c.matter_observed(now, obs)).await;
            }
        });
        let forwarder = match self.matter_changes.take() {
            Some(rx) => tokio::spawn(crate::matter::forward_window_changes(rx, handle.clone())),
            None => tokio::spawn(async {}),
        };
        let _ = self.matter_slot.set(crate::matter::MatterApi {
            handle: handle.clone(),
            setup,
        });
        self.matter = Some(MatterParts {
            service,
            forwarder,
            observer,
        });
        Ok(handle)
    }

    /// Starts the loopback metrics endpoint ([`crate::metrics`]) as
    /// `config.metrics` says (nothing when it is off); its counters have
    /// counted since [`Daemon::start`]. Call once.
    pub async fn start_metrics(&mut self, config: &Settings) -> Result<(), DaemonError> {
        let Some(settings) = &config.metrics else {
            return Ok(());
        };
        if self.metrics_server.is_some() {
            return Err(DaemonError::AlreadyStarted("metrics"));
        }
        let sources = crate::metrics::Sources {
            core: self.core.clone(),
            store: self.store.clone(),
            thread: self.thread_slot.clone(),
        };
        let server =
            crate::metrics::server::MetricsServer::start(settings, self.metrics.clone(), sources)
                .await
                .map_err(|source| DaemonError::Io {
                    what: "metrics: cannot listen on",
                    path: settings.listen.to_string().into(),
                    source,
                })?;
        self.metrics_server = Some(server);
        Ok(())
    }

    /// The metrics endpoint's bound address, once started.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_server.as_ref().map(|m| m.local_addr())
    }

    /// Starts the OTBR-compatible REST listener ([`crate::otbr_rest`]) as
    /// `config.otbr_rest` says (nothing when it is off), after Thread. Call
    /// once.
    pub async fn start_otbr_rest(&mut self, config: &Settings) -> Result<(), DaemonError> {
        let Some(settings) = &config.otbr_rest else {
            return Ok(());
        };
        if self.otbr_rest.is_some() {
            return Err(DaemonError::AlreadyStarted("otbr-rest"));
        }
        let border_agent_id = crate::thread::meshcop::load_or_create_agent_id(&config.state_dir)
            .map_err(|e| DaemonError::Thread(e.into()))?;
        let deps = crate::otbr_rest::OtbrRestDeps {
            core: self.core.clone(),
            thread: self.thread_slot.clone(),
            border_agent_id,
        };
        let server = crate::otbr_rest::OtbrRestServer::start(settings, deps)
            .await
            .map_err(|source| DaemonError::Io {
                what: "otbr-rest: cannot listen on",
                path: settings.listen.to_string().into(),
                source,
            })?;
        self.otbr_rest = Some(server);
        Ok(())
    }

    /// The OTBR REST listener's bound address, once started.
    pub fn otbr_rest_addr(&self) -> Option<SocketAddr> {
        self.otbr_rest.as_ref().map(|s| s.local_addr())
    }

    /// The Thread service's handle, once [`Daemon::start_thread`] ran.
    pub fn thread(&self) -> Option<crate::thread::ThreadHandle> {
        self.thread.as_ref().map(|t| t.service.handle())
    }

    async fn stop_servers(&mut self) {
        // Home Assistant's listener writes to Thread: it stops before it.
        if let Some(rest) = self.otbr_rest.take() {
            rest.shutdown().await;
        }
        // The node's records go (goodbyes) while mDNS still runs; it reads
        // Thread, so it stops first.
        if let Some(matter) = self.matter.take() {
            matter.stop().await;
        }
        if let Some(thread) = self.thread.take() {
            thread.stop().await;
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
        if let Some(m) = self.metrics_server.take() {
            m.shutdown().await;
        }
    }
}

/// The running Thread service, the task auditing its events and the
/// `_meshcop._udp` publisher.
struct ThreadParts {
    service: crate::thread::ThreadService,
    auditor: tokio::task::JoinHandle<()>,
    publisher: Option<MeshcopPublisher>,
    joiners: Option<tokio::task::JoinHandle<()>>,
    srp: tokio::task::JoinHandle<()>,
}

impl ThreadParts {
    async fn stop(self) {
        if let Some(j) = self.joiners {
            j.abort();
        }
        self.srp.abort();
        // The meshcop record goes (goodbye) before the network it describes.
        if let Some(p) = self.publisher {
            p.stop().await;
        }
        self.service.stop().await;
        let _ = self.auditor.await;
    }
}

/// The running Matter node and the tasks between it and the core.
struct MatterParts {
    service: crate::matter::MatterService,
    forwarder: tokio::task::JoinHandle<()>,
    observer: tokio::task::JoinHandle<()>,
}

impl MatterParts {
    async fn stop(self) {
        self.forwarder.abort();
        self.service.stop().await;
        // The observation channel closes with the node: what it reported
        // last is audited before this returns.
        let _ = self.observer.await;
    }
}

/// The running CoAP servers and the task reporting TLS refusals.
struct CoapServers {
    tls_addr: SocketAddr,
    udp_addr: SocketAddr,
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

/// Runs the daemon, its API, its CoAP servers, mDNS and Thread until
/// `shutdown` resolves (SIGTERM/SIGINT in `main`); each item of `reloads`
/// (SIGHUP) reloads the device trust set ([`crate::pairing::trust`]).
/// Start-up is all or nothing: if a part cannot start, whatever started
/// is stopped and the error returned.
///
/// Fail-stop: if the core driver ends on its own (the store refused a
/// write, so memory and disk could disagree), everything else is stopped
/// and the daemon returns that error at once; under systemd it is
/// restarted and restores from the durable state.
///
/// The service manager ([`crate::systemd`], docs/systemd.md) is told:
/// * `READY=1` once every listener is bound and serving (the API, CoAP,
///   mDNS, the Matter node) and, with Thread enabled, OpenThread runs on
///   an RCP that answered ([`crate::thread::ThreadHandle::radio_up`]);
///   until then `STATUS=` says what it waits for;
/// * `STOPPING=1` as soon as it begins to stop (signal or fail-stop);
/// * `WATCHDOG=1` every half `WatchdogSec=`, from the core driver's start
///   on, each time only after the core driver and then the store writer
///   answered an empty job within that half interval ([`liveness_probe`]).
pub async fn run(
    config: Settings,
    shutdown: impl Future<Output = ()>,
    mut reloads: impl futures_util::Stream<Item = ()> + Unpin,
    notifier: crate::systemd::Notifier,
) -> Result<(), DaemonError> {
    use futures_util::StreamExt;
    notifier.status("starting: opening the state");
    let mut daemon = match Daemon::start(&config).await {
        Ok(d) => d,
        Err(e) => {
            notifier.stopping(&format!("failed to start: {e}"));
            return Err(e);
        }
    };
    if let Some(interval) = notifier.watchdog_interval() {
        tracing::info!(
            interval_ms = interval.as_millis() as u64,
            "systemd watchdog: a keep-alive every half interval while the core and the store answer"
        );
    }
    let watchdog = tokio::spawn(crate::systemd::watchdog(
        notifier.clone(),
        liveness_probe(daemon.core.clone(), daemon.store.clone()),
    ));
    notifier.status("starting: listeners");
    if let Err(e) = start_all(&mut daemon, &config).await {
        notifier.stopping(&format!("failed to start: {e}"));
        watchdog.abort();
        let _ = daemon.stop().await;
        return Err(e);
    }
    let ready = readiness(&daemon, &notifier);
    tokio::pin!(ready);
    let mut waiting = true;
    tokio::pin!(shutdown);
    let ended = loop {
        tokio::select! {
            _ = &mut shutdown => break None,
            r = daemon.driver.ended() => break Some(r),
            status = &mut ready, if waiting => {
                waiting = false;
                if let Some(status) = status {
                    tracing::info!(%status, "ready");
                    notifier.ready(&status);
                }
            }
            Some(()) = reloads.next() => {
                if let Some(r) = daemon.trust_reloader().cloned() {
                    // Its outcome is audited and logged by the reloader.
                    tokio::spawn(async move { let _ = r.reload(None).await; });
                }
            }
        }
    };
    watchdog.abort();
    match ended {
        None => {
            tracing::info!("shutdown requested");
            notifier.stopping("stopping: shutdown requested");
            daemon.stop().await
        }
        Some(r) => {
            let why = match &r {
                Ok(()) => "the core driver ended".to_owned(),
                Err(e) => e.to_string(),
            };
            notifier.stopping(&format!("stopping: {why}"));
            daemon.stop_servers().await;
            Ok(r?)
        }
    }
}

/// What must hold before `READY=1`, as a future owning what it needs: the
/// listeners are already up (`start_all` returned); with Thread, the
/// radio must answer. Resolves with the `STATUS=` line to send, or `None`
/// if Thread stopped before its radio came up (never ready; systemd's
/// start timeout decides).
fn readiness(
    daemon: &Daemon,
    notifier: &crate::systemd::Notifier,
) -> impl Future<Output = Option<String>> + 'static {
    let mut parts = Vec::new();
    if let Some(api) = daemon.api() {
        if let Some(a) = api.tls_addr() {
            parts.push(format!("API {a}"));
        }
        parts.push(format!("admin socket {}", api.admin_socket().display()));
    }
    if let Some(a) = daemon.coap_tls_addr() {
        parts.push(format!("pairing {a}"));
    }
    let listening = parts.join(", ");
    let thread = daemon.thread();
    if thread.is_some() {
        notifier.status(&format!(
            "waiting for the Thread radio; listening: {listening}"
        ));
    }
    async move {
        let Some(thread) = thread else {
            return Some(format!("ready; listening: {listening}"));
        };
        match thread.radio_up().await {
            Ok(st) => Some(format!(
                "ready; Thread {} on {}; listening: {listening}",
                st.role, st.radio_url
            )),
            Err(e) => {
                tracing::error!(error = %e, "thread stopped before its radio came up: not ready");
                None
            }
        }
    }
}

/// The watchdog's proof of life: an empty job through the core driver
/// (its queue and its task: a driver stuck carrying out events, e.g. on a
/// store that no longer answers, does not take it) and then through the
/// store writer thread. Both are the daemon's single points of progress.
pub fn liveness_probe(
    core: CoreHandle,
    store: StoreHandle,
) -> impl FnMut() -> std::pin::Pin<Box<dyn Future<Output = Result<(), String>> + Send>> {
    move || {
        let (core, store) = (core.clone(), store.clone());
        Box::pin(async move {
            core.call(|_, _| ()).await.map_err(|e| e.to_string())?;
            store.call(|_| ()).await.map_err(|e| e.to_string())
        })
    }
}

/// Starts every listener and subsystem in order.
async fn start_all(daemon: &mut Daemon, config: &Settings) -> Result<(), DaemonError> {
    daemon.start_api(config).await?;
    let coap = daemon.start_coap(config).await?;
    let mdns = daemon.start_mdns(config, &coap).await?;
    if config.thread.enabled {
        daemon.start_thread(config, mdns.as_ref())?;
        daemon.start_otbr_rest(config).await?;
    } else {
        daemon.joiner_changes = None;
    }
    if config.matter.enabled {
        daemon.start_matter(config, mdns.as_ref())?;
    } else {
        daemon.matter_changes = None;
    }
    daemon.start_metrics(config).await?;
    Ok(())
}
