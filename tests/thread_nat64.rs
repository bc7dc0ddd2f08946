//! NAT64 on the border router, against the Linux IPv4 stack and a
//! simulated OpenThread node: a hub namespace and a LAN namespace joined by
//! a veth (IPv4 10.77.0.1/24 and 10.77.0.2/24, ULA IPv6 for border
//! routing). The hub's OpenThread core ([`ThreadService`]) runs in the hub
//! namespace on a simulated `ot-rcp` with NAT64 on: it publishes a NAT64
//! prefix in the network data, routes its IPv4 CIDR to wpan0 and
//! translates. A simulated `ot-cli-ftd` node learns the prefix from the
//! network data (`netdata show`, the route with the `n` flag) and pings
//! `<prefix>::10.77.0.2`, and a raw ICMPv4 socket in the LAN namespace sees
//! the echo requests; the node gets the replies.
//!
//! What the system must do (docs/thread.md, "NAT64") is done here inside
//! the test's namespaces only: IPv4 forwarding in the hub namespace, and a
//! way back for the CIDR, both ways docs/thread.md describes: first the
//! LAN routes the CIDR to the hub (the LAN sees the translated source, an
//! address of the CIDR), then the hub masquerades the CIDR behind its LAN
//! address with the nftables rule of the docs (the LAN sees the hub's
//! address).

mod common;
use common::{netns, otsim};
use otsim::{start_in, wait_status, CliNode};

use std::net::{Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

use netns::{NetNs, VETH};
use socket2::{Domain, Protocol, Socket, Type};
use threshold::thread::nat64::synthesize_96;
use threshold::thread::{
    DatasetSource, InfraInterface, Ipv4Cidr, Nat64Status, ThreadOptions, ThreadStatus,
};

/// The LAN host's IPv4 address (`NetNs::pair`).
const LAN_V4: Ipv4Addr = Ipv4Addr::new(10, 77, 0, 2);
/// The hub's IPv4 address on the veth.
const HUB_V4: &str = "10.77.0.1";

fn options(ns: &NetNs, dir: &std::path::Path) -> ThreadOptions {
    ThreadOptions {
        radio: otsim::rcp_url(ns.name(), 1),
        dir: dir.to_owned(),
        dataset: DatasetSource::Persisted,
        network_name: "nat64-test".into(),
        reopen_min: Duration::from_millis(50),
        reopen_max: Duration::from_secs(2),
        infra_interface: InfraInterface::Named(VETH.into()),
        interface: Some("wpan0".into()),
        nat64: Some(Ipv4Cidr::DEFAULT),
    }
}

fn nat64(st: &ThreadStatus) -> Option<&Nat64Status> {
    st.border_routing.as_ref()?.nat64.as_ref()
}

fn sysctl(ns: &NetNs, kv: &str) {
    let ok = ns
        .command("sysctl")
        .args(["-qw", kv])
        .status()
        .expect("sysctl")
        .success();
    assert!(ok, "sysctl {kv}");
}

fn ip(ns: &NetNs, args: &[&str]) {
    let out = ns.command("ip").args(args).output().expect("ip");
    assert!(
        out.status.success(),
        "ip {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An ICMPv4 echo request as a raw socket receives it (IPv4 header
/// first): its source, or `None` for anything else.
fn echo_request_source(p: &[u8]) -> Option<Ipv4Addr> {
    if p.len() < 20 || p[0] >> 4 != 4 || p[9] != 1 {
        return None;
    }
    let ihl = usize::from(p[0] & 0x0f) * 4;
    (*p.get(ihl)? == 8).then(|| Ipv4Addr::new(p[12], p[13], p[14], p[15]))
}

/// Reads `s` until an echo request from a source `want` accepts arrives
/// (its source), or `deadline` passes.
fn wait_echo_request(
    s: &Socket,
    deadline: Instant,
    want: impl Fn(Ipv4Addr) -> bool,
) -> Option<Ipv4Addr> {
    use std::io::Read;
    let mut buf = [0u8; 2048];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        s.set_read_timeout(Some(left)).expect("timeout");
        let mut r: &Socket = s;
        let n = match r.read(&mut buf) {
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return None
            }
            Err(e) => panic!("recv: {e}"),
        };
        if let Some(src) = echo_request_source(&buf[..n]).filter(|a| want(*a)) {
            return Some(src);
        }
    }
}

/// The masquerade rule of docs/thread.md ("NAT64"), for the default CIDR.
const NFT_MASQUERADE: &str = r#"table ip threshold_nat64 {
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        ip saddr 192.168.255.0/24 oifname != "wpan0" masquerade
    }
}
"#;

