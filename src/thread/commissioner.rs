//! Joiner windows on the mesh: the hub's on-mesh commissioner admits
//! exactly the Thread joiners of the open pairing windows, each until its
//! window's deadline.
//!
//! The commissioning core decides (a window with a joiner opens, it closes
//! for whatever reason) and says so with
//! [`crate::commissioning::event::JoinerChange`]s; the daemon hands them to
//! [`forward_joiner_changes`], which turns them into
//! [`ThreadHandle::add_joiner`] / [`ThreadHandle::remove_joiner`]. On the
//! OpenThread thread a `JoinerBook` keeps the entries the windows ask for
//! (across radio outages and OpenThread restarts), and `drive`, run by
//! every OpenThread session, keeps OpenThread's commissioner in step with
//! it through [`super::ffi`]:
//!
//! * while at least one entry is live it runs the commissioner (it
//!   petitions the leader; the hub is the leader of its own network), and
//!   stops it when none is: no window, no commissioner, no joiner; a start
//!   that does not make it active (not attached yet, or the petition
//!   refused because another commissioner holds the role) is tried again
//!   5 s later;
//! * an entry is added once the commissioner is active, with a timeout of
//!   the window's remaining lifetime in whole seconds, rounded down, so
//!   OpenThread drops it no later than the window closes; an entry whose
//!   window has less than a second left is not added;
//! * a removed entry (its window closed) is removed from OpenThread at once;
//! * there is no wildcard: every entry names an EUI-64 or a discerner;
//! * after an OpenThread restart, or once the commissioner lost its role
//!   (OpenThread empties its joiner table then, without a report), the
//!   live entries are added again with their remaining time; an entry that
//!   joined, or that OpenThread dropped at its timeout, is never added
//!   again.
//!
//! Every step is reported as a [`ThreadEvent`] (audited by
//! [`super::audit`]): `JoinerAdded` / `JoinerAddFailed`, `JoinerOutcome`
//! (from the commissioner's joiner callback: `joined` when the joiner
//! finalized, `wrong_pskd` when its DTLS handshake failed, `failed` when it
//! connected but did not finalize), `JoinerRemoved` (why: the window's
//! close reason, `joined`, or `expired`).
//!
//! The PSKd stays in the book's entry, in memory, until the window closes;
//! it is never logged or reported (its `Debug` is redacted), and the copy
//! handed to OpenThread is a zeroed-on-drop buffer. OpenThread keeps its
//! own copy in its joiner table until the entry is removed.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use openthread::OpenThread;
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot, watch, Notify};

use super::ffi::{self, CommissionerCallback, CommissionerState, JoinerEvent};
use super::{ThreadError, ThreadEvent, ThreadHandle};
use crate::commissioning::event::JoinerChange;
use crate::commissioning::joiner::{JoinerId, ThreadJoiner};
use crate::commissioning::WindowId;

/// How a joiner's session with the commissioner ended (from its joiner
/// callback).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinOutcome {
    /// The joiner proved the PSKd and finalized: it has the network
    /// credentials.
    Joined,
    /// The DTLS handshake failed: the joiner does not hold the PSKd (or
    /// gave up during the handshake).
    WrongPskd,
    /// The joiner proved the PSKd but did not finalize (session timeout,
    /// lost link).
    Failed,
}

impl JoinOutcome {
    /// The stable name (the audit `reason`).
    pub fn as_str(self) -> &'static str {
        match self {
            JoinOutcome::Joined => "joined",
            JoinOutcome::WrongPskd => "wrong_pskd",
            JoinOutcome::Failed => "failed",
        }
    }
}

/// A joiner entry as [`ThreadHandle::joiners`] shows it (no PSKd).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinerStatus {
    /// The window admitting it.
    pub window: WindowId,
    /// The joiner (`eui64:...` or `discerner:...`).
    pub joiner: String,
    /// `waiting` (not yet on the commissioner: it is starting, or the radio
    /// is down), `admitted` (on the commissioner), `joined` (it joined;
    /// OpenThread drops the entry shortly), `done` (gone from the
    /// commissioner: joined or timed out; never added again).
    pub state: String,
    /// Milliseconds until its window closes.
    pub expires_in_ms: u64,
}

