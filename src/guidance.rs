//! Advice on using each status code, as data.

use core::fmt;

use crate::StatusCode;

/// How to use a status code: when to send it, what to do when it arrives,
/// the usual mistakes, the header fields that go with it, the codes it is
/// confused with and the everyday words for the situations it fits.
///
/// Every [`StatusCode`] has one, from [`StatusCode::guidance`]. The texts
/// are plain sentences without markup, written against the section of the
/// specification that defines the code, which [`StatusCode::reference`]
/// names. They suit an error page, a linter message, a command-line tool or
/// an editor's hover text.
///
/// `Display` writes all of it as plain text wrapped to 80 columns; the
/// alternate form (`{:#}`) does not wrap, for callers that wrap by
/// themselves.
///
/// New parts may be added in a minor release, hence `#[non_exhaustive]`.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let guidance = StatusCode::MethodNotAllowed.guidance();
/// assert_eq!(guidance.code(), StatusCode::MethodNotAllowed);
/// assert_eq!(guidance.headers(), ["Allow"]);
///
/// let text = guidance.to_string();
/// assert!(text.starts_with("405 Method Not Allowed\n"));
/// assert!(text.contains("Allow"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Guidance {
    pub(crate) code: StatusCode,
    pub(crate) summary: &'static str,
    pub(crate) use_when: &'static str,
    pub(crate) when_received: &'static str,
    pub(crate) pitfalls: &'static str,
    pub(crate) headers: &'static [&'static str],
    pub(crate) header_fields: &'static [HeaderField],
    pub(crate) related: &'static [StatusCode],
    pub(crate) terms: &'static [&'static str],
}

impl Guidance {
    /// The code this guidance is about.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert_eq!(StatusCode::Gone.guidance().code(), StatusCode::Gone);
    /// ```
    #[must_use]
    pub const fn code(&self) -> StatusCode {
        self.code
    }

    /// What the code means, in one sentence.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let summary = StatusCode::Conflict.guidance().summary();
    /// assert!(summary.ends_with('.'));
    /// ```
    #[must_use]
    pub const fn summary(&self) -> &'static str {
        self.summary
    }

    /// For servers: when to send the code, and when another code fits
    /// better.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::SeeOther.guidance().use_when().contains("GET"));
    /// ```
    #[must_use]
    pub const fn use_when(&self) -> &'static str {
        self.use_when
    }

    /// For clients: what the code usually means when it arrives, and how to
    /// react to it.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::TooManyRequests.guidance().when_received().contains("Retry-After"));
    /// ```
    #[must_use]
    pub const fn when_received(&self) -> &'static str {
        self.when_received
    }

    /// The mistakes people make with the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(!StatusCode::InternalServerError.guidance().pitfalls().is_empty());
    /// ```
    #[must_use]
    pub const fn pitfalls(&self) -> &'static str {
        self.pitfalls
    }

    /// The response header fields that go with the code, required or
    /// recommended by its specification, by their canonical names.
    ///
    /// Fields that any response may carry, such as `Date` or
    /// `Content-Type`, are not listed. The slice is empty when nothing
    /// particular goes with the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert_eq!(StatusCode::Unauthorized.guidance().headers(), ["WWW-Authenticate"]);
    /// assert!(StatusCode::Created.guidance().headers().contains(&"Location"));
    /// ```
    #[must_use]
    pub const fn headers(&self) -> &'static [&'static str] {
        self.headers
    }

    /// The header fields the code's specification speaks of, each with how
    /// strongly it is asked for and where.
    ///
    /// This is the same list as [`headers`](Guidance::headers), plus the
    /// fields that a response with this code must not or should not carry,
    /// such as `Content-Length` on a 204. The conformance checker reads its
    /// rules about a single code's fields from here, so the two cannot
    /// disagree.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Requirement, StatusCode};
    ///
    /// let allow = StatusCode::MethodNotAllowed.guidance().header_fields()[0];
    /// assert_eq!(allow.name(), "Allow");
    /// assert_eq!(allow.requirement(), Requirement::Must);
    /// assert_eq!(allow.reference(), "RFC 9110, Section 15.5.6");
    ///
    /// let no_content = StatusCode::NoContent.guidance().header_fields();
    /// assert!(no_content.iter().any(|field| field.name() == "Content-Length"
    ///     && field.requirement() == Requirement::MustNot));
    /// ```
    #[must_use]
    pub const fn header_fields(&self) -> &'static [HeaderField] {
        self.header_fields
    }

    /// The codes this one is most often confused with; the texts say how
    /// they differ.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::Unauthorized.guidance().related().contains(&StatusCode::Forbidden));
    /// ```
    #[must_use]
    pub const fn related(&self) -> &'static [StatusCode] {
        self.related
    }

    /// Plain words for the situations the code fits, in lower case: the
    /// words a developer types when looking for it ("rate limit",
    /// "throttled", "quota" for 429), which the specification's own text
    /// does not use.
    ///
    /// [`StatusCode::search`] weighs them most. The slice is empty when no
    /// everyday words fit.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert!(StatusCode::Conflict.guidance().terms().contains(&"already exists"));
    /// ```
    #[must_use]
    pub const fn terms(&self) -> &'static [&'static str] {
        self.terms
    }
}

