//! Commissioning windows: which are open, for which discriminator, until
//! when, with how many failed PAKE confirmations, and which recently closed
//! (to tell a late device why).
//!
//! [`Windows`] guarantees: window ids are allocated in increasing order and
//! never reused; at most one open window per discriminator; a closed window
//! is forgotten at once (only its discriminator, id and reason are kept, for
//! the last [`RECENTLY_CLOSED`] windows). It decides nothing about who may
//! open or close a window, and emits no events: the
//! [`crate::commissioning::Commissioner`] does both.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, Instant};

use crate::commissioning::error::{CloseReason, OpenWindowError};
use crate::commissioning::event::WindowRecord;
use crate::commissioning::ids::{DeviceId, WindowId};
use crate::commissioning::joiner::{JoinerId, ThreadJoiner};
use crate::commissioning::policy::{ClassSource, DeviceClass, Role};
use crate::pake::{SpakeError, VerifierRecord};
use crate::time::UnixMillis;

/// How many closed windows are remembered (by discriminator) to give a
/// precise error ("expired", "too many failures") to a late device.
pub(crate) const RECENTLY_CLOSED: usize = 64;

/// A window's SPAKE2+ parameters: the device derives `w0`, `w1` from its
/// passcode with `salt` and `iterations`; the hub keeps only the
/// registration `record` (`w0`, `L`), for the life of the window.
#[derive(Debug, Clone)]
pub struct WindowPake {
    /// PBKDF2 salt (random, 32 bytes).
    pub salt: Vec<u8>,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The verifier's registration record.
    pub record: VerifierRecord,
}

impl WindowPake {
    /// Derives the parameters for a scanned passcode with a fresh random
    /// salt. Costs one PBKDF2 (about 6 ms at the default 10 000
    /// iterations): call it before handing the request to the core.
    pub fn derive(
        passcode: u32,
        iterations: u32,
        rng: &dyn ring::rand::SecureRandom,
    ) -> Result<WindowPake, SpakeError> {
        let mut salt = vec![0u8; 32];
        rng.fill(&mut salt).map_err(|_| SpakeError::Crypto)?;
        let (_, record) = crate::pake::derive(passcode, &salt, iterations)?;
        Ok(WindowPake {
            salt,
            iterations,
            record,
        })
    }
}

/// A request to open a window, from a scanned setup payload.
#[derive(Debug, Clone)]
pub struct OpenWindow {
    /// 12-bit discriminator from the payload.
    pub discriminator: u16,
    /// Vendor id from the payload.
    pub vid: u16,
    /// Product id from the payload.
    pub pid: u16,
    /// Risk class asked by the user: a minimum. The window records the
    /// stricter of it and the policy's class for `vid`/`pid`
    /// ([`crate::commissioning::policy::Policy::window_class`]).
    pub class: DeviceClass,
    /// Requested lifetime (clamped to policy).
    pub ttl: Option<Duration>,
    /// SPAKE2+ parameters derived from the scanned passcode.
    pub pake: WindowPake,
}

/// An open window, as reported to callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowInfo {
    /// The persisted record.
    pub record: WindowRecord,
    /// Monotonic deadline.
    pub deadline: Instant,
    /// Failed PAKE confirmations so far.
    pub failures: u32,
    /// Whether a PAKE is running.
    pub pake_in_flight: bool,
    /// The class its opener asked for (`record.class` is the class
    /// recorded, never laxer).
    pub requested_class: DeviceClass,
    /// Why `record.class` is what it is.
    pub class_source: ClassSource,
    /// The Thread joiner it admits, if any (never its PSKd).
    pub joiner: Option<JoinerId>,
}

/// An open window.
#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Window {
    pub(crate) rec: WindowRecord,
    /// The class its opener asked for.
    pub(crate) requested: DeviceClass,
    /// Why `rec.class` is what it is.
    pub(crate) source: ClassSource,
    /// The opener's role when it opened the window: a class raised later
    /// is checked against it.
    pub(crate) opener_role: Role,
    pub(crate) pake_params: WindowPake,
    pub(crate) deadline: Instant,
    pub(crate) failures: u32,
    /// The device that proved the passcode here and has not reached `full`.
    pub(crate) device: Option<DeviceId>,
    /// The Thread joiner it admits: in memory for the window's life only.
    pub(crate) joiner: Option<ThreadJoiner>,
}