/// A request about joiners, from [`ThreadHandle`].
pub(crate) enum JoinerRequest {
    Add(JoinerEntry, oneshot::Sender<Result<(), ThreadError>>),
    Remove {
        window: WindowId,
        reason: String,
        reply: oneshot::Sender<()>,
    },
    List(oneshot::Sender<Vec<JoinerStatus>>),
}

/// What a window asks the commissioner to admit.
pub(crate) struct JoinerEntry {
    pub(crate) window: WindowId,
    pub(crate) joiner: ThreadJoiner,
    pub(crate) deadline: Instant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// To be added when the commissioner is active.
    Pending,
    /// In OpenThread's joiner table.
    Added,
    /// Gone from OpenThread on its own (joined, or its timeout): never
    /// added again.
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Session {
    Idle,
    Started,
    Connected,
    Finalized,
}

struct Tracked {
    joiner: ThreadJoiner,
    deadline: Instant,
    slot: Slot,
    session: Session,
    joined: bool,
    /// What the joiner said about itself when it finalized.
    vendor: Option<ffi::JoinerVendor>,
}

#[derive(Default)]
struct Book {
    entries: BTreeMap<WindowId, Tracked>,
    /// Entries whose window closed while they were in OpenThread's table:
    /// (window, joiner, reason), removed by the next [`drive`] pass.
    to_remove: Vec<(WindowId, JoinerId, String)>,
}

/// The joiner entries the open windows ask for, owned by the OpenThread
/// thread (one per process: it outlives the OpenThread sessions).
#[derive(Default)]
pub(crate) struct JoinerBook {
    book: RefCell<Book>,
    changed: Notify,
}

impl JoinerBook {
    /// Carries out a request (whether or not OpenThread runs: [`drive`]
    /// applies the book when it does).
    pub(crate) fn handle(&self, req: JoinerRequest) {
        match req {
            JoinerRequest::Add(e, reply) => {
                let r = self.add(e);
                let _ = reply.send(r);
            }
            JoinerRequest::Remove {
                window,
                reason,
                reply,
            } => {
                self.remove(window, reason);
                let _ = reply.send(());
            }
            JoinerRequest::List(reply) => {
                let _ = reply.send(self.list(Instant::now()));
            }
        }
        self.changed.notify_one();
    }

    fn add(&self, e: JoinerEntry) -> Result<(), ThreadError> {
        let mut b = self.book.borrow_mut();
        // The core gives each joiner to one open window; a second window for
        // it would make OpenThread's one entry ambiguous.
        if let Some((w, _)) = b
            .entries
            .iter()
            .find(|(w, t)| **w != e.window && t.joiner.id == e.joiner.id)
        {
            return Err(ThreadError::OpenThread(format!(
                "joiner {} is already admitted by window {w}",
                e.joiner.id
            )));
        }
        b.entries.insert(
            e.window,
            Tracked {
                joiner: e.joiner,
                deadline: e.deadline,
                slot: Slot::Pending,
                session: Session::Idle,
                joined: false,
                vendor: None,
            },
        );
        Ok(())
    }

    fn remove(&self, window: WindowId, reason: String) {
        let mut b = self.book.borrow_mut();
        if let Some(t) = b.entries.remove(&window) {
            if t.slot == Slot::Added {
                b.to_remove.push((window, t.joiner.id, reason));
            }
        }
    }

    pub(crate) fn list(&self, now: Instant) -> Vec<JoinerStatus> {
        self.book
            .borrow()
            .entries
            .iter()
            .map(|(w, t)| JoinerStatus {
                window: *w,
                joiner: t.joiner.id.to_string(),
                state: match (t.slot, t.joined) {
                    (Slot::Pending, _) => "waiting",
                    (Slot::Added, false) => "admitted",
                    (Slot::Added, true) => "joined",
                    (Slot::Done, _) => "done",
                }
                .into(),
                expires_in_ms: t.deadline.saturating_duration_since(now).as_millis() as u64,
            })
            .collect()
    }

