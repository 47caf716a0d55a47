//! Lists of tokens, bare or with a version or parameters: `Allow`,
//! `Connection`, `Upgrade` and `Transfer-Encoding`.
//!
//! Each is a `#rule` list ([RFC 9110, Section 5.6.1]): an empty value is an
//! empty list, and empty elements are accepted and counted by the
//! [`List`], so that a rule can tell the sender it must not generate them.
//!
//! [RFC 9110, Section 5.6.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.1

#[cfg(test)]
use super::Params;
use super::{Cursor, Element, List, ParamGrammar, SyntaxError, Token, params};

/// Parses an `Allow` value, `#method` with `method = token` ([RFC 9110,
/// Section 10.2.1]), after trimming the OWS around it. An empty value is
/// valid: the resource allows no method. Methods are case-sensitive: see
/// [`List::contains`].
///
/// # Errors
///
/// "a method" where an element does not start with a token (byte 5 of
/// `GET, "PUT"`), "a comma or the end of the value" after a token that a
/// comma does not follow (byte 4 of `GET POST`).
///
/// [RFC 9110, Section 10.2.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.1
pub(crate) fn allow(value: &[u8]) -> Result<List<'_, Token<'_>>, SyntaxError> {
    List::parse(value, "a method", false)
}

/// Parses a `Connection` value, `#connection-option` with
/// `connection-option = token` ([RFC 9110, Section 7.6.1]), after trimming
/// the OWS around it. Connection options are case-insensitive: see
/// [`List::contains_ignore_ascii_case`].
///
/// # Errors
///
/// As [`allow`], with "a connection option" for an element that does not
/// start with a token.
///
/// [RFC 9110, Section 7.6.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-7.6.1
pub(crate) fn connection(value: &[u8]) -> Result<List<'_, Token<'_>>, SyntaxError> {
    List::parse(value, "a connection option", false)
}

impl List<'_, Token<'_>> {
    /// Whether one of the tokens is `name`, byte for byte (methods).
    #[must_use]
    pub(crate) fn contains(&self, name: &str) -> bool {
        self.iter().any(|token| token.eq_str(name))
    }

    /// Whether one of the tokens is `name`, ignoring ASCII case (field
    /// names, connection options).
    #[must_use]
    pub(crate) fn contains_ignore_ascii_case(&self, name: &str) -> bool {
        self.iter().any(|token| token.eq_ignore_ascii_case(name))
    }
}

/// A `protocol` of `Upgrade`: `protocol-name ["/" protocol-version]`
/// ([RFC 9110, Section 7.8]).
///
/// [RFC 9110, Section 7.8]: https://www.rfc-editor.org/rfc/rfc9110.html#section-7.8
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Protocol<'a> {
    name: Token<'a>,
    version: Option<Token<'a>>,
}

impl<'a> Protocol<'a> {
    /// The protocol name, `websocket` in `websocket` or `HTTP` in
    /// `HTTP/2.0`; a recipient should compare it ignoring case.
    #[must_use]
    pub(crate) const fn name(&self) -> Token<'a> {
        self.name
    }

    /// The version after `/`, if any.
    #[must_use]
    pub(crate) const fn version(&self) -> Option<Token<'a>> {
        self.version
    }
}

impl<'a> Element<'a> for Protocol<'a> {
    const AFTER: &'static str = "a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        let name = cursor.expect_token(expected)?;
        let version = if cursor.eat(b'/') {
            Some(cursor.expect_token("a protocol version after '/'")?)
        } else {
            None
        };
        Ok(Protocol { name, version })
    }
}

/// Parses an `Upgrade` value, `#protocol` ([RFC 9110, Section 7.8]),
/// after trimming the OWS around it.
///
/// # Errors
///
/// "a protocol name" where an element does not start with a token, "a
/// protocol version after '/'" where `/` is not followed by one (byte 5 of
/// `HTTP/`), "a comma or the end of the value" where a protocol is not
/// followed by a comma.
///
/// [RFC 9110, Section 7.8]: https://www.rfc-editor.org/rfc/rfc9110.html#section-7.8
pub(crate) fn upgrade(value: &[u8]) -> Result<List<'_, Protocol<'_>>, SyntaxError> {
    List::parse(value, "a protocol name", false)
}

