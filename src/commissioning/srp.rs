//! SRP registrations of Thread devices: which of them reach the LAN
//! (docs/thread.md, "SRP server and advertising proxy").
//!
//! The hub's SRP server (OpenThread's, driven by `thread::srp`) accepts
//! every well-formed registration into its own table; nothing of it reaches
//! the LAN unless this book says so. The rule:
//!
//! * a registration belongs to a device only through a **binding** of its
//!   SRP host name to the device's id, made by an owner or admin
//!   ([`crate::commissioning::Commissioner::srp_bind`], audited) or told by
//!   the device itself when it pairs
//!   ([`crate::commissioning::Commissioner::srp_claim`]). OpenThread's
//!   SRP server ties a host name to the first key that registered it
//!   (first come, first served, kept for the key lease), so the binding
//!   names the key that holds the name;
//! * a bound host is **published** (through the mDNS publisher, under the
//!   device) only while its device is admitted at `full` scope; a
//!   quarantined, removed or revoked device's services are withdrawn by
//!   the device's own `Withdraw` event, as for `/svc`;
//! * an unbound host is **pending**: held, never published, audited once
//!   per host name ([`PENDING_AUDITS_PER_MINUTE`] at most: a flood of names
//!   cannot flood the log; one over the budget is audited later).
//!
//! Call order (through the [`crate::commissioning::Commissioner`]):
//! `srp_hosts` with each snapshot of the SRP server's table, `srp_bind` on
//! a user's binding, `srp_claim` when a pairing device tells its host; the
//! core re-evaluates after each of them and after a device's state changed,
//! and yields `Event::Srp` ([`SrpPublish`]) for what must change on the LAN.
#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::net::{IpAddr, Ipv6Addr};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::commissioning::ids::DeviceId;
use crate::commissioning::policy::MAX_SERVICES_PER_DEVICE;

/// How many pending hosts are audited per minute at most.
pub const PENDING_AUDITS_PER_MINUTE: usize = 10;

/// One service of an SRP host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SrpService {
    /// Instance name (`Lamp`).
    pub instance: String,
    /// Service type (`_thlamp._udp`), without the domain.
    pub service_type: String,
    /// Port.
    pub port: u16,
    /// TXT `key=value` pairs.
    pub txt: Vec<(String, String)>,
}

/// One host of the SRP server's table (what the Thread service reads).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SrpHost {
    /// Host label (`node-1`), lower case, without the SRP domain.
    pub name: String,
    /// Its addresses as registered (link-local ones left out).
    pub addresses: Vec<Ipv6Addr>,
    /// Its live services.
    pub services: Vec<SrpService>,
    /// The lease granted, in seconds.
    pub lease_secs: u64,
    /// How many times the host renewed its lease since the Thread service
    /// started: a renewal publishes its services again (new lease).
    pub renewals: u32,
    /// Hex SHA-256 of its public key (the ECDSA P-256 key of its KEY
    /// record, which signed its updates); `None` if it could not be read.
    #[serde(default)]
    pub key: Option<String>,
}

/// A change for the mDNS publisher: publish `services` for `device` under
/// `host` (an empty list withdraws them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SrpPublish {
    /// The device the host is bound to.
    pub device: DeviceId,
    /// Host label.
    pub host: String,
    /// Its addresses.
    pub addresses: Vec<IpAddr>,
    /// The services (empty: withdraw).
    pub services: Vec<SrpService>,
    /// How long to publish them (the SRP lease granted; a renewal
    /// publishes them again).
    pub lease: Duration,
}

/// A registration as `thread status` and the API show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SrpRegistration {
    /// Host label.
    pub host: String,
    /// The device it is bound to, if any.
    pub device: Option<String>,
    /// `published` (bound, device at `full`), `held` (bound, device not at
    /// `full`), `refused` (bound, device at `full`, but registered with
    /// another key than the one pinned for the binding, or more services
    /// than one device may have on the LAN) or `pending` (bound to no
    /// device).
    pub state: String,
    /// Its services, `instance.type`.
    pub services: Vec<String>,
    /// Its addresses.
    pub addresses: Vec<Ipv6Addr>,
}

