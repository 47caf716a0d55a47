//! [`Exchange`] and its parts: what the checker knows of one request and its
//! response.

use core::fmt;

use crate::AnyStatusCode;

/// A source of header fields that the checker can visit, for a type of
/// your own.
///
/// The checker takes header fields as a [`FieldList`], which is made from
/// a slice or array of `(name, value)` pairs, from an `http::HeaderMap`
/// (with the `http` feature), or from a reference to any type that
/// implements this trait. Names are compared without regard to case, as
/// RFC 9110, Section 5.1 requires. Values are bytes, since a field value
/// may hold bytes that are not UTF-8 (`obs-text`); the checker reports
/// them, it does not reject them.
///
/// A field sent on several lines is several pairs with the same name; the
/// checker combines them as RFC 9110, Section 5.3 describes where the
/// field's grammar is a list, and reports the repetition where it is not.
///
/// # Examples
///
/// ```
/// use statuscode::check::{Exchange, Fields};
/// use statuscode::StatusCode;
///
/// struct Captured {
///     lines: Vec<(String, Vec<u8>)>,
/// }
///
/// impl Fields for Captured {
///     fn visit<'s>(&'s self, visit: &mut dyn FnMut(&'s str, &'s [u8])) {
///         for (name, value) in &self.lines {
///             visit(name, value);
///         }
///     }
/// }
///
/// let captured = Captured { lines: vec![("Allow".into(), b"GET, HEAD".to_vec())] };
/// let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &captured);
/// assert!(exchange.findings().all(|finding| finding.rule().id() != "405-allow"));
/// ```
pub trait Fields {
    /// Calls `visit` once for each field line, in order, with the field's
    /// name and value.
    fn visit<'s>(&'s self, visit: &mut dyn FnMut(&'s str, &'s [u8]));
}

/// The header fields of a message, as the checker reads them: borrowed from
/// a slice or array of `(name, value)` pairs, an `http::HeaderMap`, or any
/// type that implements [`Fields`].
///
/// [`Exchange::new`] and [`Exchange::request_fields`] take anything that
/// converts into one, so it is rarely named. For pairs owned as `String`,
/// borrow them first: `pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect::<Vec<_>>()`.
///
/// # Examples
///
/// ```
/// use statuscode::check::{Exchange, FieldList};
/// use statuscode::StatusCode;
///
/// let pairs: Vec<(&str, &str)> = vec![("Allow", "GET")];
/// let fields = FieldList::from(pairs.as_slice());
/// let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), fields);
/// assert!(exchange.findings().all(|finding| finding.rule().id() != "405-allow"));
/// ```
#[derive(Clone, Copy)]
pub struct FieldList<'a> {
    source: Source<'a>,
}

