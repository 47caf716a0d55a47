//! axum responses that are right by construction: `IntoResponse` for
//! [`StatusCode`] and for [`Problem`](crate::Problem), and the header
//! fields that some codes oblige a response to carry, as typed parts.
//!
//! A handler answers with a code, a problem, or either with the field its
//! status asks for, in axum's `(parts, response)` tuple:
//!
//! | status | field | part |
//! | --- | --- | --- |
//! | 401 Unauthorized | `WWW-Authenticate` | [`WwwAuthenticate`] |
//! | 405 Method Not Allowed | `Allow` | [`Allow`] |
//! | 429 Too Many Requests, 503 Service Unavailable | `Retry-After` | [`RetryAfter`], from a [`Duration`] or a [`SystemTime`] |
//! | 201 Created, 3xx | `Location` | [`Location`] |
//!
//! A value that cannot be sent as a field value (a control character in a
//! `Location`) turns the response into a 500 that says which field was at
//! fault, as axum does for its own header pairs.
//!
//! # Examples
//!
//! Every example here passes a [`ConformanceLayer`](crate::check::ConformanceLayer)
//! in strict mode (with the `tower` feature):
//!
//! ```
//! # #[cfg(all(feature = "tower", feature = "problem"))] {
//! use std::time::Duration;
//!
//! use axum::Router;
//! use axum::routing::get;
//! use http::Request;
//! use statuscode::axum::RetryAfter;
//! use statuscode::check::{ConformanceLayer, Level};
//! use statuscode::{Problem, StatusCode};
//! use tower::ServiceExt;
//!
//! async fn limited() -> (RetryAfter, Problem) {
//!     let problem = Problem::new(StatusCode::TooManyRequests).with_detail("Try again in 30 seconds.");
//!     (RetryAfter::delay(Duration::from_secs(30)), problem)
//! }
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let app = Router::new()
//!     .route("/limited", get(limited))
//!     .layer(ConformanceLayer::strict(Level::Must));
//! let response = app.oneshot(Request::get("/limited").body(String::new()).unwrap()).await.unwrap();
//! assert_eq!(response.status(), 429);
//! assert_eq!(response.headers()["retry-after"], "30");
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! # });
//! # }
//! ```

extern crate std;

use alloc::string::String;
use core::fmt::{self, Write as _};
use core::time::Duration;
use std::time::SystemTime;

use axum_core::response::{IntoResponse, IntoResponseParts, Response, ResponseParts};
use http::header::{self, HeaderName, HeaderValue};

use crate::StatusCode;
use crate::check::syntax::date::civil_from_days;

/// An empty response with this status.
///
/// # Examples
///
/// ```
/// use axum::response::IntoResponse;
/// use statuscode::StatusCode;
///
/// let response = StatusCode::NoContent.into_response();
/// assert_eq!(response.status(), 204);
/// ```
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}

/// The problem as a response: its status, `Content-Type:
/// application/problem+json`, and the JSON.
///
/// A problem whose status cannot carry it answers 500 Internal Server
/// Error instead: one without a `status` member (or whose `status` is not
/// a code from 100 to 999), and one whose status has no content (a 1xx,
/// 204, 205 or 304). The problem is sent as it is; build it with
/// [`Problem::new`](crate::Problem::new) and its status is always the
/// response's.
///
/// # Examples
///
/// ```
/// use axum::response::IntoResponse;
/// use statuscode::{Problem, StatusCode};
///
/// let response = Problem::new(StatusCode::Conflict).with_detail("The order changed.").into_response();
/// assert_eq!(response.status(), 409);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
///
/// let received: Problem = serde_json::from_str(r#"{"title":"Lost"}"#).unwrap();
/// assert_eq!(received.into_response().status(), 500);
/// ```
#[cfg(feature = "problem")]
impl IntoResponse for crate::Problem {
    fn into_response(self) -> Response {
        let status = self
            .status()
            .filter(|code| !code.is_informational() && !matches!(code.as_u16(), 204 | 205 | 304))
            .map_or(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                http::StatusCode::from,
            );
        match serde_json::to_vec(&self) {
            Ok(body) => (
                status,
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(crate::Problem::CONTENT_TYPE),
                )],
                body,
            )
                .into_response(),
            Err(error) => invalid(format_args!(
                "the problem details do not serialize: {error}"
            )),
        }
    }
}

/// A 500 whose text says what went wrong in building the response.
fn invalid(what: fmt::Arguments<'_>) -> Response {
    let mut text = String::new();
    let _ = writeln!(text, "{what}");
    (http::StatusCode::INTERNAL_SERVER_ERROR, text).into_response()
}

