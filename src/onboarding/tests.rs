//! Unit and property tests of the onboarding payload.

use proptest::prelude::*;

use super::*;

const QR: &str = "MT:-24J0AFN00KA0648G00";
const MANUAL: &str = "34970112332";

fn pc(v: u32) -> Passcode {
    Passcode::new(v).unwrap()
}

/// The SDK's example device: VID 0xFFF1, PID 0x8001, discriminator 3840,
/// passcode 20202021, on-network.
fn example() -> SetupPayload {
    SetupPayload {
        version: 0,
        vid: Some(0xfff1),
        pid: Some(0x8001),
        flow: CommissioningFlow::Standard,
        rendezvous: Some(Rendezvous::ON_NETWORK),
        discriminator: Discriminator::Long(3840),
        passcode: pc(20_202_021),
        tlv: None,
    }
}

/// `body` followed by its Verhoeff check digit.
fn with_check(body: &str) -> String {
    let d: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
    format!("{body}{}", verhoeff::check_digit(&d).unwrap())
}

/// The example's QR bytes changed by `f`, as QR text.
fn qr_with(f: impl FnOnce(&mut QrPayloadBits<&mut [u8]>), tlv: &[u8]) -> String {
    let mut bytes = example().to_qr_bytes().unwrap();
    bytes.extend_from_slice(tlv);
    let mut bits = QrPayloadBits::new_unchecked(&mut bytes[..]);
    f(&mut bits);
    format!("MT:{}", base38::encode(&bytes))
}

#[test]
fn published_qr_vector() {
    let p = SetupPayload::parse(QR).unwrap();
    assert_eq!(p, example());
    assert_eq!(p.vid, Some(0xFFF1));
    assert_eq!(p.pid, Some(0x8001));
    assert_eq!(p.flow, CommissioningFlow::Standard);
    assert_eq!(p.rendezvous.unwrap().names(), ["on-network"]);
    assert_eq!(p.discriminator, Discriminator::Long(3840));
    assert_eq!(p.passcode.value(), 20_202_021);
    assert_eq!(example().to_qr().unwrap(), QR);
}

#[test]
fn published_manual_vector() {
    let p = SetupPayload::parse(MANUAL).unwrap();
    assert_eq!(p.discriminator, Discriminator::Short(15));
    assert_eq!(p.passcode.value(), 20_202_021);
    assert_eq!((p.vid, p.pid, p.rendezvous), (None, None, None));
    assert_eq!(p.flow, CommissioningFlow::Standard);
    assert_eq!(p.to_manual().unwrap(), MANUAL);
    // The QR example gives the same manual code (3840 >> 8 = 15).
    assert_eq!(example().to_manual().unwrap(), MANUAL);
}

#[test]
fn long_manual_code() {
    let mut p = example();
    p.flow = CommissioningFlow::UserIntent;
    let code = p.to_manual().unwrap();
    assert_eq!(code, "749701123365521327694");
    let back = SetupPayload::parse(&code).unwrap();
    assert_eq!((back.vid, back.pid), (Some(0xfff1), Some(0x8001)));
    // Like the SDK: a 21-digit code says only "not standard".
    assert_eq!(back.flow, CommissioningFlow::Custom);
    assert_eq!(back.discriminator, Discriminator::Short(15));
    // Standard flow drops VID/PID: 11 digits.
    assert_eq!(example().to_manual().unwrap().len(), 11);
}

#[test]
fn separators_and_whitespace() {
    for s in [
        "3497-011-2332",
        "  34970112332\n",
        "3497 011 2332",
        "\t3497-0112-332 ",
    ] {
        assert_eq!(
            SetupPayload::parse(s).unwrap(),
            SetupPayload::parse(MANUAL).unwrap(),
            "{s:?}"
        );
    }
    let long = SetupPayload::parse("7497-0112-3365-5213-27694").unwrap();
    assert_eq!(long.vid, Some(0xfff1));
    assert_eq!(
        SetupPayload::parse(&format!(" {QR}\r\n")).unwrap(),
        example()
    );
}

#[test]
fn reserved_flow_and_unknown_rendezvous_bits_are_kept() {
    let mut p = example();
    p.flow = CommissioningFlow::Other(3);
    p.rendezvous = Some(Rendezvous(0xff));
    let back = SetupPayload::parse(&p.to_qr().unwrap()).unwrap();
    assert_eq!(back, p);
    assert_eq!(
        back.rendezvous.unwrap().names(),
        [
            "soft-ap",
            "ble",
            "on-network",
            "wifi-paf",
            "nfc",
            "thread",
            "bit6",
            "bit7"
        ]
    );
    assert_eq!(back.flow.name(), "reserved");
}

