//! Risk class from policy over the controller API (issue 11, item 2): a
//! real daemon in-process, real TLS on 127.0.0.1:0, real SQLite.

mod common;
use common::hub;

use hub::*;
use serde_json::{json, Value};
use threshold::api::types::{DeviceClasses, WindowInfo};
use threshold::audit::Outcome;
use threshold::commissioning::policy::{
    ClassSource, DeviceClass, DeviceClassRule, Role, TableOrigin,
};
use threshold::commissioning::Actor;
use threshold::config::DeviceClassRuleConfig;
use threshold::daemon::Daemon;

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
async fn owner_admin_and_member_read_the_device_class_policy_owner_and_admin_change_it() {
    let mut hub = hub().await;
    let owner = hub.owner().await;
    let (_, admin) = hub.invited(&owner, "admin", "Ada").await;
    let (member_me, member) = hub.invited(&owner, "member", "Bob").await;
    let (guest_me, guest) = hub.invited(&owner, "guest", "Gus").await;

    let from_config = DeviceClasses {
        origin: TableOrigin::Config,
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
        let got: DeviceClasses = ok(get(c, PATH).await);
        assert_eq!(got, from_config);
    }
    // The wire form: numbers, a vendor row without `pid`.
    let raw: Value = ok(get(&member, PATH).await);
    assert_eq!(
        raw,
        json!({"origin": "config", "unknown_device_class": "high", "device_classes": [
            {"vid": 0xFFF1, "class": "low"},
            {"vid": 0xFFF1, "pid": 0x8001, "class": "high"},
        ]})
    );
    assert_eq!(
        refused(get(&guest, PATH).await),
        (403, "not_permitted".into())
    );
    let denied = last(&hub, "policy.device_classes").await;
    assert_eq!(denied.event.outcome, Outcome::Denied);
    assert_eq!(denied.event.actor, format!("user:{}", guest_me.user_id));
    assert_eq!(denied.event.reason, "not_permitted");

    // Members may not change it (refused, audited); a table with two rows
    // for one product is a bad request.
    let lax = json!({"unknown_device_class": "medium", "device_classes": [
        {"vid": 0xFFF1, "pid": 0x8001, "class": "low"},
    ]});
    assert_eq!(
        refused(put_json(&member, PATH, &lax).await),
        (403, "not_permitted".into())
    );
    let denied = last(&hub, "policy.device_classes").await;
    assert_eq!(denied.event.actor, format!("user:{}", member_me.user_id));
    let dup = json!({"unknown_device_class": "high", "device_classes": [
        {"vid": 1, "class": "low"}, {"vid": 1, "class": "high"},
    ]});
    assert_eq!(
        refused(put_json(&admin, PATH, &dup).await),
        (400, "invalid_request".into())
    );
    let unknown_field = json!({"unknown_device_class": "high", "device_classes": [], "x": 1});
    assert_eq!(
        refused(put_json(&admin, PATH, &unknown_field).await),
        (400, "invalid_request".into())
    );

    // An admin replaces it: in force at once, audited, stored.
    let set: Value = ok(put_json(&admin, PATH, &lax).await);
    assert_eq!(set["origin"], "api");
    assert_eq!(set["unknown_device_class"], "medium");
    let changed = last(&hub, "policy.device_classes").await;
    assert_eq!(changed.event.outcome, Outcome::Success);
    assert_eq!(changed.event.details["origin"], "api");
    let w: WindowInfo = ok(post(
        &member,
        "/v1/windows",
        &json!({"payload": QR, "class": "low"}),
    )
    .await);
    assert_eq!(w.class, DeviceClass::Low, "the product is low now");

    // It survives a restart (the configuration still says high).
    let cfg = hub.cfg.clone();
    hub.stop().await;
    let d = Daemon::start(&cfg).await.expect("restart");
    let local = Actor {
        user: "local-admin".into(),
        role: Role::Owner,
        channel: "local",
    };
    let (table, origin) = d
        .core
        .call(move |c, now| c.device_classes(now, &local))
        .await
        .expect("core")
        .expect("owner");
    assert_eq!(origin, TableOrigin::Api);
    assert_eq!(table.unknown(), DeviceClass::Medium);
    d.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_brings_the_configurations_table_back() {
    let hub = hub().await;
    let owner = hub.owner().await;
    let lax = json!({"unknown_device_class": "low", "device_classes": []});
    let set: DeviceClasses = ok(put_json(&owner, PATH, &lax).await);
    assert_eq!(set.origin, TableOrigin::Api);
    let back: DeviceClasses = ok(delete(&owner, PATH).await);
    assert_eq!(back.origin, TableOrigin::Config);
    assert_eq!(back.unknown_device_class, DeviceClass::High);
    assert_eq!(back.device_classes.len(), 2);
    let got: DeviceClasses = ok(get(&owner, PATH).await);
    assert_eq!(got, back);
    let reset = last(&hub, "policy.device_classes").await;
    assert_eq!(reset.event.details["origin"], "config");
}

const PATH: &str = "/v1/policy/device-classes";

/// The newest audit record of `action`.
async fn last(hub: &Hub, action: &str) -> threshold::audit::AuditRecord {
    hub.audit()
        .await
        .into_iter()
        .rev()
        .find(|r| r.event.action == action)
        .expect("audited")
}
