//! Anomaly detection and the scoped pairing lock.
//!
//! Every counted failure carries its [`FailureSource`]: the peer's address,
//! the credential it presented, the window it aimed at. The detector counts
//! it once per [`LockScope`] that source names (the peer's address, IPv6
//! grouped per /64; the certificate or enrollment code; the window) on a
//! sliding [`AnomalyPolicy::interval`]. When a scope reaches
//! [`AnomalyPolicy::failure_threshold`], that scope alone is locked until
//! `now + lockout` and one alert is raised; the narrowest scope is checked
//! first (source, then credential, then window), and a burst locks one
//! scope. A failure from a scope that is already locked is refused by the
//! core before it counts again, so an attacker cannot keep adding to the
//! other counters.
//!
//! Failures that no single scope explains feed the hub-wide counter: when
//! [`AnomalyPolicy::global_failure_threshold`] of them fall within the
//! interval (a distributed burst), the [`LockScope::Hub`] lock is set. When
//! a scope is locked, its failures are taken out of the hub-wide counter:
//! they are explained. The hub lock refuses enrollments by code over the
//! network (the anonymous operation a distributed guesser attacks); it
//! never refuses an authenticated user nor a device whose DAC chain the
//! TLS handshake verified (that is the core's rule,
//! [`crate::commissioning::Commissioner`]).
//!
//! Window openings are counted per opener ([`LockScope::User`]) against
//! [`AnomalyPolicy::open_threshold`].
//!
//! Memory is bounded: at most [`AnomalyPolicy::max_tracked_scopes`] scopes
//! are tracked (the least recently seen unlocked scope is evicted first,
//! then the lock that ends first), each holding at most its threshold of
//! timestamps; the hub-wide counter holds at most its threshold of entries.
//!
//! Call order: [`AnomalyDetector::lock_of`] before acting on a request,
//! [`AnomalyDetector::record_failure`] / [`AnomalyDetector::record_opening`]
//! after, [`AnomalyDetector::handle_timeout`] at
//! [`AnomalyDetector::poll_timeout`]; [`AnomalyDetector::unlock`] on an
//! owner's request; [`AnomalyDetector::restore`] once at start.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::time::Instant;

use crate::commissioning::ids::WindowId;
use crate::commissioning::policy::AnomalyPolicy;

/// A credential a failing peer presented.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Credential {
    /// A certificate (a DAC, an operational certificate, or junk),
    /// lower-case hex SHA-256 of its DER (or of its key for operational
    /// peers).
    Certificate(String),
    /// An enrollment code: hex SHA-256 of the normalised code.
    Code(String),
}

impl Credential {
    fn key(&self) -> String {
        match self {
            Credential::Certificate(f) => format!("cert:{f}"),
            Credential::Code(h) => format!("code:{h}"),
        }
    }

    fn parse(key: &str) -> Option<Credential> {
        if let Some(f) = key.strip_prefix("cert:") {
            return Some(Credential::Certificate(f.to_owned()));
        }
        key.strip_prefix("code:")
            .map(|h| Credential::Code(h.to_owned()))
    }
}

/// Where a failure (or a request) came from, as the driver knows it.
/// `Default` is "unknown": counted by the hub-wide counter only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FailureSource {
    /// The peer's address (`None`: the admin socket or unknown).
    pub addr: Option<IpAddr>,
    /// The credential it presented, if any.
    pub credential: Option<Credential>,
    /// The window it aimed at, if known.
    pub window: Option<WindowId>,
}

impl FailureSource {
    /// A network peer at `addr`.
    pub fn peer(addr: IpAddr) -> FailureSource {
        FailureSource {
            addr: Some(addr),
            ..FailureSource::default()
        }
    }

    /// A network peer at `addr` when known.
    pub fn maybe_peer(addr: Option<IpAddr>) -> FailureSource {
        FailureSource {
            addr,
            ..FailureSource::default()
        }
    }

    /// This source, presenting `credential`.
    pub fn with_credential(mut self, credential: Credential) -> FailureSource {
        self.credential = Some(credential);
        self
    }

