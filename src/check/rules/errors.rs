//! H. 4xx and 5xx responses, and the requests that deserve a 400.

use crate::check::Version;
use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::content_length::content_length as length;
use crate::check::syntax::content_range::{RangeResp, content_range};
use crate::check::syntax::tokens::{allow, connection, transfer_encoding};
use crate::check::syntax::uri::host_and_port;

use super::framing::present;

/// `405-method-not-in-allow`: the request's method among those `Allow`
/// lists (methods are case-sensitive, RFC 9110, Section 9.1).
pub(super) fn method_in_allow<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let method = facts.exchange.method?;
    facts.response.find_map(Name::Allow, |value| {
        let methods = allow(value).ok()?;
        methods
            .contains(method)
            .then_some(Evidence::Field(Name::Allow.as_str(), value))
    })
}

/// `406-negotiation-fields`: a 406 to a request that expressed no
/// preference with the proactive negotiation fields.
pub(super) fn negotiation_fields<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let request = &facts.request;
    let negotiated = [
        Name::Accept,
        Name::AcceptCharset,
        Name::AcceptEncoding,
        Name::AcceptLanguage,
    ]
    .into_iter()
    .any(|name| request.has(name));
    (request.is_known() && !negotiated).then_some(Evidence::None)
}

/// `412-precondition-present`: a 412 to a request without a field whose
/// condition can fail with 412: `If-Match`, `If-None-Match`,
/// `If-Unmodified-Since`, WebDAV's `If` and `Overwrite` (RFC 4918,
/// Sections 10.4 and 10.6), or any other `If-...` field an extension may
/// define. `If-Modified-Since` and `If-Range` never yield 412.
pub(super) fn precondition_present<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let request = &facts.request;
    let conditional = [
        Name::IfMatch,
        Name::IfNoneMatch,
        Name::IfUnmodifiedSince,
        Name::If,
        Name::Overwrite,
    ]
    .into_iter()
    .any(|name| request.has(name));
    (request.is_known() && !conditional && !request.has_other_if()).then_some(Evidence::None)
}

/// Whether the request is known to have had a `Content-Encoding` other
/// than `identity`.
fn request_coded(facts: &Facts<'_>) -> bool {
    facts.request.any(Name::ContentEncoding, |value| {
        value
            .split(|&byte| byte == b',')
            .map(<[u8]>::trim_ascii)
            .any(|coding| !coding.is_empty() && !coding.eq_ignore_ascii_case(b"identity"))
    })
}

/// `415-no-accept-encoding`: `Accept-Encoding` on a 415 whose request had
/// no content coding, so the refusal cannot be about one. Unless the field
/// refuses `identity`: then the server wanted a coding the request lacked,
/// and the refusal is about coding after all (RFC 9110, Section 12.5.3).
pub(super) fn no_accept_encoding<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.request.is_known() || request_coded(facts) {
        return None;
    }
    if facts.response.any(Name::AcceptEncoding, refuses_identity) {
        return None;
    }
    present(facts, Name::AcceptEncoding)
}

/// Whether an `Accept-Encoding` value (RFC 9110, Section 12.5.3) makes
/// `identity` unacceptable: `identity;q=0`, or `*;q=0` without `identity`
/// itself.
fn refuses_identity(value: &[u8]) -> bool {
    let mut identity = None;
    let mut any = None;
    for element in value.split(|&byte| byte == b',') {
        let mut parts = element.split(|&byte| byte == b';');
        let coding = parts.next().unwrap_or_default().trim_ascii();
        let zero = parts.any(|param| {
            let param = param.trim_ascii();
            param.len() >= 2
                && param[..2].eq_ignore_ascii_case(b"q=")
                && param[2..].iter().all(|&byte| byte == b'0' || byte == b'.')
        });
        if coding.eq_ignore_ascii_case(b"identity") {
            identity = Some(zero);
        } else if coding == b"*" {
            any = Some(zero);
        }
    }
    identity.unwrap_or_else(|| any.unwrap_or(false))
}

/// `415-accept-encoding`: a 415 to a request with a content coding, without
/// `Accept-Encoding` to say which codings would do. A 415 that carries
/// `Accept` says that the media type was the problem, not the coding.
pub(super) fn accept_encoding<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let about_coding = request_coded(facts) && !facts.response.has(Name::Accept);
    (about_coding && !facts.response.has(Name::AcceptEncoding)).then_some(Evidence::None)
}

/// Whether the request asked for byte ranges.
fn byte_range_request(facts: &Facts<'_>) -> Option<&'static str> {
    let value = facts.request.first(Name::Range)?;
    let unit = value
        .trim_ascii_start()
        .split(|&byte| byte == b'=')
        .next()?;
    unit.trim_ascii()
        .eq_ignore_ascii_case(b"bytes")
        .then_some("Range")
}

/// `416-content-range`: a 416 to a byte-range request without
/// `Content-Range`.
pub(super) fn unsatisfied_range<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    byte_range_request(facts)?;
    (!facts.response.has(Name::ContentRange)).then_some(Evidence::None)
}

