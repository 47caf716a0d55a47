//! `FromStr` for [`StatusCode`] and [`AnyStatusCode`]: exactly three ASCII
//! digits, then the type's own check.

use core::str::FromStr;

use crate::error::ParseErrorKind;
use crate::{AnyStatusCode, ParseStatusCodeError, StatusCode};

/// The number written as exactly three ASCII digits, the `3DIGIT` of the
/// status line ([RFC 9112, Section 4]).
///
/// [RFC 9112, Section 4]: https://www.rfc-editor.org/rfc/rfc9112.html#section-4
fn three_digits(s: &str) -> Result<u16, ParseStatusCodeError> {
    // The input a server or client meets, on a straight path.
    if let &[hundreds, tens, units] = s.as_bytes() {
        let digits = [hundreds, tens, units].map(|byte| byte.wrapping_sub(b'0'));
        if let [0..=9, 0..=9, 0..=9] = digits {
            let [hundreds, tens, units] = digits.map(u16::from);
            return Ok(hundreds * 100 + tens * 10 + units);
        }
    }
    Err(invalid(s))
}

/// Parses exactly three ASCII digits that name a registered code.
///
/// This is the status-code grammar of HTTP/1.1 (`3DIGIT`, [RFC 9112,
/// Section 4]) with the registry on top. Anything else is an error: a sign,
/// white space, a fourth digit (`"0404"`), a non-ASCII digit, or a number
/// nobody registered (`"499"`).
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!("404".parse(), Ok(StatusCode::NotFound));
/// for bad in [" 404", "0404", "+404", "4O4", "499", ""] {
///     assert!(bad.parse::<StatusCode>().is_err(), "{bad:?}");
/// }
/// ```
///
/// [RFC 9112, Section 4]: https://www.rfc-editor.org/rfc/rfc9112.html#section-4
impl FromStr for StatusCode {
    type Err = ParseStatusCodeError;

    fn from_str(s: &str) -> Result<StatusCode, ParseStatusCodeError> {
        Ok(StatusCode::from_u16(three_digits(s)?)?)
    }
}

/// Parses exactly three ASCII digits from `100` to `999`, registered or
/// not.
///
/// The rules are those of `str::parse::<StatusCode>()` without the registry:
/// no sign, no white space, no fourth digit, and no number below 100.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// let code: AnyStatusCode = "499".parse()?;
/// assert_eq!(code.as_u16(), 499);
/// assert_eq!("404".parse::<AnyStatusCode>()?, StatusCode::NotFound);
/// for bad in [" 499", "0499", "+499", "4x9", "099", ""] {
///     assert!(bad.parse::<AnyStatusCode>().is_err(), "{bad:?}");
/// }
/// # Ok::<(), statuscode::ParseStatusCodeError>(())
/// ```
impl FromStr for AnyStatusCode {
    type Err = ParseStatusCodeError;

    fn from_str(s: &str) -> Result<AnyStatusCode, ParseStatusCodeError> {
        Ok(AnyStatusCode::from_u16(three_digits(s)?)?)
    }
}

/// Why `s`, which is not three ASCII digits, is not a status code.
#[cold]
fn invalid(s: &str) -> ParseStatusCodeError {
    if s.is_empty() {
        return ParseStatusCodeError::new(ParseErrorKind::Empty);
    }
    if let Some((index, found)) = s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        return ParseStatusCodeError::new(ParseErrorKind::InvalidCharacter { found, index });
    }
    // Only ASCII digits are left, one byte each.
    ParseStatusCodeError::new(ParseErrorKind::WrongLength { digits: s.len() })
}
