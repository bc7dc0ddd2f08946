//! The Thread network against OpenThread's own simulated nodes: the hub's
//! OpenThread core ([`ThreadService`]) on a simulated `ot-rcp`, and
//! `ot-cli-ftd` nodes, all inside a private network namespace per test.
//! (tests/thread_cli.rs runs the same through the daemon binary.)

mod common;
use common::{netns, otsim};

use std::time::{Duration, Instant};

use common::wait_until;
use netns::NetNs;
use otsim::CliNode;
use threshold::thread::{DatasetSource, InfraInterface, ThreadEvent, ThreadOptions, ThreadService};
use tokio::sync::mpsc;

/// OpenThread is a single instance per process: the tests of this file
/// take turns (each still has its own namespace).
static OT: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn options(ns: &NetNs, node: u32, dir: &std::path::Path) -> ThreadOptions {
    ThreadOptions {
        radio: otsim::rcp_url(ns.name(), node),
        dir: dir.to_owned(),
        dataset: DatasetSource::Persisted,
        network_name: "threshold-test".into(),
        reopen_min: Duration::from_millis(50),
        reopen_max: Duration::from_secs(2),
        // The hub runs in the test's own namespace: never on its LAN.
        infra_interface: InfraInterface::Disabled,
        interface: None,
        nat64: None,
    }
}

/// Starts two nodes in `ns` on the calling thread (never from a
/// `spawn_blocking` thread: see [`CliNode::start`]) and attaches them with
/// `dataset` on a blocking thread.
async fn two_nodes(ns: &str, dataset: &str) -> (CliNode, CliNode) {
    let n2 = CliNode::start(ns, 2);
    let n3 = CliNode::start(ns, 3);
    let dataset = dataset.to_owned();
    tokio::task::spawn_blocking(move || {
        let (mut n2, mut n3) = (n2, n3);
        n2.join(&dataset, Duration::from_secs(30));
        n3.join(&dataset, Duration::from_secs(30));
        (n2, n3)
    })
    .await
    .unwrap()
}

