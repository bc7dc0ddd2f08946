//! The Thread network interface: a TUN device (`[thread] interface`,
//! default `wpan0`) carrying IPv6 between OpenThread and the host kernel,
//! so host processes reach mesh nodes with ordinary sockets.
//!
//! # What it guarantees
//!
//! * While an OpenThread session runs, every IPv6 datagram the kernel
//!   routes to the interface goes to OpenThread ([`OpenThread::tx`]) and
//!   every datagram OpenThread hands to the host ([`OpenThread::rx`]) is
//!   written to the interface. OpenThread's receive filter is on, so
//!   what OpenThread answers itself (echo requests to its addresses, its
//!   own UDP ports) never reaches the kernel twice.
//! * The interface carries exactly OpenThread's unicast addresses
//!   (link-local, mesh-local EID, RLOC and ALOCs - these two deprecated so
//!   the kernel never picks them as a source - and SLAAC/OMR addresses),
//!   a route per on-mesh prefix of them (the mesh-local /64 first of all),
//!   the host's memberships of OpenThread's multicast groups of realm-local
//!   scope and wider; and OpenThread is subscribed to the groups host
//!   processes join on the interface (seen in the kernel's MLD reports).
//!   All of it is brought in step on every OpenThread state change (the
//!   [`super::ThreadHandle::subscribe_changes`] counter), through netlink
//!   ([`super::rtnl`]); MTU 1280; the kernel adds no address of its own
//!   (address generation mode `none`).
//! * With NAT64 ([`super::nat64`]) the interface also carries its IPv4
//!   side: the IPv4 CIDR is routed to it (so the kernel sends the LAN's
//!   replies there), IPv4 packets read from it go to the translator
//!   (`otNat64Send`) and the translator's IPv4 packets are written to it.
//!   The device has no packet-information header (IFF_NO_PI): the kernel
//!   tells IPv4 from IPv6 by the version nibble, and so do we.
//! * While OpenThread is not running (radio being reopened) the interface
//!   stays, down and without addresses, so its name and index do not
//!   change under host programs. `Interface::close` deletes it.
//! * A `wpan0` left behind is reused if it is a TUN device nobody holds
//!   (its old addresses and routes are flushed), deleted and created again
//!   if it is a TUN device that refuses our flags; a link of another kind or
//!   one another process holds is never touched.
//! * Creating it needs `CAP_NET_ADMIN`. Without it, or on any other failure
//!   to set it up, Thread runs without the interface and the status says
//!   why ([`InterfaceStatus::detail`]).
//!
//! # Call order (the OpenThread thread, `runner.rs`)
//!
//! `Interface::open` once when the thread starts; per OpenThread session
//! `Interface::bridge` (raced with the session; never returns) and
//! `Interface::detach` when the session ends; `Interface::close` at
//! stop. `Interface::status` at any time.
#![forbid(unsafe_code)]

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::net::{IpAddr, Ipv6Addr, UdpSocket};

use openthread::OpenThread;
use serde::{Deserialize, Serialize};

use super::ffi;
use super::nat64::Ipv4Cidr;
use super::rtnl;

/// The MTU of a Thread interface (the IPv6 minimum; OpenThread fragments
/// over 802.15.4).
pub const MTU: u32 = 1280;

/// The interface's part of `thread status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterfaceStatus {
    /// The interface name (`[thread] interface`).
    pub name: String,
    /// `up` (bridging OpenThread), `down` (OpenThread not running) or
    /// `unavailable` (could not be set up: see `detail`).
    pub state: String,
    /// Why the interface is unavailable or what last failed on it.
    pub detail: Option<String>,
    /// The addresses set on it (OpenThread's unicast addresses).
    pub addresses: Vec<Ipv6Addr>,
    /// The prefixes routed to it (`prefix/len`).
    pub routes: Vec<String>,
    /// The multicast groups the host joined on it for OpenThread.
    pub multicast: Vec<Ipv6Addr>,
    /// Datagrams passed from the host to OpenThread.
    pub to_mesh: u64,
    /// Datagrams passed from OpenThread to the host.
    pub from_mesh: u64,
    /// Datagrams OpenThread refused (no buffers, no route) or the interface
    /// could not take.
    pub dropped: u64,
}

