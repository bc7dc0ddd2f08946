//! Helpers shared by the CoAP tests: a hub (CA, TLS and UDP servers) on
//! 127.0.0.1:0 with real TLS, and device identities.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use coap_lite::ResponseType;
use threshold::attestation::hub_ca::HubCa;
use threshold::attestation::pki::{SharedTrust, TrustSet};
use threshold::attestation::{AttestationVerifier, TrustStore};
use threshold::coap::client::{ClientIdentity, ClientOptions};
use threshold::coap::tls::{
    DeviceCertVerifier, ServerIdentity, TlsEvent, TlsLimits, TlsServer, TlsStats,
};
use threshold::coap::udp::{UdpConfig, UdpServer};
use threshold::coap::{handler_fn, LinkAttrs, Peer, Request, Response, Router};
use threshold::time::{ManualClock, SystemClock, UnixMillis, WallClock};
use tokio::sync::{broadcast, mpsc, Notify};

pub use super::pki::{fixture, SDK_DAC, SDK_PAA, SDK_PAI};
pub const SDK_DAC_KEY: &str = "Matter-Dev-DAC-FFF1-8001-Key.pem";

pub const HUB_ID: &str = "threshold:0123456789abcdef";

pub fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("fixture")
}

/// The SDK test device: DAC + PAI chain and the DAC's SEC1 key.
pub fn sdk_identity() -> ClientIdentity {
    let mut chain = read(&format!("{SDK_DAC}.pem"));
    chain.extend(read(&format!("{SDK_PAI}.pem")));
    ClientIdentity::from_pem(&chain, &read(SDK_DAC_KEY)).expect("SDK identity")
}

/// Hex SHA-256.
pub fn sha256_hex(b: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, b))
}

/// A running hub.
pub struct Hub {
    pub tls_addr: SocketAddr,
    pub udp_addr: SocketAddr,
    pub ca: HubCa,
    pub root_der: Vec<u8>,
    pub events: mpsc::Receiver<TlsEvent>,
    pub stats: Arc<TlsStats>,
    pub stop: broadcast::Sender<()>,
    pub tls_task: tokio::task::JoinHandle<()>,
    pub udp_task: tokio::task::JoinHandle<()>,
    pub clock: Arc<ManualClock>,
    pub dir: tempfile::TempDir,
    /// Notified when a request enters the `/slow` handler.
    pub slow_entered: Arc<Notify>,
}

impl Hub {
    pub fn options(&self, identity: Option<ClientIdentity>) -> ClientOptions {
        let mut o = ClientOptions::new(&self.root_der, identity);
        o.timeout = Duration::from_secs(5);
        o
    }

    /// The next event that is not `Connected`/`Closed` noise, within 5 s.
    pub async fn next_event(&mut self, want: impl Fn(&TlsEvent) -> bool) -> TlsEvent {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        loop {
            let ev = tokio::time::timeout_at(deadline, self.events.recv())
                .await
                .expect("event in time")
                .expect("event channel open");
            if want(&ev) {
                return ev;
            }
        }
    }

    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(10), self.tls_task)
            .await
            .expect("TLS server stops")
            .expect("no panic");
        tokio::time::timeout(Duration::from_secs(10), self.udp_task)
            .await
            .expect("UDP server stops")
            .expect("no panic");
    }
}

/// The `/whoami` resource: CBOR with what the handler sees of the peer.
pub fn whoami(req: &Request) -> Response {
    use ciborium::value::Value;
    let mut m = vec![(
        Value::Text("kind".into()),
        Value::Text(req.peer.kind().into()),
    )];
    if let Some(x) = req.peer.exporter() {
        m.push((Value::Text("exporter".into()), Value::Bytes(x.to_vec())));
    }
    match &req.peer {
        Peer::Device {
            vid,
            pid,
            dac_fingerprint,
            pai,
            ..
        } => {
            m.push((Value::Text("vid".into()), Value::Integer((*vid).into())));
            m.push((Value::Text("pid".into()), Value::Integer((*pid).into())));
            m.push((
                Value::Text("dac_fingerprint".into()),
                Value::Text(dac_fingerprint.clone()),
            ));
            m.push((Value::Text("pai".into()), Value::Bytes(pai.clone())));
        }
        Peer::Operational { key, cert, .. } => {
            m.push((
                Value::Text("key".into()),
                Value::Bytes(key.as_bytes().to_vec()),
            ));
            m.push((Value::Text("cert".into()), Value::Bytes(cert.clone())));
        }
        _ => {}
    }
    let mut out = Vec::new();
    ciborium::into_writer(&Value::Map(m), &mut out).unwrap();
    Response::cbor(ResponseType::Content, out)
}

