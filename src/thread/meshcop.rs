//! The `_meshcop._udp` TXT record of the hub's border agent (Thread 1.3
//! specification, section 8.4.2.4.1; the same keys and bitmap layout as
//! the reference border router's `border_agent.cpp`). Sans-IO: built from a
//! [`ThreadStatus`], the active dataset and the agent id; publishing it is
//! the mDNS publisher's job.
//!
//! Values are raw bytes (`xp`, `xa`, `sb`, `at`, `pt` and `id` are
//! binary); the daemon publishes the record through the mDNS publisher
//! ([`crate::mdns::driver::MdnsHandle::publish_external`]) while the
//! Thread service runs, republishes it when [`MeshcopRecord::update`] says
//! it changed, and withdraws it (goodbye) on stop (docs/thread.md,
//! docs/mdns.md).
//!
//! # Invariants
//!
//! * The connection mode in `sb` and the SRV port follow the border agent
//!   ([`agent_port`]): while an owner or admin allows external
//!   commissioning and OpenThread's border agent listens, mode 1 (PSKc:
//!   a commissioner may connect with DTLS and the network's PSKc) on the
//!   agent's real UDP port (`otBorderAgentGetUdpPort`); otherwise mode 0
//!   ("no connection allowed") on [`PLACEHOLDER_PORT`] (49152, the dummy
//!   port the reference border router advertises while its agent is not
//!   running): a commissioner browsing the record learns the network but
//!   is told not to connect. The record is republished on each change
//!   (the agent starting or stopping moves OpenThread's state counter or
//!   the Thread events the publisher watches).
//! * The border agent id `id` is 16 random bytes created once in
//!   `<state_dir>/border-agent-id` (0600, atomic write) and never changed:
//!   [`load_or_create_agent_id`].
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

use std::path::Path;

use super::ThreadStatus;
use crate::mdns::{HostRecord, InstanceKey, ServiceInstance};

/// The DNS-SD service type.
pub const MESHCOP_SERVICE_TYPE: &str = "_meshcop._udp";
/// TXT record version (`rv`).
pub const TXT_VERSION: &str = "1";
/// Thread version the core implements (`tv`).
pub const THREAD_VERSION: &str = "1.4.0";

/// Connection mode 0: no commissioner connection allowed (what the hub
/// advertises while its border agent does not listen).
pub const SB_CONNECTION_NONE: u32 = 0;
/// Connection mode PSKc (a commissioner may connect with DTLS and PSKc).
pub const SB_CONNECTION_PSKC: u32 = 1;
/// The SRV port advertised while no border agent listens (the reference
/// border router's `kBorderAgentServiceDummyPort`).
pub const PLACEHOLDER_PORT: u16 = 49152;
/// File of the border agent id inside the state directory.
pub const AGENT_ID_FILE: &str = "border-agent-id";
/// Vendor name advertised (`vn`).
pub const VENDOR_NAME: &str = "Threshold";
/// Model name advertised (`mn`).
pub const MODEL_NAME: &str = "Threshold Hub";
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

/// The border agent's UDP port when it accepts commissioners: external
/// commissioning allowed and the agent listening on a port. `None`
/// otherwise (mode 0 on the placeholder port).
pub fn agent_port(status: &ThreadStatus) -> Option<u16> {
    status
        .border_agent
        .as_ref()
        .filter(|a| a.allowed && a.listening)
        .and_then(|a| a.port)
        .filter(|p| *p != 0)
}

/// The state bitmap for `status` (connection mode PSKc while the border
/// agent accepts commissioners ([`agent_port`]), none otherwise; high
/// availability: a mains-powered hub).
pub fn state_bitmap(status: &ThreadStatus) -> u32 {
    let (iface, role) = match status.role.as_str() {
        "leader" => (SB_IF_ACTIVE, SB_ROLE_LEADER),
        "router" => (SB_IF_ACTIVE, SB_ROLE_ROUTER),
        "child" => (SB_IF_ACTIVE, SB_ROLE_CHILD),
        "detached" => (SB_IF_INITIALIZED, 0),
        _ => (0, 0),
    };
    let mode = if agent_port(status).is_some() {
        SB_CONNECTION_PSKC
    } else {
        SB_CONNECTION_NONE
    };
    mode | iface | SB_AVAILABILITY_HIGH | role
}

/// The active timestamp TLV (type 14, 8 bytes) of a dataset, if present
/// ([`crate::commissioning::dataset::active_timestamp`]).
pub fn active_timestamp(tlvs: &[u8]) -> Option<[u8; 8]> {
    crate::commissioning::dataset::active_timestamp(tlvs).map(u64::to_be_bytes)
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

/// Why the border agent id cannot be loaded or created.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AgentIdError {
    /// The file cannot be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file exists but does not hold exactly 16 bytes.
    #[error("{path}: {len} bytes, a border agent id is 16 (delete the file to make a new id)")]
    Length {
        /// The file.
        path: std::path::PathBuf,
        /// Its length.
        len: usize,
    },
    /// The system's random source failed.
    #[error("no random bytes for the border agent id")]
    Random,
}

