//! What `threshold user | window | device` share: how to reach the hub's
//! API (the local admin socket by default, or `--url` with a client
//! certificate), running one request, exit codes and tables.
//!
//! Exit codes: 0 success; 1 the hub refused (its error code is printed);
//! 2 a usage, connection or local file error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hyper::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::api::types::ErrorBody;
use crate::api::{Client, ClientError};
use crate::config::{Config, Settings};

/// Exit code when the hub refused.
pub const EXIT_REFUSED: u8 = 1;
/// Exit code for usage, connection and local errors.
pub const EXIT_USAGE: u8 = 2;

/// How to reach the hub.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ConnArgs {
    /// The admin socket (default: `api.admin_socket` of --config, else
    /// <state_dir>/run/admin.sock). Needs the daemon's uid or root.
    #[arg(long, global = true, value_name = "PATH", conflicts_with = "url")]
    pub socket: Option<PathBuf>,
    /// Configuration file of the daemon (to find its admin socket).
    #[arg(long, short = 'c', global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// State directory of the daemon (to find its admin socket).
    #[arg(long, global = true, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// A remote hub instead: https://HOST:PORT (mutual TLS with --cert
    /// and --key; `user enroll` uses the enrollment port without them).
    #[arg(long, global = true, value_name = "URL", requires = "ca")]
    pub url: Option<String>,
    /// Client certificate (PEM) from `threshold user enroll`.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        requires = "url",
        requires = "key"
    )]
    pub cert: Option<PathBuf>,
    /// Its private key (PEM).
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        requires = "url",
        requires = "cert"
    )]
    pub key: Option<PathBuf>,
    /// The hub root CA (PEM), to verify the hub (with --url, or for
    /// `device simulate`).
    #[arg(long, global = true, value_name = "FILE")]
    pub ca: Option<PathBuf>,
    /// JSON output, for scripts.
    #[arg(long, global = true)]
    pub json: bool,
}

/// Why a command stopped early.
#[derive(Debug)]
pub enum Failure {
    /// The hub refused: exit 1.
    Refused(ErrorBody),
    /// Usage, connection or local error: exit 2.
    Usage(String),
}

impl From<ClientError> for Failure {
    fn from(e: ClientError) -> Failure {
        Failure::Usage(e.to_string())
    }
}

fn read(what: &str, p: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(p).map_err(|e| Failure::Usage(format!("cannot read {what} {}: {e}", p.display())))
}

impl ConnArgs {
    /// The admin socket path this command would use.
    pub fn socket_path(&self) -> Result<PathBuf, Failure> {
        if self.ca.is_some() && self.url.is_none() {
            return Err(Failure::Usage("--ca needs --url".into()));
        }
        if let Some(s) = &self.socket {
            return Ok(s.clone());
        }
        let mut cfg =
            Config::load(self.config.as_deref()).map_err(|e| Failure::Usage(e.to_string()))?;
        if let Some(d) = &self.state_dir {
            cfg.state_dir = d.clone();
        }
        let settings = Settings::try_from(cfg).map_err(|e| Failure::Usage(e.to_string()))?;
        Ok(settings.api.admin_socket)
    }

    /// A client for an authenticated request.
    pub fn client(&self) -> Result<Client, Failure> {
        match &self.url {
            None => Ok(Client::unix(self.socket_path()?)),
            Some(url) => {
                let (Some(cert), Some(key), Some(ca)) = (&self.cert, &self.key, &self.ca) else {
                    return Err(Failure::Usage(
                        "--url needs --cert, --key and --ca (from `threshold user enroll`)".into(),
                    ));
                };
                let (cert, key, ca) = (
                    read("certificate", cert)?,
                    read("key", key)?,
                    read("CA", ca)?,
                );
                let key = zeroize::Zeroizing::new(key);
                Ok(Client::https(url, &ca, Some((&cert, &key)))?)
            }
        }
    }

    /// A client for enrollment (no client certificate over `--url`).
    pub fn enroll_client(&self) -> Result<Client, Failure> {
        match (&self.url, &self.ca) {
            (None, _) => Ok(Client::unix(self.socket_path()?)),
            (Some(url), Some(ca)) => Ok(Client::https(url, &read("CA", ca)?, None)?),
            (Some(_), None) => Err(Failure::Usage("--url needs --ca".into())),
        }
    }
}

/// Runs one request to completion on a private runtime.
pub fn call<T: DeserializeOwned>(
    client: &Client,
    method: Method,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<T, Failure> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(format!("cannot start the runtime: {e}")))?;
    match rt.block_on(client.call::<T>(method, path, body))? {
        Ok(t) => Ok(t),
        Err(e) => Err(Failure::Refused(e)),
    }
}

/// Runs `f`, printing a failure on `err`; returns the exit code.
pub fn finish(err: &mut dyn Write, f: impl FnOnce() -> Result<(), Failure>) -> ExitCode {
    match f() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Refused(e)) => {
            let _ = writeln!(
                err,
                "refused: {}: {}",
                super::audit::printable(&e.code),
                super::audit::printable(&e.message)
            );
            ExitCode::from(EXIT_REFUSED)
        }
        Err(Failure::Usage(m)) => {
            let _ = writeln!(err, "error: {m}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Writes `s` (and a newline) to `out`.
pub fn emit(out: &mut dyn Write, s: &str) -> Result<(), Failure> {
    writeln!(out, "{s}").map_err(|e| Failure::Usage(format!("cannot write the output: {e}")))
}

/// Writes `v` as pretty JSON.
pub fn emit_json(out: &mut dyn Write, v: &impl Serialize) -> Result<(), Failure> {
    let s = serde_json::to_string_pretty(v)
        .map_err(|e| Failure::Usage(format!("cannot encode the output: {e}")))?;
    emit(out, &s)
}

/// A left-aligned text table (control characters escaped).
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| super::audit::printable(c)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  "));
            }
        }
        s.trim_end().to_owned()
    };
    let mut out = vec![line(headers.to_vec())];
    for r in &rows {
        out.push(line(r.iter().map(String::as_str).collect()));
    }
    out.join("\n")
}

/// `-` for a missing value.
pub fn or_dash(v: Option<impl ToString>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_and_escape() {
        let t = table(
            &["ID", "NAME"],
            &[
                vec!["1".into(), "a\x1b[31m".into()],
                vec!["22".into(), "b".into()],
            ],
        );
        assert_eq!(t, "ID  NAME\n1   a\\u{1b}[31m\n22  b");
    }

    #[test]
    fn url_needs_a_certificate() {
        let c = ConnArgs {
            url: Some("https://127.0.0.1:1".into()),
            ..ConnArgs::default()
        };
        assert!(matches!(c.client(), Err(Failure::Usage(m)) if m.contains("--cert")));
        assert!(matches!(c.enroll_client(), Err(Failure::Usage(m)) if m.contains("--ca")));
    }

    #[test]
    fn default_socket_follows_the_state_dir() {
        let c = ConnArgs {
            state_dir: Some("/x/state".into()),
            ..ConnArgs::default()
        };
        assert_eq!(
            c.socket_path().expect("path"),
            PathBuf::from("/x/state/run/admin.sock")
        );
    }
}
