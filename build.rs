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
//!
//! On Linux, an optimized build also gets `link/resident-text.ld`: the
//! functions the daemon runs are placed together at the start of the code
//! (an `INSERT` script: the rest of the layout is the linker's default), so
//! the kernel's 64 KiB fault-around maps a few windows of the binary into
//! the daemon's memory instead of nearly all of it (docs/performance.md,
//! "Resident text"; scripts/resident-text.sh writes the list). A name the
//! list no longer matches changes the layout only, never the code.
//! `THRESHOLD_NO_RESIDENT_TEXT=1` leaves it out.
//!
//! It also leaves out the unwind tables (`link/no-unwind.ld`, about 1.1 MB):
//! with `panic = "abort"` nothing unwinds, and they would serve only
//! backtraces (docs/performance.md, "Unwind tables").
//! `THRESHOLD_UNWIND_TABLES=1` keeps them, e.g. for a debug image whose core
//! dumps a debugger should unwind.

fn main() {
    println!("cargo:rerun-if-env-changed=THRESHOLD_NO_RELR");
    println!("cargo:rerun-if-env-changed=THRESHOLD_NO_RESIDENT_TEXT");
    println!("cargo:rerun-if-env-changed=THRESHOLD_UNWIND_TABLES");
    println!("cargo:rerun-if-changed=link/resident-text.ld");
    println!("cargo:rerun-if-changed=link/no-unwind.ld");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" && std::env::var_os("THRESHOLD_NO_RELR").is_none() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    let optimized = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    if os == "linux" && optimized && std::env::var_os("THRESHOLD_NO_RESIDENT_TEXT").is_none() {
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{dir}/link/resident-text.ld");
    }
    if os == "linux" && optimized && std::env::var_os("THRESHOLD_UNWIND_TABLES").is_none() {
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{dir}/link/no-unwind.ld");
    }
}
