//! The node's thread: rs-matter's transport, interaction model and
//! responder, the PASE tap, the mDNS publisher, the Thread refresher, the
//! fabric watcher and the command loop, all on one single-threaded
//! runtime.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::net::{SocketAddr, UdpSocket};
use std::num::NonZeroU8;
use std::pin::pin;
use std::time::Duration;

use rs_matter::crypto::{default_crypto, Crypto};
use rs_matter::dm::clusters::basic_info::BasicInfoConfig;
use rs_matter::dm::clusters::decl::thread_border_router_management as tbrm;
use rs_matter::dm::clusters::desc::{self, ClusterHandler as _};
use rs_matter::dm::clusters::thread_diag::{self, ClusterHandler as _};
use rs_matter::dm::endpoints;
use rs_matter::dm::networks::eth::EthNetwork;
use rs_matter::dm::{
    Async, AsyncHandler, Dataver, Endpoint, HandlerContext, InvokeContext, InvokeReply,
    LifecycleOp, MatchContext, Node, ReadContext, ReadReply, WriteContext,
};
use rs_matter::error::{Error, ErrorCode};
use rs_matter::im::{CmdStatus, EthInteractionModelState, IMStatusCode, InteractionModel};
use rs_matter::respond::DefaultResponder;
use rs_matter::sc::pase::{Spake2pVerifierPassword, Spake2pVerifierPasswordRef};
use rs_matter::transport::exchange::MatterBuffers;
use rs_matter::transport::network::MatterLocalService;
use rs_matter::{clusters, devices, root_endpoint, BasicCommData, Matter};
use tokio::sync::mpsc;

use super::attestation::Credentials;
use super::kv::FileKv;
use super::tap::{PaseTracker, TapRecv, TapSend, TapSink};
use super::tbr::{
    session_kind, Diag, Provisional, TbrHandler, ThreadSnapshot, ThreadView, DEV_TYPE_TBR,
    TBR_ENDPOINT,
};
use super::{Command, FabricInfo, MatterDeps, MatterError, MatterOptions, NodeStatus};
use crate::commissioning::matter::{
    DatasetKind, DatasetRefusal, DatasetRequest, DatasetSetRefusal, Observation, SessionKind,
    WindowKind,
};
use crate::mdns::{HostRecord, InstanceKey, ServiceInstance};

/// The node thread's stack: rs-matter keeps its buffers in its futures.
pub(super) const STACK_SIZE: usize = 16 * 1024 * 1024;

/// Cluster ids and command ids the observer watches.
const GEN_COMM: u32 = 0x0030;
const ARM_FAIL_SAFE: u32 = 0x00;
const COMMISSIONING_COMPLETE: u32 = 0x04;
const ADMIN_COMM: u32 = 0x003C;
const OPEN_WINDOW: u32 = 0x00;
const OPEN_BASIC_WINDOW: u32 = 0x01;
const OP_CREDS: u32 = 0x003E;
const REMOVE_FABRIC: u32 = 0x0A;

/// How often the Thread snapshot is refreshed without a change event.
const THREAD_REFRESH: Duration = Duration::from_secs(10);

const NODE: Node<'static> = Node {
    endpoints: &[
        root_endpoint!(eth),
        Endpoint::new(
            TBR_ENDPOINT,
            devices!(DEV_TYPE_TBR),
            clusters!(
                desc::DescHandler::CLUSTER,
                <TbrHandler<'static> as tbrm::ClusterAsyncHandler>::CLUSTER,
                thread_diag::ThreadDiagHandler::CLUSTER
            ),
        ),
    ],
};

/// What the observer shares with the fabric watcher.
#[derive(Default)]
struct Pending {
    /// Who is removing a fabric now (`remove_fabric` over the air, or
    /// `user:<id>` from the API); no one: a removal is a rollback.
    removal_by: Option<String>,
}

/// Wraps the data model: refuses over-the-air commissioning windows and
/// reports fail-safe and commissioning events.
struct Observed<'a, H> {
    inner: H,
    out: &'a mpsc::UnboundedSender<Observation>,
    pending: &'a RefCell<Pending>,
    matter: &'a Matter<'a>,
    provisional: &'a Provisional,
}

