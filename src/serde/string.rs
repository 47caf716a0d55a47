//! A status code as its three digits in a string, `"404"`, for
//! `#[serde(with = "statuscode::serde::string")]`.
//!
//! Some APIs and most configuration formats write the code as a string.
//! Deserializing accepts what `str::parse::<StatusCode>()` accepts: exactly
//! three ASCII digits that name a registered code; no integer, no white
//! space, no sign, no fourth digit.
//!
//! # Examples
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use statuscode::StatusCode;
//!
//! #[derive(Debug, PartialEq, Serialize, Deserialize)]
//! struct Rule {
//!     path: String,
//!     #[serde(with = "statuscode::serde::string")]
//!     status: StatusCode,
//! }
//!
//! let rule = Rule { path: "/old".into(), status: StatusCode::Gone };
//! assert_eq!(serde_json::to_string(&rule)?, r#"{"path":"/old","status":"410"}"#);
//! assert_eq!(serde_json::from_str::<Rule>(r#"{"path":"/old","status":"410"}"#)?, rule);
//! assert!(serde_json::from_str::<Rule>(r#"{"path":"/old","status":410}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

use crate::StatusCode;

/// Serializes the code as a string of its three digits, `"404"`.
///
/// # Errors
///
/// Only those of the serializer.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let mut json = Vec::new();
/// statuscode::serde::string::serialize(
///     &StatusCode::TooManyRequests,
///     &mut serde_json::Serializer::new(&mut json),
/// )?;
/// assert_eq!(json, br#""429""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn serialize<S: Serializer>(code: &StatusCode, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.as_str())
}

/// Deserializes a code from a string of exactly three digits that name a
/// registered code.
///
/// # Errors
///
/// When the value is not a string, or is a string that
/// `str::parse::<StatusCode>()` rejects; the message is the parser's.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let mut json = serde_json::Deserializer::from_str(r#""503""#);
/// assert_eq!(
///     statuscode::serde::string::deserialize(&mut json)?,
///     StatusCode::ServiceUnavailable
/// );
///
/// let mut json = serde_json::Deserializer::from_str(r#""499""#);
/// let error = statuscode::serde::string::deserialize(&mut json).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "499 is not a registered HTTP status code (class: client error) at line 1 column 5"
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<StatusCode, D::Error> {
    deserializer.deserialize_str(DigitsVisitor)
}

struct DigitsVisitor;

impl Visitor<'_> for DigitsVisitor {
    type Value = StatusCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a registered HTTP status code as a string of three digits, such as \"404\"")
    }

    fn visit_str<E: de::Error>(self, digits: &str) -> Result<StatusCode, E> {
        digits.parse().map_err(E::custom)
    }
}

/// An optional status code as its digits in a string or `null`, for
/// `#[serde(with = "statuscode::serde::string::option")]`.
///
/// `None` is written as the format's "none" (`null` in JSON), and read back
/// from it; any other value must be a string of three digits. As with every
/// `with` module, a field that may be missing altogether also needs
/// `#[serde(default)]`.
///
/// # Examples
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use statuscode::StatusCode;
///
/// #[derive(Debug, PartialEq, Serialize, Deserialize)]
/// struct Rule {
///     #[serde(default, with = "statuscode::serde::string::option")]
///     status: Option<StatusCode>,
/// }
///
/// let rule = Rule { status: Some(StatusCode::Found) };
/// assert_eq!(serde_json::to_string(&rule)?, r#"{"status":"302"}"#);
/// assert_eq!(serde_json::from_str::<Rule>(r#"{"status":"302"}"#)?, rule);
/// assert_eq!(serde_json::from_str::<Rule>(r#"{"status":null}"#)?, Rule { status: None });
/// assert_eq!(serde_json::from_str::<Rule>("{}")?, Rule { status: None });
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod option {
    use serde::de::{Deserialize, Deserializer};
    use serde::ser::{Serialize, Serializer};

    use crate::StatusCode;

    /// The code as a value on its own, so that `Option` can wrap it.
    struct Digits(StatusCode);

    impl Serialize for Digits {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            super::serialize(&self.0, serializer)
        }
    }

    impl<'de> Deserialize<'de> for Digits {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Digits, D::Error> {
            super::deserialize(deserializer).map(Digits)
        }
    }

    /// Serializes `Some` code as its digits in a string and `None` as none.
    ///
    /// # Errors
    ///
    /// Only those of the serializer.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut json = Vec::new();
    /// statuscode::serde::string::option::serialize(
    ///     &None,
    ///     &mut serde_json::Serializer::new(&mut json),
    /// )?;
    /// assert_eq!(json, b"null");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn serialize<S: Serializer>(
        code: &Option<StatusCode>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        code.map(Digits).serialize(serializer)
    }

    /// Deserializes none as `None` and a string of three digits as `Some`
    /// code.
    ///
    /// # Errors
    ///
    /// When the value is neither none nor a string that
    /// `str::parse::<StatusCode>()` accepts.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let mut json = serde_json::Deserializer::from_str(r#""204""#);
    /// assert_eq!(
    ///     statuscode::serde::string::option::deserialize(&mut json)?,
    ///     Some(StatusCode::NoContent)
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<StatusCode>, D::Error> {
        Ok(Option::<Digits>::deserialize(deserializer)?.map(|Digits(code)| code))
    }
}
