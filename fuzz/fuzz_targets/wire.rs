//! The capture reader of `statuscode check` on arbitrary bytes, as
//! responses and as a request: it must not panic, must end, and every error
//! must name a position inside the input whose line is the line of that
//! offset. Every response it reads is then checked.
//!
//! The first byte picks the method the responses answer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode::check::Exchange;
use statuscode_cli::wire::{Error, Position, Responses, read_request};

fn assert_inside(input: &[u8], error: &Error) {
    assert!(error.position.offset <= input.len(), "{error}");
    assert_eq!(
        error.position,
        Position::of(input, error.position.offset),
        "{error}"
    );
    assert!(!error.message.is_empty());
}

fuzz_target!(|data: &[u8]| {
    let (method, input) = match data.split_first() {
        Some((&choice, rest)) => (
            [
                None,
                Some("GET"),
                Some("HEAD"),
                Some("POST"),
                Some("CONNECT"),
            ][usize::from(choice % 5)],
            rest,
        ),
        None => (None, data),
    };
    let mut last = None;
    for response in Responses::new(input, method) {
        match response {
            Ok(response) => {
                // Responses come in order, each where the input says.
                assert!(last.is_none_or(|last| response.position.offset > last));
                assert_eq!(
                    response.position,
                    Position::of(input, response.position.offset)
                );
                last = Some(response.position.offset);
                let exchange = Exchange::from_status_text(response.code, &response.head)
                    .content(response.content.content());
                for finding in exchange.findings() {
                    let _ = finding.to_string();
                }
            }
            Err(error) => assert_inside(input, &error),
        }
    }
    match read_request(input) {
        Ok(request) => {
            let _ = request.head.fields();
        }
        Err(error) => assert_inside(input, &error),
    }
});
