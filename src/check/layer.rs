//! [`ConformanceLayer`], a tower layer that checks every response a
//! service sends, and what it does with the findings.
//!
//! The layer sits in front of any tower service of `http` requests and
//! responses, an axum `Router` included. For each request it keeps the
//! method, the URI, the version and the header fields that the rules can
//! read; when the inner service answers, it checks the response with
//! [`Exchange`] from [`Vantage::Application`], since the HTTP library adds
//! `Date` and the framing fields later, and hands a [`Report`] to an
//! [`OnFindings`] when some rule is broken. The response goes on
//! unchanged.
//!
//! What happens to the findings is the caller's choice:
//!
//! - [`ConformanceLayer::strict`] panics with every finding at or above a
//!   level, for tests: the first response that breaks a rule fails the
//!   test, with the rule's id, level, section and what to change;
//! - [`ConformanceLayer::tracing`] (feature `tracing`) emits one `tracing`
//!   event per finding, for production;
//! - [`ConformanceLayer::new`] takes any [`OnFindings`], such as a closure
//!   that receives the [`Report`].
//!
//! # Content
//!
//! By default the content's length comes from the body's size hint, when
//! it is exact; the body itself is never touched, and the response keeps
//! its type. [`ConformanceLayer::inspect_content`] opts into the rules that
//! read the content (problem details, stack traces, multipart ranges): the
//! layer then reads a body whose size hint is exact and at most the limit
//! before it hands the response on, checks the bytes, and returns an
//! [`InspectedBody`] that yields the same frames. A body that is larger,
//! or whose length is not known in advance, passes through unread.
//!
//! # Cost
//!
//! On a response that breaks no rule, the layer allocates nothing beyond
//! what keeping the request needs: the URI's target and the values of up
//! to eight lines of the fields the rules know, 192 bytes in all, are
//! copied in place; only a request with more allocates a vector for the
//! rest, and only a URI too long for the room left (or an extension
//! method of more than 15 bytes, which `http` keeps on the heap) is
//! cloned. Whether a response can break a rule at all is told from the
//! names of its fields before the checker's facts are built. The README's
//! "Performance" section gives the time per request.
//!
//! # Examples
//!
//! ```
//! use http::{Request, Response};
//! use statuscode::check::{ConformanceLayer, Level};
//! use tower::{Service, ServiceExt, service_fn};
//! use tower::Layer;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! let service = service_fn(|_request: Request<String>| async {
//!     Ok::<_, std::convert::Infallible>(
//!         Response::builder().status(405).header("Allow", "GET").body(String::new()).unwrap(),
//!     )
//! });
//! let service = ConformanceLayer::strict(Level::Must).layer(service);
//! let request = Request::post("/report").body(String::new()).unwrap();
//! let response = service.oneshot(request).await.unwrap();
//! assert_eq!(response.status(), 405);
//! # });
//! ```

mod body;
mod capture;
#[cfg(feature = "tracing")]
mod tracing;

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use core::cell::OnceCell;
use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, ready};

use http::{Method, Request, Response, Uri};
use http_body::Body;
use pin_project_lite::pin_project;
use tower_layer::Layer;
use tower_service::Service;

pub use self::body::InspectedBody;
pub(crate) use self::capture::RequestFields;
use self::capture::{Captured, RequestUri};
#[cfg(feature = "tracing")]
pub use self::tracing::Tracing;
use super::finding::{Setting, can_break_a_rule};
use super::rule::{Input, http_method_index};
use super::{Content, Exchange, FieldList, Finding, Findings, Level, Vantage};
use crate::AnyStatusCode;