/// A `transfer-coding`: `token *( OWS ";" OWS transfer-parameter )`
/// ([RFC 9110, Section 10.1.4]), whose parameters allow BWS around `=`.
///
/// [RFC 9110, Section 10.1.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-10.1.4
#[derive(Clone, Copy, Debug)]
pub(crate) struct TransferCoding<'a> {
    name: Token<'a>,
    /// The parameters after the name. Parsing checks them; the rules need
    /// nothing more, and only the tests read them back.
    #[cfg(test)]
    params: Params<'a>,
}

impl<'a> TransferCoding<'a> {
    /// The coding's name, such as `chunked`; names are case-insensitive
    /// ([RFC 9112, Section 7]).
    ///
    /// [RFC 9112, Section 7]: https://www.rfc-editor.org/rfc/rfc9112.html#section-7
    #[must_use]
    pub(crate) const fn name(&self) -> Token<'a> {
        self.name
    }

    /// The parameters after the name, for the tests of the whole module.
    #[cfg(test)]
    #[must_use]
    pub(crate) const fn params(&self) -> Params<'a> {
        self.params
    }
}

impl<'a> Element<'a> for TransferCoding<'a> {
    const AFTER: &'static str = "';', a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        let name = cursor.expect_token(expected)?;
        #[cfg_attr(
            not(test),
            expect(unused_variables, reason = "only the tests read the parameters back")
        )]
        let params = params(cursor, ParamGrammar::Transfer)?;
        Ok(TransferCoding {
            name,
            #[cfg(test)]
            params,
        })
    }
}

