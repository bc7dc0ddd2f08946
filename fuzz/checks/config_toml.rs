//! The TOML files read at start: the daemon configuration
//! ([`Config::from_toml`], then every typed view the daemon takes of it),
//! the vulnerable-firmware policy ([`FirmwarePolicy::from_toml_str`]) and
//! the attestation denylist ([`Denylist::from_toml_str`]). Non-UTF-8 bytes
//! are refused by the loaders' `read_to_string` before any parsing, so only
//! UTF-8 input is tried. None of these formats has an emitter.

use std::path::Path;

use threshold::attestation::{Denylist, FirmwarePolicy};
use threshold::config::Config;

pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(cfg) = Config::from_toml(text, Path::new("fuzz.toml")) {
        // What `from_toml` validated must hold when the daemon asks again.
        assert!(cfg.policy().is_ok());
        assert!(cfg.coap.tls_limits().is_ok());
        assert!(cfg.api_settings().is_ok());
        let _ = cfg.coap.udp_config();
        let _ = cfg.mdns.settings("threshold:00112233aabbccdd");
        let _ = cfg.thread_options();
        let _ = cfg.admin_socket();
    }
    if let Ok(policy) = FirmwarePolicy::from_toml_str(text) {
        for a in policy.advisories() {
            let _ = policy.check(0xFFF1, 0x8001, 1);
            let _ = a.matches(0xFFF1, 0x8001, u32::MAX);
        }
    }
    if let Ok(deny) = Denylist::from_toml_str(text) {
        assert_eq!(deny.len(), deny.entries().len());
    }
}
