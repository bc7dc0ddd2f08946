//! The audit record and its hash chain (pure; persistence is in
//! [`crate::store::audit`]).
//!
//! Every decision the hub takes is described by an [`AuditEvent`] (who, what,
//! on which subject, through which channel, the outcome and why). The store
//! turns it into an [`AuditRecord`] by giving it the next `seq`, the wall
//! time, and chaining it:
//!
//! ```text
//! hash = SHA-256(prev_hash || canonical_encoding(record))
//! ```
//!
//! where `prev_hash` is the previous record's `hash` (32 zero bytes for
//! `seq = 1`). The canonical encoding is specified byte for byte in
//! `docs/audit.md` and implemented by [`AuditRecord::canonical_bytes`]; it
//! covers every field except the two hashes.
#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};

use crate::time::UnixMillis;

/// The genesis `prev_hash`.
pub const GENESIS_HASH: [u8; 32] = [0u8; 32];

/// The result a record describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The action happened.
    Success,
    /// The action was refused by policy or by a failed check.
    Denied,
    /// The action was attempted and failed for a reason that is not a
    /// policy decision (e.g. a timeout).
    Failure,
    /// A notable fact that is not a request (alerts, expiries).
    Info,
}

impl Outcome {
    /// The stable lower-case name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Denied => "denied",
            Outcome::Failure => "failure",
            Outcome::Info => "info",
        }
    }

    /// Parses [`Outcome::as_str`] back.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "success" => Outcome::Success,
            "denied" => Outcome::Denied,
            "failure" => Outcome::Failure,
            "info" => Outcome::Info,
            _ => return None,
        })
    }
}

/// Declares [`AuditAction`] from one table, so that the variant, its
/// stored name and [`AuditAction::ALL`] cannot drift apart.
macro_rules! audit_actions {
    ($($(#[doc = $doc:literal])* $variant:ident => $name:literal,)*) => {
        /// Every action the hub audits: the `action` field of an [`AuditEvent`].
        ///
        /// [`AuditAction::as_str`] gives the dotted name that is stored in the
        /// hash-chained log (and covered by its hashes): these strings never change
        /// (a test pins them). A new action is a new row of the table.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum AuditAction {
            $($(#[doc = $doc])* $variant,)*
        }

        impl AuditAction {
            /// Every action, in declaration order.
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant,)*];

            /// The dotted name, as stored in the log.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $name,)*
                }
            }
        }
    };
}

