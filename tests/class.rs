//! Classes and the predicates built on them.

use statuscode::{StatusClass, StatusCode};

const CLASSES: [StatusClass; 5] = StatusClass::ALL;

#[test]
fn boundaries() {
    let cases = [
        (0, None),
        (99, None),
        (100, Some(StatusClass::Informational)),
        (199, Some(StatusClass::Informational)),
        (200, Some(StatusClass::Success)),
        (299, Some(StatusClass::Success)),
        (300, Some(StatusClass::Redirection)),
        (399, Some(StatusClass::Redirection)),
        (400, Some(StatusClass::ClientError)),
        (499, Some(StatusClass::ClientError)),
        (500, Some(StatusClass::ServerError)),
        (599, Some(StatusClass::ServerError)),
        (600, None),
        (999, None),
        (u16::MAX, None),
    ];
    for (number, class) in cases {
        assert_eq!(StatusClass::from_u16(number), class, "{number}");
    }
}

#[test]
fn each_range_is_exactly_the_numbers_of_its_class() {
    for number in 0..=u16::MAX {
        for class in CLASSES {
            assert_eq!(
                class.range().contains(&number),
                StatusClass::from_u16(number) == Some(class),
                "{number} {class:?}"
            );
        }
    }
    assert_eq!(StatusClass::Informational.range(), 100..=199);
    assert_eq!(StatusClass::ServerError.range(), 500..=599);
}

#[test]
fn code_class_agrees_with_the_number() {
    for &code in StatusCode::ALL {
        assert_eq!(Some(code.class()), StatusClass::from_u16(code.as_u16()));
    }
}

#[test]
fn exactly_one_class_predicate_holds_and_is_error_means_4xx_or_5xx() {
    for &code in StatusCode::ALL {
        let predicates = [
            (code.is_informational(), StatusClass::Informational),
            (code.is_success(), StatusClass::Success),
            (code.is_redirection(), StatusClass::Redirection),
            (code.is_client_error(), StatusClass::ClientError),
            (code.is_server_error(), StatusClass::ServerError),
        ];
        for (holds, class) in predicates {
            assert_eq!(holds, code.class() == class, "{code:?} {class:?}");
        }
        assert_eq!(
            code.is_error(),
            code.is_client_error() || code.is_server_error(),
            "{code:?}"
        );
    }
    assert!(StatusCode::NotModified.is_redirection());
    assert!(!StatusCode::NotModified.is_error());
    assert!(StatusCode::ImATeapot.is_client_error());
}

#[test]
fn display_names_the_class_in_lower_case() {
    let names: Vec<String> = CLASSES.iter().map(ToString::to_string).collect();
    assert_eq!(
        names,
        [
            "informational",
            "success",
            "redirection",
            "client error",
            "server error"
        ]
    );
    assert_eq!(
        format!("{:>14}|", StatusClass::ClientError),
        "  client error|"
    );
}

#[test]
fn discriminant_is_the_first_digit() {
    for class in CLASSES {
        assert_eq!(
            u16::from(class as u8) * 100,
            *class.range().start(),
            "{class:?}"
        );
    }
    assert_eq!(StatusClass::ClientError as u8, 4);
}
