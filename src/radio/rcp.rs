//! RCP probe and firmware check.
//!
//! [`probe`] asks a freshly opened RCP for what identifies its firmware;
//! [`check`] refuses firmware the hub's OpenThread host (the `openthread` /
//! `openthread-sys` 0.4 crates) cannot drive, with an error that says what to
//! flash. The rules are those of OpenThread's own host (`RadioSpinel`):
//!
//! * Spinel protocol version exactly [`SPINEL_MAJOR`].[`SPINEL_MINOR`];
//! * interface type Thread ([`INTERFACE_THREAD`]);
//! * capability `CAP_CONFIG_RADIO` (an RCP, not an NCP running its own
//!   Thread stack);
//! * when reported, an RCP API version of at least
//!   [`MIN_RCP_API_VERSION`], and a minimum host API version of at most
//!   [`HOST_RCP_API_VERSION`].
//!
//! The error texts are listed in docs/radio.md.

use std::fmt;

use super::spinel::{Cap, PropId, PropValue};
use super::{Handle, RadioError};

/// Spinel protocol major version the host speaks.
pub const SPINEL_MAJOR: u32 = 4;
/// Spinel protocol minor version the host speaks.
pub const SPINEL_MINOR: u32 = 3;
/// `INTERFACE_TYPE` of a Thread radio.
pub const INTERFACE_THREAD: u32 = 3;
/// The host's RCP API version (OpenThread's `SPINEL_RCP_API_VERSION`).
pub const HOST_RCP_API_VERSION: u32 = 11;
/// Oldest RCP API the host supports (`SPINEL_MIN_HOST_SUPPORTED_RCP_API_VERSION`).
pub const MIN_RCP_API_VERSION: u32 = 4;

/// The firmware hint every refusal ends with.
pub const FIRMWARE_NEEDED: &str = "flash OpenThread RCP firmware (the ot-rcp app, Spinel protocol 4.3, RCP API version 4 to 11) onto the radio";

/// What a probe learnt about the RCP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RcpInfo {
    /// Spinel protocol version (major, minor).
    pub protocol: (u32, u32),
    /// The firmware's version string (`NCP_VERSION`).
    pub ncp_version: String,
    /// `INTERFACE_TYPE` (3 = Thread).
    pub interface_type: u32,
    /// Capabilities.
    pub caps: Vec<Cap>,
    /// The radio's factory EUI-64 (informational: the network is never
    /// keyed by it, so a swapped dongle keeps the network).
    pub eui64: [u8; 8],
    /// `RCP_API_VERSION`, when the RCP has `CAP_RCP_API_VERSION`.
    pub rcp_api_version: Option<u32>,
    /// `RCP_MIN_HOST_API_VERSION`, when the RCP has that capability.
    pub rcp_min_host_api_version: Option<u32>,
}

impl fmt::Display for RcpInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (spinel {}.{}",
            self.ncp_version, self.protocol.0, self.protocol.1
        )?;
        if let Some(v) = self.rcp_api_version {
            write!(f, ", RCP API {v}")?;
        }
        write!(f, ", EUI-64 {})", hex::encode(self.eui64))
    }
}

