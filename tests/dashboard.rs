//! The web dashboard (docs/dashboard.md) in a real browser: Debian's
//! headless Chromium driven through WebDriver (tests/tools/browser.py),
//! against a real daemon (API, dashboard and CoAP on loopback, real TLS,
//! real SQLite) and TEST ONLY devices paired by the real `threshold device
//! simulate`.
//!
//! Screenshots of each page go to `target/dashboard-screenshots/`; the ones
//! in docs/img/ were taken by this test.

mod common;
use common::{browser, device, hub, netns, otsim};

use std::path::{Path, PathBuf};
use std::time::Duration;

use browser::{spki_pin, Browser};
use device::{devices, hub_trusting_with, pair, simulate, text, TestDevice};
use hub::{ok, post, refused, Hub};
use serde_json::{json, Value};
use threshold::commissioning::policy::DeviceClass;
use threshold::config::DeviceClassRuleConfig;

/// A TEST ONLY product the policy calls high (a lock).
const LOCK_PID: u16 = 0x8123;
/// A TEST ONLY product of the `low` vendor-wide row (a lamp).
const LAMP_PID: u16 = 0x8001;

fn shots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/dashboard-screenshots")
}

fn open_browser(hub: &Hub) -> Browser {
    let pem = hub.cfg.state_dir.join("pki").join("server.pem");
    Browser::start(std::process::Command::new(netns::python()), &spki_pin(&pem))
}

fn base(hub: &Hub) -> String {
    format!("https://{}", hub.dashboard.expect("dashboard listener"))
}

async fn link(c: &threshold::api::Client, body: Value) -> String {
    let v: Value = ok(post(c, "/v1/dashboard/login", &body).await);
    assert_eq!(v["valid_secs"], 60, "{v}");
    v["url"].as_str().expect("url").to_owned()
}

/// Signs in through `url`'s page and its button; the page after.
fn sign_in(b: &mut Browser, url: &str) -> String {
    b.get(url);
    assert_eq!(b.text("h1").as_deref(), Some("Sign in to Threshold"));
    b.click("#sign-in")
}

/// A forged POST from the signed-in page's own origin: (status, body).
fn forged_post(b: &mut Browser, path: &str, body: &str) -> (u64, String) {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         fetch({path:?}, {{method: 'POST', body: {body:?},
           headers: {{'Content-Type': 'application/x-www-form-urlencoded'}}}})
           .then(async r => done([r.status, await r.text()]))
           .catch(e => done([0, String(e)]));"
    );
    let v = b.js(&script);
    (
        v[0].as_u64().expect("status"),
        v[1].as_str().unwrap_or_default().to_owned(),
    )
}

