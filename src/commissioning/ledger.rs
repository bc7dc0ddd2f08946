//! The token ledger: every live token the hub issued, signed with its key,
//! and whether it was redeemed or revoked.
//!
//! [`Ledger`] guarantees: a token is accepted only if its signature, claims
//! and binding verify ([`TokenVerifier`]) AND the ledger knows its `cti`
//! and it is neither revoked nor redeemed (a signature alone is never
//! trusted); a `cti` is marked redeemed or revoked at most once (the
//! methods say whether this call did it, so the state change is persisted
//! once); entries are dropped once their `exp` has passed at wall time.
//! Whether a device may get a token is decided by the
//! [`crate::commissioning::Commissioner`].

use std::collections::BTreeMap;
use std::time::Duration;

use crate::commissioning::event::TokenRecord;
use crate::commissioning::ids::{DeviceId, WindowId};
use crate::commissioning::rng::RandomSource;
use crate::commissioning::token::{
    Cti, DeviceKey, HubKey, Scope, TokenClaims, TokenError, TokenVerifier, VerifyTokenError,
};
use crate::time::UnixMillis;

/// A token handed to a device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedToken {
    /// The encoded CWT.
    pub token: Vec<u8>,
    /// Its claims.
    pub claims: TokenClaims,
}

/// A token's ledger entry: what the core remembers of an issued token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Token id.
    pub cti: Cti,
    /// Device id.
    pub device: DeviceId,
    /// Scope.
    pub scope: Scope,
    /// `exp`.
    pub expires: UnixMillis,
    /// Redeemed already.
    pub redeemed: bool,
    /// Revoked.
    pub revoked: bool,
}

/// What a new token is for.
#[derive(Debug)]
pub(crate) struct Grant<'a> {
    pub(crate) device: &'a DeviceId,
    pub(crate) user: &'a str,
    pub(crate) window: WindowId,
    pub(crate) scope: Scope,
    /// The holder's key (`cnf`).
    pub(crate) key: &'a DeviceKey,
    /// How long it may live (already capped by the window's deadline).
    pub(crate) lifetime: Duration,
}

/// The hub's signing key and the live tokens it issued.
#[cfg_attr(feature = "model-check", derive(Clone))]
pub(crate) struct Ledger {
    /// Shared only by the model checker's copies of a core
    /// (`Commissioner::fork`); one owner in the firmware.
    hub: std::sync::Arc<HubKey>,
    verifier: TokenVerifier,
    hub_id: String,
    entries: BTreeMap<Cti, LedgerEntry>,
    /// Only for ring's ECDSA nonce hedge (ring's rng trait is sealed):
    /// token ids come from the injected [`RandomSource`].
    signing_rng: ring::rand::SystemRandom,
}

