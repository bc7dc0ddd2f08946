//! Standard Matter controllers commission the hub (issue 13).
//!
//! The hub runs in-process inside a network namespace (Thread on
//! OpenThread's simulated RCP, mDNS on the veth, the Matter node on
//! `[::]:5540`); the controller is the Matter SDK's Python controller
//! (Home Assistant's, `tests/tools/matter_ctl.py` through
//! `tests/common/matter.rs`) in the other namespace of the veth pair,
//! trusting the SDK's test PAA. Nothing here was written against our node:
//! the SDK decides what a correct commissioning, attestation, CASE session
//! and cluster answer are.
//!
//! * without a window, PASE fails (audited `matter.pase no_window`); a
//!   member may not open one (`403 not_permitted`);
//! * the owner opens one: `_matterc._udp` appears to python-zeroconf with
//!   the spec's subtypes; the controller commissions the hub with the
//!   factory code (PASE, attestation, AddNOC, CASE, CommissioningComplete,
//!   each audited) and `_matterc._udp` goes away;
//! * over CASE it reads Basic Information and every Thread Border Router
//!   Management attribute; GetActiveDatasetRequest answers exactly what
//!   `threshold thread dataset export` gives (audited with the fabric and
//!   node id);
//! * the controller migrates the Thread network (SetPendingDatasetRequest,
//!   timed, a new channel): a stale active timestamp is refused
//!   (`INVALID_COMMAND`, audited, nothing scheduled); a valid one is
//!   scheduled with its delay raised to the 30 s minimum (audited with
//!   both values), visible as PendingDatasetTimestamp and through
//!   GetPendingDatasetRequest; at the end of the delay the hub *and* a
//!   simulated Thread node attached to it are on the new channel;
//! * a controller whose ACL entry grants only View, then only Operate, is
//!   refused the dataset (`UNSUPPORTED_ACCESS`, audited `no_privilege`);
//! * a Matter administrator may not open a window over the air;
//! * the next window is enhanced with a fresh code; 20 wrong passcodes
//!   close it (audited `pase_failures`) and the right code then fails;
//! * after a restart of the hub the controller reads over CASE again;
//! * the owner removes the fabric (audited); the controller loses the hub;
//! * a hub with `[thread] form_network = false` and no network takes the
//!   dataset of a network another ecosystem formed (a simulated node
//!   leads it) from the controller over PASE under the fail-safe, attaches,
//!   and reverts when the fail-safe expires (audited, Thread disabled
//!   again); the second time commissioning completes and it stays;
//!   SetActiveDatasetRequest then answers `INVALID_IN_STATE`;
//! * a window expires at its deadline (the spec's shortest, 180 s):
//!   `_matterc._udp` goes (goodbye), the close is audited `expired`, and
//!   PASE with the right code then fails (audited `no_window`).

mod common;
use common::{hub, matter as mctl, netns, otsim};
use mctl::{audited, last_seq, open_window, start_parts, wait_audited};

use std::time::Duration;

use hub::Hub;
use netns::{zeroconf_browser_v6, NetNs};
use serde_json::{json, Value};
use threshold::onboarding::SetupPayload;

/// The hub's address on the veth (the controller reaches it there).
const HUB_ADDR: &str = "fd00:77::1";
const ADMIN_NODE: u64 = 112233;
const HUB_NODE: u64 = 0x1001;

/// The hub's configuration for these tests.
fn tweak(ns: &str) -> impl FnOnce(&mut threshold::config::Config) {
    mctl::hub_tweak(ns)
}

/// A blocking controller request from inside the runtime.
fn req(ctl: &mut mctl::MatterCtl, r: Value) -> Value {
    tokio::task::block_in_place(|| ctl.request(&r))
}

fn ok(ctl: &mut mctl::MatterCtl, r: Value) -> Value {
    let what = r.clone();
    let v = req(ctl, r);
    assert_eq!(v["ok"], true, "{what} -> {v}\n{}", ctl.log_tail(30));
    v
}

fn passcode_of(w: &Value) -> u32 {
    let manual = w["manual"].as_str().expect("manual code");
    let p = SetupPayload::parse(manual).expect("the manual code parses");
    let q = SetupPayload::parse(w["qr"].as_str().expect("qr")).expect("the QR parses");
    assert_eq!(p.passcode, q.passcode);
    p.passcode.value()
}

