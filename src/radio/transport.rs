//! Transports: the byte streams a [`super::Connection`] runs over.
//!
//! A transport is anything `AsyncRead + AsyncWrite + Send + Unpin` (the
//! seam test doubles wrap: see STYLE.md #11). Two real ones:
//!
//! * a serial device (`spinel+hdlc+uart`), opened non-blocking without
//!   becoming the controlling terminal, set through termios to raw mode, 8N1,
//!   the URL's baud rate, receiver on, modem lines ignored, and RTS/CTS
//!   hardware flow control when the URL says `uart-flow-control`;
//! * a program on a pseudo-terminal (`spinel+hdlc+forkpty`, the simulated
//!   `ot-rcp`): `openpty`, the slave set raw and given to the child as
//!   stdin and stdout (no `fork` in our code: `std`'s spawn does it), the
//!   master kept as the stream. The child is killed and reaped when the
//!   [`Opened`] value (or the connection owning it) is dropped; its stderr is
//!   logged at debug level.
//!
//! On Linux a pty master reads `EIO` once the child closed the slave (it
//! exited); [`FdStream`] reports that as end of file.

use std::io;
use std::os::fd::OwnedFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::pin::Pin;
use std::process::Stdio;
use std::task::{ready, Context, Poll};

use nix::fcntl::{fcntl, FcntlArg, OFlag};
use nix::sys::termios::{self, BaudRate, ControlFlags, InputFlags, SetArg};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, BufReader, ReadBuf};
use tokio::net::unix::pipe;
use tokio::process::{Child, Command};

use super::url::{RadioTarget, RadioUrl};
use super::RadioError;

/// A byte stream to an RCP.
pub trait Transport: AsyncRead + AsyncWrite + Send + Unpin + 'static {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> Transport for T {}

/// A non-blocking file descriptor (tty or pty master) as a tokio stream.
///
/// Built on `tokio::net::unix::pipe`'s reader and writer over two duplicates
/// of the descriptor: they are tokio's safe wrappers for any pollable,
/// non-blocking character stream (tokio 1.54 deprecated the safe `AsyncFd`
/// constructors and the crate forbids `unsafe` here).
#[derive(Debug)]
pub struct FdStream {
    rx: pipe::Receiver,
    tx: pipe::Sender,
}

impl FdStream {
    /// Makes `fd` non-blocking and registers it with the tokio reactor
    /// (must be called inside a runtime).
    pub fn new(fd: OwnedFd) -> io::Result<Self> {
        let flags = fcntl(&fd, FcntlArg::F_GETFL).map_err(io::Error::from)?;
        let flags = OFlag::from_bits_truncate(flags) | OFlag::O_NONBLOCK;
        fcntl(&fd, FcntlArg::F_SETFL(flags)).map_err(io::Error::from)?;
        let write_fd = fd.try_clone()?;
        Ok(FdStream {
            rx: pipe::Receiver::from_owned_fd_unchecked(fd)?,
            tx: pipe::Sender::from_owned_fd_unchecked(write_fd)?,
        })
    }
}

impl AsyncRead for FdStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match ready!(Pin::new(&mut self.rx).poll_read(cx, buf)) {
            // A pty master whose slave side closed (the child exited).
            Err(e) if e.raw_os_error() == Some(nix::libc::EIO) => Poll::Ready(Ok(())),
            other => Poll::Ready(other),
        }
    }
}

impl AsyncWrite for FdStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tx).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tx).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tx).poll_shutdown(cx)
    }
}

/// An opened transport plus the child process behind it (forkpty).
#[derive(Debug)]
pub struct Opened {
    /// The byte stream.
    pub stream: FdStream,
    /// The simulated RCP process (killed and reaped on drop).
    pub child: Option<Child>,
}

/// Opens the transport a radio URL names.
pub async fn open(url: &RadioUrl) -> Result<Opened, RadioError> {
    for (k, _) in &url.other {
        tracing::info!(param = %k, "radio URL parameter ignored by this driver");
    }
    match &url.target {
        RadioTarget::Uart {
            device,
            baud,
            flow_control,
        } => Ok(Opened {
            stream: open_serial(device, *baud, *flow_control)?,
            child: None,
        }),
        RadioTarget::Forkpty { program, args } => {
            let (stream, child) = spawn_pty(program, args)?;
            Ok(Opened {
                stream,
                child: Some(child),
            })
        }
    }
}

