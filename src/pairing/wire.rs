//! The messages of pairing protocol v1 (docs/protocol.md, "CBOR bodies"),
//! each a typed `Repr` with `parse` and `emit`, shared by the hub
//! ([`super::PairingService`]) and the reference device
//! ([`crate::device`]).
//!
//! `parse` is strict (the rules of the private `pairing::cbor`): one CBOR
//! map with text keys, no trailing bytes; a key outside the message's
//! schema is [`BodyError::UnknownKey`], anything else that does not fit
//! (missing or repeated key, wrong type, out-of-range integer, byte string
//! of the wrong length) is [`BodyError::Malformed`]. Fields are read in the order of the
//! schema, so the first bad field is the one reported. `emit` writes the
//! keys in that same order; `parse(emit(x)) == x` for every message whose
//! fields are within the schema's ranges.
//!
//! The request bodies are at most [`MAX_BODY`] bytes; the hub refuses a
//! larger one (`too_large`) before parsing it.

use super::cbor::{self, BodyError, Fields};
use super::MAX_BODY;
use crate::pake::{CONFIRM_LEN, MAX_SALT_LEN, MIN_SALT_LEN, POINT_LEN};

/// `/pair/start`.
pub const PATH_START: &str = "/pair/start";
/// `/pair/pake`.
pub const PATH_PAKE: &str = "/pair/pake";
/// `/pair/confirm`.
pub const PATH_CONFIRM: &str = "/pair/confirm";
/// `/pair/redeem`.
pub const PATH_REDEEM: &str = "/pair/redeem";

/// The largest discriminator (12 bits).
const MAX_DISCRIMINATOR: u64 = 0x0FFF;

/// `POST /pair/start` request: `{"disc": uint (0..=4095)}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartRequest {
    /// The 12-bit discriminator of the window.
    pub disc: u16,
}

impl StartRequest {
    /// Decodes a request body.
    pub fn parse(body: &[u8]) -> Result<StartRequest, BodyError> {
        let mut f = Fields::parse(body, &["disc"])?;
        let disc = f.uint("disc", MAX_DISCRIMINATOR)?;
        Ok(StartRequest {
            // At most 4095: fits.
            disc: disc as u16,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![("disc", cbor::uint(u64::from(self.disc)))])
    }
}

/// `/pair/start` answer (2.01):
/// `{"session": uint, "salt": bstr (16..=32), "iter": uint}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartResponse {
    /// The core's PAKE session number.
    pub session: u64,
    /// The window's PBKDF2 salt.
    pub salt: Vec<u8>,
    /// The window's PBKDF2 iterations.
    pub iterations: u32,
}

impl StartResponse {
    /// Decodes an answer body.
    pub fn parse(body: &[u8]) -> Result<StartResponse, BodyError> {
        let mut f = Fields::parse(body, &["session", "salt", "iter"])?;
        Ok(StartResponse {
            session: f.uint("session", u64::MAX)?,
            salt: f.bytes("salt", MIN_SALT_LEN, MAX_SALT_LEN)?,
            // At most u32::MAX: fits.
            iterations: f.uint("iter", u64::from(u32::MAX))? as u32,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![
            ("session", cbor::uint(self.session)),
            ("salt", cbor::bytes(self.salt.clone())),
            ("iter", cbor::uint(u64::from(self.iterations))),
        ])
    }
}

/// `POST /pair/pake` request: `{"session": uint, "share_p": bstr 65}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PakeRequest {
    /// The session of `/pair/start`.
    pub session: u64,
    /// The prover's share (SEC1 uncompressed P-256 point).
    pub share_p: [u8; POINT_LEN],
}

impl PakeRequest {
    /// Decodes a request body.
    pub fn parse(body: &[u8]) -> Result<PakeRequest, BodyError> {
        let mut f = Fields::parse(body, &["session", "share_p"])?;
        Ok(PakeRequest {
            session: f.uint("session", u64::MAX)?,
            share_p: f.array::<POINT_LEN>("share_p")?,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![
            ("session", cbor::uint(self.session)),
            ("share_p", cbor::bytes(self.share_p.to_vec())),
        ])
    }
}

/// `/pair/pake` answer (2.04): `{"share_v": bstr 65, "confirm_v": bstr 32}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PakeResponse {
    /// The verifier's share (SEC1 uncompressed P-256 point).
    pub share_v: [u8; POINT_LEN],
    /// The verifier's key confirmation.
    pub confirm_v: [u8; CONFIRM_LEN],
}

