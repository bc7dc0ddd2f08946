//! Platform UDP: OpenThread sockets that are not Thread-internal live on
//! host sockets.
//!
//! Built with `OT_PLATFORM_UDP` (the vendored crate's `platform-udp`
//! feature), OpenThread binds every UDP socket it does not open on its
//! internal Thread interface through the `otPlatUdp*` hooks
//! ([`super::ffi`]). In Threshold's build those are the border agent's
//! DTLS socket (the port an external commissioner petitions through,
//! [`super::border_agent`]), the DNS client's socket, and the on-mesh
//! commissioner's secure agent, which is opened but never bound (its
//! DTLS records travel in relay messages on the mesh). This module owns
//! the host side:
//!
//! * a socket is registered at `otPlatUdpSocket` and gets its host socket
//!   at `otPlatUdpBind`: IPv6, non-blocking, bound to the address and port
//!   OpenThread chose, with `SO_BINDTODEVICE` to the Thread network
//!   interface (the TUN, OpenThread's `OT_NETIF_THREAD_HOST`) or the
//!   infrastructure interface (`OT_NETIF_BACKBONE`) when OpenThread names
//!   one, and to no interface otherwise (`OT_NETIF_UNSPECIFIED`: the
//!   border agent answers on every host interface, the LAN included);
//! * [`drive`], run in the OpenThread session's `select!` like border
//!   routing's ND socket, waits until some host socket is readable, reads
//!   one datagram with its destination address and hop limit
//!   (`IPV6_PKTINFO`, `IPV6_HOPLIMIT`) and hands it to the socket's
//!   OpenThread handler (`ffi::udp_deliver`);
//! * a send (`otPlatUdpSend`) goes out at once with `sendmsg`, from the
//!   local address OpenThread names (`IPV6_PKTINFO`, so a reply leaves
//!   from the address the peer wrote to) and its hop limit;
//! * `otPlatUdpClose` drops the host socket.
//!
//! # Guarantees
//!
//! * Nothing received can panic here: a datagram longer than OpenThread
//!   can hold (65535 bytes) or truncated by the kernel is dropped; one
//!   OpenThread has no buffer for is dropped (counted in the log at debug).
//! * A bind that fails for any reason but "address in use" answers
//!   success with no host socket (the socket then receives nothing and
//!   its sends fail): OpenThread retries an ephemeral bind on the next
//!   port for as long as binds fail, so a permanent failure must not reach
//!   it as one.
//! * A socket is only handed a datagram while it is registered (between
//!   `otPlatUdpSocket` and `otPlatUdpClose`), checked on the OpenThread
//!   thread right before the call, so OpenThread's socket is alive.
//!
//! # Why a thread-local
//!
//! As in [`super::infra`]: the hooks carry only the socket's pointer, so
//! the table is a thread-local of the OpenThread thread, installed by
//! [`PlatformUdp::install`] before the instance is made (declared before
//! it, dropped after it: OpenThread closes its sockets while shutting
//! down). The cell is only borrowed to look up or clone (never across a
//! call into OpenThread), so a send made from inside a delivery finds it
//! free.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io;
use std::net::{Ipv6Addr, SocketAddr, SocketAddrV6};
use std::num::NonZeroU32;
use std::os::fd::AsRawFd;
use std::rc::Rc;
use std::task::Poll;

use nix::sys::socket::{self as nsock, ControlMessage, ControlMessageOwned, MsgFlags};
use openthread::OpenThread;
use socket2::{Domain, Protocol, Socket, Type};
use tokio::io::Interest;
use tokio::net::UdpSocket;
use tokio::sync::Notify;

use super::ffi;

/// An OpenThread UDP socket, by the address of its `otUdpSocket` (stable
/// while it is open: OpenThread never moves an open socket).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SocketKey(pub usize);

