//! `Content-Range` ([RFC 9110, Section 14.4]).
//!
//! [RFC 9110, Section 14.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.4

use super::{Cursor, SyntaxError, Token, expect_u64};

/// A `Content-Range` value: `range-unit SP ( range-resp /
/// unsatisfied-range )`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ContentRange<'a> {
    unit: Token<'a>,
    resp: RangeResp,
}

/// What follows the range unit of a `Content-Range`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RangeResp {
    /// `range-resp = incl-range "/" ( complete-length / "*" )`, with
    /// `incl-range = first-pos "-" last-pos`: the range enclosed, and the
    /// complete length unless it was `*` (unknown).
    Satisfied {
        /// `first-pos`.
        first_pos: u64,
        /// `last-pos`, inclusive.
        last_pos: u64,
        /// `complete-length`, `None` for `*`.
        complete_length: Option<u64>,
    },
    /// `unsatisfied-range = "*/" complete-length`, as a 416 response sends
    /// it.
    Unsatisfied {
        /// `complete-length`.
        complete_length: u64,
    },
}

impl<'a> ContentRange<'a> {
    /// The range unit, such as `bytes`; range units are case-insensitive.
    #[must_use]
    pub(crate) const fn unit(&self) -> Token<'a> {
        self.unit
    }

    /// The range and complete length, or the unsatisfied range.
    #[must_use]
    pub(crate) const fn resp(&self) -> RangeResp {
        self.resp
    }

    /// Whether the value is valid beyond its grammar ([RFC 9110, Section
    /// 14.4]): in a `range-resp`, `last-pos` is not below `first-pos`, and
    /// the complete length, when known, is above `last-pos`. A recipient
    /// must not recombine the content of an invalid one.
    ///
    /// [RFC 9110, Section 14.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.4
    #[must_use]
    pub(crate) const fn is_valid(&self) -> bool {
        match self.resp {
            RangeResp::Satisfied {
                first_pos,
                last_pos,
                complete_length,
            } => {
                last_pos >= first_pos
                    && match complete_length {
                        Some(length) => length > last_pos,
                        None => true,
                    }
            }
            RangeResp::Unsatisfied { .. } => true,
        }
    }
}

