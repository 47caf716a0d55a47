//! The conformance checker, rule by rule: for every rule an exchange that
//! breaks it and a twin that does not, every permission of the catalogue
//! as an exchange that must draw no finding at all, and the messages.

use std::collections::BTreeSet;

mod cases;

use statuscode::check::{Level, Rule, Version};

use self::cases::{CASES, DATE, Ex, PERMISSIONS, TEXT};

#[test]
fn every_rule_has_a_case_and_every_case_a_rule() {
    let ids: BTreeSet<&str> = Rule::ALL.iter().map(|rule| rule.id()).collect();
    let covered: BTreeSet<&str> = CASES.iter().map(|case| case.rule).collect();
    let missing: Vec<&&str> = ids.difference(&covered).collect();
    let unknown: Vec<&&str> = covered.difference(&ids).collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
    assert!(unknown.is_empty(), "cases of no rule: {unknown:?}");
}

#[test]
fn each_case_breaks_its_rule_and_its_twin_keeps_it() {
    let mut failures = Vec::new();
    for case in CASES {
        if !case.breaks.ids().contains(&case.rule) {
            failures.push(format!(
                "{}: not reported on {:?}; found:{}",
                case.rule,
                case.breaks,
                case.breaks.report()
            ));
        }
        if case.keeps.ids().contains(&case.rule) {
            failures.push(format!(
                "{}: reported on its twin {:?}:{}",
                case.rule,
                case.keeps,
                case.keeps.report()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_permission_draws_a_finding() {
    let mut failures = Vec::new();
    for permission in PERMISSIONS {
        let found = permission.exchange.report();
        if !found.is_empty() {
            failures.push(format!(
                "{}: {:?}{found}",
                permission.id, permission.exchange
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_429_or_503_without_retry_after_is_at_most_advice() {
    for status in ["429", "503"] {
        let exchange = Ex::new(status, &[DATE, TEXT]).get().body(b"later");
        let levels: Vec<Level> = exchange
            .exchange()
            .findings()
            .map(|finding| finding.level())
            .collect();
        assert_eq!(levels, [Level::Advice], "{status}:{}", exchange.report());
    }
}

#[test]
fn inside_an_application_the_fields_of_the_http_library_are_not_judged() {
    let wire = Ex::new("204", &[("Content-Length", "0")]);
    assert_eq!(wire.ids(), ["204-no-content-length", "date-2xx-3xx-4xx"]);
    assert!(
        wire.application().ids().is_empty(),
        "{}",
        wire.application().report()
    );
    // What the application itself got wrong is still reported.
    let body = Ex::new("204", &[]).body(b"{}").application();
    assert_eq!(body.ids(), ["204-no-content"]);
}

#[test]
fn inside_an_application_the_framing_of_the_request_is_the_http_library_s() {
    const HOST: (&str, &str) = ("Host", "example.com");
    // The library reads the request's Host and framing before the
    // application sees it; a request made in process often has no Host.
    for (id, request) in [
        ("host-400", &[][..]),
        (
            "te-not-chunked-400",
            &[HOST, ("Transfer-Encoding", "gzip")][..],
        ),
        (
            "bad-content-length-400",
            &[HOST, ("Content-Length", "5, 6")][..],
        ),
    ] {
        let wire = Ex::new("200", &[DATE])
            .request(request)
            .request_version(Version::Http11);
        assert_eq!(wire.ids(), [id], "{}", wire.report());
        let application = wire.application();
        assert!(application.ids().is_empty(), "{}", application.report());
    }
}

#[test]
fn rules_that_need_the_request_are_skipped_without_it() {
    let response = Ex::new("416", &[DATE, ("Content-Range", "bytes */10")]);
    assert!(!response.ids().contains(&"416-range-request"));
    assert!(response.request(&[]).ids().contains(&"416-range-request"));
    let no_method = Ex::new("404", &[DATE]).empty();
    assert!(no_method.ids().is_empty(), "{}", no_method.report());
}

#[test]
fn every_rule_is_described_and_found_by_its_id() {
    for &rule in Rule::ALL {
        assert_eq!(rule.id().parse::<Rule>(), Ok(rule));
        assert_eq!(rule.to_string(), rule.id());
        let summary = rule.summary();
        assert!(
            summary.ends_with('.') && summary.contains(';'),
            "{rule}: {summary:?}"
        );
        assert!(
            summary.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "{rule}"
        );
        assert!(!summary.contains("  "), "{rule}: {summary:?}");
        let reference = rule.reference();
        assert!(
            reference.starts_with("RFC ") && reference.contains(", Section"),
            "{rule}: {reference}"
        );
        assert!(!rule.id().starts_with("ADV-"), "{rule}");
    }
    let ids: BTreeSet<&str> = Rule::ALL.iter().map(|rule| rule.id()).collect();
    assert_eq!(ids.len(), Rule::ALL.len(), "two rules share an id");
}

#[test]
fn an_unknown_id_is_an_error_that_names_it() {
    let error = "ADV-429-retry-after".parse::<Rule>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "\"ADV-429-retry-after\" is not the id of a rule"
    );
    let long = "x".repeat(100);
    let error = long.parse::<Rule>().unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("{:?} is not the id of a rule", "x".repeat(64))
    );
}

#[test]
fn levels_follow_the_words_of_the_specifications() {
    let level = |id: &str| id.parse::<Rule>().map(Rule::level);
    assert_eq!(level("401-www-authenticate"), Ok(Level::Must));
    assert_eq!(level("301-location"), Ok(Level::Should));
    assert_eq!(level("303-location"), Ok(Level::Must));
    assert_eq!(level("429-retry-after"), Ok(Level::Advice));
    assert_eq!(level("511-no-challenge"), Ok(Level::Should));
    assert_eq!(level("content-range-only-206-416"), Ok(Level::Advice));
}

#[test]
fn messages_name_the_value_at_fault_and_the_fix() {
    let exchange = Ex::new("503", &[("Retry-After", "5 minutes")]);
    let finding = exchange.exchange().findings().next().unwrap();
    assert_eq!(
        finding.to_string(),
        "retry-after-syntax (must, RFC 9110, Section 10.2.3): Retry-After is neither an HTTP \
         date nor a whole number of seconds; send one of them, such as Retry-After: 120. Found \
         Retry-After: 5 minutes, which stops matching its grammar at byte 1, where it needs a digit."
    );
    let exchange = Ex::new("200", &[DATE, TEXT, ("Content-Length", "10")]).body(b"hello");
    let finding = exchange.exchange().findings().next().unwrap();
    assert!(
        finding
            .message()
            .to_string()
            .ends_with(" Content-Length says 10 bytes; the content has 5."),
        "{finding}"
    );
    assert_eq!(finding.field(), Some("Content-Length"));

    let exchange = Ex::new("200", &[DATE]).reason(b"O\x01K");
    let finding = exchange.exchange().findings().next().unwrap();
    assert!(
        finding
            .to_string()
            .ends_with("Found the reason phrase O\\u{1}K, with a control character at byte 1."),
        "{finding}"
    );
    assert_eq!(finding.offset(), Some(1));
}

#[test]
fn the_registry_and_the_checker_agree_on_every_field_rule() {
    use statuscode::{Requirement, StatusCode};
    // Every rule read from the registry has the level and section of its
    // row; every field the registry forbids on a code has a rule.
    for &code in StatusCode::ALL {
        for field in code.guidance().header_fields() {
            let rules: Vec<Rule> = Rule::ALL
                .iter()
                .copied()
                .filter(|rule| {
                    rule.reference() == field.reference() && rule.id().starts_with(code.as_str())
                })
                .collect();
            if matches!(
                field.requirement(),
                Requirement::MustNot | Requirement::ShouldNot
            ) {
                assert!(
                    !rules.is_empty(),
                    "{code}: {} {} has no rule",
                    field.requirement(),
                    field.name()
                );
            }
        }
    }
}
