//! mDNS / DNS-SD advertising: the hub's own services, its pairing service
//! while a commissioning window is open, and the services that admitted
//! devices register through the hub (an advertising proxy).
//!
//! # Layers
//!
//! * [`Advertiser`] is the publisher seam: publish (or replace) and
//!   withdraw one DNS-SD service instance with its host record. Two
//!   implementations: [`MdnsSdAdvertiser`] over the `mdns-sd` crate (the
//!   real responder, restricted to the configured interfaces) and
//!   [`Recorder`], which records every call for unit tests of the event
//!   flow. Any other producer of records (the Thread work: `_meshcop._udp`,
//!   SRP registrations) feeds the same trait.
//! * [`state::AdvertisingState`] is sans-IO: it maps the core's
//!   `Advertise`/`Withdraw` events and the devices' registrations to the
//!   set of instances that must be published, resolves name conflicts
//!   between our own instances by renaming (`Name (2)`), expires
//!   registration leases on the virtual clock it is fed, and yields
//!   [`state::Action`]s. It never touches a socket or reads a clock.
//! * [`driver`] is the tokio task that applies those actions to an
//!   [`Advertiser`], owned by the daemon.
//!
//! # Invariants
//!
//! * An instance is identified by its [`InstanceKey`] (instance name +
//!   service type, compared case-insensitively as DNS does). Publishing a
//!   key that is already published replaces its records (no goodbye for
//!   the old ones unless the host or port changed, which the responder
//!   handles as a new announcement).
//! * [`Advertiser::withdraw`] sends a goodbye (TTL 0) for the instance's
//!   PTR/SRV/TXT records, so browsers drop it at once rather than at TTL
//!   expiry. [`Advertiser::shutdown`] withdraws everything still published.
//! * Every [`ServiceInstance`] handed to an advertiser has passed
//!   [`ServiceInstance::validate`]: labels within DNS limits, TXT within
//!   RFC 6763 limits. Advertisers may rely on it.
//! * Nothing is published for a device that is not admitted at `full`
//!   scope: that rule lives in [`state::AdvertisingState`], which only
//!   publishes a device's registrations between its `Advertise` and its
//!   `Withdraw` event.
#![forbid(unsafe_code)]

use std::net::IpAddr;

use crate::names::{is_host_label, is_instance_name, MAX_LABEL};

pub mod driver;
mod mdns_sd_advertiser;
pub mod persist;
mod recorder;
pub mod state;
pub mod svc;

pub use mdns_sd_advertiser::{MdnsSdAdvertiser, NameChange, ResponderEvent};
pub use recorder::{Call, Recorder};

/// The DNS-SD service type of the hub's controller API.
pub const HUB_SERVICE_TYPE: &str = "_threshold._tcp";
/// The DNS-SD service type of the pairing service (CoAP over TLS).
pub const PAIRING_SERVICE_TYPE: &str = "_threshold-pair._tcp";
/// The controller API version advertised in the hub's TXT (`api`).
pub const API_VERSION: &str = "1";
/// The longest service name inside a service type, without its leading
/// `_` (RFC 6763 section 7.2: 15 characters).
pub const MAX_SERVICE_NAME: usize = 15;
/// The longest single TXT string, `key=value` (RFC 6763 section 6.1).
pub const MAX_TXT_ENTRY: usize = 255;
/// TXT pairs from text `(key, value)` pairs (each value as its UTF-8 bytes).
pub fn text_txt<K: Into<String>, V: Into<String>>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> Vec<(String, Vec<u8>)> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.into(), v.into().into_bytes()))
        .collect()
}

/// The largest TXT record we publish, all strings with their length bytes
/// (RFC 6763 section 6.2 recommends staying under 1300 bytes; we are
/// stricter so one instance fits one packet with its SRV and addresses).
pub const MAX_TXT_TOTAL: usize = 1300;
/// The longest TXT key (RFC 6763 section 6.4 recommends 9).
pub const MAX_TXT_KEY: usize = 9;

/// The name of a DNS-SD service instance: `<instance>.<service_type>.local.`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstanceKey {
    /// Instance name, lower-cased (DNS compares names case-insensitively).
    instance: String,
    /// Service type (`_x._tcp`), lower-cased.
    service_type: String,
}

impl InstanceKey {
    /// The key of `instance` of `service_type`.
    pub fn new(instance: &str, service_type: &str) -> InstanceKey {
        InstanceKey {
            instance: instance.to_lowercase(),
            service_type: service_type.to_lowercase(),
        }
    }