#[test]
fn tlv_bytes_are_kept_exactly() {
    // Serial number "SN1" with a non-canonical 2-byte length, and vendor
    // element 0x80 = 5 as a 4-byte signed integer.
    let raw = [
        0x15, 0x2d, 0x00, 3, 0, b'S', b'N', b'1', 0x22, 0x80, 5, 0, 0, 0, 0x18,
    ];
    let text = qr_with(|_| {}, &raw);
    let p = SetupPayload::parse(&text).unwrap();
    let tlv = p.tlv.as_ref().unwrap();
    assert_eq!(tlv.as_bytes(), &raw);
    let TlvValue::Structure(members) = &tlv.elements()[0].value else {
        panic!("not a structure: {tlv:?}");
    };
    assert_eq!(members[0].tag, TlvTag::Context(0));
    assert_eq!(members[0].value, TlvValue::Utf8("SN1".into()));
    assert_eq!(members[1].tag, TlvTag::Context(0x80));
    assert_eq!(members[1].value, TlvValue::Signed(5));
    assert_eq!(p.to_qr().unwrap(), text);
    // The fixed part is unchanged by the TLV.
    let mut plain = p.clone();
    plain.tlv = None;
    assert_eq!(plain, example());
}

#[test]
fn discriminator_helpers() {
    assert_eq!(Discriminator::Long(3840).short(), 15);
    assert_eq!(Discriminator::Long(0x0ff).short(), 0);
    assert!(Discriminator::Short(15).matches(3840));
    assert!(Discriminator::Short(15).matches(4095));
    assert!(!Discriminator::Short(15).matches(3839));
    assert!(Discriminator::Long(3840).matches(3840));
    assert!(!Discriminator::Long(4096).is_valid());
    assert!(!Discriminator::Short(16).is_valid());
}

#[test]
fn rendezvous_names() {
    assert_eq!(Rendezvous::from_name("BLE"), Some(Rendezvous::BLE));
    assert_eq!(Rendezvous::from_name("soft_ap"), Some(Rendezvous::SOFT_AP));
    assert_eq!(
        Rendezvous::from_name("on-network"),
        Some(Rendezvous::ON_NETWORK)
    );
    assert_eq!(Rendezvous::from_name("wifi"), None);
    let r = Rendezvous::BLE | Rendezvous::ON_NETWORK;
    assert_eq!(r.bits(), 6);
    assert!(r.contains(Rendezvous::BLE));
    assert!(!r.contains(Rendezvous::SOFT_AP));
    assert_eq!(
        format!("{r:?}"),
        "Rendezvous(0x06 [\"ble\", \"on-network\"])"
    );
}

// ---- every ParseError variant ----

#[test]
fn err_empty_and_prefix() {
    assert_eq!(SetupPayload::parse(" \n\t"), Err(ParseError::Empty));
    assert_eq!(SetupPayload::parse_qr(""), Err(ParseError::Empty));
    assert_eq!(SetupPayload::parse_manual(" "), Err(ParseError::Empty));
    assert_eq!(SetupPayload::parse("hello"), Err(ParseError::BadPrefix));
    assert_eq!(
        SetupPayload::parse("mt:-24J0AFN00KA0648G00"),
        Err(ParseError::BadPrefix)
    );
    assert_eq!(SetupPayload::parse_qr(MANUAL), Err(ParseError::BadPrefix));
}

#[test]
fn err_concatenated() {
    assert_eq!(
        SetupPayload::parse(&format!("{QR}*{}", &QR[3..])),
        Err(ParseError::ConcatenatedNotSupported { count: 2 })
    );
    assert!(ParseError::ConcatenatedNotSupported { count: 2 }
        .to_string()
        .contains("not supported"));
}

#[test]
fn err_base38() {
    assert_eq!(
        SetupPayload::parse("MT:-24J0aFN00KA0648G00"),
        Err(ParseError::BadBase38Char { index: 8, ch: 'a' })
    );
    assert_eq!(
        SetupPayload::parse("MT:-24J0AFN00KA0648G0"),
        Err(ParseError::BadLength {
            len: 18,
            expected: "base38 text splitting into chunks of 5, 4 or 2 characters"
        })
    );
    assert_eq!(
        SetupPayload::parse("MT:-24J0AFN00.....8G00"),
        Err(ParseError::Base38Overflow {
            index: 13,
            bytes: 3
        })
    );
}

