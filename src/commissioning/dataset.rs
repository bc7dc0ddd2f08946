//! Thread operational datasets as the hub's rules see them: the TLV walk
//! every check shares, what an active dataset must carry, and what a
//! *pending* dataset (a scheduled migration of the whole Thread network
//! to new parameters) must satisfy before the hub hands it to OpenThread.
//! Sans-IO: the caller passes the datasets in force; nothing here reads
//! the radio.
//!
//! # Byte layout
//!
//! A dataset is a sequence of MeshCoP TLVs, at most 254 bytes (Thread
//! 1.3, section 8.10): `type: u8, length: u8, value: [u8; length]`. The
//! ones the rules read:
//!
//! | type | name               | value                                   |
//! |------|--------------------|-----------------------------------------|
//! | 0    | channel            | page `u8`, channel `u16` big-endian     |
//! | 1    | PAN id             | `u16` big-endian                        |
//! | 2    | extended PAN id    | 8 bytes                                 |
//! | 3    | network name       | 1..=16 bytes UTF-8                      |
//! | 5    | network key        | 16 bytes                                |
//! | 7    | mesh-local prefix  | 8 bytes                                 |
//! | 14   | active timestamp   | `u64` big-endian (48-bit seconds, 15-bit ticks, U bit) |
//! | 51   | pending timestamp  | `u64`, same layout                      |
//! | 52   | delay timer        | `u32` big-endian, milliseconds          |
//!
//! # The pending-dataset rule ([`plan_pending`])
//!
//! A migration moves every node of the network, sleepy ones included, so
//! the hub accepts one only when it can take effect cleanly:
//!
//! * the TLVs are well formed and carry everything an active dataset
//!   needs, plus the active timestamp, the pending timestamp and the
//!   delay timer;
//! * its active timestamp is newer than the dataset in force (otherwise
//!   OpenThread would never switch to it), and its pending timestamp is
//!   newer than a pending dataset already scheduled (otherwise it would
//!   not replace it);
//! * the delay is the Thread specification's, as a leader applies it to
//!   `MGMT_PENDING_SET`: at least [`MIN_DELAY`] (30 s), at least
//!   [`KEY_CHANGE_DELAY`] (5 min) when the network key changes, so that
//!   sleepy children wake before the switch, at most [`MAX_DELAY`]
//!   (72 h). A shorter or longer delay is raised or lowered, not
//!   refused, and the record says both values.
//!
//! Anything else is refused with the reason ([`PendingRefusal`]); the
//! caller audits the decision either way, without the network key.
#![forbid(unsafe_code)]

use std::fmt;
use std::time::Duration;

use zeroize::Zeroizing;

/// The largest dataset (Thread 1.3).
pub const MAX_DATASET_LEN: usize = 254;

/// TLV types.
pub mod tlv {
    /// Channel (page, channel).
    pub const CHANNEL: u8 = 0;
    /// PAN id.
    pub const PAN_ID: u8 = 1;
    /// Extended PAN id.
    pub const EXT_PAN_ID: u8 = 2;
    /// Network name.
    pub const NETWORK_NAME: u8 = 3;
    /// Network key.
    pub const NETWORK_KEY: u8 = 5;
    /// Mesh-local prefix.
    pub const MESH_LOCAL_PREFIX: u8 = 7;
    /// Active timestamp.
    pub const ACTIVE_TIMESTAMP: u8 = 14;
    /// Pending timestamp.
    pub const PENDING_TIMESTAMP: u8 = 51;
    /// Delay timer.
    pub const DELAY_TIMER: u8 = 52;
}

/// TLV types an active dataset must carry to be attachable.
const REQUIRED_ACTIVE: [(u8, &str); 6] = [
    (tlv::CHANNEL, "channel"),
    (tlv::PAN_ID, "PAN id"),
    (tlv::EXT_PAN_ID, "extended PAN id"),
    (tlv::NETWORK_NAME, "network name"),
    (tlv::NETWORK_KEY, "network key"),
    (tlv::MESH_LOCAL_PREFIX, "mesh-local prefix"),
];

