//! Operator metrics in the Prometheus/OpenMetrics text format, served on a
//! loopback listener ([`server`]; config `[metrics]`, docs/operations.md
//! lists every metric).
//!
//! Two kinds of values, from two places:
//! * **counters** come from the audit stream: [`Metrics::observe`] is the
//!   store's audit observer ([`crate::store::Store::observe_audit`]), so it
//!   sees each record once, when it is durable, in `seq` order; what a
//!   record counts as is the core's decision
//!   ([`crate::commissioning::tally`]). Counters start at zero with the
//!   process (as Prometheus expects; the audit log is the durable count).
//! * **gauges** are read at scrape time ([`Metrics::refresh`]): devices and
//!   users from the store, open windows and active pairing locks from the
//!   core, the Thread role and RCP recoveries from the Thread service.
//!
//! Nothing secret is a value or a label: labels are fixed vocabularies
//! (refusal codes, device states, roles), never ids, keys or addresses.
#![forbid(unsafe_code)]

pub mod server;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use crate::audit::AuditRecord;
use crate::commissioning::event::DeviceState;
use crate::commissioning::policy::Role;
use crate::commissioning::tally::tally;
use crate::core_driver::CoreHandle;
use crate::refusal::Refusal;
use crate::store::{Store, StoreHandle};
use crate::thread::ThreadSlot;

/// `[metrics]`, checked: where the endpoint listens (a loopback address)
/// and how many connections it serves at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricsSettings {
    /// The loopback address and port.
    pub listen: SocketAddr,
    /// Concurrent connections; more are closed at once.
    pub max_connections: usize,
}

/// The Thread roles the `threshold_thread_role` gauge has a series for:
/// `off` (Thread not running in this daemon) and
/// [`crate::thread::ThreadStatus::role`]'s values.
pub const THREAD_ROLES: &[&str] = &[
    "off", "down", "disabled", "detached", "child", "router", "leader",
];

/// Every device state, for `threshold_devices`.
const DEVICE_STATES: [DeviceState; 5] = [
    DeviceState::Pending,
    DeviceState::Approved,
    DeviceState::Admitted,
    DeviceState::Quarantined,
    DeviceState::Removed,
];

