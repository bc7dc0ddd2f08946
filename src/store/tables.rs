//! Row types and plain typed CRUD for users, windows, devices, tokens,
//! codes and meta. Each method is one short statement; none of them
//! decides policy (that is the commissioning core's job).

use std::fmt;
use std::str::FromStr;

use rusqlite::{params, OptionalExtension, Row};

use super::{Store, StoreError};
use crate::commissioning::anomaly::LockScope;
use crate::commissioning::event::{
    CodeRecord, DeviceRecord, ScopeRecord, TokenRecord, WindowRecord,
};
use crate::commissioning::policy::{DeviceClass, DeviceClassRule, DeviceClassTable, Role};
use crate::commissioning::token::Cti;
use crate::commissioning::WindowId;
use crate::time::UnixMillis;

/// Meta key of the last-known-good wall time (decimal milliseconds).
pub(crate) const META_LAST_WALL_MS: &str = "last_wall_ms";
/// Meta key of the device-class table set through the API.
const META_DEVICE_CLASSES: &str = "device_classes";

/// The stored form of a [`DeviceClassTable`].
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredClasses {
    unknown_device_class: DeviceClass,
    device_classes: Vec<DeviceClassRule>,
}

pub use crate::commissioning::event::{CodeKind, DeviceState};
pub use crate::commissioning::token::Scope;

/// A user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    /// Stable user id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Role on the hub.
    pub role: Role,
    /// Fingerprint of the user's client certificate, if enrolled.
    pub cert_fingerprint: Option<String>,
    /// Creation time.
    pub created_ms: UnixMillis,
    /// Revocation time, if revoked.
    pub revoked_ms: Option<UnixMillis>,
}

/// A commissioning window as stored: the core's record and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowRow {
    /// The window as the core opened it.
    pub record: WindowRecord,
    /// Closing time, if closed.
    pub closed_ms: Option<UnixMillis>,
    /// Why it closed (e.g. `expired`, `paired`, `revoked`).
    pub close_reason: Option<String>,
}

/// A device as stored: the core's record and when it was first stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    /// The device as the core last wrote it.
    pub device: DeviceRecord,
    /// Creation time (the `updated` of its first record).
    pub created_ms: UnixMillis,
}

/// A pairing token's ledger entry (never the token body): the core's
/// record and what happened to it since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    /// The token as issued.
    pub record: TokenRecord,
    /// Redemption time, if redeemed.
    pub redeemed_ms: Option<UnixMillis>,
    /// Revocation time, if revoked.
    pub revoked_ms: Option<UnixMillis>,
}

/// A bootstrap or invite code as stored (only its hash): the core's record
/// and who used it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// The code as the core created it (and when it was used, if it was).
    pub record: CodeRecord,
    /// User id created by the use (or `superseded`), if used.
    pub used_by: Option<String>,
    /// Who cancelled it (`user:<id>`), if cancelled.
    pub cancelled_by: Option<String>,
}

fn corrupt(table: &'static str) -> impl FnOnce(String) -> StoreError {
    move |message| StoreError::Corrupt { table, message }
}

fn parse<T: FromStr<Err: fmt::Display>>(
    table: &'static str,
    row: &Row<'_>,
    idx: usize,
) -> Result<T, StoreError> {
    let s: String = row.get(idx)?;
    s.parse().map_err(|e: T::Err| corrupt(table)(e.to_string()))
}

fn parse_opt<T: FromStr<Err: fmt::Display>>(
    table: &'static str,
    row: &Row<'_>,
    idx: usize,
) -> Result<Option<T>, StoreError> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| s.parse().map_err(|e: T::Err| corrupt(table)(e.to_string())))
        .transpose()
}

fn ms(row: &Row<'_>, idx: usize) -> rusqlite::Result<UnixMillis> {
    row.get(idx).map(UnixMillis)
}

fn ms_opt(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<UnixMillis>> {
    Ok(row.get::<_, Option<i64>>(idx)?.map(UnixMillis))
}

/// Checks `s` is non-empty, even-length lower-case hex of at most `max`
/// digits (and exactly `max` when `exact`).
fn check_hex(field: &'static str, s: &str, max: usize, exact: bool) -> Result<(), StoreError> {
    let ok_len = if exact {
        s.len() == max
    } else {
        !s.is_empty() && s.len() <= max && s.len().is_multiple_of(2)
    };
    if !ok_len || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return Err(StoreError::Invalid {
            field,
            message: format!("expected lower-case hex ({} digits max), got {s:?}", max),
        });
    }
    Ok(())
}

