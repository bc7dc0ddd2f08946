//! The resource seam shared by both transports.
//!
//! A [`Router`] maps a path (`/pair/start`) to a [`Handler`]. The TLS
//! transport ([`super::tls`]) dispatches every resource to an authenticated
//! [`Peer`]; the UDP transport ([`super::udp`]) dispatches only resources
//! registered as *public* and answers 4.04 for the others (it does not reveal
//! that a private resource exists).
//!
//! Two resources are built in, both public:
//!
//! * `/.well-known/core`: the RFC 6690 link format (Content-Format 40) of
//!   the resources the asking peer may use;
//! * `/hub`: CBOR `{"api": 1, "hub_id": tstr, "ca_fingerprint": tstr}`
//!   (docs/protocol.md).

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;

use coap_lite::{MessageClass, RequestType, ResponseType};

use crate::commissioning::token::DeviceKey;
use crate::refusal::Refusal;

/// Content-Format `text/plain; charset=utf-8`.
pub const CONTENT_FORMAT_TEXT: u16 = 0;
/// Content-Format `application/link-format` (RFC 6690).
pub const CONTENT_FORMAT_LINK: u16 = 40;
/// Content-Format `application/cbor`.
pub const CONTENT_FORMAT_CBOR: u16 = 60;

/// The pairing API version served in `/hub`.
pub const API_VERSION: u64 = 1;

/// Max-Age (seconds) of the `/hub` and `/.well-known/core` answers.
pub const DISCOVERY_MAX_AGE: u32 = 60;

/// The CoAP response code for a `(class, detail)` pair; a pair CoAP does
/// not define becomes 5.00.
pub fn response_type(code: (u8, u8)) -> ResponseType {
    if code.0 > 7 || code.1 > 31 {
        return ResponseType::InternalServerError;
    }
    match MessageClass::from((code.0 << 5) | code.1) {
        MessageClass::Response(r) => r,
        _ => ResponseType::InternalServerError,
    }
}

/// `(class, detail)` of a CoAP response code: `(2, 4)` for 2.04.
pub fn code_pair(code: ResponseType) -> (u8, u8) {
    let byte = u8::from(MessageClass::Response(code));
    (byte >> 5, byte & 0x1f)
}

/// Who sent a request, as established by the transport.
#[derive(Clone)]
#[non_exhaustive]
pub enum Peer {
    /// Plain CoAP over UDP: unauthenticated.
    Udp {
        /// The datagram's source.
        addr: SocketAddr,
    },
    /// A device that presented a Matter attestation chain (DAC + PAI) in
    /// the TLS handshake, verified by the attestation rules.
    Device {
        /// The TCP peer.
        addr: SocketAddr,
        /// The DAC, DER.
        dac: Vec<u8>,
        /// The PAI, DER.
        pai: Vec<u8>,
        /// The DAC's Vendor ID.
        vid: u16,
        /// The DAC's Product ID.
        pid: u16,
        /// Lower-case hex SHA-256 of the DAC DER (the SPAKE2+ `idProver`).
        dac_fingerprint: String,
        /// The TLS exporter (`EXPORTER-threshold-pairing`, no context, 32
        /// bytes).
        exporter: [u8; 32],
    },
    /// A device that presented an operational certificate issued by the
    /// hub CA.
    Operational {
        /// The TCP peer.
        addr: SocketAddr,
        /// The operational certificate, DER.
        cert: Vec<u8>,
        /// Its P-256 public key.
        key: DeviceKey,
        /// The TLS exporter.
        exporter: [u8; 32],
    },
}

impl Peer {
    /// The network address of the peer.
    pub fn addr(&self) -> SocketAddr {
        match self {
            Peer::Udp { addr } | Peer::Device { addr, .. } | Peer::Operational { addr, .. } => {
                *addr
            }
        }
    }

    /// The TLS exporter, for authenticated peers.
    pub fn exporter(&self) -> Option<&[u8; 32]> {
        match self {
            Peer::Udp { .. } => None,
            Peer::Device { exporter, .. } | Peer::Operational { exporter, .. } => Some(exporter),
        }
    }

    /// Whether the peer came over an authenticated (TLS) transport.
    pub fn is_authenticated(&self) -> bool {
        !matches!(self, Peer::Udp { .. })
    }

