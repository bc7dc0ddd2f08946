//! The advertising state: sans-IO (STYLE.md rule 1).
//!
//! [`AdvertisingState`] is fed the core's events
//! ([`AdvertisingState::handle_event`]), the hub's identity
//! ([`AdvertisingState::set_hub`]), the devices' service registrations
//! ([`AdvertisingState::register`]) and time
//! ([`AdvertisingState::handle_timeout`], at
//! [`AdvertisingState::poll_timeout`]); after each input the driver drains
//! [`AdvertisingState::poll_action`] and carries each [`Action`] out in
//! order (publish/withdraw on the [`super::Advertiser`], persist, audit).
//!
//! # What is published
//!
//! * The hub's controller API, `_threshold._tcp`, from `set_hub` on.
//! * The pairing service, `_threshold-pair._tcp`, between
//!   `Advertise(Pairing)` and `Withdraw(Pairing)` (the core emits them when
//!   the first window opens and the last one closes).
//! * A device's registered services, only while the device is *admitted*
//!   (between `Advertise(Device)` and `Withdraw(Device)`, or marked so at
//!   start with [`AdvertisingState::restore`]) and its lease runs.
//!
//! # Conflict rule
//!
//! Two of our own instances never share a name within a service type. A
//! registration whose requested instance name is taken (by the hub or by
//! another device) gets `Name (2)`, `Name (3)`, ... : the lowest free
//! suffix ([`Action::Renamed`] reports it, for the audit log). A device that
//! registers again keeps the name it was assigned. Conflicts with other
//! responders on the LAN are resolved by the responder (probing, RFC 6762
//! section 9) and reported separately.
//!
//! # Invariants
//!
//! * Every instance in [`AdvertisingState::published`] has passed
//!   [`ServiceInstance::validate`].
//! * Each instance is kept once: a device's published instances are built
//!   from its registrations when asked for, not stored a second time, and a
//!   device id is one shared [`DeviceId`] however many maps hold it (at 500
//!   paired devices the copies were about 0.2 MB of the hub's live heap:
//!   docs/performance.md, "Fifth round").
//! * A refused [`AdvertisingState::register`] changes nothing and yields no
//!   action.
//! * A withdrawn device's registrations are forgotten
//!   ([`Action::Forget`]): a device that is admitted again registers again.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{
    text_txt, HostRecord, InstanceKey, InvalidService, ServiceInstance, API_VERSION,
    HUB_SERVICE_TYPE, PAIRING_SERVICE_TYPE,
};
use crate::commissioning::event::{Event, Service};
use crate::commissioning::ids::DeviceId;
use crate::refusal::Refusal;

/// The most services one device may register (the core's policy).
pub use crate::commissioning::policy::MAX_SERVICES_PER_DEVICE;
/// The most subtypes per registered service.
pub const MAX_SUBTYPES: usize = 4;
/// The highest rename suffix tried before a registration is refused.
pub const MAX_RENAME: u32 = 99;

/// The hub's own services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubServices {
    /// Hub id (`threshold:<hex>`).
    pub hub_id: String,
    /// Instance name of both hub services.
    pub instance: String,
    /// Host label of the hub.
    pub host: String,
    /// Port of the controller API (`_threshold._tcp`); `None` when the API
    /// has no network listener (then it is not advertised).
    pub api_port: Option<u16>,
    /// Port of CoAP over TLS (`_threshold-pair._tcp`).
    pub pairing_port: u16,
    /// SHA-256 (hex) of the hub CA certificate (DER).
    pub ca_fingerprint: String,
}

impl HubServices {
    /// The controller API instance (if the API listens). TXT: `id` hub id,
    /// `api` API version, `fp` hub CA fingerprint.
    pub fn api_instance(&self) -> Option<ServiceInstance> {
        Some(ServiceInstance {
            instance: self.instance.clone(),
            service_type: HUB_SERVICE_TYPE.into(),
            subtypes: Vec::new(),
            port: self.api_port?,
            txt: vec![
                ("id".into(), self.hub_id.clone().into()),
                ("api".into(), API_VERSION.into()),
                ("fp".into(), self.ca_fingerprint.clone().into()),
            ],
            host: HostRecord {
                name: self.host.clone(),
                addresses: Vec::new(),
            },
        })
    }

    /// The pairing instance. TXT: `id` hub id, `pv` pairing protocol
    /// version, `fp` hub CA fingerprint.
    pub fn pairing_instance(&self) -> ServiceInstance {
        ServiceInstance {
            instance: self.instance.clone(),
            service_type: PAIRING_SERVICE_TYPE.into(),
            subtypes: Vec::new(),
            port: self.pairing_port,
            txt: vec![
                ("id".into(), self.hub_id.clone().into()),
                ("pv".into(), "1".into()),
                ("fp".into(), self.ca_fingerprint.clone().into()),
            ],
            host: HostRecord {
                name: self.host.clone(),
                addresses: Vec::new(),
            },
        }
    }
}

