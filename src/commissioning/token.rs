//! Pairing tokens: CBOR Web Tokens (RFC 8392) signed by the hub key.
//!
//! A pairing token is what a device receives once a user has approved it
//! inside a commissioning window. It lets the device prove, later and to the
//! hub only, that its pairing was approved, by whom, in which window, for what
//! scope, and until when. The token is bound to the device's own P-256 key
//! (proof of possession, RFC 8747), so a token copied off the wire is useless
//! without that key.
//!
//! # Claims
//!
//! | claim    | key        | CBOR type      | meaning                                               |
//! |----------|------------|----------------|-------------------------------------------------------|
//! | `iss`    | 1          | tstr           | the hub that issued the token                         |
//! | `sub`    | 2          | tstr           | the device id: [`DeviceKey::fingerprint`] of `cnf`    |
//! | `aud`    | 3          | tstr           | the service the token is for                          |
//! | `exp`    | 4          | int            | NumericDate (s); invalid from this second on          |
//! | `nbf`    | 5          | int            | NumericDate (s); invalid before this second           |
//! | `iat`    | 6          | int            | NumericDate (s); time of issue                        |
//! | `cti`    | 7          | bstr (16)      | random token id, the key of the replay/revoke ledger  |
//! | `cnf`    | 8          | map            | `{1: COSE_Key}`, the device's EC2 P-256 public key    |
//! | `scope`  | 9          | tstr           | `"setup"` or `"full"` (one value, no list)            |
//! | `user`   | `"user"`   | tstr           | id of the user who approved the pairing               |
//! | `window` | `"window"` | uint           | id of the commissioning window                        |
//!
//! Every claim above is required. NumericDates must be integers (floats are
//! refused). Claims with other keys are ignored, so later versions may add
//! claims without breaking older verifiers. Duplicate keys are refused.
//!
//! The `cnf` COSE_Key is `{1 (kty): 2 (EC2), -1 (crv): 1 (P-256), -2 (x):
//! bstr .size 32, -3 (y): bstr .size 32}`; a `kid` (2) or an `alg` of ES256
//! (3) is tolerated, anything else (notably a private `d`) is refused.
//!
//! # Byte format
//!
//! ```text
//! 61(                                  / CWT tag, bytes d8 3d /
//!   18([                               / COSE_Sign1 tag, byte d2 /
//!     << {1: -7, 4: h'<8-byte kid>'} >>, / protected: alg ES256, kid /
//!     {},                              / unprotected: empty /
//!     << claims map >>,                / payload: the CWT claims set /
//!     h'<64-byte r || s>'              / ECDSA P-256 SHA-256 signature /
//!   ])
//! )
//! ```
//!
//! The signature covers the COSE `Sig_structure`
//! `["Signature1", protected, h'' (external_aad), payload]` (RFC 9052, §4.4),
//! built by `coset` from the protected header bytes as received. The `kid`
//! is the first 8 bytes of SHA-256 of the hub's SEC1 public key
//! ([`HubKey::key_id`]). Tokens are at most [`MAX_TOKEN_LEN`] bytes.
//!
//! # Verification order
//!
//! [`TokenVerifier::decode`] (structure and authenticity):
//!
//! 1. size: more than [`MAX_TOKEN_LEN`] bytes is `malformed`;
//! 2. CBOR: one item, no trailing bytes; an optional tag 61, then an optional
//!    tag 18 (tagged and untagged COSE_Sign1 are both accepted; any other tag
//!    is `malformed`); a 4-element COSE_Sign1 with an attached payload;
//! 3. algorithm: the protected header must carry `alg` = ES256 (-7), else
//!    `unsupported_algorithm` (an `alg` in the unprotected header only counts
//!    as missing); an `alg` in both buckets or any `crit` is `malformed`;
//! 4. signature: ECDSA P-256 SHA-256 over the `Sig_structure`, else
//!    `bad_signature`;
//! 5. claims: each required claim present with the right type, `sub` equal
//!    to the fingerprint of `cnf`, else `malformed`;
//! 6. issuer: `iss` must equal the expected issuer, else `wrong_issuer`.
//!
//! [`TokenVerifier::check`] (is this token good for this request):
//!
//! 7. audience: `aud` must equal the expected audience, else `wrong_audience`;
//! 8. time: with `now` in whole seconds, valid iff `nbf <= now < exp`:
//!    `expired` when `now >= exp`, `not_yet_valid` when `now < nbf`;
//! 9. confirmation: the presenter's key must equal `cnf` (constant-time
//!    comparison), else `wrong_device_key`;
//! 10. scope: the token's scope must include the needed scope, else
//!     `insufficient_scope`.
//!
//! Replay (`replayed`) and revocation (`revoked`) are decided by the
//! commissioning core's ledger, keyed on `cti` (never on the token bytes: the
//! unprotected parts of a COSE message are not signed), after `check`.
//!
//! # Keys
//!
//! The hub key ([`HubKey`]) is an ECDSA P-256 key held by `ring`; its PKCS#8
//! document is kept in zeroizing memory and written by the caller to a 0600
//! file. Device keys ([`DeviceKey`]) are only checked structurally here (65
//! bytes, uncompressed SEC1 prefix `0x04`); whether the point lies on the
//! curve is checked by `ring` when the key is used to verify a signature (TLS
//! or proof of possession), in the layers that do so.

use std::fmt;
use std::str::FromStr;

use ciborium::Value;
use coset::cwt::{ClaimsSet, ClaimsSetBuilder, Timestamp};
use coset::iana::{self, EnumI64};
use coset::{
    AsCborValue, CborSerializable, CoseKey, CoseKeyBuilder, CoseSign1, CoseSign1Builder,
    HeaderBuilder, KeyType, Label,
};
use ring::digest::{digest, SHA256};
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{
    EcdsaKeyPair, KeyPair, UnparsedPublicKey, ECDSA_P256_SHA256_FIXED,
    ECDSA_P256_SHA256_FIXED_SIGNING,
};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::commissioning::ids::WindowId;
use crate::refusal::Refusal;
use crate::time::UnixMillis;

/// The largest token, in bytes, that is accepted (and issued).
pub const MAX_TOKEN_LEN: usize = 2048;

/// CBOR tag of a CWT (RFC 8392, §6).
pub const CWT_TAG: u64 = 61;

/// CBOR tag of a COSE_Sign1 message (RFC 9052, §2).
pub const COSE_SIGN1_TAG: u64 = 18;

/// Length of a SEC1 uncompressed P-256 point.
pub const SEC1_P256_LEN: usize = 65;

/// Claim key of `user` (text).
pub const CLAIM_USER: &str = "user";

/// Claim key of `window` (text).
pub const CLAIM_WINDOW: &str = "window";

const CLAIM_ISS: i64 = 1;
const CLAIM_SUB: i64 = 2;
const CLAIM_AUD: i64 = 3;
const CLAIM_EXP: i64 = 4;
const CLAIM_NBF: i64 = 5;
const CLAIM_IAT: i64 = 6;
const CLAIM_CTI: i64 = 7;
const CLAIM_CNF: i64 = 8;
const CLAIM_SCOPE: i64 = 9;

/// `cnf` member holding a COSE_Key (RFC 8747, §3.1).
const CNF_COSE_KEY: i64 = 1;

// ---------------------------------------------------------------------------
// Scope
// ---------------------------------------------------------------------------

/// What a pairing token allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Finish commissioning only (join credentials, first configuration).
    Setup,
    /// Everything a paired device may do; includes [`Scope::Setup`].
    Full,
}

impl Scope {
    /// All scopes, narrowest first.
    pub const ALL: [Scope; 2] = [Scope::Setup, Scope::Full];

    /// The stable lower-case name, also the CBOR text of the `scope` claim.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Setup => "setup",
            Scope::Full => "full",
        }
    }

    /// Whether a token of this scope may be used where `needed` is required.
    pub fn includes(self, needed: Scope) -> bool {
        match self {
            Scope::Full => true,
            Scope::Setup => needed == Scope::Setup,
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no [`Scope`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scope {0:?} (expected setup or full)")]
pub struct ParseScopeError(pub String);

impl FromStr for Scope {
    type Err = ParseScopeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scope::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| ParseScopeError(s.to_owned()))
    }
}

// ---------------------------------------------------------------------------
// DeviceKey
// ---------------------------------------------------------------------------

/// Why bytes are not a [`DeviceKey`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// Not 65 bytes long.
    #[error("device key is {len} bytes, expected {SEC1_P256_LEN} (SEC1 uncompressed P-256)")]
    WrongLength {
        /// The length received.
        len: usize,
    },
    /// The first byte is not `0x04` (compressed or otherwise encoded point).
    #[error("device key starts with 0x{prefix:02x}, expected 0x04 (SEC1 uncompressed)")]
    NotUncompressed {
        /// The first byte received.
        prefix: u8,
    },
}

/// A device's P-256 public key, SEC1 uncompressed (`0x04 || x || y`).
///
/// Only the structure is checked on construction; the point is validated
/// (on the curve, not the identity) by `ring` whenever it is used to verify
/// a signature.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DeviceKey([u8; SEC1_P256_LEN]);

