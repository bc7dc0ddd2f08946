//! CoAP over TLS against real sockets on 127.0.0.1 and real TLS 1.3: client
//! authentication at the handshake (Matter SDK test DAC chain, minted flawed
//! chains, hub operational certificates), RFC 8323 signaling and limits.

mod common;

use std::time::Duration;

use ciborium::value::Value;
use coap_lite::{RequestType, ResponseType};
use common::coap::*;
use rcgen::{CertificateParams, KeyPair};
use threshold::attestation::hub_ca::ClientKey;
use threshold::attestation::mint::{mint_test_chain, MintOptions, TestChain};
use threshold::coap::client::{connect_tls, ClientError, ClientIdentity, CoapClient};
use threshold::coap::tcp_conn::sig;
use threshold::coap::tcp_frame::{
    decode, decode_uint, Frame, RawOption, CODE_ABORT, CODE_CSM, CODE_PING, CODE_PONG, CODE_RELEASE,
};
use threshold::coap::tls::{RejectReason, TlsEvent, TlsLimits};
use threshold::commissioning::policy::Role;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn map_get<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.as_map()
        .unwrap()
        .iter()
        .find(|(k, _)| k.as_text() == Some(key))
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("no {key}"))
}

fn cbor(b: &[u8]) -> Value {
    ciborium::from_reader(b).expect("CBOR")
}

#[tokio::test]
async fn sdk_dac_chain_gets_hub_and_the_exporter_reaches_handlers() {
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    let mut c = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .expect("SDK DAC accepted");
    assert_eq!(c.server_csm().max_message_size, 8192);
    let r = c.request(RequestType::Get, "/hub", &[]).await.unwrap();
    assert_eq!(r.code, ResponseType::Content);
    assert_eq!(r.content_format, Some(60));
    let v = cbor(&r.payload);
    assert_eq!(map_get(&v, "hub_id").as_text(), Some(HUB_ID));
    assert_eq!(map_get(&v, "api").as_integer(), Some(1.into()));
    assert_eq!(
        map_get(&v, "ca_fingerprint").as_text().unwrap(),
        sha256_hex(&hub.root_der)
    );

    // The handler sees the device identity and the same exporter.
    let r = c.request(RequestType::Get, "/whoami", &[]).await.unwrap();
    let v = cbor(&r.payload);
    assert_eq!(map_get(&v, "kind").as_text(), Some("device"));
    assert_eq!(map_get(&v, "vid").as_integer(), Some(0xFFF1.into()));
    assert_eq!(map_get(&v, "pid").as_integer(), Some(0x8001.into()));
    assert_eq!(
        map_get(&v, "dac_fingerprint").as_text().unwrap(),
        sha256_hex(&read(&format!("{SDK_DAC}.der")))
    );
    assert_eq!(
        map_get(&v, "pai").as_bytes().unwrap(),
        &read(&format!("{SDK_PAI}.der"))
    );
    assert_eq!(
        map_get(&v, "exporter").as_bytes().unwrap().as_slice(),
        c.exporter()
    );
    assert_ne!(c.exporter(), &[0u8; 32]);

    // Link format over TLS lists the private resources too.
    let r = c
        .request(RequestType::Get, "/.well-known/core", &[])
        .await
        .unwrap();
    assert_eq!(r.content_format, Some(40));
    let links = String::from_utf8(r.payload).unwrap();
    assert!(links.contains("</whoami>;ct=60"), "{links}");

    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::Connected { .. }))
        .await;
    let TlsEvent::Connected { peer } = ev else {
        unreachable!()
    };
    assert_eq!(peer.kind(), "device");

    // A second connection has another exporter.
    let c2 = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .unwrap();
    assert_ne!(c2.exporter(), c.exporter());
    c.release().await.unwrap();
    c2.release().await.unwrap();
    hub.shutdown().await;
}

async fn expect_refused(hub: &mut Hub, identity: Option<ClientIdentity>) -> RejectReason {
    let err = CoapClient::connect(hub.tls_addr, hub.options(identity))
        .await
        .expect_err("refused at the handshake");
    assert!(
        matches!(err, ClientError::Io { .. } | ClientError::Closed(_)),
        "{err:?}"
    );
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::ClientRejected { .. }))
        .await;
    let TlsEvent::ClientRejected { peer, reason, .. } = ev else {
        unreachable!()
    };
    assert_eq!(peer.ip().to_string(), "127.0.0.1");
    reason
}

