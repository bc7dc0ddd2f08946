//! The Thread network interface (`wpan0`, src/thread/netif.rs) against
//! OpenThread's own simulated nodes: the hub's OpenThread core on a
//! simulated `ot-rcp`, started from a thread inside a private network
//! namespace so its TUN device and netlink requests are there too; an
//! `ot-cli-ftd` node joins; the host side (this test, with sockets opened
//! inside the namespace) reaches the node through the interface.

mod common;
use common::{netns, otsim, ping};

use std::net::{Ipv6Addr, SocketAddr, UdpSocket};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::wait_until;
use netns::NetNs;
use otsim::CliNode;
use threshold::thread::netif::InterfaceStatus;
use threshold::thread::{
    DatasetSource, InfraInterface, ThreadEvent, ThreadHandle, ThreadOptions, ThreadService,
    ThreadStatus,
};
use tokio::sync::mpsc;

/// OpenThread is a single instance per process: the tests of this file
/// take turns (each has its own namespace).
static OT: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const IFACE: &str = "wpan0";

/// Starts the hub's OpenThread with the interface, from a thread inside
/// `ns` (the OpenThread thread it spawns inherits the namespace).
fn start(ns: &NetNs, dir: &Path) -> (ThreadService, mpsc::UnboundedReceiver<ThreadEvent>) {
    let opts = ThreadOptions {
        radio: otsim::rcp_url(ns.name(), 1),
        dir: dir.to_owned(),
        dataset: DatasetSource::Persisted,
        network_name: "tun-test".into(),
        reopen_min: Duration::from_millis(50),
        reopen_max: Duration::from_secs(2),
        interface: Some(IFACE.into()),
        nat64: None,
        infra_interface: InfraInterface::Disabled,
    };
    let (tx, rx) = mpsc::unbounded_channel();
    let svc = ns
        .run(move || ThreadService::start(opts, tx))
        .expect("start");
    (svc, rx)
}

/// The status once its interface satisfies `pred` and carries exactly
/// OpenThread's addresses (in step). Polled: the interface is brought in
/// step after OpenThread's change notification, and its own progress
/// (netlink acknowledgements) is not an OpenThread change.
async fn wait_iface(
    h: &ThreadHandle,
    what: &str,
    pred: impl Fn(&InterfaceStatus) -> bool,
) -> (ThreadStatus, InterfaceStatus) {
    common::wait_until_async(Duration::from_secs(20), what, || async {
        let st = h.status().await.unwrap();
        match st.interface.clone() {
            Some(i) if pred(&i) && sorted(&i.addresses) == sorted(&st.addresses) => Ok((st, i)),
            other => Err(format!("{other:?} vs {:?}", st.addresses)),
        }
    })
    .await
}

fn sorted(a: &[Ipv6Addr]) -> Vec<Ipv6Addr> {
    let mut v = a.to_vec();
    v.sort();
    v
}

