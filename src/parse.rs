//! `FromStr` for [`StatusCode`]: exactly three ASCII digits, registered.

use core::str::FromStr;

use crate::error::ParseErrorKind;
use crate::{ParseStatusCodeError, StatusCode};

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
        // The input a server or client meets: three ASCII digits.
        if let &[hundreds, tens, units] = s.as_bytes() {
            let digits = [hundreds, tens, units].map(|byte| byte.wrapping_sub(b'0'));
            if let [0..=9, 0..=9, 0..=9] = digits {
                let [hundreds, tens, units] = digits.map(u16::from);
                return Ok(StatusCode::from_u16(hundreds * 100 + tens * 10 + units)?);
            }
        }
        Err(invalid(s))
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
