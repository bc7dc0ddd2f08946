//! The task that owns the commissioning core and carries out its events
//! (STYLE.md rule 2): the only place where the sans-IO [`Commissioner`]
//! meets a clock, the store and the other drivers.
//!
//! Layer 4 (DESIGN.md "Who may use whom"): it uses the core (layer 2) and
//! the store (layer 3); it knows nothing of mDNS, CoAP or the API. The
//! drivers that need the core ([`crate::pairing`], [`crate::api`]) hold a
//! cloneable [`CoreHandle`]; the daemon composes them.
//!
//! Call order: [`spawn`] once, with the restored core and its
//! [`CoreOutputs`]; then any number of [`CoreHandle::call`]s from any task;
//! finally [`CoreTask::stop`] (or let it end on its own when the store
//! refuses a write: fail-stop, see [`DriverError`]).
//!
//! Guarantees:
//! * one job at a time runs on the core, with `Instant::now()` as `now`;
//! * after each job (and each timeout the core asked for) every event the
//!   core produced is carried out by [`drain_events`] *before* the caller
//!   of [`CoreHandle::call`] gets its answer: state changes and their audit
//!   records in one durable transaction, then alerts, then the
//!   `Advertise`/`Withdraw`/`Joiner` events in order;
//! * when the task stops it appends `daemon.stop` to the audit log and
//!   shuts the store writer down.
#![forbid(unsafe_code)]

use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{broadcast, mpsc, oneshot};

use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::commissioning::event::{Alert, Event};
use crate::commissioning::Commissioner;
use crate::store::{Store, StoreError, StoreHandle};
use crate::time::WallClock;

/// The `tracing` target of the core's alerts (fields `alert`,
/// `alert_scope`, `alert_key`, `alert_count`, `alert_locked_until`).
pub const ALERT_TARGET: &str = "threshold::alert";

/// Capacity of the alert fan-out (a slower subscriber skips older alerts).
pub const ALERT_BUFFER: usize = 64;

/// Capacity of the job queue: callers wait (back-pressure) beyond it.
pub const JOB_QUEUE: usize = 64;

/// Work for the core; what it returns is run once the work's events are
/// durable (it sends the answer to the caller).
type Job = Box<dyn FnOnce(&mut Commissioner, Instant) -> Box<dyn FnOnce() + Send> + Send>;

/// A cloneable handle to the core, owned by the driver task.
#[derive(Clone, Debug)]
pub struct CoreHandle {
    tx: mpsc::Sender<Job>,
}

/// The driver has stopped.
#[derive(Debug, thiserror::Error)]
#[error("the commissioning core has stopped")]
pub struct CoreGone;

impl CoreHandle {
    /// Runs `f` on the core with the current monotonic time. Returns once
    /// every event `f` caused has been carried out (audit and state durable).
    pub async fn call<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Commissioner, Instant) -> R + Send + 'static,
    ) -> Result<R, CoreGone> {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |core, now| {
            let r = f(core, now);
            Box::new(move || {
                let _ = tx.send(r);
            })
        });
        self.tx.send(job).await.map_err(|_| CoreGone)?;
        rx.await.map_err(|_| CoreGone)
    }
}

/// Where `Advertise`/`Withdraw` and `Joiner` events go once the state
/// change that caused them is durable (in the daemon, a closure handing
/// them to the mDNS driver and to the Thread service's joiner table). Must
/// not block.
pub trait AdvertiseSink: Send + Sync {
    /// Takes one `Advertise`, `Withdraw` or `Joiner` event.
    fn core_event(&self, event: &Event);
}

impl<F: Fn(&Event) + Send + Sync> AdvertiseSink for F {
    fn core_event(&self, event: &Event) {
        self(event)
    }
}

/// What the driver does with the core's events.
#[derive(Clone)]
pub struct CoreOutputs {
    /// Durable state and audit.
    pub store: StoreHandle,
    /// The wall clock stamped on what is stored.
    pub clock: Arc<dyn WallClock>,
    /// The alert fan-out (the API's `/v1/alerts` subscribers; none is fine).
    pub alerts: broadcast::Sender<Alert>,
    /// The advertising events' destination.
    pub adverts: Arc<dyn AdvertiseSink>,
}

impl std::fmt::Debug for CoreOutputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CoreOutputs").finish_non_exhaustive()
    }
}

/// Why the driver task ended on its own.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DriverError {
    /// The store refused a write (or its writer is gone): memory and disk
    /// could disagree, so the driver stops (fail-stop); a restart restores
    /// from the durable state.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The driver task panicked or was cancelled.
    #[error("the core driver task failed: {0}")]
    Task(#[source] tokio::task::JoinError),
}

