//! `ConformanceLayer` in process: what it reports, to whom, what it
//! reads of the content, and that the response comes out as it went in.
#![cfg(feature = "tower")]

use std::convert::Infallible;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use http::{HeaderMap, HeaderValue, Method, Request, Response};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::body::Bytes;
use statuscode::check::layer::Strict;
use statuscode::check::{ConformanceLayer, Level, OnFindings, Report};
use tower::{Layer, ServiceExt, service_fn};

/// Runs a future to its end on a runtime of the calling thread.
fn run<T>(future: impl Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(future)
}

/// The message of the panic `f` raised, or `None` when it did not.
fn panic_message(f: impl FnOnce()) -> Option<String> {
    let payload = catch_unwind(AssertUnwindSafe(f)).err()?;
    payload.downcast_ref::<String>().cloned().or_else(|| {
        payload
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
    })
}

/// A body that yields these frames (or an error), with this size hint.
#[derive(Debug)]
struct Frames {
    frames: Vec<Result<Frame<Bytes>, &'static str>>,
    hint: SizeHint,
}

impl Frames {
    /// Data in pieces, with an exact hint of its length.
    fn data(pieces: &[&'static [u8]]) -> Frames {
        let length = pieces.iter().map(|piece| piece.len() as u64).sum();
        Frames {
            frames: pieces
                .iter()
                .map(|piece| Ok(Frame::data(Bytes::from_static(piece))))
                .collect(),
            hint: SizeHint::with_exact(length),
        }
    }

    /// The same frames, with a hint that does not know the length.
    fn streaming(mut self) -> Frames {
        self.hint = SizeHint::new();
        self
    }
}

impl Body for Frames {
    type Data = Bytes;
    type Error = &'static str;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, &'static str>>> {
        if self.frames.is_empty() {
            return Poll::Ready(None);
        }
        Poll::Ready(Some(self.frames.remove(0)))
    }

    fn size_hint(&self) -> SizeHint {
        self.hint
    }
}

/// A response with this status, these fields and this body.
fn response(
    status: u16,
    fields: &[(&'static str, &'static str)],
    body: Frames,
) -> Response<Frames> {
    let mut response = Response::new(body);
    *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
    for &(name, value) in fields {
        response
            .headers_mut()
            .append(name, HeaderValue::from_static(value));
    }
    response
}

/// What came out of the layer: the response's status, fields and the
/// frames of its body, in order, up to the error that ended them.
#[derive(Debug, PartialEq, Eq)]
struct Seen {
    status: u16,
    fields: HeaderMap,
    frames: Vec<Result<Seenframe, &'static str>>,
}

#[derive(Debug, PartialEq, Eq)]
enum Seenframe {
    Data(Bytes),
    Trailers(HeaderMap),
}

async fn seen<B: Body<Data = Bytes, Error = &'static str> + Unpin>(response: Response<B>) -> Seen {
    let (parts, mut body) = response.into_parts();
    let mut frames = Vec::new();
    while let Some(frame) = body.frame().await {
        match frame {
            Ok(frame) => match frame.into_data() {
                Ok(data) => frames.push(Ok(Seenframe::Data(data))),
                Err(frame) => frames.push(Ok(Seenframe::Trailers(frame.into_trailers().unwrap()))),
            },
            Err(error) => {
                frames.push(Err(error));
                break;
            }
        }
    }
    Seen {
        status: parts.status.as_u16(),
        fields: parts.headers,
        frames,
    }
}

/// A service that answers `answer` once.
fn answering(
    answer: Response<Frames>,
) -> impl tower::Service<
    Request<()>,
    Response = Response<Frames>,
    Error = Infallible,
    Future = std::future::Ready<Result<Response<Frames>, Infallible>>,
> {
    let mut answer = Some(answer);
    service_fn(move |_: Request<()>| std::future::ready(Ok(answer.take().expect("one request"))))
}

