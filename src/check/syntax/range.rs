//! The `Range` request field ([RFC 9110, Section 14.2]): `ranges-specifier
//! = range-unit "=" range-set`, with `range-set = 1#range-spec`
//! ([RFC 9110, Section 14.1.1]).
//!
//! The checker reads it to know how many ranges a request asked for, and
//! in which order, when it judges a 206 or 416 response.
//!
//! [RFC 9110, Section 14.1.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.1.1
//! [RFC 9110, Section 14.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.2

use super::{Cursor, Element, List, SyntaxError, Token, is_ows, is_vchar};

/// A `Range` value: a range unit and one or more range specifiers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ranges<'a> {
    unit: Token<'a>,
    specs: List<'a, RangeSpec<'a>>,
}

impl<'a> Ranges<'a> {
    /// The range unit, such as `bytes`; range units are case-insensitive.
    #[must_use]
    pub(crate) const fn unit(&self) -> Token<'a> {
        self.unit
    }

    /// The range specifiers in the order they were asked for; the list
    /// also counts them and any empty elements.
    #[must_use]
    pub(crate) const fn specs(&self) -> List<'a, RangeSpec<'a>> {
        self.specs
    }
}

/// A `range-spec`. The numbers saturate at `u64::MAX`: the grammar sets no
/// limit, and a recipient must cope with large numerals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RangeSpec<'a> {
    /// `int-range = first-pos "-" [ last-pos ]`: `0-499`, or `9500-`.
    Int {
        /// `first-pos`.
        first: u64,
        /// `last-pos`, inclusive; `None` up to the end.
        last: Option<u64>,
    },
    /// `suffix-range = "-" suffix-length`: the last `n` units, `-500`.
    Suffix(u64),
    /// `other-range = 1*( %x21-2B / %x2D-7E )`: any other visible text
    /// without a comma, for range units other than `bytes`.
    Other(&'a [u8]),
}

/// Whether `byte` may be in an `other-range`: VCHAR except the comma.
const fn is_other_range(byte: u8) -> bool {
    is_vchar(byte) && byte != b','
}

impl<'a> Element<'a> for RangeSpec<'a> {
    const AFTER: &'static str = "a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        // Every range-spec is an other-range (which may hold a lone double
        // quote): the run of its bytes is the element.
        let start = cursor.pos;
        let bytes = cursor.eat_while(is_other_range);
        if bytes.is_empty() {
            return Err(cursor.error(expected));
        }
        let element = Cursor::span(cursor.input, start, cursor.pos);
        // The alternatives overlap: the first that matches it all wins.
        let mut int = element;
        if int.peek().is_some_and(|byte| byte.is_ascii_digit()) {
            let first = int.digits().value;
            if int.eat(b'-') {
                let last = int.digits();
                if int.at_end() {
                    let last = (last.len > 0).then_some(last.value);
                    return Ok(RangeSpec::Int { first, last });
                }
            }
        }
        let mut suffix = element;
        if suffix.eat(b'-') {
            let length = suffix.digits();
            if length.len > 0 && suffix.at_end() {
                return Ok(RangeSpec::Suffix(length.value));
            }
        }
        Ok(RangeSpec::Other(bytes))
    }
}

