//! Endpoint 1, the Thread Border Router device type (0x0091): the Thread
//! Border Router Management cluster (0x0452), which rs-matter declares
//! (generated from the Matter IDL) but does not implement, and the Thread
//! Network Diagnostics cluster, both fed from the hub's Thread service
//! through a [`ThreadView`] the node keeps current.
//!
//! The dataset commands follow the core's rule
//! ([`crate::commissioning::matter::DatasetGuard`]): CASE only, Manage
//! privilege, rate-limited per fabric, every request audited. The
//! cluster's metadata therefore declares them at any privilege, so that
//! a refused request reaches this handler (and the audit log) instead of
//! being refused silently by the interaction model; the handler then
//! runs the same ACL check the interaction model would, for Manage.
#![forbid(unsafe_code)]

use std::cell::{Cell, RefCell};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rs_matter::acl::{AccessReq, AuthMode};
use rs_matter::dm::clusters::decl::thread_border_router_management::{
    self as tbrm, AttributeId, CommandId, CommandResponseId, DatasetResponseBuilder,
    SetActiveDatasetRequestRequest, SetPendingDatasetRequestRequest,
};
use rs_matter::dm::clusters::thread_diag::{RoutingRoleEnum, ThreadDiag};
use rs_matter::dm::clusters::wifi_diag::WirelessDiag;
use rs_matter::dm::{
    Access, Attribute, Cluster, Command, Dataver, DeviceType, InvokeContext, Quality, ReadContext,
};
use rs_matter::error::{Error, ErrorCode};
use rs_matter::im::GenericPath;
use rs_matter::tlv::{Nullable, Octets, OctetsBuilder, TLVBuilderParent, Utf8StrBuilder};
use tokio::sync::mpsc::UnboundedSender;
use zeroize::Zeroizing;

use crate::commissioning::dataset::{self, Malformed, PendingRefusal};
use crate::commissioning::matter::{
    DatasetGuard, DatasetKind, DatasetRefusal, DatasetRequest, DatasetSetRefusal, Observation,
    SessionKind,
};
use crate::thread::{ThreadError, ThreadHandle, ThreadStatus};

/// The Thread Border Router device type (Matter 1.4).
pub const DEV_TYPE_TBR: DeviceType = DeviceType {
    dtype: 0x0091,
    drev: 1,
};

/// The endpoint that carries it.
pub const TBR_ENDPOINT: u16 = 1;

/// What the node knows of the Thread network, refreshed from the Thread
/// service on every change.
#[derive(Default)]
pub struct ThreadSnapshot {
    /// The latest status (`None` before the first or without Thread).
    pub status: Option<ThreadStatus>,
    /// The active dataset (Thread TLVs), when there is one.
    pub active: Option<Zeroizing<Vec<u8>>>,
    /// The pending dataset (a scheduled migration), when there is one.
    pub pending: Option<Zeroizing<Vec<u8>>>,
}

/// Shared between the refresher and the handlers.
pub type ThreadView = Arc<Mutex<ThreadSnapshot>>;

/// Any privilege may invoke (the handler checks Manage itself).
const ANY: Access = Access::WRITE
    .union(Access::NEED_VIEW)
    .union(Access::NEED_OPERATE)
    .union(Access::NEED_MANAGE)
    .union(Access::NEED_ADMIN);

const ATTRS: &[Attribute] = &[
    Attribute::new(
        AttributeId::BorderRouterName as _,
        Access::RV,
        Quality::NONE,
    ),
    Attribute::new(AttributeId::BorderAgentID as _, Access::RV, Quality::NONE),
    Attribute::new(AttributeId::ThreadVersion as _, Access::RV, Quality::NONE),
    Attribute::new(
        AttributeId::InterfaceEnabled as _,
        Access::RV,
        Quality::NONE,
    ),
    Attribute::new(
        AttributeId::ActiveDatasetTimestamp as _,
        Access::RV,
        Quality::NONE,
    ),
    Attribute::new(
        AttributeId::PendingDatasetTimestamp as _,
        Access::RV,
        Quality::NONE,
    ),
    Attribute::new(
        AttributeId::GeneratedCommandList as _,
        Access::RV,
        Quality::A,
    ),
    Attribute::new(
        AttributeId::AcceptedCommandList as _,
        Access::RV,
        Quality::A,
    ),
    Attribute::new(AttributeId::AttributeList as _, Access::RV, Quality::A),
    Attribute::new(AttributeId::FeatureMap as _, Access::RV, Quality::NONE),
    Attribute::new(AttributeId::ClusterRevision as _, Access::RV, Quality::NONE),
];