impl<H: AsyncHandler> AsyncHandler for Observed<'_, H> {
    fn read_awaits(&self, ctx: impl ReadContext) -> bool {
        self.inner.read_awaits(ctx)
    }

    fn write_awaits(&self, ctx: impl WriteContext) -> bool {
        self.inner.write_awaits(ctx)
    }

    fn invoke_awaits(&self, ctx: impl InvokeContext) -> bool {
        self.inner.invoke_awaits(ctx)
    }

    async fn read(&self, ctx: impl ReadContext, reply: impl ReadReply) -> Result<(), Error> {
        self.inner.read(ctx, reply).await
    }

    async fn write(&self, ctx: impl WriteContext) -> Result<(), Error> {
        self.inner.write(ctx).await
    }

    async fn invoke(&self, ctx: impl InvokeContext, reply: impl InvokeReply) -> Result<(), Error> {
        let (cluster, cmd, ep) = {
            let c = ctx.cmd();
            (c.cluster_id, c.cmd_id, c.endpoint_id)
        };
        let (session, fabric_index) = {
            let accessor = ctx.accessor()?;
            (
                session_kind(&accessor),
                accessor.fab_idx().map(|f| f.get()).unwrap_or(0),
            )
        };
        if ep == 0 && cluster == ADMIN_COMM && (cmd == OPEN_WINDOW || cmd == OPEN_BASIC_WINDOW) {
            let command = if cmd == OPEN_WINDOW {
                "OpenCommissioningWindow"
            } else {
                "OpenBasicCommissioningWindow"
            };
            let _ = self.out.send(Observation::OverTheAirWindow {
                fabric_index,
                command: command.into(),
            });
            return Err(ErrorCode::UnsupportedAccess.into());
        }
        let seconds = if cluster == GEN_COMM && cmd == ARM_FAIL_SAFE {
            rs_matter::dm::clusters::gen_comm::ArmFailSafeRequest::new(ctx.data().clone())
                .expiry_length_seconds()
                .ok()
        } else {
            None
        };
        if cluster == OP_CREDS && cmd == REMOVE_FABRIC {
            self.pending.borrow_mut().removal_by = Some("remove_fabric".into());
        }
        let r = self.inner.invoke(ctx, reply).await;
        if r.is_ok() {
            if let Some(seconds) = seconds {
                let _ = self.out.send(Observation::FailsafeArmed {
                    session,
                    fabric_index,
                    seconds,
                });
            }
            if cluster == GEN_COMM && cmd == COMMISSIONING_COMPLETE {
                self.provisional.completed.set(true);
                let _ = self
                    .out
                    .send(Observation::CommissioningComplete { fabric_index });
            }
        }
        r
    }

    fn bump_dataver(&self, ctx: impl MatchContext) {
        self.inner.bump_dataver(ctx)
    }

    fn lifecycle(&self, ctx: impl HandlerContext, op: LifecycleOp) -> Result<(), Error> {
        self.inner.lifecycle(ctx, op)
    }

    async fn run(&self, ctx: impl HandlerContext) -> Result<(), Error> {
        self.inner.run(ctx).await
    }

    /// A dataset request the interaction model refused before our handler
    /// (an accessor below Operate: the spec lets no View subject invoke)
    /// is audited like one our handler refuses.
    fn invoke_refused(&self, accessor: &rs_matter::acl::Accessor<'_>, status: &CmdStatus) {
        let p = &status.path;
        // GetActive (0), GetPending (1), SetPending (4).
        let (kind, set) = match (p.endpoint, p.cluster, p.cmd) {
            (Some(TBR_ENDPOINT), Some(c), Some(0)) if c == tbrm::FULL_CLUSTER.id => {
                (DatasetKind::Active, false)
            }
            (Some(TBR_ENDPOINT), Some(c), Some(1)) if c == tbrm::FULL_CLUSTER.id => {
                (DatasetKind::Pending, false)
            }
            (Some(TBR_ENDPOINT), Some(c), Some(4)) if c == tbrm::FULL_CLUSTER.id => {
                (DatasetKind::Pending, true)
            }
            _ => return,
        };
        if status.status.status != IMStatusCode::UnsupportedAccess {
            return;
        }
        let session = session_kind(accessor);
        let fab = accessor.fab_idx().ok();
        let fabric_id = fab.and_then(|idx| {
            self.matter
                .with_state(|s| s.fabrics.get(idx).map(|f| f.fabric_id()))
        });
        let request = DatasetRequest {
            kind,
            session,
            fabric_index: fab.map(|f| f.get()).unwrap_or(0),
            fabric_id,
            node_id: accessor.peer_node_id(),
            manage: false,
        };
        let refused = if session == SessionKind::Case {
            DatasetRefusal::NoPrivilege
        } else {
            DatasetRefusal::NotCase
        };
        let _ = self.out.send(if set {
            Observation::DatasetSet {
                request,
                summary: None,
                refused: Some(DatasetSetRefusal::Guard(refused)),
            }
        } else {
            Observation::DatasetRead {
                request,
                refused: Some(refused),
            }
        });
    }
}

