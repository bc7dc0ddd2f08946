//! The listeners: hyper 1 HTTP/1.1 connections over tokio-rustls (TCP) or
//! a Unix socket, each request handed to the axum router with the
//! connection's [`Peer`] attached.
//!
//! Limits: at most `max_connections` connections per listener and, on the
//! TCP listeners, at most `max_connections_per_source` from one source (an
//! IPv4 address or an IPv6 /64, [`crate::conn_limit`]): a connection past
//! either is closed at accept, counted in [`ApiStats`] and logged at most
//! once a second per listener, so one address holding idle sockets cannot
//! shut others out. Then the TLS handshake timeout
//! (`handshake_timeout_secs`, default 10 s), a 10 s header read timeout, a
//! 64 KiB header buffer, the request body limit and the request time limit
//! (in the router). Shutdown: the listeners stop accepting,
//! open connections finish their current request (at most 5 s), the
//! alert streams end, and the admin socket file is removed.

use std::fs;
use std::net::SocketAddr;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::response::IntoResponse;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, UnixListener};
use tokio::sync::{broadcast, oneshot, watch, Semaphore};
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tower_service::Service;

use crate::attestation::hub_ca::{HubCa, HubCaError};
use crate::commissioning::event::Alert;
use crate::commissioning::AuthRefusal;
use crate::conn_limit::{has_pending_bytes, AdmitRefused, RefusalLog, SharedConnTable, Tracked};
use crate::core_driver::CoreHandle;
use crate::fsutil::ensure_private_dir;
use crate::refusal::Refusal;
use crate::store::StoreHandle;
use crate::time::WallClock;

use super::auth::{Peer, PeerAddr};
use super::error::ApiError;
use super::routes;
use super::state::AppState;
use super::tls::{self, TlsConfigError};

/// The default TLS handshake time limit (`api.handshake_timeout_secs`).
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Time limit to receive a request's headers.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long shutdown waits for open connections.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);
/// Largest request head (request line and headers).
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// At most one "connection refused" log line per listener per this long.
const REFUSAL_LOG_INTERVAL: Duration = Duration::from_secs(1);

/// Why the API could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ApiStartError {
    /// The hub CA or the server certificate is unusable.
    #[error("hub CA: {0}")]
    Ca(#[from] HubCaError),
    /// The TLS configuration could not be built.
    #[error(transparent)]
    Tls(#[from] TlsConfigError),
    /// A listener could not be bound.
    #[error("cannot listen on {what} {at}: {source}")]
    Bind {
        /// Which listener.
        what: &'static str,
        /// Address or path.
        at: String,
        /// The error.
        source: std::io::Error,
    },
    /// The admin socket path is unusable.
    #[error("admin socket {path}: {reason}")]
    Socket {
        /// The path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A start-up task failed.
    #[error("internal error: {0}")]
    Internal(String),
}

/// How the API listens: the checked `[api]` section of the configuration
/// ([`crate::config::Settings::api`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiSettings {
    /// mTLS listener address, if any.
    pub listen: Option<SocketAddr>,
    /// Enrollment listener address, if any.
    pub enroll_listen: Option<SocketAddr>,
    /// Server certificate DNS name.
    pub server_name: String,
    /// Admin socket path.
    pub admin_socket: PathBuf,
    /// Connection limit per listener.
    pub max_connections: usize,
    /// Connection limit per source (an IPv4 address or an IPv6 /64) on
    /// each TCP listener.
    pub max_connections_per_source: usize,
    /// TLS handshake time limit on the TCP listeners.
    pub handshake_timeout: Duration,
    /// Request time limit.
    pub request_timeout: Duration,
    /// Body size limit in bytes.
    pub max_body_bytes: usize,
    /// The web dashboard's listener address, if any (docs/dashboard.md).
    pub dashboard_listen: Option<SocketAddr>,
    /// The URL users open the dashboard at (login links start with it);
    /// `None`: derived from the listener and `server_name`.
    pub dashboard_url: Option<String>,
}

/// What the API needs from the daemon.
#[derive(Clone)]
pub struct ApiDeps {
    /// The core.
    pub core: CoreHandle,
    /// The store (reads: users, devices, audit).
    pub store: StoreHandle,
    /// The daemon's wall clock (certificate times).
    pub clock: Arc<dyn WallClock>,
    /// The core's alerts, for `GET /v1/alerts`.
    pub alerts: broadcast::Sender<Alert>,
    /// The state directory (the hub CA lives in `<state_dir>/pki`).
    pub state_dir: PathBuf,
    /// PBKDF2 iterations of window SPAKE2+ records.
    pub pbkdf2_iterations: u32,
    /// The one-time owner code file, removed once the owner enrolled.
    pub owner_code_file: PathBuf,
    /// The Thread service, once started (`/v1/thread*`).
    pub thread: crate::thread::ThreadSlot,
    /// The device trust reloader, once the device PKI is loaded
    /// (`/v1/pki/reload`).
    pub trust: crate::pairing::TrustSlot,
    /// The Matter node, once started (`/v1/matter*`).
    pub matter: crate::matter::MatterSlot,
}

impl std::fmt::Debug for ApiDeps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiDeps")
            .field("state_dir", &self.state_dir)
            .finish_non_exhaustive()
    }
}

