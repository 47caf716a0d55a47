//! `Display` for `StatusCode`.

use statuscode::StatusCode;

#[test]
fn writes_code_space_phrase() {
    for &code in StatusCode::ALL {
        assert_eq!(
            code.to_string(),
            format!("{} {}", code.as_str(), code.reason_phrase())
        );
    }
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
    assert_eq!(StatusCode::ImATeapot.to_string(), "418 I'm a teapot");
}

#[test]
fn honours_width_fill_alignment_and_precision() {
    let code = StatusCode::NotFound;
    assert_eq!(format!("{code:>15}"), "  404 Not Found");
    assert_eq!(format!("{code:<15}|"), "404 Not Found  |");
    assert_eq!(format!("{code:15}|"), "404 Not Found  |");
    assert_eq!(format!("{code:^17}"), "  404 Not Found  ");
    assert_eq!(format!("{code:*^16}"), "*404 Not Found**");
    assert_eq!(format!("{code:>width$}", width = 14), " 404 Not Found");
    // A width below the length changes nothing; precision truncates.
    assert_eq!(format!("{code:5}"), "404 Not Found");
    assert_eq!(format!("{code:.3}"), "404");
}