/// A tower layer that checks every response of the service it wraps, and
/// hands the findings to an [`OnFindings`].
///
/// `H` is what happens to the findings; `C` is how much of the content is
/// read: [`ContentLength`] (the default), or [`ContentBytes`] after
/// [`inspect_content`](ConformanceLayer::inspect_content). See the
/// [module](self) for what is checked and what it costs.
///
/// # Examples
///
/// In a test, a strict layer in front of an axum router fails the test on
/// the first response that breaks a requirement:
///
/// ```
/// use axum::Router;
/// use axum::routing::get;
/// use http::Request;
/// use statuscode::check::{ConformanceLayer, Level};
/// use tower::ServiceExt;
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let app = Router::new()
///     .route("/", get(|| async { http::StatusCode::OK }))
///     .layer(ConformanceLayer::strict(Level::Must));
/// let response = app.oneshot(Request::get("/").body(String::new()).unwrap()).await.unwrap();
/// assert_eq!(response.status(), 200);
/// # });
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ConformanceLayer<H, C = ContentLength> {
    on_findings: H,
    content: C,
}

/// How much of the content a [`ConformanceLayer`] reads: only its length,
/// from the body's size hint, when the hint is exact. The default.
///
/// # Examples
///
/// ```
/// use statuscode::check::layer::ContentLength;
/// use statuscode::check::{ConformanceLayer, Level};
///
/// let layer: ConformanceLayer<_, ContentLength> = ConformanceLayer::strict(Level::Must);
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct ContentLength;

/// How much of the content a [`ConformanceLayer`] reads: the bytes of a
/// body whose size hint is exact and at most a limit, from
/// [`ConformanceLayer::inspect_content`].
///
/// # Examples
///
/// ```
/// use statuscode::check::{ConformanceLayer, Level};
///
/// let layer = ConformanceLayer::strict(Level::Must).inspect_content(64 * 1024);
/// assert_eq!(layer.content_limit(), Some(64 * 1024));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ContentBytes {
    limit: usize,
}

impl<H: OnFindings> ConformanceLayer<H> {
    /// A layer that hands the findings of every response that breaks a
    /// rule to `on_findings`: a closure that takes a [`&Report`](Report),
    /// or a ready-made [`Strict`] or `Tracing`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{ConformanceLayer, Report};
    ///
    /// let layer = ConformanceLayer::new(|report: &Report<'_>| {
    ///     for finding in report.findings() {
    ///         eprintln!("{} {}: {finding}", report.method(), report.uri());
    ///     }
    /// });
    /// # let _ = layer;
    /// ```
    #[must_use]
    pub const fn new(on_findings: H) -> ConformanceLayer<H> {
        ConformanceLayer {
            on_findings,
            content: ContentLength,
        }
    }

    /// The same layer, reading the bytes of every body whose size hint is
    /// exact and at most `limit` bytes, so that the rules about the
    /// content run too.
    ///
    /// The layer reads such a body to its end before it hands the response
    /// on, and the response's body becomes an [`InspectedBody`], which
    /// yields the same frames. A body that is larger, or whose length is
    /// not known in advance (a stream), passes through unread and is never
    /// cut short; a response to `HEAD` is never read. Reading costs a
    /// buffer of the body's frames per response.
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::Router;
    /// use axum::routing::get;
    /// use http::Request;
    /// use statuscode::check::{ConformanceLayer, Report};
    /// use std::sync::{Arc, Mutex};
    /// use tower::ServiceExt;
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let seen = Arc::new(Mutex::new(Vec::new()));
    /// let record = seen.clone();
    /// let layer = ConformanceLayer::new(move |report: &Report<'_>| {
    ///     let ids = report.findings().map(|finding| finding.rule().id());
    ///     record.lock().unwrap().extend(ids);
    /// })
    /// .inspect_content(16 * 1024);
    /// let trace = "thread 'main' panicked at src/main.rs:3:5:\nstack backtrace:\n   0: std::panicking::begin_panic\n             at /rustc/library/std/src/panicking.rs:525:12\n";
    /// let app = Router::new()
    ///     .route("/", get(move || async move { (http::StatusCode::INTERNAL_SERVER_ERROR, trace) }))
    ///     .layer(layer);
    /// app.oneshot(Request::get("/").body(String::new()).unwrap()).await.unwrap();
    /// assert_eq!(*seen.lock().unwrap(), ["5xx-stack-trace"]);
    /// # });
    /// ```
    #[must_use]
    pub fn inspect_content(self, limit: usize) -> ConformanceLayer<H, ContentBytes> {
        ConformanceLayer {
            on_findings: self.on_findings,
            content: ContentBytes { limit },
        }
    }
}