#[tokio::test]
async fn client_without_certificate_is_refused() {
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    assert_eq!(
        expect_refused(&mut hub, None).await,
        RejectReason::NoCertificate
    );
    assert_eq!(
        hub.stats
            .rejected
            .load(std::sync::atomic::Ordering::Relaxed),
        1
    );
    assert_eq!(
        hub.stats
            .requests
            .load(std::sync::atomic::Ordering::Relaxed),
        0
    );
    hub.shutdown().await;
}

fn minted(flaw: impl FnOnce(&mut MintOptions)) -> TestChain {
    let mut o = MintOptions::new(0xFFF2, 0x0042, now_ms());
    flaw(&mut o);
    mint_test_chain(&o).expect("mint")
}

fn chain_identity(c: &TestChain) -> ClientIdentity {
    let pem = format!("{}{}", c.dac.pem, c.pai.pem);
    ClientIdentity::from_pem(pem.as_bytes(), c.dac.key_pem.as_bytes()).unwrap()
}

#[tokio::test]
async fn flawed_dac_chains_are_refused_at_the_handshake_and_reported() {
    let good = minted(|_| {});
    let untrusted = minted(|o| o.untrusted = true);
    let expired = minted(|o| o.expired = true);
    let wrong_vid = minted(|o| o.wrong_vid = true);
    let paas: Vec<Vec<u8>> = [&good, &untrusted, &expired, &wrong_vid]
        .iter()
        .map(|c| c.paa.der.clone())
        .collect();
    let mut hub = start_hub(TlsLimits::default(), &paas).await;

    // The unflawed minted chain is accepted (so each refusal below is the
    // flaw's doing).
    let mut c = CoapClient::connect(hub.tls_addr, hub.options(Some(chain_identity(&good))))
        .await
        .expect("good minted chain accepted");
    let r = c.request(RequestType::Get, "/whoami", &[]).await.unwrap();
    assert_eq!(
        map_get(&cbor(&r.payload), "vid").as_integer(),
        Some(0xFFF2.into())
    );
    c.release().await.unwrap();

    for (chain, kind, rule) in [
        (&untrusted, "untrusted_root", "chain"),
        (&expired, "expired", "dac.validity"),
        (&wrong_vid, "chain_vid_mismatch", "pai.vid_pid"),
    ] {
        let reason = expect_refused(&mut hub, Some(chain_identity(chain))).await;
        match reason {
            RejectReason::Attestation { rule: r, error } => {
                assert_eq!(error.kind(), kind);
                assert_eq!(r, rule);
            }
            other => panic!("{kind}: {other:?}"),
        }
    }
    // A DAC alone (no PAI) is refused too.
    let alone =
        ClientIdentity::from_pem(good.dac.pem.as_bytes(), good.dac.key_pem.as_bytes()).unwrap();
    assert_eq!(
        expect_refused(&mut hub, Some(alone)).await,
        RejectReason::MissingPai
    );
    assert_eq!(
        hub.stats
            .rejected
            .load(std::sync::atomic::Ordering::Relaxed),
        4
    );
    hub.shutdown().await;
}

/// Presents a fixed certificate chain signed with any key, without the
/// consistency check rustls' builder makes (to exercise the server's
/// handshake-signature check).
#[derive(Debug)]
struct Mismatched(std::sync::Arc<rustls::sign::CertifiedKey>);

impl rustls::client::ResolvesClientCert for Mismatched {
    fn resolve(
        &self,
        _hints: &[&[u8]],
        _schemes: &[rustls::SignatureScheme],
    ) -> Option<std::sync::Arc<rustls::sign::CertifiedKey>> {
        Some(self.0.clone())
    }

    fn has_certs(&self) -> bool {
        true
    }
}