    /// This source, aiming at `window`.
    pub fn with_window(mut self, window: WindowId) -> FailureSource {
        self.window = Some(window);
        self
    }

    /// The scopes this source names, narrowest first.
    pub fn scopes(&self) -> Vec<LockScope> {
        let mut v = Vec::with_capacity(3);
        if let Some(a) = self.addr {
            v.push(LockScope::source(a));
        }
        if let Some(c) = &self.credential {
            v.push(LockScope::Credential(c.clone()));
        }
        if let Some(w) = self.window {
            v.push(LockScope::Window(w));
        }
        v
    }
}

/// What a lock (or a counter) applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LockScope {
    /// A peer address: an IPv4 address, or an IPv6 /64 (its low 64 bits
    /// zero). Build it with [`LockScope::source`].
    Source(IpAddr),
    /// A credential.
    Credential(Credential),
    /// A pairing window.
    Window(WindowId),
    /// A user's window openings.
    User(String),
    /// The whole hub (a distributed burst).
    Hub,
}

impl LockScope {
    /// The source scope of `addr`: IPv4 (or IPv4-mapped IPv6) as is, IPv6
    /// per /64.
    pub fn source(addr: IpAddr) -> LockScope {
        let a = match addr {
            IpAddr::V4(v4) => IpAddr::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let bits = u128::from(v6) & !((1u128 << 64) - 1);
                    IpAddr::V6(bits.into())
                }
            },
        };
        LockScope::Source(a)
    }

    /// The stable kind name (`source`, `credential`, `window`, `user`,
    /// `hub`), as audited and stored.
    pub fn kind(&self) -> &'static str {
        match self {
            LockScope::Source(_) => "source",
            LockScope::Credential(_) => "credential",
            LockScope::Window(_) => "window",
            LockScope::User(_) => "user",
            LockScope::Hub => "hub",
        }
    }

    /// The key within the kind, as audited and stored: `192.0.2.7`,
    /// `2001:db8::/64`, `cert:<hex>`, `code:<hash>`, a window id, a user
    /// id, `hub`.
    pub fn key(&self) -> String {
        match self {
            LockScope::Source(a @ IpAddr::V4(_)) => a.to_string(),
            LockScope::Source(a) => format!("{a}/64"),
            LockScope::Credential(c) => c.key(),
            LockScope::Window(w) => w.to_string(),
            LockScope::User(u) => u.clone(),
            LockScope::Hub => "hub".into(),
        }
    }

    /// The scope of a stored (`kind`, `key`) pair; `None` for a pair this
    /// version does not know.
    pub fn parse(kind: &str, key: &str) -> Option<LockScope> {
        Some(match kind {
            "source" => LockScope::source(key.trim_end_matches("/64").parse().ok()?),
            "credential" => LockScope::Credential(Credential::parse(key)?),
            "window" => LockScope::Window(key.parse().ok()?),
            "user" => LockScope::User(key.to_owned()),
            "hub" => LockScope::Hub,
            _ => return None,
        })
    }
}

impl std::fmt::Display for LockScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind(), self.key())
    }
}

/// A counter crossed its threshold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Burst {
    /// `failure_burst` or `open_burst`.
    pub kind: &'static str,
    /// The scope whose counter crossed.
    pub scope: LockScope,
    /// How many events within the interval.
    pub count: u32,
    /// Whether the scope is now locked.
    pub locked: bool,
}

/// A scope's state as persisted: its recent failure count, the time of the
/// last one, and its lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeState {
    /// The scope.
    pub scope: LockScope,
    /// Counted events within the interval, as of `last`.
    pub count: u32,
    /// When the last one was counted.
    pub last: Instant,
    /// Until when the scope is locked, if it is.
    pub locked_until: Option<Instant>,
}

#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
struct Tracked {
    events: VecDeque<Instant>,
    locked_until: Option<Instant>,
    last: Instant,
}

/// The detector.
#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub struct AnomalyDetector {
    policy: AnomalyPolicy,
    scopes: HashMap<LockScope, Tracked>,
    /// Failures no locked scope explains: when, and the scopes they named.
    global: VecDeque<(Instant, Vec<LockScope>)>,
    hub: Tracked,
    evicted: Vec<LockScope>,
}

