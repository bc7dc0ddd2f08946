//! Interoperability with libcoap's `coap-client-openssl` (Debian
//! `libcoap3-bin`, installed by scripts/setup.d/30-libcoap.sh): plain UDP
//! discovery, and `coaps+tcp` with the Matter SDK test DAC chain as the
//! client certificate. These tests fail (never skip) when the tool is
//! missing.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::coap::*;
use threshold::coap::tls::{RejectReason, TlsEvent, TlsLimits};

const CLIENT: &str = "coap-client-openssl";

fn coap_client(args: &[&str]) -> Output {
    match Command::new(CLIENT).args(args).output() {
        Ok(o) => o,
        Err(e) => panic!(
            "{CLIENT} is not runnable ({e}): install it with scripts/setup.sh \
             (scripts/setup.d/30-libcoap.sh installs Debian's libcoap3-bin)"
        ),
    }
}

async fn run(args: Vec<String>) -> Output {
    tokio::task::spawn_blocking(move || {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        coap_client(&a)
    })
    .await
    .expect("coap-client thread")
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[tokio::test]
async fn libcoap_gets_well_known_core_and_hub_over_udp() {
    let hub = start_hub(TlsLimits::default(), &[]).await;
    let uri = format!("coap://127.0.0.1:{}/.well-known/core", hub.udp_addr.port());
    let o = run(vec![
        "-m".into(),
        "get".into(),
        "-B".into(),
        "5".into(),
        uri,
    ])
    .await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        out.contains("</hub>;rt=\"threshold.hub\";ct=60"),
        "{}",
        text(&o)
    );
    assert!(out.contains("</.well-known/core>;ct=40"), "{}", text(&o));
    assert!(
        !out.contains("whoami"),
        "private resources are not listed over UDP"
    );

    // NON request, /hub as CBOR.
    let uri = format!("coap://127.0.0.1:{}/hub", hub.udp_addr.port());
    let o = run(vec![
        "-N".into(),
        "-m".into(),
        "get".into(),
        "-B".into(),
        "5".into(),
        uri,
    ])
    .await;
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains(HUB_ID),
        "{}",
        text(&o)
    );

    // A private resource is not found over UDP.
    let uri = format!("coap://127.0.0.1:{}/whoami", hub.udp_addr.port());
    let o = run(vec![
        "-m".into(),
        "get".into(),
        "-B".into(),
        "5".into(),
        uri,
    ])
    .await;
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("4.04")
            || String::from_utf8_lossy(&o.stdout).contains("4.04"),
        "{}",
        text(&o)
    );
    hub.shutdown().await;
}

fn write_pem_files(dir: &Path, hub: &Hub) -> (String, String, String) {
    let chain = dir.join("dac-chain.pem");
    let mut pem = read(&format!("{SDK_DAC}.pem"));
    pem.extend(read(&format!("{SDK_PAI}.pem")));
    std::fs::write(&chain, pem).unwrap();
    let key = dir.join("dac-key.pem");
    std::fs::write(&key, read(SDK_DAC_KEY)).unwrap();
    // The trust file (-R): the hub root (to check the server), plus the
    // PAI and the PAA, from which OpenSSL builds the chain it sends with
    // the DAC: libcoap 4.3 loads only the first certificate of the -c file,
    // and -C takes a single CA certificate.
    let ca = dir.join("ca.pem");
    let mut cas = hub.ca.root_cert_pem().as_bytes().to_vec();
    cas.extend(read(&format!("{SDK_PAI}.pem")));
    cas.extend(read(&format!("{SDK_PAA}.pem")));
    std::fs::write(&ca, cas).unwrap();
    let s = |p: &Path| p.to_str().unwrap().to_string();
    (s(&chain), s(&key), s(&ca))
}

#[tokio::test]
async fn libcoap_over_tls_with_the_sdk_dac_chain() {
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let (chain, key, ca) = write_pem_files(dir.path(), &hub);
    let uri = format!(
        "coaps+tcp://127.0.0.1:{}/.well-known/core",
        hub.tls_addr.port()
    );
    let o = run(vec![
        "-m".into(),
        "get".into(),
        "-B".into(),
        "5".into(),
        "-c".into(),
        chain.clone(),
        "-j".into(),
        key.clone(),
        "-R".into(),
        ca.clone(),
        uri.clone(),
    ])
    .await;
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", text(&o));
    assert!(out.contains("</whoami>"), "{}", text(&o));
    assert!(out.contains("</hub>"), "{}", text(&o));
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::Connected { .. }))
        .await;
    let TlsEvent::Connected { peer } = ev else {
        unreachable!()
    };
    assert_eq!(peer.kind(), "device");

    // Without a client certificate: refused at the handshake.
    let o = run(vec![
        "-m".into(),
        "get".into(),
        "-B".into(),
        "5".into(),
        "-R".into(),
        ca.clone(),
        uri.clone(),
    ])
    .await;
    assert!(
        !String::from_utf8_lossy(&o.stdout).contains("</hub>"),
        "{}",
        text(&o)
    );
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::ClientRejected { .. }))
        .await;
    let TlsEvent::ClientRejected { reason, .. } = ev else {
        unreachable!()
    };
    assert_eq!(reason, RejectReason::NoCertificate);
    hub.shutdown().await;
}