/// How long a scrape waits for the Thread service's status.
const THREAD_STATUS_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabel {
    result: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabel {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RoleLabel {
    role: &'static str,
}

/// What the gauges are read from at scrape time.
#[derive(Clone, Debug)]
pub struct Sources {
    /// The core (open windows, pairing locks).
    pub core: CoreHandle,
    /// The store (devices, users).
    pub store: StoreHandle,
    /// The Thread service, once it runs.
    pub thread: ThreadSlot,
}

/// A scrape could not read what it needs.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScrapeError {
    /// The core or the store has stopped or failed.
    #[error("{0}")]
    Unavailable(String),
}

/// The registry and every metric in it.
pub struct Metrics {
    registry: Registry,
    pairings: Family<ResultLabel, Counter>,
    refusals: Family<ReasonLabel, Counter>,
    locks_total: Counter,
    locks_active: Gauge,
    rcp_losses: Counter,
    rcp_recoveries: Counter,
    audit_records: Counter,
    thread_role: Family<RoleLabel, Gauge>,
    devices: Family<StateLabel, Gauge>,
    windows_open: Gauge,
    users: Family<RoleLabel, Gauge>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// Every metric registered, each labelled series present at zero.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("threshold");
        let pairings = Family::<ResultLabel, Counter>::default();
        let refusals = Family::<ReasonLabel, Counter>::default();
        let locks_total = Counter::default();
        let locks_active = Gauge::default();
        let rcp_losses = Counter::default();
        let rcp_recoveries = Counter::default();
        let audit_records = Counter::default();
        let thread_role = Family::<RoleLabel, Gauge>::default();
        let devices = Family::<StateLabel, Gauge>::default();
        let windows_open = Gauge::default();
        let users = Family::<RoleLabel, Gauge>::default();
        registry.register(
            "pairings",
            "Device pairings since start, by result (completed: admitted with a setup token; failed: a refused or failed step)",
            pairings.clone(),
        );
        registry.register(
            "refusals",
            "Refused requests since start, by refusal code (docs/api.md, docs/protocol.md)",
            refusals.clone(),
        );
        registry.register(
            "pairing_locks",
            "Pairing locks the anomaly detector set since start",
            locks_total.clone(),
        );
        registry.register(
            "pairing_locks_active",
            "Pairing locks in force now",
            locks_active.clone(),
        );
        registry.register(
            "rcp_losses",
            "Thread radio (RCP) losses since start",
            rcp_losses.clone(),
        );
        registry.register(
            "rcp_recoveries",
            "Thread radio (RCP) losses recovered since start",
            rcp_recoveries.clone(),
        );
        registry.register(
            "audit_records",
            "Audit records written since start",
            audit_records.clone(),
        );
        registry.register(
            "thread_role",
            "The hub's Thread role: 1 for the current one (off: Thread not running)",
            thread_role.clone(),
        );
        registry.register("devices", "Devices by state", devices.clone());
        registry.register(
            "windows_open",
            "Commissioning windows open now",
            windows_open.clone(),
        );
        registry.register("users", "Users not revoked, by role", users.clone());
        for result in ["completed", "failed"] {
            let _ = pairings.get_or_create(&ResultLabel { result });
        }
        for r in Refusal::ALL {
            let _ = refusals.get_or_create(&ReasonLabel { reason: r.as_str() });
        }
        for &role in THREAD_ROLES {
            let _ = thread_role.get_or_create(&RoleLabel { role });
        }
        for s in DEVICE_STATES {
            let _ = devices.get_or_create(&StateLabel { state: s.as_str() });
        }
        for r in Role::ALL {
            let _ = users.get_or_create(&RoleLabel { role: r.as_str() });
        }
        Metrics {
            registry,
            pairings,
            refusals,
            locks_total,
            locks_active,
            rcp_losses,
            rcp_recoveries,
            audit_records,
            thread_role,
            devices,
            windows_open,
            users,
        }
    }

    /// Adds one durable audit record to the counters (what it counts as:
    /// [`crate::commissioning::tally`]). Cheap and non-blocking: atomics.
    pub fn observe(&self, rec: &AuditRecord) {
        let t = tally(&rec.event);
        self.audit_records.inc();
        if t.pairing_completed {
            self.pairings
                .get_or_create(&ResultLabel {
                    result: "completed",
                })
                .inc();
        }
        if t.pairing_failed {
            self.pairings
                .get_or_create(&ResultLabel { result: "failed" })
                .inc();
        }
        if let Some(r) = t.refusal {
            self.refusals
                .get_or_create(&ReasonLabel { reason: r.as_str() })
                .inc();
        }
        if t.lock {
            self.locks_total.inc();
        }
        if t.rcp_lost {
            self.rcp_losses.inc();
        }
    }

    /// The store's audit observer feeding [`Metrics::observe`].
    pub fn audit_observer(self: &Arc<Self>) -> crate::store::AuditObserver {
        let me = self.clone();
        Box::new(move |rec| me.observe(rec))
    }

    /// Reads the gauges from `src` (the store, the core, Thread). A Thread
    /// service that does not answer in time leaves every role at 0.
    pub async fn refresh(&self, src: &Sources) -> Result<(), ScrapeError> {
        let unavailable = |e: &dyn std::fmt::Display| ScrapeError::Unavailable(e.to_string());
        let (devices, users) = src
            .store
            .call(|s: &mut Store| -> Result<_, crate::store::StoreError> {
                Ok((s.list_devices()?, s.list_users()?))
            })
            .await
            .map_err(|e| unavailable(&e))?
            .map_err(|e| unavailable(&e))?;
        let (locks, windows) = src
            .core
            .call(|c, now| (c.locks(now).len(), c.windows().len()))
            .await
            .map_err(|e| unavailable(&e))?;
        for s in DEVICE_STATES {
            let n = devices.iter().filter(|d| d.device.state == s).count();
            self.devices
                .get_or_create(&StateLabel { state: s.as_str() })
                .set(gauge_value(n));
        }
        for r in Role::ALL {
            let n = users
                .iter()
                .filter(|u| u.role == r && u.revoked_ms.is_none())
                .count();
            self.users
                .get_or_create(&RoleLabel { role: r.as_str() })
                .set(gauge_value(n));
        }
        self.locks_active.set(gauge_value(locks));
        self.windows_open.set(gauge_value(windows));
        let role = match src.thread.get() {
            None => Some("off".to_owned()),
            Some(t) => match tokio::time::timeout(THREAD_STATUS_TIMEOUT, t.status()).await {
                Ok(Ok(st)) => {
                    let seen = u64::from(st.recoveries);
                    let counted = self.rcp_recoveries.get();
                    self.rcp_recoveries.inc_by(seen.saturating_sub(counted));
                    Some(st.role)
                }
                _ => None,
            },
        };
        for &r in THREAD_ROLES {
            let on = role.as_deref() == Some(r);
            self.thread_role
                .get_or_create(&RoleLabel { role: r })
                .set(i64::from(on));
        }
        Ok(())
    }

    /// The registry in the OpenMetrics text format (ends with `# EOF`).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

fn gauge_value(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