impl AnomalyDetector {
    /// A detector with these thresholds.
    pub fn new(policy: AnomalyPolicy) -> Self {
        AnomalyDetector {
            policy,
            scopes: HashMap::new(),
            global: VecDeque::new(),
            hub: Tracked {
                events: VecDeque::new(),
                locked_until: None,
                last: Instant::now(),
            },
            evicted: Vec::new(),
        }
    }

    /// Restores persisted scope states (at start): counts are restored as
    /// if every counted event happened at `last` (conservative: they age
    /// out no earlier than they would have), locks as they were.
    pub fn restore(&mut self, states: Vec<ScopeState>) {
        for s in states {
            let n = s.count.min(self.threshold_of(&s.scope)) as usize;
            let events: VecDeque<Instant> = std::iter::repeat_n(s.last, n).collect();
            if s.scope == LockScope::Hub {
                self.global = events.iter().map(|t| (*t, Vec::new())).collect();
                self.hub.locked_until = s.locked_until;
                self.hub.last = s.last;
                continue;
            }
            self.make_room(s.last);
            self.scopes.insert(
                s.scope,
                Tracked {
                    events,
                    locked_until: s.locked_until,
                    last: s.last,
                },
            );
        }
    }

    /// Scopes tracked now (at most `max_tracked_scopes`).
    pub fn tracked(&self) -> usize {
        self.scopes.len()
    }

    /// The first of `scopes` locked at `now`, with the lock's end.
    pub fn lock_among(
        &self,
        now: Instant,
        scopes: impl IntoIterator<Item = LockScope>,
    ) -> Option<(LockScope, Instant)> {
        scopes.into_iter().find_map(|s| {
            let until = if s == LockScope::Hub {
                self.hub.locked_until
            } else {
                self.scopes.get(&s).and_then(|t| t.locked_until)
            };
            until.filter(|t| now < *t).map(|t| (s, t))
        })
    }

    /// The lock refusing a request from `src` at `now`: one of its scopes,
    /// or (with `hub`) the hub-wide lock.
    pub fn lock_of(
        &self,
        now: Instant,
        src: &FailureSource,
        hub: bool,
    ) -> Option<(LockScope, Instant)> {
        let mut scopes = src.scopes();
        if hub {
            scopes.push(LockScope::Hub);
        }
        self.lock_among(now, scopes)
    }

    /// Every lock in force at `now`.
    pub fn locks(&self, now: Instant) -> Vec<(LockScope, Instant)> {
        let mut v: Vec<_> = self
            .scopes
            .iter()
            .filter_map(|(s, t)| t.locked_until.filter(|u| now < *u).map(|u| (s.clone(), u)))
            .collect();
        if let Some(u) = self.hub.locked_until.filter(|u| now < *u) {
            v.push((LockScope::Hub, u));
        }
        v.sort();
        v
    }

