//! `MT:` QR payloads: [`SetupPayload::parse`] / [`SetupPayload::parse_qr`]
//! on arbitrary text, and [`QrPayloadBits`] + [`SetupPayload::from_qr_bits`]
//! on arbitrary bytes. What parses re-emits ([`SetupPayload::to_qr`],
//! [`SetupPayload::to_qr_bytes`]) to a payload that parses to the same
//! value; the emitted bits are the input bits exactly; base38 decodes what
//! it encodes.

use threshold::onboarding::{base38, QrPayloadBits, SetupPayload};

pub fn check(data: &[u8]) {
    // The bytes as the payload bits (what base38 decoding yields).
    if let Ok(bits) = QrPayloadBits::new_checked(data) {
        if let Ok(p) = SetupPayload::from_qr_bits(&bits) {
            let bytes = p.to_qr_bytes().expect("a parsed payload re-emits");
            assert_eq!(bytes, data);
            let text = p.to_qr().expect("a parsed payload re-emits");
            assert_eq!(SetupPayload::parse_qr(&text).as_ref(), Ok(&p));
        }
    }
    let encoded = base38::encode(data);
    assert_eq!(base38::decode(&encoded).as_deref(), Ok(data));

    // The bytes as text.
    let text = String::from_utf8_lossy(data);
    for parsed in [SetupPayload::parse(&text), SetupPayload::parse_qr(&text)] {
        let Ok(p) = parsed else { continue };
        if p.rendezvous.is_none() {
            // A manual code (through `parse`): onboarding_manual's part.
            continue;
        }
        let qr = p.to_qr().expect("a parsed QR payload re-emits");
        assert_eq!(SetupPayload::parse_qr(&qr).as_ref(), Ok(&p));
    }
    if let Ok(bytes) = base38::decode(&text) {
        assert_eq!(base38::decode(&base38::encode(&bytes)), Ok(bytes));
    }
}
