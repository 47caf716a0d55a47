//! `Display` for the public types that have a text form.

use core::fmt;

use crate::{StatusClass, StatusCode};

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
