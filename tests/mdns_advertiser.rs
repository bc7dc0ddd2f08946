//! The mdns-sd advertiser against an independent browser (python-zeroconf),
//! in a private network namespace (loopback with multicast): exact type,
//! instance name, TXT, SRV port and addresses; replace; goodbye on
//! withdraw and on shutdown (removal seen well before the TTL).

#[path = "common/netns.rs"]
mod netns;

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