/// Why the interface could not be set up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NetifError {
    /// No `CAP_NET_ADMIN` (not root, capability not granted).
    #[error(
        "creating the Thread interface {name} needs CAP_NET_ADMIN (run as root or grant the \
         capability), or set [thread] interface = \"\" to run without it: {source}"
    )]
    NotPermitted {
        /// The interface name.
        name: String,
        /// The refusal.
        #[source]
        source: io::Error,
    },
    /// Another process holds a TUN device of that name.
    #[error("the interface {name} is held by another process: {source}")]
    Busy {
        /// The interface name.
        name: String,
        /// The refusal.
        #[source]
        source: io::Error,
    },
    /// A link of that name exists and is not a TUN device: left alone.
    #[error("a link named {name} exists and is not a TUN device ({kind}); not touched")]
    NotTun {
        /// The interface name.
        name: String,
        /// Its kind, as netlink reports it.
        kind: String,
    },
    /// The TUN device could not be created.
    #[error("cannot create the TUN device {name}: {source}")]
    Tun {
        /// The interface name.
        name: String,
        /// The cause.
        #[source]
        source: io::Error,
    },
    /// A socket the interface needs (netlink, multicast memberships)
    /// could not be opened.
    #[error("cannot open the {what} socket: {source}")]
    Socket {
        /// Which socket.
        what: &'static str,
        /// The cause.
        #[source]
        source: io::Error,
    },
    /// A netlink request failed.
    #[error("netlink ({what}): {source}")]
    Netlink {
        /// What was being done.
        what: &'static str,
        /// The cause.
        #[source]
        source: rtnl::Error,
    },
}

/// What the interface should carry, computed from OpenThread's state
/// (sans-IO: [`Desired::from_thread`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desired {
    /// Address -> (prefix length, preferred).
    pub addresses: BTreeMap<Ipv6Addr, (u8, bool)>,
    /// On-mesh prefixes (masked, length).
    pub routes: BTreeSet<(Ipv6Addr, u8)>,
    /// Multicast groups (realm-local scope and wider) the host joins.
    pub groups: BTreeSet<Ipv6Addr>,
}

impl Desired {
    /// From OpenThread's unicast addresses (with prefix lengths), its
    /// mesh-local prefix and its multicast groups.
    pub fn from_thread(
        unicast: &[(Ipv6Addr, u8)],
        mesh_local_prefix: &[u8; 8],
        multicast: &[Ipv6Addr],
    ) -> Desired {
        let mut d = Desired::default();
        for &(a, len) in unicast {
            let len = len.min(128);
            let locator = is_locator(&a, mesh_local_prefix);
            d.addresses.insert(a, (len, !locator));
            if !is_link_local(&a) && len < 128 {
                d.routes.insert((mask(&a, len), len));
            }
        }
        d.groups = multicast
            .iter()
            .copied()
            .filter(|g| multicast_scope(g) >= 3)
            .collect();
        d
    }
}

fn is_link_local(a: &Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80
}

/// A routing or anycast locator (RLOC, ALOC): mesh-local prefix and IID
/// `0000:00ff:fe00:xxxx`.
fn is_locator(a: &Ipv6Addr, mlp: &[u8; 8]) -> bool {
    let o = a.octets();
    o[..8] == mlp[..] && o[8..14] == [0, 0, 0, 0xff, 0xfe, 0]
}

fn mask(a: &Ipv6Addr, len: u8) -> Ipv6Addr {
    let bits = u128::from(*a);
    let m = if len == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(len.min(128)))
    };
    Ipv6Addr::from(bits & m)
}

/// The scope nibble of a multicast address (2 link-local, 3 realm-local,
/// 5 site-local...); 0 for a unicast address.
fn multicast_scope(a: &Ipv6Addr) -> u8 {
    let o = a.octets();
    if o[0] == 0xff {
        o[1] & 0x0f
    } else {
        0
    }
}

/// A change of the host's multicast memberships, read from an MLD report
/// the kernel sent out of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MldChange {
    /// The host joined the group.
    Join(Ipv6Addr),
    /// The host left the group.
    Leave(Ipv6Addr),
}

