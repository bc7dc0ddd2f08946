//! The P-256 group as SPAKE2+ uses it: the constants `M` and `N`, point
//! encoding and validation, and scalars from wide byte strings.
//!
//! All arithmetic is the RustCrypto `p256` crate's (constant-time field and
//! scalar arithmetic); this file only encodes, decodes and composes.

use p256::elliptic_curve::group::Group;
use p256::elliptic_curve::ops::Reduce;
use p256::elliptic_curve::sec1::{FromSec1Point, ToSec1Point};
use p256::elliptic_curve::{Field, PrimeField};
use p256::{AffinePoint, FieldBytes, ProjectivePoint, Scalar, Sec1Point, U256};
use ring::rand::SecureRandom;
use zeroize::{Zeroize, Zeroizing};

use super::{SpakeError, POINT_LEN, SCALAR_LEN, WIDE_SCALAR_LEN};

/// RFC 9383 §4, `M` for P-256 (the RFC prints it compressed,
/// `02886e2f…8fa12f`; this is the same point uncompressed, as it appears in
/// the transcripts of the RFC's test vectors).
pub(crate) const M_SEC1: [u8; POINT_LEN] = [
    0x04, 0x88, 0x6e, 0x2f, 0x97, 0xac, 0xe4, 0x6e, 0x55, 0xba, 0x9d, 0xd7, 0x24, 0x25, 0x79, 0xf2,
    0x99, 0x3b, 0x64, 0xe1, 0x6e, 0xf3, 0xdc, 0xab, 0x95, 0xaf, 0xd4, 0x97, 0x33, 0x3d, 0x8f, 0xa1,
    0x2f, 0x5f, 0xf3, 0x55, 0x16, 0x3e, 0x43, 0xce, 0x22, 0x4e, 0x0b, 0x0e, 0x65, 0xff, 0x02, 0xac,
    0x8e, 0x5c, 0x7b, 0xe0, 0x94, 0x19, 0xc7, 0x85, 0xe0, 0xca, 0x54, 0x7d, 0x55, 0xa1, 0x2e, 0x2d,
    0x20,
];

/// RFC 9383 §4, `N` for P-256 (compressed in the RFC: `03d8bbd6…292b49`).
pub(crate) const N_SEC1: [u8; POINT_LEN] = [
    0x04, 0xd8, 0xbb, 0xd6, 0xc6, 0x39, 0xc6, 0x29, 0x37, 0xb0, 0x4d, 0x99, 0x7f, 0x38, 0xc3, 0x77,
    0x07, 0x19, 0xc6, 0x29, 0xd7, 0x01, 0x4d, 0x49, 0xa2, 0x4b, 0x4f, 0x98, 0xba, 0xa1, 0x29, 0x2b,
    0x49, 0x07, 0xd6, 0x0a, 0xa6, 0xbf, 0xad, 0xe4, 0x50, 0x08, 0xa6, 0x36, 0x33, 0x7f, 0x51, 0x68,
    0xc6, 0x4d, 0x9b, 0xd3, 0x60, 0x34, 0x80, 0x8c, 0xd5, 0x64, 0x49, 0x0b, 0x1e, 0x65, 0x6e, 0xdb,
    0xe7,
];

/// `M` as a group element.
pub(crate) fn m() -> Result<ProjectivePoint, SpakeError> {
    decode_point(&M_SEC1)
}

/// `N` as a group element.
pub(crate) fn n() -> Result<ProjectivePoint, SpakeError> {
    decode_point(&N_SEC1)
}

/// Decodes a point received from the peer (or read from storage).
///
/// Accepted: exactly [`POINT_LEN`] bytes, SEC1 uncompressed (`0x04 || x ||
/// y`), with `(x, y)` on the curve and canonical (`x, y < p`). The identity
/// has no such encoding, and is refused again explicitly. P-256 has cofactor
/// 1, so a point on the curve is in the prime-order group: no further
/// subgroup check is needed. Everything else is [`SpakeError::InvalidPoint`].
pub(crate) fn decode_point(bytes: &[u8]) -> Result<ProjectivePoint, SpakeError> {
    if bytes.len() != POINT_LEN || bytes[0] != 0x04 {
        return Err(SpakeError::InvalidPoint);
    }
    let encoded = Sec1Point::from_bytes(bytes).map_err(|_| SpakeError::InvalidPoint)?;
    let affine: Option<AffinePoint> = AffinePoint::from_sec1_point(&encoded).into();
    let point = ProjectivePoint::from(affine.ok_or(SpakeError::InvalidPoint)?);
    if bool::from(point.is_identity()) {
        return Err(SpakeError::InvalidPoint);
    }
    Ok(point)
}

