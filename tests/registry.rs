//! The table against the IANA registry's shape and the RFCs' wording.

use statuscode::{StatusClass, StatusCode};

fn codes() -> impl Iterator<Item = u16> {
    StatusCode::ALL.iter().map(|code| code.as_u16())
}

#[test]
fn holds_the_62_codes_of_the_registry_with_the_documented_exceptions() {
    assert_eq!(StatusCode::ALL.len(), 62);
    let per_class = |class: StatusClass| {
        StatusCode::ALL
            .iter()
            .filter(|code| code.class() == class)
            .count()
    };
    assert_eq!(per_class(StatusClass::Informational), 4);
    assert_eq!(per_class(StatusClass::Success), 10);
    assert_eq!(per_class(StatusClass::Redirection), 8);
    assert_eq!(per_class(StatusClass::ClientError), 29);
    assert_eq!(per_class(StatusClass::ServerError), 11);

    // 104 is a temporary registration and 306 is unused: both left out.
    assert!(StatusCode::from_u16(104).is_err());
    assert!(StatusCode::from_u16(306).is_err());
    // 418 is kept although the registry lists it as unused.
    assert_eq!(StatusCode::from_u16(418), Ok(StatusCode::ImATeapot));
}

#[test]
fn all_is_strictly_ascending() {
    let numbers: Vec<u16> = codes().collect();
    assert!(
        numbers.windows(2).all(|pair| pair[0] < pair[1]),
        "{numbers:?}"
    );
    assert_eq!(numbers.first(), Some(&100));
    assert_eq!(numbers.last(), Some(&511));
}

#[test]
fn discriminant_is_the_code() {
    for &code in StatusCode::ALL {
        assert_eq!(code as u16, code.as_u16());
    }
    assert_eq!(StatusCode::NotFound as u16, 404);
}

#[test]
fn as_str_is_the_three_digits_of_the_code() {
    for &code in StatusCode::ALL {
        assert_eq!(code.as_str(), code.as_u16().to_string(), "{code:?}");
    }
}

#[test]
fn reason_phrases_fit_the_status_line_grammar() {
    // RFC 9112, Section 4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text ).
    // The registry's phrases use only single spaces between visible ASCII.
    for &code in StatusCode::ALL {
        let phrase = code.reason_phrase();
        assert!(!phrase.is_empty(), "{code:?}");
        assert_eq!(phrase, phrase.trim(), "{code:?}");
        assert!(!phrase.contains("  "), "{code:?}");
        assert!(
            phrase.bytes().all(|b| b == b' ' || b.is_ascii_graphic()),
            "{code:?}: {phrase:?}"
        );
    }
}

#[test]
fn reason_phrases_are_the_current_ones() {
    let expected = [
        (StatusCode::Ok, "OK"),
        (
            StatusCode::NonAuthoritativeInformation,
            "Non-Authoritative Information",
        ),
        (StatusCode::MultiStatus, "Multi-Status"),
        (StatusCode::ImUsed, "IM Used"),
        (StatusCode::Found, "Found"),
        (StatusCode::NotModified, "Not Modified"),
        (StatusCode::RequestTimeout, "Request Timeout"),
        (StatusCode::ContentTooLarge, "Content Too Large"),
        (StatusCode::UriTooLong, "URI Too Long"),
        (StatusCode::RangeNotSatisfiable, "Range Not Satisfiable"),
        (StatusCode::ImATeapot, "I'm a teapot"),
        (StatusCode::UnprocessableContent, "Unprocessable Content"),
        (StatusCode::TooEarly, "Too Early"),
        (
            StatusCode::UnavailableForLegalReasons,
            "Unavailable For Legal Reasons",
        ),
        (StatusCode::GatewayTimeout, "Gateway Timeout"),
        (
            StatusCode::HttpVersionNotSupported,
            "HTTP Version Not Supported",
        ),
        (StatusCode::NotExtended, "Not Extended"),
    ];
    for (code, phrase) in expected {
        assert_eq!(code.reason_phrase(), phrase, "{code:?}");
    }
}