impl ConformanceLayer<Strict> {
    /// A layer that panics on every response that breaks a rule at `level`
    /// or above, with a message that lists each such finding: for tests.
    ///
    /// The panic happens in the response future, so a test that calls the
    /// service with `tower::ServiceExt::oneshot` fails at once; behind a
    /// real server, the connection that carried the response is dropped
    /// and the message is printed where the server's task panicked.
    ///
    /// # Examples
    ///
    /// ```should_panic
    /// use axum::Router;
    /// use axum::routing::get;
    /// use http::Request;
    /// use statuscode::check::{ConformanceLayer, Level};
    /// use tower::ServiceExt;
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// // A 405 must say which methods are allowed: this panics with
    /// // "405-allow (must, RFC 9110, Section 15.5.6): ...".
    /// let app = Router::new()
    ///     .route("/", get(|| async { http::StatusCode::METHOD_NOT_ALLOWED }))
    ///     .layer(ConformanceLayer::strict(Level::Must));
    /// app.oneshot(Request::get("/").body(String::new()).unwrap()).await.unwrap();
    /// # });
    /// ```
    #[must_use]
    pub const fn strict(level: Level) -> ConformanceLayer<Strict> {
        ConformanceLayer::new(Strict::new(level))
    }
}

#[cfg(feature = "tracing")]
impl ConformanceLayer<Tracing> {
    /// A layer that emits one `tracing` event per finding: see [`Tracing`].
    ///
    /// # Examples
    ///
    /// ```
    /// use axum::Router;
    /// use axum::routing::get;
    /// use statuscode::check::ConformanceLayer;
    ///
    /// let app: Router = Router::new()
    ///     .route("/", get(|| async { http::StatusCode::OK }))
    ///     .layer(ConformanceLayer::tracing());
    /// # let _ = app;
    /// ```
    #[must_use]
    pub const fn tracing() -> ConformanceLayer<Tracing> {
        ConformanceLayer::new(Tracing)
    }
}

impl<H, C> ConformanceLayer<H, C> {
    /// The most bytes of a body the layer reads, or `None` when it reads
    /// only the length.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{ConformanceLayer, Level};
    ///
    /// assert_eq!(ConformanceLayer::strict(Level::Must).content_limit(), None);
    /// ```
    #[must_use]
    pub fn content_limit(&self) -> Option<usize>
    where
        C: ContentMode,
    {
        self.content.limit()
    }
}

/// How much of a body a [`ConformanceLayer`] reads: [`ContentLength`] or
/// [`ContentBytes`]. Sealed: the layer's service is written for these two.
pub trait ContentMode: Copy + sealed::Sealed {
    /// The most bytes read, or `None` when only the length is.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::layer::{ContentLength, ContentMode};
    ///
    /// assert_eq!(ContentLength.limit(), None);
    /// ```
    fn limit(&self) -> Option<usize>;
}

impl ContentMode for ContentLength {
    fn limit(&self) -> Option<usize> {
        None
    }
}

impl ContentMode for ContentBytes {
    fn limit(&self) -> Option<usize> {
        Some(self.limit)
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::ContentLength {}
    impl Sealed for super::ContentBytes {}
}

impl<S, H: Clone, C: Copy> Layer<S> for ConformanceLayer<H, C> {
    type Service = Conformance<S, H, C>;

