//! CoAP front-end: RFC 8323 CoAP over TLS for devices, RFC 7252 CoAP over
//! UDP for public discovery, and the resource [`router`] both share.
//!
//! `docs/coap.md` describes the framing, the connection state machine, the
//! limits and the TLS client-authentication rules.
#![forbid(unsafe_code)]

pub mod client;
pub mod router;
pub mod tcp_conn;
pub mod tcp_frame;
pub mod tls;
pub mod udp;

pub use router::{
    handler_fn, Handler, HandlerFuture, HubInfo, LinkAttrs, Peer, Request, Response, Router,
    RouterError,
};
