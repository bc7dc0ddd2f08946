//! The mdns-sd advertiser against an independent browser (python-zeroconf),
//! in a private network namespace (loopback with multicast): exact type,
//! instance name, TXT, SRV port and addresses; replace; goodbye on
//! withdraw and on shutdown (removal seen well before the TTL); several
//! subtypes on one instance (Matter's `_matterc._udp`), each browsable on
//! its own, and goodbyes for the subtypes a replacement drops; the same
//! seen by avahi-daemon (`avahi-browse`) in a second namespace.

mod common;
use common::netns;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::time::Duration;

use netns::{zeroconf_browser, Avahi, NetNs};
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

const MATTERC: &str = "_matterc._udp.local.";

/// `<label>._sub._matterc._udp.local.`
fn matterc_sub(label: &str) -> String {
    format!("{label}._sub.{MATTERC}")
}

/// A Matter commissionable node's record set with `subtypes`.
fn commissionable(subtypes: &[&str]) -> ServiceInstance {
    ServiceInstance {
        instance: "5A1B2C3D4E5F6071".into(),
        service_type: "_matterc._udp".into(),
        subtypes: subtypes.iter().map(|s| s.to_string()).collect(),
        port: 5540,
        txt: vec![("D".into(), "3840".into()), ("CM".into(), "1".into())],
        host: HostRecord {
            name: "matter-hub".into(),
            addresses: vec!["127.0.0.1".parse().unwrap()],
        },
    }
}

/// `event` for instance `name` reported by the browser of type `ty`.
fn typed(ev: &'static str, ty: String, name: &'static str) -> impl Fn(&str) -> bool {
    move |l| {
        let v = json(l);
        v["event"] == ev && v["type"].as_str() == Some(ty.as_str()) && v["name"] == name
    }
}

/// One instance with three subtypes is found by browsing each subtype on
/// its own (a browser asking only for that subtype), and under the plain
/// type. Published again with a smaller set, the dropped subtypes get
/// goodbyes (browsers of those see it removed at once, the others do not)
/// and are no longer answered; shutdown withdraws every subtype.
#[test]
fn each_subtype_is_browsable_and_dropped_ones_get_goodbyes() {
    let ns = NetNs::new("mdsub");
    let full = "5A1B2C3D4E5F6071._matterc._udp.local.";
    let (l, s, cm, v) = (
        matterc_sub("_L3840"),
        matterc_sub("_S15"),
        matterc_sub("_CM"),
        matterc_sub("_V65521"),
    );
    // Watches the instance through the whole test, under every name.
    let mut watcher = zeroconf_browser(&ns, &[MATTERC, &l, &s, &cm, &v]);
    let mut adv = ns.run(|| {
        let mut adv = MdnsSdAdvertiser::new(&["lo".into()], 5353).unwrap();
        adv.publish(&commissionable(&["_L3840", "_S15", "_CM"]))
            .unwrap();
        adv
    });
    let added = RefCell::new(BTreeSet::new());
    watcher.wait_line(
        Duration::from_secs(15),
        "added under the type and its three subtypes",
        |line| {
            let ev = json(line);
            if ev["event"] == "added" && ev["name"] == full {
                added
                    .borrow_mut()
                    .insert(ev["type"].as_str().unwrap().to_owned());
            }
            added.borrow().len() == 4
        },
    );
    assert!(!added.borrow().contains(&v));

    // A browser of one subtype only: its own query is answered.
    for ty in [&l, &s, &cm] {
        let mut one = zeroconf_browser(&ns, &[ty]);
        let found = json(&one.wait_line(
            Duration::from_secs(15),
            &format!("added under {ty} alone"),
            typed("added", ty.clone(), full),
        ));
        assert_eq!(found["port"], 5540);
        assert_eq!(found["server"], "matter-hub.local.");
        assert_eq!(found["addresses"], serde_json::json!(["127.0.0.1"]));
        assert_eq!(found["txt"], serde_json::json!({"D": "3840", "CM": "1"}));
    }

    // Replaced by a smaller set: `_S15` and `_CM` dropped, `_V65521` new.
    let t = std::time::Instant::now();
    adv.publish(&commissionable(&["_L3840", "_V65521"]))
        .unwrap();
    let seen = RefCell::new(Vec::new());
    let pending = RefCell::new(BTreeSet::from([
        ("removed", s.clone()),
        ("removed", cm.clone()),
        ("added", v.clone()),
    ]));
    watcher.wait_line(
        Duration::from_secs(10),
        "removed under _S15 and _CM, added under _V65521",
        |line| {
            let ev = json(line);
            if ev["name"] == full {
                let ty = ev["type"].as_str().unwrap().to_owned();
                for e in ["removed", "added"] {
                    if ev["event"] == e {
                        pending.borrow_mut().remove(&(e, ty.clone()));
                    }
                }
                seen.borrow_mut().push(ev);
            }
            pending.borrow().is_empty()
        },
    );
    // Goodbyes, not expiry (PTR TTL 4500 s).
    assert!(t.elapsed() < Duration::from_secs(10));
    // The kept subtype stays. (python-zeroconf files a subtype PTR record
    // under the plain type too, so its browser of the plain type may report
    // a removal here; its own PTR record got no goodbye.)
    for ev in seen.borrow().iter() {
        assert!(
            ev["event"] != "removed" || ev["type"].as_str() != Some(l.as_str()),
            "kept subtype withdrawn: {ev}"
        );
    }

    // A new browser of `_CM` and the type: the answer under the type
    // carries every current subtype PTR record too, so once it is found
    // under the type a `_CM` record would have come with it.
    let mut late = zeroconf_browser(&ns, &[MATTERC, &cm]);
    late.wait_line(
        Duration::from_secs(15),
        "added under the type",
        typed("added", MATTERC.into(), full),
    );
    assert_eq!(
        late.try_wait_line(Duration::from_secs(2), typed("added", cm.clone(), full)),
        None,
        "a dropped subtype is still answered"
    );

    // Shutdown withdraws the type and every remaining subtype.
    adv.shutdown().unwrap();
    let gone = RefCell::new(BTreeSet::new());
    watcher.wait_line(
        Duration::from_secs(5),
        "removed under the type, _L3840 and _V65521",
        |line| {
            let ev = json(line);
            if ev["event"] == "removed" && ev["name"] == full {
                gone.borrow_mut()
                    .insert(ev["type"].as_str().unwrap().to_owned());
            }
            gone.borrow().len() == 3
        },
    );
    assert_eq!(
        *gone.borrow(),
        BTreeSet::from([MATTERC.to_owned(), l.clone(), v.clone()])
    );
}

