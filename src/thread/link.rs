//! The byte link to the RCP and its spinel framing.
//!
//! OpenThread runs on the `openthread` crate's own [`SpinelRadio`], which
//! maps every `otPlatRadio*` call onto spinel properties (a mapping the crate
//! validated against stock `ot-rcp` firmware). What it needs from us is a
//! [`SpinelTransport`]: one raw spinel frame in, one out. [`RcpTransport`]
//! provides it over the link opened from the radio URL, and [`Supervised`]
//! wraps it so that a lost link never reaches the crate as an error (the
//! crate panics on some radio errors): the loss is recorded in a
//! [`LossFlag`] and the transport then stays pending until the supervisor
//! (`super::runner`) drops the whole OpenThread instance and starts over.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::process::Stdio;
use std::rc::Rc;

use openthread::spinel::{SpinelTransport, UartSpinelTransport, UartTransportResources};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, ChildStdin, ChildStdout};

use super::{LossReason, RadioUrl, ThreadError};

/// A byte pipe to a child process (stdin/stdout), for the simulated RCP.
#[derive(Debug)]
pub struct ChildPipe {
    stdin: ChildStdin,
    stdout: ChildStdout,
}

impl embedded_io_async::ErrorType for ChildPipe {
    type Error = std::io::Error;
}

impl embedded_io_async::Read for ChildPipe {
    async fn read(&mut self, buf: &mut [u8]) -> Result<usize, std::io::Error> {
        self.stdout.read(buf).await
    }
}

impl embedded_io_async::Write for ChildPipe {
    async fn write(&mut self, buf: &[u8]) -> Result<usize, std::io::Error> {
        self.stdin.write(buf).await
    }

    async fn flush(&mut self) -> Result<(), std::io::Error> {
        self.stdin.flush().await
    }
}

/// An open link to an RCP: the process (when the URL names a program) and
/// the HDLC-framed byte pipe.
pub struct OpenLink {
    /// The RCP process, killed when the link is dropped.
    pub child: Option<Child>,
    /// The byte pipe.
    pub pipe: ChildPipe,
}

impl std::fmt::Debug for OpenLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenLink")
            .field("pid", &self.child.as_ref().and_then(|c| c.id()))
            .finish_non_exhaustive()
    }
}

impl OpenLink {
    /// Opens the link named by `url`.
    pub fn open(url: &RadioUrl) -> Result<OpenLink, ThreadError> {
        match url {
            RadioUrl::Process { program, args } => {
                let mut child = tokio::process::Command::new(program)
                    .args(args)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .kill_on_drop(true)
                    .spawn()
                    .map_err(|e| ThreadError::RadioOpen {
                        url: url.to_string(),
                        reason: e.to_string(),
                    })?;
                let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
                    return Err(ThreadError::RadioOpen {
                        url: url.to_string(),
                        reason: "no stdio pipes".into(),
                    });
                };
                Ok(OpenLink {
                    child: Some(child),
                    pipe: ChildPipe { stdin, stdout },
                })
            }
        }
    }

    /// The RCP process id, if the link runs one.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().and_then(|c| c.id())
    }
}

/// The spinel frame transport to the RCP.
pub type RcpTransport<'a> = UartSpinelTransport<'a, ChildPipe>;

/// Builds the transport over an opened pipe.
pub fn transport(pipe: ChildPipe, resources: &mut UartTransportResources) -> RcpTransport<'_> {
    UartSpinelTransport::new(pipe, resources)
}

/// Where a [`Supervised`] transport records the loss of its link.
#[derive(Debug, Clone, Default)]
pub struct LossFlag {
    inner: Rc<RefCell<Option<LossReason>>>,
    notify: Rc<tokio::sync::Notify>,
}

impl LossFlag {
    /// Records `reason` (the first one wins) and wakes [`LossFlag::lost`].
    pub fn set(&self, reason: LossReason) {
        let mut r = self.inner.borrow_mut();
        if r.is_none() {
            *r = Some(reason);
        }
        drop(r);
        self.notify.notify_one();
    }

    /// Resolves once a loss was recorded.
    pub async fn lost(&self) -> LossReason {
        loop {
            if let Some(r) = self.inner.borrow().clone() {
                return r;
            }
            self.notify.notified().await;
        }
    }
}

/// A transport whose errors become a recorded loss (see the module docs).
#[derive(Debug)]
pub struct Supervised<T> {
    inner: T,
    loss: LossFlag,
}

impl<T> Supervised<T> {
    /// Wraps `inner`; losses go to `loss`.
    pub fn new(inner: T, loss: LossFlag) -> Self {
        Supervised { inner, loss }
    }
}

impl<T: SpinelTransport> SpinelTransport for Supervised<T> {
    type Error = std::convert::Infallible;

    async fn send(&mut self, frame: &[u8]) -> Result<(), Self::Error> {
        if let Err(e) = self.inner.send(frame).await {
            self.loss.set(LossReason::from_debug(&e));
            std::future::pending::<()>().await;
        }
        Ok(())
    }

    async fn recv(&mut self, buf: &mut [u8]) -> Result<usize, Self::Error> {
        match self.inner.recv(buf).await {
            Ok(n) => Ok(n),
            Err(e) => {
                self.loss.set(LossReason::from_debug(&e));
                std::future::pending().await
            }
        }
    }
}
