//! The only place of Threshold that calls OpenThread's C API directly.
//!
//! The `openthread` crate wraps most of what the hub needs; the few calls it
//! does not wrap go through [`openthread::OpenThread::with_instance`], which
//! hands out the raw `otInstance` pointer inside an *active* scope (the
//! platform callbacks OpenThread may make during the call are wired to the
//! same instance). Every `unsafe` block below calls one C function with that
//! pointer and buffers owned by the block; none keeps the pointer.
#![allow(unsafe_code)]

use std::net::Ipv6Addr;

use openthread::sys::{
    otDatasetGetActiveTlvs, otError_OT_ERROR_NONE, otIp6GetMulticastAddresses,
    otIp6SetReceiveFilterEnabled, otOperationalDatasetTlvs,
};
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
