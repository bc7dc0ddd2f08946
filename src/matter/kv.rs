//! The Matter node's persistent state (fabrics, ACLs, counters, basic
//! information settings): rs-matter's key/value blobs, one file per key in
//! `<state_dir>/matter/` (mode 0700), each written atomically with mode
//! 0600 ([`crate::fsutil::write_secret_file`]): they hold the node's
//! operational private keys.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use rs_matter::error::{Error, ErrorCode};
use rs_matter::persist::KvBlobStore;

/// The file-backed blob store.
#[derive(Debug, Clone)]
pub struct FileKv {
    dir: PathBuf,
}

impl FileKv {
    /// A store in `dir` (created, private).
    pub fn open(dir: &Path) -> std::io::Result<FileKv> {
        crate::fsutil::ensure_private_dir(dir)?;
        Ok(FileKv {
            dir: dir.to_path_buf(),
        })
    }

    fn path(&self, key: u16) -> PathBuf {
        self.dir.join(format!("k{key:04x}"))
    }
}

fn io_err(e: std::io::Error) -> Error {
    tracing::warn!(error = %e, "matter: state file");
    ErrorCode::StdIoError.into()
}

impl KvBlobStore for FileKv {
    fn load<'a>(&mut self, key: u16, buf: &'a mut [u8]) -> Result<Option<&'a [u8]>, Error> {
        match std::fs::read(self.path(key)) {
            Ok(data) => {
                let out = buf.get_mut(..data.len()).ok_or(ErrorCode::NoSpace)?;
                out.copy_from_slice(&data);
                Ok(Some(out))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err(e)),
        }
    }

    fn store(&mut self, key: u16, data: &[u8], _buf: &mut [u8]) -> Result<(), Error> {
        crate::fsutil::write_secret_file(&self.path(key), data).map_err(io_err)
    }

    fn remove(&mut self, key: u16, _buf: &mut [u8]) -> Result<(), Error> {
        match std::fs::remove_file(self.path(key)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_err(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn blobs_round_trip_private_and_bounded() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("matter");
        let mut kv = FileKv::open(&dir).unwrap();
        let mut buf = [0u8; 8];
        assert_eq!(kv.load(1, &mut buf).unwrap(), None);
        kv.store(1, b"abc", &mut [0u8; 0]).unwrap();
        assert_eq!(kv.load(1, &mut buf).unwrap(), Some(&b"abc"[..]));
        let mode = std::fs::metadata(dir.join("k0001"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(
            std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700
        );
        // A blob larger than the caller's buffer is an error, not a panic.
        kv.store(2, &[7u8; 9], &mut [0u8; 0]).unwrap();
        assert!(kv.load(2, &mut buf).is_err());
        kv.remove(1, &mut [0u8; 0]).unwrap();
        kv.remove(1, &mut [0u8; 0]).unwrap();
        assert_eq!(kv.load(1, &mut buf).unwrap(), None);
    }
}
