//! PAKE sessions: the one handshake a window may be running, its device
//! and its timeout.
//!
//! [`Sessions`] guarantees: at most one live session per window; session
//! numbers are unique for the life of the core; a session past its deadline
//! is ended by [`Sessions::expire`] and remembered (the last one per window)
//! so that its late outcome gets [`PakeError::TimedOut`] rather than
//! "unknown". It does not know whether a window is open: the
//! [`crate::commissioning::Commissioner`] checks that first and calls
//! [`Sessions::forget`] when a window closes.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::time::Instant;

use crate::commissioning::error::PakeError;
use crate::commissioning::ids::WindowId;

/// Identifies a running PAKE: returned by
/// [`crate::commissioning::Commissioner::start_pake`], passed back with its
/// outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PakeTicket {
    /// Window id.
    pub window: WindowId,
    /// Session number (unique for the life of the core).
    pub session: u64,
}

/// What a failed PAKE confirmation did to the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PakeFailure {
    /// Failures so far in this window.
    pub failures: u32,
    /// Whether this failure closed the window.
    pub window_closed: bool,
}

#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
struct Session {
    id: u64,
    device: String,
    /// The peer's address, for the failure scopes of its outcome.
    addr: Option<IpAddr>,
    deadline: Instant,
}

/// The live PAKE sessions, one at most per window.
#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Sessions {
    /// By window id (ordered: timeouts fire in window order).
    live: BTreeMap<WindowId, Session>,
    /// Per window, the last session that hit its handshake timeout.
    timed_out: HashMap<WindowId, u64>,
    next: u64,
}

impl Sessions {
    pub(crate) fn new() -> Self {
        Sessions {
            live: BTreeMap::new(),
            timed_out: HashMap::new(),
            next: 1,
        }
    }

    /// Whether window `window` runs a PAKE.
    pub(crate) fn is_running(&self, window: WindowId) -> bool {
        self.live.contains_key(&window)
    }

    /// Starts a session for `device` in `window` (which runs none), ending
    /// at `deadline`.
    #[cfg(test)]
    pub(crate) fn start(
        &mut self,
        window: WindowId,
        device: &str,
        deadline: Instant,
    ) -> PakeTicket {
        self.start_from(window, device, None, deadline)
    }

    /// [`Sessions::start`] for a peer at `addr`.
    pub(crate) fn start_from(
        &mut self,
        window: WindowId,
        device: &str,
        addr: Option<IpAddr>,
        deadline: Instant,
    ) -> PakeTicket {
        let session = self.next;
        self.next += 1;
        self.live.insert(
            window,
            Session {
                id: session,
                device: device.to_owned(),
                addr,
                deadline,
            },
        );
        PakeTicket { window, session }
    }

    /// The device label of the live session `ticket` names.
    pub(crate) fn check(&self, ticket: PakeTicket) -> Result<String, PakeError> {
        if self.timed_out.get(&ticket.window) == Some(&ticket.session) {
            return Err(PakeError::TimedOut);
        }
        match self.live.get(&ticket.window) {
            Some(p) if p.id == ticket.session => Ok(p.device.clone()),
            _ => Err(PakeError::UnknownSession),
        }
    }

    /// The peer address of the live session of `window`, if known.
    pub(crate) fn addr_of(&self, window: WindowId) -> Option<IpAddr> {
        self.live.get(&window).and_then(|p| p.addr)
    }

    /// Ends the live session of `window`, if any.
    pub(crate) fn end(&mut self, window: WindowId) {
        self.live.remove(&window);
    }

    /// Ends every session whose deadline is at or before `now`; returns
    /// their windows, devices and peer addresses, by window id.
    pub(crate) fn expire(&mut self, now: Instant) -> Vec<(WindowId, String, Option<IpAddr>)> {
        let due: Vec<WindowId> = self
            .live
            .iter()
            .filter(|(_, p)| now >= p.deadline)
            .map(|(w, _)| *w)
            .collect();
        let mut out = Vec::with_capacity(due.len());
        for w in due {
            if let Some(p) = self.live.remove(&w) {
                self.timed_out.insert(w, p.id);
                out.push((w, p.device, p.addr));
            }
        }
        out
    }

    /// Forgets everything about `window` (it closed).
    pub(crate) fn forget(&mut self, window: WindowId) {
        self.live.remove(&window);
        self.timed_out.remove(&window);
    }

    /// The earliest session deadline.
    pub(crate) fn poll_timeout(&self) -> Option<Instant> {
        self.live.values().map(|p| p.deadline).min()
    }
}

#[cfg(feature = "model-check")]
impl Sessions {
    /// TEST ONLY: a canonical rendering for the model checker. Session
    /// numbers are written `@S<n>;` for the checker to rename consistently
    /// (only their equality matters); the counter of the next one is left
    /// out.
    pub(crate) fn model_fingerprint(&self, t0: Instant, out: &mut String) {
        use crate::commissioning::model::ms;
        use std::fmt::Write;
        for (w, s) in &self.live {
            let _ = write!(
                out,
                "P{w}:@S{};{}/{:?}/{};",
                s.id,
                s.device,
                s.addr,
                ms(t0, s.deadline)
            );
        }
        let mut t: Vec<_> = self.timed_out.iter().collect();
        t.sort();
        for (w, id) in t {
            let _ = write!(out, "T{w}:@S{id};");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_ticket_names_one_live_session() {
        let now = Instant::now();
        let mut s = Sessions::new();
        let a = s.start(WindowId(1), "dev", now + Duration::from_secs(1));
        assert!(s.is_running(WindowId(1)));
        assert_eq!(s.check(a).as_deref(), Ok("dev"));
        s.end(WindowId(1));
        assert_eq!(s.check(a), Err(PakeError::UnknownSession));
        let b = s.start(WindowId(1), "dev", now + Duration::from_secs(1));
        assert_ne!(a.session, b.session, "session numbers are unique");
        assert_eq!(s.check(a), Err(PakeError::UnknownSession), "stale ticket");
    }

    #[test]
    fn timeouts_are_inclusive_remembered_and_forgotten_with_the_window() {
        let now = Instant::now();
        let mut s = Sessions::new();
        let d = Duration::from_millis(30);
        let t = s.start(WindowId(4), "dev", now + d);
        assert_eq!(s.poll_timeout(), Some(now + d));
        assert!(s.expire(now + d - Duration::from_millis(1)).is_empty());
        assert_eq!(
            s.expire(now + d),
            vec![(WindowId(4), "dev".to_owned(), None)]
        );
        assert!(!s.is_running(WindowId(4)));
        assert_eq!(s.poll_timeout(), None);
        assert_eq!(s.check(t), Err(PakeError::TimedOut));
        s.forget(WindowId(4));
        assert_eq!(s.check(t), Err(PakeError::UnknownSession));
    }
}
