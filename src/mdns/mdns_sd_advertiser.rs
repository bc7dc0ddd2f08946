//! [`MdnsSdAdvertiser`]: the [`Advertiser`] over the `mdns-sd` responder.
//!
//! `mdns-sd` runs its own thread: it probes each new name (RFC 6762
//! section 8.1), announces, answers queries, renames on a conflict with
//! another responder (reported as a [`NameChange`] event), and sends
//! goodbyes on unregister. It listens only on the interfaces given to
//! [`MdnsSdAdvertiser::new`] (all others are disabled). Services published
//! without addresses use the host's addresses on those interfaces and are
//! re-announced by `mdns-sd` when they change (its address watch,
//! `enable_addr_auto`).
//!
//! Re-publishing: a name we held a moment ago (replaced, or withdrawn
//! less than 10 s ago, e.g. a pairing window closed and another opened) is
//! announced without a new probe. We own it, and `mdns-sd` would otherwise
//! take the echo of its own goodbye (TTL 0, received back through
//! multicast loopback while probing) for a conflicting answer and rename
//! the instance to `Name (2)` (seen with python-zeroconf on loopback; the
//! test `tests/mdns_advertiser.rs` covers it).
//!
//! Subtypes: every one of [`ServiceInstance::subtypes`] is published as a
//! PTR record `<subtype>._sub.<type>.local.` (Matter's `_matterc._udp`
//! needs four at once), answered when browsed, and withdrawn with the
//! instance. Publishing an instance again with fewer subtypes sends
//! goodbyes for the ones it lost, so browsers of those drop it at once.
//! The published `mdns-sd` carries one subtype per instance; the vendored
//! copy (`vendor/mdns-sd`, `vendor/README.md`) carries any number.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use mdns_sd::{DaemonEvent, IfKind, ServiceDaemon, ServiceInfo, TxtProperty};

use super::{AdvertiseError, Advertiser, InstanceKey, ServiceInstance};

/// How long [`Advertiser::shutdown`] waits for each goodbye to be sent.
const GOODBYE_WAIT: Duration = Duration::from_secs(2);

/// A name withdrawn less than this long ago is re-published without
/// probing (see [`MdnsSdAdvertiser`]).
const RECENT_GOODBYE: Duration = Duration::from_secs(10);

/// A name conflict on the network that the responder resolved by renaming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameChange {
    /// The name we asked for (full DNS name).
    pub original: String,
    /// The name now published.
    pub new_name: String,
}

/// What the responder reports on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponderEvent {
    /// A name was renamed after a conflict with another responder.
    NameChange(NameChange),
    /// An address appeared on an advertised interface (records re-announced).
    AddressAdded(IpAddr),
    /// An address disappeared (records re-announced without it).
    AddressRemoved(IpAddr),
    /// The responder reported an error.
    Error(String),
}

impl ResponderEvent {
    fn from_daemon(ev: DaemonEvent) -> Option<ResponderEvent> {
        Some(match ev {
            DaemonEvent::NameChange(c) => ResponderEvent::NameChange(NameChange {
                original: c.original,
                new_name: c.new_name,
            }),
            DaemonEvent::IpAdd(a) => ResponderEvent::AddressAdded(a),
            DaemonEvent::IpDel(a) => ResponderEvent::AddressRemoved(a),
            DaemonEvent::Error(e) => ResponderEvent::Error(e.to_string()),
            _ => return None,
        })
    }
}

/// The real responder.
pub struct MdnsSdAdvertiser {
    daemon: ServiceDaemon,
    /// Published instances: key -> mdns-sd full name.
    published: BTreeMap<InstanceKey, String>,
    /// Full names withdrawn recently (lower case) and when.
    withdrawn: BTreeMap<String, Instant>,
    events: Option<mdns_sd::Receiver<DaemonEvent>>,
    stopped: bool,
}

impl std::fmt::Debug for MdnsSdAdvertiser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MdnsSdAdvertiser")
            .field("published", &self.published.len())
            .finish_non_exhaustive()
    }
}

fn responder(e: mdns_sd::Error) -> AdvertiseError {
    AdvertiseError::Responder(e.to_string())
}

/// How long a call waits in total for room in the responder's command
/// queue (100 commands) before it fails.
const QUEUE_WAIT: Duration = Duration::from_secs(2);

/// Runs `f` until the responder's command queue takes it: a burst (500
/// registrations restored at start) fills the queue faster than the
/// responder thread drains it. Waits at most [`QUEUE_WAIT`].
fn queued<T>(mut f: impl FnMut() -> mdns_sd::Result<T>) -> Result<T, AdvertiseError> {
    let deadline = Instant::now() + QUEUE_WAIT;
    loop {
        match f() {
            Err(mdns_sd::Error::Again) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(1));
            }
            r => return r.map_err(responder),
        }
    }
}