/// If `packet` (an IPv6 datagram) is an MLD report (v1 report or done, v2
/// report), the membership changes it carries for groups of realm-local
/// scope and wider (link-local groups mean nothing beyond the hub);
/// `None` for any other datagram, which goes to OpenThread. Never panics
/// on malformed input.
pub fn parse_mld(packet: &[u8]) -> Option<Vec<MldChange>> {
    if packet.len() < 40 || packet[0] >> 4 != 6 {
        return None;
    }
    let mut next = packet[6];
    let mut at = 40;
    // MLD messages carry a Hop-by-Hop header (router alert).
    if next == 0 {
        let len = (usize::from(*packet.get(at + 1)?) + 1) * 8;
        next = packet[at];
        at += len;
    }
    if next != 58 {
        return None;
    }
    let icmp = packet.get(at..)?;
    let group = |b: &[u8]| -> Option<Ipv6Addr> {
        let o: [u8; 16] = b.get(..16)?.try_into().ok()?;
        Some(Ipv6Addr::from(o))
    };
    let mut out = Vec::new();
    match *icmp.first()? {
        // MLDv1 report / done: the group at offset 8.
        131 => out.push(MldChange::Join(group(icmp.get(8..)?)?)),
        132 => out.push(MldChange::Leave(group(icmp.get(8..)?)?)),
        143 => {
            let records = u16::from_be_bytes([*icmp.get(6)?, *icmp.get(7)?]);
            let mut r = 8;
            for _ in 0..records {
                let rec = icmp.get(r..r + 20)?;
                let (kind, aux) = (rec[0], usize::from(rec[1]));
                let sources = usize::from(u16::from_be_bytes([rec[2], rec[3]]));
                let g = group(&rec[4..])?;
                // Exclude mode (any source) or a source list: a member;
                // include mode with no source: not a member.
                match (kind, sources) {
                    (2 | 4, _) | (1 | 5, 1..) => out.push(MldChange::Join(g)),
                    (1 | 3, 0) => out.push(MldChange::Leave(g)),
                    _ => {}
                }
                r += 20 + 16 * sources + 4 * aux;
            }
        }
        _ => return None,
    }
    out.retain(|c| match c {
        MldChange::Join(g) | MldChange::Leave(g) => multicast_scope(g) >= 3,
    });
    Some(out)
}

/// What is set on the interface now (as far as our requests succeeded).
#[derive(Debug, Default)]
struct Applied {
    addresses: BTreeMap<Ipv6Addr, (u8, bool)>,
    routes: BTreeSet<(Ipv6Addr, u8)>,
    groups: BTreeSet<Ipv6Addr>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Counters {
    to_mesh: u64,
    from_mesh: u64,
    dropped: u64,
}

/// The TUN device and the netlink handle that configures it.
pub(crate) struct Netif {
    name: String,
    index: u32,
    dev: tun_rs::AsyncDevice,
    nl: rtnl::Socket,
    /// Holds the host's memberships of OpenThread's groups.
    groups: UdpSocket,
    applied: RefCell<Applied>,
    counters: Cell<Counters>,
    up: Cell<bool>,
    detail: RefCell<Option<String>>,
    /// NAT64's IPv4 CIDR, routed to the interface while it is up.
    nat64: Option<Ipv4Cidr>,
    /// Whether that route is set.
    route4: Cell<bool>,
}

fn errno(e: &io::Error) -> Option<i32> {
    e.raw_os_error()
}

const EPERM: i32 = 1;
const EACCES: i32 = 13;
const EBUSY: i32 = 16;

impl Netif {
    async fn open(name: &str, nat64: Option<Ipv4Cidr>) -> Result<Netif, NetifError> {
        let nl = rtnl::Socket::open().map_err(|source| NetifError::Socket {
            what: "netlink",
            source,
        })?;
        let mut n = Self::setup(name, nl).await?;
        n.nat64 = nat64;
        Ok(n)
    }

