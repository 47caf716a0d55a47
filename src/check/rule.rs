//! [`Rule`] and [`Level`], and the generator of the rule table.
//!
//! `rules!` takes the rows written in `rules.rs`, one per rule:
//!
//! ```text
//! /// Optional notes for the variant's documentation.
//! Allow405 "405-allow" field(MethodNotAllowed, "Allow").code(405),
//!     "A 405 response must say which methods the resource allows: send Allow ...",
//!     => fields::required;
//! ```
//!
//! - the variant and the rule's stable id;
//! - a [`Meta`] expression: the level and the section, written as
//!   `must("RFC 9110, Section 15")`, `should(...)` or `advice(...)`, or read
//!   from a code's row of the registry with `field(Code, "Field-Name")`;
//!   then the statuses the rule is about (`code`, `codes`, `class`,
//!   `classes`, `unregistered`, `out_of_range`; every status when none is
//!   given), `wire()` for a rule about a field that the HTTP library owns
//!   inside an application, `replaces(Rule)` for a rule that says more
//!   precisely what another would, and what it can only be broken with:
//!   `methods(...)`, the response fields it `needs(...)`, the request
//!   fields it `request_needs(...)`, the `labels(...)` of `Content-Type`;
//! - the summary: one sentence, what is wrong and what to do instead;
//! - the function that decides the rule.
//!
//! The enum, [`Rule::ALL`], the lookups, the id parser and the dispatch
//! masks of [`Findings`](super::Findings) all come from the rows.

use core::fmt;
use core::str::FromStr;

use super::facts::Label;
use super::index::Name;
use crate::StatusCode;

pub use super::rules::Rule;

/// How much a rule matters: what the specification's words make of it.
///
/// Ordered by severity, so that `Level::Must` is the greatest and
/// `level >= Level::Should` picks the normative findings.
///
/// # Examples
///
/// ```
/// use statuscode::check::{Level, Rule};
///
/// assert!(Level::Must > Level::Should && Level::Should > Level::Advice);
/// assert_eq!(Rule::ALL.iter().map(|rule| rule.level()).max(), Some(Level::Must));
/// assert_eq!(Level::Should.to_string(), "should");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Not a requirement of any specification, but advice that is widely
    /// given, with its basis cited.
    Advice,
    /// A SHOULD, SHOULD NOT or RECOMMENDED: to be followed unless there is
    /// a reason not to that the sender understands.
    Should,
    /// A MUST or MUST NOT, or a definition or grammar that the response
    /// contradicts: the response is wrong.
    Must,
}

impl Level {
    /// The level in lower case: `"must"`, `"should"` or `"advice"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Level;
    ///
    /// assert_eq!(Level::Must.as_str(), "must");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
            Level::Advice => "advice",
        }
    }
}

/// Writes [`Level::as_str`].
impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The statuses a rule is about.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Scope {
    /// Every status, and a status that is not a code at all.
    Any,
    /// The codes of one class, by its first digit, registered or not.
    Class(u16),
    /// The codes of the classes from the first digit to the second.
    Classes(u16, u16),
    /// One code.
    Code(u16),
    /// Some codes.
    Codes(&'static [u16]),
    /// The codes from 100 to 599 that are not registered, and every other
    /// status.
    Unregistered,
    /// A status outside 100 to 599, or one that is not a code at all.
    OutOfRange,
}

/// A rule's level, section, statuses and flags: the data of a row.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Meta {
    pub(crate) level: Level,
    pub(crate) reference: &'static str,
    pub(crate) scope: Scope,
    /// The rule is about fields the HTTP library owns.
    pub(crate) wire: bool,
    /// A rule this one stands in for on its statuses.
    pub(crate) replaces: Option<Rule>,
    /// The header field that the registry's row names, for a rule read
    /// from it.
    pub(crate) field: Option<&'static str>,
    /// Response fields of which the rule needs at least one, as bits (see
    /// [`name_bits`]): without them it cannot be broken, and is not tried.
    pub(crate) needs: u64,
    /// The request methods the rule is about, when it is about some: with
    /// another method, or none known, it is not tried.
    pub(crate) methods: &'static [&'static str],
    /// The labels of `Content-Type` the rule is about, one bit each by
    /// discriminant, when it is about some (0 for every label): with
    /// another, it is not tried.
    pub(crate) labels: u8,
    /// Request fields of which the rule needs at least one, as `needs` for
    /// the response's.
    pub(crate) request_needs: u64,
    /// Response fields whose presence rules the rule out, as bits: it is
    /// about their absence, and with any of them it is not tried.
    pub(crate) without: u64,
    /// The [`Input`]s the rule needs, one bit each: without one, it cannot
    /// be broken, and is not tried.
    pub(crate) inputs: u8,
}

