//! The only place of Threshold that calls OpenThread's C API directly.
//!
//! The `openthread` crate wraps most of what the hub needs; the few calls it
//! does not wrap go through [`openthread::OpenThread::with_instance`], which
//! hands out the raw `otInstance` pointer inside an *active* scope (the
//! platform callbacks OpenThread may make during the call are wired to the
//! same instance). Every `unsafe` block below calls one C function with that
//! pointer and buffers owned by the block; none keeps the pointer.
//!
//! It also defines the platform callbacks border routing needs
//! (`otPlatInfraIf*`, `otPlatGetInfraIfLinkLayerAddress`): OpenThread calls
//! them on the OpenThread thread; each converts its C arguments (null
//! checked) and calls the safe logic in [`super::infra`].
//!
//! The calls: the active dataset's TLVs, the on-mesh commissioner
//! (start, stop, state, add and remove a joiner entry) with its state and
//! joiner callbacks, whose soundness argument (a context pointer to a
//! `static`) is given in the commissioner section below, and the SRP
//! server (enable, answer an update, read the table) with its update
//! handler (the same argument), and NAT64 (translator and prefix manager:
//! enable, CIDR, state, prefixes, counters, IPv4 in and out, prefix
//! discovery) with its IPv4 receive callback (the same argument again),
//! the partition's router count and becoming leader at once (the resume
//! rule of `super::resume`).
#![allow(unsafe_code)]

use std::net::Ipv6Addr;

use openthread::sys::{
    otDatasetGetActiveTlvs, otDatasetGetPendingTlvs, otDatasetSetPendingTlvs,
    otError_OT_ERROR_NONE, otIp6GetMulticastAddresses, otIp6SetReceiveFilterEnabled,
    otOperationalDatasetTlvs, otRouterInfo, otThreadBecomeLeader, otThreadGetMaxRouterId,
    otThreadGetRouterInfo,
};
use openthread::OpenThread;

/// The pending operational dataset as Thread TLVs (a scheduled migration
/// that has not taken effect yet), or `None` when there is none.
pub fn pending_dataset_tlvs(ot: &OpenThread<'_>) -> Option<Vec<u8>> {
    dataset_tlvs(ot, otDatasetGetPendingTlvs).filter(|t| !t.is_empty())
}

/// One of OpenThread's dataset getters.
type DatasetGetter =
    unsafe extern "C" fn(*mut otInstance, *mut otOperationalDatasetTlvs) -> otError;

/// The dataset `get` reads, or `None` when OpenThread has none.
fn dataset_tlvs(ot: &OpenThread<'_>, get: DatasetGetter) -> Option<Vec<u8>> {
    let mut tlvs = otOperationalDatasetTlvs {
        mTlvs: [0; 254],
        mLength: 0,
    };
    let err = ot.with_instance(|instance| {
        // SAFETY: `instance` is the live instance for the duration of this
        // closure (with_instance's contract), `get` is one of OpenThread's
        // dataset getters, and `tlvs` is a valid, writable
        // otOperationalDatasetTlvs that outlives the call.
        unsafe { get(instance, &mut tlvs) }
    });
    if err != otError_OT_ERROR_NONE {
        return None;
    }
    let len = usize::from(tlvs.mLength).min(tlvs.mTlvs.len());
    Some(tlvs.mTlvs[..len].to_vec())
}

/// Schedules `bytes` as the pending dataset (`otDatasetSetPendingTlvs`):
/// as leader, OpenThread distributes it with the network data and starts
/// its delay timer; as router or child, it asks the leader
/// (`MGMT_PENDING_SET`). At most 254 bytes.
pub fn set_pending_dataset_tlvs(ot: &OpenThread<'_>, bytes: &[u8]) -> Result<(), OtCode> {
    let mut tlvs = otOperationalDatasetTlvs {
        mTlvs: [0; 254],
        mLength: 0,
    };
    let Some(dst) = tlvs.mTlvs.get_mut(..bytes.len()) else {
        return check(openthread::sys::otError_OT_ERROR_INVALID_ARGS);
    };
    dst.copy_from_slice(bytes);
    tlvs.mLength = bytes.len() as u8;
    let err = ot.with_instance(|instance| {
        // SAFETY: the live instance for the closure's duration; `tlvs` is a
        // valid struct OpenThread only reads (it copies the TLVs) during
        // the call.
        unsafe { otDatasetSetPendingTlvs(instance, &tlvs) }
    });
    check(err)
}

/// The Thread protocol version OpenThread implements (`otThreadGetVersion`:
/// 4 is Thread 1.3, 5 is Thread 1.4).
pub fn thread_version() -> u16 {
    // SAFETY: a pure function of OpenThread's build configuration; it
    // touches no instance.
    unsafe { openthread::sys::otThreadGetVersion() }
}

/// The active operational dataset as Thread TLVs (what `dataset active -x`
/// prints on an OpenThread CLI), or `None` when the node has none.
pub fn active_dataset_tlvs(ot: &OpenThread<'_>) -> Option<Vec<u8>> {
    dataset_tlvs(ot, otDatasetGetActiveTlvs)
}

/// How many routers the partition has: the router IDs allocated in this
/// node's router table (`otThreadGetRouterInfo` succeeds only for those),
/// this node included when it is a router or the leader. 0 when detached.
pub fn router_count(ot: &OpenThread<'_>) -> u8 {
    ot.with_instance(|instance| {
        // SAFETY: the live instance for the closure's duration.
        let max = unsafe { otThreadGetMaxRouterId(instance) };
        let mut n = 0u8;
        for id in 0..=u16::from(max) {
            // SAFETY: otRouterInfo is a plain C struct (integers, byte
            // arrays and a bitfield) for which all-zero bytes are a valid
            // value.
            let mut info: otRouterInfo = unsafe { std::mem::zeroed() };
            // SAFETY: the live instance; `info` is a valid, writable
            // otRouterInfo that outlives the call.
            if unsafe { otThreadGetRouterInfo(instance, id, &mut info) } == otError_OT_ERROR_NONE {
                n = n.saturating_add(1);
            }
        }
        n
    })
}

/// Makes this node leader of a new partition at once
/// (`otThreadBecomeLeader`), keeping its previous router ID and the
/// children restored from its settings. Thread must be enabled and the
/// active dataset complete. Who may call it and when: the resume rule
/// (`super::resume`).
pub fn become_leader(ot: &OpenThread<'_>) -> Result<(), OtCode> {
    // SAFETY: the live instance for the closure's duration.
    let err = ot.with_instance(|instance| unsafe { otThreadBecomeLeader(instance) });
    check(err)
}

// ---------------------------------------------------------------------------
// Border routing (OpenThread's routing manager) and its infrastructure-
// interface platform hooks. The logic lives in `super::infra` (safe code);
// what is here only converts between C and Rust types.
// ---------------------------------------------------------------------------

use openthread::sys::{
    otBorderRoutingGetOmrPrefix, otBorderRoutingGetOnLinkPrefix, otBorderRoutingGetState,
    otBorderRoutingInit, otBorderRoutingSetEnabled, otBorderRoutingState,
    otBorderRoutingState_OT_BORDER_ROUTING_STATE_DISABLED,
    otBorderRoutingState_OT_BORDER_ROUTING_STATE_RUNNING,
    otBorderRoutingState_OT_BORDER_ROUTING_STATE_STOPPED, otError, otError_OT_ERROR_FAILED,
    otInstance, otIp6Address, otIp6Address__bindgen_ty_1, otIp6Prefix,
};

use super::infra;

// The openthread-sys 0.4 bindings are generated from a header list
// (gen/include/include.h) that leaves out `openthread/platform/infra_if.h`,
// so the functions OpenThread provides to the platform there are
// declared here, as in that header (OpenThread of openthread-sys 0.4.0).
// Upstream fix: add the header to the binding list.
extern "C" {
    fn otPlatInfraIfRecvIcmp6Nd(
        instance: *mut otInstance,
        infra_if_index: u32,
        src_address: *const otIp6Address,
        buffer: *const u8,
        buffer_length: u16,
    );
    fn otPlatInfraIfStateChanged(
        instance: *mut otInstance,
        infra_if_index: u32,
        is_running: bool,
    ) -> otError;
    fn otPlatInfraIfDiscoverNat64PrefixDone(
        instance: *mut otInstance,
        infra_if_index: u32,
        ip6_prefix: *const otIp6Prefix,
    );
}

/// `otPlatInfraIfLinkLayerAddress` of `openthread/platform/infra_if.h`
/// (not in the generated bindings, see above).
#[repr(C)]
pub struct OtPlatInfraIfLinkLayerAddress {
    address: [u8; 16],
    length: u8,
}

