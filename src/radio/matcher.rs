//! Tier 2: the sans-IO request matcher. It never reads a clock or touches a
//! file descriptor; the connection task feeds it `now`, what it sends and
//! what it receives, and drives its timer.
//!
//! Invariants and call order:
//!
//! * [`Matcher::start_request`] allocates a free TID in 1..=15 (round-robin,
//!   so a late answer to a timed-out request is unlikely to meet a new
//!   request on the same TID) and records its deadline. At most 15 requests
//!   are in flight; the 16th gets [`MatchError::NoFreeTid`].
//! * Raw frames sent on behalf of another Spinel client (OpenThread's
//!   `SpinelRadio`, which numbers its own TIDs) are recorded with
//!   [`Matcher::raw_sent`]: their TID is reserved until the answer arrives, so
//!   [`Matcher::start_request`] skips it, and a raw frame on a TID already
//!   used by a pending request is refused ([`MatchError::TidInUse`]).
//! * [`Matcher::handle_frame`] routes each inbound frame: the response to a
//!   pending request ([`Route::Response`]), or the raw pipe
//!   ([`Route::Raw`]: TID-0 unsolicited frames, answers to raw frames,
//!   answers nobody waits for). A `LAST_STATUS` reset notification is
//!   [`Route::UnexpectedReset`] unless the host sent `CMD_RESET` (or the link
//!   was opened) less than [`Matcher::reset_window`] before. A reset
//!   notification frees the TIDs of frames sent before the host's reset
//!   (they will not be answered); an unexpected one frees them all.
//! * [`Matcher::poll_timeout`] is the earliest deadline; at that time call
//!   [`Matcher::handle_timeout`], which returns the expired TIDs (their
//!   entries are gone). An RCP that misses a deadline has stopped answering.

use std::time::{Duration, Instant};

use super::spinel::{Command, Frame, PropId, PropValue, Status};

/// How long a request waits for its response by default (OpenThread's
/// `RadioSpinel` waits 2 s too).
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// How long after a host `CMD_RESET` (or opening the link) a reset
/// notification is expected.
pub const DEFAULT_RESET_WINDOW: Duration = Duration::from_secs(5);

/// Why a frame cannot be sent now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MatchError {
    /// All 15 TIDs are waiting for answers.
    #[error("all 15 spinel transaction ids are in flight")]
    NoFreeTid,
    /// A raw frame reuses the TID of a pending request.
    #[error("spinel TID {0} is in use by a pending request")]
    TidInUse(u8),
}

/// Who owns an in-flight TID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A request made through the matcher.
    Request,
    /// A raw frame sent for another Spinel client.
    Raw,
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    owner: Owner,
    sent: Instant,
    deadline: Instant,
}

/// Where an inbound frame goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The answer to the pending request with this TID (now completed).
    Response(u8),
    /// To the raw pipe (unsolicited, answer to a raw frame, or unmatched).
    Raw,
    /// A reset notification the host did not ask for: the RCP restarted on
    /// its own (crash, watchdog, unplug/replug). Carries the reset reason.
    UnexpectedReset(u8),
}

/// The request/response state of one link.
#[derive(Debug, Clone)]
pub struct Matcher {
    slots: [Option<Slot>; 16],
    next: u8,
    timeout: Duration,
    reset_window: Duration,
    last_reset: Option<Instant>,
}

impl Matcher {
    /// A matcher for a link opened at `now` (the RCP's boot notification
    /// that follows is expected).
    pub fn new(now: Instant, timeout: Duration, reset_window: Duration) -> Self {
        Matcher {
            slots: [None; 16],
            next: 1,
            timeout,
            reset_window,
            last_reset: Some(now),
        }
    }

    /// The request timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The window after a host reset in which a reset notification is expected.
    pub fn reset_window(&self) -> Duration {
        self.reset_window
    }

    /// TIDs in flight.
    pub fn in_flight(&self) -> usize {
        self.slots.iter().flatten().count()
    }

    /// TIDs free for requests (1..=15 not held by a request or a raw frame).
    pub fn free_tids(&self) -> usize {
        self.slots.iter().skip(1).filter(|s| s.is_none()).count()
    }

    /// Allocates a TID for a request sent at `now`.
    pub fn start_request(&mut self, now: Instant) -> Result<u8, MatchError> {
        for i in 0..15u8 {
            let tid = (self.next - 1 + i) % 15 + 1;
            let slot = &mut self.slots[usize::from(tid)];
            if slot.is_none() {
                *slot = Some(Slot {
                    owner: Owner::Request,
                    sent: now,
                    deadline: now + self.timeout,
                });
                self.next = tid % 15 + 1;
                return Ok(tid);
            }
        }
        Err(MatchError::NoFreeTid)
    }

