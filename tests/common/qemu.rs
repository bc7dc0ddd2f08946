//! The hub as a hub vendor ships it, booted in QEMU: a real Linux kernel
//! (Debian's `linux-image-amd64`), systemd as PID 1 running the project's
//! own unit (`config/threshold.service`, unchanged), the daemon as user
//! `threshold`, its state on a virtio disk that survives power cuts, and
//! the radio exactly as a USB dongle would attach it: OpenThread's
//! simulated `ot-rcp` on the host, wired to the guest's second serial port
//! through a QEMU chardev, so the daemon opens
//! `spinel+hdlc+uart:///dev/ttyS1`.
//!
//! The guest image is an initramfs made here from the host's own files:
//!
//! | what | from |
//! |---|---|
//! | kernel | `/boot/vmlinuz-*` (the newest) |
//! | `/init` | a busybox (`busybox-static`) script: mounts, `insmod` of virtio, ext4 and tun (with the module dependencies `modprobe --show-depends` gives), the data disk on `/var/lib/threshold`, `eth0` at 10.0.2.15, `/dev/ttyS1` to group `dialout` and `/dev/net/tun` to mode 0666 (what udev's default rules do on an image), then `exec` systemd |
//! | PID 1 | the host's `/lib/systemd/systemd` (+ journald, systemd-shutdown) with the libraries `ldd` names |
//! | units | `config/threshold.service` as it is; the host's `*.target` units; journald's units; a boot target that wants the service; ctrl-alt-del powers off |
//! | daemon | the test's `threshold` binary (debug info stripped), `/etc/threshold/threshold.toml` |
//!
//! systemd, not a stand-in, is the init: it consumes the daemon's
//! `READY=1` (it prints `Started threshold.service` only then, for a
//! `Type=notify` unit), applies every sandboxing line of the unit, and
//! journald forwards the daemon's log to the console, where the test
//! reads it. The guest's network is QEMU's user network with `restrict=on`
//! (no way out of the guest) and the API's ports forwarded to 127.0.0.1.
//!
//! TCG (`-accel tcg`), not KVM: on this machine a guest under KVM hangs
//! before the kernel's first message.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::device::text;
use super::netns::NetNs;
use super::proc::{strip_ansi, RunningDaemon, Site};

/// The guest's uid and gid for `threshold` (as a Yocto `useradd` system
/// user would get); the data disk's files are owned by it.
pub const GUEST_UID: u32 = 999;
/// The guest's `dialout` group (Debian's and Yocto's number).
const DIALOUT_GID: u32 = 20;

/// The guest's configuration: the hub's defaults but for the radio on the
/// second serial port, the state on the data disk, and the API listening
/// on the guest's network (forwarded to the host's loopback).
pub const GUEST_CONFIG: &str = "state_dir = \"/var/lib/threshold\"\n\
runtime_dir = \"/run/threshold\"\n\
[api]\nlisten = \"0.0.0.0:8443\"\nenroll_listen = \"0.0.0.0:8444\"\n\
[mdns]\nenabled = true\ninterfaces = [\"lo\"]\n\
[thread]\nenabled = true\nradio_url = \"spinel+hdlc+uart:///dev/ttyS1?uart-baudrate=115200\"\n\
[matter]\nenabled = true\n";

/// systemd's console line once the daemon sent `READY=1` (the unit is
/// `Type=notify`; the kernel command line asks for unit names).
pub fn started(l: &str) -> bool {
    l.contains("Started threshold.service")
}

/// The daemon's log line (forwarded by journald) once it leads.
pub fn leader_line(l: &str) -> bool {
    l.contains("threshold") && l.contains("role=leader")
}

/// The guest's clock on a console line: the kernel's `[   12.345678]`
/// prefix (seconds since the kernel started), on lines journald forwards
/// and systemd's own.
pub fn guest_secs(l: &str) -> Option<f64> {
    let rest = l.trim_start().strip_prefix('[')?;
    let (n, _) = rest.split_once(']')?;
    n.trim().parse().ok()
}

