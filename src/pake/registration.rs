//! The registration record: `w0`, `w1` from the passcode (PBKDF2, as
//! Matter derives them) and the verifier's `(w0, L = w1*P)`.

use std::fmt;
use std::num::NonZeroU32;

use p256::elliptic_curve::Field;
use p256::{ProjectivePoint, Scalar};
use ring::pbkdf2;
use zeroize::Zeroizing;

use super::group::{
    decode_point, encode_point, mul_base, reduce_wide, scalar_from_bytes, scalar_to_bytes,
};
use super::{
    SpakeError, MAX_PBKDF2_ITERATIONS, MAX_SALT_LEN, MIN_PBKDF2_ITERATIONS, MIN_SALT_LEN,
    POINT_LEN, SCALAR_LEN, WIDE_SCALAR_LEN,
};

/// Length of a serialized [`ProverSecrets`]: `w0 || w1`.
pub const PROVER_SECRETS_LEN: usize = 2 * SCALAR_LEN;

/// Length of a serialized [`VerifierRecord`]: `w0 || L` (Matter's
/// `Spake2pVerifierSerialized` layout).
pub const VERIFIER_RECORD_LEN: usize = SCALAR_LEN + POINT_LEN;

/// What the prover (the device) holds: `w0` and `w1`.
///
/// Zeroized on drop; `Debug` prints no secret. Derived from the passcode
/// with [`derive()`], or restored from [`ProverSecrets::to_bytes`] (a device
/// may cache the secrets for one `(salt, iterations)` pair instead of running
/// PBKDF2 at every pairing).
pub struct ProverSecrets {
    pub(crate) w0: Zeroizing<Scalar>,
    pub(crate) w1: Zeroizing<Scalar>,
}

impl ProverSecrets {
    /// From the two scalars, each 32 bytes big-endian, canonical (`< n`)
    /// and non-zero; else [`SpakeError::InvalidScalar`].
    pub fn from_scalars(w0: &[u8], w1: &[u8]) -> Result<ProverSecrets, SpakeError> {
        Ok(ProverSecrets {
            w0: Zeroizing::new(scalar_from_bytes(w0)?),
            w1: Zeroizing::new(scalar_from_bytes(w1)?),
        })
    }

    /// From the 64 bytes `w0 || w1` written by [`ProverSecrets::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<ProverSecrets, SpakeError> {
        if bytes.len() != PROVER_SECRETS_LEN {
            return Err(SpakeError::InvalidScalar);
        }
        let (w0, w1) = bytes.split_at(SCALAR_LEN);
        ProverSecrets::from_scalars(w0, w1)
    }

    /// `w0 || w1`, 32 bytes big-endian each, in zeroizing memory.
    pub fn to_bytes(&self) -> Zeroizing<[u8; PROVER_SECRETS_LEN]> {
        let mut out = Zeroizing::new([0u8; PROVER_SECRETS_LEN]);
        out[..SCALAR_LEN].copy_from_slice(&scalar_to_bytes(&self.w0)[..]);
        out[SCALAR_LEN..].copy_from_slice(&scalar_to_bytes(&self.w1)[..]);
        out
    }

    /// The verifier's record for these secrets: `(w0, L = w1*P)`.
    pub fn verifier_record(&self) -> VerifierRecord {
        VerifierRecord {
            w0: Zeroizing::new(*self.w0),
            l: mul_base(&self.w1),
        }
    }
}

impl fmt::Debug for ProverSecrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProverSecrets { w0: <redacted>, w1: <redacted> }")
    }
}

/// What the verifier (the hub) holds: `w0` and `L = w1*P`, never `w1`.
///
/// With `w0` and `L` one can act as the verifier, and test passcode guesses
/// offline at the cost of one PBKDF2 per guess: keep the record only for the
/// commissioning window it was derived for. Zeroized on drop (`w0`); `Debug`
/// prints no secret.
#[derive(Clone)]
pub struct VerifierRecord {
    pub(crate) w0: Zeroizing<Scalar>,
    pub(crate) l: ProjectivePoint,
}

