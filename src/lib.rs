//! Threshold: border-router firmware for smart-home hubs.
//!
//! The crate is a library plus one binary (`threshold`). Each concern has
//! one home, a top-level module, and the modules form five layers; a
//! module uses only its own layer and the layers below, never `daemon` or
//! `cli`, and no two modules import each other, directly or not
//! (docs/architecture.md; `tests/layers.rs` checks it).
//!
//! 1. Codecs and plain logic:
//!    [`audit`] (the audit record and its canonical, hashed encoding),
//!    [`conn_limit`] (per-source connection limits of the TCP listeners),
//!    [`fsutil`] (private directories, atomic and secret files),
//!    [`names`] (DNS host names, labels, DNS-SD instance names),
//!    [`onboarding`] (Matter QR and manual codes),
//!    [`pake`] (SPAKE2+, RFC 9383),
//!    [`refusal`] (every refusal code with its CoAP code, HTTP status and
//!    doc line), [`time`] (the wall-clock seam; monotonic time is passed
//!    as [`std::time::Instant`]).
//! 2. The sans-IO core: [`commissioning`] (windows, pairing sessions,
//!    tokens, roles, bootstrap and invite codes, anomaly detection, which
//!    refusals count towards the lock). It never reads a clock or touches a
//!    socket or a file; it is fed `now` and yields events.
//! 3. Persistence and trust: [`store`] (SQLite and the hash-chained audit
//!    log), [`attestation`] (device attestation chains DAC → PAI → PAA,
//!    the hub CA, the hub key and the device PKI on disk).
//! 4. Drivers: [`core_driver`] (the task owning the core, [`core_driver::CoreHandle`]),
//!    [`api`] (the controller API: HTTPS with mutual TLS, enrollment
//!    listener, admin socket), [`coap`] (RFC 8323 over TLS, RFC 7252 over
//!    UDP, the router), [`pairing`] (the hub side of pairing protocol v1 and
//!    its messages), [`device`] (the reference device), [`mdns`] (DNS-SD
//!    advertising), [`radio`] (Spinel over HDLC to the RCP), [`thread`]
//!    (OpenThread's FTD core, the Thread network), [`otbr_rest`]
//!    (OpenThread-REST-compatible resources for Home Assistant), [`systemd`] (readiness,
//!    stopping and watchdog notifications to the service manager),
//!    [`metrics`] (the loopback Prometheus endpoint: counters from the
//!    audit stream, gauges read at scrape).
//! 5. Composition: [`config`] (the TOML configuration, parsed once into
//!    typed [`config::Settings`]), [`daemon`] (`threshold run`: start and
//!    stop order), [`cli`] (the subcommands).
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
pub mod conn_limit;
pub mod core_driver;
pub mod daemon;
pub mod device;
pub mod fsutil;
pub mod matter;
pub mod mdns;
pub mod metrics;
pub mod names;
pub mod onboarding;
pub mod otbr_rest;
pub mod pairing;
pub mod pake;
pub mod radio;
pub mod refusal;
pub mod store;
pub mod systemd;
pub mod thread;
pub mod time;
