//! Thread joiner credentials a pairing window may carry: the joiner's id
//! (its EUI-64, or a joiner discerner) and its PSKd, checked once here
//! (parse, don't validate) so that nothing past the edge holds a malformed
//! one.
//!
//! Guarantees:
//! * a [`Pskd`] is 6 to 32 characters of the Thread PSKd alphabet (digits
//!   and upper-case letters but `I`, `O`, `Q`, `Z`: Thread 1.x "Base32-Thread",
//!   the set OpenThread's joiner and commissioner accept);
//! * a [`JoinerId`] is an EUI-64 or a discerner of 1 to 64 bits whose value
//!   fits them; there is no "any joiner" id, so a window can never ask the
//!   commissioner for a wildcard entry;
//! * a [`Pskd`] is a secret: its `Debug` is redacted, it has no `Display`
//!   and no serde, and its bytes are zeroed when it is dropped. The core
//!   keeps it in memory with its window only (never persisted, never
//!   audited) and hands a copy to the Thread service, which drops it when
//!   the window closes.
#![forbid(unsafe_code)]

use std::fmt;

use zeroize::Zeroizing;

use crate::refusal::Refusal;

/// Shortest PSKd (Thread 1.x: 6 characters).
pub const PSKD_MIN: usize = 6;
/// Longest PSKd (Thread 1.x: 32 characters).
pub const PSKD_MAX: usize = 32;
/// Longest joiner discerner, in bits (OpenThread's
/// `OT_JOINER_MAX_DISCERNER_LENGTH`).
pub const DISCERNER_MAX_BITS: u8 = 64;

/// A joiner's pre-shared key (PSKd), validated. A secret (module docs).
#[derive(Clone, PartialEq, Eq)]
pub struct Pskd(Zeroizing<String>);

impl Pskd {
    /// Checks `s` (6-32 characters of `0-9` and `A-Z` but `I`, `O`, `Q`,
    /// `Z`; no case folding: the PSKd is compared byte for byte by the
    /// DTLS handshake).
    pub fn parse(s: &str) -> Result<Pskd, JoinerError> {
        let n = s.chars().count();
        if !(PSKD_MIN..=PSKD_MAX).contains(&n) {
            return Err(JoinerError::PskdLength(n));
        }
        // Never echo the PSKd, not even the offending character.
        if let Some(at) = s.chars().position(|c| !is_pskd_char(c)) {
            return Err(JoinerError::PskdAlphabet { at });
        }
        Ok(Pskd(Zeroizing::new(s.to_owned())))
    }

    /// The PSKd's characters, for the one call that hands it to
    /// OpenThread.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Pskd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pskd(<redacted>)")
    }
}

/// Whether `c` is in the Thread PSKd alphabet.
pub fn is_pskd_char(c: char) -> bool {
    c.is_ascii_digit() || (c.is_ascii_uppercase() && !matches!(c, 'I' | 'O' | 'Q' | 'Z'))
}

/// Which joiner a window admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JoinerId {
    /// The joiner's IEEE EUI-64 (`eui64` on an OpenThread CLI).
    Eui64([u8; 8]),
    /// A joiner discerner: the low `bits` bits of `value`
    /// (`joiner discerner <value>/<bits>` on an OpenThread CLI).
    Discerner {
        /// The discerner value (fits `bits`).
        value: u64,
        /// Its length in bits, 1..=64.
        bits: u8,
    },
}

impl JoinerId {
    /// An EUI-64 from 16 hex digits (either case).
    pub fn parse_eui64(s: &str) -> Result<JoinerId, JoinerError> {
        let bad = || JoinerError::Eui64(s.chars().take(40).collect());
        if s.len() != 16 {
            return Err(bad());
        }
        let v = hex::decode(s).map_err(|_| bad())?;
        let mut eui = [0u8; 8];
        eui.copy_from_slice(&v);
        Ok(JoinerId::Eui64(eui))
    }

