//! Configuration: the TOML file, read once and converted once into typed
//! [`Settings`] ("parse, don't validate", STYLE.md rule 10).
//!
//! Two stages, each done once, at start:
//!
//! 1. [`Config`] is the raw serde form. It mirrors the file key for key
//!    (`config/threshold.toml` documents every key with its default; a
//!    missing key takes its default) and refuses unknown keys, so a typo
//!    never silently falls back to a default. It holds plain strings and
//!    numbers and checks nothing but TOML types. The command line
//!    (`--state-dir`, `--thread`) and tests adjust it before converting.
//! 2. [`Settings`], made by `Settings::try_from(config)` (or
//!    [`Settings::load`]: read, parse, convert), holds only checked, typed
//!    values. Every range, address, name, radio URL and dataset is checked
//!    in that one conversion, every section including `[thread]` and
//!    `[mdns]` whether enabled or not, so a bad value stops `threshold run`
//!    before anything starts; each error names its dotted key
//!    (`thread.radio_url: ...`). The daemon and the command line take
//!    `&Settings` and never re-check.
//!
//! Where each section ends up:
//!
//! * `state_dir`, `runtime_dir`: [`Settings::state_dir`] and
//!   [`Settings::runtime_dir`] (an empty `runtime_dir` resolved to
//!   `<state_dir>/run`).
//! * `[log]`: [`Settings::log_level`], a list of `target=level`
//!   directives (`info`, `threshold=debug,rs_matter=warn`: tracing's
//!   `Targets` syntax) passed through as written (`RUST_LOG` wins; a
//!   filter that does not parse means `info`).
//! * `[commissioning]`, `[enrollment]`, `[anomaly]`: [`Settings::policy`],
//!   the core's [`Policy`].
//! * `[coap]`: [`Settings::coap`] ([`CoapSettings`]: the listen addresses,
//!   the server name, the TLS server's [`TlsLimits`] and the UDP server's
//!   [`UdpConfig`]).
//! * `[api]`: [`Settings::api`] ([`ApiSettings`], the admin socket path
//!   resolved).
//! * `[mdns]`: [`Settings::mdns`], `None` when disabled. An empty
//!   `host_name` or `instance_name` means "derived from the hub id", which
//!   exists only once the core has started: it stays `None` in
//!   [`MdnsSettings`] and [`MdnsSettings::host_name_for`] /
//!   [`MdnsSettings::instance_name_for`] fill it in at use (a default
//!   built from hex digits, nothing to check).
//! * `[thread]`: [`Settings::thread`] ([`ThreadSettings`]: `enabled` and
//!   the service's [`ThreadOptions`], with the radio URL parsed, the
//!   dataset decoded and the settings directory `<state_dir>/thread`).
//!
//! With no file at all, [`Settings::load`] converts the embedded defaults
//! ([`Config::default`], equal to `config/threshold.toml`): state in
//! `./threshold-state`, the runtime directory inside it, and every socket
//! bound to loopback only. [`Settings::from_toml_str`] converts a text
//! without touching the file system (the fuzz target's entry point).
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::api::server::ApiSettings;
use crate::coap::tcp_conn::ConnConfig;
use crate::coap::tls::TlsLimits;
use crate::coap::udp::UdpConfig;
use crate::commissioning::policy::{
    AnomalyPolicy, DeviceClass, DeviceClassRule, DeviceClassTable, Policy, Role,
    MAX_CONFIGURABLE_WINDOW_TTL,
};
use crate::names::{is_dns_name, is_host_label, is_instance_name, MAX_LABEL};
use crate::thread::{DatasetSource, InfraInterface, ThreadOptions};

/// A configuration that could not be loaded or is invalid.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid TOML for this schema.
    #[error("invalid configuration {path}: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The TOML error (with line and column).
        source: Box<toml::de::Error>,
    },
    /// A value is out of its allowed range or malformed.
    #[error("invalid configuration: {key}: {message}")]
    Invalid {
        /// Dotted key.
        key: &'static str,
        /// What is wrong.
        message: String,
    },
}

/// The whole configuration, checked and typed: what the daemon and the
/// command line use. Made once from a [`Config`] (see the module
/// documentation for what each field holds); to change a value, change
/// the [`Config`] and convert again (derived paths such as
/// [`Settings::runtime_dir`] and the Thread directory follow `state_dir`
/// only through the conversion).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Directory for the database, keys and other durable state.
    pub state_dir: PathBuf,
    /// Directory for runtime files (`runtime_dir`, or `<state_dir>/run`).
    pub runtime_dir: PathBuf,
    /// The `tracing` filter of `[log] level`, as written.
    pub log_level: String,
    /// `[commissioning]`, `[enrollment]` and `[anomaly]`.
    pub policy: Policy,
    /// `[coap]`.
    pub coap: CoapSettings,
    /// `[api]`.
    pub api: ApiSettings,
    /// `[mdns]`; `None` when advertising is disabled.
    pub mdns: Option<MdnsSettings>,
    /// `[thread]`.
    pub thread: ThreadSettings,
    /// `[matter]`.
    pub matter: MatterSettings,
    /// `[otbr_rest]`; `None` when the listener is off.
    pub otbr_rest: Option<crate::otbr_rest::OtbrRestSettings>,
    /// `[metrics]`; `None` when the endpoint is off.
    pub metrics: Option<crate::metrics::MetricsSettings>,
}

impl Settings {
    /// Reads, parses and converts a file, or converts the embedded
    /// defaults for `None`.
    pub fn load(path: Option<&Path>) -> Result<Settings, ConfigError> {
        Settings::try_from(Config::load(path)?)
    }

    /// Parses and converts a TOML document, without touching the file
    /// system (errors name the file as `<text>`).
    pub fn from_toml_str(text: &str) -> Result<Settings, ConfigError> {
        Settings::try_from(Config::from_toml(text, Path::new("<text>"))?)
    }
}

impl TryFrom<Config> for Settings {
    type Error = ConfigError;

    /// Checks every section, in this order: commissioning policy
    /// (`[commissioning]`, `[enrollment]`, `[anomaly]`), `[coap]`, `[api]`,
    /// `[mdns]`, `[thread]`; the first bad value found is the error.
    fn try_from(c: Config) -> Result<Settings, ConfigError> {
        let policy = c.policy()?;
        let coap = c.coap.settings()?;
        let api = c.api_settings()?;
        let mdns = c.mdns.settings()?;
        let thread = c.thread_settings()?;
        let matter = c.matter.settings()?;
        let otbr_rest = c.otbr_rest.settings(c.thread.enabled)?;
        let metrics = c.metrics.settings()?;
        Ok(Settings {
            runtime_dir: c.runtime_dir(),
            state_dir: c.state_dir,
            log_level: c.log.level,
            policy,
            coap,
            api,
            mdns,
            thread,
            matter,
            otbr_rest,
            metrics,
        })
    }
}

/// The whole configuration file, raw: each field is the TOML key of the
/// same name, unchecked (see the module documentation). Convert it with
/// `Settings::try_from`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Directory for the database, keys and other durable state.
    pub state_dir: PathBuf,
    /// Directory for runtime files (the owner bootstrap code). Empty means
    /// `<state_dir>/run`.
    pub runtime_dir: PathBuf,
    /// Logging.
    pub log: LogConfig,
    /// Commissioning rules.
    pub commissioning: CommissioningConfig,
    /// Owner bootstrap and invites.
    pub enrollment: EnrollmentConfig,
    /// Anomaly detection.
    pub anomaly: AnomalyConfig,
    /// The CoAP front-end (TLS and UDP).
    pub coap: CoapConfig,
    /// The controller API (HTTPS with mutual TLS, enrollment, admin socket).
    pub api: ApiConfig,
    /// mDNS / DNS-SD advertising.
    pub mdns: MdnsConfig,
    /// The Thread network (OpenThread on the RCP).
    pub thread: ThreadConfig,
    /// The Matter node.
    pub matter: MatterConfig,
    /// The OTBR-compatible REST listener for Home Assistant.
    pub otbr_rest: OtbrRestConfig,
    /// The Prometheus metrics endpoint (loopback only).
    pub metrics: MetricsConfig,
    /// The web dashboard (docs/dashboard.md).
    pub dashboard: DashboardConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            state_dir: PathBuf::from("./threshold-state"),
            runtime_dir: PathBuf::new(),
            log: LogConfig::default(),
            commissioning: CommissioningConfig::default(),
            enrollment: EnrollmentConfig::default(),
            anomaly: AnomalyConfig::default(),
            coap: CoapConfig::default(),
            api: ApiConfig::default(),
            mdns: MdnsConfig::default(),
            thread: ThreadConfig::default(),
            matter: MatterConfig::default(),
            otbr_rest: OtbrRestConfig::default(),
            metrics: MetricsConfig::default(),
            dashboard: DashboardConfig::default(),
        }
    }
}