    fn layer(&self, inner: S) -> Conformance<S, H, C> {
        Conformance {
            inner,
            on_findings: self.on_findings.clone(),
            content: self.content,
        }
    }
}

/// The service of a [`ConformanceLayer`]: it calls the inner service and
/// checks each response.
///
/// # Examples
///
/// ```
/// use http::{Request, Response};
/// use statuscode::check::layer::Conformance;
/// use statuscode::check::{ConformanceLayer, Level};
/// use tower::service_fn;
/// use tower::Layer;
///
/// let inner = service_fn(|_: Request<String>| async {
///     Ok::<_, std::convert::Infallible>(Response::new(String::new()))
/// });
/// let service: Conformance<_, _> = ConformanceLayer::strict(Level::Must).layer(inner);
/// # let _ = service;
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Conformance<S, H, C = ContentLength> {
    inner: S,
    on_findings: H,
    content: C,
}

impl<S, H, ReqBody, ResBody> Service<Request<ReqBody>> for Conformance<S, H, ContentLength>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Body,
    H: OnFindings + Clone,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, H>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let request_kept = Captured::new(&request);
        ResponseFuture {
            inner: self.inner.call(request),
            pending: Some(Pending {
                request: request_kept,
                on_findings: self.on_findings.clone(),
            }),
        }
    }
}

impl<S, H, ReqBody, ResBody> Service<Request<ReqBody>> for Conformance<S, H, ContentBytes>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Body,
    H: OnFindings + Clone,
{
    type Response = Response<InspectedBody<ResBody>>;
    type Error = S::Error;
    type Future = InspectingFuture<S::Future, H, ResBody>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let request_kept = Captured::new(&request);
        InspectingFuture {
            inner: self.inner.call(request),
            pending: Some(Pending {
                request: request_kept,
                on_findings: self.on_findings.clone(),
            }),
            limit: self.content.limit,
            reading: None,
        }
    }
}

/// What a response future keeps until the response comes: the request,
/// and what to do with the findings.
#[derive(Debug)]
struct Pending<H> {
    request: Captured,
    on_findings: H,
}

impl<H: OnFindings> Pending<H> {
    /// Checks the response of this status, version and header fields with
    /// `content`, and hands the findings on when there are some: the
    /// [`Pending::check`] of a response whose content was read. Not
    /// inlined: the check's code then stays in one place, rather than in
    /// every response future.
    #[inline(never)]
    fn check_read(
        &self,
        status: http::StatusCode,
        version: http::Version,
        headers: &http::HeaderMap,
        content: Content<'_>,
    ) {
        self.check(status, version, headers, content);
    }

    /// Checks the response of this status, version and header fields with
    /// `content`, and hands the findings on when there are some.
    ///
    /// Inlined into [`Pending::settle`], with the quick verdict, so that a
    /// conforming response runs through one function: a round trip over a
    /// network pays for the cache lines of code it runs more than for its
    /// instructions, and calls spread them.
    #[inline]
    fn check(
        &self,
        status: http::StatusCode,
        version: http::Version,
        headers: &http::HeaderMap,
        content: Content<'_>,
    ) {
        // Most responses can break no rule at all, which is told from the
        // names of the fields, before the exchange is made, and for less
        // than the checker's facts cost to build.
        if !self.can_break_a_rule(status, headers, &content) {
            return;
        }
        let exchange = self.exchange(status, version, headers, content);
        // An http response's status is always a code from 100 to 999.
        if let Some(status) = exchange.status() {
            if exchange.findings().next().is_some() {
                self.report(status, exchange);
            }
        }
    }

    /// The quick verdict: whether the response of this status, header
    /// fields and `content` can break any rule, read from the names of the
    /// fields, the first `Content-Type`, the method and the names of the
    /// request's fields, as it would be from [`Pending::exchange`].
    fn can_break_a_rule(
        &self,
        status: http::StatusCode,
        headers: &http::HeaderMap,
        content: &Content<'_>,
    ) -> bool {
        can_break_a_rule(
            Some(status.as_u16()),
            self.setting(content),
            crate::check::http::names(headers),
            self.request.fields.names(),
        )
    }

    /// The method, vantage and inputs of the exchange with `content` that
    /// [`Pending::exchange`] makes.
    fn setting(&self, content: &Content<'_>) -> Setting {
        Setting {
            method: http_method_index(&self.request.method),
            application: true,
            offered: Input::offered_by(false, content),
        }
    }