    /// A short label for logs and audit: `udp`, `device`, `operational`.
    pub fn kind(&self) -> &'static str {
        match self {
            Peer::Udp { .. } => "udp",
            Peer::Device { .. } => "device",
            Peer::Operational { .. } => "operational",
        }
    }
}

impl fmt::Debug for Peer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Peer::Udp { addr } => f.debug_struct("Udp").field("addr", addr).finish(),
            Peer::Device {
                addr,
                vid,
                pid,
                dac_fingerprint,
                ..
            } => f
                .debug_struct("Device")
                .field("addr", addr)
                .field("vid", &format_args!("{vid:04X}"))
                .field("pid", &format_args!("{pid:04X}"))
                .field("dac_fingerprint", dac_fingerprint)
                .finish_non_exhaustive(),
            Peer::Operational { addr, key, .. } => f
                .debug_struct("Operational")
                .field("addr", addr)
                .field("key", key)
                .finish_non_exhaustive(),
        }
    }
}

/// A request as the transports hand it to a handler.
#[derive(Debug, Clone)]
pub struct Request {
    /// The method.
    pub method: RequestType,
    /// The absolute path, from the Uri-Path options: `/pair/start`
    /// (`/` when there is none).
    pub path: String,
    /// The Content-Format option, if present.
    pub content_format: Option<u16>,
    /// The body.
    pub payload: Vec<u8>,
    /// Who sent it.
    pub peer: Peer,
}

/// A handler's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The response code.
    pub code: ResponseType,
    /// The Content-Format option to send, if any.
    pub content_format: Option<u16>,
    /// The body.
    pub payload: Vec<u8>,
    /// The Max-Age option to send, if any (seconds).
    pub max_age: Option<u32>,
}

impl Response {
    /// An empty response with `code`.
    pub fn empty(code: ResponseType) -> Response {
        Response {
            code,
            content_format: None,
            payload: Vec::new(),
            max_age: None,
        }
    }

    /// A CBOR body (Content-Format 60) with `code`.
    pub fn cbor(code: ResponseType, payload: Vec<u8>) -> Response {
        Response {
            code,
            content_format: Some(CONTENT_FORMAT_CBOR),
            payload,
            max_age: None,
        }
    }

    /// The protocol's error body `{"error": refusal, "message": message}`
    /// (docs/protocol.md, "Errors") with the refusal's CoAP code
    /// ([`Refusal::coap_code`]).
    pub fn error(refusal: Refusal, message: &str) -> Response {
        use ciborium::value::Value;
        debug_assert!(
            refusal.coap_code().is_some(),
            "{refusal} is not answered over CoAP"
        );
        // A refusal without a CoAP code is a programming error (the table
        // says it is never answered over CoAP): 5.00, as before the table.
        let code = refusal
            .coap_code()
            .map_or(ResponseType::InternalServerError, response_type);
        let body = Value::Map(vec![
            (
                Value::Text("error".into()),
                Value::Text(refusal.as_str().into()),
            ),
            (Value::Text("message".into()), Value::Text(message.into())),
        ]);
        let mut out = Vec::new();
        // Writing a small map into a Vec cannot fail; an empty body is the
        // fallback should it ever.
        if ciborium::into_writer(&body, &mut out).is_err() {
            out.clear();
        }
        Response::cbor(code, out)
    }

    /// Sets Max-Age.
    pub fn with_max_age(mut self, secs: u32) -> Response {
        self.max_age = Some(secs);
        self
    }
}

/// The future a [`Handler`] returns.
pub type HandlerFuture<'a> = Pin<Box<dyn Future<Output = Response> + Send + 'a>>;

/// A resource's implementation.
pub trait Handler: Send + Sync + 'static {
    /// Answers one request. Never panics on bad input: a malformed body is
    /// a 4.00 response.
    fn handle(&self, req: Request) -> HandlerFuture<'_>;
}

/// A [`Handler`] made from an async closure (see [`handler_fn`]).
pub struct FnHandler<F>(F);

impl<F, Fut> Handler for FnHandler<F>
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    fn handle(&self, req: Request) -> HandlerFuture<'_> {
        Box::pin((self.0)(req))
    }
}

