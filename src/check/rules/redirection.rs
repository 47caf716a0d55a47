//! G. 3xx responses, and `Location` elsewhere.

use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;

use super::framing::present;

/// `304-only-conditional-get-head`: a 304 to a method other than GET or
/// HEAD (RFC 9110, Section 13.1.2 asks for 412 there), or to a request with
/// neither `If-None-Match` nor `If-Modified-Since`, the only fields that can
/// make a condition evaluate to "not modified".
pub(super) fn conditional_only<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let method = facts.exchange.method?;
    if method != "GET" && method != "HEAD" {
        return Some(Evidence::Method(method));
    }
    let request = &facts.request;
    (request.is_known() && !request.has(Name::IfNoneMatch) && !request.has(Name::IfModifiedSince))
        .then_some(Evidence::None)
}

/// `304-minimal-metadata`: representation metadata that only describes the
/// content a 304 does not have, and `Last-Modified` next to an `ETag`.
/// `Content-Length` is left alone, as RFC 9110, Section 8.6 lets a 304 give
/// the length a 200 would have.
pub(super) fn minimal_metadata<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let metadata = [
        Name::ContentType,
        Name::ContentEncoding,
        Name::ContentLanguage,
    ]
    .into_iter()
    .find_map(|name| present(facts, name));
    // Last-Modified can guide a cache's update where there is no ETag to do
    // it; next to one it only repeats what the client has.
    metadata.or_else(|| {
        if facts.response.has(Name::Etag) {
            present(facts, Name::LastModified)
        } else {
            None
        }
    })
}

/// `302-after-post`: a 301 or 302 answering POST.
pub(super) fn after_post<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts.method_is("POST").then_some(Evidence::Method("POST"))
}

/// `location-elsewhere`: `Location` on a status that gives it no meaning:
/// anything but 201 and the 3xx class (RFC 9110, Section 10.2.2).
pub(super) fn location_elsewhere<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let code = facts.code()?;
    // A 1xx may carry the fields of the final response ahead of it (RFC
    // 8297, Section 2).
    if code == 201 || matches!(code / 100, 1 | 3) {
        return None;
    }
    present(facts, Name::Location)
}
