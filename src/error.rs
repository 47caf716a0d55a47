//! The errors, and the sentences that describe an unregistered number and
//! one outside the range of status codes.

use core::fmt;

use crate::StatusClass;

/// A number that is not a registered HTTP status code.
///
/// Returned by [`StatusCode::from_u16`](crate::StatusCode::from_u16) and
/// `TryFrom<u16>`. It keeps the number, and its class when the number is in
/// `100..=599`: [RFC 9110, Section 15] tells a client that receives a code it
/// does not recognise to treat it as the x00 code of that class, so a 499
/// from a proxy is handled as a 400.
///
/// # Examples
///
/// ```
/// use statuscode::{StatusClass, StatusCode};
///
/// let error = StatusCode::from_u16(499).unwrap_err();
/// assert_eq!(error.code(), 499);
/// assert_eq!(error.class(), Some(StatusClass::ClientError));
/// assert_eq!(
///     error.to_string(),
///     "499 is not a registered HTTP status code (class: client error)"
/// );
/// ```
///
/// [RFC 9110, Section 15]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", Unregistered { value: self.code, class: self.class() })]
pub struct UnknownStatusCode {
    code: u16,
}

impl UnknownStatusCode {
    pub(crate) const fn new(code: u16) -> UnknownStatusCode {
        UnknownStatusCode { code }
    }

    /// The number that was not recognised.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert_eq!(StatusCode::from_u16(520).unwrap_err().code(), 520);
    /// ```
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The class of the number, or `None` outside `100..=599`.
    ///
    /// RFC 9110, Section 15 calls numbers outside that range invalid, and
    /// asks a client that receives one to handle the response as a 5xx.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{StatusClass, StatusCode};
    ///
    /// assert_eq!(StatusCode::from_u16(520).unwrap_err().class(), Some(StatusClass::ServerError));
    /// assert_eq!(StatusCode::from_u16(999).unwrap_err().class(), None);
    /// ```
    #[must_use]
    pub const fn class(&self) -> Option<StatusClass> {
        StatusClass::from_u16(self.code)
    }
}

/// A number outside `100..=999`, which no HTTP status code can be.
///
/// Returned by [`AnyStatusCode::from_u16`](crate::AnyStatusCode::from_u16)
/// and `TryFrom<u16>`. It keeps the number. The range is that of the
/// `http` crate and of the status line's three digits without a leading
/// zero; RFC 9110 calls only `100..=599` valid, but
/// [`AnyStatusCode`](crate::AnyStatusCode) keeps the rest of the range
/// because peers send it.
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// let error = AnyStatusCode::from_u16(1000).unwrap_err();
/// assert_eq!(error.code(), 1000);
/// assert_eq!(
///     error.to_string(),
///     "1000 is outside the range of HTTP status codes, 100 to 999"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", OutOfRange { value: self.code })]
pub struct OutOfRangeStatusCode {
    code: u16,
}

impl OutOfRangeStatusCode {
    pub(crate) const fn new(code: u16) -> OutOfRangeStatusCode {
        OutOfRangeStatusCode { code }
    }

    /// The number that is out of range.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert_eq!(AnyStatusCode::from_u16(42).unwrap_err().code(), 42);
    /// ```
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

/// A string that does not name a status code of the type it is parsed
/// into.
///
/// Returned by `str::parse::<StatusCode>()`, which accepts exactly three
/// ASCII digits that name a registered code and nothing else: no sign, no
/// white space, no leading zero beyond the three digits. Also returned by
/// `str::parse::<AnyStatusCode>()`, which accepts exactly three ASCII
/// digits from `100` to `999`. The message says which rule the input broke.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let error = "4O4".parse::<StatusCode>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid HTTP status code: found 'O' at index 1, expected three ASCII digits"
/// );
/// assert_eq!(error.code(), None);
///
/// let error = "499".parse::<StatusCode>().unwrap_err();
/// assert_eq!(error.code(), Some(499));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct ParseStatusCodeError {
    kind: ParseErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ParseErrorKind {
    #[error("cannot parse an HTTP status code from an empty string")]
    Empty,
    #[error(
        "invalid HTTP status code: found {found:?} at index {index}, expected three ASCII digits"
    )]
    InvalidCharacter { found: char, index: usize },
    #[error("invalid HTTP status code: found {digits} digits, expected exactly three")]
    WrongLength { digits: usize },
    #[error(transparent)]
    Unknown(UnknownStatusCode),
    #[error(transparent)]
    OutOfRange(OutOfRangeStatusCode),
}

