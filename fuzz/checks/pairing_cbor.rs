//! Pairing request bodies and the `/svc` body.
//!
//! The first byte picks one of the four `/pair/...` resources (or an
//! unknown path) and the peer (a device with a verified DAC, or a paired
//! device with its operational key); the rest is the body, handed to the
//! real [`PairingService::handle`] over a fresh in-memory commissioning core.
//! Selector bit 0x20 first opens a window (discriminator 3840) and runs a
//! `/pair/start` for it, so session 1 exists and `/pair/pake` reaches the
//! SPAKE2+ share; without it no window is open. Every answer is a CBOR body; every 4.xx/5.xx carries
//! an `error` code ([`Reply::error_code`]). The body also goes through
//! [`Reply::error_code`] as a reply body and through [`SvcRequest::parse`]
//! (what parses re-encodes with [`SvcRequest::encode`] to the same request).

use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use threshold::attestation::hub_ca::HubCa;
use threshold::attestation::FirmwarePolicy;
use threshold::commissioning::policy::{DeviceClass, Policy, Role};
use threshold::commissioning::token::{DeviceKey, HubKey};
use threshold::commissioning::{Actor, Commissioner, OpenWindow, Snapshot, WindowPake};
use threshold::config::{Config, Settings};
use threshold::core_driver::CoreGone;
use threshold::mdns::svc::SvcRequest;
use threshold::pairing::{
    CoreAccess, DeviceChain, PairingService, PeerAuth, Reply, PATH_CONFIRM, PATH_PAKE, PATH_REDEEM,
    PATH_START,
};
use threshold::time::{SystemClock, WallClock};

/// A commissioning core in a mutex: every call runs at once (its events
/// are dropped: the audit log is not under test here).
struct MemCore {
    core: Mutex<Commissioner>,
    now: Instant,
}

impl CoreAccess for MemCore {
    fn now(&self) -> Instant {
        self.now
    }

    fn call<R, F>(&self, f: F) -> impl Future<Output = Result<R, CoreGone>> + Send
    where
        R: Send + 'static,
        F: FnOnce(&mut Commissioner, Instant) -> R + Send + 'static,
    {
        let mut c = self.core.lock().unwrap_or_else(|e| e.into_inner());
        let r = f(&mut c, self.now);
        while c.poll_event().is_some() {}
        std::future::ready(Ok(r))
    }
}

struct Fixture {
    ca: Arc<HubCa>,
    policy: Policy,
    pkcs8: Vec<u8>,
    operational: DeviceKey,
    window: WindowPake,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = super::scratch("hub-ca");
        let ca = HubCa::load_or_create(&dir, SystemClock.now()).expect("hub CA");
        let hub = super::cwt_token::hub();
        Fixture {
            ca: Arc::new(ca),
            policy: Settings::try_from(Config::default())
                .expect("default settings")
                .policy,
            pkcs8: hub.pkcs8_der().to_vec(),
            operational: DeviceKey::from_sec1(hub.public_key()).expect("a P-256 point"),
            // The SDK test passcode, cheap PBKDF2 (derived once).
            window: WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new())
                .expect("window PAKE"),
        }
    })
}

/// The discriminator of the window selector bit 0x20 opens.
pub const DISC: u16 = 3840;

fn service(open: bool) -> PairingService<MemCore> {
    let f = fixture();
    let hub = HubKey::from_pkcs8(&f.pkcs8).expect("fixed key");
    let clock: Arc<dyn WallClock> = Arc::new(SystemClock);
    let now = Instant::now();
    let mut core = Commissioner::new(
        f.policy.clone(),
        hub,
        clock.clone(),
        Box::new(ring::rand::SystemRandom::new()),
        now,
        Snapshot::default(),
    );
    if open {
        let owner = Actor {
            user: "u1".into(),
            role: Role::Owner,
            channel: "local",
        };
        let req = OpenWindow {
            discriminator: DISC,
            vid: 0xFFF1,
            pid: 0x8001,
            class: DeviceClass::Low,
            ttl: None,
            pake: f.window.clone(),
        };
        core.open_window(now, &owner, req).expect("window opens");
        while core.poll_event().is_some() {}
    }
    let core = MemCore {
        core: Mutex::new(core),
        now,
    };
    PairingService::new(core, f.ca.clone(), FirmwarePolicy::default(), clock)
}

pub fn check(data: &[u8]) {
    let (sel, body) = match data.split_first() {
        Some((&b, rest)) => (b, rest),
        None => (0, data),
    };
    let path = match sel & 0x0F {
        0..=2 => PATH_START,
        3..=5 => PATH_PAKE,
        6..=8 => PATH_CONFIRM,
        9..=14 => PATH_REDEEM,
        _ => "/pair/other",
    };
    let exporter = [7u8; 32];
    let peer = if sel & 0x10 == 0 {
        PeerAuth::Device {
            dac_fingerprint: "ab".repeat(32),
            vid: 0xFFF1,
            pid: 0x8001,
            exporter,
            chain: DeviceChain::default(),
        }
    } else {
        PeerAuth::Operational {
            key: fixture().operational.clone(),
            exporter,
        }
    };
    let service = service(sel & 0x20 != 0);
    if sel & 0x20 != 0 {
        let start = [0xA1, 0x64, b'd', b'i', b's', b'c', 0x19, 0x0F, 0x00];
        let device = PeerAuth::Device {
            dac_fingerprint: "ab".repeat(32),
            vid: 0xFFF1,
            pid: 0x8001,
            exporter,
            chain: DeviceChain::default(),
        };
        let r = super::ready(service.handle(&device, PATH_START, &start));
        assert_eq!(r.code, (2, 1), "start on an open window: {r:?}");
    }
    let reply = super::ready(service.handle(&peer, path, body));
    if reply.code.0 >= 4 {
        assert!(
            reply.error_code().is_some(),
            "refusal without an error code: {reply:?}"
        );
    }

    let as_reply = Reply {
        code: (4, 0),
        body: body.to_vec(),
        max_age: None,
    };
    let _ = as_reply.error_code();

    if let Ok(req) = SvcRequest::parse(body) {
        assert_eq!(SvcRequest::parse(&req.encode()), Ok(req));
    }
}
