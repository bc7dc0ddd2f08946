//! The glue between the commissioning core and the tables: carrying out
//! its [`Persist`] events, and reading back the [`Snapshot`] it restarts
//! from.
//!
//! [`Store::commit`] writes a batch of state changes and the audit records
//! that describe them in **one** transaction, so a crash leaves either both
//! or neither: never a half-paired device, never a decision without its
//! audit record.

use super::tables::UserRow;
use super::{Store, StoreError};
use crate::audit::AuditEvent;
use crate::commissioning::event::{DeviceState, Persist};
use crate::commissioning::{LedgerEntry, Snapshot, CODE_MEMORY};
use crate::time::UnixMillis;

impl Store {
    /// Applies `changes` then appends `audits` (stamped `wall`), atomically.
    pub fn commit(
        &mut self,
        wall: UnixMillis,
        changes: &[Persist],
        audits: &[AuditEvent],
    ) -> Result<(), StoreError> {
        if changes.is_empty() && audits.is_empty() {
            return Ok(());
        }
        self.in_transaction(|s| {
            for p in changes {
                s.apply(p)?;
            }
            if !audits.is_empty() {
                s.append_audit_in_transaction(wall, audits)?;
            }
            Ok(())
        })
    }

    /// Applies one state change (inside the caller's transaction, if any).
    pub fn apply(&self, p: &Persist) -> Result<(), StoreError> {
        match p {
            Persist::WindowOpened(w) => {
                self.insert_window(w)?;
            }
            Persist::WindowClosed { id, at, reason } => {
                self.close_window(*id, *at, reason)?;
            }
            Persist::WindowClass { id, class } => {
                self.set_window_class(*id, *class)?;
            }
            Persist::DeviceClasses(t) => self.set_device_classes(t.as_ref())?,
            Persist::TokenIssued(t) => self.insert_token(t)?,
            Persist::TokenRedeemed { cti, at } => {
                self.mark_token_redeemed(cti, *at)?;
            }
            Persist::TokenRevoked { cti, at } => {
                self.mark_token_revoked(cti, *at)?;
            }
            Persist::Device(d) => self.upsert_device(d)?,
            Persist::DeviceAttested(a) => self.put_device_attestation(a)?,
            Persist::CodeCreated(c) => self.insert_code(c)?,
            Persist::CodeUsed { hash, at, by } => {
                self.mark_code_used(hash, *at, by)?;
            }
            Persist::CodeCancelled { hash, at, by } => {
                self.cancel_code(hash, *at, by)?;
            }
            Persist::UserCreated(u) => self.insert_user(&UserRow {
                id: u.id.clone(),
                name: u.name.clone(),
                role: u.role,
                cert_fingerprint: None,
                created_ms: u.created,
                revoked_ms: None,
            })?,
            Persist::UserRevoked { id, at } => {
                self.set_user_revoked(id, *at)?;
            }
            Persist::Scope(r) => self.upsert_scope(r)?,
            Persist::ScopeForgotten(scope) => self.delete_scope(scope)?,
            Persist::SrpBound {
                host,
                device,
                at,
                by,
            } => self.put_srp_binding(host, device.as_str(), *at, by)?,
            Persist::SrpKeyPinned { host, key } => self.pin_srp_key(host, key)?,
            Persist::SrpUnbound { device } => self.delete_srp_bindings_of(device.as_str())?,
        }
        Ok(())
    }

