//! [`Finding`], one broken rule, and [`Findings`], the lazy iterator over an
//! exchange's findings.

use core::fmt;
use core::iter::FusedIterator;

#[cfg(feature = "tower")]
use super::facts::label;
use super::facts::{Facts, Label};
use super::index::Name;
use super::rule::{Input, Mask, Rule, WORDS, method_index};
use super::{Exchange, Level, Vantage};

/// What a finding points at, to say which field or value was at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence<'a> {
    /// The rule's summary says it all: a field is missing, a status is
    /// reserved.
    None,
    /// A header field, with the value at fault.
    Field(&'static str, &'a [u8]),
    /// A header field whose value does not match its grammar.
    Syntax {
        field: &'static str,
        value: &'a [u8],
        at: usize,
        expected: &'static str,
    },
    /// A length that a field declares (`Content-Length`, or the range of
    /// `Content-Range`), and the content's.
    Lengths {
        field: &'static str,
        declared: u64,
        actual: u64,
    },
    /// The content's length, where there should be none.
    Size(u64),
    /// A stack trace in the content.
    StackTrace { at: usize, language: &'static str },
    /// Something found in the content, at a byte offset.
    Content { at: usize, what: &'static str },
    /// A member of a problem details object, with its value as written.
    Member(&'static str, &'a [u8]),
    /// The request's method.
    Method(&'a str),
    /// The status line's code, as received.
    Status(&'a str),
    /// The reason phrase, with the offset of the first byte at fault.
    Reason(&'a [u8], usize),
    /// A request header field, with its value.
    RequestField(&'static str, &'a [u8]),
}

/// A rule that an exchange breaks, with what it found.
///
/// `Display` writes it on one line: the rule's id, its level and section,
/// and a message that says what is wrong, quotes the value at fault, and
/// says what to do instead. The parts are also there one by one, for a
/// program that formats them itself (as JSON, or as log fields).
///
/// # Examples
///
/// ```
/// use statuscode::check::{Exchange, Level, Rule};
/// use statuscode::StatusCode;
///
/// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Retry-After", "5 minutes")];
/// let exchange = Exchange::new(StatusCode::ServiceUnavailable.into(), &fields);
/// let finding = exchange.findings().next().unwrap();
///
/// assert_eq!(finding.rule(), Rule::RetryAfterSyntax);
/// assert_eq!(finding.level(), Level::Must);
/// assert_eq!(finding.field(), Some("Retry-After"));
/// assert_eq!(finding.value(), Some(&b"5 minutes"[..]));
/// assert_eq!(finding.offset(), Some(1));
/// assert!(finding.to_string().starts_with("retry-after-syntax (must, RFC 9110, Section 10.2.3): "));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding<'a> {
    rule: Rule,
    evidence: Evidence<'a>,
}

impl<'a> Finding<'a> {
    pub(crate) const fn new(rule: Rule, evidence: Evidence<'a>) -> Finding<'a> {
        Finding { rule, evidence }
    }

    /// The rule that is broken.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Exchange, Rule};
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT")];
    /// let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &fields);
    /// assert_eq!(exchange.findings().next().map(|finding| finding.rule()), Some(Rule::Allow405));
    /// ```
    #[must_use]
    pub const fn rule(&self) -> Rule {
        self.rule
    }

    /// The rule's level.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Exchange, Level};
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT")];
    /// let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &fields);
    /// assert!(exchange.findings().all(|finding| finding.level() == Level::Must));
    /// ```
    #[must_use]
    pub const fn level(&self) -> Level {
        self.rule.level()
    }

    /// The header field at fault, by its canonical name, when the finding
    /// is about one.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("location", "/a b")];
    /// let exchange = Exchange::new(StatusCode::Found.into(), &fields);
    /// assert_eq!(exchange.findings().next().and_then(|finding| finding.field()), Some("Location"));
    /// ```
    #[must_use]
    pub const fn field(&self) -> Option<&'static str> {
        match self.evidence {
            Evidence::Field(name, _)
            | Evidence::Syntax { field: name, .. }
            | Evidence::RequestField(name, _) => Some(name),
            Evidence::Lengths { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The value at fault, as it was sent: a header field's value, a
    /// problem details member as written, the reason phrase or the status
    /// text.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Location", "/a b")];
    /// let exchange = Exchange::new(StatusCode::Found.into(), &fields);
    /// assert_eq!(exchange.findings().next().and_then(|finding| finding.value()), Some(&b"/a b"[..]));
    /// ```
    #[must_use]
    pub const fn value(&self) -> Option<&'a [u8]> {
        match self.evidence {
            Evidence::Field(_, value)
            | Evidence::Syntax { value, .. }
            | Evidence::Member(_, value)
            | Evidence::RequestField(_, value)
            | Evidence::Reason(value, _) => Some(value),
            Evidence::Method(method) | Evidence::Status(method) => Some(method.as_bytes()),
            _ => None,
        }
    }

    /// Where in the value, or in the content, the fault is: a byte offset.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Location", "/a b")];
    /// let exchange = Exchange::new(StatusCode::Found.into(), &fields);
    /// assert_eq!(exchange.findings().next().and_then(|finding| finding.offset()), Some(2));
    /// ```
    #[must_use]
    pub const fn offset(&self) -> Option<usize> {
        match self.evidence {
            Evidence::Syntax { at, .. }
            | Evidence::Content { at, .. }
            | Evidence::StackTrace { at, .. }
            | Evidence::Reason(_, at) => Some(at),
            _ => None,
        }
    }

    /// The message alone, without the id, level and section that `Display`
    /// puts before it: the rule's summary, then what was found.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Exchange;
    /// use statuscode::StatusCode;
    ///
    /// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Content-Length", "0")];
    /// let exchange = Exchange::new(StatusCode::NoContent.into(), &fields);
    /// let finding = exchange.findings().next().unwrap();
    /// assert_eq!(finding.rule().id(), "204-no-content-length");
    /// assert!(finding.message().to_string().ends_with("Found Content-Length: 0."));
    /// ```
    #[must_use]
    pub const fn message(&self) -> Message<'_, 'a> {
        Message { finding: self }
    }
}

/// Writes the rule's id, level and section, then the message:
/// `405-allow (must, RFC 9110, Section 15.5.6): A 405 response ...`.
impl fmt::Display for Finding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}, {}): {}",
            self.rule.id(),
            self.rule.level(),
            self.rule.reference(),
            self.message()
        )
    }
}