/// The daemon's state as a factory (or the owner's first start) leaves it,
/// in `dir/state`: made by the real daemon on the host with the owner
/// enrolled, so the caller holds the owner's certificate and the hub root
/// CA (returned: the folder `threshold user enroll --out` wrote).
pub fn seed_state(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).expect("seed dir");
    let site = Site::new(dir, "", "", "[mdns]\nenabled = false\n");
    let d = RunningDaemon::start(&site);
    let code =
        std::fs::read_to_string(site.state.join("run").join("owner-code")).expect("owner code");
    let me = dir.join("me");
    let o = site.cli(&[
        "user",
        "enroll",
        "--code",
        code.trim(),
        "--name",
        "Alice",
        "--out",
        me.to_str().expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "enroll: {}", text(&o.stderr));
    d.stop();
    // The host's runtime files are not part of the hub's state.
    let _ = std::fs::remove_dir_all(site.state.join("run"));
    me
}

/// The host tools a boot needs, or what is missing.
pub fn missing_tools() -> Option<String> {
    let mut missing = Vec::new();
    for t in [
        "qemu-system-x86_64",
        "cpio",
        "mkfs.ext4",
        "strip",
        "ldd",
        "modprobe",
    ] {
        let found = std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(t).exists()))
            || Path::new("/usr/sbin").join(t).exists()
            || Path::new("/sbin").join(t).exists();
        if !found {
            missing.push(t.to_string());
        }
    }
    for f in ["/bin/busybox", "/lib/systemd/systemd"] {
        if !Path::new(f).exists() {
            missing.push(f.to_string());
        }
    }
    if kernel().is_none() {
        missing.push("/boot/vmlinuz-* (linux-image-amd64)".into());
    }
    (!missing.is_empty()).then(|| missing.join(", "))
}

/// The newest kernel in /boot and its release (`uname -r`).
pub fn kernel() -> Option<(PathBuf, String)> {
    let mut found: Vec<(PathBuf, String)> = std::fs::read_dir("/boot")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let release = name.strip_prefix("vmlinuz-")?.to_string();
            Path::new("/lib/modules")
                .join(&release)
                .exists()
                .then(|| (e.path(), release))
        })
        .collect();
    found.sort();
    found.pop()
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Copies `src` (following symlinks) to `root` + `dst`, making parents.
fn put(root: &Path, src: &Path, dst: &str) {
    let to = root.join(dst.trim_start_matches('/'));
    std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
    std::fs::copy(src, &to)
        .unwrap_or_else(|e| panic!("copy {} -> {}: {e}", src.display(), to.display()));
}

fn write(root: &Path, dst: &str, text: &str) {
    let to = root.join(dst.trim_start_matches('/'));
    std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
    std::fs::write(&to, text).expect("write");
}

fn symlink(root: &Path, link: &str, target: &str) {
    let at = root.join(link.trim_start_matches('/'));
    std::fs::create_dir_all(at.parent().expect("parent")).expect("mkdir");
    std::os::unix::fs::symlink(target, &at).expect("symlink");
}

/// An executable and every shared library `ldd` says it loads.
fn put_elf(root: &Path, src: &Path, dst: &str) {
    put(root, src, dst);
    let out = run(Command::new("ldd").arg(src));
    for line in out.lines() {
        // "libx.so.1 => /lib/.../libx.so.1 (0x...)" or "/lib64/ld-linux... (0x...)"
        let path = match line.split_once("=>") {
            Some((_, rest)) => rest.trim().split(' ').next().unwrap_or(""),
            None => line.trim().split(' ').next().unwrap_or(""),
        };
        if path.starts_with('/') && !root.join(path.trim_start_matches('/')).exists() {
            put(root, Path::new(path), path);
        }
    }
}

/// What the guest runs and boots from.
pub struct Image {
    /// The kernel.
    pub kernel: PathBuf,
    /// The initramfs (an uncompressed newc cpio).
    pub initrd: PathBuf,
}

