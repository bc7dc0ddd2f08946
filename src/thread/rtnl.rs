//! A small rtnetlink client: exactly the link, address and route requests
//! the Thread interface ([`super::netif`]) and border routing's on-link
//! route ([`super::infra`]) send, in place of the `rtnetlink` crate family
//! (0.68 MB of the stripped firmware binary for a dozen message kinds).
//!
//! Two parts: a sans-IO codec (request builders, [`parse`], the
//! [`Exchange`] that reads the replies of one request), unit-tested with
//! byte vectors written from the kernel's uapi headers; and [`Socket`], a
//! non-blocking `NETLINK_ROUTE` socket on the tokio reactor that runs one
//! exchange at a time.
//!
//! # Byte layout (host byte order; IP addresses in network order)
//!
//! Every message starts with a `struct nlmsghdr` (linux/netlink.h, 16
//! bytes) and is padded to 4 bytes; a datagram holds one or more messages
//! back to back:
//!
//! ```text
//! 0       4       6       8               12              16
//! | len u32 | type u16 | flags u16 | seq u32 | pid u32 | payload...
//! ```
//!
//! `len` counts the header and the payload (not the padding after it).
//! The payload of the rtnetlink messages used here is a fixed header
//! followed by attributes:
//!
//! * `struct ifinfomsg` (linux/rtnetlink.h, 16 bytes), links: `family u8`,
//!   pad u8, `type u16`, `index i32`, `flags u32` (`IFF_*`), `change u32`
//!   (which flags to change).
//! * `struct ifaddrmsg` (linux/if_addr.h, 8 bytes), addresses: `family u8`,
//!   `prefixlen u8`, `flags u8`, `scope u8`, `index u32`.
//! * `struct rtmsg` (linux/rtnetlink.h, 12 bytes), routes: `family`,
//!   `dst_len`, `src_len`, `tos`, `table`, `protocol`, `scope`, `type`
//!   (u8 each), `flags u32`.
//! * `struct rtattr` (4 bytes + payload, padded to 4): `len u16` (header +
//!   payload, no padding), `type u16` (the top two bits are the
//!   `NLA_F_NESTED` / `NLA_F_NET_BYTEORDER` flags, masked off when read).
//!   A nested attribute's payload is attributes again: `IFLA_LINKINFO`
//!   holds `IFLA_INFO_KIND` (the link kind, "tun", NUL-terminated);
//!   `IFLA_AF_SPEC` holds one attribute per family (`AF_INET6`) holding
//!   `IFLA_INET6_ADDR_GEN_MODE` (u8).
//! * `NLMSG_ERROR` (type 2): `error i32` (0: an acknowledgement, else a
//!   negative errno) followed by the request's `nlmsghdr` (and its payload
//!   unless `NLM_F_CAPPED`; neither is needed here). `NLMSG_DONE` (type 3)
//!   ends a dump; its payload, if any, is an `i32` error as well.
//!
//! Request flags: `NLM_F_REQUEST` (1) on every request, `NLM_F_ACK` (4)
//! asks for an `NLMSG_ERROR` with 0 on success; new objects add
//! `NLM_F_CREATE` (0x400) and `NLM_F_REPLACE` (0x100: replace a match
//! instead of failing with `EEXIST` as `NLM_F_EXCL`, 0x200, would);
//! `NLM_F_DUMP` (0x300) asks for every object of a kind.
//!
//! # One exchange
//!
//! A request gets the next sequence number. With `NLM_F_ACK` (everything
//! but the dump) the kernel answers with zero or more objects (a link
//! lookup by name: its `RTM_NEWLINK`) and then one `NLMSG_ERROR`: error 0
//! ends the exchange successfully, anything else fails it with that errno.
//! A dump is answered with messages flagged `NLM_F_MULTI` over as many
//! datagrams as it takes and ends with `NLMSG_DONE` (an `NLMSG_ERROR`
//! instead fails it). Messages whose sequence number or port id is not the
//! request's are skipped: late replies of a request whose caller gave up
//! (a future dropped mid-exchange), which the next exchange reads first.
//! `NLM_F_DUMP_INTR` (the table changed during the dump) is not treated as
//! an error: the address dump only seeds a diff that the next sync
//! corrects. A datagram longer than the receive buffer (`MSG_TRUNC`) or a
//! malformed one fails the exchange; nothing in a reply can make the
//! parser panic.
#![forbid(unsafe_code)]

