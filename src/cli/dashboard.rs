//! `threshold dashboard login`: a one-time link that signs a browser in to
//! the web dashboard (docs/dashboard.md), over the controller API (the
//! admin socket by default).
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local error.

use std::io::Write;
use std::process::ExitCode;

use hyper::Method;

use crate::api::dashboard::LoginLinkInfo;
use crate::api::types::DashboardLoginRequest;

use super::remote::{call, emit, emit_json, finish, ConnArgs, Failure};

/// `threshold dashboard ...`: the web dashboard.
#[derive(Debug, Clone, clap::Args)]
pub struct DashboardArgs {
    /// The dashboard subcommand.
    #[command(subcommand)]
    pub cmd: DashboardCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The dashboard subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum DashboardCommand {
    /// Print a link that signs a browser in once, within 60 seconds: as
    /// yourself (with your certificate), or on the hub's admin socket as
    /// USER (default: the only owner).
    Login {
        /// The user to sign in (admin socket only).
        #[arg(long)]
        user: Option<String>,
    },
}

impl DashboardArgs {
    /// Runs the subcommand on standard output and error.
    pub fn run(&self) -> ExitCode {
        self.run_with(&mut std::io::stdout().lock(), &mut std::io::stderr().lock())
    }

    /// Runs the subcommand with explicit streams.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        finish(err, || self.go(out))
    }

    fn go(&self, out: &mut dyn Write) -> Result<(), Failure> {
        let client = self.conn.client()?;
        match &self.cmd {
            DashboardCommand::Login { user } => {
                let req = DashboardLoginRequest { user: user.clone() };
                let link: LoginLinkInfo =
                    call(&client, Method::POST, "/v1/dashboard/login", Some(&req))?;
                if self.conn.json {
                    return emit_json(out, &link);
                }
                emit(
                    out,
                    &format!(
                        "{}\nOpen it within {} s to sign in as {}; it works once.",
                        link.url, link.valid_secs, link.user
                    ),
                )
            }
        }
    }
}
