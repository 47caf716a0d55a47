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
/// `#[non_exhaustive]`: a `match` on it can be exhaustive. Each variant's
/// discriminant is its first digit: `StatusClass::ClientError as u8 == 4`.
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
#[repr(u8)]
pub enum StatusClass {
    /// 1xx: an interim response, about the connection or the request's
    /// progress, sent before the final one. [RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2).
    Informational = 1,
    /// 2xx: the request succeeded.
    /// [RFC 9110, Section 15.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3).
    Success = 2,
    /// 3xx: the client has one more step to take, such as following
    /// `Location` or using its cached copy, to finish the request. [RFC 9110, Section 15.4](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4).
    Redirection = 3,
    /// 4xx: the request is at fault: malformed, unauthorised, or asking for
    /// something that cannot be done. [RFC 9110, Section 15.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5).
    ClientError = 4,
    /// 5xx: the server failed to fulfil a request that may well be valid.
    /// [RFC 9110, Section 15.6](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6).
    ServerError = 5,
}

impl StatusClass {
    /// The five classes, in the order of their digits.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusClass;
    ///
    /// assert_eq!(StatusClass::ALL.first(), Some(&StatusClass::Informational));
    /// assert_eq!(StatusClass::ALL.map(|class| class as u8), [1, 2, 3, 4, 5]);
    /// ```
    pub const ALL: [StatusClass; 5] = [
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

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
        // The first digit of a three-digit number; 0 below 100, 6 or more
        // from 600 on.
        match code / 100 {
            1 => Some(StatusClass::Informational),
            2 => Some(StatusClass::Success),
            3 => Some(StatusClass::Redirection),
            4 => Some(StatusClass::ClientError),
            5 => Some(StatusClass::ServerError),
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
        let first = self as u16 * 100;
        RangeInclusive::new(first, first + 99)
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
