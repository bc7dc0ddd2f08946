//! TEST ONLY attestation chains: a PAA, a PAI and a DAC with Matter-style
//! subjects and extensions (P-256, ECDSA/SHA-256, VID/PID DN attributes,
//! critical basic constraints and key usage, 20-byte key identifiers),
//! optionally with one deliberate flaw so that tests and operators can see
//! each rule refuse.
//!
//! Every minted PAA's common name contains `TEST ONLY`; every file written
//! by [`TestChain::write_to`] has `TEST-ONLY` in its name, except
//! `README.txt`, which says TEST ONLY in its first line. None of this may
//! ever be placed in a production trust store.

use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, DnValue, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use ring::rand::SecureRandom;
use zeroize::Zeroizing;

use super::hub_ca::{plus_days, random_serial, to_odt};
use crate::fsutil::{ensure_private_dir, write_public_file, write_secret_file};
use crate::time::UnixMillis;

/// The minted PAA certificate (PEM).
pub const PAA_CERT_FILE: &str = "TEST-ONLY-paa-cert.pem";
/// The minted PAA key (PKCS#8 PEM, 0600).
pub const PAA_KEY_FILE: &str = "TEST-ONLY-paa-key.pem";
/// The minted PAI certificate (PEM).
pub const PAI_CERT_FILE: &str = "TEST-ONLY-pai-cert.pem";
/// The minted PAI key (PKCS#8 PEM, 0600).
pub const PAI_KEY_FILE: &str = "TEST-ONLY-pai-key.pem";
/// The minted DAC certificate (PEM).
pub const DAC_CERT_FILE: &str = "TEST-ONLY-dac-cert.pem";
/// The minted DAC key (PKCS#8 PEM, 0600).
pub const DAC_KEY_FILE: &str = "TEST-ONLY-dac-key.pem";
/// The setup payload fields (TOML).
pub const SETUP_PAYLOAD_FILE: &str = "TEST-ONLY-setup-payload.toml";
/// The explanation.
pub const README_FILE: &str = "README.txt";

const MATTER_VID: [u64; 9] = [1, 3, 6, 1, 4, 1, 37244, 2, 1];
const MATTER_PID: [u64; 9] = [1, 3, 6, 1, 4, 1, 37244, 2, 2];

/// What to mint; every flaw flag is off by default.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MintOptions {
    /// The device's Vendor ID.
    pub vid: u16,
    /// The device's Product ID.
    pub pid: u16,
    /// The wall time validity is computed from.
    pub now: UnixMillis,
    /// The DAC expired a day ago.
    pub expired: bool,
    /// The DAC becomes valid tomorrow.
    pub not_yet_valid: bool,
    /// The DAC's VID differs from the PAI's (VID xor 1).
    pub wrong_vid: bool,
    /// The PAI carries this PID (a Matter chain allows it only when it
    /// equals the DAC's).
    pub pai_pid: Option<u16>,
    /// The PAI is issued by another ("rogue") PAA; the PAA written out is
    /// not its issuer.
    pub untrusted: bool,
    /// The DAC is marked as a CA.
    pub dac_ca: bool,
    /// The DAC's key usage is keyCertSign + cRLSign instead of
    /// digitalSignature.
    pub dac_bad_key_usage: bool,
    /// The DAC's key is P-384 (its signature, by the PAI, stays P-256).
    pub dac_p384: bool,
    /// The PAI is not a CA.
    pub pai_not_ca: bool,
    /// The PAA has pathlen 0 (forbids the PAI below it).
    pub paa_pathlen_zero: bool,
}

impl MintOptions {
    /// A valid chain for `vid`/`pid`, valid at `now`.
    pub fn new(vid: u16, pid: u16, now: UnixMillis) -> MintOptions {
        MintOptions {
            vid,
            pid,
            now,
            expired: false,
            not_yet_valid: false,
            wrong_vid: false,
            pai_pid: None,
            untrusted: false,
            dac_ca: false,
            dac_bad_key_usage: false,
            dac_p384: false,
            pai_not_ca: false,
            paa_pathlen_zero: false,
        }
    }
}