impl DeviceKey {
    /// Parses a SEC1 uncompressed point: 65 bytes starting with `0x04`.
    pub fn from_sec1(bytes: &[u8]) -> Result<DeviceKey, KeyError> {
        let arr: [u8; SEC1_P256_LEN] = bytes
            .try_into()
            .map_err(|_| KeyError::WrongLength { len: bytes.len() })?;
        if arr[0] != 0x04 {
            return Err(KeyError::NotUncompressed { prefix: arr[0] });
        }
        Ok(DeviceKey(arr))
    }

    /// From the two 32-byte affine coordinates (as found in a COSE_Key).
    pub fn from_coordinates(x: &[u8; 32], y: &[u8; 32]) -> DeviceKey {
        let mut arr = [0u8; SEC1_P256_LEN];
        arr[0] = 0x04;
        arr[1..33].copy_from_slice(x);
        arr[33..].copy_from_slice(y);
        DeviceKey(arr)
    }

    /// The 65 SEC1 bytes.
    pub fn as_bytes(&self) -> &[u8; SEC1_P256_LEN] {
        &self.0
    }

    /// The x coordinate.
    pub fn x(&self) -> &[u8] {
        &self.0[1..33]
    }

    /// The y coordinate.
    pub fn y(&self) -> &[u8] {
        &self.0[33..]
    }

    /// The device id: lowercase hex SHA-256 of the 65 SEC1 bytes. This is
    /// the token's `sub`.
    pub fn fingerprint(&self) -> String {
        hex::encode(digest(&SHA256, &self.0))
    }

    /// The RFC 8747 `cnf` claim value: `{1: COSE_Key}`.
    fn to_cnf(&self) -> Result<Value, TokenError> {
        let key = CoseKeyBuilder::new_ec2_pub_key(
            iana::EllipticCurve::P_256,
            self.x().to_vec(),
            self.y().to_vec(),
        )
        .build();
        let key = key.to_cbor_value().map_err(|e| TokenError::Encoding {
            reason: e.to_string(),
        })?;
        Ok(Value::Map(vec![(Value::from(CNF_COSE_KEY), key)]))
    }

    /// Parses a `cnf` claim value holding exactly one EC2 P-256 COSE_Key.
    fn from_cnf(value: &Value) -> Result<DeviceKey, VerifyTokenError> {
        let entries = match value {
            Value::Map(m) => m,
            _ => return Err(malformed("claim cnf (8) is not a map")),
        };
        let [(k, v)] = entries.as_slice() else {
            return Err(malformed(
                "claim cnf (8) must hold exactly one confirmation method",
            ));
        };
        if claim_key(k) != Some(ClaimKey::Int(CNF_COSE_KEY)) {
            return Err(malformed("claim cnf (8) does not hold a COSE_Key (1)"));
        }
        let key = CoseKey::from_cbor_value(v.clone())
            .map_err(|e| malformed(format!("claim cnf (8): bad COSE_Key: {e}")))?;
        if key.kty != KeyType::Assigned(iana::KeyType::EC2) {
            return Err(malformed("claim cnf (8): COSE_Key kty is not EC2"));
        }
        if let Some(alg) = &key.alg {
            if *alg != coset::Algorithm::Assigned(iana::Algorithm::ES256) {
                return Err(malformed("claim cnf (8): COSE_Key alg is not ES256"));
            }
        }
        if !key.key_ops.is_empty() || !key.base_iv.is_empty() {
            return Err(malformed("claim cnf (8): unexpected COSE_Key parameters"));
        }
        let (mut crv, mut x, mut y) = (None, None, None);
        for (label, value) in &key.params {
            let slot = match label {
                Label::Int(l) if *l == iana::Ec2KeyParameter::Crv.to_i64() => &mut crv,
                Label::Int(l) if *l == iana::Ec2KeyParameter::X.to_i64() => &mut x,
                Label::Int(l) if *l == iana::Ec2KeyParameter::Y.to_i64() => &mut y,
                _ => {
                    return Err(malformed(
                        "claim cnf (8): COSE_Key has parameters other than crv, x and y",
                    ))
                }
            };
            *slot = Some(value);
        }
        let crv_ok = matches!(crv, Some(Value::Integer(c)) if i128::from(*c) == i128::from(iana::EllipticCurve::P_256.to_i64()));
        if !crv_ok {
            return Err(malformed("claim cnf (8): COSE_Key crv is not P-256"));
        }
        let coord = |v: Option<&Value>, name: &str| -> Result<[u8; 32], VerifyTokenError> {
            match v {
                Some(Value::Bytes(b)) => b.as_slice().try_into().map_err(|_| {
                    malformed(format!("claim cnf (8): COSE_Key {name} is not 32 bytes"))
                }),
                _ => Err(malformed(format!(
                    "claim cnf (8): COSE_Key {name} missing or not a byte string"
                ))),
            }
        };
        let x = coord(x, "x")?;
        let y = coord(y, "y")?;
        Ok(DeviceKey::from_coordinates(&x, &y))
    }
}

impl fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DeviceKey")
            .field(&hex::encode(self.0))
            .finish()
    }
}

// ---------------------------------------------------------------------------
// Cti
// ---------------------------------------------------------------------------

/// A token id (`cti`), 16 random bytes. Displayed as lowercase hex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cti(pub [u8; 16]);

impl Cti {
    /// A fresh random token id.
    pub fn random(rng: &dyn SecureRandom) -> Result<Cti, TokenError> {
        let mut b = [0u8; 16];
        rng.fill(&mut b).map_err(|_| TokenError::Rng)?;
        Ok(Cti(b))
    }
}

impl fmt::Display for Cti {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

/// Text that is not 32 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a token id is 32 hex digits")]
pub struct ParseCtiError;

impl FromStr for Cti {
    type Err = ParseCtiError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut b = [0u8; 16];
        hex::decode_to_slice(s, &mut b).map_err(|_| ParseCtiError)?;
        Ok(Cti(b))
    }
}

/// In JSON, a token id is its hex text (as in `/v1/tokens/{cti}`).
impl Serialize for Cti {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Cti {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

// ---------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------

/// The claims of a pairing token (see the [module docs](self) for keys and
/// types).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenClaims {
    /// Issuer: the hub.
    pub iss: String,
    /// Subject: the device id, [`DeviceKey::fingerprint`] of [`Self::cnf`].
    pub sub: String,
    /// Audience.
    pub aud: String,
    /// Issued at, NumericDate seconds.
    pub iat: i64,
    /// Not before, NumericDate seconds.
    pub nbf: i64,
    /// Expiry, NumericDate seconds: invalid from this second on.
    pub exp: i64,
    /// Token id.
    pub cti: Cti,
    /// What the token allows.
    pub scope: Scope,
    /// Id of the approving user.
    pub user: String,
    /// Id of the commissioning window.
    pub window: WindowId,
    /// Confirmation key (RFC 8747): the device key the token is bound to.
    pub cnf: DeviceKey,
}

impl TokenClaims {
    /// Encodes the claims as a `coset` CWT claims set.
    fn to_claims_set(&self) -> Result<ClaimsSet, TokenError> {
        Ok(ClaimsSetBuilder::new()
            .issuer(self.iss.clone())
            .subject(self.sub.clone())
            .audience(self.aud.clone())
            .expiration_time(Timestamp::WholeSeconds(self.exp))
            .not_before(Timestamp::WholeSeconds(self.nbf))
            .issued_at(Timestamp::WholeSeconds(self.iat))
            .cwt_id(self.cti.0.to_vec())
            .claim(iana::CwtClaimName::Cnf, self.cnf.to_cnf()?)
            .claim(
                iana::CwtClaimName::Scope,
                Value::Text(self.scope.as_str().to_owned()),
            )
            .text_claim(CLAIM_USER.to_owned(), Value::Text(self.user.clone()))
            .text_claim(CLAIM_WINDOW.to_owned(), Value::from(self.window.0))
            .build())
    }

    /// Reads pairing-token claims out of a verified CWT claims set.
    pub fn from_raw(raw: &RawClaims) -> Result<TokenClaims, VerifyTokenError> {
        // Read in claim-key order so the first problem reported is stable.
        let iss = raw.text(CLAIM_ISS)?.to_owned();
        let sub = raw.text(CLAIM_SUB)?.to_owned();
        let aud = raw.text(CLAIM_AUD)?.to_owned();
        let exp = raw.int(CLAIM_EXP)?;
        let nbf = raw.int(CLAIM_NBF)?;
        let iat = raw.int(CLAIM_IAT)?;
        let cti = raw.bytes(CLAIM_CTI)?;
        let cti: [u8; 16] = cti
            .try_into()
            .map_err(|_| malformed(format!("claim cti (7) is {} bytes, expected 16", cti.len())))?;
        let cnf = DeviceKey::from_cnf(raw.require(CLAIM_CNF)?)?;
        let scope = raw
            .text(CLAIM_SCOPE)?
            .parse::<Scope>()
            .map_err(|e| malformed(format!("claim scope (9): {e}")))?;
        let user = raw.text(CLAIM_USER)?.to_owned();
        let window = WindowId(raw.uint(CLAIM_WINDOW)?);
        let claims = TokenClaims {
            iss,
            sub,
            aud,
            iat,
            nbf,
            exp,
            cti: Cti(cti),
            scope,
            user,
            window,
            cnf,
        };
        if claims.sub != claims.cnf.fingerprint() {
            return Err(malformed(
                "claim sub (2) is not the fingerprint of the cnf (8) key",
            ));
        }
        Ok(claims)
    }
}

/// A CWT claim key: an integer (registered or private) or a text name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKey {
    /// Integer key, e.g. 1 for `iss`.
    Int(i64),
    /// Text key, e.g. `"user"`.
    Text(String),
}

