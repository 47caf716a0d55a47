//! End to end: an axum application that answers with `StatusCode` values
//! and `Problem` bodies, served on a free port of 127.0.0.1 behind a
//! `ConformanceLayer`, and driven over real connections by hyper's HTTP/1.1
//! client and by hand, to see the status lines, headers and bodies exactly
//! as they travel.
//!
//! The conforming handlers pass the layer in strict mode; the broken ones
//! make it panic on the server, with the rule each breaks, and a layer
//! that records instead reports them while the client receives, byte for
//! byte, what the same application sends without any layer.
#![cfg(all(feature = "axum", feature = "problem", feature = "tower"))]

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, Method, Request, header};
use axum::middleware::map_response;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::{BodyExt, Empty};
use hyper::body::{Bytes, Incoming};
use hyper::ext::ReasonPhrase;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use statuscode::axum::{Allow, Location, RetryAfter, WwwAuthenticate};
use statuscode::check::{ConformanceLayer, Level, Report};
use statuscode::{AnyStatusCode, Problem, StatusCode};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio::time::timeout;
use tower::{Layer, Service, ServiceExt};

/// How long any one exchange may take before the test fails instead of
/// hanging.
const LIMIT: Duration = Duration::from_secs(10);

/// The most bytes of a body the layers read.
const CONTENT_LIMIT: usize = 64 * 1024;

// ---------------------------------------------------------------------------
// The application.

/// Writes the registry's reason phrase in the status line (hyper would
/// write the `http` crate's, "Payload Too Large" for 413), and none for a
/// code nobody registered.
async fn reason_phrase_from_the_registry(mut response: Response) -> Response {
    let phrase = AnyStatusCode::from(response.status())
        .reason_phrase()
        .unwrap_or("");
    if let Ok(phrase) = ReasonPhrase::try_from(phrase.as_bytes()) {
        response.extensions_mut().insert(phrase);
    }
    response
}

