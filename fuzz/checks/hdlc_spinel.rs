//! HDLC-lite + Spinel decoding of arbitrary bytes: never panics, and every
//! frame that parses survives parse -> emit -> parse unchanged.

use threshold::radio::hdlc::{self, Decoder};
use threshold::radio::spinel::{Frame, PropValue, Repr};

pub fn check(data: &[u8]) {
    // The first byte splits the input in two reads, as a stream would.
    let cut = data.first().map_or(0, |&b| usize::from(b)).min(data.len());
    let mut decoder = Decoder::new(1300);
    for part in [&data[..cut], &data[cut..]] {
        let mut rest = part;
        loop {
            match decoder.decode(&mut rest) {
                Ok(Some(raw)) => check_frame(&raw),
                Ok(None) => break,
                Err(_) => {}
            }
        }
    }
    // The raw bytes as a spinel frame too (no HDLC).
    check_frame(data);
}

fn check_frame(raw: &[u8]) {
    let Ok(frame) = Frame::parse(raw) else { return };
    let bytes = frame.to_bytes().expect("a parsed frame re-emits");
    assert_eq!(Frame::parse(&bytes).as_ref(), Ok(&frame));
    assert_eq!(
        Repr::parse_bytes(&bytes).map(|r| r.buffer_len()),
        Ok(bytes.len())
    );
    // HDLC round trip of the spinel bytes.
    let mut wire = Vec::new();
    hdlc::encode(&bytes, &mut wire);
    assert_eq!(wire.len(), hdlc::encoded_len(&bytes));
    // (A decoder sized for this frame: raw input may exceed the default limit.)
    let mut d = Decoder::new(bytes.len());
    let mut rest = &wire[..];
    assert_eq!(d.decode(&mut rest), Ok(Some(bytes.clone())));
    assert!(rest.is_empty());
    if let Ok(Some(value)) = frame.value() {
        // A typed value re-emits to something that parses to the same value.
        let again = value.to_bytes().expect("parsed value re-emits");
        assert_eq!(PropValue::parse(value.prop(), &again).as_ref(), Ok(&value));
    }
}
