//! The radio driver: Spinel over HDLC-lite to a Thread radio co-processor
//! (RCP), in three tiers (STYLE.md #6):
//!
//! 1. [`hdlc`] and [`spinel`]: the wire codec, no I/O. Streaming HDLC-lite
//!    decoder (`Ok(None)` = need more bytes, `Err` only for a malformed
//!    frame, resync on the next flag) and Spinel frames as checked views plus
//!    `Repr`s. Unknown ids are kept as `Other(n)`.
//!
//! Byte layouts and the state machines are in `docs/radio.md`.

pub mod hdlc;
pub mod spinel;