    /// What the core needs after a restart at wall time `wall`.
    pub fn snapshot(&self, wall: UnixMillis) -> Result<Snapshot, StoreError> {
        let next_window_id = self.max_window_id()?.next();
        let open_windows = self
            .list_open_windows()?
            .into_iter()
            .map(|w| w.record.id)
            .collect();
        let devices = self
            .list_devices()?
            .into_iter()
            .map(|d| d.device)
            .filter(|d| d.state != DeviceState::Removed)
            .collect();
        let tokens = self
            .list_live_tokens(wall)?
            .into_iter()
            .map(|t| LedgerEntry {
                cti: t.record.cti,
                device: t.record.device,
                scope: t.record.scope,
                expires: t.record.expires,
                redeemed: t.redeemed_ms.is_some(),
                revoked: t.revoked_ms.is_some(),
            })
            .collect();
        let codes = self
            .list_codes_expiring_after(UnixMillis(
                wall.0.saturating_sub(CODE_MEMORY.as_millis() as i64),
            ))?
            .into_iter()
            .map(|c| c.record)
            .collect();
        Ok(Snapshot {
            next_window_id,
            open_windows,
            devices,
            tokens,
            codes,
            users_exist: self.count_users()? > 0,
            device_classes: self.stored_device_classes()?,
            scopes: self.list_scopes()?,
            srp_bindings: self
                .list_srp_bindings()?
                .into_iter()
                .map(|(h, d)| (h, d.into()))
                .collect(),
            srp_pins: self.list_srp_pins()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuditAction, Outcome};
    use crate::commissioning::event::{
        CodeKind, CodeRecord, DeviceRecord, TokenRecord, WindowRecord,
    };
    use crate::commissioning::policy::{DeviceClass, Role};
    use crate::commissioning::token::{Cti, Scope};
    use crate::commissioning::WindowId;

    #[test]
    fn failure_scopes_round_trip_through_the_snapshot() {
        use crate::commissioning::event::ScopeRecord;
        use crate::commissioning::LockScope;
        let (_d, mut s) = store();
        let src = LockScope::source("2001:db8:1:2::7".parse().expect("ip"));
        let rec = |scope: LockScope, count, until| ScopeRecord {
            scope,
            count,
            last: UnixMillis(5_000),
            locked_until: until,
        };
        let changes = vec![
            Persist::Scope(rec(src.clone(), 3, None)),
            Persist::Scope(rec(src.clone(), 0, Some(UnixMillis(305_000)))),
            Persist::Scope(rec(LockScope::Hub, 7, None)),
            Persist::Scope(rec(LockScope::Window(WindowId(4)), 1, None)),
            Persist::ScopeForgotten(LockScope::Window(WindowId(4))),
        ];
        s.commit(UnixMillis(5_000), &changes, &[]).expect("commit");
        let mut got = s.snapshot(UnixMillis(6_000)).expect("snapshot").scopes;
        got.sort_by(|a, b| a.scope.cmp(&b.scope));
        assert_eq!(
            got,
            vec![
                rec(src, 0, Some(UnixMillis(305_000))),
                rec(LockScope::Hub, 7, None),
            ]
        );
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        (dir, s)
    }

    fn window(id: u64) -> Persist {
        Persist::WindowOpened(WindowRecord {
            id: WindowId(id),
            opened_by: "u-1".into(),
            discriminator: 3840,
            vid: 0xFFF1,
            pid: 0x8001,
            class: DeviceClass::High,
            opened: UnixMillis(1_000),
            deadline: UnixMillis(181_000),
        })
    }

    fn ev(action: &str) -> AuditEvent {
        // Fixture names, not hub actions: the store keeps any text.
        AuditEvent {
            action: action.into(),
            ..AuditEvent::new(
                "system",
                AuditAction::DaemonStart,
                "s",
                "system",
                Outcome::Info,
                "ok",
            )
        }
    }

    #[test]
    fn snapshot_reads_back_what_was_applied() {
        let (_d, mut s) = store();
        let cti = Cti([7; 16]);
        let changes = vec![
            window(4),
            window(5),
            Persist::WindowClosed {
                id: WindowId(4),
                at: UnixMillis(2_000),
                reason: "paired",
            },
            Persist::TokenIssued(TokenRecord {
                cti,
                device: "dev".into(),
                user: "u-1".into(),
                window: WindowId(5),
                scope: Scope::Setup,
                issued: UnixMillis(1_000),
                expires: UnixMillis(100_000),
            }),
            Persist::TokenRedeemed {
                cti,
                at: UnixMillis(3_000),
            },
            Persist::Device(DeviceRecord {
                id: "dev".into(),
                vid: 0xFFF1,
                pid: 0x8001,
                discriminator: 3840,
                class: DeviceClass::High,
                state: DeviceState::Approved,
                scope: Some(Scope::Setup),
                approved_by: Some("u-1".into()),
                window: WindowId(5),
                full_by: Some(UnixMillis(100_000)),
                updated: UnixMillis(3_000),
                reason: "approved".into(),
            }),
            Persist::CodeCreated(CodeRecord {
                hash: "ab".repeat(32),
                kind: CodeKind::Invite,
                role: Role::Member,
                created_by: "u-1".into(),
                created: UnixMillis(1_000),
                expires: UnixMillis(90_000),
                used: None,
                cancelled: None,
            }),
            Persist::CodeCreated(CodeRecord {
                hash: "cd".repeat(32),
                kind: CodeKind::Invite,
                role: Role::Guest,
                created_by: "u-1".into(),
                created: UnixMillis(1_500),
                expires: UnixMillis(90_000),
                used: None,
                cancelled: None,
            }),
            Persist::CodeCancelled {
                hash: "cd".repeat(32),
                at: UnixMillis(3_500),
                by: "user:u-0".into(),
            },
            Persist::UserCreated(crate::commissioning::event::UserRecord {
                id: "u-2".into(),
                name: "Bob".into(),
                role: Role::Member,
                created: UnixMillis(4_000),
            }),
            Persist::CodeUsed {
                hash: "ab".repeat(32),
                at: UnixMillis(4_000),
                by: "u-2".into(),
            },
        ];
        s.commit(UnixMillis(4_000), &changes, &[ev("a"), ev("b")])
            .expect("commit");
        let snap = s.snapshot(UnixMillis(5_000)).expect("snapshot");
        assert_eq!(snap.next_window_id, WindowId(6));
        assert_eq!(snap.open_windows, vec![WindowId(5)]);
        assert!(snap.users_exist);
        assert_eq!(snap.tokens.len(), 1);
        assert!(snap.tokens[0].redeemed && !snap.tokens[0].revoked);
        assert_eq!(snap.tokens[0].cti, cti);
        assert_eq!(snap.devices.len(), 1);
        assert_eq!(snap.devices[0].state, DeviceState::Approved);
        assert_eq!(snap.devices[0].full_by, Some(UnixMillis(100_000)));
        assert_eq!(snap.codes.len(), 2);
        assert_eq!(snap.codes[0].used, Some(UnixMillis(4_000)));
        assert_eq!(snap.codes[0].cancelled, None);
        assert_eq!(
            (snap.codes[1].used, snap.codes[1].cancelled),
            (None, Some(UnixMillis(3_500)))
        );
        assert_eq!(s.verify_audit().expect("verify").records, 2);
        // Expired tokens are left out of the ledger.
        assert!(s
            .snapshot(UnixMillis(100_000))
            .expect("snapshot")
            .tokens
            .is_empty());
    }

    /// `host` bound to `device` by an owner.
    fn bound(host: &str, device: &str) -> Persist {
        Persist::SrpBound {
            host: host.into(),
            device: device.into(),
            at: UnixMillis(1_000),
            by: "user:u-1".into(),
        }
    }

    #[test]
    fn srp_bindings_are_kept_replaced_and_dropped_with_their_device() {
        let (_d, mut s) = store();
        let changes = vec![
            bound("node1", "dev-a"),
            bound("node2", "dev-a"),
            bound("node3", "dev-b"),
            bound("node3", "dev-c"),
        ];
        s.commit(UnixMillis(1_000), &changes, &[]).expect("commit");
        let snap = s.snapshot(UnixMillis(2_000)).expect("snapshot");
        let want: Vec<(String, crate::commissioning::DeviceId)> = vec![
            ("node1".into(), "dev-a".into()),
            ("node2".into(), "dev-a".into()),
            ("node3".into(), "dev-c".into()),
        ];
        assert_eq!(snap.srp_bindings, want);
        let gone = Persist::SrpUnbound {
            device: "dev-a".into(),
        };
        s.commit(UnixMillis(3_000), &[gone], &[]).expect("commit");
        let snap = s.snapshot(UnixMillis(4_000)).expect("snapshot");
        assert_eq!(snap.srp_bindings, vec![("node3".into(), "dev-c".into())]);
    }

    #[test]
    fn srp_key_pins_are_kept_and_go_with_a_new_binding_or_the_device() {
        let (_d, mut s) = store();
        let pin = |host: &str, key: &str| Persist::SrpKeyPinned {
            host: host.into(),
            key: key.into(),
        };
        let changes = vec![
            bound("node1", "dev-a"),
            bound("node2", "dev-b"),
            pin("node1", "k1"),
            pin("node2", "k2"),
            // No binding: nothing to pin.
            pin("node9", "k9"),
        ];
        s.commit(UnixMillis(1_000), &changes, &[]).expect("commit");
        let snap = s.snapshot(UnixMillis(2_000)).expect("snapshot");
        assert_eq!(
            snap.srp_pins,
            vec![("node1".into(), "k1".into()), ("node2".into(), "k2".into())]
        );
        // A new binding of node2 clears its pin; removing dev-a drops node1's.
        let more = vec![
            bound("node2", "dev-c"),
            Persist::SrpUnbound {
                device: "dev-a".into(),
            },
        ];
        s.commit(UnixMillis(3_000), &more, &[]).expect("commit");
        let snap = s.snapshot(UnixMillis(4_000)).expect("snapshot");
        assert!(snap.srp_pins.is_empty(), "{:?}", snap.srp_pins);
    }

    #[test]
    fn a_failing_change_rolls_back_the_whole_batch_and_its_audit() {
        let (_d, mut s) = store();
        s.commit(UnixMillis(1), &[window(1)], &[ev("first")])
            .expect("commit");
        // Window 1 again violates the primary key: nothing of this batch lands.
        let err = s.commit(UnixMillis(2), &[window(2), window(1)], &[ev("second")]);
        assert!(err.is_err());
        assert_eq!(
            s.max_window_id().expect("max"),
            WindowId(1),
            "window 2 rolled back"
        );
        let report = s.verify_audit().expect("verify");
        assert_eq!(
            report.records, 1,
            "the audit record of the failed batch rolled back"
        );
        assert!(report.is_intact());
        // And the store still works.
        s.commit(UnixMillis(3), &[window(2)], &[ev("third")])
            .expect("commit");
        assert_eq!(s.verify_audit().expect("verify").records, 2);
    }
}
