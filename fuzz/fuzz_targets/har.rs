//! The HAR reader of `statuscode check` on arbitrary bytes: it must not
//! panic, must end, and every error must name a position inside the input.
//! Every entry it reads is then checked.
#![no_main]

use std::ops::ControlFlow;

use libfuzzer_sys::fuzz_target;
use statuscode::check::{Content, Exchange};
use statuscode_cli::har;
use statuscode_cli::wire::Position;

fuzz_target!(|data: &[u8]| {
    let read = har::read(data, |_, entry| {
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
    if let Err(error) = read {
        assert!(error.position.offset <= data.len(), "{error}");
        assert_eq!(
            error.position,
            Position::of(data, error.position.offset),
            "{error}"
        );
    }
});
