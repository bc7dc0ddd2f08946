//! How the core's id types are stored: [`WindowId`] as an `INTEGER`,
//! [`DeviceId`] as `TEXT`, [`Cti`] as lower-case hex `TEXT` (32 digits),
//! exactly the values the schema held when they were bare integers and
//! strings.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::commissioning::token::Cti;
use crate::commissioning::{DeviceId, WindowId};

impl ToSql for WindowId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        let v = i64::try_from(self.0)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        Ok(ToSqlOutput::from(v))
    }
}

impl FromSql for WindowId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let v = i64::column_result(value)?;
        u64::try_from(v)
            .map(WindowId)
            .map_err(|_| FromSqlError::OutOfRange(v))
    }
}

impl ToSql for DeviceId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for DeviceId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        String::column_result(value).map(DeviceId::from)
    }
}

impl ToSql for Cti {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for Cti {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = value.as_str()?;
        s.parse()
            .map_err(|e: crate::commissioning::token::ParseCtiError| {
                FromSqlError::Other(Box::new(e))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn ids_are_stored_as_the_plain_values() {
        let c = Connection::open_in_memory().expect("open");
        c.execute_batch("CREATE TABLE t (w INTEGER, d TEXT, c TEXT)")
            .expect("create");
        let cti = Cti([0xab; 16]);
        c.execute(
            "INSERT INTO t VALUES (?1, ?2, ?3)",
            rusqlite::params![WindowId(7), DeviceId::from("fp"), cti],
        )
        .expect("insert");
        let raw: (i64, String, String) = c
            .query_row("SELECT w, d, c FROM t", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .expect("raw");
        assert_eq!(raw, (7, "fp".to_owned(), "ab".repeat(16)));
        let typed: (WindowId, DeviceId, Cti) = c
            .query_row("SELECT w, d, c FROM t", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .expect("typed");
        assert_eq!(typed, (WindowId(7), DeviceId::from("fp"), cti));
        assert!(WindowId(u64::MAX).to_sql().is_err(), "beyond i64");
        c.execute("UPDATE t SET w = -1, c = 'not hex'", [])
            .expect("update");
        assert!(c
            .query_row("SELECT w FROM t", [], |r| r.get::<_, WindowId>(0))
            .is_err());
        assert!(c
            .query_row("SELECT c FROM t", [], |r| r.get::<_, Cti>(0))
            .is_err());
    }
}
