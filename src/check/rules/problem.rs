//! M. Problem details (RFC 9457), and stack traces in error content.

use crate::check::content::json::JsonStr;
use crate::check::content::problem::{
    MemberState, NotProblemJson, ProblemMember, ProblemMembers, XmlStatus, scan_problem_json,
    xml_problem_status,
};
use crate::check::content::stack_trace::find_stack_trace;
use crate::check::facts::{Facts, Label};
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::uri::{UriRef, uri_reference};

use super::framing::present;

/// The member's value as written, for a message.
fn member<'a>(
    members: &ProblemMembers<'a>,
    which: ProblemMember,
) -> Option<(&'static str, &'a [u8])> {
    match members.get(which) {
        MemberState::Valid(value) | MemberState::WrongType(value) => {
            Some((which.name(), value.raw))
        }
        MemberState::Absent | MemberState::Repeated { .. } => None,
    }
}

/// `problem-status-match`: a `status` that differs from the response's.
pub(super) fn status_match<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let code = facts.code()?;
    match facts.label() {
        Label::ProblemJson => {
            let members = facts.problem_json()?.ok()?;
            let status = members.status()?;
            if status == i64::from(code) {
                return None;
            }
            let (name, raw) = member(&members, ProblemMember::Status)?;
            Some(Evidence::Member(name, raw))
        }
        Label::ProblemXml => match xml_problem_status(facts.content_bytes()?) {
            XmlStatus::Integer { value, at } if value != u64::from(code) => {
                Some(Evidence::Content {
                    at,
                    what: "a status element with another code",
                })
            }
            _ => None,
        },
        Label::Json | Label::Xml | Label::Multipart | Label::Other => None,
    }
}

/// `problem-status-number`: a `status` that is not a number (in XML, not
/// an integer).
pub(super) fn status_number<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    match facts.label() {
        Label::ProblemJson => {
            let members = facts.problem_json()?.ok()?;
            match members.get(ProblemMember::Status) {
                MemberState::WrongType(value) => Some(Evidence::Member("status", value.raw)),
                _ => None,
            }
        }
        Label::ProblemXml => match xml_problem_status(facts.content_bytes()?) {
            XmlStatus::NotInteger { at } => Some(Evidence::Content {
                at,
                what: "a status element that is no integer",
            }),
            _ => None,
        },
        Label::Json | Label::Xml | Label::Multipart | Label::Other => None,
    }
}

/// A JSON string parsed as a URI reference; `None` when it holds escapes
/// that do not fit the buffer.
fn with_uri<T>(text: JsonStr<'_>, check: impl FnOnce(Result<UriRef<'_>, ()>) -> T) -> Option<T> {
    if let Some(plain) = text.as_plain() {
        return Some(check(uri_reference(plain.as_bytes()).map_err(drop)));
    }
    let mut buffer = [0; 1024];
    let decoded = text.decode_into(&mut buffer)?;
    Some(check(uri_reference(decoded.as_bytes()).map_err(drop)))
}

/// `problem-member-types`: content labelled `application/problem+json`
/// that is not a JSON object, or a standard member of the wrong type, or
/// a `type` or `instance` that is no URI reference. A wrong `status` is
/// `problem-status-number`'s.
pub(super) fn member_types<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let members = match facts.problem_json()? {
        Ok(members) => members,
        Err(NotProblemJson::NotObject(_)) => {
            return Some(Evidence::Content {
                at: 0,
                what: "a JSON value that is not an object",
            });
        }
        Err(NotProblemJson::Invalid { at, .. }) => {
            return Some(Evidence::Content {
                at: *at,
                what: "content that is not valid JSON",
            });
        }
        Err(NotProblemJson::Undecided { .. }) => return None,
    };
    for which in [
        ProblemMember::Type,
        ProblemMember::Title,
        ProblemMember::Detail,
        ProblemMember::Instance,
    ] {
        match members.get(which) {
            MemberState::WrongType(value) => {
                return Some(Evidence::Member(which.name(), value.raw));
            }
            MemberState::Valid(value)
                if matches!(which, ProblemMember::Type | ProblemMember::Instance) =>
            {
                let text = value.as_str()?;
                if with_uri(text, |uri| uri.is_err()) == Some(true) {
                    return Some(Evidence::Member(which.name(), value.raw));
                }
            }
            _ => {}
        }
    }
    None
}

/// `problem-about-blank-title`: a problem of type `about:blank` (or none)
/// whose `title` is not the code's reason phrase, to a request that asked
/// for no other language. RFC 9457, Section 4.2.1 lets the title be
/// translated for `Accept-Language`; a phrase the code had before RFC 9110
/// renamed it is accepted too.
pub(super) fn about_blank_title<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.request.is_known() || facts.request.has(Name::AcceptLanguage) {
        return None;
    }
    let code = facts.known()?;
    let members = facts.problem_json()?.ok()?;
    match members.get(ProblemMember::Type) {
        MemberState::Absent => {}
        MemberState::Valid(value) if value.as_str()?.eq_str("about:blank") => {}
        _ => return None,
    }
    let MemberState::Valid(title) = members.get(ProblemMember::Title) else {
        return None;
    };
    let text = title.as_str()?;
    let known = text.eq_str(code.reason_phrase())
        || code
            .former_phrases()
            .iter()
            .any(|&phrase| text.eq_str(phrase));
    (!known).then_some(Evidence::Member("title", title.raw))
}

/// `problem-type-absolute`: a relative `type` that does not start with a
/// slash (RFC 9457, Section 3.1.1 recommends absolute URIs, and a full
/// path when a relative one is used).
pub(super) fn type_absolute<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let members = facts.problem_json()?.ok()?;
    let MemberState::Valid(value) = members.get(ProblemMember::Type) else {
        return None;
    };
    let relative = with_uri(value.as_str()?, |uri| {
        uri.is_ok_and(|uri| {
            uri.scheme().is_none() && !uri.path().starts_with(b"/") && uri.authority().is_none()
        })
    })?;
    relative.then_some(Evidence::Member("type", value.raw))
}

/// `5xx-stack-trace`: a stack trace in the content of a 5xx, or of problem
/// details with any status.
pub(super) fn stack_trace<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let problem = matches!(facts.label(), Label::ProblemJson | Label::ProblemXml);
    if facts.class() != Some(5) && !problem {
        return None;
    }
    let trace = find_stack_trace(facts.content_bytes()?)?;
    Some(Evidence::StackTrace {
        at: trace.at,
        language: trace.language,
    })
}

/// `problem-media-type`: an error whose `application/json` content looks
/// like problem details (see `ProblemMembers::looks_like_problem`). Only
/// errors: a successful response's own JSON may well have a title and a
/// status.
pub(super) fn media_type<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    // The row's scope keeps it to 4xx and 5xx, and its label to JSON.
    let members = scan_problem_json(facts.content_bytes()?).ok()?;
    if !members.looks_like_problem() {
        return None;
    }
    present(facts, Name::ContentType)
}

/// `problem-on-success`: problem details with a status below 400, which the
/// table's scope selects.
pub(super) fn on_success<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !matches!(facts.label(), Label::ProblemJson | Label::ProblemXml) {
        return None;
    }
    present(facts, Name::ContentType)
}