fn fabrics_of(matter: &Matter<'_>) -> BTreeMap<u8, FabricInfo> {
    matter.with_state(|s| {
        s.fabrics
            .iter()
            .map(|f| {
                let digest = ring::digest::digest(&ring::digest::SHA256, f.root_ca());
                (
                    f.fab_idx().get(),
                    FabricInfo {
                        index: f.fab_idx().get(),
                        fabric_id: format!("{:016X}", f.fabric_id()),
                        node_id: format!("{:016X}", f.node_id()),
                        vendor_id: f.vendor_id(),
                        label: f.label().to_owned(),
                        root_sha256: hex::encode(digest.as_ref()),
                    },
                )
            })
            .collect()
    })
}

fn hex_u64(s: &str) -> u64 {
    u64::from_str_radix(s, 16).unwrap_or(0)
}

/// The DNS-SD instance of one of rs-matter's services.
fn instance_of(
    matter: &Matter<'_>,
    svc: &MatterLocalService,
    host: &str,
) -> Result<ServiceInstance, Error> {
    let mut buf = [0u8; 512];
    let (s, _) = svc.service(matter, &mut buf)?;
    Ok(ServiceInstance {
        instance: s.name.to_owned(),
        service_type: s.service_protocol.to_owned(),
        subtypes: s.service_subtypes.clone().map(str::to_owned).collect(),
        port: s.port,
        txt: crate::mdns::text_txt(s.txt_kvs.clone()),
        host: HostRecord {
            name: host.to_owned(),
            addresses: Vec::new(),
        },
    })
}

/// Publishes rs-matter's services through the hub's responder and reports
/// fabric changes; wakes on every change rs-matter signals.
async fn watch(
    matter: &Matter<'_>,
    mdns: Option<(crate::mdns::driver::MdnsHandle, String)>,
    out: &mpsc::UnboundedSender<Observation>,
    pending: &RefCell<Pending>,
) {
    let mut published: BTreeMap<InstanceKey, ServiceInstance> = BTreeMap::new();
    let mut known = fabrics_of(matter);
    loop {
        // Fabrics first: their records follow.
        let now = fabrics_of(matter);
        for (idx, f) in &now {
            if !known.contains_key(idx) {
                let _ = out.send(Observation::FabricAdded {
                    fabric_index: *idx,
                    fabric_id: hex_u64(&f.fabric_id),
                    vendor_id: f.vendor_id,
                    root_sha256: f.root_sha256.clone(),
                    node_id: hex_u64(&f.node_id),
                });
            }
        }
        for (idx, f) in &known {
            if !now.contains_key(idx) {
                let by = pending.borrow_mut().removal_by.take();
                let rollback = by.is_none();
                let _ = out.send(Observation::FabricRemoved {
                    fabric_index: *idx,
                    fabric_id: hex_u64(&f.fabric_id),
                    by: by.unwrap_or_else(|| "rollback".into()),
                });
                if rollback {
                    let _ = out.send(Observation::FailsafeExpired);
                }
            }
        }
        known = now;
        if let Some((handle, host)) = &mdns {
            // Collected first: rendering a record reads the node's state,
            // which `mdns_services` holds.
            let mut services = Vec::new();
            let _ = matter.mdns_services(|svc| {
                services.push(svc);
                Ok(())
            });
            let mut want = BTreeMap::new();
            for svc in &services {
                match instance_of(matter, svc, host) {
                    Ok(inst) => {
                        want.insert(inst.key(), inst);
                    }
                    Err(e) => tracing::warn!(error = ?e, "matter: mDNS record"),
                }
            }
            for key in published.keys() {
                if !want.contains_key(key) {
                    let _ = handle.withdraw_external(key.clone()).await;
                }
            }
            for (key, inst) in &want {
                if published.get(key) != Some(inst) {
                    match handle.publish_external(inst.clone()).await {
                        Some(Ok(())) => {}
                        Some(Err(e)) => tracing::warn!(error = %e, "matter: cannot publish"),
                        None => {}
                    }
                }
            }
            published = want;
        }
        matter.transport().wait_mdns().await;
    }
}