impl std::fmt::Debug for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ledger")
            .field("hub_id", &self.hub_id)
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl Ledger {
    /// The ledger of `hub` (its id is `hub_id`, the `iss` and `aud` of its
    /// tokens) with the entries read back from the store.
    pub(crate) fn new(hub: HubKey, hub_id: String, entries: Vec<LedgerEntry>) -> Self {
        let verifier = hub.verifier(&hub_id, &hub_id);
        Ledger {
            hub: std::sync::Arc::new(hub),
            verifier,
            hub_id,
            entries: entries
                .into_iter()
                .map(|mut e| {
                    if fault!(RestartForgetsRedemptions) {
                        e.redeemed = false;
                    }
                    (e.cti, e)
                })
                .collect(),
            signing_rng: ring::rand::SystemRandom::new(),
        }
    }

    pub(crate) fn hub_id(&self) -> &str {
        &self.hub_id
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Issues a token at wall time `wall` and records it; returns it with
    /// the record to persist.
    pub(crate) fn issue(
        &mut self,
        rng: &mut dyn RandomSource,
        wall: UnixMillis,
        g: Grant<'_>,
    ) -> Result<(IssuedToken, TokenRecord), TokenError> {
        // NumericDate has whole seconds: round `exp` down so the token never
        // outlives the window.
        let iat = wall.as_secs();
        let exp = wall.saturating_add(g.lifetime).as_secs();
        let mut cti = [0u8; 16];
        rng.fill(&mut cti).map_err(|_| TokenError::Rng)?;
        let claims = TokenClaims {
            iss: self.hub_id.clone(),
            sub: g.device.to_string(),
            aud: self.hub_id.clone(),
            iat,
            nbf: iat,
            exp,
            cti: Cti(cti),
            scope: g.scope,
            user: g.user.to_owned(),
            window: g.window,
            cnf: g.key.clone(),
        };
        let token = self.hub.sign(&claims, &self.signing_rng)?;
        let expires = UnixMillis::from_secs(exp);
        self.entries.insert(
            claims.cti,
            LedgerEntry {
                cti: claims.cti,
                device: g.device.clone(),
                scope: g.scope,
                expires,
                redeemed: false,
                revoked: false,
            },
        );
        let rec = TokenRecord {
            cti: claims.cti,
            device: g.device.clone(),
            user: g.user.to_owned(),
            window: g.window,
            scope: g.scope,
            issued: wall,
            expires,
        };
        Ok((IssuedToken { token, claims }, rec))
    }

    /// Verifies `token` for `presenter` and `needed` scope at wall time
    /// `wall`, then against the ledger.
    pub(crate) fn check(
        &self,
        wall: UnixMillis,
        token: &[u8],
        presenter: &DeviceKey,
        needed: Scope,
    ) -> Result<TokenClaims, VerifyTokenError> {
        let claims = self.verifier.verify(token, wall, presenter, needed)?;
        match self.entries.get(&claims.cti) {
            // Unknown to a ledger that remembers every live token it issued:
            // treat as revoked rather than trust a signature alone.
            None => Err(VerifyTokenError::Revoked { cti: claims.cti }),
            Some(e) if e.revoked && !fault!(RevokedAccepted) => {
                Err(VerifyTokenError::Revoked { cti: claims.cti })
            }
            Some(e) if e.redeemed && !fault!(ReplayAccepted) => {
                Err(VerifyTokenError::Replayed { cti: claims.cti })
            }
            Some(_) => Ok(claims),
        }
    }

    /// The device holding token `cti`, if the ledger knows it.
    pub(crate) fn device_of(&self, cti: &Cti) -> Option<&DeviceId> {
        self.entries.get(cti).map(|e| &e.device)
    }

    /// Marks `cti` redeemed.
    pub(crate) fn mark_redeemed(&mut self, cti: &Cti) {
        if let Some(e) = self.entries.get_mut(cti) {
            e.redeemed = true;
        }
    }

    /// Marks `cti` revoked; whether this call revoked it.
    pub(crate) fn revoke(&mut self, cti: &Cti) -> bool {
        match self.entries.get_mut(cti) {
            Some(e) if !e.revoked => {
                e.revoked = true;
                true
            }
            _ => false,
        }
    }

    /// The not yet revoked tokens of `device`, by `cti`.
    pub(crate) fn unrevoked_of(&self, device: &str) -> Vec<Cti> {
        self.entries
            .values()
            .filter(|e| e.device == device && !e.revoked)
            .map(|e| e.cti)
            .collect()
    }

    /// TEST ONLY: the entries, for the model checker's state fingerprint.
    #[cfg(feature = "model-check")]
    pub(crate) fn entries(&self) -> impl Iterator<Item = &LedgerEntry> {
        self.entries.values()
    }

    /// Forgets the tokens whose `exp` has passed at `wall`.
    pub(crate) fn expire(&mut self, wall: UnixMillis) {
        let now_secs = wall.as_secs();
        self.entries.retain(|_, e| e.expires.as_secs() > now_secs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::rng::SeededRandom;

    fn device_key() -> DeviceKey {
        use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
        let rng = ring::rand::SystemRandom::new();
        let doc =
            EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("generate");
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, doc.as_ref(), &rng)
            .expect("parse");
        DeviceKey::from_sec1(pair.public_key().as_ref()).expect("key")
    }

    #[test]
    fn a_token_is_accepted_until_redeemed_or_revoked_and_forgotten_at_exp() {
        let hub = HubKey::generate(&ring::rand::SystemRandom::new()).expect("hub");
        let mut l = Ledger::new(hub, "threshold:test".into(), Vec::new());
        let mut rng = SeededRandom::new(7);
        let key = device_key();
        let dev = DeviceId::from(key.fingerprint());
        let wall = UnixMillis::from_secs(1_700_000_000);
        let grant = |scope| Grant {
            device: &dev,
            user: "u",
            window: WindowId(1),
            scope,
            key: &key,
            lifetime: Duration::from_secs(60),
        };
        let (a, rec) = l.issue(&mut rng, wall, grant(Scope::Setup)).expect("issue");
        assert_eq!(rec.expires, UnixMillis::from_secs(1_700_000_060));
        assert_eq!(
            l.check(wall, &a.token, &key, Scope::Setup),
            Ok(a.claims.clone())
        );
        l.mark_redeemed(&a.claims.cti);
        assert!(matches!(
            l.check(wall, &a.token, &key, Scope::Setup),
            Err(VerifyTokenError::Replayed { .. })
        ));
        let (b, _) = l.issue(&mut rng, wall, grant(Scope::Full)).expect("issue");
        assert_eq!(l.unrevoked_of(dev.as_str()).len(), 2);
        assert!(l.revoke(&b.claims.cti));
        assert!(!l.revoke(&b.claims.cti), "revoked once");
        assert!(matches!(
            l.check(wall, &b.token, &key, Scope::Full),
            Err(VerifyTokenError::Revoked { .. })
        ));
        assert_eq!(l.device_of(&b.claims.cti), Some(&dev));
        l.expire(UnixMillis::from_secs(1_700_000_060));
        assert_eq!(l.len(), 0, "gone at exp");
    }
}
