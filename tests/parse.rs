//! `FromStr` for `StatusCode`: exactly three ASCII digits, registered.

use statuscode::StatusCode;

/// Every string of one to four ASCII digits.
fn digit_strings() -> impl Iterator<Item = String> {
    (1..=4u32).flat_map(|len| {
        (0..10u32.pow(len)).map(move |n| format!("{n:0width$}", width = len as usize))
    })
}

#[test]
fn every_string_of_up_to_four_digits() {
    let mut parsed = 0;
    let mut seen = 0;
    assert!("".parse::<StatusCode>().is_err());
    for s in digit_strings() {
        seen += 1;
        let result = s.parse::<StatusCode>();
        let number: u16 = s.parse().expect("four digits fit in a u16");
        if s.len() == 3 && StatusCode::from_u16(number).is_ok() {
            assert_eq!(result.map(StatusCode::as_u16), Ok(number), "{s:?}");
            parsed += 1;
        } else {
            let error = result.expect_err(&s);
            let expected_code = (s.len() == 3).then_some(number);
            assert_eq!(error.code(), expected_code, "{s:?}");
        }
    }
    assert_eq!(seen, 10 + 100 + 1_000 + 10_000);
    assert_eq!(parsed, StatusCode::ALL.len());
}

#[test]
fn every_string_of_three_ascii_characters() {
    let mut parsed = 0;
    let ascii = || 0..128u8;
    let strings = ascii().flat_map(|a| ascii().flat_map(move |b| ascii().map(move |c| [a, b, c])));
    for bytes in strings {
        let s = std::str::from_utf8(&bytes).expect("ASCII");
        let result = s.parse::<StatusCode>();
        if bytes.iter().all(u8::is_ascii_digit) {
            let number: u16 = s.parse().expect("three digits fit in a u16");
            assert_eq!(result.ok(), StatusCode::from_u16(number).ok(), "{s:?}");
            parsed += usize::from(StatusCode::from_u16(number).is_ok());
        } else {
            let error = result.expect_err(s);
            assert_eq!(error.code(), None, "{s:?}");
        }
    }
    assert_eq!(parsed, StatusCode::ALL.len());
}

#[test]
fn parses_what_as_str_writes() {
    for &code in StatusCode::ALL {
        assert_eq!(code.as_str().parse(), Ok(code));
    }
}

#[test]
fn rejects_everything_but_three_digits_with_a_message_that_says_why() {
    let cases = [
        ("", "cannot parse an HTTP status code from an empty string"),
        (
            " 404",
            "invalid HTTP status code: found ' ' at index 0, expected three ASCII digits",
        ),
        (
            "404 ",
            "invalid HTTP status code: found ' ' at index 3, expected three ASCII digits",
        ),
        (
            "+404",
            "invalid HTTP status code: found '+' at index 0, expected three ASCII digits",
        ),
        (
            "-404",
            "invalid HTTP status code: found '-' at index 0, expected three ASCII digits",
        ),
        (
            "4O4",
            "invalid HTTP status code: found 'O' at index 1, expected three ASCII digits",
        ),
        (
            "404 Not Found",
            "invalid HTTP status code: found ' ' at index 3, expected three ASCII digits",
        ),
        (
            "40\u{0664}",
            "invalid HTTP status code: found '\u{0664}' at index 2, expected three ASCII digits",
        ),
        (
            "\u{FF14}04",
            "invalid HTTP status code: found '\u{FF14}' at index 0, expected three ASCII digits",
        ),
        (
            "0404",
            "invalid HTTP status code: found 4 digits, expected exactly three",
        ),
        (
            "40",
            "invalid HTTP status code: found 2 digits, expected exactly three",
        ),
        (
            "00000000000000000000404",
            "invalid HTTP status code: found 23 digits, expected exactly three",
        ),
        (
            "499",
            "499 is not a registered HTTP status code (class: client error)",
        ),
        (
            "306",
            "306 is not a registered HTTP status code (class: redirection)",
        ),
        (
            "999",
            "999 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
        (
            "000",
            "0 is not a registered HTTP status code (valid codes run from 100 to 599)",
        ),
    ];
    for (input, message) in cases {
        let error = input.parse::<StatusCode>().expect_err(input);
        assert_eq!(error.to_string(), message, "{input:?}");
    }
}
