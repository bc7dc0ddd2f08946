//! Pairing protocol v1 end to end, minus sockets: the reference device
//! ([`DeviceSimulator`]) against the [`PairingService`] over
//! [`LocalExchange`], with the real daemon core and SQLite store
//! (`Daemon::start` in a tempdir), real SPAKE2+, CWT tokens, attestation
//! (chains minted by `attestation::mint`, and the Matter SDK's test chain)
//! and the hub CA.
//!
//! Tests that need time to pass (an expired window, a token past `exp`)
//! drive the same core on virtual time ([`VirtualCore`]: a `Commissioner`
//! on a manual clock, its events written to a real SQLite store).
//!
//! Every attack test asserts the `error` code and CoAP code, the audit
//! record with that reason, and that nothing else changed.

mod common;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ciborium::value::Value;
use threshold::attestation::mint::{mint_test_chain, MintOptions};
use threshold::attestation::{AttestationVerifier, Expected, FirmwarePolicy, TrustStore};
use threshold::audit::{AuditEvent, Outcome};
use threshold::commissioning::event::{DeviceState, Event, Persist, Service};
use threshold::commissioning::policy::{DeviceClass, Policy, Role};
use threshold::commissioning::token::{Cti, HubKey, Scope};
use threshold::commissioning::{
    Actor, Commissioner, DeviceId, OpenWindow, Snapshot, WindowId, WindowInfo, WindowPake,
};
use threshold::config::{Config, Settings};
use threshold::core_driver::{CoreGone, CoreHandle};
use threshold::daemon::{Daemon, OWNER_CODE_FILE};
use threshold::device::{
    random_exporter, DeviceConfig, DeviceError, DeviceSimulator, Exchange, ExchangeError,
    LocalExchange, OperationalIdentity, PairedDevice, PostFuture, ReconnectFuture, StepKind,
};
use threshold::pairing::{dac_fingerprint, CoreAccess, PairingService, PeerAuth, Reply};
use threshold::pake::{Context, Prover};
use threshold::store::{Store, StoreHandle, StoreWriter};
use threshold::time::{ManualClock, SystemClock, UnixMillis, WallClock};

const VID: u16 = 0xFFF1;
const PID: u16 = 0x8001;
const FIXTURES: &str = "tests/fixtures/matter-test-pki";

// ---------------------------------------------------------------------------
// Devices

/// A device as it leaves the factory: its attestation chain and label.
struct TestDevice {
    dac: Vec<u8>,
    pai: Vec<u8>,
    paa: Vec<u8>,
    passcode: u32,
    disc: u16,
}

/// A chain minted by `attestation::mint` for `vid`/`pid`, valid at `wall`.
fn minted(vid: u16, pid: u16, disc: u16, wall: UnixMillis) -> TestDevice {
    let chain = mint_test_chain(&MintOptions::new(vid, pid, wall)).expect("mint");
    TestDevice {
        dac: chain.dac.der,
        pai: chain.pai.der,
        paa: chain.paa.der,
        passcode: chain.setup.passcode,
        disc,
    }
}

/// The Matter SDK's public test device (FFF1/8001, 20202021, 3840).
fn sdk_device() -> TestDevice {
    let read = |f: &str| std::fs::read(Path::new(FIXTURES).join(f)).expect("fixture");
    TestDevice {
        dac: read("Matter-Dev-DAC-FFF1-8001-Cert.der"),
        pai: read("Matter-Dev-PAI-FFF1-noPID-Cert.der"),
        paa: read("Chip-Test-PAA-FFF1-Cert.der"),
        passcode: 20202021,
        disc: 3840,
    }
}

/// What the TLS transport does with a device's client chain: verify it
/// against the trust store and derive the peer identity, with a fresh
/// exporter.
fn attest(dev: &TestDevice, wall: UnixMillis) -> PeerAuth {
    let mut trust = TrustStore::empty();
    trust.add_der(&dev.paa, "test-paa").expect("paa");
    let verdict =
        AttestationVerifier::new(trust).verify(&dev.dac, &dev.pai, wall, Expected::default());
    assert!(verdict.ok, "{:#?}", verdict.first_failure);
    PeerAuth::from_verdict(
        &dev.dac,
        &dev.pai,
        &verdict,
        random_exporter().expect("rng"),
    )
    .expect("peer")
}

fn cbor(entries: &[(&str, Value)]) -> Vec<u8> {
    let map = Value::Map(
        entries
            .iter()
            .map(|(k, v)| (Value::Text((*k).into()), v.clone()))
            .collect(),
    );
    let mut out = Vec::new();
    ciborium::ser::into_writer(&map, &mut out).expect("encode");
    out
}

fn decode(body: &[u8]) -> Vec<(String, Value)> {
    let v: Value = ciborium::de::from_reader(body).expect("CBOR");
    match v {
        Value::Map(m) => m
            .into_iter()
            .map(|(k, v)| (k.into_text().expect("text key"), v))
            .collect(),
        other => panic!("not a map: {other:?}"),
    }
}

fn field(body: &[u8], key: &str) -> Value {
    decode(body)
        .into_iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("no {key:?} in {:?}", decode(body)))
        .1
}

fn uint(v: Value) -> u64 {
    u64::try_from(v.into_integer().expect("integer")).expect("u64")
}

fn bytes(v: Value) -> Vec<u8> {
    v.into_bytes().expect("bytes")
}

#[track_caller]
fn assert_refused(reply: &Reply, error: &str, code: (u8, u8)) {
    assert_eq!(
        reply.error_code().as_deref(),
        Some(error),
        "body {:?}",
        decode(&reply.body)
    );
    assert_eq!(reply.code, code, "{error}");
    let keys: Vec<String> = decode(&reply.body).into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["error", "message"]);
}

/// A valid PKCS#10 request for a fresh P-256 key.
fn csr() -> Vec<u8> {
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("key");
    rcgen::CertificateParams::default()
        .serialize_request(&key)
        .expect("csr")
        .der()
        .to_vec()
}

// ---------------------------------------------------------------------------
// The core on virtual time, over a real SQLite store

/// A `Commissioner` on virtual time (manual wall clock, virtual monotonic
/// clock); every event is kept for inspection and persisted/audited in a
/// real SQLite store before `call` returns, as the daemon's driver does.
#[derive(Clone)]
struct VirtualCore {
    core: Arc<tokio::sync::Mutex<Commissioner>>,
    store: StoreHandle,
    now: Arc<Mutex<Instant>>,
    clock: Arc<ManualClock>,
    events: Arc<Mutex<Vec<Event>>>,
}

