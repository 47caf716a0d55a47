//! `Cache-Control = #cache-directive` with `cache-directive = token [ "="
//! ( token / quoted-string ) ]` ([RFC 9111, Section 5.2]).
//!
//! [RFC 9111, Section 5.2]: https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2

use super::{Cursor, Element, List, SyntaxError, Text, Token, is_ows};

/// A `cache-directive`: a name and an optional argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Directive<'a> {
    name: Token<'a>,
    value: Option<Text<'a>>,
}

impl<'a> Directive<'a> {
    /// The directive's name, such as `max-age`; names are
    /// case-insensitive.
    #[must_use]
    pub(crate) const fn name(&self) -> Token<'a> {
        self.name
    }

    /// The argument after `=`, as a token or a quoted string. The rules
    /// read it through [`Directive::delta_seconds`]; the tests of the whole
    /// module read it as written.
    #[cfg(test)]
    #[must_use]
    pub(crate) const fn value(&self) -> Option<Text<'a>> {
        self.value
    }

    /// The argument read as `delta-seconds`: see [`delta_seconds`].
    #[must_use]
    pub(crate) fn delta_seconds(&self) -> Option<u64> {
        self.value.and_then(delta_seconds)
    }
}

/// Reads `delta-seconds = 1*DIGIT` ([RFC 9111, Section 1.2.2]) from an
/// argument such as that of `max-age` or `s-maxage`, saturating at
/// `u64::MAX` (the section lets a cache use the greatest integer it can
/// represent). `None` unless the unescaped argument is digits only.
///
/// A quoted argument is read too, as recipients ought to accept both
/// forms; the directives of RFC 9111 forbid senders the quoted form, which
/// [`Text::is_quoted`] tells.
///
/// [RFC 9111, Section 1.2.2]: https://www.rfc-editor.org/rfc/rfc9111.html#section-1.2.2
#[must_use]
pub(crate) fn delta_seconds(value: Text<'_>) -> Option<u64> {
    if value.is_empty() {
        return None;
    }
    value.bytes().try_fold(0_u64, |seconds, byte| {
        byte.is_ascii_digit().then(|| {
            seconds
                .saturating_mul(10)
                .saturating_add(u64::from(byte.wrapping_sub(b'0')))
        })
    })
}

impl<'a> Element<'a> for Directive<'a> {
    const AFTER: &'static str = "a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        let name = cursor.expect_token(expected)?;
        let value = if cursor.eat(b'=') {
            if cursor.peek().is_some_and(is_ows) {
                return Err(cursor.error("a value right after '=', without spaces"));
            }
            Some(cursor.token_or_quoted_string("a token or a quoted string after '='")?)
        } else {
            let mut ahead = *cursor;
            if ahead.skip_ows() > 0 && ahead.peek() == Some(b'=') {
                return Err(cursor.error("'=' right after the directive name, without spaces"));
            }
            None
        };
        Ok(Directive { name, value })
    }
}

impl<'a> List<'a, Directive<'a>> {
    /// The first directive named `name`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn get(&self, name: &str) -> Option<Directive<'a>> {
        self.iter()
            .find(|directive| directive.name.eq_ignore_ascii_case(name))
    }
}

/// Parses a `Cache-Control` value ([RFC 9111, Section 5.2]), after
/// trimming the OWS around it.
///
/// No whitespace may surround the `=` of a directive.
///
/// # Errors
///
/// "a directive name" where an element does not start with a token,
/// "'=' right after the directive name, without spaces" at byte 7 of
/// `max-age = 5`, "a value right after '=', without spaces", "a token or a
/// quoted string after '='", and "a comma or the end of the value" where a
/// directive is followed by something else.
///
/// [RFC 9111, Section 5.2]: https://www.rfc-editor.org/rfc/rfc9111.html#section-5.2
pub(crate) fn cache_control(value: &[u8]) -> Result<List<'_, Directive<'_>>, SyntaxError> {
    List::parse(value, "a directive name", false)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    #[test]
    fn directives_and_their_arguments() {
        let list =
            cache_control(b"max-age=60, no-cache=\"Set-Cookie, Via\", private, S-MAXAGE=\"5\"")
                .unwrap();
        assert_eq!(list.len(), 4);
        let names: Vec<&str> = list
            .iter()
            .map(|directive| directive.name().as_str())
            .collect();
        assert_eq!(names, ["max-age", "no-cache", "private", "S-MAXAGE"]);
        assert_eq!(
            list.get("max-age").and_then(|d| d.delta_seconds()),
            Some(60)
        );
        let no_cache = list.get("NO-CACHE").unwrap().value().unwrap();
        assert!(no_cache.is_quoted() && no_cache.eq_str("Set-Cookie, Via"));
        assert_eq!(list.get("private").map(|d| d.value()), Some(None));
        let s_maxage = list.get("s-maxage").unwrap();
        assert_eq!(s_maxage.delta_seconds(), Some(5));
        assert!(s_maxage.value().unwrap().is_quoted());
        assert!(list.get("public").is_none());
        assert_eq!(cache_control(b"").unwrap().len(), 0);
        assert_eq!(cache_control(b"no-store,,").unwrap().empty, 2);
    }

    #[test]
    fn delta_seconds_saturate() {
        let seconds = |value: &[u8]| {
            cache_control(value)
                .unwrap()
                .get("max-age")
                .and_then(|d| d.delta_seconds())
        };
        assert_eq!(seconds(b"max-age=0"), Some(0));
        assert_eq!(seconds(b"max-age=18446744073709551615"), Some(u64::MAX));
        assert_eq!(seconds(b"max-age=99999999999999999999999"), Some(u64::MAX));
        assert_eq!(seconds(b"max-age=\"\""), None);
        assert_eq!(seconds(b"max-age=-1"), None);
        assert_eq!(seconds(b"max-age=1.5"), None);
        assert_eq!(seconds(b"max-age=\"1\\2\""), Some(12));
        assert_eq!(seconds(b"max-age"), None);
    }

    #[test]
    fn invalid_values() {
        let cases: [(&[u8], usize, &str); 7] = [
            (
                b"max-age = 5",
                7,
                "'=' right after the directive name, without spaces",
            ),
            (b"max-age= 5", 8, "a value right after '=', without spaces"),
            (b"max-age=", 8, "a token or a quoted string after '='"),
            (b"max-age=5 6", 10, "a comma or the end of the value"),
            (b"no-cache=\"a", 11, "a closing double quote"),
            (b"private; x", 7, "a comma or the end of the value"),
            (b"public, =5", 8, "a directive name"),
        ];
        refused(&cases, |value| cache_control(value).map(|list| list.len()));
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(list) = cache_control(&value) {
                prop_assert_eq!(list.iter().count(), list.len());
                for directive in list {
                    let _ = directive.delta_seconds();
                }
            }
        }

        #[test]
        fn max_age_reads_every_u64(seconds in any::<u64>(), quoted in any::<bool>()) {
            let text = if quoted { format!("max-age=\"{seconds}\"") } else { format!("max-age={seconds}") };
            let list = cache_control(text.as_bytes()).unwrap();
            prop_assert_eq!(list.get("max-age").and_then(|d| d.delta_seconds()), Some(seconds));
        }
    }
}
