//! Border routing: OpenThread's routing manager on the infrastructure
//! interface (the LAN), and the platform side it needs.
//!
//! OpenThread's routing manager (the `border-routing` feature) decides
//! everything: the OMR prefix it publishes in the Thread network data, the
//! on-link prefix, the Router Advertisements (PIO, RIO) it sends on the LAN
//! and what it learns from the LAN's routers. What it asks of the platform,
//! and what this module provides:
//!
//! * ND on the LAN: a raw ICMPv6 socket bound to the interface
//!   ([`BorderRouting::open`]). Outgoing messages (`otPlatInfraIfSendIcmp6Nd`)
//!   go out with hop limit 255 from the interface's link-local address; the
//!   kernel computes the checksum. Incoming ones are checked
//!   ([`check_nd`]: an ND type, hop limit 255 as RFC 4861 requires of every
//!   ND message, arrived on our interface, an RA from a link-local source)
//!   before OpenThread sees them (`otPlatInfraIfRecvIcmp6Nd`).
//! * The interface's state: "running" is up, carrier, and a link-local
//!   IPv6 address; a netlink route socket (link and IPv6 address groups)
//!   wakes `BorderRouting::run` to re-read it, and OpenThread is told of
//!   each change (`otPlatInfraIfStateChanged`).
//! * Its addresses (`otPlatInfraIfHasAddress`) and MAC address
//!   (`otPlatGetInfraIfLinkLayerAddress`), read with `getifaddrs`.
//!
//! # Call order (one OpenThread session, on the OpenThread thread)
//!
//! 1. [`BorderRouting::open`] before the OpenThread instance is made:
//!    resolves the configured interface, opens the sockets, installs them
//!    as the thread's current infrastructure interface. Declared before the
//!    instance, it is dropped after it, so the RAs OpenThread sends while
//!    shutting down still go out.
//! 2. [`BorderRouting::start`] once the instance is up:
//!    `otBorderRoutingInit` + `otBorderRoutingSetEnabled(true)`. The routing
//!    manager runs once the hub is a router or leader and the interface
//!    runs.
//! 3. [`drive`] in the session's `select!`: receives ND messages and state
//!    changes, for as long as the session lasts.
//! 4. Dropping the [`BorderRouting`] uninstalls it.
//!
//! # Why a thread-local
//!
//! The `otPlatInfraIf*` callbacks carry no context pointer (only an
//! interface index), so the socket they send on must be found from global
//! state. It is a thread-local of the OpenThread thread: OpenThread is
//! `!Send` and runs only on that thread (runner.rs), so every callback
//! arrives there and finds the socket of the session in progress; nothing
//! is shared across threads, so no lock is needed. The cell is only
//! borrowed to clone an `Rc` (never across a call into OpenThread), so a
//! callback made while [`drive`] is handing a message to OpenThread does
//! not find it borrowed. A callback on any other thread (there is none)
//! would find no socket and fail the send.
//!
//! NAT64 (the routing manager's NAT64 prefix manager and OpenThread's
//! translator) rides on border routing: [`super::nat64`].
#![forbid(unsafe_code)]

use std::cell::{Cell, RefCell};
use std::io;
use std::net::{Ipv6Addr, SocketAddr, SocketAddrV6};
use std::num::NonZeroU32;
use std::os::fd::{AsRawFd, OwnedFd};
use std::rc::Rc;
use std::time::Duration;

use nix::ifaddrs::getifaddrs;
use nix::net::if_::InterfaceFlags;
use nix::sys::socket::{self as nsock, ControlMessageOwned, MsgFlags, SockaddrIn6};
use openthread::OpenThread;
use serde::{Deserialize, Serialize};
use socket2::{Domain, Protocol, Socket, Type};
use tokio::io::Interest;
use tokio::net::UdpSocket;

use super::ffi;

/// Which interface border routing uses (`[thread] infra_interface`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InfraInterface {
    /// The first non-loopback interface with a global or ULA IPv6 address,
    /// chosen at each OpenThread start (the key absent).
    Auto,
    /// No border routing (the key empty).
    Disabled,
    /// This interface.
    Named(String),
}

