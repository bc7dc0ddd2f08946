//! Per-source connection limits and rate-limited refusal logs, shared by
//! every TCP listener (the controller API's mTLS and enrollment listeners,
//! CoAP over TLS).
//!
//! Guarantees:
//! * A source is one IPv4 address, or one IPv6 /64 (an IPv4-mapped IPv6
//!   address counts as its IPv4 address): a host handing itself addresses
//!   from its /64 is still one source ([`SourceKey`]).
//! * [`SourceLimiter`] is the sans-IO decision: `try_admit` grants a slot
//!   while the source holds fewer than its maximum, `release` gives it back;
//!   counts never underflow, and a source whose count is back to zero is
//!   forgotten (the map holds only sources with open connections).
//! * [`ConnTable`] is a listener's whole admission decision (sans-IO): the
//!   per-source maximum, then the listener's total maximum. When the table
//!   is full, a newcomer is not refused while some connection is still
//!   *unproven* (its TLS handshake has not finished, or it never
//!   authenticates, as on the enrollment listener): one is evicted. First
//!   a *stale silent* one (no byte in [`SILENT_GRACE`]: a real client
//!   sends its ClientHello at once); else any unproven one, the least
//!   recently active (each byte received during the handshake counts, via
//!   [`Tracked`]); either way from the source holding the most such slots.
//!   So a crowd of addresses holding idle or stalled sockets cannot keep a
//!   real client out: every newcomer gets a slot, and a handshake in
//!   progress outlives sockets that have gone quiet. Proven (authenticated)
//!   connections are
//!   never evicted; only when every slot is proven is a newcomer refused.
//!   A source whose connection was evicted is refused new connections for
//!   [`EVICTION_BACKOFF`]: a crowd whose sockets are evicted cannot come
//!   straight back and churn the table faster than a real client's
//!   handshake finishes. What remains (docs/security.md): more addresses
//!   than the table has slots, each sending a partial handshake and
//!   stalling, can still evict a real client's handshake, at a rate of one
//!   connection per address per backoff.
//! * [`SharedConnTable`] is a [`ConnTable`] behind a mutex for a listener
//!   and its connection tasks: a [`ConnSlot`] gives its slot back when it
//!   is dropped, whatever way the connection ends; the evicted
//!   connection's handle (for a listener, the sending half of a channel
//!   its task waits on) is handed back to be dropped, which ends it.
//! * [`RefusalLog`] lets at most one log line through per interval and
//!   reports how many it held back, so a flood of refused connections
//!   cannot flood the log.
//!
//! Call order for a listener: on accept, [`SharedConnTable::admit`] with
//! the peer's address and a handle that ends the connection when dropped;
//! on `Err`, close the socket at once, count it, and log only when
//! [`RefusalLog::allow`] says so; on `Ok`, drop the evicted handle if any
//! (count it too), keep the [`ConnSlot`] in the connection task until it
//! ends, and call [`ConnSlot::prove`] once the peer has authenticated.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One source of connections: an IPv4 address or an IPv6 /64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKey {
    /// An IPv4 address (or an IPv4-mapped IPv6 address).
    V4(Ipv4Addr),
    /// The upper 64 bits of an IPv6 address.
    V6Prefix(u64),
}

impl From<IpAddr> for SourceKey {
    fn from(ip: IpAddr) -> SourceKey {
        match ip {
            IpAddr::V4(a) => SourceKey::V4(a),
            IpAddr::V6(a) => match a.to_ipv4_mapped() {
                Some(v4) => SourceKey::V4(v4),
                None => SourceKey::V6Prefix((u128::from(a) >> 64) as u64),
            },
        }
    }
}

impl std::fmt::Display for SourceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceKey::V4(a) => write!(f, "{a}"),
            SourceKey::V6Prefix(p) => {
                let a = std::net::Ipv6Addr::from(u128::from(*p) << 64);
                write!(f, "{a}/64")
            }
        }
    }
}

/// Why a connection was refused: its source holds its maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("source {source_key} already holds {max} connections")]
#[non_exhaustive]
pub struct SourceLimitReached {
    /// The source.
    pub source_key: SourceKey,
    /// Its maximum.
    pub max: usize,
}

