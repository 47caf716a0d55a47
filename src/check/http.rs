//! The `http` feature's part of the checker: header fields from an
//! `http::HeaderMap`, and exchanges from `http`'s requests and responses.

#[cfg(feature = "tower")]
use super::index::Name;
use super::{Exchange, Fields, Version};

/// The fields of an `http::HeaderMap`, in its order, names in lower case
/// as the map keeps them.
///
/// # Examples
///
/// ```
/// use http::header::{ALLOW, DATE, HeaderMap, HeaderValue};
/// use statuscode::check::Exchange;
/// use statuscode::StatusCode;
///
/// let mut fields = HeaderMap::new();
/// fields.insert(DATE, HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"));
/// fields.insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
/// let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &fields);
/// assert_eq!(exchange.findings().count(), 0);
/// ```
impl Fields for http::HeaderMap {
    fn visit<'s>(&'s self, visit: &mut dyn FnMut(&'s str, &'s [u8])) {
        for (name, value) in self {
            visit(name.as_str(), value.as_bytes());
        }
    }
}

/// The names of the fields in `headers` that the checker knows, one bit
/// each in the order of [`Name::ALL`], and the value of the first
/// `Content-Type` line, for the layer's quick verdict: what the
/// checker's own walk over any list of fields (`Index::names`) gives for
/// the map, as the quick verdict's property test asserts.
#[cfg(feature = "tower")]
#[inline]
pub(crate) fn names(headers: &http::HeaderMap) -> (u64, Option<&[u8]>) {
    let mut names = 0_u64;
    let mut content_type = None;
    for (name, value) in headers {
        if let Some(known) = Name::of_http(name) {
            if known == Name::ContentType && content_type.is_none() {
                content_type = Some(value.as_bytes());
            }
            names |= 1 << known as u32;
        }
    }
    (names, content_type)
}

/// The version, when the checker knows it: HTTP/0.9 has no status line
/// and no header fields, so it has no rules either.
pub(crate) fn version(version: http::Version) -> Option<Version> {
    match version {
        http::Version::HTTP_10 => Some(Version::Http10),
        http::Version::HTTP_11 => Some(Version::Http11),
        http::Version::HTTP_2 => Some(Version::Http2),
        http::Version::HTTP_3 => Some(Version::Http3),
        _ => None,
    }
}

impl<'a> Exchange<'a> {
    /// The response of these parts: its status, version and header fields.
    ///
    /// The content is not in the parts; give what is known of it with
    /// [`Exchange::content`].
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    ///
    /// let (parts, ()) = http::Response::builder().status(401).body(()).unwrap().into_parts();
    /// let exchange = Exchange::from_response_parts(&parts);
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "401-www-authenticate"));
    /// ```
    #[must_use]
    pub fn from_response_parts(parts: &'a http::response::Parts) -> Exchange<'a> {
        Exchange::response_of(parts.status, parts.version, &parts.headers)
    }

    /// The response's status, version and header fields; its body is not
    /// read.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Content, Exchange};
    ///
    /// let response = http::Response::builder()
    ///     .status(204)
    ///     .header("Date", "Sun, 06 Nov 1994 08:49:37 GMT")
    ///     .body("{}")
    ///     .unwrap();
    /// let exchange = Exchange::from_response(&response).content(Content::Bytes(response.body().as_bytes()));
    /// let ids: Vec<&str> = exchange.findings().map(|finding| finding.rule().id()).collect();
    /// assert_eq!(ids, ["204-no-content"]);
    /// ```
    #[must_use]
    pub fn from_response<B>(response: &'a http::Response<B>) -> Exchange<'a> {
        Exchange::response_of(response.status(), response.version(), response.headers())
    }

    pub(crate) fn response_of(
        status: http::StatusCode,
        http_version: http::Version,
        headers: &'a http::HeaderMap,
    ) -> Exchange<'a> {
        let exchange = Exchange::new(status.into(), headers);
        match version(http_version) {
            Some(known) => exchange.version(known),
            None => exchange,
        }
    }

    /// The same exchange with the request of these parts: its method,
    /// target, version and header fields.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    ///
    /// let (request, ()) = http::Request::builder().method("POST").uri("/orders").body(()).unwrap().into_parts();
    /// let (response, ()) = http::Response::builder()
    ///     .status(201)
    ///     .header("Date", "Sun, 06 Nov 1994 08:49:37 GMT")
    ///     .body(())
    ///     .unwrap()
    ///     .into_parts();
    /// let exchange = Exchange::from_response_parts(&response).request_parts(&request);
    /// assert!(exchange.findings().any(|finding| finding.rule().id() == "201-post-location"));
    /// ```
    #[must_use]
    pub fn request_parts(self, parts: &'a http::request::Parts) -> Exchange<'a> {
        self.request_of(&parts.method, &parts.uri, parts.version, &parts.headers)
    }

    /// The same exchange with this request's method, target, version and
    /// header fields; its body is not read.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    ///
    /// let request = http::Request::builder().method("HEAD").uri("/").body(()).unwrap();
    /// let response = http::Response::builder().status(200).body(()).unwrap();
    /// let exchange = Exchange::from_response(&response).request(&request);
    /// assert_eq!(exchange.request_method(), Some("HEAD"));
    /// assert_eq!(exchange.request_target(), Some("/"));
    /// ```
    #[must_use]
    pub fn request<B>(self, request: &'a http::Request<B>) -> Exchange<'a> {
        self.request_of(
            request.method(),
            request.uri(),
            request.version(),
            request.headers(),
        )
    }

    fn request_of(
        self,
        method: &'a http::Method,
        uri: &'a http::Uri,
        http_version: http::Version,
        headers: &'a http::HeaderMap,
    ) -> Exchange<'a> {
        let mut exchange = self.method(method.as_str()).request_fields(headers);
        if let Some(target) = uri.path_and_query() {
            exchange = exchange.target(target.as_str());
        }
        match version(http_version) {
            Some(known) => exchange.request_version(known),
            None => exchange,
        }
    }
}