    async fn setup(name: &str, nl: rtnl::Socket) -> Result<Netif, NetifError> {
        let dev = match create_tun(name) {
            Ok(dev) => dev,
            Err(e) => match errno(&e) {
                Some(EPERM | EACCES) => {
                    return Err(NetifError::NotPermitted {
                        name: name.to_owned(),
                        source: e,
                    })
                }
                Some(EBUSY) => {
                    return Err(NetifError::Busy {
                        name: name.to_owned(),
                        source: e,
                    })
                }
                _ => {
                    // A link of that name that refused our flags: a TUN
                    // device (left by an earlier run or a tool) is deleted
                    // and made again; anything else is not ours to touch.
                    match link_kind(&nl, name).await {
                        Some((index, Some(kind))) if kind == "tun" => {
                            tracing::warn!(interface = name, error = %e, "thread: deleting a stale TUN device to create it again");
                            nl.ack(rtnl::del_link(index)).await.map_err(|source| {
                                NetifError::Netlink {
                                    what: "delete the stale interface",
                                    source,
                                }
                            })?;
                            create_tun(name).map_err(|source| NetifError::Tun {
                                name: name.to_owned(),
                                source,
                            })?
                        }
                        Some((_, kind)) => {
                            return Err(NetifError::NotTun {
                                name: name.to_owned(),
                                kind: kind.unwrap_or_else(|| "?".into()),
                            })
                        }
                        None => {
                            return Err(NetifError::Tun {
                                name: name.to_owned(),
                                source: e,
                            })
                        }
                    }
                }
            },
        };
        let index = dev.if_index().map_err(|source| NetifError::Tun {
            name: name.to_owned(),
            source,
        })?;
        // Down first: a reused device loses the routes and addresses of its
        // earlier life; no kernel-made link-local address; MTU 1280.
        let msg = rtnl::set_link(
            index,
            &rtnl::LinkChange {
                up: Some(false),
                multicast: Some(true),
                mtu: Some(MTU),
                addr_gen_mode_none: true,
            },
        );
        nl.ack(msg).await.map_err(|source| {
            // A TUN device its owner may attach to without the
            // capability still needs it for this.
            if is_errno(&source, EPERM) {
                NetifError::NotPermitted {
                    name: name.to_owned(),
                    source: io::Error::from_raw_os_error(EPERM),
                }
            } else {
                NetifError::Netlink {
                    what: "configure the interface",
                    source,
                }
            }
        })?;
        let mut applied = Applied::default();
        // Whatever addresses survived going down (keep_addr_on_down) are
        // diffed away at the first sync.
        if let Ok(addrs) = nl.addresses(rtnl::AF_INET6, index).await {
            for a in addrs {
                if let std::net::IpAddr::V6(addr) = a.address {
                    applied.addresses.insert(addr, (a.prefix_len, true));
                }
            }
        }
        let groups =
            UdpSocket::bind((Ipv6Addr::UNSPECIFIED, 0)).map_err(|source| NetifError::Socket {
                what: "multicast membership",
                source,
            })?;
        Ok(Netif {
            name: name.to_owned(),
            index,
            dev,
            nl,
            groups,
            applied: RefCell::new(applied),
            counters: Cell::new(Counters::default()),
            up: Cell::new(false),
            detail: RefCell::new(None),
            nat64: None,
            route4: Cell::new(false),
        })
    }

    fn status(&self) -> InterfaceStatus {
        let a = self.applied.borrow();
        let c = self.counters.get();
        let mut routes: Vec<String> = a.routes.iter().map(|(p, l)| format!("{p}/{l}")).collect();
        if let Some(cidr) = self.nat64.filter(|_| self.route4.get()) {
            routes.push(cidr.to_string());
        }
        InterfaceStatus {
            name: self.name.clone(),
            state: if self.up.get() { "up" } else { "down" }.into(),
            detail: self.detail.borrow().clone(),
            addresses: a.addresses.keys().copied().collect(),
            routes,
            multicast: a.groups.iter().copied().collect(),
            to_mesh: c.to_mesh,
            from_mesh: c.from_mesh,
            dropped: c.dropped,
        }
    }

    fn count(&self, f: impl FnOnce(&mut Counters)) {
        let mut c = self.counters.get();
        f(&mut c);
        self.counters.set(c);
    }

    fn failed(&self, what: &str, e: &dyn std::fmt::Display) {
        tracing::warn!(interface = %self.name, error = %e, "thread: interface: cannot {what}");
        *self.detail.borrow_mut() = Some(format!("cannot {what}: {e}"));
    }

    async fn set_up(&self, up: bool) {
        let msg = rtnl::set_link(
            self.index,
            &rtnl::LinkChange {
                up: Some(up),
                ..rtnl::LinkChange::default()
            },
        );
        match self.nl.ack(msg).await {
            Ok(()) => self.up.set(up),
            Err(e) => self.failed(if up { "bring it up" } else { "bring it down" }, &e),
        }
    }

