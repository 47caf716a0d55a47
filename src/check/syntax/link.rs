//! `Link = #link-value` ([RFC 8288, Section 3]), with `link-value = "<"
//! URI-Reference ">" *( OWS ";" OWS link-param )` and `link-param = token
//! BWS [ "=" BWS ( token / quoted-string ) ]`.
//!
//! [RFC 8288, Section 3]: https://www.rfc-editor.org/rfc/rfc8288.html#section-3

#[cfg(test)]
use super::uri::UriRef;
use super::uri::uri_reference_span;
use super::{Cursor, Element, List, ParamGrammar, Params, SyntaxError, Text, params};

/// A `link-value`: a target and its parameters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LinkValue<'a> {
    /// The target between the angle brackets, a valid `URI-reference`.
    /// Parsing checks it; the rules need nothing more, and only the tests
    /// read it back.
    #[cfg(test)]
    target: UriRef<'a>,
    /// The link parameters, in order.
    params: Params<'a>,
}

impl<'a> LinkValue<'a> {
    /// How many `rel` parameters the link has: [RFC 8288, Section 3.3]
    /// wants exactly one.
    ///
    /// [RFC 8288, Section 3.3]: https://www.rfc-editor.org/rfc/rfc8288.html#section-3.3
    #[must_use]
    pub(crate) fn rel_count(&self) -> usize {
        self.params.count("rel")
    }

    /// The value of the first `rel` parameter, the one that counts (those
    /// after it must be ignored); `None` without one, or when it has no
    /// value.
    #[must_use]
    pub(crate) fn rel(&self) -> Option<Text<'a>> {
        self.params.get("rel").and_then(|param| param.value())
    }

    /// Whether the first `rel` holds `relation_type` among its
    /// space-separated relation types, compared ignoring ASCII case as
    /// [RFC 8288, Section 2.1] wants for both kinds: `rel="preload
    /// stylesheet"` holds `stylesheet`.
    ///
    /// [RFC 8288, Section 2.1]: https://www.rfc-editor.org/rfc/rfc8288.html#section-2.1
    #[must_use]
    pub(crate) fn has_rel(&self, relation_type: &str) -> bool {
        self.rel().is_some_and(|rel| {
            rel.words()
                .any(|word| word.eq_ignore_ascii_case(relation_type))
        })
    }

    /// The value of the first `anchor` parameter, which replaces the
    /// link's context ([RFC 8288, Section 3.2]);
    /// [`uri_reference_text`](super::uri::uri_reference_text) checks it.
    /// Only the tests read it.
    ///
    /// [RFC 8288, Section 3.2]: https://www.rfc-editor.org/rfc/rfc8288.html#section-3.2
    #[cfg(test)]
    #[must_use]
    pub(crate) fn anchor(&self) -> Option<Text<'a>> {
        self.params.get("anchor").and_then(|param| param.value())
    }
}

impl<'a> Element<'a> for LinkValue<'a> {
    const AFTER: &'static str = "';', a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        cursor.expect(b'<', expected)?;
        let start = cursor.pos;
        cursor.eat_while(|byte| byte != b'>');
        if cursor.at_end() {
            return Err(cursor.error("'>' to close the link target"));
        }
        #[cfg_attr(
            not(test),
            expect(unused_variables, reason = "only the tests read the target back")
        )]
        let target = uri_reference_span(cursor.input, start, cursor.pos)?;
        cursor.bump();
        let params = params(cursor, ParamGrammar::Link)?;
        Ok(LinkValue {
            #[cfg(test)]
            target,
            params,
        })
    }
}

