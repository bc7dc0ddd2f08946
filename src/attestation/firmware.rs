//! The vulnerable-firmware policy: `config/vulnerable-firmware.toml`.
//!
//! Each `[[advisory]]` names a vendor, optionally a product, and an
//! inclusive range of software versions, and what the hub does with a
//! matching device:
//!
//! ```toml
//! [[advisory]]
//! id = "TEST-2026-0001"        # advisory identifier (unique, non-empty)
//! vid = 0xFFF1                 # Vendor ID (TOML hex integer)
//! pid = 0x8001                 # Product ID; omit for every product of the vendor
//! min_version = 1              # first affected SoftwareVersion (default 0)
//! max_version = 3              # last affected SoftwareVersion (inclusive)
//! action = "quarantine"        # "refuse" or "quarantine"
//! summary = "why"              # optional free text
//! ```
//!
//! Versions are Matter `SoftwareVersion` values (u32, as the Basic
//! Information cluster reports them), not the display string. Unknown
//! keys, unknown actions, out-of-range numbers, `min_version >
//! max_version` and duplicate ids are refused when the file is loaded.
//!
//! When several advisories match, `refuse` wins over `quarantine`; among
//! equals, the first in the file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the hub does with a device running vulnerable firmware.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FirmwareAction {
    /// Do not commission the device.
    Refuse,
    /// Commission it into quarantine (no access to other devices) until
    /// it is updated.
    Quarantine,
}

/// One advisory, as parsed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FirmwareAdvisory {
    /// Advisory identifier.
    pub id: String,
    /// Vendor ID.
    pub vid: u16,
    /// Product ID; `None` matches every product of the vendor.
    #[serde(default)]
    pub pid: Option<u16>,
    /// First affected software version (inclusive).
    #[serde(default)]
    pub min_version: u32,
    /// Last affected software version (inclusive).
    pub max_version: u32,
    /// What to do.
    pub action: FirmwareAction,
    /// Free text.
    #[serde(default)]
    pub summary: Option<String>,
}

impl FirmwareAdvisory {
    /// Whether this advisory covers the device.
    pub fn matches(&self, vid: u16, pid: u16, version: u32) -> bool {
        self.vid == vid
            && self.pid.is_none_or(|p| p == pid)
            && (self.min_version..=self.max_version).contains(&version)
    }
}

/// The result of a policy lookup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FirmwareVerdict {
    /// What to do.
    pub action: FirmwareAction,
    /// The advisory that decided it.
    pub advisory: String,
}

/// Why the policy file was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FirmwarePolicyError {
    /// The file cannot be read.
    #[error("vulnerable-firmware policy {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Not valid TOML in the documented format (unknown key, bad type,
    /// out-of-range number).
    #[error("vulnerable-firmware policy{}: {reason}", origin.as_ref().map(|p| format!(" {}", p.display())).unwrap_or_default())]
    Format {
        /// The file, if loaded from one.
        origin: Option<PathBuf>,
        /// What is wrong.
        reason: String,
    },
    /// An advisory is inconsistent.
    #[error("vulnerable-firmware policy: advisory {id:?}: {reason}")]
    Invalid {
        /// The advisory id (or its position).
        id: String,
        /// What is wrong.
        reason: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    #[serde(default)]
    advisory: Vec<FirmwareAdvisory>,
}

/// The parsed vulnerable-firmware policy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirmwarePolicy {
    advisories: Vec<FirmwareAdvisory>,
}

impl FirmwarePolicy {
    /// Parses the TOML format described in the module documentation.
    pub fn from_toml_str(s: &str) -> Result<FirmwarePolicy, FirmwarePolicyError> {
        Self::parse(s, None)
    }

    /// Loads a policy file.
    pub fn load(path: &Path) -> Result<FirmwarePolicy, FirmwarePolicyError> {
        let s = std::fs::read_to_string(path).map_err(|source| FirmwarePolicyError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&s, Some(path))
    }

    fn parse(s: &str, origin: Option<&Path>) -> Result<FirmwarePolicy, FirmwarePolicyError> {
        let file: PolicyFile = toml::from_str(s).map_err(|e| FirmwarePolicyError::Format {
            origin: origin.map(Path::to_owned),
            reason: e.to_string(),
        })?;
        for (i, a) in file.advisory.iter().enumerate() {
            let invalid = |reason: String| FirmwarePolicyError::Invalid {
                id: if a.id.is_empty() {
                    format!("#{}", i + 1)
                } else {
                    a.id.clone()
                },
                reason,
            };
            if a.id.trim().is_empty() {
                return Err(invalid("empty id".into()));
            }
            if a.min_version > a.max_version {
                return Err(invalid(format!(
                    "min_version {} is greater than max_version {}",
                    a.min_version, a.max_version
                )));
            }
            if file.advisory[..i].iter().any(|b| b.id == a.id) {
                return Err(invalid("duplicate id".into()));
            }
        }
        Ok(FirmwarePolicy {
            advisories: file.advisory,
        })
    }

    /// The advisories, in file order.
    pub fn advisories(&self) -> &[FirmwareAdvisory] {
        &self.advisories
    }

    /// What to do with a device `vid`/`pid` running software `version`;
    /// `None` when no advisory matches.
    pub fn check(&self, vid: u16, pid: u16, version: u32) -> Option<FirmwareVerdict> {
        let mut best: Option<&FirmwareAdvisory> = None;
        for a in self
            .advisories
            .iter()
            .filter(|a| a.matches(vid, pid, version))
        {
            match best {
                None => best = Some(a),
                Some(b)
                    if b.action == FirmwareAction::Quarantine
                        && a.action == FirmwareAction::Refuse =>
                {
                    best = Some(a)
                }
                Some(_) => {}
            }
        }
        best.map(|a| FirmwareVerdict {
            action: a.action,
            advisory: a.id.clone(),
        })
    }
}