/// What a pending dataset needs on top.
const REQUIRED_PENDING: [(u8, &str); 3] = [
    (tlv::ACTIVE_TIMESTAMP, "active timestamp"),
    (tlv::PENDING_TIMESTAMP, "pending timestamp"),
    (tlv::DELAY_TIMER, "delay timer"),
];

/// The shortest delay before a pending dataset takes effect (Thread:
/// the leader's minimal delay timer).
pub const MIN_DELAY: Duration = Duration::from_secs(30);
/// The shortest delay when the network key changes (Thread's default
/// delay timer), so that sleepy children learn the new key in time.
pub const KEY_CHANGE_DELAY: Duration = Duration::from_secs(300);
/// The longest delay (OpenThread's limit, 72 hours).
pub const MAX_DELAY: Duration = Duration::from_secs(72 * 3600);

/// A dataset that is not a well-formed TLV sequence, or lacks a TLV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(pub String);

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Malformed {}

/// A parsed dataset: its TLVs in order, borrowed.
#[derive(Debug, Clone)]
pub struct Tlvs<'a> {
    items: Vec<(u8, &'a [u8])>,
}

impl<'a> Tlvs<'a> {
    /// Walks `bytes` (empty, oversized or truncated: [`Malformed`]).
    pub fn parse(bytes: &'a [u8]) -> Result<Tlvs<'a>, Malformed> {
        if bytes.is_empty() {
            return Err(Malformed("empty".into()));
        }
        if bytes.len() > MAX_DATASET_LEN {
            return Err(Malformed(format!(
                "{} bytes, more than the {MAX_DATASET_LEN} a dataset can hold",
                bytes.len()
            )));
        }
        let mut items = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let t = bytes[at];
            let Some(&len) = bytes.get(at + 1) else {
                return Err(Malformed(format!("TLV at offset {at} has no length")));
            };
            let end = at + 2 + usize::from(len);
            let Some(value) = bytes.get(at + 2..end) else {
                return Err(Malformed(format!(
                    "TLV type {t} at offset {at} runs past the end"
                )));
            };
            items.push((t, value));
            at = end;
        }
        Ok(Tlvs { items })
    }

    /// The value of the first TLV of type `t`.
    pub fn get(&self, t: u8) -> Option<&'a [u8]> {
        self.items.iter().find(|(ty, _)| *ty == t).map(|(_, v)| *v)
    }

    fn require(&self, list: &[(u8, &str)]) -> Result<(), Malformed> {
        for (t, name) in list {
            if self.get(*t).is_none() {
                return Err(Malformed(format!("no {name} TLV (type {t})")));
            }
        }
        Ok(())
    }

    fn u64_of(&self, t: u8) -> Option<u64> {
        Some(u64::from_be_bytes(self.get(t)?.try_into().ok()?))
    }

    /// The active timestamp (TLV 14), when present and 8 bytes long.
    pub fn active_timestamp(&self) -> Option<u64> {
        self.u64_of(tlv::ACTIVE_TIMESTAMP)
    }

    /// The pending timestamp (TLV 51).
    pub fn pending_timestamp(&self) -> Option<u64> {
        self.u64_of(tlv::PENDING_TIMESTAMP)
    }

    /// The delay timer (TLV 52), milliseconds.
    pub fn delay_ms(&self) -> Option<u32> {
        Some(u32::from_be_bytes(
            self.get(tlv::DELAY_TIMER)?.try_into().ok()?,
        ))
    }

    /// The channel (TLV 0: page, then the channel).
    pub fn channel(&self) -> Option<u16> {
        let v = self.get(tlv::CHANNEL)?;
        Some(u16::from_be_bytes(v.get(1..3)?.try_into().ok()?))
    }

    /// The PAN id (TLV 1).
    pub fn pan_id(&self) -> Option<u16> {
        Some(u16::from_be_bytes(self.get(tlv::PAN_ID)?.try_into().ok()?))
    }

    /// The extended PAN id (TLV 2), hex.
    pub fn ext_pan_id(&self) -> Option<String> {
        self.get(tlv::EXT_PAN_ID).map(hex::encode)
    }

    /// The bytes, with the value of TLV `t` (present, same length)
    /// replaced by `value`.
    fn with_value(&self, t: u8, value: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(MAX_DATASET_LEN);
        for (ty, v) in &self.items {
            out.push(*ty);
            if *ty == t {
                out.push(value.len() as u8);
                out.extend_from_slice(value);
            } else {
                out.push(v.len() as u8);
                out.extend_from_slice(v);
            }
        }
        out
    }
}