/// Why minting failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MintError {
    /// rcgen, the clock conversion or the random generator failed.
    #[error("cannot mint the test chain: {0}")]
    Generate(String),
    /// Writing an output file failed.
    #[error("cannot write {path}: {reason}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

fn gen(e: impl std::fmt::Display) -> MintError {
    MintError::Generate(e.to_string())
}

/// One minted certificate and its key.
pub struct MintedCert {
    /// DER.
    pub der: Vec<u8>,
    /// PEM.
    pub pem: String,
    /// The private key, PKCS#8 PEM.
    pub key_pem: Zeroizing<String>,
}

impl std::fmt::Debug for MintedCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MintedCert")
            .field("der_len", &self.der.len())
            .finish_non_exhaustive()
    }
}

/// The fields of a Matter setup payload (QR/manual encoding is done
/// elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetupPayload {
    /// Setup passcode (1..=99999998, not a trivial one).
    pub passcode: u32,
    /// 12-bit discriminator.
    pub discriminator: u16,
    /// Vendor ID.
    pub vid: u16,
    /// Product ID.
    pub pid: u16,
}

/// Whether `p` is a valid Matter setup passcode (the onboarding module's
/// rules).
pub fn is_valid_passcode(p: u32) -> bool {
    crate::onboarding::Passcode::new(p).is_ok()
}

impl SetupPayload {
    /// A random valid passcode and discriminator.
    pub fn random(vid: u16, pid: u16) -> Result<SetupPayload, MintError> {
        let rng = ring::rand::SystemRandom::new();
        let mut buf = [0u8; 6];
        loop {
            rng.fill(&mut buf)
                .map_err(|_| gen("random generator failed"))?;
            let passcode = u32::from_be_bytes([buf[0], buf[1], buf[2], buf[3]]) % 99_999_998 + 1;
            if is_valid_passcode(passcode) {
                let discriminator = u16::from_be_bytes([buf[4], buf[5]]) & 0x0FFF;
                return Ok(SetupPayload {
                    passcode,
                    discriminator,
                    vid,
                    pid,
                });
            }
        }
    }

    /// The payload as a Matter QR code (`MT:...`, standard flow, on-network
    /// discovery) and an 11-digit manual pairing code.
    pub fn codes(&self) -> Result<(String, String), MintError> {
        use crate::onboarding::{
            CommissioningFlow, Discriminator, Passcode, Rendezvous, SetupPayload as Payload,
        };
        let passcode = Passcode::new(self.passcode).map_err(gen)?;
        let p = Payload {
            version: 0,
            vid: Some(self.vid),
            pid: Some(self.pid),
            flow: CommissioningFlow::Standard,
            rendezvous: Some(Rendezvous::ON_NETWORK),
            discriminator: Discriminator::Long(self.discriminator),
            passcode,
            tlv: None,
        };
        let qr = p.to_qr().map_err(gen)?;
        let manual = p.to_manual().map_err(gen)?;
        Ok((qr, manual))
    }

    /// The TOML text written to `TEST-ONLY-setup-payload.toml`.
    pub fn to_toml(&self) -> Result<String, MintError> {
        let (qr, manual) = self.codes()?;
        Ok(format!(
            "# TEST ONLY: setup payload of a TEST ONLY device minted by\n\
             # `threshold pki mint-test-device`. Never use it for a real product.\n\
             passcode = {}\n\
             discriminator = {}\n\
             vid = 0x{:04X}\n\
             pid = 0x{:04X}\n\
             qr = \"{qr}\"\n\
             manual = \"{manual}\"\n",
            self.passcode, self.discriminator, self.vid, self.pid
        ))
    }
}