/// `416-unsatisfied-range-form`: a bytes `Content-Range` in a 416 that gives
/// a range rather than `*/length`.
pub(super) fn unsatisfied_range_form<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let value = facts.response.first(Name::ContentRange)?;
    let range = content_range(value).ok()?;
    let bytes = range.unit().eq_ignore_ascii_case("bytes");
    (bytes && matches!(range.resp(), RangeResp::Satisfied { .. }))
        .then_some(Evidence::Field(Name::ContentRange.as_str(), value))
}

/// `416-range-request`: a 416 to a request without `Range`.
pub(super) fn range_request<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    (facts.request.is_known() && !facts.request.has(Name::Range)).then_some(Evidence::None)
}

/// `417-expect`: a 417 to a request without `Expect`.
pub(super) fn expect<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    (facts.request.is_known() && !facts.request.has(Name::Expect)).then_some(Evidence::None)
}

/// Whether the response shows that the request was served: a 2xx or a
/// 3xx. A server may refuse a request for another reason before it looks
/// at the fault these rules are about, so any 4xx or 5xx is left alone.
fn served(facts: &Facts<'_>) -> bool {
    matches!(facts.class(), Some(2 | 3))
}

/// Whether the request may be HTTP/1.x: its version is that, or unknown.
/// Framing by `Content-Length` and `Transfer-Encoding`, and connection
/// options, are HTTP/1.x's (RFC 9112).
fn request_http1(facts: &Facts<'_>) -> bool {
    facts.exchange.request_version.is_none_or(Version::is_http1)
}

/// `host-400`: an HTTP/1.1 request without `Host`, or an HTTP/1.x request
/// with several or an invalid one, that was served (RFC 9112, Section 3.2).
pub(super) fn host<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let version = facts.exchange.request_version?;
    if !version.is_http1() || !facts.request.is_known() || !served(facts) {
        return None;
    }
    match (
        facts.request.lines(Name::Host),
        facts.request.first(Name::Host),
    ) {
        (0, _) if version == Version::Http11 => Some(Evidence::None),
        (1, Some(value)) => (!plainly_valid_host(value) && host_and_port(value).is_err())
            .then_some(Evidence::RequestField(Name::Host.as_str(), value)),
        (2.., Some(value)) => Some(Evidence::RequestField(Name::Host.as_str(), value)),
        _ => None,
    }
}

/// Whether `value` is, at a glance, a valid `Host`: a name of letters,
/// digits, dots and hyphens, with an optional port of digits. Such a value
/// matches `uri-host [ ":" port ]` whatever its details, so the full parser
/// is only needed for the others (IP literals, percent-encoding, errors).
fn plainly_valid_host(value: &[u8]) -> bool {
    // The common case, a name of eight bytes or more without a port, is
    // tested eight bytes at a time, the last word ending at the end.
    if let Some(last) = value.len().checked_sub(8) {
        let mut at = 0;
        let mut plain = true;
        while at < last {
            plain &= name_word(word(value, at));
            at += 8;
        }
        if plain && name_word(word(value, last)) {
            return true;
        }
    }
    // One pass: host bytes up to the first colon, digits after it.
    let mut port = false;
    for &byte in value {
        let fits = if port {
            byte.is_ascii_digit()
        } else if byte == b':' {
            port = true;
            true
        } else {
            HOST_BYTES[usize::from(byte)]
        };
        if !fits {
            return false;
        }
    }
    value.first().is_some_and(|&first| first != b':')
}

/// The eight bytes of `value` from `at`, little-endian; 0 past its end.
fn word(value: &[u8], at: usize) -> u64 {
    value
        .get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |word| u64::from_le_bytes(*word))
}

/// Whether each byte of `word` is a letter, a digit, `.` or `-`: one of
/// [`HOST_BYTES`], as a test holds it to.
///
/// For a byte below 0x80, adding `0x80 - low` sets its top bit when it is
/// at least `low`, and adding `0x7F - high` when it is above `high`,
/// without carrying into the next byte. Letters are folded to lower case
/// first, which brings no other byte into `a` to `z`.
fn name_word(word: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const TOP: u64 = ONES * 0x80;
    let within = |bytes: u64, low: u64, high: u64| {
        bytes.wrapping_add(ONES * (0x80 - low)) & !bytes.wrapping_add(ONES * (0x7F - high))
    };
    if word & TOP != 0 {
        return false;
    }
    let letters = within(word | (ONES * 0x20), b'a'.into(), b'z'.into());
    let digits = within(word, b'0'.into(), b'9'.into());
    let marks = within(word, b'-'.into(), b'.'.into());
    (letters | digits | marks) & TOP == TOP
}