    /// The instance name (lower case).
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// The service type (lower case).
    pub fn service_type(&self) -> &str {
        &self.service_type
    }
}

impl std::fmt::Display for InstanceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.local.", self.instance, self.service_type)
    }
}

/// The host an instance's SRV record points at, and its addresses (A/AAAA).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostRecord {
    /// Host label, without `.local.` (`threshold-hub`, a device's
    /// `dev-1a2b3c4d`).
    pub name: String,
    /// Its addresses. Empty means "this host's own addresses on the
    /// advertised interfaces, kept current as they change" (the hub's own
    /// services); a proxied host always lists its addresses.
    pub addresses: Vec<IpAddr>,
}

/// One DNS-SD service instance with everything needed to publish it:
/// PTR (type and subtypes), SRV, TXT and the host's A/AAAA records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceInstance {
    /// Instance name (one DNS label, UTF-8, may contain spaces and dots).
    pub instance: String,
    /// Service type, `_name._tcp` or `_name._udp`, without `.local.`.
    pub service_type: String,
    /// Subtypes, each `_label`, without the service type.
    pub subtypes: Vec<String>,
    /// Port of the SRV record.
    pub port: u16,
    /// TXT strings, `key=value`, in order. Keys are unique
    /// (case-insensitive) printable ASCII; values are raw bytes (RFC 6763
    /// section 6.5: binary values are allowed, e.g. the `_meshcop._udp`
    /// keys `xp`, `sb`, `id`). Text values convert with `.into()`.
    pub txt: Vec<(String, Vec<u8>)>,
    /// The SRV target.
    pub host: HostRecord,
}

/// Why a [`ServiceInstance`] cannot be published.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidService {
    /// The instance name is empty, longer than 63 bytes, or holds a
    /// control character.
    #[error("instance name must be 1..=63 bytes without control characters")]
    InstanceName,
    /// The service type is not `_name._tcp` / `_name._udp` with a name of
    /// 1..=15 letters, digits and hyphens (RFC 6335).
    #[error("service type must be _name._tcp or _name._udp (name 1..=15 of a-z, 0-9, '-')")]
    ServiceType,
    /// A subtype is not `_label` with a label of 1..=62 printable ASCII
    /// bytes without '.'.
    #[error("subtype {0:?} must be _label (1..=62 printable ASCII bytes, no '.')")]
    Subtype(String),
    /// Two subtypes are equal.
    #[error("subtype {0:?} is listed twice")]
    DuplicateSubtype(String),
    /// Port 0.
    #[error("port must not be 0")]
    Port,
    /// A TXT key is empty, too long, not printable ASCII, or holds '='.
    #[error("TXT key {0:?} must be 1..=9 printable ASCII bytes without '='")]
    TxtKey(String),
    /// Two TXT keys are equal (case-insensitive).
    #[error("TXT key {0:?} is listed twice")]
    DuplicateTxtKey(String),
    /// One `key=value` string is longer than 255 bytes.
    #[error("TXT entry {0:?} is longer than 255 bytes")]
    TxtEntry(String),
    /// The TXT record is larger than [`MAX_TXT_TOTAL`].
    #[error("TXT record is {0} bytes, more than 1300")]
    TxtTotal(usize),
    /// The host label is not 1..=63 of letters, digits and hyphens.
    #[error("host name must be 1..=63 of a-z, A-Z, 0-9 and '-', not starting or ending with '-'")]
    HostName,
    /// An address cannot be advertised (unspecified, multicast).
    #[error("address {0} cannot be advertised")]
    Address(IpAddr),
}

/// `true` if `s` is `_name._tcp` or `_name._udp` with an RFC 6335 service
/// name (1..=15 of lower-case letters, digits and `-`, at least one letter,
/// no leading, trailing or doubled `-`).
pub fn is_service_type(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('_') else {
        return false;
    };
    let Some((name, proto)) = rest.split_once('.') else {
        return false;
    };
    (proto == "_tcp" || proto == "_udp")
        && !name.is_empty()
        && name.len() <= MAX_SERVICE_NAME
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && name.bytes().any(|b| b.is_ascii_lowercase())
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
}

impl ServiceInstance {
    /// Its key.
    pub fn key(&self) -> InstanceKey {
        InstanceKey::new(&self.instance, &self.service_type)
    }