async fn order(Path(id): Path<u32>) -> Response {
    if id == 42 {
        let status = http::StatusCode::from(StatusCode::Ok);
        let body = json!({"id": 42, "item": "teapot"}).to_string();
        return (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    }
    Problem::new(StatusCode::NotFound)
        .with_detail(format!("There is no order {id}."))
        .with_instance(format!("/orders/{id}"))
        .into_response()
}

async fn create_order() -> (Location, StatusCode) {
    (Location::new("/orders/43"), StatusCode::Created)
}

async fn invalid_order() -> Response {
    let problem = Problem::new(StatusCode::UnprocessableContent)
        .with_type("https://example.com/probs/invalid-order")
        .with_title("Your order is not valid.")
        .with_extension(
            "errors",
            json!([{"field": "quantity", "reason": "must be at least 1"}]),
        );
    match problem {
        Ok(problem) => problem.into_response(),
        Err(_) => StatusCode::InternalServerError.into_response(),
    }
}

async fn rate_limited() -> (RetryAfter, Problem) {
    let problem = Problem::new(StatusCode::TooManyRequests).with_detail("Try again in 30 seconds.");
    (RetryAfter::delay(Duration::from_secs(30)), problem)
}

async fn maintenance() -> (RetryAfter, Problem) {
    let back = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    (
        RetryAfter::at(back),
        Problem::new(StatusCode::ServiceUnavailable),
    )
}

async fn sign_in() -> (WwwAuthenticate, Problem) {
    let challenge = WwwAuthenticate::new(r#"Bearer realm="orders""#);
    (challenge, Problem::new(StatusCode::Unauthorized))
}

async fn read_only() -> (Allow, Problem) {
    let allow = Allow::new([Method::GET, Method::HEAD]);
    (allow, Problem::new(StatusCode::MethodNotAllowed))
}

/// Passes on a problem from an upstream service with a code nobody
/// registered and an extension this application knows nothing about.
async fn upstream() -> Response {
    let received = r#"{"status":499,"title":"Client Closed Request","trace_id":"4bf92f35"}"#;
    match serde_json::from_str::<Problem>(received) {
        Ok(problem) => problem.into_response(),
        Err(_) => StatusCode::BadGateway.into_response(),
    }
}

async fn teapot() -> StatusCode {
    StatusCode::ImATeapot
}

// The broken handlers, each breaking one rule.

/// A 401 without a challenge: `401-www-authenticate`.
async fn no_challenge() -> Problem {
    Problem::new(StatusCode::Unauthorized)
}

/// A 405 without `Allow`: `405-allow`.
async fn no_allow() -> Problem {
    Problem::new(StatusCode::MethodNotAllowed)
}

/// A 204 with content: `204-no-content`.
async fn content_on_204() -> (http::StatusCode, &'static str) {
    (StatusCode::NoContent.into(), "{}")
}

/// A 410 whose problem says 404: `problem-status-match`.
async fn status_mismatch() -> (http::StatusCode, Problem) {
    let problem =
        Problem::new(StatusCode::NotFound).with_type("https://example.com/probs/no-order");
    (StatusCode::Gone.into(), problem)
}

/// A 500 that shows a stack trace: `5xx-stack-trace`, found only in the
/// content.
async fn stack_trace() -> (http::StatusCode, &'static str) {
    let trace = "Traceback (most recent call last):\n  File \"/srv/app.py\", line 12, in handler\n    total = order.price * quantity\nTypeError: unsupported operand type(s) for *: 'NoneType' and 'int'\n";
    (StatusCode::InternalServerError.into(), trace)
}

/// The broken routes, the rule each breaks, and whether it is a
/// requirement (which strict mode refuses).
const BROKEN: [(&str, &str, bool); 5] = [
    ("/broken/401", "401-www-authenticate", true),
    ("/broken/405", "405-allow", true),
    ("/broken/204", "204-no-content", true),
    ("/broken/problem", "problem-status-match", true),
    ("/broken/500", "5xx-stack-trace", false),
];

fn app() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/orders", post(create_order))
        .route("/orders/invalid", post(invalid_order))
        .route("/limited", get(rate_limited))
        .route("/upstream", get(upstream))
        .route("/teapot", get(teapot))
        .route("/maintenance", get(maintenance))
        .route("/account", get(sign_in))
        .route("/report", post(read_only))
        .route("/broken/401", get(no_challenge))
        .route("/broken/405", get(no_allow))
        .route("/broken/204", get(content_on_204))
        .route("/broken/problem", get(status_mismatch))
        .route("/broken/500", get(stack_trace))
        .layer(map_response(reason_phrase_from_the_registry))
}

/// A server on a free port of 127.0.0.1, and the task of each connection
/// it accepted, in order, to see how each ended.
struct Server {
    address: SocketAddr,
    connections: Arc<Mutex<VecDeque<Connection>>>,
}

/// The task that serves one connection.
type Connection = JoinHandle<Result<(), hyper::Error>>;

impl Server {
    /// Serves `service` with hyper's HTTP/1.1 server until the test's
    /// runtime ends.
    async fn start<S, B>(service: S) -> Server
    where
        S: Service<Request<Incoming>, Response = http::Response<B>, Error = Infallible>
            + Clone
            + Send
            + 'static,
        S::Future: Send,
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let connections = Arc::new(Mutex::new(VecDeque::new()));
        let accepted = connections.clone();
        tokio::spawn(async move {
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                let service = service.clone();
                let serve =
                    hyper::service::service_fn(move |request| service.clone().oneshot(request));
                let connection = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), serve);
                accepted.lock().unwrap().push_back(tokio::spawn(connection));
            }
        });
        Server {
            address,
            connections,
        }
    }

    /// The application behind a strict layer that refuses every broken
    /// requirement, reading content up to the limit.
    async fn strict() -> Server {
        let layer = ConformanceLayer::strict(Level::Must).inspect_content(CONTENT_LIMIT);
        Server::start(layer.layer(app())).await
    }

    /// How the last connection's task ended: the message it panicked
    /// with, or `None` when it did not.
    async fn last_panic(&self) -> Option<String> {
        let task = self.connections.lock().unwrap().pop_back()?;
        let error = timeout(LIMIT, task)
            .await
            .expect("the connection ends")
            .err()?;
        let payload = error.into_panic();
        payload.downcast_ref::<String>().cloned().or_else(|| {
            payload
                .downcast_ref::<&str>()
                .map(|text| (*text).to_owned())
        })
    }
}

/// Serves the application behind a strict layer and returns its address.
async fn start() -> SocketAddr {
    Server::strict().await.address
}

// ---------------------------------------------------------------------------
// The clients.

/// What came back: status, headers and body.
struct Answer {
    status: http::StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).map(|value| value.to_str().unwrap())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// Sends one request with hyper's HTTP/1.1 client on a new connection.
async fn send(address: SocketAddr, method: Method, path: &str) -> Answer {
    try_send(address, method, path).await.unwrap()
}

/// Sends one request on a new connection: the answer, or the error of a
/// connection that closed without one.
async fn try_send(address: SocketAddr, method: Method, path: &str) -> Result<Answer, hyper::Error> {
    let exchange = async {
        let stream = TcpStream::connect(address).await.unwrap();
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        tokio::spawn(connection);
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, address.to_string())
            .body(Empty::<Bytes>::new())
            .unwrap();
        let response = sender.send_request(request).await?;
        let (parts, body) = response.into_parts();
        Ok(Answer {
            status: parts.status,
            headers: parts.headers,
            body: body.collect().await?.to_bytes(),
        })
    };
    timeout(LIMIT, exchange).await.expect("the server answers")
}

