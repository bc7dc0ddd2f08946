//! Everything device pairing trusts, loaded from the state directory at
//! start ([`DevicePki::load`]) and again on a reload ([`TrustSet::load`]):
//!
//! | path in the state directory | what | if missing | reloaded |
//! |---|---|---|---|
//! | `pki/` | the hub CA ([`HubCa`]), shared with the controller API | created | no |
//! | `paa-roots/` | trusted PAA certificates, PEM or DER ([`TrustStore`]) | created empty: every DAC is refused | yes |
//! | `crls/` | CRLs, PEM or DER ([`CrlSet`]) | no CRL checked | yes |
//! | `attestation-denylist.toml` | revoked keys and serials ([`Denylist`]) | nothing denied | yes |
//! | `vulnerable-firmware.toml` | the vulnerable-firmware policy ([`FirmwarePolicy`]) | no firmware refused | yes |
//!
//! A file that is present but unreadable or malformed stops the start with
//! an error naming it: a hub never pairs on a trust configuration other
//! than the one its operator wrote. Blocking file I/O: call it from
//! `spawn_blocking` in async code.
//!
//! # Reloading
//!
//! The four reloadable parts form one [`TrustSet`], shared by the TLS
//! client verifier and the pairing service through a [`SharedTrust`]:
//!
//! * [`TrustSet::load`] reads every file again; it succeeds only if ALL of
//!   them parse, so a bad file never yields a half-new set.
//! * [`SharedTrust::replace`] then swaps the whole set at once. A reader
//!   ([`SharedTrust::current`], one TLS handshake) keeps the `Arc` it got:
//!   what is in flight finishes on the set it started with.
//! * Admissions are fenced: [`SharedTrust::admitting`] holds a shared
//!   gate from the moment a device's admission is decided until it is
//!   durable, and [`SharedTrust::replace`] takes that gate exclusively. So
//!   once `replace` returns, every device admitted on the old set is in
//!   the store (and can be re-checked), and every later admission is
//!   decided on the new set.
//! * [`TrustSet::recheck`] is the decision applied to a device admitted
//!   earlier: only a revocation (CRL or denylist) of its chain or a
//!   matching firmware advisory counts, never expiry or a removed root.
#![forbid(unsafe_code)]

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use serde::{Deserialize, Serialize};

use super::hub_ca::{HubCa, HubCaError};
use super::{
    AttestationError, AttestationVerifier, CertRole, CrlSet, Denylist, Expected, FirmwarePolicy,
    FirmwareVerdict, RevocationSource, TrustStore,
};
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
    /// PAA roots, CRLs, denylist and firmware policy: what a reload
    /// replaces.
    pub trust: TrustSet,
}

/// Why [`DevicePki::load`] or [`TrustSet::load`] failed: the file or
/// directory, and the cause.
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
        let trust = TrustSet::load(state_dir)?;
        if trust.verifier.trust_store().is_empty() {
            tracing::warn!(
                dir = %trust_dir.display(),
                "no PAA root is trusted: every device will be refused; put PAA certificates (PEM or DER) there and run `threshold pki reload`"
            );
        } else {
            tracing::info!(dir = %trust_dir.display(), roots = trust.verifier.trust_store().len(), "PAA trust store loaded");
        }
        Ok(DevicePki { ca, trust })
    }
}

/// How many entries each part of a [`TrustSet`] holds (audited on reload).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustCounts {
    /// PAA roots.
    pub roots: usize,
    /// CRLs in use.
    pub crls: usize,
    /// Denylist entries.
    pub denylist: usize,
    /// Firmware advisories.
    pub advisories: usize,
}

/// One consistent set of what devices are judged by: PAA roots, CRLs and
/// denylist (the [`AttestationVerifier`]) and the [`FirmwarePolicy`].
#[derive(Debug, Default)]
pub struct TrustSet {
    verifier: AttestationVerifier,
    firmware: FirmwarePolicy,
}

