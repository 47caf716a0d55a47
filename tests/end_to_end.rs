//! End to end: an axum application that answers with `StatusCode` values
//! and `Problem` bodies, served on a free port of 127.0.0.1, and driven over
//! real connections by hyper's HTTP/1.1 client and by hand, to see the
//! status lines, headers and bodies exactly as they travel.
#![cfg(all(feature = "http", feature = "problem"))]

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, Method, Request, header};
use axum::middleware::map_response;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper::ext::ReasonPhrase;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use statuscode::{AnyStatusCode, Problem, StatusCode};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

/// How long any one exchange may take before the test fails instead of
/// hanging.
const LIMIT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------
// The application.

/// A problem as a response: its status, `Content-Type:
/// application/problem+json` and the JSON.
struct ProblemResponse(Problem);

impl IntoResponse for ProblemResponse {
    fn into_response(self) -> Response {
        let status = self
            .0
            .status()
            .map_or(http::StatusCode::INTERNAL_SERVER_ERROR, Into::into);
        match serde_json::to_vec(&self.0) {
            Ok(body) => (
                status,
                [(header::CONTENT_TYPE, Problem::CONTENT_TYPE)],
                body,
            )
                .into_response(),
            Err(_) => http::StatusCode::from(StatusCode::InternalServerError).into_response(),
        }
    }
}

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
    ProblemResponse(
        Problem::new(StatusCode::NotFound)
            .with_detail(format!("There is no order {id}."))
            .with_instance(format!("/orders/{id}")),
    )
    .into_response()
}

async fn create_order() -> Response {
    let status = http::StatusCode::from(StatusCode::Created);
    (status, [(header::LOCATION, "/orders/43")]).into_response()
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
        Ok(problem) => ProblemResponse(problem).into_response(),
        Err(_) => http::StatusCode::from(StatusCode::InternalServerError).into_response(),
    }
}

async fn rate_limited() -> Response {
    let problem = Problem::new(StatusCode::TooManyRequests).with_detail("Try again in 30 seconds.");
    let mut response = ProblemResponse(problem).into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
    response
}

/// Passes on a problem from an upstream service with a code nobody
/// registered and an extension this application knows nothing about.
async fn upstream() -> Response {
    let received = r#"{"status":499,"title":"Client Closed Request","trace_id":"4bf92f35"}"#;
    match serde_json::from_str::<Problem>(received) {
        Ok(problem) => ProblemResponse(problem).into_response(),
        Err(_) => http::StatusCode::from(StatusCode::BadGateway).into_response(),
    }
}

async fn teapot() -> http::StatusCode {
    StatusCode::ImATeapot.into()
}

fn app() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/orders", post(create_order))
        .route("/orders/invalid", post(invalid_order))
        .route("/limited", get(rate_limited))
        .route("/upstream", get(upstream))
        .route("/teapot", get(teapot))
        .layer(map_response(reason_phrase_from_the_registry))
}

/// Serves the application on a free port of 127.0.0.1 until the test's
/// runtime ends.
async fn start() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await.unwrap() });
    address
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
        let response = sender.send_request(request).await.unwrap();
        let (parts, body) = response.into_parts();
        Answer {
            status: parts.status,
            headers: parts.headers,
            body: body.collect().await.unwrap().to_bytes(),
        }
    };
    timeout(LIMIT, exchange).await.expect("the server answers")
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