/// Sends `request` through a layer that reads only the length.
fn call<H: OnFindings + Clone>(
    layer: &ConformanceLayer<H>,
    request: Request<()>,
    answer: Response<Frames>,
) -> Seen {
    run(async {
        let response = layer
            .layer(answering(answer))
            .oneshot(request)
            .await
            .unwrap();
        seen(response).await
    })
}

/// Sends `request` through a layer that reads the content.
fn call_reading<H: OnFindings + Clone>(
    layer: &ConformanceLayer<H, statuscode::check::layer::ContentBytes>,
    request: Request<()>,
    answer: Response<Frames>,
) -> Seen {
    run(async {
        let response = layer
            .layer(answering(answer))
            .oneshot(request)
            .await
            .unwrap();
        seen(response).await
    })
}

/// What the service sent, as `seen` reads it without any layer.
fn unlayered(answer: Response<Frames>) -> Seen {
    run(seen(answer))
}

/// A layer that records each report as its request line, status and the
/// ids of its findings.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Reported>>>);

/// A report as its request line, status and the ids of its findings.
type Reported = (String, u16, Vec<&'static str>);

impl OnFindings for Recorder {
    fn on_findings(&self, report: &Report<'_>) {
        let ids = report
            .findings()
            .map(|finding| finding.rule().id())
            .collect();
        let line = format!("{} {}", report.method(), report.uri());
        self.0
            .lock()
            .unwrap()
            .push((line, report.status().as_u16(), ids));
    }
}

impl Recorder {
    fn reports(&self) -> Vec<Reported> {
        self.0.lock().unwrap().clone()
    }
}

fn get(target: &'static str) -> Request<()> {
    Request::get(target).body(()).unwrap()
}

const JSON: (&str, &str) = ("Content-Type", "application/json");
const STACK_TRACE: &[u8] = b"Traceback (most recent call last):\n  File \"/srv/app.py\", line 12, in handler\n    total = order.price * quantity\nTypeError: unsupported operand type(s) for *: 'NoneType' and 'int'\n";

#[test]
fn a_conforming_response_passes_strict_mode_unchanged() {
    let answer = || response(200, &[JSON], Frames::data(&[b"{\"id\":7}"]));
    let out = call(
        &ConformanceLayer::strict(Level::Advice),
        get("/orders/7"),
        answer(),
    );
    assert_eq!(out, unlayered(answer()));
}

#[test]
fn strict_mode_panics_with_every_finding_at_its_level_or_above() {
    let message = panic_message(|| {
        let answer = response(405, &[JSON], Frames::data(&[b"{}"]));
        call(
            &ConformanceLayer::strict(Level::Must),
            Request::delete("/orders/7?x=1").body(()).unwrap(),
            answer,
        );
    });
    assert_eq!(
        message.as_deref(),
        Some(
            "statuscode::check::ConformanceLayer: DELETE /orders/7?x=1 answered 405 Method Not Allowed, which breaks 1 rule at level must:\n  \
             405-allow (must, RFC 9110, Section 15.5.6): A 405 response does not say which methods the resource allows; send Allow listing them, empty if there are none."
        )
    );
}

#[test]
fn strict_mode_lets_findings_below_its_level_pass() {
    // A 429 without Retry-After is advice only.
    let answer = || response(429, &[JSON], Frames::data(&[b"{}"]));
    let out = call(&ConformanceLayer::strict(Level::Must), get("/"), answer());
    assert_eq!(out, unlayered(answer()));
    let message = panic_message(|| {
        call(&ConformanceLayer::strict(Level::Advice), get("/"), answer());
    })
    .unwrap();
    assert!(
        message.contains("which breaks 1 rule:\n  429-retry-after (advice, RFC 6585, Section 4): "),
        "{message}"
    );
    assert!(
        panic_message(|| {
            call(&ConformanceLayer::strict(Level::Should), get("/"), answer());
        })
        .is_none()
    );
}

#[test]
fn the_callback_gets_the_request_the_status_and_the_findings_and_only_when_there_are_some() {
    let recorder = Recorder::default();
    let layer = ConformanceLayer::new(recorder.clone());
    call(
        &layer,
        get("/fine"),
        response(200, &[JSON], Frames::data(&[b"{}"])),
    );
    call(
        &layer,
        Request::post("/orders").body(()).unwrap(),
        response(201, &[], Frames::data(&[])),
    );
    call(
        &layer,
        get("/secret"),
        response(401, &[JSON], Frames::data(&[b"{}"])),
    );
    assert_eq!(
        recorder.reports(),
        [
            ("POST /orders".to_owned(), 201, vec!["201-post-location"]),
            ("GET /secret".to_owned(), 401, vec!["401-www-authenticate"]),
        ]
    );
}

#[test]
fn a_closure_is_a_callback_and_a_report_displays_every_finding() {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = lines.clone();
    let layer = ConformanceLayer::new(move |report: &Report<'_>| {
        sink.lock().unwrap().push(report.to_string());
    });
    call(&layer, get("/"), response(429, &[], Frames::data(&[])));
    let lines = lines.lock().unwrap();
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("GET / answered 429 Too Many Requests, which breaks 2 rules:\n  "),
        "{}",
        lines[0]
    );
}

