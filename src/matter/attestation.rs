//! Device attestation credentials: the DAC, its PAI, the Certification
//! Declaration and the DAC's private key, which prove to a commissioner
//! that the hub is a certified product of its vendor (Matter Core spec,
//! "Device Attestation").
//!
//! A vendor supplies them as four files in one directory
//! (`matter.credentials_dir`, docs/matter.md):
//!
//! | file | content |
//! |---|---|
//! | `dac.der` | the Device Attestation Certificate (X.509 DER) |
//! | `pai.der` | the Product Attestation Intermediate that issued it (DER) |
//! | `cd.der` | the Certification Declaration (CMS, DER) |
//! | `dac-key.pem` | the DAC's P-256 private key (SEC1 or PKCS#8 PEM, mode 0600) |
//!
//! Without a directory, the Matter SDK's public development credentials
//! (VID 0xFFF1, PID 0x8001, built in from `assets/matter-dev-credentials/`)
//! are used and the log says, at every start, that the hub is NOT a
//! certified product: controllers accept it only when they trust the
//! SDK's test PAA (development mode).
//!
//! Loading checks what can be checked offline: every file parses, the key
//! is the DAC's, the DAC names the PAI as its issuer, and the vendor and
//! product ids come from the DAC's subject. Errors name the file.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use rs_matter::crypto::{CanonPkcPublicKeyRef, CanonPkcSecretKeyRef};
use rs_matter::dm::clusters::dev_att::DeviceAttestation;
use zeroize::Zeroizing;

const DEV_DAC: &[u8] = include_bytes!("../../assets/matter-dev-credentials/dac.der");
const DEV_PAI: &[u8] = include_bytes!("../../assets/matter-dev-credentials/pai.der");
const DEV_CD: &[u8] = include_bytes!("../../assets/matter-dev-credentials/cd.der");
const DEV_KEY: &[u8] = include_bytes!("../../assets/matter-dev-credentials/dac-key.pem");

/// OID of the Matter vendor id attribute in a DAC/PAI subject.
const OID_VID: &str = "1.3.6.1.4.1.37244.2.1";
/// OID of the Matter product id attribute.
const OID_PID: &str = "1.3.6.1.4.1.37244.2.2";

/// Why credentials cannot be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// A file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A file does not hold what it should.
    #[error("{what}: {why}")]
    Invalid {
        /// The file (or built-in credential).
        what: String,
        /// What is wrong.
        why: String,
    },
}

/// The attestation credentials the node presents.
pub struct Credentials {
    dac: Vec<u8>,
    pai: Vec<u8>,
    cd: Vec<u8>,
    public: [u8; 65],
    secret: Zeroizing<[u8; 32]>,
    vendor_id: u16,
    product_id: Option<u16>,
    development: bool,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("vendor_id", &self.vendor_id)
            .field("product_id", &self.product_id)
            .field("development", &self.development)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// The Matter SDK's public development credentials (module docs).
    pub fn development() -> Result<Credentials, CredentialsError> {
        let mut c = Credentials::from_parts(
            "built-in development credentials",
            DEV_DAC.to_vec(),
            DEV_PAI.to_vec(),
            DEV_CD.to_vec(),
            DEV_KEY,
        )?;
        c.development = true;
        Ok(c)
    }

    /// The vendor's credentials from `dir` (module docs).
    pub fn load(dir: &Path) -> Result<Credentials, CredentialsError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| CredentialsError::Read { path, source })
        };
        let key_path = dir.join("dac-key.pem");
        let key =
            crate::fsutil::read_secret_file(&key_path).map_err(|e| CredentialsError::Invalid {
                what: key_path.display().to_string(),
                why: e.to_string(),
            })?;
        Credentials::from_parts(
            &dir.display().to_string(),
            read("dac.der")?,
            read("pai.der")?,
            read("cd.der")?,
            &key,
        )
    }

    fn from_parts(
        what: &str,
        dac: Vec<u8>,
        pai: Vec<u8>,
        cd: Vec<u8>,
        key_pem: &[u8],
    ) -> Result<Credentials, CredentialsError> {
        let bad = |file: &str, why: String| CredentialsError::Invalid {
            what: format!("{what}: {file}"),
            why,
        };
        let (_, dac_cert) = x509_parser::parse_x509_certificate(&dac)
            .map_err(|e| bad("dac.der", format!("not an X.509 certificate: {e}")))?;
        let (_, pai_cert) = x509_parser::parse_x509_certificate(&pai)
            .map_err(|e| bad("pai.der", format!("not an X.509 certificate: {e}")))?;
        if dac_cert.issuer() != pai_cert.subject() {
            return Err(bad("dac.der", "was not issued by pai.der".into()));
        }
        if cd.first() != Some(&0x30) {
            return Err(bad("cd.der", "not a DER CMS structure".into()));
        }
        let public: [u8; 65] = dac_cert
            .public_key()
            .subject_public_key
            .data
            .as_ref()
            .try_into()
            .map_err(|_| {
                bad(
                    "dac.der",
                    "the key is not an uncompressed P-256 point".into(),
                )
            })?;
        let secret = secret_from_pem(key_pem).ok_or_else(|| {
            bad(
                "dac-key.pem",
                "not a P-256 private key (SEC1 or PKCS#8 PEM)".into(),
            )
        })?;
        let derived = p256::SecretKey::from_slice(&secret[..])
            .map_err(|_| bad("dac-key.pem", "not a valid P-256 scalar".into()))?
            .public_key();
        let derived = p256::Sec1Point::from(derived);
        if derived.as_bytes() != public {
            return Err(bad("dac-key.pem", "is not the key of dac.der".into()));
        }
        let attr = |oid: &str| -> Option<u16> {
            dac_cert.subject().iter_attributes().find_map(|a| {
                if a.attr_type().to_id_string() != oid {
                    return None;
                }
                let s = a.as_str().ok()?;
                u16::from_str_radix(s, 16).ok()
            })
        };
        let vendor_id = attr(OID_VID)
            .ok_or_else(|| bad("dac.der", "the subject has no Matter vendor id".into()))?;
        let product_id = attr(OID_PID);
        Ok(Credentials {
            dac,
            pai,
            cd,
            public,
            secret,
            vendor_id,
            product_id,
            development: false,
        })
    }

    /// The vendor id in the DAC.
    pub fn vendor_id(&self) -> u16 {
        self.vendor_id
    }

    /// The product id in the DAC, if it names one.
    pub fn product_id(&self) -> Option<u16> {
        self.product_id
    }

    /// Whether these are the SDK's public development credentials.
    pub fn is_development(&self) -> bool {
        self.development
    }

    /// The DAC's private key (for the node's crypto backend).
    pub fn secret_key(&self) -> CanonPkcSecretKeyRef<'_> {
        CanonPkcSecretKeyRef::new(&self.secret)
    }
}

