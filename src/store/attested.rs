//! The `device_attestations` table: for each device that proved the
//! passcode, the DAC and PAI (DER) and the firmware version it presented,
//! written with its `pending` record ([`Persist::DeviceAttested`] in the
//! same transaction). A trust reload reads them back
//! ([`Store::list_attested_devices`]) to judge the devices again.
//!
//! [`Persist::DeviceAttested`]: crate::commissioning::event::Persist::DeviceAttested

use rusqlite::params;

use super::{Store, StoreError};
use crate::commissioning::event::AttestationRecord;
use crate::commissioning::DeviceId;

/// A device still in (pending, approved or admitted) with what it
/// presented when it paired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttestedDeviceRow {
    /// Device id.
    pub device: DeviceId,
    /// Vendor id (of its window: the DAC's, checked at `/pair/start`).
    pub vid: u16,
    /// Product id.
    pub pid: u16,
    /// The DAC (DER).
    pub dac: Vec<u8>,
    /// The PAI (DER).
    pub pai: Vec<u8>,
    /// The firmware version it reported.
    pub firmware: u32,
}

impl Store {
    /// Records (replaces, for a device that pairs again after removal)
    /// what a device presented.
    pub fn put_device_attestation(&self, r: &AttestationRecord) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO device_attestations (device, dac, pai, firmware, recorded_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (device) DO UPDATE SET
                 dac = excluded.dac, pai = excluded.pai,
                 firmware = excluded.firmware, recorded_ms = excluded.recorded_ms",
            params![
                r.device,
                r.attestation.dac,
                r.attestation.pai,
                r.attestation.firmware,
                r.at.0
            ],
        )?;
        Ok(())
    }

    /// Every pending, approved or admitted device with a recorded
    /// attestation, by id (devices paired before the table existed have
    /// none and are not listed).
    pub fn list_attested_devices(&self) -> Result<Vec<AttestedDeviceRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.vid, d.pid, a.dac, a.pai, a.firmware
             FROM devices d JOIN device_attestations a ON a.device = d.id
             WHERE d.state IN ('pending', 'approved', 'admitted')
             ORDER BY d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AttestedDeviceRow {
                device: r.get(0)?,
                vid: r.get::<_, Option<u16>>(1)?.unwrap_or_default(),
                pid: r.get::<_, Option<u16>>(2)?.unwrap_or_default(),
                dac: r.get(3)?,
                pai: r.get(4)?,
                firmware: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::commissioning::event::{
        AttestationRecord, DeviceAttestation, DeviceRecord, DeviceState, Persist,
    };
    use crate::commissioning::ids::WindowId;
    use crate::commissioning::policy::DeviceClass;
    use crate::store::Store;
    use crate::time::UnixMillis;

    fn device(id: &str, state: DeviceState) -> Persist {
        Persist::Device(DeviceRecord {
            id: id.into(),
            vid: 0xFFF1,
            pid: 0x8001,
            discriminator: 1,
            class: DeviceClass::Low,
            state,
            scope: None,
            approved_by: None,
            window: WindowId(1),
            full_by: None,
            updated: UnixMillis(1),
            reason: "pake_ok".into(),
        })
    }

    fn attested(id: &str, firmware: u32) -> Persist {
        Persist::DeviceAttested(AttestationRecord {
            device: id.into(),
            attestation: DeviceAttestation {
                dac: vec![1, 2],
                pai: vec![3],
                firmware,
            },
            at: UnixMillis(1),
        })
    }

    #[test]
    fn the_chain_is_written_with_the_device_and_listed_while_it_is_in() {
        let dir = tempfile::tempdir().unwrap();
        let mut st = Store::open(dir.path()).unwrap();
        st.commit(
            UnixMillis(1),
            &[
                device("a", DeviceState::Pending),
                attested("a", 1),
                device("b", DeviceState::Pending),
                attested("b", 2),
                device("c", DeviceState::Pending),
            ],
            &[],
        )
        .unwrap();
        // Paired again after removal: the newer chain replaces the older.
        st.commit(UnixMillis(2), &[attested("a", 7)], &[]).unwrap();
        st.commit(UnixMillis(3), &[device("b", DeviceState::Quarantined)], &[])
            .unwrap();
        let rows = st.list_attested_devices().unwrap();
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].device.as_str(), "a");
        assert_eq!((rows[0].vid, rows[0].pid), (0xFFF1, 0x8001));
        assert_eq!(
            (rows[0].dac.as_slice(), rows[0].firmware),
            (&[1u8, 2][..], 7)
        );
    }
}