/// `ip -n <ns> args...`: its stdout, or `None` if it failed.
fn ip(ns: &NetNs, args: &[&str]) -> Option<String> {
    let out = Command::new("ip")
        .args(["-n", ns.name()])
        .args(args)
        .output()
        .expect("ip");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn sh(ns: &NetNs, args: &[&str]) {
    assert!(ip(ns, args).is_some(), "ip {args:?} failed");
}

fn link_exists(ns: &NetNs, name: &str) -> bool {
    ip(ns, &["link", "show", "dev", name]).is_some()
}

/// A TCP connection made from inside the namespace named `ns` (the
/// socket is made on a thread that entered it and stays there).
fn connect_in(ns: String, dst: Ipv6Addr, port: u16) -> std::net::TcpStream {
    std::thread::spawn(move || {
        let fd = std::fs::File::open(Path::new("/run/netns").join(ns)).expect("open netns");
        nix::sched::setns(fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
        let s = std::net::TcpStream::connect_timeout(
            &SocketAddr::from((dst, port)),
            Duration::from_secs(10),
        )
        .expect("connect to the node");
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s
    })
    .join()
    .unwrap()
}

/// `tlvs` (an active dataset) with its mesh-local prefix TLV (type 7)
/// set to `prefix`.
fn with_mesh_local_prefix(tlvs: &[u8], prefix: Ipv6Addr) -> Vec<u8> {
    let mut out = tlvs.to_vec();
    let mut at = 0;
    while at + 2 <= out.len() {
        let (t, len) = (out[at], usize::from(out[at + 1]));
        if t == 7 && len == 8 {
            out[at + 2..at + 10].copy_from_slice(&prefix.octets()[..8]);
            return out;
        }
        at += 2 + len;
    }
    panic!("no mesh-local prefix TLV in {}", hex::encode(tlvs));
}

fn prefix64(a: Ipv6Addr) -> Ipv6Addr {
    Ipv6Addr::from(u128::from(a) & (u128::MAX << 64))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_reaches_a_node_through_the_thread_interface() {
    let _one = OT.lock().await;
    let ns = NetNs::new("tun");
    let dir = tempfile::tempdir().unwrap();
    let (svc, _events) = start(&ns, dir.path());
    let h = svc.handle();
    let st = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let hub_eid = st.mesh_local_eid.expect("ML-EID");
    let mlp = format!("{}/64", prefix64(hub_eid));

    // The interface carries OpenThread's addresses and the mesh-local route.
    let (st, iface) = wait_iface(&h, "wpan0 up with the hub's addresses", |i| {
        i.state == "up" && i.addresses.contains(&hub_eid) && i.routes.contains(&mlp)
    })
    .await;
    assert_eq!(iface.name, IFACE);
    // The kernel's view: up, MTU 1280, the same addresses, no address of
    // its own, the mesh-local route.
    let link = ip(&ns, &["link", "show", "dev", IFACE]).expect("link");
    assert!(link.contains("mtu 1280") && link.contains(",UP"), "{link}");
    let addrs = ip(&ns, &["-6", "addr", "show", "dev", IFACE]).expect("addresses");
    assert!(addrs.contains(&format!("{hub_eid}/64")), "{addrs}");
    let inet6 = addrs
        .lines()
        .filter(|l| l.trim_start().starts_with("inet6"))
        .count();
    assert_eq!(inet6, st.addresses.len(), "{addrs}");
    // The hub's RLOC is deprecated, so never chosen as a source.
    let rloc = st
        .addresses
        .iter()
        .find(|a| a.segments()[4..7] == [0, 0xff, 0xfe00])
        .expect("RLOC");
    let rloc_line = addrs
        .lines()
        .find(|l| l.contains(&format!("{rloc}/64")))
        .expect("RLOC on the link");
    assert!(rloc_line.contains("deprecated"), "{addrs}");
    let routes = ip(&ns, &["-6", "route", "show", "dev", IFACE]).expect("routes");
    assert!(routes.contains(&mlp), "{routes}");
    // The host joined OpenThread's realm-local groups.
    assert!(
        iface.multicast.contains(&"ff03::1".parse().unwrap()),
        "{iface:?}"
    );

    // A node joins the hub's network.
    let dataset = hex::encode(h.export_dataset().await.unwrap());
    let node = CliNode::start(ns.name(), 2);
    let mut pinger = ping::Pinger::new(&ns);
    let sock = ns.run(|| UdpSocket::bind("[::]:0").expect("udp socket"));
    let (node, node_eid, rtt) = tokio::task::spawn_blocking(move || {
        let mut node = node;
        node.join(&dataset, Duration::from_secs(30));
        let eid = node.ml_eid();
        // The host pings the node's ML-EID through wpan0.
        let rtt = wait_until(
            Duration::from_secs(20),
            "an echo reply from the node",
            || pinger.ping(eid, Duration::from_secs(3)),
        );
        (node, eid, rtt)
    })
    .await
    .unwrap();
    eprintln!("host -> node {node_eid} echo: {rtt:?}");

    // UDP both ways: host -> node port 1234, the node answers.
    let (node, reply, from) = tokio::task::spawn_blocking(move || {
        let mut node = node;
        node.cmd("udp open");
        node.cmd("udp bind :: 1234");
        sock.send_to(b"hello-mesh", (node_eid, 1234)).expect("send");
        // `10 bytes from <addr> <port> hello-mesh`
        let line = node.expect_line(Duration::from_secs(10), "with the host's datagram", |l| {
            l.contains("hello-mesh")
        });
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(words[..3], ["10", "bytes", "from"], "{line}");
        let src: Ipv6Addr = words[3].parse().expect("source address");
        let port = words[4];
        assert_eq!(src, hub_eid, "the host used its ML-EID as source: {line}");
        node.cmd(&format!("udp send {src} {port} hello-host"));
        sock.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut buf = [0u8; 64];
        let (n, from) = sock.recv_from(&mut buf).expect("the node's reply");
        (node, buf[..n].to_vec(), from)
    })
    .await
    .unwrap();
    assert_eq!(reply, b"hello-host");
    assert_eq!(from, SocketAddr::from((node_eid, 1234)));

    // TCP: the host connects to the node's listener (OpenThread's TCPlp).
    let ns_name = ns.name().to_owned();
    let node = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut node = node;
        node.cmd("tcp init");
        node.cmd("tcp listen :: 1234");
        let mut conn = connect_in(ns_name, node_eid, 1234);
        node.expect_line(Duration::from_secs(10), "accepting the host", |l| {
            l.contains("Connection established")
        });
        conn.write_all(b"hello-tcp").expect("write");
        node.expect_line(Duration::from_secs(10), "with the host's bytes", |l| {
            l.contains("Received 9 bytes: hello-tcp")
        });
        node.cmd("tcp send hello-back");
        let mut buf = [0u8; 10];
        conn.read_exact(&mut buf).expect("the node's bytes");
        assert_eq!(&buf, b"hello-back");
        node
    })
    .await
    .unwrap();
    let iface = h.status().await.unwrap().interface.unwrap();
    assert!(iface.to_mesh >= 2 && iface.from_mesh >= 2, "{iface:?}");

    // Stop: the interface is gone.
    svc.stop().await;
    assert!(!link_exists(&ns, IFACE));
    drop(node);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_interface_is_reused_or_recreated_and_another_link_left_alone() {
    let _one = OT.lock().await;
    let ns = NetNs::new("stale");

    // A persistent TUN device with an old address: reused, flushed.
    sh(&ns, &["tuntap", "add", "dev", IFACE, "mode", "tun"]);
    sh(&ns, &["-6", "addr", "add", "fd00:dead::1/64", "dev", IFACE]);
    sh(&ns, &["link", "set", IFACE, "up"]);
    let dir = tempfile::tempdir().unwrap();
    let (svc, _events) = start(&ns, dir.path());
    let h = svc.handle();
    let st = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let eid = st.mesh_local_eid.unwrap();
    wait_iface(&h, "the reused wpan0 up", |i| {
        i.state == "up" && i.addresses.contains(&eid)
    })
    .await;
    let addrs = ip(&ns, &["-6", "addr", "show", "dev", IFACE]).unwrap();
    assert!(!addrs.contains("fd00:dead"), "{addrs}");

    // A new mesh-local prefix (dataset import): the old prefix's addresses
    // and route go, the new ones come.
    let old = format!("{}/64", prefix64(eid));
    let new_prefix: Ipv6Addr = "fd00:1234:5678:9abc::".parse().unwrap();
    let tlvs = with_mesh_local_prefix(&h.export_dataset().await.unwrap(), new_prefix);
    h.import_dataset(tlvs).await.expect("import");
    let (_, i) = wait_iface(&h, "wpan0 on the new prefix only", |i| {
        i.routes == [format!("{new_prefix}/64")]
            && i.addresses.iter().any(|a| prefix64(*a) == new_prefix)
    })
    .await;
    assert!(
        i.addresses
            .iter()
            .all(|a| prefix64(*a) == new_prefix || a.segments()[0] == 0xfe80),
        "{i:?}"
    );
    let routes = ip(&ns, &["-6", "route", "show", "dev", IFACE]).unwrap();
    assert!(
        !routes.contains(&old) && routes.contains(&format!("{new_prefix}/64")),
        "{routes}"
    );
    svc.stop().await;
    assert!(!link_exists(&ns, IFACE), "a reused device is deleted too");

    // A TUN device that refuses our flags (multi-queue): made again.
    sh(
        &ns,
        &["tuntap", "add", "dev", IFACE, "mode", "tun", "multi_queue"],
    );
    let (svc, _events) = start(&ns, dir.path());
    let h = svc.handle();
    wait_iface(&h, "the recreated wpan0 up", |i| {
        i.state == "up" && i.addresses.iter().any(|a| prefix64(*a) == new_prefix)
    })
    .await;
    svc.stop().await;
    assert!(!link_exists(&ns, IFACE));

    // A link of another kind: not touched; Thread runs without the
    // interface and says why.
    sh(
        &ns,
        &[
            "link",
            "add",
            IFACE,
            "type",
            "veth",
            "peer",
            "name",
            "wpan0-peer",
        ],
    );
    let (svc, _events) = start(&ns, dir.path());
    let h = svc.handle();
    let st = otsim::wait_role(&h, &["leader"], Duration::from_secs(60)).await;
    let i = st.interface.expect("interface status");
    assert_eq!(i.state, "unavailable");
    assert!(
        i.detail
            .as_deref()
            .unwrap_or_default()
            .contains("not a TUN device"),
        "{i:?}"
    );
    svc.stop().await;
    let link = ip(&ns, &["-d", "link", "show", "dev", IFACE]).expect("still there");
    assert!(link.contains("veth"), "{link}");
}

/// The daemon, stopped (SIGTERM) on drop.
struct Daemon(std::process::Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.0.id() as i32),
            nix::sys::signal::Signal::SIGTERM,
        );
        let _ = self.0.wait();
    }
}