/// The running API: its listeners' addresses, and its shutdown.
#[derive(Debug)]
pub struct ApiServer {
    tls_addr: Option<std::net::SocketAddr>,
    enroll_addr: Option<std::net::SocketAddr>,
    dashboard_addr: Option<std::net::SocketAddr>,
    admin_socket: PathBuf,
    shutdown: watch::Sender<bool>,
    listeners: Vec<JoinHandle<()>>,
    stats: Arc<ApiStats>,
}

/// Counters of the TCP listeners (both together), readable at any time.
#[derive(Debug, Default)]
pub struct ApiStats {
    /// Connections closed at accept: their source held its maximum.
    pub refused_per_source: AtomicU64,
    /// Connections closed at accept: the listener held its maximum, every
    /// one of them authenticated (unauthenticated ones are evicted instead).
    pub refused_total: AtomicU64,
    /// Connections closed because the TLS handshake did not finish in time.
    pub handshake_timeouts: AtomicU64,
    /// Unauthenticated connections closed to make room for a newcomer.
    pub evicted: AtomicU64,
    /// Connections closed at accept: their source had a connection evicted
    /// less than [`crate::conn_limit::EVICTION_BACKOFF`] ago.
    pub refused_backoff: AtomicU64,
}

#[derive(Debug, Clone, Copy)]
struct Limits {
    max_connections: usize,
    max_connections_per_source: usize,
    handshake_timeout: Duration,
}

impl ApiServer {
    /// Loads (or creates) the hub CA and the server certificate, binds
    /// every listener (all or none), then starts serving.
    pub async fn start(deps: ApiDeps, settings: &ApiSettings) -> Result<ApiServer, ApiStartError> {
        let now = deps.clock.now();
        let (state_dir, name) = (deps.state_dir.clone(), settings.server_name.clone());
        let (ca, server) = tokio::task::spawn_blocking(move || {
            let ca = HubCa::load_or_create(&state_dir, now)?;
            let server = ca.ensure_server_cert(&name, now)?;
            Ok::<_, HubCaError>((ca, server))
        })
        .await
        .map_err(|e| ApiStartError::Internal(e.to_string()))??;
        let key =
            server.cert.key_pem.clone().ok_or_else(|| {
                ApiStartError::Internal("the server certificate has no key".into())
            })?;
        let cert = server.cert.cert_pem.as_bytes();
        let ca_pem = ca.root_cert_pem().as_bytes().to_vec();
        let mtls = TlsAcceptor::from(Arc::new(tls::server_config(
            cert,
            key.as_bytes(),
            Some(&ca_pem),
        )?));
        let anon = TlsAcceptor::from(Arc::new(tls::server_config(cert, key.as_bytes(), None)?));

        let tls_listener = bind_tcp("the API", settings.listen).await?;
        let enroll_listener = bind_tcp("the enrollment API", settings.enroll_listen).await?;
        let dashboard_listener = bind_tcp("the dashboard", settings.dashboard_listen).await?;
        let unix = bind_admin_socket(&settings.admin_socket)?;
        let dashboard_addr = dashboard_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok());
        let dashboard_url = dashboard_addr.map(|a| {
            settings
                .dashboard_url
                .clone()
                .unwrap_or_else(|| dashboard_base_url(a, &settings.server_name))
        });

