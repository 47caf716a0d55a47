//! [`Facts`]: what the rules read of an exchange, gathered once.

use core::cell::OnceCell;

use super::content::multipart::Multipart;
use super::content::problem::{NotProblemJson, ProblemMembers, scan_problem_json};
use super::content::xml::Multistatus;
use super::exchange::Status;
use super::finding::Evidence;
use super::index::{Index, Key, Name};
use super::rule::Rule;
use super::syntax::challenge::{Challenge, Challenges, challenges};
use super::syntax::media_type::{MediaType, media_type};
use super::syntax::{SyntaxError, Text};
use super::{Content, Exchange, Version};
use crate::{AnyStatusCode, StatusCode};

/// The function that decides one rule: what it found when the exchange
/// breaks the rule, `None` when it does not or when the exchange lacks what
/// the rule needs. It is given the rule, so that one function can decide
/// several rules from the data of their rows.
pub(crate) type Check = for<'f, 'a> fn(Rule, &'f Facts<'a>) -> Option<Evidence<'a>>;

/// What the response's `Content-Type` says its content is, as far as the
/// rules need to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Label {
    /// `application/problem+json`.
    ProblemJson,
    /// `application/problem+xml`.
    ProblemXml,
    /// `application/json` itself.
    Json,
    /// Any other XML type (`application/xml`, `text/xml`, `+xml`).
    Xml,
    /// `multipart/byteranges`.
    Multipart,
    /// Anything else, or no `Content-Type` that parses.
    Other,
}

impl Label {
    /// Every label, in the order of their discriminants.
    pub(crate) const ALL: [Label; 6] = [
        Label::ProblemJson,
        Label::ProblemXml,
        Label::Json,
        Label::Xml,
        Label::Multipart,
        Label::Other,
    ];
}

const _: () = {
    let mut i = 0;
    while i < Label::ALL.len() {
        assert!(
            Label::ALL[i] as usize == i,
            "Label::ALL is in discriminant order"
        );
        i += 1;
    }
};

/// The media types [`Facts::label`] tells apart.
const PROBLEM_JSON: Key = Key::of(b"application/problem+json");
const PROBLEM_XML: Key = Key::of(b"application/problem+xml");
const JSON: Key = Key::of(b"application/json");
const MULTIPART: Key = Key::of(b"multipart/byteranges");
const XML: Key = Key::of(b"application/xml");
const TEXT_XML: Key = Key::of(b"text/xml");

/// How many challenges of the first `WWW-Authenticate` line are kept once
/// parsed; a line with more is parsed again for each rule that reads it.
pub(crate) const KEPT: usize = 4;

/// An exchange with its header fields indexed, as the rules read it, and
/// what the rules derive from it, each worked out once, when a rule first
/// asks.
pub(crate) struct Facts<'a> {
    pub(crate) exchange: Exchange<'a>,
    /// The response's fields.
    pub(crate) response: Index<'a>,
    /// The request's fields; empty, and not known, when they were not given.
    pub(crate) request: Index<'a>,
    media: OnceCell<Option<MediaType<'a>>>,
    label: OnceCell<Label>,
    problem: OnceCell<Option<Result<ProblemMembers<'a>, NotProblemJson>>>,
    /// The first `WWW-Authenticate` line, parsed: a dozen rules read it.
    challenges: OnceCell<Result<Challenges<'a>, SyntaxError>>,
    /// Its challenges, when it parses and has no more than `KEPT`.
    kept: OnceCell<Option<[Option<Challenge<'a>>; KEPT]>>,
    /// The `error` of the first Bearer challenge that has one, with its
    /// line.
    bearer_error: OnceCell<Option<(&'a [u8], Text<'a>)>>,
    /// The content as a `multipart/byteranges` body: three rules read it.
    multipart: OnceCell<Option<Multipart<'a>>>,
    /// The content as a `DAV:multistatus` document: two rules read it.
    multistatus: OnceCell<Option<Multistatus>>,
}

