//! `ConformanceLayer` allocates nothing on a conforming response beyond
//! keeping the request: counted by the global allocator of
//! `allocation-counter`, with and without the layer, around the same
//! service.
#![cfg(feature = "tower")]

use std::convert::Infallible;
use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Waker};

use http::{HeaderValue, Request, Response};
use http_body_util::Full;
use hyper::body::Bytes;
use statuscode::check::{ConformanceLayer, Level};
use tower::{Layer, Service, service_fn};

/// How many allocations `f` made on this thread.
fn allocations(f: impl FnOnce()) -> u64 {
    allocation_counter::measure(f).count_total
}

/// Polls a future that is ready at once.
fn now<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the future was not ready"),
    }
}

/// A JSON response that breaks no rule, made without allocating.
fn conforming(_: Request<()>) -> std::future::Ready<Result<Response<Full<Bytes>>, Infallible>> {
    let mut response = Response::new(Full::new(Bytes::from_static(b"{\"id\":7}")));
    response
        .headers_mut()
        .insert("content-type", HeaderValue::from_static("application/json"));
    std::future::ready(Ok(response))
}

/// A GET with `lines` field lines that the rules know, all static.
fn request(lines: usize) -> Request<()> {
    const KNOWN: [(&str, &str); 10] = [
        ("host", "example.com"),
        ("accept", "application/json"),
        ("accept-encoding", "gzip"),
        ("accept-language", "en"),
        ("connection", "keep-alive"),
        ("authorization", "Bearer abc"),
        ("if-none-match", "\"v1\""),
        ("if-modified-since", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ("cache-control", "no-cache"),
        ("range", "bytes=0-1"),
    ];
    let mut request = Request::new(());
    *request.uri_mut() = http::Uri::from_static("/orders/7?verbose=1");
    for &(name, value) in KNOWN.iter().take(lines) {
        request.headers_mut().append(
            http::header::HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    request
}

/// The allocations of one call through `service`, with the request made
/// before counting.
fn one_call<S>(service: &mut S, request: Request<()>) -> u64
where
    S: Service<Request<()>, Error = Infallible>,
{
    allocations(|| {
        let response = now(service.call(request)).unwrap();
        drop(response);
    })
}

#[test]
fn a_conforming_response_costs_no_allocation_beyond_the_request_s_fields() {
    let mut bare = service_fn(conforming);
    let mut layered = ConformanceLayer::strict(Level::Advice).layer(service_fn(conforming));
    // Warm up whatever the first call sets up.
    one_call(&mut bare, request(0));
    one_call(&mut layered, request(0));
    // The service's own: the response's header map.
    let baseline = one_call(&mut bare, request(8));
    assert_eq!(baseline, 2);
    // Up to eight known field lines are kept in place.
    for lines in [0, 1, 8] {
        assert_eq!(
            one_call(&mut layered, request(lines)),
            baseline,
            "{lines} lines"
        );
    }
    // A ninth and a tenth go into one vector.
    assert_eq!(one_call(&mut layered, request(10)), baseline + 1);
}

/// Nothing the layer keeps outlives the call: the vector of the lines
/// beyond the slots, the `If-...` fields no rule knows and a URI too long
/// to copy in place are released with the rest.
#[test]
fn what_the_layer_keeps_is_released_with_the_response() {
    let mut bare = service_fn(conforming);
    let mut layered = ConformanceLayer::strict(Level::Advice).layer(service_fn(conforming));
    one_call(&mut bare, request(10));
    one_call(&mut layered, request(10));
    let unknown_if = || {
        let mut request = request(1);
        request.headers_mut().append(
            http::header::HeaderName::from_static("if-whatever"),
            HeaderValue::from_static("1"),
        );
        request
    };
    let long_uri = || {
        let mut request = request(1);
        *request.uri_mut() = http::Uri::try_from(format!("/{}", "a".repeat(300))).unwrap();
        request
    };
    let cases: [(&str, MakeRequest); 3] = [
        ("ten lines", || request(10)),
        ("an unknown If- field", unknown_if),
        ("a long URI", long_uri),
    ];
    for (what, request) in cases {
        let (bare_total, bare_current) = outliving(&mut bare, request());
        let (total, current) = outliving(&mut layered, request());
        // The layer allocated for what it kept, and released it: the call
        // also releases the request, so what is left is the same as
        // without the layer.
        assert!(total > bare_total, "{what}");
        assert_eq!(current, bare_current, "{what}");
    }
}

/// Makes a request.
type MakeRequest = fn() -> Request<()>;

/// The allocations of one call through `service`, and how many more were
/// made than released in it.
fn outliving<S>(service: &mut S, request: Request<()>) -> (u64, i64)
where
    S: Service<Request<()>, Error = Infallible>,
{
    let counts = allocation_counter::measure(|| {
        let response = now(service.call(request)).unwrap();
        drop(response);
    });
    (counts.count_total, counts.count_current)
}

#[test]
fn a_uri_the_request_owns_is_not_cloned() {
    let mut bare = service_fn(conforming);
    let mut layered = ConformanceLayer::strict(Level::Advice).layer(service_fn(conforming));
    // A URI parsed from text owns its bytes, as a server's do; cloning it
    // would allocate. Its target is copied in place instead.
    let owned = || {
        let mut request = request(2);
        *request.uri_mut() = http::Uri::try_from(String::from("/orders/7?verbose=1")).unwrap();
        request
    };
    one_call(&mut bare, owned());
    one_call(&mut layered, owned());
    let baseline = one_call(&mut bare, owned());
    assert_eq!(one_call(&mut layered, owned()), baseline);
    // So is a URI in absolute form, as an HTTP/2 request carries.
    let mut absolute = request(2);
    *absolute.uri_mut() =
        http::Uri::try_from(String::from("https://example.com/orders/7")).unwrap();
    assert_eq!(one_call(&mut layered, absolute), baseline);
}

#[test]
fn a_finding_costs_no_allocation_either_when_the_callback_makes_none() {
    static REPORTS: AtomicUsize = AtomicUsize::new(0);
    let mut layered = ConformanceLayer::new(|report: &statuscode::check::Report<'_>| {
        assert!(report.findings().count() > 0);
        REPORTS.fetch_add(1, Ordering::Relaxed);
    })
    .layer(service_fn(|_: Request<()>| {
        std::future::ready(Ok::<_, Infallible>(Response::new(Full::new(
            Bytes::from_static(b"{}"),
        ))))
    }));
    // A 200 with content and no Content-Type: a finding, and no
    // allocation at all, the service's included.
    one_call(&mut layered, request(1));
    assert_eq!(one_call(&mut layered, request(1)), 0);
    assert_eq!(REPORTS.load(Ordering::Relaxed), 2);
}