fn ot_ip6(a: Ipv6Addr) -> otIp6Address {
    otIp6Address {
        mFields: otIp6Address__bindgen_ty_1 { m8: a.octets() },
    }
}

fn from_ot_ip6(a: &otIp6Address) -> Ipv6Addr {
    // SAFETY: every bit pattern of the union is a valid `[u8; 16]` (all its
    // variants are plain integers over the same 16 bytes).
    Ipv6Addr::from(unsafe { a.mFields.m8 })
}

/// The routing manager's state (`otBorderRoutingGetState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoutingState {
    /// Not initialized (`otBorderRoutingInit` not called or failed).
    Uninitialized,
    /// Initialized, not enabled.
    Disabled,
    /// Enabled, waiting for its conditions: the hub a router or leader,
    /// the infrastructure interface running.
    Stopped,
    /// Routing: RAs sent, prefixes published.
    Running,
}

impl RoutingState {
    /// Lower-case name for the status (`uninitialized`, `disabled`,
    /// `stopped`, `running`).
    pub fn as_str(self) -> &'static str {
        match self {
            RoutingState::Uninitialized => "uninitialized",
            RoutingState::Disabled => "disabled",
            RoutingState::Stopped => "stopped",
            RoutingState::Running => "running",
        }
    }
}

/// `otBorderRoutingInit(ifindex, running)` then
/// `otBorderRoutingSetEnabled(true)`; the OpenThread error names the failed
/// step.
pub fn border_routing_start(
    ot: &OpenThread<'_>,
    ifindex: u32,
    running: bool,
) -> Result<(), String> {
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure (with_instance); plain
        // values only.
        let err = unsafe { otBorderRoutingInit(instance, ifindex, running) };
        if err != otError_OT_ERROR_NONE {
            return Err(format!("otBorderRoutingInit: error {err}"));
        }
        // SAFETY: as above.
        let err = unsafe { otBorderRoutingSetEnabled(instance, true) };
        if err != otError_OT_ERROR_NONE {
            return Err(format!("otBorderRoutingSetEnabled: error {err}"));
        }
        Ok(())
    })
}

/// The routing manager's state.
pub fn border_routing_state(ot: &OpenThread<'_>) -> RoutingState {
    // SAFETY: `instance` is live for the closure (with_instance).
    let s: otBorderRoutingState =
        ot.with_instance(|instance| unsafe { otBorderRoutingGetState(instance) });
    #[allow(non_upper_case_globals)]
    match s {
        otBorderRoutingState_OT_BORDER_ROUTING_STATE_DISABLED => RoutingState::Disabled,
        otBorderRoutingState_OT_BORDER_ROUTING_STATE_STOPPED => RoutingState::Stopped,
        otBorderRoutingState_OT_BORDER_ROUTING_STATE_RUNNING => RoutingState::Running,
        _ => RoutingState::Uninitialized,
    }
}

type GetPrefix = unsafe extern "C" fn(*mut otInstance, *mut otIp6Prefix) -> otError;

fn get_prefix(ot: &OpenThread<'_>, get: GetPrefix) -> Option<(Ipv6Addr, u8)> {
    let mut p = otIp6Prefix {
        mPrefix: ot_ip6(Ipv6Addr::UNSPECIFIED),
        mLength: 0,
    };
    // SAFETY: `instance` is live for the closure (with_instance) and `p` a
    // valid, writable otIp6Prefix that outlives the call.
    let err = ot.with_instance(|instance| unsafe { get(instance, &mut p) });
    (err == otError_OT_ERROR_NONE && p.mLength > 0).then(|| (from_ot_ip6(&p.mPrefix), p.mLength))
}

/// The local OMR prefix (`otBorderRoutingGetOmrPrefix`), once the routing
/// manager has one.
pub fn omr_prefix(ot: &OpenThread<'_>) -> Option<(Ipv6Addr, u8)> {
    get_prefix(ot, otBorderRoutingGetOmrPrefix)
}

/// The local on-link prefix (`otBorderRoutingGetOnLinkPrefix`).
pub fn on_link_prefix(ot: &OpenThread<'_>) -> Option<(Ipv6Addr, u8)> {
    get_prefix(ot, otBorderRoutingGetOnLinkPrefix)
}

/// Hands a received ND message to OpenThread (`otPlatInfraIfRecvIcmp6Nd`).
/// The caller has checked it (`infra::check_nd`): hop limit 255, our
/// interface, an ND type; messages longer than 65535 bytes are dropped.
pub fn infra_recv_nd(ot: &OpenThread<'_>, ifindex: u32, src: Ipv6Addr, msg: &[u8]) {
    let Ok(len) = u16::try_from(msg.len()) else {
        return;
    };
    let src = ot_ip6(src);
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure (with_instance); `src`
        // and `msg` outlive the call, which copies what it keeps.
        unsafe { otPlatInfraIfRecvIcmp6Nd(instance, ifindex, &src, msg.as_ptr(), len) }
    });
}

/// Tells OpenThread whether the infrastructure interface runs
/// (`otPlatInfraIfStateChanged`; a repeated state is a no-op there).
pub fn infra_state_changed(ot: &OpenThread<'_>, ifindex: u32, running: bool) {
    // SAFETY: `instance` is live for the closure (with_instance).
    let err = ot
        .with_instance(|instance| unsafe { otPlatInfraIfStateChanged(instance, ifindex, running) });
    if err != otError_OT_ERROR_NONE {
        tracing::debug!(
            err,
            ifindex,
            running,
            "thread: otPlatInfraIfStateChanged refused"
        );
    }
}

/// OpenThread asks whether the infrastructure interface holds `address`.
#[no_mangle]
extern "C" fn otPlatInfraIfHasAddress(infra_if_index: u32, address: *const otIp6Address) -> bool {
    if address.is_null() {
        return false;
    }
    // SAFETY: OpenThread passes a valid otIp6Address for the call's
    // duration (null checked above); it is only read.
    let a = from_ot_ip6(unsafe { &*address });
    infra::has_address(infra_if_index, a)
}

/// OpenThread sends an ND message (RS, RA, NS, NA) on the infrastructure
/// interface; the platform sends it with hop limit 255 and fills in the
/// checksum (the kernel does, for raw ICMPv6 sockets).
#[no_mangle]
extern "C" fn otPlatInfraIfSendIcmp6Nd(
    infra_if_index: u32,
    dest_address: *const otIp6Address,
    buffer: *const u8,
    buffer_length: u16,
) -> otError {
    if dest_address.is_null() || buffer.is_null() {
        return otError_OT_ERROR_FAILED;
    }
    // SAFETY: OpenThread passes a valid address and `buffer_length` bytes
    // at `buffer`, both valid for the call's duration (nulls checked
    // above); they are only read, and not kept past the call.
    let (dst, msg) = unsafe {
        (
            from_ot_ip6(&*dest_address),
            std::slice::from_raw_parts(buffer, usize::from(buffer_length)),
        )
    };
    if infra::send_nd(infra_if_index, dst, msg) {
        otError_OT_ERROR_NONE
    } else {
        otError_OT_ERROR_FAILED
    }
}

/// NAT64 prefix discovery on the infrastructure interface (RFC 7050),
/// asked by the routing manager's NAT64 prefix manager. The request is
/// only recorded (a callback must not call back into the crate);
/// [`super::nat64::drive_discovery`] resolves `ipv4only.arpa` and answers
/// with [`nat64_discover_done`].
#[no_mangle]
extern "C" fn otPlatInfraIfDiscoverNat64Prefix(infra_if_index: u32) -> otError {
    *NAT64_SINK
        .discover
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(infra_if_index);
    NAT64_SINK.discover_notify.notify_one();
    otError_OT_ERROR_NONE
}

/// The infrastructure interface's link-layer (MAC) address, which
/// OpenThread puts in the source link-layer address option of its RAs and
/// RSs.
#[no_mangle]
extern "C" fn otPlatGetInfraIfLinkLayerAddress(
    _instance: *mut otInstance,
    if_index: u32,
    out: *mut OtPlatInfraIfLinkLayerAddress,
) -> otError {
    let Some(mac) = infra::link_layer_address(if_index) else {
        return otError_OT_ERROR_FAILED;
    };
    if out.is_null() || mac.len() > 16 {
        return otError_OT_ERROR_FAILED;
    }
    let mut lla = OtPlatInfraIfLinkLayerAddress {
        address: [0; 16],
        length: mac.len() as u8,
    };
    lla.address[..mac.len()].copy_from_slice(&mac);
    // SAFETY: OpenThread passes a valid, writable
    // otPlatInfraIfLinkLayerAddress (null checked above) whose layout the
    // #[repr(C)] struct above mirrors.
    unsafe { out.write(lla) };
    otError_OT_ERROR_NONE
}

