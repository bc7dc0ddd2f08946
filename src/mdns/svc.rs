//! `/svc`: the advertising-proxy resource of the pairing service
//! (docs/protocol.md, "Service registration"; docs/mdns.md).
//!
//! A device admitted at `full` scope, connected with its operational
//! certificate over CoAP over TLS, POSTs the complete set of services it
//! wants advertised (an empty set withdraws them all). The hub publishes
//! them under the host `dev-<12 hex of its id>.local.` with the address the
//! device connected from (a device cannot claim someone else's address),
//! for the lease asked (default and maximum: `mdns.max_lease_secs`).
//!
//! Request (CBOR, Content-Format 60):
//!
//! ```cddl
//! svc-request = {
//!   "services": [* service],     ; at most 8
//!   ? "lease": uint,             ; seconds, 60..=max_lease_secs
//! }
//! service = {
//!   "name": tstr,                ; instance name, 1..=63 bytes UTF-8
//!   "type": tstr,                ; "_name._tcp" / "_name._udp"
//!   ? "subtypes": [* tstr],      ; "_label", at most 4
//!   "port": uint .size 2,        ; 1..=65535
//!   ? "txt": { * tstr => tstr }, ; keys 1..=9 printable ASCII, no '='
//! }
//! svc-response = {               ; 2.04 Changed
//!   "services": [* { "name": tstr, "type": tstr }],  ; names as published
//!   "lease": uint,
//!   "host": tstr,                ; "dev-....local."
//! }
//! ```
//!
//! Every refusal changes nothing: 4.00 (malformed body, unknown key, a
//! DNS-SD limit), 4.01 (not an operational certificate), 4.03
//! (`not_admitted`), 4.05 (not POST), 4.09 (`name_conflict`: no free
//! `Name (n)`), 4.15 (not CBOR), 5.03 (advertising stopped).

use std::sync::Arc;
use std::time::Duration;

use ciborium::value::Value;
use coap_lite::{RequestType, ResponseType};

use super::driver::{MdnsHandle, RegisterFailure};
use super::state::{device_host, Registration};
use super::HostRecord;
use crate::coap::router::{
    handler_fn, LinkAttrs, Peer, Request, Response, Router, RouterError, CONTENT_FORMAT_CBOR,
};
use crate::refusal::Refusal;

/// The resource path.
pub const PATH_SVC: &str = "/svc";
/// The shortest lease a device may ask for, in seconds.
pub const MIN_LEASE_SECS: u64 = 60;
/// How long a request waits for the advertiser before 5.03.
const ANSWER_WAIT: Duration = Duration::from_secs(10);

/// A parsed `/svc` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvcRequest {
    /// The services.
    pub services: Vec<Registration>,
    /// The lease asked, if any.
    pub lease: Option<u64>,
}

/// Why a body is not a valid `/svc` request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct MalformedSvc(pub String);

fn bad(s: impl Into<String>) -> MalformedSvc {
    MalformedSvc(s.into())
}

fn text(v: Value, what: &str) -> Result<String, MalformedSvc> {
    match v {
        Value::Text(t) => Ok(t),
        _ => Err(bad(format!("{what} must be a text string"))),
    }
}

fn map(v: Value, what: &str, allowed: &[&str]) -> Result<Vec<(String, Value)>, MalformedSvc> {
    let Value::Map(m) = v else {
        return Err(bad(format!("{what} must be a map")));
    };
    let mut out: Vec<(String, Value)> = Vec::with_capacity(m.len());
    for (k, v) in m {
        let k = text(k, &format!("a key of {what}"))?;
        if !allowed.contains(&k.as_str()) {
            return Err(bad(format!("unknown key {k:?} in {what}")));
        }
        if out.iter().any(|(o, _)| *o == k) {
            return Err(bad(format!("key {k:?} repeated in {what}")));
        }
        out.push((k, v));
    }
    Ok(out)
}

