//! Every denial of the controller API is audited once, with its actor
//! (issue 11, item 4): the core's role x action table refusing members and
//! guests, and the refusals at authentication (an unknown user, a revoked
//! user, a device certificate, an admin-socket peer of another uid); every
//! Thread dataset access is audited with its user. A real daemon
//! in-process, real TLS on 127.0.0.1:0, a real SQLite store.

mod common;
use common::hub;

use hub::*;
use hyper::Method;
use serde_json::{json, Value};
use threshold::api::types::AuditVerify;
use threshold::api::Client;
use threshold::audit::{AuditRecord, Outcome};
use threshold::commissioning::policy::{Action, Policy, Role};

fn now() -> threshold::time::UnixMillis {
    threshold::time::UnixMillis(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("time")
            .as_millis() as i64,
    )
}

fn hub_ca(hub: &Hub) -> threshold::attestation::hub_ca::HubCa {
    threshold::attestation::hub_ca::HubCa::load_or_create(&hub.cfg.state_dir, now()).expect("ca")
}

fn sha256_hex(pem_text: &str) -> String {
    let der = pem::parse(pem_text).expect("pem").into_contents();
    hex::encode(ring::digest::digest(&ring::digest::SHA256, &der))
}

/// Sends one request and returns its status, code and the audit records
/// it added.
async fn attempt(
    hub: &Hub,
    c: &Client,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> (u16, String, Vec<AuditRecord>) {
    let before = hub.audit().await.len();
    let r = c.request(method, path, body).await.expect("request");
    let (status, code) = if r.status >= 400 {
        refused(r)
    } else {
        (r.status, String::new())
    };
    let after = hub.audit().await;
    (status, code, after[before..].to_vec())
}

/// Asserts that `records` is exactly one denial by `actor`, and returns it.
fn one_denial<'a>(records: &'a [AuditRecord], actor: &str, what: &str) -> &'a AuditRecord {
    assert_eq!(records.len(), 1, "{what}: exactly one record: {records:#?}");
    let r = &records[0];
    assert_eq!(r.event.outcome, Outcome::Denied, "{what}: {r:#?}");
    assert_eq!(r.event.actor, actor, "{what}: {r:#?}");
    r
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_refusal_is_audited_once_with_its_actor() {
    let mut hub = Hub::start_with(|c| c.anomaly.failure_threshold = 1000).await;
    let owner = hub.owner().await;
    let (member_me, member) = hub.invited(&owner, "member", "Carol").await;
    let (guest_me, guest) = hub.invited(&owner, "guest", "Dave").await;
    let dataset = json!({"tlvs": "0e080000000000010000"});

    // Routes whose permission is the core's role x action table.
    let routes: [(Method, &str, Option<&Value>, Action); 8] = [
        (Method::GET, "/v1/users", None, Action::ListUsers),
        (Method::GET, "/v1/pairing/locks", None, Action::ListLocks),
        (Method::GET, "/v1/audit", None, Action::ReadAudit),
        (Method::GET, "/v1/audit/verify", None, Action::ReadAudit),
        (Method::GET, "/v1/audit/export", None, Action::ReadAudit),
        (Method::GET, "/v1/alerts", None, Action::WatchAlerts),
        (
            Method::GET,
            "/v1/thread/dataset",
            None,
            Action::ExportDataset,
        ),
        (
            Method::PUT,
            "/v1/thread/dataset",
            Some(&dataset),
            Action::ImportDataset,
        ),
    ];
    for (me, client, role) in [
        (&member_me, &member, Role::Member),
        (&guest_me, &guest, Role::Guest),
    ] {
        let actor = format!("user:{}", me.user_id);
        for (method, path, body, action) in &routes {
            assert!(!Policy::may(role, *action));
            let (status, code, records) = attempt(&hub, client, method.clone(), path, *body).await;
            let what = format!("{role} {method} {path}");
            assert_eq!(
                (status, code.as_str()),
                (403, action.refusal().as_str()),
                "{what}"
            );
            let r = one_denial(&records, &actor, &what);
            assert_eq!(r.event.action, "access.denied", "{what}");
            assert_eq!(r.event.subject, format!("action:{action}"), "{what}");
            assert_eq!(r.event.reason, code, "{what}");
            assert_eq!(r.event.details["role"], role.as_str(), "{what}");
        }
        // What every role may do is not refused (nor audited as a denial).
        for path in ["/v1/windows", "/v1/devices"] {
            let (status, _, records) = attempt(&hub, client, Method::GET, path, None).await;
            assert_eq!(status, 200, "{role} GET {path}");
            assert!(records.is_empty(), "{records:?}");
        }
    }
    // Decisions the core's operations make themselves are audited once too.
    let actor = format!("user:{}", guest_me.user_id);
    let (status, code, records) =
        attempt(&hub, &guest, Method::GET, "/v1/policy/device-classes", None).await;
    assert_eq!((status, code.as_str()), (403, "not_permitted"));
    one_denial(&records, &actor, "guest reads the device classes");
    let actor = format!("user:{}", member_me.user_id);
    let (status, code, records) = attempt(
        &hub,
        &member,
        Method::POST,
        "/v1/pairing/unlock",
        Some(&json!({})),
    )
    .await;
    assert_eq!((status, code.as_str()), (403, "not_permitted"));
    one_denial(&records, &actor, "member unlocks");

    let v: AuditVerify = ok(get(&owner, "/v1/audit/verify").await);
    assert!(v.intact, "{v:?}");
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_at_authentication_are_audited_once_with_the_actor_known() {
    use threshold::attestation::hub_ca::ClientKey;
    let mut hub = Hub::start_with(|c| c.anomaly.failure_threshold = 1000).await;
    let owner = hub.owner().await;
    let ca = hub_ca(&hub);

    // A hub certificate for a user id that does not exist.
    let stranger = ca
        .issue_client_cert(
            "u-ffffffffffffffff",
            Role::Owner,
            ClientKey::Generate,
            now(),
        )
        .expect("issue");
    let key = stranger.key_pem.clone().expect("key");
    let c = hub.mtls(stranger.cert_pem.as_bytes(), key.as_bytes());
    let (status, code, records) = attempt(&hub, &c, Method::GET, "/v1/users", None).await;
    assert_eq!((status, code.as_str()), (401, "unknown_user"));
    let r = one_denial(&records, "user:u-ffffffffffffffff", "unknown user");
    assert_eq!(
        (r.event.action.as_str(), r.event.reason.as_str()),
        ("auth.refused", "unknown_user")
    );
    assert_eq!(r.event.subject, "GET /v1/users");
    assert_eq!(r.event.channel, "api");
    assert_eq!(
        r.event.details["certificate"],
        sha256_hex(&stranger.cert_pem)
    );
    assert_eq!(r.event.details["addr"], "127.0.0.1");

    // A revoked user.
    let (me, member) = hub.invited(&owner, "member", "Carol").await;
    let _: Value = ok(post(
        &owner,
        &format!("/v1/users/{}/revoke", me.user_id),
        &json!({}),
    )
    .await);
    let (status, code, records) = attempt(&hub, &member, Method::GET, "/v1/windows", None).await;
    assert_eq!((status, code.as_str()), (403, "user_revoked"));
    let r = one_denial(&records, &format!("user:{}", me.user_id), "revoked user");
    assert_eq!(
        (r.event.action.as_str(), r.event.reason.as_str()),
        ("auth.refused", "user_revoked")
    );
    assert_eq!(r.event.details["certificate"], sha256_hex(&me.cert_pem));

    // A device's operational certificate.
    let (dkey, dcsr) = threshold::api::client::new_key_and_csr().expect("csr");
    let device = ca
        .issue_operational_cert(dcsr.as_bytes(), now())
        .expect("issue");
    let c = hub.mtls(device.cert.cert_pem.as_bytes(), dkey.as_bytes());
    let (status, code, records) = attempt(&hub, &c, Method::GET, "/v1/devices", None).await;
    assert_eq!((status, code.as_str()), (401, "unauthenticated"));
    let r = one_denial(
        &records,
        &format!("device:{}", device.device_id),
        "device certificate",
    );
    assert_eq!(
        (r.event.action.as_str(), r.event.reason.as_str()),
        ("auth.refused", "unauthenticated")
    );
    assert_eq!(
        r.event.details["certificate"],
        sha256_hex(&device.cert.cert_pem)
    );

    // None of them locked anyone out: the owner still manages windows.
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": QR, "class": "low"}),
    )
    .await);
    let v: AuditVerify = ok(get(&owner, "/v1/audit/verify").await);
    assert!(v.intact, "{v:?}");
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_dataset_access_is_audited_with_its_user() {
    let mut hub = Hub::start().await;
    let owner = hub.owner().await;
    let owner_id = {
        let users: Vec<threshold::api::types::UserInfo> = ok(get(&owner, "/v1/users").await);
        users[0].id.clone()
    };
    // Thread is not enabled here: the export fails, and is audited as a
    // failed read by its user (over mTLS and the admin socket).
    for (c, actor, channel) in [
        (&owner, format!("user:{owner_id}"), "api"),
        (&hub.admin(), "user:local-admin".to_owned(), "local"),
    ] {
        let (status, code, records) =
            attempt(&hub, c, Method::GET, "/v1/thread/dataset", None).await;
        assert_eq!((status, code.as_str()), (503, "unavailable"));
        assert_eq!(records.len(), 1, "{records:#?}");
        let r = &records[0].event;
        assert_eq!(
            (
                r.action.as_str(),
                r.actor.as_str(),
                r.channel.as_str(),
                r.outcome,
                r.reason.as_str()
            ),
            (
                "thread.dataset_export",
                actor.as_str(),
                channel,
                Outcome::Failure,
                "unavailable"
            )
        );
        let body = json!({"tlvs": "zz"});
        let (status, code, records) =
            attempt(&hub, c, Method::PUT, "/v1/thread/dataset", Some(&body)).await;
        assert_eq!((status, code.as_str()), (400, "invalid_payload"));
        assert_eq!(records.len(), 1, "{records:#?}");
        let r = &records[0].event;
        assert_eq!(
            (r.action.as_str(), r.actor.as_str(), r.outcome),
            ("thread.dataset_import", actor.as_str(), Outcome::Failure)
        );
    }
    hub.stop().await;
}