/// A finding's message, from [`Finding::message`]: the rule's summary and
/// what was found, as one or two sentences.
///
/// # Examples
///
/// ```
/// use statuscode::check::Exchange;
/// use statuscode::StatusCode;
///
/// let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Retry-After", "soon")];
/// let exchange = Exchange::new(StatusCode::ServiceUnavailable.into(), &fields);
/// let finding = exchange.findings().next().unwrap();
/// let message = finding.message().to_string();
/// assert!(message.starts_with(finding.rule().summary()));
/// assert!(message.contains("Retry-After: soon"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Message<'f, 'a> {
    finding: &'f Finding<'a>,
}

impl fmt::Display for Message<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.finding.rule.summary())?;
        match self.finding.evidence {
            Evidence::None => Ok(()),
            Evidence::Field(name, value) => write!(f, " Found {name}: {}.", Shown(value)),
            Evidence::Syntax {
                field,
                value,
                at,
                expected,
            } => write!(
                f,
                " Found {field}: {}, which stops matching its grammar at byte {at}, where it needs {expected}.",
                Shown(value)
            ),
            Evidence::Lengths {
                field,
                declared,
                actual,
            } => write!(
                f,
                " {field} says {declared} bytes; the content has {actual}."
            ),
            Evidence::Size(length) => write!(f, " The content has {length} bytes."),
            Evidence::StackTrace { at, language } => {
                write!(
                    f,
                    " Found a {language} stack trace at byte {at} of the content."
                )
            }
            Evidence::Content { at, what } => {
                write!(f, " Found {what} at byte {at} of the content.")
            }
            Evidence::Member(name, value) => write!(f, " Found \"{name}\": {}.", Shown(value)),
            Evidence::Method(method) => write!(f, " The request's method was {method}."),
            Evidence::Status(text) => write!(f, " Found {text:?}."),
            Evidence::Reason(phrase, at) => write!(
                f,
                " Found the reason phrase {}, with a control character at byte {at}.",
                Shown(phrase)
            ),
            Evidence::RequestField(name, value) => {
                write!(f, " The request had {name}: {}.", Shown(value))
            }
        }
    }
}

