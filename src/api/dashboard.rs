//! The web dashboard (docs/dashboard.md): server-rendered pages on their
//! own TLS listener (`[dashboard] listen`, default 127.0.0.1:8445), with
//! the hub's server certificate (hub CA) and no client certificate.
//!
//! A browser signs in with a one-time link (`threshold dashboard login`,
//! `POST /v1/dashboard/login`): `GET /login?t=<secret>` shows a "Sign in"
//! button, and its `POST /login` trades the secret for a session cookie
//! (`__Host-threshold`: `HttpOnly`, `Secure`, `SameSite=Strict`, `Path=/`,
//! no domain). A GET never spends a link, so a chat app's link preview
//! cannot sign anyone in or burn the link. Every decision is the core's
//! ([`crate::commissioning::dashboard`]): the link, the session, the CSRF
//! token each form carries, and what the session's user may do: the pages
//! call the same core and store operations as the JSON API, with the same
//! role table and audit, on channel `dashboard`. A link is hidden or a
//! button not shown when [`Policy::may`] says the role may not use it;
//! the core refuses (and audits) if a forged request tries anyway.
//!
//! | path | method | what |
//! |---|---|---|
//! | `/login` | GET, POST | the link's page; the sign-in |
//! | `/logout` | POST | sign out |
//! | `/devices` | GET | devices and their trust status; pending approvals |
//! | `/devices/{id}/approve`, `/devices/{id}/deny` | POST | approve, or deny (quarantine) a device |
//! | `/windows` | GET | open pairing windows; the Matter window |
//! | `/windows/matter` | POST | open a Matter commissioning window: its QR code |
//! | `/audit` | GET | the audit log's newest 100 records and the chain's check |
//! | `/thread` | GET | the Thread network: role, dataset timestamp, neighbours |
//! | `/events` | GET | the core's alerts as server-sent events |
//! | `/static/app.css`, `/static/app.js` | GET | the only assets (no CDN, no font) |
//!
//! Every response carries a strict Content-Security-Policy (`'self'` only,
//! no inline script or style), `X-Frame-Options: DENY`,
//! `Referrer-Policy: no-referrer` (a login link never leaks in a
//! `Referer`) and `Cache-Control: no-store` (pages), so nothing a user saw
//! stays in a shared browser's cache.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::time::Duration;

use askama::Template;
use axum::body::Body;
use axum::extract::rejection::FormRejection;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::commissioning::dashboard::{LinkTarget, LiveSession};
use crate::commissioning::policy::{Action, Policy};
use crate::commissioning::Actor;
use crate::onboarding::render::Symbol;
use crate::refusal::Refusal;

use super::auth::PeerAddr;
use super::error::ApiError;
use super::routes::{self, AppState};
use super::types::WindowInfo;

/// The session cookie's name (`__Host-`: the browser keeps it only if it
/// is `Secure`, has `Path=/` and no `Domain`).
pub const COOKIE: &str = "__Host-threshold";
/// Audit records the audit page shows.
pub const AUDIT_ROWS: usize = 100;
/// The default length of a Matter window opened from the dashboard.
const MATTER_WINDOW: Duration = Duration::from_secs(5 * 60);

const CSS: &str = include_str!("../../templates/dashboard/app.css");
const JS: &str = include_str!("../../templates/dashboard/app.js");
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The dashboard's router.
pub fn router(state: AppState) -> Router {
    let timeout = state.request_timeout;
    let body_limit = state.max_body_bytes;
    Router::new()
        .route("/", get(home))
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/devices", get(devices))
        .route("/devices/{id}/{decision}", post(decide))
        .route("/windows", get(windows))
        .route("/windows/matter", post(open_matter))
        .route("/audit", get(audit))
        .route("/thread", get(thread))
        .route("/events", get(events))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(timeout, time_limit))
        .layer(axum::middleware::from_fn(security_headers))
        .with_state(state)
}

async fn security_headers(req: Request, next: Next) -> Response {
    let is_static = req.uri().path().starts_with("/static/");
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    let cache = if is_static {
        "private, max-age=3600"
    } else {
        "no-store"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    r
}

async fn time_limit(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(r) => r,
        Err(_) => PageError::from(ApiError::new(
            Refusal::RequestTimeout,
            format!("no answer within {} s", limit.as_secs()),
        ))
        .into_response(),
    }
}