/// The bytes of the response to `method path`, exactly as they came, but
/// for the `Date` line, which changes from second to second.
async fn raw(address: SocketAddr, method: &str, path: &str) -> Vec<u8> {
    let exchange = async {
        let mut stream = TcpStream::connect(address).await.unwrap();
        let request =
            format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        response
    };
    let response = timeout(LIMIT, exchange).await.expect("the server answers");
    let mut kept = Vec::new();
    for line in response.split_inclusive(|&byte| byte == b'\n') {
        if !line.to_ascii_lowercase().starts_with(b"date:") {
            kept.extend_from_slice(line);
        }
    }
    kept
}

/// The status line of the response to `GET path`, as the bytes on the
/// wire.
async fn status_line(address: SocketAddr, method: &str, path: &str) -> String {
    let exchange = async {
        let mut stream = TcpStream::connect(address).await.unwrap();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        let response = String::from_utf8(response).unwrap();
        let (line, _rest) = response.split_once("\r\n").unwrap();
        line.to_owned()
    };
    timeout(LIMIT, exchange).await.expect("the server answers")
}

// ---------------------------------------------------------------------------
// The tests.

#[tokio::test]
async fn status_lines_carry_the_code_and_the_registry_phrase() {
    let address = start().await;
    let cases = [
        ("GET", "/orders/42", "HTTP/1.1 200 OK"),
        ("POST", "/orders", "HTTP/1.1 201 Created"),
        ("GET", "/orders/7", "HTTP/1.1 404 Not Found"),
        (
            "POST",
            "/orders/invalid",
            "HTTP/1.1 422 Unprocessable Content",
        ),
        ("GET", "/limited", "HTTP/1.1 429 Too Many Requests"),
        ("GET", "/teapot", "HTTP/1.1 418 I'm a teapot"),
        // No phrase for a code nobody registered: RFC 9112 allows none.
        ("GET", "/upstream", "HTTP/1.1 499 "),
    ];
    for (method, path, expected) in cases {
        assert_eq!(
            status_line(address, method, path).await,
            expected,
            "{method} {path}"
        );
    }
}

#[tokio::test]
async fn plain_responses_have_the_status_the_handler_chose() {
    let address = start().await;

    let found = send(address, Method::GET, "/orders/42").await;
    assert_eq!(StatusCode::try_from(found.status), Ok(StatusCode::Ok));
    assert_eq!(found.header(header::CONTENT_TYPE), Some("application/json"));
    assert_eq!(found.json(), json!({"id": 42, "item": "teapot"}));

    let created = send(address, Method::POST, "/orders").await;
    assert_eq!(
        StatusCode::try_from(created.status),
        Ok(StatusCode::Created)
    );
    assert_eq!(created.header(header::LOCATION), Some("/orders/43"));
    assert!(created.body.is_empty());

    let teapot = send(address, Method::GET, "/teapot").await;
    assert_eq!(
        StatusCode::try_from(teapot.status),
        Ok(StatusCode::ImATeapot)
    );
}

#[tokio::test]
async fn problems_arrive_as_application_problem_json() {
    let address = start().await;
    let cases = [
        (
            Method::GET,
            "/orders/7",
            404,
            json!({
                "title": "Not Found",
                "status": 404,
                "detail": "There is no order 7.",
                "instance": "/orders/7",
            }),
        ),
        (
            Method::POST,
            "/orders/invalid",
            422,
            json!({
                "type": "https://example.com/probs/invalid-order",
                "title": "Your order is not valid.",
                "status": 422,
                "errors": [{"field": "quantity", "reason": "must be at least 1"}],
            }),
        ),
        (
            Method::GET,
            "/limited",
            429,
            json!({
                "title": "Too Many Requests",
                "status": 429,
                "detail": "Try again in 30 seconds.",
            }),
        ),
        (
            Method::GET,
            "/upstream",
            499,
            json!({
                "title": "Client Closed Request",
                "status": 499,
                "trace_id": "4bf92f35",
            }),
        ),
    ];
    for (method, path, status, body) in cases {
        let answer = send(address, method, path).await;
        assert_eq!(answer.status.as_u16(), status, "{path}");
        assert_eq!(
            answer.header(header::CONTENT_TYPE),
            Some("application/problem+json"),
            "{path}"
        );
        assert_eq!(answer.json(), body, "{path}");

        // The client reads it back with the same types, losing nothing.
        let problem: Problem = serde_json::from_slice(&answer.body).unwrap();
        assert_eq!(problem.status(), Some(AnyStatusCode::from(answer.status)));
        assert_eq!(serde_json::to_value(&problem).unwrap(), body, "{path}");
    }
}

