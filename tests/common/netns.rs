//! Private network namespaces for tests that send multicast (mDNS), so no
//! packet reaches the host's interfaces; and the processes run inside them.
//!
//! * [`NetNs::new`] makes a namespace with loopback up, multicast on and a
//!   `224.0.0.0/4` route on `lo`; [`NetNs::pair`] makes two joined by a veth
//!   pair (`th0` in each, 10.77.0.1/24 and 10.77.0.2/24, IPv6 off) with
//!   the multicast route on the veth; [`NetNs::pair_ipv6`] the same with
//!   IPv6 on the veth (ULA addresses, no DAD).
//! * Names are unique per process and call (`thr-<tag>-<pid>-<n>`), so tests
//!   run in parallel.
//! * [`NetNs`] deletes its namespace on drop, also when the test panics;
//!   [`Proc`] kills its process (group) on drop. Declare processes after
//!   their namespace so they drop first.
//! * [`NetNs::run`] runs a closure on a new thread that entered the
//!   namespace (`setns`): sockets it opens, threads and processes it spawns
//!   are inside too. Build a tokio runtime inside the closure.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Name of the veth end inside each namespace of a [`NetNs::pair`].
pub const VETH: &str = "th0";

fn sh(args: &[&str]) {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Deletes namespaces `thr-<tag>-<pid>-<n>` left by test processes that
/// no longer run (a test killed before its drop guards ran).
fn sweep_stale() {
    let Ok(dir) = std::fs::read_dir("/run/netns") else {
        return;
    };
    for e in dir.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix("thr-") else {
            continue;
        };
        let mut parts = rest.rsplitn(3, '-');
        let (Some(n), Some(pid), Some(_tag)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let dead = n.parse::<u32>().is_ok()
            && pid.parse::<u32>().is_ok()
            && !Path::new("/proc").join(pid).exists();
        if dead {
            let _ = Command::new("ip").args(["netns", "del", &name]).status();
        }
    }
}

/// A network namespace, deleted on drop.
pub struct NetNs {
    name: String,
    /// The address of this namespace's multicast interface.
    pub addr: String,
    /// The multicast interface (`lo` or [`VETH`]).
    pub iface: String,
}

impl NetNs {
    fn unique(tag: &str) -> String {
        sweep_stale();
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        // Namespace names become file names under /run/netns.
        format!("thr-{tag}-{}-{n}", std::process::id())
    }

    fn add(name: &str) {
        sh(&["ip", "netns", "add", name]);
        sh(&["ip", "-n", name, "link", "set", "lo", "up"]);
    }

    /// A namespace whose loopback carries multicast.
    pub fn new(tag: &str) -> NetNs {
        let name = Self::unique(tag);
        Self::add(&name);
        let ns = NetNs {
            name,
            addr: "127.0.0.1".into(),
            iface: "lo".into(),
        };
        sh(&["ip", "-n", &ns.name, "link", "set", "lo", "multicast", "on"]);
        sh(&[
            "ip",
            "-n",
            &ns.name,
            "route",
            "add",
            "224.0.0.0/4",
            "dev",
            "lo",
        ]);
        ns
    }

    /// Two namespaces joined by a veth pair (`th0` on both sides).
    pub fn pair(tag: &str) -> (NetNs, NetNs) {
        let a = Self::unique(&format!("{tag}a"));
        let b = Self::unique(&format!("{tag}b"));
        Self::add(&a);
        Self::add(&b);
        // IPv4 only: no link-local IPv6 addresses, so the advertised
        // address sets are exact.
        for n in [&a, &b] {
            for k in ["all", "default"] {
                sh(&[
                    "ip",
                    "netns",
                    "exec",
                    n,
                    "sysctl",
                    "-qw",
                    &format!("net.ipv6.conf.{k}.disable_ipv6=1"),
                ]);
            }
        }
        let na = NetNs {
            name: a,
            addr: "10.77.0.1".into(),
            iface: VETH.into(),
        };
        let nb = NetNs {
            name: b,
            addr: "10.77.0.2".into(),
            iface: VETH.into(),
        };
        sh(&[
            "ip", "-n", &na.name, "link", "add", VETH, "type", "veth", "peer", "name", VETH,
            "netns", &nb.name,
        ]);
        for ns in [&na, &nb] {
            sh(&[
                "ip",
                "-n",
                &ns.name,
                "addr",
                "add",
                &format!("{}/24", ns.addr),
                "dev",
                VETH,
            ]);
            sh(&[
                "ip",
                "-n",
                &ns.name,
                "link",
                "set",
                VETH,
                "multicast",
                "on",
                "up",
            ]);
            sh(&[
                "ip",
                "-n",
                &ns.name,
                "route",
                "add",
                "224.0.0.0/4",
                "dev",
                VETH,
            ]);
        }
        (na, nb)
    }

    /// [`NetNs::pair`] with IPv6 on the veth: duplicate address detection
    /// off (addresses usable at once), its link-local address and
    /// `fd00:77::1/64` / `fd00:77::2/64` (the same order as the pair).
    pub fn pair_ipv6(tag: &str) -> (NetNs, NetNs) {
        let (a, b) = Self::pair(tag);
        for (ns, addr) in [(&a, "fd00:77::1/64"), (&b, "fd00:77::2/64")] {
            for k in ["all", "default", VETH] {
                sh(&[
                    "ip",
                    "netns",
                    "exec",
                    &ns.name,
                    "sysctl",
                    "-qw",
                    &format!("net.ipv6.conf.{k}.accept_dad=0"),
                ]);
            }
            for k in ["all", "default", VETH, "lo"] {
                sh(&[
                    "ip",
                    "netns",
                    "exec",
                    &ns.name,
                    "sysctl",
                    "-qw",
                    &format!("net.ipv6.conf.{k}.disable_ipv6=0"),
                ]);
            }
            sh(&[
                "ip", "-n", &ns.name, "-6", "addr", "add", addr, "dev", VETH, "nodad",
            ]);
        }
        (a, b)
    }

    /// The namespace's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `ip netns exec <ns> program`.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new("ip");
        c.args(["netns", "exec", &self.name]).arg(program);
        c
    }

    /// Runs `f` on a thread inside the namespace and returns its result.
    pub fn run<R: Send + 'static>(&self, f: impl FnOnce() -> R + Send + 'static) -> R {
        let path = PathBuf::from("/run/netns").join(&self.name);
        std::thread::spawn(move || {
            let fd = std::fs::File::open(&path).expect("open netns");
            nix::sched::setns(fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
            f()
        })
        .join()
        .unwrap_or_else(|p| std::panic::resume_unwind(p))
    }

    /// RX/TX packet and byte counters of `iface` in the namespace:
    /// `(rx_packets, rx_bytes, tx_packets, tx_bytes)`.
    pub fn counters(&self, iface: &str) -> (u64, u64, u64, u64) {
        let read = |what: &str| -> u64 {
            let out = self
                .command("cat")
                .arg(format!("/sys/class/net/{iface}/statistics/{what}"))
                .output()
                .expect("cat");
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .unwrap_or(0)
        };
        (
            read("rx_packets"),
            read("rx_bytes"),
            read("tx_packets"),
            read("tx_bytes"),
        )
    }
}

