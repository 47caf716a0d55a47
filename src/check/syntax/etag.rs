//! Entity tags ([RFC 9110, Section 8.8.3]) in `ETag`, and the lists of
//! them in `If-Match` and `If-None-Match` ([RFC 9110, Sections 13.1.1 and
//! 13.1.2]).
//!
//! An entity tag is `[ weak ] opaque-tag` with `weak = %s"W/"` and
//! `opaque-tag = DQUOTE *etagc DQUOTE`: it is not a quoted string, and a
//! backslash in it is an ordinary byte.
//!
//! [RFC 9110, Section 8.8.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.8.3
//! [RFC 9110, Sections 13.1.1 and 13.1.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-13.1.1

use super::{Cursor, Element, List, SyntaxError, is_obs_text};

/// An `entity-tag`: weak or strong, and its opaque tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EntityTag<'a> {
    weak: bool,
    /// The bytes between the double quotes.
    opaque: &'a [u8],
}

impl EntityTag<'_> {
    /// Whether the tag is weak, written with the `W/` prefix.
    #[must_use]
    pub(crate) const fn is_weak(&self) -> bool {
        self.weak
    }

    /// The weak comparison ([RFC 9110, Section 8.8.3.2]): the opaque tags
    /// match byte for byte, whether either tag is weak or not.
    ///
    /// [RFC 9110, Section 8.8.3.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.8.3.2
    #[must_use]
    pub(crate) fn weak_eq(&self, other: &EntityTag<'_>) -> bool {
        self.opaque == other.opaque
    }
}

/// Whether `byte` is an `etagc`: `!`, `#` to `~`, or obs-text; that is a
/// visible character other than the double quote.
const fn is_etagc(byte: u8) -> bool {
    matches!(byte, 0x21 | 0x23..=0x7E) || is_obs_text(byte)
}

/// Moves past an entity tag that starts at the cursor; `expected` is the
/// phrase for one that does not start.
fn entity_tag_at<'a>(
    cursor: &mut Cursor<'a>,
    expected: &'static str,
) -> Result<EntityTag<'a>, SyntaxError> {
    let weak = cursor.eat(b'W');
    if weak {
        cursor.expect(b'/', "'/' after W")?;
        cursor.expect(b'"', "a double quote after W/")?;
    } else {
        cursor.expect(b'"', expected)?;
    }
    let opaque = cursor.eat_while(is_etagc);
    if cursor.at_end() {
        return Err(cursor.error("a closing double quote"));
    }
    cursor.expect(b'"', "a visible character or the closing double quote")?;
    Ok(EntityTag { weak, opaque })
}

/// Parses an `ETag` value, one `entity-tag` ([RFC 9110, Section 8.8.3]),
/// after trimming the OWS around it.
///
/// # Errors
///
/// "an entity tag in double quotes, or W/ and one" where no tag starts
/// (`xyzzy`, or `w/"x"`: the prefix is case-sensitive), "a double quote
/// after W/", "a visible character or the closing double quote" at a
/// space inside the quotes, "a closing double quote" where the value ends
/// inside them, and "the end of the value" after the tag.
///
/// [RFC 9110, Section 8.8.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.8.3
pub(crate) fn entity_tag(value: &[u8]) -> Result<EntityTag<'_>, SyntaxError> {
    let mut cursor = Cursor::trimmed(value);
    let tag = entity_tag_at(&mut cursor, "an entity tag in double quotes, or W/ and one")?;
    cursor.finish("the end of the value")?;
    Ok(tag)
}

impl<'a> Element<'a> for EntityTag<'a> {
    const AFTER: &'static str = "a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        if cursor.peek() == Some(b'*') {
            return Err(cursor.error("an entity tag: '*' must stand alone"));
        }
        entity_tag_at(cursor, expected)
    }
}

/// An `If-Match` or `If-None-Match` value: `"*" / #entity-tag`.
#[derive(Clone, Copy, Debug)]
pub(crate) enum EntityTags<'a> {
    /// `*`: any current representation.
    Any,
    /// A list of entity tags, which may be empty.
    Tags(List<'a, EntityTag<'a>>),
}

impl EntityTags<'_> {
    /// Whether `tag` matches a member by the weak comparison, as
    /// `If-None-Match` compares; `*` matches any tag.
    #[must_use]
    pub(crate) fn matches_weak(&self, tag: &EntityTag<'_>) -> bool {
        match self {
            EntityTags::Any => true,
            EntityTags::Tags(list) => list.iter().any(|member| member.weak_eq(tag)),
        }
    }
}

/// Parses an `If-Match` value, `"*" / #entity-tag` ([RFC 9110, Section
/// 13.1.1]), after trimming the OWS around it.
///
/// `*` must stand alone: in a list it is an error, as the section says.
///
/// # Errors
///
/// "an entity tag: '*' must stand alone" at a `*` in a list, "an entity
/// tag" where an element does not start with one, and the errors of
/// [`entity_tag`] inside a tag.
///
/// [RFC 9110, Section 13.1.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-13.1.1
pub(crate) fn if_match(value: &[u8]) -> Result<EntityTags<'_>, SyntaxError> {
    let cursor = Cursor::trimmed(value);
    if cursor.slice(cursor.pos, cursor.end) == b"*" {
        return Ok(EntityTags::Any);
    }
    List::parse(value, "an entity tag", false).map(EntityTags::Tags)
}

