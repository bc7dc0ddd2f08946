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
            if let Some(n) = &br.nat64 {
                line(
                    "nat64",
                    format!(
                        "prefix manager {}, translator {}",
                        n.prefix_manager, n.translator
                    ),
                );
                line(
                    "  prefix",
                    match (&n.prefix, &n.prefix_origin) {
                        (Some(p), Some(o)) => format!("{p} ({o})"),
                        (Some(p), None) => p.clone(),
                        _ => "-".into(),
                    },
                );
                line(
                    "  ipv4 cidr",
                    n.ipv4_cidr.clone().unwrap_or_else(|| "-".into()),
                );
                let c = &n.counters.total;
                line(
                    "  translated",
                    format!(
                        "{} to ipv4 ({} bytes), {} from ipv4 ({} bytes), {} mappings",
                        c.to_ipv4_packets,
                        c.to_ipv4_bytes,
                        c.from_ipv4_packets,
                        c.from_ipv4_bytes,
                        n.mappings
                    ),
                );
                let d = |r: &crate::thread::nat64::Nat64DropReasons| {
                    r.unknown + r.illegal_packet + r.unsupported_protocol + r.no_mapping
                };
                line(
                    "  dropped",
                    format!(
                        "{} to ipv4, {} from ipv4 ({} without a mapping)",
                        d(&n.drops.to_ipv4),
                        d(&n.drops.from_ipv4),
                        n.drops.from_ipv4.no_mapping
                    ),
                );
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::thread::nat64::{Nat64Counters, Nat64Drops, Nat64Traffic};
    use crate::thread::{BorderRoutingStatus, Nat64Status};

    #[test]
    fn nat64_is_shown_under_border_routing() {
        let mut drops = Nat64Drops::default();
        drops.from_ipv4.no_mapping = 2;
        drops.to_ipv4.unsupported_protocol = 1;
        let st = ThreadStatus {
            role: "leader".into(),
            radio_url: String::new(),
            rcp_version: None,
            rcp_pid: None,
            last_rcp_loss: None,
            ot_version: String::new(),
            thread_version: 0,
            network_name: "n".into(),
            channel: 11,
            pan_id: 1,
            ext_pan_id: String::new(),
            partition_id: 1,
            ext_address: String::new(),
            rloc16: 0,
            mesh_local_eid: None,
            addresses: Vec::new(),
            neighbors: Vec::new(),
            recoveries: 0,
            border_routing: Some(BorderRoutingStatus {
                infra_interface: "eth0".into(),
                infra_index: 2,
                infra_running: true,
                state: "running".into(),
                omr_prefix: Some("fd11:22:33:1::/64".into()),
                on_link_prefix: None,
                nat64: Some(Nat64Status {
                    prefix_manager: "active".into(),
                    translator: "active".into(),
                    prefix: Some("fd11:22:33:2::/96".into()),
                    prefix_origin: Some("local".into()),
                    local_prefix: Some("fd11:22:33:2::/96".into()),
                    ipv4_cidr: Some("192.168.255.0/24".into()),
                    mappings: 1,
                    counters: Nat64Counters {
                        total: Nat64Traffic {
                            to_ipv4_packets: 3,
                            to_ipv4_bytes: 84,
                            from_ipv4_packets: 3,
                            from_ipv4_bytes: 144,
                        },
                        ..Nat64Counters::default()
                    },
                    drops,
                }),
            }),
            interface: None,
            srp: Vec::new(),
            joiners: Vec::new(),
            border_agent: None,
            commissioner_allowance: None,
        };
        let text = render_status(&st);
        for want in [
            "nat64          prefix manager active, translator active\n",
            "  prefix       fd11:22:33:2::/96 (local)\n",
            "  ipv4 cidr    192.168.255.0/24\n",
            "  translated   3 to ipv4 (84 bytes), 3 from ipv4 (144 bytes), 1 mappings\n",
            "  dropped      1 to ipv4, 2 from ipv4 (2 without a mapping)\n",
        ] {
            assert!(text.contains(want), "{want:?} in\n{text}");
        }
    }
}