    /// The earliest lock end, for `poll_timeout`.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.scopes
            .values()
            .filter_map(|t| t.locked_until)
            .chain(self.hub.locked_until)
            .min()
    }

    /// Clears expired locks; returns the scopes whose lock just ended.
    pub fn handle_timeout(&mut self, now: Instant) -> Vec<LockScope> {
        let mut ended = Vec::new();
        if self.hub.locked_until.is_some_and(|t| now >= t) {
            self.hub.locked_until = None;
            ended.push(LockScope::Hub);
        }
        if self
            .scopes
            .values()
            .any(|t| t.locked_until.is_some_and(|u| now >= u))
        {
            for (s, t) in self.scopes.iter_mut() {
                if t.locked_until.is_some_and(|u| now >= u) {
                    t.locked_until = None;
                    ended.push(s.clone());
                }
            }
        }
        ended.sort();
        ended
    }

    /// Lifts the lock of `scope`, or every lock with `None`; clears the
    /// lifted scopes' counters. Returns the scopes unlocked.
    pub fn unlock(&mut self, now: Instant, scope: Option<&LockScope>) -> Vec<LockScope> {
        let mut lifted = Vec::new();
        let hub_matches = scope.is_none_or(|s| *s == LockScope::Hub);
        if hub_matches && self.hub.locked_until.is_some_and(|t| now < t) {
            self.hub.locked_until = None;
            self.global.clear();
            lifted.push(LockScope::Hub);
        }
        for (s, t) in self.scopes.iter_mut() {
            if scope.is_none_or(|x| x == s) && t.locked_until.is_some_and(|u| now < u) {
                t.locked_until = None;
                t.events.clear();
                lifted.push(s.clone());
            }
        }
        lifted.sort();
        lifted
    }

    /// Records a failure from `src`. Returns the states that changed (to
    /// persist) and the burst, if this failure crossed a threshold.
    pub fn record_failure(
        &mut self,
        now: Instant,
        src: &FailureSource,
    ) -> (Vec<ScopeState>, Option<Burst>) {
        let scopes = src.scopes();
        if self.lock_of(now, src, true).is_some() {
            // Refused already, and explained: counted nowhere.
            return (Vec::new(), None);
        }
        let mut changed = Vec::new();
        let mut burst = None;
        for s in &scopes {
            let threshold = self.policy.failure_threshold;
            let n = self.push(now, s, threshold);
            if burst.is_none() && n >= threshold as usize {
                burst = Some(self.lock(now, s, "failure_burst", n as u32));
            }
        }
        for s in &scopes {
            if let Some(st) = self.state_of(s) {
                changed.push(st);
            }
        }
        match &burst {
            Some(b) => {
                // Explained by the scope just locked.
                let locked = b.scope.clone();
                self.global.retain(|(_, tags)| !tags.contains(&locked));
            }
            None => {
                self.prune_global(now);
                self.global.push_back((now, scopes));
                let threshold = self.policy.global_failure_threshold as usize;
                if self.global.len() >= threshold {
                    let n = self.global.len() as u32;
                    self.global.clear();
                    if self.policy.lock_on_alert {
                        self.hub.locked_until = Some(now + self.policy.lockout);
                    }
                    burst = Some(Burst {
                        kind: "failure_burst",
                        scope: LockScope::Hub,
                        count: n,
                        locked: self.policy.lock_on_alert,
                    });
                }
            }
        }
        self.hub.last = now;
        changed.push(self.hub_state());
        (changed, burst)
    }

    /// Records a window opening by `user`; returns its state and the burst,
    /// if this opening crossed the threshold. `lockable`: whether a burst
    /// may lock the user's openings (never an owner's or admin's).
    pub fn record_opening(
        &mut self,
        now: Instant,
        user: &str,
        lockable: bool,
    ) -> (ScopeState, Option<Burst>) {
        let s = LockScope::User(user.to_owned());
        let threshold = self.policy.open_threshold;
        let n = self.push(now, &s, threshold);
        let burst = (n >= threshold as usize).then(|| {
            let mut b = self.lock(now, &s, "open_burst", n as u32);
            if !lockable {
                if let Some(t) = self.scopes.get_mut(&s) {
                    t.locked_until = None;
                }
                b.locked = false;
            }
            b
        });
        let st = self.state_of(&s).unwrap_or(ScopeState {
            scope: s,
            count: 0,
            last: now,
            locked_until: None,
        });
        (st, burst)
    }

    /// The state of `scope`, to persist.
    pub fn state_of(&self, scope: &LockScope) -> Option<ScopeState> {
        if *scope == LockScope::Hub {
            return Some(self.hub_state());
        }
        self.scopes.get(scope).map(|t| ScopeState {
            scope: scope.clone(),
            count: t.events.len() as u32,
            last: t.last,
            locked_until: t.locked_until,
        })
    }

    fn hub_state(&self) -> ScopeState {
        ScopeState {
            scope: LockScope::Hub,
            count: self.global.len() as u32,
            last: self.hub.last,
            locked_until: self.hub.locked_until,
        }
    }

    fn threshold_of(&self, s: &LockScope) -> u32 {
        match s {
            LockScope::Hub => self.policy.global_failure_threshold,
            LockScope::User(_) => self.policy.open_threshold,
            _ => self.policy.failure_threshold,
        }
    }

    fn lock(&mut self, now: Instant, s: &LockScope, kind: &'static str, count: u32) -> Burst {
        let locked = self.policy.lock_on_alert;
        if let Some(t) = self.scopes.get_mut(s) {
            t.events.clear();
            if locked {
                t.locked_until = Some(now + self.policy.lockout);
            }
        }
        Burst {
            kind,
            scope: s.clone(),
            count,
            locked,
        }
    }

    fn prune_global(&mut self, now: Instant) {
        while self
            .global
            .front()
            .is_some_and(|(t, _)| now.duration_since(*t) >= self.policy.interval)
        {
            self.global.pop_front();
        }
    }

    /// Counts one event for `s` at `now`; returns the count within the
    /// interval.
    fn push(&mut self, now: Instant, s: &LockScope, threshold: u32) -> usize {
        if !self.scopes.contains_key(s) {
            self.make_room(now);
        }
        let interval = self.policy.interval;
        let t = self.scopes.entry(s.clone()).or_insert_with(|| Tracked {
            events: VecDeque::new(),
            locked_until: None,
            last: now,
        });
        while t
            .events
            .front()
            .is_some_and(|e| now.duration_since(*e) >= interval)
        {
            t.events.pop_front();
        }
        t.events.push_back(now);
        // Never more than the threshold held.
        while t.events.len() > threshold as usize {
            t.events.pop_front();
        }
        t.last = now;
        t.events.len()
    }

    /// Evicts until one more scope fits: the least recently seen unlocked
    /// scope, else the lock that ends first.
    fn make_room(&mut self, now: Instant) {
        while self.scopes.len() >= self.policy.max_tracked_scopes.max(1) {
            let victim = self
                .scopes
                .iter()
                .filter(|(_, t)| t.locked_until.is_none_or(|u| now >= u))
                .min_by_key(|(_, t)| t.last)
                .or_else(|| self.scopes.iter().min_by_key(|(_, t)| t.locked_until))
                .map(|(s, _)| s.clone());
            match victim {
                Some(v) => {
                    self.scopes.remove(&v);
                    self.evicted.push(v);
                }
                None => break,
            }
        }
    }

    /// The scopes evicted since the last call (to delete from the store,
    /// which so stays as bounded as the detector).
    pub fn take_evicted(&mut self) -> Vec<LockScope> {
        std::mem::take(&mut self.evicted)
    }
}

