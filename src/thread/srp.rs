//! The hub's SRP server (OpenThread's), read into the core's terms.
//!
//! For the life of each OpenThread session, `drive` enables the SRP
//! server with its update handler, answers every update (OpenThread commits
//! it: the server's table is only a *holding* area, nothing of it reaches
//! the LAN from here), and after each change publishes the table as
//! [`SrpHost`]s on a watch channel ([`super::ThreadHandle::subscribe_srp`]).
//! Which hosts reach the LAN is the core's decision
//! ([`crate::commissioning::srp`]); the daemon feeds it the table and hands
//! its `Srp` events to the mDNS publisher.
//!
//! Why every update is accepted: a refusal would make the client retry
//! forever and would lose the registration the hub needs to list as
//! pending for an owner to bind; holding it costs one table entry
//! (OpenThread bounds the table by its heap) and reaches nobody on the LAN.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::net::Ipv6Addr;
use std::time::Duration;

use openthread::OpenThread;
use tokio::sync::watch;

use super::ffi::{self, RawSrpHost};
use crate::commissioning::srp::{host_label, SrpHost, SrpService};

/// The sending end of the SRP table channel.
pub type SrpSender = watch::Sender<Vec<SrpHost>>;

/// How often the table is read without an update (lease expiry is not
/// reported by an update).
const REREAD: Duration = Duration::from_secs(5);
/// How soon the table is read again after an update was answered
/// (OpenThread commits it from a tasklet: `ProcessCompletedUpdates`).
const COMMITTED: Duration = Duration::from_millis(10);

