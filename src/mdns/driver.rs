//! The tokio driver (placeholder, filled in below).
