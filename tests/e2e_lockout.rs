//! Issue 11, item 1, black box: a real daemon (API and CoAP on loopback)
//! under junk TLS handshakes and enrollment-code guessing from other
//! loopback addresses (127.0.0.0/8 is all loopback on Linux: each client
//! binds its own source address before connecting). The lock falls on the
//! attacker's scope; the owner still opens a window, a trusted TEST ONLY
//! device still pairs, the real owner code still works, and the audit log
//! names the burst and the scoped lock.

mod common;
use common::{device, hub};

use std::net::IpAddr;
use std::time::Duration;

use device::{devices, hub_trusting, hub_trusting_with, simulate, text, TestDevice};
use hub::{ok, post, refused, Hub};
use hyper::Method;
use serde_json::{json, Value};
use threshold::api::types::{EnrollRequest, EnrollResponse, LockInfo, Unlocked};
use threshold::audit::AuditRecord;
use threshold::coap::client::{ClientIdentity, ClientOptions, CoapClient};

fn ip(s: &str) -> IpAddr {
    s.parse().expect("ip")
}

/// A throwaway self-signed client certificate and its key (DER): no
/// credential at all.
type Junk = (Vec<u8>, Vec<u8>);

fn junk_identity() -> Junk {
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = rcgen::CertificateParams::new(vec!["junk.invalid".into()])
        .expect("params")
        .self_signed(&key)
        .expect("self-signed");
    (cert.der().to_vec(), key.serialize_der())
}

/// One TLS handshake to the device port from `source` with `junk`; the
/// hub must refuse it.
async fn junk_handshake(hub: &Hub, source: IpAddr, junk: &Junk) {
    let identity =
        ClientIdentity::from_der(vec![junk.0.clone()], junk.1.clone()).expect("identity");
    let addr = hub.daemon().coap_tls_addr().expect("coap tls");
    let root = pem::parse(&hub.ca_pem).expect("pem").into_contents();
    let mut opts = ClientOptions::new(&root, Some(identity));
    opts.server_name = hub.cfg.coap.server_name.clone();
    opts.source = Some(source);
    opts.timeout = Duration::from_secs(10);
    // TLS 1.3: the client may finish before the server's refusal arrives;
    // then the first exchange fails. Either way it is not served.
    if let Ok(mut c) = CoapClient::connect(addr, opts).await {
        let r = c.request(coap_lite::RequestType::Get, "/hub", &[]).await;
        assert!(r.is_err(), "a junk certificate was served: {r:?}");
    }
}

fn detail<'a>(r: &'a AuditRecord, key: &str) -> Option<&'a str> {
    r.event.details.get(key).and_then(|v| v.as_str())
}

/// Waits for the `anomaly.alert` naming `scope`/`key` (refusals reach the
/// core asynchronously).
async fn alert_for(hub: &Hub, scope: &str, key: &str) -> AuditRecord {
    common::wait_until_async(
        Duration::from_secs(20),
        &format!("an anomaly.alert for {scope} {key}"),
        || async {
            hub.audit().await.into_iter().find(|r| {
                r.event.action == "anomaly.alert"
                    && detail(r, "scope") == Some(scope)
                    && detail(r, "key") == Some(key)
            })
        },
    )
    .await
}