use std::io;
use std::net::{IpAddr, Ipv6Addr};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicU32, Ordering};

use nix::sys::socket::{self as nsock, MsgFlags, NetlinkAddr};
use tokio::io::Interest;

/// The receive buffer: larger than any datagram the kernel sends to a
/// socket that reads with it (dump datagrams are sized to the reader's
/// buffer, at most 32 KiB).
pub const RECV_BUF: usize = 32 * 1024;

// linux/netlink.h
const NLMSG_HDRLEN: usize = 16;
/// Message types of the netlink core.
pub const NLMSG_NOOP: u16 = 1;
/// An error or (error 0) an acknowledgement.
pub const NLMSG_ERROR: u16 = 2;
/// The end of a dump.
pub const NLMSG_DONE: u16 = 3;
/// Request flag: a request.
pub const NLM_F_REQUEST: u16 = 0x1;
/// Reply flag: part of a multi-part reply.
pub const NLM_F_MULTI: u16 = 0x2;
/// Request flag: acknowledge success too.
pub const NLM_F_ACK: u16 = 0x4;
/// Reply flag: the dump was interrupted by a change.
pub const NLM_F_DUMP_INTR: u16 = 0x10;
/// New request flag: replace an existing object.
pub const NLM_F_REPLACE: u16 = 0x100;
/// New request flag: fail if the object exists.
pub const NLM_F_EXCL: u16 = 0x200;
/// New request flag: create the object if it does not exist.
pub const NLM_F_CREATE: u16 = 0x400;
/// Get request flags: every object (`NLM_F_ROOT | NLM_F_MATCH`).
pub const NLM_F_DUMP: u16 = 0x300;

// linux/rtnetlink.h
/// A link (reply to `RTM_GETLINK`).
pub const RTM_NEWLINK: u16 = 16;
/// Delete a link.
pub const RTM_DELLINK: u16 = 17;
/// Look a link up.
pub const RTM_GETLINK: u16 = 18;
/// Change a link.
pub const RTM_SETLINK: u16 = 19;
/// Add an address (and an address in a dump).
pub const RTM_NEWADDR: u16 = 20;
/// Delete an address.
pub const RTM_DELADDR: u16 = 21;
/// Dump addresses.
pub const RTM_GETADDR: u16 = 22;
/// Add a route.
pub const RTM_NEWROUTE: u16 = 24;
/// Delete a route.
pub const RTM_DELROUTE: u16 = 25;
const RT_TABLE_MAIN: u8 = 254;
const RTPROT_STATIC: u8 = 4;
const RTN_UNICAST: u8 = 1;
/// Route scope: global.
pub const RT_SCOPE_UNIVERSE: u8 = 0;
/// Route scope: on the link.
pub const RT_SCOPE_LINK: u8 = 253;
const RTA_DST: u16 = 1;
const RTA_OIF: u16 = 4;

// linux/if_link.h
const IFLA_IFNAME: u16 = 3;
const IFLA_MTU: u16 = 4;
const IFLA_LINKINFO: u16 = 18;
const IFLA_AF_SPEC: u16 = 26;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INET6_ADDR_GEN_MODE: u16 = 8;
const IN6_ADDR_GEN_MODE_NONE: u8 = 1;

// linux/if_addr.h
const IFA_ADDRESS: u16 = 1;
const IFA_LOCAL: u16 = 2;
const IFA_CACHEINFO: u16 = 6;
const IFA_FLAGS: u16 = 8;
/// Address flag: no duplicate address detection.
pub const IFA_F_NODAD: u32 = 0x02;
/// Address flag: no prefix route for it.
pub const IFA_F_NOPREFIXROUTE: u32 = 0x200;

// linux/if.h, linux/socket.h
const IFF_UP: u32 = 0x1;
const IFF_MULTICAST: u32 = 0x1000;
const AF_UNSPEC: u8 = 0;
/// IPv4.
pub const AF_INET: u8 = 2;
/// IPv6.
pub const AF_INET6: u8 = 10;
/// The longest interface name (`IFNAMSIZ` - 1).
const IFNAMSIZ_MAX: usize = 15;

