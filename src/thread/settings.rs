//! OpenThread's non-volatile settings, kept in one file of the state
//! directory (`<state_dir>/thread/settings.bin`).
//!
//! OpenThread stores its durable state (active and pending datasets, the
//! network info with the key sequence and frame counters, the SLAAC secret,
//! the SRP keys...) through the `otPlatSettings*` platform API, which the
//! `openthread` crate forwards to its [`Settings`] trait. [`FileSettings`]
//! implements that trait on an in-memory table that is written back to the
//! file **atomically** after every change ([`crate::fsutil::write_atomic`]:
//! temp file, fsync, rename, fsync of the directory), so a crash or a power
//! cut leaves either the old or the new settings, never a mix.
//!
//! Invariants:
//! * the file name does not depend on the RCP (its EUI-64 or firmware): a
//!   swapped dongle finds the same settings and re-attaches to the same
//!   network;
//! * the in-memory table and the file agree after every successful call; a
//!   write that fails is reported to OpenThread as `NoBufs` and the table is
//!   rolled back, so memory never claims more than the disk holds;
//! * a file that fails its checksum or structure check is refused at load
//!   ([`SettingsFileError`]), never silently replaced by an empty table.
//!
//! # File layout (all integers little-endian)
//!
//! ```text
//! magic    "THRSET1\n"          8 bytes
//! count    u32                  number of records
//! record*  key u16 | len u16 | value[len]
//! digest   SHA-256 of everything before it (32 bytes)
//! ```
//!
//! Records with the same key keep their order: it is OpenThread's index
//! (`otPlatSettingsGet(key, index)`).
#![forbid(unsafe_code)]

use std::fs;
use std::path::{Path, PathBuf};

use openthread::{Settings, SettingsError};

/// File name of the settings inside the Thread state directory.
pub const SETTINGS_FILE: &str = "settings.bin";
const MAGIC: &[u8; 8] = b"THRSET1\n";
const DIGEST_LEN: usize = 32;
/// Largest value OpenThread stores (a dataset is at most 254 bytes; the
/// largest record, the SRP ECDSA key, is far below this).
pub const MAX_VALUE_LEN: usize = 1024;
/// Largest number of records kept (OpenThread keeps a few dozen at most:
/// one child-info record per child is the only list).
pub const MAX_RECORDS: usize = 1024;

/// The settings file could not be read or is damaged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsFileError {
    /// Reading failed.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// The file is not a settings file or is damaged.
    #[error("damaged Thread settings file {path}: {reason} (move it away to start a new network)")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: &'static str,
    },
}

/// One record.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Record {
    key: u16,
    value: Vec<u8>,
}

/// OpenThread settings in memory, mirrored to one file (see the module
/// documentation). Not keyed by anything of the radio.
#[derive(Debug)]
pub struct FileSettings {
    path: PathBuf,
    records: Vec<Record>,
    writes: u64,
}

