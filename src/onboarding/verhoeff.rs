//! The Verhoeff check digit (decimal, dihedral group D5), as the Matter
//! manual pairing code uses it.
//!
//! Built from the three published tables: the D5 multiplication table, the
//! position permutation (`p[i] = p[1]^i`, period 8) and the inverses. It
//! detects every single-digit error and every swap of adjacent digits.

/// D5 multiplication: `D[j][k]` is `j * k`.
const D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

/// Position permutations: `P[i % 8][digit]`.
const P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// D5 inverses.
const INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/// Folds the digits, rightmost first, starting at position `first`.
fn fold(digits: &[u8], first: usize) -> Option<u8> {
    let mut c = 0u8;
    for (i, &d) in digits.iter().rev().enumerate() {
        let row = P.get((i + first) % 8)?;
        c = D[usize::from(c)][usize::from(*row.get(usize::from(d))?)];
    }
    Some(c)
}

/// The check digit for `digits` (values 0..=9, most significant first);
/// `None` if a value is above 9.
pub fn check_digit(digits: &[u8]) -> Option<u8> {
    fold(digits, 1).map(|c| INV[usize::from(c)])
}

/// Whether the last of `digits` is the Verhoeff check digit of the others;
/// false if a value is above 9 or `digits` is empty.
pub fn is_valid(digits: &[u8]) -> bool {
    !digits.is_empty() && fold(digits, 0) == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn published_examples() {
        // The worked example of the algorithm: 236 -> 3.
        assert_eq!(check_digit(&digits("236")), Some(3));
        assert!(is_valid(&digits("2363")));
        assert!(!is_valid(&digits("2364")));
        // Another common example: 12345 -> 1.
        assert_eq!(check_digit(&digits("12345")), Some(1));
        // The Matter manual code 3497-011-233-2.
        assert_eq!(check_digit(&digits("3497011233")), Some(2));
        assert!(is_valid(&digits("34970112332")));
    }

    #[test]
    fn rejects_non_digits() {
        assert_eq!(check_digit(&[1, 10]), None);
        assert!(!is_valid(&[10, 0]));
        assert!(!is_valid(&[]));
        assert_eq!(check_digit(&[]), Some(0));
    }

    proptest! {
        #[test]
        fn detects_single_errors_and_adjacent_swaps(
            ds in proptest::collection::vec(0u8..10, 1..25),
            pos in any::<prop::sample::Index>(),
            delta in 1u8..10,
        ) {
            let mut full = ds.clone();
            full.push(check_digit(&ds).unwrap());
            prop_assert!(is_valid(&full));
            let i = pos.index(full.len());
            let mut changed = full.clone();
            changed[i] = (changed[i] + delta) % 10;
            prop_assert!(!is_valid(&changed));
            if i + 1 < full.len() && full[i] != full[i + 1] {
                let mut swapped = full.clone();
                swapped.swap(i, i + 1);
                prop_assert!(!is_valid(&swapped));
            }
        }
    }
}
