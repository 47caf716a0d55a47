//! The error types: their messages, to the letter, and their traits.

use std::error::Error;

use statuscode::{
    AnyStatusCode, OutOfRangeStatusCode, ParseStatusCodeError, StatusClass, StatusCode,
    UnknownStatusCode,
};

fn assert_error<E: Error + Send + Sync + 'static>() {}

#[test]
fn errors_are_thread_safe_static_errors() {
    assert_error::<UnknownStatusCode>();
    assert_error::<ParseStatusCodeError>();
    assert_error::<OutOfRangeStatusCode>();
    let boxed: Box<dyn Error + Send + Sync> = Box::new(StatusCode::from_u16(1).unwrap_err());
    assert!(boxed.source().is_none());
}

#[test]
fn unknown_code_messages() {
    let cases = [
        (102, None),
        (
            104,
            Some("104 is not a registered HTTP status code (class: informational)"),
        ),
        (
            299,
            Some("299 is not a registered HTTP status code (class: success)"),
        ),
        (
            306,
            Some("306 is not a registered HTTP status code (class: redirection)"),
        ),
        (
            499,
            Some("499 is not a registered HTTP status code (class: client error)"),
        ),
        (
            520,
            Some("520 is not a registered HTTP status code (class: server error)"),
        ),
        (
            0,
            Some("0 is not a registered HTTP status code (valid codes run from 100 to 599)"),
        ),
        (
            99,
            Some("99 is not a registered HTTP status code (valid codes run from 100 to 599)"),
        ),
        (
            600,
            Some("600 is not a registered HTTP status code (valid codes run from 100 to 599)"),
        ),
        (
            65535,
            Some("65535 is not a registered HTTP status code (valid codes run from 100 to 599)"),
        ),
    ];
    for (number, message) in cases {
        let result = StatusCode::from_u16(number);
        assert_eq!(
            result.err().map(|e| e.to_string()).as_deref(),
            message,
            "{number}"
        );
    }
}

#[test]
fn unknown_code_keeps_number_and_class() {
    let error = StatusCode::from_u16(451 + 1).unwrap_err();
    assert_eq!(error.code(), 452);
    assert_eq!(error.class(), Some(StatusClass::ClientError));
    assert_eq!(StatusCode::from_u16(700).unwrap_err().class(), None);
}

#[test]
fn parse_error_from_unknown_code_keeps_the_message() {
    let unknown = StatusCode::from_u16(530).unwrap_err();
    let parse = ParseStatusCodeError::from(unknown);
    assert_eq!(parse.to_string(), unknown.to_string());
    assert_eq!(parse.code(), Some(530));
    assert_eq!("530".parse::<StatusCode>(), Err(parse));
}

#[test]
fn out_of_range_messages() {
    let cases = [
        (0, "0 is outside the range of HTTP status codes, 100 to 999"),
        (
            99,
            "99 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            1000,
            "1000 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            65535,
            "65535 is outside the range of HTTP status codes, 100 to 999",
        ),
    ];
    for (number, message) in cases {
        let error = AnyStatusCode::from_u16(number).unwrap_err();
        assert_eq!(error.to_string(), message, "{number}");
        assert_eq!(error.code(), number);
    }
    // 100, 600 and 999 are in range, registered or not.
    for number in [100, 600, 999] {
        assert!(AnyStatusCode::from_u16(number).is_ok(), "{number}");
    }
}

#[test]
fn parse_error_from_out_of_range_keeps_the_message() {
    let out_of_range = AnyStatusCode::from_u16(42).unwrap_err();
    let parse = ParseStatusCodeError::from(out_of_range);
    assert_eq!(parse.to_string(), out_of_range.to_string());
    assert_eq!(parse.code(), Some(42));
    assert_eq!("042".parse::<AnyStatusCode>(), Err(parse));
}
