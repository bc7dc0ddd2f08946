//! Tampering with the audit log is refused by the triggers, and every kind
//! of tampering done behind them (with the `sqlite3` CLI or raw SQL) is
//! reported by `threshold audit verify` at the right seq.
//!
//! Requires the `sqlite3` command-line shell (Debian package `sqlite3`).

use std::path::Path;
use std::process::{Command, Output};

use threshold::audit::{AuditAction, AuditEvent, AuditRecord, Outcome};
use threshold::store::{db_path, Store};
use threshold::time::UnixMillis;

const N: u64 = 10;

/// A fresh store in `dir` with `N` distinct records; returns them.
fn setup(dir: &Path) -> Vec<AuditRecord> {
    let mut store = Store::open(dir).expect("open store");
    let mut recs = Vec::new();
    for i in 1..=N {
        let ev = AuditEvent::new(
            format!("user:u{i}"),
            if i.is_multiple_of(2) {
                AuditAction::WindowOpen
            } else {
                AuditAction::TokenRedeem
            },
            format!("device:fp{i}"),
            "api",
            if i.is_multiple_of(4) {
                Outcome::Denied
            } else {
                Outcome::Success
            },
            format!("reason{i}"),
        )
        .with("i", i);
        recs.extend(
            store
                .append_audit(UnixMillis(1_700_000_000_000 + i as i64 * 1000), &[ev])
                .expect("append"),
        );
    }
    recs
}

fn threshold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_threshold"))
        .args(args)
        .output()
        .expect("run threshold binary")
}

fn verify(dir: &Path) -> (i32, String, String) {
    let dir = dir.to_str().expect("utf-8 temp path");
    let out = threshold(&["audit", "verify", "--state-dir", dir]);
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs SQL through the `sqlite3` CLI, as an attacker with file access would.
fn sqlite3(dir: &Path, sql: &str) {
    let out = match Command::new("sqlite3").arg(db_path(dir)).arg(sql).output() {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "the `sqlite3` command-line shell is required by this test and was not found: \
             install it (Debian/Ubuntu: `apt-get install sqlite3`)"
        ),
        Err(e) => panic!("cannot run sqlite3: {e}"),
    };
    assert!(
        out.status.success(),
        "sqlite3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

const DROP_TRIGGERS: &str = "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;";

fn assert_broken_at(dir: &Path, seq: u64, what: &str) {
    let (code, stdout, stderr) = verify(dir);
    assert_eq!(
        code, 1,
        "verify must exit 1; stdout={stdout} stderr={stderr}"
    );
    let prefix = format!("audit log BROKEN at seq {seq}: ");
    assert!(
        stderr.starts_with(&prefix),
        "expected {prefix:?}..., got {stderr:?}"
    );
    assert!(stderr.contains(what), "expected {what:?} in {stderr:?}");
}

fn export(dir: &Path) -> Vec<u8> {
    let mut buf = Vec::new();
    Store::open_readonly(dir)
        .expect("open ro")
        .audit_export(&mut buf, 1)
        .expect("export");
    buf
}

#[test]
fn a_triggers_refuse_update_and_delete() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path());
    let before = export(tmp.path());
    let conn = rusqlite::Connection::open(db_path(tmp.path())).expect("raw open");
    for sql in [
        "UPDATE audit SET reason = 'forged' WHERE seq = 4",
        "UPDATE audit SET hash = zeroblob(32)",
        "DELETE FROM audit WHERE seq = 6",
        "DELETE FROM audit",
    ] {
        let err = conn.execute(sql, []).expect_err(sql);
        assert!(
            err.to_string().contains("audit log is append-only"),
            "{sql}: {err}"
        );
    }
    drop(conn);
    assert_eq!(export(tmp.path()), before, "nothing changed");
    assert_eq!(verify(tmp.path()).0, 0);
}