/// A minted chain.
#[derive(Debug)]
pub struct TestChain {
    /// The PAA written out (with `untrusted`, not the PAI's issuer).
    pub paa: MintedCert,
    /// The PAI.
    pub pai: MintedCert,
    /// The DAC.
    pub dac: MintedCert,
    /// The setup payload fields.
    pub setup: SetupPayload,
}

fn dn(cn: String, vid: Option<u16>, pid: Option<u16>) -> DistinguishedName {
    let mut d = DistinguishedName::new();
    d.push(DnType::CommonName, cn);
    if let Some(v) = vid {
        d.push(
            DnType::CustomDnType(MATTER_VID.to_vec()),
            DnValue::Utf8String(format!("{v:04X}")),
        );
    }
    if let Some(p) = pid {
        d.push(
            DnType::CustomDnType(MATTER_PID.to_vec()),
            DnValue::Utf8String(format!("{p:04X}")),
        );
    }
    d
}

fn base_params(
    name: DistinguishedName,
    not_before: UnixMillis,
    not_after: UnixMillis,
) -> Result<CertificateParams, MintError> {
    let mut p = CertificateParams::default();
    p.distinguished_name = name;
    p.not_before = to_odt(not_before).map_err(gen)?;
    p.not_after = to_odt(not_after).map_err(gen)?;
    p.serial_number = Some(random_serial().map_err(gen)?);
    p.use_authority_key_identifier_extension = true;
    Ok(p)
}

fn p256() -> Result<KeyPair, MintError> {
    KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(gen)
}

fn minted(cert: rcgen::Certificate, key: &KeyPair) -> MintedCert {
    MintedCert {
        der: cert.der().to_vec(),
        pem: cert.pem(),
        key_pem: Zeroizing::new(key.serialize_pem()),
    }
}

fn ca_params(
    cn: String,
    vid: Option<u16>,
    pid: Option<u16>,
    now: UnixMillis,
    years: i64,
    is_ca: IsCa,
) -> Result<CertificateParams, MintError> {
    let mut p = base_params(
        dn(cn, vid, pid),
        plus_days(now, -1),
        plus_days(now, 365 * years),
    )?;
    p.is_ca = is_ca;
    p.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    Ok(p)
}

/// Mints a PAA → PAI → DAC chain as `opts` describes.
pub fn mint_test_chain(opts: &MintOptions) -> Result<TestChain, MintError> {
    let now = opts.now;
    let vid = opts.vid;

    // PAA (the one written out).
    let paa_key = p256()?;
    let paa_pathlen = if opts.paa_pathlen_zero { 0 } else { 1 };
    let paa_params = ca_params(
        "Threshold TEST ONLY PAA".into(),
        Some(vid),
        None,
        now,
        30,
        IsCa::Ca(BasicConstraints::Constrained(paa_pathlen)),
    )?;
    let paa_cert = paa_params.self_signed(&paa_key).map_err(gen)?;

    // The PAI's issuer: the PAA, or a rogue root nobody trusts.
    let rogue_key = p256()?;
    let rogue_params = ca_params(
        "Threshold TEST ONLY rogue PAA (untrusted)".into(),
        Some(vid),
        None,
        now,
        30,
        IsCa::Ca(BasicConstraints::Constrained(1)),
    )?;
    let pai_issuer = if opts.untrusted {
        Issuer::from_params(&rogue_params, &rogue_key)
    } else {
        Issuer::from_params(&paa_params, &paa_key)
    };

    // PAI.
    let pai_key = p256()?;
    let pai_is_ca = if opts.pai_not_ca {
        IsCa::ExplicitNoCa
    } else {
        IsCa::Ca(BasicConstraints::Constrained(0))
    };
    let pai_params = ca_params(
        format!("Threshold TEST ONLY PAI 0x{vid:04X}"),
        Some(vid),
        opts.pai_pid,
        now,
        20,
        pai_is_ca,
    )?;
    let pai_cert = pai_params.signed_by(&pai_key, &pai_issuer).map_err(gen)?;

    // DAC.
    let dac_key = if opts.dac_p384 {
        KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).map_err(gen)?
    } else {
        p256()?
    };
    let dac_vid = if opts.wrong_vid { vid ^ 0x0001 } else { vid };
    let (nb, na) = if opts.expired {
        (plus_days(now, -730), plus_days(now, -1))
    } else if opts.not_yet_valid {
        (plus_days(now, 1), plus_days(now, 3650))
    } else {
        (plus_days(now, -1), plus_days(now, 3650))
    };
    let mut dac_params = base_params(
        dn(
            format!("Threshold TEST ONLY DAC 0x{dac_vid:04X}/0x{:04X}", opts.pid),
            Some(dac_vid),
            Some(opts.pid),
        ),
        nb,
        na,
    )?;
    dac_params.is_ca = if opts.dac_ca {
        IsCa::Ca(BasicConstraints::Unconstrained)
    } else {
        IsCa::ExplicitNoCa
    };
    dac_params.key_usages = if opts.dac_bad_key_usage {
        vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign]
    } else {
        vec![KeyUsagePurpose::DigitalSignature]
    };
    let pai_as_issuer = Issuer::from_params(&pai_params, &pai_key);
    let dac_cert = dac_params
        .signed_by(&dac_key, &pai_as_issuer)
        .map_err(gen)?;

    Ok(TestChain {
        paa: minted(paa_cert, &paa_key),
        pai: minted(pai_cert, &pai_key),
        dac: minted(dac_cert, &dac_key),
        setup: SetupPayload::random(vid, opts.pid)?,
    })
}

