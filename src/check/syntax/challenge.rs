//! `WWW-Authenticate = #challenge` and `Proxy-Authenticate = #challenge`
//! ([RFC 9110, Sections 11.6.1 and 11.7.1]), with `challenge = auth-scheme
//! [ 1*SP ( token68 / #auth-param ) ]` ([RFC 9110, Section 11.3]).
//!
//! The commas of the field separate challenges, and also the parameters
//! of one challenge. After a comma, what follows decides: a token followed
//! by BWS and `=` is one more `auth-param` of the current challenge
//! (`type=1`); any other token starts the next challenge (`Basic` alone,
//! or followed by a space and its token68 or parameters). So
//! `Basic realm="a", Bearer realm="b", error="invalid_token"` is two
//! challenges, and `Negotiate abc123==` one with a token68.
//!
//! Two consequences of the grammar that look odd: after the space, a lone
//! token is a token68 (`Basic realm` has the token68 `realm`, and
//! `Basic realm=` the token68 `realm=`), and a scheme followed by a comma
//! without a space (`Basic, realm="x"`) takes no parameters after it.
//!
//! An empty list element is accepted and counted; where it sits between
//! two parameters it could belong to either list, which the RFC calls
//! harmless (Section 11.6.1).
//!
//! [RFC 9110, Section 11.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-11.3
//! [RFC 9110, Sections 11.6.1 and 11.7.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-11.6.1

use super::{
    ALPHA, ByteSet, Cursor, DIGIT, Param, Slot, SyntaxError, Token, Walk, bits_of, byte_set,
    in_set, is_tchar, param,
};

/// The bytes of the body of a `token68`, before its padding: `ALPHA /
/// DIGIT / "-" / "." / "_" / "~" / "+" / "/"`.
const TOKEN68: ByteSet = byte_set(ALPHA | DIGIT | bits_of(b"-._~+/"));

/// What must follow a challenge or an auth-param.
const AFTER: &str = "a comma or the end of the value";

/// What follows the scheme in the element that starts a challenge.
#[derive(Clone, Copy, Debug)]
enum Opening<'a> {
    /// Nothing; `spaced` if a space followed the scheme before the comma
    /// or the end.
    Bare { spaced: bool },
    /// A token68.
    Token68(&'a [u8]),
    /// The first auth-param, from `at` to `end`.
    Param { at: usize, end: usize },
}

/// One element of the list: the start of a challenge, or one more
/// auth-param of the current one.
#[derive(Clone, Copy, Debug)]
enum Piece<'a> {
    /// A scheme, and what follows it in the element.
    Start {
        scheme: Token<'a>,
        opening: Opening<'a>,
    },
    /// An auth-param, from `at` to `end`.
    Param { at: usize, end: usize },
}

/// Moves past one element of the list. `expected` is the phrase for one
/// that does not start with a token; `misplaced` the phrase for an
/// auth-param where none may stand, if that is the case.
fn piece<'a>(
    cursor: &mut Cursor<'a>,
    expected: &'static str,
    misplaced: Option<&'static str>,
) -> Result<Piece<'a>, SyntaxError> {
    let at = cursor.pos;
    let scheme = cursor.expect_token(expected)?;
    let mut ahead = *cursor;
    ahead.skip_ows();
    if ahead.peek() == Some(b'=') {
        // `token BWS "="`: an auth-param, not a scheme.
        if let Some(misplaced) = misplaced {
            return Err(SyntaxError::new(at, misplaced));
        }
        cursor.pos = at;
        param(cursor, true, false)?;
        return Ok(Piece::Param {
            at,
            end: cursor.pos,
        });
    }
    let spaced = !cursor.eat_while(|byte| byte == b' ').is_empty();
    let mut ahead = *cursor;
    ahead.skip_ows();
    if matches!(ahead.peek(), None | Some(b',')) {
        return Ok(Piece::Start {
            scheme,
            opening: Opening::Bare { spaced },
        });
    }
    if !spaced {
        return Err(cursor.error("a space or a comma after the authentication scheme"));
    }
    let mut token68 = *cursor;
    if !token68.eat_while(|byte| in_set(&TOKEN68, byte)).is_empty() {
        token68.eat_while(|byte| byte == b'=');
        let mut ahead = token68;
        ahead.skip_ows();
        if matches!(ahead.peek(), None | Some(b',')) {
            let body = cursor.slice(cursor.pos, token68.pos);
            *cursor = token68;
            return Ok(Piece::Start {
                scheme,
                opening: Opening::Token68(body),
            });
        }
    }
    if !cursor.peek().is_some_and(is_tchar) {
        return Err(cursor.error("a token68 or an auth-param after the scheme"));
    }
    let param_at = cursor.pos;
    param(cursor, true, false)?;
    Ok(Piece::Start {
        scheme,
        opening: Opening::Param {
            at: param_at,
            end: cursor.pos,
        },
    })
}