/// What was last handed to the publisher for a host.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Published {
    device: DeviceId,
    renewals: u32,
    addresses: Vec<Ipv6Addr>,
    services: Vec<SrpService>,
}

/// The SRP side of the core: bindings, the last table, what is published.
#[derive(Debug, Default)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct SrpBook {
    /// Host label (lower case) -> device.
    bindings: BTreeMap<String, DeviceId>,
    /// The SRP server's table, last snapshot, by host label.
    hosts: BTreeMap<String, SrpHost>,
    published: BTreeMap<String, Published>,
    audited: BTreeSet<String>,
    /// Host label -> the key (hex SHA-256) pinned for its binding: the key
    /// of the first registration published under it.
    pins: BTreeMap<String, String>,
    /// Hosts refused, with what was audited about them (a new reason,
    /// service count or key is audited again).
    refused: BTreeMap<String, String>,
    /// When the recent pending audits were written (rate limit).
    recent_audits: VecDeque<Instant>,
}

/// A bound host refused, to audit: `reason` is `too_many_services` or
/// `key_mismatch` (`key`: the key it registered with).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RefusedAudit {
    pub(crate) host: String,
    pub(crate) device: DeviceId,
    pub(crate) services: Vec<String>,
    pub(crate) reason: &'static str,
    pub(crate) key: Option<String>,
}

/// What [`SrpBook::evaluate`] found.
#[derive(Debug, Default)]
pub(crate) struct SrpEvaluation {
    /// Changes for the mDNS publisher.
    pub(crate) changes: Vec<SrpPublish>,
    /// Pending hosts to audit now.
    pub(crate) pending: Vec<PendingAudit>,
    /// Hosts newly refused, to audit.
    pub(crate) refused: Vec<RefusedAudit>,
    /// Keys newly pinned, `(host, key)`, to persist.
    pub(crate) pins: Vec<(String, String)>,
}

/// A pending host to audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PendingAudit {
    pub(crate) host: String,
    pub(crate) services: Vec<String>,
}

/// The host label a user typed: lower case, without a trailing
/// `.default.service.arpa.` or `.local.`.
pub fn host_label(s: &str) -> String {
    let s = s.trim().trim_end_matches('.').to_lowercase();
    s.split('.').next().unwrap_or_default().to_owned()
}

fn names(services: &[SrpService]) -> Vec<String> {
    services
        .iter()
        .map(|s| format!("{}.{}", s.instance, s.service_type))
        .collect()
}

impl SrpBook {
    /// Replaces the table with a new snapshot.
    pub(crate) fn hosts(&mut self, hosts: Vec<SrpHost>) {
        self.hosts = hosts.into_iter().map(|h| (h.name.clone(), h)).collect();
        // A host that left the table may register again: audit it again then.
        let live: BTreeSet<String> = self.hosts.keys().cloned().collect();
        self.audited.retain(|h| live.contains(h));
    }

    /// Binds `host` to `device` (replacing an earlier binding of the host
    /// and its pinned key: a new binding trusts anew).
    pub(crate) fn bind(&mut self, host: &str, device: DeviceId) {
        let label = host_label(host);
        self.pins.remove(&label);
        self.bindings.insert(label, device);
    }

    /// Restores the key pinned for `host`'s binding (at a restart).
    pub(crate) fn pin(&mut self, host: &str, key: String) {
        self.pins.insert(host_label(host), key);
    }

    /// The device `host` is bound to.
    pub(crate) fn bound_to(&self, host: &str) -> Option<&DeviceId> {
        self.bindings.get(&host_label(host))
    }

    /// Forgets every binding to `device` (it was removed: pairing again
    /// makes a new device, bound anew).
    pub(crate) fn unbind_device(&mut self, device: &str) {
        let pins = &mut self.pins;
        self.bindings.retain(|host, d| {
            let keep = d.as_str() != device;
            if !keep {
                pins.remove(host);
            }
            keep
        });
    }