    /// Size of the TXT record on the wire (each string with its length
    /// byte; an empty TXT is one empty string).
    pub fn txt_wire_len(&self) -> usize {
        if self.txt.is_empty() {
            return 1;
        }
        self.txt
            .iter()
            .map(|(k, v)| 1 + k.len() + 1 + v.len())
            .sum()
    }

    /// Checks every limit the module documents; the first breach is
    /// returned.
    pub fn validate(&self) -> Result<(), InvalidService> {
        if !is_instance_name(&self.instance) {
            return Err(InvalidService::InstanceName);
        }
        if !is_service_type(&self.service_type) {
            return Err(InvalidService::ServiceType);
        }
        for (i, sub) in self.subtypes.iter().enumerate() {
            let ok = sub.len() >= 2
                && sub.len() <= MAX_LABEL
                && sub.starts_with('_')
                && sub.bytes().all(|b| (0x21..0x7f).contains(&b) && b != b'.');
            if !ok {
                return Err(InvalidService::Subtype(sub.clone()));
            }
            if self.subtypes[..i]
                .iter()
                .any(|s| s.eq_ignore_ascii_case(sub))
            {
                return Err(InvalidService::DuplicateSubtype(sub.clone()));
            }
        }
        if self.port == 0 {
            return Err(InvalidService::Port);
        }
        for (i, (k, v)) in self.txt.iter().enumerate() {
            let ok = !k.is_empty()
                && k.len() <= MAX_TXT_KEY
                && k.bytes().all(|b| (0x20..0x7f).contains(&b) && b != b'=');
            if !ok {
                return Err(InvalidService::TxtKey(k.clone()));
            }
            if self.txt[..i].iter().any(|(o, _)| o.eq_ignore_ascii_case(k)) {
                return Err(InvalidService::DuplicateTxtKey(k.clone()));
            }
            if k.len() + 1 + v.len() > MAX_TXT_ENTRY {
                return Err(InvalidService::TxtEntry(k.clone()));
            }
        }
        let total = self.txt_wire_len();
        if total > MAX_TXT_TOTAL {
            return Err(InvalidService::TxtTotal(total));
        }
        if !is_host_label(&self.host.name) {
            return Err(InvalidService::HostName);
        }
        if let Some(a) = self
            .host
            .addresses
            .iter()
            .find(|a| a.is_unspecified() || a.is_multicast())
        {
            return Err(InvalidService::Address(*a));
        }
        Ok(())
    }
}

/// Why an [`Advertiser`] call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AdvertiseError {
    /// The instance breaks a limit.
    #[error("invalid service instance: {0}")]
    Invalid(#[from] InvalidService),
    /// The responder refused it or has stopped.
    #[error("mDNS responder: {0}")]
    Responder(String),
}

/// The publisher seam: whatever advertises DNS-SD records on the LAN.
///
/// Calls are cheap and never block on the network (the responder does its
/// probing and announcing on its own thread). Call order per instance:
/// `publish` (any number of times: each replaces the records), then
/// `withdraw`; `shutdown` once, last.
pub trait Advertiser: Send {
    /// Publishes `service`, or replaces the records of the instance with the
    /// same [`ServiceInstance::key`].
    fn publish(&mut self, service: &ServiceInstance) -> Result<(), AdvertiseError>;

    /// Withdraws the instance with a goodbye. Withdrawing an instance that
    /// is not published is not an error.
    fn withdraw(&mut self, key: &InstanceKey) -> Result<(), AdvertiseError>;

    /// Withdraws everything still published (goodbyes sent before it
    /// returns, as far as the responder reports it) and stops.
    fn shutdown(&mut self) -> Result<(), AdvertiseError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc() -> ServiceInstance {
        ServiceInstance {
            instance: "Kitchen Light".into(),
            service_type: "_hap._tcp".into(),
            subtypes: vec!["_light".into()],
            port: 8080,
            txt: vec![("id".into(), "1".into())],
            host: HostRecord {
                name: "dev-1a2b".into(),
                addresses: vec!["10.0.0.2".parse().unwrap()],
            },
        }
    }

    #[test]
    fn valid_instance_passes() {
        assert_eq!(svc().validate(), Ok(()));
        assert_eq!(svc().key(), InstanceKey::new("kitchen light", "_HAP._tcp"));
    }

