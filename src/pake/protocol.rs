//! The online protocol (RFC 9383 §3.3, §3.4): shares, `Z` and `V`, the
//! transcript, the key schedule and key confirmation, as two typestate
//! machines.

use std::fmt;

use p256::{ProjectivePoint, Scalar};
use ring::rand::SecureRandom;
use ring::{digest, hkdf, hmac};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::group::{
    decode_point, encode_point, m, mul_base, n, random_scalar, scalar_to_bytes, M_SEC1, N_SEC1,
};
use super::registration::{ProverSecrets, VerifierRecord};
use super::{SpakeError, CONFIRM_LEN, POINT_LEN, SHARED_KEY_LEN};

/// HKDF `info` of the confirmation keys (RFC 9383 §3.4).
const INFO_CONFIRMATION: &[u8] = b"ConfirmationKeys";
/// HKDF `info` of the shared key (RFC 9383 §3.4).
const INFO_SHARED: &[u8] = b"SharedKey";

// ---------------------------------------------------------------------------
// SharedKey
// ---------------------------------------------------------------------------

/// `K_shared`: the 32-byte key both sides hold after a confirmed run.
///
/// Zeroized on drop; `Debug` prints no key. Derive application keys from it
/// (for example with HKDF and a purpose label); do not use it directly as an
/// encryption key for several purposes.
pub struct SharedKey(Zeroizing<[u8; SHARED_KEY_LEN]>);

impl SharedKey {
    /// The key bytes.
    pub fn as_bytes(&self) -> &[u8; SHARED_KEY_LEN] {
        &self.0
    }
}

impl fmt::Debug for SharedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SharedKey(<redacted>)")
    }
}

// ---------------------------------------------------------------------------
// Transcript and key schedule
// ---------------------------------------------------------------------------

/// The values the transcript `TT` is made of, in order (RFC 9383 §3.3).
pub(crate) struct TranscriptInput<'a> {
    pub(crate) context: &'a [u8],
    pub(crate) id_prover: &'a [u8],
    pub(crate) id_verifier: &'a [u8],
    pub(crate) share_p: &'a [u8; POINT_LEN],
    pub(crate) share_v: &'a [u8; POINT_LEN],
    pub(crate) z: &'a [u8; POINT_LEN],
    pub(crate) v: &'a [u8; POINT_LEN],
    pub(crate) w0: &'a Scalar,
}

/// `TT = len(Context) || Context || len(idProver) || idProver ||
/// len(idVerifier) || idVerifier || len(M) || M || len(N) || N ||
/// len(shareP) || shareP || len(shareV) || shareV || len(Z) || Z ||
/// len(V) || V || len(w0) || w0`, each `len` 8 bytes little-endian, points
/// SEC1 uncompressed, `w0` 32 bytes big-endian. Holds `Z`, `V` and `w0`:
/// zeroizing memory.
pub(crate) fn transcript(input: &TranscriptInput<'_>) -> Zeroizing<Vec<u8>> {
    let w0 = scalar_to_bytes(input.w0);
    let parts: [&[u8]; 10] = [
        input.context,
        input.id_prover,
        input.id_verifier,
        &M_SEC1,
        &N_SEC1,
        input.share_p,
        input.share_v,
        input.z,
        input.v,
        &w0[..],
    ];
    let total = parts.iter().map(|p| 8 + p.len()).sum();
    let mut tt = Zeroizing::new(Vec::with_capacity(total));
    for part in parts {
        tt.extend_from_slice(&(part.len() as u64).to_le_bytes());
        tt.extend_from_slice(part);
    }
    tt
}

/// The keys RFC 9383 §3.4 derives from `K_main`.
pub(crate) struct Keys {
    pub(crate) k_confirm_p: Zeroizing<[u8; 32]>,
    pub(crate) k_confirm_v: Zeroizing<[u8; 32]>,
    pub(crate) k_shared: Zeroizing<[u8; SHARED_KEY_LEN]>,
}

/// An HKDF output length for *ring*.
struct OkmLen(usize);

impl hkdf::KeyType for OkmLen {
    fn len(&self) -> usize {
        self.0
    }
}

