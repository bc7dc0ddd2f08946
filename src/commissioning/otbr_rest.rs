//! Who may use the OTBR-compatible REST listener (docs/otbr-rest.md), and
//! the audit of what it does.
//!
//! A REST client is no enrolled user: it presents no certificate, only its
//! address. It is an actor of its own, `otbr-rest:<addr>` on channel
//! `otbr-rest`, and the core decides what it may do in two steps:
//!
//! 1. its address must be in the owner's allow-list (`[otbr_rest] allow`,
//!    handed over once by [`Commissioner::set_otbr_rest_clients`]; an empty
//!    list, the state before, admits nobody);
//! 2. the operation must be one the listener exists for ([`RestOp::allowed`]):
//!    reading the node, reading and writing the Thread datasets, turning
//!    Thread on and off. Erasing the hub (`DELETE /node`) is not, whoever
//!    asks: it would drop paired devices and the audit trail with them.
//!
//! Call order, per request: [`Commissioner::otbr_rest_authorize`] before
//! acting (a refusal is audited once, `otbr_rest.refused`, never counted
//! towards the pairing lock: a misconfigured Home Assistant is no attack on
//! pairing); then, for a dataset read or any write,
//! [`Commissioner::otbr_rest_done`] before answering, so no network key
//! leaves and no change is made unaudited.
#![forbid(unsafe_code)]

use std::fmt;
use std::net::IpAddr;
use std::time::Instant;

use super::Commissioner;
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::refusal::Refusal;

/// The audit channel of REST clients.
pub const CHANNEL: &str = "otbr-rest";

/// A REST client, known by its address only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestClient {
    /// The peer's address (an IPv4-mapped IPv6 address is taken as IPv4).
    pub addr: IpAddr,
}

impl RestClient {
    /// The client at `addr`.
    pub fn new(addr: IpAddr) -> RestClient {
        RestClient {
            addr: addr.to_canonical(),
        }
    }

    /// Its audit actor, `otbr-rest:<addr>`.
    pub fn actor(&self) -> String {
        format!("{CHANNEL}:{}", self.addr)
    }

    fn event(&self, action: AuditAction, op: RestOp, outcome: Outcome, reason: &str) -> AuditEvent {
        AuditEvent::new(self.actor(), action, op.subject(), CHANNEL, outcome, reason)
            .with("op", op.as_str())
            .with("addr", self.addr.to_string())
    }
}

/// What a REST client asks to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestOp {
    /// Read the node's state, ids and addresses (no secret).
    ReadNode,
    /// Read the active dataset (it carries the network key).
    ReadActiveDataset,
    /// Read the pending dataset (it carries the network key).
    ReadPendingDataset,
    /// Replace the active dataset (Thread disabled).
    WriteActiveDataset,
    /// Schedule a pending dataset (a migration of the network).
    WritePendingDataset,
    /// Turn Thread on or off.
    SetThreadState,
    /// Erase the hub (`DELETE /node`).
    FactoryReset,
}

/// One row per operation: name, whether the listener may do it.
const REST_OPS: [(RestOp, &str, bool); 7] = [
    (RestOp::ReadNode, "read_node", true),
    (RestOp::ReadActiveDataset, "read_active_dataset", true),
    (RestOp::ReadPendingDataset, "read_pending_dataset", true),
    (RestOp::WriteActiveDataset, "write_active_dataset", true),
    (RestOp::WritePendingDataset, "write_pending_dataset", true),
    (RestOp::SetThreadState, "set_thread_state", true),
    (RestOp::FactoryReset, "factory_reset", false),
];

impl RestOp {
    /// Every operation, in table order.
    pub const ALL: [RestOp; 7] = {
        let mut all = [RestOp::ReadNode; 7];
        let mut i = 0;
        while i < REST_OPS.len() {
            all[i] = REST_OPS[i].0;
            i += 1;
        }
        all
    };

