//! Versioned schema migrations.
//!
//! [`MIGRATIONS`] is an append-only, ordered list of SQL scripts. Script `i`
//! (0-based) takes the schema from version `i` to version `i + 1`; the
//! version is `PRAGMA user_version`, which lives in the database header and
//! is therefore changed atomically with the script's transaction. Each
//! script runs in its own `BEGIN IMMEDIATE` transaction, so a crash
//! mid-migration leaves the previous version intact, and two processes
//! racing to migrate serialise (the loser re-reads the version inside its
//! transaction and skips the script).
//!
//! A released script is never edited: schema changes are new scripts.
//! A database whose version is newer than [`LATEST_VERSION`] is refused.

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

/// Migration 1: the initial schema.
const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'guest')),
    cert_fingerprint TEXT,
    created_ms       INTEGER NOT NULL,
    revoked_ms       INTEGER
);

CREATE TABLE windows (
    id            INTEGER PRIMARY KEY,
    opened_by     TEXT NOT NULL,
    discriminator INTEGER NOT NULL,
    vid           INTEGER NOT NULL,
    pid           INTEGER NOT NULL,
    class         TEXT NOT NULL CHECK (class IN ('low', 'medium', 'high')),
    opened_ms     INTEGER NOT NULL,
    deadline_ms   INTEGER NOT NULL,
    closed_ms     INTEGER,
    close_reason  TEXT
);

CREATE TABLE devices (
    id            TEXT PRIMARY KEY,              -- device key fingerprint
    vid           INTEGER,
    pid           INTEGER,
    discriminator INTEGER,
    class         TEXT NOT NULL CHECK (class IN ('low', 'medium', 'high')),
    state         TEXT NOT NULL
                  CHECK (state IN ('pending', 'approved', 'admitted', 'quarantined', 'removed')),
    scope         TEXT CHECK (scope IS NULL OR scope IN ('setup', 'full')),
    approved_by   TEXT,
    window_id     INTEGER,
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL,
    reason        TEXT,
    full_by_ms    INTEGER                        -- deadline to reach full scope while pending
);

CREATE TABLE tokens (
    cti         TEXT PRIMARY KEY,                -- hex; never the token body
    device_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    window_id   INTEGER NOT NULL,
    scope       TEXT NOT NULL,
    issued_ms   INTEGER NOT NULL,
    expires_ms  INTEGER NOT NULL,
    redeemed_ms INTEGER,
    revoked_ms  INTEGER
);

CREATE TABLE codes (
    hash       TEXT PRIMARY KEY,                 -- hex SHA-256 of the code; never the code
    kind       TEXT NOT NULL CHECK (kind IN ('bootstrap', 'invite')),
    role       TEXT NOT NULL,
    created_by TEXT,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    used_ms    INTEGER,
    used_by    TEXT
);

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    wall_ms   INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    channel   TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    reason    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL
);
"#;

/// Migration 2: the services admitted devices registered for mDNS
/// advertising (docs/mdns.md). One row per device: the registrations as
/// JSON ([`crate::mdns::state::DeviceServices`]) and the lease end.
const V2: &str = r#"
CREATE TABLE mdns_services (
    device      TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    expires_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);
"#;

/// Migration 3: what each device presented when it paired (its DAC and PAI,
/// DER, and the firmware version it reported), so that a trust reload can
/// judge admitted devices again (docs/pki.md). One row per device.
const V3: &str = r#"
CREATE TABLE device_attestations (
    device      TEXT PRIMARY KEY,               -- devices.id
    dac         BLOB NOT NULL,
    pai         BLOB NOT NULL,
    firmware    INTEGER NOT NULL,               -- reported SoftwareVersion
    recorded_ms INTEGER NOT NULL
);
"#;

/// Migration 4: cancelled invites (`threshold user cancel-invite`, or their
/// creator revoked): when, and by whom (`user:<id>`). A cancelled code is
/// never redeemed. Unused invites of users revoked before this migration
/// die now too, as cancelled at their creator's revocation by `migration`.
const V4: &str = r#"
ALTER TABLE codes ADD COLUMN cancelled_ms INTEGER;
ALTER TABLE codes ADD COLUMN cancelled_by TEXT;
UPDATE codes
   SET cancelled_ms = (SELECT revoked_ms FROM users WHERE users.id = codes.created_by),
       cancelled_by = 'migration'
 WHERE kind = 'invite' AND used_ms IS NULL
   AND created_by IN (SELECT id FROM users WHERE revoked_ms IS NOT NULL);
"#;

/// Migration 5: the anomaly detector's scopes (docs/commissioning.md, "The
/// pairing lock"): one row per tracked scope (`kind`: source, credential,
/// window, user, hub; `key`: an address or /64, `cert:<hex>`,
/// `code:<hash>`, a window or user id, `hub`), its failure count within
/// the interval as of `last_ms`, and the end of its lock (wall clock, ms).
/// Bounded like the detector: a scope it evicts is deleted.
const V5: &str = r#"
CREATE TABLE pairing_scopes (
    kind             TEXT NOT NULL,
    key              TEXT NOT NULL,
    count            INTEGER NOT NULL,
    last_ms          INTEGER NOT NULL,
    locked_until_ms  INTEGER,
    PRIMARY KEY (kind, key)
);
"#;

/// Migration 6: SRP host bindings (docs/thread.md, "SRP server and
/// advertising proxy"): SRP host label -> device id, when and by whom
/// (`user:<id>`). A removed device's bindings are deleted.
const V6: &str = r#"
CREATE TABLE srp_bindings (
    host      TEXT PRIMARY KEY,
    device    TEXT NOT NULL,
    bound_ms  INTEGER NOT NULL,
    bound_by  TEXT NOT NULL
);
"#;