/// `names` as bits of a word, one for each by its position in
/// [`Name::ALL`]: a row keeps its names so, in a quarter of the room of a
/// slice.
const fn name_bits(names: &[Name]) -> u64 {
    let mut bits = 0;
    let mut i = 0;
    while i < names.len() {
        assert!((names[i] as u32) < u64::BITS, "a name is a bit of a word");
        bits |= 1 << names[i] as u8;
        i += 1;
    }
    bits
}

/// The lists of fields of a row.
#[derive(Clone, Copy)]
enum Names {
    /// [`Meta::needs`].
    Needs,
    /// [`Meta::request_needs`].
    RequestNeeds,
    /// [`Meta::without`].
    Without,
}

/// Something of an exchange, beyond its fields, that some rules need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Input {
    /// A reason phrase.
    Reason,
    /// The content's bytes (coded or not: the rule reads them only when
    /// no content coding was applied).
    Bytes,
    /// Content known to be empty.
    Empty,
}

impl Input {
    /// Every input, in the order of their bits.
    pub(crate) const ALL: [Input; 3] = [Input::Reason, Input::Bytes, Input::Empty];

    /// The inputs that `exchange` offers, one bit each.
    pub(crate) fn offered(exchange: &crate::check::Exchange<'_>) -> u8 {
        Input::offered_by(exchange.reason.is_some(), &exchange.content)
    }

    /// The inputs that an exchange with a reason phrase or not and this
    /// `content` offers, one bit each.
    pub(crate) fn offered_by(reason: bool, content: &crate::check::Content<'_>) -> u8 {
        let mut bits = 0;
        if reason {
            bits |= 1 << Input::Reason as u8;
        }
        if matches!(content, crate::check::Content::Bytes(_)) {
            bits |= 1 << Input::Bytes as u8;
        }
        if content.len() == Some(0) {
            bits |= 1 << Input::Empty as u8;
        }
        bits
    }
}

impl Meta {
    const fn new(level: Level, reference: &'static str) -> Meta {
        Meta {
            level,
            reference,
            scope: Scope::Any,
            wire: false,
            replaces: None,
            field: None,
            needs: 0,
            methods: &[],
            labels: 0,
            request_needs: 0,
            without: 0,
            inputs: 0,
        }
    }

    pub(crate) const fn code(self, code: u16) -> Meta {
        Meta {
            scope: Scope::Code(code),
            ..self
        }
    }

    pub(crate) const fn codes(self, codes: &'static [u16]) -> Meta {
        Meta {
            scope: Scope::Codes(codes),
            ..self
        }
    }

    pub(crate) const fn class(self, digit: u16) -> Meta {
        Meta {
            scope: Scope::Class(digit),
            ..self
        }
    }

    pub(crate) const fn classes(self, first: u16, last: u16) -> Meta {
        Meta {
            scope: Scope::Classes(first, last),
            ..self
        }
    }

    pub(crate) const fn wire(self) -> Meta {
        Meta { wire: true, ..self }
    }

    pub(crate) const fn replaces(self, rule: Rule) -> Meta {
        Meta {
            replaces: Some(rule),
            ..self
        }
    }

