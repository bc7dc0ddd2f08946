//! SPAKE2+ tests: published vectors (RFC 9383, Matter SDK), handshakes,
//! refusals and properties.

use p256::elliptic_curve::sec1::{FromSec1Point, ToSec1Point};
use p256::{AffinePoint, ProjectivePoint, Scalar, Sec1Point as EncodedPoint};
use proptest::prelude::*;
use ring::pbkdf2;
use ring::rand::SystemRandom;
use std::num::NonZeroU32;

use super::group::{self, decode_point, encode_point, reduce_wide, scalar_from_bytes};
use super::protocol::{
    k_main, key_schedule, mac, prover_zv, transcript, verifier_zv, TranscriptInput,
};
use super::registration::secrets_from_pbkdf_output;
use super::*;

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s).expect("test hex")
}

fn point(s: &str) -> [u8; POINT_LEN] {
    unhex(s).try_into().expect("65-byte point")
}

fn scalar(s: &str) -> Scalar {
    scalar_from_bytes(&unhex(s)).expect("test scalar")
}

/// A passcode, salt and iteration count that derive quickly in tests.
const SALT: &[u8] = b"threshold test salt 0123";
const FAST: u32 = MIN_PBKDF2_ITERATIONS;

fn pair(passcode: u32) -> (ProverSecrets, VerifierRecord) {
    derive(passcode, SALT, FAST).expect("derive")
}

/// One full run with random scalars; the two keys or the first error.
fn handshake(
    secrets: &ProverSecrets,
    record: &VerifierRecord,
    prover_ctx: &[u8],
    verifier_ctx: &[u8],
) -> Result<(SharedKey, SharedKey), SpakeError> {
    let rng = SystemRandom::new();
    let (prover, share_p) = Prover::start(secrets, prover_ctx, b"device", b"hub", &rng)?;
    let (verifier, share_v, confirm_v) =
        Verifier::respond(record, verifier_ctx, b"device", b"hub", &share_p, &rng)?;
    let (confirm_p, prover_key) = prover.finish(&share_v, &confirm_v)?;
    let verifier_key = verifier.finish(&confirm_p)?;
    Ok((prover_key, verifier_key))
}

/// The `confirmP` a prover computes from its own view, without checking
/// `confirmV` first: what a prover with the wrong passcode (or context)
/// would send if it ignored the verifier's confirmation. The API never
/// releases it; the tests need it to show that the verifier refuses it.
fn forced_confirm_p(
    secrets: &ProverSecrets,
    x: &Scalar,
    context: &[u8],
    share_p: &[u8; POINT_LEN],
    share_v: &[u8; POINT_LEN],
) -> [u8; CONFIRM_LEN] {
    let y_point = decode_point(share_v).expect("shareV");
    let (z, v) = prover_zv(secrets, x, &y_point).expect("Z, V");
    let tt = transcript(&TranscriptInput {
        context,
        id_prover: b"device",
        id_verifier: b"hub",
        share_p,
        share_v,
        z: &z,
        v: &v,
        w0: &secrets.w0,
    });
    let keys = key_schedule(&k_main(&tt)).expect("keys");
    mac(&keys.k_confirm_p, share_v)
}

// ---------------------------------------------------------------------------
// RFC 9383 Appendix C
// ---------------------------------------------------------------------------