/// A field value, or `None` when the text given for it cannot be one.
#[derive(Clone, Debug)]
struct Value(Option<HeaderValue>);

impl Value {
    fn text(text: &str) -> Value {
        Value(HeaderValue::from_str(text).ok())
    }

    fn insert(
        self,
        name: HeaderName,
        field: &'static str,
        mut parts: ResponseParts,
    ) -> Result<ResponseParts, InvalidFieldValue> {
        match self.0 {
            Some(value) => {
                parts.headers_mut().insert(name, value);
                Ok(parts)
            }
            None => Err(InvalidFieldValue { field }),
        }
    }
}

/// The error of a typed field whose text cannot be sent as a field value:
/// it holds a control character, such as a line feed. As a response, a
/// 500 Internal Server Error whose text names the field.
///
/// # Examples
///
/// ```
/// use axum::response::IntoResponse;
/// use statuscode::axum::Location;
/// use statuscode::StatusCode;
///
/// let response = (Location::new("/orders/8\r\nSet-Cookie: a=b"), StatusCode::SeeOther).into_response();
/// assert_eq!(response.status(), 500);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "the {field} value given to statuscode::axum cannot be sent: a field value holds no control characters, such as a line feed"
)]
pub struct InvalidFieldValue {
    field: &'static str,
}

impl IntoResponse for InvalidFieldValue {
    fn into_response(self) -> Response {
        invalid(format_args!("{self}"))
    }
}

/// `Allow`: the methods the target resource supports, which a 405 must
/// list ([RFC 9110, Section 10.2.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.1)).
///
/// # Examples
///
/// ```
/// # #[cfg(all(feature = "tower", feature = "problem"))] {
/// use axum::Router;
/// use axum::routing::delete;
/// use http::{Method, Request};
/// use statuscode::axum::Allow;
/// use statuscode::check::{ConformanceLayer, Level};
/// use statuscode::{Problem, StatusCode};
/// use tower::ServiceExt;
///
/// async fn only_reads() -> (Allow, Problem) {
///     (Allow::new([Method::GET, Method::HEAD]), Problem::new(StatusCode::MethodNotAllowed))
/// }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let app = Router::new()
///     .route("/report", delete(only_reads))
///     .layer(ConformanceLayer::strict(Level::Must));
/// let response = app.oneshot(Request::delete("/report").body(String::new()).unwrap()).await.unwrap();
/// assert_eq!(response.status(), 405);
/// assert_eq!(response.headers()["allow"], "GET, HEAD");
/// # });
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Allow(Value);

impl Allow {
    /// The methods, in this order; none says that the resource allows no
    /// method at all.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::response::IntoResponse;
    /// use http::Method;
    /// use statuscode::axum::Allow;
    /// use statuscode::StatusCode;
    ///
    /// let response = (Allow::new([Method::GET, Method::POST]), StatusCode::MethodNotAllowed).into_response();
    /// assert_eq!(response.headers()["allow"], "GET, POST");
    /// ```
    #[must_use]
    pub fn new(methods: impl IntoIterator<Item = http::Method>) -> Allow {
        let mut list = String::new();
        for method in methods {
            if !list.is_empty() {
                list.push_str(", ");
            }
            list.push_str(method.as_str());
        }
        Allow(Value::text(&list))
    }
}

impl IntoResponseParts for Allow {
    type Error = InvalidFieldValue;

    fn into_response_parts(self, parts: ResponseParts) -> Result<ResponseParts, InvalidFieldValue> {
        self.0.insert(header::ALLOW, "Allow", parts)
    }
}

/// `WWW-Authenticate`: the challenge a 401 must carry, such as `Bearer
/// realm="api"` ([RFC 9110, Section 11.6.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-11.6.1)).
///
/// # Examples
///
/// ```
/// # #[cfg(all(feature = "tower", feature = "problem"))] {
/// use axum::Router;
/// use axum::routing::get;
/// use http::Request;
/// use statuscode::axum::WwwAuthenticate;
/// use statuscode::check::{ConformanceLayer, Level};
/// use statuscode::{Problem, StatusCode};
/// use tower::ServiceExt;
///
/// async fn sign_in_first() -> (WwwAuthenticate, Problem) {
///     (WwwAuthenticate::new(r#"Bearer realm="orders""#), Problem::new(StatusCode::Unauthorized))
/// }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let app = Router::new()
///     .route("/orders", get(sign_in_first))
///     .layer(ConformanceLayer::strict(Level::Must));
/// let response = app.oneshot(Request::get("/orders").body(String::new()).unwrap()).await.unwrap();
/// assert_eq!(response.status(), 401);
/// assert_eq!(response.headers()["www-authenticate"], r#"Bearer realm="orders""#);
/// # });
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct WwwAuthenticate(Value);

