//! The RFC 8323 connection state machine, sans-IO.
//!
//! A [`TcpConn`] is fed the bytes read from the (TLS) stream with
//! [`TcpConn::receive`]; it yields the bytes to write
//! ([`TcpConn::poll_transmit`]) and [`ConnEvent`]s (requests to dispatch,
//! responses, signaling news) with [`TcpConn::poll_event`]. It never reads a
//! clock or touches a socket: the tokio layer ([`super::tls`],
//! [`super::client`]) owns timers and I/O.
//!
//! # Rules
//!
//! * Both sides send a CSM (7.01) as their first message; the server queues
//!   its own at construction, before reading anything.
//! * The first message received must be a CSM, else Abort (7.05).
//! * A CSM is checked: Max-Message-Size (option 2, uint of at most 4
//!   bytes, once) must be at least [`ConnConfig::min_peer_message_size`];
//!   Block-Wise-Transfer (option 4) must be empty; an unknown critical (odd)
//!   option aborts with Bad-CSM-Option naming it. Elective unknown options
//!   are ignored.
//! * Malformed frames, frames over [`ConnConfig::max_frame`], reserved
//!   codes (classes 1 and 6) and unknown signaling codes abort.
//! * Ping (7.02) is answered by a Pong (7.03) with the same token (and
//!   Custody when the Ping had it). Release (7.04) received: no new request
//!   is accepted, in-flight ones are answered, then the connection is done.
//!   Abort (7.05) received: done at once.
//! * Server role: at most [`ConnConfig::max_in_flight`] requests are handed
//!   out without an answer; further frames stay buffered (and
//!   [`TcpConn::wants_read`] turns false, so the I/O layer applies TCP back
//!   pressure) until an answer frees a slot. A request body over
//!   [`ConnConfig::max_body`] is answered 4.13 with Size1 by the machine
//!   itself; an unknown critical option gets 4.02; a method it does not
//!   know gets 4.05; Empty (0.00) messages are ignored (RFC 8323 §4.4).

use std::collections::VecDeque;

use coap_lite::{MessageClass, RequestType, ResponseType};

use super::router::Response;
use super::tcp_frame::{
    decode, decode_uint, Frame, FrameError, RawOption, CODE_ABORT, CODE_CSM, CODE_PING, CODE_PONG,
    CODE_RELEASE, DEFAULT_MAX_FRAME,
};
use crate::refusal::Refusal;

/// Option numbers of requests and responses (RFC 7252 §12.2).
pub mod opt {
    /// Uri-Host.
    pub const URI_HOST: u16 = 3;
    /// Uri-Port.
    pub const URI_PORT: u16 = 7;
    /// Uri-Path.
    pub const URI_PATH: u16 = 11;
    /// Content-Format.
    pub const CONTENT_FORMAT: u16 = 12;
    /// Max-Age.
    pub const MAX_AGE: u16 = 14;
    /// Uri-Query.
    pub const URI_QUERY: u16 = 15;
    /// Accept.
    pub const ACCEPT: u16 = 17;
    /// Size1.
    pub const SIZE1: u16 = 60;
}

/// Signaling option numbers (RFC 8323 §5).
pub mod sig {
    /// CSM Max-Message-Size (uint, 0..=4 bytes).
    pub const MAX_MESSAGE_SIZE: u16 = 2;
    /// CSM Block-Wise-Transfer (empty).
    pub const BLOCK_WISE_TRANSFER: u16 = 4;
    /// Ping/Pong Custody (empty).
    pub const CUSTODY: u16 = 2;
    /// Release Alternative-Address (string, repeatable).
    pub const ALTERNATIVE_ADDRESS: u16 = 2;
    /// Release Hold-Off (uint seconds, 0..=3 bytes).
    pub const HOLD_OFF: u16 = 4;
    /// Abort Bad-CSM-Option (uint, 0..=2 bytes).
    pub const BAD_CSM_OPTION: u16 = 2;
}

/// The Max-Message-Size every peer can assume before a CSM (RFC 8323
/// §5.3.1).
pub const BASE_MAX_MESSAGE_SIZE: u32 = 1152;

/// At most this many requests per connection wait for an answer
/// (docs/protocol.md).
pub const DEFAULT_MAX_IN_FLIGHT: usize = 16;

/// Request bodies over this get 4.13 (docs/protocol.md).
pub const DEFAULT_MAX_BODY: usize = 4096;

/// Which end of the connection this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Accepts requests.
    Server,
    /// Sends requests.
    Client,
}

/// Limits of one connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnConfig {
    /// Largest frame accepted (and advertised as Max-Message-Size).
    pub max_frame: usize,
    /// Largest request body; larger gets 4.13.
    pub max_body: usize,
    /// Requests handed out without an answer (server role).
    pub max_in_flight: usize,
    /// The smallest Max-Message-Size a peer may advertise; smaller aborts.
    pub min_peer_message_size: u32,
}