/// What is left of a window once closed.
#[derive(Debug)]
pub(crate) struct Closed {
    pub(crate) failures: u32,
    pub(crate) device: Option<DeviceId>,
    /// Its joiner's id (the PSKd is dropped with the window).
    pub(crate) joiner: Option<JoinerId>,
}

/// The open windows and the memory of recently closed ones.
#[derive(Debug)]
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Windows {
    open: BTreeMap<WindowId, Window>,
    by_discriminator: HashMap<u16, WindowId>,
    recently_closed: VecDeque<(u16, WindowId, CloseReason)>,
    next_id: WindowId,
}

impl Windows {
    /// No window open; ids start at `next_id` (at least 1).
    pub(crate) fn new(next_id: WindowId) -> Self {
        Windows {
            open: BTreeMap::new(),
            by_discriminator: HashMap::new(),
            recently_closed: VecDeque::new(),
            next_id: next_id.max(WindowId(1)),
        }
    }

    /// Whether no window is open.
    pub(crate) fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    pub(crate) fn get(&self, id: WindowId) -> Option<&Window> {
        self.open.get(&id)
    }

    pub(crate) fn contains(&self, id: WindowId) -> bool {
        self.open.contains_key(&id)
    }

    /// The open windows, by id.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Window> {
        self.open.values()
    }

    /// The open window for `discriminator`.
    pub(crate) fn for_discriminator(&self, discriminator: u16) -> Option<&Window> {
        self.by_discriminator
            .get(&discriminator)
            .and_then(|id| self.open.get(id))
    }

    /// Why a window for `discriminator` cannot be opened, if it cannot.
    pub(crate) fn check_open(&self, discriminator: u16) -> Result<(), OpenWindowError> {
        if discriminator > 0x0FFF {
            return Err(OpenWindowError::InvalidDiscriminator(discriminator));
        }
        match self.by_discriminator.get(&discriminator) {
            Some(id) => Err(OpenWindowError::AlreadyOpen {
                discriminator,
                window: *id,
            }),
            None => Ok(()),
        }
    }

    /// The open window admitting Thread joiner `id`, if any.
    pub(crate) fn for_joiner(&self, id: &JoinerId) -> Option<WindowId> {
        self.open
            .values()
            .find(|w| w.joiner.as_ref().is_some_and(|j| j.id == *id))
            .map(|w| w.rec.id)
    }

    /// Opens a window (after [`Windows::check_open`]) lasting `ttl` from
    /// `now` / `wall`, and allocates its id. It records `class` (decided by
    /// the caller, never laxer than `req.class`) because of `source`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn open(
        &mut self,
        now: Instant,
        wall: UnixMillis,
        opener: (&str, Role),
        req: OpenWindow,
        class: (DeviceClass, ClassSource),
        ttl: Duration,
        joiner: Option<ThreadJoiner>,
    ) -> WindowInfo {
        let (opened_by, opener_role) = opener;
        let (class, source) = class;
        let requested = req.class;
        let id = self.next_id;
        self.next_id = id.next();
        let rec = WindowRecord {
            id,
            opened_by: opened_by.to_owned(),
            discriminator: req.discriminator,
            vid: req.vid,
            pid: req.pid,
            class: class.max(requested),
            opened: wall,
            deadline: wall.saturating_add(ttl),
        };
        let deadline = now + ttl;
        let joiner_id = joiner.as_ref().map(|j| j.id);
        self.by_discriminator.insert(req.discriminator, id);
        self.open.insert(
            id,
            Window {
                rec: rec.clone(),
                requested,
                source,
                opener_role,
                pake_params: req.pake,
                deadline,
                failures: 0,
                device: None,
                joiner,
            },
        );
        WindowInfo {
            record: rec,
            deadline,
            failures: 0,
            pake_in_flight: false,
            requested_class: requested,
            class_source: source,
            joiner: joiner_id,
        }
    }

    /// Raises the class of open window `id` to `class` because of
    /// `source`; the class it had, or `None` if the window is not open or
    /// its class is already as strict (a class is never lowered).
    pub(crate) fn raise_class(
        &mut self,
        id: WindowId,
        class: DeviceClass,
        source: ClassSource,
    ) -> Option<DeviceClass> {
        let w = self.open.get_mut(&id)?;
        if class <= w.rec.class {
            return None;
        }
        let was = w.rec.class;
        w.rec.class = class;
        w.source = source;
        Some(was)
    }

    /// Closes window `id` and remembers why; `None` if it is not open.
    pub(crate) fn close(&mut self, id: WindowId, reason: CloseReason) -> Option<Closed> {
        let w = self.open.remove(&id)?;
        self.by_discriminator.remove(&w.rec.discriminator);
        if self.recently_closed.len() == RECENTLY_CLOSED {
            self.recently_closed.pop_front();
        }
        self.recently_closed
            .push_back((w.rec.discriminator, id, reason));
        Some(Closed {
            failures: w.failures,
            device: w.device,
            joiner: w.joiner.map(|j| j.id),
        })
    }

    /// The newest recently closed window for `discriminator`: its id and
    /// why it closed.
    pub(crate) fn closed_for_discriminator(
        &self,
        discriminator: u16,
    ) -> Option<(WindowId, CloseReason)> {
        self.recently_closed
            .iter()
            .rev()
            .find(|c| c.0 == discriminator)
            .map(|&(_, id, reason)| (id, reason))
    }

    /// Why recently closed window `id` closed.
    pub(crate) fn closed_reason(&self, id: WindowId) -> Option<CloseReason> {
        self.recently_closed
            .iter()
            .rev()
            .find(|c| c.1 == id)
            .map(|c| c.2)
    }

    /// Counts a failed PAKE confirmation; the new count (0 if not open).
    pub(crate) fn record_failure(&mut self, id: WindowId) -> u32 {
        match self.open.get_mut(&id) {
            Some(w) => {
                w.failures += 1;
                w.failures
            }
            None => 0,
        }
    }

    /// Sets (or clears) the device that proved the passcode in window `id`.
    pub(crate) fn set_device(&mut self, id: WindowId, device: Option<DeviceId>) {
        if let Some(w) = self.open.get_mut(&id) {
            w.device = device;
        }
    }

    /// Open windows whose deadline is at or before `now`, by id.
    pub(crate) fn expired(&self, now: Instant) -> Vec<WindowId> {
        self.open
            .values()
            .filter(|w| {
                if fault!(WindowDeadlineExclusive) {
                    now > w.deadline
                } else {
                    now >= w.deadline
                }
            })
            .map(|w| w.rec.id)
            .collect()
    }

    /// Open windows opened by `user`, by id.
    pub(crate) fn opened_by(&self, user: &str) -> Vec<WindowId> {
        self.open
            .values()
            .filter(|w| w.rec.opened_by == user)
            .map(|w| w.rec.id)
            .collect()
    }

    /// The earliest window deadline.
    pub(crate) fn poll_timeout(&self) -> Option<Instant> {
        self.open.values().map(|w| w.deadline).min()
    }
}

