//! The Thread network: OpenThread's FTD core inside the daemon.
//!
//! # Design decision: the crate's `SpinelRadio`
//!
//! OpenThread runs on the `openthread` crate's own
//! [`SpinelRadio`](openthread::spinel::SpinelRadio) over a
//! [`SpinelTransport`](openthread::spinel::SpinelTransport) that we
//! provide ([`link`]), not on a `Radio` implementation of our own. The
//! `otPlatRadio*` -> spinel mapping (raw-MAC RCP, source-match tables,
//! transmit with CSMA/retries on the RCP, energy scan, the RX queue kept
//! while a command is in flight) is the subtle part of an RCP host, and the
//! crate's is validated against stock `ot-rcp` firmware; rewriting it would
//! duplicate that work with fewer hours of testing. What Threshold adds
//! around it: the link and its framing, the radio URL, and supervision
//! (a lost RCP is detected, the instance is dropped and rebuilt from the
//! persisted settings, with backoff).
//!
//! # Threads and ownership
//!
//! OpenThread is a single-instance C library whose futures are `!Send`:
//! [`ThreadService::start`] runs it on a dedicated OS thread with a tokio
//! current-thread runtime. The daemon talks to it only through the
//! cloneable [`ThreadHandle`] (a command channel: status, dataset export /
//! import, joiner windows, the border agent's allowance); nothing of
//! OpenThread ever runs on the daemon's runtime.
//! Progress reports ([`ThreadEvent`]) flow back on an unbounded channel for
//! the daemon to log and audit.
//!
//! # Supervision (state machine of the OpenThread thread)
//!
//! ```text
//!  Opening --RCP probed + accepted--> Running --radio call failed--> Backoff --> Opening
//!     \--open/probe failed--> Backoff (doubling reopen_min..reopen_max) --> Opening
//!  Running: RCP lost (EOF, timeout, unexpected reset, I/O) -> the link
//!           reconnects and replays the radio state (link.rs); OpenThread
//!           stays up, keeps its role
//!  any state --stop--> Stopped
//! ```
//!
//! *Running* builds an OpenThread instance on the persisted
//! [`settings::FileSettings`] (so the same dataset, keys and frame counters),
//! brings the interface and Thread up, and serves commands. An RCP loss is
//! absorbed by [`link::RcpLink`] (reopen with backoff, probe, reset, replay);
//! only if one of the radio calls the crate would unwrap fails (e.g. a
//! reconnection longer than its 2 s command timeout: `guard.rs` turns it
//! into the session's end instead of a panic) is the whole instance dropped
//! and rebuilt from the settings. Either way, once Thread
//! is enabled the hub takes its role back by [`resume`]'s rule: at once
//! for a network it just formed or led alone, by OpenThread's restore
//! procedure where another partition could exist.
//!
//! # Unsafe code
//!
//! This module is the only one of the crate allowed `unsafe`, and only in
//! [`ffi`]; every other file of it forbids it.

pub mod audit;
pub mod border_agent;
pub mod commissioner;
pub mod ffi;
mod guard;
pub mod infra;
pub mod link;
pub mod meshcop;
pub mod nat64;
pub mod netif;
pub mod publisher;
pub mod resume;
pub mod rng;
pub mod rtnl;
mod runner;
pub mod settings;
pub mod srp;
pub mod udp;

use std::fmt;
use std::net::Ipv6Addr;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

pub use infra::{BorderRoutingStatus, InfraInterface};
pub use nat64::{Ipv4Cidr, Nat64Status};
pub use runner::ThreadService;

/// Name of the Thread directory inside the state directory.
pub const THREAD_DIR: &str = "thread";

