//! J. The caching rules tied to a status, and advice on caching errors.

use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::cache_control::cache_control;
use crate::check::syntax::etag::{entity_tag, if_none_match};

/// `cache-304-etag-in-list`: a 304 whose `ETag` matches none of the
/// entity tags of the request's `If-None-Match` by the weak comparison
/// that field uses (RFC 9110, Section 13.1.2). A `*` matches any.
pub(super) fn etag_in_list<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let value = facts.response.first(Name::Etag)?;
    let tag = entity_tag(value).ok()?;
    if !facts.request.has(Name::IfNoneMatch) {
        return None;
    }
    let matched = facts
        .request
        .any_parsed(Name::IfNoneMatch, if_none_match, |tags| {
            tags.matches_weak(&tag)
        })?;
    (!matched).then_some(Evidence::Field(Name::Etag.as_str(), value))
}

/// `must-understand-no-store`: `must-understand` without `no-store`, across
/// every `Cache-Control` line.
pub(super) fn must_understand<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    // Most responses have no must-understand at all: look for the word
    // before parsing anything.
    let named = facts.response.any(Name::CacheControl, |value| {
        value
            .windows(MUST_UNDERSTAND.len())
            .any(|window| window.eq_ignore_ascii_case(MUST_UNDERSTAND))
    });
    if !named {
        return None;
    }
    let has = |directive: &str| {
        facts.response.any(Name::CacheControl, |value| {
            cache_control(value).is_ok_and(|directives| directives.get(directive).is_some())
        })
    };
    if !has("must-understand") || has("no-store") {
        return None;
    }
    let value = facts.response.first(Name::CacheControl)?;
    Some(Evidence::Field(Name::CacheControl.as_str(), value))
}

/// The directive `must-understand-no-store` is about.
const MUST_UNDERSTAND: &[u8] = b"must-understand";

/// A day, in seconds: the freshness from which an error outlives most
/// faults.
const DAY: u64 = 24 * 60 * 60;

/// How many digits [`DAY`] has: a number with fewer is less.
const DAY_DIGITS: usize = DAY.ilog10() as usize + 1;

/// The length of the longest run of ASCII digits in `value`.
fn digits_run(value: &[u8]) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for &byte in value {
        run = if byte.is_ascii_digit() { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// `error-long-freshness`: a 4xx or 5xx that `max-age` or `s-maxage` lets a
/// cache reuse for a day or more, unless `no-store` or `no-cache` keeps it
/// from being reused unchecked. A 410 is left alone, since it says the
/// condition is permanent.
pub(super) fn long_freshness<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.code() == Some(410) {
        return None;
    }
    // A freshness of a day or more takes at least five digits; most
    // error responses have none, and need no parse at all.
    if !facts
        .response
        .any(Name::CacheControl, |value| digits_run(value) >= DAY_DIGITS)
    {
        return None;
    }
    let mut longest = 0;
    let mut checked = false;
    facts.response.find_map(Name::CacheControl, |value| {
        // One pass over the directives.
        if let Ok(directives) = cache_control(value) {
            for directive in directives.iter() {
                let name = directive.name();
                if name.eq_ignore_ascii_case("no-store") || name.eq_ignore_ascii_case("no-cache") {
                    checked = true;
                } else if name.eq_ignore_ascii_case("max-age")
                    || name.eq_ignore_ascii_case("s-maxage")
                {
                    longest = longest.max(directive.delta_seconds().unwrap_or(0));
                }
            }
        }
        None::<()>
    });
    if checked || longest < DAY {
        return None;
    }
    let value = facts.response.first(Name::CacheControl)?;
    Some(Evidence::Field(Name::CacheControl.as_str(), value))
}

#[cfg(test)]
mod tests {
    use super::{DAY, DAY_DIGITS, digits_run};

    #[test]
    fn a_day_takes_the_digits_the_shortcut_looks_for() {
        let digits = u32::try_from(DAY_DIGITS).unwrap();
        assert!(10_u64.pow(digits - 1) <= DAY && DAY < 10_u64.pow(digits));
        assert_eq!(digits_run(b"no-store"), 0);
        assert_eq!(digits_run(b"max-age=8640, s-maxage=60"), 4);
        assert_eq!(digits_run(b"max-age=86400"), 5);
        assert_eq!(digits_run(b"max-age=\"0086400\""), 7);
    }
}