/// The border agent id of `<state_dir>/border-agent-id`: read if present
/// (a file of another length is an error, never silently replaced), else
/// 16 random bytes written atomically with mode 0600.
pub fn load_or_create_agent_id(state_dir: &Path) -> Result<[u8; 16], AgentIdError> {
    let path = state_dir.join(AGENT_ID_FILE);
    let io = |source| AgentIdError::Io {
        path: path.clone(),
        source,
    };
    match std::fs::read(&path) {
        Ok(b) => <[u8; 16]>::try_from(b.as_slice()).map_err(|_| AgentIdError::Length {
            path: path.clone(),
            len: b.len(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut id = [0u8; 16];
            ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut id)
                .map_err(|_| AgentIdError::Random)?;
            crate::fsutil::write_atomic(&path, &id, 0o600).map_err(io)?;
            Ok(id)
        }
        Err(e) => Err(io(e)),
    }
}

/// Where and under which name the record is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeshcopTarget {
    /// Instance name (the hub's mDNS instance name).
    pub instance: String,
    /// Host label of the SRV target (the hub's host; its own addresses).
    pub host: String,
}

/// The `_meshcop._udp` instance for `status` and the active dataset
/// (`dataset` may be empty while the radio is down: then `at` is left out).
pub fn service_instance(
    target: &MeshcopTarget,
    status: &ThreadStatus,
    dataset: &[u8],
    agent: &AgentInfo,
) -> ServiceInstance {
    ServiceInstance {
        instance: target.instance.clone(),
        service_type: MESHCOP_SERVICE_TYPE.into(),
        subtypes: Vec::new(),
        port: agent_port(status).unwrap_or(PLACEHOLDER_PORT),
        txt: txt(status, dataset, agent),
        host: HostRecord {
            name: target.host.clone(),
            addresses: Vec::new(),
        },
    }
}

/// Sans-IO change detector of the published record: feed it every fresh
/// instance; it says when to (re)publish.
#[derive(Debug, Default)]
pub struct MeshcopRecord {
    published: Option<ServiceInstance>,
}

impl MeshcopRecord {
    /// A record not yet published.
    pub fn new() -> MeshcopRecord {
        MeshcopRecord::default()
    }

    /// `Some(instance)` if it differs from what was last published (the
    /// caller publishes it; it is then taken as published); `None` if
    /// nothing changed.
    pub fn update(&mut self, inst: ServiceInstance) -> Option<ServiceInstance> {
        if self.published.as_ref() == Some(&inst) {
            return None;
        }
        self.published = Some(inst.clone());
        Some(inst)
    }

    /// Forgets the published instance (after a failed publish, so the next
    /// update retries) and returns its key.
    pub fn forget(&mut self) -> Option<InstanceKey> {
        self.published.take().map(|i| i.key())
    }

