//! The spinel frame pipe from OpenThread's `SpinelRadio` to the RCP, over
//! the radio driver ([`crate::radio`]), with RCP-loss recovery.
//!
//! [`RcpLink`] implements the crate's
//! [`openthread::spinel::SpinelTransport`] on a
//! [`crate::radio::Handle`]'s raw pipe (`send_raw` + the raw receiver). It is
//! *reconnecting and state-replaying*, like the reference border router's
//! `RadioSpinel::RecoverFromRcpFailure`:
//!
//! * every radio property the host sets (`PROP_VALUE_SET`, and the
//!   source-match tables' `INSERT`/`REMOVE`) is recorded, last value wins,
//!   in first-set order (the PHY is enabled before the raw stream);
//! * when the link ends ([`crate::radio::LinkEnd`]: EOF, a request timeout,
//!   an unexpected reset, an I/O error), the next `send`/`recv` reopens the
//!   radio URL with backoff, probes and checks the new RCP
//!   ([`crate::radio::rcp::probe_and_check`]: a wrong firmware is refused
//!   with the error naming the firmware needed), resets it, replays the
//!   recorded properties, re-sends the frame whose answer was pending, and
//!   carries on. OpenThread never sees the outage except as lost or failed
//!   transmissions: it keeps its role, dataset and frame counters;
//! * the reconnection runs in a future owned by the link, so a caller that
//!   cancels `recv` (the crate races it against its own 2 s timeout) does not
//!   cancel the recovery.
//!
//! Recovery steps are reported as [`ThreadEvent`]s (radio lost, reopening,
//! radio up with the RCP version, recovered) for logging and audit.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::{Duration, Instant};

use openthread::spinel::SpinelTransport;
use tokio::sync::mpsc;

use crate::radio::rcp::{probe_and_check, RcpInfo};
use crate::radio::spinel::{Command, Packet, PropId};
use crate::radio::transport::open;
use crate::radio::{connect, Handle, Options, RadioUrl};

use super::{LossReason, ThreadEvent};

/// Spinel property ids whose last value is replayed onto a new RCP.
const REPLAYED: [u32; 12] = [
    0x20,   // PHY_ENABLED
    0x21,   // PHY_CHAN
    0x24,   // PHY_CCA_THRESHOLD
    0x25,   // PHY_TX_POWER
    0x34,   // MAC_15_4_LADDR
    0x35,   // MAC_15_4_SADDR
    0x36,   // MAC_15_4_PANID
    0x37,   // MAC_RAW_STREAM_ENABLED
    0x38,   // MAC_PROMISCUOUS_MODE
    0x3b,   // MAC_RX_ON_WHEN_IDLE_MODE
    0x3c,   // MAC_15_4_ALT_SADDR
    0x1303, // MAC_SRC_MATCH_ENABLED
];
/// Source-match tables, replayed as clear + one INSERT per entry.
const TABLES: [u32; 2] = [0x1304, 0x1305];

/// What the host has configured on the RCP (replayed after a reconnect).
#[derive(Debug, Default, Clone)]
pub struct RadioState {
    props: Vec<(u32, Vec<u8>)>,
    tables: Vec<(u32, Vec<Vec<u8>>)>,
}

impl RadioState {
    /// Records a host->RCP frame if it configures replayed state.
    pub fn record(&mut self, frame: &[u8]) {
        let Ok(p) = Packet::new_checked(frame) else {
            return;
        };
        let Ok(Some((prop, payload))) = p.prop() else {
            return;
        };
        let id = u32::from(prop);
        match p.command() {
            Command::PropValueSet if REPLAYED.contains(&id) => {
                match self.props.iter_mut().find(|(k, _)| *k == id) {
                    Some((_, v)) => *v = payload.to_vec(),
                    None => self.props.push((id, payload.to_vec())),
                }
            }
            Command::PropValueSet if TABLES.contains(&id) => {
                self.table(id).clear();
            }
            Command::PropValueInsert if TABLES.contains(&id) => {
                let t = self.table(id);
                if !t.iter().any(|e| e == payload) {
                    t.push(payload.to_vec());
                }
            }
            Command::PropValueRemove if TABLES.contains(&id) => {
                self.table(id).retain(|e| e != payload);
            }
            _ => {}
        }
    }