/// `HKDF-SHA256(salt = nil, ikm, info)` filled into `out`.
fn hkdf_sha256(ikm: &[u8], info: &[u8], out: &mut [u8]) -> Result<(), SpakeError> {
    // An empty salt is, per RFC 5869 §2.2, the same as HashLen zero bytes:
    // HMAC pads a short key with zeros either way.
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &[]).extract(ikm);
    let info = [info];
    let okm = prk
        .expand(&info, OkmLen(out.len()))
        .map_err(|_| SpakeError::Crypto)?;
    okm.fill(out).map_err(|_| SpakeError::Crypto)
}

/// `K_main = SHA-256(TT)`.
pub(crate) fn k_main(tt: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut k_main = Zeroizing::new([0u8; 32]);
    k_main.copy_from_slice(digest::digest(&digest::SHA256, tt).as_ref());
    k_main
}

/// `K_confirmP || K_confirmV = HKDF(nil, K_main, "ConfirmationKeys", 64)`;
/// `K_shared = HKDF(nil, K_main, "SharedKey", 32)`.
pub(crate) fn key_schedule(k_main: &[u8; 32]) -> Result<Keys, SpakeError> {
    let mut confirmation = Zeroizing::new([0u8; 64]);
    hkdf_sha256(&k_main[..], INFO_CONFIRMATION, &mut confirmation[..])?;
    let mut k_confirm_p = Zeroizing::new([0u8; 32]);
    let mut k_confirm_v = Zeroizing::new([0u8; 32]);
    k_confirm_p.copy_from_slice(&confirmation[..32]);
    k_confirm_v.copy_from_slice(&confirmation[32..]);
    let mut k_shared = Zeroizing::new([0u8; SHARED_KEY_LEN]);
    hkdf_sha256(&k_main[..], INFO_SHARED, &mut k_shared[..])?;
    Ok(Keys {
        k_confirm_p,
        k_confirm_v,
        k_shared,
    })
}

/// `HMAC-SHA256(key, message)`.
pub(crate) fn mac(key: &[u8; 32], message: &[u8]) -> [u8; CONFIRM_LEN] {
    let key = hmac::Key::new(hmac::HMAC_SHA256, key);
    let mut out = [0u8; CONFIRM_LEN];
    out.copy_from_slice(hmac::sign(&key, message).as_ref());
    out
}

/// An encoded point that is secret (`Z`, `V`), wiped on drop.
pub(crate) type SecretPoint = Zeroizing<[u8; POINT_LEN]>;

/// The prover's `Z = x*(Y - w0*N)` and `V = w1*(Y - w0*N)` (cofactor 1),
/// SEC1 uncompressed. A `Y` equal to `w0*N` would make both the identity,
/// which has no encoding: [`SpakeError::InvalidPoint`].
pub(crate) fn prover_zv(
    secrets: &ProverSecrets,
    x: &Scalar,
    share_v: &ProjectivePoint,
) -> Result<(SecretPoint, SecretPoint), SpakeError> {
    let unmasked = Zeroizing::new(*share_v - n()? * *secrets.w0);
    let z = Zeroizing::new(encode_point(&(*unmasked * x))?);
    let v = Zeroizing::new(encode_point(&(*unmasked * *secrets.w1))?);
    Ok((z, v))
}

/// The verifier's `Z = y*(X - w0*M)` and `V = y*L` (cofactor 1), SEC1
/// uncompressed. An `X` equal to `w0*M` would make `Z` the identity:
/// [`SpakeError::InvalidPoint`].
pub(crate) fn verifier_zv(
    record: &VerifierRecord,
    y: &Scalar,
    share_p: &ProjectivePoint,
) -> Result<(SecretPoint, SecretPoint), SpakeError> {
    let unmasked = Zeroizing::new(*share_p - m()? * *record.w0);
    let z = Zeroizing::new(encode_point(&(*unmasked * y))?);
    let v = Zeroizing::new(encode_point(&(record.l * y))?);
    Ok((z, v))
}

// ---------------------------------------------------------------------------
// Prover (the device)
// ---------------------------------------------------------------------------

/// The prover's side (in Threshold: the device, which knows the passcode).
///
/// A namespace for [`Prover::start`]; it has no values.
#[derive(Debug)]
pub enum Prover {}

