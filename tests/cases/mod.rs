//! The exchanges of the checker's tests, as data: for every rule one that
//! breaks it and a twin that keeps it, and the exchanges the specifications
//! allow, which must draw no finding. The library's tests check them
//! directly (and the library's unit tests hold the rules it skips to
//! them); the command's tests check them again after writing them as a
//! HAR file, and its benchmark against the reference peer reads that file.
// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

// Named, for the library's unit tests, which include this file too.
use std::string::{String, ToString};
use std::vec::Vec;

use statuscode::check::{Content, Exchange, Vantage, Version};

/// A field list; the tests write them as `static` slices.
pub(crate) type FieldList = &'static [(&'static str, &'static str)];

/// An exchange described as data, so that a table can hold it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ex {
    pub(crate) status: &'static str,
    pub(crate) fields: FieldList,
    pub(crate) reason: Option<&'static [u8]>,
    pub(crate) content: Content<'static>,
    pub(crate) version: Option<Version>,
    pub(crate) method: Option<&'static str>,
    pub(crate) target: Option<&'static str>,
    pub(crate) request: Option<FieldList>,
    pub(crate) request_version: Option<Version>,
    pub(crate) vantage: Vantage,
}

impl Ex {
    pub(crate) const fn new(status: &'static str, fields: FieldList) -> Ex {
        Ex {
            status,
            fields,
            reason: None,
            content: Content::Unknown,
            version: None,
            method: None,
            target: None,
            request: None,
            request_version: None,
            vantage: Vantage::Wire,
        }
    }
    pub(crate) const fn body(mut self, bytes: &'static [u8]) -> Ex {
        self.content = Content::Bytes(bytes);
        self
    }
    pub(crate) const fn empty(mut self) -> Ex {
        self.content = Content::Length(0);
        self
    }
    pub(crate) const fn method(mut self, method: &'static str) -> Ex {
        self.method = Some(method);
        self
    }
    pub(crate) const fn target(mut self, target: &'static str) -> Ex {
        self.target = Some(target);
        self
    }
    pub(crate) const fn get(self) -> Ex {
        self.method("GET")
    }
    pub(crate) const fn request(mut self, fields: FieldList) -> Ex {
        self.request = Some(fields);
        self
    }
    pub(crate) const fn version(mut self, version: Version) -> Ex {
        self.version = Some(version);
        self
    }
    pub(crate) const fn request_version(mut self, version: Version) -> Ex {
        self.request_version = Some(version);
        self
    }
    pub(crate) const fn reason(mut self, reason: &'static [u8]) -> Ex {
        self.reason = Some(reason);
        self
    }
    pub(crate) const fn application(mut self) -> Ex {
        self.vantage = Vantage::Application;
        self
    }

    pub(crate) fn exchange(&self) -> Exchange<'static> {
        let mut exchange = Exchange::from_status_text(self.status, self.fields)
            .content(self.content)
            .vantage(self.vantage);
        if let Some(reason) = self.reason {
            exchange = exchange.reason(reason);
        }
        if let Some(version) = self.version {
            exchange = exchange.version(version);
        }
        if let Some(method) = self.method {
            exchange = exchange.method(method);
        }
        if let Some(target) = self.target {
            exchange = exchange.target(target);
        }
        if let Some(request) = self.request {
            exchange = exchange.request_fields(request);
        }
        if let Some(version) = self.request_version {
            exchange = exchange.request_version(version);
        }
        exchange
    }

    pub(crate) fn ids(&self) -> Vec<&'static str> {
        self.exchange()
            .findings()
            .map(|finding| finding.rule().id())
            .collect()
    }

    pub(crate) fn report(&self) -> String {
        let mut report = String::new();
        for finding in self.exchange().findings() {
            report.push_str("\n  ");
            report.push_str(&finding.to_string());
        }
        report
    }
}

