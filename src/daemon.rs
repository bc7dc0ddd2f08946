//! `threshold run`.