#[derive(Clone, Copy)]
enum Source<'a> {
    /// No message: what an index of a message that was not given holds.
    /// First, so that such an index is all zeros.
    None,
    Text(&'a [(&'a str, &'a str)]),
    Bytes(&'a [(&'a str, &'a [u8])]),
    Other(&'a dyn Fields),
    /// The request fields that `ConformanceLayer` keeps, whose names it
    /// has looked up already.
    #[cfg(feature = "tower")]
    Captured(&'a crate::check::layer::RequestFields),
}

impl<'a> FieldList<'a> {
    /// No message at all, as opposed to one without fields.
    pub(crate) const NONE: FieldList<'static> = FieldList {
        source: Source::None,
    };

    /// Whether these are the fields of a message, as opposed to
    /// [`FieldList::NONE`].
    pub(crate) const fn is_some(&self) -> bool {
        !matches!(self.source, Source::None)
    }

    /// Calls `visit` with each field line, in order: directly for the
    /// slices of pairs, through [`Fields::visit`] for another source.
    pub(crate) fn visit(&self, mut visit: impl FnMut(&'a str, &'a [u8])) {
        match self.source {
            Source::None => {}
            Source::Text(pairs) => {
                for &(name, value) in pairs {
                    visit(name, value.as_bytes());
                }
            }
            Source::Bytes(pairs) => {
                for &(name, value) in pairs {
                    visit(name, value);
                }
            }
            Source::Other(fields) => fields.visit(&mut visit),
            #[cfg(feature = "tower")]
            Source::Captured(fields) => fields.visit(&mut visit),
        }
    }

    /// The request fields of `ConformanceLayer`.
    #[cfg(feature = "tower")]
    pub(crate) const fn captured(fields: &'a crate::check::layer::RequestFields) -> FieldList<'a> {
        FieldList {
            source: Source::Captured(fields),
        }
    }

    /// The request fields of `ConformanceLayer`, if these are they.
    #[cfg(feature = "tower")]
    pub(crate) const fn as_captured(&self) -> Option<&'a crate::check::layer::RequestFields> {
        match self.source {
            Source::Captured(fields) => Some(fields),
            _ => None,
        }
    }
}

impl<'a> From<&'a [(&'a str, &'a str)]> for FieldList<'a> {
    fn from(pairs: &'a [(&'a str, &'a str)]) -> FieldList<'a> {
        FieldList {
            source: Source::Text(pairs),
        }
    }
}

impl<'a, const LEN: usize> From<&'a [(&'a str, &'a str); LEN]> for FieldList<'a> {
    fn from(pairs: &'a [(&'a str, &'a str); LEN]) -> FieldList<'a> {
        FieldList {
            source: Source::Text(pairs),
        }
    }
}

impl<'a> From<&'a [(&'a str, &'a [u8])]> for FieldList<'a> {
    fn from(pairs: &'a [(&'a str, &'a [u8])]) -> FieldList<'a> {
        FieldList {
            source: Source::Bytes(pairs),
        }
    }
}

impl<'a, const LEN: usize> From<&'a [(&'a str, &'a [u8]); LEN]> for FieldList<'a> {
    fn from(pairs: &'a [(&'a str, &'a [u8]); LEN]) -> FieldList<'a> {
        FieldList {
            source: Source::Bytes(pairs),
        }
    }
}

impl<'a, T: Fields> From<&'a T> for FieldList<'a> {
    fn from(fields: &'a T) -> FieldList<'a> {
        FieldList {
            source: Source::Other(fields),
        }
    }
}

/// Lists the fields, values as text where they are UTF-8.
impl fmt::Debug for FieldList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        self.visit(|name, value| {
            list.entry(&(name, crate::check::finding::Shown(value)));
        });
        list.finish()
    }
}

/// The version of HTTP a message was sent in.
///
/// Some rules depend on it: a 101 cannot be sent over HTTP/2, a 1xx must
/// not be sent to an HTTP/1.0 client, and `Transfer-Encoding` and the
/// connection options exist only in HTTP/1.x. A rule that needs the version
/// is skipped when it is not known.
///
/// # Examples
///
/// ```
/// use statuscode::check::Version;
///
/// assert_eq!(Version::Http11.to_string(), "HTTP/1.1");
/// assert!(Version::Http10 < Version::Http2);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Version {
    /// HTTP/1.0 ([RFC 1945](https://www.rfc-editor.org/rfc/rfc1945.html)).
    Http10,
    /// HTTP/1.1 ([RFC 9112](https://www.rfc-editor.org/rfc/rfc9112.html)).
    Http11,
    /// HTTP/2 ([RFC 9113](https://www.rfc-editor.org/rfc/rfc9113.html)).
    Http2,
    /// HTTP/3 ([RFC 9114](https://www.rfc-editor.org/rfc/rfc9114.html)).
    Http3,
}

impl Version {
    /// The version as a status line or request line writes it, such as
    /// `"HTTP/1.1"`; `"HTTP/2"` and `"HTTP/3"` for the versions that have no
    /// such line.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Version;
    ///
    /// assert_eq!(Version::Http2.as_str(), "HTTP/2");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Version::Http10 => "HTTP/1.0",
            Version::Http11 => "HTTP/1.1",
            Version::Http2 => "HTTP/2",
            Version::Http3 => "HTTP/3",
        }
    }

    /// Whether the version is HTTP/1.0 or HTTP/1.1, the versions with
    /// `Transfer-Encoding`, connection options and `Upgrade`.
    pub(crate) const fn is_http1(self) -> bool {
        matches!(self, Version::Http10 | Version::Http11)
    }
}