/// Builds the initramfs under `dir`: the daemon `bin` with `unit` (the
/// systemd unit, installed as it is) and `config` as
/// /etc/threshold/threshold.toml.
pub fn build_image(dir: &Path, bin: &Path, unit: &Path, config: &str) -> Image {
    let (kernel, release) = kernel().expect("a kernel in /boot");
    let root = dir.join("root");
    let _ = std::fs::remove_dir_all(&root);
    for d in [
        "usr/bin",
        "usr/sbin",
        "usr/lib",
        "usr/lib64",
        "etc",
        "proc",
        "sys",
        "dev",
        "run",
        "tmp",
        "var/tmp",
        "var/lib/threshold",
        "root",
        "home",
    ] {
        std::fs::create_dir_all(root.join(d)).expect("mkdir");
    }
    // Debian's and Yocto's merged /usr.
    for (l, t) in [
        ("bin", "usr/bin"),
        ("sbin", "usr/sbin"),
        ("lib", "usr/lib"),
        ("lib64", "usr/lib64"),
    ] {
        symlink(&root, l, t);
    }
    symlink(&root, "var/run", "../run");
    put(&root, Path::new("/bin/busybox"), "/usr/bin/busybox");
    for applet in [
        "sh", "mount", "umount", "insmod", "ip", "chgrp", "chmod", "mkdir", "cat", "echo",
    ] {
        symlink(&root, &format!("/usr/bin/{applet}"), "busybox");
    }
    for b in ["systemd", "systemd-journald", "systemd-shutdown"] {
        let p = format!("/lib/systemd/{b}");
        put_elf(&root, Path::new(&p), &p);
    }
    // The daemon, without its debug info (the initramfs sits in the
    // guest's RAM).
    let stripped = dir.join("threshold");
    run(Command::new("strip")
        .arg("--strip-debug")
        .arg("-o")
        .arg(&stripped)
        .arg(bin));
    put_elf(&root, &stripped, "/usr/bin/threshold");

    // Kernel modules, each after what it depends on.
    let mut modules: Vec<String> = Vec::new();
    for m in ["virtio_pci", "virtio_blk", "virtio_net", "ext4", "tun"] {
        let deps = run(Command::new("modprobe").args(["--show-depends", "-S", &release, m]));
        for line in deps.lines() {
            if let Some(p) = line.strip_prefix("insmod ") {
                let p = p.trim().to_string();
                if !modules.contains(&p) {
                    put(&root, Path::new(&p), &p);
                    modules.push(p);
                }
            }
        }
    }
    let insmods: String = modules
        .iter()
        .map(|m| format!("insmod {m} 2>/dev/null || echo \"init: no $(basename {m})\"\n"))
        .collect();
    write(
        &root,
        "/init",
        &format!(
            "#!/bin/sh\n\
             # The test image's early init (tests/common/qemu.rs); systemd follows.\n\
             export PATH=/usr/sbin:/usr/bin\n\
             mount -t proc proc /proc\n\
             mount -t sysfs sysfs /sys\n\
             mount -t devtmpfs devtmpfs /dev\n\
             {insmods}\
             mount -t ext4 /dev/vda /var/lib/threshold || echo 'init: no data disk'\n\
             ip link set lo up\n\
             ip link set eth0 up\n\
             ip addr add 10.0.2.15/24 dev eth0\n\
             ip route add default via 10.0.2.2\n\
             chgrp {DIALOUT_GID} /dev/ttyS1 && chmod 0660 /dev/ttyS1\n\
             chmod 0666 /dev/net/tun\n\
             exec /lib/systemd/systemd\n"
        ),
    );
    std::fs::set_permissions(
        root.join("init"),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .expect("chmod init");

    // Users, as the recipe's useradd makes them.
    write(
        &root,
        "/etc/passwd",
        &format!(
            "root:x:0:0:root:/root:/bin/sh\n\
             threshold:x:{GUEST_UID}:{GUEST_UID}:Threshold border router:/var/lib/threshold:/usr/sbin/nologin\n"
        ),
    );
    write(
        &root,
        "/etc/group",
        &format!("root:x:0:\ndialout:x:{DIALOUT_GID}:threshold\nthreshold:x:{GUEST_UID}:\n"),
    );
    write(
        &root,
        "/etc/nsswitch.conf",
        "passwd: files\ngroup: files\nshadow: files\n",
    );
    write(
        &root,
        "/etc/os-release",
        "NAME=\"Threshold test image\"\nID=threshold-test\nPRETTY_NAME=\"Threshold test image (QEMU)\"\n",
    );
    write(&root, "/etc/hostname", "threshold-hub\n");
    write(&root, "/etc/threshold/threshold.toml", config);

    // systemd: the project's unit as it is, the stock targets, journald
    // forwarding to the console.
    let unit_text = std::fs::read_to_string(unit).expect("unit");
    write(&root, "/etc/systemd/system/threshold.service", &unit_text);
    write(
        &root,
        "/etc/systemd/system/threshold-boot.target",
        "[Unit]\nDescription=Threshold test boot\nRequires=basic.target\n\
         Wants=threshold.service\nAfter=basic.target\nAllowIsolate=yes\n",
    );
    symlink(
        &root,
        "/etc/systemd/system/ctrl-alt-del.target",
        "/lib/systemd/system/poweroff.target",
    );
    for e in std::fs::read_dir("/lib/systemd/system").expect("units") {
        let e = e.expect("unit");
        let name = e.file_name().into_string().unwrap_or_default();
        if name.ends_with(".target") && e.path().is_file() {
            put(&root, &e.path(), &format!("/lib/systemd/system/{name}"));
        }
    }
    for u in [
        "systemd-journald.service",
        "systemd-journald.socket",
        "systemd-journald-dev-log.socket",
        "systemd-journald-audit.socket",
        "systemd-poweroff.service",
    ] {
        let p = format!("/lib/systemd/system/{u}");
        put(&root, Path::new(&p), &p);
    }
    for s in ["systemd-journald.socket", "systemd-journald-dev-log.socket"] {
        symlink(
            &root,
            &format!("/etc/systemd/system/sockets.target.wants/{s}"),
            &format!("/lib/systemd/system/{s}"),
        );
    }
    symlink(
        &root,
        "/etc/systemd/system/sysinit.target.wants/systemd-journald.service",
        "/lib/systemd/system/systemd-journald.service",
    );
    write(
        &root,
        "/etc/systemd/journald.conf",
        "[Journal]\nStorage=volatile\nForwardToConsole=yes\nMaxLevelConsole=info\n",
    );

    let initrd = dir.join("initrd.cpio");
    run(Command::new("sh").arg("-c").arg(format!(
        "cd '{}' && find . | cpio --quiet -o -H newc -R 0:0 > '{}'",
        root.display(),
        initrd.display()
    )));
    Image { kernel, initrd }
}

/// An ext4 disk image of `size_mib` holding `state` (made by a daemon on
/// the host), every file owned by the guest's `threshold` user: the hub's
/// data partition.
pub fn data_disk(state: &Path, out: &Path, size_mib: u32) {
    run(Command::new("chown")
        .args(["-R", &format!("{GUEST_UID}:{GUEST_UID}")])
        .arg(state));
    run(Command::new("mkfs.ext4")
        .args(["-q", "-F", "-L", "threshold", "-d"])
        .arg(state)
        .arg(out)
        .arg(format!("{size_mib}M")));
}

/// A TCP port on 127.0.0.1 that was free a moment ago (QEMU's forwards
/// name their host port up front).
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

/// A running guest.
pub struct Guest {
    qemu: Option<Child>,
    rcp: Arc<Mutex<Option<Child>>>,
    console: Receiver<String>,
    /// Every console line so far (ANSI colours stripped).
    pub lines: Arc<Mutex<Vec<String>>>,
    /// When each line of `lines` arrived, since QEMU started.
    arrivals: Arc<Mutex<Vec<Duration>>>,
    monitor: PathBuf,
    /// When QEMU was started.
    pub started: Instant,
}

/// How to boot a guest.
pub struct Boot<'a> {
    /// Kernel and initramfs.
    pub image: &'a Image,
    /// The data disk (raw ext4).
    pub disk: &'a Path,
    /// Where the sockets go.
    pub dir: &'a Path,
    /// The namespace the simulated RCP runs in (its radio is UDP on the
    /// namespace's loopback).
    pub ns: &'a NetNs,
    /// Host port -> guest TCP port forwards, on 127.0.0.1.
    pub forwards: &'a [(u16, u16)],
}

