//! [`AnyStatusCode`]: every number a status line can carry, registered or
//! not, without loss.

use crate::{OutOfRangeStatusCode, StatusClass, StatusCode, UnknownStatusCode};

/// Any HTTP status code from 100 to 999, registered or not.
///
/// A peer can send a code that no registry lists: nginx logs 499 when the
/// client closed the connection, Cloudflare answers 520 to 530, and some
/// libraries use 600 to 999 for their own errors. [`StatusCode`] has no
/// variant for those; `AnyStatusCode` keeps them, and keeps the registered
/// ones as what they are: [`AnyStatusCode::known`] gives the [`StatusCode`]
/// whenever the number is registered, so there is exactly one
/// `AnyStatusCode` per number and no way to hold "an unregistered 404".
///
/// The range is the one the `http` crate accepts, so every
/// `http::StatusCode` converts without failure (with the `http` feature).
/// [RFC 9110, Section 15] calls only 100 to 599 valid and tells a client to
/// handle a response with any other code as a 5xx; `AnyStatusCode` keeps
/// the number all the same, and [`AnyStatusCode::treated_as`] applies the
/// rule.
///
/// # When to use which
///
/// - [`StatusCode`] for the codes a program sends and the codes it
///   handles by name: the compiler checks every variant, and a `match` reads
///   as the registry does.
/// - `AnyStatusCode` for codes received from elsewhere that must be kept
///   as they came: a response from a proxy, a log line, a stored record, the
///   `status` of a problem details object (`Problem`, with the `problem`
///   feature). Rejecting a 499 there would lose information, and turning it
///   into a 400 would change it.
///
/// # Why this name
///
/// "Any" says what the type accepts: any status code the protocol can
/// carry, not only the registered ones. It is still a status code, checked
/// against the range, which `RawStatusCode` would not suggest, and the name
/// `UnknownStatusCode` is the error for a number nobody registered.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusClass, StatusCode};
///
/// let received = AnyStatusCode::from_u16(499)?;
/// assert_eq!(received.known(), None);
/// assert_eq!(received.class(), Some(StatusClass::ClientError));
/// assert!(received.is_client_error());
/// assert_eq!(received.treated_as(), StatusCode::BadRequest);
/// assert_eq!(received.to_string(), "499");
///
/// // A registered number is always the registered code.
/// let received = AnyStatusCode::from_u16(404)?;
/// assert_eq!(received.known(), Some(StatusCode::NotFound));
/// assert_eq!(received, StatusCode::NotFound);
/// assert_eq!(received.to_string(), "404 Not Found");
///
/// assert!(AnyStatusCode::from_u16(1000).is_err());
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
///
/// [RFC 9110, Section 15]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnyStatusCode {
    /// Always in `100..=999`: every constructor checks it.
    code: u16,
}

impl AnyStatusCode {
    /// The status code with this number, if it is from 100 to 999.
    ///
    /// # Errors
    ///
    /// When `code` is below 100 or above 999; the error keeps the number.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert_eq!(AnyStatusCode::from_u16(520).map(AnyStatusCode::as_u16), Ok(520));
    /// assert_eq!(AnyStatusCode::from_u16(99).unwrap_err().code(), 99);
    /// assert_eq!(AnyStatusCode::from_u16(1000).unwrap_err().code(), 1000);
    /// ```
    pub const fn from_u16(code: u16) -> Result<AnyStatusCode, OutOfRangeStatusCode> {
        if 100 <= code && code <= 999 {
            Ok(AnyStatusCode { code })
        } else {
            Err(OutOfRangeStatusCode::new(code))
        }
    }