// ----------------------------------------------------------------- errors

/// A refusal, as a page: its HTTP status, code and message.
#[derive(Debug)]
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e)
    }
}

impl<E> From<E> for PageError
where
    E: Into<ApiError> + NotApiError,
{
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

/// The errors a handler meets that become an [`ApiError`] (kept apart from
/// `ApiError` itself so the blanket conversion above does not overlap).
pub trait NotApiError {}
impl NotApiError for crate::commissioning::dashboard::DashboardRefusal {}
impl NotApiError for crate::core_driver::CoreGone {}
impl NotApiError for crate::store::StoreError {}
impl NotApiError for crate::commissioning::error::DeviceActionError {}

#[derive(Template)]
#[template(path = "dashboard/message.html")]
struct MessagePage<'a> {
    title: &'a str,
    message: &'a str,
    code: &'a str,
    form: Option<LoginForm<'a>>,
}

struct LoginForm<'a> {
    secret: &'a str,
}

fn html(status: StatusCode, page: Result<String, askama::Error>) -> Response {
    match page {
        Ok(body) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::error!("dashboard: a page did not render: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let e = self.0;
        let status = e.status();
        let title = match e.refusal {
            Refusal::SessionInvalid => "Signed out",
            Refusal::LoginLinkInvalid => "This link cannot sign you in",
            Refusal::NotPermitted | Refusal::RoleNotPermitted => "Not allowed",
            Refusal::CsrfMismatch => "Refused",
            Refusal::NotFound => "Not found",
            _ => "Refused",
        };
        let page = MessagePage {
            title,
            message: &e.message,
            code: e.refusal.as_str(),
            form: None,
        };
        html(status, page.render())
    }
}

async fn not_found() -> PageError {
    ApiError::new(Refusal::NotFound, "no such page").into()
}

async fn method_not_allowed() -> PageError {
    ApiError::new(
        Refusal::MethodNotAllowed,
        "this page does not take this method",
    )
    .into()
}

// --------------------------------------------------------------- sessions

/// The session cookie's value, if the request carries one.
fn session_cookie(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn signed_out() -> PageError {
    ApiError::new(
        Refusal::SessionInvalid,
        "Not signed in, or the session ended. Ask for a new login link: \
         run `threshold dashboard login` on the hub or with your certificate.",
    )
    .into()
}

/// A signed-in browser: its session id and what the core says of it.
struct Browser {
    id: String,
    live: LiveSession,
}

impl FromRequestParts<AppState> for Browser {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, PageError> {
        let id = session_cookie(parts).ok_or_else(signed_out)?;
        let key = id.clone();
        let live = st
            .core
            .call(move |c, now| c.dashboard_session(now, &key))
            .await?
            .map_err(|_| signed_out())?;
        Ok(Browser { id, live })
    }
}

/// A form's fields: its CSRF token, and what the form carries.
#[derive(Debug, Deserialize)]
struct CsrfForm {
    csrf: Option<String>,
    #[serde(default)]
    minutes: Option<u64>,
}

fn form_error(e: FormRejection) -> PageError {
    let refusal = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Refusal::BodyTooLarge
    } else {
        Refusal::InvalidRequest
    };
    ApiError::new(refusal, format!("unusable form: {}", e.body_text())).into()
}

/// The acting user of a form: the session must be live and the form must
/// carry its CSRF token (the core decides and audits a mismatch).
async fn form_actor(
    st: &AppState,
    browser: &Browser,
    form: &CsrfForm,
    subject: String,
) -> Result<Actor, PageError> {
    let (id, csrf) = (browser.id.clone(), form.csrf.clone());
    Ok(st
        .core
        .call(move |c, now| c.dashboard_form(now, &id, csrf.as_deref(), &subject))
        .await??)
}

fn see_other(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_owned())]).into_response()
}

// ------------------------------------------------------------ navigation

/// What every signed-in page shows in its header.
struct Nav {
    user: String,
    role: &'static str,
    csrf: String,
    page: &'static str,
    audit: bool,
    alerts: bool,
    thread: bool,
}

