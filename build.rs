//! Link-time settings of the `threshold` binary (nothing is generated).
//!
//! On Linux with glibc, the binary is linked with packed relative
//! relocations (`-z pack-relative-relocs`, DT_RELR): a position-independent
//! executable keeps its address-space randomisation, while its relative
//! relocations take a few kilobytes instead of 24 bytes each (0.37 MB of
//! the firmware binary, docs/performance.md). It needs GNU ld 2.38 or lld 15
//! to link and glibc 2.36 to load (Debian 12, Yocto wrynose); a binary
//! loaded by an older glibc fails at once, naming the missing
//! `GLIBC_ABI_DT_RELR` version. `THRESHOLD_NO_RELR=1` leaves it out.

fn main() {
    println!("cargo:rerun-if-env-changed=THRESHOLD_NO_RELR");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" && std::env::var_os("THRESHOLD_NO_RELR").is_none() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
