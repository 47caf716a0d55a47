//! F. 2xx responses: the codes that suit each method, 206 and ranges, and
//! `Content-Range` wherever it appears.

use crate::check::Vantage;
use crate::check::content::multipart::{self, Multipart};
use crate::check::content::trace::{echoed_credentials, reflects_request};
use crate::check::facts::{Facts, Label};
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::Text;
use crate::check::syntax::content_range::{RangeResp, content_range};
use crate::check::syntax::etag::entity_tag;
use crate::check::syntax::range::{RangeSpec, range};
use crate::check::syntax::uri::uri_reference;

use super::framing::present;

/// `put-success-codes`: a PUT answered with a 2xx that says neither
/// "created" (201), "replaced" (200, 204) nor "accepted" (202). A 203 is a
/// 200 that a proxy transformed, so it passes too.
pub(super) fn put<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let fitting = matches!(facts.code()?, 200..=204);
    (facts.method_is("PUT") && !fitting).then_some(Evidence::Method("PUT"))
}

/// `delete-success-codes`: a DELETE answered with a 2xx other than 200,
/// 202 and 204 (and 203, a transformed 200). A 207 reports per-resource
/// results, not success (RFC 4918, Section 9.6.1).
pub(super) fn delete<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let fitting = matches!(facts.code()?, 200 | 202..=204 | 207);
    (facts.method_is("DELETE") && !fitting).then_some(Evidence::Method("DELETE"))
}

/// The fields that describe what a resource or server can do, any of which
/// answers OPTIONS (RFC 9110, Section 9.3.7, and the fields of the
/// extensions: PATCH, POST formats, ranges, WebDAV, CORS, alternative
/// services, upgrades).
const CAPABILITIES: [Name; 9] = [
    Name::Allow,
    Name::AcceptPatch,
    Name::AcceptPost,
    Name::AcceptRanges,
    Name::Dav,
    Name::AccessControlAllowMethods,
    Name::AccessControlAllowHeaders,
    Name::AltSvc,
    Name::Upgrade,
];

/// `options-2xx-allow`: a successful OPTIONS response without any field
/// that names a capability.
pub(super) fn options<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    // `OPTIONS *` asks about the server, not a resource, and serves as a
    // ping (RFC 9110, Section 9.3.7).
    if facts.exchange.target == Some("*") {
        return None;
    }
    let described = CAPABILITIES.iter().any(|&name| facts.response.has(name));
    (facts.method_is("OPTIONS") && !described).then_some(Evidence::None)
}

/// `trace-200-reflect`: a 200 to TRACE whose content is not a request
/// message.
pub(super) fn trace_reflect<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.method_is("TRACE") {
        return None;
    }
    let content = facts.content_bytes()?;
    (!reflects_request(content)).then_some(Evidence::None)
}

/// `trace-no-sensitive`: a TRACE response whose reflected request carries
/// `Authorization`, `Proxy-Authorization` or `Cookie`.
pub(super) fn trace_sensitive<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.method_is("TRACE") {
        return None;
    }
    let content = facts.content_bytes()?;
    let name = echoed_credentials(content)?;
    Some(Evidence::Content { at: 0, what: name })
}

/// `206-range-request`: a 206 to a request without `Range`.
pub(super) fn range_request<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    (facts.request.is_known() && !facts.request.has(Name::Range)).then_some(Evidence::None)
}

/// `206-get-only`: a 206 to a method other than GET.
pub(super) fn get_only<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let method = facts.exchange.method?;
    (method != "GET").then_some(Evidence::Method(method))
}

/// Whether the response's `Content-Type` is `multipart/byteranges`.
fn is_multipart(facts: &Facts<'_>) -> bool {
    facts.label() == Label::Multipart
}

/// `206-single-content-range`: a 206 that is not multipart, without
/// `Content-Range`.
pub(super) fn single_part_range<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    (!is_multipart(facts) && !facts.response.has(Name::ContentRange)).then_some(Evidence::None)
}

/// `206-multipart-no-header-content-range`.
pub(super) fn multipart_header_range<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !is_multipart(facts) {
        return None;
    }
    present(facts, Name::ContentRange)
}

/// `206-multipart-media-type`: `multipart/byteranges` without `boundary`.
pub(super) fn multipart_boundary<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let media = facts.media_type()?;
    if !media.is_multipart_byteranges() || media.boundary().is_some() {
        return None;
    }
    present(facts, Name::ContentType)
}