#[test]
fn b_altered_reason_is_reported_at_its_seq() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path());
    sqlite3(
        tmp.path(),
        &format!("{DROP_TRIGGERS} UPDATE audit SET reason = 'ok' WHERE seq = 4;"),
    );
    assert_broken_at(tmp.path(), 4, "hash mismatch");
}

#[test]
fn c_deleted_record_is_reported_at_its_seq() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path());
    sqlite3(
        tmp.path(),
        &format!("{DROP_TRIGGERS} DELETE FROM audit WHERE seq = 6;"),
    );
    assert_broken_at(tmp.path(), 6, "sequence gap");
}

#[test]
fn d_swapped_records_are_reported_at_the_lower_seq() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path());
    sqlite3(
        tmp.path(),
        &format!(
            "{DROP_TRIGGERS}
             CREATE TEMP TABLE sw AS SELECT * FROM audit WHERE seq IN (3, 7);
             UPDATE audit SET (wall_ms, actor, action, subject, channel, outcome, reason,
                               details, prev_hash, hash) =
               (SELECT wall_ms, actor, action, subject, channel, outcome, reason, details,
                       prev_hash, hash FROM sw WHERE sw.seq = 10 - audit.seq)
             WHERE seq IN (3, 7);"
        ),
    );
    // Make sure the swap really happened.
    let conn = rusqlite::Connection::open(db_path(tmp.path())).expect("raw open");
    let actor3: String = conn
        .query_row("SELECT actor FROM audit WHERE seq = 3", [], |r| r.get(0))
        .expect("row 3");
    assert_eq!(actor3, "user:u7");
    drop(conn);
    assert_broken_at(tmp.path(), 3, "hash mismatch");
}

#[test]
fn e_deleted_last_record_is_a_head_mismatch() {
    let tmp = tempfile::tempdir().expect("tempdir");
    setup(tmp.path());
    // Raw SQL through rusqlite this time.
    let conn = rusqlite::Connection::open(db_path(tmp.path())).expect("raw open");
    conn.execute_batch("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 10;")
        .expect("tamper");
    drop(conn);
    assert_broken_at(tmp.path(), 10, "head mismatch");
}

#[test]
fn e2_forged_record_with_recomputed_hash_is_a_link_break() {
    // A tamperer who knows the hash rule rewrites record 5 consistently
    // with itself; the next record's link (and here its own prev_hash)
    // gives it away.
    let tmp = tempfile::tempdir().expect("tempdir");
    let recs = setup(tmp.path());
    let mut forged = recs[4].clone();
    forged.event.reason = "ok".into();
    let forged = AuditRecord::chain(forged.seq, forged.wall_ms, forged.event, forged.prev_hash);
    let conn = rusqlite::Connection::open(db_path(tmp.path())).expect("raw open");
    conn.execute_batch("DROP TRIGGER audit_no_update;")
        .expect("drop trigger");
    conn.execute(
        "UPDATE audit SET reason = ?1, hash = ?2 WHERE seq = 5",
        rusqlite::params![forged.event.reason, forged.hash],
    )
    .expect("forge");
    drop(conn);
    assert_broken_at(tmp.path(), 6, "link broken");
}

#[test]
fn f_intact_log_exits_zero_and_prints_the_head() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let recs = setup(tmp.path());
    let (code, stdout, stderr) = verify(tmp.path());
    assert_eq!(code, 0, "stderr={stderr}");
    let last = recs.last().expect("records");
    assert_eq!(
        stdout.trim_end(),
        format!(
            "audit log intact: {N} records, head seq {N} hash {}",
            hex::encode(last.hash)
        )
    );
}

#[test]
fn g_missing_database_exits_two() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (code, _, stderr) = verify(&tmp.path().join("nowhere"));
    assert_eq!(code, 2);
    assert!(stderr.contains("no database at"), "{stderr}");
    assert!(
        !tmp.path().join("nowhere").exists(),
        "verify creates nothing"
    );
}