    /// A new OpenThread instance: its joiner table is empty.
    fn session_started(&self, events: &mpsc::UnboundedSender<ThreadEvent>) {
        let mut b = self.book.borrow_mut();
        for (window, joiner, reason) in b.to_remove.drain(..) {
            // Gone with the old instance.
            emit_removed(events, window, &joiner, &reason);
        }
        drop(b);
        self.commissioner_inactive();
    }

    /// The commissioner is not active: OpenThread's joiner table is empty
    /// (a stop clears it without a `Removed` report, and so does the loss
    /// of the commissioner role). Entries it held are added again once it
    /// is active, but for one that joined.
    fn commissioner_inactive(&self) {
        for t in self.book.borrow_mut().entries.values_mut() {
            if t.slot == Slot::Added {
                t.slot = if t.joined { Slot::Done } else { Slot::Pending };
                t.session = Session::Idle;
            }
        }
    }

    /// Whether some entry still needs the commissioner.
    fn live(&self, now: Instant) -> bool {
        let b = self.book.borrow();
        !b.to_remove.is_empty()
            || b.entries.values().any(|t| match t.slot {
                Slot::Added => true,
                Slot::Pending => t.deadline > now + Duration::from_secs(1),
                Slot::Done => false,
            })
    }

    /// The window whose entry is `id`.
    fn window_of(&self, id: &JoinerId) -> Option<WindowId> {
        self.book
            .borrow()
            .entries
            .iter()
            .find(|(_, t)| t.joiner.id == *id)
            .map(|(w, _)| *w)
    }
}

fn emit_removed(
    events: &mpsc::UnboundedSender<ThreadEvent>,
    window: WindowId,
    joiner: &JoinerId,
    reason: &str,
) {
    tracing::info!(%window, %joiner, reason, "thread: joiner removed");
    let _ = events.send(ThreadEvent::JoinerRemoved {
        window,
        joiner: joiner.to_string(),
        reason: reason.to_owned(),
    });
}

/// Keeps OpenThread's commissioner in step with `book` for the life of one
/// OpenThread session (run next to the session's other tasks; never
/// returns). `changes` moves on every OpenThread state change (the
/// commissioner may only start once the hub is attached).
pub(crate) async fn drive(
    ot: &OpenThread<'_>,
    book: &JoinerBook,
    events: &mpsc::UnboundedSender<ThreadEvent>,
    mut changes: watch::Receiver<u64>,
) {
    // Reports of an earlier instance mean nothing to this one.
    let _ = ffi::take_commissioner_callbacks();
    book.session_started(events);
    let mut retry_at = None;
    loop {
        let now = Instant::now();
        let callbacks = reconcile(ot, book, events, now, &mut retry_at);
        for cb in callbacks {
            on_callback(book, events, cb);
        }
        let next = book
            .book
            .borrow()
            .entries
            .values()
            .filter(|t| t.slot == Slot::Pending && t.deadline > now)
            .map(|t| t.deadline)
            .min();
        tokio::select! {
            _ = ffi::commissioner_callback() => {
                for cb in ffi::take_commissioner_callbacks_for(ot) {
                    on_callback(book, events, cb);
                }
            }
            _ = book.changed.notified() => {}
            r = changes.changed() => {
                if r.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            _ = sleep_until(next) => {}
            _ = sleep_until(retry_at.filter(|t| *t > now)) => {}
        }
    }
}

async fn sleep_until(t: Option<Instant>) {
    match t {
        Some(t) => tokio::time::sleep_until(t.into()).await,
        None => std::future::pending().await,
    }
}

/// One pass: removals, the commissioner's start or stop, additions.
/// Returns the callbacks the calls caused that are still to be handled
/// (the `Removed` reports of the entries removed here are consumed).
fn reconcile(
    ot: &OpenThread<'_>,
    book: &JoinerBook,
    events: &mpsc::UnboundedSender<ThreadEvent>,
    now: Instant,
    retry_at: &mut Option<Instant>,
) -> Vec<CommissionerCallback> {
    let mut callbacks = Vec::new();
    let state = ffi::commissioner_state(ot);
    if state != CommissionerState::Active {
        book.commissioner_inactive();
    }
    let removals: Vec<_> = book.book.borrow_mut().to_remove.drain(..).collect();
    for (window, joiner, reason) in removals {
        if state == CommissionerState::Active {
            if let Err(e) = ffi::remove_joiner(ot, &joiner) {
                // NotFound: OpenThread dropped it already (its timeout).
                tracing::debug!(%window, %joiner, error = %e, "thread: joiner removal");
            }
            for cb in ffi::take_commissioner_callbacks_for(ot) {
                let ours = matches!(&cb, CommissionerCallback::Joiner {
                    event: JoinerEvent::Removed, entry: Some(id), ..
                } if *id == joiner);
                if !ours {
                    callbacks.push(cb);
                }
            }
        }
        emit_removed(events, window, &joiner, &reason);
    }
    let live = book.live(now);
    match state {
        // A start that did not lead to an active commissioner (not attached
        // yet, or the leader refused the petition: another commissioner
        // holds the role) is tried again after START_RETRY, not on every
        // state change.
        CommissionerState::Disabled if live && retry_at.is_none_or(|t| now >= t) => {
            *retry_at = Some(now + START_RETRY);
            match ffi::commissioner_start(ot) {
                Ok(()) => tracing::info!("thread: commissioner starting (petition)"),
                Err(e) => tracing::debug!(error = %e, "thread: commissioner cannot start yet"),
            }
        }
        CommissionerState::Active | CommissionerState::Petition if !live => {
            *retry_at = None;
            match ffi::commissioner_stop(ot) {
                Ok(()) => tracing::info!("thread: commissioner stopped (no joiner window)"),
                Err(e) => tracing::warn!(error = %e, "thread: commissioner stop"),
            }
        }
        CommissionerState::Active => add_pending(ot, book, events, now),
        _ => {}
    }
    callbacks.extend(ffi::take_commissioner_callbacks_for(ot));
    callbacks
}

/// Delay between two attempts to start the commissioner.
const START_RETRY: Duration = Duration::from_secs(5);

fn add_pending(
    ot: &OpenThread<'_>,
    book: &JoinerBook,
    events: &mpsc::UnboundedSender<ThreadEvent>,
    now: Instant,
) {
    let mut b = book.book.borrow_mut();
    for (window, t) in b.entries.iter_mut() {
        if t.slot != Slot::Pending {
            continue;
        }
        // Whole seconds, rounded down: never past the window.
        let secs = t.deadline.saturating_duration_since(now).as_secs();
        if secs == 0 {
            // Its window closes within the second: the core's removal
            // follows; nothing to admit.
            t.slot = Slot::Done;
            continue;
        }
        let timeout = u32::try_from(secs).unwrap_or(u32::MAX);
        let joiner = t.joiner.id.to_string();
        match ffi::add_joiner(ot, &t.joiner.id, &t.joiner.pskd, timeout) {
            Ok(()) => {
                t.slot = Slot::Added;
                tracing::info!(%window, %joiner, timeout_secs = timeout, "thread: joiner added");
                let _ = events.send(ThreadEvent::JoinerAdded {
                    window: *window,
                    joiner,
                    timeout_secs: timeout,
                });
            }
            Err(e) => {
                // Not retried: a full table (NoBufs) or a refused entry
                // would fail the same way; the window stays open.
                t.slot = Slot::Done;
                tracing::warn!(%window, %joiner, error = %e, "thread: joiner refused by OpenThread");
                let _ = events.send(ThreadEvent::JoinerAddFailed {
                    window: *window,
                    joiner,
                    reason: e.name,
                });
            }
        }
    }
}

fn on_callback(
    book: &JoinerBook,
    events: &mpsc::UnboundedSender<ThreadEvent>,
    cb: CommissionerCallback,
) {
    let (event, vendor, entry, joiner_id) = match cb {
        CommissionerCallback::State(s) => {
            tracing::info!(state = ?s, "thread: commissioner state");
            return;
        }
        CommissionerCallback::Joiner {
            event,
            vendor,
            entry,
            joiner_id,
        } => (event, vendor, entry, joiner_id),
    };
    let Some(id) = entry else {
        tracing::debug!(?event, "thread: joiner event without an entry");
        return;
    };
    let Some(window) = book.window_of(&id) else {
        // An entry already removed for its window (reported then).
        return;
    };
    let joiner_hex = joiner_id.map(hex::encode);
    let mut b = book.book.borrow_mut();
    let Some(t) = b.entries.get_mut(&window) else {
        return;
    };
    let outcome = |o: JoinOutcome, vendor: Option<ffi::JoinerVendor>| {
        tracing::info!(%window, joiner = %id, outcome = o.as_str(), "thread: joiner session ended");
        let _ = events.send(ThreadEvent::JoinerOutcome {
            window,
            joiner: id.to_string(),
            joiner_id: joiner_hex.clone(),
            outcome: o,
            vendor,
        });
    };
    match event {
        JoinerEvent::Start => t.session = Session::Started,
        JoinerEvent::Connected => t.session = Session::Connected,
        JoinerEvent::Finalize => {
            t.session = Session::Finalized;
            t.vendor = vendor;
        }
        JoinerEvent::End => {
            let o = match t.session {
                Session::Finalized => JoinOutcome::Joined,
                Session::Connected => JoinOutcome::Failed,
                Session::Started | Session::Idle => JoinOutcome::WrongPskd,
            };
            t.joined |= o == JoinOutcome::Joined;
            t.session = Session::Idle;
            let vendor = if o == JoinOutcome::Joined {
                t.vendor.take()
            } else {
                None
            };
            outcome(o, vendor);
        }
        JoinerEvent::Removed => {
            // OpenThread dropped it on its own: after a join, or at its
            // timeout (the window's deadline, rounded down).
            if t.session == Session::Finalized {
                t.joined = true;
                t.session = Session::Idle;
                outcome(JoinOutcome::Joined, t.vendor.take());
            }
            t.slot = Slot::Done;
            let reason = if t.joined { "joined" } else { "expired" };
            drop(b);
            emit_removed(events, window, &id, reason);
        }
        JoinerEvent::Other(n) => tracing::debug!(n, "thread: unknown joiner event"),
    }
}

/// Carries the core's joiner changes to the Thread service, in order, until
/// the core's side of the channel closes or the service stops. Run by the
/// daemon next to the Thread service.
pub async fn forward_joiner_changes(
    mut rx: mpsc::UnboundedReceiver<JoinerChange>,
    handle: ThreadHandle,
) {
    while let Some(change) = rx.recv().await {
        let r = match change {
            JoinerChange::Add {
                window,
                joiner,
                deadline,
            } => handle.add_joiner(window, joiner, deadline).await,
            JoinerChange::Remove { window, reason, .. } => {
                handle.remove_joiner(window, reason).await
            }
            JoinerChange::AllowCommissioner { deadline } => {
                handle.allow_border_agent(deadline).await
            }
            JoinerChange::EndCommissioner { reason } => handle.end_border_agent(reason).await,
        };
        match r {
            Ok(()) => {}
            Err(ThreadError::Stopped) => break,
            Err(e) => tracing::warn!(error = %e, "thread: joiner change refused"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::joiner::Pskd;

    fn entry(window: u64, eui: &str, deadline: Instant) -> JoinerEntry {
        JoinerEntry {
            window: WindowId(window),
            joiner: ThreadJoiner {
                id: JoinerId::parse_eui64(eui).expect("eui"),
                pskd: Pskd::parse("J01NME").expect("pskd"),
            },
            deadline,
        }
    }

    #[test]
    fn the_book_follows_the_windows() {
        let now = Instant::now();
        let book = JoinerBook::default();
        let (tx, mut rx) = mpsc::unbounded_channel();
        assert!(!book.live(now), "no window, no commissioner");
        book.add(entry(1, "18b4300000000002", now + Duration::from_secs(60)))
            .expect("add");
        assert!(book.live(now));
        // One window per joiner.
        assert!(book
            .add(entry(2, "18b4300000000002", now + Duration::from_secs(60)))
            .is_err());
        let list = book.list(now);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].state, "waiting");
        assert_eq!(list[0].joiner, "eui64:18b4300000000002");
        // Removing a pending entry asks nothing of OpenThread.
        book.remove(WindowId(1), "revoked".into());
        assert!(!book.live(now));
        assert!(book.book.borrow().to_remove.is_empty());
        // An added one is removed from OpenThread, and reported, by the
        // next pass (here: a new session, whose table is empty anyway).
        book.add(entry(3, "18b4300000000003", now + Duration::from_secs(60)))
            .expect("add");
        book.book
            .borrow_mut()
            .entries
            .get_mut(&WindowId(3))
            .expect("there")
            .slot = Slot::Added;
        book.remove(WindowId(3), "expired".into());
        assert!(book.live(now), "until removed from OpenThread");
        book.session_started(&tx);
        assert!(matches!(
            rx.try_recv(),
            Ok(ThreadEvent::JoinerRemoved { window: WindowId(3), ref reason, .. }) if reason == "expired"
        ));
        assert!(!book.live(now));
        // A commissioner that lost its role lost its table: its entries
        // are added again, but for one that joined.
        book.add(entry(5, "18b4300000000005", now + Duration::from_secs(60)))
            .expect("add");
        book.add(entry(6, "18b4300000000006", now + Duration::from_secs(60)))
            .expect("add");
        for (w, joined) in [(5, false), (6, true)] {
            let mut b = book.book.borrow_mut();
            let t = b.entries.get_mut(&WindowId(w)).expect("there");
            t.slot = Slot::Added;
            t.joined = joined;
        }
        book.commissioner_inactive();
        let states: Vec<String> = book.list(now).into_iter().map(|j| j.state).collect();
        assert_eq!(states, ["waiting", "done"]);
        book.remove(WindowId(5), "revoked".into());
        book.remove(WindowId(6), "revoked".into());

        // A window with less than a second left needs no commissioner.
        book.add(entry(
            4,
            "18b4300000000004",
            now + Duration::from_millis(500),
        ))
        .expect("add");
        assert!(!book.live(now));
    }

    #[test]
    fn outcomes_follow_the_joiner_callbacks() {
        let now = Instant::now();
        let book = JoinerBook::default();
        let (tx, mut rx) = mpsc::unbounded_channel();
        book.add(entry(1, "18b4300000000002", now + Duration::from_secs(60)))
            .expect("add");
        book.book
            .borrow_mut()
            .entries
            .get_mut(&WindowId(1))
            .expect("there")
            .slot = Slot::Added;
        let id = JoinerId::parse_eui64("18b4300000000002").expect("eui");
        let vendor = ffi::JoinerVendor {
            name: "Acme".into(),
            model: "Lamp".into(),
            sw_version: "1.2".into(),
        };
        let ev = |event| CommissionerCallback::Joiner {
            event,
            vendor: (event == JoinerEvent::Finalize).then(|| vendor.clone()),
            entry: Some(id),
            joiner_id: Some([1, 2, 3, 4, 5, 6, 7, 8]),
        };
        // A wrong PSKd: the session starts and ends without connecting.
        on_callback(&book, &tx, ev(JoinerEvent::Start));
        on_callback(&book, &tx, ev(JoinerEvent::End));
        match rx.try_recv() {
            Ok(ThreadEvent::JoinerOutcome {
                outcome,
                joiner_id,
                vendor,
                ..
            }) => {
                assert_eq!(outcome, JoinOutcome::WrongPskd);
                assert_eq!(vendor, None);
                assert_eq!(joiner_id.as_deref(), Some("0102030405060708"));
            }
            other => panic!("{other:?}"),
        }
        // Then the right one: joined; OpenThread drops the entry later.
        for e in [
            JoinerEvent::Start,
            JoinerEvent::Connected,
            JoinerEvent::Finalize,
            JoinerEvent::End,
            JoinerEvent::Removed,
        ] {
            on_callback(&book, &tx, ev(e));
        }
        match rx.try_recv() {
            Ok(ThreadEvent::JoinerOutcome {
                outcome: JoinOutcome::Joined,
                vendor: Some(v),
                ..
            }) => assert_eq!(v, vendor, "what it said when it finalized"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            rx.try_recv(),
            Ok(ThreadEvent::JoinerRemoved { ref reason, .. }) if reason == "joined"
        ));
        assert_eq!(book.list(now)[0].state, "done");
        assert!(!book.live(now), "a joined entry is never added again");
    }
}
