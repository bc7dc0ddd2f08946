//! OpenThread-REST-compatible resources for Home Assistant
//! (docs/otbr-rest.md).
//!
//! Home Assistant's OTBR and Thread integrations manage a border router
//! through ot-br-posix's REST API (`python-otbr-api`). This listener
//! answers the resources that client calls with the same paths, verbs,
//! content types (JSON, and `text/plain` hex TLVs), status codes and error
//! bodies as ot-br-posix's `src/rest/resource.cpp`, over plain HTTP/1.1 on
//! `[otbr_rest] listen` (`127.0.0.1:8081` by default).
//!
//! Unlike otbr-agent it is not open to the LAN by default, and no decision
//! is taken here: every request is first put to the core
//! ([`crate::commissioning::otbr_rest`]), the client being the actor
//! `otbr-rest:<addr>`: a client outside `[otbr_rest] allow` is refused
//! (403, audited), and so is an operation the listener may not do (erasing
//! the hub, `DELETE /node`: 405, OTBR's answer for an unsupported call).
//! Every dataset read and every write is audited with the client's address
//! before the answer leaves. Writes go through the same Thread service
//! calls as `threshold thread dataset import`
//! ([`crate::thread::ThreadHandle`]), under the same rules (the
//! pending-dataset rule of [`crate::commissioning::dataset`]).
//!
//! Bounds: a body over [`MAX_BODY`] bytes is refused (413), a request is
//! answered within [`REQUEST_TIMEOUT`].
#![forbid(unsafe_code)]

pub mod json;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::watch;

use crate::commissioning::dataset::Tlvs;
use crate::commissioning::otbr_rest::{RestClient, RestOp};
use crate::core_driver::CoreHandle;
use crate::thread::{ThreadError, ThreadHandle, ThreadSlot};

/// The largest request body (a dataset is at most 254 bytes; its JSON a
/// few hundred).
pub const MAX_BODY: usize = 4096;

/// The longest a request may take (a pending dataset is scheduled at once;
/// the client waits up to 40 s for it).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The checked `[otbr_rest]` section.
#[derive(Debug, Clone)]
pub struct OtbrRestSettings {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The clients answered.
    pub allow: Vec<IpAddr>,
}

/// What the listener needs from the daemon.
#[derive(Debug, Clone)]
pub struct OtbrRestDeps {
    /// The core (authorization and audit).
    pub core: CoreHandle,
    /// The Thread service.
    pub thread: ThreadSlot,
    /// The hub's border agent id (`<state_dir>/border-agent-id`).
    pub border_agent_id: [u8; 16],
}

/// The running listener.
#[derive(Debug)]
pub struct OtbrRestServer {
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl OtbrRestServer {
    /// Hands the allow-list to the core, binds and serves.
    pub async fn start(
        settings: &OtbrRestSettings,
        deps: OtbrRestDeps,
    ) -> std::io::Result<OtbrRestServer> {
        let allow = settings.allow.clone();
        deps.core
            .call(move |c, _| c.set_otbr_rest_clients(allow))
            .await
            .map_err(std::io::Error::other)?;
        let listener = tokio::net::TcpListener::bind(settings.listen).await?;
        let addr = listener.local_addr()?;
        let (stop, mut stopped) = watch::channel(false);
        let app = Router::new()
            .fallback(handle)
            .with_state(Arc::new(deps))
            .into_make_service_with_connect_info::<SocketAddr>();
        let task = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stopped.wait_for(|s| *s).await;
            });
            if let Err(e) = serve.await {
                tracing::error!(error = %e, "otbr-rest: listener failed");
            }
        });
        tracing::info!(%addr, "otbr-rest: listening");
        Ok(OtbrRestServer { addr, stop, task })
    }

    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting and lets requests in flight finish.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

// ----------------------------------------------------------- responses

/// OTBR's error body: `resource.cpp`'s `ErrorCode`/`ErrorMessage`, plus
/// the RFC 7807 `title`/`status`/`detail` later ot-br-posix versions write
/// (python-otbr-api reads `detail`).
fn error(status: StatusCode, detail: impl Into<String>) -> Response {
    let code = status.as_u16();
    let phrase = status.canonical_reason().unwrap_or("Error");
    let body = json!({
        "ErrorCode": code,
        "ErrorMessage": format!("{code} {phrase}"),
        "title": phrase,
        "status": code,
        "detail": detail.into(),
    });
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn json_ok(status: StatusCode, v: Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        v.to_string(),
    )
        .into_response()
}

fn text_ok(body: String) -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain")], body).into_response()
}