audit_actions! {
    /// `window.open`: a user opened (or was refused) a commissioning window.
    WindowOpen => "window.open",
    /// `window.close`: a window closed (by a user, on expiry, pairing, ...).
    WindowClose => "window.close",
    /// `window.class`: a window's class was raised at `/pair/start` (the policy's class for the attested VID/PID).
    WindowClass => "window.class",
    /// `policy.device_classes`: a user changed the device-class policy, or was refused reading or changing it.
    PolicyDeviceClasses => "policy.device_classes",
    /// `pake.start`: a device asked to start the PAKE in a window.
    PakeStart => "pake.start",
    /// `pake.confirm`: a device failed the PAKE confirmation.
    PakeConfirm => "pake.confirm",
    /// `pake.timeout`: a PAKE handshake outlived its timeout.
    PakeTimeout => "pake.timeout",
    /// `pake.admit`: a device that proved the passcode was admitted or refused.
    PakeAdmit => "pake.admit",
    /// `token.verify`: a presented token was refused.
    TokenVerify => "token.verify",
    /// `token.redeem`: a setup token was redeemed for a full one (or refused).
    TokenRedeem => "token.redeem",
    /// `token.revoke`: a user revoked a token.
    TokenRevoke => "token.revoke",
    /// `device.approve`: a user approved a high-risk device.
    DeviceApprove => "device.approve",
    /// `device.quarantine`: a device was quarantined.
    DeviceQuarantine => "device.quarantine",
    /// `device.remove`: a user removed a device.
    DeviceRemove => "device.remove",
    /// `enroll.bootstrap_code`: the one-time owner code was created.
    EnrollBootstrapCode => "enroll.bootstrap_code",
    /// `enroll.invite`: a user created (or was refused) an invite.
    EnrollInvite => "enroll.invite",
    /// `enroll.invite_list`: a user listed (or was refused) the pending invites.
    EnrollInviteList => "enroll.invite_list",
    /// `enroll.invite_cancel`: an invite was cancelled (by a user, or when its creator was revoked), or a cancel was refused.
    EnrollInviteCancel => "enroll.invite_cancel",
    /// `enroll.redeem`: a bootstrap or invite code was redeemed (or refused).
    EnrollRedeem => "enroll.redeem",
    /// `user.revoke`: a user was revoked.
    UserRevoke => "user.revoke",
    /// `pairing.unlock`: a pairing lock ended or an owner/admin lifted it.
    PairingUnlock => "pairing.unlock",
    /// `anomaly.alert`: the anomaly detector saw a burst.
    AnomalyAlert => "anomaly.alert",
    /// `pair.start`: a refusal on `/pair/start` decided by the pairing service.
    PairStart => "pair.start",
    /// `pair.pake`: a refusal on `/pair/pake`.
    PairPake => "pair.pake",
    /// `pair.confirm`: a refusal on `/pair/confirm`.
    PairConfirm => "pair.confirm",
    /// `pair.redeem`: a refusal on `/pair/redeem`.
    PairRedeem => "pair.redeem",
    /// `pair.request`: a request for an unknown pairing resource.
    PairRequest => "pair.request",
    /// `mdns.register`: a device registered (or was refused) mDNS services.
    MdnsRegister => "mdns.register",
    /// `mdns.rename`: an advertised name was renamed after a conflict.
    MdnsRename => "mdns.rename",
    /// `mdns.expire`: a device's service lease ran out.
    MdnsExpire => "mdns.expire",
    /// `tls.handshake`: a client was refused at the TLS handshake.
    TlsHandshake => "tls.handshake",
    /// `daemon.start`: the daemon started.
    DaemonStart => "daemon.start",
    /// `daemon.stop`: the daemon stopped.
    DaemonStop => "daemon.stop",
    /// `thread.radio_up`: the Thread radio came up.
    ThreadRadioUp => "thread.radio_up",
    /// `thread.radio_open`: the Thread radio could not be opened.
    ThreadRadioOpen => "thread.radio_open",
    /// `thread.radio_lost`: the Thread radio was lost.
    ThreadRadioLost => "thread.radio_lost",
    /// `thread.reopen`: a radio reopen was scheduled.
    ThreadReopen => "thread.reopen",
    /// `thread.recovered`: the radio recovered.
    ThreadRecovered => "thread.recovered",
    /// `thread.restarted`: the Thread stack restarted.
    ThreadRestarted => "thread.restarted",
    /// `thread.network_formed`: a Thread network was formed.
    ThreadNetworkFormed => "thread.network_formed",
    /// `thread.role`: the node's Thread role changed.
    ThreadRole => "thread.role",
    /// `thread.dataset_imported`: an operational dataset was imported.
    ThreadDatasetImported => "thread.dataset_imported",
    /// `thread.dataset_cleared`: the active dataset was deleted (a provisional dataset reverted); Thread waits for one.
    ThreadDatasetCleared => "thread.dataset_cleared",
    /// `pki.reload`: the device trust set was reloaded (or the reload refused).
    PkiReload => "pki.reload",
    /// `access.denied`: the role policy refused a user an operation (subject `action:<name>`).
    AccessDenied => "access.denied",
    /// `auth.refused`: the controller API refused a peer at authentication (an unknown or revoked user, a device certificate, an admin-socket peer of another uid).
    AuthRefused => "auth.refused",
    /// `thread.dataset_export`: a user read the active Thread dataset (it holds the network key), or the read failed.
    ThreadDatasetExport => "thread.dataset_export",
    /// `thread.dataset_import`: a user replaced the active Thread dataset, or the import failed.
    ThreadDatasetImport => "thread.dataset_import",
    /// `thread.joiner_add`: a window's Thread joiner entry was added to the hub's commissioner (or OpenThread refused it); never the PSKd.
    ThreadJoinerAdd => "thread.joiner_add",
    /// `thread.joiner`: a Thread joiner's session with the hub's commissioner ended: joined, wrong PSKd, or failed.
    ThreadJoiner => "thread.joiner",
    /// `thread.joiner_remove`: a window's Thread joiner entry left the commissioner (window closed, joined, expired).
    ThreadJoinerRemove => "thread.joiner_remove",
    /// `thread.srp_pending`: an SRP host no admitted device is bound to registered with the hub's SRP server: held, not published on the LAN (once per host).
    ThreadSrpPending => "thread.srp_pending",
    /// `thread.srp_refused`: an admitted device's SRP host was refused publication: another key than the one pinned for its binding, or more services than one device may have on the LAN.
    ThreadSrpRefused => "thread.srp_refused",
    /// `thread.srp_bind`: an owner or admin bound an SRP host name to an admitted device (or was refused), or a pairing device told its SRP host name.
    ThreadSrpBind => "thread.srp_bind",
    /// `thread.srp_publish`: a device's SRP services were published on the LAN, or withdrawn from it (empty set).
    ThreadSrpPublish => "thread.srp_publish",
    /// `thread.commissioner_allow`: an owner or admin allowed external commissioning through the border agent until a deadline (or was refused).
    ThreadCommissionerAllow => "thread.commissioner_allow",
    /// `thread.commissioner_revoke`: the commissioner allowance ended: revoked by an owner or admin, or expired.
    ThreadCommissionerRevoke => "thread.commissioner_revoke",
    /// `thread.border_agent`: the border agent started listening (on its UDP port) or stopped.
    ThreadBorderAgent => "thread.border_agent",
    /// `thread.ba_session`: a DTLS session with the border agent was established (PSKc proven), or handshakes failed (wrong PSKc; counted).
    ThreadAgentSession => "thread.ba_session",
    /// `thread.commissioner_petition`: the leader accepted an external commissioner's petition through the border agent.
    ThreadCommissionerPetition => "thread.commissioner_petition",
    /// `thread.commissioner_resign`: the external commissioner left the role: resigned, its session closed, or the agent stopped.
    ThreadCommissionerResign => "thread.commissioner_resign",
    /// `matter.window_open`: an owner or admin opened a Matter commissioning window (basic or enhanced), or was refused; a Matter administrator's over-the-air attempt is refused (`over_the_air`).
    MatterWindowOpen => "matter.window_open",
    /// `matter.window_close`: the Matter commissioning window closed: expired, revoked, after 20 failed PASE handshakes, or commissioning completed.
    MatterWindowClose => "matter.window_close",
    /// `matter.pase`: a PASE handshake ended (success or its failure); attempts while no window is open are summarised per minute.
    MatterPase => "matter.pase",
    /// `matter.failsafe`: a controller armed or disarmed the fail-safe, or it expired (what was done under it is rolled back).
    MatterFailsafe => "matter.failsafe",
    /// `matter.fabric_added`: AddNOC added a fabric (root certificate fingerprint, fabric id, vendor id, the hub's node id).
    MatterFabricAdded => "matter.fabric_added",
    /// `matter.fabric_removed`: a fabric was removed: by a Matter administrator (RemoveFabric), by an owner or admin (our API/CLI), or rolled back.
    MatterFabricRemoved => "matter.fabric_removed",
    /// `matter.commissioned`: a controller completed commissioning (CommissioningComplete).
    MatterCommissioned => "matter.commissioned",
    /// `matter.dataset_read`: a Matter controller asked for the active or pending Thread dataset: answered, or refused (not over CASE, no Manage privilege, rate-limited).
    MatterDatasetRead => "matter.dataset_read",
    /// `matter.dataset_set`: a Matter controller asked to set the active Thread dataset of a hub without one (provisional under its fail-safe; reverted if it expires) or to schedule a pending one (a migration of the network): set or scheduled, or refused; and a provisional dataset's revert.
    MatterDatasetSet => "matter.dataset_set",
    /// `otbr_rest.refused`: the OTBR REST listener refused a client: its address is not in `[otbr_rest] allow`, or the operation is not one the listener may do (factory reset).
    OtbrRestRefused => "otbr_rest.refused",
    /// `otbr_rest.dataset_read`: an OTBR REST client read the active or pending Thread dataset (it holds the network key), or the read failed.
    OtbrRestDatasetRead => "otbr_rest.dataset_read",
    /// `otbr_rest.dataset_write`: an OTBR REST client set the active Thread dataset or scheduled a pending one, or was refused.
    OtbrRestDatasetWrite => "otbr_rest.dataset_write",
    /// `otbr_rest.thread_state`: an OTBR REST client turned Thread on or off, or was refused.
    OtbrRestThreadState => "otbr_rest.thread_state",
    /// `dashboard.link`: a user (or the local administrator) asked for a one-time dashboard login link: issued, or refused.
    DashboardLink => "dashboard.link",
    /// `dashboard.login`: a browser traded a login link for a session, or was refused (the link unknown, used or expired).
    DashboardLogin => "dashboard.login",
    /// `dashboard.logout`: dashboard sessions ended: signed out, evicted by a newer one, or their user revoked.
    DashboardLogout => "dashboard.logout",
    /// `dashboard.csrf`: a dashboard form without its session's CSRF token was refused.
    DashboardCsrf => "dashboard.csrf",
}

