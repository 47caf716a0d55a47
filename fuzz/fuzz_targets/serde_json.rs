//! Deserializing a `StatusCode` from any JSON, as a value and as a map key:
//! it must not panic, and must accept exactly what a `u16` accepts when that
//! number is a registered code.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use statuscode::StatusCode;

fuzz_target!(|data: &[u8]| {
    let code = serde_json::from_slice::<StatusCode>(data);
    let number = serde_json::from_slice::<u16>(data);
    let expected = number
        .ok()
        .and_then(|number| StatusCode::from_u16(number).ok());
    match code {
        Ok(code) => {
            assert_eq!(Some(code), expected);
            let json = serde_json::to_string(&code).expect("a code serializes");
            assert_eq!(json, code.as_str());
            assert_eq!(serde_json::from_str::<StatusCode>(&json).ok(), Some(code));
        }
        Err(error) => {
            assert_eq!(expected, None);
            assert!(!error.to_string().is_empty());
        }
    }

    let codes = serde_json::from_slice::<BTreeMap<StatusCode, bool>>(data);
    let numbers = serde_json::from_slice::<BTreeMap<u16, bool>>(data);
    let expected = numbers.ok().and_then(|numbers| {
        numbers
            .into_iter()
            .map(|(number, value)| Some((StatusCode::from_u16(number).ok()?, value)))
            .collect::<Option<BTreeMap<_, _>>>()
    });
    assert_eq!(codes.ok(), expected);
});
