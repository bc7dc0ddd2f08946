//! Everything device pairing trusts, loaded once from the state directory
//! at start ([`DevicePki::load`]):
//!
//! | path in the state directory | what | if missing |
//! |---|---|---|
//! | `pki/` | the hub CA ([`HubCa`]), shared with the controller API | created |
//! | `paa-roots/` | trusted PAA certificates, PEM or DER ([`TrustStore`]) | created empty: every DAC is refused |
//! | `crls/` | CRLs, PEM or DER ([`CrlSet`]) | no CRL checked |
//! | `attestation-denylist.toml` | revoked keys and serials ([`Denylist`]) | nothing denied |
//! | `vulnerable-firmware.toml` | the vulnerable-firmware policy ([`FirmwarePolicy`]) | no firmware refused |
//!
//! A file that is present but unreadable or malformed stops the start with
//! an error naming it: a hub never pairs on a trust configuration other
//! than the one its operator wrote. Blocking file I/O: call it from
//! `spawn_blocking` in async code.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use super::hub_ca::{HubCa, HubCaError};
use super::{AttestationVerifier, CrlSet, Denylist, FirmwarePolicy, TrustStore};
use crate::time::UnixMillis;

/// Directory of CRLs (PEM or DER) inside the state directory, optional.
pub const CRL_DIR: &str = "crls";
/// Attestation denylist (TOML) inside the state directory, optional.
pub const DENYLIST_FILE: &str = "attestation-denylist.toml";
/// Vulnerable-firmware policy (TOML) inside the state directory, optional.
pub const FIRMWARE_POLICY_FILE: &str = "vulnerable-firmware.toml";

/// What device pairing needs from the state directory.
#[derive(Debug)]
pub struct DevicePki {
    /// The hub CA (`<state_dir>/pki`, the API's).
    pub ca: HubCa,
    /// Device attestation: PAA roots, CRLs, denylist.
    pub verifier: AttestationVerifier,
    /// The vulnerable-firmware policy.
    pub firmware: FirmwarePolicy,
}

/// Why [`DevicePki::load`] failed: the file or directory, and the cause.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct PkiLoadError {
    /// The file or directory that could not be used.
    pub path: PathBuf,
    /// Why.
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

impl PkiLoadError {
    fn new(path: &Path, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        PkiLoadError {
            path: path.to_owned(),
            source: Box::new(source),
        }
    }
}

impl DevicePki {
    /// Loads (or, for the CA, creates) the device-pairing trust
    /// configuration of `state_dir` at wall time `now`.
    pub fn load(state_dir: &Path, now: UnixMillis) -> Result<DevicePki, PkiLoadError> {
        let ca = HubCa::load_or_create(state_dir, now)
            .map_err(|e: HubCaError| PkiLoadError::new(&HubCa::dir_for(state_dir), e))?;
        let trust_dir = TrustStore::default_dir(state_dir);
        // Created empty, so that the place for PAA roots is there to see.
        crate::fsutil::ensure_private_dir(&trust_dir)
            .map_err(|e| PkiLoadError::new(&trust_dir, e))?;
        let trust =
            TrustStore::load_default(state_dir).map_err(|e| PkiLoadError::new(&trust_dir, e))?;
        if trust.is_empty() {
            tracing::warn!(
                dir = %trust_dir.display(),
                "no PAA root is trusted: every device will be refused; put PAA certificates (PEM or DER) there and restart"
            );
        } else {
            tracing::info!(dir = %trust_dir.display(), roots = trust.len(), "PAA trust store loaded");
        }
        let mut verifier = AttestationVerifier::new(trust);
        let crl_dir = state_dir.join(CRL_DIR);
        if crl_dir.is_dir() {
            let crls = CrlSet::load_dir(&crl_dir).map_err(|e| PkiLoadError::new(&crl_dir, e))?;
            verifier = verifier.with_crls(crls);
        }
        let deny = state_dir.join(DENYLIST_FILE);
        if deny.exists() {
            let list = Denylist::load(&deny).map_err(|e| PkiLoadError::new(&deny, e))?;
            verifier = verifier.with_denylist(list);
        }
        let fw = state_dir.join(FIRMWARE_POLICY_FILE);
        let firmware = if fw.exists() {
            FirmwarePolicy::load(&fw).map_err(|e| PkiLoadError::new(&fw, e))?
        } else {
            FirmwarePolicy::default()
        };
        Ok(DevicePki {
            ca,
            verifier,
            firmware,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_state_dir_gets_a_ca_and_an_empty_trust_store() {
        let d = tempfile::tempdir().expect("tempdir");
        let pki = DevicePki::load(d.path(), UnixMillis(1_700_000_000_000)).expect("load");
        assert!(TrustStore::default_dir(d.path()).is_dir());
        assert!(HubCa::dir_for(d.path()).is_dir());
        drop(pki);
    }

    #[test]
    fn a_malformed_optional_file_stops_the_load_and_is_named() {
        let d = tempfile::tempdir().expect("tempdir");
        let fw = d.path().join(FIRMWARE_POLICY_FILE);
        std::fs::write(&fw, b"this is [not toml").expect("write");
        let e = DevicePki::load(d.path(), UnixMillis(1_700_000_000_000)).expect_err("refused");
        assert_eq!(e.path, fw);
        assert!(e.to_string().starts_with(&fw.display().to_string()), "{e}");
    }
}