/// Writes [`Version::as_str`].
impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What is known of a response's content: nothing, its length, or its bytes.
///
/// The content is what the framing delivers, after any transfer coding
/// such as `chunked` is removed but before any content coding such as
/// `gzip` is: RFC 9110, Section 6.4's content. Rules about the length need
/// at least [`Content::Length`]; rules that read the content, such as the
/// problem details and stack trace rules, need [`Content::Bytes`], and skip
/// a response whose `Content-Encoding` leaves the bytes unreadable.
///
/// # Examples
///
/// ```
/// use statuscode::check::Content;
///
/// assert_eq!(Content::Bytes(b"{}").len(), Some(2));
/// assert_eq!(Content::Length(0).len(), Some(0));
/// assert_eq!(Content::Unknown.len(), None);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Content<'a> {
    /// Nothing is known of the content: every rule about it is skipped.
    #[default]
    Unknown,
    /// The content's length in bytes; `Length(0)` says there is none.
    Length(u64),
    /// The content itself.
    Bytes(&'a [u8]),
}

impl Content<'_> {
    /// The content's length in bytes, when it is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Content;
    ///
    /// assert_eq!(Content::Length(1024).len(), Some(1024));
    /// ```
    #[must_use]
    pub const fn len(&self) -> Option<u64> {
        match *self {
            Content::Unknown => None,
            Content::Length(length) => Some(length),
            // A slice's length always fits in a u64 on the platforms Rust
            // supports; saturate rather than assume it.
            Content::Bytes(bytes) => Some(if bytes.len() as u128 <= u64::MAX as u128 {
                bytes.len() as u64
            } else {
                u64::MAX
            }),
        }
    }

    /// Whether the content is known to be empty: `Some(true)` when there is
    /// none, `None` when nothing is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Content;
    ///
    /// assert_eq!(Content::Bytes(b"").is_empty(), Some(true));
    /// assert_eq!(Content::Unknown.is_empty(), None);
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> Option<bool> {
        match self.len() {
            Some(length) => Some(length == 0),
            None => None,
        }
    }
}

/// Where the check stands, which decides who owns some header fields.
///
/// On the wire, every field is the sender's, so every rule applies. Inside
/// an application, the response is checked before the HTTP library (hyper,
/// for an axum service) adds `Date`, `Content-Length` and
/// `Transfer-Encoding` and manages the connection options, and after it
/// has read the request's `Host` and framing, so the rules about those
/// fields are skipped (`host-400` among them: a request made in process,
/// as a test makes it, often has no `Host`): the application cannot be
/// blamed for what it does not control.
///
/// # Examples
///
/// ```
/// use statuscode::check::{Exchange, Vantage};
/// use statuscode::StatusCode;
///
/// let fields: [(&str, &str); 0] = [];
/// let wire = Exchange::new(StatusCode::Ok.into(), &fields);
/// assert!(wire.findings().any(|finding| finding.rule().id() == "date-2xx-3xx-4xx"));
///
/// let application = wire.vantage(Vantage::Application);
/// assert!(application.findings().all(|finding| finding.rule().id() != "date-2xx-3xx-4xx"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Vantage {
    /// A message as it was sent, such as a captured response: the checker
    /// sees every field the sender wrote.
    #[default]
    Wire,
    /// A response inside the application that made it, before the HTTP
    /// library has added `Date` and the framing fields.
    Application,
}

/// The status as given: a code, or the raw text of a status line's code
/// that is not three digits from 100 to 999.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status<'a> {
    /// A code in `100..=999`.
    Code(AnyStatusCode),
    /// Text that is no such code.
    Raw(&'a str),
}

/// One HTTP exchange to check: a response and, when it is known, the
/// request it answers.
///
/// Built from borrowed parts, so making one costs nothing but a few
/// pointers: the status and the response's header fields to begin with,
/// then what else is known, with the methods that return a new `Exchange`.
/// A rule that needs a part that was not given (the request method, the
/// request's fields, the content's bytes) is skipped, never guessed.
///
/// [`Exchange::findings`] then yields every rule the exchange breaks.
///
/// # Examples
///
/// ```
/// use statuscode::check::{Content, Exchange, Version};
/// use statuscode::StatusCode;
///
/// let response = [
///     ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
///     ("Content-Type", "text/plain"),
/// ];
/// let request = [("Host", "example.com")];
/// let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &response)
///     .version(Version::Http11)
///     .content(Content::Bytes(b"Use GET."))
///     .method("DELETE")
///     .request_fields(&request);
///
/// let ids: Vec<&str> = exchange.findings().map(|finding| finding.rule().id()).collect();
/// assert_eq!(ids, ["405-allow"]);
/// ```
#[derive(Clone, Copy)]
pub struct Exchange<'a> {
    pub(crate) status: Status<'a>,
    pub(crate) reason: Option<&'a [u8]>,
    pub(crate) fields: FieldList<'a>,
    pub(crate) content: Content<'a>,
    pub(crate) version: Option<Version>,
    pub(crate) method: Option<&'a str>,
    pub(crate) target: Option<&'a str>,
    pub(crate) request_version: Option<Version>,
    pub(crate) request_fields: Option<FieldList<'a>>,
    pub(crate) vantage: Vantage,
}

