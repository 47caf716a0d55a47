//! Advice on using each status code, as data.

use core::fmt;

use crate::StatusCode;

/// How to use a status code: when to send it, what to do when it arrives,
/// the usual mistakes, the header fields that go with it and the codes it is
/// confused with.
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
    pub(crate) related: &'static [StatusCode],
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