/// Wraps `f` (a function returning a future) as a shared handler.
pub fn handler_fn<F, Fut>(f: F) -> Arc<dyn Handler>
where
    F: Fn(Request) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Response> + Send + 'static,
{
    Arc::new(FnHandler(f))
}

/// RFC 6690 target attributes of a link (`rt`, `if`, `ct`, `title`, ...),
/// in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkAttrs(Vec<(String, String, bool)>);

impl LinkAttrs {
    /// No attribute.
    pub fn new() -> LinkAttrs {
        LinkAttrs::default()
    }

    /// Resource type (`rt="..."`).
    pub fn rt(self, value: &str) -> LinkAttrs {
        self.quoted("rt", value)
    }

    /// Interface description (`if="..."`).
    pub fn interface(self, value: &str) -> LinkAttrs {
        self.quoted("if", value)
    }

    /// Content-Format hint (`ct=60`).
    pub fn ct(self, format: u16) -> LinkAttrs {
        self.token("ct", &format.to_string())
    }

    /// Human-readable title (`title="..."`).
    pub fn title(self, value: &str) -> LinkAttrs {
        self.quoted("title", value)
    }

    /// Any attribute, its value written as a quoted string.
    pub fn quoted(mut self, name: &str, value: &str) -> LinkAttrs {
        self.0.push((name.to_owned(), value.to_owned(), true));
        self
    }

    /// Any attribute, its value written bare (a token or number).
    pub fn token(mut self, name: &str, value: &str) -> LinkAttrs {
        self.0.push((name.to_owned(), value.to_owned(), false));
        self
    }

    fn render(&self, out: &mut String) {
        for (name, value, quoted) in &self.0 {
            out.push(';');
            out.push_str(name);
            out.push('=');
            if *quoted {
                out.push('"');
                for c in value.chars() {
                    if c == '"' || c == '\\' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push('"');
            } else {
                out.push_str(value);
            }
        }
    }
}

/// Why a resource cannot be added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RouterError {
    /// The path is already registered (built-ins included).
    #[error("resource {0} is already registered")]
    Duplicate(String),
    /// The path is not absolute, has an empty segment, or characters that
    /// do not belong in a link (`<`, `>`, `"`, space, control).
    #[error("invalid resource path {0:?}")]
    InvalidPath(String),
}

#[derive(Clone)]
struct Resource {
    public: bool,
    attrs: LinkAttrs,
    handler: Option<Arc<dyn Handler>>,
}

/// The hub's identity as `/hub` publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubInfo {
    /// `threshold:<16 hex>`.
    pub hub_id: String,
    /// The hub CA root's fingerprint (hex SHA-256 of its DER).
    pub ca_fingerprint: String,
}

/// Path → resource, with the built-in `/.well-known/core` and `/hub`.
#[derive(Clone)]
pub struct Router {
    resources: BTreeMap<String, Resource>,
    hub_body: Vec<u8>,
}