impl PakeResponse {
    /// Decodes an answer body.
    pub fn parse(body: &[u8]) -> Result<PakeResponse, BodyError> {
        let mut f = Fields::parse(body, &["share_v", "confirm_v"])?;
        Ok(PakeResponse {
            share_v: f.array::<POINT_LEN>("share_v")?,
            confirm_v: f.array::<CONFIRM_LEN>("confirm_v")?,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![
            ("share_v", cbor::bytes(self.share_v.to_vec())),
            ("confirm_v", cbor::bytes(self.confirm_v.to_vec())),
        ])
    }
}

/// `POST /pair/confirm` request: `{"session": uint, "confirm_p": bstr 32,
/// "csr": bstr, "firmware": uint (u32), ? "srp_host": tstr}`.
///
/// `srp_host` (optional; older devices omit it): the host name the device
/// registers with the hub's SRP server, one DNS label. The hub binds it to
/// the device (docs/thread.md, "SRP server and advertising proxy").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmRequest {
    /// The session of `/pair/start`.
    pub session: u64,
    /// The prover's key confirmation.
    pub confirm_p: [u8; CONFIRM_LEN],
    /// PKCS#10 request (DER) for the operational certificate, 1 to
    /// [`MAX_BODY`] bytes.
    pub csr: Vec<u8>,
    /// The running firmware (Matter `SoftwareVersion`).
    pub firmware: u32,
    /// The device's SRP host name (a DNS label), if it tells it.
    pub srp_host: Option<String>,
}

impl ConfirmRequest {
    /// Decodes a request body.
    pub fn parse(body: &[u8]) -> Result<ConfirmRequest, BodyError> {
        let mut f = Fields::parse(
            body,
            &["session", "confirm_p", "csr", "firmware", "srp_host"],
        )?;
        let srp_host = f.opt_text("srp_host")?;
        if srp_host
            .as_deref()
            .is_some_and(|h| !crate::names::is_host_label(h))
        {
            return Err(BodyError::Malformed(
                "\"srp_host\" must be one DNS label (letters, digits, '-'; 1 to 63)".into(),
            ));
        }
        Ok(ConfirmRequest {
            session: f.uint("session", u64::MAX)?,
            confirm_p: f.array::<CONFIRM_LEN>("confirm_p")?,
            csr: f.bytes("csr", 1, MAX_BODY)?,
            // At most u32::MAX: fits.
            firmware: f.uint("firmware", u64::from(u32::MAX))? as u32,
            srp_host,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        let mut fields = vec![
            ("session", cbor::uint(self.session)),
            ("confirm_p", cbor::bytes(self.confirm_p.to_vec())),
            ("csr", cbor::bytes(self.csr.clone())),
            ("firmware", cbor::uint(u64::from(self.firmware))),
        ];
        if let Some(h) = &self.srp_host {
            fields.push(("srp_host", cbor::text(h.clone())));
        }
        cbor::encode(fields)
    }
}

/// `/pair/confirm` answer (2.04): `{"token": bstr (CWT), "op_cert": bstr
/// (DER), "needs_approval": bool}`.
#[derive(Clone, PartialEq, Eq)]
pub struct ConfirmResponse {
    /// The setup token (CWT), not empty.
    pub token: Vec<u8>,
    /// The operational certificate (DER), not empty.
    pub op_cert: Vec<u8>,
    /// Whether an owner/admin must approve before redemption.
    pub needs_approval: bool,
}

impl std::fmt::Debug for ConfirmResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The token is a bearer credential: its length only.
        f.debug_struct("ConfirmResponse")
            .field("token_len", &self.token.len())
            .field("op_cert_len", &self.op_cert.len())
            .field("needs_approval", &self.needs_approval)
            .finish()
    }
}

impl ConfirmResponse {
    /// Decodes an answer body.
    pub fn parse(body: &[u8]) -> Result<ConfirmResponse, BodyError> {
        let mut f = Fields::parse(body, &["token", "op_cert", "needs_approval"])?;
        Ok(ConfirmResponse {
            token: f.bytes("token", 1, usize::MAX)?,
            op_cert: f.bytes("op_cert", 1, usize::MAX)?,
            needs_approval: f.boolean("needs_approval")?,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![
            ("token", cbor::bytes(self.token.clone())),
            ("op_cert", cbor::bytes(self.op_cert.clone())),
            (
                "needs_approval",
                ciborium::value::Value::Bool(self.needs_approval),
            ),
        ])
    }
}

/// `POST /pair/redeem` request: `{"token": bstr}` (at most [`MAX_BODY`]
/// bytes; the core verifies it).
#[derive(Clone, PartialEq, Eq)]
pub struct RedeemRequest {
    /// The setup token.
    pub token: Vec<u8>,
}

impl std::fmt::Debug for RedeemRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedeemRequest")
            .field("token_len", &self.token.len())
            .finish()
    }
}

