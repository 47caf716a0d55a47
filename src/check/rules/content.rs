//! B. Content: the responses that must not have it, and those that should.

use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::rule::Rule;

/// `1xx-no-content`, `204-no-content`, `205-no-content`, `304-no-content`:
/// content on a code whose row of the registry says it allows none (or of
/// the 1xx class, for an unregistered code).
pub(super) fn forbidden<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let code = facts.status()?;
    let allowed = match code.known() {
        Some(known) => known.allows_content(),
        None => code.as_u16() / 100 != 1,
    };
    if allowed {
        return None;
    }
    size(facts)
}

/// `head-no-content`: content in the answer to HEAD.
pub(super) fn head<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.method_is("HEAD") {
        return None;
    }
    size(facts)
}

/// The content's size, when there is some.
fn size<'a>(facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let length = facts.content_len()?;
    (length > 0).then_some(Evidence::Size(length))
}

/// The rules that ask for an explanation or a list in the content:
/// `4xx-explanation`, `5xx-explanation`, `300-content`, `406-content`,
/// `409-content`, `428-explain`, `429-explain`, `451-explain`,
/// `505-content`, and the advice `3xx-hypertext` and `202-monitor`.
///
/// Every one of them is about a response that can carry content, so the
/// method must be known and not HEAD (whose answer never has content), and
/// the content must be known to be empty.
pub(super) fn expected<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.exchange.method.is_none() || facts.method_is("HEAD") || facts.is_tunnel() {
        return None;
    }
    (facts.has_content() == Some(false)).then_some(Evidence::None)
}