/// Border routing's part of `threshold thread status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BorderRoutingStatus {
    /// The infrastructure interface's name.
    pub infra_interface: String,
    /// Its index.
    pub infra_index: u32,
    /// Whether it runs (up, carrier, link-local address), as last told to
    /// OpenThread.
    pub infra_running: bool,
    /// The routing manager's state: `uninitialized`, `disabled`, `stopped`
    /// (waiting for the hub to be router or leader, or the interface to
    /// run) or `running`.
    pub state: String,
    /// The local OMR prefix (`fdxx:...::/64`), published in the Thread
    /// network data and advertised on the LAN in a RIO.
    pub omr_prefix: Option<String>,
    /// The local on-link prefix, advertised on the LAN in a PIO when the
    /// LAN has no usable one of its own.
    pub on_link_prefix: Option<String>,
    /// NAT64 (prefix manager, translator, prefix, IPv4 CIDR, counters);
    /// its states say `disabled` when `[thread] nat64` is off.
    #[serde(default)]
    pub nat64: Option<super::nat64::Nat64Status>,
}

/// ICMPv6 types of Neighbor Discovery that OpenThread handles (RFC 4861):
/// RS (133), RA (134), NS (135), NA (136).
const ND_ROUTER_SOLICIT: u8 = 133;
const ND_ROUTER_ADVERT: u8 = 134;
const ND_NEIGHBOR_ADVERT: u8 = 136;

/// All-routers link-local multicast: RSs arrive there.
const ALL_ROUTERS: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 2);

/// Netlink multicast groups: link changes and IPv6 address changes.
const RTMGRP_LINK: u32 = 0x1;
const RTMGRP_IPV6_IFADDR: u32 = 0x100;

/// Why a received ICMPv6 message was not handed to OpenThread.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum NdDrop {
    /// Shorter than an ICMPv6 header.
    Short,
    /// Not RS, RA, NS or NA.
    NotNd(u8),
    /// Hop limit not 255 (or unknown): it may come from off-link.
    HopLimit(Option<i32>),
    /// Arrived on another interface (or unknown).
    OtherInterface(Option<u32>),
    /// An RA whose source is not link-local.
    RaSource,
}

/// RFC 4861 checks before OpenThread sees a message: an ND type it
/// handles, hop limit 255, arrived on `ifindex`, and an RA from a
/// link-local source (6.1.2). OpenThread checks the rest (lengths,
/// options).
pub fn check_nd(
    msg: &[u8],
    src: &Ipv6Addr,
    hop_limit: Option<i32>,
    arrived_on: Option<u32>,
    ifindex: u32,
) -> Result<(), NdDrop> {
    let (&ty, _) = msg
        .split_first()
        .filter(|_| msg.len() >= 4)
        .ok_or(NdDrop::Short)?;
    if !(ND_ROUTER_SOLICIT..=ND_NEIGHBOR_ADVERT).contains(&ty) {
        return Err(NdDrop::NotNd(ty));
    }
    if hop_limit != Some(255) {
        return Err(NdDrop::HopLimit(hop_limit));
    }
    if arrived_on != Some(ifindex) {
        return Err(NdDrop::OtherInterface(arrived_on));
    }
    if ty == ND_ROUTER_ADVERT && !is_link_local(src) {
        return Err(NdDrop::RaSource);
    }
    Ok(())
}

fn is_link_local(a: &Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80
}

/// Global unicast (2000::/3) or unique local (fc00::/7).
fn is_routable(a: &Ipv6Addr) -> bool {
    let first = a.segments()[0];
    first & 0xe000 == 0x2000 || first & 0xfe00 == 0xfc00
}

/// One `getifaddrs` entry, as far as border routing cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IfEntry {
    /// Interface name.
    pub name: String,
    /// Up (`IFF_UP`).
    pub up: bool,
    /// Carrier (`IFF_RUNNING`).
    pub carrier: bool,
    /// Loopback (`IFF_LOOPBACK`).
    pub loopback: bool,
    /// Its IPv6 address, if this entry has one.
    pub ipv6: Option<Ipv6Addr>,
    /// Its link-layer address, if this entry has one.
    pub mac: Option<[u8; 6]>,
}

/// The interface [`InfraInterface::Auto`] picks: the first (kernel order)
/// non-loopback interface with a global or ULA IPv6 address.
pub fn pick_auto(entries: &[IfEntry]) -> Option<&str> {
    entries
        .iter()
        .find(|e| !e.loopback && e.ipv6.as_ref().is_some_and(is_routable))
        .map(|e| e.name.as_str())
}

