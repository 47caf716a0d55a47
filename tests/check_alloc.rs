//! `Exchange::findings` allocates nothing: counted by a global allocator
//! that counts the allocations of the thread it runs on, over exchanges
//! that exercise every kind of rule, and over the formatting of every
//! finding into a fixed buffer.

use std::fmt::Write as _;

use statuscode::StatusCode;
use statuscode::check::{Content, Exchange, Version};

/// How many allocations `f` made on this thread, counted by the global
/// allocator of `allocation-counter`.
fn allocations(f: impl FnOnce()) -> u64 {
    allocation_counter::measure(f).count_total
}

/// A `fmt::Write` into a fixed buffer, which never allocates.
struct Fixed {
    bytes: [u8; 4096],
    len: usize,
}

impl std::fmt::Write for Fixed {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let end = self.len + text.len();
        let target = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        target.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

const DATE: (&str, &str) = ("Date", "Sun, 06 Nov 1994 08:49:37 GMT");

/// Consumes every finding of `exchange` and writes each into a fixed
/// buffer; returns how many there were.
fn check(exchange: &Exchange<'_>) -> usize {
    let mut count = 0;
    for finding in exchange.findings() {
        let mut out = Fixed {
            bytes: [0; 4096],
            len: 0,
        };
        write!(out, "{finding}").unwrap();
        assert!(out.len > 0);
        count += 1;
    }
    count
}

#[test]
fn findings_allocate_nothing() {
    let conforming = [
        DATE,
        ("Content-Type", "application/json"),
        ("Content-Length", "17"),
        ("Cache-Control", "max-age=60, must-revalidate"),
        ("ETag", "\"33a64df5\""),
        ("Last-Modified", "Sat, 05 Nov 1994 08:49:37 GMT"),
        ("Vary", "Accept-Encoding"),
        ("Server", "example"),
        ("Link", "</style.css>; rel=preload; as=style"),
        ("X-Request-Id", "f058ebd6-02f7-4d3f-942e-904344e8cde5"),
    ];
    let request = [
        ("Host", "example.com"),
        ("Accept", "application/json"),
        ("If-None-Match", "\"1\", W/\"2\""),
        ("Authorization", "Bearer abc"),
        ("Range", "bytes=0-4, 6-9"),
        ("Connection", "close"),
    ];
    let broken = [
        ("Content-Type", "application/problem+json"),
        (
            "WWW-Authenticate",
            "Bearer realm=api, error=\"invalid_token\", Basic realm=\"a\"",
        ),
        ("WWW-Authenticate", "Negotiate abc=="),
        ("Retry-After", "5 minutes"),
        ("Location", "/a b"),
        ("Location", "/b"),
        ("Allow", "GET, , HEAD"),
        ("Link", "</a>; rel=next; rel=prev"),
        ("Content-Range", "bytes 5-4/10"),
        ("Content-Length", "5, 5"),
        ("Upgrade", "web socket"),
    ];
    let problem = br#"{"type":"out-of-credit","title":"Not here","status":"500","detail":"Traceback (most recent call last):\n  File \"/a.py\", line 1, in f\n  File \"/b.py\", line 2, in g\nValueError"}"#;
    let multipart = [
        DATE,
        ("Content-Type", "multipart/byteranges; boundary=THIS"),
    ];
    let parts = b"--THIS\r\nContent-Range: bytes 6-9/10\r\n\r\nwrld\r\n--THIS\r\nContent-Type: text/plain\r\n\r\nhello\r\n--THIS--\r\n";
    let xml = [DATE, ("Content-Type", "application/xml")];
    let multistatus = br#"<D:multistatus xmlns:D="DAV:"><D:response><D:status>HTTP/1.1 102 Processing</D:status></D:response></D:multistatus>"#;

    let exchanges = [
        Exchange::new(StatusCode::Ok.into(), &conforming)
            .content(Content::Bytes(br#"{"id":7,"ok":true}"#))
            .method("GET")
            .request_fields(&request)
            .version(Version::Http11)
            .request_version(Version::Http11),
        Exchange::new(StatusCode::Unauthorized.into(), &broken)
            .content(Content::Bytes(problem))
            .method("GET")
            .request_fields(&request)
            .version(Version::Http11),
        Exchange::new(StatusCode::PartialContent.into(), &multipart)
            .content(Content::Bytes(parts))
            .method("GET")
            .request_fields(&request),
        Exchange::new(StatusCode::MultiStatus.into(), &xml)
            .content(Content::Bytes(multistatus))
            .method("PROPFIND"),
        Exchange::from_status_text("2x0", &broken).reason(b"O\x00K"),
        Exchange::new(StatusCode::InternalServerError.into(), &broken)
            .content(Content::Bytes(
                b"panic: oops\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:9 +0x1d\n",
            ))
            .method("POST"),
    ];
    let mut found = 0;
    let counted = allocations(|| {
        for exchange in &exchanges {
            found += check(exchange);
        }
    });
    assert!(
        found > 20,
        "the exchanges should break many rules, broke {found}"
    );
    assert_eq!(counted, 0, "findings allocated {counted} times");
}

/// Field names the rules read, and a few they do not, in any case.
const NAMES: &[&str] = &[
    "Date",
    "content-type",
    "CONTENT-LENGTH",
    "Transfer-Encoding",
    "Location",
    "Allow",
    "WWW-Authenticate",
    "Proxy-Authenticate",
    "Retry-After",
    "Content-Range",
    "Link",
    "Upgrade",
    "Connection",
    "Cache-Control",
    "ETag",
    "Last-Modified",
    "Expires",
    "Age",
    "Early-Data",
    "Accept-Encoding",
    "Range",
    "If-None-Match",
    "If-Range",
    "Host",
    "Authorization",
    "Expect",
    "If-Match",
    "Content-Encoding",
    "X-Other",
    "If-Whatever",
    "",
];

/// Pieces of values that the parsers meet in real fields, to splice with
/// arbitrary bytes.
const PIECES: &[&str] = &[
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "bytes 0-4/10",
    "bytes */10",
    "bytes=0-4, 6-9",
    "Bearer realm=\"api\", error=\"invalid_token\"",
    "Basic realm=x",
    "</a>; rel=preload",
    "application/problem+json",
    "multipart/byteranges; boundary=B",
    "max-age=86400",
    "must-understand",
    "\"v1\", W/\"v2\"",
    "*",
    "close, upgrade",
    "websocket, h2c",
    "GET, , HEAD",
    "gzip, chunked",
    "5, 5",
    "120",
    "/a b",
    "text/xml",
    "\\",
    "\"",
    ",",
    ";",
    "=",
    " ",
];

/// Contents that the content rules read, to check besides arbitrary bytes.
const CONTENTS: &[&[u8]] = &[
    br#"{"title":"Not Found","status":"404","type":"x y"}"#,
    br#"<D:multistatus xmlns:D="DAV:"><D:response/></D:multistatus>"#,
    b"--B\r\nContent-Range: bytes 0-1/4\r\n\r\nab\r\n--B--\r\n",
    b"Traceback (most recent call last):\n  File \"a.py\", line 1, in f\n  File \"b.py\", line 2, in g\n",
    b"TRACE / HTTP/1.1\r\nCookie: a=1\r\n\r\n",
];

mod arbitrary {
    use proptest::prelude::*;

    /// A value: a piece, arbitrary bytes, or a piece with bytes spliced in.
    pub(super) fn value() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::sample::select(super::PIECES).prop_map(|piece| piece.as_bytes().to_vec()),
            proptest::collection::vec(any::<u8>(), 0..24),
            (
                proptest::sample::select(super::PIECES),
                proptest::collection::vec(any::<u8>(), 0..4),
                any::<prop::sample::Index>()
            )
                .prop_map(|(piece, bytes, at)| {
                    let mut value = piece.as_bytes().to_vec();
                    let at = at.index(value.len() + 1);
                    value.splice(at..at, bytes);
                    value
                }),
        ]
    }

    /// A list of fields.
    pub(super) fn fields() -> impl Strategy<Value = Vec<(String, Vec<u8>)>> {
        proptest::collection::vec(
            (
                proptest::sample::select(super::NAMES).prop_map(str::to_owned),
                value(),
            ),
            0..10,
        )
    }

    /// Arbitrary content, or content some rule reads.
    pub(super) fn content() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..64),
            proptest::sample::select(super::CONTENTS).prop_map(<[u8]>::to_vec),
        ]
    }

    /// A status as text: a code, or anything.
    pub(super) fn status() -> impl Strategy<Value = String> {
        prop_oneof![
            (100..1000_u16).prop_map(|code| code.to_string()),
            "[0-9a-z ]{0,5}"
        ]
    }
}