impl From<i64> for ClaimKey {
    fn from(k: i64) -> Self {
        ClaimKey::Int(k)
    }
}

impl From<&str> for ClaimKey {
    fn from(k: &str) -> Self {
        ClaimKey::Text(k.to_owned())
    }
}

impl fmt::Display for ClaimKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            ClaimKey::Int(1) => "iss",
            ClaimKey::Int(2) => "sub",
            ClaimKey::Int(3) => "aud",
            ClaimKey::Int(4) => "exp",
            ClaimKey::Int(5) => "nbf",
            ClaimKey::Int(6) => "iat",
            ClaimKey::Int(7) => "cti",
            ClaimKey::Int(8) => "cnf",
            ClaimKey::Int(9) => "scope",
            ClaimKey::Int(k) => return write!(f, "{k}"),
            ClaimKey::Text(t) => return write!(f, "{t:?}"),
        };
        match self {
            ClaimKey::Int(k) => write!(f, "{name} ({k})"),
            ClaimKey::Text(_) => f.write_str(name),
        }
    }
}

fn claim_key(v: &Value) -> Option<ClaimKey> {
    match v {
        Value::Integer(i) => i64::try_from(*i).ok().map(ClaimKey::Int),
        Value::Text(t) => Some(ClaimKey::Text(t.clone())),
        _ => None,
    }
}

/// The claims set of a CWT whose signature has been verified, not yet
/// interpreted: any claim key (integer or text) with any CBOR value. Keys
/// are unique.
#[derive(Debug, Clone, PartialEq)]
pub struct RawClaims {
    entries: Vec<(ClaimKey, Value)>,
}

impl RawClaims {
    /// Parses a CBOR-encoded claims map (one item, no trailing bytes, keys
    /// integers or text, no duplicate keys).
    pub fn from_cbor(payload: &[u8]) -> Result<RawClaims, VerifyTokenError> {
        let value = decode_one(payload).map_err(|r| malformed(format!("claims: {r}")))?;
        let Value::Map(map) = value else {
            return Err(malformed("claims are not a CBOR map"));
        };
        let mut entries: Vec<(ClaimKey, Value)> = Vec::with_capacity(map.len());
        for (k, v) in map {
            let key =
                claim_key(&k).ok_or_else(|| malformed("claim key is not an integer or text"))?;
            if entries.iter().any(|(seen, _)| *seen == key) {
                return Err(malformed(format!("duplicate claim {key}")));
            }
            entries.push((key, v));
        }
        Ok(RawClaims { entries })
    }

    /// All claims, in wire order.
    pub fn entries(&self) -> &[(ClaimKey, Value)] {
        &self.entries
    }

    /// The value of a claim, if present.
    pub fn get(&self, key: impl Into<ClaimKey>) -> Option<&Value> {
        let key = key.into();
        self.entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The value of a claim; `malformed` when absent.
    pub fn require(&self, key: impl Into<ClaimKey>) -> Result<&Value, VerifyTokenError> {
        let key = key.into();
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
            .ok_or_else(|| malformed(format!("missing claim {key}")))
    }

    /// A text claim; `malformed` when absent or not a text string.
    pub fn text(&self, key: impl Into<ClaimKey>) -> Result<&str, VerifyTokenError> {
        let key = key.into();
        match self.require(key.clone())? {
            Value::Text(t) => Ok(t),
            _ => Err(malformed(format!("claim {key} is not a text string"))),
        }
    }

    /// A byte-string claim; `malformed` when absent or not a byte string.
    pub fn bytes(&self, key: impl Into<ClaimKey>) -> Result<&[u8], VerifyTokenError> {
        let key = key.into();
        match self.require(key.clone())? {
            Value::Bytes(b) => Ok(b),
            _ => Err(malformed(format!("claim {key} is not a byte string"))),
        }
    }

    /// An integer claim that fits `i64` (a NumericDate must be an integer
    /// here; floats are refused); `malformed` otherwise.
    pub fn int(&self, key: impl Into<ClaimKey>) -> Result<i64, VerifyTokenError> {
        let key = key.into();
        match self.require(key.clone())? {
            Value::Integer(i) => {
                i64::try_from(*i).map_err(|_| malformed(format!("claim {key} is out of range")))
            }
            _ => Err(malformed(format!("claim {key} is not an integer"))),
        }
    }

    /// An unsigned integer claim that fits `u64`; `malformed` otherwise.
    pub fn uint(&self, key: impl Into<ClaimKey>) -> Result<u64, VerifyTokenError> {
        let key = key.into();
        match self.require(key.clone())? {
            Value::Integer(i) => u64::try_from(*i)
                .map_err(|_| malformed(format!("claim {key} is not an unsigned integer"))),
            _ => Err(malformed(format!("claim {key} is not an integer"))),
        }
    }
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Why a token was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyTokenError {
    /// Not a well-formed pairing token (size, CBOR, COSE structure, claims).
    #[error("malformed token: {reason}")]
    Malformed {
        /// What is wrong.
        reason: String,
    },
    /// The signature does not verify with the hub key.
    #[error("token signature does not verify")]
    BadSignature,
    /// The protected header does not name ES256.
    #[error("token is not signed with ES256 (alg -7 in the protected header)")]
    UnsupportedAlgorithm,
    /// Issued by another hub.
    #[error("token issuer is {got:?}, expected {expected:?}")]
    WrongIssuer {
        /// The issuer this verifier accepts.
        expected: String,
        /// The token's `iss`.
        got: String,
    },
    /// Meant for another audience.
    #[error("token audience is {got:?}, expected {expected:?}")]
    WrongAudience {
        /// The audience this verifier accepts.
        expected: String,
        /// The token's `aud`.
        got: String,
    },
    /// `now >= exp`.
    #[error("token expired at {exp} (now {now})")]
    Expired {
        /// The current time, NumericDate seconds.
        now: i64,
        /// The token's `exp`.
        exp: i64,
    },
    /// `now < nbf`.
    #[error("token not valid before {nbf} (now {now})")]
    NotYetValid {
        /// The current time, NumericDate seconds.
        now: i64,
        /// The token's `nbf`.
        nbf: i64,
    },
    /// Already redeemed (decided by the commissioning ledger).
    #[error("token {cti} was already used")]
    Replayed {
        /// The token id.
        cti: Cti,
    },
    /// Revoked (decided by the commissioning ledger).
    #[error("token {cti} has been revoked")]
    Revoked {
        /// The token id.
        cti: Cti,
    },
    /// The presenter's key is not the token's `cnf` key.
    #[error("token is bound to another device key")]
    WrongDeviceKey,
    /// The token's scope does not cover the request.
    #[error("token scope {have} does not include {needed}")]
    InsufficientScope {
        /// The token's scope.
        have: Scope,
        /// The scope the request needs.
        needed: Scope,
    },
}

impl VerifyTokenError {
    /// The refusal: its stable code (the audit `reason`), CoAP code
    /// and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            VerifyTokenError::Malformed { .. } => Refusal::Malformed,
            VerifyTokenError::BadSignature => Refusal::BadSignature,
            VerifyTokenError::UnsupportedAlgorithm => Refusal::UnsupportedAlgorithm,
            VerifyTokenError::WrongIssuer { .. } => Refusal::WrongIssuer,
            VerifyTokenError::WrongAudience { .. } => Refusal::WrongAudience,
            VerifyTokenError::Expired { .. } => Refusal::Expired,
            VerifyTokenError::NotYetValid { .. } => Refusal::NotYetValid,
            VerifyTokenError::Replayed { .. } => Refusal::Replayed,
            VerifyTokenError::Revoked { .. } => Refusal::Revoked,
            VerifyTokenError::WrongDeviceKey => Refusal::WrongDeviceKey,
            VerifyTokenError::InsufficientScope { .. } => Refusal::InsufficientScope,
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

fn malformed(reason: impl Into<String>) -> VerifyTokenError {
    VerifyTokenError::Malformed {
        reason: reason.into(),
    }
}

/// Why a key could not be made or a token could not be issued.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The random number generator failed.
    #[error("random number generator failed")]
    Rng,
    /// The PKCS#8 document is not an ECDSA P-256 private key `ring` accepts.
    #[error("hub key rejected: {reason}")]
    KeyRejected {
        /// `ring`'s reason.
        reason: String,
    },
    /// Signing failed.
    #[error("signing failed")]
    Signing,
    /// CBOR encoding failed.
    #[error("token encoding failed: {reason}")]
    Encoding {
        /// What failed.
        reason: String,
    },
    /// The claims are inconsistent (e.g. `sub` is not the `cnf` fingerprint).
    #[error("invalid token claims: {reason}")]
    InvalidClaims {
        /// What is wrong.
        reason: String,
    },
    /// The encoded token would exceed [`MAX_TOKEN_LEN`].
    #[error("token would be {len} bytes, more than the {max} allowed")]
    TooLarge {
        /// The encoded length.
        len: usize,
        /// [`MAX_TOKEN_LEN`].
        max: usize,
    },
}

// ---------------------------------------------------------------------------
// HubKey
// ---------------------------------------------------------------------------

/// The hub's token-signing key: ECDSA P-256 with SHA-256 (COSE ES256).
pub struct HubKey {
    pair: EcdsaKeyPair,
    pkcs8: Zeroizing<Vec<u8>>,
    kid: [u8; 8],
}

impl HubKey {
    /// Generates a new key.
    pub fn generate(rng: &dyn SecureRandom) -> Result<HubKey, TokenError> {
        let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, rng)
            .map_err(|_| TokenError::Rng)?;
        Self::from_pkcs8_with_rng(doc.as_ref(), rng)
    }

    /// Loads a key from its PKCS#8 (v1 or v2) DER document.
    pub fn from_pkcs8(der: &[u8]) -> Result<HubKey, TokenError> {
        Self::from_pkcs8_with_rng(der, &SystemRandom::new())
    }

    fn from_pkcs8_with_rng(der: &[u8], rng: &dyn SecureRandom) -> Result<HubKey, TokenError> {
        let pair =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, der, rng).map_err(|e| {
                TokenError::KeyRejected {
                    reason: e.to_string(),
                }
            })?;
        let kid = key_id(pair.public_key().as_ref());
        Ok(HubKey {
            pair,
            pkcs8: Zeroizing::new(der.to_vec()),
            kid,
        })
    }

