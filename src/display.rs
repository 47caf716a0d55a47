//! `Display` for the public types that have a text form.

use core::fmt;

use crate::{AnyStatusCode, RetryCondition, StatusClass, StatusCode};

/// Writes the code and its reason phrase, `404 Not Found`, as they appear
/// after the version in an HTTP/1.1 status line.
///
/// Width, fill, alignment and precision apply to the whole text, as for a
/// string.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
/// assert_eq!(format!("{:>15}|", StatusCode::NotFound), "  404 Not Found|");
/// assert_eq!(format!("{:-<15}|", StatusCode::NotFound), "404 Not Found--|");
/// ```
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code_and_phrase())
    }
}

/// Writes the class in lower case: `informational`, `success`,
/// `redirection`, `client error` or `server error`. Width, fill and
/// alignment apply.
///
/// # Examples
///
/// ```
/// use statuscode::StatusClass;
///
/// assert_eq!(StatusClass::ClientError.to_string(), "client error");
/// assert_eq!(format!("[{:^14}]", StatusClass::ServerError), "[ server error ]");
/// ```
impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// Writes a registered code as [`StatusCode`] does, `404 Not Found`, and any
/// other code as its three digits alone, `499`: there is no reason phrase
/// to write. Width, fill and alignment apply to the whole text.
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// assert_eq!(AnyStatusCode::from_u16(404)?.to_string(), "404 Not Found");
/// assert_eq!(AnyStatusCode::from_u16(499)?.to_string(), "499");
/// assert_eq!(format!("[{:<5}]", AnyStatusCode::from_u16(499)?), "[499  ]");
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl fmt::Display for AnyStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.known() {
            return fmt::Display::fmt(&code, f);
        }
        let number = self.as_u16();
        // The number's three digits as ASCII, so that `pad` treats them as
        // text, as it does a phrase. A digit is below 10, so its value is
        // its low byte.
        let digit = |place: u16| b'0' + (number / place % 10).to_le_bytes()[0];
        let digits = [digit(100), digit(10), digit(1)];
        // Always ASCII, so always UTF-8.
        core::str::from_utf8(&digits).map_or(Err(fmt::Error), |text| f.pad(text))
    }
}

/// Writes the condition as a short phrase that completes "retry ...":
/// `unchanged, after a delay`, `only over a different connection` or
/// `only after the TLS handshake has completed, not in early data`. Width,
/// fill and alignment apply.
///
/// # Examples
///
/// ```
/// use statuscode::RetryCondition;
///
/// assert_eq!(RetryCondition::OnAnotherConnection.to_string(), "only over a different connection");
/// assert_eq!(format!("[{:<26}]", RetryCondition::Unchanged), "[unchanged, after a delay  ]");
/// ```
impl fmt::Display for RetryCondition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.phrase())
    }
}
