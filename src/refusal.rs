//! Every refusal the hub can answer, in ONE table: its stable string, its
//! CoAP response code, its HTTP status and its doc line.
//!
//! A refusal is what a peer reads when the hub says no: the `error` value
//! of a CoAP error body (docs/protocol.md, pairing and `/svc`), the `code`
//! of an API error (docs/api.md: controller API, admin socket,
//! enrollment), and the `reason` of the audit record of a refused request.
//! Each core error type returns its [`Refusal`] (`fn refusal(&self)`);
//! the CoAP front-end answers with [`Refusal::coap_code`], the API with
//! [`Refusal::http_status`]. Nothing else chooses a code: every mapping
//! below is an exhaustive match, generated from one row per refusal, and
//! the error tables of docs/protocol.md and docs/api.md are pinned to it by
//! tests.
//!
//! Guarantees:
//! * [`Refusal::as_str`] is stable: it is on the wire and in the audit log.
//!   Strings are distinct, but for one documented alias: `wrong_peer` is
//!   answered 4.03 by the pairing resources ([`Refusal::WrongPeer`]) and
//!   4.01 by `/svc` and by a pairing resource reached without TLS
//!   authentication ([`Refusal::WrongPeerUnauthorized`]).
//! * A refusal has a CoAP code iff it can be answered over CoAP, and an
//!   HTTP status iff it can be answered over HTTP; `internal` is 5.00 and
//!   500, as its own row.
//!
//! Pure data: no I/O, no dependency on any other module of the crate.
#![forbid(unsafe_code)]

use std::fmt;
use std::str::FromStr;

/// One row per refusal: `Variant = "string", coap (class, detail) | -,
/// http status | -, "doc line";`. Generates the enum (the doc line is the
/// variant's rustdoc) and every mapping, so a new refusal is one new row.
macro_rules! refusals {
    (@opt -) => { None };
    (@opt $v:tt) => { Some($v) };
    ($(
        $name:ident = $code:literal,
        coap $coap:tt,
        http $http:tt,
        $doc:literal;
    )*) => {
        /// A refusal the hub answers, with its string, CoAP code, HTTP
        /// status and doc line (see the module docs).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Refusal {
            $(
                #[doc = $doc]
                $name,
            )*
        }

        impl Refusal {
            /// Every refusal, in table order (the HTTP ones in the order of
            /// docs/api.md's table).
            pub const ALL: &'static [Refusal] = &[$(Refusal::$name),*];

            /// The stable snake_case string: the wire value and the audit
            /// record's `reason`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Refusal::$name => $code,)*
                }
            }

            /// The CoAP response code as `(class, detail)` (`(4, 3)` is
            /// 4.03), or `None` for a refusal never answered over CoAP.
            pub const fn coap_code(self) -> Option<(u8, u8)> {
                match self {
                    $(Refusal::$name => refusals!(@opt $coap),)*
                }
            }

            /// The HTTP status, or `None` for a refusal never answered over
            /// HTTP.
            pub const fn http_status(self) -> Option<u16> {
                match self {
                    $(Refusal::$name => refusals!(@opt $http),)*
                }
            }

            /// The one-line meaning given in the docs' tables.
            pub const fn doc(self) -> &'static str {
                match self {
                    $(Refusal::$name => $doc,)*
                }
            }
        }
    };
}

