//! The PAA trust store: a directory of trusted root certificates.
//!
//! Layout: the same as the Matter SDK's
//! `credentials/production/paa-root-certs` folder, so a vendor can drop
//! real roots in. Every regular file in the directory (not recursive) is a
//! certificate file, PEM (one or more `CERTIFICATE` blocks) or DER, under
//! any name. Names starting with `.` and subdirectories are not read; they
//! are listed in [`TrustStore::ignored`] (the CLI prints them).
//!
//! Loading is **all or nothing**: if any file cannot be read or is not a
//! usable root certificate (unparsable, PEM with other block types, not
//! self-issued), the load fails with [`TrustStoreError::Rejected`], which
//! names every rejected file and why. A trust store is the hub's security
//! boundary; a half-loaded one would silently refuse (or worse, accept) the
//! wrong devices.
//!
//! The default directory is `<state_dir>/paa-roots`
//! ([`TrustStore::default_dir`]); when it does not exist the store is
//! empty, so the hub trusts no PAA until an operator installs roots. The
//! Matter SDK's test PAAs are never part of a default store.

use std::fs;
use std::path::{Path, PathBuf};

use rustls_pki_types::{CertificateDer, TrustAnchor};

use super::cert::{decode_certificates, CertInfo};

/// Name of the default trust store directory inside the state directory.
pub const DEFAULT_TRUST_STORE_DIR: &str = "paa-roots";

/// A file the trust store (or CRL directory) refused, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedFile {
    /// The file.
    pub path: PathBuf,
    /// Why it was refused.
    pub reason: String,
}

impl std::fmt::Display for RejectedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Renders a list of rejected files, one per line.
pub(crate) fn list_rejected(files: &[RejectedFile]) -> String {
    files.iter().map(|r| format!("\n  {r}")).collect::<String>()
}

/// Why a trust store could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrustStoreError {
    /// The directory cannot be listed.
    #[error("trust store directory {path}: {source}")]
    Directory {
        /// The directory.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// One or more files are not usable PAA certificates; nothing was loaded.
    #[error("trust store {dir}: {} file(s) rejected, nothing loaded:{}", files.len(), list_rejected(files))]
    Rejected {
        /// The directory.
        dir: PathBuf,
        /// Every rejected file with its reason.
        files: Vec<RejectedFile>,
    },
}

/// One trusted PAA.
#[derive(Debug, Clone)]
pub struct TrustedRoot {
    origin: PathBuf,
    der: Vec<u8>,
    info: CertInfo,
}

impl TrustedRoot {
    /// The file it came from.
    pub fn origin(&self) -> &Path {
        &self.origin
    }
    /// The certificate, DER.
    pub fn der(&self) -> &[u8] {
        &self.der
    }
    /// The subject DN, rendered.
    pub fn subject(&self) -> &str {
        &self.info.subject
    }
    /// The parsed summary.
    pub fn info(&self) -> &CertInfo {
        &self.info
    }
}

/// A set of trusted PAA root certificates.
#[derive(Debug, Clone, Default)]
pub struct TrustStore {
    roots: Vec<TrustedRoot>,
    anchors: Vec<TrustAnchor<'static>>,
    ignored: Vec<PathBuf>,
}

impl TrustStore {
    /// A store that trusts nothing.
    pub fn empty() -> TrustStore {
        TrustStore::default()
    }

    /// `<state_dir>/paa-roots`.
    pub fn default_dir(state_dir: &Path) -> PathBuf {
        state_dir.join(DEFAULT_TRUST_STORE_DIR)
    }

    /// Loads the default store: `<state_dir>/paa-roots` if it exists,
    /// otherwise an empty store.
    pub fn load_default(state_dir: &Path) -> Result<TrustStore, TrustStoreError> {
        let dir = Self::default_dir(state_dir);
        if dir.exists() {
            Self::load_dir(&dir)
        } else {
            Ok(Self::empty())
        }
    }