impl AuditAction {
    /// Parses [`AuditAction::as_str`] back (`None` for a name the hub does
    /// not write, e.g. in a log written by another tool).
    pub fn parse(s: &str) -> Option<Self> {
        AuditAction::ALL.iter().copied().find(|a| a.as_str() == s)
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What happened, as the commissioning core or a driver reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Who acted: `user:<id>`, `device:<fingerprint>`, `system`, `operator`.
    pub actor: String,
    /// Dotted action name, e.g. `window.open`, `token.redeem`: an
    /// [`AuditAction::as_str`] for every record the hub writes (a `String`
    /// because records are read back from logs as they are).
    pub action: String,
    /// What it was done to: a device fingerprint, a user id, a window id.
    pub subject: String,
    /// Channel the request came through: `api`, `coap`, `local`, `system`.
    pub channel: String,
    /// The decision.
    pub outcome: Outcome,
    /// Why, as a short stable machine-readable reason (`ok` on success).
    pub reason: String,
    /// Further structured details (a JSON object; keys are sorted when hashed).
    pub details: serde_json::Value,
}

impl AuditEvent {
    /// A new event with empty details.
    pub fn new(
        actor: impl Into<String>,
        action: AuditAction,
        subject: impl Into<String>,
        channel: impl Into<String>,
        outcome: Outcome,
        reason: impl Into<String>,
    ) -> Self {
        AuditEvent {
            actor: actor.into(),
            action: action.as_str().to_owned(),
            subject: subject.into(),
            channel: channel.into(),
            outcome,
            reason: reason.into(),
            details: serde_json::Value::Object(Default::default()),
        }
    }

