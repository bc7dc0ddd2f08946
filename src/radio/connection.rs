//! Tier 3: the tokio [`Connection`] task and its cloneable [`Handle`].
//!
//! The connection task owns the transport and a [`Matcher`]; it only moves
//! bytes and drives the matcher (STYLE.md #2): one `select!` over the
//! transport, the handles' command channel and the matcher's next deadline.
//!
//! Guarantees:
//!
//! * [`Handle::request`]s beyond the 15 TIDs wait, in order, for a TID to
//!   free up (an answer or the link's end); callers never see TID
//!   exhaustion.
//! * Every inbound frame goes to exactly one place: the pending
//!   [`Handle::request`] with its TID, or the raw pipe
//!   ([`Handle::take_raw_receiver`]): unsolicited TID-0 frames, answers to
//!   [`Handle::send_raw`] frames, answers nobody waits for. The raw pipe holds
//!   [`Options::raw_capacity`] frames; beyond that frames are dropped and
//!   counted, never blocking the link.
//! * Malformed HDLC or Spinel frames are logged and dropped; the link goes on.
//! * The link ends, once, with a [`LinkEnd`]: the RCP closed the stream
//!   (`Eof`), missed a deadline (`Timeout`), restarted without being asked
//!   (`UnexpectedReset`), an I/O error, or [`Handle::shutdown`] / every
//!   handle dropped (`Closed`). [`Handle::closed`] resolves with it; pending
//!   and later requests fail with [`RadioError::LinkDown`]. The task returns
//!   the same value; it never panics and never exits the process.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::Child;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

use super::hdlc::{self, Decoder};
use super::matcher::{Matcher, Route, DEFAULT_REQUEST_TIMEOUT, DEFAULT_RESET_WINDOW};
use super::spinel::{Command, Frame, Header, PropId, PropValue, Status};
use super::transport::Transport;
use super::{LinkEnd, RadioError};

/// Tunables of a connection.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// How long a request (or a raw frame with a TID) waits for its answer
    /// before the link is declared lost.
    pub request_timeout: Duration,
    /// How long after a host `CMD_RESET` a reset notification is expected.
    pub reset_window: Duration,
    /// Raw-pipe frames buffered before new ones are dropped.
    pub raw_capacity: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            reset_window: DEFAULT_RESET_WINDOW,
            raw_capacity: 256,
        }
    }
}

enum Cmd {
    Request {
        command: Command,
        prop: Option<PropId>,
        payload: Vec<u8>,
        reply: oneshot::Sender<Result<Frame, RadioError>>,
    },
    Raw {
        frame: Vec<u8>,
        reply: oneshot::Sender<Result<(), RadioError>>,
    },
    Reset {
        reply: oneshot::Sender<Result<(), RadioError>>,
    },
    Shutdown,
}

/// A cloneable handle to a running [`Connection`].
#[derive(Clone)]
pub struct Handle {
    cmd: mpsc::Sender<Cmd>,
    end: watch::Receiver<Option<LinkEnd>>,
    raw: Arc<Mutex<Option<mpsc::Receiver<Vec<u8>>>>>,
    options: Options,
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handle")
            .field("end", &*self.end.borrow())
            .finish_non_exhaustive()
    }
}

/// The connection task: run it with [`Connection::run`] (e.g. `tokio::spawn`).
pub struct Connection {
    transport: Box<dyn Transport>,
    child: Option<Child>,
    cmd: mpsc::Receiver<Cmd>,
    end: watch::Sender<Option<LinkEnd>>,
    raw: mpsc::Sender<Vec<u8>>,
    options: Options,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("child", &self.child.as_ref().and_then(Child::id))
            .finish_non_exhaustive()
    }
}

/// A connection over `transport` (keeping `child` alive while it runs, and
/// killing it when it ends) and its first handle.
pub fn connect<T: Transport>(
    transport: T,
    child: Option<Child>,
    options: Options,
) -> (Connection, Handle) {
    let (cmd_tx, cmd_rx) = mpsc::channel(64);
    let (end_tx, end_rx) = watch::channel(None);
    let (raw_tx, raw_rx) = mpsc::channel(options.raw_capacity.max(1));
    (
        Connection {
            transport: Box::new(transport),
            child,
            cmd: cmd_rx,
            end: end_tx,
            raw: raw_tx,
            options,
        },
        Handle {
            cmd: cmd_tx,
            end: end_rx,
            raw: Arc::new(Mutex::new(Some(raw_rx))),
            options,
        },
    )
}

