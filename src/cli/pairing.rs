//! `threshold pairing locks | unlock`, over the controller API: the pairing
//! locks the anomaly detector set (docs/commissioning.md, "The pairing
//! lock") and lifting them (owner or admin; audited `pairing.unlock`).
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local file error.

use std::io::Write;
use std::process::ExitCode;

use hyper::Method;

use crate::api::types::{LockInfo, UnlockRequest, Unlocked};

use super::remote::{call, emit, emit_json, finish, table, ConnArgs, Failure};

/// `threshold pairing ...`: the pairing locks.
#[derive(Debug, Clone, clap::Args)]
pub struct PairingArgs {
    /// The pairing subcommand.
    #[command(subcommand)]
    pub cmd: PairingCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The pairing subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum PairingCommand {
    /// List the locks in force (scope, key, end).
    Locks,
    /// Lift one lock (SCOPE and KEY as `locks` lists them; `hub` needs no
    /// key), or every lock (no argument).
    Unlock {
        /// `source`, `credential`, `window`, `user` or `hub`.
        #[arg(value_name = "SCOPE")]
        lock_scope: Option<String>,
        /// The scope's key (an address or IPv6 /64, `cert:<hex>`, ...).
        #[arg(value_name = "KEY")]
        lock_key: Option<String>,
    },
}

impl PairingArgs {
    /// Runs the subcommand on standard output and error.
    pub fn run(&self) -> ExitCode {
        self.run_with(&mut std::io::stdout().lock(), &mut std::io::stderr().lock())
    }

    /// Runs the subcommand with explicit streams.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        finish(err, || self.go(out))
    }

    fn go(&self, out: &mut dyn Write) -> Result<(), Failure> {
        let json = self.conn.json;
        match &self.cmd {
            PairingCommand::Locks => {
                let locks: Vec<LockInfo> = call(
                    &self.conn.client()?,
                    Method::GET,
                    "/v1/pairing/locks",
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &locks);
                }
                let rows: Vec<Vec<String>> = locks
                    .into_iter()
                    .map(|l| vec![l.scope, l.key, l.until])
                    .collect();
                emit(out, &table(&["SCOPE", "KEY", "UNTIL"], &rows))
            }
            PairingCommand::Unlock {
                lock_scope,
                lock_key,
            } => {
                let req = UnlockRequest {
                    scope: lock_scope.clone(),
                    key: lock_key.clone(),
                };
                let u: Unlocked = call(
                    &self.conn.client()?,
                    Method::POST,
                    "/v1/pairing/unlock",
                    Some(&req),
                )?;
                if json {
                    return emit_json(out, &u);
                }
                if u.unlocked.is_empty() {
                    return emit(out, "no lock to lift");
                }
                let names: Vec<String> = u
                    .unlocked
                    .iter()
                    .map(|l| format!("{} {}", l.scope, l.key))
                    .collect();
                emit(out, &format!("unlocked: {}", names.join(", ")))
            }
        }
    }
}