impl VirtualCore {
    fn new(state: &Path, policy: Policy) -> VirtualCore {
        let clock = Arc::new(ManualClock::new(common::T0_WALL));
        let now = Instant::now();
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
        let core = Commissioner::new(
            policy,
            hub,
            clock.clone(),
            Box::new(ring::rand::SystemRandom::new()),
            now,
            Snapshot::default(),
        );
        let store = StoreWriter::spawn(Store::open(state).expect("store"));
        VirtualCore {
            core: Arc::new(tokio::sync::Mutex::new(core)),
            store,
            now: Arc::new(Mutex::new(now)),
            clock,
            events: Arc::new(Mutex::new(Vec::new())),
        }
    }

    async fn drain(&self, core: &mut Commissioner) {
        let (mut audits, mut persists) = (Vec::new(), Vec::new());
        while let Some(ev) = core.poll_event() {
            match &ev {
                Event::Audit(a) => audits.push(a.clone()),
                Event::Persist(p) => persists.push(p.clone()),
                _ => {}
            }
            self.events.lock().expect("events").push(ev);
        }
        let wall = self.clock.now();
        self.store
            .call(move |s: &mut Store| s.commit(wall, &persists, &audits))
            .await
            .expect("store")
            .expect("commit");
    }

    /// Advances both clocks, then fires the core's timers (as the driver's
    /// `sleep_until(poll_timeout)` would).
    async fn advance(&self, d: Duration) {
        let mut core = self.core.lock().await;
        let now = {
            let mut n = self.now.lock().expect("now");
            *n += d;
            *n
        };
        self.clock.advance(d);
        core.handle_timeout(now);
        self.drain(&mut core).await;
    }

    fn events(&self) -> Vec<Event> {
        self.events.lock().expect("events").clone()
    }
}

impl CoreAccess for VirtualCore {
    fn now(&self) -> Instant {
        *self.now.lock().expect("now")
    }

    fn call<R, F>(&self, f: F) -> impl Future<Output = Result<R, CoreGone>> + Send
    where
        R: Send + 'static,
        F: FnOnce(&mut Commissioner, Instant) -> R + Send + 'static,
    {
        let this = self.clone();
        async move {
            let mut core = this.core.lock().await;
            let r = f(&mut core, this.now());
            this.drain(&mut core).await;
            Ok(r)
        }
    }
}

// ---------------------------------------------------------------------------
// The hub

struct Hub<C: CoreAccess> {
    _tmp: tempfile::TempDir,
    state: PathBuf,
    daemon: Option<Daemon>,
    core: C,
    service: Arc<PairingService<C>>,
    wall: Arc<dyn WallClock>,
    hub_id: String,
    owner: Actor,
    admin: Actor,
    member: Actor,
}

/// What an attack must not change.
#[derive(Debug, PartialEq)]
struct Observed {
    windows: Vec<(WindowId, u32, bool)>,
    devices: Vec<(DeviceId, DeviceState)>,
    sessions: usize,
}

fn test_config(state: &Path) -> Config {
    let mut cfg = Config {
        state_dir: state.to_owned(),
        ..Config::default()
    };
    // Attack tests make many refusals in a row; the burst lock has its own
    // tests (tests/commissioning.rs) and would mask the codes under test.
    cfg.anomaly.failure_threshold = 1000;
    cfg.anomaly.open_threshold = 1000;
    // The TEST ONLY vendor is `low` by policy (unknown devices are `high`).
    cfg.commissioning
        .device_classes
        .push(common::test_vendor_row());
    cfg
}

async fn enroll(core: &CoreHandle, code: String, name: &str) -> Actor {
    let name = name.to_owned();
    let user = core
        .call(move |c, now| c.enroll(now, code.trim(), &name, "local"))
        .await
        .expect("core")
        .expect("enroll");
    Actor {
        user: user.id,
        role: user.role,
        channel: "api",
    }
}

async fn invite(core: &CoreHandle, by: &Actor, role: Role) -> String {
    let by = by.clone();
    let (code, _) = core
        .call(move |c, now| c.create_invite(now, &by, role, None))
        .await
        .expect("core")
        .expect("invite");
    code.display.to_string()
}

/// A daemon in a tempdir with an owner, an admin and a member enrolled.
async fn daemon_hub(firmware: &str, tweak: impl FnOnce(&mut Config)) -> Hub<CoreHandle> {
    let tmp = tempfile::tempdir().expect("tempdir");
    let state = tmp.path().join("state");
    let mut cfg = test_config(&state);
    tweak(&mut cfg);
    let cfg = Settings::try_from(cfg).expect("valid configuration");
    let daemon = Daemon::start(&cfg).await.expect("daemon");
    let core = daemon.core.clone();
    let code = std::fs::read_to_string(cfg.runtime_dir.join(OWNER_CODE_FILE)).expect("code");
    let owner = enroll(&core, code, "Olivia").await;
    let admin = enroll(&core, invite(&core, &owner, Role::Admin).await, "Adam").await;
    let member = enroll(&core, invite(&core, &owner, Role::Member).await, "Mia").await;
    let wall: Arc<dyn WallClock> = Arc::new(SystemClock);
    let hub_id = core.call(|c, _| c.hub_id().to_owned()).await.expect("core");
    finish_hub(
        tmp,
        state,
        Some(daemon),
        core,
        wall,
        hub_id,
        firmware,
        [owner, admin, member],
    )
}

/// The same service on a [`VirtualCore`].
async fn virtual_hub(firmware: &str) -> Hub<VirtualCore> {
    let tmp = tempfile::tempdir().expect("tempdir");
    let state = tmp.path().join("state");
    let policy = Settings::try_from(test_config(&state))
        .expect("policy")
        .policy;
    threshold::fsutil::ensure_private_dir(&state).expect("state dir");
    let core = VirtualCore::new(&state, policy);
    let wall: Arc<dyn WallClock> = core.clock.clone();
    let hub_id = core.call(|c, _| c.hub_id().to_owned()).await.expect("core");
    let actors = [Role::Owner, Role::Admin, Role::Member].map(common::actor);
    finish_hub(tmp, state, None, core, wall, hub_id, firmware, actors)
}

#[allow(clippy::too_many_arguments)]
fn finish_hub<C: CoreAccess + Clone>(
    tmp: tempfile::TempDir,
    state: PathBuf,
    daemon: Option<Daemon>,
    core: C,
    wall: Arc<dyn WallClock>,
    hub_id: String,
    firmware: &str,
    [owner, admin, member]: [Actor; 3],
) -> Hub<C> {
    let ca =
        threshold::attestation::hub_ca::HubCa::load_or_create(&state, wall.now()).expect("hub CA");
    let policy = FirmwarePolicy::from_toml_str(firmware).expect("firmware policy");
    let service = Arc::new(PairingService::new(
        core.clone(),
        Arc::new(ca),
        policy,
        wall.clone(),
    ));
    Hub {
        _tmp: tmp,
        state,
        daemon,
        core,
        service,
        wall,
        hub_id,
        owner,
        admin,
        member,
    }
}

impl<C: CoreAccess + Clone> Hub<C> {
    fn minted(&self, vid: u16, pid: u16, disc: u16) -> TestDevice {
        minted(vid, pid, disc, self.wall.now())
    }

