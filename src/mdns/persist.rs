//! What the mDNS driver needs to keep across restarts, as a trait the
//! driver owns ([`ServiceStore`]), so that the driver depends on no
//! particular store and a test can give it any. The daemon's store, a
//! [`StoreHandle`], implements it here on the `mdns_services` table, whose
//! rows hold each device's [`DeviceServices`] as JSON: the store keeps the
//! body, this module says what it means.
//!
//! Every method is one durable step: it resolves once what it wrote is on
//! disk (or failed, changing nothing).
#![forbid(unsafe_code)]

use std::future::Future;
use std::pin::Pin;

use super::state::DeviceServices;
use crate::audit::AuditEvent;
use crate::commissioning::event::DeviceState;
use crate::commissioning::token::Scope;
use crate::commissioning::DeviceId;
use crate::store::{MdnsServicesRow, Store, StoreError, StoreHandle};
use crate::time::UnixMillis;

/// Why a [`ServiceStore`] step failed (the store's own error, kept as the
/// source).
#[derive(Debug, thiserror::Error)]
#[error("store: {0}")]
pub struct PersistError(#[source] pub Box<dyn std::error::Error + Send + Sync>);

/// The future of one [`ServiceStore`] step.
pub type PersistFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, PersistError>> + Send + 'a>>;

/// A known device as the driver needs it at start: which ones may have
/// their services restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownDevice {
    /// The device id.
    pub id: DeviceId,
    /// Its state.
    pub state: DeviceState,
    /// Its token scope, if it has one.
    pub scope: Option<Scope>,
}

/// A stored registration set with its lease end (wall time).
pub type StoredServices = (DeviceServices, UnixMillis);

/// Durable storage of device service registrations and of the driver's
/// audit records.
pub trait ServiceStore: Send + Sync + 'static {
    /// Every known device, and every stored registration set.
    fn load(&self) -> PersistFuture<'_, (Vec<KnownDevice>, Vec<StoredServices>)>;

    /// In one transaction: replaces `device`'s registrations with
    /// `services` (or deletes them when `None`) and appends `audit`
    /// stamped `now`.
    fn save(
        &self,
        device: String,
        services: Option<StoredServices>,
        now: UnixMillis,
        audit: Vec<AuditEvent>,
    ) -> PersistFuture<'_, ()>;

    /// Deletes the registrations of `devices` (missing ones are fine).
    fn delete(&self, devices: Vec<String>) -> PersistFuture<'_, ()>;

    /// Appends `events` to the audit log, stamped `now`.
    fn audit(&self, now: UnixMillis, events: Vec<AuditEvent>) -> PersistFuture<'_, ()>;
}

fn persist_err(e: impl std::error::Error + Send + Sync + 'static) -> PersistError {
    PersistError(Box::new(e))
}

/// A stored body that does not decode: the store holds something this
/// version did not write.
#[derive(Debug, thiserror::Error)]
#[error("mdns_services row of device {device}: {source}")]
pub struct CorruptRow {
    /// The row's device id.
    pub device: String,
    /// The JSON error.
    #[source]
    pub source: serde_json::Error,
}

fn decode(row: MdnsServicesRow) -> Result<StoredServices, PersistError> {
    let services: DeviceServices = serde_json::from_str(&row.body).map_err(|source| {
        persist_err(CorruptRow {
            device: row.device,
            source,
        })
    })?;
    Ok((services, row.expires))
}

fn flatten<T>(r: Result<Result<T, StoreError>, StoreError>) -> Result<T, PersistError> {
    r.and_then(|r| r).map_err(persist_err)
}