/// What [`TrustSet::recheck`] found against a device admitted earlier.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Recheck {
    /// A certificate of its chain (DAC, PAI or PAA) is revoked by a CRL or
    /// the denylist.
    DacRevoked {
        /// Which certificate.
        cert: CertRole,
        /// What revoked it.
        by: RevocationSource,
    },
    /// Its firmware version is under an advisory (either action: the
    /// device is already in, so quarantine is what is left).
    VulnerableFirmware(FirmwareVerdict),
}

impl Recheck {
    /// The quarantine reason: `dac_revoked` or `vulnerable_firmware`.
    pub fn reason(&self) -> &'static str {
        match self {
            Recheck::DacRevoked { .. } => "dac_revoked",
            Recheck::VulnerableFirmware(_) => "vulnerable_firmware",
        }
    }

    /// The audit details: what revoked which certificate, or the advisory.
    pub fn details(&self, firmware: u32) -> Vec<(String, serde_json::Value)> {
        match self {
            Recheck::DacRevoked { cert, by } => vec![
                ("cert".to_owned(), serde_json::Value::from(cert.as_str())),
                (
                    "revoked_by".to_owned(),
                    serde_json::Value::from(by.to_string()),
                ),
            ],
            Recheck::VulnerableFirmware(v) => vec![
                (
                    "advisory".to_owned(),
                    serde_json::Value::from(v.advisory.as_str()),
                ),
                ("firmware".to_owned(), serde_json::Value::from(firmware)),
            ],
        }
    }
}

impl TrustSet {
    /// A set of these parts.
    pub fn new(verifier: AttestationVerifier, firmware: FirmwarePolicy) -> TrustSet {
        TrustSet { verifier, firmware }
    }

    /// Reads every reloadable file of `state_dir` (see the module table);
    /// all or nothing: the first unusable file is the error, named.
    pub fn load(state_dir: &Path) -> Result<TrustSet, PkiLoadError> {
        let trust_dir = TrustStore::default_dir(state_dir);
        let trust =
            TrustStore::load_default(state_dir).map_err(|e| PkiLoadError::new(&trust_dir, e))?;
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
        Ok(TrustSet { verifier, firmware })
    }

    /// PAA roots, CRLs and denylist.
    pub fn verifier(&self) -> &AttestationVerifier {
        &self.verifier
    }

    /// The vulnerable-firmware policy.
    pub fn firmware(&self) -> &FirmwarePolicy {
        &self.firmware
    }

    /// How many entries each part holds.
    pub fn counts(&self) -> TrustCounts {
        TrustCounts {
            roots: self.verifier.trust_store().len(),
            crls: self.verifier.crls().len(),
            denylist: self.verifier.denylist().len(),
            advisories: self.firmware.advisories().len(),
        }
    }

    /// Judges a device admitted earlier with chain `dac`/`pai`, VID/PID
    /// and reported `firmware` version, at wall time `now`: `None` when
    /// nothing in this set is against it.
    ///
    /// Only a **revocation** counts against the chain (a CRL listing the
    /// DAC or PAI, a denylist entry for the DAC, PAI or PAA): a chain that
    /// merely expired, or whose PAA is no longer trusted, is not revoked.
    /// To that end the chain is checked at the earlier of `now` and the
    /// first `notAfter` of the DAC and PAI, so expiry neither counts nor
    /// hides a revocation. A revocation wins over a firmware advisory.
    pub fn recheck(
        &self,
        dac: &[u8],
        pai: &[u8],
        vid: u16,
        pid: u16,
        firmware: u32,
        now: UnixMillis,
    ) -> Option<Recheck> {
        let mut at = now;
        for der in [dac, pai] {
            if let Ok(info) = super::cert::CertInfo::parse(der) {
                at = at.min(info.not_after_ms());
            }
        }
        let verdict = self.verifier.verify(dac, pai, at, Expected::default());
        let revoked = ["revocation.crl", "revocation.denylist"]
            .into_iter()
            .filter_map(|rule| verdict.rule(rule).and_then(|r| r.error.as_ref()))
            .find_map(|e| match e {
                AttestationError::Revoked { cert, by } => Some(Recheck::DacRevoked {
                    cert: *cert,
                    by: by.clone(),
                }),
                _ => None,
            });
        revoked.or_else(|| {
            self.firmware
                .check(vid, pid, firmware)
                .map(Recheck::VulnerableFirmware)
        })
    }
}