/// Errors of the Thread subsystem.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ThreadError {
    /// The persisted settings are unusable.
    #[error("{0}")]
    Settings(String),
    /// A dataset is malformed or was refused by OpenThread.
    #[error("invalid dataset: {0}")]
    BadDataset(String),
    /// The radio is down (being reopened): try again.
    #[error("the radio is not available (reconnecting): {0}")]
    RadioDown(String),
    /// The Thread service has stopped.
    #[error("the Thread service is not running")]
    Stopped,
    /// Anything else OpenThread refused.
    #[error("OpenThread: {0}")]
    OpenThread(String),
    /// A pending dataset the hub's rule refused
    /// ([`crate::commissioning::dataset::plan_pending`]).
    #[error("pending dataset refused: {0}")]
    PendingRefused(crate::commissioning::dataset::PendingRefusal),
    /// The hub already has an active dataset (a provisional one is only
    /// set on a hub without one).
    #[error("the hub already has an active dataset")]
    HasDataset,
    /// The dataset is set in the configuration (`[thread] dataset`): it
    /// is changed there, not at run time.
    #[error("the dataset is set in the configuration ([thread] dataset); change it there")]
    Configured,
    /// Thread is enabled: the active dataset is set only while it is
    /// disabled ([`ThreadHandle::set_active_dataset_disabled`]).
    #[error("Thread is enabled: disable it first")]
    Enabled,
}

/// Why the link to the RCP was lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LossReason(pub String);

impl LossReason {
    /// From a transport error's debug form.
    pub fn from_debug(e: &dyn fmt::Debug) -> LossReason {
        LossReason(format!("{e:?}"))
    }
}

impl fmt::Display for LossReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where the network comes from at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetSource {
    /// The persisted active dataset; without one, a new network with a
    /// fresh random dataset is formed (and persisted).
    Persisted,
    /// This dataset (Thread TLVs), applied at every start.
    Configured(Vec<u8>),
    /// The persisted active dataset; without one, none: Thread stays
    /// `disabled` until a dataset comes (an owner's import, or a Matter
    /// controller's SetActiveDatasetRequest under its fail-safe:
    /// [`ThreadHandle::provision_dataset`]), so the hub joins a network
    /// that already exists instead of forming its own (`[thread]
    /// form_network = false`).
    Await,
}

/// What [`ThreadService::start`] needs.
#[derive(Debug, Clone)]
pub struct ThreadOptions {
    /// The RCP.
    pub radio: crate::radio::RadioUrl,
    /// Directory of the persisted settings (`<state_dir>/thread`).
    pub dir: PathBuf,
    /// The dataset at start.
    pub dataset: DatasetSource,
    /// Network name of a newly formed network.
    pub network_name: String,
    /// First reopen delay after a loss.
    pub reopen_min: Duration,
    /// Largest reopen delay.
    pub reopen_max: Duration,
    /// The infrastructure interface of border routing (the LAN).
    pub infra_interface: InfraInterface,
    /// Name of the Thread network interface (a TUN device carrying IPv6
    /// between OpenThread and the host, [`netif`]); `None`: no interface.
    pub interface: Option<String>,
    /// NAT64 ([`nat64`]) with this IPv4 CIDR, when border routing runs
    /// (its IPv4 side goes through the interface); `None`: off.
    pub nat64: Option<Ipv4Cidr>,
}

/// A neighbour of the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Neighbor {
    /// Extended address (hex).
    pub ext_address: String,
    /// RLOC16.
    pub rloc16: u16,
    /// `child` or `router`.
    pub relation: String,
}