/// How many bytes of a value a message quotes before it cuts it short.
const QUOTED: usize = 120;

/// Bytes quoted in a message: text as it is, other bytes as `\xNN`, and
/// at most [`QUOTED`] bytes, then `...`.
#[derive(Clone, Copy)]
pub(crate) struct Shown<'a>(pub(crate) &'a [u8]);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (shown, cut) = match self.0.get(..QUOTED) {
            Some(head) if head.len() < self.0.len() => (head, true),
            _ => (self.0, false),
        };
        match core::str::from_utf8(shown) {
            // Printable ASCII, as most values are, is written whole.
            Ok(text) if text.bytes().all(|byte| matches!(byte, b' '..=b'~')) => {
                f.write_str(text)?;
            }
            _ => Shown::escaped(shown, f)?,
        }
        if cut {
            f.write_str("...")?;
        }
        Ok(())
    }
}

impl Shown<'_> {
    /// Writes `bytes`: runs of printable text whole; control characters
    /// one by one, escaped; bytes that are not UTF-8 as `\xNN`.
    fn escaped(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for chunk in bytes.utf8_chunks() {
            let mut text = chunk.valid();
            while let Some((at, c)) = text.char_indices().find(|(_, c)| c.is_control()) {
                f.write_str(&text[..at])?;
                write!(f, "{}", c.escape_default())?;
                text = &text[at + c.len_utf8()..];
            }
            f.write_str(text)?;
            for byte in chunk.invalid() {
                write!(f, "\\x{byte:02X}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{self}\"")
    }
}

/// Every rule an [`Exchange`] breaks, from [`Exchange::findings`].
///
/// The iterator is lazy: each call to `next` decides rules until one is
/// broken. It allocates nothing. The header fields are indexed once, when
/// it is made; each rule then reads the index, and only the rules about the
/// exchange's status are tried at all. Findings come in the order of
/// [`Rule::ALL`], at most one per rule: the first fault it finds.
///
/// # Examples
///
/// ```
/// use statuscode::check::{Exchange, Level};
/// use statuscode::StatusCode;
///
/// let fields = [("Content-Length", "0")];
/// let exchange = Exchange::new(StatusCode::NoContent.into(), &fields);
/// let mut ids: Vec<&str> = exchange.findings().map(|finding| finding.rule().id()).collect();
/// ids.sort_unstable();
/// assert_eq!(ids, ["204-no-content-length", "date-2xx-3xx-4xx"]);
///
/// assert!(exchange.findings().any(|finding| finding.level() == Level::Must));
/// ```
pub struct Findings<'a> {
    facts: Facts<'a>,
    pending: Mask,
    /// Whether the fields are indexed and `pending` narrowed to the rules
    /// they can break; done by the first call to `next`, in place, so that
    /// making the iterator copies no index.
    started: bool,
}

