//! [`AppState`]: what every handler of the controller API shares.
//!
//! Its own file so that the extractors ([`super::auth`]) and the handlers
//! ([`super::routes`]) both depend on it without depending on each other.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{broadcast, watch};

use crate::attestation::hub_ca::HubCa;
use crate::commissioning::event::Alert;
use crate::core_driver::CoreHandle;
use crate::store::StoreHandle;
use crate::time::WallClock;

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub(crate) core: CoreHandle,
    pub(crate) store: StoreHandle,
    pub(crate) clock: Arc<dyn WallClock>,
    pub(crate) ca: Arc<HubCa>,
    pub(crate) alerts: broadcast::Sender<Alert>,
    pub(crate) shutdown: watch::Receiver<bool>,
    pub(crate) pbkdf2_iterations: u32,
    pub(crate) owner_code_file: std::path::PathBuf,
    pub(crate) thread: crate::thread::ThreadSlot,
    pub(crate) trust: crate::pairing::TrustSlot,
    pub(crate) matter: crate::matter::MatterSlot,
    pub(crate) max_body_bytes: usize,
    pub(crate) request_timeout: Duration,
    /// The dashboard's base URL for login links (`None`: no dashboard).
    pub(crate) dashboard_url: Option<String>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").finish_non_exhaustive()
    }
}