fn pings(node: &mut CliNode, addr: &str) {
    wait_until(Duration::from_secs(20), "a ping reply", || {
        node.ping(addr).then_some(())
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hub_forms_network_nodes_attach_and_ping() {
    let _one = OT.lock().await;
    let ns = NetNs::new("form");
    let dir = tempfile::tempdir().unwrap();
    let (tx, mut events) = mpsc::unbounded_channel::<ThreadEvent>();
    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx).unwrap();
    let h = svc.handle();
    let st = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    assert_eq!(st.network_name, "threshold-test");
    let eid = st.mesh_local_eid.expect("mesh-local EID").to_string();
    let dataset = hex::encode(h.export_dataset().await.unwrap());
    // The formation was reported.
    let mut formed = false;
    while let Ok(ev) = events.try_recv() {
        formed |= matches!(ev, ThreadEvent::NetworkFormed { ref ext_pan_id } if *ext_pan_id == st.ext_pan_id);
    }
    assert!(formed);

    let (n2, n3) = two_nodes(ns.name(), &dataset).await;
    let (n2, n3, d2, _nodes) = tokio::task::spawn_blocking(move || {
        let (mut n2, mut n3) = (n2, n3);
        let d2 = n2.dataset_hex();
        // Both reach the hub's mesh-local EID.
        pings(&mut n2, &eid);
        pings(&mut n3, &eid);
        let ext = (n2.ext_addr(), n3.ext_addr());
        (ext.0, ext.1, d2, (n2, n3))
    })
    .await
    .unwrap();
    // The nodes hold exactly the hub's dataset.
    assert_eq!(d2, hex::encode(h.export_dataset().await.unwrap()));
    // The hub sees both as neighbours (children or routers).
    let st = h.status().await.unwrap();
    assert_eq!(st.role, "leader");
    let ext: Vec<_> = st
        .neighbors
        .iter()
        .map(|n| n.ext_address.as_str())
        .collect();
    assert!(
        ext.contains(&n2.as_str()) && ext.contains(&n3.as_str()),
        "{st:?}"
    );
    svc.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_stay_in_the_network_across_a_hub_restart() {
    let _one = OT.lock().await;
    let ns = NetNs::new("restart");
    let dir = tempfile::tempdir().unwrap();
    let (tx, _events) = mpsc::unbounded_channel::<ThreadEvent>();
    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx.clone()).unwrap();
    let h = svc.handle();
    let before = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let dataset = h.export_dataset().await.unwrap();
    let eid = before.mesh_local_eid.unwrap().to_string();
    let (mut n2, mut n3) = two_nodes(ns.name(), &hex::encode(&dataset)).await;
    svc.stop().await;

    // Restart on a different RCP (node id 7: another EUI-64): same network.
    let svc = ThreadService::start(options(&ns, 7, dir.path()), tx).unwrap();
    let h = svc.handle();
    // A restored leader first looks for its partition, then leads again.
    let after = otsim::wait_role(&h, &["leader", "router"], Duration::from_secs(90)).await;
    assert_eq!(
        h.export_dataset().await.unwrap(),
        dataset,
        "same dataset (network key)"
    );
    assert_eq!(after.pan_id, before.pan_id);
    assert_eq!(after.ext_pan_id, before.ext_pan_id);
    assert_eq!(after.channel, before.channel);
    assert_eq!(after.mesh_local_eid, before.mesh_local_eid);
    // The nodes stayed in the network and still reach the hub.
    tokio::task::spawn_blocking(move || {
        for n in [&mut n2, &mut n3] {
            let s = n.state();
            assert!(["child", "router", "leader"].contains(&s.as_str()), "{s}");
            pings(n, &eid);
        }
    })
    .await
    .unwrap();
    svc.stop().await;
}

/// One line of `counters mle` (e.g. `Attach Attempts`), as a number.
fn mle_counter(node: &mut CliNode, name: &str) -> u64 {
    let out = node.cmd("counters mle");
    out.iter()
        .find_map(|l| {
            l.strip_prefix(name)?
                .strip_prefix(": ")?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("node {}: no {name:?} in {out:?}", node.id))
}

/// The hub's neighbours that are children, by extended address.
fn children(st: &threshold::thread::ThreadStatus) -> Vec<String> {
    let mut c: Vec<_> = st
        .neighbors
        .iter()
        .filter(|n| n.relation == "child")
        .map(|n| n.ext_address.clone())
        .collect();
    c.sort();
    c
}

/// The resume rule (src/thread/resume.rs): a hub that led its network as
/// its only router leads again right after a restart instead of spending
/// OpenThread's six Link Requests (~34 s) on neighbours it did not have,
/// and its children (an end device and a router-ineligible FTD) come back
/// from the child table it saved: same RLOC16, no new attach, no detach.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_that_led_alone_leads_again_at_once_and_keeps_its_children() {
    let _one = OT.lock().await;
    let ns = NetNs::new("resume");
    let dir = tempfile::tempdir().unwrap();
    let (tx, _events) = mpsc::unbounded_channel::<ThreadEvent>();
    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx.clone()).unwrap();
    let h = svc.handle();
    let before = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let eid = before.mesh_local_eid.unwrap().to_string();
    let dataset = hex::encode(h.export_dataset().await.unwrap());
    // Two children that never become routers: the hub stays the only one.
    let n2 = CliNode::start(ns.name(), 2);
    let n3 = CliNode::start(ns.name(), 3);
    let (mut n2, mut n3) = tokio::task::spawn_blocking(move || {
        let (mut n2, mut n3) = (n2, n3);
        n2.cmd("mode rn");
        n3.cmd("routereligible disable");
        for n in [&mut n2, &mut n3] {
            assert_eq!(n.join(&dataset, Duration::from_secs(30)), "child");
        }
        (n2, n3)
    })
    .await
    .unwrap();
    let (x2, x3) = (n2.ext_addr(), n3.ext_addr());
    let mut want = vec![x2.clone(), x3.clone()];
    want.sort();
    otsim::wait_status(
        &h,
        Duration::from_secs(30),
        "both nodes as the hub's children",
        |st| children(st) == want,
    )
    .await;
    // The record the rule reads: leader, the only router.
    let rec = threshold::thread::resume::ResumeRecord::load(dir.path()).expect("resume record");
    assert_eq!(rec.role, threshold::thread::resume::SavedRole::Leader);
    assert_eq!(rec.routers, 1);
    let seen = |n: &mut CliNode| {
        (
            n.cmd("rloc16").first().cloned().unwrap_or_default(),
            mle_counter(n, "Attach Attempts"),
            mle_counter(n, "Role Detached"),
            mle_counter(n, "Parent Changes"),
        )
    };
    let (s2, s3) = (seen(&mut n2), seen(&mut n3));
    svc.stop().await;

    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx).unwrap();
    let h = svc.handle();
    // OpenThread's own procedure cannot lead before ~29 s (six Link
    // Requests 4.5-5.5 s apart): 10 s tells the two apart with room for a
    // slow machine.
    let after = otsim::wait_role(&h, &["leader"], Duration::from_secs(10)).await;
    assert_eq!(after.rloc16, before.rloc16, "same router ID");
    assert_eq!(after.ext_pan_id, before.ext_pan_id);
    otsim::wait_status(
        &h,
        Duration::from_secs(30),
        "both children restored",
        |st| children(st) == want,
    )
    .await;
    tokio::task::spawn_blocking(move || {
        for (n, s) in [(&mut n2, s2), (&mut n3, s3)] {
            assert_eq!(n.state(), "child");
            assert_eq!(
                seen(n),
                s,
                "node {}: rloc16, attach attempts, detaches, parent changes",
                n.id
            );
            pings(n, &eid);
        }
    })
    .await
    .unwrap();
    svc.stop().await;
}