    /// The code as a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{AnyStatusCode, StatusCode};
    ///
    /// assert_eq!(AnyStatusCode::from(StatusCode::NotFound).as_u16(), 404);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self.code
    }

    /// The registered code, or `None` when nobody registered the number.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{AnyStatusCode, StatusCode};
    ///
    /// assert_eq!(AnyStatusCode::from_u16(409)?.known(), Some(StatusCode::Conflict));
    /// assert_eq!(AnyStatusCode::from_u16(499)?.known(), None);
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn known(self) -> Option<StatusCode> {
        match StatusCode::from_u16(self.as_u16()) {
            Ok(code) => Some(code),
            Err(_) => None,
        }
    }

    /// The reason phrase of a registered code, or `None` for a number
    /// nobody registered.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert_eq!(AnyStatusCode::from_u16(413)?.reason_phrase(), Some("Content Too Large"));
    /// assert_eq!(AnyStatusCode::from_u16(520)?.reason_phrase(), None);
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn reason_phrase(self) -> Option<&'static str> {
        match self.known() {
            Some(code) => Some(code.reason_phrase()),
            None => None,
        }
    }

    /// The class of the code, given by its first digit, or `None` for 600
    /// to 999, which belong to no class.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{AnyStatusCode, StatusClass};
    ///
    /// assert_eq!(AnyStatusCode::from_u16(299)?.class(), Some(StatusClass::Success));
    /// assert_eq!(AnyStatusCode::from_u16(600)?.class(), None);
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn class(self) -> Option<StatusClass> {
        StatusClass::from_u16(self.as_u16())
    }

    /// The registered code that a client handles this one as, by [RFC 9110,
    /// Section 15]: the code itself when it is registered, the x00 code of
    /// its class when it is not (499 is handled as 400), and
    /// 500 Internal Server Error for 600 to 999, which the RFC calls
    /// invalid and asks clients to handle as a 5xx.
    ///
    /// Use it to `match` on a received code without a wildcard arm for the
    /// unregistered ones.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{AnyStatusCode, StatusCode};
    ///
    /// let handled_as = |number| AnyStatusCode::from_u16(number).map(AnyStatusCode::treated_as);
    /// assert_eq!(handled_as(429), Ok(StatusCode::TooManyRequests));
    /// assert_eq!(handled_as(499), Ok(StatusCode::BadRequest));
    /// assert_eq!(handled_as(520), Ok(StatusCode::InternalServerError));
    /// assert_eq!(handled_as(299), Ok(StatusCode::Ok));
    /// assert_eq!(handled_as(999), Ok(StatusCode::InternalServerError));
    /// ```
    ///
    /// [RFC 9110, Section 15]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15
    #[must_use]
    pub const fn treated_as(self) -> StatusCode {
        if let Some(code) = self.known() {
            return code;
        }
        match self.class() {
            Some(StatusClass::Informational) => StatusCode::Continue,
            Some(StatusClass::Success) => StatusCode::Ok,
            Some(StatusClass::Redirection) => StatusCode::MultipleChoices,
            Some(StatusClass::ClientError) => StatusCode::BadRequest,
            Some(StatusClass::ServerError) | None => StatusCode::InternalServerError,
        }
    }

    /// Whether the code is 1xx, an interim response.
    ///
    /// Like every class predicate, it is `false` for 600 to 999.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert!(AnyStatusCode::from_u16(199)?.is_informational());
    /// assert!(!AnyStatusCode::from_u16(200)?.is_informational());
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), Some(StatusClass::Informational))
    }

    /// Whether the code is 2xx, a success.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert!(AnyStatusCode::from_u16(299)?.is_success());
    /// assert!(!AnyStatusCode::from_u16(304)?.is_success());
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self.class(), Some(StatusClass::Success))
    }

    /// Whether the code is 3xx, a redirection.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert!(AnyStatusCode::from_u16(399)?.is_redirection());
    /// assert!(!AnyStatusCode::from_u16(400)?.is_redirection());
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), Some(StatusClass::Redirection))
    }

    /// Whether the code is 4xx, an error on the client's side.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert!(AnyStatusCode::from_u16(499)?.is_client_error());
    /// assert!(!AnyStatusCode::from_u16(520)?.is_client_error());
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), Some(StatusClass::ClientError))
    }

    /// Whether the code is 5xx, an error on the server's side.
    ///
    /// It is `false` for 600 to 999, as for `http::StatusCode`; use
    /// `treated_as().is_server_error()` to handle those as RFC 9110 asks.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert!(AnyStatusCode::from_u16(520)?.is_server_error());
    /// assert!(!AnyStatusCode::from_u16(600)?.is_server_error());
    /// assert!(AnyStatusCode::from_u16(600)?.treated_as().is_server_error());
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), Some(StatusClass::ServerError))
    }

    /// Whether the code is an error of either side: 4xx or 5xx.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::AnyStatusCode;
    ///
    /// assert!(AnyStatusCode::from_u16(499)?.is_error());
    /// assert!(AnyStatusCode::from_u16(530)?.is_error());
    /// assert!(!AnyStatusCode::from_u16(399)?.is_error());
    /// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_error(self) -> bool {
        matches!(
            self.class(),
            Some(StatusClass::ClientError | StatusClass::ServerError)
        )
    }
}