const NLA_TYPE_MASK: u16 = 0x3fff;
const ENODEV: i32 = 19;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The socket failed.
    #[error("netlink socket: {0}")]
    Io(#[from] io::Error),
    /// The kernel refused the request with this errno.
    #[error("{}", io::Error::from_raw_os_error(*.0))]
    Kernel(i32),
    /// A reply did not parse.
    #[error("malformed netlink reply: {0}")]
    Malformed(&'static str),
    /// A reply was longer than the receive buffer.
    #[error("netlink reply truncated (longer than {RECV_BUF} bytes)")]
    Truncated,
    /// An interface name longer than the kernel takes.
    #[error("interface name longer than {IFNAMSIZ_MAX} bytes")]
    NameTooLong,
}

impl Error {
    /// The errno the kernel answered with, if it refused the request.
    pub fn errno(&self) -> Option<i32> {
        match self {
            Error::Kernel(e) => Some(*e),
            _ => None,
        }
    }
}

/// A request, built with sequence number 0 ([`Socket`] or
/// [`Exchange::stamp`] sets it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    buf: Vec<u8>,
}

impl Request {
    fn new(ty: u16, flags: u16) -> Request {
        let mut buf = Vec::with_capacity(64);
        buf.extend_from_slice(&0u32.to_ne_bytes());
        buf.extend_from_slice(&ty.to_ne_bytes());
        buf.extend_from_slice(&flags.to_ne_bytes());
        buf.extend_from_slice(&0u32.to_ne_bytes());
        buf.extend_from_slice(&0u32.to_ne_bytes());
        Request { buf }
    }

    /// Appends a fixed header (a multiple of 4 bytes).
    fn fixed(mut self, b: &[u8]) -> Request {
        self.buf.extend_from_slice(b);
        self
    }

    fn pad(&mut self) {
        while !self.buf.len().is_multiple_of(4) {
            self.buf.push(0);
        }
    }

    /// Appends an attribute (payloads here are at most a few dozen bytes).
    fn attr(mut self, ty: u16, payload: &[u8]) -> Request {
        let len = u16::try_from(4 + payload.len()).unwrap_or(u16::MAX);
        self.buf.extend_from_slice(&len.to_ne_bytes());
        self.buf.extend_from_slice(&ty.to_ne_bytes());
        self.buf.extend_from_slice(payload);
        self.pad();
        self
    }

    /// Appends a nested attribute holding what `inner` appends.
    fn nest(mut self, ty: u16, inner: impl FnOnce(Request) -> Request) -> Request {
        let at = self.buf.len();
        self.buf.extend_from_slice(&0u16.to_ne_bytes());
        self.buf.extend_from_slice(&ty.to_ne_bytes());
        let mut r = inner(self);
        let len = u16::try_from(r.buf.len() - at).unwrap_or(u16::MAX);
        r.buf[at..at + 2].copy_from_slice(&len.to_ne_bytes());
        r
    }

    fn done(mut self) -> Request {
        let len = u32::try_from(self.buf.len()).unwrap_or(u32::MAX);
        self.buf[..4].copy_from_slice(&len.to_ne_bytes());
        self
    }

    /// The message's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }

    fn flags(&self) -> u16 {
        u16::from_ne_bytes([self.buf[6], self.buf[7]])
    }

    fn set_seq(&mut self, seq: u32) {
        self.buf[8..12].copy_from_slice(&seq.to_ne_bytes());
    }
}

fn ifinfomsg(index: u32, flags: u32, change: u32) -> [u8; 16] {
    let mut h = [0u8; 16];
    h[0] = AF_UNSPEC;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h[8..12].copy_from_slice(&flags.to_ne_bytes());
    h[12..16].copy_from_slice(&change.to_ne_bytes());
    h
}

fn ifaddrmsg(family: u8, prefix_len: u8, index: u32) -> [u8; 8] {
    let mut h = [0u8; 8];
    h[0] = family;
    h[1] = prefix_len;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h
}

