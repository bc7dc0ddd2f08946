//! The property each fuzz target checks, one module per target, shared by
//! the libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and by the stable
//! smoke test `tests/fuzz_corpus.rs`, which replays the committed seed
//! corpus (`fuzz/corpus/<target>/`) through the same functions.
//!
//! Every `check` takes arbitrary bytes, calls the crate's real public
//! parser, and panics only when a property is broken (a parser panicking, or
//! a parse -> emit -> parse round trip not giving back the same value).
#![allow(dead_code)]

pub mod coap_tcp_frame;
pub mod coap_udp;
pub mod config_toml;
pub mod cwt_token;
pub mod hdlc_spinel;
pub mod onboarding_manual;
pub mod onboarding_qr;
pub mod onboarding_tlv;
pub mod pairing_cbor;
pub mod thread_dataset;
pub mod x509_pem_der;

use std::future::Future;
use std::path::PathBuf;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// A target's check.
pub type Check = fn(&[u8]);

/// Every check, by target name (the smoke test walks this list).
pub const ALL: &[(&str, Check)] = &[
    ("coap_tcp_frame", coap_tcp_frame::check),
    ("coap_udp", coap_udp::check),
    ("config_toml", config_toml::check),
    ("cwt_token", cwt_token::check),
    ("hdlc_spinel", hdlc_spinel::check),
    ("onboarding_manual", onboarding_manual::check),
    ("onboarding_qr", onboarding_qr::check),
    ("onboarding_tlv", onboarding_tlv::check),
    ("pairing_cbor", pairing_cbor::check),
    ("thread_dataset", thread_dataset::check),
    ("x509_pem_der", x509_pem_der::check),
];

/// This process's scratch directory for the checks that go through files:
/// `threshold-fuzz-<pid>` in `/dev/shm` (memory) when there is one, else in
/// the temp directory. Created on first use; [`remove_scratch`] deletes it.
pub fn scratch(name: &str) -> PathBuf {
    let shm = PathBuf::from("/dev/shm");
    let base = if shm.is_dir() {
        shm
    } else {
        std::env::temp_dir()
    };
    let dir = base
        .join(format!("threshold-fuzz-{}", std::process::id()))
        .join(name);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

/// Deletes this process's scratch directory (the smoke test calls it; a
/// fuzzing run leaves it behind, one per process id).
pub fn remove_scratch() {
    for base in [PathBuf::from("/dev/shm"), std::env::temp_dir()] {
        let _ =
            std::fs::remove_dir_all(base.join(format!("threshold-fuzz-{}", std::process::id())));
    }
}

/// Polls a future that never waits on I/O (the router's built-ins, the
/// pairing service over an in-memory core) to completion in one poll.
pub fn ready<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("future expected to be ready at once"),
    }
}

/// Splits `data` at the position its first byte names (the rest is both
/// parts when `data` is empty).
pub fn split(data: &[u8]) -> (u8, &[u8], &[u8]) {
    match data.split_first() {
        None => (0, &[], &[]),
        Some((&b, rest)) => {
            let cut = usize::from(b).min(rest.len());
            (b, &rest[..cut], &rest[cut..])
        }
    }
}