    fn table(&mut self, id: u32) -> &mut Vec<Vec<u8>> {
        let i = match self.tables.iter().position(|(k, _)| *k == id) {
            Some(i) => i,
            None => {
                self.tables.push((id, Vec::new()));
                self.tables.len() - 1
            }
        };
        &mut self.tables[i].1
    }

    /// Number of recorded properties and table entries.
    pub fn len(&self) -> usize {
        self.props.len() + self.tables.iter().map(|(_, t)| t.len()).sum::<usize>()
    }

    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Replays the state onto a freshly reset RCP.
    async fn replay(&self, h: &Handle) -> Result<(), String> {
        for (id, v) in &self.props {
            h.request(Command::PropValueSet, PropId::from(*id), v)
                .await
                .map_err(|e| format!("replaying property {id:#x}: {e}"))?;
        }
        for (id, entries) in &self.tables {
            h.request(Command::PropValueSet, PropId::from(*id), &[])
                .await
                .map_err(|e| format!("clearing table {id:#x}: {e}"))?;
            for e in entries {
                h.request(Command::PropValueInsert, PropId::from(*id), e)
                    .await
                    .map_err(|e| format!("replaying table {id:#x}: {e}"))?;
            }
        }
        Ok(())
    }
}

/// A live connection.
struct Live {
    handle: Handle,
    raw: mpsc::Receiver<Vec<u8>>,
    pid: Option<u32>,
    info: RcpInfo,
}

/// What the service reads about the link (for status).
#[derive(Debug, Default)]
pub struct LinkInfo {
    /// The current RCP's process id (process URLs).
    pub pid: Option<u32>,
    /// The current RCP's firmware (version string and more).
    pub rcp: Option<String>,
    /// Whether the link is up.
    pub up: bool,
    /// Outages recovered.
    pub recoveries: u32,
    /// Why the last outage began.
    pub last_loss: Option<String>,
}

type Connecting = Pin<Box<dyn Future<Output = Result<Live, String>>>>;

/// Reconnection tunables.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    /// Delay before the second attempt (the first is immediate).
    pub min: Duration,
    /// Largest delay.
    pub max: Duration,
}

/// The reconnecting, state-replaying spinel transport (module docs).
pub struct RcpLink {
    url: RadioUrl,
    backoff: Backoff,
    events: mpsc::UnboundedSender<ThreadEvent>,
    info: Rc<RefCell<LinkInfo>>,
    state: Rc<RefCell<RadioState>>,
    live: Option<Live>,
    connecting: Option<Connecting>,
    /// Last host frame with a TID whose answer has not come yet.
    inflight: Option<Vec<u8>>,
    attempt: u32,
    lost_at: Option<Instant>,
}

impl std::fmt::Debug for RcpLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RcpLink")
            .field("url", &self.url.to_string())
            .finish_non_exhaustive()
    }
}

/// Opens, probes, checks and (when `state` is not empty) restores one RCP.
async fn connect_once(url: RadioUrl, state: RadioState) -> Result<Live, String> {
    let opened = open(&url).await.map_err(|e| e.to_string())?;
    let (conn, handle) = connect(opened.stream, opened.child, Options::default());
    let pid = conn.child_pid();
    tokio::spawn(conn.run());
    let fail = |h: &Handle, e: String| {
        let h = h.clone();
        async move {
            h.shutdown().await;
            Err(e)
        }
    };
    let info = match probe_and_check(&handle).await {
        Ok(i) => i,
        Err(e) => return fail(&handle, e.to_string()).await,
    };
    let Some(raw) = handle.take_raw_receiver() else {
        return fail(&handle, "raw receiver already taken".into()).await;
    };
    if !state.is_empty() {
        if let Err(e) = handle.reset().await {
            return fail(&handle, format!("reset: {e}")).await;
        }
        if let Err(e) = state.replay(&handle).await {
            return fail(&handle, e).await;
        }
    }
    Ok(Live {
        handle,
        raw,
        pid,
        info,
    })
}

