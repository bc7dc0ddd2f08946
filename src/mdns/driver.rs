//! The tokio driver of the [`AdvertisingState`] (STYLE.md rule 2): one task
//! owns the state and an [`Advertiser`]; it `select!`s over its input
//! channel, the stop signal and the state's next lease end, feeds the
//! state, and carries out its [`Action`]s in order.
//!
//! * Core events reach it through [`MdnsHandle::core_event`] (non-blocking,
//!   called by the core driver after the events are durable).
//! * Registrations ([`MdnsHandle::register`]) are answered once the new set
//!   is durable in the store (`mdns_services`) and handed to the
//!   advertiser; each is audited (`mdns.register`, success or denied with
//!   the refusal code), as is every rename (`mdns.rename`) and lease expiry
//!   (`mdns.expire`).
//! * At start ([`spawn`]) the devices admitted at `full` scope (from the
//!   store) get their stored registrations back, with the lease they had;
//!   registrations of devices that are no longer admitted are deleted.
//! * On stop the advertiser withdraws everything with goodbyes
//!   ([`Advertiser::shutdown`], on a blocking thread) before the task ends.
//! * Hold-down: an instance published again less than [`HOLD_DOWN`] after
//!   its goodbye is published when the hold-down ends (a later withdraw
//!   cancels it). A querier keeps a goodbye'd record one more second
//!   (RFC 6762 section 10.1) and takes an announcement within that second
//!   for a refresh of a record it has already reported gone: measured with
//!   python-zeroconf, which then only finds the instance again through its
//!   own backed-off queries (seconds to minutes later). Closing a window and
//!   opening the next at once hits this.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, oneshot};

use super::persist::{PersistError, ServiceStore};
use super::state::{
    Action, AdvertisingState, Assigned, ExternalError, HubServices, RegisterError, Registration,
    WithdrawReason,
};
use super::{Advertiser, HostRecord, InstanceKey, ResponderEvent, ServiceInstance};
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::commissioning::event::{DeviceState, Event};
use crate::commissioning::token::Scope;
use crate::time::{UnixMillis, WallClock};

/// How long after a goodbye the same instance is held back.
pub const HOLD_DOWN: Duration = Duration::from_millis(1200);

/// Why a registration did not go through.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterFailure {
    /// Refused (bad input or not allowed): nothing changed.
    #[error(transparent)]
    Refused(#[from] RegisterError),
    /// The store could not make it durable.
    #[error("store: {0}")]
    Store(String),
    /// The advertiser has stopped.
    #[error("mDNS advertising has stopped")]
    Gone,
}

enum Input {
    Core(Event),
    Register {
        device: String,
        host: HostRecord,
        services: Vec<Registration>,
        lease: Duration,
        reply: oneshot::Sender<Result<Vec<Assigned>, RegisterFailure>>,
    },
    Published(oneshot::Sender<Vec<ServiceInstance>>),
    Responder(ResponderEvent),
    External(ServiceInstance, oneshot::Sender<Result<(), ExternalError>>),
    WithdrawExternal(InstanceKey, oneshot::Sender<bool>),
}

/// Why the driver could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MdnsStartError {
    /// The stored registrations could not be read or cleaned.
    #[error(transparent)]
    Store(#[from] PersistError),
    /// The responder event thread could not start.
    #[error("cannot start the mdns-events thread: {0}")]
    Thread(std::io::Error),
}

/// A cloneable handle to the driver.
#[derive(Clone, Debug)]
pub struct MdnsHandle {
    tx: mpsc::UnboundedSender<Input>,
}

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Input")
    }
}

/// The receiving end for [`spawn`], created with [`channel`].
#[derive(Debug)]
pub struct MdnsInputs {
    rx: mpsc::UnboundedReceiver<Input>,
    tx: mpsc::UnboundedSender<Input>,
}

/// A handle and its inputs. Events sent before [`spawn`] are kept and
/// handled first (the daemon creates this before the core runs).
pub fn channel() -> (MdnsHandle, MdnsInputs) {
    let (tx, rx) = mpsc::unbounded_channel();
    (MdnsHandle { tx: tx.clone() }, MdnsInputs { rx, tx })
}