impl MdnsSdAdvertiser {
    /// Starts a responder on UDP port `port` (5353 on a LAN) that uses only
    /// the interfaces named in `interfaces` (e.g. `["lo"]`).
    pub fn new(interfaces: &[String], port: u16) -> Result<MdnsSdAdvertiser, AdvertiseError> {
        let daemon = ServiceDaemon::new_with_port(port).map_err(responder)?;
        daemon.disable_interface(IfKind::All).map_err(responder)?;
        let kinds: Vec<IfKind> = interfaces.iter().map(|n| IfKind::Name(n.clone())).collect();
        if !kinds.is_empty() {
            daemon.enable_interface(kinds).map_err(responder)?;
        }
        // Service names such as `_threshold-pair` are 14 bytes: within the
        // RFC 6763 limit of 15 that mdns-sd enforces by default.
        let events = daemon.monitor().map_err(responder)?;
        Ok(MdnsSdAdvertiser {
            daemon,
            published: BTreeMap::new(),
            withdrawn: BTreeMap::new(),
            events: Some(events),
            stopped: false,
        })
    }

    /// The responder's own reports (conflict renames, address changes);
    /// the first call takes the receiver, later calls return `None`.
    pub fn take_events(&mut self) -> Option<impl Iterator<Item = ResponderEvent> + Send> {
        let rx = self.events.take()?;
        Some(rx.into_iter().filter_map(ResponderEvent::from_daemon))
    }

    /// How often the responder checks the host's addresses (records
    /// without explicit addresses are re-announced on a change).
    pub fn set_address_check_interval(&self, secs: u32) -> Result<(), AdvertiseError> {
        self.daemon.set_ip_check_interval(secs).map_err(responder)
    }

    /// The full names currently published.
    pub fn published_names(&self) -> Vec<String> {
        self.published.values().cloned().collect()
    }

    fn info(service: &ServiceInstance) -> Result<ServiceInfo, AdvertiseError> {
        let ty_domain = format!("{}.local.", service.service_type);
        let host = format!("{}.local.", service.host.name);
        let txt: Vec<TxtProperty> = service
            .txt
            .iter()
            .map(|(k, v)| TxtProperty::from((k.as_str(), v.as_slice())))
            .collect();
        let mut info = ServiceInfo::new(
            &ty_domain,
            &service.instance,
            &host,
            service.host.addresses.as_slice(),
            service.port,
            txt,
        )
        .map_err(responder)?;
        for sub in &service.subtypes {
            info.add_subtype(sub).map_err(responder)?;
        }
        Ok(if service.host.addresses.is_empty() {
            info.enable_addr_auto()
        } else {
            info
        })
    }
}

impl Advertiser for MdnsSdAdvertiser {
    fn publish(&mut self, service: &ServiceInstance) -> Result<(), AdvertiseError> {
        if self.stopped {
            return Err(AdvertiseError::Responder("stopped".into()));
        }
        service.validate()?;
        let mut info = Self::info(service)?;
        let key = service.key();
        let fullname = info.get_fullname().to_owned();
        let lower = fullname.to_lowercase();
        let now = Instant::now();
        self.withdrawn
            .retain(|_, t| now.duration_since(*t) < RECENT_GOODBYE);
        let mut ours = self.withdrawn.remove(&lower).is_some();
        // Published again under the same name: registering replaces it, and
        // the responder sends goodbyes for subtypes it no longer has. The
        // same key under another name (a non-ASCII case change): goodbye
        // for the old name.
        if let Some(old) = self.published.get(&key) {
            if old.eq_ignore_ascii_case(&fullname) {
                ours = true;
            } else {
                queued(|| self.daemon.unregister(old))?;
            }
        }
        if ours {
            info.set_requires_probe(false);
        }
        queued(|| self.daemon.register(info.clone()))?;
        self.published.insert(key, fullname);
        Ok(())
    }

    fn withdraw(&mut self, key: &InstanceKey) -> Result<(), AdvertiseError> {
        if self.stopped {
            return Err(AdvertiseError::Responder("stopped".into()));
        }
        if let Some(name) = self.published.remove(key) {
            self.withdrawn.insert(name.to_lowercase(), Instant::now());
            // The goodbye is sent by the responder thread right away; the
            // status receiver is not needed.
            queued(|| self.daemon.unregister(&name))?;
        }
        Ok(())
    }

    fn shutdown(&mut self) -> Result<(), AdvertiseError> {
        if self.stopped {
            return Ok(());
        }
        self.stopped = true;
        let mut pending = Vec::new();
        for name in std::mem::take(&mut self.published).into_values() {
            pending.push(queued(|| self.daemon.unregister(&name))?);
        }
        for rx in pending {
            // Answered once the goodbye went out; a timeout still stops.
            let _ = rx.recv_timeout(GOODBYE_WAIT);
        }
        let status = self.daemon.shutdown().map_err(responder)?;
        let _ = status.recv_timeout(GOODBYE_WAIT);
        Ok(())
    }
}

impl Drop for MdnsSdAdvertiser {
    fn drop(&mut self) {
        if !self.stopped {
            let _ = self.shutdown();
        }
    }
}