    fn attest(&self, dev: &TestDevice) -> PeerAuth {
        attest(dev, self.wall.now())
    }

    /// A user scans the device's code and opens a window for it.
    async fn open(&self, by: &Actor, dev: &TestDevice, class: DeviceClass) -> WindowInfo {
        self.open_for(by, dev, VID, PID, class, None).await
    }

    async fn open_for(
        &self,
        by: &Actor,
        dev: &TestDevice,
        vid: u16,
        pid: u16,
        class: DeviceClass,
        ttl: Option<Duration>,
    ) -> WindowInfo {
        let pake = WindowPake::derive(dev.passcode, 1000, &ring::rand::SystemRandom::new())
            .expect("derive");
        let req = OpenWindow {
            discriminator: dev.disc,
            vid,
            pid,
            class,
            ttl,
            pake,
        };
        let by = by.clone();
        self.core
            .call(move |c, now| c.open_window(now, &by, req))
            .await
            .expect("core")
            .expect("open window")
    }

    fn simulator(&self, dev: &TestDevice, firmware: u32) -> DeviceSimulator {
        let mut cfg = DeviceConfig::new(
            dev.dac.clone(),
            dev.passcode,
            dev.disc,
            firmware,
            self.hub_id.clone(),
        );
        cfg.redeem_retry = Duration::from_millis(20);
        cfg.redeem_attempts = 1000;
        DeviceSimulator::new(cfg)
    }

    fn reconnect(&self) -> impl FnOnce(OperationalIdentity) -> ReconnectFuture + Send + 'static {
        let svc = self.service.clone();
        move |id| {
            Box::pin(async move {
                Ok(Box::new(LocalExchange::operational(svc, &id)?) as Box<dyn Exchange>)
            })
        }
    }

    /// The whole sequence, as the device runs it.
    async fn pair(&self, dev: &TestDevice, firmware: u32) -> Result<PairedDevice, DeviceError> {
        let mut first = LocalExchange::new(self.service.clone(), self.attest(dev));
        self.simulator(dev, firmware)
            .pair(&mut first, self.reconnect(), &mut |s| {
                println!("device: {s}")
            })
            .await
    }

    /// Runs the device up to `/pair/confirm` and stops before redeeming:
    /// returns its setup token and operational identity.
    async fn pair_until_confirm(&self, dev: &TestDevice) -> (Vec<u8>, OperationalIdentity) {
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut first = Recorder {
            inner: LocalExchange::new(self.service.clone(), self.attest(dev)),
            log: log.clone(),
        };
        let identity = Arc::new(Mutex::new(None));
        let keep = identity.clone();
        let r = self
            .simulator(dev, 1)
            .pair(
                &mut first,
                move |id| {
                    *keep.lock().expect("id") = Some(id);
                    async { Err::<Box<dyn Exchange>, _>(ExchangeError::Transport("stop".into())) }
                },
                &mut |s| println!("device: {s}"),
            )
            .await;
        assert!(matches!(r, Err(DeviceError::Exchange(_))), "{r:?}");
        let log = log.lock().expect("log");
        let (_, _, code, reply) = log
            .iter()
            .find(|(p, _, _, _)| p == "/pair/confirm")
            .expect("confirm sent");
        assert_eq!(*code, (2, 4));
        let token = bytes(field(reply, "token"));
        let id = identity.lock().expect("id").take().expect("identity");
        (token, id)
    }

    async fn post(&self, peer: &PeerAuth, path: &str, body: Vec<u8>) -> Reply {
        self.service.handle(peer, path, &body).await
    }

    async fn redeem(&self, id: &OperationalIdentity, token: &[u8]) -> Reply {
        let peer = PeerAuth::Operational {
            key: id.public_key.clone(),
            exporter: random_exporter().expect("rng"),
        };
        self.post(
            &peer,
            "/pair/redeem",
            cbor(&[("token", Value::Bytes(token.to_vec()))]),
        )
        .await
    }

    /// `/pair/start` for `disc`: session id, salt, iterations.
    async fn start(&self, peer: &PeerAuth, disc: u16) -> (u64, Vec<u8>, u32) {
        let r = self
            .post(peer, "/pair/start", cbor(&[("disc", Value::from(disc))]))
            .await;
        assert_eq!(r.code, (2, 1), "{:?}", decode(&r.body));
        (
            uint(field(&r.body, "session")),
            bytes(field(&r.body, "salt")),
            uint(field(&r.body, "iter")) as u32,
        )
    }

    /// `/pair/pake` for a session with `passcode` as the device's guess.
    async fn pake(
        &self,
        peer: &PeerAuth,
        (session, salt, iter): &(u64, Vec<u8>, u32),
        passcode: u32,
    ) -> Reply {
        let (secrets, _) = threshold::pake::derive(passcode, salt, *iter).expect("derive");
        let PeerAuth::Device {
            dac_fingerprint,
            exporter,
            ..
        } = peer
        else {
            panic!("device peer")
        };
        let (_, share_p) = Prover::start(
            &secrets,
            &Context::for_pairing(exporter),
            dac_fingerprint.as_bytes(),
            self.hub_id.as_bytes(),
            &ring::rand::SystemRandom::new(),
        )
        .expect("prover");
        self.post(
            peer,
            "/pair/pake",
            cbor(&[
                ("session", Value::from(*session)),
                ("share_p", Value::Bytes(share_p.to_vec())),
            ]),
        )
        .await
    }

    /// A device that does not know the passcode: runs `/pair/start` and
    /// `/pair/pake` with a guess, then sends a confirmation anyway.
    async fn guess(&self, peer: &PeerAuth, disc: u16, passcode: u32) -> Reply {
        let r = self
            .post(peer, "/pair/start", cbor(&[("disc", Value::from(disc))]))
            .await;
        if r.code != (2, 1) {
            return r;
        }
        let started = (
            uint(field(&r.body, "session")),
            bytes(field(&r.body, "salt")),
            uint(field(&r.body, "iter")) as u32,
        );
        let session = started.0;
        let r = self.pake(peer, &started, passcode).await;
        assert_eq!(r.code, (2, 4), "{:?}", decode(&r.body));
        self.post(
            peer,
            "/pair/confirm",
            cbor(&[
                ("session", Value::from(session)),
                ("confirm_p", Value::Bytes(vec![0x5a; 32])),
                ("csr", Value::Bytes(csr())),
                ("firmware", Value::from(1u32)),
            ]),
        )
        .await
    }

    async fn windows(&self) -> Vec<WindowInfo> {
        self.core.call(|c, _| c.windows()).await.expect("core")
    }

    fn store(&self) -> Store {
        Store::open_readonly(&self.state).expect("store")
    }

    fn devices(&self) -> Vec<threshold::commissioning::event::DeviceRecord> {
        let rows = self.store().list_devices().expect("devices");
        rows.into_iter().map(|r| r.device).collect()
    }

    fn audit(&self) -> Vec<AuditEvent> {
        let store = self.store();
        assert!(store.verify_audit().expect("verify").is_intact());
        store
            .audit_tail(100_000)
            .expect("tail")
            .into_iter()
            .map(|r| r.event)
            .collect()
    }

    /// The audit records of `action` with `reason`.
    fn audited(&self, action: &str, reason: &str) -> Vec<AuditEvent> {
        self.audit()
            .into_iter()
            .filter(|e| e.action == action && e.reason == reason)
            .collect()
    }

    #[track_caller]
    fn assert_denied(&self, action: &str, reason: &str) -> AuditEvent {
        let found = self.audited(action, reason);
        let Some(e) = found.last() else {
            panic!(
                "no {action} {reason} audit record in {:#?}",
                self.audit()
                    .iter()
                    .map(|e| (&e.action, &e.reason))
                    .collect::<Vec<_>>()
            )
        };
        assert_eq!(e.outcome, Outcome::Denied, "{e:?}");
        e.clone()
    }

    async fn observe(&self) -> Observed {
        let mut windows: Vec<(WindowId, u32, bool)> = self
            .windows()
            .await
            .into_iter()
            .map(|w| (w.record.id, w.failures, w.pake_in_flight))
            .collect();
        windows.sort();
        let mut devices: Vec<(DeviceId, DeviceState)> = self
            .devices()
            .into_iter()
            .map(|d| (d.id, d.state))
            .collect();
        devices.sort_by(|a, b| a.0.cmp(&b.0));
        Observed {
            windows,
            devices,
            sessions: self.service.sessions(),
        }
    }

    async fn stop(self) {
        if let Some(d) = self.daemon {
            d.stop().await.expect("stop");
        }
    }
}