/// What `threshold thread status` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadStatus {
    /// `disabled`, `detached`, `child`, `router`, `leader` or `down`
    /// (radio not available).
    pub role: String,
    /// The radio URL.
    pub radio_url: String,
    /// The RCP's firmware version string, when known.
    pub rcp_version: Option<String>,
    /// Process id of the RCP program (for a forkpty URL).
    pub rcp_pid: Option<u32>,
    /// Why the last RCP outage began, if there was one.
    pub last_rcp_loss: Option<String>,
    /// The OpenThread version of the host stack.
    pub ot_version: String,
    /// The Thread protocol version it implements (4: 1.3, 5: 1.4).
    #[serde(default)]
    pub thread_version: u16,
    /// Network name.
    pub network_name: String,
    /// Channel.
    pub channel: u8,
    /// PAN id.
    pub pan_id: u16,
    /// Extended PAN id (hex).
    pub ext_pan_id: String,
    /// Partition id.
    pub partition_id: u32,
    /// The hub's extended (MAC) address (hex).
    pub ext_address: String,
    /// RLOC16.
    pub rloc16: u16,
    /// Mesh-local EID (the stable mesh-local address).
    pub mesh_local_eid: Option<Ipv6Addr>,
    /// Every unicast address.
    pub addresses: Vec<Ipv6Addr>,
    /// Children and router neighbours.
    pub neighbors: Vec<Neighbor>,
    /// RCP losses recovered since start.
    pub recoveries: u32,
    /// Border routing on the infrastructure interface; `None` without one
    /// (disabled, none found, or the radio down).
    #[serde(default)]
    pub border_routing: Option<BorderRoutingStatus>,
    /// The Thread network interface (`None` when none is configured).
    #[serde(default)]
    pub interface: Option<netif::InterfaceStatus>,
    /// The SRP server's registrations, each with the device it is bound to
    /// or pending (filled in by the API from the core; docs/thread.md, "SRP
    /// server and advertising proxy").
    #[serde(default)]
    pub srp: Vec<crate::commissioning::srp::SrpRegistration>,
    /// The joiners the on-mesh commissioner admits, one per open joiner
    /// window (docs/thread.md, "Joiner windows"; no PSKd).
    #[serde(default)]
    pub joiners: Vec<commissioner::JoinerStatus>,
    /// The border agent: the allowance, whether it listens and on which
    /// port, its sessions (docs/thread.md, "Border agent").
    #[serde(default)]
    pub border_agent: Option<border_agent::BorderAgentStatus>,
    /// The commissioner allowance as the core keeps it (who allowed
    /// external commissioning, until when; filled in by the API).
    #[serde(default)]
    pub commissioner_allowance: Option<crate::commissioning::AllowanceInfo>,
}