    /// About answers to these methods, each one of [`METHODS`].
    pub(crate) const fn methods(self, methods: &'static [&'static str]) -> Meta {
        let mut i = 0;
        while i < methods.len() {
            assert!(
                method_index(methods[i]).is_some(),
                "add the method to METHODS"
            );
            i += 1;
        }
        Meta { methods, ..self }
    }

    /// About responses that carry at least one of these fields.
    pub(crate) const fn needs(self, names: &[Name]) -> Meta {
        Meta {
            needs: name_bits(names),
            ..self
        }
    }

    /// About requests that carry at least one of these fields.
    pub(crate) const fn request_needs(self, names: &[Name]) -> Meta {
        Meta {
            request_needs: name_bits(names),
            ..self
        }
    }

    /// About responses that carry none of these fields.
    pub(crate) const fn without(self, names: &[Name]) -> Meta {
        Meta {
            without: name_bits(names),
            ..self
        }
    }

    /// About exchanges that offer all of these inputs.
    pub(crate) const fn inputs(self, inputs: &[Input]) -> Meta {
        let mut bits = 0;
        let mut i = 0;
        while i < inputs.len() {
            bits |= 1 << inputs[i] as u8;
            i += 1;
        }
        Meta {
            inputs: bits,
            ..self
        }
    }

    /// About responses whose `Content-Type` has one of these labels.
    pub(crate) const fn labels(self, labels: &[Label]) -> Meta {
        let mut bits = 0;
        let mut i = 0;
        while i < labels.len() {
            assert!((labels[i] as u32) < u8::BITS, "a label is a bit of a byte");
            bits |= 1 << labels[i] as u8;
            i += 1;
        }
        Meta {
            labels: bits,
            ..self
        }
    }

    /// About the codes from 100 to 599 that are not registered.
    pub(crate) const fn unregistered(self) -> Meta {
        Meta {
            scope: Scope::Unregistered,
            ..self
        }
    }

    /// About a status outside 100 to 599.
    pub(crate) const fn out_of_range(self) -> Meta {
        Meta {
            scope: Scope::OutOfRange,
            ..self
        }
    }

    /// Whether the rule is about this status: a code from 100 to 999, or
    /// 0 for a status that is no code at all.
    const fn covers(&self, status: u16) -> bool {
        let in_range = 100 <= status && status <= 599;
        match self.scope {
            Scope::Any => true,
            Scope::Unregistered => !in_range || StatusCode::from_u16(status).is_err(),
            Scope::OutOfRange => !in_range,
            Scope::Class(digit) => status / 100 == digit,
            Scope::Classes(first, last) => first <= status / 100 && status / 100 <= last,
            Scope::Code(code) => status == code,
            Scope::Codes(codes) => {
                let mut i = 0;
                while i < codes.len() {
                    if codes[i] == status {
                        return true;
                    }
                    i += 1;
                }
                false
            }
        }
    }
}

/// A MUST, MUST NOT or definitional rule of this section.
pub(crate) const fn must(reference: &'static str) -> Meta {
    Meta::new(Level::Must, reference)
}

/// A SHOULD, SHOULD NOT or RECOMMENDED of this section.
pub(crate) const fn should(reference: &'static str) -> Meta {
    Meta::new(Level::Should, reference)
}

/// Advice, with its basis.
pub(crate) const fn advice(reference: &'static str) -> Meta {
    Meta::new(Level::Advice, reference)
}

/// The rule that a code's row of the registry writes for one of the header
/// fields to send with it: the rule's level and section are the row's, and
/// it is about that code. Fails to compile when the row does not name the
/// field as one to send.
pub(crate) const fn field(code: StatusCode, name: &'static str) -> Meta {
    registry_field(code, name, true)
}

/// The rule that a code's row of the registry writes for a header field
/// that must not or should not be sent with it.
pub(crate) const fn forbidden(code: StatusCode, name: &'static str) -> Meta {
    registry_field(code, name, false)
}

const fn registry_field(code: StatusCode, name: &'static str, sent: bool) -> Meta {
    let fields = code.guidance().header_fields();
    let mut i = 0;
    while i < fields.len() {
        let field = fields[i];
        if field.requirement().is_sent() == sent
            && const_eq(field.name().as_bytes(), name.as_bytes())
        {
            let meta = Meta::new(field.requirement().check_level(), field.reference());
            return Meta {
                field: Some(field.name()),
                ..meta.code(code.as_u16())
            };
        }
        i += 1;
    }
    panic!("the registry row of this code does not name this field")
}

const fn const_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The methods that rules single out, for [`Rule::for_setting`].
pub(crate) const METHODS: [&str; 8] = [
    "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE",
];

/// [`METHODS`] as `http` has them, in the same order, which a test keeps
/// in step with the names.
#[cfg(feature = "tower")]
const HTTP_METHODS: [http::Method; METHODS.len()] = [
    http::Method::GET,
    http::Method::HEAD,
    http::Method::POST,
    http::Method::PUT,
    http::Method::DELETE,
    http::Method::CONNECT,
    http::Method::OPTIONS,
    http::Method::TRACE,
];

/// The position of `method` in [`METHODS`], found without its text: the
/// layer's quick verdict compares no strings.
#[cfg(feature = "tower")]
pub(crate) fn http_method_index(method: &http::Method) -> Option<usize> {
    HTTP_METHODS.iter().position(|known| known == method)
}

