//! The store's dedicated writer thread.
//!
//! SQLite calls block (and `synchronous=FULL` commits wait for `fsync`), so
//! they must never run on a tokio worker. [`StoreWriter::spawn`] moves the
//! [`Store`] into a plain `std::thread`; every access goes through a
//! cloneable [`StoreHandle`] that sends a boxed closure over an unbounded
//! channel and awaits (or blocks on) its result. Jobs run one at a time in
//! submission order, so closures see a consistent store and may use
//! transactions freely.
//!
//! The thread ends when every handle is dropped, or when
//! [`StoreHandle::shutdown`] is called (after the jobs already queued).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use super::{Store, StoreError};

type Job = Box<dyn FnOnce(&mut Store) + Send + 'static>;

enum Msg {
    Job(Job),
    Shutdown,
}

/// Spawns the writer thread (see the module documentation).
#[derive(Debug)]
#[non_exhaustive]
pub struct StoreWriter;

/// A cloneable handle to the writer thread.
#[derive(Debug, Clone)]
pub struct StoreHandle {
    tx: mpsc::Sender<Msg>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl StoreWriter {
    /// Moves `store` into a new thread named `threshold-store` and returns
    /// the first handle to it.
    ///
    /// # Panics
    ///
    /// If the OS refuses to create a thread, like [`std::thread::spawn`];
    /// [`StoreWriter::try_spawn`] returns that as an error instead.
    pub fn spawn(store: Store) -> StoreHandle {
        match Self::try_spawn(store) {
            Ok(h) => h,
            Err(e) => panic!("{e}"),
        }
    }

    /// [`StoreWriter::spawn`], reporting a thread creation failure as
    /// [`StoreError::Spawn`].
    pub fn try_spawn(store: Store) -> Result<StoreHandle, StoreError> {
        let (tx, rx) = mpsc::channel::<Msg>();
        let thread = std::thread::Builder::new()
            .name("threshold-store".into())
            .spawn(move || run(store, rx))
            .map_err(StoreError::Spawn)?;
        Ok(StoreHandle {
            tx,
            thread: Arc::new(Mutex::new(Some(thread))),
        })
    }
}

fn run(mut store: Store, rx: mpsc::Receiver<Msg>) {
    while let Ok(msg) = rx.recv() {
        match msg {
            Msg::Job(job) => job(&mut store),
            Msg::Shutdown => break,
        }
    }
    // `store` drops here: the connection closes and SQLite checkpoints the WAL.
}

impl StoreHandle {
    /// Queues `f` and sends its boxed, panic-guarded form; `done` receives
    /// its result.
    fn submit<R, F>(&self, f: F, done: impl FnOnce(Result<R, StoreError>) + Send + 'static) -> bool
    where
        R: Send + 'static,
        F: FnOnce(&mut Store) -> R + Send + 'static,
    {
        let job: Job = Box::new(move |store: &mut Store| {
            let r =
                catch_unwind(AssertUnwindSafe(|| f(store))).map_err(|_| StoreError::JobPanicked);
            if r.is_err() {
                // A job that panicked inside `Store::in_transaction` left it open.
                store.rollback_if_open();
            }
            done(r);
        });
        self.tx.send(Msg::Job(job)).is_ok()
    }

    /// Runs `f` on the writer thread and awaits its result. Never blocks
    /// the async runtime. [`StoreError::WriterGone`] if the writer stopped;
    /// [`StoreError::JobPanicked`] if `f` panicked (the writer survives).
    pub async fn call<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Store) -> R + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        if !self.submit(f, move |r| {
            let _ = tx.send(r);
        }) {
            return Err(StoreError::WriterGone);
        }
        rx.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Blocking twin of [`StoreHandle::call`], for non-async callers (never
    /// call it on a tokio worker).
    pub fn call_blocking<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Store) -> R + Send + 'static,
    {
        let (tx, rx) = mpsc::sync_channel(1);
        if !self.submit(f, move |r| {
            let _ = tx.send(r);
        }) {
            return Err(StoreError::WriterGone);
        }
        rx.recv().map_err(|_| StoreError::WriterGone)?
    }

