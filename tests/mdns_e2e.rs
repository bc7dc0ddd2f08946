//! mDNS end to end, in a private network namespace (loopback with
//! multicast): a real daemon (API, CoAP, mDNS on `lo`), the real
//! `threshold device simulate` binary, and python-zeroconf as the
//! independent browser.
//!
//! * The hub's `_threshold._tcp`: exact instance, host, port, TXT (hub id,
//!   API version, SHA-256 of the hub CA certificate).
//! * `_threshold-pair._tcp` appears when a window opens and disappears with
//!   a goodbye (seen within seconds, TTLs are minutes) when it closes.
//! * A paired device's registered service appears (host record with the
//!   address it connected from, SRV port, TXT), a second device asking the
//!   same name gets `Name (2)` (audited), and each disappears on
//!   quarantine, removal and token revocation.
//! * Bad registrations get a 4.xx and change nothing; a restart
//!   republishes stored registrations; graceful stop sends goodbyes.

mod common;
use common::{device, hub, netns};

use std::path::Path;
use std::time::{Duration, Instant};

use device::{devices, paa_pems, simulate, text, write_paa_roots, TestDevice};
use hub::{ok, post, Hub};
use netns::{zeroconf_browser, NetNs, Proc};
use serde_json::{json, Value};

const TYPES: [&str; 3] = [
    "_threshold._tcp.local.",
    "_threshold-pair._tcp.local.",
    "_thlamp._tcp.local.",
];
/// A goodbye must be seen well before any TTL (120 s / 4500 s) runs out.
const GOODBYE: Duration = Duration::from_secs(5);
/// Probing + announcing + resolving.
const APPEAR: Duration = Duration::from_secs(20);

fn json_line(l: &str) -> Value {
    serde_json::from_str(l).expect("json")
}

fn event(ev: &'static str, name: String) -> impl Fn(&str) -> bool {
    move |l| {
        let v = json_line(l);
        v["event"] == ev && v["name"].as_str() == Some(name.as_str())
    }
}

async fn hub_in_ns(dir: &Path, trusted: &[&TestDevice]) -> Hub {
    let roots = paa_pems(trusted);
    let state = dir.join("state");
    let mut hub = Hub::start_with(|cfg| {
        cfg.state_dir = state.clone();
        cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.mdns.interfaces = vec!["lo".into()];
        write_paa_roots(&cfg.state_dir, &roots);
    })
    .await;
    let cfg = hub.cfg.clone();
    let d = hub.daemon.as_mut().expect("running");
    let coap = d.start_coap(&cfg).await.expect("coap");
    d.start_mdns(&cfg, &coap).await.expect("mdns");
    hub
}