/// Checks that `bytes` is an attachable active dataset: well-formed TLVs
/// carrying the channel, PAN id, extended PAN id, network name, network
/// key and mesh-local prefix. OpenThread checks the values again.
pub fn check_active(bytes: &[u8]) -> Result<(), Malformed> {
    Tlvs::parse(bytes)?.require(&REQUIRED_ACTIVE)
}

/// The active timestamp of a dataset (`None`: malformed or absent).
pub fn active_timestamp(bytes: &[u8]) -> Option<u64> {
    Tlvs::parse(bytes).ok()?.active_timestamp()
}

/// The pending timestamp of a dataset (`None`: malformed or absent).
pub fn pending_timestamp(bytes: &[u8]) -> Option<u64> {
    Tlvs::parse(bytes).ok()?.pending_timestamp()
}

/// Why a pending dataset was not scheduled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PendingRefusal {
    /// Not well formed, or a TLV is missing.
    Invalid(Malformed),
    /// Its active timestamp is not newer than the dataset in force.
    StaleActiveTimestamp,
    /// Its pending timestamp is not newer than the one already scheduled.
    StalePendingTimestamp,
    /// The hub has no active dataset to migrate from.
    NoActiveDataset,
}

impl PendingRefusal {
    /// The audit reason.
    pub fn as_str(&self) -> &'static str {
        match self {
            PendingRefusal::Invalid(_) => "invalid_dataset",
            PendingRefusal::StaleActiveTimestamp => "stale_active_timestamp",
            PendingRefusal::StalePendingTimestamp => "stale_pending_timestamp",
            PendingRefusal::NoActiveDataset => "no_active_dataset",
        }
    }
}

impl fmt::Display for PendingRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PendingRefusal::Invalid(m) => write!(f, "invalid dataset: {m}"),
            PendingRefusal::StaleActiveTimestamp => {
                f.write_str("its active timestamp is not newer than the active dataset's")
            }
            PendingRefusal::StalePendingTimestamp => {
                f.write_str("its pending timestamp is not newer than the scheduled one's")
            }
            PendingRefusal::NoActiveDataset => f.write_str("the hub has no active dataset"),
        }
    }
}

/// What a scheduled migration changes (for the audit record: never the
/// network key itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingSummary {
    /// The channel it moves to.
    pub channel: Option<u16>,
    /// The PAN id it moves to.
    pub pan_id: Option<u16>,
    /// The extended PAN id it moves to (hex).
    pub ext_pan_id: Option<String>,
    /// Its active timestamp.
    pub active_timestamp: u64,
    /// Its pending timestamp.
    pub pending_timestamp: u64,
    /// The delay the controller asked for, milliseconds.
    pub delay_asked_ms: u32,
    /// The delay scheduled (the rule's bounds applied), milliseconds.
    pub delay_ms: u32,
    /// Whether the network key changes.
    pub key_changes: bool,
}

/// A pending dataset the hub may schedule: the TLVs to hand to
/// OpenThread (delay bounded) and what they change.
#[derive(Debug, Clone)]
pub struct PendingPlan {
    /// The TLVs, with the scheduled delay.
    pub tlvs: Zeroizing<Vec<u8>>,
    /// What they change.
    pub summary: PendingSummary,
}

fn ms(d: Duration) -> u32 {
    u32::try_from(d.as_millis()).unwrap_or(u32::MAX)
}