    /// Loads every certificate file of `dir` (all or nothing; see the
    /// module documentation). Files are read in name order.
    pub fn load_dir(dir: &Path) -> Result<TrustStore, TrustStoreError> {
        let mut store = TrustStore::empty();
        let mut rejected = Vec::new();
        for entry in list_dir(dir).map_err(|source| TrustStoreError::Directory {
            path: dir.to_owned(),
            source,
        })? {
            match entry {
                DirEntry::Ignored(p) => store.ignored.push(p),
                DirEntry::File(path) => {
                    if let Err(reason) = store.add_file(&path) {
                        rejected.push(RejectedFile { path, reason });
                    }
                }
            }
        }
        if rejected.is_empty() {
            Ok(store)
        } else {
            Err(TrustStoreError::Rejected {
                dir: dir.to_owned(),
                files: rejected,
            })
        }
    }

    fn add_file(&mut self, path: &Path) -> Result<(), String> {
        let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
        let ders = decode_certificates(&bytes)?.into_ders();
        let n = ders.len();
        // Validate every certificate of the file before adding any.
        let mut checked = Vec::with_capacity(n);
        for (i, der) in ders.into_iter().enumerate() {
            let at = if n > 1 {
                format!("certificate {}: ", i + 1)
            } else {
                String::new()
            };
            checked.push(prepare_root(der).map_err(|e| format!("{at}{e}"))?);
        }
        for (der, info, anchor) in checked {
            self.push(der, info, anchor, path.to_owned());
        }
        Ok(())
    }

    /// Adds one root from DER bytes; `origin` is reported in verdicts.
    pub fn add_der(&mut self, der: &[u8], origin: impl Into<PathBuf>) -> Result<(), String> {
        let (der, info, anchor) = prepare_root(der.to_vec())?;
        self.push(der, info, anchor, origin.into());
        Ok(())
    }

    fn push(
        &mut self,
        der: Vec<u8>,
        info: CertInfo,
        anchor: TrustAnchor<'static>,
        origin: PathBuf,
    ) {
        self.anchors.push(anchor);
        self.roots.push(TrustedRoot { origin, der, info });
    }

    /// The trusted roots, in load order.
    pub fn roots(&self) -> &[TrustedRoot] {
        &self.roots
    }

    /// Directory entries that were not read (dot files, subdirectories).
    pub fn ignored(&self) -> &[PathBuf] {
        &self.ignored
    }

    /// Number of roots.
    pub fn len(&self) -> usize {
        self.roots.len()
    }

    /// Whether the store trusts nothing.
    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }

    /// webpki trust anchors, index-aligned with [`TrustStore::roots`].
    pub(crate) fn anchors(&self) -> &[TrustAnchor<'static>] {
        &self.anchors
    }
}

fn prepare_root(der: Vec<u8>) -> Result<(Vec<u8>, CertInfo, TrustAnchor<'static>), String> {
    let info = CertInfo::parse(&der)?;
    if !info.is_self_issued() {
        return Err(format!(
            "not a root: issuer {:?} differs from subject {:?} (a PAI or DAC does not belong in the trust store)",
            info.issuer, info.subject
        ));
    }
    let cert = CertificateDer::from(der.as_slice());
    let anchor = webpki::anchor_from_trusted_cert(&cert)
        .map_err(|e| format!("webpki refuses it as a trust anchor: {e:?}"))?
        .to_owned();
    Ok((der, info, anchor))
}

/// An entry of a certificate directory.
pub(crate) enum DirEntry {
    /// A regular file (or a symlink to one), to be read.
    File(PathBuf),
    /// A dot file or a subdirectory: not read, reported.
    Ignored(PathBuf),
}

/// Lists `dir` in file name order.
pub(crate) fn list_dir(dir: &Path) -> std::io::Result<Vec<DirEntry>> {
    let mut paths = Vec::new();
    for e in fs::read_dir(dir)? {
        paths.push(e?.path());
    }
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|p| {
            let hidden = p
                .file_name()
                .map(|n| n.to_string_lossy().starts_with('.'))
                .unwrap_or(true);
            if hidden || p.is_dir() {
                DirEntry::Ignored(p)
            } else {
                DirEntry::File(p)
            }
        })
        .collect())
}