    async fn bridge(&self, ot: &OpenThread<'_>, mut changes: tokio::sync::watch::Receiver<u64>) {
        ffi::set_receive_filter(ot, true);
        ot.enable_ipv6_rx(true);
        self.set_up(true).await;
        if self.nat64.is_some() {
            ffi::nat64_set_receive(ot, true);
            self.set_route4(true).await;
        }
        tracing::info!(interface = %self.name, index = self.index, "thread: interface up");
        let sync = async {
            loop {
                changes.borrow_and_update();
                let d = desired(ot);
                self.sync(&d).await;
                if changes.changed().await.is_err() {
                    return;
                }
            }
        };
        let forward = self.forward(ot);
        tokio::join!(sync, forward);
    }

    /// Moves datagrams both ways until the device fails.
    async fn forward(&self, ot: &OpenThread<'_>) {
        let mut up = vec![0u8; 2048];
        let mut down = vec![0u8; 2048];
        loop {
            tokio::select! {
                r = self.dev.recv(&mut up) => match r {
                    Ok(n) => self.to_mesh(ot, &up[..n]),
                    Err(e) => {
                        self.failed("read the interface", &e);
                        return;
                    }
                },
                r = ot.rx(&mut down) => match r {
                    Ok(n) => match self.dev.send(&down[..n]).await {
                        Ok(_) => self.count(|c| c.from_mesh += 1),
                        Err(e) => {
                            self.count(|c| c.dropped += 1);
                            tracing::debug!(error = %e, "thread: interface refused a datagram");
                        }
                    },
                    Err(e) => {
                        self.count(|c| c.dropped += 1);
                        tracing::debug!(error = %e, "thread: no datagram from OpenThread");
                    }
                },
                () = ffi::nat64_ip4() => {
                    for p in ffi::take_nat64_ip4() {
                        match self.dev.send(&p).await {
                            Ok(_) => self.count(|c| c.from_mesh += 1),
                            Err(e) => {
                                self.count(|c| c.dropped += 1);
                                tracing::debug!(error = %e, "thread: interface refused an IPv4 datagram");
                            }
                        }
                    }
                }
            }
        }
    }

    /// Routes (or no longer) NAT64's IPv4 CIDR to the interface: the
    /// kernel then hands the LAN's replies to the translator.
    async fn set_route4(&self, on: bool) {
        let Some(cidr) = self.nat64 else { return };
        if on == self.route4.get() {
            return;
        }
        let route = rtnl::Route {
            dst: IpAddr::V4(cidr.network()),
            prefix_len: cidr.prefix_len(),
            oif: self.index,
            scope: rtnl::RT_SCOPE_LINK,
        };
        let r = if on {
            self.nl.ack(rtnl::add_route(&route)).await
        } else {
            match self.nl.ack(rtnl::del_route(&route)).await {
                // Going down already took it.
                Err(e) if is_errno(&e, ESRCH) => Ok(()),
                r => r,
            }
        };
        match r {
            Ok(()) => self.route4.set(on),
            Err(e) => self.failed(
                if on {
                    "route the NAT64 IPv4 CIDR"
                } else {
                    "remove the NAT64 IPv4 route"
                },
                &e,
            ),
        }
    }

    fn to_mesh(&self, ot: &OpenThread<'_>, packet: &[u8]) {
        if packet.first().is_some_and(|b| b >> 4 == 4) {
            // IPv4: only NAT64's translator takes it.
            let r = match self.nat64 {
                Some(_) => ffi::nat64_send(ot, packet).map_err(|e| e.to_string()),
                None => Err("no NAT64".to_owned()),
            };
            match r {
                Ok(()) => self.count(|c| c.to_mesh += 1),
                Err(e) => {
                    self.count(|c| c.dropped += 1);
                    tracing::debug!(error = %e, "thread: an IPv4 datagram from the host was not translated");
                }
            }
            return;
        }
        if let Some(changes) = parse_mld(packet) {
            for c in changes {
                let r = match c {
                    MldChange::Join(g) => ot.join_multicast(g),
                    MldChange::Leave(g) => ot.leave_multicast(g),
                };
                if let Err(e) = r {
                    tracing::debug!(change = ?c, error = %e, "thread: OpenThread refused a multicast change");
                }
            }
            return;
        }
        match ot.tx(packet) {
            Ok(()) => self.count(|c| c.to_mesh += 1),
            Err(e) => {
                self.count(|c| c.dropped += 1);
                tracing::debug!(error = %e, "thread: OpenThread refused a datagram from the host");
            }
        }
    }