        let (tx, rx) = watch::channel(false);
        let state = AppState {
            core: deps.core,
            store: deps.store,
            clock: deps.clock,
            ca: Arc::new(ca),
            alerts: deps.alerts,
            shutdown: rx.clone(),
            pbkdf2_iterations: deps.pbkdf2_iterations,
            owner_code_file: deps.owner_code_file,
            thread: deps.thread,
            trust: deps.trust,
            matter: deps.matter,
            max_body_bytes: settings.max_body_bytes,
            request_timeout: settings.request_timeout,
            dashboard_url,
        };
        let state_core = state.core.clone();
        let full = routes::router(state.clone());
        let limits = Limits {
            max_connections: settings.max_connections,
            max_connections_per_source: settings.max_connections_per_source,
            handshake_timeout: settings.handshake_timeout,
        };
        let stats = Arc::new(ApiStats::default());
        let mut server = ApiServer {
            tls_addr: None,
            enroll_addr: None,
            dashboard_addr,
            admin_socket: settings.admin_socket.clone(),
            shutdown: tx,
            listeners: Vec::new(),
            stats: stats.clone(),
        };
        if let Some(l) = tls_listener {
            server.tls_addr = l.local_addr().ok();
            if let Some(a) = server.tls_addr {
                tracing::info!(addr = %a, "controller API listening (mutual TLS)");
            }
            server.listeners.push(tokio::spawn(tcp_loop(
                Listener::Api,
                l,
                mtls,
                full.clone(),
                limits,
                stats.clone(),
                rx.clone(),
            )));
        }
        if let Some(l) = enroll_listener {
            server.enroll_addr = l.local_addr().ok();
            if let Some(a) = server.enroll_addr {
                tracing::info!(addr = %a, "enrollment API listening (POST /v1/enroll only)");
            }
            server.listeners.push(tokio::spawn(tcp_loop(
                Listener::Enroll,
                l,
                anon.clone(),
                routes::enroll_router(state.clone()),
                limits,
                stats.clone(),
                rx.clone(),
            )));
        }
        if let (Some(l), Some(a)) = (dashboard_listener, dashboard_addr) {
            tracing::info!(addr = %a, "dashboard listening (sign in with `threshold dashboard login`)");
            server.listeners.push(tokio::spawn(tcp_loop(
                Listener::Dashboard,
                l,
                anon,
                super::dashboard::router(state),
                limits,
                stats.clone(),
                rx.clone(),
            )));
        }
        tracing::info!(path = %settings.admin_socket.display(), "admin socket listening");
        server.listeners.push(tokio::spawn(unix_loop(
            unix,
            settings.admin_socket.clone(),
            full,
            state_core,
            limits,
            rx,
        )));
        Ok(server)
    }

    /// The mutual-TLS listener's address.
    pub fn tls_addr(&self) -> Option<std::net::SocketAddr> {
        self.tls_addr
    }

    /// The enrollment listener's address.
    pub fn enroll_addr(&self) -> Option<std::net::SocketAddr> {
        self.enroll_addr
    }

    /// The dashboard listener's address.
    pub fn dashboard_addr(&self) -> Option<std::net::SocketAddr> {
        self.dashboard_addr
    }

    /// The admin socket's path.
    pub fn admin_socket(&self) -> &Path {
        &self.admin_socket
    }

    /// The TCP listeners' counters.
    pub fn stats(&self) -> Arc<ApiStats> {
        self.stats.clone()
    }

    /// Stops accepting, lets open connections finish (at most
    /// [`SHUTDOWN_GRACE`]), ends alert streams, removes the admin socket.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        for l in self.listeners {
            let _ = l.await;
        }
        tracing::info!("controller API stopped");
    }
}

