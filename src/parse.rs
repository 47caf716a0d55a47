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
        if s.is_empty() {
            return Err(ParseStatusCodeError::new(ParseErrorKind::Empty));
        }
        if let Some((index, found)) = s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
            return Err(ParseStatusCodeError::new(
                ParseErrorKind::InvalidCharacter { found, index },
            ));
        }
        // Only ASCII digits are left, one byte each.
        let &[hundreds, tens, units] = s.as_bytes() else {
            return Err(ParseStatusCodeError::new(ParseErrorKind::WrongLength {
                digits: s.len(),
            }));
        };
        let digit = |byte: u8| u16::from(byte - b'0');
        let code = digit(hundreds) * 100 + digit(tens) * 10 + digit(units);
        Ok(StatusCode::from_u16(code)?)
    }
}