/// Parses a `Range` value ([RFC 9110, Section 14.2]), after trimming the
/// OWS around it.
///
/// No whitespace may surround the `=`; OWS may surround the commas. Empty
/// elements are counted by the list; a list of nothing but empty elements
/// is an error, as `1#range-spec` wants one range.
///
/// # Errors
///
/// Where the value stops matching, such as "'=' after the range unit" at
/// byte 5 of `bytes 0-1`, "a range such as 0-499" at byte 6 of `bytes=`,
/// and "a comma or the end of the value" at byte 10 of `bytes=0-1 2-3`.
///
/// [RFC 9110, Section 14.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.2
pub(crate) fn range(value: &[u8]) -> Result<Ranges<'_>, SyntaxError> {
    let mut cursor = Cursor::trimmed(value);
    let unit = cursor.expect_token("a range unit such as bytes")?;
    cursor.expect(b'=', "'=' after the range unit")?;
    if cursor.peek().is_some_and(is_ows) {
        return Err(cursor.error("a range right after '=', without spaces"));
    }
    let specs = List::parse_from(cursor, "a range such as 0-499", true)?;
    Ok(Ranges { unit, specs })
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    fn specs(value: &[u8]) -> Vec<RangeSpec<'_>> {
        range(value).unwrap().specs().iter().collect()
    }

    #[test]
    fn the_examples_of_the_rfc() {
        use RangeSpec::{Int, Suffix};
        let cases: [(&[u8], &[RangeSpec<'_>]); 8] = [
            (
                b"bytes=0-499",
                &[Int {
                    first: 0,
                    last: Some(499),
                }],
            ),
            (
                b"bytes=500-999",
                &[Int {
                    first: 500,
                    last: Some(999),
                }],
            ),
            (b"bytes=-500", &[Suffix(500)]),
            (
                b"bytes=9500-",
                &[Int {
                    first: 9500,
                    last: None,
                }],
            ),
            (
                b"bytes=0-0,-1",
                &[
                    Int {
                        first: 0,
                        last: Some(0),
                    },
                    Suffix(1),
                ],
            ),
            (
                b"bytes=0-999, 4500-5499, -1000",
                &[
                    Int {
                        first: 0,
                        last: Some(999),
                    },
                    Int {
                        first: 4500,
                        last: Some(5499),
                    },
                    Suffix(1000),
                ],
            ),
            (
                b"bytes=500-600,601-999",
                &[
                    Int {
                        first: 500,
                        last: Some(600),
                    },
                    Int {
                        first: 601,
                        last: Some(999),
                    },
                ],
            ),
            (
                b"bytes=500-700,601-999",
                &[
                    Int {
                        first: 500,
                        last: Some(700),
                    },
                    Int {
                        first: 601,
                        last: Some(999),
                    },
                ],
            ),
        ];
        for (value, expected) in cases {
            assert_eq!(specs(value), expected, "{}", value.escape_ascii());
            assert_eq!(range(value).unwrap().specs().len(), expected.len());
        }
    }

    #[test]
    fn edge_cases() {
        use RangeSpec::{Int, Other, Suffix};
        let parsed = range(b" Bytes=5-3 ,, 99999999999999999999999-\t").unwrap();
        assert!(parsed.unit().eq_ignore_ascii_case("bytes"));
        assert_eq!(parsed.specs().len(), 2);
        assert_eq!(parsed.specs().empty, 1);
        assert_eq!(parsed.specs().first_empty_element(), Some(12));
        // The grammar does not forbid last < first; that is for the rule.
        assert_eq!(
            parsed.specs().iter().collect::<Vec<_>>(),
            [
                Int {
                    first: 5,
                    last: Some(3)
                },
                Int {
                    first: u64::MAX,
                    last: None
                }
            ]
        );
        assert_eq!(specs(b"bytes=-0"), [Suffix(0)]);
        assert_eq!(specs(b"bytes=1-2-3"), [Other(b"1-2-3")]);
        assert_eq!(specs(b"bytes=-"), [Other(b"-")]);
        assert_eq!(specs(b"pages=a\"b,c"), [Other(b"a\"b"), Other(b"c")]);
        assert_eq!(
            specs(b"x=0-1,"),
            [Int {
                first: 0,
                last: Some(1)
            }]
        );
    }

    #[test]
    fn invalid_values() {
        let cases: [(&[u8], usize, &str); 10] = [
            (b"", 0, "a range unit such as bytes"),
            (b"=0-1", 0, "a range unit such as bytes"),
            (b"bytes 0-1", 5, "'=' after the range unit"),
            (b"bytes =0-1", 5, "'=' after the range unit"),
            (
                b"bytes= 0-999, 4500-5499",
                6,
                "a range right after '=', without spaces",
            ),
            (b"bytes=", 6, "a range such as 0-499"),
            (b"bytes=,", 6, "a range such as 0-499"),
            (b"bytes=0-1 2-3", 10, "a comma or the end of the value"),
            (b"bytes=0-1,\x80", 10, "a range such as 0-499"),
            (b"bytes=0-\x7f", 8, "a comma or the end of the value"),
        ];
        refused(&cases, |value| {
            range(value).map(|ranges| ranges.specs().len())
        });
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(ranges) = range(&value) {
                prop_assert_eq!(ranges.specs().iter().count(), ranges.specs().len());
            }
        }

        #[test]
        fn generated_range_sets_parse(
            specs in proptest::collection::vec((any::<u64>(), proptest::option::of(any::<u64>()), any::<bool>()), 1..6),
        ) {
            let expected: Vec<RangeSpec<'_>> = specs
                .iter()
                .map(|&(first, last, suffix)| if suffix {
                    RangeSpec::Suffix(first)
                } else {
                    RangeSpec::Int { first, last }
                })
                .collect();
            let written: Vec<String> = expected
                .iter()
                .map(|spec| match spec {
                    RangeSpec::Int { first, last: Some(last) } => format!("{first}-{last}"),
                    RangeSpec::Int { first, last: None } => format!("{first}-"),
                    RangeSpec::Suffix(length) => format!("-{length}"),
                    RangeSpec::Other(_) => unreachable!(),
                })
                .collect();
            let text = format!("bytes={}", written.join(", "));
            prop_assert_eq!(specs_of(&text), expected);
        }
    }

    fn specs_of(text: &str) -> Vec<RangeSpec<'_>> {
        specs(text.as_bytes())
    }
}
