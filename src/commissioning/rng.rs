//! The core's random source, injected like its clock.
//!
//! Every random value the [`crate::commissioning::Commissioner`] decides
//! (token ids, enrollment codes, user ids) is drawn from the
//! [`RandomSource`] it was built with: production passes
//! [`ring::rand::SystemRandom`]; tests pass a seeded generator, so two cores
//! with the same seed and the same inputs draw the same values.
//!
//! ring's own `SecureRandom` trait is sealed (only ring can implement it),
//! hence this small trait. The one place where ring needs its own rng, the
//! ECDSA signature of a token (ring hedges the nonce with it), keeps the
//! system rng: a signature's bytes are not reproducible, every claim is.

/// The random source failed (the OS refused to give entropy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the random source failed")]
pub struct RngError;

/// A source of cryptographically secure random bytes.
pub trait RandomSource: Send {
    /// Fills `dest` with random bytes.
    fn fill(&mut self, dest: &mut [u8]) -> Result<(), RngError>;
}

impl RandomSource for ring::rand::SystemRandom {
    fn fill(&mut self, dest: &mut [u8]) -> Result<(), RngError> {
        ring::rand::SecureRandom::fill(self, dest).map_err(|_| RngError)
    }
}

/// TEST ONLY: a deterministic generator (SHA-256 of seed and a block
/// counter). Never use it outside tests: its output is predictable by
/// anyone who knows the seed.
#[cfg(test)]
#[derive(Debug, Clone)]
pub(crate) struct SeededRandom {
    seed: [u8; 32],
    block: u64,
}

#[cfg(test)]
impl SeededRandom {
    /// A generator whose whole output is determined by `seed`.
    pub(crate) fn new(seed: u64) -> Self {
        let mut s = [0u8; 32];
        s[..8].copy_from_slice(&seed.to_be_bytes());
        SeededRandom { seed: s, block: 0 }
    }
}

#[cfg(test)]
impl RandomSource for SeededRandom {
    fn fill(&mut self, dest: &mut [u8]) -> Result<(), RngError> {
        for chunk in dest.chunks_mut(32) {
            let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
            ctx.update(&self.seed);
            ctx.update(&self.block.to_be_bytes());
            self.block += 1;
            let d = ctx.finish();
            chunk.copy_from_slice(&d.as_ref()[..chunk.len()]);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_output_depends_on_the_seed_only() {
        let draw = |seed| {
            let mut r = SeededRandom::new(seed);
            let mut a = [0u8; 40];
            let mut b = [0u8; 7];
            r.fill(&mut a).expect("fill");
            r.fill(&mut b).expect("fill");
            (a, b)
        };
        assert_eq!(draw(1), draw(1));
        assert_ne!(draw(1), draw(2));
        let (a, b) = draw(1);
        assert_ne!(a[..7], b[..], "successive draws differ");
    }

    #[test]
    fn system_random_fills() {
        let mut r = ring::rand::SystemRandom::new();
        let mut a = [0u8; 32];
        r.fill(&mut a).expect("fill");
        assert_ne!(a, [0u8; 32]);
    }
}
