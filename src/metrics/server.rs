//! The metrics listener: plain HTTP/1.1 on a loopback address
//! ([`super::MetricsSettings`]), one resource.
//!
//! | request | answer |
//! |---|---|
//! | `GET /metrics` (and `HEAD`) | 200, `application/openmetrics-text`, the gauges read afresh |
//! | another method on `/metrics` | 405 with `Allow: GET,HEAD` |
//! | any other path | 404 |
//! | the core or the store gone | 503 |
//!
//! Limits, as on the controller API: at most `max_connections` at once
//! (a connection past it is closed at once), a request head within
//! [`HEADER_TIMEOUT`] and of at most [`MAX_HEAD_BYTES`], and a connection
//! lives at most [`CONNECTION_LIFETIME`]. On shutdown the listener closes
//! and open connections end gracefully.
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tokio::task::JoinHandle;
use tower_service::Service;

use super::{Metrics, MetricsSettings, Sources};

/// The OpenMetrics 1.0 text format's media type.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
/// Time limit for a request head.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest life of one connection (a scraper reconnects).
pub const CONNECTION_LIFETIME: Duration = Duration::from_secs(120);
/// Largest request head.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// How long shutdown waits for open connections.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

#[derive(Clone)]
struct AppState {
    metrics: Arc<Metrics>,
    sources: Sources,
}

/// The running listener.
#[derive(Debug)]
pub struct MetricsServer {
    addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl MetricsServer {
    /// Binds `settings.listen` and serves `metrics`, reading the gauges
    /// from `sources` at each scrape.
    pub async fn start(
        settings: &MetricsSettings,
        metrics: Arc<Metrics>,
        sources: Sources,
    ) -> std::io::Result<MetricsServer> {
        let listener = TcpListener::bind(settings.listen).await?;
        let addr = listener.local_addr()?;
        let router = Router::new()
            .route("/metrics", get(scrape))
            .fallback(not_found)
            .with_state(AppState { metrics, sources });
        let (shutdown, rx) = watch::channel(false);
        let task = tokio::spawn(accept_loop(listener, router, settings.max_connections, rx));
        tracing::info!(%addr, "metrics listening (Prometheus text, loopback only)");
        Ok(MetricsServer {
            addr,
            shutdown,
            task,
        })
    }

    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Closes the listener and waits (briefly) for open connections.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let _ = self.task.await;
    }
}

async fn scrape(State(st): State<AppState>) -> Response {
    match st.metrics.refresh(&st.sources).await {
        Ok(()) => ([(header::CONTENT_TYPE, CONTENT_TYPE)], st.metrics.encode()).into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "metrics: scrape failed");
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable\n").into_response()
        }
    }
}

async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        "not found: the metrics are at /metrics\n",
    )
        .into_response()
}

async fn accept_loop(
    listener: TcpListener,
    router: Router,
    max_connections: usize,
    mut shutdown: watch::Receiver<bool>,
) {
    let sem = Arc::new(Semaphore::new(max_connections));
    loop {
        let accepted = tokio::select! {
            _ = shutdown.wait_for(|v| *v) => break,
            a = listener.accept() => a,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of descriptors and the like: the next accept may work.
                tracing::debug!("metrics: accept failed: {e}");
                continue;
            }
        };
        let Ok(permit) = sem.clone().try_acquire_owned() else {
            tracing::debug!(%peer, "metrics: connection limit reached, closed");
            drop(stream);
            continue;
        };
        let router = router.clone();
        let shutdown = shutdown.clone();
        tokio::spawn(async move {
            serve(stream, router, shutdown).await;
            drop(permit);
        });
    }
    drop(listener);
    let n = u32::try_from(max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, sem.acquire_many(n)).await;
}

async fn serve(stream: tokio::net::TcpStream, router: Router, mut shutdown: watch::Receiver<bool>) {
    let svc = service_fn(move |req: hyper::Request<Incoming>| {
        let mut router = router.clone();
        async move { router.call(req).await }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES);
    let conn = builder.serve_connection(TokioIo::new(stream), svc);
    tokio::pin!(conn);
    let lifetime = tokio::time::sleep(CONNECTION_LIFETIME);
    tokio::pin!(lifetime);
    tokio::select! {
        r = conn.as_mut() => {
            if let Err(e) = r {
                tracing::debug!("metrics: connection ended: {e}");
            }
            return;
        }
        _ = &mut lifetime => {}
        _ = shutdown.wait_for(|v| *v) => {}
    }
    conn.as_mut().graceful_shutdown();
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, conn.as_mut()).await;
}
