//! `Retry-After = HTTP-date / delay-seconds` ([RFC 9110, Section 10.2.3]).
//!
//! [RFC 9110, Section 10.2.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3

use super::date::{HttpDate, http_date};
use super::{Cursor, SyntaxError};

/// A `Retry-After` value: a date, or a number of seconds to wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RetryAfter {
    /// An HTTP-date, in any of its three forms.
    Date(HttpDate),
    /// `delay-seconds = 1*DIGIT`, saturated at `u64::MAX`: the grammar
    /// sets no limit, so a larger number is not an error.
    Seconds(u64),
}

/// Parses a `Retry-After` value ([RFC 9110, Section 10.2.3]), after
/// trimming the OWS around it.
///
/// A value that starts with a digit is read as `delay-seconds`; one that
/// starts with a letter as an HTTP-date.
///
/// # Errors
///
/// Where the value stops matching: "a digit" at byte 1 of `5 minutes`,
/// `-5` and `1.5`; "a number of seconds or an HTTP-date" at the start of an
/// empty value; the errors of [`http_date`] for a date.
///
/// [RFC 9110, Section 10.2.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3
pub(crate) fn retry_after(value: &[u8]) -> Result<RetryAfter, SyntaxError> {
    let mut cursor = Cursor::trimmed(value);
    match cursor.peek() {
        Some(b'0'..=b'9') => {
            let seconds = cursor.digits().value;
            cursor.finish("a digit")?;
            Ok(RetryAfter::Seconds(seconds))
        }
        Some(byte) if byte.is_ascii_alphabetic() => http_date(value).map(RetryAfter::Date),
        _ => Err(cursor.error("a number of seconds or an HTTP-date")),
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    #[test]
    fn valid_values() {
        assert_eq!(retry_after(b"120"), Ok(RetryAfter::Seconds(120)));
        assert_eq!(retry_after(b" 0\t"), Ok(RetryAfter::Seconds(0)));
        assert_eq!(retry_after(b"007"), Ok(RetryAfter::Seconds(7)));
        assert_eq!(
            retry_after(b"18446744073709551615"),
            Ok(RetryAfter::Seconds(u64::MAX))
        );
        assert_eq!(
            retry_after(b"99999999999999999999999999"),
            Ok(RetryAfter::Seconds(u64::MAX))
        );
        let date = retry_after(b"Fri, 31 Dec 1999 23:59:59 GMT");
        assert_eq!(
            date,
            http_date(b"Fri, 31 Dec 1999 23:59:59 GMT").map(RetryAfter::Date)
        );
        assert!(date.is_ok());
    }

    #[test]
    fn invalid_values() {
        let cases: [(&[u8], usize, &str); 9] = [
            (b"5 minutes", 1, "a digit"),
            (b"1.5", 1, "a digit"),
            (b"-5", 0, "a number of seconds or an HTTP-date"),
            (b"+5", 0, "a number of seconds or an HTTP-date"),
            (b"", 0, "a number of seconds or an HTTP-date"),
            (b"  ", 2, "a number of seconds or an HTTP-date"),
            (b"120, 120", 3, "a digit"),
            (
                b" sun, 06 Nov 1994 08:49:37 GMT",
                1,
                "a day name such as Sun",
            ),
            (b"Fri, 31 Dec 1999 23:59:59", 25, "a space after the time"),
        ];
        refused(&cases, retry_after);
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = retry_after(&value);
        }

        #[test]
        fn delay_seconds_parse(seconds in any::<u64>(), zeros in 0..3_usize) {
            let text = format!("{}{seconds}", "0".repeat(zeros));
            prop_assert_eq!(retry_after(text.as_bytes()), Ok(RetryAfter::Seconds(seconds)));
        }
    }
}