#[test]
fn err_truncated_is_incomplete() {
    let e = SetupPayload::parse("MT:-24J0AFN000000").unwrap_err();
    assert_eq!(e, ParseError::Truncated { have: 8, need: 11 });
    assert!(e.is_incomplete());
    assert_eq!(
        SetupPayload::parse("MT:"),
        Err(ParseError::Truncated { have: 0, need: 11 })
    );
}

#[test]
fn err_padding_version_passcode() {
    assert_eq!(
        SetupPayload::parse(&qr_with(|b| b.set_padding(0b1000), &[])),
        Err(ParseError::NonZeroPadding(0b1000))
    );
    assert_eq!(
        SetupPayload::parse(&qr_with(|b| b.set_version(1), &[])),
        Err(ParseError::UnsupportedVersion(1))
    );
    assert_eq!(
        SetupPayload::parse(&qr_with(|b| b.set_passcode(0), &[])),
        Err(ParseError::InvalidPasscode(PasscodeError::Zero))
    );
    assert_eq!(
        SetupPayload::parse(&qr_with(|b| b.set_passcode(12_345_678), &[])),
        Err(ParseError::InvalidPasscode(PasscodeError::Trivial(
            12_345_678
        )))
    );
    assert_eq!(
        SetupPayload::parse(&qr_with(|b| b.set_passcode((1 << 27) - 1), &[])),
        Err(ParseError::InvalidPasscode(PasscodeError::TooLarge(
            (1 << 27) - 1
        )))
    );
}

#[test]
fn err_tlv_incomplete_vs_malformed() {
    let cut = SetupPayload::parse(&qr_with(|_| {}, &[0x15, 0x24, 0x00])).unwrap_err();
    assert_eq!(cut, ParseError::Tlv(TlvError::Truncated { offset: 1 }));
    assert!(cut.is_incomplete());
    let open = SetupPayload::parse(&qr_with(|_| {}, &[0x15])).unwrap_err();
    assert_eq!(
        open,
        ParseError::Tlv(TlvError::UnclosedContainer { offset: 0 })
    );
    assert!(open.is_incomplete());
    let bad = SetupPayload::parse(&qr_with(|_| {}, &[0x1f])).unwrap_err();
    assert_eq!(
        bad,
        ParseError::Tlv(TlvError::ReservedType {
            offset: 0,
            element_type: 0x1f
        })
    );
    assert!(!bad.is_incomplete());
    assert!(!ParseError::BadPrefix.is_incomplete());
}

#[test]
fn err_manual_digits() {
    assert_eq!(
        SetupPayload::parse("3497-011-233x"),
        Err(ParseError::BadDigit { index: 12, ch: 'x' })
    );
    assert_eq!(
        SetupPayload::parse("3497011233"),
        Err(ParseError::BadLength {
            len: 10,
            expected: "11 or 21 digits"
        })
    );
    assert_eq!(
        SetupPayload::parse("-"),
        Err(ParseError::BadPrefix),
        "a lone dash is no code"
    );
    assert_eq!(
        SetupPayload::parse_manual("--"),
        Err(ParseError::BadLength {
            len: 0,
            expected: "11 or 21 digits"
        })
    );
    let e = SetupPayload::parse("34970112331").unwrap_err();
    assert_eq!(
        e,
        ParseError::BadCheckDigit {
            expected: 2,
            got: 1
        }
    );
    // Two adjacent digits swapped.
    assert!(matches!(
        SetupPayload::parse("34790112332"),
        Err(ParseError::BadCheckDigit { .. })
    ));
}