const USER_COLS: &str = "id, name, role, cert_fingerprint, created_ms, revoked_ms";
const WINDOW_COLS: &str = "id, opened_by, discriminator, vid, pid, class, opened_ms, \
     deadline_ms, closed_ms, close_reason";
const DEVICE_COLS: &str = "id, vid, pid, discriminator, class, state, scope, approved_by, \
     window_id, created_ms, updated_ms, reason, full_by_ms";
const TOKEN_COLS: &str = "cti, device_id, user_id, window_id, scope, issued_ms, expires_ms, \
     redeemed_ms, revoked_ms";
const CODE_COLS: &str =
    "hash, kind, role, created_by, created_ms, expires_ms, used_ms, used_by, cancelled_ms, cancelled_by";

fn user_from(row: &Row<'_>) -> Result<UserRow, StoreError> {
    Ok(UserRow {
        id: row.get(0)?,
        name: row.get(1)?,
        role: parse("users", row, 2)?,
        cert_fingerprint: row.get(3)?,
        created_ms: ms(row, 4)?,
        revoked_ms: ms_opt(row, 5)?,
    })
}

fn window_from(row: &Row<'_>) -> Result<WindowRow, StoreError> {
    Ok(WindowRow {
        record: WindowRecord {
            id: row.get(0)?,
            opened_by: row.get(1)?,
            discriminator: row.get(2)?,
            vid: row.get(3)?,
            pid: row.get(4)?,
            class: parse("windows", row, 5)?,
            opened: ms(row, 6)?,
            deadline: ms(row, 7)?,
        },
        closed_ms: ms_opt(row, 8)?,
        close_reason: row.get(9)?,
    })
}

/// The schema allows NULL in columns the core always writes (`vid`, `pid`,
/// `discriminator`, `window_id`, `reason`); such a value reads as the
/// type's default, as the snapshot always read it.
fn device_from(row: &Row<'_>) -> Result<DeviceRow, StoreError> {
    Ok(DeviceRow {
        device: DeviceRecord {
            id: row.get(0)?,
            vid: row.get::<_, Option<u16>>(1)?.unwrap_or_default(),
            pid: row.get::<_, Option<u16>>(2)?.unwrap_or_default(),
            discriminator: row.get::<_, Option<u16>>(3)?.unwrap_or_default(),
            class: parse("devices", row, 4)?,
            state: parse("devices", row, 5)?,
            scope: parse_opt("devices", row, 6)?,
            approved_by: row.get(7)?,
            window: row.get::<_, Option<WindowId>>(8)?.unwrap_or_default(),
            updated: ms(row, 10)?,
            reason: row.get::<_, Option<String>>(11)?.unwrap_or_default(),
            full_by: ms_opt(row, 12)?,
        },
        created_ms: ms(row, 9)?,
    })
}

fn token_from(row: &Row<'_>) -> Result<TokenRow, StoreError> {
    let cti: String = row.get(0)?;
    Ok(TokenRow {
        record: TokenRecord {
            cti: cti
                .parse()
                .map_err(|_| corrupt("tokens")(format!("cti {cti:?} is not 16 hex bytes")))?,
            device: row.get(1)?,
            user: row.get(2)?,
            window: row.get(3)?,
            scope: parse("tokens", row, 4)?,
            issued: ms(row, 5)?,
            expires: ms(row, 6)?,
        },
        redeemed_ms: ms_opt(row, 7)?,
        revoked_ms: ms_opt(row, 8)?,
    })
}

/// `created_by` is nullable in the schema; the core always writes it (a
/// NULL reads as empty, as the snapshot always read it).
fn code_from(row: &Row<'_>) -> Result<CodeRow, StoreError> {
    Ok(CodeRow {
        record: CodeRecord {
            hash: row.get(0)?,
            kind: parse("codes", row, 1)?,
            role: parse("codes", row, 2)?,
            created_by: row.get::<_, Option<String>>(3)?.unwrap_or_default(),
            created: ms(row, 4)?,
            expires: ms(row, 5)?,
            used: ms_opt(row, 6)?,
            cancelled: ms_opt(row, 8)?,
        },
        used_by: row.get(7)?,
        cancelled_by: row.get(9)?,
    })
}

impl Store {
    /// Runs `sql` and decodes every row with `f`.
    fn query_all<T, P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
        f: fn(&Row<'_>) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_and_then(params, f)?;
        rows.collect()
    }

    /// Runs `sql` and decodes the first row, if any, with `f`.
    fn query_opt<T, P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
        f: fn(&Row<'_>) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query_and_then(params, f)?;
        rows.next().transpose()
    }