/// Requests and answers: path, request body, code, answer body.
type Log = Arc<Mutex<Vec<(String, Vec<u8>, (u8, u8), Vec<u8>)>>>;

/// An exchange that records every request and answer.
struct Recorder<X> {
    inner: X,
    log: Log,
}

impl<X: Exchange> Exchange for Recorder<X> {
    fn post(&mut self, path: &str, cbor: Vec<u8>) -> PostFuture<'_> {
        let path = path.to_owned();
        Box::pin(async move {
            let (c, d, body) = self.inner.post(&path, cbor.clone()).await?;
            self.log
                .lock()
                .expect("log")
                .push((path, cbor, (c, d), body.clone()));
            Ok((c, d, body))
        })
    }

    fn exporter(&self) -> [u8; 32] {
        self.inner.exporter()
    }
}

const NO_ADVISORY: &str = "";

fn advisory(action: &str) -> String {
    format!(
        "[[advisory]]\nid = \"TEST-2026-0001\"\nvid = 0xFFF1\npid = 0x8001\nmin_version = 1\nmax_version = 3\naction = \"{action}\"\n"
    )
}

// ---------------------------------------------------------------------------
// Happy paths

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn low_risk_device_pairs_and_reaches_full_without_a_human_step() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 3840);
    let w = hub.open(&hub.member, &dev, DeviceClass::Low).await;

    let paired = hub.pair(&dev, 7).await.expect("paired");

    let kinds: Vec<StepKind> = paired.steps.iter().map(|s| s.kind.clone()).collect();
    assert!(matches!(
        kinds[0],
        StepKind::Started {
            iterations: 1000,
            ..
        }
    ));
    assert_eq!(
        kinds[1..],
        [
            StepKind::Derived { cached: false },
            StepKind::HubConfirmed,
            StepKind::KeyMade,
            StepKind::Confirmed {
                needs_approval: false
            },
            StepKind::Reconnected,
            StepKind::Redeemed,
        ]
    );
    // The full token is bound to the operational key and verifies.
    let (token, key) = (paired.token.clone(), paired.identity.public_key.clone());
    let claims = hub
        .core
        .call(move |c, now| c.verify(now, &token, &key, Scope::Full))
        .await
        .expect("core")
        .expect("full token verifies");
    assert_eq!(claims.sub, paired.device_id);
    assert_eq!(claims.user, hub.member.user);
    assert_eq!(claims.window, w.record.id);

    // The operational certificate is the hub CA's, for this key.
    let ca_pem = std::fs::read(hub.state.join("pki/hub-root-ca.pem")).expect("root");
    let ca_der = pem::parse(ca_pem).expect("pem").into_contents();
    let (_, root) = x509_parser::parse_x509_certificate(&ca_der).expect("root parses");
    let (_, op) =
        x509_parser::parse_x509_certificate(&paired.identity.cert_der).expect("op cert parses");
    op.verify_signature(Some(root.public_key()))
        .expect("issued by the hub root CA");
    assert_eq!(
        op.public_key().subject_public_key.data.as_ref(),
        paired.identity.public_key.as_bytes()
    );

    // Store: admitted at full, window closed as paired.
    let devices = hub.devices();
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].id, paired.device_id);
    assert_eq!(devices[0].state, DeviceState::Admitted);
    assert_eq!(devices[0].scope, Some(Scope::Full));
    assert_eq!(devices[0].approved_by, None, "no human step");
    assert!(hub.windows().await.is_empty());
    let row = hub
        .store()
        .get_window(w.record.id)
        .expect("window")
        .expect("row");
    assert_eq!(row.close_reason.as_deref(), Some("paired"));
    assert_eq!(hub.service.sessions(), 0);

    // Audit: the DAC names the device while it pairs, its key afterwards.
    let dac = dac_fingerprint(&dev.dac);
    let audit = hub.audit();
    let find = |action: &str| {
        audit
            .iter()
            .find(|e| e.action == action && e.outcome == Outcome::Success)
            .unwrap_or_else(|| panic!("{action} audited"))
            .clone()
    };
    assert_eq!(find("pake.start").actor, format!("device:{dac}"));
    let admit = find("pake.admit");
    assert_eq!(admit.actor, format!("device:{}", paired.device_id));
    assert_eq!(admit.details["dac"], dac.as_str());
    assert_eq!(
        find("token.redeem").actor,
        format!("device:{}", paired.device_id)
    );
    assert!(
        !audit.iter().any(|e| e.outcome == Outcome::Denied),
        "{audit:#?}"
    );
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_matter_sdk_test_device_pairs_and_the_core_advertises_it() {
    let hub = virtual_hub(NO_ADVISORY).await;
    let dev = sdk_device();
    hub.open(&hub.owner, &dev, DeviceClass::Medium).await;
    let paired = hub.pair(&dev, 1).await.expect("paired");
    let events = hub.core.events();
    let advertised = events.iter().position(|e| {
        *e == Event::Advertise(Service::Device {
            id: paired.device_id.clone().into(),
        })
    });
    let redeemed = events.iter().position(|e| {
        matches!(e, Event::Persist(Persist::Device(d))
            if d.id == paired.device_id && d.state == DeviceState::Admitted)
    });
    assert!(advertised.is_some() && redeemed < advertised, "{events:#?}");
    assert!(events.contains(&Event::Withdraw(Service::Pairing)));
    assert_eq!(hub.devices()[0].state, DeviceState::Admitted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn high_risk_device_waits_for_an_admin_and_a_member_cannot_approve() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 1234);
    hub.open(&hub.owner, &dev, DeviceClass::High).await;

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let sim = hub.simulator(&dev, 1);
    let mut first = LocalExchange::new(hub.service.clone(), hub.attest(&dev));
    let reconnect = hub.reconnect();
    let task = tokio::spawn(async move {
        let mut report = move |s: &threshold::device::Step| {
            let _ = tx.send(s.kind.clone());
        };
        sim.pair(&mut first, reconnect, &mut report).await
    });
    let mut seen = Vec::new();
    loop {
        let k = rx.recv().await.expect("device reports");
        seen.push(k.clone());
        if matches!(k, StepKind::ApprovalPending { attempt: 2 }) {
            break;
        }
    }
    assert!(seen.contains(&StepKind::Confirmed {
        needs_approval: true
    }));
    let pending = hub.devices();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].state, DeviceState::Pending);
    let id = pending[0].id.to_string();
    hub.assert_denied("token.redeem", "approval_pending");

    // A member may not approve.
    let (m, i) = (hub.member.clone(), id.clone());
    let e = hub
        .core
        .call(move |c, now| c.approve(now, &m, &i))
        .await
        .expect("core")
        .expect_err("member refused");
    assert_eq!(e.code(), "not_permitted");
    let denied = hub.assert_denied("device.approve", "not_permitted");
    assert_eq!(denied.actor, format!("user:{}", hub.member.user));
    assert_eq!(hub.devices()[0].state, DeviceState::Pending);

    // An admin approves; the device's next retry gets the full token.
    let (a, i) = (hub.admin.clone(), id.clone());
    hub.core
        .call(move |c, now| c.approve(now, &a, &i))
        .await
        .expect("core")
        .expect("admin approves");
    let paired = task.await.expect("task").expect("paired");
    assert_eq!(paired.device_id, id);
    assert_eq!(
        paired.steps.last().map(|s| &s.kind),
        Some(&StepKind::Redeemed)
    );
    let d = &hub.devices()[0];
    assert_eq!(d.state, DeviceState::Admitted);
    assert_eq!(d.approved_by.as_deref(), Some(hub.admin.user.as_str()));
    let approved = hub
        .audited("device.approve", "ok")
        .pop()
        .expect("approval audited");
    assert_eq!(approved.actor, format!("user:{}", hub.admin.user));
    hub.stop().await;
}

