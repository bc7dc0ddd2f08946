//! Fuzz target `pairing_cbor`: see `fuzz/checks/pairing_cbor.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::pairing_cbor::check(data));
