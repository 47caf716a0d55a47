//! The `serde` feature: integers in, integers out, nothing cast, for
//! `StatusCode` and `AnyStatusCode`.
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use serde::de::value::{
    Error as ValueError, I8Deserializer, I16Deserializer, I32Deserializer, I64Deserializer,
    I128Deserializer, U8Deserializer, U16Deserializer, U32Deserializer, U64Deserializer,
    U128Deserializer,
};
use serde::{Deserialize, Serialize};
use statuscode::{AnyStatusCode, StatusCode};

/// `serde_json`'s message without the position it appends.
fn json_error(json: &str) -> String {
    let error = serde_json::from_str::<StatusCode>(json).expect_err(json);
    let message = error.to_string();
    match message.rsplit_once(" at line ") {
        Some((message, _position)) => message.to_owned(),
        None => message,
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Reply {
    status: StatusCode,
    message: String,
}

#[test]
fn serializes_as_the_integer() {
    for &code in StatusCode::ALL {
        assert_eq!(serde_json::to_string(&code).unwrap(), code.as_str());
    }
    let reply = Reply {
        status: StatusCode::Conflict,
        message: "version mismatch".into(),
    };
    let json = serde_json::to_string(&reply).unwrap();
    assert_eq!(json, r#"{"status":409,"message":"version mismatch"}"#);
    assert_eq!(serde_json::from_str::<Reply>(&json).unwrap(), reply);
}

#[test]
fn deserializes_every_registered_code_and_nothing_else_in_u16() {
    for number in 0..=u16::MAX {
        let parsed = serde_json::from_str::<StatusCode>(&number.to_string());
        match StatusCode::from_u16(number) {
            Ok(code) => assert_eq!(parsed.unwrap(), code),
            Err(unknown) => {
                assert!(parsed.is_err(), "{number}");
                assert_eq!(json_error(&number.to_string()), unknown.to_string());
            }
        }
    }
}

#[test]
fn rejects_numbers_with_a_message_that_names_them() {
    let cases = [
        (
            "65736",
            "65736 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "65536",
            "65536 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "-1",
            "-1 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "-65336",
            "-65336 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "1000",
            "1000 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "0",
            "0 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "499",
            "499 is not a registered HTTP status code (class: client error)",
        ),
        (
            "18446744073709551615",
            "18446744073709551615 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(json_error(json), message, "{json}");
    }
}

#[test]
fn rejects_other_types_saying_an_integer_was_expected() {
    let cases = [
        ("404.0", "invalid type: floating point `404.0`"),
        ("4.04e2", "invalid type: floating point `404.0`"),
        ("\"404\"", "invalid type: string \"404\""),
        ("null", "invalid type: null"),
        ("true", "invalid type: boolean `true`"),
        ("[404]", "invalid type: sequence"),
        ("{\"code\":404}", "invalid type: map"),
    ];
    for (json, found) in cases {
        assert_eq!(
            json_error(json),
            format!("{found}, expected an integer HTTP status code such as 404"),
            "{json}"
        );
    }
}

#[test]
fn field_errors_reach_the_caller_through_a_struct() {
    let error = serde_json::from_str::<Reply>(r#"{"status":65736,"message":""}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("65736 is not a registered HTTP status code"),
        "{error}"
    );
}

#[test]
fn non_self_describing_format_encodes_exactly_like_u16() {
    for &code in StatusCode::ALL {
        let mut ours = [0u8; 8];
        let mut theirs = [0u8; 8];
        let ours = postcard::to_slice(&code, &mut ours).unwrap();
        let theirs = postcard::to_slice(&code.as_u16(), &mut theirs).unwrap();
        assert_eq!(ours, theirs, "{code:?}");
        assert_eq!(postcard::from_bytes::<StatusCode>(ours).unwrap(), code);
    }
    let mut buffer = [0u8; 8];
    let bytes = postcard::to_slice(&StatusCode::TooManyRequests, &mut buffer).unwrap();
    // 429 as a postcard varint: 0b1010_1101, 0b0000_0011.
    assert_eq!(bytes, [0xAD, 0x03]);
}

#[test]
fn non_self_describing_format_rejects_unregistered_u16() {
    let mut buffer = [0u8; 8];
    let bytes = postcard::to_slice(&499u16, &mut buffer).unwrap();
    let error = postcard::from_bytes::<StatusCode>(bytes).unwrap_err();
    // postcard keeps only a category for custom errors, but it must fail.
    assert_eq!(error, postcard::Error::SerdeDeCustom);
}

#[test]
fn accepts_every_integer_width_by_value() {
    fn from<'de, D: serde::Deserializer<'de, Error = ValueError>>(
        deserializer: D,
    ) -> Result<StatusCode, String> {
        StatusCode::deserialize(deserializer).map_err(|error| error.to_string())
    }
    let out_of_range = |value: &str| {
        Err(format!(
            "{value} is not a registered HTTP status code (valid codes run from 100 to 599)"
        ))
    };

    assert_eq!(from(U8Deserializer::new(200)), Ok(StatusCode::Ok));
    assert_eq!(from(U16Deserializer::new(404)), Ok(StatusCode::NotFound));
    assert_eq!(
        from(U32Deserializer::new(429)),
        Ok(StatusCode::TooManyRequests)
    );
    assert_eq!(
        from(U64Deserializer::new(503)),
        Ok(StatusCode::ServiceUnavailable)
    );
    assert_eq!(
        from(U128Deserializer::new(101)),
        Ok(StatusCode::SwitchingProtocols)
    );
    assert_eq!(
        from(I16Deserializer::new(301)),
        Ok(StatusCode::MovedPermanently)
    );
    assert_eq!(from(I32Deserializer::new(409)), Ok(StatusCode::Conflict));
    assert_eq!(
        from(I64Deserializer::new(500)),
        Ok(StatusCode::InternalServerError)
    );
    assert_eq!(from(I128Deserializer::new(204)), Ok(StatusCode::NoContent));

    assert_eq!(from(U8Deserializer::new(42)), out_of_range("42"));
    assert_eq!(from(I8Deserializer::new(-1)), out_of_range("-1"));
    assert_eq!(from(U32Deserializer::new(65_736)), out_of_range("65736"));
    assert_eq!(
        from(I64Deserializer::new(i64::MIN)),
        out_of_range(&i64::MIN.to_string())
    );
    assert_eq!(
        from(U128Deserializer::new(u128::MAX)),
        out_of_range(&u128::MAX.to_string())
    );
    assert_eq!(
        from(I128Deserializer::new(i128::MIN)),
        out_of_range(&i128::MIN.to_string())
    );
}

#[test]
fn works_as_a_json_map_key() {
    // JSON object keys are strings; serde_json turns them into integers.
    let mut responses = BTreeMap::new();
    responses.insert(StatusCode::Ok, "the resource");
    responses.insert(StatusCode::NotFound, "no such resource");
    let json = serde_json::to_string(&responses).unwrap();
    assert_eq!(json, r#"{"200":"the resource","404":"no such resource"}"#);
    let back: BTreeMap<StatusCode, &str> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, responses);
    assert!(serde_json::from_str::<BTreeMap<StatusCode, &str>>(r#"{"499":""}"#).is_err());
}

/// `serde_json`'s message for an `AnyStatusCode`, without the position.
fn any_json_error(json: &str) -> String {
    let error = serde_json::from_str::<AnyStatusCode>(json).expect_err(json);
    let message = error.to_string();
    match message.rsplit_once(" at line ") {
        Some((message, _position)) => message.to_owned(),
        None => message,
    }
}

#[test]
fn any_status_code_reads_100_to_999_and_nothing_else_in_u16() {
    for number in 0..=u16::MAX {
        let json = number.to_string();
        match AnyStatusCode::from_u16(number) {
            Ok(code) => {
                assert_eq!(serde_json::from_str::<AnyStatusCode>(&json).unwrap(), code);
                assert_eq!(serde_json::to_string(&code).unwrap(), json);
            }
            Err(out_of_range) => {
                assert_eq!(any_json_error(&json), out_of_range.to_string(), "{number}");
            }
        }
    }
}

#[test]
fn any_status_code_rejects_numbers_and_types_with_a_message() {
    let cases = [
        (
            "1000",
            "1000 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            "99",
            "99 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            "-404",
            "-404 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            "65935",
            "65935 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            "18446744073709551615",
            "18446744073709551615 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            "499.0",
            "invalid type: floating point `499.0`, expected an integer HTTP status code from 100 to 999",
        ),
        (
            "\"499\"",
            "invalid type: string \"499\", expected an integer HTTP status code from 100 to 999",
        ),
        (
            "null",
            "invalid type: null, expected an integer HTTP status code from 100 to 999",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(any_json_error(json), message, "{json}");
    }
}

#[test]
fn any_status_code_accepts_every_integer_width_by_value() {
    fn from<'de, D: serde::Deserializer<'de, Error = ValueError>>(
        deserializer: D,
    ) -> Result<u16, String> {
        AnyStatusCode::deserialize(deserializer)
            .map(AnyStatusCode::as_u16)
            .map_err(|error| error.to_string())
    }
    let out_of_range = |value: &str| {
        Err(format!(
            "{value} is outside the range of HTTP status codes, 100 to 999"
        ))
    };

    assert_eq!(from(U8Deserializer::new(200)), Ok(200));
    assert_eq!(from(U16Deserializer::new(499)), Ok(499));
    assert_eq!(from(U32Deserializer::new(520)), Ok(520));
    assert_eq!(from(U64Deserializer::new(999)), Ok(999));
    assert_eq!(from(U128Deserializer::new(100)), Ok(100));
    assert_eq!(from(I16Deserializer::new(600)), Ok(600));
    assert_eq!(from(I32Deserializer::new(299)), Ok(299));
    assert_eq!(from(I64Deserializer::new(306)), Ok(306));
    assert_eq!(from(I128Deserializer::new(451)), Ok(451));

    assert_eq!(from(U8Deserializer::new(42)), out_of_range("42"));
    assert_eq!(from(I8Deserializer::new(-1)), out_of_range("-1"));
    assert_eq!(from(U32Deserializer::new(65_935)), out_of_range("65935"));
    assert_eq!(
        from(I64Deserializer::new(i64::MIN)),
        out_of_range(&i64::MIN.to_string())
    );
    assert_eq!(
        from(U128Deserializer::new(u128::MAX)),
        out_of_range(&u128::MAX.to_string())
    );
}

#[test]
fn any_status_code_encodes_exactly_like_u16_in_postcard() {
    for number in 100..=999u16 {
        let code = AnyStatusCode::from_u16(number).unwrap();
        let mut ours = [0u8; 8];
        let mut theirs = [0u8; 8];
        let ours = postcard::to_slice(&code, &mut ours).unwrap();
        let theirs = postcard::to_slice(&number, &mut theirs).unwrap();
        assert_eq!(ours, theirs, "{number}");
        assert_eq!(postcard::from_bytes::<AnyStatusCode>(ours).unwrap(), code);
    }
    let mut buffer = [0u8; 8];
    let bytes = postcard::to_slice(&1000u16, &mut buffer).unwrap();
    assert_eq!(
        postcard::from_bytes::<AnyStatusCode>(bytes).unwrap_err(),
        postcard::Error::SerdeDeCustom
    );
}
