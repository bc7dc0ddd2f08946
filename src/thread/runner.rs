//! The OpenThread thread: supervision loop and one session per RCP link
//! (see the state machine in the parent module's documentation).
#![forbid(unsafe_code)]

use std::net::Ipv6Addr;

use std::cell::RefCell;
use std::rc::Rc;

use openthread::spinel::{SpinelRadio, SpinelRadioResources};
use openthread::{DeviceRole, OpenThread, OtResources};
use tokio::sync::{mpsc, oneshot};

use super::border_agent::AgentGate;
use super::commissioner::JoinerBook;
use super::guard::{Fault, Guarded};
use super::infra::{self, BorderRouting};
use super::link::{Backoff, LinkInfo, RcpLink};
use super::netif::Interface;
use super::resume::{self, LeadReason, Resume, ResumeFile, ResumeRecord, SavedRole};
use super::rng::OtEntropy;
use super::settings::{FileSettings, SETTINGS_FILE};
use super::srp::SrpSender;
use super::udp::PlatformUdp;
use super::{
    ffi, DatasetSource, Neighbor, Request, ThreadError, ThreadEvent, ThreadHandle, ThreadOptions,
    ThreadStatus,
};

/// The running Thread service: the OpenThread OS thread and its handle.
#[derive(Debug)]
pub struct ThreadService {
    handle: ThreadHandle,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ThreadService {
    /// Opens the persisted settings (`<dir>/settings.bin`, created 0700 /
    /// 0600 as needed) and starts the OpenThread thread, which opens the
    /// radio and brings the network up (forming one if there is none).
    /// Fails only for what a restart would not fix: an unusable settings
    /// file or directory, no entropy. A radio that cannot be opened is
    /// retried with backoff (events report it).
    pub fn start(
        opts: ThreadOptions,
        events: mpsc::UnboundedSender<ThreadEvent>,
    ) -> Result<ThreadService, ThreadError> {
        use std::os::unix::fs::DirBuilderExt;
        if !opts.dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&opts.dir)
                .map_err(|e| {
                    ThreadError::Settings(format!("cannot create {}: {e}", opts.dir.display()))
                })?;
        }
        let settings = FileSettings::open(&opts.dir.join(SETTINGS_FILE))
            .map_err(|e| ThreadError::Settings(e.to_string()))?;
        let rng = OtEntropy::new().map_err(|e| ThreadError::OpenThread(e.to_string()))?;
        let (tx, rx) = mpsc::channel(16);
        let (changes, changes_rx) = tokio::sync::watch::channel(0u64);
        let (srp, srp_rx) = tokio::sync::watch::channel(Vec::new());
        let (stop, stop_rx) = oneshot::channel();
        let thread = std::thread::Builder::new()
            .name("openthread".into())
            .stack_size(8 << 20)
            .spawn(move || {
                run_thread(
                    opts,
                    settings,
                    rng,
                    rx,
                    stop_rx,
                    events,
                    Watches { changes, srp },
                )
            })
            .map_err(|e| ThreadError::OpenThread(format!("cannot start its thread: {e}")))?;
        Ok(ThreadService {
            handle: ThreadHandle {
                tx,
                changes: changes_rx,
                srp: srp_rx,
            },
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// A handle for commands.
    pub fn handle(&self) -> ThreadHandle {
        self.handle.clone()
    }

    /// Stops OpenThread (the RCP process, if any, is killed) and waits for
    /// its thread to end.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = tokio::task::spawn_blocking(move || t.join()).await;
        }
    }
}

impl Drop for ThreadService {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn run_thread(
    opts: ThreadOptions,
    settings: FileSettings,
    rng: OtEntropy,
    rx: mpsc::Receiver<Request>,
    stop: oneshot::Receiver<()>,
    events: mpsc::UnboundedSender<ThreadEvent>,
    watches: Watches,
) {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            tracing::error!(error = %e, "thread: cannot start the OpenThread runtime");
            return;
        }
    };
    rt.block_on(async {
        // The CIDR is routed to the interface only where NAT64 can run
        // (it needs border routing).
        let nat64_route = opts
            .nat64
            .filter(|_| opts.infra_interface != super::InfraInterface::Disabled);
        let netif = Interface::open(opts.interface.as_deref(), nat64_route).await;
        supervise(opts, settings, rng, rx, stop, events, watches, &netif).await;
        netif.close().await;
    });
}