impl Prover {
    /// First step: draws `x`, computes `shareP = X = x*P + w0*M`.
    ///
    /// Returns the state to finish with and `shareP` (65 bytes, SEC1
    /// uncompressed) to send to the verifier. `context`, `id_prover` and
    /// `id_verifier` must be the bytes the verifier uses too (see
    /// [`super::Context::for_pairing`]). Fails only if the random number
    /// generator does ([`SpakeError::Crypto`]).
    pub fn start(
        secrets: &ProverSecrets,
        context: &[u8],
        id_prover: &[u8],
        id_verifier: &[u8],
        rng: &dyn SecureRandom,
    ) -> Result<(ProverStarted, [u8; POINT_LEN]), SpakeError> {
        let x = random_scalar(rng)?;
        Prover::start_with_scalar(secrets, context, id_prover, id_verifier, x)
    }

    /// [`Prover::start`] with a given `x` (non-zero, `< n`): the
    /// deterministic form the RFC test vectors need. Crate-private: nothing
    /// outside the crate can choose `x`.
    pub(crate) fn start_with_scalar(
        secrets: &ProverSecrets,
        context: &[u8],
        id_prover: &[u8],
        id_verifier: &[u8],
        x: Scalar,
    ) -> Result<(ProverStarted, [u8; POINT_LEN]), SpakeError> {
        let x = Zeroizing::new(x);
        let share_p = encode_point(&(mul_base(&x) + m()? * *secrets.w0))?;
        let state = ProverStarted {
            secrets: ProverSecrets {
                w0: Zeroizing::new(*secrets.w0),
                w1: Zeroizing::new(*secrets.w1),
            },
            x,
            context: Zeroizing::new(context.to_vec()),
            id_prover: id_prover.to_vec(),
            id_verifier: id_verifier.to_vec(),
            share_p,
        };
        Ok((state, share_p))
    }
}

/// The prover after [`Prover::start`], waiting for `shareV` and `confirmV`.
///
/// Holds `w0`, `w1`, `x` and the context, zeroized on drop; `Debug` prints
/// none of them.
#[must_use = "a started prover must be finished with the verifier's answer"]
pub struct ProverStarted {
    secrets: ProverSecrets,
    x: Zeroizing<Scalar>,
    context: Zeroizing<Vec<u8>>,
    id_prover: Vec<u8>,
    id_verifier: Vec<u8>,
    share_p: [u8; POINT_LEN],
}

impl ProverStarted {
    /// `shareP`, as returned by [`Prover::start`].
    pub fn share_p(&self) -> &[u8; POINT_LEN] {
        &self.share_p
    }

    /// Second step: checks the verifier's `shareV` and `confirmV`.
    ///
    /// `shareV` must be a valid point ([`SpakeError::InvalidPoint`]);
    /// `confirmV` must equal `HMAC(K_confirmV, shareP)`, compared in constant
    /// time ([`SpakeError::ConfirmationFailed`] otherwise: wrong passcode,
    /// different context or identities, or a tampered message). Only then
    /// are `confirmP = HMAC(K_confirmP, shareV)` (send it to the verifier)
    /// and `K_shared` returned. The state is consumed either way: a failed
    /// run cannot be retried with other messages.
    pub fn finish(
        self,
        share_v: &[u8],
        confirm_v: &[u8],
    ) -> Result<([u8; CONFIRM_LEN], SharedKey), SpakeError> {
        let y_point = decode_point(share_v)?;
        let mut share_v_arr = [0u8; POINT_LEN];
        share_v_arr.copy_from_slice(share_v);
        let (z, v) = prover_zv(&self.secrets, &self.x, &y_point)?;
        let tt = transcript(&TranscriptInput {
            context: &self.context,
            id_prover: &self.id_prover,
            id_verifier: &self.id_verifier,
            share_p: &self.share_p,
            share_v: &share_v_arr,
            z: &z,
            v: &v,
            w0: &self.secrets.w0,
        });
        let keys = key_schedule(&k_main(&tt))?;
        let expected_v = Zeroizing::new(mac(&keys.k_confirm_v, &self.share_p));
        if !bool::from(expected_v[..].ct_eq(confirm_v)) {
            return Err(SpakeError::ConfirmationFailed);
        }
        let confirm_p = mac(&keys.k_confirm_p, &share_v_arr);
        Ok((confirm_p, SharedKey(keys.k_shared.clone())))
    }
}