impl Drop for NetNs {
    fn drop(&mut self) {
        // Kill what is still inside (simulated RCPs and nodes a failed test
        // left behind), then the name goes.
        if let Ok(o) = Command::new("ip")
            .args(["netns", "pids", &self.name])
            .output()
        {
            for pid in String::from_utf8_lossy(&o.stdout).split_whitespace() {
                let _ = Command::new("kill").args(["-9", pid]).status();
            }
        }
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .status();
    }
}

/// A child process (in its own process group), killed on drop.
pub struct Proc {
    pub child: Child,
    lines: Option<mpsc::Receiver<String>>,
    pub name: String,
}

impl Proc {
    /// Spawns `cmd` in a new process group; stdout lines are collected
    /// (see [`Proc::wait_line`]), stderr goes to the test's stderr.
    pub fn spawn(name: &str, mut cmd: Command) -> Proc {
        cmd.process_group(0)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        let out = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Proc {
            child,
            lines: Some(rx),
            name: name.to_owned(),
        }
    }

    /// The next stdout line that satisfies `pred`, waiting up to `timeout`
    /// (lines before it are consumed). Panics with `what` on timeout.
    pub fn wait_line(
        &mut self,
        timeout: Duration,
        what: &str,
        pred: impl Fn(&str) -> bool,
    ) -> String {
        self.try_wait_line(timeout, pred).unwrap_or_else(|| {
            panic!(
                "{}: timed out after {timeout:?} waiting for {what}",
                self.name
            )
        })
    }