#[cfg(feature = "model-check")]
impl Windows {
    /// TEST ONLY: a canonical rendering for the model checker (instants as
    /// milliseconds since `t0`; the discriminator index follows from the
    /// open windows).
    pub(crate) fn model_fingerprint(&self, t0: Instant, out: &mut String) {
        use crate::commissioning::model::ms;
        use std::fmt::Write;
        for w in self.open.values() {
            let _ = write!(
                out,
                "W{:?}/{:?}/{:?}/{:?}/{}/{}/{:?}/{:?};",
                w.rec,
                w.requested,
                w.source,
                w.opener_role,
                ms(t0, w.deadline),
                w.failures,
                w.device,
                w.joiner.as_ref().map(|j| j.id),
            );
        }
        let _ = write!(
            out,
            "closed{:?};next{:?};",
            self.recently_closed, self.next_id
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const U: (&str, Role) = ("u", Role::Member);
    const LOW: (DeviceClass, ClassSource) = (DeviceClass::Low, ClassSource::Request);

    fn req(discriminator: u16) -> OpenWindow {
        OpenWindow {
            discriminator,
            vid: 1,
            pid: 2,
            class: DeviceClass::Low,
            ttl: None,
            pake: WindowPake::derive(20202021, 1000, &ring::rand::SystemRandom::new())
                .expect("derive"),
        }
    }

    #[test]
    fn ids_grow_and_one_window_per_discriminator() {
        let now = Instant::now();
        let mut w = Windows::new(WindowId(0));
        let ttl = Duration::from_secs(60);
        let a = w
            .open(now, UnixMillis(0), U, req(1), LOW, ttl, None)
            .record
            .id;
        assert_eq!(a, WindowId(1), "ids start at 1");
        assert!(matches!(
            w.check_open(1),
            Err(OpenWindowError::AlreadyOpen {
                window: WindowId(1),
                ..
            })
        ));
        assert!(matches!(
            w.check_open(0x1000),
            Err(OpenWindowError::InvalidDiscriminator(0x1000))
        ));
        w.close(a, CloseReason::Revoked).expect("open");
        assert!(w.close(a, CloseReason::Revoked).is_none(), "closes once");
        assert!(w.check_open(1).is_ok(), "discriminator freed");
        let b = w
            .open(now, UnixMillis(0), U, req(1), LOW, ttl, None)
            .record
            .id;
        assert_eq!(b, WindowId(2), "ids are never reused");
        assert_eq!(
            w.closed_for_discriminator(1),
            Some((WindowId(1), CloseReason::Revoked))
        );
        assert_eq!(w.closed_reason(WindowId(1)), Some(CloseReason::Revoked));
    }

    #[test]
    fn deadlines_are_inclusive_and_polled() {
        let now = Instant::now();
        let mut w = Windows::new(WindowId(5));
        let ttl = Duration::from_millis(100);
        let id = w
            .open(now, UnixMillis(0), U, req(7), LOW, ttl, None)
            .record
            .id;
        assert_eq!(w.poll_timeout(), Some(now + ttl));
        assert!(w.expired(now + ttl - Duration::from_millis(1)).is_empty());
        assert_eq!(w.expired(now + ttl), vec![id]);
    }

    #[test]
    fn a_class_is_raised_never_lowered() {
        let now = Instant::now();
        let mut w = Windows::new(WindowId(1));
        let ttl = Duration::from_secs(60);
        let info = w.open(
            now,
            UnixMillis(0),
            U,
            req(1),
            (DeviceClass::Medium, ClassSource::Policy),
            ttl,
            None,
        );
        assert_eq!(info.record.class, DeviceClass::Medium);
        assert_eq!(info.requested_class, DeviceClass::Low);
        assert_eq!(info.class_source, ClassSource::Policy);
        let id = info.record.id;
        assert_eq!(
            w.raise_class(id, DeviceClass::Low, ClassSource::Attestation),
            None
        );
        assert_eq!(
            w.raise_class(id, DeviceClass::High, ClassSource::Attestation),
            Some(DeviceClass::Medium)
        );
        let open = w.get(id).expect("open");
        assert_eq!(open.rec.class, DeviceClass::High);
        assert_eq!(open.source, ClassSource::Attestation);
        assert_eq!(
            w.raise_class(WindowId(9), DeviceClass::High, ClassSource::Attestation),
            None
        );
    }

    #[test]
    fn only_the_last_closed_windows_are_remembered() {
        let now = Instant::now();
        let mut w = Windows::new(WindowId(1));
        for d in 0..(RECENTLY_CLOSED as u16 + 1) {
            let id = w
                .open(
                    now,
                    UnixMillis(0),
                    U,
                    req(d),
                    LOW,
                    Duration::from_secs(1),
                    None,
                )
                .record
                .id;
            w.close(id, CloseReason::Expired);
        }
        assert_eq!(w.closed_for_discriminator(0), None, "forgotten");
        assert!(w.closed_for_discriminator(1).is_some());
    }
}