    /// Brings the interface in step with `d`: removals first (a changed
    /// prefix never leaves two mesh-local /64s), then additions.
    async fn sync(&self, d: &Desired) {
        let (gone_a, new_a, gone_r, new_r, gone_g, new_g) = {
            let a = self.applied.borrow();
            (
                a.addresses
                    .iter()
                    .filter(|(k, v)| d.addresses.get(k) != Some(v))
                    .map(|(k, v)| (*k, *v))
                    .collect::<Vec<_>>(),
                d.addresses
                    .iter()
                    .filter(|(k, v)| a.addresses.get(k) != Some(v))
                    .map(|(k, v)| (*k, *v))
                    .collect::<Vec<_>>(),
                a.routes.difference(&d.routes).copied().collect::<Vec<_>>(),
                d.routes.difference(&a.routes).copied().collect::<Vec<_>>(),
                a.groups.difference(&d.groups).copied().collect::<Vec<_>>(),
                d.groups.difference(&a.groups).copied().collect::<Vec<_>>(),
            )
        };
        for (addr, (len, _)) in gone_a {
            // Changed only in its preferred state: replaced below.
            if !d.addresses.contains_key(&addr) {
                let msg = rtnl::del_address(self.index, addr, len);
                if let Err(e) = self.nl.ack(msg).await {
                    if !is_errno(&e, ENOENT) && !is_errno(&e, EADDRNOTAVAIL) {
                        self.failed("remove an address", &e);
                        continue;
                    }
                }
            }
            self.applied.borrow_mut().addresses.remove(&addr);
        }
        for (prefix, len) in gone_r {
            let msg = rtnl::del_route(&self.route6(prefix, len));
            if let Err(e) = self.nl.ack(msg).await {
                if !is_errno(&e, ESRCH) {
                    self.failed("remove a route", &e);
                    continue;
                }
            }
            self.applied.borrow_mut().routes.remove(&(prefix, len));
        }
        for g in gone_g {
            if let Err(e) = self.groups.leave_multicast_v6(&g, self.index) {
                tracing::debug!(group = %g, error = %e, "thread: interface: leave");
            }
            self.applied.borrow_mut().groups.remove(&g);
        }
        for (addr, (len, preferred)) in new_a {
            let req = rtnl::add_address(&rtnl::NewAddress {
                index: self.index,
                address: addr,
                prefix_len: len,
                flags: rtnl::IFA_F_NODAD | rtnl::IFA_F_NOPREFIXROUTE,
                preferred: if preferred { u32::MAX } else { 0 },
                valid: u32::MAX,
            });
            match self.nl.ack(req).await {
                Ok(()) => {
                    self.applied
                        .borrow_mut()
                        .addresses
                        .insert(addr, (len, preferred));
                }
                Err(e) => self.failed("add an address", &e),
            }
        }
        for (prefix, len) in new_r {
            let msg = rtnl::add_route(&self.route6(prefix, len));
            match self.nl.ack(msg).await {
                Ok(()) => {
                    self.applied.borrow_mut().routes.insert((prefix, len));
                }
                Err(e) => self.failed("add a route", &e),
            }
        }
        for g in new_g {
            match self.groups.join_multicast_v6(&g, self.index) {
                Ok(()) => {
                    self.applied.borrow_mut().groups.insert(g);
                }
                Err(e) => self.failed("join a multicast group", &e),
            }
        }
    }

    /// A route to an on-mesh prefix through the interface.
    fn route6(&self, prefix: Ipv6Addr, len: u8) -> rtnl::Route {
        rtnl::Route {
            dst: IpAddr::V6(prefix),
            prefix_len: len,
            oif: self.index,
            scope: rtnl::RT_SCOPE_UNIVERSE,
        }
    }

