//! The fields a code's row of the registry asks for or forbids, and L. the
//! syntax of the fields the rules read.

use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::SyntaxError;
use crate::check::syntax::content_length::content_length;
use crate::check::syntax::content_range::content_range;
use crate::check::syntax::link::link as links;
use crate::check::syntax::retry_after::retry_after;
use crate::check::syntax::tokens::{allow, connection, upgrade};
use crate::check::syntax::uri::uri_reference;

use super::framing::present;

/// A field the code's row of the registry asks for, missing: `Upgrade` on a
/// 101 or 426, `Allow` on a 405, `Location` on a redirect, `Retry-After`
/// on a 429 or 503, `Link` on a 103. Where the row limits the requirement
/// to some responses, the condition is decided here: a 201's `Location`
/// after POST, a 206's `Content-Range` for a single part.
pub(super) fn required<'a>(rule: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let name = Name::find(rule.field()?)?;
    if facts.response.has(name) {
        return None;
    }
    let applies = match rule {
        Rule::PostLocation201 => facts.method_is("POST"),
        _ => true,
    };
    applies.then_some(Evidence::None)
}

/// A field the code's row of the registry forbids, present.
pub(super) fn forbidden<'a>(rule: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    present(facts, Name::find(rule.field()?)?)
}

/// `401-www-authenticate`, `407-proxy-authenticate`: the challenge field is
/// missing, or holds no challenge at all. A value that does not parse is
/// `challenge-syntax`'s.
pub(super) fn challenge<'a>(rule: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let name = Name::find(rule.field()?)?;
    let Some(value) = facts.response.first(name) else {
        return Some(Evidence::None);
    };
    let challenged = facts.response.any_parsed(
        name,
        |value| facts.challenges(name, value),
        |list| !list.is_empty(),
    )?;
    (!challenged).then_some(Evidence::Field(name.as_str(), value))
}

/// The first line of the field whose value `parse` rejects, as evidence.
fn first_error<'a>(
    facts: &Facts<'a>,
    name: Name,
    parse: impl Fn(&'a [u8]) -> Result<(), SyntaxError>,
) -> Option<Evidence<'a>> {
    facts.response.find_map(name, |value| {
        parse(value).err().map(|error| Evidence::Syntax {
            field: name.as_str(),
            value,
            at: error.at,
            expected: error.expected,
        })
    })
}

/// `retry-after-syntax`.
pub(super) fn retry_after_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::RetryAfter, |value| {
        retry_after(value).map(drop)
    })
}

/// `content-range-syntax`.
pub(super) fn content_range_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::ContentRange, |value| {
        content_range(value).map(drop)
    })
}

/// `allow-syntax`: a bad method token, or an empty list element, which a
/// sender must not generate (RFC 9110, Section 5.6.1.1).
pub(super) fn allow_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::Allow, |value| {
        let methods = allow(value)?;
        match methods.first_empty_element() {
            Some(at) => Err(SyntaxError::new(at, "a method, not an empty list element")),
            None => Ok(()),
        }
    })
}

/// `location-syntax`.
pub(super) fn location_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::Location, |value| {
        uri_reference(value).map(drop)
    })
}

/// `location-single`: `Location` on more than one line.
pub(super) fn location_single<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.response.lines(Name::Location) < 2 {
        return None;
    }
    present(facts, Name::Location)
}

/// `upgrade-syntax`.
pub(super) fn upgrade_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::Upgrade, |value| {
        let protocols = upgrade(value)?;
        match protocols.first_empty_element() {
            Some(at) => Err(SyntaxError::new(
                at,
                "a protocol, not an empty list element",
            )),
            None => Ok(()),
        }
    })
}

/// `link-syntax`.
pub(super) fn link_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::Link, |value| links(value).map(drop))
}

/// `link-rel-present`: a link value without `rel`, or with more than one.
pub(super) fn link_rel<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts.response.find_map(Name::Link, |value| {
        let links = links(value).ok()?;
        links
            .iter()
            .any(|link| link.rel_count() != 1)
            .then_some(Evidence::Field(Name::Link.as_str(), value))
    })
}

/// `content-length-syntax`: a value that is not one decimal number, or the
/// field on several lines (their combined value is a list, which the
/// grammar does not allow).
pub(super) fn content_length_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.response.lines(Name::ContentLength) > 1 {
        return present(facts, Name::ContentLength);
    }
    // Any number of digits is a valid length (RFC 9110, Section 8.6), even
    // one too large for this checker to add up.
    first_error(facts, Name::ContentLength, |value| {
        let digits = value.trim_ascii();
        if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
            return Ok(());
        }
        content_length(value).map(drop)
    })
}

/// `connection-syntax`.
pub(super) fn connection_syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    first_error(facts, Name::Connection, |value| {
        let options = connection(value)?;
        match options.first_empty_element() {
            Some(at) => Err(SyntaxError::new(
                at,
                "a connection option, not an empty list element",
            )),
            None => Ok(()),
        }
    })
}
