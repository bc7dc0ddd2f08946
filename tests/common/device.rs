//! TEST ONLY devices for end-to-end tests: a device minted by
//! `threshold::attestation::mint` (files on disk), the PAA roots a hub must
//! trust for it, and the real `threshold device simulate` binary run
//! against a [`Hub`].

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use threshold::api::types::DeviceInfo;
use threshold::attestation::mint::{mint_test_chain, MintOptions, TestChain};
use threshold::time::{SystemClock, WallClock};

use super::hub::{ok, post, Hub};

/// The `threshold` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_threshold");

/// A minted device, its files written under `dir`.
pub struct TestDevice {
    /// Its PAA -> PAI -> DAC chain and setup payload.
    pub chain: TestChain,
    /// Where its PEM files are.
    pub dir: PathBuf,
}

impl TestDevice {
    /// Mints vendor 0xFFF1 product `pid` under `dir/device-<pid>`.
    pub fn mint(dir: &Path, pid: u16) -> TestDevice {
        let opts = MintOptions::new(0xFFF1, pid, SystemClock.now());
        let chain = mint_test_chain(&opts).expect("mint");
        let dir = dir.join(format!("device-{pid:04x}"));
        chain.write_to(&dir, Some(&opts)).expect("write");
        TestDevice { chain, dir }
    }

    /// Its QR code text.
    pub fn qr(&self) -> String {
        self.chain.setup.codes().expect("codes").0
    }
}

/// The PAA certificates (PEM) of `trusted`, for [`write_paa_roots`].
pub fn paa_pems(trusted: &[&TestDevice]) -> Vec<Vec<u8>> {
    trusted
        .iter()
        .map(|d| d.chain.paa.pem.as_bytes().to_vec())
        .collect()
}

/// Writes `pems` into `<state_dir>/paa-roots`, the hub's trust store.
pub fn write_paa_roots(state_dir: &Path, pems: &[Vec<u8>]) {
    let dir = state_dir.join("paa-roots");
    std::fs::create_dir_all(&dir).expect("paa-roots");
    for (i, pem) in pems.iter().enumerate() {
        std::fs::write(dir.join(format!("paa-{i}.pem")), pem).expect("paa");
    }
}

/// `threshold device simulate` for `dev` against `hub` with `extra`
/// flags, as a closure for `spawn_blocking`.
pub fn simulate(
    hub: &Hub,
    dev: &TestDevice,
    extra: &[&str],
) -> impl FnOnce() -> Output + Send + 'static {
    let addr = hub.daemon().coap_tls_addr().expect("coap tls");
    let state = hub.cfg.state_dir.clone();
    let (qr, dir) = (dev.qr(), dev.dir.clone());
    let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    move || {
        Command::new(BIN)
            .args(["device", "simulate", "--state-dir"])
            .arg(&state)
            .args(["--hub", &addr.to_string(), "--payload", &qr])
            .arg("--dac")
            .arg(dir.join("TEST-ONLY-dac-cert.pem"))
            .arg("--dac-key")
            .arg(dir.join("TEST-ONLY-dac-key.pem"))
            .arg("--pai")
            .arg(dir.join("TEST-ONLY-pai-cert.pem"))
            .args(extra)
            .output()
            .expect("run simulate")
    }
}

/// Pairs `dev` with `hub`: `owner` opens a window for its QR payload
/// (class low: admitted at full scope on redemption), then `threshold
/// device simulate` with `extra` flags pairs it. Returns its device id.
pub async fn pair(
    hub: &Hub,
    owner: &threshold::api::Client,
    dev: &TestDevice,
    extra: &[&str],
) -> String {
    let _: serde_json::Value = ok(post(
        owner,
        "/v1/windows",
        &serde_json::json!({"payload": dev.qr(), "class": "low"}),
    )
    .await);
    let out = tokio::task::spawn_blocking(simulate(hub, dev, extra))
        .await
        .expect("simulate");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    devices(owner)
        .await
        .into_iter()
        .find(|d| stdout.contains(d.id.as_str()))
        .expect("paired device")
        .id
        .into_string()
}

/// A process output as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `GET /v1/devices` as `owner`.
pub async fn devices(owner: &threshold::api::Client) -> Vec<DeviceInfo> {
    ok(owner
        .request(hyper::Method::GET, "/v1/devices", None::<&()>)
        .await
        .expect("request"))
}

/// A hub (in process) with CoAP started on loopback, trusting the PAAs of
/// `trusted`; `tweak` adjusts the configuration first.
pub async fn hub_trusting_with(
    trusted: &[&TestDevice],
    tweak: impl FnOnce(&mut threshold::config::Config),
) -> Hub {
    let roots = paa_pems(trusted);
    let mut hub = Hub::start_with(|cfg| {
        cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
        write_paa_roots(&cfg.state_dir, &roots);
        tweak(cfg);
    })
    .await;
    let cfg = hub.cfg.clone();
    hub.daemon
        .as_mut()
        .expect("running")
        .start_coap(&cfg)
        .await
        .expect("coap");
    hub
}

/// A hub for the border-router tests, run from a thread inside network
/// namespace `ns` (made by `NetNs::pair_ipv6`): CoAP on loopback, mDNS on
/// the veth, Thread on OpenThread's simulated RCP (node 1 of `ns`) forming
/// `network_name`, trusting the PAAs of `trusted`; `tweak` adjusts the
/// configuration first. Returns once the hub leads its network, with its
/// Thread handle.
pub async fn thread_hub_on_lan(
    ns: &str,
    network_name: &str,
    trusted: &[&TestDevice],
    tweak: impl FnOnce(&mut threshold::config::Config),
) -> (Hub, threshold::thread::ThreadHandle) {
    let roots = paa_pems(trusted);
    let url = super::otsim::rcp_url(ns, 1).to_string();
    let mut hub = Hub::start_with(|cfg| {
        cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
        cfg.mdns.interfaces = vec![super::netns::VETH.into()];
        cfg.thread.radio_url = url;
        cfg.thread.network_name = network_name.into();
        tweak(cfg);
        write_paa_roots(&cfg.state_dir, &roots);
    })
    .await;
    let cfg = hub.cfg.clone();
    let d = hub.daemon.as_mut().expect("running");
    let coap = d.start_coap(&cfg).await.expect("coap");
    let mdns = d.start_mdns(&cfg, &coap).await.expect("mdns");
    let h = d.start_thread(&cfg, mdns.as_ref()).expect("thread");
    super::otsim::wait_role(&h, &["leader"], Duration::from_secs(60)).await;
    (hub, h)
}

/// [`hub_trusting_with`] on the test configuration as it is.
pub async fn hub_trusting(trusted: &[&TestDevice]) -> Hub {
    hub_trusting_with(trusted, |_| {}).await
}
