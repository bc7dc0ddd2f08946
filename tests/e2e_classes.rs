//! End to end, risk class from policy (issue 11, item 2): a real daemon
//! (API and CoAP on 127.0.0.1:0) and the real `threshold device simulate`
//! binary with a TEST ONLY device whose product the policy calls high.

mod common;
use common::{device, hub};

use std::time::Duration;

use device::{devices, paa_pems, simulate, text, write_paa_roots, TestDevice};
use hub::{ok, post, Hub};
use serde_json::{json, Value};
use threshold::commissioning::policy::DeviceClass;
use threshold::config::DeviceClassRuleConfig;

/// A TEST ONLY product the policy calls high (a lock, say).
const LOCK_PID: u16 = 0x8123;

/// A hub with CoAP started, trusting `dev`'s PAA, where [`LOCK_PID`] is
/// high and members may open high-risk windows.
async fn hub_for(dev: &TestDevice) -> Hub {
    let roots = paa_pems(&[dev]);
    let mut hub = Hub::start_with(|cfg| {
        cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
        write_paa_roots(&cfg.state_dir, &roots);
        // The product row wins over the test hub's vendor-wide `low` row.
        cfg.commissioning
            .device_classes
            .push(DeviceClassRuleConfig {
                vid: 0xFFF1,
                pid: Some(LOCK_PID),
                class: DeviceClass::High,
            });
        // Members may open high-risk windows here (not by default): the
        // window is theirs, the approval is an owner's or admin's.
        cfg.commissioning.may_pair.member = DeviceClass::ALL.to_vec();
    })
    .await;
    let cfg = hub.cfg.clone();
    hub.daemon
        .as_mut()
        .expect("running")
        .start_coap(&cfg)
        .await
        .expect("coap");
    hub
}

/// Waits (on the audit log, bounded) for the device's first redeem refused
/// `approval_pending`; returns the device id.
async fn refused_pending(
    hub: &Hub,
    child: &tokio::task::JoinHandle<std::process::Output>,
) -> String {
    let refused = common::wait_until_async(
        Duration::from_secs(30),
        "a redeem refused with approval_pending",
        || async {
            assert!(!child.is_finished(), "simulate ended before approval");
            hub.audit()
                .await
                .into_iter()
                .find(|r| r.event.action == "token.redeem" && r.event.reason == "approval_pending")
        },
    )
    .await;
    refused
        .event
        .subject
        .strip_prefix("device:")
        .expect("device subject")
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_opening_low_for_a_high_risk_product_gets_high_and_the_device_waits() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), LOCK_PID);
    let mut hub = hub_for(&dev).await;
    let owner = hub.owner().await;
    let (_, member) = hub.invited(&owner, "member", "Bob").await;

    let w: Value = ok(post(
        &member,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    assert_eq!(w["class"], "high", "{w}");
    assert_eq!(w["requested_class"], "low");
    assert_eq!(w["class_source"], "policy");

    let child = tokio::task::spawn_blocking(simulate(&hub, &dev, &["--wait-approval", "30"]));
    // The device waits: its first /pair/redeem is refused (audited) until
    // an owner or admin approves it.
    let id = refused_pending(&hub, &child).await;
    let admit = hub
        .audit()
        .await
        .into_iter()
        .find(|r| r.event.action == "pake.admit" && r.event.subject.starts_with("window:"))
        .expect("pake.admit");
    assert_eq!(admit.event.details["class"], "high");
    assert_eq!(admit.event.details["needs_approval"], true);
    let pending = devices(&owner).await;
    let d = pending
        .iter()
        .find(|d| d.id.as_str() == id)
        .expect("device");
    assert_eq!(d.class, DeviceClass::High);
    assert_eq!(d.state.to_string(), "pending");

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
    let d = ds.iter().find(|d| d.id.as_str() == id).expect("device");
    assert_eq!(d.state.to_string(), "admitted");
    assert_eq!(d.class, DeviceClass::High);
    assert_eq!(
        d.approved_by.as_deref().map(|s| s.starts_with("u-")),
        Some(true)
    );
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_change_while_the_window_is_open_raises_its_class_at_pair_start() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8004);
    let mut hub = hub_for(&dev).await;
    let owner = hub.owner().await;
    let (_, member) = hub.invited(&owner, "member", "Bob").await;
    // Low by the vendor row: a member's low window, no approval needed...
    let w: Value = ok(post(
        &member,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    assert_eq!(w["class"], "low", "{w}");
    // ...until the owner says this product is high, before it attests.
    let _: Value = ok(hub::put_json(
        &owner,
        "/v1/policy/device-classes",
        &json!({"unknown_device_class": "high", "device_classes": [
            {"vid": 0xFFF1, "class": "low"},
            {"vid": 0xFFF1, "pid": 0x8004, "class": "high"},
        ]}),
    )
    .await);

    let child = tokio::task::spawn_blocking(simulate(&hub, &dev, &["--wait-approval", "30"]));
    let id = refused_pending(&hub, &child).await;
    let raised = hub
        .audit()
        .await
        .into_iter()
        .find(|r| r.event.action == "window.class")
        .expect("window.class audited at /pair/start");
    assert_eq!(raised.event.details["was"], "low");
    assert_eq!(raised.event.details["class"], "high");
    assert_eq!(raised.event.details["requested_class"], "low");
    assert_eq!(raised.event.details["needs_approval"], true);
    let ws: Vec<Value> = ok(hub::get(&owner, "/v1/windows").await);
    assert_eq!(ws[0]["class"], "high");
    assert_eq!(ws[0]["class_source"], "attestation");

    let _: Value = ok(post(&owner, &format!("/v1/devices/{id}/approve"), &json!({})).await);
    let out = child.await.expect("join");
    assert!(
        out.status.success(),
        "stdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let ds = devices(&owner).await;
    let d = ds.iter().find(|d| d.id.as_str() == id).expect("device");
    assert_eq!(d.state.to_string(), "admitted");
    assert_eq!(d.class, DeviceClass::High);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_shows_sets_and_resets_the_device_class_policy() {
    let mut hub = Hub::start().await;
    let socket = hub.socket.clone();
    let cli = move |args: &[&str]| {
        let socket = socket.clone();
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        move || {
            std::process::Command::new(device::BIN)
                .arg("policy")
                .args(&args)
                .arg("--socket")
                .arg(&socket)
                .output()
                .expect("run")
        }
    };
    let run = |f| async { tokio::task::spawn_blocking(f).await.expect("join") };
    let out = run(cli(&["device-classes"])).await;
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "device classes (from the configuration); unknown devices: high\n\
         VID     PID  CLASS\n0xfff1  any  low\n"
    );
    let out = run(cli(&[
        "set-device-classes",
        "--unknown",
        "medium",
        "--rule",
        "0xFFF1=low",
        "--rule",
        "0xFFF1/0x8123=high",
    ]))
    .await;
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("device classes (from the API); unknown devices: medium"),
        "{}",
        text(&out.stdout)
    );
    let out = run(cli(&["device-classes", "--json"])).await;
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["origin"], "api");
    assert_eq!(
        v["device_classes"][1],
        json!({"vid": 0xFFF1, "pid": 0x8123, "class": "high"})
    );
    let out = run(cli(&[
        "set-device-classes",
        "--rule",
        "1=low",
        "--rule",
        "1=high",
    ]))
    .await;
    assert_eq!(out.status.code(), Some(1), "refused by the hub");
    assert!(
        text(&out.stderr).contains("invalid_request"),
        "{}",
        text(&out.stderr)
    );
    let out = run(cli(&["reset-device-classes"])).await;
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("from the configuration"));
    hub.stop().await;
}
