//! `threshold pki verify-device | mint-test-device | reload`.
//!
//! `verify-device` prints the [`Verdict`](crate::attestation::Verdict) as JSON on standard output and
//! exits 0 when every rule passed, 1 when a rule failed (the JSON's
//! `first_failure` names it), 2 when the input is unusable: a missing or
//! unreadable file, a PEM file that holds no single certificate, a trust
//! store or CRL directory with a rejected file, a malformed denylist or
//! argument. A certificate file that decodes but is not a valid
//! certificate (truncated DER, say) is a *failed check* (exit 1): the
//! device presented garbage.
//!
//! `mint-test-device` writes a TEST ONLY chain (see
//! [`crate::attestation::mint`]) and lists the files; exit 0, or 2 on error.
//!
//! `reload` asks the running hub (admin socket by default) to read its
//! PAA roots, CRLs, denylist and firmware policy again
//! (`POST /v1/pki/reload`, docs/pki.md); exit 0, 1 when the hub refused
//! (a bad file: the message names it), 2 when it cannot be reached.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::attestation::cert::decode_one_certificate;
#[cfg(feature = "dev-tools")]
use crate::attestation::mint::{mint_test_chain, MintOptions};
use crate::attestation::{
    AttestationVerifier, CrlSet, Denylist, Expected, ProductId, TrustStore, VendorId,
};
use crate::time::{SystemClock, UnixMillis, WallClock};

use super::DEFAULT_STATE_DIR;

/// Exit code when a rule failed.
pub const EXIT_REFUSED: u8 = 1;
/// Exit code for unusable input.
pub const EXIT_INPUT: u8 = 2;

/// `threshold pki ...`: device attestation and test credentials.
#[derive(Debug, Clone, clap::Args)]
pub struct PkiArgs {
    /// The pki subcommand.
    #[command(subcommand)]
    pub cmd: PkiCommand,
}

/// The pki subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum PkiCommand {
    /// Verify a device's DAC and PAI against the PAA trust store; print the
    /// verdict as JSON. Exit 0 accepted, 1 refused, 2 unusable input.
    VerifyDevice(VerifyDeviceArgs),
    /// Mint a TEST ONLY PAA/PAI/DAC chain, keys and setup payload.
    #[cfg(feature = "dev-tools")]
    MintTestDevice(MintTestDeviceArgs),
    /// Make the running hub read its PAA roots, CRLs, denylist and
    /// firmware policy again (owner/admin). Exit 0 reloaded, 1 refused
    /// (a bad file is named; the set in force is kept), 2 unreachable.
    Reload(ReloadArgs),
}

/// Arguments of `threshold pki reload`.
#[derive(Debug, Clone, clap::Args)]
pub struct ReloadArgs {
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: super::remote::ConnArgs,
}

/// Arguments of `threshold pki verify-device`.
#[derive(Debug, Clone, clap::Args)]
pub struct VerifyDeviceArgs {
    /// Trust store directory (PAA certificates, PEM or DER, any name).
    /// Default: <STATE_DIR>/paa-roots (empty if it does not exist).
    #[arg(long, value_name = "DIR")]
    pub trust_store: Option<PathBuf>,
    /// State directory (for the default trust store).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_STATE_DIR)]
    pub state_dir: PathBuf,
    /// The device attestation certificate (PEM or DER).
    #[arg(long, value_name = "FILE")]
    pub dac: PathBuf,
    /// The product attestation intermediate (PEM or DER).
    #[arg(long, value_name = "FILE")]
    pub pai: PathBuf,
    /// Expected Vendor ID (hex, e.g. FFF1).
    #[arg(long, value_name = "HEX")]
    pub vid: Option<VendorId>,
    /// Expected Product ID (hex, e.g. 8001).
    #[arg(long, value_name = "HEX")]
    pub pid: Option<ProductId>,
    /// Directory of CRL files (PEM or DER).
    #[arg(long, value_name = "DIR")]
    pub crl_dir: Option<PathBuf>,
    /// Denylist file (TOML; see config/attestation-denylist.toml).
    #[arg(long, value_name = "FILE")]
    pub denylist: Option<PathBuf>,
    /// Verification time (RFC 3339, e.g. 2026-01-01T00:00:00Z) instead of
    /// the system clock.
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
}