fn uint(v: Value, what: &str, max: u64) -> Result<u64, MalformedSvc> {
    match v {
        Value::Integer(i) => u64::try_from(i)
            .ok()
            .filter(|n| *n <= max)
            .ok_or_else(|| bad(format!("{what} must be an integer 0..={max}"))),
        _ => Err(bad(format!("{what} must be an integer"))),
    }
}

/// Most entries a list or TXT map may hold before parsing stops (the
/// state enforces the real limits with clear errors).
const MAX_ITEMS: usize = 64;

impl SvcRequest {
    /// Parses a request body (one CBOR item, no trailing bytes).
    pub fn parse(body: &[u8]) -> Result<SvcRequest, MalformedSvc> {
        let mut rest = body;
        let v: Value = ciborium::de::from_reader(&mut rest)
            .map_err(|e| bad(format!("not a CBOR item: {e}")))?;
        if !rest.is_empty() {
            return Err(bad(format!("{} trailing bytes", rest.len())));
        }
        let mut services = None;
        let mut lease = None;
        for (k, v) in map(v, "the body", &["services", "lease"])? {
            match k.as_str() {
                "services" => {
                    let Value::Array(items) = v else {
                        return Err(bad("services must be an array"));
                    };
                    if items.len() > MAX_ITEMS {
                        return Err(bad(format!("{} services", items.len())));
                    }
                    let mut out = Vec::with_capacity(items.len());
                    for (i, item) in items.into_iter().enumerate() {
                        out.push(Self::service(item, i)?);
                    }
                    services = Some(out);
                }
                _ => lease = Some(uint(v, "lease", u64::from(u32::MAX))?),
            }
        }
        Ok(SvcRequest {
            services: services.ok_or_else(|| bad("services is missing"))?,
            lease,
        })
    }

    fn service(v: Value, i: usize) -> Result<Registration, MalformedSvc> {
        let what = format!("service {i}");
        let (mut name, mut ty, mut port) = (None, None, None);
        let mut subtypes = Vec::new();
        let mut txt = Vec::new();
        for (k, v) in map(v, &what, &["name", "type", "subtypes", "port", "txt"])? {
            match k.as_str() {
                "name" => name = Some(text(v, &format!("{what} name"))?),
                "type" => ty = Some(text(v, &format!("{what} type"))?),
                "port" => port = Some(uint(v, &format!("{what} port"), 65535)? as u16),
                "subtypes" => {
                    let Value::Array(a) = v else {
                        return Err(bad(format!("{what} subtypes must be an array")));
                    };
                    if a.len() > MAX_ITEMS {
                        return Err(bad(format!("{what}: {} subtypes", a.len())));
                    }
                    for s in a {
                        subtypes.push(text(s, &format!("{what} subtype"))?);
                    }
                }
                _ => {
                    let Value::Map(m) = v else {
                        return Err(bad(format!("{what} txt must be a map")));
                    };
                    if m.len() > MAX_ITEMS {
                        return Err(bad(format!("{what}: {} TXT entries", m.len())));
                    }
                    for (k, v) in m {
                        txt.push((
                            text(k, &format!("{what} TXT key"))?,
                            text(v, &format!("{what} TXT value"))?,
                        ));
                    }
                }
            }
        }
        Ok(Registration {
            instance: name.ok_or_else(|| bad(format!("{what}: name is missing")))?,
            service_type: ty.ok_or_else(|| bad(format!("{what}: type is missing")))?,
            subtypes,
            port: port.ok_or_else(|| bad(format!("{what}: port is missing")))?,
            txt,
        })
    }

    /// Encodes the request (the reference device's side).
    pub fn encode(&self) -> Vec<u8> {
        let services = self
            .services
            .iter()
            .map(|r| {
                let mut m = vec![
                    (Value::Text("name".into()), Value::Text(r.instance.clone())),
                    (
                        Value::Text("type".into()),
                        Value::Text(r.service_type.clone()),
                    ),
                    (Value::Text("port".into()), Value::Integer(r.port.into())),
                ];
                if !r.subtypes.is_empty() {
                    m.push((
                        Value::Text("subtypes".into()),
                        Value::Array(r.subtypes.iter().cloned().map(Value::Text).collect()),
                    ));
                }
                if !r.txt.is_empty() {
                    m.push((
                        Value::Text("txt".into()),
                        Value::Map(
                            r.txt
                                .iter()
                                .map(|(k, v)| (Value::Text(k.clone()), Value::Text(v.clone())))
                                .collect(),
                        ),
                    ));
                }
                Value::Map(m)
            })
            .collect();
        let mut body = vec![(Value::Text("services".into()), Value::Array(services))];
        if let Some(l) = self.lease {
            body.push((Value::Text("lease".into()), Value::Integer(l.into())));
        }
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = ciborium::into_writer(&Value::Map(body), &mut out);
        out
    }
}

