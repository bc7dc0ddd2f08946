//! A second, independent Matter stack commissions the hub (issue 13):
//! matter.js's controller (npm `@project-chip/matter.js`, driven by
//! `tests/tools/matterjs/ctl.mjs` through `tests/common/matterjs.rs`) joins
//! the hub as a second fabric, next to the Matter SDK's Python controller.
//!
//! * the hub runs in-process in one namespace of a veth pair (Thread on the
//!   simulated RCP, mDNS on the veth, the Matter node); both controllers run
//!   in the other, side by side (the SDK's minimal mDNS and matter.js's share
//!   its port 5353; the SDK's controller holds the machine-wide controller
//!   lock while it runs);
//! * the Python controller commissions the hub first (fabric 1, basic
//!   window, factory code);
//! * the owner opens an enhanced window through the API; matter.js finds
//!   the hub through our mDNS by the manual code's discriminator and
//!   commissions it with that code's fresh passcode, trusting only the SDK's
//!   test PAAs: fabric 2, another vendor id;
//! * over CASE matter.js reads Basic Information, every Thread Border Router
//!   Management attribute and the active dataset, which equals
//!   `GET /v1/thread/dataset`;
//! * `GET /v1/matter/fabrics` lists both fabrics; the audit log has two
//!   `matter.fabric_added` and the enhanced `matter.window_open`;
//! * after a restart of the hub both controllers (restarted on their
//!   storage) read attributes over CASE again; the fabrics, their labels
//!   included, are as before (rs-matter 0.4.1 kept an UpdateFabricLabel in
//!   memory only: fixed in the vendored copy, vendor/README.md);
//! * the time from the owner's window open to CommissioningComplete, p50 over
//!   five matter.js fabrics (each removed by the owner), goes to stderr;
//! * trusting only the SDK's other test PAA, matter.js refuses the hub
//!   (`PaaNotTrusted`) and no fabric is added.

mod common;
use common::{hub, matter as mctl, matterjs, netns};

use std::time::{Duration, Instant};

use hub::Hub;
use mctl::{audited, last_seq, open_window, start_parts, wait_audited};
use netns::NetNs;
use serde_json::{json, Value};
use threshold::onboarding::SetupPayload;

/// The hub's address on the veth.
const HUB_ADDR: &str = "fd00:77::1";
/// The hub's node id on the Python controller's fabric.
const HUB_NODE: u64 = 0x1001;
/// The hub's node id on matter.js's fabric.
const JS_NODE: u64 = 0x2002;
/// matter.js's fabric id and the vendor id in its NOCs.
const JS_FABRIC: u64 = 2;
const JS_VENDOR: u16 = 0xFFF2;

fn ok(ctl: &mut mctl::MatterCtl, r: Value) -> Value {
    let what = r.clone();
    let v = tokio::task::block_in_place(|| ctl.request(&r));
    assert_eq!(v["ok"], true, "{what} -> {v}\n{}", ctl.log_tail(30));
    v
}

fn js_ok(js: &mut matterjs::MatterJs, r: Value) -> Value {
    tokio::task::block_in_place(|| js.ok(&r))
}

fn start_python(ns: &NetNs, dir: &std::path::Path, paa: &std::path::Path) -> mctl::MatterCtl {
    tokio::task::block_in_place(|| mctl::MatterCtl::start(ns, &dir.join("ctl"), paa))
}

fn start_js(ns: &NetNs, dir: &std::path::Path, paa: &std::path::Path) -> matterjs::MatterJs {
    tokio::task::block_in_place(|| {
        matterjs::MatterJs::start(ns, &dir.join("matterjs"), paa, JS_FABRIC, JS_VENDOR)
    })
}

/// What matter.js read over CASE: Basic Information, the TBR attributes,
/// the active dataset (checked against the hub's export).
async fn check_js_read(hub: &Hub, r: &Value) {
    let bi = &r["basic"];
    assert_eq!(bi["vendorId"], 0xFFF1, "{r}");
    assert_eq!(bi["productId"], 0x8001, "{r}");
    assert_eq!(bi["vendorName"], "Threshold", "{r}");
    let tbr = &r["tbr"];
    let agent_id = std::fs::read(hub.cfg.state_dir.join("border-agent-id")).expect("agent id");
    assert_eq!(tbr["borderAgentId"], hex::encode(&agent_id), "{r}");
    assert!(tbr["threadVersion"].as_u64().unwrap_or(0) >= 4, "{r}");
    assert_eq!(tbr["interfaceEnabled"], true, "{r}");
    assert!(tbr["activeDatasetTimestamp"].as_u64().is_some(), "{r}");
    assert!(
        tbr["borderRouterName"]
            .as_str()
            .is_some_and(|s| !s.is_empty()),
        "{r}"
    );
    let export: Value = hub::ok(hub::get(&hub.admin(), "/v1/thread/dataset").await);
    assert_eq!(
        r["dataset"].as_str().map(str::to_ascii_lowercase),
        export["tlvs"].as_str().map(str::to_ascii_lowercase),
        "{r}"
    );
}