/// Progress reports of the Thread thread (logged and audited by the daemon).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ThreadEvent {
    /// An RCP was opened, probed and accepted.
    RadioUp {
        /// Process id of the RCP program.
        pid: Option<u32>,
        /// The RCP (firmware version, protocol, EUI-64).
        rcp: String,
    },
    /// The radio could not be opened.
    RadioOpenFailed {
        /// Why.
        reason: String,
    },
    /// The link to the RCP was lost.
    RadioLost {
        /// Why.
        reason: LossReason,
    },
    /// A reopen is scheduled.
    Reopening {
        /// Attempt number (1 = first after the loss).
        attempt: u32,
        /// Delay before it.
        delay: Duration,
    },
    /// A new network was formed.
    NetworkFormed {
        /// Extended PAN id (hex).
        ext_pan_id: String,
    },
    /// The role changed.
    Role {
        /// The new role.
        role: String,
    },
    /// A new RCP took over after a loss (state replayed; OpenThread kept
    /// its role).
    Recovered {
        /// Time from the detection of the loss to the restored RCP.
        after: Duration,
    },
    /// OpenThread itself was restarted from the persisted settings (the
    /// radio driver failed in a way the link could not absorb).
    Restarted {
        /// Why.
        reason: String,
    },
    /// A dataset was imported.
    DatasetImported {
        /// Its extended PAN id (hex), when present.
        ext_pan_id: String,
    },
    /// The active dataset was deleted ([`ThreadHandle::clear_dataset`]).
    DatasetCleared,
    /// A window's joiner entry was added to the commissioner
    /// ([`commissioner`]).
    JoinerAdded {
        /// The window.
        window: crate::commissioning::WindowId,
        /// The joiner (`eui64:...` or `discerner:...`).
        joiner: String,
        /// Its timeout on the commissioner: the window's remaining
        /// lifetime, in whole seconds rounded down.
        timeout_secs: u32,
    },
    /// OpenThread refused a window's joiner entry (e.g. `NoBufs`: its
    /// joiner table is full).
    JoinerAddFailed {
        /// The window.
        window: crate::commissioning::WindowId,
        /// The joiner.
        joiner: String,
        /// OpenThread's error name.
        reason: String,
    },
    /// A joiner's session with the commissioner ended.
    JoinerOutcome {
        /// The window admitting it.
        window: crate::commissioning::WindowId,
        /// The joiner entry (`eui64:...` or `discerner:...`).
        joiner: String,
        /// The Joiner ID OpenThread derived (hex), when known.
        joiner_id: Option<String>,
        /// How it ended.
        outcome: commissioner::JoinOutcome,
        /// For a joiner that joined: the vendor name, model and software
        /// version it sent when it finalized.
        vendor: Option<ffi::JoinerVendor>,
    },
    /// A joiner entry left the commissioner.
    JoinerRemoved {
        /// The window.
        window: crate::commissioning::WindowId,
        /// The joiner.
        joiner: String,
        /// Why: the window's close reason (`expired`, `revoked`, `paired`,
        /// ...), `joined`, or `expired` (OpenThread's timeout).
        reason: String,
    },
    /// The border agent started listening (`allowed`) or stopped
    /// ([`border_agent`]).
    BorderAgent {
        /// Listening now.
        listening: bool,
        /// Its UDP port (the port it stopped listening on, when stopped).
        port: u16,
        /// Why: `allowed` when it starts; when it stops, the allowance's end
        /// (`expired`, `revoked`, ...) or `detached`.
        reason: String,
    },
    /// A DTLS session with the border agent was established (the peer
    /// holds the PSKc).
    AgentSession {
        /// The peer (`[addr]:port`).
        peer: String,
    },
    /// DTLS handshakes with the border agent failed (a wrong PSKc).
    AgentHandshakeFailed {
        /// How many since the last report.
        failures: u32,
        /// How many since the OpenThread instance started.
        total: u32,
    },
    /// An external commissioner's petition through the border agent was
    /// accepted by the leader (the hub).
    CommissionerPetition {
        /// Its session's peer.
        peer: String,
        /// The commissioner session id the leader gave it.
        session_id: Option<u16>,
    },
    /// The external commissioner left the role.
    CommissionerEnded {
        /// Its session's peer.
        peer: String,
        /// Its commissioner session id.
        session_id: Option<u16>,
        /// `resigned` (the leader dropped it: a resign, or its keep-alive
        /// timeout), `session_closed` (its DTLS session ended first), or
        /// the allowance's end when the agent stopped (`expired`,
        /// `revoked`).
        reason: String,
        /// How long it held the role.
        active_ms: u64,
        /// Keep-alives it sent, at least ([`border_agent`]).
        keepalives_min: u64,
    },
}

/// A request to the Thread thread.
pub(crate) enum Request {
    Status(oneshot::Sender<ThreadStatus>),
    Export(oneshot::Sender<Result<Vec<u8>, ThreadError>>),
    Import(Vec<u8>, oneshot::Sender<Result<(), ThreadError>>),
    ExportPending(oneshot::Sender<Result<Option<Vec<u8>>, ThreadError>>),
    Provision(Vec<u8>, oneshot::Sender<Result<(), ThreadError>>),
    Clear(oneshot::Sender<Result<(), ThreadError>>),
    SetEnabled(bool, oneshot::Sender<Result<(), ThreadError>>),
    SetActiveDisabled(Vec<u8>, oneshot::Sender<Result<(), ThreadError>>),
    SchedulePending(
        Vec<u8>,
        oneshot::Sender<Result<crate::commissioning::dataset::PendingSummary, ThreadError>>,
    ),
    /// Joiner windows ([`commissioner`]): answered whether or not the radio
    /// is up.
    Joiner(commissioner::JoinerRequest),
    /// The border agent's gate ([`border_agent`]): answered whether or not
    /// the radio is up.
    Agent(border_agent::AgentRequest),
}