/// `[matter]`: the Matter node (docs/matter.md).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct MatterConfig {
    /// Run the node.
    pub enabled: bool,
    /// Address to bind (`::` = every interface).
    pub bind: String,
    /// UDP port (the Matter port, 5540).
    pub port: u16,
    /// The vendor's attestation credentials (dac.der, pai.der, cd.der,
    /// dac-key.pem); empty = the Matter SDK's public development ones.
    pub credentials_dir: String,
    /// Basic Information: vendor name (1..=32 bytes).
    pub vendor_name: String,
    /// Basic Information: product name (1..=32 bytes).
    pub product_name: String,
    /// The product id when the DAC names none.
    pub product_id: u16,
    /// The factory discriminator (0..=4095); absent = one drawn at first
    /// start and kept in the state directory.
    pub discriminator: Option<u16>,
    /// The factory setup passcode (as the label prints it); absent = one
    /// drawn at first start and kept in the state directory.
    pub passcode: Option<u32>,
}

impl Default for MatterConfig {
    fn default() -> Self {
        MatterConfig {
            enabled: true,
            bind: "::".into(),
            port: 5540,
            credentials_dir: String::new(),
            vendor_name: "Threshold".into(),
            product_name: "Threshold Border Router".into(),
            product_id: 0x8001,
            discriminator: None,
            passcode: None,
        }
    }
}

/// The checked `[matter]` section.
#[derive(Debug, Clone)]
pub struct MatterSettings {
    /// Run the node.
    pub enabled: bool,
    /// Address to bind.
    pub bind: std::net::IpAddr,
    /// UDP port.
    pub port: u16,
    /// The vendor's credentials (`None`: development credentials).
    pub credentials_dir: Option<PathBuf>,
    /// Vendor name.
    pub vendor_name: String,
    /// Product name.
    pub product_name: String,
    /// Product id (when the DAC names none).
    pub product_id: u16,
    /// Configured factory discriminator.
    pub discriminator: Option<u16>,
    /// Configured factory passcode.
    pub passcode: Option<u32>,
}

impl MatterConfig {
    fn settings(&self) -> Result<MatterSettings, ConfigError> {
        let bind = self
            .bind
            .parse()
            .map_err(|_| invalid("matter.bind", "must be an IP address"))?;
        if self.port == 0 {
            return Err(invalid("matter.port", "must not be 0"));
        }
        for (key, v) in [
            ("matter.vendor_name", &self.vendor_name),
            ("matter.product_name", &self.product_name),
        ] {
            if v.is_empty() || v.len() > 32 {
                return Err(invalid(key, "must be 1..=32 bytes"));
            }
        }
        if self.discriminator.is_some_and(|d| d > 0x0FFF) {
            return Err(invalid("matter.discriminator", "must be 0..=4095"));
        }
        if let Some(p) = self.passcode {
            crate::onboarding::passcode::Passcode::new(p)
                .map_err(|e| invalid("matter.passcode", e.to_string()))?;
        }
        Ok(MatterSettings {
            enabled: self.enabled,
            bind,
            port: self.port,
            credentials_dir: (!self.credentials_dir.is_empty())
                .then(|| PathBuf::from(&self.credentials_dir)),
            vendor_name: self.vendor_name.clone(),
            product_name: self.product_name.clone(),
            product_id: self.product_id,
            discriminator: self.discriminator,
            passcode: self.passcode,
        })
    }
}

/// `[dashboard]`: the web dashboard (docs/dashboard.md), served over TLS
/// with the hub's server certificate; a browser signs in with a one-time
/// link from `threshold dashboard login`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct DashboardConfig {
    /// Address and port (`127.0.0.1:8445`: the hub itself only; e.g.
    /// `0.0.0.0:8445` to open it from a phone on the LAN). Empty: off.
    pub listen: String,
    /// The URL users open it at, which login links start with (e.g.
    /// `https://hub.home.arpa:8445`). Empty: `https://<listen>`, or
    /// `https://<api.server_name>:<port>` when it listens on every address.
    pub url: String,
}

impl Default for DashboardConfig {
    fn default() -> Self {
        DashboardConfig {
            listen: "127.0.0.1:8445".into(),
            url: String::new(),
        }
    }
}

/// `[otbr_rest]`: the OTBR-compatible REST listener for Home Assistant
/// (docs/otbr-rest.md). Plain HTTP without authentication, as ot-br-posix's:
/// it answers only the addresses in `allow`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct OtbrRestConfig {
    /// Serve it (needs `[thread] enabled`).
    pub enabled: bool,
    /// Address and port (`127.0.0.1:8081`: the hub itself only).
    pub listen: String,
    /// The client addresses answered; every other one is refused (403,
    /// audited).
    pub allow: Vec<String>,
}

impl Default for OtbrRestConfig {
    fn default() -> Self {
        OtbrRestConfig {
            enabled: false,
            listen: "127.0.0.1:8081".into(),
            allow: vec!["127.0.0.1".into(), "::1".into()],
        }
    }
}

