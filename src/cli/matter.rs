//! `threshold matter status | window open | window close | fabrics |
//! fabrics remove`, over the controller API (the admin socket by
//! default): the hub's Matter node (docs/matter.md).
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local error.

use std::io::Write;
use std::process::ExitCode;

use hyper::Method;

use crate::api::types::{MatterStatus, MatterWindowOpened, MatterWindowRequest};
use crate::matter::FabricInfo;

use super::remote::{call, emit, emit_json, finish, table, ConnArgs, Failure};

/// `threshold matter ...`: the Matter node.
#[derive(Debug, Clone, clap::Args)]
pub struct MatterArgs {
    /// The matter subcommand.
    #[command(subcommand)]
    pub cmd: MatterCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The matter subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum MatterCommand {
    /// The node: port, vendor/product, credentials, fabrics, open window.
    Status,
    /// Commissioning windows for Matter controllers (owner and admin).
    Window {
        /// open or close.
        #[command(subcommand)]
        cmd: WindowCommand,
    },
    /// The fabrics (Matter ecosystems) the hub belongs to.
    Fabrics {
        /// remove (none: list them).
        #[command(subcommand)]
        cmd: Option<FabricsCommand>,
    },
}

/// `threshold matter window ...`
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum WindowCommand {
    /// Open a window and show its setup code (QR and manual code): the
    /// factory code while the hub has no fabric, a fresh one-time code
    /// afterwards. The code is shown here only, never logged.
    Open {
        /// How long, in seconds (180 to 900; default 300).
        #[arg(long)]
        ttl: Option<u64>,
    },
    /// Close the open window now.
    Close,
}

/// `threshold matter fabrics ...`
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum FabricsCommand {
    /// Remove the hub from fabric INDEX (audited): that ecosystem loses it.
    Remove {
        /// The fabric's index (`threshold matter fabrics`).
        index: u8,
    },
}

impl MatterArgs {
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
        let client = self.conn.client()?;
        match &self.cmd {
            MatterCommand::Status => {
                let st: MatterStatus = call(&client, Method::GET, "/v1/matter", None::<&()>)?;
                if json {
                    return emit_json(out, &st);
                }
                let n = &st.node;
                let mut s = format!(
                    "matter node on UDP {}, vendor 0x{:04X} product 0x{:04X}{}\n",
                    n.port,
                    n.vendor_id,
                    n.product_id,
                    if n.development_credentials {
                        " (DEVELOPMENT credentials: not a certified product)"
                    } else {
                        ""
                    }
                );
                match &st.window {
                    Some(w) => s.push_str(&format!(
                        "window {} ({}) open for {} s more, by {}; {} failed PASE attempts\n",
                        w.id,
                        w.kind.as_str(),
                        w.remaining_ms / 1000,
                        w.opened_by,
                        w.pase_failures
                    )),
                    None => s.push_str("no commissioning window open\n"),
                }
                s.push_str(&format!("{} fabric(s)", n.fabrics.len()));
                emit(out, &s)
            }
            MatterCommand::Window {
                cmd: WindowCommand::Open { ttl },
            } => {
                let req = MatterWindowRequest { seconds: *ttl };
                let w: MatterWindowOpened =
                    call(&client, Method::POST, "/v1/matter/window", Some(&req))?;
                if json {
                    return emit_json(out, &w);
                }
                let symbol = crate::onboarding::render::Symbol::new(&w.qr)
                    .map_err(|e| Failure::Usage(format!("cannot render the QR code: {e}")))?;
                emit(
                    out,
                    &format!(
                        "{} commissioning window {} open for {} s\n{}\nQR code:     {}\nManual code: {}\n\
                         Scan it in Home Assistant, Apple Home, Google Home or any Matter app.",
                        w.kind.as_str(),
                        w.window,
                        w.ttl_secs,
                        symbol.to_half_blocks(),
                        w.qr,
                        w.manual
                    ),
                )
            }
            MatterCommand::Window {
                cmd: WindowCommand::Close,
            } => {
                let w: crate::commissioning::matter::MatterWindowInfo =
                    call(&client, Method::DELETE, "/v1/matter/window", None::<&()>)?;
                if json {
                    return emit_json(out, &w);
                }
                emit(out, &format!("commissioning window {} closed", w.id))
            }
            MatterCommand::Fabrics { cmd: None } => {
                let f: Vec<FabricInfo> =
                    call(&client, Method::GET, "/v1/matter/fabrics", None::<&()>)?;
                if json {
                    return emit_json(out, &f);
                }
                let rows: Vec<Vec<String>> = f
                    .iter()
                    .map(|f| {
                        vec![
                            f.index.to_string(),
                            f.fabric_id.clone(),
                            format!("0x{:04X}", f.vendor_id),
                            f.node_id.clone(),
                            f.label.clone(),
                            f.root_sha256.get(..16).unwrap_or_default().to_owned(),
                        ]
                    })
                    .collect();
                emit(
                    out,
                    &table(
                        &["INDEX", "FABRIC", "VENDOR", "NODE", "LABEL", "ROOT SHA-256"],
                        &rows,
                    ),
                )
            }
            MatterCommand::Fabrics {
                cmd: Some(FabricsCommand::Remove { index }),
            } => {
                let f: FabricInfo = call(
                    &client,
                    Method::DELETE,
                    &format!("/v1/matter/fabrics/{index}"),
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &f);
                }
                emit(
                    out,
                    &format!("removed from fabric {} ({})", f.index, f.fabric_id),
                )
            }
        }
    }
}