impl WwwAuthenticate {
    /// One challenge, written as it will be sent: a scheme and its
    /// parameters, such as `Basic realm="admin", charset="UTF-8"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::response::IntoResponse;
    /// use statuscode::axum::WwwAuthenticate;
    /// use statuscode::StatusCode;
    ///
    /// let response = (WwwAuthenticate::new(r#"Basic realm="admin""#), StatusCode::Unauthorized).into_response();
    /// assert_eq!(response.headers()["www-authenticate"], r#"Basic realm="admin""#);
    /// ```
    #[must_use]
    pub fn new(challenge: &str) -> WwwAuthenticate {
        WwwAuthenticate(Value::text(challenge))
    }
}

impl IntoResponseParts for WwwAuthenticate {
    type Error = InvalidFieldValue;

    fn into_response_parts(self, parts: ResponseParts) -> Result<ResponseParts, InvalidFieldValue> {
        self.0
            .insert(header::WWW_AUTHENTICATE, "WWW-Authenticate", parts)
    }
}

/// `Location`: the URI of the resource a 201 created, or the target of a
/// redirect ([RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.2)).
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "tower")] {
/// use axum::Router;
/// use axum::routing::post;
/// use http::Request;
/// use statuscode::axum::Location;
/// use statuscode::check::{ConformanceLayer, Level};
/// use statuscode::StatusCode;
/// use tower::ServiceExt;
///
/// async fn create() -> (Location, StatusCode) {
///     (Location::new("/orders/8"), StatusCode::Created)
/// }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let app = Router::new()
///     .route("/orders", post(create))
///     .layer(ConformanceLayer::strict(Level::Must));
/// let response = app.oneshot(Request::post("/orders").body(String::new()).unwrap()).await.unwrap();
/// assert_eq!(response.status(), 201);
/// assert_eq!(response.headers()["location"], "/orders/8");
/// # });
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Location(Value);

impl Location {
    /// A URI reference, absolute (`https://example.com/orders/8`) or
    /// relative to the request's (`/orders/8`).
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::response::IntoResponse;
    /// use statuscode::axum::Location;
    ///
    /// // A 201 with a body: axum's status first, then the field.
    /// let status = http::StatusCode::from(statuscode::StatusCode::Created);
    /// let response = (status, Location::new("/orders/8"), "order 8").into_response();
    /// assert_eq!(response.headers()["location"], "/orders/8");
    ///
    /// let response = (Location::new("/a\nb"), statuscode::StatusCode::SeeOther).into_response();
    /// assert_eq!(response.status(), 500);
    /// ```
    #[must_use]
    pub fn new(uri: &str) -> Location {
        Location(Value::text(uri))
    }
}

impl IntoResponseParts for Location {
    type Error = InvalidFieldValue;

    fn into_response_parts(self, parts: ResponseParts) -> Result<ResponseParts, InvalidFieldValue> {
        self.0.insert(header::LOCATION, "Location", parts)
    }
}

/// `Retry-After`: how long a client should wait before it tries again,
/// for a 429 or a 503 ([RFC 9110, Section 10.2.3](https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3)):
/// a number of seconds, or an HTTP date.
///
/// # Examples
///
/// ```
/// # #[cfg(all(feature = "tower", feature = "problem"))] {
/// use std::time::{Duration, SystemTime};
///
/// use axum::Router;
/// use axum::routing::get;
/// use http::Request;
/// use statuscode::axum::RetryAfter;
/// use statuscode::check::{ConformanceLayer, Level};
/// use statuscode::{Problem, StatusCode};
/// use tower::ServiceExt;
///
/// async fn maintenance() -> (RetryAfter, Problem) {
///     let back = SystemTime::now() + Duration::from_secs(15 * 60);
///     (RetryAfter::at(back), Problem::new(StatusCode::ServiceUnavailable))
/// }
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let app = Router::new()
///     .route("/", get(maintenance))
///     .layer(ConformanceLayer::strict(Level::Must));
/// let response = app.oneshot(Request::get("/").body(String::new()).unwrap()).await.unwrap();
/// assert_eq!(response.status(), 503);
/// assert!(response.headers()["retry-after"].to_str().unwrap().ends_with(" GMT"));
/// # });
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct RetryAfter(Value);

impl RetryAfter {
    /// A delay, sent as whole seconds, rounded up so that a client never
    /// comes back early.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::response::IntoResponse;
    /// use statuscode::axum::RetryAfter;
    /// use statuscode::StatusCode;
    /// use std::time::Duration;
    ///
    /// let response = (RetryAfter::delay(Duration::from_millis(1500)), StatusCode::TooManyRequests).into_response();
    /// assert_eq!(response.headers()["retry-after"], "2");
    /// ```
    #[must_use]
    pub fn delay(delay: Duration) -> RetryAfter {
        let seconds = delay.as_secs() + u64::from(delay.subsec_nanos() > 0);
        RetryAfter(Value(Some(HeaderValue::from(seconds))))
    }

    /// A time, sent as an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC
    /// 9110's IMF-fixdate) to the second. A time before 1970 is sent as
    /// 1970's first second, and one after the year 9999 as its last, the
    /// bounds of the format.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::response::IntoResponse;
    /// use statuscode::axum::RetryAfter;
    /// use statuscode::StatusCode;
    /// use std::time::{Duration, SystemTime};
    ///
    /// let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    /// let response = (RetryAfter::at(at), StatusCode::ServiceUnavailable).into_response();
    /// assert_eq!(response.headers()["retry-after"], "Sun, 06 Nov 1994 08:49:37 GMT");
    /// ```
    #[must_use]
    pub fn at(time: SystemTime) -> RetryAfter {
        let seconds = time
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |since| since.as_secs());
        let mut date = String::with_capacity(29);
        let _ = write!(date, "{}", HttpDate(seconds.min(LAST_SECOND)));
        RetryAfter(Value::text(&date))
    }
}