impl OtbrRestConfig {
    fn settings(
        &self,
        thread: bool,
    ) -> Result<Option<crate::otbr_rest::OtbrRestSettings>, ConfigError> {
        let listen: std::net::SocketAddr = self
            .listen
            .parse()
            .map_err(|_| invalid("otbr_rest.listen", "must be an address and port"))?;
        let allow = self
            .allow
            .iter()
            .map(|a| {
                a.parse::<std::net::IpAddr>()
                    .map_err(|_| invalid("otbr_rest.allow", format!("{a:?} is not an IP address")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if !self.enabled {
            return Ok(None);
        }
        if !thread {
            return Err(invalid("otbr_rest.enabled", "needs [thread] enabled"));
        }
        if allow.is_empty() {
            return Err(invalid("otbr_rest.allow", "must name at least one client"));
        }
        Ok(Some(crate::otbr_rest::OtbrRestSettings { listen, allow }))
    }
}

/// `[mdns]`: DNS-SD over mDNS (docs/mdns.md).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct MdnsConfig {
    /// Advertise at all.
    pub enabled: bool,
    /// Interfaces to answer and announce on (names, e.g. `lo`, `eth0`).
    pub interfaces: Vec<String>,
    /// Host label of the hub (`<host_name>.local.`); empty =
    /// `threshold-<first 8 hex digits of the hub id>`.
    pub host_name: String,
    /// Instance name of the hub's services; empty = `Threshold Hub
    /// <first 8 hex digits of the hub id>`.
    pub instance_name: String,
    /// Longest lease a device may ask for its registrations, in seconds.
    pub max_lease_secs: u64,
    /// How often the host's addresses are checked for changes (the hub's
    /// records are re-announced with the new ones), in seconds.
    pub address_check_secs: u32,
}

impl Default for MdnsConfig {
    fn default() -> Self {
        MdnsConfig {
            enabled: true,
            interfaces: vec!["lo".into()],
            host_name: String::new(),
            instance_name: String::new(),
            max_lease_secs: 7200,
            address_check_secs: 5,
        }
    }
}

/// The checked `[mdns]` section of an enabled responder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdnsSettings {
    /// Interfaces (Linux interface names).
    pub interfaces: Vec<String>,
    /// Host label; `None` = derived from the hub id
    /// ([`MdnsSettings::host_name_for`]).
    pub host_name: Option<String>,
    /// Instance name; `None` = derived from the hub id
    /// ([`MdnsSettings::instance_name_for`]).
    pub instance_name: Option<String>,
    /// Longest device lease.
    pub max_lease: Duration,
    /// Address check interval, seconds.
    pub address_check_secs: u32,
}

impl MdnsSettings {
    /// The hub's host label: the configured one, or
    /// `threshold-<first 8 hex digits of the hub id>`.
    pub fn host_name_for(&self, hub_id: &str) -> String {
        self.host_name
            .clone()
            .unwrap_or_else(|| format!("threshold-{}", short_id(hub_id)))
    }

    /// The hub's instance name: the configured one, or
    /// `Threshold Hub <first 8 hex digits of the hub id>`.
    pub fn instance_name_for(&self, hub_id: &str) -> String {
        self.instance_name
            .clone()
            .unwrap_or_else(|| format!("Threshold Hub {}", short_id(hub_id)))
    }
}

/// The first 8 hex digits of the last `:`-separated part of a hub id.
fn short_id(hub_id: &str) -> String {
    hub_id
        .rsplit(':')
        .next()
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(8)
        .collect()
}

impl MdnsConfig {
    /// Checks the section (even when disabled); `None` when disabled.
    fn settings(&self) -> Result<Option<MdnsSettings>, ConfigError> {
        if self.interfaces.is_empty() {
            return Err(invalid("mdns.interfaces", "list at least one interface"));
        }
        for i in &self.interfaces {
            // Linux interface names: 1..=15 bytes, no '/', ':' or space.
            let ok = !i.is_empty()
                && i.len() <= 15
                && i.bytes()
                    .all(|b| b.is_ascii_graphic() && b != b'/' && b != b':');
            if !ok {
                return Err(invalid(
                    "mdns.interfaces",
                    format!("{i:?} is not an interface name"),
                ));
            }
        }
        if !self.host_name.is_empty() && !is_host_label(&self.host_name) {
            return Err(invalid(
                "mdns.host_name",
                "1..=63 of a-z, A-Z, 0-9 and '-', not starting or ending with '-'",
            ));
        }
        // Leave room for a " (99)" suffix should it ever be renamed.
        let name_ok =
            is_instance_name(&self.instance_name) && self.instance_name.len() <= MAX_LABEL - 5;
        if !self.instance_name.is_empty() && !name_ok {
            return Err(invalid(
                "mdns.instance_name",
                "1..=58 bytes without control characters",
            ));
        }
        if !(60..=604_800).contains(&self.max_lease_secs) {
            return Err(invalid("mdns.max_lease_secs", "must be 60..=604800"));
        }
        if !(1..=3600).contains(&self.address_check_secs) {
            return Err(invalid("mdns.address_check_secs", "must be 1..=3600"));
        }
        if !self.enabled {
            return Ok(None);
        }
        let set = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        Ok(Some(MdnsSettings {
            interfaces: self.interfaces.clone(),
            host_name: set(&self.host_name),
            instance_name: set(&self.instance_name),
            max_lease: Duration::from_secs(self.max_lease_secs),
            address_check_secs: self.address_check_secs,
        }))
    }
}

/// `[thread]`: the Thread network (docs/thread.md).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ThreadConfig {
    /// Run OpenThread on the RCP.
    pub enabled: bool,
    /// The RCP, as a radio URL (`spinel+hdlc+uart://...` or
    /// `spinel+hdlc+forkpty://...`).
    pub radio_url: String,
    /// Active dataset (hex Thread TLVs) applied at every start; empty =
    /// the persisted one, or a new network formed at first start.
    pub dataset: String,
    /// Network name of a newly formed network (1..=16 bytes).
    pub network_name: String,
    /// Without a dataset (none persisted, none configured): form a new
    /// network (`true`, the default), or wait for one (`false`: an owner's
    /// `threshold thread dataset import`, or a Matter controller's
    /// SetActiveDatasetRequest while it commissions the hub), so the hub
    /// joins a network that already exists.
    pub form_network: bool,
    /// First delay before reopening a lost RCP (the first try is at once).
    pub reopen_min_ms: u64,
    /// Largest reopen delay.
    pub reopen_max_ms: u64,
    /// Border routing's infrastructure interface (the LAN): absent = the
    /// first non-loopback interface with a global or ULA IPv6 address with
    /// a real radio (UART), none with a simulated one (forkpty); empty =
    /// no border routing.
    pub infra_interface: Option<String>,
    /// Name of the Thread network interface (a TUN device; needs
    /// CAP_NET_ADMIN); empty = none.
    pub interface: String,
    /// NAT64 on the border router: mesh nodes reach IPv4 hosts through
    /// the hub. Takes effect where border routing runs; its IPv4 side
    /// needs the interface (docs/thread.md, "NAT64").
    pub nat64: bool,
    /// The IPv4 block the NAT64 translator takes its addresses from
    /// (`a.b.c.d/len`, no host bits), routed to the interface.
    pub nat64_ipv4_cidr: String,
}

impl Default for ThreadConfig {
    fn default() -> Self {
        ThreadConfig {
            enabled: true,
            radio_url: "spinel+hdlc+forkpty://target/ot-sim/bin/ot-rcp?forkpty-arg=1".into(),
            dataset: String::new(),
            network_name: "threshold".into(),
            form_network: true,
            reopen_min_ms: 100,
            reopen_max_ms: 10_000,
            infra_interface: None,
            interface: "wpan0".into(),
            nat64: true,
            nat64_ipv4_cidr: crate::thread::Ipv4Cidr::DEFAULT.to_string(),
        }
    }
}

/// The checked `[thread]` section.
#[derive(Debug, Clone)]
pub struct ThreadSettings {
    /// Run OpenThread on the RCP (`threshold run` starts it).
    pub enabled: bool,
    /// What the Thread service is started with.
    pub options: ThreadOptions,
}

impl Config {
    /// Checks `[thread]` (even when disabled).
    fn thread_settings(&self) -> Result<ThreadSettings, ConfigError> {
        let t = &self.thread;
        let radio: crate::radio::RadioUrl = t
            .radio_url
            .parse()
            .map_err(|e: crate::radio::UrlError| invalid("thread.radio_url", e.to_string()))?;
        let dataset = if !t.dataset.trim().is_empty() {
            DatasetSource::Configured(
                crate::thread::parse_dataset_hex(&t.dataset)
                    .map_err(|e| invalid("thread.dataset", e.to_string()))?,
            )
        } else if t.form_network {
            DatasetSource::Persisted
        } else {
            DatasetSource::Await
        };
        if t.network_name.is_empty() || t.network_name.len() > 16 {
            return Err(invalid("thread.network_name", "must be 1..=16 bytes"));
        }
        if t.reopen_min_ms == 0 || t.reopen_max_ms < t.reopen_min_ms || t.reopen_max_ms > 600_000 {
            return Err(invalid(
                "thread.reopen_max_ms",
                "need 0 < reopen_min_ms <= reopen_max_ms <= 600000",
            ));
        }
        let infra_interface = match t.infra_interface.as_deref() {
            // A simulated RCP (a forked program) has no real mesh behind it:
            // advertising its prefixes on whatever LAN the host is on would
            // only mislead that LAN's hosts. Named explicitly, it is routed.
            None if matches!(radio.target, crate::radio::RadioTarget::Forkpty { .. }) => {
                InfraInterface::Disabled
            }
            None => InfraInterface::Auto,
            Some("") => InfraInterface::Disabled,
            Some(name) if is_interface_name(name) => InfraInterface::Named(name.to_owned()),
            Some(_) => {
                return Err(invalid(
                    "thread.infra_interface",
                    "an interface name: 1..=15 bytes, no '/', ':' or whitespace, not . or ..",
                ))
            }
        };
        let interface =
            match t.interface.as_str() {
                "" => None,
                name if is_interface_name(name) => Some(name.to_owned()),
                _ => return Err(invalid(
                    "thread.interface",
                    "an interface name: 1..=15 bytes, no '/', ':' or white space, not '.' or '..'",
                )),
            };
        // Checked even with NAT64 off, so turning it on later cannot fail.
        let cidr: crate::thread::Ipv4Cidr =
            t.nat64_ipv4_cidr
                .parse()
                .map_err(|e: crate::thread::nat64::CidrError| {
                    invalid("thread.nat64_ipv4_cidr", e.to_string())
                })?;
        Ok(ThreadSettings {
            enabled: t.enabled,
            options: ThreadOptions {
                radio,
                dir: self.state_dir.join(crate::thread::THREAD_DIR),
                dataset,
                network_name: t.network_name.clone(),
                reopen_min: Duration::from_millis(t.reopen_min_ms),
                reopen_max: Duration::from_millis(t.reopen_max_ms),
                infra_interface,
                interface,
                nat64: t.nat64.then_some(cidr),
            },
        })
    }
}

/// A Linux interface name (`dev_valid_name`): 1..=15 bytes (IFNAMSIZ - 1),
/// no '/', ':' or whitespace, not `.` or `..`.
fn is_interface_name(name: &str) -> bool {
    (1..=15).contains(&name.len())
        && name != "."
        && name != ".."
        && !name
            .chars()
            .any(|c| c == '/' || c == ':' || c.is_whitespace() || c.is_control())
}

/// `[coap]`: the CoAP over TLS server (devices) and CoAP over UDP server
/// (public discovery). See docs/coap.md.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CoapConfig {
    /// `coaps+tcp` listen address.
    pub tls_listen: SocketAddr,
    /// CoAP over UDP listen address.
    pub udp_listen: SocketAddr,
    /// Host name in the hub's TLS server certificate.
    pub server_name: String,
    /// TLS connections open at once, in total.
    pub max_connections: usize,
    /// TLS connections open at once from one source (an IPv4 address or an
    /// IPv6 /64).
    pub max_connections_per_peer: usize,
    /// Largest request body; larger gets 4.13.
    pub max_body_bytes: usize,
    /// Largest RFC 8323 message (advertised as Max-Message-Size); larger
    /// aborts the connection.
    pub max_message_bytes: usize,
    /// A TLS connection with no traffic for this long is released.
    pub idle_timeout_secs: u64,
}