/// The network interface OpenThread asks a socket to use
/// (`otNetifIdentifier`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Netif {
    /// Any host interface (`OT_NETIF_UNSPECIFIED`).
    Unspecified,
    /// The Thread network interface, i.e. the TUN (`OT_NETIF_THREAD_HOST`).
    ThreadHost,
    /// OpenThread's internal Thread interface: never bound here
    /// (`OT_NETIF_THREAD_INTERNAL`; OpenThread does not call the hooks for it).
    ThreadInternal,
    /// The infrastructure interface (`OT_NETIF_BACKBONE`).
    Backbone,
}

/// Why a bind failed, as OpenThread needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindError {
    /// The port is taken: OpenThread tries another ephemeral port.
    InUse,
    /// The socket is not registered.
    Unknown,
}

struct Entry {
    netif: Netif,
    sock: Option<Rc<UdpSocket>>,
    /// The interface its host socket is bound to (link-local scope).
    ifindex: Option<u32>,
}

/// The sockets of one OpenThread session.
struct Table {
    entries: RefCell<BTreeMap<SocketKey, Entry>>,
    /// Woken when the set of host sockets changes.
    changed: Notify,
    /// The Thread network interface's name (`OT_NETIF_THREAD_HOST`).
    tun: Option<String>,
}

thread_local! {
    /// See "Why a thread-local" in the module documentation.
    static TABLE: RefCell<Option<Rc<Table>>> = const { RefCell::new(None) };
}

fn table() -> Option<Rc<Table>> {
    TABLE.with(|t| t.borrow().clone())
}

/// The platform UDP table of one OpenThread session (see the module
/// documentation). Dropping it closes every host socket.
pub struct PlatformUdp {
    table: Rc<Table>,
}

impl std::fmt::Debug for PlatformUdp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PlatformUdp")
            .field("sockets", &self.table.entries.borrow().len())
            .finish()
    }
}

impl PlatformUdp {
    /// Installs an empty table for this thread's hooks; `tun` names the
    /// Thread network interface (`None`: a socket asking for it is bound
    /// to no interface).
    pub fn install(tun: Option<String>) -> PlatformUdp {
        let table = Rc::new(Table {
            entries: RefCell::new(BTreeMap::new()),
            changed: Notify::new(),
            tun,
        });
        TABLE.with(|t| *t.borrow_mut() = Some(table.clone()));
        PlatformUdp { table }
    }
}

impl Drop for PlatformUdp {
    fn drop(&mut self) {
        TABLE.with(|t| {
            let mut t = t.borrow_mut();
            if t.as_ref().is_some_and(|x| Rc::ptr_eq(x, &self.table)) {
                *t = None;
            }
        });
    }
}

/// `otPlatUdpSocket`: registers `key` (no host socket yet). False when no
/// table is installed.
pub(super) fn open(key: SocketKey, netif: Netif) -> bool {
    let Some(t) = table() else { return false };
    t.entries.borrow_mut().insert(
        key,
        Entry {
            netif,
            sock: None,
            ifindex: None,
        },
    );
    true
}

/// `otPlatUdpClose`: forgets `key` and closes its host socket.
pub(super) fn close(key: SocketKey) {
    if let Some(t) = table() {
        if t.entries.borrow_mut().remove(&key).is_some() {
            t.changed.notify_one();
        }
    }
}

/// Whether `key` is registered (OpenThread's socket is open).
pub(super) fn is_open(key: SocketKey) -> bool {
    table().is_some_and(|t| t.entries.borrow().contains_key(&key))
}

/// `otPlatUdpBindToNetif`: the interface its host socket is to use.
pub(super) fn bind_to_netif(key: SocketKey, netif: Netif) -> bool {
    let Some(t) = table() else { return false };
    let mut e = t.entries.borrow_mut();
    match e.get_mut(&key) {
        Some(entry) => {
            entry.netif = netif;
            true
        }
        None => false,
    }
}

fn netif_index(t: &Table, netif: Netif) -> Option<u32> {
    let name = match netif {
        Netif::Unspecified | Netif::ThreadInternal => return None,
        Netif::ThreadHost => t.tun.clone()?,
        Netif::Backbone => return super::infra::current_index(),
    };
    nix::net::if_::if_nametoindex(name.as_str()).ok()
}