impl<'a> Exchange<'a> {
    /// A response with this status and these header fields, seen on the
    /// wire, with nothing else known.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::{AnyStatusCode, StatusCode};
    ///
    /// let fields = [("WWW-Authenticate", r#"Bearer realm="api""#)];
    /// let exchange = Exchange::new(StatusCode::Unauthorized.into(), &fields);
    /// assert_eq!(exchange.status(), Some(AnyStatusCode::from(StatusCode::Unauthorized)));
    /// ```
    #[must_use]
    pub fn new(status: AnyStatusCode, fields: impl Into<FieldList<'a>>) -> Exchange<'a> {
        Exchange::with_status(Status::Code(status), fields.into())
    }

    /// A response whose status line's code is given as text, exactly as
    /// it was received.
    ///
    /// Text that is three digits from 100 to 999 is that code, as with
    /// [`Exchange::new`]. Anything else is kept, and
    /// [`findings`](Exchange::findings) reports it
    /// (`status-code-3digit`, or `status-code-range` for three digits below
    /// 100); every rule that depends on the code is then skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// let exchange = Exchange::from_status_text("20", &fields);
    /// assert_eq!(exchange.status(), None);
    /// let ids: Vec<&str> = exchange.findings().map(|finding| finding.rule().id()).collect();
    /// assert_eq!(ids, ["status-code-3digit"]);
    /// ```
    #[must_use]
    pub fn from_status_text(status: &'a str, fields: impl Into<FieldList<'a>>) -> Exchange<'a> {
        let digits = status.as_bytes();
        let code = match *digits {
            [a, b, c] if digits.iter().all(u8::is_ascii_digit) => AnyStatusCode::from_u16(
                u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'),
            )
            .ok(),
            _ => None,
        };
        let status = code.map_or(Status::Raw(status), Status::Code);
        Exchange::with_status(status, fields.into())
    }