impl Handle {
    fn down(&self) -> RadioError {
        RadioError::LinkDown(self.end.borrow().clone().unwrap_or(LinkEnd::Closed))
    }

    async fn send(&self, cmd: Cmd) -> Result<(), RadioError> {
        self.cmd.send(cmd).await.map_err(|_| self.down())
    }

    /// Sends `command` (with `prop` and `payload`) on a fresh TID and waits
    /// for the RCP's answer with that TID (any command: usually
    /// `PROP_VALUE_IS`, or `LAST_STATUS` for an error). Fails with
    /// [`RadioError::Timeout`] when no answer comes within the request
    /// timeout (the link is then lost), [`RadioError::LinkDown`] when the
    /// link ended.
    pub async fn request(
        &self,
        command: Command,
        prop: impl Into<Option<PropId>>,
        payload: &[u8],
    ) -> Result<Frame, RadioError> {
        let (reply, rx) = oneshot::channel();
        self.send(Cmd::Request {
            command,
            prop: prop.into(),
            payload: payload.to_vec(),
            reply,
        })
        .await?;
        rx.await.map_err(|_| self.down())?
    }

    /// `PROP_VALUE_GET prop`, typed. An answer that is a `LAST_STATUS` error
    /// instead of the property becomes [`RadioError::Status`].
    pub async fn get(&self, prop: PropId) -> Result<PropValue, RadioError> {
        let frame = self.request(Command::PropValueGet, prop, &[]).await?;
        match frame.value()? {
            Some(v) if v.prop() == prop => Ok(v),
            Some(PropValue::LastStatus(status)) => Err(RadioError::Status { prop, status }),
            _ => Err(RadioError::Unexpected {
                prop,
                command: frame.command,
                got: frame.prop,
            }),
        }
    }

    /// Sends one raw Spinel frame (its own header and TID; this HDLC-encodes
    /// it). Its answer, if any, arrives on the raw receiver. Refused if the
    /// frame is not Spinel or reuses the TID of a pending [`Handle::request`].
    pub async fn send_raw(&self, frame: &[u8]) -> Result<(), RadioError> {
        let (reply, rx) = oneshot::channel();
        self.send(Cmd::Raw {
            frame: frame.to_vec(),
            reply,
        })
        .await?;
        rx.await.map_err(|_| self.down())?
    }

    /// The receiver of every inbound raw Spinel frame (HDLC removed) not
    /// consumed by a pending request. There is one: the first call gets it,
    /// later calls `None`.
    pub fn take_raw_receiver(&self) -> Option<mpsc::Receiver<Vec<u8>>> {
        self.raw.lock().ok().and_then(|mut r| r.take())
    }

    /// Resets the RCP (`CMD_RESET`, stack reset) and waits for its reset
    /// notification (which also goes to the raw pipe).
    pub async fn reset(&self) -> Result<(), RadioError> {
        let (reply, rx) = oneshot::channel();
        self.send(Cmd::Reset { reply }).await?;
        match tokio::time::timeout(self.options.reset_window, rx).await {
            Ok(r) => r.map_err(|_| self.down())?,
            Err(_) => Err(RadioError::Timeout {
                command: Command::Reset,
                prop: None,
            }),
        }
    }

    /// Why the link ended, if it has.
    pub fn link_end(&self) -> Option<LinkEnd> {
        self.end.borrow().clone()
    }

    /// Resolves when the link ends, with the reason.
    pub async fn closed(&self) -> LinkEnd {
        let mut end = self.end.clone();
        let r = match end.wait_for(Option::is_some).await {
            Ok(v) => v.clone().unwrap_or(LinkEnd::Closed),
            Err(_) => LinkEnd::Closed,
        };
        r
    }

    /// Ends the link (`LinkEnd::Closed`) and waits until it is down.
    pub async fn shutdown(&self) {
        let _ = self.cmd.send(Cmd::Shutdown).await;
        self.closed().await;
    }
}