/// Where the daemon puts the Thread handle once the service runs (the API
/// starts first and reads it per request).
pub type ThreadSlot = std::sync::Arc<std::sync::OnceLock<ThreadHandle>>;

/// A cloneable handle to the Thread service.
#[derive(Debug, Clone)]
pub struct ThreadHandle {
    tx: mpsc::Sender<Request>,
    changes: tokio::sync::watch::Receiver<u64>,
    srp: tokio::sync::watch::Receiver<Vec<crate::commissioning::srp::SrpHost>>,
}

impl ThreadHandle {
    /// A receiver whose value (a counter) moves on every OpenThread state
    /// change (role, partition, addresses, network name, active dataset...:
    /// whatever OpenThread's state-changed callback reports), so a consumer
    /// reads [`ThreadHandle::status`] only when something changed instead of
    /// polling. Each consumer takes its own receiver.
    pub fn subscribe_changes(&self) -> tokio::sync::watch::Receiver<u64> {
        self.changes.clone()
    }

    /// A receiver of the SRP server's table (live hosts and services),
    /// updated whenever it changed ([`srp`]). Each consumer takes its own.
    pub fn subscribe_srp(
        &self,
    ) -> tokio::sync::watch::Receiver<Vec<crate::commissioning::srp::SrpHost>> {
        self.srp.clone()
    }