const CMDS: &[Command] = &[
    Command::new(
        CommandId::GetActiveDatasetRequest as _,
        Some(CommandResponseId::DatasetResponse as _),
        ANY,
    ),
    Command::new(
        CommandId::GetPendingDatasetRequest as _,
        Some(CommandResponseId::DatasetResponse as _),
        ANY,
    ),
    Command::new(
        CommandId::SetActiveDatasetRequest as _,
        None,
        Access::WM.union(Access::TIMED_ONLY),
    ),
    Command::new(
        CommandId::SetPendingDatasetRequest as _,
        None,
        ANY.union(Access::TIMED_ONLY),
    ),
];

/// The PANChange feature (bit 0): the hub accepts pending datasets.
const FEATURE_PAN_CHANGE: u32 = 1;

/// A dataset a controller set with SetActiveDatasetRequest under its
/// fail-safe, until that fail-safe ends: kept if CommissioningComplete
/// came, reverted otherwise (the node's watcher,
/// `node::watch_provisional`). A marker file in the node's state directory
/// records it, so that a hub restarted under the fail-safe reverts it at
/// start.
pub struct Provisional {
    /// A provisional dataset is in force.
    pub active: Cell<bool>,
    /// CommissioningComplete succeeded since it was set.
    pub completed: Cell<bool>,
    /// Wakes the watcher when one is set.
    pub notify: tokio::sync::Notify,
    /// The marker file.
    pub marker: std::path::PathBuf,
}

impl Provisional {
    /// No provisional dataset; the marker at `marker`.
    pub fn new(marker: std::path::PathBuf) -> Provisional {
        Provisional {
            active: Cell::new(false),
            completed: Cell::new(false),
            notify: tokio::sync::Notify::new(),
            marker,
        }
    }

    fn begin(&self) {
        self.completed.set(false);
        self.active.set(true);
        if let Err(e) = crate::fsutil::write_secret_file(&self.marker, b"provisional\n") {
            tracing::warn!(error = %e, path = %self.marker.display(), "matter: cannot record the provisional dataset");
        }
        self.notify.notify_one();
    }

    /// The fail-safe ended: forget it (the caller keeps or reverts).
    pub fn end(&self) {
        self.active.set(false);
        let _ = std::fs::remove_file(&self.marker);
    }
}

/// The TBR Management handler.
pub struct TbrHandler<'a> {
    dataver: Dataver,
    view: ThreadView,
    thread: Option<ThreadHandle>,
    name: String,
    agent_id: [u8; 16],
    guard: RefCell<DatasetGuard>,
    out: &'a UnboundedSender<Observation>,
    provisional: &'a Provisional,
}

impl<'a> TbrHandler<'a> {
    /// A handler answering from `view`, scheduling migrations on `thread`,
    /// naming the hub `name` (its `_meshcop._udp` instance name) with
    /// border agent id `agent_id`.
    pub fn new(
        dataver: Dataver,
        view: ThreadView,
        thread: Option<ThreadHandle>,
        name: String,
        agent_id: [u8; 16],
        out: &'a UnboundedSender<Observation>,
        provisional: &'a Provisional,
    ) -> TbrHandler<'a> {
        TbrHandler {
            dataver,
            view,
            thread,
            name,
            agent_id,
            guard: RefCell::new(DatasetGuard::new()),
            out,
            provisional,
        }
    }

    fn snapshot<R>(&self, f: impl FnOnce(&ThreadSnapshot) -> R) -> R {
        match self.view.lock() {
            Ok(g) => f(&g),
            Err(p) => f(&p.into_inner()),
        }
    }

    /// The request as the core sees it, and the core's decision.
    fn decide(
        &self,
        ctx: &impl InvokeContext,
        kind: DatasetKind,
    ) -> Result<(DatasetRequest, Result<(), DatasetRefusal>), Error> {
        let request = request_of(ctx, kind)?;
        let verdict = self.guard.borrow_mut().decide(Instant::now(), &request);
        Ok((request, verdict))
    }

    /// SetActiveDatasetRequest's checks, in the spec's order, then the
    /// dataset applied (provisionally).
    async fn provision(
        &self,
        ctx: &impl InvokeContext,
        tlvs: Option<&[u8]>,
    ) -> Result<(), (DatasetSetRefusal, Error)> {
        if !ctx.exchange().matter().is_failsafe_armed() {
            return Err((
                DatasetSetRefusal::FailsafeRequired,
                ErrorCode::FailSafeRequired.into(),
            ));
        }
        if self.snapshot(|s| s.active.is_some()) {
            return Err((
                DatasetSetRefusal::HasDataset,
                ErrorCode::InvalidInState.into(),
            ));
        }
        let invalid = |m: String| {
            (
                DatasetSetRefusal::Pending(PendingRefusal::Invalid(Malformed(m))),
                Error::from(ErrorCode::InvalidCommand),
            )
        };
        let tlvs = tlvs.ok_or_else(|| invalid("no ActiveDataset field".into()))?;
        dataset::check_active(tlvs).map_err(|m| invalid(m.0))?;
        let Some(thread) = &self.thread else {
            return Err((DatasetSetRefusal::Unavailable, ErrorCode::Failure.into()));
        };
        thread
            .provision_dataset(tlvs.to_vec())
            .await
            .map_err(schedule_refusal)?;
        self.provisional.begin();
        Ok(())
    }
}