/// RFC 9383, Appendix C, the P256-SHA256-HKDF-SHA256-HMAC-SHA256 vector.
///
/// Transcribed from the RFC authors' source of the document
/// (github.com/chris-wood/draft-bar-cfrg-spake2plus,
/// `draft-bar-cfrg-spake2plus.md`, section "Test Vectors", commit 89c162b),
/// whose values for this suite are the ones other RFC 9383 implementations
/// test against (BoringSSL, Botan, the `spake2plus` crate). The PBKDF is not
/// part of the vector: `w0` and `w1` are given.
mod rfc9383 {
    pub const CONTEXT: &[u8] = b"SPAKE2+-P256-SHA256-HKDF-SHA256-HMAC-SHA256 Test Vectors";
    pub const ID_PROVER: &[u8] = b"client";
    pub const ID_VERIFIER: &[u8] = b"server";
    pub const W0: &str = "bb8e1bbcf3c48f62c08db243652ae55d3e5586053fca77102994f23ad95491b3";
    pub const W1: &str = "7e945f34d78785b8a3ef44d0df5a1a97d6b3b460409a345ca7830387a74b1dba";
    pub const L: &str = concat!(
        "04eb7c9db3d9a9eb1f8adab81b5794c1f13ae3e225efbe91ea487425854c7fc00f",
        "00bfedcbd09b2400142d40a14f2064ef31dfaa903b91d1faea7093d835966efd"
    );
    pub const X: &str = "d1232c8e8693d02368976c174e2088851b8365d0d79a9eee709c6a05a2fad539";
    pub const SHARE_P: &str = concat!(
        "04ef3bd051bf78a2234ec0df197f7828060fe9856503579bb1733009042c15c0c1",
        "de127727f418b5966afadfdd95a6e4591d171056b333dab97a79c7193e341727"
    );
    pub const Y: &str = "717a72348a182085109c8d3917d6c43d59b224dc6a7fc4f0483232fa6516d8b3";
    pub const SHARE_V: &str = concat!(
        "04c0f65da0d11927bdf5d560c69e1d7d939a05b0e88291887d679fcadea75810fb",
        "5cc1ca7494db39e82ff2f50665255d76173e09986ab46742c798a9a68437b048"
    );
    pub const Z: &str = concat!(
        "04bbfce7dd7f277819c8da21544afb7964705569bdf12fb92aa388059408d50091",
        "a0c5f1d3127f56813b5337f9e4e67e2ca633117a4fbd559946ab474356c41839"
    );
    pub const V: &str = concat!(
        "0458bf27c6bca011c9ce1930e8984a797a3419797b936629a5a937cf2f11c8b951",
        "4b82b993da8a46e664f23db7c01edc87faa530db01c2ee405230b18997f16b68"
    );
    pub const TT: &str = concat!(
        "38000000000000005350414b45322b2d503235362d5348413235362d484b4446",
        "2d5348413235362d484d41432d534841323536205465737420566563746f7273",
        "0600000000000000636c69656e740600000000000000736572766572",
        "410000000000000004886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab",
        "95afd497333d8fa12f5ff355163e43ce224e0b0e65ff02ac8e5c7be09419c785",
        "e0ca547d55a12e2d20",
        "410000000000000004d8bbd6c639c62937b04d997f38c3770719c629d7014d49",
        "a24b4f98baa1292b4907d60aa6bfade45008a636337f5168c64d9bd36034808c",
        "d564490b1e656edbe7",
        "410000000000000004ef3bd051bf78a2234ec0df197f7828060fe98565035",
        "79bb1733009042c15c0c1de127727f418b5966afadfdd95a6e4591d171056b3",
        "33dab97a79c7193e341727",
        "410000000000000004c0f65da0d11927bdf5d560c69e1d7d939a05b0e8829188",
        "7d679fcadea75810fb5cc1ca7494db39e82ff2f50665255d76173e09986ab467",
        "42c798a9a68437b048",
        "410000000000000004bbfce7dd7f277819c8da21544afb7964705569bdf12fb9",
        "2aa388059408d50091a0c5f1d3127f56813b5337f9e4e67e2ca633117a4fbd55",
        "9946ab474356c41839",
        "41000000000000000458bf27c6bca011c9ce1930e8984a797a3419797b936629",
        "a5a937cf2f11c8b9514b82b993da8a46e664f23db7c01edc87faa530db01c2ee",
        "405230b18997f16b68",
        "2000000000000000bb8e1bbcf3c48f62c08db243652ae55d3e5586053fca7710",
        "2994f23ad95491b3"
    );
    pub const K_MAIN: &str = "4c59e1ccf2cfb961aa31bd9434478a1089b56cd11542f53d3576fb6c2a438a29";
    pub const K_CONFIRM_P: &str =
        "871ae3f7b78445e34438fb284504240239031c39d80ac23eb5ab9be5ad6db58a";
    pub const K_CONFIRM_V: &str =
        "ccd53c7c1fa37b64a462b40db8be101cedcf838950162902054e644b400f1680";
    /// `HMAC(K_confirmP, shareV)`.
    pub const CONFIRM_P: &str = "926cc713504b9b4d76c9162ded04b5493e89109f6d89462cd33adc46fda27527";
    /// `HMAC(K_confirmV, shareP)`.
    pub const CONFIRM_V: &str = "9747bcc4f8fe9f63defee53ac9b07876d907d55047e6ff2def2e7529089d3e68";
    pub const K_SHARED: &str = "0c5f8ccd1413423a54f6c1fb26ff01534a87f893779c6e68666d772bfd91f3e7";
}

#[test]
fn rfc9383_vector_intermediates() {
    use rfc9383::*;
    let secrets = ProverSecrets::from_scalars(&unhex(W0), &unhex(W1)).expect("w0, w1");
    let record = secrets.verifier_record();
    assert_eq!(hex::encode(record.l_bytes()), L);

    let x = scalar(X);
    let y = scalar(Y);
    let share_p = point(SHARE_P);
    let share_v = point(SHARE_V);

    // Both sides compute the same Z and V, equal to the RFC's.
    let (z_p, v_p) = prover_zv(&secrets, &x, &decode_point(&share_v).expect("Y")).expect("prover");
    let (z_v, v_v) =
        verifier_zv(&record, &y, &decode_point(&share_p).expect("X")).expect("verifier");
    assert_eq!(hex::encode(&z_p[..]), Z);
    assert_eq!(hex::encode(&v_p[..]), V);
    assert_eq!(z_p, z_v);
    assert_eq!(v_p, v_v);

    let tt = transcript(&TranscriptInput {
        context: CONTEXT,
        id_prover: ID_PROVER,
        id_verifier: ID_VERIFIER,
        share_p: &share_p,
        share_v: &share_v,
        z: &z_p,
        v: &v_p,
        w0: &secrets.w0,
    });
    assert_eq!(hex::encode(&tt[..]), TT);
    let main = k_main(&tt);
    assert_eq!(hex::encode(&main[..]), K_MAIN);
    let keys = key_schedule(&main).expect("keys");
    assert_eq!(hex::encode(&keys.k_confirm_p[..]), K_CONFIRM_P);
    assert_eq!(hex::encode(&keys.k_confirm_v[..]), K_CONFIRM_V);
    assert_eq!(hex::encode(&keys.k_shared[..]), K_SHARED);
    assert_eq!(hex::encode(mac(&keys.k_confirm_p, &share_v)), CONFIRM_P);
    assert_eq!(hex::encode(mac(&keys.k_confirm_v, &share_p)), CONFIRM_V);
}