impl MdnsHandle {
    /// Forwards an `Advertise`/`Withdraw` core event (others are ignored).
    /// Never blocks; a stopped driver drops it.
    pub fn core_event(&self, event: &Event) {
        if matches!(event, Event::Advertise(_) | Event::Withdraw(_)) {
            let _ = self.tx.send(Input::Core(event.clone()));
        }
    }

    /// Replaces `device`'s registered services (see
    /// [`AdvertisingState::register`]); returns the assigned names once
    /// they are durable and handed to the responder.
    pub async fn register(
        &self,
        device: &str,
        host: HostRecord,
        services: Vec<Registration>,
        lease: Duration,
    ) -> Result<Vec<Assigned>, RegisterFailure> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(Input::Register {
                device: device.to_owned(),
                host,
                services,
                lease,
                reply,
            })
            .map_err(|_| RegisterFailure::Gone)?;
        rx.await.map_err(|_| RegisterFailure::Gone)?
    }

    /// Publishes (or replaces) an instance from another producer (the
    /// Thread work: `_meshcop._udp`, SRP registrations), see
    /// [`AdvertisingState::publish_external`]. `None` if the driver has
    /// stopped.
    pub async fn publish_external(
        &self,
        inst: ServiceInstance,
    ) -> Option<Result<(), ExternalError>> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Input::External(inst, reply)).ok()?;
        rx.await.ok()
    }

    /// Withdraws (goodbye) an instance published with
    /// [`MdnsHandle::publish_external`]; `Some(false)` if there was none.
    pub async fn withdraw_external(&self, key: InstanceKey) -> Option<bool> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Input::WithdrawExternal(key, reply)).ok()?;
        rx.await.ok()
    }

    /// What is published now (every input sent before is handled first).
    pub async fn published(&self) -> Option<Vec<ServiceInstance>> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Input::Published(reply)).ok()?;
        rx.await.ok()
    }
}

/// What the driver needs.
pub struct DriverDeps {
    /// The hub's services.
    pub hub: HubServices,
    /// Durable registrations and audit (the store implements it).
    pub store: Arc<dyn ServiceStore>,
    /// Wall clock (lease ends as stored).
    pub clock: Arc<dyn WallClock>,
    /// Hub id (audit target of responder events).
    pub hub_id: String,
}