/// The test resources; `slow_entered` is notified when a request enters
/// `/slow`.
pub fn test_router(ca_fingerprint: &str, slow_entered: Arc<Notify>) -> Router {
    let mut r = Router::new(HUB_ID, ca_fingerprint);
    r.add(
        "/whoami",
        false,
        LinkAttrs::new().ct(60),
        handler_fn(|req: Request| async move { whoami(&req) }),
    )
    .unwrap();
    r.add(
        "/echo",
        false,
        LinkAttrs::new(),
        handler_fn(|req: Request| async move {
            Response {
                code: ResponseType::Changed,
                content_format: req.content_format,
                payload: req.payload,
                max_age: None,
            }
        }),
    )
    .unwrap();
    r.add(
        "/slow",
        false,
        LinkAttrs::new(),
        handler_fn(move |_req: Request| {
            let entered = slow_entered.clone();
            async move {
                entered.notify_one();
                // A sleep on purpose: this is the slow request (still
                // running when a graceful shutdown starts).
                tokio::time::sleep(Duration::from_millis(300)).await;
                Response::empty(ResponseType::Content)
            }
        }),
    )
    .unwrap();
    r
}

/// Starts a hub whose PAA trust store holds the SDK PAA plus `extra_paas`
/// (DER), with `limits`.
pub async fn start_hub(limits: TlsLimits, extra_paas: &[Vec<u8>]) -> Hub {
    let dir = tempfile::tempdir().unwrap();
    // One wall time for everything, inside every test chain's validity.
    let clock = Arc::new(ManualClock::new(SystemClock.now()));
    let now = clock.now();
    let ca = HubCa::load_or_create(dir.path(), now).unwrap();
    let identity = ServerIdentity::from_hub_ca(&ca, "hub.local", now).unwrap();
    let mut trust = TrustStore::empty();
    trust
        .add_der(&read(&format!("{SDK_PAA}.der")), "sdk-paa.der")
        .unwrap();
    for (i, p) in extra_paas.iter().enumerate() {
        trust.add_der(p, format!("extra-{i}.der")).unwrap();
    }
    let root_der = ca.root_cert_der().to_vec();
    let verifier = Arc::new(
        DeviceCertVerifier::new(
            SharedTrust::new(TrustSet::new(
                AttestationVerifier::new(trust),
                Default::default(),
            )),
            &root_der,
            clock.clone(),
        )
        .unwrap(),
    );
    let slow_entered = Arc::new(Notify::new());
    let router = Arc::new(test_router(&sha256_hex(&root_der), slow_entered.clone()));
    let (tx, events) = mpsc::channel(256);
    let server = TlsServer::bind(
        "127.0.0.1:0".parse().unwrap(),
        identity,
        verifier,
        router.clone(),
        limits,
        Some(tx),
    )
    .await
    .unwrap();
    let tls_addr = server.local_addr().unwrap();
    let stats = server.stats();
    let udp = UdpServer::bind("127.0.0.1:0".parse().unwrap(), UdpConfig::default(), router)
        .await
        .unwrap();
    let udp_addr = udp.local_addr().unwrap();
    let (stop, _) = broadcast::channel(1);
    let tls_task = tokio::spawn(server.run(stop.subscribe()));
    let udp_task = tokio::spawn(udp.run(stop.subscribe()));
    Hub {
        tls_addr,
        udp_addr,
        ca,
        root_der,
        events,
        stats,
        stop,
        tls_task,
        udp_task,
        clock,
        dir,
        slow_entered,
    }
}

pub fn now_ms() -> UnixMillis {
    SystemClock.now()
}