#[tokio::test]
async fn too_many_requests_says_when_to_retry() {
    let address = start().await;
    let answer = send(address, Method::GET, "/limited").await;
    assert_eq!(
        StatusCode::try_from(answer.status),
        Ok(StatusCode::TooManyRequests)
    );
    assert_eq!(answer.header(header::RETRY_AFTER), Some("30"));
    let problem: Problem = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(problem.detail(), Some("Try again in 30 seconds."));
}

#[tokio::test]
async fn an_unregistered_code_is_kept_by_the_client() {
    let address = start().await;
    let answer = send(address, Method::GET, "/upstream").await;
    let error = StatusCode::try_from(answer.status).unwrap_err();
    assert_eq!(error.code(), 499);
    let received = AnyStatusCode::from(answer.status);
    assert_eq!(received.as_u16(), 499);
    assert!(received.is_client_error());
    assert_eq!(received.treated_as(), StatusCode::BadRequest);
}

#[tokio::test]
async fn the_obligated_fields_come_with_their_codes() {
    let address = start().await;

    let unauthorized = send(address, Method::GET, "/account").await;
    assert_eq!(unauthorized.status, 401);
    assert_eq!(
        unauthorized.header(header::WWW_AUTHENTICATE),
        Some(r#"Bearer realm="orders""#)
    );

    let not_allowed = send(address, Method::POST, "/report").await;
    assert_eq!(not_allowed.status, 405);
    assert_eq!(not_allowed.header(header::ALLOW), Some("GET, HEAD"));

    let unavailable = send(address, Method::GET, "/maintenance").await;
    assert_eq!(unavailable.status, 503);
    assert_eq!(
        unavailable.header(header::RETRY_AFTER),
        Some("Sun, 06 Nov 1994 08:49:37 GMT")
    );
    assert_eq!(
        unavailable.header(header::CONTENT_TYPE),
        Some("application/problem+json")
    );
}

#[tokio::test]
async fn strict_mode_refuses_each_broken_requirement_on_the_server() {
    let server = Server::strict().await;
    for (path, id, requirement) in BROKEN {
        let answer = try_send(server.address, Method::GET, path).await;
        let panic = server.last_panic().await;
        if !requirement {
            // Advice passes strict mode at the level of requirements.
            assert!(answer.is_ok(), "{path}");
            assert_eq!(panic, None, "{path}");
            continue;
        }
        assert!(
            answer.is_err(),
            "{path}: the connection closes without a response"
        );
        let panic = panic.unwrap_or_else(|| panic!("{path}: the server did not panic"));
        assert!(
            panic.starts_with(&format!(
                "statuscode::check::ConformanceLayer: GET {path} answered "
            )),
            "{panic}"
        );
        assert!(
            panic.contains(&format!("\n  {id} (must, ")),
            "{path}: {panic}"
        );
        assert_eq!(
            panic.matches("\n  ").count(),
            1,
            "{path}: one rule broken: {panic}"
        );
    }
    // The conforming handlers of the other tests pass; so does this one,
    // after the broken ones.
    let found = send(server.address, Method::GET, "/orders/42").await;
    assert_eq!(found.status, 200);
    assert_eq!(server.last_panic().await, None);
}

#[tokio::test]
async fn broken_responses_are_reported_and_reach_the_client_byte_for_byte() {
    let reports = Arc::new(Mutex::new(Vec::new()));
    let sink = reports.clone();
    let layer = ConformanceLayer::new(move |report: &Report<'_>| {
        let ids: Vec<&str> = report
            .findings()
            .map(|finding| finding.rule().id())
            .collect();
        sink.lock()
            .unwrap()
            .push((report.uri().path().to_owned(), ids));
    })
    .inspect_content(CONTENT_LIMIT);
    let checked = Server::start(layer.layer(app())).await;
    let bare = Server::start(app()).await;
    for (path, id, _) in BROKEN {
        let through_layer = raw(checked.address, "GET", path).await;
        let without = raw(bare.address, "GET", path).await;
        assert_eq!(
            String::from_utf8_lossy(&through_layer),
            String::from_utf8_lossy(&without),
            "{path}"
        );
        let reports = reports.lock().unwrap();
        let (reported, ids) = reports.last().unwrap();
        assert_eq!((reported.as_str(), ids.as_slice()), (path, &[id][..]));
    }
    assert_eq!(reports.lock().unwrap().len(), BROKEN.len());
}
