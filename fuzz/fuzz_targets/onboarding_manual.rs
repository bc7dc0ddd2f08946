//! Fuzz target `onboarding_manual`: see `fuzz/checks/onboarding_manual.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::onboarding_manual::check(data));