/// The position of `method` in [`METHODS`].
pub(crate) const fn method_index(method: &str) -> Option<usize> {
    let mut i = 0;
    while i < METHODS.len() {
        if const_eq(METHODS[i].as_bytes(), method.as_bytes()) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// How many words of 64 bits the dispatch masks need.
pub(crate) const WORDS: usize = Rule::ALL.len().div_ceil(64);

/// A set of rules, one bit each in the order of [`Rule::ALL`].
pub(crate) type Mask = [u64; WORDS];

/// What a field's presence in a response tells of the rules: those that
/// need it (or it or another), and those it rules out. Both are read for
/// each name of a response, so they are kept side by side, in one cache
/// line while the rules fit in four words.
#[derive(Clone, Copy)]
#[repr(align(64))]
pub(crate) struct ResponseName {
    pub(crate) needing: Mask,
    pub(crate) ruled_out: Mask,
}

macro_rules! rules {
    (
        $(
            $(#[doc = $doc:literal])*
            $Rule:ident $id:literal $meta:expr,
                $summary:literal => $check:path;
        )+
    ) => {
        /// A rule that the specifications attach to a status code, a class
        /// or every response, which [`Exchange::findings`](super::Exchange::findings)
        /// checks.
        ///
        /// Each rule has a stable [`id`](Rule::id) (`"405-allow"`), a
        /// [`level`](Rule::level), the [`reference`](Rule::reference) of the
        /// section it comes from, and a one-sentence
        /// [`summary`](Rule::summary) of what is wrong and what to do
        /// instead. The ids are those of the crate's catalogue of rules;
        /// advice has no `ADV-` prefix. The README lists every rule, and
        /// those left out with the reason.
        ///
        /// New rules arrive in minor releases, hence `#[non_exhaustive]`.
        ///
        /// # Examples
        ///
        /// ```
        /// use statuscode::check::{Level, Rule};
        ///
        /// let rule: Rule = "405-allow".parse()?;
        /// assert_eq!(rule, Rule::Allow405);
        /// assert_eq!(rule.level(), Level::Must);
        /// assert_eq!(rule.reference(), "RFC 9110, Section 15.5.6");
        /// assert!(rule.summary().contains("Allow"));
        /// assert!("ADV-429-retry-after".parse::<Rule>().is_err());
        /// # Ok::<(), statuscode::check::UnknownRule>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $(
                #[doc = concat!("`", $id, "`: ", $summary)]
                $(#[doc = ""] #[doc = $doc])*
                $Rule,
            )+
        }

        impl Rule {
            /// Every rule, in the order of the catalogue: the status line,
            /// content, framing, `Date`, then by class, then the
            /// extensions, caching, authentication, field syntax, problem
            /// details, WebDAV and advice.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::check::Rule;
            ///
            /// assert_eq!(Rule::ALL.first().map(|rule| rule.id()), Some("status-code-range"));
            /// assert!(Rule::ALL.iter().any(|rule| rule.id() == "429-retry-after"));
            /// ```
            pub const ALL: &'static [Rule] = &[$(Rule::$Rule),+];

            /// The data of each row, in the order of `ALL`.
            pub(crate) const META: [$crate::check::rule::Meta; Rule::ALL.len()] = [$($meta),+];

            /// The function that decides each rule, in the order of `ALL`.
            pub(crate) const CHECKS: [$crate::check::facts::Check; Rule::ALL.len()] = [$($check),+];

            /// The rule's stable identifier, such as `"401-www-authenticate"`.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::check::Rule;
            ///
            /// assert_eq!(Rule::Allow405.id(), "405-allow");
            /// ```
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $(Rule::$Rule => $id,)+
                }
            }

            /// What is wrong and what to do instead, in one sentence.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::check::Rule;
            ///
            /// assert!(Rule::Allow405.summary().ends_with('.'));
            /// ```
            #[must_use]
            pub const fn summary(self) -> &'static str {
                match self {
                    $(Rule::$Rule => $summary,)+
                }
            }

            /// The rule with this id, for `FromStr`.
            pub(crate) fn from_id(id: &str) -> Option<Rule> {
                match id {
                    $($id => Some(Rule::$Rule),)+
                    _ => None,
                }
            }
        }
    };
}

