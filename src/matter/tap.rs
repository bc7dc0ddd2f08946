//! PASE handshakes as the hub sees them on the wire, for the audit log.
//!
//! rs-matter runs PASE inside its transport and reports nothing of it; the
//! hub audits every attempt anyway, from the messages themselves. PASE
//! runs on the unsecured session (session id 0), so its messages are
//! plain text: [`PaseTracker`] (sans-IO) reads the message and protocol
//! headers of every datagram the node sends or receives on that session
//! and follows each PASE exchange from its `PBKDFParamRequest` to the
//! `StatusReport` that ends it. [`TapRecv`] / [`TapSend`] put it between
//! the UDP socket and rs-matter's transport; they never change a byte.
//!
//! Byte layout read (Matter Core spec, "Message Format"; all little
//! endian), documented with the state machine in docs/matter.md:
//!
//! ```text
//! message header: flags(1) session_id(2) security_flags(1) counter(4)
//!                 [source node id(8) if flags&0x04]
//!                 [dest node id(8) if flags&0x03==1 | group id(2) if ==2]
//!                 [ext len(2) + ext if security_flags&0x20]
//! protocol header: exchange_flags(1) opcode(1) exchange_id(2)
//!                 [vendor id(2) if exchange_flags&0x10] protocol_id(2)
//!                 [ack counter(4) if exchange_flags&0x02]
//!                 [ext len(2) + ext if exchange_flags&0x08]
//! StatusReport:   general_code(2) protocol_id(4) protocol_code(2)
//! ```
//!
//! Only unicast (session type 0) session-0 messages of the Secure Channel
//! protocol (id 0) are read; anything shorter than its headers is ignored.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use rs_matter::error::Error;
use rs_matter::transport::network::{Address, NetworkReceive, NetworkSend};

use crate::commissioning::matter::Observation;

/// Secure Channel opcodes.
const OP_PBKDF_PARAM_REQUEST: u8 = 0x20;
const OP_STATUS_REPORT: u8 = 0x40;
/// Secure Channel protocol codes of a StatusReport.
const SC_SUCCESS: u16 = 0;
const SC_BUSY: u16 = 4;
/// A PASE exchange with no outcome after this long is audited `timeout`.
pub const PASE_TIMEOUT: Duration = Duration::from_secs(60);
/// At most this many exchanges are followed at once (the oldest is
/// dropped as `timeout` beyond it), so a flood cannot grow the table.
pub const MAX_TRACKED: usize = 64;

/// A parsed plain-text Secure Channel message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainMessage {
    /// The protocol opcode.
    pub opcode: u8,
    /// The exchange id.
    pub exchange: u16,
    /// A StatusReport's (general code, protocol code).
    pub status: Option<(u16, u16)>,
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(i)?, *b.get(i + 1)?]))
}

/// Reads a datagram as a plain-text Secure Channel message (module docs);
/// `None` for anything else (encrypted, group, other protocols, short).
pub fn parse(b: &[u8]) -> Option<PlainMessage> {
    let flags = *b.first()?;
    if flags >> 4 != 0 {
        return None;
    }
    let session = u16_at(b, 1)?;
    let sec = *b.get(3)?;
    if session != 0 || sec & 0x03 != 0 {
        return None;
    }
    let mut i = 8;
    if flags & 0x04 != 0 {
        i += 8;
    }
    match flags & 0x03 {
        0 => {}
        1 => i += 8,
        2 => i += 2,
        _ => return None,
    }
    if sec & 0x20 != 0 {
        i += 2 + usize::from(u16_at(b, i)?);
    }
    let xflags = *b.get(i)?;
    let opcode = *b.get(i + 1)?;
    let exchange = u16_at(b, i + 2)?;
    i += 4;
    if xflags & 0x10 != 0 {
        i += 2;
    }
    let protocol = u16_at(b, i)?;
    i += 2;
    if protocol != 0 {
        return None;
    }
    if xflags & 0x02 != 0 {
        i += 4;
    }
    if xflags & 0x08 != 0 {
        i += 2 + usize::from(u16_at(b, i)?);
    }
    let status = if opcode == OP_STATUS_REPORT {
        Some((u16_at(b, i)?, u16_at(b, i + 6)?))
    } else {
        None
    };
    Some(PlainMessage {
        opcode,
        exchange,
        status,
    })
}

/// Follows PASE exchanges (module docs). Sans-IO: every call takes `now`.
#[derive(Debug, Default)]
pub struct PaseTracker {
    open: HashMap<(SocketAddr, u16), Instant>,
}

fn pase(peer: SocketAddr, ok: bool, status: &str) -> Observation {
    Observation::Pase {
        peer: peer.to_string(),
        ok,
        status: status.to_owned(),
    }
}

