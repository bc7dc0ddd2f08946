//! Carries the TLS server's handshake refusals to the core, which audits
//! them and decides which count towards the pairing lock
//! ([`crate::commissioning::handshake`]).
//!
//! The TLS server never waits on this reporter: when its bounded channel
//! is full it drops the event and counts it ([`TlsStats::events_dropped`]).
//! The reporter notices the counter moved once it has drained the channel
//! (the end of the overflow episode: a drop always leaves a full channel
//! behind it) and has the core audit one summary record with the number
//! dropped ([`crate::commissioning::Commissioner::handshake_events_dropped`]).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use tokio::sync::mpsc;

use super::CoreAccess;
use crate::coap::tls::{TlsEvent, TlsStats};

/// Events handled between two checks of the drop counter while the
/// channel never drains.
const SUSTAINED_CHECK: usize = 1024;

/// Hands every client refused at the TLS handshake to the core
/// ([`crate::commissioning::Commissioner::handshake_refused`]) until the
/// TLS server ends (its sender is dropped) or the core stops; each time the
/// channel is drained, the events `stats` counts as dropped since the last
/// summary are audited as one record.
pub async fn report_handshake_refusals<C: CoreAccess>(
    core: C,
    mut events: mpsc::Receiver<TlsEvent>,
    stats: Arc<TlsStats>,
) {
    // The server's counters start with it: every drop is reported.
    let mut reported = 0;
    let mut since_check = 0usize;
    while let Some(ev) = events.recv().await {
        if let TlsEvent::ClientRejected {
            peer,
            reason,
            certificate,
        } = ev
        {
            tracing::info!(%peer, %reason, "coaps+tcp client refused");
            let (failure, detail) = (reason.failure(), reason.to_string());
            if core
                .call(move |c, now| c.handshake_refused(now, peer, failure, certificate, detail))
                .await
                .is_err()
            {
                return;
            }
        }
        // Checked when the channel is drained (an episode ended), and at
        // least every SUSTAINED_CHECK events, so a flood that never lets
        // the channel drain is still summarised while it goes on.
        since_check += 1;
        if events.is_empty() || since_check >= SUSTAINED_CHECK {
            since_check = 0;
            if !report_dropped(&core, &stats, &mut reported).await {
                return;
            }
        }
    }
    report_dropped(&core, &stats, &mut reported).await;
}

/// Audits the events dropped since `reported` (one record), if any.
/// Returns `false` when the core is gone.
async fn report_dropped<C: CoreAccess>(core: &C, stats: &TlsStats, reported: &mut u64) -> bool {
    let dropped = stats.events_dropped.load(Ordering::Relaxed);
    let count = dropped.saturating_sub(*reported);
    if count == 0 {
        return true;
    }
    *reported = dropped;
    tracing::warn!(count, "coaps+tcp: TLS events dropped (report channel full)");
    core.call(move |c, now| c.handshake_events_dropped(now, count))
        .await
        .is_ok()
}

#[cfg(test)]
mod tests {
    use std::future::Future;
    use std::net::SocketAddr;
    use std::time::Instant;

    use super::*;
    use crate::audit::{AuditEvent, Outcome};
    use crate::coap::tls::RejectReason;
    use crate::commissioning::event::Event;
    use crate::commissioning::policy::Policy;
    use crate::commissioning::token::HubKey;
    use crate::commissioning::{Commissioner, Snapshot};
    use crate::core_driver::CoreGone;
    use crate::time::{ManualClock, UnixMillis};

    /// The core behind a mutex; every audit event it yields is kept.
    #[derive(Clone)]
    struct Core {
        core: Arc<std::sync::Mutex<Commissioner>>,
        audits: Arc<std::sync::Mutex<Vec<AuditEvent>>>,
    }

    impl CoreAccess for Core {
        fn now(&self) -> Instant {
            Instant::now()
        }

