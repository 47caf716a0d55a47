//! What the specifications say about every response with a given code,
//! whatever the method or the resource.
//!
//! Each row of the table names its properties in brackets, from the
//! constants below; the predicates read them back.

use crate::StatusCode;

/// A response with this code may be reused by a cache without explicit
/// freshness information (RFC 9110, Section 15.1; RFC 7725, Section 3).
pub(crate) const CACHEABLE: u8 = 1 << 0;
/// A response with this code must not carry content (RFC 9110, Sections
/// 15.3.5, 15.3.6 and 15.4.5). Not written on the 1xx rows: the whole class
/// is without content, which `allows_content` reads from the class.
pub(crate) const NO_CONTENT: u8 = 1 << 1;
/// A client may send the same request again, unchanged, after a delay:
/// `RetryCondition::Unchanged`.
pub(crate) const RETRY_UNCHANGED: u8 = 1 << 2;
/// A response with this code ends at its header section, whatever its
/// header fields say, so it has no framing to read (RFC 9112, Section 6.3).
/// Not written on the 1xx rows, for the same reason as `NO_CONTENT`. Every
/// code with this property has `NO_CONTENT` too, which `registry.rs` checks;
/// the converse does not hold, since a 205 has to frame its empty content.
pub(crate) const ENDS_AT_HEADER_SECTION: u8 = 1 << 3;
/// A client may send the request again, but only over another connection:
/// `RetryCondition::OnAnotherConnection`.
pub(crate) const RETRY_ON_ANOTHER_CONNECTION: u8 = 1 << 4;
/// A client may send the request again, but only once the TLS handshake is
/// complete and not in early data: `RetryCondition::AfterHandshake`.
pub(crate) const RETRY_AFTER_HANDSHAKE: u8 = 1 << 5;
/// The retry flags, of which a row has at most one (`registry.rs` checks).
pub(crate) const RETRY: u8 = RETRY_UNCHANGED | RETRY_ON_ANOTHER_CONNECTION | RETRY_AFTER_HANDSHAKE;

/// Under what condition a client may send a request again after a response
/// with a given code, from [`StatusCode::retry_condition`].
///
/// A few codes invite the client to repeat its request, but not all of them
/// in the same way: after a 503 the same request may go out again once the
/// server has had time to recover, whereas after a 421 it has to go over
/// another connection, and after a 425 it must wait for the TLS handshake.
/// A retry loop that repeats every such request on the connection it came
/// from fails again for 421, so each condition is its own variant.
///
/// `Display` writes the condition as a short phrase for messages, such as
/// `only over a different connection`.
///
/// New conditions may be added in a minor release, hence
/// `#[non_exhaustive]`.
///
/// # Examples
///
/// ```
/// use statuscode::{RetryCondition, StatusCode};
///
/// let condition = StatusCode::MisdirectedRequest.retry_condition();
/// assert_eq!(condition, Some(RetryCondition::OnAnotherConnection));
/// assert_eq!(
///     condition.map(|condition| condition.reference()),
///     Some("RFC 9110, Section 15.5.20")
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryCondition {
    /// The same request may be sent again as it is, after a delay: wait as
    /// long as `Retry-After` says when the response has it ([RFC 9110,
    /// Section 10.2.3]), and back off otherwise.
    ///
    /// The codes are 408 ([RFC 9110, Section 15.5.9]), 429 ([RFC 6585,
    /// Section 4]), 502, 503 and 504 ([RFC 9110, Sections 15.6.3 to
    /// 15.6.5]). The method still matters: a request that is not idempotent
    /// goes out again only when the client knows that repeating it is safe
    /// ([RFC 9110, Section 9.2.2]), since a gateway's upstream may have
    /// acted on it before the 502 or 504.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{RetryCondition, StatusCode};
    ///
    /// assert_eq!(StatusCode::ServiceUnavailable.retry_condition(), Some(RetryCondition::Unchanged));
    /// ```
    ///
    /// [RFC 9110, Section 10.2.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3
    /// [RFC 9110, Section 15.5.9]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9
    /// [RFC 6585, Section 4]: https://www.rfc-editor.org/rfc/rfc6585.html#section-4
    /// [RFC 9110, Sections 15.6.3 to 15.6.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3
    /// [RFC 9110, Section 9.2.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-9.2.2
    Unchanged,
    /// The request may be sent again, but only over a different connection
    /// from the one that brought the response, such as a new connection
    /// made for the target's origin alone or an alternative service; the
    /// connection that got the 421 should carry no more requests for that
    /// origin.
    ///
    /// The code is 421, after which [RFC 9110, Section 15.5.20] allows the
    /// retry whatever the method, idempotent or not, since the server did
    /// not act on the request.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{RetryCondition, StatusCode};
    ///
    /// assert_eq!(StatusCode::MisdirectedRequest.retry_condition(), Some(RetryCondition::OnAnotherConnection));
    /// ```
    ///
    /// [RFC 9110, Section 15.5.20]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20
    OnAnotherConnection,
    /// The request may be sent again, but only once the TLS handshake of
    /// the connection has completed, and never again in early data (0-RTT).
    ///
    /// The code is 425, after which [RFC 8470, Section 5.2] expects a user
    /// agent that sent the request in early data to repeat it on its own,
    /// whatever the method, since the server did not act on it. An
    /// intermediary that forwarded the request with `Early-Data: 1` passes
    /// the 425 back instead of repeating the request itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{RetryCondition, StatusCode};
    ///
    /// assert_eq!(StatusCode::TooEarly.retry_condition(), Some(RetryCondition::AfterHandshake));
    /// ```
    ///
    /// [RFC 8470, Section 5.2]: https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2
    AfterHandshake,
}

