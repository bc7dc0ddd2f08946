//! `threshold onboarding parse | encode`: Matter onboarding payloads.
//!
//! Exit codes: 0 success; 2 bad input (an invalid code or field value, an
//! unwritable PNG), with the reason on standard error.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Value};

use crate::onboarding::render::{RenderError, Symbol};
use crate::onboarding::{
    CommissioningFlow, Discriminator, ManualEncodeError, ParseError, Passcode, PasscodeError,
    QrEncodeError, Rendezvous, SetupPayload, TlvElement, TlvTag, TlvValue,
};

/// Exit code for bad input or a failed write.
pub const EXIT_BAD_INPUT: u8 = 2;

/// `threshold onboarding ...`: read and write Matter QR and manual codes.
#[derive(Debug, Clone, clap::Args)]
pub struct OnboardingArgs {
    /// The onboarding subcommand.
    #[command(subcommand)]
    pub cmd: OnboardingCommand,
}

/// Commissioning flow as given on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FlowArg {
    /// Commissioning mode at power-up (11-digit manual code).
    Standard,
    /// The user must act on the device first (21-digit manual code).
    UserIntent,
    /// Vendor-specific steps first (21-digit manual code).
    Custom,
}

impl From<FlowArg> for CommissioningFlow {
    fn from(f: FlowArg) -> CommissioningFlow {
        match f {
            FlowArg::Standard => CommissioningFlow::Standard,
            FlowArg::UserIntent => CommissioningFlow::UserIntent,
            FlowArg::Custom => CommissioningFlow::Custom,
        }
    }
}

/// The onboarding subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum OnboardingCommand {
    /// Parse a QR code text (MT:...) or a manual pairing code; print JSON.
    Parse {
        /// The code; dashes and spaces in manual codes are ignored.
        code: String,
    },
    /// Make the QR code text, the manual code and the QR symbol.
    Encode {
        /// Vendor id (decimal or 0x hex).
        #[arg(long, value_parser = parse_u16)]
        vid: u16,
        /// Product id (decimal or 0x hex).
        #[arg(long, value_parser = parse_u16)]
        pid: u16,
        /// 12-bit discriminator, 0..=4095 (decimal or 0x hex).
        #[arg(long, value_parser = parse_u16)]
        discriminator: u16,
        /// Setup passcode, 1..=99999998 and not a trivial value.
        #[arg(long)]
        passcode: u32,
        /// Commissioning flow; not standard makes a 21-digit manual code.
        #[arg(long, value_enum, default_value = "standard")]
        flow: FlowArg,
        /// Discovery capabilities, comma-separated: ble, soft-ap,
        /// on-network, wifi-paf, nfc, thread.
        #[arg(long, value_delimiter = ',', value_parser = parse_rendezvous, default_value = "ble")]
        rendezvous: Vec<Rendezvous>,
        /// Also write the QR symbol as a PNG file.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// Pixels per module in the PNG.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
        png_scale: u32,
    },
}

pub(crate) fn parse_u16(s: &str) -> Result<u16, String> {
    let t = s.trim();
    let r = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => u16::from_str_radix(hex, 16),
        None => t.parse(),
    };
    r.map_err(|e| format!("{s:?} is not a 16-bit number (decimal or 0x hex): {e}"))
}

fn parse_rendezvous(s: &str) -> Result<Rendezvous, String> {
    Rendezvous::from_name(s).ok_or_else(|| {
        format!(
            "unknown discovery capability {s:?} (ble, soft-ap, on-network, wifi-paf, nfc, thread)"
        )
    })
}