impl Nav {
    fn new(st: &AppState, b: &Browser, page: &'static str) -> Nav {
        let role = b.live.actor.role;
        Nav {
            user: b.live.actor.user.clone(),
            role: role.as_str(),
            csrf: b.live.csrf.clone(),
            page,
            audit: Policy::may(role, Action::ReadAudit),
            alerts: Policy::may(role, Action::WatchAlerts),
            thread: Policy::may(role, Action::ReadThreadStatus) && st.thread.get().is_some(),
        }
    }
}

async fn home(b: Result<Browser, PageError>) -> Response {
    match b {
        Ok(_) => see_other("/devices"),
        Err(e) => e.into_response(),
    }
}

// ------------------------------------------------------------------ login

#[derive(Debug, Deserialize)]
struct LinkQuery {
    t: Option<String>,
}

fn is_secret(t: &str) -> bool {
    t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

async fn login_page(
    q: Result<Query<LinkQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let t = q.ok().and_then(|Query(q)| q.t).unwrap_or_default();
    if !is_secret(&t) {
        return PageError::from(ApiError::new(
            Refusal::LoginLinkInvalid,
            "this is not a login link; run `threshold dashboard login` for one",
        ))
        .into_response();
    }
    let page = MessagePage {
        title: "Sign in to Threshold",
        message: "This one-time link is valid for 60 seconds after it was made.",
        code: "",
        form: Some(LoginForm { secret: &t }),
    };
    html(StatusCode::OK, page.render())
}

#[derive(Debug, Deserialize)]
struct LoginFields {
    t: String,
}

async fn login(
    State(st): State<AppState>,
    parts: Parts,
    form: Result<Form<LoginFields>, FormRejection>,
) -> Result<Response, PageError> {
    let Form(f) = form.map_err(form_error)?;
    let addr = parts
        .extensions
        .get::<PeerAddr>()
        .map(|a| a.0)
        .ok_or_else(|| ApiError::internal("a dashboard request without a peer address"))?;
    let secret = f.t;
    let s = st
        .core
        .call(move |c, now| c.dashboard_login(now, &secret, addr))
        .await??;
    tracing::info!(user = %s.actor.user, %addr, "dashboard: signed in");
    let cookie = format!(
        "{COOKIE}={}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age={}",
        s.id,
        s.max_age.as_secs()
    );
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/devices".to_owned()),
            (header::SET_COOKIE, cookie),
        ],
    )
        .into_response())
}