/// The kind of session an accessor came over, as the core sees it.
pub fn session_kind(accessor: &rs_matter::acl::Accessor<'_>) -> SessionKind {
    match accessor.auth_mode() {
        Some(AuthMode::Case) => SessionKind::Case,
        Some(AuthMode::Pase) => SessionKind::Pase,
        _ => SessionKind::Other,
    }
}

/// The dataset request `ctx` carries, as the core sees it.
fn request_of(ctx: &impl InvokeContext, kind: DatasetKind) -> Result<DatasetRequest, Error> {
    let accessor = ctx.accessor()?;
    let session = session_kind(&accessor);
    let fabric_index = accessor.fab_idx().map(|f| f.get()).unwrap_or(0);
    let fabric_id = accessor.fab_idx().ok().and_then(|idx| {
        ctx.exchange()
            .matter()
            .with_state(|s| s.fabrics.get(idx).map(|f| f.fabric_id()))
    });
    let cmd = ctx.cmd();
    let mut req = AccessReq::new(
        &accessor,
        GenericPath::new(
            Some(cmd.endpoint_id),
            Some(cmd.cluster_id),
            Some(cmd.cmd_id),
        ),
        Access::WRITE,
        &[DEV_TYPE_TBR],
    );
    req.set_target_perms(Access::WM);
    let manage = session == SessionKind::Case && req.allow();
    Ok(DatasetRequest {
        kind,
        session,
        fabric_index,
        fabric_id,
        node_id: accessor.peer_node_id(),
        manage,
    })
}

impl TbrHandler<'_> {
    /// A dataset read: decided, audited, answered from the snapshot (an
    /// empty dataset when there is none, as the spec says).
    fn read_dataset<P: TLVBuilderParent>(
        &self,
        ctx: &impl InvokeContext,
        kind: DatasetKind,
        response: DatasetResponseBuilder<P>,
    ) -> Result<P, Error> {
        let (request, verdict) = self.decide(ctx, kind)?;
        let _ = self.out.send(Observation::DatasetRead {
            request,
            refused: verdict.err(),
        });
        verdict.map_err(guard_status)?;
        let tlvs = self.snapshot(|s| match kind {
            DatasetKind::Active => s.active.clone(),
            DatasetKind::Pending => s.pending.clone(),
        });
        response
            .dataset(Octets::new(tlvs.as_deref().map_or(&[][..], |t| &t[..])))?
            .end()
    }
}

/// The spec's status for a guard refusal.
fn guard_status(r: DatasetRefusal) -> Error {
    match r {
        DatasetRefusal::RateLimited => ErrorCode::Busy.into(),
        DatasetRefusal::NotCase | DatasetRefusal::NoPrivilege => {
            ErrorCode::UnsupportedAccess.into()
        }
    }
}