/// Applies the pending-dataset rule (module docs) to `new`, given the
/// active dataset in force and the pending one already scheduled.
pub fn plan_pending(
    active: Option<&[u8]>,
    pending: Option<&[u8]>,
    new: &[u8],
) -> Result<PendingPlan, PendingRefusal> {
    let tlvs = Tlvs::parse(new).map_err(PendingRefusal::Invalid)?;
    tlvs.require(&REQUIRED_ACTIVE)
        .and_then(|()| tlvs.require(&REQUIRED_PENDING))
        .map_err(PendingRefusal::Invalid)?;
    let bad =
        |what: &str| PendingRefusal::Invalid(Malformed(format!("{what} TLV has the wrong length")));
    let active_ts = tlvs
        .active_timestamp()
        .ok_or_else(|| bad("active timestamp"))?;
    let pending_ts = tlvs
        .pending_timestamp()
        .ok_or_else(|| bad("pending timestamp"))?;
    let asked = tlvs.delay_ms().ok_or_else(|| bad("delay timer"))?;
    let key = tlvs.get(tlv::NETWORK_KEY).unwrap_or_default();
    if key.len() != 16 {
        return Err(bad("network key"));
    }
    let current = active.ok_or(PendingRefusal::NoActiveDataset)?;
    let current = Tlvs::parse(current).map_err(|_| PendingRefusal::NoActiveDataset)?;
    if current.active_timestamp().is_some_and(|t| active_ts <= t) {
        return Err(PendingRefusal::StaleActiveTimestamp);
    }
    if let Some(scheduled) = pending.and_then(pending_timestamp) {
        if pending_ts <= scheduled {
            return Err(PendingRefusal::StalePendingTimestamp);
        }
    }
    let key_changes = current.get(tlv::NETWORK_KEY) != Some(key);
    let floor = if key_changes {
        KEY_CHANGE_DELAY
    } else {
        MIN_DELAY
    };
    let delay = asked.clamp(ms(floor), ms(MAX_DELAY));
    let bytes = if delay == asked {
        new.to_vec()
    } else {
        tlvs.with_value(tlv::DELAY_TIMER, &delay.to_be_bytes())
    };
    Ok(PendingPlan {
        tlvs: Zeroizing::new(bytes),
        summary: PendingSummary {
            channel: tlvs.channel(),
            pan_id: tlvs.pan_id(),
            ext_pan_id: tlvs.ext_pan_id(),
            active_timestamp: active_ts,
            pending_timestamp: pending_ts,
            delay_asked_ms: asked,
            delay_ms: delay,
            key_changes,
        },
    })
}

/// Test data shared with other modules' tests.
#[cfg(test)]
pub(crate) mod tests_support {
    /// `dataset active -x` of OpenThread's simulated ot-cli-ftd after
    /// `dataset init new` (captured 2026-11-25): active timestamp 1 s,
    /// channel 13, PAN id 0xf616.
    pub const ACTIVE: &str = "0e080000000000010000000300000d4a0300001235060004001fffe00208fb1dc28b0d0261e10708fde8d0d5cc9e3b640510f9b1d5e5493ba07912bbff652f40f164030f4f70656e5468726561642d663631360102f61604105731bb2c620c01d1c989a1fcc8cf24710c0402a0f7f8";
}

#[cfg(test)]
mod tests {
    use super::tests_support::ACTIVE;
    use super::*;

    fn active() -> Vec<u8> {
        hex::decode(ACTIVE).unwrap()
    }

    /// A migration of ACTIVE: new channel, active timestamp `ts`, pending
    /// timestamp `pts`, delay `delay` ms, optionally a new key.
    fn migration(ts: u64, pts: u64, delay: u32, new_key: bool) -> Vec<u8> {
        let a = active();
        let t = Tlvs::parse(&a).unwrap();
        let mut out = Vec::new();
        for (ty, v) in &t.items {
            let v: Vec<u8> = match *ty {
                tlv::ACTIVE_TIMESTAMP => ts.to_be_bytes().to_vec(),
                tlv::CHANNEL => vec![0, 0, 20],
                tlv::NETWORK_KEY if new_key => vec![0x42; 16],
                _ => v.to_vec(),
            };
            out.push(*ty);
            out.push(v.len() as u8);
            out.extend_from_slice(&v);
        }
        out.extend_from_slice(&[tlv::PENDING_TIMESTAMP, 8]);
        out.extend_from_slice(&pts.to_be_bytes());
        out.extend_from_slice(&[tlv::DELAY_TIMER, 4]);
        out.extend_from_slice(&delay.to_be_bytes());
        out
    }