impl RcpLink {
    /// Opens the radio now (probe and firmware check included). Fails with
    /// the driver's error (e.g. the firmware refusal naming what is needed).
    pub async fn open(
        url: RadioUrl,
        backoff: Backoff,
        events: mpsc::UnboundedSender<ThreadEvent>,
    ) -> Result<RcpLink, String> {
        let live = connect_once(url.clone(), RadioState::default()).await?;
        let info = LinkInfo {
            pid: live.pid,
            rcp: Some(live.info.to_string()),
            up: true,
            ..LinkInfo::default()
        };
        let _ = events.send(ThreadEvent::RadioUp {
            pid: live.pid,
            rcp: live.info.to_string(),
        });
        Ok(RcpLink {
            url,
            backoff,
            events,
            info: Rc::new(RefCell::new(info)),
            state: Rc::default(),
            live: Some(live),
            connecting: None,
            inflight: None,
            attempt: 0,
            lost_at: None,
        })
    }

    /// What the service shows about the link.
    pub fn info(&self) -> Rc<RefCell<LinkInfo>> {
        self.info.clone()
    }

    fn emit(&self, ev: ThreadEvent) {
        let _ = self.events.send(ev);
    }

    /// Marks the link lost (once per outage).
    fn lost(&mut self, reason: String) {
        if let Some(live) = self.live.take() {
            let h = live.handle;
            tokio::spawn(async move { h.shutdown().await });
        }
        if self.lost_at.is_none() {
            self.lost_at = Some(Instant::now());
            self.attempt = 0;
            tracing::warn!(%reason, "thread: RCP lost");
            {
                let mut i = self.info.borrow_mut();
                i.up = false;
                i.pid = None;
                i.last_loss = Some(reason.clone());
            }
            self.emit(ThreadEvent::RadioLost {
                reason: LossReason(reason),
            });
        }
    }

    /// Waits until a live link exists (reconnecting as needed).
    async fn ensure_live(&mut self) {
        while self.live.is_none() {
            if self.connecting.is_none() {
                let delay = if self.attempt == 0 {
                    Duration::ZERO
                } else {
                    (self.backoff.min * 2u32.saturating_pow(self.attempt - 1)).min(self.backoff.max)
                };
                self.attempt += 1;
                tracing::info!(
                    attempt = self.attempt,
                    delay_ms = delay.as_millis() as u64,
                    "thread: reopening the RCP"
                );
                self.emit(ThreadEvent::Reopening {
                    attempt: self.attempt,
                    delay,
                });
                let (url, state) = (self.url.clone(), self.state.borrow().clone());
                self.connecting = Some(Box::pin(async move {
                    tokio::time::sleep(delay).await;
                    connect_once(url, state).await
                }));
            }
            let Some(fut) = self.connecting.as_mut() else {
                continue;
            };
            let r = fut.await;
            self.connecting = None;
            match r {
                Ok(live) => {
                    let after = self.lost_at.take().map(|t| t.elapsed()).unwrap_or_default();
                    let rcp = live.info.to_string();
                    {
                        let mut i = self.info.borrow_mut();
                        i.up = true;
                        i.pid = live.pid;
                        i.rcp = Some(rcp.clone());
                        i.recoveries += 1;
                    }
                    tracing::info!(%rcp, after_ms = after.as_millis() as u64, "thread: RCP restored");
                    self.emit(ThreadEvent::RadioUp { pid: live.pid, rcp });
                    self.emit(ThreadEvent::Recovered { after });
                    // The frame whose answer died with the old RCP is sent
                    // again, so its sender gets the answer it waits for.
                    if let Some(f) = self.inflight.clone() {
                        if live.handle.send_raw(&f).await.is_err() {
                            self.live = Some(live);
                            self.lost("re-sending the pending frame failed".into());
                            continue;
                        }
                    }
                    self.live = Some(live);
                }
                Err(e) => {
                    tracing::warn!(error = %e, attempt = self.attempt, "thread: cannot reopen the RCP");
                    self.emit(ThreadEvent::RadioOpenFailed { reason: e });
                }
            }
        }
    }
}