fn commission(ip: &str, passcode: u32, node: u64) -> Value {
    json!({"op": "commission", "ip": ip, "port": 5540, "passcode": passcode, "node_id": node})
}

/// The TLVs of `hex` (type, value), in order.
fn tlvs_of(hex: &str) -> Vec<(u8, Vec<u8>)> {
    let b = hex::decode(hex).expect("hex dataset");
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 <= b.len() {
        let (t, l) = (b[i], usize::from(b[i + 1]));
        out.push((t, b[i + 2..i + 2 + l].to_vec()));
        i += 2 + l;
    }
    out
}

/// A pending dataset (hex) moving the network of `active` to `channel`,
/// with active timestamp `active_ts`, pending timestamp `pending_ts` and a
/// delay of `delay_ms`.
fn pending_dataset(
    active: &str,
    channel: u8,
    active_ts: u64,
    pending_ts: u64,
    delay_ms: u32,
) -> String {
    let mut out = Vec::new();
    let mut put = |t: u8, v: &[u8]| {
        out.push(t);
        out.push(v.len() as u8);
        out.extend_from_slice(v);
    };
    for (t, v) in tlvs_of(active) {
        match t {
            0 => put(0, &[0, 0, channel]),
            14 => put(14, &active_ts.to_be_bytes()),
            _ => put(t, &v),
        }
    }
    put(51, &pending_ts.to_be_bytes());
    put(52, &delay_ms.to_be_bytes());
    hex::encode(out)
}