    /// The exchange of the request kept and the response of this status,
    /// version, header fields and `content`, seen from the application.
    fn exchange<'s>(
        &'s self,
        status: http::StatusCode,
        version: http::Version,
        headers: &'s http::HeaderMap,
        content: Content<'s>,
    ) -> Exchange<'s> {
        let request = &self.request;
        let mut exchange = Exchange::response_of(status, version, headers)
            .vantage(Vantage::Application)
            .content(content)
            .method(request.method.as_str())
            .request_fields(FieldList::captured(&request.fields));
        if let Some(target) = request.target() {
            exchange = exchange.target(target);
        }
        if let Some(version) = request.version {
            exchange = exchange.request_version(version);
        }
        exchange
    }

    /// Hands the findings of `exchange` on. Apart from the check, so that
    /// a conforming response runs through less code.
    #[cold]
    #[inline(never)]
    fn report(&self, status: AnyStatusCode, exchange: Exchange<'_>) {
        let request = &self.request;
        let made = OnceCell::new();
        self.on_findings.on_findings(&Report {
            method: &request.method,
            uri: request.uri(&made),
            status,
            exchange,
        });
    }

    /// Checks the response with the length its size hint gives, and
    /// leaves `pending` empty: the request is released here, in one copy
    /// of the code for every response future that ends this way.
    #[inline(never)]
    fn settle(
        pending: &mut Option<Pending<H>>,
        status: http::StatusCode,
        version: http::Version,
        headers: &http::HeaderMap,
        hint: &http_body::SizeHint,
    ) {
        if let Some(kept) = pending.as_ref() {
            kept.check(status, version, headers, kept.hinted(hint));
        }
        *pending = None;
    }

    /// What is known of the content from the size hint alone: its length
    /// when the hint is exact, and nothing in an answer to `HEAD`, whose
    /// content the HTTP library drops.
    fn hinted(&self, hint: &http_body::SizeHint) -> Content<'static> {
        match hint.exact() {
            Some(length) if self.request.method != Method::HEAD => Content::Length(length),
            _ => Content::Unknown,
        }
    }
}

pin_project! {
    /// The response future of a [`Conformance`] service that reads only
    /// the content's length: the inner service's future, whose response
    /// it checks before handing it on unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// use http::{Request, Response};
    /// use statuscode::check::layer::{ResponseFuture, Strict};
    /// use statuscode::check::{ConformanceLayer, Level};
    /// use std::future::Ready;
    /// use tower::{Service, service_fn};
    /// use tower::Layer;
    ///
    /// type Answer = Result<Response<String>, std::convert::Infallible>;
    /// let inner = service_fn(|_: Request<String>| std::future::ready::<Answer>(Ok(Response::new(String::new()))));
    /// let mut service = ConformanceLayer::strict(Level::Must).layer(inner);
    /// let future: ResponseFuture<Ready<Answer>, Strict> = service.call(Request::new(String::new()));
    /// # let _ = future;
    /// ```
    pub struct ResponseFuture<F, H> {
        #[pin]
        inner: F,
        pending: Option<Pending<H>>,
    }
}

impl<F: fmt::Debug, H: fmt::Debug> fmt::Debug for ResponseFuture<F, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("inner", &self.inner)
            .field("pending", &self.pending)
            .finish()
    }
}

impl<F, H, B, E> Future for ResponseFuture<F, H>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Body,
    H: OnFindings,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.inner.poll(cx))?;
        if this.pending.is_some() {
            Pending::settle(
                this.pending,
                response.status(),
                response.version(),
                response.headers(),
                &response.body().size_hint(),
            );
        }
        Poll::Ready(Ok(response))
    }
}

/// A body being read by an [`InspectingFuture`].
struct Reading<B: Body> {
    parts: http::response::Parts,
    body: Pin<Box<B>>,
    frames: VecDeque<http_body::Frame<B::Data>>,
    length: u64,
}