/// `RTM_GETLINK` for the link named `name` (acknowledged: the reply is its
/// `RTM_NEWLINK`, then the acknowledgement; `ENODEV` if there is none).
pub fn get_link(name: &str) -> Result<Request, Error> {
    if name.len() > IFNAMSIZ_MAX {
        return Err(Error::NameTooLong);
    }
    let mut z = name.as_bytes().to_vec();
    z.push(0);
    Ok(Request::new(RTM_GETLINK, NLM_F_REQUEST | NLM_F_ACK)
        .fixed(&ifinfomsg(0, 0, 0))
        .attr(IFLA_IFNAME, &z)
        .done())
}

/// `RTM_DELLINK` of link `index`.
pub fn del_link(index: u32) -> Request {
    Request::new(RTM_DELLINK, NLM_F_REQUEST | NLM_F_ACK)
        .fixed(&ifinfomsg(index, 0, 0))
        .done()
}

/// What [`set_link`] changes (`None`: left as it is).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkChange {
    /// `IFF_UP`.
    pub up: Option<bool>,
    /// `IFF_MULTICAST`.
    pub multicast: Option<bool>,
    /// `IFLA_MTU`.
    pub mtu: Option<u32>,
    /// IPv6 address generation mode `none` (the kernel adds no address).
    pub addr_gen_mode_none: bool,
}

/// `RTM_SETLINK` of link `index`.
pub fn set_link(index: u32, c: &LinkChange) -> Request {
    let (mut flags, mut change) = (0, 0);
    for (bit, on) in [(IFF_UP, c.up), (IFF_MULTICAST, c.multicast)] {
        if let Some(on) = on {
            change |= bit;
            if on {
                flags |= bit;
            }
        }
    }
    let mut r = Request::new(RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK)
        .fixed(&ifinfomsg(index, flags, change));
    if let Some(mtu) = c.mtu {
        r = r.attr(IFLA_MTU, &mtu.to_ne_bytes());
    }
    if c.addr_gen_mode_none {
        r = r.nest(IFLA_AF_SPEC, |r| {
            r.nest(u16::from(AF_INET6), |r| {
                r.attr(IFLA_INET6_ADDR_GEN_MODE, &[IN6_ADDR_GEN_MODE_NONE])
            })
        });
    }
    r.done()
}

/// `RTM_GETADDR` dump of the addresses of `family` (all links: the kernel
/// filters by link only in strict mode, so the caller does).
pub fn dump_addresses(family: u8) -> Request {
    Request::new(RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP)
        .fixed(&ifaddrmsg(family, 0, 0))
        .done()
}

/// An IPv6 address to add ([`add_address`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewAddress {
    /// The link.
    pub index: u32,
    /// The address.
    pub address: Ipv6Addr,
    /// Its prefix length.
    pub prefix_len: u8,
    /// `IFA_FLAGS` (`IFA_F_*`).
    pub flags: u32,
    /// Preferred lifetime, seconds (`u32::MAX`: forever; 0: deprecated).
    pub preferred: u32,
    /// Valid lifetime, seconds (`u32::MAX`: forever).
    pub valid: u32,
}

/// `RTM_NEWADDR` (create or replace): `IFA_ADDRESS` and `IFA_LOCAL`,
/// `IFA_FLAGS`, `IFA_CACHEINFO` (`ifa_prefered`, `ifa_valid`, `cstamp`,
/// `tstamp`: u32 each).
pub fn add_address(a: &NewAddress) -> Request {
    let mut ci = [0u8; 16];
    ci[0..4].copy_from_slice(&a.preferred.to_ne_bytes());
    ci[4..8].copy_from_slice(&a.valid.to_ne_bytes());
    Request::new(
        RTM_NEWADDR,
        NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_REPLACE,
    )
    .fixed(&ifaddrmsg(AF_INET6, a.prefix_len, a.index))
    .attr(IFA_ADDRESS, &a.address.octets())
    .attr(IFA_LOCAL, &a.address.octets())
    .attr(IFA_FLAGS, &a.flags.to_ne_bytes())
    .attr(IFA_CACHEINFO, &ci)
    .done()
}