/// Parses a `Link` value ([RFC 8288, Section 3]), after trimming the OWS
/// around it. Each target must be a valid `URI-reference`; parameters may
/// have BWS around `=` and may lack a value.
///
/// # Errors
///
/// "'<' and a link target" where an element does not start with `<`,
/// "'>' to close the link target", the errors of [`super::uri::uri_reference`]
/// inside the brackets, the errors of a parameter, and "';', a comma or the
/// end of the value" after a link value.
///
/// [RFC 8288, Section 3]: https://www.rfc-editor.org/rfc/rfc8288.html#section-3
pub(crate) fn link(value: &[u8]) -> Result<List<'_, LinkValue<'_>>, SyntaxError> {
    List::parse(value, "'<' and a link target", false)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::super::uri::uri_reference_text;
    use super::*;
    use crate::check::syntax::refused;

    fn links(value: &[u8]) -> Vec<LinkValue<'_>> {
        link(value).unwrap().iter().collect()
    }

    #[test]
    fn the_examples_of_the_rfc() {
        let [chapter2] = links(
            b"<http://example.com/TheBook/chapter2>; rel=\"previous\"; title=\"previous chapter\"",
        )[..] else {
            std::panic!("one link");
        };
        assert_eq!(chapter2.target.path(), b"/TheBook/chapter2");
        assert!(chapter2.has_rel("previous") && chapter2.rel_count() == 1);
        assert!(
            chapter2
                .params
                .get("title")
                .unwrap()
                .value()
                .unwrap()
                .eq_str("previous chapter")
        );

        let [root] = links(b"</>; rel=\"http://example.net/foo\"")[..] else {
            std::panic!("one link");
        };
        assert!(root.target.scheme().is_none());
        assert!(root.has_rel("http://example.net/foo"));

        let [terms] = links(b"</terms>; rel=\"copyright\"; anchor=\"#foo\"")[..] else {
            std::panic!("one link");
        };
        let anchor = terms.anchor().unwrap();
        assert!(anchor.eq_str("#foo"));
        assert!(uri_reference_text(anchor).unwrap().has_fragment());

        let two = links(
            b"</TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel, \
              </TheBook/chapter4>; rel=\"next\"; title*=UTF-8'de'n%c3%a4chstes%20Kapitel",
        );
        assert_eq!(two.len(), 2);
        assert!(two[0].has_rel("previous") && two[1].has_rel("NEXT"));
        let title = two[1].params.get("title*").unwrap().value().unwrap();
        assert!(!title.is_quoted() && title.eq_str("UTF-8'de'n%c3%a4chstes%20Kapitel"));

        let [start] =
            links(b"<http://example.org/>; rel=\"start http://example.net/relation/other\"")[..]
        else {
            std::panic!("one link");
        };
        assert!(start.has_rel("start") && start.has_rel("http://example.net/relation/other"));
        assert!(!start.has_rel("other"));

        let list = link(
            b"<https://example.org/>; rel=\"start\",\n <https://example.org/index>; rel=\"index\"",
        );
        assert!(list.is_err(), "a line feed is not OWS");
        let list = link(
            b"<https://example.org/>; rel=\"start\", <https://example.org/index>; rel=\"index\"",
        )
        .unwrap();
        assert_eq!(list.len(), 2);
        assert!(
            list.iter()
                .all(|link| link.target.scheme().is_some() && !link.target.has_fragment())
        );
    }

    #[test]
    fn edge_cases() {
        // A comma inside the target or a quoted value does not split.
        let list = link(b"<http://x/a,b>; title=\"a, b\"; rel=next, <>;rel = \"preload stylesheet\" ; crossorigin").unwrap();
        assert_eq!(list.len(), 2);
        let [first, second] = list.iter().collect::<Vec<_>>()[..] else {
            std::panic!("two links");
        };
        assert_eq!(first.target.path(), b"/a,b");
        assert!(first.has_rel("next"));
        assert!(
            second.has_rel("stylesheet")
                && second.has_rel("Preload")
                && !second.has_rel("preload stylesheet")
        );
        let params: Vec<_> = second.params.iter().collect();
        assert!(params[0].bws);
        assert!(
            params[1].name().eq_str("crossorigin") && params[1].value().is_none() && !params[1].bws
        );
        // Two rels: the first counts.
        let twice = links(b"</>; rel=a; rel=b");
        assert_eq!(twice[0].rel_count(), 2);
        assert!(twice[0].has_rel("a") && !twice[0].has_rel("b"));
        // No rel at all, or one without a value.
        assert!(!links(b"</>")[0].has_rel("a"));
        assert_eq!(links(b"</>; rel")[0].rel(), None);
        assert_eq!(link(b"").unwrap().len(), 0);
        assert_eq!(link(b"</a>, , </b>").unwrap().empty, 1);
    }

    #[test]
    fn invalid_links() {
        let cases: [(&[u8], usize, &str); 8] = [
            (b"http://x/", 0, "'<' and a link target"),
            (b"<http://x/", 10, "'>' to close the link target"),
            (
                b"<http://x/a b>",
                11,
                "a character allowed in a path (others must be percent-encoded)",
            ),
            (b"</>; rel=\"next", 14, "a closing double quote"),
            (b"</> rel=next", 4, "';', a comma or the end of the value"),
            (b"</>; =next", 5, "a parameter name"),
            (b"</>; rel=", 9, "a token or a quoted string after '='"),
            (
                b"</>; rel=next </b>",
                14,
                "';', a comma or the end of the value",
            ),
        ];
        refused(&cases, |value| link(value).map(|list| list.len()));
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(list) = link(&value) {
                prop_assert_eq!(list.iter().count(), list.len());
                for link in list {
                    let _ = (link.rel_count(), link.has_rel("next"), link.rel(), link.anchor());
                }
            }
        }

        #[test]
        fn generated_links_parse(
            links in proptest::collection::vec(("[a-z0-9._~-]{1,4}(/[a-z0-9._~-]{1,4}){0,2}", proptest::collection::vec("[a-z]{1,8}", 1..4)), 1..4),
        ) {
            let text = links
                .iter()
                .map(|(path, rels)| format!("</{path}>; rel=\"{}\"; title=\"t, u\"", rels.join(" ")))
                .collect::<Vec<_>>()
                .join(", ");
            let list = link(text.as_bytes()).map_err(|error| TestCaseError::fail(format!("{text}: {error}")))?;
            prop_assert_eq!(list.len(), links.len());
            for (parsed, (path, rels)) in list.iter().zip(&links) {
                let expected = format!("/{path}");
                prop_assert_eq!(parsed.target.path(), expected.as_bytes());
                for rel in rels {
                    prop_assert!(parsed.has_rel(&rel.to_uppercase()));
                }
            }
        }
    }
}
