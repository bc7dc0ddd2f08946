//! Durable, atomic file writes.
#![forbid(unsafe_code)]

use std::fs;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

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
}
