//! The `#[serde(with = "...")]` forms: `statuscode::serde::name` and
//! `statuscode::serde::string`, with their `option` variants. Strict both
//! ways, over every registered code and every string of digits.
#![cfg(feature = "serde")]

use serde::{Deserialize, Serialize};
use statuscode::StatusCode;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ByName {
    #[serde(with = "statuscode::serde::name")]
    code: StatusCode,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ByOptionalName {
    #[serde(default, with = "statuscode::serde::name::option")]
    code: Option<StatusCode>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ByString {
    #[serde(with = "statuscode::serde::string")]
    code: StatusCode,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ByOptionalString {
    #[serde(default, with = "statuscode::serde::string::option")]
    code: Option<StatusCode>,
}

/// `serde_json`'s message for `{"code": <value>}` without the position it
/// appends.
fn error<'de, T: Deserialize<'de> + std::fmt::Debug>(json: &'de str) -> String {
    let message = serde_json::from_str::<T>(json).expect_err(json).to_string();
    match message.rsplit_once(" at line ") {
        Some((message, _position)) => message.to_owned(),
        None => message,
    }
}

#[test]
fn name_writes_and_reads_every_registered_name() {
    for &code in StatusCode::ALL {
        let json = format!(r#"{{"code":"{}"}}"#, code.name());
        assert_eq!(serde_json::to_string(&ByName { code }).unwrap(), json);
        assert_eq!(
            serde_json::from_str::<ByName>(&json).unwrap(),
            ByName { code }
        );
    }
}

#[test]
fn name_accepts_nothing_but_the_exact_name() {
    let unknown = |name: &str| {
        format!(
            "{name:?} is not the name of a registered HTTP status code \
             (names are in upper snake case, such as \"NOT_FOUND\")"
        )
    };
    let cases = [
        (
            r#"{"code":"not_found"}"#,
            r#""not_found" is not the name of a registered HTTP status code (names are upper case: "NOT_FOUND")"#.to_owned(),
        ),
        (
            r#"{"code":"Im_A_Teapot"}"#,
            r#""Im_A_Teapot" is not the name of a registered HTTP status code (names are upper case: "IM_A_TEAPOT")"#.to_owned(),
        ),
        (r#"{"code":"NotFound"}"#, unknown("NotFound")),
        (r#"{"code":"NOT FOUND"}"#, unknown("NOT FOUND")),
        (r#"{"code":" NOT_FOUND"}"#, unknown(" NOT_FOUND")),
        (r#"{"code":"NOT_FOUND "}"#, unknown("NOT_FOUND ")),
        (r#"{"code":"PAYLOAD_TOO_LARGE"}"#, unknown("PAYLOAD_TOO_LARGE")),
        (r#"{"code":"UNPROCESSABLE_ENTITY"}"#, unknown("UNPROCESSABLE_ENTITY")),
        (r#"{"code":"404"}"#, unknown("404")),
        (r#"{"code":""}"#, unknown("")),
        (r#"{"code":"NOT_FOUND\n"}"#, unknown("NOT_FOUND\n")),
        (
            r#"{"code":404}"#,
            "invalid type: integer `404`, expected the name of a registered HTTP status code, such as \"NOT_FOUND\"".to_owned(),
        ),
        (
            r#"{"code":null}"#,
            "invalid type: null, expected the name of a registered HTTP status code, such as \"NOT_FOUND\"".to_owned(),
        ),
        (r"{}", "missing field `code`".to_owned()),
    ];
    for (json, message) in cases {
        assert_eq!(error::<ByName>(json), message, "{json}");
    }
}

#[test]
fn name_option_writes_and_reads_none_as_null() {
    for code in StatusCode::ALL.iter().copied().map(Some).chain([None]) {
        let json = match code {
            Some(code) => format!(r#"{{"code":"{}"}}"#, code.name()),
            None => r#"{"code":null}"#.to_owned(),
        };
        let value = ByOptionalName { code };
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        assert_eq!(
            serde_json::from_str::<ByOptionalName>(&json).unwrap(),
            value
        );
    }
    assert_eq!(
        serde_json::from_str::<ByOptionalName>("{}").unwrap(),
        ByOptionalName { code: None }
    );
    assert_eq!(
        error::<ByOptionalName>(r#"{"code":"Gone"}"#),
        r#""Gone" is not the name of a registered HTTP status code (names are upper case: "GONE")"#
    );
    assert_eq!(
        error::<ByOptionalName>(r#"{"code":410}"#),
        "invalid type: integer `410`, expected the name of a registered HTTP status code, such as \"NOT_FOUND\""
    );
}

#[test]
fn string_writes_and_reads_every_registered_code() {
    for &code in StatusCode::ALL {
        let json = format!(r#"{{"code":"{}"}}"#, code.as_str());
        assert_eq!(serde_json::to_string(&ByString { code }).unwrap(), json);
        assert_eq!(
            serde_json::from_str::<ByString>(&json).unwrap(),
            ByString { code }
        );
    }
}

#[test]
fn string_reads_exactly_the_strings_that_parse() {
    // Every string of one to four digits: accepted exactly when `parse`
    // accepts it, and refused with the parser's message otherwise.
    let mut accepted = 0;
    for len in 1..=4u32 {
        for n in 0..10u32.pow(len) {
            let digits = format!("{n:0width$}", width = len as usize);
            let json = format!(r#"{{"code":"{digits}"}}"#);
            match digits.parse::<StatusCode>() {
                Ok(code) => {
                    accepted += 1;
                    assert_eq!(
                        serde_json::from_str::<ByString>(&json).unwrap(),
                        ByString { code }
                    );
                }
                Err(parse_error) => {
                    assert_eq!(error::<ByString>(&json), parse_error.to_string(), "{json}");
                }
            }
        }
    }
    assert_eq!(accepted, StatusCode::ALL.len());
}

#[test]
fn string_refuses_other_spellings_with_a_message_that_says_why() {
    let cases = [
        (
            r#"{"code":"499"}"#,
            "499 is not a registered HTTP status code (class: client error)",
        ),
        (
            r#"{"code":" 404"}"#,
            "invalid HTTP status code: found ' ' at index 0, expected three ASCII digits",
        ),
        (
            r#"{"code":"0404"}"#,
            "invalid HTTP status code: found 4 digits, expected exactly three",
        ),
        (
            r#"{"code":"NOT_FOUND"}"#,
            "invalid HTTP status code: found 'N' at index 0, expected three ASCII digits",
        ),
        (
            r#"{"code":""}"#,
            "cannot parse an HTTP status code from an empty string",
        ),
        (
            r#"{"code":404}"#,
            "invalid type: integer `404`, expected a registered HTTP status code as a string of three digits, such as \"404\"",
        ),
        (
            r#"{"code":404.0}"#,
            "invalid type: floating point `404.0`, expected a registered HTTP status code as a string of three digits, such as \"404\"",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(error::<ByString>(json), message, "{json}");
    }
}

#[test]
fn string_option_writes_and_reads_none_as_null() {
    for code in StatusCode::ALL.iter().copied().map(Some).chain([None]) {
        let json = match code {
            Some(code) => format!(r#"{{"code":"{}"}}"#, code.as_str()),
            None => r#"{"code":null}"#.to_owned(),
        };
        let value = ByOptionalString { code };
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        assert_eq!(
            serde_json::from_str::<ByOptionalString>(&json).unwrap(),
            value
        );
    }
    assert_eq!(
        serde_json::from_str::<ByOptionalString>("{}").unwrap(),
        ByOptionalString { code: None }
    );
    assert_eq!(
        error::<ByOptionalString>(r#"{"code":"520"}"#),
        "520 is not a registered HTTP status code (class: server error)"
    );
}

#[test]
fn both_forms_work_in_a_format_that_is_not_self_describing() {
    // postcard cannot guess a type, so this fails unless the forms ask the
    // format for a string.
    for &code in StatusCode::ALL {
        let mut buffer = [0u8; 64];
        let bytes = postcard::to_slice(&ByName { code }, &mut buffer).unwrap();
        assert_eq!(
            postcard::from_bytes::<ByName>(bytes).unwrap(),
            ByName { code }
        );
        let mut buffer = [0u8; 64];
        let bytes = postcard::to_slice(&ByString { code }, &mut buffer).unwrap();
        assert_eq!(
            postcard::from_bytes::<ByString>(bytes).unwrap(),
            ByString { code }
        );
        let mut buffer = [0u8; 64];
        let value = ByOptionalName { code: Some(code) };
        let bytes = postcard::to_slice(&value, &mut buffer).unwrap();
        assert_eq!(
            postcard::from_bytes::<ByOptionalName>(bytes).unwrap(),
            value
        );
    }
}