        fn call<R, F>(&self, f: F) -> impl Future<Output = Result<R, CoreGone>> + Send
        where
            R: Send + 'static,
            F: FnOnce(&mut Commissioner, Instant) -> R + Send + 'static,
        {
            let this = self.clone();
            async move {
                let mut core = this.core.lock().map_err(|_| CoreGone)?;
                let r = f(&mut core, Instant::now());
                while let Some(ev) = core.poll_event() {
                    if let Event::Audit(a) = ev {
                        this.audits.lock().map_err(|_| CoreGone)?.push(a);
                    }
                }
                Ok(r)
            }
        }
    }

    fn core() -> Core {
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
        let core = Commissioner::new(
            Policy::default(),
            hub,
            Arc::new(ManualClock::new(UnixMillis(1_795_564_800_000))),
            Box::new(ring::rand::SystemRandom::new()),
            Instant::now(),
            Snapshot::default(),
        );
        Core {
            core: Arc::new(std::sync::Mutex::new(core)),
            audits: Arc::default(),
        }
    }

    /// Sends as the TLS server does: never waits, counts what is dropped.
    fn emit(tx: &mpsc::Sender<TlsEvent>, stats: &TlsStats, peer: SocketAddr) {
        let ev = TlsEvent::ClientRejected {
            peer,
            reason: RejectReason::NoCertificate,
            certificate: None,
        };
        if tx.try_send(ev).is_err() {
            stats.events_dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    #[tokio::test]
    async fn an_overflow_is_audited_as_one_summary_record() {
        let core = core();
        let stats = Arc::new(TlsStats::default());
        let (tx, rx) = mpsc::channel(4);
        let peer: SocketAddr = "192.0.2.1:5000".parse().expect("addr");
        // A burst of 14 refusals into a channel of 4: 10 are dropped.
        for _ in 0..14 {
            emit(&tx, &stats, peer);
        }
        assert_eq!(stats.events_dropped.load(Ordering::Relaxed), 10);
        let reporter = tokio::spawn(report_handshake_refusals(core.clone(), rx, stats.clone()));
        drop(tx);
        reporter.await.expect("reporter");
        let audits = core.audits.lock().expect("audits").clone();
        let refused: Vec<_> = audits
            .iter()
            .filter(|a| a.reason == "no_certificate")
            .collect();
        let dropped: Vec<_> = audits.iter().filter(|a| a.reason == "dropped").collect();
        assert_eq!(refused.len(), 4, "{audits:?}");
        assert_eq!(dropped.len(), 1, "one summary per episode: {audits:?}");
        assert_eq!(dropped[0].action, "tls.handshake");
        assert_eq!(dropped[0].outcome, Outcome::Info);
        assert_eq!(dropped[0].details["count"], 10);
        // The summary follows the refusals it summarises.
        assert_eq!(audits.last().map(|a| a.reason.as_str()), Some("dropped"));
    }

    #[tokio::test]
    async fn two_overflow_episodes_two_summaries_and_none_without_drops() {
        let core = core();
        let stats = Arc::new(TlsStats::default());
        let (tx, rx) = mpsc::channel(2);
        let peer: SocketAddr = "192.0.2.2:5000".parse().expect("addr");
        let reporter = tokio::spawn(report_handshake_refusals(core.clone(), rx, stats.clone()));
        let wait_for = |n: usize| {
            let audits = core.audits.clone();
            async move {
                while audits.lock().expect("audits").len() < n {
                    tokio::task::yield_now().await;
                }
            }
        };
        // No drop: no summary.
        emit(&tx, &stats, peer);
        wait_for(1).await;
        // Episode 1: 2 queued, 3 dropped.
        for _ in 0..5 {
            emit(&tx, &stats, peer);
        }
        wait_for(4).await;
        // Episode 2: 2 queued, 1 dropped.
        for _ in 0..3 {
            emit(&tx, &stats, peer);
        }
        wait_for(7).await;
        drop(tx);
        reporter.await.expect("reporter");
        let audits = core.audits.lock().expect("audits").clone();
        let dropped: Vec<_> = audits
            .iter()
            .filter(|a| a.reason == "dropped")
            .map(|a| a.details["count"].clone())
            .collect();
        assert_eq!(dropped, [serde_json::json!(3), serde_json::json!(1)]);
        assert_eq!(audits.len(), 1 + 2 + 1 + 2 + 1, "{audits:?}");
    }
}
