//! `Exchange::findings` on arbitrary exchanges: it must not panic, must end,
//! and every finding must format and point inside the value it quotes.
//!
//! The input is split at 0xFF bytes into parts: the status text, the reason
//! phrase, the content, the method, then response fields and, after an empty
//! part, request fields, each `name:value`; a first byte of the content part
//! picks the versions and the vantage.
#![no_main]

use std::fmt::Write as _;

use libfuzzer_sys::fuzz_target;
use statuscode::check::{Content, Exchange, Vantage, Version};

/// A field line as `name:value`, or the whole part as a name without value.
fn field(part: &[u8]) -> (&str, &[u8]) {
    let (name, value) = match part.iter().position(|&byte| byte == b':') {
        Some(colon) => (&part[..colon], &part[colon + 1..]),
        None => (part, &[][..]),
    };
    (std::str::from_utf8(name).unwrap_or("X-Not-UTF-8"), value)
}

fn version(choice: u8) -> Option<Version> {
    [
        Version::Http10,
        Version::Http11,
        Version::Http2,
        Version::Http3,
    ]
    .get(usize::from(choice % 5))
    .copied()
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&byte| byte == 0xFF);
    let status = std::str::from_utf8(parts.next().unwrap_or_default()).unwrap_or("200");
    let reason = parts.next().unwrap_or_default();
    let content = parts.next().unwrap_or_default();
    let method = std::str::from_utf8(parts.next().unwrap_or_default()).unwrap_or("GET");
    let mut response = Vec::new();
    let mut request = Vec::new();
    let mut in_request = false;
    for part in parts {
        if part.is_empty() {
            in_request = true;
        } else if in_request {
            request.push(field(part));
        } else {
            response.push(field(part));
        }
    }
    let choice = content.first().copied().unwrap_or(0);
    let mut exchange = Exchange::from_status_text(status, response.as_slice())
        .reason(reason)
        .content(Content::Bytes(content))
        .method(method)
        .target("/a?b=c");
    if choice & 0x80 != 0 {
        exchange = exchange.request_fields(request.as_slice());
    }
    if let Some(version) = version(choice) {
        exchange = exchange.version(version);
    }
    if let Some(version) = version(choice / 5) {
        exchange = exchange.request_version(version);
    }
    if choice & 0x40 != 0 {
        exchange = exchange.vantage(Vantage::Application);
    }
    let mut text = String::new();
    for finding in exchange.findings() {
        text.clear();
        write!(text, "{finding}").expect("a finding formats");
        assert!(text.starts_with(finding.rule().id()));
        if let (Some(value), Some(at)) = (finding.value(), finding.offset()) {
            assert!(at <= value.len().max(content.len()), "{text}");
        }
    }
});
