//! Trust updates without a restart (docs/pki.md, "Reloading"): PAA roots,
//! CRLs, the denylist and the firmware policy changed while a real daemon
//! runs, then reloaded with `threshold pki reload`, `POST /v1/pki/reload`
//! or SIGHUP to the real `threshold run` binary; TEST ONLY devices paired
//! with the real `threshold device simulate`.

mod common;
use common::proc::{RunningDaemon, Site};
use common::{device, hub};

use std::process::{Command, Output};
use std::time::Duration;

use device::{devices, hub_trusting, paa_pems, simulate, text, write_paa_roots, TestDevice, BIN};
use hub::{ok, post, refused, Hub};
use nix::sys::signal::Signal;
use serde_json::{json, Value};
use threshold::attestation::cert::CertInfo;
use threshold::attestation::pki::DENYLIST_FILE;
use threshold::audit::AuditRecord;

/// The first audit record after `from` records matching `f` (the log is
/// written before the request that caused it is answered, but TLS
/// refusals reach it asynchronously: poll, bounded).
async fn audited(hub: &Hub, what: &str, f: impl Fn(&AuditRecord) -> bool) -> AuditRecord {
    common::wait_until_async(Duration::from_secs(10), what, || async {
        hub.audit().await.into_iter().find(|r| f(r))
    })
    .await
}