#[test]
fn rfc9383_vector_through_the_typestate_api() {
    use rfc9383::*;
    let secrets = ProverSecrets::from_scalars(&unhex(W0), &unhex(W1)).expect("w0, w1");
    let record = VerifierRecord::from_bytes(&[unhex(W0), unhex(L)].concat()).expect("record");

    let (prover, share_p) =
        Prover::start_with_scalar(&secrets, CONTEXT, ID_PROVER, ID_VERIFIER, scalar(X))
            .expect("start");
    assert_eq!(hex::encode(share_p), SHARE_P);
    assert_eq!(prover.share_p(), &share_p);

    let (verifier, share_v, confirm_v) = Verifier::respond_with_scalar(
        &record,
        CONTEXT,
        ID_PROVER,
        ID_VERIFIER,
        &share_p,
        scalar(Y),
    )
    .expect("respond");
    assert_eq!(hex::encode(share_v), SHARE_V);
    assert_eq!(hex::encode(confirm_v), CONFIRM_V);

    let (confirm_p, prover_key) = prover.finish(&share_v, &confirm_v).expect("prover finish");
    assert_eq!(hex::encode(confirm_p), CONFIRM_P);
    assert_eq!(hex::encode(prover_key.as_bytes()), K_SHARED);

    let verifier_key = verifier.finish(&confirm_p).expect("verifier finish");
    assert_eq!(hex::encode(verifier_key.as_bytes()), K_SHARED);
}

#[test]
fn m_and_n_are_the_rfc_constants() {
    // RFC 9383 §4 prints them compressed.
    for (compressed, uncompressed) in [
        (
            "02886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95afd497333d8fa12f",
            &group::M_SEC1,
        ),
        (
            "03d8bbd6c639c62937b04d997f38c3770719c629d7014d49a24b4f98baa1292b49",
            &group::N_SEC1,
        ),
    ] {
        let encoded = EncodedPoint::from_bytes(unhex(compressed)).expect("sec1");
        let affine =
            Option::<AffinePoint>::from(AffinePoint::from_sec1_point(&encoded)).expect("on curve");
        assert_eq!(affine.to_sec1_point(false).as_bytes(), &uncompressed[..]);
    }
    assert!(group::m().is_ok());
    assert!(group::n().is_ok());
}

// ---------------------------------------------------------------------------
// Matter SDK vectors
// ---------------------------------------------------------------------------

/// connectedhomeip, `src/protocols/secure_channel/tests/TestPASESession.cpp`,
/// "Test Set #01 of Spake2p Parameters": passcode 20202021, 1000 iterations,
/// salt "SPAKE2P Key Salt", and the verifier `w0 || L` the SDK derives from
/// them (`sTestSpake2p01_PASEVerifier`, current revisions). Earlier
/// revisions of the same file stored the unreduced PBKDF2 halves `w0s` and
/// `w1s` (40 bytes each) instead; they are checked too.
mod matter_pase {
    pub const PASSCODE: u32 = 20_202_021;
    pub const ITERATIONS: u32 = 1000;
    pub const SALT: &[u8] = b"SPAKE2P Key Salt";
    pub const W0S: &str =
        "aba60c30416b8f4177f5e16ad514cfd9577513f02fd60506b1049d0f2c7310010e5e40bfd86b4ef6";
    pub const W1S: &str =
        "81a88b71e9e2a853985a7def916ea30e01b8722fbf7d0e38856c12cd64c225bb24ef21417e0e44e5";
    pub const W0: &str = "b96170aae803346884724fe9a3b287c30330c2a660375d17bb205a8cf1aecb35";
    pub const L: &str = concat!(
        "0457f8ab79ee253ab6a8e46bb09e543ae422736de501e3db37d441fe344920d095",
        "48e4c18240630c4ff4913c53513839b7c07fcc0627a1b8573a149fcd1fa466cf"
    );
}

#[test]
fn matter_pbkdf2_output_is_the_sdks_w0s_w1s() {
    use matter_pase::*;
    let mut ws = [0u8; 2 * WIDE_SCALAR_LEN];
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        NonZeroU32::new(ITERATIONS).expect("non-zero"),
        SALT,
        &PASSCODE.to_le_bytes(),
        &mut ws,
    );
    assert_eq!(hex::encode(&ws[..WIDE_SCALAR_LEN]), W0S);
    assert_eq!(hex::encode(&ws[WIDE_SCALAR_LEN..]), W1S);
    let secrets = secrets_from_pbkdf_output(&ws).expect("secrets");
    assert_eq!(hex::encode(&secrets.to_bytes()[..SCALAR_LEN]), W0);
}

#[test]
fn matter_registration_record_from_passcode_20202021() {
    use matter_pase::*;
    let (secrets, record) = derive(PASSCODE, SALT, ITERATIONS).expect("derive");
    let bytes = record.to_bytes();
    assert_eq!(hex::encode(&bytes[..SCALAR_LEN]), W0);
    assert_eq!(hex::encode(&bytes[SCALAR_LEN..]), L);
    assert_eq!(hex::encode(record.l_bytes()), L);
    // The prover's w0 is the verifier's; its w1 gives the same L.
    assert_eq!(secrets.to_bytes()[..SCALAR_LEN], bytes[..SCALAR_LEN]);
    assert_eq!(secrets.verifier_record().l_bytes(), record.l_bytes());
    // And the SDK's serialized verifier loads as a record.
    let loaded = VerifierRecord::from_bytes(&[unhex(W0), unhex(L)].concat()).expect("load");
    assert_eq!(loaded.to_bytes(), bytes);
}

