//! Coexistence with avahi-daemon, the host responder of most Linux hubs:
//! our daemon and avahi-daemon (with its own D-Bus) answer on the same
//! veth in one namespace; python-zeroconf browses from a second namespace
//! at the other end of the veth.
//!
//! * `avahi-browse -arpt` (through that avahi-daemon) resolves our
//!   `_threshold._tcp` and `_threshold-pair._tcp` with exact TXT and port;
//! * the independent browser sees both responders' services (ours and one
//!   `avahi-publish` registers), before and after a pairing window opens
//!   and closes: neither responder breaks the other.

mod common;
use common::{hub, netns};

use std::time::Duration;

use hub::{ok, post, Hub};
use netns::{avahi_resolved, zeroconf_browser, Avahi, NetNs, Proc};
use serde_json::{json, Value};

const APPEAR: Duration = Duration::from_secs(20);
const GOODBYE: Duration = Duration::from_secs(5);

fn json_line(l: &str) -> Value {
    serde_json::from_str(l).expect("json")
}

fn event(ev: &'static str, name: String) -> impl Fn(&str) -> bool {
    move |l| {
        let v = json_line(l);
        v["event"] == ev && v["name"].as_str() == Some(name.as_str())
    }
}

#[test]
fn our_responder_and_avahi_daemon_coexist() {
    let (hub_ns, peer_ns) = NetNs::pair("mdav");
    let avahi = Avahi::start(&hub_ns);
    let mut publish = avahi.command(&hub_ns, "avahi-publish");
    publish.args(["-s", "Avahi Peer", "_thavahi._tcp", "4242", "k=v"]);
    let _published = Proc::spawn("avahi-publish", publish);
    let mut browser = zeroconf_browser(
        &peer_ns,
        &[
            "_threshold._tcp.local.",
            "_threshold-pair._tcp.local.",
            "_thavahi._tcp.local.",
        ],
    );
    // avahi's service is there before ours starts.
    let theirs = json_line(&browser.wait_line(
        APPEAR,
        "avahi's service",
        event("added", "Avahi Peer._thavahi._tcp.local.".into()),
    ));
    assert_eq!(theirs["addresses"], json!(["10.77.0.1"]));

    let ns_name = hub_ns.name().to_owned();
    let avahi_dir = avahi.dir.path().to_owned();
    let browser = hub_ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let mut hub = Hub::start_with(|cfg| {
                cfg.coap.tls_listen = "127.0.0.1:0".parse().expect("addr");
                cfg.coap.udp_listen = "127.0.0.1:0".parse().expect("addr");
                cfg.mdns.interfaces = vec![netns::VETH.into()];
                cfg.mdns.instance_name = "Coexisting Hub".into();
                cfg.mdns.host_name = "threshold-coexist".into();
            })
            .await;
            let cfg = hub.cfg.clone();
            let d = hub.daemon.as_mut().expect("running");
            let coap = d.start_coap(&cfg).await.expect("coap");
            d.start_mdns(&cfg, &coap).await.expect("mdns");
            let hub_id: String = hub
                .daemon()
                .core
                .call(|c, _| c.hub_id().to_owned())
                .await
                .expect("core");
            let coap_port = hub.daemon().coap_tls_addr().expect("coap").port();

            // The independent browser sees ours, on the veth address.
            let api = json_line(&browser.wait_line(
                APPEAR,
                "our API service",
                event("added", "Coexisting Hub._threshold._tcp.local.".into()),
            ));
            assert_eq!(api["addresses"], json!(["10.77.0.1"]));
            assert_eq!(api["server"], "threshold-coexist.local.");
            assert_eq!(api["port"], hub.tls.port());

            // avahi-daemon resolves ours too, TXT and port exact.
            let tls_port = hub.tls.port().to_string();
            let lines = tokio::task::spawn_blocking({
                let (hub_id, ns, dir) = (hub_id.clone(), ns_name.clone(), avahi_dir.clone());
                move || {
                    avahi_resolved(&ns, &dir, "_threshold._tcp", APPEAR, |f| {
                        f[3] == "Coexisting Hub"
                            && f[8] == tls_port
                            && f[9].contains(&format!("\"id={hub_id}\""))
                            && f[9].contains("\"api=1\"")
                    })
                }
            })
            .await
            .expect("join");
            assert!(
                lines
                    .iter()
                    .any(|f| f[6] == "threshold-coexist.local" && f[7] == "10.77.0.1"),
                "{lines:?}"
            );

            // A window: the pairing service appears for both browsers.
            let owner = hub.owner().await;
            let win: Value = ok(post(
                &owner,
                "/v1/windows",
                &json!({"payload": hub::QR, "class": "low"}),
            )
            .await);
            let pair = json_line(&browser.wait_line(
                APPEAR,
                "pairing service",
                event("added", "Coexisting Hub._threshold-pair._tcp.local.".into()),
            ));
            assert_eq!(pair["port"], coap_port);
            let coap_port_s = coap_port.to_string();
            tokio::task::spawn_blocking({
                let (ns, dir) = (ns_name.clone(), avahi_dir.clone());
                move || {
                    avahi_resolved(&ns, &dir, "_threshold-pair._tcp", APPEAR, |f| {
                        f[3] == "Coexisting Hub" && f[8] == coap_port_s
                    })
                }
            })
            .await
            .expect("join");
            // Close it: goodbye, and avahi's service is still answered.
            let id = win["id"].as_u64().expect("window id");
            let _ = owner
                .request(
                    hyper::Method::DELETE,
                    &format!("/v1/windows/{id}"),
                    None::<&()>,
                )
                .await
                .expect("close");
            browser.wait_line(
                GOODBYE,
                "pairing goodbye",
                event(
                    "removed",
                    "Coexisting Hub._threshold-pair._tcp.local.".into(),
                ),
            );
            hub.stop().await;
            browser.wait_line(
                GOODBYE,
                "our goodbye on stop",
                event("removed", "Coexisting Hub._threshold._tcp.local.".into()),
            );
            browser
        })
    });
    // Our responder stopped; avahi still answers for its own service: a
    // fresh browser in the peer namespace resolves it.
    drop(browser);
    let mut again = zeroconf_browser(&peer_ns, &["_thavahi._tcp.local."]);
    let theirs = json_line(&again.wait_line(
        APPEAR,
        "avahi's service after we stopped",
        event("added", "Avahi Peer._thavahi._tcp.local.".into()),
    ));
    assert_eq!(theirs["port"], 4242);
    assert_eq!(theirs["txt"], json!({"k": "v"}));
    let lines = avahi_resolved(
        hub_ns.name(),
        avahi.dir.path(),
        "_thavahi._tcp",
        APPEAR,
        |f| f[3] == "Avahi Peer" && f[8] == "4242",
    );
    assert!(!lines.is_empty());
}
