use core::ops::RangeInclusive;

/// The class of a status code: its first digit.
///
/// [RFC 9110, Section 15] divides status codes into five classes by their
/// first digit, and tells a client that meets a code it does not recognise to
/// treat it as the x00 code of its class. That makes the class meaningful for
/// any number in `100..=599`, registered or not, which is why
/// [`StatusClass::from_u16`] takes a plain number.
///
/// The five classes are fixed by the specification, so this enum is not
/// `#[non_exhaustive]`: a `match` on it can be exhaustive.
///
/// # Examples
///
/// ```
/// use statuscode::{StatusClass, StatusCode};
///
/// assert_eq!(StatusCode::Forbidden.class(), StatusClass::ClientError);
/// assert_eq!(StatusClass::from_u16(499), Some(StatusClass::ClientError));
/// assert_eq!(StatusClass::ClientError.to_string(), "client error");
/// ```
///
/// [RFC 9110, Section 15]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// 1xx: an interim response, about the connection or the request's
    /// progress, sent before the final one. [RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2).
    Informational,
    /// 2xx: the request succeeded.
    /// [RFC 9110, Section 15.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3).
    Success,
    /// 3xx: the client has one more step to take, such as following
    /// `Location` or using its cached copy, to finish the request. [RFC 9110, Section 15.4](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4).
    Redirection,
    /// 4xx: the request is at fault: malformed, unauthorised, or asking for
    /// something that cannot be done. [RFC 9110, Section 15.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5).
    ClientError,
    /// 5xx: the server failed to fulfil a request that may well be valid.
    /// [RFC 9110, Section 15.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6).
    ServerError,
}

impl StatusClass {
    /// The class of any number in `100..=599`, registered or not.
    ///
    /// Returns `None` outside that range: RFC 9110, Section 15 says that
    /// valid status codes lie within it.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusClass;
    ///
    /// assert_eq!(StatusClass::from_u16(100), Some(StatusClass::Informational));
    /// assert_eq!(StatusClass::from_u16(599), Some(StatusClass::ServerError));
    /// assert_eq!(StatusClass::from_u16(99), None);
    /// assert_eq!(StatusClass::from_u16(600), None);
    /// ```
    #[must_use]
    pub const fn from_u16(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Success),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    /// The numbers the class covers, from its x00 to its x99.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusClass;
    ///
    /// assert_eq!(StatusClass::Redirection.range(), 300..=399);
    /// assert!(StatusClass::ClientError.range().contains(&499));
    /// ```
    #[must_use]
    pub const fn range(self) -> RangeInclusive<u16> {
        let first = self.digit() * 100;
        RangeInclusive::new(first, first + 99)
    }

    /// The class's first digit, 1 to 5.
    const fn digit(self) -> u16 {
        match self {
            StatusClass::Informational => 1,
            StatusClass::Success => 2,
            StatusClass::Redirection => 3,
            StatusClass::ClientError => 4,
            StatusClass::ServerError => 5,
        }
    }

    /// The class's name in lower case, as `Display` writes it.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            StatusClass::Informational => "informational",
            StatusClass::Success => "success",
            StatusClass::Redirection => "redirection",
            StatusClass::ClientError => "client error",
            StatusClass::ServerError => "server error",
        }
    }
}
