//! The `http` feature: conversions with `http::StatusCode`, over every
//! number either side accepts.
#![cfg(feature = "http")]

use statuscode::{AnyStatusCode, StatusCode};

/// Every `http::StatusCode` there is.
fn every_http_status_code() -> impl Iterator<Item = http::StatusCode> {
    (0..=u16::MAX).filter_map(|number| http::StatusCode::from_u16(number).ok())
}

#[test]
fn http_accepts_exactly_the_range_of_any_status_code() {
    // The infallible conversions rest on this.
    for number in 0..=u16::MAX {
        assert_eq!(
            http::StatusCode::from_u16(number).is_ok(),
            AnyStatusCode::from_u16(number).is_ok(),
            "{number}"
        );
    }
    assert_eq!(every_http_status_code().count(), 900);
}

#[test]
fn every_registered_code_converts_to_http_and_back() {
    for &code in StatusCode::ALL {
        let converted = http::StatusCode::from(code);
        assert_eq!(converted.as_u16(), code.as_u16(), "{code:?}");
        assert_eq!(converted.as_str(), code.as_str(), "{code:?}");
        assert_eq!(StatusCode::try_from(converted), Ok(code), "{code:?}");
    }
    assert_eq!(
        http::StatusCode::from(StatusCode::TooManyRequests),
        http::StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        StatusCode::try_from(http::StatusCode::PAYLOAD_TOO_LARGE),
        Ok(StatusCode::ContentTooLarge)
    );
}

#[test]
fn try_from_http_fails_for_every_unregistered_number_and_keeps_it() {
    let mut registered = 0;
    for code in every_http_status_code() {
        let number = code.as_u16();
        match StatusCode::try_from(code) {
            Ok(ours) => {
                registered += 1;
                assert_eq!(ours.as_u16(), number);
            }
            Err(error) => {
                assert_eq!(StatusCode::from_u16(number), Err(error), "{number}");
                assert_eq!(error.code(), number);
            }
        }
    }
    assert_eq!(registered, StatusCode::ALL.len());
}

#[test]
fn errors_from_http_name_the_number_including_600_to_999() {
    let cases = [
        (
            499,
            "499 is not a registered HTTP status code (class: client error)",
        ),
        (
            520,
            "520 is not a registered HTTP status code (class: server error)",
        ),
        (
            600,
            "600 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            999,
            "999 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
    ];
    for (number, message) in cases {
        let code = http::StatusCode::from_u16(number).unwrap();
        let error = StatusCode::try_from(code).unwrap_err();
        assert_eq!(error.code(), number);
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn any_status_code_converts_both_ways_without_loss() {
    for code in every_http_status_code() {
        let ours = AnyStatusCode::from(code);
        assert_eq!(ours.as_u16(), code.as_u16());
        assert_eq!(http::StatusCode::from(ours), code);
        assert_eq!(ours.known(), StatusCode::try_from(code).ok());
        assert_eq!(ours.is_client_error(), code.is_client_error(), "{code}");
        assert_eq!(ours.is_server_error(), code.is_server_error(), "{code}");
        assert_eq!(ours.is_success(), code.is_success(), "{code}");
        assert_eq!(ours.is_redirection(), code.is_redirection(), "{code}");
        assert_eq!(ours.is_informational(), code.is_informational(), "{code}");
    }
}

#[test]
fn names_match_the_http_constants_where_rfc_9110_kept_the_name() {
    // The http crate still spells the codes RFC 9110 renamed by their old
    // names; every other constant is spelled as `name()` spells it.
    let cases = [
        (http::StatusCode::CONFLICT, "CONFLICT"),
        (http::StatusCode::BAD_REQUEST, "BAD_REQUEST"),
        (http::StatusCode::IM_A_TEAPOT, "IM_A_TEAPOT"),
        (
            http::StatusCode::NON_AUTHORITATIVE_INFORMATION,
            "NON_AUTHORITATIVE_INFORMATION",
        ),
        (http::StatusCode::URI_TOO_LONG, "URI_TOO_LONG"),
        (http::StatusCode::IM_USED, "IM_USED"),
        (
            http::StatusCode::HTTP_VERSION_NOT_SUPPORTED,
            "HTTP_VERSION_NOT_SUPPORTED",
        ),
        (http::StatusCode::PAYLOAD_TOO_LARGE, "CONTENT_TOO_LARGE"),
        (
            http::StatusCode::UNPROCESSABLE_ENTITY,
            "UNPROCESSABLE_CONTENT",
        ),
    ];
    for (code, name) in cases {
        assert_eq!(StatusCode::try_from(code).map(StatusCode::name), Ok(name));
    }
}

#[test]
fn the_checker_reads_a_header_map_line_by_line() {
    use statuscode::check::{Exchange, Vantage, Version};

    let response = http::Response::builder()
        .status(401)
        .version(http::Version::HTTP_2)
        .header("www-authenticate", "Basic realm=\"a\"")
        .header("www-authenticate", "Bearer realm=\"b\", Basic realm=\"c\"")
        .header("content-length", "0")
        .body(())
        .unwrap();
    let request = http::Request::builder()
        .method("DELETE")
        .uri("https://example.com/orders/7?x=1")
        .header("authorization", "Bearer abc")
        .body(())
        .unwrap();
    let exchange = Exchange::from_response(&response).request(&request);
    assert_eq!(exchange.request_method(), Some("DELETE"));
    assert_eq!(exchange.request_target(), Some("/orders/7?x=1"));
    let ids: Vec<&str> = exchange
        .findings()
        .map(|finding| finding.rule().id())
        .collect();
    // The second line holds two challenges; the Bearer one has no error for
    // a request that sent a token; there is no Date.
    assert_eq!(
        ids,
        [
            "date-2xx-3xx-4xx",
            "bearer-error-with-token",
            "www-auth-one-per-line"
        ]
    );
    // Inside the application, Date is the HTTP library's to add.
    let inside: Vec<&str> = exchange
        .vantage(Vantage::Application)
        .findings()
        .map(|finding| finding.rule().id())
        .collect();
    assert_eq!(inside, ["bearer-error-with-token", "www-auth-one-per-line"]);
    // HTTP/2 has no 101, and the version came from the response.
    let switching = http::Response::builder()
        .status(101)
        .version(http::Version::HTTP_2)
        .body(())
        .unwrap();
    let (parts, ()) = switching.into_parts();
    assert!(
        Exchange::from_response_parts(&parts)
            .findings()
            .any(|finding| finding.rule().id() == "101-not-in-h2")
    );
    assert_eq!(Version::Http2.as_str(), "HTTP/2");
}