/// What the OpenThread thread publishes for the handles to watch.
struct Watches {
    /// Moved on every OpenThread state change.
    changes: tokio::sync::watch::Sender<u64>,
    /// The SRP server's table.
    srp: SrpSender,
}

/// How a session ended.
enum SessionEnd {
    Stopped,
    Failed(String),
}

/// What the supervisor and its sessions share.
struct Ctx<'a> {
    opts: &'a ThreadOptions,
    events: &'a mpsc::UnboundedSender<ThreadEvent>,
    /// Moved on every OpenThread state change ([`ThreadHandle::subscribe_changes`]).
    changes: &'a tokio::sync::watch::Sender<u64>,
    /// The joiner windows' entries (they outlive sessions).
    joiners: &'a JoinerBook,
    /// The Thread network interface (netif.rs), kept across sessions.
    netif: &'a Interface,
    /// The SRP server's table ([`ThreadHandle::subscribe_srp`]).
    srp: &'a SrpSender,
    /// The border agent's gate (it outlives sessions).
    agent: &'a AgentGate,
    /// The resume record (resume.rs), kept across sessions.
    resume: &'a ResumeFile,
}

impl Ctx<'_> {
    fn emit(&self, ev: ThreadEvent) {
        let _ = self.events.send(ev);
    }

    fn down_status(&self, reason: &str) -> ThreadStatus {
        ThreadStatus {
            role: "down".into(),
            radio_url: self.opts.radio.to_string(),
            rcp_version: None,
            rcp_pid: None,
            last_rcp_loss: None,
            ot_version: OpenThread::version().to_owned(),
            thread_version: ffi::thread_version(),
            network_name: String::new(),
            channel: 0,
            pan_id: 0,
            ext_pan_id: reason.to_owned(),
            partition_id: 0,
            ext_address: String::new(),
            rloc16: 0,
            mesh_local_eid: None,
            addresses: Vec::new(),
            neighbors: Vec::new(),
            recoveries: 0,
            border_routing: None,
            interface: self.netif.status(),
            srp: Vec::new(),
            joiners: self.joiners.list(std::time::Instant::now()),
            border_agent: Some(self.agent.status(std::time::Instant::now())),
            commissioner_allowance: None,
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn supervise(
    opts: ThreadOptions,
    mut settings: FileSettings,
    mut rng: OtEntropy,
    mut rx: mpsc::Receiver<Request>,
    mut stop: oneshot::Receiver<()>,
    events: mpsc::UnboundedSender<ThreadEvent>,
    watches: Watches,
    netif: &Interface,
) {
    let Watches { changes, srp } = watches;
    let joiners = JoinerBook::default();
    let agent = AgentGate::default();
    let resume = ResumeFile::open(&opts.dir);
    let ctx = Ctx {
        opts: &opts,
        events: &events,
        changes: &changes,
        joiners: &joiners,
        netif,
        srp: &srp,
        agent: &agent,
        resume: &resume,
    };
    let backoff = Backoff {
        min: opts.reopen_min,
        max: opts.reopen_max,
    };
    let mut delay = opts.reopen_min;
    let mut attempt = 0u32;
    loop {
        let reason = match RcpLink::open(opts.radio.clone(), backoff, events.clone()).await {
            Err(e) => {
                tracing::error!(error = %e, radio = %opts.radio, "thread: cannot use the radio");
                ctx.emit(ThreadEvent::RadioOpenFailed { reason: e.clone() });
                e
            }
            Ok(link) => {
                attempt = 0;
                delay = opts.reopen_min;
                let session = run_session(link, &ctx, &mut settings, &mut rng, &mut rx, &mut stop);
                let end = session.await;
                super::border_agent::session_ended(&agent);
                // Down and without addresses until the next session.
                netif.detach().await;
                match end {
                    SessionEnd::Stopped => {
                        tracing::info!("thread: stopped");
                        return;
                    }
                    SessionEnd::Failed(reason) => reason,
                }
            }
        };
        attempt += 1;
        tracing::warn!(%reason, attempt, delay_ms = delay.as_millis() as u64, "thread: restarting OpenThread");
        ctx.emit(ThreadEvent::Restarted {
            reason: reason.clone(),
        });
        ctx.emit(ThreadEvent::Reopening { attempt, delay });
        let sleep = tokio::time::sleep(delay);
        tokio::pin!(sleep);
        loop {
            tokio::select! {
                _ = &mut sleep => break,
                _ = &mut stop => return,
                req = rx.recv() => match req {
                    None => return,
                    Some(req) => answer_down(req, &ctx, &reason),
                },
            }
        }
        delay = (delay * 2).min(opts.reopen_max);
    }
}

fn answer_down(req: Request, ctx: &Ctx<'_>, reason: &str) {
    match req {
        Request::Status(tx) => {
            let _ = tx.send(ctx.down_status(reason));
        }
        Request::Export(tx) => {
            let _ = tx.send(Err(ThreadError::RadioDown(reason.to_owned())));
        }
        Request::Import(_, tx) => {
            let _ = tx.send(Err(ThreadError::RadioDown(reason.to_owned())));
        }
        Request::ExportPending(tx) => {
            let _ = tx.send(Err(ThreadError::RadioDown(reason.to_owned())));
        }
        Request::SchedulePending(_, tx) => {
            let _ = tx.send(Err(ThreadError::RadioDown(reason.to_owned())));
        }
        Request::Provision(_, tx)
        | Request::Clear(tx)
        | Request::SetEnabled(_, tx)
        | Request::SetActiveDisabled(_, tx) => {
            let _ = tx.send(Err(ThreadError::RadioDown(reason.to_owned())));
        }
        Request::Joiner(j) => ctx.joiners.handle(j),
        Request::Agent(a) => ctx.agent.handle(a),
    }
}

async fn run_session(
    link: RcpLink,
    ctx: &Ctx<'_>,
    settings: &mut FileSettings,
    rng: &mut OtEntropy,
    rx: &mut mpsc::Receiver<Request>,
    stop: &mut oneshot::Receiver<()>,
) -> SessionEnd {
    let info = link.info();
    // Before the instance, so dropped after it (infra.rs, call order).
    let border_routing = BorderRouting::open(&ctx.opts.infra_interface);
    // Before the instance too: OpenThread closes its sockets while it
    // shuts down (udp.rs).
    let _platform_udp = PlatformUdp::install(ctx.opts.interface.clone());
    let mut radio_res: Box<SpinelRadioResources> = Box::new(SpinelRadioResources::new());
    let mut ot_res = Box::new(OtResources::new());
    let fault = Fault::default();
    let radio = Guarded::new(SpinelRadio::new(link, &mut radio_res), &fault);
    // The EUI-64 is only OpenThread's factory id (joiner id); nothing
    // persisted is keyed by it, so a swapped RCP changes nothing.
    let ot = match OpenThread::new([0; 8], rng, settings, &mut ot_res) {
        Ok(ot) => ot,
        Err(e) => return SessionEnd::Failed(format!("OpenThread init: {e}")),
    };
    // OpenThread enables its border agent by default; it listens only while
    // the allowance lasts (border_agent.rs turns it on then), so it is off
    // before the hub can attach.
    ffi::border_agent_set_enabled(&ot, false);
    if let Err(e) = bring_up(&ot, ctx) {
        return SessionEnd::Failed(format!("bring-up: {e}"));
    }
    if let Some(br) = &border_routing {
        br.start(&ot);
        if let Some(cidr) = ctx.opts.nat64 {
            super::nat64::start(&ot, cidr);
        }
    }
    tracing::info!(radio = %ctx.opts.radio, "thread: OpenThread up on the RCP");
    tokio::select! {
        _ = ot.run(radio) => unreachable_end(),
        reason = fault.wait() => SessionEnd::Failed(reason),
        _ = &mut *stop => SessionEnd::Stopped,
        end = serve(&ot, ctx, rx, &info) => end,
        _ = watch_role(&ot, ctx) => unreachable_end(),
        _ = keep_resume_record(&ot, ctx) => unreachable_end(),
        _ = infra::drive(&ot, border_routing.as_ref()) => unreachable_end(),
        _ = super::commissioner::drive(&ot, ctx.joiners, ctx.events, ctx.changes.subscribe()) => unreachable_end(),
        _ = ctx.netif.bridge(&ot, ctx.changes.subscribe()) => unreachable_end(),
        _ = super::srp::drive(&ot, ctx.srp, ctx.changes.subscribe()) => unreachable_end(),
        _ = super::nat64::drive_discovery(&ot) => unreachable_end(),
        _ = super::udp::drive(&ot) => unreachable_end(),
        _ = super::border_agent::drive(&ot, ctx.agent, ctx.events, ctx.changes.subscribe()) => unreachable_end(),
    }
}

/// `OpenThread::run`, the role watcher and the commissioner driver never
/// return.
fn unreachable_end() -> SessionEnd {
    SessionEnd::Stopped
}

/// Applies the dataset source, then enables IPv6 and Thread: with a dataset
/// and no other partition around, the hub becomes leader, at once where
/// the resume rule allows it (resume.rs).
fn bring_up(ot: &OpenThread<'_>, ctx: &Ctx<'_>) -> Result<(), ThreadError> {
    let ot_err = |what: &str| {
        let what = what.to_owned();
        move |e: openthread::OtError| ThreadError::OpenThread(format!("{what}: {e}"))
    };
    ot.set_link_mode(true, true, true)
        .map_err(ot_err("link mode"))?;
    let mut fresh = false;
    match &ctx.opts.dataset {
        DatasetSource::Configured(tlvs) => {
            if ffi::active_dataset_tlvs(ot).as_deref() != Some(tlvs.as_slice()) {
                forget_resume_record(ctx);
                ot.set_active_dataset_tlv(tlvs)
                    .map_err(|e| ThreadError::BadDataset(format!("configured dataset: {e}")))?;
                tracing::info!("thread: configured dataset applied");
            }
        }
        DatasetSource::Persisted if !ot.is_commissioned() => {
            let name = ctx.opts.network_name.as_str();
            ot.create_new_network_dataset(|ds| {
                let mut ds = ds.clone();
                ds.network_name = Some(name);
                ot.set_active_dataset(&ds)
            })
            .map_err(ot_err("new dataset"))?
            .map_err(ot_err("set dataset"))?;
            let xp = ext_pan_id_hex(ot);
            tracing::info!(ext_pan_id = %xp, "thread: formed a new network");
            ctx.emit(ThreadEvent::NetworkFormed { ext_pan_id: xp });
            forget_resume_record(ctx);
            fresh = true;
        }
        DatasetSource::Await if !ot.is_commissioned() => {
            tracing::info!("thread: no dataset; waiting for one ([thread] form_network = false)");
            ot.enable_ipv6(true).map_err(ot_err("ipv6 up"))?;
            return Ok(());
        }
        DatasetSource::Persisted | DatasetSource::Await => {}
    }
    ot.enable_ipv6(true).map_err(ot_err("ipv6 up"))?;
    ot.enable_thread(true).map_err(ot_err("thread start"))?;
    let how = if fresh {
        Resume::LeadAtOnce(LeadReason::FreshNetwork)
    } else {
        let xp = ot.net_status().ext_pan_id.unwrap_or_default();
        resume::decide(ctx.resume.get().as_ref(), xp)
    };
    match how {
        Resume::LeadAtOnce(why) => match ffi::become_leader(ot) {
            Ok(()) => {
                tracing::info!(reason = ?why, "thread: leading at once");
                // On the disk now, with OpenThread's own settings, not at
                // the keeper's next turn: a power cut a moment after
                // forming must not leave the next start without a record
                // (OpenThread's 34 s procedure; seen in benches/qemu_boot.rs).
                if let Some(now) = current_resume_record(ot) {
                    if let Err(e) = ctx.resume.set(now) {
                        tracing::warn!(error = %e, "thread: cannot write the resume record");
                    }
                }
            }
            // OpenThread's own procedure still runs: only slower.
            Err(e) => tracing::warn!(reason = ?why, error = %e, "thread: cannot lead at once"),
        },
        Resume::Restore(why) => {
            tracing::info!(reason = ?why, "thread: restoring the previous role (OpenThread's procedure)")
        }
    }
    Ok(())
}

/// Deletes the resume record: the dataset changes, so it no longer says
/// anything about the network the hub is about to join.
fn forget_resume_record(ctx: &Ctx<'_>) {
    if let Err(e) = ctx.resume.forget() {
        tracing::warn!(error = %e, "thread: cannot delete the resume record");
    }
}

/// What the resume record should say now (`None` while not attached).
fn current_resume_record(ot: &OpenThread<'_>) -> Option<ResumeRecord> {
    let role = match ot.device_role() {
        DeviceRole::Child => SavedRole::Child,
        DeviceRole::Router => SavedRole::Router,
        DeviceRole::Leader => SavedRole::Leader,
        _ => return None,
    };
    Some(ResumeRecord {
        ext_pan_id: ot.net_status().ext_pan_id?,
        role,
        routers: ffi::router_count(ot),
    })
}

/// Keeps `<dir>/resume.bin` up to date (resume.rs): on every OpenThread
/// state change, and every [`RESUME_CHECK`] since a router joining the
/// partition raises none.
async fn keep_resume_record(ot: &OpenThread<'_>, ctx: &Ctx<'_>) {
    let mut changes = ctx.changes.subscribe();
    loop {
        if let Some(now) = current_resume_record(ot) {
            if let Err(e) = ctx.resume.set(now) {
                tracing::warn!(error = %e, "thread: cannot write the resume record");
            }
        }
        tokio::select! {
            r = changes.changed() => if r.is_err() { std::future::pending::<()>().await },
            _ = tokio::time::sleep(RESUME_CHECK) => {}
        }
    }
}

/// How often the resume record is checked without a state change.
const RESUME_CHECK: std::time::Duration = std::time::Duration::from_secs(5);

fn ext_pan_id_hex(ot: &OpenThread<'_>) -> String {
    ot.net_status()
        .ext_pan_id
        .map(|x| format!("{x:016x}"))
        .unwrap_or_default()
}

fn role_name(role: DeviceRole) -> String {
    match role {
        DeviceRole::Disabled => "disabled".into(),
        DeviceRole::Detached => "detached".into(),
        DeviceRole::Child => "child".into(),
        DeviceRole::Router => "router".into(),
        DeviceRole::Leader => "leader".into(),
        DeviceRole::Other(n) => format!("other({n})"),
    }
}

/// Reports role changes (events) and every state change (the
/// [`ThreadHandle::subscribe_changes`] counter).
async fn watch_role(ot: &OpenThread<'_>, ctx: &Ctx<'_>) {
    let mut last = None;
    loop {
        ctx.changes.send_modify(|n| *n = n.wrapping_add(1));
        let role = ot.device_role();
        if last != Some(role) {
            last = Some(role);
            let name = role_name(role);
            tracing::info!(role = %name, "thread: role");
            ctx.emit(ThreadEvent::Role { role: name });
        }
        ot.wait_changed().await;
    }
}

async fn serve(
    ot: &OpenThread<'_>,
    ctx: &Ctx<'_>,
    rx: &mut mpsc::Receiver<Request>,
    info: &Rc<RefCell<LinkInfo>>,
) -> SessionEnd {
    while let Some(req) = rx.recv().await {
        match req {
            Request::Status(tx) => {
                let _ = tx.send(status(ot, ctx, &info.borrow()));
            }
            Request::Export(tx) => {
                let _ = tx.send(
                    ffi::active_dataset_tlvs(ot)
                        .ok_or_else(|| ThreadError::BadDataset("no active dataset".into())),
                );
            }
            Request::Import(tlvs, tx) => {
                let _ = tx.send(import(ot, ctx, &tlvs));
            }
            Request::ExportPending(tx) => {
                let _ = tx.send(Ok(ffi::pending_dataset_tlvs(ot)));
            }
            Request::SchedulePending(tlvs, tx) => {
                let _ = tx.send(schedule_pending(ot, ctx, &tlvs));
            }
            Request::Provision(tlvs, tx) => {
                let r = if ffi::active_dataset_tlvs(ot).is_some_and(|t| !t.is_empty()) {
                    Err(ThreadError::HasDataset)
                } else {
                    import(ot, ctx, &tlvs)
                };
                let _ = tx.send(r);
            }
            Request::Clear(tx) => {
                let _ = tx.send(clear(ot, ctx));
            }
            Request::SetEnabled(on, tx) => {
                let _ = tx.send(set_enabled(ot, ctx, on));
            }
            Request::SetActiveDisabled(tlvs, tx) => {
                let _ = tx.send(set_active_disabled(ot, ctx, &tlvs));
            }
            Request::Joiner(j) => ctx.joiners.handle(j),
            Request::Agent(a) => ctx.agent.handle(a),
        }
    }
    SessionEnd::Stopped
}

/// Plans `tlvs` against the datasets in force now and hands the plan to
/// OpenThread (see [`ThreadHandle::schedule_pending_dataset`]).
fn schedule_pending(
    ot: &OpenThread<'_>,
    ctx: &Ctx<'_>,
    tlvs: &[u8],
) -> Result<crate::commissioning::dataset::PendingSummary, ThreadError> {
    if let DatasetSource::Configured(_) = ctx.opts.dataset {
        return Err(ThreadError::Configured);
    }
    let active = zeroize::Zeroizing::new(ffi::active_dataset_tlvs(ot));
    let pending = zeroize::Zeroizing::new(ffi::pending_dataset_tlvs(ot));
    let plan =
        crate::commissioning::dataset::plan_pending(active.as_deref(), pending.as_deref(), tlvs)
            .map_err(ThreadError::PendingRefused)?;
    ffi::set_pending_dataset_tlvs(ot, &plan.tlvs)
        .map_err(|e| ThreadError::BadDataset(format!("refused by OpenThread: {e}")))?;
    let s = &plan.summary;
    tracing::info!(
        channel = ?s.channel,
        pan_id = ?s.pan_id,
        delay_ms = s.delay_ms,
        key_changes = s.key_changes,
        "thread: pending dataset scheduled"
    );
    Ok(plan.summary)
}

/// Stops Thread and deletes the active dataset (empty TLVs: OpenThread
/// deletes the stored dataset).
fn clear(ot: &OpenThread<'_>, ctx: &Ctx<'_>) -> Result<(), ThreadError> {
    if let DatasetSource::Configured(_) = ctx.opts.dataset {
        return Err(ThreadError::Configured);
    }
    let err = |e: openthread::OtError| ThreadError::OpenThread(e.to_string());
    ot.enable_thread(false).map_err(err)?;
    ot.set_active_dataset_tlv(&[]).map_err(err)?;
    forget_resume_record(ctx);
    tracing::info!("thread: active dataset cleared; waiting for one");
    ctx.emit(ThreadEvent::DatasetCleared);
    Ok(())
}

/// Turns Thread on or off ([`ThreadHandle::set_enabled`]).
fn set_enabled(ot: &OpenThread<'_>, ctx: &Ctx<'_>, on: bool) -> Result<(), ThreadError> {
    let err = |e: openthread::OtError| ThreadError::OpenThread(e.to_string());
    if !on {
        ot.enable_thread(false).map_err(err)?;
        tracing::info!("thread: disabled");
        return Ok(());
    }
    if ot.device_role() != DeviceRole::Disabled {
        return Ok(());
    }
    ot.enable_ipv6(true).map_err(err)?;
    ot.enable_thread(true).map_err(err)?;
    let xp = ot.net_status().ext_pan_id.unwrap_or_default();
    if let Resume::LeadAtOnce(why) = resume::decide(ctx.resume.get().as_ref(), xp) {
        if let Err(e) = ffi::become_leader(ot) {
            tracing::warn!(reason = ?why, error = %e, "thread: cannot lead at once");
        }
    }
    tracing::info!("thread: enabled");
    Ok(())
}

/// Sets the active dataset of a disabled Thread
/// ([`ThreadHandle::set_active_dataset_disabled`]).
fn set_active_disabled(ot: &OpenThread<'_>, ctx: &Ctx<'_>, tlvs: &[u8]) -> Result<(), ThreadError> {
    if let DatasetSource::Configured(_) = ctx.opts.dataset {
        return Err(ThreadError::Configured);
    }
    if ot.device_role() != DeviceRole::Disabled {
        return Err(ThreadError::Enabled);
    }
    ot.set_active_dataset_tlv(tlvs)
        .map_err(|e| ThreadError::BadDataset(format!("refused by OpenThread: {e}")))?;
    forget_resume_record(ctx);
    let xp = ext_pan_id_hex(ot);
    tracing::info!(ext_pan_id = %xp, "thread: active dataset set (Thread disabled)");
    ctx.emit(ThreadEvent::DatasetImported { ext_pan_id: xp });
    Ok(())
}

fn import(ot: &OpenThread<'_>, ctx: &Ctx<'_>, tlvs: &[u8]) -> Result<(), ThreadError> {
    if let DatasetSource::Configured(_) = ctx.opts.dataset {
        return Err(ThreadError::Configured);
    }
    let before = ffi::active_dataset_tlvs(ot);
    let err = |e: openthread::OtError| ThreadError::OpenThread(e.to_string());
    ot.enable_thread(false).map_err(err)?;
    if let Err(e) = ot.set_active_dataset_tlv(tlvs) {
        // Refused: the old dataset stays; bring Thread back up on it.
        if let Some(old) = before {
            let _ = ot.set_active_dataset_tlv(&old);
        }
        ot.enable_thread(true).map_err(err)?;
        return Err(ThreadError::BadDataset(format!(
            "refused by OpenThread: {e}"
        )));
    }
    forget_resume_record(ctx);
    ot.enable_thread(true).map_err(err)?;
    let xp = ext_pan_id_hex(ot);
    tracing::info!(ext_pan_id = %xp, "thread: dataset imported");
    ctx.emit(ThreadEvent::DatasetImported { ext_pan_id: xp });
    Ok(())
}

fn status(ot: &OpenThread<'_>, ctx: &Ctx<'_>, link: &LinkInfo) -> ThreadStatus {
    let mlp = ot.mesh_local_prefix();
    let mut addresses = Vec::new();
    let _ = ot.ipv6_addrs(|a| {
        if let Some((addr, _)) = a {
            addresses.push(addr);
        }
        Ok(())
    });
    let mesh_local_eid = addresses.iter().copied().find(|a| is_ml_eid(a, &mlp));
    let mut neighbors = Vec::new();
    ot.neighbor_table(|n| {
        neighbors.push(Neighbor {
            ext_address: format!("{:016x}", n.ext_address),
            rloc16: n.rloc16,
            relation: if n.is_child { "child" } else { "router" }.into(),
        });
    });
    ThreadStatus {
        role: role_name(ot.device_role()),
        radio_url: ctx.opts.radio.to_string(),
        rcp_version: link.rcp.clone(),
        rcp_pid: link.pid,
        last_rcp_loss: link.last_loss.clone(),
        ot_version: OpenThread::version().to_owned(),
        thread_version: ffi::thread_version(),
        network_name: ot.network_name(|n| n.to_owned()),
        channel: ot.channel(),
        pan_id: ot.pan_id(),
        ext_pan_id: ext_pan_id_hex(ot),
        partition_id: ot.partition_id(),
        ext_address: format!("{:016x}", ot.ext_address()),
        rloc16: ot.rloc16(),
        mesh_local_eid,
        addresses,
        neighbors,
        recoveries: link.recoveries,
        border_routing: infra::status(ot),
        interface: ctx.netif.status(),
        srp: Vec::new(),
        joiners: ctx.joiners.list(std::time::Instant::now()),
        border_agent: Some(ctx.agent.status(std::time::Instant::now())),
        commissioner_allowance: None,
    }
}

/// The mesh-local EID: in the mesh-local prefix, and not a routing or
/// anycast locator (IID `0000:00ff:fe00:xxxx`).
fn is_ml_eid(a: &Ipv6Addr, mlp: &[u8; 8]) -> bool {
    let o = a.octets();
    o[..8] == mlp[..] && o[8..14] != [0, 0, 0, 0xff, 0xfe, 0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ml_eid_is_told_from_locators() {
        let mlp = [0xfd, 0xde, 0xad, 0, 0xbe, 0xef, 0, 0];
        let eid: Ipv6Addr = "fdde:ad00:beef:0:1c2b:3a4d:5e6f:7081".parse().unwrap();
        let rloc: Ipv6Addr = "fdde:ad00:beef:0:0:ff:fe00:fc00".parse().unwrap();
        let ll: Ipv6Addr = "fe80::1c2b:3a4d:5e6f:7081".parse().unwrap();
        assert!(is_ml_eid(&eid, &mlp));
        assert!(!is_ml_eid(&rloc, &mlp));
        assert!(!is_ml_eid(&ll, &mlp));
    }
}
