//! The `_meshcop._udp` TXT record of the hub's border agent (Thread 1.3
//! specification, section 8.4.2.4.1; the same keys and bitmap layout as
//! the reference border router's `border_agent.cpp`). Sans-IO: built from a
//! [`ThreadStatus`], the active dataset and the agent id; publishing it is
//! the mDNS publisher's job.
//!
//! Not yet published: the mDNS publisher's TXT model holds text values
//! only, while `xp`, `xa`, `sb`, `at`, `pt` and `id` are binary (see
//! docs/thread.md, open problems). Values here are raw bytes.
//!
//! State bitmap `sb` (u32, big-endian), bit 0 the least significant:
//!
//! ```text
//! bits 0-2   connection mode: 0 none, 1 PSKc (DTLS), 2 PSKd, 3 vendor, 4 X.509
//! bits 3-4   Thread interface: 0 not initialised, 1 up but not attached, 2 attached
//! bits 5-6   availability: 0 infrequent, 1 high
//! bit  7     BBR active          bit 8  BBR primary
//! bits 9-10  role: 0 disabled/detached, 1 child, 2 router, 3 leader
//! bit  11    ePSKc supported
//! ```
#![forbid(unsafe_code)]

use super::ThreadStatus;

/// The DNS-SD service type.
pub const MESHCOP_SERVICE_TYPE: &str = "_meshcop._udp";
/// TXT record version (`rv`).
pub const TXT_VERSION: &str = "1";
/// Thread version the core implements (`tv`).
pub const THREAD_VERSION: &str = "1.4.0";

/// Connection mode PSKc (a commissioner may connect with DTLS and PSKc).
pub const SB_CONNECTION_PSKC: u32 = 1;
/// Thread interface: up, not attached.
pub const SB_IF_INITIALIZED: u32 = 1 << 3;
/// Thread interface: attached.
pub const SB_IF_ACTIVE: u32 = 2 << 3;
/// High availability (a mains-powered hub).
pub const SB_AVAILABILITY_HIGH: u32 = 1 << 5;
/// Role bits for child, router, leader.
pub const SB_ROLE_CHILD: u32 = 1 << 9;
/// Role: router.
pub const SB_ROLE_ROUTER: u32 = 2 << 9;
/// Role: leader.
pub const SB_ROLE_LEADER: u32 = 3 << 9;

/// The state bitmap for `status` (connection mode PSKc, high availability).
pub fn state_bitmap(status: &ThreadStatus) -> u32 {
    let (iface, role) = match status.role.as_str() {
        "leader" => (SB_IF_ACTIVE, SB_ROLE_LEADER),
        "router" => (SB_IF_ACTIVE, SB_ROLE_ROUTER),
        "child" => (SB_IF_ACTIVE, SB_ROLE_CHILD),
        "detached" => (SB_IF_INITIALIZED, 0),
        _ => (0, 0),
    };
    SB_CONNECTION_PSKC | iface | SB_AVAILABILITY_HIGH | role
}

/// The active timestamp TLV (type 14, 8 bytes) of a dataset, if present.
pub fn active_timestamp(tlvs: &[u8]) -> Option<[u8; 8]> {
    let mut at = 0;
    while at + 2 <= tlvs.len() {
        let (t, len) = (tlvs[at], usize::from(tlvs[at + 1]));
        let v = tlvs.get(at + 2..at + 2 + len)?;
        if t == 14 {
            return v.try_into().ok();
        }
        at += 2 + len;
    }
    None
}

/// What the TXT record needs besides the status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentInfo {
    /// Border agent id (16 bytes, stable across restarts).
    pub id: [u8; 16],
    /// Vendor name (`vn`).
    pub vendor: String,
    /// Model name (`mn`).
    pub model: String,
}