impl Default for ConnConfig {
    fn default() -> Self {
        ConnConfig {
            max_frame: DEFAULT_MAX_FRAME,
            max_body: DEFAULT_MAX_BODY,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            min_peer_message_size: BASE_MAX_MESSAGE_SIZE,
        }
    }
}

/// A request the server role hands to the application.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingRequest {
    /// The token to answer with ([`TcpConn::respond`]).
    pub token: Vec<u8>,
    /// The method.
    pub method: RequestType,
    /// `/a/b` from the Uri-Path options (`/` when none).
    pub path: String,
    /// The Content-Format option.
    pub content_format: Option<u16>,
    /// The body.
    pub payload: Vec<u8>,
}

/// What the peer's CSM said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerCsm {
    /// Its Max-Message-Size.
    pub max_message_size: u32,
    /// Whether it announced Block-Wise-Transfer.
    pub block_wise: bool,
}

/// Something the application must know or do.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnEvent {
    /// Server role: a request to dispatch; answer with [`TcpConn::respond`].
    Request(IncomingRequest),
    /// Client role: the response to the request with `token`.
    Response {
        /// The request's token.
        token: Vec<u8>,
        /// The response.
        response: Response,
    },
    /// The peer's CSM arrived (first or updated).
    Csm(PeerCsm),
    /// A Pong answered our Ping with `token`.
    Pong {
        /// The Ping's token.
        token: Vec<u8>,
    },
    /// The peer sent Release: it wants an orderly close.
    PeerReleased {
        /// Hold-Off (seconds), if given.
        hold_off: Option<u32>,
    },
    /// The peer aborted the connection.
    PeerAborted {
        /// Its diagnostic payload.
        diagnostic: String,
        /// Its Bad-CSM-Option, if given.
        bad_csm_option: Option<u16>,
    },
    /// We aborted the connection (an Abort frame is queued).
    Aborted {
        /// Why.
        reason: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Waiting for the peer's first CSM.
    AwaitCsm,
    /// Exchanging messages.
    Open,
    /// Release sent or received: in-flight requests finish, no new ones.
    Closing,
    /// Abort sent or received, or the close is complete.
    Closed,
}

/// One RFC 8323 connection, either role.
#[derive(Debug)]
pub struct TcpConn {
    role: Role,
    cfg: ConnConfig,
    state: State,
    rx: Vec<u8>,
    tx: Vec<u8>,
    events: VecDeque<ConnEvent>,
    peer_csm: PeerCsm,
    in_flight: Vec<Vec<u8>>,
    pending: Vec<Vec<u8>>,
    next_token: u64,
}

impl TcpConn {
    /// A connection in `role`; its own CSM is queued for sending at once.
    pub fn new(role: Role, cfg: ConnConfig) -> TcpConn {
        let mut c = TcpConn {
            role,
            cfg,
            state: State::AwaitCsm,
            rx: Vec::new(),
            tx: Vec::new(),
            events: VecDeque::new(),
            peer_csm: PeerCsm {
                max_message_size: BASE_MAX_MESSAGE_SIZE,
                block_wise: false,
            },
            in_flight: Vec::new(),
            pending: Vec::new(),
            next_token: 1,
        };
        let mut csm = Frame::new(CODE_CSM);
        let max = u32::try_from(c.cfg.max_frame).unwrap_or(u32::MAX);
        csm.push_option(RawOption::uint(sig::MAX_MESSAGE_SIZE, max));
        c.queue(&csm);
        c
    }

    /// The role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The peer's settings (the base values until its CSM arrives).
    pub fn peer_csm(&self) -> PeerCsm {
        self.peer_csm
    }

    /// Whether the peer's CSM has arrived.
    pub fn csm_received(&self) -> bool {
        self.state != State::AwaitCsm
    }

    /// Requests handed out and not yet answered (server role).
    pub fn in_flight(&self) -> usize {
        self.in_flight.len()
    }

    /// Requests sent and not yet answered (client role).
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Whether the I/O layer should read more bytes: false once closed, or
    /// while the in-flight limit holds a complete frame back.
    pub fn wants_read(&self) -> bool {
        match self.state {
            State::Closed => false,
            _ => !(self.role == Role::Server && self.in_flight.len() >= self.cfg.max_in_flight),
        }
    }

    /// Whether the connection is over: after an Abort, or once a Release
    /// (either way) has no request left in flight. The I/O layer writes out
    /// [`TcpConn::poll_transmit`] and closes the stream.
    pub fn is_done(&self) -> bool {
        match self.state {
            State::Closed => true,
            State::Closing => self.in_flight.is_empty() && self.pending.is_empty(),
            _ => false,
        }
    }

