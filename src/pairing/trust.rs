//! [`TrustReloader`]: puts a new device trust set in force without a
//! restart (SIGHUP to `threshold run`, `POST /v1/pki/reload`,
//! `threshold pki reload`; docs/pki.md).
//!
//! One reload, in order (reloads run one at a time):
//!
//! 1. a user's reload is allowed by the core first
//!    ([`Commissioner::check_trust_reload`]: owner and admin; a refusal is
//!    audited) - before any file is read;
//! 2. every file is read again ([`TrustSet::load`], off the runtime); if
//!    any is unusable the set in force is kept and the core audits the
//!    failure naming the file ([`Commissioner::trust_reload_refused`]);
//! 3. the new set is swapped in ([`SharedTrust::replace`]: after the
//!    admissions in progress are durable, so none is missed below);
//! 4. every device still in (pending, approved, admitted) is judged again
//!    with what it presented when it paired ([`TrustSet::recheck`]), and
//!    the core audits the reload and quarantines each device found revoked
//!    or running vulnerable firmware ([`Commissioner::trust_reloaded`]).
//!
//! [`Commissioner::check_trust_reload`]: crate::commissioning::Commissioner::check_trust_reload
//! [`Commissioner::trust_reload_refused`]: crate::commissioning::Commissioner::trust_reload_refused
//! [`Commissioner::trust_reloaded`]: crate::commissioning::Commissioner::trust_reloaded

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use crate::attestation::pki::{SharedTrust, TrustCounts, TrustSet};
use crate::commissioning::error::TrustReloadError;
use crate::commissioning::{Actor, TrustFinding};
use crate::core_driver::{CoreGone, CoreHandle};
use crate::store::{StoreError, StoreHandle};
use crate::time::WallClock;

/// Where the daemon puts its [`TrustReloader`] once the device PKI is
/// loaded (the API starts before it and finds it here).
pub type TrustSlot = Arc<OnceLock<TrustReloader>>;

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReloadReport {
    /// What the new set holds.
    pub counts: TrustCounts,
    /// Devices judged again.
    pub rechecked: usize,
    /// Devices quarantined by it, by id.
    pub quarantined: Vec<String>,
}

/// Why a reload did not happen (or could not finish).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReloadError {
    /// Refused (role, unusable file); audited by the core.
    #[error(transparent)]
    Refused(#[from] TrustReloadError),
    /// The core has stopped.
    #[error(transparent)]
    CoreGone(#[from] CoreGone),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A blocking step panicked.
    #[error("reload task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// Reloads the device trust set of one state directory (see the module
/// docs). Cheap to clone.
#[derive(Clone)]
pub struct TrustReloader {
    core: CoreHandle,
    store: StoreHandle,
    clock: Arc<dyn WallClock>,
    trust: SharedTrust,
    state_dir: PathBuf,
    one_at_a_time: Arc<tokio::sync::Mutex<()>>,
}

impl std::fmt::Debug for TrustReloader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustReloader")
            .field("state_dir", &self.state_dir)
            .finish_non_exhaustive()
    }
}

impl TrustReloader {
    /// A reloader of `state_dir`'s files into `trust`.
    pub fn new(
        core: CoreHandle,
        store: StoreHandle,
        clock: Arc<dyn WallClock>,
        trust: SharedTrust,
        state_dir: PathBuf,
    ) -> TrustReloader {
        TrustReloader {
            core,
            store,
            clock,
            trust,
            state_dir,
            one_at_a_time: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// The shared set this reloader replaces.
    pub fn trust(&self) -> &SharedTrust {
        &self.trust
    }

    /// Reloads for `actor` (`None`: the operator's SIGHUP).
    pub async fn reload(&self, actor: Option<Actor>) -> Result<ReloadReport, ReloadError> {
        let _one = self.one_at_a_time.lock().await;
        if let Some(a) = actor.clone() {
            self.core
                .call(move |c, now| c.check_trust_reload(now, &a))
                .await??;
        }
        let dir = self.state_dir.clone();
        let set = match tokio::task::spawn_blocking(move || TrustSet::load(&dir)).await? {
            Ok(set) => set,
            Err(e) => {
                let (file, message) = (e.path.display().to_string(), e.source.to_string());
                tracing::warn!(%file, error = %message, "trust reload refused; the trust set in force is kept");
                let a = actor.clone();
                let refused = self
                    .core
                    .call(move |c, now| c.trust_reload_refused(now, a.as_ref(), &file, &message))
                    .await?;
                return Err(refused.into());
            }
        };
        let counts = set.counts();
        self.trust.replace(set).await;
        let set = self.trust.current();
        let devices = self.store.call(|s| s.list_attested_devices()).await??;
        let rechecked = devices.len();
        let now = self.clock.now();
        let findings = tokio::task::spawn_blocking(move || {
            devices
                .into_iter()
                .filter_map(|d| {
                    let r = set.recheck(&d.dac, &d.pai, d.vid, d.pid, d.firmware, now)?;
                    Some(TrustFinding {
                        device: d.device,
                        reason: r.reason().to_owned(),
                        details: r.details(d.firmware),
                    })
                })
                .collect::<Vec<_>>()
        })
        .await?;
        let details = vec![
            ("roots".to_owned(), counts.roots.into()),
            ("crls".to_owned(), counts.crls.into()),
            ("denylist".to_owned(), counts.denylist.into()),
            ("advisories".to_owned(), counts.advisories.into()),
            ("rechecked".to_owned(), rechecked.into()),
        ];
        let quarantined = self
            .core
            .call(move |c, now| c.trust_reloaded(now, actor.as_ref(), details, findings))
            .await?;
        let quarantined: Vec<String> = quarantined.into_iter().map(|d| d.to_string()).collect();
        tracing::info!(
            roots = counts.roots,
            crls = counts.crls,
            denylist = counts.denylist,
            advisories = counts.advisories,
            rechecked,
            quarantined = quarantined.len(),
            "device trust set reloaded"
        );
        Ok(ReloadReport {
            counts,
            rechecked,
            quarantined,
        })
    }
}