    // ---- users -------------------------------------------------------

    /// Inserts a user (fails if the id exists).
    pub fn insert_user(&self, u: &UserRow) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO users (id, name, role, cert_fingerprint, created_ms, revoked_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                u.id,
                u.name,
                u.role.as_str(),
                u.cert_fingerprint,
                u.created_ms.0,
                u.revoked_ms.map(|t| t.0)
            ],
        )?;
        Ok(())
    }

    /// The user with this id.
    pub fn get_user(&self, id: &str) -> Result<Option<UserRow>, StoreError> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE id = ?1");
        self.query_opt(&sql, [id], user_from)
    }

    /// All users, oldest first.
    pub fn list_users(&self) -> Result<Vec<UserRow>, StoreError> {
        let sql = format!("SELECT {USER_COLS} FROM users ORDER BY created_ms, id");
        self.query_all(&sql, [], user_from)
    }

    /// Number of users (revoked ones included).
    pub fn count_users(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Marks a user revoked at `at`; `false` if no such user or already
    /// revoked (the first revocation time is kept).
    pub fn set_user_revoked(&self, id: &str, at: UnixMillis) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE users SET revoked_ms = ?2 WHERE id = ?1 AND revoked_ms IS NULL",
            params![id, at.0],
        )?;
        Ok(n == 1)
    }

    // ---- anomaly scopes ----------------------------------------------

    /// Inserts or replaces a failure scope's counter and lock.
    pub fn upsert_scope(&self, r: &ScopeRecord) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO pairing_scopes (kind, key, count, last_ms, locked_until_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (kind, key) DO UPDATE SET count = excluded.count,
                 last_ms = excluded.last_ms, locked_until_ms = excluded.locked_until_ms",
            params![
                r.scope.kind(),
                r.scope.key(),
                r.count,
                r.last.0,
                r.locked_until.map(|t| t.0)
            ],
        )?;
        Ok(())
    }

    /// Binds SRP host `host` to `device` (replacing its earlier binding).
    pub fn put_srp_binding(
        &self,
        host: &str,
        device: &str,
        at: UnixMillis,
        by: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO srp_bindings (host, device, bound_ms, bound_by, key_sha256)
             VALUES (?1, ?2, ?3, ?4, NULL)
             ON CONFLICT (host) DO UPDATE SET device = excluded.device,
                 bound_ms = excluded.bound_ms, bound_by = excluded.bound_by,
                 key_sha256 = NULL",
            params![host, device, at.0, by],
        )?;
        Ok(())
    }

    /// Pins `key` (hex SHA-256) for the binding of SRP host `host` (no
    /// binding: nothing).
    pub fn pin_srp_key(&self, host: &str, key: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE srp_bindings SET key_sha256 = ?2 WHERE host = ?1",
            params![host, key],
        )?;
        Ok(())
    }

    /// Every pinned SRP host key, `(host, key)`, by host.
    pub fn list_srp_pins(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT host, key_sha256 FROM srp_bindings WHERE key_sha256 IS NOT NULL ORDER BY host",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row?);
        }
        Ok(out)
    }

    /// Deletes every SRP binding to `device`.
    pub fn delete_srp_bindings_of(&self, device: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM srp_bindings WHERE device = ?1",
            params![device],
        )?;
        Ok(())
    }

    /// Every SRP binding, `(host, device)`, by host.
    pub fn list_srp_bindings(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT host, device FROM srp_bindings ORDER BY host")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row?);
        }
        Ok(out)
    }

    /// Deletes a failure scope.
    pub fn delete_scope(&self, scope: &LockScope) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM pairing_scopes WHERE kind = ?1 AND key = ?2",
            params![scope.kind(), scope.key()],
        )?;
        Ok(())
    }

    /// Every stored failure scope, the most recently counted first (rows
    /// this version cannot parse are skipped).
    pub fn list_scopes(&self) -> Result<Vec<ScopeRecord>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, key, count, last_ms, locked_until_ms FROM pairing_scopes
             ORDER BY last_ms DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<i64>>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, key, count, last, until) = row?;
            if let Some(scope) = LockScope::parse(&kind, &key) {
                out.push(ScopeRecord {
                    scope,
                    count,
                    last: UnixMillis(last),
                    locked_until: until.map(UnixMillis),
                });
            }
        }
        Ok(out)
    }

    // ---- windows -----------------------------------------------------

    /// Inserts a window (fails if its id exists) and returns its id.
    pub fn insert_window(&self, w: &WindowRecord) -> Result<WindowId, StoreError> {
        self.conn.execute(
            "INSERT INTO windows (id, opened_by, discriminator, vid, pid, class, opened_ms,
                                  deadline_ms)
             VALUES (?8, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                w.opened_by,
                w.discriminator,
                w.vid,
                w.pid,
                w.class.as_str(),
                w.opened.0,
                w.deadline.0,
                w.id
            ],
        )?;
        Ok(w.id)
    }

    /// Closes an open window; `false` if no such window or already closed.
    pub fn close_window(
        &self,
        id: WindowId,
        at: UnixMillis,
        reason: &str,
    ) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE windows SET closed_ms = ?2, close_reason = ?3
             WHERE id = ?1 AND closed_ms IS NULL",
            params![id, at.0, reason],
        )?;
        Ok(n == 1)
    }

    /// Sets the class of an open window (the core only ever raises it);
    /// `false` if no such open window.
    pub fn set_window_class(&self, id: WindowId, class: DeviceClass) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE windows SET class = ?2 WHERE id = ?1 AND closed_ms IS NULL",
            params![id, class.as_str()],
        )?;
        Ok(n == 1)
    }

    /// The largest window id ever stored (0 when none): ids are never reused.
    pub fn max_window_id(&self) -> Result<WindowId, StoreError> {
        let id: Option<WindowId> = self
            .conn
            .query_row("SELECT max(id) FROM windows", [], |r| r.get(0))?;
        Ok(id.unwrap_or_default())
    }

    /// Windows not yet closed, by id.
    pub fn list_open_windows(&self) -> Result<Vec<WindowRow>, StoreError> {
        let sql = format!("SELECT {WINDOW_COLS} FROM windows WHERE closed_ms IS NULL ORDER BY id");
        self.query_all(&sql, [], window_from)
    }

    /// The window with this id.
    pub fn get_window(&self, id: WindowId) -> Result<Option<WindowRow>, StoreError> {
        let sql = format!("SELECT {WINDOW_COLS} FROM windows WHERE id = ?1");
        self.query_opt(&sql, [id], window_from)
    }

    // ---- devices -----------------------------------------------------

    /// Inserts a device or replaces every column of the existing one
    /// (except `created_ms`: the `updated` time of its first record).
    pub fn upsert_device(&self, d: &DeviceRecord) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO devices (id, vid, pid, discriminator, class, state, scope, approved_by,
                                  window_id, created_ms, updated_ms, reason, full_by_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT (id) DO UPDATE SET
                 vid = excluded.vid, pid = excluded.pid,
                 discriminator = excluded.discriminator, class = excluded.class,
                 state = excluded.state, scope = excluded.scope,
                 approved_by = excluded.approved_by, window_id = excluded.window_id,
                 updated_ms = excluded.updated_ms, reason = excluded.reason,
                 full_by_ms = excluded.full_by_ms",
            params![
                d.id,
                d.vid,
                d.pid,
                d.discriminator,
                d.class.as_str(),
                d.state.as_str(),
                d.scope.map(Scope::as_str),
                d.approved_by,
                d.window,
                d.updated.0,
                d.updated.0,
                d.reason,
                d.full_by.map(|t| t.0)
            ],
        )?;
        Ok(())
    }

    /// The device with this fingerprint.
    pub fn get_device(&self, id: &str) -> Result<Option<DeviceRow>, StoreError> {
        let sql = format!("SELECT {DEVICE_COLS} FROM devices WHERE id = ?1");
        self.query_opt(&sql, [id], device_from)
    }

    /// All devices, oldest first.
    pub fn list_devices(&self) -> Result<Vec<DeviceRow>, StoreError> {
        let sql = format!("SELECT {DEVICE_COLS} FROM devices ORDER BY created_ms, id");
        self.query_all(&sql, [], device_from)
    }

    /// Sets a device's state, scope and reason; `false` if no such device.
    pub fn set_device_state(
        &self,
        id: &str,
        state: DeviceState,
        scope: Option<Scope>,
        reason: Option<&str>,
        at: UnixMillis,
    ) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE devices SET state = ?2, scope = ?3, reason = ?4, updated_ms = ?5
             WHERE id = ?1",
            params![id, state.as_str(), scope.map(Scope::as_str), reason, at.0],
        )?;
        Ok(n == 1)
    }

    // ---- tokens ------------------------------------------------------

    /// Records an issued token (its id and metadata: the token body is
    /// never stored).
    pub fn insert_token(&self, t: &TokenRecord) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO tokens (cti, device_id, user_id, window_id, scope, issued_ms, expires_ms,
                                 redeemed_ms, revoked_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, NULL)",
            params![
                t.cti,
                t.device,
                t.user,
                t.window,
                t.scope.as_str(),
                t.issued.0,
                t.expires.0
            ],
        )?;
        Ok(())
    }

    /// The token with this id.
    pub fn get_token(&self, cti: &Cti) -> Result<Option<TokenRow>, StoreError> {
        let sql = format!("SELECT {TOKEN_COLS} FROM tokens WHERE cti = ?1");
        self.query_opt(&sql, [cti], token_from)
    }

    /// Marks a token redeemed (conditional: `false` if unknown or already
    /// redeemed, so a token is redeemed at most once).
    pub fn mark_token_redeemed(&self, cti: &Cti, at: UnixMillis) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE tokens SET redeemed_ms = ?2 WHERE cti = ?1 AND redeemed_ms IS NULL",
            params![cti, at.0],
        )?;
        Ok(n == 1)
    }

    /// Marks a token revoked; `false` if unknown or already revoked.
    pub fn mark_token_revoked(&self, cti: &Cti, at: UnixMillis) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE tokens SET revoked_ms = ?2 WHERE cti = ?1 AND revoked_ms IS NULL",
            params![cti, at.0],
        )?;
        Ok(n == 1)
    }

    /// Every token expiring after `after` (the core's ledger after a
    /// restart: it refuses tokens it does not know), by expiry.
    pub fn list_live_tokens(&self, after: UnixMillis) -> Result<Vec<TokenRow>, StoreError> {
        let sql = format!(
            "SELECT {TOKEN_COLS} FROM tokens WHERE expires_ms > ?1 ORDER BY expires_ms, cti"
        );
        self.query_all(&sql, [after.0], token_from)
    }

    // ---- codes -------------------------------------------------------

    /// Codes expiring after `after`, used or not, oldest first.
    pub fn list_codes_expiring_after(&self, after: UnixMillis) -> Result<Vec<CodeRow>, StoreError> {
        let sql = format!(
            "SELECT {CODE_COLS} FROM codes WHERE expires_ms > ?1 ORDER BY created_ms, hash"
        );
        self.query_all(&sql, [after.0], code_from)
    }

    /// Records a code by its hash (64 lower-case hex digits of SHA-256).
    pub fn insert_code(&self, c: &CodeRecord) -> Result<(), StoreError> {
        check_hex("code hash", &c.hash, 64, true)?;
        self.conn.execute(
            "INSERT INTO codes (hash, kind, role, created_by, created_ms, expires_ms, used_ms,
                                used_by, cancelled_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                c.hash,
                c.kind.as_str(),
                c.role.as_str(),
                c.created_by,
                c.created.0,
                c.expires.0,
                c.used.map(|x| x.0),
                None::<String>,
                c.cancelled.map(|x| x.0)
            ],
        )?;
        Ok(())
    }

    /// The code with this hash.
    pub fn find_code(&self, hash: &str) -> Result<Option<CodeRow>, StoreError> {
        let sql = format!("SELECT {CODE_COLS} FROM codes WHERE hash = ?1");
        self.query_opt(&sql, [hash], code_from)
    }

    /// Marks a code used, only if it is neither used nor cancelled yet (one
    /// conditional `UPDATE ... WHERE used_ms IS NULL AND cancelled_ms IS
    /// NULL`). Returns whether this call used it: among racing callers,
    /// exactly one gets `true`.
    pub fn mark_code_used(
        &self,
        hash: &str,
        at: UnixMillis,
        used_by: &str,
    ) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE codes SET used_ms = ?2, used_by = ?3
             WHERE hash = ?1 AND used_ms IS NULL AND cancelled_ms IS NULL",
            params![hash, at.0, used_by],
        )?;
        Ok(n == 1)
    }

    /// Cancels an invite, only if it is neither used nor cancelled yet
    /// (one conditional `UPDATE`). Returns whether this call cancelled it.
    pub fn cancel_code(&self, hash: &str, at: UnixMillis, by: &str) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE codes SET cancelled_ms = ?2, cancelled_by = ?3
             WHERE hash = ?1 AND used_ms IS NULL AND cancelled_ms IS NULL",
            params![hash, at.0, by],
        )?;
        Ok(n == 1)
    }

    // ---- meta --------------------------------------------------------

    /// A meta value.
    pub fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Sets a meta value (insert or replace).
    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Removes a meta value (nothing if absent).
    pub fn delete_meta(&self, key: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM meta WHERE key = ?1", [key])?;
        Ok(())
    }

    // ---- device-class policy -------------------------------------------

    /// Stores the device-class table set through the API (meta
    /// `device_classes`, JSON), or drops it for `None`.
    pub fn set_device_classes(&self, t: Option<&DeviceClassTable>) -> Result<(), StoreError> {
        match t {
            None => self.delete_meta(META_DEVICE_CLASSES),
            Some(t) => {
                let stored = StoredClasses {
                    unknown_device_class: t.unknown(),
                    device_classes: t.rules(),
                };
                let json = serde_json::to_string(&stored).map_err(|e| StoreError::Invalid {
                    field: "device_classes",
                    message: e.to_string(),
                })?;
                self.set_meta(META_DEVICE_CLASSES, &json)
            }
        }
    }

    /// The device-class table set through the API, if any.
    pub fn stored_device_classes(&self) -> Result<Option<DeviceClassTable>, StoreError> {
        let Some(json) = self.get_meta(META_DEVICE_CLASSES)? else {
            return Ok(None);
        };
        let bad = |message: String| StoreError::Corrupt {
            table: "meta",
            message: format!("{META_DEVICE_CLASSES}: {message}"),
        };
        let stored: StoredClasses = serde_json::from_str(&json).map_err(|e| bad(e.to_string()))?;
        DeviceClassTable::new(stored.device_classes, stored.unknown_device_class)
            .map(Some)
            .map_err(|e| bad(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::policy::DeviceClass;

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let s = Store::open(tmp.path()).expect("open");
        (tmp, s)
    }

    const H: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    fn code() -> CodeRecord {
        CodeRecord {
            hash: H.into(),
            kind: CodeKind::Invite,
            role: Role::Member,
            created_by: "u1".into(),
            created: UnixMillis(1),
            expires: UnixMillis(100),
            used: None,
            cancelled: None,
        }
    }

    #[test]
    fn a_code_is_cancelled_once_and_never_after_use() {
        let (_t, s) = store();
        s.insert_code(&code()).expect("insert");
        assert!(s.cancel_code(H, UnixMillis(5), "user:u0").expect("first"));
        assert!(!s.cancel_code(H, UnixMillis(6), "user:u0").expect("again"));
        assert!(!s.mark_code_used(H, UnixMillis(6), "u2").expect("use"));
        let c = s.find_code(H).expect("find").expect("exists");
        assert_eq!(c.record.cancelled, Some(UnixMillis(5)));
        assert_eq!(c.record.used, None);
        assert_eq!(c.cancelled_by.as_deref(), Some("user:u0"));
        let mut used = code();
        used.hash = "1".repeat(64);
        s.insert_code(&used).expect("insert");
        assert!(s
            .mark_code_used(&used.hash, UnixMillis(5), "u2")
            .expect("use"));
        assert!(!s
            .cancel_code(&used.hash, UnixMillis(6), "user:u0")
            .expect("cancel"));
    }

    #[test]
    fn code_is_used_once_only() {
        let (_t, s) = store();
        s.insert_code(&code()).expect("insert");
        assert!(s.mark_code_used(H, UnixMillis(5), "u2").expect("first"));
        assert!(!s.mark_code_used(H, UnixMillis(6), "u3").expect("second"));
        let c = s.find_code(H).expect("find").expect("exists");
        assert_eq!(c.record.used, Some(UnixMillis(5)));
        assert_eq!(c.used_by.as_deref(), Some("u2"));
        assert!(!s
            .mark_code_used(&"0".repeat(64), UnixMillis(6), "u3")
            .expect("unknown"));
    }

    #[test]
    fn racing_code_use_from_two_connections_wins_once() {
        let tmp = tempfile::tempdir().expect("tempdir");
        Store::open(tmp.path())
            .expect("open")
            .insert_code(&code())
            .expect("insert");
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let dir = tmp.path().to_owned();
                let b = barrier.clone();
                std::thread::spawn(move || {
                    let s = Store::open(&dir).expect("open");
                    b.wait();
                    s.mark_code_used(H, UnixMillis(10 + i), &format!("u{i}"))
                        .expect("update")
                })
            })
            .collect();
        let wins = handles
            .into_iter()
            .map(|h| h.join().expect("join"))
            .filter(|w| *w)
            .count();
        assert_eq!(wins, 1);
    }

    #[test]
    fn code_hash_must_be_sha256_hex() {
        let (_t, s) = store();
        let mut c = code();
        c.hash = "the-code-itself".into();
        assert!(matches!(s.insert_code(&c), Err(StoreError::Invalid { .. })));
    }

    #[test]
    fn users_crud() {
        let (_t, s) = store();
        let u = UserRow {
            id: "u1".into(),
            name: "Ada".into(),
            role: Role::Owner,
            cert_fingerprint: None,
            created_ms: UnixMillis(1),
            revoked_ms: None,
        };
        s.insert_user(&u).expect("insert");
        assert!(s.insert_user(&u).is_err(), "duplicate id");
        assert_eq!(s.get_user("u1").expect("get"), Some(u.clone()));
        assert_eq!(s.get_user("nope").expect("get"), None);
        assert_eq!(s.count_users().expect("count"), 1);
        assert!(s.set_user_revoked("u1", UnixMillis(9)).expect("revoke"));
        assert!(!s.set_user_revoked("u1", UnixMillis(10)).expect("again"));
        let list = s.list_users().expect("list");
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].revoked_ms, Some(UnixMillis(9)));
        let bad = s.conn.execute(
            "INSERT INTO users VALUES ('u2', 'x', 'root', NULL, 1, NULL)",
            [],
        );
        assert!(bad.is_err(), "role CHECK");
    }

    #[test]
    fn windows_crud() {
        let (_t, s) = store();
        let mut w = WindowRecord {
            id: WindowId(1),
            opened_by: "u1".into(),
            discriminator: 3840,
            vid: 0xfff1,
            pid: 0x8000,
            class: DeviceClass::High,
            opened: UnixMillis(1),
            deadline: UnixMillis(181_000),
        };
        let a = s.insert_window(&w).expect("insert");
        assert!(s.insert_window(&w).is_err(), "ids are unique");
        w.id = WindowId(7);
        let b = s.insert_window(&w).expect("insert");
        assert_eq!((a, b), (WindowId(1), WindowId(7)));
        assert_eq!(s.max_window_id().expect("max"), WindowId(7));
        assert_eq!(s.list_open_windows().expect("open").len(), 2);
        assert!(s.close_window(a, UnixMillis(5), "paired").expect("close"));
        assert!(!s.close_window(a, UnixMillis(6), "expired").expect("twice"));
        let open = s.list_open_windows().expect("open");
        assert_eq!(
            open.iter().map(|w| w.record.id).collect::<Vec<_>>(),
            vec![b]
        );
        let got = s.get_window(a).expect("get").expect("exists");
        assert_eq!(got.record.class, DeviceClass::High);
        assert_eq!(got.record.vid, 0xfff1);
        assert_eq!(got.close_reason.as_deref(), Some("paired"));
        assert_eq!(s.get_window(b).expect("get").expect("exists").record, w);
    }

    #[test]
    fn devices_crud() {
        let (_t, s) = store();
        let mut d = DeviceRecord {
            id: "fp1".into(),
            vid: 1,
            pid: 0,
            discriminator: 3840,
            class: DeviceClass::Low,
            state: DeviceState::Pending,
            scope: Some(Scope::Setup),
            approved_by: None,
            window: WindowId(1),
            updated: UnixMillis(1),
            reason: String::new(),
            full_by: Some(UnixMillis(600_000)),
        };
        s.upsert_device(&d).expect("insert");
        assert_eq!(
            s.get_device("fp1").expect("get").expect("exists"),
            DeviceRow {
                device: d.clone(),
                created_ms: UnixMillis(1)
            }
        );
        d.state = DeviceState::Admitted;
        d.updated = UnixMillis(50);
        s.upsert_device(&d).expect("update");
        let got = s.get_device("fp1").expect("get").expect("exists");
        assert_eq!(got.device.state, DeviceState::Admitted);
        assert_eq!(got.device.updated, UnixMillis(50));
        assert_eq!(got.created_ms, UnixMillis(1), "created_ms kept");
        assert!(s
            .set_device_state(
                "fp1",
                DeviceState::Quarantined,
                None,
                Some("alert"),
                UnixMillis(3)
            )
            .expect("set"));
        let got = s.get_device("fp1").expect("get").expect("exists");
        assert_eq!(got.device.state, DeviceState::Quarantined);
        assert_eq!(got.device.scope, None);
        assert_eq!(got.device.reason, "alert");
        assert_eq!(s.list_devices().expect("list").len(), 1);
        assert!(!s
            .set_device_state("nope", DeviceState::Removed, None, None, UnixMillis(4))
            .expect("unknown"));
        // Columns the schema leaves nullable read as their defaults.
        s.conn
            .execute(
                "UPDATE devices SET vid = NULL, window_id = NULL, reason = NULL",
                [],
            )
            .expect("null out");
        let got = s.get_device("fp1").expect("get").expect("exists");
        assert_eq!(
            (
                got.device.vid,
                got.device.window,
                got.device.reason.as_str()
            ),
            (0, WindowId(0), "")
        );
        s.conn
            .execute_batch(
                "PRAGMA ignore_check_constraints = ON; UPDATE devices SET state = 'weird';",
            )
            .expect("force a bad value");
        assert!(matches!(
            s.get_device("fp1"),
            Err(StoreError::Corrupt {
                table: "devices",
                ..
            })
        ));
    }

    #[test]
    fn tokens_crud_and_live_list() {
        let (_t, s) = store();
        let tok = |cti: u8, exp: i64| TokenRecord {
            cti: Cti([cti; 16]),
            device: "fp1".into(),
            user: "u1".into(),
            window: WindowId(1),
            scope: Scope::Full,
            issued: UnixMillis(0),
            expires: UnixMillis(exp),
        };
        let (aa, bb, cc, dd) = (
            Cti([0xaa; 16]),
            Cti([0xbb; 16]),
            Cti([0xcc; 16]),
            Cti([0xdd; 16]),
        );
        for (cti, exp) in [(0xaa, 100), (0xbb, 200), (0xcc, 300), (0xdd, 50)] {
            s.insert_token(&tok(cti, exp)).expect("insert");
        }
        assert!(s.insert_token(&tok(0xaa, 1)).is_err(), "ctis are unique");
        assert!(s.mark_token_redeemed(&aa, UnixMillis(10)).expect("redeem"));
        assert!(!s.mark_token_redeemed(&aa, UnixMillis(11)).expect("twice"));
        assert!(s.mark_token_revoked(&bb, UnixMillis(12)).expect("revoke"));
        assert!(s.mark_token_redeemed(&dd, UnixMillis(13)).expect("redeem"));
        let live = s.list_live_tokens(UnixMillis(60)).expect("live");
        let ctis: Vec<_> = live.iter().map(|t| t.record.cti).collect();
        assert_eq!(ctis, [aa, bb, cc], "dd expired");
        assert_eq!(live[0].record.expires, UnixMillis(100));
        assert_eq!(live[0].redeemed_ms, Some(UnixMillis(10)));
        assert_eq!(live[1].revoked_ms, Some(UnixMillis(12)));
        assert_eq!(live[2].redeemed_ms, None);
        assert_eq!(
            s.get_token(&cc).expect("get").expect("exists").record,
            tok(0xcc, 300)
        );
        // The cti is stored as 32 lower-case hex digits; anything else in
        // the column is reported as corrupt.
        let raw: String = s
            .conn
            .query_row("SELECT cti FROM tokens WHERE expires_ms = 300", [], |r| {
                r.get(0)
            })
            .expect("raw");
        assert_eq!(raw, "cc".repeat(16));
        s.conn
            .execute(
                "UPDATE tokens SET cti = 'not hex' WHERE expires_ms = 300",
                [],
            )
            .expect("force a bad value");
        assert!(matches!(
            s.list_live_tokens(UnixMillis(60)),
            Err(StoreError::Corrupt {
                table: "tokens",
                ..
            })
        ));
    }

    #[test]
    fn meta_get_set() {
        let (_t, s) = store();
        assert_eq!(s.get_meta("hub_id").expect("get"), None);
        s.set_meta("hub_id", "a").expect("set");
        s.set_meta("hub_id", "b").expect("set");
        assert_eq!(s.get_meta("hub_id").expect("get").as_deref(), Some("b"));
    }

    #[test]
    fn device_classes_set_through_the_api_round_trip_and_reset() {
        let (_t, s) = store();
        assert_eq!(s.stored_device_classes().expect("read"), None);
        let t = DeviceClassTable::new(
            [
                DeviceClassRule {
                    vid: 0xFFF1,
                    pid: None,
                    class: DeviceClass::Low,
                },
                DeviceClassRule {
                    vid: 0xFFF1,
                    pid: Some(0x8123),
                    class: DeviceClass::High,
                },
            ],
            DeviceClass::Medium,
        )
        .expect("table");
        s.set_device_classes(Some(&t)).expect("store");
        assert_eq!(s.stored_device_classes().expect("read"), Some(t));
        s.set_device_classes(None).expect("drop");
        assert_eq!(s.stored_device_classes().expect("read"), None);
        s.set_meta(META_DEVICE_CLASSES, "{\"x\": 1}").expect("set");
        assert!(matches!(
            s.stored_device_classes(),
            Err(StoreError::Corrupt { table: "meta", .. })
        ));
    }
}
