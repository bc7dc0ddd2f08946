//! `threshold device list | show | approve | quarantine | remove`, over
//! the controller API; `threshold device simulate` pairs a simulated
//! device over CoAP ([`super::simulate`]).
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local file error.

use std::io::Write;
use std::process::ExitCode;

use hyper::Method;
use serde_json::json;

use crate::api::types::DeviceInfo;

use super::remote::{call, emit, emit_json, finish, or_dash, table, ConnArgs, Failure};
use super::user::path_segment;

/// `threshold device ...`: paired devices.
#[derive(Debug, Clone, clap::Args)]
pub struct DeviceArgs {
    /// The device subcommand.
    #[command(subcommand)]
    pub cmd: DeviceCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The device subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum DeviceCommand {
    /// List devices.
    List,
    /// Show one device.
    Show {
        /// Device id.
        id: String,
    },
    /// Approve a pending high-risk device (owner/admin).
    Approve {
        /// Device id.
        id: String,
    },
    /// Quarantine a device: its tokens are revoked (owner/admin).
    Quarantine {
        /// Device id.
        id: String,
    },
    /// Remove a device; it may pair again later (owner/admin).
    Remove {
        /// Device id.
        id: String,
    },
    /// Pair a simulated device with the hub over CoAP over TLS, printing
    /// each step (--ca: the hub root, default <state_dir>/pki/hub-root-ca.pem).
    #[cfg(feature = "dev-tools")]
    Simulate(Box<super::simulate::SimulateArgs>),
}

fn show(d: &DeviceInfo) -> String {
    let rows = [
        ("id", d.id.to_string()),
        ("state", d.state.to_string()),
        ("class", d.class.to_string()),
        ("vid", or_dash(d.vid.map(|v| format!("{v:#06x}")))),
        ("pid", or_dash(d.pid.map(|v| format!("{v:#06x}")))),
        ("discriminator", or_dash(d.discriminator)),
        ("scope", or_dash(d.scope.clone())),
        ("approved_by", or_dash(d.approved_by.clone())),
        ("window", or_dash(d.window)),
        ("created", d.created.clone()),
        ("updated", d.updated.clone()),
        ("reason", or_dash(d.reason.clone())),
        ("full_by", or_dash(d.full_by.clone())),
    ];
    rows.iter()
        .map(|(k, v)| format!("{k:<14}{}", super::audit::printable(v)))
        .collect::<Vec<_>>()
        .join("\n")
}

impl DeviceArgs {
    /// Runs the subcommand on standard output and error.
    pub fn run(&self) -> ExitCode {
        #[cfg(feature = "dev-tools")]
        if let DeviceCommand::Simulate(sim) = &self.cmd {
            return sim.run(&self.conn);
        }
        self.run_with(&mut std::io::stdout().lock(), &mut std::io::stderr().lock())
    }

    /// Runs the subcommand with explicit output streams.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        finish(err, || self.go(out))
    }

    fn go(&self, out: &mut dyn Write) -> Result<(), Failure> {
        let json = self.conn.json;
        let client = self.conn.client()?;
        let (id, action) = match &self.cmd {
            DeviceCommand::List => {
                let ds: Vec<DeviceInfo> = call(&client, Method::GET, "/v1/devices", None::<&()>)?;
                if json {
                    return emit_json(out, &ds);
                }
                let rows: Vec<Vec<String>> = ds
                    .into_iter()
                    .map(|d| {
                        vec![
                            d.id.into_string(),
                            d.state.to_string(),
                            d.class.to_string(),
                            or_dash(d.vid.map(|v| format!("{v:#06x}"))),
                            or_dash(d.pid.map(|v| format!("{v:#06x}"))),
                            d.updated,
                            or_dash(d.reason),
                        ]
                    })
                    .collect();
                return emit(
                    out,
                    &table(
                        &["ID", "STATE", "CLASS", "VID", "PID", "UPDATED", "REASON"],
                        &rows,
                    ),
                );
            }
            DeviceCommand::Show { id } => {
                let d: DeviceInfo = call(
                    &client,
                    Method::GET,
                    &format!("/v1/devices/{}", path_segment(id)?),
                    None::<&()>,
                )?;
                return if json {
                    emit_json(out, &d)
                } else {
                    emit(out, &show(&d))
                };
            }
            DeviceCommand::Approve { id } => (id, "approve"),
            DeviceCommand::Quarantine { id } => (id, "quarantine"),
            DeviceCommand::Remove { id } => (id, "remove"),
            #[cfg(feature = "dev-tools")]
            DeviceCommand::Simulate(_) => {
                return Err(Failure::Usage(
                    "`device simulate` writes to the terminal: use DeviceArgs::run".into(),
                ))
            }
        };
        let d: DeviceInfo = call(
            &client,
            Method::POST,
            &format!("/v1/devices/{}/{action}", path_segment(id)?),
            Some(&json!({})),
        )?;
        if json {
            return emit_json(out, &d);
        }
        emit(out, &format!("device {}: {}", d.id, d.state))
    }
}
