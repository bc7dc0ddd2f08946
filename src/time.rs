//! Wall-clock time, injected.
//!
//! Two clocks exist in Threshold (STYLE.md, rule 3):
//!
//! * monotonic time, [`std::time::Instant`], passed by the caller into every
//!   sans-IO method as `now`; it drives in-memory deadlines (windows, PAKE
//!   handshakes, lockouts);
//! * wall-clock time, [`UnixMillis`], for anything persisted or signed (audit
//!   records, token `iat`/`nbf`/`exp`). It is read through the [`WallClock`]
//!   trait so tests run on virtual time.
//!
//! Hubs often boot without a real-time clock. [`MonotonicFloorClock`] keeps a
//! persisted last-known-good time as a floor, so wall time never goes back
//! behind a value the hub has already written to its audit log.
#![forbid(unsafe_code)]

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch (UTC). Negative values are before 1970.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct UnixMillis(pub i64);

impl UnixMillis {
    /// Whole seconds since the epoch, rounded towards negative infinity
    /// (the CWT `NumericDate` granularity).
    pub fn as_secs(self) -> i64 {
        self.0.div_euclid(1000)
    }

    /// From whole seconds since the epoch.
    pub fn from_secs(secs: i64) -> Self {
        UnixMillis(secs.saturating_mul(1000))
    }

    /// `self + d`, saturating.
    pub fn saturating_add(self, d: Duration) -> Self {
        let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        UnixMillis(self.0.saturating_add(ms))
    }

    /// RFC 3339 rendering in UTC with millisecond precision.
    pub fn to_rfc3339(self) -> String {
        let secs = self.0.div_euclid(1000);
        let ms = self.0.rem_euclid(1000);
        let days = secs.div_euclid(86_400);
        let sod = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{ms:03}Z",
            sod / 3600,
            (sod / 60) % 60,
            sod % 60
        )
    }
}

impl std::fmt::Display for UnixMillis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day)
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A source of wall-clock time.
pub trait WallClock: Send + Sync {
    /// The current wall-clock time.
    fn now(&self) -> UnixMillis;
}

/// The operating system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl WallClock for SystemClock {
    fn now(&self) -> UnixMillis {
        match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => UnixMillis(i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
            Err(e) => UnixMillis(-i64::try_from(e.duration().as_millis()).unwrap_or(i64::MAX)),
        }
    }
}

/// Wraps a clock so that it never reports a time earlier than a floor: the
/// last-known-good time persisted by the store, then every value it returned.
#[derive(Debug)]
pub struct MonotonicFloorClock<C> {
    inner: C,
    floor: AtomicI64,
}

impl<C: WallClock> MonotonicFloorClock<C> {
    /// A clock that never goes back behind `floor`.
    pub fn new(inner: C, floor: UnixMillis) -> Self {
        MonotonicFloorClock {
            inner,
            floor: AtomicI64::new(floor.0),
        }
    }
}

impl<C: WallClock> WallClock for MonotonicFloorClock<C> {
    fn now(&self) -> UnixMillis {
        let t = self.inner.now().0;
        let prev = self.floor.fetch_max(t, Ordering::SeqCst);
        UnixMillis(prev.max(t))
    }
}

/// A manually driven wall clock for tests and simulations.
#[derive(Debug, Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock reading `t`.
    pub fn new(t: UnixMillis) -> Self {
        ManualClock(AtomicI64::new(t.0))
    }
    /// Move the clock to `t` (which may be earlier, to model a clock step).
    pub fn set(&self, t: UnixMillis) {
        self.0.store(t.0, Ordering::SeqCst);
    }
    /// Move the clock forward by `d`.
    pub fn advance(&self, d: Duration) {
        let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl WallClock for ManualClock {
    fn now(&self) -> UnixMillis {
        UnixMillis(self.0.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_known_values() {
        assert_eq!(UnixMillis(0).to_rfc3339(), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            UnixMillis(1_795_000_000_123).to_rfc3339(),
            "2026-11-18T11:06:40.123Z"
        );
        assert_eq!(
            UnixMillis(951_782_400_000).to_rfc3339(),
            "2000-02-29T00:00:00.000Z"
        );
        assert_eq!(UnixMillis(-1).to_rfc3339(), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn floor_clock_never_goes_back() {
        let floor =
            MonotonicFloorClock::new(ManualClock::new(UnixMillis(5_000)), UnixMillis(10_000));
        assert_eq!(floor.now(), UnixMillis(10_000));
        floor.inner.set(UnixMillis(20_000));
        assert_eq!(floor.now(), UnixMillis(20_000));
        floor.inner.set(UnixMillis(15_000));
        assert_eq!(floor.now(), UnixMillis(20_000));
    }

    #[test]
    fn secs_round_down() {
        assert_eq!(UnixMillis(1999).as_secs(), 1);
        assert_eq!(UnixMillis(-1).as_secs(), -1);
    }
}