    async fn close(self) {
        match self.nl.ack(rtnl::del_link(self.index)).await {
            Ok(()) => tracing::info!(interface = %self.name, "thread: interface removed"),
            Err(e) => {
                tracing::warn!(interface = %self.name, error = %e, "thread: cannot remove the interface")
            }
        }
    }
}

const ENOENT: i32 = 2;
const ESRCH: i32 = 3;
const EADDRNOTAVAIL: i32 = 99;

fn is_errno(e: &rtnl::Error, code: i32) -> bool {
    e.errno() == Some(code)
}

fn create_tun(name: &str) -> io::Result<tun_rs::AsyncDevice> {
    tun_rs::DeviceBuilder::new()
        .name(name)
        .inherit_enable_state()
        .build_async()
}

/// The index and kind (`IFLA_INFO_KIND`: "tun", "veth"...) of the link
/// named `name`, if there is one.
async fn link_kind(nl: &rtnl::Socket, name: &str) -> Option<(u32, Option<String>)> {
    let link = nl.link_by_name(name).await.ok()??;
    Some((link.index, link.kind))
}

/// What OpenThread holds now.
fn desired(ot: &OpenThread<'_>) -> Desired {
    let mut unicast = Vec::new();
    let _ = ot.ipv6_addrs(|a| {
        if let Some(a) = a {
            unicast.push(a);
        }
        Ok(())
    });
    Desired::from_thread(
        &unicast,
        &ot.mesh_local_prefix(),
        &ffi::multicast_addresses(ot),
    )
}

/// The Thread interface of the OpenThread thread: off, unavailable (and
/// why), or a TUN device.
pub(crate) enum Interface {
    Off,
    Unavailable { name: String, reason: String },
    On(Box<Netif>),
}

impl Interface {
    /// Creates the interface `name` (`None`: none configured), carrying
    /// NAT64's IPv4 side for `nat64` (its CIDR) if given. A failure
    /// is logged and kept for the status; Thread runs without it.
    pub(crate) async fn open(name: Option<&str>, nat64: Option<Ipv4Cidr>) -> Interface {
        let Some(name) = name.filter(|n| !n.is_empty()) else {
            return Interface::Off;
        };
        match Netif::open(name, nat64).await {
            Ok(n) => {
                tracing::info!(
                    interface = name,
                    index = n.index,
                    "thread: interface created"
                );
                Interface::On(Box::new(n))
            }
            Err(e) => {
                tracing::error!(interface = name, error = %e, "thread: no Thread network interface; Thread runs without it");
                Interface::Unavailable {
                    name: name.to_owned(),
                    reason: e.to_string(),
                }
            }
        }
    }

    /// The interface's part of the status (`None` when none is configured).
    pub(crate) fn status(&self) -> Option<InterfaceStatus> {
        match self {
            Interface::Off => None,
            Interface::Unavailable { name, reason } => Some(InterfaceStatus {
                name: name.clone(),
                state: "unavailable".into(),
                detail: Some(reason.clone()),
                addresses: Vec::new(),
                routes: Vec::new(),
                multicast: Vec::new(),
                to_mesh: 0,
                from_mesh: 0,
                dropped: 0,
            }),
            Interface::On(n) => Some(n.status()),
        }
    }

    /// Bridges the interface and OpenThread for one session: brings it up
    /// and keeps it in step on every change `changes` reports. Never
    /// returns (pending when there is no interface or it failed).
    pub(crate) async fn bridge(
        &self,
        ot: &OpenThread<'_>,
        changes: tokio::sync::watch::Receiver<u64>,
    ) {
        if let Interface::On(n) = self {
            n.bridge(ot, changes).await;
        }
        std::future::pending::<()>().await
    }

    /// The session ended: addresses, routes and groups withdrawn, link
    /// down (the device stays for the next session).
    pub(crate) async fn detach(&self) {
        if let Interface::On(n) = self {
            n.sync(&Desired::default()).await;
            n.set_route4(false).await;
            n.set_up(false).await;
        }
    }