/// `threshold run` without CAP_NET_ADMIN (dropped with `setpriv`): the
/// daemon says so clearly, runs Thread without the interface, and the
/// status says why.
#[test]
fn without_cap_net_admin_thread_runs_without_the_interface() {
    if Command::new("setpriv").arg("--version").output().is_err() {
        common::skip("setpriv (util-linux) is not installed");
        return;
    }
    let ns = NetNs::new("noadmin");
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let socket = dir.path().join("admin.sock");
    let config = dir.path().join("threshold.toml");
    std::fs::write(
        &config,
        format!(
            "state_dir = {state:?}\n[api]\nlisten = \"\"\nenroll_listen = \"\"\nadmin_socket = {socket:?}\n[dashboard]\nlisten = \"\"\n[coap]\ntls_listen = \"127.0.0.1:0\"\nudp_listen = \"127.0.0.1:0\"\n[thread]\nenabled = true\nradio_url = \"spinel+hdlc+forkpty://{}?forkpty-arg=1\"\nnetwork_name = \"noadmin\"\nreopen_min_ms = 50\ninterface = \"{IFACE}\"\n",
            otsim::ot_bin("ot-rcp").display()
        ),
    )
    .unwrap();
    let log = dir.path().join("log");
    let mut cmd = ns.command("setpriv");
    cmd.args(["--inh-caps=-net_admin", "--bounding-set=-net_admin", "--"])
        .arg(env!("CARGO_BIN_EXE_threshold"))
        .args(["run", "--config"])
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap());
    let daemon = Daemon(cmd.spawn().expect("threshold run"));
    let st: serde_json::Value = wait_until(Duration::from_secs(60), "the hub to lead", || {
        let out = Command::new(env!("CARGO_BIN_EXE_threshold"))
            .args(["thread", "status", "--json", "--socket"])
            .arg(&socket)
            .output()
            .expect("cli");
        let v: Option<serde_json::Value> = out
            .status
            .success()
            .then(|| serde_json::from_slice(&out.stdout).ok())
            .flatten();
        match v {
            Some(v) if v["role"] == "leader" => Ok(v),
            other => Err(format!("{other:?}")),
        }
    });
    let i = &st["interface"];
    assert_eq!(i["name"], IFACE, "{st}");
    assert_eq!(i["state"], "unavailable", "{st}");
    assert!(
        i["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("CAP_NET_ADMIN"),
        "{st}"
    );
    assert!(!link_exists(&ns, IFACE));
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.contains("CAP_NET_ADMIN") && text.contains("Thread runs without it"),
        "{text}"
    );
    drop(daemon);
}