/// The refusal (for the audit record) and the spec's status for a Thread
/// service error while scheduling a pending dataset.
fn schedule_refusal(e: ThreadError) -> (DatasetSetRefusal, Error) {
    match e {
        ThreadError::PendingRefused(PendingRefusal::NoActiveDataset) => (
            DatasetSetRefusal::Pending(PendingRefusal::NoActiveDataset),
            ErrorCode::InvalidInState.into(),
        ),
        ThreadError::PendingRefused(p) => (
            DatasetSetRefusal::Pending(p),
            ErrorCode::InvalidCommand.into(),
        ),
        ThreadError::BadDataset(m) => (
            DatasetSetRefusal::Pending(PendingRefusal::Invalid(Malformed(m))),
            ErrorCode::InvalidCommand.into(),
        ),
        ThreadError::Configured => (
            DatasetSetRefusal::Configured,
            ErrorCode::InvalidInState.into(),
        ),
        ThreadError::HasDataset => (
            DatasetSetRefusal::HasDataset,
            ErrorCode::InvalidInState.into(),
        ),
        ThreadError::RadioDown(_)
        | ThreadError::Enabled
        | ThreadError::Stopped
        | ThreadError::Settings(_)
        | ThreadError::OpenThread(_) => (DatasetSetRefusal::Unavailable, ErrorCode::Failure.into()),
    }
}

impl tbrm::ClusterAsyncHandler for TbrHandler<'_> {
    const CLUSTER: Cluster<'static> = Cluster::new(
        tbrm::FULL_CLUSTER.id,
        tbrm::FULL_CLUSTER.revision,
        FEATURE_PAN_CHANGE,
        ATTRS,
        CMDS,
        &[],
        |_, _, _| true,
        |_, _, _| true,
        |_, _, _| true,
    );

    fn dataver(&self) -> u32 {
        self.dataver.get()
    }

    fn dataver_changed(&self) {
        self.dataver.changed();
    }

    async fn border_router_name<P: TLVBuilderParent>(
        &self,
        _ctx: impl ReadContext,
        builder: Utf8StrBuilder<P>,
    ) -> Result<P, Error> {
        builder.set(&self.name)
    }

    async fn border_agent_id<P: TLVBuilderParent>(
        &self,
        _ctx: impl ReadContext,
        builder: OctetsBuilder<P>,
    ) -> Result<P, Error> {
        builder.set(Octets::new(&self.agent_id))
    }

    async fn thread_version(&self, _ctx: impl ReadContext) -> Result<u16, Error> {
        Ok(self.snapshot(|s| s.status.as_ref().map(|st| st.thread_version).unwrap_or(0)))
    }

    async fn interface_enabled(&self, _ctx: impl ReadContext) -> Result<bool, Error> {
        Ok(self.snapshot(|s| {
            s.status
                .as_ref()
                .is_some_and(|st| !matches!(st.role.as_str(), "down" | "disabled"))
        }))
    }

    async fn active_dataset_timestamp(
        &self,
        _ctx: impl ReadContext,
    ) -> Result<Nullable<u64>, Error> {
        Ok(Nullable::new(self.snapshot(|s| {
            s.active
                .as_deref()
                .and_then(|t| dataset::active_timestamp(t))
        })))
    }

    async fn pending_dataset_timestamp(
        &self,
        _ctx: impl ReadContext,
    ) -> Result<Nullable<u64>, Error> {
        Ok(Nullable::new(self.snapshot(|s| {
            s.pending
                .as_deref()
                .and_then(|t| dataset::pending_timestamp(t))
        })))
    }

    async fn handle_get_active_dataset_request<P: TLVBuilderParent>(
        &self,
        ctx: impl InvokeContext,
        response: DatasetResponseBuilder<P>,
    ) -> Result<P, Error> {
        self.read_dataset(&ctx, DatasetKind::Active, response)
    }

    async fn handle_get_pending_dataset_request<P: TLVBuilderParent>(
        &self,
        ctx: impl InvokeContext,
        response: DatasetResponseBuilder<P>,
    ) -> Result<P, Error> {
        self.read_dataset(&ctx, DatasetKind::Pending, response)
    }

    async fn handle_set_active_dataset_request(
        &self,
        ctx: impl InvokeContext,
        request: SetActiveDatasetRequestRequest<'_>,
    ) -> Result<(), Error> {
        // The spec: only under an armed fail-safe (FAILSAFE_REQUIRED), only
        // on a border router without an active dataset (INVALID_IN_STATE;
        // a hub that formed its network moves it with
        // SetPendingDatasetRequest), a valid dataset (INVALID_COMMAND).
        // Over PASE too: that is when a commissioner sets it. Reverted if
        // the fail-safe ends without CommissioningComplete.
        let req = request_of(&ctx, DatasetKind::Active)?;
        let tlvs = request.active_dataset().ok().map(|t| t.0);
        let (ext_pan_id, channel) = tlvs
            .and_then(|t| dataset::Tlvs::parse(t).ok())
            .map(|t| (t.ext_pan_id(), t.channel()))
            .unwrap_or((None, None));
        let (refused, result) = match self.provision(&ctx, tlvs).await {
            Ok(()) => (None, Ok(())),
            Err((r, status)) => (Some(r), Err(status)),
        };
        let _ = self.out.send(Observation::DatasetProvisioned {
            request: req,
            ext_pan_id,
            channel,
            refused,
        });
        result
    }

    async fn handle_set_pending_dataset_request(
        &self,
        ctx: impl InvokeContext,
        request: SetPendingDatasetRequestRequest<'_>,
    ) -> Result<(), Error> {
        let (req, verdict) = self.decide(&ctx, DatasetKind::Pending)?;
        let outcome = match verdict {
            Err(g) => Err((DatasetSetRefusal::Guard(g), guard_status(g))),
            Ok(()) => match (request.pending_dataset(), &self.thread) {
                (Err(_), _) => Err((
                    DatasetSetRefusal::Pending(PendingRefusal::Invalid(Malformed(
                        "no PendingDataset field".into(),
                    ))),
                    ErrorCode::InvalidCommand.into(),
                )),
                (Ok(_), None) => Err((DatasetSetRefusal::Unavailable, ErrorCode::Failure.into())),
                (Ok(tlvs), Some(thread)) => thread
                    .schedule_pending_dataset(tlvs.0.to_vec())
                    .await
                    .map_err(schedule_refusal),
            },
        };
        let (summary, refused, result) = match outcome {
            Ok(summary) => (Some(summary), None, Ok(())),
            Err((refusal, status)) => (None, Some(refusal), Err(status)),
        };
        let _ = self.out.send(Observation::DatasetSet {
            request: req,
            summary,
            refused,
        });
        result
    }
}

