//! Fuzz target `config_toml`: see `fuzz/checks/config_toml.rs` for what it feeds and
//! which properties it asserts (docs/fuzzing.md lists them all).
#![no_main]

#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::config_toml::check(data));
