//! The `axum` feature: `StatusCode` and `Problem` as responses, and the
//! typed parts for the fields some codes oblige.
#![cfg(feature = "axum")]

use axum::response::IntoResponse;
use http_body_util::BodyExt;
use statuscode::StatusCode;
use statuscode::axum::{Allow, Location, RetryAfter, WwwAuthenticate};

/// The response's status, fields (name: value, in order) and body.
fn parts(response: impl IntoResponse) -> (u16, Vec<String>, String) {
    let response = response.into_response();
    let status = response.status().as_u16();
    let fields = response
        .headers()
        .iter()
        .map(|(name, value)| format!("{name}: {}", value.to_str().unwrap()))
        .collect();
    let body = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(response.into_body().collect())
        .unwrap()
        .to_bytes();
    (status, fields, String::from_utf8(body.to_vec()).unwrap())
}

#[test]
fn every_code_is_an_empty_response_with_that_status() {
    for &code in StatusCode::ALL {
        assert_eq!(
            parts(code),
            (code.as_u16(), vec![], String::new()),
            "{code}"
        );
    }
}

#[test]
fn each_part_sets_its_field() {
    use std::time::{Duration, SystemTime};
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_709_251_200);
    let put = Allow::new([http::Method::PUT]);
    let basic = WwwAuthenticate::new("Basic realm=\"a\"");
    let cases = [
        (
            (put, StatusCode::MethodNotAllowed).into_response(),
            "allow: PUT",
        ),
        (
            (Allow::new([]), StatusCode::MethodNotAllowed).into_response(),
            "allow: ",
        ),
        (
            (basic, StatusCode::Unauthorized).into_response(),
            "www-authenticate: Basic realm=\"a\"",
        ),
        (
            (Location::new("https://example.com/x"), StatusCode::Created).into_response(),
            "location: https://example.com/x",
        ),
        (
            (
                RetryAfter::delay(Duration::ZERO),
                StatusCode::TooManyRequests,
            )
                .into_response(),
            "retry-after: 0",
        ),
        (
            (
                RetryAfter::from(Duration::from_secs(120)),
                StatusCode::TooManyRequests,
            )
                .into_response(),
            "retry-after: 120",
        ),
        (
            (RetryAfter::from(at), StatusCode::ServiceUnavailable).into_response(),
            "retry-after: Fri, 01 Mar 2024 00:00:00 GMT",
        ),
    ];
    for (response, field) in cases {
        let (_, fields, _) = parts(response);
        assert_eq!(fields, [field]);
    }
}

#[test]
fn a_time_before_1970_is_sent_as_its_first_second() {
    let before = std::time::SystemTime::UNIX_EPOCH - std::time::Duration::from_secs(86_400);
    let (_, fields, _) = parts((RetryAfter::at(before), StatusCode::ServiceUnavailable));
    assert_eq!(fields, ["retry-after: Thu, 01 Jan 1970 00:00:00 GMT"]);
}

#[test]
fn a_value_that_cannot_be_sent_answers_500_and_names_the_field() {
    for (response, field) in [
        (
            (Location::new("/a\r\nb"), StatusCode::Found).into_response(),
            "Location",
        ),
        (
            (
                WwwAuthenticate::new("Basic\u{7f}"),
                StatusCode::Unauthorized,
            )
                .into_response(),
            "WWW-Authenticate",
        ),
    ] {
        let (status, _, body) = parts(response);
        assert_eq!(status, 500);
        assert_eq!(
            body,
            format!(
                "the {field} value given to statuscode::axum cannot be sent: a field value holds no control characters, such as a line feed\n"
            )
        );
    }
}

#[cfg(feature = "problem")]
mod problem {
    use statuscode::{AnyStatusCode, Problem, StatusCode};

    use super::parts;

    #[test]
    fn a_problem_is_its_status_its_media_type_and_its_json() {
        let problem = Problem::new(StatusCode::Conflict).with_detail("stale");
        let json = serde_json::to_string(&problem).unwrap();
        assert_eq!(
            parts(problem),
            (
                409,
                vec!["content-type: application/problem+json".to_owned()],
                json
            )
        );
        // A status nobody registered is kept.
        let received: Problem = serde_json::from_str(r#"{"status":499}"#).unwrap();
        assert_eq!(parts(received).0, 499);
    }

    #[test]
    fn a_problem_without_a_status_that_can_carry_it_answers_500() {
        for json in [
            r#"{"title":"no status"}"#,
            r#"{"status":"404"}"#,
            r#"{"status":1000}"#,
            r#"{"status":100}"#,
            r#"{"status":204}"#,
            r#"{"status":205}"#,
            r#"{"status":304}"#,
        ] {
            let problem: Problem = serde_json::from_str(json).unwrap();
            let (status, fields, body) = parts(problem);
            assert_eq!(status, 500, "{json}");
            assert_eq!(fields, ["content-type: application/problem+json"], "{json}");
            assert_eq!(body, json, "the problem is sent as it is");
        }
        for code in [200, 301, 400, 599] {
            let problem: Problem =
                serde_json::from_str(&format!(r#"{{"status":{code}}}"#)).unwrap();
            assert_eq!(problem.status(), AnyStatusCode::from_u16(code).ok());
            assert_eq!(parts(problem).0, code);
        }
    }
}
