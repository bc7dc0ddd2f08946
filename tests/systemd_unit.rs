//! config/threshold.service checked by systemd's own tools (docs/systemd.md):
//! `systemd-analyze verify` accepts it without a warning, and
//! `systemd-analyze security --offline=yes` scores its exposure below 3.0.
//! Skipped, saying why, where systemd-analyze is missing or too old for
//! `--offline` (systemd < 250); the apt package `systemd` provides it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

/// The highest exposure the unit may have (systemd's scale: 0 = fully
/// hardened, 10 = none; below 3 reads "OK" or better).
const MAX_EXPOSURE: f64 = 3.0;

/// What the unit starts on a hub.
const EXEC_START: &str = "ExecStart=/usr/bin/threshold run --config /etc/threshold/threshold.toml";

fn unit() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("config")
        .join("threshold.service")
}

fn unit_text() -> String {
    std::fs::read_to_string(unit()).expect("config/threshold.service")
}

/// `systemd-analyze` on the PATH, or `None` (the caller skips).
fn analyze() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("systemd-analyze"))
        .find(|p| p.is_file())
}

fn run(tool: &Path, args: &[&str], unit: &Path) -> Output {
    Command::new(tool)
        .args(args)
        .arg(unit)
        .output()
        .expect("systemd-analyze")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The overall exposure from `systemd-analyze security` output:
/// `→ Overall exposure level for threshold.service: 1.8 OK 🙂`.
fn exposure(out: &str) -> Option<f64> {
    let line = out
        .lines()
        .find(|l| l.contains("Overall exposure level for"))?;
    let (_, rest) = line.rsplit_once(": ")?;
    rest.split_whitespace().next()?.parse().ok()
}

#[test]
fn exposure_is_parsed_from_the_summary_line() {
    let out =
        "  ✓ UMask= ...\n\n→ Overall exposure level for threshold.service: 1.8 OK \u{1f642}\n";
    assert_eq!(exposure(out), Some(1.8));
    assert_eq!(exposure("nothing here"), None);
}

#[test]
fn the_unit_starts_the_installed_daemon() {
    let text = unit_text();
    let starts: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("ExecStart="))
        .collect();
    assert_eq!(starts, [EXEC_START]);
    for line in [
        "Type=notify",
        "NotifyAccess=main",
        "ExecReload=/bin/kill -HUP $MAINPID",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line}");
    }
}

/// `systemd-analyze verify` checks that the program exists: it runs on a
/// copy whose ExecStart names the binary under test (same arguments).
#[test]
fn systemd_analyze_verify_accepts_the_unit() {
    let Some(tool) = analyze() else {
        common::skip("systemd-analyze is not installed (apt package systemd)");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("threshold.service");
    let text = unit_text().replace(
        "ExecStart=/usr/bin/threshold ",
        &format!("ExecStart={BIN} "),
    );
    assert!(text.contains(BIN), "ExecStart rewritten");
    std::fs::write(&copy, text).expect("copy");
    let out = run(&tool, &["verify"], &copy);
    let err = text_of(&out);
    assert!(out.status.success(), "{err}");
    // Warnings (an unknown key, a bad value) do not fail `verify`: none
    // may name the unit.
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("threshold.service"))
        .collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

fn text_of(out: &Output) -> String {
    format!("{}{}", text(&out.stdout), text(&out.stderr))
}

#[test]
fn systemd_analyze_security_scores_the_unit_below_3() {
    let Some(tool) = analyze() else {
        common::skip("systemd-analyze is not installed (apt package systemd)");
        return;
    };
    let out = run(&tool, &["security", "--offline=yes", "--no-pager"], &unit());
    let all = text_of(&out);
    if !out.status.success() && all.contains("--offline") {
        common::skip("systemd-analyze security has no --offline (systemd < 250)");
        return;
    }
    assert!(out.status.success(), "{all}");
    let score = exposure(&all).unwrap_or_else(|| panic!("no overall exposure in:\n{all}"));
    assert!(
        score < MAX_EXPOSURE,
        "exposure {score} is not below {MAX_EXPOSURE}:\n{all}"
    );
}
