//! Crash durability of the audit log.
//!
//! The test re-executes its own binary as a child (switched by the
//! `THRESHOLD_CRASH_CHILD` environment variable) that appends single-record
//! transactions as fast as it can and prints `committed <seq>` after each
//! `append_audit` returns. The parent SIGKILLs it after a pseudo-random
//! delay, reopens the store (as a restarted daemon would), verifies the
//! chain and checks that every seq the child reported as committed is
//! there. The same database is reused across all iterations, so the chain
//! keeps growing across crashes.
//!
//! SIGKILL tests process crashes (the page cache survives); power-loss
//! durability additionally relies on `synchronous=FULL`, which this test
//! cannot observe.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use threshold::audit::{AuditAction, AuditEvent, Outcome};
use threshold::store::{db_path, Store};
use threshold::time::{SystemClock, WallClock};

const CHILD_ENV: &str = "THRESHOLD_CRASH_CHILD";
const ITER_ENV: &str = "THRESHOLD_CRASH_ITER";
const ITERATIONS: u64 = 200;
/// A child that outlives its parent stops on its own after this.
const CHILD_MAX_RUNTIME: Duration = Duration::from_secs(20);

#[test]
fn crash_durability() {
    match std::env::var_os(CHILD_ENV) {
        Some(dir) => child(Path::new(&dir)),
        None => parent(),
    }
}

/// Appends forever (until killed, or the parent is gone).
fn child(dir: &Path) {
    let iter = std::env::var(ITER_ENV).unwrap_or_default();
    let mut store = Store::open(dir).expect("child: open store");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let start = Instant::now();
    let mut i = 0u64;
    while start.elapsed() < CHILD_MAX_RUNTIME {
        // A fixture action name, not one the hub writes: the log keeps any text.
        let ev = AuditEvent {
            action: "crash.append".into(),
            ..AuditEvent::new(
                "system",
                AuditAction::DaemonStart,
                format!("iter:{iter}"),
                "local",
                Outcome::Info,
                "ok",
            )
        }
        .with("i", i);
        let recs = store
            .append_audit(SystemClock.now(), &[ev])
            .expect("child: append");
        // Only after the commit returned.
        if writeln!(out, "committed {}", recs[0].seq)
            .and_then(|()| out.flush())
            .is_err()
        {
            return; // parent gone
        }
        i += 1;
    }
}

/// SplitMix64: a tiny deterministic PRNG.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn parent() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("state");
    let exe = std::env::current_exe().expect("current exe");
    let started = Instant::now();
    let mut printed_total = 0u64;
    let mut immediate_kills = 0u64;
    let mut max_seq = 0u64;
    for iter in 0..ITERATIONS {
        let mut rng = SplitMix64(iter);
        let r = rng.next();
        // 1 in 8: kill at once (possibly before the child even opened the
        // store); otherwise 0..=30 ms, counted from spawn (half) or from the
        // child's first commit (half, so the kill lands mid-append).
        let immediate = r.is_multiple_of(8);
        let after_first_commit = (r >> 3).is_multiple_of(2);
        let delay = Duration::from_millis(rng.next() % 31);

        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_durability",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &dir)
            .env(ITER_ENV, iter.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("child stdout");
        let (tx, rx) = mpsc::channel::<u64>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(seq) = line.strip_prefix("committed ") {
                    let seq = seq.trim().parse().expect("seq");
                    if tx.send(seq).is_err() {
                        break;
                    }
                }
            }
        });
        let mut seqs = Vec::new();
        if immediate {
            immediate_kills += 1;
        } else {
            if after_first_commit {
                let first = rx
                    .recv_timeout(Duration::from_secs(10))
                    .expect("child committed nothing within 10 s");
                seqs.push(first);
            }
            // A sleep on purpose: a random instant to kill at, so the
            // kill lands at a different point of an append each time.
            std::thread::sleep(delay);
        }
        let pid = Pid::from_raw(i32::try_from(child.id()).expect("pid"));
        kill(pid, Signal::SIGKILL).expect("SIGKILL");
        let status = child.wait().expect("wait");
        assert_eq!(
            status.signal(),
            Some(Signal::SIGKILL as i32),
            "iteration {iter}: the child must die by SIGKILL, not {status}"
        );
        reader.join().expect("reader thread");
        seqs.extend(rx.try_iter());
        printed_total += seqs.len() as u64;

        // Restart: open read-write (WAL recovery), then verify.
        let store = Store::open(&dir).expect("reopen after crash");
        let report = store.verify_audit().expect("verify");
        assert!(
            report.is_intact(),
            "iteration {iter}: chain broken after crash: {:?}",
            report.first_bad
        );
        let head = report.head.map_or(0, |(s, _)| s);
        assert_eq!(report.records, head, "iteration {iter}");
        assert!(head >= max_seq, "iteration {iter}: records lost");
        drop(store);
        let conn = rusqlite::Connection::open_with_flags(
            db_path(&dir),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("raw open");
        let mut stmt = conn
            .prepare("SELECT count(*) FROM audit WHERE seq = ?1")
            .expect("prepare");
        for &seq in &seqs {
            let n: i64 = stmt.query_row([seq], |r| r.get(0)).expect("query");
            assert_eq!(
                n, 1,
                "iteration {iter}: seq {seq} was reported committed but is missing"
            );
        }
        max_seq = head;
    }
    let elapsed = started.elapsed();
    println!(
        "crash test: {ITERATIONS} SIGKILL iterations ({immediate_kills} immediate), \
         {printed_total} commits reported by children, {max_seq} records in the final chain, \
         {:.1} s",
        elapsed.as_secs_f64()
    );
    assert!(
        printed_total >= ITERATIONS,
        "too few commits ({printed_total}) for the test to mean anything"
    );
    assert!(max_seq >= printed_total);
}
