//! An axum service that answers with `StatusCode` values and RFC 9457
//! problem details, checked response by response: every rule a response
//! breaks is a `tracing` event, printed on standard error.
//!
//! ```text
//! cargo run --example axum --features axum,problem,tracing
//! curl -i http://127.0.0.1:3000/orders/42
//! curl -i http://127.0.0.1:3000/orders/7
//! curl -i http://127.0.0.1:3000/limited
//! curl -i -X DELETE http://127.0.0.1:3000/orders/42    # breaks a rule
//! ```
//!
//! An address given as the only argument replaces `127.0.0.1:3000`.

use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use statuscode::axum::RetryAfter;
use statuscode::check::ConformanceLayer;
use statuscode::{Problem, StatusCode};
use tokio::net::TcpListener;

async fn order(Path(id): Path<u32>) -> Result<(http::StatusCode, &'static str), Problem> {
    if id == 42 {
        return Ok((StatusCode::Ok.into(), "order 42: shipped\n"));
    }
    Err(Problem::new(StatusCode::NotFound)
        .with_detail(format!("There is no order {id}."))
        .with_instance(format!("/orders/{id}")))
}

/// Deliberately wrong: a 405 must say which methods are allowed, with
/// `statuscode::axum::Allow`. The layer logs it.
async fn cancel() -> Problem {
    Problem::new(StatusCode::MethodNotAllowed).with_detail("Orders cannot be cancelled.")
}

async fn limited() -> (RetryAfter, Problem) {
    let problem = Problem::new(StatusCode::TooManyRequests).with_detail("Try again in 30 seconds.");
    (RetryAfter::delay(Duration::from_secs(30)), problem)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .init();
    let app = Router::new()
        .route("/orders/{id}", get(order).delete(cancel))
        .route("/limited", get(limited))
        .layer(ConformanceLayer::tracing());
    let address = std::env::args().nth(1);
    let listener = TcpListener::bind(address.as_deref().unwrap_or("127.0.0.1:3000")).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
