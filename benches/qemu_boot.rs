//! Boot figures of the hub image in QEMU: the same guest as
//! tests/qemu_boot.rs (tests/common/qemu.rs: Debian's kernel, systemd as
//! PID 1 running `config/threshold.service` as it is, the daemon as user
//! `threshold`, the radio on `/dev/ttyS1` with OpenThread's simulated RCP
//! behind it on the host, the state on a virtio ext4 disk), under TCG.
//!
//! Each run (`QEMU_BOOT_RUNS`, default 5) starts from a copy of one seeded
//! data disk (the owner enrolled, no Thread network yet) and measures:
//!
//! 1. first boot: QEMU spawned -> systemd's `Started threshold.service`
//!    (the daemon's `READY=1`: API up, radio answering), and -> the
//!    daemon's `role=leader` (it forms the network);
//! 2. after a power cut (QEMU killed), the next boot on the same disk: the
//!    same two figures, the network restored from the saved settings.
//!
//! Each figure twice: host wall time from the spawn of QEMU (what a user
//! waits; includes QEMU's start and the kernel's), and the guest's clock
//! (the kernel's timestamp on the console line, seconds since the kernel
//! started). The report prints every run, then the p50 (nearest rank) of
//! each, the initramfs size and the daemon's stripped size.
//!
//! Run: `cargo bench --bench qemu_boot -- --bench` (root; QEMU, a kernel
//! and busybox from scripts/setup.d/60-qemu.sh; target/ot-sim/bin from
//! scripts/ot-sim.sh). The binary is `CARGO_BIN_EXE_threshold`: under
//! `cargo bench` the release profile (with the default features).
//! Without `--bench` (as `cargo test --all-targets` runs it): a smoke run
//! that builds the image and boots nothing. Without root or the tools it
//! prints `skipped: ...`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::time::Duration;

use common::device::BIN;
use common::netns::NetNs;
use common::qemu::{self, guest_secs, leader_line, started, Boot, Guest, GUEST_CONFIG};

const BOOT: Duration = Duration::from_secs(240);
const LEADER: Duration = Duration::from_secs(120);

/// One boot's figures: (wall, guest) seconds to READY and to leader.
#[derive(Debug, Clone)]
struct Figures {
    ready: (f64, f64),
    leader: (f64, f64),
    /// The daemon's resume line ("leading at once reason=..." or
    /// "restoring the previous role ...").
    how: String,
}

fn measure(guest: &Guest) -> Figures {
    // systemd prints the status line (`[  OK  ] Started ...`) at once and,
    // through journald, the same event with the kernel's timestamp a
    // little later; the daemon may lead before either. Wall times are
    // when the bench saw the first line of each; guest times are the
    // kernel's stamps.
    let (_, ready_wall) = guest.wait_console(BOOT, "Started threshold.service", started);
    let (l, leader_wall) = guest.seen_or_wait(LEADER, "role=leader", leader_line);
    let leader = (
        leader_wall.as_secs_f64(),
        guest_secs(&l).unwrap_or(f64::NAN),
    );
    let (l, _) = guest.seen_or_wait(BOOT, "systemd[1]: Started threshold.service", |l| {
        started(l) && guest_secs(l).is_some()
    });
    let ready = (ready_wall.as_secs_f64(), guest_secs(&l).unwrap_or(f64::NAN));
    // How it took the role back (docs/thread.md, "Taking the role back
    // after a start"): at once, or through OpenThread's own procedure.
    let how = guest
        .lines
        .lock()
        .expect("console")
        .iter()
        .find(|l| l.contains("thread: leading at once") || l.contains("thread: restoring"))
        .map(|l| {
            let m = l.split("thread: ").nth(1).unwrap_or(l);
            m.to_owned()
        })
        .unwrap_or_else(|| "(no resume line)".into());
    Figures { ready, leader, how }
}

fn p50(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    // Nearest rank.
    v[v.len().div_ceil(2) - 1]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    if let Some(missing) = qemu::missing_tools() {
        common::skip(&format!("missing {missing} (scripts/setup.d/60-qemu.sh)"));
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let unit = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/threshold.service");
    let image = qemu::build_image(tmp.path(), Path::new(BIN), &unit, GUEST_CONFIG);
    let initrd_mb = std::fs::metadata(&image.initrd).map_or(0, |m| m.len()) as f64 / 1e6;
    let bin_mb =
        std::fs::metadata(tmp.path().join("threshold")).map_or(0, |m| m.len()) as f64 / 1e6;
    if !full {
        println!(
            "qemu_boot smoke: image built (initramfs {initrd_mb:.1} MB); no boot without --bench"
        );
        return;
    }
    if !nix::unistd::Uid::effective().is_root() {
        common::skip("needs root (the RCP's network namespace, the data disk's owner)");
        return;
    }
    let runs: usize = std::env::var("QEMU_BOOT_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let seeded = tmp.path().join("seed.img");
    qemu::seed_state(&tmp.path().join("host"));
    qemu::data_disk(&tmp.path().join("host").join("state"), &seeded, 128);
    let ns = NetNs::new("qboot");
    let (api, enroll) = (qemu::free_port(), qemu::free_port());
    let mut first = Vec::new();
    let mut again = Vec::new();
    for run in 1..=runs {
        let disk = tmp.path().join("data.img");
        std::fs::copy(&seeded, &disk).expect("disk copy");
        let b = Boot {
            image: &image,
            disk: &disk,
            dir: tmp.path(),
            ns: &ns,
            forwards: &[(api, 8443), (enroll, 8444)],
        };
        let g = Guest::boot(&b);
        let f1 = measure(&g);
        g.power_cut();
        let g = Guest::boot(&b);
        let f2 = measure(&g);
        let lines = g.lines.clone();
        let off = g.shutdown(Duration::from_secs(120));
        assert!(
            off.is_some_and(|s| s.success()),
            "run {run}: the guest did not power off cleanly: {off:?}\n{}",
            lines.lock().expect("console").join("\n")
        );
        println!(
            "run {run}: first boot READY {:.2} s (guest {:.2} s), leader {:.2} s (guest {:.2} s); \
             after a power cut READY {:.2} s (guest {:.2} s), leader {:.2} s (guest {:.2} s) [{}]",
            f1.ready.0,
            f1.ready.1,
            f1.leader.0,
            f1.leader.1,
            f2.ready.0,
            f2.ready.1,
            f2.leader.0,
            f2.leader.1,
            f2.how
        );
        first.push(f1);
        again.push(f2);
    }
    let col = |v: &[Figures], f: fn(&Figures) -> f64| p50(v.iter().map(f).collect());
    println!("\nQEMU TCG, {runs} runs, p50 (nearest rank); wall = from QEMU's spawn, guest = the kernel's clock");
    println!("| | READY wall | READY guest | leader wall | leader guest |");
    println!("|---|---|---|---|---|");
    for (name, v) in [("first boot", &first), ("after a power cut", &again)] {
        println!(
            "| {name} | {:.2} s | {:.2} s | {:.2} s | {:.2} s |",
            col(v, |f| f.ready.0),
            col(v, |f| f.ready.1),
            col(v, |f| f.leader.0),
            col(v, |f| f.leader.1)
        );
    }
    println!("initramfs {initrd_mb:.1} MB (uncompressed cpio), daemon {bin_mb:.2} MB (debug info stripped)");
}
