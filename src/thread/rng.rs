//! The random number generator handed to OpenThread.
//!
//! OpenThread draws its network key, PSKc, extended PAN id, mesh-local
//! prefix and MLE/MAC nonces from it (through `otPlatEntropyGet` and the
//! crate's `OtRng`), so it must be cryptographically strong. The crate's
//! trait is infallible, while the operating system's generator
//! ([`ring::rand::SystemRandom`]) is not: [`OtEntropy`] therefore takes a
//! 256-bit seed from the operating system once, fallibly, at construction,
//! and then expands it with HMAC-SHA-256 in counter mode (the PRF of
//! NIST SP 800-108), which cannot fail.
#![forbid(unsafe_code)]

use std::convert::Infallible;

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};

/// A CSPRNG for OpenThread: an OS-seeded HMAC-SHA-256 counter-mode stream.
pub struct OtEntropy {
    key: hmac::Key,
    counter: u64,
}

impl std::fmt::Debug for OtEntropy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OtEntropy").finish_non_exhaustive()
    }
}

/// The operating system's random number generator failed.
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random number generator failed")]
pub struct EntropyError;

impl OtEntropy {
    /// Seeds a new generator from the operating system.
    pub fn new() -> Result<OtEntropy, EntropyError> {
        let mut seed = [0u8; 32];
        SystemRandom::new()
            .fill(&mut seed)
            .map_err(|_| EntropyError)?;
        Ok(OtEntropy {
            key: hmac::Key::new(hmac::HMAC_SHA256, &seed),
            counter: 0,
        })
    }

    fn fill(&mut self, dst: &mut [u8]) {
        for chunk in dst.chunks_mut(32) {
            self.counter = self.counter.wrapping_add(1);
            let block = hmac::sign(&self.key, &self.counter.to_le_bytes());
            chunk.copy_from_slice(&block.as_ref()[..chunk.len()]);
        }
    }
}

impl rand_core::TryRng for OtEntropy {
    type Error = Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        let mut b = [0u8; 4];
        self.fill(&mut b);
        Ok(u32::from_le_bytes(b))
    }

    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        let mut b = [0u8; 8];
        self.fill(&mut b);
        Ok(u64::from_le_bytes(b))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        self.fill(dst);
        Ok(())
    }
}

impl rand_core::TryCryptoRng for OtEntropy {}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_core::Rng;

    #[test]
    fn two_generators_differ_and_blocks_do_not_repeat() {
        let mut a = OtEntropy::new().unwrap();
        let mut b = OtEntropy::new().unwrap();
        let (mut x, mut y) = ([0u8; 64], [0u8; 64]);
        a.fill_bytes(&mut x);
        b.fill_bytes(&mut y);
        assert_ne!(x, y);
        assert_ne!(x[..32], x[32..]);
        // Odd lengths are filled completely.
        let mut z = [0u8; 37];
        a.fill_bytes(&mut z);
        assert_ne!(z[32..], [0u8; 5]);
        assert_ne!(a.next_u64(), a.next_u64());
    }
}