/// Open connections per source, at most `max_per_source` each (sans-IO).
#[derive(Debug, Clone)]
pub struct SourceLimiter {
    max_per_source: usize,
    counts: HashMap<SourceKey, usize>,
}

impl SourceLimiter {
    /// A limiter admitting at most `max_per_source` connections per source
    /// (0 is read as 1: a listener always admits someone).
    pub fn new(max_per_source: usize) -> SourceLimiter {
        SourceLimiter {
            max_per_source: max_per_source.max(1),
            counts: HashMap::new(),
        }
    }

    /// The per-source maximum.
    pub fn max_per_source(&self) -> usize {
        self.max_per_source
    }

    /// Takes a slot for a connection from `ip`, or refuses it.
    pub fn try_admit(&mut self, ip: IpAddr) -> Result<SourceKey, SourceLimitReached> {
        let key = SourceKey::from(ip);
        let n = self.counts.entry(key).or_insert(0);
        if *n >= self.max_per_source {
            return Err(SourceLimitReached {
                source_key: key,
                max: self.max_per_source,
            });
        }
        *n += 1;
        Ok(key)
    }

    /// Gives back a slot taken by [`SourceLimiter::try_admit`].
    pub fn release(&mut self, key: SourceKey) {
        if let Some(n) = self.counts.get_mut(&key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.counts.remove(&key);
            }
        }
    }

    /// Connections `ip`'s source holds.
    pub fn open(&self, ip: IpAddr) -> usize {
        self.counts.get(&SourceKey::from(ip)).copied().unwrap_or(0)
    }

    /// Sources holding at least one connection.
    pub fn sources(&self) -> usize {
        self.counts.len()
    }
}

/// How long a source whose connection was evicted is refused new ones.
pub const EVICTION_BACKOFF: Duration = Duration::from_secs(1);

/// How long a connection may stay silent before it is evicted ahead of
/// every connection that has sent bytes (a real client sends its
/// ClientHello at once; a loaded hub may take this long to read it).
pub const SILENT_GRACE: Duration = Duration::from_millis(500);

/// Most sources a [`ConnTable`] remembers as backing off (memory bound
/// under a flood from many addresses; past it, expired entries are
/// dropped, then new evictions are not remembered: the table fails open).
pub const MAX_BACKOFF_SOURCES: usize = 4096;

/// Why a listener refused a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AdmitRefused {
    /// A connection of its source was evicted less than
    /// [`EVICTION_BACKOFF`] ago.
    #[error("source {0} had a connection evicted and is backing off")]
    Backoff(SourceKey),
    /// Its source holds its maximum.
    #[error(transparent)]
    Source(#[from] SourceLimitReached),
    /// Every slot of the listener is held by a proven connection.
    #[error("all {max} connections are authenticated")]
    Full {
        /// The listener's maximum.
        max: usize,
    },
}

/// A connection's key in a [`ConnTable`]; ids grow with arrival order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConnId(u64);

/// A connection evicted to make room, with the handle it was admitted with.
#[derive(Debug)]
#[non_exhaustive]
pub struct Evicted<T> {
    /// Its source.
    pub source: SourceKey,
    /// Its handle: dropping it is what ends the connection.
    pub handle: T,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// No byte received yet.
    Silent,
    /// Bytes received; the key of its last activity in `started`.
    Started(u64),
    /// Authenticated.
    Proven,
}

#[derive(Debug)]
struct Entry<T> {
    source: SourceKey,
    handle: T,
    state: State,
    admitted: Instant,
}

/// A listener's connections: at most `max_per_source` per source and
/// `max_total` in all, evicting unproven ones for newcomers (sans-IO; see
/// the module documentation for the rule).
#[derive(Debug)]
pub struct ConnTable<T> {
    sources: SourceLimiter,
    max_total: usize,
    next: u64,
    entries: HashMap<ConnId, Entry<T>>,
    /// Silent connections, oldest first.
    silent: BTreeSet<ConnId>,
    /// Started connections by last activity, least recent first.
    started: BTreeMap<u64, ConnId>,
    /// Sources whose connection was evicted, and until when they back off.
    backoff: HashMap<SourceKey, Instant>,
}