/// connectedhomeip, `src/crypto/tests/SPAKE2P_RFC_test_vectors.h`, the
/// first vector (context "SPAKE2+-P256-SHA256-HKDF draft-01"). Its key
/// schedule is draft-01's (`Ka || Ke = Hash(TT)`), not RFC 9383's, so only
/// the group computations are compared: `L`, `X`, `Y`, `Z`, `V`.
#[test]
fn matter_sdk_spake2p_vector_group_values() {
    let secrets = ProverSecrets::from_scalars(
        &unhex("e6887cf9bdfb7579c69bf47928a84514b5e355ac034863f7ffaf4390e67d798c"),
        &unhex("24b5ae4abda868ec9336ffc3b78ee31c5755bef1759227ef5372ca139b94e512"),
    )
    .expect("w0, w1");
    let record = secrets.verifier_record();
    assert_eq!(
        hex::encode(record.l_bytes()),
        concat!(
            "0495645cfb74df6e58f9748bb83a86620bab7c82e107f57d6870da8cbcb2ff9f70",
            "63a14b6402c62f99afcb9706a4d1a143273259fe76f1c605a3639745a92154b9"
        )
    );
    let x = scalar("8b0f3f383905cf3a3bb955ef8fb62e24849dd349a05ca79aafb18041d30cbdb6");
    let y = scalar("2e0895b0e763d6d5a9564433e64ac3cac74ff897f6c3445247ba1bab40082a91");
    let (_, share_p) = Prover::start_with_scalar(&secrets, b"", b"", b"", x).expect("start");
    assert_eq!(
        hex::encode(share_p),
        concat!(
            "04af09987a593d3bac8694b123839422c3cc87e37d6b41c1d630f000dd64980e53",
            "7ae704bcede04ea3bec9b7475b32fa2ca3b684be14d11645e38ea6609eb39e7e"
        )
    );
    let (_, share_v, _) =
        Verifier::respond_with_scalar(&record, b"", b"", b"", &share_p, y).expect("respond");
    assert_eq!(
        hex::encode(share_v),
        concat!(
            "04417592620aebf9fd203616bbb9f121b730c258b286f890c5f19fea833a9c900c",
            "be9057bc549a3e19975be9927f0e7614f08d1f0a108eede5fd7eb5624584a4f4"
        )
    );
    let (z, v) = verifier_zv(&record, &y, &decode_point(&share_p).expect("X")).expect("Z, V");
    let (z2, v2) = prover_zv(&secrets, &x, &decode_point(&share_v).expect("Y")).expect("Z, V");
    assert_eq!(
        hex::encode(&z[..]),
        concat!(
            "0471a35282d2026f36bf3ceb38fcf87e3112a4452f46e9f7b47fd769cfb570145b",
            "62589c76b7aa1eb6080a832e5332c36898426912e29c40ef9e9c742eee82bf30"
        )
    );
    assert_eq!(
        hex::encode(&v[..]),
        concat!(
            "046718981bf15bc4db538fc1f1c1d058cb0eececf1dbe1b1ea08a4e25275d382e8",
            "2b348c8131d8ed669d169c2e03a858db7cf6ca2853a4071251a39fbe8cfc39bc"
        )
    );
    assert_eq!((z, v), (z2, v2));
}

// ---------------------------------------------------------------------------
// Scalar reduction
// ---------------------------------------------------------------------------

/// Expected values computed with Python's arbitrary-precision integers
/// (`int.from_bytes(b, "big") % n`), independently of `p256`.
#[test]
fn wide_reduction_is_mod_n() {
    const ORDER: &str = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
    let wide = |hex_value: &str| -> [u8; WIDE_SCALAR_LEN] {
        let v = unhex(hex_value);
        let mut out = [0u8; WIDE_SCALAR_LEN];
        out[WIDE_SCALAR_LEN - v.len()..].copy_from_slice(&v);
        out
    };
    let reduced = |bytes: &[u8; WIDE_SCALAR_LEN]| hex::encode(reduce_wide(bytes).to_bytes());
    // n itself, and n + 5.
    assert_eq!(reduced(&wide(ORDER)), "00".repeat(32));
    assert_eq!(
        reduced(&wide(
            "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632556"
        )),
        format!("{}05", "00".repeat(31))
    );
    // 2^256.
    let mut two_256 = [0u8; WIDE_SCALAR_LEN];
    two_256[7] = 1;
    assert_eq!(
        reduced(&two_256),
        "00000000ffffffff00000000000000004319055258e8617b0c46353d039cdaaf"
    );
    // 2^320 - 1, the largest input.
    assert_eq!(
        reduced(&[0xff; WIDE_SCALAR_LEN]),
        "fffffffe00000001431905529c0166cd22159165b6faae70f756a571fc632550"
    );
    // 0x01 02 .. 28.
    let mut counting = [0u8; WIDE_SCALAR_LEN];
    for (i, b) in counting.iter_mut().enumerate() {
        *b = u8::try_from(i + 1).expect("small");
    }
    assert_eq!(
        reduced(&counting),
        "0e101214070605041155b315cb1c6f28abec21cff529b6e3d3e045e760833d5c"
    );
    // Small values are unchanged.
    assert_eq!(reduced(&wide("2a")), format!("{}2a", "00".repeat(31)));
}

// ---------------------------------------------------------------------------
// Handshakes
// ---------------------------------------------------------------------------