impl Default for CoapConfig {
    fn default() -> Self {
        CoapConfig {
            tls_listen: SocketAddr::from(([127, 0, 0, 1], 5684)),
            udp_listen: SocketAddr::from(([127, 0, 0, 1], 5683)),
            server_name: "threshold.local".into(),
            max_connections: 64,
            max_connections_per_peer: 4,
            max_body_bytes: 4096,
            max_message_bytes: 8192,
            idle_timeout_secs: 120,
        }
    }
}

/// The checked `[coap]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoapSettings {
    /// `coaps+tcp` listen address.
    pub tls_listen: SocketAddr,
    /// CoAP over UDP listen address.
    pub udp_listen: SocketAddr,
    /// Host name in the hub's TLS server certificate (a DNS name or
    /// `localhost`).
    pub server_name: String,
    /// The TLS server's limits.
    pub tls: TlsLimits,
    /// The UDP server's settings.
    pub udp: UdpConfig,
}

impl CoapConfig {
    /// Checks the section.
    fn settings(&self) -> Result<CoapSettings, ConfigError> {
        if !(1..=100_000).contains(&self.max_connections) {
            return Err(invalid("coap.max_connections", "must be within 1..=100000"));
        }
        if !(1..=self.max_connections).contains(&self.max_connections_per_peer) {
            return Err(invalid(
                "coap.max_connections_per_peer",
                "must be within 1..=coap.max_connections",
            ));
        }
        if !(1152..=1_048_576).contains(&self.max_message_bytes) {
            return Err(invalid(
                "coap.max_message_bytes",
                "must be within 1152..=1048576 (RFC 8323's base is 1152)",
            ));
        }
        if !(1..=self.max_message_bytes.saturating_sub(64)).contains(&self.max_body_bytes) {
            return Err(invalid(
                "coap.max_body_bytes",
                "must be at least 1 and leave 64 bytes of coap.max_message_bytes for headers",
            ));
        }
        if !(self.server_name == "localhost" || is_dns_name(&self.server_name)) {
            return Err(invalid("coap.server_name", "must be a DNS host name"));
        }
        let idle = secs("coap.idle_timeout_secs", self.idle_timeout_secs, 1, 86_400)?;
        Ok(CoapSettings {
            tls_listen: self.tls_listen,
            udp_listen: self.udp_listen,
            server_name: self.server_name.clone(),
            tls: TlsLimits {
                max_connections: self.max_connections,
                max_connections_per_peer: self.max_connections_per_peer,
                idle_timeout: idle,
                conn: ConnConfig {
                    max_frame: self.max_message_bytes,
                    max_body: self.max_body_bytes,
                    ..ConnConfig::default()
                },
                ..TlsLimits::default()
            },
            udp: UdpConfig {
                max_body: self.max_body_bytes,
                ..UdpConfig::default()
            },
        })
    }
}

/// `[log]`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// A `tracing` filter, e.g. `info` or `threshold=debug`. `RUST_LOG` wins.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            level: "info".into(),
        }
    }
}

/// `[commissioning]`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CommissioningConfig {
    /// Window TTL when the user asks for none.
    pub default_window_ttl_secs: u64,
    /// Upper bound of a window TTL (at most 3600).
    pub max_window_ttl_secs: u64,
    /// PAKE handshake timeout.
    pub pake_timeout_secs: u64,
    /// Failed PAKE confirmations that close a window.
    pub max_pake_failures: u32,
    /// Token lifetime per device class.
    pub token_lifetime_secs: PerClass<u64>,
    /// Which classes each role may pair.
    pub may_pair: PerRole<Vec<DeviceClass>>,
    /// The class of a device no `device_classes` row names.
    pub unknown_device_class: DeviceClass,
    /// `[[commissioning.device_classes]]`: the class of a vendor's
    /// devices (`vid`) or of one product (`vid` and `pid`).
    pub device_classes: Vec<DeviceClassRuleConfig>,
}

/// One `[[commissioning.device_classes]]` row.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DeviceClassRuleConfig {
    /// Vendor id.
    pub vid: u16,
    /// Product id; absent for every product of the vendor without a row.
    #[serde(default)]
    pub pid: Option<u16>,
    /// `low`, `medium` or `high`.
    pub class: DeviceClass,
}

impl Default for CommissioningConfig {
    fn default() -> Self {
        let p = Policy::default();
        let classes = |r: Role| {
            DeviceClass::ALL
                .into_iter()
                .filter(|c| p.may_pair(r, *c))
                .collect::<Vec<_>>()
        };
        CommissioningConfig {
            default_window_ttl_secs: p.default_window_ttl.as_secs(),
            max_window_ttl_secs: p.max_window_ttl.as_secs(),
            pake_timeout_secs: p.pake_timeout.as_secs(),
            max_pake_failures: p.max_pake_failures,
            token_lifetime_secs: PerClass {
                low: p.token_lifetime[0].as_secs(),
                medium: p.token_lifetime[1].as_secs(),
                high: p.token_lifetime[2].as_secs(),
            },
            may_pair: PerRole {
                owner: classes(Role::Owner),
                admin: classes(Role::Admin),
                member: classes(Role::Member),
                guest: classes(Role::Guest),
            },
            unknown_device_class: p.device_classes.unknown(),
            device_classes: p
                .device_classes
                .rules()
                .into_iter()
                .map(|r| DeviceClassRuleConfig {
                    vid: r.vid,
                    pid: r.pid,
                    class: r.class,
                })
                .collect(),
        }
    }
}

/// A value for each device class.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerClass<T> {
    /// `low`
    pub low: T,
    /// `medium`
    pub medium: T,
    /// `high`
    pub high: T,
}

