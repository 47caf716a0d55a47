//! What `ConformanceLayer` costs a small axum JSON service, side by side
//! with the same service without it, in one run:
//!
//! - `layer (loopback)`: served by hyper on 127.0.0.1 and called by hyper's
//!   HTTP/1.1 client over one keep-alive connection; the layer may add at
//!   most 3% to the round trip. The server and the client share one
//!   thread, so that a round trip is their work and the kernel's, not how
//!   two threads are scheduled on a machine that other work shares;
//! - `layer (oneshot)`: the router called in process through
//!   `tower::ServiceExt::oneshot`; the difference is the layer's own cost
//!   per request, at most 300 ns.
//!
//! The layer is in strict mode; every response conforms, so it checks
//! each one and reports nothing. After the run the benchmark prints the
//! ratio and the cost from criterion's medians, which `benches/ratios.py`
//! puts in the README's table. Criterion measures one side after the
//! other, so on a shared machine a change of load between them can pass
//! for the layer's cost or hide it; the benchmark therefore also prints a
//! paired estimate: rounds that time both sides back to back, in turn
//! first, and the median over rounds. The goals are judged from the
//! paired estimates only. Beside the loopback one it prints a control:
//! the same paired rounds between two servers without the layer, whose
//! ratio would be 1 on a quiet machine, and which shows how far from 1
//! noise alone takes it.
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
/// How many paired rounds of 100 round trips give the loopback estimate:
/// a few seconds, and a median that moves little from run to run.
const LOOPBACK_ROUNDS: usize = 301;
/// How many paired rounds of 1,000 calls give the in-process estimate.
const ONESHOT_ROUNDS: usize = 501;

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

/// Serves the application on free ports of 127.0.0.1, from the runtime
/// that runs this, and returns their addresses: twice without the layer
/// (the second for the control), then with it.
async fn serve() -> (SocketAddr, SocketAddr, SocketAddr) {
    let bare = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let control = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let checked = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let addresses = (
        bare.local_addr().expect("an address"),
        control.local_addr().expect("an address"),
        checked.local_addr().expect("an address"),
    );
    // All served the same way, through `into_make_service`, so that the
    // layer is the only difference between them.
    for listener in [bare, control] {
        tokio::spawn(async move {
            axum::serve(
                listener,
                ServiceExt::<Request<Body>>::into_make_service(app()),
            )
            .await
        });
    }
    tokio::spawn(async move {
        axum::serve(
            checked,
            ServiceExt::<Request<Body>>::into_make_service(layered()),
        )
        .await
    });
    addresses
}

/// A keep-alive HTTP/1.1 connection to `address`.
async fn connect(address: SocketAddr) -> Sender {
    let stream = TcpStream::connect(address).await.expect("a connection");
    stream.set_nodelay(true).expect("TCP_NODELAY");
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("a handshake");
    tokio::spawn(connection);
    sender
}

