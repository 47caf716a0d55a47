//! The HAR reader of `statuscode check` on arbitrary bytes: it must not
//! panic, must end, and every error must name a position inside the input.
//! Every entry it reads is then checked. Its JSON is held to `serde_json`'s:
//! an input read to its end must be JSON to `serde_json` too (after the
//! byte order mark the reader allows), and one that `serde_json` refuses
//! must not be read to its end; the same input read in one piece and in
//! pieces of one byte gives the same outcome.
#![no_main]

use std::ops::ControlFlow;

use libfuzzer_sys::fuzz_target;
use statuscode::check::{Content, Exchange};
use statuscode_cli::har;
use statuscode_cli::wire::Position;

fuzz_target!(|data: &[u8]| {
    let mut entries = 0;
    let read = har::read(data, |_, entry| {
        entries += 1;
        let status = entry.response.status.to_string();
        let fields = entry.response.fields();
        let request_fields = entry.request.fields();
        let content = entry.response.content();
        let bytes = content.as_ref().ok().and_then(|content| content.as_deref());
        let mut exchange = Exchange::from_status_text(&status, &fields)
            .content(bytes.map_or(Content::Unknown, Content::Bytes))
            .method(&entry.request.method)
            .request_fields(&request_fields);
        if let Some(reason) = entry.response.reason() {
            exchange = exchange.reason(reason);
        }
        if let Some(version) = entry.response.version() {
            exchange = exchange.version(version);
        }
        for finding in exchange.findings() {
            let _ = finding.to_string();
        }
        ControlFlow::Continue(())
    });
    if let Err(error) = &read {
        assert!(error.position.offset <= data.len(), "{error}");
        assert_eq!(
            error.position,
            Position::of(data, error.position.offset),
            "{error}"
        );
    }
    let json = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let valid = serde_json::from_slice::<serde::de::IgnoredAny>(json).is_ok();
    if read.is_ok() {
        assert!(valid, "read whole, but serde_json refuses it");
    }
    let mut slow = 0;
    let one_by_one = har::read_from(OneByte(data), |_, _| {
        slow += 1;
        ControlFlow::Continue(())
    });
    assert_eq!(slow, entries);
    assert_eq!(
        one_by_one.map_err(|error| error.to_string()),
        read.map_err(|error| error.to_string())
    );
});

/// A source that gives one byte per read.
struct OneByte<'a>(&'a [u8]);

impl std::io::Read for OneByte<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        match (self.0.split_first(), buffer.first_mut()) {
            (Some((&byte, rest)), Some(slot)) => {
                *slot = byte;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}