#[test]
fn err_manual_structure() {
    assert_eq!(
        SetupPayload::parse(&with_check("8497011233")),
        Err(ParseError::UnsupportedManualVersion(8))
    );
    assert_eq!(
        SetupPayload::parse(&with_check("7497011233")),
        Err(ParseError::VidPidFlagMismatch { len: 11 })
    );
    assert_eq!(
        SetupPayload::parse(&with_check("34970112336552132769")),
        Err(ParseError::VidPidFlagMismatch { len: 21 })
    );
    let range = |s: &str| SetupPayload::parse(&with_check(s)).unwrap_err();
    assert_eq!(
        range("3999991233"),
        ParseError::ManualFieldOutOfRange {
            field: "discriminator/passcode",
            value: 99999,
            max: 65535
        }
    );
    assert_eq!(
        range("3497019999"),
        ParseError::ManualFieldOutOfRange {
            field: "passcode",
            value: 9999,
            max: 8191
        }
    );
    assert_eq!(
        range("74970112339999932769"),
        ParseError::ManualFieldOutOfRange {
            field: "vendor id",
            value: 99999,
            max: 65535
        }
    );
    assert_eq!(
        range("74970112336552165536"),
        ParseError::ManualFieldOutOfRange {
            field: "product id",
            value: 65536,
            max: 65535
        }
    );
    assert_eq!(
        range("3491520000"),
        ParseError::InvalidPasscode(PasscodeError::Zero)
    );
    // 8191 << 14 | 0x3fff = 2^27 - 1 > 99999998.
    assert_eq!(
        range("3655358191"),
        ParseError::InvalidPasscode(PasscodeError::TooLarge((1 << 27) - 1))
    );
}

// ---- every encode error variant ----

#[test]
fn qr_encode_errors() {
    let manual = SetupPayload::parse(MANUAL).unwrap();
    assert_eq!(manual.to_qr(), Err(QrEncodeError::QrNeedsVidPid));
    let mut p = example();
    p.version = 1;
    assert_eq!(p.to_qr(), Err(QrEncodeError::UnsupportedVersion(1)));
    let mut p = example();
    p.rendezvous = None;
    assert_eq!(p.to_qr(), Err(QrEncodeError::QrNeedsRendezvous));
    let mut p = example();
    p.discriminator = Discriminator::Short(15);
    assert_eq!(p.to_qr(), Err(QrEncodeError::QrNeedsLongDiscriminator));
    let mut p = example();
    p.discriminator = Discriminator::Long(4096);
    assert_eq!(
        p.to_qr(),
        Err(QrEncodeError::DiscriminatorOutOfRange(Discriminator::Long(
            4096
        )))
    );
    let mut p = example();
    p.flow = CommissioningFlow::Other(4);
    assert_eq!(p.to_qr(), Err(QrEncodeError::InvalidFlow(4)));
    let mut bits = QrPayloadBits::new_unchecked([0u8; 12]);
    assert_eq!(
        example().emit_qr_bits(&mut bits),
        Err(QrEncodeError::BufferSize { have: 12, need: 11 })
    );
}

#[test]
fn manual_encode_errors() {
    let mut p = example();
    p.version = 2;
    assert_eq!(p.to_manual(), Err(ManualEncodeError::UnsupportedVersion(2)));
    let mut p = SetupPayload::parse(MANUAL).unwrap();
    p.flow = CommissioningFlow::Custom;
    assert_eq!(p.to_manual(), Err(ManualEncodeError::ManualCodeNeedsVidPid));
    p.vid = Some(1);
    assert_eq!(p.to_manual(), Err(ManualEncodeError::ManualCodeNeedsVidPid));
    p.pid = Some(2);
    assert_eq!(p.to_manual().unwrap().len(), 21);
    for d in [Discriminator::Short(16), Discriminator::Long(5000)] {
        let mut p = example();
        p.discriminator = d;
        assert_eq!(
            p.to_manual(),
            Err(ManualEncodeError::DiscriminatorOutOfRange(d))
        );
    }
}

// ---- properties ----

fn arb_passcode() -> impl Strategy<Value = Passcode> {
    (1u32..=Passcode::MAX).prop_filter_map("trivial passcode", |v| Passcode::new(v).ok())
}

fn arb_tlv() -> impl Strategy<Value = Option<TlvData>> {
    let member = prop_oneof![
        "[ -~]{0,24}".prop_map(TlvValue::Utf8),
        any::<i32>().prop_map(|v| TlvValue::Signed(v.into())),
        any::<u32>().prop_map(|v| TlvValue::Unsigned(v.into())),
    ];
    let members = proptest::collection::vec((any::<u8>(), member), 0..4);
    prop_oneof![
        2 => Just(None),
        1 => members.prop_map(|m| {
            let members = m
                .into_iter()
                .map(|(tag, value)| TlvElement { tag: TlvTag::Context(tag), value })
                .collect();
            TlvData::from_elements(&[TlvElement {
                tag: TlvTag::Anonymous,
                value: TlvValue::Structure(members),
            }])
            .ok()
        }),
    ]
}