impl<'a> Findings<'a> {
    #[inline]
    pub(crate) fn new(exchange: &Exchange<'a>) -> Findings<'a> {
        Findings {
            facts: Facts::new(exchange),
            pending: Rule::mask(exchange.status().map(crate::AnyStatusCode::as_u16)),
            started: false,
        }
    }

    /// Indexes the fields, then keeps pending only the rules that the
    /// fields present, the request method and the vantage let apply.
    fn start(&mut self) {
        self.started = true;
        self.facts.index();
        let label = self
            .facts
            .response
            .has(Name::ContentType)
            .then(|| self.facts.label());
        let possible = possible(
            Setting::of(&self.facts.exchange),
            self.facts.response.present_names(),
            self.facts.request.present_names(),
            label,
        );
        for (word, possible) in self.pending.iter_mut().zip(possible) {
            *word &= possible;
        }
    }
}

/// What [`possible`] reads of an exchange besides the names of its
/// fields and the label of its `Content-Type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Setting {
    /// The position of the request's method in
    /// [`METHODS`](super::rule::METHODS), when it is one of them.
    pub(crate) method: Option<usize>,
    /// Whether the exchange is seen from inside the application.
    pub(crate) application: bool,
    /// The inputs the exchange offers, as [`Input::offered`] gives them.
    pub(crate) offered: u8,
}

impl Setting {
    /// The setting of `exchange`.
    pub(crate) fn of(exchange: &Exchange<'_>) -> Setting {
        Setting {
            method: exchange.method.and_then(method_index),
            application: exchange.vantage == Vantage::Application,
            offered: Input::offered(exchange),
        }
    }
}

/// Whether an exchange can break any rule at all, told from its `status`,
/// its `setting`, the `names` of its response's fields with the value of
/// its first `Content-Type` (as `Index::names` gives them) and the names
/// of its request's (`request`), without indexing the fields or building
/// the facts the rules read. When it cannot, [`Exchange::findings`] gives
/// nothing; a caller that mostly checks conforming responses, such as the
/// layer, learns that for less.
#[cfg(feature = "tower")]
#[inline]
pub(crate) fn can_break_a_rule(
    status: Option<u16>,
    setting: Setting,
    names: (u64, Option<&[u8]>),
    request: u64,
) -> bool {
    breakable(status, setting, names, request)
        .iter()
        .any(|&word| word != 0)
}

/// The rules that [`Findings`] keeps pending for an exchange once it has
/// indexed its fields, worked out from what [`can_break_a_rule`] reads.
#[cfg(feature = "tower")]
#[inline]
fn breakable(
    status: Option<u16>,
    setting: Setting,
    (response, content_type): (u64, Option<&[u8]>),
    request: u64,
) -> Mask {
    let mut breakable = Rule::mask(status);
    let possible = possible(setting, response, request, content_type.map(label));
    for (word, possible) in breakable.iter_mut().zip(possible) {
        *word &= possible;
    }
    breakable
}

/// The rules that an exchange in `setting` can break whatever its status,
/// given the names its response carries (`response`, one bit each in the
/// order of [`Name::ALL`]), those its request carries (`request`), and the
/// label of its `Content-Type`, when it has one: those the fields present
/// can break, the request's method, the vantage and the kind of content
/// put in their scope, and the exchange offers all the inputs of.
#[inline]
fn possible(setting: Setting, response: u64, request: u64, label: Option<Label>) -> Mask {
    // The rules that need a field the response does not carry cannot be
    // broken, nor those about the absence of one it carries.
    let mut possible = Rule::NEED_NO_FIELD;
    let mut ruled_out = [0; WORDS];
    for at in bits(response) {
        let Some(name) = Rule::BY_RESPONSE_NAME.get(at) else {
            continue;
        };
        for ((word, out), (needing, absent)) in possible
            .iter_mut()
            .zip(ruled_out.iter_mut())
            .zip(name.needing.iter().zip(&name.ruled_out))
        {
            *word |= needing;
            *out |= absent;
        }
    }
    // And so do those that need a field the request does not carry.
    let mut possible_request = Rule::NEED_NO_REQUEST_FIELD;
    for at in bits(request) {
        let Some(needing) = Rule::REQUEST_NEEDING.get(at) else {
            continue;
        };
        for (word, needing) in possible_request.iter_mut().zip(needing) {
            *word |= needing;
        }
    }
    // Nor can those that need something the exchange does not offer.
    for (((word, request), out), scope) in possible
        .iter_mut()
        .zip(possible_request)
        .zip(ruled_out)
        .zip(scope(setting, label))
    {
        *word &= request & !out & scope;
    }
    possible
}