    async fn ask<R>(
        &self,
        make: impl FnOnce(oneshot::Sender<R>) -> Request,
    ) -> Result<R, ThreadError> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(make(tx))
            .await
            .map_err(|_| ThreadError::Stopped)?;
        rx.await.map_err(|_| ThreadError::Stopped)
    }

    /// The current status (role `down` while the radio is being reopened).
    pub async fn status(&self) -> Result<ThreadStatus, ThreadError> {
        self.ask(Request::Status).await
    }

    /// Resolves with the status once OpenThread runs on an RCP that
    /// answered (any role but `down`: `disabled`, `detached`, ...), read
    /// again on every state change ([`ThreadHandle::subscribe_changes`]),
    /// never by polling. While the radio cannot be opened it waits (the
    /// supervisor keeps retrying); [`ThreadError::Stopped`] if the service
    /// stopped.
    pub async fn radio_up(&self) -> Result<ThreadStatus, ThreadError> {
        let mut changes = self.subscribe_changes();
        loop {
            // Seen before reading, so a change during the read is not missed.
            changes.borrow_and_update();
            let st = self.status().await?;
            if st.role != "down" {
                return Ok(st);
            }
            changes.changed().await.map_err(|_| ThreadError::Stopped)?;
        }
    }

    /// The active dataset as Thread TLVs.
    pub async fn export_dataset(&self) -> Result<Vec<u8>, ThreadError> {
        self.ask(Request::Export).await?
    }

    /// The pending dataset (a scheduled migration), `None` when there is
    /// none.
    pub async fn export_pending_dataset(&self) -> Result<Option<Vec<u8>>, ThreadError> {
        self.ask(Request::ExportPending).await?
    }

    /// Schedules a migration of the whole network to the pending dataset
    /// `tlvs` (Thread TLVs with a pending timestamp and a delay timer),
    /// under the hub's rule, checked against the datasets in force at that
    /// moment ([`crate::commissioning::dataset::plan_pending`]: newer
    /// timestamps, the delay bounded). OpenThread switches every node at
    /// the end of the delay; the returned summary says what changes and
    /// the delay scheduled. Refused while the dataset is configured
    /// (`[thread] dataset`) or the radio is down; a refusal changes
    /// nothing.
    pub async fn schedule_pending_dataset(
        &self,
        tlvs: Vec<u8>,
    ) -> Result<crate::commissioning::dataset::PendingSummary, ThreadError> {
        self.ask(|tx| Request::SchedulePending(tlvs, tx)).await?
    }

    /// Sets the active dataset `tlvs` on a hub that has none and attaches
    /// with it (persisted, like an import); refused with
    /// [`ThreadError::HasDataset`] when there is one, so that a controller
    /// can never replace the hub's network this way. The Matter node uses
    /// it for SetActiveDatasetRequest under a fail-safe, and
    /// [`ThreadHandle::clear_dataset`] if the fail-safe then expires.
    pub async fn provision_dataset(&self, tlvs: Vec<u8>) -> Result<(), ThreadError> {
        validate_dataset_tlvs(&tlvs)?;
        self.ask(|tx| Request::Provision(tlvs, tx)).await?
    }

    /// Stops Thread and deletes the active dataset (the hub goes back to
    /// `disabled`, waiting for one): the revert of a provisional dataset.
    /// Refused while the dataset is configured (`[thread] dataset`).
    pub async fn clear_dataset(&self) -> Result<(), ThreadError> {
        self.ask(Request::Clear).await?
    }

    /// Admits `joiner` on the hub's commissioner for window `window` until
    /// `deadline` (the window's): kept while the radio is down, added once
    /// the commissioner is active ([`commissioner`]). Call only for an open
    /// window (the daemon forwards the core's decisions:
    /// [`commissioner::forward_joiner_changes`]).
    pub async fn add_joiner(
        &self,
        window: crate::commissioning::WindowId,
        joiner: crate::commissioning::ThreadJoiner,
        deadline: std::time::Instant,
    ) -> Result<(), ThreadError> {
        let entry = commissioner::JoinerEntry {
            window,
            joiner,
            deadline,
        };
        self.ask(|tx| Request::Joiner(commissioner::JoinerRequest::Add(entry, tx)))
            .await?
    }

    /// Removes window `window`'s joiner entry (its window closed because of
    /// `reason`); nothing if it has none.
    pub async fn remove_joiner(
        &self,
        window: crate::commissioning::WindowId,
        reason: impl Into<String>,
    ) -> Result<(), ThreadError> {
        let reason = reason.into();
        self.ask(|reply| {
            Request::Joiner(commissioner::JoinerRequest::Remove {
                window,
                reason,
                reply,
            })
        })
        .await
    }

    /// The joiner entries of the open windows (never a PSKd).
    pub async fn joiners(&self) -> Result<Vec<commissioner::JoinerStatus>, ThreadError> {
        self.ask(|tx| Request::Joiner(commissioner::JoinerRequest::List(tx)))
            .await
    }

    /// Lets the border agent listen until `deadline` (the commissioner
    /// allowance's; replaces an earlier deadline). Call only for an
    /// allowance the core granted (the daemon forwards its decisions:
    /// [`commissioner::forward_joiner_changes`]).
    pub async fn allow_border_agent(
        &self,
        deadline: std::time::Instant,
    ) -> Result<(), ThreadError> {
        self.ask(|reply| Request::Agent(border_agent::AgentRequest::Allow { deadline, reply }))
            .await
    }

    /// Stops the border agent now (the allowance ended because of
    /// `reason`); its sessions end with it.
    pub async fn end_border_agent(&self, reason: impl Into<String>) -> Result<(), ThreadError> {
        let reason = reason.into();
        self.ask(|reply| Request::Agent(border_agent::AgentRequest::End { reason, reply }))
            .await
    }

    /// Turns Thread on (`true`) or off (`false`), as OpenThread's
    /// `otThreadSetEnabled`; for this run of the daemon only (a restart
    /// brings Thread up again). Enabling takes the hub's role back by
    /// [`resume`]'s rule; enabling a Thread that runs changes nothing.
    /// Refused (OpenThread's error) when there is no active dataset to
    /// enable with.
    pub async fn set_enabled(&self, on: bool) -> Result<(), ThreadError> {
        self.ask(|tx| Request::SetEnabled(on, tx)).await?
    }

    /// Sets the active dataset `tlvs` while Thread is disabled, without
    /// enabling it (OTBR's `PUT /node/dataset/active`; persisted, like an
    /// import): [`ThreadError::Enabled`] while Thread runs, so the network
    /// in use is only replaced by [`ThreadHandle::import_dataset`] or a
    /// pending dataset. A malformed dataset changes nothing.
    pub async fn set_active_dataset_disabled(&self, tlvs: Vec<u8>) -> Result<(), ThreadError> {
        validate_dataset_tlvs(&tlvs)?;
        self.ask(|tx| Request::SetActiveDisabled(tlvs, tx)).await?
    }

    /// Replaces the active dataset (Thread TLVs) and re-attaches with it;
    /// persisted. A malformed dataset changes nothing.
    pub async fn import_dataset(&self, tlvs: Vec<u8>) -> Result<(), ThreadError> {
        validate_dataset_tlvs(&tlvs)?;
        self.ask(|tx| Request::Import(tlvs, tx)).await?
    }
}