    /// Whether a request holds `tid`.
    pub fn holds(&self, tid: u8) -> bool {
        self.slots
            .get(usize::from(tid))
            .is_some_and(|s| s.is_some_and(|s| s.owner == Owner::Request))
    }

    /// Forgets a request (its caller gave up); a late answer goes raw.
    pub fn cancel(&mut self, tid: u8) {
        if let Some(slot) = self.slots.get_mut(usize::from(tid)) {
            if slot.is_some_and(|s| s.owner == Owner::Request) {
                *slot = None;
            }
        }
    }

    /// Records a raw frame sent at `now` with header TID `tid` and command
    /// `command` (TID 0 reserves nothing; `CMD_RESET` opens the reset window).
    pub fn raw_sent(&mut self, now: Instant, tid: u8, command: Command) -> Result<(), MatchError> {
        if tid != 0 {
            let slot = self
                .slots
                .get_mut(usize::from(tid))
                .ok_or(MatchError::TidInUse(tid))?;
            if slot.is_some_and(|s| s.owner == Owner::Request) {
                return Err(MatchError::TidInUse(tid));
            }
            // A reset is answered by an unsolicited notification, not by TID.
            if command != Command::Reset {
                *slot = Some(Slot {
                    owner: Owner::Raw,
                    sent: now,
                    deadline: now + self.timeout,
                });
            }
        }
        if command == Command::Reset {
            self.reset_sent(now);
        }
        Ok(())
    }

    /// Records that the host sent `CMD_RESET` at `now`.
    pub fn reset_sent(&mut self, now: Instant) {
        self.last_reset = Some(now);
    }

    /// Routes an inbound frame received at `now`.
    pub fn handle_frame(&mut self, now: Instant, frame: &Frame) -> Route {
        if frame.command == Command::PropValueIs && frame.prop == Some(PropId::LastStatus) {
            if let Ok(PropValue::LastStatus(Status::Reset(reason))) =
                PropValue::parse(PropId::LastStatus, &frame.payload)
            {
                let expected = self
                    .last_reset
                    .is_some_and(|t| now.saturating_duration_since(t) <= self.reset_window);
                if frame.header.tid() == 0 {
                    // A reset drops what the RCP was doing: frames sent
                    // before the host's reset will not be answered; frames
                    // sent after it (queued while the RCP rebooted, or the
                    // first requests after opening the link) will be. An
                    // unexpected reset drops everything.
                    let since = self.last_reset.filter(|_| expected);
                    for slot in self.slots.iter_mut() {
                        if slot.is_some_and(|s| since.is_none_or(|t| s.sent < t)) {
                            *slot = None;
                        }
                    }
                    return if expected {
                        Route::Raw
                    } else {
                        Route::UnexpectedReset(reason)
                    };
                }
            }
        }
        let tid = frame.header.tid();
        if tid == 0 {
            return Route::Raw;
        }
        match self.slots.get_mut(usize::from(tid)) {
            Some(slot) => match slot.take() {
                Some(Slot {
                    owner: Owner::Request,
                    ..
                }) => Route::Response(tid),
                _ => Route::Raw,
            },
            None => Route::Raw,
        }
    }

    /// The earliest deadline of anything in flight.
    pub fn poll_timeout(&self) -> Option<Instant> {
        self.slots.iter().flatten().map(|s| s.deadline).min()
    }

