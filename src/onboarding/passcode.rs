//! The setup passcode (the secret that PASE proves knowledge of).

use subtle::ConstantTimeEq;
use zeroize::Zeroize;

/// Why a number is not a valid setup passcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PasscodeError {
    /// 0 (00000000) is never valid.
    #[error("the passcode 00000000 is not allowed")]
    Zero,
    /// Above 99999998.
    #[error("the passcode {0} is larger than 99999998")]
    TooLarge(u32),
    /// One of the trivial values the specification forbids.
    #[error("the passcode {0:08} is a forbidden trivial value")]
    Trivial(u32),
}

/// An 8-digit setup passcode: 1..=99999998, none of 11111111, 22222222,
/// ..., 88888888, 12345678, 87654321.
///
/// It never shows in `Debug` output (`Passcode(..)`) and is overwritten with
/// zero when dropped. It is deliberately not `Copy` and has no `Display`:
/// read it with [`Passcode::value`] where it must be shown.
pub struct Passcode(u32);

impl Passcode {
    /// Largest valid passcode.
    pub const MAX: u32 = 99_999_998;

    /// Values the specification forbids besides 0 and those above
    /// [`Passcode::MAX`].
    pub const TRIVIAL: [u32; 10] = [
        11_111_111, 22_222_222, 33_333_333, 44_444_444, 55_555_555, 66_666_666, 77_777_777,
        88_888_888, 12_345_678, 87_654_321,
    ];

    /// Checks `value` against the rules.
    pub fn new(value: u32) -> Result<Passcode, PasscodeError> {
        if value == 0 {
            Err(PasscodeError::Zero)
        } else if value > Self::MAX {
            Err(PasscodeError::TooLarge(value))
        } else if Self::TRIVIAL.contains(&value) {
            Err(PasscodeError::Trivial(value))
        } else {
            Ok(Passcode(value))
        }
    }

    /// The number.
    pub fn value(&self) -> u32 {
        self.0
    }
}

impl Clone for Passcode {
    fn clone(&self) -> Passcode {
        Passcode(self.0)
    }
}

impl PartialEq for Passcode {
    fn eq(&self, other: &Passcode) -> bool {
        self.0.ct_eq(&other.0).into()
    }
}

impl Eq for Passcode {}

impl std::fmt::Debug for Passcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passcode(..)")
    }
}

impl Drop for Passcode {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl TryFrom<u32> for Passcode {
    type Error = PasscodeError;
    fn try_from(value: u32) -> Result<Passcode, PasscodeError> {
        Passcode::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(Passcode::new(0), Err(PasscodeError::Zero));
        assert_eq!(
            Passcode::new(99_999_999),
            Err(PasscodeError::TooLarge(99_999_999))
        );
        assert_eq!(
            Passcode::new(u32::MAX),
            Err(PasscodeError::TooLarge(u32::MAX))
        );
        for t in Passcode::TRIVIAL {
            assert_eq!(Passcode::new(t), Err(PasscodeError::Trivial(t)));
        }
        assert_eq!(Passcode::new(1).map(|p| p.value()), Ok(1));
        assert_eq!(Passcode::new(99_999_998).map(|p| p.value()), Ok(99_999_998));
        assert_eq!(Passcode::new(20_202_021).map(|p| p.value()), Ok(20_202_021));
        assert_eq!(Passcode::new(99_999_999 - 1), Passcode::new(99_999_998));
        assert_ne!(Passcode::new(1), Passcode::new(2));
    }

    #[test]
    fn debug_hides_the_value() {
        let p = Passcode::new(20_202_021).unwrap();
        let shown = format!("{p:?} {:?}", Some(p.clone()));
        assert_eq!(shown, "Passcode(..) Some(Passcode(..))");
        assert!(!shown.contains("20202021"));
    }

    #[test]
    fn error_messages() {
        assert_eq!(
            PasscodeError::Trivial(11_111_111).to_string(),
            "the passcode 11111111 is a forbidden trivial value"
        );
        assert_eq!(
            PasscodeError::Zero.to_string(),
            "the passcode 00000000 is not allowed"
        );
    }
}
