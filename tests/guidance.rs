//! The guidance of every code: complete, distinct, well formed, and right
//! about the facts the specifications state.

use std::collections::{HashMap, HashSet};

use statuscode::{Guidance, StatusCode};

fn texts(guidance: &Guidance) -> [(&'static str, &'static str); 4] {
    [
        ("summary", guidance.summary()),
        ("use_when", guidance.use_when()),
        ("when_received", guidance.when_received()),
        ("pitfalls", guidance.pitfalls()),
    ]
}

/// The texts that explain a code, where its relations must be explained.
fn prose(code: StatusCode) -> String {
    let guidance = code.guidance();
    texts(guidance).map(|(_, text)| text).join(" ")
}

#[test]
fn every_code_has_guidance_about_itself() {
    for &code in StatusCode::ALL {
        assert_eq!(code.guidance().code(), code);
    }
}

#[test]
fn every_text_is_plain_well_formed_prose() {
    for &code in StatusCode::ALL {
        for (part, text) in texts(code.guidance()) {
            let at = format!("{code:?}.{part}");
            assert!(
                text.len() >= 40,
                "{at} is too short to say anything: {text:?}"
            );
            assert!(
                text.ends_with('.'),
                "{at} does not end a sentence: {text:?}"
            );
            assert!(
                text.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()),
                "{at}: {text:?}"
            );
            assert!(
                text.chars().all(|c| c == ' ' || c.is_ascii_graphic()),
                "{at} is not plain ASCII on one line: {text:?}"
            );
            assert!(!text.contains("  "), "{at} has a double space");
            assert!(!text.contains('`'), "{at} has markup");
            // Citations are written as the crate writes them elsewhere:
            // "RFC 9110, Section 15.5.2".
            for (i, _) in text.match_indices("RFC ") {
                let rest = text[i + 4..].trim_start_matches(|c: char| c.is_ascii_digit());
                assert!(
                    !rest.starts_with(" section") && !rest.starts_with(" Section"),
                    "{at} cites a section without the comma: {text:?}"
                );
            }
        }
    }
}

#[test]
fn the_summary_is_one_sentence() {
    for &code in StatusCode::ALL {
        let summary = code.guidance().summary();
        let body = &summary[..summary.len() - 1];
        assert!(
            !body.contains(". ") && !body.contains("? ") && !body.contains("! "),
            "{code:?}: {summary:?}"
        );
    }
}

#[test]
fn no_two_codes_share_a_sentence() {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for &code in StatusCode::ALL {
        for (part, text) in texts(code.guidance()) {
            for sentence in text.split(". ") {
                let sentence = sentence.trim_end_matches('.');
                let at = format!("{code:?}.{part}");
                if let Some(first) = seen.insert(sentence, at.clone()) {
                    assert!(first == at, "{first} and {at} share {sentence:?}");
                }
            }
        }
    }
}

#[test]
fn header_names_are_canonical_field_names() {
    // RFC 9110, Section 5.1: a field name is a token.
    let tchar = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    for &code in StatusCode::ALL {
        let headers = code.guidance().headers();
        for name in headers {
            assert!(
                !name.is_empty() && name.chars().all(tchar),
                "{code:?}: {name:?}"
            );
            // Canonical form: every hyphen-separated word starts upper case.
            assert!(
                name.split('-')
                    .all(|word| word.starts_with(|c: char| c.is_ascii_uppercase())),
                "{code:?}: {name:?} is not in its canonical case"
            );
        }
        let distinct: HashSet<_> = headers.iter().collect();
        assert_eq!(
            distinct.len(),
            headers.len(),
            "{code:?} lists a field twice"
        );
    }
}

#[test]
fn related_codes_are_other_codes_and_the_text_says_how_they_differ() {
    for &code in StatusCode::ALL {
        let related = code.guidance().related();
        let distinct: HashSet<_> = related.iter().collect();
        assert_eq!(distinct.len(), related.len(), "{code:?} lists a code twice");
        let prose = prose(code);
        for other in related {
            assert_ne!(*other, code, "{code:?} is related to itself");
            assert!(
                prose.contains(other.as_str()),
                "{code:?} is related to {other:?} but never mentions {}",
                other.as_str()
            );
        }
    }
}

