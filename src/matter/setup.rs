//! The hub's factory setup code (passcode + discriminator, as its label
//! prints them) and the onboarding payloads (QR text, manual code) shown
//! to the owner who opens a window.
//!
//! Configured values (`matter.passcode`, `matter.discriminator`) win;
//! otherwise they are drawn once at first start and kept in
//! `<state_dir>/matter-setup` (mode 0600, JSON): a hub never ships the
//! SDK's well-known test passcode. The passcode works only while the hub
//! has no fabric and only inside a window an owner or admin opened
//! (`crate::commissioning::matter`).
#![forbid(unsafe_code)]

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::onboarding::passcode::Passcode;
use crate::onboarding::{CommissioningFlow, Discriminator, Rendezvous, SetupPayload};

/// The file, in the state directory.
pub const SETUP_FILE: &str = "matter-setup";

/// A setup code. `Debug` redacts the passcode.
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorySetup {
    /// The setup passcode.
    pub passcode: u32,
    /// The 12-bit discriminator.
    pub discriminator: u16,
}

impl std::fmt::Debug for FactorySetup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FactorySetup")
            .field("discriminator", &self.discriminator)
            .finish_non_exhaustive()
    }
}

/// The QR text and manual code of a setup code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Onboarding {
    /// `MT:...`.
    pub qr: String,
    /// The 11-digit manual pairing code.
    pub manual: String,
}

/// Loads the factory setup, or draws and keeps one.
pub fn load_or_create(
    state_dir: &Path,
    passcode: Option<u32>,
    discriminator: Option<u16>,
) -> std::io::Result<FactorySetup> {
    let path = state_dir.join(SETUP_FILE);
    let stored: Option<FactorySetup> = match crate::fsutil::read_secret_file(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .ok()
            .filter(|s: &FactorySetup| {
                Passcode::new(s.passcode).is_ok() && s.discriminator <= 0xFFF
            }),
        Err(_) => None,
    };
    let stored = match stored {
        Some(s) => s,
        None => {
            let s = draw()?;
            let json = serde_json::to_vec(&s).map_err(std::io::Error::other)?;
            crate::fsutil::write_secret_file(&path, &json)?;
            s
        }
    };
    Ok(FactorySetup {
        passcode: passcode.unwrap_or(stored.passcode),
        discriminator: discriminator.unwrap_or(stored.discriminator),
    })
}

fn draw() -> std::io::Result<FactorySetup> {
    let rng = ring::rand::SystemRandom::new();
    loop {
        let mut b = [0u8; 6];
        ring::rand::SecureRandom::fill(&rng, &mut b)
            .map_err(|_| std::io::Error::other("no randomness"))?;
        let passcode = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) & 0x07FF_FFFF;
        if Passcode::new(passcode).is_ok() {
            return Ok(FactorySetup {
                passcode,
                discriminator: u16::from_le_bytes([b[4], b[5]]) & 0x0FFF,
            });
        }
    }
}

/// The payloads for `passcode`/`discriminator` of product `vid`/`pid`,
/// discoverable on the IP network.
pub fn onboarding(vid: u16, pid: u16, passcode: u32, discriminator: u16) -> Option<Onboarding> {
    let payload = SetupPayload {
        version: 0,
        vid: Some(vid),
        pid: Some(pid),
        flow: CommissioningFlow::Standard,
        rendezvous: Some(Rendezvous::ON_NETWORK),
        discriminator: Discriminator::Long(discriminator),
        passcode: Passcode::new(passcode).ok()?,
        tlv: None,
    };
    Some(Onboarding {
        qr: payload.to_qr().ok()?,
        manual: payload.to_manual().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_setup_is_drawn_once_kept_private_and_overridable() {
        let d = tempfile::tempdir().unwrap();
        let a = load_or_create(d.path(), None, None).unwrap();
        assert!(Passcode::new(a.passcode).is_ok());
        assert!(a.discriminator <= 0xFFF);
        let mode = std::fs::metadata(d.path().join(SETUP_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(load_or_create(d.path(), None, None).unwrap(), a);
        let c = load_or_create(d.path(), Some(20202021), Some(3840)).unwrap();
        assert_eq!((c.passcode, c.discriminator), (20202021, 3840));
        assert!(!format!("{a:?}").contains(&a.passcode.to_string()));
    }

    #[test]
    fn the_payloads_are_the_sdk_examples() {
        // PEERS-documented vectors of the Matter SDK's SetupPayload.
        let o = onboarding(0xFFF1, 0x8001, 20202021, 3840).unwrap();
        assert_eq!(o.qr, "MT:-24J0AFN00KA0648G00");
        assert_eq!(o.manual, "34970112332");
    }
}
