//! NAT64 on the border router: mesh nodes (IPv6 only) reach IPv4 hosts.
//!
//! OpenThread does the work (openthread-sys' `nat64-border-routing`
//! feature: `OT_NAT64_TRANSLATOR` + `OT_NAT64_BORDER_ROUTING`, see
//! vendor/README.md):
//!
//! * the routing manager's **NAT64 prefix manager** chooses a NAT64 prefix
//!   and publishes it in the Thread network data (an external route with
//!   the NAT64 flag): the infrastructure's, if one was discovered and the
//!   OMR prefix also comes from the infrastructure, else a local /96 made
//!   from the hub's ULA prefix (subnet 2). Only with the local prefix does
//!   the hub translate itself; an infrastructure prefix means a NAT64 on
//!   the LAN does it, and the hub's translator stands aside.
//! * the **translator** maps each mesh flow to `<prefix>::<IPv4>` onto an
//!   address of the IPv4 CIDR (`[thread] nat64_ipv4_cidr`) and back.
//!
//! What Threshold adds:
//!
//! * [`Ipv4Cidr`]: the checked CIDR of the configuration.
//! * `start` (once per OpenThread session, after border routing started):
//!   the CIDR, then NAT64 enabled. Nothing runs without border routing: the
//!   prefix manager is part of the routing manager.
//! * The IPv4 side goes through the Thread network interface
//!   ([`super::netif`]): translated IPv4 packets are written to the TUN
//!   device, IPv4 packets the kernel routes to it (the CIDR is routed
//!   there) go to the translator. Forwarding them to the LAN, and
//!   masquerading them if the LAN does not route the CIDR back, is the
//!   system's job (docs/thread.md, "NAT64").
//! * Discovery of the infrastructure's NAT64 prefix
//!   (`otPlatInfraIfDiscoverNat64Prefix`, RFC 7050): `drive_discovery`
//!   resolves `ipv4only.arpa` with the host's resolver and reads the
//!   prefix from the synthesized AAAA records ([`prefix_from_ipv4only`]).
//!   No answer (no DNS64 resolver, no network) reports "no prefix", and
//!   OpenThread keeps its local prefix.
//! * `status`: states, prefixes, CIDR and counters for
//!   `threshold thread status`.
#![forbid(unsafe_code)]

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;
use std::time::Duration;

use openthread::OpenThread;
use serde::{Deserialize, Serialize};

use super::ffi;

/// An IPv4 CIDR block (`192.168.255.0/24`): a network address with no
/// host bits set and a prefix length of 1..=32 (what OpenThread's
/// translator accepts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4Cidr {
    network: Ipv4Addr,
    len: u8,
}

/// Why a string is not an [`Ipv4Cidr`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CidrError {
    /// No `/length`.
    #[error("{0:?} is not address/length (e.g. 192.168.255.0/24)")]
    Syntax(String),
    /// The address part is not an IPv4 address.
    #[error("{0:?} is not an IPv4 address")]
    Address(String),
    /// The length is not 1..=32.
    #[error("prefix length {0:?} is not 1..=32")]
    Length(String),
    /// Host bits are set (`192.168.255.1/24`).
    #[error("{addr}/{len} has host bits set; the network is {network}/{len}")]
    HostBits {
        /// The address given.
        addr: Ipv4Addr,
        /// The length given.
        len: u8,
        /// The network address of that length.
        network: Ipv4Addr,
    },
}

impl Ipv4Cidr {
    /// What the reference border router (ot-br-posix) uses, so a LAN set up
    /// for one (a route or a firewall rule) fits both.
    pub const DEFAULT: Ipv4Cidr = Ipv4Cidr {
        network: Ipv4Addr::new(192, 168, 255, 0),
        len: 24,
    };

    /// `network/len`, checked.
    pub fn new(network: Ipv4Addr, len: u8) -> Result<Ipv4Cidr, CidrError> {
        if !(1..=32).contains(&len) {
            return Err(CidrError::Length(len.to_string()));
        }
        let mask = u32::MAX << (32 - u32::from(len));
        let masked = Ipv4Addr::from(u32::from(network) & mask);
        if masked != network {
            return Err(CidrError::HostBits {
                addr: network,
                len,
                network: masked,
            });
        }
        Ok(Ipv4Cidr { network, len })
    }

    /// The network address.
    pub fn network(&self) -> Ipv4Addr {
        self.network
    }

    /// The prefix length.
    pub fn prefix_len(&self) -> u8 {
        self.len
    }