/// One service a device asks the hub to advertise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    /// Requested instance name.
    pub instance: String,
    /// Service type (`_name._tcp` / `_name._udp`).
    pub service_type: String,
    /// Subtypes (`_label`).
    pub subtypes: Vec<String>,
    /// Port.
    pub port: u16,
    /// TXT `key=value` pairs.
    pub txt: Vec<(String, String)>,
}

/// A registration with the instance name the hub assigned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assigned {
    /// What the device asked for.
    pub registration: Registration,
    /// The published instance name (the requested one, or `Name (n)`).
    pub instance: String,
}

/// A device's registrations as persisted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceServices {
    /// Device id.
    pub device: DeviceId,
    /// Host label of the device (`dev-<12 hex of its id>`).
    pub host: String,
    /// Its addresses.
    pub addresses: Vec<std::net::IpAddr>,
    /// The services, with their assigned names.
    pub services: Vec<Assigned>,
}

/// Why a registration is refused (each maps to a CoAP 4.xx).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterError {
    /// The device is not admitted at `full` scope.
    #[error("device {0} is not admitted at full scope")]
    NotAdmitted(String),
    /// More than [`MAX_SERVICES_PER_DEVICE`] services.
    #[error("{0} services: at most {MAX_SERVICES_PER_DEVICE} per device")]
    TooMany(usize),
    /// More than [`MAX_SUBTYPES`] subtypes on a service.
    #[error("service {index}: {count} subtypes, at most {MAX_SUBTYPES}")]
    TooManySubtypes {
        /// Which service (0-based).
        index: usize,
        /// How many.
        count: usize,
    },
    /// A service breaks a DNS-SD limit.
    #[error("service {index}: {error}")]
    Invalid {
        /// Which service (0-based).
        index: usize,
        /// The limit.
        error: InvalidService,
    },
    /// The hub's own service types cannot be registered by a device.
    #[error("service {0}: {HUB_SERVICE_TYPE} and {PAIRING_SERVICE_TYPE} are the hub's")]
    Reserved(usize),
    /// Two services of the request have the same name and type.
    #[error("service {0}: same instance name and type as an earlier one")]
    Duplicate(usize),
    /// No free `Name (n)` up to [`MAX_RENAME`].
    #[error("service {0}: no free instance name")]
    NoFreeName(usize),
    /// The device has no address to publish.
    #[error("no address to publish for the device")]
    NoAddress,
}

impl RegisterError {
    /// The refusal: its stable code (on the wire and in the audit log)
    /// and its CoAP code.
    pub fn refusal(&self) -> Refusal {
        match self {
            RegisterError::NotAdmitted(_) => Refusal::NotAdmitted,
            RegisterError::TooMany(_) => Refusal::TooManyServices,
            RegisterError::TooManySubtypes { .. } => Refusal::TooManySubtypes,
            RegisterError::Invalid { .. } => Refusal::InvalidService,
            RegisterError::Reserved(_) => Refusal::ReservedServiceType,
            RegisterError::Duplicate(_) => Refusal::DuplicateService,
            RegisterError::NoFreeName(_) => Refusal::NameConflict,
            RegisterError::NoAddress => Refusal::NoAddress,
        }
    }
}

/// Why an instance from another producer cannot be published.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExternalError {
    /// It breaks a DNS-SD limit.
    #[error(transparent)]
    Invalid(#[from] InvalidService),
    /// The hub or a device already holds this name within the type.
    #[error("{0} is already published by the hub or a device")]
    Taken(InstanceKey),
}

/// Why an instance is withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithdrawReason {
    /// The last commissioning window closed.
    PairingClosed,
    /// The device left `full` scope (quarantine, removal, token revocation).
    DeviceWithdrawn,
    /// The device's lease ran out.
    LeaseExpired,
    /// The device registered a new set without this service.
    Replaced,
    /// Its producer (e.g. Thread: SRP, border agent) withdrew it.
    External,
}

impl WithdrawReason {
    /// Stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            WithdrawReason::PairingClosed => "pairing_closed",
            WithdrawReason::DeviceWithdrawn => "device_withdrawn",
            WithdrawReason::LeaseExpired => "lease_expired",
            WithdrawReason::Replaced => "replaced",
            WithdrawReason::External => "external",
        }
    }
}

/// What the driver must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Publish (or replace) this instance.
    Publish(ServiceInstance),
    /// Withdraw it with a goodbye.
    Withdraw {
        /// The instance.
        key: InstanceKey,
        /// Why.
        reason: WithdrawReason,
    },
    /// A registration was renamed to avoid a conflict (audit it).
    Renamed {
        /// Device.
        device: String,
        /// Service type.
        service_type: String,
        /// Requested name.
        requested: String,
        /// Assigned name.
        assigned: String,
    },
    /// Drop the device's persisted registrations.
    Forget {
        /// Device.
        device: String,
        /// Why.
        reason: WithdrawReason,
    },
}

#[derive(Debug)]
struct DeviceEntry {
    services: DeviceServices,
    lease_end: Instant,
}

/// Where a published instance is kept (module docs, "Invariants").
#[derive(Debug)]
enum Holder {
    /// The hub's own, or another producer's: the instance itself (boxed:
    /// a map node holds eleven values, most of them `Device`).
    Kept(Box<ServiceInstance>),
    /// A device's: built from its entry in `devices` when asked for.
    Device(DeviceId),
}

