//! Property tests of the HDLC-lite + Spinel codec (what the cargo-fuzz target
//! fuzz/fuzz_targets/hdlc_spinel.rs checks, run in CI on stable): random bytes
//! never panic the decoder, and whatever parses round-trips.

use proptest::prelude::*;
use threshold::radio::hdlc::{self, Decoder, HdlcError};
use threshold::radio::spinel::{Frame, PropValue, Repr};

fn check_frame(raw: &[u8]) {
    let Ok(frame) = Frame::parse(raw) else { return };
    let bytes = frame.to_bytes().expect("a parsed frame re-emits");
    assert_eq!(Frame::parse(&bytes).as_ref(), Ok(&frame));
    assert_eq!(
        Repr::parse_bytes(&bytes).map(|r| r.buffer_len()),
        Ok(bytes.len())
    );
    if let Ok(Some(value)) = frame.value() {
        let again = value.to_bytes().expect("parsed value re-emits");
        assert_eq!(PropValue::parse(value.prop(), &again).as_ref(), Ok(&value));
    }
}

fn decode_in_parts(data: &[u8], cuts: &[usize]) -> Vec<Result<Vec<u8>, HdlcError>> {
    let mut d = Decoder::new(300);
    let mut out = Vec::new();
    let mut start = 0;
    let mut points: Vec<usize> = cuts.iter().map(|c| c % (data.len() + 1)).collect();
    points.sort_unstable();
    points.push(data.len());
    for end in points {
        let mut rest = &data[start..end];
        loop {
            match d.decode(&mut rest) {
                Ok(Some(f)) => out.push(Ok(f)),
                Ok(None) => break,
                Err(e) => out.push(Err(e)),
            }
        }
        start = end;
    }
    out
}

/// Bytes biased towards the interesting ones (flags, escapes, headers).
fn noisy_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            3 => any::<u8>(),
            1 => Just(hdlc::FLAG),
            1 => Just(hdlc::ESCAPE),
            1 => 0x80u8..=0x8F,
        ],
        0..600,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_bytes_never_panic_and_splits_do_not_matter(data in noisy_bytes(), cuts in prop::collection::vec(any::<usize>(), 0..4)) {
        let whole = decode_in_parts(&data, &[]);
        prop_assert_eq!(&decode_in_parts(&data, &cuts), &whole);
        for f in whole.iter().flatten() {
            prop_assert!(f.len() <= 300);
            check_frame(f);
        }
        check_frame(&data);
    }

    #[test]
    fn any_payload_survives_hdlc(payload in prop::collection::vec(any::<u8>(), 1..400), noise in noisy_bytes()) {
        let mut wire = noise.clone();
        // A flag ends whatever the noise left open.
        wire.push(hdlc::FLAG);
        hdlc::encode(&payload, &mut wire);
        prop_assert_eq!(hdlc::encoded_len(&payload), wire.len() - noise.len() - 1);
        let got = hdlc::decode_all(&wire);
        prop_assert_eq!(got.last(), Some(&Ok(payload)));
    }

    #[test]
    fn corrupting_one_byte_is_detected(payload in prop::collection::vec(any::<u8>(), 1..200), at in any::<usize>(), flip in 1u8..=255) {
        let mut wire = Vec::new();
        hdlc::encode(&payload, &mut wire);
        // Flip a byte strictly inside the frame.
        let i = 1 + at % (wire.len() - 2);
        wire[i] ^= flip;
        // The change (or the re-framing a new flag/escape causes) never
        // yields the original payload: FCS-16 catches every error burst
        // of up to 16 bits, so the frame is dropped or split.
        for f in hdlc::decode_all(&wire).iter().flatten() {
            prop_assert_ne!(f, &payload);
        }
    }
}