    /// [`Proc::wait_line`] that returns `None` on timeout instead.
    pub fn try_wait_line(
        &mut self,
        timeout: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let deadline = Instant::now() + timeout;
        let rx = self.lines.as_ref().expect("stdout");
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) if pred(&line) => return Some(line),
                Ok(_) => {}
                Err(_) => return None,
            }
        }
    }

    /// Every stdout line available now.
    pub fn drain(&mut self) -> Vec<String> {
        let rx = self.lines.as_ref().expect("stdout");
        rx.try_iter().collect()
    }

    /// Sends SIGTERM and waits for the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        self.child.wait().expect("wait")
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let pgid = nix::unistd::Pid::from_raw(-(self.child.id() as i32));
        let _ = nix::sys::signal::kill(pgid, nix::sys::signal::Signal::SIGKILL);
        let _ = self.child.wait();
    }
}

/// The project's Python (`THRESHOLD_PYTHON`, default `.venv/bin/python`).
pub fn python() -> PathBuf {
    std::env::var_os("THRESHOLD_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python"))
}

/// python-zeroconf browsing `types` (`_x._tcp.local.`) on the namespace's
/// multicast interface; returns once it printed `ready`.
pub fn zeroconf_browser(ns: &NetNs, types: &[&str]) -> Proc {
    let mut cmd = ns.command(python());
    cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/zeroconf_browse.py"))
        .arg(&ns.addr)
        .args(types);
    let mut p = Proc::spawn("zeroconf browser", cmd);
    p.wait_line(Duration::from_secs(20), "browser ready", |l| {
        l.contains("\"ready\"")
    });
    p
}

/// python-zeroconf browsing `types` over IPv6 on every interface of `ns`
/// (an SRP-proxied Thread host has AAAA records only); returns once it
/// printed `ready`.
pub fn zeroconf_browser_v6(ns: &NetNs, types: &[&str]) -> Proc {
    let mut cmd = ns.command(python());
    cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/zeroconf_browse.py"))
        .arg("v6")
        .args(types);
    let mut p = Proc::spawn("zeroconf browser", cmd);
    p.wait_line(Duration::from_secs(20), "browser ready", |l| {
        l.contains("\"ready\"")
    });
    p
}

/// avahi-daemon with its own D-Bus system bus, inside `ns`, on the
/// namespace's multicast interface. Runtime files live in a temp dir; the
/// fixed `/run/avahi-daemon` of the daemon is a tmpfs private to it.
pub struct Avahi {
    // Field order: processes drop (are killed) before the directory.
    pub daemon: Proc,
    pub dbus: Proc,
    pub dir: tempfile::TempDir,
}

