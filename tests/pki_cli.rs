//! `threshold pki verify-device` and `threshold pki mint-test-device`
//! through the real binary: JSON verdicts and exit codes.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use common::pki::*;
use threshold::attestation::cert::{decode_one_certificate, CertInfo};

fn threshold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_threshold"))
        .args(args)
        .output()
        .expect("run threshold binary")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    })
}

fn verify_sdk(trust: &Path, extra: &[&str]) -> Output {
    let dac = fixture(&format!("{SDK_DAC}.pem"));
    let pai = fixture(&format!("{SDK_PAI}.der"));
    let mut args = vec![
        "pki",
        "verify-device",
        "--trust-store",
        s(trust),
        "--dac",
        s(&dac),
        "--pai",
        s(&pai),
    ];
    args.extend_from_slice(extra);
    threshold(&args)
}

#[test]
fn verify_device_accepts_the_sdk_chain() {
    let dir = tempfile::tempdir().unwrap();
    let trust = sdk_trust_dir(dir.path());
    let o = verify_sdk(
        &trust,
        &[
            "--vid",
            "FFF1",
            "--pid",
            "0x8001",
            "--at",
            "2026-01-01T00:00:00Z",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let j = json(&o);
    assert_eq!(j["ok"], true);
    assert_eq!(j["vid"], "FFF1");
    assert_eq!(j["pid"], "8001");
    assert_eq!(j["verified_at"], "2026-01-01T00:00:00.000Z");
    assert_eq!(j["chain"].as_array().unwrap().len(), 3);
    assert_eq!(j["chain"][0]["role"], "dac");
    assert_eq!(j["chain"][2]["role"], "paa");
    assert!(j["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["rule"] == "chain" && r["status"] == "ok"));
    assert_eq!(j["first_failure"], serde_json::Value::Null);
}

#[test]
fn verify_device_names_the_failed_rule_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let trust = sdk_trust_dir(dir.path());
    let o = verify_sdk(&trust, &["--at", "2022-01-01T00:00:00Z"]);
    assert_eq!(o.status.code(), Some(1));
    let j = json(&o);
    assert_eq!(j["ok"], false);
    assert_eq!(j["first_failure"]["rule"], "dac.validity");
    assert_eq!(j["first_failure"]["error"]["kind"], "not_yet_valid");
    assert_eq!(j["first_failure"]["error"]["cert"], "dac");
    assert!(String::from_utf8_lossy(&o.stderr).contains("REFUSED by rule dac.validity"));

    let o = verify_sdk(&trust, &["--vid", "FFF2", "--at", "2026-01-01T00:00:00Z"]);
    assert_eq!(o.status.code(), Some(1));
    let j = json(&o);
    assert_eq!(j["first_failure"]["rule"], "expected.vid");
    assert_eq!(j["first_failure"]["error"]["kind"], "vid_mismatch");
    assert_eq!(j["first_failure"]["error"]["expected"], "FFF2");
    assert_eq!(j["first_failure"]["error"]["got"], "FFF1");

    // Empty trust store: untrusted root.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = verify_sdk(&empty, &["--at", "2026-01-01T00:00:00Z"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["first_failure"]["error"]["kind"], "untrusted_root");

    // A truncated DAC is a refused device, not unusable input.
    let dac = std::fs::read(fixture(&format!("{SDK_DAC}.der"))).unwrap();
    let cut = dir.path().join("cut.der");
    std::fs::write(&cut, &dac[..dac.len() - 20]).unwrap();
    let pai = fixture(&format!("{SDK_PAI}.pem"));
    let o = threshold(&[
        "pki",
        "verify-device",
        "--trust-store",
        s(&trust),
        "--dac",
        s(&cut),
        "--pai",
        s(&pai),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["first_failure"]["rule"], "dac.format");
}

#[test]
fn verify_device_exits_2_on_unusable_input() {
    let dir = tempfile::tempdir().unwrap();
    let trust = sdk_trust_dir(dir.path());
    let pai = fixture(&format!("{SDK_PAI}.pem"));
    let dac = fixture(&format!("{SDK_DAC}.pem"));
    let missing = dir.path().join("no-such-dac.pem");
    let o = threshold(&[
        "pki",
        "verify-device",
        "--trust-store",
        s(&trust),
        "--dac",
        s(&missing),
        "--pai",
        s(&pai),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-dac.pem"));

    // A trust store with an unusable file names it.
    std::fs::write(
        trust.join("broken.pem"),
        b"-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let o = threshold(&[
        "pki",
        "verify-device",
        "--trust-store",
        s(&trust),
        "--dac",
        s(&dac),
        "--pai",
        s(&pai),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("broken.pem"));
    std::fs::remove_file(trust.join("broken.pem")).unwrap();

    // Bad arguments.
    for extra in [
        &["--at", "yesterday"][..],
        &["--vid", "XYZ"][..],
        &["--crl-dir", "/nonexistent-crl-dir"][..],
        &["--denylist", "/nonexistent-denylist.toml"][..],
    ] {
        let mut args = vec![
            "pki",
            "verify-device",
            "--trust-store",
            s(&trust),
            "--dac",
            s(&dac),
            "--pai",
            s(&pai),
        ];
        args.extend_from_slice(extra);
        let o = threshold(&args);
        assert_eq!(o.status.code(), Some(2), "{extra:?}");
    }
}

#[test]
fn mint_test_device_writes_a_labelled_chain_that_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dev");
    let o = threshold(&[
        "pki",
        "mint-test-device",
        "--vid",
        "FFF1",
        "--pid",
        "8001",
        "--out",
        s(&out),
        "--at",
        "2026-06-01T00:00:00Z",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let listed = String::from_utf8_lossy(&o.stdout).to_string();
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names.len(), 8, "{names:?}");
    for n in &names {
        assert!(listed.contains(n.as_str()), "{n} not listed");
        if n != "README.txt" {
            assert!(n.contains("TEST-ONLY"), "{n}");
        }
        let m = std::fs::metadata(out.join(n)).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            m,
            if n.ends_with("-key.pem") {
                0o600
            } else {
                0o644
            },
            "{n}"
        );
    }
    let readme = std::fs::read_to_string(out.join("README.txt")).unwrap();
    assert!(readme.starts_with("TEST ONLY"));
    // The PAA says TEST ONLY in its CN.
    let paa = decode_one_certificate(&std::fs::read(out.join("TEST-ONLY-paa-cert.pem")).unwrap())
        .unwrap();
    assert!(CertInfo::parse(&paa)
        .unwrap()
        .subject
        .contains("CN=Threshold TEST ONLY PAA"));
    // The setup payload has the four fields.
    let payload: toml::Value =
        toml::from_str(&std::fs::read_to_string(out.join("TEST-ONLY-setup-payload.toml")).unwrap())
            .unwrap();
    assert_eq!(payload["vid"].as_integer(), Some(0xFFF1));
    assert_eq!(payload["pid"].as_integer(), Some(0x8001));
    let passcode = payload["passcode"].as_integer().unwrap();
    assert!(threshold::attestation::mint::is_valid_passcode(
        passcode as u32
    ));
    assert!((0..=4095).contains(&payload["discriminator"].as_integer().unwrap()));
    // The DAC key is the DAC's.
    assert_eq!(
        openssl(&[
            "pkey",
            "-in",
            s(&out.join("TEST-ONLY-dac-key.pem")),
            "-pubout"
        ]),
        openssl(&[
            "x509",
            "-noout",
            "-pubkey",
            "-in",
            s(&out.join("TEST-ONLY-dac-cert.pem"))
        ])
    );

    // It verifies with its PAA as the trust store.
    let roots = dir.path().join("roots");
    std::fs::create_dir(&roots).unwrap();
    std::fs::copy(out.join("TEST-ONLY-paa-cert.pem"), roots.join("paa.pem")).unwrap();
    let verify = |dev: &Path| {
        threshold(&[
            "pki",
            "verify-device",
            "--trust-store",
            s(&roots),
            "--dac",
            s(&dev.join("TEST-ONLY-dac-cert.pem")),
            "--pai",
            s(&dev.join("TEST-ONLY-pai-cert.pem")),
            "--vid",
            "FFF1",
            "--pid",
            "8001",
            "--at",
            "2026-06-02T00:00:00Z",
        ])
    };
    let o = verify(&out);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    // A flawed mint (other PAA, so other trust store) is refused: wrong VID.
    let bad = dir.path().join("bad");
    let o = threshold(&[
        "pki",
        "mint-test-device",
        "--vid",
        "FFF1",
        "--pid",
        "8001",
        "--out",
        s(&bad),
        "--wrong-vid",
        "--at",
        "2026-06-01T00:00:00Z",
    ]);
    assert_eq!(o.status.code(), Some(0));
    std::fs::copy(bad.join("TEST-ONLY-paa-cert.pem"), roots.join("paa.pem")).unwrap();
    let o = verify(&bad);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["first_failure"]["rule"], "pai.vid_pid");
    assert!(std::fs::read_to_string(bad.join("README.txt"))
        .unwrap()
        .contains("--wrong-vid"));

    // Conflicting flags are a usage error.
    let o = threshold(&[
        "pki",
        "mint-test-device",
        "--vid",
        "FFF1",
        "--pid",
        "8001",
        "--out",
        s(&bad),
        "--expired",
        "--not-yet-valid",
    ]);
    assert_eq!(o.status.code(), Some(2));
}
