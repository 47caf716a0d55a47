//! The `http` feature: conversions with `http::StatusCode`, the type that
//! hyper, axum, reqwest and tower speak.
//!
//! `http::StatusCode` holds any number from 100 to 999, exactly the range of
//! [`AnyStatusCode`], so those two convert both ways without failure. A
//! [`StatusCode`] always converts to `http::StatusCode`; the way back fails
//! for an unregistered number, with an error that keeps it.

use crate::{AnyStatusCode, StatusCode, UnknownStatusCode};

/// The `http::StatusCode` with the same number.
///
/// `http::StatusCode` has no infallible constructor from a number, but it
/// accepts all of `100..=999`, which holds every code this crate can
/// represent; the tests convert each of them.
fn to_http(number: u16) -> http::StatusCode {
    http::StatusCode::from_u16(number).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The same code as an `http::StatusCode`, to hand to hyper, axum or
/// reqwest.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let code = http::StatusCode::from(StatusCode::TooManyRequests);
/// assert_eq!(code, http::StatusCode::TOO_MANY_REQUESTS);
/// ```
impl From<StatusCode> for http::StatusCode {
    fn from(code: StatusCode) -> http::StatusCode {
        to_http(code.as_u16())
    }
}

/// The registered code with the same number.
///
/// # Errors
///
/// When the number is not registered, including 600 to 999, which
/// `http::StatusCode` accepts; the error keeps the number.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(StatusCode::try_from(http::StatusCode::CONFLICT), Ok(StatusCode::Conflict));
///
/// let nginx = http::StatusCode::from_u16(499)?;
/// assert_eq!(StatusCode::try_from(nginx).unwrap_err().code(), 499);
/// # Ok::<(), http::status::InvalidStatusCode>(())
/// ```
impl TryFrom<http::StatusCode> for StatusCode {
    type Error = UnknownStatusCode;

    fn try_from(code: http::StatusCode) -> Result<StatusCode, UnknownStatusCode> {
        StatusCode::from_u16(code.as_u16())
    }
}

/// The same code as an `http::StatusCode`; never fails.
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// let code = http::StatusCode::from(AnyStatusCode::from_u16(499)?);
/// assert_eq!(code.as_u16(), 499);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl From<AnyStatusCode> for http::StatusCode {
    fn from(code: AnyStatusCode) -> http::StatusCode {
        to_http(code.as_u16())
    }
}

/// Any `http::StatusCode`, registered or not; never fails, since both types
/// hold exactly `100..=999`.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// let received = AnyStatusCode::from(http::StatusCode::NOT_FOUND);
/// assert_eq!(received.known(), Some(StatusCode::NotFound));
///
/// let received = AnyStatusCode::from(http::StatusCode::from_u16(520)?);
/// assert_eq!(received.as_u16(), 520);
/// assert!(received.is_server_error());
/// # Ok::<(), http::status::InvalidStatusCode>(())
/// ```
impl From<http::StatusCode> for AnyStatusCode {
    fn from(code: http::StatusCode) -> AnyStatusCode {
        AnyStatusCode::from_u16(code.as_u16())
            .unwrap_or(AnyStatusCode::from(StatusCode::InternalServerError))
    }
}