impl Rule {
    /// The data of the rule's row.
    pub(crate) const fn meta(self) -> &'static Meta {
        &Rule::META[self as usize]
    }

    /// Whether the rule is about `status`.
    pub(crate) const fn is_about(self, status: u16) -> bool {
        self.meta().covers(status)
    }

    /// The header field a rule read from the registry is about.
    pub(crate) const fn field(self) -> Option<&'static str> {
        self.meta().field
    }

    /// How much the rule matters.
    ///
    /// A rule written with MUST, MUST NOT, or a definition or grammar is
    /// [`Level::Must`]; SHOULD, SHOULD NOT and RECOMMENDED are
    /// [`Level::Should`]; advice is [`Level::Advice`]. For a header field
    /// that a code's guidance names, the level is the one
    /// [`Guidance::header_fields`](crate::Guidance::header_fields) gives.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::{Level, Rule};
    ///
    /// assert_eq!(Rule::WwwAuthenticate401.level(), Level::Must);
    /// assert_eq!(Rule::RetryAfter429.level(), Level::Advice);
    /// ```
    #[must_use]
    pub const fn level(self) -> Level {
        self.meta().level
    }

    /// The section the rule comes from, as the crate cites sections
    /// elsewhere: `"RFC 9110, Section 15.5.2"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Rule;
    ///
    /// assert_eq!(Rule::ProxyAuthenticate407.reference(), "RFC 9110, Section 15.5.8");
    /// ```
    #[must_use]
    pub const fn reference(self) -> &'static str {
        self.meta().reference
    }

    /// The rules about `status` (100 to 999), and those about every status.
    const fn mask_of(status: u16) -> Mask {
        let mut mask = [0; WORDS];
        let mut i = 0;
        while i < Rule::ALL.len() {
            if Rule::META[i].covers(status) {
                mask[i / 64] |= 1 << (i % 64);
            }
            i += 1;
        }
        // A rule stands in for the one it replaces on its own statuses.
        let mut i = 0;
        while i < Rule::ALL.len() {
            if let Some(replaced) = Rule::META[i].replaces {
                if Rule::META[i].covers(status) {
                    let j = replaced as usize;
                    mask[j / 64] &= !(1 << (j % 64));
                }
            }
            i += 1;
        }
        mask
    }

    /// The rules about each status from 100 to 599, computed once at
    /// compile time.
    const MASKS: [Mask; 500] = {
        let mut masks = [[0; WORDS]; 500];
        let mut status = 100;
        while status < 600 {
            masks[(status - 100) as usize] = Rule::mask_of(status);
            status += 1;
        }
        masks
    };

    /// The rules about statuses from 600 to 999, and about text that is no
    /// status at all: those of every status.
    const MASK_OF_ANY: Mask = Rule::mask_of(0);

    /// The rules about `status`, or about every status for `None`.
    pub(crate) const fn mask(status: Option<u16>) -> Mask {
        match status {
            Some(code @ 100..=599) => Rule::MASKS[(code - 100) as usize],
            _ => Rule::MASK_OF_ANY,
        }
    }

    /// The rules that need no particular field of the response.
    pub(crate) const NEED_NO_FIELD: Mask = Rule::need_no_field(Names::Needs);

    /// The rules that need no particular field of the request.
    pub(crate) const NEED_NO_REQUEST_FIELD: Mask = Rule::need_no_field(Names::RequestNeeds);

    /// For each field, the rules that its presence in the response lets
    /// be broken and those it rules out, side by side.
    pub(crate) const BY_RESPONSE_NAME: [ResponseName; Name::ALL.len()] = {
        let needing = Rule::by_name(Names::Needs);
        let ruled_out = Rule::by_name(Names::Without);
        let mut masks = [ResponseName {
            needing: [0; WORDS],
            ruled_out: [0; WORDS],
        }; Name::ALL.len()];
        let mut i = 0;
        while i < masks.len() {
            masks[i] = ResponseName {
                needing: needing[i],
                ruled_out: ruled_out[i],
            };
            i += 1;
        }
        masks
    };

    /// For each field, the rules that need it (or it or another) in the
    /// request.
    pub(crate) const REQUEST_NEEDING: [Mask; Name::ALL.len()] = Rule::by_name(Names::RequestNeeds);

    /// One of the lists of fields of row `i`, as bits.
    const fn names(i: usize, which: Names) -> u64 {
        match which {
            Names::Needs => Rule::META[i].needs,
            Names::RequestNeeds => Rule::META[i].request_needs,
            Names::Without => Rule::META[i].without,
        }
    }

    const fn need_no_field(which: Names) -> Mask {
        let mut mask = [0; WORDS];
        let mut i = 0;
        while i < Rule::ALL.len() {
            if Rule::names(i, which) == 0 {
                mask[i / 64] |= 1 << (i % 64);
            }
            i += 1;
        }
        mask
    }

    /// For each field, the rules whose list `which` names it.
    const fn by_name(which: Names) -> [Mask; Name::ALL.len()] {
        let mut masks = [[0; WORDS]; Name::ALL.len()];
        let mut i = 0;
        while i < Rule::ALL.len() {
            let names = Rule::names(i, which);
            let mut j = 0;
            while j < Name::ALL.len() {
                if names & (1 << j) != 0 {
                    masks[j][i / 64] |= 1 << (i % 64);
                }
                j += 1;
            }
            i += 1;
        }
        masks
    }

    /// For each set of [`Input`]s an exchange can offer (a bit each), the
    /// rules that need no other.
    const OFFERING: [Mask; 1 << Input::ALL.len()] = {
        let mut masks = [[0; WORDS]; 1 << Input::ALL.len()];
        let mut offered = 0;
        while offered < masks.len() {
            let mut i = 0;
            while i < Rule::ALL.len() {
                if Rule::META[i].inputs as usize & !offered == 0 {
                    masks[offered][i / 64] |= 1 << (i % 64);
                }
                i += 1;
            }
            offered += 1;
        }
        masks
    };

    /// For each method of [`METHODS`] and one more for any other, for
    /// each vantage (the wire's, then the application's) and for each set
    /// of inputs offered: the rules about that method, without those about
    /// fields the HTTP library owns when seen from the application, that
    /// need no input but those. What the four tables it is made of give,
    /// read as one.
    const BY_SETTING: [[[Mask; 1 << Input::ALL.len()]; 2]; METHODS.len() + 1] = {
        let mut masks = [[[[0; WORDS]; 1 << Input::ALL.len()]; 2]; METHODS.len() + 1];
        let mut method = 0;
        while method <= METHODS.len() {
            let about = if method < METHODS.len() {
                Rule::BY_METHOD[method]
            } else {
                Rule::ANY_METHOD
            };
            let mut application = 0;
            while application < 2 {
                let mut offered = 0;
                while offered < 1 << Input::ALL.len() {
                    let mut word = 0;
                    while word < WORDS {
                        let mut mask = about[word] & Rule::OFFERING[offered][word];
                        if application == 1 {
                            mask &= !Rule::WIRE[word];
                        }
                        masks[method][application][offered][word] = mask;
                        word += 1;
                    }
                    offered += 1;
                }
                application += 1;
            }
            method += 1;
        }
        masks
    };

    /// The rules about the method at position `method` in [`METHODS`] (or
    /// about any other, or none), seen from the application or not, that
    /// need no input but those `offered`, as [`Input::offered`] gives them.
    pub(crate) fn for_setting(method: Option<usize>, application: bool, offered: u8) -> Mask {
        let method = method.map_or(METHODS.len(), |at| at.min(METHODS.len()));
        // Bits that stand for no input are not offered inputs.
        let offered = usize::from(offered) & ((1 << Input::ALL.len()) - 1);
        Rule::BY_SETTING[method][usize::from(application)][offered]
    }

    /// The rules that need no input but these, as [`Input::offered`]
    /// gives them.
    #[cfg(test)]
    pub(crate) fn offering(offered: u8) -> Mask {
        Rule::OFFERING
            .get(usize::from(offered))
            .copied()
            .unwrap_or(Rule::OFFERING[0])
    }

    /// The rules that are about any method.
    const ANY_METHOD: Mask = {
        let mut mask = [0; WORDS];
        let mut i = 0;
        while i < Rule::ALL.len() {
            if Rule::META[i].methods.is_empty() {
                mask[i / 64] |= 1 << (i % 64);
            }
            i += 1;
        }
        mask
    };

    /// For each method of [`METHODS`], the rules about it or about any.
    const BY_METHOD: [Mask; METHODS.len()] = {
        let mut masks = [Rule::ANY_METHOD; METHODS.len()];
        let mut i = 0;
        while i < Rule::ALL.len() {
            let methods = Rule::META[i].methods;
            let mut j = 0;
            while j < methods.len() {
                if let Some(at) = method_index(methods[j]) {
                    masks[at][i / 64] |= 1 << (i % 64);
                }
                j += 1;
            }
            i += 1;
        }
        masks
    };

    /// For each label, the rules about it or about any.
    const BY_LABEL: [Mask; Label::ALL.len()] = {
        let mut masks = [[0; WORDS]; Label::ALL.len()];
        let mut i = 0;
        while i < Rule::ALL.len() {
            let labels = Rule::META[i].labels;
            let mut j = 0;
            while j < Label::ALL.len() {
                if labels == 0 || labels & (1 << j) != 0 {
                    masks[j][i / 64] |= 1 << (i % 64);
                }
                j += 1;
            }
            i += 1;
        }
        masks
    };

    /// The rules that can be broken with content of this label.
    pub(crate) const fn for_label(label: Label) -> Mask {
        Rule::BY_LABEL[label as usize]
    }

    /// The rules about fields the HTTP library owns.
    pub(crate) const WIRE: Mask = {
        let mut mask = [0; WORDS];
        let mut i = 0;
        while i < Rule::ALL.len() {
            if Rule::META[i].wire {
                mask[i / 64] |= 1 << (i % 64);
            }
            i += 1;
        }
        mask
    };
}

