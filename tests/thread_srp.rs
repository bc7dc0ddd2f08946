//! The hub's SRP server and advertising proxy against OpenThread's own SRP
//! client and python-zeroconf: a hub namespace and a LAN namespace joined
//! by a veth (IPv6, ULA `fd00:77::/64`). The daemon runs in-process in the
//! hub namespace (API, CoAP, mDNS on the veth, Thread on a simulated
//! `ot-rcp`); an `ot-cli-ftd` node attaches to its network and registers
//! `Lamp._thlamp._udp` with `srp client`; python-zeroconf browses the LAN
//! over IPv6.
//!
//! * While the node's SRP host is bound to no device it is held: listed
//!   `pending` by `thread status`, audited `thread.srp_pending` once,
//!   never handed to the mDNS publisher.
//! * `threshold thread srp bind <host> <device>` binds it to a paired
//!   device at `full` scope: the service appears on the LAN (SRV port, TXT,
//!   the host's AAAA), `thread status` lists it `published` with the device.
//! * Quarantining the device withdraws it (goodbye seen on the LAN).
//! * A device paired with `--srp-host node3` (the `srp_host` field of
//!   `/pair/confirm`) is bound at pairing: node 3's service appears on the
//!   LAN with no user step.
//! * After a restart of the daemon the bindings hold: node 3 registers again
//!   and is published for its device, never pending.
//! * The binding pinned node 3's key at its first publication: once node 3
//!   has removed its host and key from the server, node 4 registering the
//!   name `node3` under its own key is refused (`thread.srp_refused`
//!   `key_mismatch`, `thread status` says `refused`) and never reaches the
//!   LAN.
//!
//! The node registers an address in the LAN's prefix
//! (`srp client host address`): the mDNS responder (`mdns-sd` 0.21) only
//! sends addresses on the subnets of the interface it answers on, so an
//! OMR address would be left out of the host's records (docs/thread.md,
//! "SRP server and advertising proxy", what is missing).

mod common;
use common::{device, hub, netns, otsim};

use std::path::Path;
use std::time::Duration;

use common::wait_until_async;
use device::{pair, text, thread_hub_on_lan, TestDevice};
use hub::{ok, post, Hub};
use netns::{zeroconf_browser_v6, NetNs};
use otsim::CliNode;
use serde_json::{json, Value};

const SERVICE: &str = "Lamp._thlamp._udp.local.";
/// The node's SRP host address: in the LAN's prefix (module docs).
const NODE_ADDR: &str = "fd00:77::99";
const APPEAR: Duration = Duration::from_secs(30);
const GOODBYE: Duration = Duration::from_secs(5);
const BIN: &str = env!("CARGO_BIN_EXE_threshold");

fn json_line(l: &str) -> Value {
    serde_json::from_str(l).unwrap_or(Value::Null)
}

fn event(ev: &'static str) -> impl Fn(&str) -> bool {
    event_for(ev, SERVICE)
}

fn event_for(ev: &'static str, name: &'static str) -> impl Fn(&str) -> bool {
    move |l| {
        let v = json_line(l);
        v["event"] == ev && v["name"] == name
    }
}

/// Starts node `id`, attaches it with `dataset` and registers `instance`
/// of `_thlamp._udp` under SRP host `node<id>` (on a blocking thread).
async fn srp_node(ns: &str, id: u32, dataset: &str, instance: &str) -> CliNode {
    srp_node_as(ns, id, &format!("node{id}"), dataset, instance).await
}