/// Thread Network Diagnostics from the snapshot.
pub struct Diag {
    view: ThreadView,
}

impl Diag {
    /// Diagnostics answering from `view`.
    pub fn new(view: ThreadView) -> Diag {
        Diag { view }
    }

    fn status<R>(&self, f: impl FnOnce(&ThreadStatus) -> Option<R>) -> Option<R> {
        let g = match self.view.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        g.status.as_ref().and_then(f)
    }
}

impl rs_matter::utils::sync::DynBase for Diag {}

impl WirelessDiag for Diag {
    fn connected(&self) -> Result<bool, Error> {
        Ok(self
            .status(|s| Some(matches!(s.role.as_str(), "leader" | "router" | "child")))
            .unwrap_or(false))
    }
}

impl ThreadDiag for Diag {
    fn channel(&self) -> Result<Option<u16>, Error> {
        Ok(self.status(|s| (s.channel != 0).then_some(u16::from(s.channel))))
    }

    fn routing_role(&self) -> Result<Option<RoutingRoleEnum>, Error> {
        Ok(self.status(|s| {
            Some(match s.role.as_str() {
                "leader" => RoutingRoleEnum::Leader,
                "router" => RoutingRoleEnum::Router,
                "child" => RoutingRoleEnum::EndDevice,
                "detached" => RoutingRoleEnum::Unassigned,
                _ => RoutingRoleEnum::Unspecified,
            })
        }))
    }

    fn network_name(
        &self,
        f: &mut dyn FnMut(Option<&str>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let name = self.status(|s| (!s.network_name.is_empty()).then(|| s.network_name.clone()));
        f(name.as_deref())
    }

    fn pan_id(&self) -> Result<Option<u16>, Error> {
        Ok(self.status(|s| (s.channel != 0).then_some(s.pan_id)))
    }

    fn extended_pan_id(&self) -> Result<Option<u64>, Error> {
        Ok(self.status(|s| u64::from_str_radix(&s.ext_pan_id, 16).ok()))
    }

    fn partition_id(&self) -> Result<Option<u32>, Error> {
        Ok(self.status(|s| (s.partition_id != 0).then_some(s.partition_id)))
    }

    fn ext_address(&self) -> Result<Option<u64>, Error> {
        Ok(self.status(|s| u64::from_str_radix(&s.ext_address, 16).ok()))
    }

    fn rloc_16(&self) -> Result<Option<u16>, Error> {
        Ok(self.status(|s| (s.channel != 0).then_some(s.rloc16)))
    }
}