/// Arguments of `threshold pki mint-test-device`.
#[cfg(feature = "dev-tools")]
#[derive(Debug, Clone, clap::Args)]
pub struct MintTestDeviceArgs {
    /// Vendor ID (hex, e.g. FFF1: a test vendor).
    #[arg(long, value_name = "HEX")]
    pub vid: VendorId,
    /// Product ID (hex).
    #[arg(long, value_name = "HEX")]
    pub pid: ProductId,
    /// Output directory (created with mode 0700).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Mint time (RFC 3339) instead of the system clock.
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    /// The DAC expired a day ago.
    #[arg(long, conflicts_with = "not_yet_valid")]
    pub expired: bool,
    /// The DAC becomes valid tomorrow.
    #[arg(long)]
    pub not_yet_valid: bool,
    /// The DAC's VID differs from the PAI's.
    #[arg(long)]
    pub wrong_vid: bool,
    /// Give the PAI this PID (valid only if equal to --pid).
    #[arg(long, value_name = "HEX")]
    pub pai_pid: Option<ProductId>,
    /// Issue the PAI from a rogue PAA that is not written out.
    #[arg(long)]
    pub untrusted: bool,
    /// Mark the DAC as a CA.
    #[arg(long)]
    pub dac_ca: bool,
    /// Give the DAC keyCertSign+cRLSign instead of digitalSignature.
    #[arg(long)]
    pub dac_bad_key_usage: bool,
    /// Give the DAC a P-384 key.
    #[arg(long)]
    pub dac_p384: bool,
    /// Make the PAI a non-CA certificate.
    #[arg(long)]
    pub pai_not_ca: bool,
    /// Give the PAA pathlen 0.
    #[arg(long = "paa-pathlen0")]
    pub paa_pathlen_zero: bool,
}

impl PkiArgs {
    /// Runs the subcommand on the process's streams and system clock.
    pub fn run(&self) -> ExitCode {
        let stdout = std::io::stdout();
        let stderr = std::io::stderr();
        ExitCode::from(self.run_with(&mut stdout.lock(), &mut stderr.lock(), &SystemClock))
    }

    /// Runs the subcommand with explicit streams and wall clock; returns
    /// the exit code.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write, clock: &dyn WallClock) -> u8 {
        let r = match &self.cmd {
            PkiCommand::VerifyDevice(a) => verify_device(a, out, err, clock),
            #[cfg(feature = "dev-tools")]
            PkiCommand::MintTestDevice(a) => mint(a, out, clock),
            PkiCommand::Reload(a) => return reload(a, out, err),
        };
        match r {
            Ok(code) => code,
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                EXIT_INPUT
            }
        }
    }
}

fn reload(a: &ReloadArgs, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    use super::remote::{call, emit, emit_json, Failure};
    let go = || -> Result<(), Failure> {
        let r: crate::pairing::ReloadReport = call(
            &a.conn.client()?,
            hyper::Method::POST,
            "/v1/pki/reload",
            None::<&()>,
        )?;
        if a.conn.json {
            return emit_json(out, &r);
        }
        let c = r.counts;
        emit(
            out,
            &format!(
                "reloaded: {} PAA root(s), {} CRL(s), {} denylist entr{}, {} firmware advisor{}; \
                 {} device(s) re-checked, {} quarantined",
                c.roots,
                c.crls,
                c.denylist,
                if c.denylist == 1 { "y" } else { "ies" },
                c.advisories,
                if c.advisories == 1 { "y" } else { "ies" },
                r.rechecked,
                r.quarantined.len()
            ),
        )?;
        for d in &r.quarantined {
            emit(out, &format!("quarantined: {d}"))?;
        }
        Ok(())
    };
    let code = super::remote::finish(err, go);
    if code == ExitCode::SUCCESS {
        0
    } else if code == ExitCode::from(super::remote::EXIT_REFUSED) {
        super::remote::EXIT_REFUSED
    } else {
        super::remote::EXIT_USAGE
    }
}

fn read_cert(what: &str, path: &Path) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{what} {}: {e}", path.display()))?;
    decode_one_certificate(&bytes).map_err(|e| format!("{what} {}: {e}", path.display()))
}

fn time_arg(at: Option<&str>, clock: &dyn WallClock) -> Result<UnixMillis, String> {
    match at {
        Some(s) => parse_rfc3339(s).map_err(|e| format!("--at {s:?}: {e}")),
        None => Ok(clock.now()),
    }
}

fn verify_device(
    a: &VerifyDeviceArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn WallClock,
) -> Result<u8, String> {
    let now = time_arg(a.at.as_deref(), clock)?;
    let dac = read_cert("DAC", &a.dac)?;
    let pai = read_cert("PAI", &a.pai)?;
    let trust = match &a.trust_store {
        Some(dir) => TrustStore::load_dir(dir),
        None => TrustStore::load_default(&a.state_dir),
    }
    .map_err(|e| e.to_string())?;
    for p in trust.ignored() {
        let _ = writeln!(err, "note: trust store: not read: {}", p.display());
    }
    let mut verifier = AttestationVerifier::new(trust);
    if let Some(dir) = &a.crl_dir {
        let crls = CrlSet::load_dir(dir).map_err(|e| e.to_string())?;
        for p in crls.superseded() {
            let _ = writeln!(err, "note: CRL superseded by a newer one: {}", p.display());
        }
        for p in crls.ignored() {
            let _ = writeln!(err, "note: CRL directory: not read: {}", p.display());
        }
        verifier = verifier.with_crls(crls);
    }
    if let Some(f) = &a.denylist {
        verifier = verifier.with_denylist(Denylist::load(f).map_err(|e| e.to_string())?);
    }
    let verdict = verifier.verify(
        &dac,
        &pai,
        now,
        Expected {
            vid: a.vid,
            pid: a.pid,
        },
    );
    serde_json::to_writer_pretty(&mut *out, &verdict)
        .map_err(|e| format!("cannot write the verdict: {e}"))?;
    writeln!(out).map_err(|e| format!("cannot write the verdict: {e}"))?;
    match &verdict.first_failure {
        None => Ok(0),
        Some(f) => {
            let _ = writeln!(err, "REFUSED by rule {}: {}", f.rule, f.message);
            Ok(EXIT_REFUSED)
        }
    }
}

