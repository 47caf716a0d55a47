//! An axum service that answers with `StatusCode` values and RFC 9457
//! problem details.
//!
//! ```text
//! cargo run --example axum --features http,problem
//! curl -i http://127.0.0.1:3000/orders/42
//! curl -i http://127.0.0.1:3000/orders/7
//! curl -i http://127.0.0.1:3000/limited
//! ```
//!
//! An address given as the only argument replaces `127.0.0.1:3000`.

use axum::Router;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use statuscode::{Problem, StatusCode};
use tokio::net::TcpListener;

/// A problem as a response: its status, `Content-Type:
/// application/problem+json`, and the JSON.
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
            Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }
}

async fn order(Path(id): Path<u32>) -> Result<(http::StatusCode, String), ProblemResponse> {
    if id == 42 {
        return Ok((StatusCode::Ok.into(), "order 42: shipped\n".to_owned()));
    }
    Err(ProblemResponse(
        Problem::new(StatusCode::NotFound)
            .with_detail(format!("There is no order {id}."))
            .with_instance(format!("/orders/{id}")),
    ))
}

async fn limited() -> impl IntoResponse {
    let problem = Problem::new(StatusCode::TooManyRequests).with_detail("Try again in 30 seconds.");
    ([(header::RETRY_AFTER, "30")], ProblemResponse(problem))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let app = Router::new()
        .route("/orders/{id}", get(order))
        .route("/limited", get(limited));
    let address = std::env::args().nth(1);
    let listener = TcpListener::bind(address.as_deref().unwrap_or("127.0.0.1:3000")).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