/// Opens a low-risk window for `dev` as `owner` and runs the simulator.
async fn pair(hub: &Hub, owner: &threshold::api::Client, dev: &TestDevice) -> Output {
    let _: Value = ok(post(
        owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    tokio::task::spawn_blocking(simulate(hub, dev, &[]))
        .await
        .expect("join")
}

fn paired(out: &Output) -> bool {
    out.status.success() && text(&out.stdout).contains("paired: device")
}

/// A denylist entry for the certificate `der` (by SKI).
fn deny_ski(der: &[u8]) -> String {
    let info = CertInfo::parse(der).expect("cert");
    format!(
        "[[deny]]\nski = \"{}\"\nreason = \"test\"\n",
        info.ski_hex().expect("ski")
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paa_added_while_running_is_trusted_after_pki_reload() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting(&[]).await;
    let owner = hub.owner().await;

    let out = pair(&hub, &owner, &dev).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    audited(&hub, "the untrusted device's handshake refusal", |r| {
        r.event.action == "tls.handshake" && r.event.reason == "attestation"
    })
    .await;

    write_paa_roots(&hub.cfg.state_dir, &paa_pems(&[&dev]));
    let o = Command::new(BIN)
        .args(["pki", "reload", "--socket"])
        .arg(&hub.socket)
        .output()
        .expect("pki reload");
    assert_eq!(o.status.code(), Some(0), "stderr: {}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains("reloaded: 1 PAA root(s), 0 CRL(s)"),
        "{}",
        text(&o.stdout)
    );
    let rec = audited(&hub, "pki.reload", |r| r.event.action == "pki.reload").await;
    assert_eq!(
        (
            rec.event.actor.as_str(),
            rec.event.channel.as_str(),
            rec.event.outcome.as_str()
        ),
        ("user:local-admin", "local", "success")
    );
    assert_eq!(rec.event.details["roots"], 1);

    // The refused window is still open: the device pairs in it now.
    let out = tokio::task::spawn_blocking(simulate(&hub, &dev, &[]))
        .await
        .expect("join");
    assert!(paired(&out), "{}\n{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(devices(&owner).await[0].state.to_string(), "admitted");
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_denylist_is_refused_and_the_trust_set_in_force_is_kept() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting(&[&dev]).await;
    let owner = hub.owner().await;
    assert!(paired(&pair(&hub, &owner, &dev).await));

    // A denylist that names the device but does not parse: nothing of it
    // may take effect.
    let deny = hub.cfg.state_dir.join(DENYLIST_FILE);
    std::fs::write(
        &deny,
        format!("{}\nthis is = [not toml", deny_ski(&dev.chain.dac.der)),
    )
    .expect("denylist");
    let (status, code) = refused(post(&owner, "/v1/pki/reload", &json!({})).await);
    assert_eq!((status, code.as_str()), (422, "invalid_trust_file"));
    let r = post(&owner, "/v1/pki/reload", &json!({})).await;
    let body: Value = serde_json::from_slice(&r.body).expect("json");
    let message = body["message"].as_str().expect("message");
    assert!(message.contains(&deny.display().to_string()), "{message}");
    let rec = audited(&hub, "the refused reload", |r| {
        r.event.action == "pki.reload" && r.event.outcome.as_str() == "failure"
    })
    .await;
    assert_eq!(rec.event.reason, "invalid_trust_file");
    assert_eq!(rec.event.details["file"], deny.display().to_string());
    assert!(rec.event.actor.starts_with("user:"), "{:?}", rec.event);

    // The old set is in force: the same DAC still pairs (a new window, a
    // new operational key), and the admitted device was not touched.
    assert!(paired(&pair(&hub, &owner, &dev).await));
    let ds = devices(&owner).await;
    assert_eq!(ds.len(), 2, "{ds:?}");
    assert!(
        ds.iter().all(|d| d.state.to_string() == "admitted"),
        "{ds:?}"
    );
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_may_not_reload_and_is_audited() {
    let mut hub = hub_trusting(&[]).await;
    let owner = hub.owner().await;
    let (member, client) = hub.invited(&owner, "member", "Member").await;
    let (status, code) = refused(post(&client, "/v1/pki/reload", &json!({})).await);
    assert_eq!((status, code.as_str()), (403, "not_permitted"));
    let rec = audited(&hub, "the member's refused reload", |r| {
        r.event.action == "pki.reload"
    })
    .await;
    assert_eq!(rec.event.actor, format!("user:{}", member.user_id));
    assert_eq!(
        (rec.event.outcome.as_str(), rec.event.reason.as_str()),
        ("denied", "not_permitted")
    );
    // An admin may.
    let (_, admin) = hub.invited(&owner, "admin", "Admin").await;
    let r: Value = ok(post(&admin, "/v1/pki/reload", &json!({})).await);
    assert_eq!(r["counts"]["roots"], 0);
    hub.stop().await;
}

/// A pairing connection that reloads the hub's trust set just before it
/// sends `/pair/confirm`: the device's handshake (and PAKE) ran on the old
/// set, its admission is decided after the swap.
struct ReloadBeforeConfirm {
    inner: threshold::device::LocalExchange,
    reload: Option<Box<dyn FnOnce() -> futures_util::future::BoxFuture<'static, ()> + Send>>,
}

impl threshold::device::Exchange for ReloadBeforeConfirm {
    fn post(&mut self, path: &str, cbor: Vec<u8>) -> threshold::device::PostFuture<'_> {
        let reload = if path == "/pair/confirm" {
            self.reload.take()
        } else {
            None
        };
        let path = path.to_owned();
        Box::pin(async move {
            if let Some(r) = reload {
                r().await;
            }
            self.inner.post(&path, cbor).await
        })
    }

    fn exporter(&self) -> [u8; threshold::pairing::EXPORTER_LEN] {
        self.inner.exporter()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chain_revoked_between_handshake_and_confirm_is_admitted_into_quarantine() {
    use threshold::device::{DeviceConfig, DeviceSimulator, LocalExchange};
    use threshold::pairing::PairingService;

    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let mut hub = hub_trusting(&[&dev]).await;
    let owner = hub.owner().await;
    let _: Value = ok(post(
        &owner,
        "/v1/windows",
        &json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    let daemon = hub.daemon();
    let reloader = daemon.trust_reloader().expect("coap started").clone();
    let ca = threshold::attestation::hub_ca::HubCa::load_or_create(
        &hub.cfg.state_dir,
        threshold::time::WallClock::now(&threshold::time::SystemClock),
    )
    .expect("ca");
    // The daemon's trust set, shared: what the TLS verifier would use.
    let svc = std::sync::Arc::new(
        PairingService::new(
            daemon.core.clone(),
            std::sync::Arc::new(ca),
            Default::default(),
            std::sync::Arc::new(threshold::time::SystemClock),
        )
        .with_trust(reloader.trust().clone()),
    );
    let hub_id = daemon
        .core
        .call(|c, _| c.hub_id().to_owned())
        .await
        .expect("core");
    let deny = (
        hub.cfg.state_dir.join(DENYLIST_FILE),
        deny_ski(&dev.chain.dac.der),
    );
    let r = reloader.clone();
    let mut first = ReloadBeforeConfirm {
        inner: LocalExchange::device(
            svc.clone(),
            &dev.chain.dac.der,
            &dev.chain.pai.der,
            0xFFF1,
            0x8001,
        )
        .expect("exchange"),
        reload: Some(Box::new(move || {
            Box::pin(async move {
                std::fs::write(&deny.0, &deny.1).expect("deny");
                let report = r.reload(None).await.expect("reload");
                // Not admitted yet: nothing to re-check.
                assert_eq!((report.rechecked, report.quarantined.len()), (0, 0));
            })
        })),
    };
    let sim = DeviceSimulator::new(DeviceConfig::new(
        dev.chain.dac.der.clone(),
        dev.chain.setup.passcode,
        dev.chain.setup.discriminator,
        1,
        hub_id,
    ));
    let svc2 = svc.clone();
    let reconnect = move |id| -> threshold::device::ReconnectFuture {
        Box::pin(async move {
            Ok(Box::new(LocalExchange::operational(svc2, &id)?)
                as Box<dyn threshold::device::Exchange>)
        })
    };
    let paired = sim.pair(&mut first, reconnect, &mut |_| {}).await;
    assert!(paired.is_err(), "a revoked device never reaches full scope");
    let ds = devices(&owner).await;
    assert_eq!(ds.len(), 1, "{ds:?}");
    assert_eq!(
        (ds[0].state.to_string().as_str(), ds[0].reason.as_deref()),
        ("quarantined", Some("dac_revoked")),
        "{ds:?}"
    );
    let q = audited(&hub, "the quarantine", |r| {
        r.event.action == "device.quarantine"
    })
    .await;
    assert_eq!(q.event.reason, "dac_revoked");
    assert_eq!(q.event.details["cert"], "dac");
    hub.stop().await;
}

// ------------------------------------------------- the core, on virtual time

/// The core's part: who may reload, what is persisted at admission, which
/// findings quarantine, and what is audited.
#[test]
fn the_core_decides_who_reloads_and_quarantines_what_is_still_in() {
    use threshold::commissioning::event::{DeviceAttestation, Event, Persist};
    use threshold::commissioning::policy::{DeviceClass, Policy, Role};
    use threshold::commissioning::TrustFinding;

    let mut sim = common::Sim::new(Policy::default());
    let owner = common::actor(Role::Owner);
    let admit = |sim: &mut common::Sim, disc: u16| {
        let now = sim.now;
        sim.core
            .open_window(now, &owner, common::open_req(disc, DeviceClass::Low))
            .expect("open");
        let t = sim
            .core
            .start_pake(now, &format!("dac-{disc}"), disc, 0xFFF1, 0x8001)
            .expect("start");
        let key = common::device_key();
        let chain = DeviceAttestation {
            dac: vec![disc as u8],
            pai: vec![2],
            firmware: 7,
        };
        sim.core
            .pake_succeeded_attested(now, t, &key, chain.clone())
            .expect("admit");
        // The chain is persisted in the same batch as the pending device.
        let persisted: Vec<Persist> = sim
            .events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Persist(p) => Some(p),
                _ => None,
            })
            .collect();
        let dev = persisted
            .iter()
            .position(|p| matches!(p, Persist::Device(d) if d.id.as_str() == key.fingerprint()))
            .expect("device persisted");
        let att = persisted
            .iter()
            .position(|p| matches!(p, Persist::DeviceAttested(a) if a.attestation == chain))
            .expect("attestation persisted");
        assert!(dev < att);
        threshold::commissioning::DeviceId::from(key.fingerprint())
    };
    let a = admit(&mut sim, 1);
    let b = admit(&mut sim, 2);

    // A member and a guest are refused and audited; owner and admin pass.
    let now = sim.now;
    for role in [Role::Member, Role::Guest] {
        let e = sim
            .core
            .check_trust_reload(now, &common::actor(role))
            .expect_err("refused");
        assert_eq!(e.code(), "not_permitted");
    }
    assert_eq!(
        sim.audits(),
        vec![
            ("pki.reload".into(), "not_permitted".into()),
            ("pki.reload".into(), "not_permitted".into())
        ]
    );
    for role in [Role::Owner, Role::Admin] {
        sim.core
            .check_trust_reload(now, &common::actor(role))
            .expect("allowed");
    }
    assert!(sim.audits().is_empty());

    // A refused file: audited as a failure, nothing else changes.
    let e = sim
        .core
        .trust_reload_refused(now, None, "/s/deny.toml", "bad");
    assert_eq!(e.code(), "invalid_trust_file");
    assert_eq!(
        sim.audits(),
        vec![("pki.reload".into(), "invalid_trust_file".into())]
    );

    // `b` already quarantined by a user: only `a` is quarantined now.
    sim.core
        .quarantine(now, &owner, b.as_str())
        .expect("quarantine");
    sim.events();
    let finding = |d: &threshold::commissioning::DeviceId| TrustFinding {
        device: d.clone(),
        reason: "dac_revoked".into(),
        details: vec![("cert".into(), "dac".into())],
    };
    let q = sim.core.trust_reloaded(
        now,
        None,
        vec![("roots".into(), 1.into())],
        vec![finding(&a), finding(&b)],
    );
    assert_eq!(q, vec![a.clone()]);
    let audits: Vec<_> = sim
        .events()
        .into_iter()
        .filter_map(|e| match e {
            Event::Audit(a) => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(audits[0].action, "pki.reload");
    assert_eq!(
        (audits[0].actor.as_str(), audits[0].channel.as_str()),
        ("system", "signal")
    );
    assert_eq!(audits[0].details["quarantined"], 1);
    let q: Vec<_> = audits
        .iter()
        .filter(|e| e.action == "device.quarantine")
        .collect();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].subject, format!("device:{a}"));
    assert_eq!(q[0].reason, "dac_revoked");
    assert_eq!(
        sim.core.device(a.as_str()).map(|d| d.state.as_str()),
        Some("quarantined")
    );
}

// ------------------------------------------- the real binary and SIGHUP

#[test]
fn sighup_quarantines_an_admitted_device_whose_dac_is_now_denied() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dev = TestDevice::mint(tmp.path(), 0x8001);
    let site = Site::new(tmp.path(), "", "", "");
    let d = RunningDaemon::start(&site);
    let coap = d.coap;
    // The root is written after the start: SIGHUP makes it trusted.
    write_paa_roots(&site.state, &paa_pems(&[&dev]));
    d.signal(Signal::SIGHUP);
    d.wait_for("device trust set reloaded");

    site.open_window(&dev);
    let out = site.simulate(coap, &dev);
    assert!(paired(&out), "{}\n{}", text(&out.stdout), text(&out.stderr));
    let ds = site.json(&["device", "list"]);
    assert_eq!(ds[0]["state"], "admitted", "{ds}");
    let id = ds[0]["id"].as_str().expect("id").to_owned();

    // The DAC denied by SKI; SIGHUP.
    std::fs::write(site.state.join(DENYLIST_FILE), deny_ski(&dev.chain.dac.der)).expect("deny");
    d.signal(Signal::SIGHUP);
    let line = d.wait_for("device trust set reloaded");
    assert!(line.contains("quarantined=1"), "{line}");

    let ds = site.json(&["device", "list"]);
    assert_eq!(
        (ds[0]["id"].as_str(), ds[0]["state"].as_str()),
        (Some(id.as_str()), Some("quarantined")),
        "{ds}"
    );
    let log = site.audit();
    let reload = log
        .iter()
        .rev()
        .find(|r| r["action"] == "pki.reload")
        .expect("pki.reload");
    assert_eq!(
        (&reload["actor"], &reload["channel"], &reload["outcome"]),
        (&json!("system"), &json!("signal"), &json!("success"))
    );
    assert_eq!(
        (
            &reload["details"]["denylist"],
            &reload["details"]["quarantined"]
        ),
        (&json!(1), &json!(1))
    );
    let q = log
        .iter()
        .find(|r| r["action"] == "device.quarantine")
        .expect("device.quarantine");
    assert_eq!(q["subject"], format!("device:{id}"));
    assert_eq!(q["reason"], "dac_revoked");
    assert_eq!(q["details"]["cert"], "dac");

    // A new handshake with that DAC is refused.
    site.open_window(&dev);
    let out = site.simulate(coap, &dev);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    let refused = common::wait_until(Duration::from_secs(10), "the handshake refusal", || {
        site.audit()
            .into_iter()
            .find(|r| r["action"] == "tls.handshake")
    });
    assert_eq!(refused["reason"], "attestation");
    assert!(
        refused["details"].to_string().contains("revoked"),
        "{refused}"
    );
    let o = site.audit_verify();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    d.stop();
}
