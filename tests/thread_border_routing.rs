//! Border routing on the infrastructure interface, against the Linux IPv6
//! stack: a hub namespace and a LAN namespace joined by a veth (ULA
//! addresses, no DAD). The hub's OpenThread core ([`ThreadService`]) runs
//! inside the hub namespace on a simulated `ot-rcp`, with the veth as its
//! infrastructure interface. In the LAN namespace a raw ICMPv6 socket
//! receives the hub's Router Advertisements, and the kernel (a host
//! stack nobody here wrote) installs the route they advertise.
//!
//! With the hub's Thread network interface (wpan0) and IPv6 forwarding
//! on in the hub namespace, a simulated node pings the LAN host from its
//! OMR address through the hub, and the LAN host pings the node's OMR
//! address (from whichever source address its kernel picks, possibly one
//! in the hub's on-link prefix, which the hub routes on the veth).

mod common;
use common::{netns, otsim};
use otsim::{start_in, wait_status, CliNode};

/// The LAN host's address on the veth (`NetNs::pair_ipv6`).
const LAN_ADDR: &str = "fd00:77::2";

use std::net::Ipv6Addr;
use std::time::{Duration, Instant};

use netns::{NetNs, VETH};
use nix::sys::socket::{self as nsock, ControlMessageOwned, MsgFlags, SockaddrIn6};
use socket2::{Domain, Protocol, Socket, Type};
use std::os::fd::AsRawFd;
use threshold::thread::{
    BorderRoutingStatus, DatasetSource, InfraInterface, ThreadOptions, ThreadStatus,
};

fn options(ns: &NetNs, dir: &std::path::Path) -> ThreadOptions {
    ThreadOptions {
        radio: otsim::rcp_url(ns.name(), 1),
        dir: dir.to_owned(),
        dataset: DatasetSource::Persisted,
        network_name: "br-test".into(),
        reopen_min: Duration::from_millis(50),
        reopen_max: Duration::from_secs(2),
        infra_interface: InfraInterface::Named(VETH.into()),
        interface: Some("wpan0".into()),
        nat64: None,
    }
}

fn routing(st: &ThreadStatus) -> Option<&BorderRoutingStatus> {
    st.border_routing.as_ref()
}

/// Border routing runs and has an OMR prefix.
fn routes(st: &ThreadStatus) -> bool {
    routing(st).is_some_and(|b| b.state == "running" && b.omr_prefix.is_some())
}

/// A raw ICMPv6 socket in the LAN namespace that reports each message's
/// hop limit.
fn lan_socket(lan: &NetNs) -> Socket {
    lan.run(|| {
        let s = Socket::new(Domain::IPV6, Type::RAW, Some(Protocol::ICMPV6)).expect("raw socket");
        s.set_recv_hoplimit_v6(true).expect("IPV6_RECVHOPLIMIT");
        s
    })
}

/// One received ICMPv6 message: source, hop limit, bytes.
fn recv(s: &Socket, deadline: Instant) -> Option<(Ipv6Addr, Option<i32>, Vec<u8>)> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return None;
    }
    s.set_read_timeout(Some(left)).expect("timeout");
    let mut buf = vec![0u8; 2048];
    let mut iov = [std::io::IoSliceMut::new(&mut buf)];
    let mut cmsg = nix::cmsg_space!(nix::libc::c_int);
    let m = match nsock::recvmsg::<SockaddrIn6>(
        s.as_raw_fd(),
        &mut iov,
        Some(&mut cmsg),
        MsgFlags::empty(),
    ) {
        Ok(m) => m,
        Err(nix::errno::Errno::EAGAIN) => return None,
        Err(e) => panic!("recvmsg: {e}"),
    };
    let hop = m.cmsgs().ok().and_then(|mut c| {
        c.find_map(|c| match c {
            ControlMessageOwned::Ipv6HopLimit(h) => Some(h),
            _ => None,
        })
    });
    let src = m.address.expect("source").ip();
    let len = m.bytes;
    Some((src, hop, buf[..len].to_vec()))
}

