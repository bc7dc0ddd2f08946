//! How the hub takes its Thread role back after a start: at once where no
//! other partition can exist, by OpenThread's restore procedure otherwise.
//!
//! # Why
//!
//! OpenThread restores a saved router or leader role with its
//! `PrevRoleRestorer` (`Mle::Start`, mle.cpp): the node starts detached and
//! multicasts Link Requests to its former router neighbours, 5 s (±10 %)
//! apart, and becomes detached (then attaches, then leads) only when none
//! answers. For a saved **leader** it sends `kMaxCriticalTxCount` = 6 of
//! them, for a saved router with few children `kMaxTxCount` = 3. A hub that
//! led its network alone (the usual home: one border router, its devices
//! children of it) therefore spends ~6 x 5 s + 2 s waiting for answers that
//! cannot come, then one attach cycle, before it leads again: ~34 s during
//! which no Thread device reaches the LAN. A saved router with few children
//! waits half of that, which is what a border router that saved itself as a
//! router shows (~15 s).
//!
//! # The rule
//!
//! The hub leads at once (`otThreadBecomeLeader`, keeping its router ID and
//! the children OpenThread restored from its settings) in two cases, where
//! the Thread specification's reasons for searching first do not apply:
//!
//! * **a network it has just formed** ([`Resume::LeadAtOnce`] with
//!   [`LeadReason::FreshNetwork`]): its network key and extended PAN ID were
//!   drawn from the hub's entropy a moment ago, so no other node holds them
//!   and no other partition of that network can exist. Searching for one
//!   (OpenThread's attach attempts, ~7 s) only delays the owner.
//! * **a network it led alone** ([`LeadReason::LedAlone`]): the
//!   [`ResumeRecord`] of this network says the hub was leader and the only
//!   router of its partition when last attached. The Link Requests go to
//!   router neighbours; it had none, so none can answer.
//!
//! It keeps OpenThread's procedure ([`Resume::Restore`]) in every other
//! case, because another partition could exist there:
//!
//! * a dataset the hub did not create (`[thread] dataset`, an import, a
//!   Matter controller's `SetActiveDatasetRequest`) that it never led with:
//!   other nodes hold those credentials and may already form the network;
//! * the hub was a router or child, or leader with other routers: those
//!   routers keep the partition going while the hub is away and answer its
//!   Link Request (the restore then takes about a second, not 30);
//! * no record, a record of another network, or one that cannot be read.
//!
//! The case the rule accepts: a router-eligible child of the hub that lost
//! it for longer than its supervision timeout (minutes: a long power cut)
//! may have formed a partition of its own. The two partitions then merge by
//! the Thread specification's partition comparison, as they would after
//! the 34 s wait; the hub never waits for a partition that is not there.
//!
//! # The record
//!
//! `<state_dir>/thread/resume.bin`, written atomically
//! ([`crate::fsutil::write_atomic`]) whenever its content changes while the
//! hub is attached (checked on every OpenThread state change and every
//! few seconds: a new router does not raise a state change). It is kept, as
//! OpenThread keeps its own network info, while the hub is detached.
//!
//! ```text
//! magic        "THRRES1\n"   8 bytes
//! ext_pan_id   u64 BE        the network the record is about
//! role         u8            2 child, 3 router, 4 leader (OpenThread's otDeviceRole)
//! routers      u8            routers in the partition, the hub included
//! ```
//!
//! Anything else (other length, magic or role) reads as no record.
#![forbid(unsafe_code)]

use std::path::Path;

/// File name of the record inside the Thread state directory.
pub const RESUME_FILE: &str = "resume.bin";
const MAGIC: &[u8; 8] = b"THRRES1\n";
const LEN: usize = 18;

/// The role the record keeps (attached roles only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedRole {
    /// An end device.
    Child,
    /// A router, not the leader.
    Router,
    /// The partition's leader.
    Leader,
}

impl SavedRole {
    fn byte(self) -> u8 {
        match self {
            SavedRole::Child => 2,
            SavedRole::Router => 3,
            SavedRole::Leader => 4,
        }
    }