/// The rules whose rows put the method and vantage of `setting` and the
/// kind of content (`label`, when the response says what its content is)
/// in their scope and that need no input but those it offers; those of its
/// status are pending from the start. This is what the rules are about, as
/// opposed to what the narrowing in [`possible`] knows cannot break them
/// from the fields present.
fn scope(setting: Setting, label: Option<Label>) -> Mask {
    let mut scope = Rule::for_setting(setting.method, setting.application, setting.offered);
    if let Some(label) = label {
        for (word, about) in scope.iter_mut().zip(Rule::for_label(label)) {
            *word &= about;
        }
    }
    scope
}

/// The positions of the bits set in `bits`, lowest first.
fn bits(mut bits: u64) -> impl Iterator<Item = usize> {
    core::iter::from_fn(move || {
        if bits == 0 {
            return None;
        }
        let at = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        Some(at)
    })
}

impl<'a> Iterator for Findings<'a> {
    type Item = Finding<'a>;

    fn next(&mut self) -> Option<Finding<'a>> {
        if !self.started {
            self.start();
        }
        for word in 0..WORDS {
            while self.pending[word] != 0 {
                let bit = self.pending[word].trailing_zeros() as usize;
                self.pending[word] &= self.pending[word] - 1;
                let position = word * 64 + bit;
                if let (Some(&rule), Some(check)) =
                    (Rule::ALL.get(position), Rule::CHECKS.get(position))
                {
                    if let Some(evidence) = check(rule, &self.facts) {
                        return Some(Finding::new(rule, evidence));
                    }
                }
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self
            .pending
            .iter()
            .map(|word| word.count_ones() as usize)
            .sum();
        (0, Some(left))
    }
}

impl FusedIterator for Findings<'_> {}

impl fmt::Debug for Findings<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let left = self.size_hint().1.unwrap_or(0);
        f.debug_struct("Findings")
            .field("exchange", &self.facts.exchange)
            .field("rules_left", &left)
            .finish()
    }
}

impl<'a> Exchange<'a> {
    /// Every rule the exchange breaks, each as a [`Finding`].
    ///
    /// Lazy and allocation-free; see [`Findings`]. A rule that needs a
    /// part of the exchange that was not given is skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Content, Exchange};
    /// use statuscode::StatusCode;
    ///
    /// let fields = [
    ///     ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
    ///     ("WWW-Authenticate", r#"Bearer realm="api", error="invalid_token""#),
    ///     ("Content-Type", "application/problem+json"),
    /// ];
    /// let body = br#"{"title":"Unauthorized","status":401}"#;
    /// let exchange = Exchange::new(StatusCode::Unauthorized.into(), &fields)
    ///     .content(Content::Bytes(body));
    /// assert_eq!(exchange.findings().count(), 0);
    /// ```
    #[must_use]
    #[inline]
    pub fn findings(&self) -> Findings<'a> {
        Findings::new(self)
    }
}

/// The checker's test cases, as the integration tests have them.
#[cfg(test)]
#[path = "../../tests/cases/mod.rs"]
mod cases;

#[cfg(test)]
mod tests {
    extern crate alloc;

    use alloc::string::ToString;

    use super::{QUOTED, Shown};

    #[test]
    fn shown_escapes_control_characters_and_bytes_that_are_not_text() {
        assert_eq!(Shown(b"plain text").to_string(), "plain text");
        assert_eq!(Shown(b"a\x01b\tc").to_string(), "a\\u{1}b\\tc");
        assert_eq!(Shown(b"\x00").to_string(), "\\u{0}");
        assert_eq!(
            Shown("caf\u{e9} \u{85}!".as_bytes()).to_string(),
            "caf\u{e9} \\u{85}!"
        );
        assert_eq!(Shown(b"x\xFFy\xC3").to_string(), "x\\xFFy\\xC3");
        assert_eq!(Shown(b"").to_string(), "");
        // The ends of printable ASCII, and the control character after it.
        assert_eq!(Shown(b" ~\x7F").to_string(), " ~\\u{7f}");
    }