// ------------------------------------------------------------ commissioner
//
// OpenThread's on-mesh commissioner (built with the crate's `commissioner`
// feature, not wrapped by the crate). `thread::commissioner` drives it; the
// calls below are the only ones that touch it.
//
// Callbacks: OpenThread calls `commissioner_state_cb` and
// `commissioner_joiner_cb` on the OpenThread thread, from inside the
// crate's active scope (while `OpenThread::run` processes a tasklet or a
// frame, or inside one of the calls below). They must not call back into
// the crate (that would re-activate it), so they only copy what they are
// given into `SINK` and wake the driver. The context pointer registered with
// `otCommissionerStart` is the address of `SINK`, a `static`: it is valid
// for the whole process, whatever order the instance, the session and the
// driver are dropped in, so no callback can ever see a dangling context.
// The callbacks never dereference it: they check that it is `SINK`'s
// address and then use `SINK` by name (an unknown context is ignored).

use std::collections::VecDeque;
use std::ffi::{c_char, c_void, CStr};
use std::sync::Mutex;

use openthread::sys::{
    otCommissionerAddJoiner, otCommissionerAddJoinerWithDiscerner,
    otCommissionerGetJoinerVendorInfo, otCommissionerGetState, otCommissionerJoinerEvent,
    otCommissionerRemoveJoiner, otCommissionerRemoveJoinerWithDiscerner, otCommissionerStart,
    otCommissionerState, otCommissionerStop, otExtAddress, otJoinerDiscerner, otJoinerInfo,
    otJoinerInfoType_OT_JOINER_INFO_TYPE_DISCERNER, otJoinerInfoType_OT_JOINER_INFO_TYPE_EUI64,
    otJoinerVendorInfo, otThreadErrorToString,
};
use tokio::sync::Notify;

use crate::commissioning::joiner::{JoinerId, Pskd};

/// The commissioner's role state (`otCommissionerState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommissionerState {
    /// Not a commissioner.
    Disabled,
    /// Petitioning the leader.
    Petition,
    /// The active commissioner of the partition.
    Active,
    /// A value this build does not know.
    Other(u32),
}

impl CommissionerState {
    fn from_raw(s: otCommissionerState) -> CommissionerState {
        match s {
            0 => CommissionerState::Disabled,
            1 => CommissionerState::Petition,
            2 => CommissionerState::Active,
            n => CommissionerState::Other(n),
        }
    }
}

/// A joiner event of the commissioner (`otCommissionerJoinerEvent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinerEvent {
    /// A joiner matching an entry started its DTLS session.
    Start,
    /// The DTLS handshake succeeded: the joiner proved the PSKd.
    Connected,
    /// The joiner sent JOIN_FIN.req and was answered (accepted).
    Finalize,
    /// The DTLS session ended (after a join, or a failed handshake).
    End,
    /// The entry was removed (timeout, after a join, or on request).
    Removed,
    /// A value this build does not know.
    Other(u32),
}

impl JoinerEvent {
    fn from_raw(e: otCommissionerJoinerEvent) -> JoinerEvent {
        match e {
            0 => JoinerEvent::Start,
            1 => JoinerEvent::Connected,
            2 => JoinerEvent::Finalize,
            3 => JoinerEvent::End,
            4 => JoinerEvent::Removed,
            n => JoinerEvent::Other(n),
        }
    }
}

/// What a commissioner callback reported (never the PSKd OpenThread hands
/// the joiner callback: it is not copied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommissionerCallback {
    /// The role state changed.
    State(CommissionerState),
    /// A joiner event.
    Joiner {
        /// What happened.
        event: JoinerEvent,
        /// For [`JoinerEvent::Finalize`] from
        /// [`take_commissioner_callbacks_for`]: what the joiner said about
        /// itself in its JOIN_FIN.req.
        vendor: Option<JoinerVendor>,
        /// The entry it concerns (its EUI-64 or discerner), when known.
        entry: Option<JoinerId>,
        /// The Joiner ID OpenThread derived (SHA-256 of the EUI-64, or
        /// the joiner's interface id), when known.
        joiner_id: Option<[u8; 8]>,
    },
}

/// Where the callbacks put what they are given (see the section comment).
struct CommissionerSink {
    events: Mutex<VecDeque<CommissionerCallback>>,
    notify: Notify,
}

static SINK: CommissionerSink = CommissionerSink {
    events: Mutex::new(VecDeque::new()),
    notify: Notify::const_new(),
};

/// The context registered with `otCommissionerStart`: `SINK`'s address.
fn sink_context() -> *mut c_void {
    std::ptr::addr_of!(SINK).cast_mut().cast()
}

fn push(ev: CommissionerCallback) {
    // A poisoned lock only means a panic elsewhere while holding it: the
    // queue itself is still a valid VecDeque.
    let mut q = SINK.events.lock().unwrap_or_else(|p| p.into_inner());
    // Bounded: a driver that stopped reading must not grow it forever.
    if q.len() < 256 {
        q.push_back(ev);
    }
    drop(q);
    SINK.notify.notify_one();
}

/// Every callback report queued since the last call, oldest first.
pub fn take_commissioner_callbacks() -> Vec<CommissionerCallback> {
    let mut q = SINK.events.lock().unwrap_or_else(|p| p.into_inner());
    q.drain(..).collect()
}

/// The vendor name, model and software version a joiner sent in its
/// JOIN_FIN.req (empty when it left one out).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JoinerVendor {
    /// Vendor Name TLV.
    pub name: String,
    /// Vendor Model TLV.
    pub model: String,
    /// Vendor SW Version TLV.
    pub sw_version: String,
}

/// [`take_commissioner_callbacks`], with each finalize event's
/// [`JoinerVendor`] read from OpenThread
/// (`otCommissionerGetJoinerVendorInfo`, the vendored patch: the last
/// JOIN_FIN.req answered). Read right after the callback, before
/// OpenThread runs again, so it is that joiner's.
pub fn take_commissioner_callbacks_for(ot: &OpenThread<'_>) -> Vec<CommissionerCallback> {
    let mut cbs = take_commissioner_callbacks();
    for cb in &mut cbs {
        if let CommissionerCallback::Joiner {
            event: JoinerEvent::Finalize,
            vendor,
            ..
        } = cb
        {
            *vendor = Some(joiner_vendor_info(ot));
        }
    }
    cbs
}

fn joiner_vendor_info(ot: &OpenThread<'_>) -> JoinerVendor {
    let mut info = otJoinerVendorInfo {
        mName: [0; 33],
        mModel: [0; 33],
        mSwVersion: [0; 17],
    };
    // SAFETY: `instance` is live for the closure and `info` a writable
    // struct of the size OpenThread writes.
    ot.with_instance(|instance| unsafe { otCommissionerGetJoinerVendorInfo(instance, &mut info) });
    // Bytes up to the first NUL (OpenThread NUL-terminates; a full buffer
    // without one is taken whole), lossily as UTF-8: joiner-supplied text.
    let text = |b: &[c_char]| {
        let bytes: Vec<u8> = b.iter().map(|c| *c as u8).take_while(|c| *c != 0).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    JoinerVendor {
        name: text(&info.mName),
        model: text(&info.mModel),
        sw_version: text(&info.mSwVersion),
    }
}

/// Resolves once a callback reported something (or had, since the last
/// wait): then call [`take_commissioner_callbacks`].
pub async fn commissioner_callback() {
    SINK.notify.notified().await
}

unsafe extern "C" fn commissioner_state_cb(state: otCommissionerState, context: *mut c_void) {
    if context == sink_context() {
        push(CommissionerCallback::State(CommissionerState::from_raw(
            state,
        )));
    }
}

unsafe extern "C" fn commissioner_joiner_cb(
    event: otCommissionerJoinerEvent,
    info: *const otJoinerInfo,
    joiner_id: *const otExtAddress,
    context: *mut c_void,
) {
    if context != sink_context() {
        return;
    }
    // SAFETY: OpenThread passes either null or a pointer to an
    // otJoinerInfo it owns for the duration of this call
    // (`Commissioner::SignalJoinerEvent` fills a local copy, all bytes
    // cleared first); it is only read here, never kept.
    let entry = unsafe { info.as_ref() }.and_then(|i| match i.mType {
        // SAFETY: `mType` says which member of the union OpenThread wrote;
        // both are plain integers whose every bit pattern is valid, and the
        // union was zero-filled before being written.
        t if t == otJoinerInfoType_OT_JOINER_INFO_TYPE_EUI64 => {
            Some(JoinerId::Eui64(unsafe { i.mSharedId.mEui64 }.m8))
        }
        t if t == otJoinerInfoType_OT_JOINER_INFO_TYPE_DISCERNER => {
            // SAFETY: as above.
            let d = unsafe { i.mSharedId.mDiscerner };
            JoinerId::discerner(d.mValue, d.mLength).ok()
        }
        _ => None,
    });
    // SAFETY: null or a pointer to an otExtAddress OpenThread owns for the
    // duration of this call; copied out, never kept.
    let joiner_id = unsafe { joiner_id.as_ref() }.map(|a| a.m8);
    push(CommissionerCallback::Joiner {
        event: JoinerEvent::from_raw(event),
        vendor: None,
        entry,
        joiner_id,
    });
}

/// A raw OpenThread error code with its name (`otThreadErrorToString`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtCode {
    /// The `otError` value.
    pub code: u32,
    /// Its name (`NoBufs`, `InvalidState`, ...).
    pub name: String,
}

