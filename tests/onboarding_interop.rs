//! Interop of the onboarding payloads with an independent implementation:
//! the Matter SDK's own `SetupPayload` through its Python binding
//! (`tests/interop/setup_payload.py`, installed by `scripts/setup.sh`).
//!
//! Over deterministic pseudo-random payloads (xorshift, fixed seed):
//! * the SDK parses our QR codes (with optional TLV data: serial number and
//!   vendor elements) and our manual codes into the same fields;
//! * we parse the SDK's generated QR and manual codes into the same fields,
//!   and re-encode them to the SDK's exact strings.
//!
//! The Python interpreter is `THRESHOLD_PYTHON`, default
//! `<CARGO_MANIFEST_DIR>/.venv/bin/python`. Without it or without the SDK
//! this test fails (it never skips): run `scripts/setup.sh`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::{json, Value};
use threshold::onboarding::{
    CommissioningFlow, Discriminator, ParseError, Passcode, Rendezvous, SetupPayload, TlvData,
    TlvElement, TlvTag, TlvValue,
};

/// Random payloads per direction (each gives a QR and a manual code).
const N: usize = 400;
const SEED: u64 = 0x7e57_0b0a_4d11_c0de;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }

    fn passcode(&mut self) -> Passcode {
        loop {
            if let Ok(p) = Passcode::new(1 + self.below(u64::from(Passcode::MAX)) as u32) {
                return p;
            }
        }
    }

    fn ascii(&mut self, max_len: u64) -> String {
        (0..self.below(max_len + 1))
            .map(|_| char::from(b' ' + self.below(95) as u8))
            .collect()
    }
}

fn python() -> PathBuf {
    std::env::var_os("THRESHOLD_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python"))
}

/// Runs the SDK helper on `requests`; panics (never skips) if it cannot.
fn sdk(requests: &[Value]) -> Vec<Value> {
    let py = python();
    assert!(
        py.exists(),
        "the Matter SDK Python venv is missing ({}): run scripts/setup.sh",
        py.display()
    );
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop/setup_payload.py");
    // The SDK writes fixed files under /data at Init(): one SDK process at a
    // time, machine-wide (the lock of tests/common/matter.rs).
    std::fs::create_dir_all("/data").expect("create /data (scripts/setup.sh makes it)");
    let lock = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open("/data/threshold-matter-ctl.lock")
        .expect("open the SDK lock");
    lock.lock().expect("flock the SDK lock");
    let mut child = Command::new(&py)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}; run scripts/setup.sh", py.display()));
    let input = serde_json::to_vec(requests).expect("requests to JSON");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write requests");
    let out = child.wait_with_output().expect("wait for the SDK helper");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let tail = lines[lines.len().saturating_sub(5)..].join("\n");
    assert!(
        out.status.success(),
        "the Matter SDK helper failed ({}); run scripts/setup.sh. Last stderr lines:\n{tail}",
        out.status
    );
    let responses: Vec<Value> = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("SDK helper output is not JSON ({e}); stderr:\n{tail}"));
    assert_eq!(responses.len(), requests.len());
    responses
}

/// The SDK's fields of a parse response (panics on an SDK refusal).
fn fields<'a>(resp: &'a Value, what: &str) -> &'a Value {
    assert_eq!(
        resp["ok"],
        json!(true),
        "the SDK refused {what}: {}",
        resp["error"]
    );
    &resp["fields"]
}

