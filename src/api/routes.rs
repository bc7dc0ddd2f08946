//! The routes and their handlers (docs/api.md lists them).
//!
//! Every handler authenticates first ([`Authed`], except enrollment), then
//! checks and parses its input completely, and only then calls the core, so
//! a bad request is refused with a clear code and changes nothing. The
//! core's own refusals are audited by the core. No handler decides who may
//! do what: a handler whose operation the core does not decide itself asks
//! [`Commissioner::authorize`](crate::commissioning::Commissioner::authorize) (the core's role x action table, each refusal audited).

use std::convert::Infallible;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use tokio::sync::{broadcast, watch};
use zeroize::{Zeroize, Zeroizing};

use crate::attestation::hub_ca::{verified_csr_key, ClientKey};
use crate::audit::AuditRecord;
use crate::commissioning::policy::{Action, DeviceClassTable};
use crate::commissioning::token::Cti;
use crate::commissioning::{
    Actor, DatasetAccess, LockScope, OpenWindow, ThreadJoiner, WindowId, WindowPake,
};
use crate::onboarding::{Discriminator, ParseError, SetupPayload};
use crate::refusal::Refusal;

use super::auth::{Authed, Peer, PeerAddr};
use super::error::ApiError;
pub use super::state::AppState;
use super::types::*;

/// Longest id accepted in a path (device ids are 64 hex digits).
pub const MAX_ID_LEN: usize = 128;
/// Most records `GET /v1/audit?tail=N` returns.
pub const MAX_AUDIT_TAIL: usize = 1000;

/// The full API: every route (mutual-TLS listener and admin socket).
pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/v1/enroll", post(enroll))
        .route("/v1/invites", post(create_invite).get(list_invites))
        .route("/v1/invites/{id}", delete(cancel_invite))
        .route("/v1/users", get(list_users))
        .route("/v1/users/{id}/revoke", post(revoke_user))
        .route("/v1/windows", post(open_window).get(list_windows))
        .route("/v1/windows/{id}", delete(close_window))
        .route(
            "/v1/policy/device-classes",
            get(device_classes)
                .put(set_device_classes)
                .delete(reset_device_classes),
        )
        .route("/v1/devices", get(list_devices))
        .route("/v1/devices/{id}", get(show_device))
        .route("/v1/devices/{id}/{action}", post(device_action))
        .route("/v1/tokens/{cti}/revoke", post(revoke_token))
        .route("/v1/pairing/locks", get(list_locks))
        .route("/v1/pairing/unlock", post(unlock))
        .route("/v1/audit", get(audit_tail))
        .route("/v1/audit/verify", get(audit_verify))
        .route("/v1/audit/export", get(audit_export))
        .route("/v1/alerts", get(alerts))
        .route("/v1/thread", get(thread_status))
        .route("/v1/thread/dataset", get(thread_export).put(thread_import))
        .route("/v1/thread/srp/bind", post(thread_srp_bind))
        .route(
            "/v1/thread/commissioner/allow",
            post(thread_commissioner_allow),
        )
        .route(
            "/v1/thread/commissioner/revoke",
            post(thread_commissioner_revoke),
        )
        .route("/v1/matter", get(matter_status))
        .route(
            "/v1/matter/window",
            post(matter_window_open).delete(matter_window_close),
        )
        .route("/v1/matter/fabrics", get(matter_fabrics))
        .route("/v1/matter/fabrics/{index}", delete(matter_fabric_remove))
        .route("/v1/pki/reload", post(pki_reload))
        .route("/v1/dashboard/login", post(dashboard_login));
    finish(routes, state)
}

/// The enrollment listener's router: `POST /v1/enroll` only.
pub fn enroll_router(state: AppState) -> Router {
    finish(Router::new().route("/v1/enroll", post(enroll)), state)
}

fn finish(routes: Router<AppState>, state: AppState) -> Router {
    let timeout = state.request_timeout;
    routes
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(timeout, time_limit))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::new(Refusal::NotFound, "no such route (docs/api.md lists them)")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        Refusal::MethodNotAllowed,
        "this route does not take this method",
    )
}

/// Bounds the time from the request's head to its response's head (a
/// streamed body such as `/v1/alerts` runs on afterwards).
async fn time_limit(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(r) => r,
        Err(_) => ApiError::new(
            Refusal::RequestTimeout,
            format!("no answer within {} s", limit.as_secs()),
        )
        .into_response(),
    }
}

// ------------------------------------------------------------- extractors

/// A JSON body, with the API's error codes: `body_too_large` (413),
/// `malformed_json` (not JSON), `invalid_request` (JSON of the wrong shape).
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        let limit = state.max_body_bytes;
        let body = axum::body::to_bytes(req.into_body(), limit)
            .await
            .map_err(|e| {
                if std::error::Error::source(&e)
                    .is_some_and(|s| s.is::<http_body_util::LengthLimitError>())
                {
                    ApiError::new(
                        Refusal::BodyTooLarge,
                        format!("the request body is larger than {limit} bytes"),
                    )
                } else {
                    ApiError::new(
                        Refusal::InvalidRequest,
                        format!("cannot read the body: {e}"),
                    )
                }
            })?;
        parse_json(&body).map(JsonBody)
    }
}

