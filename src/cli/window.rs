//! `threshold window open | list | close`, over the controller API.
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local file error.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use hyper::Method;

use crate::api::types::{JoinerRequest, OpenWindowRequest, WindowClosed, WindowInfo};
use crate::commissioning::policy::{ClassSource, DeviceClass};

use super::onboarding::parse_u16;
use super::remote::{call, emit, emit_json, finish, table, ConnArgs, Failure};

/// `threshold window ...`: commissioning windows.
#[derive(Debug, Clone, clap::Args)]
pub struct WindowArgs {
    /// The window subcommand.
    #[command(subcommand)]
    pub cmd: WindowCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The window subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum WindowCommand {
    /// Open a window for one device from its setup payload.
    Open {
        /// The device's QR text (MT:...) or manual pairing code; `-` reads
        /// it from standard input (keeps the passcode out of `ps`).
        #[arg(long)]
        payload: String,
        /// Risk class at least: low, medium or high (high needs an
        /// approval). The hub records the stricter of this and its
        /// device-class policy's class for the device's VID/PID.
        #[arg(long)]
        class: DeviceClass,
        /// Lifetime in seconds (default and maximum from the hub's config).
        #[arg(long, value_name = "SECS")]
        ttl: Option<u64>,
        /// Vendor id (decimal or 0x hex); required with an 11-digit manual code.
        #[arg(long, value_parser = parse_u16)]
        vid: Option<u16>,
        /// Product id (decimal or 0x hex); required with an 11-digit manual code.
        #[arg(long, value_parser = parse_u16)]
        pid: Option<u16>,
        /// The 12-bit discriminator (decimal or 0x hex); required with a
        /// manual code, which holds only its upper 4 bits.
        #[arg(long, value_parser = parse_u16)]
        discriminator: Option<u16>,
        /// A Thread device's joiner EUI-64 (16 hex digits, from its label):
        /// the window also admits it on the hub's commissioner. Needs
        /// `--pskd`.
        #[arg(long, value_name = "HEX", conflicts_with = "joiner_discerner")]
        joiner_eui64: Option<String>,
        /// A Thread joiner discerner, `<value>/<bits>` (instead of
        /// `--joiner-eui64`). Needs `--pskd`.
        #[arg(long, value_name = "VALUE/BITS")]
        joiner_discerner: Option<String>,
        /// The Thread joiner's PSKd (6-32 characters: digits and upper-case
        /// letters but I, O, Q, Z); `-` reads it from standard input (after
        /// the payload, if that is `-` too), which keeps it out of `ps`.
        #[arg(long, value_name = "PSKD")]
        pskd: Option<String>,
    },
    /// List the open windows.
    List,
    /// Close a window.
    Close {
        /// Window id.
        id: u64,
    },
}

impl WindowArgs {
    /// Runs the subcommand on standard input, output and error.
    pub fn run(&self) -> ExitCode {
        let stdin = std::io::stdin();
        self.run_with(
            &mut stdin.lock(),
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        )
    }

    /// Runs the subcommand with explicit streams.
    pub fn run_with(
        &self,
        input: &mut dyn BufRead,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> ExitCode {
        finish(err, || self.go(input, out))
    }

    fn go(&self, input: &mut dyn BufRead, out: &mut dyn Write) -> Result<(), Failure> {
        let json = self.conn.json;
        match &self.cmd {
            WindowCommand::Open {
                payload,
                class,
                ttl,
                vid,
                pid,
                discriminator,
                joiner_eui64,
                joiner_discerner,
                pskd,
            } => {
                let mut payload = zeroize::Zeroizing::new(payload.clone());
                if payload.as_str() == "-" {
                    payload.clear();
                    input
                        .read_line(&mut payload)
                        .map_err(|e| Failure::Usage(format!("cannot read the payload: {e}")))?;
                }
                let mut pskd = pskd.clone().map(zeroize::Zeroizing::new);
                if let Some(p) = pskd.as_mut().filter(|p| p.as_str() == "-") {
                    p.clear();
                    input
                        .read_line(p)
                        .map_err(|e| Failure::Usage(format!("cannot read the PSKd: {e}")))?;
                }
                // Checked here too, so a typo is told before the hub is asked.
                crate::commissioning::ThreadJoiner::from_parts(
                    joiner_eui64.as_deref(),
                    joiner_discerner.as_deref(),
                    pskd.as_ref().map(|p| p.trim()),
                )
                .map_err(|e| Failure::Usage(e.to_string()))?;
                let joiner = pskd.as_ref().map(|p| JoinerRequest {
                    eui64: joiner_eui64.clone(),
                    discerner: joiner_discerner.clone(),
                    pskd: p.trim().to_owned(),
                });
                let req = OpenWindowRequest {
                    payload: payload.trim().to_owned(),
                    class: *class,
                    ttl_secs: *ttl,
                    vid: *vid,
                    pid: *pid,
                    discriminator: *discriminator,
                    joiner,
                };
                let r = call::<WindowInfo>(
                    &self.conn.client()?,
                    Method::POST,
                    "/v1/windows",
                    Some(&req),
                );
                let mut req = req;
                zeroize::Zeroize::zeroize(&mut req.payload);
                if let Some(j) = req.joiner.as_mut() {
                    zeroize::Zeroize::zeroize(&mut j.pskd);
                }
                let w = r?;
                if json {
                    return emit_json(out, &w);
                }
                let why = match w.class_source {
                    ClassSource::Request => String::new(),
                    _ => format!(
                        " [raised by the device-class policy; asked {}]",
                        w.requested_class
                    ),
                };
                let why = match &w.joiner {
                    Some(j) => format!("{why}, admitting Thread joiner {j}"),
                    None => why,
                };
                emit(
                    out,
                    &format!(
                        "window {} open for discriminator {} (vendor {:#06x} product {:#06x}, {} risk){why} until {}",
                        w.id, w.discriminator, w.vid, w.pid, w.class, w.deadline
                    ),
                )
            }
            WindowCommand::List => {
                let ws: Vec<WindowInfo> = call(
                    &self.conn.client()?,
                    Method::GET,
                    "/v1/windows",
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &ws);
                }
                let rows: Vec<Vec<String>> = ws
                    .into_iter()
                    .map(|w| {
                        vec![
                            w.id.to_string(),
                            w.discriminator.to_string(),
                            format!("{:#06x}", w.vid),
                            format!("{:#06x}", w.pid),
                            w.class.to_string(),
                            w.opened_by,
                            w.deadline,
                            w.failures.to_string(),
                        ]
                    })
                    .collect();
                emit(
                    out,
                    &table(
                        &[
                            "ID",
                            "DISC",
                            "VID",
                            "PID",
                            "CLASS",
                            "OPENED_BY",
                            "DEADLINE",
                            "FAILURES",
                        ],
                        &rows,
                    ),
                )
            }
            WindowCommand::Close { id } => {
                let c: WindowClosed = call(
                    &self.conn.client()?,
                    Method::DELETE,
                    &format!("/v1/windows/{id}"),
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &c);
                }
                emit(out, &format!("window {} closed", c.id))
            }
        }
    }
}
