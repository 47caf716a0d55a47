//! A status code as its constant-style name, `"NOT_FOUND"`, for
//! `#[serde(with = "statuscode::serde::name")]`.
//!
//! The name is [`StatusCode::name`]: the variant in upper snake case, as
//! Python's `HTTPStatus` spells it. Deserializing accepts exactly those
//! names: not the variant (`"NotFound"`), not another case (`"not_found"`),
//! not a name from before RFC 9110 (`"PAYLOAD_TOO_LARGE"`), and not the
//! number.
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
//!     message: String,
//! }
//!
//! let body: ErrorBody = serde_json::from_str(r#"{"error":"NOT_FOUND","message":"no such order"}"#)?;
//! assert_eq!(body.error, StatusCode::NotFound);
//! assert!(serde_json::from_str::<ErrorBody>(r#"{"error":"NotFound","message":""}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

use crate::StatusCode;

/// Serializes the code as its name, `"NOT_FOUND"`.
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
/// statuscode::serde::name::serialize(
///     &StatusCode::UnprocessableContent,
///     &mut serde_json::Serializer::new(&mut json),
/// )?;
/// assert_eq!(json, br#""UNPROCESSABLE_CONTENT""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn serialize<S: Serializer>(code: &StatusCode, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.name())
}

/// Deserializes a code from its exact name, `"NOT_FOUND"`.
///
/// # Errors
///
/// When the value is not a string, or is a string that is not exactly the
/// name of a registered code. The message names the value, and gives the
/// right spelling when only the case was wrong.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let mut json = serde_json::Deserializer::from_str(r#""IM_A_TEAPOT""#);
/// assert_eq!(statuscode::serde::name::deserialize(&mut json)?, StatusCode::ImATeapot);
///
/// let mut json = serde_json::Deserializer::from_str(r#""im_a_teapot""#);
/// let error = statuscode::serde::name::deserialize(&mut json).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#""im_a_teapot" is not the name of a registered HTTP status code (names are upper case: "IM_A_TEAPOT") at line 1 column 13"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<StatusCode, D::Error> {
    deserializer.deserialize_str(NameVisitor)
}

struct NameVisitor;

impl Visitor<'_> for NameVisitor {
    type Value = StatusCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name of a registered HTTP status code, such as \"NOT_FOUND\"")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<StatusCode, E> {
        StatusCode::from_name(name).ok_or_else(|| E::custom(UnknownName(name)))
    }
}

/// The message for a string that is not a name.
struct UnknownName<'a>(&'a str);

impl fmt::Display for UnknownName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.0;
        write!(
            f,
            "{name:?} is not the name of a registered HTTP status code "
        )?;
        let same_letters = StatusCode::ALL
            .iter()
            .find(|code| code.name().eq_ignore_ascii_case(name));
        match same_letters {
            Some(code) => write!(f, "(names are upper case: {:?})", code.name()),
            None => f.write_str("(names are in upper snake case, such as \"NOT_FOUND\")"),
        }
    }
}

/// An optional status code as its name or `null`, for
/// `#[serde(with = "statuscode::serde::name::option")]`.
///
/// `None` is written as the format's "none" (`null` in JSON), and read back
/// from it; any other value must be a name. As with every `with` module,
/// a field that may be missing altogether also needs `#[serde(default)]`.
///
/// # Examples
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use statuscode::StatusCode;
///
/// #[derive(Debug, PartialEq, Serialize, Deserialize)]
/// struct Outcome {
///     #[serde(default, with = "statuscode::serde::name::option")]
///     error: Option<StatusCode>,
/// }
///
/// let failed = Outcome { error: Some(StatusCode::Gone) };
/// assert_eq!(serde_json::to_string(&failed)?, r#"{"error":"GONE"}"#);
/// let succeeded = Outcome { error: None };
/// assert_eq!(serde_json::to_string(&succeeded)?, r#"{"error":null}"#);
///
/// assert_eq!(serde_json::from_str::<Outcome>(r#"{"error":"GONE"}"#)?, failed);
/// assert_eq!(serde_json::from_str::<Outcome>(r#"{"error":null}"#)?, succeeded);
/// assert_eq!(serde_json::from_str::<Outcome>("{}")?, succeeded);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod option {
    use serde::de::{Deserialize, Deserializer};
    use serde::ser::{Serialize, Serializer};

    use crate::StatusCode;

    /// The code as a value on its own, so that `Option` can wrap it.
    struct Name(StatusCode);

    impl Serialize for Name {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            super::serialize(&self.0, serializer)
        }
    }

    impl<'de> Deserialize<'de> for Name {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Name, D::Error> {
            super::deserialize(deserializer).map(Name)
        }
    }

    /// Serializes `Some` code as its name and `None` as none.
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
    /// statuscode::serde::name::option::serialize(
    ///     &Some(StatusCode::NotFound),
    ///     &mut serde_json::Serializer::new(&mut json),
    /// )?;
    /// assert_eq!(json, br#""NOT_FOUND""#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn serialize<S: Serializer>(
        code: &Option<StatusCode>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        code.map(Name).serialize(serializer)
    }

    /// Deserializes none as `None` and a name as `Some` code.
    ///
    /// # Errors
    ///
    /// When the value is neither none nor the exact name of a registered
    /// code.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let mut json = serde_json::Deserializer::from_str("null");
    /// assert_eq!(statuscode::serde::name::option::deserialize(&mut json)?, None);
    /// let mut json = serde_json::Deserializer::from_str(r#""GONE""#);
    /// assert_eq!(
    ///     statuscode::serde::name::option::deserialize(&mut json)?,
    ///     Some(StatusCode::Gone)
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<StatusCode>, D::Error> {
        Ok(Option::<Name>::deserialize(deserializer)?.map(|Name(code)| code))
    }
}
