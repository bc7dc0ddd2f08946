//! `threshold user enroll | invite | invites | cancel-invite | list |
//! revoke`, over the controller API.
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local file error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hyper::Method;
use serde_json::json;

use crate::api::types::{
    EnrollRequest, EnrollResponse, InviteInfo, InviteRequest, InviteResponse, UserInfo,
};
use crate::commissioning::policy::Role;

use super::remote::{call, emit, emit_json, finish, or_dash, table, ConnArgs, Failure};

/// File names written by `user enroll` in its output directory.
pub const CERT_FILE: &str = "user.pem";
/// The private key (0600).
pub const KEY_FILE: &str = "user.key";
/// The hub root CA.
pub const CA_FILE: &str = "ca.pem";

/// `threshold user ...`: users and their certificates.
#[derive(Debug, Clone, clap::Args)]
pub struct UserArgs {
    /// The user subcommand.
    #[command(subcommand)]
    pub cmd: UserCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The user subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum UserCommand {
    /// Enroll with the owner code or an invite: makes a key and a request
    /// here, gets a client certificate (key and certificate mode 0600).
    Enroll {
        /// The owner bootstrap code or an invite code.
        #[arg(long)]
        code: String,
        /// Your display name.
        #[arg(long)]
        name: String,
        /// Where to write user.pem, user.key and ca.pem (default
        /// $HOME/.config/threshold); existing files are never replaced.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Create an invite code for a role (shown once).
    Invite {
        /// admin, member or guest.
        #[arg(long)]
        role: Role,
        /// Lifetime in seconds (default and maximum from the hub's config).
        #[arg(long, value_name = "SECS")]
        ttl: Option<u64>,
    },
    /// List the pending invites (not redeemed, cancelled or expired):
    /// owner and admin only.
    Invites,
    /// Cancel a pending invite by its id (from `invite` or `invites`): it
    /// can never be redeemed.
    CancelInvite {
        /// Invite id.
        id: String,
    },
    /// List users.
    List,
    /// Revoke a user: their certificate is refused from now on.
    Revoke {
        /// User id.
        id: String,
    },
}

impl UserArgs {
    /// Runs the subcommand on standard output and error.
    pub fn run(&self) -> ExitCode {
        self.run_with(&mut std::io::stdout().lock(), &mut std::io::stderr().lock())
    }

    /// Runs the subcommand with explicit output streams.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        finish(err, || self.go(out))
    }

    fn go(&self, out: &mut dyn Write) -> Result<(), Failure> {
        let json = self.conn.json;
        match &self.cmd {
            UserCommand::Enroll {
                code,
                name,
                out: dir,
            } => {
                let dir = match dir {
                    Some(d) => d.clone(),
                    None => default_dir()?,
                };
                enroll(&self.conn, code, name, &dir, out)
            }
            UserCommand::Invite { role, ttl } => {
                let req = InviteRequest {
                    role: *role,
                    ttl_secs: *ttl,
                };
                let r: InviteResponse = call(
                    &self.conn.client()?,
                    Method::POST,
                    "/v1/invites",
                    Some(&req),
                )?;
                if json {
                    return emit_json(out, &r);
                }
                emit(
                    out,
                    &format!(
                        "invite {} for a {} (single use, expires {}):\n{}",
                        r.id, r.role, r.expires, r.code
                    ),
                )
            }
            UserCommand::Invites => {
                let list: Vec<InviteInfo> = call(
                    &self.conn.client()?,
                    Method::GET,
                    "/v1/invites",
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &list);
                }
                let rows: Vec<Vec<String>> = list
                    .into_iter()
                    .map(|i| vec![i.id, i.role.to_string(), i.created_by, i.created, i.expires])
                    .collect();
                emit(
                    out,
                    &table(&["ID", "ROLE", "CREATED_BY", "CREATED", "EXPIRES"], &rows),
                )
            }
            UserCommand::CancelInvite { id } => {
                let i: InviteInfo = call(
                    &self.conn.client()?,
                    Method::DELETE,
                    &format!("/v1/invites/{}", path_segment(id)?),
                    None::<&()>,
                )?;
                if json {
                    return emit_json(out, &i);
                }
                emit(
                    out,
                    &format!(
                        "cancelled invite {} for a {} (created by {})",
                        i.id, i.role, i.created_by
                    ),
                )
            }
            UserCommand::List => {
                let users: Vec<UserInfo> =
                    call(&self.conn.client()?, Method::GET, "/v1/users", None::<&()>)?;
                if json {
                    return emit_json(out, &users);
                }
                let rows: Vec<Vec<String>> = users
                    .into_iter()
                    .map(|u| {
                        vec![
                            u.id,
                            u.name,
                            u.role.to_string(),
                            u.created,
                            or_dash(u.revoked),
                        ]
                    })
                    .collect();
                emit(
                    out,
                    &table(&["ID", "NAME", "ROLE", "CREATED", "REVOKED"], &rows),
                )
            }
            UserCommand::Revoke { id } => {
                let u: UserInfo = call(
                    &self.conn.client()?,
                    Method::POST,
                    &format!("/v1/users/{}/revoke", path_segment(id)?),
                    Some(&json!({})),
                )?;
                if json {
                    return emit_json(out, &u);
                }
                emit(out, &format!("revoked {} ({}, {})", u.id, u.name, u.role))
            }
        }
    }
}

