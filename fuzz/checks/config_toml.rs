//! The TOML files read at start: the daemon configuration
//! ([`Config::from_toml`], then its one conversion into the typed
//! [`Settings`] the daemon runs on),
//! the vulnerable-firmware policy ([`FirmwarePolicy::from_toml_str`]) and
//! the attestation denylist ([`Denylist::from_toml_str`]). Non-UTF-8 bytes
//! are refused by the loaders' `read_to_string` before any parsing, so only
//! UTF-8 input is tried. None of these formats has an emitter.

use std::path::Path;

use threshold::attestation::{Denylist, FirmwarePolicy};
use threshold::config::{Config, Settings};

pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(cfg) = Config::from_toml(text, Path::new("fuzz.toml")) {
        // The conversion gives typed settings or an error naming the key;
        // the names derived later from the hub id need no check again.
        if let Ok(settings) = Settings::try_from(cfg) {
            if let Some(mdns) = &settings.mdns {
                let _ = mdns.instance_name_for("threshold:00112233aabbccdd");
                let _ = mdns.host_name_for("threshold:00112233aabbccdd");
            }
        }
    }
    // The text-only entry point agrees with parse + convert.
    let _ = Settings::from_toml_str(text);
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