/// Where the node records a provisional dataset (under the state
/// directory), so that a restart under the fail-safe reverts it.
const PROVISIONAL_MARKER: &str = "matter-provisional-dataset";

/// How often the provisional-dataset watcher looks at the fail-safe (rs-matter
/// checks its expiry every second).
const FAILSAFE_POLL: Duration = Duration::from_secs(1);

/// Reverts a provisional dataset (SetActiveDatasetRequest under a
/// fail-safe) when that fail-safe ends without CommissioningComplete, and
/// at start one a restart left behind (its marker file).
async fn watch_provisional(
    matter: &Matter<'_>,
    p: &Provisional,
    thread: Option<crate::thread::ThreadHandle>,
    out: &mpsc::UnboundedSender<Observation>,
) {
    let Some(thread) = thread else {
        return std::future::pending().await;
    };
    let mut leftover = p.marker.exists();
    loop {
        if leftover {
            tracing::warn!(
                "matter: a provisional dataset outlived its fail-safe (restart): reverting it"
            );
            leftover = false;
        } else {
            p.notify.notified().await;
            while matter.is_failsafe_armed() {
                tokio::time::sleep(FAILSAFE_POLL).await;
            }
            // CommissioningComplete disarms the fail-safe inside its
            // handler, before the observer records the completion.
            tokio::time::sleep(FAILSAFE_POLL).await;
            if p.completed.get() {
                p.end();
                tracing::info!("matter: the provisional dataset is kept (commissioning complete)");
                continue;
            }
        }
        let mut tries = 0;
        let error = loop {
            match thread.clear_dataset().await {
                Ok(()) => break None,
                Err(crate::thread::ThreadError::RadioDown(_)) if tries < 60 => {
                    tries += 1;
                    tokio::time::sleep(FAILSAFE_POLL).await;
                }
                Err(e) => break Some(e.to_string()),
            }
        };
        p.end();
        let _ = out.send(Observation::DatasetReverted { error });
    }
}

/// Keeps the Thread snapshot current.
async fn refresh(thread: Option<crate::thread::ThreadHandle>, view: ThreadView) {
    let Some(thread) = thread else {
        return std::future::pending().await;
    };
    let mut changes = thread.subscribe_changes();
    loop {
        let status = thread.status().await.ok();
        let active = match thread.export_dataset().await {
            Ok(t) if !t.is_empty() => Some(zeroize::Zeroizing::new(t)),
            _ => None,
        };
        let pending = match thread.export_pending_dataset().await {
            Ok(Some(t)) => Some(zeroize::Zeroizing::new(t)),
            _ => None,
        };
        if let Ok(mut g) = view.lock() {
            *g = ThreadSnapshot {
                status,
                active,
                pending,
            };
        }
        tokio::select! {
            r = changes.changed() => if r.is_err() {
                return std::future::pending().await;
            },
            _ = tokio::time::sleep(THREAD_REFRESH) => {}
        }
    }
}

/// The thread's entry point.
pub(super) fn main(
    opts: MatterOptions,
    deps: MatterDeps,
    creds: Credentials,
    rx: mpsc::UnboundedReceiver<Command>,
    ready: std::sync::mpsc::Sender<Result<(), MatterError>>,
) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = ready.send(Err(MatterError::Stack(format!("runtime: {e}"))));
            return;
        }
    };
    let ready2 = ready.clone();
    if let Err(e) = rt.block_on(run(opts, deps, &creds, rx, ready)) {
        tracing::error!(error = %e, "matter: the node stopped");
        let _ = ready2.send(Err(e));
    }
}