impl std::fmt::Display for OtCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

fn check(err: otError) -> Result<(), OtCode> {
    if err == otError_OT_ERROR_NONE {
        return Ok(());
    }
    // SAFETY: otThreadErrorToString returns a pointer to a static,
    // NUL-terminated string for every value (an "UnknownErrorType" one for
    // unknown values); it is copied at once.
    let ptr: *const c_char = unsafe { otThreadErrorToString(err) };
    let name = if ptr.is_null() {
        format!("error {err}")
    } else {
        // SAFETY: non-null, NUL-terminated and static (above).
        unsafe { CStr::from_ptr(ptr) }
            .to_string_lossy()
            .into_owned()
    };
    Err(OtCode { code: err, name })
}

/// Starts the commissioner role (`otCommissionerStart`): it petitions the
/// leader, and its state and joiner callbacks report to the sink.
pub fn commissioner_start(ot: &OpenThread<'_>) -> Result<(), OtCode> {
    let err = ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure (with_instance's
        // contract); the callbacks are `extern "C"` functions of this file
        // that only copy their arguments (section comment), and the context
        // is the address of a static.
        unsafe {
            otCommissionerStart(
                instance,
                Some(commissioner_state_cb),
                Some(commissioner_joiner_cb),
                sink_context(),
            )
        }
    });
    check(err)
}

/// Stops the commissioner role (`otCommissionerStop`); its joiner entries
/// go with it.
pub fn commissioner_stop(ot: &OpenThread<'_>) -> Result<(), OtCode> {
    // SAFETY: `instance` is live for the closure (with_instance's contract).
    check(ot.with_instance(|instance| unsafe { otCommissionerStop(instance) }))
}

/// The commissioner's role state (`otCommissionerGetState`).
pub fn commissioner_state(ot: &OpenThread<'_>) -> CommissionerState {
    // SAFETY: `instance` is live for the closure (with_instance's contract).
    CommissionerState::from_raw(
        ot.with_instance(|instance| unsafe { otCommissionerGetState(instance) }),
    )
}

/// Adds the joiner entry `id` with `pskd`, removed by OpenThread after
/// `timeout_secs` (`otCommissionerAddJoiner` /
/// `otCommissionerAddJoinerWithDiscerner`). Never a wildcard: `id` is an
/// EUI-64 or a discerner, and the EUI-64 pointer is never null.
pub fn add_joiner(
    ot: &OpenThread<'_>,
    id: &JoinerId,
    pskd: &Pskd,
    timeout_secs: u32,
) -> Result<(), OtCode> {
    // NUL-terminated copy, zeroed on drop (the PSKd is a secret).
    let mut c_pskd = zeroize::Zeroizing::new(Vec::with_capacity(pskd.expose().len() + 1));
    c_pskd.extend_from_slice(pskd.expose().as_bytes());
    c_pskd.push(0);
    let err = match *id {
        JoinerId::Eui64(eui) => {
            let addr = otExtAddress { m8: eui };
            ot.with_instance(|instance| {
                // SAFETY: `instance` is live for the closure; `addr` and
                // `c_pskd` (NUL-terminated, no interior NUL: the PSKd
                // alphabet has none) outlive the call, and OpenThread copies
                // both into its joiner table.
                unsafe {
                    otCommissionerAddJoiner(instance, &addr, c_pskd.as_ptr().cast(), timeout_secs)
                }
            })
        }
        JoinerId::Discerner { value, bits } => {
            let d = otJoinerDiscerner {
                mValue: value,
                mLength: bits,
            };
            ot.with_instance(|instance| {
                // SAFETY: as above, with a discerner instead of an EUI-64.
                unsafe {
                    otCommissionerAddJoinerWithDiscerner(
                        instance,
                        &d,
                        c_pskd.as_ptr().cast(),
                        timeout_secs,
                    )
                }
            })
        }
    };
    check(err)
}

/// Removes the joiner entry `id` at once (`otCommissionerRemoveJoiner` /
/// `otCommissionerRemoveJoinerWithDiscerner`); OpenThread reports it with
/// a `Removed` joiner event.
pub fn remove_joiner(ot: &OpenThread<'_>, id: &JoinerId) -> Result<(), OtCode> {
    let err = match *id {
        JoinerId::Eui64(eui) => {
            let addr = otExtAddress { m8: eui };
            // SAFETY: `instance` is live for the closure; `addr` outlives the
            // call and is never null (a null EUI-64 would mean "any joiner").
            ot.with_instance(|instance| unsafe { otCommissionerRemoveJoiner(instance, &addr) })
        }
        JoinerId::Discerner { value, bits } => {
            let d = otJoinerDiscerner {
                mValue: value,
                mLength: bits,
            };
            ot.with_instance(|instance| {
                // SAFETY: `instance` is live for the closure; `d` outlives
                // the call.
                unsafe { otCommissionerRemoveJoinerWithDiscerner(instance, &d) }
            })
        }
    };
    check(err)
}

/// Turns OpenThread's host receive filter on or off
/// (`otIp6SetReceiveFilterEnabled`). On, OpenThread keeps what it answers
/// itself from the host: echo requests to its addresses and datagrams to
/// the UDP ports it uses (MLE, TMF...), so the host interface
/// ([`super::netif`]) never duplicates its replies or answers Thread's
/// control traffic with ICMP errors.
pub fn set_receive_filter(ot: &OpenThread<'_>, enabled: bool) {
    ot.with_instance(|instance| {
        // SAFETY: `instance` is the live instance for the duration of this
        // closure (with_instance's contract); the call takes no pointer
        // besides it.
        unsafe { otIp6SetReceiveFilterEnabled(instance, enabled) }
    })
}

/// The multicast groups OpenThread's interface is subscribed to
/// (`otIp6GetMulticastAddresses`): its fixed groups (all-nodes,
/// all-routers, realm-local all-Thread-nodes, MPL...) and those added
/// through [`OpenThread::join_multicast`].
pub fn multicast_addresses(ot: &OpenThread<'_>) -> Vec<Ipv6Addr> {
    ot.with_instance(|instance| {
        let mut out = Vec::new();
        // SAFETY: `instance` is live for this closure (with_instance's
        // contract); the list OpenThread returns is owned by it and not
        // changed while we walk it (nothing else runs on this thread
        // during the closure); each node is read, never kept.
        unsafe {
            let mut p = otIp6GetMulticastAddresses(instance);
            while let Some(node) = p.as_ref() {
                out.push(Ipv6Addr::from(node.mAddress.mFields.m8));
                p = node.mNext;
            }
        }
        out
    })
}

// -------------------------------------------------------------- SRP server
//
// OpenThread's SRP server (the crate's `srp-server` feature; the crate
// wraps only the SRP client). `thread::srp` drives it. Every update a
// client sends goes to `srp_update_cb` first, which only queues the
// update's id in `SRP_SINK` and wakes the driver (it must not call back
// into the crate); the driver then answers it
// (`otSrpServerHandleServiceUpdateResult`) and reads the committed table.
// The context pointer is `SRP_SINK`'s address, a `static`, checked and
// never dereferenced (the same argument as the commissioner's above).