/// Parses an `If-None-Match` value ([RFC 9110, Section 13.1.2]), whose
/// grammar is that of `If-Match`: see [`if_match`].
///
/// # Errors
///
/// As [`if_match`].
///
/// [RFC 9110, Section 13.1.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-13.1.2
pub(crate) fn if_none_match(value: &[u8]) -> Result<EntityTags<'_>, SyntaxError> {
    if_match(value)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::prelude::rust_2024::*;
    use std::{format, vec};

    use super::*;
    use crate::check::syntax::refused;

    #[test]
    fn the_examples_of_the_rfc() {
        let cases: [(&[u8], bool, &[u8]); 4] = [
            (b"\"xyzzy\"", false, b"xyzzy"),
            (b"W/\"xyzzy\"", true, b"xyzzy"),
            (b"\"\"", false, b""),
            (b" \"a\\b\xff!\" ", false, b"a\\b\xff!"),
        ];
        for (value, weak, opaque) in cases {
            let tag = entity_tag(value).unwrap();
            assert_eq!(
                (tag.is_weak(), tag.opaque),
                (weak, opaque),
                "{}",
                value.escape_ascii()
            );
        }
    }

    #[test]
    fn the_comparison_table_of_the_rfc() {
        // The weak comparison column of the table in Section 8.8.3.2.
        let cases: [(&[u8], &[u8], bool); 4] = [
            (b"W/\"1\"", b"W/\"1\"", true),
            (b"W/\"1\"", b"W/\"2\"", false),
            (b"W/\"1\"", b"\"1\"", true),
            (b"\"1\"", b"\"1\"", true),
        ];
        for (left, right, weak) in cases {
            let (left, right) = (entity_tag(left).unwrap(), entity_tag(right).unwrap());
            assert_eq!(left.weak_eq(&right), weak);
            assert_eq!(right.weak_eq(&left), weak);
        }
    }

    #[test]
    fn lists_of_entity_tags() {
        let opaque = |value: &'static [u8]| match if_none_match(value).unwrap() {
            EntityTags::Tags(list) => list.iter().map(|tag| (tag.is_weak(), tag.opaque)).collect(),
            EntityTags::Any => vec![],
        };
        assert_eq!(opaque(b"\"xyzzy\""), [(false, &b"xyzzy"[..])]);
        assert_eq!(
            opaque(b"\"xyzzy\", \"r2d2xxxx\", \"c3piozzzz\""),
            [
                (false, &b"xyzzy"[..]),
                (false, b"r2d2xxxx"),
                (false, b"c3piozzzz")
            ]
        );
        assert_eq!(
            opaque(b"W/\"xyzzy\", W/\"r2d2xxxx\""),
            [(true, &b"xyzzy"[..]), (true, b"r2d2xxxx")]
        );
        // A comma inside the quotes does not split; a backslash is a byte.
        assert_eq!(
            opaque(b"\"a,b\\\", \"c\""),
            [(false, &b"a,b\\"[..]), (false, b"c")]
        );
        assert_eq!(opaque(b""), []);
        assert!(matches!(if_match(b" * "), Ok(EntityTags::Any)));
        let tags = if_match(b"\"a\", W/\"b\"").unwrap();
        let strong_b = entity_tag(b"\"b\"").unwrap();
        assert!(tags.matches_weak(&strong_b));
        assert!(EntityTags::Any.matches_weak(&strong_b));
    }

    #[test]
    fn invalid_entity_tags() {
        let start = "an entity tag in double quotes, or W/ and one";
        let cases: [(&[u8], usize, &str); 9] = [
            (b"xyzzy", 0, start),
            (b"", 0, start),
            (b"w/\"x\"", 0, start),
            (b"W\"x\"", 1, "'/' after W"),
            (b"W/x", 2, "a double quote after W/"),
            (
                b"\"a b\"",
                2,
                "a visible character or the closing double quote",
            ),
            (b"\"abc", 4, "a closing double quote"),
            (b"\"a\", \"b\"", 3, "the end of the value"),
            (b"\"a\"b\"", 3, "the end of the value"),
        ];
        refused(&cases, entity_tag);
    }

    #[test]
    fn invalid_lists() {
        let cases: [(&[u8], usize, &str); 5] = [
            (b"\"a\", *", 5, "an entity tag: '*' must stand alone"),
            (b"*, \"a\"", 0, "an entity tag: '*' must stand alone"),
            (b"\"a\" \"b\"", 4, "a comma or the end of the value"),
            (b"\"a\", b", 5, "an entity tag"),
            (b"**", 0, "an entity tag: '*' must stand alone"),
        ];
        refused(&cases, |value| if_match(value).map(|_| ()));
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = entity_tag(&value);
            if let Ok(EntityTags::Tags(list)) = if_none_match(&value) {
                prop_assert_eq!(list.iter().count(), list.len());
            }
        }

        #[test]
        fn generated_tags_parse(
            tags in proptest::collection::vec((any::<bool>(), "[!#-~\u{80}-\u{ff}]{0,8}"), 1..5),
        ) {
            let written: Vec<String> = tags
                .iter()
                .map(|(weak, opaque)| format!("{}\"{opaque}\"", if *weak { "W/" } else { "" }))
                .collect();
            let text = written.join(", ");
            let EntityTags::Tags(list) = if_match(text.as_bytes()).unwrap() else {
                return Err(TestCaseError::fail(format!("{text} is not a list")));
            };
            let read: Vec<(bool, &[u8])> = list.iter().map(|tag| (tag.is_weak(), tag.opaque)).collect();
            let expected: Vec<(bool, &[u8])> = tags.iter().map(|(weak, opaque)| (*weak, opaque.as_bytes())).collect();
            prop_assert_eq!(read, expected);
        }
    }
}