/// A quoted or bare parameter value as the bytes it stands for, when they
/// are one slice of the value: a quoted string with no backslash in it.
fn unquoted(text: Text<'_>) -> Option<&[u8]> {
    let raw = text.raw();
    if !text.is_quoted() {
        return Some(raw);
    }
    let inner = raw.get(1..raw.len().checked_sub(1)?)?;
    (!inner.contains(&b'\\')).then_some(inner)
}

/// The body of a `multipart/byteranges` 206, when the content is known and
/// its structure is sound. A broken structure is not what these rules are
/// about, and cannot be read part by part.
fn multipart_body<'a>(facts: &Facts<'a>) -> Option<Multipart<'a>> {
    facts.multipart(|facts| {
        let media = facts.media_type()?;
        if !media.is_multipart_byteranges() {
            return None;
        }
        let boundary = unquoted(media.boundary()?)?;
        multipart::parse(facts.content_bytes()?, boundary).ok()
    })
}

/// `206-part-content-range`: a part without `Content-Range`.
pub(super) fn part_range<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let body = multipart_body(facts)?;
    let part = body
        .parts()
        .find(|part| part.field("Content-Range").is_none())?;
    Some(Evidence::Content {
        at: part.at,
        what: "a part without Content-Range",
    })
}

/// `206-part-content-type`: a part without `Content-Type`.
pub(super) fn part_type<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let body = multipart_body(facts)?;
    let part = body
        .parts()
        .find(|part| part.field("Content-Type").is_none())?;
    Some(Evidence::Content {
        at: part.at,
        what: "a part without Content-Type",
    })
}

/// `206-no-multipart-for-single-range`: a multipart answer to a `Range`
/// that names one range.
pub(super) fn single_range<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !is_multipart(facts) || facts.request.lines(Name::Range) != 1 {
        return None;
    }
    let value = facts.request.first(Name::Range)?;
    let ranges = range(value).ok()?;
    (ranges.specs().len() == 1).then_some(Evidence::RequestField(Name::Range.as_str(), value))
}

/// `206-part-order`: the parts of a multipart 206 in another order than the
/// ranges the request asked for. A server may leave out unsatisfiable
/// ranges and coalesce others, which changes the parts' number and their
/// starts; so the order is judged only when every range asked for is a
/// `first-last` range in bytes and each one has a part of its own that
/// starts at its first position: then the parts must follow the ranges.
pub(super) fn part_order<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let body = multipart_body(facts)?;
    let value = facts.request.first(Name::Range)?;
    let ranges = range(value).ok()?;
    if facts.request.lines(Name::Range) != 1
        || !ranges.unit().eq_ignore_ascii_case("bytes")
        || ranges.specs().len() != body.count
    {
        return None;
    }
    let mut firsts = [0_u64; 16];
    let mut count = 0;
    for spec in ranges.specs().iter() {
        let RangeSpec::Int { first, .. } = spec else {
            return None;
        };
        *firsts.get_mut(count)? = first;
        count += 1;
    }
    let asked = firsts.get(..count)?;
    let mut in_order = true;
    for (part, &expected) in body.parts().zip(asked) {
        let started = part_start(part.field("Content-Range")?)?;
        if !asked.contains(&started) {
            return None;
        }
        in_order &= started == expected;
    }
    (!in_order).then_some(Evidence::RequestField(Name::Range.as_str(), value))
}

/// Where a part's bytes range starts.
fn part_start(value: &[u8]) -> Option<u64> {
    match content_range(value).ok()?.resp() {
        RangeResp::Satisfied { first_pos, .. } => Some(first_pos),
        RangeResp::Unsatisfied { .. } => None,
    }
}

/// The representation fields a 206 to an `If-Range` request does not need
/// to repeat: the client has them from the response it already holds (RFC
/// 9110, Section 15.3.7).
const REPRESENTATION: [Name; 4] = [
    Name::LastModified,
    Name::ContentLanguage,
    Name::ContentEncoding,
    Name::ContentType,
];

/// `206-if-range-minimal`: a 206 to a request with `If-Range` that repeats
/// representation fields beyond those the section requires. A multipart
/// response needs its own `Content-Type`.
pub(super) fn if_range_minimal<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.request.has(Name::IfRange) {
        return None;
    }
    let multipart = is_multipart(facts);
    REPRESENTATION
        .into_iter()
        .filter(|&name| !(multipart && name == Name::ContentType))
        .find_map(|name| present(facts, name))
}