/// Parses a `Transfer-Encoding` value, `#transfer-coding` ([RFC 9112,
/// Section 6.1]), after trimming the OWS around it.
///
/// # Errors
///
/// "a transfer coding" where an element does not start with a token, the
/// errors of a parameter ("'=' after the parameter name" at byte 8 of
/// `gzip; q`), and "';', a comma or the end of the value" where a coding is
/// followed by something else.
///
/// [RFC 9112, Section 6.1]: https://www.rfc-editor.org/rfc/rfc9112.html#section-6.1
pub(crate) fn transfer_encoding(value: &[u8]) -> Result<List<'_, TransferCoding<'_>>, SyntaxError> {
    List::parse(value, "a transfer coding", false)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    fn names<'a, T: Element<'a>>(
        list: List<'a, T>,
        name: impl Fn(&T) -> &'a [u8],
    ) -> Vec<&'a [u8]> {
        list.iter().map(|element| name(&element)).collect()
    }

    #[test]
    fn allow_lists_methods() {
        let list = allow(b"GET, HEAD, PUT").unwrap();
        assert_eq!(
            names(list, |token| token.as_bytes()),
            [&b"GET"[..], b"HEAD", b"PUT"]
        );
        assert_eq!(list.len(), 3);
        assert!(list.contains("HEAD"));
        assert!(!list.contains("head"));
        assert!(list.contains_ignore_ascii_case("head"));
        // Walk the same list twice.
        assert_eq!(list.iter().count(), list.iter().count());
        // An empty Allow says that no method is allowed.
        for empty in [&b""[..], b"  ", b"\t"] {
            let list = allow(empty).unwrap();
            assert_eq!(list.len(), 0);
            assert_eq!(list.empty, 0);
        }
    }

    #[test]
    fn empty_elements_are_counted() {
        // The recipient examples of Section 5.6.1.2.
        let cases: [(&[u8], usize, usize, Option<usize>); 6] = [
            (b"foo,bar", 2, 0, None),
            (b"foo ,bar,", 2, 1, Some(9)),
            (b"foo , ,bar,charlie", 3, 1, Some(6)),
            (b",", 0, 2, Some(0)),
            (b",   ,", 0, 3, Some(0)),
            (b"  ,GET", 1, 1, Some(2)),
        ];
        for (value, len, empty, first_empty) in cases {
            let list = connection(value).unwrap();
            assert_eq!(list.len(), len, "{}", value.escape_ascii());
            assert_eq!(list.empty, empty, "{}", value.escape_ascii());
            assert_eq!(
                list.first_empty_element(),
                first_empty,
                "{}",
                value.escape_ascii()
            );
            assert_eq!(list.iter().count(), len);
        }
    }

    #[test]
    fn connection_options() {
        let connection = connection(b"keep-alive, Upgrade").unwrap();
        assert!(connection.contains_ignore_ascii_case("upgrade"));
    }

    #[test]
    fn upgrade_lists_protocols() {
        let list = upgrade(b"websocket, IRC/6.9, RTA/x11").unwrap();
        let protocols: Vec<(&[u8], Option<&[u8]>)> = list
            .iter()
            .map(|protocol| {
                (
                    protocol.name().as_bytes(),
                    protocol.version().map(|version| version.as_bytes()),
                )
            })
            .collect();
        assert_eq!(
            protocols,
            [
                (&b"websocket"[..], None),
                (b"IRC", Some(&b"6.9"[..])),
                (b"RTA", Some(b"x11"))
            ]
        );
    }

    #[test]
    fn transfer_codings_and_their_parameters() {
        let list = transfer_encoding(b"gzip, foo; a=1 ;b = \"x\", chunked").unwrap();
        assert_eq!(
            names(list, |coding| coding.name().as_bytes()),
            [&b"gzip"[..], b"foo", b"chunked"]
        );
        let foo = list.iter().nth(1).unwrap();
        let params: Vec<_> = foo.params().iter().collect();
        assert_eq!(params.len(), 2);
        assert!(
            params[0].name().eq_str("a")
                && params[0].value().unwrap().eq_str("1")
                && !params[0].bws
        );
        assert!(
            params[1].name().eq_str("b") && params[1].value().unwrap().eq_str("x") && params[1].bws
        );
        assert!(
            list.iter()
                .last()
                .unwrap()
                .name()
                .eq_ignore_ascii_case("CHUNKED")
        );
    }

    #[test]
    fn invalid_lists() {
        let allow_cases: [(&[u8], usize, &str); 4] = [
            (b"GET POST", 4, "a comma or the end of the value"),
            (b"GET, \"PUT\"", 5, "a method"),
            (b"GET;", 3, "a comma or the end of the value"),
            (b"G\xc9T", 1, "a comma or the end of the value"),
        ];
        refused(&allow_cases, |value| allow(value).map(|list| list.len()));
        let connection_cases: [(&[u8], usize, &str); 1] =
            [(b"close, (x)", 7, "a connection option")];
        refused(&connection_cases, |value| {
            connection(value).map(|list| list.len())
        });
        let upgrade_cases: [(&[u8], usize, &str); 3] = [
            (b"HTTP/", 5, "a protocol version after '/'"),
            (b"HTTP/2.0/x", 8, "a comma or the end of the value"),
            (b"/2", 0, "a protocol name"),
        ];
        refused(&upgrade_cases, |value| {
            upgrade(value).map(|list| list.len())
        });
        let transfer_encoding_cases: [(&[u8], usize, &str); 3] = [
            (b"gzip; q", 7, "'=' after the parameter name"),
            (b"gzip x", 5, "';', a comma or the end of the value"),
            (b"gzip;a=\"b", 9, "a closing double quote"),
        ];
        refused(&transfer_encoding_cases, |value| {
            transfer_encoding(value).map(|list| list.len())
        });
    }

    /// A token of one to eight tchars.
    fn token() -> impl Strategy<Value = String> {
        "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,8}"
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(list) = allow(&value) {
                prop_assert_eq!(list.iter().count(), list.len());
            }
            if let Ok(list) = upgrade(&value) {
                prop_assert_eq!(list.iter().count(), list.len());
            }
            if let Ok(list) = transfer_encoding(&value) {
                prop_assert_eq!(list.iter().count(), list.len());
                for coding in list {
                    let _ = coding.params().iter().count();
                }
            }
        }

        #[test]
        fn lists_of_tokens_parse(
            tokens in proptest::collection::vec(token(), 0..6),
            separator in prop_oneof![Just(","), Just(", "), Just(" ,\t"), Just(" , ")],
        ) {
            let text = tokens.join(separator);
            let list = allow(text.as_bytes()).unwrap();
            let read: Vec<&str> = list.iter().map(|token| token.as_str()).collect();
            prop_assert_eq!(read, tokens.iter().map(String::as_str).collect::<Vec<_>>());
            prop_assert_eq!(list.empty, 0);
        }

        #[test]
        fn a_doubled_comma_is_one_empty_element(
            tokens in proptest::collection::vec(token(), 2..6),
            doubled in 1..5_usize,
        ) {
            let doubled = doubled % (tokens.len() - 1) + 1;
            let mut text = String::new();
            for (index, token) in tokens.iter().enumerate() {
                if index > 0 {
                    text.push_str(if index == doubled { ", ," } else { ", " });
                }
                text.push_str(token);
            }
            let list = connection(text.as_bytes()).unwrap();
            prop_assert_eq!(list.len(), tokens.len());
            prop_assert_eq!(list.empty, 1);
        }
    }
}