async fn run(
    opts: MatterOptions,
    deps: MatterDeps,
    creds: &Credentials,
    mut rx: mpsc::UnboundedReceiver<Command>,
    ready: std::sync::mpsc::Sender<Result<(), MatterError>>,
) -> Result<(), MatterError> {
    let product_id = creds.product_id().unwrap_or(opts.product_id);
    let version = env!("CARGO_PKG_VERSION");
    let basic = BasicInfoConfig {
        vendor_name: &opts.vendor_name,
        vid: creds.vendor_id(),
        product_name: &opts.product_name,
        pid: product_id,
        hw_ver: 1,
        hw_ver_str: "1",
        sw_ver: 1,
        sw_ver_str: version,
        serial_no: &opts.serial,
        device_name: &opts.name,
        device_type: Some(DEV_TYPE_TBR.dtype),
        ..BasicInfoConfig::new()
    };
    let passcode = opts.passcode.to_le_bytes();
    let comm = BasicCommData {
        password: Spake2pVerifierPassword::new_from_ref(Spake2pVerifierPasswordRef::new(&passcode)),
        discriminator: opts.discriminator,
    };
    let matter = Matter::new(&basic, comm, creds, opts.port);
    let dir = opts.state_dir.join("matter");
    let store = FileKv::open(&dir).map_err(|source| MatterError::State {
        path: dir.clone(),
        source,
    })?;
    let kv = matter.kv(store);
    matter.startup(&kv)?;
    let crypto = default_crypto(rand::rng(), creds.secret_key());
    let mut rand = crypto.rand()?;

    let obs_tx = &deps.observations;
    let view: ThreadView = Default::default();
    let provisional = Provisional::new(opts.state_dir.join(PROVISIONAL_MARKER));
    let tbr_handler = TbrHandler::new(
        Dataver::new_rand(&mut rand),
        view.clone(),
        deps.thread.clone(),
        opts.name.clone(),
        deps.agent_id,
        obs_tx,
        &provisional,
    );
    let diag = Diag::new(view.clone());
    let pending = RefCell::new(Pending::default());
    let handler = endpoints::EthSysHandlerBuilder::new()
        .build(rand)
        .chain(
            |e, c| e == TBR_ENDPOINT && c == desc::DescHandler::CLUSTER.id,
            Async(desc::DescHandler::new(Dataver::new_rand(&mut rand)).adapt()),
        )
        .chain(
            |e, c| e == TBR_ENDPOINT && c == tbrm::FULL_CLUSTER.id,
            tbrm::HandlerAsyncAdaptor(&tbr_handler),
        )
        .chain(
            |e, c| e == TBR_ENDPOINT && c == thread_diag::ThreadDiagHandler::CLUSTER.id,
            Async(thread_diag::ThreadDiagHandler::new(Dataver::new_rand(&mut rand), &diag).adapt()),
        );
    let dm = (
        NODE,
        Observed {
            inner: handler,
            out: obs_tx,
            pending: &pending,
            matter: &matter,
            provisional: &provisional,
        },
    );
    let buffers: MatterBuffers = MatterBuffers::new();
    let state: EthInteractionModelState = EthInteractionModelState::new(EthNetwork::new_default());
    let im = InteractionModel::new(&matter, &crypto, &buffers, dm, &kv, &state);
    im.startup().await?;

    let addr = SocketAddr::new(opts.bind, opts.port);
    let socket = UdpSocket::bind(addr)
        .and_then(async_io::Async::new)
        .map_err(|source| MatterError::Bind { addr, source })?;

    let tracker = RefCell::new(PaseTracker::new());
    let window_open = || matter.comm_window_state().is_open();
    let sink = TapSink {
        tracker: &tracker,
        out: obs_tx,
        window_open: &window_open,
    };
    let responder = DefaultResponder::new(&im);
    let mut respond = pin!(responder.run::<4, 4>());
    let mut im_job = pin!(im.run());
    let mut transport = pin!(matter.run(
        &crypto,
        TapSend {
            inner: &socket,
            sink: &sink
        },
        TapRecv {
            inner: &socket,
            sink: &sink
        },
        &socket
    ));
    let mut watcher = pin!(watch(&matter, deps.mdns.clone(), obs_tx, &pending));
    let mut refresher = pin!(refresh(deps.thread.clone(), view.clone()));
    let expire = async {
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            let obs = tracker.borrow_mut().expire(std::time::Instant::now());
            for o in obs {
                let _ = obs_tx.send(o);
            }
        }
    };
    let expire = embassy_futures::join::join(
        expire,
        watch_provisional(&matter, &provisional, deps.thread.clone(), obs_tx),
    );
    let mut expire = pin!(expire);
    tracing::info!(
        %addr,
        vendor_id = format!("0x{:04X}", creds.vendor_id()),
        product_id = format!("0x{product_id:04X}"),
        fabrics = matter.with_state(|s| s.fabrics.iter().count()),
        "matter node listening"
    );
    let _ = ready.send(Ok(()));

    let commands = async {
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Status(tx) => {
                    let _ = tx.send(NodeStatus {
                        port: opts.port,
                        vendor_id: creds.vendor_id(),
                        product_id,
                        development_credentials: creds.is_development(),
                        window_open: matter.comm_window_state().is_open(),
                        fabrics: fabrics_of(&matter).into_values().collect(),
                    });
                }
                Command::Open(grant, tx) => {
                    let _ = tx.send(open_window(&matter, &im, &crypto, &grant));
                }
                Command::Close(tx) => {
                    let _ = tx.send(im.close_comm_window().unwrap_or(false));
                }
                Command::RemoveFabric(index, by, tx) => {
                    let _ = tx.send(remove_fabric(&matter, &kv, &pending, index, by));
                }
                Command::Stop => break,
            }
        }
    };
    let mut commands = pin!(commands);
    let all = embassy_futures::select::select4(
        &mut transport,
        &mut respond,
        &mut im_job,
        embassy_futures::select::select4(&mut watcher, &mut refresher, &mut expire, &mut commands),
    );
    let r = match all.await {
        embassy_futures::select::Either4::First(r)
        | embassy_futures::select::Either4::Second(r)
        | embassy_futures::select::Either4::Third(r) => r.map_err(MatterError::from),
        embassy_futures::select::Either4::Fourth(_) => Ok(()),
    };
    // Withdraw what we published (a goodbye), whatever stopped us.
    let _ = matter.close_comm_window(&());
    if let Some((handle, host)) = &deps.mdns {
        let mut services = Vec::new();
        let _ = matter.mdns_services(|svc| {
            services.push(svc);
            Ok(())
        });
        let keys: Vec<_> = services
            .iter()
            .filter_map(|svc| instance_of(&matter, svc, host).ok())
            .map(|inst| inst.key())
            .collect();
        for k in keys {
            let _ = handle.withdraw_external(k).await;
        }
    }
    r
}