impl VerifierRecord {
    /// From `w0 || L`: 32 bytes big-endian (canonical, non-zero, else
    /// [`SpakeError::InvalidScalar`]) then 65 bytes SEC1 uncompressed (on the
    /// curve, else [`SpakeError::InvalidPoint`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<VerifierRecord, SpakeError> {
        if bytes.len() != VERIFIER_RECORD_LEN {
            return Err(SpakeError::InvalidScalar);
        }
        let (w0, l) = bytes.split_at(SCALAR_LEN);
        Ok(VerifierRecord {
            w0: Zeroizing::new(scalar_from_bytes(w0)?),
            l: decode_point(l)?,
        })
    }

    /// `w0 || L` (97 bytes, Matter's serialized verifier layout), in
    /// zeroizing memory.
    pub fn to_bytes(&self) -> Zeroizing<[u8; VERIFIER_RECORD_LEN]> {
        let mut out = Zeroizing::new([0u8; VERIFIER_RECORD_LEN]);
        out[..SCALAR_LEN].copy_from_slice(&scalar_to_bytes(&self.w0)[..]);
        out[SCALAR_LEN..].copy_from_slice(&self.l_bytes());
        out
    }

    /// `L`, SEC1 uncompressed.
    pub fn l_bytes(&self) -> [u8; POINT_LEN] {
        // `l` is never the identity: it was decoded (identity refused) or
        // computed as `w1*P` with a non-zero `w1`.
        encode_point(&self.l).unwrap_or([0u8; POINT_LEN])
    }
}

impl fmt::Debug for VerifierRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VerifierRecord { w0: <redacted>, L: <redacted> }")
    }
}

/// Derives the registration record from a setup passcode, as Matter does.
///
/// `w0s || w1s = PBKDF2-HMAC-SHA256(passcode as 4 bytes little-endian, salt,
/// iterations, 80 bytes)`; `w0 = w0s mod n`, `w1 = w1s mod n` (40 bytes
/// each, big-endian); the verifier's record is `(w0, L = w1*P)`. This is
/// Matter's `Spake2pVerifier::ComputeWS` + `Generate` (connectedhomeip
/// `src/crypto/CHIPCryptoPAL.cpp`), not RFC 9383 §3.2's recommended input
/// (which length-prefixes the password and both identities): Matter
/// commissioners and devices can then share records with Threshold.
///
/// Refused: a salt outside [`MIN_SALT_LEN`]`..=`[`MAX_SALT_LEN`] bytes
/// ([`SpakeError::SaltLength`]), an iteration count outside
/// [`MIN_PBKDF2_ITERATIONS`]`..=`[`MAX_PBKDF2_ITERATIONS`]
/// ([`SpakeError::Iterations`]). Both ranges are Matter's. The passcode's own
/// validity (range, trivial codes) is the setup-code layer's business.
pub fn derive(
    passcode: u32,
    salt: &[u8],
    iterations: u32,
) -> Result<(ProverSecrets, VerifierRecord), SpakeError> {
    if !(MIN_SALT_LEN..=MAX_SALT_LEN).contains(&salt.len()) {
        return Err(SpakeError::SaltLength(salt.len()));
    }
    let rounds = match NonZeroU32::new(iterations) {
        Some(r) if (MIN_PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(&iterations) => r,
        _ => return Err(SpakeError::Iterations(iterations)),
    };
    let secret = Zeroizing::new(passcode.to_le_bytes());
    let mut ws = Zeroizing::new([0u8; 2 * WIDE_SCALAR_LEN]);
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        salt,
        &secret[..],
        &mut ws[..],
    );
    let secrets = secrets_from_pbkdf_output(&ws)?;
    let record = secrets.verifier_record();
    Ok((secrets, record))
}

/// `w0 = w0s mod n`, `w1 = w1s mod n` from the 80-byte PBKDF output. A zero
/// scalar (probability `2^-256`) is refused rather than used.
pub(crate) fn secrets_from_pbkdf_output(
    ws: &[u8; 2 * WIDE_SCALAR_LEN],
) -> Result<ProverSecrets, SpakeError> {
    let mut w0s = Zeroizing::new([0u8; WIDE_SCALAR_LEN]);
    let mut w1s = Zeroizing::new([0u8; WIDE_SCALAR_LEN]);
    w0s.copy_from_slice(&ws[..WIDE_SCALAR_LEN]);
    w1s.copy_from_slice(&ws[WIDE_SCALAR_LEN..]);
    let w0 = Zeroizing::new(reduce_wide(&w0s));
    let w1 = Zeroizing::new(reduce_wide(&w1s));
    if bool::from(w0.is_zero()) || bool::from(w1.is_zero()) {
        return Err(SpakeError::InvalidScalar);
    }
    Ok(ProverSecrets { w0, w1 })
}