/// Optional TLV data as the SDK reads it: a non-empty anonymous structure
/// with a serial number (tag 0: string or u32) and vendor elements (tags
/// 0x80..=0xFF: string or i32). Returns the data and what the SDK should
/// report (serial, vendor map).
fn random_tlv(rng: &mut XorShift) -> (TlvData, Option<String>, serde_json::Map<String, Value>) {
    let mut members = Vec::new();
    let mut serial = None;
    let mut vendor = serde_json::Map::new();
    if rng.chance(2) {
        let (value, shown) = if rng.chance(2) {
            let s = rng.ascii(16);
            (TlvValue::Utf8(s.clone()), s)
        } else {
            let n = rng.next() as u32;
            (TlvValue::Unsigned(n.into()), n.to_string())
        };
        members.push(TlvElement {
            tag: TlvTag::Context(0),
            value,
        });
        serial = Some(shown);
    }
    // At least one element: the SDK refuses an empty structure (it wants
    // a first element), though the specification does not forbid one.
    let first = 0x80 + rng.below(0x70) as u8;
    let count = rng.below(4) as u8 + u8::from(serial.is_none());
    for tag in first..first + count {
        let (value, shown) = if rng.chance(2) {
            let s = rng.ascii(12);
            (TlvValue::Utf8(s.clone()), s)
        } else {
            let n = rng.next() as i32;
            (TlvValue::Signed(n.into()), n.to_string())
        };
        members.push(TlvElement {
            tag: TlvTag::Context(tag),
            value,
        });
        vendor.insert(tag.to_string(), json!(shown));
    }
    let data = TlvData::from_elements(&[TlvElement {
        tag: TlvTag::Anonymous,
        value: TlvValue::Structure(members),
    }])
    .expect("well-formed TLV");
    (data, serial, vendor)
}

/// Any payload our QR encoder accepts.
fn random_qr_payload(
    rng: &mut XorShift,
) -> (SetupPayload, Option<String>, serde_json::Map<String, Value>) {
    let (tlv, serial, vendor) = if rng.chance(3) {
        let (d, s, v) = random_tlv(rng);
        (Some(d), s, v)
    } else {
        (None, None, serde_json::Map::new())
    };
    let p = SetupPayload {
        version: 0,
        vid: Some(rng.next() as u16),
        pid: Some(rng.next() as u16),
        flow: CommissioningFlow::from_bits(rng.below(4) as u8),
        rendezvous: Some(Rendezvous(rng.next() as u8)),
        discriminator: Discriminator::Long(rng.below(4096) as u16),
        passcode: rng.passcode(),
        tlv,
    };
    (p, serial, vendor)
}

fn long_discriminator(p: &SetupPayload) -> u16 {
    match p.discriminator {
        Discriminator::Long(v) => v,
        Discriminator::Short(_) => unreachable!("QR payloads have long discriminators"),
    }
}

/// Fields the SDK generator accepts (it validates more than its parser):
/// VID 0 or 1..=0xFFF4, PID 0 only with VID 0, flow 0..=2, capabilities
/// among soft-AP, BLE, on-network, Wi-Fi PAF.
struct SdkFields {
    passcode: u32,
    vid: u16,
    pid: u16,
    discriminator: u16,
    flow: u8,
    rendezvous: u8,
}

fn random_sdk_fields(rng: &mut XorShift) -> SdkFields {
    let vid = if rng.chance(20) {
        0
    } else {
        1 + rng.below(0xfff4) as u16
    };
    let pid = if vid == 0 && rng.chance(2) {
        0
    } else {
        1 + rng.below(0xffff) as u16
    };
    SdkFields {
        passcode: rng.passcode().value(),
        vid,
        pid,
        discriminator: rng.below(4096) as u16,
        flow: rng.below(3) as u8,
        rendezvous: rng.below(16) as u8,
    }
}

fn gen_request(op: &str, f: &SdkFields) -> Value {
    json!({
        "op": op, "passcode": f.passcode, "vid": f.vid, "pid": f.pid,
        "discriminator": f.discriminator, "flow": f.flow, "rendezvous": f.rendezvous,
    })
}