#[test]
fn header_obligations_of_the_specifications() {
    // RFC 9110, Sections 15.2.2, 15.3.2, 15.3.7, 15.4, 15.5.2, 15.5.6,
    // 15.5.8, 15.5.14, 15.5.17, 15.5.22, 15.6.4; RFC 6585, Section 4;
    // RFC 7725, Section 4.
    let cases: &[(u16, &[&str])] = &[
        (101, &["Upgrade"]),
        (201, &["Location"]),
        (206, &["Content-Range"]),
        (301, &["Location"]),
        (302, &["Location"]),
        (303, &["Location"]),
        (307, &["Location"]),
        (308, &["Location"]),
        (401, &["WWW-Authenticate"]),
        (405, &["Allow"]),
        (407, &["Proxy-Authenticate"]),
        (413, &["Retry-After"]),
        (416, &["Content-Range"]),
        (426, &["Upgrade"]),
        (429, &["Retry-After"]),
        (451, &["Link"]),
        (503, &["Retry-After"]),
    ];
    for &(number, fields) in cases {
        let code = StatusCode::from_u16(number).unwrap();
        for field in fields {
            assert!(
                code.guidance().headers().contains(field),
                "{number} without {field}"
            );
        }
    }
    assert!(prose(StatusCode::UnavailableForLegalReasons).contains("blocked-by"));
}

#[test]
fn the_distinctions_people_ask_about_are_explained_both_ways() {
    let pairs = [
        (401, 403),
        (403, 404),
        (400, 422),
        (404, 410),
        (409, 412),
        (429, 503),
        (502, 504),
        (301, 308),
        (302, 303),
        (302, 307),
        (303, 307),
    ];
    for (a, b) in pairs {
        let (a, b) = (
            StatusCode::from_u16(a).unwrap(),
            StatusCode::from_u16(b).unwrap(),
        );
        assert!(
            a.guidance().related().contains(&b),
            "{a:?} is not related to {b:?}"
        );
        assert!(
            b.guidance().related().contains(&a),
            "{b:?} is not related to {a:?}"
        );
    }
}

#[test]
fn redirects_say_what_happens_to_the_method() {
    for number in [301, 302, 303, 307, 308] {
        let code = StatusCode::from_u16(number).unwrap();
        let prose = prose(code);
        assert!(prose.contains("GET"), "{number} does not discuss GET");
        assert!(
            prose.contains("POST") || prose.contains("method"),
            "{number}"
        );
    }
    for number in [307, 308] {
        let prose = prose(StatusCode::from_u16(number).unwrap());
        assert!(
            prose.contains("body") || prose.contains("content"),
            "{number}"
        );
    }
}

#[test]
fn what_must_not_happen_is_said() {
    for &code in StatusCode::ALL {
        if !code.allows_content() {
            let prose = prose(code);
            assert!(
                prose.contains("content") || prose.contains("body"),
                "{code:?} never says it has no content"
            );
        }
    }
    assert!(prose(StatusCode::InternalServerError).contains("stack trace"));
}

#[test]
fn the_retired_codes_say_so_and_name_a_replacement() {
    let cases = [
        (StatusCode::Processing, "102"),
        (StatusCode::UseProxy, "305"),
        (StatusCode::ImATeapot, "418"),
        (StatusCode::NotExtended, "510"),
    ];
    for (code, number) in cases {
        let prose = prose(code).to_lowercase();
        assert!(
            ["deprecated", "obsolete", "historic", "reserved", "removed"]
                .iter()
                .any(|word| prose.contains(word)),
            "{number} does not say it is retired"
        );
        assert!(
            StatusCode::ALL
                .iter()
                .any(|other| *other != code && prose.contains(other.as_str())),
            "{number} names no code to use instead"
        );
    }
}

