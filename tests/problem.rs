//! The `problem` feature: RFC 9457 problem details, written exactly as the
//! RFC describes and read from any conforming document without loss.
#![cfg(feature = "problem")]

use std::collections::BTreeMap;
use std::error::Error;

use serde::Serialize;
use serde_json::{Value, json};
use statuscode::{AnyStatusCode, Problem, ProblemExtensionError, StatusCode};

fn read(json: &str) -> Problem {
    serde_json::from_str(json).unwrap_or_else(|error| panic!("{json}: {error}"))
}

fn write(problem: &Problem) -> String {
    serde_json::to_string(problem).unwrap()
}

/// `serde_json`'s message without the position it appends.
fn read_error(json: &str) -> String {
    let message = serde_json::from_str::<Problem>(json)
        .expect_err(json)
        .to_string();
    match message.rsplit_once(" at line ") {
        Some((message, _position)) => message.to_owned(),
        None => message,
    }
}

/// Reading the document and writing it again gives the same JSON value:
/// the same members, with the same values.
fn assert_round_trip(json: &str) -> Problem {
    let problem = read(json);
    let written = write(&problem);
    assert_eq!(
        serde_json::from_str::<Value>(&written).unwrap(),
        serde_json::from_str::<Value>(json).unwrap(),
        "{json} was written back as {written}"
    );
    assert_eq!(read(&written), problem, "{json}");
    problem
}

#[test]
fn content_type_is_application_problem_json() {
    assert_eq!(Problem::CONTENT_TYPE, "application/problem+json");
}

#[test]
fn new_gives_status_and_its_reason_phrase_as_title_for_every_code() {
    for &code in StatusCode::ALL {
        let problem = Problem::new(code);
        assert_eq!(problem.status(), Some(AnyStatusCode::from(code)));
        assert_eq!(problem.title(), Some(code.reason_phrase()));
        assert_eq!(problem.problem_type(), "about:blank");
        assert_eq!(problem.detail(), None);
        assert_eq!(problem.instance(), None);
        assert_eq!(problem.extensions().len(), 0);
        let json = write(&problem);
        assert_eq!(
            serde_json::from_str::<Value>(&json).unwrap(),
            json!({"title": code.reason_phrase(), "status": code.as_u16()}),
        );
        assert_eq!(read(&json), problem);
    }
    assert_eq!(
        write(&Problem::new(StatusCode::NotFound)),
        r#"{"title":"Not Found","status":404}"#
    );
}

#[test]
fn writes_the_rfc_example_member_for_member() {
    // RFC 9457, Section 3, with the status of Section 4.
    let problem = Problem::new(StatusCode::Forbidden)
        .with_type("https://example.com/probs/out-of-credit")
        .with_title("You do not have enough credit.")
        .with_detail("Your current balance is 30, but that costs 50.")
        .with_instance("/account/12345/msgs/abc")
        .with_extension("balance", 30)
        .unwrap()
        .with_extension("accounts", ["/account/12345", "/account/67890"])
        .unwrap();
    assert_eq!(
        write(&problem),
        concat!(
            r#"{"type":"https://example.com/probs/out-of-credit","#,
            r#""title":"You do not have enough credit.","#,
            r#""status":403,"#,
            r#""detail":"Your current balance is 30, but that costs 50.","#,
            r#""instance":"/account/12345/msgs/abc","#,
            r#""accounts":["/account/12345","/account/67890"],"#,
            r#""balance":30}"#,
        )
    );
    let from_the_rfc = r#"{
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "status": 403,
        "detail": "Your current balance is 30, but that costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"]
    }"#;
    assert_eq!(assert_round_trip(from_the_rfc), problem);
}

#[test]
fn reads_every_conforming_document_and_writes_it_back_unchanged() {
    let documents = [
        // Every member is optional.
        "{}",
        r#"{"type":"https://example.com/probs/stale"}"#,
        r#"{"title":"Not Found"}"#,
        r#"{"status":404}"#,
        r#"{"detail":"no such order"}"#,
        r#"{"instance":"/orders/42"}"#,
        // An explicit about:blank stays explicit.
        r#"{"type":"about:blank","title":"Not Found","status":404}"#,
        // Codes nobody registered, and the ends of the range.
        r#"{"status":499,"title":"Client Closed Request"}"#,
        r#"{"status":520}"#,
        r#"{"status":100}"#,
        r#"{"status":999}"#,
        // Extensions of every JSON type, with names the RFC advises against.
        r#"{"title":"x","n":null,"b":true,"i":-7,"f":1.5,"s":"","a":[1,[2]],"o":{"deep":{"er":[]}}}"#,
        r#"{"":1,"with space":2,"ünïcödé":3,"Status":4,"TYPE":5}"#,
        // Relative URI references are kept as written.
        r##"{"type":"/probs/stale","instance":"#frag"}"##,
    ];
    for json in documents {
        assert_round_trip(json);
    }
}

