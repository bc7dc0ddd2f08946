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

use std::fs;
use std::future::Future;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{broadcast, mpsc, oneshot};

use crate::api::{ApiDeps, ApiServer, ApiStartError};
use crate::audit::{AuditEvent, Outcome};
use crate::commissioning::event::{Alert, Event};
use crate::commissioning::token::HubKey;
use crate::commissioning::Commissioner;
use crate::config::{Config, ConfigError};
use crate::store::{Store, StoreError, StoreHandle, StoreWriter};
use crate::time::{MonotonicFloorClock, SystemClock, WallClock};

/// File name of the hub signing key inside the state directory.
pub const HUB_KEY_FILE: &str = "hub-key.p8";
/// File name of the one-time owner code inside the runtime directory.
pub const OWNER_CODE_FILE: &str = "owner-code";

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
/// `alerts` (the API's `/v1/alerts` subscribers; none is fine).
pub async fn drain_events(
    core: &mut Commissioner,
    store: &StoreHandle,
    clock: &Arc<dyn WallClock>,
    alerts: &broadcast::Sender<Alert>,
) -> Result<(), StoreError> {
    let mut audits = Vec::new();
    let mut persists = Vec::new();
    let mut raised = Vec::new();
    while let Some(ev) = core.poll_event() {
        match ev {
            Event::Audit(a) => audits.push(a),
            Event::Persist(p) => persists.push(p),
            Event::Advertise(s) => tracing::info!(service = ?s, "advertise"),
            Event::Withdraw(s) => tracing::info!(service = ?s, "withdraw"),
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
        let mut core = Commissioner::new(policy, hub, clock.clone(), Instant::now(), snapshot);
        tracing::info!(hub_id = core.hub_id(), state_dir = %config.state_dir.display(), "threshold starting");
        let start = AuditEvent::new(
            "system",
            "daemon.start",
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
        drain_events(&mut core, &store, &clock, &alerts).await?;
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
        };
        let api = ApiServer::start(deps, &settings).await.map_err(Box::new)?;
        Ok(self.api.insert(api))
    }

    /// The running API, if started.
    pub fn api(&self) -> Option<&ApiServer> {
        self.api.as_ref()
    }

    /// The store's handle (reads for the API and tests).
    pub fn store(&self) -> &StoreHandle {
        &self.store
    }

    /// A receiver of the core's alerts, from now on.
    pub fn subscribe_alerts(&self) -> broadcast::Receiver<Alert> {
        self.alerts.subscribe()
    }

    /// Stops the API (if started: no new connections, open ones finish,
    /// the admin socket is removed), then the driver: pending work
    /// finishes, a `daemon.stop` record is written, the store thread ends.
    pub async fn stop(mut self) -> Result<(), DaemonError> {
        if let Some(api) = self.api.take() {
            api.shutdown().await;
        }
        let _ = self.stop.send(());
        match self.driver.await {
            Ok(r) => r,
            Err(e) => Err(DaemonError::Internal(format!("driver task failed: {e}"))),
        }
    }
}

async fn drive(
    mut core: Commissioner,
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    alerts: broadcast::Sender<Alert>,
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
                    drain_events(&mut core, &store, &clock, &alerts).await?;
                    answer();
                }
                None => break,
            },
            _ = sleep_until(deadline) => {
                core.handle_timeout(Instant::now());
                drain_events(&mut core, &store, &clock, &alerts).await?;
            }
        }
    }
    let stop = AuditEvent::new(
        "system",
        "daemon.stop",
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

/// Runs the daemon and its API until `shutdown` resolves (SIGTERM/SIGINT
/// in `main`).
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
            if let Some(api) = daemon.api.take() {
                api.shutdown().await;
            }
            match r {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(e),
                Err(e) => Err(DaemonError::Internal(format!("driver task failed: {e}"))),
            }
        }
    }
}