/// The sans-IO advertising state (see the module docs).
#[derive(Debug, Default)]
pub struct AdvertisingState {
    hub: Option<HubServices>,
    pairing_open: bool,
    /// Ids shared with the core's events (a clone is a reference count).
    admitted: BTreeSet<DeviceId>,
    devices: BTreeMap<DeviceId, DeviceEntry>,
    /// Every published name (hub, devices, other producers), and where its
    /// instance is kept.
    published: BTreeMap<InstanceKey, Holder>,
    /// Keys published by other producers ([`AdvertisingState::publish_external`]).
    external: BTreeSet<InstanceKey>,
    actions: VecDeque<Action>,
}

/// The next free name for `requested` of `service_type` that is not in
/// `taken`: `requested` itself, then `requested (2)`, ... up to
/// [`MAX_RENAME`]. `None` when all are taken or too long.
pub fn free_name(
    requested: &str,
    service_type: &str,
    taken: impl Fn(&InstanceKey) -> bool,
) -> Option<String> {
    if !taken(&InstanceKey::new(requested, service_type)) {
        return Some(requested.to_owned());
    }
    (2..=MAX_RENAME)
        .map(|n| format!("{requested} ({n})"))
        .filter(|n| crate::names::is_instance_name(n))
        .find(|n| !taken(&InstanceKey::new(n, service_type)))
}

impl AdvertisingState {
    /// An empty state: nothing published.
    pub fn new() -> AdvertisingState {
        AdvertisingState::default()
    }

    /// Sets (or changes) the hub's identity and publishes its API service
    /// (and its pairing service if a window is open).
    pub fn set_hub(&mut self, hub: HubServices) {
        if let Some(old) = self.hub.take() {
            // A renamed hub: the old names go.
            for svc in old
                .api_instance()
                .into_iter()
                .chain([old.pairing_instance()])
            {
                if self.published.contains_key(&svc.key()) {
                    self.withdraw(svc.key(), WithdrawReason::Replaced);
                }
            }
        }
        if let Some(api) = hub.api_instance() {
            self.publish(api);
        }
        if self.pairing_open {
            self.publish(hub.pairing_instance());
        }
        self.hub = Some(hub);
    }

    /// Restores a device that is admitted (from the core's state at start)
    /// with its persisted registrations, leased until `lease_end`.
    pub fn restore(
        &mut self,
        services: Option<DeviceServices>,
        device: DeviceId,
        lease_end: Instant,
    ) {
        let id = self.admit(device);
        if let Some(s) = services {
            for a in &s.services {
                if let Some(inst) = instance_of(&s, a) {
                    self.publish_device(&id, inst);
                }
            }
            self.devices.insert(
                id,
                DeviceEntry {
                    services: s,
                    lease_end,
                },
            );
        }
    }