impl RetryCondition {
    /// The specification that sets the condition, in the form of
    /// [`StatusCode::reference`].
    ///
    /// For [`RetryCondition::Unchanged`] this is the definition of
    /// `Retry-After`, which says how long to wait; each code's own section
    /// says that its condition is temporary.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::RetryCondition;
    ///
    /// assert_eq!(RetryCondition::AfterHandshake.reference(), "RFC 8470, Section 5.2");
    /// assert_eq!(RetryCondition::Unchanged.reference(), "RFC 9110, Section 10.2.3");
    /// ```
    #[must_use]
    pub const fn reference(self) -> &'static str {
        match self {
            RetryCondition::Unchanged => "RFC 9110, Section 10.2.3",
            RetryCondition::OnAnotherConnection => "RFC 9110, Section 15.5.20",
            RetryCondition::AfterHandshake => "RFC 8470, Section 5.2",
        }
    }

    /// The condition as `Display` writes it.
    pub(crate) const fn phrase(self) -> &'static str {
        match self {
            RetryCondition::Unchanged => "unchanged, after a delay",
            RetryCondition::OnAnotherConnection => "only over a different connection",
            RetryCondition::AfterHandshake => {
                "only after the TLS handshake has completed, not in early data"
            }
        }
    }
}

impl StatusCode {
    /// Whether a cache may store and reuse a response with this code without
    /// explicit freshness information, by heuristic expiration.
    ///
    /// True for the codes [RFC 9110, Section 15.1] lists as heuristically
    /// cacheable (200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414 and
    /// 501) and for 451, which [RFC 7725, Section 3] makes cacheable by
    /// default. Every other response is reused only when its header fields,
    /// such as `Cache-Control` or `Expires`, allow it ([RFC 9111, Section
    /// 3]); a `Cache-Control: no-store` overrides this property too.
    ///
    /// False for 226: [RFC 3229, Section 10.4.1] lets a cache store and
    /// reuse a 226 under the expiration rules, but only a cache that
    /// implements the instance manipulation and within the further rules
    /// of its Section 10.6, and no specification names 226 among the codes
    /// that are heuristically cacheable (or cacheable by default).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::NotFound.is_heuristically_cacheable());
    /// assert!(StatusCode::Gone.is_heuristically_cacheable());
    /// assert!(!StatusCode::Created.is_heuristically_cacheable());
    /// ```
    ///
    /// [RFC 9110, Section 15.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1
    /// [RFC 7725, Section 3]: https://www.rfc-editor.org/rfc/rfc7725.html#section-3
    /// [RFC 9111, Section 3]: https://www.rfc-editor.org/rfc/rfc9111.html#section-3
    /// [RFC 3229, Section 10.4.1]: https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1
    #[must_use]
    pub const fn is_heuristically_cacheable(self) -> bool {
        self.semantics() & CACHEABLE != 0
    }