#[test]
fn keeps_an_unregistered_status_through_a_round_trip() {
    let problem = assert_round_trip(r#"{"status":499,"title":"Client Closed Request"}"#);
    let status = problem.status().unwrap();
    assert_eq!(status.as_u16(), 499);
    assert_eq!(status.known(), None);
    assert!(status.is_client_error());
    assert_eq!(
        write(&problem),
        r#"{"title":"Client Closed Request","status":499}"#
    );
}

#[test]
fn ignores_mistyped_members_but_keeps_them() {
    // RFC 9457, Section 3.1: a member whose value has the wrong type is
    // ignored. The getters see nothing; the document keeps the member.
    let cases = [
        r#"{"status":"404"}"#,
        r#"{"status":404.5}"#,
        r#"{"status":404.0}"#,
        r#"{"status":-404}"#,
        r#"{"status":99}"#,
        r#"{"status":1000}"#,
        r#"{"status":65940}"#,
        r#"{"status":null}"#,
        r#"{"status":[404]}"#,
        r#"{"title":5}"#,
        r#"{"title":null}"#,
        r#"{"detail":{"text":"x"}}"#,
        r#"{"instance":false}"#,
        r#"{"type":["https://example.com/probs/x"]}"#,
    ];
    for json in cases {
        let problem = assert_round_trip(json);
        assert_eq!(problem.status(), None, "{json}");
        assert_eq!(problem.title(), None, "{json}");
        assert_eq!(problem.detail(), None, "{json}");
        assert_eq!(problem.instance(), None, "{json}");
        assert_eq!(problem.problem_type(), "about:blank", "{json}");
        assert_eq!(problem.extensions().len(), 0, "{json}");
        for name in ["type", "title", "status", "detail", "instance"] {
            assert_eq!(problem.extension(name), None, "{json}");
        }
    }
}

#[test]
fn a_builder_replaces_a_mistyped_member_instead_of_adding_one() {
    let problem = read(r#"{"type":1,"title":2,"detail":3,"instance":4,"status":"x"}"#)
        .with_type("https://example.com/probs/x")
        .with_title("X")
        .with_detail("details")
        .with_instance("/x");
    assert_eq!(
        write(&problem),
        r#"{"type":"https://example.com/probs/x","title":"X","status":"x","detail":"details","instance":"/x"}"#
    );
    assert_eq!(problem.problem_type(), "https://example.com/probs/x");
    assert_eq!(problem.title(), Some("X"));
    assert_eq!(problem.detail(), Some("details"));
    assert_eq!(problem.instance(), Some("/x"));
}

#[test]
fn writes_standard_members_in_rfc_order_then_extensions_by_name() {
    let problem = read(
        r#"{"zeta":1,"instance":"/i","alpha":2,"detail":"d","status":429,"title":"t","type":"/t"}"#,
    );
    assert_eq!(
        write(&problem),
        r#"{"type":"/t","title":"t","status":429,"detail":"d","instance":"/i","alpha":2,"zeta":1}"#
    );
    let names: Vec<&str> = problem.extensions().map(|(name, _)| name).collect();
    assert_eq!(names, ["alpha", "zeta"]);
}

#[test]
fn extension_values_are_any_serializable_value() {
    // Fields in the order of their names, which is the order a JSON map
    // has whether or not serde_json preserves insertion order.
    #[derive(Serialize)]
    struct Limit {
        remaining: Option<u32>,
        window_seconds: u32,
    }
    let problem = Problem::new(StatusCode::TooManyRequests)
        .with_extension(
            "limit",
            Limit {
                window_seconds: 60,
                remaining: None,
            },
        )
        .unwrap()
        .with_extension("codes", vec![StatusCode::Conflict, StatusCode::Gone])
        .unwrap()
        .with_extension("map", BTreeMap::from([("b", 2), ("a", 1)]))
        .unwrap()
        .with_extension(String::from("unit"), ())
        .unwrap();
    assert_eq!(
        problem.extension("limit"),
        Some(&json!({"window_seconds": 60, "remaining": null}))
    );
    assert_eq!(problem.extension("codes"), Some(&json!([409, 410])));
    assert_eq!(problem.extension("unit"), Some(&Value::Null));
    assert_eq!(
        write(&problem),
        concat!(
            r#"{"title":"Too Many Requests","status":429,"codes":[409,410],"#,
            r#""limit":{"remaining":null,"window_seconds":60},"map":{"a":1,"b":2},"unit":null}"#,
        )
    );
}

#[test]
fn adding_an_extension_again_replaces_its_value() {
    let problem = Problem::new(StatusCode::Conflict)
        .with_extension("version", 1)
        .unwrap()
        .with_extension("version", 2)
        .unwrap();
    assert_eq!(
        write(&problem),
        r#"{"title":"Conflict","status":409,"version":2}"#
    );
}

#[test]
fn refuses_standard_member_names_as_extensions() {
    let cases = [
        (
            "type",
            r#"cannot add the extension member "type": that is a standard member, set with Problem::with_type"#,
        ),
        (
            "title",
            r#"cannot add the extension member "title": that is a standard member, set with Problem::with_title"#,
        ),
        (
            "status",
            r#"cannot add the extension member "status": that is a standard member, set with Problem::new"#,
        ),
        (
            "detail",
            r#"cannot add the extension member "detail": that is a standard member, set with Problem::with_detail"#,
        ),
        (
            "instance",
            r#"cannot add the extension member "instance": that is a standard member, set with Problem::with_instance"#,
        ),
    ];
    for (name, message) in cases {
        // Whatever the value's type: a valid one would change the member,
        // an invalid one would be a second key.
        for value in [json!("text"), json!(500), json!(null)] {
            let error = Problem::new(StatusCode::BadRequest)
                .with_extension(name, &value)
                .unwrap_err();
            assert_eq!(error.to_string(), message);
            assert_eq!(error.name(), name);
        }
    }
    // Member names are case-sensitive, so these are extensions.
    let problem = Problem::new(StatusCode::BadRequest)
        .with_extension("Status", 1)
        .unwrap()
        .with_extension("TYPE", 2)
        .unwrap();
    assert_eq!(
        write(&problem),
        r#"{"title":"Bad Request","status":400,"Status":1,"TYPE":2}"#
    );
}

#[test]
fn refuses_values_that_are_not_json() {
    let error = Problem::new(StatusCode::BadRequest)
        .with_extension("cells", BTreeMap::from([((1, 2), "x")]))
        .unwrap_err();
    assert_eq!(error.name(), "cells");
    assert_eq!(
        error.to_string(),
        r#"cannot add the extension member "cells": its value is not representable as JSON (key must be a string)"#
    );
}

#[test]
fn extension_error_is_a_thread_safe_static_error() {
    fn assert_error<E: Error + Send + Sync + 'static>() {}
    assert_error::<ProblemExtensionError>();
}

#[test]
fn never_writes_a_key_twice() {
    // Reading refuses a repeated member, so a problem that reads back from
    // its own JSON has none.
    let problems = [
        Problem::new(StatusCode::Conflict),
        read(r#"{"status":"x","title":5,"type":null,"detail":[],"instance":{}}"#)
            .with_title("t")
            .with_detail("d")
            .with_type("/t")
            .with_instance("/i"),
        read(r#"{"Status":1,"status":2}"#)
            .with_extension("Status", 3)
            .unwrap(),
    ];
    for problem in problems {
        let json = write(&problem);
        assert_eq!(read(&json), problem, "{json}");
    }
}

#[test]
fn refuses_a_document_that_repeats_a_member() {
    let cases = [
        (
            r#"{"status":404,"status":500}"#,
            r#"the member "status" appears twice in a problem details object"#,
        ),
        (
            r#"{"title":"a","title":5}"#,
            r#"the member "title" appears twice in a problem details object"#,
        ),
        (
            r#"{"trace":1,"trace":1}"#,
            r#"the member "trace" appears twice in a problem details object"#,
        ),
    ];
    for (json, message) in cases {
        assert_eq!(read_error(json), message, "{json}");
    }
}

#[test]
fn refuses_what_is_not_an_object() {
    let cases = [
        (
            "[]",
            "invalid type: sequence, expected a problem details object",
        ),
        (
            "404",
            "invalid type: integer `404`, expected a problem details object",
        ),
        (
            r#""Not Found""#,
            r#"invalid type: string "Not Found", expected a problem details object"#,
        ),
        (
            "null",
            "invalid type: null, expected a problem details object",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(read_error(json), message, "{json}");
    }
}
