//! Thread operational datasets and OpenThread's settings file.
//!
//! * Dataset TLVs (`thread dataset import`, the meshcop TXT record):
//!   [`validate_dataset_tlvs`] and [`active_timestamp`] on the bytes,
//!   [`parse_dataset_hex`] on the bytes as text and on their hex encoding
//!   (a valid dataset comes back byte for byte).
//! * `settings.bin`: bytes that start with the file's magic, followed by
//!   their SHA-256 (so the fuzzer gets past the checksum), as a file for
//!   [`FileSettings::open`]; a file
//!   that loads is rewritten by the store after an add and a remove of a
//!   spare key, and must come back byte for byte.

use std::path::PathBuf;
use std::sync::OnceLock;

use openthread::Settings;
use threshold::thread::meshcop::active_timestamp;
use threshold::thread::settings::FileSettings;
use threshold::thread::{parse_dataset_hex, validate_dataset_tlvs};

fn settings_path() -> &'static PathBuf {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| super::scratch("settings").join("settings.bin"))
}

pub fn check(data: &[u8]) {
    let valid = validate_dataset_tlvs(data).is_ok();
    let _ = active_timestamp(data);
    if valid {
        assert_eq!(
            parse_dataset_hex(&hex::encode(data)).as_deref().ok(),
            Some(data)
        );
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(tlvs) = parse_dataset_hex(text) {
            assert!(validate_dataset_tlvs(&tlvs).is_ok());
        }
    }

    // The file round trip costs a write per run: only for inputs that
    // carry the magic (anything else is refused by its first check).
    if !data.starts_with(b"THRSET1\n") {
        return;
    }
    let mut file = data.to_vec();
    file.extend_from_slice(ring::digest::digest(&ring::digest::SHA256, data).as_ref());
    let path = settings_path();
    std::fs::write(path, &file).expect("write the settings file");
    let Ok(mut s) = FileSettings::open(path) else {
        return;
    };
    let Some(spare) = (0..=u16::MAX).find(|k| !s.contains(*k)) else {
        return;
    };
    if s.add(spare, b"fuzz").is_err() {
        return;
    }
    assert!(matches!(s.remove(spare, None), Ok(true)));
    assert!(!s.contains(spare));
    assert_eq!(std::fs::read(path).expect("read back"), file);
}
