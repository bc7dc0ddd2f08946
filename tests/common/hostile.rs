//! A hostile load on a hub, from many loopback source addresses
//! (127.0.2.0 upwards; 127.0.0.0/8 is all loopback on Linux, each client
//! binds its own source address), for `tests/hostile_load.rs` and
//! `benches/pairing_load.rs` (which includes this file by path: it uses
//! only the `threshold` crate, tokio and rcgen).
//!
//! [`HostileLoad::start`] spawns `n` tasks; task `i` connects from
//! [`source`]`(i)` (three tasks per address) and does one kind of harm,
//! chosen by `i % 10`, over and over until [`HostileLoad::stop`]:
//!
//! | `i % 10` | kind |
//! |---|---|
//! | 0, 1, 2 | idle TCP to the CoAP over TLS port (held until the hub closes it) |
//! | 3 | idle TCP to the mutual-TLS API port |
//! | 4 | idle TCP to the enrollment API port |
//! | 5, 6 | TLS handshake to CoAP with a throwaway self-signed client certificate |
//! | 7 | every other time (and always without an attacker device): raw junk bytes to the CoAP over TLS port (a TLS record header announcing 16 KiB, then garbage); else a real TLS handshake with the attacker's DAC, then malformed RFC 8323 frames (a reserved token length, a frame announcing 4 GiB), held until the hub closes it |
//! | 8 | `POST /v1/enroll` with a 32 KiB body on the enrollment API (limit 16 KiB: `body_too_large`) |
//! | 9 | with an attacker device (a trusted TEST ONLY DAC): a full PAKE run with a wrong passcode, then a 5 KiB `/pair/start` body (limit 4 KiB: `too_large`); without one, as 7 |
//!
//! Every step is bounded (connect and request timeouts, `stop` wakes every
//! wait), so the load ends promptly. After a refused or failed connection
//! a task paces itself for a few milliseconds so that a closed port is
//! not a busy loop.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use coap_lite::RequestType;
use threshold::cli::simulate::CoapExchange;
use threshold::coap::client::{ClientIdentity, ClientOptions, CoapClient};
use threshold::device::{DeviceConfig, DeviceSimulator, Exchange, ExchangeError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::watch;

/// Tasks per source address.
pub const PER_SOURCE: usize = 3;

/// The source address of task `i`: 127.0.2.1, 127.0.2.1, 127.0.2.1,
/// 127.0.2.2, ... (250 addresses per /24, then 127.0.3.1, ...).
pub fn source(i: usize) -> IpAddr {
    let a = i / PER_SOURCE;
    let third = u8::try_from(2 + a / 250).expect("at most 63 000 tasks");
    IpAddr::V4(Ipv4Addr::new(127, 0, third, (1 + a % 250) as u8))
}

/// A device with a DAC the hub trusts, whose passcode the attacker does
/// not know (its window is open: the attacker tries passcodes).
#[derive(Clone)]
pub struct Attacker {
    /// DAC (DER).
    pub dac_der: Vec<u8>,
    /// PAI (DER).
    pub pai_der: Vec<u8>,
    /// DAC key (PKCS#8 DER).
    pub key_der: Vec<u8>,
    /// The window's discriminator.
    pub discriminator: u16,
    /// A passcode that is not the device's.
    pub wrong_passcode: u32,
}

/// Where the load goes.
pub struct Targets {
    /// CoAP over TLS.
    pub coap: SocketAddr,
    /// The mutual-TLS API.
    pub api: SocketAddr,
    /// The enrollment API.
    pub enroll: SocketAddr,
    /// The hub CA root, DER (CoAP) and PEM (API).
    pub root_der: Vec<u8>,
    /// The hub CA root, PEM.
    pub ca_pem: Vec<u8>,
    /// The wrong-passcode device, if any.
    pub attacker: Option<Attacker>,
}

/// Counters of the load.
#[derive(Default)]
pub struct Stats {
    /// Connections held open right now.
    pub open: AtomicUsize,
    /// The most held open at once.
    pub peak: AtomicUsize,
    /// Tasks that have made their first attempt.
    pub started: AtomicUsize,
    /// Connection attempts.
    pub attempts: AtomicU64,
    /// Attempts the hub refused or closed before serving anything.
    pub refused: AtomicU64,
    /// Wrong-passcode PAKE runs that reached the hub's refusal.
    pub pake_refused: AtomicU64,
    /// Oversize bodies refused as too large.
    pub too_large: AtomicU64,
    /// Something the hub answered that it must not have (a junk
    /// certificate served, a wrong passcode accepted, an oversize body
    /// taken): must stay 0.
    pub served_wrongly: AtomicU64,
}

impl Stats {
    fn opened(&self) {
        let now = self.open.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
    }

    fn closed(&self) {
        self.open.fetch_sub(1, Ordering::SeqCst);
    }

    /// One line for a test's or bench's output.
    pub fn summary(&self) -> String {
        format!(
            "peak {} connections held at once, {} attempts ({} refused or closed unserved), {} wrong-passcode PAKE runs refused, {} oversize bodies refused, {} served wrongly",
            self.peak.load(Ordering::SeqCst),
            self.attempts.load(Ordering::SeqCst),
            self.refused.load(Ordering::SeqCst),
            self.pake_refused.load(Ordering::SeqCst),
            self.too_large.load(Ordering::SeqCst),
            self.served_wrongly.load(Ordering::SeqCst),
        )
    }
}

/// A running load.
pub struct HostileLoad {
    stop: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    /// Its counters.
    pub stats: Arc<Stats>,
}

impl HostileLoad {
    /// Starts `n` hostile tasks against `t`.
    pub fn start(t: Arc<Targets>, n: usize) -> HostileLoad {
        let (stop, rx) = watch::channel(false);
        let stats = Arc::new(Stats::default());
        let junk = Arc::new(junk_identity());
        let tasks = (0..n)
            .map(|i| {
                let (t, rx, stats, junk) = (t.clone(), rx.clone(), stats.clone(), junk.clone());
                tokio::spawn(async move { run(i, t, rx, stats, junk).await })
            })
            .collect();
        HostileLoad { stop, tasks, stats }
    }

    /// Stops every task and waits for them to end (each ends at its next
    /// step; a step is bounded by its timeout).
    pub async fn stop(self) -> Arc<Stats> {
        let _ = self.stop.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
        self.stats
    }
}

/// A throwaway self-signed client certificate and its key (DER).
fn junk_identity() -> (Vec<u8>, Vec<u8>) {
    let key = rcgen::KeyPair::generate().expect("key");
    let cert = rcgen::CertificateParams::new(vec!["junk.invalid".into()])
        .expect("params")
        .self_signed(&key)
        .expect("self-signed");
    (cert.der().to_vec(), key.serialize_der())
}

async fn run(
    i: usize,
    t: Arc<Targets>,
    mut stop: watch::Receiver<bool>,
    stats: Arc<Stats>,
    junk: Arc<(Vec<u8>, Vec<u8>)>,
) {
    let src = source(i);
    let mut first = true;
    while !*stop.borrow() {
        stats.attempts.fetch_add(1, Ordering::SeqCst);
        if first {
            stats.started.fetch_add(1, Ordering::SeqCst);
            first = false;
        }
        let step = async {
            match i % 10 {
                0..=2 => idle(src, t.coap, &stats).await,
                3 => idle(src, t.api, &stats).await,
                4 => idle(src, t.enroll, &stats).await,
                5 | 6 => tls_junk(src, &t, &junk, &stats).await,
                8 => oversize_enroll(src, &t, &stats).await,
                9 if t.attacker.is_some() => wrong_passcode(src, &t, &stats).await,
                7 if t.attacker.is_some() && (i / 10) % 2 == 1 => {
                    malformed_frames(src, &t, &stats).await
                }
                _ => raw_junk(src, t.coap, &stats).await,
            }
        };
        let served = tokio::select! {
            ok = step => ok,
            _ = stop.changed() => return,
        };
        if !served {
            stats.refused.fetch_add(1, Ordering::SeqCst);
            // Pacing, not synchronisation: a refused connect is not a
            // busy loop.
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn connect(src: IpAddr, to: SocketAddr) -> Option<TcpStream> {
    let s = TcpSocket::new_v4().ok()?;
    s.bind(SocketAddr::new(src, 0)).ok()?;
    tokio::time::timeout(Duration::from_secs(10), s.connect(to))
        .await
        .ok()?
        .ok()
}

/// Holds an idle connection until the hub closes it. `false` if it could
/// not connect.
async fn idle(src: IpAddr, to: SocketAddr, stats: &Stats) -> bool {
    let Some(mut s) = connect(src, to).await else {
        return false;
    };
    stats.opened();
    let mut b = [0u8; 256];
    loop {
        match s.read(&mut b).await {
            Ok(0) | Err(_) => break,
            // The hub may send a TLS alert; keep reading until it closes.
            Ok(_) => {}
        }
    }
    stats.closed();
    true
}

/// A TLS record header announcing 16 KiB, then garbage; held until the
/// hub closes it.
async fn raw_junk(src: IpAddr, to: SocketAddr, stats: &Stats) -> bool {
    let Some(mut s) = connect(src, to).await else {
        return false;
    };
    stats.opened();
    let mut junk = vec![0x16, 0x03, 0x01, 0x40, 0x00];
    junk.extend((0..1024u32).map(|k| (k.wrapping_mul(2_654_435_761) >> 24) as u8));
    let _ = s.write_all(&junk).await;
    let mut b = [0u8; 256];
    loop {
        match s.read(&mut b).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    stats.closed();
    true
}

/// A real TLS handshake with the attacker's (trusted) DAC, then malformed
/// RFC 8323 frames instead of a CSM: token length 15 (reserved), then a
/// frame whose extended length announces about 4 GiB, then garbage. Held
/// until the hub closes it.
async fn malformed_frames(src: IpAddr, t: &Targets, stats: &Stats) -> bool {
    let a = t.attacker.as_ref().expect("attacker");
    let identity = ClientIdentity::from_der(
        vec![a.dac_der.clone(), a.pai_der.clone()],
        a.key_der.clone(),
    )
    .expect("DAC identity");
    let Ok(mut tls) =
        threshold::coap::client::connect_tls(t.coap, &coap_options(t, src, identity)).await
    else {
        return false;
    };
    stats.opened();
    let mut frames = vec![0x0F, 0xE1];
    frames.extend([0xF0, 0xFF, 0xFF, 0xFF, 0xFF, 0x02]);
    frames.extend((0..1024u32).map(|k| (k.wrapping_mul(2_246_822_519) >> 24) as u8));
    let _ = tls.write_all(&frames).await;
    let _ = tls.flush().await;
    let mut b = [0u8; 256];
    loop {
        match tls.read(&mut b).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    stats.closed();
    true
}

fn coap_options(t: &Targets, src: IpAddr, identity: ClientIdentity) -> ClientOptions {
    let mut o = ClientOptions::new(&t.root_der, Some(identity));
    o.source = Some(src);
    o.timeout = Duration::from_secs(10);
    o
}

async fn tls_junk(src: IpAddr, t: &Targets, junk: &(Vec<u8>, Vec<u8>), stats: &Stats) -> bool {
    let identity = ClientIdentity::from_der(vec![junk.0.clone()], junk.1.clone()).expect("junk");
    // TLS 1.3: the client may finish before the server's refusal arrives;
    // then the first request fails. Either way it must not be served.
    let Ok(mut c) = CoapClient::connect(t.coap, coap_options(t, src, identity)).await else {
        return false;
    };
    stats.opened();
    let r = c.request(RequestType::Get, "/hub", &[]).await;
    stats.closed();
    if r.is_ok() {
        stats.served_wrongly.fetch_add(1, Ordering::SeqCst);
    }
    false
}

async fn oversize_enroll(src: IpAddr, t: &Targets, stats: &Stats) -> bool {
    let Ok(client) = threshold::api::Client::https(
        &format!("https://127.0.0.1:{}", t.enroll.port()),
        &t.ca_pem,
        None,
    ) else {
        return false;
    };
    let client = client.from_source(src);
    let body = serde_json::json!({
        "code": "ABCDE-FGHJK-MNPQR-STVWX-YZ000",
        "name": "x".repeat(32 * 1024),
        "csr_pem": "",
    });
    stats.opened();
    let r = tokio::time::timeout(
        Duration::from_secs(10),
        client.request(hyper::Method::POST, "/v1/enroll", Some(&body)),
    )
    .await;
    stats.closed();
    match r {
        Ok(Ok(reply)) if reply.status == 413 => {
            stats.too_large.fetch_add(1, Ordering::SeqCst);
            true
        }
        Ok(Ok(reply)) if (200..300).contains(&reply.status) => {
            stats.served_wrongly.fetch_add(1, Ordering::SeqCst);
            true
        }
        // Refused some other way (a lock, the connection limit): fine.
        Ok(Ok(_)) => true,
        _ => false,
    }
}

async fn wrong_passcode(src: IpAddr, t: &Targets, stats: &Stats) -> bool {
    let a = t.attacker.as_ref().expect("attacker");
    let identity = || {
        ClientIdentity::from_der(
            vec![a.dac_der.clone(), a.pai_der.clone()],
            a.key_der.clone(),
        )
        .expect("DAC identity")
    };
    let Ok(mut first) = CoapClient::connect(t.coap, coap_options(t, src, identity())).await else {
        return false;
    };
    stats.opened();
    let hub_id = match hub_id(&mut first).await {
        Some(h) => h,
        None => {
            stats.closed();
            return false;
        }
    };
    let cfg = DeviceConfig::new(
        a.dac_der.clone(),
        a.wrong_passcode,
        a.discriminator,
        1,
        hub_id,
    );
    let mut ex = CoapExchange(first);
    let r = DeviceSimulator::new(cfg)
        .pair(
            &mut ex,
            |_| async { Err::<Box<dyn Exchange>, _>(ExchangeError::Transport("no".into())) },
            &mut |_| {},
        )
        .await;
    match r {
        Ok(_) => {
            stats.served_wrongly.fetch_add(1, Ordering::SeqCst);
        }
        Err(e) if e.hub_error().is_some() => {
            stats.pake_refused.fetch_add(1, Ordering::SeqCst);
        }
        Err(_) => {}
    }
    // An oversize /pair/start on the same connection, if it still stands.
    let big = vec![0xA5u8; 5 * 1024];
    if let Ok(resp) = ex.post("/pair/start", big).await {
        match (resp.0, resp.1) {
            (4, 13) => {
                stats.too_large.fetch_add(1, Ordering::SeqCst);
            }
            (2, _) => {
                stats.served_wrongly.fetch_add(1, Ordering::SeqCst);
            }
            _ => {}
        }
    }
    stats.closed();
    true
}

async fn hub_id(client: &mut CoapClient) -> Option<String> {
    let r = client.request(RequestType::Get, "/hub", &[]).await.ok()?;
    let value: ciborium::value::Value = ciborium::from_reader(r.payload.as_slice()).ok()?;
    value
        .as_map()?
        .iter()
        .find(|(k, _)| k.as_text() == Some("hub_id"))
        .and_then(|(_, v)| v.as_text())
        .map(str::to_owned)
}
