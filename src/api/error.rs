//! API errors: a stable snake_case `code`, a human `message`, and the HTTP
//! status from ONE table ([`ERROR_CODES`], read by [`status_for`]).
//!
//! Refusals of the commissioning core keep the core's own `code()` (the
//! same string as the audit record's `reason`); the API adds codes for
//! what it checks itself (request shape, authentication, payloads).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::commissioning::error::{
    CloseWindowError, DeviceActionError, EnrollError, InviteError, OpenWindowError, RevokeError,
    RevokeUserError,
};
use crate::daemon::CoreGone;
use crate::store::StoreError;

use super::types::ErrorBody;

/// Every error code the API answers with, and its HTTP status. This is the
/// only place a status is chosen; `docs/api.md` lists the same table (a
/// test checks they agree).
pub const ERROR_CODES: &[(&str, u16)] = &[
    // 400: the request is wrong; nothing changed.
    ("malformed_json", 400),
    ("invalid_request", 400),
    ("invalid_query", 400),
    ("invalid_id", 400),
    ("invalid_payload", 400),
    ("vid_pid_required", 400),
    ("vid_pid_conflict", 400),
    ("discriminator_required", 400),
    ("discriminator_mismatch", 400),
    ("invalid_discriminator", 400),
    ("invalid_ttl", 400),
    ("invalid_csr", 400),
    ("invalid_cti", 400),
    ("malformed_code", 400),
    ("invalid_name", 400),
    // 401: who is asking is not established.
    ("unauthenticated", 401),
    ("unknown_user", 401),
    // 403: known, but refused.
    ("user_revoked", 403),
    ("peer_not_permitted", 403),
    ("not_permitted", 403),
    ("role_not_permitted", 403),
    ("unknown_code", 403),
    ("code_used", 403),
    ("code_expired", 403),
    // 404: no such thing.
    ("not_found", 404),
    ("no_such_window", 404),
    ("no_such_device", 404),
    ("no_such_user", 404),
    ("unknown_token", 404),
    ("method_not_allowed", 405),
    ("request_timeout", 408),
    // 409: the thing is not in a state where this applies.
    ("window_already_open", 409),
    ("invalid_state", 409),
    ("already_revoked", 409),
    ("body_too_large", 413),
    ("pairing_locked", 429),
    ("internal", 500),
    ("unavailable", 503),
];

/// The HTTP status of an error code (500 for a code missing from
/// [`ERROR_CODES`], which a test forbids).
pub fn status_for(code: &str) -> StatusCode {
    ERROR_CODES
        .iter()
        .find(|(c, _)| *c == code)
        .and_then(|(_, s)| StatusCode::from_u16(*s).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// An error answered to an API client as
/// `{"code": "<code>", "message": "..."}` with [`status_for`]`(code)`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
#[non_exhaustive]
pub struct ApiError {
    /// Stable snake_case code.
    pub code: &'static str,
    /// Human-readable explanation.
    pub message: String,
}

impl ApiError {
    /// An error with `code` (from [`ERROR_CODES`]) and `message`.
    pub fn new(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    /// `internal`: logged in full, answered without detail.
    pub fn internal(what: impl std::fmt::Display) -> ApiError {
        tracing::error!("api: internal error: {what}");
        ApiError::new("internal", "internal error (see the hub's log)")
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        status_for(self.code)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            code: self.code.to_owned(),
            message: self.message,
        };
        (status_for(self.code), axum::Json(body)).into_response()
    }
}

macro_rules! core_refusal {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for ApiError {
            fn from(e: $t) -> ApiError {
                let code = e.code();
                if code == "internal" {
                    return ApiError::internal(e);
                }
                ApiError::new(code, e.to_string())
            }
        }
    )*};
}

core_refusal!(
    OpenWindowError,
    CloseWindowError,
    DeviceActionError,
    RevokeError,
    EnrollError,
    InviteError,
    RevokeUserError,
);

impl From<CoreGone> for ApiError {
    fn from(_: CoreGone) -> ApiError {
        ApiError::new("unavailable", "the hub is shutting down")
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::WriterGone => ApiError::new("unavailable", "the hub is shutting down"),
            e => ApiError::internal(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::event::DeviceState;
    use crate::commissioning::policy::{DeviceClass, Role};
    use crate::time::UnixMillis;

    #[test]
    fn every_code_is_unique_and_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for (c, s) in ERROR_CODES {
            assert!(seen.insert(*c), "duplicate {c}");
            assert!(
                c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{c}"
            );
            assert!(StatusCode::from_u16(*s).is_ok(), "{c}");
        }
    }

    /// docs/api.md's error table is this table, in this order.
    #[test]
    fn the_documented_table_is_the_table() {
        let doc = include_str!("../../docs/api.md");
        let errors = doc
            .split("\n## Errors\n")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("an Errors section");
        let rows: Vec<(String, u16)> = errors
            .lines()
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
                Some((code.to_owned(), cells.get(2)?.parse().ok()?))
            })
            .collect();
        let table: Vec<(String, u16)> = ERROR_CODES
            .iter()
            .map(|(c, s)| (c.to_string(), *s))
            .collect();
        assert_eq!(rows, table);
    }

    /// Every refusal the core can give through the API has a status.
    #[test]
    fn every_core_code_is_mapped() {
        let t = UnixMillis(0);
        let errs: Vec<ApiError> = vec![
            OpenWindowError::Locked { until: t }.into(),
            OpenWindowError::NotPermitted {
                role: Role::Member,
                class: DeviceClass::High,
            }
            .into(),
            OpenWindowError::InvalidDiscriminator(5000).into(),
            OpenWindowError::AlreadyOpen {
                discriminator: 1,
                window: crate::commissioning::WindowId(1),
            }
            .into(),
            CloseWindowError::NoSuchWindow(crate::commissioning::WindowId(1)).into(),
            CloseWindowError::NotPermitted(crate::commissioning::WindowId(1)).into(),
            DeviceActionError::NotPermitted(Role::Guest).into(),
            DeviceActionError::NoSuchDevice("d".into()).into(),
            DeviceActionError::InvalidState(DeviceState::Removed).into(),
            RevokeError::NotPermitted(Role::Guest).into(),
            RevokeError::UnknownToken("x".into()).into(),
            EnrollError::Locked { until: t }.into(),
            EnrollError::Malformed.into(),
            EnrollError::UnknownCode.into(),
            EnrollError::Expired(t).into(),
            EnrollError::AlreadyUsed.into(),
            EnrollError::InvalidName.into(),
            EnrollError::Rng.into(),
            InviteError::NotPermitted {
                role: Role::Member,
                invited: Role::Admin,
            }
            .into(),
            InviteError::Rng.into(),
            RevokeUserError::NotPermitted {
                role: Role::Admin,
                target: Role::Owner,
            }
            .into(),
            RevokeUserError::NoSuchUser("u".into()).into(),
            RevokeUserError::AlreadyRevoked("u".into()).into(),
            CoreGone.into(),
        ];
        for e in errs {
            assert!(
                ERROR_CODES.iter().any(|(c, _)| *c == e.code),
                "{} has no status",
                e.code
            );
        }
        assert_eq!(status_for("role_not_permitted"), StatusCode::FORBIDDEN);
        assert_eq!(status_for("body_too_large"), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(status_for("no_such_code_at_all"), 500);
    }
}