#[tokio::test]
async fn wrong_key_for_the_dac_fails_the_handshake_signature() {
    use rustls::pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer, ServerName};
    use std::sync::Arc;
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    // The SDK chain with someone else's key: the certificates verify, the
    // CertificateVerify signature does not.
    let other = KeyPair::generate().unwrap();
    let key = PrivateKeyDer::from_pem_slice(other.serialize_pem().as_bytes()).unwrap();
    let chain = vec![
        CertificateDer::from(read(&format!("{SDK_DAC}.der"))),
        CertificateDer::from(read(&format!("{SDK_PAI}.der"))),
    ];
    let signer = rustls::crypto::ring::sign::any_ecdsa_type(&key).unwrap();
    let ck = Arc::new(rustls::sign::CertifiedKey::new(chain, signer));
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from(hub.root_der.clone()))
        .unwrap();
    let mut cfg = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])
    .unwrap()
    .with_root_certificates(roots)
    .with_client_cert_resolver(Arc::new(Mismatched(ck)));
    cfg.alpn_protocols = vec![b"coap".to_vec()];
    let tcp = tokio::net::TcpStream::connect(hub.tls_addr).await.unwrap();
    let name = ServerName::try_from("127.0.0.1").unwrap();
    // TLS 1.3: the client may think the handshake done; the first read
    // fails with the server's alert.
    if let Ok(mut s) = tokio_rustls::TlsConnector::from(Arc::new(cfg))
        .connect(name, tcp)
        .await
    {
        let mut b = [0u8; 16];
        assert!(!matches!(s.read(&mut b).await, Ok(n) if n > 0));
    }
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::ClientRejected { .. }))
        .await;
    let TlsEvent::ClientRejected { reason, .. } = ev else {
        unreachable!()
    };
    assert!(
        matches!(reason, RejectReason::HandshakeSignature(_)),
        "{reason:?}"
    );
    hub.shutdown().await;
}

#[tokio::test]
async fn a_client_without_alpn_coap_is_refused() {
    use rustls::pki_types::ServerName;
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    for alpn in [vec![], vec![b"h2".to_vec()]] {
        let cfg = sdk_client_config(&hub, alpn.clone());
        let tcp = tokio::net::TcpStream::connect(hub.tls_addr).await.unwrap();
        let name = ServerName::try_from("127.0.0.1").unwrap();
        if let Ok(mut s) = tokio_rustls::TlsConnector::from(cfg)
            .connect(name, tcp)
            .await
        {
            let mut b = [0u8; 16];
            assert!(!matches!(s.read(&mut b).await, Ok(n) if n > 0));
        }
        let ev = hub
            .next_event(|e| matches!(e, TlsEvent::ClientRejected { .. }))
            .await;
        let TlsEvent::ClientRejected { reason, .. } = ev else {
            unreachable!()
        };
        assert_eq!(reason, RejectReason::Alpn, "offered {alpn:?}");
    }
    hub.shutdown().await;
}

#[tokio::test]
async fn operational_certificate_from_the_hub_ca_is_accepted() {
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    let key = KeyPair::generate().unwrap();
    let csr = CertificateParams::default()
        .serialize_request(&key)
        .unwrap();
    let op = hub.ca.issue_operational_cert(csr.der(), now_ms()).unwrap();
    let id = ClientIdentity::from_pem(op.cert.cert_pem.as_bytes(), key.serialize_pem().as_bytes())
        .unwrap();
    let mut c = CoapClient::connect(hub.tls_addr, hub.options(Some(id)))
        .await
        .expect("operational cert accepted");
    let r = c.request(RequestType::Get, "/whoami", &[]).await.unwrap();
    let v = cbor(&r.payload);
    assert_eq!(map_get(&v, "kind").as_text(), Some("operational"));
    assert_eq!(
        map_get(&v, "key").as_bytes().unwrap().as_slice(),
        key.public_key_raw()
    );
    assert_eq!(map_get(&v, "cert").as_bytes().unwrap(), &op.cert.cert_der);
    c.release().await.unwrap();

    // A user client certificate from the same CA is not a device's.
    let user = hub
        .ca
        .issue_client_cert("alice", Role::Owner, ClientKey::Generate, now_ms())
        .unwrap();
    let id = ClientIdentity::from_pem(
        user.cert_pem.as_bytes(),
        user.key_pem.as_ref().unwrap().as_bytes(),
    )
    .unwrap();
    let reason = expect_refused(&mut hub, Some(id)).await;
    assert!(
        matches!(&reason, RejectReason::Operational(m) if m.contains("not a device")),
        "{reason:?}"
    );

    // An operational certificate from another hub's CA is not trusted: it
    // goes the DAC way and fails there.
    let other_dir = tempfile::tempdir().unwrap();
    let other_ca =
        threshold::attestation::hub_ca::HubCa::load_or_create(other_dir.path(), now_ms()).unwrap();
    let key = KeyPair::generate().unwrap();
    let csr = CertificateParams::default()
        .serialize_request(&key)
        .unwrap();
    let foreign = other_ca
        .issue_operational_cert(csr.der(), now_ms())
        .unwrap();
    let id = ClientIdentity::from_pem(
        foreign.cert.cert_pem.as_bytes(),
        key.serialize_pem().as_bytes(),
    )
    .unwrap();
    assert_eq!(
        expect_refused(&mut hub, Some(id)).await,
        RejectReason::MissingPai
    );
    hub.shutdown().await;
}

