//! Every operation of `StatusCode` beside its counterpart in the `http` crate,
//! or on a plain `u16`, in the same run and over the same inputs.
//!
//! Run with `cargo bench --bench status_code --all-features`, then print the
//! table of medians and ratios with `python3 benches/ratios.py`.
//!
//! Each benchmark group is one operation. Within a group, the function named
//! `statuscode` is this crate and every other function is a counterpart that
//! `benches/ratios.py` compares it with. A group without a counterpart, for an
//! operation only this crate has, is printed with its own time alone. A new
//! operation is one more function like `reason_phrase` below, called from
//! `main`.
//!
//! One criterion iteration runs the operation once on every input of a fixed
//! list; each input and each result passes through `black_box`, so the
//! compiler can neither compute a result ahead of time nor skip one.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use serde::{Deserialize, Serialize};
use statuscode::StatusCode;

/// How many inputs each list holds: enough that a branch predictor cannot
/// learn the sequence by heart across iterations.
const INPUTS: usize = 10_000;

/// The inputs every group draws from, derived from one fixed sequence of
/// numbers in `100..=599`: about 80% registered codes, drawn uniformly from
/// the registry, and 20% other numbers of that range.
struct Inputs {
    /// The whole mix.
    numbers: Vec<u16>,
    /// The whole mix, as three-digit strings written one after the other, so
    /// that reading them costs what reading a response does, not a cache
    /// miss per string.
    digits: String,
    /// The registered codes of the mix, in the same order.
    codes: Vec<StatusCode>,
    /// The same registered codes, as the `http` crate's type.
    http_codes: Vec<http::StatusCode>,
    /// A small JSON body for each registered code of the mix.
    bodies: Vec<String>,
}

impl Inputs {
    fn new() -> Inputs {
        let unregistered: Vec<u16> = (100..=599)
            .filter(|&number| StatusCode::from_u16(number).is_err())
            .collect();
        let mut random = SplitMix64(0x5EED_C0DE);
        let numbers: Vec<u16> = (0..INPUTS)
            .map(|_| {
                if random.below(10) < 8 {
                    StatusCode::ALL[random.below(StatusCode::ALL.len())].as_u16()
                } else {
                    unregistered[random.below(unregistered.len())]
                }
            })
            .collect();
        let codes: Vec<StatusCode> = numbers
            .iter()
            .filter_map(|&number| StatusCode::from_u16(number).ok())
            .collect();
        let http_codes = codes
            .iter()
            .map(|code| http::StatusCode::from_u16(code.as_u16()).expect("a code in 100..=599"))
            .collect();
        let bodies = codes
            .iter()
            .map(|&status| {
                serde_json::to_string(&Reply {
                    status,
                    message: status.reason_phrase(),
                })
                .expect("a struct of a code and a string serializes")
            })
            .collect();
        Inputs {
            digits: numbers.iter().map(u16::to_string).collect(),
            numbers,
            codes,
            http_codes,
            bodies,
        }
    }

    /// The three-digit strings, borrowed.
    fn strs(&self) -> Vec<&str> {
        (0..self.numbers.len())
            .map(|i| &self.digits[3 * i..3 * i + 3])
            .collect()
    }

    /// The JSON bodies, borrowed.
    fn jsons(&self) -> Vec<&str> {
        self.bodies.iter().map(String::as_str).collect()
    }

    /// The registered codes of the mix as plain numbers.
    fn code_numbers(&self) -> Vec<u16> {
        self.codes.iter().map(|code| code.as_u16()).collect()
    }
}

/// A fixed-seed pseudo-random sequence (`SplitMix64`), so that every run and
/// every machine measures the same inputs.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `bound`; the bias is negligible for small bounds.
    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).expect("below a usize bound")
    }
}

/// A small API body, generic over how it holds the status.
#[derive(Serialize, Deserialize)]
struct Reply<'a, S> {
    status: S,
    message: &'a str,
}

/// Opens the group for one operation, measured per input.
fn group<'c>(c: &'c mut Criterion, operation: &str, inputs: usize) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(operation);
    group.throughput(Throughput::Elements(inputs as u64));
    group
}

/// Times `op` once on every input, as one iteration.
fn each<I: Copy, O>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    inputs: &[I],
    mut op: impl FnMut(I) -> O,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            for &input in inputs {
                black_box(op(black_box(input)));
            }
        });
    });
}

fn from_u16(c: &mut Criterion, inputs: &Inputs) {
    let numbers = &inputs.numbers;
    let mut group = group(c, "from_u16", numbers.len());
    each(&mut group, "statuscode", numbers, StatusCode::from_u16);
    // The http crate's constructor checks only the range 100..=999.
    each(&mut group, "http", numbers, http::StatusCode::from_u16);
    // Its way to ask whether a number is registered.
    each(&mut group, "http + canonical_reason", numbers, |number| {
        http::StatusCode::from_u16(number)
            .ok()
            .filter(|code| code.canonical_reason().is_some())
    });
    group.finish();
}

