//! The body parts of `multipart/byteranges` content ([RFC 9110, Section
//! 14.6]), split as [RFC 2046, Section 5.1.1] says.
//!
//! [`parse`] checks the structure of the whole body once and says what is
//! wrong with it, if anything ([`MultipartError`]); [`Multipart::parts`]
//! then walks the parts, each with its header fields and its content.
//!
//! Decisions:
//!
//! - **Line ends.** RFC 2046 delimits with CRLF. Bodies whose lines end
//!   with a bare LF (as some captures are, after a tool normalised them)
//!   are read too, with the LF as the line end, and reported by
//!   [`Multipart::bare_lf`], so a rule can say so instead of failing to
//!   read the body. A CR before the LF is never part of a line.
//! - **Preamble.** Anything before the first delimiter line is skipped,
//!   including the extra CRLFs RFC 9110, Section 14.6 warns about. So is
//!   anything after the close delimiter (the epilogue).
//! - **Delimiter lines.** A line is a delimiter when it is `--` and the
//!   boundary, then optional spaces or tabs (transport padding) and the
//!   line end; a close delimiter has `--` right after the boundary. A line
//!   that merely starts with `--boundary` and goes on (`--boundaryX`) is
//!   content. The line end before a delimiter belongs to the delimiter,
//!   not to the content before it.
//! - **Header section.** Each part must end its header section with an
//!   empty line, even when it has no fields, before its content or the
//!   next delimiter; otherwise [`MultipartError::UnterminatedHeaders`]. A
//!   header line must be a field line (`name:value`, RFC 9110,
//!   Section 5); continuation lines (obsolete line folding) are not read.
//! - **Boundary.** The caller gives the boundary parameter of the
//!   `Content-Type` field, unquoted. Any boundary of 1 to 70 bytes without
//!   CR or LF is looked for, whether or not it keeps to the characters RFC
//!   2046 allows.
//!
//! [RFC 9110, Section 14.6]: https://www.rfc-editor.org/rfc/rfc9110#section-14.6
//! [RFC 2046, Section 5.1.1]: https://www.rfc-editor.org/rfc/rfc2046#section-5.1.1

use super::Lines;
use crate::check::syntax::is_tchar;

/// The longest boundary RFC 2046, Section 5.1.1 allows, in bytes.
pub(crate) const MAX_BOUNDARY_LEN: usize = 70;

/// Why a body is not a readable multipart body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MultipartError {
    /// The boundary is empty, longer than the 70 bytes RFC 2046 allows, or
    /// holds CR or LF: it is not looked for (a longer one would make the
    /// search cost more than linear time).
    InvalidBoundary,
    /// No delimiter line (`--boundary`) anywhere in the content.
    NoDelimiter,
    /// The first delimiter is the close delimiter (`--boundary--`): no
    /// body part, where RFC 2046 requires at least one and RFC 9110,
    /// Section 14.6 says "one or more".
    NoParts {
        /// The offset of the close delimiter line.
        at: usize,
    },
    /// A part's header section does not end with an empty line before the
    /// next delimiter or the end of the content.
    UnterminatedHeaders {
        /// The offset of the part (its first header line).
        at: usize,
    },
    /// A line of a part's header section is not a field line: no colon,
    /// an empty name, a byte a field name cannot hold (white space before
    /// the colon included), or a continuation line.
    MalformedField {
        /// The offset of the line.
        at: usize,
    },
    /// The content ends without the close delimiter (`--boundary--`):
    /// truncated, or closed with the wrong boundary.
    MissingCloseDelimiter {
        /// The offset of the last part, which never ends.
        at: usize,
    },
}

/// A delimiter line found at some offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Delimiter {
    /// Whether it is the close delimiter.
    close: bool,
    /// The offset just past its line end (or the end of the content).
    next: usize,
    /// Whether its line ended with a bare LF.
    bare_lf: bool,
}