    /// Bytes to write to the stream, if any.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        if self.tx.is_empty() {
            None
        } else {
            Some(std::mem::take(&mut self.tx))
        }
    }

    /// The next event, if any.
    pub fn poll_event(&mut self) -> Option<ConnEvent> {
        self.events.pop_front()
    }

    /// Feeds bytes read from the stream.
    pub fn receive(&mut self, data: &[u8]) {
        if self.state == State::Closed {
            return;
        }
        self.rx.extend_from_slice(data);
        self.process();
    }

    /// The peer closed its side (EOF).
    pub fn receive_eof(&mut self) {
        if self.state != State::Closed {
            self.state = State::Closed;
        }
    }

    fn queue(&mut self, f: &Frame) {
        if f.emit(&mut self.tx).is_err() {
            // Only our own frames are queued, all well-formed; should one
            // not be, the connection ends rather than send garbage.
            self.state = State::Closed;
        }
    }

    /// Queues an Abort with `diagnostic` (and Bad-CSM-Option) and closes.
    pub fn abort(&mut self, diagnostic: &str, bad_csm_option: Option<u16>) {
        if self.state == State::Closed {
            return;
        }
        let mut f = Frame::new(CODE_ABORT);
        if let Some(n) = bad_csm_option {
            f.push_option(RawOption::uint(sig::BAD_CSM_OPTION, u32::from(n)));
        }
        f.payload = diagnostic.as_bytes().to_vec();
        self.queue(&f);
        self.state = State::Closed;
        self.rx.clear();
        self.events.push_back(ConnEvent::Aborted {
            reason: diagnostic.to_owned(),
        });
    }

    /// Queues a Release (graceful close): no new request is accepted, the
    /// in-flight ones are still answered. `hold_off` asks the peer to wait
    /// that many seconds before reconnecting.
    pub fn release(&mut self, hold_off: Option<u32>, diagnostic: &str) {
        if matches!(self.state, State::Closed | State::Closing) {
            return;
        }
        let mut f = Frame::new(CODE_RELEASE);
        if let Some(h) = hold_off {
            f.push_option(RawOption::uint(sig::HOLD_OFF, h.min(0x00FF_FFFF)));
        }
        f.payload = diagnostic.as_bytes().to_vec();
        self.queue(&f);
        self.state = State::Closing;
    }

    /// Queues a Ping; returns its token (the Pong carries it).
    pub fn ping(&mut self, custody: bool) -> Vec<u8> {
        let token = self.new_token();
        let mut f = Frame::new(CODE_PING);
        f.token = token.clone();
        if custody {
            f.push_option(RawOption::new(sig::CUSTODY, Vec::new()));
        }
        self.queue(&f);
        token
    }

    fn new_token(&mut self) -> Vec<u8> {
        let t = self.next_token;
        self.next_token = self.next_token.wrapping_add(1).max(1);
        // Minimal big-endian; never empty since the counter is never 0.
        let b = t.to_be_bytes();
        let skip = b.iter().take_while(|x| **x == 0).count();
        b[skip..].to_vec()
    }

    /// Client role: queues a request; returns its token. `Err` when the
    /// connection is closing or the request exceeds the peer's
    /// Max-Message-Size.
    pub fn send_request(
        &mut self,
        method: RequestType,
        path: &str,
        content_format: Option<u16>,
        payload: &[u8],
    ) -> Result<Vec<u8>, SendError> {
        if matches!(self.state, State::Closed | State::Closing) {
            return Err(SendError::Closed);
        }
        let token = self.new_token();
        let mut f = Frame::new(u8::from(MessageClass::Request(method)));
        f.token = token.clone();
        for seg in path.split('/').filter(|s| !s.is_empty()) {
            f.push_option(RawOption::new(opt::URI_PATH, seg.as_bytes()));
        }
        if let Some(cf) = content_format {
            f.push_option(RawOption::uint(opt::CONTENT_FORMAT, u32::from(cf)));
        }
        f.payload = payload.to_vec();
        let len = f.encoded_len().map_err(SendError::Frame)?;
        if len as u64 > u64::from(self.peer_csm.max_message_size) {
            return Err(SendError::TooLarge {
                size: len,
                max: self.peer_csm.max_message_size,
            });
        }
        self.queue(&f);
        self.pending.push(token.clone());
        Ok(token)
    }

    /// Server role: answers the in-flight request with `token`. An answer
    /// larger than the peer's Max-Message-Size becomes a 5.00.
    pub fn respond(&mut self, token: &[u8], response: &Response) {
        let Some(i) = self.in_flight.iter().position(|t| t == token) else {
            return;
        };
        self.in_flight.swap_remove(i);
        if self.state == State::Closed {
            return;
        }
        let f = response_frame(token, response, None);
        let fits = f
            .encoded_len()
            .map(|n| n as u64 <= u64::from(self.peer_csm.max_message_size))
            .unwrap_or(false);
        if fits {
            self.queue(&f);
        } else {
            let err = Response::error(
                Refusal::Internal,
                "response larger than the peer's Max-Message-Size",
            );
            self.queue(&response_frame(token, &err, None));
        }
        // A slot is free: frames held back by the limit can proceed.
        self.process();
    }

    fn process(&mut self) {
        loop {
            if matches!(self.state, State::Closed) {
                return;
            }
            if self.role == Role::Server && self.in_flight.len() >= self.cfg.max_in_flight {
                return;
            }
            match decode(&self.rx, self.cfg.max_frame) {
                Ok(None) => return,
                Err(e) => {
                    let msg = match e {
                        FrameError::TooLarge { size, max } => {
                            format!("message of {size} bytes exceeds Max-Message-Size {max}")
                        }
                        other => format!("malformed message: {other}"),
                    };
                    self.abort(&msg, None);
                    return;
                }
                Ok(Some((frame, used))) => {
                    self.rx.drain(..used);
                    self.handle(frame);
                }
            }
        }
    }

    fn handle(&mut self, f: Frame) {
        if self.state == State::AwaitCsm {
            if f.code != CODE_CSM {
                self.abort(
                    &format!(
                        "the first message must be a CSM (7.01), got {}",
                        super::tcp_frame::code_string(f.code)
                    ),
                    None,
                );
                return;
            }
            if self.handle_csm(&f) {
                self.state = State::Open;
            }
            return;
        }
        match f.code >> 5 {
            0 if f.code == 0 => {} // Empty: ignored (RFC 8323 §4.4).
            0 => self.handle_request(f),
            2..=5 => self.handle_response(f),
            7 => self.handle_signal(f),
            _ => self.abort(
                &format!("reserved code {}", super::tcp_frame::code_string(f.code)),
                None,
            ),
        }
    }

    /// Checks a CSM and applies it; false when it aborted.
    fn handle_csm(&mut self, f: &Frame) -> bool {
        let mut max_size: Option<u32> = None;
        let mut block_wise = false;
        for o in &f.options {
            match o.number {
                sig::MAX_MESSAGE_SIZE => {
                    if max_size.is_some() {
                        self.abort("Max-Message-Size repeated", Some(o.number));
                        return false;
                    }
                    match decode_uint(&o.value, 4) {
                        Some(v) => max_size = Some(v),
                        None => {
                            self.abort("Max-Message-Size longer than 4 bytes", Some(o.number));
                            return false;
                        }
                    }
                }
                sig::BLOCK_WISE_TRANSFER => {
                    if !o.value.is_empty() {
                        self.abort("Block-Wise-Transfer must be empty", Some(o.number));
                        return false;
                    }
                    block_wise = true;
                }
                n if o.is_critical() => {
                    self.abort(&format!("unknown critical CSM option {n}"), Some(n));
                    return false;
                }
                _ => {}
            }
        }
        let max = max_size.unwrap_or(self.peer_csm.max_message_size);
        if max < self.cfg.min_peer_message_size {
            self.abort(
                &format!(
                    "Max-Message-Size {max} is below the minimum {}",
                    self.cfg.min_peer_message_size
                ),
                Some(sig::MAX_MESSAGE_SIZE),
            );
            return false;
        }
        self.peer_csm = PeerCsm {
            max_message_size: max,
            block_wise,
        };
        self.events.push_back(ConnEvent::Csm(self.peer_csm));
        true
    }

    /// Aborts on an unknown critical option of a signaling message.
    fn check_signal_options(&mut self, f: &Frame, known: &[u16]) -> bool {
        if let Some(o) = f
            .options
            .iter()
            .find(|o| o.is_critical() && !known.contains(&o.number))
        {
            self.abort(
                &format!(
                    "unknown critical option {} in {}",
                    o.number,
                    super::tcp_frame::code_string(f.code)
                ),
                None,
            );
            return false;
        }
        true
    }

    fn handle_signal(&mut self, f: Frame) {
        match f.code {
            CODE_CSM => {
                self.handle_csm(&f);
            }
            CODE_PING => {
                if !self.check_signal_options(&f, &[]) {
                    return;
                }
                let mut pong = Frame::new(CODE_PONG);
                pong.token = f.token.clone();
                if f.option(sig::CUSTODY).is_some() {
                    pong.push_option(RawOption::new(sig::CUSTODY, Vec::new()));
                }
                self.queue(&pong);
            }
            CODE_PONG => {
                if self.check_signal_options(&f, &[]) {
                    self.events.push_back(ConnEvent::Pong { token: f.token });
                }
            }
            CODE_RELEASE => {
                if !self.check_signal_options(&f, &[]) {
                    return;
                }
                let hold_off = f.option(sig::HOLD_OFF).and_then(|v| decode_uint(v, 3));
                self.events.push_back(ConnEvent::PeerReleased { hold_off });
                if self.state == State::Open {
                    self.state = State::Closing;
                }
                // The peer will send nothing useful after a Release.
                self.rx.clear();
            }
            CODE_ABORT => {
                let bad = f
                    .option(sig::BAD_CSM_OPTION)
                    .and_then(|v| decode_uint(v, 2))
                    .and_then(|v| u16::try_from(v).ok());
                self.events.push_back(ConnEvent::PeerAborted {
                    diagnostic: String::from_utf8_lossy(&f.payload).into_owned(),
                    bad_csm_option: bad,
                });
                self.state = State::Closed;
                self.rx.clear();
            }
            other => self.abort(
                &format!(
                    "unknown signaling code {}",
                    super::tcp_frame::code_string(other)
                ),
                None,
            ),
        }
    }

    fn reject(&mut self, token: &[u8], refusal: Refusal, message: &str) {
        let f = response_frame(token, &Response::error(refusal, message), None);
        self.queue(&f);
    }

    fn handle_request(&mut self, f: Frame) {
        if self.role == Role::Client {
            self.reject(
                &f.token,
                Refusal::NotImplemented,
                "this client serves no resource",
            );
            return;
        }
        if self.state == State::Closing {
            self.reject(
                &f.token,
                Refusal::Closing,
                "the connection is being released",
            );
            return;
        }
        let method = match f.class() {
            MessageClass::Request(m) if m != RequestType::UnKnown => m,
            _ => {
                self.reject(&f.token, Refusal::MethodNotAllowed, "unknown method");
                return;
            }
        };
        if self.in_flight.contains(&f.token) {
            self.abort("a request reused the token of one in flight", None);
            return;
        }
        let mut segments = Vec::new();
        let mut content_format = None;
        for o in &f.options {
            match o.number {
                opt::URI_PATH => match std::str::from_utf8(&o.value) {
                    Ok(s) if !s.contains('/') => segments.push(s),
                    _ => {
                        self.reject(&f.token, Refusal::Malformed, "bad Uri-Path segment");
                        return;
                    }
                },
                opt::CONTENT_FORMAT => match decode_uint(&o.value, 2) {
                    Some(v) if content_format.is_none() => content_format = u16::try_from(v).ok(),
                    _ => {
                        self.reject(&f.token, Refusal::Malformed, "bad Content-Format");
                        return;
                    }
                },
                opt::URI_HOST | opt::URI_PORT | opt::URI_QUERY | opt::ACCEPT => {}
                n if o.is_critical() => {
                    self.reject(
                        &f.token,
                        Refusal::BadOption,
                        &format!("unsupported critical option {n}"),
                    );
                    return;
                }
                _ => {}
            }
        }
        if f.payload.len() > self.cfg.max_body {
            let err = Response::error(
                Refusal::TooLarge,
                &format!("request bodies are limited to {} bytes", self.cfg.max_body),
            );
            let size1 = u32::try_from(self.cfg.max_body).unwrap_or(u32::MAX);
            self.queue(&response_frame(&f.token, &err, Some(size1)));
            return;
        }
        let path = format!("/{}", segments.join("/"));
        self.in_flight.push(f.token.clone());
        self.events.push_back(ConnEvent::Request(IncomingRequest {
            token: f.token,
            method,
            path,
            content_format,
            payload: f.payload,
        }));
    }

    fn handle_response(&mut self, f: Frame) {
        if self.role == Role::Server {
            // We send no request; a stray response is ignored.
            return;
        }
        let Some(i) = self.pending.iter().position(|t| *t == f.token) else {
            return;
        };
        self.pending.swap_remove(i);
        let code = match f.class() {
            MessageClass::Response(r) => r,
            _ => ResponseType::UnKnown,
        };
        let content_format = f
            .option(opt::CONTENT_FORMAT)
            .and_then(|v| decode_uint(v, 2))
            .and_then(|v| u16::try_from(v).ok());
        let max_age = f.option(opt::MAX_AGE).and_then(|v| decode_uint(v, 4));
        self.events.push_back(ConnEvent::Response {
            token: f.token,
            response: Response {
                code,
                content_format,
                payload: f.payload,
                max_age,
            },
        });
    }
}

