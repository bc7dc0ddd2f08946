//! Risk class from policy over the controller API (issue 11, item 2): a
//! real daemon in-process, real TLS on 127.0.0.1:0, real SQLite.

mod common;
use common::hub;

use hub::*;
use serde_json::{json, Value};
use threshold::api::types::{DeviceClasses, WindowInfo};
use threshold::audit::Outcome;
use threshold::commissioning::policy::{ClassSource, DeviceClass, DeviceClassRule};
use threshold::config::DeviceClassRuleConfig;

/// The product of [`QR`] (0xFFF1/0x8001), high by policy: a row for the
/// product wins over the test hub's vendor-wide `low` row.
async fn hub() -> Hub {
    Hub::start_with(|cfg| {
        cfg.commissioning
            .device_classes
            .push(DeviceClassRuleConfig {
                vid: 0xFFF1,
                pid: Some(0x8001),
                class: DeviceClass::High,
            });
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_class_wins_over_a_laxer_request() {
    let hub = hub().await;
    let owner = hub.owner().await;
    let (member_me, member) = hub.invited(&owner, "member", "Bob").await;

    // A member asking `low` for a device the policy calls high: refused,
    // with the reason, and audited with both classes.
    let r = post(
        &member,
        "/v1/windows",
        &json!({"payload": QR, "class": "low"}),
    )
    .await;
    let e: threshold::api::types::ErrorBody = serde_json::from_slice(&r.body).expect("error body");
    assert_eq!(r.status, 403);
    assert_eq!(e.code, "role_not_permitted");
    assert!(
        e.message.contains("asked low") && e.message.contains("policy"),
        "{}",
        e.message
    );
    let denied = hub
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|r| r.event.action == "window.open")
        .expect("audited");
    assert_eq!(denied.event.outcome, Outcome::Denied);
    assert_eq!(denied.event.actor, format!("user:{}", member_me.user_id));
    assert_eq!(denied.event.details["class"], "high");
    assert_eq!(denied.event.details["requested_class"], "low");
    assert_eq!(denied.event.details["class_source"], "policy");

    // The owner asking `low`: the window records high, and says why.
    let r = post(
        &owner,
        "/v1/windows",
        &json!({"payload": QR, "class": "low"}),
    )
    .await;
    assert_eq!(r.status, 201);
    let raw: Value = serde_json::from_slice(&r.body).expect("json");
    assert_eq!(raw["class"], "high");
    assert_eq!(raw["requested_class"], "low");
    assert_eq!(raw["class_source"], "policy");
    let listed: Vec<WindowInfo> = ok(get(&member, "/v1/windows").await);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].class, DeviceClass::High);
    assert_eq!(listed[0].requested_class, DeviceClass::Low);
    assert_eq!(listed[0].class_source, ClassSource::Policy);
    let opened = hub
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|r| r.event.action == "window.open")
        .expect("audited");
    assert_eq!(opened.event.outcome, Outcome::Success);
    assert_eq!(opened.event.details["class"], "high");
    assert_eq!(opened.event.details["requested_class"], "low");
    assert_eq!(opened.event.details["policy_match"], "product");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owner_admin_and_member_read_the_device_class_policy() {
    let hub = hub().await;
    let owner = hub.owner().await;
    let (_, admin) = hub.invited(&owner, "admin", "Ada").await;
    let (_, member) = hub.invited(&owner, "member", "Bob").await;
    let (guest_me, guest) = hub.invited(&owner, "guest", "Gus").await;

    let expected = DeviceClasses {
        unknown_device_class: DeviceClass::High,
        device_classes: vec![
            DeviceClassRule {
                vid: 0xFFF1,
                pid: None,
                class: DeviceClass::Low,
            },
            DeviceClassRule {
                vid: 0xFFF1,
                pid: Some(0x8001),
                class: DeviceClass::High,
            },
        ],
    };
    for c in [&owner, &admin, &member, &hub.admin()] {
        let got: DeviceClasses = ok(get(c, "/v1/policy/device-classes").await);
        assert_eq!(got, expected);
    }
    // The wire form: numbers, a vendor row without `pid`.
    let raw: Value = ok(get(&member, "/v1/policy/device-classes").await);
    assert_eq!(
        raw,
        json!({"unknown_device_class": "high", "device_classes": [
            {"vid": 0xFFF1, "class": "low"},
            {"vid": 0xFFF1, "pid": 0x8001, "class": "high"},
        ]})
    );

    assert_eq!(
        refused(get(&guest, "/v1/policy/device-classes").await),
        (403, "not_permitted".into())
    );
    let denied = hub
        .audit()
        .await
        .into_iter()
        .rev()
        .find(|r| r.event.action == "policy.device_classes")
        .expect("audited");
    assert_eq!(denied.event.outcome, Outcome::Denied);
    assert_eq!(denied.event.actor, format!("user:{}", guest_me.user_id));
    assert_eq!(denied.event.reason, "not_permitted");

    // Writes go through the configuration only.
    let r = owner
        .request(
            hyper::Method::PUT,
            "/v1/policy/device-classes",
            Some(&expected),
        )
        .await
        .expect("request");
    assert_eq!(refused(r), (405, "method_not_allowed".into()));
}
