//! The hub's Matter node: standard Matter controllers (Home Assistant,
//! Apple, Google, SmartThings, matter.js apps) commission the hub and read
//! and share its Thread network, under the hub's own rules.
//!
//! # Design
//!
//! The node is rs-matter 0.4 (the CSA's Rust Matter stack; vendored with a
//! small upstreamable patch, `vendor/README.md`) on UDP port 5540, in one
//! OS thread of its own with a single-threaded tokio runtime: rs-matter's
//! futures are not `Send`, and it keeps the daemon's runtime free of them.
//! [`MatterService::start`] loads everything and binds the socket before it
//! returns; [`MatterHandle`] talks to the thread through a channel.
//!
//! * Endpoint 0, the root node: Descriptor, Basic Information, General
//!   Commissioning, Network Commissioning (Ethernet: the hub is reached
//!   over its LAN interface; a Thread feature here would ask commissioners
//!   to put the hub itself on a Thread network), Administrator
//!   Commissioning, Operational Credentials, Access Control, Group Key
//!   Management, General and Ethernet Diagnostics, Software Diagnostics,
//!   Time Synchronization: rs-matter's system clusters.
//! * Endpoint 1, the Thread Border Router device type (0x0091): Thread
//!   Border Router Management (0x0452, ours: [`tbr`]) and Thread Network
//!   Diagnostics, from the hub's Thread service.
//!
//! # The hub's rules
//!
//! Decisions are the core's ([`crate::commissioning::matter`]); this
//! module carries them out and reports what happened:
//!
//! * Commissioning windows open only on the core's grant
//!   ([`crate::commissioning::event::MatterChange`]). Over the air,
//!   `OpenCommissioningWindow` and `OpenBasicCommissioningWindow` are
//!   refused (`UNSUPPORTED_ACCESS`) and audited: a Matter administrator is
//!   not one of the hub's owners.
//! * Every PASE handshake ([`tap`]), fail-safe arm and expiry, AddNOC,
//!   fabric removal, CommissioningComplete and dataset request is
//!   reported as a [`crate::commissioning::matter::Observation`] on the
//!   channel given to [`MatterService::start`]; the daemon hands them to
//!   the core, which audits them in the hash-chained log.
//! * Fabrics, ACLs and counters persist in `<state_dir>/matter/` ([`kv`],
//!   mode 0600 files).
//!
//! # mDNS
//!
//! The node's DNS-SD records (`_matterc._udp` while a window is open,
//! under a new random instance name per window, with the `_L`, `_S`,
//! `_V`, `_T` and `_CM` subtypes; `_matter._tcp` per fabric with its `_I`
//! subtype) go through the hub's one responder ([`crate::mdns`]), never a
//! second one on port 5353.
#![forbid(unsafe_code)]

pub mod attestation;
pub mod kv;
mod node;
pub mod setup;
pub mod tap;
pub mod tbr;

use std::net::IpAddr;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

use crate::commissioning::matter::{Observation, WindowGrant};

pub use self::attestation::{Credentials, CredentialsError};

/// The Matter UDP port.
pub const MATTER_PORT: u16 = 5540;

/// How the node runs.
#[derive(Debug, Clone)]
pub struct MatterOptions {
    /// Address to bind (`::` for all).
    pub bind: IpAddr,
    /// UDP port (5540).
    pub port: u16,
    /// The factory discriminator (12 bits; on the hub's label).
    pub discriminator: u16,
    /// The factory setup passcode (on the hub's label; basic windows only).
    pub passcode: u32,
    /// The vendor's credentials directory (`None`: the SDK's development
    /// credentials, loudly logged).
    pub credentials_dir: Option<PathBuf>,
    /// The state directory (the node keeps `matter/` in it).
    pub state_dir: PathBuf,
    /// Vendor name (Basic Information).
    pub vendor_name: String,
    /// Product name (Basic Information).
    pub product_name: String,
    /// The product id, when the DAC names none.
    pub product_id: u16,
    /// Serial number (Basic Information).
    pub serial: String,
    /// The hub's name for controllers: BorderRouterName, the node label.
    pub name: String,
}

/// What the node needs of the rest of the hub.
pub struct MatterDeps {
    /// The hub's mDNS publisher and its host label (`None`: mDNS off).
    pub mdns: Option<(crate::mdns::driver::MdnsHandle, String)>,
    /// The Thread service (`None`: Thread off; the TBR endpoint then says
    /// so: interface disabled, no dataset).
    pub thread: Option<crate::thread::ThreadHandle>,
    /// The border agent id (`_meshcop._udp` `id`, BorderAgentID).
    pub agent_id: [u8; 16],
    /// Where observations go (the daemon hands them to the core).
    pub observations: mpsc::UnboundedSender<Observation>,
}

/// A fabric the hub belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FabricInfo {
    /// Its local index.
    pub index: u8,
    /// Fabric id (hex).
    pub fabric_id: String,
    /// The hub's node id on it (hex).
    pub node_id: String,
    /// The vendor id the commissioner gave.
    pub vendor_id: u16,
    /// Its label.
    pub label: String,
    /// SHA-256 of its root certificate (hex).
    pub root_sha256: String,
}

/// The node's state, for the API and CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NodeStatus {
    /// The UDP port it listens on.
    pub port: u16,
    /// Vendor id (from the DAC).
    pub vendor_id: u16,
    /// Product id.
    pub product_id: u16,
    /// Whether it runs on the SDK's development credentials.
    pub development_credentials: bool,
    /// Whether a commissioning window is open now.
    pub window_open: bool,
    /// Its fabrics.
    pub fabrics: Vec<FabricInfo>,
}

