//! The radio driver: Spinel over HDLC-lite to a Thread radio co-processor
//! (RCP), in three tiers (STYLE.md #6):
//!
//! 1. [`hdlc`] and [`spinel`]: the wire codec, no I/O. Streaming HDLC-lite
//!    decoder (`Ok(None)` = need more bytes, `Err` only for a malformed
//!    frame, resync on the next flag) and Spinel frames as checked views plus
//!    `Repr`s. Unknown ids are kept as `Other(n)`.
//! 2. [`matcher`]: the sans-IO request matcher keyed by TID, fed `now`.
//! 3. [`connection`]: the tokio [`Connection`] task and its cloneable
//!    [`Handle`], over a [`transport`] opened from a [`RadioUrl`].
//!
//! [`rcp`] probes the RCP (versions, capabilities, EUI-64) and refuses
//! firmware the hub cannot drive.
//!
//! Call order: [`open`] the URL, `tokio::spawn` the [`Connection::run`]
//! future, then use the [`Handle`]: [`Handle::request`] / [`Handle::get`] for
//! TID-matched requests, or [`Handle::send_raw`] plus
//! [`Handle::take_raw_receiver`] as a raw Spinel pipe for a client with its
//! own TIDs (OpenThread's `SpinelRadio`). [`Handle::closed`] resolves with
//! the [`LinkEnd`] when the link is lost; open again to recover.
//!
//! Byte layouts, state machines and error texts are in `docs/radio.md`.
#![forbid(unsafe_code)]

use std::fmt;

pub mod connection;
pub mod hdlc;
pub mod matcher;
pub mod rcp;
pub mod spinel;
pub mod transport;
pub mod url;

pub use connection::{connect, Connection, Handle, Options};
pub use url::{RadioTarget, RadioUrl, UrlError};

use spinel::{Command, PropId, Status};

/// Why the link to the RCP ended.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkEnd {
    /// The RCP closed the stream (process exited, device unplugged).
    Eof,
    /// The RCP did not answer the frame with this TID in time.
    Timeout {
        /// The TID that went unanswered.
        tid: u8,
    },
    /// The RCP reported a reset the host did not ask for.
    UnexpectedReset {
        /// The reset reason (0 power-on, 1 external, 2 software, 3 fault,
        /// 4 crash, 5 assert, 6 other, 7 unknown, 8 watchdog).
        reason: u8,
    },
    /// Reading or writing the transport failed.
    Io {
        /// The error kind.
        kind: std::io::ErrorKind,
        /// The error text.
        message: String,
    },
    /// The host closed the link ([`Handle::shutdown`] or every handle dropped).
    Closed,
}

impl LinkEnd {
    fn from_io(e: &std::io::Error) -> Self {
        LinkEnd::Io {
            kind: e.kind(),
            message: e.to_string(),
        }
    }
}

impl fmt::Display for LinkEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkEnd::Eof => f.write_str("the RCP closed the link (end of file)"),
            LinkEnd::Timeout { tid } => write!(f, "the RCP did not answer TID {tid} in time"),
            LinkEnd::UnexpectedReset { reason } => {
                write!(f, "the RCP reset unexpectedly (reason {reason})")
            }
            LinkEnd::Io { message, .. } => write!(f, "radio I/O error: {message}"),
            LinkEnd::Closed => f.write_str("the host closed the link"),
        }
    }
}

/// Errors of the radio driver.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RadioError {
    /// The radio URL is invalid.
    #[error("invalid radio URL: {0}")]
    Url(#[from] UrlError),
    /// Opening or configuring the transport failed.
    #[error("{context} {path}: {source}")]
    Io {
        /// What was being done.
        context: &'static str,
        /// The device or program.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A frame could not be encoded or decoded.
    #[error(transparent)]
    Spinel(#[from] spinel::SpinelError),
    /// No TID free, or a raw frame reused a pending request's TID.
    #[error(transparent)]
    Tid(#[from] matcher::MatchError),
    /// No answer in time (the link is then declared lost).
    #[error("the RCP did not answer {command} {} in time", prop.map(|p| p.to_string()).unwrap_or_default())]
    Timeout {
        /// The command sent.
        command: Command,
        /// Its property.
        prop: Option<PropId>,
    },
    /// The RCP answered a property request with an error status.
    #[error("the RCP answered {prop} with status {status:?}")]
    Status {
        /// The property asked for.
        prop: PropId,
        /// The status.
        status: Status,
    },
    /// The RCP answered with a different property or command.
    #[error("the RCP answered {prop} with {command} {got:?}")]
    Unexpected {
        /// The property asked for.
        prop: PropId,
        /// The command of the answer.
        command: Command,
        /// The property of the answer.
        got: Option<PropId>,
    },
    /// The RCP reset while the request was pending.
    #[error("the RCP reset before answering")]
    Reset,
    /// The link is down.
    #[error("radio link down: {0}")]
    LinkDown(LinkEnd),
    /// The RCP's firmware is not usable (see [`rcp::check`]).
    #[error(transparent)]
    Unsupported(#[from] rcp::RcpError),
}

/// Opens the RCP a URL names with default [`Options`]: the connection task
/// (spawn [`Connection::run`]) and a handle. Must be called inside a tokio
/// runtime.
pub async fn open(url: &RadioUrl) -> Result<(Connection, Handle), RadioError> {
    open_with(url, Options::default()).await
}

/// [`open`] with explicit options.
pub async fn open_with(
    url: &RadioUrl,
    options: Options,
) -> Result<(Connection, Handle), RadioError> {
    let opened = transport::open(url).await?;
    Ok(connect(opened.stream, opened.child, options))
}