    /// A discerner `value` of `bits` bits.
    pub fn discerner(value: u64, bits: u8) -> Result<JoinerId, JoinerError> {
        let fits = match bits {
            0 => false,
            DISCERNER_MAX_BITS => true,
            b if b < DISCERNER_MAX_BITS => value >> b == 0,
            _ => false,
        };
        if !fits {
            return Err(JoinerError::Discerner(format!("{value}/{bits}")));
        }
        Ok(JoinerId::Discerner { value, bits })
    }

    /// A discerner written `<value>/<bits>` (value decimal or `0x` hex),
    /// as OpenThread's CLI takes it.
    pub fn parse_discerner(s: &str) -> Result<JoinerId, JoinerError> {
        let bad = || JoinerError::Discerner(s.chars().take(40).collect());
        let (v, b) = s.split_once('/').ok_or_else(bad)?;
        let value = match v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")) {
            Some(h) => u64::from_str_radix(h, 16),
            None => v.parse(),
        }
        .map_err(|_| bad())?;
        let bits: u8 = b.parse().map_err(|_| bad())?;
        JoinerId::discerner(value, bits).map_err(|_| bad())
    }
}

/// `eui64:<16 hex digits>` or `discerner:0x<hex>/<bits>`: the form in
/// audit records, window listings and logs.
impl fmt::Display for JoinerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JoinerId::Eui64(e) => write!(f, "eui64:{}", hex::encode(e)),
            JoinerId::Discerner { value, bits } => write!(f, "discerner:{value:#x}/{bits}"),
        }
    }
}

/// The Thread joiner a window admits: who, and the PSKd it must prove.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadJoiner {
    /// The joiner.
    pub id: JoinerId,
    /// Its PSKd (a secret).
    pub pskd: Pskd,
}

/// A malformed joiner id or PSKd.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JoinerError {
    /// The PSKd is not 6 to 32 characters long.
    #[error("a PSKd is 6 to 32 characters; this one has {0}")]
    PskdLength(usize),
    /// A character outside the PSKd alphabet.
    #[error(
        "character {} of the PSKd is not a digit or an upper-case letter other than I, O, Q, Z",
        at + 1
    )]
    PskdAlphabet {
        /// Its position (0-based).
        at: usize,
    },
    /// Not 16 hex digits.
    #[error("joiner EUI-64 {0:?} is not 16 hex digits")]
    Eui64(String),
    /// Not `<value>/<bits>` with 1..=64 bits and a value that fits.
    #[error("joiner discerner {0:?} is not <value>/<bits> with 1..=64 bits and a value that fits")]
    Discerner(String),
    /// A PSKd without a joiner id, a joiner id without a PSKd, or both an
    /// EUI-64 and a discerner.
    #[error("a Thread joiner needs exactly one of an EUI-64 or a discerner, and a PSKd")]
    Incomplete,
}

impl JoinerError {
    /// The refusal: its stable code, CoAP code and HTTP status.
    pub fn refusal(&self) -> Refusal {
        match self {
            JoinerError::PskdLength(_) | JoinerError::PskdAlphabet { .. } => Refusal::InvalidPskd,
            JoinerError::Eui64(_) | JoinerError::Discerner(_) | JoinerError::Incomplete => {
                Refusal::InvalidJoinerId
            }
        }
    }

    /// Stable code: `self.refusal().as_str()`.
    pub fn code(&self) -> &'static str {
        self.refusal().as_str()
    }
}