impl ParseStatusCodeError {
    pub(crate) const fn new(kind: ParseErrorKind) -> ParseStatusCodeError {
        ParseStatusCodeError { kind }
    }

    /// The number, when the input was three digits that the type does not
    /// accept: a number nobody registered for [`StatusCode`](crate::StatusCode),
    /// one below 100 for [`AnyStatusCode`](crate::AnyStatusCode). `None` when
    /// the input was not three digits.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{AnyStatusCode, StatusCode};
    ///
    /// assert_eq!("520".parse::<StatusCode>().unwrap_err().code(), Some(520));
    /// assert_eq!("5200".parse::<StatusCode>().unwrap_err().code(), None);
    /// assert_eq!("099".parse::<AnyStatusCode>().unwrap_err().code(), Some(99));
    /// ```
    #[must_use]
    pub const fn code(&self) -> Option<u16> {
        match self.kind {
            ParseErrorKind::Unknown(unknown) => Some(unknown.code()),
            ParseErrorKind::OutOfRange(out_of_range) => Some(out_of_range.code()),
            _ => None,
        }
    }
}

/// Lets `?` turn an [`UnknownStatusCode`] into a [`ParseStatusCodeError`],
/// keeping its message.
///
/// # Examples
///
/// ```
/// use statuscode::{ParseStatusCodeError, StatusCode};
///
/// fn from_config(number: u16) -> Result<StatusCode, ParseStatusCodeError> {
///     Ok(StatusCode::from_u16(number)?)
/// }
/// assert_eq!(from_config(599).unwrap_err().code(), Some(599));
/// ```
impl From<UnknownStatusCode> for ParseStatusCodeError {
    fn from(unknown: UnknownStatusCode) -> ParseStatusCodeError {
        ParseStatusCodeError::new(ParseErrorKind::Unknown(unknown))
    }
}

/// Lets `?` turn an [`OutOfRangeStatusCode`] into a
/// [`ParseStatusCodeError`], keeping its message.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, ParseStatusCodeError};
///
/// fn from_config(number: u16) -> Result<AnyStatusCode, ParseStatusCodeError> {
///     Ok(AnyStatusCode::from_u16(number)?)
/// }
/// assert_eq!(from_config(1000).unwrap_err().code(), Some(1000));
/// ```
impl From<OutOfRangeStatusCode> for ParseStatusCodeError {
    fn from(out_of_range: OutOfRangeStatusCode) -> ParseStatusCodeError {
        ParseStatusCodeError::new(ParseErrorKind::OutOfRange(out_of_range))
    }
}

/// The sentence for a number that is not a registered status code. It takes
/// any integer type, so that the serde integration describes a value that
/// does not even fit in a `u16` in the same words.
pub(crate) struct Unregistered<T> {
    pub(crate) value: T,
    pub(crate) class: Option<StatusClass>,
}

impl<T: fmt::Display> fmt::Display for Unregistered<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a registered HTTP status code ", self.value)?;
        match self.class {
            Some(class) => write!(f, "(class: {class})"),
            None => f.write_str("(valid codes run from 100 to 599)"),
        }
    }
}

/// The sentence for a number outside `100..=999`. Like [`Unregistered`], it
/// takes any integer type.
pub(crate) struct OutOfRange<T> {
    pub(crate) value: T,
}

impl<T: fmt::Display> fmt::Display for OutOfRange<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is outside the range of HTTP status codes, 100 to 999",
            self.value
        )
    }
}
