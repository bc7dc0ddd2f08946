//! Fuzz target `onboarding_qr`: see `fuzz/checks/onboarding_qr.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::onboarding_qr::check(data));