/// The instances `avahi-browse -rpt <ty>` resolves through `avahi` in `ns`
/// (`=;iface;IPv4;name;type;domain;host;addr;port;txt` lines, split).
fn avahi_browse(avahi: &Avahi, ns: &NetNs, ty: &str) -> Vec<Vec<String>> {
    let out = avahi
        .command(ns, "avahi-browse")
        .args(["-rpt", ty])
        .output()
        .expect("avahi-browse");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("=;"))
        .map(|l| l.split(';').map(str::to_owned).collect())
        .collect()
}

/// Second, independent check: avahi-daemon, across a veth, finds the
/// instance by each subtype; after a replacement with a smaller set the
/// dropped subtype disappears from its cache (goodbye) while the kept one
/// stays.
#[test]
fn avahi_finds_each_subtype_and_drops_removed_ones() {
    let (hub_ns, peer_ns) = NetNs::pair("mdsubav");
    let avahi = Avahi::start(&peer_ns);
    let on_veth = |subtypes: &[&str]| {
        let mut c = commissionable(subtypes);
        c.host.addresses = vec!["10.77.0.1".parse().unwrap()];
        c
    };
    let first = on_veth(&["_L3840", "_S15", "_CM"]);
    let mut adv = hub_ns.run(move || {
        let mut adv = MdnsSdAdvertiser::new(&[netns::VETH.into()], 5353).unwrap();
        adv.publish(&first).unwrap();
        adv
    });
    let ours = |f: &Vec<String>| {
        f.len() >= 10 && f[3] == "5A1B2C3D4E5F6071" && f[7] == "10.77.0.1" && f[8] == "5540"
    };
    for sub in ["_L3840", "_S15", "_CM"] {
        let ty = format!("{sub}._sub._matterc._udp");
        common::wait_until(
            Duration::from_secs(20),
            &format!("avahi-browse to resolve {ty}"),
            || avahi_browse(&avahi, &peer_ns, &ty).iter().any(ours),
        );
    }

    adv.publish(&on_veth(&["_L3840"])).unwrap();
    // avahi drops a record one second after its goodbye; without one it
    // would keep it for the PTR TTL (4500 s).
    common::wait_until(
        Duration::from_secs(10),
        "avahi to drop the instance under _CM",
        || {
            !avahi_browse(&avahi, &peer_ns, "_CM._sub._matterc._udp")
                .iter()
                .any(ours)
        },
    );
    assert!(avahi_browse(&avahi, &peer_ns, "_L3840._sub._matterc._udp")
        .iter()
        .any(ours));
    adv.shutdown().unwrap();
}