/// `RTM_DELADDR` of an IPv6 address.
pub fn del_address(index: u32, address: Ipv6Addr, prefix_len: u8) -> Request {
    Request::new(RTM_DELADDR, NLM_F_REQUEST | NLM_F_ACK)
        .fixed(&ifaddrmsg(AF_INET6, prefix_len, index))
        .attr(IFA_ADDRESS, &address.octets())
        .attr(IFA_LOCAL, &address.octets())
        .done()
}

/// A route to a prefix out of a link, in the main table, protocol
/// `static`, type unicast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// The destination prefix (masked).
    pub dst: IpAddr,
    /// Its length.
    pub prefix_len: u8,
    /// The output link.
    pub oif: u32,
    /// `RT_SCOPE_UNIVERSE` or `RT_SCOPE_LINK`.
    pub scope: u8,
}

fn route(ty: u16, flags: u16, r: &Route) -> Request {
    let (family, dst) = match r.dst {
        IpAddr::V4(a) => (AF_INET, a.octets().to_vec()),
        IpAddr::V6(a) => (AF_INET6, a.octets().to_vec()),
    };
    let rtmsg = [
        family,
        r.prefix_len,
        0,
        0,
        RT_TABLE_MAIN,
        RTPROT_STATIC,
        r.scope,
        RTN_UNICAST,
        0,
        0,
        0,
        0,
    ];
    Request::new(ty, flags)
        .fixed(&rtmsg)
        .attr(RTA_DST, &dst)
        .attr(RTA_OIF, &r.oif.to_ne_bytes())
        .done()
}

/// `RTM_NEWROUTE` (create or replace).
pub fn add_route(r: &Route) -> Request {
    route(
        RTM_NEWROUTE,
        NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_REPLACE,
        r,
    )
}

/// `RTM_DELROUTE` (`ESRCH` if there is no such route).
pub fn del_route(r: &Route) -> Request {
    route(RTM_DELROUTE, NLM_F_REQUEST | NLM_F_ACK, r)
}

/// A message's `nlmsghdr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// `nlmsg_len`.
    pub len: u32,
    /// `nlmsg_type`.
    pub ty: u16,
    /// `nlmsg_flags`.
    pub flags: u16,
    /// `nlmsg_seq`.
    pub seq: u32,
    /// `nlmsg_pid` (the requester's port id in replies).
    pub pid: u32,
}

/// A link (`RTM_NEWLINK`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// `ifi_index`.
    pub index: u32,
    /// `IFLA_IFNAME`.
    pub name: Option<String>,
    /// `IFLA_LINKINFO` / `IFLA_INFO_KIND` ("tun", "veth"...).
    pub kind: Option<String>,
}

/// An address (`RTM_NEWADDR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Address {
    /// `ifa_index`.
    pub index: u32,
    /// `ifa_family`.
    pub family: u8,
    /// `ifa_prefixlen`.
    pub prefix_len: u8,
    /// `IFA_LOCAL`, else `IFA_ADDRESS` (IPv6 carries only the latter
    /// unless the address has a peer).
    pub address: IpAddr,
    /// `IFA_FLAGS`, else `ifa_flags`.
    pub flags: u32,
}

/// What a message carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// `NLMSG_ERROR` with error 0.
    Ack,
    /// `NLMSG_ERROR`: the (positive) errno.
    Error(i32),
    /// `NLMSG_DONE`, with its (positive) errno if it carries one.
    Done(Option<i32>),
    /// `RTM_NEWLINK`.
    Link(Link),
    /// `RTM_NEWADDR` (`None`: of a family other than IPv4 and IPv6, or
    /// without an address).
    Address(Option<Address>),
    /// Any other type.
    Other,
}

/// One parsed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Its header.
    pub header: Header,
    /// Its payload.
    pub payload: Payload,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_ne_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_ne_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn align4(n: usize) -> usize {
    n.saturating_add(3) & !3
}

/// The attributes in `b`: `(type without flag bits, payload)`.
fn attrs(mut b: &[u8]) -> Result<Vec<(u16, &[u8])>, Error> {
    let mut out = Vec::new();
    while !b.is_empty() {
        let (Some(len), Some(ty)) = (u16_at(b, 0), u16_at(b, 2)) else {
            return Err(Error::Malformed("attribute header cut short"));
        };
        let len = usize::from(len);
        if len < 4 || len > b.len() {
            return Err(Error::Malformed("attribute length out of bounds"));
        }
        out.push((ty & NLA_TYPE_MASK, &b[4..len]));
        b = b.get(align4(len)..).unwrap_or(&[]);
    }
    Ok(out)
}