refusals! {
    // ---- The API table (docs/api.md), in its order.
    MalformedJson = "malformed_json", coap -, http 400,
        "the body is not JSON";
    InvalidRequest = "invalid_request", coap -, http 400,
        "JSON of the wrong shape: missing or unknown field, wrong type, unknown role or class";
    InvalidQuery = "invalid_query", coap -, http 400,
        "a bad query parameter (`tail` outside 1..=1000, ...)";
    InvalidId = "invalid_id", coap -, http 400,
        "a path id that is empty, over 128 characters, or not a number where one is needed";
    InvalidPayload = "invalid_payload", coap -, http 400,
        "not a usable QR code or manual pairing code";
    VidPidRequired = "vid_pid_required", coap -, http 400,
        "an 11-digit manual code without `vid` and `pid`";
    VidPidConflict = "vid_pid_conflict", coap -, http 400,
        "`vid`/`pid` disagree with the QR code's";
    DiscriminatorRequired = "discriminator_required", coap -, http 400,
        "a manual code without the 12-bit `discriminator`";
    DiscriminatorMismatch = "discriminator_mismatch", coap -, http 400,
        "`discriminator` disagrees with the payload's";
    InvalidDiscriminator = "invalid_discriminator", coap -, http 400,
        "a discriminator above 4095";
    InvalidTtl = "invalid_ttl", coap -, http 400,
        "`ttl_secs` is 0";
    MatterWindowTtl = "matter_window_ttl", coap -, http 400,
        "a Matter commissioning window lasts 180..=900 s (the Matter spec's range)";
    InvalidPskd = "invalid_pskd", coap -, http 400,
        "a Thread joiner PSKd that is not 6 to 32 characters of digits and upper-case letters but I, O, Q, Z";
    InvalidJoinerId = "invalid_joiner_id", coap -, http 400,
        "a Thread joiner without exactly one id (an EUI-64 of 16 hex digits, or a discerner `<value>/<bits>` of 1 to 64 bits) and a PSKd";
    InvalidCsr = "invalid_csr", coap (4, 0), http 400,
        "the CSR is not a signed P-256 PKCS#10 request";
    InvalidCti = "invalid_cti", coap -, http 400,
        "a token id that is not 32 hex digits";
    MalformedCode = "malformed_code", coap -, http 400,
        "not shaped like an enrollment code";
    InvalidName = "invalid_name", coap -, http 400,
        "a user name empty or over 64 characters";
    Unauthenticated = "unauthenticated", coap -, http 401,
        "no user identity (a device certificate, the enrollment listener)";
    UnknownUser = "unknown_user", coap -, http 401,
        "a hub certificate naming no enrolled user";
    SessionInvalid = "session_invalid", coap -, http 401,
        "no live dashboard session: signed out, idle for 30 min, 12 h since login, its user revoked, or the hub restarted (docs/dashboard.md)";
    UserRevoked = "user_revoked", coap -, http 403,
        "the certificate's user was revoked";
    PeerNotPermitted = "peer_not_permitted", coap -, http 403,
        "an admin-socket peer that is neither the daemon's uid nor root";
    ClientNotAllowed = "client_not_allowed", coap -, http 403,
        "an OTBR REST client whose address is not in `[otbr_rest] allow` (docs/otbr-rest.md)";
    LoginLinkInvalid = "login_link_invalid", coap -, http 403,
        "a dashboard login link that is unknown, used already, or older than 60 s";
    CsrfMismatch = "csrf_mismatch", coap -, http 403,
        "a dashboard form without its session's CSRF token";
    NotPermitted = "not_permitted", coap -, http 403,
        "the role may not do this (invite, approve, revoke, list users, read the audit log, ...)";
    RoleNotPermitted = "role_not_permitted", coap -, http 403,
        "the role may not open a window of this class: the stricter of the class asked and the device-class policy's (or read the Thread dataset)";
    UnknownCode = "unknown_code", coap -, http 403,
        "no such enrollment code";
    CodeUsed = "code_used", coap -, http 403,
        "the enrollment code was already used";
    CodeExpired = "code_expired", coap -, http 403,
        "the enrollment code expired";
    CodeCancelled = "code_cancelled", coap -, http 403,
        "the invite was cancelled (by an owner or admin, or when its creator was revoked)";
    NotFound = "not_found", coap (4, 4), http 404,
        "no such route or resource (on the enrollment listener: everything but `POST /v1/enroll`)";
    NoSuchWindow = "no_such_window", coap -, http 404,
        "no open window has this id";
    NoSuchDevice = "no_such_device", coap -, http 404,
        "no device has this id";
    NoSuchUser = "no_such_user", coap -, http 404,
        "no user has this id";
    NoSuchInvite = "no_such_invite", coap -, http 404,
        "no invite has this id";
    UnknownToken = "unknown_token", coap -, http 404,
        "no live token has this id";
    MethodNotAllowed = "method_not_allowed", coap (4, 5), http 405,
        "the route or resource does not take this method";
    RequestTimeout = "request_timeout", coap -, http 408,
        "no answer within `api.request_timeout_secs`";
    WindowAlreadyOpen = "window_already_open", coap -, http 409,
        "a window is open for this discriminator";
    JoinerInUse = "joiner_in_use", coap -, http 409,
        "another open window admits this Thread joiner";
    CommissionerBusy = "commissioner_busy", coap -, http 409,
        "the commissioner role is taken: no joiner window while external commissioning is allowed, no allowance while a joiner window is open";
    MatterWindowBusy = "matter_window_busy", coap -, http 409,
        "a Matter commissioning window is open already";
    MatterWindowNotOpen = "matter_window_not_open", coap -, http 409,
        "no Matter commissioning window is open";
    InvalidState = "invalid_state", coap -, http 409,
        "the device is not in a state where this applies";
    AlreadyRevoked = "already_revoked", coap -, http 409,
        "the user is already revoked";
    InviteNotPending = "invite_not_pending", coap -, http 409,
        "the invite was already redeemed or cancelled, or it expired";
    BodyTooLarge = "body_too_large", coap -, http 413,
        "the body exceeds `api.max_body_bytes`";
    InvalidTrustFile = "invalid_trust_file", coap -, http 422,
        "a trust file (PAA root, CRL, denylist, firmware policy) is unusable; the message names it and the set in force is kept";
    PairingLocked = "pairing_locked", coap (4, 29), http 429,
        "a lock covers the request: its source, credential or window, or the hub after a distributed burst (docs/commissioning.md); the message (CoAP: Max-Age) says until when";
    Internal = "internal", coap (5, 0), http 500,
        "a hub-side failure (details in the hub's log only)";
    Unavailable = "unavailable", coap (5, 3), http 503,
        "the hub is shutting down, or the service asked for (mDNS, Thread) is not running";

    // ---- CoAP only: pairing (docs/protocol.md, "Errors"), in its order.
    MalformedBody = "malformed_body", coap (4, 0), http -,
        "the body is not one CBOR map of the resource's schema (repeated key, missing key, wrong type or length, trailing bytes)";
    UnknownKey = "unknown_key", coap (4, 0), http -,
        "the body carries a key the resource's schema does not name";
    BadSession = "bad_session", coap (4, 0), http -,
        "`/pair/pake` twice, or `/pair/confirm` before `/pair/pake`";
    Malformed = "malformed", coap (4, 0), http -,
        "a token that is not a well-formed CWT, or an unreadable Uri-Path or Content-Format option";
    WrongPasscode = "wrong_passcode", coap (4, 1), http -,
        "key confirmation failed: the device does not hold the window's passcode";
    BadSignature = "bad_signature", coap (4, 1), http -,
        "the token's signature does not verify with the hub key";
    WrongDeviceKey = "wrong_device_key", coap (4, 1), http -,
        "the token is bound to another device key";
    Expired = "expired", coap (4, 1), http -,
        "the token expired";
    NotYetValid = "not_yet_valid", coap (4, 1), http -,
        "the token is not valid yet";
    Revoked = "revoked", coap (4, 1), http -,
        "the token was revoked";
    Replayed = "replayed", coap (4, 1), http -,
        "the token was already used";
    WrongAudience = "wrong_audience", coap (4, 1), http -,
        "the token is meant for another audience";
    WrongIssuer = "wrong_issuer", coap (4, 1), http -,
        "the token was issued by another hub";
    UnsupportedAlgorithm = "unsupported_algorithm", coap (4, 1), http -,
        "the token is not signed with ES256";
    VidPidMismatch = "vid_pid_mismatch", coap (4, 3), http -,
        "the DAC's VID/PID differ from the window's (the scanned payload's)";
    FirmwareRefused = "firmware_refused", coap (4, 3), http -,
        "the device's firmware version is refused by an advisory";
    DeviceNotEligible = "device_not_eligible", coap (4, 3), http -,
        "the device key is already paired or quarantined";
    ApprovalPending = "approval_pending", coap (4, 3), http -,
        "the device awaits approval by an owner or admin; retry later";
    InsufficientScope = "insufficient_scope", coap (4, 3), http -,
        "the token's scope does not cover the request";
    NotASetupToken = "not_a_setup_token", coap (4, 3), http -,
        "only a setup token can be redeemed";
    WindowInUse = "window_in_use", coap (4, 3), http -,
        "the window already admitted a device";
    WrongPeer = "wrong_peer", coap (4, 3), http -,
        "a pairing resource reached with an operational certificate, or `/pair/redeem` with the DAC";
    NoWindow = "no_window", coap (4, 4), http -,
        "no commissioning window is open for the discriminator";
    WindowExpired = "window_expired", coap (4, 4), http -,
        "the window's deadline passed";
    WindowClosed = "window_closed", coap (4, 4), http -,
        "the window was closed (paired, revoked, too many failures, device refused, restart)";
    UnknownSession = "unknown_session", coap (4, 4), http -,
        "no such PAKE session on this connection";
    PakeTimeout = "pake_timeout", coap (4, 4), http -,
        "the PAKE session outlived the core's PAKE timeout";
    Truncated = "truncated", coap (4, 8), http -,
        "body truncated (block-wise transfer is not supported)";
    PakeInFlight = "pake_in_flight", coap (4, 9), http -,
        "a PAKE is already running in the window, or the hub holds its maximum of sessions";
    TooLarge = "too_large", coap (4, 13), http -,
        "the request body exceeds the CoAP limit (4 KiB for pairing)";

    // ---- CoAP only: service registration `/svc` (docs/protocol.md).
    WrongPeerUnauthorized = "wrong_peer", coap (4, 1), http -,
        "`/svc` without the operational certificate (a DAC, or none), or a pairing resource without TLS authentication";
    UnsupportedContentFormat = "unsupported_content_format", coap (4, 15), http -,
        "the body is not CBOR (Content-Format 60)";
    InvalidLease = "invalid_lease", coap (4, 0), http -,
        "the lease is outside 60..=`mdns.max_lease_secs` seconds";
    NotAdmitted = "not_admitted", coap (4, 3), http -,
        "the device is not admitted at `full` scope (pending, quarantined, removed, revoked)";
    TooManyServices = "too_many_services", coap (4, 0), http -,
        "more than 8 services";
    TooManySubtypes = "too_many_subtypes", coap (4, 0), http -,
        "a service with more than 4 subtypes";
    InvalidService = "invalid_service", coap (4, 0), http -,
        "a service breaks a DNS-SD limit (name, type, subtype, port, TXT)";
    ReservedServiceType = "reserved_service_type", coap (4, 0), http -,
        "a service of the hub's own types (`_threshold._tcp`, `_threshold-pair._tcp`)";
    DuplicateService = "duplicate_service", coap (4, 0), http -,
        "two services with the same instance name and type";
    NoAddress = "no_address", coap (4, 0), http -,
        "no address to publish for the device";
    NameConflict = "name_conflict", coap (4, 9), http -,
        "no free `Name (n)` up to 99";

    // ---- CoAP only: the CoAP front-end itself (any resource).
    BadOption = "bad_option", coap (4, 2), http -,
        "an unsupported critical CoAP option";
    NotImplemented = "not_implemented", coap (5, 1), http -,
        "a request sent to the client end of a connection, which serves no resource";
    Closing = "closing", coap (5, 3), http -,
        "the connection is being released (RFC 8323 Release)";
}