/// The running driver.
#[derive(Debug)]
pub struct MdnsTask {
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl MdnsTask {
    /// Withdraws everything with goodbyes and stops.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Starts the driver: restores the admitted devices' registrations from
/// the store, publishes the hub, then serves `inputs`. `responder_events`
/// (from [`super::MdnsSdAdvertiser::take_events`]) are audited.
pub async fn spawn(
    deps: DriverDeps,
    mut advertiser: Box<dyn Advertiser>,
    inputs: MdnsInputs,
    responder_events: Option<Box<dyn Iterator<Item = ResponderEvent> + Send>>,
) -> Result<MdnsTask, MdnsStartError> {
    let mut state = AdvertisingState::new();
    let (devices, registrations) = deps.store.load().await?;
    let now = Instant::now();
    let wall = deps.clock.now();
    let admitted = devices
        .into_iter()
        .filter(|d| d.state == DeviceState::Admitted && d.scope == Some(Scope::Full))
        .map(|d| d.id);
    let mut stale = Vec::new();
    let mut by_device: std::collections::BTreeMap<
        crate::commissioning::ids::DeviceId,
        (super::state::DeviceServices, UnixMillis),
    > = registrations
        .into_iter()
        .map(|(s, t)| (s.device.clone(), (s, t)))
        .collect();
    for id in admitted {
        let saved = by_device.remove(id.as_str());
        let (services, end) = match saved {
            Some((s, t)) if t > wall => {
                let left = Duration::from_millis((t.0 - wall.0).max(0) as u64);
                (Some(s), now + left)
            }
            Some(_) => {
                stale.push(id.to_string());
                (None, now)
            }
            None => (None, now),
        };
        state.restore(services, id, end);
    }
    stale.extend(by_device.into_keys().map(|d| d.into_string()));
    if !stale.is_empty() {
        deps.store.delete(stale).await?;
    }
    state.set_hub(deps.hub.clone());
    let mut driver = Driver {
        state,
        store: deps.store,
        clock: deps.clock,
        hub_id: deps.hub_id,
        hold: HoldDown::default(),
    };
    driver.apply(advertiser.as_mut()).await;
    if let Some(events) = responder_events {
        let tx = inputs.tx.clone();
        // The responder's receiver blocks: a thread forwards it. It ends
        // when the responder stops.
        std::thread::Builder::new()
            .name("mdns-events".into())
            .spawn(move || {
                for ev in events {
                    if tx.send(Input::Responder(ev)).is_err() {
                        break;
                    }
                }
            })
            .map_err(MdnsStartError::Thread)?;
    }
    let (stop, stop_rx) = oneshot::channel();
    let task = tokio::spawn(driver.run(advertiser, inputs.rx, stop_rx));
    Ok(MdnsTask { stop, task })
}

struct Driver {
    state: AdvertisingState,
    store: Arc<dyn ServiceStore>,
    clock: Arc<dyn WallClock>,
    hub_id: String,
    hold: HoldDown,
}

/// The hold-down rule (module docs), sans-IO: fed `now`.
#[derive(Debug, Default)]
struct HoldDown {
    /// When each instance last said goodbye (pruned after [`HOLD_DOWN`]).
    goodbyes: BTreeMap<InstanceKey, Instant>,
    /// Publications held back until the instant given.
    deferred: BTreeMap<InstanceKey, (Instant, ServiceInstance)>,
}

impl HoldDown {
    /// `Some(inst)` to publish now, `None` if held back.
    fn publish(&mut self, now: Instant, inst: ServiceInstance) -> Option<ServiceInstance> {
        self.prune(now);
        let key = inst.key();
        match self.goodbyes.get(&key) {
            Some(t) => {
                let at = *t + HOLD_DOWN;
                self.deferred.insert(key, (at, inst));
                None
            }
            None => {
                self.deferred.remove(&key);
                Some(inst)
            }
        }
    }

    /// `true` if the advertiser must send the goodbye (it was published).
    fn withdraw(&mut self, now: Instant, key: &InstanceKey) -> bool {
        if self.deferred.remove(key).is_some() {
            return false;
        }
        self.goodbyes.insert(key.clone(), now);
        true
    }

    fn poll_timeout(&self) -> Option<Instant> {
        self.deferred.values().map(|(t, _)| *t).min()
    }

    /// The held-back instances due at `now`.
    fn due(&mut self, now: Instant) -> Vec<ServiceInstance> {
        let keys: Vec<InstanceKey> = self
            .deferred
            .iter()
            .filter(|(_, (t, _))| *t <= now)
            .map(|(k, _)| k.clone())
            .collect();
        keys.into_iter()
            .filter_map(|k| self.deferred.remove(&k).map(|(_, i)| i))
            .collect()
    }

    fn prune(&mut self, now: Instant) {
        self.goodbyes
            .retain(|_, t| now.saturating_duration_since(*t) < HOLD_DOWN);
    }
}

impl Driver {
    async fn run(
        mut self,
        mut advertiser: Box<dyn Advertiser>,
        mut rx: mpsc::UnboundedReceiver<Input>,
        mut stop: oneshot::Receiver<()>,
    ) {
        loop {
            let held = self.hold.poll_timeout();
            let deadline = match (self.state.poll_timeout(), held) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            tokio::select! {
                _ = &mut stop => break,
                input = rx.recv() => match input {
                    Some(input) => self.handle(input, advertiser.as_mut()).await,
                    None => break,
                },
                _ = sleep_until(deadline) => {
                    let now = Instant::now();
                    self.state.handle_timeout(now);
                    self.apply(advertiser.as_mut()).await;
                    self.release_deferred(now, advertiser.as_mut());
                }
            }
        }
        let r = tokio::task::spawn_blocking(move || advertiser.shutdown()).await;
        match r {
            Ok(Ok(())) => tracing::info!("mDNS records withdrawn"),
            Ok(Err(e)) => tracing::warn!(error = %e, "mDNS shutdown"),
            Err(e) => tracing::warn!(error = %e, "mDNS shutdown task"),
        }
    }

    async fn handle(&mut self, input: Input, adv: &mut dyn Advertiser) {
        match input {
            Input::Core(ev) => {
                self.state.handle_event(&ev);
                self.apply(adv).await;
            }
            Input::Published(reply) => {
                let _ = reply.send(self.state.published());
            }
            Input::Responder(ev) => self.responder_event(ev).await,
            Input::External(inst, reply) => {
                let r = self.state.publish_external(inst);
                self.apply(adv).await;
                let _ = reply.send(r);
            }
            Input::WithdrawExternal(key, reply) => {
                let r = self.state.withdraw_external(&key);
                self.apply(adv).await;
                let _ = reply.send(r);
            }
            Input::Register {
                device,
                host,
                services,
                lease,
                reply,
            } => {
                let r = self.register(adv, &device, host, services, lease).await;
                let _ = reply.send(r);
            }
        }
    }

    async fn register(
        &mut self,
        adv: &mut dyn Advertiser,
        device: &str,
        host: HostRecord,
        services: Vec<Registration>,
        lease: Duration,
    ) -> Result<Vec<Assigned>, RegisterFailure> {
        let count = services.len();
        let target = format!("device:{device}");
        match self
            .state
            .register(Instant::now(), device, host, services, lease)
        {
            Err(e) => {
                let ev = AuditEvent::new(
                    target.clone(),
                    AuditAction::MdnsRegister,
                    target,
                    "coap",
                    Outcome::Denied,
                    e.refusal().as_str(),
                )
                .with("detail", e.to_string());
                self.audit(vec![ev]).await;
                Err(e.into())
            }
            Ok(assigned) => {
                let wall = self.clock.now();
                let expires = wall.saturating_add(lease);
                let saved = self.state.device_services(device).cloned();
                let id = device.to_owned();
                let names: Vec<String> = assigned
                    .iter()
                    .map(|a| format!("{}.{}", a.instance, a.registration.service_type))
                    .collect();
                let ev = AuditEvent::new(
                    target.clone(),
                    AuditAction::MdnsRegister,
                    target,
                    "coap",
                    Outcome::Success,
                    "ok",
                )
                .with("services", names)
                .with("lease_secs", lease.as_secs());
                let durable = self
                    .store
                    .save(id, saved.map(|s| (s, expires)), wall, vec![ev])
                    .await
                    .map_err(|e| RegisterFailure::Store(e.0.to_string()));
                // Published even if the store failed: memory is the
                // truth until restart; the device is told it failed and
                // registers again.
                self.apply(adv).await;
                durable.map(|()| {
                    tracing::info!(device, services = count, "mdns registration");
                    assigned
                })
            }
        }
    }

    async fn responder_event(&mut self, ev: ResponderEvent) {
        match ev {
            ResponderEvent::NameChange(c) => {
                tracing::warn!(original = %c.original, new = %c.new_name, "mDNS name conflict on the network: renamed");
                let ev = AuditEvent::new(
                    "system",
                    AuditAction::MdnsRename,
                    self.hub_id.clone(),
                    "mdns",
                    Outcome::Info,
                    "network_conflict",
                )
                .with("requested", c.original)
                .with("assigned", c.new_name);
                self.audit(vec![ev]).await;
            }
            ResponderEvent::AddressAdded(a) => {
                tracing::info!(addr = %a, "mDNS: address added, records re-announced")
            }
            ResponderEvent::AddressRemoved(a) => {
                tracing::info!(addr = %a, "mDNS: address removed, records re-announced")
            }
            ResponderEvent::Error(e) => tracing::warn!(error = %e, "mDNS responder"),
        }
    }

    /// Publishes the held-back instances whose hold-down ended.
    fn release_deferred(&mut self, now: Instant, adv: &mut dyn Advertiser) {
        for inst in self.hold.due(now) {
            publish(adv, &inst);
        }
    }

    /// Carries out the pending actions.
    async fn apply(&mut self, adv: &mut dyn Advertiser) {
        let mut audits = Vec::new();
        let mut forget = Vec::new();
        let now = Instant::now();
        while let Some(action) = self.state.poll_action() {
            match action {
                Action::Publish(inst) => match self.hold.publish(now, inst) {
                    Some(inst) => publish(adv, &inst),
                    None => tracing::debug!("mDNS publish held back after a goodbye"),
                },
                Action::Withdraw { key, reason } => {
                    // Not published since its last goodbye: nothing to send.
                    if !self.hold.withdraw(now, &key) {
                        continue;
                    }
                    if let Err(e) = adv.withdraw(&key) {
                        tracing::warn!(instance = %key, error = %e, "mDNS withdraw failed");
                    } else {
                        tracing::debug!(instance = %key, reason = reason.as_str(), "mDNS withdraw");
                    }
                }
                Action::Renamed {
                    device,
                    service_type,
                    requested,
                    assigned,
                } => {
                    let target = format!("device:{device}");
                    audits.push(
                        AuditEvent::new(
                            "system",
                            AuditAction::MdnsRename,
                            target,
                            "mdns",
                            Outcome::Info,
                            "name_conflict",
                        )
                        .with("service_type", service_type)
                        .with("requested", requested)
                        .with("assigned", assigned),
                    );
                }
                Action::Forget { device, reason } => {
                    if reason == WithdrawReason::LeaseExpired {
                        audits.push(AuditEvent::new(
                            "system",
                            AuditAction::MdnsExpire,
                            format!("device:{device}"),
                            "mdns",
                            Outcome::Info,
                            reason.as_str(),
                        ));
                    }
                    forget.push(device);
                }
            }
        }
        if !forget.is_empty() {
            if let Err(e) = self.store.delete(forget).await {
                tracing::warn!(error = %e.0, "cannot delete mDNS registrations");
            }
        }
        self.audit(audits).await;
    }

    async fn audit(&self, events: Vec<AuditEvent>) {
        if events.is_empty() {
            return;
        }
        let wall = self.clock.now();
        if let Err(e) = self.store.audit(wall, events).await {
            tracing::error!(error = %e.0, "cannot write mDNS audit records");
        }
    }
}

fn publish(adv: &mut dyn Advertiser, inst: &ServiceInstance) {
    if let Err(e) = adv.publish(inst) {
        tracing::warn!(instance = %inst.key(), error = %e, "mDNS publish failed");
    } else {
        tracing::debug!(instance = %inst.key(), "mDNS publish");
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(t) => tokio::time::sleep_until(t.into()).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mdns::HostRecord;

    fn inst(port: u16) -> ServiceInstance {
        ServiceInstance {
            instance: "Hub".into(),
            service_type: "_threshold-pair._tcp".into(),
            subtypes: vec![],
            port,
            txt: vec![],
            host: HostRecord {
                name: "hub".into(),
                addresses: vec![],
            },
        }
    }

    #[test]
    fn hold_down_on_virtual_time() {
        let mut h = HoldDown::default();
        let t0 = Instant::now();
        let key = inst(1).key();
        // First publish: at once.
        assert_eq!(h.publish(t0, inst(1)), Some(inst(1)));
        assert!(h.withdraw(t0, &key));
        // Again 100 ms after the goodbye: held until t0 + HOLD_DOWN.
        let t1 = t0 + Duration::from_millis(100);
        assert_eq!(h.publish(t1, inst(2)), None);
        assert_eq!(h.poll_timeout(), Some(t0 + HOLD_DOWN));
        assert!(h.due(t0 + HOLD_DOWN - Duration::from_millis(1)).is_empty());
        // A newer version replaces the held one.
        assert_eq!(h.publish(t1, inst(3)), None);
        assert_eq!(h.due(t0 + HOLD_DOWN), vec![inst(3)]);
        assert_eq!(h.poll_timeout(), None);
        // Withdrawn while held: no goodbye to send, nothing published later.
        assert!(h.withdraw(t0 + HOLD_DOWN, &key));
        assert_eq!(h.publish(t0 + HOLD_DOWN, inst(4)), None);
        assert!(!h.withdraw(t0 + HOLD_DOWN, &key));
        assert!(h.due(t0 + HOLD_DOWN * 3).is_empty());
        // Long after the goodbye: at once again.
        let late = t0 + HOLD_DOWN * 3;
        assert_eq!(h.publish(late, inst(5)), Some(inst(5)));
    }
}