/// `otPlatUdpBind`: opens and binds the host socket for `key` at
/// `addr`:`port` (see the module guarantees for which failures are
/// reported).
pub(super) fn bind(key: SocketKey, addr: Ipv6Addr, port: u16) -> Result<(), BindError> {
    let t = table().ok_or(BindError::Unknown)?;
    let netif = match t.entries.borrow().get(&key) {
        Some(e) => e.netif,
        None => return Err(BindError::Unknown),
    };
    let ifindex = netif_index(&t, netif);
    let sock = match host_socket(addr, port, ifindex) {
        Ok(s) => Some(Rc::new(s)),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => return Err(BindError::InUse),
        Err(e) => {
            tracing::warn!(%addr, port, ?netif, error = %e, "thread: platform UDP bind failed; the socket receives nothing");
            None
        }
    };
    if let Some(entry) = t.entries.borrow_mut().get_mut(&key) {
        entry.sock = sock;
        entry.ifindex = ifindex;
    }
    t.changed.notify_one();
    tracing::debug!(%addr, port, ?netif, ?ifindex, "thread: platform UDP socket bound");
    Ok(())
}

fn host_socket(addr: Ipv6Addr, port: u16, ifindex: Option<u32>) -> io::Result<UdpSocket> {
    let s = Socket::new(Domain::IPV6, Type::DGRAM, Some(Protocol::UDP))?;
    s.set_only_v6(true)?;
    s.set_nonblocking(true)?;
    if let Some(i) = ifindex {
        s.bind_device_by_index_v6(NonZeroU32::new(i))?;
    }
    s.set_recv_hoplimit_v6(true)?;
    nsock::setsockopt(&s, nsock::sockopt::Ipv6RecvPacketInfo, &true).map_err(io::Error::from)?;
    let scope = if is_link_local(&addr) {
        ifindex.unwrap_or(0)
    } else {
        0
    };
    s.bind(&SocketAddr::V6(SocketAddrV6::new(addr, port, 0, scope)).into())?;
    UdpSocket::from_std(std::net::UdpSocket::from(s))
}

fn is_link_local(a: &Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80
}

fn is_link_scoped(a: &Ipv6Addr) -> bool {
    is_link_local(a) || (a.is_multicast() && a.segments()[0] & 0x000f <= 2)
}

/// What OpenThread gives a send.
#[derive(Debug, Clone, Copy)]
pub(super) struct SendInfo {
    pub(super) peer: Ipv6Addr,
    pub(super) peer_port: u16,
    /// The local address to send from (unspecified: the kernel picks).
    pub(super) local: Ipv6Addr,
    /// 0: the default.
    pub(super) hop_limit: u8,
}

/// `otPlatUdpSend`: sends `payload` from `key`'s host socket. False when it
/// has none or the kernel refused (a full buffer included: datagram
/// traffic, OpenThread's DTLS retransmits).
pub(super) fn send(key: SocketKey, payload: &[u8], info: SendInfo) -> bool {
    let Some(t) = table() else { return false };
    let (sock, ifindex) = match t.entries.borrow().get(&key) {
        Some(Entry {
            sock: Some(s),
            ifindex,
            ..
        }) => (s.clone(), *ifindex),
        _ => return false,
    };
    let scope = if is_link_scoped(&info.peer) {
        ifindex.unwrap_or(0)
    } else {
        0
    };
    let to = nsock::SockaddrIn6::from(SocketAddrV6::new(info.peer, info.peer_port, 0, scope));
    let pktinfo = nix::libc::in6_pktinfo {
        ipi6_addr: nix::libc::in6_addr {
            s6_addr: info.local.octets(),
        },
        ipi6_ifindex: 0,
    };
    let hops: nix::libc::c_int = info.hop_limit.into();
    let from_local = !info.local.is_unspecified() && !info.local.is_multicast();
    let iov = [io::IoSlice::new(payload)];
    let mut cmsgs = Vec::with_capacity(2);
    if from_local {
        cmsgs.push(ControlMessage::Ipv6PacketInfo(&pktinfo));
    }
    if info.hop_limit != 0 {
        cmsgs.push(ControlMessage::Ipv6HopLimit(&hops));
    }
    // Straight to the non-blocking socket (no readiness wait: a datagram
    // that does not fit the buffer now is dropped, and OpenThread's DTLS
    // retransmits).
    let r = nsock::sendmsg(
        sock.as_raw_fd(),
        &iov,
        &cmsgs,
        MsgFlags::MSG_DONTWAIT,
        Some(&to),
    )
    .map_err(io::Error::from);
    match r {
        Ok(_) => true,
        Err(e) => {
            tracing::debug!(error = %e, peer = %info.peer, port = info.peer_port, "thread: platform UDP send failed");
            false
        }
    }
}