fn readme(opts: Option<&MintOptions>) -> String {
    let flaws = opts
        .map(|o| {
            let mut v = Vec::new();
            for (on, name) in [
                (o.expired, "--expired: the DAC expired a day before the mint time"),
                (o.not_yet_valid, "--not-yet-valid: the DAC becomes valid a day after the mint time"),
                (o.wrong_vid, "--wrong-vid: the DAC's VID differs from the PAI's"),
                (o.untrusted, "--untrusted: the PAI was issued by a rogue PAA that is not written out"),
                (o.dac_ca, "--dac-ca: the DAC is marked as a CA"),
                (o.dac_bad_key_usage, "--dac-bad-key-usage: the DAC has keyCertSign+cRLSign instead of digitalSignature"),
                (o.dac_p384, "--dac-p384: the DAC key is P-384"),
                (o.pai_not_ca, "--pai-not-ca: the PAI is not a CA"),
                (o.paa_pathlen_zero, "--paa-pathlen0: the PAA has pathlen 0"),
            ] {
                if on {
                    v.push(format!("  * {name}\n"));
                }
            }
            if let Some(p) = o.pai_pid {
                v.push(format!("  * --pai-pid {p:04X}: the PAI carries a PID\n"));
            }
            if v.is_empty() {
                "  (none: the chain is valid)\n".to_string()
            } else {
                v.concat()
            }
        })
        .unwrap_or_default();
    format!(
        "TEST ONLY - DO NOT USE IN PRODUCTS - DO NOT TRUST THESE CERTIFICATES\n\
         \n\
         This directory holds a TEST ONLY Matter device attestation chain minted by\n\
         `threshold pki mint-test-device`: a test PAA (its common name says TEST ONLY),\n\
         a PAI, a DAC, their private keys, and a random setup passcode and\n\
         discriminator. The keys are not protected by anything but file modes (0600).\n\
         Never copy the PAA into a production trust store.\n\
         \n\
         Deliberate flaws:\n{flaws}\n\
         Files:\n  {PAA_CERT_FILE}, {PAA_KEY_FILE}\n  {PAI_CERT_FILE}, {PAI_KEY_FILE}\n  {DAC_CERT_FILE}, {DAC_KEY_FILE}\n  {SETUP_PAYLOAD_FILE}\n\
         \n\
         Verify with:\n  mkdir -p roots && cp {PAA_CERT_FILE} roots/\n  threshold pki verify-device --trust-store roots --dac {DAC_CERT_FILE} --pai {PAI_CERT_FILE}\n"
    )
}