/// Whether `name` runs as OpenThread means it: up, carrier, and an IPv6
/// link-local address (the source of every ND message it sends).
pub fn is_running(entries: &[IfEntry], name: &str) -> bool {
    let mine = || entries.iter().filter(|e| e.name == name);
    mine().any(|e| e.up && e.carrier) && mine().any(|e| e.ipv6.as_ref().is_some_and(is_link_local))
}

fn interfaces() -> Vec<IfEntry> {
    let Ok(addrs) = getifaddrs() else {
        return Vec::new();
    };
    addrs
        .map(|a| IfEntry {
            up: a.flags.contains(InterfaceFlags::IFF_UP),
            carrier: a.flags.contains(InterfaceFlags::IFF_RUNNING),
            loopback: a.flags.contains(InterfaceFlags::IFF_LOOPBACK),
            ipv6: a
                .address
                .as_ref()
                .and_then(|s| s.as_sockaddr_in6())
                .map(|s| s.ip()),
            mac: a
                .address
                .as_ref()
                .and_then(|s| s.as_link_addr())
                .and_then(|l| l.addr()),
            name: a.interface_name,
        })
        .collect()
}

/// The infrastructure interface of the session in progress.
struct Infra {
    name: String,
    index: u32,
    sock: UdpSocket,
    /// The running state last told to OpenThread.
    running: Cell<bool>,
}

thread_local! {
    /// See "Why a thread-local" in the module documentation.
    static CURRENT: RefCell<Option<Rc<Infra>>> = const { RefCell::new(None) };
}

fn current(index: u32) -> Option<Rc<Infra>> {
    CURRENT
        .with(|c| c.borrow().clone())
        .filter(|i| i.index == index)
}

/// The index of this session's infrastructure interface, if it has one
/// (platform UDP binds `OT_NETIF_BACKBONE` sockets to it: [`super::udp`]).
pub(super) fn current_index() -> Option<u32> {
    CURRENT.with(|c| c.borrow().as_ref().map(|i| i.index))
}

/// `otPlatInfraIfHasAddress`: whether the interface `index` holds `addr`.
pub(super) fn has_address(index: u32, addr: Ipv6Addr) -> bool {
    let Some(infra) = current(index) else {
        return false;
    };
    interfaces()
        .iter()
        .any(|e| e.name == infra.name && e.ipv6 == Some(addr))
}

/// `otPlatGetInfraIfLinkLayerAddress`: the MAC address of interface
/// `index`.
pub(super) fn link_layer_address(index: u32) -> Option<Vec<u8>> {
    let infra = current(index)?;
    interfaces()
        .iter()
        .find(|e| e.name == infra.name && e.mac.is_some())
        .and_then(|e| e.mac)
        .map(|m| m.to_vec())
}

/// `otPlatInfraIfSendIcmp6Nd`: sends `msg` (an ICMPv6 ND message,
/// checksum left to the kernel) to `dst` on interface `index`. False if
/// there is no such interface in this session or the send failed (a full
/// socket buffer included: ND is datagram traffic, OpenThread resends).
pub(super) fn send_nd(index: u32, dst: Ipv6Addr, msg: &[u8]) -> bool {
    let Some(infra) = current(index) else {
        return false;
    };
    // Link-scoped destinations (link-local, ff02::/16) need the interface
    // as their scope; the socket is bound to the interface either way.
    let scoped = is_link_local(&dst) || dst.segments()[0] & 0xff0f == 0xff02;
    let to = SocketAddrV6::new(dst, 0, 0, if scoped { index } else { 0 });
    match infra.sock.try_send_to(msg, SocketAddr::V6(to)) {
        Ok(_) => true,
        Err(e) => {
            tracing::debug!(error = %e, %dst, iface = %infra.name, "thread: ND send failed");
            false
        }
    }
}

/// Border routing for one OpenThread session (see the call order in the
/// module documentation). Dropping it uninstalls the interface.
pub struct BorderRouting {
    infra: Rc<Infra>,
    netlink: Option<UdpSocket>,
}