#[cfg(feature = "dev-tools")]
fn mint(a: &MintTestDeviceArgs, out: &mut dyn Write, clock: &dyn WallClock) -> Result<u8, String> {
    let now = time_arg(a.at.as_deref(), clock)?;
    let mut o = MintOptions::new(a.vid.0, a.pid.0, now);
    o.expired = a.expired;
    o.not_yet_valid = a.not_yet_valid;
    o.wrong_vid = a.wrong_vid;
    o.pai_pid = a.pai_pid.map(|p| p.0);
    o.untrusted = a.untrusted;
    o.dac_ca = a.dac_ca;
    o.dac_bad_key_usage = a.dac_bad_key_usage;
    o.dac_p384 = a.dac_p384;
    o.pai_not_ca = a.pai_not_ca;
    o.paa_pathlen_zero = a.paa_pathlen_zero;
    let chain = mint_test_chain(&o).map_err(|e| e.to_string())?;
    let files = chain
        .write_to(&a.out, Some(&o))
        .map_err(|e| e.to_string())?;
    let w = |e: std::io::Error| format!("cannot write to standard output: {e}");
    writeln!(
        out,
        "TEST ONLY chain for VID {} PID {} minted at {now}:",
        a.vid, a.pid
    )
    .map_err(w)?;
    for f in files {
        writeln!(out, "  {}", f.display()).map_err(w)?;
    }
    Ok(0)
}

/// Parses an RFC 3339 timestamp (`2026-01-01T00:00:00Z`,
/// `2026-01-01T01:00:00.5+01:00`; `t` and `z` accepted) to wall time.
pub fn parse_rfc3339(s: &str) -> Result<UnixMillis, String> {
    let b = s.as_bytes();
    let bad = || format!("not an RFC 3339 time (expected YYYY-MM-DDTHH:MM:SSZ): {s:?}");
    if b.len() < 20 || !s.is_ascii() {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Result<i64, String> {
        let t = &s[r];
        if t.bytes().all(|c| c.is_ascii_digit()) {
            t.parse::<i64>().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    if b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(bad());
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60
    {
        return Err(format!("{s:?}: field out of range"));
    }
    let mut i = 19;
    let mut ms = 0i64;
    if b[i] == b'.' {
        let start = i + 1;
        i = start;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(bad());
        }
        let frac = &s[start..i.min(start + 3)];
        ms = frac.parse::<i64>().map_err(|_| bad())? * 10i64.pow(3 - frac.len() as u32);
    }
    let offset_min = match &s[i..] {
        "Z" | "z" => 0,
        tz if tz.len() == 6 && (tz.starts_with('+') || tz.starts_with('-')) && &tz[3..4] == ":" => {
            let oh = num(i + 1..i + 3)?;
            let om = num(i + 4..i + 6)?;
            if oh > 23 || om > 59 {
                return Err(format!("{s:?}: offset out of range"));
            }
            let m = oh * 60 + om;
            if tz.starts_with('-') {
                -m
            } else {
                m
            }
        }
        _ => return Err(bad()),
    };
    let days = days_from_civil(y, mo, d);
    let secs = days * 86_400 + h * 3600 + mi * 60 + sec.min(59) - offset_min * 60;
    Ok(UnixMillis(secs * 1000 + ms))
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips_with_to_rfc3339() {
        for t in [
            0i64,
            1_795_564_800_000,
            951_782_400_000,
            253_402_300_799_000,
            -86_400_000,
        ] {
            let s = UnixMillis(t).to_rfc3339();
            assert_eq!(parse_rfc3339(&s), Ok(UnixMillis(t)), "{s}");
        }
        assert_eq!(
            parse_rfc3339("2026-01-01T01:00:00+01:00"),
            parse_rfc3339("2026-01-01T00:00:00Z")
        );
        assert_eq!(
            parse_rfc3339("2026-01-01T00:00:00.5Z").map(|t| t.0 % 1000),
            Ok(500)
        );
    }

    #[test]
    fn rfc3339_refuses_garbage() {
        for s in [
            "",
            "2026-01-01",
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T00:00:00",
            "2026-01-01T00:00:00+0100",
            "2026-01-01T00:00:00.Z",
            "20x6-01-01T00:00:00Z",
        ] {
            assert!(parse_rfc3339(s).is_err(), "accepted {s:?}");
        }
        assert!(parse_rfc3339("2024-02-29T00:00:00Z").is_ok());
    }
}