/// Rules are declared in the order of `ALL`, so a rule's discriminant is
/// its position; checked once at compile time, as `meta` relies on it.
const _: () = {
    let mut i = 0;
    while i < Rule::ALL.len() {
        assert!(Rule::ALL[i] as usize == i);
        i += 1;
    }
};

/// Writes the rule's [`id`](Rule::id).
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}

/// A rule id that names no rule.
///
/// # Examples
///
/// ```
/// use statuscode::check::Rule;
///
/// let error = "405-alow".parse::<Rule>().unwrap_err();
/// assert_eq!(error.to_string(), "\"405-alow\" is not the id of a rule");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{:?} is not the id of a rule", self.id)]
pub struct UnknownRule {
    /// The id, cut at a length that no rule id reaches, so that the error
    /// needs no allocation.
    id: ShortId,
}

/// At most 64 bytes of an id, for [`UnknownRule`].
#[derive(Clone, Copy, PartialEq, Eq)]
struct ShortId {
    bytes: [u8; 64],
    len: usize,
}

impl fmt::Debug for ShortId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = &self.bytes[..self.len];
        match core::str::from_utf8(text) {
            Ok(text) => fmt::Debug::fmt(text, f),
            // Cut in the middle of a character: show what is whole.
            Err(error) => {
                let whole = &text[..error.valid_up_to()];
                fmt::Debug::fmt(core::str::from_utf8(whole).unwrap_or_default(), f)
            }
        }
    }
}