/// The delimiter line that starts at `at`, if the line there is one.
fn delimiter_at(content: &[u8], boundary: &[u8], at: usize) -> Option<Delimiter> {
    let rest = content
        .get(at..)?
        .strip_prefix(b"--")?
        .strip_prefix(boundary)?;
    let (close, rest) = match rest.strip_prefix(b"--") {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let padding = rest
        .iter()
        .position(|&byte| byte != b' ' && byte != b'\t')
        .unwrap_or(rest.len());
    let after = rest.get(padding..)?;
    let line = content.len().saturating_sub(after.len());
    let (next, bare_lf) = match after {
        [] => (line, false),
        [b'\r', b'\n', ..] => (line.saturating_add(2), false),
        [b'\n', ..] => (line.saturating_add(1), true),
        _ => return None,
    };
    Some(Delimiter {
        close,
        next,
        bare_lf,
    })
}

/// The next line start at or after `pos` (the start of the content counts
/// as one), with the delimiter there, if any: the first delimiter line.
fn next_delimiter(content: &[u8], boundary: &[u8], pos: usize) -> Option<(usize, Delimiter)> {
    let mut line = pos;
    loop {
        if let Some(delimiter) = delimiter_at(content, boundary, line) {
            return Some((line, delimiter));
        }
        let newline = content
            .get(line..)?
            .iter()
            .position(|&byte| byte == b'\n')?;
        line = line.saturating_add(newline).saturating_add(1);
    }
}

/// Splits a field line into name and value (value without surrounding
/// spaces and tabs); `None` when it is not a field line.
fn split_field(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = line.iter().position(|&byte| byte == b':')?;
    let name = line.get(..colon)?;
    if name.is_empty() || !name.iter().all(|&byte| is_tchar(byte)) {
        return None;
    }
    let value = line.get(colon.saturating_add(1)..)?;
    let start = value
        .iter()
        .position(|&byte| byte != b' ' && byte != b'\t')
        .unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|&byte| byte != b' ' && byte != b'\t')
        .map_or(start, |last| last.saturating_add(1));
    Some((name, value.get(start..end).unwrap_or_default()))
}

/// One body part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Part<'a> {
    /// The offset of the part: its first header line, just past the
    /// delimiter line.
    pub(crate) at: usize,
    /// The header section: the field lines, each with its line end, without
    /// the empty line that ends the section.
    pub(crate) header: &'a [u8],
    /// The content of the part: from after the empty line to before the
    /// line end of the next delimiter.
    pub(crate) content: &'a [u8],
    /// The offset of `content`.
    pub(crate) content_at: usize,
}

impl<'a> Part<'a> {
    /// The header fields of the part, in order.
    #[must_use]
    pub(crate) const fn fields(&self) -> Fields<'a> {
        Fields {
            lines: Lines::new(self.header),
            base: self.at,
        }
    }

    /// The value of the first field named `name` (ASCII case-insensitive),
    /// without surrounding white space.
    #[must_use]
    pub(crate) fn field(&self, name: &str) -> Option<&'a [u8]> {
        self.fields()
            .find(|field| field.name.eq_ignore_ascii_case(name.as_bytes()))
            .map(|field| field.value)
    }
}

/// One header field of a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Field<'a> {
    /// The name as written.
    pub(crate) name: &'a [u8],
    /// The value without surrounding spaces and tabs.
    pub(crate) value: &'a [u8],
    /// The offset of the field line.
    pub(crate) at: usize,
}

/// The header fields of a part, from [`Part::fields`].
#[derive(Clone, Debug)]
pub(crate) struct Fields<'a> {
    /// The lines of the header section.
    lines: Lines<'a>,
    /// The offset of the header section.
    base: usize,
}

impl<'a> Iterator for Fields<'a> {
    type Item = Field<'a>;

    fn next(&mut self) -> Option<Field<'a>> {
        let (at, line) = self.lines.next()?;
        let (name, value) = split_field(line)?;
        Some(Field {
            name,
            value,
            at: self.base.saturating_add(at),
        })
    }
}