/// `$HOME/.config/threshold`.
fn default_dir() -> Result<PathBuf, Failure> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".config").join("threshold"))
        .ok_or_else(|| Failure::Usage("no $HOME: give --out DIR".into()))
}

/// Refuses an id that cannot be one path segment.
pub(crate) fn path_segment(id: &str) -> Result<&str, Failure> {
    if id.is_empty()
        || id
            .chars()
            .any(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(Failure::Usage(format!(
            "{id:?} is not an id (letters, digits, '-', '_', '.')"
        )));
    }
    Ok(id)
}

fn enroll(
    conn: &ConnArgs,
    code: &str,
    name: &str,
    dir: &Path,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let paths = [dir.join(CERT_FILE), dir.join(KEY_FILE), dir.join(CA_FILE)];
    // Checked before the code is spent.
    if let Some(p) = paths.iter().find(|p| p.exists()) {
        return Err(Failure::Usage(format!(
            "{} exists; refusing to replace it (choose another --out)",
            p.display()
        )));
    }
    let client = conn.enroll_client()?;
    let (key, csr) = crate::api::client::new_key_and_csr()?;
    let req = EnrollRequest {
        code: code.to_owned(),
        name: name.to_owned(),
        csr_pem: csr,
    };
    let r: EnrollResponse = call(&client, Method::POST, "/v1/enroll", Some(&req))?;
    let write = |p: &Path, data: &[u8], mode: u32| {
        crate::fsutil::write_atomic(p, data, mode)
            .map_err(|e| Failure::Usage(format!("cannot write {}: {e}", p.display())))
    };
    crate::fsutil::ensure_private_dir(dir)
        .map_err(|e| Failure::Usage(format!("cannot create directory {}: {e}", dir.display())))?;
    let [cert_p, key_p, ca_p] = &paths;
    write(key_p, key.as_bytes(), 0o600)?;
    write(cert_p, r.cert_pem.as_bytes(), 0o600)?;
    write(ca_p, r.ca_pem.as_bytes(), 0o644)?;
    if conn.json {
        return emit_json(
            out,
            &json!({
                "user_id": r.user_id,
                "name": r.name,
                "role": r.role,
                "not_after": r.not_after,
                "cert": cert_p,
                "key": key_p,
                "ca": ca_p,
            }),
        );
    }
    emit(
        out,
        &format!(
            "enrolled {} as {} (user {}); certificate valid until {}\n  certificate {}\n  key         {}\n  hub CA      {}\nremote use: threshold window list --url https://HUB:8443 --cert {} --key {} --ca {}",
            r.name,
            r.role,
            r.user_id,
            r.not_after,
            cert_p.display(),
            key_p.display(),
            ca_p.display(),
            cert_p.display(),
            key_p.display(),
            ca_p.display(),
        ),
    )
}