/// Why the node cannot start or answer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MatterError {
    /// The attestation credentials.
    #[error("matter credentials: {0}")]
    Credentials(#[from] CredentialsError),
    /// The state directory.
    #[error("matter state in {path}: {source}")]
    State {
        /// The directory.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The socket.
    #[error("matter: cannot bind UDP {addr}: {source}")]
    Bind {
        /// The address.
        addr: std::net::SocketAddr,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// rs-matter refused.
    #[error("matter stack: {0}")]
    Stack(String),
    /// The node's thread has stopped.
    #[error("the Matter node is not running")]
    Gone,
}

impl From<rs_matter::error::Error> for MatterError {
    fn from(e: rs_matter::error::Error) -> Self {
        MatterError::Stack(format!("{e:?}"))
    }
}

pub(crate) enum Command {
    Status(oneshot::Sender<NodeStatus>),
    Open(WindowGrant, oneshot::Sender<Result<(), MatterError>>),
    Close(oneshot::Sender<bool>),
    RemoveFabric(
        u8,
        String,
        oneshot::Sender<Result<Option<FabricInfo>, MatterError>>,
    ),
    Stop,
}

/// What the API needs of the node: its handle and the factory setup code
/// (shown to an owner who opens the first window).
#[derive(Debug, Clone)]
pub struct MatterApi {
    /// The node.
    pub handle: MatterHandle,
    /// The factory setup code.
    pub setup: setup::FactorySetup,
}

/// Filled once the node runs (`/v1/matter*`).
pub type MatterSlot = std::sync::Arc<std::sync::OnceLock<MatterApi>>;

/// Talks to the node.
#[derive(Clone)]
pub struct MatterHandle {
    tx: mpsc::UnboundedSender<Command>,
}

impl std::fmt::Debug for MatterHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MatterHandle")
    }
}

impl MatterHandle {
    async fn ask<T>(
        &self,
        f: impl FnOnce(oneshot::Sender<T>) -> Command,
    ) -> Result<T, MatterError> {
        let (tx, rx) = oneshot::channel();
        self.tx.send(f(tx)).map_err(|_| MatterError::Gone)?;
        rx.await.map_err(|_| MatterError::Gone)
    }

    /// The node's state.
    pub async fn status(&self) -> Result<NodeStatus, MatterError> {
        self.ask(Command::Status).await
    }

    /// Opens the window the core granted.
    pub async fn open_window(&self, grant: WindowGrant) -> Result<(), MatterError> {
        self.ask(|tx| Command::Open(grant, tx)).await?
    }

    /// Closes the open window; whether one was open.
    pub async fn close_window(&self) -> Result<bool, MatterError> {
        self.ask(Command::Close).await
    }

    /// Removes fabric `index` on the authority of `by` (`user:<id>`; the
    /// caller checked it may). `None`: no such fabric.
    pub async fn remove_fabric(
        &self,
        index: u8,
        by: String,
    ) -> Result<Option<FabricInfo>, MatterError> {
        self.ask(|tx| Command::RemoveFabric(index, by, tx)).await?
    }
}

/// The running node.
pub struct MatterService {
    handle: MatterHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for MatterService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MatterService")
    }
}

impl MatterService {
    /// Loads the credentials and the node's state, binds the socket and
    /// starts the node; returns once it serves (or why it cannot).
    pub fn start(opts: MatterOptions, deps: MatterDeps) -> Result<MatterService, MatterError> {
        let creds = match &opts.credentials_dir {
            Some(dir) => Credentials::load(dir)?,
            None => Credentials::development()?,
        };
        if creds.is_development() {
            tracing::warn!(
                vendor_id = format!("0x{:04X}", creds.vendor_id()),
                "MATTER: running on the Matter SDK's PUBLIC DEVELOPMENT attestation credentials; \
                 this hub is NOT a certified product and only controllers that trust the SDK's \
                 test PAA will commission it. Set matter.credentials_dir to the vendor's DAC, \
                 PAI and Certification Declaration (docs/matter.md)."
            );
        }
        let (tx, rx) = mpsc::unbounded_channel();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("matter".into())
            .stack_size(node::STACK_SIZE)
            .spawn(move || node::main(opts, deps, creds, rx, ready_tx))
            .map_err(|e| MatterError::Stack(format!("cannot spawn the node thread: {e}")))?;
        match ready_rx.recv() {
            Ok(Ok(())) => Ok(MatterService {
                handle: MatterHandle { tx },
                thread: Some(thread),
            }),
            Ok(Err(e)) => {
                let _ = thread.join();
                Err(e)
            }
            Err(_) => {
                let _ = thread.join();
                Err(MatterError::Gone)
            }
        }
    }

    /// Its handle.
    pub fn handle(&self) -> MatterHandle {
        self.handle.clone()
    }

    /// Stops the node (its records are withdrawn) and waits for it.
    pub async fn stop(mut self) {
        let _ = self.handle.tx.send(Command::Stop);
        if let Some(t) = self.thread.take() {
            let _ = tokio::task::spawn_blocking(move || t.join()).await;
        }
    }
}

/// Forwards the core's window decisions to the node, in order.
pub async fn forward_window_changes(
    mut rx: mpsc::UnboundedReceiver<crate::commissioning::event::MatterChange>,
    node: MatterHandle,
) {
    use crate::commissioning::event::MatterChange;
    while let Some(change) = rx.recv().await {
        match change {
            MatterChange::Open(grant) => {
                let id = grant.id;
                if let Err(e) = node.open_window(grant).await {
                    tracing::warn!(window = id, error = %e, "matter: cannot open the window");
                }
            }
            MatterChange::Close { window, reason } => {
                let was = node.close_window().await.unwrap_or(false);
                tracing::info!(window, reason, was_open = was, "matter: window closed");
            }
        }
    }
}
