//! Who may do what, decided and audited in one place.
//!
//! * [`Commissioner::authorize`]: whether an authenticated user may do an
//!   [`Action`] (the role x action table, [`Policy::may`]). Drivers ask it
//!   before acting; each refusal is audited once (`access.denied`, actor,
//!   subject `action:<name>`, reason the refusal code) and never counted
//!   towards the pairing lock: an enrolled user's request is no attack on
//!   pairing.
//! * [`Commissioner::authentication_refused`]: a peer the controller API
//!   refused before it had a user (an unknown or revoked user, a device
//!   certificate, an admin-socket peer of another uid), audited once
//!   (`auth.refused`) with the actor as far as it is known.
//! * [`Commissioner::dataset_accessed`]: every read or import of the Thread
//!   dataset (it carries the network key), audited with its user.
#![forbid(unsafe_code)]

use std::net::IpAddr;
use std::time::Instant;

use super::anomaly::FailureSource;
use super::error::NotPermitted;
use super::policy::{Action, Policy};
use super::{Actor, Commissioner};
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::refusal::Refusal;

/// A peer the controller API refused at authentication, as far as it is
/// known (for [`Commissioner::authentication_refused`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthRefusal {
    /// A client certificate of the hub CA naming a user the hub does not
    /// know (`unknown_user`).
    UnknownUser {
        /// The certificate's CN: the user id it claims.
        user: String,
        /// Lower-case hex SHA-256 of the certificate (DER).
        certificate: String,
        /// The peer's address.
        addr: Option<IpAddr>,
    },
    /// A client certificate of a revoked user (`user_revoked`).
    UserRevoked {
        /// The user id.
        user: String,
        /// Lower-case hex SHA-256 of the certificate (DER).
        certificate: String,
        /// The peer's address.
        addr: Option<IpAddr>,
    },
    /// A device's operational certificate, which names no user
    /// (`unauthenticated`).
    DeviceCertificate {
        /// The certificate's CN.
        name: String,
        /// Lower-case hex SHA-256 of the certificate (DER).
        certificate: String,
        /// The peer's address.
        addr: Option<IpAddr>,
    },
    /// An admin-socket peer that is neither the daemon's uid nor root
    /// (`peer_not_permitted`), refused once per connection.
    LocalPeer {
        /// Its uid (`None`: the socket gave no credentials).
        uid: Option<u32>,
    },
}

impl AuthRefusal {
    /// The refusal the peer is answered with.
    pub fn refusal(&self) -> Refusal {
        match self {
            AuthRefusal::UnknownUser { .. } => Refusal::UnknownUser,
            AuthRefusal::UserRevoked { .. } => Refusal::UserRevoked,
            AuthRefusal::DeviceCertificate { .. } => Refusal::Unauthenticated,
            AuthRefusal::LocalPeer { .. } => Refusal::PeerNotPermitted,
        }
    }
}

/// Which access to the Thread dataset ([`Commissioner::dataset_accessed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DatasetAccess {
    /// The active dataset was read (`GET /v1/thread/dataset`).
    Export,
    /// The active dataset was replaced (`PUT /v1/thread/dataset`).
    Import,
}

impl Commissioner {
    /// Whether `actor` may do `action` ([`Policy::may`]). A refusal is
    /// audited once (`access.denied`, subject `action:<name>`, reason the
    /// refusal code, detail `role`) and not counted towards the pairing
    /// lock. Ask before doing anything the action covers.
    pub fn authorize(
        &mut self,
        now: Instant,
        actor: &Actor,
        action: Action,
    ) -> Result<(), NotPermitted> {
        self.handle_timeout(now);
        if Policy::may(actor.role, action) {
            return Ok(());
        }
        let e = NotPermitted {
            role: actor.role,
            action,
        };
        self.audit(
            actor
                .event(
                    AuditAction::AccessDenied,
                    format!("action:{action}"),
                    Outcome::Denied,
                    e.code(),
                )
                .with("role", actor.role.as_str()),
        );
        Err(e)
    }

    /// Audits a peer the controller API refused at authentication
    /// (`auth.refused`, denied, reason the refusal code; `subject`: what it
    /// asked, e.g. `GET /v1/users`). A refused certificate (its chain was
    /// verified by the hub CA, so its holder got it from this hub) is
    /// counted towards the pairing lock for its source address only, like
    /// any failure of a network peer: a flood of them locks that source,
    /// never an authenticated user. An admin-socket peer is not counted
    /// (it has no address; a local user must not be able to lock pairing).
    pub fn authentication_refused(&mut self, now: Instant, refused: AuthRefusal, subject: &str) {
        let reason = refused.refusal().as_str();
        let (actor, channel) = match &refused {
            AuthRefusal::UnknownUser { user, .. } | AuthRefusal::UserRevoked { user, .. } => {
                (format!("user:{user}"), "api")
            }
            AuthRefusal::DeviceCertificate { name, .. } => (format!("device:{name}"), "api"),
            AuthRefusal::LocalPeer { uid: Some(uid) } => (format!("uid:{uid}"), "local"),
            AuthRefusal::LocalPeer { uid: None } => ("uid:unknown".to_owned(), "local"),
        };
        let event = AuditEvent::new(
            actor,
            AuditAction::AuthRefused,
            subject,
            channel,
            Outcome::Denied,
            reason,
        );
        match refused {
            AuthRefusal::UnknownUser {
                certificate, addr, ..
            }
            | AuthRefusal::UserRevoked {
                certificate, addr, ..
            }
            | AuthRefusal::DeviceCertificate {
                certificate, addr, ..
            } => {
                let event = event
                    .with("certificate", certificate)
                    .with("addr", addr.map(|a| a.to_string()));
                self.audit_refusal_from(now, &FailureSource::maybe_peer(addr), event);
            }
            AuthRefusal::LocalPeer { uid } => {
                self.audit_refusal_uncounted(now, event.with("uid", uid));
            }
        }
    }

