//! Fuzz target `coap_udp`: see `fuzz/checks/coap_udp.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::coap_udp::check(data));