/// Carries out the core's pending events: state changes and their audit
/// records in one transaction, durable on return; then the alerts go to
/// `out.alerts` and the `Advertise`/`Withdraw`/`Joiner`/`Srp` events to `out.adverts` (in
/// order, after the state change that caused them is durable).
pub async fn drain_events(core: &mut Commissioner, out: &CoreOutputs) -> Result<(), DriverError> {
    let mut audits = Vec::new();
    let mut persists = Vec::new();
    let mut raised = Vec::new();
    let mut adverts = Vec::new();
    while let Some(ev) = core.poll_event() {
        match ev {
            Event::Audit(a) => audits.push(a),
            Event::Persist(p) => persists.push(p),
            ev @ (Event::Advertise(_) | Event::Withdraw(_)) => {
                tracing::info!(event = ?ev, "advertising");
                adverts.push(ev);
            }
            // Its `Debug` redacts the PSKd.
            ev @ Event::Joiner(_) => {
                tracing::info!(event = ?ev, "thread joiner");
                adverts.push(ev);
            }
            ev @ Event::Srp(_) => {
                tracing::info!(event = ?ev, "srp advertising");
                adverts.push(ev);
            }
            // Its `Debug` redacts an enhanced window's secret.
            ev @ Event::Matter(_) => {
                tracing::info!(event = ?ev, "matter window");
                adverts.push(ev);
            }
            Event::Alert(a) => {
                // Its own target: the log sinks send it to journald with
                // these fields (docs/operations.md).
                tracing::warn!(
                    target: ALERT_TARGET,
                    alert = a.kind,
                    alert_scope = a.scope,
                    alert_key = %a.key,
                    alert_count = a.count,
                    alert_locked_until = a.locked_until.map(|t| t.to_rfc3339()).unwrap_or_default(),
                    "pairing anomaly: {} from {} {} ({} in {} s){}",
                    a.kind,
                    a.scope,
                    a.key,
                    a.count,
                    a.interval_secs,
                    if a.locked_until.is_some() { ", locked" } else { "" }
                );
                raised.push(a);
            }
        }
    }
    if !persists.is_empty() || !audits.is_empty() {
        let wall = out.clock.now();
        out.store
            .call(move |s: &mut Store| s.commit(wall, &persists, &audits))
            .await??;
    }
    for a in raised {
        // No subscriber is not an error.
        let _ = out.alerts.send(a);
    }
    for ev in &adverts {
        out.adverts.core_event(ev);
    }
    Ok(())
}

/// The running driver task.
#[derive(Debug)]
pub struct CoreTask {
    join: tokio::task::JoinHandle<Result<(), DriverError>>,
    stop: oneshot::Sender<()>,
}

impl CoreTask {
    /// Asks the task to stop after the job in hand and waits for it
    /// (`daemon.stop` audited, store writer shut down).
    pub async fn stop(self) -> Result<(), DriverError> {
        let _ = self.stop.send(());
        self.join.await.map_err(DriverError::Task)?
    }

    /// Resolves when the task ends on its own (a store failure) with why.
    /// Cancel-safe, but once it has resolved the task is gone: do not call
    /// [`CoreTask::stop`] after it.
    pub async fn ended(&mut self) -> Result<(), DriverError> {
        (&mut self.join).await.map_err(DriverError::Task)?
    }
}

/// Starts the driver task on `core` (events already drained) and returns
/// the handle callers use and the task.
pub fn spawn(core: Commissioner, out: CoreOutputs) -> (CoreHandle, CoreTask) {
    let (tx, rx) = mpsc::channel::<Job>(JOB_QUEUE);
    let (stop, stop_rx) = oneshot::channel();
    let join = tokio::spawn(drive(core, out, rx, stop_rx));
    (CoreHandle { tx }, CoreTask { join, stop })
}

async fn drive(
    mut core: Commissioner,
    out: CoreOutputs,
    mut jobs: mpsc::Receiver<Job>,
    mut stop: oneshot::Receiver<()>,
) -> Result<(), DriverError> {
    loop {
        let deadline = core.poll_timeout();
        tokio::select! {
            _ = &mut stop => break,
            job = jobs.recv() => match job {
                Some(job) => {
                    let answer = job(&mut core, Instant::now());
                    drain_events(&mut core, &out).await?;
                    answer();
                }
                None => break,
            },
            _ = sleep_until(deadline) => {
                core.handle_timeout(Instant::now());
                drain_events(&mut core, &out).await?;
            }
        }
    }
    let stop = AuditEvent::new(
        "system",
        AuditAction::DaemonStop,
        core.hub_id(),
        "system",
        Outcome::Info,
        "ok",
    );
    let wall = out.clock.now();
    out.store
        .call(move |s: &mut Store| s.append_audit(wall, &[stop]))
        .await??;
    out.store.shutdown();
    tracing::info!("threshold stopped");
    Ok(())
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(t) => tokio::time::sleep_until(t.into()).await,
        None => std::future::pending().await,
    }
}