/// The range of a single-part 206 in bytes, from its `Content-Range`.
fn single_byte_range(facts: &Facts<'_>) -> Option<(u64, u64)> {
    if is_multipart(facts) || facts.response.lines(Name::ContentRange) != 1 {
        return None;
    }
    let range = content_range(facts.response.first(Name::ContentRange)?).ok()?;
    match range.resp() {
        RangeResp::Satisfied {
            first_pos: first,
            last_pos: last,
            ..
        } if range.is_valid() && range.unit().eq_ignore_ascii_case("bytes") => Some((first, last)),
        _ => None,
    }
}

/// `206-length-consistent`: a single-part 206 whose content is not as long
/// as its bytes range. Other range units are opaque (RFC 9110, Section
/// 14.1).
pub(super) fn length_consistent<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.method_is("HEAD") {
        return None;
    }
    let (first, last) = single_byte_range(facts)?;
    let declared = last.checked_sub(first)?.checked_add(1)?;
    let actual = facts.content_len()?;
    (declared != actual).then_some(Evidence::Lengths {
        field: "Content-Range",
        declared,
        actual,
    })
}

/// `206-range-resp-form`: a 206 with the `*/length` form.
pub(super) fn range_resp_form<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts.response.find_map(Name::ContentRange, |value| {
        let range = content_range(value).ok()?;
        matches!(range.resp(), RangeResp::Unsatisfied { .. })
            .then_some(Evidence::Field(Name::ContentRange.as_str(), value))
    })
}

/// `content-range-valid`: a range that ends before it starts, or that the
/// complete length does not contain.
pub(super) fn content_range_valid<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts.response.find_map(Name::ContentRange, |value| {
        let range = content_range(value).ok()?;
        (!range.is_valid()).then_some(Evidence::Field(Name::ContentRange.as_str(), value))
    })
}

/// `content-range-only-206-416`: `Content-Range` with another status.
pub(super) fn content_range_elsewhere<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if matches!(facts.code(), Some(206 | 416) | None) {
        return None;
    }
    present(facts, Name::ContentRange)
}

/// `201-safe-method`: a 201 to a method that is safe (RFC 9110, Section
/// 9.2.1) and so creates nothing.
pub(super) fn safe_method<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let method = facts.exchange.method?;
    matches!(method, "GET" | "HEAD" | "OPTIONS" | "TRACE").then_some(Evidence::Method(method))
}

/// `200-empty`: a 200 with empty content, to a method whose answer can have
/// content (not HEAD, and not CONNECT, whose 200 opens a tunnel), when the
/// request asked for a minimal response (`Prefer: return=minimal`, RFC
/// 7240), or when, on the wire, no framing says the content is empty.
/// RFC 9110, Section 15.3.1 expects content in a 200 unless the framing
/// says there is none.
pub(super) fn empty<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.has_content() != Some(false) {
        return None;
    }
    let method = facts.exchange.method?;
    if method == "HEAD" || method == "CONNECT" {
        return None;
    }
    let minimal = facts.request.any(Name::Prefer, |value| {
        value.split(|&byte| byte == b',').any(|preference| {
            let preference = preference
                .split(|&byte| byte == b';')
                .next()
                .unwrap_or_default();
            let mut sides = preference
                .split(|&byte| byte == b'=')
                .map(<[u8]>::trim_ascii);
            sides
                .next()
                .is_some_and(|name| name.eq_ignore_ascii_case(b"return"))
                && sides
                    .next()
                    .is_some_and(|value| value.eq_ignore_ascii_case(b"minimal"))
        })
    });
    let unframed = facts.exchange.vantage == Vantage::Wire
        && !facts.response.has(Name::ContentLength)
        && !facts.response.has(Name::TransferEncoding);
    (minimal || unframed).then_some(Evidence::None)
}

/// `206-weak-validator`: a 206 with neither a strong `ETag` nor
/// `Last-Modified`.
pub(super) fn weak_validator<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.response.has(Name::LastModified) {
        return None;
    }
    let strong = facts
        .response
        .first(Name::Etag)
        .and_then(|value| entity_tag(value).ok())
        .is_some_and(|tag| !tag.is_weak());
    if strong {
        return None;
    }
    Some(present(facts, Name::Etag).unwrap_or(Evidence::None))
}

/// `201-location-fragment`: a 201's `Location` with a fragment.
pub(super) fn location_fragment<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let value = facts.response.first(Name::Location)?;
    let uri = uri_reference(value).ok()?;
    uri.has_fragment()
        .then_some(Evidence::Field(Name::Location.as_str(), value))
}
