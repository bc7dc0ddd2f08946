//! The controller API: JSON over HTTPS with mutual TLS, plus an
//! enrollment listener and a local admin socket (docs/api.md).
//!
//! Three listeners share one axum router (hyper 1, HTTP/1.1):
//!
//! | listener | transport | who | routes |
//! |---|---|---|---|
//! | `api.listen` (8443) | TLS 1.3, client certificate **required** (hub CA) | the enrolled user named by the certificate's CN, looked up in the store | all |
//! | `api.enroll_listen` (8444) | TLS 1.3, no client certificate | anonymous, holding a bootstrap or invite code | `POST /v1/enroll` only |
//! | `dashboard.listen` (8445) | TLS 1.3, no client certificate | a browser holding a session cookie from a one-time login link ([`dashboard`]) | the dashboard's pages only |
//! | `api.admin_socket` | Unix socket, mode 0600 | peer uid (SO_PEERCRED) = the daemon's uid or root → `local-admin` (owner rights, channel `local`) | all |
//!
//! Enrollment has its own listener rather than an "optional client
//! certificate" mode on the main one, so the main listener refuses any
//! client without a hub certificate during the TLS handshake, before any
//! HTTP is parsed, and no per-route check can be forgotten.
//!
//! Modules: [`server`] (listeners, limits, shutdown), [`routes`]
//! (handlers), [`state`] (what the handlers share), [`auth`] (peers and actors), [`error`] (codes and the one
//! status table), [`types`] (bodies), [`tls`] (rustls on *ring*),
//! [`client`] (used by the CLI), [`dashboard`] (the web dashboard, on its
//! own listener: server certificate only, a session cookie from a one-time
//! login link).
#![forbid(unsafe_code)]

pub mod auth;
pub mod client;
pub mod dashboard;
pub mod error;
pub mod routes;
pub mod server;
pub mod state;
pub mod tls;
pub mod types;

pub use auth::{Authed, Peer, LOCAL_ADMIN};
pub use client::{Client, ClientError, Reply};
pub use error::ApiError;
pub use server::{ApiDeps, ApiServer, ApiSettings, ApiStartError};