fn baud_rate(baud: u32) -> Option<BaudRate> {
    Some(match baud {
        9600 => BaudRate::B9600,
        19_200 => BaudRate::B19200,
        38_400 => BaudRate::B38400,
        57_600 => BaudRate::B57600,
        115_200 => BaudRate::B115200,
        230_400 => BaudRate::B230400,
        460_800 => BaudRate::B460800,
        500_000 => BaudRate::B500000,
        576_000 => BaudRate::B576000,
        921_600 => BaudRate::B921600,
        1_000_000 => BaudRate::B1000000,
        2_000_000 => BaudRate::B2000000,
        3_000_000 => BaudRate::B3000000,
        _ => return None,
    })
}

fn io_err<'a>(context: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> RadioError + 'a {
    move |source| RadioError::Io {
        context,
        path: path.display().to_string(),
        source,
    }
}

/// Opens and configures a serial device: raw, 8N1, `baud`, optional RTS/CTS.
pub fn open_serial(device: &Path, baud: u32, flow_control: bool) -> Result<FdStream, RadioError> {
    let speed = baud_rate(baud).ok_or(RadioError::Url(super::url::UrlError::Baud(
        baud.to_string(),
    )))?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags((OFlag::O_NOCTTY | OFlag::O_NONBLOCK).bits())
        .open(device)
        .map_err(io_err("opening the radio's serial device", device))?;
    let nix_err = |e: nix::Error| io::Error::from(e);
    let mut t = termios::tcgetattr(&file).map_err(nix_err).map_err(io_err(
        "reading the serial device's termios (is it a tty?)",
        device,
    ))?;
    termios::cfmakeraw(&mut t);
    termios::cfsetspeed(&mut t, speed)
        .map_err(nix_err)
        .map_err(io_err("setting the serial baud rate", device))?;
    t.control_flags &= !(ControlFlags::CSIZE | ControlFlags::PARENB | ControlFlags::CSTOPB);
    t.control_flags |= ControlFlags::CS8 | ControlFlags::CLOCAL | ControlFlags::CREAD;
    t.control_flags.set(ControlFlags::CRTSCTS, flow_control);
    t.input_flags &= !(InputFlags::IXON | InputFlags::IXOFF | InputFlags::IXANY);
    termios::tcsetattr(&file, SetArg::TCSANOW, &t)
        .map_err(nix_err)
        .map_err(io_err("configuring the serial device", device))?;
    // Stale bytes from before we opened are not ours.
    termios::tcflush(&file, termios::FlushArg::TCIOFLUSH)
        .map_err(nix_err)
        .map_err(io_err("flushing the serial device", device))?;
    FdStream::new(OwnedFd::from(file)).map_err(io_err("registering the serial device", device))
}

/// The service manager's variables for the daemon itself (sd_notify(3),
/// sd_watchdog_enabled(3), sd_listen_fds(3)): a child never inherits them.
pub const SERVICE_MANAGER_VARS: &[&str] = &[
    "NOTIFY_SOCKET",
    "WATCHDOG_USEC",
    "WATCHDOG_PID",
    "LISTEN_FDS",
    "LISTEN_PID",
    "LISTEN_FDNAMES",
];

/// Runs `program args...` with a raw pty slave as stdin and stdout, in
/// the daemon's environment less [`SERVICE_MANAGER_VARS`].
pub fn spawn_pty(program: &Path, args: &[String]) -> Result<(FdStream, Child), RadioError> {
    let nix_err = |e: nix::Error| io::Error::from(e);
    let pty = nix::pty::openpty(None, None)
        .map_err(nix_err)
        .map_err(io_err("opening a pseudo-terminal for", program))?;
    let mut t = termios::tcgetattr(&pty.slave)
        .map_err(nix_err)
        .map_err(io_err("reading the pty's termios for", program))?;
    termios::cfmakeraw(&mut t);
    termios::tcsetattr(&pty.slave, SetArg::TCSANOW, &t)
        .map_err(nix_err)
        .map_err(io_err("setting the pty raw for", program))?;
    let slave_out = pty
        .slave
        .try_clone()
        .map_err(io_err("duplicating the pty slave for", program))?;
    let mut cmd = Command::new(program);
    // The RCP is not the service: systemd's notification socket and
    // watchdog are the daemon's alone (docs/systemd.md).
    for var in SERVICE_MANAGER_VARS {
        cmd.env_remove(var);
    }
    cmd.args(args)
        .stdin(Stdio::from(pty.slave))
        .stdout(Stdio::from(slave_out))
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let mut child = cmd
        .spawn()
        .map_err(io_err("starting the simulated RCP", program))?;
    // Our copies of the slave go with `cmd`: the master then sees EOF (EIO)
    // when the child exits.
    drop(cmd);
    if let Some(stderr) = child.stderr.take() {
        let name = program.display().to_string();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                tracing::debug!(rcp = %name, "{line}");
            }
        });
    }
    let stream = FdStream::new(pty.master).map_err(io_err("registering the pty of", program))?;
    Ok((stream, child))
}
