//! Fuzz target `x509_pem_der`: see `fuzz/checks/x509_pem_der.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::x509_pem_der::check(data));
