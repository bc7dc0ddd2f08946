//! The HDLC-lite + Spinel codec against bytes captured from OpenThread's
//! simulated RCP (tests/fixtures/spinel/README.md says how).

use threshold::radio::hdlc::{self, Decoder, HdlcError};
use threshold::radio::spinel::{Cap, Command, Frame, Header, PropId, PropValue, Status};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("fixtures/spinel/", $name)).as_slice()
    };
}

/// (wire bytes, TID, command, property, value) of one captured request.
type Case<'a> = (&'a [u8], u8, Command, Option<PropId>, &'a [u8]);

fn frames(raw: &[u8]) -> Vec<Frame> {
    hdlc::decode_all(raw)
        .into_iter()
        .map(|r| Frame::parse(&r.expect("good HDLC frame")).expect("good spinel frame"))
        .collect()
}

fn one(raw: &[u8]) -> Frame {
    let mut f = frames(raw);
    assert_eq!(f.len(), 1, "{f:?}");
    f.remove(0)
}

/// Our encoder produces exactly the request bytes the independent capture
/// script sent, for every request fixture.
#[test]
fn host_requests_encode_byte_for_byte() {
    let cases: [Case; 10] = [
        (fixture!("reset.host.bin"), 0, Command::Reset, None, &[2]),
        (
            fixture!("get_protocol_version.host.bin"),
            1,
            Command::PropValueGet,
            Some(PropId::ProtocolVersion),
            &[],
        ),
        (
            fixture!("get_ncp_version.host.bin"),
            2,
            Command::PropValueGet,
            Some(PropId::NcpVersion),
            &[],
        ),
        (
            fixture!("get_interface_type.host.bin"),
            3,
            Command::PropValueGet,
            Some(PropId::InterfaceType),
            &[],
        ),
        (
            fixture!("get_caps.host.bin"),
            4,
            Command::PropValueGet,
            Some(PropId::Caps),
            &[],
        ),
        (
            fixture!("get_hwaddr.host.bin"),
            5,
            Command::PropValueGet,
            Some(PropId::HwAddr),
            &[],
        ),
        (
            fixture!("get_rcp_api_version.host.bin"),
            6,
            Command::PropValueGet,
            Some(PropId::RcpApiVersion),
            &[],
        ),
        (
            fixture!("get_last_status.host.bin"),
            7,
            Command::PropValueGet,
            Some(PropId::LastStatus),
            &[],
        ),
        (
            fixture!("get_unknown_prop.host.bin"),
            9,
            Command::PropValueGet,
            Some(PropId::Other(16383)),
            &[],
        ),
        (
            fixture!("tx_stream_raw.host.bin"),
            12,
            Command::PropValueSet,
            Some(PropId::StreamRaw),
            &[
                0x14, 0x00, 0x41, 0xD8, 0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0x11, 0x22, 0x33, 0x44, 0x55,
                0x66, 0x77, 0x88, 0x7E, 0x7D, 0x13, 0x00, 0x00, 0x0B,
            ],
        ),
    ];
    for (wire, tid, command, prop, payload) in cases {
        let frame = Frame {
            header: Header::new(0, tid).unwrap(),
            command,
            prop,
            payload: payload.to_vec(),
        };
        let mut out = Vec::new();
        hdlc::encode(&frame.to_bytes().unwrap(), &mut out);
        assert_eq!(out, wire, "{command:?} {prop:?}");
        assert_eq!(one(wire), frame);
    }
}

#[test]
fn reset_notifications_are_unsolicited_reset_statuses() {
    let f = frames(fixture!("reset.rcp.bin"));
    assert!(!f.is_empty());
    for frame in f {
        assert_eq!(frame.header.tid(), 0);
        assert_eq!(frame.command, Command::PropValueIs);
        assert_eq!(
            frame.value().unwrap(),
            Some(PropValue::LastStatus(Status::Reset(0)))
        );
    }
}