/// A raw TLS stream (SDK identity) for speaking RFC 8323 bytes directly.
async fn raw(hub: &Hub) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    connect_tls(hub.tls_addr, &hub.options(Some(sdk_identity())))
        .await
        .expect("TLS")
}

/// Reads frames until EOF (or 5 s); returns them.
async fn read_all_frames<S: tokio::io::AsyncRead + Unpin>(s: &mut S) -> Vec<Frame> {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 4096];
    let _ = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match s.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await;
    let mut out = Vec::new();
    let mut rest = &buf[..];
    while let Ok(Some((f, n))) = decode(rest, usize::MAX) {
        out.push(f);
        rest = &rest[n..];
    }
    out
}

fn csm_bytes(max: Option<u32>) -> Vec<u8> {
    let mut f = Frame::new(CODE_CSM);
    if let Some(m) = max {
        f.push_option(RawOption::uint(sig::MAX_MESSAGE_SIZE, m));
    }
    f.to_bytes().unwrap()
}

async fn expect_abort(hub: &mut Hub, send: &[u8]) -> Frame {
    let mut s = raw(hub).await;
    s.write_all(send).await.unwrap();
    s.flush().await.unwrap();
    let frames = read_all_frames(&mut s).await;
    assert_eq!(
        frames.first().map(|f| f.code),
        Some(CODE_CSM),
        "server CSM first"
    );
    let last = frames.last().unwrap().clone();
    assert_eq!(last.code, CODE_ABORT, "{frames:?}");
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::Aborted { .. }))
        .await;
    assert!(matches!(ev, TlsEvent::Aborted { .. }));
    last
}

#[tokio::test]
async fn protocol_violations_abort_the_connection() {
    let mut hub = start_hub(TlsLimits::default(), &[]).await;

    // First message not a CSM.
    let mut get = Frame::new(0x01);
    get.token = vec![1];
    get.push_option(RawOption::new(11, "hub"));
    let a = expect_abort(&mut hub, &get.to_bytes().unwrap()).await;
    assert!(String::from_utf8_lossy(&a.payload).contains("first message must be a CSM"));

    // Oversize frame (declared 1 MiB): aborted from its header alone.
    let mut b = csm_bytes(None);
    b.extend_from_slice(&[0xF0, 0x00, 0x0F, 0x00, 0x00, 0x01]);
    let a = expect_abort(&mut hub, &b).await;
    assert!(String::from_utf8_lossy(&a.payload).contains("exceeds"));

    // CSM with a Max-Message-Size too small.
    let a = expect_abort(&mut hub, &csm_bytes(Some(64))).await;
    assert_eq!(
        a.option(sig::BAD_CSM_OPTION)
            .and_then(|v| decode_uint(v, 2)),
        Some(2)
    );
    // CSM with an unknown critical option.
    let mut f = Frame::new(CODE_CSM);
    f.push_option(RawOption::new(7, vec![1]));
    let a = expect_abort(&mut hub, &f.to_bytes().unwrap()).await;
    assert_eq!(
        a.option(sig::BAD_CSM_OPTION)
            .and_then(|v| decode_uint(v, 2)),
        Some(7)
    );
    // Malformed frames after a good CSM: reserved TKL, bad option nibble,
    // payload marker without payload.
    for bad in [
        &[0x09u8, 0x01][..],
        &[0x10, 0x01, 0xF1],
        &[0x10, 0x45, 0xFF],
    ] {
        let mut b = csm_bytes(None);
        b.extend_from_slice(bad);
        let a = expect_abort(&mut hub, &b).await;
        assert!(
            String::from_utf8_lossy(&a.payload).contains("malformed"),
            "{bad:?}"
        );
    }

    // The server is still fine.
    let mut c = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .unwrap();
    assert_eq!(
        c.request(RequestType::Get, "/hub", &[]).await.unwrap().code,
        ResponseType::Content
    );
    c.release().await.unwrap();
    hub.shutdown().await;
}

