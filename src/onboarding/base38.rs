//! Base38, the text encoding of the Matter QR code payload.
//!
//! The alphabet is `0-9`, `A-Z`, `-`, `.` (38 characters, all in the QR
//! alphanumeric mode). Bytes are taken in chunks of three; each chunk is
//! read as a little-endian integer and written as base-38 digits, least
//! significant digit first: a 3-byte chunk gives 5 characters, and a last
//! chunk of 2 bytes gives 4 characters, of 1 byte 2 characters.

/// The 38 characters, in digit order.
pub const ALPHABET: &[u8; 38] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.";

/// Why a text is not base38.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Base38Error {
    /// A character outside the alphabet (indices count characters).
    #[error("character {ch:?} at index {index} is not base38 (0-9, A-Z, '-', '.')")]
    BadChar {
        /// Character index in the text.
        index: usize,
        /// The character.
        ch: char,
    },
    /// The length leaves a last chunk of 1 or 3 characters.
    #[error("base38 text of {len} characters does not split into chunks of 5, 4 or 2 characters")]
    BadLength {
        /// Number of characters.
        len: usize,
    },
    /// A chunk's value does not fit in its bytes.
    #[error("base38 chunk at index {index} is too large for {bytes} byte(s)")]
    ChunkOverflow {
        /// Character index of the chunk's first character.
        index: usize,
        /// Bytes the chunk stands for.
        bytes: usize,
    },
}

/// Characters that `n` bytes encode to.
pub fn encoded_len(n: usize) -> usize {
    n / 3 * 5 + [0, 2, 4][n % 3]
}

/// Characters per chunk of `bytes` bytes (1, 2 or 3).
fn chars_for(bytes: usize) -> usize {
    [0, 2, 4, 5][bytes]
}

/// Encodes bytes as base38.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(encoded_len(bytes.len()));
    for chunk in bytes.chunks(3) {
        let mut value = chunk
            .iter()
            .rev()
            .fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
        for _ in 0..chars_for(chunk.len()) {
            out.push(char::from(ALPHABET[(value % 38) as usize]));
            value /= 38;
        }
    }
    out
}

fn digit_value(ch: char) -> Option<u32> {
    match ch {
        '0'..='9' => Some(ch as u32 - '0' as u32),
        'A'..='Z' => Some(ch as u32 - 'A' as u32 + 10),
        '-' => Some(36),
        '.' => Some(37),
        _ => None,
    }
}

/// Decodes base38 text.
///
/// Every character is checked first (so the first bad character is
/// reported), then the length, then each chunk's range.
pub fn decode(text: &str) -> Result<Vec<u8>, Base38Error> {
    let mut digits = Vec::with_capacity(text.len());
    for (index, ch) in text.chars().enumerate() {
        digits.push(digit_value(ch).ok_or(Base38Error::BadChar { index, ch })?);
    }
    let len = digits.len();
    if matches!(len % 5, 1 | 3) {
        return Err(Base38Error::BadLength { len });
    }
    let mut out = Vec::with_capacity(len / 5 * 3 + 2);
    let mut index = 0;
    while index < len {
        let n_chars = (len - index).min(5);
        let bytes = match n_chars {
            5 => 3,
            4 => 2,
            _ => 1,
        };
        let value = digits[index..index + n_chars]
            .iter()
            .rev()
            .fold(0u32, |acc, &d| acc * 38 + d);
        if value >> (8 * bytes) != 0 {
            return Err(Base38Error::ChunkOverflow { index, bytes });
        }
        out.extend_from_slice(&value.to_le_bytes()[..bytes]);
        index += n_chars;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn chunk_sizes() {
        assert_eq!(encode(&[]), "");
        assert_eq!(encode(&[0]), "00");
        assert_eq!(encode(&[255]), "R6"); // 255 = 6*38 + 27
        assert_eq!(encode(&[0, 0]), "0000");
        assert_eq!(encode(&[0, 0, 0]), "00000");
        assert_eq!(encode(&[0xff, 0xff, 0xff]).len(), 5);
        for n in 0..10 {
            assert_eq!(encode(&vec![7u8; n]).len(), encoded_len(n));
        }
    }

    #[test]
    fn little_endian_least_significant_digit_first() {
        // 0x000001 -> "10000"; 0x000026 (38) -> "01000".
        assert_eq!(encode(&[1, 0, 0]), "10000");
        assert_eq!(encode(&[38, 0, 0]), "01000");
        assert_eq!(encode(&[0, 1, 0]), "S6000"); // 256 = 6*38 + 28
        assert_eq!(decode("01000"), Ok(vec![38, 0, 0]));
        assert_eq!(
            decode(".."),
            Err(Base38Error::ChunkOverflow { index: 0, bytes: 1 })
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            decode("00a00"),
            Err(Base38Error::BadChar { index: 2, ch: 'a' })
        );
        assert_eq!(
            decode("0é"),
            Err(Base38Error::BadChar { index: 1, ch: 'é' })
        );
        assert_eq!(decode("0"), Err(Base38Error::BadLength { len: 1 }));
        assert_eq!(decode("000"), Err(Base38Error::BadLength { len: 3 }));
        assert_eq!(decode("000000"), Err(Base38Error::BadLength { len: 6 }));
        // 5 chars max 38^5-1 > 2^24-1.
        assert_eq!(
            decode("00000....."),
            Err(Base38Error::ChunkOverflow { index: 5, bytes: 3 })
        );
        assert_eq!(
            decode("00000...."),
            Err(Base38Error::ChunkOverflow { index: 5, bytes: 2 })
        );
    }

    proptest! {
        #[test]
        fn round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let text = encode(&bytes);
            prop_assert!(text.bytes().all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(decode(&text), Ok(bytes));
        }

        #[test]
        fn decode_never_panics(s in "\\PC{0,40}") {
            let _ = decode(&s);
        }
    }
}