#[test]
fn typed_values_from_the_simulated_rcp() {
    let f = one(fixture!("get_protocol_version.rcp.bin"));
    assert_eq!(f.header.tid(), 1);
    assert_eq!(
        f.value().unwrap(),
        Some(PropValue::ProtocolVersion { major: 4, minor: 3 })
    );

    let f = one(fixture!("get_ncp_version.rcp.bin"));
    match f.value().unwrap() {
        Some(PropValue::NcpVersion(v)) => assert!(
            v.starts_with("OPENTHREAD/") && v.contains("SIMULATION"),
            "{v}"
        ),
        other => panic!("{other:?}"),
    }

    let f = one(fixture!("get_interface_type.rcp.bin"));
    assert_eq!(f.value().unwrap(), Some(PropValue::InterfaceType(3)));

    let f = one(fixture!("get_caps.rcp.bin"));
    assert_eq!(
        f.value().unwrap(),
        Some(PropValue::Caps(vec![
            Cap(5),
            Cap(12),
            Cap(24),
            Cap::CONFIG_RADIO,
            Cap(513),
            Cap::RCP_API_VERSION,
            Cap::RCP_MIN_HOST_API_VERSION
        ]))
    );

    let f = one(fixture!("get_hwaddr.rcp.bin"));
    assert_eq!(
        f.value().unwrap(),
        Some(PropValue::HwAddr([0x18, 0xB4, 0x30, 0, 0, 0, 0, 0x1F]))
    );

    let f = one(fixture!("get_rcp_api_version.rcp.bin"));
    assert_eq!(f.prop, Some(PropId::RcpApiVersion));
    assert_eq!(f.value().unwrap(), Some(PropValue::RcpApiVersion(11)));

    // LAST_STATUS still holds the boot-time reset reason.
    let f = one(fixture!("get_last_status.rcp.bin"));
    assert_eq!(
        f.value().unwrap(),
        Some(PropValue::LastStatus(Status::Reset(0)))
    );

    let f = one(fixture!("get_unknown_prop.rcp.bin"));
    assert_eq!(f.header.tid(), 9);
    assert_eq!(
        f.value().unwrap(),
        Some(PropValue::LastStatus(Status::PropNotFound))
    );
}

#[test]
fn received_stream_raw_with_escapes() {
    let f = one(fixture!("rx_stream_raw.rcp.bin"));
    assert_eq!(f.header.tid(), 0, "received frames are unsolicited");
    let Some(PropValue::StreamRaw { frame, metadata }) = f.value().unwrap() else {
        panic!("{f:?}");
    };
    assert_eq!(frame.len(), 20);
    assert_eq!(
        &frame[..18],
        &[
            0x41, 0xD8, 0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
            0x88, 0x7E, 0x7D, 0x13
        ]
    );
    assert!(!metadata.is_empty());
    // The tx-done reply is a LAST_STATUS OK with trailing fields (ignored).
    let f = one(fixture!("tx_stream_raw.rcp.bin"));
    assert_eq!(f.header.tid(), 12);
    assert_eq!(f.value().unwrap(), Some(PropValue::LastStatus(Status::Ok)));
}

/// Every captured RCP frame survives parse -> emit -> parse unchanged, and
/// emit reproduces the original spinel bytes.
#[test]
fn captured_frames_round_trip() {
    let all: [&[u8]; 11] = [
        fixture!("reset.rcp.bin"),
        fixture!("get_protocol_version.rcp.bin"),
        fixture!("get_ncp_version.rcp.bin"),
        fixture!("get_interface_type.rcp.bin"),
        fixture!("get_caps.rcp.bin"),
        fixture!("get_hwaddr.rcp.bin"),
        fixture!("get_rcp_api_version.rcp.bin"),
        fixture!("get_last_status.rcp.bin"),
        fixture!("get_unknown_prop.rcp.bin"),
        fixture!("tx_stream_raw.rcp.bin"),
        fixture!("rx_stream_raw.rcp.bin"),
    ];
    for wire in all {
        for raw in hdlc::decode_all(wire) {
            let raw = raw.unwrap();
            let frame = Frame::parse(&raw).unwrap();
            assert_eq!(frame.to_bytes().unwrap(), raw);
            if let Some(v) = frame.value().unwrap() {
                // Values re-emit to a prefix of the original (trailing fields
                // after fixed formats are not kept).
                let bytes = v.to_bytes().unwrap();
                assert!(frame.payload.starts_with(&bytes), "{v:?}");
            }
        }
    }
}

/// A capture split at every possible point decodes to the same frames.
#[test]
fn captured_stream_split_anywhere() {
    let wire = fixture!("rx_stream_raw.rcp.bin");
    let whole = hdlc::decode_all(wire);
    for cut in 0..=wire.len() {
        let mut d = Decoder::default();
        let mut got = Vec::new();
        for part in [&wire[..cut], &wire[cut..]] {
            let mut rest = part;
            while let Some(f) = d.decode(&mut rest).unwrap() {
                got.push(Ok::<_, HdlcError>(f));
            }
        }
        assert_eq!(got, whole, "cut at {cut}");
    }
}

/// A corrupted byte in a capture is a clean FCS error and the next frame
/// still decodes.
#[test]
fn corrupted_capture_is_dropped_and_decoder_recovers() {
    let mut wire = fixture!("get_hwaddr.rcp.bin").to_vec();
    wire[5] ^= 0x40;
    wire.extend_from_slice(fixture!("get_caps.rcp.bin"));
    let got = hdlc::decode_all(&wire);
    assert!(matches!(got[0], Err(HdlcError::BadFcs { .. })), "{got:?}");
    assert_eq!(got.len(), 2);
    assert!(got[1].is_ok());
}