async fn logout(
    State(st): State<AppState>,
    b: Browser,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Result<Response, PageError> {
    let Form(f) = form.map_err(form_error)?;
    form_actor(&st, &b, &f, "dashboard".into()).await?;
    let id = b.id.clone();
    st.core
        .call(move |c, now| c.dashboard_logout(now, &id))
        .await?;
    let cookie = format!("{COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0");
    let page = MessagePage {
        title: "Signed out",
        message: "You are signed out. Run `threshold dashboard login` for a new link.",
        code: "",
        form: None,
    };
    let mut r = html(StatusCode::OK, page.render());
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(r)
}

// ---------------------------------------------------------------- devices

/// A device as the devices page shows it.
struct DeviceView {
    id: String,
    short: String,
    vendor: String,
    class: &'static str,
    state: &'static str,
    scope: String,
    /// Who opened the window it paired through.
    opened_by: String,
    /// Who approved it (high risk), if anyone.
    approved_by: String,
    reason: String,
    updated: String,
    attestation: String,
    firmware: String,
    decide: bool,
}

#[derive(Template)]
#[template(path = "dashboard/devices.html")]
struct DevicesPage {
    nav: Nav,
    pending: Vec<DeviceView>,
    devices: Vec<DeviceView>,
}

/// The subject CN of a certificate (DER), or its whole subject.
fn subject_cn(der: &[u8]) -> String {
    use x509_parser::prelude::{FromDer, X509Certificate};
    match X509Certificate::from_der(der) {
        Ok((_, c)) => c
            .subject()
            .iter_common_name()
            .next()
            .and_then(|a| a.as_str().ok())
            .map(str::to_owned)
            .unwrap_or_else(|| c.subject().to_string()),
        Err(_) => "unparsable certificate".into(),
    }
}

async fn devices(State(st): State<AppState>, b: Browser) -> Result<Response, PageError> {
    let actor = b.live.actor.clone();
    routes::authorize(&st, &actor, Action::ListDevices).await?;
    let (rows, attested, openers) = st
        .store
        .call(|s| {
            let rows = s.list_devices()?;
            let mut openers = HashMap::new();
            for r in &rows {
                if let Some(w) = s.get_window(r.device.window)? {
                    openers.insert(r.device.window, w.record.opened_by);
                }
            }
            Ok::<_, crate::store::StoreError>((rows, s.list_attested_devices()?, openers))
        })
        .await??;
    let attested: HashMap<String, _> = attested
        .into_iter()
        .map(|a| (a.device.to_string(), a))
        .collect();
    let may_decide = Policy::may(actor.role, Action::ApproveDevice);
    let (mut pending, mut all) = (Vec::new(), Vec::new());
    for row in rows {
        let d = &row.device;
        let id = d.id.to_string();
        let (attestation, firmware) = match attested.get(&id) {
            Some(a) => (
                format!(
                    "verified: DAC \u{201c}{}\u{201d}, PAI \u{201c}{}\u{201d}",
                    subject_cn(&a.dac),
                    subject_cn(&a.pai)
                ),
                a.firmware.to_string(),
            ),
            None => ("no attestation on record".into(), "unknown".into()),
        };
        let is_pending = d.state == crate::commissioning::event::DeviceState::Pending;
        let view = DeviceView {
            short: id.chars().take(12).collect(),
            id,
            vendor: format!("{:#06x} / {:#06x}", d.vid, d.pid),
            class: d.class.as_str(),
            state: d.state.as_str(),
            scope: d
                .scope
                .map(|s| s.as_str().to_owned())
                .unwrap_or_else(|| "none".into()),
            opened_by: openers
                .get(&d.window)
                .cloned()
                .unwrap_or_else(|| "-".into()),
            approved_by: d.approved_by.clone().unwrap_or_else(|| "-".into()),
            reason: d.reason.clone(),
            updated: d.updated.to_rfc3339(),
            attestation,
            firmware,
            decide: may_decide && is_pending,
        };
        if is_pending {
            pending.push(view);
        } else {
            all.push(view);
        }
    }
    let page = DevicesPage {
        nav: Nav::new(&st, &b, "devices"),
        pending,
        devices: all,
    };
    Ok(html(StatusCode::OK, page.render()))
}

async fn decide(
    State(st): State<AppState>,
    b: Browser,
    Path((id, decision)): Path<(String, String)>,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Result<Response, PageError> {
    let Form(f) = form.map_err(form_error)?;
    if id.len() > routes::MAX_ID_LEN || !matches!(decision.as_str(), "approve" | "deny") {
        return Err(ApiError::new(Refusal::NotFound, "no such decision").into());
    }
    let actor = form_actor(&st, &b, &f, format!("device:{id}")).await?;
    let dev = id.clone();
    if decision == "approve" {
        st.core
            .call(move |c, now| c.approve(now, &actor, &dev))
            .await??;
    } else {
        st.core
            .call(move |c, now| c.quarantine(now, &actor, &dev))
            .await??;
    }
    tracing::info!(device = %id, %decision, user = %b.live.actor.user, "dashboard: device decision");
    Ok(see_other("/devices"))
}

// ---------------------------------------------------------------- windows

/// A Matter window just opened: its QR code and manual code.
struct Opened {
    svg: String,
    qr: String,
    manual: String,
    minutes: u64,
}

#[derive(Template)]
#[template(path = "dashboard/windows.html")]
struct WindowsPage {
    nav: Nav,
    windows: Vec<WindowInfo>,
    matter: bool,
    matter_window: Option<String>,
    opened: Option<Opened>,
}

/// A QR code as an SVG document (one path, one dark module per unit
/// square, a 4-module quiet zone).
pub fn qr_svg(text: &str) -> Option<String> {
    let s = Symbol::new(text).ok()?;
    let w = s.width();
    let mut d = String::new();
    for y in 0..w {
        for x in 0..w {
            if s.is_dark(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let size = w + 8;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{d}\"/></svg>"
    ))
}

async fn windows_page(
    st: &AppState,
    b: &Browser,
    opened: Option<Opened>,
) -> Result<Response, PageError> {
    let actor = b.live.actor.clone();
    routes::authorize(st, &actor, Action::ListWindows).await?;
    let matter = Policy::may(actor.role, Action::MatterAdmin) && st.matter.get().is_some();
    let (windows, mw) = st
        .core
        .call(|c, now| {
            c.handle_timeout(now);
            (c.windows(), c.matter_window(now))
        })
        .await?;
    let matter_window = mw.filter(|_| matter).map(|w| {
        format!(
            "{} window {} opened by {}, {} s left, {} failed attempts",
            w.kind.as_str(),
            w.id,
            w.opened_by,
            w.remaining_ms / 1000,
            w.pase_failures
        )
    });
    let page = WindowsPage {
        nav: Nav::new(st, b, "windows"),
        windows: windows.into_iter().map(WindowInfo::from).collect(),
        matter,
        matter_window,
        opened,
    };
    Ok(html(StatusCode::OK, page.render()))
}

async fn windows(State(st): State<AppState>, b: Browser) -> Result<Response, PageError> {
    windows_page(&st, &b, None).await
}

async fn open_matter(
    State(st): State<AppState>,
    b: Browser,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Result<Response, PageError> {
    let Form(f) = form.map_err(form_error)?;
    let actor = form_actor(&st, &b, &f, "matter:window".into()).await?;
    let ttl = f
        .minutes
        .filter(|m| (3..=15).contains(m))
        .map(|m| Duration::from_secs(m * 60))
        .unwrap_or(MATTER_WINDOW);
    let w = routes::open_matter_window(&st, actor, Some(ttl)).await?;
    let svg = qr_svg(&w.qr).ok_or_else(|| ApiError::internal("the QR code does not encode"))?;
    let opened = Opened {
        svg: format!(
            "data:image/svg+xml;base64,{}",
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, svg.as_bytes())
        ),
        qr: w.qr,
        manual: w.manual,
        minutes: w.ttl_secs.div_ceil(60),
    };
    windows_page(&st, &b, Some(opened)).await
}

// ------------------------------------------------------------------ audit

struct AuditRow {
    seq: u64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    channel: String,
    outcome: &'static str,
    reason: String,
}

#[derive(Template)]
#[template(path = "dashboard/audit.html")]
struct AuditPage {
    nav: Nav,
    intact: bool,
    records: u64,
    head: String,
    first_bad: String,
    rows: Vec<AuditRow>,
}

async fn audit(State(st): State<AppState>, b: Browser) -> Result<Response, PageError> {
    routes::authorize(&st, &b.live.actor, Action::ReadAudit).await?;
    let (tail, report) = st
        .store
        .call(|s| Ok::<_, crate::store::StoreError>((s.audit_tail(AUDIT_ROWS)?, s.verify_audit()?)))
        .await??;
    let report = super::types::AuditVerify::from(report);
    let rows = tail
        .into_iter()
        .rev()
        .map(|r| AuditRow {
            seq: r.seq,
            at: r.wall_ms.to_rfc3339(),
            actor: r.event.actor,
            action: r.event.action,
            subject: r.event.subject,
            channel: r.event.channel,
            outcome: r.event.outcome.as_str(),
            reason: r.event.reason,
        })
        .collect();
    let page = AuditPage {
        nav: Nav::new(&st, &b, "audit"),
        intact: report.intact,
        records: report.records,
        head: report
            .head_hash
            .map(|h| h.chars().take(16).collect())
            .unwrap_or_else(|| "-".into()),
        first_bad: report
            .first_bad
            .map(|f| format!("record {}: {}", f.seq, f.kind))
            .unwrap_or_default(),
        rows,
    };
    Ok(html(StatusCode::OK, page.render()))
}

// ----------------------------------------------------------------- thread

#[derive(Template)]
#[template(path = "dashboard/thread.html")]
struct ThreadPage {
    nav: Nav,
    status: crate::thread::ThreadStatus,
    active_timestamp: String,
}

async fn thread(State(st): State<AppState>, b: Browser) -> Result<Response, PageError> {
    let status = routes::thread_status_for(&st, &b.live.actor).await?;
    // Read on the hub for its timestamp only: the key never leaves.
    let active_timestamp = match routes::thread_handle(&st)?.export_dataset().await {
        Ok(tlvs) => crate::commissioning::dataset::active_timestamp(&tlvs)
            .map(|t| format!("{} s (ticks {})", t >> 16, (t & 0xffff) >> 1))
            .unwrap_or_else(|| "none".into()),
        Err(_) => "no active dataset".into(),
    };
    let page = ThreadPage {
        nav: Nav::new(&st, &b, "thread"),
        status,
        active_timestamp,
    };
    Ok(html(StatusCode::OK, page.render()))
}

// ----------------------------------------------------------------- alerts

/// The alerts, while the session lives: the stream ends at the first
/// alert after its session ended (signed out, expired, its user revoked).
async fn events(State(st): State<AppState>, b: Browser) -> Result<Response, PageError> {
    let (core, id) = (st.core.clone(), b.id.clone());
    let live = move || {
        let (core, id) = (core.clone(), id.clone());
        async move {
            matches!(
                core.call(move |c, now| c.dashboard_session(now, &id)).await,
                Ok(Ok(_))
            )
        }
    };
    Ok(routes::alert_stream(&st, &b.live.actor, live).await?)
}

// ----------------------------------------------------------------- assets

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], Body::from(body)).into_response()
}

