//! Enrollment codes (owner bootstrap and invites).
//!
//! A code is 125 random bits written as 25 Crockford base32 characters in
//! groups of five (`7KQ2M-...`), easy to read out and type. Input is
//! normalised before hashing (case, `-` and spaces ignored; `O`->`0`,
//! `I`/`L`->`1`), so a code read aloud or typed by hand still matches.
//!
//! Only `SHA-256(normalised code)` is stored. With 125 bits of entropy a
//! plain hash is enough: there is nothing to brute-force offline, and online
//! guessing is limited by the anomaly detector. Hashes are compared with
//! [`subtle`] against every live code, without early exit.

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::commissioning::rng::{RandomSource, RngError};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a code, without separators.
pub const CODE_CHARS: usize = 25;

/// A freshly generated code, wiped from memory on drop.
pub struct NewCode {
    /// The code as shown to the user.
    pub display: Zeroizing<String>,
    /// Hex SHA-256 of the normalised code.
    pub hash: String,
}

impl std::fmt::Debug for NewCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewCode")
            .field("hash", &self.hash)
            .finish_non_exhaustive()
    }
}

/// Generates a new code.
pub fn generate(rng: &mut dyn RandomSource) -> Result<NewCode, RngError> {
    let mut raw = Zeroizing::new([0u8; CODE_CHARS]);
    rng.fill(raw.as_mut())?;
    let mut display = Zeroizing::new(String::with_capacity(CODE_CHARS + 4));
    for (i, b) in raw.iter().enumerate() {
        if i > 0 && i % 5 == 0 {
            display.push('-');
        }
        display.push(ALPHABET[(b & 31) as usize] as char);
    }
    let hash = hash(&display).unwrap_or_default();
    Ok(NewCode { display, hash })
}

/// Normalises user input; `None` if it cannot be a code (wrong length or
/// characters), so obviously wrong input is refused before any lookup.
pub fn normalise(input: &str) -> Option<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(CODE_CHARS));
    for c in input.chars() {
        let c = match c.to_ascii_uppercase() {
            '-' | ' ' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return None,
        };
        if out.len() == CODE_CHARS {
            return None;
        }
        out.push(c);
    }
    (out.len() == CODE_CHARS).then_some(out)
}

/// Hex SHA-256 of the normalised code; `None` for malformed input.
pub fn hash(input: &str) -> Option<String> {
    let n = normalise(input)?;
    Some(hex::encode(ring::digest::digest(
        &ring::digest::SHA256,
        n.as_bytes(),
    )))
}

/// Constant-time equality of two hex hashes.
pub fn hashes_equal(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_well_formed_and_distinct() {
        let mut rng = ring::rand::SystemRandom::new();
        let a = generate(&mut rng).expect("rng");
        let b = generate(&mut rng).expect("rng");
        assert_eq!(a.display.len(), CODE_CHARS + 4);
        assert_ne!(a.hash, b.hash);
        assert_eq!(hash(&a.display).as_deref(), Some(a.hash.as_str()));
    }

    #[test]
    fn normalisation_forgives_case_separators_and_lookalikes() {
        let mut rng = ring::rand::SystemRandom::new();
        let c = generate(&mut rng).expect("rng");
        let sloppy = c
            .display
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(hash(&sloppy), Some(c.hash.clone()));
    }

    #[test]
    fn malformed_input_is_refused() {
        assert_eq!(hash(""), None);
        assert_eq!(hash("ABC"), None);
        assert_eq!(hash(&"A".repeat(27)), None);
        assert_eq!(
            hash(&format!("{}U", "A".repeat(25))),
            None,
            "U is not in the alphabet"
        );
        assert_eq!(hash(&format!("{}é", "A".repeat(25))), None);
    }

    #[test]
    fn hash_compare() {
        assert!(hashes_equal("abcd", "abcd"));
        assert!(!hashes_equal("abcd", "abce"));
        assert!(!hashes_equal("abcd", "abc"));
    }
}