fn string(b: &[u8]) -> String {
    let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    String::from_utf8_lossy(&b[..end]).into_owned()
}

fn parse_link(body: &[u8]) -> Result<Link, Error> {
    let index = u32_at(body, 4).ok_or(Error::Malformed("ifinfomsg cut short"))?;
    let rest = body
        .get(16..)
        .ok_or(Error::Malformed("ifinfomsg cut short"))?;
    let mut link = Link {
        index,
        name: None,
        kind: None,
    };
    for (ty, p) in attrs(rest)? {
        match ty {
            IFLA_IFNAME => link.name = Some(string(p)),
            IFLA_LINKINFO => {
                for (ty, p) in attrs(p)? {
                    if ty == IFLA_INFO_KIND {
                        link.kind = Some(string(p));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(link)
}

fn parse_address(body: &[u8]) -> Result<Option<Address>, Error> {
    let (Some(h), Some(index)) = (body.get(..8), u32_at(body, 4)) else {
        return Err(Error::Malformed("ifaddrmsg cut short"));
    };
    let (family, prefix_len) = (h[0], h[1]);
    let (mut local, mut address, mut flags) = (None, None, u32::from(h[2]));
    for (ty, p) in attrs(&body[8..])? {
        let ip = || -> Result<IpAddr, Error> {
            match family {
                AF_INET => <[u8; 4]>::try_from(p).map(IpAddr::from),
                _ => <[u8; 16]>::try_from(p).map(IpAddr::from),
            }
            .map_err(|_| Error::Malformed("address of the wrong length"))
        };
        match ty {
            IFA_LOCAL if family == AF_INET || family == AF_INET6 => local = Some(ip()?),
            IFA_ADDRESS if family == AF_INET || family == AF_INET6 => address = Some(ip()?),
            IFA_FLAGS => {
                flags = u32_at(p, 0).ok_or(Error::Malformed("IFA_FLAGS cut short"))?;
            }
            _ => {}
        }
    }
    Ok(local.or(address).map(|address| Address {
        index,
        family,
        prefix_len,
        address,
        flags,
    }))
}

/// An `i32` error field as a positive errno (`None` for 0).
fn errno_field(body: &[u8]) -> Result<Option<i32>, Error> {
    let e = u32_at(body, 0).ok_or(Error::Malformed("error field cut short"))?;
    match e as i32 {
        0 => Ok(None),
        e => match e.checked_neg() {
            Some(n) if n > 0 => Ok(Some(n)),
            _ => Err(Error::Malformed("error field not a negative errno")),
        },
    }
}

/// Parses one datagram into its messages. Errors on anything malformed:
/// an empty datagram, a length field out of bounds, a payload shorter than
/// its fixed header, an attribute overrunning its message.
pub fn parse(mut datagram: &[u8]) -> Result<Vec<Message>, Error> {
    if datagram.is_empty() {
        return Err(Error::Malformed("empty datagram"));
    }
    let mut out = Vec::new();
    while !datagram.is_empty() {
        let (Some(len), Some(ty), Some(flags), Some(seq), Some(pid)) = (
            u32_at(datagram, 0),
            u16_at(datagram, 4),
            u16_at(datagram, 6),
            u32_at(datagram, 8),
            u32_at(datagram, 12),
        ) else {
            return Err(Error::Malformed("message header cut short"));
        };
        let n = usize::try_from(len).unwrap_or(usize::MAX);
        if n < NLMSG_HDRLEN || n > datagram.len() {
            return Err(Error::Malformed("message length out of bounds"));
        }
        let body = &datagram[NLMSG_HDRLEN..n];
        let payload = match ty {
            NLMSG_ERROR => match errno_field(body)? {
                None => Payload::Ack,
                Some(e) => Payload::Error(e),
            },
            NLMSG_DONE if body.is_empty() => Payload::Done(None),
            NLMSG_DONE => Payload::Done(errno_field(body)?),
            RTM_NEWLINK => Payload::Link(parse_link(body)?),
            RTM_NEWADDR => Payload::Address(parse_address(body)?),
            _ => Payload::Other,
        };
        out.push(Message {
            header: Header {
                len,
                ty,
                flags,
                seq,
                pid,
            },
            payload,
        });
        datagram = datagram.get(align4(n)..).unwrap_or(&[]);
    }
    Ok(out)
}

/// An object a request returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A link.
    Link(Link),
    /// An address.
    Address(Address),
}

/// Where an exchange stands after a datagram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Not finished: read another datagram.
    More,
    /// Finished successfully, with the objects returned.
    Done(Vec<Reply>),
}

/// The replies of one request (sans-IO): feed it every datagram read
/// until it says [`Step::Done`] or fails.
#[derive(Debug)]
pub struct Exchange {
    seq: u32,
    port: u32,
    replies: Vec<Reply>,
}

impl Exchange {
    /// Stamps `req` with `seq` and starts reading its replies, which come
    /// to port `port` (the socket's port id).
    pub fn stamp(req: &mut Request, seq: u32, port: u32) -> Exchange {
        req.set_seq(seq);
        Exchange {
            seq,
            port,
            replies: Vec::new(),
        }
    }

    /// Takes one datagram.
    pub fn feed(&mut self, datagram: &[u8]) -> Result<Step, Error> {
        for m in parse(datagram)? {
            if m.header.seq != self.seq || m.header.pid != self.port {
                continue;
            }
            match m.payload {
                Payload::Ack | Payload::Done(None) => {
                    return Ok(Step::Done(std::mem::take(&mut self.replies)))
                }
                Payload::Error(e) | Payload::Done(Some(e)) => return Err(Error::Kernel(e)),
                Payload::Link(l) => self.replies.push(Reply::Link(l)),
                Payload::Address(Some(a)) => self.replies.push(Reply::Address(a)),
                Payload::Address(None) | Payload::Other => {}
            }
        }
        Ok(Step::More)
    }
}

/// A `NETLINK_ROUTE` socket on the tokio reactor; one request at a time
/// (later callers wait their turn).
#[derive(Debug)]
pub struct Socket {
    sock: tokio::net::UdpSocket,
    port: u32,
    seq: AtomicU32,
    /// The receive buffer; held for a whole exchange, so exchanges take
    /// turns.
    buf: tokio::sync::Mutex<Vec<u8>>,
}

/// What one `recvmsg` read.
struct Received {
    len: usize,
    truncated: bool,
    from_kernel: bool,
}

impl Socket {
    /// Opens and binds a socket (port id chosen by the kernel). Must be
    /// called inside a tokio runtime.
    pub fn open() -> io::Result<Socket> {
        let fd = nsock::socket(
            nsock::AddressFamily::Netlink,
            nsock::SockType::Raw,
            nsock::SockFlag::SOCK_NONBLOCK | nsock::SockFlag::SOCK_CLOEXEC,
            nsock::SockProtocol::NetlinkRoute,
        )?;
        nsock::bind(fd.as_raw_fd(), &NetlinkAddr::new(0, 0))?;
        let port = nsock::getsockname::<NetlinkAddr>(fd.as_raw_fd())?.pid();
        // Registered through tokio's UdpSocket, as infra.rs does: plain
        // readiness plus our own sendto/recvmsg (the safe `AsyncFd`
        // constructors are deprecated and this module forbids `unsafe`).
        let sock = tokio::net::UdpSocket::from_std(std::net::UdpSocket::from(fd))?;
        Ok(Socket {
            sock,
            port,
            seq: AtomicU32::new(0),
            buf: tokio::sync::Mutex::new(vec![0; RECV_BUF]),
        })
    }

    /// The socket's port id.
    pub fn port(&self) -> u32 {
        self.port
    }

    /// Sends `req` and reads its replies to the end.
    pub async fn request(&self, mut req: Request) -> Result<Vec<Reply>, Error> {
        let mut buf = self.buf.lock().await;
        let seq = self.next_seq();
        let mut ex = Exchange::stamp(&mut req, seq, self.port);
        self.send(req.bytes()).await?;
        loop {
            let n = self.recv(&mut buf).await?;
            if let Step::Done(r) = ex.feed(&buf[..n])? {
                return Ok(r);
            }
        }
    }

    /// Sends an acknowledged request: `Ok` once the kernel acknowledged it.
    pub async fn ack(&self, req: Request) -> Result<(), Error> {
        debug_assert!(req.flags() & NLM_F_ACK != 0);
        self.request(req).await.map(|_| ())
    }

    /// The link named `name`, `None` if there is none.
    pub async fn link_by_name(&self, name: &str) -> Result<Option<Link>, Error> {
        match self.request(get_link(name)?).await {
            Ok(r) => Ok(r.into_iter().find_map(|r| match r {
                Reply::Link(l) => Some(l),
                Reply::Address(_) => None,
            })),
            Err(Error::Kernel(ENODEV)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every address of `family` on link `index`.
    pub async fn addresses(&self, family: u8, index: u32) -> Result<Vec<Address>, Error> {
        Ok(self
            .request(dump_addresses(family))
            .await?
            .into_iter()
            .filter_map(|r| match r {
                Reply::Address(a) if a.index == index && a.family == family => Some(a),
                _ => None,
            })
            .collect())
    }

    /// Sends an acknowledged request without waiting, for a `Drop` (the
    /// socket is not used afterwards): the kernel handles an rtnetlink
    /// request inside `sendmsg`, so its acknowledgement is queued when
    /// that returns and is read here without blocking, straight from the
    /// socket (the reactor may not have seen it yet), into a buffer of
    /// its own: an exchange abandoned mid-way (its future dropped before
    /// this `Drop`) may still hold the socket's. Its replies are skipped by
    /// their sequence number. Fails with `WouldBlock` if nothing is queued.
    pub fn ack_now(&self, mut req: Request) -> Result<(), Error> {
        let mut buf = vec![0; RECV_BUF];
        let mut ex = Exchange::stamp(&mut req, self.next_seq(), self.port);
        let fd = self.sock.as_raw_fd();
        send_to_kernel(fd, req.bytes())?;
        loop {
            let r = recv_from_kernel(fd, &mut buf)?;
            if r.truncated {
                return Err(Error::Truncated);
            }
            if r.from_kernel {
                if let Step::Done(_) = ex.feed(&buf[..r.len])? {
                    return Ok(());
                }
            }
        }
    }

    fn next_seq(&self) -> u32 {
        self.seq.fetch_add(1, Ordering::Relaxed).wrapping_add(1)
    }

    async fn send(&self, msg: &[u8]) -> Result<(), Error> {
        loop {
            self.sock.writable().await?;
            match self.sock.try_io(Interest::WRITABLE, || {
                send_to_kernel(self.sock.as_raw_fd(), msg)
            }) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }

    async fn recv(&self, buf: &mut [u8]) -> Result<usize, Error> {
        loop {
            self.sock.readable().await?;
            match self.sock.try_io(Interest::READABLE, || {
                recv_from_kernel(self.sock.as_raw_fd(), buf)
            }) {
                Ok(r) if r.truncated => return Err(Error::Truncated),
                Ok(r) if r.from_kernel => return Ok(r.len),
                // Not the kernel's: not a reply.
                Ok(_) => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }
}

fn send_to_kernel(fd: std::os::fd::RawFd, msg: &[u8]) -> io::Result<()> {
    let n = nsock::sendto(fd, msg, &NetlinkAddr::new(0, 0), MsgFlags::MSG_DONTWAIT)?;
    if n == msg.len() {
        Ok(())
    } else {
        Err(io::Error::other("netlink request sent in part"))
    }
}

fn recv_from_kernel(fd: std::os::fd::RawFd, buf: &mut [u8]) -> io::Result<Received> {
    let mut iov = [io::IoSliceMut::new(buf)];
    let m = nsock::recvmsg::<NetlinkAddr>(fd, &mut iov, None, MsgFlags::MSG_DONTWAIT)?;
    Ok(Received {
        len: m.bytes,
        truncated: m.flags.contains(MsgFlags::MSG_TRUNC),
        from_kernel: m.address.is_some_and(|a| a.pid() == 0),
    })
}

#[cfg(test)]
mod tests;
