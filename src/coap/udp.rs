//! CoAP over UDP (RFC 7252) for public discovery only.
//!
//! [`UdpEndpoint`] is the sans-IO part: fed a datagram, its source and the
//! monotonic time, it says what to do ([`Incoming`]): nothing, send bytes
//! back, or dispatch a request to the [`Router`] and then build the reply
//! with [`UdpEndpoint::complete`]. [`UdpServer`] is the tokio shell around
//! it. Messages are parsed and emitted with `coap-lite`'s [`Packet`].
//!
//! Rules:
//!
//! * CON request: piggybacked ACK (same Message ID and token); NON
//!   request: NON response with a fresh Message ID;
//! * a CON is deduplicated by (source, Message ID) for
//!   [`EXCHANGE_LIFETIME`]: a retransmission gets the cached reply again
//!   (or nothing while the first copy is still being answered). The cache
//!   is bounded ([`UdpConfig::dedup_capacity`]); when full, the oldest
//!   entry is evicted;
//! * a CON that cannot be processed (malformed after a valid header, an
//!   Empty CON "ping", a CON response) gets a Reset; an ACK or a Reset is
//!   ignored (the server sends no CON); a NON that cannot be processed and
//!   anything without a CoAP version 1 header are dropped silently;
//! * only public resources are served (the [`Router`] answers 4.04 for the
//!   others over UDP); an unknown critical option gets 4.02; a body over
//!   [`UdpConfig::max_body`] gets 4.13.
//!
//! Public handlers run inline on the receive loop: they must be quick (the
//! built-ins only serialize prepared bytes).

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use coap_lite::{CoapOption, MessageClass, MessageType, Packet, RequestType, ResponseType};
use tokio::net::UdpSocket;
use tokio::sync::broadcast;

use super::router::{Peer, Request, Response, Router};
use super::tcp_frame::{decode_uint, encode_uint};
use crate::refusal::Refusal;

/// RFC 7252 §4.8.2 EXCHANGE_LIFETIME (247 s).
pub const EXCHANGE_LIFETIME: Duration = Duration::from_secs(247);

/// Default number of remembered (source, Message ID) pairs.
pub const DEFAULT_DEDUP_CAPACITY: usize = 4096;

/// Largest datagram read (larger ones are truncated by the kernel and
/// then refused as too large).
const RECV_BUF: usize = 65_536;

/// UDP endpoint settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UdpConfig {
    /// Request bodies over this get 4.13.
    pub max_body: usize,
    /// Remembered CON exchanges for deduplication.
    pub dedup_capacity: usize,
    /// How long a CON exchange is remembered.
    pub exchange_lifetime: Duration,
}

impl Default for UdpConfig {
    fn default() -> Self {
        UdpConfig {
            max_body: super::tcp_conn::DEFAULT_MAX_BODY,
            dedup_capacity: DEFAULT_DEDUP_CAPACITY,
            exchange_lifetime: EXCHANGE_LIFETIME,
        }
    }
}

/// A request waiting for the router's answer.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The request to dispatch.
    pub request: Request,
    /// Where and how to answer it.
    pub reply_to: ReplyTo,
}

/// How to answer a request: its source, type, Message ID and token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyTo {
    peer: SocketAddr,
    confirmable: bool,
    message_id: u16,
    token: Vec<u8>,
}

/// What to do with a datagram.
#[derive(Debug)]
#[non_exhaustive]
pub enum Incoming {
    /// Nothing (ignored or a duplicate still in progress).
    Ignore,
    /// Send these bytes back to the source.
    Reply(Vec<u8>),
    /// Dispatch [`Pending::request`], then call [`UdpEndpoint::complete`].
    Dispatch(Box<Pending>),
}

#[derive(Debug)]
struct Exchange {
    at: Instant,
    reply: Option<Vec<u8>>,
}

/// The deduplication cache: (source, Message ID) → reply, insertion order
/// kept for eviction.
#[derive(Debug, Default)]
struct Dedup {
    map: HashMap<(SocketAddr, u16), Exchange>,
    order: VecDeque<((SocketAddr, u16), Instant)>,
}

