//! Round trips and agreement with the table, on generated inputs.
//!
//! The exhaustive tests elsewhere walk every `u16` and every short digit
//! string; these add arbitrary strings and JSON, and check that every way
//! into and out of a `StatusCode` gives back what went in.

use proptest::prelude::*;
use proptest::sample::select;
use statuscode::StatusCode;

/// Any code of the table.
fn code() -> impl Strategy<Value = StatusCode> {
    select(StatusCode::ALL)
}

/// The truth the lookups must agree with: a binary search of the table.
fn registered(number: u16) -> Option<StatusCode> {
    StatusCode::ALL
        .binary_search_by_key(&number, |code| code.as_u16())
        .ok()
        .map(|index| StatusCode::ALL[index])
}

/// What `parse` must return: the code, when the input is exactly three
/// ASCII digits that name one.
fn expected_parse(input: &str) -> Option<StatusCode> {
    let three_digits = input.len() == 3 && input.bytes().all(|byte| byte.is_ascii_digit());
    three_digits
        .then(|| input.parse::<u16>().ok())
        .flatten()
        .and_then(registered)
}

/// Strings near the grammar: three characters of which one may be any
/// printable ASCII, or up to six of digits, signs, white space, letters that
/// look like digits and non-ASCII digits.
fn near_miss() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~][0-9][0-9]",
        "[1-5][ -~][0-9]",
        "[1-5][0-9][ -~]",
        "[0-9 +\\-Oo\u{0660}-\u{0669}\u{FF10}-\u{FF19}]{0,6}",
    ]
}

proptest! {
    #[test]
    fn from_u16_gives_back_as_u16(code in code()) {
        prop_assert_eq!(StatusCode::from_u16(code.as_u16()), Ok(code));
        prop_assert_eq!(StatusCode::try_from(u16::from(code)), Ok(code));
    }

    #[test]
    fn parse_gives_back_as_str(code in code()) {
        prop_assert_eq!(code.as_str().parse::<StatusCode>(), Ok(code));
    }

    #[test]
    fn display_starts_with_the_code_and_ends_with_the_phrase(code in code()) {
        let text = code.to_string();
        let (digits, phrase) = text.split_once(' ').expect("a space after the code");
        prop_assert_eq!(digits.parse::<StatusCode>(), Ok(code));
        prop_assert_eq!(phrase, code.reason_phrase());
    }

    #[test]
    fn from_u16_agrees_with_the_table_for_any_number(number in any::<u16>()) {
        match StatusCode::from_u16(number) {
            Ok(code) => {
                prop_assert_eq!(Some(code), registered(number));
                prop_assert_eq!(code.as_u16(), number);
            }
            Err(unknown) => {
                prop_assert_eq!(registered(number), None);
                prop_assert_eq!(unknown.code(), number);
            }
        }
    }

    #[test]
    fn parse_agrees_with_the_table_for_any_string(input in any::<String>()) {
        check_parse(&input)?;
    }

    #[test]
    fn parse_agrees_with_the_table_near_the_grammar(input in near_miss()) {
        check_parse(&input)?;
    }

    #[test]
    fn parse_agrees_with_the_table_for_any_three_digits(number in 0..1000u16) {
        check_parse(&format!("{number:03}"))?;
    }
}

/// `parse` accepts exactly what it should, and when it refuses three digits
/// it keeps the number.
fn check_parse(input: &str) -> Result<(), TestCaseError> {
    match input.parse::<StatusCode>() {
        Ok(code) => {
            prop_assert_eq!(Some(code), expected_parse(input), "{:?}", input);
            prop_assert_eq!(code.as_str(), input);
        }
        Err(error) => {
            prop_assert_eq!(expected_parse(input), None, "{:?} was refused", input);
            let three_digits = input.len() == 3 && input.bytes().all(|byte| byte.is_ascii_digit());
            prop_assert_eq!(error.code().is_some(), three_digits, "{:?}", input);
            prop_assert!(!error.to_string().is_empty());
        }
    }
    Ok(())
}

#[cfg(feature = "serde")]
mod json {
    use proptest::prelude::*;
    use serde::{Deserialize, Serialize};
    use statuscode::StatusCode;

    use super::{code, registered};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Reply {
        status: StatusCode,
        message: String,
    }

    proptest! {
        #[test]
        fn serde_json_gives_back_what_it_wrote(code in code(), message in any::<String>()) {
            let json = serde_json::to_string(&code).expect("a code serializes");
            prop_assert_eq!(&json, code.as_str());
            prop_assert_eq!(serde_json::from_str::<StatusCode>(&json).ok(), Some(code));

            let reply = Reply { status: code, message };
            let json = serde_json::to_string(&reply).expect("a reply serializes");
            prop_assert_eq!(serde_json::from_str::<Reply>(&json).ok(), Some(reply));
        }

        #[test]
        fn serde_json_reads_exactly_the_registered_integers(number in any::<i64>()) {
            let expected = u16::try_from(number).ok().and_then(registered);
            let json = number.to_string();
            prop_assert_eq!(serde_json::from_str::<StatusCode>(&json).ok(), expected);
        }

        #[test]
        fn serde_json_agrees_with_u16_on_any_text(json in any::<String>()) {
            let expected = serde_json::from_str::<u16>(&json).ok().and_then(registered);
            prop_assert_eq!(serde_json::from_str::<StatusCode>(&json).ok(), expected);
        }

        #[test]
        fn serde_json_agrees_with_u16_on_number_like_text(json in "[-+ 0-9.eE\"]{0,8}") {
            let expected = serde_json::from_str::<u16>(&json).ok().and_then(registered);
            prop_assert_eq!(serde_json::from_str::<StatusCode>(&json).ok(), expected);
        }
    }
}
