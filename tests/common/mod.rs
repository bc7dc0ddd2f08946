//! Shared test harness: the commissioning core on virtual time.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use threshold::commissioning::event::Event;
use threshold::commissioning::policy::{DeviceClass, Policy, Role};
use threshold::commissioning::token::{DeviceKey, HubKey};
use threshold::commissioning::{Actor, Commissioner, OpenWindow, Snapshot, WindowPake};
use threshold::time::{ManualClock, UnixMillis};

/// 2026-11-25T00:00:00Z
pub const T0_WALL: UnixMillis = UnixMillis(1_795_564_800_000);

/// The core plus two clocks that advance together.
pub struct Sim {
    pub core: Commissioner,
    pub now: Instant,
    pub clock: Arc<ManualClock>,
}

impl Sim {
    pub fn new(policy: Policy) -> Sim {
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub key");
        Sim::with_hub(policy, hub, Snapshot::default())
    }

    pub fn with_hub(policy: Policy, hub: HubKey, snapshot: Snapshot) -> Sim {
        let clock = Arc::new(ManualClock::new(T0_WALL));
        let now = Instant::now();
        let core = Commissioner::new(
            policy,
            hub,
            clock.clone(),
            Box::new(ring::rand::SystemRandom::new()),
            now,
            snapshot,
        );
        Sim { core, now, clock }
    }

    /// Advances both clocks by `d`, then fires due timers.
    pub fn advance(&mut self, d: Duration) {
        self.now += d;
        self.clock.advance(d);
        self.core.handle_timeout(self.now);
    }

    /// Advances both clocks by `d` without firing timers (a late driver).
    pub fn advance_quietly(&mut self, d: Duration) {
        self.now += d;
        self.clock.advance(d);
    }

    pub fn events(&mut self) -> Vec<Event> {
        std::iter::from_fn(|| self.core.poll_event()).collect()
    }

    /// Audit (action, reason) pairs drained from the event queue.
    pub fn audits(&mut self) -> Vec<(String, String)> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Audit(a) => Some((a.action, a.reason)),
                _ => None,
            })
            .collect()
    }
}

pub fn actor(role: Role) -> Actor {
    Actor {
        user: format!("u-{}", role.as_str()),
        role,
        channel: "api",
    }
}

/// SPAKE2+ parameters for passcode 20202021, derived once per test binary
/// (PBKDF2 is slow in debug builds).
pub fn window_pake() -> WindowPake {
    static PAKE: std::sync::OnceLock<WindowPake> = std::sync::OnceLock::new();
    PAKE.get_or_init(|| {
        WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new()).expect("derive")
    })
    .clone()
}

pub fn open_req(discriminator: u16, class: DeviceClass) -> OpenWindow {
    OpenWindow {
        pake: window_pake(),
        discriminator,
        vid: 0xFFF1,
        pid: 0x8001,
        class,
        ttl: None,
    }
}

/// A fresh device key pair: the public key as the core sees it.
pub fn device_key() -> DeviceKey {
    let rng = ring::rand::SystemRandom::new();
    let pkcs8 =
        EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("keygen");
    let kp = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
        .expect("parse");
    DeviceKey::from_sec1(kp.public_key().as_ref()).expect("sec1")
}

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

pub fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}