#[tokio::test]
async fn ping_pong_release_and_body_limit() {
    let mut hub = start_hub(TlsLimits::default(), &[]).await;
    let mut c = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .unwrap();
    c.ping(false).await.expect("pong");
    c.ping(true).await.expect("pong with custody");

    // Bodies: 4096 is fine, 4097 is 4.13.
    let r = c
        .request_with(RequestType::Post, "/echo", Some(42), &[7u8; 4096])
        .await
        .unwrap();
    assert_eq!(r.code, ResponseType::Changed);
    assert_eq!(r.payload.len(), 4096);
    let r = c
        .request_with(RequestType::Post, "/echo", Some(42), &[7u8; 4097])
        .await
        .unwrap();
    assert_eq!(r.code, ResponseType::RequestEntityTooLarge);
    assert_eq!(
        map_get(&cbor(&r.payload), "error").as_text(),
        Some("too_large")
    );
    // Unknown resource.
    let r = c.request(RequestType::Get, "/nope", &[]).await.unwrap();
    assert_eq!(r.code, ResponseType::NotFound);

    // Release: the server closes the connection.
    c.release().await.unwrap();
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::Closed { .. }))
        .await;
    let TlsEvent::Closed { reason, .. } = ev else {
        unreachable!()
    };
    assert_eq!(reason, "released by peer");

    // Ping/Pong raw, with the token echoed.
    let mut s = raw(&hub).await;
    let mut b = csm_bytes(Some(2000));
    let mut ping = Frame::new(CODE_PING);
    ping.token = vec![0xAB, 0xCD];
    b.extend(ping.to_bytes().unwrap());
    b.extend(Frame::new(CODE_RELEASE).to_bytes().unwrap());
    s.write_all(&b).await.unwrap();
    let frames = read_all_frames(&mut s).await;
    assert_eq!(frames[0].code, CODE_CSM);
    assert_eq!(frames[1].code, CODE_PONG);
    assert_eq!(frames[1].token, [0xAB, 0xCD]);
    assert_eq!(frames.len(), 2, "closed after the Release: {frames:?}");
    hub.shutdown().await;
}

#[tokio::test]
async fn connection_limits_idle_timeout_and_graceful_shutdown() {
    let limits = TlsLimits {
        max_connections: 3,
        max_connections_per_peer: 2,
        idle_timeout: Duration::from_millis(400),
        ..TlsLimits::default()
    };
    let mut hub = start_hub(limits, &[]).await;
    let c1 = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .unwrap();
    let mut c2 = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .unwrap();
    // A third from the same address is dropped at accept.
    assert!(
        CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
            .await
            .is_err()
    );
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::LimitReached { .. }))
        .await;
    assert!(matches!(
        ev,
        TlsEvent::LimitReached {
            limit: "per_peer",
            ..
        }
    ));

    // Idle connections are released by the server.
    let mut c1 = c1;
    assert_eq!(c1.wait_closed().await.unwrap().as_deref(), Some("released"));
    c2.ping(false).await.ok();
    let _ = c2.wait_closed().await;

    // Slots are given back: a new client gets in, and a slow request is
    // answered during the graceful shutdown, after the Release.
    let mut c3 = CoapClient::connect(hub.tls_addr, hub.options(Some(sdk_identity())))
        .await
        .unwrap();
    let slow_entered = hub.slow_entered.clone();
    let slow = tokio::spawn(async move {
        let r = c3.request(RequestType::Get, "/slow", &[]).await;
        (r, c3)
    });
    tokio::time::timeout(Duration::from_secs(5), slow_entered.notified())
        .await
        .expect("the slow request reached its handler");
    let addr = hub.tls_addr;
    hub.shutdown().await;
    let (r, _c3) = slow.await.unwrap();
    assert_eq!(
        r.expect("answered during the grace period").code,
        ResponseType::Content
    );
    // The listener is closed.
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

/// `n` TCP connections from `from` to `to` that never send a byte (a TLS
/// handshake that never starts).
async fn idle_from(
    from: std::net::IpAddr,
    to: std::net::SocketAddr,
    n: usize,
) -> Vec<tokio::net::TcpStream> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let s = tokio::net::TcpSocket::new_v4().unwrap();
        s.bind(std::net::SocketAddr::new(from, 0)).unwrap();
        v.push(s.connect(to).await.unwrap());
    }
    v
}