/// `otPlatUdpJoinMulticastGroup` / `...Leave...`.
pub(super) fn multicast(key: SocketKey, netif: Netif, group: Ipv6Addr, join: bool) -> bool {
    let Some(t) = table() else { return false };
    let sock = match t.entries.borrow().get(&key) {
        Some(Entry { sock: Some(s), .. }) => s.clone(),
        _ => return false,
    };
    let index = netif_index(&t, netif).unwrap_or(0);
    let r = if join {
        sock.join_multicast_v6(&group, index)
    } else {
        sock.leave_multicast_v6(&group, index)
    };
    r.is_ok()
}

/// One datagram as handed to OpenThread.
#[derive(Debug, Clone, Copy)]
pub(super) struct Received {
    pub(super) len: usize,
    pub(super) peer: Ipv6Addr,
    pub(super) peer_port: u16,
    /// The address it was sent to (unspecified if the kernel did not say).
    pub(super) local: Ipv6Addr,
    pub(super) hop_limit: u8,
    /// It arrived on the Thread network interface (the TUN).
    pub(super) on_tun: bool,
}

fn recv(fd: std::os::fd::RawFd, buf: &mut [u8], tun: Option<u32>) -> io::Result<Received> {
    let mut iov = [io::IoSliceMut::new(buf)];
    let mut cmsg = nix::cmsg_space!(nix::libc::in6_pktinfo, nix::libc::c_int);
    let m = nsock::recvmsg::<nsock::SockaddrIn6>(
        fd,
        &mut iov,
        Some(&mut cmsg),
        MsgFlags::MSG_DONTWAIT,
    )?;
    if m.flags.contains(MsgFlags::MSG_TRUNC) {
        return Err(io::Error::other("truncated datagram"));
    }
    let from = m
        .address
        .ok_or_else(|| io::Error::other("no source address"))?;
    let (mut local, mut hop_limit, mut on_tun) = (Ipv6Addr::UNSPECIFIED, 0u8, false);
    if let Ok(cmsgs) = m.cmsgs() {
        for c in cmsgs {
            match c {
                ControlMessageOwned::Ipv6HopLimit(h) => {
                    hop_limit = u8::try_from(h).unwrap_or(u8::MAX);
                }
                ControlMessageOwned::Ipv6PacketInfo(p) => {
                    local = Ipv6Addr::from(p.ipi6_addr.s6_addr);
                    on_tun = tun.is_some_and(|i| i == p.ipi6_ifindex);
                }
                _ => {}
            }
        }
    }
    Ok(Received {
        len: m.bytes,
        peer: from.ip(),
        peer_port: from.port(),
        local,
        hop_limit,
        on_tun,
    })
}

/// Waits until one of the host sockets is readable; the set is re-read
/// whenever it changes.
async fn readable(t: &Table) -> (SocketKey, Rc<UdpSocket>) {
    loop {
        let socks: Vec<(SocketKey, Rc<UdpSocket>)> = t
            .entries
            .borrow()
            .iter()
            .filter_map(|(k, e)| e.sock.clone().map(|s| (*k, s)))
            .collect();
        let changed = t.changed.notified();
        tokio::pin!(changed);
        let ready = std::future::poll_fn(|cx| {
            for (k, s) in &socks {
                if let Poll::Ready(r) = s.poll_recv_ready(cx) {
                    return Poll::Ready(r.ok().map(|()| (*k, s.clone())));
                }
            }
            Poll::Pending
        });
        tokio::select! {
            r = ready => match r {
                Some(found) => return found,
                // A failed readiness (the socket is broken): wait for the
                // table to change instead of spinning on it.
                None => changed.await,
            },
            () = &mut changed => {}
        }
    }
}

