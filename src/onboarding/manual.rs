//! The manual pairing code: a checked view over its digits.
//!
//! | digits | value | bits |
//! |---|---|---|
//! | 1 | chunk 1 (0..=7) | bit 3: version (0); bit 2: VID/PID present; bits 1..0: discriminator bits 11..10 |
//! | 2-6 | chunk 2 (0..=65535) | bits 15..14: discriminator bits 9..8; bits 13..0: passcode bits 13..0 |
//! | 7-10 | chunk 3 (0..=8191) | passcode bits 26..14 |
//! | 11-15 | vendor id (21-digit codes only) | |
//! | 16-20 | product id (21-digit codes only) | |
//! | last | Verhoeff check digit of the others | |
//!
//! Each chunk is written in decimal, zero-padded to its width.

use super::error::ParseError;
use super::verhoeff;

/// Digits of a code without VID/PID.
pub const SHORT_LEN: usize = 11;
/// Digits of a code with VID/PID.
pub const LONG_LEN: usize = 21;

/// Largest chunk 2 value (16 bits).
pub const CHUNK2_MAX: u32 = 0xffff;
/// Largest chunk 3 value (13 bits).
pub const CHUNK3_MAX: u32 = 0x1fff;

/// A view over the ASCII digits of a manual pairing code (no separators).
///
/// [`ManualCodeDigits::new_checked`] checks the characters, the length,
/// the check digit, the version bit and the VID/PID flag; chunk ranges and
/// the passcode are checked by [`super::SetupPayload::from_manual_digits`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManualCodeDigits<T: AsRef<[u8]>> {
    digits: T,
}

impl<T: AsRef<[u8]>> ManualCodeDigits<T> {
    /// Checks and wraps `digits`.
    pub fn new_checked(digits: T) -> Result<ManualCodeDigits<T>, ParseError> {
        let d = digits.as_ref();
        if let Some((index, &b)) = d.iter().enumerate().find(|(_, b)| !b.is_ascii_digit()) {
            return Err(ParseError::BadDigit {
                index,
                ch: char::from(b),
            });
        }
        let len = d.len();
        if len != SHORT_LEN && len != LONG_LEN {
            return Err(ParseError::BadLength {
                len,
                expected: "11 or 21 digits",
            });
        }
        let values: Vec<u8> = d.iter().map(|b| b - b'0').collect();
        let (body, got) = values.split_at(len - 1);
        let expected = verhoeff::check_digit(body).unwrap_or(0);
        if expected != got[0] {
            return Err(ParseError::BadCheckDigit {
                expected,
                got: got[0],
            });
        }
        let view = ManualCodeDigits { digits };
        let first = view.chunk1();
        if first > 7 {
            return Err(ParseError::UnsupportedManualVersion(first as u8));
        }
        if view.vid_pid_present() != (len == LONG_LEN) {
            return Err(ParseError::VidPidFlagMismatch { len });
        }
        Ok(view)
    }

    /// The wrapped digits.
    pub fn into_inner(self) -> T {
        self.digits
    }

    fn number(&self, start: usize, len: usize) -> u32 {
        self.digits
            .as_ref()
            .iter()
            .skip(start)
            .take(len)
            .fold(0u32, |acc, &b| {
                acc * 10 + u32::from(b.wrapping_sub(b'0') % 10)
            })
    }

    /// Chunk 1: the first digit.
    pub fn chunk1(&self) -> u32 {
        self.number(0, 1)
    }

    /// Chunk 2: digits 2-6.
    pub fn chunk2(&self) -> u32 {
        self.number(1, 5)
    }

    /// Chunk 3: digits 7-10.
    pub fn chunk3(&self) -> u32 {
        self.number(6, 4)
    }

    /// Whether the first digit announces a VID and a PID.
    pub fn vid_pid_present(&self) -> bool {
        self.chunk1() & 0b100 != 0
    }

    /// Digits 11-15 of a 21-digit code.
    pub fn vendor_id(&self) -> Option<u32> {
        (self.digits.as_ref().len() == LONG_LEN).then(|| self.number(10, 5))
    }

    /// Digits 16-20 of a 21-digit code.
    pub fn product_id(&self) -> Option<u32> {
        (self.digits.as_ref().len() == LONG_LEN).then(|| self.number(15, 5))
    }

    /// The 4-bit short discriminator (chunk 1 bits 1..0, chunk 2 bits 15..14).
    pub fn short_discriminator(&self) -> u8 {
        (((self.chunk1() & 0b11) << 2) | ((self.chunk2() >> 14) & 0b11)) as u8
    }

    /// The 27-bit passcode field (chunk 3 above chunk 2's low 14 bits).
    pub fn passcode(&self) -> u32 {
        (self.chunk3() << 14) | (self.chunk2() & 0x3fff)
    }
}

/// Writes the digits of a manual code with its check digit.
pub(crate) fn emit(short_discriminator: u8, passcode: u32, vid_pid: Option<(u16, u16)>) -> String {
    let d = u32::from(short_discriminator & 0xf);
    let chunk1 = (d >> 2) | (u32::from(vid_pid.is_some()) << 2);
    let chunk2 = ((d & 0b11) << 14) | (passcode & 0x3fff);
    let chunk3 = (passcode >> 14) & CHUNK3_MAX;
    let mut s = format!("{chunk1}{chunk2:05}{chunk3:04}");
    if let Some((vid, pid)) = vid_pid {
        s.push_str(&format!("{vid:05}{pid:05}"));
    }
    let values: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
    let check = verhoeff::check_digit(&values).unwrap_or(0);
    s.push(char::from(b'0' + check));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_example() {
        let v = ManualCodeDigits::new_checked(b"34970112332").unwrap();
        assert_eq!((v.chunk1(), v.chunk2(), v.chunk3()), (3, 49701, 1233));
        assert_eq!(v.short_discriminator(), 15);
        assert_eq!(v.passcode(), 20_202_021);
        assert!(!v.vid_pid_present());
        assert_eq!((v.vendor_id(), v.product_id()), (None, None));
        assert_eq!(emit(15, 20_202_021, None), "34970112332");
    }

    #[test]
    fn long_code() {
        let s = emit(15, 20_202_021, Some((0xfff1, 0x8001)));
        assert_eq!(s, "749701123365521327694");
        let v = ManualCodeDigits::new_checked(s.as_bytes()).unwrap();
        assert!(v.vid_pid_present());
        assert_eq!((v.vendor_id(), v.product_id()), (Some(65521), Some(32769)));
    }

    #[test]
    fn view_errors() {
        assert_eq!(
            ManualCodeDigits::new_checked(b"3497x112332"),
            Err(ParseError::BadDigit { index: 4, ch: 'x' })
        );
        assert_eq!(
            ManualCodeDigits::new_checked(b"3497011233"),
            Err(ParseError::BadLength {
                len: 10,
                expected: "11 or 21 digits"
            })
        );
        assert_eq!(
            ManualCodeDigits::new_checked(b"34970112333"),
            Err(ParseError::BadCheckDigit {
                expected: 2,
                got: 3
            })
        );
    }
}