/// The controller moves the hub's Thread network to another channel; a
/// simulated node attached to it follows.
async fn migrate_the_network(hub: &Hub, ctl: &mut mctl::MatterCtl, ns: &str, active: &str) {
    let thread = hub.daemon().thread().expect("thread running");
    let mut node = tokio::task::block_in_place(|| {
        let mut n = otsim::CliNode::start(ns, 2);
        n.join(active, Duration::from_secs(60));
        n
    });
    let fields = tlvs_of(active);
    let field = |t: u8| {
        fields
            .iter()
            .find(|(ty, _)| *ty == t)
            .map(|(_, v)| v.clone())
            .expect("TLV present")
    };
    let channel = field(0)[2];
    let to = if channel == 20 { 21 } else { 20 };
    let ts = u64::from_be_bytes(field(14).try_into().expect("8 bytes"));
    let set = |hex: &str| {
        json!({"op": "invoke", "node_id": HUB_NODE, "endpoint": 1,
               "cluster": "ThreadBorderRouterManagement",
               "command": "SetPendingDatasetRequest",
               "args": {"pendingDataset": hex}, "timed_ms": 2000})
    };

    // The active timestamp is the one in force: refused, audited, nothing
    // scheduled.
    let t = last_seq(hub).await;
    let r = req(ctl, set(&pending_dataset(active, to, ts, 1 << 16, 1000)));
    assert_eq!(r["status_name"], "INVALID_COMMAND", "{r}");
    wait_audited(
        hub,
        "matter.dataset_set",
        "stale_active_timestamp",
        t,
        Duration::from_secs(5),
    )
    .await;
    // Without the delay timer: refused, with the reason.
    let mut no_delay = pending_dataset(active, to, ts + (1 << 16), 1 << 16, 1000);
    no_delay.truncate(no_delay.len() - 12);
    let r = req(ctl, set(&no_delay));
    assert_eq!(r["status_name"], "INVALID_COMMAND", "{r}");
    let rec = wait_audited(
        hub,
        "matter.dataset_set",
        "invalid_dataset",
        t,
        Duration::from_secs(5),
    )
    .await;
    assert!(
        rec.event.details["detail"]
            .as_str()
            .is_some_and(|d| d.contains("delay timer")),
        "{:?}",
        rec.event
    );
    // Not timed: the interaction model refuses it (the spec).
    let mut untimed = set(&pending_dataset(active, to, ts + (1 << 16), 1 << 16, 1000));
    untimed["timed_ms"] = Value::Null;
    let r = req(ctl, untimed);
    assert_eq!(r["status_name"], "NEEDS_TIMED_INTERACTION", "{r}");
    let tbr = ok(
        ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 1,
               "cluster": "ThreadBorderRouterManagement",
               "attributes": ["PendingDatasetTimestamp", "FeatureMap"]}),
    );
    assert_eq!(
        tbr["values"]["PendingDatasetTimestamp"],
        Value::Null,
        "{tbr}"
    );
    assert_eq!(tbr["values"]["FeatureMap"], 1, "PANChange: {tbr}");

    // A valid migration, asked with a 1 s delay: scheduled with 30 s.
    let new_ts = ts + (1 << 16);
    let pending_ts = 2 << 16;
    let t = last_seq(hub).await;
    ok(
        ctl,
        set(&pending_dataset(active, to, new_ts, pending_ts, 1000)),
    );
    let rec = wait_audited(hub, "matter.dataset_set", "ok", t, Duration::from_secs(5)).await;
    let d = &rec.event.details;
    assert_eq!(d["channel"], u64::from(to), "{d}");
    assert_eq!(
        (d["delay_asked_ms"].as_u64(), d["delay_ms"].as_u64()),
        (Some(1000), Some(30_000)),
        "{d}"
    );
    assert_eq!(d["key_changes"], false, "{d}");
    assert_eq!(d["node_id"], format!("{ADMIN_NODE:016X}"), "{d}");
    let record = serde_json::to_string(&rec.event).expect("json");
    assert!(
        !record.contains(&hex::encode(field(5))),
        "never the key: {record}"
    );
    tokio::task::block_in_place(|| {
        common::wait_until(Duration::from_secs(10), "PendingDatasetTimestamp", || {
            let v = ctl.request(&json!({"op": "read", "node_id": HUB_NODE, "endpoint": 1,
                   "cluster": "ThreadBorderRouterManagement",
                   "attributes": ["PendingDatasetTimestamp"]}));
            v["values"]["PendingDatasetTimestamp"] == pending_ts
        })
    });
    let got = ok(
        ctl,
        json!({"op": "invoke", "node_id": HUB_NODE, "endpoint": 1,
               "cluster": "ThreadBorderRouterManagement",
               "command": "GetPendingDatasetRequest", "args": {}}),
    );
    let got = got["response"]["dataset"]
        .as_str()
        .expect("pending dataset")
        .to_owned();
    let got = tlvs_of(&got);
    assert!(
        got.contains(&(51, pending_ts.to_be_bytes().to_vec())),
        "{got:?}"
    );
    assert!(got.contains(&(0, vec![0, 0, to])), "{got:?}");

    // At the end of the delay both the hub and the node are on the new
    // channel, with the new active timestamp.
    otsim::wait_status(&thread, Duration::from_secs(90), "the migration", |s| {
        s.channel == to
    })
    .await;
    tokio::task::block_in_place(|| {
        common::wait_until(
            Duration::from_secs(30),
            "the node on the new channel",
            || {
                let c = node.cmd("channel");
                if c.first().map(String::as_str) == Some(&to.to_string()) {
                    Ok(())
                } else {
                    Err(format!("channel {c:?}"))
                }
            },
        );
        node.wait_state(&["child", "router"], Duration::from_secs(60));
    });
    let export: Value = hub::ok(hub::get(&hub.admin(), "/v1/thread/dataset").await);
    let now = tlvs_of(export["tlvs"].as_str().expect("tlvs"));
    assert!(
        now.contains(&(14, new_ts.to_be_bytes().to_vec())),
        "{now:?}"
    );
    drop(node);
}

#[test]
fn home_assistants_controller_commissions_the_hub_under_its_rules() {
    mctl::in_hub_namespace("mtc", scenario);
}

