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
#![allow(unsafe_code)]

use openthread::sys::{otDatasetGetActiveTlvs, otError_OT_ERROR_NONE, otOperationalDatasetTlvs};
use openthread::OpenThread;

/// The active operational dataset as Thread TLVs (what `dataset active -x`
/// prints on an OpenThread CLI), or `None` when the node has none.
pub fn active_dataset_tlvs(ot: &OpenThread<'_>) -> Option<Vec<u8>> {
    let mut tlvs = otOperationalDatasetTlvs {
        mTlvs: [0; 254],
        mLength: 0,
    };
    let err = ot.with_instance(|instance| {
        // SAFETY: `instance` is the live instance for the duration of this
        // closure (with_instance's contract) and `tlvs` is a valid, writable
        // otOperationalDatasetTlvs that outlives the call.
        unsafe { otDatasetGetActiveTlvs(instance, &mut tlvs) }
    });
    if err != otError_OT_ERROR_NONE {
        return None;
    }
    let len = usize::from(tlvs.mLength).min(tlvs.mTlvs.len());
    Some(tlvs.mTlvs[..len].to_vec())
}

// ---------------------------------------------------------------------------
// Border routing (OpenThread's routing manager) and its infrastructure-
// interface platform hooks. The logic lives in `super::infra` (safe code);
// what is here only converts between C and Rust types.
// ---------------------------------------------------------------------------

use std::net::Ipv6Addr;

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
// so the two functions OpenThread provides to the platform there are
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

/// NAT64 prefix discovery on the infrastructure interface. OpenThread
/// calls it only with NAT64 border routing
/// (`OPENTHREAD_CONFIG_NAT64_BORDER_ROUTING_ENABLE`), which openthread-sys
/// 0.4 does not expose (docs/thread.md, "Border routing"): it fails.
#[no_mangle]
extern "C" fn otPlatInfraIfDiscoverNat64Prefix(_infra_if_index: u32) -> otError {
    otError_OT_ERROR_FAILED
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