impl Dedup {
    fn expire(&mut self, now: Instant, lifetime: Duration) {
        while let Some((key, at)) = self.order.front().copied() {
            if now.saturating_duration_since(at) < lifetime {
                break;
            }
            self.order.pop_front();
            // Only drop the map entry if it is this very insertion.
            if self.map.get(&key).is_some_and(|e| e.at == at) {
                self.map.remove(&key);
            }
        }
    }

    fn insert(&mut self, key: (SocketAddr, u16), now: Instant, capacity: usize) {
        while self.map.len() >= capacity.max(1) {
            let Some((old, at)) = self.order.pop_front() else {
                break;
            };
            if self.map.get(&old).is_some_and(|e| e.at == at) {
                self.map.remove(&old);
            }
        }
        self.map.insert(
            key,
            Exchange {
                at: now,
                reply: None,
            },
        );
        self.order.push_back((key, now));
    }
}

/// The sans-IO UDP endpoint.
#[derive(Debug)]
pub struct UdpEndpoint {
    cfg: UdpConfig,
    dedup: Dedup,
    next_mid: u16,
}

impl UdpEndpoint {
    /// A new endpoint; `seed` starts the Message ID counter of NON
    /// responses (use a random value).
    pub fn new(cfg: UdpConfig, seed: u16) -> UdpEndpoint {
        UdpEndpoint {
            cfg,
            dedup: Dedup::default(),
            next_mid: seed,
        }
    }

    /// Remembered exchanges (for tests and metrics).
    pub fn dedup_len(&self) -> usize {
        self.dedup.map.len()
    }

    /// Handles one datagram from `from` at `now`.
    pub fn on_datagram(&mut self, from: SocketAddr, data: &[u8], now: Instant) -> Incoming {
        self.dedup.expire(now, self.cfg.exchange_lifetime);
        // Version 1 and a whole header, or not CoAP at all: silence.
        if data.len() < 4 || data[0] >> 6 != 1 {
            return Incoming::Ignore;
        }
        let mtype = (data[0] >> 4) & 0x3;
        let mid = u16::from_be_bytes([data[2], data[3]]);
        let confirmable = mtype == 0;
        let packet = match Packet::from_bytes(data) {
            Ok(p) => p,
            Err(_) if confirmable => return Incoming::Reply(reset(mid)),
            Err(_) => return Incoming::Ignore,
        };
        match packet.header.get_type() {
            MessageType::Acknowledgement | MessageType::Reset => return Incoming::Ignore,
            _ => {}
        }
        let method = match packet.header.code {
            MessageClass::Request(m) => m,
            // Empty CON = CoAP ping: Reset. Anything else unexpected: Reset
            // a CON, drop a NON.
            _ if confirmable => return Incoming::Reply(reset(mid)),
            _ => return Incoming::Ignore,
        };
        let token = packet.get_token().to_vec();
        if confirmable {
            let key = (from, mid);
            if let Some(ex) = self.dedup.map.get(&key) {
                return match &ex.reply {
                    Some(r) => Incoming::Reply(r.clone()),
                    None => Incoming::Ignore,
                };
            }
            self.dedup.insert(key, now, self.cfg.dedup_capacity);
        }
        let reply_to = ReplyTo {
            peer: from,
            confirmable,
            message_id: mid,
            token,
        };
        match self.parse_request(&packet, method) {
            Ok((path, content_format)) => Incoming::Dispatch(Box::new(Pending {
                request: Request {
                    method,
                    path,
                    content_format,
                    payload: packet.payload,
                    peer: Peer::Udp { addr: from },
                },
                reply_to,
            })),
            Err(early) => Incoming::Reply(self.complete(&reply_to, &early)),
        }
    }

