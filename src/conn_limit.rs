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
//! * [`SharedLimiter`] is the same decision behind a mutex for a listener
//!   and its connection tasks: a [`SourceSlot`] gives its slot back when it
//!   is dropped, whatever way the connection ends.
//! * [`RefusalLog`] lets at most one log line through per interval and
//!   reports how many it held back, so a flood of refused connections
//!   cannot flood the log.
//!
//! Call order for a listener: on accept, `try_acquire(peer.ip())`; on
//! `Err`, close the socket at once, count it, and log only when
//! [`RefusalLog::allow`] says so; on `Ok`, keep the slot in the connection
//! task until it ends.
#![forbid(unsafe_code)]

use std::collections::HashMap;
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

/// A [`SourceLimiter`] shared by a listener and its connection tasks.
#[derive(Debug, Clone)]
pub struct SharedLimiter(Arc<Mutex<SourceLimiter>>);

/// A connection's slot; dropping it gives the slot back.
#[derive(Debug)]
pub struct SourceSlot {
    limiter: SharedLimiter,
    key: SourceKey,
}

impl SharedLimiter {
    /// A shared limiter of `max_per_source` connections per source.
    pub fn new(max_per_source: usize) -> SharedLimiter {
        SharedLimiter(Arc::new(Mutex::new(SourceLimiter::new(max_per_source))))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, SourceLimiter> {
        // The limiter's state stays consistent across a panic elsewhere.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes a slot for a connection from `ip`, or refuses it.
    pub fn try_acquire(&self, ip: IpAddr) -> Result<SourceSlot, SourceLimitReached> {
        let key = self.lock().try_admit(ip)?;
        Ok(SourceSlot {
            limiter: self.clone(),
            key,
        })
    }

    /// Connections `ip`'s source holds.
    pub fn open(&self, ip: IpAddr) -> usize {
        self.lock().open(ip)
    }
}

impl SourceSlot {
    /// The source holding this slot.
    pub fn source(&self) -> SourceKey {
        self.key
    }
}

impl Drop for SourceSlot {
    fn drop(&mut self) {
        self.limiter.lock().release(self.key);
    }
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
        let l = SharedLimiter::new(1);
        let ip = v4("192.0.2.7");
        let slot = l.try_acquire(ip).expect("first");
        assert_eq!(slot.source(), SourceKey::from(ip));
        assert!(l.try_acquire(ip).is_err());
        drop(slot);
        assert_eq!(l.open(ip), 0);
        let _again = l.try_acquire(ip).expect("after drop");
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