/// A request waiting for its answer: what was asked, where to answer.
type Waiter = (
    Command,
    Option<PropId>,
    oneshot::Sender<Result<Frame, RadioError>>,
);

struct State {
    matcher: Matcher,
    pending: HashMap<u8, Waiter>,
    /// Requests waiting for a free TID (more than 15 in flight).
    queued: VecDeque<Cmd>,
    reset_waiters: Vec<oneshot::Sender<Result<(), RadioError>>>,
    raw_dropped: u64,
    bad_frames: u64,
}

impl Connection {
    /// The process id of the simulated RCP behind a forkpty link.
    pub fn child_pid(&self) -> Option<u32> {
        self.child.as_ref().and_then(Child::id)
    }

    /// Runs the link until it ends; returns (and publishes to every handle)
    /// why. Kills the simulated RCP child, if any, on the way out.
    pub async fn run(mut self) -> LinkEnd {
        let now = Instant::now().into_std();
        let mut st = State {
            matcher: Matcher::new(now, self.options.request_timeout, self.options.reset_window),
            pending: HashMap::new(),
            queued: VecDeque::new(),
            reset_waiters: Vec::new(),
            raw_dropped: 0,
            bad_frames: 0,
        };
        let end = self.drive(&mut st).await;
        tracing::info!(reason = %end, raw_dropped = st.raw_dropped, bad_frames = st.bad_frames, "radio link ended");
        for (_, (_, _, reply)) in st.pending.drain() {
            let _ = reply.send(Err(RadioError::LinkDown(end.clone())));
        }
        for w in st.reset_waiters.drain(..) {
            let _ = w.send(Err(RadioError::LinkDown(end.clone())));
        }
        for cmd in st.queued.drain(..) {
            if let Cmd::Request { reply, .. } = cmd {
                let _ = reply.send(Err(RadioError::LinkDown(end.clone())));
            }
        }
        self.end.send_replace(Some(end.clone()));
        if let Some(mut child) = self.child.take() {
            let _ = child.start_kill();
            let _ = child.wait().await;
        }
        end
    }

    async fn drive(&mut self, st: &mut State) -> LinkEnd {
        let mut decoder = Decoder::default();
        let mut buf = vec![0u8; 4096];
        let mut out = Vec::with_capacity(512);
        loop {
            let deadline = st.matcher.poll_timeout();
            tokio::select! {
                r = self.transport.read(&mut buf) => {
                    let n = match r {
                        Ok(0) => return LinkEnd::Eof,
                        Ok(n) => n,
                        Err(e) => return LinkEnd::from_io(&e),
                    };
                    let mut input = buf.get(..n).unwrap_or_default();
                    loop {
                        match decoder.decode(&mut input) {
                            Ok(Some(raw)) => {
                                if let Some(end) = self.inbound(st, raw) {
                                    return end;
                                }
                            }
                            Ok(None) => break,
                            Err(e) => {
                                st.bad_frames += 1;
                                tracing::debug!(error = %e, "radio: dropped a malformed HDLC frame");
                            }
                        }
                    }
                    // Answers freed TIDs: send what waited for one.
                    while st.matcher.free_tids() > 0 {
                        let Some(cmd) = st.queued.pop_front() else { break };
                        out.clear();
                        if let Some(end) = self.outbound(st, cmd, &mut out).await {
                            return end;
                        }
                    }
                }
                cmd = self.cmd.recv() => {
                    let Some(cmd) = cmd else { return LinkEnd::Closed };
                    out.clear();
                    if let Some(end) = self.outbound(st, cmd, &mut out).await {
                        return end;
                    }
                }
                () = sleep_until_opt(deadline) => {
                    let now = Instant::now().into_std();
                    let expired = st.matcher.handle_timeout(now);
                    if let Some(&(tid, owner)) = expired.first() {
                        for (tid, _) in &expired {
                            if let Some((command, prop, reply)) = st.pending.remove(tid) {
                                let _ = reply.send(Err(RadioError::Timeout { command, prop }));
                            }
                        }
                        tracing::warn!(tid, ?owner, "radio: RCP did not answer in time");
                        return LinkEnd::Timeout { tid };
                    }
                }
            }
        }
    }