    #[test]
    fn each_limit_is_enforced() {
        type Mutation = Box<dyn Fn(&mut ServiceInstance)>;
        let cases: Vec<(Mutation, InvalidService)> = vec![
            (
                Box::new(|s| s.instance = String::new()),
                InvalidService::InstanceName,
            ),
            (
                Box::new(|s| s.instance = "x".repeat(64)),
                InvalidService::InstanceName,
            ),
            (
                Box::new(|s| s.instance = "a\nb".into()),
                InvalidService::InstanceName,
            ),
            (
                Box::new(|s| s.service_type = "_hap._sctp".into()),
                InvalidService::ServiceType,
            ),
            (
                Box::new(|s| s.service_type = "hap._tcp".into()),
                InvalidService::ServiceType,
            ),
            (
                Box::new(|s| s.service_type = "_abcdefghijklmnop._tcp".into()),
                InvalidService::ServiceType,
            ),
            (
                Box::new(|s| s.service_type = "_a--b._tcp".into()),
                InvalidService::ServiceType,
            ),
            (
                Box::new(|s| s.service_type = "_123._tcp".into()),
                InvalidService::ServiceType,
            ),
            (
                Box::new(|s| s.subtypes = vec!["light".into()]),
                InvalidService::Subtype("light".into()),
            ),
            (
                Box::new(|s| s.subtypes = vec!["_a.b".into()]),
                InvalidService::Subtype("_a.b".into()),
            ),
            (
                Box::new(|s| s.subtypes = vec!["_x".into(), "_X".into()]),
                InvalidService::DuplicateSubtype("_X".into()),
            ),
            (Box::new(|s| s.port = 0), InvalidService::Port),
            (
                Box::new(|s| s.txt = vec![("".into(), "v".into())]),
                InvalidService::TxtKey("".into()),
            ),
            (
                Box::new(|s| s.txt = vec![("a=b".into(), "v".into())]),
                InvalidService::TxtKey("a=b".into()),
            ),
            (
                Box::new(|s| s.txt = vec![("toolongkey".into(), "v".into())]),
                InvalidService::TxtKey("toolongkey".into()),
            ),
            (
                Box::new(|s| s.txt = vec![("a".into(), "1".into()), ("A".into(), "2".into())]),
                InvalidService::DuplicateTxtKey("A".into()),
            ),
            (
                Box::new(|s| s.txt = vec![("a".into(), "v".repeat(254).into())]),
                InvalidService::TxtEntry("a".into()),
            ),
            (
                Box::new(|s| {
                    s.txt = (0..6)
                        .map(|i| (format!("k{i}"), "v".repeat(250).into()))
                        .collect()
                }),
                InvalidService::TxtTotal(6 * 254),
            ),
            (
                Box::new(|s| s.host.name = "-x".into()),
                InvalidService::HostName,
            ),
            (
                Box::new(|s| s.host.name = "a.b".into()),
                InvalidService::HostName,
            ),
            (
                Box::new(|s| s.host.addresses = vec!["0.0.0.0".parse().unwrap()]),
                InvalidService::Address("0.0.0.0".parse().unwrap()),
            ),
            (
                Box::new(|s| s.host.addresses = vec!["ff02::fb".parse().unwrap()]),
                InvalidService::Address("ff02::fb".parse().unwrap()),
            ),
        ];
        for (i, (mutate, want)) in cases.into_iter().enumerate() {
            let mut s = svc();
            mutate(&mut s);
            assert_eq!(s.validate(), Err(want), "case {i}");
        }
    }

    #[test]
    fn txt_at_the_limits_is_accepted() {
        let mut s = svc();
        s.txt = vec![("a".into(), "v".repeat(253).into())];
        assert_eq!(s.validate(), Ok(()));
        s.txt = (0..5)
            .map(|i| (format!("k{i}"), "v".repeat(255 - 3).into()))
            .collect();
        assert_eq!(s.txt_wire_len(), 5 * 256);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn binary_txt_values_are_measured_in_bytes() {
        let mut s = svc();
        // Not UTF-8, with a NUL and '=': a value may hold any byte.
        s.txt = vec![
            ("sb".into(), vec![0, 0, 0x06, 0xff]),
            ("xp".into(), b"=\x80".to_vec()),
        ];
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.txt_wire_len(), (1 + 3 + 4) + (1 + 3 + 2));
        s.txt = vec![("id".into(), vec![0xff; 253])];
        assert_eq!(s.validate(), Err(InvalidService::TxtEntry("id".into())));
        s.txt = vec![("id".into(), vec![0xff; 252])];
        assert_eq!(s.validate(), Ok(()));
    }
}
