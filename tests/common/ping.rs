//! ICMPv6 echo from inside a network namespace, without a `ping` binary:
//! a raw ICMPv6 socket (root) opened on a thread that entered the
//! namespace, so it sends and receives there whatever thread uses it.

use std::io::Read;
use std::net::{Ipv6Addr, SocketAddrV6};
use std::time::{Duration, Instant};

use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use super::netns::NetNs;

/// A raw ICMPv6 socket in a namespace.
pub struct Pinger {
    sock: Socket,
    id: u16,
    seq: u16,
}

impl Pinger {
    /// Opens the socket inside `ns`.
    pub fn new(ns: &NetNs) -> Pinger {
        let sock = ns.run(|| {
            Socket::new(Domain::IPV6, Type::RAW, Some(Protocol::ICMPV6)).expect("raw ICMPv6 socket")
        });
        Pinger {
            sock,
            id: (std::process::id() & 0xffff) as u16,
            seq: 0,
        }
    }

    /// Sends one echo request to `dst` and waits up to `timeout` for its
    /// reply; the round-trip time, or `None` without a reply.
    pub fn ping(&mut self, dst: Ipv6Addr, timeout: Duration) -> Option<Duration> {
        self.seq = self.seq.wrapping_add(1);
        let mut req = vec![128u8, 0, 0, 0];
        req.extend_from_slice(&self.id.to_be_bytes());
        req.extend_from_slice(&self.seq.to_be_bytes());
        req.extend_from_slice(b"threshold-ping16");
        let to = SockAddr::from(SocketAddrV6::new(dst, 0, 0, 0));
        let sent = Instant::now();
        // The kernel fills in the ICMPv6 checksum of a raw ICMPv6 socket.
        self.sock.send_to(&req, &to).expect("send echo request");
        let deadline = sent + timeout;
        let mut buf = [0u8; 1500];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            self.sock.set_read_timeout(Some(left)).expect("timeout");
            let n = match (&self.sock).read(&mut buf) {
                Ok(n) => n,
                Err(_) => return None,
            };
            // Every ICMPv6 message of the namespace arrives here: only
            // our reply counts.
            if n >= 8
                && buf[0] == 129
                && buf[4..6] == self.id.to_be_bytes()
                && buf[6..8] == self.seq.to_be_bytes()
            {
                return Some(sent.elapsed());
            }
        }
    }
}
