//! `str::parse::<AnyStatusCode>` on any string: it must not panic, must
//! accept exactly three ASCII digits from 100 to 999, must agree with
//! `StatusCode` on the registered ones, and must keep the number when it
//! rejects three digits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode::{AnyStatusCode, StatusCode};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let three_digits = input.len() == 3 && input.bytes().all(|byte| byte.is_ascii_digit());
    let number = three_digits.then(|| input.parse::<u16>().expect("three digits fit in a u16"));
    let in_range = number.filter(|number| (100..=999).contains(number));
    match input.parse::<AnyStatusCode>() {
        Ok(code) => {
            assert_eq!(Some(code.as_u16()), in_range, "{input:?}");
            // Registered numbers are always the registered code.
            assert_eq!(code.known(), input.parse::<StatusCode>().ok(), "{input:?}");
            assert_eq!(code.known().is_some(), code.reason_phrase().is_some());
            // Display starts with the digits and parses back to the same code.
            let shown = code.to_string();
            assert!(shown.starts_with(input), "{shown}");
            assert_eq!(shown[..3].parse::<AnyStatusCode>().ok(), Some(code));
            assert_eq!(AnyStatusCode::from_u16(code.as_u16()).ok(), Some(code));
        }
        Err(error) => {
            assert_eq!(in_range, None, "{input:?} was rejected");
            assert_eq!(error.code(), number, "{input:?}");
            assert!(!error.to_string().is_empty());
        }
    }
});