#[test]
fn rfc_9110_references_name_the_section_of_the_right_class() {
    // RFC 9110 defines 1xx in Section 15.2, 2xx in 15.3 ... 5xx in 15.6.
    let mut rfc_9110 = 0;
    for &code in StatusCode::ALL {
        let reference = code.reference();
        if let Some(section) = reference.strip_prefix("RFC 9110, Section ") {
            rfc_9110 += 1;
            let class_digit = code.as_u16() / 100;
            let prefix = format!("15.{}.", class_digit + 1);
            let number = section
                .strip_prefix(&prefix)
                .unwrap_or_else(|| panic!("{code:?}: {reference} is not in Section {prefix}"));
            assert!(number.parse::<u8>().is_ok(), "{code:?}: {reference}");
        } else {
            // Elsewhere the registry names the RFC alone.
            let rest = reference
                .strip_prefix("RFC ")
                .unwrap_or_else(|| panic!("{code:?}: {reference}"));
            let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
            assert_eq!(number.len(), 4, "{code:?}: {reference}");
            assert!(!reference.contains("Section"), "{code:?}: {reference}");
        }
    }
    // RFC 9110 defines 45 of the 62 codes (the 306 it also defines is left out).
    assert_eq!(rfc_9110, 45);
}

#[test]
fn references_are_written_as_the_registry_writes_them() {
    let expected = [
        (StatusCode::Continue, "RFC 9110, Section 15.2.1"),
        (StatusCode::Processing, "RFC 2518"),
        (StatusCode::EarlyHints, "RFC 8297"),
        (StatusCode::ImUsed, "RFC 3229"),
        (StatusCode::PermanentRedirect, "RFC 9110, Section 15.4.9"),
        (StatusCode::Conflict, "RFC 9110, Section 15.5.10"),
        (StatusCode::ImATeapot, "RFC 9110, Section 15.5.19"),
        (StatusCode::TooManyRequests, "RFC 6585"),
        (StatusCode::UnavailableForLegalReasons, "RFC 7725"),
        (
            StatusCode::HttpVersionNotSupported,
            "RFC 9110, Section 15.6.6",
        ),
        (StatusCode::VariantAlsoNegotiates, "RFC 2295"),
        (
            StatusCode::NotExtended,
            "RFC 2774; Status change of HTTP experiments to Historic",
        ),
    ];
    for (code, reference) in expected {
        assert_eq!(code.reference(), reference, "{code:?}");
    }
}

#[test]
#[allow(deprecated)]
fn old_names_point_to_the_current_variants() {
    assert_eq!(StatusCode::PayloadTooLarge, StatusCode::ContentTooLarge);
    assert_eq!(
        StatusCode::RequestEntityTooLarge,
        StatusCode::ContentTooLarge
    );
    assert_eq!(StatusCode::RequestUriTooLong, StatusCode::UriTooLong);
    assert_eq!(
        StatusCode::UnprocessableEntity,
        StatusCode::UnprocessableContent
    );
    assert_eq!(
        StatusCode::RequestedRangeNotSatisfiable,
        StatusCode::RangeNotSatisfiable
    );
    // They work as patterns too, so old `match` arms keep compiling.
    let arm = |code| match code {
        StatusCode::PayloadTooLarge => "too large",
        _ => "other",
    };
    assert_eq!(arm(StatusCode::ContentTooLarge), "too large");
    assert_eq!(arm(StatusCode::UriTooLong), "other");
}

#[test]
fn names_are_the_variants_in_upper_snake_case() {
    for &code in StatusCode::ALL {
        let variant = format!("{code:?}");
        let mut expected = String::new();
        for (i, letter) in variant.chars().enumerate() {
            if i > 0 && letter.is_ascii_uppercase() {
                expected.push('_');
            }
            expected.push(letter.to_ascii_uppercase());
        }
        assert_eq!(code.name(), expected, "{code:?}");
    }
}

#[test]
fn names_are_spelled_as_python_spells_them() {
    // Python 3.13's `http.HTTPStatus` member names, for the codes whose
    // upper snake case is not obvious from the phrase.
    let cases = [
        (StatusCode::Ok, "OK"),
        (
            StatusCode::NonAuthoritativeInformation,
            "NON_AUTHORITATIVE_INFORMATION",
        ),
        (StatusCode::MultiStatus, "MULTI_STATUS"),
        (StatusCode::ImUsed, "IM_USED"),
        (StatusCode::UriTooLong, "URI_TOO_LONG"),
        (StatusCode::ContentTooLarge, "CONTENT_TOO_LARGE"),
        (StatusCode::RangeNotSatisfiable, "RANGE_NOT_SATISFIABLE"),
        (StatusCode::ImATeapot, "IM_A_TEAPOT"),
        (StatusCode::UnprocessableContent, "UNPROCESSABLE_CONTENT"),
        (
            StatusCode::HttpVersionNotSupported,
            "HTTP_VERSION_NOT_SUPPORTED",
        ),
    ];
    for (code, name) in cases {
        assert_eq!(code.name(), name);
    }
    let mut names: Vec<&str> = StatusCode::ALL.iter().map(|code| code.name()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), StatusCode::ALL.len(), "two codes share a name");
}
