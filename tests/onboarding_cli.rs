//! `threshold onboarding parse | encode` through the real binary.

use std::process::{Command, Output};

use serde_json::{json, Value};

fn threshold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_threshold"))
        .args(args)
        .output()
        .expect("run threshold binary")
}

fn parse_json(code: &str) -> Value {
    let out = threshold(&["onboarding", "parse", code]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn parse_qr_prints_json() {
    let v = parse_json("MT:-24J0AFN00KA0648G00");
    assert_eq!(
        v,
        json!({
            "format": "qr",
            "version": 0,
            "vid": 65521, "vid_hex": "0xFFF1",
            "pid": 32769, "pid_hex": "0x8001",
            "flow": "standard", "flow_value": 0,
            "rendezvous": ["on-network"], "rendezvous_bits": 4,
            "discriminator": {"kind": "long", "value": 3840},
            "passcode": 20202021,
            "tlv": null,
        })
    );
}

#[test]
fn parse_manual_prints_json() {
    let v = parse_json(" 3497-011-2332 ");
    assert_eq!(v["format"], "manual");
    assert_eq!(v["discriminator"], json!({"kind": "short", "value": 15}));
    assert_eq!(v["passcode"], 20202021);
    assert_eq!(v["vid"], Value::Null);
    assert_eq!(v["rendezvous"], Value::Null);
    let v = parse_json("749701123365521327694");
    assert_eq!(
        (v["vid"].clone(), v["pid_hex"].clone()),
        (json!(65521), json!("0x8001"))
    );
    assert_eq!(v["flow"], "custom");
}

#[test]
fn parse_lists_tlv_elements() {
    // The SDK example device with optional data: serial number "SN1"
    // (tag 0) and vendor element 0x81 = 5. (The Matter SDK's parser reads
    // this code as serial "SN1", vendor attribute 129 = "5".)
    let v = parse_json("MT:-24J0AFN00KA064IJ3P027M30NSXK12VL60O0");
    assert_eq!(v["passcode"], 20202021);
    assert_eq!(
        v["tlv"],
        json!({
            "hex": "152c0003534e3120810518",
            "elements": [{
                "tag": "anonymous",
                "type": "structure",
                "value": [
                    {"tag": {"context": 0}, "type": "utf8", "value": "SN1"},
                    {"tag": {"context": 129}, "type": "signed", "value": 5},
                ],
            }],
        })
    );
}

#[test]
fn bad_input_exits_2_with_a_message() {
    for (code, msg) in [
        ("34970112331", "wrong check digit 1 (expected 2)"),
        (
            "MT:-24J0aFN00KA0648G00",
            "character 'a' at index 8 is not base38",
        ),
        (
            "MT:-24J0AFN00KA0648G00*-24J0AFN00KA0648G00",
            "not supported",
        ),
        ("hello", "not an onboarding code"),
        ("MT:-24J0AFN000000", "truncated"),
    ] {
        let out = threshold(&["onboarding", "parse", code]);
        assert_eq!(out.status.code(), Some(2), "{code}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(msg), "{code}: {err}");
    }
}

#[test]
fn encode_prints_codes_and_symbol() {
    let out = threshold(&[
        "onboarding",
        "encode",
        "--vid",
        "0xFFF1",
        "--pid",
        "0x8001",
        "--discriminator",
        "3840",
        "--passcode",
        "20202021",
        "--rendezvous",
        "on-network",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "QR code:     MT:-24J0AFN00KA0648G00");
    assert_eq!(lines[1], "Manual code: 34970112332");
    assert_eq!(lines[2], "");
    // Half blocks: the quiet zone line then the symbol, all lines as wide.
    let width = lines[3].chars().count();
    assert!(width >= 21 + 8);
    assert!(lines[3..].iter().all(|l| l.chars().count() == width));
    assert!(lines[3..]
        .iter()
        .all(|l| l.chars().all(|c| matches!(c, '█' | '▀' | '▄' | ' '))));
}

#[test]
fn encode_non_standard_flow_gives_21_digits_and_custom_rendezvous() {
    let out = threshold(&[
        "onboarding",
        "encode",
        "--vid",
        "65521",
        "--pid",
        "32769",
        "--discriminator",
        "0xF00",
        "--passcode",
        "20202021",
        "--flow",
        "user-intent",
        "--rendezvous",
        "ble,soft-ap",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("Manual code: 749701123365521327694\n"),
        "{text}"
    );
    let qr = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("QR code:     "))
        .expect("QR line");
    let v = parse_json(qr);
    assert_eq!(v["flow"], "user-intent");
    assert_eq!(v["rendezvous"], json!(["soft-ap", "ble"]));
}

#[test]
fn encode_png_scans_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("qr.png");
    let out = threshold(&[
        "onboarding",
        "encode",
        "--vid",
        "4660",
        "--pid",
        "22136",
        "--discriminator",
        "1234",
        "--passcode",
        "31415926",
        "--png",
        path.to_str().expect("utf-8 path"),
        "--png-scale",
        "4",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let qr = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("QR code:     "))
        .expect("QR line");
    let bytes = std::fs::read(&path).expect("PNG written");
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("PNG data");
    let (w, h) = (info.width as usize, info.height as usize);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[y * w + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().expect("scan");
    assert_eq!(content, qr);
    let v = parse_json(&content);
    assert_eq!(
        (v["vid"].clone(), v["passcode"].clone()),
        (json!(4660), json!(31415926))
    );
    assert_eq!(
        v["rendezvous"],
        json!(["ble"]),
        "default --rendezvous is ble"
    );
}

#[test]
fn encode_rejects_bad_fields() {
    let base = ["onboarding", "encode", "--vid", "1", "--pid", "1"];
    for (extra, msg) in [
        (
            &["--discriminator", "4096", "--passcode", "1"][..],
            "invalid --discriminator 4096",
        ),
        (
            &["--discriminator", "1", "--passcode", "11111111"][..],
            "invalid --passcode",
        ),
        (
            &["--discriminator", "1", "--passcode", "0"][..],
            "invalid --passcode",
        ),
        (
            &[
                "--discriminator",
                "1",
                "--passcode",
                "1",
                "--rendezvous",
                "wifi",
            ][..],
            "unknown discovery capability",
        ),
        (
            &[
                "--discriminator",
                "1",
                "--passcode",
                "1",
                "--png",
                "/nonexistent-dir/x.png",
            ][..],
            "cannot write /nonexistent-dir/x.png",
        ),
    ] {
        let args: Vec<&str> = base.iter().chain(extra).copied().collect();
        let out = threshold(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(msg), "{args:?}: {err}");
    }
    let out = threshold(&[
        "onboarding",
        "encode",
        "--vid",
        "0x10000",
        "--pid",
        "1",
        "--discriminator",
        "1",
        "--passcode",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(2));
}
