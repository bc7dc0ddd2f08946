//! `threshold audit tail` and `threshold audit export` through the real
//! binary, and `threshold --version`.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use threshold::audit::{AuditAction, AuditEvent, AuditRecord, Outcome};
use threshold::store::Store;
use threshold::time::UnixMillis;

fn threshold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_threshold"))
        .args(args)
        .output()
        .expect("run threshold binary")
}

fn setup(dir: &Path, n: u64) -> Vec<AuditRecord> {
    let mut store = Store::open(dir).expect("open");
    (1..=n)
        .flat_map(|i| {
            let ev = AuditEvent::new(
                "user:u1",
                AuditAction::WindowOpen,
                format!("disc:{i}"),
                "api",
                Outcome::Denied,
                "not_allowed",
            )
            .with("i", i);
            store
                .append_audit(UnixMillis(1_795_000_000_000 + i as i64), &[ev])
                .expect("append")
        })
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

#[test]
fn tail_prints_the_last_records_as_text() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path(), 25);
    let out = threshold(&["audit", "tail", "--state-dir", s(tmp.path()), "-n", "3"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf8");
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "23  2026-11-18T11:06:40.023Z  denied   user:u1  window.open  disc:23  not_allowed",
            "24  2026-11-18T11:06:40.024Z  denied   user:u1  window.open  disc:24  not_allowed",
            "25  2026-11-18T11:06:40.025Z  denied   user:u1  window.open  disc:25  not_allowed",
        ]
    );
    let out = threshold(&["audit", "tail", "--state-dir", s(tmp.path())]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 20);
}

#[test]
fn tail_escapes_control_characters() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(tmp.path()).expect("open");
    let ev = AuditEvent::new(
        "device:\x1b[2Jevil",
        AuditAction::TokenRedeem,
        "x",
        "coap",
        Outcome::Denied,
        "bad\nline",
    );
    store.append_audit(UnixMillis(0), &[ev]).expect("append");
    drop(store);
    let out = threshold(&["audit", "tail", "--state-dir", s(tmp.path())]);
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(!text.contains('\x1b'), "{text:?}");
    assert_eq!(text.lines().count(), 1, "{text:?}");
    assert!(text.contains("\\u{1b}[2Jevil") && text.contains("bad\\nline"));
}

#[test]
fn tail_json_round_trips() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let recs = setup(tmp.path(), 5);
    let out = threshold(&[
        "audit",
        "tail",
        "--state-dir",
        s(tmp.path()),
        "-n",
        "2",
        "--json",
    ]);
    assert!(out.status.success());
    let back: Vec<AuditRecord> = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(back, recs[3..]);
}

#[test]
fn export_to_stdout_and_to_a_0600_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let recs = setup(tmp.path(), 7);
    let out = threshold(&[
        "audit",
        "export",
        "--state-dir",
        s(tmp.path()),
        "--from-seq",
        "5",
    ]);
    assert!(out.status.success());
    let back: Vec<AuditRecord> = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(back, recs[4..]);

    let file = tmp.path().join("export.jsonl");
    let out = threshold(&[
        "audit",
        "export",
        "--state-dir",
        s(tmp.path()),
        "--out",
        s(&file),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = std::fs::metadata(&file).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&file).expect("read");
    let back: Vec<AuditRecord> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(back, recs);
    // Anyone can re-verify an export from its contents alone.
    let mut prev = threshold::audit::GENESIS_HASH;
    for r in &back {
        assert_eq!(r.prev_hash, prev);
        assert_eq!(r.compute_hash(), r.hash);
        prev = r.hash;
    }
}

#[test]
fn missing_database_is_exit_two_for_every_subcommand() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("absent");
    for sub in ["verify", "tail", "export"] {
        let out = threshold(&["audit", sub, "--state-dir", s(&dir)]);
        assert_eq!(out.status.code(), Some(2), "{sub}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no database at"), "{sub}: {err}");
    }
}

#[test]
fn version_flag_works() {
    let out = threshold(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("threshold {}", env!("CARGO_PKG_VERSION"))
    );
}