/// Borrows owned pairs as the checker takes them.
fn borrowed(fields: &[(String, Vec<u8>)]) -> Vec<(&str, &[u8])> {
    fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_slice()))
        .collect()
}

/// A version, or none.
fn version(at: usize) -> Option<Version> {
    [
        Version::Http10,
        Version::Http11,
        Version::Http2,
        Version::Http3,
    ]
    .get(at)
    .copied()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    /// On any exchange, `findings` ends without panicking, allocates
    /// nothing, and each finding formats.
    #[test]
    fn any_exchange_is_checked_without_a_panic_or_an_allocation(
        status in arbitrary::status(),
        reason in arbitrary::value(),
        response_fields in arbitrary::fields(),
        request_fields in arbitrary::fields(),
        content in arbitrary::content(),
        method in proptest::sample::select(&["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH", "get"][..]),
        versions in (0..5_usize, 0..5_usize),
        application in proptest::prelude::any::<bool>(),
        target in proptest::sample::select(&["/", "/a?access_token=1", "*", "http://example.com/x"][..]),
    ) {
        let (response, request) = (borrowed(&response_fields), borrowed(&request_fields));
        let mut exchange = Exchange::from_status_text(&status, response.as_slice())
            .reason(&reason)
            .content(Content::Bytes(&content))
            .method(method)
            .target(target)
            .request_fields(request.as_slice());
        if let Some(version) = version(versions.0) {
            exchange = exchange.version(version);
        }
        if let Some(version) = version(versions.1) {
            exchange = exchange.request_version(version);
        }
        if application {
            exchange = exchange.vantage(statuscode::check::Vantage::Application);
        }
        let counted = allocations(|| {
            check(&exchange);
        });
        proptest::prop_assert_eq!(counted, 0);
    }
}