impl TestChain {
    /// Writes the chain into `dir` (created with mode 0700 if missing):
    /// certificates 0644, keys 0600, the setup payload and README.txt.
    /// Returns the paths written. `opts` (the options it was minted with)
    /// is described in the README.
    pub fn write_to(
        &self,
        dir: &Path,
        opts: Option<&MintOptions>,
    ) -> Result<Vec<PathBuf>, MintError> {
        ensure_private_dir(dir).map_err(|e| MintError::Write {
            path: dir.to_owned(),
            reason: e.to_string(),
        })?;
        let mut written = Vec::new();
        let public = |name: &str, data: &[u8], written: &mut Vec<PathBuf>| {
            let p = dir.join(name);
            write_public_file(&p, data).map_err(|e| MintError::Write {
                path: p.clone(),
                reason: e.to_string(),
            })?;
            written.push(p);
            Ok::<(), MintError>(())
        };
        let secret = |name: &str, data: &[u8], written: &mut Vec<PathBuf>| {
            let p = dir.join(name);
            write_secret_file(&p, data).map_err(|e| MintError::Write {
                path: p.clone(),
                reason: e.to_string(),
            })?;
            written.push(p);
            Ok::<(), MintError>(())
        };
        public(README_FILE, readme(opts).as_bytes(), &mut written)?;
        public(PAA_CERT_FILE, self.paa.pem.as_bytes(), &mut written)?;
        secret(PAA_KEY_FILE, self.paa.key_pem.as_bytes(), &mut written)?;
        public(PAI_CERT_FILE, self.pai.pem.as_bytes(), &mut written)?;
        secret(PAI_KEY_FILE, self.pai.key_pem.as_bytes(), &mut written)?;
        public(DAC_CERT_FILE, self.dac.pem.as_bytes(), &mut written)?;
        secret(DAC_KEY_FILE, self.dac.key_pem.as_bytes(), &mut written)?;
        public(
            SETUP_PAYLOAD_FILE,
            self.setup.to_toml()?.as_bytes(),
            &mut written,
        )?;
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passcodes() {
        assert!(is_valid_passcode(20202021));
        assert!(!is_valid_passcode(0));
        assert!(!is_valid_passcode(11111111));
        assert!(!is_valid_passcode(12345678));
        assert!(!is_valid_passcode(87654321));
        assert!(!is_valid_passcode(99999999));
        assert!(!is_valid_passcode(100_000_000));
        for _ in 0..200 {
            let s = SetupPayload::random(0xFFF1, 0x8001).unwrap();
            assert!(is_valid_passcode(s.passcode));
            assert!(s.discriminator <= 0x0FFF);
        }
    }

    #[test]
    fn setup_payload_toml_round_trips() {
        let s = SetupPayload {
            passcode: 20202021,
            discriminator: 3840,
            vid: 0xFFF1,
            pid: 0x8001,
        };
        let text = s.to_toml().unwrap();
        let v: toml::Value = toml::from_str(&text).unwrap();
        assert_eq!(v["passcode"].as_integer(), Some(20202021));
        assert_eq!(v["discriminator"].as_integer(), Some(3840));
        assert_eq!(v["vid"].as_integer(), Some(0xFFF1));
        assert_eq!(v["pid"].as_integer(), Some(0x8001));
        // The Matter SDK's published example payload for these fields.
        assert_eq!(v["qr"].as_str(), Some("MT:-24J0AFN00KA0648G00"));
        let manual = v["manual"].as_str().unwrap();
        let back = crate::onboarding::SetupPayload::parse(manual).unwrap();
        assert_eq!(back.passcode.value(), 20202021);
        assert!(text.starts_with("# TEST ONLY"));
    }
}
