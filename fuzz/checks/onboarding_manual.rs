//! 11- and 21-digit manual pairing codes: [`SetupPayload::parse_manual`] on
//! arbitrary text and [`ManualCodeDigits`] on arbitrary bytes. What parses
//! re-emits ([`SetupPayload::to_manual`]) to a code that parses to the same
//! value and whose digits are the input's digits (dashes and spaces
//! dropped).

use threshold::onboarding::{ManualCodeDigits, SetupPayload};

pub fn check(data: &[u8]) {
    if let Ok(d) = ManualCodeDigits::new_checked(data) {
        if let Ok(p) = SetupPayload::from_manual_digits(&d) {
            let code = p.to_manual().expect("a parsed code re-emits");
            assert_eq!(code.as_bytes(), data);
        }
    }
    let text = String::from_utf8_lossy(data);
    for parsed in [
        SetupPayload::parse_manual(&text),
        SetupPayload::parse(&text),
    ] {
        let Ok(p) = parsed else { continue };
        if p.rendezvous.is_some() {
            // A QR payload (through `parse`): onboarding_qr's part.
            continue;
        }
        let code = p.to_manual().expect("a parsed code re-emits");
        assert_eq!(SetupPayload::parse_manual(&code).as_ref(), Ok(&p));
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(code, digits);
    }
}
