//! RCP probe and firmware check (placeholder, filled in by the next commit).

/// Why the RCP's firmware cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RcpError {
    /// Not yet implemented.
    #[error("unsupported RCP")]
    Unsupported,
}