/// The part that starts at `at`, just past a delimiter line, and the
/// delimiter line that ends it.
fn part_at<'a>(
    content: &'a [u8],
    boundary: &[u8],
    at: usize,
    bare_lf: &mut bool,
) -> Result<(Part<'a>, Delimiter), MultipartError> {
    // The header section, line by line, up to the empty line.
    let mut line = at;
    let (header_end, content_at) = loop {
        let unterminated = MultipartError::UnterminatedHeaders { at };
        if delimiter_at(content, boundary, line).is_some() {
            return Err(unterminated);
        }
        let rest = content
            .get(line..)
            .filter(|rest| !rest.is_empty())
            .ok_or(unterminated)?;
        let newline = rest
            .iter()
            .position(|&byte| byte == b'\n')
            .ok_or(unterminated)?;
        let text = rest.get(..newline).unwrap_or_default();
        let text = if let Some(text) = text.strip_suffix(b"\r") {
            text
        } else {
            *bare_lf = true;
            text
        };
        let next = line.saturating_add(newline).saturating_add(1);
        if text.is_empty() {
            break (line, next);
        }
        if split_field(text).is_none() {
            return Err(MultipartError::MalformedField { at: line });
        }
        line = next;
    };
    // The content, up to the line end before the next delimiter.
    let (delimiter_line, delimiter) = next_delimiter(content, boundary, content_at)
        .ok_or(MultipartError::MissingCloseDelimiter { at })?;
    let content_end = if delimiter_line <= content_at {
        content_at
    } else {
        let before_lf = delimiter_line.saturating_sub(1);
        if before_lf > content_at && content.get(before_lf.saturating_sub(1)) == Some(&b'\r') {
            before_lf.saturating_sub(1)
        } else {
            *bare_lf = true;
            before_lf
        }
    };
    *bare_lf |= delimiter.bare_lf;
    let part = Part {
        at,
        header: content.get(at..header_end).unwrap_or_default(),
        content: content.get(content_at..content_end).unwrap_or_default(),
        content_at,
    };
    Ok((part, delimiter))
}

/// A `multipart/byteranges` body whose structure has been checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Multipart<'a> {
    /// The whole content.
    content: &'a [u8],
    /// The boundary.
    boundary: &'a [u8],
    /// The offset of the first part.
    first: usize,
    /// How many parts there are (at least one).
    pub(crate) count: usize,
    /// Whether some line of the structure (a delimiter line, a header line,
    /// the line end before a delimiter) ended with a bare LF instead of
    /// CRLF.
    pub(crate) bare_lf: bool,
}

impl<'a> Multipart<'a> {
    /// The body parts, in order.
    #[must_use]
    pub(crate) const fn parts(&self) -> Parts<'a> {
        Parts {
            content: self.content,
            boundary: self.boundary,
            next: Some(self.first),
        }
    }
}

/// Checks the structure of a multipart body with the given boundary (the
/// `boundary` parameter of its `Content-Type`, unquoted).
///
/// # Errors
///
/// A [`MultipartError`] for the first thing wrong with the structure.
pub(crate) fn parse<'a>(
    content: &'a [u8],
    boundary: &'a [u8],
) -> Result<Multipart<'a>, MultipartError> {
    if !(1..=MAX_BOUNDARY_LEN).contains(&boundary.len())
        || boundary.contains(&b'\r')
        || boundary.contains(&b'\n')
    {
        return Err(MultipartError::InvalidBoundary);
    }
    let (at, first) = next_delimiter(content, boundary, 0).ok_or(MultipartError::NoDelimiter)?;
    if first.close {
        return Err(MultipartError::NoParts { at });
    }
    let mut bare_lf = first.bare_lf;
    let mut count = 0_usize;
    let mut pos = first.next;
    loop {
        let (_, delimiter) = part_at(content, boundary, pos, &mut bare_lf)?;
        count = count.saturating_add(1);
        if delimiter.close {
            break;
        }
        pos = delimiter.next;
    }
    Ok(Multipart {
        content,
        boundary,
        first: first.next,
        count,
        bare_lf,
    })
}

/// The parts of a [`Multipart`] body, from [`Multipart::parts`].
#[derive(Clone, Debug)]
pub(crate) struct Parts<'a> {
    /// The whole content.
    content: &'a [u8],
    /// The boundary.
    boundary: &'a [u8],
    /// The offset of the next part, `None` after the last.
    next: Option<usize>,
}

impl<'a> Iterator for Parts<'a> {
    type Item = Part<'a>;

    fn next(&mut self) -> Option<Part<'a>> {
        let at = self.next.take()?;
        let mut bare_lf = false;
        let (part, delimiter) = part_at(self.content, self.boundary, at, &mut bare_lf).ok()?;
        if !delimiter.close {
            self.next = Some(delimiter.next);
        }
        Some(part)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::String;

    use super::*;

    /// RFC 9110, Section 15.3.7.2, the example of a 206 with two parts.
    const RFC_9110: &str = "--THIS_STRING_SEPARATES\r\n\
        Content-Type: application/pdf\r\n\
        Content-Range: bytes 500-999/8000\r\n\
        \r\n\
        ...the first range...\r\n\
        --THIS_STRING_SEPARATES\r\n\
        Content-Type: application/pdf\r\n\
        Content-Range: bytes 7000-7999/8000\r\n\
        \r\n\
        ...the second range\r\n\
        --THIS_STRING_SEPARATES--\r\n";