    /// Whether `a` is inside the block.
    pub fn contains(&self, a: Ipv4Addr) -> bool {
        let mask = u32::MAX << (32 - u32::from(self.len));
        u32::from(a) & mask == u32::from(self.network)
    }
}

impl FromStr for Ipv4Cidr {
    type Err = CidrError;

    fn from_str(s: &str) -> Result<Ipv4Cidr, CidrError> {
        let (addr, len) = s
            .trim()
            .split_once('/')
            .ok_or_else(|| CidrError::Syntax(s.to_owned()))?;
        let network: Ipv4Addr = addr
            .parse()
            .map_err(|_| CidrError::Address(addr.to_owned()))?;
        // Digits only: `u8::from_str` would take "+24".
        if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CidrError::Length(len.to_owned()));
        }
        let len: u8 = len.parse().map_err(|_| CidrError::Length(len.to_owned()))?;
        Ipv4Cidr::new(network, len)
    }
}

impl fmt::Display for Ipv4Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.len)
    }
}

/// Packets and bytes the translator moved one way and the other.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nat64Traffic {
    /// IPv6 packets from the mesh translated to IPv4.
    pub to_ipv4_packets: u64,
    /// Their bytes.
    pub to_ipv4_bytes: u64,
    /// IPv4 packets translated to IPv6 for the mesh.
    pub from_ipv4_packets: u64,
    /// Their bytes.
    pub from_ipv4_bytes: u64,
}

/// `otNat64GetCounters`: the translator's traffic, in total and per
/// protocol.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nat64Counters {
    /// All protocols.
    pub total: Nat64Traffic,
    /// ICMP (echo).
    pub icmp: Nat64Traffic,
    /// UDP.
    pub udp: Nat64Traffic,
    /// TCP.
    pub tcp: Nat64Traffic,
}

/// Packets the translator dropped one way, per reason
/// (`otNat64GetErrorCounters`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nat64DropReasons {
    /// For a reason OpenThread does not name.
    pub unknown: u64,
    /// Not a valid packet.
    pub illegal_packet: u64,
    /// A protocol it does not translate (only ICMP echo, UDP, TCP).
    pub unsupported_protocol: u64,
    /// No address mapping: an IPv4 packet for no active flow, or an IPv6
    /// flow when every address of the CIDR is taken.
    pub no_mapping: u64,
}

/// Drops of the translator, both ways.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nat64Drops {
    /// Mesh -> IPv4.
    pub to_ipv4: Nat64DropReasons,
    /// IPv4 -> mesh.
    pub from_ipv4: Nat64DropReasons,
}

/// NAT64's part of `threshold thread status` (inside border routing's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nat64Status {
    /// The prefix manager: `disabled` (NAT64 off), `not_running` (border
    /// routing does not run), `idle` (no prefix published by this hub:
    /// another border router's is preferred) or `active` (publishing).
    pub prefix_manager: String,
    /// The translator: `disabled`, `not_running` (no NAT64 prefix or no
    /// CIDR: e.g. an infrastructure NAT64 is used instead) or `active`
    /// (translating).
    pub translator: String,
    /// The favored NAT64 prefix (`prefix/96`), which the hub publishes in
    /// the network data while the prefix manager is `active`.
    pub prefix: Option<String>,
    /// Where it comes from: `infrastructure` (discovered on the LAN,
    /// RFC 7050) or `local` (the hub's own, from its ULA prefix).
    pub prefix_origin: Option<String>,
    /// The hub's local NAT64 prefix.
    pub local_prefix: Option<String>,
    /// The IPv4 CIDR the translator takes addresses from.
    pub ipv4_cidr: Option<String>,
    /// Active address mappings (mesh address <-> IPv4 address).
    pub mappings: u32,
    /// Translated traffic.
    pub counters: Nat64Counters,
    /// Dropped packets.
    pub drops: Nat64Drops,
}

/// An `otNat64State` value's name.
pub(crate) fn state_name(raw: u32) -> String {
    match raw {
        0 => "disabled".into(),
        1 => "not_running".into(),
        2 => "idle".into(),
        3 => "active".into(),
        n => format!("other({n})"),
    }
}

/// Sets the translator's CIDR and enables NAT64 (prefix manager and
/// translator). Call once per OpenThread session, after
/// [`super::infra::BorderRouting::start`]. A refusal is logged; Thread
/// runs on without NAT64.
pub(crate) fn start(ot: &OpenThread<'_>, cidr: Ipv4Cidr) {
    match ffi::nat64_start(ot, cidr.network().octets(), cidr.prefix_len()) {
        Ok(()) => tracing::info!(%cidr, "thread: NAT64 enabled"),
        Err(e) => tracing::warn!(%cidr, error = %e, "thread: NAT64 not started"),
    }
}