impl PaseTracker {
    /// An empty tracker.
    pub fn new() -> PaseTracker {
        PaseTracker::default()
    }

    /// A datagram the node received from `peer`; `window_open` says
    /// whether a commissioning window is open now.
    pub fn on_rx(
        &mut self,
        now: Instant,
        peer: SocketAddr,
        bytes: &[u8],
        window_open: bool,
    ) -> Vec<Observation> {
        let Some(m) = parse(bytes) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if m.opcode == OP_PBKDF_PARAM_REQUEST {
            if !window_open {
                out.push(pase(peer, false, "no_window"));
                return out;
            }
            if self.open.len() >= MAX_TRACKED {
                if let Some(oldest) = self.open.iter().min_by_key(|(_, t)| **t).map(|(k, _)| *k) {
                    self.open.remove(&oldest);
                    out.push(pase(oldest.0, false, "timeout"));
                }
            }
            self.open.insert((peer, m.exchange), now);
        } else if let Some(st) = m.status {
            // The controller ended it (e.g. our Pake2 did not verify: a
            // wrong passcode).
            if self.open.remove(&(peer, m.exchange)).is_some() {
                out.push(outcome(peer, st));
            }
        }
        out
    }

    /// A datagram the node sent to `peer`.
    pub fn on_tx(&mut self, peer: SocketAddr, bytes: &[u8]) -> Vec<Observation> {
        match parse(bytes) {
            Some(PlainMessage {
                status: Some(st),
                exchange,
                ..
            }) if self.open.remove(&(peer, exchange)).is_some() => vec![outcome(peer, st)],
            _ => Vec::new(),
        }
    }

    /// Exchanges without an outcome for [`PASE_TIMEOUT`].
    pub fn expire(&mut self, now: Instant) -> Vec<Observation> {
        let stale: Vec<_> = self
            .open
            .iter()
            .filter(|(_, t)| now.saturating_duration_since(**t) >= PASE_TIMEOUT)
            .map(|(k, _)| *k)
            .collect();
        stale
            .into_iter()
            .map(|k| {
                self.open.remove(&k);
                pase(k.0, false, "timeout")
            })
            .collect()
    }
}

fn outcome(peer: SocketAddr, (general, code): (u16, u16)) -> Observation {
    match (general, code) {
        (0, SC_SUCCESS) => pase(peer, true, "ok"),
        (_, SC_BUSY) => pase(peer, false, "busy"),
        _ => pase(peer, false, "wrong_passcode"),
    }
}

/// Where the tap reports to, and what it asks of the node.
pub struct TapSink<'a> {
    /// The tracker.
    pub tracker: &'a RefCell<PaseTracker>,
    /// Observations out.
    pub out: &'a tokio::sync::mpsc::UnboundedSender<Observation>,
    /// Whether a commissioning window is open now.
    pub window_open: &'a dyn Fn() -> bool,
}

impl TapSink<'_> {
    fn emit(&self, obs: Vec<Observation>) {
        for o in obs {
            let _ = self.out.send(o);
        }
    }
}

/// The receiving half of the tap.
pub struct TapRecv<'a, R> {
    /// The socket.
    pub inner: R,
    /// The reporting side.
    pub sink: &'a TapSink<'a>,
}

impl<R: NetworkReceive> NetworkReceive for TapRecv<'_, R> {
    async fn wait_available(&mut self) -> Result<(), Error> {
        self.inner.wait_available().await
    }

    async fn recv_from(&mut self, buffer: &mut [u8]) -> Result<(usize, Address), Error> {
        let (n, addr) = self.inner.recv_from(buffer).await?;
        if let (Some(peer), Some(bytes)) = (addr.udp(), buffer.get(..n)) {
            let obs = self.sink.tracker.borrow_mut().on_rx(
                Instant::now(),
                peer,
                bytes,
                (self.sink.window_open)(),
            );
            self.sink.emit(obs);
        }
        Ok((n, addr))
    }
}

/// The sending half of the tap.
pub struct TapSend<'a, S> {
    /// The socket.
    pub inner: S,
    /// The reporting side.
    pub sink: &'a TapSink<'a>,
}

