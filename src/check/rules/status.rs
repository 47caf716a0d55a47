//! A. The status line: the code's range and form, the reason phrase, and
//! the codes that are reserved or deprecated.

use crate::check::exchange::Status;
use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::rule::Rule;

/// `status-code-range`: a code above 599, or three digits below 100.
pub(super) fn code_range<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    match facts.exchange.status {
        Status::Code(code) => (code.as_u16() > 599).then_some(Evidence::None),
        Status::Raw(text) => is_three_digits(text).then_some(Evidence::Status(text)),
    }
}

/// `status-code-3digit`: status text that is not three digits.
pub(super) fn three_digits<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    match facts.exchange.status {
        Status::Code(_) => None,
        Status::Raw(text) => (!is_three_digits(text)).then_some(Evidence::Status(text)),
    }
}

fn is_three_digits(text: &str) -> bool {
    text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// `reason-phrase-syntax`: `reason-phrase = 1*( HTAB / SP / VCHAR /
/// obs-text )` (RFC 9112, Section 4), so a control character other than
/// HTAB is out.
pub(super) fn reason_phrase<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let phrase = facts.exchange.reason?;
    let at = phrase
        .iter()
        .position(|&byte| (byte < 0x20 && byte != b'\t') || byte == 0x7F)?;
    Some(Evidence::Reason(phrase, at))
}

/// `305-deprecated`, `306-reserved`, `418-reserved`, `402-reserved`: the rule
/// is about its code alone, which the table's scope selects.
pub(super) fn reserved<'a>(rule: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts
        .code()
        .is_some_and(|code| rule.is_about(code))
        .then_some(Evidence::None)
}

/// `unregistered-status`: a code of a class that nobody registered. Codes
/// outside the classes are `status-code-range`'s.
pub(super) fn unregistered<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let code = facts.status()?;
    (code.class().is_some() && code.known().is_none()).then_some(Evidence::None)
}
