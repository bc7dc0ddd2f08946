//! Matter TLV (the QR code's optional data): [`tlv::parse`] on arbitrary
//! bytes; what parses re-encodes canonically ([`tlv::encode`]) to bytes
//! that parse again and re-encode to the same bytes (compared as bytes:
//! a NaN float is not equal to itself), and [`TlvData`] keeps the input
//! byte for byte.

use threshold::onboarding::tlv::{self, TlvData};

pub fn check(data: &[u8]) {
    let Ok(elements) = tlv::parse(data) else {
        assert!(TlvData::from_bytes(data.to_vec()).is_err());
        return;
    };
    let canonical = tlv::encode(&elements);
    let again = tlv::parse(&canonical).expect("canonical TLV parses");
    assert_eq!(again.len(), elements.len());
    assert_eq!(tlv::encode(&again), canonical);
    if !data.is_empty() {
        let d = TlvData::from_bytes(data.to_vec()).expect("parsed, so TlvData takes it");
        assert_eq!(d.as_bytes(), data);
        assert_eq!(d.elements().len(), elements.len());
    }
}