#[test]
fn handshake_succeeds_and_keys_agree() {
    let (secrets, record) = pair(20_202_021);
    let context = Context::for_pairing(b"exporter: 32 bytes of TLS secret");
    let (prover_key, verifier_key) =
        handshake(&secrets, &record, &context, &context).expect("handshake");
    assert_eq!(prover_key.as_bytes(), verifier_key.as_bytes());
    // A second run has fresh x, y and so a fresh key.
    let (again, _) = handshake(&secrets, &record, &context, &context).expect("again");
    assert_ne!(again.as_bytes(), prover_key.as_bytes());
}

#[test]
fn handshake_with_empty_context_and_identities() {
    let (secrets, record) = pair(1);
    let rng = SystemRandom::new();
    let (prover, share_p) = Prover::start(&secrets, b"", b"", b"", &rng).expect("start");
    let (verifier, share_v, confirm_v) =
        Verifier::respond(&record, b"", b"", b"", &share_p, &rng).expect("respond");
    let (confirm_p, k1) = prover.finish(&share_v, &confirm_v).expect("finish");
    let k2 = verifier.finish(&confirm_p).expect("finish");
    assert_eq!(k1.as_bytes(), k2.as_bytes());
}

#[test]
fn wrong_passcode_fails_on_both_sides() {
    let (secrets, _) = pair(20_202_021);
    let (_, record) = pair(20_202_022);
    let rng = SystemRandom::new();
    let ctx = b"ctx";
    let x = group::random_scalar(&rng).expect("x");
    let (prover, share_p) =
        Prover::start_with_scalar(&secrets, ctx, b"device", b"hub", x).expect("start");
    let (verifier, share_v, confirm_v) =
        Verifier::respond(&record, ctx, b"device", b"hub", &share_p, &rng).expect("respond");
    // The prover detects it through confirmV ...
    assert_eq!(
        prover.finish(&share_v, &confirm_v).err(),
        Some(SpakeError::ConfirmationFailed)
    );
    // ... and a prover that sent its confirmP anyway is refused by the
    // verifier.
    let confirm_p = forced_confirm_p(&secrets, &x, ctx, &share_p, &share_v);
    assert_eq!(
        verifier.finish(&confirm_p).err(),
        Some(SpakeError::ConfirmationFailed)
    );
}

#[test]
fn different_tls_exporter_fails_confirmation() {
    let (secrets, record) = pair(20_202_021);
    let device_ctx = Context::for_pairing(&[0x11; 32]);
    let hub_ctx = Context::for_pairing(&[0x22; 32]);
    assert_eq!(
        handshake(&secrets, &record, &device_ctx, &hub_ctx).err(),
        Some(SpakeError::ConfirmationFailed)
    );
    // The verifier refuses the confirmP of a prover with the other context.
    let rng = SystemRandom::new();
    let x = group::random_scalar(&rng).expect("x");
    let (_, share_p) =
        Prover::start_with_scalar(&secrets, &device_ctx, b"device", b"hub", x).expect("start");
    let (verifier, share_v, _) =
        Verifier::respond(&record, &hub_ctx, b"device", b"hub", &share_p, &rng).expect("respond");
    let confirm_p = forced_confirm_p(&secrets, &x, &device_ctx, &share_p, &share_v);
    assert_eq!(
        verifier.finish(&confirm_p).err(),
        Some(SpakeError::ConfirmationFailed)
    );
}

#[test]
fn different_identities_fail_confirmation() {
    let (secrets, record) = pair(20_202_021);
    let rng = SystemRandom::new();
    let (prover, share_p) = Prover::start(&secrets, b"c", b"device-1", b"hub", &rng).expect("s");
    let (_, share_v, confirm_v) =
        Verifier::respond(&record, b"c", b"device-2", b"hub", &share_p, &rng).expect("r");
    assert_eq!(
        prover.finish(&share_v, &confirm_v).err(),
        Some(SpakeError::ConfirmationFailed)
    );
}

#[test]
fn pairing_context_layout() {
    let exporter = [0xab; 32];
    let context = Context::for_pairing(&exporter);
    assert_eq!(&context[..20], b"threshold-pairing-v1");
    assert_eq!(&context[20..], &exporter);
    assert_eq!(Context::for_pairing(b""), PAIRING_CONTEXT_LABEL);
}

// ---------------------------------------------------------------------------
// Tampering
// ---------------------------------------------------------------------------

/// A started prover, the verifier's answer to it, and the rng.
fn exchange(
    secrets: &ProverSecrets,
    record: &VerifierRecord,
) -> (
    ProverStarted,
    [u8; POINT_LEN],
    VerifierResponded,
    [u8; POINT_LEN],
    [u8; CONFIRM_LEN],
) {
    let rng = SystemRandom::new();
    let (prover, share_p) = Prover::start(secrets, b"ctx", b"d", b"h", &rng).expect("start");
    let (verifier, share_v, confirm_v) =
        Verifier::respond(record, b"ctx", b"d", b"h", &share_p, &rng).expect("respond");
    (prover, share_p, verifier, share_v, confirm_v)
}

#[test]
fn tampered_share_p_is_refused() {
    let (secrets, record) = pair(7);
    let rng = SystemRandom::new();
    let (prover, share_p) = Prover::start(&secrets, b"ctx", b"d", b"h", &rng).expect("start");
    // A flipped bit leaves the curve.
    let mut flipped = share_p;
    flipped[10] ^= 0x01;
    assert_eq!(
        Verifier::respond(&record, b"ctx", b"d", b"h", &flipped, &rng).err(),
        Some(SpakeError::InvalidPoint)
    );
    // Another valid point (a different prover's share) is answered, but the
    // prover then refuses the verifier's confirmation, which covers the
    // substituted share.
    let (_, other_share) = Prover::start(&secrets, b"ctx", b"d", b"h", &rng).expect("start");
    let (_, share_v, confirm_v) =
        Verifier::respond(&record, b"ctx", b"d", b"h", &other_share, &rng).expect("respond");
    assert_eq!(
        prover.finish(&share_v, &confirm_v).err(),
        Some(SpakeError::ConfirmationFailed)
    );
}