/// A challenge: an authentication scheme, and a token68 or parameters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Challenge<'a> {
    scheme: Token<'a>,
    /// The token68 after the scheme, with its `=` padding, if the
    /// challenge has one rather than parameters. The rules read only the
    /// parameters; the tests read this to tell the two forms apart.
    #[cfg(test)]
    token68: Option<&'a [u8]>,
    params: AuthParams<'a>,
}

impl<'a> Challenge<'a> {
    /// The authentication scheme, such as `Basic`; schemes are
    /// case-insensitive.
    #[must_use]
    pub(crate) const fn scheme(&self) -> Token<'a> {
        self.scheme
    }

    /// The auth-params, which may be none.
    #[must_use]
    pub(crate) const fn params(&self) -> AuthParams<'a> {
        self.params
    }
}

/// The `auth-param`s of a challenge: `token BWS "=" BWS ( token /
/// quoted-string )` each ([RFC 9110, Section 11.2]), separated by commas.
/// Their names are case-insensitive, and each may occur only once per
/// challenge.
///
/// [RFC 9110, Section 11.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-11.2
#[derive(Clone, Copy, Debug)]
pub(crate) struct AuthParams<'a> {
    /// From the first parameter to the end of the last.
    cursor: Cursor<'a>,
}

impl<'a> AuthParams<'a> {
    /// The parameters, in order.
    #[must_use]
    pub(crate) const fn iter(&self) -> AuthParamIter<'a> {
        AuthParamIter {
            walk: Walk::new(self.cursor),
        }
    }

    /// The first parameter named `name`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn get(&self, name: &str) -> Option<Param<'a>> {
        self.iter()
            .find(|param| param.name().eq_ignore_ascii_case(name))
    }

    /// How many parameters are named `name`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn count(&self, name: &str) -> usize {
        self.iter()
            .filter(|param| param.name().eq_ignore_ascii_case(name))
            .count()
    }

    /// Whether there is no parameter.
    #[must_use]
    pub(crate) const fn is_empty(&self) -> bool {
        self.cursor.at_end()
    }
}

impl<'a> IntoIterator for AuthParams<'a> {
    type Item = Param<'a>;
    type IntoIter = AuthParamIter<'a>;

    fn into_iter(self) -> AuthParamIter<'a> {
        self.iter()
    }
}

/// The parameters of an [`AuthParams`], in order.
#[derive(Clone, Debug)]
pub(crate) struct AuthParamIter<'a> {
    walk: Walk<'a>,
}

impl<'a> Iterator for AuthParamIter<'a> {
    type Item = Param<'a>;

    fn next(&mut self) -> Option<Param<'a>> {
        // The field was checked whole: no parameter fails.
        loop {
            match self
                .walk
                .next_with(AFTER, |cursor| param(cursor, true, false))
                .ok()??
            {
                Slot::Element(param) => return Some(param),
                Slot::Empty(_) => {}
            }
        }
    }
}

/// A `WWW-Authenticate` or `Proxy-Authenticate` value, checked whole when
/// it was parsed. It is `Copy`: [`Challenges::iter`] walks the challenges
/// as often as needed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Challenges<'a> {
    cursor: Cursor<'a>,
    len: usize,
    /// How many empty list elements there are, between challenges or
    /// between parameters (a sender must not generate them).
    empty: usize,
    /// The offset of the first empty list element, if any.
    first_empty: Option<usize>,
}