/// A value for each role.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerRole<T> {
    /// `owner`
    pub owner: T,
    /// `admin`
    pub admin: T,
    /// `member`
    pub member: T,
    /// `guest`
    pub guest: T,
}

/// `[enrollment]`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct EnrollmentConfig {
    /// Lifetime of the first-start owner code.
    pub owner_code_ttl_secs: u64,
    /// Invite lifetime when none is asked.
    pub default_invite_ttl_secs: u64,
    /// Upper bound of an invite lifetime.
    pub max_invite_ttl_secs: u64,
}

impl Default for EnrollmentConfig {
    fn default() -> Self {
        let p = Policy::default();
        EnrollmentConfig {
            owner_code_ttl_secs: p.owner_code_ttl.as_secs(),
            default_invite_ttl_secs: p.default_invite_ttl.as_secs(),
            max_invite_ttl_secs: p.max_invite_ttl.as_secs(),
        }
    }
}

/// `[anomaly]`
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AnomalyConfig {
    /// Sliding interval for counting.
    pub interval_secs: u64,
    /// Failures within the interval that raise an alert.
    pub failure_threshold: u32,
    /// Window openings within the interval that raise an alert.
    pub open_threshold: u32,
    /// Whether an alert locks pairing.
    pub lock_on_alert: bool,
    /// Lock duration.
    pub lockout_secs: u64,
    /// Failures within the interval no single scope explains that lock
    /// pairing hub-wide.
    pub global_failure_threshold: u32,
    /// Most failure scopes (addresses, credentials, windows) tracked.
    pub max_tracked_scopes: u32,
}

impl Default for AnomalyConfig {
    fn default() -> Self {
        let a = AnomalyPolicy::default();
        AnomalyConfig {
            interval_secs: a.interval.as_secs(),
            failure_threshold: a.failure_threshold,
            open_threshold: a.open_threshold,
            lock_on_alert: a.lock_on_alert,
            lockout_secs: a.lockout.as_secs(),
            global_failure_threshold: a.global_failure_threshold,
            max_tracked_scopes: a.max_tracked_scopes as u32,
        }
    }
}

/// `[api]`: the controller API (docs/api.md).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ApiConfig {
    /// HTTPS listener with mutual TLS (client certificates from the hub
    /// CA). Empty: no network listener.
    pub listen: String,
    /// HTTPS listener that serves only `POST /v1/enroll` and asks for no
    /// client certificate. Empty: enrollment only over the admin socket.
    pub enroll_listen: String,
    /// DNS name in the hub's TLS server certificate (which also names
    /// 127.0.0.1 and ::1).
    pub server_name: String,
    /// Local admin socket. Empty means `<runtime_dir>/admin.sock`.
    pub admin_socket: PathBuf,
    /// Concurrent connections per listener; more are closed at once.
    pub max_connections: u32,
    /// Concurrent connections per source (an IPv4 address or an IPv6 /64)
    /// on each TCP listener; more are closed at once. Read as at most
    /// `max_connections`.
    pub max_connections_per_source: u32,
    /// Time limit for a TLS handshake on the TCP listeners.
    pub handshake_timeout_secs: u64,
    /// Time limit for one request (from its headers to its response head).
    pub request_timeout_secs: u64,
    /// Largest request body; a larger one is refused with 413.
    pub max_body_bytes: u32,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            listen: "127.0.0.1:8443".into(),
            enroll_listen: "127.0.0.1:8444".into(),
            server_name: "threshold.local".into(),
            admin_socket: PathBuf::new(),
            max_connections: 64,
            max_connections_per_source: 8,
            handshake_timeout_secs: 10,
            request_timeout_secs: 30,
            max_body_bytes: 16 * 1024,
        }
    }
}

fn addr(key: &'static str, v: &str) -> Result<Option<SocketAddr>, ConfigError> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    v.trim().parse().map(Some).map_err(|_| {
        invalid(
            key,
            format!("{v:?} is not an IP address and port (e.g. \"127.0.0.1:8443\")"),
        )
    })
}

fn invalid(key: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key,
        message: message.into(),
    }
}

fn secs(key: &'static str, v: u64, min: u64, max: u64) -> Result<Duration, ConfigError> {
    if v < min || v > max {
        return Err(invalid(
            key,
            format!("{v} is outside {min}..={max} seconds"),
        ));
    }
    Ok(Duration::from_secs(v))
}