#[test]
fn matter_sdk_agrees_with_our_qr_and_manual_codes() {
    let started = Instant::now();
    let mut rng = XorShift(SEED);

    // Direction 1: our codes, parsed by the SDK.
    let ours: Vec<_> = (0..N).map(|_| random_qr_payload(&mut rng)).collect();
    // Direction 2: the SDK's codes, parsed by us.
    let theirs: Vec<SdkFields> = (0..N).map(|_| random_sdk_fields(&mut rng)).collect();

    let mut requests = vec![json!({"op": "sdk_version"})];
    // The published examples.
    requests.push(json!({"op": "parse_qr", "code": "MT:-24J0AFN00KA0648G00"}));
    requests.push(json!({"op": "parse_manual", "code": "34970112332"}));
    for (p, _, _) in &ours {
        requests.push(json!({"op": "parse_qr", "code": p.to_qr().expect("our QR")}));
        requests.push(json!({"op": "parse_manual", "code": p.to_manual().expect("our manual")}));
    }
    for f in &theirs {
        requests.push(gen_request("gen_qr", f));
        requests.push(gen_request("gen_manual", f));
    }
    // Mistyped manual codes (last digit changed): both sides refuse.
    let mistyped: Vec<String> = ours
        .iter()
        .take(50)
        .map(|(p, _, _)| {
            let mut code = p.to_manual().expect("our manual").into_bytes();
            let last = code.len() - 1;
            code[last] = b'0' + (code[last] - b'0' + 1 + rng.below(9) as u8) % 10;
            String::from_utf8(code).expect("digits")
        })
        .collect();
    for code in &mistyped {
        requests.push(json!({"op": "parse_manual", "code": code}));
    }

    let responses = sdk(&requests);
    let mut r = responses.iter();
    let version = r.next().expect("version");
    eprintln!(
        "Matter SDK (home-assistant-chip-core) {}",
        version["version"]
    );

    // Published examples, as the SDK reads them and as we do.
    let qr = fields(r.next().expect("qr example"), "the QR example");
    let p = SetupPayload::parse("MT:-24J0AFN00KA0648G00").expect("our parse");
    assert_eq!(qr["vid"], json!(0xFFF1));
    assert_eq!(qr["pid"], json!(0x8001));
    assert_eq!(qr["flow"], json!(0));
    assert_eq!(qr["rendezvous"], json!(4));
    assert_eq!(qr["long_discriminator"], json!(3840));
    assert_eq!(qr["passcode"], json!(20202021));
    assert_eq!(
        (p.vid, p.pid, p.discriminator, p.passcode.value()),
        (
            Some(0xFFF1),
            Some(0x8001),
            Discriminator::Long(3840),
            20202021
        )
    );
    let manual = fields(r.next().expect("manual example"), "the manual example");
    assert_eq!(manual["short_discriminator"], json!(15));
    assert_eq!(manual["passcode"], json!(20202021));
    let p = SetupPayload::parse("34970112332").expect("our parse");
    assert_eq!(
        (p.discriminator, p.passcode.value()),
        (Discriminator::Short(15), 20202021)
    );

    // Direction 1.
    let mut with_tlv = 0;
    let mut long_manual = 0;
    for (p, serial, vendor) in &ours {
        let qr = p.to_qr().expect("our QR");
        let f = fields(r.next().expect("response"), &qr);
        assert_eq!(f["version"], json!(0), "{qr}");
        assert_eq!(f["vid"], json!(p.vid), "{qr}");
        assert_eq!(f["pid"], json!(p.pid), "{qr}");
        assert_eq!(f["flow"], json!(p.flow.bits()), "{qr}");
        assert_eq!(
            f["rendezvous"],
            json!(p.rendezvous.map(|r| r.bits())),
            "{qr}"
        );
        assert_eq!(
            f["long_discriminator"],
            json!(long_discriminator(p)),
            "{qr}"
        );
        assert_eq!(f["short_discriminator"], Value::Null, "{qr}");
        assert_eq!(f["passcode"], json!(p.passcode.value()), "{qr}");
        assert_eq!(f["serial_number"], json!(serial), "{qr}");
        assert_eq!(f["vendor"], Value::Object(vendor.clone()), "{qr}");
        with_tlv += usize::from(p.tlv.is_some());

        let code = p.to_manual().expect("our manual");
        let f = fields(r.next().expect("response"), &code);
        let standard = p.flow == CommissioningFlow::Standard;
        long_manual += usize::from(!standard);
        assert_eq!(code.len(), if standard { 11 } else { 21 });
        assert_eq!(f["version"], json!(0), "{code}");
        assert_eq!(
            f["short_discriminator"],
            json!(p.discriminator.short()),
            "{code}"
        );
        assert_eq!(f["long_discriminator"], Value::Null, "{code}");
        assert_eq!(f["passcode"], json!(p.passcode.value()), "{code}");
        let (vid, pid, flow) = if standard {
            (0, 0, 0)
        } else {
            (p.vid.unwrap_or(0), p.pid.unwrap_or(0), 2)
        };
        assert_eq!((&f["vid"], &f["pid"]), (&json!(vid), &json!(pid)), "{code}");
        assert_eq!(f["flow"], json!(flow), "{code}");
        assert_eq!(f["rendezvous"], Value::Null, "{code}");
    }

    // Direction 2.
    for sf in &theirs {
        let resp = r.next().expect("response");
        assert_eq!(
            resp["ok"],
            json!(true),
            "the SDK refused to generate: {resp}"
        );
        let qr = resp["code"].as_str().expect("QR string");
        let p = SetupPayload::parse(qr).unwrap_or_else(|e| panic!("we refuse the SDK's {qr}: {e}"));
        assert_eq!(p.version, 0);
        assert_eq!((p.vid, p.pid), (Some(sf.vid), Some(sf.pid)), "{qr}");
        assert_eq!(p.flow, CommissioningFlow::from_bits(sf.flow), "{qr}");
        assert_eq!(p.rendezvous, Some(Rendezvous(sf.rendezvous)), "{qr}");
        assert_eq!(
            p.discriminator,
            Discriminator::Long(sf.discriminator),
            "{qr}"
        );
        assert_eq!(p.passcode.value(), sf.passcode, "{qr}");
        assert_eq!(p.tlv, None, "{qr}");
        assert_eq!(p.to_qr().expect("re-encode"), qr, "canonical QR");

        let resp = r.next().expect("response");
        assert_eq!(
            resp["ok"],
            json!(true),
            "the SDK refused to generate: {resp}"
        );
        let code = resp["code"].as_str().expect("manual string");
        let m =
            SetupPayload::parse(code).unwrap_or_else(|e| panic!("we refuse the SDK's {code}: {e}"));
        let standard = sf.flow == 0;
        assert_eq!(code.len(), if standard { 11 } else { 21 }, "{code}");
        assert_eq!(
            m.discriminator,
            Discriminator::Short((sf.discriminator >> 8) as u8),
            "{code}"
        );
        assert_eq!(m.passcode.value(), sf.passcode, "{code}");
        let ids = (!standard).then_some((sf.vid, sf.pid));
        assert_eq!(
            (m.vid, m.pid),
            (ids.map(|i| i.0), ids.map(|i| i.1)),
            "{code}"
        );
        assert_eq!(
            m.to_manual().expect("re-encode"),
            code,
            "canonical manual code"
        );
        // Our encoder, from the SDK's input fields, writes the same strings.
        let full = SetupPayload { tlv: None, ..p };
        assert_eq!(full.to_manual().expect("manual"), code);
    }

    // Mistyped codes.
    for code in &mistyped {
        let resp = r.next().expect("response");
        assert_eq!(resp["ok"], json!(false), "the SDK accepted mistyped {code}");
        assert!(matches!(
            SetupPayload::parse(code),
            Err(ParseError::BadCheckDigit { .. })
        ));
    }
    assert!(r.next().is_none());

    eprintln!(
        "interop: {N} of our payloads -> SDK parse ({N} QR, {with_tlv} with TLV; {N} manual, \
         {long_manual} of 21 digits); {N} SDK-generated QR + {N} manual -> our parse and \
         byte-exact re-encode; 2 published examples; {} mistyped codes refused by both; {:.2?}",
        mistyped.len(),
        started.elapsed()
    );
}