prop_compose! {
    fn arb_qr_payload()(
        vid in any::<u16>(),
        pid in any::<u16>(),
        flow in 0u8..4,
        rendezvous in any::<u8>(),
        discriminator in 0u16..=4095,
        passcode in arb_passcode(),
        tlv in arb_tlv(),
    ) -> SetupPayload {
        SetupPayload {
            version: 0,
            vid: Some(vid),
            pid: Some(pid),
            flow: CommissioningFlow::from_bits(flow),
            rendezvous: Some(Rendezvous(rendezvous)),
            discriminator: Discriminator::Long(discriminator),
            passcode,
            tlv,
        }
    }
}

prop_compose! {
    fn arb_manual_payload()(
        ids in proptest::option::of((any::<u16>(), any::<u16>())),
        short in 0u8..=15,
        passcode in arb_passcode(),
    ) -> SetupPayload {
        SetupPayload {
            version: 0,
            vid: ids.map(|i| i.0),
            pid: ids.map(|i| i.1),
            flow: if ids.is_some() { CommissioningFlow::Custom } else { CommissioningFlow::Standard },
            rendezvous: None,
            discriminator: Discriminator::Short(short),
            passcode,
            tlv: None,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn qr_round_trip(p in arb_qr_payload()) {
        let text = p.to_qr().unwrap();
        prop_assert!(text.starts_with("MT:"));
        prop_assert_eq!(text.len(), 3 + base38::encoded_len(p.qr_bytes_len()));
        prop_assert_eq!(SetupPayload::parse(&text), Ok(p.clone()));
        prop_assert_eq!(SetupPayload::parse_qr(&text), Ok(p));
    }

    #[test]
    fn manual_round_trip(p in arb_manual_payload()) {
        let code = p.to_manual().unwrap();
        prop_assert_eq!(code.len(), if p.vid.is_some() { 21 } else { 11 });
        prop_assert!(code.bytes().all(|b| b.is_ascii_digit()));
        prop_assert_eq!(SetupPayload::parse(&code), Ok(p.clone()));
        // People type dashes and spaces.
        let typed: String = code
            .chars()
            .enumerate()
            .flat_map(|(i, c)| (i > 0 && i % 4 == 0).then_some('-').into_iter().chain([c]))
            .collect();
        prop_assert_eq!(SetupPayload::parse(&format!(" {typed} ")), Ok(p));
    }

    #[test]
    fn qr_payload_to_manual_keeps_what_fits(p in arb_qr_payload()) {
        let back = SetupPayload::parse(&p.to_manual().unwrap()).unwrap();
        let standard = p.flow == CommissioningFlow::Standard;
        prop_assert_eq!(back.discriminator, Discriminator::Short(p.discriminator.short()));
        let long = match p.discriminator {
            Discriminator::Long(v) => v,
            Discriminator::Short(_) => unreachable!(),
        };
        prop_assert!(back.discriminator.matches(long));
        prop_assert_eq!(&back.passcode, &p.passcode);
        prop_assert_eq!(back.vid, if standard { None } else { p.vid });
        prop_assert_eq!(back.pid, if standard { None } else { p.pid });
        prop_assert_eq!(back.flow, if standard { CommissioningFlow::Standard } else { CommissioningFlow::Custom });
        prop_assert_eq!(back.rendezvous, None);
        prop_assert_eq!(back.tlv, None);
    }

    #[test]
    fn one_changed_digit_is_caught(p in arb_manual_payload(), pos in any::<prop::sample::Index>(), delta in 1u8..10) {
        let code = p.to_manual().unwrap();
        let mut bytes = code.into_bytes();
        let i = pos.index(bytes.len());
        bytes[i] = b'0' + (bytes[i] - b'0' + delta) % 10;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert!(SetupPayload::parse(&changed).is_err());
    }

    #[test]
    fn parse_never_panics(s in "\\PC{0,64}") {
        let _ = SetupPayload::parse(&s);
    }

    #[test]
    fn parse_never_panics_near_valid(
        body in "[0-9A-Z.*-]{0,60}",
        digits in "[0-9 -]{0,30}",
    ) {
        if let Ok(p) = SetupPayload::parse(&format!("MT:{body}")) {
            // Whatever parses encodes back to the same text.
            prop_assert_eq!(p.to_qr().unwrap(), format!("MT:{body}"));
        }
        if let Ok(p) = SetupPayload::parse(&digits) {
            let plain: String = digits.chars().filter(char::is_ascii_digit).collect();
            prop_assert_eq!(p.to_manual().unwrap(), plain);
        }
    }
}