/// Checks the TLV structure of an operational dataset and that the TLVs
/// a node needs to attach are present
/// ([`crate::commissioning::dataset::check_active`]). OpenThread checks
/// the values again.
pub fn validate_dataset_tlvs(tlvs: &[u8]) -> Result<(), ThreadError> {
    crate::commissioning::dataset::check_active(tlvs).map_err(|e| ThreadError::BadDataset(e.0))
}

/// Parses a hex dataset (whitespace ignored).
pub fn parse_dataset_hex(s: &str) -> Result<Vec<u8>, ThreadError> {
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let tlvs = hex::decode(&clean).map_err(|e| ThreadError::BadDataset(format!("not hex: {e}")))?;
    validate_dataset_tlvs(&tlvs)?;
    Ok(tlvs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `dataset active -x` of OpenThread's simulated ot-cli-ftd after
    /// `dataset init new` (captured 2026-11-25).
    const DATASET: &str = "0e080000000000010000000300000d4a0300001235060004001fffe00208fb1dc28b0d0261e10708fde8d0d5cc9e3b640510f9b1d5e5493ba07912bbff652f40f164030f4f70656e5468726561642d663631360102f61604105731bb2c620c01d1c989a1fcc8cf24710c0402a0f7f8";

    #[test]
    fn datasets_are_checked() {
        assert!(parse_dataset_hex(DATASET).is_ok());
        assert!(parse_dataset_hex(&format!(" {} \n", &DATASET[..20])).is_err());
        let e = parse_dataset_hex("zz").unwrap_err();
        assert!(e.to_string().contains("not hex"), "{e}");
        let e = parse_dataset_hex("").unwrap_err();
        assert!(e.to_string().contains("empty"), "{e}");
        // Truncated in the middle of a TLV.
        let e = parse_dataset_hex(&DATASET[..DATASET.len() - 4]).unwrap_err();
        assert!(e.to_string().contains("runs past the end"), "{e}");
        // Without the network key TLV (type 5, 16 bytes).
        let tlvs = hex::decode(DATASET).unwrap();
        let mut without = Vec::new();
        let mut at = 0;
        while at < tlvs.len() {
            let end = at + 2 + usize::from(tlvs[at + 1]);
            if tlvs[at] != 5 {
                without.extend_from_slice(&tlvs[at..end]);
            }
            at = end;
        }
        let e = validate_dataset_tlvs(&without).unwrap_err();
        assert!(e.to_string().contains("network key"), "{e}");
        assert!(validate_dataset_tlvs(&[0u8; 255]).is_err());
    }
}