/// Delivers the host sockets' datagrams to OpenThread for the life of the
/// session (run in its `select!`; never returns). Pending forever without
/// an installed table.
pub async fn drive(ot: &OpenThread<'_>) {
    let Some(t) = table() else {
        return std::future::pending().await;
    };
    // The largest UDP payload; longer ones are dropped as truncated.
    let mut buf = vec![0u8; 65536];
    loop {
        let (key, sock) = readable(&t).await;
        let tun = netif_index(&t, Netif::ThreadHost);
        let r = sock.try_io(Interest::READABLE, || recv(sock.as_raw_fd(), &mut buf, tun));
        match r {
            Ok(m) => {
                let Some(data) = buf.get(..m.len) else {
                    continue;
                };
                if !ffi::udp_deliver(ot, key, data, &m) {
                    tracing::debug!(peer = %m.peer, len = m.len, "thread: platform UDP datagram dropped (no buffer or socket closed)");
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => tracing::debug!(error = %e, "thread: platform UDP receive failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sockets_are_registered_bound_and_closed() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            assert!(!open(SocketKey(1), Netif::Unspecified), "no table");
            let udp = PlatformUdp::install(None);
            assert!(open(SocketKey(1), Netif::Unspecified));
            assert!(is_open(SocketKey(1)));
            assert!(bind_to_netif(SocketKey(1), Netif::Unspecified));
            assert_eq!(
                bind(SocketKey(2), Ipv6Addr::LOCALHOST, 0),
                Err(BindError::Unknown)
            );
            bind(SocketKey(1), Ipv6Addr::LOCALHOST, 0).expect("bind");
            let port = t_port(SocketKey(1));
            // A second socket on the same port: in use, so OpenThread tries
            // another.
            assert!(open(SocketKey(2), Netif::Unspecified));
            assert_eq!(
                bind(SocketKey(2), Ipv6Addr::LOCALHOST, port),
                Err(BindError::InUse)
            );
            // A send reaches a peer, and the peer's answer is read with its
            // destination and hop limit.
            let peer = std::net::UdpSocket::bind("[::1]:0").expect("peer");
            let peer_port = peer.local_addr().expect("addr").port();
            let info = SendInfo {
                peer: Ipv6Addr::LOCALHOST,
                peer_port,
                local: Ipv6Addr::LOCALHOST,
                hop_limit: 7,
            };
            assert!(send(SocketKey(1), b"hello", info));
            let mut b = [0u8; 16];
            let (n, from) = peer.recv_from(&mut b).expect("recv");
            assert_eq!(&b[..n], b"hello");
            assert_eq!(from.port(), port);
            peer.send_to(b"back", from).expect("send back");
            let t = table().expect("table");
            let (key, sock) = readable(&t).await;
            assert_eq!(key, SocketKey(1));
            let mut buf = [0u8; 64];
            let m = sock
                .try_io(Interest::READABLE, || {
                    recv(sock.as_raw_fd(), &mut buf, None)
                })
                .expect("recv");
            assert_eq!(&buf[..m.len], b"back");
            assert_eq!(m.peer_port, peer_port);
            assert_eq!(m.local, Ipv6Addr::LOCALHOST);
            assert!(m.hop_limit > 0);
            close(SocketKey(1));
            assert!(!is_open(SocketKey(1)));
            assert!(!send(SocketKey(1), b"x", info), "closed");
            drop(udp);
            assert!(!is_open(SocketKey(2)), "the table went with the session");
        });
    }

    fn t_port(key: SocketKey) -> u16 {
        let t = table().expect("table");
        let e = t.entries.borrow();
        let s = e.get(&key).and_then(|e| e.sock.clone()).expect("bound");
        s.local_addr().expect("addr").port()
    }
}
