//! What the pairing benches share (`pairing_tls`, `pairing_load`): a
//! device pairing over CoAP over TLS exactly as `threshold device simulate`
//! does, and rounds of such devices against a hub whose windows the bench
//! opens as the owner.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use coap_lite::RequestType;
use threshold::cli::simulate::CoapExchange;
use threshold::coap::client::{ClientIdentity, ClientOptions, CoapClient};
use threshold::coap::router::hub_id_of;
use threshold::commissioning::policy::DeviceClass;
use threshold::commissioning::{Actor, OpenWindow, WindowPake};
use threshold::core_driver::CoreHandle;
use threshold::device::{
    CachedSecrets, DeviceConfig, DeviceSimulator, Exchange, ExchangeError, OperationalIdentity,
    StepKind,
};
use threshold::pairing::coap::code_pair;
use zeroize::Zeroizing;

/// The TEST ONLY devices' passcode.
pub const PASSCODE: u32 = 20202021;
/// The TEST ONLY vendor.
pub const VID: u16 = 0xFFF1;
/// The TEST ONLY product.
pub const PID: u16 = 0x8001;

/// What every device shares: where the hub is and how to reach it.
pub struct Target {
    pub addr: SocketAddr,
    pub root_der: Vec<u8>,
    pub server_name: String,
    pub dac_der: Vec<u8>,
    pub pai_der: Vec<u8>,
    pub dac_key_der: Zeroizing<Vec<u8>>,
    pub cached: CachedSecrets,
    /// Each device connects from its own loopback address (127.0.1.x, by
    /// discriminator), as devices on a LAN do; otherwise all from the
    /// system's choice (127.0.0.1).
    pub own_sources: bool,
}

impl Target {
    pub fn options(&self, identity: ClientIdentity, discriminator: u16) -> ClientOptions {
        let mut o = ClientOptions::new(&self.root_der, Some(identity));
        o.server_name = self.server_name.clone();
        if self.own_sources {
            let host = u8::try_from(1 + discriminator % 250).expect("1..=250");
            o.source = Some(std::net::IpAddr::V4(std::net::Ipv4Addr::new(
                127, 0, 1, host,
            )));
        }
        o
    }

    /// One device, as `threshold device simulate`: connect with the DAC
    /// chain, `GET /hub`, pair, reconnect with the operational
    /// certificate, redeem. Returns the latency from the first connect to
    /// the full token.
    pub async fn pair(self: Arc<Self>, discriminator: u16) -> Duration {
        let identity = ClientIdentity::from_der(
            vec![self.dac_der.clone(), self.pai_der.clone()],
            self.dac_key_der.to_vec(),
        )
        .expect("DAC identity");
        let opts = self.options(identity, discriminator);
        let start = Instant::now();
        let mut first = CoapClient::connect(self.addr, opts)
            .await
            .expect("connect with the DAC chain");
        let hub_id = hub_id(&mut first).await;
        let mut cfg = DeviceConfig::new(self.dac_der.clone(), PASSCODE, discriminator, 1, hub_id);
        cfg.cached = Some(self.cached.clone());
        let target = self.clone();
        let reconnect = move |id: OperationalIdentity| async move {
            let identity = ClientIdentity::from_der(
                vec![id.cert_der.clone()],
                pem::parse(id.key_pem.as_bytes())
                    .map_err(|e| ExchangeError::Transport(e.to_string()))?
                    .into_contents(),
            )
            .map_err(|e| ExchangeError::Transport(e.to_string()))?;
            let c = CoapClient::connect(target.addr, target.options(identity, discriminator))
                .await
                .map_err(|e| ExchangeError::Transport(e.to_string()))?;
            Ok(Box::new(CoapExchange(c)) as Box<dyn Exchange>)
        };
        let paired = DeviceSimulator::new(cfg)
            .pair(&mut CoapExchange(first), reconnect, &mut |_| {})
            .await
            .expect("paired");
        let elapsed = start.elapsed();
        assert!(
            paired
                .steps
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Derived { .. }))
                .all(|s| s.kind == StepKind::Derived { cached: true }),
            "the device's PBKDF2 must be a cache hit"
        );
        elapsed
    }
}

/// `GET /hub` on the first connection: the hub id (SPAKE2+ `idVerifier`).
pub async fn hub_id(client: &mut CoapClient) -> String {
    let r = client
        .request(RequestType::Get, "/hub", &[])
        .await
        .expect("GET /hub");
    assert_eq!(code_pair(r.code), (2, 5), "GET /hub");
    hub_id_of(&r.payload).expect("hub_id in GET /hub")
}

pub struct Bench {
    pub core: CoreHandle,
    pub owner: Actor,
    pub pake: WindowPake,
    pub target: Arc<Target>,
}

impl Bench {
    pub async fn open_windows(&self, n: usize) {
        let (owner, pake) = (self.owner.clone(), self.pake.clone());
        self.core
            .call(move |c, now| {
                for disc in 0..n as u16 {
                    let req = OpenWindow {
                        discriminator: disc,
                        vid: VID,
                        pid: PID,
                        class: DeviceClass::Low,
                        ttl: Some(Duration::from_secs(600)),
                        pake: pake.clone(),
                    };
                    c.open_window(now, &owner, req).expect("open window");
                }
            })
            .await
            .expect("core");
    }

    /// One round: `n` devices pair at once. Per-device latencies and the
    /// round's wall time.
    pub async fn round(&self, n: usize) -> (Vec<Duration>, Duration) {
        self.open_windows(n).await;
        let t0 = Instant::now();
        let tasks: Vec<_> = (0..n as u16)
            .map(|disc| tokio::spawn(self.target.clone().pair(disc)))
            .collect();
        let mut lat = Vec::with_capacity(n);
        for t in tasks {
            lat.push(t.await.expect("device task"));
        }
        (lat, t0.elapsed())
    }
}