use openthread::sys::{
    otSrpServerGetNextHost, otSrpServerGetState, otSrpServerHandleServiceUpdateResult,
    otSrpServerHost, otSrpServerHostGetAddresses, otSrpServerHostGetFullName,
    otSrpServerHostGetKey, otSrpServerHostGetLeaseInfo, otSrpServerHostGetNextService,
    otSrpServerHostIsDeleted, otSrpServerLeaseInfo, otSrpServerService,
    otSrpServerServiceGetInstanceLabel, otSrpServerServiceGetPort,
    otSrpServerServiceGetServiceName, otSrpServerServiceGetTxtData, otSrpServerServiceIsDeleted,
    otSrpServerServiceUpdateId, otSrpServerSetEnabled, otSrpServerSetServiceUpdateHandler,
};

struct SrpSink {
    updates: Mutex<VecDeque<u32>>,
    notify: Notify,
}

static SRP_SINK: SrpSink = SrpSink {
    updates: Mutex::new(VecDeque::new()),
    notify: Notify::const_new(),
};

fn srp_context() -> *mut c_void {
    std::ptr::addr_of!(SRP_SINK).cast_mut().cast()
}

unsafe extern "C" fn srp_update_cb(
    id: otSrpServerServiceUpdateId,
    _host: *const otSrpServerHost,
    _timeout: u32,
    context: *mut c_void,
) {
    if context != srp_context() {
        return;
    }
    let mut q = SRP_SINK.updates.lock().unwrap_or_else(|p| p.into_inner());
    // Bounded; an update left unanswered times out in OpenThread (the
    // client retries), it is never committed unanswered.
    if q.len() < 256 {
        q.push_back(id);
    }
    drop(q);
    SRP_SINK.notify.notify_one();
}

/// Enables the SRP server with its update handler (answered by
/// [`srp_answer`]).
pub fn srp_server_enable(ot: &OpenThread<'_>) {
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure; the handler is a
        // plain function and the context the address of a static.
        unsafe {
            otSrpServerSetServiceUpdateHandler(instance, Some(srp_update_cb), srp_context());
            otSrpServerSetEnabled(instance, true);
        }
    });
}

/// Whether the SRP server is running (`OT_SRP_SERVER_STATE_RUNNING`).
pub fn srp_server_running(ot: &OpenThread<'_>) -> bool {
    // SAFETY: `instance` is live for the closure (with_instance).
    ot.with_instance(|instance| unsafe { otSrpServerGetState(instance) }) == 1
}

/// The update ids queued since the last call, oldest first.
pub fn take_srp_updates() -> Vec<u32> {
    let mut q = SRP_SINK.updates.lock().unwrap_or_else(|p| p.into_inner());
    q.drain(..).collect()
}

/// Resolves once an update was queued (then call [`take_srp_updates`]).
pub async fn srp_update() {
    SRP_SINK.notify.notified().await
}

/// Answers update `id`: OpenThread commits it (accept) or drops it.
pub fn srp_answer(ot: &OpenThread<'_>, id: u32, accept: bool) {
    let err = if accept {
        otError_OT_ERROR_NONE
    } else {
        openthread::sys::otError_OT_ERROR_SECURITY
    };
    // SAFETY: `instance` is live for the closure; an unknown id is ignored
    // by OpenThread.
    ot.with_instance(|instance| unsafe { otSrpServerHandleServiceUpdateResult(instance, id, err) });
}

/// One host of the SRP server's table, as read from OpenThread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSrpHost {
    /// Full name (`node.default.service.arpa.`).
    pub full_name: String,
    /// Its addresses.
    pub addresses: Vec<Ipv6Addr>,
    /// The lease granted, in milliseconds.
    pub lease_ms: u32,
    /// Remaining lease, in milliseconds.
    pub remaining_lease_ms: u32,
    /// Its live (not deleted) services.
    pub services: Vec<RawSrpService>,
    /// Its public key (ECDSA P-256, X then Y), which signed its updates.
    pub key: Option<[u8; 64]>,
}

/// One service of a [`RawSrpHost`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSrpService {
    /// Instance label (`Lamp`).
    pub instance: String,
    /// Full service name (`_thlamp._udp.default.service.arpa.`).
    pub service_name: String,
    /// Port.
    pub port: u16,
    /// TXT data, DNS wire form (length-prefixed strings).
    pub txt: Vec<u8>,
}

fn c_string(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: non-null pointers OpenThread returns for names are
    // NUL-terminated strings it owns while the table is not changed (we are
    // inside the active scope, nothing changes it); copied at once.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// The SRP server's live (not deleted) hosts.
pub fn srp_hosts(ot: &OpenThread<'_>) -> Vec<RawSrpHost> {
    ot.with_instance(|instance| {
        let mut out = Vec::new();
        let mut host: *const otSrpServerHost = std::ptr::null();
        loop {
            // SAFETY: `instance` is live; `host` is null or the previous
            // host OpenThread returned (the table does not change while we
            // hold the active scope).
            host = unsafe { otSrpServerGetNextHost(instance, host) };
            if host.is_null() {
                break;
            }
            // SAFETY: `host` is a live host of the table (above).
            if unsafe { otSrpServerHostIsDeleted(host) } {
                continue;
            }
            // SAFETY: as above.
            let full_name = c_string(unsafe { otSrpServerHostGetFullName(host) });
            let mut n: u8 = 0;
            // SAFETY: as above; OpenThread writes the count to `n` and
            // returns null or an array of `n` addresses it owns.
            let addrs = unsafe { otSrpServerHostGetAddresses(host, &mut n) };
            let addresses = if addrs.is_null() {
                Vec::new()
            } else {
                // SAFETY: `addrs` points to `n` addresses (above).
                unsafe { std::slice::from_raw_parts(addrs, usize::from(n)) }
                    .iter()
                    .map(from_ot_ip6)
                    .collect()
            };
            let mut lease = otSrpServerLeaseInfo {
                mLease: 0,
                mKeyLease: 0,
                mRemainingLease: 0,
                mRemainingKeyLease: 0,
            };
            // SAFETY: `host` is live and `lease` a writable struct.
            unsafe { otSrpServerHostGetLeaseInfo(host, &mut lease) };
            let mut services = Vec::new();
            let mut svc: *const otSrpServerService = std::ptr::null();
            loop {
                // SAFETY: `host` is live; `svc` null or its previous service.
                svc = unsafe { otSrpServerHostGetNextService(host, svc) };
                if svc.is_null() {
                    break;
                }
                // SAFETY: `svc` is a live service of `host`.
                if unsafe { otSrpServerServiceIsDeleted(svc) } {
                    continue;
                }
                let mut len: u16 = 0;
                // SAFETY: as above; null or `len` bytes OpenThread owns.
                let data = unsafe { otSrpServerServiceGetTxtData(svc, &mut len) };
                let txt = if data.is_null() {
                    Vec::new()
                } else {
                    // SAFETY: `data` points to `len` bytes (above).
                    unsafe { std::slice::from_raw_parts(data, usize::from(len)) }.to_vec()
                };
                services.push(RawSrpService {
                    // SAFETY: `svc` is live (above).
                    instance: c_string(unsafe { otSrpServerServiceGetInstanceLabel(svc) }),
                    // SAFETY: as above.
                    service_name: c_string(unsafe { otSrpServerServiceGetServiceName(svc) }),
                    // SAFETY: as above.
                    port: unsafe { otSrpServerServiceGetPort(svc) },
                    txt,
                });
            }
            // SAFETY: `host` is live (above); the key is owned by the host
            // and copied at once (vendor/README.md: this call is the
            // patch's).
            let key = unsafe { otSrpServerHostGetKey(host).as_ref() }.map(|k| k.m8);
            out.push(RawSrpHost {
                full_name,
                addresses,
                lease_ms: lease.mLease,
                remaining_lease_ms: lease.mRemainingLease,
                services,
                key,
            });
        }
        out
    })
}

// ------------------------------------------------------------------- NAT64
//
// OpenThread's NAT64 translator and the routing manager's NAT64 prefix
// manager (openthread-sys' `nat64-border-routing` feature; the crate wraps
// only address synthesis). `thread::nat64` and `thread::netif` drive them.
//
// Callbacks: `nat64_ip4_cb` (a translated IPv4 datagram for the host) and
// `otPlatInfraIfDiscoverNat64Prefix` (above) run on the OpenThread thread
// inside the crate's active scope and must not call back into the crate:
// the first copies the datagram out of the message, frees the message
// (the callback owns it) and queues the copy in `NAT64_SINK`; the second
// records the request there. Both wake the driver. The IPv4 callback's
// context is `NAT64_SINK`'s address, a `static`, checked and never
// dereferenced (the argument of the commissioner section).

use openthread::sys::{
    otBorderRoutingGetFavoredNat64Prefix, otBorderRoutingGetNat64Prefix, otIp4Address,
    otIp4Address__bindgen_ty_1, otIp4Cidr, otIp4NewMessage, otMessage, otMessageAppend,
    otMessageFree, otMessageGetLength, otMessageRead, otNat64AddressMapping,
    otNat64AddressMappingIterator, otNat64ErrorCounters, otNat64GetCidr, otNat64GetCounters,
    otNat64GetErrorCounters, otNat64GetNextAddressMapping, otNat64GetPrefixManagerState,
    otNat64GetTranslatorState, otNat64InitAddressMappingIterator, otNat64ProtocolCounters,
    otNat64Send, otNat64SetEnabled, otNat64SetIp4Cidr, otNat64SetReceiveIp4Callback,
    otRoutePreference,
};

use super::nat64::{Nat64Counters, Nat64DropReasons, Nat64Drops, Nat64Traffic};

struct Nat64Sink {
    /// IPv4 datagrams from the translator, oldest first.
    ip4: Mutex<VecDeque<Vec<u8>>>,
    ip4_notify: Notify,
    /// The infrastructure interface whose NAT64 prefix OpenThread asked
    /// for (the latest request).
    discover: Mutex<Option<u32>>,
    discover_notify: Notify,
}

static NAT64_SINK: Nat64Sink = Nat64Sink {
    ip4: Mutex::new(VecDeque::new()),
    ip4_notify: Notify::const_new(),
    discover: Mutex::new(None),
    discover_notify: Notify::const_new(),
};

/// Datagrams queued for the host at most; more are dropped (the host
/// side is not keeping up; IPv4 senders retry or back off).
const NAT64_QUEUE: usize = 256;

fn nat64_context() -> *mut c_void {
    std::ptr::addr_of!(NAT64_SINK).cast_mut().cast()
}

unsafe extern "C" fn nat64_ip4_cb(message: *mut otMessage, context: *mut c_void) {
    if message.is_null() {
        return;
    }
    if context != nat64_context() {
        // SAFETY: the callback owns `message` (otNat64ReceiveIp4Callback's
        // contract) and it is not used after this.
        unsafe { otMessageFree(message) };
        return;
    }
    // SAFETY: `message` is a valid message OpenThread handed over; it is
    // read into a buffer of its length, then freed once (we own it).
    let packet = unsafe {
        let len = otMessageGetLength(message);
        let mut buf = vec![0u8; usize::from(len)];
        let n = otMessageRead(message, 0, buf.as_mut_ptr().cast(), len);
        buf.truncate(usize::from(n));
        otMessageFree(message);
        buf
    };
    let mut q = NAT64_SINK.ip4.lock().unwrap_or_else(|p| p.into_inner());
    if q.len() < NAT64_QUEUE {
        q.push_back(packet);
    }
    drop(q);
    NAT64_SINK.ip4_notify.notify_one();
}

/// Hands translated IPv4 datagrams to the host queue (on) or has
/// OpenThread drop them (off: no callback).
pub fn nat64_set_receive(ot: &OpenThread<'_>, on: bool) {
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure; the callback is a
        // function of this file and the context the address of a static.
        unsafe {
            if on {
                otNat64SetReceiveIp4Callback(instance, Some(nat64_ip4_cb), nat64_context());
            } else {
                otNat64SetReceiveIp4Callback(instance, None, std::ptr::null_mut());
            }
        }
    });
}