    /// Adds one detail key.
    pub fn with(mut self, key: &str, value: impl Into<serde_json::Value>) -> Self {
        if let serde_json::Value::Object(map) = &mut self.details {
            map.insert(key.to_owned(), value.into());
        }
        self
    }
}

/// A persisted, chained audit record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Position in the chain, from 1, without gaps.
    pub seq: u64,
    /// Wall time the record was written.
    pub wall_ms: UnixMillis,
    /// The event.
    #[serde(flatten)]
    pub event: AuditEvent,
    /// The previous record's hash (hex in JSON).
    #[serde(with = "hex32")]
    pub prev_hash: [u8; 32],
    /// This record's hash (hex in JSON).
    #[serde(with = "hex32")]
    pub hash: [u8; 32],
}

impl AuditRecord {
    /// Builds and hashes the record that follows `prev_hash`.
    pub fn chain(seq: u64, wall_ms: UnixMillis, event: AuditEvent, prev_hash: [u8; 32]) -> Self {
        let mut rec = AuditRecord {
            seq,
            wall_ms,
            event,
            prev_hash,
            hash: [0; 32],
        };
        rec.hash = rec.compute_hash();
        rec
    }

    /// `SHA-256(prev_hash || canonical_bytes())`.
    pub fn compute_hash(&self) -> [u8; 32] {
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(&self.prev_hash);
        ctx.update(&self.canonical_bytes());
        let digest = ctx.finish();
        let mut out = [0u8; 32];
        out.copy_from_slice(digest.as_ref());
        out
    }