#[cfg(feature = "model-check")]
impl AnomalyDetector {
    /// TEST ONLY: a canonical rendering for the model checker (scopes in
    /// order, instants as milliseconds since `t0`).
    pub(crate) fn model_fingerprint(&self, t0: Instant, out: &mut String) {
        use crate::commissioning::model::ms;
        use std::fmt::Write;
        let tracked = |t: &Tracked| {
            format!(
                "{:?}/{:?}/{}",
                t.events.iter().map(|e| ms(t0, *e)).collect::<Vec<_>>(),
                t.locked_until.map(|e| ms(t0, e)),
                ms(t0, t.last)
            )
        };
        let mut scopes: Vec<_> = self.scopes.iter().collect();
        scopes.sort_by(|a, b| a.0.cmp(b.0));
        for (s, t) in scopes {
            let _ = write!(out, "A{s}={};", tracked(t));
        }
        let global: Vec<_> = self.global.iter().map(|(t, s)| (ms(t0, *t), s)).collect();
        // The hub's `last` starts as the core's creation instant: render
        // it only once the hub counted something.
        let hub = if self.hub.events.is_empty() && self.hub.locked_until.is_none() {
            String::new()
        } else {
            tracked(&self.hub)
        };
        let _ = write!(out, "G{global:?};H{hub};X{:?};", self.evicted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};
    use std::time::Duration;

    fn policy() -> AnomalyPolicy {
        AnomalyPolicy {
            interval: Duration::from_secs(60),
            failure_threshold: 3,
            open_threshold: 2,
            lock_on_alert: true,
            lockout: Duration::from_secs(300),
            global_failure_threshold: 5,
            max_tracked_scopes: 8,
        }
    }

    fn v4(d: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(127, 0, 1, d))
    }