impl<T> ConnTable<T> {
    /// A table of at most `max_total` connections (0 is read as 1) and
    /// `max_per_source` per source.
    pub fn new(max_total: usize, max_per_source: usize) -> ConnTable<T> {
        ConnTable {
            sources: SourceLimiter::new(max_per_source),
            max_total: max_total.max(1),
            next: 0,
            entries: HashMap::new(),
            silent: BTreeSet::new(),
            started: BTreeMap::new(),
            backoff: HashMap::new(),
        }
    }

    /// Admits a connection from `ip` at `now` (silent), evicting one
    /// unproven connection if the table is full; refuses it when its
    /// source is backing off, holds its maximum, or every slot is proven.
    /// A refused connection's handle is dropped.
    pub fn admit(
        &mut self,
        ip: IpAddr,
        handle: T,
        now: Instant,
    ) -> Result<(ConnId, Option<Evicted<T>>), AdmitRefused> {
        let key = SourceKey::from(ip);
        match self.backoff.get(&key) {
            Some(until) if now < *until => return Err(AdmitRefused::Backoff(key)),
            Some(_) => {
                self.backoff.remove(&key);
            }
            None => {}
        }
        if self.sources.open(ip) >= self.sources.max_per_source() {
            return Err(AdmitRefused::Source(SourceLimitReached {
                source_key: key,
                max: self.sources.max_per_source(),
            }));
        }
        let evicted = if self.len() >= self.max_total {
            let Some(id) = self.victim(now) else {
                return Err(AdmitRefused::Full {
                    max: self.max_total,
                });
            };
            self.remove(id).map(|e| {
                self.back_off(e.source, now);
                Evicted {
                    source: e.source,
                    handle: e.handle,
                }
            })
        } else {
            None
        };
        self.sources.try_admit(ip)?;
        let id = ConnId(self.tick());
        self.silent.insert(id);
        self.entries.insert(
            id,
            Entry {
                source: key,
                handle,
                state: State::Silent,
                admitted: now,
            },
        );
        Ok((id, evicted))
    }

    fn tick(&mut self) -> u64 {
        let n = self.next;
        self.next += 1;
        n
    }

    fn back_off(&mut self, source: SourceKey, now: Instant) {
        if self.backoff.len() >= MAX_BACKOFF_SOURCES {
            self.backoff.retain(|_, until| now < *until);
        }
        if self.backoff.len() < MAX_BACKOFF_SOURCES {
            self.backoff.insert(source, now + EVICTION_BACKOFF);
        }
    }

    /// The unproven connection to evict. First, a *stale* silent one
    /// (silent for [`SILENT_GRACE`] or more): of the source holding the
    /// most of them, the oldest. Otherwise any unproven one: of the source
    /// holding the most, the least recently active (a young silent
    /// connection counts as active when it was admitted: its first bytes
    /// may be on their way).
    fn victim(&self, now: Instant) -> Option<ConnId> {
        let stale: Vec<ConnId> = self
            .silent
            .iter()
            .copied()
            .filter(|id| {
                self.entries
                    .get(id)
                    .is_some_and(|e| now.saturating_duration_since(e.admitted) >= SILENT_GRACE)
            })
            .collect();
        if !stale.is_empty() {
            return self.busiest_first(&stale);
        }
        // Silent ids and started activity keys come from one counter, so
        // merging them orders by last activity.
        let mut pool: Vec<(u64, ConnId)> = self.silent.iter().map(|id| (id.0, *id)).collect();
        pool.extend(self.started.iter().map(|(seq, id)| (*seq, *id)));
        pool.sort_unstable();
        let pool: Vec<ConnId> = pool.into_iter().map(|(_, id)| id).collect();
        self.busiest_first(&pool)
    }