/// The registered code as an [`AnyStatusCode`]; never fails.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// let code = AnyStatusCode::from(StatusCode::Gone);
/// assert_eq!(code.known(), Some(StatusCode::Gone));
/// ```
impl From<StatusCode> for AnyStatusCode {
    fn from(code: StatusCode) -> AnyStatusCode {
        // Every registered code is in `100..=599`, which `registry.rs`
        // checks at compile time.
        AnyStatusCode {
            code: code.as_u16(),
        }
    }
}

/// The registered code, like [`AnyStatusCode::known`], with an error that
/// keeps the number when nobody registered it.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// assert_eq!(StatusCode::try_from(AnyStatusCode::from_u16(410)?), Ok(StatusCode::Gone));
/// let error = StatusCode::try_from(AnyStatusCode::from_u16(499)?).unwrap_err();
/// assert_eq!(error.code(), 499);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl TryFrom<AnyStatusCode> for StatusCode {
    type Error = UnknownStatusCode;

    fn try_from(code: AnyStatusCode) -> Result<StatusCode, UnknownStatusCode> {
        StatusCode::from_u16(code.as_u16())
    }
}

/// The code as a number, like [`AnyStatusCode::as_u16`].
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// assert_eq!(u16::from(AnyStatusCode::from_u16(530)?), 530);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl From<AnyStatusCode> for u16 {
    fn from(code: AnyStatusCode) -> u16 {
        code.as_u16()
    }
}

/// The code with this number, like [`AnyStatusCode::from_u16`].
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// assert!(AnyStatusCode::try_from(499).is_ok());
/// assert!(AnyStatusCode::try_from(1000).is_err());
/// ```
impl TryFrom<u16> for AnyStatusCode {
    type Error = OutOfRangeStatusCode;

    fn try_from(code: u16) -> Result<AnyStatusCode, OutOfRangeStatusCode> {
        AnyStatusCode::from_u16(code)
    }
}

/// Compares with a registered code: equal when the numbers are.
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// assert_eq!(AnyStatusCode::from_u16(404)?, StatusCode::NotFound);
/// assert_ne!(AnyStatusCode::from_u16(499)?, StatusCode::BadRequest);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl PartialEq<StatusCode> for AnyStatusCode {
    fn eq(&self, other: &StatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

/// Compares a registered code with an [`AnyStatusCode`].
///
/// # Examples
///
/// ```
/// use statuscode::{AnyStatusCode, StatusCode};
///
/// assert_eq!(StatusCode::NotFound, AnyStatusCode::from_u16(404)?);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl PartialEq<AnyStatusCode> for StatusCode {
    fn eq(&self, other: &AnyStatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

/// Compares with a number.
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// assert_eq!(AnyStatusCode::from_u16(499)?, 499);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl PartialEq<u16> for AnyStatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

/// Compares a number with an [`AnyStatusCode`].
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// assert_eq!(499, AnyStatusCode::from_u16(499)?);
/// # Ok::<(), statuscode::OutOfRangeStatusCode>(())
/// ```
impl PartialEq<AnyStatusCode> for u16 {
    fn eq(&self, other: &AnyStatusCode) -> bool {
        *self == other.as_u16()
    }
}