/// The IPv4 datagrams queued since the last call, oldest first.
pub fn take_nat64_ip4() -> Vec<Vec<u8>> {
    let mut q = NAT64_SINK.ip4.lock().unwrap_or_else(|p| p.into_inner());
    q.drain(..).collect()
}

/// Resolves once an IPv4 datagram was queued (then call
/// [`take_nat64_ip4`]).
pub async fn nat64_ip4() {
    NAT64_SINK.ip4_notify.notified().await
}

/// Passes an IPv4 datagram from the host to the translator
/// (`otIp4NewMessage`, `otNat64Send`); the error names what refused it
/// (no buffers, or the translator: no mapping, not translatable).
pub fn nat64_send(ot: &OpenThread<'_>, packet: &[u8]) -> Result<(), OtCode> {
    let len = u16::try_from(packet.len()).map_err(|_| OtCode {
        code: openthread::sys::otError_OT_ERROR_INVALID_ARGS,
        name: "InvalidArgs".into(),
    })?;
    let err = ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure; a null settings
        // pointer asks for the defaults (link security on, normal
        // priority).
        let msg = unsafe { otIp4NewMessage(instance, std::ptr::null()) };
        if msg.is_null() {
            return openthread::sys::otError_OT_ERROR_NO_BUFS;
        }
        // SAFETY: `msg` is the message just allocated and `packet` holds
        // `len` readable bytes that outlive the call (copied into it).
        let err = unsafe { otMessageAppend(msg, packet.as_ptr().cast(), len) };
        if err != otError_OT_ERROR_NONE {
            // SAFETY: still ours: not handed to OpenThread.
            unsafe { otMessageFree(msg) };
            return err;
        }
        // SAFETY: hands `msg` over; OpenThread frees it whatever the
        // result, and it is not used after this.
        unsafe { otNat64Send(instance, msg) }
    });
    check(err)
}

/// Sets the translator's IPv4 CIDR and enables NAT64 (prefix manager and
/// translator: `otNat64SetIp4Cidr`, `otNat64SetEnabled`).
pub fn nat64_start(ot: &OpenThread<'_>, network: [u8; 4], len: u8) -> Result<(), OtCode> {
    let cidr = otIp4Cidr {
        mAddress: otIp4Address {
            mFields: otIp4Address__bindgen_ty_1 { m8: network },
        },
        mLength: len,
    };
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure; `cidr` outlives the
        // call, which copies it.
        check(unsafe { otNat64SetIp4Cidr(instance, &cidr) })?;
        // SAFETY: as above; plain values.
        unsafe { otNat64SetEnabled(instance, true) };
        Ok(())
    })
}

/// The prefix manager's and the translator's `otNat64State`.
pub fn nat64_states(ot: &OpenThread<'_>) -> (u32, u32) {
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure (with_instance).
        unsafe {
            (
                otNat64GetPrefixManagerState(instance),
                otNat64GetTranslatorState(instance),
            )
        }
    })
}

/// The hub's local NAT64 prefix (`otBorderRoutingGetNat64Prefix`).
pub fn nat64_local_prefix(ot: &OpenThread<'_>) -> Option<(Ipv6Addr, u8)> {
    get_prefix(ot, otBorderRoutingGetNat64Prefix)
}

/// The favored NAT64 prefix and its route preference
/// (`otBorderRoutingGetFavoredNat64Prefix`).
pub fn nat64_favored_prefix(ot: &OpenThread<'_>) -> Option<((Ipv6Addr, u8), i32)> {
    let mut p = otIp6Prefix {
        mPrefix: ot_ip6(Ipv6Addr::UNSPECIFIED),
        mLength: 0,
    };
    let mut pref: otRoutePreference = 0;
    // SAFETY: `instance` is live for the closure; `p` and `pref` are
    // valid, writable and outlive the call.
    let err = ot.with_instance(|instance| unsafe {
        otBorderRoutingGetFavoredNat64Prefix(instance, &mut p, &mut pref)
    });
    (err == otError_OT_ERROR_NONE && p.mLength > 0)
        .then(|| ((from_ot_ip6(&p.mPrefix), p.mLength), pref))
}

/// The translator's CIDR (`otNat64GetCidr`).
pub fn nat64_cidr(ot: &OpenThread<'_>) -> Option<([u8; 4], u8)> {
    let mut c = otIp4Cidr {
        mAddress: otIp4Address {
            mFields: otIp4Address__bindgen_ty_1 { m8: [0; 4] },
        },
        mLength: 0,
    };
    // SAFETY: `instance` is live for the closure; `c` is writable and
    // outlives the call.
    let err = ot.with_instance(|instance| unsafe { otNat64GetCidr(instance, &mut c) });
    // SAFETY: every bit pattern of the union is a valid `[u8; 4]`.
    let a = unsafe { c.mAddress.mFields.m8 };
    (err == otError_OT_ERROR_NONE && c.mLength > 0).then_some((a, c.mLength))
}

