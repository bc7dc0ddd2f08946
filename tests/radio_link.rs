//! The radio driver (matcher, connection, transports) against OpenThread's
//! own simulated RCP (`ot-rcp`), each test in its own network namespace.

mod common;
use common::{netns, otsim};

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use netns::NetNs;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use threshold::radio::spinel::{Cap, Command, Frame, PropId, PropValue, SpinelError, Status};
use threshold::radio::transport::{self, FdStream};
use threshold::radio::{self, connect, LinkEnd, Options, RadioError, RadioUrl};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

const WAIT: Duration = Duration::from_secs(10);

async fn within<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(WAIT, f).await.expect("within 10 s")
}

#[tokio::test]
async fn requests_are_matched_by_tid_against_the_real_rcp() {
    let ns = NetNs::new("radio");
    let (conn, handle) = radio::open(&otsim::rcp_url(ns.name(), 1)).await.unwrap();
    let task = tokio::spawn(conn.run());

    let v = within(handle.get(PropId::ProtocolVersion)).await.unwrap();
    assert_eq!(v, PropValue::ProtocolVersion { major: 4, minor: 3 });
    let PropValue::HwAddr(eui) = within(handle.get(PropId::HwAddr)).await.unwrap() else {
        panic!()
    };
    assert_ne!(eui, [0; 8]);

    // 40 concurrent requests through 15 TIDs: the excess waits for a free
    // TID, and each answer reaches its caller.
    let mut set = tokio::task::JoinSet::new();
    for i in 0..40 {
        let h = handle.clone();
        set.spawn(async move {
            let prop = [
                PropId::ProtocolVersion,
                PropId::InterfaceType,
                PropId::Caps,
                PropId::HwAddr,
            ][i % 4];
            (prop, h.get(prop).await.expect("answered"))
        });
    }
    while let Some(r) = within(set.join_next()).await {
        let (prop, v) = r.unwrap();
        assert_eq!(v.prop(), prop);
        if let PropValue::Caps(caps) = v {
            assert!(caps.contains(&Cap::CONFIG_RADIO));
        }
    }

    // An unknown property comes back as a LAST_STATUS error, typed.
    match within(handle.get(PropId::Other(16383))).await {
        Err(RadioError::Status {
            status: Status::PropNotFound,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    // A host reset is expected: the link stays up.
    within(handle.reset()).await.unwrap();
    assert!(within(handle.get(PropId::NcpVersion)).await.is_ok());
    assert_eq!(handle.link_end(), None);

    handle.shutdown().await;
    assert_eq!(task.await.unwrap(), LinkEnd::Closed);
    assert!(matches!(
        handle.get(PropId::HwAddr).await,
        Err(RadioError::LinkDown(LinkEnd::Closed))
    ));
}

#[tokio::test]
async fn raw_pipe_carries_frames_with_their_own_tids_and_unsolicited_ones() {
    let ns = NetNs::new("radio");
    let (conn, handle) = radio::open(&otsim::rcp_url(ns.name(), 1)).await.unwrap();
    tokio::spawn(conn.run());
    let mut raw = handle.take_raw_receiver().expect("first taker");
    assert!(handle.take_raw_receiver().is_none());

    // The boot notification arrives on the raw pipe (TID 0).
    let boot = Frame::parse(&within(raw.recv()).await.unwrap()).unwrap();
    assert_eq!(boot.header.tid(), 0);
    assert_eq!(
        boot.value().unwrap(),
        Some(PropValue::LastStatus(Status::Reset(0)))
    );

    // As SpinelRadio does: its own TID 5, its own CMD_RESET.
    handle.send_raw(&[0x85, 0x02, 0x05]).await.unwrap();
    let caps = Frame::parse(&within(raw.recv()).await.unwrap()).unwrap();
    assert_eq!(caps.header.tid(), 5);
    assert!(matches!(caps.value().unwrap(), Some(PropValue::Caps(_))));
    // A request meanwhile gets a TID the raw client does not hold.
    handle.send_raw(&[0x83, 0x02, 0x08]).await.unwrap();
    let got = within(handle.request(Command::PropValueGet, PropId::InterfaceType, &[]))
        .await
        .unwrap();
    assert_ne!(got.header.tid(), 3);
    let hw = Frame::parse(&within(raw.recv()).await.unwrap()).unwrap();
    assert_eq!((hw.header.tid(), hw.prop), (3, Some(PropId::HwAddr)));

    handle.send_raw(&[0x80, 0x01, 0x02]).await.unwrap();
    let reset = Frame::parse(&within(raw.recv()).await.unwrap()).unwrap();
    assert_eq!(
        reset.value().unwrap(),
        Some(PropValue::LastStatus(Status::Reset(0)))
    );
    assert_eq!(handle.link_end(), None, "a reset the host sent is expected");

    // Requests that cannot be encoded are refused, their TID released.
    for _ in 0..20 {
        assert!(matches!(
            handle.request(Command::PropValueGet, None, &[]).await,
            Err(RadioError::Spinel(SpinelError::MissingProp))
        ));
    }
    assert!(matches!(
        handle.request(Command::Other(1 << 21), None, &[]).await,
        Err(RadioError::Spinel(SpinelError::OutOfRange(_)))
    ));
    // Bad raw frames are refused with no state change.
    assert!(matches!(
        handle.send_raw(&[]).await,
        Err(RadioError::Spinel(_))
    ));
    assert!(matches!(
        handle.send_raw(&[0x01, 0x02]).await,
        Err(RadioError::Spinel(_))
    ));
    assert!(within(handle.get(PropId::HwAddr)).await.is_ok());
}

#[tokio::test]
async fn killed_rcp_ends_the_link_with_eof() {
    let ns = NetNs::new("radio");
    let (conn, handle) = radio::open(&otsim::rcp_url(ns.name(), 1)).await.unwrap();
    let pid = conn.child_pid().expect("child");
    let task = tokio::spawn(conn.run());
    within(handle.get(PropId::HwAddr)).await.unwrap();
    kill(Pid::from_raw(pid as i32), Signal::SIGKILL).unwrap();
    assert_eq!(within(handle.closed()).await, LinkEnd::Eof);
    assert_eq!(task.await.unwrap(), LinkEnd::Eof);
    assert!(matches!(
        handle.get(PropId::HwAddr).await,
        Err(RadioError::LinkDown(LinkEnd::Eof))
    ));
}

#[tokio::test]
async fn stopped_rcp_ends_the_link_with_timeout() {
    let ns = NetNs::new("radio");
    let opts = Options {
        request_timeout: Duration::from_millis(300),
        ..Options::default()
    };
    let (conn, handle) = radio::open_with(&otsim::rcp_url(ns.name(), 1), opts)
        .await
        .unwrap();
    let pid = Pid::from_raw(conn.child_pid().expect("child") as i32);
    tokio::spawn(conn.run());
    within(handle.get(PropId::HwAddr)).await.unwrap();
    kill(pid, Signal::SIGSTOP).unwrap();
    let r = within(handle.get(PropId::HwAddr)).await;
    assert!(
        matches!(
            r,
            Err(RadioError::Timeout {
                command: Command::PropValueGet,
                prop: Some(PropId::HwAddr)
            })
        ),
        "{r:?}"
    );
    assert!(matches!(
        within(handle.closed()).await,
        LinkEnd::Timeout { .. }
    ));
    let _ = kill(pid, Signal::SIGCONT);
}

/// Wraps the real transport and writes extra bytes into it behind the
/// connection's back (before the next write the connection makes).
struct Injector {
    inner: FdStream,
    pending: Arc<Mutex<Vec<u8>>>,
}

impl AsyncRead for Injector {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for Injector {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        loop {
            let pending = std::mem::take(&mut *self.pending.lock().unwrap());
            if pending.is_empty() {
                break;
            }
            match Pin::new(&mut self.inner).poll_write(cx, &pending) {
                Poll::Ready(Ok(n)) => self
                    .pending
                    .lock()
                    .unwrap()
                    .splice(0..0, pending[n..].iter().copied())
                    .for_each(drop),
                other => {
                    self.pending
                        .lock()
                        .unwrap()
                        .splice(0..0, pending.iter().copied())
                        .for_each(drop);
                    return other.map(|r| r.map(|_| 0));
                }
            }
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[tokio::test]
async fn reset_the_host_did_not_send_is_an_unexpected_reset() {
    let ns = NetNs::new("radio");
    let opened = transport::open(&otsim::rcp_url(ns.name(), 1))
        .await
        .unwrap();
    let pending = Arc::new(Mutex::new(Vec::new()));
    let opts = Options {
        reset_window: Duration::from_millis(300),
        ..Options::default()
    };
    let (conn, handle) = connect(
        Injector {
            inner: opened.stream,
            pending: pending.clone(),
        },
        opened.child,
        opts,
    );
    tokio::spawn(conn.run());
    within(handle.get(PropId::HwAddr)).await.unwrap();
    // A sleep on purpose: the link's opening counts as a reset for 300 ms
    // (`reset_window`), on the connection's real clock; that time must
    // pass for the reset below to be unexpected.
    tokio::time::sleep(Duration::from_millis(400)).await;
    // A CMD_RESET the connection never saw: to it, the RCP restarts by itself.
    pending
        .lock()
        .unwrap()
        .extend_from_slice(include_bytes!("fixtures/spinel/reset.host.bin"));
    let r = within(handle.get(PropId::HwAddr)).await;
    assert!(
        matches!(
            r,
            Ok(_) | Err(RadioError::Reset) | Err(RadioError::LinkDown(_))
        ),
        "{r:?}"
    );
    assert_eq!(
        within(handle.closed()).await,
        LinkEnd::UnexpectedReset { reason: 0 }
    );
}

#[tokio::test]
async fn uart_transport_over_a_real_tty() {
    // A pty pair stands in for the USB-serial line: ot-rcp on the master,
    // the driver opens the slave device node through a uart URL (termios
    // raw, 8N1, 460800 baud, RTS/CTS).
    let ns = NetNs::new("radio");
    let pty = nix::pty::openpty(None, None).unwrap();
    let dev = nix::unistd::ttyname(&pty.slave).unwrap();
    let master_out = pty.master.try_clone().unwrap();
    let mut child = ns
        .command(otsim::ot_bin("ot-rcp"))
        .arg("1")
        .stdin(std::process::Stdio::from(pty.master))
        .stdout(std::process::Stdio::from(master_out))
        .spawn()
        .unwrap();
    // ot-rcp sets the line raw at start-up (through the master: one termios
    // per pty on Linux); open the device after that so our settings are last.
    common::wait_until(WAIT, "ot-rcp to start (the line raw)", || {
        !nix::sys::termios::tcgetattr(&pty.slave)
            .unwrap()
            .local_flags
            .contains(nix::sys::termios::LocalFlags::ICANON)
    });
    let url: RadioUrl = format!(
        "spinel+hdlc+uart://{}?uart-baudrate=460800&uart-flow-control",
        dev.display()
    )
    .parse()
    .unwrap();
    let (conn, handle) = radio::open(&url).await.unwrap();
    tokio::spawn(conn.run());
    let v = within(handle.get(PropId::ProtocolVersion)).await.unwrap();
    assert_eq!(v, PropValue::ProtocolVersion { major: 4, minor: 3 });
    let t = nix::sys::termios::tcgetattr(&pty.slave).unwrap();
    assert_eq!(
        nix::sys::termios::cfgetospeed(&t),
        nix::sys::termios::BaudRate::B460800
    );
    assert!(t
        .control_flags
        .contains(nix::sys::termios::ControlFlags::CS8));
    assert!(
        !t.local_flags
            .contains(nix::sys::termios::LocalFlags::ICANON),
        "raw mode"
    );
    handle.shutdown().await;
    child.kill().unwrap();
    child.wait().unwrap();
}

#[tokio::test]
async fn open_errors_are_clear() {
    let url: RadioUrl = "spinel+hdlc+uart:///dev/does-not-exist?uart-baudrate=460800"
        .parse()
        .unwrap();
    let e = radio::open(&url).await.unwrap_err();
    assert!(e.to_string().contains("/dev/does-not-exist"), "{e}");
    let url: RadioUrl = "spinel+hdlc+uart:///etc/hostname".parse().unwrap();
    let e = radio::open(&url).await.unwrap_err();
    assert!(e.to_string().contains("is it a tty?"), "{e}");
    let url: RadioUrl = "spinel+hdlc+forkpty:///nonexistent/ot-rcp?forkpty-arg=1"
        .parse()
        .unwrap();
    let e = radio::open(&url).await.unwrap_err();
    assert!(
        e.to_string()
            .contains("starting the simulated RCP /nonexistent/ot-rcp"),
        "{e}"
    );
}