fn audit_has(
    records: &[threshold::audit::AuditRecord],
    action: &str,
    channel: &str,
    reason: &str,
) -> bool {
    records
        .iter()
        .any(|r| r.event.action == action && r.event.channel == channel && r.event.reason == reason)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_and_members_use_the_dashboard_in_a_real_browser() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let lamp = TestDevice::mint(&tmp.path().join("lamp"), LAMP_PID);
    let lock = TestDevice::mint(&tmp.path().join("lock"), LOCK_PID);
    let mut hub = hub_trusting_with(&[&lamp, &lock], |cfg| {
        cfg.commissioning
            .device_classes
            .push(DeviceClassRuleConfig {
                vid: 0xFFF1,
                pid: Some(LOCK_PID),
                class: DeviceClass::High,
            });
        // Three refused enrollments raise an alert (without a lock).
        cfg.anomaly.failure_threshold = 3;
        cfg.anomaly.lock_on_alert = false;
    })
    .await;
    let owner = hub.owner().await;
    let (member_info, member) = hub.invited(&owner, "member", "Mia").await;

    // A paired TEST ONLY lamp, and a lock waiting for an approval.
    let lamp_id = pair(&hub, &owner, &lamp, &[]).await;
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": lock.qr(), "class": "high"}),
    )
    .await);
    let waiting = tokio::task::spawn_blocking(simulate(&hub, &lock, &["--wait-approval", "90"]));
    let lock_id = common::wait_until_async(Duration::from_secs(30), "the lock pending", || async {
        devices(&owner)
            .await
            .into_iter()
            .find(|d| {
                d.vid == Some(0xFFF1) && d.pid == Some(LOCK_PID) && d.state.to_string() == "pending"
            })
            .map(|d| d.id.into_string())
    })
    .await;
    // A window open for another device, to show on the windows page.
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": hub::QR, "class": "low", "ttl_secs": 600}),
    )
    .await);

    let mut b = open_browser(&hub);
    let base = base(&hub);

    // An admin watches the alerts in a second browser; revoked before the
    // alert below, the page must not receive it.
    let (admin_info, admin) = hub.invited(&owner, "admin", "Ada").await;
    let mut b2 = open_browser(&hub);
    sign_in(&mut b2, &link(&admin, json!({})).await);
    b2.wait_text("#alerts-state", "Watching", 15);

    // Not signed in: every page says so.
    b.get(&format!("{base}/devices"));
    assert_eq!(b.text("#code").as_deref(), Some("session_invalid"));

    // ---- The member: sees the pending lock, no approve button; forged
    // POSTs change nothing.
    let member_link = link(&member, json!({})).await;
    let after = sign_in(&mut b, &member_link);
    assert!(after.ends_with("/devices"), "{after}");
    let who = b.text("#who").unwrap_or_default();
    assert!(who.contains("(member)"), "{who}");
    assert!(who.contains(&member_info.user_id), "{who}");
    let cookies = b.cookies();
    let c = cookies
        .iter()
        .find(|c| c["name"] == "__Host-threshold")
        .unwrap_or_else(|| panic!("session cookie: {cookies:?}"));
    assert_eq!(c["httpOnly"], true, "{c}");
    assert_eq!(c["secure"], true, "{c}");
    assert_eq!(c["sameSite"], "Strict", "{c}");
    assert_eq!(b.count(&format!("[data-device='{lock_id}']")), 1);
    assert_eq!(b.count("button.approve"), 0);
    assert_eq!(
        b.count("a[href='/audit']"),
        0,
        "a member may not read the audit log"
    );
    let approve = format!("/devices/{lock_id}/approve");
    let (status, body) = forged_post(&mut b, &approve, "");
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("csrf_mismatch"), "{body}");
    let (status, body) = forged_post(&mut b, &approve, &format!("csrf={}", "0".repeat(64)));
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("csrf_mismatch"), "{body}");
    let (status, body) = forged_post(&mut b, &approve, &"x".repeat(20_000));
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("body_too_large"), "{body}");
    // With the member's own token the core still refuses: a member may
    // not approve.
    let csrf =
        b.js("arguments[arguments.length - 1](document.querySelector('input[name=csrf]').value)");
    let (status, body) = forged_post(
        &mut b,
        &approve,
        &format!("csrf={}", csrf.as_str().expect("csrf")),
    );
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("not_permitted"), "{body}");
    let still = devices(&owner).await;
    let d = still
        .iter()
        .find(|d| d.id.as_str() == lock_id)
        .expect("lock");
    assert_eq!(d.state.to_string(), "pending", "nothing changed");
    // Revoking the member ends the member's session at once.
    let _: Value = ok(post(
        &owner,
        &format!("/v1/users/{}/revoke", member_info.user_id),
        &json!({}),
    )
    .await);
    b.get(&format!("{base}/devices"));
    assert_eq!(b.text("#code").as_deref(), Some("session_invalid"));
    let _: Value = ok(post(
        &owner,
        &format!("/v1/users/{}/revoke", admin_info.user_id),
        &json!({}),
    )
    .await);

    // ---- The owner.
    b.clear_cookies();
    let owner_link = link(&owner, json!({})).await;
    sign_in(&mut b, &owner_link);
    let who = b.text("#who").unwrap_or_default();
    assert!(who.contains("(owner)"), "{who}");
    // The lamp, attested and admitted; the lock waiting.
    let row = b
        .text(&format!("tr[data-device='{lamp_id}']"))
        .expect("lamp row");
    assert!(row.contains("admitted"), "{row}");
    assert!(row.contains("verified"), "{row}");
    assert!(row.contains("full"), "{row}");
    let card = b
        .text(&format!("article[data-device='{lock_id}']"))
        .expect("lock card");
    assert!(card.contains("high risk"), "{card}");
    assert_eq!(b.count("button.approve"), 1);
    b.screenshot(&shots().join("devices.png"), 1280);
    b.screenshot(&shots().join("devices-phone.png"), 390);

    // The link was spent: a second browser cannot use it.
    b.clear_cookies();
    b.get(&owner_link);
    b.click("#sign-in");
    assert_eq!(b.text("#code").as_deref(), Some("login_link_invalid"));
    b.screenshot(&shots().join("link-used.png"), 800);
    let owner_link = link(&owner, json!({})).await;
    sign_in(&mut b, &owner_link);

    // An alert raised meanwhile appears without a reload.
    b.wait_text("#alerts-state", "Watching", 15);
    b.js("window.__same_page = 42; arguments[arguments.length - 1](true)");
    hub.refused_enrollments(3).await;
    let alert = b.wait_text("#alert-list li", "failure burst", 15);
    assert!(alert.contains("(3 in"), "{alert}");
    // The revoked admin's stream ended at that alert instead of showing it
    // (and the browser's reconnection is refused).
    b2.wait_text("#alerts-state", "interrupted", 15);
    assert_eq!(b2.count("#alert-list li"), 0);
    drop(b2);
    assert_eq!(
        b.js("arguments[arguments.length - 1](window.__same_page)"),
        json!(42),
        "the page was not reloaded"
    );

    // Approve the lock; its state changes and the device completes.
    b.click(&format!("form[action='/devices/{lock_id}/approve'] button"));
    let row = b
        .text(&format!("tr[data-device='{lock_id}']"))
        .expect("lock row after approval");
    assert!(
        row.contains("approved") || row.contains("admitted"),
        "{row}"
    );
    let out = waiting.await.expect("join");
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );

    // The audit page: the chain intact, the approval by the dashboard.
    b.get(&format!("{base}/audit"));
    let chain = b.text("#chain").expect("chain");
    assert!(chain.contains("intact"), "{chain}");
    let table = b.text("#audit").expect("audit table");
    assert!(table.contains("device.approve"), "{table}");
    b.screenshot(&shots().join("audit.png"), 1280);

    b.get(&format!("{base}/windows"));
    assert!(b.count("#windows tbody tr") >= 1);
    b.screenshot(&shots().join("windows.png"), 1280);

    // Sign out: the session is gone.
    b.get(&format!("{base}/devices"));
    b.click(".who button");
    b.wait_text("h1", "Signed out", 10);
    b.get(&format!("{base}/devices"));
    assert_eq!(b.text("#code").as_deref(), Some("session_invalid"));
    drop(b);

    let records = hub.audit().await;
    let approve = records
        .iter()
        .find(|r| r.event.action == "device.approve" && r.event.outcome.as_str() == "success")
        .expect("an approval");
    assert_eq!(approve.event.channel, "dashboard");
    assert_eq!(
        approve.event.actor,
        format!("user:{}", hub_owner_id(&records))
    );
    assert!(audit_has(&records, "dashboard.login", "dashboard", "ok"));
    assert!(audit_has(
        &records,
        "dashboard.login",
        "dashboard",
        "login_link_invalid"
    ));
    assert!(audit_has(
        &records,
        "dashboard.csrf",
        "dashboard",
        "csrf_mismatch"
    ));
    // The member's approval with a valid token: refused by the core.
    assert!(audit_has(
        &records,
        "device.approve",
        "dashboard",
        "not_permitted"
    ));
    assert!(audit_has(
        &records,
        "dashboard.logout",
        "api",
        "user_revoked"
    ));
    assert!(audit_has(&records, "dashboard.logout", "dashboard", "ok"));
    hub.stop().await;
}