/// Why a request could not be queued.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SendError {
    /// The connection is closing or closed.
    #[error("the connection is closed")]
    Closed,
    /// The request exceeds the peer's Max-Message-Size.
    #[error("request of {size} bytes exceeds the peer's Max-Message-Size {max}")]
    TooLarge {
        /// Encoded size.
        size: usize,
        /// The peer's limit.
        max: u32,
    },
    /// The request cannot be encoded.
    #[error(transparent)]
    Frame(FrameError),
}

/// The frame answering `token` with `r` (plus Size1 when given).
pub fn response_frame(token: &[u8], r: &Response, size1: Option<u32>) -> Frame {
    let mut f = Frame::new(u8::from(MessageClass::Response(r.code)));
    f.token = token.to_vec();
    if let Some(cf) = r.content_format {
        f.push_option(RawOption::uint(opt::CONTENT_FORMAT, u32::from(cf)));
    }
    if let Some(age) = r.max_age {
        f.push_option(RawOption::uint(opt::MAX_AGE, age));
    }
    if let Some(s) = size1 {
        f.push_option(RawOption::uint(opt::SIZE1, s));
    }
    f.payload = r.payload.clone();
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coap::tcp_frame::encode_uint;

    fn frames(bytes: &[u8]) -> Vec<Frame> {
        let mut out = Vec::new();
        let mut rest = bytes;
        while let Some((f, n)) = decode(rest, usize::MAX).unwrap() {
            out.push(f);
            rest = &rest[n..];
        }
        assert!(rest.is_empty());
        out
    }

    fn csm(max: Option<u32>) -> Vec<u8> {
        let mut f = Frame::new(CODE_CSM);
        if let Some(m) = max {
            f.push_option(RawOption::uint(sig::MAX_MESSAGE_SIZE, m));
        }
        f.to_bytes().unwrap()
    }

    fn server() -> TcpConn {
        let mut c = TcpConn::new(Role::Server, ConnConfig::default());
        let out = frames(&c.poll_transmit().unwrap());
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].code, CODE_CSM);
        assert_eq!(
            decode_uint(out[0].option(sig::MAX_MESSAGE_SIZE).unwrap(), 4),
            Some(8192)
        );
        c
    }

    fn open_server() -> TcpConn {
        let mut c = server();
        c.receive(&csm(Some(8192)));
        assert_eq!(
            c.poll_event(),
            Some(ConnEvent::Csm(PeerCsm {
                max_message_size: 8192,
                block_wise: false
            }))
        );
        c
    }

    fn get(token: &[u8], path: &str) -> Vec<u8> {
        let mut f = Frame::new(0x01);
        f.token = token.to_vec();
        for s in path.split('/').filter(|s| !s.is_empty()) {
            f.push_option(RawOption::new(opt::URI_PATH, s));
        }
        f.to_bytes().unwrap()
    }

    fn aborted(c: &mut TcpConn) -> Frame {
        assert!(c.is_done());
        let out = frames(&c.poll_transmit().unwrap());
        let last = out.last().unwrap().clone();
        assert_eq!(last.code, CODE_ABORT, "{out:?}");
        last
    }

    #[test]
    fn first_message_must_be_csm() {
        let mut c = server();
        c.receive(&get(&[1], "/hub"));
        let a = aborted(&mut c);
        assert!(String::from_utf8(a.payload)
            .unwrap()
            .contains("first message must be a CSM"));
        assert!(matches!(c.poll_event(), Some(ConnEvent::Aborted { .. })));
        // Nothing more is processed.
        c.receive(&csm(None));
        assert!(c.poll_transmit().is_none());
        assert!(!c.wants_read());
    }

    #[test]
    fn csm_then_request_then_response() {
        let mut c = open_server();
        c.receive(&get(&[7, 7], "/.well-known/core"));
        let Some(ConnEvent::Request(r)) = c.poll_event() else {
            panic!("no request")
        };
        assert_eq!(r.path, "/.well-known/core");
        assert_eq!(r.method, RequestType::Get);
        assert_eq!(c.in_flight(), 1);
        c.respond(
            &r.token,
            &Response {
                code: ResponseType::Content,
                content_format: Some(40),
                payload: b"</hub>".to_vec(),
                max_age: Some(60),
            },
        );
        let out = frames(&c.poll_transmit().unwrap());
        assert_eq!(out[0].code, 0x45);
        assert_eq!(out[0].token, [7, 7]);
        assert_eq!(out[0].option(opt::CONTENT_FORMAT), Some(&[40u8][..]));
        assert_eq!(out[0].option(opt::MAX_AGE), Some(&[60u8][..]));
        assert_eq!(c.in_flight(), 0);
    }

    #[test]
    fn byte_at_a_time() {
        let mut c = server();
        let mut all = csm(Some(4096));
        all.extend(get(&[1], "/hub"));
        for b in &all {
            c.receive(std::slice::from_ref(b));
        }
        assert!(matches!(c.poll_event(), Some(ConnEvent::Csm(_))));
        assert!(matches!(c.poll_event(), Some(ConnEvent::Request(_))));
    }

    #[test]
    fn csm_violations_abort() {
        // Too small.
        let mut c = server();
        c.receive(&csm(Some(100)));
        let a = aborted(&mut c);
        assert_eq!(a.option(sig::BAD_CSM_OPTION), Some(&[2u8][..]));
        // Unknown critical option 9.
        let mut c = server();
        let mut f = Frame::new(CODE_CSM);
        f.push_option(RawOption::new(9, vec![1]));
        c.receive(&f.to_bytes().unwrap());
        assert_eq!(
            aborted(&mut c).option(sig::BAD_CSM_OPTION),
            Some(&[9u8][..])
        );
        // Unknown elective option 6 is ignored.
        let mut c = server();
        let mut f = Frame::new(CODE_CSM);
        f.push_option(RawOption::new(6, vec![1]));
        c.receive(&f.to_bytes().unwrap());
        assert!(c.csm_received());
        assert!(!c.is_done());
        // Max-Message-Size of 5 bytes.
        let mut c = server();
        let mut f = Frame::new(CODE_CSM);
        f.push_option(RawOption::new(2, vec![1, 0, 0, 0, 0]));
        c.receive(&f.to_bytes().unwrap());
        aborted(&mut c);
        // Repeated Max-Message-Size.
        let mut c = server();
        let mut f = Frame::new(CODE_CSM);
        f.push_option(RawOption::uint(2, 2000));
        f.push_option(RawOption::uint(2, 3000));
        c.receive(&f.to_bytes().unwrap());
        aborted(&mut c);
        // Non-empty Block-Wise-Transfer.
        let mut c = server();
        let mut f = Frame::new(CODE_CSM);
        f.push_option(RawOption::new(4, vec![1]));
        c.receive(&f.to_bytes().unwrap());
        aborted(&mut c);
        // A later CSM is checked too.
        let mut c = open_server();
        c.receive(&csm(Some(10)));
        aborted(&mut c);
    }

    #[test]
    fn ping_pong_with_custody() {
        let mut c = open_server();
        let mut p = Frame::new(CODE_PING);
        p.token = vec![9];
        p.push_option(RawOption::new(sig::CUSTODY, vec![]));
        c.receive(&p.to_bytes().unwrap());
        let out = frames(&c.poll_transmit().unwrap());
        assert_eq!(out[0].code, CODE_PONG);
        assert_eq!(out[0].token, [9]);
        assert!(out[0].option(sig::CUSTODY).is_some());
    }

    #[test]
    fn client_and_server_talk() {
        let mut s = TcpConn::new(Role::Server, ConnConfig::default());
        let mut c = TcpConn::new(Role::Client, ConnConfig::default());
        let tok = c
            .send_request(RequestType::Post, "/pair/start", Some(60), &[0xA0])
            .unwrap();
        let ping = c.ping(false);
        s.receive(&c.poll_transmit().unwrap());
        let Some(ConnEvent::Csm(_)) = s.poll_event() else {
            panic!()
        };
        let Some(ConnEvent::Request(r)) = s.poll_event() else {
            panic!()
        };
        assert_eq!(r.path, "/pair/start");
        assert_eq!(r.content_format, Some(60));
        assert_eq!(r.payload, [0xA0]);
        s.respond(
            &r.token,
            &Response::cbor(ResponseType::Created, vec![0xA1, 0x01, 0x02]),
        );
        c.receive(&s.poll_transmit().unwrap());
        assert!(matches!(c.poll_event(), Some(ConnEvent::Csm(_))));
        assert_eq!(
            c.poll_event(),
            Some(ConnEvent::Pong {
                token: ping.clone()
            })
        );
        let Some(ConnEvent::Response { token, response }) = c.poll_event() else {
            panic!()
        };
        assert_eq!(token, tok);
        assert_eq!(response.code, ResponseType::Created);
        assert_eq!(response.content_format, Some(60));
        assert_eq!(c.pending(), 0);
        // Client releases; server is done.
        c.release(None, "bye");
        s.receive(&c.poll_transmit().unwrap());
        assert!(matches!(
            s.poll_event(),
            Some(ConnEvent::PeerReleased { hold_off: None })
        ));
        assert!(s.is_done());
    }

    #[test]
    fn release_waits_for_in_flight() {
        let mut c = open_server();
        c.receive(&get(&[1], "/a"));
        let Some(ConnEvent::Request(r)) = c.poll_event() else {
            panic!()
        };
        let mut rel = Frame::new(CODE_RELEASE);
        rel.push_option(RawOption::uint(sig::HOLD_OFF, 30));
        c.receive(&rel.to_bytes().unwrap());
        assert_eq!(
            c.poll_event(),
            Some(ConnEvent::PeerReleased { hold_off: Some(30) })
        );
        assert!(!c.is_done());
        c.respond(&r.token, &Response::empty(ResponseType::Content));
        assert!(c.is_done());
    }

    #[test]
    fn server_release_refuses_new_requests() {
        let mut c = open_server();
        c.release(Some(5), "shutting down");
        c.receive(&get(&[3], "/hub"));
        let out = frames(&c.poll_transmit().unwrap());
        assert_eq!(out[0].code, CODE_RELEASE);
        assert_eq!(out[1].code, 0xA3); // 5.03
        assert!(c.is_done());
    }

    #[test]
    fn oversize_and_malformed_abort() {
        let mut c = open_server();
        c.receive(&[0xF0, 0x00, 0x01, 0x00, 0x00]);
        let a = aborted(&mut c);
        assert!(String::from_utf8(a.payload).unwrap().contains("exceeds"));
        let mut c = open_server();
        c.receive(&[0x10, 0x01, 0xFF]);
        let a = aborted(&mut c);
        assert!(String::from_utf8(a.payload).unwrap().contains("malformed"));
        let mut c = open_server();
        c.receive(&[0x0C, 0x01]);
        aborted(&mut c);
        // Reserved class 1 and unknown signaling 7.06.
        for code in [0x21u8, 0xE6, 0xE0] {
            let mut c = open_server();
            c.receive(&Frame::new(code).to_bytes().unwrap());
            aborted(&mut c);
        }
    }

    #[test]
    fn body_limit_is_413_with_size1() {
        let mut c = open_server();
        let mut f = Frame::new(0x02);
        f.token = vec![5];
        f.push_option(RawOption::new(opt::URI_PATH, "pair"));
        f.payload = vec![0; 4097];
        c.receive(&f.to_bytes().unwrap());
        assert!(c.poll_event().is_none());
        let out = frames(&c.poll_transmit().unwrap());
        let r = &out[0];
        assert_eq!(r.code, 0x8D);
        assert_eq!(r.option(opt::SIZE1), Some(&encode_uint(4096)[..]));
        // 4096 exactly is fine.
        f.payload = vec![0; 4096];
        c.receive(&f.to_bytes().unwrap());
        assert!(matches!(c.poll_event(), Some(ConnEvent::Request(_))));
    }

    #[test]
    fn bad_options_and_methods() {
        let mut c = open_server();
        // Block1 (27, critical) unsupported: 4.02.
        let mut f = Frame::new(0x02);
        f.token = vec![1];
        f.push_option(RawOption::new(27, vec![0x06]));
        c.receive(&f.to_bytes().unwrap());
        // Method 0.09: 4.05.
        let mut f = Frame::new(0x09);
        f.token = vec![2];
        c.receive(&f.to_bytes().unwrap());
        // Empty message: ignored.
        c.receive(&[0x00, 0x00]);
        let out = frames(&c.poll_transmit().unwrap());
        assert_eq!(out[0].code, 0x82);
        assert_eq!(out[1].code, 0x85);
        assert_eq!(out.len(), 2);
        assert!(c.poll_event().is_none());
    }

    #[test]
    fn in_flight_limit_holds_frames_back() {
        let mut c = open_server();
        let mut bytes = Vec::new();
        for i in 0..20u8 {
            bytes.extend(get(&[i], "/x"));
        }
        c.receive(&bytes);
        let mut reqs = Vec::new();
        while let Some(ConnEvent::Request(r)) = c.poll_event() {
            reqs.push(r);
        }
        assert_eq!(reqs.len(), 16);
        assert!(!c.wants_read());
        c.respond(&reqs[0].token, &Response::empty(ResponseType::Content));
        assert!(matches!(c.poll_event(), Some(ConnEvent::Request(r)) if r.token == [16]));
        assert!(!c.wants_read());
        for r in &reqs[1..] {
            c.respond(&r.token, &Response::empty(ResponseType::Content));
        }
        let mut n = 0;
        while let Some(ConnEvent::Request(_)) = c.poll_event() {
            n += 1;
        }
        assert_eq!(n, 3);
        assert!(c.wants_read());
    }

    #[test]
    fn response_too_large_for_peer_becomes_500() {
        let mut c = server();
        c.receive(&csm(Some(1152)));
        c.receive(&get(&[1], "/big"));
        let _ = c.poll_event();
        let Some(ConnEvent::Request(r)) = c.poll_event() else {
            panic!()
        };
        c.respond(
            &r.token,
            &Response::cbor(ResponseType::Content, vec![0; 2000]),
        );
        let out = frames(&c.poll_transmit().unwrap());
        assert_eq!(out[0].code, 0xA0);
    }

    #[test]
    fn peer_abort_closes() {
        let mut c = open_server();
        let mut a = Frame::new(CODE_ABORT);
        a.push_option(RawOption::uint(sig::BAD_CSM_OPTION, 2));
        a.payload = b"nope".to_vec();
        c.receive(&a.to_bytes().unwrap());
        assert_eq!(
            c.poll_event(),
            Some(ConnEvent::PeerAborted {
                diagnostic: "nope".into(),
                bad_csm_option: Some(2)
            })
        );
        assert!(c.is_done());
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(
            chunks in proptest::collection::vec(proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64), 0..8)
        ) {
            let mut c = TcpConn::new(Role::Server, ConnConfig::default());
            let _ = c.poll_transmit();
            c.receive(&csm(None));
            for ch in &chunks {
                c.receive(ch);
                while let Some(ev) = c.poll_event() {
                    if let ConnEvent::Request(r) = ev {
                        c.respond(&r.token, &Response::empty(ResponseType::Content));
                    }
                }
            }
            if let Some(out) = c.poll_transmit() {
                frames(&out);
            }
        }
    }
}