    /// The canonical encoding (docs/audit.md):
    ///
    /// ```text
    /// "THAR1" (5 bytes, format tag)
    /// seq      u64 big-endian
    /// wall_ms  i64 big-endian
    /// actor, action, subject, channel, outcome, reason, details:
    ///          each u32 big-endian byte length || UTF-8 bytes
    /// ```
    ///
    /// `details` is its compact JSON rendering with object keys sorted.
    pub fn canonical_bytes(&self) -> Vec<u8> {
        let details = canonical_json(&self.event.details);
        let fields: [&str; 7] = [
            &self.event.actor,
            &self.event.action,
            &self.event.subject,
            &self.event.channel,
            self.event.outcome.as_str(),
            &self.event.reason,
            &details,
        ];
        let mut out =
            Vec::with_capacity(5 + 16 + fields.iter().map(|f| 4 + f.len()).sum::<usize>());
        out.extend_from_slice(b"THAR1");
        out.extend_from_slice(&self.seq.to_be_bytes());
        out.extend_from_slice(&self.wall_ms.0.to_be_bytes());
        for f in fields {
            let len = u32::try_from(f.len()).unwrap_or(u32::MAX);
            out.extend_from_slice(&len.to_be_bytes());
            out.extend_from_slice(f.as_bytes());
        }
        out
    }
}