/// What a Router Advertisement (RFC 4861 4.2) carries, as far as this test
/// cares.
#[derive(Debug, Default)]
struct Ra {
    router_lifetime: u16,
    /// Route Information Options (RFC 4191): prefix/len.
    rio: Vec<String>,
    /// Prefix Information Options: prefix/len.
    pio: Vec<String>,
}

fn prefix(bytes: &[u8], len: u8) -> String {
    let mut o = [0u8; 16];
    let n = bytes.len().min(16);
    o[..n].copy_from_slice(&bytes[..n]);
    format!("{}/{len}", Ipv6Addr::from(o))
}

fn parse_ra(msg: &[u8]) -> Option<Ra> {
    if msg.len() < 16 || msg[0] != 134 || msg[1] != 0 {
        return None;
    }
    let mut ra = Ra {
        router_lifetime: u16::from_be_bytes([msg[6], msg[7]]),
        ..Ra::default()
    };
    let mut at = 16;
    while at + 2 <= msg.len() {
        let (ty, len) = (msg[at], usize::from(msg[at + 1]) * 8);
        if len == 0 || at + len > msg.len() {
            return None;
        }
        let opt = &msg[at..at + len];
        match ty {
            3 if len == 32 => ra.pio.push(prefix(&opt[16..32], opt[2])),
            24 if len >= 8 => ra.rio.push(prefix(&opt[8..], opt[2])),
            _ => {}
        }
        at += len;
    }
    Some(ra)
}