/// Opens a window for `dev`, pairs it registering `name`; returns its id
/// and the simulate output.
async fn pair_and_register(
    hub: &Hub,
    owner: &threshold::api::Client,
    dev: &TestDevice,
    name: &str,
    browser: &mut Proc,
    instance: &str,
) -> (String, String) {
    let _: Value = ok(post(
        owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    let pair = format!("{}._threshold-pair._tcp.local.", instance);
    browser.wait_line(APPEAR, "pairing service", event("added", pair.clone()));
    let args = [
        "--service-name",
        name,
        "--service-type",
        "_thlamp._tcp",
        "--service-port",
        "8080",
        "--service-txt",
        "md=Lamp",
        "--service-txt",
        "fw=1.2",
    ];
    let out = tokio::task::spawn_blocking(simulate(hub, dev, &args))
        .await
        .expect("join");
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "stdout: {stdout}\nstderr: {}",
        text(&out.stderr)
    );
    // The window closed when the device was admitted: goodbye.
    let t = Instant::now();
    browser.wait_line(GOODBYE, "pairing goodbye", event("removed", pair));
    assert!(t.elapsed() < GOODBYE);
    let id = devices(owner)
        .await
        .into_iter()
        .find(|d| stdout.contains(d.id.as_str()))
        .expect("paired device")
        .id;
    (id.into_string(), stdout)
}

fn device_host(id: &str) -> String {
    format!("dev-{}.local.", &id[..12])
}

#[test]
fn hub_pairing_and_device_services_follow_the_pairing_state() {
    let ns = NetNs::new("mde2e");
    let mut browser = zeroconf_browser(&ns, &TYPES);
    ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let tmp = tempfile::tempdir().expect("tempdir");
            let devs: Vec<TestDevice> = (0..3)
                .map(|i| TestDevice::mint(tmp.path(), 0x8001 + i))
                .collect();
            let refs: Vec<&TestDevice> = devs.iter().collect();
            let mut hub = hub_in_ns(tmp.path(), &refs).await;
            let owner = hub.owner().await;
            let hub_id: String = hub
                .daemon()
                .core
                .call(|c, _| c.hub_id().to_owned())
                .await
                .expect("core");
            let short = &hub_id["threshold:".len().."threshold:".len() + 8];
            let instance = format!("Threshold Hub {short}");
            let ca_der = pem::parse(&hub.ca_pem).expect("ca pem").into_contents();
            let fp = hex::encode(ring::digest::digest(&ring::digest::SHA256, &ca_der));

            // The controller API service, exactly.
            let api = json_line(&browser.wait_line(
                APPEAR,
                "hub API service",
                event("added", format!("{instance}._threshold._tcp.local.")),
            ));
            assert_eq!(api["port"], hub.tls.port());
            assert_eq!(api["server"], format!("threshold-{short}.local."));
            assert_eq!(api["addresses"], json!(["127.0.0.1"]));
            assert_eq!(api["txt"], json!({"id": hub_id, "api": "1", "fp": fp}));

            // Device A pairs and registers "Lamp".
            let (a, out) =
                pair_and_register(&hub, &owner, &devs[0], "Lamp", &mut browser, &instance).await;
            assert!(
                out.contains("advertised \"Lamp._thlamp._tcp.local.\""),
                "{out}"
            );
            let lamp = json_line(&browser.wait_line(
                APPEAR,
                "device A service",
                event("added", "Lamp._thlamp._tcp.local.".into()),
            ));
            assert_eq!(lamp["port"], 8080);
            assert_eq!(lamp["server"], device_host(&a));
            assert_eq!(lamp["addresses"], json!(["127.0.0.1"]));
            assert_eq!(lamp["txt"], json!({"md": "Lamp", "fw": "1.2"}));

            // Device B asks for the same name: "Lamp (2)", audited.
            let (b, out) =
                pair_and_register(&hub, &owner, &devs[1], "Lamp", &mut browser, &instance).await;
            assert!(
                out.contains("advertised \"Lamp (2)._thlamp._tcp.local.\""),
                "{out}"
            );
            browser.wait_line(
                APPEAR,
                "device B service",
                event("added", "Lamp (2)._thlamp._tcp.local.".into()),
            );
            let renames: Vec<_> = hub
                .audit()
                .await
                .into_iter()
                .filter(|r| r.event.action == "mdns.rename")
                .collect();
            assert_eq!(renames.len(), 1, "{renames:?}");
            assert_eq!(renames[0].event.subject, format!("device:{b}"));

            // Device C registers "Desk".
            let (c, _) =
                pair_and_register(&hub, &owner, &devs[2], "Desk", &mut browser, &instance).await;
            browser.wait_line(
                APPEAR,
                "device C service",
                event("added", "Desk._thlamp._tcp.local.".into()),
            );

            // Quarantine A, remove B, revoke C's token: each goodbye seen.
            let _: Value =
                ok(post(&owner, &format!("/v1/devices/{a}/quarantine"), &json!({})).await);
            browser.wait_line(
                GOODBYE,
                "A withdrawn",
                event("removed", "Lamp._thlamp._tcp.local.".into()),
            );
            let _: Value = ok(post(&owner, &format!("/v1/devices/{b}/remove"), &json!({})).await);
            browser.wait_line(
                GOODBYE,
                "B withdrawn",
                event("removed", "Lamp (2)._thlamp._tcp.local.".into()),
            );
            let c2 = c.clone();
            let cti = hub
                .daemon()
                .store()
                .call(move |s| s.list_live_tokens(threshold::time::UnixMillis(0)))
                .await
                .expect("store")
                .expect("tokens")
                .into_iter()
                .find(|t| t.record.device == c2)
                .expect("C's token")
                .record
                .cti;
            let _: Value = ok(post(&owner, &format!("/v1/tokens/{cti}/revoke"), &json!({})).await);
            browser.wait_line(
                GOODBYE,
                "C withdrawn",
                event("removed", "Desk._thlamp._tcp.local.".into()),
            );
            // Nothing is left stored for them.
            let left = hub
                .daemon()
                .store()
                .call(|s| s.list_mdns_services())
                .await
                .expect("store")
                .expect("list");
            assert!(left.is_empty(), "{left:?}");

            // Graceful stop: the hub's API service says goodbye.
            hub.stop().await;
            browser.wait_line(
                GOODBYE,
                "hub goodbye on stop",
                event("removed", format!("{instance}._threshold._tcp.local.")),
            );
        });
    });
}

