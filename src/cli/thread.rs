//! `threshold thread status | dataset export | dataset import`, over the
//! controller API (the admin socket by default).
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local file error.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use hyper::Method;

use crate::api::types::ThreadDataset;
use crate::thread::ThreadStatus;

use super::remote::{call, emit, emit_json, finish, ConnArgs, Failure};

/// `threshold thread ...`: the Thread network.
#[derive(Debug, Clone, clap::Args)]
pub struct ThreadArgs {
    /// The thread subcommand.
    #[command(subcommand)]
    pub cmd: ThreadCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The thread subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum ThreadCommand {
    /// Role, channel, PAN ids, RLOC16, addresses, neighbours, RCP version.
    Status,
    /// The active operational dataset.
    Dataset {
        /// export or import.
        #[command(subcommand)]
        cmd: DatasetCommand,
    },
    /// SRP registrations (the hub's SRP server).
    Srp {
        /// bind.
        #[command(subcommand)]
        cmd: SrpCommand,
    },
    /// External commissioning through the hub's border agent (owner and
    /// admin; audited).
    Commissioner {
        /// allow or revoke.
        #[command(subcommand)]
        cmd: CommissionerCommand,
    },
}

/// `threshold thread commissioner ...`
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum CommissionerCommand {
    /// Let an external commissioner (a phone app, ot-commissioner) petition
    /// through the border agent for a while: the agent listens (DTLS with
    /// the network's PSKc) and `_meshcop._udp` advertises it until then.
    /// Refused while a joiner window is open.
    Allow {
        /// How long, in minutes (1 to 60; default 10).
        #[arg(long, conflicts_with = "seconds")]
        minutes: Option<u64>,
        /// How long, in seconds (10 to 3600), instead of minutes.
        #[arg(long)]
        seconds: Option<u64>,
    },
    /// End the allowance now: the border agent stops and every session
    /// through it ends.
    Revoke,
}

/// `threshold thread srp ...`
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum SrpCommand {
    /// Bind a pending SRP host to an admitted device (owner and admin;
    /// audited): its services reach the LAN while the device is at `full`.
    Bind {
        /// The SRP host name (as `thread status` lists it).
        host: String,
        /// The device id.
        device: String,
    },
}

/// `threshold thread dataset ...`
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum DatasetCommand {
    /// Print the active dataset as hex Thread TLVs (it holds the network
    /// key: owner and admin only).
    Export,
    /// Replace the active dataset (hex Thread TLVs; `-` reads standard
    /// input) and re-attach with it.
    Import {
        /// The dataset, hex (as `dataset active -x` prints it).
        tlvs: String,
    },
}

impl ThreadArgs {
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
            ThreadCommand::Status => {
                let st: ThreadStatus =
                    call(&self.conn.client()?, Method::GET, "/v1/thread", None::<&()>)?;
                if json {
                    return emit_json(out, &st);
                }
                emit(out, &render_status(&st))
            }
            ThreadCommand::Srp {
                cmd: SrpCommand::Bind { host, device },
            } => {
                let req = crate::api::types::SrpBindRequest {
                    host: host.clone(),
                    device: device.clone(),
                };
                let regs: Vec<crate::commissioning::srp::SrpRegistration> = call(
                    &self.conn.client()?,
                    Method::POST,
                    "/v1/thread/srp/bind",
                    Some(&req),
                )?;
                if json {
                    return emit_json(out, &regs);
                }
                emit(out, &format!("srp host {host} bound to device {device}"))
            }
            ThreadCommand::Commissioner {
                cmd: CommissionerCommand::Allow { minutes, seconds },
            } => {
                let req = crate::api::types::CommissionerAllowRequest {
                    seconds: seconds.or(minutes.map(|m| m.saturating_mul(60))),
                };
                let a: crate::api::types::CommissionerAllowance = call(
                    &self.conn.client()?,
                    Method::POST,
                    "/v1/thread/commissioner/allow",
                    Some(&req),
                )?;
                if json {
                    return emit_json(out, &a);
                }
                let left = a.allowance.map(|i| i.remaining_ms / 1000).unwrap_or(0);
                emit(out, &format!("external commissioning allowed for {left} s"))
            }
            ThreadCommand::Commissioner {
                cmd: CommissionerCommand::Revoke,
            } => {
                let a: crate::api::types::CommissionerAllowance = call(
                    &self.conn.client()?,
                    Method::POST,
                    "/v1/thread/commissioner/revoke",
                    Some(&serde_json::json!({})),
                )?;
                if json {
                    return emit_json(out, &a);
                }
                emit(
                    out,
                    if a.revoked {
                        "external commissioning revoked"
                    } else {
                        "external commissioning was not allowed"
                    },
                )
            }
            ThreadCommand::Dataset {
                cmd: DatasetCommand::Export,
            } => {
                let d: ThreadDataset = call(
                    &self.conn.client()?,
                    Method::GET,
                    "/v1/thread/dataset",
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &d);
                }
                emit(out, &d.tlvs)
            }
            ThreadCommand::Dataset {
                cmd: DatasetCommand::Import { tlvs },
            } => {
                let mut tlvs = zeroize::Zeroizing::new(tlvs.clone());
                if tlvs.as_str() == "-" {
                    tlvs.clear();
                    input
                        .read_line(&mut tlvs)
                        .map_err(|e| Failure::Usage(format!("cannot read the dataset: {e}")))?;
                }
                // Checked here too, so a typo never reaches the hub.
                crate::thread::parse_dataset_hex(&tlvs)
                    .map_err(|e| Failure::Usage(e.to_string()))?;
                let req = ThreadDataset {
                    tlvs: tlvs.trim().to_owned(),
                };
                let d: ThreadDataset = call(
                    &self.conn.client()?,
                    Method::PUT,
                    "/v1/thread/dataset",
                    Some(&req),
                )?;
                if json {
                    return emit_json(out, &d);
                }
                emit(out, "dataset imported; the hub re-attaches with it")
            }
        }
    }
}

