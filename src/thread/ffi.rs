//! The only place of Threshold that calls OpenThread's C API directly.
//!
//! The `openthread` crate wraps most of what the hub needs; the few calls it
//! does not wrap go through [`openthread::OpenThread::with_instance`], which
//! hands out the raw `otInstance` pointer inside an *active* scope (the
//! platform callbacks OpenThread may make during the call are wired to the
//! same instance). Every `unsafe` block below calls one C function with that
//! pointer and buffers owned by the block; none keeps the pointer.
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