async fn scenario(ns: String, ctl_ns: NetNs) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let paa = mctl::paa_dir(tmp.path());
    let mut hub = Hub::start_with(tweak(&ns)).await;
    start_parts(&mut hub).await;
    let mut browser = zeroconf_browser_v6(&ctl_ns, &["_matterc._udp.local."]);
    let mut ctl = tokio::task::block_in_place(|| {
        mctl::MatterCtl::start(&ctl_ns, &tmp.path().join("ctl"), &paa)
    });

    // No window: PASE fails, audited.
    let t0 = last_seq(&hub).await;
    let r = req(&mut ctl, commission(HUB_ADDR, 20202021, HUB_NODE));
    assert_eq!(r["ok"], false, "{r}");
    wait_audited(
        &hub,
        "matter.pase",
        "no_window",
        t0,
        Duration::from_secs(10),
    )
    .await;
    assert!(
        browser.drain().iter().all(|l| !l.contains("\"added\"")),
        "no _matterc._udp without a window"
    );

    // A member may not open one.
    let (_, member) = hub.invited(&hub.owner().await, "member", "kid").await;
    let (status, code) = hub::refused(hub::post(&member, "/v1/matter/window", &json!({})).await);
    assert_eq!((status, code.as_str()), (403, "not_permitted"));
    let (status, code) =
        hub::refused(hub::post(&hub.admin(), "/v1/matter/window", &json!({"seconds": 60})).await);
    assert_eq!((status, code.as_str()), (400, "matter_window_ttl"));

    // The owner opens the first window: basic, on the factory code.
    let t1 = last_seq(&hub).await;
    let w = open_window(&hub, json!({})).await;
    assert_eq!(w["kind"], "basic", "{w}");
    let factory = passcode_of(&w);
    let disc = w["discriminator"].as_u64().expect("discriminator");
    let added = browser.wait_line(Duration::from_secs(20), "_matterc._udp", |l| {
        l.contains("\"added\"")
    });
    let added: Value = serde_json::from_str(&added).expect("json");
    assert_eq!(added["port"], 5540, "{added}");
    assert_eq!(added["txt"]["D"], disc.to_string(), "{added}");
    assert_eq!(added["txt"]["CM"], "1", "{added}");
    assert_eq!(added["txt"]["VP"], "65521+32769", "{added}");
    // Each subtype finds it (the SDK browses them with ANY queries).
    // (The SDK lists a node once per address family it answered on.)
    for filter in [
        json!({"long_discriminator": disc}),
        json!({"short_discriminator": (disc >> 8)}),
        json!({"vendor_id": 0xFFF1}),
    ] {
        let found = ok(
            &mut ctl,
            json!({"op": "discover", "seconds": 3, "filter": filter}),
        );
        let nodes = found["nodes"].as_array().cloned().unwrap_or_default();
        assert!(!nodes.is_empty(), "{filter}: {found}");
        for n in &nodes {
            assert_eq!(n["longDiscriminator"], disc, "{found}");
            assert_eq!(n["deviceType"], 0x0091, "{found}");
            assert_eq!(n["commissioningMode"], 1, "{found}");
        }
    }

    // The controller commissions the hub.
    let r = ok(&mut ctl, commission(HUB_ADDR, factory, HUB_NODE));
    eprintln!("commissioned in {} s", r["elapsed"]);
    for (action, reason) in [
        ("matter.window_open", "ok"),
        ("matter.pase", "ok"),
        ("matter.failsafe", "armed"),
        ("matter.fabric_added", "ok"),
        ("matter.commissioned", "ok"),
        ("matter.window_close", "commissioned"),
    ] {
        wait_audited(&hub, action, reason, t1, Duration::from_secs(10)).await;
    }
    let fabric = &audited(&hub, "matter.fabric_added", t1).await[0]
        .event
        .details;
    assert_eq!(fabric["vendor_id"], "0xFFF1", "{fabric}");
    assert_eq!(fabric["node_id"], format!("{HUB_NODE:016X}"), "{fabric}");
    assert_eq!(fabric["root_sha256"].as_str().map(str::len), Some(64));
    browser.wait_line(Duration::from_secs(10), "_matterc._udp goodbye", |l| {
        l.contains("\"removed\"")
    });

    // Basic Information and the TBR endpoint over CASE.
    let bi = ok(
        &mut ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 0, "cluster": "BasicInformation",
               "attributes": ["VendorID", "ProductID", "VendorName", "ProductName",
                              "SoftwareVersionString"]}),
    );
    assert_eq!(bi["values"]["VendorID"], 0xFFF1, "{bi}");
    assert_eq!(bi["values"]["ProductID"], 0x8001, "{bi}");
    assert_eq!(bi["values"]["VendorName"], "Threshold", "{bi}");
    assert_eq!(
        bi["values"]["SoftwareVersionString"],
        env!("CARGO_PKG_VERSION"),
        "{bi}"
    );
    let tbr = ok(
        &mut ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 1,
               "cluster": "ThreadBorderRouterManagement"}),
    );
    let v = &tbr["values"];
    let agent_id = std::fs::read(hub.cfg.state_dir.join("border-agent-id")).expect("agent id");
    assert_eq!(v["BorderAgentID"], hex::encode(&agent_id), "{tbr}");
    assert!(v["ThreadVersion"].as_u64().unwrap_or(0) >= 4, "{tbr}");
    assert_eq!(v["InterfaceEnabled"], true, "{tbr}");
    assert!(v["ActiveDatasetTimestamp"].as_u64().is_some(), "{tbr}");
    assert!(
        v["BorderRouterName"]
            .as_str()
            .is_some_and(|s| !s.is_empty()),
        "{tbr}"
    );
    let desc = ok(
        &mut ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 1, "cluster": "Descriptor",
               "attributes": ["DeviceTypeList"]}),
    );
    assert!(
        desc.to_string().contains("145"),
        "TBR device type 0x0091: {desc}"
    );

    // The active dataset, as the hub exports it.
    let t2 = last_seq(&hub).await;
    let ds = ok(
        &mut ctl,
        json!({"op": "invoke", "node_id": HUB_NODE, "endpoint": 1,
               "cluster": "ThreadBorderRouterManagement",
               "command": "GetActiveDatasetRequest", "args": {}}),
    );
    let export: Value = hub::ok(hub::get(&hub.admin(), "/v1/thread/dataset").await);
    assert_eq!(
        ds["response"]["dataset"]
            .as_str()
            .map(str::to_ascii_lowercase),
        export["tlvs"].as_str().map(str::to_ascii_lowercase),
        "{ds}"
    );
    let read = wait_audited(
        &hub,
        "matter.dataset_read",
        "ok",
        t2,
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(read.event.details["node_id"], format!("{ADMIN_NODE:016X}"));
    assert_eq!(read.event.details["session"], "case");
    // Setting the active dataset needs an armed fail-safe (the spec).
    let r = req(
        &mut ctl,
        json!({"op": "invoke", "node_id": HUB_NODE, "endpoint": 1,
               "cluster": "ThreadBorderRouterManagement",
               "command": "SetActiveDatasetRequest",
               "args": {"activeDataset": export["tlvs"], "breadcrumb": 1},
               "timed_ms": 2000}),
    );
    assert_eq!(r["status_name"], "FAILSAFE_REQUIRED", "{r}");

    migrate_the_network(&hub, &mut ctl, &ns, export["tlvs"].as_str().expect("tlvs")).await;

    // Less than Manage: refused and audited.
    ok(&mut ctl, json!({"op": "add_controller", "node_id": 4444}));
    for privilege in ["view", "operate"] {
        ok(
            &mut ctl,
            json!({"op": "write_acl", "node_id": HUB_NODE, "entries": [
                {"privilege": "administer", "auth_mode": "case", "subjects": [ADMIN_NODE], "targets": null},
                {"privilege": privilege, "auth_mode": "case", "subjects": [4444], "targets": null}
            ]}),
        );
        let t = last_seq(&hub).await;
        let r = req(
            &mut ctl,
            json!({"op": "invoke", "controller": 4444, "node_id": HUB_NODE, "endpoint": 1,
                   "cluster": "ThreadBorderRouterManagement",
                   "command": "GetActiveDatasetRequest", "args": {}}),
        );
        assert_eq!(r["ok"], false, "{privilege}: {r}");
        assert_eq!(r["status_name"], "UNSUPPORTED_ACCESS", "{privilege}: {r}");
        let rec = wait_audited(
            &hub,
            "matter.dataset_read",
            "no_privilege",
            t,
            Duration::from_secs(5),
        )
        .await;
        assert_eq!(rec.event.details["node_id"], format!("{:016X}", 4444));
        // Reading attributes still works at View.
        ok(
            &mut ctl,
            json!({"op": "read", "controller": 4444, "node_id": HUB_NODE, "endpoint": 1,
                   "cluster": "ThreadBorderRouterManagement", "attributes": ["ThreadVersion"]}),
        );
    }

    // A Matter administrator may not open a window over the air.
    let t3 = last_seq(&hub).await;
    let r = req(
        &mut ctl,
        json!({"op": "open_window", "node_id": HUB_NODE, "seconds": 180, "enhanced": true}),
    );
    assert_eq!(r["ok"], false, "{r}");
    wait_audited(
        &hub,
        "matter.window_open",
        "over_the_air",
        t3,
        Duration::from_secs(5),
    )
    .await;

    // The next window is enhanced, with a fresh code; 20 wrong passcodes
    // close it.
    let w2 = open_window(&hub, json!({"seconds": 180})).await;
    assert_eq!(w2["kind"], "enhanced", "{w2}");
    let fresh = passcode_of(&w2);
    assert_ne!(fresh, factory);
    let wrong = if fresh == 11223344 {
        11223345
    } else {
        11223344
    };
    let t4 = last_seq(&hub).await;
    for i in 0..20 {
        let r = req(&mut ctl, commission(HUB_ADDR, wrong, 0x2000 + i));
        assert_eq!(r["ok"], false, "attempt {i}: {r}");
    }
    wait_audited(
        &hub,
        "matter.window_close",
        "pase_failures",
        t4,
        Duration::from_secs(10),
    )
    .await;
    assert_eq!(
        audited(&hub, "matter.pase", t4)
            .await
            .iter()
            .filter(|r| r.event.reason == "wrong_passcode")
            .count(),
        20
    );
    let r = req(&mut ctl, commission(HUB_ADDR, fresh, 0x3000));
    assert_eq!(r["ok"], false, "the window closed: {r}");

    // A restart: the fabric, its ACL and the keys persist.
    let before = hub::ok::<Vec<Value>>(hub::get(&hub.admin(), "/v1/matter/fabrics").await);
    assert_eq!(before.len(), 1);
    let state = hub.cfg.state_dir.join("matter");
    for e in std::fs::read_dir(&state).expect("matter state") {
        use std::os::unix::fs::PermissionsExt;
        let m = e
            .expect("entry")
            .metadata()
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(m & 0o077, 0, "state files are private");
    }
    hub.stop().await;
    let mut hub = Hub::restart(hub.dir, tweak(&ns)).await;
    start_parts(&mut hub).await;
    ok(
        &mut ctl,
        json!({"op": "expire_sessions", "node_id": HUB_NODE}),
    );
    let bi = ok(
        &mut ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 0, "cluster": "BasicInformation",
               "attributes": ["VendorID"]}),
    );
    assert_eq!(bi["values"]["VendorID"], 0xFFF1, "{bi}");
    let after = hub::ok::<Vec<Value>>(hub::get(&hub.admin(), "/v1/matter/fabrics").await);
    assert_eq!(after, before);

    // The owner removes the fabric: audited; the controller loses the hub.
    let t5 = last_seq(&hub).await;
    let idx = after[0]["index"].as_u64().expect("index");
    let gone: Value =
        hub::ok(hub::delete(&hub.admin(), &format!("/v1/matter/fabrics/{idx}")).await);
    assert_eq!(gone["index"], idx);
    let rec = wait_audited(
        &hub,
        "matter.fabric_removed",
        "user:local-admin",
        t5,
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(rec.event.details["fabric_index"], idx);
    let (status, code) =
        hub::refused(hub::delete(&hub.admin(), &format!("/v1/matter/fabrics/{idx}")).await);
    assert_eq!((status, code.as_str()), (404, "not_found"));
    ok(
        &mut ctl,
        json!({"op": "expire_sessions", "node_id": HUB_NODE}),
    );
    let r = req(
        &mut ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 0, "cluster": "BasicInformation",
               "attributes": ["VendorID"], "timeout": 15}),
    );
    assert_eq!(r["ok"], false, "no CASE after the fabric is gone: {r}");
    tokio::task::block_in_place(|| ctl.shutdown());
    hub.stop().await;
}