/// The bytes of a plain host name: letters, digits, `.` and `-`.
const HOST_BYTES: [bool; 256] = {
    let mut bytes = [false; 256];
    let mut byte: u8 = 0;
    loop {
        bytes[byte as usize] = byte.is_ascii_alphanumeric() || byte == b'.' || byte == b'-';
        if byte == u8::MAX {
            break bytes;
        }
        byte += 1;
    }
};

/// `te-not-chunked-400`: a request whose `Transfer-Encoding` does not end
/// in `chunked`, served.
pub(super) fn transfer_coding<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !served(facts)
        || facts
            .exchange
            .request_version
            .is_some_and(|version| !version.is_http1())
    {
        return None;
    }
    let mut last = None;
    let mut parsed = true;
    facts.request.find_map(Name::TransferEncoding, |value| {
        match transfer_encoding(value) {
            Ok(codings) => {
                if let Some(coding) = codings.iter().last() {
                    last = Some((coding.name().eq_ignore_ascii_case("chunked"), value));
                }
            }
            Err(_) => parsed = false,
        }
        None::<()>
    });
    let (chunked, value) = last?;
    (parsed && !chunked).then_some(Evidence::RequestField(
        Name::TransferEncoding.as_str(),
        value,
    ))
}

/// `bad-content-length-400`: a request, framed by `Content-Length` alone,
/// whose `Content-Length` is invalid, served. RFC 9112, Section 6.3 lets a
/// recipient accept a list of one value repeated, so that is not invalid.
pub(super) fn content_length<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let request = &facts.request;
    if !served(facts) || request.has(Name::TransferEncoding) || !request_http1(facts) {
        return None;
    }
    let mut value_of_all = None;
    let bad = request.find_map(Name::ContentLength, |value| {
        // A list's empty elements are ignored by its recipients (RFC 9110,
        // Section 5.6.1), but a value needs one number at least.
        let mut numbers = 0;
        for element in value
            .split(|&byte| byte == b',')
            .filter(|element| !element.trim_ascii().is_empty())
        {
            let Ok(length) = length(element) else {
                return Some(value);
            };
            numbers += 1;
            if *value_of_all.get_or_insert(length) != length {
                return Some(value);
            }
        }
        (numbers == 0).then_some(value)
    })?;
    Some(Evidence::RequestField(Name::ContentLength.as_str(), bad))
}

/// `final-response-close`: a final response, on HTTP/1.x, to a request with
/// the `close` option, without `close` itself.
pub(super) fn close<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.is_final() || facts.is_multiplexed() || !request_http1(facts) {
        return None;
    }
    let has_close = |value: &[u8]| {
        connection(value).is_ok_and(|options| options.contains_ignore_ascii_case("close"))
    };
    let asked = facts.request.any(Name::Connection, has_close);
    (asked && !facts.response.any(Name::Connection, has_close)).then_some(Evidence::None)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{HOST_BYTES, name_word, plainly_valid_host};
    use crate::check::syntax::uri::host_and_port;

    #[test]
    fn plain_hosts_are_names_with_an_optional_port_of_digits() {
        for plain in [
            "api.example.com",
            "a",
            "localhost:8080",
            "x-y.z:",
            "10.0.0.1:443",
            "abcdefgh",
            "API.EXAMPLE.COM",
            "0123456789.-az.AZ",
        ] {
            assert!(plainly_valid_host(plain.as_bytes()), "{plain}");
        }
        for other in [
            "",
            ":80",
            "a:b",
            "a:8:8",
            "[::1]",
            "a b",
            "caf%C3%A9",
            "a_b",
            "api.example.com/",
            "api@example.com",
            "api.example.com:x",
            "abcdefg\u{e9}",
        ] {
            assert!(!plainly_valid_host(other.as_bytes()), "{other}");
        }
    }

    #[test]
    fn a_word_is_a_name_exactly_when_each_byte_is() {
        let plain = |byte: u8| HOST_BYTES[usize::from(byte)];
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = byte;
                assert_eq!(
                    name_word(u64::from_le_bytes(word)),
                    plain(byte),
                    "{byte:#04x} at {at}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn a_plain_host_is_a_valid_host(value in "[a-zA-Z0-9.:\\-\\[\\]%_ /@\u{e9}]{0,20}") {
            if plainly_valid_host(value.as_bytes()) {
                prop_assert!(host_and_port(value.as_bytes()).is_ok(), "{}", value);
            }
        }

        #[test]
        fn the_words_agree_with_the_bytes(value in "[a-zA-Z0-9.\\-_/@:\\[]{8,24}") {
            let bytes = value.as_bytes();
            let by_bytes = bytes.iter().all(|&byte| HOST_BYTES[usize::from(byte)]);
            if by_bytes {
                prop_assert!(plainly_valid_host(bytes), "{}", value);
            }
        }
    }
}