/// The TXT strings, in the reference border router's order. Fields the
/// status lacks (a down radio) are left out, as the reference does.
pub fn txt(status: &ThreadStatus, dataset: &[u8], agent: &AgentInfo) -> Vec<(String, Vec<u8>)> {
    let mut t: Vec<(String, Vec<u8>)> = vec![
        ("rv".into(), TXT_VERSION.into()),
        ("id".into(), agent.id.to_vec()),
        ("tv".into(), THREAD_VERSION.into()),
        ("vn".into(), agent.vendor.clone().into_bytes()),
        ("mn".into(), agent.model.clone().into_bytes()),
    ];
    if !status.network_name.is_empty() {
        t.push(("nn".into(), status.network_name.clone().into_bytes()));
    }
    if let Ok(xp) = hex::decode(&status.ext_pan_id) {
        if xp.len() == 8 {
            t.push(("xp".into(), xp));
        }
    }
    if let Ok(xa) = hex::decode(&status.ext_address) {
        if xa.len() == 8 {
            t.push(("xa".into(), xa));
        }
    }
    t.push(("sb".into(), state_bitmap(status).to_be_bytes().to_vec()));
    if status.role != "down" && status.role != "disabled" && status.role != "detached" {
        t.push(("pt".into(), status.partition_id.to_be_bytes().to_vec()));
    }
    if let Some(at) = active_timestamp(dataset) {
        t.push(("at".into(), at.to_vec()));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `dataset active -x` of OpenThread's simulated ot-cli-ftd (captured).
    const DATASET: &str = "0e080000000000010000000300000d4a0300001235060004001fffe00208fb1dc28b0d0261e10708fde8d0d5cc9e3b640510f9b1d5e5493ba07912bbff652f40f164030f4f70656e5468726561642d663631360102f61604105731bb2c620c01d1c989a1fcc8cf24710c0402a0f7f8";

    fn status(role: &str) -> ThreadStatus {
        ThreadStatus {
            role: role.into(),
            radio_url: String::new(),
            rcp_version: None,
            rcp_pid: None,
            last_rcp_loss: None,
            ot_version: String::new(),
            network_name: "OpenThread-f616".into(),
            channel: 13,
            pan_id: 0xf616,
            ext_pan_id: "fb1dc28b0d0261e1".into(),
            ext_address: "1606441e0c07fac6".into(),
            partition_id: 0x12ee893d,
            rloc16: 0x0800,
            mesh_local_eid: None,
            addresses: Vec::new(),
            neighbors: Vec::new(),
            recoveries: 0,
        }
    }

    #[test]
    fn bitmap_role_bits_follow_the_role() {
        assert_eq!(state_bitmap(&status("leader")), 0b110_0011_0001);
        assert_eq!(state_bitmap(&status("router")) >> 9 & 3, 2);
        assert_eq!(state_bitmap(&status("child")) >> 9 & 3, 1);
        assert_eq!(state_bitmap(&status("detached")) >> 3 & 3, 1);
        assert_eq!(state_bitmap(&status("detached")) >> 9 & 3, 0);
        assert_eq!(state_bitmap(&status("down")) >> 3 & 3, 0);
    }

    #[test]
    fn txt_has_the_spec_keys_with_binary_values() {
        let ds = hex::decode(DATASET).unwrap();
        let agent = AgentInfo {
            id: [7; 16],
            vendor: "Threshold".into(),
            model: "hub".into(),
        };
        let t = txt(&status("leader"), &ds, &agent);
        let get = |k: &str| t.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        assert_eq!(get("rv").unwrap(), b"1");
        assert_eq!(get("tv").unwrap(), b"1.4.0");
        assert_eq!(get("nn").unwrap(), b"OpenThread-f616");
        assert_eq!(get("xp").unwrap(), hex::decode("fb1dc28b0d0261e1").unwrap());
        assert_eq!(get("xa").unwrap(), hex::decode("1606441e0c07fac6").unwrap());
        assert_eq!(get("sb").unwrap(), vec![0, 0, 0x06, 0x31]);
        assert_eq!(get("pt").unwrap(), vec![0x12, 0xee, 0x89, 0x3d]);
        assert_eq!(get("at").unwrap(), vec![0, 0, 0, 0, 0, 1, 0, 0]);
        assert_eq!(get("id").unwrap(), vec![7; 16]);
        assert_eq!(get("vn").unwrap(), b"Threshold");
        assert_eq!(get("mn").unwrap(), b"hub");
        // A detached agent has no partition.
        let t = txt(&status("detached"), &ds, &agent);
        assert!(!t.iter().any(|(k, _)| k == "pt"));
    }

    #[test]
    fn active_timestamp_of_a_truncated_dataset_is_none() {
        assert_eq!(active_timestamp(&[14, 8, 0, 0]), None);
        assert_eq!(active_timestamp(&[]), None);
    }
}
