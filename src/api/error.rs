//! API errors: a [`Refusal`] (its stable snake_case code and HTTP status
//! come from the one table of [`crate::refusal`]) and a human `message`.
//!
//! Refusals of the commissioning core keep the core's own refusal (the
//! same string as the audit record's `reason`); the API adds refusals for
//! what it checks itself (request shape, authentication, payloads).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::commissioning::error::{
    AllowanceError, CloseWindowError, DeviceActionError, DeviceClassesError, EnrollError,
    InviteAdminError, InviteError, NotPermitted, OpenWindowError, RevokeError, RevokeUserError,
    TrustReloadError, UnlockError,
};
use crate::core_driver::CoreGone;
use crate::refusal::Refusal;
use crate::store::StoreError;

use super::types::ErrorBody;

/// An error answered to an API client as
/// `{"code": "<code>", "message": "..."}` with the refusal's HTTP status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{refusal}: {message}")]
#[non_exhaustive]
pub struct ApiError {
    /// The refusal: its stable snake_case code and HTTP status.
    pub refusal: Refusal,
    /// Human-readable explanation.
    pub message: String,
}

impl ApiError {
    /// An error with `refusal` (one answered over HTTP:
    /// [`Refusal::http_status`] is `Some`) and `message`.
    pub fn new(refusal: Refusal, message: impl Into<String>) -> ApiError {
        debug_assert!(
            refusal.http_status().is_some(),
            "{refusal} is not answered over HTTP"
        );
        ApiError {
            refusal,
            message: message.into(),
        }
    }

    /// `internal`: logged in full, answered without detail.
    pub fn internal(what: impl std::fmt::Display) -> ApiError {
        tracing::error!("api: internal error: {what}");
        ApiError::new(Refusal::Internal, "internal error (see the hub's log)")
    }

    /// The HTTP status of the refusal.
    pub fn status(&self) -> StatusCode {
        // A refusal without an HTTP status is a programming error (the
        // table says it is never answered over HTTP): 500, as before the
        // table.
        self.refusal
            .http_status()
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = ErrorBody {
            code: self.refusal.as_str().to_owned(),
            message: self.message,
        };
        (status, axum::Json(body)).into_response()
    }
}

macro_rules! core_refusal {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for ApiError {
            fn from(e: $t) -> ApiError {
                let refusal = e.refusal();
                if refusal == Refusal::Internal {
                    return ApiError::internal(e);
                }
                ApiError::new(refusal, e.to_string())
            }
        }
    )*};
}

core_refusal!(
    AllowanceError,
    crate::commissioning::matter::MatterWindowError,
    OpenWindowError,
    CloseWindowError,
    DeviceActionError,
    RevokeError,
    EnrollError,
    InviteError,
    InviteAdminError,
    RevokeUserError,
    TrustReloadError,
    DeviceClassesError,
    UnlockError,
    NotPermitted,
    crate::commissioning::joiner::JoinerError,
    crate::commissioning::dashboard::DashboardRefusal,
);

impl From<crate::pairing::ReloadError> for ApiError {
    fn from(e: crate::pairing::ReloadError) -> ApiError {
        use crate::pairing::ReloadError as E;
        match e {
            E::Refused(e) => e.into(),
            E::CoreGone(e) => e.into(),
            E::Store(e) => e.into(),
            e => ApiError::internal(e),
        }
    }
}

impl From<CoreGone> for ApiError {
    fn from(_: CoreGone) -> ApiError {
        ApiError::new(Refusal::Unavailable, "the hub is shutting down")
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::WriterGone => {
                ApiError::new(Refusal::Unavailable, "the hub is shutting down")
            }
            e => ApiError::internal(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::event::DeviceState;
    use crate::commissioning::policy::{ClassSource, DeviceClass, Role};
    use crate::time::UnixMillis;

    /// docs/api.md's error table is the HTTP part of the [`Refusal`]
    /// table, in its order: code, status and meaning.
    #[test]
    fn the_documented_table_is_the_table() {
        let doc = include_str!("../../docs/api.md");
        let errors = doc
            .split("\n## Errors\n")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("an Errors section");
        let rows: Vec<(String, u16, String)> = errors
            .lines()
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
                Some((
                    code.to_owned(),
                    cells.get(2)?.parse().ok()?,
                    cells.get(3)?.to_string(),
                ))
            })
            .collect();
        let table: Vec<(String, u16, String)> = Refusal::ALL
            .iter()
            .filter_map(|r| Some((r.as_str().to_owned(), r.http_status()?, r.doc().to_owned())))
            .collect();
        assert_eq!(rows, table);
        assert_eq!(rows.len(), 53, "error codes found in docs/api.md");
    }

    #[test]
    fn every_http_status_is_a_status() {
        for r in Refusal::ALL {
            if let Some(s) = r.http_status() {
                let e = ApiError::new(*r, "x");
                assert_eq!(e.status().as_u16(), s, "{r}");
                assert!(StatusCode::from_u16(s).is_ok(), "{r}");
            }
        }
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
                requested: DeviceClass::Low,
                class_source: ClassSource::Policy,
            }
            .into(),
            DeviceClassesError::NotPermitted(Role::Guest).into(),
            OpenWindowError::CommissionerBusy.into(),
            crate::commissioning::error::AllowanceError::NotPermitted(Role::Member).into(),
            crate::commissioning::error::AllowanceError::CommissionerBusy {
                window: crate::commissioning::WindowId(1),
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
            TrustReloadError::NotPermitted(Role::Member).into(),
            TrustReloadError::InvalidFile {
                file: "f".into(),
                message: "m".into(),
            }
            .into(),
            CoreGone.into(),
        ];
        for e in errs {
            assert!(e.refusal.http_status().is_some(), "{} has no status", e);
        }
        let status = |r| ApiError::new(r, "x").status();
        assert_eq!(status(Refusal::RoleNotPermitted), StatusCode::FORBIDDEN);
        assert_eq!(status(Refusal::BodyTooLarge), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(status(Refusal::Internal), 500);
    }
}