impl Refusal {
    /// The refusal whose string is `code` (`None` for a string the hub
    /// never answers). For the alias `wrong_peer` this is
    /// [`Refusal::WrongPeer`]. For clients reading the hub's answer.
    pub fn from_code(code: &str) -> Option<Refusal> {
        Refusal::ALL.iter().copied().find(|r| r.as_str() == code)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no [`Refusal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown refusal code {0:?}")]
pub struct UnknownRefusal(pub String);

impl FromStr for Refusal {
    type Err = UnknownRefusal;

    fn from_str(s: &str) -> Result<Refusal, UnknownRefusal> {
        Refusal::from_code(s).ok_or_else(|| UnknownRefusal(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_refusal_round_trips_through_its_string() {
        for r in Refusal::ALL {
            let back: Refusal = r.as_str().parse().expect("parses");
            if *r == Refusal::WrongPeerUnauthorized {
                // The one alias: same string, other CoAP code.
                assert_eq!(back, Refusal::WrongPeer);
            } else {
                assert_eq!(back, *r);
            }
            assert_eq!(r.to_string(), r.as_str());
        }
        assert_eq!(
            "no_such_code_at_all".parse::<Refusal>(),
            Err(UnknownRefusal("no_such_code_at_all".into()))
        );
    }

    #[test]
    fn strings_are_distinct_snake_case_but_for_the_alias() {
        let mut seen = HashSet::new();
        for r in Refusal::ALL {
            let s = r.as_str();
            assert!(
                !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{s}"
            );
            assert!(
                seen.insert(s) || *r == Refusal::WrongPeerUnauthorized,
                "duplicate {s}"
            );
            assert!(!r.doc().is_empty() && !r.doc().contains('\n'), "{s}");
        }
        // ALL holds each variant once.
        let variants: HashSet<Refusal> = Refusal::ALL.iter().copied().collect();
        assert_eq!(variants.len(), Refusal::ALL.len());
    }

    #[test]
    fn every_refusal_is_answered_somewhere_with_a_real_code() {
        for r in Refusal::ALL {
            assert!(
                r.coap_code().is_some() || r.http_status().is_some(),
                "{r} is answered nowhere"
            );
            if let Some((class, detail)) = r.coap_code() {
                assert!((4..=5).contains(&class) && detail < 32, "{r}");
            }
            if let Some(s) = r.http_status() {
                assert!((400..600).contains(&s), "{r}");
            }
        }
        assert_eq!(Refusal::Internal.coap_code(), Some((5, 0)));
        assert_eq!(Refusal::Internal.http_status(), Some(500));
        assert_eq!(Refusal::WrongPeer.coap_code(), Some((4, 3)));
        assert_eq!(Refusal::WrongPeerUnauthorized.coap_code(), Some((4, 1)));
    }
}