impl Config {
    /// Parses a TOML document into the raw form (`path` is only used in
    /// error messages). Only TOML types and unknown keys are checked here;
    /// the values are checked by `Settings::try_from`.
    pub fn from_toml(text: &str, path: &Path) -> Result<Self, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            source: Box::new(e),
        })
    }

    /// Reads and parses a file into the raw form, or returns the embedded
    /// defaults for `None` (values unchecked, as [`Config::from_toml`]).
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        match path {
            None => Ok(Config::default()),
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| ConfigError::Read {
                    path: p.to_owned(),
                    source: e,
                })?;
                Config::from_toml(&text, p)
            }
        }
    }

    /// The runtime directory (`runtime_dir`, or `<state_dir>/run`).
    fn runtime_dir(&self) -> PathBuf {
        if self.runtime_dir.as_os_str().is_empty() {
            self.state_dir.join("run")
        } else {
            self.runtime_dir.clone()
        }
    }

    /// The admin socket path (`api.admin_socket`, or
    /// `<runtime_dir>/admin.sock`).
    fn admin_socket(&self) -> PathBuf {
        if self.api.admin_socket.as_os_str().is_empty() {
            self.runtime_dir().join("admin.sock")
        } else {
            self.api.admin_socket.clone()
        }
    }

    /// Checks `[api]`.
    fn api_settings(&self) -> Result<ApiSettings, ConfigError> {
        let a = &self.api;
        let listen = addr("api.listen", &a.listen)?;
        let enroll_listen = addr("api.enroll_listen", &a.enroll_listen)?;
        if let (Some(l), Some(e)) = (listen, enroll_listen) {
            if l == e && l.port() != 0 {
                return Err(invalid(
                    "api.enroll_listen",
                    "must differ from api.listen (the enrollment listener asks for no client certificate)",
                ));
            }
        }
        if !is_dns_name(a.server_name.trim()) {
            return Err(invalid(
                "api.server_name",
                format!("{:?} is not a DNS name", a.server_name),
            ));
        }
        if !(1..=10_000).contains(&a.max_connections) {
            return Err(invalid("api.max_connections", "must be within 1..=10000"));
        }
        if !(1..=10_000).contains(&a.max_connections_per_source) {
            return Err(invalid(
                "api.max_connections_per_source",
                "must be within 1..=10000",
            ));
        }
        let handshake_timeout = secs(
            "api.handshake_timeout_secs",
            a.handshake_timeout_secs,
            1,
            120,
        )?;
        let request_timeout = secs("api.request_timeout_secs", a.request_timeout_secs, 1, 600)?;
        if !(1024..=1024 * 1024).contains(&a.max_body_bytes) {
            return Err(invalid(
                "api.max_body_bytes",
                "must be within 1024..=1048576",
            ));
        }
        let dashboard_listen = addr("dashboard.listen", &self.dashboard.listen)?;
        if let Some(d) = dashboard_listen.filter(|d| d.port() != 0) {
            if [listen, enroll_listen].contains(&Some(d)) {
                return Err(invalid(
                    "dashboard.listen",
                    "must differ from api.listen and api.enroll_listen",
                ));
            }
        }
        let url = self.dashboard.url.trim();
        let dashboard_url = if url.is_empty() {
            None
        } else if url.starts_with("https://")
            && url.len() > "https://".len()
            && url.bytes().all(|b| b.is_ascii_graphic())
            && !url.contains(['?', '#'])
        {
            Some(url.trim_end_matches('/').to_owned())
        } else {
            return Err(invalid(
                "dashboard.url",
                "must be an https:// URL without query or fragment",
            ));
        };
        Ok(ApiSettings {
            dashboard_listen,
            dashboard_url,
            listen,
            enroll_listen,
            server_name: a.server_name.trim().to_owned(),
            admin_socket: self.admin_socket(),
            max_connections: a.max_connections as usize,
            // Above the listener's limit, the listener's limit is the one
            // that bites.
            max_connections_per_source: a.max_connections_per_source.min(a.max_connections)
                as usize,
            handshake_timeout,
            request_timeout,
            max_body_bytes: a.max_body_bytes as usize,
        })
    }

    /// Checks `[commissioning]`, `[enrollment]` and `[anomaly]`.
    fn policy(&self) -> Result<Policy, ConfigError> {
        let c = &self.commissioning;
        let max_window_ttl = secs(
            "commissioning.max_window_ttl_secs",
            c.max_window_ttl_secs,
            1,
            MAX_CONFIGURABLE_WINDOW_TTL.as_secs(),
        )?;
        let default_window_ttl = secs(
            "commissioning.default_window_ttl_secs",
            c.default_window_ttl_secs,
            1,
            c.max_window_ttl_secs,
        )?;
        let pake_timeout = secs(
            "commissioning.pake_timeout_secs",
            c.pake_timeout_secs,
            1,
            600,
        )?;
        if !(1..=1000).contains(&c.max_pake_failures) {
            return Err(invalid(
                "commissioning.max_pake_failures",
                "must be within 1..=1000",
            ));
        }
        let lt = &c.token_lifetime_secs;
        let token_lifetime = [
            secs("commissioning.token_lifetime_secs.low", lt.low, 60, 86_400)?,
            secs(
                "commissioning.token_lifetime_secs.medium",
                lt.medium,
                60,
                86_400,
            )?,
            secs(
                "commissioning.token_lifetime_secs.high",
                lt.high,
                60,
                86_400,
            )?,
        ];
        let row = |classes: &[DeviceClass]| {
            let mut r = [false; 3];
            for c in classes {
                r[*c as usize] = true;
            }
            r
        };
        let mp = &c.may_pair;
        let may_pair = [
            row(&mp.owner),
            row(&mp.admin),
            row(&mp.member),
            row(&mp.guest),
        ];
        if may_pair[Role::Owner as usize] != [true; 3] {
            return Err(invalid(
                "commissioning.may_pair.owner",
                "the owner must be allowed every class",
            ));
        }
        let device_classes = DeviceClassTable::new(
            c.device_classes.iter().map(|r| DeviceClassRule {
                vid: r.vid,
                pid: r.pid,
                class: r.class,
            }),
            c.unknown_device_class,
        )
        .map_err(|e| invalid("commissioning.device_classes", e.to_string()))?;
        let e = &self.enrollment;
        let owner_code_ttl = secs(
            "enrollment.owner_code_ttl_secs",
            e.owner_code_ttl_secs,
            60,
            86_400,
        )?;
        let max_invite_ttl = secs(
            "enrollment.max_invite_ttl_secs",
            e.max_invite_ttl_secs,
            60,
            30 * 86_400,
        )?;
        let default_invite_ttl = secs(
            "enrollment.default_invite_ttl_secs",
            e.default_invite_ttl_secs,
            60,
            e.max_invite_ttl_secs,
        )?;
        let a = &self.anomaly;
        let anomaly = AnomalyPolicy {
            interval: secs("anomaly.interval_secs", a.interval_secs, 1, 86_400)?,
            failure_threshold: nonzero("anomaly.failure_threshold", a.failure_threshold)?,
            open_threshold: nonzero("anomaly.open_threshold", a.open_threshold)?,
            lock_on_alert: a.lock_on_alert,
            lockout: secs("anomaly.lockout_secs", a.lockout_secs, 1, 86_400)?,
            global_failure_threshold: nonzero(
                "anomaly.global_failure_threshold",
                a.global_failure_threshold,
            )?,
            max_tracked_scopes: nonzero("anomaly.max_tracked_scopes", a.max_tracked_scopes)?
                as usize,
        };
        Ok(Policy {
            default_window_ttl,
            max_window_ttl,
            pake_timeout,
            max_pake_failures: c.max_pake_failures,
            token_lifetime,
            may_pair,
            owner_code_ttl,
            default_invite_ttl,
            max_invite_ttl,
            anomaly,
            device_classes,
        })
    }
}

fn nonzero(key: &'static str, v: u32) -> Result<u32, ConfigError> {
    if v == 0 {
        return Err(invalid(key, "must be at least 1"));
    }
    Ok(v)
}

/// `[metrics]`: the Prometheus text endpoint (docs/operations.md). It
/// answers without authentication, so it listens on loopback only: a
/// `listen` address that is not a loopback address is refused.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// Serve the endpoint.
    pub enabled: bool,
    /// Loopback address and port (`127.0.0.1:9464`, `[::1]:9464`).
    pub listen: String,
    /// Concurrent connections; more are closed at once.
    pub max_connections: u32,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        MetricsConfig {
            enabled: false,
            listen: "127.0.0.1:9464".into(),
            max_connections: 8,
        }
    }
}