/// Loads [`NFT_MASQUERADE`] in `ns` (`nft -f -`; scripts/setup.d installs
/// nftables).
fn masquerade(ns: &NetNs) {
    use std::io::Write;
    let mut child = ns
        .command("nft")
        .args(["-f", "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("nft (nftables: scripts/setup.d/45-nftables.sh installs it)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(NFT_MASQUERADE.as_bytes())
        .expect("write the rule");
    let out = child.wait_with_output().expect("nft");
    assert!(
        out.status.success(),
        "nft: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The node pings `target` until a reply comes, while `raw` (in the LAN
/// namespace) waits for an echo request whose source `want` accepts
/// (`what` names it); returns the socket, that source and the node.
async fn ping_seen(
    raw: Socket,
    node: CliNode,
    target: Ipv6Addr,
    what: String,
    want: impl Fn(Ipv4Addr) -> bool + Send + 'static,
) -> (Socket, Ipv4Addr, CliNode) {
    let deadline = Instant::now() + Duration::from_secs(40);
    let seen = tokio::task::spawn_blocking(move || {
        let src = wait_echo_request(&raw, deadline, want);
        (raw, src)
    });
    let node = tokio::task::spawn_blocking(move || {
        let mut node = node;
        common::wait_until(
            Duration::from_secs(30),
            "the node's echo reply from the IPv4 host",
            || node.ping(&target.to_string()),
        );
        node
    })
    .await
    .unwrap();
    let (raw, src) = seen.await.unwrap();
    let src = src.unwrap_or_else(|| panic!("the LAN host received no echo request from {what}"));
    (raw, src, node)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mesh_node_pings_an_ipv4_host_through_the_hubs_nat64() {
    let (hub, lan) = NetNs::pair_ipv6("n64");
    // The system's part (docs/thread.md, "NAT64"): the hub forwards IPv4
    // between wpan0 and the LAN; the LAN routes the CIDR back to the hub
    // (in place of masquerading, see the module documentation).
    sysctl(&hub, "net.ipv4.ip_forward=1");
    ip(
        &lan,
        &[
            "route",
            "add",
            &Ipv4Cidr::DEFAULT.to_string(),
            "via",
            HUB_V4,
            "dev",
            VETH,
        ],
    );
    let raw = lan.run(|| {
        Socket::new(Domain::IPV4, Type::RAW, Some(Protocol::ICMPV4)).expect("raw ICMPv4 socket")
    });
    let dir = tempfile::tempdir().unwrap();

    let svc = start_in(&hub, options(&hub, dir.path()));
    let h = svc.handle();
    let st = wait_status(
        &h,
        Duration::from_secs(90),
        "NAT64 prefix published and translator active",
        |st| {
            st.role == "leader"
                && nat64(st).is_some_and(|n| {
                    n.prefix_manager == "active" && n.translator == "active" && n.prefix.is_some()
                })
        },
    )
    .await;
    let n = nat64(&st).expect("nat64 status").clone();
    let prefix = n.prefix.clone().expect("prefix");
    // No NAT64 on this LAN (nor DNS): the hub's own prefix, a /96 from its
    // ULA prefix.
    assert_eq!(n.prefix_origin.as_deref(), Some("local"), "{n:?}");
    assert_eq!(n.local_prefix.as_deref(), Some(prefix.as_str()), "{n:?}");
    assert!(
        prefix.ends_with("/96") && prefix.starts_with("fd"),
        "{prefix}"
    );
    assert_eq!(n.ipv4_cidr.as_deref(), Some("192.168.255.0/24"), "{n:?}");
    // The CIDR is routed to the Thread interface.
    let iface = st.interface.clone().expect("interface status");
    assert!(
        iface.routes.contains(&"192.168.255.0/24".to_owned()),
        "{iface:?}"
    );
    let out = hub
        .command("ip")
        .args(["-4", "route", "show", "192.168.255.0/24"])
        .output()
        .expect("ip route");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("dev wpan0"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let dataset = hex::encode(h.export_dataset().await.expect("dataset"));
    let omr = st
        .border_routing
        .as_ref()
        .and_then(|b| b.omr_prefix.clone())
        .expect("OMR prefix");
    let omr_net: Ipv6Addr = omr.trim_end_matches("/64").parse().expect("OMR prefix");
    let node = CliNode::start(hub.name(), 2);
    let prefix_for_node = prefix.clone();
    let (node, target) = tokio::task::spawn_blocking(move || {
        let mut node = node;
        node.join(&dataset, Duration::from_secs(30));
        // The node learns the NAT64 prefix from the network data: an
        // external route with the `n` (NAT64) flag.
        let learned: String = common::wait_until(
            Duration::from_secs(30),
            "the NAT64 route in the node's network data",
            || {
                let lines = node.cmd("netdata show");
                lines
                    .iter()
                    .skip_while(|l| l.as_str() != "Routes:")
                    .skip(1)
                    .take_while(|l| !l.ends_with(':'))
                    .find_map(|l| {
                        let mut f = l.split_whitespace();
                        let (p, flags) = (f.next()?, f.next()?);
                        flags.contains('n').then(|| p.to_owned())
                    })
                    .ok_or_else(|| format!("{lines:?}"))
            },
        );
        let (learned_net, learned_len) = learned.split_once('/').expect("prefix/len");
        let learned_net: Ipv6Addr = learned_net.parse().expect("prefix address");
        let (want_net, _) = prefix_for_node.split_once('/').expect("prefix/len");
        assert_eq!(
            (learned_net, learned_len),
            (want_net.parse::<Ipv6Addr>().expect("prefix"), "96"),
            "the node's NAT64 route is the hub's prefix"
        );
        // A source the hub passes on: the node's OMR address (a
        // mesh-local source never leaves the mesh).
        common::wait_until(Duration::from_secs(30), "the node's OMR address", || {
            node.cmd("ipaddr")
                .iter()
                .filter_map(|a| a.trim().parse::<Ipv6Addr>().ok())
                .find(|a| a.octets()[..8] == omr_net.octets()[..8])
        });
        (node, synthesize_96(learned_net, LAN_V4))
    })
    .await
    .unwrap();

    // (1) The LAN routes the CIDR to the hub. The node pings the LAN
    // host's IPv4 address through the hub; the LAN host sees the request
    // come from an address of the CIDR (the translator's mapping of the
    // node), and the node gets the reply.
    let (raw, src, node) = ping_seen(raw, node, target, Ipv4Cidr::DEFAULT.to_string(), |a| {
        Ipv4Cidr::DEFAULT.contains(a)
    })
    .await;
    eprintln!("routed: node reached {LAN_V4} as {target}; the LAN saw {src}");

    // (2) What a hub does on a LAN it does not control: no route for the
    // CIDR on the LAN, the hub masquerades it behind its LAN address (the
    // nftables rule of docs/thread.md). The request now comes from the
    // hub's address, and the reply finds its way back through connection
    // tracking, the route to wpan0 and the translator.
    ip(
        &lan,
        &[
            "route",
            "del",
            &Ipv4Cidr::DEFAULT.to_string(),
            "via",
            HUB_V4,
        ],
    );
    masquerade(&hub);
    let hub_v4: Ipv4Addr = HUB_V4.parse().unwrap();
    let (_raw, src, node) =
        ping_seen(raw, node, target, HUB_V4.to_owned(), move |a| a == hub_v4).await;
    eprintln!("masqueraded: node reached {LAN_V4} as {target}; the LAN saw {src}");

    // The translator counted both ways and holds the node's mapping.
    let st = h.status().await.unwrap();
    let n = nat64(&st).expect("nat64 status");
    assert!(n.counters.icmp.to_ipv4_packets >= 1, "{n:?}");
    assert!(n.counters.icmp.from_ipv4_packets >= 1, "{n:?}");
    assert!(n.mappings >= 1, "{n:?}");
    drop(node);
    svc.stop().await;
}

#[test]
fn echo_requests_are_told_from_other_icmp() {
    // IPv4 header (IHL 5, protocol 1) from 192.168.255.1, then an echo
    // request (type 8).
    let mut p = vec![0x45, 0, 0, 28, 0, 0, 0, 0, 64, 1, 0, 0];
    p.extend([192, 168, 255, 1, 10, 77, 0, 2]);
    p.extend([8, 0, 0, 0, 0, 1, 0, 1]);
    assert_eq!(
        echo_request_source(&p),
        Some(Ipv4Addr::new(192, 168, 255, 1))
    );
    p[20] = 0;
    assert_eq!(echo_request_source(&p), None, "an echo reply");
    assert_eq!(echo_request_source(&p[..10]), None);
}