    /// Stops the writer after the jobs already queued, and waits for the
    /// thread to finish (the store is closed on return). Other clones of
    /// the handle get [`StoreError::WriterGone`] afterwards. Blocking: from
    /// async code, call it through `spawn_blocking`.
    pub fn shutdown(self) {
        let _ = self.tx.send(Msg::Shutdown);
        let thread = match self.thread.lock() {
            Ok(mut g) => g.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        if let Some(t) = thread {
            // `run` cannot panic (jobs are guarded), so join only fails if
            // the thread was killed by a panic in Store's Drop: nothing to do.
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuditAction, AuditEvent, Outcome};
    use crate::time::UnixMillis;

    fn ev(i: u64) -> AuditEvent {
        AuditEvent::new(
            "system",
            AuditAction::DaemonStart,
            i.to_string(),
            "local",
            Outcome::Info,
            "ok",
        )
    }

    #[test]
    fn async_calls_run_on_the_writer_thread_in_order() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let handle = StoreWriter::spawn(Store::open(tmp.path()).expect("open"));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let h = handle.clone();
        let seqs = rt.block_on(async move {
            let mut tasks = Vec::new();
            for i in 0..20u64 {
                let h = h.clone();
                tasks.push(tokio::spawn(async move {
                    h.call(move |s| {
                        let name = std::thread::current().name().map(str::to_owned);
                        let recs = s.append_audit(UnixMillis(1), &[ev(i)])?;
                        Ok::<_, StoreError>((recs[0].seq, name))
                    })
                    .await
                }));
            }
            let mut seqs = Vec::new();
            for t in tasks {
                let (seq, name) = t.await.expect("join").expect("call").expect("append");
                assert_eq!(name.as_deref(), Some("threshold-store"));
                seqs.push(seq);
            }
            seqs
        });
        let mut sorted = seqs.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (1..=20).collect::<Vec<_>>());
        let report = handle
            .call_blocking(|s| s.verify_audit())
            .expect("call")
            .expect("verify");
        assert!(report.is_intact());
        assert_eq!(report.records, 20);
        handle.shutdown();
    }

    #[test]
    fn panicking_job_is_reported_and_the_writer_survives() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let handle = StoreWriter::spawn(Store::open(tmp.path()).expect("open"));
        let r: Result<(), _> = handle.call_blocking(|_| panic!("boom"));
        assert!(matches!(r, Err(StoreError::JobPanicked)));
        let n = handle
            .call_blocking(|s| s.count_users())
            .expect("alive")
            .expect("count");
        assert_eq!(n, 0);
        handle.shutdown();
    }

    #[test]
    fn shutdown_waits_and_other_handles_see_writer_gone() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let handle = StoreWriter::spawn(Store::open(tmp.path()).expect("open"));
        let other = handle.clone();
        handle
            .call_blocking(|s| s.set_meta("k", "v"))
            .expect("call")
            .expect("set");
        handle.shutdown();
        assert!(matches!(
            other.call_blocking(|s| s.get_meta("k")),
            Err(StoreError::WriterGone)
        ));
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let r = rt.block_on(other.call(|s| s.get_meta("k")));
        assert!(matches!(r, Err(StoreError::WriterGone)));
        // The thread has finished, so the connection is closed and the WAL
        // was checkpointed away.
        let wal = tmp.path().join("threshold.db-wal");
        assert!(!wal.exists(), "WAL removed on close");
        let s = Store::open(tmp.path()).expect("reopen");
        assert_eq!(s.get_meta("k").expect("get").as_deref(), Some("v"));
    }

    #[test]
    fn dropping_every_handle_ends_the_thread() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let handle = StoreWriter::spawn(Store::open(tmp.path()).expect("open"));
        let thread = handle.thread.lock().expect("lock").take().expect("thread");
        let clone = handle.clone();
        drop(handle);
        clone
            .call_blocking(|_| ())
            .expect("alive while a handle exists");
        assert!(!thread.is_finished());
        drop(clone);
        // Joined on another thread, so the wait ends on the exit itself
        // and still has a bound.
        let (done_tx, done) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = done_tx.send(thread.join());
        });
        done.recv_timeout(std::time::Duration::from_secs(10))
            .expect("thread did not end after the last handle was dropped")
            .expect("clean exit");
    }
}