/// The number of active address mappings.
pub fn nat64_mapping_count(ot: &OpenThread<'_>) -> u32 {
    ot.with_instance(|instance| {
        let mut it = otNat64AddressMappingIterator {
            mPtr: std::ptr::null_mut(),
        };
        let mut m = otNat64AddressMapping::default();
        let mut n = 0u32;
        // SAFETY: `instance` is live for the closure; the iterator is
        // initialized before use and `m` is writable; the mapping table
        // does not change while we walk it (nothing else runs on this
        // thread during the closure).
        unsafe {
            otNat64InitAddressMappingIterator(instance, &mut it);
            while otNat64GetNextAddressMapping(instance, &mut it, &mut m) == otError_OT_ERROR_NONE {
                n += 1;
            }
        }
        n
    })
}

/// The translator's counters (`otNat64GetCounters`,
/// `otNat64GetErrorCounters`).
pub fn nat64_counters(ot: &OpenThread<'_>) -> (Nat64Counters, Nat64Drops) {
    let mut c = otNat64ProtocolCounters::default();
    let mut e = otNat64ErrorCounters::default();
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure; `c` and `e` are
        // writable and outlive the calls.
        unsafe {
            otNat64GetCounters(instance, &mut c);
            otNat64GetErrorCounters(instance, &mut e);
        }
    });
    let t = |x: &openthread::sys::otNat64Counters| Nat64Traffic {
        to_ipv4_packets: x.m6To4Packets,
        to_ipv4_bytes: x.m6To4Bytes,
        from_ipv4_packets: x.m4To6Packets,
        from_ipv4_bytes: x.m4To6Bytes,
    };
    // otNat64DropReason: unknown, illegal packet, unsupported protocol,
    // no mapping.
    let d = |x: &[u64; 4]| Nat64DropReasons {
        unknown: x[0],
        illegal_packet: x[1],
        unsupported_protocol: x[2],
        no_mapping: x[3],
    };
    (
        Nat64Counters {
            total: t(&c.mTotal),
            icmp: t(&c.mIcmp),
            udp: t(&c.mUdp),
            tcp: t(&c.mTcp),
        },
        Nat64Drops {
            to_ipv4: d(&e.mCount6To4),
            from_ipv4: d(&e.mCount4To6),
        },
    )
}

/// The interface of the latest NAT64 prefix discovery request, if one
/// came since the last call.
pub fn take_nat64_discovery() -> Option<u32> {
    NAT64_SINK
        .discover
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take()
}

/// Resolves once OpenThread asked for a NAT64 prefix discovery (then call
/// [`take_nat64_discovery`]).
pub async fn nat64_discovery_requested() {
    NAT64_SINK.discover_notify.notified().await
}

/// Reports a discovery's result (`otPlatInfraIfDiscoverNat64PrefixDone`):
/// the infrastructure's NAT64 prefix, or none (a zero-length prefix,
/// which OpenThread takes as "no prefix" and keeps its local one).
pub fn nat64_discover_done(ot: &OpenThread<'_>, ifindex: u32, prefix: Option<(Ipv6Addr, u8)>) {
    let (a, len) = prefix.unwrap_or((Ipv6Addr::UNSPECIFIED, 0));
    let p = otIp6Prefix {
        mPrefix: ot_ip6(a),
        mLength: len,
    };
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure; `p` outlives the
        // call, which copies it.
        unsafe { otPlatInfraIfDiscoverNat64PrefixDone(instance, ifindex, &p) }
    });
}

// ------------------------------------------------------------ platform UDP
//
// With OT_PLATFORM_UDP, OpenThread binds every socket not opened on its
// internal Thread interface through these hooks (`openthread/platform/
// udp.h`, not in the generated bindings: defined here with the
// signatures of that header). Each converts its arguments (null checked)
// and calls `super::udp`, which owns the host sockets. OpenThread calls
// them on the OpenThread thread, inside the crate's active scope; they
// never call back into the crate. The `otUdpSocket` pointer is only used
// as a key and read for its addresses during the call; `udp_deliver`
// dereferences it only while `udp::is_open` says OpenThread has not closed
// it (checked on this thread right before, so nothing can close it in
// between).

use openthread::sys::{
    otMessageInfo, otMessagePriority_OT_MESSAGE_PRIORITY_NORMAL, otMessageSettings,
    otNetifIdentifier, otNetifIdentifier_OT_NETIF_BACKBONE, otNetifIdentifier_OT_NETIF_THREAD_HOST,
    otNetifIdentifier_OT_NETIF_THREAD_INTERNAL, otUdpNewMessage, otUdpSocket,
};

use super::udp::{self, Netif, SocketKey};

fn udp_key(s: *const otUdpSocket) -> SocketKey {
    SocketKey(s as usize)
}

fn netif_of(n: otNetifIdentifier) -> Netif {
    #[allow(non_upper_case_globals)]
    match n {
        otNetifIdentifier_OT_NETIF_THREAD_HOST => Netif::ThreadHost,
        otNetifIdentifier_OT_NETIF_THREAD_INTERNAL => Netif::ThreadInternal,
        otNetifIdentifier_OT_NETIF_BACKBONE => Netif::Backbone,
        _ => Netif::Unspecified,
    }
}

fn ok_or_failed(ok: bool) -> otError {
    if ok {
        otError_OT_ERROR_NONE
    } else {
        otError_OT_ERROR_FAILED
    }
}

/// OpenThread opened a socket that uses the platform.
#[no_mangle]
extern "C" fn otPlatUdpSocket(socket: *mut otUdpSocket) -> otError {
    if socket.is_null() {
        return otError_OT_ERROR_FAILED;
    }
    // SAFETY: OpenThread passes its open socket, valid for the call; only
    // its netif field is read.
    let netif = netif_of(unsafe { (*socket).mNetifId });
    ok_or_failed(udp::open(udp_key(socket), netif))
}

/// OpenThread closes a socket: its host socket goes.
#[no_mangle]
extern "C" fn otPlatUdpClose(socket: *mut otUdpSocket) -> otError {
    if !socket.is_null() {
        udp::close(udp_key(socket));
    }
    otError_OT_ERROR_NONE
}

/// OpenThread bound a socket to its sockname (address, port).
#[no_mangle]
extern "C" fn otPlatUdpBind(socket: *mut otUdpSocket) -> otError {
    if socket.is_null() {
        return otError_OT_ERROR_FAILED;
    }
    // SAFETY: as in otPlatUdpSocket; its sockname is read.
    let (addr, port) = unsafe {
        (
            from_ot_ip6(&(*socket).mSockName.mAddress),
            (*socket).mSockName.mPort,
        )
    };
    match udp::bind(udp_key(socket), addr, port) {
        Ok(()) => otError_OT_ERROR_NONE,
        Err(_) => otError_OT_ERROR_FAILED,
    }
}

/// OpenThread names the interface a socket is to use.
#[no_mangle]
extern "C" fn otPlatUdpBindToNetif(socket: *mut otUdpSocket, netif: otNetifIdentifier) -> otError {
    if socket.is_null() {
        return otError_OT_ERROR_FAILED;
    }
    ok_or_failed(udp::bind_to_netif(udp_key(socket), netif_of(netif)))
}

/// OpenThread connected a socket. Every send carries its peer, and what a
/// connected socket receives is what OpenThread filters anyway: nothing
/// to do on the host.
#[no_mangle]
extern "C" fn otPlatUdpConnect(socket: *mut otUdpSocket) -> otError {
    ok_or_failed(!socket.is_null() && udp::is_open(udp_key(socket)))
}

/// OpenThread sends a datagram on a platform socket: copied out and sent
/// at once; on success the message is freed (the header's contract; on
/// failure OpenThread keeps and frees it).
#[no_mangle]
extern "C" fn otPlatUdpSend(
    socket: *mut otUdpSocket,
    message: *mut otMessage,
    info: *const otMessageInfo,
) -> otError {
    if socket.is_null() || message.is_null() || info.is_null() {
        return otError_OT_ERROR_FAILED;
    }
    // SAFETY: OpenThread passes a valid message and message info for the
    // call; the message is read (its length, then that many bytes into a
    // buffer of that size) and, only on success, freed once.
    unsafe {
        let len = otMessageGetLength(message);
        let mut payload = vec![0u8; usize::from(len)];
        let read = otMessageRead(message, 0, payload.as_mut_ptr().cast(), len);
        if read != len {
            return otError_OT_ERROR_FAILED;
        }
        let i = &*info;
        let send = udp::SendInfo {
            peer: from_ot_ip6(&i.mPeerAddr),
            peer_port: i.mPeerPort,
            local: from_ot_ip6(&i.mSockAddr),
            hop_limit: i.mHopLimit,
        };
        if udp::send(udp_key(socket), &payload, send) {
            otMessageFree(message);
            otError_OT_ERROR_NONE
        } else {
            otError_OT_ERROR_FAILED
        }
    }
}

