//! The `strum` feature: strum's own traits, derived by strum.
#![cfg(feature = "strum")]

use statuscode::StatusCode;
use strum::{EnumCount, IntoEnumIterator, VariantArray};

#[test]
fn iteration_count_and_array_agree_with_all() {
    let iterated: Vec<StatusCode> = StatusCode::iter().collect();
    assert_eq!(iterated, StatusCode::ALL);
    assert_eq!(StatusCode::COUNT, StatusCode::ALL.len());
    assert_eq!(StatusCode::VARIANTS, StatusCode::ALL);
}

#[test]
fn static_str_is_the_variant_name() {
    let name: &'static str = StatusCode::NotFound.into();
    assert_eq!(name, "NotFound");
    assert_eq!(StatusCode::ImATeapot.as_ref(), "ImATeapot");
    for &code in StatusCode::ALL {
        assert_eq!(<&str>::from(code), format!("{code:?}"));
    }
}