impl<'a> Facts<'a> {
    /// The facts of `exchange`, with nothing indexed yet: see
    /// [`Facts::index`].
    #[inline]
    pub(crate) fn new(exchange: &Exchange<'a>) -> Facts<'a> {
        Facts {
            exchange: *exchange,
            response: Index::EMPTY,
            request: Index::EMPTY,
            media: OnceCell::new(),
            label: OnceCell::new(),
            problem: OnceCell::new(),
            challenges: OnceCell::new(),
            kept: OnceCell::new(),
            bearer_error: OnceCell::new(),
            multipart: OnceCell::new(),
            multistatus: OnceCell::new(),
        }
    }

    /// Indexes the response's and the request's fields, in place.
    pub(crate) fn index(&mut self) {
        self.response.fill(self.exchange.fields);
        if let Some(fields) = self.exchange.request_fields {
            self.request.fill(fields);
        }
    }

    /// The challenges of `value`, a line of the response's `name` field:
    /// parsed once for the first line of `WWW-Authenticate`, which many
    /// rules read.
    pub(crate) fn challenges(
        &self,
        name: Name,
        value: &'a [u8],
    ) -> Result<Challenges<'a>, SyntaxError> {
        if self.is_first_challenge_line(name, value) {
            *self.challenges.get_or_init(|| challenges(value))
        } else {
            challenges(value)
        }
    }

    /// Whether `value` is the first line of `WWW-Authenticate`, whose
    /// challenges are kept once read.
    fn is_first_challenge_line(&self, name: Name, value: &[u8]) -> bool {
        name == Name::WwwAuthenticate
            && self
                .response
                .first(name)
                .is_some_and(|first| core::ptr::eq(first, value))
    }

    /// The challenges of `value`, a line of the response's `name` field,
    /// when they are kept: for the first line of `WWW-Authenticate`, if it
    /// parses and has no more than `KEPT` challenges.
    pub(crate) fn kept_challenges(
        &self,
        name: Name,
        value: &'a [u8],
    ) -> Option<&[Option<Challenge<'a>>; KEPT]> {
        if !self.is_first_challenge_line(name, value) {
            return None;
        }
        self.kept
            .get_or_init(|| {
                let parsed = self.challenges(name, value).ok()?;
                if parsed.len() > KEPT {
                    return None;
                }
                let mut kept = [None; KEPT];
                for (slot, challenge) in kept.iter_mut().zip(parsed.iter()) {
                    *slot = Some(challenge);
                }
                Some(kept)
            })
            .as_ref()
    }

    /// The `error` of the first Bearer challenge of `WWW-Authenticate` that
    /// has one, with its line, worked out by `find` once.
    pub(crate) fn bearer_error(
        &self,
        find: impl FnOnce(&Facts<'a>) -> Option<(&'a [u8], Text<'a>)>,
    ) -> Option<(&'a [u8], Text<'a>)> {
        *self.bearer_error.get_or_init(|| find(self))
    }

    /// The content as a sound `multipart/byteranges` body, worked out by
    /// `read` once.
    pub(crate) fn multipart(
        &self,
        read: impl FnOnce(&Facts<'a>) -> Option<Multipart<'a>>,
    ) -> Option<Multipart<'a>> {
        *self.multipart.get_or_init(|| read(self))
    }

    /// What the content says as a `DAV:multistatus` document, worked out
    /// by `read` once.
    pub(crate) fn multistatus(
        &self,
        read: impl FnOnce(&Facts<'a>) -> Option<Multistatus>,
    ) -> Option<Multistatus> {
        *self.multistatus.get_or_init(|| read(self))
    }

    /// The response's media type, when `Content-Type` parses.
    pub(crate) fn media_type(&self) -> Option<MediaType<'a>> {
        *self
            .media
            .get_or_init(|| media_type(self.response.first(Name::ContentType)?).ok())
    }

    /// What the response's `Content-Type` says its content is (see
    /// [`label`]), worked out once.
    pub(crate) fn label(&self) -> Label {
        *self.label.get_or_init(|| {
            self.response
                .first(Name::ContentType)
                .map_or(Label::Other, label)
        })
    }

    /// The members of `application/problem+json` content, when the content
    /// is known and readable.
    pub(crate) fn problem_json(&self) -> Option<&Result<ProblemMembers<'a>, NotProblemJson>> {
        if self.label() != Label::ProblemJson {
            return None;
        }
        self.problem
            .get_or_init(|| Some(scan_problem_json(self.content_bytes()?)))
            .as_ref()
    }

    /// The status code, when the status is one.
    pub(crate) const fn status(&self) -> Option<AnyStatusCode> {
        match self.exchange.status {
            Status::Code(code) => Some(code),
            Status::Raw(_) => None,
        }
    }

    /// The status code's number.
    pub(crate) const fn code(&self) -> Option<u16> {
        match self.status() {
            Some(code) => Some(code.as_u16()),
            None => None,
        }
    }

    /// The registered code.
    pub(crate) const fn known(&self) -> Option<StatusCode> {
        match self.status() {
            Some(code) => code.known(),
            None => None,
        }
    }

    /// The status code's class digit, 1 to 9.
    pub(crate) const fn class(&self) -> Option<u16> {
        match self.code() {
            Some(code) => Some(code / 100),
            None => None,
        }
    }

