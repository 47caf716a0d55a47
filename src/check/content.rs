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
    let Some((&first, tail)) = needle.split_first() else {
        return Some(from);
    };
    // Each occurrence of the needle's first byte, then the rest compared.
    let mut at = 0;
    loop {
        let start = at + rest.get(at..)?.iter().position(|&byte| byte == first)?;
        let after = start + 1;
        if rest.get(after..after + tail.len()) == Some(tail) {
            return start.checked_add(from);
        }
        at = after;
    }
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
    extern crate std;

    use std::format;

    use proptest::prelude::*;

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

    proptest::proptest! {
        #[test]
        fn find_agrees_with_a_search_of_every_window(
            haystack in proptest::collection::vec(b'a'..=b'c', 0..24),
            needle in proptest::collection::vec(b'a'..=b'c', 0..4),
            from in 0..26_usize,
        ) {
            let expected = haystack.get(from..).and_then(|rest| {
                if needle.is_empty() {
                    return Some(from);
                }
                rest.windows(needle.len())
                    .position(|window| window == needle.as_slice())
                    .map(|found| found + from)
            });
            proptest::prop_assert_eq!(find(&haystack, &needle, from), expected);
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

    /// Valid samples of every format the scanners read, to splice noise into.
    const SAMPLES: [&[u8]; 6] = [
        br#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Traceback (most recent call last):\n  File \"/app/x.py\", line 3, in f\n","n":[1,2.5e3,{"a":null}]}"#,
        b"<?xml version=\"1.0\"?>\n<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/a</D:href><D:status>HTTP/1.1 200 OK</D:status></D:response></D:multistatus>",
        b"<problem xmlns=\"urn:ietf:rfc:7807\"><status>404</status></problem>",
        b"--SEP\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-3/8\r\n\r\nabcd\r\n--SEP--\r\n",
        b"TRACE / HTTP/1.1\r\nHost: example.com\r\nCookie: a=b\r\n\r\n",
        b"Exception in thread \"main\" java.lang.IllegalStateException\n\tat com.example.Foo.bar(Foo.java:42)\n\tat com.example.Main.main(Main.java:7)\n",
    ];

    /// Runs every scanner over `content`, looking at every answer; the test
    /// is that none of them panics or loops.
    fn run_every_scanner(content: &[u8]) -> usize {
        let mut seen = 0_usize;
        if let Ok(document) = json::parse(content) {
            let root = document.root;
            seen += root.members().map_or(0, Iterator::count);
            if let Some(members) = root.members() {
                for member in members {
                    seen += member.name.chars().count();
                    seen += usize::from(member.name.eq_str("status"));
                    seen += usize::from(member.value.integer().is_some());
                    let mut buffer = [0_u8; 64];
                    seen += member.name.decode_into(&mut buffer).map_or(0, str::len);
                }
            }
        }
        if let Ok(members) = problem::scan_problem_json(content) {
            seen += usize::from(members.looks_like_problem());
            seen += usize::from(members.type_uri().is_some());
        }
        seen += usize::from(problem::xml_problem_status(content) == problem::XmlStatus::Absent);
        seen += usize::from(xml::root_name(content).is_ok());
        seen += usize::from(matches!(xml::scan_multistatus(content), Ok(Some(_))));
        seen += usize::from(matches!(
            xml::scan_dav_error(content),
            Ok(xml::DavError::Absent)
        ));
        seen += xml::XmlReader::new(content)
            .take_while(Result::is_ok)
            .count();
        for boundary in [&b"SEP"[..], b"", b"-"] {
            if let Ok(body) = multipart::parse(content, boundary) {
                for part in body.parts() {
                    seen += part.fields().count();
                    seen += usize::from(part.field("content-range").is_some());
                }
            }
        }
        seen += usize::from(stack_trace::find_stack_trace(content).is_some());
        seen += usize::from(link::contains_link(content));
        seen += usize::from(trace::reflects_request(content));
        seen += usize::from(trace::echoed_credentials(content).is_some());
        seen += Lines::new(content).count();
        seen
    }

    #[test]
    fn every_scanner_finds_something_in_the_samples() {
        for sample in SAMPLES {
            assert!(run_every_scanner(sample) > 0, "{:?}", sample.escape_ascii());
        }
    }

    /// Content shaped to make a careless scanner take quadratic time or
    /// recurse deeply, and what each scanner must answer for it. A scanner
    /// that is not linear makes this test take minutes instead of a blink.
    #[test]
    fn every_scanner_stays_linear_on_adversarial_content() {
        const SIZE: usize = 256 * 1024;
        let repeat = |piece: &str| piece.repeat(SIZE / piece.len());
        let deep_json = repeat("[");
        assert!(matches!(
            json::parse(deep_json.as_bytes()),
            Err(json::JsonError::TooDeep { .. })
        ));
        let many_members = format!("{{{}\"a\":1}}", repeat("\"a\":1,"));
        assert!(json::parse(many_members.as_bytes()).is_ok());
        let long_string = format!("[\"{}\"]", repeat("\\u0041"));
        assert!(json::parse(long_string.as_bytes()).is_ok());
        let deep_xml = repeat("<a>");
        assert!(matches!(xml::root_name(deep_xml.as_bytes()), Ok(name) if name.local == b"a"));
        assert!(matches!(
            xml::scan_dav_error(deep_xml.as_bytes()),
            Err(xml::XmlError::TooDeep { .. })
        ));
        let open_comment = format!("<D:multistatus xmlns:D='DAV:'>{}", repeat("<!--"));
        assert!(xml::scan_multistatus(open_comment.as_bytes()).is_err());
        let delimiters = repeat("--B\r\n");
        assert_eq!(
            multipart::parse(delimiters.as_bytes(), b"B").map(|body| body.count),
            Err(multipart::MultipartError::UnterminatedHeaders { at: 5 })
        );
        let near_delimiters = repeat("\n--");
        assert_eq!(
            multipart::parse(near_delimiters.as_bytes(), &[b'B'; 70]).map(|body| body.count),
            Err(multipart::MultipartError::NoDelimiter)
        );
        for text in [
            repeat("at "),
            repeat("&quot"),
            repeat("\\u00"),
            repeat("#1 a("),
        ] {
            assert_eq!(stack_trace::find_stack_trace(text.as_bytes()), None);
        }
        assert!(!link::contains_link(repeat("href ").as_bytes()));
        let long_line = format!("TRACE / HTTP/1.1\r\n{}", repeat("Cookie"));
        assert_eq!(trace::echoed_credentials(long_line.as_bytes()), None);
    }

    proptest! {
        #[test]
        fn every_scanner_terminates_on_arbitrary_bytes(
            content in proptest::collection::vec(any::<u8>(), 0..600),
        ) {
            run_every_scanner(&content);
        }

        #[test]
        fn every_scanner_terminates_on_noise_spliced_into_samples(
            sample in 0..SAMPLES.len(),
            at in any::<proptest::sample::Index>(),
            cut in 0_usize..8,
            noise in proptest::collection::vec(any::<u8>(), 0..24),
        ) {
            let sample = SAMPLES[sample];
            let at = at.index(sample.len() + 1);
            let end = (at + cut).min(sample.len());
            let mut content = sample[..at].to_vec();
            content.extend_from_slice(&noise);
            content.extend_from_slice(&sample[end..]);
            run_every_scanner(&content);
        }

        #[test]
        fn every_scanner_terminates_on_ascii_made_of_the_formats_own_bytes(
            content in "[{}\\[\\]\":,\\\\ntu0-9.eE+\\- <>/=!?'\\-\\r\\n\\tDAV:xmlnsatp#()]{0,300}",
        ) {
            run_every_scanner(content.as_bytes());
        }
    }
}