impl<S: NetworkSend> NetworkSend for TapSend<'_, S> {
    async fn send_to(&mut self, data: &[u8], addr: Address) -> Result<(), Error> {
        if let Some(peer) = addr.udp() {
            let obs = self.sink.tracker.borrow_mut().on_tx(peer, data);
            self.sink.emit(obs);
        }
        self.inner.send_to(data, addr).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session-0 message: no node ids, plain protocol header.
    fn msg(xflags: u8, opcode: u8, exchange: u16, payload: &[u8]) -> Vec<u8> {
        let mut b = vec![0x00, 0, 0, 0x00, 1, 0, 0, 0];
        b.extend_from_slice(&[xflags, opcode]);
        b.extend_from_slice(&exchange.to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        if xflags & 0x02 != 0 {
            b.extend_from_slice(&9u32.to_le_bytes());
        }
        b.extend_from_slice(payload);
        b
    }

    fn status(general: u16, code: u16) -> Vec<u8> {
        let mut p = general.to_le_bytes().to_vec();
        p.extend_from_slice(&0u32.to_le_bytes());
        p.extend_from_slice(&code.to_le_bytes());
        p
    }

    fn peer() -> SocketAddr {
        "[fd00::2]:5540".parse().unwrap()
    }

    #[test]
    fn the_headers_parse_with_their_optional_fields() {
        let m = parse(&msg(0x05, OP_PBKDF_PARAM_REQUEST, 7, &[])).unwrap();
        assert_eq!((m.opcode, m.exchange, m.status), (0x20, 7, None));
        // Source node id present and an acknowledgement counter.
        let mut b = vec![0x04, 0, 0, 0x00, 1, 0, 0, 0];
        b.extend_from_slice(&[0xAA; 8]);
        b.extend_from_slice(&[0x02, OP_STATUS_REPORT, 3, 0, 0, 0]);
        b.extend_from_slice(&[1, 0, 0, 0]);
        b.extend_from_slice(&status(1, 2));
        let m = parse(&b).unwrap();
        assert_eq!(m.status, Some((1, 2)));
        // Encrypted (session id != 0), group, another protocol, truncated.
        let mut enc = msg(0x05, 0x20, 7, &[]);
        enc[1] = 5;
        assert_eq!(parse(&enc), None);
        let mut grp = msg(0x05, 0x20, 7, &[]);
        grp[3] = 0x01;
        assert_eq!(parse(&grp), None);
        let mut im = msg(0x05, 0x20, 7, &[]);
        im[12] = 1;
        assert_eq!(parse(&im), None);
        let full = msg(0x02, OP_STATUS_REPORT, 3, &status(0, 0));
        for n in 0..full.len() {
            assert_eq!(parse(&full[..n]), None, "truncated at {n}");
        }
        assert_eq!(parse(&[0xF0; 40]), None, "unknown version");
    }

    #[test]
    fn an_exchange_ends_with_its_status_report() {
        let t0 = Instant::now();
        let mut t = PaseTracker::new();
        assert!(t
            .on_rx(t0, peer(), &msg(0x05, 0x20, 1, &[]), true)
            .is_empty());
        // Our success report ends it.
        let o = t.on_tx(peer(), &msg(0x00, OP_STATUS_REPORT, 1, &status(0, 0)));
        assert_eq!(o, vec![pase(peer(), true, "ok")]);
        // A second report on the same exchange is not an attempt.
        assert!(t
            .on_tx(peer(), &msg(0x00, OP_STATUS_REPORT, 1, &status(0, 0)))
            .is_empty());
        // The controller rejects our Pake2: wrong passcode.
        t.on_rx(t0, peer(), &msg(0x05, 0x20, 2, &[]), true);
        let o = t.on_rx(
            t0,
            peer(),
            &msg(0x05, OP_STATUS_REPORT, 2, &status(1, 2)),
            true,
        );
        assert_eq!(o, vec![pase(peer(), false, "wrong_passcode")]);
        // Busy.
        t.on_rx(t0, peer(), &msg(0x05, 0x20, 3, &[]), true);
        let o = t.on_tx(peer(), &msg(0x00, OP_STATUS_REPORT, 3, &status(1, 4)));
        assert_eq!(o, vec![pase(peer(), false, "busy")]);
    }

    #[test]
    fn no_window_timeouts_and_the_table_bound() {
        let t0 = Instant::now();
        let mut t = PaseTracker::new();
        let o = t.on_rx(t0, peer(), &msg(0x05, 0x20, 1, &[]), false);
        assert_eq!(o, vec![pase(peer(), false, "no_window")]);
        t.on_rx(t0, peer(), &msg(0x05, 0x20, 2, &[]), true);
        assert!(t
            .expire(t0 + PASE_TIMEOUT - Duration::from_millis(1))
            .is_empty());
        assert_eq!(
            t.expire(t0 + PASE_TIMEOUT),
            vec![pase(peer(), false, "timeout")]
        );
        for x in 0..(MAX_TRACKED as u16 + 5) {
            t.on_rx(
                t0 + Duration::from_millis(x.into()),
                peer(),
                &msg(0x05, 0x20, x, &[]),
                true,
            );
        }
        assert_eq!(t.open.len(), MAX_TRACKED);
    }
}