    /// Whether the request's method is known to be `method`.
    pub(crate) fn method_is(&self, method: &str) -> bool {
        self.exchange.method == Some(method)
    }

    /// Whether the response is a final one (2xx and above).
    pub(crate) fn is_final(&self) -> bool {
        self.class().is_some_and(|class| class >= 2)
    }

    /// Whether the response ends at its header section whatever its fields
    /// say (RFC 9112, Section 6.3): a 1xx, 204 or 304, or any answer to
    /// HEAD, when that is known.
    pub(crate) fn ends_at_header_section(&self) -> bool {
        let by_status = self.status().is_some_and(|code| match code.known() {
            Some(known) => known.ends_at_header_section(),
            None => code.as_u16() / 100 == 1,
        });
        by_status || self.method_is("HEAD")
    }

    /// Whether the response is a 2xx to CONNECT, after which the connection
    /// is a tunnel (RFC 9110, Section 9.3.6).
    pub(crate) fn is_tunnel(&self) -> bool {
        self.method_is("CONNECT") && self.class() == Some(2)
    }

    /// The content's length, when it is known.
    pub(crate) const fn content_len(&self) -> Option<u64> {
        self.exchange.content.len()
    }

    /// Whether the response has content: `None` when that is not known.
    pub(crate) const fn has_content(&self) -> Option<bool> {
        match self.content_len() {
            Some(length) => Some(length > 0),
            None => None,
        }
    }

    /// The content's bytes when they are known and can be read as they are:
    /// not when a content coding such as `gzip` was applied to them.
    pub(crate) fn content_bytes(&self) -> Option<&'a [u8]> {
        match self.exchange.content {
            Content::Bytes(bytes) if !self.content_coded() => Some(bytes),
            _ => None,
        }
    }

    /// Whether `Content-Encoding` names a coding other than `identity`.
    fn content_coded(&self) -> bool {
        self.response.any(Name::ContentEncoding, |value| {
            value
                .split(|&byte| byte == b',')
                .map(<[u8]>::trim_ascii)
                .any(|coding| !coding.is_empty() && !coding.eq_ignore_ascii_case(b"identity"))
        })
    }

    /// The response's HTTP version, when it is known.
    pub(crate) const fn version(&self) -> Option<Version> {
        self.exchange.version
    }

    /// Whether the response is known to be sent over HTTP/2 or HTTP/3, where
    /// the connection-specific fields do not exist.
    pub(crate) fn is_multiplexed(&self) -> bool {
        self.version().is_some_and(|version| !version.is_http1())
    }
}

/// What a `Content-Type` value says the content is: read from the type and
/// subtype, the part of the value before any parameter, without parsing
/// the parameters, which no label depends on.
pub(crate) fn label(value: &[u8]) -> Label {
    // The most common value, a type without parameters, is
    // recognised before the value is searched for any.
    if JSON.is(value) {
        return Label::Json;
    }
    let essence = match value.iter().position(|&byte| byte == b';') {
        Some(semicolon) => &value[..semicolon],
        None => value,
    }
    .trim_ascii();
    if PROBLEM_JSON.is(essence) {
        Label::ProblemJson
    } else if PROBLEM_XML.is(essence) {
        Label::ProblemXml
    } else if JSON.is(essence) {
        Label::Json
    } else if MULTIPART.is(essence) {
        Label::Multipart
    } else if XML.is(essence)
        || TEXT_XML.is(essence)
        || essence
            .get(essence.len().saturating_sub(4)..)
            .is_some_and(|suffix| suffix.eq_ignore_ascii_case(b"+xml"))
    {
        Label::Xml
    } else {
        Label::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_reads_the_type_and_subtype_in_any_case() {
        let cases: [(&str, Label); 11] = [
            ("application/json", Label::Json),
            ("Application/JSON; charset=utf-8", Label::Json),
            ("application/problem+json", Label::ProblemJson),
            (
                " application/problem+json ;charset=\"x\"",
                Label::ProblemJson,
            ),
            ("application/ld+json", Label::Other),
            ("application/problem+xml", Label::ProblemXml),
            ("text/xml", Label::Xml),
            ("image/svg+xml; a=b", Label::Xml),
            ("multipart/byteranges; boundary=x", Label::Multipart),
            ("text/json+x", Label::Other),
            ("xml", Label::Other),
        ];
        for (value, label) in cases {
            let fields = [("Content-Type", value)];
            let exchange = Exchange::new(crate::StatusCode::Ok.into(), &fields);
            let mut facts = Facts::new(&exchange);
            facts.index();
            assert_eq!(facts.label(), label, "{value}");
        }
    }
}