fn parse_json<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ApiError::new(Refusal::InvalidRequest, e.to_string()),
        _ => ApiError::new(Refusal::MalformedJson, format!("the body is not JSON: {e}")),
    })
}

/// One path parameter, at most [`MAX_ID_LEN`] characters (`invalid_id`).
#[derive(Debug)]
pub struct PathId(pub String);

impl FromRequestParts<AppState> for PathId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Path(id) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| ApiError::new(Refusal::InvalidId, e.to_string()))?;
        check_id(id).map(PathId)
    }
}

fn check_id(id: String) -> Result<String, ApiError> {
    if id.is_empty() || id.len() > MAX_ID_LEN || id.chars().any(char::is_control) {
        return Err(ApiError::new(
            Refusal::InvalidId,
            format!("an id is 1 to {MAX_ID_LEN} characters without control characters"),
        ));
    }
    Ok(id)
}

/// Query parameters (`invalid_query`).
#[derive(Debug)]
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned> FromRequestParts<AppState> for QueryParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(q)| QueryParams(q))
            .map_err(|e| ApiError::new(Refusal::InvalidQuery, e.body_text()))
    }
}

impl FromRequestParts<AppState> for Peer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, ApiError> {
        parts
            .extensions
            .get::<Peer>()
            .cloned()
            .ok_or_else(|| ApiError::internal("request without a peer"))
    }
}

/// The request's TCP peer address, when it came over the network.
struct Source(Option<std::net::IpAddr>);

impl FromRequestParts<AppState> for Source {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Infallible> {
        Ok(Source(parts.extensions.get::<PeerAddr>().map(|a| a.0)))
    }
}

fn ttl(secs: Option<u64>) -> Result<Option<Duration>, ApiError> {
    match secs {
        Some(0) => Err(ApiError::new(
            Refusal::InvalidTtl,
            "ttl_secs must be at least 1",
        )),
        s => Ok(s.map(Duration::from_secs)),
    }
}

/// Asks the core whether `actor` may do `action`
/// ([`crate::commissioning::Commissioner::authorize`]: it audits a refusal).
pub(super) async fn authorize(
    st: &AppState,
    actor: &Actor,
    action: Action,
) -> Result<(), ApiError> {
    let actor = actor.clone();
    st.core
        .call(move |c, now| c.authorize(now, &actor, action))
        .await??;
    Ok(())
}

async fn blocking<R: Send + 'static>(
    f: impl FnOnce() -> R + Send + 'static,
) -> Result<R, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(ApiError::internal)
}

// ------------------------------------------------------------- enrollment