    #[test]
    fn the_walk_reads_the_fields_and_refuses_bad_structure() {
        let a = active();
        let t = Tlvs::parse(&a).unwrap();
        assert_eq!(t.channel(), Some(13));
        assert_eq!(t.pan_id(), Some(0xf616));
        assert_eq!(t.active_timestamp(), Some(0x10000));
        assert_eq!(t.ext_pan_id().as_deref(), Some("fb1dc28b0d0261e1"));
        assert!(check_active(&a).is_ok());
        assert!(Tlvs::parse(&[]).unwrap_err().0.contains("empty"));
        assert!(Tlvs::parse(&[0u8; 255]).unwrap_err().0.contains("254"));
        assert!(Tlvs::parse(&a[..a.len() - 2])
            .unwrap_err()
            .0
            .contains("runs past the end"));
        assert!(Tlvs::parse(&[3]).unwrap_err().0.contains("no length"));
        let e = check_active(&[0, 3, 0, 0, 11]).unwrap_err();
        assert!(e.0.contains("PAN id"), "{e}");
        assert_eq!(active_timestamp(&[0, 3, 0, 0, 11]), None);
    }

    #[test]
    fn a_migration_is_scheduled_with_the_delay_bounded() {
        let a = active();
        let p = plan_pending(Some(&a), None, &migration(0x20000, 1, 45_000, false)).unwrap();
        assert_eq!(p.summary.channel, Some(20));
        assert_eq!(p.summary.delay_ms, 45_000);
        assert!(!p.summary.key_changes);
        assert_eq!(&p.tlvs[..], &migration(0x20000, 1, 45_000, false)[..]);
        // Too short: raised to the minimum, in the TLVs too.
        let p = plan_pending(Some(&a), None, &migration(0x20000, 1, 1000, false)).unwrap();
        assert_eq!(
            (p.summary.delay_asked_ms, p.summary.delay_ms),
            (1000, 30_000)
        );
        assert_eq!(Tlvs::parse(&p.tlvs).unwrap().delay_ms(), Some(30_000));
        // A new key: five minutes at least.
        let p = plan_pending(Some(&a), None, &migration(0x20000, 1, 60_000, true)).unwrap();
        assert!(p.summary.key_changes);
        assert_eq!(p.summary.delay_ms, 300_000);
        // Too long: lowered.
        let p = plan_pending(Some(&a), None, &migration(0x20000, 1, u32::MAX, false)).unwrap();
        assert_eq!(p.summary.delay_ms, 72 * 3600 * 1000);
    }

    #[test]
    fn stale_incomplete_or_baseless_migrations_are_refused() {
        let a = active();
        let r = plan_pending(Some(&a), None, &migration(0x10000, 1, 45_000, false));
        assert_eq!(r.unwrap_err(), PendingRefusal::StaleActiveTimestamp);
        let scheduled = migration(0x20000, 5, 45_000, false);
        let r = plan_pending(
            Some(&a),
            Some(&scheduled),
            &migration(0x30000, 5, 45_000, false),
        );
        assert_eq!(r.unwrap_err(), PendingRefusal::StalePendingTimestamp);
        assert!(plan_pending(
            Some(&a),
            Some(&scheduled),
            &migration(0x30000, 6, 45_000, false)
        )
        .is_ok());
        let r = plan_pending(None, None, &migration(0x20000, 1, 45_000, false));
        assert_eq!(r.unwrap_err(), PendingRefusal::NoActiveDataset);
        // The active dataset alone is not a pending one.
        let r = plan_pending(Some(&a), None, &a).unwrap_err();
        assert_eq!(r.as_str(), "invalid_dataset");
        assert!(r.to_string().contains("pending timestamp"), "{r}");
        // Truncated.
        let m = migration(0x20000, 1, 45_000, false);
        let r = plan_pending(Some(&a), None, &m[..m.len() - 1]).unwrap_err();
        assert_eq!(r.as_str(), "invalid_dataset");
        // A delay timer of the wrong length.
        let mut m = migration(0x20000, 1, 45_000, false);
        let n = m.len();
        m[n - 5] = 3;
        m.pop();
        let r = plan_pending(Some(&a), None, &m).unwrap_err();
        assert!(r.to_string().contains("delay timer"), "{r}");
    }
}