    /// Routes one inbound frame; `Some` ends the link.
    fn inbound(&mut self, st: &mut State, raw: Vec<u8>) -> Option<LinkEnd> {
        let frame = match Frame::parse(&raw) {
            Ok(f) => f,
            Err(e) => {
                st.bad_frames += 1;
                tracing::debug!(error = %e, "radio: dropped a malformed spinel frame");
                return None;
            }
        };
        let now = Instant::now().into_std();
        match st.matcher.handle_frame(now, &frame) {
            Route::Response(tid) => {
                if let Some((_, _, reply)) = st.pending.remove(&tid) {
                    let _ = reply.send(Ok(frame));
                }
                None
            }
            route => {
                let reset = matches!(
                    frame.value(),
                    Ok(Some(PropValue::LastStatus(Status::Reset(_))))
                ) && frame.header.tid() == 0;
                if reset {
                    // Requests the matcher dropped will not be answered by
                    // the reset RCP.
                    let dropped: Vec<u8> = st
                        .pending
                        .keys()
                        .copied()
                        .filter(|&tid| !st.matcher.holds(tid))
                        .collect();
                    for tid in dropped {
                        if let Some((_, _, reply)) = st.pending.remove(&tid) {
                            let _ = reply.send(Err(RadioError::Reset));
                        }
                    }
                }
                if self.raw.try_send(raw).is_err() {
                    st.raw_dropped += 1;
                }
                match route {
                    Route::UnexpectedReset(reason) => Some(LinkEnd::UnexpectedReset { reason }),
                    _ => {
                        if reset {
                            for w in st.reset_waiters.drain(..) {
                                let _ = w.send(Ok(()));
                            }
                        }
                        None
                    }
                }
            }
        }
    }

    /// Carries out one handle command; `Some` ends the link.
    async fn outbound(&mut self, st: &mut State, cmd: Cmd, out: &mut Vec<u8>) -> Option<LinkEnd> {
        let now = Instant::now().into_std();
        match cmd {
            Cmd::Shutdown => return Some(LinkEnd::Closed),
            Cmd::Request {
                command,
                prop,
                payload,
                reply,
            } => {
                let tid = match st.matcher.start_request(now) {
                    Ok(t) => t,
                    Err(_) => {
                        // All 15 TIDs in flight: wait for one to free up.
                        st.queued.push_back(Cmd::Request {
                            command,
                            prop,
                            payload,
                            reply,
                        });
                        return None;
                    }
                };
                let frame = Frame {
                    header: match Header::new(0, tid) {
                        Ok(h) => h,
                        Err(e) => {
                            st.matcher.cancel(tid);
                            let _ = reply.send(Err(e.into()));
                            return None;
                        }
                    },
                    command,
                    prop,
                    payload,
                };
                match frame.to_bytes() {
                    Ok(bytes) => hdlc::encode(&bytes, out),
                    Err(e) => {
                        st.matcher.cancel(tid);
                        let _ = reply.send(Err(e.into()));
                        return None;
                    }
                }
                st.pending.insert(tid, (command, prop, reply));
            }
            Cmd::Raw { frame, reply } => {
                let packet = match super::spinel::Packet::new_checked(&frame[..]) {
                    Ok(p) => p,
                    Err(e) => {
                        let _ = reply.send(Err(e.into()));
                        return None;
                    }
                };
                if let Err(e) = st.matcher.raw_sent(now, packet.tid(), packet.command()) {
                    let _ = reply.send(Err(e.into()));
                    return None;
                }
                hdlc::encode(&frame, out);
                let _ = reply.send(Ok(()));
            }
            Cmd::Reset { reply } => {
                st.matcher.reset_sent(now);
                // TID 0, CMD_RESET, reset type 2 (stack).
                hdlc::encode(&[0x80, 0x01, 0x02], out);
                st.reset_waiters.push(reply);
            }
        }
        if let Err(e) = self.transport.write_all(out).await {
            return Some(LinkEnd::from_io(&e));
        }
        if let Err(e) = self.transport.flush().await {
            return Some(LinkEnd::from_io(&e));
        }
        None
    }
}

async fn sleep_until_opt(deadline: Option<std::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(Instant::from_std(d)).await,
        None => std::future::pending().await,
    }
}