#[test]
fn the_length_comes_from_an_exact_size_hint() {
    let recorder = Recorder::default();
    let layer = ConformanceLayer::new(recorder.clone());
    // A 204 with content is reported from the hint alone...
    let out = call(&layer, get("/"), response(204, &[], Frames::data(&[b"{}"])));
    assert_eq!(out, unlayered(response(204, &[], Frames::data(&[b"{}"]))));
    // ...not when the hint does not know the length...
    call(
        &layer,
        get("/"),
        response(204, &[], Frames::data(&[b"{}"]).streaming()),
    );
    // ...nor in an answer to HEAD, whose content the HTTP library drops.
    call(
        &layer,
        Request::head("/").body(()).unwrap(),
        response(204, &[], Frames::data(&[b"{}"])),
    );
    assert_eq!(
        recorder.reports(),
        [("GET /".to_owned(), 204, vec!["204-no-content"])]
    );
}

#[test]
fn the_request_fields_the_rules_read_are_kept() {
    let recorder = Recorder::default();
    let layer = ConformanceLayer::new(recorder.clone());
    let conditional = || {
        Request::get("/a")
            .header("Host", "example.com")
            .header("If-None-Match", "\"v1\"")
            .body(())
            .unwrap()
    };
    // A 304 to a conditional GET breaks nothing; without the condition it does.
    call(
        &layer,
        conditional(),
        response(304, &[("ETag", "\"v1\"")], Frames::data(&[])),
    );
    assert_eq!(recorder.reports(), []);
    call(
        &layer,
        get("/a"),
        response(304, &[("ETag", "\"v1\"")], Frames::data(&[])),
    );
    assert_eq!(
        recorder.reports(),
        [(
            "GET /a".to_owned(),
            304,
            vec!["304-only-conditional-get-head"]
        )]
    );
}

#[test]
fn content_rules_run_only_when_the_content_is_read() {
    let answer = || {
        response(
            500,
            &[("Content-Type", "text/plain")],
            Frames::data(&[STACK_TRACE]),
        )
    };
    let recorder = Recorder::default();
    call(&ConformanceLayer::new(recorder.clone()), get("/"), answer());
    assert_eq!(recorder.reports(), []);
    let out = call_reading(
        &ConformanceLayer::new(recorder.clone()).inspect_content(1024),
        get("/"),
        answer(),
    );
    assert_eq!(
        recorder.reports(),
        [("GET /".to_owned(), 500, vec!["5xx-stack-trace"])]
    );
    assert_eq!(out, unlayered(answer()));
}