// ---------------------------------------------------------------------------
// Attacks

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_window_is_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 77);
    let before = hub.observe().await;
    let err = hub.pair(&dev, 1).await.expect_err("refused");
    assert_eq!(err.hub_error(), Some("no_window"), "{err}");
    let r = hub
        .post(
            &hub.attest(&dev),
            "/pair/start",
            cbor(&[("disc", Value::from(77))]),
        )
        .await;
    assert_refused(&r, "no_window", (4, 4));
    let e = hub.assert_denied("pake.start", "no_window");
    assert_eq!(e.actor, format!("device:{}", dac_fingerprint(&dev.dac)));
    assert_eq!(hub.observe().await, before);
    assert!(hub.devices().is_empty());
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_window_is_refused() {
    let hub = virtual_hub(NO_ADVISORY).await;
    let dev = hub.minted(VID, PID, 300);
    hub.open_for(
        &hub.owner,
        &dev,
        VID,
        PID,
        DeviceClass::Low,
        Some(Duration::from_secs(2)),
    )
    .await;
    hub.core.advance(Duration::from_millis(2000)).await;
    let before = hub.observe().await;
    assert!(before.windows.is_empty(), "closed at its deadline");
    let err = hub.pair(&dev, 1).await.expect_err("refused");
    assert_eq!(err.hub_error(), Some("window_expired"), "{err}");
    let r = hub
        .post(
            &hub.attest(&dev),
            "/pair/start",
            cbor(&[("disc", Value::from(300))]),
        )
        .await;
    assert_refused(&r, "window_expired", (4, 4));
    hub.assert_denied("pake.start", "window_expired");
    assert_eq!(hub.observe().await, before);
    assert!(hub.devices().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_wrong_passcodes_close_the_window() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 2020);
    let w = hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let attacker = hub.attest(&dev);
    let wrong = if dev.passcode == 20202021 {
        20202022
    } else {
        20202021
    };
    for i in 1..=20u32 {
        let r = hub.guess(&attacker, dev.disc, wrong).await;
        assert_refused(&r, "wrong_passcode", (4, 1));
        if i < 20 {
            assert_eq!(
                hub.observe().await.windows,
                [(w.record.id, i, false)],
                "attempt {i}"
            );
        }
    }
    assert_eq!(hub.audited("pake.confirm", "wrong_passcode").len(), 20);
    assert_eq!(hub.audited("window.close", "too_many_failures").len(), 1);
    let after = hub.observe().await;
    assert!(after.windows.is_empty());
    assert_eq!(after.sessions, 0);
    // The 21st attempt, and now even the right passcode, finds it closed.
    let r = hub.guess(&attacker, dev.disc, wrong).await;
    assert_refused(&r, "window_closed", (4, 4));
    hub.assert_denied("pake.start", "window_closed");
    let err = hub.pair(&dev, 1).await.expect_err("closed");
    assert_eq!(err.hub_error(), Some("window_closed"));
    assert!(hub.devices().is_empty());
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_pake_while_one_is_in_flight_is_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 555);
    let w = hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let first = hub.attest(&dev);
    hub.start(&first, dev.disc).await;
    let before = hub.observe().await;
    assert_eq!(before.windows, [(w.record.id, 0, true)]);
    // Another device of the same product, and the same device on a second
    // connection.
    let other = hub.minted(VID, PID, 555);
    for peer in [hub.attest(&other), hub.attest(&dev)] {
        let r = hub
            .post(&peer, "/pair/start", cbor(&[("disc", Value::from(555))]))
            .await;
        assert_refused(&r, "pake_in_flight", (4, 9));
    }
    assert_eq!(hub.audited("pake.start", "pake_in_flight").len(), 2);
    assert_eq!(hub.observe().await, before);
    assert!(hub.devices().is_empty());
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dac_whose_vid_pid_differ_from_the_scanned_payload_is_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    // The label said FFF1/8001; the device's DAC says FFF1/8002.
    let dev = hub.minted(VID, 0x8002, 999);
    let w = hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let before = hub.observe().await;
    let err = hub.pair(&dev, 1).await.expect_err("refused");
    assert_eq!(err.hub_error(), Some("vid_pid_mismatch"));
    assert!(
        matches!(err, DeviceError::Hub { code: (4, 3), .. }),
        "{err}"
    );
    let e = hub.assert_denied("pake.start", "vid_pid_mismatch");
    assert_eq!(e.details["pid"], 0x8002);
    assert_eq!(hub.observe().await, before);
    assert_eq!(before.windows, [(w.record.id, 0, false)]);
    assert!(hub.devices().is_empty());
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vulnerable_firmware_under_a_refuse_advisory_is_refused() {
    let hub = daemon_hub(&advisory("refuse"), |_| {}).await;
    let dev = hub.minted(VID, PID, 42);
    let w = hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let err = hub.pair(&dev, 2).await.expect_err("refused");
    assert_eq!(err.hub_error(), Some("firmware_refused"), "{err}");
    assert!(
        matches!(err, DeviceError::Hub { code: (4, 3), .. }),
        "{err}"
    );
    let e = hub.assert_denied("pake.admit", "firmware_refused");
    assert_eq!(e.details["advisory"], "TEST-2026-0001");
    assert_eq!(e.details["firmware"], 2);
    assert!(hub.devices().is_empty(), "not admitted");
    assert!(hub.windows().await.is_empty(), "the window is spent");
    let row = hub
        .store()
        .get_window(w.record.id)
        .expect("window")
        .expect("row");
    assert_eq!(row.close_reason.as_deref(), Some("device_refused"));
    assert_eq!(hub.service.sessions(), 0);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn firmware_outside_the_advisory_range_pairs() {
    let hub = daemon_hub(&advisory("refuse"), |_| {}).await;
    let dev = hub.minted(VID, PID, 43);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    hub.pair(&dev, 4).await.expect("version 4 is not affected");
    assert_eq!(hub.devices()[0].state, DeviceState::Admitted);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vulnerable_firmware_under_a_quarantine_advisory_is_admitted_into_quarantine() {
    let hub = daemon_hub(&advisory("quarantine"), |_| {}).await;
    let dev = hub.minted(VID, PID, 44);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let err = hub.pair(&dev, 3).await.expect_err("no full token");
    // It got its operational certificate, but its setup token is revoked.
    assert_eq!(err.hub_error(), Some("revoked"), "{err}");
    let devices = hub.devices();
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].state, DeviceState::Quarantined);
    assert_eq!(devices[0].reason, "vulnerable_firmware");
    let q = hub
        .audited("device.quarantine", "vulnerable_firmware")
        .pop()
        .expect("quarantine audited");
    assert_eq!(q.actor, "system");
    assert_eq!(q.details["advisory"], "TEST-2026-0001");
    assert_eq!(q.details["firmware"], 3);
    assert_eq!(q.details["was"], "pending");
    hub.assert_denied("token.redeem", "revoked");
    assert!(hub.windows().await.is_empty());
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redeemed_setup_token_cannot_be_replayed() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 10);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let (setup, id) = hub.pair_until_confirm(&dev).await;
    let r = hub.redeem(&id, &setup).await;
    assert_eq!(r.code, (2, 4));
    let before = hub.observe().await;
    let r = hub.redeem(&id, &setup).await;
    assert_refused(&r, "replayed", (4, 1));
    hub.assert_denied("token.redeem", "replayed");
    assert_eq!(hub.observe().await, before);
    assert_eq!(before.devices[0].1, DeviceState::Admitted, "still admitted");
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_a_token_presented_by_device_b_is_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let b = hub.minted(VID, PID, 11);
    hub.open(&hub.owner, &b, DeviceClass::Low).await;
    let paired_b = hub.pair(&b, 1).await.expect("B paired");
    let a = hub.minted(VID, PID, 12);
    hub.open(&hub.owner, &a, DeviceClass::Low).await;
    let (token_a, id_a) = hub.pair_until_confirm(&a).await;

    let before = hub.observe().await;
    let r = hub.redeem(&paired_b.identity, &token_a).await;
    assert_refused(&r, "wrong_device_key", (4, 1));
    let e = hub.assert_denied("token.redeem", "wrong_device_key");
    assert_eq!(e.actor, format!("device:{}", paired_b.device_id));
    assert_eq!(hub.observe().await, before);
    // A itself still redeems its token.
    let r = hub.redeem(&id_a, &token_a).await;
    assert_eq!(r.code, (2, 4), "{:?}", decode(&r.body));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_token_is_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 13);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let (setup, id) = hub.pair_until_confirm(&dev).await;
    let cti: Cti = hub
        .audited("pake.admit", "ok")
        .pop()
        .expect("admit")
        .details["cti"]
        .as_str()
        .expect("cti")
        .parse()
        .expect("hex");
    let owner = hub.owner.clone();
    hub.core
        .call(move |c, now| c.revoke_token(now, &owner, &cti))
        .await
        .expect("core")
        .expect("revoked");
    let before = hub.observe().await;
    let r = hub.redeem(&id, &setup).await;
    assert_refused(&r, "revoked", (4, 1));
    hub.assert_denied("token.redeem", "revoked");
    assert_eq!(hub.observe().await, before);
    assert_eq!(before.devices[0].1, DeviceState::Quarantined);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_past_its_exp_is_refused() {
    let hub = virtual_hub(NO_ADVISORY).await;
    let dev = hub.minted(VID, PID, 14);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let (setup, id) = hub.pair_until_confirm(&dev).await;
    // The setup token lives until the window's deadline (180 s).
    hub.core.advance(Duration::from_secs(181)).await;
    let before = hub.observe().await;
    let r = hub.redeem(&id, &setup).await;
    assert_refused(&r, "expired", (4, 1));
    hub.assert_denied("token.redeem", "expired");
    assert_eq!(hub.observe().await, before);
    assert_eq!(
        before.devices[0].1,
        DeviceState::Quarantined,
        "never reached full"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_cbor_is_refused_on_every_resource() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 15);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let peer = hub.attest(&dev);
    let before = hub.observe().await;
    let bad: Vec<(&str, Vec<u8>)> = vec![
        ("/pair/start", vec![0xff, 0x00]),
        ("/pair/start", vec![]),
        ("/pair/start", cbor(&[("disc", Value::Text("15".into()))])),
        ("/pair/start", cbor(&[("disc", Value::from(4096))])),
        ("/pair/start", cbor(&[])),
        ("/pair/start", {
            let mut b = cbor(&[("disc", Value::from(15))]);
            b.push(0);
            b
        }),
        (
            "/pair/pake",
            cbor(&[
                ("session", Value::from(1)),
                ("share_p", Value::Bytes(vec![4; 64])),
            ]),
        ),
        ("/pair/confirm", cbor(&[("session", Value::from(-1))])),
    ];
    for (path, body) in &bad {
        let r = hub.post(&peer, path, body.clone()).await;
        assert_refused(&r, "malformed_body", (4, 0));
    }
    let op = PeerAuth::Operational {
        key: common::device_key(),
        exporter: [1; 32],
    };
    let r = hub
        .post(
            &op,
            "/pair/redeem",
            cbor(&[("token", Value::Text("x".into()))]),
        )
        .await;
    assert_refused(&r, "malformed_body", (4, 0));
    assert_eq!(
        hub.audited("pair.start", "malformed_body").len(),
        6,
        "each refusal audited"
    );
    hub.assert_denied("pair.pake", "malformed_body");
    hub.assert_denied("pair.confirm", "malformed_body");
    hub.assert_denied("pair.redeem", "malformed_body");
    assert_eq!(hub.observe().await, before);
    // The window is untouched: the device still pairs.
    hub.pair(&dev, 1).await.expect("paired");
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_keys_are_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 16);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let peer = hub.attest(&dev);
    let before = hub.observe().await;
    let r = hub
        .post(
            &peer,
            "/pair/start",
            cbor(&[("disc", Value::from(16)), ("vid", Value::from(VID))]),
        )
        .await;
    assert_refused(&r, "unknown_key", (4, 0));
    let e = hub.assert_denied("pair.start", "unknown_key");
    assert_eq!(e.actor, format!("device:{}", dac_fingerprint(&dev.dac)));
    assert_eq!(e.channel, "coap");
    assert_eq!(hub.observe().await, before);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversize_body_is_refused() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 17);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let peer = hub.attest(&dev);
    let before = hub.observe().await;
    // A well-formed request, padded past 4 KiB.
    let body = cbor(&[
        ("disc", Value::from(17)),
        ("pad", Value::Bytes(vec![0; 4096])),
    ]);
    assert!(body.len() > 4096);
    let r = hub.post(&peer, "/pair/start", body).await;
    assert_refused(&r, "too_large", (4, 13));
    hub.assert_denied("pair.start", "too_large");
    // 4096 bytes exactly is read (and refused for its content, not its size).
    let mut exact = cbor(&[
        ("disc", Value::from(17)),
        ("pad", Value::Bytes(vec![0; 4084])),
    ]);
    exact.truncate(4096);
    assert_eq!(exact.len(), 4096);
    let r = hub.post(&peer, "/pair/start", exact).await;
    assert_eq!(r.code, (4, 0));
    assert_eq!(hub.observe().await, before);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_continued_by_another_peer_or_connection_is_unknown() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 18);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let owner_peer = hub.attest(&dev);
    let started = hub.start(&owner_peer, dev.disc).await;
    let before = hub.observe().await;
    // What the owner's device sends next, replayed by others.
    let share_p = {
        let PeerAuth::Device { exporter, .. } = &owner_peer else {
            panic!()
        };
        let (secrets, _) =
            threshold::pake::derive(dev.passcode, &started.1, started.2).expect("derive");
        Prover::start(
            &secrets,
            &Context::for_pairing(exporter),
            dac_fingerprint(&dev.dac).as_bytes(),
            hub.hub_id.as_bytes(),
            &ring::rand::SystemRandom::new(),
        )
        .expect("share")
        .1
    };
    let pake = cbor(&[
        ("session", Value::from(started.0)),
        ("share_p", Value::Bytes(share_p.to_vec())),
    ]);
    // Another device (other DAC), and the same DAC on another TLS session
    // (another exporter: a relayed or hijacked session).
    let other = hub.attest(&hub.minted(VID, PID, 18));
    let PeerAuth::Device {
        dac_fingerprint: fp,
        vid,
        pid,
        chain,
        ..
    } = owner_peer.clone()
    else {
        panic!()
    };
    let relayed = PeerAuth::Device {
        dac_fingerprint: fp,
        vid,
        pid,
        exporter: random_exporter().expect("rng"),
        chain,
    };
    for peer in [&other, &relayed] {
        let r = hub.post(peer, "/pair/pake", pake.clone()).await;
        assert_refused(&r, "unknown_session", (4, 4));
    }
    assert_eq!(hub.audited("pair.pake", "unknown_session").len(), 2);
    assert_eq!(hub.observe().await, before);

    // The session is intact for its owner, who finishes the PAKE.
    let r = hub.post(&owner_peer, "/pair/pake", pake).await;
    assert_eq!(r.code, (2, 4), "{:?}", decode(&r.body));
    assert!(hub.windows().await[0].pake_in_flight);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resources_refuse_the_wrong_kind_of_peer_and_unknown_paths() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 19);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let op = PeerAuth::Operational {
        key: common::device_key(),
        exporter: [2; 32],
    };
    let r = hub
        .post(&op, "/pair/start", cbor(&[("disc", Value::from(19))]))
        .await;
    assert_refused(&r, "wrong_peer", (4, 3));
    let r = hub
        .post(
            &hub.attest(&dev),
            "/pair/redeem",
            cbor(&[("token", Value::Bytes(vec![1]))]),
        )
        .await;
    assert_refused(&r, "wrong_peer", (4, 3));
    let r = hub.post(&op, "/pair/other", cbor(&[])).await;
    assert_refused(&r, "not_found", (4, 4));
    assert_eq!(hub.audited("pair.start", "wrong_peer").len(), 1);
    hub.assert_denied("pair.redeem", "wrong_peer");
    hub.assert_denied("pair.request", "not_found");
    let r = hub
        .post(
            &op,
            "/pair/redeem",
            cbor(&[("token", Value::Bytes(vec![1, 2, 3]))]),
        )
        .await;
    assert_refused(&r, "malformed", (4, 0));
    hub.assert_denied("token.redeem", "malformed");
    assert!(hub.devices().is_empty());
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confirm_out_of_order_and_a_bad_csr_leave_the_session_usable() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = hub.minted(VID, PID, 20);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let peer = hub.attest(&dev);
    let started = hub.start(&peer, dev.disc).await;
    let session = started.0;
    let confirm = |csr: Vec<u8>| {
        cbor(&[
            ("session", Value::from(session)),
            ("confirm_p", Value::Bytes(vec![0; 32])),
            ("csr", Value::Bytes(csr)),
            ("firmware", Value::from(1)),
        ])
    };
    let r = hub.post(&peer, "/pair/confirm", confirm(csr())).await;
    assert_refused(&r, "bad_session", (4, 0));
    hub.assert_denied("pair.confirm", "bad_session");
    // An invalid point as share_p is refused without spending the session.
    let r = hub
        .post(
            &peer,
            "/pair/pake",
            cbor(&[
                ("session", Value::from(session)),
                ("share_p", Value::Bytes(vec![4; 65])),
            ]),
        )
        .await;
    assert_refused(&r, "malformed_body", (4, 0));
    let r = hub.pake(&peer, &started, dev.passcode).await;
    assert_eq!(r.code, (2, 4));
    let r = hub
        .post(&peer, "/pair/confirm", confirm(b"not a csr".to_vec()))
        .await;
    assert_refused(&r, "invalid_csr", (4, 0));
    hub.assert_denied("pair.confirm", "invalid_csr");
    assert_eq!(
        hub.service.sessions(),
        1,
        "the session survives a bad request"
    );
    let w = hub.windows().await;
    assert_eq!((w[0].failures, w[0].pake_in_flight), (0, true));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_hub_answers_4_29_with_max_age() {
    let hub = daemon_hub(NO_ADVISORY, |cfg| {
        cfg.anomaly.failure_threshold = 3;
        cfg.anomaly.lockout_secs = 120;
    })
    .await;
    let dev = hub.minted(VID, PID, 21);
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let peer = hub.attest(&dev);
    for _ in 0..3 {
        let r = hub.post(&peer, "/pair/start", vec![0xff]).await;
        assert_refused(&r, "malformed_body", (4, 0));
    }
    let r = hub
        .post(&peer, "/pair/start", cbor(&[("disc", Value::from(21))]))
        .await;
    assert_refused(&r, "pairing_locked", (4, 29));
    let age = r.max_age.expect("Max-Age");
    assert!((119..=120).contains(&age), "{age}");
    hub.assert_denied("pake.start", "pairing_locked");
    hub.stop().await;
}