#[test]
fn a_window_expires_at_its_deadline_and_then_refuses_pase() {
    mctl::in_hub_namespace("mte", expiry);
}

async fn expiry(ns: String, ctl_ns: NetNs) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let paa = mctl::paa_dir(tmp.path());
    let base = tweak(&ns);
    let mut hub = Hub::start_with(|cfg| {
        base(cfg);
        cfg.thread.enabled = false;
    })
    .await;
    start_parts(&mut hub).await;
    let mut browser = zeroconf_browser_v6(&ctl_ns, &["_matterc._udp.local."]);
    let t0 = last_seq(&hub).await;
    let w = open_window(&hub, json!({"seconds": 180})).await;
    assert_eq!(w["ttl_secs"], 180, "{w}");
    let code = passcode_of(&w);
    browser.wait_line(Duration::from_secs(20), "_matterc._udp", |l| {
        l.contains("\"added\"")
    });
    let st: Value = hub::ok(hub::get(&hub.admin(), "/v1/matter").await);
    assert_eq!(st["node"]["window_open"], true, "{st}");
    assert!(
        st["window"]["remaining_ms"].as_u64().unwrap_or(0) <= 180_000,
        "{st}"
    );
    // The deadline: the core closes the window (and tells the node), the
    // record goes with a goodbye.
    wait_audited(
        &hub,
        "matter.window_close",
        "expired",
        t0,
        Duration::from_secs(200),
    )
    .await;
    browser.wait_line(Duration::from_secs(20), "_matterc._udp goodbye", |l| {
        l.contains("\"removed\"")
    });
    let st: Value = hub::ok(hub::get(&hub.admin(), "/v1/matter").await);
    assert_eq!(st["node"]["window_open"], false, "{st}");
    assert_eq!(st["window"], Value::Null, "{st}");
    let mut ctl = tokio::task::block_in_place(|| {
        mctl::MatterCtl::start(&ctl_ns, &tmp.path().join("ctl"), &paa)
    });
    let t1 = last_seq(&hub).await;
    let r = req(&mut ctl, commission(HUB_ADDR, code, HUB_NODE));
    assert_eq!(r["ok"], false, "the window expired: {r}");
    wait_audited(
        &hub,
        "matter.pase",
        "no_window",
        t1,
        Duration::from_secs(10),
    )
    .await;
    tokio::task::block_in_place(|| ctl.shutdown());
    hub.stop().await;
}