    #[test]
    fn a_burst_from_one_source_locks_that_source_only() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        let src = FailureSource::peer(v4(1));
        assert_eq!(d.record_failure(t0, &src).1, None);
        assert_eq!(d.record_failure(t0 + Duration::from_secs(30), &src).1, None);
        let b = d
            .record_failure(t0 + Duration::from_secs(59), &src)
            .1
            .expect("burst");
        assert_eq!(b.scope, LockScope::source(v4(1)));
        assert_eq!((b.kind, b.count, b.locked), ("failure_burst", 3, true));
        let end = t0 + Duration::from_secs(359);
        let now = t0 + Duration::from_secs(100);
        assert_eq!(d.lock_of(now, &src, true).map(|l| l.1), Some(end));
        assert_eq!(d.lock_of(now, &FailureSource::peer(v4(2)), true), None);
        assert_eq!(d.lock_of(now, &FailureSource::default(), true), None);
        assert_eq!(d.lock_of(end, &src, true), None);
        assert!(d.handle_timeout(end - Duration::from_millis(1)).is_empty());
        assert_eq!(d.handle_timeout(end), vec![LockScope::source(v4(1))]);
        assert_eq!(d.poll_timeout(), None);
    }

    #[test]
    fn ipv6_sources_are_grouped_per_64() {
        let a: Ipv6Addr = "2001:db8:1:2::1".parse().expect("v6");
        let b: Ipv6Addr = "2001:db8:1:2:ffff::9".parse().expect("v6");
        let c: Ipv6Addr = "2001:db8:1:3::1".parse().expect("v6");
        assert_eq!(LockScope::source(a.into()), LockScope::source(b.into()));
        assert_ne!(LockScope::source(a.into()), LockScope::source(c.into()));
        let s = LockScope::source(a.into());
        assert_eq!(s.key(), "2001:db8:1:2::/64");
        assert_eq!(LockScope::parse(s.kind(), &s.key()), Some(s.clone()));
        let mapped: Ipv6Addr = "::ffff:127.0.1.1".parse().expect("v6");
        assert_eq!(LockScope::source(mapped.into()), LockScope::source(v4(1)));
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        for (i, x) in [a, b, a].into_iter().enumerate() {
            let r = d.record_failure(t0, &FailureSource::peer(x.into())).1;
            assert_eq!(r.is_some(), i == 2);
        }
        assert!(d
            .lock_of(t0, &FailureSource::peer(b.into()), false)
            .is_some());
        assert!(d
            .lock_of(t0, &FailureSource::peer(c.into()), false)
            .is_none());
    }

    #[test]
    fn one_credential_from_many_sources_locks_the_credential() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        let cred = Credential::Certificate("ab".into());
        let mut burst = None;
        for i in 1..=3 {
            let src = FailureSource::peer(v4(i)).with_credential(cred.clone());
            burst = d.record_failure(t0, &src).1;
        }
        let b = burst.expect("burst");
        assert_eq!(b.scope, LockScope::Credential(cred.clone()));
        let other = FailureSource::peer(v4(9)).with_credential(cred);
        assert_eq!(
            d.lock_of(t0, &other, false).map(|l| l.0),
            Some(LockScope::Credential(Credential::Certificate("ab".into())))
        );
        let another =
            FailureSource::peer(v4(9)).with_credential(Credential::Certificate("cd".into()));
        assert!(d.lock_of(t0, &another, false).is_none());
    }

    #[test]
    fn many_credentials_in_one_window_lock_the_window() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        let w = WindowId(7);
        let mut burst = None;
        for i in 1..=3u8 {
            let src = FailureSource::peer(v4(i))
                .with_credential(Credential::Certificate(format!("{i}")))
                .with_window(w);
            burst = d.record_failure(t0, &src).1;
        }
        assert_eq!(burst.expect("burst").scope, LockScope::Window(w));
        let fresh = FailureSource::peer(v4(20)).with_window(w);
        assert_eq!(
            d.lock_of(t0, &fresh, false).map(|l| l.0),
            Some(LockScope::Window(w))
        );
        let elsewhere = FailureSource::peer(v4(20)).with_window(WindowId(8));
        assert!(d.lock_of(t0, &elsewhere, false).is_none());
    }

    #[test]
    fn a_distributed_burst_past_the_global_threshold_locks_the_hub() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        for i in 1..=4u8 {
            let (_, b) = d.record_failure(t0, &FailureSource::peer(v4(i)));
            assert_eq!(b, None);
        }
        let (_, b) = d.record_failure(t0, &FailureSource::peer(v4(5)));
        assert_eq!(b.expect("hub burst").scope, LockScope::Hub);
        assert!(d.lock_of(t0, &FailureSource::peer(v4(77)), true).is_some());
        assert!(
            d.lock_of(t0, &FailureSource::peer(v4(77)), false).is_none(),
            "the hub lock applies only where the caller asks for it"
        );
    }

    #[test]
    fn failures_explained_by_a_scoped_lock_leave_the_hub_counter() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        // Two sources burst (3 each): 6 failures, but each explained.
        for i in 1..=2u8 {
            for _ in 0..3 {
                d.record_failure(t0, &FailureSource::peer(v4(i)));
            }
        }
        assert_eq!(d.lock_of(t0, &FailureSource::default(), true), None);
        assert_eq!(d.hub_state().count, 0);
    }

    #[test]
    fn unlock_lifts_one_scope_or_all() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        for i in 1..=2u8 {
            for _ in 0..3 {
                d.record_failure(t0, &FailureSource::peer(v4(i)));
            }
        }
        assert_eq!(d.locks(t0).len(), 2);
        let one = LockScope::source(v4(1));
        assert_eq!(d.unlock(t0, Some(&one)), vec![one.clone()]);
        assert_eq!(d.locks(t0).len(), 1);
        assert_eq!(d.unlock(t0, None), vec![LockScope::source(v4(2))]);
        assert!(d.locks(t0).is_empty());
        assert!(d.unlock(t0, None).is_empty());
    }

    #[test]
    fn restore_brings_back_locks_and_counts() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        let a = FailureSource::peer(v4(1));
        for _ in 0..3 {
            d.record_failure(t0, &a);
        }
        let b = FailureSource::peer(v4(2));
        let (states, _) = d.record_failure(t0, &b);
        let mut saved: Vec<ScopeState> = states;
        saved.push(d.state_of(&LockScope::source(v4(1))).expect("tracked"));
        let mut r = AnomalyDetector::new(policy());
        r.restore(saved);
        assert!(r.lock_of(t0, &a, false).is_some(), "the lock survived");
        // v4(2) had one failure: two more lock it.
        assert!(r.record_failure(t0, &b).1.is_none());
        assert!(r.record_failure(t0, &b).1.is_some());
    }

    #[test]
    fn memory_is_bounded_under_a_flood_of_addresses() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(AnomalyPolicy {
            global_failure_threshold: 1_000_000,
            ..policy()
        });
        for i in 0..10_000u32 {
            let ip = IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + i));
            d.record_failure(
                t0 + Duration::from_millis(i.into()),
                &FailureSource::peer(ip),
            );
            assert!(d.tracked() <= 8);
        }
        assert!(d.global.len() <= 1_000_000);
    }

    #[test]
    fn openings_are_counted_per_user() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        assert_eq!(d.record_opening(t0, "u1", true).1, None);
        assert_eq!(d.record_opening(t0, "u2", true).1, None);
        let b = d.record_opening(t0, "u1", true).1.expect("burst");
        assert_eq!(
            (b.kind, b.scope, b.locked),
            ("open_burst", LockScope::User("u1".into()), true)
        );
        d.record_opening(t0, "admin", false);
        let b = d.record_opening(t0, "admin", false).1.expect("burst");
        assert!(!b.locked);
        assert!(d.locks(t0).iter().all(|(s, _)| *s != b.scope));
    }
}