    const BOUNDARY: &[u8] = b"THIS_STRING_SEPARATES";

    fn parsed(content: &str) -> Multipart<'_> {
        match parse(content.as_bytes(), BOUNDARY) {
            Ok(body) => body,
            Err(error) => panic!("{content:?}: {error:?}"),
        }
    }

    /// Each part's `Content-Range` and content.
    fn ranges<'a>(body: &Multipart<'a>) -> impl Iterator<Item = (Option<&'a [u8]>, &'a [u8])> {
        body.parts()
            .map(|part| (part.field("content-range"), part.content))
    }

    #[test]
    fn reads_the_rfc_9110_example() {
        let body = parsed(RFC_9110);
        assert_eq!((body.count, body.bare_lf), (2, false));
        let expected: [(Option<&[u8]>, &[u8]); 2] = [
            (Some(b"bytes 500-999/8000"), b"...the first range..."),
            (Some(b"bytes 7000-7999/8000"), b"...the second range"),
        ];
        assert!(ranges(&body).eq(expected));
        let first = body.parts().next().unwrap_or_else(|| panic!("no part"));
        assert_eq!(first.at, 25);
        assert_eq!(
            RFC_9110.get(first.content_at..first.content_at + 3),
            Some("...")
        );
        let fields: [(&[u8], &[u8], usize); 2] = [
            (b"Content-Type", b"application/pdf", 25),
            (b"Content-Range", b"bytes 500-999/8000", 56),
        ];
        assert!(
            first
                .fields()
                .map(|field| (field.name, field.value, field.at))
                .eq(fields)
        );
        assert_eq!(
            first.header,
            b"Content-Type: application/pdf\r\nContent-Range: bytes 500-999/8000\r\n"
        );
        assert_eq!(first.field("CONTENT-TYPE"), Some(&b"application/pdf"[..]));
        assert_eq!(first.field("Content-Length"), None);
    }

    #[test]
    fn reads_what_rfc_2046_allows_around_the_parts() {
        let cases = [
            // Extra CRLFs and a preamble before the first boundary.
            "\r\n\r\nThis is a preamble.\r\n--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/2\r\n\r\na\r\n--THIS_STRING_SEPARATES--",
            // Transport padding after the delimiters, an epilogue.
            "--THIS_STRING_SEPARATES \t\r\nContent-Range: bytes 0-0/2\r\n\r\na\r\n--THIS_STRING_SEPARATES-- \r\nepilogue --THIS_STRING_SEPARATES\r\n",
            // Field values with odd spacing, and a name in lowercase.
            "--THIS_STRING_SEPARATES\r\ncontent-range:bytes 0-0/2 \t\r\n\r\na\r\n--THIS_STRING_SEPARATES--\r\n",
        ];
        for content in cases {
            let body = parsed(content);
            let expected: [(Option<&[u8]>, &[u8]); 1] = [(Some(b"bytes 0-0/2"), b"a")];
            assert!(ranges(&body).eq(expected), "{content:?}");
            assert!(!body.bare_lf);
        }
    }

    #[test]
    fn content_keeps_its_own_line_ends_and_lookalike_lines() {
        let content = "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-99/200\r\n\r\n\
            line one\r\n--THIS_STRING_SEPARATESX\r\n x --THIS_STRING_SEPARATES\r\n\r\n\
            \r\n--THIS_STRING_SEPARATES\r\nContent-Range: bytes 100-199/200\r\n\r\n\
            \r\n--THIS_STRING_SEPARATES--";
        let body = parsed(content);
        let expected: [(Option<&[u8]>, &[u8]); 2] = [
            (
                Some(b"bytes 0-99/200"),
                b"line one\r\n--THIS_STRING_SEPARATESX\r\n x --THIS_STRING_SEPARATES\r\n\r\n",
            ),
            (Some(b"bytes 100-199/200"), b""),
        ];
        assert!(ranges(&body).eq(expected));
    }

    #[test]
    fn a_part_without_content_or_fields_is_still_a_part() {
        let content = "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/1\r\n\r\n--THIS_STRING_SEPARATES\r\n\r\nx\r\n--THIS_STRING_SEPARATES--";
        let body = parsed(content);
        let expected: [(Option<&[u8]>, &[u8]); 2] = [(Some(b"bytes 0-0/1"), b""), (None, b"x")];
        assert!(ranges(&body).eq(expected));
        assert_eq!(
            body.parts().nth(1).map(|part| part.fields().count()),
            Some(0)
        );
    }

    #[test]
    fn reads_lf_only_bodies_and_says_so() {
        let lf_only: String = RFC_9110.replace("\r\n", "\n");
        let body = parsed(&lf_only);
        assert_eq!((body.count, body.bare_lf), (2, true));
        let expected: [(Option<&[u8]>, &[u8]); 2] = [
            (Some(b"bytes 500-999/8000"), b"...the first range..."),
            (Some(b"bytes 7000-7999/8000"), b"...the second range"),
        ];
        assert!(ranges(&body).eq(expected));
        assert_eq!(
            body.parts().next().map(|part| part.header),
            Some(&b"Content-Type: application/pdf\nContent-Range: bytes 500-999/8000\n"[..])
        );

        let mixed = RFC_9110.replacen("\r\n\r\n", "\r\n\n", 1);
        assert!(parsed(&mixed).bare_lf);
        let mixed = RFC_9110.replacen("SEPARATES\r\n", "SEPARATES\n", 1);
        assert!(parsed(&mixed).bare_lf, "a delimiter line");
        let mixed = RFC_9110.replacen("...\r\n", "...\n", 1);
        let body = parsed(&mixed);
        assert!(body.bare_lf);
        assert_eq!(
            body.parts().next().map(|part| part.content),
            Some(&b"...the first range..."[..])
        );
    }

    #[test]
    fn reports_each_structural_error() {
        let cases: [(&str, MultipartError); 9] = [
            ("", MultipartError::NoDelimiter),
            ("...the first range...", MultipartError::NoDelimiter),
            ("--OTHER\r\n\r\nx\r\n--OTHER--", MultipartError::NoDelimiter),
            (
                "preamble\r\n--THIS_STRING_SEPARATES--\r\n",
                MultipartError::NoParts { at: 10 },
            ),
            (
                "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/1\r\n\r\nx\r\n",
                MultipartError::MissingCloseDelimiter { at: 25 },
            ),
            (
                "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/1\r\n\r\nx\r\n--THIS_STRING_SEPARATES\r\n\r\ny",
                MultipartError::MissingCloseDelimiter { at: 83 },
            ),
            (
                "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/1\r\n--THIS_STRING_SEPARATES--",
                MultipartError::UnterminatedHeaders { at: 25 },
            ),
            (
                "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/1",
                MultipartError::UnterminatedHeaders { at: 25 },
            ),
            (
                "--THIS_STRING_SEPARATES\r\nContent-Range: bytes 0-0/1\r\nnot a field\r\n\r\nx\r\n--THIS_STRING_SEPARATES--",
                MultipartError::MalformedField { at: 53 },
            ),
        ];
        for (content, error) in cases {
            assert_eq!(
                parse(content.as_bytes(), BOUNDARY),
                Err(error),
                "{content:?}"
            );
        }
        let folded = "--B\r\nContent-Range: bytes\r\n 0-0/1\r\n\r\nx\r\n--B--";
        assert_eq!(
            parse(folded.as_bytes(), b"B"),
            Err(MultipartError::MalformedField { at: 27 })
        );
        let space = "--B\r\nContent-Range : bytes 0-0/1\r\n\r\nx\r\n--B--";
        assert_eq!(
            parse(space.as_bytes(), b"B"),
            Err(MultipartError::MalformedField { at: 5 })
        );
        for boundary in [&b""[..], b"a\r\nb", b"\n", &[b'a'; MAX_BOUNDARY_LEN + 1]] {
            assert_eq!(
                parse(RFC_9110.as_bytes(), boundary),
                Err(MultipartError::InvalidBoundary)
            );
        }
    }

    #[test]
    fn looks_for_boundaries_up_to_70_bytes() {
        let boundary = [b'a'; MAX_BOUNDARY_LEN];
        let mut content = std::vec::Vec::new();
        for piece in [&b"--"[..], &boundary, b"\r\n\r\nx\r\n--", &boundary, b"--"] {
            content.extend_from_slice(piece);
        }
        assert_eq!(parse(&content, &boundary).map(|body| body.count), Ok(1));
        assert_eq!(
            parse(&content, &boundary[1..]).map(|body| body.count),
            Err(MultipartError::NoDelimiter)
        );
    }
}