fn reason_phrase(c: &mut Criterion, inputs: &Inputs) {
    let mut group = group(c, "reason_phrase", inputs.codes.len());
    each(
        &mut group,
        "statuscode",
        &inputs.codes,
        StatusCode::reason_phrase,
    );
    each(&mut group, "http", &inputs.http_codes, |code| {
        code.canonical_reason()
    });
    group.finish();
}

/// `guidance` has no counterpart elsewhere. Beside it runs `reason_phrase`,
/// a lookup known to be two loads, over the same codes: a ratio near 1
/// shows that finding a code's guidance costs the same constant time,
/// whichever code it is.
fn guidance(c: &mut Criterion, inputs: &Inputs) {
    let mut group = group(c, "guidance", inputs.codes.len());
    each(
        &mut group,
        "statuscode",
        &inputs.codes,
        StatusCode::guidance,
    );
    each(
        &mut group,
        "reason_phrase",
        &inputs.codes,
        StatusCode::reason_phrase,
    );
    group.finish();
}

fn as_str(c: &mut Criterion, inputs: &Inputs) {
    let mut group = group(c, "as_str", inputs.codes.len());
    each(&mut group, "statuscode", &inputs.codes, StatusCode::as_str);
    // Its `as_str` borrows from the code, so the string leaves the closure
    // as its two parts.
    each(&mut group, "http", &inputs.http_codes, |code| {
        let digits = code.as_str();
        (digits.as_ptr(), digits.len())
    });
    group.finish();
}

fn parse(c: &mut Criterion, inputs: &Inputs) {
    let strings = inputs.strs();
    let mut group = group(c, "parse", strings.len());
    each(&mut group, "statuscode", &strings, str::parse::<StatusCode>);
    // The http crate parses any three digits; registration is a second step.
    each(&mut group, "http", &strings, |string| {
        string
            .parse::<http::StatusCode>()
            .ok()
            .filter(|code| code.canonical_reason().is_some())
    });
    group.finish();
}

fn display(c: &mut Criterion, inputs: &Inputs) {
    let mut group = group(c, "display", inputs.codes.len());
    let mut text = String::with_capacity(64);
    each(&mut group, "statuscode", &inputs.codes, |code| {
        text.clear();
        write!(text, "{code}").expect("writing to a String succeeds");
        text.len()
    });
    each(&mut group, "http", &inputs.http_codes, |code| {
        text.clear();
        write!(text, "{code}").expect("writing to a String succeeds");
        text.len()
    });
    group.finish();
}

/// The class predicates, each beside the http crate's.
fn class_predicates(c: &mut Criterion, inputs: &Inputs) {
    predicate(
        c,
        inputs,
        "is_informational",
        StatusCode::is_informational,
        |code| code.is_informational(),
    );
    predicate(c, inputs, "is_success", StatusCode::is_success, |code| {
        code.is_success()
    });
    predicate(
        c,
        inputs,
        "is_redirection",
        StatusCode::is_redirection,
        |code| code.is_redirection(),
    );
    predicate(
        c,
        inputs,
        "is_client_error",
        StatusCode::is_client_error,
        |code| code.is_client_error(),
    );
    predicate(
        c,
        inputs,
        "is_server_error",
        StatusCode::is_server_error,
        |code| code.is_server_error(),
    );
    // The http crate has no is_error: its two predicates together.
    predicate(c, inputs, "is_error", StatusCode::is_error, |code| {
        code.is_client_error() || code.is_server_error()
    });
}

/// One predicate's group. Generic rather than taking function pointers, so
/// that both sides are inlined as a caller's code would be.
fn predicate(
    c: &mut Criterion,
    inputs: &Inputs,
    name: &str,
    ours: impl FnMut(StatusCode) -> bool,
    theirs: impl FnMut(http::StatusCode) -> bool,
) {
    let mut group = group(c, name, inputs.codes.len());
    each(&mut group, "statuscode", &inputs.codes, ours);
    each(&mut group, "http", &inputs.http_codes, theirs);
    group.finish();
}

fn serialize(c: &mut Criterion, inputs: &Inputs) {
    let numbers = inputs.code_numbers();
    let mut group = group(c, "serialize", inputs.codes.len());
    let mut json = Vec::with_capacity(128);
    each(&mut group, "statuscode", &inputs.codes, |status| {
        json.clear();
        let reply = Reply {
            status,
            message: "see the documentation",
        };
        serde_json::to_writer(&mut json, &reply).expect("writing to a Vec succeeds");
        json.len()
    });
    each(&mut group, "u16", &numbers, |status| {
        json.clear();
        let reply = Reply {
            status,
            message: "see the documentation",
        };
        serde_json::to_writer(&mut json, &reply).expect("writing to a Vec succeeds");
        json.len()
    });
    group.finish();
}

