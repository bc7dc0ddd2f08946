//! The errors of the onboarding operations: one enum per operation.

use super::base38::Base38Error;
use super::passcode::PasscodeError;
use super::tlv::TlvError;
use super::Discriminator;

/// Why a text is not a Matter onboarding payload ([`super::SetupPayload::parse`]).
///
/// Indices count characters of the input after surrounding whitespace is
/// trimmed. [`ParseError::is_incomplete`] tells input that was cut short
/// from input that is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// Nothing but whitespace.
    #[error("empty onboarding code")]
    Empty,
    /// Neither `MT:` nor a digit at the start.
    #[error("not an onboarding code: expected a QR payload starting with \"MT:\" or an 11- or 21-digit manual pairing code")]
    BadPrefix,
    /// Several `*`-separated QR payloads.
    #[error("concatenated QR payloads ({count} payloads separated by '*') are not supported")]
    ConcatenatedNotSupported {
        /// How many payloads.
        count: usize,
    },
    /// A character outside the base38 alphabet in a QR payload.
    #[error("character {ch:?} at index {index} is not base38 (0-9, A-Z, '-', '.')")]
    BadBase38Char {
        /// Character index in the input.
        index: usize,
        /// The character.
        ch: char,
    },
    /// A base38 chunk whose value does not fit in its bytes.
    #[error("base38 chunk at index {index} is too large for {bytes} byte(s)")]
    Base38Overflow {
        /// Character index of the chunk in the input.
        index: usize,
        /// Bytes the chunk stands for.
        bytes: usize,
    },
    /// A length no onboarding code has: base38 text that does not split
    /// into 5/4/2-character chunks, or a manual code not of 11 or 21 digits.
    #[error("bad length {len}: expected {expected}")]
    BadLength {
        /// Characters (base38) or digits (manual code).
        len: usize,
        /// What would be valid.
        expected: &'static str,
    },
    /// Incomplete: a QR payload shorter than its 11 fixed bytes.
    #[error("QR payload truncated: {have} bytes, the fixed part needs {need}")]
    Truncated {
        /// Bytes decoded.
        have: usize,
        /// Bytes needed.
        need: usize,
    },
    /// The 4 padding bits of a QR payload are not zero.
    #[error("QR payload padding bits are not zero (0x{0:x})")]
    NonZeroPadding(u8),
    /// A payload version other than 0 (a format this code does not know).
    #[error("unsupported onboarding payload version {0} (only 0 is defined)")]
    UnsupportedVersion(u8),
    /// The passcode breaks the rules.
    #[error("invalid passcode: {0}")]
    InvalidPasscode(#[from] PasscodeError),
    /// The QR payload's optional TLV data is incomplete or malformed.
    #[error("QR payload optional data: {0}")]
    Tlv(#[from] TlvError),
    /// A character that is neither a digit nor a separator in a manual code.
    #[error("character {ch:?} at index {index} is not a digit")]
    BadDigit {
        /// Character index in the input.
        index: usize,
        /// The character.
        ch: char,
    },
    /// The Verhoeff check digit does not match.
    #[error("wrong check digit {got} (expected {expected}): the code was mistyped")]
    BadCheckDigit {
        /// The check digit of the other digits.
        expected: u8,
        /// The last digit of the input.
        got: u8,
    },
    /// The first digit of a manual code has its version bit set (8 or 9).
    #[error("manual pairing code starting with {0} uses an unsupported version (first digit must be 0-7)")]
    UnsupportedManualVersion(u8),
    /// The VID/PID flag of the first digit disagrees with the length.
    #[error("a {len}-digit manual code whose first digit says VID/PID {}", if *.len == 11 { "present (expected 21 digits)" } else { "absent (expected 11 digits)" })]
    VidPidFlagMismatch {
        /// Digits in the code.
        len: usize,
    },
    /// A group of digits of a manual code above what its bits can hold.
    #[error("manual code {field} value {value} is above {max}")]
    ManualFieldOutOfRange {
        /// `"discriminator/passcode"` (digits 2-6), `"passcode"` (digits 7-10), `"vendor id"`, `"product id"`.
        field: &'static str,
        /// The value read.
        value: u32,
        /// The largest valid value.
        max: u32,
    },
}

impl ParseError {
    /// Whether the input looks cut short rather than wrong.
    pub fn is_incomplete(&self) -> bool {
        match self {
            ParseError::Truncated { .. } => true,
            ParseError::Tlv(e) => e.is_incomplete(),
            _ => false,
        }
    }

    /// Maps a base38 error of the text starting at character `offset`.
    pub(crate) fn from_base38(e: Base38Error, offset: usize) -> ParseError {
        match e {
            Base38Error::BadChar { index, ch } => ParseError::BadBase38Char {
                index: index + offset,
                ch,
            },
            Base38Error::BadLength { len } => ParseError::BadLength {
                len,
                expected: "base38 text splitting into chunks of 5, 4 or 2 characters",
            },
            Base38Error::ChunkOverflow { index, bytes } => ParseError::Base38Overflow {
                index: index + offset,
                bytes,
            },
        }
    }
}

/// Why a payload cannot be written as a QR code ([`super::SetupPayload::to_qr`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QrEncodeError {
    /// Version other than 0.
    #[error("unsupported onboarding payload version {0} (only 0 is defined)")]
    UnsupportedVersion(u8),
    /// The QR code always carries a VID and a PID.
    #[error("a QR code needs a vendor id and a product id")]
    QrNeedsVidPid,
    /// The QR code always carries the discovery capabilities.
    #[error("a QR code needs the discovery capabilities (rendezvous)")]
    QrNeedsRendezvous,
    /// The QR code carries the 12-bit discriminator.
    #[error("a QR code needs the long (12-bit) discriminator, not a short one")]
    QrNeedsLongDiscriminator,
    /// The discriminator does not fit its bits.
    #[error("discriminator {0:?} is out of range (long: 0..=4095, short: 0..=15)")]
    DiscriminatorOutOfRange(Discriminator),
    /// `CommissioningFlow::Other` holding something else than the reserved 3.
    #[error("commissioning flow {0} is not the reserved value 3")]
    InvalidFlow(u8),
    /// [`super::SetupPayload::emit_qr_bits`] got a buffer of the wrong size.
    #[error("QR payload buffer of {have} bytes, the payload needs {need}")]
    BufferSize {
        /// Bytes given.
        have: usize,
        /// Bytes needed ([`super::SetupPayload::qr_bytes_len`]).
        need: usize,
    },
}

/// Why a payload cannot be written as a manual pairing code
/// ([`super::SetupPayload::to_manual`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ManualEncodeError {
    /// Version other than 0.
    #[error("unsupported onboarding payload version {0} (only 0 is defined)")]
    UnsupportedVersion(u8),
    /// A non-standard flow makes a 21-digit code, which carries VID and PID.
    #[error("a non-standard commissioning flow needs a 21-digit manual code, which needs a vendor id and a product id")]
    ManualCodeNeedsVidPid,
    /// The discriminator does not fit its bits.
    #[error("discriminator {0:?} is out of range (long: 0..=4095, short: 0..=15)")]
    DiscriminatorOutOfRange(Discriminator),
}