    fn with_status(status: Status<'a>, fields: FieldList<'a>) -> Exchange<'a> {
        Exchange {
            status,
            reason: None,
            fields,
            content: Content::Unknown,
            version: None,
            method: None,
            target: None,
            request_version: None,
            request_fields: None,
            vantage: Vantage::Wire,
        }
    }

    /// The same exchange with the response's reason phrase, as it was
    /// received (bytes 0x80 to 0xFF are allowed in it).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT")];
    /// let exchange = Exchange::new(StatusCode::Ok.into(), &fields).reason(b"O\x00K");
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "reason-phrase-syntax"));
    /// ```
    #[must_use]
    pub const fn reason(mut self, phrase: &'a [u8]) -> Exchange<'a> {
        self.reason = Some(phrase);
        self
    }

    /// The same exchange with what is known of the response's content.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Content, Exchange};
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// let exchange = Exchange::new(StatusCode::NoContent.into(), &fields).content(Content::Bytes(b"{}"));
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "204-no-content"));
    /// ```
    #[must_use]
    pub const fn content(mut self, content: Content<'a>) -> Exchange<'a> {
        self.content = content;
        self
    }

    /// The same exchange with the HTTP version of the response.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Exchange, Version};
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Upgrade", "websocket"), ("Connection", "upgrade")];
    /// let exchange = Exchange::new(StatusCode::SwitchingProtocols.into(), &fields).version(Version::Http2);
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "101-not-in-h2"));
    /// ```
    #[must_use]
    pub const fn version(mut self, version: Version) -> Exchange<'a> {
        self.version = Some(version);
        self
    }

    /// The same exchange with the request's method, such as `"GET"`
    /// (methods are case-sensitive).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Content, Exchange};
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Content-Type", "text/plain")];
    /// let exchange = Exchange::new(StatusCode::Ok.into(), &fields)
    ///     .content(Content::Bytes(b"hello"))
    ///     .method("HEAD");
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "head-no-content"));
    /// ```
    #[must_use]
    pub const fn method(mut self, method: &'a str) -> Exchange<'a> {
        self.method = Some(method);
        self
    }

    /// The same exchange with the request's target, as the request line
    /// or the `:path` of HTTP/2 gives it (`/orders?id=7`), or as a full URI.
    ///
    /// Used in messages, and by the rules that must know whether a
    /// credential came in the query.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// let exchange = Exchange::new(StatusCode::Ok.into(), &fields).target("/orders/7");
    /// assert_eq!(exchange.request_target(), Some("/orders/7"));
    /// ```
    #[must_use]
    pub const fn target(mut self, target: &'a str) -> Exchange<'a> {
        self.target = Some(target);
        self
    }

    /// The same exchange with the HTTP version of the request.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Exchange, Version};
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// let exchange = Exchange::new(StatusCode::EarlyHints.into(), &fields).request_version(Version::Http10);
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "1xx-not-to-http10"));
    /// ```
    #[must_use]
    pub const fn request_version(mut self, version: Version) -> Exchange<'a> {
        self.request_version = Some(version);
        self
    }

    /// The same exchange with the request's header fields.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let response = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("ETag", "\"v2\"")];
    /// let request = [("If-None-Match", "\"v1\"")];
    /// let exchange = Exchange::new(StatusCode::NotModified.into(), &response)
    ///     .method("GET")
    ///     .request_fields(&request);
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "cache-304-etag-in-list"));
    /// ```
    #[must_use]
    pub fn request_fields(mut self, fields: impl Into<FieldList<'a>>) -> Exchange<'a> {
        self.request_fields = Some(fields.into());
        self
    }

    /// The same exchange seen from another [`Vantage`].
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Exchange, Vantage};
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// let exchange = Exchange::new(StatusCode::Ok.into(), &fields).vantage(Vantage::Application);
    /// assert_eq!(exchange.vantage_point(), Vantage::Application);
    /// ```
    #[must_use]
    pub const fn vantage(mut self, vantage: Vantage) -> Exchange<'a> {
        self.vantage = vantage;
        self
    }

    /// The response's status code, or `None` when it was given as text that
    /// is not one (see [`Exchange::from_status_text`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::AnyStatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// let exchange = Exchange::from_status_text("499", &fields);
    /// assert_eq!(exchange.status(), AnyStatusCode::from_u16(499).ok());
    /// ```
    #[must_use]
    pub const fn status(&self) -> Option<AnyStatusCode> {
        match self.status {
            Status::Code(code) => Some(code),
            Status::Raw(_) => None,
        }
    }

    /// The request's method, when it is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// assert_eq!(Exchange::new(StatusCode::Ok.into(), &fields).method("PUT").request_method(), Some("PUT"));
    /// ```
    #[must_use]
    pub const fn request_method(&self) -> Option<&'a str> {
        self.method
    }

    /// The request's target, when it is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// assert_eq!(Exchange::new(StatusCode::Ok.into(), &fields).request_target(), None);
    /// ```
    #[must_use]
    pub const fn request_target(&self) -> Option<&'a str> {
        self.target
    }

    /// Where the check stands.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Exchange, Vantage};
    /// use statuscode::StatusCode;
    ///
    /// let fields: [(&str, &str); 0] = [];
    /// assert_eq!(Exchange::new(StatusCode::Ok.into(), &fields).vantage_point(), Vantage::Wire);
    /// ```
    #[must_use]
    pub const fn vantage_point(&self) -> Vantage {
        self.vantage
    }
}

/// Shows the status, the reason phrase, the header fields (values as
/// text where they are UTF-8) and the parts that are known.
impl fmt::Debug for Exchange<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exchange")
            .field("status", &self.status)
            .field("reason", &self.reason.map(crate::check::finding::Shown))
            .field("fields", &self.fields)
            .field("content", &self.content)
            .field("version", &self.version)
            .field("method", &self.method)
            .field("target", &self.target)
            .field("request_version", &self.request_version)
            .field("request_fields", &self.request_fields)
            .field("vantage", &self.vantage)
            .finish()
    }
}