    /// Path and Content-Format, or the error response to send at once.
    fn parse_request(
        &self,
        packet: &Packet,
        method: RequestType,
    ) -> Result<(String, Option<u16>), Response> {
        if method == RequestType::UnKnown {
            return Err(Response::error(Refusal::MethodNotAllowed, "unknown method"));
        }
        let mut segments = Vec::new();
        let mut content_format = None;
        for (number, values) in packet.options() {
            match CoapOption::from(*number) {
                CoapOption::UriPath => {
                    for v in values {
                        match std::str::from_utf8(v) {
                            Ok(s) if !s.contains('/') => segments.push(s),
                            _ => {
                                return Err(Response::error(
                                    Refusal::Malformed,
                                    "bad Uri-Path segment",
                                ))
                            }
                        }
                    }
                }
                CoapOption::ContentFormat => {
                    let v = values
                        .front()
                        .and_then(|v| decode_uint(v, 2))
                        .and_then(|v| u16::try_from(v).ok());
                    if v.is_none() || values.len() > 1 {
                        return Err(Response::error(Refusal::Malformed, "bad Content-Format"));
                    }
                    content_format = v;
                }
                CoapOption::UriHost
                | CoapOption::UriPort
                | CoapOption::UriQuery
                | CoapOption::Accept => {}
                _ if number & 1 == 1 => {
                    return Err(Response::error(
                        Refusal::BadOption,
                        &format!("unsupported critical option {number}"),
                    ))
                }
                _ => {}
            }
        }
        if packet.payload.len() > self.cfg.max_body {
            return Err(Response::error(
                Refusal::TooLarge,
                &format!("request bodies are limited to {} bytes", self.cfg.max_body),
            ));
        }
        Ok((format!("/{}", segments.join("/")), content_format))
    }

    /// Builds the reply carrying `response`, and remembers it for
    /// retransmissions of a CON.
    pub fn complete(&mut self, pending: &ReplyTo, response: &Response) -> Vec<u8> {
        let mut p = Packet::new();
        if pending.confirmable {
            p.header.set_type(MessageType::Acknowledgement);
            p.header.message_id = pending.message_id;
        } else {
            p.header.set_type(MessageType::NonConfirmable);
            p.header.message_id = self.next_mid;
            self.next_mid = self.next_mid.wrapping_add(1);
        }
        p.header.code = MessageClass::Response(response.code);
        p.set_token(pending.token.clone());
        if let Some(cf) = response.content_format {
            p.add_option(CoapOption::ContentFormat, encode_uint(u32::from(cf)));
        }
        if let Some(age) = response.max_age {
            p.add_option(CoapOption::MaxAge, encode_uint(age));
        }
        if response.code == ResponseType::RequestEntityTooLarge {
            let max = u32::try_from(self.cfg.max_body).unwrap_or(u32::MAX);
            p.add_option(CoapOption::Size1, encode_uint(max));
        }
        p.payload = response.payload.clone();
        let bytes = match p.to_bytes_with_limit(RECV_BUF) {
            Ok(b) => b,
            Err(_) => {
                p.payload.clear();
                p.clear_all_options();
                p.header.code = MessageClass::Response(ResponseType::InternalServerError);
                p.to_bytes_unlimited().unwrap_or_default()
            }
        };
        if pending.confirmable {
            let key = (pending.peer, pending.message_id);
            if let Some(ex) = self.dedup.map.get_mut(&key) {
                ex.reply = Some(bytes.clone());
            }
        }
        bytes
    }
}

/// A Reset for Message ID `mid`.
fn reset(mid: u16) -> Vec<u8> {
    let mut b = vec![0x70, 0x00];
    b.extend_from_slice(&mid.to_be_bytes());
    b
}

/// The CoAP-over-UDP server.
#[derive(Debug)]
pub struct UdpServer {
    socket: UdpSocket,
    endpoint: UdpEndpoint,
    router: Arc<Router>,
}