pub(crate) const DATE: (&str, &str) = ("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
pub(crate) const TEXT: (&str, &str) = ("Content-Type", "text/plain");
pub(crate) const PROBLEM: (&str, &str) = ("Content-Type", "application/problem+json");
pub(crate) const XML: (&str, &str) = ("Content-Type", "application/xml; charset=utf-8");
pub(crate) const MULTIPART: (&str, &str) = ("Content-Type", "multipart/byteranges; boundary=THIS");

/// A multipart/byteranges body with two parts, 0-4 then 6-9.
pub(crate) const TWO_PARTS: &[u8] = b"--THIS\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-4/10\r\n\r\nhello\r\n--THIS\r\nContent-Type: text/plain\r\nContent-Range: bytes 6-9/10\r\n\r\nwrld\r\n--THIS--\r\n";
/// The same parts, 6-9 then 0-4.
pub(crate) const TWO_PARTS_REVERSED: &[u8] = b"--THIS\r\nContent-Type: text/plain\r\nContent-Range: bytes 6-9/10\r\n\r\nwrld\r\n--THIS\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-4/10\r\n\r\nhello\r\n--THIS--\r\n";
/// A part without Content-Range.
pub(crate) const PART_NO_RANGE: &[u8] = b"--THIS\r\nContent-Type: text/plain\r\n\r\nhello\r\n--THIS\r\nContent-Type: text/plain\r\nContent-Range: bytes 6-9/10\r\n\r\nwrld\r\n--THIS--\r\n";
/// A part without Content-Type.
pub(crate) const PART_NO_TYPE: &[u8] = b"--THIS\r\nContent-Range: bytes 0-4/10\r\n\r\nhello\r\n--THIS\r\nContent-Type: text/plain\r\nContent-Range: bytes 6-9/10\r\n\r\nwrld\r\n--THIS--\r\n";

pub(crate) const MULTISTATUS: &[u8] = br#"<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/a</D:href><D:status>HTTP/1.1 200 OK</D:status></D:response>
</D:multistatus>"#;

pub(crate) const PYTHON_TRACE: &[u8] = b"Traceback (most recent call last):\n  File \"/srv/app.py\", line 12, in handler\n    total = order.total()\n  File \"/srv/order.py\", line 40, in total\n    return sum(items)\nTypeError: unsupported operand type(s)\n";

/// One rule, with an exchange that breaks it and one that does not.
pub(crate) struct Case {
    pub(crate) rule: &'static str,
    pub(crate) breaks: Ex,
    pub(crate) keeps: Ex,
}

pub(crate) const fn case(rule: &'static str, breaks: Ex, keeps: Ex) -> Case {
    Case {
        rule,
        breaks,
        keeps,
    }
}

#[rustfmt::skip]
pub(crate) const CASES: &[Case] = &[
    // A. The status line
    case("status-code-range", Ex::new("600", &[DATE]), Ex::new("500", &[])),
    case("status-code-range", Ex::new("099", &[]), Ex::new("100", &[])),
    case("status-code-3digit", Ex::new("20", &[]), Ex::new("200", &[DATE])),
    case("status-code-3digit", Ex::new("2000", &[]), Ex::new("204", &[DATE])),
    case("reason-phrase-syntax", Ex::new("200", &[DATE]).reason(b"O\x01K"), Ex::new("200", &[DATE]).reason(b"OK")),
    case("305-deprecated", Ex::new("305", &[DATE]), Ex::new("307", &[DATE, ("Location", "/b")])),
    case("306-reserved", Ex::new("306", &[DATE]), Ex::new("307", &[DATE, ("Location", "/b")])),
    case("418-reserved", Ex::new("418", &[DATE]), Ex::new("400", &[DATE])),
    case("402-reserved", Ex::new("402", &[DATE]), Ex::new("403", &[DATE])),

    // B. Content allowed or not
    case("1xx-no-content", Ex::new("103", &[]).body(b"x"), Ex::new("103", &[]).empty()),
    case("1xx-no-content", Ex::new("199", &[]).body(b"x"), Ex::new("199", &[]).empty()),
    case("204-no-content", Ex::new("204", &[DATE]).body(b"{}"), Ex::new("204", &[DATE]).empty()),
    case("205-no-content", Ex::new("205", &[DATE]).body(b"x"), Ex::new("205", &[DATE, ("Content-Length", "0")]).empty()),
    case("304-no-content", Ex::new("304", &[DATE]).body(b"x"), Ex::new("304", &[DATE]).empty()),
    case("head-no-content", Ex::new("200", &[DATE, TEXT]).method("HEAD").body(b"hello"),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "5")]).method("HEAD").empty()),

    // C. Framing fields
    case("1xx-no-content-length", Ex::new("100", &[("Content-Length", "0")]), Ex::new("100", &[])),
    case("204-no-content-length", Ex::new("204", &[DATE, ("Content-Length", "0")]), Ex::new("204", &[DATE])),
    case("1xx-no-transfer-encoding", Ex::new("103", &[("Transfer-Encoding", "chunked")]), Ex::new("103", &[])),
    case("204-no-transfer-encoding", Ex::new("204", &[DATE, ("Transfer-Encoding", "chunked")]), Ex::new("204", &[DATE])),
    case("connect-2xx-no-framing", Ex::new("200", &[DATE, ("Content-Length", "0")]).method("CONNECT"),
        Ex::new("200", &[DATE]).method("CONNECT")),
    case("cl-with-te", Ex::new("200", &[DATE, TEXT, ("Content-Length", "5"), ("Transfer-Encoding", "chunked")]),
        Ex::new("200", &[DATE, TEXT, ("Transfer-Encoding", "chunked")])),
    case("content-length-accurate", Ex::new("200", &[DATE, TEXT, ("Content-Length", "10")]).body(b"hello"),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "5")]).body(b"hello")),
    case("content-length-when-known",
        Ex::new("200", &[DATE, TEXT]).body(b"hello").version(Version::Http11).request_version(Version::Http11),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "5")]).body(b"hello").version(Version::Http11).request_version(Version::Http11)),
    case("content-type-with-content", Ex::new("200", &[DATE]).body(b"hi"), Ex::new("200", &[DATE, TEXT]).body(b"hi")),

    // D. Date
    case("date-2xx-3xx-4xx", Ex::new("200", &[]), Ex::new("200", &[DATE])),
    case("date-2xx-3xx-4xx", Ex::new("404", &[]), Ex::new("503", &[])),
    case("http-date-imf-fixdate", Ex::new("200", &[("Date", "Sunday, 06-Nov-94 08:49:37 GMT")]), Ex::new("200", &[DATE])),
    case("http-date-imf-fixdate", Ex::new("200", &[DATE, ("Expires", "0")]), Ex::new("200", &[DATE, ("Expires", "Thu, 01 Dec 1994 16:00:00 GMT")])),
    case("http-date-imf-fixdate", Ex::new("503", &[("Retry-After", "Sun Nov  6 08:49:37 1994")]), Ex::new("503", &[("Retry-After", "120")])),

    // E. 1xx
    case("1xx-not-to-http10", Ex::new("100", &[]).request_version(Version::Http10), Ex::new("100", &[]).request_version(Version::Http11)),
    case("101-upgrade-field", Ex::new("101", &[("Connection", "upgrade")]),
        Ex::new("101", &[("Upgrade", "websocket"), ("Connection", "upgrade")])),
    case("101-protocol-offered",
        Ex::new("101", &[("Upgrade", "h2c"), ("Connection", "upgrade")]).request(&[("Upgrade", "websocket")]),
        Ex::new("101", &[("Upgrade", "WebSocket"), ("Connection", "upgrade")]).request(&[("Upgrade", "websocket, IRC/6.9")])),
    case("upgrade-connection-option", Ex::new("101", &[("Upgrade", "websocket")]),
        Ex::new("101", &[("Upgrade", "websocket"), ("Connection", "keep-alive, Upgrade")])),
    case("101-not-in-h2", Ex::new("101", &[("Upgrade", "websocket")]).version(Version::Http2),
        Ex::new("101", &[("Upgrade", "websocket"), ("Connection", "upgrade")]).version(Version::Http11)),

    // F. 2xx
    case("201-post-location", Ex::new("201", &[DATE]).method("POST"), Ex::new("201", &[DATE, ("Location", "/orders/7")]).method("POST")),
    case("put-success-codes", Ex::new("205", &[DATE]).method("PUT"), Ex::new("204", &[DATE]).method("PUT")),
    case("delete-success-codes", Ex::new("205", &[DATE]).method("DELETE"), Ex::new("204", &[DATE]).method("DELETE")),
    case("options-2xx-allow", Ex::new("204", &[DATE]).method("OPTIONS"),
        Ex::new("204", &[DATE, ("Allow", "GET, HEAD, OPTIONS")]).method("OPTIONS")),
    case("trace-200-reflect", Ex::new("200", &[DATE, TEXT]).method("TRACE").body(b"hello"),
        Ex::new("200", &[DATE, ("Content-Type", "message/http")]).method("TRACE").body(b"TRACE / HTTP/1.1\r\nHost: example.com\r\n\r\n")),
    case("trace-no-sensitive",
        Ex::new("200", &[DATE, ("Content-Type", "message/http")]).method("TRACE").body(b"TRACE / HTTP/1.1\r\nHost: example.com\r\nCookie: session=1\r\n\r\n"),
        Ex::new("200", &[DATE, ("Content-Type", "message/http")]).method("TRACE").body(b"TRACE / HTTP/1.1\r\nHost: example.com\r\n\r\n")),
    case("206-range-request", Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4/10")]).request(&[]),
        Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4/10")]).request(&[("Range", "bytes=0-4")])),
    case("206-get-only", Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4/10")]).method("POST"),
        Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4/10")]).get()),
    case("206-single-content-range", Ex::new("206", &[DATE, TEXT]), Ex::new("206", &[DATE, TEXT, ("Content-Range", "bytes 0-4/10")])),
    case("206-multipart-no-header-content-range", Ex::new("206", &[DATE, MULTIPART, ("Content-Range", "bytes 0-4/10")]),
        Ex::new("206", &[DATE, MULTIPART])),
    case("206-multipart-media-type", Ex::new("206", &[DATE, ("Content-Type", "multipart/byteranges")]),
        Ex::new("206", &[DATE, MULTIPART])),
    case("206-part-content-range", Ex::new("206", &[DATE, MULTIPART]).body(PART_NO_RANGE), Ex::new("206", &[DATE, MULTIPART]).body(TWO_PARTS)),
    case("206-part-content-type", Ex::new("206", &[DATE, MULTIPART]).body(PART_NO_TYPE), Ex::new("206", &[DATE, MULTIPART]).body(TWO_PARTS)),
    case("206-no-multipart-for-single-range",
        Ex::new("206", &[DATE, MULTIPART]).body(TWO_PARTS).request(&[("Range", "bytes=0-9")]),
        Ex::new("206", &[DATE, MULTIPART]).body(TWO_PARTS).request(&[("Range", "bytes=0-4, 6-9")])),
    case("206-part-order",
        Ex::new("206", &[DATE, MULTIPART]).body(TWO_PARTS).request(&[("Range", "bytes=6-9, 0-4")]),
        Ex::new("206", &[DATE, MULTIPART]).body(TWO_PARTS_REVERSED).request(&[("Range", "bytes=6-9, 0-4")])),
    case("206-if-range-minimal",
        Ex::new("206", &[DATE, ("ETag", "\"v1\""), ("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Content-Range", "bytes 0-4/10")])
            .request(&[("Range", "bytes=0-4"), ("If-Range", "\"v1\"")]),
        Ex::new("206", &[DATE, ("ETag", "\"v1\""), ("Content-Range", "bytes 0-4/10")])
            .request(&[("Range", "bytes=0-4"), ("If-Range", "\"v1\"")])),
    case("206-length-consistent", Ex::new("206", &[DATE, TEXT, ("Content-Range", "bytes 0-4/10")]).body(b"hel"),
        Ex::new("206", &[DATE, TEXT, ("Content-Range", "bytes 0-4/10")]).body(b"hello")),
    case("206-range-resp-form", Ex::new("206", &[DATE, ("Content-Range", "bytes */10")]),
        Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4/10")])),
    case("content-range-valid", Ex::new("206", &[DATE, ("Content-Range", "bytes 5-4/10")]),
        Ex::new("206", &[DATE, ("Content-Range", "bytes 0-9/10")])),
    case("content-range-valid", Ex::new("206", &[DATE, ("Content-Range", "bytes 0-10/10")]),
        Ex::new("206", &[DATE, ("Content-Range", "bytes 0-9/*")])),
    case("content-range-only-206-416", Ex::new("200", &[DATE, ("Content-Range", "bytes 0-4/10")]),
        Ex::new("416", &[DATE, ("Content-Range", "bytes */10")])),

    // G. 3xx
    case("300-content", Ex::new("300", &[DATE]).get().empty(), Ex::new("300", &[DATE, TEXT]).get().body(b"/a.html /a.pdf")),
    case("301-location", Ex::new("301", &[DATE]), Ex::new("301", &[DATE, ("Location", "https://example.com/")])),
    case("302-location", Ex::new("302", &[DATE]), Ex::new("302", &[DATE, ("Location", "/login")])),
    case("303-location", Ex::new("303", &[DATE]), Ex::new("303", &[DATE, ("Location", "/orders/7")])),
    case("307-location", Ex::new("307", &[DATE]), Ex::new("307", &[DATE, ("Location", "/b")])),
    case("308-location", Ex::new("308", &[DATE]), Ex::new("308", &[DATE, ("Location", "/b")])),
    case("304-only-conditional-get-head", Ex::new("304", &[DATE]).method("POST"),
        Ex::new("304", &[DATE]).get().request(&[("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")])),
    case("304-only-conditional-get-head", Ex::new("304", &[DATE]).get().request(&[]),
        Ex::new("304", &[DATE, ("ETag", "\"v1\"")]).method("HEAD").request(&[("If-None-Match", "\"v1\"")])),
    case("304-minimal-metadata", Ex::new("304", &[DATE, ("ETag", "\"v1\""), TEXT]), Ex::new("304", &[DATE, ("ETag", "\"v1\"")])),

    // H. 4xx and 5xx
    case("4xx-explanation", Ex::new("404", &[DATE]).get().empty(), Ex::new("404", &[DATE, TEXT]).get().body(b"No order 7.")),
    case("4xx-explanation", Ex::new("400", &[DATE]).method("POST").empty(), Ex::new("400", &[DATE]).method("HEAD").empty()),
    case("5xx-explanation", Ex::new("500", &[]).get().empty(), Ex::new("500", &[TEXT]).get().body(b"Try later.")),
    case("401-www-authenticate", Ex::new("401", &[DATE]), Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"x\"")])),
    case("401-www-authenticate", Ex::new("401", &[DATE, ("WWW-Authenticate", "")]), Ex::new("401", &[DATE, ("WWW-Authenticate", "Negotiate")])),
    case("405-allow", Ex::new("405", &[DATE]), Ex::new("405", &[DATE, ("Allow", "GET, HEAD")])),
    case("405-method-not-in-allow", Ex::new("405", &[DATE, ("Allow", "GET, HEAD")]).get(),
        Ex::new("405", &[DATE, ("Allow", "GET, HEAD")]).method("DELETE")),
    case("406-content", Ex::new("406", &[DATE]).get().empty().request(&[("Accept", "application/xml")]),
        Ex::new("406", &[DATE, TEXT]).get().body(b"application/json").request(&[("Accept", "application/xml")])),
    case("406-negotiation-fields", Ex::new("406", &[DATE]).request(&[]), Ex::new("406", &[DATE]).request(&[("Accept-Language", "fr")])),
    case("407-proxy-authenticate", Ex::new("407", &[DATE]), Ex::new("407", &[DATE, ("Proxy-Authenticate", "Basic realm=\"proxy\"")])),
    case("409-content", Ex::new("409", &[DATE]).method("PUT").empty(), Ex::new("409", &[DATE, TEXT]).method("PUT").body(b"Stale version.")),
    case("412-precondition-present", Ex::new("412", &[DATE]).request(&[("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")]),
        Ex::new("412", &[DATE]).request(&[("If-Match", "\"v1\"")])),
    case("412-precondition-present", Ex::new("412", &[DATE]).request(&[]),
        Ex::new("412", &[DATE]).request(&[("If-Schedule-Tag-Match", "\"1\"")])),
    case("415-no-accept-encoding", Ex::new("415", &[DATE, ("Accept-Encoding", "gzip")]).request(&[]),
        Ex::new("415", &[DATE, ("Accept-Encoding", "gzip")]).request(&[("Content-Encoding", "br")])),
    case("416-content-range", Ex::new("416", &[DATE]).request(&[("Range", "bytes=100-")]),
        Ex::new("416", &[DATE, ("Content-Range", "bytes */10")]).request(&[("Range", "bytes=100-")])),
    case("416-unsatisfied-range-form", Ex::new("416", &[DATE, ("Content-Range", "bytes 0-4/10")]),
        Ex::new("416", &[DATE, ("Content-Range", "bytes */10")])),
    case("416-range-request", Ex::new("416", &[DATE]).request(&[]), Ex::new("416", &[DATE]).request(&[("Range", "bytes=100-")])),
    case("417-expect", Ex::new("417", &[DATE]).request(&[]), Ex::new("417", &[DATE]).request(&[("Expect", "100-continue")])),
    case("426-upgrade", Ex::new("426", &[DATE]), Ex::new("426", &[DATE, ("Upgrade", "HTTP/2.0"), ("Connection", "Upgrade")])),
    case("505-content", Ex::new("505", &[]).get().empty(), Ex::new("505", &[TEXT]).get().body(b"Use HTTP/1.1.")),
    case("host-400", Ex::new("200", &[DATE]).request(&[]).request_version(Version::Http11),
        Ex::new("200", &[DATE]).request(&[("Host", "example.com")]).request_version(Version::Http11)),
    case("host-400", Ex::new("200", &[DATE]).request(&[("Host", "a b")]).request_version(Version::Http10),
        Ex::new("400", &[DATE]).request(&[("Host", "a b")]).request_version(Version::Http11)),
    case("te-not-chunked-400", Ex::new("200", &[DATE]).request(&[("Transfer-Encoding", "gzip")]),
        Ex::new("200", &[DATE]).request(&[("Transfer-Encoding", "gzip, chunked")])),
    case("bad-content-length-400", Ex::new("200", &[DATE]).request(&[("Content-Length", "5, 6")]),
        Ex::new("200", &[DATE]).request(&[("Content-Length", "5, 5")])),
    case("final-response-close", Ex::new("200", &[DATE]).request(&[("Connection", "close")]),
        Ex::new("200", &[DATE, ("Connection", "close")]).request(&[("Connection", "close")])),

    // I. RFC 6585, RFC 7725, RFC 8470
    case("428-explain", Ex::new("428", &[DATE]).method("PUT").empty(), Ex::new("428", &[DATE, TEXT]).method("PUT").body(b"Send If-Match.")),
    case("428-429-431-511-not-stored", Ex::new("429", &[DATE, ("Age", "30")]), Ex::new("429", &[DATE, ("Age", "0")])),
    case("429-explain", Ex::new("429", &[DATE]).get().empty(), Ex::new("429", &[DATE, TEXT]).get().body(b"100 requests an hour.")),
    case("511-login-link", Ex::new("511", &[TEXT]).get().body(b"Log in first."),
        Ex::new("511", &[("Content-Type", "text/html")]).get().body(b"<a href=\"https://login.example/\">Log in</a>")),
    case("511-no-challenge", Ex::new("511", &[("WWW-Authenticate", "Basic realm=\"wifi\"")]), Ex::new("511", &[])),
    case("451-explain", Ex::new("451", &[DATE]).get().empty(), Ex::new("451", &[DATE, TEXT]).get().body(b"Court order 12.")),
    case("451-link-blocked-by", Ex::new("451", &[DATE, ("Link", "<https://example.com/>; rel=\"author\"")]),
        Ex::new("451", &[DATE, ("Link", "<https://authority.example/>; rel=\"blocked-by\"")])),
    case("early-data-not-in-response", Ex::new("200", &[DATE, ("Early-Data", "1")]), Ex::new("200", &[DATE])),

    // J. RFC 9111
    case("cache-304-etag-in-list", Ex::new("304", &[DATE, ("ETag", "\"v2\"")]).get().request(&[("If-None-Match", "\"v1\"")]),
        Ex::new("304", &[DATE, ("ETag", "\"v2\"")]).get().request(&[("If-None-Match", "\"v1\", W/\"v2\"")])),
    case("must-understand-no-store", Ex::new("200", &[DATE, ("Cache-Control", "must-understand, max-age=60")]),
        Ex::new("200", &[DATE, ("Cache-Control", "must-understand, no-store")])),

    // K. Authentication
    case("challenge-syntax", Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"x")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"x\"")])),
    case("auth-param-once", Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"a\", realm=\"b\"")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"a\", charset=\"UTF-8\"")])),
    case("realm-quoted", Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=api")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"api\"")])),
    case("bearer-has-auth-param", Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer realm=\"api\"")])),
    case("bearer-attr-once", Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer scope=\"a\", scope=\"b\"")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer scope=\"a b\"")])),
    case("bearer-attr-charset", Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer error_description=\"say \\\"no\\\"\"")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer error_description=\"say no\"")])),
    case("bearer-error-with-token",
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer realm=\"api\"")]).request(&[("Authorization", "Bearer abc")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\"")]).request(&[("Authorization", "Bearer abc")])),
    case("bearer-no-error-without-token",
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\"")]).request(&[]).target("/orders"),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\"")]).request(&[]).target("/orders?access_token=abc")),
    case("bearer-invalid-request-400", Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer error=\"invalid_request\"")]),
        Ex::new("400", &[DATE, ("WWW-Authenticate", "Bearer error=\"invalid_request\"")])),
    case("bearer-invalid-token-401", Ex::new("403", &[DATE, ("WWW-Authenticate", "Bearer error=\"invalid_token\"")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer error=\"invalid_token\"")])),
    case("bearer-insufficient-scope-403", Ex::new("401", &[DATE, ("WWW-Authenticate", "Bearer error=\"insufficient_scope\"")]),
        Ex::new("403", &[DATE, ("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:write\"")])),

    // L. Field syntax
    case("retry-after-syntax", Ex::new("503", &[("Retry-After", "5 minutes")]), Ex::new("503", &[("Retry-After", "300")])),
    case("retry-after-syntax", Ex::new("503", &[("Retry-After", "-5")]), Ex::new("503", &[("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")])),
    case("content-range-syntax", Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4")]), Ex::new("206", &[DATE, ("Content-Range", "bytes 0-4/*")])),
    case("allow-syntax", Ex::new("405", &[DATE, ("Allow", "GET, , HEAD")]), Ex::new("405", &[DATE, ("Allow", "GET,HEAD")])),
    case("allow-syntax", Ex::new("405", &[DATE, ("Allow", "GET; HEAD")]), Ex::new("405", &[DATE, ("Allow", "")])),
    case("location-syntax", Ex::new("302", &[DATE, ("Location", "/a b")]), Ex::new("302", &[DATE, ("Location", "/a%20b")])),
    case("location-single", Ex::new("302", &[DATE, ("Location", "/a"), ("Location", "/b")]), Ex::new("302", &[DATE, ("Location", "/a,b")])),
    case("upgrade-syntax", Ex::new("426", &[DATE, ("Upgrade", "web socket"), ("Connection", "upgrade")]),
        Ex::new("426", &[DATE, ("Upgrade", "websocket, HTTP/2.0"), ("Connection", "upgrade")])),
    case("link-syntax", Ex::new("103", &[("Link", "/style.css; rel=preload")]), Ex::new("103", &[("Link", "</style.css>; rel=preload; as=style")])),
    case("link-rel-present", Ex::new("200", &[DATE, ("Link", "</a>")]), Ex::new("200", &[DATE, ("Link", "</a>; rel=next")])),
    case("link-rel-present", Ex::new("200", &[DATE, ("Link", "</a>; rel=next; rel=prev")]), Ex::new("200", &[DATE, ("Link", "</a>; rel=\"next prev\"")])),
    case("content-length-syntax", Ex::new("200", &[DATE, TEXT, ("Content-Length", "5, 5")]).body(b"hello"),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "5")]).body(b"hello")),
    case("content-length-syntax", Ex::new("200", &[DATE, TEXT, ("Content-Length", "5"), ("Content-Length", "5")]).body(b"hello"),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "05")]).body(b"hello")),
    case("connection-syntax", Ex::new("200", &[DATE, ("Connection", "close, , keep-alive")]), Ex::new("200", &[DATE, ("Connection", "close")])),

    // M. Problem details
    case("problem-status-match", Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Not Found","status":500}"#),
        Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Not Found","status":404}"#)),
    case("problem-status-number", Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Not Found","status":"404"}"#),
        Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Not Found"}"#)),
    case("problem-member-types", Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":404}"#),
        Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Not Found","detail":"No order 7."}"#)),
    case("problem-member-types", Ex::new("404", &[DATE, PROBLEM]).body(br#"["Not Found"]"#),
        Ex::new("404", &[DATE, PROBLEM]).body(b"{}")),
    case("problem-about-blank-title", Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Order missing","status":404}"#).request(&[]),
        Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Introuvable","status":404}"#).request(&[("Accept-Language", "fr")])),
    case("problem-type-absolute", Ex::new("403", &[DATE, PROBLEM]).body(br#"{"type":"out-of-credit","title":"No credit"}"#),
        Ex::new("403", &[DATE, PROBLEM]).body(br#"{"type":"/probs/out-of-credit","title":"No credit"}"#)),

    // N. WebDAV
    case("207-xml-multistatus", Ex::new("207", &[DATE, XML]).body(br#"<?xml version="1.0"?><error xmlns="DAV:"/>"#),
        Ex::new("207", &[DATE, XML]).body(MULTISTATUS)),
    case("207-response-href",
        Ex::new("207", &[DATE, XML]).body(br#"<D:multistatus xmlns:D="DAV:"><D:response><D:status>HTTP/1.1 200 OK</D:status></D:response></D:multistatus>"#),
        Ex::new("207", &[DATE, XML]).body(MULTISTATUS)),
    case("207-no-1xx-inside",
        Ex::new("207", &[DATE, XML]).body(br#"<multistatus xmlns="DAV:"><response><href>/a</href><status>HTTP/1.1 102 Processing</status></response></multistatus>"#),
        Ex::new("207", &[DATE, XML]).body(MULTISTATUS)),
    case("207-location-undefined", Ex::new("207", &[DATE, XML, ("Location", "/a")]).body(MULTISTATUS), Ex::new("207", &[DATE, XML]).body(MULTISTATUS)),
    case("423-condition-code", Ex::new("423", &[DATE, XML]).get().body(br#"<D:error xmlns:D="DAV:"/>"#),
        Ex::new("423", &[DATE, XML]).get().body(br#"<D:error xmlns:D="DAV:"><D:lock-token-submitted><D:href>/a</D:href></D:lock-token-submitted></D:error>"#)),

    // Found by review: what the specifications allow, beside what they do not.
    case("101-protocol-offered",
        Ex::new("101", &[("Upgrade", "TLS/1.0, HTTP/2.0"), ("Connection", "upgrade")]).request(&[("Upgrade", "TLS/1.0")]),
        Ex::new("101", &[("Upgrade", "TLS/1.0, HTTP/1.1"), ("Connection", "upgrade")]).request(&[("Upgrade", "TLS/1.0")])),
    case("415-no-accept-encoding", Ex::new("415", &[DATE, ("Accept-Encoding", "gzip, identity;q=1")]).request(&[]),
        Ex::new("415", &[DATE, ("Accept-Encoding", "gzip, identity;q=0")]).request(&[])),
    case("415-no-accept-encoding", Ex::new("415", &[DATE, ("Accept-Encoding", "gzip, *;q=0, identity")]).request(&[]),
        Ex::new("415", &[DATE, ("Accept-Encoding", "gzip, *;q=0")]).request(&[])),
    case("415-accept-encoding", Ex::new("415", &[DATE]).request(&[("Content-Encoding", "gzip")]),
        Ex::new("415", &[DATE, ("Accept", "text/csv")]).request(&[("Content-Encoding", "gzip")])),
    case("content-length-accurate", Ex::new("200", &[DATE, TEXT, ("Content-Length", "1234")]).get().empty(),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "1234")]).empty()),
    case("200-empty", Ex::new("200", &[DATE, ("Content-Length", "0")]).get().empty().request(&[("Prefer", "return=minimal")]),
        Ex::new("200", &[DATE, ("Content-Length", "0")]).get().empty().request(&[("Prefer", "respond-async")])),
    case("options-2xx-allow", Ex::new("200", &[DATE, ("Content-Length", "0")]).method("OPTIONS").target("/orders"),
        Ex::new("200", &[DATE, ("Content-Length", "0")]).method("OPTIONS").target("*")),
    case("content-length-syntax", Ex::new("200", &[DATE, TEXT, ("Content-Length", "")]),
        Ex::new("200", &[DATE, TEXT, ("Content-Length", "99999999999999999999999")])),
    case("bad-content-length-400", Ex::new("200", &[DATE]).request(&[("Content-Length", "")]),
        Ex::new("200", &[DATE]).request(&[("Content-Length", "abc")]).request_version(Version::Http2)),
    case("final-response-close", Ex::new("200", &[DATE]).request(&[("Connection", "close")]).request_version(Version::Http11),
        Ex::new("200", &[DATE]).request(&[("Connection", "close")]).request_version(Version::Http2)),
    case("304-minimal-metadata", Ex::new("304", &[DATE, ("ETag", "\"v1\""), ("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT")]),
        Ex::new("304", &[DATE, ("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT")])),
    case("content-length-when-known",
        Ex::new("200", &[DATE, TEXT, ("Transfer-Encoding", "gzip")]).body(b"x").version(Version::Http11).request_version(Version::Http11),
        Ex::new("200", &[DATE, TEXT, ("Transfer-Encoding", "gzip, chunked")]).body(b"x").version(Version::Http11).request_version(Version::Http11)),
    case("upgrade-syntax", Ex::new("426", &[DATE, ("Upgrade", "websocket,"), ("Connection", "upgrade")]),
        Ex::new("426", &[DATE, ("Upgrade", "websocket"), ("Connection", "upgrade")])),
    case("location-elsewhere", Ex::new("202", &[DATE, ("Location", "/jobs/7")]),
        Ex::new("103", &[("Location", "/b"), ("Link", "</a.css>; rel=preload")])),

    // Advice
    case("201-safe-method", Ex::new("201", &[DATE, ("Location", "/a")]).get(), Ex::new("201", &[DATE, ("Location", "/a")]).method("POST")),
    case("302-after-post", Ex::new("302", &[DATE, ("Location", "/a")]).method("POST"), Ex::new("303", &[DATE, ("Location", "/a")]).method("POST")),
    case("5xx-stack-trace", Ex::new("500", &[TEXT]).body(PYTHON_TRACE), Ex::new("500", &[TEXT]).body(b"Internal error at 10:30; we are on it.")),
    case("5xx-stack-trace", Ex::new("422", &[DATE, PROBLEM]).body(br#"{"title":"Unprocessable Content","detail":"Traceback (most recent call last):\n  File \"/srv/app.py\", line 12, in handler\n    x()\n  File \"/srv/x.py\", line 3, in x\nValueError\n"}"#),
        Ex::new("422", &[DATE, PROBLEM]).body(br#"{"title":"Unprocessable Content","detail":"total must be positive"}"#)),
    case("429-retry-after", Ex::new("429", &[DATE]), Ex::new("429", &[DATE, ("Retry-After", "60")])),
    case("503-retry-after", Ex::new("503", &[]), Ex::new("503", &[("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")])),
    case("unregistered-status", Ex::new("299", &[DATE]), Ex::new("200", &[DATE])),
    case("problem-media-type", Ex::new("404", &[DATE, ("Content-Type", "application/json")]).body(br#"{"type":"about:blank","title":"Not Found","status":404}"#),
        Ex::new("404", &[DATE, ("Content-Type", "application/json")]).body(br#"{"error":"not found"}"#)),
    case("problem-on-success", Ex::new("200", &[DATE, PROBLEM]).body(br#"{"title":"OK"}"#), Ex::new("404", &[DATE, PROBLEM]).body(br#"{"title":"Not Found"}"#)),
    case("103-no-hints", Ex::new("103", &[]), Ex::new("103", &[("Link", "<https://cdn.example>; rel=preconnect")])),
    case("103-over-http11", Ex::new("103", &[("Link", "</a.css>; rel=preload")]).version(Version::Http11),
        Ex::new("103", &[("Link", "</a.css>; rel=preload")]).version(Version::Http2)),
    case("3xx-hypertext", Ex::new("301", &[DATE, ("Location", "/b")]).get().empty(),
        Ex::new("301", &[DATE, ("Location", "/b"), ("Content-Type", "text/html")]).get().body(b"<a href=\"/b\">moved</a>")),
    case("202-monitor", Ex::new("202", &[DATE]).method("POST").empty(), Ex::new("202", &[DATE, TEXT]).method("POST").body(b"Queued; see /jobs/7.")),
    case("200-empty", Ex::new("200", &[DATE]).get().empty(), Ex::new("204", &[DATE]).get().empty()),
    case("error-long-freshness", Ex::new("404", &[DATE, ("Cache-Control", "max-age=86400")]),
        Ex::new("410", &[DATE, ("Cache-Control", "max-age=86400")])),
    case("206-weak-validator", Ex::new("206", &[DATE, ("ETag", "W/\"v1\""), ("Content-Range", "bytes 0-4/10")]),
        Ex::new("206", &[DATE, ("ETag", "\"v1\""), ("Content-Range", "bytes 0-4/10")])),
    case("location-elsewhere", Ex::new("200", &[DATE, ("Location", "/a")]), Ex::new("201", &[DATE, ("Location", "/a")])),
    case("201-location-fragment", Ex::new("201", &[DATE, ("Location", "/a#b")]), Ex::new("201", &[DATE, ("Location", "/a")])),
    case("www-auth-one-per-line", Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"a\", Bearer realm=\"b\"")]),
        Ex::new("401", &[DATE, ("WWW-Authenticate", "Basic realm=\"a\""), ("WWW-Authenticate", "Bearer realm=\"b\"")])),
    case("415-accept-encoding", Ex::new("415", &[DATE]).request(&[("Content-Encoding", "br")]),
        Ex::new("415", &[DATE, ("Accept-Encoding", "gzip")]).request(&[("Content-Encoding", "br")])),
];

/// An exchange that the specifications allow, which must draw no finding.
pub(crate) struct Permission {
    pub(crate) id: &'static str,
    pub(crate) exchange: Ex,
}

pub(crate) const fn allowed(id: &'static str, exchange: Ex) -> Permission {
    Permission { id, exchange }
}

#[rustfmt::skip]
pub(crate) const PERMISSIONS: &[Permission] = &[
    allowed("date-optional-1xx-5xx", Ex::new("503", &[TEXT, ("Retry-After", "120"), ("Content-Length", "5")]).get().body(b"later")),
    allowed("date-optional-1xx-5xx", Ex::new("103", &[("Link", "</a.css>; rel=preload; as=style")]).version(Version::Http2)),
    allowed("date-optional-1xx-5xx", Ex::new("100", &[]).version(Version::Http11).request_version(Version::Http11)),
    allowed("cl-in-head-304", Ex::new("304", &[DATE, ("ETag", "\"v1\""), ("Content-Length", "1234")]).get().request(&[("If-None-Match", "\"v1\"")]).empty()),
    allowed("cl-in-head-304", Ex::new("200", &[DATE, TEXT, ("ETag", "\"v1\""), ("Content-Length", "1234")]).method("HEAD").empty()),
    allowed("te-in-head-304", Ex::new("304", &[DATE, ("ETag", "\"v1\""), ("Transfer-Encoding", "chunked")]).get().request(&[("If-None-Match", "\"v1\"")]).empty()),
    allowed("te-in-head-304", Ex::new("200", &[DATE, TEXT, ("ETag", "\"v1\""), ("Transfer-Encoding", "chunked")]).method("HEAD").empty()),
    allowed("100-unsolicited", Ex::new("100", &[]).method("POST").request(&[("Host", "example.com")]).request_version(Version::Http11)),
    allowed("201-put-target-uri", Ex::new("201", &[DATE, TEXT, ("Content-Length", "7")]).method("PUT").body(b"created")),
    allowed("accept-encoding-in-response", Ex::new("200", &[DATE, TEXT, ("Content-Length", "2"), ("Accept-Encoding", "gzip, br")]).get().body(b"ok")),
    allowed("accept-in-response", Ex::new("200", &[DATE, TEXT, ("Content-Length", "2"), ("Accept", "application/json")]).get().body(b"ok")),
    allowed("multipart-206-no-header-content-range",
        Ex::new("206", &[DATE, MULTIPART, ("ETag", "\"v1\"")]).get().body(TWO_PARTS).request(&[("Range", "bytes=0-4, 6-9")])),
    allowed("reason-phrase-obs-text", Ex::new("200", &[DATE, TEXT]).reason(b"OK \xC3\xA9t\xE9").get().body(b"ok")),
    allowed("relative-location", Ex::new("302", &[DATE, ("Location", "../login?next=%2F"), ("Content-Type", "text/html")]).get().body(b"<a href=\"../login\">log in</a>")),
    allowed("empty-allow", Ex::new("405", &[DATE, ("Allow", ""), TEXT]).get().body(b"Nothing is allowed here.")),
    allowed("www-authenticate-elsewhere", Ex::new("200", &[DATE, TEXT, ("WWW-Authenticate", "Basic realm=\"x\"")]).get().body(b"ok")),
    allowed("www-authenticate-elsewhere", Ex::new("403", &[DATE, PROBLEM, ("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:write\"")])
        .get().request(&[("Authorization", "Bearer abc")]).body(br#"{"title":"Forbidden","status":403}"#)),
    allowed("upgrade-elsewhere", Ex::new("200", &[DATE, TEXT, ("Upgrade", "h2c"), ("Connection", "Upgrade")]).get().body(b"ok")),
    allowed("2xx-for-already-applied", Ex::new("204", &[DATE, ("ETag", "\"v2\"")]).method("PUT").request(&[("If-Match", "\"v1\"")])),
    allowed("103-partial-fields", Ex::new("103", &[("Link", "</a.css>; rel=preload; as=style")]).version(Version::Http2)),
    allowed("relative-location", Ex::new("201", &[DATE, ("Location", "7"), TEXT]).method("POST").body(b"created")),
];