impl RedeemRequest {
    /// Decodes a request body.
    pub fn parse(body: &[u8]) -> Result<RedeemRequest, BodyError> {
        let mut f = Fields::parse(body, &["token"])?;
        Ok(RedeemRequest {
            token: f.bytes("token", 0, MAX_BODY)?,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![("token", cbor::bytes(self.token.clone()))])
    }
}

/// `/pair/redeem` answer (2.04): `{"token": bstr}`, the `full` token.
#[derive(Clone, PartialEq, Eq)]
pub struct RedeemResponse {
    /// The `full` token (CWT), not empty.
    pub token: Vec<u8>,
}

impl std::fmt::Debug for RedeemResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedeemResponse")
            .field("token_len", &self.token.len())
            .finish()
    }
}

impl RedeemResponse {
    /// Decodes an answer body.
    pub fn parse(body: &[u8]) -> Result<RedeemResponse, BodyError> {
        let mut f = Fields::parse(body, &["token"])?;
        Ok(RedeemResponse {
            token: f.bytes("token", 1, usize::MAX)?,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![("token", cbor::bytes(self.token.clone()))])
    }
}

/// Every error answer (4.xx, 5.xx): `{"error": tstr, "message": tstr}`;
/// `error` is a [`crate::refusal::Refusal`] string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorBody {
    /// The stable code.
    pub error: String,
    /// The human explanation.
    pub message: String,
}

impl ErrorBody {
    /// Decodes an error body.
    pub fn parse(body: &[u8]) -> Result<ErrorBody, BodyError> {
        let mut f = Fields::parse(body, &["error", "message"])?;
        Ok(ErrorBody {
            error: f.text("error")?,
            message: f.text("message")?,
        })
    }