#[test]
fn content_in_several_frames_with_trailers_is_read_and_replayed_as_it_was() {
    let answer = || {
        let mut body = Frames::data(&[b"{\"title\":\"Not Found\",", b"\"status\":410}"]);
        let mut trailers = HeaderMap::new();
        trailers.insert("checksum", HeaderValue::from_static("abc"));
        body.frames.push(Ok(Frame::trailers(trailers)));
        response(404, &[("Content-Type", "application/problem+json")], body)
    };
    let recorder = Recorder::default();
    let layer = ConformanceLayer::new(recorder.clone()).inspect_content(1024);
    let out = call_reading(&layer, get("/gone"), answer());
    assert_eq!(out, unlayered(answer()));
    assert_eq!(out.frames.len(), 3);
    assert_eq!(
        recorder.reports(),
        [("GET /gone".to_owned(), 404, vec!["problem-status-match"])]
    );
}

#[test]
fn content_over_the_limit_or_of_unknown_length_passes_unread_and_whole() {
    let recorder = Recorder::default();
    let layer = ConformanceLayer::new(recorder.clone()).inspect_content(STACK_TRACE.len() - 1);
    let answer = || {
        response(
            500,
            &[("Content-Type", "text/plain")],
            Frames::data(&[STACK_TRACE]),
        )
    };
    assert_eq!(
        call_reading(&layer, get("/"), answer()),
        unlayered(answer())
    );
    let layer = ConformanceLayer::new(recorder.clone()).inspect_content(1024);
    let streaming = || {
        response(
            500,
            &[("Content-Type", "text/plain")],
            Frames::data(&[STACK_TRACE]).streaming(),
        )
    };
    assert_eq!(
        call_reading(&layer, get("/"), streaming()),
        unlayered(streaming())
    );
    assert_eq!(recorder.reports(), []);
}

#[test]
fn a_body_longer_than_its_hint_is_never_cut_short() {
    // The hint says 2 bytes, within the limit of 4; the body yields 3 + 3.
    let answer = || {
        let mut body = Frames::data(&[b"abc", b"def"]);
        body.hint = SizeHint::with_exact(2);
        response(200, &[("Content-Type", "text/plain")], body)
    };
    let layer = ConformanceLayer::strict(Level::Advice).inspect_content(4);
    let out = call_reading(&layer, get("/"), answer());
    let mut expected = unlayered(answer());
    assert_eq!(out.frames, expected.frames);
    expected.frames.clear();
    assert_eq!(out.status, expected.status);
}

#[test]
fn an_error_of_the_body_is_passed_on() {
    let answer = || {
        let mut body = Frames::data(&[b"ab", b"cd"]);
        body.frames[1] = Err("connection reset");
        response(200, &[("Content-Type", "text/plain")], body)
    };
    let layer = ConformanceLayer::strict(Level::Advice).inspect_content(1024);
    let out = call_reading(&layer, get("/"), answer());
    assert_eq!(out, unlayered(answer()));
    assert_eq!(out.frames.last(), Some(&Err("connection reset")));
}

#[test]
fn an_inspected_body_tells_its_length() {
    run(async {
        let layer = ConformanceLayer::strict(Level::Must).inspect_content(1024);
        let answer = response(200, &[JSON], Frames::data(&[b"{\"a\":", b"1}"]));
        let response = layer
            .layer(answering(answer))
            .oneshot(get("/"))
            .await
            .unwrap();
        assert_eq!(response.body().size_hint().exact(), Some(7));
        assert!(!response.body().is_end_stream());
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(bytes, "{\"a\":1}");
    });
}

#[test]
fn strict_is_a_level() {
    assert_eq!(Strict::new(Level::Should).level(), Level::Should);
    assert_eq!(ConformanceLayer::strict(Level::Must).content_limit(), None);
    assert_eq!(
        ConformanceLayer::strict(Level::Must)
            .inspect_content(10)
            .content_limit(),
        Some(10)
    );
}

#[test]
fn the_method_reaches_the_rules() {
    let recorder = Recorder::default();
    let layer = ConformanceLayer::new(recorder.clone());
    call(
        &layer,
        Request::builder()
            .method(Method::PUT)
            .uri("/a")
            .body(())
            .unwrap(),
        response(405, &[("Allow", "GET, PUT"), JSON], Frames::data(&[b"{}"])),
    );
    assert_eq!(
        recorder.reports(),
        [("PUT /a".to_owned(), 405, vec!["405-method-not-in-allow"])]
    );
}