pin_project! {
    /// The response future of a [`Conformance`] service that reads the
    /// content: the inner service's future, then the reading of a body
    /// whose size hint is exact and within the limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use http::{Request, Response};
    /// use statuscode::check::layer::{InspectingFuture, Strict};
    /// use statuscode::check::{ConformanceLayer, Level};
    /// use std::future::Ready;
    /// use tower::{Service, service_fn};
    /// use tower::Layer;
    ///
    /// type Answer = Result<Response<String>, std::convert::Infallible>;
    /// let inner = service_fn(|_: Request<String>| std::future::ready::<Answer>(Ok(Response::new(String::new()))));
    /// let mut service = ConformanceLayer::strict(Level::Must).inspect_content(1024).layer(inner);
    /// let future: InspectingFuture<Ready<Answer>, Strict, String> = service.call(Request::new(String::new()));
    /// # let _ = future;
    /// ```
    pub struct InspectingFuture<F, H, B: Body> {
        #[pin]
        inner: F,
        pending: Option<Pending<H>>,
        limit: usize,
        reading: Option<Reading<B>>,
    }
}

impl<F: fmt::Debug, H: fmt::Debug, B: Body> fmt::Debug for InspectingFuture<F, H, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InspectingFuture")
            .field("inner", &self.inner)
            .field("pending", &self.pending)
            .field("limit", &self.limit)
            .field("reading", &self.reading.is_some())
            .finish_non_exhaustive()
    }
}

impl<F, H, B, E> Future for InspectingFuture<F, H, B>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Body,
    H: OnFindings,
{
    type Output = Result<Response<InspectedBody<B>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        if this.reading.is_none() {
            let response = ready!(this.inner.as_mut().poll(cx))?;
            let Some(pending) = this.pending.as_ref() else {
                return Poll::Ready(Ok(response.map(InspectedBody::unread)));
            };
            let (parts, body) = response.into_parts();
            let hint = body.size_hint();
            let readable = pending.request.method != Method::HEAD
                && hint
                    .exact()
                    .is_some_and(|length| length > 0 && length <= *this.limit as u64);
            if !readable {
                Pending::settle(
                    this.pending,
                    parts.status,
                    parts.version,
                    &parts.headers,
                    &hint,
                );
                return Poll::Ready(Ok(Response::from_parts(parts, InspectedBody::unread(body))));
            }
            *this.reading = Some(Reading {
                parts,
                body: Box::pin(body),
                frames: VecDeque::new(),
                length: 0,
            });
        }
        let Some(reading) = this.reading.as_mut() else {
            unreachable!("a body is being read")
        };
        let (ended, error) = loop {
            match ready!(reading.body.as_mut().poll_frame(cx)) {
                Some(Ok(frame)) => {
                    if let Some(data) = frame.data_ref() {
                        reading.length = reading
                            .length
                            .saturating_add(bytes::Buf::remaining(data) as u64);
                    }
                    reading.frames.push_back(frame);
                    if reading.length > *this.limit as u64 {
                        break (false, None);
                    }
                }
                Some(Err(error)) => break (false, Some(error)),
                None => break (true, None),
            }
        };
        let Some(Reading {
            parts,
            body,
            frames,
            length,
        }) = this.reading.take()
        else {
            unreachable!("a body was being read")
        };
        if let Some(pending) = this.pending.take() {
            if ended && error.is_none() {
                body::with_bytes(&frames, length, |bytes| {
                    let content = bytes.map_or(Content::Length(length), Content::Bytes);
                    pending.check_read(parts.status, parts.version, &parts.headers, content);
                });
            } else {
                // The body broke off, or yielded more than its size hint
                // said: nothing sure is known of the content.
                pending.check_read(
                    parts.status,
                    parts.version,
                    &parts.headers,
                    Content::Unknown,
                );
            }
        }
        let rest = (!ended && error.is_none()).then_some(body);
        Poll::Ready(Ok(Response::from_parts(
            parts,
            InspectedBody::replay(frames, length, error, rest),
        )))
    }
}