    fn from_byte(b: u8) -> Option<SavedRole> {
        match b {
            2 => Some(SavedRole::Child),
            3 => Some(SavedRole::Router),
            4 => Some(SavedRole::Leader),
            _ => None,
        }
    }
}

/// What the hub was in its network when last attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResumeRecord {
    /// The network (extended PAN ID).
    pub ext_pan_id: u64,
    /// The hub's role.
    pub role: SavedRole,
    /// Routers in the partition, the hub included.
    pub routers: u8,
}

impl ResumeRecord {
    /// The record's bytes (layout in the module documentation).
    pub fn encode(&self) -> [u8; LEN] {
        let mut b = [0u8; LEN];
        b[..8].copy_from_slice(MAGIC);
        b[8..16].copy_from_slice(&self.ext_pan_id.to_be_bytes());
        b[16] = self.role.byte();
        b[17] = self.routers;
        b
    }

    /// Reads a record; `None` for anything but a well-formed one.
    pub fn decode(b: &[u8]) -> Option<ResumeRecord> {
        if b.len() != LEN || &b[..8] != MAGIC {
            return None;
        }
        let mut xp = [0u8; 8];
        xp.copy_from_slice(&b[8..16]);
        Some(ResumeRecord {
            ext_pan_id: u64::from_be_bytes(xp),
            role: SavedRole::from_byte(b[16])?,
            routers: b[17],
        })
    }

    /// Reads `<dir>/resume.bin`; a missing or unreadable file is no record.
    pub fn load(dir: &Path) -> Option<ResumeRecord> {
        std::fs::read(dir.join(RESUME_FILE))
            .ok()
            .and_then(|b| ResumeRecord::decode(&b))
    }

    /// Writes `<dir>/resume.bin` atomically (0600).
    pub fn store(&self, dir: &Path) -> std::io::Result<()> {
        crate::fsutil::write_atomic(&dir.join(RESUME_FILE), &self.encode(), 0o600)
    }
}

/// The record's file, with what was last written to it: the OpenThread
/// thread checks the record on every state change, and only a change
/// reaches the disk (one thread: a `Cell`).
#[derive(Debug)]
pub struct ResumeFile {
    dir: std::path::PathBuf,
    written: std::cell::Cell<Option<ResumeRecord>>,
}

impl ResumeFile {
    /// The record of the Thread state directory `dir`, read once.
    pub fn open(dir: &Path) -> ResumeFile {
        ResumeFile {
            dir: dir.to_owned(),
            written: std::cell::Cell::new(ResumeRecord::load(dir)),
        }
    }

    /// What the file holds.
    pub fn get(&self) -> Option<ResumeRecord> {
        self.written.get()
    }

    /// Makes the file say `now`; writes only if it says something else.
    pub fn set(&self, now: ResumeRecord) -> std::io::Result<()> {
        if self.written.get() != Some(now) {
            now.store(&self.dir)?;
            self.written.set(Some(now));
        }
        Ok(())
    }

    /// Deletes the record (the dataset changes: it no longer describes the
    /// network the hub is about to join).
    pub fn forget(&self) -> std::io::Result<()> {
        self.written.set(None);
        match std::fs::remove_file(self.dir.join(RESUME_FILE)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// Why the hub leads at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadReason {
    /// It has just formed this network: nobody else holds its credentials.
    FreshNetwork,
    /// It led this network as its only router.
    LedAlone,
}

/// Why the hub keeps OpenThread's restore procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreReason {
    /// No (readable) record.
    NoRecord,
    /// The record is about another network.
    OtherNetwork,
    /// The hub was a router or an end device there.
    NotLeader,
    /// Other routers were in the partition (how many, the hub included).
    OtherRouters(u8),
}

/// How the hub takes its role back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    /// Become leader right after enabling Thread.
    LeadAtOnce(LeadReason),
    /// Let OpenThread restore (Link Requests, then attach).
    Restore(RestoreReason),
}

