//! What `ConformanceLayer` costs a small axum JSON service, side by side
//! with the same service without it, in one run:
//!
//! - `layer (loopback)`: served by hyper on 127.0.0.1 and called by hyper's
//!   HTTP/1.1 client over one keep-alive connection, the server on a
//!   thread of its own; the layer may add at most 3% to the round trip;
//! - `layer (oneshot)`: the router called in process through
//!   `tower::ServiceExt::oneshot`; the difference is the layer's own cost
//!   per request, at most 300 ns.
//!
//! The layer is in strict mode; every response conforms, so it checks
//! each one and reports nothing. After the run the benchmark prints the
//! ratio and the cost from criterion's medians; `benches/ratios.py` puts
//! them in the README's table.
//!
//! ```text
//! cargo bench --bench layer --features axum,tower
//! ```

use std::hint::black_box;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use axum::Router;
use axum::ServiceExt;
use axum::body::Body;
use axum::extract;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::get;
use criterion::Criterion;
use http::header::{CONTENT_TYPE, HOST};
use http::{HeaderValue, Request};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde::Serialize;
use statuscode::check::layer::{Conformance, Strict};
use statuscode::check::{ConformanceLayer, Level};
use std::convert::Infallible;
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;
use tower::{Layer, Service, ServiceExt as _};

/// The group with the round trips over loopback.
const LOOPBACK: &str = "layer (loopback)";
/// The group with the calls in process.
const ONESHOT: &str = "layer (oneshot)";
/// The function name of the service with the layer, which
/// `benches/ratios.py` reads as this crate's.
const WITH: &str = "statuscode";
/// The function name of the service without it.
const WITHOUT: &str = "no layer";

/// The most the layer may add to a round trip over loopback, as a ratio.
const LOOPBACK_GOAL: f64 = 1.03;
/// The most the layer may cost per request in process, in nanoseconds.
const ONESHOT_GOAL: f64 = 300.0;

#[derive(Serialize)]
struct Order {
    id: u32,
    item: &'static str,
    quantity: u32,
    shipped: bool,
}

/// A small JSON handler, as most services have many.
async fn order(extract::Path(id): extract::Path<u32>) -> impl IntoResponse {
    let order = Order {
        id,
        item: "teapot",
        quantity: 2,
        shipped: true,
    };
    let body = serde_json::to_vec(&order).unwrap_or_default();
    (
        [(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        body,
    )
}

fn app() -> Router {
    Router::new().route("/orders/{id}", get(order))
}

/// The same application in a layer that wraps the whole router, as a
/// service built with `tower::ServiceBuilder` would be: the layer checks
/// what the router sends, and adds no boxing of its own.
fn layered() -> Conformance<Router, Strict> {
    ConformanceLayer::strict(Level::Must).layer(app())
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// Serves both applications on free ports of 127.0.0.1, from a thread of
/// their own, and returns their addresses: without the layer, with it.
fn serve() -> (SocketAddr, SocketAddr) {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let bare = TcpListener::bind("127.0.0.1:0").await.expect("a port");
            let checked = TcpListener::bind("127.0.0.1:0").await.expect("a port");
            let addresses = (
                bare.local_addr().expect("an address"),
                checked.local_addr().expect("an address"),
            );
            tokio::spawn(async move { axum::serve(bare, app()).await });
            tokio::spawn(async move {
                axum::serve(
                    checked,
                    ServiceExt::<Request<Body>>::into_make_service(layered()),
                )
                .await
            });
            sender.send(addresses).expect("the benchmark waits");
            std::future::pending::<()>().await;
        });
    });
    receiver.recv().expect("the servers start")
}

/// A keep-alive HTTP/1.1 connection to `address`.
async fn connect(address: SocketAddr) -> hyper::client::conn::http1::SendRequest<Empty<Bytes>> {
    let stream = TcpStream::connect(address).await.expect("a connection");
    stream.set_nodelay(true).expect("TCP_NODELAY");
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("a handshake");
    tokio::spawn(connection);
    sender
}

/// Sends `GET /orders/7` and reads the whole response.
async fn round_trip(sender: &mut hyper::client::conn::http1::SendRequest<Empty<Bytes>>) {
    sender.ready().await.expect("the connection stays open");
    let request = Request::get("/orders/7")
        .header(HOST, HeaderValue::from_static("127.0.0.1"))
        .body(Empty::new())
        .expect("a request");
    let response = sender.send_request(request).await.expect("a response");
    assert_eq!(response.status(), 200);
    black_box(
        response
            .into_body()
            .collect()
            .await
            .expect("the body")
            .to_bytes(),
    );
}