/// The owner's user id, from the enrollment record.
fn hub_owner_id(records: &[threshold::audit::AuditRecord]) -> String {
    records
        .iter()
        .find(|r| r.event.action == "enroll.redeem" && r.event.details["role"] == "owner")
        .map(|r| r.event.subject.trim_start_matches("user:").to_owned())
        .unwrap_or_else(|| panic!("owner enrollment: {records:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_links_are_for_oneself_unless_asked_on_the_admin_socket() {
    let mut hub = Hub::start().await;
    let owner = hub.owner().await;
    let (info, member) = hub.invited(&owner, "member", "Max").await;
    // A member may not ask for the owner's link.
    let r = post(&member, "/v1/dashboard/login", &json!({"user": "someone"})).await;
    assert_eq!(refused(r), (403, "not_permitted".into()));
    // The admin socket: the only owner by default, any user by name.
    let v: Value = ok(post(&hub.admin(), "/v1/dashboard/login", &json!({})).await);
    assert!(
        v["url"]
            .as_str()
            .unwrap_or_default()
            .starts_with(&base(&hub)),
        "{v}"
    );
    let v: Value = ok(post(
        &hub.admin(),
        "/v1/dashboard/login",
        &json!({"user": info.user_id}),
    )
    .await);
    assert_eq!(v["user"], info.user_id.as_str());
    let r = post(
        &hub.admin(),
        "/v1/dashboard/login",
        &json!({"user": "nobody"}),
    )
    .await;
    assert_eq!(refused(r), (404, "no_such_user".into()));
    // The CLI over the admin socket prints the link.
    let out = std::process::Command::new(device::BIN)
        .args(["dashboard", "login", "--socket"])
        .arg(&hub.socket)
        .output()
        .expect("run the CLI");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.starts_with(&format!("{}/login?t=", base(&hub))),
        "{stdout}"
    );
    // Unknown fields are refused; nothing is issued.
    let r = post(&owner, "/v1/dashboard/login", &json!({"for": "x"})).await;
    assert_eq!(refused(r).0, 400);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_refuses_bad_input_and_sets_strict_headers() {
    let mut hub = Hub::start().await;
    let owner = hub.owner().await;
    let url = link(&owner, json!({})).await;
    let addr = hub.dashboard.expect("dashboard");
    let client = threshold::api::Client::https(
        &format!("https://127.0.0.1:{}", addr.port()),
        &hub.ca_pem,
        None,
    )
    .expect("client");
    // GET never spends the link, and every answer carries strict headers.
    let path = url
        .split_once(&addr.to_string())
        .expect("the link names the listener")
        .1
        .to_owned();
    for _ in 0..2 {
        let r = client
            .send(hyper::Method::GET, &path, None)
            .await
            .expect("get");
        assert_eq!(r.status(), 200);
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap_or_default();
        assert!(csp.contains("script-src 'self'"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["cache-control"], "no-store");
    }
    // Not a form: refused, nothing changes.
    let r = client
        .request(hyper::Method::POST, "/login", Some(&json!({"t": "0"})))
        .await
        .expect("post");
    assert_eq!(r.status, 400);
    // Malformed links and cookies: refused with their codes.
    for p in ["/login", "/login?t=xyz", "/login?t=%3Cscript%3E"] {
        let r = client
            .request(hyper::Method::GET, p, None::<&()>)
            .await
            .expect("get");
        assert_eq!(r.status, 403, "{p}");
        assert!(
            String::from_utf8_lossy(&r.body).contains("login_link_invalid"),
            "{p}"
        );
    }
    for p in ["/devices", "/audit", "/events", "/thread", "/windows"] {
        let r = client
            .request(hyper::Method::GET, p, None::<&()>)
            .await
            .expect("get");
        assert_eq!(r.status, 401, "{p}");
    }
    let r = client
        .request(hyper::Method::GET, "/nope", None::<&()>)
        .await
        .expect("get");
    assert_eq!(r.status, 404);
    let r = client
        .request(hyper::Method::POST, "/devices/x/approve", Some(&json!({})))
        .await
        .expect("post");
    assert_eq!(r.status, 401, "no session: refused before the form is read");
    // No session was made by any of this.
    let records = hub.audit().await;
    assert!(
        !records.iter().any(|r| r.event.action == "dashboard.login"),
        "{records:?}"
    );
    hub.stop().await;
}

#[test]
fn the_thread_page_and_a_matter_window_s_qr_code_on_a_thread_hub() {
    let ns = netns::NetNs::new("dash");
    let dir = tempfile::tempdir().expect("tempdir");
    // The Matter node on (its default), mDNS on the namespace's loopback.
    let d = otsim::ThreadDaemon::start(
        &ns,
        dir.path(),
        "dash-test",
        "[mdns]\nenabled = true\ninterfaces = [\"lo\"]\n",
    );
    common::wait_until(Duration::from_secs(60), "the hub to lead", || {
        d.status().filter(|s| s["role"] == "leader")
    });
    let code_file = d.state.join("run").join(threshold::daemon::OWNER_CODE_FILE);
    let code = std::fs::read_to_string(&code_file).expect("owner code");
    let o = d.cli(&[
        "user",
        "enroll",
        "--code",
        code.trim(),
        "--name",
        "Olga",
        "--out",
        dir.path().join("olga").to_str().expect("utf8"),
    ]);
    assert!(o.status.success(), "{o:?}");
    // A node attaches: the hub's neighbour.
    let o = d.cli(&["thread", "dataset", "export"]);
    assert!(o.status.success(), "{o:?}");
    let dataset = text(&o.stdout).trim().to_owned();
    let mut node = otsim::CliNode::start(ns.name(), 2);
    node.join(&dataset, Duration::from_secs(30));
    let ext = node.ext_addr();
    common::wait_until(Duration::from_secs(30), "the node as neighbour", || {
        d.status()
            .filter(|s| s["neighbors"].to_string().contains(&ext))
    });
    // The link, from the hub's console (the admin socket: the only owner).
    let o = d.cli(&["dashboard", "login"]);
    assert!(o.status.success(), "{o:?}");
    let out = text(&o.stdout);
    let url = out.lines().next().expect("the link").to_owned();
    assert!(url.starts_with("https://127.0.0.1:8445/login?t="), "{url}");
    let pem = d.state.join("pki").join("server.pem");
    let mut b = Browser::start(ns.command(netns::python()), &spki_pin(&pem));
    sign_in(&mut b, &url);
    b.get("https://127.0.0.1:8445/thread");
    assert_eq!(b.text("#role").as_deref(), Some("leader"));
    let ts = b.text("#timestamp").expect("timestamp");
    assert!(ts.ends_with(')') && ts.contains(" s (ticks "), "{ts}");
    let table = b.text("#neighbours").expect("neighbours");
    assert!(table.contains(&ext), "{table}");
    b.screenshot(&shots().join("thread.png"), 1280);

    // The owner opens a Matter window: its QR code, to show a phone.
    b.get("https://127.0.0.1:8445/windows");
    b.click("#open-matter");
    let alt = b
        .js("arguments[arguments.length - 1](document.querySelector('#matter-qr img').alt)")
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(alt.contains("MT:"), "{alt}");
    let manual = b.text("#manual").expect("manual code");
    assert_eq!(manual.replace('-', "").len(), 11, "{manual}");
    let shot = shots().join("windows-matter.png");
    b.screenshot(&shot, 1280);
    // What the browser drew scans as the hub's onboarding payload.
    let mut reader = png::Decoder::new(std::io::Cursor::new(std::fs::read(&shot).expect("png")))
        .read_info()
        .expect("PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("PNG data");
    let (w, h) = (info.width as usize, info.height as usize);
    let px = buf.len() / (w * h);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[(y * w + x) * px]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    let (_, content) = grids[0].decode().expect("the QR code scans");
    assert!(
        alt.ends_with(&content) && content.starts_with("MT:"),
        "{alt} / {content}"
    );
    // The window is the core's, opened by the owner on channel dashboard.
    let o = std::process::Command::new(device::BIN)
        .args(["audit", "tail", "-n", "50", "--json", "--state-dir"])
        .arg(&d.state)
        .output()
        .expect("audit tail");
    let log = text(&o.stdout);
    assert!(
        log.lines()
            .any(|l| l.contains("\"matter.window_open\"") && l.contains("\"dashboard\"")),
        "{log}"
    );
    // Reloading the page shows the open window, not its code again.
    b.get("https://127.0.0.1:8445/windows");
    assert_eq!(b.count("#matter-qr"), 0);
    let w = b.text("#matter-window").expect("the open Matter window");
    assert!(w.contains("window"), "{w}");
}
