//! The firmware build's linker scripts (`link/`, added by build.rs to an
//! optimized Linux build of `threshold`; docs/performance.md, "Resident
//! text" and "Unwind tables"), checked with both linkers that build it:
//! rustc's own lld (the default of `x86_64-unknown-linux-gnu`) and GNU ld
//! (Yocto's cross linker). `cargo test` builds without optimization, so the
//! scripts never reach its binaries: this test links a small C program
//! with them instead, through `cc`, and reads the result with `readelf`
//! and `nm`:
//!
//! * a function whose section `link/resident-text.ld` names (its first
//!   entry) lands in the output section `.text.hot`, placed before
//!   `.text`; a function the list does not name stays in `.text`;
//! * code without function sections that the list names by file (from
//!   scripts/resident-text-faults.sh): the `.text` of an archive member
//!   (`*:*<member>(.text)`, as ring's assembly) and the C runtime's
//!   `_start` (`*Scrt1.o(.text)`) land in `.text.hot` too;
//! * `link/no-unwind.ld` leaves no `.eh_frame` although the program was
//!   compiled with unwind tables;
//! * the program still runs.
//!
//! Without `cc`, `readelf` or `nm`, or with no `ld.lld` in rustc's sysroot,
//! the affected linker says it was skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn resident_text_script() -> String {
    std::fs::read_to_string(root().join("link/resident-text.ld")).expect("link/resident-text.ld")
}

/// A section name the first entry of `script` places (a legacy Rust
/// name's hash is a wildcard there: any hash will do).
fn first_listed_section(script: &str) -> String {
    script
        .lines()
        .find_map(|l| l.trim().strip_prefix("*(")?.strip_suffix(')'))
        .expect("the script lists at least one section")
        .replace("17h*E", "17h0123456789abcdefE")
}

/// The first archive-member pattern of `script` (`*:*<member>(.text)`),
/// as `<member>`.
fn first_member_pattern(script: &str) -> Option<String> {
    script.lines().find_map(|l| {
        let member = l.trim().strip_prefix("*:*")?.strip_suffix("(.text)")?;
        Some(member.to_owned())
    })
}

fn lists_c_runtime_start(script: &str) -> bool {
    script.lines().any(|l| l.trim() == "*Scrt1.o(.text)")
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

/// `(name, address, size)` of every section of `bin`.
fn sections(bin: &Path) -> Vec<(String, u64, u64)> {
    let out = Command::new("readelf")
        .args(["-SW"])
        .arg(bin)
        .output()
        .expect("readelf");
    assert!(out.status.success(), "readelf failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            // "  [16] .text.hot  PROGBITS  00000000000051f0 0051f0 2b29e4 ..."
            let rest = l.trim_start().strip_prefix('[')?;
            let mut f = rest.split_once(']')?.1.split_whitespace();
            let name = f.next()?.to_owned();
            let _kind = f.next()?;
            let addr = u64::from_str_radix(f.next()?, 16).ok()?;
            let _off = f.next()?;
            let size = u64::from_str_radix(f.next()?, 16).ok()?;
            Some((name, addr, size))
        })
        .collect()
}

fn symbol_address(bin: &Path, symbol: &str) -> u64 {
    let out = Command::new("nm").arg(bin).output().expect("nm");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| {
            let mut f = l.split_whitespace();
            let addr = f.next()?;
            let _kind = f.next()?;
            (f.next()? == symbol).then(|| u64::from_str_radix(addr, 16).ok())?
        })
        .unwrap_or_else(|| panic!("{symbol} not in nm's output"))
}

fn within(sections: &[(String, u64, u64)], name: &str, addr: u64) -> bool {
    sections
        .iter()
        .any(|(n, a, s)| n == name && (*a..a + s).contains(&addr))
}