async fn css() -> Response {
    asset("text/css; charset=utf-8", CSS)
}

async fn js() -> Response {
    asset("text/javascript; charset=utf-8", JS)
}

// ------------------------------------------------------ login links (API)

/// What `POST /v1/dashboard/login` answers.
#[derive(Debug, Clone, serde::Serialize, Deserialize)]
pub struct LoginLinkInfo {
    /// The link to open (shown once).
    pub url: String,
    /// The user it signs in.
    pub user: String,
    /// Seconds it stays usable.
    pub valid_secs: u64,
}

/// `POST /v1/dashboard/login`: a login link for the caller, or (on the
/// admin socket) for `user`, by default the only owner.
pub(super) async fn login_link(
    st: &AppState,
    actor: Actor,
    user: Option<String>,
) -> Result<LoginLinkInfo, ApiError> {
    let base = st.dashboard_url.clone().ok_or_else(|| {
        ApiError::new(
            Refusal::Unavailable,
            "the dashboard is off ([dashboard] listen is empty)",
        )
    })?;
    let wanted = match user {
        Some(u) => u,
        None if actor.channel == "local" => {
            let users = st.store.call(|s| s.list_users()).await??;
            let owners: Vec<String> = users
                .into_iter()
                .filter(|u| {
                    u.role == crate::commissioning::policy::Role::Owner && u.revoked_ms.is_none()
                })
                .map(|u| u.id)
                .collect();
            match owners.as_slice() {
                [one] => one.clone(),
                [] => {
                    return Err(ApiError::new(
                        Refusal::NoSuchUser,
                        "no owner is enrolled yet: enroll with the owner code first",
                    ))
                }
                _ => {
                    return Err(ApiError::new(
                        Refusal::InvalidRequest,
                        "several owners are enrolled: name one with --user",
                    ))
                }
            }
        }
        None => actor.user.clone(),
    };
    let lookup = wanted.clone();
    let row = st
        .store
        .call(move |s| s.get_user(&lookup))
        .await??
        .map(|r| (r.role, r.revoked_ms.is_some()));
    let target = LinkTarget { user: wanted, row };
    let link = st
        .core
        .call(move |c, now| c.dashboard_link(now, &actor, target))
        .await??;
    Ok(LoginLinkInfo {
        url: format!("{}/login?t={}", base.trim_end_matches('/'), link.secret),
        user: link.user,
        valid_secs: link.valid_for.as_secs(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_svg_has_one_square_per_dark_module() {
        let text = "MT:-24J0AFN00KA0648G00";
        let svg = qr_svg(text).expect("encodes");
        let s = Symbol::new(text).expect("symbol");
        let dark = (0..s.width())
            .flat_map(|y| (0..s.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| s.is_dark(x, y))
            .count();
        assert_eq!(svg.matches("h1v1h-1z").count(), dark);
        assert!(svg.starts_with("<svg"));
    }

    #[test]
    fn only_a_well_formed_session_cookie_is_read() {
        let id = "a".repeat(64);
        let req = axum::http::Request::builder()
            .header(header::COOKIE, format!("x=1; {COOKIE}={id}; y=2"))
            .body(())
            .expect("request");
        let (parts, _) = req.into_parts();
        assert_eq!(session_cookie(&parts), Some(id));
        let req = axum::http::Request::builder()
            .header(header::COOKIE, format!("{COOKIE}=<script>"))
            .body(())
            .expect("request");
        let (parts, _) = req.into_parts();
        assert_eq!(session_cookie(&parts), None);
    }
}