/// Compact JSON with object keys sorted at every level (serde_json's `Map` is
/// a `BTreeMap` in this crate: the `preserve_order` feature is not enabled).
pub fn canonical_json(v: &serde_json::Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

mod hex32 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let s = String::deserialize(d)?;
        let v = hex::decode(&s).map_err(serde::de::Error::custom)?;
        v.try_into()
            .map_err(|_| serde::de::Error::custom("expected 32 bytes"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev() -> AuditEvent {
        AuditEvent::new(
            "user:1",
            AuditAction::WindowOpen,
            "disc:3840",
            "api",
            Outcome::Success,
            "ok",
        )
        .with("ttl_ms", 180_000)
        .with("class", "low")
    }

    #[test]
    fn chain_links_and_detects_change() {
        let a = AuditRecord::chain(1, UnixMillis(1000), ev(), GENESIS_HASH);
        let b = AuditRecord::chain(2, UnixMillis(1001), ev(), a.hash);
        assert_eq!(b.prev_hash, a.hash);
        assert_eq!(b.compute_hash(), b.hash);
        let mut c = b.clone();
        c.event.reason = "changed".into();
        assert_ne!(c.compute_hash(), b.hash);
        let mut d = b.clone();
        d.seq = 3;
        assert_ne!(d.compute_hash(), b.hash);
    }

    #[test]
    fn details_key_order_does_not_matter() {
        let x = AuditEvent::new("a", AuditAction::DaemonStart, "c", "d", Outcome::Info, "r")
            .with("z", 1)
            .with("a", 2);
        let y = AuditEvent::new("a", AuditAction::DaemonStart, "c", "d", Outcome::Info, "r")
            .with("a", 2)
            .with("z", 1);
        let rx = AuditRecord::chain(1, UnixMillis(0), x, GENESIS_HASH);
        let ry = AuditRecord::chain(1, UnixMillis(0), y, GENESIS_HASH);
        assert_eq!(rx.hash, ry.hash);
    }

    #[test]
    fn field_boundaries_are_unambiguous() {
        // The action field holds any stored text: set it directly to make
        // the two fields' boundary the only difference.
        let x = AuditEvent {
            action: "c".into(),
            ..AuditEvent::new(
                "ab",
                AuditAction::DaemonStart,
                "s",
                "ch",
                Outcome::Info,
                "r",
            )
        };
        let y = AuditEvent {
            action: "bc".into(),
            ..AuditEvent::new("a", AuditAction::DaemonStart, "s", "ch", Outcome::Info, "r")
        };
        let rx = AuditRecord::chain(1, UnixMillis(0), x, GENESIS_HASH);
        let ry = AuditRecord::chain(1, UnixMillis(0), y, GENESIS_HASH);
        assert_ne!(rx.hash, ry.hash);
    }

    #[test]
    fn json_round_trip() {
        let a = AuditRecord::chain(1, UnixMillis(1000), ev(), GENESIS_HASH);
        let s = serde_json::to_string(&a).expect("serialize");
        let back: AuditRecord = serde_json::from_str(&s).expect("parse");
        assert_eq!(a, back);
    }

    /// The stored names are part of the hash-chained log format: pin them.
    #[test]
    fn action_names_are_pinned() {
        let names: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(
            names,
            [
                "window.open",
                "window.close",
                "window.class",
                "policy.device_classes",
                "pake.start",
                "pake.confirm",
                "pake.timeout",
                "pake.admit",
                "token.verify",
                "token.redeem",
                "token.revoke",
                "device.approve",
                "device.quarantine",
                "device.remove",
                "enroll.bootstrap_code",
                "enroll.invite",
                "enroll.invite_list",
                "enroll.invite_cancel",
                "enroll.redeem",
                "user.revoke",
                "pairing.unlock",
                "anomaly.alert",
                "pair.start",
                "pair.pake",
                "pair.confirm",
                "pair.redeem",
                "pair.request",
                "mdns.register",
                "mdns.rename",
                "mdns.expire",
                "tls.handshake",
                "daemon.start",
                "daemon.stop",
                "thread.radio_up",
                "thread.radio_open",
                "thread.radio_lost",
                "thread.reopen",
                "thread.recovered",
                "thread.restarted",
                "thread.network_formed",
                "thread.role",
                "thread.dataset_imported",
                "thread.dataset_cleared",
                "pki.reload",
                "access.denied",
                "auth.refused",
                "thread.dataset_export",
                "thread.dataset_import",
                "thread.joiner_add",
                "thread.joiner",
                "thread.joiner_remove",
                "thread.srp_pending",
                "thread.srp_refused",
                "thread.srp_bind",
                "thread.srp_publish",
                "thread.commissioner_allow",
                "thread.commissioner_revoke",
                "thread.border_agent",
                "thread.ba_session",
                "thread.commissioner_petition",
                "thread.commissioner_resign",
                "matter.window_open",
                "matter.window_close",
                "matter.pase",
                "matter.failsafe",
                "matter.fabric_added",
                "matter.fabric_removed",
                "matter.commissioned",
                "matter.dataset_read",
                "matter.dataset_set",
                "otbr_rest.refused",
                "otbr_rest.dataset_read",
                "otbr_rest.dataset_write",
                "otbr_rest.thread_state",
                "dashboard.link",
                "dashboard.login",
                "dashboard.logout",
                "dashboard.csrf",
            ]
        );
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(*a));
        }
        assert_eq!(AuditAction::parse("crash.append"), None);
    }

    /// docs/audit.md lists exactly these actions.
    #[test]
    fn the_docs_table_lists_every_action() {
        let doc = include_str!("../docs/audit.md");
        let section = doc
            .split("## Actions")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("an Actions section");
        let documented: Vec<&str> = section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        let actual: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(documented, actual);
    }
}