/// The owner (over the admin socket) opens a window for `dev`, and the
/// device (from 127.0.0.1) pairs through it.
async fn owner_opens_and_device_pairs(hub: &Hub, owner: &threshold::api::Client, dev: &TestDevice) {
    let w: Value = ok(post(
        &hub.admin(),
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    assert!(w["id"].as_u64().is_some(), "{w}");
    let out = tokio::task::spawn_blocking(simulate(hub, dev, &[]))
        .await
        .expect("join");
    let stdout = text(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("paired: device"),
        "stdout: {stdout}\nstderr: {}",
        text(&out.stderr)
    );
    let ds = devices(owner).await;
    assert!(
        ds.iter().any(|d| d.state.to_string() == "admitted"),
        "{ds:?}"
    );
}

/// Checks no alert names the hub (a scoped burst never locks the hub).
async fn no_hub_lock(hub: &Hub) {
    let locks: Vec<LockInfo> = ok(hub
        .admin()
        .request(Method::GET, "/v1/pairing/locks", None::<&()>)
        .await
        .expect("request"));
    assert!(locks.iter().all(|l| l.scope != "hub"), "{locks:?}");
    assert!(!hub
        .audit()
        .await
        .iter()
        .any(|r| r.event.action == "anomaly.alert" && detail(r, "scope") == Some("hub")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn junk_handshakes_from_one_address_lock_that_address_only() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting(&[&dev]).await;
    let owner = hub.owner().await;
    let attacker = ip("127.0.1.1");
    let junk = junk_identity();
    for _ in 0..100 {
        junk_handshake(&hub, attacker, &junk).await;
    }
    let alert = alert_for(&hub, "source", "127.0.1.1").await;
    assert_eq!(alert.event.reason, "failure_burst");
    assert!(detail(&alert, "locked_until").is_some(), "{alert:?}");
    let refusals = hub
        .audit()
        .await
        .into_iter()
        .filter(|r| r.event.action == "tls.handshake" && r.event.actor == "peer:127.0.1.1")
        .count();
    assert!(refusals >= 10, "the burst is in the audit log: {refusals}");

    owner_opens_and_device_pairs(&hub, &owner, &dev).await;

    // The lock is listed, scoped; no hub-wide lock.
    let locks: Vec<LockInfo> = ok(owner
        .request(Method::GET, "/v1/pairing/locks", None::<&()>)
        .await
        .expect("request"));
    assert!(
        locks
            .iter()
            .any(|l| l.scope == "source" && l.key == "127.0.1.1"),
        "{locks:?}"
    );
    no_hub_lock(&hub).await;

    // A member may not lift it; the owner may (audited).
    let (_, member) = hub.invited(&owner, "member", "Mia").await;
    let (status, code) = refused(post(&member, "/v1/pairing/unlock", &json!({})).await);
    assert_eq!((status, code.as_str()), (403, "not_permitted"));
    // The CLI over the admin socket lists and lifts it.
    let cli = |args: &'static [&'static str]| {
        let socket = hub.socket.clone();
        move || {
            std::process::Command::new(device::BIN)
                .args(args)
                .arg("--socket")
                .arg(&socket)
                .output()
                .expect("run the CLI")
        }
    };
    let out = tokio::task::spawn_blocking(cli(&["pairing", "locks"]))
        .await
        .expect("join");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("127.0.1.1"),
        "{}",
        text(&out.stdout)
    );
    let out =
        tokio::task::spawn_blocking(cli(&["pairing", "unlock", "source", "127.0.1.1", "--json"]))
            .await
            .expect("join");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let u: Unlocked = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(u.unlocked.len(), 1, "{u:?}");
    let u: Unlocked = ok(post(&owner, "/v1/pairing/unlock", &json!({})).await);
    assert!(u.unlocked.is_empty(), "nothing left to lift: {u:?}");
    let (status, code) = refused(
        post(
            &owner,
            "/v1/pairing/unlock",
            &json!({"scope": "planet", "key": "earth"}),
        )
        .await,
    );
    assert_eq!((status, code.as_str()), (400, "invalid_request"));
    let audit = hub.audit().await;
    assert!(audit.iter().any(|r| r.event.action == "pairing.unlock"
        && r.event.reason == "by_user"
        && detail(r, "key") == Some("127.0.1.1")));
    assert!(audit
        .iter()
        .any(|r| r.event.action == "pairing.unlock" && r.event.reason == "not_permitted"));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn junk_handshakes_from_fifty_addresses_lock_the_junk_certificate_only() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting(&[&dev]).await;
    let owner = hub.owner().await;
    let junk = junk_identity();
    // 100 handshakes, 2 from each of 127.0.1.1..=50: below the per-source
    // and the hub-wide thresholds; the one certificate explains the burst.
    for i in 1..=50u8 {
        for _ in 0..2 {
            junk_handshake(&hub, IpAddr::from([127, 0, 1, i]), &junk).await;
        }
    }
    let alert = common::wait_until_async(
        Duration::from_secs(20),
        "an anomaly.alert for the junk certificate",
        || async {
            hub.audit().await.into_iter().find(|r| {
                r.event.action == "anomaly.alert" && detail(r, "scope") == Some("credential")
            })
        },
    )
    .await;
    assert!(
        detail(&alert, "key").is_some_and(|k| k.starts_with("cert:")),
        "{alert:?}"
    );
    // Every source's refusals reach the audit log (asynchronously).
    common::wait_until_async(
        Duration::from_secs(20),
        "refusals from all 50 sources",
        || async {
            let sources: std::collections::BTreeSet<String> = hub
                .audit()
                .await
                .into_iter()
                .filter(|r| r.event.action == "tls.handshake")
                .map(|r| r.event.actor)
                .collect();
            sources.len() == 50
        },
    )
    .await;

    owner_opens_and_device_pairs(&hub, &owner, &dev).await;
    no_hub_lock(&hub).await;
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_distributed_flood_past_the_global_threshold_locks_only_network_enrollment() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    // A low global threshold, so that 50 handshakes cross it.
    let mut hub = hub_trusting_with(&[&dev], |cfg| {
        cfg.anomaly.global_failure_threshold = 40;
    })
    .await;
    let owner = hub.owner().await;
    // 50 addresses, a fresh junk certificate each: no scope explains it.
    for i in 1..=50u8 {
        junk_handshake(&hub, IpAddr::from([127, 0, 1, i]), &junk_identity()).await;
    }
    alert_for(&hub, "hub", "hub").await;
    // Owners still open windows, trusted devices still pair...
    owner_opens_and_device_pairs(&hub, &owner, &dev).await;
    // ... enrollment by code over the network waits ...
    let inv: Value = ok(post(&owner, "/v1/invites", &json!({"role": "member"})).await);
    let code = inv["code"].as_str().expect("code").to_owned();
    let (status, err) = refused(enroll_from(&hub, ip("127.0.0.5"), &code).await);
    assert_eq!((status, err.as_str()), (429, "pairing_locked"));
    // ... until the owner lifts the lock.
    let u: Unlocked = ok(post(&owner, "/v1/pairing/unlock", &json!({"scope": "hub"})).await);
    assert_eq!(u.unlocked.len(), 1, "{u:?}");
    let me: EnrollResponse = ok(enroll_from(&hub, ip("127.0.0.5"), &code).await);
    assert_eq!(me.role.as_str(), "member");
    hub.stop().await;
}

/// `POST /v1/enroll` on the enrollment listener from `source`.
async fn enroll_from(hub: &Hub, source: IpAddr, code: &str) -> threshold::api::Reply {
    let (_key, csr) = threshold::api::client::new_key_and_csr().expect("csr");
    let req = EnrollRequest {
        code: code.into(),
        name: "Someone".into(),
        csr_pem: csr,
    };
    hub.anonymous()
        .from_source(source)
        .request(Method::POST, "/v1/enroll", Some(&req))
        .await
        .expect("request")
}

async fn guess_codes_from(hub: &Hub, source: IpAddr) {
    for i in 0..10 {
        let guess = format!("ABCDE-FGHJK-MNPQR-STVWX-YZ{i:03}");
        let (status, code) = refused(enroll_from(hub, source, &guess).await);
        assert_eq!((status, code.as_str()), (403, "unknown_code"));
    }
    let key = source.to_string();
    alert_for(hub, "source", &key).await;
    // Locked now, even with the real code (which it does not burn).
    let (status, code) = refused(enroll_from(hub, source, &hub.owner_code()).await);
    assert_eq!((status, code.as_str()), (429, "pairing_locked"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn code_guessing_locks_the_guesser_and_the_owner_code_still_works() {
    // From another address.
    let mut hub = Hub::start().await;
    guess_codes_from(&hub, ip("127.0.1.7")).await;
    let r = enroll_from(&hub, ip("127.0.0.2"), &hub.owner_code()).await;
    let me: EnrollResponse = ok(r);
    assert_eq!(me.role.as_str(), "owner");
    hub.stop().await;

    // Over the admin socket.
    let mut hub = Hub::start().await;
    guess_codes_from(&hub, ip("127.0.1.8")).await;
    let (_key, csr) = threshold::api::client::new_key_and_csr().expect("csr");
    let req = EnrollRequest {
        code: hub.owner_code(),
        name: "Ada".into(),
        csr_pem: csr,
    };
    let me: EnrollResponse = ok(hub
        .admin()
        .request(Method::POST, "/v1/enroll", Some(&req))
        .await
        .expect("request"));
    assert_eq!(me.role.as_str(), "owner");
    hub.stop().await;
}

/// Stops the daemon and starts it again on the same state directory (new
/// API ports).
async fn restart(hub: &mut Hub) {
    hub.stop().await;
    let cfg = hub.cfg.clone();
    let mut daemon = threshold::daemon::Daemon::start(&cfg)
        .await
        .expect("restart");
    let api = daemon.start_api(&cfg).await.expect("api");
    hub.tls = api.tls_addr().expect("tls listener");
    hub.enroll = api.enroll_addr().expect("enroll listener");
    hub.socket = api.admin_socket().to_owned();
    hub.daemon = Some(daemon);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lock_survives_a_restart() {
    let mut hub = Hub::start().await;
    let guesser = ip("127.0.1.9");
    guess_codes_from(&hub, guesser).await;
    restart(&mut hub).await;
    let locks: Vec<LockInfo> = ok(hub
        .admin()
        .request(Method::GET, "/v1/pairing/locks", None::<&()>)
        .await
        .expect("request"));
    assert!(
        locks
            .iter()
            .any(|l| l.scope == "source" && l.key == "127.0.1.9"),
        "{locks:?}"
    );
    let (status, code) = refused(enroll_from(&hub, guesser, &hub.owner_code()).await);
    assert_eq!((status, code.as_str()), (429, "pairing_locked"));
    let me: EnrollResponse = ok(enroll_from(&hub, ip("127.0.0.3"), &hub.owner_code()).await);
    assert_eq!(me.role.as_str(), "owner");
    hub.stop().await;
}