impl MetricsConfig {
    fn settings(&self) -> Result<Option<crate::metrics::MetricsSettings>, ConfigError> {
        if !self.enabled {
            return Ok(None);
        }
        let Some(listen) = addr("metrics.listen", &self.listen)? else {
            return Err(invalid("metrics.listen", "must be set when enabled"));
        };
        if !listen.ip().is_loopback() {
            return Err(invalid(
                "metrics.listen",
                format!("{listen} is not a loopback address: the endpoint has no authentication"),
            ));
        }
        if !(1..=64).contains(&self.max_connections) {
            return Err(invalid("metrics.max_connections", "must be within 1..=64"));
        }
        Ok(Some(crate::metrics::MetricsSettings {
            listen,
            max_connections: self.max_connections as usize,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(text: &str) -> Result<Settings, ConfigError> {
        Settings::from_toml_str(text)
    }

    /// The key of an `Invalid` error, or a panic naming `text`.
    fn refused_key(text: &str) -> &'static str {
        match settings(text) {
            Err(ConfigError::Invalid { key, .. }) => key,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn without_form_network_the_hub_waits_for_a_dataset() {
        let s = settings("[thread]\nform_network = false\n").expect("valid");
        assert_eq!(s.thread.options.dataset, DatasetSource::Await);
        // A configured dataset wins.
        let s = settings(&format!(
            "[thread]\nform_network = false\ndataset = \"{}\"\n",
            crate::commissioning::dataset::tests_support::ACTIVE
        ))
        .expect("valid");
        assert!(matches!(
            s.thread.options.dataset,
            DatasetSource::Configured(_)
        ));
    }

    #[test]
    fn thread_defaults_parse_and_bad_values_are_refused_at_load() {
        let s = Settings::load(None).expect("defaults valid");
        assert!(s.thread.enabled);
        let o = &s.thread.options;
        assert_eq!(o.dir, s.state_dir.join("thread"));
        assert_eq!(o.dataset, DatasetSource::Persisted);
        assert_eq!(o.network_name, "threshold");
        assert_eq!(
            (o.reopen_min, o.reopen_max),
            (Duration::from_millis(100), Duration::from_secs(10))
        );
        assert_eq!(
            o.infra_interface,
            InfraInterface::Disabled,
            "the default radio is simulated: no border routing unless named"
        );
        let uart =
            settings("[thread]\nradio_url = \"spinel+hdlc+uart:///dev/ttyACM0\"\n").expect("uart");
        assert_eq!(uart.thread.options.infra_interface, InfraInterface::Auto);
        for (text, want) in [
            ("", InfraInterface::Disabled),
            ("veth-lan", InfraInterface::Named("veth-lan".into())),
        ] {
            let s = settings(&format!("[thread]\ninfra_interface = {text:?}\n")).expect(text);
            assert_eq!(s.thread.options.infra_interface, want);
        }
        assert_eq!(o.interface.as_deref(), Some("wpan0"));
        assert_eq!(
            settings("[thread]\ninterface = \"\"\n")
                .expect("no interface")
                .thread
                .options
                .interface,
            None
        );
        for (toml_text, key) in [
            (
                "[thread]\ninterface = \"sixteen-chars-xx\"\n",
                "thread.interface",
            ),
            ("[thread]\ninterface = \"a/b\"\n", "thread.interface"),
            ("[thread]\ninterface = \"..\"\n", "thread.interface"),
            ("[thread]\ninterface = \"w pan\"\n", "thread.interface"),
            ("[thread]\nradio_url = \"http://x\"\n", "thread.radio_url"),
            ("[thread]\nradio_url = \"\"\n", "thread.radio_url"),
            ("[thread]\ndataset = \"0e08\"\n", "thread.dataset"),
            ("[thread]\ndataset = \"zz\"\n", "thread.dataset"),
            ("[thread]\nnetwork_name = \"\"\n", "thread.network_name"),
            (
                "[thread]\nnetwork_name = \"seventeen-chars-x\"\n",
                "thread.network_name",
            ),
            ("[thread]\nreopen_min_ms = 0\n", "thread.reopen_max_ms"),
            (
                "[thread]\nreopen_min_ms = 500\nreopen_max_ms = 400\n",
                "thread.reopen_max_ms",
            ),
            ("[thread]\nreopen_max_ms = 600001\n", "thread.reopen_max_ms"),
            (
                "[thread]\ninfra_interface = \"sixteen-bytes-xx\"\n",
                "thread.infra_interface",
            ),
            (
                "[thread]\ninfra_interface = \"eth0:1\"\n",
                "thread.infra_interface",
            ),
            (
                "[thread]\ninfra_interface = \"a/b\"\n",
                "thread.infra_interface",
            ),
            (
                "[thread]\ninfra_interface = \"..\"\n",
                "thread.infra_interface",
            ),
        ] {
            assert_eq!(refused_key(toml_text), key, "{toml_text}");
            // Checked whether Thread runs or not.
            let off = toml_text.replace("[thread]\n", "[thread]\nenabled = false\n");
            assert_eq!(refused_key(&off), key, "{off}");
        }
        let e = settings("[thread]\nradio_url = \"http://x\"\n").expect_err("bad URL");
        assert!(e.to_string().contains("thread.radio_url: "), "{e}");
        assert!(
            settings("[thread]\nradio = \"x\"\n").is_err(),
            "unknown key"
        );
    }

    #[test]
    fn nat64_is_on_by_default_with_the_reference_cidr_and_a_bad_cidr_is_refused() {
        let s = Settings::load(None).expect("defaults valid");
        assert_eq!(
            s.thread.options.nat64,
            Some(crate::thread::Ipv4Cidr::DEFAULT)
        );
        assert_eq!(
            s.thread.options.nat64.map(|c| c.to_string()).as_deref(),
            Some("192.168.255.0/24")
        );
        let s = settings("[thread]\nnat64_ipv4_cidr = \"100.64.7.0/28\"\n").expect("cidr");
        assert_eq!(
            s.thread.options.nat64.map(|c| c.to_string()).as_deref(),
            Some("100.64.7.0/28")
        );
        let off = settings("[thread]\nnat64 = false\n").expect("off");
        assert_eq!(off.thread.options.nat64, None);
        for bad in [
            "192.168.255.1/24",
            "192.168.255.0",
            "192.168.255.0/33",
            "fd00::/96",
            "",
        ] {
            let text = format!("[thread]\nnat64_ipv4_cidr = {bad:?}\n");
            assert_eq!(refused_key(&text), "thread.nat64_ipv4_cidr", "{text}");
            // Checked with NAT64 off too.
            let off = text.replace("[thread]\n", "[thread]\nnat64 = false\n");
            assert_eq!(refused_key(&off), "thread.nat64_ipv4_cidr", "{off}");
        }
        let e = settings("[thread]\nnat64_ipv4_cidr = \"192.168.255.1/24\"\n").unwrap_err();
        assert!(
            e.to_string()
                .contains("thread.nat64_ipv4_cidr: 192.168.255.1/24 has host bits set; the network is 192.168.255.0/24"),
            "{e}"
        );
    }

    #[test]
    fn thread_values_are_typed() {
        let s = settings(
            "state_dir = \"/var/lib/t\"\n[thread]\nenabled = false\n\
             radio_url = \"spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800\"\n\
             network_name = \"n\"\nreopen_min_ms = 1\nreopen_max_ms = 600000\n",
        )
        .expect("valid");
        assert!(!s.thread.enabled);
        assert_eq!(s.thread.options.dir, PathBuf::from("/var/lib/t/thread"));
        assert_eq!(
            s.thread.options.radio,
            "spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800"
                .parse()
                .expect("url")
        );
        assert_eq!(s.thread.options.reopen_max, Duration::from_secs(600));
    }

    #[test]
    fn load_reads_the_file_and_names_a_bad_thread_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.toml");
        std::fs::write(&path, "[thread]\nradio_url = \"spinel+hdlc+tcp://x\"\n").expect("write");
        let e = Settings::load(Some(&path)).expect_err("bad URL");
        assert!(e.to_string().contains("thread.radio_url"), "{e}");
        let missing = dir.path().join("none.toml");
        let e = Settings::load(Some(&missing)).expect_err("no file");
        assert!(matches!(e, ConfigError::Read { .. }), "{e:?}");
    }

    #[test]
    fn defaults_give_default_policy_and_paths() {
        let s = Settings::try_from(Config::default()).expect("valid");
        assert_eq!(s.policy, Policy::default());
        assert_eq!(s.state_dir, PathBuf::from("./threshold-state"));
        assert_eq!(s.runtime_dir, PathBuf::from("./threshold-state/run"));
        assert_eq!(s.log_level, "info");
        let moved = Settings::try_from(Config {
            state_dir: "/s".into(),
            ..Config::default()
        })
        .expect("valid");
        assert_eq!(moved.runtime_dir, PathBuf::from("/s/run"));
        assert_eq!(moved.api.admin_socket, PathBuf::from("/s/run/admin.sock"));
        let own = settings("runtime_dir = \"/run/t\"\n").expect("valid");
        assert_eq!(own.runtime_dir, PathBuf::from("/run/t"));
        assert_eq!(own.api.admin_socket, PathBuf::from("/run/t/admin.sock"));
    }

    #[test]
    fn anomaly_scope_keys_are_read_and_checked() {
        let s = settings("[anomaly]\nglobal_failure_threshold = 500\nmax_tracked_scopes = 64\n")
            .expect("valid");
        let a = s.policy.anomaly.clone();
        assert_eq!(
            (a.global_failure_threshold, a.max_tracked_scopes),
            (500, 64)
        );
        for t in [
            "[anomaly]\nglobal_failure_threshold = 0\n",
            "[anomaly]\nmax_tracked_scopes = 0\n",
        ] {
            let e = settings(t).expect_err(t);
            assert!(e.to_string().contains("at least 1"), "{e}");
        }
    }

    #[test]
    fn shipped_file_equals_embedded_defaults() {
        let text = include_str!("../config/threshold.toml");
        let cfg = Config::from_toml(text, Path::new("config/threshold.toml")).expect("parses");
        assert_eq!(cfg, Config::default());
        Settings::from_toml_str(text).expect("converts");
    }

    #[test]
    fn api_section_is_validated() {
        let s = Settings::try_from(Config::default())
            .expect("defaults valid")
            .api;
        assert_eq!(s.listen, Some("127.0.0.1:8443".parse().expect("addr")));
        assert_eq!(
            s.admin_socket,
            PathBuf::from("./threshold-state/run/admin.sock")
        );
        for (t, key) in [
            ("[api]\nlisten = \"localhost:1\"\n", "api.listen"),
            ("[api]\nenroll_listen = \"1.2.3.4\"\n", "api.enroll_listen"),
            (
                "[api]\nenroll_listen = \"127.0.0.1:8443\"\n",
                "api.enroll_listen",
            ),
            ("[api]\nserver_name = \"a b\"\n", "api.server_name"),
            ("[api]\nmax_connections = 0\n", "api.max_connections"),
            ("[api]\nmax_body_bytes = 10\n", "api.max_body_bytes"),
            (
                "[api]\nrequest_timeout_secs = 0\n",
                "api.request_timeout_secs",
            ),
            (
                "[api]\nmax_connections_per_source = 0\n",
                "api.max_connections_per_source",
            ),
            (
                "[api]\nhandshake_timeout_secs = 0\n",
                "api.handshake_timeout_secs",
            ),
        ] {
            let err = settings(t).expect_err(t);
            assert!(err.to_string().contains(key), "{t}: {err}");
        }
        let off = settings(
            "[api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = \"/tmp/a.sock\"\n",
        )
        .expect("valid")
        .api;
        assert_eq!((off.listen, off.enroll_listen), (None, None));
        assert_eq!(off.admin_socket, PathBuf::from("/tmp/a.sock"));
        assert_eq!(
            (s.max_connections_per_source, s.handshake_timeout),
            (8, Duration::from_secs(10))
        );
        let few = settings("[api]\nmax_connections = 4\nmax_connections_per_source = 8\n")
            .expect("valid")
            .api;
        assert_eq!(few.max_connections_per_source, 4, "at most the total");
    }

    #[test]
    fn rejects_unknown_key() {
        let err = Config::from_toml("[commissioning]\nmax_window_tll_secs = 5\n", Path::new("x"))
            .expect_err("typo must fail");
        assert!(err.to_string().contains("max_window_tll_secs"), "{err}");
    }

    #[test]
    fn rejects_ttl_above_an_hour() {
        let err = settings("[commissioning]\nmax_window_ttl_secs = 3601\n").expect_err("too long");
        assert!(err.to_string().contains("max_window_ttl_secs"), "{err}");
        let ok =
            settings("[commissioning]\nmax_window_ttl_secs = 3600\n").expect("an hour is allowed");
        assert_eq!(ok.policy.max_window_ttl, Duration::from_secs(3600));
    }

    #[test]
    fn coap_section_parses_and_is_checked() {
        let c = settings("[coap]\ntls_listen = \"0.0.0.0:15684\"\nmax_body_bytes = 1000\n")
            .expect("valid")
            .coap;
        assert_eq!(c.tls_listen.port(), 15684);
        assert_eq!(c.udp_listen.port(), 5683);
        assert_eq!(c.server_name, "threshold.local");
        assert_eq!(c.tls.conn.max_body, 1000);
        assert_eq!(c.tls.conn.max_frame, 8192);
        assert_eq!(c.udp.max_body, 1000);
        for bad in [
            "[coap]\nmax_body_bytes = 9000\n",
            "[coap]\nmax_message_bytes = 100\n",
            "[coap]\nmax_connections_per_peer = 100\n",
            "[coap]\nidle_timeout_secs = 0\n",
            "[coap]\nserver_name = \"a b\"\n",
            "[coap]\ntls_listen = \"nowhere\"\n",
        ] {
            let e = settings(bad).expect_err(bad);
            assert!(
                e.to_string().contains("coap") || e.to_string().contains("tls_listen"),
                "{e}"
            );
        }
        settings("[coap]\nserver_name = \"localhost\"\n").expect("localhost is allowed");
    }

    #[test]
    fn rejects_default_above_max() {
        let t = "[commissioning]\nmax_window_ttl_secs = 100\ndefault_window_ttl_secs = 180\n";
        assert!(settings(t).is_err());
    }

    #[test]
    fn device_classes_from_config() {
        use crate::commissioning::policy::ClassMatch;
        let d = Settings::try_from(Config::default()).expect("valid").policy;
        assert!(d.device_classes.rules().is_empty());
        assert_eq!(d.device_classes.unknown(), DeviceClass::High);
        let t = "[commissioning]\nunknown_device_class = \"medium\"\n\
                 [[commissioning.device_classes]]\nvid = 0xFFF1\nclass = \"low\"\n\
                 [[commissioning.device_classes]]\nvid = 0xFFF1\npid = 0x8123\nclass = \"high\"\n";
        let p = settings(t).expect("valid").policy;
        let c = &p.device_classes;
        assert_eq!(
            c.class_of(0xFFF1, 1),
            (DeviceClass::Low, ClassMatch::Vendor)
        );
        assert_eq!(
            c.class_of(0xFFF1, 0x8123),
            (DeviceClass::High, ClassMatch::Product)
        );
        assert_eq!(c.class_of(2, 1), (DeviceClass::Medium, ClassMatch::Unknown));
        let dup = "[[commissioning.device_classes]]\nvid = 1\nclass = \"low\"\n\
                   [[commissioning.device_classes]]\nvid = 1\nclass = \"high\"\n";
        let e = settings(dup).expect_err("two rows for one vendor");
        assert!(
            e.to_string().contains("commissioning.device_classes"),
            "{e}"
        );
        for bad in [
            "[[commissioning.device_classes]]\nvid = 0x10000\nclass = \"low\"\n",
            "[[commissioning.device_classes]]\nvid = 1\nclass = \"lowest\"\n",
            "[[commissioning.device_classes]]\nvid = 1\nproduct = 2\nclass = \"low\"\n",
            "[[commissioning.device_classes]]\npid = 1\nclass = \"low\"\n",
        ] {
            assert!(settings(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn policy_table_from_config() {
        let t = "[commissioning.may_pair]\nowner=[\"low\",\"medium\",\"high\"]\nadmin=[\"low\"]\nmember=[]\nguest=[\"low\"]\n";
        let p = settings(t).expect("valid").policy;
        assert!(p.may_pair(Role::Guest, DeviceClass::Low));
        assert!(!p.may_pair(Role::Admin, DeviceClass::High));
        assert!(!p.may_pair(Role::Member, DeviceClass::Low));
    }

    #[test]
    fn mdns_section_defaults_and_refusals() {
        let st = Settings::try_from(Config::default())
            .expect("valid")
            .mdns
            .expect("enabled by default");
        assert_eq!(
            (st.host_name.as_deref(), st.instance_name.as_deref()),
            (None, None)
        );
        assert_eq!(
            st.host_name_for("threshold:0a1b2c3d4e5f"),
            "threshold-0a1b2c3d"
        );
        assert_eq!(
            st.instance_name_for("threshold:0a1b2c3d4e5f"),
            "Threshold Hub 0a1b2c3d"
        );
        assert_eq!(st.interfaces, vec!["lo".to_string()]);
        assert_eq!(st.max_lease, Duration::from_secs(7200));
        let named = settings("[mdns]\nhost_name = \"hub\"\ninstance_name = \"My Hub\"\n")
            .expect("valid")
            .mdns
            .expect("enabled");
        assert_eq!(named.host_name_for("threshold:0a1b"), "hub");
        assert_eq!(named.instance_name_for("threshold:0a1b"), "My Hub");
        let off = settings("[mdns]\nenabled = false\n").expect("valid");
        assert_eq!(off.mdns, None);
        let bad = [
            ("[mdns]\ninterfaces = []\n", "mdns.interfaces"),
            ("[mdns]\ninterfaces = [\"a/b\"]\n", "mdns.interfaces"),
            (
                "[mdns]\ninterfaces = [\"sixteen-chars-xx\"]\n",
                "mdns.interfaces",
            ),
            ("[mdns]\nhost_name = \"-hub\"\n", "mdns.host_name"),
            ("[mdns]\nhost_name = \"hub.local\"\n", "mdns.host_name"),
            ("[mdns]\ninstance_name = \"a\\nb\"\n", "mdns.instance_name"),
            ("[mdns]\nmax_lease_secs = 59\n", "mdns.max_lease_secs"),
            (
                "[mdns]\naddress_check_secs = 0\n",
                "mdns.address_check_secs",
            ),
        ];
        for (text, want) in bad {
            assert_eq!(refused_key(text), want, "{text}");
            // Checked even when advertising is off.
            let off = text.replace("[mdns]\n", "[mdns]\nenabled = false\n");
            assert_eq!(refused_key(&off), want, "{off}");
        }
        assert!(settings("[mdns]\nbogus = 1\n").is_err());
    }
}