#[test]
fn tampered_share_v_is_refused() {
    let (secrets, record) = pair(7);
    let (prover, _, _, share_v, confirm_v) = exchange(&secrets, &record);
    let mut flipped = share_v;
    flipped[40] ^= 0x80;
    assert_eq!(
        prover.finish(&flipped, &confirm_v).err(),
        Some(SpakeError::InvalidPoint)
    );
    // Substituted by another valid point.
    let (prover, _, _, _, confirm_v) = exchange(&secrets, &record);
    let (_, _, _, other_share_v, _) = exchange(&secrets, &record);
    assert_eq!(
        prover.finish(&other_share_v, &confirm_v).err(),
        Some(SpakeError::ConfirmationFailed)
    );
}

#[test]
fn tampered_confirmations_are_refused() {
    let (secrets, record) = pair(7);
    // confirmV: a flipped bit, truncated, extended, empty.
    for mutate in [
        |c: &mut Vec<u8>| c[0] ^= 1,
        |c: &mut Vec<u8>| c[31] ^= 0x80,
        |c: &mut Vec<u8>| {
            c.pop();
        },
        |c: &mut Vec<u8>| c.push(0),
        |c: &mut Vec<u8>| c.clear(),
    ] {
        let (prover, _, _, share_v, confirm_v) = exchange(&secrets, &record);
        let mut bad = confirm_v.to_vec();
        mutate(&mut bad);
        assert_eq!(
            prover.finish(&share_v, &bad).err(),
            Some(SpakeError::ConfirmationFailed)
        );

        let (prover, _, verifier, share_v, confirm_v) = exchange(&secrets, &record);
        let (confirm_p, _) = prover.finish(&share_v, &confirm_v).expect("finish");
        let mut bad = confirm_p.to_vec();
        mutate(&mut bad);
        assert_eq!(
            verifier.finish(&bad).err(),
            Some(SpakeError::ConfirmationFailed)
        );
    }
    // The other side's confirmation is not accepted in place of one's own.
    let (prover, _, verifier, share_v, confirm_v) = exchange(&secrets, &record);
    let (_, _) = prover.finish(&share_v, &confirm_v).expect("finish");
    assert_eq!(
        verifier.finish(&confirm_v).err(),
        Some(SpakeError::ConfirmationFailed)
    );
}

// ---------------------------------------------------------------------------
// Invalid points
// ---------------------------------------------------------------------------

/// Encodings that must all be refused as a share.
fn invalid_points() -> Vec<(&'static str, Vec<u8>)> {
    let valid = group::M_SEC1;
    let compressed = ProjectivePoint::from(
        Option::<AffinePoint>::from(AffinePoint::from_sec1_point(
            &EncodedPoint::from_bytes(valid).expect("sec1"),
        ))
        .expect("M"),
    )
    .to_affine()
    .to_sec1_point(true)
    .as_bytes()
    .to_vec();
    let mut off_curve = valid;
    off_curve[64] ^= 0x01;
    let mut hybrid = valid;
    hybrid[0] = 0x06 | (valid[64] & 1);
    let mut prefix_02 = valid;
    prefix_02[0] = 0x02;
    // x = p: not a canonical field element.
    let mut x_is_p = valid;
    x_is_p[1..33].copy_from_slice(&unhex(
        "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
    ));
    vec![
        ("identity (SEC1 0x00)", vec![0x00]),
        ("identity as zero coordinates", {
            let mut z = vec![0u8; POINT_LEN];
            z[0] = 0x04;
            z
        }),
        ("all zeros", vec![0u8; POINT_LEN]),
        ("off the curve", off_curve.to_vec()),
        ("compressed form", compressed),
        ("hybrid form", hybrid.to_vec()),
        ("uncompressed length, compressed prefix", prefix_02.to_vec()),
        ("x = p", x_is_p.to_vec()),
        ("empty", vec![]),
        ("64 bytes", valid[..64].to_vec()),
        ("66 bytes", [&valid[..], &[0u8][..]].concat()),
    ]
}

#[test]
fn invalid_share_p_is_refused() {
    let (_, record) = pair(9);
    let rng = SystemRandom::new();
    for (what, bytes) in invalid_points() {
        assert_eq!(
            Verifier::respond(&record, b"", b"", b"", &bytes, &rng).err(),
            Some(SpakeError::InvalidPoint),
            "{what}"
        );
    }
}

#[test]
fn invalid_share_v_is_refused() {
    let (secrets, _) = pair(9);
    let rng = SystemRandom::new();
    for (what, bytes) in invalid_points() {
        let (prover, _) = Prover::start(&secrets, b"", b"", b"", &rng).expect("start");
        assert_eq!(
            prover.finish(&bytes, &[0u8; CONFIRM_LEN]).err(),
            Some(SpakeError::InvalidPoint),
            "{what}"
        );
    }
}