impl FileSettings {
    /// Opens the settings at `path` (missing file: empty settings; the file
    /// is created at the first change). Refuses a damaged file.
    pub fn open(path: &Path) -> Result<FileSettings, SettingsFileError> {
        let records = match fs::read(path) {
            Ok(bytes) => decode(&bytes).map_err(|reason| SettingsFileError::Damaged {
                path: path.to_owned(),
                reason,
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(source) => {
                return Err(SettingsFileError::Read {
                    path: path.to_owned(),
                    source,
                })
            }
        };
        Ok(FileSettings {
            path: path.to_owned(),
            records,
            writes: 0,
        })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether any record with `key` exists.
    pub fn contains(&self, key: u16) -> bool {
        self.records.iter().any(|r| r.key == key)
    }

    /// The value of the first record with `key`.
    pub fn first(&self, key: u16) -> Option<&[u8]> {
        self.records
            .iter()
            .find(|r| r.key == key)
            .map(|r| r.value.as_slice())
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there are no records.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Number of file writes since [`FileSettings::open`].
    pub fn writes(&self) -> u64 {
        self.writes
    }

    /// Applies `change` to the table and writes the file; on a write error
    /// the table is restored and `NoBufs` returned.
    fn change<R>(
        &mut self,
        change: impl FnOnce(&mut Vec<Record>) -> Result<R, SettingsError>,
    ) -> Result<R, SettingsError> {
        let before = self.records.clone();
        let r = change(&mut self.records)?;
        if self.records == before {
            return Ok(r);
        }
        match crate::fsutil::write_atomic(&self.path, &encode(&self.records), 0o600) {
            Ok(()) => {
                self.writes += 1;
                Ok(r)
            }
            Err(e) => {
                tracing::error!(path = %self.path.display(), error = %e, "cannot write Thread settings");
                self.records = before;
                Err(SettingsError::NoBufs)
            }
        }
    }
}

fn check_value(value: &[u8]) -> Result<(), SettingsError> {
    if value.len() > MAX_VALUE_LEN {
        return Err(SettingsError::NoBufs);
    }
    Ok(())
}

impl Settings for FileSettings {
    fn init(&mut self, _sensitive_keys: &[u16]) {
        // The whole file is 0600 in a 0700 directory: sensitive keys get
        // the same protection as the rest.
    }

    fn get(
        &mut self,
        key: u16,
        index: usize,
        buf: &mut [u8],
    ) -> Result<Option<usize>, SettingsError> {
        let Some(r) = self.records.iter().filter(|r| r.key == key).nth(index) else {
            return Ok(None);
        };
        let n = r.value.len().min(buf.len());
        buf[..n].copy_from_slice(&r.value[..n]);
        Ok(Some(n))
    }

    fn add(&mut self, key: u16, value: &[u8]) -> Result<(), SettingsError> {
        check_value(value)?;
        self.change(|records| {
            if records.len() >= MAX_RECORDS {
                return Err(SettingsError::NoBufs);
            }
            records.push(Record {
                key,
                value: value.to_vec(),
            });
            Ok(())
        })
    }

    fn remove(&mut self, key: u16, index: Option<usize>) -> Result<bool, SettingsError> {
        self.change(|records| match index {
            None => {
                let n = records.len();
                records.retain(|r| r.key != key);
                Ok(records.len() != n)
            }
            Some(index) => {
                let pos = records
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.key == key)
                    .nth(index)
                    .map(|(i, _)| i);
                match pos {
                    Some(i) => {
                        records.remove(i);
                        Ok(true)
                    }
                    None => Ok(false),
                }
            }
        })
    }

    fn set(&mut self, key: u16, value: &[u8]) -> Result<(), SettingsError> {
        check_value(value)?;
        self.change(|records| {
            // Replaces in place (keeps the key's position), drops any other
            // index of the key.
            let mut kept = false;
            records.retain_mut(|r| {
                if r.key != key {
                    return true;
                }
                if kept {
                    return false;
                }
                kept = true;
                r.value = value.to_vec();
                true
            });
            if !kept {
                if records.len() >= MAX_RECORDS {
                    return Err(SettingsError::NoBufs);
                }
                records.push(Record {
                    key,
                    value: value.to_vec(),
                });
            }
            Ok(())
        })
    }

    fn clear(&mut self) -> Result<(), SettingsError> {
        self.change(|records| {
            records.clear();
            Ok(())
        })
    }

    fn deinit(&mut self) {}
}

fn encode(records: &[Record]) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        MAGIC.len() + 4 + records.iter().map(|r| 4 + r.value.len()).sum::<usize>() + DIGEST_LEN,
    );
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(records.len() as u32).to_le_bytes());
    for r in records {
        out.extend_from_slice(&r.key.to_le_bytes());
        // check_value bounds every value to MAX_VALUE_LEN < u16::MAX.
        out.extend_from_slice(&(r.value.len() as u16).to_le_bytes());
        out.extend_from_slice(&r.value);
    }
    let digest = ring::digest::digest(&ring::digest::SHA256, &out);
    out.extend_from_slice(digest.as_ref());
    out
}

