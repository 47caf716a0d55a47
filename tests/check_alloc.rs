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
