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
/// A client may send the same request again, unchanged.
pub(crate) const RETRYABLE: u8 = 1 << 2;
/// A response with this code ends at its header section, whatever its
/// header fields say, so it has no framing to read (RFC 9112, Section 6.3).
/// Not written on the 1xx rows, for the same reason as `NO_CONTENT`. Every
/// code with this property has `NO_CONTENT` too, which `registry.rs` checks;
/// the converse does not hold, since a 205 has to frame its empty content.
pub(crate) const ENDS_AT_HEADER_SECTION: u8 = 1 << 3;

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
    /// expect a different outcome.
    ///
    /// True where the defining specification says the condition is
    /// temporary or that the request may be repeated:
    ///
    /// - 408: the server gave up waiting for the request; [RFC 9110, Section
    ///   15.5.9] lets the client repeat it.
    /// - 421: [RFC 9110, Section 15.5.20] lets the client retry over a
    ///   different connection, even for a method that is not idempotent.
    /// - 425: [RFC 8470, Section 5.2] lets the client retry once the TLS
    ///   handshake is complete, outside early data.
    /// - 429: the client is rate limited ([RFC 6585, Section 4]); wait for the
    ///   `Retry-After` time if there is one.
    /// - 502 and 504: a gateway received a bad answer or no answer in time
    ///   from upstream ([RFC 9110, Sections 15.6.3 and 15.6.5]), which is
    ///   often transient.
    /// - 503: a temporary overload or maintenance ([RFC 9110, Section
    ///   15.6.4]), again with an optional `Retry-After`.
    ///
    /// This is curl's `--retry` set (408, 429, 500, 502, 503, 504) with
    /// two differences. 500 is left out, because nothing says the failure
    /// is temporary: repeating the request usually fails the same way. 421
    /// and 425 are added, because their specifications invite the retry.
    /// 507 is left out although RFC 4918 calls it temporary, since
    /// [RFC 4918, Section 11.5] forbids repeating a user's request without
    /// a new action from the user.
    ///
    /// A retry is still subject to the method: a client should not repeat a
    /// request that is not idempotent without knowing it is safe to do so
    /// ([RFC 9110, Section 9.2.2]), except after 421 and 425, whose request
    /// the server did not process. Retries should back off, and honour
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
    /// ```
    ///
    /// [RFC 9110, Section 15.5.9]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9
    /// [RFC 9110, Section 15.5.20]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20
    /// [RFC 8470, Section 5.2]: https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2
    /// [RFC 6585, Section 4]: https://www.rfc-editor.org/rfc/rfc6585.html#section-4
    /// [RFC 9110, Sections 15.6.3 and 15.6.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3
    /// [RFC 9110, Section 15.6.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4
    /// [RFC 4918, Section 11.5]: https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5
    /// [RFC 9110, Section 9.2.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-9.2.2
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        self.semantics() & RETRYABLE != 0
    }
}