    /// The key of the published instance, if any.
    pub fn key(&self) -> Option<InstanceKey> {
        self.published.as_ref().map(ServiceInstance::key)
    }
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
            thread_version: 0,
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
            border_routing: None,
            interface: None,
            srp: Vec::new(),
            joiners: Vec::new(),
            border_agent: None,
            commissioner_allowance: None,
        }
    }

    #[test]
    fn bitmap_role_bits_follow_the_role() {
        assert_eq!(state_bitmap(&status("leader")), 0b110_0011_0000);
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
        assert_eq!(get("sb").unwrap(), vec![0, 0, 0x06, 0x30]);
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

    fn agent() -> AgentInfo {
        AgentInfo {
            id: [7; 16],
            vendor: VENDOR_NAME.into(),
            model: MODEL_NAME.into(),
        }
    }

    #[test]
    fn a_role_change_changes_the_published_record() {
        let ds = hex::decode(DATASET).unwrap();
        let target = MeshcopTarget {
            instance: "Threshold Hub 1a2b3c4d".into(),
            host: "threshold-1a2b3c4d".into(),
        };
        let mut rec = MeshcopRecord::new();
        let leader = service_instance(&target, &status("leader"), &ds, &agent());
        assert_eq!(leader.validate(), Ok(()));
        assert_eq!(leader.port, PLACEHOLDER_PORT);
        assert_eq!(rec.update(leader.clone()), Some(leader.clone()));
        // Same state: nothing to publish.
        assert_eq!(
            rec.update(service_instance(&target, &status("leader"), &ds, &agent())),
            None
        );
        // Leader -> router: sb role bits 3 -> 2, same key.
        let router = service_instance(&target, &status("router"), &ds, &agent());
        let sb = |i: &ServiceInstance| {
            let v = &i.txt.iter().find(|(k, _)| k == "sb").unwrap().1;
            u32::from_be_bytes(v.as_slice().try_into().unwrap())
        };
        assert_eq!(sb(&leader) >> 9 & 3, 3);
        assert_eq!(sb(&router) >> 9 & 3, 2);
        assert_eq!(rec.update(router.clone()), Some(router.clone()));
        assert_eq!(rec.key(), Some(leader.key()));
        // Detached: interface bits 1, no role, no partition.
        let detached = service_instance(&target, &status("detached"), &ds, &agent());
        assert_eq!(sb(&detached), SB_IF_INITIALIZED | SB_AVAILABILITY_HIGH);
        assert!(!detached.txt.iter().any(|(k, _)| k == "pt"));
        assert!(rec.update(detached).is_some());
        assert_eq!(rec.forget(), Some(leader.key()));
        assert_eq!(rec.key(), None);
    }

    #[test]
    fn the_record_follows_the_border_agent() {
        use crate::thread::border_agent::BorderAgentStatus;
        let ds = hex::decode(DATASET).unwrap();
        let target = MeshcopTarget {
            instance: "Threshold Hub 1a2b3c4d".into(),
            host: "threshold-1a2b3c4d".into(),
        };
        let agent_status = |allowed: bool, listening: bool, port: Option<u16>| {
            let mut s = status("leader");
            s.border_agent = Some(BorderAgentStatus {
                allowed,
                allowed_for_ms: allowed.then_some(60_000),
                enabled: allowed,
                listening,
                port,
                sessions: Vec::new(),
                petitions: 0,
                handshake_failures: 0,
                commissioner_session_id: None,
                keepalives_min: None,
            });
            s
        };
        let sb = |i: &ServiceInstance| {
            let v = &i.txt.iter().find(|(k, _)| k == "sb").unwrap().1;
            u32::from_be_bytes(v.as_slice().try_into().unwrap())
        };
        let mut rec = MeshcopRecord::new();
        // Not allowed: mode 0 on the placeholder port.
        let off = service_instance(&target, &agent_status(false, false, None), &ds, &agent());
        assert_eq!(off.port, PLACEHOLDER_PORT);
        assert_eq!(sb(&off) & 7, SB_CONNECTION_NONE);
        assert!(rec.update(off.clone()).is_some());
        // Allowed but not listening yet (detached): still mode 0.
        let waiting = service_instance(&target, &agent_status(true, false, None), &ds, &agent());
        assert_eq!(waiting.port, PLACEHOLDER_PORT);
        assert_eq!(rec.update(waiting), None, "nothing changed for a browser");
        // Listening: mode 1 (PSKc) on the agent's port; republished.
        let on = service_instance(
            &target,
            &agent_status(true, true, Some(49191)),
            &ds,
            &agent(),
        );
        assert_eq!(on.port, 49191);
        assert_eq!(sb(&on) & 7, SB_CONNECTION_PSKC);
        assert_eq!(sb(&on) & !7, sb(&off) & !7, "only the mode changed");
        assert_eq!(on.validate(), Ok(()));
        assert_eq!(rec.update(on.clone()), Some(on));
        // The allowance ended (the agent may still report its port for an
        // instant): back to mode 0 on the placeholder.
        let ended = service_instance(
            &target,
            &agent_status(false, true, Some(49191)),
            &ds,
            &agent(),
        );
        assert_eq!(ended.port, PLACEHOLDER_PORT);
        assert_eq!(sb(&ended) & 7, SB_CONNECTION_NONE);
        assert!(rec.update(ended).is_some());
    }

    #[test]
    fn the_agent_id_is_created_once_and_kept() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let id = load_or_create_agent_id(d.path()).unwrap();
        let path = d.path().join(AGENT_ID_FILE);
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), id);
        assert_eq!(load_or_create_agent_id(d.path()).unwrap(), id);
        let other = tempfile::tempdir().unwrap();
        assert_ne!(load_or_create_agent_id(other.path()).unwrap(), id);
        // A damaged file is refused, not replaced.
        std::fs::write(&path, [1, 2, 3]).unwrap();
        let e = load_or_create_agent_id(d.path()).unwrap_err();
        assert!(e.to_string().contains("3 bytes"), "{e}");
        assert_eq!(std::fs::read(&path).unwrap(), [1, 2, 3]);
        // An unreadable place is an I/O error naming the file.
        let e = load_or_create_agent_id(&d.path().join("missing-dir")).unwrap_err();
        assert!(e.to_string().contains(AGENT_ID_FILE), "{e}");
    }
}
