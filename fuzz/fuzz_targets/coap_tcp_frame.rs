//! Fuzz target `coap_tcp_frame`: see `fuzz/checks/coap_tcp_frame.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::coap_tcp_frame::check(data));
