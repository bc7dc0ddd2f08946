//! File helpers shared by every layer that keeps state on disk: private
//! directories, atomic writes and secret files.
//!
//! Layer 1 (DESIGN.md "Who may use whom"): plain `std::io`, no knowledge of
//! what the files hold. Every function returns [`std::io::Error`]; the
//! caller adds which file and why (its own typed error).
#![forbid(unsafe_code)]

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Creates `dir` (and its missing parents) with mode 0700 if it does not
/// exist. An existing directory is left as it is.
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// Why [`read_secret_file`] refused a file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SecretFileError {
    /// It could not be stat'ed or read (`NotFound` included).
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Group or others may read it: whatever it holds may have leaked, and
    /// using it would hide that.
    #[error("mode {mode:o} lets other users read the key; run chmod 600")]
    ReadableByOthers {
        /// Its permission bits.
        mode: u32,
    },
}

/// Reads a secret file (a key), refusing one that group or others may
/// read. The bytes are returned in a [`zeroize::Zeroizing`] buffer.
pub fn read_secret_file(path: &Path) -> Result<zeroize::Zeroizing<Vec<u8>>, SecretFileError> {
    let mode = fs::metadata(path)?.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(SecretFileError::ReadableByOthers { mode });
    }
    Ok(zeroize::Zeroizing::new(fs::read(path)?))
}

/// Writes a public file (a certificate) to `path` atomically with mode
/// 0644 ([`write_atomic`]).
pub fn write_public_file(path: &Path, data: &[u8]) -> std::io::Result<()> {
    write_atomic(path, data, 0o644)
}

/// Writes a secret (a key, a one-time code) to `path` atomically with mode
/// 0600 ([`write_atomic`]).
pub fn write_secret_file(path: &Path, data: &[u8]) -> std::io::Result<()> {
    write_atomic(path, data, 0o600)
}

/// Writes `data` to `path` atomically with file mode `mode`: a temporary
/// file in the same directory (created with `mode`, then set to it exactly,
/// whatever the umask), fsync, rename over `path`, fsync of the directory.
/// A crash leaves either the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = path.with_extension("tmp");
    let _ = fs::remove_file(&tmp);
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(&tmp)?;
    f.set_permissions(fs::Permissions::from_mode(mode))?;
    f.write_all(data)?;
    f.sync_all()?;
    drop(f);
    fs::rename(&tmp, path)?;
    fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_with_the_exact_mode_and_replaces() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("f");
        write_atomic(&p, b"one", 0o600).expect("write");
        write_atomic(&p, b"two", 0o644).expect("replace");
        assert_eq!(fs::read(&p).expect("read"), b"two");
        assert_eq!(
            fs::metadata(&p).expect("stat").permissions().mode() & 0o777,
            0o644
        );
        assert!(!p.with_extension("tmp").exists());
    }

    #[test]
    fn private_dirs_are_0700_and_secrets_0600() {
        let d = tempfile::tempdir().expect("tempdir");
        let dir = d.path().join("a").join("b");
        ensure_private_dir(&dir).expect("create");
        ensure_private_dir(&dir).expect("exists already");
        let mode = fs::metadata(&dir).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        let secret = dir.join("key");
        write_secret_file(&secret, b"k").expect("write");
        let mode = fs::metadata(&secret).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_secret_readable_by_others_is_refused() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("key");
        write_secret_file(&p, b"k").expect("write");
        assert_eq!(&read_secret_file(&p).expect("read")[..], b"k");
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).expect("chmod");
        let e = read_secret_file(&p).expect_err("refused");
        assert!(matches!(
            e,
            SecretFileError::ReadableByOthers { mode: 0o640 }
        ));
        assert!(e.to_string().contains("chmod 600"), "{e}");
        assert!(matches!(
            read_secret_file(&d.path().join("none")),
            Err(SecretFileError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound
        ));
    }

    #[test]
    fn a_file_in_the_way_is_an_error() {
        let d = tempfile::tempdir().expect("tempdir");
        let f = d.path().join("f");
        fs::write(&f, b"x").expect("write");
        assert!(ensure_private_dir(&f).is_err());
    }
}
