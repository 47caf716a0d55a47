//! C. The framing fields, `Content-Length` and `Transfer-Encoding`, and
//! `Content-Type`.

use crate::check::Version;
use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::content_length::content_length;
use crate::check::syntax::tokens::transfer_encoding;

/// `1xx-no-content-length`, `1xx-no-transfer-encoding`: the field in an
/// interim response.
pub(super) fn interim_field<'a>(rule: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let name = if rule == Rule::ContentLength1xx {
        Name::ContentLength
    } else {
        Name::TransferEncoding
    };
    present(facts, name)
}

/// `204-no-content-length`, `204-no-transfer-encoding`: a field that the
/// code's row of the registry forbids.
pub(super) fn forbidden_field<'a>(rule: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    present(facts, Name::find(rule.field()?)?)
}

/// The field, with its value, when the response carries it.
pub(super) fn present<'a>(facts: &Facts<'a>, name: Name) -> Option<Evidence<'a>> {
    let value = facts.response.first(name)?;
    Some(Evidence::Field(name.as_str(), value))
}

/// `connect-2xx-no-framing`: framing fields in the 2xx that opens a tunnel.
pub(super) fn connect<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.is_tunnel() {
        return None;
    }
    present(facts, Name::TransferEncoding).or_else(|| present(facts, Name::ContentLength))
}

/// `cl-with-te`: both framing fields, which only HTTP/1.x has.
pub(super) fn both<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.is_multiplexed() || !facts.response.has(Name::TransferEncoding) {
        return None;
    }
    present(facts, Name::ContentLength)
}

/// `content-length-accurate`: a `Content-Length` that parses, on a response
/// whose length it sets (not one that ends at its header section, not a
/// tunnel, not one that `Transfer-Encoding` frames), differs from the
/// content's length.
pub(super) fn accurate<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let actual = facts.content_len()?;
    if facts.ends_at_header_section()
        || facts.is_tunnel()
        || facts.response.has(Name::TransferEncoding)
        || facts.response.lines(Name::ContentLength) != 1
    {
        return None;
    }
    let declared = content_length(facts.response.first(Name::ContentLength)?).ok()?;
    // Without the method, empty content may be the answer to HEAD, whose
    // Content-Length gives the length a GET would have had.
    if actual == 0 && facts.exchange.method.is_none() {
        return None;
    }
    (declared != actual).then_some(Evidence::Lengths {
        field: "Content-Length",
        declared,
        actual,
    })
}

/// `content-length-when-known`: a final HTTP/1.1 response to an HTTP/1.1
/// request, with content framed by neither field, so by the connection's
/// close. Chunked is always open to a server answering HTTP/1.1, so the
/// close was avoidable; for an HTTP/1.0 client it may not have been, and
/// the rule is skipped.
pub(super) fn delimited<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.response.has(Name::ContentLength)
        || facts.version() != Some(Version::Http11)
        || facts.exchange.request_version != Some(Version::Http11)
        || !facts.is_final()
        || facts.ends_at_header_section()
        || facts.is_tunnel()
        || chunked(facts)
    {
        return None;
    }
    let length = facts.content_len()?;
    (length > 0).then_some(Evidence::Size(length))
}

/// Whether the response's `Transfer-Encoding` ends in `chunked`, which
/// frames the content; any other last coding leaves the length to the
/// connection's close (RFC 9112, Section 6.3). A value that does not parse
/// is taken as framing, since nothing can be told from it.
fn chunked(facts: &Facts<'_>) -> bool {
    if !facts.response.has(Name::TransferEncoding) {
        return false;
    }
    let mut last = None;
    let mut readable = true;
    facts.response.find_map(Name::TransferEncoding, |value| {
        match transfer_encoding(value) {
            Ok(codings) => {
                if let Some(coding) = codings.iter().last() {
                    last = Some(coding.name().eq_ignore_ascii_case("chunked"));
                }
            }
            Err(_) => readable = false,
        }
        None::<()>
    });
    !readable || last.unwrap_or(true)
}

/// `content-type-with-content`: content without `Content-Type`.
pub(super) fn content_type<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.response.has(Name::ContentType) || facts.ends_at_header_section() || facts.is_tunnel()
    {
        return None;
    }
    let length = facts.content_len()?;
    (length > 0).then_some(Evidence::Size(length))
}
