//! SQLite persistence and the hash-chained audit log.
//!
//! [`Store`] owns one `rusqlite::Connection` to `<state_dir>/threshold.db`.
//! It is synchronous and must never be used on a tokio worker thread: the
//! daemon moves it into a [`writer::StoreWriter`] thread and talks to it
//! through a cloneable [`writer::StoreHandle`].
//!
//! * [`migrations`] holds the versioned schema (tracked by `PRAGMA
//!   user_version`).
//! * [`audit`] appends to and verifies the hash-chained audit log.
//! * The typed CRUD methods for users, windows, devices, tokens, codes and
//!   meta are in `tables.rs` and re-exported here with their row structs
//!   (which wrap the commissioning core's records); `sql.rs` stores the
//!   core's id types (`ToSql` / `FromSql`).
//!
//! Durability: WAL journal with `synchronous=FULL`, so a transaction that
//! returned from `COMMIT` survives a process crash and a power loss.
//! See `docs/store.md`.
#![forbid(unsafe_code)]

use std::fs::{DirBuilder, OpenOptions, Permissions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

mod attested;
pub mod audit;
mod mdns;
pub mod migrations;
pub mod persist;
mod sql;
mod tables;
pub mod writer;

pub use attested::AttestedDeviceRow;
pub use audit::{BreakKind, ChainBreak, VerifyReport};
pub use mdns::MdnsServicesRow;
pub use tables::{CodeKind, CodeRow, DeviceRow, DeviceState, Scope, TokenRow, UserRow, WindowRow};
pub use writer::{StoreHandle, StoreWriter};

/// The `tracing` target of the audit records ([`audit::trace_record`]).
pub use audit::AUDIT_TARGET;

/// File name of the database inside the state directory.
pub const DB_FILE_NAME: &str = "threshold.db";

/// How long a statement waits for a lock held by another connection.
const BUSY_TIMEOUT: Duration = Duration::from_millis(5000);
/// SQLite's page cache per connection, in KiB (`PRAGMA cache_size`
/// negative = KiB). SQLite's default is 2000 KiB; the hub's database of a
/// few hundred devices and its audit log keep their hot pages (the
/// indexes) in far less, and a hub's RAM is shared with everything else
/// on the image (docs/performance.md, memory budget). The cache fills as
/// devices pair (the attestation chains, the audit log) and then stays at
/// this size: 512 KiB held about 0.6 MB of the daemon's heap with a few
/// hundred devices (heaptrack); a page it no longer holds is read from the
/// kernel's page cache, and every write is an `fsync`ed commit anyway.
/// 128 KiB (32 pages) still holds the tables' and indexes' upper levels.
pub const CACHE_KIB: i64 = 128;

/// An error from the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// A file or directory operation failed.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was being done (e.g. "cannot create state directory").
        what: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// `open_readonly` found no database file.
    #[error("no database at {0}")]
    NoDatabase(PathBuf),
    /// The database was written by a newer Threshold.
    #[error(
        "database schema version {found} is newer than this binary supports \
         (version {supported}); refusing to open it: upgrade threshold"
    )]
    SchemaTooNew {
        /// `PRAGMA user_version` of the file.
        found: i64,
        /// The newest version this binary knows.
        supported: i64,
    },
    /// A read-only open found a database that was never initialised.
    #[error("database at {0} is not initialised (schema version 0)")]
    Uninitialised(PathBuf),
    /// SQLite refused WAL mode.
    #[error("cannot enable WAL journal mode: SQLite reports journal_mode={0:?}")]
    NotWal(String),
    /// A stored value could not be decoded into its Rust type.
    #[error("corrupt value in table {table}: {message}")]
    Corrupt {
        /// The table.
        table: &'static str,
        /// What is wrong.
        message: String,
    },
    /// A value passed to the store is not acceptable (e.g. a code hash that
    /// is not 64 hex digits).
    #[error("invalid {field}: {message}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
    /// Writing an export failed.
    #[error("cannot write audit export: {0}")]
    Export(#[source] std::io::Error),
    /// The OS refused to create the writer thread.
    #[error("cannot spawn the store writer thread: {0}")]
    Spawn(#[source] std::io::Error),
    /// The writer thread has stopped (shut down, or the store was dropped).
    #[error("store writer thread is gone")]
    WriterGone,
    /// A closure run on the writer thread panicked (the thread survives; any
    /// open transaction was rolled back).
    #[error("store writer job panicked")]
    JobPanicked,
    /// An SQLite error.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// The persistent store: one SQLite connection to `<state_dir>/threshold.db`.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Audit records appended by the open transaction: published
    /// ([`audit::trace_record`], the observer) once it commits, dropped
    /// if it rolls back.
    appended: Vec<crate::audit::AuditRecord>,
    observer: Option<AuditObserver>,
}

/// Sees every audit record once it is durable, in `seq` order, on the
/// store's thread (set with [`Store::observe_audit`]). Must not block: the
/// daemon's metrics count with it.
pub type AuditObserver = Box<dyn Fn(&crate::audit::AuditRecord) + Send>;

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The database path inside `state_dir`.
pub fn db_path(state_dir: &Path) -> PathBuf {
    state_dir.join(DB_FILE_NAME)
}

fn io_err<'a>(
    what: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        what,
        path: path.to_owned(),
        source,
    }
}

