//! The `mdns_services` table: devices' registered services, so that a
//! restart republishes them (docs/mdns.md).

use rusqlite::params;

use super::{Store, StoreError};
use crate::mdns::state::DeviceServices;
use crate::time::UnixMillis;

impl Store {
    /// Stores (replaces) a device's registrations with their lease end.
    /// Durable on return.
    pub fn put_mdns_services(
        &mut self,
        services: &DeviceServices,
        expires: UnixMillis,
        now: UnixMillis,
    ) -> Result<(), StoreError> {
        let body = serde_json::to_string(services).map_err(|e| StoreError::Corrupt {
            table: "mdns_services",
            message: e.to_string(),
        })?;
        self.conn.execute(
            "INSERT INTO mdns_services (device, body, expires_ms, updated_ms)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (device) DO UPDATE SET body = ?2, expires_ms = ?3, updated_ms = ?4",
            params![services.device, body, expires.0, now.0],
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
    pub fn list_mdns_services(&self) -> Result<Vec<(DeviceServices, UnixMillis)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT body, expires_ms FROM mdns_services ORDER BY device")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (body, expires) = row?;
            let s: DeviceServices =
                serde_json::from_str(&body).map_err(|e| StoreError::Corrupt {
                    table: "mdns_services",
                    message: e.to_string(),
                })?;
            out.push((s, UnixMillis(expires)));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::mdns::state::{Assigned, DeviceServices, Registration};
    use crate::store::Store;
    use crate::time::UnixMillis;

    #[test]
    fn registrations_round_trip_and_survive_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let s = DeviceServices {
            device: "abcd".into(),
            host: "dev-abcd".into(),
            addresses: vec!["192.0.2.1".parse().unwrap()],
            services: vec![Assigned {
                registration: Registration {
                    instance: "Lamp".into(),
                    service_type: "_hap._tcp".into(),
                    subtypes: vec!["_light".into()],
                    port: 80,
                    txt: vec![("a".into(), "b".into())],
                },
                instance: "Lamp (2)".into(),
            }],
        };
        {
            let mut st = Store::open(dir.path()).unwrap();
            st.put_mdns_services(&s, UnixMillis(2000), UnixMillis(1000))
                .unwrap();
            st.put_mdns_services(&s, UnixMillis(3000), UnixMillis(1500))
                .unwrap();
        }
        let mut st = Store::open(dir.path()).unwrap();
        assert_eq!(
            st.list_mdns_services().unwrap(),
            vec![(s, UnixMillis(3000))]
        );
        assert!(st.delete_mdns_services("abcd").unwrap());
        assert!(!st.delete_mdns_services("abcd").unwrap());
        assert!(st.list_mdns_services().unwrap().is_empty());
    }
}
