//! SQLite persistence and the hash-chained audit log.