/// Narrows `path` to 0600 if it exists and is readable or writable by group
/// or others.
fn restrict_mode(path: &Path) -> Result<(), StoreError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err("cannot stat", path)(e)),
    };
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(path, Permissions::from_mode(0o600))
            .map_err(io_err("cannot restrict the mode of", path))?;
    }
    Ok(())
}

/// The `-wal` and `-shm` companions of `db`.
fn companions(db: &Path) -> [PathBuf; 2] {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    let mut shm = db.as_os_str().to_owned();
    shm.push("-shm");
    [PathBuf::from(wal), PathBuf::from(shm)]
}

impl Store {
    /// Opens (creating if needed) the database in `state_dir` and applies
    /// pending migrations.
    ///
    /// `state_dir` is created with mode 0700 if missing. `threshold.db` is
    /// created with mode 0600 before SQLite opens it (SQLite gives the `-wal`
    /// and `-shm` files the database file's mode); an existing file (or
    /// companion) readable by group or others is narrowed to 0600. The
    /// connection runs with `journal_mode=WAL`, `synchronous=FULL`,
    /// `foreign_keys=ON`, a 5 s busy timeout and a [`CACHE_KIB`] page
    /// cache.
    pub fn open(state_dir: &Path) -> Result<Store, StoreError> {
        if !state_dir.is_dir() {
            DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(state_dir)
                .map_err(io_err("cannot create state directory", state_dir))?;
        }
        let path = db_path(state_dir);
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(io_err("cannot create database file", &path))?;
        restrict_mode(&path)?;
        for c in companions(&path) {
            restrict_mode(&c)?;
        }
        let mut conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NotWal(mode));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        migrations::migrate(&mut conn)?;
        Ok(Store::with_conn(conn, path))
    }

    /// Opens an existing database read-only, for CLI inspection. Never
    /// creates or migrates anything; fails with "no database at ..." when
    /// the file does not exist, and refuses uninitialised or too-new
    /// schemas.
    pub fn open_readonly(state_dir: &Path) -> Result<Store, StoreError> {
        let path = db_path(state_dir);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(StoreError::NoDatabase(path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NoDatabase(path))
            }
            Err(e) => return Err(io_err("cannot stat", &path)(e)),
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        let version = migrations::user_version(&conn)?;
        if version == 0 {
            return Err(StoreError::Uninitialised(path));
        }
        migrations::check_not_newer(version)?;
        Ok(Store::with_conn(conn, path))
    }

    fn with_conn(conn: Connection, path: PathBuf) -> Store {
        Store {
            conn,
            path,
            appended: Vec::new(),
            observer: None,
        }
    }

    /// Hands every audit record appended from now on to `observer`, once
    /// its transaction has committed (replacing any previous observer).
    /// Each record is also emitted as a `tracing` event
    /// ([`audit::trace_record`]) whether or not an observer is set.
    pub fn observe_audit(&mut self, observer: AuditObserver) {
        self.observer = Some(observer);
    }

    /// Runs `f` inside one `BEGIN IMMEDIATE` transaction: committed (and,
    /// with `synchronous=FULL`, durable) when `f` returns `Ok`, rolled back
    /// when it returns `Err`. The audit records it appended are published
    /// after the commit, never for a rollback.
    pub fn in_transaction<R>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.appended.clear();
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(r) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => {
                    self.publish_appended();
                    Ok(r)
                }
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    self.appended.clear();
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                self.appended.clear();
                Err(e)
            }
        }
    }

    fn publish_appended(&mut self) {
        for rec in std::mem::take(&mut self.appended) {
            audit::trace_record(&rec);
            if let Some(observe) = &self.observer {
                observe(&rec);
            }
        }
    }

    /// Rolls back a transaction left open (by a panic inside
    /// [`Store::in_transaction`]).
    pub(crate) fn rollback_if_open(&mut self) {
        self.appended.clear();
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    /// The database file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        migrations::user_version(&self.conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).expect("stat").permissions().mode() & 0o777
    }

    #[test]
    fn creates_dir_0700_and_db_0600_and_wal_0600() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("state");
        let mut store = Store::open(&dir).expect("open");
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&db_path(&dir)), 0o600);
        store
            .append_audit(
                crate::time::UnixMillis(1),
                &[crate::audit::AuditEvent::new(
                    "system",
                    crate::audit::AuditAction::DaemonStart,
                    "x",
                    "local",
                    crate::audit::Outcome::Info,
                    "ok",
                )],
            )
            .expect("append");
        let [wal, shm] = companions(&db_path(&dir));
        assert!(wal.exists(), "WAL file exists while the connection is open");
        assert_eq!(mode(&wal), 0o600);
        assert_eq!(mode(&shm), 0o600);
    }

    #[test]
    fn narrows_an_open_existing_file() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let path = db_path(tmp.path());
        std::fs::write(&path, b"").expect("create");
        std::fs::set_permissions(&path, Permissions::from_mode(0o644)).expect("chmod");
        let _store = Store::open(tmp.path()).expect("open");
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn wal_and_pragmas_are_set() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let store = Store::open(tmp.path()).expect("open");
        let jm: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .expect("jm");
        assert_eq!(jm, "wal");
        let sync: i64 = store
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .expect("sync");
        assert_eq!(sync, 2, "FULL");
        let fk: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .expect("fk");
        assert_eq!(fk, 1);
        let cache: i64 = store
            .conn
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .expect("cache");
        assert_eq!(cache, -CACHE_KIB);
    }

    #[test]
    fn readonly_requires_existing_db() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let err = Store::open_readonly(tmp.path()).expect_err("missing");
        assert!(err.to_string().starts_with("no database at "), "{err}");
        assert!(
            !db_path(tmp.path()).exists(),
            "read-only open creates nothing"
        );
        drop(Store::open(tmp.path()).expect("create"));
        let ro = Store::open_readonly(tmp.path()).expect("open ro");
        assert!(ro.verify_audit().expect("verify").first_bad.is_none());
        let err = ro.set_meta("k", "v").expect_err("read-only");
        assert!(err.to_string().contains("readonly"), "{err}");
    }

    #[test]
    fn readonly_refuses_uninitialised_file() {
        let tmp = tempfile::tempdir().expect("tempdir");
        std::fs::write(db_path(tmp.path()), b"").expect("create");
        let err = Store::open_readonly(tmp.path()).expect_err("empty");
        assert!(matches!(err, StoreError::Uninitialised(_)), "{err}");
    }
}