/// Parses a `Content-Range` value ([RFC 9110, Section 14.4]), after
/// trimming the OWS around it.
///
/// Exactly one SP follows the range unit. A number larger than a `u64` is
/// an error: no representation is that long. Whether the positions make
/// sense is [`ContentRange::is_valid`], apart from the grammar.
///
/// # Errors
///
/// Where the value stops matching, such as "a space after the range unit"
/// at byte 5 of `bytes=0-1/2`, "'/' after the last position" at byte 9 of
/// `bytes 0-1`, and "a number no larger than 18446744073709551615" at the
/// start of a number too large.
///
/// [RFC 9110, Section 14.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.4
pub(crate) fn content_range(value: &[u8]) -> Result<ContentRange<'_>, SyntaxError> {
    let mut cursor = Cursor::trimmed(value);
    let unit = cursor.expect_token("a range unit such as bytes")?;
    cursor.expect(b' ', "a space after the range unit")?;
    let resp = if cursor.eat(b'*') {
        cursor.expect(b'/', "'/' after '*'")?;
        RangeResp::Unsatisfied {
            complete_length: expect_u64(&mut cursor, "the complete length")?,
        }
    } else {
        let first_pos = expect_u64(&mut cursor, "the first position, or '*'")?;
        cursor.expect(b'-', "'-' after the first position")?;
        let last_pos = expect_u64(&mut cursor, "the last position")?;
        cursor.expect(b'/', "'/' after the last position")?;
        let complete_length = if cursor.eat(b'*') {
            None
        } else {
            Some(expect_u64(&mut cursor, "the complete length, or '*'")?)
        };
        RangeResp::Satisfied {
            first_pos,
            last_pos,
            complete_length,
        }
    };
    cursor.finish("the end of the value")?;
    Ok(ContentRange { unit, resp })
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    fn satisfied(first_pos: u64, last_pos: u64, complete_length: Option<u64>) -> RangeResp {
        RangeResp::Satisfied {
            first_pos,
            last_pos,
            complete_length,
        }
    }

    #[test]
    fn the_examples_of_the_rfc() {
        let cases: [(&[u8], RangeResp); 7] = [
            (b"bytes 42-1233/1234", satisfied(42, 1233, Some(1234))),
            (b"bytes 42-1233/*", satisfied(42, 1233, None)),
            (
                b"bytes */1234",
                RangeResp::Unsatisfied {
                    complete_length: 1234,
                },
            ),
            (b"bytes 0-499/1234", satisfied(0, 499, Some(1234))),
            (b"bytes 500-999/1234", satisfied(500, 999, Some(1234))),
            (b"bytes 500-1233/1234", satisfied(500, 1233, Some(1234))),
            (b"bytes 734-1233/1234", satisfied(734, 1233, Some(1234))),
        ];
        for (value, expected) in cases {
            let parsed = content_range(value).unwrap();
            assert!(parsed.unit().eq_str("bytes"));
            assert_eq!(parsed.resp(), expected, "{}", value.escape_ascii());
            assert!(parsed.is_valid(), "{}", value.escape_ascii());
        }
    }

    #[test]
    fn edge_cases() {
        let max = u64::MAX;
        let parsed =
            content_range(b" Bytes 0-18446744073709551614/18446744073709551615\t").unwrap();
        assert!(parsed.unit().eq_ignore_ascii_case("bytes"));
        assert_eq!(parsed.resp(), satisfied(0, max - 1, Some(max)));
        assert!(parsed.is_valid());
        // Other units parse; what they mean is the rule's business.
        let items = content_range(b"items 1-2/3").unwrap();
        assert_eq!(items.unit().as_bytes(), b"items");
    }

    #[test]
    fn the_validity_rule() {
        let validity = |value: &[u8]| content_range(value).map(|range| range.is_valid());
        assert_eq!(validity(b"bytes 5-4/10"), Ok(false));
        assert_eq!(validity(b"bytes 5-5/10"), Ok(true));
        assert_eq!(validity(b"bytes 0-9/9"), Ok(false));
        assert_eq!(validity(b"bytes 0-9/10"), Ok(true));
        assert_eq!(validity(b"bytes 9-0/*"), Ok(false));
        assert_eq!(validity(b"bytes */0"), Ok(true));
    }

    #[test]
    fn invalid_values() {
        let too_large = "a number no larger than 18446744073709551615";
        let cases: [(&[u8], usize, &str); 14] = [
            (b"", 0, "a range unit such as bytes"),
            (b"bytes=0-1/2", 5, "a space after the range unit"),
            (b"bytes  0-1/2", 6, "the first position, or '*'"),
            (b"bytes\t0-1/2", 5, "a space after the range unit"),
            (b"bytes 0-1", 9, "'/' after the last position"),
            (b"bytes 0/2", 7, "'-' after the first position"),
            (b"bytes 0-/2", 8, "the last position"),
            (b"bytes -1/2", 6, "the first position, or '*'"),
            (b"bytes 0-1/", 10, "the complete length, or '*'"),
            (b"bytes */*", 8, "the complete length"),
            (b"bytes *", 7, "'/' after '*'"),
            (b"bytes 0-1/2, bytes 3-4/5", 11, "the end of the value"),
            (b"bytes 0-18446744073709551616/*", 8, too_large),
            (b"bytes */99999999999999999999", 8, too_large),
        ];
        refused(&cases, content_range);
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = content_range(&value);
        }

        #[test]
        fn generated_ranges_parse(first in any::<u64>(), last in any::<u64>(), length in proptest::option::of(any::<u64>())) {
            let text = match length {
                Some(length) => format!("bytes {first}-{last}/{length}"),
                None => format!("bytes {first}-{last}/*"),
            };
            let parsed = content_range(text.as_bytes()).unwrap();
            prop_assert_eq!(parsed.resp(), satisfied(first, last, length));
            prop_assert_eq!(parsed.is_valid(), last >= first && length.is_none_or(|length| length > last));
        }
    }
}