impl SpinelTransport for RcpLink {
    type Error = std::convert::Infallible;

    async fn send(&mut self, frame: &[u8]) -> Result<(), Self::Error> {
        tracing::trace!(frame = %hex::encode(frame), "thread: to RCP");
        self.state.borrow_mut().record(frame);
        let tid = frame.first().map(|h| h & 0x0f).unwrap_or(0);
        self.inflight = (tid != 0).then(|| frame.to_vec());
        loop {
            self.ensure_live().await;
            let Some(live) = self.live.as_ref() else {
                continue;
            };
            match live.handle.send_raw(frame).await {
                Ok(()) => return Ok(()),
                Err(e) => self.lost(e.to_string()),
            }
        }
    }

    async fn recv(&mut self, buf: &mut [u8]) -> Result<usize, Self::Error> {
        loop {
            self.ensure_live().await;
            let Some(live) = self.live.as_mut() else {
                continue;
            };
            let got = tokio::select! {
                f = live.raw.recv() => f,
                end = live.handle.closed() => {
                    self.lost(end.to_string());
                    continue;
                }
            };
            let Some(f) = got else {
                let end = live
                    .handle
                    .link_end()
                    .map(|e| e.to_string())
                    .unwrap_or_else(|| "raw pipe closed".into());
                self.lost(end);
                continue;
            };
            if let (Some(sent), Some(h)) = (self.inflight.as_ref(), f.first()) {
                if sent.first().map(|s| s & 0x0f) == Some(h & 0x0f) {
                    self.inflight = None;
                }
            }
            tracing::trace!(frame = %hex::encode(&f), "thread: from RCP");
            let n = f.len().min(buf.len());
            buf[..n].copy_from_slice(&f[..n]);
            return Ok(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(tid: u8, cmd: u8, prop: &[u8], payload: &[u8]) -> Vec<u8> {
        let mut f = vec![0x80 | tid, cmd];
        f.extend_from_slice(prop);
        f.extend_from_slice(payload);
        f
    }

    #[test]
    fn records_last_values_in_first_set_order_and_tables() {
        let mut s = RadioState::default();
        s.record(&frame(1, 3, &[0x20], &[1])); // PHY_ENABLED
        s.record(&frame(2, 3, &[0x21], &[11])); // PHY_CHAN
        s.record(&frame(3, 3, &[0x21], &[15]));
        s.record(&frame(4, 3, &[0x71], &[0xaa])); // STREAM_RAW: not state
        s.record(&frame(5, 4, &[0x84, 0x26], &[1, 2])); // INSERT short 0x1304
        s.record(&frame(6, 4, &[0x84, 0x26], &[3, 4]));
        s.record(&frame(7, 4, &[0x84, 0x26], &[3, 4])); // duplicate
        s.record(&frame(8, 5, &[0x84, 0x26], &[1, 2])); // REMOVE
        s.record(&[0xff]); // garbage is ignored
        assert_eq!(s.props, vec![(0x20, vec![1]), (0x21, vec![15])]);
        assert_eq!(s.tables, vec![(0x1304, vec![vec![3, 4]])]);
        assert_eq!(s.len(), 3);
        s.record(&frame(9, 3, &[0x84, 0x26], &[])); // SET [] clears
        assert_eq!(s.len(), 2);
    }
}