/// [`srp_node`] registering under SRP host name `host`.
async fn srp_node_as(ns: &str, id: u32, host: &str, dataset: &str, instance: &str) -> CliNode {
    // Spawned from the test's own thread, which outlives the node: a node
    // spawned from a blocking-pool thread exits when tokio ends that
    // thread (tests/common/otsim.rs).
    let node = CliNode::start(ns, id);
    let (dataset, instance, host) = (dataset.to_owned(), instance.to_owned(), host.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut node = node;
        node.join(&dataset, Duration::from_secs(60));
        node.cmd(&format!("srp client host name {host}"));
        node.cmd(&format!("srp client host address {NODE_ADDR}"));
        // TXT "md=Lamp", DNS wire form.
        node.cmd(&format!(
            "srp client service add {instance} _thlamp._udp 5683 0 0 076d643d4c616d70"
        ));
        node.cmd("srp client callback enable");
        node.cmd("srp client autostart enable");
        // The SRP client's own report: the service registered.
        let registered = node.wait_line(Duration::from_secs(60), |l| {
            l.contains(&format!("instance:\"{instance}\"")) && l.contains("state:Registered")
        });
        if registered.is_none() {
            let mut seen = Vec::new();
            for c in [
                "state",
                "srp client state",
                "srp client server",
                "srp client host",
                "netdata show",
            ] {
                seen.push(format!("{c}: {:?}", node.try_cmd(c)));
            }
            panic!("node {id}: {instance} not registered within 60 s; {seen:#?}");
        }
        node
    })
    .await
    .expect("node")
}

/// `threshold <args> --socket <hub's>` on a blocking thread.
async fn cli(hub: &Hub, args: &[&str]) -> std::process::Output {
    cli_at(&hub.socket, args).await
}

async fn cli_at(socket: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(BIN);
    cmd.args(args).arg("--socket").arg(socket);
    tokio::task::spawn_blocking(move || cmd.output().expect("threshold"))
        .await
        .expect("cli")
}

/// `thread status --json`'s SRP registrations.
async fn srp_status(hub: &Hub) -> Vec<Value> {
    srp_status_at(&hub.socket).await
}

async fn srp_status_at(socket: &Path) -> Vec<Value> {
    let out = cli_at(socket, &["thread", "status", "--json"]).await;
    assert!(out.status.success(), "{}", text(&out.stderr));
    let st: Value = serde_json::from_slice(&out.stdout).expect("status JSON");
    st["srp"].as_array().cloned().unwrap_or_default()
}

async fn audits(hub: &Hub, action: &str) -> Vec<threshold::audit::AuditRecord> {
    hub.audit()
        .await
        .into_iter()
        .filter(|r| r.event.action == action)
        .collect()
}