/// The SDK's controller drops its sessions to the hub, then reads Basic
/// Information over a new CASE session.
fn python_reads(ctl: &mut mctl::MatterCtl) {
    ok(ctl, json!({"op": "expire_sessions", "node_id": HUB_NODE}));
    let bi = ok(
        ctl,
        json!({"op": "read", "node_id": HUB_NODE, "endpoint": 0, "cluster": "BasicInformation",
               "attributes": ["VendorID", "ProductID", "VendorName"]}),
    );
    assert_eq!(bi["values"]["VendorID"], 0xFFF1, "{bi}");
    assert_eq!(bi["values"]["ProductID"], 0x8001, "{bi}");
    assert_eq!(bi["values"]["VendorName"], "Threshold", "{bi}");
}

#[test]
fn matter_js_commissions_the_hub_as_a_second_fabric() {
    // Not a skip: CI installs Node and the modules (scripts/setup.sh).
    if let Err(why) = matterjs::available() {
        panic!("matter.js cannot run: {why}");
    }
    mctl::in_hub_namespace("m2s", scenario);
}

async fn scenario(ns: String, ctl_ns: NetNs) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let paa = mctl::paa_dir(tmp.path());
    let mut hub = Hub::start_with(mctl::hub_tweak(&ns)).await;
    start_parts(&mut hub).await;

    // Fabric 1: the SDK's Python controller, basic window, factory code.
    let t0 = last_seq(&hub).await;
    let mut ctl = start_python(&ctl_ns, tmp.path(), &paa);
    let w = open_window(&hub, json!({})).await;
    assert_eq!(w["kind"], "basic", "{w}");
    let factory = SetupPayload::parse(w["manual"].as_str().expect("manual"))
        .expect("manual code")
        .passcode
        .value();
    ok(
        &mut ctl,
        json!({"op": "commission", "ip": HUB_ADDR, "port": 5540, "passcode": factory,
               "node_id": HUB_NODE}),
    );
    wait_audited(
        &hub,
        "matter.fabric_added",
        "ok",
        t0,
        Duration::from_secs(10),
    )
    .await;
    wait_audited(
        &hub,
        "matter.window_close",
        "commissioned",
        t0,
        Duration::from_secs(10),
    )
    .await;
    // The Python controller keeps running (its minimal mDNS and matter.js's
    // share port 5353 of the controller namespace).
    // Fabric 2: matter.js, through an enhanced window the owner opens.
    let mut js = start_js(&ctl_ns, tmp.path(), &paa);
    eprintln!("matter.js {} up: {}", js.hello["matterjs"], js.hello);
    let t1 = last_seq(&hub).await;
    let opened_at = Instant::now();
    let w2 = open_window(&hub, json!({"seconds": 180})).await;
    assert_eq!(w2["kind"], "enhanced", "{w2}");
    let manual = w2["manual"].as_str().expect("manual").to_owned();
    let code = SetupPayload::parse(&manual).expect("manual code");
    assert_ne!(code.passcode.value(), factory, "a fresh passcode");
    let r = js_ok(
        &mut js,
        json!({"op": "commission", "code": manual, "node_id": JS_NODE}),
    );
    let window_to_done = opened_at.elapsed();
    eprintln!(
        "matter.js: window open -> commissioned in {:.3} s (commission op {} s), findings {}",
        window_to_done.as_secs_f64(),
        r["elapsed"],
        r["findings"]
    );
    for (action, reason) in [
        ("matter.window_open", "ok"),
        ("matter.pase", "ok"),
        ("matter.fabric_added", "ok"),
        ("matter.commissioned", "ok"),
        ("matter.window_close", "commissioned"),
    ] {
        wait_audited(&hub, action, reason, t1, Duration::from_secs(10)).await;
    }
    let opened = &audited(&hub, "matter.window_open", t1).await[0];
    assert_eq!(opened.event.details["kind"], "enhanced", "{opened:?}");
    let added = audited(&hub, "matter.fabric_added", t0).await;
    assert_eq!(added.len(), 2, "two fabrics added: {added:?}");
    assert_eq!(added[0].event.details["vendor_id"], "0xFFF1");
    assert_eq!(added[1].event.details["vendor_id"], "0xFFF2");
    assert_eq!(
        added[1].event.details["node_id"],
        format!("{JS_NODE:016X}"),
        "{:?}",
        added[1]
    );

    // matter.js reads over CASE.
    let read = js_ok(&mut js, json!({"op": "read", "node_id": JS_NODE}));
    check_js_read(&hub, &read).await;

    // The SDK's controller, its mDNS up all along next to matter.js's,
    // resolves the hub anew (a fresh CASE session) and reads.
    python_reads(&mut ctl);
    // The hub lists both fabrics, as they are.
    let fabrics = hub::ok::<Vec<Value>>(hub::get(&hub.admin(), "/v1/matter/fabrics").await);
    assert_eq!(fabrics.len(), 2, "{fabrics:?}");
    assert_ne!(
        fabrics[0]["fabric_id"], fabrics[1]["fabric_id"],
        "{fabrics:?}"
    );
    assert_ne!(
        fabrics[0]["vendor_id"], fabrics[1]["vendor_id"],
        "{fabrics:?}"
    );
    assert_ne!(
        fabrics[0]["root_sha256"], fabrics[1]["root_sha256"],
        "{fabrics:?}"
    );
    let mut vendors: Vec<u64> = fabrics
        .iter()
        .filter_map(|f| f["vendor_id"].as_u64())
        .collect();
    vendors.sort_unstable();
    assert_eq!(vendors, [0xFFF1, 0xFFF2], "{fabrics:?}");
    let js_fabric = fabrics.iter().find(|f| f["vendor_id"] == 0xFFF2);
    assert_eq!(
        js_fabric.map(|f| f["label"].clone()),
        Some(json!("matter.js test")),
        "matter.js labels its fabric: {fabrics:?}"
    );
    tokio::task::block_in_place(|| js.shutdown());
    tokio::task::block_in_place(|| ctl.shutdown());

    // A restart: both controllers, started again on their storage, read
    // over CASE.
    hub.stop().await;
    let mut hub = Hub::restart(hub.dir, mctl::hub_tweak(&ns)).await;
    start_parts(&mut hub).await;
    // The fabrics persist, with the label matter.js gave its own.
    let after = hub::ok::<Vec<Value>>(hub::get(&hub.admin(), "/v1/matter/fabrics").await);
    assert_eq!(after, fabrics);

    let mut ctl = start_python(&ctl_ns, tmp.path(), &paa);
    let mut js = start_js(&ctl_ns, tmp.path(), &paa);
    let read = js_ok(&mut js, json!({"op": "read", "node_id": JS_NODE}));
    check_js_read(&hub, &read).await;
    python_reads(&mut ctl);
    tokio::task::block_in_place(|| js.shutdown());
    tokio::task::block_in_place(|| ctl.shutdown());

    // The figure: window open -> CommissioningComplete, p50 over a few
    // more runs, each a fresh matter.js fabric the owner then removes.
    let mut runs = vec![window_to_done];
    for i in 0..4u64 {
        let dir = tmp.path().join(format!("run{i}"));
        let mut js = tokio::task::block_in_place(|| {
            matterjs::MatterJs::start(&ctl_ns, &dir, &paa, 3 + i, JS_VENDOR)
        });
        let t = last_seq(&hub).await;
        let opened_at = Instant::now();
        let w = open_window(&hub, json!({"seconds": 180})).await;
        js_ok(
            &mut js,
            json!({"op": "commission", "code": w["manual"], "node_id": JS_NODE}),
        );
        runs.push(opened_at.elapsed());
        tokio::task::block_in_place(|| js.shutdown());
        let rec = wait_audited(
            &hub,
            "matter.fabric_added",
            "ok",
            t,
            Duration::from_secs(10),
        )
        .await;
        let idx = rec.event.details["fabric_index"].as_u64().expect("index");
        hub::ok::<Value>(hub::delete(&hub.admin(), &format!("/v1/matter/fabrics/{idx}")).await);
    }
    runs.sort();
    eprintln!(
        "matter.js: window open -> commissioned, p50 {:.3} s over {} runs: {:?}",
        runs[runs.len() / 2].as_secs_f64(),
        runs.len(),
        runs.iter()
            .map(|d| format!("{:.3}", d.as_secs_f64()))
            .collect::<Vec<_>>()
    );

    // Attestation is checked: trusting only the SDK's other test PAA (not
    // the one that issued the hub's PAI), matter.js refuses the hub.
    let other_paa = tmp.path().join("other-paa");
    std::fs::create_dir_all(&other_paa).expect("mkdir");
    let novid = format!("{}.der", common::pki::SDK_PAA_NOVID);
    std::fs::copy(paa.join(&novid), other_paa.join(&novid)).expect("copy PAA");
    let mut js = tokio::task::block_in_place(|| {
        matterjs::MatterJs::start(
            &ctl_ns,
            &tmp.path().join("untrusting"),
            &other_paa,
            9,
            JS_VENDOR,
        )
    });
    let w = open_window(&hub, json!({"seconds": 180})).await;
    let r = tokio::task::block_in_place(|| {
        js.request(&json!({"op": "commission", "code": w["manual"], "node_id": JS_NODE}))
    });
    assert_eq!(r["ok"], false, "{r}");
    assert!(r.to_string().contains("PaaNotTrusted"), "{r}");
    tokio::task::block_in_place(|| js.shutdown());
    hub::ok::<Value>(hub::delete(&hub.admin(), "/v1/matter/window").await);
    let fabrics = hub::ok::<Vec<Value>>(hub::get(&hub.admin(), "/v1/matter/fabrics").await);
    assert_eq!(
        fabrics.len(),
        2,
        "no fabric for the refused commissioning: {fabrics:?}"
    );
    hub.stop().await;
}