/// An error of `threshold onboarding` (printed, then exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OnboardingCliError {
    /// The code does not parse.
    #[error("invalid onboarding code: {0}")]
    Parse(#[from] ParseError),
    /// The passcode breaks the rules.
    #[error("invalid --passcode: {0}")]
    Passcode(#[from] PasscodeError),
    /// The discriminator is above 4095.
    #[error("invalid --discriminator {0}: must be 0..=4095")]
    Discriminator(u16),
    /// The QR code cannot be made.
    #[error("cannot make the QR code: {0}")]
    Qr(#[from] QrEncodeError),
    /// The manual code cannot be made.
    #[error("cannot make the manual code: {0}")]
    Manual(#[from] ManualEncodeError),
    /// Drawing the symbol failed.
    #[error("cannot draw the QR symbol: {0}")]
    Render(#[from] RenderError),
    /// Writing an output failed.
    #[error("cannot write {target}: {source}")]
    Output {
        /// Where to (a path or "standard output").
        target: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

fn stdout_err(source: std::io::Error) -> OnboardingCliError {
    OnboardingCliError::Output {
        target: "standard output".into(),
        source,
    }
}

impl OnboardingArgs {
    /// Runs the subcommand on the process's standard output and error.
    pub fn run(&self) -> ExitCode {
        let stdout = std::io::stdout();
        let stderr = std::io::stderr();
        self.run_with(&mut stdout.lock(), &mut stderr.lock())
    }

    /// Runs the subcommand with explicit output streams; returns the exit code.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        let r = match &self.cmd {
            OnboardingCommand::Parse { code } => parse(code, out),
            OnboardingCommand::Encode {
                vid,
                pid,
                discriminator,
                passcode,
                flow,
                rendezvous,
                png,
                png_scale,
            } => {
                let rendezvous = rendezvous
                    .iter()
                    .fold(Rendezvous::default(), |acc, &r| acc | r);
                encode(
                    EncodeRequest {
                        vid: *vid,
                        pid: *pid,
                        discriminator: *discriminator,
                        passcode: *passcode,
                        flow: (*flow).into(),
                        rendezvous,
                    },
                    png.as_deref().map(|p| (p, *png_scale)),
                    out,
                    err,
                )
            }
        };
        match r {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                ExitCode::from(EXIT_BAD_INPUT)
            }
        }
    }
}

fn parse(code: &str, out: &mut dyn Write) -> Result<(), OnboardingCliError> {
    let p = SetupPayload::parse(code)?;
    let text = serde_json::to_string_pretty(&payload_json(&p)).map_err(|e| stdout_err(e.into()))?;
    writeln!(out, "{text}").map_err(stdout_err)
}

/// The JSON that `threshold onboarding parse` prints for a payload.
pub fn payload_json(p: &SetupPayload) -> Value {
    let hex16 = |v: Option<u16>| v.map(|v| format!("0x{v:04X}"));
    let (kind, value) = match p.discriminator {
        Discriminator::Long(v) => ("long", v),
        Discriminator::Short(v) => ("short", u16::from(v)),
    };
    json!({
        "format": if kind == "long" { "qr" } else { "manual" },
        "version": p.version,
        "vid": p.vid,
        "vid_hex": hex16(p.vid),
        "pid": p.pid,
        "pid_hex": hex16(p.pid),
        "flow": p.flow.name(),
        "flow_value": p.flow.bits(),
        "rendezvous": p.rendezvous.map(|r| r.names()),
        "rendezvous_bits": p.rendezvous.map(|r| r.bits()),
        "discriminator": { "kind": kind, "value": value },
        "passcode": p.passcode.value(),
        "tlv": p.tlv.as_ref().map(|t| json!({
            "hex": hex::encode(t.as_bytes()),
            "elements": t.elements().iter().map(element_json).collect::<Vec<_>>(),
        })),
    })
}

fn tag_json(tag: &TlvTag) -> Value {
    match *tag {
        TlvTag::Anonymous => json!("anonymous"),
        TlvTag::Context(n) => json!({ "context": n }),
        TlvTag::CommonProfile(n) => json!({ "common_profile": n }),
        TlvTag::ImplicitProfile(n) => json!({ "implicit_profile": n }),
        TlvTag::FullyQualified {
            vendor_id,
            profile,
            tag,
        } => json!({ "vendor_id": vendor_id, "profile": profile, "tag": tag }),
    }
}

fn element_json(e: &TlvElement) -> Value {
    let value = match &e.value {
        TlvValue::Signed(v) => json!(v),
        TlvValue::Unsigned(v) => json!(v),
        TlvValue::Bool(v) => json!(v),
        TlvValue::Float(v) => json!(v),
        TlvValue::Double(v) => json!(v),
        TlvValue::Utf8(v) => json!(v),
        TlvValue::Bytes(v) => json!(hex::encode(v)),
        TlvValue::Null => Value::Null,
        TlvValue::Structure(m) | TlvValue::Array(m) | TlvValue::List(m) => {
            Value::Array(m.iter().map(element_json).collect())
        }
    };
    json!({ "tag": tag_json(&e.tag), "type": e.value.type_name(), "value": value })
}

/// The fields of `threshold onboarding encode`.
struct EncodeRequest {
    vid: u16,
    pid: u16,
    discriminator: u16,
    passcode: u32,
    flow: CommissioningFlow,
    rendezvous: Rendezvous,
}

fn encode(
    req: EncodeRequest,
    png: Option<(&Path, u32)>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), OnboardingCliError> {
    if req.discriminator > Discriminator::LONG_MAX {
        return Err(OnboardingCliError::Discriminator(req.discriminator));
    }
    let payload = SetupPayload {
        version: 0,
        vid: Some(req.vid),
        pid: Some(req.pid),
        flow: req.flow,
        rendezvous: Some(req.rendezvous),
        discriminator: Discriminator::Long(req.discriminator),
        passcode: Passcode::new(req.passcode)?,
        tlv: None,
    };
    let qr = payload.to_qr()?;
    let manual = payload.to_manual()?;
    let symbol = Symbol::new(&qr)?;
    if let Some((path, scale)) = png {
        write_png(&symbol, path, scale)?;
        let _ = writeln!(err, "wrote {}", path.display());
    }
    write!(
        out,
        "QR code:     {qr}\nManual code: {manual}\n\n{}",
        symbol.to_half_blocks()
    )
    .and_then(|()| out.flush())
    .map_err(stdout_err)
}

fn write_png(symbol: &Symbol, path: &Path, scale: u32) -> Result<(), OnboardingCliError> {
    let file_err = |source| OnboardingCliError::Output {
        target: path.display().to_string(),
        source,
    };
    let f = File::create(path).map_err(file_err)?;
    let mut w = BufWriter::new(f);
    symbol.write_png(&mut w, scale)?;
    let f = w.into_inner().map_err(|e| file_err(e.into_error()))?;
    f.sync_all().map_err(file_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stream that refuses every write.
    struct Broken;

    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Err(std::io::Error::other("disk full"))
        }
    }

    fn args(cmd: OnboardingCommand) -> OnboardingArgs {
        OnboardingArgs { cmd }
    }

    #[test]
    fn unwritable_standard_output_exits_2() {
        let mut err = Vec::new();
        let parse = args(OnboardingCommand::Parse {
            code: "34970112332".into(),
        });
        assert_eq!(
            parse.run_with(&mut Broken, &mut err),
            ExitCode::from(EXIT_BAD_INPUT)
        );
        let encode = args(OnboardingCommand::Encode {
            vid: 1,
            pid: 2,
            discriminator: 3,
            passcode: 20_202_021,
            flow: FlowArg::Custom,
            rendezvous: vec![Rendezvous::BLE],
            png: None,
            png_scale: 8,
        });
        assert_eq!(
            encode.run_with(&mut Broken, &mut err),
            ExitCode::from(EXIT_BAD_INPUT)
        );
        let text = String::from_utf8(err).unwrap();
        assert_eq!(
            text.matches("error: cannot write standard output: disk full")
                .count(),
            2,
            "{text}"
        );
    }

    #[test]
    fn run_with_writes_json_and_codes() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let parse = args(OnboardingCommand::Parse {
            code: "MT:-24J0AFN00KA0648G00".into(),
        });
        assert_eq!(parse.run_with(&mut out, &mut err), ExitCode::SUCCESS);
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["vid_hex"], "0xFFF1");
        assert!(err.is_empty());
    }

    #[test]
    fn wrapped_encoder_errors_say_what_failed() {
        // Valid command-line fields always encode; these wrappers carry the
        // library's refusals should that ever change.
        let qr: OnboardingCliError = QrEncodeError::QrNeedsRendezvous.into();
        assert_eq!(
            qr.to_string(),
            "cannot make the QR code: a QR code needs the discovery capabilities (rendezvous)"
        );
        let manual: OnboardingCliError = ManualEncodeError::ManualCodeNeedsVidPid.into();
        assert!(manual
            .to_string()
            .starts_with("cannot make the manual code: a non-standard"));
        let render: OnboardingCliError = Symbol::new(&"A".repeat(5000)).unwrap_err().into();
        assert!(render.to_string().starts_with("cannot draw the QR symbol:"));
    }

    #[test]
    fn numbers_and_names() {
        assert_eq!(parse_u16("0xFFF1"), Ok(0xfff1));
        assert_eq!(parse_u16("0Xfff1"), Ok(0xfff1));
        assert_eq!(parse_u16(" 32769 "), Ok(32769));
        assert!(parse_u16("65536").is_err());
        assert!(parse_u16("0x10000").is_err());
        assert!(parse_u16("-1").is_err());
        assert_eq!(parse_rendezvous("soft-ap"), Ok(Rendezvous::SOFT_AP));
        assert!(parse_rendezvous("wifi").is_err());
    }
}