fn empty(status: StatusCode) -> Response {
    status.into_response()
}

// ------------------------------------------------------------- routing

/// The resources (ot-br-posix's resource map, the ones served).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resource {
    Node,
    BaId,
    State,
    ExtAddress,
    NetworkName,
    Rloc16,
    ExtPanId,
    DatasetActive,
    DatasetPending,
    CoprocessorVersion,
}

impl Resource {
    fn of(path: &str) -> Option<Resource> {
        Some(match path {
            "/node" => Resource::Node,
            "/node/ba-id" => Resource::BaId,
            "/node/state" => Resource::State,
            "/node/ext-address" => Resource::ExtAddress,
            "/node/network-name" => Resource::NetworkName,
            "/node/rloc16" => Resource::Rloc16,
            "/node/ext-panid" => Resource::ExtPanId,
            "/node/dataset/active" => Resource::DatasetActive,
            "/node/dataset/pending" => Resource::DatasetPending,
            "/node/coprocessor/version" => Resource::CoprocessorVersion,
            _ => return None,
        })
    }

    /// The operation a request asks for (what the core authorizes).
    fn op(self, method: &Method) -> RestOp {
        match (self, method) {
            (Resource::Node, &Method::DELETE) => RestOp::FactoryReset,
            (Resource::DatasetActive, &Method::GET) => RestOp::ReadActiveDataset,
            (Resource::DatasetPending, &Method::GET) => RestOp::ReadPendingDataset,
            (Resource::DatasetActive, &Method::PUT) => RestOp::WriteActiveDataset,
            (Resource::DatasetPending, &Method::PUT) => RestOp::WritePendingDataset,
            (Resource::State, &Method::PUT) => RestOp::SetThreadState,
            _ => RestOp::ReadNode,
        }
    }
}

async fn handle(
    State(deps): State<Arc<OtbrRestDeps>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
) -> Response {
    match tokio::time::timeout(REQUEST_TIMEOUT, serve(deps, peer, req)).await {
        Ok(r) => r,
        Err(_) => error(StatusCode::REQUEST_TIMEOUT, "no answer in time"),
    }
}

async fn serve(deps: Arc<OtbrRestDeps>, peer: SocketAddr, req: Request) -> Response {
    let client = RestClient::new(peer.ip());
    let method = req.method().clone();
    let resource = Resource::of(req.uri().path());
    let op = resource.map_or(RestOp::ReadNode, |r| r.op(&method));
    // The core decides first: an unknown client learns nothing, not even
    // which paths exist.
    match deps
        .core
        .call(move |c, now| c.otbr_rest_authorize(now, &client, op))
        .await
    {
        Ok(Ok(())) => {}
        Ok(Err(refused)) => {
            let status = refused
                .refusal()
                .http_status()
                .and_then(|s| StatusCode::from_u16(s).ok())
                .unwrap_or(StatusCode::FORBIDDEN);
            return error(status, refused.to_string());
        }
        Err(gone) => return error(StatusCode::INTERNAL_SERVER_ERROR, gone.to_string()),
    }
    let Some(resource) = resource else {
        return error(
            StatusCode::NOT_FOUND,
            "no such resource (docs/otbr-rest.md)",
        );
    };
    let ctx = Ctx { deps, client };
    let headers = req.headers().clone();
    match (resource, method) {
        (Resource::DatasetActive | Resource::DatasetPending | Resource::State, Method::OPTIONS) => {
            empty(StatusCode::OK)
        }
        (Resource::DatasetActive, Method::GET) => ctx.get_dataset(&headers, false).await,
        (Resource::DatasetPending, Method::GET) => ctx.get_dataset(&headers, true).await,
        (Resource::DatasetActive, Method::PUT) => match body(req).await {
            Ok(b) => ctx.put_active(&headers, &b).await,
            Err(r) => r,
        },
        (Resource::DatasetPending, Method::PUT) => match body(req).await {
            Ok(b) => ctx.put_pending(&headers, &b).await,
            Err(r) => r,
        },
        (Resource::State, Method::PUT) => match body(req).await {
            Ok(b) => ctx.put_state(&b).await,
            Err(r) => r,
        },
        (r, Method::GET) => ctx.get_node(r).await,
        _ => error(
            StatusCode::METHOD_NOT_ALLOWED,
            "this resource does not take this method",
        ),
    }
}

/// The body, at most [`MAX_BODY`] bytes (else 413).
async fn body(req: Request) -> Result<Vec<u8>, Response> {
    let b: Body = req.into_body();
    axum::body::to_bytes(b, MAX_BODY)
        .await
        .map(|b| b.to_vec())
        .map_err(|_| {
            error(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the body exceeds {MAX_BODY} bytes"),
            )
        })
}