impl<'a> Challenges<'a> {
    /// The challenges, in order.
    #[must_use]
    pub(crate) const fn iter(&self) -> ChallengeIter<'a> {
        ChallengeIter {
            walk: Walk::new(self.cursor),
        }
    }

    /// How many challenges the value holds. [RFC 9110, Section 11.6.1]
    /// warns that more than one on the same field line is not
    /// interoperable.
    ///
    /// [RFC 9110, Section 11.6.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-11.6.1
    #[must_use]
    pub(crate) const fn len(&self) -> usize {
        self.len
    }

    /// Whether the value holds no challenge.
    #[must_use]
    pub(crate) const fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl<'a> IntoIterator for Challenges<'a> {
    type Item = Challenge<'a>;
    type IntoIter = ChallengeIter<'a>;

    fn into_iter(self) -> ChallengeIter<'a> {
        self.iter()
    }
}

/// The challenges of a [`Challenges`], in order.
#[derive(Clone, Debug)]
pub(crate) struct ChallengeIter<'a> {
    walk: Walk<'a>,
}

impl<'a> ChallengeIter<'a> {
    /// The next element or empty element.
    fn next_piece(walk: &mut Walk<'a>) -> Option<Slot<Piece<'a>>> {
        // The field was checked whole: no element fails.
        walk.next_with(AFTER, |cursor| piece(cursor, "", None))
            .ok()
            .flatten()
    }
}

impl<'a> Iterator for ChallengeIter<'a> {
    type Item = Challenge<'a>;

    fn next(&mut self) -> Option<Challenge<'a>> {
        let (scheme, opening) = loop {
            if let Slot::Element(Piece::Start { scheme, opening }) =
                ChallengeIter::next_piece(&mut self.walk)?
            {
                break (scheme, opening);
            }
        };
        let (mut start, mut end, token68) = match opening {
            Opening::Param { at, end } => (Some(at), end, None),
            Opening::Token68(token68) => (None, 0, Some(token68)),
            Opening::Bare { .. } => (None, 0, None),
        };
        // Take the parameters that follow, up to the next challenge.
        if token68.is_none() {
            let mut ahead = self.walk;
            loop {
                match ChallengeIter::next_piece(&mut ahead) {
                    Some(Slot::Empty(_)) => {}
                    Some(Slot::Element(Piece::Param { at, end: param_end })) => {
                        start = start.or(Some(at));
                        end = param_end;
                    }
                    _ => break,
                }
                self.walk = ahead;
            }
        }
        let start = start.unwrap_or(end);
        Some(Challenge {
            scheme,
            #[cfg(test)]
            token68,
            params: AuthParams {
                cursor: Cursor::span(self.walk.cursor.input, start, end),
            },
        })
    }
}

/// Where the list stands while it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// No challenge yet.
    Start,
    /// After a challenge that may take (more) parameters.
    Params,
    /// After a scheme with no space before the comma: the next element
    /// starts a new challenge.
    Closed,
    /// After a challenge with a token68, which takes no parameters.
    Token68,
}