/// The [`TrustSet`] in force, shared by everything that judges devices and
/// replaced as a whole (see the module docs for the guarantees).
#[derive(Clone, Debug)]
pub struct SharedTrust {
    inner: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    current: RwLock<Arc<TrustSet>>,
    /// Shared by each admission in progress, exclusive for a swap.
    admissions: tokio::sync::RwLock<()>,
}

/// The set in force for one admission, with the gate that keeps a reload
/// from swapping it until the admission is durable (drop it then).
#[derive(Debug)]
pub struct Admitting<'a> {
    _gate: tokio::sync::RwLockReadGuard<'a, ()>,
    set: Arc<TrustSet>,
}

impl Deref for Admitting<'_> {
    type Target = TrustSet;

    fn deref(&self) -> &TrustSet {
        &self.set
    }
}

impl SharedTrust {
    /// Shares `set`.
    pub fn new(set: TrustSet) -> SharedTrust {
        SharedTrust {
            inner: Arc::new(Shared {
                current: RwLock::new(Arc::new(set)),
                admissions: tokio::sync::RwLock::new(()),
            }),
        }
    }

    /// The set in force now (a TLS handshake keeps it to its end).
    pub fn current(&self) -> Arc<TrustSet> {
        // The only write is one assignment: a poisoned lock holds a whole set.
        self.inner
            .current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The set in force, for deciding an admission; a reload waits until
    /// the returned guard is dropped.
    pub async fn admitting(&self) -> Admitting<'_> {
        let gate = self.inner.admissions.read().await;
        Admitting {
            _gate: gate,
            set: self.current(),
        }
    }

    /// Puts `set` in force once no admission is in progress; returns the
    /// set it replaced.
    pub async fn replace(&self, set: TrustSet) -> Arc<TrustSet> {
        let _gate = self.inner.admissions.write().await;
        let mut cur = self
            .inner
            .current
            .write()
            .unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *cur, Arc::new(set))
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

    const NOW: UnixMillis = UnixMillis(1_800_000_000_000);

    fn chain() -> crate::attestation::mint::TestChain {
        let opts = crate::attestation::mint::MintOptions::new(0xFFF1, 0x8001, NOW);
        crate::attestation::mint::mint_test_chain(&opts).expect("mint")
    }

    fn set_for(c: &crate::attestation::mint::TestChain, deny: &str, fw: &str) -> TrustSet {
        let mut roots = TrustStore::empty();
        roots.add_der(&c.paa.der, "paa.der").expect("paa");
        let v = AttestationVerifier::new(roots)
            .with_denylist(Denylist::from_toml_str(deny).expect("denylist"));
        TrustSet::new(v, FirmwarePolicy::from_toml_str(fw).expect("policy"))
    }

    fn ski_entry(der: &[u8]) -> String {
        let info = crate::attestation::cert::CertInfo::parse(der).expect("cert");
        format!("[[deny]]\nski = \"{}\"\n", info.ski_hex().expect("ski"))
    }

    const ADVISORY: &str =
        "[[advisory]]\nid = \"A-1\"\nvid = 0xFFF1\nmax_version = 3\naction = \"refuse\"\n";