    fn row(self) -> (RestOp, &'static str, bool) {
        REST_OPS
            .iter()
            .copied()
            .find(|r| r.0 == self)
            .unwrap_or((self, "unknown", false))
    }

    /// Its stable name (audit detail `op`).
    pub fn as_str(self) -> &'static str {
        self.row().1
    }

    /// Whether an allow-listed client may do it.
    pub fn allowed(self) -> bool {
        self.row().2
    }

    /// The audit subject.
    fn subject(self) -> &'static str {
        match self {
            RestOp::ReadActiveDataset | RestOp::WriteActiveDataset => "dataset:active",
            RestOp::ReadPendingDataset | RestOp::WritePendingDataset => "dataset:pending",
            RestOp::SetThreadState => "thread:state",
            RestOp::ReadNode | RestOp::FactoryReset => "thread:node",
        }
    }

    /// The audit action of the operation's outcome (`None`: not audited,
    /// nothing secret read and nothing changed).
    fn action(self) -> Option<AuditAction> {
        match self {
            RestOp::ReadActiveDataset | RestOp::ReadPendingDataset => {
                Some(AuditAction::OtbrRestDatasetRead)
            }
            RestOp::WriteActiveDataset | RestOp::WritePendingDataset => {
                Some(AuditAction::OtbrRestDatasetWrite)
            }
            RestOp::SetThreadState => Some(AuditAction::OtbrRestThreadState),
            RestOp::ReadNode | RestOp::FactoryReset => None,
        }
    }
}

impl fmt::Display for RestOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a REST client was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RestRefusal {
    /// Its address is not in `[otbr_rest] allow`.
    #[error("the client {0} is not in [otbr_rest] allow")]
    NotAllowListed(IpAddr),
    /// The operation is not one the listener may do.
    #[error("the hub does not allow {0} through the OTBR REST listener")]
    NotSupported(RestOp),
}

impl RestRefusal {
    /// The refusal answered (its HTTP status) and audited.
    pub fn refusal(&self) -> Refusal {
        match self {
            RestRefusal::NotAllowListed(_) => Refusal::ClientNotAllowed,
            RestRefusal::NotSupported(_) => Refusal::MethodNotAllowed,
        }
    }
}

/// The allow-list of REST clients the core holds.
#[derive(Debug, Clone, Default)]
pub struct RestClients {
    allow: Vec<IpAddr>,
}

impl RestClients {
    fn admits(&self, client: &RestClient) -> bool {
        self.allow.iter().any(|a| a.to_canonical() == client.addr)
    }
}

impl Commissioner {
    /// Sets the addresses the OTBR REST listener answers (the owner's
    /// `[otbr_rest] allow`); call once, when the listener starts.
    pub fn set_otbr_rest_clients(&mut self, allow: Vec<IpAddr>) {
        self.otbr_rest = RestClients { allow };
    }

    /// Whether `client` may do `op` (module docs). A refusal is audited once
    /// (`otbr_rest.refused`, denied, reason the refusal code) and not
    /// counted towards the pairing lock.
    pub fn otbr_rest_authorize(
        &mut self,
        now: Instant,
        client: &RestClient,
        op: RestOp,
    ) -> Result<(), RestRefusal> {
        self.handle_timeout(now);
        let refused = if !self.otbr_rest.admits(client) {
            RestRefusal::NotAllowListed(client.addr)
        } else if !op.allowed() {
            RestRefusal::NotSupported(op)
        } else {
            return Ok(());
        };
        self.audit(client.event(
            AuditAction::OtbrRestRefused,
            op,
            Outcome::Denied,
            refused.refusal().as_str(),
        ));
        Err(refused)
    }