/// Sends `GET /orders/7` and reads the whole response.
async fn round_trip(sender: &mut Sender) {
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

/// Times `calls` round trips over `sender`'s connection.
fn round_trips(client: &Runtime, sender: &mut Sender, calls: u64) -> Duration {
    client.block_on(async {
        let start = Instant::now();
        for _ in 0..calls {
            round_trip(sender).await;
        }
        start.elapsed()
    })
}

type Sender = hyper::client::conn::http1::SendRequest<Empty<Bytes>>;

/// The client's side of the loopback benchmark: a runtime, and a
/// connection to each server.
struct Loopback {
    client: Runtime,
    bare: Sender,
    control: Sender,
    checked: Sender,
}

impl Loopback {
    fn new() -> Loopback {
        let client = runtime();
        let (bare, control, checked) = client.block_on(serve());
        let bare = client.block_on(connect(bare));
        let control = client.block_on(connect(control));
        let checked = client.block_on(connect(checked));
        Loopback {
            client,
            bare,
            control,
            checked,
        }
    }
}

fn loopback(c: &mut Criterion, loopback: &mut Loopback) {
    let mut group = c.benchmark_group(LOOPBACK);
    let Loopback {
        client,
        bare,
        checked,
        ..
    } = loopback;
    for (name, sender) in [(WITHOUT, bare), (WITH, checked)] {
        group.bench_function(name, |b| {
            b.iter_custom(|iterations| round_trips(client, sender, iterations));
        });
    }
    group.finish();
}

fn oneshot(c: &mut Criterion, runtime: &Runtime) {
    let mut group = c.benchmark_group(ONESHOT);
    group.bench_function(WITHOUT, |b| {
        let service = app();
        b.iter_custom(|iterations| calls(runtime, &service, iterations));
    });
    group.bench_function(WITH, |b| {
        let service = layered();
        b.iter_custom(|iterations| calls(runtime, &service, iterations));
    });
    group.finish();
}

/// Times `count` calls of `service` in process, each on a new clone as
/// axum makes them, reading the whole body.
fn calls<S>(runtime: &Runtime, service: &S, count: u64) -> Duration
where
    S: Service<Request<Body>, Response = Response, Error = Infallible> + Clone,
{
    runtime.block_on(async {
        let start = Instant::now();
        for _ in 0..count {
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
}

/// The median, over `rounds` rounds, of the time per call without and with
/// the layer, each round timing `count` calls of each back to back (in
/// turn first and second), so that a change of the machine's load
/// between criterion's two measurements does not pass for the layer's
/// cost. Returns the medians of the ratio (with over without) and of the
/// difference per call, in nanoseconds.
fn paired(
    rounds: usize,
    count: u64,
    mut without: impl FnMut(u64) -> Duration,
    mut with: impl FnMut(u64) -> Duration,
) -> (f64, f64) {
    let mut ratios = Vec::with_capacity(rounds);
    let mut differences = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let (bare, checked) = if round % 2 == 0 {
            let bare = without(count);
            (bare, with(count))
        } else {
            let checked = with(count);
            (without(count), checked)
        };
        let (bare, checked) = (bare.as_secs_f64(), checked.as_secs_f64());
        ratios.push(checked / bare);
        #[allow(clippy::cast_precision_loss, reason = "a few thousand calls")]
        differences.push((checked - bare) * 1e9 / count as f64);
    }
    (middle(&mut ratios), middle(&mut differences))
}

/// The median of `values`.
fn middle(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
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
/// medians of this run, and beside them the paired estimates of the
/// groups that ran, with the verdict on each goal.
fn report(since: SystemTime, runtime: &Runtime, loopback: &mut Loopback) {
    let directory = criterion_dir();
    let pair = |group| {
        Some((
            median(&directory, group, WITH, since)?,
            median(&directory, group, WITHOUT, since)?,
        ))
    };
    if let Some((with, without)) = pair(LOOPBACK) {
        let ratio = with / without;
        // No verdict from medians taken one side after the other: the
        // paired rounds below give it.
        println!(
            "{LOOPBACK}: {:.1} µs per round trip with the layer, {:.1} µs without: ratio {ratio:.3} (one side after the other)",
            with / 1000.0,
            without / 1000.0,
        );
        let Loopback {
            client,
            bare,
            control,
            checked,
        } = loopback;
        let (ratio, difference) = paired(
            LOOPBACK_ROUNDS,
            100,
            |count| round_trips(client, bare, count),
            |count| round_trips(client, checked, count),
        );
        println!(
            "{LOOPBACK}, paired: ratio {ratio:.3}, {difference:.0} ns per round trip (goal at most {LOOPBACK_GOAL}: {})",
            verdict(ratio <= LOOPBACK_GOAL)
        );
        let (ratio, difference) = paired(
            LOOPBACK_ROUNDS,
            100,
            |count| round_trips(client, bare, count),
            |count| round_trips(client, control, count),
        );
        println!(
            "{LOOPBACK}, control: two servers without the layer, paired alike: ratio {ratio:.3}, {difference:.0} ns per round trip"
        );
    }
    if let Some((with, without)) = pair(ONESHOT) {
        let cost = with - without;
        println!(
            "{ONESHOT}: {with:.0} ns per request with the layer, {without:.0} ns without: a difference of {cost:.0} ns per request (one side after the other)"
        );
        let (bare, checked) = (app(), layered());
        let (ratio, cost) = paired(
            ONESHOT_ROUNDS,
            1000,
            |count| calls(runtime, &bare, count),
            |count| calls(runtime, &checked, count),
        );
        println!(
            "{ONESHOT}, paired: the layer costs {cost:.0} ns per request, ratio {ratio:.3} (goal at most {ONESHOT_GOAL} ns: {})",
            verdict(cost <= ONESHOT_GOAL)
        );
    }
}

fn main() {
    // A little before now, so that a file system with coarse times still
    // counts this run's results as this run's.
    let since = SystemTime::now() - Duration::from_secs(2);
    let mut c = Criterion::default().configure_from_args();
    let runtime = runtime();
    let mut servers = Loopback::new();
    oneshot(&mut c, &runtime);
    loopback(&mut c, &mut servers);
    c.final_summary();
    report(since, &runtime, &mut servers);
}