    #[test]
    fn recheck_counts_revocations_and_advisories_only() {
        let c = chain();
        let clean = set_for(&c, "", "");
        assert_eq!(
            clean.recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 1, NOW),
            None
        );
        // Long after every certificate expired: expiry is not revocation.
        let later = UnixMillis(NOW.0 + 200 * 365 * 86_400_000);
        assert_eq!(
            clean.recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 1, later),
            None
        );
        // A root no longer trusted is not a revocation either.
        let no_roots = TrustSet::default();
        assert_eq!(
            no_roots.recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 1, NOW),
            None
        );
        // The DAC denied, seen even once expired.
        let denied = set_for(&c, &ski_entry(&c.dac.der), "");
        for at in [NOW, later] {
            let r = denied
                .recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 1, at)
                .expect("revoked");
            assert!(
                matches!(
                    r,
                    Recheck::DacRevoked {
                        cert: CertRole::Dac,
                        ..
                    }
                ),
                "{r:?}"
            );
            assert_eq!(r.reason(), "dac_revoked");
        }
        // Its PAI denied: the same reason, naming the PAI.
        let pai = set_for(&c, &ski_entry(&c.pai.der), "");
        assert!(matches!(
            pai.recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 1, NOW),
            Some(Recheck::DacRevoked {
                cert: CertRole::Pai,
                ..
            })
        ));
        // Firmware: inside the advisory's range only; revocation wins.
        let fw = set_for(&c, "", ADVISORY);
        let r = fw
            .recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 3, NOW)
            .expect("advisory");
        assert_eq!(r.reason(), "vulnerable_firmware");
        assert_eq!(r.details(3)[0].1, "A-1");
        assert_eq!(
            fw.recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 4, NOW),
            None
        );
        let both = set_for(&c, &ski_entry(&c.dac.der), ADVISORY);
        assert_eq!(
            both.recheck(&c.dac.der, &c.pai.der, 0xFFF1, 0x8001, 3, NOW)
                .map(|r| r.reason()),
            Some("dac_revoked")
        );
    }

    #[tokio::test]
    async fn a_swap_replaces_the_whole_set_and_readers_keep_theirs() {
        let c = chain();
        let shared = SharedTrust::new(set_for(&c, "", ""));
        let held = shared.current();
        assert_eq!(held.counts().denylist, 0);
        let old = shared
            .replace(set_for(&c, &ski_entry(&c.dac.der), ADVISORY))
            .await;
        assert!(Arc::ptr_eq(&old, &held));
        // What was taken before the swap is unchanged; what is taken after
        // sees every part of the new set.
        assert_eq!(held.counts().denylist, 0);
        let now = shared.current().counts();
        assert_eq!(
            now,
            TrustCounts {
                roots: 1,
                crls: 0,
                denylist: 1,
                advisories: 1
            }
        );
        assert_eq!(shared.admitting().await.counts(), now);
    }

    #[tokio::test]
    async fn a_swap_waits_for_the_admissions_in_progress() {
        let shared = SharedTrust::new(TrustSet::default());
        let admitting = shared.admitting().await;
        let swap = {
            let shared = shared.clone();
            tokio::spawn(async move {
                shared
                    .replace(TrustSet::new(
                        AttestationVerifier::default(),
                        FirmwarePolicy::from_toml_str(ADVISORY).expect("policy"),
                    ))
                    .await;
            })
        };
        // The swap cannot happen while the admission holds its set.
        tokio::task::yield_now().await;
        assert!(!swap.is_finished());
        assert_eq!(shared.current().counts().advisories, 0);
        drop(admitting);
        swap.await.expect("swap");
        assert_eq!(shared.current().counts().advisories, 1);
    }

    #[test]
    fn a_reload_reads_every_file_and_refuses_on_any_bad_one() {
        let d = tempfile::tempdir().expect("tempdir");
        let c = chain();
        DevicePki::load(d.path(), NOW).expect("first load");
        std::fs::write(
            TrustStore::default_dir(d.path()).join("paa.der"),
            &c.paa.der,
        )
        .expect("paa");
        std::fs::write(d.path().join(DENYLIST_FILE), ski_entry(&c.dac.der)).expect("deny");
        std::fs::write(d.path().join(FIRMWARE_POLICY_FILE), ADVISORY).expect("fw");
        let set = TrustSet::load(d.path()).expect("reload");
        assert_eq!(
            set.counts(),
            TrustCounts {
                roots: 1,
                crls: 0,
                denylist: 1,
                advisories: 1
            }
        );
        let deny = d.path().join(DENYLIST_FILE);
        std::fs::write(&deny, "[[deny]]\nski = \"zz\"\n").expect("bad deny");
        let e = TrustSet::load(d.path()).expect_err("refused");
        assert_eq!(e.path, deny);
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