impl fmt::Debug for ProverStarted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProverStarted")
            .field("share_p", &hex::encode(self.share_p))
            .finish_non_exhaustive()
    }
}

// ---------------------------------------------------------------------------
// Verifier (the hub)
// ---------------------------------------------------------------------------

/// The verifier's side (in Threshold: the hub, which holds the record).
///
/// A namespace for [`Verifier::respond`]; it has no values.
#[derive(Debug)]
pub enum Verifier {}

impl Verifier {
    /// Answers the prover's `shareP`: draws `y`, computes `shareV = Y = y*P +
    /// w0*N`, `Z`, `V`, the transcript and keys, and `confirmV =
    /// HMAC(K_confirmV, shareP)`.
    ///
    /// Returns the state to finish with, `shareV` (65 bytes) and `confirmV`
    /// (32 bytes), both to send to the prover. A `shareP` that is not a
    /// valid point is [`SpakeError::InvalidPoint`]; a failing random number
    /// generator [`SpakeError::Crypto`]. The verifier holds no key yet: the
    /// shared key is released by [`VerifierResponded::finish`] only.
    pub fn respond(
        record: &VerifierRecord,
        context: &[u8],
        id_prover: &[u8],
        id_verifier: &[u8],
        share_p: &[u8],
        rng: &dyn SecureRandom,
    ) -> Result<(VerifierResponded, [u8; POINT_LEN], [u8; CONFIRM_LEN]), SpakeError> {
        // Validate before spending randomness and scalar multiplications.
        decode_point(share_p)?;
        let y = random_scalar(rng)?;
        Verifier::respond_with_scalar(record, context, id_prover, id_verifier, share_p, y)
    }

    /// [`Verifier::respond`] with a given `y` (non-zero, `< n`): the
    /// deterministic form the RFC test vectors need. Crate-private.
    pub(crate) fn respond_with_scalar(
        record: &VerifierRecord,
        context: &[u8],
        id_prover: &[u8],
        id_verifier: &[u8],
        share_p: &[u8],
        y: Scalar,
    ) -> Result<(VerifierResponded, [u8; POINT_LEN], [u8; CONFIRM_LEN]), SpakeError> {
        let y = Zeroizing::new(y);
        let x_point = decode_point(share_p)?;
        let mut share_p_arr = [0u8; POINT_LEN];
        share_p_arr.copy_from_slice(share_p);
        let share_v = encode_point(&(mul_base(&y) + n()? * *record.w0))?;
        let (z, v) = verifier_zv(record, &y, &x_point)?;
        let tt = transcript(&TranscriptInput {
            context,
            id_prover,
            id_verifier,
            share_p: &share_p_arr,
            share_v: &share_v,
            z: &z,
            v: &v,
            w0: &record.w0,
        });
        let keys = key_schedule(&k_main(&tt))?;
        let confirm_v = mac(&keys.k_confirm_v, &share_p_arr);
        let state = VerifierResponded {
            expected_confirm_p: Zeroizing::new(mac(&keys.k_confirm_p, &share_v)),
            k_shared: SharedKey(keys.k_shared.clone()),
        };
        Ok((state, share_v, confirm_v))
    }
}

/// The verifier after [`Verifier::respond`], waiting for `confirmP`.
///
/// Holds the expected `confirmP` and `K_shared`, zeroized on drop; `Debug`
/// prints neither.
#[must_use = "the shared key is only released by finish"]
pub struct VerifierResponded {
    expected_confirm_p: Zeroizing<[u8; CONFIRM_LEN]>,
    k_shared: SharedKey,
}

impl VerifierResponded {
    /// Checks the prover's `confirmP` against `HMAC(K_confirmP, shareV)` in
    /// constant time and releases `K_shared`; anything else (wrong passcode,
    /// different context, tampered or truncated message) is
    /// [`SpakeError::ConfirmationFailed`].
    pub fn finish(self, confirm_p: &[u8]) -> Result<SharedKey, SpakeError> {
        if bool::from(self.expected_confirm_p[..].ct_eq(confirm_p)) {
            Ok(self.k_shared)
        } else {
            Err(SpakeError::ConfirmationFailed)
        }
    }
}

impl fmt::Debug for VerifierResponded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifierResponded").finish_non_exhaustive()
    }
}
