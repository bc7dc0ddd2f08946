//! No starvation of the controller API (issue 11, item 5): one address
//! holding idle sockets on the mTLS listener or the enrollment listener
//! cannot shut out a client from another address. A real daemon
//! in-process on 127.0.0.1:0; the other client speaks from 127.0.1.2
//! (127.0.0.0/8 is all loopback on Linux).

mod common;
use common::hub::*;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::Ordering;
use std::time::Duration;

use threshold::api::types::UserInfo;
use threshold::api::Client;
use tokio::io::AsyncReadExt;
use tokio::net::{TcpSocket, TcpStream};

const IDLE: usize = 64;
const PER_SOURCE: usize = 8;
const FIRST: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1));
const OTHER: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 1, 2));

/// `n` TCP connections from `from` to `to`, one after the other (so the
/// listener accepts them in this order), that never send a byte.
async fn idle_sockets(from: IpAddr, to: SocketAddr, n: usize) -> Vec<TcpStream> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let s = TcpSocket::new_v4().expect("socket");
        s.bind(SocketAddr::new(from, 0)).expect("bind");
        v.push(s.connect(to).await.expect("connect"));
    }
    v
}

/// Waits for the hub to close `s` (EOF or reset); panics if it sends data
/// or has not closed it within the bound (a failure, not a pause).
async fn closed_by_hub(s: &mut TcpStream) {
    let mut b = [0u8; 64];
    match tokio::time::timeout(Duration::from_secs(30), s.read(&mut b)).await {
        Ok(Ok(0)) => {}
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionReset => {}
        Ok(Ok(n)) => panic!("the hub sent {n} bytes on an idle socket"),
        Ok(Err(e)) => panic!("read: {e}"),
        Err(_) => panic!("the hub did not close the socket"),
    }
}

/// Whether the hub still holds `s` open (nothing to read, no EOF).
fn still_open(s: &TcpStream) -> bool {
    let mut b = [0u8; 1];
    matches!(s.try_read(&mut b), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_sockets_from_one_address_do_not_shut_out_the_owner_on_8443() {
    let hub = Hub::start_with(|c| {
        // Long enough that the admitted idle sockets stay for the test.
        c.api.handshake_timeout_secs = 120;
    })
    .await;
    assert_eq!(
        (
            hub.cfg.api.max_connections,
            hub.cfg.api.max_connections_per_source
        ),
        (64, PER_SOURCE),
        "the defaults this test is about"
    );
    let owner = hub.owner().await;
    let stats = hub.daemon().api().expect("api").stats();

    let mut idle = idle_sockets(FIRST, hub.tls, IDLE).await;

    // The owner, from another address, is served: a real request with the
    // owner's client certificate.
    let users: Vec<UserInfo> = ok(get(&owner.clone().from_source(OTHER), "/v1/users").await);
    assert_eq!(users.len(), 1);

    // The listener accepts in order: the first PER_SOURCE sockets hold the
    // address's slots, every later one was closed at accept (and counted).
    for s in idle.iter_mut().skip(PER_SOURCE) {
        closed_by_hub(s).await;
    }
    assert!(idle.iter().take(PER_SOURCE).all(still_open));
    assert_eq!(
        stats.refused_per_source.load(Ordering::Relaxed),
        (IDLE - PER_SOURCE) as u64
    );
    assert_eq!(stats.refused_total.load(Ordering::Relaxed), 0);

    // The owner from the flooding address is refused too while it holds
    // its slots...
    let same = owner.clone().from_source(FIRST);
    assert!(same
        .request(hyper::Method::GET, "/v1/users", None::<&()>)
        .await
        .is_err());
    // ... and served again once they are given back.
    drop(idle);
    let users: Vec<UserInfo> = common::wait_until_async(
        Duration::from_secs(10),
        "the first address's slots to be given back",
        || async {
            let r = same
                .request(hyper::Method::GET, "/v1/users", None::<&()>)
                .await
                .map_err(|e| e.to_string())?;
            r.json::<Vec<UserInfo>>()
                .map_err(|e| e.to_string())?
                .map_err(|e| e.code)
        },
    )
    .await;
    assert_eq!(users.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_sockets_do_not_shut_out_enrollment_and_time_out_on_8444() {
    let hub = Hub::start_with(|c| c.api.handshake_timeout_secs = 2).await;
    let owner = hub.owner().await;
    let stats = hub.daemon().api().expect("api").stats();
    let inv: threshold::api::types::InviteResponse = ok(post(
        &owner,
        "/v1/invites",
        &serde_json::json!({"role": "member"}),
    )
    .await);

    let mut idle = idle_sockets(FIRST, hub.enroll, IDLE).await;

    // An invitee from another address enrolls.
    let (key, csr) = threshold::api::client::new_key_and_csr().expect("csr");
    let req = threshold::api::types::EnrollRequest {
        code: inv.code.clone(),
        name: "Bob".into(),
        csr_pem: csr,
    };
    let anon = Client::https(
        &format!("https://127.0.0.1:{}", hub.enroll.port()),
        &hub.ca_pem,
        None,
    )
    .expect("client")
    .from_source(OTHER);
    let bob: threshold::api::types::EnrollResponse = ok(post(&anon, "/v1/enroll", &req).await);
    drop(key);
    assert_eq!(bob.name, "Bob");

    // Every idle socket is closed: the ones past the limit at accept, the
    // admitted ones when their handshake timed out.
    for s in idle.iter_mut() {
        closed_by_hub(s).await;
    }
    assert_eq!(
        stats.refused_per_source.load(Ordering::Relaxed),
        (IDLE - PER_SOURCE) as u64
    );
    common::wait_until(
        Duration::from_secs(10),
        "the admitted idle sockets to be counted as timed out",
        || stats.handshake_timeouts.load(Ordering::Relaxed) == PER_SOURCE as u64,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_sockets_from_many_addresses_do_not_fill_8443() {
    let hub = Hub::start_with(|c| c.api.handshake_timeout_secs = 120).await;
    let owner = hub.owner().await;
    let stats = hub.daemon().api().expect("api").stats();
    // Ten addresses, each within its per-source limit, hold 80 idle
    // sockets: more than the listener's 64.
    let mut idle = Vec::new();
    for k in 1..=10u8 {
        let from = IpAddr::V4(Ipv4Addr::new(127, 0, 5, k));
        idle.extend(idle_sockets(from, hub.tls, PER_SOURCE).await);
    }
    common::wait_until(
        Duration::from_secs(10),
        "the 16 sockets past the table to evict older ones",
        || stats.evicted.load(Ordering::Relaxed) == 16,
    );
    // The owner, from another address, is served: the table makes room by
    // evicting one more idle socket, never the owner's.
    let users: Vec<UserInfo> = ok(get(&owner.clone().from_source(OTHER), "/v1/users").await);
    assert_eq!(users.len(), 1);
    assert_eq!(stats.evicted.load(Ordering::Relaxed), 17);
    assert_eq!(
        (
            stats.refused_total.load(Ordering::Relaxed),
            stats.refused_per_source.load(Ordering::Relaxed)
        ),
        (0, 0)
    );
    // 17 of the idle sockets were closed by the hub, the rest still held.
    common::wait_until(
        Duration::from_secs(10),
        "the 17 evicted sockets to be closed",
        || idle.iter().filter(|s| !still_open(s)).count() == 17,
    );
    for s in idle.iter_mut().filter(|s| !still_open(s)) {
        closed_by_hub(s).await;
    }
}
