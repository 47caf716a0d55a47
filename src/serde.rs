//! Serde support: a status code is its integer on the wire, or, field by
//! field, its name or its digits as a string.
//!
//! With the `serde` feature, [`StatusCode`] and [`AnyStatusCode`] implement
//! `Serialize` and `Deserialize` as the integer, `404`: the form of the
//! `status` member of RFC 9457 problem details and of most APIs. The modules
//! here give the two other forms in common use, for
//! `#[serde(with = "...")]` on a field:
//!
//! | field | attribute | JSON |
//! | --- | --- | --- |
//! | `StatusCode` | (none) | `404` |
//! | `StatusCode` | `#[serde(with = "statuscode::serde::name")]` | `"NOT_FOUND"` |
//! | `Option<StatusCode>` | `#[serde(with = "statuscode::serde::name::option")]` | `"NOT_FOUND"` or `null` |
//! | `StatusCode` | `#[serde(with = "statuscode::serde::string")]` | `"404"` |
//! | `Option<StatusCode>` | `#[serde(with = "statuscode::serde::string::option")]` | `"404"` or `null` |
//!
//! Every form is strict both ways: it writes exactly one spelling per code
//! and reads back that spelling alone. A number nobody registered, a name in
//! the wrong case, a string with a space or a fourth digit are all errors
//! that name the offending value.
//!
//! # Examples
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use statuscode::StatusCode;
//!
//! #[derive(Debug, PartialEq, Serialize, Deserialize)]
//! struct ErrorBody {
//!     #[serde(with = "statuscode::serde::name")]
//!     error: StatusCode,
//!     status: StatusCode,
//!     message: String,
//! }
//!
//! let body = ErrorBody {
//!     error: StatusCode::Conflict,
//!     status: StatusCode::Conflict,
//!     message: "the order was changed by someone else".into(),
//! };
//! let json = serde_json::to_string(&body)?;
//! assert_eq!(
//!     json,
//!     r#"{"error":"CONFLICT","status":409,"message":"the order was changed by someone else"}"#
//! );
//! assert_eq!(serde_json::from_str::<ErrorBody>(&json)?, body);
//!
//! let error = serde_json::from_str::<ErrorBody>(
//!     r#"{"error":"Conflict","status":409,"message":""}"#,
//! )
//! .unwrap_err();
//! assert_eq!(
//!     error.to_string(),
//!     r#""Conflict" is not the name of a registered HTTP status code (names are upper case: "CONFLICT") at line 1 column 19"#
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::error::{OutOfRange, Unregistered};
use crate::{AnyStatusCode, StatusCode};

pub mod name;
pub mod string;

/// Serializes the code as its integer, exactly as a `u16` would be.
///
/// That includes map keys: as the key of a JSON object a code is written
/// `"404"`, like a `u16` key, and read back the same way.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(serde_json::to_string(&StatusCode::Conflict)?, "409");
/// # Ok::<(), serde_json::Error>(())
/// ```
impl Serialize for StatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

/// Deserializes a registered code from an integer.
///
/// Any integer type is accepted and checked by value, never cast, so 65736
/// is an error and not 200. Unregistered numbers, negative numbers and
/// numbers outside `100..=599` are errors that name the value; floats,
/// strings, booleans, null and sequences are errors that say an integer was
/// expected.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let code: StatusCode = serde_json::from_str("429")?;
/// assert_eq!(code, StatusCode::TooManyRequests);
///
/// let error = serde_json::from_str::<StatusCode>("65736").unwrap_err();
/// assert!(error.to_string().starts_with("65736 is not a registered HTTP status code"));
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<StatusCode, D::Error> {
        deserializer.deserialize_u16(IntegerVisitor(PhantomData))
    }
}

impl FromInteger for StatusCode {
    const EXPECTING: &'static str = "an integer HTTP status code such as 404";

    fn from_integer<T, E>(value: T) -> Result<StatusCode, E>
    where
        T: Copy + fmt::Display + TryInto<u16>,
        E: de::Error,
    {
        match value.try_into() {
            Ok(code) => StatusCode::from_u16(code).map_err(E::custom),
            Err(_) => Err(E::custom(Unregistered { value, class: None })),
        }
    }
}

/// Serializes the code as its integer, exactly as a `u16` would be, whether
/// it is registered or not.
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// assert_eq!(serde_json::to_string(&AnyStatusCode::from_u16(499)?)?, "499");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Serialize for AnyStatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

/// Deserializes any code from 100 to 999 from an integer.
///
/// As for [`StatusCode`], any integer type is accepted and checked by value,
/// never cast: 65935 is an error, not 399. A number outside `100..=999` is an
/// error that names it; any other type is an error that says an integer was
/// expected.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// let code: AnyStatusCode = serde_json::from_str("499")?;
/// assert_eq!(code.as_u16(), 499);
/// let code: AnyStatusCode = serde_json::from_str("404")?;
/// assert_eq!(code.known(), Some(StatusCode::NotFound));
///
/// let error = serde_json::from_str::<AnyStatusCode>("1000").unwrap_err();
/// assert!(error.to_string().starts_with("1000 is outside the range of HTTP status codes"));
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de> Deserialize<'de> for AnyStatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<AnyStatusCode, D::Error> {
        deserializer.deserialize_u16(IntegerVisitor(PhantomData))
    }
}

impl FromInteger for AnyStatusCode {
    const EXPECTING: &'static str = "an integer HTTP status code from 100 to 999";

    fn from_integer<T, E>(value: T) -> Result<AnyStatusCode, E>
    where
        T: Copy + fmt::Display + TryInto<u16>,
        E: de::Error,
    {
        match value.try_into() {
            Ok(code) => AnyStatusCode::from_u16(code).map_err(E::custom),
            Err(_) => Err(E::custom(OutOfRange { value })),
        }
    }
}

/// A type read from an integer of any width, checked by its value.
trait FromInteger: Sized {
    /// What the visitor says it expected, when the value is not an integer.
    const EXPECTING: &'static str;

    /// The value, looked up by its number; never cast.
    fn from_integer<T, E>(value: T) -> Result<Self, E>
    where
        T: Copy + fmt::Display + TryInto<u16>,
        E: de::Error;
}

/// The visitor of both integer forms.
struct IntegerVisitor<C>(PhantomData<C>);

impl<C: FromInteger> Visitor<'_> for IntegerVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(C::EXPECTING)
    }

    // The narrower integer types default to these four.
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<C, E> {
        C::from_integer(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<C, E> {
        C::from_integer(value)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<C, E> {
        C::from_integer(value)
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<C, E> {
        C::from_integer(value)
    }
}