/// How strongly a specification asks for a header field in a response with
/// a given code, in the words of RFC 2119.
///
/// New levels may be added in a minor release, hence `#[non_exhaustive]`.
///
/// # Examples
///
/// ```
/// use statuscode::{Requirement, StatusCode};
///
/// let challenge = StatusCode::Unauthorized.guidance().header_fields()[0];
/// assert_eq!(challenge.requirement(), Requirement::Must);
/// assert!(challenge.requirement().is_sent());
/// assert_eq!(Requirement::MustNot.to_string(), "must not");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Requirement {
    /// MUST: the response is wrong without the field (also used where the
    /// code's definition presumes the field, as 303 does `Location`).
    Must,
    /// SHOULD or RECOMMENDED: send it unless you know why not.
    Should,
    /// MAY, or a field that often goes with the code: send it when it helps.
    May,
    /// SHOULD NOT: leave it out unless you know why not.
    ShouldNot,
    /// MUST NOT: the response is wrong with the field.
    MustNot,
}

impl Requirement {
    /// The requirement in lower case, as RFC 2119 spells it: `"must"`,
    /// `"should"`, `"may"`, `"should not"` or `"must not"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::Requirement;
    ///
    /// assert_eq!(Requirement::ShouldNot.as_str(), "should not");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Requirement::Must => "must",
            Requirement::Should => "should",
            Requirement::May => "may",
            Requirement::ShouldNot => "should not",
            Requirement::MustNot => "must not",
        }
    }

    /// Whether the field is one to send (MUST, SHOULD or MAY) rather than
    /// one to leave out.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::Requirement;
    ///
    /// assert!(Requirement::May.is_sent());
    /// assert!(!Requirement::MustNot.is_sent());
    /// ```
    #[must_use]
    pub const fn is_sent(self) -> bool {
        matches!(
            self,
            Requirement::Must | Requirement::Should | Requirement::May
        )
    }

    /// The level of a conformance rule about this requirement: MUST and
    /// MUST NOT are `Must`, SHOULD and SHOULD NOT `Should`, MAY is advice.
    pub(crate) const fn check_level(self) -> crate::check::Level {
        match self {
            Requirement::Must | Requirement::MustNot => crate::check::Level::Must,
            Requirement::Should | Requirement::ShouldNot => crate::check::Level::Should,
            Requirement::May => crate::check::Level::Advice,
        }
    }
}

/// Writes [`Requirement::as_str`].
impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A header field that a code's specification speaks of: its name, how
/// strongly it is asked for, the section that asks, and when the section
/// limits it to some responses.
///
/// From [`Guidance::header_fields`].
///
/// # Examples
///
/// ```
/// use statuscode::{Requirement, StatusCode};
///
/// let location = StatusCode::Created.guidance().header_fields()[0];
/// assert_eq!(location.name(), "Location");
/// assert_eq!(location.requirement(), Requirement::Should);
/// assert_eq!(location.reference(), "RFC 9110, Section 9.3.3");
/// assert_eq!(location.condition(), Some("the request was a POST"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeaderField {
    pub(crate) name: &'static str,
    pub(crate) requirement: Requirement,
    pub(crate) reference: &'static str,
    pub(crate) condition: Option<&'static str>,
}