fn multicast(
    socket: *mut otUdpSocket,
    netif: otNetifIdentifier,
    address: *const otIp6Address,
    join: bool,
) -> otError {
    if socket.is_null() || address.is_null() {
        return otError_OT_ERROR_FAILED;
    }
    // SAFETY: a valid address for the call (null checked), only read.
    let group = from_ot_ip6(unsafe { &*address });
    ok_or_failed(udp::multicast(
        udp_key(socket),
        netif_of(netif),
        group,
        join,
    ))
}

/// OpenThread joins a multicast group on a platform socket.
#[no_mangle]
extern "C" fn otPlatUdpJoinMulticastGroup(
    socket: *mut otUdpSocket,
    netif: otNetifIdentifier,
    address: *const otIp6Address,
) -> otError {
    multicast(socket, netif, address, true)
}

/// OpenThread leaves a multicast group on a platform socket.
#[no_mangle]
extern "C" fn otPlatUdpLeaveMulticastGroup(
    socket: *mut otUdpSocket,
    netif: otNetifIdentifier,
    address: *const otIp6Address,
) -> otError {
    multicast(socket, netif, address, false)
}

/// Hands a datagram received on `key`'s host socket to its OpenThread
/// handler: a new message (`otUdpNewMessage`, no link security: it came
/// from the host), the payload appended, the message info filled (peer,
/// local address and ports, hop limit), the socket's `mHandler` called,
/// the message freed (handlers only read it). False when the socket is
/// closed, the payload too long, or OpenThread has no buffer.
pub(super) fn udp_deliver(
    ot: &OpenThread<'_>,
    key: SocketKey,
    data: &[u8],
    m: &udp::Received,
) -> bool {
    let Ok(len) = u16::try_from(data.len()) else {
        return false;
    };
    ot.with_instance(|instance| {
        if !udp::is_open(key) {
            return false;
        }
        let socket = key.0 as *const otUdpSocket;
        let settings = otMessageSettings {
            mLinkSecurityEnabled: false,
            mPriority: otMessagePriority_OT_MESSAGE_PRIORITY_NORMAL as u8,
        };
        // SAFETY: `instance` is live for the closure; `socket` is an open
        // OpenThread socket (registered, checked just above on this
        // thread: see the section comment); `data` outlives the calls,
        // which copy it; the message is freed exactly once, after the
        // handler (which does not keep it).
        unsafe {
            let msg = otUdpNewMessage(instance, &settings);
            if msg.is_null() {
                return false;
            }
            if otMessageAppend(msg, data.as_ptr().cast(), len) != otError_OT_ERROR_NONE {
                otMessageFree(msg);
                return false;
            }
            let mut info = otMessageInfo {
                mSockAddr: ot_ip6(m.local),
                mPeerAddr: ot_ip6(m.peer),
                mSockPort: (*socket).mSockName.mPort,
                mPeerPort: m.peer_port,
                mHopLimit: m.hop_limit,
                ..Default::default()
            };
            info.set_mIsHostInterface(!m.on_tun);
            if let Some(handler) = (*socket).mHandler {
                handler((*socket).mContext, msg, &info);
            }
            otMessageFree(msg);
            true
        }
    })
}

// ------------------------------------------------------------ border agent
//
// OpenThread's border agent (the vendored crate's `border-agent` feature),
// driven by `super::border_agent`: enabled only while an owner or admin
// allows external commissioning. Plain calls on the live instance; the
// session iterator and the counters are read inside one active scope.

use openthread::sys::{
    otBorderAgentGetCounters, otBorderAgentGetNextSessionInfo, otBorderAgentGetUdpPort,
    otBorderAgentInitSessionIterator, otBorderAgentIsActive, otBorderAgentIsEnabled,
    otBorderAgentSessionInfo, otBorderAgentSessionIterator, otBorderAgentSetEnabled,
    otCommissioningDataset, otNetDataGetCommissioningDataset, otThreadGetRloc16,
};

/// Enables or disables the border agent (`otBorderAgentSetEnabled`).
/// Disabling closes its DTLS transport: every session ends at once.
pub fn border_agent_set_enabled(ot: &OpenThread<'_>, enabled: bool) {
    // SAFETY: `instance` is live for the closure (with_instance).
    ot.with_instance(|instance| unsafe { otBorderAgentSetEnabled(instance, enabled) })
}

/// One session of the border agent (`otBorderAgentSessionInfo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgentSessionInfo {
    /// The peer's address and port.
    pub peer: std::net::SocketAddrV6,
    /// Its DTLS handshake completed.
    pub connected: bool,
    /// The agent accepted it as the commissioner (a petition succeeded
    /// through it; OpenThread keeps this set after a resign).
    pub commissioner: bool,
    /// Milliseconds since it was established.
    pub lifetime_ms: u64,
}

/// The PSKc-mode counters the hub audits (`otBorderAgentCounters`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AgentCounters {
    /// DTLS sessions established with the PSKc.
    pub sessions: u32,
    /// DTLS handshakes that failed (a wrong PSKc).
    pub failures: u32,
    /// Commissioner petitions the leader accepted through the agent.
    pub petitions: u32,
}

/// The leader's commissioning data, as far as the agent cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommissioningData {
    /// The border agent locator (RLOC16) of the active commissioner, if one
    /// is active.
    pub locator: Option<u16>,
    /// The commissioner session id, if set.
    pub session_id: Option<u16>,
}

/// What the agent looks like now, read in one active scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentSnapshot {
    /// `otBorderAgentIsEnabled`.
    pub enabled: bool,
    /// `otBorderAgentIsActive`: listening (enabled and attached).
    pub active: bool,
    /// Its UDP port (0 when not listening).
    pub port: u16,
    /// Its sessions.
    pub sessions: Vec<AgentSessionInfo>,
    /// Its counters.
    pub counters: AgentCounters,
    /// The leader's commissioning data.
    pub commissioning: CommissioningData,
    /// The hub's RLOC16 (the agent's locator when it carries the
    /// commissioner).
    pub rloc16: u16,
}

/// Reads the agent's state, sessions, counters and the leader's
/// commissioning data.
pub fn border_agent_snapshot(ot: &OpenThread<'_>) -> AgentSnapshot {
    ot.with_instance(|instance| {
        // SAFETY: `instance` is live for the closure (with_instance). The
        // iterator is initialized before use and lives on this stack frame;
        // each info is written by OpenThread into a local and copied. The
        // counters pointer OpenThread returns points into the instance and
        // is read at once (null checked). The commissioning dataset is
        // written into a zeroed local.
        unsafe {
            let mut sessions = Vec::new();
            let mut it = otBorderAgentSessionIterator::default();
            otBorderAgentInitSessionIterator(instance, &mut it);
            let mut info: otBorderAgentSessionInfo = std::mem::zeroed();
            // Bounded: OpenThread's session pool is small; never loop on a
            // misbehaving iterator.
            while sessions.len() < 64
                && otBorderAgentGetNextSessionInfo(&mut it, &mut info) == otError_OT_ERROR_NONE
            {
                sessions.push(AgentSessionInfo {
                    peer: std::net::SocketAddrV6::new(
                        from_ot_ip6(&info.mPeerSockAddr.mAddress),
                        info.mPeerSockAddr.mPort,
                        0,
                        0,
                    ),
                    connected: info.mIsConnected,
                    commissioner: info.mIsCommissioner,
                    lifetime_ms: info.mLifetime,
                });
            }
            let c = otBorderAgentGetCounters(instance);
            let counters = c
                .as_ref()
                .map(|c| AgentCounters {
                    sessions: c.mPskcSecureSessionSuccesses,
                    failures: c.mPskcSecureSessionFailures,
                    petitions: c.mPskcCommissionerPetitions,
                })
                .unwrap_or_default();
            let mut cd: otCommissioningDataset = std::mem::zeroed();
            otNetDataGetCommissioningDataset(instance, &mut cd);
            AgentSnapshot {
                enabled: otBorderAgentIsEnabled(instance),
                active: otBorderAgentIsActive(instance),
                port: otBorderAgentGetUdpPort(instance),
                sessions,
                counters,
                commissioning: CommissioningData {
                    locator: cd.mIsLocatorSet().then_some(cd.mLocator),
                    session_id: cd.mIsSessionIdSet().then_some(cd.mSessionId),
                },
                rloc16: otThreadGetRloc16(instance),
            }
        }
    })
}