    /// Deletes the interface.
    pub(crate) async fn close(self) {
        if let Interface::On(n) = self {
            n.close().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MLP: [u8; 8] = [0xfd, 0xde, 0xad, 0, 0xbe, 0xef, 0, 0];

    fn a(s: &str) -> Ipv6Addr {
        s.parse().unwrap()
    }

    #[test]
    fn desired_state_from_openthread() {
        let d = Desired::from_thread(
            &[
                (a("fe80::1c2b:3a4d:5e6f:7081"), 64),
                (a("fdde:ad00:beef:0:1c2b:3a4d:5e6f:7081"), 64),
                (a("fdde:ad00:beef:0:0:ff:fe00:fc00"), 64),
                (a("fdde:ad00:beef:0:0:ff:fe00:5800"), 64),
                (a("fd11:22::1234:5678:9abc:def0"), 64),
            ],
            &MLP,
            &[
                a("ff02::1"),
                a("ff03::1"),
                a("ff33:40:fdde:ad00:beef:0:0:1"),
                a("ff03::fc"),
            ],
        );
        // Locators are deprecated, the rest preferred.
        assert_eq!(
            d.addresses[&a("fdde:ad00:beef:0:0:ff:fe00:fc00")],
            (64, false)
        );
        assert_eq!(
            d.addresses[&a("fdde:ad00:beef:0:1c2b:3a4d:5e6f:7081")],
            (64, true)
        );
        assert_eq!(d.addresses[&a("fe80::1c2b:3a4d:5e6f:7081")], (64, true));
        // One route per on-mesh prefix, none for link-local.
        assert_eq!(
            d.routes.iter().copied().collect::<Vec<_>>(),
            vec![(a("fd11:22::"), 64), (a("fdde:ad00:beef::"), 64)]
        );
        // Realm-local and wider groups only.
        assert_eq!(
            d.groups.iter().copied().collect::<Vec<_>>(),
            vec![
                a("ff03::1"),
                a("ff03::fc"),
                a("ff33:40:fdde:ad00:beef:0:0:1")
            ]
        );
    }

    /// An MLDv2 report as Linux sends it: IPv6 header, hop-by-hop header
    /// with router alert, then the report.
    fn mld2(records: &[(u8, Ipv6Addr, u16)]) -> Vec<u8> {
        let mut icmp = vec![143, 0, 0, 0, 0, 0];
        icmp.extend_from_slice(&(records.len() as u16).to_be_bytes());
        for (kind, g, sources) in records {
            icmp.extend_from_slice(&[*kind, 0]);
            icmp.extend_from_slice(&sources.to_be_bytes());
            icmp.extend_from_slice(&g.octets());
            for _ in 0..*sources {
                icmp.extend_from_slice(&a("fd00::1").octets());
            }
        }
        let mut p = vec![0x60, 0, 0, 0];
        p.extend_from_slice(&((icmp.len() + 8) as u16).to_be_bytes());
        p.extend_from_slice(&[0, 1]);
        p.extend_from_slice(&a("fe80::1").octets());
        p.extend_from_slice(&a("ff02::16").octets());
        p.extend_from_slice(&[58, 0, 5, 2, 0, 0, 1, 0]);
        p.extend_from_slice(&icmp);
        p
    }

    #[test]
    fn mld_reports_become_membership_changes() {
        let p = mld2(&[
            (4, a("ff05::fb"), 0),
            (3, a("ff33:40:fd00::1"), 0),
            (4, a("ff02::1:ff00:1"), 0),
            (5, a("ff35::1"), 1),
            (6, a("ff35::2"), 1),
        ]);
        assert_eq!(
            parse_mld(&p),
            Some(vec![
                MldChange::Join(a("ff05::fb")),
                MldChange::Leave(a("ff33:40:fd00::1")),
                MldChange::Join(a("ff35::1")),
            ])
        );
        // Truncated anywhere: never a panic.
        for n in 0..p.len() {
            let _ = parse_mld(&p[..n]);
        }
        // Not MLD: goes to OpenThread.
        let mut udp = p.clone();
        udp[6] = 17;
        assert_eq!(parse_mld(&udp), None);
        let mut echo = p.clone();
        echo[48] = 128;
        assert_eq!(parse_mld(&echo), None);
    }

    #[test]
    fn prefixes_are_masked() {
        assert_eq!(mask(&a("fd11:22::1234:5678:9abc:def0"), 64), a("fd11:22::"));
        assert_eq!(mask(&a("fd11:22::1"), 0), a("::"));
        assert_eq!(mask(&a("fd11:22::1"), 128), a("fd11:22::1"));
        assert_eq!(multicast_scope(&a("ff33::1")), 3);
        assert_eq!(multicast_scope(&a("fd00::1")), 0);
    }
}
