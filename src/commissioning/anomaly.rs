//! Anomaly detection: bursts of failures or window openings.
//!
//! Two sliding-interval counters (failures, openings). When either reaches
//! its threshold within [`AnomalyPolicy::interval`], the detector reports an
//! alert, clears that counter (so one burst gives one alert), and, if the
//! policy says so, locks pairing until `now + lockout`. While locked, the
//! core refuses new windows, new PAKEs and enrollments; running sessions are
//! not interrupted.
//!
//! Memory is bounded: a counter never holds more than its threshold of
//! timestamps.

use std::collections::VecDeque;
use std::time::Instant;

use crate::commissioning::policy::AnomalyPolicy;

/// Which counter crossed its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Burst {
    /// Too many failures.
    Failures(u32),
    /// Too many window openings.
    Openings(u32),
}

/// The detector.
#[derive(Debug)]
pub struct AnomalyDetector {
    policy: AnomalyPolicy,
    failures: VecDeque<Instant>,
    openings: VecDeque<Instant>,
    locked_until: Option<Instant>,
}

impl AnomalyDetector {
    /// A detector with these thresholds.
    pub fn new(policy: AnomalyPolicy) -> Self {
        AnomalyDetector {
            policy,
            failures: VecDeque::new(),
            openings: VecDeque::new(),
            locked_until: None,
        }
    }

    /// Until when pairing is locked, if it is locked at `now`.
    pub fn locked_until(&self, now: Instant) -> Option<Instant> {
        self.locked_until.filter(|t| now < *t)
    }

    /// The lock's end, for `poll_timeout`.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.locked_until
    }

    /// Clears an expired lock; true when it just ended.
    pub fn handle_timeout(&mut self, now: Instant) -> bool {
        match self.locked_until {
            Some(t) if now >= t => {
                self.locked_until = None;
                true
            }
            _ => false,
        }
    }

    /// Records a failure; returns the burst if this one crossed the threshold.
    pub fn record_failure(&mut self, now: Instant) -> Option<Burst> {
        let threshold = self.policy.failure_threshold;
        Self::record(&mut self.failures, now, &self.policy, threshold)
            .map(Burst::Failures)
            .inspect(|_| self.lock(now))
    }

    /// Records a window opening; returns the burst if it crossed the threshold.
    pub fn record_opening(&mut self, now: Instant) -> Option<Burst> {
        let threshold = self.policy.open_threshold;
        Self::record(&mut self.openings, now, &self.policy, threshold)
            .map(Burst::Openings)
            .inspect(|_| self.lock(now))
    }

    fn lock(&mut self, now: Instant) {
        if self.policy.lock_on_alert {
            self.locked_until = Some(now + self.policy.lockout);
        }
    }

    fn record(
        q: &mut VecDeque<Instant>,
        now: Instant,
        policy: &AnomalyPolicy,
        threshold: u32,
    ) -> Option<u32> {
        while q
            .front()
            .is_some_and(|t| now.duration_since(*t) >= policy.interval)
        {
            q.pop_front();
        }
        q.push_back(now);
        if q.len() >= threshold as usize {
            let n = q.len() as u32;
            q.clear();
            return Some(n);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn policy() -> AnomalyPolicy {
        AnomalyPolicy {
            interval: Duration::from_secs(60),
            failure_threshold: 3,
            open_threshold: 2,
            lock_on_alert: true,
            lockout: Duration::from_secs(300),
        }
    }

    #[test]
    fn burst_within_interval_alerts_and_locks() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        assert_eq!(d.record_failure(t0), None);
        assert_eq!(d.record_failure(t0 + Duration::from_secs(30)), None);
        assert_eq!(
            d.record_failure(t0 + Duration::from_secs(59)),
            Some(Burst::Failures(3))
        );
        let end = t0 + Duration::from_secs(359);
        assert_eq!(d.locked_until(t0 + Duration::from_secs(100)), Some(end));
        assert_eq!(d.locked_until(end - Duration::from_millis(1)), Some(end));
        assert_eq!(d.locked_until(end), None);
        assert!(!d.handle_timeout(end - Duration::from_millis(1)));
        assert!(d.handle_timeout(end));
        assert_eq!(d.poll_timeout(), None);
    }

    #[test]
    fn spread_out_failures_do_not_alert() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(policy());
        for i in 0..100u64 {
            assert_eq!(
                d.record_failure(t0 + Duration::from_secs(i * 30)),
                None,
                "at {i}"
            );
        }
    }

    #[test]
    fn openings_alert_without_lock_when_configured() {
        let t0 = Instant::now();
        let mut d = AnomalyDetector::new(AnomalyPolicy {
            lock_on_alert: false,
            ..policy()
        });
        assert_eq!(d.record_opening(t0), None);
        assert_eq!(d.record_opening(t0), Some(Burst::Openings(2)));
        assert_eq!(d.locked_until(t0), None);
    }
}