    /// Audits what an authorized `op` did: a dataset read
    /// (`otbr_rest.dataset_read`), a dataset write
    /// (`otbr_rest.dataset_write`) or a change of Thread's state
    /// (`otbr_rest.thread_state`); success, or failure with `result`'s
    /// reason. `details` are added as they are (never a key). Call it before
    /// answering. Nothing for an operation that reads no secret.
    pub fn otbr_rest_done(
        &mut self,
        now: Instant,
        client: &RestClient,
        op: RestOp,
        details: Vec<(&'static str, serde_json::Value)>,
        result: Result<(), &str>,
    ) {
        self.handle_timeout(now);
        let Some(action) = op.action() else { return };
        let mut ev = match result {
            Ok(()) => client.event(action, op, Outcome::Success, "ok"),
            Err(reason) => client.event(action, op, Outcome::Failure, reason),
        };
        for (k, v) in details {
            ev = ev.with(k, v);
        }
        self.audit(ev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::test_support::{core, drain};

    fn audits(c: &mut Commissioner) -> Vec<AuditEvent> {
        drain(c).0
    }

    #[test]
    fn only_allow_listed_clients_and_only_the_listed_operations() {
        let (mut c, now) = core();
        audits(&mut c);
        let home = RestClient::new("192.0.2.10".parse().expect("addr"));
        let other = RestClient::new("192.0.2.11".parse().expect("addr"));
        // Before the listener starts: nobody.
        let r = c.otbr_rest_authorize(now, &home, RestOp::ReadNode);
        assert_eq!(r, Err(RestRefusal::NotAllowListed(home.addr)));
        c.set_otbr_rest_clients(vec!["::ffff:192.0.2.10".parse().expect("addr")]);
        audits(&mut c);
        for op in RestOp::ALL {
            let r = c.otbr_rest_authorize(now, &home, op);
            let a = audits(&mut c);
            if op.allowed() {
                assert_eq!(r, Ok(()));
                assert!(a.is_empty(), "{a:?}");
            } else {
                assert_eq!(r, Err(RestRefusal::NotSupported(op)));
                assert_eq!(a.len(), 1);
                assert_eq!(a[0].reason, "method_not_allowed");
            }
            let r = c.otbr_rest_authorize(now, &other, op);
            assert_eq!(r, Err(RestRefusal::NotAllowListed(other.addr)));
            let a = audits(&mut c);
            assert_eq!(a.len(), 1, "{a:?}");
            assert_eq!(
                (
                    a[0].actor.as_str(),
                    a[0].action.as_str(),
                    a[0].channel.as_str(),
                    a[0].reason.as_str()
                ),
                (
                    "otbr-rest:192.0.2.11",
                    "otbr_rest.refused",
                    "otbr-rest",
                    "client_not_allowed"
                )
            );
        }
        assert!(!RestOp::FactoryReset.allowed());
    }

    #[test]
    fn reads_of_secrets_and_writes_are_audited() {
        let (mut c, now) = core();
        audits(&mut c);
        let home = RestClient::new("127.0.0.1".parse().expect("addr"));
        c.otbr_rest_done(now, &home, RestOp::ReadNode, vec![], Ok(()));
        assert!(audits(&mut c).is_empty());
        c.otbr_rest_done(now, &home, RestOp::ReadActiveDataset, vec![], Ok(()));
        c.otbr_rest_done(
            now,
            &home,
            RestOp::WritePendingDataset,
            vec![("channel", 20.into())],
            Err("invalid_payload"),
        );
        c.otbr_rest_done(now, &home, RestOp::SetThreadState, vec![], Ok(()));
        let a = audits(&mut c);
        let got: Vec<(&str, &str, &str)> = a
            .iter()
            .map(|e| (e.action.as_str(), e.subject.as_str(), e.reason.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("otbr_rest.dataset_read", "dataset:active", "ok"),
                (
                    "otbr_rest.dataset_write",
                    "dataset:pending",
                    "invalid_payload"
                ),
                ("otbr_rest.thread_state", "thread:state", "ok"),
            ]
        );
        assert_eq!(a[1].details["channel"], 20);
        assert_eq!(a[0].actor, "otbr-rest:127.0.0.1");
    }
}