#[test]
fn srp_services_reach_the_lan_only_for_a_bound_device_at_full_scope() {
    let (hub_ns, lan) = NetNs::pair_ipv6("srp");
    let mut browser = zeroconf_browser_v6(&lan, &["_thlamp._udp.local."]);
    let ns_name = hub_ns.name().to_owned();
    hub_ns.run(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let tmp = tempfile::tempdir().expect("tempdir");
            let dev = TestDevice::mint(tmp.path(), 0x8001);
            let dev_b = TestDevice::mint(tmp.path(), 0x8002);
            let state = tmp.path().join("state");
            let (mut hub, h) = thread_hub_on_lan(&ns_name, "srp-test", &[&dev, &dev_b], |cfg| {
                cfg.state_dir = state.clone();
                cfg.thread.reopen_min_ms = 50;
                cfg.thread.reopen_max_ms = 2000;
            })
            .await;
            let dataset = hex::encode(h.export_dataset().await.expect("dataset"));
            let dataset_b = dataset.clone();

            // A node attaches and registers a service with its SRP client.
            let node = srp_node(&ns_name, 2, &dataset, "Lamp").await;

            // Unbound: held, pending, audited once, not published.
            let rec = wait_until_async(APPEAR, "thread.srp_pending for node2", || async {
                audits(&hub, "thread.srp_pending").await.into_iter().next()
            })
            .await;
            assert_eq!(rec.event.subject, "srp:node2");
            assert_eq!(rec.event.reason, "unknown_host");
            let regs = srp_status(&hub).await;
            assert_eq!(regs.len(), 1, "{regs:?}");
            assert_eq!(regs[0]["host"], "node2");
            assert_eq!(regs[0]["state"], "pending");
            assert_eq!(regs[0]["device"], Value::Null);
            assert_eq!(regs[0]["services"], json!(["Lamp._thlamp._udp"]));
            let published = hub.daemon().mdns().published().await.expect("mdns");
            assert!(
                !published.iter().any(|s| s.instance == "Lamp"),
                "{published:?}"
            );
            assert!(
                !browser.drain().iter().any(|l| event("added")(l)),
                "an unbound host's service reached the LAN"
            );

            // A paired device (low class: admitted at full on redemption).
            let owner = hub.owner().await;
            let id = pair(&hub, &owner, &dev, &[]).await;

            // Bound by the owner (CLI over the admin socket): published.
            let out = cli(&hub, &["thread", "srp", "bind", "node2", &id]).await;
            assert!(out.status.success(), "{}", text(&out.stderr));
            let got = json_line(&browser.wait_line(APPEAR, "Lamp on the LAN", event("added")));
            assert_eq!(got["port"], 5683, "{got}");
            assert_eq!(got["server"], "node2.local.", "{got}");
            assert_eq!(got["addresses"], json!([NODE_ADDR]), "{got}");
            assert_eq!(got["txt"], json!({"md": "Lamp"}), "{got}");
            let regs = srp_status(&hub).await;
            assert_eq!(regs[0]["state"], "published", "{regs:?}");
            assert_eq!(regs[0]["device"], id.as_str(), "{regs:?}");
            let out = cli(&hub, &["thread", "status"]).await;
            let shown = text(&out.stdout);
            assert!(
                shown.contains(&format!(
                    "srp host       node2: published, device {id} [Lamp._thlamp._udp]\n"
                )),
                "{shown}"
            );
            let binds = audits(&hub, "thread.srp_bind").await;
            assert_eq!(binds.len(), 1, "{binds:?}");
            assert_eq!(binds[0].event.subject, "srp:node2");
            let pubs = audits(&hub, "thread.srp_publish").await;
            assert_eq!(pubs.len(), 1, "{pubs:?}");
            assert_eq!(pubs[0].event.subject, format!("device:{id}"));
            assert_eq!(
                audits(&hub, "thread.srp_pending").await.len(),
                1,
                "pending audited once per host"
            );

            // Quarantined: withdrawn from the LAN at once (goodbye).
            let _: Value =
                ok(post(&owner, &format!("/v1/devices/{id}/quarantine"), &json!({})).await);
            browser.wait_line(GOODBYE, "Lamp withdrawn", event("removed"));
            let regs = srp_status(&hub).await;
            assert_eq!(regs[0]["state"], "held", "{regs:?}");

            // A device that tells its SRP host when it pairs needs no
            // binding: its node's service reaches the LAN at once.
            let id_b = pair(&hub, &owner, &dev_b, &["--srp-host", "node3"]).await;
            let claim = audits(&hub, "thread.srp_bind")
                .await
                .into_iter()
                .find(|r| r.event.subject == "srp:node3")
                .expect("node3 bound at pairing");
            assert_eq!(claim.event.actor, format!("device:{id_b}"));
            assert_eq!(claim.event.reason, "pairing");
            let node3 = srp_node(&ns_name, 3, &dataset_b, "Desk").await;
            let got = json_line(&browser.wait_line(
                APPEAR,
                "Desk on the LAN",
                event_for("added", "Desk._thlamp._udp.local."),
            ));
            assert_eq!(got["server"], "node3.local.", "{got}");
            let regs = srp_status(&hub).await;
            let r3 = regs.iter().find(|r| r["host"] == "node3").expect("node3");
            assert_eq!(r3["state"], "published", "{regs:?}");
            assert_eq!(r3["device"], id_b.as_str(), "{regs:?}");

            // A restart keeps the bindings: the nodes register again with
            // the restarted SRP server (OpenThread moves it to another port,
            // so their clients notice) and node 3 is published again for
            // its device, with no pending host and no user step.
            let (mut cfg, socket) = (hub.cfg.clone(), hub.socket.clone());
            hub.stop().await;
            // Another simulated RCP (node id 7), as in thread_network.rs.
            cfg.thread.options.radio = otsim::rcp_url(&ns_name, 7);
            let mut d = threshold::daemon::Daemon::start(&cfg)
                .await
                .expect("restart");
            d.start_api(&cfg).await.expect("api");
            let coap = d.start_coap(&cfg).await.expect("coap");
            let mdns = d.start_mdns(&cfg, &coap).await.expect("mdns");
            let h = d.start_thread(&cfg, mdns.as_ref()).expect("thread");
            otsim::wait_role(&h, &["leader", "router"], Duration::from_secs(120)).await;
            let node3 = tokio::task::spawn_blocking(move || {
                let mut node3 = node3;
                let again = node3.wait_line(Duration::from_secs(120), |l| {
                    l.contains("instance:\"Desk\"") && l.contains("state:Registered")
                });
                if again.is_none() {
                    let mut seen = Vec::new();
                    for c in [
                        "state",
                        "srp client state",
                        "srp client server",
                        "srp client service",
                        "netdata show",
                    ] {
                        seen.push(format!("{c}: {:?}", node3.try_cmd(c)));
                    }
                    panic!("node 3 did not register again: {seen:#?}");
                }
                node3
            })
            .await
            .expect("node 3");
            let regs = wait_until_async(APPEAR, "node3 published after the restart", || async {
                let regs = srp_status_at(&socket).await;
                let ok = regs.iter().any(|r| {
                    r["host"] == "node3"
                        && r["state"] == "published"
                        && r["device"] == id_b.as_str()
                });
                if ok {
                    Ok(regs)
                } else {
                    Err(format!("{regs:?}"))
                }
            })
            .await;
            if let Some(r2) = regs.iter().find(|r| r["host"] == "node2") {
                assert_eq!(r2["state"], "held", "{regs:?}");
            }
            let records = d
                .store()
                .call(|s| s.audit_tail(100_000))
                .await
                .expect("store")
                .expect("audit");
            assert!(
                !records
                    .iter()
                    .any(|r| r.event.action == "thread.srp_pending"
                        && r.event.subject == "srp:node3"),
                "node3 was never pending"
            );

            // The name under another key. Node 3 removes its host and key
            // from the server (OpenThread frees the name), then node 4
            // registers `node3` under its own key: the hub pinned node 3's
            // key to the binding at its first publication (and kept it
            // across the restart), so node 4 is refused, audited, and
            // nothing of it reaches the LAN.
            let node3 = tokio::task::spawn_blocking(move || {
                let mut node3 = node3;
                node3.cmd("srp client host remove 1");
                node3
            })
            .await
            .expect("node 3");
            browser.wait_line(
                APPEAR,
                "Desk withdrawn",
                event_for("removed", "Desk._thlamp._udp.local."),
            );
            let rogue = srp_node_as(&ns_name, 4, "node3", &dataset, "Rogue").await;
            let rec = wait_until_async(APPEAR, "thread.srp_refused key_mismatch", || async {
                d.store()
                    .call(|s| s.audit_tail(100_000))
                    .await
                    .expect("store")
                    .expect("audit")
                    .into_iter()
                    .find(|r| {
                        r.event.action == "thread.srp_refused" && r.event.reason == "key_mismatch"
                    })
            })
            .await;
            assert_eq!(rec.event.subject, format!("device:{id_b}"));
            assert_eq!(rec.event.details["host"], "node3");
            let regs = srp_status_at(&socket).await;
            let r3 = regs.iter().find(|r| r["host"] == "node3").expect("node3");
            assert_eq!(r3["state"], "refused", "{regs:?}");
            assert_eq!(r3["services"], json!(["Rogue._thlamp._udp"]), "{regs:?}");
            assert!(
                !browser
                    .drain()
                    .iter()
                    .any(|l| event_for("added", "Rogue._thlamp._udp.local.")(l)),
                "an impostor's service reached the LAN"
            );
            drop(rogue);
            drop(node3);
            drop(node);
            d.stop().await.expect("stop");
        });
    });
}