#[test]
fn shares_that_cancel_the_mask_are_refused() {
    let (secrets, record) = pair(9);
    let rng = SystemRandom::new();
    // X = w0*M makes the verifier's Z the identity.
    let x_cancel = encode_point(&(group::m().expect("M") * *record.w0)).expect("w0*M");
    assert_eq!(
        Verifier::respond(&record, b"", b"", b"", &x_cancel, &rng).err(),
        Some(SpakeError::InvalidPoint)
    );
    // Y = w0*N makes the prover's Z and V the identity.
    let y_cancel = encode_point(&(group::n().expect("N") * *secrets.w0)).expect("w0*N");
    let (prover, _) = Prover::start(&secrets, b"", b"", b"", &rng).expect("start");
    assert_eq!(
        prover.finish(&y_cancel, &[0u8; CONFIRM_LEN]).err(),
        Some(SpakeError::InvalidPoint)
    );
}

// ---------------------------------------------------------------------------
// Registration parameters and encodings
// ---------------------------------------------------------------------------

#[test]
fn salt_length_bounds() {
    for len in [0, 1, 15, 33, 64] {
        assert_eq!(
            derive(1, &vec![7u8; len], FAST).err(),
            Some(SpakeError::SaltLength(len))
        );
    }
    for len in [16, 24, 32] {
        assert!(derive(1, &vec![7u8; len], FAST).is_ok(), "{len}");
    }
}

#[test]
fn iteration_bounds() {
    for n in [0, 1, 999, 100_001, u32::MAX] {
        assert_eq!(derive(1, SALT, n).err(), Some(SpakeError::Iterations(n)));
    }
    assert!(derive(1, SALT, 1000).is_ok());
    assert!(derive(1, SALT, MAX_PBKDF2_ITERATIONS).is_ok());
}

