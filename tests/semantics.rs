//! The semantic predicates against the lists in the specifications.

use statuscode::{RetryCondition, StatusCode};

fn codes_where(predicate: fn(StatusCode) -> bool) -> Vec<u16> {
    StatusCode::ALL
        .iter()
        .filter(|code| predicate(**code))
        .map(|code| code.as_u16())
        .collect()
}

#[test]
fn heuristically_cacheable_codes_are_those_of_rfc_9110_and_rfc_7725() {
    // RFC 9110, Section 15.1, then 451 from RFC 7725, Section 3.
    assert_eq!(
        codes_where(StatusCode::is_heuristically_cacheable),
        [
            200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
        ]
    );
}

#[test]
fn content_is_ruled_out_for_1xx_204_205_and_304() {
    // RFC 9110, Sections 15.2, 15.3.5, 15.3.6 and 15.4.5.
    let without: Vec<u16> = codes_where(|code| !code.allows_content());
    assert_eq!(without, [100, 101, 102, 103, 204, 205, 304]);
    assert!(
        StatusCode::ALL
            .iter()
            .filter(|code| code.is_informational())
            .all(|code| !code.allows_content())
    );
}

#[test]
fn only_1xx_204_and_304_end_at_their_header_section() {
    // RFC 9112, Section 6.3. 205 has no content either, but its empty
    // content is framed like any other response's.
    assert_eq!(
        codes_where(StatusCode::ends_at_header_section),
        [100, 101, 102, 103, 204, 304]
    );
    assert!(!StatusCode::ResetContent.allows_content());
    assert!(!StatusCode::ResetContent.ends_at_header_section());
    for &code in StatusCode::ALL {
        if code.ends_at_header_section() {
            assert!(!code.allows_content(), "{code:?}");
        }
        if code.allows_content() {
            assert!(!code.ends_at_header_section(), "{code:?}");
        }
    }
    let without_content: Vec<u16> = codes_where(|code| !code.allows_content());
    let without_framing = codes_where(StatusCode::ends_at_header_section);
    let difference: Vec<u16> = without_content
        .into_iter()
        .filter(|number| !without_framing.contains(number))
        .collect();
    assert_eq!(difference, [205]);
}

#[test]
fn retryable_codes_follow_the_documented_policy() {
    // Only the codes whose request may go out again as it is: 421 and 425
    // have conditions of their own.
    assert_eq!(
        codes_where(StatusCode::is_retryable),
        [408, 429, 502, 503, 504]
    );
    // Nothing that reports a success or a redirect is a retry case.
    assert!(
        StatusCode::ALL
            .iter()
            .filter(|code| code.retry_condition().is_some())
            .all(|code| code.is_error())
    );
}

#[test]
fn every_retry_condition_is_that_of_its_specification() {
    let conditions: Vec<(u16, RetryCondition)> = StatusCode::ALL
        .iter()
        .filter_map(|code| Some((code.as_u16(), code.retry_condition()?)))
        .collect();
    assert_eq!(
        conditions,
        [
            (408, RetryCondition::Unchanged),
            // RFC 9110, Section 15.5.20.
            (421, RetryCondition::OnAnotherConnection),
            // RFC 8470, Section 5.2.
            (425, RetryCondition::AfterHandshake),
            (429, RetryCondition::Unchanged),
            (502, RetryCondition::Unchanged),
            (503, RetryCondition::Unchanged),
            (504, RetryCondition::Unchanged),
        ]
    );
    for &code in StatusCode::ALL {
        assert_eq!(
            code.is_retryable(),
            code.retry_condition() == Some(RetryCondition::Unchanged),
            "{code:?}"
        );
    }
}

#[test]
fn retry_conditions_cite_their_sources_and_read_as_phrases() {
    let cases = [
        (
            RetryCondition::Unchanged,
            "unchanged, after a delay",
            "RFC 9110, Section 10.2.3",
        ),
        (
            RetryCondition::OnAnotherConnection,
            "only over a different connection",
            "RFC 9110, Section 15.5.20",
        ),
        (
            RetryCondition::AfterHandshake,
            "only after the TLS handshake has completed, not in early data",
            "RFC 8470, Section 5.2",
        ),
    ];
    for (condition, phrase, reference) in cases {
        assert_eq!(condition.to_string(), phrase);
        assert_eq!(condition.reference(), reference);
    }
    assert_eq!(
        format!("{:>34}|", RetryCondition::OnAnotherConnection),
        "  only over a different connection|"
    );
}

#[test]
fn the_guidance_of_a_code_with_a_retry_condition_says_so() {
    for &code in StatusCode::ALL {
        let Some(condition) = code.retry_condition() else {
            continue;
        };
        let guidance = code.guidance();
        let text = format!("{} {}", guidance.when_received(), guidance.pitfalls());
        assert!(
            text.contains("retry") || text.contains("repeat") || text.contains("again"),
            "{code:?} has a retry condition but its guidance does not say a client may retry"
        );
        let condition_words: &[&str] = match condition {
            RetryCondition::OnAnotherConnection => &["different connection"],
            RetryCondition::AfterHandshake => &["handshake", "early data"],
            _ => &[],
        };
        for words in condition_words {
            assert!(
                guidance.when_received().contains(words),
                "{code:?} does not say the retry needs {words:?}"
            );
        }
    }
}