fn wants_text(headers: &HeaderMap, name: header::HeaderName) -> bool {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().starts_with("text/plain"))
}

/// A failed write: its status, the audit reason, and the detail.
struct Failed(StatusCode, &'static str, String);

/// A dataset write that succeeded: whether it created the dataset (no
/// dataset before) and what the audit record says of it.
type Written = (bool, Vec<(&'static str, Value)>);

impl Failed {
    fn bad(detail: impl Into<String>) -> Failed {
        Failed(StatusCode::BAD_REQUEST, "invalid_payload", detail.into())
    }
}

fn thread_failed(e: ThreadError) -> Failed {
    use crate::commissioning::dataset::PendingRefusal as P;
    match e {
        ThreadError::BadDataset(m) => Failed::bad(format!("invalid dataset: {m}")),
        ThreadError::PendingRefused(P::Invalid(m)) => Failed::bad(format!("invalid dataset: {m}")),
        ThreadError::PendingRefused(p) => Failed(StatusCode::CONFLICT, p.as_str(), p.to_string()),
        ThreadError::Enabled => Failed(
            StatusCode::CONFLICT,
            "thread_enabled",
            "Thread is enabled: disable it first (PUT /node/state \"disable\")".into(),
        ),
        e @ ThreadError::Configured => Failed(StatusCode::CONFLICT, "configured", e.to_string()),
        e @ ThreadError::OpenThread(_) => {
            Failed(StatusCode::CONFLICT, "invalid_state", e.to_string())
        }
        e => Failed(
            StatusCode::INTERNAL_SERVER_ERROR,
            "unavailable",
            e.to_string(),
        ),
    }
}

struct Ctx {
    deps: Arc<OtbrRestDeps>,
    client: RestClient,
}

impl Ctx {
    fn thread(&self) -> Result<ThreadHandle, Failed> {
        self.deps.thread.get().cloned().ok_or_else(|| {
            Failed(
                StatusCode::INTERNAL_SERVER_ERROR,
                "unavailable",
                "Thread is not running".into(),
            )
        })
    }

    /// Audits `op`'s outcome (durably) before the answer leaves.
    async fn audit(
        &self,
        op: RestOp,
        mut details: Vec<(&'static str, Value)>,
        result: Result<(), &'static str>,
        detail: Option<String>,
    ) -> Result<(), Response> {
        if let Some(d) = detail {
            details.push(("detail", d.into()));
        }
        let client = self.client;
        self.deps
            .core
            .call(move |c, now| c.otbr_rest_done(now, &client, op, details, result))
            .await
            .map_err(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
    }

    /// Audits a dataset write's outcome, then answers it: 201 if it
    /// created the dataset, 200 if it replaced one, the failure otherwise.
    async fn finish_write(&self, op: RestOp, text: bool, r: Result<Written, Failed>) -> Response {
        let mut details = vec![("format", fmt(text))];
        let (result, detail, answer) = match r {
            Ok((created, more)) => {
                details.extend(more);
                let status = if created {
                    StatusCode::CREATED
                } else {
                    StatusCode::OK
                };
                (Ok(()), None, empty(status))
            }
            Err(Failed(status, reason, detail)) => {
                (Err(reason), Some(detail.clone()), error(status, detail))
            }
        };
        match self.audit(op, details, result, detail).await {
            Ok(()) => answer,
            Err(r) => r,
        }
    }

    async fn get_dataset(&self, headers: &HeaderMap, pending: bool) -> Response {
        let text = wants_text(headers, header::ACCEPT);
        let op = if pending {
            RestOp::ReadPendingDataset
        } else {
            RestOp::ReadActiveDataset
        };
        let got = async {
            let h = self.thread()?;
            if pending {
                h.export_pending_dataset().await.map_err(thread_failed)
            } else {
                match h.export_dataset().await {
                    Ok(t) if !t.is_empty() => Ok(Some(t)),
                    Ok(_) | Err(ThreadError::BadDataset(_)) => Ok(None),
                    Err(e) => Err(thread_failed(e)),
                }
            }
        }
        .await;
        let tlvs = zeroize::Zeroizing::new(match got {
            Ok(t) => t,
            Err(Failed(status, reason, detail)) => {
                let details = vec![("format", fmt(text))];
                if let Err(r) = self
                    .audit(op, details, Err(reason), Some(detail.clone()))
                    .await
                {
                    return r;
                }
                return error(status, detail);
            }
        });
        let details = vec![("format", fmt(text))];
        let result = if tlvs.is_some() { Ok(()) } else { Err("none") };
        if let Err(r) = self.audit(op, details, result, None).await {
            return r;
        }
        let Some(tlvs) = tlvs.as_ref() else {
            return empty(StatusCode::NO_CONTENT);
        };
        if text {
            return text_ok(json::hex_upper(tlvs));
        }
        let v = if pending {
            json::pending_to_json(tlvs)
        } else {
            json::active_to_json(tlvs)
        };
        match v {
            Some(v) => json_ok(StatusCode::OK, v),
            None => error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the dataset is malformed",
            ),
        }
    }

    async fn put_active(&self, headers: &HeaderMap, body: &[u8]) -> Response {
        let text = wants_text(headers, header::CONTENT_TYPE);
        let r = async {
            let h = self.thread()?;
            // OTBR's rule: the active dataset is set only while Thread is
            // disabled (the service checks it again, atomically).
            let st = h.status().await.map_err(thread_failed)?;
            if st.role != "disabled" {
                return Err(thread_failed(ThreadError::Enabled));
            }
            let base = match h.export_dataset().await {
                Ok(t) if !t.is_empty() => Some(zeroize::Zeroizing::new(t)),
                _ => None,
            };
            let base = base.as_deref().map(|b| &b[..]);
            let tlvs = parse_update(text, body, |v| json::overlay_active(base, v), base)?;
            let tlvs = zeroize::Zeroizing::new(tlvs);
            let summary = summary(&tlvs);
            h.set_active_dataset_disabled(tlvs.to_vec())
                .await
                .map_err(thread_failed)?;
            Ok((base.is_none(), summary))
        }
        .await;
        self.finish_write(RestOp::WriteActiveDataset, text, r).await
    }

    async fn put_pending(&self, headers: &HeaderMap, body: &[u8]) -> Response {
        let text = wants_text(headers, header::CONTENT_TYPE);
        let if_none = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() == "*");
        let r = async {
            let h = self.thread()?;
            let pending = h
                .export_pending_dataset()
                .await
                .map_err(thread_failed)?
                .map(zeroize::Zeroizing::new);
            if if_none && pending.is_some() {
                return Err(Failed(
                    StatusCode::PRECONDITION_FAILED,
                    "pending_exists",
                    "a pending dataset is already in place".into(),
                ));
            }
            // The base: the pending dataset in place, or the active one
            // (OTBR starts from a new random network; a hub migrates its own).
            let active = match h.export_dataset().await {
                Ok(t) if !t.is_empty() => Some(zeroize::Zeroizing::new(t)),
                _ => None,
            };
            let base = pending.as_deref().or(active.as_deref()).map(|b| &b[..]);
            let tlvs = parse_update(
                text,
                body,
                |v| json::overlay_pending(base, v).map(|p| p.tlvs),
                base,
            )?;
            let tlvs = zeroize::Zeroizing::new(tlvs);
            let parsed =
                Tlvs::parse(&tlvs).map_err(|m| Failed::bad(format!("invalid dataset: {m}")))?;
            // Its own pending timestamp, or (none, or the one in place kept
            // from the base) one newer than the one in place, else the new
            // active timestamp.
            let in_place = pending
                .as_deref()
                .and_then(|p| crate::commissioning::dataset::pending_timestamp(p));
            let own = parsed.pending_timestamp().filter(|t| Some(*t) != in_place);
            let tlvs = match own {
                Some(_) => tlvs,
                None => {
                    let ts = in_place
                        .map(|t| t + (1 << 16))
                        .or(parsed.active_timestamp())
                        .unwrap_or(1 << 16);
                    zeroize::Zeroizing::new(
                        json::with_pending_timestamp(&tlvs, ts).map_err(|e| Failed::bad(e.0))?,
                    )
                }
            };
            let s = h
                .schedule_pending_dataset(tlvs.to_vec())
                .await
                .map_err(thread_failed)?;
            let details: Vec<(&'static str, Value)> = vec![
                ("channel", json!(s.channel)),
                ("pan_id", json!(s.pan_id)),
                ("ext_pan_id", json!(s.ext_pan_id)),
                ("delay_asked_ms", s.delay_asked_ms.into()),
                ("delay_ms", s.delay_ms.into()),
                ("key_changes", s.key_changes.into()),
            ];
            Ok((pending.is_none(), details))
        }
        .await;
        self.finish_write(RestOp::WritePendingDataset, text, r)
            .await
    }

    async fn put_state(&self, body: &[u8]) -> Response {
        let r = async {
            let v: Value = serde_json::from_slice(body)
                .map_err(|e| Failed::bad(format!("malformed JSON: {e}")))?;
            let on = match v.as_str() {
                Some("enable") => true,
                Some("disable") => false,
                _ => return Err(Failed::bad("the state is \"enable\" or \"disable\"")),
            };
            self.thread()?
                .set_enabled(on)
                .await
                .map_err(thread_failed)?;
            Ok(on)
        }
        .await;
        match r {
            Ok(on) => {
                let details = vec![("state", Value::from(if on { "enable" } else { "disable" }))];
                if let Err(r) = self
                    .audit(RestOp::SetThreadState, details, Ok(()), None)
                    .await
                {
                    return r;
                }
                empty(StatusCode::OK)
            }
            Err(Failed(status, reason, detail)) => {
                if let Err(r) = self
                    .audit(
                        RestOp::SetThreadState,
                        vec![],
                        Err(reason),
                        Some(detail.clone()),
                    )
                    .await
                {
                    return r;
                }
                error(status, detail)
            }
        }
    }

    async fn get_node(&self, r: Resource) -> Response {
        let st = match self.thread() {
            Ok(h) => h.status().await,
            Err(Failed(status, _, detail)) => return error(status, detail),
        };
        let st = match st {
            Ok(st) => st,
            Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        };
        let ba_id = json::hex_upper(&self.deps.border_agent_id);
        let v: Value = match r {
            Resource::BaId => ba_id.into(),
            Resource::State => st.role.clone().into(),
            Resource::ExtAddress => st.ext_address.to_uppercase().into(),
            Resource::NetworkName => st.network_name.clone().into(),
            Resource::Rloc16 => st.rloc16.into(),
            Resource::ExtPanId => st.ext_pan_id.to_uppercase().into(),
            Resource::CoprocessorVersion => match &st.rcp_version {
                Some(v) => v.clone().into(),
                None => {
                    return error(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "the RCP's version is not known (radio down)",
                    )
                }
            },
            _ => {
                let routers = st
                    .neighbors
                    .iter()
                    .filter(|n| n.relation == "router")
                    .count()
                    + usize::from(st.role == "router" || st.role == "leader");
                let rloc = st.addresses.iter().find(|a| {
                    let o = a.octets();
                    o[8..14] == [0, 0, 0, 0xff, 0xfe, 0]
                        && u16::from_be_bytes([o[14], o[15]]) == st.rloc16
                });
                json!({
                    "BaId": ba_id,
                    "State": st.role,
                    "NumOfRouter": routers,
                    "RlocAddress": rloc.map(|a| a.to_string()),
                    "ExtAddress": st.ext_address.to_uppercase(),
                    "NetworkName": st.network_name,
                    "Rloc16": st.rloc16,
                    "LeaderData": {"PartitionId": st.partition_id},
                    "ExtPanId": st.ext_pan_id.to_uppercase(),
                })
            }
        };
        json_ok(StatusCode::OK, v)
    }
}

fn fmt(text: bool) -> Value {
    if text { "tlvs" } else { "json" }.into()
}

/// The dataset a body asks for: hex TLVs laid over `base` (`text/plain`),
/// or JSON through `from_json`.
fn parse_update(
    text: bool,
    body: &[u8],
    from_json: impl FnOnce(&Value) -> Result<Vec<u8>, json::BadJson>,
    base: Option<&[u8]>,
) -> Result<Vec<u8>, Failed> {
    if text {
        let s = std::str::from_utf8(body).map_err(|_| Failed::bad("the body is not ASCII hex"))?;
        let update = zeroize::Zeroizing::new(
            hex::decode(s.trim()).map_err(|e| Failed::bad(format!("the body is not hex: {e}")))?,
        );
        json::overlay_tlvs(base, &update).map_err(|e| Failed::bad(e.0))
    } else {
        let v: Value = serde_json::from_slice(body)
            .map_err(|e| Failed::bad(format!("malformed JSON: {e}")))?;
        from_json(&v).map_err(|e| Failed::bad(e.0))
    }
}

/// What the audit record says of a dataset written (never the key).
fn summary(tlvs: &[u8]) -> Vec<(&'static str, Value)> {
    let Ok(t) = Tlvs::parse(tlvs) else {
        return Vec::new();
    };
    vec![
        ("ext_pan_id", json!(t.ext_pan_id())),
        ("channel", json!(t.channel())),
        ("pan_id", json!(t.pan_id())),
    ]
}