impl std::fmt::Debug for BorderRouting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BorderRouting")
            .field("interface", &self.infra.name)
            .field("index", &self.infra.index)
            .finish()
    }
}

impl BorderRouting {
    /// Resolves `choice`, opens the ND and netlink sockets and installs the
    /// interface for this thread's callbacks. `None` (logged) when border
    /// routing is disabled, no interface qualifies, or the socket cannot be
    /// opened (a raw ICMPv6 socket needs `CAP_NET_RAW`): the hub then runs
    /// without it.
    pub fn open(choice: &InfraInterface) -> Option<BorderRouting> {
        let name = match choice {
            InfraInterface::Disabled => return None,
            InfraInterface::Named(n) => n.clone(),
            InfraInterface::Auto => match pick_auto(&interfaces()) {
                Some(n) => n.to_owned(),
                None => {
                    tracing::info!(
                        "thread: no interface with a global or ULA IPv6 address: no border routing"
                    );
                    return None;
                }
            },
        };
        let index = match nix::net::if_::if_nametoindex(name.as_str()) {
            Ok(i) => i,
            Err(e) => {
                tracing::warn!(iface = %name, error = %e, "thread: no such infrastructure interface: no border routing");
                return None;
            }
        };
        let sock = match open_nd_socket(index).and_then(registered) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(iface = %name, error = %e, "thread: cannot open the ND socket (CAP_NET_RAW?): no border routing");
                return None;
            }
        };
        let netlink = match open_netlink().map(Socket::from).and_then(registered) {
            Ok(n) => Some(n),
            Err(e) => {
                tracing::warn!(error = %e, "thread: no netlink socket: interface changes go unnoticed");
                None
            }
        };
        let infra = Rc::new(Infra {
            running: Cell::new(is_running(&interfaces(), &name)),
            name,
            index,
            sock,
        });
        CURRENT.with(|c| *c.borrow_mut() = Some(infra.clone()));
        Some(BorderRouting { infra, netlink })
    }

    /// Initializes and enables OpenThread's routing manager on the
    /// interface.
    pub fn start(&self, ot: &OpenThread<'_>) {
        let running = self.infra.running.get();
        match ffi::border_routing_start(ot, self.infra.index, running) {
            Ok(()) => tracing::info!(
                iface = %self.infra.name,
                index = self.infra.index,
                running,
                "thread: border routing enabled"
            ),
            Err(e) => {
                tracing::warn!(iface = %self.infra.name, error = %e, "thread: border routing not started")
            }
        }
    }

    /// Feeds OpenThread the ND messages and the interface's state changes,
    /// and keeps the on-link route ([`OnLinkRoute`]); never returns (it
    /// ends with the session's `select!`).
    async fn run(&self, ot: &OpenThread<'_>) {
        // Any link MTU (jumbo frames included); a longer message is
        // dropped as truncated.
        let mut buf = vec![0u8; 65536];
        let mut on_link = OnLinkRoute::new(self.infra.index, &self.infra.name);
        let mut check = tokio::time::interval(ON_LINK_CHECK);
        loop {
            tokio::select! {
                _ = check.tick() => {
                    if let Some(r) = on_link.as_mut() {
                        r.sync(ffi::on_link_prefix(ot)).await;
                    }
                }
                r = self.infra.sock.readable() => match r {
                    Ok(()) => {
                        let sock = &self.infra.sock;
                        match sock.try_io(Interest::READABLE, || recv_nd(sock.as_raw_fd(), &mut buf)) {
                            Ok(m) => self.deliver(ot, &buf[..m.len], m),
                            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                            Err(e) => tracing::debug!(error = %e, "thread: ND receive failed"),
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "thread: ND socket failed: no more ND from the LAN");
                        std::future::pending::<()>().await;
                    }
                },
                () = netlink_event(self.netlink.as_ref()) => {
                    let running = is_running(&interfaces(), &self.infra.name);
                    if running != self.infra.running.replace(running) {
                        tracing::info!(iface = %self.infra.name, running, "thread: infrastructure interface");
                        ffi::infra_state_changed(ot, self.infra.index, running);
                    }
                }
            }
        }
    }

    fn deliver(&self, ot: &OpenThread<'_>, msg: &[u8], m: Received) {
        match check_nd(msg, &m.src, m.hop_limit, m.ifindex, self.infra.index) {
            Ok(()) => ffi::infra_recv_nd(ot, self.infra.index, m.src, msg),
            Err(NdDrop::NotNd(_)) => {}
            Err(why) => tracing::debug!(?why, src = %m.src, "thread: ND message dropped"),
        }
    }
}