    /// Compares what should be published (bound hosts of devices for
    /// which `full` holds, registered with the key pinned for their
    /// binding, with at most [`MAX_SERVICES_PER_DEVICE`] services) with what
    /// was; returns the changes, the pending hosts to audit now, the hosts
    /// newly refused (once per host and reason, count or key) and the keys
    /// to pin (a bound host's first publication pins its key).
    pub(crate) fn evaluate(
        &mut self,
        now: Instant,
        full: impl Fn(&DeviceId) -> bool,
    ) -> SrpEvaluation {
        let mut out = SrpEvaluation::default();
        let mut over = BTreeMap::new();
        let mut want: BTreeMap<String, Published> = BTreeMap::new();
        for (name, h) in &self.hosts {
            let Some(d) = self.bindings.get(name) else {
                continue;
            };
            if !full(d) {
                continue;
            }
            let refusal = match self.pins.get(name) {
                Some(pin) if h.key.as_ref() != Some(pin) => Some((
                    "key_mismatch",
                    format!("key:{}", h.key.as_deref().unwrap_or("-")),
                )),
                _ if h.services.len() > MAX_SERVICES_PER_DEVICE => {
                    // All or nothing, as `/svc` does: which of them the
                    // device meant to drop is not the hub's guess.
                    Some(("too_many_services", format!("count:{}", h.services.len())))
                }
                _ => None,
            };
            if let Some((reason, mark)) = refusal {
                if self.refused.get(name) != Some(&mark) {
                    out.refused.push(RefusedAudit {
                        host: name.clone(),
                        device: d.clone(),
                        services: names(&h.services),
                        reason,
                        key: h.key.clone(),
                    });
                }
                over.insert(name.clone(), mark);
            } else if !h.services.is_empty() {
                if !self.pins.contains_key(name) {
                    if let Some(key) = &h.key {
                        out.pins.push((name.clone(), key.clone()));
                    }
                }
                want.insert(
                    name.clone(),
                    Published {
                        device: d.clone(),
                        renewals: h.renewals,
                        addresses: h.addresses.clone(),
                        services: h.services.clone(),
                    },
                );
            }
        }
        for (name, key) in &out.pins {
            self.pins.insert(name.clone(), key.clone());
        }
        let changes = &mut out.changes;
        for (name, p) in &want {
            if self.published.get(name) != Some(p) {
                let lease = self.hosts.get(name).map_or(0, |h| h.lease_secs);
                changes.push(SrpPublish {
                    device: p.device.clone(),
                    host: name.clone(),
                    addresses: p.addresses.iter().copied().map(IpAddr::V6).collect(),
                    services: p.services.clone(),
                    lease: Duration::from_secs(lease),
                });
            }
        }
        for (name, p) in &self.published {
            // A device no longer at `full` had its services withdrawn with
            // it (its `Withdraw` event); otherwise withdraw them here.
            if !want.contains_key(name) && full(&p.device) {
                changes.push(SrpPublish {
                    device: p.device.clone(),
                    host: name.clone(),
                    addresses: Vec::new(),
                    services: Vec::new(),
                    lease: Duration::ZERO,
                });
            }
        }
        self.published = want;
        self.refused = over;
        let audits = &mut out.pending;
        while self
            .recent_audits
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= Duration::from_secs(60))
        {
            self.recent_audits.pop_front();
        }
        for (name, h) in &self.hosts {
            if self.bindings.contains_key(name) || self.audited.contains(name) {
                continue;
            }
            if self.recent_audits.len() >= PENDING_AUDITS_PER_MINUTE {
                break;
            }
            self.recent_audits.push_back(now);
            self.audited.insert(name.clone());
            audits.push(PendingAudit {
                host: name.clone(),
                services: names(&h.services),
            });
        }
        out
    }

    /// Every registration, with its device and state.
    pub(crate) fn registrations(&self, full: impl Fn(&DeviceId) -> bool) -> Vec<SrpRegistration> {
        self.hosts
            .values()
            .map(|h| {
                let device = self.bindings.get(&h.name);
                let state = match device {
                    None => "pending",
                    Some(d) if full(d) && self.refused.contains_key(&h.name) => "refused",
                    Some(d) if full(d) => "published",
                    Some(_) => "held",
                };
                SrpRegistration {
                    host: h.name.clone(),
                    device: device.map(|d| d.as_str().to_owned()),
                    state: state.into(),
                    services: names(&h.services),
                    addresses: h.addresses.clone(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(name: &str) -> SrpHost {
        SrpHost {
            name: name.into(),
            addresses: vec!["fd00::1".parse().unwrap()],
            services: vec![SrpService {
                instance: "Lamp".into(),
                service_type: "_thlamp._udp".into(),
                port: 5683,
                txt: vec![],
            }],
            lease_secs: 7200,
            renewals: 0,
            key: Some("k1".into()),
        }
    }

    #[test]
    fn pending_until_bound_published_while_full_withdrawn_on_unbinding() {
        let now = Instant::now();
        let mut b = SrpBook::default();
        b.hosts(vec![host("node")]);
        let SrpEvaluation {
            changes: c,
            pending: a,
            ..
        } = b.evaluate(now, |_| true);
        assert!(c.is_empty());
        assert_eq!(a.len(), 1, "pending host audited");
        let SrpEvaluation { pending: a, .. } = b.evaluate(now, |_| true);
        assert!(a.is_empty(), "audited once per host");
        assert_eq!(b.registrations(|_| true)[0].state, "pending");

        b.bind("Node.default.service.arpa.", DeviceId::from("dev"));
        let SrpEvaluation { changes: c, .. } = b.evaluate(now, |_| false);
        assert!(c.is_empty(), "a device short of full: nothing published");
        assert_eq!(b.registrations(|_| false)[0].state, "held");
        let SrpEvaluation { changes: c, .. } = b.evaluate(now, |_| true);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].services.len(), 1);
        assert_eq!(c[0].lease, Duration::from_secs(7200));
        let SrpEvaluation { changes: c, .. } = b.evaluate(now, |_| true);
        assert!(c.is_empty(), "no change, nothing to do");

        b.unbind_device("dev");
        let SrpEvaluation {
            changes: c,
            pending: a,
            ..
        } = b.evaluate(now, |_| true);
        assert_eq!(c.len(), 1);
        assert!(c[0].services.is_empty(), "withdrawn");
        assert!(a.is_empty(), "already audited while it stays");
    }

    #[test]
    fn pending_audits_are_rate_limited_not_lost() {
        let now = Instant::now();
        let mut b = SrpBook::default();
        b.hosts((0..15).map(|i| host(&format!("h{i:02}"))).collect());
        let SrpEvaluation { pending: a, .. } = b.evaluate(now, |_| true);
        assert_eq!(a.len(), PENDING_AUDITS_PER_MINUTE);
        let SrpEvaluation { pending: a, .. } = b.evaluate(now + Duration::from_secs(30), |_| true);
        assert!(a.is_empty());
        let SrpEvaluation { pending: a, .. } = b.evaluate(now + Duration::from_secs(61), |_| true);
        assert_eq!(a.len(), 5);
    }

    fn with_services(name: &str, n: usize) -> SrpHost {
        let mut h = host(name);
        let one = h.services[0].clone();
        h.services = (0..n)
            .map(|i| SrpService {
                instance: format!("Lamp{i}"),
                ..one.clone()
            })
            .collect();
        h
    }

    #[test]
    fn a_host_over_the_service_cap_is_refused_whole_audited_once_per_count() {
        let now = Instant::now();
        let mut b = SrpBook::default();
        b.bind("node", DeviceId::from("dev"));
        b.hosts(vec![with_services("node", MAX_SERVICES_PER_DEVICE)]);
        let SrpEvaluation {
            changes: c,
            refused: r,
            ..
        } = b.evaluate(now, |_| true);
        assert_eq!(
            c[0].services.len(),
            MAX_SERVICES_PER_DEVICE,
            "at the cap: published"
        );
        assert!(r.is_empty());

        b.hosts(vec![with_services("node", MAX_SERVICES_PER_DEVICE + 1)]);
        let SrpEvaluation {
            changes: c,
            refused: r,
            ..
        } = b.evaluate(now, |_| true);
        assert_eq!(c.len(), 1);
        assert!(
            c[0].services.is_empty(),
            "over the cap: what was published is withdrawn"
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].device.as_str(), "dev");
        assert_eq!(r[0].services.len(), MAX_SERVICES_PER_DEVICE + 1);
        assert_eq!(b.registrations(|_| true)[0].state, "refused");
        let SrpEvaluation {
            changes: c,
            refused: r,
            ..
        } = b.evaluate(now, |_| true);
        assert!(c.is_empty() && r.is_empty(), "no change: no new audit");

        b.hosts(vec![with_services("node", MAX_SERVICES_PER_DEVICE + 2)]);
        let SrpEvaluation { refused: r, .. } = b.evaluate(now, |_| true);
        assert_eq!(r.len(), 1, "another count: audited again");

        // A device short of `full` is held, not refused.
        let SrpEvaluation { refused: r, .. } = b.evaluate(now, |_| false);
        assert!(r.is_empty());
        assert_eq!(b.registrations(|_| false)[0].state, "held");

        b.hosts(vec![with_services("node", 2)]);
        let SrpEvaluation {
            changes: c,
            refused: r,
            ..
        } = b.evaluate(now, |_| true);
        assert_eq!(c[0].services.len(), 2, "back under the cap: published");
        assert!(r.is_empty());
        assert_eq!(b.registrations(|_| true)[0].state, "published");
    }

    #[test]
    fn the_first_published_key_is_pinned_another_is_refused_a_new_binding_trusts_anew() {
        let now = Instant::now();
        let mut b = SrpBook::default();
        b.bind("node", DeviceId::from("dev"));
        b.hosts(vec![host("node")]);
        let e = b.evaluate(now, |_| true);
        assert_eq!(e.changes.len(), 1, "published");
        assert_eq!(
            e.pins,
            vec![("node".to_owned(), "k1".to_owned())],
            "its key pinned"
        );
        assert!(b.evaluate(now, |_| true).pins.is_empty(), "pinned once");

        // The same name under another key (another node, or the name taken
        // over after the hub restarted): withdrawn, refused, audited once.
        let mut impostor = host("node");
        impostor.key = Some("k2".into());
        b.hosts(vec![impostor.clone()]);
        let e = b.evaluate(now, |_| true);
        assert_eq!(e.changes.len(), 1);
        assert!(e.changes[0].services.is_empty(), "withdrawn");
        assert_eq!(e.refused.len(), 1);
        assert_eq!(e.refused[0].reason, "key_mismatch");
        assert_eq!(e.refused[0].key.as_deref(), Some("k2"));
        assert!(e.pins.is_empty(), "the pin stays");
        assert_eq!(b.registrations(|_| true)[0].state, "refused");
        assert!(b.evaluate(now, |_| true).refused.is_empty(), "audited once");
        // A host whose key could not be read is not the pinned one either.
        impostor.key = None;
        b.hosts(vec![impostor]);
        assert_eq!(b.evaluate(now, |_| true).refused.len(), 1);

        // The right key again: published.
        b.hosts(vec![host("node")]);
        let e = b.evaluate(now, |_| true);
        assert_eq!(e.changes[0].services.len(), 1);
        assert_eq!(b.registrations(|_| true)[0].state, "published");

        // A restart restores the pin; a new binding (pairing, an owner)
        // drops it: the next publication pins the key it sees.
        let mut r = SrpBook::default();
        r.bind("node", DeviceId::from("dev"));
        r.pin("node", "k1".into());
        let mut other = host("node");
        other.key = Some("k3".into());
        r.hosts(vec![other]);
        assert_eq!(
            r.evaluate(now, |_| true).refused.len(),
            1,
            "pinned across a restart"
        );
        r.bind("node", DeviceId::from("dev2"));
        let e = r.evaluate(now, |_| true);
        assert_eq!(e.changes[0].services.len(), 1, "rebound: trusted anew");
        assert_eq!(e.pins, vec![("node".to_owned(), "k3".to_owned())]);
        // Removing the device forgets its bindings and their pins.
        r.unbind_device("dev2");
        assert!(r.pins.is_empty());
    }

    #[test]
    fn host_labels_are_normalised() {
        assert_eq!(host_label("Node-1.default.service.arpa."), "node-1");
        assert_eq!(host_label("node-1"), "node-1");
        assert_eq!(host_label(" NODE.local "), "node");
    }
}