/// Keeps the SRP server enabled and its table published on `out` for the
/// life of one OpenThread session (never returns). `changes` moves on
/// every OpenThread state change (the server runs once attached).
pub(crate) async fn drive(ot: &OpenThread<'_>, out: &SrpSender, mut changes: watch::Receiver<u64>) {
    // Updates of an earlier instance mean nothing to this one.
    let _ = ffi::take_srp_updates();
    ffi::srp_server_enable(ot);
    let mut running = false;
    // Host -> (remaining lease ms at the last read, renewals).
    let mut leases: HashMap<String, (u32, u32)> = HashMap::new();
    loop {
        let mut answered = false;
        for id in ffi::take_srp_updates() {
            ffi::srp_answer(ot, id, true);
            answered = true;
        }
        let now_running = ffi::srp_server_running(ot);
        if now_running != running {
            running = now_running;
            tracing::info!(running, "thread: SRP server");
        }
        let raw = ffi::srp_hosts(ot);
        let mut seen = HashMap::new();
        let hosts: Vec<SrpHost> = raw
            .into_iter()
            .map(|h| {
                let name = host_label(&h.full_name);
                let (before, mut renewals) = leases.get(&name).copied().unwrap_or((u32::MAX, 0));
                // The remaining lease only goes down between renewals.
                if before != u32::MAX && h.remaining_lease_ms > before.saturating_add(1000) {
                    renewals = renewals.wrapping_add(1);
                }
                seen.insert(name, (h.remaining_lease_ms, renewals));
                host(h, renewals)
            })
            .collect();
        leases = seen;
        out.send_if_modified(|t| {
            if *t == hosts {
                false
            } else {
                *t = hosts;
                true
            }
        });
        tokio::select! {
            _ = ffi::srp_update() => {}
            r = changes.changed() => {
                if r.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            // OpenThread commits an answered update from a tasklet, after
            // this read: read again once it has run, not a REREAD later.
            _ = tokio::time::sleep(if answered { COMMITTED } else { REREAD }) => {}
        }
    }
}

fn is_link_local(a: &Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80
}

/// `_x._udp.default.service.arpa.` -> `_x._udp`.
fn service_type(full: &str) -> String {
    full.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// DNS TXT wire data (length-prefixed strings) -> `key=value` pairs; a
/// string without `=` is a key with an empty value; a truncated string
/// ends the list.
pub fn parse_txt(data: &[u8]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = data;
    while let Some((&len, tail)) = rest.split_first() {
        let len = usize::from(len);
        if len > tail.len() {
            break;
        }
        let (entry, next) = tail.split_at(len);
        rest = next;
        if entry.is_empty() {
            continue;
        }
        let text = String::from_utf8_lossy(entry);
        match text.split_once('=') {
            Some((k, v)) => out.push((k.to_owned(), v.to_owned())),
            None => out.push((text.into_owned(), String::new())),
        }
    }
    out
}

fn host(h: RawSrpHost, renewals: u32) -> SrpHost {
    SrpHost {
        name: host_label(&h.full_name),
        addresses: h
            .addresses
            .into_iter()
            .filter(|a| !is_link_local(a))
            .collect(),
        services: h
            .services
            .into_iter()
            .map(|s| SrpService {
                instance: s.instance,
                service_type: service_type(&s.service_name),
                port: s.port,
                txt: parse_txt(&s.txt),
            })
            .collect(),
        lease_secs: u64::from(h.lease_ms / 1000),
        renewals,
        key: h
            .key
            .map(|k| hex::encode(ring::digest::digest(&ring::digest::SHA256, &k))),
    }
}

/// The shortest lease a published SRP service gets on the LAN.
const MIN_PUBLISH_LEASE: Duration = Duration::from_secs(60);

/// Feeds each new SRP table to the core ([`Commissioner::srp_hosts`]) until
/// the Thread service or the core stops. Run by the daemon.
///
/// [`Commissioner::srp_hosts`]: crate::commissioning::Commissioner::srp_hosts
pub async fn feed_core(
    mut table: watch::Receiver<Vec<SrpHost>>,
    core: crate::core_driver::CoreHandle,
) {
    loop {
        let hosts = table.borrow_and_update().clone();
        if core
            .call(move |c, now| c.srp_hosts(now, hosts))
            .await
            .is_err()
        {
            return;
        }
        if table.changed().await.is_err() {
            return;
        }
    }
}

/// Carries out the core's `Srp` events, in order, on the mDNS publisher:
/// the device's registered set becomes the host's services (an empty set
/// withdraws them), under the SRP host's name and addresses. The publisher
/// refuses a device that is not admitted at `full` (a second check of the
/// core's rule). Run by the daemon until `changes` closes.
pub async fn publish_changes(
    mut changes: tokio::sync::mpsc::UnboundedReceiver<crate::commissioning::srp::SrpPublish>,
    mdns: crate::mdns::driver::MdnsHandle,
) {
    while let Some(p) = changes.recv().await {
        let services: Vec<crate::mdns::state::Registration> = p
            .services
            .into_iter()
            .map(|s| crate::mdns::state::Registration {
                instance: s.instance,
                service_type: s.service_type,
                subtypes: Vec::new(),
                port: s.port,
                txt: s.txt,
            })
            .collect();
        let host = crate::mdns::HostRecord {
            name: p.host.clone(),
            addresses: p.addresses,
        };
        let n = services.len();
        let lease = p.lease.max(MIN_PUBLISH_LEASE);
        match mdns
            .register(p.device.as_str(), host, services, lease)
            .await
        {
            Ok(_) => {
                tracing::info!(device = %p.device, host = %p.host, services = n, "thread: SRP services published")
            }
            Err(e) => {
                tracing::warn!(device = %p.device, host = %p.host, error = %e, "thread: SRP services not published")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn txt_and_names_are_read() {
        assert_eq!(
            parse_txt(b"\x07md=Lamp\x02fw\x00\x09"),
            vec![
                ("md".to_owned(), "Lamp".to_owned()),
                ("fw".to_owned(), String::new())
            ]
        );
        assert_eq!(
            service_type("_thlamp._udp.default.service.arpa."),
            "_thlamp._udp"
        );
        let h = host(
            RawSrpHost {
                full_name: "Node1.default.service.arpa.".into(),
                addresses: vec!["fe80::1".parse().unwrap(), "fd00::2".parse().unwrap()],
                lease_ms: 7_200_000,
                remaining_lease_ms: 7_199_500,
                services: vec![],
                key: Some([7; 64]),
            },
            2,
        );
        assert_eq!(h.name, "node1");
        assert_eq!(h.addresses, vec!["fd00::2".parse::<Ipv6Addr>().unwrap()]);
        assert_eq!((h.lease_secs, h.renewals), (7200, 2));
        // The key is known by its SHA-256.
        let want = hex::encode(ring::digest::digest(&ring::digest::SHA256, &[7; 64]));
        assert_eq!(h.key.as_deref(), Some(want.as_str()));
    }
}