fn open_window<C: Crypto, IM>(
    matter: &Matter<'_>,
    im: &IM,
    crypto: C,
    grant: &crate::commissioning::matter::WindowGrant,
) -> Result<(), MatterError>
where
    IM: rs_matter::dm::AttrChangeNotifier + OpenBasic,
{
    let ttl = u16::try_from(grant.ttl.as_secs()).unwrap_or(u16::MAX);
    match (grant.kind, &grant.secret, grant.discriminator) {
        (WindowKind::Basic, _, _) => im.open_basic(ttl)?,
        (WindowKind::Enhanced, Some(secret), Some(disc)) => {
            let (_, record) = crate::pake::derive(secret.passcode, &secret.salt, secret.iterations)
                .map_err(|e| MatterError::Stack(format!("verifier: {e}")))?;
            let verifier = record.to_bytes();
            matter.open_enhanced_comm_window(
                &verifier[..],
                &secret.salt,
                secret.iterations,
                disc,
                ttl,
                crypto,
                im,
            )?;
        }
        _ => {
            return Err(MatterError::Stack(
                "an enhanced window without its secret".into(),
            ))
        }
    }
    Ok(())
}

/// The interaction model's basic-window opener (it bumps the cluster's
/// data version as well).
trait OpenBasic {
    fn open_basic(&self, ttl: u16) -> Result<(), Error>;
}

impl<'a, C, B, T, K, N, NC, R, const NS: usize, const NE: usize> OpenBasic
    for InteractionModel<'a, C, B, T, K, N, NC, R, NS, NE>
where
    C: Crypto,
    B: rs_matter::utils::storage::pooled::Buffers<rs_matter::im::IMBuffer>,
    T: rs_matter::dm::DataModel,
    K: rs_matter::persist::KvBlobStoreAccess,
    N: rs_matter::dm::clusters::net_comm::Networks,
    R: rs_matter::dm::ReportDataHandler,
{
    fn open_basic(&self, ttl: u16) -> Result<(), Error> {
        self.open_basic_comm_window(ttl)
    }
}

fn remove_fabric<K: rs_matter::persist::KvBlobStoreAccess>(
    matter: &Matter<'_>,
    kv: K,
    pending: &RefCell<Pending>,
    index: u8,
    by: String,
) -> Result<Option<FabricInfo>, MatterError> {
    let Some(idx) = NonZeroU8::new(index) else {
        return Ok(None);
    };
    let info = fabrics_of(matter).remove(&index);
    if info.is_none() {
        return Ok(None);
    }
    pending.borrow_mut().removal_by = Some(by);
    if !matter.remove_fabric(idx, kv)? {
        pending.borrow_mut().removal_by = None;
        return Ok(None);
    }
    Ok(info)
}