impl Avahi {
    pub fn start(ns: &NetNs) -> Avahi {
        let dir = tempfile::tempdir().expect("tempdir");
        let bus = dir.path().join("bus");
        let dbus_conf = dir.path().join("dbus.conf");
        std::fs::write(
            &dbus_conf,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="signal"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
  </policy>
</busconfig>
"#,
                bus.display()
            ),
        )
        .expect("dbus conf");
        let mut c = ns.command("dbus-daemon");
        c.arg(format!("--config-file={}", dbus_conf.display()))
            .args(["--nofork", "--nopidfile", "--print-address"]);
        let mut dbus = Proc::spawn("dbus-daemon", c);
        dbus.wait_line(Duration::from_secs(10), "dbus address", |l| {
            l.starts_with("unix:")
        });
        let avahi_conf = dir.path().join("avahi-daemon.conf");
        std::fs::write(
            &avahi_conf,
            format!(
                "[server]\nhost-name=avahi-peer\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces={}\nenable-dbus=yes\nratelimit-burst=1000\n\n[publish]\npublish-workstation=no\npublish-hinfo=no\n",
                ns.iface
            ),
        )
        .expect("avahi conf");
        let mut c = ns.command("sh");
        c.arg("-c")
            .arg(format!(
                "mkdir -p /run/avahi-daemon && mount -t tmpfs none /run/avahi-daemon && exec avahi-daemon --no-drop-root --no-chroot --no-rlimits -f {}",
                avahi_conf.display()
            ))
            .env("DBUS_SYSTEM_BUS_ADDRESS", format!("unix:path={}", bus.display()));
        let daemon = Proc::spawn("avahi-daemon", c);
        let avahi = Avahi { daemon, dbus, dir };
        // Ready once it answers over D-Bus.
        super::wait_until(Duration::from_secs(20), "avahi-daemon to come up", || {
            avahi
                .command(ns, "avahi-browse")
                .args(["-atp"])
                .output()
                .map(|o| o.status.success())
                .unwrap_or(false)
        });
        avahi
    }

    /// `program` inside `ns`, talking to this avahi over its D-Bus.
    pub fn command(&self, ns: &NetNs, program: &str) -> Command {
        let mut c = ns.command(program);
        c.env(
            "DBUS_SYSTEM_BUS_ADDRESS",
            format!("unix:path={}", self.dir.path().join("bus").display()),
        );
        c
    }
}

/// Resolved services of type `ty` (`_x._tcp`) as `avahi-browse -arpt`
/// prints them (`=;iface;IPv4;name;type;domain;host;addr;port;txt`), split
/// on `;`, run inside namespace `ns` against the avahi whose runtime
/// directory is `avahi_dir`; polled until `pred` holds for one line.
pub fn avahi_resolved(
    ns: &str,
    avahi_dir: &Path,
    ty: &str,
    timeout: Duration,
    pred: impl Fn(&[&str]) -> bool,
) -> Vec<Vec<String>> {
    let what = format!("avahi-browse to resolve {ty} as expected");
    super::wait_until(timeout, &what, || {
        let out = Command::new("ip")
            .args(["netns", "exec", ns, "avahi-browse", "-arpt"])
            .env(
                "DBUS_SYSTEM_BUS_ADDRESS",
                format!("unix:path={}", avahi_dir.join("bus").display()),
            )
            .output()
            .expect("avahi-browse");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let found: Vec<Vec<String>> = text
            .lines()
            .filter(|l| l.starts_with("=;"))
            .map(|l| l.split(';').map(avahi_unescape).collect::<Vec<_>>())
            .filter(|f| f.len() >= 10 && f[4] == ty)
            .collect();
        if found
            .iter()
            .any(|f| pred(&f.iter().map(String::as_str).collect::<Vec<_>>()))
        {
            Ok(found)
        } else {
            Err(format!("\n{text}"))
        }
    })
}

/// Undoes avahi-browse's `\DDD` (decimal) escapes of its parsable output.
fn avahi_unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 3 < b.len() && b[i + 1..i + 4].iter().all(u8::is_ascii_digit) {
            let n = (b[i + 1] - b'0') as u32 * 100
                + (b[i + 2] - b'0') as u32 * 10
                + (b[i + 3] - b'0') as u32;
            out.push(n as u8);
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
