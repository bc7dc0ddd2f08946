//! Who is asking: the connection's [`Peer`] and the [`Authed`] extractor
//! that turns it into a [`commissioning::Actor`](crate::commissioning::Actor).
//!
//! * mTLS listener: rustls has verified the client certificate chain to
//!   the hub root CA (signature, validity, clientAuth). Its subject CN is
//!   the user id ([`HubCa::issue_client_cert`] writes `CN = user id, OU =
//!   role`); the user is looked up in the store on every request, so the
//!   role is the stored one and a revoked user is refused at once
//!   (`user_revoked`), whatever the certificate says.
//! * Admin socket: the peer's uid from `SO_PEERCRED` must be the daemon's
//!   own uid or root; the request then acts as [`LOCAL_ADMIN`], with owner
//!   rights, on channel `local`.
//! * Enrollment listener: anonymous; it routes only `POST /v1/enroll`.
//!
//! Every refusal here (unknown or revoked user, a device certificate) is
//! audited once by the core ([`Commissioner::authentication_refused`]),
//! before the peer is answered; what an authenticated user may do is the
//! core's decision too ([`Commissioner::authorize`]).
//!
//! [`Commissioner::authentication_refused`]: crate::commissioning::Commissioner::authentication_refused
//! [`Commissioner::authorize`]: crate::commissioning::Commissioner::authorize
//! [`HubCa::issue_client_cert`]: crate::attestation::hub_ca::HubCa::issue_client_cert

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use x509_parser::prelude::{FromDer, X509Certificate};

use crate::commissioning::policy::Role;
use crate::commissioning::{Actor, AuthRefusal};
use crate::refusal::Refusal;

use super::error::ApiError;
use super::state::AppState;

/// The user id of the built-in administrator of the admin socket.
pub const LOCAL_ADMIN: &str = "local-admin";

/// The network address of a request's TCP peer (absent on the admin
/// socket): the source the core counts an anonymous peer's failures by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerAddr(pub std::net::IpAddr);

/// The authenticated peer of a connection, attached to each of its requests.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Peer {
    /// A client certificate verified by the hub CA.
    Certificate {
        /// Subject CN: the user id.
        user: String,
        /// Subject OU: the role at issue time (informative; the stored
        /// role is authoritative), or `device` for a device certificate.
        ou: String,
        /// Lower-case hex SHA-256 of the certificate (DER), for the audit
        /// record of a refusal.
        fingerprint: String,
    },
    /// The admin socket, from an allowed uid.
    Local {
        /// The peer's uid.
        uid: u32,
    },
    /// The enrollment listener: no client certificate.
    Anonymous,
}

impl Peer {
    /// The peer of a verified client certificate (DER), from its subject.
    pub fn from_certificate(der: &[u8]) -> Result<Peer, String> {
        let (_, cert) =
            X509Certificate::from_der(der).map_err(|e| format!("unparsable certificate: {e}"))?;
        let subject = cert.subject();
        let one = |it: &mut dyn Iterator<Item = &x509_parser::x509::AttributeTypeAndValue<'_>>| {
            it.next()
                .and_then(|a| a.as_str().ok())
                .map(str::to_owned)
                .unwrap_or_default()
        };
        let user = one(&mut subject.iter_common_name());
        let ou = one(&mut subject.iter_organizational_unit());
        if user.is_empty() {
            return Err("the certificate subject has no CN".into());
        }
        let fingerprint = hex::encode(ring::digest::digest(&ring::digest::SHA256, der));
        Ok(Peer::Certificate {
            user,
            ou,
            fingerprint,
        })
    }

    /// The channel name recorded in the audit log.
    pub fn channel(&self) -> &'static str {
        match self {
            Peer::Local { .. } => "local",
            _ => "api",
        }
    }
}

/// The acting user of a request: extracting it authenticates the request.
#[derive(Debug, Clone)]
pub struct Authed(pub Actor);

impl FromRequestParts<AppState> for Authed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts
            .extensions
            .get::<Peer>()
            .cloned()
            .ok_or_else(|| ApiError::internal("request without a peer"))?;
        match peer {
            Peer::Local { .. } => Ok(Authed(Actor {
                user: LOCAL_ADMIN.into(),
                role: Role::Owner,
                channel: "local",
            })),
            Peer::Anonymous => Err(ApiError::new(
                Refusal::Unauthenticated,
                "this listener serves only POST /v1/enroll; use the mutual-TLS listener with a client certificate",
            )),
            Peer::Certificate {
                user,
                ou,
                fingerprint,
            } => {
                let addr = parts.extensions.get::<PeerAddr>().map(|a| a.0);
                let subject = format!("{} {}", parts.method, parts.uri.path());
                let (refused, message) = if ou == "device" {
                    (
                        AuthRefusal::DeviceCertificate {
                            name: user,
                            certificate: fingerprint,
                            addr,
                        },
                        "a device certificate is not a user certificate".to_owned(),
                    )
                } else {
                    let id = user.clone();
                    let row = state.store.call(move |s| s.get_user(&id)).await??;
                    match row {
                        None => (
                            AuthRefusal::UnknownUser {
                                user: user.clone(),
                                certificate: fingerprint,
                                addr,
                            },
                            format!("the certificate names user {user:?}, who is not enrolled on this hub"),
                        ),
                        Some(r) if r.revoked_ms.is_some() => (
                            AuthRefusal::UserRevoked {
                                user: r.id.clone(),
                                certificate: fingerprint,
                                addr,
                            },
                            format!("user {} was revoked", r.id),
                        ),
                        Some(r) => {
                            return Ok(Authed(Actor {
                                user: r.id,
                                role: r.role,
                                channel: "api",
                            }))
                        }
                    }
                };
                let refusal = refused.refusal();
                state
                    .core
                    .call(move |c, now| c.authentication_refused(now, refused, &subject))
                    .await?;
                Err(ApiError::new(refusal, message))
            }
        }
    }
}
