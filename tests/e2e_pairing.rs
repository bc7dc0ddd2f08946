//! End to end: a real daemon (API and CoAP on 127.0.0.1:0) and the real
//! `threshold device simulate` binary pairing a TEST ONLY device minted by
//! `threshold::attestation::mint`, whose PAA is in `<state_dir>/paa-roots`.

mod common;
use common::{device, hub};

use std::process::Command;
use std::time::Duration;

use device::{devices, hub_trusting, simulate, text, TestDevice};
use hub::{ok, post, Hub};
use serde_json::{json, Value};

/// The `tls.handshake` audit record of a refused device. The refusal
/// reaches the audit log through the core asynchronously: poll for it
/// (bounded).
async fn handshake_refusal(hub: &Hub) -> threshold::audit::AuditRecord {
    common::wait_until_async(
        Duration::from_secs(5),
        "a tls.handshake audit record",
        || async {
            hub.audit()
                .await
                .into_iter()
                .find(|r| r.event.action == "tls.handshake")
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulated_device_pairs_over_coap_and_is_admitted() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting(&[&dev]).await;
    let owner = hub.owner().await;
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);

    let op = tmp.path().join("op");
    let op_arg = op.to_str().expect("utf-8 path");
    let out = tokio::task::spawn_blocking(simulate(&hub, &dev, &["--op-dir", op_arg]))
        .await
        .expect("join");
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "stdout: {stdout}\nstderr: {}",
        text(&out.stderr)
    );
    for step in [
        "POST /pair/start -> 2.01",
        "POST /pair/pake -> 2.04",
        "POST /pair/confirm -> 2.04",
        "reconnected",
        "POST /pair/redeem -> 2.04 full token",
        "paired: device",
    ] {
        assert!(stdout.contains(step), "{step} in {stdout}");
    }
    let ds = devices(&owner).await;
    assert_eq!(ds.len(), 1, "{ds:?}");
    assert_eq!(ds[0].state.to_string(), "admitted");
    assert!(stdout.contains(ds[0].id.as_str()), "{stdout}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(op.join("op-key.pem"))
        .expect("key")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(std::fs::read_to_string(op.join("op-cert.pem"))
        .expect("cert")
        .contains("BEGIN CERTIFICATE"));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn high_risk_device_waits_for_approval_then_pairs() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8002);
    let mut hub = hub_trusting(&[&dev]).await;
    let owner = hub.owner().await;
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "high"}),
    )
    .await);

    let child = tokio::task::spawn_blocking(simulate(&hub, &dev, &["--wait-approval", "30"]));
    // The device is known (pending) once /pair/confirm answered.
    let id = common::wait_until_async(Duration::from_secs(30), "a pending device", || async {
        let found = devices(&owner)
            .await
            .into_iter()
            .find(|d| d.state.to_string() == "pending");
        assert!(
            found.is_some() || !child.is_finished(),
            "simulate ended before approval"
        );
        found.map(|d| d.id)
    })
    .await;
    // Approve only once the device has been told to wait (its first
    // /pair/redeem refused, audited): approving earlier would let that
    // first redeem succeed, and the wait would go untested.
    let subject = format!("device:{id}");
    common::wait_until_async(
        Duration::from_secs(30),
        "the first redeem refused with approval_pending",
        || async {
            hub.audit().await.into_iter().find(|r| {
                r.event.action == "token.redeem"
                    && r.event.subject == subject
                    && r.event.reason == "approval_pending"
            })
        },
    )
    .await;
    let _: Value = ok(post(&owner, &format!("/v1/devices/{id}/approve"), &json!({})).await);
    let out = child.await.expect("join");
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "stdout: {stdout}\nstderr: {}",
        text(&out.stderr)
    );
    assert!(stdout.contains("approval_pending (attempt 1)"), "{stdout}");
    assert!(stdout.contains("full token"), "{stdout}");
    let ds = devices(&owner).await;
    assert_eq!(
        ds.iter()
            .find(|d| d.id == id)
            .expect("device")
            .state
            .to_string(),
        "admitted"
    );
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_of_an_untrusted_paa_is_refused_at_the_handshake_and_audited() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let trusted = TestDevice::mint(tmp.path(), 0x8001);
    let rogue = TestDevice::mint(tmp.path(), 0x8003);
    let mut hub = hub_trusting(&[&trusted]).await;
    let owner = hub.owner().await;
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": rogue.qr(), "class": "low"}),
    )
    .await);

    let out = tokio::task::spawn_blocking(simulate(&hub, &rogue, &[]))
        .await
        .expect("join");
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("cannot connect"),
        "{}",
        text(&out.stderr)
    );
    assert!(devices(&owner).await.is_empty());
    let rec = handshake_refusal(&hub).await;
    assert_eq!(rec.event.outcome.as_str(), "denied");
    assert_eq!(rec.event.reason, "attestation");
    hub.stop().await;
}