/// What a [`ConformanceLayer`] does with the findings of a response that
/// breaks at least one rule.
///
/// Implemented for every `Fn(&Report<'_>)`, and by the ready-made
/// [`Strict`] and `Tracing` (feature `tracing`). It is called only for a
/// response with findings, on the task that polls the response future.
///
/// # Examples
///
/// ```
/// use statuscode::check::{ConformanceLayer, Level, OnFindings, Report};
///
/// /// Counts the requirements broken, for a metric.
/// #[derive(Clone, Default)]
/// struct Count(std::sync::Arc<std::sync::atomic::AtomicUsize>);
///
/// impl OnFindings for Count {
///     fn on_findings(&self, report: &Report<'_>) {
///         let broken = report.findings().filter(|finding| finding.level() == Level::Must).count();
///         self.0.fetch_add(broken, std::sync::atomic::Ordering::Relaxed);
///     }
/// }
///
/// let layer = ConformanceLayer::new(Count::default());
/// # let _ = layer;
/// ```
pub trait OnFindings {
    /// Receives the report of one response that breaks at least one rule.
    fn on_findings(&self, report: &Report<'_>);
}

impl<F: Fn(&Report<'_>)> OnFindings for F {
    fn on_findings(&self, report: &Report<'_>) {
        self(report);
    }
}

/// One response that breaks at least one rule, with the request it
/// answered: what an [`OnFindings`] receives.
///
/// `Display` writes the request line, the status and every finding, one
/// per line.
///
/// # Examples
///
/// ```
/// use statuscode::check::{ConformanceLayer, Report};
///
/// let layer = ConformanceLayer::new(|report: &Report<'_>| {
///     eprintln!("{report}");
///     // GET /orders answered 405 Method Not Allowed, which breaks 1 rule:
///     //   405-allow (must, RFC 9110, Section 15.5.6): A 405 response must ...
/// });
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    method: &'a Method,
    uri: RequestUri<'a>,
    status: AnyStatusCode,
    exchange: Exchange<'a>,
}