    /// Feeds one core event; other events are ignored.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Advertise(Service::Pairing) => {
                self.pairing_open = true;
                if let Some(hub) = &self.hub {
                    let inst = hub.pairing_instance();
                    self.publish(inst);
                }
            }
            Event::Withdraw(Service::Pairing) => {
                self.pairing_open = false;
                if let Some(hub) = &self.hub {
                    let key = hub.pairing_instance().key();
                    if self.published.contains_key(&key) {
                        self.withdraw(key, WithdrawReason::PairingClosed);
                    }
                }
            }
            Event::Advertise(Service::Device { id }) => {
                self.admit(id.clone());
            }
            Event::Withdraw(Service::Device { id }) => {
                self.admitted.remove(id.as_str());
                self.drop_device(id.as_str(), WithdrawReason::DeviceWithdrawn);
            }
            _ => {}
        }
    }

    /// Whether the device may register (admitted at `full` scope).
    pub fn is_admitted(&self, device: &str) -> bool {
        self.admitted.contains(device)
    }

    /// Replaces the device's registrations by `services` (an empty list
    /// withdraws them all), published under host `host` with `addresses`,
    /// leased for `lease` from `now`. Returns the assigned names, in order.
    /// A refusal changes nothing.
    pub fn register(
        &mut self,
        now: Instant,
        device: &str,
        host: HostRecord,
        services: Vec<Registration>,
        lease: Duration,
    ) -> Result<Vec<Assigned>, RegisterError> {
        let Some(id) = self.admitted.get(device).cloned() else {
            return Err(RegisterError::NotAdmitted(device.to_owned()));
        };
        if services.len() > MAX_SERVICES_PER_DEVICE {
            return Err(RegisterError::TooMany(services.len()));
        }
        if !services.is_empty() && host.addresses.is_empty() {
            return Err(RegisterError::NoAddress);
        }
        let previous = self.devices.get(device).map(|e| &e.services.services);
        let mine: BTreeSet<InstanceKey> = previous
            .into_iter()
            .flatten()
            .map(|a| InstanceKey::new(&a.instance, &a.registration.service_type))
            .collect();
        let mut assigned: Vec<Assigned> = Vec::with_capacity(services.len());
        let mut claimed: BTreeSet<InstanceKey> = BTreeSet::new();
        for (index, reg) in services.into_iter().enumerate() {
            if reg.subtypes.len() > MAX_SUBTYPES {
                return Err(RegisterError::TooManySubtypes {
                    index,
                    count: reg.subtypes.len(),
                });
            }
            let st = reg.service_type.to_lowercase();
            if st == HUB_SERVICE_TYPE || st == PAIRING_SERVICE_TYPE {
                return Err(RegisterError::Reserved(index));
            }
            let probe = ServiceInstance {
                instance: reg.instance.clone(),
                service_type: reg.service_type.clone(),
                subtypes: reg.subtypes.clone(),
                port: reg.port,
                txt: text_txt(reg.txt.iter().cloned()),
                host: host.clone(),
            };
            probe
                .validate()
                .map_err(|error| RegisterError::Invalid { index, error })?;
            if assigned.iter().any(|a| {
                a.registration.instance.eq_ignore_ascii_case(&reg.instance)
                    && a.registration
                        .service_type
                        .eq_ignore_ascii_case(&reg.service_type)
            }) {
                return Err(RegisterError::Duplicate(index));
            }
            // Keep the name this device already holds for this request.
            let kept = previous.into_iter().flatten().find(|a| {
                a.registration.instance.eq_ignore_ascii_case(&reg.instance)
                    && a.registration
                        .service_type
                        .eq_ignore_ascii_case(&reg.service_type)
            });
            let name = match kept {
                Some(a) => a.instance.clone(),
                None => free_name(&reg.instance, &reg.service_type, |k| {
                    claimed.contains(k) || (self.published.contains_key(k) && !mine.contains(k))
                })
                .ok_or(RegisterError::NoFreeName(index))?,
            };
            claimed.insert(InstanceKey::new(&name, &reg.service_type));
            assigned.push(Assigned {
                registration: reg,
                instance: name,
            });
        }
        // Accepted: apply.
        let entry = DeviceServices {
            device: id.clone(),
            host: host.name.clone(),
            addresses: host.addresses.clone(),
            services: assigned.clone(),
        };
        for k in mine.difference(&claimed) {
            self.withdraw(k.clone(), WithdrawReason::Replaced);
        }
        for a in &assigned {
            if a.instance != a.registration.instance
                && !mine.contains(&InstanceKey::new(&a.instance, &a.registration.service_type))
            {
                self.actions.push_back(Action::Renamed {
                    device: device.to_owned(),
                    service_type: a.registration.service_type.clone(),
                    requested: a.registration.instance.clone(),
                    assigned: a.instance.clone(),
                });
            }
            if let Some(inst) = instance_of(&entry, a) {
                self.publish_device(&id, inst);
            }
        }
        if assigned.is_empty() {
            self.devices.remove(device);
        } else {
            self.devices.insert(
                id,
                DeviceEntry {
                    services: entry,
                    lease_end: now + lease,
                },
            );
        }
        Ok(assigned)
    }

    /// Publishes (or replaces) an instance from another producer (the
    /// Thread work: `_meshcop._udp`, SRP registrations): validated, and
    /// refused if the hub or a device holds the name (the producer
    /// resolves its own conflicts, as an SRP server does). Such instances
    /// are not leased here: the producer withdraws them.
    pub fn publish_external(&mut self, inst: ServiceInstance) -> Result<(), ExternalError> {
        inst.validate()?;
        let key = inst.key();
        if self.published.contains_key(&key) && !self.external.contains(&key) {
            return Err(ExternalError::Taken(key));
        }
        self.external.insert(key);
        self.publish(inst);
        Ok(())
    }

    /// Withdraws an instance published with
    /// [`AdvertisingState::publish_external`]; `false` if there is none.
    pub fn withdraw_external(&mut self, key: &InstanceKey) -> bool {
        if !self.external.remove(key) {
            return false;
        }
        self.withdraw(key.clone(), WithdrawReason::External);
        true
    }

    /// The earliest lease end, if any device has registrations.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.devices.values().map(|e| e.lease_end).min()
    }

    /// Expires every lease that ended at or before `now`.
    pub fn handle_timeout(&mut self, now: Instant) {
        let due: Vec<DeviceId> = self
            .devices
            .iter()
            .filter(|(_, e)| e.lease_end <= now)
            .map(|(d, _)| d.clone())
            .collect();
        for d in due {
            self.drop_device(d.as_str(), WithdrawReason::LeaseExpired);
        }
    }

    /// The next action to carry out.
    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    /// What is published now, in key order (a device's instances are
    /// built from its registrations).
    pub fn published(&self) -> Vec<ServiceInstance> {
        self.published
            .iter()
            .filter_map(|(key, holder)| match holder {
                Holder::Kept(inst) => Some(ServiceInstance::clone(inst)),
                Holder::Device(id) => {
                    let s = &self.devices.get(id)?.services;
                    s.services
                        .iter()
                        .find(|a| {
                            InstanceKey::new(&a.instance, &a.registration.service_type) == *key
                        })
                        .and_then(|a| instance_of(s, a))
                }
            })
            .collect()
    }

    /// A device's current registrations.
    pub fn device_services(&self, device: &str) -> Option<&DeviceServices> {
        self.devices.get(device).map(|e| &e.services)
    }

    /// Every published key, for a graceful stop (the advertiser withdraws
    /// them on shutdown).
    pub fn keys(&self) -> impl Iterator<Item = &InstanceKey> {
        self.published.keys()
    }

    fn drop_device(&mut self, device: &str, reason: WithdrawReason) {
        if let Some(e) = self.devices.remove(device) {
            for a in &e.services.services {
                let k = InstanceKey::new(&a.instance, &a.registration.service_type);
                if self.published.contains_key(&k) {
                    self.withdraw(k, reason);
                }
            }
            self.actions.push_back(Action::Forget {
                device: device.to_owned(),
                reason,
            });
        }
    }

    /// Admits `id` (kept if it was already admitted); returns the id held.
    fn admit(&mut self, id: DeviceId) -> DeviceId {
        if let Some(held) = self.admitted.get(&id) {
            return held.clone();
        }
        self.admitted.insert(id.clone());
        id
    }

    /// Publishes the hub's or another producer's instance.
    fn publish(&mut self, inst: ServiceInstance) {
        self.published
            .insert(inst.key(), Holder::Kept(Box::new(inst.clone())));
        self.actions.push_back(Action::Publish(inst));
    }

    /// Publishes a device's instance; its entry in `devices` holds it.
    fn publish_device(&mut self, id: &DeviceId, inst: ServiceInstance) {
        self.published
            .insert(inst.key(), Holder::Device(id.clone()));
        self.actions.push_back(Action::Publish(inst));
    }

    fn withdraw(&mut self, key: InstanceKey, reason: WithdrawReason) {
        self.published.remove(&key);
        self.actions.push_back(Action::Withdraw { key, reason });
    }
}