/// Migration 7: the key pinned for each SRP host binding (hex SHA-256 of
/// the host's public key, from its first publication; NULL until then).
/// A new binding of the host clears it (docs/thread.md).
const V7: &str = r#"
ALTER TABLE srp_bindings ADD COLUMN key_sha256 TEXT;
"#;

/// The ordered migration scripts; index `i` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7];

/// The schema version this binary writes (the number of migrations).
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Reads `PRAGMA user_version`.
pub fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Fails with [`StoreError::SchemaTooNew`] if `version` is beyond
/// [`LATEST_VERSION`].
pub fn check_not_newer(version: i64) -> Result<(), StoreError> {
    if version > LATEST_VERSION {
        return Err(StoreError::SchemaTooNew {
            found: version,
            supported: LATEST_VERSION,
        });
    }
    Ok(())
}

/// Applies every pending migration, each in its own immediate transaction.
/// Returns the number of scripts applied. Refuses newer databases.
pub fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    migrate_with(conn, MIGRATIONS)
}

/// [`migrate`] over an explicit script list (tests use it to inject a
/// failing script).
fn migrate_with(conn: &mut Connection, scripts: &[&str]) -> Result<usize, StoreError> {
    let latest = i64::try_from(scripts.len()).unwrap_or(i64::MAX);
    let mut applied = 0;
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version = user_version(&tx)?;
        if version > latest {
            return Err(StoreError::SchemaTooNew {
                found: version,
                supported: latest,
            });
        }
        let Some(script) = usize::try_from(version).ok().and_then(|v| scripts.get(v)) else {
            // Up to date (a negative version cannot be written by us and is
            // refused as corrupt).
            if version < 0 {
                return Err(StoreError::Corrupt {
                    table: "user_version",
                    message: format!("negative schema version {version}"),
                });
            }
            return Ok(applied);
        };
        tx.execute_batch(script)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
        applied += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn migrations_apply_once_and_are_idempotent_on_reopen() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let store = Store::open(tmp.path()).expect("open");
        assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
        store.set_meta("hub_id", "h1").expect("meta");
        drop(store);
        let store = Store::open(tmp.path()).expect("reopen");
        assert_eq!(store.schema_version().expect("version"), LATEST_VERSION);
        assert_eq!(
            store.get_meta("hub_id").expect("meta").as_deref(),
            Some("h1")
        );
        let mut conn = Connection::open(store.path()).expect("raw");
        assert_eq!(migrate(&mut conn).expect("migrate"), 0);
    }

    /// Invites of users revoked before migration 4 die with them.
    #[test]
    fn migration_4_cancels_the_unused_invites_of_revoked_users() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut conn = Connection::open(tmp.path().join("x.db")).expect("open");
        migrate_with(&mut conn, &MIGRATIONS[..3]).expect("v3");
        conn.execute_batch(
            "INSERT INTO users VALUES ('u-gone', 'A', 'admin', NULL, 1, 50);
             INSERT INTO users VALUES ('u-here', 'B', 'admin', NULL, 1, NULL);
             INSERT INTO codes VALUES ('a', 'invite', 'member', 'u-gone', 2, 999, NULL, NULL);
             INSERT INTO codes VALUES ('b', 'invite', 'member', 'u-gone', 2, 999, 9, 'u-x');
             INSERT INTO codes VALUES ('c', 'invite', 'member', 'u-here', 2, 999, NULL, NULL);",
        )
        .expect("rows");
        // Migration 4 and every later one.
        assert_eq!(migrate(&mut conn).expect("latest"), MIGRATIONS.len() - 3);
        let rows: Vec<(String, Option<i64>, Option<String>)> = conn
            .prepare("SELECT hash, cancelled_ms, cancelled_by FROM codes ORDER BY hash")
            .expect("prepare")
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        assert_eq!(
            rows,
            vec![
                ("a".into(), Some(50), Some("migration".into())),
                ("b".into(), None, None),
                ("c".into(), None, None),
            ]
        );
    }

    #[test]
    fn newer_database_is_refused() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let path = {
            let store = Store::open(tmp.path()).expect("open");
            store.path().to_owned()
        };
        let conn = Connection::open(&path).expect("raw");
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1)
            .expect("bump");
        drop(conn);
        let err = Store::open(tmp.path()).expect_err("too new");
        assert!(
            matches!(err, StoreError::SchemaTooNew { found, supported }
                if found == LATEST_VERSION + 1 && supported == LATEST_VERSION),
            "{err}"
        );
        assert!(err.to_string().contains("newer than this binary"), "{err}");
        let err = Store::open_readonly(tmp.path()).expect_err("too new");
        assert!(matches!(err, StoreError::SchemaTooNew { .. }), "{err}");
    }

    #[test]
    fn failed_script_rolls_back_and_keeps_previous_version() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut conn = Connection::open(tmp.path().join("x.db")).expect("open");
        let scripts = [
            "CREATE TABLE a(x);",
            "CREATE TABLE b(x); CREATE TABLE a(x);",
        ];
        let err = migrate_with(&mut conn, &scripts).expect_err("second script fails");
        assert!(err.to_string().contains("already exists"), "{err}");
        assert_eq!(user_version(&conn).expect("v"), 1);
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'b'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(n, 0, "the half-applied script was rolled back");
        assert_eq!(migrate_with(&mut conn, &scripts[..1]).expect("ok"), 0);
    }
}