/// Reads the LAN socket until an RA for which `want` holds arrives; every
/// RA on the way must have come with hop limit 255 from a link-local
/// address.
fn wait_ra(s: &Socket, within: Duration, want: impl Fn(&Ra) -> bool) -> (Ipv6Addr, Ra) {
    let deadline = Instant::now() + within;
    let mut seen = Vec::new();
    while let Some((src, hop, msg)) = recv(s, deadline) {
        let Some(ra) = parse_ra(&msg) else { continue };
        assert_eq!(hop, Some(255), "an RA must be sent with hop limit 255");
        assert!(
            src.segments()[0] & 0xffc0 == 0xfe80,
            "an RA comes from a link-local address: {src}"
        );
        if want(&ra) {
            return (src, ra);
        }
        seen.push(ra);
    }
    panic!("no RA as expected within {within:?}; RAs seen: {seen:?}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_advertises_its_omr_prefix_on_the_lan_and_keeps_it_across_a_restart() {
    let (hub, lan) = NetNs::pair_ipv6("br");
    // The LAN host accepts RAs' route information (Linux ignores RIOs by
    // default), as a host that should reach the mesh must.
    let sysctl = lan
        .command("sysctl")
        .args([
            "-qw",
            &format!("net.ipv6.conf.{VETH}.accept_ra_rt_info_max_plen=64"),
        ])
        .status()
        .expect("sysctl");
    assert!(sysctl.success());
    // Open before the hub starts, so its first RAs are queued for us.
    let rx = lan_socket(&lan);
    let dir = tempfile::tempdir().unwrap();

    let svc = start_in(&hub, options(&hub, dir.path()));
    let h = svc.handle();
    let st = wait_status(&h, Duration::from_secs(90), "leader, routing", |st| {
        st.role == "leader" && routes(st)
    })
    .await;
    let br = routing(&st).expect("border routing status").clone();
    assert_eq!(br.infra_interface, VETH);
    assert!(br.infra_running, "{br:?}");
    let omr = br.omr_prefix.clone().expect("OMR prefix");
    assert!(omr.ends_with("/64"), "{omr}");
    // An OMR prefix from the hub's ULA: fd00::/8.
    assert!(omr.starts_with("fd"), "{omr}");

    // The LAN receives an RA with a RIO for exactly that prefix; and, as
    // no other router gives the LAN an on-link prefix, a PIO for the hub's
    // (the one `thread status` reports).
    let on_link = br.on_link_prefix.clone().expect("on-link prefix");
    let (omr_ra, on_link_ra) = (omr.clone(), on_link.clone());
    let (router, ra) = tokio::task::spawn_blocking(move || {
        wait_ra(&rx, Duration::from_secs(60), |ra| {
            ra.rio.contains(&omr_ra) && ra.pio.contains(&on_link_ra)
        })
    })
    .await
    .unwrap();
    // OpenThread's routing manager is a stub router: it routes to the
    // mesh, it is no default router (lifetime 0).
    assert_eq!(ra.router_lifetime, 0, "{ra:?}");

    // The LAN's kernel took the RIO: a route to the OMR prefix via the hub.
    let want_via = router.to_string();
    common::wait_until(
        Duration::from_secs(20),
        "the LAN's route to the OMR prefix",
        || {
            let out = lan
                .command("ip")
                .args(["-6", "route", "show", &omr])
                .output()
                .expect("ip route");
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            if text.contains(&format!("via {want_via} dev {VETH}")) {
                Ok(())
            } else {
                Err(text)
            }
        },
    );

    // A LAN host and a mesh node reach each other through the hub: the
    // hub's kernel forwards between the veth and wpan0 (IPv6 forwarding is
    // the system's to turn on, as a hub image does: docs/thread.md), and
    // OpenThread between wpan0 and the mesh.
    let fwd = hub
        .command("sysctl")
        .args(["-qw", "net.ipv6.conf.all.forwarding=1"])
        .status()
        .expect("sysctl");
    assert!(fwd.success());
    let dataset = hex::encode(h.export_dataset().await.expect("dataset"));
    let node = CliNode::start(hub.name(), 2);
    let mut pinger = common::ping::Pinger::new(&lan);
    let (hub_name, on_link_route) = (hub.name().to_owned(), on_link.clone());
    let omr_net: Ipv6Addr = omr
        .trim_end_matches("/64")
        .parse()
        .expect("OMR prefix address");
    let node = tokio::task::spawn_blocking(move || {
        let mut node = node;
        node.join(&dataset, Duration::from_secs(30));
        // The node makes its OMR address from the prefix in the network
        // data (SLAAC).
        let node_omr: Ipv6Addr =
            common::wait_until(Duration::from_secs(30), "the node's OMR address", || {
                node.cmd("ipaddr")
                    .iter()
                    .filter_map(|a| a.trim().parse::<Ipv6Addr>().ok())
                    .find(|a| a.octets()[..8] == omr_net.octets()[..8])
            });
        // The node pings the LAN host through the hub (its OMR address as
        // the source, the hub's fc00::/7 route in the network data): the
        // request crosses mesh -> wpan0 -> veth, the reply veth -> wpan0 ->
        // mesh. (A ping the LAN host starts to the node's OMR address was
        // answered in only some runs here: docs/thread.md, open problems.)
        common::wait_until(
            Duration::from_secs(30),
            "the node's echo reply from the LAN host",
            || node.ping(LAN_ADDR),
        );
        eprintln!("node {node_omr} reached the LAN host {LAN_ADDR} through the hub");
        // The LAN host pings the node's OMR address; the node answers.
        // The LAN host may pick its address from the hub's on-link prefix
        // (SLAAC from the PIO) as the source: the reply then leaves the
        // mesh through the hub, which must know that prefix is on the veth
        // (the route the hub adds; without it the reply was lost).
        let out = std::process::Command::new("ip")
            .args([
                "-n",
                &hub_name,
                "-6",
                "route",
                "show",
                &on_link_route,
                "dev",
                VETH,
            ])
            .output()
            .expect("ip route");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(&on_link_route),
            "the hub's route to the on-link prefix: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        common::wait_until(
            Duration::from_secs(30),
            "the LAN host's echo reply from the node",
            || pinger.ping(node_omr, Duration::from_secs(2)),
        );
        eprintln!("the LAN host reached node {node_omr} through the hub");
        node
    })
    .await
    .unwrap();
    drop(node);

    // A restart keeps the OMR prefix (OpenThread persists its ULA prefix
    // in the settings) and advertises it again.
    svc.stop().await;
    let rx = lan_socket(&lan);
    let svc = start_in(&hub, options(&hub, dir.path()));
    let h = svc.handle();
    let after = wait_status(
        &h,
        Duration::from_secs(120),
        "routing after restart",
        |st| ["leader", "router"].contains(&st.role.as_str()) && routes(st),
    )
    .await;
    let after = routing(&after).expect("border routing status");
    assert_eq!(
        after.omr_prefix.as_deref(),
        Some(omr.as_str()),
        "same OMR prefix"
    );
    assert_eq!(
        after.on_link_prefix, br.on_link_prefix,
        "same on-link prefix"
    );
    let omr_ra = omr.clone();
    tokio::task::spawn_blocking(move || {
        wait_ra(&rx, Duration::from_secs(60), |ra| ra.rio.contains(&omr_ra))
    })
    .await
    .unwrap();
    svc.stop().await;
}