fn check_linker(label: &str, extra: &[String]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = resident_text_script();
    let hot = first_listed_section(&script);
    let src = dir.path().join("prog.c");
    // `hot` sits in the first section the list names, as rustc would have
    // put that function; `cold` in one of its own (-ffunction-sections)
    // that the list does not name.
    // `from_archive` (if the list names an archive member) sits in the
    // plain `.text` of a member of that name in an archive, as ring's
    // assembly does in its rlib (cc-rs prefixes a hash to the name).
    let member = first_member_pattern(&script);
    let mut archive = Vec::new();
    let call_member = if let Some(m) = &member {
        let msrc = dir.path().join("member.c");
        std::fs::write(&msrc, "int from_archive(int x) { return x - 1; }\n").expect("member.c");
        let obj = dir.path().join(format!("0123456789abcdef-{m}"));
        let cc = Command::new("cc")
            .args(["-O1", "-c"])
            .arg(&msrc)
            .arg("-o")
            .arg(&obj)
            .output()
            .expect("cc -c");
        assert!(cc.status.success(), "{label}: compiling the member failed");
        let lib = dir.path().join("libmember.a");
        let ar = Command::new("ar")
            .arg("rcs")
            .arg(&lib)
            .arg(&obj)
            .output()
            .expect("ar");
        assert!(ar.status.success(), "{label}: ar failed");
        archive.push(lib);
        "int from_archive(int); int (*volatile keep)(int) = from_archive;\n"
    } else {
        ""
    };
    std::fs::write(
        &src,
        format!(
            "{call_member}\
             __attribute__((noinline, section(\"{hot}\"))) int hot(int x) {{ return x + 1; }}\n\
             __attribute__((noinline)) int cold(int x) {{ return x * 3; }}\n\
             int main(int argc, char **argv) {{ (void)argv; return hot(argc) + cold(argc) - 5; }}\n"
        ),
    )
    .expect("write prog.c");
    let bin = dir.path().join("prog");
    let out = Command::new("cc")
        .args(["-O1", "-ffunction-sections", "-fasynchronous-unwind-tables"])
        .arg(&src)
        .args(&archive)
        .arg("-o")
        .arg(&bin)
        .args(extra)
        .arg(format!(
            "-Wl,-T,{}",
            root().join("link/resident-text.ld").display()
        ))
        .arg(format!(
            "-Wl,-T,{}",
            root().join("link/no-unwind.ld").display()
        ))
        .output()
        .expect("cc");
    assert!(
        out.status.success(),
        "{label}: linking with link/*.ld failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let secs = sections(&bin);
    let names: Vec<&str> = secs.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(
        !names.contains(&".eh_frame"),
        "{label}: .eh_frame kept: {names:?}"
    );
    let hot_sec = secs
        .iter()
        .find(|(n, _, _)| n == ".text.hot")
        .unwrap_or_else(|| panic!("{label}: no .text.hot in {names:?}"));
    let text = secs
        .iter()
        .find(|(n, _, _)| n == ".text")
        .unwrap_or_else(|| panic!("{label}: no .text in {names:?}"));
    assert!(
        hot_sec.1 < text.1,
        "{label}: .text.hot is not placed before .text"
    );
    assert!(
        within(&secs, ".text.hot", symbol_address(&bin, "hot")),
        "{label}: the listed function is not in .text.hot"
    );
    assert!(
        within(&secs, ".text", symbol_address(&bin, "cold")),
        "{label}: an unlisted function left .text"
    );
    match &member {
        Some(m) => assert!(
            within(&secs, ".text.hot", symbol_address(&bin, "from_archive")),
            "{label}: the .text of archive member {m} is not in .text.hot"
        ),
        None => println!("{label}: the list names no archive member (not checked)"),
    }
    if lists_c_runtime_start(&script) {
        assert!(
            within(&secs, ".text.hot", symbol_address(&bin, "_start")),
            "{label}: the C runtime's _start (Scrt1.o) is not in .text.hot"
        );
    }
    // argc is 1: hot(1) + cold(1) - 5 = 2 + 3 - 5.
    let run = Command::new(&bin).output().expect("run the linked program");
    assert!(run.status.success(), "{label}: the linked program failed");
    println!("{label}: .text.hot placed, .eh_frame discarded");
}

#[test]
fn firmware_link_scripts_work_with_gnu_ld_and_lld() {
    if !cfg!(target_os = "linux") {
        println!("skipped: the scripts are used on Linux only");
        return;
    }
    for tool in ["cc", "ar", "readelf", "nm"] {
        if !have(tool) {
            println!("skipped: `{tool}` not found");
            return;
        }
    }
    check_linker("GNU ld", &["-fuse-ld=bfd".to_owned()]);

    let sysroot = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned()))
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let gcc_ld = sysroot.and_then(|s| {
        let d = s.join("lib/rustlib/x86_64-unknown-linux-gnu/bin/gcc-ld");
        d.join("ld.lld").exists().then_some(d)
    });
    match gcc_ld {
        Some(d) => check_linker(
            "rust-lld",
            &[format!("-B{}", d.display()), "-fuse-ld=lld".to_owned()],
        ),
        None => println!("skipped (rust-lld): no gcc-ld/ld.lld in rustc's sysroot"),
    }
}