    /// The PKCS#8 DER document, to be written to a 0600 key file by the
    /// caller.
    pub fn pkcs8_der(&self) -> &[u8] {
        &self.pkcs8
    }

    /// The 65-byte SEC1 uncompressed public key.
    pub fn public_key(&self) -> &[u8] {
        self.pair.public_key().as_ref()
    }

    /// The key id: the first 8 bytes of SHA-256 of [`HubKey::public_key`].
    /// Carried as `kid` in the protected header.
    pub fn key_id(&self) -> [u8; 8] {
        self.kid
    }

    /// Issues a token: a tag-61 CWT wrapping a tag-18 COSE_Sign1, protected
    /// header `{1: -7, 4: kid}`, empty external AAD.
    ///
    /// Refuses claims whose `sub` is not the fingerprint of `cnf` and tokens
    /// larger than [`MAX_TOKEN_LEN`], since no verifier would accept them.
    pub fn sign(
        &self,
        claims: &TokenClaims,
        rng: &dyn SecureRandom,
    ) -> Result<Vec<u8>, TokenError> {
        if claims.sub != claims.cnf.fingerprint() {
            return Err(TokenError::InvalidClaims {
                reason: "sub is not the fingerprint of the cnf key".to_owned(),
            });
        }
        let payload = claims
            .to_claims_set()?
            .to_vec()
            .map_err(|e| TokenError::Encoding {
                reason: e.to_string(),
            })?;
        self.sign_payload(payload, rng)
    }

    /// Signs an already encoded CWT claims set with the standard headers.
    fn sign_payload(
        &self,
        payload: Vec<u8>,
        rng: &dyn SecureRandom,
    ) -> Result<Vec<u8>, TokenError> {
        let protected = HeaderBuilder::new()
            .algorithm(iana::Algorithm::ES256)
            .key_id(self.kid.to_vec())
            .build();
        let sign1 = CoseSign1Builder::new()
            .protected(protected)
            .payload(payload)
            .try_create_signature(&[], |tbs| {
                self.pair
                    .sign(rng, tbs)
                    .map(|s| s.as_ref().to_vec())
                    .map_err(|_| TokenError::Signing)
            })?
            .build();
        encode_cwt(sign1)
    }

    /// A verifier for tokens of this key, issued as `iss` for `aud`.
    pub fn verifier(&self, iss: &str, aud: &str) -> TokenVerifier {
        TokenVerifier::new(self.public_key(), iss, aud)
    }
}

impl fmt::Debug for HubKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HubKey")
            .field("kid", &hex::encode(self.kid))
            .finish_non_exhaustive()
    }
}

fn key_id(public_key: &[u8]) -> [u8; 8] {
    let d = digest(&SHA256, public_key);
    let mut kid = [0u8; 8];
    kid.copy_from_slice(&d.as_ref()[..8]);
    kid
}