/// How often the on-link prefix OpenThread advertises is compared with
/// the route the hub holds for it.
const ON_LINK_CHECK: Duration = Duration::from_secs(1);

/// The hub's own route to the on-link prefix that OpenThread's routing
/// manager advertises (PIO) on the infrastructure interface when the LAN
/// has none: LAN hosts make addresses in it (SLAAC) and reach the mesh from
/// them, so the replies, which leave the mesh through this host, must find
/// them on the infrastructure link. The kernel has no such route of its
/// own (it does not take the RAs its host sends), so without it those
/// replies were lost (docs/thread.md, "Border routing"). Added while the
/// prefix is advertised, replaced when it changes, removed when it goes or
/// the session ends.
struct OnLinkRoute {
    nl: super::rtnl::Socket,
    index: u32,
    applied: Option<(Ipv6Addr, u8)>,
}

impl OnLinkRoute {
    /// `None` (logged) when no netlink socket can be opened.
    fn new(index: u32, name: &str) -> Option<OnLinkRoute> {
        match super::rtnl::Socket::open() {
            Ok(nl) => Some(OnLinkRoute {
                nl,
                index,
                applied: None,
            }),
            Err(e) => {
                tracing::warn!(iface = %name, error = %e, "thread: no netlink: no route to the on-link prefix");
                None
            }
        }
    }

    fn route(&self, (prefix, len): (Ipv6Addr, u8)) -> super::rtnl::Route {
        super::rtnl::Route {
            dst: std::net::IpAddr::V6(prefix),
            prefix_len: len,
            oif: self.index,
            scope: super::rtnl::RT_SCOPE_UNIVERSE,
        }
    }

    async fn sync(&mut self, want: Option<(Ipv6Addr, u8)>) {
        if want == self.applied {
            return;
        }
        if let Some(old) = self.applied.take() {
            let req = super::rtnl::del_route(&self.route(old));
            if let Err(e) = self.nl.ack(req).await {
                tracing::debug!(prefix = %old.0, error = %e, "thread: on-link route not removed");
            }
        }
        if let Some(new) = want {
            match self.nl.ack(super::rtnl::add_route(&self.route(new))).await {
                Ok(()) => {
                    tracing::info!(prefix = %format!("{}/{}", new.0, new.1), "thread: route to the on-link prefix added");
                    self.applied = Some(new);
                }
                Err(e) => {
                    tracing::warn!(prefix = %new.0, error = %e, "thread: cannot add the route to the on-link prefix")
                }
            }
        }
    }
}

impl Drop for OnLinkRoute {
    fn drop(&mut self) {
        if let Some(old) = self.applied.take() {
            // The session ends: remove the route without waiting (the
            // kernel carries the request out within the send).
            let req = super::rtnl::del_route(&self.route(old));
            if let Err(e) = self.nl.ack_now(req) {
                tracing::debug!(error = %e, "thread: on-link route not removed");
            }
        }
    }
}

impl Drop for BorderRouting {
    fn drop(&mut self) {
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.as_ref().is_some_and(|i| Rc::ptr_eq(i, &self.infra)) {
                *c = None;
            }
        });
    }
}

/// Runs `br` (its `run`); pending forever without one.
pub async fn drive(ot: &OpenThread<'_>, br: Option<&BorderRouting>) {
    match br {
        Some(br) => br.run(ot).await,
        None => std::future::pending().await,
    }
}

/// Border routing's status line, when this session has an infrastructure
/// interface.
pub fn status(ot: &OpenThread<'_>) -> Option<BorderRoutingStatus> {
    let infra = CURRENT.with(|c| c.borrow().clone())?;
    let fmt = |p: Option<(Ipv6Addr, u8)>| p.map(|(a, l)| format!("{a}/{l}"));
    Some(BorderRoutingStatus {
        infra_interface: infra.name.clone(),
        infra_index: infra.index,
        infra_running: infra.running.get(),
        state: ffi::border_routing_state(ot).as_str().to_owned(),
        omr_prefix: fmt(ffi::omr_prefix(ot)),
        on_link_prefix: fmt(ffi::on_link_prefix(ot)),
        nat64: Some(super::nat64::status(ot)),
    })
}