/// Why the RCP's firmware cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RcpError {
    /// The Spinel protocol version differs from 4.3.
    #[error("unsupported radio firmware {firmware:?}: it speaks Spinel protocol {major}.{minor}, this hub needs {SPINEL_MAJOR}.{SPINEL_MINOR}; {FIRMWARE_NEEDED}")]
    ProtocolVersion {
        /// The RCP's major version.
        major: u32,
        /// The RCP's minor version.
        minor: u32,
        /// Its `NCP_VERSION`.
        firmware: String,
    },
    /// The interface type is not Thread.
    #[error("unsupported radio firmware {firmware:?}: interface type {found} is not Thread ({INTERFACE_THREAD}); {FIRMWARE_NEEDED}")]
    InterfaceType {
        /// The reported type.
        found: u32,
        /// Its `NCP_VERSION`.
        firmware: String,
    },
    /// Not an RCP (no `CAP_CONFIG_RADIO`).
    #[error("unsupported radio firmware {firmware:?}: it is not a radio co-processor (no CAP_CONFIG_RADIO{}); {FIRMWARE_NEEDED}, not NCP firmware", if *ncp { ", it runs its own Thread stack (NCP)" } else { "" })]
    NotRcp {
        /// Whether it reports NCP capabilities (`CAP_CONFIG_FTD`/`MTD`).
        ncp: bool,
        /// Its `NCP_VERSION`.
        firmware: String,
    },
    /// The RCP API is older than the host supports.
    #[error("unsupported radio firmware {firmware:?}: RCP API version {found} is older than {MIN_RCP_API_VERSION}; {FIRMWARE_NEEDED}")]
    RcpApiTooOld {
        /// The RCP's API version.
        found: u32,
        /// Its `NCP_VERSION`.
        firmware: String,
    },
    /// The RCP needs a newer host.
    #[error("unsupported radio firmware {firmware:?}: it needs a host with RCP API version {needs} or later, this hub has {HOST_RCP_API_VERSION}; {FIRMWARE_NEEDED}, or update the hub")]
    HostTooOld {
        /// The minimum host API version the RCP wants.
        needs: u32,
        /// Its `NCP_VERSION`.
        firmware: String,
    },
}

fn expect_prop<T>(
    prop: PropId,
    v: PropValue,
    f: impl FnOnce(PropValue) -> Option<T>,
) -> Result<T, RadioError> {
    let command = super::spinel::Command::PropValueIs;
    f(v).ok_or(RadioError::Unexpected {
        prop,
        command,
        got: Some(prop),
    })
}

/// Asks the RCP for its protocol and API versions, firmware version,
/// interface type, capabilities and EUI-64.
pub async fn probe(handle: &Handle) -> Result<RcpInfo, RadioError> {
    let protocol = expect_prop(
        PropId::ProtocolVersion,
        handle.get(PropId::ProtocolVersion).await?,
        |v| match v {
            PropValue::ProtocolVersion { major, minor } => Some((major, minor)),
            _ => None,
        },
    )?;
    let ncp_version = expect_prop(
        PropId::NcpVersion,
        handle.get(PropId::NcpVersion).await?,
        |v| match v {
            PropValue::NcpVersion(s) => Some(s),
            _ => None,
        },
    )?;
    let interface_type = expect_prop(
        PropId::InterfaceType,
        handle.get(PropId::InterfaceType).await?,
        |v| match v {
            PropValue::InterfaceType(t) => Some(t),
            _ => None,
        },
    )?;
    let caps = expect_prop(PropId::Caps, handle.get(PropId::Caps).await?, |v| match v {
        PropValue::Caps(c) => Some(c),
        _ => None,
    })?;
    let eui64 = expect_prop(
        PropId::HwAddr,
        handle.get(PropId::HwAddr).await?,
        |v| match v {
            PropValue::HwAddr(e) => Some(e),
            _ => None,
        },
    )?;
    let mut rcp_api_version = None;
    if caps.contains(&Cap::RCP_API_VERSION) {
        rcp_api_version = Some(expect_prop(
            PropId::RcpApiVersion,
            handle.get(PropId::RcpApiVersion).await?,
            |v| match v {
                PropValue::RcpApiVersion(n) => Some(n),
                _ => None,
            },
        )?);
    }
    let mut rcp_min_host_api_version = None;
    if caps.contains(&Cap::RCP_MIN_HOST_API_VERSION) {
        rcp_min_host_api_version = Some(expect_prop(
            PropId::RcpMinHostApiVersion,
            handle.get(PropId::RcpMinHostApiVersion).await?,
            |v| match v {
                PropValue::RcpMinHostApiVersion(n) => Some(n),
                _ => None,
            },
        )?);
    }
    Ok(RcpInfo {
        protocol,
        ncp_version,
        interface_type,
        caps,
        eui64,
        rcp_api_version,
        rcp_min_host_api_version,
    })
}