#[cfg(feature = "tracing")]
mod tracing_events {
    use std::fmt::Write as _;
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    use super::*;

    /// One event: its level, target and fields, in order, as text.
    type Recorded = (tracing::Level, String, String);

    /// A subscriber that records every event.
    #[derive(Clone, Default)]
    struct Events(Arc<Mutex<Vec<Recorded>>>);

    struct Fields(String);

    impl Visit for Fields {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            let _ = write!(self.0, "{}={value:?} ", field.name());
        }
        fn record_str(&mut self, field: &Field, value: &str) {
            let _ = write!(self.0, "{}={value} ", field.name());
        }
        fn record_u64(&mut self, field: &Field, value: u64) {
            let _ = write!(self.0, "{}={value} ", field.name());
        }
    }

    impl Subscriber for Events {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, _: &Attributes<'_>) -> Id {
            Id::from_u64(1)
        }
        fn record(&self, _: &Id, _: &Record<'_>) {}
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            let mut fields = Fields(String::new());
            event.record(&mut fields);
            let metadata = event.metadata();
            self.0.lock().unwrap().push((
                *metadata.level(),
                metadata.target().to_owned(),
                fields.0.trim_end().to_owned(),
            ));
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }

    #[test]
    fn one_event_per_finding_at_warn_for_must_and_info_below() {
        let events = Events::default();
        tracing::subscriber::with_default(events.clone(), || {
            let layer = ConformanceLayer::tracing();
            call(
                &layer,
                get("/fine"),
                response(200, &[JSON], Frames::data(&[b"{}"])),
            );
            call(
                &layer,
                get("/limited?page=2"),
                response(429, &[], Frames::data(&[])),
            );
        });
        let events = events.0.lock().unwrap();
        let shown: Vec<(tracing::Level, &str, &str)> = events
            .iter()
            .map(|(level, target, fields)| (*level, target.as_str(), fields.as_str()))
            .collect();
        assert_eq!(shown.len(), 2, "{shown:#?}");
        for (_, target, fields) in &shown {
            assert_eq!(*target, "statuscode::check");
            assert!(fields.starts_with("message="), "{fields}");
            assert!(
                fields.ends_with(" status=429 method=GET path=/limited"),
                "{fields}"
            );
        }
        let rules: Vec<(tracing::Level, &str)> = shown
            .iter()
            .map(|(level, _, fields)| {
                let rule = fields
                    .split(" rule=")
                    .nth(1)
                    .unwrap()
                    .split(' ')
                    .next()
                    .unwrap();
                (*level, rule)
            })
            .collect();
        assert_eq!(rules.len(), 2);
        for (level, rule) in rules {
            let finding_level = rule.parse::<statuscode::check::Rule>().unwrap().level();
            let expected = if finding_level == Level::Must {
                tracing::Level::WARN
            } else {
                tracing::Level::INFO
            };
            assert_eq!(level, expected, "{rule}");
        }
        assert!(
            shown
                .iter()
                .any(|(_, _, fields)| fields.contains(" rule=429-retry-after level=advice "))
        );
    }

    #[test]
    fn a_must_finding_is_a_warning() {
        let events = Events::default();
        tracing::subscriber::with_default(events.clone(), || {
            let layer = ConformanceLayer::tracing();
            call(
                &layer,
                get("/"),
                response(405, &[JSON], Frames::data(&[b"{}"])),
            );
        });
        let events = events.0.lock().unwrap();
        assert_eq!(events.len(), 1);
        let (level, _, fields) = &events[0];
        assert_eq!(*level, tracing::Level::WARN);
        assert!(
            fields
                .starts_with("message=405-allow (must, RFC 9110, Section 15.5.6): A 405 response"),
            "{fields}"
        );
        assert!(
            fields.ends_with(" rule=405-allow level=must status=405 method=GET path=/"),
            "{fields}"
        );
    }
}