impl UdpServer {
    /// Binds `addr` (port 0 picks a free one).
    pub async fn bind(
        addr: SocketAddr,
        cfg: UdpConfig,
        router: Arc<Router>,
    ) -> std::io::Result<UdpServer> {
        let socket = UdpSocket::bind(addr).await?;
        let mut seed = [0u8; 2];
        let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut seed);
        Ok(UdpServer {
            socket,
            endpoint: UdpEndpoint::new(cfg, u16::from_be_bytes(seed)),
            router,
        })
    }

    /// The bound address.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.socket.local_addr()
    }

    /// Serves until `shutdown` fires (or its sender is dropped).
    pub async fn run(mut self, mut shutdown: broadcast::Receiver<()>) {
        let mut buf = vec![0u8; RECV_BUF];
        loop {
            let (n, from) = tokio::select! {
                _ = shutdown.recv() => break,
                r = self.socket.recv_from(&mut buf) => match r {
                    Ok(x) => x,
                    Err(e) => {
                        // ICMP errors (port unreachable) surface here on
                        // Linux; they concern one peer, not the socket.
                        tracing::debug!(error = %e, "coap/udp receive error");
                        continue;
                    }
                },
            };
            let now = Instant::now();
            let reply = match self.endpoint.on_datagram(from, &buf[..n], now) {
                Incoming::Ignore => continue,
                Incoming::Reply(b) => b,
                Incoming::Dispatch(p) => {
                    let Pending { request, reply_to } = *p;
                    let resp = self.router.dispatch(request).await;
                    self.endpoint.complete(&reply_to, &resp)
                }
            };
            if let Err(e) = self.socket.send_to(&reply, from).await {
                tracing::debug!(error = %e, peer = %from, "coap/udp send error");
            }
        }
        tracing::info!("coap/udp server stopped");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn router() -> Router {
        Router::new("threshold:00112233aabbccdd", &"cd".repeat(32))
    }

    fn get(mtype: MessageType, mid: u16, path: &str) -> Vec<u8> {
        let mut p = Packet::new();
        p.header.set_type(mtype);
        p.header.message_id = mid;
        p.header.code = MessageClass::Request(RequestType::Get);
        p.set_token(vec![0xAA, 0xBB]);
        for s in path.split('/').filter(|s| !s.is_empty()) {
            p.add_option(CoapOption::UriPath, s.as_bytes().to_vec());
        }
        p.to_bytes().unwrap()
    }

    fn from() -> SocketAddr {
        "127.0.0.1:40000".parse().unwrap()
    }

    async fn answer(ep: &mut UdpEndpoint, r: &Router, data: &[u8], now: Instant) -> Option<Packet> {
        match ep.on_datagram(from(), data, now) {
            Incoming::Ignore => None,
            Incoming::Reply(b) => Some(Packet::from_bytes(&b).unwrap()),
            Incoming::Dispatch(p) => {
                let resp = r.dispatch(p.request.clone()).await;
                Some(Packet::from_bytes(&ep.complete(&p.reply_to, &resp)).unwrap())
            }
        }
    }

    #[tokio::test]
    async fn con_gets_piggybacked_ack_and_dedup() {
        let r = router();
        let mut ep = UdpEndpoint::new(UdpConfig::default(), 100);
        let t0 = Instant::now();
        let req = get(MessageType::Confirmable, 0x1234, "/hub");
        let a = answer(&mut ep, &r, &req, t0).await.unwrap();
        assert_eq!(a.header.get_type(), MessageType::Acknowledgement);
        assert_eq!(a.header.message_id, 0x1234);
        assert_eq!(a.get_token(), [0xAA, 0xBB]);
        assert_eq!(a.header.code, MessageClass::Response(ResponseType::Content));
        assert_eq!(
            a.get_first_option(CoapOption::ContentFormat),
            Some(&vec![60])
        );
        // Retransmission: the same bytes from the cache, no dispatch.
        match ep.on_datagram(from(), &req, t0 + Duration::from_secs(2)) {
            Incoming::Reply(b) => assert_eq!(Packet::from_bytes(&b).unwrap(), a),
            other => panic!("{other:?}"),
        }
        // After EXCHANGE_LIFETIME it is a new exchange.
        assert!(matches!(
            ep.on_datagram(from(), &req, t0 + EXCHANGE_LIFETIME),
            Incoming::Dispatch(_)
        ));
    }

    #[tokio::test]
    async fn non_gets_non_and_is_not_cached() {
        let r = router();
        let mut ep = UdpEndpoint::new(UdpConfig::default(), 7);
        let now = Instant::now();
        let a = answer(
            &mut ep,
            &r,
            &get(MessageType::NonConfirmable, 5, "/.well-known/core"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(a.header.get_type(), MessageType::NonConfirmable);
        assert_eq!(a.header.message_id, 7);
        assert_eq!(
            a.get_first_option(CoapOption::ContentFormat),
            Some(&vec![40])
        );
        assert!(String::from_utf8(a.payload).unwrap().contains("</hub>"));
        assert_eq!(ep.dedup_len(), 0);
    }

    #[tokio::test]
    async fn unknown_private_and_bad_requests() {
        let mut r = router();
        r.add(
            "/pair/start",
            false,
            crate::coap::LinkAttrs::new(),
            crate::coap::handler_fn(|_| async { Response::empty(ResponseType::Created) }),
        )
        .unwrap();
        let mut ep = UdpEndpoint::new(UdpConfig::default(), 0);
        let now = Instant::now();
        for (i, path) in ["/nope", "/pair/start"].iter().enumerate() {
            let a = answer(
                &mut ep,
                &r,
                &get(MessageType::Confirmable, i as u16, path),
                now,
            )
            .await
            .unwrap();
            assert_eq!(
                a.header.code,
                MessageClass::Response(ResponseType::NotFound)
            );
        }
        // Unknown critical option 9 (Oscore): 4.02.
        let mut p = Packet::from_bytes(&get(MessageType::Confirmable, 50, "/hub")).unwrap();
        p.add_option(CoapOption::Unknown(2049), vec![1]);
        let a = answer(&mut ep, &r, &p.to_bytes().unwrap(), now)
            .await
            .unwrap();
        assert_eq!(
            a.header.code,
            MessageClass::Response(ResponseType::BadOption)
        );
        // Too large body: 4.13 with Size1.
        let mut p = Packet::from_bytes(&get(MessageType::Confirmable, 51, "/hub")).unwrap();
        p.payload = vec![0; 5000];
        let a = answer(&mut ep, &r, &p.to_bytes_unlimited().unwrap(), now)
            .await
            .unwrap();
        assert_eq!(
            a.header.code,
            MessageClass::Response(ResponseType::RequestEntityTooLarge)
        );
        assert_eq!(
            a.get_first_option(CoapOption::Size1),
            Some(&vec![0x10, 0x00])
        );
    }

    #[test]
    fn resets_and_silence() {
        let mut ep = UdpEndpoint::new(UdpConfig::default(), 0);
        let now = Instant::now();
        // Empty CON (CoAP ping): Reset with the same MID.
        match ep.on_datagram(from(), &[0x40, 0x00, 0x12, 0x34], now) {
            Incoming::Reply(b) => assert_eq!(b, [0x70, 0x00, 0x12, 0x34]),
            other => panic!("{other:?}"),
        }
        // Malformed CON (TKL 9): Reset.
        assert!(matches!(
            ep.on_datagram(from(), &[0x49, 0x01, 0, 1], now),
            Incoming::Reply(b) if b == [0x70, 0, 0, 1]
        ));
        // Malformed NON, ACK, RST, version 2, short: ignored.
        for d in [
            &[0x59, 0x01, 0, 1][..],
            &[0x60, 0x00, 0, 1],
            &[0x70, 0x00, 0, 1],
            &[0x80, 0x01, 0, 1],
            &[0x40, 0x01],
        ] {
            assert!(
                matches!(ep.on_datagram(from(), d, now), Incoming::Ignore),
                "{d:?}"
            );
        }
        // A CON response: Reset.
        assert!(matches!(
            ep.on_datagram(from(), &[0x40, 0x45, 0, 9], now),
            Incoming::Reply(b) if b == [0x70, 0, 0, 9]
        ));
    }

    #[test]
    fn dedup_cache_is_bounded_and_evicts_oldest() {
        let cfg = UdpConfig {
            dedup_capacity: 3,
            ..UdpConfig::default()
        };
        let mut ep = UdpEndpoint::new(cfg, 0);
        let now = Instant::now();
        for mid in 0..5u16 {
            let _ = ep.on_datagram(from(), &get(MessageType::Confirmable, mid, "/hub"), now);
        }
        assert_eq!(ep.dedup_len(), 3);
        // MID 0 was evicted: a new dispatch; MID 4 is remembered (in progress).
        assert!(matches!(
            ep.on_datagram(from(), &get(MessageType::Confirmable, 4, "/hub"), now),
            Incoming::Ignore
        ));
        assert!(matches!(
            ep.on_datagram(from(), &get(MessageType::Confirmable, 0, "/hub"), now),
            Incoming::Dispatch(_)
        ));
    }

    proptest! {
        #[test]
        fn arbitrary_datagrams_never_panic(data in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut ep = UdpEndpoint::new(UdpConfig::default(), 0);
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let r = router();
            if let Incoming::Dispatch(p) = ep.on_datagram(from(), &data, Instant::now()) {
                let resp = rt.block_on(r.dispatch(p.request.clone()));
                let _ = ep.complete(&p.reply_to, &resp);
            }
        }
    }
}