/// The 32-byte P-256 scalar of a SEC1 (`EC PRIVATE KEY`) or PKCS#8
/// (`PRIVATE KEY`, which wraps SEC1) PEM: the OCTET STRING of length 32
/// right after SEC1's `INTEGER 1` version.
fn secret_from_pem(pem_bytes: &[u8]) -> Option<Zeroizing<[u8; 32]>> {
    let parsed = pem::parse(pem_bytes).ok()?;
    let der = Zeroizing::new(parsed.into_contents());
    let at = der
        .windows(5)
        .position(|w| w == [0x02, 0x01, 0x01, 0x04, 0x20])?;
    let start = at + 5;
    let bytes = der.get(start..start + 32)?;
    let mut out = Zeroizing::new([0u8; 32]);
    out.copy_from_slice(bytes);
    Some(out)
}

impl DeviceAttestation for Credentials {
    fn cert_declaration(&self) -> &[u8] {
        &self.cd
    }

    fn pai(&self) -> &[u8] {
        &self.pai
    }

    fn dac(&self) -> &[u8] {
        &self.dac
    }

    fn dac_pub_key(&self) -> CanonPkcPublicKeyRef<'_> {
        CanonPkcPublicKeyRef::new(&self.public)
    }

    fn dac_priv_key(&self) -> CanonPkcSecretKeyRef<'_> {
        CanonPkcSecretKeyRef::new(&self.secret)
    }
}

impl rs_matter::utils::sync::DynBase for Credentials {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_development_credentials_load_and_say_so() {
        let c = Credentials::development().unwrap();
        assert!(c.is_development());
        assert_eq!(c.vendor_id(), 0xFFF1);
        assert_eq!(c.product_id(), Some(0x8001));
    }

    fn dir_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (n, b) in files {
            let p = d.path().join(n);
            std::fs::write(&p, b).unwrap();
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        d
    }

    #[test]
    fn vendor_files_load_and_bad_ones_are_named() {
        let good: [(&str, &[u8]); 4] = [
            ("dac.der", DEV_DAC),
            ("pai.der", DEV_PAI),
            ("cd.der", DEV_CD),
            ("dac-key.pem", DEV_KEY),
        ];
        let d = dir_with(&good);
        let c = Credentials::load(d.path()).unwrap();
        assert!(!c.is_development());
        // The PAI in place of the DAC: not issued by itself.
        let d = dir_with(&[
            ("dac.der", DEV_PAI),
            ("pai.der", DEV_PAI),
            ("cd.der", DEV_CD),
            ("dac-key.pem", DEV_KEY),
        ]);
        let e = Credentials::load(d.path()).unwrap_err().to_string();
        assert!(e.contains("dac.der"), "{e}");
        // Another key.
        let mut sec1 = vec![0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20];
        sec1.extend_from_slice(&[1u8; 32]);
        let other = pem::encode(&pem::Pem::new("EC PRIVATE KEY", sec1));
        let d = dir_with(&[
            ("dac.der", DEV_DAC),
            ("pai.der", DEV_PAI),
            ("cd.der", DEV_CD),
            ("dac-key.pem", other.as_bytes()),
        ]);
        let e = Credentials::load(d.path()).unwrap_err().to_string();
        assert!(e.contains("dac-key.pem"), "{e}");
        // Missing file.
        let d = dir_with(&good[..3]);
        assert!(Credentials::load(d.path()).is_err());
        // Not a certificate.
        let d = dir_with(&[
            ("dac.der", b"junk"),
            ("pai.der", DEV_PAI),
            ("cd.der", DEV_CD),
            ("dac-key.pem", DEV_KEY),
        ]);
        let e = Credentials::load(d.path()).unwrap_err().to_string();
        assert!(e.contains("dac.der"), "{e}");
    }
}