/// NAT64's status line.
pub(crate) fn status(ot: &OpenThread<'_>) -> Nat64Status {
    let (pm, tr) = ffi::nat64_states(ot);
    let fmt = |p: (Ipv6Addr, u8)| format!("{}/{}", p.0, p.1);
    let favored = ffi::nat64_favored_prefix(ot);
    let (counters, drops) = ffi::nat64_counters(ot);
    Nat64Status {
        prefix_manager: state_name(pm),
        translator: state_name(tr),
        prefix: favored.map(|(p, _)| fmt(p)),
        // The prefix manager gives an infrastructure prefix medium
        // preference (0) and its local one low (-1).
        prefix_origin: favored
            .map(|(_, pref)| if pref >= 0 { "infrastructure" } else { "local" }.to_owned()),
        local_prefix: ffi::nat64_local_prefix(ot).map(fmt),
        ipv4_cidr: ffi::nat64_cidr(ot).map(|(a, l)| format!("{}/{l}", Ipv4Addr::from(a))),
        mappings: ffi::nat64_mapping_count(ot),
        counters,
        drops,
    }
}

/// The well-known IPv4 addresses of `ipv4only.arpa` (RFC 7050 2.2).
const WKA: [Ipv4Addr; 2] = [Ipv4Addr::new(192, 0, 0, 170), Ipv4Addr::new(192, 0, 0, 171)];

/// The IPv4 address embedded in `a` for a NAT64 prefix of `len` bits
/// (RFC 6052 2.2: bits 64..72 are skipped); `None` for a length RFC 6052
/// does not define.
pub fn embedded_ipv4(a: &Ipv6Addr, len: u8) -> Option<Ipv4Addr> {
    let o = a.octets();
    let at: [usize; 4] = match len {
        32 => [4, 5, 6, 7],
        40 => [5, 6, 7, 9],
        48 => [6, 7, 9, 10],
        56 => [7, 9, 10, 11],
        64 => [9, 10, 11, 12],
        96 => [12, 13, 14, 15],
        _ => return None,
    };
    Some(Ipv4Addr::new(o[at[0]], o[at[1]], o[at[2]], o[at[3]]))
}

/// The NAT64 prefix (RFC 7050 3) in the AAAA records of `ipv4only.arpa`:
/// the first address (in answer order) holding a well-known address at a
/// position RFC 6052 defines, longest prefix first. `None` when no record
/// is synthesized (a resolver without DNS64 answers nothing for AAAA).
pub fn prefix_from_ipv4only(addrs: &[Ipv6Addr]) -> Option<(Ipv6Addr, u8)> {
    for a in addrs {
        for len in [96u8, 64, 56, 48, 40, 32] {
            if embedded_ipv4(a, len).is_some_and(|v4| WKA.contains(&v4)) {
                let mask = u128::MAX << (128 - u32::from(len));
                return Some((Ipv6Addr::from(u128::from(*a) & mask), len));
            }
        }
    }
    None
}

/// The IPv6 address a mesh node uses for IPv4 host `v4` behind a /96
/// NAT64 prefix (RFC 6052): the prefix with the address in its last 32
/// bits.
pub fn synthesize_96(prefix: Ipv6Addr, v4: Ipv4Addr) -> Ipv6Addr {
    let p = u128::from(prefix) & !u128::from(u32::MAX);
    Ipv6Addr::from(p | u128::from(u32::from(v4)))
}

/// How long one discovery may take (the host's resolver has its own
/// timeouts and retries; OpenThread asks again every few minutes).
const DISCOVERY_TIMEOUT: Duration = Duration::from_secs(10);

/// Answers OpenThread's NAT64 prefix discovery requests
/// (`otPlatInfraIfDiscoverNat64Prefix`) for the session; never returns.
/// The lookup runs on the resolver's blocking thread; OpenThread is told
/// the result (a prefix or none) from this task, never from a callback.
pub(crate) async fn drive_discovery(ot: &OpenThread<'_>) {
    loop {
        ffi::nat64_discovery_requested().await;
        let Some(index) = ffi::take_nat64_discovery() else {
            continue;
        };
        let found = discover().await;
        match found {
            Some((p, l)) => {
                tracing::info!(prefix = %format!("{p}/{l}"), "thread: NAT64 prefix of the infrastructure")
            }
            None => tracing::debug!(
                "thread: no NAT64 prefix on the infrastructure (ipv4only.arpa has no AAAA); the local one is used"
            ),
        }
        ffi::nat64_discover_done(ot, index, found);
    }
}