fn deserialize(c: &mut Criterion, inputs: &Inputs) {
    let bodies = inputs.jsons();
    let mut group = group(c, "deserialize", bodies.len());
    each(&mut group, "statuscode", &bodies, |json| {
        serde_json::from_str::<Reply<'_, StatusCode>>(json)
            .map(|reply| reply.status)
            .ok()
    });
    each(&mut group, "u16", &bodies, |json| {
        serde_json::from_str::<Reply<'_, u16>>(json)
            .map(|reply| reply.status)
            .ok()
    });
    group.finish();
}

/// A response as an API sends it: ten fields, JSON content, answering a GET
/// whose request is known; it breaks no rule.
const CONFORMING: [(&str, &str); 10] = [
    ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
    ("Content-Type", "application/json"),
    ("Content-Length", "18"),
    ("Cache-Control", "max-age=60"),
    ("ETag", "\"33a64df5\""),
    ("Last-Modified", "Sat, 05 Nov 1994 08:49:37 GMT"),
    ("Vary", "Accept-Encoding"),
    ("Server", "example"),
    ("X-Request-Id", "f058ebd6-02f7-4d3f-942e-904344e8cde5"),
    ("Strict-Transport-Security", "max-age=63072000"),
];

/// A 405 that breaks three rules: no `Allow`, no `Date`, and a
/// `Retry-After` that is no date and no number.
const BROKEN: [(&str, &str); 6] = [
    ("Content-Type", "text/plain"),
    ("Content-Length", "18"),
    ("Retry-After", "5 minutes"),
    ("Server", "example"),
    ("X-Request-Id", "f058ebd6-02f7-4d3f-942e-904344e8cde5"),
    ("Cache-Control", "no-store"),
];

/// The request both responses answer.
const REQUEST: [(&str, &str); 4] = [
    ("Host", "api.example.com"),
    ("Accept", "application/json"),
    ("Accept-Encoding", "gzip, br"),
    ("User-Agent", "example/1.0"),
];

/// Header fields as name and value pairs.
type FieldPairs<'a> = &'a [(&'a str, &'a str)];

/// `findings()` consumed whole, beside the cost of building an
/// `http::HeaderMap` of the same fields, which a hyper service pays for
/// every response it sends.
fn check(c: &mut Criterion) {
    use statuscode::check::{Content, Exchange, Version};

    let cases: [(&str, StatusCode, FieldPairs, &[u8], usize); 2] = [
        (
            "check (conforming)",
            StatusCode::Ok,
            &CONFORMING,
            br#"{"id":7,"ok":true}"#,
            0,
        ),
        (
            "check (three broken)",
            StatusCode::MethodNotAllowed,
            &BROKEN,
            b"Use GET or HEAD.\r\n",
            3,
        ),
    ];
    for (name, status, fields, content, broken) in cases {
        let exchange = Exchange::new(status.into(), fields)
            .version(Version::Http11)
            .content(Content::Bytes(content))
            .method("GET")
            .target("/orders/7")
            .request_version(Version::Http11)
            .request_fields(&REQUEST);
        assert_eq!(exchange.findings().count(), broken, "{name}");
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Elements(1));
        group.bench_function("statuscode", |b| {
            b.iter(|| black_box(black_box(&exchange).findings().count()));
        });
        group.bench_function("http::HeaderMap", |b| {
            b.iter(|| {
                let mut map = http::HeaderMap::with_capacity(fields.len());
                for &(name, value) in black_box(fields) {
                    if let (Ok(name), Ok(value)) = (
                        http::header::HeaderName::from_bytes(name.as_bytes()),
                        http::header::HeaderValue::from_str(value),
                    ) {
                        map.append(name, value);
                    }
                }
                black_box(map)
            });
        });
        group.finish();
    }
}

/// What `criterion_main!` would write, without the public function that
/// `criterion_group!` adds.
fn main() {
    let inputs = Inputs::new();
    let mut c = Criterion::default().configure_from_args();
    from_u16(&mut c, &inputs);
    reason_phrase(&mut c, &inputs);
    guidance(&mut c, &inputs);
    as_str(&mut c, &inputs);
    parse(&mut c, &inputs);
    display(&mut c, &inputs);
    class_predicates(&mut c, &inputs);
    serialize(&mut c, &inputs);
    deserialize(&mut c, &inputs);
    check(&mut c);
    c.final_summary();
}