#[tokio::test]
async fn a_full_table_of_unauthenticated_sockets_does_not_shut_out_a_device() {
    let limits = TlsLimits {
        max_connections: 8,
        max_connections_per_peer: 2,
        // Long enough that no idle socket times out during the test.
        handshake_timeout: Duration::from_secs(120),
        ..TlsLimits::default()
    };
    let mut hub = start_hub(limits, &[]).await;
    // Five addresses, each within its per-source limit, hold ten idle
    // sockets: more than the table's eight.
    let mut idle = Vec::new();
    for k in 1..=5u8 {
        let from = std::net::IpAddr::V4(std::net::Ipv4Addr::new(127, 0, 4, k));
        idle.extend(idle_from(from, hub.tls_addr, 2).await);
    }
    for _ in 0..2 {
        hub.next_event(|e| matches!(e, TlsEvent::Evicted { .. }))
            .await;
    }
    // A device from another address still gets in (evicting one more idle
    // socket), authenticates and is served.
    let mut opts = hub.options(Some(sdk_identity()));
    opts.source = Some(std::net::IpAddr::V4(std::net::Ipv4Addr::new(
        127, 0, 4, 100,
    )));
    let mut dev = CoapClient::connect(hub.tls_addr, opts).await.unwrap();
    dev.ping(false).await.unwrap();
    let ev = hub
        .next_event(|e| matches!(e, TlsEvent::Evicted { .. }))
        .await;
    assert!(
        matches!(ev, TlsEvent::Evicted { peer } if peer.ip().to_string().starts_with("127.0.4."))
    );
    let stats = hub.stats.clone();
    assert_eq!(stats.evicted.load(std::sync::atomic::Ordering::Relaxed), 3);
    assert_eq!(stats.limited.load(std::sync::atomic::Ordering::Relaxed), 0);
    // Which went: each time the oldest socket of a source holding the
    // most (two), so the first of 127.0.4.1, .2 and .3 in turn; the hub
    // closed exactly those.
    for (i, s) in idle.iter_mut().enumerate() {
        let mut b = [0u8; 1];
        if [0, 2, 4].contains(&i) {
            let r = tokio::time::timeout(Duration::from_secs(10), s.read(&mut b))
                .await
                .expect("an evicted socket is closed");
            assert!(matches!(r, Ok(0) | Err(_)), "the hub sent bytes: {r:?}");
        } else {
            assert!(
                matches!(s.try_read(&mut b), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
                "socket {i} is still held"
            );
        }
    }
    drop(dev);
    hub.shutdown().await;
}

/// No TLS session is resumed: a device that kept the first connection's
/// tickets gets a full handshake, its chain verified again, every time.
#[tokio::test]
async fn tls_sessions_are_never_resumed() {
    use rustls::pki_types::ServerName;
    let hub = start_hub(TlsLimits::default(), &[]).await;
    // One configuration, so one client session cache, for both connections.
    let cfg = sdk_client_config(&hub, vec![b"coap".to_vec()]);
    let mut kinds = Vec::new();
    for _ in 0..2 {
        let tcp = tokio::net::TcpStream::connect(hub.tls_addr).await.unwrap();
        let name = ServerName::try_from("127.0.0.1").unwrap();
        let mut s = tokio_rustls::TlsConnector::from(cfg.clone())
            .connect(name, tcp)
            .await
            .expect("handshake");
        kinds.push(s.get_ref().1.handshake_kind());
        // The server's CSM comes after any ticket it would send: once it
        // is read, the client has stored what it could resume with.
        s.write_all(&csm_bytes(None)).await.unwrap();
        let mut b = [0u8; 1];
        tokio::time::timeout(Duration::from_secs(10), s.read_exact(&mut b))
            .await
            .expect("the server's CSM in time")
            .expect("read");
    }
    assert_eq!(
        kinds,
        [
            Some(rustls::HandshakeKind::Full),
            Some(rustls::HandshakeKind::Full)
        ]
    );
    hub.shutdown().await;
}

/// A rustls client with the SDK's DAC chain and key, trusting the hub's
/// root, offering `alpn`. Its default session cache lets a second
/// connection try to resume the first.
fn sdk_client_config(hub: &Hub, alpn: Vec<Vec<u8>>) -> std::sync::Arc<rustls::ClientConfig> {
    use rustls::pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer};
    let mut chain = read(&format!("{SDK_DAC}.pem"));
    chain.extend(read(&format!("{SDK_PAI}.pem")));
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&chain)
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(&read(SDK_DAC_KEY)).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from(hub.root_der.clone()))
        .unwrap();
    let mut cfg = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])
    .unwrap()
    .with_root_certificates(roots)
    .with_client_auth_cert(certs, key)
    .unwrap();
    cfg.alpn_protocols = alpn;
    std::sync::Arc::new(cfg)
}