/// The daemon's store: each step is one job on its writer thread.
impl ServiceStore for StoreHandle {
    fn load(&self) -> PersistFuture<'_, (Vec<KnownDevice>, Vec<StoredServices>)> {
        Box::pin(async move {
            let (devices, rows) = flatten(
                self.call(|s: &mut Store| {
                    Ok::<_, StoreError>((s.list_devices()?, s.list_mdns_services()?))
                })
                .await,
            )?;
            let devices = devices
                .into_iter()
                .map(|d| KnownDevice {
                    id: d.device.id,
                    state: d.device.state,
                    scope: d.device.scope,
                })
                .collect();
            let services = rows.into_iter().map(decode).collect::<Result<_, _>>()?;
            Ok((devices, services))
        })
    }

    fn save(
        &self,
        device: String,
        services: Option<StoredServices>,
        now: UnixMillis,
        audit: Vec<AuditEvent>,
    ) -> PersistFuture<'_, ()> {
        Box::pin(async move {
            let body = match &services {
                Some((s, expires)) => {
                    Some((serde_json::to_string(s).map_err(persist_err)?, *expires))
                }
                None => None,
            };
            flatten(
                self.call(move |s: &mut Store| {
                    let row = body.as_ref().map(|(b, e)| (b.as_str(), *e));
                    s.save_mdns_services(&device, row, now, &audit)
                })
                .await,
            )
        })
    }

    fn delete(&self, devices: Vec<String>) -> PersistFuture<'_, ()> {
        Box::pin(async move {
            flatten(
                self.call(move |s: &mut Store| {
                    for d in &devices {
                        s.delete_mdns_services(d)?;
                    }
                    Ok::<_, StoreError>(())
                })
                .await,
            )
        })
    }

    fn audit(&self, now: UnixMillis, events: Vec<AuditEvent>) -> PersistFuture<'_, ()> {
        Box::pin(async move {
            flatten(
                self.call(move |s: &mut Store| s.append_audit(now, &events).map(|_| ()))
                    .await,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mdns::state::{Assigned, Registration};

    fn lamp() -> DeviceServices {
        DeviceServices {
            device: "abcd".into(),
            host: "dev-abcd".into(),
            addresses: vec!["192.0.2.1".parse().expect("addr")],
            services: vec![Assigned {
                registration: Registration {
                    instance: "Lamp".into(),
                    service_type: "_hap._tcp".into(),
                    subtypes: vec!["_light".into()],
                    port: 80,
                    txt: vec![("a".into(), "b".into())],
                },
                instance: "Lamp (2)".into(),
            }],
        }
    }

    #[tokio::test]
    async fn registrations_round_trip_through_the_store_and_survive_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = lamp();
        {
            let store = crate::store::StoreWriter::spawn(Store::open(dir.path()).expect("open"));
            let h: &dyn ServiceStore = &store;
            h.save(
                "abcd".into(),
                Some((s.clone(), UnixMillis(2000))),
                UnixMillis(1000),
                vec![],
            )
            .await
            .expect("save");
            h.save(
                "abcd".into(),
                Some((s.clone(), UnixMillis(3000))),
                UnixMillis(1500),
                vec![],
            )
            .await
            .expect("replace");
            store.shutdown();
        }
        let store = crate::store::StoreWriter::spawn(Store::open(dir.path()).expect("reopen"));
        let h: &dyn ServiceStore = &store;
        let (_, services) = h.load().await.expect("load");
        assert_eq!(services, vec![(s, UnixMillis(3000))]);
        h.delete(vec!["abcd".into()]).await.expect("delete");
        assert!(h.load().await.expect("load").1.is_empty());
        store.shutdown();
    }

    #[tokio::test]
    async fn a_body_this_version_did_not_write_is_an_error_naming_the_device() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = crate::store::StoreWriter::spawn(Store::open(dir.path()).expect("open"));
        store
            .call(|s: &mut Store| {
                s.put_mdns_services("zz", "not json", UnixMillis(5), UnixMillis(1))
            })
            .await
            .expect("writer")
            .expect("put");
        let h: &dyn ServiceStore = &store;
        let e = h.load().await.expect_err("corrupt");
        assert!(e.to_string().contains("zz"), "{e}");
        store.shutdown();
    }
}