/// CBOR diagnostic notation (RFC 8949 §8), byte strings longer than 12
/// bytes abbreviated.
fn diag(v: &Value) -> String {
    match v {
        Value::Integer(i) => i128::from(*i).to_string(),
        Value::Bytes(b) if b.len() > 12 => format!(
            "h'{}…{}' ({} bytes)",
            hex::encode(&b[..6]),
            hex::encode(&b[b.len() - 2..]),
            b.len()
        ),
        Value::Bytes(b) => format!("h'{}'", hex::encode(b)),
        Value::Text(t) => format!("{t:?}"),
        Value::Bool(b) => b.to_string(),
        Value::Map(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", diag(k), diag(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => format!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_device_sends_exactly_the_documented_bodies() {
    let hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let dev = sdk_device();
    hub.open(&hub.owner, &dev, DeviceClass::Low).await;
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut first = Recorder {
        inner: LocalExchange::new(hub.service.clone(), hub.attest(&dev)),
        log: log.clone(),
    };
    let svc = hub.service.clone();
    let log2 = log.clone();
    let reconnect = move |id: OperationalIdentity| -> ReconnectFuture {
        Box::pin(async move {
            Ok(Box::new(Recorder {
                inner: LocalExchange::operational(svc, &id)?,
                log: log2,
            }) as Box<dyn Exchange>)
        })
    };
    hub.simulator(&dev, 7)
        .pair(&mut first, reconnect, &mut |_| {})
        .await
        .expect("paired");
    let log = log.lock().expect("log").clone();
    type Keys = &'static [&'static str];
    let expected: [(&str, Keys, (u8, u8), Keys); 4] = [
        (
            "/pair/start",
            &["disc"],
            (2, 1),
            &["session", "salt", "iter"],
        ),
        (
            "/pair/pake",
            &["session", "share_p"],
            (2, 4),
            &["share_v", "confirm_v"],
        ),
        (
            "/pair/confirm",
            &["session", "confirm_p", "csr", "firmware"],
            (2, 4),
            &["token", "op_cert", "needs_approval"],
        ),
        ("/pair/redeem", &["token"], (2, 4), &["token"]),
    ];
    assert_eq!(log.len(), 4);
    let keys = |b: &[u8]| -> Vec<String> { decode(b).into_iter().map(|(k, _)| k).collect() };
    let show = |b: &[u8]| diag(&ciborium::de::from_reader(b).expect("cbor"));
    for ((path, req, code, reply), (p, req_keys, c, reply_keys)) in log.iter().zip(expected) {
        assert_eq!((path.as_str(), *code), (p, c));
        assert_eq!(keys(req), req_keys, "{path} request");
        assert_eq!(keys(reply), reply_keys, "{path} answer");
        println!("POST {path} {}", show(req));
        println!("  -> {}.{:02} {}", code.0, code.1, show(reply));
    }
    assert_eq!(field(&log[0].1, "disc"), Value::from(3840));
    assert_eq!(bytes(field(&log[0].3, "salt")).len(), 32);
    assert_eq!(uint(field(&log[0].3, "iter")), 1000);
    assert_eq!(bytes(field(&log[1].1, "share_p")).len(), 65);
    assert_eq!(bytes(field(&log[1].3, "share_v")).len(), 65);
    assert_eq!(bytes(field(&log[1].3, "confirm_v")).len(), 32);
    assert_eq!(bytes(field(&log[2].1, "confirm_p")).len(), 32);
    assert_eq!(field(&log[2].1, "firmware"), Value::from(7));
    assert_eq!(field(&log[2].3, "needs_approval"), Value::Bool(false));
    // The setup token redeemed is the one /pair/confirm returned.
    assert_eq!(field(&log[3].1, "token"), field(&log[2].3, "token"));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_map_is_bounded_and_a_dropped_request_gives_its_slot_back() {
    let mut hub = daemon_hub(NO_ADVISORY, |_| {}).await;
    let svc = Arc::new(
        PairingService::new(
            hub.core.clone(),
            Arc::new(
                threshold::attestation::hub_ca::HubCa::load_or_create(&hub.state, hub.wall.now())
                    .expect("ca"),
            ),
            FirmwarePolicy::default(),
            hub.wall.clone(),
        )
        .with_max_sessions(1),
    );
    hub.service = svc;
    let (a, b, c) = (
        hub.minted(VID, PID, 31),
        hub.minted(VID, PID, 32),
        hub.minted(VID, PID, 33),
    );
    for d in [&a, &b, &c] {
        hub.open(&hub.owner, d, DeviceClass::Low).await;
    }
    // A transport drops a /pair/start while the core works on it: the slot
    // it reserved is given back.
    let peer_c = hub.attest(&c);
    let body = cbor(&[("disc", Value::from(33))]);
    {
        let mut fut = std::pin::pin!(hub.service.handle(&peer_c, "/pair/start", &body));
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        assert!(
            fut.as_mut().poll(&mut cx).is_pending(),
            "the request waits for the core"
        );
    }

    hub.start(&hub.attest(&a), a.disc).await;
    let before = hub.observe().await;
    let r = hub
        .post(
            &hub.attest(&b),
            "/pair/start",
            cbor(&[("disc", Value::from(32))]),
        )
        .await;
    assert_refused(&r, "pake_in_flight", (4, 9));
    let e = hub.assert_denied("pair.start", "pake_in_flight");
    assert_eq!(e.subject, "disc:32");
    // Refused before the core: B's window has no PAKE in flight.
    assert_eq!(hub.observe().await, before);
    assert_eq!(hub.service.sessions(), 1);
    hub.stop().await;
}
