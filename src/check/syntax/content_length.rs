//! `Content-Length = 1*DIGIT` ([RFC 9110, Section 8.6]).
//!
//! [RFC 9110, Section 8.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.6

use super::{Cursor, SyntaxError, expect_u64};

/// Parses a `Content-Length` value ([RFC 9110, Section 8.6]), after
/// trimming the OWS around it: one decimal number, and nothing else.
///
/// The list form `42, 42`, which a recipient may repair, is an error: a
/// sender must not generate it. So is a number larger than a `u64`, which
/// no content can have on a real machine.
///
/// # Errors
///
/// "a digit" where a digit was wanted (at byte 2 of `42, 42`, at the start
/// of `+1` or of an empty value), and "a number no larger than
/// 18446744073709551615" at the start of a number too large.
///
/// [RFC 9110, Section 8.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.6
pub(crate) fn content_length(value: &[u8]) -> Result<u64, SyntaxError> {
    // The common case: digits alone, too few to overflow.
    if !value.is_empty() && value.len() <= PLAIN_DIGITS {
        let (length, digits) = value.iter().fold((0_u64, true), |(length, digits), &byte| {
            let digit = byte.wrapping_sub(b'0');
            (
                length.wrapping_mul(10).wrapping_add(u64::from(digit)),
                digits && digit <= 9,
            )
        });
        if digits {
            return Ok(length);
        }
    }
    let mut cursor = Cursor::trimmed(value);
    let length = expect_u64(&mut cursor, "a digit")?;
    cursor.finish("a digit")?;
    Ok(length)
}

/// How many digits make a number below `u64::MAX` whatever they are.
const PLAIN_DIGITS: usize = 19;

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    #[test]
    fn valid_values() {
        let cases: [(&[u8], u64); 8] = [
            (b"3495", 3495),
            (b"9999999999999999999", 9_999_999_999_999_999_999),
            (b"09999999999999999999", 9_999_999_999_999_999_999),
            (b"10000000000000000000", 10_000_000_000_000_000_000),
            (b"0", 0),
            (b"\t 0042 ", 42),
            (b"18446744073709551615", u64::MAX),
            (b"000000000000000000000000018446744073709551615", u64::MAX),
        ];
        for (value, expected) in cases {
            assert_eq!(
                content_length(value),
                Ok(expected),
                "{}",
                value.escape_ascii()
            );
        }
    }

    #[test]
    fn invalid_values() {
        let too_large = "a number no larger than 18446744073709551615";
        let cases: [(&[u8], usize, &str); 9] = [
            (b"42, 42", 2, "a digit"),
            (b"42,42", 2, "a digit"),
            (b"+1", 0, "a digit"),
            (b"-1", 0, "a digit"),
            (b"", 0, "a digit"),
            (b" ", 1, "a digit"),
            (b"1e3", 1, "a digit"),
            (b" 18446744073709551616", 1, too_large),
            (b"99999999999999999999999", 0, too_large),
        ];
        refused(&cases, content_length);
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = content_length(&value);
        }

        #[test]
        fn every_u64_parses(length in any::<u64>()) {
            prop_assert_eq!(content_length(length.to_string().as_bytes()), Ok(length));
        }

        #[test]
        fn what_parses_is_digits(value in "[0-9 ,+]{0,24}") {
            let digits = value.trim_matches(' ');
            let expected = (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse::<u64>().ok())
                .flatten();
            prop_assert_eq!(content_length(value.as_bytes()).ok(), expected);
        }
    }
}
