//! `str::parse::<StatusCode>` on any string: it must not panic, must accept
//! exactly three ASCII digits that name a registered code, and must say why
//! it rejects everything else.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode::StatusCode;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let three_digits = input.len() == 3 && input.bytes().all(|byte| byte.is_ascii_digit());
    let number = three_digits.then(|| input.parse::<u16>().expect("three digits fit in a u16"));
    let expected = number.and_then(|number| StatusCode::from_u16(number).ok());
    match input.parse::<StatusCode>() {
        Ok(code) => {
            assert_eq!(Some(code), expected, "{input:?}");
            assert_eq!(code.as_str(), input);
        }
        Err(error) => {
            assert_eq!(expected, None, "{input:?} was rejected");
            // The number is kept exactly when the input was three digits.
            assert_eq!(error.code(), number, "{input:?}");
            let message = error.to_string();
            assert!(!message.is_empty());
            if let Some(number) = number {
                assert!(message.starts_with(&number.to_string()), "{message}");
            }
        }
    }
});