impl HeaderField {
    /// The field's name, as its specification spells it.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// assert_eq!(StatusCode::Unauthorized.guidance().header_fields()[0].name(), "WWW-Authenticate");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How strongly the field is asked for.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Requirement, StatusCode};
    ///
    /// let retry_after = StatusCode::TooManyRequests.guidance().header_fields()[0];
    /// assert_eq!(retry_after.requirement(), Requirement::May);
    /// ```
    #[must_use]
    pub const fn requirement(&self) -> Requirement {
        self.requirement
    }

    /// The section that asks for the field, as `"RFC 9110, Section 15.5.6"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let proxy = StatusCode::ProxyAuthenticationRequired.guidance().header_fields()[0];
    /// assert_eq!(proxy.reference(), "RFC 9110, Section 15.5.8");
    /// ```
    #[must_use]
    pub const fn reference(&self) -> &'static str {
        self.reference
    }

    /// When the requirement holds only for some responses with the code, in
    /// words that complete "... when": `Some("the request was a POST")`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let allow = StatusCode::MethodNotAllowed.guidance().header_fields()[0];
    /// assert_eq!(allow.condition(), None);
    /// ```
    #[must_use]
    pub const fn condition(&self) -> Option<&'static str> {
        self.condition
    }
}

/// How many of `fields` are to be sent, for the table's `headers`.
pub(crate) const fn sent_count(fields: &[HeaderField]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < fields.len() {
        if fields[i].requirement.is_sent() {
            count += 1;
        }
        i += 1;
    }
    count
}

/// The names of the fields to send, in order, for the table's `headers`.
pub(crate) const fn sent_names<const SENT: usize>(fields: &[HeaderField]) -> [&'static str; SENT] {
    let mut names = [""; SENT];
    let mut count = 0;
    let mut i = 0;
    while i < fields.len() {
        if fields[i].requirement.is_sent() {
            names[count] = fields[i].name;
            count += 1;
        }
        i += 1;
    }
    names
}

/// The width `Display` wraps the texts to.
const WIDTH: usize = 80;
/// The indentation of a text under its heading.
const INDENT: &str = "  ";

impl fmt::Display for Guidance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let width = if f.alternate() { usize::MAX } else { WIDTH };
        writeln!(f, "{}", self.code)?;
        flow(f, self.summary.split_whitespace(), " ", 0, "", width)?;
        for (heading, text) in [
            ("When to send it", self.use_when),
            ("When it arrives", self.when_received),
            ("Pitfalls", self.pitfalls),
        ] {
            writeln!(f, "\n{heading}:")?;
            f.write_str(INDENT)?;
            flow(f, text.split_whitespace(), " ", INDENT.len(), INDENT, width)?;
        }
        let heading = "\nHeader fields: ";
        f.write_str(heading)?;
        let headers = self.headers.iter().copied();
        flow(f, headers, ", ", heading.len() - 1, INDENT, width)?;
        let heading = "Related codes: ";
        f.write_str(heading)?;
        let related = self.related.iter().map(|code| code.code_and_phrase());
        flow(f, related, ", ", heading.len(), INDENT, width)?;
        write!(f, "Reference: {}", self.code.reference())
    }
}

/// Writes `atoms` with `separator` between them, starting at `column`, and
/// breaks the line before an atom that would end past `width`; a new line
/// starts with `indent`. Writes `none` when there are no atoms, and ends the
/// line.
fn flow<'a>(
    f: &mut fmt::Formatter<'_>,
    atoms: impl Iterator<Item = &'a str>,
    separator: &str,
    mut column: usize,
    indent: &str,
    width: usize,
) -> fmt::Result {
    let start = column;
    for (i, atom) in atoms.enumerate() {
        if i > 0 {
            let needed = separator.trim_end().len() + 1 + atom.len();
            if column.saturating_add(needed) > width {
                f.write_str(separator.trim_end())?;
                f.write_str("\n")?;
                f.write_str(indent)?;
                column = indent.len();
            } else {
                f.write_str(separator)?;
                column += separator.len();
            }
        }
        f.write_str(atom)?;
        column += atom.len();
    }
    if column == start {
        f.write_str("none")?;
    }
    f.write_str("\n")
}