async fn enroll(
    State(st): State<AppState>,
    peer: Peer,
    Source(addr): Source,
    JsonBody(req): JsonBody<EnrollRequest>,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiError> {
    let channel = peer.channel();
    let EnrollRequest {
        code,
        name,
        csr_pem,
    } = req;
    let code = Zeroizing::new(code);
    // The request is checked before the code is spent, so a bad CSR
    // changes nothing.
    verified_csr_key(csr_pem.as_bytes())
        .map_err(|e| ApiError::new(Refusal::InvalidCsr, e.to_string()))?;
    let user = st
        .core
        .call(move |c, now| c.enroll_from(now, &code, &name, channel, addr))
        .await??;
    let (ca, id, role, now) = (st.ca.clone(), user.id.clone(), user.role, st.clock.now());
    let cert =
        blocking(move || ca.issue_client_cert(&id, role, ClientKey::Csr(csr_pem.as_bytes()), now))
            .await?
            .map_err(ApiError::internal)?;
    tracing::info!(user = %user.id, role = %user.role, channel, "enrolled a user");
    if user.role == crate::commissioning::policy::Role::Owner {
        // Only the bootstrap code grants owner: it is spent, drop its file.
        let _ = std::fs::remove_file(&st.owner_code_file);
    }
    Ok((
        StatusCode::CREATED,
        Json(EnrollResponse {
            user_id: user.id,
            name: user.name,
            role: user.role,
            cert_pem: cert.cert_pem,
            ca_pem: st.ca.root_cert_pem().to_owned(),
            not_after: cert.not_after.to_rfc3339(),
        }),
    ))
}

async fn create_invite(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<InviteRequest>,
) -> Result<(StatusCode, Json<InviteResponse>), ApiError> {
    let ttl = ttl(req.ttl_secs)?;
    let role = req.role;
    let (code, rec) = st
        .core
        .call(move |c, now| c.create_invite(now, &actor, role, ttl))
        .await??;
    Ok((
        StatusCode::CREATED,
        Json(InviteResponse {
            code: code.display.as_str().to_owned(),
            id: rec.id().to_owned(),
            role: rec.role,
            expires: rec.expires.to_rfc3339(),
        }),
    ))
}

async fn list_invites(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<Vec<InviteInfo>>, ApiError> {
    let list = st
        .core
        .call(move |c, now| c.list_invites(now, &actor))
        .await??;
    Ok(Json(list.into_iter().map(InviteInfo::from).collect()))
}

async fn cancel_invite(
    State(st): State<AppState>,
    Authed(actor): Authed,
    PathId(id): PathId,
) -> Result<Json<InviteInfo>, ApiError> {
    let id = id.to_ascii_lowercase();
    let rec = st
        .core
        .call(move |c, now| c.cancel_invite(now, &actor, &id))
        .await??;
    tracing::info!(invite = %rec.id(), "cancelled an invite");
    Ok(Json(InviteInfo::from(rec)))
}

async fn list_users(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<Vec<UserInfo>>, ApiError> {
    authorize(&st, &actor, Action::ListUsers).await?;
    let users = st.store.call(|s| s.list_users()).await??;
    Ok(Json(users.into_iter().map(UserInfo::from).collect()))
}

async fn revoke_user(
    State(st): State<AppState>,
    Authed(actor): Authed,
    PathId(id): PathId,
) -> Result<Json<UserInfo>, ApiError> {
    let lookup = id.clone();
    let row = st.store.call(move |s| s.get_user(&lookup)).await??;
    let target = row.map(|r| (r.role, r.revoked_ms.is_some()));
    let uid = id.clone();
    st.core
        .call(move |c, now| c.revoke_user(now, &actor, &uid, target))
        .await??;
    tracing::info!(user = %id, "revoked a user");
    let row = st.store.call(move |s| s.get_user(&id)).await??;
    row.map(|r| Json(UserInfo::from(r)))
        .ok_or_else(|| ApiError::internal("revoked user vanished"))
}

// ---------------------------------------------------------------- windows

fn payload_error(e: ParseError) -> ApiError {
    let detail = match e {
        // Never echo a passcode, even an invalid one.
        ParseError::InvalidPasscode(_) => {
            "its passcode is not allowed (0, above 99999998, or a trivial value)".to_owned()
        }
        e => e.to_string(),
    };
    ApiError::new(
        Refusal::InvalidPayload,
        format!("not a usable Matter QR code or manual pairing code: {detail}"),
    )
}

/// VID, PID and 12-bit discriminator of a window request, from the payload
/// and the request's own fields (which must agree with the payload).
fn window_target(p: &SetupPayload, req: &OpenWindowRequest) -> Result<(u16, u16, u16), ApiError> {
    let (vid, pid) = match (p.vid, p.pid, req.vid, req.pid) {
        (Some(v), Some(p), rv, rp) => {
            if rv.is_some_and(|x| x != v) || rp.is_some_and(|x| x != p) {
                return Err(ApiError::new(
                    Refusal::VidPidConflict,
                    format!(
                        "the payload is for vendor {v:#06x} product {p:#06x}; vid/pid disagree"
                    ),
                ));
            }
            (v, p)
        }
        (None, None, Some(v), Some(p)) => (v, p),
        _ => {
            return Err(ApiError::new(
                Refusal::VidPidRequired,
                "an 11-digit manual code carries no vendor and product id: give vid and pid",
            ))
        }
    };
    let disc = match (p.discriminator, req.discriminator) {
        (Discriminator::Long(d), None) => d,
        (Discriminator::Long(d), Some(x)) if x == d => d,
        (Discriminator::Long(d), Some(x)) => {
            return Err(ApiError::new(
                Refusal::DiscriminatorMismatch,
                format!("the payload's discriminator is {d}, not {x}"),
            ))
        }
        (Discriminator::Short(s), None) => {
            return Err(ApiError::new(
                Refusal::DiscriminatorRequired,
                format!(
                    "a manual code holds only the upper 4 bits of the discriminator ({s}); \
                     give the 12-bit discriminator"
                ),
            ))
        }
        (Discriminator::Short(_), Some(x)) if x > Discriminator::LONG_MAX => {
            return Err(ApiError::new(
                Refusal::InvalidDiscriminator,
                format!("discriminator {x} is out of range (0..=4095)"),
            ))
        }
        (Discriminator::Short(s), Some(x)) if Discriminator::Short(s).matches(x) => x,
        (Discriminator::Short(s), Some(x)) => {
            return Err(ApiError::new(
                Refusal::DiscriminatorMismatch,
                format!("discriminator {x} does not start with the manual code's 4 bits ({s})"),
            ))
        }
    };
    Ok((vid, pid, disc))
}

async fn open_window(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(mut req): JsonBody<OpenWindowRequest>,
) -> Result<(StatusCode, Json<WindowInfo>), ApiError> {
    let parsed = SetupPayload::parse(&req.payload);
    req.payload.zeroize();
    let joiner = req.joiner.as_ref().map(|j| {
        ThreadJoiner::from_parts(j.eui64.as_deref(), j.discerner.as_deref(), Some(&j.pskd))
    });
    if let Some(j) = req.joiner.as_mut() {
        j.pskd.zeroize();
    }
    let payload = parsed.map_err(payload_error)?;
    let joiner = joiner.transpose()?.flatten();
    if joiner.is_some() {
        // The commissioner is in the Thread service: without it the joiner
        // could never be admitted.
        thread_handle(&st)?;
    }
    let (vid, pid, discriminator) = window_target(&payload, &req)?;
    let ttl = ttl(req.ttl_secs)?;
    let class = req.class;
    let iterations = st.pbkdf2_iterations;
    // PBKDF2 runs off the runtime and outside the core; only the
    // registration record reaches the core.
    let pake = blocking(move || {
        let passcode = payload.passcode;
        WindowPake::derive(
            passcode.value(),
            iterations,
            &ring::rand::SystemRandom::new(),
        )
    })
    .await?
    .map_err(ApiError::internal)?;
    let info = st
        .core
        .call(move |c, now| {
            c.open_window_with_joiner(
                now,
                &actor,
                OpenWindow {
                    discriminator,
                    vid,
                    pid,
                    class,
                    ttl,
                    pake,
                },
                joiner,
            )
        })
        .await??;
    Ok((StatusCode::CREATED, Json(WindowInfo::from(info))))
}

async fn list_windows(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<Vec<WindowInfo>>, ApiError> {
    authorize(&st, &actor, Action::ListWindows).await?;
    let windows = st
        .core
        .call(|c, now| {
            c.handle_timeout(now);
            c.windows()
        })
        .await?;
    Ok(Json(windows.into_iter().map(WindowInfo::from).collect()))
}

async fn close_window(
    State(st): State<AppState>,
    Authed(actor): Authed,
    PathId(id): PathId,
) -> Result<Json<WindowClosed>, ApiError> {
    let id: WindowId = id
        .parse()
        .map_err(|_| ApiError::new(Refusal::InvalidId, format!("{id:?} is not a window id")))?;
    st.core
        .call(move |c, now| c.close_window(now, &actor, id))
        .await??;
    Ok(Json(WindowClosed { id, closed: true }))
}

async fn device_classes(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<DeviceClasses>, ApiError> {
    let table = st
        .core
        .call(move |c, now| c.device_classes(now, &actor))
        .await??;
    Ok(Json(DeviceClasses::from(table)))
}

async fn set_device_classes(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<SetDeviceClasses>,
) -> Result<Json<DeviceClasses>, ApiError> {
    let table = DeviceClassTable::new(req.device_classes, req.unknown_device_class)
        .map_err(|e| ApiError::new(Refusal::InvalidRequest, e.to_string()))?;
    let table = st
        .core
        .call(move |c, now| c.set_device_classes(now, &actor, Some(table)))
        .await??;
    Ok(Json(DeviceClasses::from(table)))
}

async fn reset_device_classes(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<DeviceClasses>, ApiError> {
    let table = st
        .core
        .call(move |c, now| c.set_device_classes(now, &actor, None))
        .await??;
    Ok(Json(DeviceClasses::from(table)))
}

// ------------------------------------------------------------ pairing lock

async fn list_locks(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<Vec<LockInfo>>, ApiError> {
    authorize(&st, &actor, Action::ListLocks).await?;
    let locks = st.core.call(|c, now| c.locks(now)).await?;
    Ok(Json(locks.into_iter().map(LockInfo::from).collect()))
}

async fn unlock(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<UnlockRequest>,
) -> Result<Json<Unlocked>, ApiError> {
    let scope = match (req.scope.as_deref(), req.key.as_deref()) {
        (None, None) => None,
        (Some("hub"), None) => Some(LockScope::Hub),
        (Some(kind), Some(key)) => Some(LockScope::parse(kind, key).ok_or_else(|| {
            ApiError::new(
                Refusal::InvalidRequest,
                format!("{kind:?} {key:?} names no lock scope (docs/api.md)"),
            )
        })?),
        _ => {
            return Err(ApiError::new(
                Refusal::InvalidRequest,
                "give both scope and key, or neither (every lock)",
            ))
        }
    };
    let lifted = st
        .core
        .call(move |c, now| c.unlock(now, &actor, scope.as_ref()))
        .await??;
    Ok(Json(Unlocked {
        unlocked: lifted
            .into_iter()
            .map(|s| LockName {
                scope: s.kind().to_owned(),
                key: s.key(),
            })
            .collect(),
    }))
}

// ---------------------------------------------------------------- devices

async fn list_devices(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<Vec<DeviceInfo>>, ApiError> {
    authorize(&st, &actor, Action::ListDevices).await?;
    let devices = st.store.call(|s| s.list_devices()).await??;
    Ok(Json(devices.into_iter().map(DeviceInfo::from).collect()))
}

async fn get_device(st: &AppState, id: String) -> Result<DeviceInfo, ApiError> {
    let shown = id.clone();
    st.store
        .call(move |s| s.get_device(&id))
        .await??
        .map(DeviceInfo::from)
        .ok_or_else(|| ApiError::new(Refusal::NoSuchDevice, format!("no device {shown}")))
}

async fn show_device(
    State(st): State<AppState>,
    Authed(actor): Authed,
    PathId(id): PathId,
) -> Result<Json<DeviceInfo>, ApiError> {
    authorize(&st, &actor, Action::ListDevices).await?;
    get_device(&st, id).await.map(Json)
}

async fn device_action(
    State(st): State<AppState>,
    Authed(actor): Authed,
    Path((id, action)): Path<(String, String)>,
) -> Result<Json<DeviceInfo>, ApiError> {
    let id = check_id(id)?;
    let dev = id.clone();
    match action.as_str() {
        "approve" => {
            st.core
                .call(move |c, now| c.approve(now, &actor, &dev))
                .await??
        }
        "quarantine" => {
            st.core
                .call(move |c, now| c.quarantine(now, &actor, &dev))
                .await??
        }
        "remove" => {
            st.core
                .call(move |c, now| c.remove(now, &actor, &dev))
                .await??
        }
        _ => {
            return Err(ApiError::new(
                Refusal::NotFound,
                "device actions are approve, quarantine and remove",
            ))
        }
    }
    get_device(&st, id).await.map(Json)
}

async fn revoke_token(
    State(st): State<AppState>,
    Authed(actor): Authed,
    PathId(cti): PathId,
) -> Result<Json<TokenRevoked>, ApiError> {
    let parsed: Cti = cti
        .to_ascii_lowercase()
        .parse()
        .map_err(|e| ApiError::new(Refusal::InvalidCti, format!("{e}")))?;
    st.core
        .call(move |c, now| c.revoke_token(now, &actor, &parsed))
        .await??;
    Ok(Json(TokenRevoked {
        cti: parsed,
        revoked: true,
    }))
}

// ------------------------------------------------------------------ audit

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TailQuery {
    tail: Option<usize>,
}

async fn audit_tail(
    State(st): State<AppState>,
    Authed(actor): Authed,
    QueryParams(q): QueryParams<TailQuery>,
) -> Result<Json<Vec<AuditRecord>>, ApiError> {
    authorize(&st, &actor, Action::ReadAudit).await?;
    let n = q.tail.unwrap_or(20);
    if !(1..=MAX_AUDIT_TAIL).contains(&n) {
        return Err(ApiError::new(
            Refusal::InvalidQuery,
            format!("tail must be within 1..={MAX_AUDIT_TAIL}"),
        ));
    }
    Ok(Json(st.store.call(move |s| s.audit_tail(n)).await??))
}

async fn audit_verify(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<AuditVerify>, ApiError> {
    authorize(&st, &actor, Action::ReadAudit).await?;
    let report = st.store.call(|s| s.verify_audit()).await??;
    Ok(Json(report.into()))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportQuery {
    from_seq: Option<u64>,
}

async fn audit_export(
    State(st): State<AppState>,
    Authed(actor): Authed,
    QueryParams(q): QueryParams<ExportQuery>,
) -> Result<Response, ApiError> {
    authorize(&st, &actor, Action::ReadAudit).await?;
    let from = q.from_seq.unwrap_or(1);
    let body = st
        .store
        .call(move |s| {
            let mut out = Vec::new();
            s.audit_export(&mut out, from).map(|_| out)
        })
        .await??;
    Ok(([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response())
}

// ----------------------------------------------------------------- alerts

async fn stopped(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|v| *v).await;
}

async fn alerts(State(st): State<AppState>, Authed(actor): Authed) -> Result<Response, ApiError> {
    // The stream ends at the first alert after its user is revoked: a
    // revoked user's open stream receives nothing more.
    let (store, user) = (st.store.clone(), actor.user.clone());
    let still_allowed = move || {
        let (store, user) = (store.clone(), user.clone());
        async move {
            if user == super::auth::LOCAL_ADMIN {
                return true;
            }
            matches!(
                store.call(move |s| s.get_user(&user)).await,
                Ok(Ok(Some(r))) if r.revoked_ms.is_none()
            )
        }
    };
    alert_stream(&st, &actor, still_allowed).await
}

/// The core's alerts as server-sent events (`event: alert`, the alert as
/// JSON; `event: lagged` with the number missed), until shutdown, for a
/// user who may watch them (`/v1/alerts` and the dashboard). Before each
/// alert `still_allowed` is asked: `false` (the user revoked, the session
/// ended) ends the stream instead.
pub(super) async fn alert_stream<F, Fut>(
    st: &AppState,
    actor: &Actor,
    still_allowed: F,
) -> Result<Response, ApiError>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send + 'static,
{
    authorize(st, actor, Action::WatchAlerts).await?;
    let rx = st.alerts.subscribe();
    let allowed = std::sync::Arc::new(still_allowed);
    let stream = futures_util::stream::unfold(
        (rx, st.shutdown.clone(), allowed),
        |(mut rx, mut shutdown, allowed)| async move {
            let ev = tokio::select! {
                _ = stopped(&mut shutdown) => return None,
                r = rx.recv() => match r {
                    Ok(a) => SseEvent::default()
                        .event("alert")
                        .json_data(&a)
                        .unwrap_or_else(|_| SseEvent::default().event("alert")),
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        SseEvent::default().event("lagged").data(n.to_string())
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
            };
            if !allowed().await {
                return None;
            }
            Some((Ok::<_, Infallible>(ev), (rx, shutdown, allowed)))
        },
    );
    Ok(Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response())
}

// ----------------------------------------------------------------- matter

pub(super) fn matter_api(st: &AppState) -> Result<crate::matter::MatterApi, ApiError> {
    st.matter.get().cloned().ok_or_else(|| {
        ApiError::new(
            Refusal::Unavailable,
            "the Matter node is not enabled ([matter] enabled)",
        )
    })
}

fn matter_error(e: crate::matter::MatterError) -> ApiError {
    match e {
        crate::matter::MatterError::Gone => {
            ApiError::new(Refusal::Unavailable, "the Matter node is not running")
        }
        e => ApiError::internal(e),
    }
}

/// The node, its fabrics and its window (owner/admin).
async fn matter_status(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<crate::api::types::MatterStatus>, ApiError> {
    authorize(&st, &actor, Action::MatterAdmin).await?;
    let api = matter_api(&st)?;
    let node = api.handle.status().await.map_err(matter_error)?;
    let window = st.core.call(|c, now| c.matter_window(now)).await?;
    Ok(Json(crate::api::types::MatterStatus { node, window }))
}

/// Opens a Matter commissioning window (owner/admin; the core decides and
/// audits; the node follows): basic on the factory code while the hub has
/// no fabric, enhanced with a fresh code otherwise. The answer carries the
/// code as QR text and manual code, once.
async fn matter_window_open(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<crate::api::types::MatterWindowRequest>,
) -> Result<Json<crate::api::types::MatterWindowOpened>, ApiError> {
    open_matter_window(&st, actor, req.seconds.map(Duration::from_secs))
        .await
        .map(Json)
}

/// Opens a Matter commissioning window for `actor` (the core decides and
/// audits): what `POST /v1/matter/window` and the dashboard answer.
pub(super) async fn open_matter_window(
    st: &AppState,
    actor: Actor,
    ttl: Option<Duration>,
) -> Result<crate::api::types::MatterWindowOpened, ApiError> {
    let api = matter_api(st)?;
    let node = api.handle.status().await.map_err(matter_error)?;
    let has_fabrics = !node.fabrics.is_empty();
    let grant = st
        .core
        .call(move |c, now| c.open_matter_window(now, &actor, ttl, has_fabrics))
        .await??;
    let (passcode, discriminator) = match (&grant.secret, grant.discriminator) {
        (Some(s), Some(d)) => (s.passcode, d),
        _ => (api.setup.passcode, api.setup.discriminator),
    };
    let onboarding =
        crate::matter::setup::onboarding(node.vendor_id, node.product_id, passcode, discriminator)
            .ok_or_else(|| ApiError::internal("the setup code does not encode"))?;
    Ok(crate::api::types::MatterWindowOpened {
        window: grant.id,
        kind: grant.kind,
        ttl_secs: grant.ttl.as_secs(),
        until_ms: grant.until_ms,
        discriminator,
        qr: onboarding.qr,
        manual: onboarding.manual,
    })
}

/// Closes the Matter commissioning window (owner/admin; audited).
async fn matter_window_close(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<crate::commissioning::matter::MatterWindowInfo>, ApiError> {
    matter_api(&st)?;
    let info = st
        .core
        .call(move |c, now| c.close_matter_window(now, &actor))
        .await??;
    Ok(Json(info))
}

/// The fabrics the hub belongs to (owner/admin).
async fn matter_fabrics(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<Vec<crate::matter::FabricInfo>>, ApiError> {
    authorize(&st, &actor, Action::MatterAdmin).await?;
    let api = matter_api(&st)?;
    let node = api.handle.status().await.map_err(matter_error)?;
    Ok(Json(node.fabrics))
}

/// Removes the hub from a fabric (owner/admin; audited
/// `matter.fabric_removed` with the user).
async fn matter_fabric_remove(
    State(st): State<AppState>,
    Authed(actor): Authed,
    Path(index): Path<String>,
) -> Result<Json<crate::matter::FabricInfo>, ApiError> {
    authorize(&st, &actor, Action::MatterAdmin).await?;
    let index: u8 = index
        .parse()
        .ok()
        .filter(|i| *i != 0)
        .ok_or_else(|| ApiError::new(Refusal::InvalidRequest, "a fabric index is 1..=254"))?;
    let api = matter_api(&st)?;
    match api
        .handle
        .remove_fabric(index, format!("user:{}", actor.user))
        .await
        .map_err(matter_error)?
    {
        Some(f) => Ok(Json(f)),
        None => Err(ApiError::new(Refusal::NotFound, "no such fabric")),
    }
}

// ----------------------------------------------------------------- thread

pub(super) fn thread_handle(st: &AppState) -> Result<crate::thread::ThreadHandle, ApiError> {
    st.thread.get().cloned().ok_or_else(|| {
        ApiError::new(
            Refusal::Unavailable,
            "Thread is not enabled ([thread] enabled)",
        )
    })
}

fn thread_error(e: crate::thread::ThreadError) -> ApiError {
    use crate::thread::ThreadError as E;
    match e {
        E::BadDataset(m) => ApiError::new(Refusal::InvalidPayload, format!("invalid dataset: {m}")),
        e @ (E::Configured | E::PendingRefused(_)) => {
            ApiError::new(Refusal::InvalidPayload, e.to_string())
        }
        other => ApiError::new(Refusal::Unavailable, other.to_string()),
    }
}

async fn thread_status(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<crate::thread::ThreadStatus>, ApiError> {
    thread_status_for(&st, &actor).await.map(Json)
}

/// What `GET /v1/thread` answers `actor` (who must be allowed to read it).
pub(super) async fn thread_status_for(
    st: &AppState,
    actor: &Actor,
) -> Result<crate::thread::ThreadStatus, ApiError> {
    authorize(st, actor, Action::ReadThreadStatus).await?;
    let h = thread_handle(st)?;
    let mut status = h.status().await.map_err(thread_error)?;
    status.srp = st.core.call(|c, _| c.srp_registrations()).await?;
    status.commissioner_allowance = st
        .core
        .call(|c, now| c.external_commissioner_allowance(now))
        .await?;
    Ok(status)
}

/// Allows external commissioning through the border agent (owner/admin;
/// the core decides, clamps the length and audits; the border agent
/// follows: docs/thread.md, "Border agent").
async fn thread_commissioner_allow(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<CommissionerAllowRequest>,
) -> Result<Json<CommissionerAllowance>, ApiError> {
    // The agent is in the Thread service: without it nothing would listen.
    thread_handle(&st)?;
    let ttl = req.seconds.map(Duration::from_secs);
    let info = st
        .core
        .call(move |c, now| c.allow_external_commissioner(now, &actor, ttl))
        .await??;
    Ok(Json(CommissionerAllowance {
        allowance: Some(info),
        revoked: false,
    }))
}

/// Ends the commissioner allowance now (owner/admin; audited): the border
/// agent stops and its sessions end.
async fn thread_commissioner_revoke(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<CommissionerAllowance>, ApiError> {
    let revoked = st
        .core
        .call(move |c, now| c.revoke_external_commissioner(now, &actor))
        .await??;
    Ok(Json(CommissionerAllowance {
        allowance: None,
        revoked,
    }))
}

/// Binds an SRP host to an admitted device (owner/admin; the core decides
/// and audits); answers every registration as `thread status` shows them.
async fn thread_srp_bind(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<crate::api::types::SrpBindRequest>,
) -> Result<Json<Vec<crate::commissioning::srp::SrpRegistration>>, ApiError> {
    let device = check_id(req.device)?;
    let host = req.host;
    st.core
        .call(move |c, now| c.srp_bind(now, &actor, &host, &device))
        .await??;
    Ok(Json(st.core.call(|c, _| c.srp_registrations()).await?))
}

/// Has the core audit a dataset access by `actor` (durably, before the
/// answer leaves), then passes `result` on.
async fn audited<T>(
    st: &AppState,
    actor: Actor,
    access: DatasetAccess,
    result: Result<T, ApiError>,
) -> Result<T, ApiError> {
    let outcome = match &result {
        Ok(_) => Ok(()),
        Err(e) => Err(e.refusal.as_str()),
    };
    st.core
        .call(move |c, now| c.dataset_accessed(now, &actor, access, outcome))
        .await?;
    result
}

/// The dataset holds the network key: the core decides who may read or
/// replace it, and every access is audited with its user.
async fn thread_export(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<ThreadDataset>, ApiError> {
    authorize(&st, &actor, Action::ExportDataset).await?;
    let result = async {
        let h = thread_handle(&st)?;
        h.export_dataset().await.map_err(thread_error)
    }
    .await;
    let tlvs = audited(&st, actor, DatasetAccess::Export, result).await?;
    Ok(Json(ThreadDataset {
        tlvs: hex::encode(tlvs),
    }))
}

async fn thread_import(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<ThreadDataset>,
) -> Result<Json<ThreadDataset>, ApiError> {
    authorize(&st, &actor, Action::ImportDataset).await?;
    let result = async {
        let tlvs = crate::thread::parse_dataset_hex(&req.tlvs).map_err(thread_error)?;
        let h = thread_handle(&st)?;
        h.import_dataset(tlvs).await.map_err(thread_error)?;
        h.export_dataset().await.map_err(thread_error)
    }
    .await;
    let now = audited(&st, actor, DatasetAccess::Import, result).await?;
    Ok(Json(ThreadDataset {
        tlvs: hex::encode(now),
    }))
}

// -------------------------------------------------------------------- pki

/// Reloads the device trust set (owner and admin: the core decides and
/// audits; docs/pki.md).
async fn pki_reload(
    State(st): State<AppState>,
    Authed(actor): Authed,
) -> Result<Json<crate::pairing::ReloadReport>, ApiError> {
    let reloader = st.trust.get().cloned().ok_or_else(|| {
        ApiError::new(
            Refusal::Unavailable,
            "device pairing (and its trust set) is not running",
        )
    })?;
    Ok(Json(reloader.reload(Some(actor)).await?))
}

// -------------------------------------------------------------- dashboard

/// `POST /v1/dashboard/login`: a one-time login link for the dashboard
/// (docs/dashboard.md): for the caller; on the admin socket for `user`, by
/// default the only owner. The core decides and audits.
async fn dashboard_login(
    State(st): State<AppState>,
    Authed(actor): Authed,
    JsonBody(req): JsonBody<DashboardLoginRequest>,
) -> Result<Json<super::dashboard::LoginLinkInfo>, ApiError> {
    if let Some(u) = &req.user {
        if u.is_empty() || u.len() > MAX_ID_LEN {
            return Err(ApiError::new(
                Refusal::InvalidName,
                "user: 1 to 128 characters",
            ));
        }
    }
    super::dashboard::login_link(&st, actor, req.user)
        .await
        .map(Json)
}

#[cfg(test)]
mod tests {
    use crate::commissioning::policy::{Action, Policy, Role};

    /// The routes each action of the core's table covers.
    fn routes_of(action: Action) -> &'static str {
        match action {
            Action::ListUsers => "`GET /v1/users`",
            Action::ListWindows => "`GET /v1/windows`",
            Action::ListDevices => "`GET /v1/devices`, `GET /v1/devices/{id}`",
            Action::ApproveDevice => "`POST /v1/devices/{id}/approve`, `POST /v1/thread/srp/bind`",
            Action::RefuseDevice => {
                "`POST /v1/devices/{id}/quarantine`, `POST /v1/devices/{id}/remove`"
            }
            Action::RevokeToken => "`POST /v1/tokens/{cti}/revoke`",
            Action::ListInvites => "`GET /v1/invites`",
            Action::ReadDeviceClasses => "`GET /v1/policy/device-classes`",
            Action::ChangeDeviceClasses => {
                "`PUT /v1/policy/device-classes`, `DELETE /v1/policy/device-classes`"
            }
            Action::ListLocks => "`GET /v1/pairing/locks`",
            Action::Unlock => "`POST /v1/pairing/unlock`",
            Action::ReadAudit => "`GET /v1/audit`, `GET /v1/audit/verify`, `GET /v1/audit/export`",
            Action::WatchAlerts => "`GET /v1/alerts`",
            Action::ReadThreadStatus => "`GET /v1/thread`",
            Action::ExportDataset => "`GET /v1/thread/dataset`",
            Action::ImportDataset => "`PUT /v1/thread/dataset`",
            Action::ReloadTrust => "`POST /v1/pki/reload`",
            Action::AllowCommissioner => {
                "`POST /v1/thread/commissioner/allow`, `POST /v1/thread/commissioner/revoke`"
            }
            Action::MatterAdmin => {
                "`GET /v1/matter`, `POST /v1/matter/window`, `DELETE /v1/matter/window`, `GET /v1/matter/fabrics`, `DELETE /v1/matter/fabrics/{index}`"
            }
        }
    }

    /// docs/api.md's "Who may do what" table is the core's role x action
    /// table, row by row.
    #[test]
    fn the_documented_permissions_are_the_core_table() {
        let doc = include_str!("../../docs/api.md");
        let section = doc
            .split("\n## Who may do what\n")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("a Who may do what section");
        let rows: Vec<String> = section
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(str::to_owned)
            .collect();
        let yes = |b: bool| if b { "yes" } else { "no" };
        let table: Vec<String> = Action::ALL
            .iter()
            .map(|&a| {
                let roles: Vec<&str> = Role::ALL.iter().map(|&r| yes(Policy::may(r, a))).collect();
                format!(
                    "| `{a}` | {} | {} | `{}` |",
                    routes_of(a),
                    roles.join(" | "),
                    a.refusal().as_str()
                )
            })
            .collect();
        assert_eq!(rows, table);
    }
}