#[test]
fn display_shows_everything_within_80_columns() {
    for &code in StatusCode::ALL {
        let guidance = code.guidance();
        let text = guidance.to_string();
        assert!(text.starts_with(&format!("{code}\n")), "{text}");
        for line in text.lines() {
            assert!(
                line.len() <= 80,
                "{code:?}: {line:?} is {} columns",
                line.len()
            );
        }
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let flat = words(&text);
        for (_, part) in texts(guidance) {
            assert!(flat.contains(part), "{code:?}: Display lacks {part:?}");
        }
        for header in guidance.headers() {
            assert!(text.contains(header), "{code:?}: Display lacks {header}");
        }
        for related in guidance.related() {
            assert!(
                flat.contains(&related.to_string()),
                "{code:?}: Display lacks {related}"
            );
        }
        assert!(
            text.ends_with(&format!("Reference: {}", code.reference())),
            "{text}"
        );
        // The alternate form keeps each text on one line.
        let alternate = format!("{guidance:#}");
        for (_, part) in texts(guidance) {
            assert!(
                alternate.lines().any(|line| line.trim() == part),
                "{code:?}"
            );
        }
    }
}

#[test]
fn display_of_401_names_the_challenge_and_403() {
    let text = StatusCode::Unauthorized.guidance().to_string();
    let expected_lines = [
        "401 Unauthorized",
        "When to send it:",
        "When it arrives:",
        "Pitfalls:",
        "Header fields: WWW-Authenticate",
        "Reference: RFC 9110, Section 15.5.2",
    ];
    for line in expected_lines {
        assert!(
            text.lines().any(|l| l == line),
            "no line {line:?} in\n{text}"
        );
    }
    assert!(text.contains("403 Forbidden"), "{text}");
}

#[test]
fn reset_content_says_how_to_frame_its_empty_content() {
    // RFC 9112, Section 6.3 does not end a 205 at its header section, and
    // RFC 9110, Section 15.3.6 forbids it content: the framing has to say
    // that the content is empty.
    let guidance = StatusCode::ResetContent.guidance();
    for text in [guidance.use_when(), guidance.when_received()] {
        assert!(
            text.contains("Content-Length: 0") || text.contains("Content-Length of 0"),
            "{text}"
        );
        assert!(text.contains("chunked"), "{text}");
        assert!(text.contains("close"), "{text}");
    }
    assert!(!prose(StatusCode::ResetContent).contains("ends with its header section"));
}

#[test]
#[allow(deprecated)]
fn the_old_name_of_414_finds_it() {
    // RFC 2616, Section 10.4.15 called it "Request-URI Too Long".
    assert_eq!(StatusCode::RequestUriTooLong, StatusCode::UriTooLong);
    assert!(prose(StatusCode::UriTooLong).contains("Request-URI Too Long"));
}

#[test]
fn bad_gateway_and_gateway_timeout_split_as_rfc_9209_does() {
    // RFC 9110, Section 15.6.5 defines 504 by the lack of a timely
    // response; RFC 9209, Section 2.3 maps refused connections, DNS errors,
    // connections closed mid-response and TLS failures to 502, and only
    // timeouts to 504.
    let bad_gateway = StatusCode::BadGateway.guidance().use_when();
    for failure in ["connection was refused", "DNS lookup failed", "TLS"] {
        assert!(bad_gateway.contains(failure), "502 lacks {failure:?}");
    }
    let gateway_timeout = StatusCode::GatewayTimeout.guidance().use_when();
    for timeout in ["DNS lookup timed out", "connection attempt timed out"] {
        assert!(gateway_timeout.contains(timeout), "504 lacks {timeout:?}");
    }
    assert!(gateway_timeout.contains("refused connection"));
    for code in [StatusCode::BadGateway, StatusCode::GatewayTimeout] {
        assert!(
            code.guidance().headers().contains(&"Proxy-Status"),
            "{code:?}"
        );
        assert!(prose(code).contains("Proxy-Status"), "{code:?}");
        assert!(prose(code).contains("RFC 9209"), "{code:?}");
    }
}