fn loopback(c: &mut Criterion) {
    let (bare, checked) = serve();
    let client = runtime();
    let mut group = c.benchmark_group(LOOPBACK);
    for (name, address) in [(WITHOUT, bare), (WITH, checked)] {
        let mut sender = client.block_on(connect(address));
        group.bench_function(name, |b| {
            b.iter_custom(|iterations| {
                client.block_on(async {
                    let start = Instant::now();
                    for _ in 0..iterations {
                        round_trip(&mut sender).await;
                    }
                    start.elapsed()
                })
            });
        });
    }
    group.finish();
}

fn oneshot(c: &mut Criterion) {
    let runtime = runtime();
    let mut group = c.benchmark_group(ONESHOT);
    in_process(&mut group, &runtime, WITHOUT, &app());
    in_process(&mut group, &runtime, WITH, &layered());
    group.finish();
}

/// Calls `service` in process, once per iteration, on a new clone as axum
/// does, and reads the whole body.
fn in_process<S>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    runtime: &Runtime,
    name: &str,
    service: &S,
) where
    S: Service<Request<Body>, Response = Response, Error = Infallible> + Clone,
{
    group.bench_function(name, |b| {
        b.iter_custom(|iterations| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..iterations {
                    let request = Request::get("/orders/7")
                        .header(HOST, HeaderValue::from_static("127.0.0.1"))
                        .body(Body::empty())
                        .expect("a request");
                    let response = service.clone().oneshot(request).await;
                    let response = response.expect("a response");
                    black_box(response.into_body().collect().await.expect("the body"));
                }
                start.elapsed()
            })
        });
    });
}

/// Where criterion writes: `$CRITERION_HOME`, else `criterion` under the
/// target directory, as `benches/ratios.py` reads it.
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
    target.join("criterion")
}

/// Criterion's median time per iteration of `group`/`function`, in
/// nanoseconds, when this run measured it (a filtered run leaves older
/// results, which are not this run's to report).
fn median(directory: &Path, group: &str, function: &str, since: SystemTime) -> Option<f64> {
    for entry in std::fs::read_dir(directory).ok()?.flatten() {
        for benchmark in std::fs::read_dir(entry.path()).ok()?.flatten() {
            let new = benchmark.path().join("new");
            let Ok(meta) = std::fs::read_to_string(new.join("benchmark.json")) else {
                continue;
            };
            let meta: serde_json::Value = serde_json::from_str(&meta).ok()?;
            if meta["group_id"] != group || meta["function_id"] != function {
                continue;
            }
            let estimates = new.join("estimates.json");
            let modified = std::fs::metadata(&estimates).ok()?.modified().ok()?;
            if modified < since {
                return None;
            }
            let estimates: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(estimates).ok()?).ok()?;
            return estimates["median"]["point_estimate"].as_f64();
        }
    }
    None
}

/// The verdict on a goal.
fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "missed" }
}

/// Prints the ratio over loopback and the cost in process, from the
/// medians of this run.
fn report(since: SystemTime) {
    let directory = criterion_dir();
    let pair = |group| {
        Some((
            median(&directory, group, WITH, since)?,
            median(&directory, group, WITHOUT, since)?,
        ))
    };
    if let Some((with, without)) = pair(LOOPBACK) {
        let ratio = with / without;
        println!(
            "{LOOPBACK}: {:.1} µs per round trip with the layer, {:.1} µs without: ratio {ratio:.3} (goal at most {LOOPBACK_GOAL}: {})",
            with / 1000.0,
            without / 1000.0,
            verdict(ratio <= LOOPBACK_GOAL)
        );
    }
    if let Some((with, without)) = pair(ONESHOT) {
        let cost = with - without;
        println!(
            "{ONESHOT}: {with:.0} ns per request with the layer, {without:.0} ns without: the layer costs {cost:.0} ns per request (goal at most {ONESHOT_GOAL} ns: {})",
            verdict(cost <= ONESHOT_GOAL)
        );
    }
}

fn main() {
    // A little before now, so that a file system with coarse times still
    // counts this run's results as this run's.
    let since = SystemTime::now() - Duration::from_secs(2);
    let mut c = Criterion::default().configure_from_args();
    oneshot(&mut c);
    loopback(&mut c);
    c.final_summary();
    report(since);
}
