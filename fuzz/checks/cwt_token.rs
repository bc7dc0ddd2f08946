//! CWT / COSE_Sign1 pairing tokens against a fixed hub key: arbitrary bytes
//! through [`TokenVerifier::decode`] and [`verify_cose_sign1_es256`] (a
//! refusal, never a panic; each refusal has its protocol code), and through
//! the claims parsers [`RawClaims::from_cbor`] + [`TokenClaims::from_raw`]
//! (what parses is signed with [`HubKey::sign`] and decodes back to the
//! same claims). Seeds signed with this key reach the claim checks after
//! the signature.

use std::sync::OnceLock;

use ring::rand::SystemRandom;
use threshold::commissioning::hub_id_of;
use threshold::commissioning::token::{
    verify_cose_sign1_es256, HubKey, RawClaims, TokenClaims, TokenVerifier,
};

/// A P-256 PKCS#8 key made for fuzzing only (never a hub's key).
pub const HUB_PKCS8_HEX: &str = "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420a224b58735e9afc7d811427ffb14e48c5541ddb3203b20351c7fc4588a96703ba14403420004a378383bfb4fc8d2a3ac0af39c3331ef69f6313c60708cf01f476e1804115564536590308386b579fa0705ed8d8015b3b3f44ce0c0927e70297f2f8955fe553a";

/// The fixed hub key.
pub fn hub() -> &'static HubKey {
    static HUB: OnceLock<HubKey> = OnceLock::new();
    HUB.get_or_init(|| {
        let der = hex::decode(HUB_PKCS8_HEX).expect("hex");
        HubKey::from_pkcs8(&der).expect("the fuzzing key loads")
    })
}

/// The verifier the hub's core uses (issuer and audience: the hub id).
pub fn verifier() -> TokenVerifier {
    let id = hub_id_of(hub());
    hub().verifier(&id, &id)
}

pub fn check(data: &[u8]) {
    let hub = hub();
    let rng = SystemRandom::new();
    match verifier().decode(data) {
        Ok(claims) => resign(hub, &rng, &claims),
        Err(e) => assert!(!e.code().is_empty()),
    }
    if let Err(e) = verify_cose_sign1_es256(data, hub.public_key()) {
        assert!(!e.code().is_empty());
    }
    // The bytes as a claims set (what a verified payload holds).
    if let Ok(raw) = RawClaims::from_cbor(data) {
        for (k, _) in raw.entries() {
            assert!(raw.get(k.clone()).is_some());
        }
        if let Ok(claims) = TokenClaims::from_raw(&raw) {
            resign(hub, &rng, &claims);
        }
    }
}

fn resign(hub: &HubKey, rng: &SystemRandom, claims: &TokenClaims) {
    let Ok(token) = hub.sign(claims, rng) else {
        // Too large for a token: no verifier would take it either.
        return;
    };
    let v = hub.verifier(&claims.iss, &claims.aud);
    assert_eq!(v.decode(&token).as_ref(), Ok(claims));
}