/// The rule for a network the hub already had (not one it just formed):
/// lead at once only when `record` says it led `ext_pan_id` as the only
/// router of its partition.
pub fn decide(record: Option<&ResumeRecord>, ext_pan_id: u64) -> Resume {
    let Some(r) = record else {
        return Resume::Restore(RestoreReason::NoRecord);
    };
    if r.ext_pan_id != ext_pan_id {
        return Resume::Restore(RestoreReason::OtherNetwork);
    }
    if r.role != SavedRole::Leader {
        return Resume::Restore(RestoreReason::NotLeader);
    }
    if r.routers > 1 {
        return Resume::Restore(RestoreReason::OtherRouters(r.routers));
    }
    Resume::LeadAtOnce(LeadReason::LedAlone)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XP: u64 = 0xdead_00be_ef00_cafe;

    fn rec(role: SavedRole, routers: u8) -> ResumeRecord {
        ResumeRecord {
            ext_pan_id: XP,
            role,
            routers,
        }
    }

    #[test]
    fn a_leader_alone_leads_at_once() {
        let r = rec(SavedRole::Leader, 1);
        assert_eq!(
            decide(Some(&r), XP),
            Resume::LeadAtOnce(LeadReason::LedAlone)
        );
    }

    #[test]
    fn every_case_where_another_partition_could_exist_keeps_the_restore() {
        assert_eq!(decide(None, XP), Resume::Restore(RestoreReason::NoRecord));
        let r = rec(SavedRole::Leader, 1);
        assert_eq!(
            decide(Some(&r), XP ^ 1),
            Resume::Restore(RestoreReason::OtherNetwork)
        );
        for role in [SavedRole::Router, SavedRole::Child] {
            assert_eq!(
                decide(Some(&rec(role, 1)), XP),
                Resume::Restore(RestoreReason::NotLeader)
            );
        }
        assert_eq!(
            decide(Some(&rec(SavedRole::Leader, 2)), XP),
            Resume::Restore(RestoreReason::OtherRouters(2))
        );
    }

    #[test]
    fn the_record_round_trips_and_anything_else_is_no_record() {
        let r = rec(SavedRole::Leader, 3);
        let b = r.encode();
        assert_eq!(&b[..8], b"THRRES1\n");
        assert_eq!(&b[8..16], &XP.to_be_bytes());
        assert_eq!(ResumeRecord::decode(&b), Some(r));
        assert_eq!(ResumeRecord::decode(&b[..17]), None);
        let mut long = b.to_vec();
        long.push(0);
        assert_eq!(ResumeRecord::decode(&long), None);
        let mut magic = b;
        magic[0] ^= 1;
        assert_eq!(ResumeRecord::decode(&magic), None);
        for role in [0u8, 1, 5, 0xff] {
            let mut bad = b;
            bad[16] = role;
            assert_eq!(ResumeRecord::decode(&bad), None, "role {role}");
        }
    }

    #[test]
    fn the_file_is_written_only_when_the_record_changes_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let f = ResumeFile::open(dir.path());
        assert_eq!(f.get(), None);
        let r = rec(SavedRole::Leader, 1);
        f.set(r).unwrap();
        assert_eq!(ResumeRecord::load(dir.path()), Some(r));
        // The same record again: the file is not rewritten.
        std::fs::write(dir.path().join(RESUME_FILE), b"junk").unwrap();
        f.set(r).unwrap();
        assert_eq!(ResumeRecord::load(dir.path()), None);
        f.set(rec(SavedRole::Leader, 2)).unwrap();
        assert_eq!(
            ResumeFile::open(dir.path()).get(),
            Some(rec(SavedRole::Leader, 2))
        );
        f.forget().unwrap();
        f.forget().unwrap();
        assert_eq!(f.get(), None);
        assert!(!dir.path().join(RESUME_FILE).exists());
        // After a forget the same record is written again.
        f.set(r).unwrap();
        assert_eq!(ResumeRecord::load(dir.path()), Some(r));
    }

    #[test]
    fn the_file_is_written_atomically_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(ResumeRecord::load(dir.path()), None);
        let r = rec(SavedRole::Leader, 1);
        r.store(dir.path()).unwrap();
        assert_eq!(ResumeRecord::load(dir.path()), Some(r));
        std::fs::write(dir.path().join(RESUME_FILE), b"junk").unwrap();
        assert_eq!(ResumeRecord::load(dir.path()), None);
    }
}
