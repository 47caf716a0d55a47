//! I. RFC 6585 (428, 429, 431, 511), RFC 7725 (451) and RFC 8470 (425,
//! `Early-Data`).

use crate::check::content::link::contains_link;
use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::link::link as links;

use super::framing::present;

/// `428-429-431-511-not-stored`: a response with one of those codes that a
/// cache served from storage: its `Age` (RFC 9111, Section 5.1) is above
/// zero. An `Age` of 0 is left alone, since some intermediaries send it on
/// every response they pass along.
pub(super) fn not_stored<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let value = facts.response.first(Name::Age)?;
    let digits = value.trim_ascii();
    let aged = !digits.is_empty()
        && digits.iter().all(u8::is_ascii_digit)
        && digits.iter().any(|&digit| digit != b'0');
    aged.then_some(Evidence::Field(Name::Age.as_str(), value))
}

/// `511-login-link`: a 511 whose content links nowhere. Empty content
/// counts only when the method is known not to be HEAD.
pub(super) fn login_link<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.exchange.method.is_none() || facts.method_is("HEAD") {
        return None;
    }
    let content = facts.content_bytes()?;
    (!contains_link(content)).then_some(Evidence::None)
}

/// `451-link-blocked-by`: a 451 without a `Link` whose relation is
/// `blocked-by`. A `Link` that does not parse is `link-syntax`'s.
pub(super) fn blocked_by<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let found = facts.response.any_parsed(Name::Link, links, |links| {
        links.iter().any(|link| link.has_rel("blocked-by"))
    })?;
    if found {
        return None;
    }
    Some(present(facts, Name::Link).unwrap_or(Evidence::None))
}

/// `early-data-not-in-response`: `Early-Data` in a response.
pub(super) fn early_data<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    present(facts, Name::EarlyData)
}