    /// Whether a response with this code may carry content.
    ///
    /// False for every 1xx code ([RFC 9110, Section 15.2]), 204
    /// ([Section 15.3.5]), 205 ([Section 15.3.6]) and 304 ([Section
    /// 15.4.5]), whose specifications forbid content. True for every other
    /// code, although some responses to particular requests have no content
    /// either way: the answer to a `HEAD`, and a 2xx answer to a `CONNECT`
    /// ([RFC 9110, Section 6.4.1]).
    ///
    /// Having no content is not the same as ending at the header section:
    /// a 205 must not carry content, yet on HTTP/1.1 it is framed like any
    /// other response, with `Content-Length: 0`, an empty chunked body or
    /// the closing of the connection. [`StatusCode::ends_at_header_section`]
    /// tells the two apart.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::Ok.allows_content());
    /// assert!(!StatusCode::NoContent.allows_content());
    /// assert!(!StatusCode::ResetContent.allows_content());
    /// assert!(!StatusCode::NotModified.allows_content());
    /// assert!(!StatusCode::EarlyHints.allows_content());
    /// ```
    ///
    /// [RFC 9110, Section 15.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2
    /// [Section 15.3.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5
    /// [Section 15.3.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6
    /// [Section 15.4.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5
    /// [RFC 9110, Section 6.4.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-6.4.1
    #[must_use]
    pub const fn allows_content(self) -> bool {
        !self.is_informational() && self.semantics() & NO_CONTENT == 0
    }

    /// Whether a response with this code ends at its header section, so
    /// that a recipient reads no content and no framing after it.
    ///
    /// True for every 1xx code, 204 and 304, the codes that [RFC 9112,
    /// Section 6.3] ends at the empty line after the header fields whatever
    /// those fields say; [RFC 9110, Section 6.4.1] likewise counts them as
    /// responses without any content, where every other response has
    /// content, if only of zero length. False for every other code, 205
    /// included: a 205 must not carry content, but on HTTP/1.1 its empty
    /// content is framed like any other, so the server sends
    /// `Content-Length: 0` (or an empty chunked body, or closes the
    /// connection) and the client reads that framing before it reads the
    /// next response on the connection.
    ///
    /// Whatever the code, two responses also end at their header section:
    /// the answer to a `HEAD` request, and a 2xx answer to `CONNECT`, after
    /// which the connection is a tunnel.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::NoContent.ends_at_header_section());
    /// assert!(!StatusCode::ResetContent.ends_at_header_section());
    /// ```
    ///
    /// [RFC 9112, Section 6.3]: https://www.rfc-editor.org/rfc/rfc9112.html#section-6.3
    /// [RFC 9110, Section 6.4.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-6.4.1
    #[must_use]
    pub const fn ends_at_header_section(self) -> bool {
        self.is_informational() || self.semantics() & ENDS_AT_HEADER_SECTION != 0
    }