/// Parses a `WWW-Authenticate` or `Proxy-Authenticate` value, `#challenge`
/// ([RFC 9110, Sections 11.6.1 and 11.7.1]), after trimming the OWS around
/// it. An empty value holds no challenge (a 401 or 407 response needs at
/// least one, which is the rule's business).
///
/// # Errors
///
/// "an authentication scheme" where an element does not start with a token
/// where a challenge must start, "an authentication scheme before its
/// parameters" at `realm="x"` with no scheme before it, "an authentication
/// scheme: a token68 takes no parameters" at a parameter after a token68,
/// "a space or a comma after the authentication scheme" at byte 5 of
/// `Basic"x"`, and the errors of an auth-param ("a token or a quoted
/// string after '='", "a comma or the end of the value").
///
/// [RFC 9110, Sections 11.6.1 and 11.7.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-11.6.1
pub(crate) fn challenges(value: &[u8]) -> Result<Challenges<'_>, SyntaxError> {
    let cursor = Cursor::trimmed(value);
    let mut parsed = Challenges {
        cursor,
        len: 0,
        empty: 0,
        first_empty: None,
    };
    let mut walk = Walk::new(cursor);
    let mut state = State::Start;
    loop {
        let (expected, misplaced) = match state {
            State::Params => ("an auth-param or an authentication scheme", None),
            State::Start | State::Closed => (
                "an authentication scheme",
                Some("an authentication scheme before its parameters"),
            ),
            State::Token68 => (
                "an authentication scheme",
                Some("an authentication scheme: a token68 takes no parameters"),
            ),
        };
        match walk.next_with(AFTER, |cursor| piece(cursor, expected, misplaced))? {
            None => break,
            Some(Slot::Empty(at)) => {
                parsed.empty = parsed.empty.saturating_add(1);
                if parsed.first_empty.is_none() {
                    parsed.first_empty = Some(at);
                }
            }
            Some(Slot::Element(Piece::Param { .. })) => {}
            Some(Slot::Element(Piece::Start { opening, .. })) => {
                parsed.len = parsed.len.saturating_add(1);
                state = match opening {
                    Opening::Bare { spaced: false } => State::Closed,
                    Opening::Bare { spaced: true } | Opening::Param { .. } => State::Params,
                    Opening::Token68(_) => State::Token68,
                };
            }
        }
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::prelude::rust_2024::*;
    use std::{format, vec};

    use super::*;
    use crate::check::syntax::refused;

    /// A challenge as its scheme, its token68 and its parameters (name,
    /// unescaped value).
    type Read = (String, Option<String>, Vec<(String, String)>);

    /// Each challenge of the value, read.
    fn read(value: &[u8]) -> Vec<Read> {
        challenges(value)
            .unwrap_or_else(|error| std::panic!("{}: {error}", value.escape_ascii()))
            .iter()
            .map(|challenge| {
                let text = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).unwrap();
                let params = challenge
                    .params()
                    .iter()
                    .map(|param| {
                        let value = param.value().unwrap().bytes().collect::<Vec<u8>>();
                        (param.name().as_str().to_owned(), text(&value))
                    })
                    .collect();
                (
                    challenge.scheme().as_str().to_owned(),
                    challenge.token68.map(text),
                    params,
                )
            })
            .collect()
    }

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn the_example_of_the_rfc() {
        let value = b"Basic realm=\"simple\", Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\"";
        assert_eq!(
            read(value),
            vec![
                ("Basic".to_owned(), None, params(&[("realm", "simple")])),
                (
                    "Newauth".to_owned(),
                    None,
                    params(&[
                        ("realm", "apps"),
                        ("type", "1"),
                        ("title", "Login to \"apps\"")
                    ])
                ),
            ]
        );
        assert_eq!(challenges(value).map(|parsed| parsed.len()), Ok(2));
    }

    #[test]
    fn the_comma_ambiguity() {
        assert_eq!(
            read(b"Basic realm=\"a\", Bearer realm=\"b\", error=\"invalid_token\""),
            vec![
                ("Basic".to_owned(), None, params(&[("realm", "a")])),
                (
                    "Bearer".to_owned(),
                    None,
                    params(&[("realm", "b"), ("error", "invalid_token")])
                ),
            ]
        );
        assert_eq!(
            read(b"Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\""),
            vec![
                (
                    "Newauth".to_owned(),
                    None,
                    params(&[("realm", "apps"), ("type", "1"), ("title", "Login to \"apps\"")])
                ),
                ("Basic".to_owned(), None, params(&[("realm", "simple")])),
            ]
        );
        assert_eq!(read(b"Bearer"), vec![("Bearer".to_owned(), None, vec![])]);
        assert_eq!(
            read(b"Negotiate abc123=="),
            vec![("Negotiate".to_owned(), Some("abc123==".to_owned()), vec![])]
        );
        assert_eq!(
            read(b"Negotiate a/b+c=, Basic, Bearer error = invalid_token , scope=\"a b\""),
            vec![
                ("Negotiate".to_owned(), Some("a/b+c=".to_owned()), vec![]),
                ("Basic".to_owned(), None, vec![]),
                (
                    "Bearer".to_owned(),
                    None,
                    params(&[("error", "invalid_token"), ("scope", "a b")])
                ),
            ]
        );
        // A token alone after a space is a token68; `a = b` is a parameter
        // with BWS.
        assert_eq!(
            read(b"Foo realm"),
            vec![("Foo".to_owned(), Some("realm".to_owned()), vec![])]
        );
        let bws = challenges(b"Foo a = b").unwrap().iter().next().unwrap();
        assert!(bws.params().get("A").unwrap().bws);
        assert_eq!(read(b""), vec![]);
    }

    #[test]
    fn offsets_counts_and_empty_elements() {
        let parsed = challenges(b" Basic realm=\"a\",, Bearer ,x=\"y\",").unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed.empty, 2);
        assert_eq!(parsed.first_empty, Some(17));
        let offsets: Vec<usize> = parsed.iter().map(|challenge| challenge.scheme.at).collect();
        assert_eq!(offsets, [1, 19]);
        // "Bearer " with its space takes the parameter after the comma.
        let bearer = parsed.iter().nth(1).unwrap();
        assert_eq!(bearer.params().count("x"), 1);
        assert!(parsed.iter().next().unwrap().params().get("x").is_none());
        // Walk twice.
        assert_eq!(parsed.iter().count(), parsed.iter().count());
    }

    #[test]
    fn invalid_values() {
        let cases: [(&[u8], usize, &str); 12] = [
            (
                b"realm=\"x\"",
                0,
                "an authentication scheme before its parameters",
            ),
            (
                b"Basic, realm=\"x\"",
                7,
                "an authentication scheme before its parameters",
            ),
            (
                b"Negotiate abc==, realm=\"x\"",
                17,
                "an authentication scheme: a token68 takes no parameters",
            ),
            (
                b"Basic\"x\"",
                5,
                "a space or a comma after the authentication scheme",
            ),
            (
                b"Basic\trealm=x",
                5,
                "a space or a comma after the authentication scheme",
            ),
            (
                b"Basic \"x\"",
                6,
                "a token68 or an auth-param after the scheme",
            ),
            (b"Basic a=b, c=", 13, "a token or a quoted string after '='"),
            (b"Basic realm=\"x", 14, "a closing double quote"),
            (
                b"Basic realm=\"x\" y",
                16,
                "a comma or the end of the value",
            ),
            (
                b"Basic realm=\"x\", (",
                17,
                "an auth-param or an authentication scheme",
            ),
            (b"(", 0, "an authentication scheme"),
            (b"Negotiate a=b=", 13, "a comma or the end of the value"),
        ];
        refused(&cases, |value| challenges(value).map(|parsed| parsed.len()));
    }

    /// A token of one to eight tchars, starting with a letter.
    fn token() -> impl Strategy<Value = String> {
        "[A-Za-z][!#$%&'*+.^_`|~0-9A-Za-z-]{0,7}"
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(parsed) = challenges(&value) {
                prop_assert_eq!(parsed.iter().count(), parsed.len());
                for challenge in parsed {
                    let _ = challenge.params().iter().count();
                }
            }
        }

        #[test]
        fn generated_challenges_parse(
            list in proptest::collection::vec(
                (token(), prop_oneof![
                    Just(None),
                    "[A-Za-z0-9._~+/-]{1,12}={0,2}".prop_map(|token68| Some(Err(token68))),
                    proptest::collection::vec((token(), "[ -!#-\\[\\]-~]{0,8}"), 1..4).prop_map(|params| Some(Ok(params))),
                ]),
                1..4,
            ),
        ) {
            let written: Vec<String> = list
                .iter()
                .map(|(scheme, rest)| match rest {
                    None => scheme.clone(),
                    Some(Err(token68)) => format!("{scheme} {token68}"),
                    Some(Ok(params)) => {
                        let params: Vec<String> = params.iter().map(|(name, value)| format!("{name}=\"{value}\"")).collect();
                        format!("{scheme} {}", params.join(", "))
                    }
                })
                .collect();
            let text = written.join(", ");
            let expected: Vec<Read> = list
                .iter()
                .map(|(scheme, rest)| match rest {
                    None => (scheme.clone(), None, vec![]),
                    Some(Err(token68)) => (scheme.clone(), Some(token68.clone()), vec![]),
                    Some(Ok(params)) => (scheme.clone(), None, params.clone()),
                })
                .collect();
            prop_assert_eq!(read(text.as_bytes()), expected, "{}", text);
        }
    }
}