/// Parses a rule's [`id`](Rule::id), exactly as it is written.
impl FromStr for Rule {
    type Err = UnknownRule;

    fn from_str(id: &str) -> Result<Rule, UnknownRule> {
        Rule::from_id(id).ok_or_else(|| {
            let mut bytes = [0; 64];
            let len = id.len().min(bytes.len());
            bytes[..len].copy_from_slice(&id.as_bytes()[..len]);
            UnknownRule {
                id: ShortId { bytes, len },
            }
        })
    }
}

pub(crate) use rules;

#[cfg(test)]
mod tests {
    use super::{Input, Label, Name, Rule};

    fn has(mask: super::Mask, rule: Rule) -> bool {
        let at = rule as usize;
        mask[at / 64] & (1 << (at % 64)) != 0
    }

    /// The table of settings is the method's rules, less those about the
    /// wire's fields from the application, less those needing an input
    /// not offered.
    #[test]
    fn a_setting_is_its_method_its_vantage_and_its_inputs() {
        use super::METHODS;
        for method in 0..=METHODS.len() {
            let at = (method < METHODS.len()).then_some(method);
            let about = at.map_or(Rule::ANY_METHOD, |at| Rule::BY_METHOD[at]);
            for application in [false, true] {
                for offered in 0..8 {
                    let mut expected = about;
                    for (word, (offering, wire)) in expected
                        .iter_mut()
                        .zip(Rule::offering(offered).iter().zip(Rule::WIRE))
                    {
                        *word &= offering & if application { !wire } else { !0 };
                    }
                    assert_eq!(Rule::for_setting(at, application, offered), expected);
                }
            }
        }
        let get = super::method_index("GET");
        let head = super::method_index("HEAD");
        assert!(has(Rule::for_setting(get, false, 0), Rule::DateRequired));
        assert!(!has(Rule::for_setting(get, true, 0), Rule::DateRequired));
        assert!(!has(
            Rule::for_setting(get, false, 0b111),
            Rule::HeadNoContent
        ));
        assert!(has(Rule::for_setting(head, false, 0), Rule::HeadNoContent));
        assert!(has(
            Rule::for_setting(None, false, 0),
            Rule::WwwAuthenticate401
        ));
        let empty = 1 << Input::Empty as u8;
        assert!(!has(Rule::for_setting(get, true, 0), Rule::Empty200));
        assert!(has(Rule::for_setting(get, true, empty), Rule::Empty200));
    }