/// RFC 7050 with the host's resolver.
async fn discover() -> Option<(Ipv6Addr, u8)> {
    let lookup = tokio::net::lookup_host(("ipv4only.arpa", 0));
    let addrs: Vec<Ipv6Addr> = match tokio::time::timeout(DISCOVERY_TIMEOUT, lookup).await {
        Ok(Ok(it)) => it
            .filter_map(|s| match s.ip() {
                std::net::IpAddr::V6(a) => Some(a),
                std::net::IpAddr::V4(_) => None,
            })
            .collect(),
        Ok(Err(e)) => {
            tracing::debug!(error = %e, "thread: ipv4only.arpa not resolved");
            Vec::new()
        }
        Err(_) => Vec::new(),
    };
    prefix_from_ipv4only(&addrs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidrs_are_parsed_and_checked() {
        let c: Ipv4Cidr = "192.168.255.0/24".parse().unwrap();
        assert_eq!(c, Ipv4Cidr::DEFAULT);
        assert_eq!(c.to_string(), "192.168.255.0/24");
        assert!(c.contains(Ipv4Addr::new(192, 168, 255, 7)));
        assert!(!c.contains(Ipv4Addr::new(192, 168, 254, 7)));
        let one: Ipv4Cidr = "10.1.2.3/32".parse().unwrap();
        assert_eq!(one.prefix_len(), 32);
        assert!(one.contains(Ipv4Addr::new(10, 1, 2, 3)));
        let all_bits: Ipv4Cidr = "128.0.0.0/1".parse().unwrap();
        assert!(all_bits.contains(Ipv4Addr::new(200, 0, 0, 1)));
        for (bad, want) in [
            ("192.168.255.0", "address/length"),
            ("192.168.255/24", "not an IPv4 address"),
            ("fd00::/24", "not an IPv4 address"),
            ("192.168.255.0/0", "1..=32"),
            ("192.168.255.0/33", "1..=32"),
            ("192.168.255.0/+24", "1..=32"),
            ("192.168.255.0/", "1..=32"),
            ("192.168.255.0/x", "1..=32"),
            ("192.168.255.1/24", "network is 192.168.255.0/24"),
        ] {
            let e = bad.parse::<Ipv4Cidr>().unwrap_err();
            assert!(e.to_string().contains(want), "{bad}: {e}");
        }
    }

    #[test]
    fn the_nat64_prefix_is_read_from_ipv4only_arpa() {
        let a = |s: &str| s.parse::<Ipv6Addr>().unwrap();
        // The well-known prefix (RFC 6052), both records.
        assert_eq!(
            prefix_from_ipv4only(&[a("64:ff9b::c000:aa"), a("64:ff9b::c000:ab")]),
            Some((a("64:ff9b::"), 96))
        );
        // A network-specific /64: the address after the u-octet.
        assert_eq!(
            prefix_from_ipv4only(&[a("2001:db8:1:2:c0:0:aa00:0")]),
            Some((a("2001:db8:1:2::"), 64))
        );
        // /56 and /32.
        assert_eq!(
            prefix_from_ipv4only(&[a("2001:db8:100:c0:0:aa::")]),
            Some((a("2001:db8:100::"), 56))
        );
        assert_eq!(
            prefix_from_ipv4only(&[a("2001:db8:c000:ab::")]),
            Some((a("2001:db8::"), 32))
        );
        // No synthesized record: no prefix.
        assert_eq!(prefix_from_ipv4only(&[]), None);
        assert_eq!(prefix_from_ipv4only(&[a("2001:db8::1")]), None);
    }

    #[test]
    fn addresses_are_synthesized_behind_a_96() {
        let p: Ipv6Addr = "fd12:3456:789a:2::".parse().unwrap();
        let s = synthesize_96(p, Ipv4Addr::new(10, 77, 0, 2));
        assert_eq!(s, "fd12:3456:789a:2::a4d:2".parse::<Ipv6Addr>().unwrap());
        assert_eq!(embedded_ipv4(&s, 96), Some(Ipv4Addr::new(10, 77, 0, 2)));
        assert_eq!(embedded_ipv4(&s, 80), None);
    }

    #[test]
    fn states_are_named() {
        assert_eq!(state_name(0), "disabled");
        assert_eq!(state_name(1), "not_running");
        assert_eq!(state_name(3), "active");
        assert_eq!(state_name(9), "other(9)");
    }
}