fn decode(bytes: &[u8]) -> Result<Vec<Record>, &'static str> {
    if bytes.len() < MAGIC.len() + 4 + DIGEST_LEN {
        return Err("too short");
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err("not a Threshold Thread settings file (bad magic)");
    }
    let (body, digest) = bytes.split_at(bytes.len() - DIGEST_LEN);
    if ring::digest::digest(&ring::digest::SHA256, body).as_ref() != digest {
        return Err("checksum mismatch");
    }
    let mut at = MAGIC.len();
    let take = |at: &mut usize, n: usize| -> Result<&[u8], &'static str> {
        let s = body.get(*at..*at + n).ok_or("truncated record")?;
        *at += n;
        Ok(s)
    };
    let count = u32::from_le_bytes(
        take(&mut at, 4)?
            .try_into()
            .map_err(|_| "truncated count")?,
    ) as usize;
    if count > MAX_RECORDS {
        return Err("too many records");
    }
    let mut records = Vec::with_capacity(count);
    for _ in 0..count {
        let key = u16::from_le_bytes(take(&mut at, 2)?.try_into().map_err(|_| "truncated key")?);
        let len = u16::from_le_bytes(
            take(&mut at, 2)?
                .try_into()
                .map_err(|_| "truncated length")?,
        ) as usize;
        if len > MAX_VALUE_LEN {
            return Err("value too long");
        }
        let value = take(&mut at, len)?.to_vec();
        records.push(Record { key, value });
    }
    if at != body.len() {
        return Err("trailing bytes");
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> (tempfile::TempDir, PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(SETTINGS_FILE);
        (d, p)
    }

    fn get(s: &mut FileSettings, key: u16, index: usize) -> Option<Vec<u8>> {
        let mut buf = [0u8; MAX_VALUE_LEN];
        s.get(key, index, &mut buf)
            .unwrap()
            .map(|n| buf[..n].to_vec())
    }

    #[test]
    fn survives_reopen_with_indexes_in_order() {
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        assert!(s.is_empty());
        s.set(1, b"dataset").unwrap();
        s.add(7, b"child-a").unwrap();
        s.add(7, b"child-b").unwrap();
        s.set(3, b"netinfo-1").unwrap();
        s.set(3, b"netinfo-2").unwrap();
        assert_eq!(s.writes(), 5);
        let mut again = FileSettings::open(&p).unwrap();
        assert_eq!(get(&mut again, 1, 0).unwrap(), b"dataset");
        assert_eq!(get(&mut again, 7, 0).unwrap(), b"child-a");
        assert_eq!(get(&mut again, 7, 1).unwrap(), b"child-b");
        assert_eq!(get(&mut again, 7, 2), None);
        assert_eq!(get(&mut again, 3, 0).unwrap(), b"netinfo-2");
        assert_eq!(again.len(), 4);
    }

    #[test]
    fn remove_by_index_and_all() {
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        s.add(7, b"a").unwrap();
        s.add(7, b"b").unwrap();
        s.add(7, b"c").unwrap();
        assert!(s.remove(7, Some(1)).unwrap());
        assert_eq!(get(&mut s, 7, 1).unwrap(), b"c");
        assert!(!s.remove(7, Some(5)).unwrap());
        assert!(s.remove(7, None).unwrap());
        assert!(!s.remove(7, None).unwrap());
        assert!(FileSettings::open(&p).unwrap().is_empty());
    }

    #[test]
    fn get_truncates_to_the_buffer() {
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        s.set(2, b"0123456789").unwrap();
        let mut buf = [0u8; 4];
        assert_eq!(s.get(2, 0, &mut buf).unwrap(), Some(4));
        assert_eq!(&buf, b"0123");
    }

    #[test]
    fn an_unchanged_value_is_not_rewritten() {
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        s.set(2, b"x").unwrap();
        s.set(2, b"x").unwrap();
        assert_eq!(s.writes(), 1);
    }

    #[test]
    fn a_too_long_value_is_refused_and_changes_nothing() {
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        let big = vec![0u8; MAX_VALUE_LEN + 1];
        assert_eq!(s.set(1, &big), Err(SettingsError::NoBufs));
        assert_eq!(s.add(1, &big), Err(SettingsError::NoBufs));
        assert!(s.is_empty());
        assert!(!p.exists());
    }

    #[test]
    fn a_failed_write_rolls_back() {
        let d = tempfile::tempdir().unwrap();
        // The parent directory does not exist: every write fails.
        let p = d.path().join("missing").join(SETTINGS_FILE);
        let mut s = FileSettings::open(&p).unwrap();
        assert_eq!(s.set(1, b"v"), Err(SettingsError::NoBufs));
        assert!(s.is_empty());
        assert_eq!(get(&mut s, 1, 0), None);
    }

    #[test]
    fn damaged_files_are_refused() {
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        s.set(1, b"dataset").unwrap();
        let good = fs::read(&p).unwrap();
        // A flipped value byte: checksum mismatch.
        let mut flipped = good.clone();
        flipped[MAGIC.len() + 4 + 4] ^= 1;
        fs::write(&p, &flipped).unwrap();
        let e = FileSettings::open(&p).unwrap_err();
        assert!(e.to_string().contains("checksum mismatch"), "{e}");
        // Truncated.
        fs::write(&p, &good[..10]).unwrap();
        assert!(matches!(
            FileSettings::open(&p),
            Err(SettingsFileError::Damaged {
                reason: "too short",
                ..
            })
        ));
        // Another file.
        let mut other = good.clone();
        other[0] = b'X';
        fs::write(&p, &other).unwrap();
        assert!(matches!(
            FileSettings::open(&p),
            Err(SettingsFileError::Damaged { .. })
        ));
        // A record running past the end, with a valid checksum.
        let mut body = MAGIC.to_vec();
        body.extend_from_slice(&1u32.to_le_bytes());
        body.extend_from_slice(&1u16.to_le_bytes());
        body.extend_from_slice(&9u16.to_le_bytes());
        body.extend_from_slice(b"abc");
        let digest = ring::digest::digest(&ring::digest::SHA256, &body);
        body.extend_from_slice(digest.as_ref());
        fs::write(&p, &body).unwrap();
        assert!(matches!(
            FileSettings::open(&p),
            Err(SettingsFileError::Damaged {
                reason: "truncated record",
                ..
            })
        ));
    }

    #[test]
    fn the_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_d, p) = fresh();
        let mut s = FileSettings::open(&p).unwrap();
        s.set(1, b"v").unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}
