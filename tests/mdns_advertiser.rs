//! The mdns-sd advertiser against an independent browser (python-zeroconf),
//! in a private network namespace (loopback with multicast): exact type,
//! instance name, TXT, SRV port and addresses; replace; goodbye on
//! withdraw and on shutdown (removal seen well before the TTL).

mod common;
use common::netns;

use std::time::Duration;

use netns::{zeroconf_browser, NetNs};
use serde_json::Value;
use threshold::mdns::{Advertiser, HostRecord, MdnsSdAdvertiser, ServiceInstance};

fn json(line: &str) -> Value {
    serde_json::from_str(line).expect("json line")
}

fn is(ev: &'static str, name: &'static str) -> impl Fn(&str) -> bool {
    move |l| {
        let v = json(l);
        v["event"] == ev && v["name"] == name
    }
}

fn lamp(port: u16, md: &str) -> ServiceInstance {
    ServiceInstance {
        instance: "Kitchen Lamp".into(),
        service_type: "_thtest._tcp".into(),
        subtypes: vec![],
        port,
        txt: vec![("md".into(), md.into()), ("id".into(), "42".into())],
        host: HostRecord {
            name: "dev-0123456789ab".into(),
            addresses: vec!["127.0.0.1".parse().unwrap()],
        },
    }
}

#[test]
fn zeroconf_sees_exact_records_and_goodbyes() {
    let ns = NetNs::new("mdadv");
    let mut browser = zeroconf_browser(&ns, &["_thtest._tcp.local."]);
    let full = "Kitchen Lamp._thtest._tcp.local.";
    let adv = ns.run(|| {
        let mut adv = MdnsSdAdvertiser::new(&["lo".into()], 5353).unwrap();
        adv.publish(&lamp(8080, "Lamp")).unwrap();
        adv
    });
    let added = json(&browser.wait_line(Duration::from_secs(15), "added", is("added", full)));
    assert_eq!(added["port"], 8080);
    assert_eq!(added["server"], "dev-0123456789ab.local.");
    assert_eq!(added["addresses"], serde_json::json!(["127.0.0.1"]));
    assert_eq!(added["txt"], serde_json::json!({"md": "Lamp", "id": "42"}));

    // Withdraw: the goodbye removes it at once (TTL is 4500 s / 120 s).
    let mut adv = adv;
    let t = std::time::Instant::now();
    adv.withdraw(&lamp(8080, "Lamp").key()).unwrap();
    browser.wait_line(Duration::from_secs(5), "removed", is("removed", full));
    assert!(t.elapsed() < Duration::from_secs(5));

    // Publish again, then shutdown: goodbye too.
    adv.publish(&lamp(8081, "Lamp2")).unwrap();
    // Same name again at once: not renamed "(2)" (own goodbye echo).
    let added = json(&browser.wait_line(Duration::from_secs(15), "added again", is("added", full)));
    assert_eq!(added["port"], 8081);
    adv.shutdown().unwrap();
    browser.wait_line(
        Duration::from_secs(5),
        "removed on shutdown",
        is("removed", full),
    );
}

/// The hub's own records carry no fixed address (`addresses` empty): when
/// an address is added to the interface, mdns-sd (its address check,
/// every second here) announces the records with it: a browser that
/// starts afterwards resolves the new address too.
#[test]
fn hub_records_follow_an_address_change() {
    let (hub_ns, peer_ns) = NetNs::pair("mdaddr");
    let hub = ServiceInstance {
        instance: "Addr Hub".into(),
        service_type: "_thtest._tcp".into(),
        subtypes: vec![],
        port: 8443,
        txt: vec![("id".into(), "x".into())],
        host: HostRecord {
            name: "addr-hub".into(),
            addresses: vec![],
        },
    };
    let full = "Addr Hub._thtest._tcp.local.";
    let mut adv = {
        let hub = hub.clone();
        hub_ns.run(move || {
            let adv = MdnsSdAdvertiser::new(&[netns::VETH.into()], 5353).unwrap();
            adv.set_address_check_interval(1).unwrap();
            let mut adv = adv;
            adv.publish(&hub).unwrap();
            adv
        })
    };
    let mut browser = zeroconf_browser(&peer_ns, &["_thtest._tcp.local."]);
    let first = json(&browser.wait_line(Duration::from_secs(15), "added", is("added", full)));
    assert_eq!(first["addresses"], serde_json::json!(["10.77.0.1"]));
    drop(browser);

    let out = hub_ns
        .command("ip")
        .args(["addr", "add", "10.77.0.5/24", "dev", netns::VETH])
        .output()
        .unwrap();
    assert!(out.status.success());
    common::wait_until(
        Duration::from_secs(20),
        "the address change announced",
        || {
            let mut b = zeroconf_browser(&peer_ns, &["_thtest._tcp.local."]);
            let v = json(&b.wait_line(Duration::from_secs(15), "added", is("added", full)));
            if v["addresses"] == serde_json::json!(["10.77.0.1", "10.77.0.5"]) {
                Ok(())
            } else {
                Err(v)
            }
        },
    );
    adv.shutdown().unwrap();
}
