//! Allocation-free scanners of response content: JSON, XML, multipart
//! bodies and stack traces.
//!
//! The content rules read the body through these scanners. Every scanner
//! works on borrowed bytes, never allocates, never panics, does work linear
//! in the length of its input and nests no deeper than a fixed bound. A
//! scanner that cannot decide says so (`None`, an `Undecided` variant or an
//! error that means "cannot tell"): a rule must never report a violation
//! that rests on a guess.
//!
//! - [`json`]: a strict RFC 8259 validator with views of objects, members,
//!   strings and numbers.
//! - [`problem`]: the RFC 9457 problem details members, in JSON and XML.
//! - [`xml`]: a namespace-aware XML reader for the bodies of RFC 4918.
//! - [`multipart`]: `multipart/byteranges` body parts (RFC 9110,
//!   Section 14.6).
//! - [`stack_trace`]: stack trace dumps leaked into content.
//! - [`link`]: whether content links anywhere (RFC 6585, Section 6).
//! - [`trace`]: what the content of a TRACE response reflects (RFC 9110,
//!   Section 9.3.8).

pub(crate) mod json;
pub(crate) mod link;
pub(crate) mod multipart;
pub(crate) mod problem;
pub(crate) mod stack_trace;
pub(crate) mod trace;
pub(crate) mod xml;

/// The position of the first occurrence of `needle` in `haystack` at or
/// after `from`, compared byte for byte.
///
/// The work is at most `haystack.len()` times `needle.len()`; every caller
/// passes a short, fixed needle, so it stays linear in the haystack. An
/// empty needle is found at `from` when `from` is inside the haystack.
#[must_use]
pub(crate) fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let rest = haystack.get(from..)?;
    if needle.is_empty() {
        return Some(from);
    }
    rest.windows(needle.len())
        .position(|window| window == needle)
        .and_then(|found| found.checked_add(from))
}

/// Whether `bytes` starts with `prefix`, ignoring ASCII case.
#[must_use]
pub(crate) fn starts_with_ignore_ascii_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// The value of a run of ASCII digits, `None` when `digits` is empty, holds
/// anything else, or does not fit a `u64`.
#[must_use]
pub(crate) fn parse_u64(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0_u64, |value, &byte| {
        if byte.is_ascii_digit() {
            value.checked_mul(10)?.checked_add(u64::from(byte - b'0'))
        } else {
            None
        }
    })
}

/// The lines of some content, each with the offset where it starts.
///
/// A line ends at LF; a CR just before the LF (or at the very end) is not
/// part of the line, so CRLF and LF-only content read alike. A final line
/// without a line end is still a line; content that ends with a line end
/// has no empty last line.
#[derive(Clone, Debug)]
pub(crate) struct Lines<'a> {
    /// The whole content.
    content: &'a [u8],
    /// Where the next line starts.
    pos: usize,
}

impl<'a> Lines<'a> {
    /// The lines of `content`.
    #[must_use]
    pub(crate) const fn new(content: &'a [u8]) -> Self {
        Lines { content, pos: 0 }
    }
}

impl<'a> Iterator for Lines<'a> {
    /// The offset of the line's first byte, and the line without its end.
    type Item = (usize, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.pos;
        let rest = self.content.get(start..).filter(|rest| !rest.is_empty())?;
        let (line, advance) = match rest.iter().position(|&byte| byte == b'\n') {
            Some(end) => (rest.get(..end).unwrap_or_default(), end.saturating_add(1)),
            None => (rest, rest.len()),
        };
        self.pos = start.saturating_add(advance);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        Some((start, line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_reports_the_first_match_at_or_after_the_start() {
        type Case = (&'static [u8], &'static [u8], usize, Option<usize>);
        let cases: [Case; 7] = [
            (b"abcabc", b"bc", 0, Some(1)),
            (b"abcabc", b"bc", 2, Some(4)),
            (b"abcabc", b"bd", 0, None),
            (b"abc", b"", 1, Some(1)),
            (b"abc", b"c", 9, None),
            (b"", b"a", 0, None),
            (b"ab", b"abc", 0, None),
        ];
        for (haystack, needle, from, expected) in cases {
            assert_eq!(
                find(haystack, needle, from),
                expected,
                "{needle:?} in {haystack:?}"
            );
        }
    }

    #[test]
    fn starts_with_ignore_ascii_case_ignores_case_only() {
        assert!(starts_with_ignore_ascii_case(b"Cookie: a", b"cookie:"));
        assert!(!starts_with_ignore_ascii_case(b"Cook", b"cookie:"));
    }

    #[test]
    fn parse_u64_takes_digits_only() {
        let cases: [(&[u8], Option<u64>); 6] = [
            (b"0", Some(0)),
            (b"404", Some(404)),
            (b"18446744073709551615", Some(u64::MAX)),
            (b"18446744073709551616", None),
            (b"", None),
            (b"4x4", None),
        ];
        for (digits, expected) in cases {
            assert_eq!(parse_u64(digits), expected, "{digits:?}");
        }
    }

    #[test]
    fn lines_split_on_lf_and_drop_the_cr() {
        let lines: [(usize, &[u8]); 4] = [(0, b"a"), (3, b"bc"), (6, b""), (8, b"d")];
        assert!(Lines::new(b"a\r\nbc\n\r\nd\r").eq(lines));
        assert!(Lines::new(b"x\n").eq([(0, &b"x"[..])]));
        assert_eq!(Lines::new(b"").next(), None);
    }
}
