//! Fuzz target `hdlc_spinel`: see `fuzz/checks/hdlc_spinel.rs` for what it
//! feeds and which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::hdlc_spinel::check(data));