/// The dashboard's URL from its listener: `https://<server_name>:<port>`
/// when it listens on every address, else `https://<address>:<port>` (the
/// server certificate names 127.0.0.1 and ::1 too).
fn dashboard_base_url(addr: SocketAddr, server_name: &str) -> String {
    if addr.ip().is_unspecified() {
        format!("https://{server_name}:{}", addr.port())
    } else {
        format!("https://{addr}")
    }
}

async fn bind_tcp(
    what: &'static str,
    addr: Option<std::net::SocketAddr>,
) -> Result<Option<TcpListener>, ApiStartError> {
    let Some(addr) = addr else { return Ok(None) };
    TcpListener::bind(addr)
        .await
        .map(Some)
        .map_err(|source| ApiStartError::Bind {
            what,
            at: addr.to_string(),
            source,
        })
}

/// Binds the admin socket with mode 0600 in a 0700 directory. A socket
/// file left by a crashed daemon is replaced; one a live daemon answers on,
/// or a file that is not a socket, is refused.
fn bind_admin_socket(path: &Path) -> Result<UnixListener, ApiStartError> {
    let bad = |reason: String| ApiStartError::Socket {
        path: path.to_owned(),
        reason,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.exists() {
            ensure_private_dir(parent)
                .map_err(|e| bad(format!("cannot create directory {}: {e}", parent.display())))?;
        }
    }
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_socket() => {
            if std::os::unix::net::UnixStream::connect(path).is_ok() {
                return Err(bad("another daemon is listening on it".into()));
            }
            fs::remove_file(path).map_err(|e| bad(format!("cannot remove a stale socket: {e}")))?;
        }
        Ok(_) => {
            return Err(bad(
                "exists and is not a socket; refusing to replace it".into()
            ))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(bad(e.to_string())),
    }
    let listener = UnixListener::bind(path).map_err(|source| ApiStartError::Bind {
        what: "the admin socket",
        at: path.display().to_string(),
        source,
    })?;
    if let Err(e) = fs::set_permissions(path, fs::Permissions::from_mode(0o600)) {
        let _ = fs::remove_file(path);
        return Err(bad(format!("cannot set mode 0600: {e}")));
    }
    Ok(listener)
}

async fn stopped(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|v| *v).await;
}

/// Waits (at most [`SHUTDOWN_GRACE`]) until every connection has ended.
async fn drain(sem: Arc<Semaphore>, limits: Limits) {
    let n = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ =
        tokio::time::timeout(SHUTDOWN_GRACE + Duration::from_secs(1), sem.acquire_many(n)).await;
}

/// Which TCP listener a loop serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listener {
    /// Mutual TLS: every client presents a hub certificate.
    Api,
    /// `POST /v1/enroll` only, no client certificate.
    Enroll,
    /// The dashboard's pages, no client certificate.
    Dashboard,
}

impl Listener {
    fn name(self) -> &'static str {
        match self {
            Listener::Api => "api",
            Listener::Enroll => "enrollment api",
            Listener::Dashboard => "dashboard",
        }
    }
}