    /// Expires everything whose deadline is at or before `now`; returns the
    /// expired TIDs with their owners.
    pub fn handle_timeout(&mut self, now: Instant) -> Vec<(u8, Owner)> {
        let mut expired = Vec::new();
        for (tid, slot) in self.slots.iter_mut().enumerate() {
            if let Some(s) = *slot {
                if s.deadline <= now {
                    *slot = None;
                    // The array has 16 entries: the index fits a u8.
                    expired.push((tid as u8, s.owner));
                }
            }
        }
        expired
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::radio::spinel::Header;

    fn frame(tid: u8, command: Command, prop: Option<PropId>, payload: &[u8]) -> Frame {
        Frame {
            header: Header::new(0, tid).unwrap(),
            command,
            prop,
            payload: payload.to_vec(),
        }
    }

    fn is(tid: u8) -> Frame {
        frame(tid, Command::PropValueIs, Some(PropId::HwAddr), &[0; 8])
    }

    fn reset_notification() -> Frame {
        frame(0, Command::PropValueIs, Some(PropId::LastStatus), &[114])
    }

    const T: Duration = Duration::from_millis(2000);
    const W: Duration = Duration::from_millis(5000);

    #[test]
    fn tids_are_round_robin_and_exhaust_at_15() {
        let t0 = Instant::now();
        let mut m = Matcher::new(t0, T, W);
        let tids: Vec<u8> = (0..15).map(|_| m.start_request(t0).unwrap()).collect();
        assert_eq!(tids, (1..=15).collect::<Vec<_>>());
        assert_eq!(m.start_request(t0), Err(MatchError::NoFreeTid));
        assert_eq!(m.in_flight(), 15);
        assert_eq!(m.free_tids(), 0);
        assert_eq!(m.handle_frame(t0, &is(7)), Route::Response(7));
        // The freed TID is the only one left.
        assert_eq!(m.start_request(t0), Ok(7));
    }

    #[test]
    fn responses_match_by_tid_and_unknown_tids_go_raw() {
        let t0 = Instant::now();
        let mut m = Matcher::new(t0, T, W);
        let a = m.start_request(t0).unwrap();
        let b = m.start_request(t0).unwrap();
        assert_eq!(m.handle_frame(t0, &is(b)), Route::Response(b));
        assert_eq!(m.handle_frame(t0, &is(b)), Route::Raw, "answered once only");
        assert_eq!(m.handle_frame(t0, &is(9)), Route::Raw, "nobody waits for 9");
        assert_eq!(m.handle_frame(t0, &is(0)), Route::Raw, "unsolicited");
        assert_eq!(m.handle_frame(t0, &is(a)), Route::Response(a));
        assert_eq!(m.in_flight(), 0);
    }

    #[test]
    fn timeouts_on_virtual_time() {
        let t0 = Instant::now();
        let mut m = Matcher::new(t0, T, W);
        let a = m.start_request(t0).unwrap();
        let b = m.start_request(t0 + Duration::from_millis(500)).unwrap();
        assert_eq!(m.poll_timeout(), Some(t0 + T));
        assert!(m
            .handle_timeout(t0 + T - Duration::from_millis(1))
            .is_empty());
        assert_eq!(m.handle_timeout(t0 + T), vec![(a, Owner::Request)]);
        assert_eq!(m.poll_timeout(), Some(t0 + Duration::from_millis(2500)));
        assert_eq!(
            m.handle_frame(t0, &is(a)),
            Route::Raw,
            "late answer goes raw"
        );
        assert_eq!(m.handle_frame(t0, &is(b)), Route::Response(b));
        assert_eq!(m.poll_timeout(), None);
    }

    #[test]
    fn raw_tids_are_reserved_and_conflicts_refused() {
        let t0 = Instant::now();
        let mut m = Matcher::new(t0, T, W);
        m.raw_sent(t0, 1, Command::PropValueGet).unwrap();
        assert_eq!(m.start_request(t0), Ok(2), "TID 1 is the raw client's");
        assert_eq!(
            m.raw_sent(t0, 2, Command::PropValueGet),
            Err(MatchError::TidInUse(2))
        );
        assert_eq!(m.handle_frame(t0, &is(1)), Route::Raw);
        assert_eq!(m.handle_frame(t0, &is(2)), Route::Response(2));
        m.raw_sent(t0, 3, Command::PropValueSet).unwrap();
        assert_eq!(m.handle_timeout(t0 + T), vec![(3, Owner::Raw)]);
        m.cancel(3);
        assert_eq!(
            m.raw_sent(t0, 16, Command::Noop),
            Err(MatchError::TidInUse(16))
        );
    }

    #[test]
    fn reset_notifications_expected_only_after_host_reset() {
        let t0 = Instant::now();
        let mut m = Matcher::new(t0, T, W);
        // The boot notification right after opening is expected.
        assert_eq!(
            m.handle_frame(t0 + Duration::from_millis(10), &reset_notification()),
            Route::Raw
        );
        let later = t0 + W + Duration::from_millis(1);
        let tid = m.start_request(later).unwrap();
        assert_eq!(
            m.handle_frame(later, &reset_notification()),
            Route::UnexpectedReset(2)
        );
        assert_eq!(m.in_flight(), 0, "a reset drops what was in flight");
        assert_eq!(m.handle_frame(later, &is(tid)), Route::Raw);
        // A host CMD_RESET (here through the raw pipe, as SpinelRadio does) opens the window.
        let before = m.start_request(later).unwrap();
        let ms = Duration::from_millis(1);
        m.raw_sent(later + ms, 0, Command::Reset).unwrap();
        let after = m.start_request(later + ms * 2).unwrap();
        assert_eq!(m.handle_frame(later + W, &reset_notification()), Route::Raw);
        assert!(!m.holds(before), "sent before the reset: dropped");
        assert!(m.holds(after), "sent after the reset: still answered");
        assert_eq!(
            m.handle_frame(later + W, &is(after)),
            Route::Response(after)
        );
        assert_eq!(
            m.handle_frame(later + ms + W + ms, &reset_notification()),
            Route::UnexpectedReset(2)
        );
        // A LAST_STATUS with a non-reset status is an ordinary frame.
        let ok = frame(0, Command::PropValueIs, Some(PropId::LastStatus), &[0]);
        assert_eq!(m.handle_frame(later + W * 3, &ok), Route::Raw);
    }
}