impl Guest {
    /// Starts QEMU (TCG) and, once it connects the guest's second serial
    /// port, OpenThread's simulated RCP (node 1) on that connection.
    pub fn boot(b: &Boot<'_>) -> Guest {
        let rcp_sock = b.dir.join("rcp.sock");
        let monitor = b.dir.join("monitor.sock");
        let _ = std::fs::remove_file(&rcp_sock);
        let _ = std::fs::remove_file(&monitor);
        let listener = UnixListener::bind(&rcp_sock).expect("rcp socket");
        let rcp: Arc<Mutex<Option<Child>>> = Arc::new(Mutex::new(None));
        let slot = rcp.clone();
        let mut rcp_cmd = b.ns.command(super::otsim::ot_bin("ot-rcp"));
        rcp_cmd.arg("1");
        std::thread::spawn(move || {
            // One connection: QEMU's, for this boot.
            if let Ok((conn, _)) = listener.accept() {
                let out = conn.try_clone().expect("clone");
                let child = rcp_cmd
                    .stdin(Stdio::from(std::os::fd::OwnedFd::from(conn)))
                    .stdout(Stdio::from(std::os::fd::OwnedFd::from(out)))
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("spawn ot-rcp");
                *slot.lock().expect("rcp") = Some(child);
            }
        });
        let fwd: String = b
            .forwards
            .iter()
            .map(|(h, g)| format!(",hostfwd=tcp:127.0.0.1:{h}-:{g}"))
            .collect();
        let append = "console=ttyS0 rdinit=/init panic=-1 loglevel=4 \
                      systemd.unit=threshold-boot.target systemd.show_status=1 \
                      systemd.status_unit_format=name";
        let started = Instant::now();
        let mut qemu = Command::new("qemu-system-x86_64")
            .args(["-accel", "tcg", "-m", "1024", "-smp", "2", "-no-reboot"])
            .args(["-display", "none", "-vga", "none"])
            .arg("-kernel")
            .arg(&b.image.kernel)
            .arg("-initrd")
            .arg(&b.image.initrd)
            .args(["-append", append])
            .arg("-drive")
            .arg(format!(
                "file={},format=raw,if=virtio,cache=writeback",
                b.disk.display()
            ))
            .arg("-netdev")
            .arg(format!("user,id=n0,restrict=on{fwd}"))
            .args(["-device", "virtio-net-pci,netdev=n0"])
            .args(["-serial", "stdio"])
            .arg("-chardev")
            .arg(format!("socket,id=rcp,path={}", rcp_sock.display()))
            .args(["-serial", "chardev:rcp"])
            .arg("-monitor")
            .arg(format!("unix:{},server=on,wait=off", monitor.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn qemu-system-x86_64");
        let (tx, console) = channel();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let arrivals = Arc::new(Mutex::new(Vec::new()));
        let (all, times) = (lines.clone(), arrivals.clone());
        let stdout = qemu.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).split(b'\n').map_while(Result::ok) {
                let line = strip_ansi(String::from_utf8_lossy(&line).trim_end_matches('\r'));
                // One lock order: lines, then arrivals.
                let mut l = all.lock().expect("console");
                l.push(line.clone());
                times.lock().expect("arrivals").push(started.elapsed());
                drop(l);
                let _ = tx.send(line);
            }
        });
        let stderr = qemu.stderr.take().expect("stderr");
        let (all, times) = (lines.clone(), arrivals.clone());
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut l = all.lock().expect("console");
                l.push(format!("qemu: {line}"));
                times.lock().expect("arrivals").push(started.elapsed());
            }
        });
        Guest {
            qemu: Some(qemu),
            rcp,
            console,
            lines,
            arrivals,
            monitor,
            started,
        }
    }

    /// The console so far.
    pub fn transcript(&self) -> String {
        self.lines.lock().expect("console").join("\n")
    }

    /// Reads the console on until a line satisfies `pred`; the line and
    /// the time since QEMU started.
    pub fn wait_console(
        &self,
        within: Duration,
        what: &str,
        pred: impl Fn(&str) -> bool,
    ) -> (String, Duration) {
        let end = Instant::now() + within;
        loop {
            match self
                .console
                .recv_timeout(end.saturating_duration_since(Instant::now()))
            {
                Ok(l) if pred(&l) => return (l, self.started.elapsed()),
                Ok(_) => {}
                Err(_) => panic!(
                    "the guest never printed {what} within {within:?}; console:\n{}",
                    self.transcript()
                ),
            }
        }
    }

    /// The first console line so far that satisfies `pred`, else the next
    /// one ([`Guest::wait_console`]); for events whose order against
    /// another awaited line is not fixed (the daemon may lead before
    /// systemd prints that it started). The time is when the line arrived,
    /// since QEMU started.
    pub fn seen_or_wait(
        &self,
        within: Duration,
        what: &str,
        pred: impl Fn(&str) -> bool,
    ) -> (String, Duration) {
        let seen = {
            let lines = self.lines.lock().expect("console");
            let arrivals = self.arrivals.lock().expect("arrivals");
            lines
                .iter()
                .zip(arrivals.iter())
                .find(|(l, _)| pred(l))
                .map(|(l, t)| (l.clone(), *t))
        };
        match seen {
            Some(found) => found,
            None => self.wait_console(within, what, pred),
        }
    }

    /// Runs `cmd` on QEMU's human monitor and waits until QEMU has carried
    /// it out: the monitor prints its `(qemu)` prompt once on connection
    /// and again after the command (closing the connection earlier may
    /// drop the command).
    fn monitor(&self, cmd: &str) {
        use std::io::Read;
        let mut s = UnixStream::connect(&self.monitor).expect("monitor");
        writeln!(s, "{cmd}").expect("monitor command");
        let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
        let mut seen = Vec::new();
        let mut buf = [0u8; 512];
        while String::from_utf8_lossy(&seen).matches("(qemu)").count() < 2 {
            match s.read(&mut buf) {
                Ok(0) | Err(_) => panic!(
                    "QEMU's monitor did not carry out {cmd:?}: {}",
                    String::from_utf8_lossy(&seen)
                ),
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
    }

    /// Pulls the plug: QEMU is killed, the guest gets no shutdown, and
    /// whatever it had not written to its disk is lost.
    pub fn power_cut(mut self) {
        if let Some(mut q) = self.qemu.take() {
            let _ = q.kill();
            let _ = q.wait();
        }
        self.stop_rcp();
    }

    /// Ctrl-Alt-Del on the guest's keyboard: systemd powers off (the
    /// image maps ctrl-alt-del.target to poweroff.target), stopping the
    /// daemon with SIGTERM. Waits for QEMU to exit; its exit status.
    pub fn shutdown(mut self, within: Duration) -> Option<std::process::ExitStatus> {
        self.monitor("sendkey ctrl-alt-delete");
        let q = self.qemu.take().expect("running");
        let s = super::wait_exit(q, within);
        self.stop_rcp();
        s
    }

    fn stop_rcp(&self) {
        if let Some(mut c) = self.rcp.lock().expect("rcp").take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Guest {
    fn drop(&mut self) {
        if let Some(mut q) = self.qemu.take() {
            let _ = q.kill();
            let _ = q.wait();
        }
        self.stop_rcp();
    }
}