/// Refuses firmware the hub cannot drive (rules in the module docs).
pub fn check(info: &RcpInfo) -> Result<(), RcpError> {
    let firmware = info.ncp_version.clone();
    if info.protocol != (SPINEL_MAJOR, SPINEL_MINOR) {
        return Err(RcpError::ProtocolVersion {
            major: info.protocol.0,
            minor: info.protocol.1,
            firmware,
        });
    }
    if info.interface_type != INTERFACE_THREAD {
        return Err(RcpError::InterfaceType {
            found: info.interface_type,
            firmware,
        });
    }
    if !info.caps.contains(&Cap::CONFIG_RADIO) {
        let ncp = info.caps.contains(&Cap::CONFIG_FTD) || info.caps.contains(&Cap::CONFIG_MTD);
        return Err(RcpError::NotRcp { ncp, firmware });
    }
    if let Some(found) = info.rcp_api_version {
        if found < MIN_RCP_API_VERSION {
            return Err(RcpError::RcpApiTooOld { found, firmware });
        }
    }
    if let Some(needs) = info.rcp_min_host_api_version {
        if needs > HOST_RCP_API_VERSION {
            return Err(RcpError::HostTooOld { needs, firmware });
        }
    }
    Ok(())
}

/// [`probe`] then [`check`]: the start-up gate of the radio.
pub async fn probe_and_check(handle: &Handle) -> Result<RcpInfo, RadioError> {
    let info = probe(handle).await?;
    check(&info)?;
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim() -> RcpInfo {
        // What the simulated ot-rcp reports (tests/fixtures/spinel/).
        RcpInfo {
            protocol: (4, 3),
            ncp_version: "OPENTHREAD/8888628; SIMULATION; Nov 25 2026 20:02:42".into(),
            interface_type: 3,
            caps: [5, 12, 24, 34, 513, 64, 65].map(Cap).to_vec(),
            eui64: [0x18, 0xB4, 0x30, 0, 0, 0, 0, 0x1F],
            rcp_api_version: Some(11),
            rcp_min_host_api_version: Some(4),
        }
    }

    #[test]
    fn the_simulated_rcp_passes() {
        assert_eq!(check(&sim()), Ok(()));
        assert_eq!(
            sim().to_string(),
            "OPENTHREAD/8888628; SIMULATION; Nov 25 2026 20:02:42 (spinel 4.3, RCP API 11, EUI-64 18b430000000001f)"
        );
    }

    #[test]
    fn each_rule_refuses_with_the_firmware_needed() {
        let mut i = sim();
        i.protocol = (4, 2);
        let e = check(&i).unwrap_err();
        assert!(matches!(
            e,
            RcpError::ProtocolVersion {
                major: 4,
                minor: 2,
                ..
            }
        ));
        assert!(
            e.to_string()
                .contains("Spinel protocol 4.2, this hub needs 4.3"),
            "{e}"
        );
        assert!(e.to_string().contains(FIRMWARE_NEEDED));

        let mut i = sim();
        i.interface_type = 2;
        assert!(matches!(
            check(&i),
            Err(RcpError::InterfaceType { found: 2, .. })
        ));

        let mut i = sim();
        i.caps = vec![Cap::CONFIG_FTD, Cap(5)];
        let e = check(&i).unwrap_err();
        assert_eq!(
            e,
            RcpError::NotRcp {
                ncp: true,
                firmware: i.ncp_version.clone()
            }
        );
        assert!(
            e.to_string().contains("runs its own Thread stack (NCP)"),
            "{e}"
        );
        assert!(e.to_string().contains("not NCP firmware"), "{e}");

        let mut i = sim();
        i.rcp_api_version = Some(3);
        assert!(matches!(
            check(&i),
            Err(RcpError::RcpApiTooOld { found: 3, .. })
        ));

        let mut i = sim();
        i.rcp_min_host_api_version = Some(12);
        let e = check(&i).unwrap_err();
        assert!(matches!(e, RcpError::HostTooOld { needs: 12, .. }));
        assert!(e.to_string().contains("or update the hub"));

        // Without the optional API-version capabilities there is nothing to check.
        let mut i = sim();
        i.rcp_api_version = None;
        i.rcp_min_host_api_version = None;
        assert_eq!(check(&i), Ok(()));
    }
}
