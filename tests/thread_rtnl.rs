//! The hand-written rtnetlink client (src/thread/rtnl.rs) against the real
//! kernel, inside a fresh network namespace: its loopback is looked up by
//! name, an IPv6 address and a route are added, seen (address dump, `ip`)
//! and deleted, and requests the kernel refuses come back with the right
//! errno and change nothing.

mod common;
use common::netns::NetNs;

use std::net::{IpAddr, Ipv6Addr};
use std::process::Command;

use threshold::thread::rtnl::{self, Socket};

const ENOENT: i32 = 2;
const ESRCH: i32 = 3;
const ENODEV: i32 = 19;
const EADDRNOTAVAIL: i32 = 99;
const IFA_F_DEPRECATED: u32 = 0x20;

fn v6(s: &str) -> Ipv6Addr {
    s.parse().unwrap()
}

/// `ip <args>` run from the namespace's thread (so inside it).
fn ip(args: &[&str]) -> String {
    let out = Command::new("ip").args(args).output().expect("ip");
    assert!(out.status.success(), "ip {args:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn route(prefix: &str, oif: u32) -> rtnl::Route {
    rtnl::Route {
        dst: IpAddr::V6(v6(prefix)),
        prefix_len: 64,
        oif,
        scope: rtnl::RT_SCOPE_UNIVERSE,
    }
}

async fn exchange_with_the_kernel() {
    let nl = Socket::open().expect("netlink socket");
    assert_ne!(nl.port(), 0);

    // Look-ups by name.
    let lo = nl.link_by_name("lo").await.expect("lookup").expect("lo");
    assert_eq!(lo.name.as_deref(), Some("lo"));
    assert_eq!(lo.kind, None, "loopback has no IFLA_INFO_KIND");
    let index = lo.index;
    assert_eq!(index, 1);
    assert_eq!(nl.link_by_name("nosuch0").await.expect("lookup"), None);
    assert!(nl.link_by_name("a-name-too-long-x").await.is_err());

    // An address: added deprecated, nodad and noprefixroute; seen in the
    // dump with those flags; replaced with a preferred one.
    let a = v6("fd00:77::1");
    let add = |preferred| {
        rtnl::add_address(&rtnl::NewAddress {
            index,
            address: a,
            prefix_len: 64,
            flags: rtnl::IFA_F_NODAD | rtnl::IFA_F_NOPREFIXROUTE,
            preferred,
            valid: u32::MAX,
        })
    };
    nl.ack(add(0)).await.expect("add address");
    let dumped = nl.addresses(rtnl::AF_INET6, index).await.expect("dump");
    let got = dumped
        .iter()
        .find(|x| x.address == IpAddr::V6(a))
        .unwrap_or_else(|| panic!("{a} not in {dumped:?}"));
    assert_eq!((got.index, got.family, got.prefix_len), (index, 10, 64));
    for f in [
        rtnl::IFA_F_NODAD,
        rtnl::IFA_F_NOPREFIXROUTE,
        IFA_F_DEPRECATED,
    ] {
        assert_ne!(got.flags & f, 0, "flags {:#x} lack {f:#x}", got.flags);
    }
    // ::1 is there too; noprefixroute: no fd00:77::/64 route appeared.
    assert!(dumped
        .iter()
        .any(|x| x.address == IpAddr::V6(Ipv6Addr::LOCALHOST)));
    assert!(!ip(&["-6", "route", "show", "table", "all"]).contains("fd00:77::/64"));
    nl.ack(add(u32::MAX)).await.expect("replace address");
    let dumped = nl.addresses(rtnl::AF_INET6, index).await.expect("dump");
    let got = dumped
        .iter()
        .find(|x| x.address == IpAddr::V6(a))
        .expect("still there");
    assert_eq!(got.flags & IFA_F_DEPRECATED, 0, "preferred now");
    // The IPv4 dump of the same link has 127.0.0.1 only.
    let v4 = nl.addresses(rtnl::AF_INET, index).await.expect("dump v4");
    assert_eq!(
        v4.iter().map(|x| x.address).collect::<Vec<_>>(),
        vec![IpAddr::V4("127.0.0.1".parse().unwrap())]
    );

    // A route, added twice (replace: no EEXIST).
    let r = route("fd11:22::", index);
    nl.ack(rtnl::add_route(&r)).await.expect("add route");
    nl.ack(rtnl::add_route(&r)).await.expect("replace route");
    let routes = ip(&["-6", "route", "show", "dev", "lo"]);
    assert_eq!(routes.matches("fd11:22::/64").count(), 1, "{routes}");
    assert!(routes.contains("proto static"), "{routes}");

    // Refusals: the errno, and nothing changed.
    let before = (
        ip(&["-6", "route", "show", "table", "all"]),
        ip(&["-6", "addr", "show"]),
    );
    let e = nl
        .ack(rtnl::del_route(&route("fd11:33::", index)))
        .await
        .expect_err("absent route");
    assert_eq!(e.errno(), Some(ESRCH), "{e}");
    let e = nl
        .ack(rtnl::del_address(index, v6("fd00:77::2"), 64))
        .await
        .expect_err("absent address");
    assert_eq!(e.errno(), Some(EADDRNOTAVAIL), "{e}");
    let e = nl
        .ack(rtnl::add_route(&route("fd11:44::", 4242)))
        .await
        .expect_err("no such link");
    assert_eq!(e.errno(), Some(ENODEV), "{e}");
    let e = nl
        .ack(rtnl::del_link(4242))
        .await
        .expect_err("no such link");
    assert_eq!(e.errno(), Some(ENODEV), "{e}");
    let after = (
        ip(&["-6", "route", "show", "table", "all"]),
        ip(&["-6", "addr", "show"]),
    );
    assert_eq!(before, after);

    // Requests made together take turns on the one socket.
    let (x, y) = tokio::join!(nl.addresses(rtnl::AF_INET6, index), nl.link_by_name("lo"));
    assert!(x.expect("dump").iter().any(|x| x.address == IpAddr::V6(a)));
    assert_eq!(y.expect("lookup").map(|l| l.index), Some(index));

    // MTU through RTM_SETLINK.
    nl.ack(rtnl::set_link(
        index,
        &rtnl::LinkChange {
            mtu: Some(60000),
            ..rtnl::LinkChange::default()
        },
    ))
    .await
    .expect("set mtu");
    assert!(ip(&["link", "show", "lo"]).contains("mtu 60000"));

    // Delete both; deleting again is refused.
    nl.ack(rtnl::del_route(&r)).await.expect("delete route");
    assert!(!ip(&["-6", "route", "show", "dev", "lo"]).contains("fd11:22::"));
    assert_eq!(
        nl.ack(rtnl::del_route(&r)).await.map_err(|e| e.errno()),
        Err(Some(ESRCH))
    );
    nl.ack(rtnl::del_address(index, a, 64))
        .await
        .expect("delete address");
    let dumped = nl.addresses(rtnl::AF_INET6, index).await.expect("dump");
    assert!(!dumped.iter().any(|x| x.address == IpAddr::V6(a)));
    let again = nl.ack(rtnl::del_address(index, a, 64)).await;
    assert!(
        matches!(
            again.map_err(|e| e.errno()),
            Err(Some(EADDRNOTAVAIL | ENOENT))
        ),
        "second delete"
    );

    // The synchronous path (a Drop's): a route added, then removed
    // without awaiting.
    nl.ack(rtnl::add_route(&r)).await.expect("add route");
    nl.ack_now(rtnl::del_route(&r)).expect("delete now");
    assert!(!ip(&["-6", "route", "show", "dev", "lo"]).contains("fd11:22::"));
    assert_eq!(
        nl.ack_now(rtnl::del_route(&r)).map_err(|e| e.errno()),
        Err(Some(ESRCH))
    );
}

#[test]
fn rtnetlink_against_the_kernel() {
    let ns = NetNs::new("rtnl");
    ns.run(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(exchange_with_the_kernel())
    });
}