    /// Of the source holding the most of `pool`, its first in `pool` order.
    fn busiest_first(&self, pool: &[ConnId]) -> Option<ConnId> {
        let source = |id: &ConnId| self.entries.get(id).map(|e| e.source);
        let mut per_source: HashMap<SourceKey, usize> = HashMap::new();
        for k in pool.iter().filter_map(source) {
            *per_source.entry(k).or_insert(0) += 1;
        }
        // In pool order: the first maximum found is its source's first.
        let mut best: Option<(usize, ConnId)> = None;
        for id in pool {
            let n = source(id)
                .and_then(|k| per_source.get(&k).copied())
                .unwrap_or(0);
            if best.is_none_or(|(m, _)| n > m) {
                best = Some((n, *id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// Notes that `id`'s peer sent bytes: a silent connection has
    /// started, a started one is now the most recently active. So a
    /// handshake in progress is evicted after one that stalls. `false`
    /// when it is no longer in the table (it was evicted).
    pub fn active(&mut self, id: ConnId) -> bool {
        let seq = self.tick();
        let Some(e) = self.entries.get_mut(&id) else {
            return false;
        };
        if e.state == State::Proven {
            return true;
        }
        unindex(&mut self.silent, &mut self.started, id, e.state);
        e.state = State::Started(seq);
        self.started.insert(seq, id);
        true
    }

    /// Marks `id` authenticated: it is never evicted from now on. `false`
    /// when it is no longer in the table (it was evicted).
    pub fn prove(&mut self, id: ConnId) -> bool {
        let Some(e) = self.entries.get_mut(&id) else {
            return false;
        };
        unindex(&mut self.silent, &mut self.started, id, e.state);
        e.state = State::Proven;
        true
    }

    /// Gives back `id`'s slot (nothing if it was evicted already) and
    /// returns its handle.
    pub fn release(&mut self, id: ConnId) -> Option<T> {
        self.remove(id).map(|e| e.handle)
    }

    fn remove(&mut self, id: ConnId) -> Option<Entry<T>> {
        let e = self.entries.remove(&id)?;
        unindex(&mut self.silent, &mut self.started, id, e.state);
        self.sources.release(e.source);
        Some(e)
    }

    /// Connections held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no connection is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Connections not (yet) authenticated.
    pub fn unproven(&self) -> usize {
        self.silent.len() + self.started.len()
    }

    /// Connections `ip`'s source holds.
    pub fn open(&self, ip: IpAddr) -> usize {
        self.sources.open(ip)
    }
}

/// Takes `id` (in `state`) out of the eviction order it is in.
fn unindex(
    silent: &mut BTreeSet<ConnId>,
    started: &mut BTreeMap<u64, ConnId>,
    id: ConnId,
    state: State,
) {
    match state {
        State::Silent => {
            silent.remove(&id);
        }
        State::Started(seq) => {
            started.remove(&seq);
        }
        State::Proven => {}
    }
}

/// A [`ConnTable`] shared by a listener and its connection tasks.
#[derive(Debug)]
pub struct SharedConnTable<T>(Arc<Mutex<ConnTable<T>>>);

impl<T> Clone for SharedConnTable<T> {
    fn clone(&self) -> Self {
        SharedConnTable(self.0.clone())
    }
}

/// A connection's slot in a [`SharedConnTable`]; dropping it gives the slot
/// back.
#[derive(Debug)]
pub struct ConnSlot<T> {
    table: SharedConnTable<T>,
    id: ConnId,
    source: SourceKey,
}

impl<T> SharedConnTable<T> {
    /// A shared [`ConnTable::new`].
    pub fn new(max_total: usize, max_per_source: usize) -> SharedConnTable<T> {
        SharedConnTable(Arc::new(Mutex::new(ConnTable::new(
            max_total,
            max_per_source,
        ))))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ConnTable<T>> {
        // The table's state stays consistent across a panic elsewhere.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// [`ConnTable::admit`], returning the slot to keep in the connection
    /// task. Drop the evicted handle (if any) outside any other lock.
    pub fn admit(
        &self,
        ip: IpAddr,
        handle: T,
        now: Instant,
    ) -> Result<(ConnSlot<T>, Option<Evicted<T>>), AdmitRefused> {
        let (id, evicted) = self.lock().admit(ip, handle, now)?;
        Ok((
            ConnSlot {
                table: self.clone(),
                id,
                source: SourceKey::from(ip),
            },
            evicted,
        ))
    }

    /// Connections held.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no connection is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Connections `ip`'s source holds.
    pub fn open(&self, ip: IpAddr) -> usize {
        self.lock().open(ip)
    }
}

impl<T> ConnSlot<T> {
    /// The source holding this slot.
    pub fn source(&self) -> SourceKey {
        self.source
    }

    /// [`ConnTable::active`]: the peer sent bytes; `false` when the
    /// connection was evicted meanwhile (it is ending).
    pub fn active(&self) -> bool {
        self.table.lock().active(self.id)
    }

    /// [`ConnTable::prove`]: the peer authenticated; `false` when the
    /// connection was evicted meanwhile (it is ending).
    pub fn prove(&self) -> bool {
        self.table.lock().prove(self.id)
    }
}

impl<T> Drop for ConnSlot<T> {
    fn drop(&mut self) {
        // The handle is dropped after the lock is released.
        let handle = self.table.lock().release(self.id);
        drop(handle);
    }
}

/// A stream that tells its connection's slot each time bytes arrive
/// ([`ConnTable::active`]), until [`Tracked::untrack`] (once the peer is
/// proven, activity no longer matters). Listeners wrap the accepted socket
/// in it for the TLS handshake.
#[derive(Debug)]
pub struct Tracked<S, T> {
    inner: S,
    slot: Option<(SharedConnTable<T>, ConnId)>,
}

impl<S, T> Tracked<S, T> {
    /// `inner`, reporting to `slot`.
    pub fn new(inner: S, slot: &ConnSlot<T>) -> Tracked<S, T> {
        Tracked {
            inner,
            slot: Some((slot.table.clone(), slot.id)),
        }
    }

    /// Stops reporting.
    pub fn untrack(&mut self) {
        self.slot = None;
    }
}

impl<S: tokio::io::AsyncRead + Unpin, T> tokio::io::AsyncRead for Tracked<S, T> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = std::pin::Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            if let Some((table, id)) = &self.slot {
                table.lock().active(*id);
            }
        }
        r
    }
}

impl<S: tokio::io::AsyncWrite + Unpin, T> tokio::io::AsyncWrite for Tracked<S, T> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// Whether the peer of a non-blocking socket has already sent bytes the
/// listener has not read (a peek, nothing consumed): a listener calls it
/// right after admitting a connection, so a client whose ClientHello waited
/// in the accept queue is not taken for a silent one.
pub fn has_pending_bytes(socket: &impl std::os::fd::AsRawFd) -> bool {
    use nix::sys::socket::{recv, MsgFlags};
    matches!(
        recv(
            socket.as_raw_fd(),
            &mut [0u8; 1],
            MsgFlags::MSG_PEEK | MsgFlags::MSG_DONTWAIT
        ),
        Ok(n) if n > 0
    )
}

/// Lets at most one log line through per interval (sans-IO: fed `now`).
#[derive(Debug, Clone)]
pub struct RefusalLog {
    interval: Duration,
    last: Option<Instant>,
    held_back: u64,
}

impl RefusalLog {
    /// At most one line per `interval`.
    pub fn new(interval: Duration) -> RefusalLog {
        RefusalLog {
            interval,
            last: None,
            held_back: 0,
        }
    }

    /// Notes one event at `now`: `Some(n)` when a line may be logged (`n`
    /// events were held back since the last line), `None` when it is held
    /// back.
    pub fn allow(&mut self, now: Instant) -> Option<u64> {
        match self.last {
            Some(t) if now.saturating_duration_since(t) < self.interval => {
                self.held_back += 1;
                None
            }
            _ => {
                self.last = Some(now);
                Some(std::mem::take(&mut self.held_back))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv6Addr;

    fn v4(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn one_source_is_capped_and_others_are_not() {
        let mut l = SourceLimiter::new(2);
        let a = v4("127.0.0.1");
        let b = v4("127.0.1.2");
        let k1 = l.try_admit(a).expect("first");
        let k2 = l.try_admit(a).expect("second");
        let e = l.try_admit(a).expect_err("third");
        assert_eq!((e.source_key, e.max), (SourceKey::from(a), 2));
        l.try_admit(b).expect("another source");
        assert_eq!((l.open(a), l.open(b), l.sources()), (2, 1, 2));
        l.release(k1);
        l.try_admit(a).expect("a slot came back");
        l.release(k2);
        l.release(k2);
        l.release(k2);
        assert_eq!(l.open(a), 0, "no underflow, the source is forgotten");
        assert_eq!(l.sources(), 1);
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        let mut l = SourceLimiter::new(1);
        let a: IpAddr = "2001:db8:1:2::1".parse().expect("ip");
        let same64: IpAddr = "2001:db8:1:2:ffff::9".parse().expect("ip");
        let other64: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        l.try_admit(a).expect("first");
        assert!(l.try_admit(same64).is_err(), "same /64, same source");
        l.try_admit(other64).expect("another /64");
        let mapped = IpAddr::V6(Ipv4Addr::new(10, 0, 0, 1).to_ipv6_mapped());
        l.try_admit(v4("10.0.0.1")).expect("v4");
        assert!(l.try_admit(mapped).is_err(), "mapped v4 is the v4 source");
        assert_eq!(
            SourceKey::from(a).to_string(),
            "2001:db8:1:2::/64".to_string()
        );
        assert_eq!(
            SourceKey::from(IpAddr::V6(Ipv6Addr::LOCALHOST)),
            SourceKey::V6Prefix(0)
        );
    }

    #[test]
    fn a_shared_slot_is_given_back_on_drop() {
        let t0 = Instant::now();
        let l = SharedConnTable::new(8, 1);
        let ip = v4("192.0.2.7");
        let (slot, evicted) = l.admit(ip, (), t0).expect("first");
        assert!(evicted.is_none());
        assert_eq!(slot.source(), SourceKey::from(ip));
        assert!(l.admit(ip, (), t0).is_err());
        drop(slot);
        assert_eq!((l.open(ip), l.len()), (0, 0));
        let _again = l.admit(ip, (), t0).expect("after drop");
    }

    #[test]
    fn a_full_table_evicts_the_oldest_unproven_of_the_busiest_source() {
        let t0 = Instant::now();
        let mut t = ConnTable::new(4, 4);
        let (a, b, c) = (v4("10.0.0.1"), v4("10.0.0.2"), v4("10.0.0.3"));
        let (a1, _) = t.admit(a, "a1", t0).expect("a1");
        let (b1, _) = t.admit(b, "b1", t0).expect("b1");
        let (_, _) = t.admit(b, "b2", t0).expect("b2");
        let (_, _) = t.admit(a, "a2", t0).expect("a2");
        // Full. a and b hold two unproven each: the oldest of the two
        // busiest sources goes (a1 is older than b1).
        let (_, ev) = t.admit(c, "c1", t0).expect("c1 evicts");
        let ev = ev.expect("an eviction");
        assert_eq!((ev.handle, ev.source), ("a1", SourceKey::from(a)));
        assert_eq!(t.release(a1), None, "a1 is gone already");
        // Now b holds two, a one, c one: b's oldest goes.
        let (_, ev) = t.admit(c, "c2", t0).expect("c2 evicts");
        assert_eq!(ev.expect("eviction").handle, "b1");
        assert!(!t.prove(b1), "an evicted connection cannot be proven");
        assert_eq!((t.len(), t.open(a), t.open(b), t.open(c)), (4, 1, 1, 2));
    }

    #[test]
    fn stale_silent_connections_go_first_then_the_least_recently_active() {
        let t0 = Instant::now();
        let stale = t0 + SILENT_GRACE;
        let mut t = ConnTable::new(3, 3);
        let (a, b, c) = (v4("10.0.0.1"), v4("10.0.0.2"), v4("10.0.0.3"));
        let (a1, _) = t.admit(a, "a1", t0).expect("a1");
        let (a2, _) = t.admit(a, "a2", t0).expect("a2");
        let (b1, _) = t.admit(b, "b1", t0).expect("b1");
        assert!(t.active(a1) && t.active(a2) && t.active(a2));
        // b1 alone is silent and stale: it goes, though a holds more and
        // is older.
        let (c1, ev) = t.admit(c, "c1", stale).expect("c1");
        assert_eq!(ev.map(|e| e.handle), Some("b1"));
        assert!(!t.active(b1), "an evicted connection cannot start");
        // b's connection was evicted: b backs off, then gets in again.
        assert_eq!(
            t.admit(b, "b2", stale).err(),
            Some(AdmitRefused::Backoff(SourceKey::from(b)))
        );
        // c1 is silent but young: it counts as active when admitted, after
        // a1 and a2. a holds the most: its least recently active goes (a1).
        let (_, ev) = t.admit(v4("10.0.0.5"), "e1", stale).expect("e1");
        assert_eq!(ev.map(|e| e.handle), Some("a1"));
        // a2, c1, e1 hold one each: a2's activity is the oldest.
        let (_, ev) = t.admit(v4("10.0.0.4"), "d1", stale).expect("d1");
        assert_eq!(ev.map(|e| e.handle), Some("a2"));
        assert!(
            t.prove(c1) && t.active(c1),
            "a proven connection stays proven"
        );
        assert_eq!(t.unproven(), 2);
    }

    #[test]
    fn proven_connections_are_never_evicted() {
        let t0 = Instant::now();
        let mut t = ConnTable::new(2, 2);
        let (x, y) = (v4("10.0.0.1"), v4("10.0.0.9"));
        let (p1, _) = t.admit(x, 1, t0).expect("p1");
        let (p2, _) = t.admit(x, 2, t0).expect("p2");
        assert!(t.prove(p1) && t.prove(p1), "proving twice is harmless");
        // One unproven left: a newcomer takes its place.
        let (n1, ev) = t.admit(y, 3, t0).expect("n1");
        assert_eq!(ev.map(|e| e.handle), Some(2));
        assert!(!t.prove(p2));
        assert!(t.prove(n1));
        // Every slot proven: refused, nothing evicted.
        assert!(matches!(
            t.admit(y, 4, t0),
            Err(AdmitRefused::Full { max: 2 })
        ));
        assert_eq!((t.len(), t.unproven()), (2, 0));
        assert_eq!(t.release(p1), Some(1));
        let (_, ev) = t.admit(y, 5, t0).expect("a slot came back");
        assert!(ev.is_none());
    }

    #[test]
    fn an_evicted_source_backs_off_and_the_memory_is_bounded() {
        let t0 = Instant::now();
        let mut t = ConnTable::new(1, 1);
        let mut evicted = 0;
        // Each newcomer evicts the one before: its source backs off, every
        // other source does not.
        for k in 0..(MAX_BACKOFF_SOURCES + 10) as u32 {
            let ip = IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + k));
            let (_, ev) = t.admit(ip, k, t0).expect("a new source");
            evicted += usize::from(ev.is_some());
        }
        assert_eq!(evicted, MAX_BACKOFF_SOURCES + 9);
        assert_eq!(t.backoff.len(), MAX_BACKOFF_SOURCES, "bounded: fails open");
        let first = IpAddr::V4(Ipv4Addr::from(0x0a00_0000));
        assert!(matches!(
            t.admit(first, 0, t0),
            Err(AdmitRefused::Backoff(_))
        ));
        let later = t0 + EVICTION_BACKOFF;
        t.admit(first, 0, later).expect("the backoff is over");
        // Expired entries are dropped when the map is full.
        t.admit(v4("192.0.2.1"), 1, later).expect("evicts again");
        assert!(t.backoff.len() <= 2);
    }

    #[test]
    fn the_source_limit_is_checked_before_any_eviction() {
        let t0 = Instant::now();
        let mut t = ConnTable::new(2, 1);
        let (a, b) = (v4("10.0.0.1"), v4("10.0.0.2"));
        t.admit(a, 1, t0).expect("a");
        t.admit(b, 2, t0).expect("b");
        let e = t.admit(a, 3, t0).expect_err("a holds its maximum");
        assert!(matches!(
            e,
            AdmitRefused::Source(SourceLimitReached { max: 1, .. })
        ));
        assert_eq!(t.len(), 2, "nobody was evicted for it");
    }

    #[test]
    fn a_zero_maximum_still_admits_one() {
        let mut l = SourceLimiter::new(0);
        assert_eq!(l.max_per_source(), 1);
        l.try_admit(v4("192.0.2.1")).expect("one");
    }

    #[test]
    fn refusal_log_lets_one_line_per_interval_through() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        let mut log = RefusalLog::new(s);
        assert_eq!(log.allow(t0), Some(0));
        assert_eq!(log.allow(t0), None);
        assert_eq!(log.allow(t0 + s / 2), None);
        assert_eq!(log.allow(t0 + s), Some(2));
        assert_eq!(log.allow(t0 + s), None);
        assert_eq!(log.allow(t0 + s * 3), Some(1));
    }
}
