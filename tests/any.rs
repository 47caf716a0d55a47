//! `AnyStatusCode`: every number from 100 to 999, one value per number, and
//! its agreement with `StatusCode` wherever the number is registered.

use std::collections::HashSet;

use statuscode::{AnyStatusCode, StatusClass, StatusCode};

fn any(number: u16) -> AnyStatusCode {
    AnyStatusCode::from_u16(number).expect("in range")
}

#[test]
fn from_u16_accepts_exactly_100_to_999_over_every_u16() {
    let mut accepted = 0;
    for number in 0..=u16::MAX {
        match AnyStatusCode::from_u16(number) {
            Ok(code) => {
                accepted += 1;
                assert!((100..=999).contains(&number), "{number} accepted");
                assert_eq!(code.as_u16(), number);
                assert_eq!(u16::from(code), number);
            }
            Err(error) => {
                assert!(!(100..=999).contains(&number), "{number} rejected");
                assert_eq!(error.code(), number);
            }
        }
        assert_eq!(
            AnyStatusCode::try_from(number),
            AnyStatusCode::from_u16(number)
        );
    }
    assert_eq!(accepted, 900);
}

#[test]
fn known_is_the_registered_code_exactly_when_there_is_one() {
    let mut known = 0;
    for number in 100..=999 {
        let code = any(number);
        assert_eq!(code.known(), StatusCode::from_u16(number).ok(), "{number}");
        assert_eq!(StatusCode::try_from(code), StatusCode::from_u16(number));
        assert_eq!(
            code.reason_phrase(),
            code.known().map(StatusCode::reason_phrase)
        );
        known += usize::from(code.known().is_some());
    }
    assert_eq!(known, StatusCode::ALL.len());
}

#[test]
fn a_registered_code_has_one_form_only() {
    // From a number, from the enum or from a string: the same value, equal
    // and hashed alike, so no "unregistered 404" can exist beside the
    // registered one.
    for &code in StatusCode::ALL {
        let forms = [
            AnyStatusCode::from(code),
            any(code.as_u16()),
            code.as_str().parse().expect("three digits"),
        ];
        let distinct: HashSet<AnyStatusCode> = forms.into_iter().collect();
        assert_eq!(distinct.len(), 1, "{code:?}");
        for form in forms {
            assert_eq!(form.known(), Some(code));
            assert_eq!(form, code);
            assert_eq!(code, form);
        }
    }
}

#[test]
fn class_and_predicates_follow_the_first_digit() {
    for number in 100..=999 {
        let code = any(number);
        let class = StatusClass::from_u16(number);
        assert_eq!(code.class(), class, "{number}");
        let first_digit = number / 100;
        assert_eq!(code.is_informational(), first_digit == 1, "{number}");
        assert_eq!(code.is_success(), first_digit == 2, "{number}");
        assert_eq!(code.is_redirection(), first_digit == 3, "{number}");
        assert_eq!(code.is_client_error(), first_digit == 4, "{number}");
        assert_eq!(code.is_server_error(), first_digit == 5, "{number}");
        assert_eq!(code.is_error(), matches!(first_digit, 4 | 5), "{number}");
        if let Some(known) = code.known() {
            assert_eq!(code.class(), Some(known.class()));
            assert_eq!(code.is_error(), known.is_error());
        }
    }
}

#[test]
fn treated_as_applies_rfc_9110_section_15() {
    for number in 100..=999 {
        let code = any(number);
        let expected = match (code.known(), StatusClass::from_u16(number)) {
            (Some(known), _) => known.as_u16(),
            (None, Some(class)) => *class.range().start(),
            (None, None) => 500,
        };
        assert_eq!(code.treated_as().as_u16(), expected, "{number}");
    }
    let cases = [
        (199, StatusCode::Continue),
        (299, StatusCode::Ok),
        (306, StatusCode::MultipleChoices),
        (499, StatusCode::BadRequest),
        (520, StatusCode::InternalServerError),
        (600, StatusCode::InternalServerError),
        (999, StatusCode::InternalServerError),
        (429, StatusCode::TooManyRequests),
    ];
    for (number, expected) in cases {
        assert_eq!(any(number).treated_as(), expected, "{number}");
    }
}

#[test]
fn displays_registered_codes_with_their_phrase_and_others_as_digits() {
    for number in 100..=999 {
        let code = any(number);
        let expected = match code.known() {
            Some(known) => known.to_string(),
            None => number.to_string(),
        };
        assert_eq!(code.to_string(), expected, "{number}");
    }
    assert_eq!(any(404).to_string(), "404 Not Found");
    assert_eq!(any(499).to_string(), "499");
    assert_eq!(format!("{:>6}|", any(499)), "   499|");
    assert_eq!(format!("{:6}|", any(499)), "499   |");
    assert_eq!(format!("{:*^7}", any(520)), "**520**");
    assert_eq!(format!("{:.2}", any(520)), "52");
    assert_eq!(format!("{:>15}", any(404)), "  404 Not Found");
}

#[test]
fn parses_exactly_three_digits_from_100_to_999() {
    let mut parsed = 0;
    for len in 1..=4u32 {
        for n in 0..10u16.pow(len) {
            let s = format!("{n:0width$}", width = len as usize);
            let result = s.parse::<AnyStatusCode>();
            if len == 3 && n >= 100 {
                assert_eq!(result.map(AnyStatusCode::as_u16), Ok(n), "{s:?}");
                parsed += 1;
            } else {
                let error = result.expect_err(&s);
                assert_eq!(error.code(), (len == 3).then_some(n), "{s:?}");
            }
        }
    }
    assert_eq!(parsed, 900);
}

#[test]
fn parse_errors_say_what_was_wrong() {
    let cases = [
        ("", "cannot parse an HTTP status code from an empty string"),
        (
            " 499",
            "invalid HTTP status code: found ' ' at index 0, expected three ASCII digits",
        ),
        (
            "+499",
            "invalid HTTP status code: found '+' at index 0, expected three ASCII digits",
        ),
        (
            "4٩9",
            "invalid HTTP status code: found '٩' at index 1, expected three ASCII digits",
        ),
        (
            "0499",
            "invalid HTTP status code: found 4 digits, expected exactly three",
        ),
        (
            "49",
            "invalid HTTP status code: found 2 digits, expected exactly three",
        ),
        (
            "099",
            "99 is outside the range of HTTP status codes, 100 to 999",
        ),
        (
            "000",
            "0 is outside the range of HTTP status codes, 100 to 999",
        ),
    ];
    for (input, message) in cases {
        let error = input.parse::<AnyStatusCode>().expect_err(input);
        assert_eq!(error.to_string(), message, "{input:?}");
    }
}

#[test]
fn orders_and_compares_by_number() {
    let codes: Vec<AnyStatusCode> = (100..=999).map(any).collect();
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(any(499), 499);
    assert_eq!(499, any(499));
    assert_ne!(any(499), 498);
    assert_ne!(any(499), StatusCode::BadRequest);
    assert_ne!(StatusCode::BadRequest, any(499));
}

#[test]
fn is_usable_in_constants() {
    const CLOSED: AnyStatusCode = match AnyStatusCode::from_u16(499) {
        Ok(code) => code,
        Err(_) => panic!("499 is in range"),
    };
    const HANDLED_AS: StatusCode = CLOSED.treated_as();
    const KNOWN: Option<StatusCode> = CLOSED.known();
    assert_eq!(HANDLED_AS, StatusCode::BadRequest);
    assert_eq!(KNOWN, None);
}