    #[test]
    fn shown_cuts_long_values_short() {
        let long = [b'a'; QUOTED + 1];
        let shown = Shown(&long).to_string();
        assert_eq!(shown.len(), QUOTED + 3);
        assert!(shown.ends_with("a..."));
        assert_eq!(Shown(&long[..QUOTED]).to_string().len(), QUOTED);
    }

    /// The rules that `exchange` breaks, trying every rule in the scope
    /// the rows set (its status's, and `scope`): none of the
    /// narrowing that `Findings` does before it tries a rule.
    fn breaks_every_rule_in_scope(
        exchange: &crate::check::Exchange<'_>,
    ) -> alloc::vec::Vec<&'static str> {
        use crate::check::facts::Facts;
        use crate::check::rule::Rule;
        let mut facts = Facts::new(exchange);
        facts.index();
        let mut scope = Rule::mask(exchange.status().map(crate::AnyStatusCode::as_u16));
        let label = facts
            .response
            .has(crate::check::index::Name::ContentType)
            .then(|| facts.label());
        // The scope alone: the rules that need an input the exchange
        // does not offer are tried too.
        let every_input = super::Setting {
            offered: (1 << crate::check::rule::Input::ALL.len()) - 1,
            ..super::Setting::of(exchange)
        };
        for (word, about) in scope.iter_mut().zip(super::scope(every_input, label)) {
            *word &= about;
        }
        let mut ids = alloc::vec::Vec::new();
        for (position, (&rule, check)) in Rule::ALL.iter().zip(Rule::CHECKS).enumerate() {
            if scope[position / 64] & 1 << (position % 64) != 0 && check(rule, &facts).is_some() {
                ids.push(rule.id());
            }
        }
        ids
    }

    #[test]
    fn a_conforming_json_answer_in_an_application_leaves_no_rule_to_try_that_needs_more() {
        use crate::check::rule::Rule;
        use crate::check::{Content, Exchange, Vantage};
        let fields = [("Content-Type", "application/json")];
        let request = [("Host", "example.com")];
        let pending = |exchange: Exchange<'_>| {
            let mut findings = exchange.findings();
            findings.start();
            findings.pending
        };
        let exchange = Exchange::new(crate::StatusCode::Ok.into(), &fields)
            .vantage(Vantage::Application)
            .method("GET")
            .request_fields(&request)
            .content(Content::Length(30));
        let narrowed = pending(exchange);
        let offering = pending(exchange.reason(b"OK").content(Content::Bytes(b"")));
        let without_type = pending(
            Exchange::new(crate::StatusCode::Ok.into(), &request).content(Content::Length(30)),
        );
        let has = |mask: super::Mask, rule: Rule| {
            mask[rule as usize / 64] & 1 << (rule as usize % 64) != 0
        };
        for rule in [Rule::ReasonPhraseSyntax, Rule::StackTrace, Rule::Empty200] {
            assert!(!has(narrowed, rule), "{rule:?}");
            assert!(has(offering, rule), "{rule:?}");
        }
        assert!(!has(narrowed, Rule::ContentTypeWithContent));
        assert!(has(without_type, Rule::ContentTypeWithContent));
    }

    /// Every rule that `Findings` leaves untried for an exchange, because
    /// of a field or an input it lacks, would have found nothing: on
    /// every exchange of the test cases, breaking and keeping, and on
    /// every one the specifications allow.
    #[test]
    fn the_rules_left_untried_would_find_nothing() {
        let exchanges = super::cases::CASES
            .iter()
            .flat_map(|case| [case.breaks, case.keeps])
            .chain(
                super::cases::PERMISSIONS
                    .iter()
                    .map(|permission| permission.exchange),
            );
        let mut compared = 0;
        for ex in exchanges {
            let exchange = ex.exchange();
            let mut found: alloc::vec::Vec<_> = exchange
                .findings()
                .map(|finding| finding.rule().id())
                .collect();
            let mut tried = breaks_every_rule_in_scope(&exchange);
            found.sort_unstable();
            tried.sort_unstable();
            assert_eq!(found, tried, "{ex:?}");
            compared += 1;
        }
        assert!(compared > 300, "{compared} exchanges");
    }
}