    /// Audits an access to the Thread dataset by `actor`, who was
    /// authorized ([`Commissioner::authorize`] with
    /// [`Action::ExportDataset`] or [`Action::ImportDataset`]):
    /// `thread.dataset_export` or `thread.dataset_import`, success, or
    /// failure with `result`'s reason. Call it before answering, so no
    /// network key leaves the hub unaudited.
    pub fn dataset_accessed(
        &mut self,
        now: Instant,
        actor: &Actor,
        access: DatasetAccess,
        result: Result<(), &str>,
    ) {
        self.handle_timeout(now);
        let action = match access {
            DatasetAccess::Export => AuditAction::ThreadDatasetExport,
            DatasetAccess::Import => AuditAction::ThreadDatasetImport,
        };
        let ev = match result {
            Ok(()) => actor.event(action, "thread:dataset", Outcome::Success, "ok"),
            Err(reason) => actor.event(action, "thread:dataset", Outcome::Failure, reason),
        };
        self.audit(ev.with("role", actor.role.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::event::Persist;
    use crate::commissioning::policy::Role;
    use crate::commissioning::test_support::{core, drain};

    fn actor(role: Role) -> Actor {
        Actor {
            user: format!("u-{role}"),
            role,
            channel: "api",
        }
    }

    #[test]
    fn a_refusal_is_audited_once_and_never_counted() {
        let (mut c, now) = core();
        drain(&mut c);
        for role in Role::ALL {
            for action in Action::ALL {
                let r = c.authorize(now, &actor(role), action);
                let (audits, persists) = drain(&mut c);
                assert!(persists.is_empty(), "never counted: {persists:?}");
                if Policy::may(role, action) {
                    assert_eq!(r, Ok(()));
                    assert!(audits.is_empty(), "{audits:?}");
                    continue;
                }
                let e = r.expect_err("refused");
                assert_eq!(e.refusal(), action.refusal());
                assert_eq!(audits.len(), 1, "{audits:?}");
                let a = &audits[0];
                assert_eq!(
                    (
                        a.actor.as_str(),
                        a.action.as_str(),
                        a.outcome,
                        a.reason.as_str()
                    ),
                    (
                        format!("user:u-{role}").as_str(),
                        "access.denied",
                        Outcome::Denied,
                        e.code()
                    )
                );
                assert_eq!(a.subject, format!("action:{action}"));
            }
        }
    }

    #[test]
    fn certificates_count_for_their_source_local_peers_never() {
        let (mut c, now) = core();
        drain(&mut c);
        let addr: IpAddr = "192.0.2.7".parse().expect("addr");
        c.authentication_refused(
            now,
            AuthRefusal::UserRevoked {
                user: "u-1".into(),
                certificate: "ab".into(),
                addr: Some(addr),
            },
            "GET /v1/users",
        );
        let (audits, persists) = drain(&mut c);
        assert_eq!(audits.len(), 1, "{audits:?}");
        assert_eq!(
            (audits[0].actor.as_str(), audits[0].reason.as_str()),
            ("user:u-1", "user_revoked")
        );
        let scopes: Vec<String> = persists
            .iter()
            .filter_map(|p| match p {
                Persist::Scope(s) => Some(s.scope.to_string()),
                _ => None,
            })
            .collect();
        assert!(
            scopes.iter().any(|s| s.contains("192.0.2.7")),
            "counted for its source: {scopes:?}"
        );
        assert!(
            !scopes.iter().any(|s| s.contains("ab")),
            "not for its certificate: {scopes:?}"
        );
        c.authentication_refused(
            now,
            AuthRefusal::LocalPeer { uid: Some(1000) },
            "admin_socket",
        );
        let (audits, persists) = drain(&mut c);
        assert_eq!(audits.len(), 1, "{audits:?}");
        assert_eq!(
            (
                audits[0].actor.as_str(),
                audits[0].channel.as_str(),
                audits[0].reason.as_str()
            ),
            ("uid:1000", "local", "peer_not_permitted")
        );
        assert!(persists.is_empty(), "never counted: {persists:?}");
    }
}
