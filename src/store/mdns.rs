//! The `mdns_services` table: devices' registered services, so that a
//! restart republishes them (docs/mdns.md).
//!
//! The store keeps each device's set as an opaque JSON body with its lease
//! end; what the body means belongs to the mDNS driver
//! ([`crate::mdns::persist`]), which encodes and decodes it.

use rusqlite::params;

use super::{Store, StoreError};
use crate::audit::AuditEvent;
use crate::time::UnixMillis;

/// One row of `mdns_services`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdnsServicesRow {
    /// The device id.
    pub device: String,
    /// Its registration set (JSON, written by the mDNS driver).
    pub body: String,
    /// When the lease ends.
    pub expires: UnixMillis,
}

impl Store {
    /// Replaces (`Some((body, expires))`) or deletes (`None`) `device`'s
    /// registrations and appends `audit`, stamped `now`, in one
    /// transaction. Durable on return.
    pub fn save_mdns_services(
        &mut self,
        device: &str,
        services: Option<(&str, UnixMillis)>,
        now: UnixMillis,
        audit: &[AuditEvent],
    ) -> Result<(), StoreError> {
        self.in_transaction(|s| {
            match services {
                Some((body, expires)) => s.put_mdns_services(device, body, expires, now)?,
                None => {
                    s.delete_mdns_services(device)?;
                }
            }
            s.append_audit_in_transaction(now, audit).map(|_| ())
        })
    }

    /// Stores (replaces) a device's registrations with their lease end.
    /// Durable on return.
    pub fn put_mdns_services(
        &mut self,
        device: &str,
        body: &str,
        expires: UnixMillis,
        now: UnixMillis,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO mdns_services (device, body, expires_ms, updated_ms)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (device) DO UPDATE SET body = ?2, expires_ms = ?3, updated_ms = ?4",
            params![device, body, expires.0, now.0],
        )?;
        Ok(())
    }

    /// Deletes a device's registrations; `true` if there were any.
    pub fn delete_mdns_services(&mut self, device: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .execute("DELETE FROM mdns_services WHERE device = ?1", [device])?
            > 0)
    }

    /// Every stored registration set with its lease end, by device id.
    pub fn list_mdns_services(&self) -> Result<Vec<MdnsServicesRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT device, body, expires_ms FROM mdns_services ORDER BY device")?;
        let rows = stmt.query_map([], |r| {
            Ok(MdnsServicesRow {
                device: r.get(0)?,
                body: r.get(1)?,
                expires: UnixMillis(r.get(2)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::audit::{AuditAction, AuditEvent, Outcome};
    use crate::store::Store;
    use crate::time::UnixMillis;

    #[test]
    fn rows_round_trip_and_survive_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut st = Store::open(dir.path()).unwrap();
            st.put_mdns_services("abcd", "{}", UnixMillis(2000), UnixMillis(1000))
                .unwrap();
            st.put_mdns_services("abcd", "{\"a\":1}", UnixMillis(3000), UnixMillis(1500))
                .unwrap();
        }
        let mut st = Store::open(dir.path()).unwrap();
        let rows = st.list_mdns_services().unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].device, "abcd");
        assert_eq!(rows[0].body, "{\"a\":1}");
        assert_eq!(rows[0].expires, UnixMillis(3000));
        assert!(st.delete_mdns_services("abcd").unwrap());
        assert!(!st.delete_mdns_services("abcd").unwrap());
        assert!(st.list_mdns_services().unwrap().is_empty());
    }

    #[test]
    fn save_writes_the_set_and_its_audit_together() {
        let dir = tempfile::tempdir().unwrap();
        let mut st = Store::open(dir.path()).unwrap();
        let ev = AuditEvent::new(
            "d",
            AuditAction::MdnsRegister,
            "d",
            "coap",
            Outcome::Success,
            "ok",
        );
        st.save_mdns_services(
            "d",
            Some(("{}", UnixMillis(9))),
            UnixMillis(1),
            std::slice::from_ref(&ev),
        )
        .unwrap();
        assert_eq!(st.list_mdns_services().unwrap().len(), 1);
        st.save_mdns_services("d", None, UnixMillis(2), &[ev])
            .unwrap();
        assert!(st.list_mdns_services().unwrap().is_empty());
        assert_eq!(st.audit_tail(10).unwrap().len(), 2);
    }
}