/// Registers `/svc` (TLS only) on `router`, answered through `mdns`;
/// leases are capped at `max_lease`.
pub fn add_svc_resource(
    router: &mut Router,
    mdns: MdnsHandle,
    max_lease: Duration,
) -> Result<(), RouterError> {
    let mdns = Arc::new(mdns);
    let handler = handler_fn(move |req: Request| {
        let mdns = mdns.clone();
        async move { handle(&mdns, max_lease, req).await }
    });
    router.add(
        PATH_SVC,
        false,
        LinkAttrs::new().rt("threshold.svc").ct(CONTENT_FORMAT_CBOR),
        handler,
    )
}

async fn handle(mdns: &MdnsHandle, max_lease: Duration, req: Request) -> Response {
    if req.method != RequestType::Post {
        return Response::error(Refusal::MethodNotAllowed, "use POST");
    }
    let Peer::Operational { key, addr, .. } = &req.peer else {
        return Response::error(
            Refusal::WrongPeerUnauthorized,
            "service registration needs the operational certificate in TLS",
        );
    };
    if req.content_format != Some(CONTENT_FORMAT_CBOR) {
        return Response::error(
            Refusal::UnsupportedContentFormat,
            "the body must be CBOR (Content-Format 60)",
        );
    }
    let parsed = match SvcRequest::parse(&req.payload) {
        Ok(p) => p,
        Err(e) => return Response::error(Refusal::MalformedBody, &e.0),
    };
    let max = max_lease.as_secs();
    let lease = parsed.lease.unwrap_or(max);
    if !(MIN_LEASE_SECS..=max).contains(&lease) {
        return Response::error(
            Refusal::InvalidLease,
            &format!("lease must be {MIN_LEASE_SECS}..={max} seconds"),
        );
    }
    let device = key.fingerprint();
    let host = HostRecord {
        name: device_host(&device),
        addresses: vec![addr.ip().to_canonical()],
    };
    let host_name = format!("{}.local.", host.name);
    let answer = tokio::time::timeout(
        ANSWER_WAIT,
        mdns.register(&device, host, parsed.services, Duration::from_secs(lease)),
    )
    .await;
    match answer {
        Ok(Ok(assigned)) => {
            let services = assigned
                .into_iter()
                .map(|a| {
                    Value::Map(vec![
                        (Value::Text("name".into()), Value::Text(a.instance)),
                        (
                            Value::Text("type".into()),
                            Value::Text(a.registration.service_type),
                        ),
                    ])
                })
                .collect();
            let body = Value::Map(vec![
                (Value::Text("services".into()), Value::Array(services)),
                (Value::Text("lease".into()), Value::Integer(lease.into())),
                (Value::Text("host".into()), Value::Text(host_name)),
            ]);
            let mut out = Vec::new();
            let _ = ciborium::into_writer(&body, &mut out);
            Response::cbor(ResponseType::Changed, out)
        }
        Ok(Err(RegisterFailure::Refused(e))) => Response::error(e.refusal(), &e.to_string()),
        Ok(Err(RegisterFailure::Store(e))) => {
            tracing::error!(error = %e, "mDNS registration not durable");
            Response::error(Refusal::Internal, "the registration could not be stored")
        }
        Ok(Err(_)) | Err(_) => {
            Response::error(Refusal::Unavailable, "mDNS advertising is not running")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(v: Value) -> Vec<u8> {
        let mut out = Vec::new();
        ciborium::into_writer(&v, &mut out).unwrap();
        out
    }

    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn example_in_docs_protocol_md_encodes_to_its_bytes() {
        let r = SvcRequest {
            services: vec![Registration {
                instance: "Demo Lamp".into(),
                service_type: "_http._tcp".into(),
                subtypes: vec![],
                port: 8080,
                txt: vec![("path".into(), "/".into())],
            }],
            lease: None,
        };
        let doc = include_str!("../../docs/protocol.md");
        let start = doc
            .find("`a1 68 ")
            .expect("example bytes in docs/protocol.md");
        let end = start + 1 + doc[start + 1..].find('`').expect("closing backquote");
        let hex_text: String = doc[start + 1..end]
            .chars()
            .filter(|c| c.is_ascii_hexdigit())
            .collect();
        assert_eq!(hex::encode(r.encode()), hex_text);
        assert_eq!(SvcRequest::parse(&hex::decode(hex_text).unwrap()), Ok(r));
    }

    #[test]
    fn round_trip() {
        let r = SvcRequest {
            services: vec![Registration {
                instance: "Lamp".into(),
                service_type: "_hap._tcp".into(),
                subtypes: vec!["_light".into()],
                port: 80,
                txt: vec![("a".into(), "b".into())],
            }],
            lease: Some(120),
        };
        assert_eq!(SvcRequest::parse(&r.encode()), Ok(r));
        let empty = SvcRequest {
            services: vec![],
            lease: None,
        };
        assert_eq!(SvcRequest::parse(&empty.encode()), Ok(empty));
    }

    #[test]
    fn malformed_bodies_are_refused() {
        let svc = |extra: Vec<(Value, Value)>| {
            let mut m = vec![
                (t("name"), t("L")),
                (t("type"), t("_hap._tcp")),
                (t("port"), Value::Integer(1.into())),
            ];
            m.extend(extra);
            Value::Map(vec![(t("services"), Value::Array(vec![Value::Map(m)]))])
        };
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (vec![0xff], "not a CBOR item"),
            (
                {
                    let mut b = enc(svc(vec![]));
                    b.push(0);
                    b
                },
                "trailing",
            ),
            (enc(t("x")), "must be a map"),
            (enc(Value::Map(vec![])), "services is missing"),
            (
                enc(Value::Map(vec![(t("services"), t("x"))])),
                "must be an array",
            ),
            (
                enc(Value::Map(vec![
                    (t("services"), Value::Array(vec![])),
                    (t("x"), t("y")),
                ])),
                "unknown key",
            ),
            (
                enc(svc(vec![(t("port"), Value::Integer(2.into()))])),
                "repeated",
            ),
            (
                enc(svc(vec![(t("txt"), Value::Array(vec![]))])),
                "txt must be a map",
            ),
            (
                enc(svc(vec![(
                    t("txt"),
                    Value::Map(vec![(t("k"), Value::Integer(1.into()))]),
                )])),
                "TXT value",
            ),
            (
                enc(svc(vec![(
                    t("subtypes"),
                    Value::Array(vec![Value::Integer(1.into())]),
                )])),
                "subtype",
            ),
            (
                enc(Value::Map(vec![(
                    t("services"),
                    Value::Array(vec![Value::Map(vec![
                        (t("name"), t("L")),
                        (t("type"), t("_hap._tcp")),
                        (t("port"), Value::Integer(65536.into())),
                    ])]),
                )])),
                "port",
            ),
            (
                enc(Value::Map(vec![(
                    t("services"),
                    Value::Array(vec![Value::Map(vec![
                        (t("name"), t("L")),
                        (t("port"), Value::Integer(1.into())),
                    ])]),
                )])),
                "type is missing",
            ),
            (
                enc(Value::Map(vec![
                    (t("services"), Value::Array(vec![])),
                    (t("lease"), Value::Integer((-1).into())),
                ])),
                "lease",
            ),
        ];
        for (body, want) in cases {
            let e = SvcRequest::parse(&body).unwrap_err();
            assert!(e.0.contains(want), "{want}: {e}");
        }
    }
}