impl From<Duration> for RetryAfter {
    /// [`RetryAfter::delay`].
    fn from(delay: Duration) -> RetryAfter {
        RetryAfter::delay(delay)
    }
}

impl From<SystemTime> for RetryAfter {
    /// [`RetryAfter::at`].
    fn from(time: SystemTime) -> RetryAfter {
        RetryAfter::at(time)
    }
}

impl IntoResponseParts for RetryAfter {
    type Error = InvalidFieldValue;

    fn into_response_parts(self, parts: ResponseParts) -> Result<ResponseParts, InvalidFieldValue> {
        self.0.insert(header::RETRY_AFTER, "Retry-After", parts)
    }
}

/// The last second an IMF-fixdate can write: 9999-12-31 23:59:59 UTC.
const LAST_SECOND: u64 = 253_402_300_799;

/// Seconds since 1970 written as an IMF-fixdate.
struct HttpDate(u64);

impl fmt::Display for HttpDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let days = self.0 / 86_400;
        let second = self.0 % 86_400;
        // 1970-01-01 was a Thursday.
        let weekday = DAYS[usize::try_from((days + 4) % 7).unwrap_or(0)];
        let (year, month, day) = civil_from_days(i64::try_from(days).unwrap_or(i64::MAX));
        let month = MONTHS[usize::try_from(month - 1).unwrap_or(0)];
        write!(
            f,
            "{weekday}, {day:02} {month} {year:04} {:02}:{:02}:{:02} GMT",
            second / 3600,
            second / 60 % 60,
            second % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn http_dates_of_known_seconds() {
        for (seconds, date) in [
            (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
            (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
            (1_709_164_799, "Wed, 28 Feb 2024 23:59:59 GMT"),
            (1_709_251_199, "Thu, 29 Feb 2024 23:59:59 GMT"),
            (1_709_251_200, "Fri, 01 Mar 2024 00:00:00 GMT"),
            (4_107_542_400, "Mon, 01 Mar 2100 00:00:00 GMT"),
            (LAST_SECOND, "Fri, 31 Dec 9999 23:59:59 GMT"),
        ] {
            assert_eq!(HttpDate(seconds).to_string(), date, "{seconds}");
        }
    }

    #[test]
    fn every_day_follows_the_one_before() {
        // Walk day by day through five centuries: the date advances by one
        // day, the weekday by one, and each month ends on its last day.
        let mut previous = civil_from_days(0);
        for days in 1..(365 * 500) {
            let (year, month, day) = civil_from_days(days);
            let (last_year, last_month, last_day) = previous;
            let leap = last_year % 4 == 0 && (last_year % 100 != 0 || last_year % 400 == 0);
            let length = match last_month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let expected = if last_day < length {
                (last_year, last_month, last_day + 1)
            } else if last_month < 12 {
                (last_year, last_month + 1, 1)
            } else {
                (last_year + 1, 1, 1)
            };
            assert_eq!((year, month, day), expected, "day {days}");
            previous = (year, month, day);
        }
    }
}
