//! Conversions between `StatusCode` and `u16`, over every `u16`.

use std::mem::size_of;

use statuscode::{StatusClass, StatusCode};

fn is_registered(number: u16) -> bool {
    StatusCode::ALL
        .binary_search_by_key(&number, |code| code.as_u16())
        .is_ok()
}

#[test]
fn from_u16_accepts_exactly_the_table_over_every_u16() {
    let mut accepted = 0;
    for number in 0..=u16::MAX {
        match StatusCode::from_u16(number) {
            Ok(code) => {
                accepted += 1;
                assert!(is_registered(number), "{number} accepted");
                assert_eq!(code.as_u16(), number);
            }
            Err(error) => {
                assert!(!is_registered(number), "{number} rejected");
                assert_eq!(error.code(), number);
                assert_eq!(error.class(), StatusClass::from_u16(number));
            }
        }
        assert_eq!(StatusCode::try_from(number), StatusCode::from_u16(number));
    }
    assert_eq!(accepted, StatusCode::ALL.len());
}

#[test]
fn round_trips_through_u16() {
    for &code in StatusCode::ALL {
        let number = u16::from(code);
        assert_eq!(StatusCode::from_u16(number), Ok(code));
        assert_eq!(code, number);
        assert_eq!(number, code);
        assert_ne!(code, number + 1);
        assert_ne!(number + 1, code);
    }
}

#[test]
fn order_follows_the_number() {
    for a in StatusCode::ALL {
        for b in StatusCode::ALL {
            assert_eq!(a.cmp(b), a.as_u16().cmp(&b.as_u16()), "{a:?} {b:?}");
        }
    }
    assert!(StatusCode::Ok < StatusCode::NotFound);
}

#[test]
fn is_two_bytes_and_so_is_its_option() {
    assert_eq!(size_of::<StatusCode>(), 2);
    assert_eq!(size_of::<Option<StatusCode>>(), 2);
}

#[test]
fn is_usable_in_constants() {
    const CODE: StatusCode = match StatusCode::from_u16(503) {
        Ok(code) => code,
        Err(_) => StatusCode::InternalServerError,
    };
    const PHRASE: &str = CODE.reason_phrase();
    const CLASS: StatusClass = CODE.class();
    assert_eq!(CODE, StatusCode::ServiceUnavailable);
    assert_eq!(PHRASE, "Service Unavailable");
    assert_eq!(CLASS, StatusClass::ServerError);
}