#[test]
fn a_hub_without_a_network_takes_the_controllers_dataset_under_its_fail_safe() {
    mctl::in_hub_namespace("mta", provisional);
}

/// SetActiveDatasetRequest over PASE, as a commissioner sends it.
fn set_active(node: u64, tlvs: &str) -> Value {
    json!({"op": "invoke", "node_id": node, "endpoint": 1,
           "cluster": "ThreadBorderRouterManagement",
           "command": "SetActiveDatasetRequest",
           "args": {"activeDataset": tlvs, "breadcrumb": 1}, "timed_ms": 2000})
}

fn arm_fail_safe(node: u64, seconds: u16) -> Value {
    json!({"op": "invoke", "node_id": node, "endpoint": 0,
           "cluster": "GeneralCommissioning", "command": "ArmFailSafe",
           "args": {"expiryLengthSeconds": seconds, "breadcrumb": 0}})
}

/// A hub with `[thread] form_network = false` and no dataset joins the
/// network another ecosystem formed (a simulated node leads it) when a
/// controller sets that network's dataset while commissioning it: the
/// first time the controller lets the fail-safe expire and the hub
/// reverts (the dataset deleted, Thread disabled, audited); the second time
/// it completes commissioning and the dataset stays.
async fn provisional(ns: String, ctl_ns: NetNs) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let paa = mctl::paa_dir(tmp.path());
    let mut other = tokio::task::block_in_place(|| {
        let mut n = otsim::CliNode::start(&ns, 2);
        n.cmd("dataset init new");
        n.cmd("dataset networkname other-eco");
        n.cmd("dataset commit active");
        n.cmd("ifconfig up");
        n.cmd("thread start");
        n.wait_state(&["leader"], Duration::from_secs(60));
        n
    });
    let theirs = tokio::task::block_in_place(|| other.dataset_hex());
    let their_xpan = hex::encode(
        &tlvs_of(&theirs)
            .into_iter()
            .find(|(t, _)| *t == 2)
            .expect("extended PAN id")
            .1,
    );

    let base = mctl::hub_tweak(&ns);
    let mut hub = Hub::start_with(|cfg| {
        base(cfg);
        cfg.thread.form_network = false;
    })
    .await;
    let cfg = hub.cfg.clone();
    let thread = {
        let d = hub.daemon.as_mut().expect("running");
        let coap = d.start_coap(&cfg).await.expect("coap");
        let mdns = d.start_mdns(&cfg, &coap).await.expect("mdns");
        let h = d.start_thread(&cfg, mdns.as_ref()).expect("thread");
        d.start_matter(&cfg, mdns.as_ref()).expect("matter");
        h
    };
    let disabled = |s: &threshold::thread::ThreadStatus| s.role == "disabled";
    otsim::wait_status(
        &thread,
        Duration::from_secs(30),
        "idle, no network",
        disabled,
    )
    .await;
    assert!(thread.export_dataset().await.is_err(), "no dataset formed");

    let mut ctl = tokio::task::block_in_place(|| {
        mctl::MatterCtl::start(&ctl_ns, &tmp.path().join("ctl"), &paa)
    });
    let w = open_window(&hub, json!({})).await;
    let factory = passcode_of(&w);
    let pase = json!({"op": "pase", "ip": HUB_ADDR, "port": 5540, "passcode": factory,
                      "node_id": HUB_NODE});
    ok(&mut ctl, pase.clone());

    // PASE armed the fail-safe (the spec, rs-matter: 60 s); a
    // commissioner re-arms it to what it needs (FAILSAFE_REQUIRED without
    // one: the CASE scenario above).
    let t0 = last_seq(&hub).await;
    // Under a 20 s fail-safe: a malformed dataset is refused; theirs is
    // taken and the hub attaches to their network.
    ok(&mut ctl, arm_fail_safe(HUB_NODE, 20));
    let r = req(&mut ctl, set_active(HUB_NODE, &theirs[..24]));
    assert_eq!(r["status_name"], "INVALID_COMMAND", "{r}");
    wait_audited(
        &hub,
        "matter.dataset_set",
        "invalid_dataset",
        t0,
        Duration::from_secs(5),
    )
    .await;
    ok(&mut ctl, set_active(HUB_NODE, &theirs));
    let rec = wait_audited(&hub, "matter.dataset_set", "ok", t0, Duration::from_secs(5)).await;
    assert_eq!(rec.event.subject, "dataset:active");
    assert_eq!(rec.event.details["ext_pan_id"], their_xpan.as_str());
    assert_eq!(rec.event.details["session"], "pase");
    let attached = |s: &threshold::thread::ThreadStatus| {
        matches!(s.role.as_str(), "child" | "router") && s.ext_pan_id == their_xpan
    };
    // The fail-safe expires without CommissioningComplete: reverted.
    let st = otsim::wait_status(
        &thread,
        Duration::from_secs(20),
        "attached to their network",
        attached,
    )
    .await;
    eprintln!("attached as {} before the fail-safe expired", st.role);
    wait_audited(
        &hub,
        "matter.dataset_set",
        "reverted",
        t0,
        Duration::from_secs(30),
    )
    .await;
    wait_audited(
        &hub,
        "thread.dataset_cleared",
        "ok",
        t0,
        Duration::from_secs(5),
    )
    .await;
    otsim::wait_status(&thread, Duration::from_secs(10), "idle again", disabled).await;
    assert!(
        thread.export_dataset().await.is_err(),
        "the dataset is gone"
    );

    // Again, and this time commissioning completes: the dataset stays.
    let t1 = last_seq(&hub).await;
    // A new PASE session (the expiry ended the first), under another node
    // id so that the SDK does not reuse the one it had.
    const SECOND: u64 = HUB_NODE + 1;
    let mut pase = pase;
    pase["node_id"] = json!(SECOND);
    ok(&mut ctl, pase);
    ok(&mut ctl, arm_fail_safe(SECOND, 120));
    ok(&mut ctl, set_active(SECOND, &theirs));
    ok(
        &mut ctl,
        json!({"op": "finish_commission", "node_id": SECOND}),
    );
    wait_audited(
        &hub,
        "matter.commissioned",
        "ok",
        t1,
        Duration::from_secs(10),
    )
    .await;
    let marker = hub.cfg.state_dir.join("matter-provisional-dataset");
    tokio::task::block_in_place(|| {
        common::wait_until(
            Duration::from_secs(10),
            "the provisional dataset kept",
            || !marker.exists(),
        )
    });
    assert!(
        audited(&hub, "matter.dataset_set", t1)
            .await
            .iter()
            .all(|r| r.event.reason != "reverted"),
        "kept"
    );
    otsim::wait_status(
        &thread,
        Duration::from_secs(30),
        "on their network",
        attached,
    )
    .await;
    let export: Value = hub::ok(hub::get(&hub.admin(), "/v1/thread/dataset").await);
    assert_eq!(
        export["tlvs"].as_str().map(str::to_ascii_lowercase),
        Some(theirs.to_ascii_lowercase())
    );

    // Now the hub has a dataset: a controller cannot replace it this way
    // (over CASE, under a new fail-safe).
    ok(&mut ctl, arm_fail_safe(SECOND, 30));
    let r = req(&mut ctl, set_active(SECOND, &theirs));
    assert_eq!(r["status_name"], "INVALID_IN_STATE", "{r}");
    wait_audited(
        &hub,
        "matter.dataset_set",
        "has_dataset",
        t1,
        Duration::from_secs(5),
    )
    .await;
    ok(&mut ctl, arm_fail_safe(SECOND, 0));
    tokio::task::block_in_place(|| {
        ctl.shutdown();
        drop(other);
    });
}
