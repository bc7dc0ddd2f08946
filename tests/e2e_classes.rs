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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_opening_low_for_a_high_risk_product_gets_high_and_the_device_waits() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), LOCK_PID);
    let roots = paa_pems(&[&dev]);
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
    let id = refused
        .event
        .subject
        .strip_prefix("device:")
        .expect("device subject")
        .to_owned();
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