    /// Whether a client may send the same request again, unchanged, and
    /// expect a different outcome: true exactly when
    /// [`StatusCode::retry_condition`] is [`RetryCondition::Unchanged`].
    ///
    /// True where the defining specification says the condition is
    /// temporary or that the request may be repeated as it is:
    ///
    /// - 408: the server gave up waiting for the request; [RFC 9110, Section
    ///   15.5.9] lets the client repeat it.
    /// - 429: the client is rate limited ([RFC 6585, Section 4]); wait for the
    ///   `Retry-After` time if there is one.
    /// - 502 and 504: a gateway could not get a usable answer from upstream,
    ///   because it could not reach it or got an invalid response (502), or
    ///   because no answer came in time (504) ([RFC 9110, Sections 15.6.3
    ///   and 15.6.5]), which is often transient.
    /// - 503: a temporary overload or maintenance ([RFC 9110, Section
    ///   15.6.4]), again with an optional `Retry-After`.
    ///
    /// This is curl's `--retry` set (408, 429, 500, 502, 503, 504) less 500,
    /// because nothing says that failure is temporary: repeating the request
    /// usually fails the same way. 507 is left out although RFC 4918 calls
    /// it temporary, since [RFC 4918, Section 11.5] forbids repeating a
    /// user's request without a new action from the user.
    ///
    /// 421 and 425 invite a retry too, but not of the same request in the
    /// same way, so they are false here and have their own
    /// [`RetryCondition`]: after 421 the request may go again only over a
    /// different connection ([RFC 9110, Section 15.5.20]), and after 425
    /// only once the TLS handshake has completed, outside early data ([RFC
    /// 8470, Section 5.2]). A retry loop built on this predicate alone
    /// therefore never repeats them; one that handles them reads
    /// [`StatusCode::retry_condition`].
    ///
    /// A retry is still subject to the method: a client should not repeat a
    /// request that is not idempotent without knowing it is safe to do so
    /// ([RFC 9110, Section 9.2.2]). Retries should back off, and honour
    /// `Retry-After` when the response has it.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::TooManyRequests.is_retryable());
    /// assert!(StatusCode::ServiceUnavailable.is_retryable());
    /// assert!(!StatusCode::InternalServerError.is_retryable());
    /// assert!(!StatusCode::BadRequest.is_retryable());
    /// assert!(!StatusCode::MisdirectedRequest.is_retryable()); // only on another connection
    /// ```
    ///
    /// [RFC 9110, Section 15.5.9]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9
    /// [RFC 6585, Section 4]: https://www.rfc-editor.org/rfc/rfc6585.html#section-4
    /// [RFC 9110, Sections 15.6.3 and 15.6.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3
    /// [RFC 9110, Section 15.6.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4
    /// [RFC 4918, Section 11.5]: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5
    /// [RFC 9110, Section 15.5.20]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20
    /// [RFC 8470, Section 5.2]: https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2
    /// [RFC 9110, Section 9.2.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-9.2.2
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        self.semantics() & RETRY_UNCHANGED != 0
    }

    /// Under what condition a client may send the request again, or `None`
    /// when nothing in the specifications invites a retry.
    ///
    /// - [`RetryCondition::Unchanged`] for 408, 429, 502, 503 and 504, the
    ///   codes of [`StatusCode::is_retryable`], whose sources it lists;
    /// - [`RetryCondition::OnAnotherConnection`] for 421 ([RFC 9110,
    ///   Section 15.5.20]);
    /// - [`RetryCondition::AfterHandshake`] for 425 ([RFC 8470, Section
    ///   5.2]);
    /// - `None` for every other code, 500 and 507 included.
    ///
    /// After 421 and 425 the server did not act on the request, so the
    /// retry is allowed whatever the method; after the others, a request
    /// that is not idempotent is repeated only when the client knows it is
    /// safe ([RFC 9110, Section 9.2.2]).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{RetryCondition, StatusCode};
    ///
    /// assert_eq!(StatusCode::TooManyRequests.retry_condition(), Some(RetryCondition::Unchanged));
    /// assert_eq!(StatusCode::MisdirectedRequest.retry_condition(), Some(RetryCondition::OnAnotherConnection));
    /// assert_eq!(StatusCode::TooEarly.retry_condition(), Some(RetryCondition::AfterHandshake));
    /// assert_eq!(StatusCode::InternalServerError.retry_condition(), None);
    /// ```
    ///
    /// [RFC 9110, Section 15.5.20]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20
    /// [RFC 8470, Section 5.2]: https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2
    /// [RFC 9110, Section 9.2.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-9.2.2
    #[must_use]
    pub const fn retry_condition(self) -> Option<RetryCondition> {
        // The table holds at most one retry flag per row (`registry.rs`
        // asserts it at compile time), so the masked value is one flag or none.
        match self.semantics() & RETRY {
            RETRY_UNCHANGED => Some(RetryCondition::Unchanged),
            RETRY_ON_ANOTHER_CONNECTION => Some(RetryCondition::OnAnotherConnection),
            RETRY_AFTER_HANDSHAKE => Some(RetryCondition::AfterHandshake),
            _ => None,
        }
    }
}