#[test]
fn default_iterations_within_bounds() {
    assert!((MIN_PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(&DEFAULT_PBKDF2_ITERATIONS));
}

#[test]
fn salt_and_iterations_change_the_record() {
    let base = pair(5).1.to_bytes();
    assert_ne!(
        derive(5, b"threshold test salt 0124", FAST)
            .expect("d")
            .1
            .to_bytes(),
        base
    );
    assert_ne!(derive(5, SALT, FAST + 1).expect("d").1.to_bytes(), base);
    assert_ne!(pair(6).1.to_bytes(), base);
    assert_eq!(pair(5).1.to_bytes(), base);
}

#[test]
fn encodings_round_trip() {
    let (secrets, record) = pair(42);
    let restored = ProverSecrets::from_bytes(&secrets.to_bytes()[..]).expect("secrets");
    assert_eq!(restored.to_bytes(), secrets.to_bytes());
    assert_eq!(restored.verifier_record().to_bytes(), record.to_bytes());
    let loaded = VerifierRecord::from_bytes(&record.to_bytes()[..]).expect("record");
    assert_eq!(loaded.to_bytes(), record.to_bytes());
    // A handshake between the restored halves works.
    let (a, b) = handshake(&restored, &loaded, b"c", b"c").expect("handshake");
    assert_eq!(a.as_bytes(), b.as_bytes());
}

#[test]
fn invalid_encodings_are_refused() {
    let (secrets, record) = pair(42);
    let order = unhex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    let zero = vec![0u8; SCALAR_LEN];
    let good = secrets.to_bytes();
    let w1 = &good[SCALAR_LEN..];
    // w0 = 0, w0 = n, wrong lengths.
    for bad in [
        [&zero[..], w1].concat(),
        [&order[..], w1].concat(),
        good[..63].to_vec(),
        [&good[..], &[0u8][..]].concat(),
    ] {
        assert_eq!(
            ProverSecrets::from_bytes(&bad).err(),
            Some(SpakeError::InvalidScalar)
        );
    }
    assert_eq!(
        ProverSecrets::from_scalars(&good[..SCALAR_LEN], &zero).err(),
        Some(SpakeError::InvalidScalar)
    );
    let rec = record.to_bytes();
    let l = &rec[SCALAR_LEN..];
    for bad in [
        [&zero[..], l].concat(),
        [&order[..], l].concat(),
        rec[..96].to_vec(),
    ] {
        assert_eq!(
            VerifierRecord::from_bytes(&bad).err(),
            Some(SpakeError::InvalidScalar)
        );
    }
    for (what, bad_l) in invalid_points() {
        let bytes = [&rec[..SCALAR_LEN], &bad_l[..]].concat();
        if bytes.len() == VERIFIER_RECORD_LEN {
            assert_eq!(
                VerifierRecord::from_bytes(&bytes).err(),
                Some(SpakeError::InvalidPoint),
                "{what}"
            );
        }
    }
}

#[test]
fn debug_output_has_no_secrets() {
    let (secrets, record) = pair(20_202_021);
    let w = hex::encode(&secrets.to_bytes()[..]);
    let (w0_hex, w1_hex) = w.split_at(2 * SCALAR_LEN);
    let l_hex = hex::encode(record.l_bytes());
    let rng = SystemRandom::new();
    let (prover, share_p) = Prover::start(&secrets, b"ctx-secret", b"d", b"h", &rng).expect("s");
    let (verifier, share_v, confirm_v) =
        Verifier::respond(&record, b"ctx-secret", b"d", b"h", &share_p, &rng).expect("r");
    let prover_dbg = format!("{prover:?}");
    let verifier_dbg = format!("{verifier:?}");
    let (confirm_p, key) = prover.finish(&share_v, &confirm_v).expect("finish");
    let key_hex = hex::encode(key.as_bytes());
    let confirm_p_hex = hex::encode(confirm_p);
    let outputs = [
        format!("{secrets:?}"),
        format!("{record:?}"),
        prover_dbg,
        verifier_dbg,
        format!("{key:?}"),
    ];
    for out in &outputs {
        for secret in [
            w0_hex,
            w1_hex,
            &l_hex,
            &key_hex,
            &confirm_p_hex,
            "ctx-secret",
        ] {
            assert!(!out.contains(secret), "{out} leaks {secret}");
        }
        // Nor any 16-hex-digit run of a secret in another format.
        assert!(!out.contains(&w0_hex[..16]) && !out.contains(&key_hex[..16]));
    }
    assert!(outputs[2].contains(&hex::encode(share_p)));
}

#[test]
fn errors_display() {
    assert_eq!(
        SpakeError::SaltLength(8).to_string(),
        "PBKDF2 salt is 8 bytes, expected 16..=32"
    );
    assert_eq!(
        SpakeError::Iterations(5).to_string(),
        "PBKDF2 iteration count 5 is outside 1000..=100000"
    );
    assert!(SpakeError::InvalidPoint
        .to_string()
        .contains("invalid point"));
    assert_eq!(
        SpakeError::ConfirmationFailed.to_string(),
        "key confirmation failed"
    );
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn random_passcodes_and_contexts_complete(
        passcode in any::<u32>(),
        salt in proptest::collection::vec(any::<u8>(), MIN_SALT_LEN..=MAX_SALT_LEN),
        exporter in proptest::collection::vec(any::<u8>(), 0..64),
        id_prover in proptest::collection::vec(any::<u8>(), 0..16),
        id_verifier in proptest::collection::vec(any::<u8>(), 0..16),
    ) {
        let (secrets, record) = derive(passcode, &salt, FAST).expect("derive");
        let context = Context::for_pairing(&exporter);
        let rng = SystemRandom::new();
        let (prover, share_p) =
            Prover::start(&secrets, &context, &id_prover, &id_verifier, &rng).expect("start");
        let (verifier, share_v, confirm_v) =
            Verifier::respond(&record, &context, &id_prover, &id_verifier, &share_p, &rng)
                .expect("respond");
        let (confirm_p, k1) = prover.finish(&share_v, &confirm_v).expect("prover");
        let k2 = verifier.finish(&confirm_p).expect("verifier");
        prop_assert_eq!(k1.as_bytes(), k2.as_bytes());
    }

    #[test]
    fn different_passcodes_never_confirm(a in any::<u32>(), b in any::<u32>()) {
        prop_assume!(a != b);
        let (secrets, _) = pair(a);
        let (_, record) = pair(b);
        prop_assert_eq!(
            handshake(&secrets, &record, b"c", b"c").err(),
            Some(SpakeError::ConfirmationFailed)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_as_share_p_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..100),
        uncompressed in proptest::collection::vec(any::<u8>(), 64),
    ) {
        let (_, record) = fixed_pair();
        let rng = SystemRandom::new();
        prop_assert_eq!(
            Verifier::respond(record, b"", b"", b"", &bytes, &rng).err(),
            Some(SpakeError::InvalidPoint)
        );
        // With the right prefix and length: still refused (a random (x, y)
        // is on the curve with negligible probability).
        let share = [&[0x04][..], &uncompressed[..]].concat();
        prop_assert_eq!(
            Verifier::respond(record, b"", b"", b"", &share, &rng).err(),
            Some(SpakeError::InvalidPoint)
        );
    }

    #[test]
    fn random_bytes_as_share_v_and_confirm_v_never_panic(
        share_v in proptest::collection::vec(any::<u8>(), 0..100),
        uncompressed in proptest::collection::vec(any::<u8>(), 64),
        confirm_v in proptest::collection::vec(any::<u8>(), 0..40),
    ) {
        let (secrets, record) = fixed_pair();
        let rng = SystemRandom::new();
        let (prover, _) = Prover::start(secrets, b"", b"", b"", &rng).expect("start");
        prop_assert!(prover.finish(&share_v, &confirm_v).is_err());
        let share = [&[0x04][..], &uncompressed[..]].concat();
        let (prover, _) = Prover::start(secrets, b"", b"", b"", &rng).expect("start");
        prop_assert_eq!(prover.finish(&share, &confirm_v).err(), Some(SpakeError::InvalidPoint));
        // A valid shareV with a random confirmV.
        let (prover, share_p) = Prover::start(secrets, b"", b"", b"", &rng).expect("start");
        let (_, share_v, _) =
            Verifier::respond(record, b"", b"", b"", &share_p, &rng).expect("respond");
        prop_assert_eq!(
            prover.finish(&share_v, &confirm_v).err(),
            Some(SpakeError::ConfirmationFailed)
        );
    }

    #[test]
    fn random_bytes_as_confirm_p_never_panic(confirm_p in proptest::collection::vec(any::<u8>(), 0..40)) {
        let (secrets, record) = fixed_pair();
        let (_, _, verifier, _, _) = exchange(secrets, record);
        prop_assert_eq!(verifier.finish(&confirm_p).err(), Some(SpakeError::ConfirmationFailed));
    }

    #[test]
    fn random_bytes_as_stored_encodings_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
        let _ = ProverSecrets::from_bytes(&bytes);
        let _ = VerifierRecord::from_bytes(&bytes);
        let _ = decode_point(&bytes);
    }
}

/// One derived pair shared by the byte-fuzzing properties (PBKDF2 once).
fn fixed_pair() -> &'static (ProverSecrets, VerifierRecord) {
    static PAIR: std::sync::OnceLock<(ProverSecrets, VerifierRecord)> = std::sync::OnceLock::new();
    PAIR.get_or_init(|| pair(20_202_021))
}