/// The other side of the rule: with another router in the partition the
/// hub keeps OpenThread's restore procedure (that router may have kept the
/// partition going), and the router's answer to the first Link Request
/// brings the hub back; the router never re-attaches.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_another_router_the_hub_restores_through_it() {
    use threshold::thread::resume::{ResumeRecord, SavedRole};
    let _one = OT.lock().await;
    let ns = NetNs::new("resume-r");
    let dir = tempfile::tempdir().unwrap();
    let (tx, _events) = mpsc::unbounded_channel::<ThreadEvent>();
    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx.clone()).unwrap();
    let h = svc.handle();
    let before = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let dataset = hex::encode(h.export_dataset().await.unwrap());
    let n2 = CliNode::start(ns.name(), 2);
    let mut n2 = tokio::task::spawn_blocking(move || {
        let mut n2 = n2;
        // Upgrade to router within a second of attaching.
        n2.cmd("routerselectionjitter 1");
        n2.join(&dataset, Duration::from_secs(30));
        n2.wait_state(&["router"], Duration::from_secs(30));
        n2
    })
    .await
    .unwrap();
    let path = dir.path().to_owned();
    let rec = tokio::task::spawn_blocking(move || {
        common::wait_until(Duration::from_secs(20), "a record of two routers", || {
            ResumeRecord::load(&path)
                .filter(|r| r.routers == 2)
                .ok_or("not yet")
        })
    })
    .await
    .unwrap();
    assert_eq!(rec.role, SavedRole::Leader);
    let attaches = mle_counter(&mut n2, "Attach Attempts");
    let detaches = mle_counter(&mut n2, "Role Detached");
    svc.stop().await;

    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx).unwrap();
    let h = svc.handle();
    // The router answers the first Link Request (sent within a second):
    // well before the ~29 s OpenThread spends when nobody answers.
    let after = otsim::wait_role(&h, &["leader", "router"], Duration::from_secs(15)).await;
    assert_eq!(after.rloc16, before.rloc16, "same router ID");
    tokio::task::spawn_blocking(move || {
        assert_eq!(n2.state(), "router");
        assert_eq!(mle_counter(&mut n2, "Attach Attempts"), attaches);
        assert_eq!(mle_counter(&mut n2, "Role Detached"), detaches);
    })
    .await
    .unwrap();
    svc.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_and_swapped_rcp_keep_the_dataset() {
    let _one = OT.lock().await;
    let ns = NetNs::new("swap");
    let dir = tempfile::tempdir().unwrap();
    let (tx, mut events) = mpsc::unbounded_channel::<ThreadEvent>();
    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx.clone()).unwrap();
    let h = svc.handle();
    let before = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let dataset = h.export_dataset().await.unwrap();
    let rcp1 = before.rcp_version.clone().expect("rcp version");
    svc.stop().await;
    while events.try_recv().is_ok() {}

    // Restart on another RCP (node id 9: another EUI-64).
    let svc = ThreadService::start(options(&ns, 9, dir.path()), tx).unwrap();
    let h = svc.handle();
    let after = otsim::wait_role(&h, &["leader"], Duration::from_secs(90)).await;
    let rcp2 = after.rcp_version.clone().expect("rcp version");
    assert_ne!(rcp1, rcp2, "a different radio (EUI-64)");
    assert_eq!(
        h.export_dataset().await.unwrap(),
        dataset,
        "same dataset, network key included"
    );
    assert_eq!(after.pan_id, before.pan_id);
    assert_eq!(after.ext_pan_id, before.ext_pan_id);
    assert_eq!(after.channel, before.channel);
    assert_eq!(after.mesh_local_eid, before.mesh_local_eid);
    // No new network was formed.
    while let Ok(ev) = events.try_recv() {
        assert!(!matches!(ev, ThreadEvent::NetworkFormed { .. }), "{ev:?}");
    }
    svc.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_rcp_is_replaced_and_the_hub_leads_again() {
    let _one = OT.lock().await;
    let ns = NetNs::new("kill");
    let dir = tempfile::tempdir().unwrap();
    let (tx, mut events) = mpsc::unbounded_channel::<ThreadEvent>();
    let svc = ThreadService::start(options(&ns, 1, dir.path()), tx).unwrap();
    let h = svc.handle();
    let before = otsim::wait_role(&h, &["leader"], Duration::from_secs(30)).await;
    let dataset = h.export_dataset().await.unwrap();
    let pid = before.rcp_pid.expect("rcp pid");
    while events.try_recv().is_ok() {}

    let killed = Instant::now();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    // A new RCP process takes over; the hub is leader on it.
    // Polled: the RCP swap is not an OpenThread state change (the instance
    // and its role stay), so no change notification marks it.
    let after = common::wait_until_async(
        Duration::from_secs(30),
        "a new RCP, hub leader on it",
        || async {
            let st = h.status().await.unwrap();
            (st.rcp_pid.is_some() && st.rcp_pid != Some(pid) && st.role == "leader").then_some(st)
        },
    )
    .await;
    let took = killed.elapsed();
    assert_eq!(after.recoveries, 1);
    assert!(after.last_rcp_loss.is_some());
    assert_eq!(h.export_dataset().await.unwrap(), dataset);
    assert_eq!(after.ext_pan_id, before.ext_pan_id);
    assert_eq!(
        after.partition_id, before.partition_id,
        "same partition: never detached"
    );
    assert_eq!(after.rloc16, before.rloc16);
    // Each step was reported: loss, reopen, radio up, recovered.
    let mut seen = Vec::new();
    while let Ok(ev) = events.try_recv() {
        seen.push(ev);
    }
    assert!(
        matches!(seen.first(), Some(ThreadEvent::RadioLost { .. })),
        "{seen:?}"
    );
    assert!(seen
        .iter()
        .any(|e| matches!(e, ThreadEvent::Reopening { attempt: 1, .. })));
    assert!(seen
        .iter()
        .any(|e| matches!(e, ThreadEvent::RadioUp { pid: Some(p), .. } if *p != pid)));
    assert!(
        !seen
            .iter()
            .any(|e| matches!(e, ThreadEvent::Restarted { .. })),
        "{seen:?}"
    );
    let recovered = seen
        .iter()
        .find_map(|e| match e {
            ThreadEvent::Recovered { after } => Some(*after),
            _ => None,
        })
        .expect("recovered event");
    assert!(recovered <= took);
    eprintln!("RCP loss -> RCP restored: {recovered:?} (kill -> status shows it: {took:?})");
    // The nodes' view: still reachable through the new RCP.
    svc.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unopenable_radio_is_retried_and_reported_down() {
    let _one = OT.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let (tx, mut events) = mpsc::unbounded_channel::<ThreadEvent>();
    let opts = ThreadOptions {
        radio: "spinel+hdlc+forkpty:///nonexistent/ot-rcp?forkpty-arg=1"
            .parse()
            .unwrap(),
        dir: dir.path().to_owned(),
        dataset: DatasetSource::Persisted,
        network_name: "x".into(),
        reopen_min: Duration::from_millis(20),
        reopen_max: Duration::from_millis(80),
        infra_interface: InfraInterface::Disabled,
        interface: None,
        nat64: None,
    };
    let svc = ThreadService::start(opts, tx).unwrap();
    let h = svc.handle();
    let mut attempts = 0;
    while attempts < 4 {
        match events.recv().await.unwrap() {
            ThreadEvent::Reopening { attempt, delay } => {
                attempts = attempt;
                assert!(delay <= Duration::from_millis(80));
            }
            ThreadEvent::RadioOpenFailed { reason } | ThreadEvent::Restarted { reason } => {
                assert!(reason.contains("nonexistent"), "{reason}")
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    let st = h.status().await.unwrap();
    assert_eq!(st.role, "down");
    let e = h.export_dataset().await.unwrap_err();
    assert!(e.to_string().contains("not available"), "{e}");
    svc.stop().await;
}