const BIN: &str = env!("CARGO_BIN_EXE_threshold");

/// `threshold run` inside `ns`, killed on drop.
struct Daemon {
    child: std::process::Child,
    socket: std::path::PathBuf,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cli(d: &Daemon, args: &[&str]) -> Option<String> {
    let o = std::process::Command::new(BIN)
        .args(args)
        .arg("--socket")
        .arg(&d.socket)
        .output()
        .expect("cli");
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

/// The configuration key, the daemon, the API and the command line: `thread
/// status` (JSON and text) shows what the LAN receives.
#[test]
fn the_daemon_routes_on_the_configured_interface_and_thread_status_shows_it() {
    let (hub, lan) = NetNs::pair_ipv6("brd");
    let rx = lan_socket(&lan);
    let dir = tempfile::tempdir().unwrap();
    let (state, socket, config) = (
        dir.path().join("state"),
        dir.path().join("admin.sock"),
        dir.path().join("threshold.toml"),
    );
    std::fs::write(
        &config,
        format!(
            "state_dir = {state:?}\n[api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = {socket:?}\n[dashboard]\nlisten = \"\"\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n[thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\nnetwork_name = \"brd-test\"\ninfra_interface = \"{VETH}\"\n",
            otsim::ot_bin("ot-rcp").display()
        ),
    )
    .unwrap();
    let child = hub
        .command(BIN)
        .args(["run", "--config"])
        .arg(&config)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("threshold run");
    let d = Daemon { child, socket };
    let st = common::wait_until(Duration::from_secs(90), "border routing running", || {
        let st: serde_json::Value = cli(&d, &["thread", "status", "--json"])
            .and_then(|s| serde_json::from_str(&s).ok())
            .ok_or_else(|| "no status".to_owned())?;
        let br = &st["border_routing"];
        if br["state"] == "running" && br["omr_prefix"].is_string() {
            Ok(st)
        } else {
            Err(st.to_string())
        }
    });
    let br = &st["border_routing"];
    assert_eq!(br["infra_interface"], VETH, "{st}");
    assert_eq!(br["infra_running"], true, "{st}");
    let omr = br["omr_prefix"].as_str().unwrap().to_owned();
    let on_link = br["on_link_prefix"].as_str().unwrap().to_owned();
    let text = cli(&d, &["thread", "status"]).expect("thread status");
    assert!(text.contains(&format!("omr prefix     {omr}\n")), "{text}");
    assert!(
        text.contains(&format!("on-link prefix {on_link}\n")),
        "{text}"
    );
    assert!(
        text.contains(&format!("border routing running on {VETH} (index ")),
        "{text}"
    );
    wait_ra(&rx, Duration::from_secs(60), |ra| ra.rio.contains(&omr));
}

#[test]
fn a_router_advertisement_is_parsed() {
    // RA: hop limit 64, lifetime 0, then a RIO for fd11:22::/64 (len 2)
    // and a PIO for fd33::/64.
    let mut m = vec![134, 0, 0, 0, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    m.extend([24, 2, 64, 0, 0, 0, 7, 8]);
    m.extend([0xfd, 0x11, 0, 0x22, 0, 0, 0, 0]);
    m.extend([3, 4, 64, 0xc0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0]);
    m.extend([0xfd, 0x33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let ra = parse_ra(&m).expect("an RA");
    assert_eq!(ra.router_lifetime, 0);
    assert_eq!(ra.rio, vec!["fd11:22::/64".to_owned()]);
    assert_eq!(ra.pio, vec!["fd33::/64".to_owned()]);
    assert!(parse_ra(&m[..20]).is_none());
}
