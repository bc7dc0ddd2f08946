//! `threshold audit verify | tail | export`.
//!
//! Exit codes: 0 success (for `verify`: the log is intact), 1 the log is
//! broken (`verify` only), 2 an error (no database, unreadable database,
//! I/O error).

use std::fs::OpenOptions;
use std::io::{BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::audit::{AuditRecord, GENESIS_HASH};
use crate::store::{Store, StoreError};

use super::DEFAULT_STATE_DIR;

/// Exit code of `verify` when the chain is broken.
pub const EXIT_BROKEN: u8 = 1;
/// Exit code for errors (missing or unreadable database, I/O).
pub const EXIT_ERROR: u8 = 2;

/// `threshold audit ...`: inspect the hash-chained audit log.
#[derive(Debug, Clone, clap::Args)]
pub struct AuditArgs {
    /// The audit subcommand.
    #[command(subcommand)]
    pub cmd: AuditCommand,
}

/// The audit subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum AuditCommand {
    /// Re-walk the hash chain; exit 0 if intact, 1 if broken, 2 on error.
    Verify {
        /// State directory holding threshold.db.
        #[arg(long, default_value = DEFAULT_STATE_DIR)]
        state_dir: PathBuf,
    },
    /// Show the last records.
    Tail {
        /// State directory holding threshold.db.
        #[arg(long, default_value = DEFAULT_STATE_DIR)]
        state_dir: PathBuf,
        /// Number of records.
        #[arg(short = 'n', long = "lines", default_value_t = 20)]
        n: usize,
        /// JSON lines instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write records as JSON lines (to anchor them outside the hub).
    Export {
        /// State directory holding threshold.db.
        #[arg(long, default_value = DEFAULT_STATE_DIR)]
        state_dir: PathBuf,
        /// First seq to export.
        #[arg(long, default_value_t = 1)]
        from_seq: u64,
        /// Output file (created with mode 0600); standard output if absent.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// An error of a CLI command (printed, then exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the output failed.
    #[error("cannot write {target}: {source}")]
    Output {
        /// Where to (a path or "standard output").
        target: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

impl AuditArgs {
    /// Runs the subcommand on the process's standard output and error.
    pub fn run(&self) -> ExitCode {
        let stdout = std::io::stdout();
        let stderr = std::io::stderr();
        self.run_with(&mut stdout.lock(), &mut stderr.lock())
    }

    /// Runs the subcommand with explicit output streams; returns the exit code.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        let r = match &self.cmd {
            AuditCommand::Verify { state_dir } => verify(state_dir, out, err),
            AuditCommand::Tail { state_dir, n, json } => {
                tail(state_dir, *n, *json, out).map(|()| 0)
            }
            AuditCommand::Export {
                state_dir,
                from_seq,
                out: file,
            } => export(state_dir, *from_seq, file.as_deref(), out, err).map(|()| 0),
        };
        match r {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                ExitCode::from(EXIT_ERROR)
            }
        }
    }
}

fn stdout_err(source: std::io::Error) -> CliError {
    CliError::Output {
        target: "standard output".into(),
        source,
    }
}

/// Returns 0 (intact) or [`EXIT_BROKEN`].
fn verify(state_dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8, CliError> {
    let store = Store::open_readonly(state_dir)?;
    let report = store.verify_audit()?;
    match &report.first_bad {
        None => {
            let (seq, hash) = report.head.unwrap_or((0, GENESIS_HASH));
            writeln!(
                out,
                "audit log intact: {} records, head seq {seq} hash {}",
                report.records,
                hex::encode(hash)
            )
            .map_err(stdout_err)?;
            Ok(0)
        }
        Some(b) => {
            writeln!(err, "audit log BROKEN at seq {}: {}", b.seq, b.kind).map_err(stdout_err)?;
            Ok(EXIT_BROKEN)
        }
    }
}

/// Escapes control characters so stored strings cannot drive the terminal.
pub(crate) fn printable(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// One human-readable line:
/// `seq  time(RFC3339)  outcome  actor  action  subject  reason`.
pub fn format_record(r: &AuditRecord) -> String {
    let e = &r.event;
    format!(
        "{}  {}  {:<7}  {}  {}  {}  {}",
        r.seq,
        r.wall_ms.to_rfc3339(),
        e.outcome.as_str(),
        printable(&e.actor),
        printable(&e.action),
        printable(&e.subject),
        printable(&e.reason)
    )
}

fn tail(state_dir: &Path, n: usize, json: bool, out: &mut dyn Write) -> Result<(), CliError> {
    let store = Store::open_readonly(state_dir)?;
    for r in store.audit_tail(n)? {
        if json {
            serde_json::to_writer(&mut *out, &r).map_err(|e| stdout_err(e.into()))?;
            writeln!(out).map_err(stdout_err)?;
        } else {
            writeln!(out, "{}", format_record(&r)).map_err(stdout_err)?;
        }
    }
    out.flush().map_err(stdout_err)
}

fn export(
    state_dir: &Path,
    from_seq: u64,
    file: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let store = Store::open_readonly(state_dir)?;
    let Some(path) = file else {
        store.audit_export(out, from_seq)?;
        return Ok(());
    };
    let file_err = |source| CliError::Output {
        target: path.display().to_string(),
        source,
    };
    let f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(file_err)?;
    let mut w = BufWriter::new(f);
    let n = store.audit_export(&mut w, from_seq)?;
    let f = w.into_inner().map_err(|e| file_err(e.into_error()))?;
    f.sync_all().map_err(file_err)?;
    let _ = writeln!(err, "exported {n} records to {}", path.display());
    Ok(())
}
