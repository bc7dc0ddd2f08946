//! The hub's token-signing key on disk: `<state_dir>/hub-key.p8` (PKCS#8
//! DER, mode 0600), created on first start.
//!
//! The key signs every pairing token (docs/token.md); whoever reads it can
//! mint tokens, so a file readable by group or others is refused rather
//! than used, and the operator is told how to fix it.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use crate::commissioning::token::HubKey;
use crate::fsutil::SecretFileError;

/// File name of the hub signing key inside the state directory.
pub const HUB_KEY_FILE: &str = "hub-key.p8";

/// Why the hub key could not be loaded or created.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HubKeyError {
    /// The file could not be read, stat'ed or written.
    #[error("hub key {path}: {what}: {source}")]
    Io {
        /// The key file.
        path: PathBuf,
        /// What was being done.
        what: &'static str,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file exists but cannot be used (mode, content).
    #[error("hub key {path}: {reason}")]
    Unusable {
        /// The key file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// Loads the hub key from `state_dir`, creating it on first start.
/// Refuses a key file readable by group or others, and one that is not a
/// P-256 PKCS#8 key.
pub fn load_or_create(state_dir: &Path) -> Result<HubKey, HubKeyError> {
    let path = state_dir.join(HUB_KEY_FILE);
    let io = |what: &'static str| {
        let path = path.clone();
        move |source| HubKeyError::Io { path, what, source }
    };
    let bad = |reason: String| HubKeyError::Unusable {
        path: path.clone(),
        reason,
    };
    match crate::fsutil::read_secret_file(&path) {
        Ok(der) => HubKey::from_pkcs8(&der).map_err(|e| bad(e.to_string())),
        Err(SecretFileError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = HubKey::generate(&ring::rand::SystemRandom::new())
                .map_err(|e| bad(e.to_string()))?;
            crate::fsutil::write_secret_file(&path, key.pkcs8_der()).map_err(io("cannot write"))?;
            tracing::info!(path = %path.display(), "created hub signing key");
            Ok(key)
        }
        Err(SecretFileError::Io(e)) => Err(io("cannot read")(e)),
        Err(e) => Err(bad(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn created_once_with_mode_0600_then_loaded() {
        let d = tempfile::tempdir().expect("tempdir");
        let a = load_or_create(d.path()).expect("create");
        let mode = fs::metadata(d.path().join(HUB_KEY_FILE))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let b = load_or_create(d.path()).expect("load");
        assert_eq!(a.pkcs8_der(), b.pkcs8_der());
    }

    #[test]
    fn a_key_readable_by_others_or_garbage_is_refused() {
        let d = tempfile::tempdir().expect("tempdir");
        load_or_create(d.path()).expect("create");
        let p = d.path().join(HUB_KEY_FILE);
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).expect("chmod");
        let e = load_or_create(d.path()).expect_err("refused");
        assert!(e.to_string().contains("chmod 600"), "{e}");
        fs::write(&p, b"junk").expect("write");
        fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).expect("chmod");
        assert!(matches!(
            load_or_create(d.path()),
            Err(HubKeyError::Unusable { .. })
        ));
    }
}