/// An admin-socket peer of another uid is refused once per connection,
/// audited with its uid (needs root to connect as another uid).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_socket_peer_of_another_uid_is_audited() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    if !nix::unistd::geteuid().is_root() {
        common::skip("needs root to connect as another uid");
        return;
    }
    let mut hub = Hub::start_with(|c| {
        let open = c.state_dir.parent().expect("parent").join("open");
        c.api.admin_socket = open.join("admin.sock");
    })
    .await;
    let open = hub.dir.path().join("open");
    for p in [hub.dir.path(), open.as_path()] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    std::fs::set_permissions(&hub.socket, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    let before = hub.audit().await.len();
    let socket = hub.socket.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_threshold"))
            .args(["window", "list", "--socket"])
            .arg(&socket)
            .uid(65534)
            .gid(65534)
            .output()
            .expect("cli")
    })
    .await
    .expect("join");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("peer_not_permitted"), "{stderr}");
    let records = hub.audit().await[before..].to_vec();
    let r = one_denial(&records, "uid:65534", "admin socket peer");
    assert_eq!(
        (
            r.event.action.as_str(),
            r.event.reason.as_str(),
            r.event.channel.as_str()
        ),
        ("auth.refused", "peer_not_permitted", "local")
    );
    assert_eq!(r.event.details["uid"], 65534);
    let v: AuditVerify = ok(get(&hub.admin(), "/v1/audit/verify").await);
    assert!(v.intact, "{v:?}");
    hub.stop().await;
}