/// Encodes a COSE_Sign1 as `61(18([...]))`, checking the size limit.
fn encode_cwt(sign1: CoseSign1) -> Result<Vec<u8>, TokenError> {
    let inner = sign1.to_cbor_value().map_err(|e| TokenError::Encoding {
        reason: e.to_string(),
    })?;
    let value = Value::Tag(
        CWT_TAG,
        Box::new(Value::Tag(COSE_SIGN1_TAG, Box::new(inner))),
    );
    let mut out = Vec::new();
    ciborium::ser::into_writer(&value, &mut out).map_err(|e| TokenError::Encoding {
        reason: e.to_string(),
    })?;
    if out.len() > MAX_TOKEN_LEN {
        return Err(TokenError::TooLarge {
            len: out.len(),
            max: MAX_TOKEN_LEN,
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Verification
// ---------------------------------------------------------------------------

/// Decodes exactly one CBOR item from `bytes`.
fn decode_one(bytes: &[u8]) -> Result<Value, String> {
    let mut rest = bytes;
    let value: Value =
        ciborium::de::from_reader(&mut rest).map_err(|e| format!("bad CBOR: {e}"))?;
    if !rest.is_empty() {
        return Err(format!("{} trailing bytes after the CBOR item", rest.len()));
    }
    Ok(value)
}

/// Size, CBOR, tags and COSE_Sign1 structure (steps 1 and 2).
fn parse_cose_sign1(token: &[u8]) -> Result<CoseSign1, VerifyTokenError> {
    if token.len() > MAX_TOKEN_LEN {
        return Err(malformed(format!(
            "token is {} bytes, more than the {MAX_TOKEN_LEN} allowed",
            token.len()
        )));
    }
    let mut value = decode_one(token).map_err(malformed)?;
    if let Value::Tag(CWT_TAG, inner) = value {
        value = *inner;
    }
    if let Value::Tag(COSE_SIGN1_TAG, inner) = value {
        value = *inner;
    }
    if let Value::Tag(tag, _) = value {
        return Err(malformed(format!("unexpected CBOR tag {tag}")));
    }
    let sign1 = CoseSign1::from_cbor_value(value)
        .map_err(|e| malformed(format!("not a COSE_Sign1: {e}")))?;
    if sign1.payload.is_none() {
        return Err(malformed("detached payloads are not supported"));
    }
    Ok(sign1)
}

/// Algorithm checks (step 3).
fn check_algorithm(sign1: &CoseSign1) -> Result<(), VerifyTokenError> {
    if sign1.protected.header.alg != Some(coset::Algorithm::Assigned(iana::Algorithm::ES256)) {
        return Err(VerifyTokenError::UnsupportedAlgorithm);
    }
    if sign1.unprotected.alg.is_some() {
        return Err(malformed("alg in both protected and unprotected headers"));
    }
    if !sign1.protected.header.crit.is_empty() || !sign1.unprotected.crit.is_empty() {
        return Err(malformed("critical header parameters are not supported"));
    }
    Ok(())
}

/// Verifies a CWT in a COSE_Sign1 signed with ES256 by `public_key_sec1`
/// (steps 1 to 4 of the [verification order](self#verification-order)) and
/// returns its claims set, uninterpreted. Works for any CWT, tagged (61
/// and/or 18) or not; the external AAD is empty.
pub fn verify_cose_sign1_es256(
    token: &[u8],
    public_key_sec1: &[u8],
) -> Result<RawClaims, VerifyTokenError> {
    let sign1 = parse_cose_sign1(token)?;
    check_algorithm(&sign1)?;
    let key = UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, public_key_sec1);
    sign1.verify_signature(&[], |sig, tbs| {
        key.verify(tbs, sig)
            .map_err(|_| VerifyTokenError::BadSignature)
    })?;
    match &sign1.payload {
        Some(payload) => RawClaims::from_cbor(payload),
        None => Err(malformed("detached payloads are not supported")),
    }
}

/// Verifies pairing tokens: the hub's public key plus the expected issuer
/// and audience.
#[derive(Debug, Clone)]
pub struct TokenVerifier {
    public_key: Vec<u8>,
    iss: String,
    aud: String,
}

impl TokenVerifier {
    /// A verifier for tokens signed by `public_key_sec1` (65-byte SEC1),
    /// issued as `iss` for `aud`. A key that is not a valid P-256 point makes
    /// every token fail with `bad_signature`.
    pub fn new(
        public_key_sec1: &[u8],
        iss: impl Into<String>,
        aud: impl Into<String>,
    ) -> TokenVerifier {
        TokenVerifier {
            public_key: public_key_sec1.to_vec(),
            iss: iss.into(),
            aud: aud.into(),
        }
    }

    /// The expected issuer.
    pub fn issuer(&self) -> &str {
        &self.iss
    }

    /// The expected audience.
    pub fn audience(&self) -> &str {
        &self.aud
    }

    /// The hub public key (SEC1).
    pub fn public_key(&self) -> &[u8] {
        &self.public_key
    }

    /// Structure, algorithm, signature, claims and issuer (steps 1 to 6).
    pub fn decode(&self, token: &[u8]) -> Result<TokenClaims, VerifyTokenError> {
        let raw = verify_cose_sign1_es256(token, &self.public_key)?;
        let claims = TokenClaims::from_raw(&raw)?;
        if claims.iss != self.iss {
            return Err(VerifyTokenError::WrongIssuer {
                expected: self.iss.clone(),
                got: claims.iss,
            });
        }
        Ok(claims)
    }

    /// Audience, time, confirmation key and scope (steps 7 to 10).
    pub fn check(
        &self,
        claims: &TokenClaims,
        now: UnixMillis,
        presenter: &DeviceKey,
        needed: Scope,
    ) -> Result<(), VerifyTokenError> {
        if claims.aud != self.aud {
            return Err(VerifyTokenError::WrongAudience {
                expected: self.aud.clone(),
                got: claims.aud.clone(),
            });
        }
        let now = now.as_secs();
        if now >= claims.exp {
            return Err(VerifyTokenError::Expired {
                now,
                exp: claims.exp,
            });
        }
        if now < claims.nbf {
            return Err(VerifyTokenError::NotYetValid {
                now,
                nbf: claims.nbf,
            });
        }
        let same_key: bool = claims
            .cnf
            .as_bytes()
            .as_slice()
            .ct_eq(presenter.as_bytes().as_slice())
            .into();
        if !same_key {
            return Err(VerifyTokenError::WrongDeviceKey);
        }
        if !claims.scope.includes(needed) {
            return Err(VerifyTokenError::InsufficientScope {
                have: claims.scope,
                needed,
            });
        }
        Ok(())
    }

    /// [`TokenVerifier::decode`] then [`TokenVerifier::check`].
    pub fn verify(
        &self,
        token: &[u8],
        now: UnixMillis,
        presenter: &DeviceKey,
        needed: Scope,
    ) -> Result<TokenClaims, VerifyTokenError> {
        let claims = self.decode(token)?;
        self.check(&claims, now, presenter, needed)?;
        Ok(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use coset::{Header, TaggedCborSerializable};
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// RFC 8392, Appendix A.3 (Figure 10), "Example Signed CWT".
    const RFC8392_A3: &str = concat!(
        "d28443a10126a104524173796d6d657472696345434453413235365850a701756",
        "36f61703a2f2f61732e6578616d706c652e636f6d02656572696b77037818636f",
        "61703a2f2f6c696768742e6578616d706c652e636f6d041a5612aeb0051a5610d",
        "9f0061a5610d9f007420b7158405427c1ff28d23fbad1f29c4c7c6a555e601d6f",
        "a29f9179bc3d7438bacaca5acd08c8d4d4f96131680c429a01f85951ecee743a5",
        "2b9b63632c57209120e1c9e30",
    );
    /// RFC 8392, Appendix A.2.3, the public part of the 256-bit ECDSA key.
    const RFC8392_A23_X: &str = "143329cce7868e416927599cf65a34f3ce2ffda55a7eca69ed8919a394d42f0f";
    const RFC8392_A23_Y: &str = "60f7f1a780d8a783bfb7a2dd6b2796e8128dbbcef9d3d168db9529971a36e7b9";

    const ISS: &str = "threshold-hub:test";
    const AUD: &str = "threshold:commissioning";
    const T0: i64 = 1_795_000_000;
    const LIFETIME: i64 = 600;

    fn rng() -> SystemRandom {
        SystemRandom::new()
    }

    fn rfc_public_key() -> Vec<u8> {
        let mut pk = vec![0x04];
        pk.extend(hex::decode(RFC8392_A23_X).unwrap());
        pk.extend(hex::decode(RFC8392_A23_Y).unwrap());
        pk
    }

    fn new_device() -> DeviceKey {
        let doc = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng()).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, doc.as_ref(), &rng())
            .unwrap();
        DeviceKey::from_sec1(pair.public_key().as_ref()).unwrap()
    }

    fn claims_for(dev: &DeviceKey, scope: Scope) -> TokenClaims {
        TokenClaims {
            iss: ISS.to_owned(),
            sub: dev.fingerprint(),
            aud: AUD.to_owned(),
            iat: T0,
            nbf: T0,
            exp: T0 + LIFETIME,
            cti: Cti([7; 16]),
            scope,
            user: "user-1".to_owned(),
            window: WindowId(42),
            cnf: dev.clone(),
        }
    }

    struct Fixture {
        hub: HubKey,
        other_hub: HubKey,
        dev: DeviceKey,
        other_dev: DeviceKey,
        setup: TokenClaims,
        setup_token: Vec<u8>,
        full_token: Vec<u8>,
    }

    fn fx() -> &'static Fixture {
        static FX: OnceLock<Fixture> = OnceLock::new();
        FX.get_or_init(|| {
            let hub = HubKey::generate(&rng()).unwrap();
            let other_hub = HubKey::generate(&rng()).unwrap();
            let dev = new_device();
            let other_dev = new_device();
            let setup = claims_for(&dev, Scope::Setup);
            let setup_token = hub.sign(&setup, &rng()).unwrap();
            let full_token = hub.sign(&claims_for(&dev, Scope::Full), &rng()).unwrap();
            Fixture {
                hub,
                other_hub,
                dev,
                other_dev,
                setup,
                setup_token,
                full_token,
            }
        })
    }

    fn verifier() -> TokenVerifier {
        fx().hub.verifier(ISS, AUD)
    }

    fn at(secs: i64) -> UnixMillis {
        UnixMillis::from_secs(secs)
    }

    fn es256_protected(key: &HubKey) -> Header {
        HeaderBuilder::new()
            .algorithm(iana::Algorithm::ES256)
            .key_id(key.key_id().to_vec())
            .build()
    }

    /// Signs `payload` with `key` under arbitrary headers (ES256 math
    /// whatever the headers claim).
    fn sign_raw(key: &HubKey, protected: Header, unprotected: Header, payload: Vec<u8>) -> Vec<u8> {
        let sign1 = CoseSign1Builder::new()
            .protected(protected)
            .unprotected(unprotected)
            .payload(payload)
            .try_create_signature(&[], |tbs| {
                key.pair.sign(&rng(), tbs).map(|s| s.as_ref().to_vec())
            })
            .unwrap()
            .build();
        encode_cwt(sign1).unwrap()
    }

    /// The claims map of the fixture's setup token, as CBOR entries.
    fn claim_entries() -> Vec<(Value, Value)> {
        match fx().setup.to_claims_set().unwrap().to_cbor_value().unwrap() {
            Value::Map(m) => m,
            other => panic!("claims are not a map: {other:?}"),
        }
    }

    fn sign_entries(entries: Vec<(Value, Value)>) -> Vec<u8> {
        let mut payload = Vec::new();
        ciborium::ser::into_writer(&Value::Map(entries), &mut payload).unwrap();
        fx().hub.sign_payload(payload, &rng()).unwrap()
    }

    fn with_claim(key: Value, value: Value) -> Vec<u8> {
        let mut entries = claim_entries();
        let slot = entries.iter_mut().find(|(k, _)| *k == key).unwrap();
        slot.1 = value;
        sign_entries(entries)
    }

    fn assert_malformed(r: Result<TokenClaims, VerifyTokenError>, needle: &str) {
        match r {
            Err(VerifyTokenError::Malformed { reason }) => {
                assert!(
                    reason.contains(needle),
                    "reason {reason:?} lacks {needle:?}"
                )
            }
            other => panic!("expected malformed ({needle}), got {other:?}"),
        }
    }

    // --- RFC 8392 test vector -------------------------------------------

    #[test]
    fn rfc8392_a3_signed_cwt_verifies() {
        let token = hex::decode(RFC8392_A3).unwrap();
        assert_eq!(token.len(), 175);
        let raw = verify_cose_sign1_es256(&token, &rfc_public_key()).unwrap();
        assert_eq!(raw.entries().len(), 7);
        assert_eq!(raw.text(1).unwrap(), "coap://as.example.com");
        assert_eq!(raw.text(2).unwrap(), "erikw");
        assert_eq!(raw.text(3).unwrap(), "coap://light.example.com");
        assert_eq!(raw.int(4).unwrap(), 1_444_064_944);
        assert_eq!(raw.int(5).unwrap(), 1_443_944_944);
        assert_eq!(raw.int(6).unwrap(), 1_443_944_944);
        assert_eq!(raw.bytes(7).unwrap(), &[0x0b, 0x71]);
        // Also accepted once wrapped in the CWT tag.
        let mut tagged = vec![0xd8, 0x3d];
        tagged.extend(&token);
        assert_eq!(
            verify_cose_sign1_es256(&tagged, &rfc_public_key()).unwrap(),
            raw
        );
        // It is a valid CWT but not a pairing token (short cti, no cnf...).
        let v = TokenVerifier::new(&rfc_public_key(), "coap://as.example.com", "x");
        assert_malformed(v.decode(&token), "claim cti (7) is 2 bytes");
    }

    #[test]
    fn rfc8392_a3_tampered_is_bad_signature() {
        let token = hex::decode(RFC8392_A3).unwrap();
        let n = token.len();
        for i in [n - 64, n - 33, n - 1] {
            let mut t = token.clone();
            t[i] ^= 0x01;
            assert_eq!(
                verify_cose_sign1_es256(&t, &rfc_public_key()),
                Err(VerifyTokenError::BadSignature),
                "signature byte {i}"
            );
        }
        // A payload byte: the "w" of "erikw" becomes "v".
        let pos = token.windows(5).position(|w| w == b"erikw").unwrap() + 4;
        let mut t = token.clone();
        t[pos] ^= 0x01;
        assert_eq!(
            verify_cose_sign1_es256(&t, &rfc_public_key()),
            Err(VerifyTokenError::BadSignature)
        );
        // The right token under another key.
        assert_eq!(
            verify_cose_sign1_es256(&token, fx().hub.public_key()),
            Err(VerifyTokenError::BadSignature)
        );
    }

    // --- Format -------------------------------------------------------------

    #[test]
    fn round_trip() {
        let f = fx();
        let v = verifier();
        assert_eq!(v.decode(&f.setup_token).unwrap(), f.setup);
        assert_eq!(
            v.verify(&f.setup_token, at(T0), &f.dev, Scope::Setup)
                .unwrap(),
            f.setup
        );
        // Extreme values survive too.
        let mut c = claims_for(&f.dev, Scope::Full);
        c.iat = i64::MIN;
        c.nbf = -1;
        c.exp = i64::MAX;
        c.window = WindowId(u64::MAX);
        c.user = "ünïcödé ✓".to_owned();
        c.cti = Cti::random(&rng()).unwrap();
        let t = f.hub.sign(&c, &rng()).unwrap();
        assert_eq!(v.decode(&t).unwrap(), c);
    }

    #[test]
    fn byte_format() {
        let f = fx();
        let t = &f.setup_token;
        // tag 61 (d8 3d), tag 18 (d2), array of 4 (84).
        assert_eq!(&t[..4], &[0xd8, 0x3d, 0xd2, 0x84]);
        let Value::Tag(61, inner) = decode_one(t).unwrap() else {
            panic!("no tag 61")
        };
        let Value::Tag(18, inner) = *inner else {
            panic!("no tag 18")
        };
        let sign1 = CoseSign1::from_cbor_value(*inner).unwrap();
        // Protected header is exactly {1: -7, 4: h'kid'}.
        let mut expected_protected = vec![0xa2, 0x01, 0x26, 0x04, 0x48];
        expected_protected.extend(f.hub.key_id());
        assert_eq!(
            sign1.protected.original_data.as_deref(),
            Some(&expected_protected[..])
        );
        assert!(sign1.unprotected.is_empty());
        assert_eq!(sign1.signature.len(), 64);
        let raw = RawClaims::from_cbor(sign1.payload.as_deref().unwrap()).unwrap();
        let keys: Vec<ClaimKey> = raw.entries().iter().map(|(k, _)| k.clone()).collect();
        let mut expected_keys: Vec<ClaimKey> = (1..=9).map(ClaimKey::Int).collect();
        expected_keys.push("user".into());
        expected_keys.push("window".into());
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, expected_keys);
        assert_eq!(raw.text(9).unwrap(), "setup");
        assert_eq!(raw.uint("window").unwrap(), 42);
        let cnf = Value::Map(vec![(
            Value::from(1),
            Value::Map(vec![
                (Value::from(1), Value::from(2)),
                (Value::from(-1), Value::from(1)),
                (Value::from(-2), Value::Bytes(f.dev.x().to_vec())),
                (Value::from(-3), Value::Bytes(f.dev.y().to_vec())),
            ]),
        )]);
        assert_eq!(raw.get(8), Some(&cnf));
        assert_eq!(raw.bytes(7).unwrap(), &[7u8; 16]);
    }

    #[test]
    fn tags_are_optional_but_no_other_tag() {
        let f = fx();
        let v = verifier();
        let untagged = &f.setup_token[3..];
        assert_eq!(v.decode(untagged).unwrap(), f.setup);
        let only18 = &f.setup_token[2..];
        assert_eq!(v.decode(only18).unwrap(), f.setup);
        let mut only61 = f.setup_token.clone();
        only61.remove(2);
        assert_eq!(v.decode(&only61).unwrap(), f.setup);
        // COSE_Mac0 tag (17) in place of COSE_Sign1.
        let mut mac0 = f.setup_token.clone();
        mac0[2] = 0xd1;
        assert_malformed(v.decode(&mac0), "tag 17");
        // Tag 18 outside tag 61.
        let mut swapped = vec![0xd2, 0xd8, 0x3d];
        swapped.extend(untagged);
        assert_malformed(v.decode(&swapped), "tag 61");
    }

    // --- Rejections ---------------------------------------------------------

    #[test]
    fn bad_signature_on_payload_or_signature_change() {
        let f = fx();
        let v = verifier();
        let pos = f
            .setup_token
            .windows(AUD.len())
            .position(|w| w == AUD.as_bytes())
            .unwrap();
        let mut t = f.setup_token.clone();
        t[pos] ^= 0x20;
        assert_eq!(v.decode(&t), Err(VerifyTokenError::BadSignature));
        let mut t = f.setup_token.clone();
        let last = t.len() - 1;
        t[last] ^= 0x01;
        assert_eq!(v.decode(&t), Err(VerifyTokenError::BadSignature));
    }

    #[test]
    fn signed_by_another_hub_key() {
        let f = fx();
        let t = f.other_hub.sign(&f.setup, &rng()).unwrap();
        assert_eq!(verifier().decode(&t), Err(VerifyTokenError::BadSignature));
        assert_eq!(f.other_hub.verifier(ISS, AUD).decode(&t).unwrap(), f.setup);
        // A verifier holding a broken key refuses everything.
        let broken = TokenVerifier::new(&[0x04; 65], ISS, AUD);
        assert_eq!(
            broken.decode(&f.setup_token),
            Err(VerifyTokenError::BadSignature)
        );
    }

    #[test]
    fn wrong_issuer() {
        let f = fx();
        let e = f.hub.verifier("other-hub", AUD).decode(&f.setup_token);
        assert_eq!(
            e,
            Err(VerifyTokenError::WrongIssuer {
                expected: "other-hub".to_owned(),
                got: ISS.to_owned()
            })
        );
    }

    #[test]
    fn wrong_audience() {
        let f = fx();
        let e =
            f.hub
                .verifier(ISS, "other-aud")
                .verify(&f.setup_token, at(T0), &f.dev, Scope::Setup);
        assert_eq!(
            e,
            Err(VerifyTokenError::WrongAudience {
                expected: "other-aud".to_owned(),
                got: AUD.to_owned()
            })
        );
    }

    #[test]
    fn lifetime_boundaries() {
        let f = fx();
        let v = verifier();
        let exp = T0 + LIFETIME;
        let ok = |now: UnixMillis| v.verify(&f.setup_token, now, &f.dev, Scope::Setup);
        assert!(ok(at(exp - 1)).is_ok());
        assert!(ok(UnixMillis(exp * 1000 - 1)).is_ok());
        assert_eq!(
            ok(at(exp)),
            Err(VerifyTokenError::Expired { now: exp, exp })
        );
        assert_eq!(
            ok(at(exp + 3600)),
            Err(VerifyTokenError::Expired {
                now: exp + 3600,
                exp
            })
        );
        assert!(ok(at(T0)).is_ok());
        assert_eq!(
            ok(at(T0 - 1)),
            Err(VerifyTokenError::NotYetValid {
                now: T0 - 1,
                nbf: T0
            })
        );
        assert_eq!(
            ok(UnixMillis(T0 * 1000 - 1)),
            Err(VerifyTokenError::NotYetValid {
                now: T0 - 1,
                nbf: T0
            })
        );
    }

    #[test]
    fn wrong_device_key() {
        let f = fx();
        let e = verifier().verify(&f.setup_token, at(T0), &f.other_dev, Scope::Setup);
        assert_eq!(e, Err(VerifyTokenError::WrongDeviceKey));
    }

    #[test]
    fn scope_rules() {
        let f = fx();
        let v = verifier();
        assert_eq!(
            v.verify(&f.setup_token, at(T0), &f.dev, Scope::Full),
            Err(VerifyTokenError::InsufficientScope {
                have: Scope::Setup,
                needed: Scope::Full
            })
        );
        assert_eq!(
            v.verify(&f.full_token, at(T0), &f.dev, Scope::Setup)
                .unwrap()
                .scope,
            Scope::Full
        );
        assert!(v.verify(&f.full_token, at(T0), &f.dev, Scope::Full).is_ok());
        assert!(v
            .verify(&f.setup_token, at(T0), &f.dev, Scope::Setup)
            .is_ok());
        assert!(Scope::Full.includes(Scope::Setup));
        assert!(Scope::Full.includes(Scope::Full));
        assert!(Scope::Setup.includes(Scope::Setup));
        assert!(!Scope::Setup.includes(Scope::Full));
        for s in Scope::ALL {
            assert_eq!(s.as_str().parse::<Scope>(), Ok(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        assert_eq!(
            "admin".parse::<Scope>(),
            Err(ParseScopeError("admin".to_owned()))
        );
        assert_eq!(
            serde_json::from_str::<Scope>("\"full\"").unwrap(),
            Scope::Full
        );
    }

    #[test]
    fn check_order_is_aud_time_cnf_scope() {
        let f = fx();
        let c = &f.setup;
        let late = at(c.exp);
        let wrong_aud = f.hub.verifier(ISS, "x");
        let v = verifier();
        assert_eq!(
            wrong_aud
                .check(c, late, &f.other_dev, Scope::Full)
                .map_err(|e| e.code()),
            Err("wrong_audience")
        );
        assert_eq!(
            v.check(c, late, &f.other_dev, Scope::Full)
                .map_err(|e| e.code()),
            Err("expired")
        );
        assert_eq!(
            v.check(c, at(T0), &f.other_dev, Scope::Full)
                .map_err(|e| e.code()),
            Err("wrong_device_key")
        );
        assert_eq!(
            v.check(c, at(T0), &f.dev, Scope::Full)
                .map_err(|e| e.code()),
            Err("insufficient_scope")
        );
    }

    #[test]
    fn algorithm_must_be_es256_in_protected_header() {
        let f = fx();
        let v = verifier();
        let payload = f.setup.to_claims_set().unwrap().to_vec().unwrap();
        let es384 = HeaderBuilder::new()
            .algorithm(iana::Algorithm::ES384)
            .build();
        let t = sign_raw(&f.hub, es384, Header::default(), payload.clone());
        assert_eq!(v.decode(&t), Err(VerifyTokenError::UnsupportedAlgorithm));

        let es256 = HeaderBuilder::new()
            .algorithm(iana::Algorithm::ES256)
            .build();
        let t = sign_raw(&f.hub, Header::default(), es256.clone(), payload.clone());
        assert_eq!(v.decode(&t), Err(VerifyTokenError::UnsupportedAlgorithm));

        let kid_only = HeaderBuilder::new().key_id(vec![1]).build();
        let t = sign_raw(&f.hub, kid_only, Header::default(), payload.clone());
        assert_eq!(v.decode(&t), Err(VerifyTokenError::UnsupportedAlgorithm));

        let text_alg = HeaderBuilder::new()
            .text_value("alg".to_owned(), Value::Text("ES256".to_owned()))
            .build();
        let t = sign_raw(&f.hub, text_alg, Header::default(), payload.clone());
        assert_eq!(v.decode(&t), Err(VerifyTokenError::UnsupportedAlgorithm));

        let t = sign_raw(&f.hub, es256_protected(&f.hub), es256, payload.clone());
        assert_malformed(v.decode(&t), "both");

        let crit = HeaderBuilder::new()
            .algorithm(iana::Algorithm::ES256)
            .add_critical(iana::HeaderParameter::ContentType)
            .content_format(iana::CoapContentFormat::Cbor)
            .build();
        let t = sign_raw(&f.hub, crit, Header::default(), payload.clone());
        assert_malformed(v.decode(&t), "critical");

        // The same payload under the right headers is fine.
        let t = sign_raw(&f.hub, es256_protected(&f.hub), Header::default(), payload);
        assert_eq!(v.decode(&t).unwrap(), f.setup);
    }

    #[test]
    fn oversize_truncated_trailing_garbage() {
        let f = fx();
        let v = verifier();
        let big = vec![0u8; MAX_TOKEN_LEN + 1];
        assert_malformed(v.decode(&big), "2048");
        // Oversize even when the first bytes are a valid token.
        let mut padded = f.setup_token.clone();
        padded.resize(MAX_TOKEN_LEN + 1, 0);
        assert_malformed(v.decode(&padded), "more than");
        // Trailing bytes within the limit.
        let mut trailing = f.setup_token.clone();
        trailing.push(0);
        assert_malformed(v.decode(&trailing), "trailing");
        // Every truncation.
        for n in 0..f.setup_token.len() {
            assert!(
                matches!(
                    v.decode(&f.setup_token[..n]),
                    Err(VerifyTokenError::Malformed { .. })
                ),
                "prefix of {n} bytes"
            );
        }
        for g in [
            &b""[..],
            b"hello world",
            &[0xff; 16],
            &[0x84, 0x40, 0xa0, 0xf6, 0x40],
        ] {
            assert!(
                matches!(v.decode(g), Err(VerifyTokenError::Malformed { .. })),
                "garbage {g:?}"
            );
        }
        // A huge declared length does not allocate or panic.
        let huge = [
            0xd8, 0x3d, 0xd2, 0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        ];
        assert_malformed(v.decode(&huge), "CBOR");
        let deep = vec![0x81; 2000];
        assert_malformed(v.decode(&deep), "");
        // Detached payload.
        let sign1 = CoseSign1Builder::new()
            .protected(es256_protected(&f.hub))
            .signature(vec![0; 64])
            .build();
        let detached = sign1.to_tagged_vec().unwrap();
        assert_malformed(v.decode(&detached), "detached");
    }

    #[test]
    fn sign_refuses_oversize_and_inconsistent_claims() {
        let f = fx();
        let mut c = f.setup.clone();
        c.user = "u".repeat(MAX_TOKEN_LEN);
        assert!(matches!(
            f.hub.sign(&c, &rng()),
            Err(TokenError::TooLarge {
                max: MAX_TOKEN_LEN,
                ..
            })
        ));
        let mut c = f.setup.clone();
        c.sub = "someone-else".to_owned();
        assert!(matches!(
            f.hub.sign(&c, &rng()),
            Err(TokenError::InvalidClaims { .. })
        ));
    }

    #[test]
    fn every_missing_claim_is_malformed() {
        let entries = claim_entries();
        assert_eq!(entries.len(), 11);
        for i in 0..entries.len() {
            let mut e = entries.clone();
            let (k, _) = e.remove(i);
            let r = verifier().decode(&sign_entries(e));
            assert_malformed(r, "missing claim");
            let _ = k;
        }
        // Sanity: all entries back gives a valid token.
        assert_eq!(
            verifier().decode(&sign_entries(entries)).unwrap(),
            fx().setup
        );
    }

    #[test]
    fn claims_of_wrong_type_are_malformed() {
        let v = verifier();
        let f = fx();
        let int = Value::from;
        let text = |s: &str| Value::Text(s.to_owned());
        let cose_key = |params: Vec<(Value, Value)>| Value::Map(vec![(int(1), Value::Map(params))]);
        let x = Value::Bytes(f.dev.x().to_vec());
        let y = Value::Bytes(f.dev.y().to_vec());
        let cases: Vec<(Value, Value, &str)> = vec![
            (int(1), int(5), "iss (1) is not a text"),
            (int(2), Value::Bytes(vec![1]), "sub (2) is not a text"),
            (
                int(3),
                Value::Array(vec![text(AUD)]),
                "aud (3) is not a text",
            ),
            (int(4), text("soon"), "exp (4) is not an integer"),
            (int(4), Value::Float(1.5e9), "exp (4) is not an integer"),
            (int(5), Value::Bool(true), "nbf (5) is not an integer"),
            (int(6), Value::Null, "iat (6) is not an integer"),
            (int(7), Value::Bytes(vec![0; 8]), "16"),
            (int(7), text("00"), "cti (7) is not a byte string"),
            (int(9), text("admin"), "unknown scope"),
            (int(9), text("setup full"), "unknown scope"),
            (
                int(9),
                Value::Bytes(b"setup".to_vec()),
                "scope (9) is not a text",
            ),
            (text("user"), int(1), "\"user\" is not a text"),
            (text("window"), int(-1), "not an unsigned"),
            (text("window"), text("42"), "\"window\" is not an integer"),
            (int(8), Value::Bytes(vec![0; 65]), "not a map"),
            (int(8), Value::Map(vec![]), "exactly one"),
            (
                int(8),
                Value::Map(vec![(int(3), Value::Bytes(vec![1]))]),
                "COSE_Key (1)",
            ),
            (
                int(8),
                cose_key(vec![
                    (int(1), int(2)),
                    (int(-1), int(2)),
                    (int(-2), x.clone()),
                    (int(-3), y.clone()),
                ]),
                "crv",
            ),
            (
                int(8),
                cose_key(vec![
                    (int(1), int(1)),
                    (int(-1), int(1)),
                    (int(-2), x.clone()),
                    (int(-3), y.clone()),
                ]),
                "kty",
            ),
            (
                int(8),
                cose_key(vec![
                    (int(1), int(2)),
                    (int(-1), int(1)),
                    (int(-2), Value::Bytes(vec![0; 31])),
                    (int(-3), y.clone()),
                ]),
                "x is not 32 bytes",
            ),
            (
                int(8),
                cose_key(vec![
                    (int(1), int(2)),
                    (int(-1), int(1)),
                    (int(-2), x.clone()),
                    (int(-3), Value::Bool(true)),
                ]),
                "y missing or not a byte string",
            ),
            (
                int(8),
                cose_key(vec![
                    (int(1), int(2)),
                    (int(-1), int(1)),
                    (int(-2), x.clone()),
                ]),
                "y missing",
            ),
            (
                int(8),
                cose_key(vec![
                    (int(1), int(2)),
                    (int(-1), int(1)),
                    (int(-2), x.clone()),
                    (int(-3), y.clone()),
                    (int(-4), Value::Bytes(vec![1; 32])),
                ]),
                "other than crv",
            ),
        ];
        for (key, value, needle) in cases {
            assert_malformed(v.decode(&with_claim(key, value)), needle);
        }
        // A cnf key with a tolerated alg (ES256) and kid still decodes.
        let ok_key = cose_key(vec![
            (int(1), int(2)),
            (int(2), Value::Bytes(b"dev".to_vec())),
            (int(3), int(-7)),
            (int(-1), int(1)),
            (int(-2), x),
            (int(-3), y),
        ]);
        assert_eq!(v.decode(&with_claim(int(8), ok_key)).unwrap(), f.setup);
    }

    #[test]
    fn sub_must_match_cnf_and_keys_must_be_unique() {
        let v = verifier();
        let t = with_claim(Value::from(2), Value::Text(fx().other_dev.fingerprint()));
        assert_malformed(v.decode(&t), "fingerprint");
        let mut e = claim_entries();
        e.push((Value::from(1), Value::Text(ISS.to_owned())));
        assert_malformed(v.decode(&sign_entries(e)), "duplicate claim iss (1)");
        let mut e = claim_entries();
        e.push((Value::Bytes(vec![1]), Value::Null));
        assert_malformed(v.decode(&sign_entries(e)), "claim key");
        let mut payload = Vec::new();
        ciborium::ser::into_writer(&Value::Array(vec![]), &mut payload).unwrap();
        let t = fx().hub.sign_payload(payload, &rng()).unwrap();
        assert_malformed(v.decode(&t), "not a CBOR map");
    }

    #[test]
    fn unknown_claims_are_ignored() {
        let mut e = claim_entries();
        e.push((Value::from(10), Value::from(1)));
        e.push((Value::from(-70_000), Value::Bytes(vec![1, 2])));
        e.push((Value::Text("extra".to_owned()), Value::Array(vec![])));
        e.reverse();
        assert_eq!(verifier().decode(&sign_entries(e)).unwrap(), fx().setup);
    }

    #[test]
    fn docs_example_is_well_formed() {
        let doc = include_str!("../../docs/token.md");
        let block = doc.split("```").nth(3).unwrap();
        let bytes = hex::decode(block.split_whitespace().collect::<String>()).unwrap();
        assert_eq!(bytes.len(), 322);
        let sign1 = parse_cose_sign1(&bytes).unwrap();
        check_algorithm(&sign1).unwrap();
        assert_eq!(
            sign1.protected.header.key_id,
            hex::decode("03c7202d81a54c01").unwrap()
        );
        let raw = RawClaims::from_cbor(sign1.payload.as_deref().unwrap()).unwrap();
        let c = TokenClaims::from_raw(&raw).unwrap();
        assert_eq!(c.iss, "threshold-hub");
        assert_eq!(c.aud, "threshold");
        assert_eq!(
            (c.iat, c.nbf, c.exp),
            (1_795_000_000, 1_795_000_000, 1_795_000_180)
        );
        assert_eq!(c.cti.to_string(), "ffb6599c56d68f0e5a2f552669635863");
        assert_eq!(
            (c.scope, c.user.as_str(), c.window),
            (Scope::Setup, "u-7f3a", WindowId(12))
        );
        // Signed by a throw-away key: not by ours.
        assert_eq!(
            verifier().decode(&bytes),
            Err(VerifyTokenError::BadSignature)
        );
    }

    // --- Keys and ids -------------------------------------------------------

    #[test]
    fn hub_key_pkcs8_round_trip() {
        let f = fx();
        let restored = HubKey::from_pkcs8(f.hub.pkcs8_der()).unwrap();
        assert_eq!(restored.public_key(), f.hub.public_key());
        assert_eq!(restored.key_id(), f.hub.key_id());
        assert_eq!(restored.pkcs8_der(), f.hub.pkcs8_der());
        assert_eq!(f.hub.public_key().len(), 65);
        assert_eq!(f.hub.public_key()[0], 0x04);
        let d = digest(&SHA256, f.hub.public_key());
        assert_eq!(&f.hub.key_id()[..], &d.as_ref()[..8]);
        assert_ne!(f.hub.key_id(), f.other_hub.key_id());
        let t = restored.sign(&f.setup, &rng()).unwrap();
        assert_eq!(verifier().decode(&t).unwrap(), f.setup);
        assert!(matches!(
            HubKey::from_pkcs8(b"not a key"),
            Err(TokenError::KeyRejected { .. })
        ));
        let dbg = format!("{:?}", f.hub);
        assert!(dbg.contains(&hex::encode(f.hub.key_id())));
        assert!(!dbg.contains(&hex::encode(&f.hub.pkcs8_der()[..16])));
    }

    #[test]
    fn device_key_structure() {
        let pk = rfc_public_key();
        let k = DeviceKey::from_sec1(&pk).unwrap();
        assert_eq!(&k.as_bytes()[..], &pk[..]);
        assert_eq!(
            k.fingerprint(),
            "452f4e7f9fb52df5b61a00e4925f78db93cfdfc5a8f73166600f102cefaa40f4"
        );
        assert_eq!(hex::encode(k.x()), RFC8392_A23_X);
        assert_eq!(hex::encode(k.y()), RFC8392_A23_Y);
        for len in [0, 33, 64, 66] {
            assert_eq!(
                DeviceKey::from_sec1(&vec![4; len]),
                Err(KeyError::WrongLength { len })
            );
        }
        let mut compressed = pk.clone();
        compressed[0] = 0x02;
        assert_eq!(
            DeviceKey::from_sec1(&compressed),
            Err(KeyError::NotUncompressed { prefix: 0x02 })
        );
    }

    #[test]
    fn cti_text() {
        let c = Cti([0xab; 16]);
        assert_eq!(c.to_string(), "ab".repeat(16));
        assert_eq!(c.to_string().parse::<Cti>(), Ok(c));
        assert_eq!("abc".parse::<Cti>(), Err(ParseCtiError));
        let a = Cti::random(&rng()).unwrap();
        let b = Cti::random(&rng()).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn error_codes_are_stable_and_distinct() {
        let cti = Cti([0; 16]);
        let all = [
            (malformed("x"), "malformed"),
            (VerifyTokenError::BadSignature, "bad_signature"),
            (
                VerifyTokenError::UnsupportedAlgorithm,
                "unsupported_algorithm",
            ),
            (
                VerifyTokenError::WrongIssuer {
                    expected: "a".into(),
                    got: "b".into(),
                },
                "wrong_issuer",
            ),
            (
                VerifyTokenError::WrongAudience {
                    expected: "a".into(),
                    got: "b".into(),
                },
                "wrong_audience",
            ),
            (VerifyTokenError::Expired { now: 2, exp: 1 }, "expired"),
            (
                VerifyTokenError::NotYetValid { now: 1, nbf: 2 },
                "not_yet_valid",
            ),
            (VerifyTokenError::Replayed { cti }, "replayed"),
            (VerifyTokenError::Revoked { cti }, "revoked"),
            (VerifyTokenError::WrongDeviceKey, "wrong_device_key"),
            (
                VerifyTokenError::InsufficientScope {
                    have: Scope::Setup,
                    needed: Scope::Full,
                },
                "insufficient_scope",
            ),
        ];
        let mut seen = std::collections::HashSet::new();
        for (e, code) in &all {
            assert_eq!(e.code(), *code);
            assert!(seen.insert(e.code()));
            assert!(!e.to_string().is_empty());
        }
        assert!(VerifyTokenError::Replayed { cti }
            .to_string()
            .contains(&cti.to_string()));
    }

    // --- Properties ---------------------------------------------------------

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_bytes_never_verify(bytes in proptest::collection::vec(any::<u8>(), 0..2100)) {
            prop_assert!(verifier().decode(&bytes).is_err());
            let mut prefixed = fx().setup_token[..5].to_vec();
            prefixed.extend(&bytes);
            prop_assert!(verifier().decode(&prefixed).is_err());
        }

        #[test]
        fn mutated_token_never_verifies_differently(
            muts in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..4)
        ) {
            let f = fx();
            let mut t = f.setup_token.clone();
            for (i, x) in &muts {
                let i = i.index(t.len());
                t[i] ^= x;
            }
            if let Ok(c) = verifier().decode(&t) {
                prop_assert_eq!(c, f.setup.clone());
            }
        }

        #[test]
        fn mutated_signature_never_verifies(
            // Distinct positions, non-zero XORs: every case changes the
            // signature (a list could XOR one byte twice back to itself).
            muts in proptest::collection::btree_map(0usize..64, 1u8..=255, 1..4)
        ) {
            let f = fx();
            let mut t = f.setup_token.clone();
            let start = t.len() - 64;
            for (i, x) in &muts {
                t[start + i] ^= x;
            }
            prop_assert_eq!(verifier().decode(&t), Err(VerifyTokenError::BadSignature));
        }
    }
}