/// libcoap's client (scripts/setup.d/30-libcoap.sh) discovers the daemon
/// over UDP: `/hub` is public, the pairing resources are not listed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn libcoap_discovers_the_daemon_over_udp() {
    let mut hub = hub_trusting(&[]).await;
    let port = hub.daemon().coap_udp_addr().expect("coap udp").port();
    let get = |path: &str| {
        let uri = format!("coap://127.0.0.1:{port}{path}");
        move || {
            Command::new("coap-client-openssl")
                .args(["-m", "get", "-B", "5", &uri])
                .output()
                .expect("coap-client-openssl is installed by scripts/setup.sh")
        }
    };
    let o = tokio::task::spawn_blocking(get("/.well-known/core"))
        .await
        .expect("join");
    let links = text(&o.stdout);
    assert!(o.status.success(), "{links}\n{}", text(&o.stderr));
    assert!(links.contains("</hub>"), "{links}");
    assert!(!links.contains("/pair/"), "{links}");
    let o = tokio::task::spawn_blocking(get("/hub"))
        .await
        .expect("join");
    let hub_id = hub
        .daemon()
        .core
        .call(|c, _| c.hub_id().to_owned())
        .await
        .expect("core");
    assert!(text(&o.stdout).contains(&hub_id), "{}", text(&o.stdout));
    hub.stop().await;
}

/// A device whose DAC is on the hub's denylist (`<state_dir>/attestation-
/// denylist.toml`, by SKI) is refused at the handshake as revoked, the
/// refusal is audited, and nothing is admitted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_with_a_revoked_dac_is_refused_at_the_handshake_and_audited() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let device = TestDevice::mint(tmp.path(), 0x8004);
    let info = threshold::attestation::cert::CertInfo::parse(&device.chain.dac.der).expect("dac");
    let ski = info.ski.expect("the minted DAC has an SKI").value;
    let denylist = format!(
        "[[deny]]\nski = \"{}\"\nreason = \"test: revoked DAC\"\n",
        hex::encode(ski)
    );
    let roots = device.chain.paa.pem.clone();
    let mut hub = Hub::start_with(move |cfg| {
        cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
        let dir = cfg.state_dir.join("paa-roots");
        std::fs::create_dir_all(&dir).expect("paa-roots");
        std::fs::write(dir.join("paa.pem"), roots).expect("paa");
        std::fs::write(cfg.state_dir.join("attestation-denylist.toml"), denylist)
            .expect("denylist");
    })
    .await;
    let cfg = hub.cfg.clone();
    hub.daemon
        .as_mut()
        .expect("running")
        .start_coap(&cfg)
        .await
        .expect("coap");
    let owner = hub.owner().await;
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": device.qr(), "class": "low"}),
    )
    .await);

    let out = tokio::task::spawn_blocking(simulate(&hub, &device, &[]))
        .await
        .expect("join");
    assert_eq!(out.status.code(), Some(2), "stderr: {}", text(&out.stderr));
    assert!(devices(&owner).await.is_empty(), "nothing admitted");
    let rec = handshake_refusal(&hub).await;
    assert_eq!(rec.event.outcome.as_str(), "denied");
    let detail = rec.event.details["detail"]
        .as_str()
        .unwrap_or_default()
        .to_lowercase();
    assert!(detail.contains("revoked"), "{detail}");
    hub.stop().await;
}