#[test]
fn the_webdav_entries_say_what_rfc_4918_says() {
    // Section 11.4: 424 is about dependency, not order.
    let failed_dependency = prose(StatusCode::FailedDependency);
    assert!(!failed_dependency.contains("earlier step"));
    assert!(failed_dependency.contains("before or after"));
    // Section 9.1: a server may refuse a Depth: infinity PROPFIND with 403.
    let multi_status = prose(StatusCode::MultiStatus);
    assert!(!multi_status.contains("always answer"));
    assert!(multi_status.contains("propfind-finite-depth"));
}

#[test]
fn im_used_says_which_caches_may_reuse_it() {
    // RFC 3229, Section 10.4.1 lets a cache that understands the
    // manipulation store a 226 subject to expiration; no specification
    // makes it heuristically cacheable.
    assert!(!StatusCode::ImUsed.is_heuristically_cacheable());
    let prose = prose(StatusCode::ImUsed);
    assert!(prose.contains("RFC 3229, Section 10.4.1"));
    assert!(prose.contains("may store the 226"));
}

#[test]
fn the_obligations_implementers_trip_over_are_stated() {
    // Each code, the words its texts must contain, and the section that
    // sets the obligation.
    let cases: &[(StatusCode, &[&str])] = &[
        // RFC 9110, Section 10.1.1: a final status sent before the content
        // says whether the connection closes or the content is read.
        (
            StatusCode::Continue,
            &["close the connection", "keep reading"],
        ),
        // RFC 9110, Section 9.3.4: validators after PUT only for content
        // stored without transformation.
        (StatusCode::NoContent, &["PUT", "ETag", "no transformation"]),
        // RFC 9110, Section 13.1.5: a false If-Range means a full 200.
        (StatusCode::PartialContent, &["If-Range", "200"]),
        // RFC 9110, Section 13.2.1: a 404 or 403 wins over 412.
        (StatusCode::PreconditionFailed, &["404", "403", "ignored"]),
        // RFC 9110, Section 4.3.1: an origin includes the port.
        (StatusCode::MisdirectedRequest, &["scheme, host and port"]),
        // RFC 9112, Section 6.3: unrecoverable request framing gets 400 and
        // a closed connection.
        (
            StatusCode::BadRequest,
            &[
                "Content-Length",
                "Transfer-Encoding",
                "closing the connection",
            ],
        ),
        // RFC 9112, Section 9.6: close in stages, or the client may never
        // read the 413.
        (StatusCode::ContentTooLarge, &["in stages", "reset"]),
        // RFC 9110, Section 5.4: oversized fields get a 4xx, never dropped.
        (
            StatusCode::RequestHeaderFieldsTooLarge,
            &["truncating", "smuggling", "RFC 9110, Section 5.4"],
        ),
    ];
    for (code, words) in cases {
        let prose = prose(*code);
        for word in *words {
            assert!(prose.contains(word), "{code:?} does not say {word:?}");
        }
    }
}

#[test]
fn search_terms_are_few_distinct_lower_case_words() {
    for &code in StatusCode::ALL {
        let terms = code.guidance().terms();
        assert!(terms.len() <= 10, "{code:?} has {} terms", terms.len());
        // Only the obsolete codes may have fewer than three.
        if terms.len() < 3 {
            assert!(
                [305, 510].contains(&code.as_u16()),
                "{code:?} has only {terms:?}"
            );
        }
        for term in terms {
            assert!(!term.is_empty(), "{code:?} has an empty term");
            assert!(
                term.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || " -./'".contains(c)),
                "{code:?}: {term:?} is not lower-case plain words"
            );
            assert_eq!(term.trim(), *term, "{code:?}: {term:?}");
            assert!(!term.contains("  "), "{code:?}: {term:?}");
            assert!(
                !term.eq_ignore_ascii_case(code.reason_phrase()),
                "{code:?}: {term:?} repeats the reason phrase"
            );
        }
        let distinct: HashSet<_> = terms.iter().collect();
        assert_eq!(distinct.len(), terms.len(), "{code:?} lists a term twice");
    }
}
