//! Threshold: border-router firmware for smart-home hubs.
//!
//! The crate is a library plus one binary (`threshold`). The library is
//! layered as DESIGN.md describes:
//!
//! * [`commissioning`] is the sans-IO core: windows, pairing sessions,
//!   tokens, roles, bootstrap/invite codes and anomaly detection. It never
//!   reads a clock or touches a socket or a file; it is fed `now` and yields
//!   events.
//! * [`pake`] is SPAKE2+ (RFC 9383), the passcode proof of a pairing.
//! * [`store`] is the SQLite persistence and the hash-chained audit log.
//! * [`audit`] defines the audit record and its canonical, hashed encoding.
//! * [`config`] is the TOML configuration with embedded defaults, parsed
//!   once into typed [`config::Settings`].
//! * [`names`] checks DNS host names, labels and DNS-SD instance names.
//! * [`time`] holds the wall-clock seam (monotonic time is passed as
//!   [`std::time::Instant`]).
//! * [`daemon`] wires the pieces into `threshold run`.
//! * [`onboarding`] reads and writes Matter onboarding payloads (QR code,
//!   manual pairing code).
//! * [`attestation`] verifies Matter device attestation chains (DAC → PAI
//!   → PAA) and runs the hub's own CA.
//! * [`coap`] is the CoAP front-end (RFC 8323 over TLS, RFC 7252 over
//!   UDP) and its resource router.
//! * [`pairing`] is the hub side of pairing protocol v1 on the wire
//!   (`/pair/start`, `/pair/pake`, `/pair/confirm`, `/pair/redeem`),
//!   independent of the transport; [`device`] is the reference device
//!   that runs the other side.
//! * [`refusal`] is the one table of refusal codes: each code's string,
//!   CoAP response code, HTTP status and doc line (pure data).
//! * [`api`] is the controller API: HTTPS with mutual TLS, the enrollment
//!   listener and the local admin socket.
//! * [`cli`] holds the command-line subcommands (`threshold audit ...`).
//! * [`thread`] runs OpenThread's FTD core on the RCP (the Thread network).
//!
//! `unsafe` is denied crate-wide and forbidden in every top-level module
//! but [`thread`], whose FFI file ([`thread::ffi`]) alone allows it.
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod api;
pub mod attestation;
pub mod audit;
pub mod cli;
pub mod coap;
pub mod commissioning;
pub mod config;
pub mod core_driver;
pub mod daemon;
pub mod device;
pub mod fsutil;
pub mod mdns;
pub mod names;
pub mod onboarding;
pub mod pairing;
pub mod pake;
pub mod radio;
pub mod refusal;
pub mod store;
pub mod thread;
pub mod time;