/// The human form of `thread status`.
pub fn render_status(st: &ThreadStatus) -> String {
    let mut s = String::new();
    let mut line = |k: &str, v: String| {
        s.push_str(&format!("{k:<14} {v}\n"));
    };
    line("role", st.role.clone());
    line("network name", st.network_name.clone());
    line("channel", st.channel.to_string());
    line("pan id", format!("{:#06x}", st.pan_id));
    line("ext pan id", st.ext_pan_id.clone());
    line("partition id", format!("{:#010x}", st.partition_id));
    line("rloc16", format!("{:#06x}", st.rloc16));
    line(
        "ml-eid",
        st.mesh_local_eid
            .map(|a| a.to_string())
            .unwrap_or_else(|| "-".into()),
    );
    for a in &st.addresses {
        line("address", a.to_string());
    }
    for n in &st.neighbors {
        line(
            "neighbor",
            format!("{} {:#06x} {}", n.ext_address, n.rloc16, n.relation),
        );
    }
    match &st.border_routing {
        None => line("border routing", "-".into()),
        Some(br) => {
            line(
                "border routing",
                format!(
                    "{} on {} (index {}, {})",
                    br.state,
                    br.infra_interface,
                    br.infra_index,
                    if br.infra_running {
                        "running"
                    } else {
                        "not running"
                    }
                ),
            );
            line(
                "omr prefix",
                br.omr_prefix.clone().unwrap_or_else(|| "-".into()),
            );
            line(
                "on-link prefix",
                br.on_link_prefix.clone().unwrap_or_else(|| "-".into()),
            );
        }
    }
    if let Some(i) = &st.interface {
        let mut state = format!("{} {}", i.name, i.state);
        if let Some(d) = &i.detail {
            state.push_str(&format!(" ({d})"));
        }
        line("interface", state);
        for a in &i.addresses {
            line("  address", a.to_string());
        }
        for r in &i.routes {
            line("  route", r.clone());
        }
        if i.state != "unavailable" {
            line(
                "  datagrams",
                format!(
                    "{} to mesh, {} from mesh, {} dropped",
                    i.to_mesh, i.from_mesh, i.dropped
                ),
            );
        }
    }
    for j in &st.joiners {
        line(
            "joiner",
            format!(
                "{} (window {}): {}, {} s left",
                j.joiner,
                j.window,
                j.state,
                j.expires_in_ms / 1000
            ),
        );
    }
    if let Some(a) = &st.border_agent {
        let allowed = match (&st.commissioner_allowance, a.allowed_for_ms) {
            (Some(c), _) => format!(
                "allowed by {} for {} s",
                c.allowed_by,
                c.remaining_ms / 1000
            ),
            (None, Some(ms)) => format!("allowed for {} s", ms / 1000),
            (None, None) => "not allowed".into(),
        };
        let listening = match (a.listening, a.port) {
            (true, Some(p)) => format!("listening on udp {p}"),
            _ if a.enabled => "enabled, not listening (not attached)".into(),
            _ => "disabled".into(),
        };
        line("border agent", format!("{listening}; {allowed}"));
        line(
            "  counters",
            format!(
                "{} petitions, {} failed handshakes",
                a.petitions, a.handshake_failures
            ),
        );
        for sess in &a.sessions {
            line(
                "  session",
                format!(
                    "{} {}{}, {} s",
                    sess.peer,
                    if sess.connected {
                        "connected"
                    } else {
                        "handshaking"
                    },
                    if sess.commissioner {
                        ", commissioner"
                    } else {
                        ""
                    },
                    sess.lifetime_ms / 1000
                ),
            );
        }
    }
    for r in &st.srp {
        line(
            "srp host",
            format!(
                "{}: {}, device {} [{}]",
                r.host,
                r.state,
                r.device.as_deref().unwrap_or("-"),
                r.services.join(", ")
            ),
        );
    }
    line("radio", st.radio_url.clone());
    line("rcp", st.rcp_version.clone().unwrap_or_else(|| "-".into()));
    line("rcp recoveries", st.recoveries.to_string());
    if let Some(l) = &st.last_rcp_loss {
        line("last rcp loss", l.clone());
    }
    line("openthread", st.ot_version.clone());
    s.pop();
    s
}