/// Registers a non-blocking datagram socket with the tokio reactor.
///
/// Through `tokio::net::UdpSocket`, as a generic datagram-socket
/// registration: its `readable`, `try_io` and `try_send_to` are plain
/// readiness plus `recvmsg`/`sendto`, whatever the socket's protocol (raw
/// ICMPv6, netlink here). tokio 1.54 deprecated the safe `AsyncFd`
/// constructors and this module forbids `unsafe` (as radio/transport.rs
/// does with pipes).
fn registered(s: Socket) -> io::Result<UdpSocket> {
    s.set_nonblocking(true)?;
    UdpSocket::from_std(std::net::UdpSocket::from(s))
}

/// A raw ICMPv6 socket on interface `index`: bound to it, hop limit 255
/// out, hop limit and packet info in, all-routers joined (RSs), its own
/// multicast not looped back.
fn open_nd_socket(index: u32) -> io::Result<Socket> {
    let s = Socket::new(Domain::IPV6, Type::RAW, Some(Protocol::ICMPV6))?;
    s.set_nonblocking(true)?;
    s.bind_device_by_index_v6(NonZeroU32::new(index))?;
    s.set_unicast_hops_v6(255)?;
    s.set_multicast_hops_v6(255)?;
    s.set_multicast_if_v6(index)?;
    s.set_multicast_loop_v6(false)?;
    s.set_recv_hoplimit_v6(true)?;
    nsock::setsockopt(&s, nsock::sockopt::Ipv6RecvPacketInfo, &true).map_err(io::Error::from)?;
    s.join_multicast_v6(&ALL_ROUTERS, index)?;
    Ok(s)
}

/// A netlink route socket subscribed to link and IPv6 address changes;
/// only used as a wake-up (the state is re-read with `getifaddrs`).
fn open_netlink() -> io::Result<OwnedFd> {
    let fd = nsock::socket(
        nsock::AddressFamily::Netlink,
        nsock::SockType::Raw,
        nsock::SockFlag::SOCK_NONBLOCK | nsock::SockFlag::SOCK_CLOEXEC,
        nsock::SockProtocol::NetlinkRoute,
    )?;
    nsock::bind(
        fd.as_raw_fd(),
        &nsock::NetlinkAddr::new(0, RTMGRP_LINK | RTMGRP_IPV6_IFADDR),
    )?;
    Ok(fd)
}

/// Waits for netlink messages and drains them; pending forever without a
/// netlink socket.
async fn netlink_event(nl: Option<&UdpSocket>) {
    let Some(nl) = nl else {
        return std::future::pending().await;
    };
    let mut buf = [0u8; 8192];
    loop {
        if nl.readable().await.is_err() {
            return std::future::pending().await;
        }
        let mut got = false;
        loop {
            let r = nl.try_io(Interest::READABLE, || {
                nsock::recv(nl.as_raw_fd(), &mut buf, MsgFlags::MSG_DONTWAIT)
                    .map_err(io::Error::from)
            });
            match r {
                Ok(_) => got = true,
                // ENOBUFS: messages were lost; the state is re-read anyway.
                Err(e) if e.raw_os_error() == Some(nix::libc::ENOBUFS) => got = true,
                Err(_) => break,
            }
        }
        if got {
            return;
        }
    }
}

/// What `recvmsg` told about one message.
struct Received {
    len: usize,
    src: Ipv6Addr,
    hop_limit: Option<i32>,
    ifindex: Option<u32>,
}

