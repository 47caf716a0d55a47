//! The HAR reader of `statuscode check` on arbitrary bytes: it must not
//! panic, must end, and every error must name a position inside the input.
//! Every entry it reads is then checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode::check::{Content, Exchange};
use statuscode_cli::har;
use statuscode_cli::wire::Position;

fuzz_target!(|data: &[u8]| {
    let har = match har::read(data) {
        Ok(har) => har,
        Err(error) => {
            assert!(error.position.offset <= data.len(), "{error}");
            assert_eq!(
                error.position,
                Position::of(data, error.position.offset),
                "{error}"
            );
            return;
        }
    };
    for entry in &har.log.entries {
        let status = entry.response.status.to_string();
        let fields = entry.response.fields();
        let request_fields = entry.request.fields();
        let content = entry.response.content();
        let bytes = content.as_ref().ok().and_then(|content| content.as_deref());
        let mut exchange = Exchange::from_status_text(&status, fields.as_slice())
            .content(bytes.map_or(Content::Unknown, Content::Bytes))
            .method(&entry.request.method)
            .request_fields(request_fields.as_slice());
        if let Some(reason) = entry.response.reason() {
            exchange = exchange.reason(reason);
        }
        if let Some(version) = entry.response.version() {
            exchange = exchange.version(version);
        }
        for finding in exchange.findings() {
            let _ = finding.to_string();
        }
    }
});