/// The instance for one assigned registration of `s` (`None` if it no
/// longer validates, e.g. a persisted row from an older, laxer version).
fn instance_of(s: &DeviceServices, a: &Assigned) -> Option<ServiceInstance> {
    let inst = ServiceInstance {
        instance: a.instance.clone(),
        service_type: a.registration.service_type.clone(),
        subtypes: a.registration.subtypes.clone(),
        port: a.registration.port,
        txt: text_txt(a.registration.txt.iter().cloned()),
        host: HostRecord {
            name: s.host.clone(),
            addresses: s.addresses.clone(),
        },
    };
    inst.validate().is_ok().then_some(inst)
}

/// The host label of a device: `dev-` and the first 12 hex digits of its
/// id (ids are hex key fingerprints); an id with fewer hex digits uses
/// those of its SHA-256 instead.
pub fn device_host(device: &str) -> String {
    let mut hex: String = device
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(12)
        .collect::<String>()
        .to_lowercase();
    if hex.len() < 12 {
        hex = hex::encode(ring::digest::digest(
            &ring::digest::SHA256,
            device.as_bytes(),
        ))[..12]
            .to_owned();
    }
    format!("dev-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mdns::{Advertiser, Call, Recorder};

    fn hub() -> HubServices {
        HubServices {
            hub_id: "threshold:00aa".into(),
            instance: "Threshold Hub".into(),
            host: "threshold-hub".into(),
            api_port: Some(8443),
            pairing_port: 5684,
            ca_fingerprint: "ab".repeat(32),
        }
    }

    fn host(dev: &str) -> HostRecord {
        HostRecord {
            name: format!("dev-{dev}"),
            addresses: vec!["192.0.2.7".parse().unwrap()],
        }
    }

    fn reg(name: &str) -> Registration {
        Registration {
            instance: name.into(),
            service_type: "_hap._tcp".into(),
            subtypes: vec![],
            port: 8080,
            txt: vec![("md".into(), "Lamp".into())],
        }
    }

    fn admit(s: &mut AdvertisingState, id: &str) {
        s.handle_event(&Event::Advertise(Service::Device { id: id.into() }));
    }

    /// Applies every pending action to a recorder, as the driver does.
    fn apply(s: &mut AdvertisingState, r: &mut Recorder) -> Vec<Action> {
        let mut out = Vec::new();
        while let Some(a) = s.poll_action() {
            match &a {
                Action::Publish(i) => r.publish(i).unwrap(),
                Action::Withdraw { key, .. } => r.withdraw(key).unwrap(),
                _ => {}
            }
            out.push(a);
        }
        out
    }

    const HOUR: Duration = Duration::from_secs(3600);

    #[test]
    fn hub_api_service_has_exact_txt_and_pairing_follows_windows() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        s.set_hub(hub());
        apply(&mut s, &mut r);
        let api = r.get("Threshold Hub", "_threshold._tcp").unwrap();
        assert_eq!(api.port, 8443);
        assert_eq!(
            api.txt,
            text_txt([
                ("id", "threshold:00aa".to_string()),
                ("api", "1".into()),
                ("fp", "ab".repeat(32)),
            ])
        );
        assert!(r.get("Threshold Hub", "_threshold-pair._tcp").is_none());
        s.handle_event(&Event::Advertise(Service::Pairing));
        apply(&mut s, &mut r);
        assert_eq!(
            r.get("Threshold Hub", "_threshold-pair._tcp").unwrap().port,
            5684
        );
        s.handle_event(&Event::Withdraw(Service::Pairing));
        let acts = apply(&mut s, &mut r);
        assert_eq!(
            acts,
            vec![Action::Withdraw {
                key: InstanceKey::new("Threshold Hub", "_threshold-pair._tcp"),
                reason: WithdrawReason::PairingClosed
            }]
        );
        assert!(r.get("Threshold Hub", "_threshold-pair._tcp").is_none());
        // A second Withdraw is inert.
        s.handle_event(&Event::Withdraw(Service::Pairing));
        assert_eq!(s.poll_action(), None);
    }

    #[test]
    fn window_opened_before_hub_is_known_publishes_with_the_hub() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        s.handle_event(&Event::Advertise(Service::Pairing));
        assert_eq!(s.poll_action(), None);
        s.set_hub(hub());
        apply(&mut s, &mut r);
        assert_eq!(r.published().len(), 2);
    }

    #[test]
    fn only_admitted_devices_may_register_and_refusal_changes_nothing() {
        let mut s = AdvertisingState::new();
        let err = s.register(Instant::now(), "d1", host("d1"), vec![reg("Lamp")], HOUR);
        assert_eq!(err, Err(RegisterError::NotAdmitted("d1".into())));
        assert_eq!(s.poll_action(), None);
        assert!(s.published().is_empty());
    }

    #[test]
    fn device_services_appear_after_full_and_go_on_withdraw() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        admit(&mut s, "d1");
        let got = s
            .register(Instant::now(), "d1", host("d1"), vec![reg("Lamp")], HOUR)
            .unwrap();
        assert_eq!(got[0].instance, "Lamp");
        apply(&mut s, &mut r);
        let lamp = r.get("Lamp", "_hap._tcp").unwrap();
        assert_eq!(lamp.host.name, "dev-d1");
        assert_eq!(
            lamp.host.addresses,
            vec!["192.0.2.7".parse::<std::net::IpAddr>().unwrap()]
        );
        s.handle_event(&Event::Withdraw(Service::Device { id: "d1".into() }));
        let acts = apply(&mut s, &mut r);
        assert_eq!(
            acts,
            vec![
                Action::Withdraw {
                    key: InstanceKey::new("Lamp", "_hap._tcp"),
                    reason: WithdrawReason::DeviceWithdrawn
                },
                Action::Forget {
                    device: "d1".into(),
                    reason: WithdrawReason::DeviceWithdrawn
                }
            ]
        );
        assert!(r.published().is_empty());
        // Not admitted any more.
        assert!(matches!(
            s.register(Instant::now(), "d1", host("d1"), vec![reg("Lamp")], HOUR),
            Err(RegisterError::NotAdmitted(_))
        ));
    }

    #[test]
    fn conflicting_names_are_renamed_and_reported() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        s.set_hub(hub());
        for d in ["d1", "d2", "d3"] {
            admit(&mut s, d);
        }
        s.register(Instant::now(), "d1", host("d1"), vec![reg("Lamp")], HOUR)
            .unwrap();
        apply(&mut s, &mut r);
        let got = s
            .register(Instant::now(), "d2", host("d2"), vec![reg("lamp")], HOUR)
            .unwrap();
        assert_eq!(got[0].instance, "lamp (2)");
        let acts = apply(&mut s, &mut r);
        assert_eq!(
            acts[0],
            Action::Renamed {
                device: "d2".into(),
                service_type: "_hap._tcp".into(),
                requested: "lamp".into(),
                assigned: "lamp (2)".into()
            }
        );
        let got = s
            .register(Instant::now(), "d3", host("d3"), vec![reg("Lamp")], HOUR)
            .unwrap();
        assert_eq!(got[0].instance, "Lamp (3)");
        // The hub's own name within another type does not conflict, within
        // a device type it does.
        let mut hubby = reg("Threshold Hub");
        hubby.service_type = "_http._tcp".into();
        admit(&mut s, "d4");
        let got = s
            .register(Instant::now(), "d4", host("d4"), vec![hubby], HOUR)
            .unwrap();
        assert_eq!(got[0].instance, "Threshold Hub");
        // d2 registers again: keeps its name, no new rename report.
        apply(&mut s, &mut r);
        let got = s
            .register(Instant::now(), "d2", host("d2"), vec![reg("lamp")], HOUR)
            .unwrap();
        assert_eq!(got[0].instance, "lamp (2)");
        let acts = apply(&mut s, &mut r);
        assert!(
            acts.iter().all(|a| matches!(a, Action::Publish(_))),
            "{acts:?}"
        );
        // d1 leaves; its name frees, d2 keeps "lamp (2)".
        s.handle_event(&Event::Withdraw(Service::Device { id: "d1".into() }));
        apply(&mut s, &mut r);
        assert!(r.get("lamp (2)", "_hap._tcp").is_some());
        assert!(r.get("Lamp", "_hap._tcp").is_none());
    }

    #[test]
    fn reserved_types_duplicates_and_limits_are_refused_without_change() {
        let mut s = AdvertisingState::new();
        admit(&mut s, "d1");
        let now = Instant::now();
        let mut pair = reg("x");
        pair.service_type = "_threshold-pair._tcp".into();
        let mut subs = reg("x");
        subs.subtypes = (0..5).map(|i| format!("_s{i}")).collect();
        let mut bad = reg("x");
        bad.port = 0;
        let cases = vec![
            (vec![pair], RegisterError::Reserved(0)),
            (vec![reg("a"), reg("A")], RegisterError::Duplicate(1)),
            (
                (0..9).map(|i| reg(&format!("s{i}"))).collect(),
                RegisterError::TooMany(9),
            ),
            (
                vec![subs],
                RegisterError::TooManySubtypes { index: 0, count: 5 },
            ),
            (
                vec![reg("ok"), bad],
                RegisterError::Invalid {
                    index: 1,
                    error: InvalidService::Port,
                },
            ),
        ];
        for (regs, want) in cases {
            assert_eq!(s.register(now, "d1", host("d1"), regs, HOUR), Err(want));
            assert_eq!(s.poll_action(), None);
            assert!(s.published().is_empty());
            assert!(s.device_services("d1").is_none());
        }
        let no_addr = HostRecord {
            name: "dev-d1".into(),
            addresses: vec![],
        };
        assert_eq!(
            s.register(now, "d1", no_addr, vec![reg("a")], HOUR),
            Err(RegisterError::NoAddress)
        );
    }

    #[test]
    fn a_new_set_replaces_the_old_one() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        admit(&mut s, "d1");
        let now = Instant::now();
        s.register(now, "d1", host("d1"), vec![reg("A"), reg("B")], HOUR)
            .unwrap();
        apply(&mut s, &mut r);
        s.register(now, "d1", host("d1"), vec![reg("B")], HOUR)
            .unwrap();
        let acts = apply(&mut s, &mut r);
        assert_eq!(
            acts[0],
            Action::Withdraw {
                key: InstanceKey::new("A", "_hap._tcp"),
                reason: WithdrawReason::Replaced
            }
        );
        assert_eq!(r.published().len(), 1);
        // Empty set: everything withdrawn, nothing left to expire.
        s.register(now, "d1", host("d1"), vec![], HOUR).unwrap();
        apply(&mut s, &mut r);
        assert!(r.published().is_empty());
        assert_eq!(s.poll_timeout(), None);
    }

    #[test]
    fn lease_expires_on_virtual_time() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        admit(&mut s, "d1");
        let t0 = Instant::now();
        s.register(t0, "d1", host("d1"), vec![reg("Lamp")], HOUR)
            .unwrap();
        apply(&mut s, &mut r);
        assert_eq!(s.poll_timeout(), Some(t0 + HOUR));
        s.handle_timeout(t0 + HOUR - Duration::from_millis(1));
        assert_eq!(s.poll_action(), None);
        s.handle_timeout(t0 + HOUR);
        let acts = apply(&mut s, &mut r);
        assert_eq!(
            acts,
            vec![
                Action::Withdraw {
                    key: InstanceKey::new("Lamp", "_hap._tcp"),
                    reason: WithdrawReason::LeaseExpired
                },
                Action::Forget {
                    device: "d1".into(),
                    reason: WithdrawReason::LeaseExpired
                }
            ]
        );
        assert!(r.published().is_empty());
        // Still admitted: it may register again.
        assert!(s
            .register(t0 + HOUR, "d1", host("d1"), vec![reg("Lamp")], HOUR)
            .is_ok());
    }

    #[test]
    fn restore_republishes_persisted_registrations() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        let saved = DeviceServices {
            device: "d1".into(),
            host: "dev-d1".into(),
            addresses: vec!["192.0.2.7".parse().unwrap()],
            services: vec![Assigned {
                registration: reg("Lamp"),
                instance: "Lamp (2)".into(),
            }],
        };
        s.restore(Some(saved), "d1".into(), Instant::now() + HOUR);
        apply(&mut s, &mut r);
        assert!(r.get("Lamp (2)", "_hap._tcp").is_some());
        assert!(s.is_admitted("d1"));
    }

    #[test]
    fn recorder_shutdown_withdraws_everything() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        s.set_hub(hub());
        apply(&mut s, &mut r);
        r.shutdown().unwrap();
        let calls = r.calls();
        assert_eq!(calls.last(), Some(&Call::Shutdown));
        assert!(calls.contains(&Call::Withdraw(InstanceKey::new(
            "Threshold Hub",
            "_threshold._tcp"
        ))));
        assert!(r.published().is_empty());
    }

    #[test]
    fn external_instances_cannot_take_our_names() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        s.set_hub(hub());
        apply(&mut s, &mut r);
        let mut meshcop = hub().api_instance().unwrap();
        meshcop.service_type = "_meshcop._udp".into();
        meshcop.txt = vec![("rv".into(), "1".into()), ("nn".into(), "Home".into())];
        assert_eq!(s.publish_external(meshcop.clone()), Ok(()));
        apply(&mut s, &mut r);
        assert_eq!(
            r.get("Threshold Hub", "_meshcop._udp"),
            Some(meshcop.clone())
        );
        // The hub's own API name is not theirs to take; bad input refused.
        let api = hub().api_instance().unwrap();
        assert_eq!(
            s.publish_external(api.clone()),
            Err(ExternalError::Taken(api.key()))
        );
        let mut bad = meshcop.clone();
        bad.port = 0;
        assert_eq!(
            s.publish_external(bad),
            Err(ExternalError::Invalid(InvalidService::Port))
        );
        assert_eq!(s.poll_action(), None);
        // A device cannot take theirs either (renamed).
        admit(&mut s, "d1");
        let mut reg = reg("Threshold Hub");
        reg.service_type = "_meshcop._udp".into();
        let got = s
            .register(Instant::now(), "d1", host("d1"), vec![reg], HOUR)
            .unwrap();
        assert_eq!(got[0].instance, "Threshold Hub (2)");
        apply(&mut s, &mut r);
        assert!(s.withdraw_external(&meshcop.key()));
        assert!(!s.withdraw_external(&meshcop.key()));
        assert!(!s.withdraw_external(&api.key()));
        apply(&mut s, &mut r);
        assert!(r.get("Threshold Hub", "_meshcop._udp").is_none());
        assert!(r.get("Threshold Hub", "_threshold._tcp").is_some());
    }

    /// The state builds a device's instances from its registrations instead
    /// of keeping a copy: after every step its view must be exactly what the
    /// advertiser was told to publish.
    #[test]
    fn published_view_matches_what_the_advertiser_holds_at_every_step() {
        let mut s = AdvertisingState::new();
        let mut r = Recorder::new();
        let t0 = Instant::now();
        let check = |s: &mut AdvertisingState, r: &mut Recorder, step: &str| {
            apply(s, r);
            let want: Vec<ServiceInstance> = r.published().into_values().collect();
            assert_eq!(s.published(), want, "after {step}");
            for i in &want {
                assert!(s.keys().any(|k| *k == i.key()), "after {step}: {}", i.key());
            }
            assert_eq!(s.keys().count(), want.len(), "after {step}");
        };
        s.set_hub(hub());
        s.handle_event(&Event::Advertise(Service::Pairing));
        check(&mut s, &mut r, "hub and window");
        admit(&mut s, "d1");
        admit(&mut s, "d2");
        let mut fan = reg("Fan");
        fan.service_type = "_http._tcp".into();
        fan.subtypes = vec!["_fans".into()];
        s.register(t0, "d1", host("d1"), vec![reg("Lamp"), fan], HOUR)
            .unwrap();
        check(&mut s, &mut r, "d1 registers two");
        // Renamed to "Lamp (2)": the view must show the assigned name.
        s.register(t0, "d2", host("d2"), vec![reg("Lamp")], 2 * HOUR)
            .unwrap();
        check(&mut s, &mut r, "d2 takes Lamp (2)");
        // A new set replaces the old: Fan goes, a TXT change shows.
        let mut lamp = reg("Lamp");
        lamp.txt = vec![("md".into(), "Lamp v2".into())];
        s.register(t0, "d1", host("d1"), vec![lamp], HOUR).unwrap();
        check(&mut s, &mut r, "d1 replaces its set");
        let mut meshcop = hub().api_instance().unwrap();
        meshcop.service_type = "_meshcop._udp".into();
        s.publish_external(meshcop.clone()).unwrap();
        check(&mut s, &mut r, "external");
        // A refused registration changes nothing.
        assert!(s
            .register(t0, "d2", host("d2"), vec![reg("Lamp"), reg("Lamp")], HOUR)
            .is_err());
        check(&mut s, &mut r, "refusal");
        s.handle_timeout(t0 + HOUR);
        check(&mut s, &mut r, "d1's lease ends");
        s.handle_event(&Event::Withdraw(Service::Device { id: "d2".into() }));
        s.handle_event(&Event::Withdraw(Service::Pairing));
        check(&mut s, &mut r, "d2 withdrawn, window closed");
        let saved = DeviceServices {
            device: "d3".into(),
            host: "dev-d3".into(),
            addresses: vec!["192.0.2.9".parse().unwrap()],
            services: vec![Assigned {
                registration: reg("Lamp"),
                instance: "Lamp (3)".into(),
            }],
        };
        s.restore(Some(saved), "d3".into(), t0 + HOUR);
        check(&mut s, &mut r, "d3 restored");
        assert!(s.withdraw_external(&meshcop.key()));
        check(&mut s, &mut r, "external withdrawn");
        assert_eq!(s.published().len(), 2, "hub API and d3's Lamp (3)");
    }

    #[test]
    fn device_host_label() {
        assert_eq!(device_host("9F86D081884C7D65"), "dev-9f86d081884c");
        assert!(crate::names::is_host_label(&device_host("zz")));
    }
}