/// A CoAP over TLS client presenting the operational certificate in `op`.
async fn op_client(hub: &Hub, op: &Path) -> threshold::coap::client::CoapClient {
    use threshold::coap::client::{ClientIdentity, ClientOptions, CoapClient};
    let cert = pem::parse(std::fs::read(op.join("op-cert.pem")).expect("cert"))
        .expect("pem")
        .into_contents();
    let key = pem::parse(std::fs::read(op.join("op-key.pem")).expect("key"))
        .expect("pem")
        .into_contents();
    let ca = pem::parse(&hub.ca_pem).expect("ca").into_contents();
    let id = ClientIdentity::from_der(vec![cert], key).expect("identity");
    let addr = hub.daemon().coap_tls_addr().expect("coap");
    CoapClient::connect(addr, ClientOptions::new(&ca, Some(id)))
        .await
        .expect("connect")
}

fn error_of(payload: &[u8]) -> String {
    let v: ciborium::value::Value = ciborium::from_reader(payload).expect("cbor");
    v.as_map()
        .and_then(|m| m.iter().find(|(k, _)| k.as_text() == Some("error")))
        .and_then(|(_, v)| v.as_text())
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn bad_registrations_are_refused_without_change_and_a_restart_republishes() {
    use coap_lite::RequestType;
    use threshold::mdns::state::Registration;
    use threshold::mdns::svc::SvcRequest;
    let ns = NetNs::new("mdbad");
    let mut browser = zeroconf_browser(&ns, &TYPES);
    ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let tmp = tempfile::tempdir().expect("tempdir");
            let dev = TestDevice::mint(tmp.path(), 0x8011);
            let other = TestDevice::mint(tmp.path(), 0x8012);
            let mut hub = hub_in_ns(tmp.path(), &[&dev, &other]).await;
            let owner = hub.owner().await;
            let instance: String = {
                let id = hub
                    .daemon()
                    .core
                    .call(|c, _| c.hub_id().to_owned())
                    .await
                    .expect("core");
                format!("Threshold Hub {}", &id[10..18])
            };
            let op = tmp.path().join("op");
            let op_s = op.to_str().expect("utf-8").to_owned();
            let _: Value = ok(post(
                &owner,
                "/v1/windows",
                &json!({"payload": dev.qr(), "class": "low"}),
            )
            .await);
            let out = tokio::task::spawn_blocking(simulate(&hub, &dev, &["--op-dir", &op_s]))
                .await
                .expect("join");
            assert!(out.status.success(), "{}", text(&out.stderr));
            let mut c = op_client(&hub, &op).await;
            let good = SvcRequest {
                services: vec![Registration {
                    instance: "Fan".into(),
                    service_type: "_thlamp._tcp".into(),
                    subtypes: vec!["_fan".into()],
                    port: 9000,
                    txt: vec![("k".into(), "v".into())],
                }],
                lease: Some(600),
            };
            let r = c
                .request(RequestType::Post, "/svc", &good.encode())
                .await
                .expect("post");
            assert_eq!(r.code, coap_lite::ResponseType::Changed);
            browser.wait_line(
                APPEAR,
                "Fan",
                event("added", "Fan._thlamp._tcp.local.".into()),
            );
            let before = hub.daemon().mdns().published().await.expect("published");
            let stored = || async {
                hub.daemon()
                    .store()
                    .call(|s| s.list_mdns_services())
                    .await
                    .expect("store")
                    .expect("list")
            };
            let stored_before = stored().await;
            assert_eq!(stored_before.len(), 1);

            let with = |f: &dyn Fn(&mut Registration)| {
                let mut r = good.clone();
                f(&mut r.services[0]);
                r.encode()
            };
            let cases: Vec<(Vec<u8>, coap_lite::ResponseType, &str)> = vec![
                (
                    vec![0xa1, 0x61],
                    coap_lite::ResponseType::BadRequest,
                    "malformed_body",
                ),
                (
                    with(&|s| s.service_type = "_bad".into()),
                    coap_lite::ResponseType::BadRequest,
                    "invalid_service",
                ),
                (
                    with(&|s| s.service_type = "_threshold._tcp".into()),
                    coap_lite::ResponseType::BadRequest,
                    "reserved_service_type",
                ),
                (
                    with(&|s| s.instance = "x".repeat(64)),
                    coap_lite::ResponseType::BadRequest,
                    "invalid_service",
                ),
                (
                    with(&|s| s.txt = vec![("k".into(), "v".repeat(300))]),
                    coap_lite::ResponseType::BadRequest,
                    "invalid_service",
                ),
                (
                    with(&|s| s.subtypes = (0..5).map(|i| format!("_s{i}")).collect()),
                    coap_lite::ResponseType::BadRequest,
                    "too_many_subtypes",
                ),
                (
                    with(&|s| s.port = 0),
                    coap_lite::ResponseType::BadRequest,
                    "invalid_service",
                ),
                (
                    SvcRequest {
                        services: (0..9)
                            .map(|i| Registration {
                                instance: format!("S{i}"),
                                ..good.services[0].clone()
                            })
                            .collect(),
                        lease: None,
                    }
                    .encode(),
                    coap_lite::ResponseType::BadRequest,
                    "too_many_services",
                ),
                (
                    SvcRequest {
                        services: good.services.clone(),
                        lease: Some(10),
                    }
                    .encode(),
                    coap_lite::ResponseType::BadRequest,
                    "invalid_lease",
                ),
                (
                    SvcRequest {
                        services: good.services.clone(),
                        lease: Some(10_000_000),
                    }
                    .encode(),
                    coap_lite::ResponseType::BadRequest,
                    "invalid_lease",
                ),
            ];
            for (body, code, err) in cases {
                let r = c
                    .request(RequestType::Post, "/svc", &body)
                    .await
                    .expect("post");
                assert_eq!((r.code, error_of(&r.payload)), (code, err.to_owned()));
            }
            // Wrong Content-Format, wrong method.
            let r = c
                .request_with(RequestType::Post, "/svc", Some(50), &good.encode())
                .await
                .expect("post");
            assert_eq!(r.code, coap_lite::ResponseType::UnsupportedContentFormat);
            let r = c.request(RequestType::Get, "/svc", &[]).await.expect("get");
            assert_eq!(r.code, coap_lite::ResponseType::MethodNotAllowed);
            assert_eq!(
                hub.daemon().mdns().published().await.expect("published"),
                before
            );
            assert_eq!(stored().await, stored_before);
            let denied = hub
                .audit()
                .await
                .into_iter()
                .filter(|r| {
                    r.event.action == "mdns.register" && r.event.outcome.as_str() == "denied"
                })
                .count();
            assert_eq!(denied, 7, "every refusal past parsing is audited");

            // A quarantined device keeps its certificate but may not register.
            let id = devices(&owner).await[0].id.clone();
            let _: Value =
                ok(post(&owner, &format!("/v1/devices/{id}/quarantine"), &json!({})).await);
            browser.wait_line(
                GOODBYE,
                "Fan withdrawn",
                event("removed", "Fan._thlamp._tcp.local.".into()),
            );
            let r = c.request(RequestType::Post, "/svc", &good.encode()).await;
            // The hub may also drop the connection of a refused device.
            if let Ok(r) = r {
                assert_eq!(
                    (r.code, error_of(&r.payload)),
                    (
                        coap_lite::ResponseType::Forbidden,
                        "not_admitted".to_owned()
                    )
                );
            }
            assert!(stored().await.is_empty());

            // Restart: a second device's stored registration comes back.
            let _: Value = ok(post(
                &owner,
                "/v1/windows",
                &json!({"payload": other.qr(), "class": "low"}),
            )
            .await);
            let args = [
                "--service-name",
                "Heater",
                "--service-type",
                "_thlamp._tcp",
                "--service-port",
                "7000",
            ];
            let out = tokio::task::spawn_blocking(simulate(&hub, &other, &args))
                .await
                .expect("join");
            assert!(out.status.success(), "{}", text(&out.stderr));
            browser.wait_line(
                APPEAR,
                "Heater",
                event("added", "Heater._thlamp._tcp.local.".into()),
            );
            let cfg = hub.cfg.clone();
            hub.stop().await;
            browser.wait_line(
                GOODBYE,
                "Heater goodbye on stop",
                event("removed", "Heater._thlamp._tcp.local.".into()),
            );
            let mut daemon = threshold::daemon::Daemon::start(&cfg)
                .await
                .expect("restart");
            daemon.start_api(&cfg).await.expect("api");
            let coap = daemon.start_coap(&cfg).await.expect("coap");
            daemon.start_mdns(&cfg, &coap).await.expect("mdns");
            // Both come back, in either order (waiting for one consumes
            // the lines before it).
            let heater = event("added", "Heater._thlamp._tcp.local.".into());
            let hub_api = event("added", format!("{instance}._threshold._tcp.local."));
            let first = browser.wait_line(APPEAR, "Heater or hub after restart", |l| {
                heater(l) || hub_api(l)
            });
            let again = if heater(&first) {
                browser.wait_line(APPEAR, "hub after restart", &hub_api);
                json_line(&first)
            } else {
                json_line(&browser.wait_line(APPEAR, "Heater after restart", &heater))
            };
            assert_eq!(again["port"], 7000);
            daemon.stop().await.expect("stop");
        });
    });
}