    /// Encodes the body.
    pub fn emit(&self) -> Vec<u8> {
        cbor::encode(vec![
            ("error", cbor::text(self.error.as_str())),
            ("message", cbor::text(self.message.as_str())),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refusal::Refusal;
    use ciborium::value::Value;

    fn raw(entries: Vec<(&str, Value)>) -> Vec<u8> {
        cbor::encode(entries)
    }

    fn refusal<T: std::fmt::Debug>(r: Result<T, BodyError>) -> Refusal {
        r.expect_err("refused").refusal()
    }

    #[test]
    fn every_message_round_trips() {
        let start = StartRequest { disc: 3840 };
        assert_eq!(StartRequest::parse(&start.emit()), Ok(start));
        let started = StartResponse {
            session: u64::MAX,
            salt: vec![7; MIN_SALT_LEN],
            iterations: 1000,
        };
        assert_eq!(StartResponse::parse(&started.emit()), Ok(started));
        let pake = PakeRequest {
            session: 3,
            share_p: [4; POINT_LEN],
        };
        assert_eq!(PakeRequest::parse(&pake.emit()), Ok(pake));
        let paked = PakeResponse {
            share_v: [4; POINT_LEN],
            confirm_v: [9; CONFIRM_LEN],
        };
        assert_eq!(PakeResponse::parse(&paked.emit()), Ok(paked));
        let confirm = ConfirmRequest {
            session: 3,
            confirm_p: [1; CONFIRM_LEN],
            csr: vec![0x30; 300],
            firmware: u32::MAX,
            srp_host: None,
        };
        assert_eq!(ConfirmRequest::parse(&confirm.emit()), Ok(confirm.clone()));
        let with_host = ConfirmRequest {
            srp_host: Some("lamp-1".into()),
            ..confirm
        };
        assert_eq!(
            ConfirmRequest::parse(&with_host.emit()),
            Ok(with_host.clone())
        );
        let bad = ConfirmRequest {
            srp_host: Some("lamp.1".into()),
            ..with_host
        };
        assert!(matches!(
            ConfirmRequest::parse(&bad.emit()),
            Err(BodyError::Malformed(_))
        ));
        let confirmed = ConfirmResponse {
            token: vec![1; 200],
            op_cert: vec![2; 400],
            needs_approval: true,
        };
        assert_eq!(ConfirmResponse::parse(&confirmed.emit()), Ok(confirmed));
        let redeem = RedeemRequest { token: vec![] };
        assert_eq!(RedeemRequest::parse(&redeem.emit()), Ok(redeem));
        let redeemed = RedeemResponse { token: vec![5; 10] };
        assert_eq!(RedeemResponse::parse(&redeemed.emit()), Ok(redeemed));
        let error = ErrorBody {
            error: "no_window".into(),
            message: "none".into(),
        };
        assert_eq!(ErrorBody::parse(&error.emit()), Ok(error));
    }

    /// The bytes on the wire are the ones written before the messages had
    /// types: keys in schema order, definite lengths.
    #[test]
    fn emit_is_the_documented_encoding() {
        assert_eq!(
            StartRequest { disc: 3840 }.emit(),
            [0xa1, 0x64, b'd', b'i', b's', b'c', 0x19, 0x0f, 0x00]
        );
        assert_eq!(
            RedeemRequest { token: vec![1] }.emit(),
            [0xa1, 0x65, b't', b'o', b'k', b'e', b'n', 0x41, 0x01]
        );
    }

    #[test]
    fn malformed_bodies_are_refused_as_before() {
        use Refusal::{MalformedBody, UnknownKey};
        // Not CBOR, not a map, trailing bytes, empty.
        assert_eq!(refusal(StartRequest::parse(&[0xff])), MalformedBody);
        assert_eq!(refusal(StartRequest::parse(&[])), MalformedBody);
        assert_eq!(refusal(StartRequest::parse(&[0x01])), MalformedBody);
        let mut trailing = StartRequest { disc: 1 }.emit();
        trailing.push(0);
        assert_eq!(refusal(StartRequest::parse(&trailing)), MalformedBody);
        // An unknown key is reported before a missing one.
        let extra = raw(vec![("disc", cbor::uint(1)), ("x", cbor::uint(1))]);
        assert_eq!(refusal(StartRequest::parse(&extra)), UnknownKey);
        assert_eq!(
            refusal(StartRequest::parse(&raw(vec![("x", cbor::uint(1))]))),
            UnknownKey
        );
        // Out of range, wrong type, missing.
        let big = raw(vec![("disc", cbor::uint(4096))]);
        assert_eq!(refusal(StartRequest::parse(&big)), MalformedBody);
        let text = raw(vec![("disc", cbor::text("1"))]);
        assert_eq!(refusal(StartRequest::parse(&text)), MalformedBody);
        assert_eq!(refusal(StartRequest::parse(&raw(vec![]))), MalformedBody);
        // Byte strings of the wrong length.
        let short = raw(vec![
            ("session", cbor::uint(1)),
            ("share_p", cbor::bytes(vec![4; POINT_LEN - 1])),
        ]);
        assert_eq!(refusal(PakeRequest::parse(&short)), MalformedBody);
        let confirm = |confirm_p: usize, csr: usize, firmware: u64| {
            raw(vec![
                ("session", cbor::uint(1)),
                ("confirm_p", cbor::bytes(vec![1; confirm_p])),
                ("csr", cbor::bytes(vec![1; csr])),
                ("firmware", cbor::uint(firmware)),
            ])
        };
        assert!(ConfirmRequest::parse(&confirm(CONFIRM_LEN, MAX_BODY, 7)).is_ok());
        for bad in [
            confirm(CONFIRM_LEN + 1, 10, 7),
            confirm(CONFIRM_LEN, 0, 7),
            confirm(CONFIRM_LEN, MAX_BODY + 1, 7),
            confirm(CONFIRM_LEN, 10, u64::from(u32::MAX) + 1),
        ] {
            assert_eq!(refusal(ConfirmRequest::parse(&bad)), MalformedBody);
        }
        let long = raw(vec![("token", cbor::bytes(vec![0; MAX_BODY + 1]))]);
        assert_eq!(refusal(RedeemRequest::parse(&long)), MalformedBody);
        // The device side: an empty token, a salt too short.
        let empty = raw(vec![("token", cbor::bytes(vec![]))]);
        assert_eq!(refusal(RedeemResponse::parse(&empty)), MalformedBody);
        let salt = raw(vec![
            ("session", cbor::uint(1)),
            ("salt", cbor::bytes(vec![0; MIN_SALT_LEN - 1])),
            ("iter", cbor::uint(1000)),
        ]);
        assert_eq!(refusal(StartResponse::parse(&salt)), MalformedBody);
        // A success body is not an error body.
        assert_eq!(
            refusal(ErrorBody::parse(&RedeemResponse { token: vec![1] }.emit())),
            UnknownKey
        );
    }
}