    /// A method of `http` is found at the position of its name, and one
    /// that is not in the list is found nowhere.
    #[cfg(feature = "tower")]
    #[test]
    fn an_http_method_is_where_its_name_is() {
        use super::{METHODS, http_method_index, method_index};
        for (at, name) in METHODS.iter().enumerate() {
            let method = http::Method::from_bytes(name.as_bytes()).unwrap();
            assert_eq!(http_method_index(&method), Some(at), "{name}");
            assert_eq!(method_index(name), Some(at));
        }
        for name in ["PATCH", "PURGE", "get", "A-VERY-LONG-EXTENSION-METHOD"] {
            let method = http::Method::from_bytes(name.as_bytes()).unwrap();
            assert_eq!(http_method_index(&method), None, "{name}");
            assert_eq!(method_index(name), None, "{name}");
        }
    }

    #[test]
    fn status_rules_are_tried_only_for_the_statuses_they_can_fault() {
        for code in 100..=599 {
            let mask = Rule::mask(Some(code));
            let registered = crate::StatusCode::from_u16(code).is_ok();
            assert_eq!(
                has(mask, Rule::UnregisteredStatus),
                !registered && code != 306,
                "{code}"
            );
            assert!(!has(mask, Rule::StatusCodeRange), "{code}");
            assert!(!has(mask, Rule::StatusCode3Digit), "{code}");
        }
        for status in [Some(600), Some(999), None] {
            let mask = Rule::mask(status);
            assert!(has(mask, Rule::StatusCodeRange), "{status:?}");
            assert!(has(mask, Rule::StatusCode3Digit), "{status:?}");
            assert!(has(mask, Rule::UnregisteredStatus), "{status:?}");
        }
    }

    #[test]
    fn a_rule_about_some_labels_is_tried_only_for_them() {
        for label in Label::ALL {
            let mask = Rule::for_label(label);
            let problem = matches!(label, Label::ProblemJson | Label::ProblemXml);
            assert_eq!(has(mask, Rule::ProblemStatusMatch), problem, "{label:?}");
            assert_eq!(
                has(mask, Rule::ProblemMemberTypes),
                label == Label::ProblemJson
            );
            assert_eq!(has(mask, Rule::ProblemMediaType), label == Label::Json);
            // A rule about every label.
            assert!(has(mask, Rule::StackTrace), "{label:?}");
            assert!(has(mask, Rule::DateRequired), "{label:?}");
        }
    }

    #[test]
    fn a_rule_about_a_missing_field_or_an_input_is_not_tried_without_it() {
        let ruled_out = Rule::BY_RESPONSE_NAME[Name::ContentType as usize].ruled_out;
        assert!(has(ruled_out, Rule::ContentTypeWithContent));
        assert!(!has(ruled_out, Rule::StackTrace));
        // The rules tried when the exchange offers every input but one.
        let lacking = |input: Input| Rule::offering(0b111 & !(1 << input as u8));
        assert!(!has(lacking(Input::Reason), Rule::ReasonPhraseSyntax));
        assert!(!has(lacking(Input::Bytes), Rule::StackTrace));
        assert!(!has(lacking(Input::Bytes), Rule::ProblemMediaType));
        assert!(!has(lacking(Input::Empty), Rule::Empty200));
        assert!(has(lacking(Input::Empty), Rule::StackTrace));
        for input in Input::ALL {
            assert!(has(lacking(input), Rule::DateRequired), "{input:?}");
        }
        assert!(has(Rule::offering(0b111), Rule::Empty200));
        let offered = |exchange: crate::check::Exchange<'_>| Input::offered(&exchange);
        let fields: [(&str, &str); 0] = [];
        let ok = crate::check::Exchange::new(crate::StatusCode::Ok.into(), &fields);
        assert_eq!(offered(ok), 0);
        assert_eq!(offered(ok.reason(b"OK")), 1 << Input::Reason as u8);
        let content = |content| offered(ok.content(content));
        assert_eq!(
            content(crate::check::Content::Bytes(b"x")),
            1 << Input::Bytes as u8
        );
        assert_eq!(
            content(crate::check::Content::Bytes(b"")),
            1 << Input::Bytes as u8 | 1 << Input::Empty as u8
        );
        assert_eq!(
            content(crate::check::Content::Length(0)),
            1 << Input::Empty as u8
        );
        assert_eq!(content(crate::check::Content::Length(7)), 0);
    }
}