fn recv_nd(fd: std::os::fd::RawFd, buf: &mut [u8]) -> io::Result<Received> {
    let mut iov = [io::IoSliceMut::new(buf)];
    let mut cmsg = nix::cmsg_space!(nix::libc::in6_pktinfo, nix::libc::c_int);
    let m = nsock::recvmsg::<SockaddrIn6>(fd, &mut iov, Some(&mut cmsg), MsgFlags::MSG_DONTWAIT)?;
    if m.flags.contains(MsgFlags::MSG_TRUNC) {
        return Err(io::Error::other("truncated ND message"));
    }
    let src = m
        .address
        .map(|a| a.ip())
        .ok_or_else(|| io::Error::other("no source address"))?;
    let (mut hop_limit, mut ifindex) = (None, None);
    if let Ok(cmsgs) = m.cmsgs() {
        for c in cmsgs {
            match c {
                ControlMessageOwned::Ipv6HopLimit(h) => hop_limit = Some(h),
                ControlMessageOwned::Ipv6PacketInfo(p) => ifindex = Some(p.ipi6_ifindex),
                _ => {}
            }
        }
    }
    Ok(Received {
        len: m.bytes,
        src,
        hop_limit,
        ifindex,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LL: Ipv6Addr = Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 1);
    const ULA: Ipv6Addr = Ipv6Addr::new(0xfd00, 0x77, 0, 0, 0, 0, 0, 2);

    fn msg(ty: u8) -> Vec<u8> {
        vec![ty, 0, 0, 0, 0, 0, 0, 0]
    }

    #[test]
    fn only_nd_with_hop_limit_255_on_our_interface_passes() {
        for ty in [133, 134, 135, 136] {
            assert_eq!(check_nd(&msg(ty), &LL, Some(255), Some(4), 4), Ok(()));
        }
        assert_eq!(
            check_nd(&msg(128), &LL, Some(255), Some(4), 4),
            Err(NdDrop::NotNd(128))
        );
        assert_eq!(
            check_nd(&msg(137), &LL, Some(255), Some(4), 4),
            Err(NdDrop::NotNd(137))
        );
        // A router one hop away has decremented it: off-link, dropped.
        assert_eq!(
            check_nd(&msg(134), &LL, Some(254), Some(4), 4),
            Err(NdDrop::HopLimit(Some(254)))
        );
        assert_eq!(
            check_nd(&msg(135), &LL, None, Some(4), 4),
            Err(NdDrop::HopLimit(None))
        );
        assert_eq!(
            check_nd(&msg(136), &LL, Some(255), Some(5), 4),
            Err(NdDrop::OtherInterface(Some(5)))
        );
        assert_eq!(
            check_nd(&msg(136), &LL, Some(255), None, 4),
            Err(NdDrop::OtherInterface(None))
        );
        // An RA must come from a link-local address; an NS need not.
        assert_eq!(
            check_nd(&msg(134), &ULA, Some(255), Some(4), 4),
            Err(NdDrop::RaSource)
        );
        assert_eq!(check_nd(&msg(135), &ULA, Some(255), Some(4), 4), Ok(()));
        assert_eq!(
            check_nd(&[134, 0], &LL, Some(255), Some(4), 4),
            Err(NdDrop::Short)
        );
        assert_eq!(
            check_nd(&[], &LL, Some(255), Some(4), 4),
            Err(NdDrop::Short)
        );
    }

    fn entry(name: &str, ipv6: Option<&str>) -> IfEntry {
        IfEntry {
            name: name.into(),
            up: true,
            carrier: true,
            loopback: name == "lo",
            ipv6: ipv6.map(|a| a.parse().unwrap()),
            mac: None,
        }
    }

    #[test]
    fn auto_picks_the_first_non_loopback_interface_with_a_routable_address() {
        let e = vec![
            entry("lo", Some("::1")),
            entry("lo", Some("fd00::1")),
            entry("eth0", None),
            entry("eth0", Some("fe80::1")),
            entry("wlan0", Some("2001:db8::5")),
            entry("eth1", Some("fd12:3456::1")),
        ];
        assert_eq!(pick_auto(&e), Some("wlan0"));
        assert_eq!(pick_auto(&e[..4]), None);
        assert_eq!(pick_auto(&[entry("eth2", Some("fc00::9"))]), Some("eth2"));
        assert_eq!(pick_auto(&[entry("eth2", Some("fe00::9"))]), None);
    }

    #[test]
    fn running_needs_up_carrier_and_a_link_local_address() {
        let mut e = vec![entry("th0", None), entry("th0", Some("fd00:77::1"))];
        assert!(!is_running(&e, "th0"));
        e.push(entry("th0", Some("fe80::1")));
        assert!(is_running(&e, "th0"));
        assert!(!is_running(&e, "th1"));
        for x in &mut e {
            x.carrier = false;
        }
        assert!(!is_running(&e, "th0"));
    }
}
