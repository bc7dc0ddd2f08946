//! Fuzz target `thread_dataset`: see `fuzz/checks/thread_dataset.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::thread_dataset::check(data));