/// Encodes a point SEC1 uncompressed. The identity has no 65-byte encoding:
/// it is refused ([`SpakeError::InvalidPoint`]), which happens only when a
/// peer's share cancels the password mask (see `protocol.rs`).
pub(crate) fn encode_point(point: &ProjectivePoint) -> Result<[u8; POINT_LEN], SpakeError> {
    if bool::from(point.is_identity()) {
        return Err(SpakeError::InvalidPoint);
    }
    let mut encoded = point.to_affine().to_sec1_point(false);
    let mut out = [0u8; POINT_LEN];
    let bytes = encoded.as_bytes();
    let result = if bytes.len() == POINT_LEN {
        out.copy_from_slice(bytes);
        Ok(out)
    } else {
        Err(SpakeError::InvalidPoint)
    };
    encoded.zeroize();
    result
}

/// A scalar as 32 big-endian bytes (the transcript's encoding of `w0`).
pub(crate) fn scalar_to_bytes(scalar: &Scalar) -> Zeroizing<[u8; SCALAR_LEN]> {
    let mut repr = scalar.to_repr();
    let mut out = Zeroizing::new([0u8; SCALAR_LEN]);
    out.copy_from_slice(&repr);
    repr.zeroize();
    out
}

/// A scalar from 32 big-endian bytes, which must be canonical (`< n`) and
/// not zero; anything else is [`SpakeError::InvalidScalar`].
pub(crate) fn scalar_from_bytes(bytes: &[u8]) -> Result<Scalar, SpakeError> {
    let arr: [u8; SCALAR_LEN] = bytes.try_into().map_err(|_| SpakeError::InvalidScalar)?;
    let mut repr = FieldBytes::from(arr);
    let scalar: Option<Scalar> = Scalar::from_repr(repr).into();
    repr.zeroize();
    match scalar {
        Some(s) if !bool::from(s.is_zero()) => Ok(s),
        _ => Err(SpakeError::InvalidScalar),
    }
}

/// `2^256 mod n`: `(2^256 - 1) mod n` plus one. `2^256 - 1` lies in
/// `[n, 2n)`, which is the range `Reduce<U256>` is exact on.
fn two_pow_256() -> Scalar {
    <Scalar as Reduce<U256>>::reduce(&U256::MAX) + Scalar::ONE
}

/// Reduces a 40-byte big-endian integer modulo the group order `n`.
///
/// RFC 9383 §3.2 (and Matter's `kSpake2p_WS_Length` = 32 + 8) take each half
/// of the PBKDF output as `ceil(log2(n)) + 64` bits so that the reduction has
/// a bias below `2^-64`. The value is split as `hi * 2^256 + lo` with `hi`
/// the first 8 bytes and `lo` the last 32; both reduce exactly (`hi < 2^64 <
/// n`, `lo < 2^256 < 2n`), and the sum is formed with `p256`'s scalar
/// arithmetic: `hi * (2^256 mod n) + (lo mod n)`.
pub(crate) fn reduce_wide(bytes: &[u8; WIDE_SCALAR_LEN]) -> Scalar {
    let mut hi = Zeroizing::new([0u8; SCALAR_LEN]);
    hi[SCALAR_LEN - (WIDE_SCALAR_LEN - SCALAR_LEN)..]
        .copy_from_slice(&bytes[..WIDE_SCALAR_LEN - SCALAR_LEN]);
    let mut lo = Zeroizing::new([0u8; SCALAR_LEN]);
    lo.copy_from_slice(&bytes[WIDE_SCALAR_LEN - SCALAR_LEN..]);
    let mut hi_bytes = FieldBytes::from(*hi);
    let mut lo_bytes = FieldBytes::from(*lo);
    let hi_s = Zeroizing::new(<Scalar as Reduce<FieldBytes>>::reduce(&hi_bytes));
    let lo_s = Zeroizing::new(<Scalar as Reduce<FieldBytes>>::reduce(&lo_bytes));
    hi_bytes.zeroize();
    lo_bytes.zeroize();
    *hi_s * two_pow_256() + *lo_s
}

/// A uniformly random non-zero scalar (40 random bytes reduced mod `n`, the
/// same bias bound as `w0` and `w1`). A zero is drawn again (probability
/// `2^-256`); a failing generator is [`SpakeError::Crypto`].
pub(crate) fn random_scalar(rng: &dyn SecureRandom) -> Result<Scalar, SpakeError> {
    let mut wide = Zeroizing::new([0u8; WIDE_SCALAR_LEN]);
    for _ in 0..4 {
        rng.fill(&mut wide[..]).map_err(|_| SpakeError::Crypto)?;
        let s = reduce_wide(&wide);
        if !bool::from(s.is_zero()) {
            return Ok(s);
        }
    }
    Err(SpakeError::Crypto)
}

/// `k * P` for the standard base point `P`.
pub(crate) fn mul_base(k: &Scalar) -> ProjectivePoint {
    ProjectivePoint::GENERATOR * k
}