/// `can_break_a_rule` against the narrowing of `Findings`, on exchanges
/// made of the names, values and statuses the rules turn on.
#[cfg(all(test, feature = "tower"))]
mod quick_verdict {
    extern crate alloc;
    extern crate std;

    use alloc::string::String;
    use alloc::vec::Vec;

    use proptest::prelude::*;

    use super::{Findings, Mask, Setting, breakable, can_break_a_rule};
    use crate::check::index::{Index, Name};
    use crate::check::layer::RequestFields;
    use crate::check::{Content, Exchange, FieldList, Vantage};

    /// Values that some rule reads, `Content-Type`'s among them.
    const VALUES: &[&str] = &[
        "",
        "application/json",
        "application/problem+json; charset=utf-8",
        "application/problem+xml",
        "multipart/byteranges; boundary=B",
        "text/xml",
        "image/svg+xml",
        "text/html",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "bytes 0-4/10",
        "Bearer realm=\"api\"",
        "close",
        "GET, HEAD",
        "0",
        "5",
        "*",
    ];

    /// A name the checker knows, in any case, or one it does not.
    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(Name::ALL).prop_map(|name| String::from(name.as_str())),
            proptest::sample::select(Name::ALL).prop_map(|name| name.as_str().to_ascii_lowercase()),
            proptest::sample::select(&["X-Other", "If-Whatever", "Server"][..])
                .prop_map(String::from),
        ]
    }

    fn fields() -> impl Strategy<Value = Vec<(String, &'static str)>> {
        proptest::collection::vec((name(), proptest::sample::select(VALUES)), 0..8)
    }

    /// What the quick verdict reads of `exchange`, as the layer gives it.
    type Read<'a> = (Option<u16>, Setting, (u64, Option<&'a [u8]>), u64);

    fn read<'a>(exchange: &Exchange<'a>) -> Read<'a> {
        (
            exchange.status().map(crate::AnyStatusCode::as_u16),
            Setting::of(exchange),
            Index::names(exchange.fields),
            exchange.request_fields.map_or(0, Index::name_bits),
        )
    }

    fn quick((status, setting, names, request): Read<'_>) -> (Mask, bool) {
        (
            breakable(status, setting, names, request),
            can_break_a_rule(status, setting, names, request),
        )
    }

    /// The names of a request's fields that some rule reads, in any case.
    const REQUEST_NAMES: &[&str] = &[
        "Range",
        "if-range",
        "If-None-Match",
        "If-Modified-Since",
        "host",
        "Authorization",
        "Expect",
        "Content-Encoding",
        "transfer-encoding",
        "Connection",
        "Upgrade",
        "Prefer",
        "Accept-Language",
        "Content-Type",
        "Content-Length",
        "X-Other",
    ];

    fn request_fields() -> impl Strategy<Value = Vec<(String, &'static str)>> {
        proptest::collection::vec(
            (
                prop_oneof![
                    proptest::sample::select(REQUEST_NAMES).prop_map(String::from),
                    name()
                ],
                proptest::sample::select(VALUES),
            ),
            0..6,
        )
    }

    /// A registered code, where most rules are, or any number the status
    /// line can carry.
    fn status() -> impl Strategy<Value = u16> {
        prop_oneof![
            3 => proptest::sample::select(crate::StatusCode::ALL).prop_map(crate::StatusCode::as_u16),
            1 => 100..1000_u16,
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        /// The quick verdict leaves pending the very rules that `Findings`
        /// does once it has indexed the fields: when it finds none, there
        /// is no rule left to try.
        #[test]
        fn the_quick_verdict_is_the_narrowing_of_findings(
            status in status(),
            response in fields(),
            request in request_fields(),
            captured in any::<bool>(),
            given_request in any::<bool>(),
            method in proptest::sample::select(&["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "CONNECT", "PATCH"][..]),
            content in 0..4_usize,
            reason in any::<bool>(),
            application in any::<bool>(),
        ) {
            let status = std::string::ToString::to_string(&status);
            let response: Vec<(&str, &str)> = response.iter().map(|(name, value)| (name.as_str(), *value)).collect();
            let request_list: Vec<(&str, &str)> = request.iter().map(|(name, value)| (name.as_str(), *value)).collect();
            let mut headers = http::HeaderMap::new();
            for (name, value) in &request {
                if let (Ok(name), Ok(value)) = (http::header::HeaderName::try_from(name.as_str()), http::HeaderValue::try_from(*value)) {
                    headers.append(name, value);
                }
            }
            let kept = RequestFields::new(&headers);
            let bytes = b"{}";
            let mut exchange = Exchange::from_status_text(&status, response.as_slice())
                .method(method)
                .content(match content {
                    0 => Content::Unknown,
                    1 => Content::Length(0),
                    2 => Content::Length(2),
                    _ => Content::Bytes(bytes),
                });
            if given_request {
                exchange = if captured {
                    exchange.request_fields(FieldList::captured(&kept))
                } else {
                    exchange.request_fields(request_list.as_slice())
                };
            }
            if reason {
                exchange = exchange.reason(b"OK");
            }
            if application {
                exchange = exchange.vantage(Vantage::Application);
            }
            let mut findings = Findings::new(&exchange);
            findings.start();
            let left = findings.pending.iter().any(|&word| word != 0);
            prop_assert_eq!(quick(read(&exchange)), (findings.pending, left));
            // The layer reads the names from the map of the response's
            // fields, as `Index::names` does from the list.
            let mut map = http::HeaderMap::new();
            for &(name, value) in &response {
                if let (Ok(name), Ok(value)) = (http::header::HeaderName::try_from(name), http::HeaderValue::try_from(value)) {
                    map.append(name, value);
                }
            }
            prop_assert_eq!(crate::check::http::names(&map), Index::names(FieldList::from(&map)));
        }
    }

    #[test]
    fn a_conforming_answer_has_no_rule_left_and_a_missing_challenge_has() {
        let json = [("Content-Type", "application/json")];
        let exchange = Exchange::from_status_text("200", json.as_slice())
            .method("GET")
            .vantage(Vantage::Application)
            .content(Content::Length(2));
        assert!(!quick(read(&exchange)).1);
        let unauthorized = Exchange::from_status_text("401", json.as_slice())
            .method("GET")
            .vantage(Vantage::Application);
        assert!(quick(read(&unauthorized)).1);
        assert!(unauthorized.findings().next().is_some());
    }

    /// The smallest exchanges on which a quick verdict that overlooked the
    /// request's names, the label of `Content-Type` or a response name
    /// would part from `Findings`.
    #[test]
    fn the_quick_verdict_reads_the_request_the_label_and_every_response_name() {
        let pending = |exchange: &Exchange<'_>| {
            let mut findings = Findings::new(exchange);
            findings.start();
            findings.pending
        };
        let none: [(&str, &str); 0] = [];
        let coded = [("transfer-encoding", "")];
        let mut headers = http::HeaderMap::new();
        headers.append(
            http::header::TRANSFER_ENCODING,
            http::HeaderValue::from_static(""),
        );
        let kept = RequestFields::new(&headers);
        let typed = [("Content-Type", "")];
        let allow = [("allow", "")];
        let exchanges = [
            Exchange::from_status_text("100", none.as_slice()).request_fields(coded.as_slice()),
            Exchange::from_status_text("100", none.as_slice())
                .request_fields(FieldList::captured(&kept)),
            Exchange::from_status_text("100", typed.as_slice()),
            Exchange::from_status_text("100", allow.as_slice()),
        ];
        for exchange in exchanges {
            let exchange = exchange.method("GET");
            assert_eq!(quick(read(&exchange)).0, pending(&exchange), "{exchange:?}");
        }
    }
}