impl fmt::Debug for Router {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Router")
            .field("paths", &self.resources.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// The path of the built-in discovery resource.
pub const WELL_KNOWN_CORE: &str = "/.well-known/core";
/// The path of the built-in hub description.
pub const HUB_PATH: &str = "/hub";

impl Router {
    /// A router with the two built-in public resources; `hub_id` and
    /// `ca_fingerprint` are what `/hub` serves.
    pub fn new(hub_id: &str, ca_fingerprint: &str) -> Router {
        Router::with_hub_info(HubInfo {
            hub_id: hub_id.to_owned(),
            ca_fingerprint: ca_fingerprint.to_owned(),
        })
    }

    /// As [`Router::new`].
    pub fn with_hub_info(info: HubInfo) -> Router {
        let mut resources = BTreeMap::new();
        resources.insert(
            WELL_KNOWN_CORE.to_owned(),
            Resource {
                public: true,
                attrs: LinkAttrs::new().ct(CONTENT_FORMAT_LINK),
                handler: None,
            },
        );
        resources.insert(
            HUB_PATH.to_owned(),
            Resource {
                public: true,
                attrs: LinkAttrs::new().rt("threshold.hub").ct(CONTENT_FORMAT_CBOR),
                handler: None,
            },
        );
        Router {
            resources,
            hub_body: hub_cbor(&info),
        }
    }

    /// Registers `handler` at `path` (absolute: `/pair/start`; `/` is the
    /// root, a request without Uri-Path). A `public`
    /// resource is also served over UDP to anyone; the others only over
    /// mutually authenticated TLS. `attrs` are its RFC 6690 attributes.
    pub fn add(
        &mut self,
        path: &str,
        public: bool,
        attrs: LinkAttrs,
        handler: Arc<dyn Handler>,
    ) -> Result<(), RouterError> {
        if !valid_path(path) {
            return Err(RouterError::InvalidPath(path.to_owned()));
        }
        if self.resources.contains_key(path) {
            return Err(RouterError::Duplicate(path.to_owned()));
        }
        self.resources.insert(
            path.to_owned(),
            Resource {
                public,
                attrs,
                handler: Some(handler),
            },
        );
        Ok(())
    }

    /// Whether `path` is registered and, for a UDP peer, public.
    pub fn serves(&self, path: &str, peer: &Peer) -> bool {
        self.resources
            .get(path)
            .is_some_and(|r| r.public || peer.is_authenticated())
    }

    /// The RFC 6690 link format of the resources `peer` may use.
    pub fn link_format(&self, peer: &Peer) -> String {
        let mut out = String::new();
        for (path, r) in &self.resources {
            if !(r.public || peer.is_authenticated()) {
                continue;
            }
            if !out.is_empty() {
                out.push(',');
            }
            out.push('<');
            out.push_str(path);
            out.push('>');
            r.attrs.render(&mut out);
        }
        out
    }

    /// Answers `req`: 4.04 for an unknown path or a private one asked over
    /// UDP, 4.05 for a method other than GET on a built-in resource.
    pub async fn dispatch(&self, req: Request) -> Response {
        let Some(resource) = self.resources.get(&req.path) else {
            return not_found();
        };
        if !(resource.public || req.peer.is_authenticated()) {
            return not_found();
        }
        match &resource.handler {
            Some(h) => h.handle(req).await,
            None => self.builtin(req),
        }
    }

    fn builtin(&self, req: Request) -> Response {
        if req.method != RequestType::Get {
            return Response::error(Refusal::MethodNotAllowed, "only GET is allowed here");
        }
        if req.path == WELL_KNOWN_CORE {
            Response {
                code: ResponseType::Content,
                content_format: Some(CONTENT_FORMAT_LINK),
                payload: self.link_format(&req.peer).into_bytes(),
                max_age: Some(DISCOVERY_MAX_AGE),
            }
        } else {
            Response::cbor(ResponseType::Content, self.hub_body.clone())
                .with_max_age(DISCOVERY_MAX_AGE)
        }
    }
}

fn not_found() -> Response {
    Response::error(Refusal::NotFound, "no such resource")
}

fn valid_path(path: &str) -> bool {
    if path == "/" {
        // The root resource (a request with no Uri-Path).
        return true;
    }
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    !rest.is_empty()
        && rest.split('/').all(|s| !s.is_empty())
        && path
            .chars()
            .all(|c| !c.is_control() && !matches!(c, '<' | '>' | '"' | ' ' | ',' | ';' | '?'))
}

/// The hub id in a `/hub` body (what a device needs for the SPAKE2+
/// `idVerifier`); `None` if the body is not the CBOR map [`Router`] serves
/// or has no text `hub_id`.
pub fn hub_id_of(body: &[u8]) -> Option<String> {
    let value: ciborium::value::Value = ciborium::from_reader(body).ok()?;
    value
        .as_map()?
        .iter()
        .find(|(k, _)| k.as_text() == Some("hub_id"))
        .and_then(|(_, v)| v.as_text())
        .map(str::to_owned)
}

/// The `/hub` body, CBOR map in deterministic (length-first) key order.
fn hub_cbor(info: &HubInfo) -> Vec<u8> {
    use ciborium::value::Value;
    let body = Value::Map(vec![
        (
            Value::Text("api".into()),
            Value::Integer(API_VERSION.into()),
        ),
        (
            Value::Text("hub_id".into()),
            Value::Text(info.hub_id.clone()),
        ),
        (
            Value::Text("ca_fingerprint".into()),
            Value::Text(info.ca_fingerprint.clone()),
        ),
    ]);
    let mut out = Vec::new();
    if ciborium::into_writer(&body, &mut out).is_err() {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn udp() -> Peer {
        Peer::Udp {
            addr: "127.0.0.1:1000".parse().unwrap(),
        }
    }

    fn op() -> Peer {
        Peer::Operational {
            addr: "127.0.0.1:1001".parse().unwrap(),
            cert: vec![],
            key: DeviceKey::from_coordinates(&[1; 32], &[2; 32]),
            exporter: [7; 32],
        }
    }

    fn get(path: &str, peer: Peer) -> Request {
        Request {
            method: RequestType::Get,
            path: path.into(),
            content_format: None,
            payload: vec![],
            peer,
        }
    }

    #[test]
    fn the_hub_body_gives_back_its_hub_id_and_junk_gives_none() {
        let body = hub_cbor(&HubInfo {
            hub_id: "threshold:0011".into(),
            ca_fingerprint: "ab".into(),
        });
        assert_eq!(hub_id_of(&body).as_deref(), Some("threshold:0011"));
        assert_eq!(hub_id_of(b"\xa0"), None);
        assert_eq!(hub_id_of(b"not cbor"), None);
    }

    fn router() -> Router {
        let mut r = Router::new("threshold:0011223344556677", "ab".repeat(32).as_str());
        r.add(
            "/pair/start",
            false,
            LinkAttrs::new().rt("threshold.pair").ct(60),
            handler_fn(
                |req: Request| async move { Response::cbor(ResponseType::Created, req.payload) },
            ),
        )
        .unwrap();
        r
    }

    #[tokio::test]
    async fn builtins_and_visibility() {
        let r = router();
        let resp = r.dispatch(get(WELL_KNOWN_CORE, udp())).await;
        assert_eq!(resp.code, ResponseType::Content);
        assert_eq!(resp.content_format, Some(40));
        assert_eq!(
            String::from_utf8(resp.payload).unwrap(),
            "</.well-known/core>;ct=40,</hub>;rt=\"threshold.hub\";ct=60"
        );
        let resp = r.dispatch(get(WELL_KNOWN_CORE, op())).await;
        assert!(String::from_utf8(resp.payload)
            .unwrap()
            .contains("</pair/start>;rt=\"threshold.pair\";ct=60"));

        let resp = r.dispatch(get("/hub", udp())).await;
        assert_eq!(resp.code, ResponseType::Content);
        let v: ciborium::value::Value = ciborium::from_reader(&resp.payload[..]).unwrap();
        let m = v.as_map().unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].1.as_integer().unwrap(), 1.into());
        assert_eq!(m[1].1.as_text().unwrap(), "threshold:0011223344556677");

        // Private over UDP: indistinguishable from absent.
        let mut req = get("/pair/start", udp());
        req.method = RequestType::Post;
        assert_eq!(r.dispatch(req).await.code, ResponseType::NotFound);
        let mut req = get("/pair/start", op());
        req.method = RequestType::Post;
        req.payload = vec![1, 2];
        let resp = r.dispatch(req).await;
        assert_eq!(resp.code, ResponseType::Created);
        assert_eq!(resp.payload, vec![1, 2]);
        assert_eq!(
            r.dispatch(get("/nope", op())).await.code,
            ResponseType::NotFound
        );
        let mut req = get("/hub", op());
        req.method = RequestType::Post;
        assert_eq!(r.dispatch(req).await.code, ResponseType::MethodNotAllowed);
    }

    #[test]
    fn add_refuses_bad_paths() {
        let mut r = router();
        let h = handler_fn(|_| async { Response::empty(ResponseType::Changed) });
        assert!(matches!(
            r.add("/hub", true, LinkAttrs::new(), h.clone()),
            Err(RouterError::Duplicate(_))
        ));
        for bad in ["", "x", "/a//b", "/a>b", "/a b", "/a/", "//"] {
            assert!(
                matches!(
                    r.add(bad, true, LinkAttrs::new(), h.clone()),
                    Err(RouterError::InvalidPath(_))
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn error_body_is_cbor_map() {
        let r = Response::error(Refusal::MalformedBody, "x");
        let v: ciborium::value::Value = ciborium::from_reader(&r.payload[..]).unwrap();
        assert_eq!(
            v.as_map().unwrap()[0].1.as_text().unwrap(),
            "malformed_body"
        );
        assert_eq!(r.code, ResponseType::BadRequest);
        assert_eq!(r.content_format, Some(60));
    }
}