async fn tcp_loop(
    kind: Listener,
    listener: TcpListener,
    acceptor: TlsAcceptor,
    router: Router,
    limits: Limits,
    stats: Arc<ApiStats>,
    mut shutdown: watch::Receiver<bool>,
) {
    let (what, mutual) = (kind.name(), kind == Listener::Api);
    // A connection's task ends when the sending half is dropped: by the
    // table, when the connection is evicted for a newcomer.
    let table: SharedConnTable<oneshot::Sender<()>> =
        SharedConnTable::new(limits.max_connections, limits.max_connections_per_source);
    let mut refusal_log = RefusalLog::new(REFUSAL_LOG_INTERVAL);
    let mut conns = tokio::task::JoinSet::new();
    loop {
        let (stream, addr) = tokio::select! {
            _ = stopped(&mut shutdown) => break,
            Some(_) = conns.join_next(), if !conns.is_empty() => continue,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    tracing::warn!("api: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        // Each TLS flight and HTTP answer is written whole: no Nagle wait
        // for the peer's (delayed) ACK.
        let _ = stream.set_nodelay(true);
        // Refused connections are dropped here: closed before any TLS work.
        let (end, ended) = oneshot::channel();
        let (slot, evicted) = match table.admit(addr.ip(), end, std::time::Instant::now()) {
            Ok(x) => x,
            Err(AdmitRefused::Source(e)) => {
                stats.refused_per_source.fetch_add(1, Ordering::Relaxed);
                if let Some(held_back) = refusal_log.allow(Instant::now()) {
                    tracing::warn!(%addr, source = %e.source_key, max = e.max, held_back,
                        "{what}: per-source connection limit reached; closing");
                }
                continue;
            }
            Err(AdmitRefused::Backoff(source)) => {
                stats.refused_backoff.fetch_add(1, Ordering::Relaxed);
                if let Some(held_back) = refusal_log.allow(Instant::now()) {
                    tracing::warn!(%addr, %source, held_back,
                        "{what}: source backing off after an eviction; closing");
                }
                continue;
            }
            Err(_) => {
                stats.refused_total.fetch_add(1, Ordering::Relaxed);
                if let Some(held_back) = refusal_log.allow(Instant::now()) {
                    tracing::warn!(%addr, max = limits.max_connections, held_back,
                        "{what}: every connection is authenticated; closing");
                }
                continue;
            }
        };
        if let Some(e) = evicted {
            drop(e.handle);
            stats.evicted.fetch_add(1, Ordering::Relaxed);
            if let Some(held_back) = refusal_log.allow(Instant::now()) {
                tracing::warn!(source = %e.source, held_back,
                    "{what}: connection table full: evicted an unauthenticated connection");
            }
        }
        if has_pending_bytes(&stream) {
            slot.active();
        }
        let (acceptor, router, shutdown) = (acceptor.clone(), router.clone(), shutdown.clone());
        let stats = stats.clone();
        conns.spawn(async move {
            let work = async {
                // Bytes during the handshake keep the slot from being the
                // next evicted (conn_limit).
                let handshake = acceptor.accept(Tracked::new(stream, &slot));
                let hs = tokio::time::timeout(limits.handshake_timeout, handshake);
                let mut tls = match hs.await {
                    Ok(Ok(s)) => s,
                    Ok(Err(e)) => {
                        tracing::info!(%addr, "{what}: TLS handshake refused: {e}");
                        return;
                    }
                    Err(_) => {
                        stats.handshake_timeouts.fetch_add(1, Ordering::Relaxed);
                        tracing::info!(%addr, "{what}: TLS handshake timed out");
                        return;
                    }
                };
                let peer = if mutual {
                    // rustls made a verified client certificate mandatory.
                    match tls.get_ref().1.peer_certificates().and_then(|c| c.first()) {
                        Some(der) => match Peer::from_certificate(der) {
                            Ok(p) => p,
                            Err(e) => {
                                tracing::warn!(%addr, "api: unusable client certificate: {e}");
                                return;
                            }
                        },
                        None => return,
                    }
                } else {
                    Peer::Anonymous
                };
                // Enrollment peers never authenticate at the TLS layer:
                // their connections stay evictable.
                if mutual {
                    if !slot.prove() {
                        return;
                    }
                    tls.get_mut().0.untrack();
                }
                serve(tls, router, Some(peer), Some(addr), shutdown).await;
            };
            tokio::select! {
                _ = work => {}
                _ = ended => tracing::debug!(%addr, "{what}: evicted for a newcomer"),
            }
            drop(slot);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE + Duration::from_secs(1), async {
        while conns.join_next().await.is_some() {}
    })
    .await;
}

async fn unix_loop(
    listener: UnixListener,
    path: PathBuf,
    router: Router,
    core: CoreHandle,
    limits: Limits,
    mut shutdown: watch::Receiver<bool>,
) {
    let me = nix::unistd::geteuid().as_raw();
    let sem = Arc::new(Semaphore::new(limits.max_connections));
    loop {
        let stream = tokio::select! {
            _ = stopped(&mut shutdown) => break,
            r = listener.accept() => match r {
                Ok((s, _)) => s,
                Err(e) => {
                    tracing::warn!("admin socket: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let Ok(permit) = sem.clone().try_acquire_owned() else {
            tracing::warn!(
                max = limits.max_connections,
                "admin socket: connection limit reached; closing"
            );
            continue;
        };
        // A refused peer is audited once per connection (before it is
        // answered); each of its requests is then answered
        // `peer_not_permitted`.
        let (peer, refused) = match stream.peer_cred() {
            Ok(c) if c.uid() == me || c.uid() == 0 => (Some(Peer::Local { uid: c.uid() }), None),
            Ok(c) => {
                tracing::warn!(
                    uid = c.uid(),
                    "admin socket: refused a peer (only uid {me} and root)"
                );
                (None, Some(AuthRefusal::LocalPeer { uid: Some(c.uid()) }))
            }
            Err(e) => {
                tracing::warn!("admin socket: no peer credentials: {e}");
                (None, Some(AuthRefusal::LocalPeer { uid: None }))
            }
        };
        let (router, shutdown, core) = (router.clone(), shutdown.clone(), core.clone());
        tokio::spawn(async move {
            let _permit = permit;
            if let Some(refused) = refused {
                if core
                    .call(move |c, now| c.authentication_refused(now, refused, "admin_socket"))
                    .await
                    .is_err()
                {
                    return;
                }
            }
            serve(stream, router, peer, None, shutdown).await;
        });
    }
    drop(listener);
    let _ = fs::remove_file(&path);
    drain(sem, limits).await;
}

/// Serves HTTP/1.1 on one connection. `peer: None` (a refused admin socket
/// peer) answers every request with `peer_not_permitted`. `addr`, the TCP
/// peer (none on the admin socket), is attached as a [`PeerAddr`].
async fn serve<I>(
    io: I,
    router: Router,
    peer: Option<Peer>,
    addr: Option<std::net::SocketAddr>,
    mut shutdown: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let svc = service_fn(move |mut req: hyper::Request<Incoming>| {
        let peer = peer.clone();
        let mut router = router.clone();
        async move {
            match peer {
                Some(p) => {
                    req.extensions_mut().insert(p);
                    if let Some(a) = addr {
                        req.extensions_mut().insert(PeerAddr(a.ip()));
                    }
                    router.call(req).await
                }
                None => Ok(ApiError::new(
                    Refusal::PeerNotPermitted,
                    "the admin socket serves only the daemon's own user and root",
                )
                .into_response()),
            }
        }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES);
    let conn = builder.serve_connection(TokioIo::new(io), svc);
    tokio::pin!(conn);
    tokio::select! {
        r = conn.as_mut() => {
            if let Err(e) = r {
                tracing::debug!("api: connection ended: {e}");
            }
        }
        _ = stopped(&mut shutdown) => {
            conn.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(SHUTDOWN_GRACE, conn.as_mut()).await;
        }
    }
}
