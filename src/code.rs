//! The methods of [`StatusCode`] that follow from its number, and its
//! conversions to and from `u16`.

use crate::{StatusClass, StatusCode, UnknownStatusCode};

impl StatusCode {
    /// The code as a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert_eq!(StatusCode::NotFound.as_u16(), 404);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The class of the code, given by its first digit.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{StatusClass, StatusCode};
    ///
    /// assert_eq!(StatusCode::SeeOther.class(), StatusClass::Redirection);
    /// ```
    #[must_use]
    pub const fn class(self) -> StatusClass {
        match StatusClass::from_u16(self.as_u16()) {
            Some(class) => class,
            // Not reached: `registry.rs` checks at compile time that every
            // code of the table has a class.
            None => StatusClass::ServerError,
        }
    }

    /// Whether the code is 1xx, an interim response that a final one
    /// follows.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::EarlyHints.is_informational());
    /// assert!(!StatusCode::Ok.is_informational());
    /// ```
    #[must_use]
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// Whether the code is 2xx, a success.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::NoContent.is_success());
    /// assert!(!StatusCode::NotModified.is_success());
    /// ```
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// Whether the code is 3xx, a redirection (which includes
    /// 304 Not Modified).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::PermanentRedirect.is_redirection());
    /// assert!(StatusCode::NotModified.is_redirection());
    /// ```
    #[must_use]
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// Whether the code is 4xx, an error on the client's side.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::TooManyRequests.is_client_error());
    /// assert!(!StatusCode::BadGateway.is_client_error());
    /// ```
    #[must_use]
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// Whether the code is 5xx, an error on the server's side.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::ServiceUnavailable.is_server_error());
    /// assert!(!StatusCode::Conflict.is_server_error());
    /// ```
    #[must_use]
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }

    /// Whether the code is an error of either side: 4xx or 5xx.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::NotFound.is_error());
    /// assert!(StatusCode::InternalServerError.is_error());
    /// assert!(!StatusCode::Found.is_error());
    /// ```
    #[must_use]
    pub const fn is_error(self) -> bool {
        matches!(
            self.class(),
            StatusClass::ClientError | StatusClass::ServerError
        )
    }
}

/// The code as a number, like [`StatusCode::as_u16`].
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(u16::from(StatusCode::Created), 201);
/// ```
impl From<StatusCode> for u16 {
    fn from(code: StatusCode) -> u16 {
        code.as_u16()
    }
}

/// The registered code with this number, like [`StatusCode::from_u16`].
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(StatusCode::try_from(202), Ok(StatusCode::Accepted));
/// assert!(StatusCode::try_from(299).is_err());
/// ```
impl TryFrom<u16> for StatusCode {
    type Error = UnknownStatusCode;

    fn try_from(code: u16) -> Result<StatusCode, UnknownStatusCode> {
        StatusCode::from_u16(code)
    }
}

/// Compares the code with a number.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(StatusCode::NotFound, 404);
/// assert_ne!(StatusCode::NotFound, 410);
/// ```
impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

/// Compares a number with the code.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// assert_eq!(404, StatusCode::NotFound);
/// ```
impl PartialEq<StatusCode> for u16 {
    fn eq(&self, other: &StatusCode) -> bool {
        *self == other.as_u16()
    }
}