impl ThreadJoiner {
    /// The joiner of a request's optional fields: an EUI-64 (16 hex
    /// digits) or a discerner (`<value>/<bits>`), and a PSKd. `None` when
    /// none is given; refused when only some are, or both ids are.
    pub fn from_parts(
        eui64: Option<&str>,
        discerner: Option<&str>,
        pskd: Option<&str>,
    ) -> Result<Option<ThreadJoiner>, JoinerError> {
        let id = match (eui64, discerner) {
            (None, None) => None,
            (Some(e), None) => Some(JoinerId::parse_eui64(e)?),
            (None, Some(d)) => Some(JoinerId::parse_discerner(d)?),
            (Some(_), Some(_)) => return Err(JoinerError::Incomplete),
        };
        match (id, pskd) {
            (None, None) => Ok(None),
            (Some(id), Some(p)) => Ok(Some(ThreadJoiner {
                id,
                pskd: Pskd::parse(p)?,
            })),
            _ => Err(JoinerError::Incomplete),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pskds_are_checked() {
        for ok in ["J01NME", "000000", "ABCDEFGHJKLMNPRSTUVWXY0123456789"] {
            assert_eq!(Pskd::parse(ok).expect(ok).expose(), ok);
        }
        assert_eq!(Pskd::parse("J01NM"), Err(JoinerError::PskdLength(5)));
        assert_eq!(
            Pskd::parse(&"A".repeat(33)),
            Err(JoinerError::PskdLength(33))
        );
        for (bad, at) in [
            ("J01NMI", 5),
            ("OABCDE", 0),
            ("ABQDEF", 2),
            ("ABCDEZ", 5),
            ("j01nme", 0),
            ("J01 NME", 3),
            ("J01NMÉ", 5),
        ] {
            let e = Pskd::parse(bad).unwrap_err();
            assert_eq!(e, JoinerError::PskdAlphabet { at }, "{bad}");
            assert_eq!(e.code(), "invalid_pskd");
            assert!(!e.to_string().contains(bad), "never echoed: {e}");
        }
    }

    #[test]
    fn a_pskd_never_shows_in_debug() {
        let j = ThreadJoiner {
            id: JoinerId::Eui64([0x18, 0xb4, 0x30, 0, 0, 0, 0, 2]),
            pskd: Pskd::parse("J01NME").expect("valid"),
        };
        let dbg = format!("{j:?}");
        assert!(!dbg.contains("J01NME"), "{dbg}");
        assert!(dbg.contains("redacted"), "{dbg}");
    }

    #[test]
    fn joiner_ids_are_checked() {
        assert_eq!(
            JoinerId::parse_eui64("18B4300000000002").expect("hex"),
            JoinerId::Eui64([0x18, 0xb4, 0x30, 0, 0, 0, 0, 2])
        );
        assert_eq!(
            JoinerId::parse_eui64("18b4300000000002")
                .expect("hex")
                .to_string(),
            "eui64:18b4300000000002"
        );
        for bad in [
            "18b430000000000",
            "18b43000000000022",
            "18b43000000000zz",
            "",
        ] {
            let e = JoinerId::parse_eui64(bad).unwrap_err();
            assert_eq!(e.code(), "invalid_joiner_id", "{bad}");
        }
        let d = JoinerId::parse_discerner("0xabc/12").expect("fits");
        assert_eq!(
            d,
            JoinerId::Discerner {
                value: 0xabc,
                bits: 12
            }
        );
        assert_eq!(d.to_string(), "discerner:0xabc/12");
        assert_eq!(
            JoinerId::parse_discerner("2748/12").expect("decimal"),
            d,
            "decimal and hex agree"
        );
        assert!(JoinerId::parse_discerner(&format!("{}/64", u64::MAX)).is_ok());
        for bad in ["0x1000/12", "1/0", "1/65", "12", "x/3", "1/x", "-1/4"] {
            let e = JoinerId::parse_discerner(bad).unwrap_err();
            assert_eq!(e.code(), "invalid_joiner_id", "{bad}");
        }
    }

    #[test]
    fn a_joiner_needs_one_id_and_a_pskd() {
        let e = Some("18b4300000000002");
        let d = Some("0xabc/12");
        let p = Some("J01NME");
        assert_eq!(ThreadJoiner::from_parts(None, None, None), Ok(None));
        assert!(ThreadJoiner::from_parts(e, None, p).expect("ok").is_some());
        assert!(ThreadJoiner::from_parts(None, d, p).expect("ok").is_some());
        for (e, d, p) in [(e, d, p), (e, None, None), (None, d, None), (None, None, p)] {
            assert_eq!(
                ThreadJoiner::from_parts(e, d, p),
                Err(JoinerError::Incomplete)
            );
        }
        assert_eq!(
            ThreadJoiner::from_parts(e, None, Some("bad")),
            Err(JoinerError::PskdLength(3))
        );
    }
}