impl<'a> Report<'a> {
    /// The request's method.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Report;
    ///
    /// let is_get = |report: &Report<'_>| report.method() == http::Method::GET;
    /// # let _ = is_get;
    /// ```
    #[must_use]
    pub const fn method(&self) -> &'a Method {
        self.method
    }

    /// The request's URI, as the service received it.
    ///
    /// When the service received only a short path and query, as a server
    /// almost always does, the layer kept those rather than the `Uri`, and
    /// the first call makes the `Uri` again from them.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Report;
    ///
    /// let path = |report: &Report<'_>| report.uri().path().to_owned();
    /// # let _ = path;
    /// ```
    #[must_use]
    pub fn uri(&self) -> &'a Uri {
        self.uri.get()
    }

    /// The path of the request's URI, without making the `Uri`.
    #[cfg(feature = "tracing")]
    pub(crate) fn path(&self) -> &'a str {
        self.uri.path()
    }

    /// The response's status.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Report;
    ///
    /// let server_error = |report: &Report<'_>| report.status().is_server_error();
    /// # let _ = server_error;
    /// ```
    #[must_use]
    pub const fn status(&self) -> AnyStatusCode {
        self.status
    }

    /// Every rule the response breaks.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Report;
    ///
    /// let ids = |report: &Report<'_>| report.findings().map(|finding| finding.rule().id()).collect::<Vec<_>>();
    /// # let _ = ids;
    /// ```
    #[must_use]
    pub fn findings(&self) -> Findings<'a> {
        self.exchange.findings()
    }

    /// The exchange that was checked, for a closer look: from
    /// [`Vantage::Application`], with the request's method, target,
    /// version and the fields the rules read.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Report, Vantage};
    ///
    /// let inside = |report: &Report<'_>| report.exchange().vantage_point() == Vantage::Application;
    /// # let _ = inside;
    /// ```
    #[must_use]
    pub const fn exchange(&self) -> &Exchange<'a> {
        &self.exchange
    }

    /// Writes the first line of the report, then each finding that `keep`
    /// keeps, one per line.
    fn write(
        &self,
        f: &mut fmt::Formatter<'_>,
        scope: &str,
        keep: impl Fn(&Finding<'_>) -> bool,
    ) -> fmt::Result {
        let count = self.findings().filter(|finding| keep(finding)).count();
        let rules = if count == 1 { "rule" } else { "rules" };
        write!(
            f,
            "{} {} answered {}, which breaks {count} {rules}{scope}:",
            self.method,
            self.uri(),
            self.status()
        )?;
        for finding in self.findings().filter(|finding| keep(finding)) {
            write!(f, "\n  {finding}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, "", |_| true)
    }
}

/// Panics on a response that breaks a rule at a level or above, listing
/// every such finding: what [`ConformanceLayer::strict`] does.
///
/// The message starts with `statuscode::check::ConformanceLayer:`, then the
/// request line and the status, then one finding per line, each with its
/// rule's id, level and section and what to change.
///
/// # Examples
///
/// ```
/// use statuscode::check::layer::Strict;
/// use statuscode::check::{ConformanceLayer, Level};
///
/// // Fail on requirements and recommendations alike.
/// let layer = ConformanceLayer::new(Strict::new(Level::Should));
/// assert_eq!(Strict::new(Level::Should).level(), Level::Should);
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strict {
    level: Level,
}

impl Strict {
    /// Panics on the findings at `level` or above.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Level;
    /// use statuscode::check::layer::Strict;
    ///
    /// assert_eq!(Strict::new(Level::Must).level(), Level::Must);
    /// ```
    #[must_use]
    pub const fn new(level: Level) -> Strict {
        Strict { level }
    }

    /// The lowest level that panics.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Level;
    /// use statuscode::check::layer::Strict;
    ///
    /// assert_eq!(Strict::new(Level::Advice).level(), Level::Advice);
    /// ```
    #[must_use]
    pub const fn level(&self) -> Level {
        self.level
    }
}

impl OnFindings for Strict {
    fn on_findings(&self, report: &Report<'_>) {
        let broken = report
            .findings()
            .any(|finding| finding.level() >= self.level);
        assert!(
            !broken,
            "statuscode::check::ConformanceLayer: {}",
            AtLeast {
                report,
                level: self.level
            }
        );
    }
}

/// A report's findings at a level or above, for [`Strict`]'s message.
struct AtLeast<'r, 'a> {
    report: &'r Report<'a>,
    level: Level,
}

impl fmt::Display for AtLeast<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scope = match self.level {
            Level::Must => " at level must",
            Level::Should => " at level should or above",
            Level::Advice => "",
        };
        self.report
            .write(f, scope, |finding| finding.level() >= self.level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::index::Index;

    /// The quick verdict reads of the response and the request kept what
    /// the checker's own quick verdict reads of the exchange the layer
    /// makes of them, for every method and kind of content.
    #[test]
    fn the_quick_verdict_reads_what_the_exchange_made_offers() {
        let mut response = http::HeaderMap::new();
        response.append("content-type", http::HeaderValue::from_static("text/plain"));
        response.append("allow", http::HeaderValue::from_static("GET"));
        response.append("content-type", http::HeaderValue::from_static("text/html"));
        response.append("x-other", http::HeaderValue::from_static("1"));
        for method in ["GET", "HEAD", "OPTIONS", "PURGE"] {
            let request = Request::builder()
                .method(method)
                .uri("/orders/7")
                .header("host", "example.com")
                .header("range", "bytes=0-1")
                .header("if-whatever", "1")
                .body(())
                .unwrap();
            let pending = Pending {
                request: Captured::new(&request),
                on_findings: Strict::new(Level::Must),
            };
            for content in [
                Content::Unknown,
                Content::Length(0),
                Content::Length(5),
                Content::Bytes(b""),
                Content::Bytes(b"x"),
            ] {
                let exchange = pending.exchange(
                    http::StatusCode::OK,
                    http::Version::HTTP_11,
                    &response,
                    content,
                );
                assert_eq!(
                    pending.setting(&content),
                    Setting::of(&exchange),
                    "{method} {content:?}"
                );
                assert_eq!(
                    crate::check::http::names(&response),
                    Index::names(exchange.fields)
                );
                // The names noted as the fields were kept, against a
                // walk over them.
                assert_eq!(
                    pending.request.fields.names(),
                    exchange
                        .request_fields
                        .map_or(0, |fields| Index::names(fields).0)
                );
            }
        }
    }
}
