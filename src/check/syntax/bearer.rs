//! The values of the parameters of a Bearer challenge ([RFC 6750, Section
//! 3]): `error`, `error_description`, `error_uri` and `scope`.
//!
//! The challenge itself is an ordinary one (see [`super::challenge`]);
//! these functions check the characters RFC 6750 allows in the unescaped
//! value of each parameter, whether it was sent as a token or a quoted
//! string. Errors point at the byte as written, at its backslash when it
//! was escaped.
//!
//! [RFC 6750, Section 3]: https://www.rfc-editor.org/rfc/rfc6750.html#section-3

use super::uri::uri_reference_text;
use super::{SyntaxError, Text};

/// The phrase for a byte outside `%x20-21 / %x23-5B / %x5D-7E`.
const TEXT: &str = "a printable ASCII character other than '\"' and '\\'";

/// Whether `byte` is in `%x20-21 / %x23-5B / %x5D-7E`: printable ASCII
/// and SP, without `"` and `\`.
const fn is_error_char(byte: u8) -> bool {
    matches!(byte, 0x20..=0x21 | 0x23..=0x5B | 0x5D..=0x7E)
}

/// Checks an `error` value: RFC 6750, Section 3 allows only `%x20-21 /
/// %x23-5B / %x5D-7E`, printable ASCII and SP without `"` and `\`.
///
/// # Errors
///
/// "a printable ASCII character other than '"' and '\'" at the first byte
/// outside the set.
pub(crate) fn check_error(value: Text<'_>) -> Result<(), SyntaxError> {
    let mut bytes = value.bytes();
    while let Some((at, byte)) = bytes.next_with_offset() {
        if !is_error_char(byte) {
            return Err(SyntaxError::new(at, TEXT));
        }
    }
    Ok(())
}

/// Checks an `error_description` value, whose characters are those of
/// `error`: see [`check_error`].
///
/// # Errors
///
/// As [`check_error`].
pub(crate) fn check_error_description(value: Text<'_>) -> Result<(), SyntaxError> {
    check_error(value)
}

/// Checks an `error_uri` value, which must be a `URI-reference` (and so
/// holds only `%x21 / %x23-5B / %x5D-7E`).
///
/// # Errors
///
/// The errors of [`super::uri::uri_reference`].
pub(crate) fn check_error_uri(value: Text<'_>) -> Result<(), SyntaxError> {
    uri_reference_text(value).map(|_| ())
}

/// Checks a `scope` value: `scope-token *( SP scope-token )` with
/// `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )` ([RFC 6749, Section
/// 3.3], which RFC 6750 refers to): tokens separated by one space each.
///
/// [RFC 6749, Section 3.3]: https://www.rfc-editor.org/rfc/rfc6749.html#section-3.3
///
/// # Errors
///
/// "a scope token" where one is missing (an empty value, a space at
/// either end, two spaces in a row), and "a printable ASCII character
/// other than '"' and '\'" at a byte outside the set.
pub(crate) fn check_scope(value: Text<'_>) -> Result<(), SyntaxError> {
    let mut bytes = value.bytes();
    let mut token_wanted = true;
    while let Some((at, byte)) = bytes.next_with_offset() {
        if byte == b' ' {
            if token_wanted {
                return Err(SyntaxError::new(at, "a scope token"));
            }
            token_wanted = true;
        } else if is_error_char(byte) {
            token_wanted = false;
        } else {
            return Err(SyntaxError::new(at, TEXT));
        }
    }
    if token_wanted {
        return Err(SyntaxError::new(bytes.offset(), "a scope token"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::prelude::rust_2024::*;

    use super::super::challenge::challenges;
    use super::*;
    use crate::check::syntax::refused;

    fn quoted(raw: &[u8]) -> Text<'_> {
        Text {
            at: 1,
            raw,
            quoted: true,
        }
    }

    #[test]
    fn the_example_of_rfc_6750() {
        let value = b"Bearer realm=\"example\", error=\"invalid_token\", \
                      error_description=\"The access token expired\"";
        let bearer = challenges(value).unwrap().iter().next().unwrap();
        let params = bearer.params();
        let get = |name| params.get(name).unwrap().value().unwrap();
        assert_eq!(check_error(get("error")), Ok(()));
        assert_eq!(check_error_description(get("error_description")), Ok(()));
    }

    #[test]
    fn error_and_description() {
        assert_eq!(check_error(quoted(b"insufficient_scope")), Ok(()));
        assert_eq!(check_error(quoted(b"")), Ok(()));
        assert_eq!(check_error(quoted(b"a ~!")), Ok(()));
        assert_eq!(
            check_error(quoted(b"say \\\"no\\\"")),
            Err(SyntaxError::new(5, TEXT))
        );
        assert_eq!(
            check_error(quoted(b"a\\\\b")),
            Err(SyntaxError::new(2, TEXT))
        );
        assert_eq!(
            check_error(quoted(b"caf\xc3\xa9")),
            Err(SyntaxError::new(4, TEXT))
        );
        assert_eq!(
            check_error(quoted(b"tab\there")),
            Err(SyntaxError::new(4, TEXT))
        );
        // A needless escape unescapes to an allowed byte.
        assert_eq!(check_error_description(quoted(b"\\a")), Ok(()));
    }

    #[test]
    fn scope() {
        assert_eq!(check_scope(quoted(b"read")), Ok(()));
        assert_eq!(check_scope(quoted(b"read write:all ~")), Ok(()));
        assert_eq!(
            check_scope(Text {
                at: 7,
                raw: b"read",
                quoted: false
            }),
            Ok(())
        );
        let cases: [(&[u8], usize, &str); 6] = [
            (b"", 1, "a scope token"),
            (b" read", 1, "a scope token"),
            (b"read ", 6, "a scope token"),
            (b"read  write", 6, "a scope token"),
            (b"read\twrite", 5, TEXT),
            (b"a\\\"b", 2, TEXT),
        ];
        refused(&cases, |raw| check_scope(quoted(raw)));
    }

    #[test]
    fn error_uri() {
        assert_eq!(
            check_error_uri(quoted(b"https://example.com/errors/invalid_token")),
            Ok(())
        );
        assert_eq!(check_error_uri(quoted(b"/errors#token")), Ok(()));
        assert_eq!(
            check_error_uri(quoted(b"https://example.com/a b")),
            Err(SyntaxError::new(
                22,
                "a character allowed in a path (others must be percent-encoded)"
            ))
        );
    }

    proptest! {
        #[test]
        fn never_panics(raw in proptest::collection::vec(any::<u8>(), 0..64), is_quoted in any::<bool>()) {
            let text = Text { at: 0, raw: &raw, quoted: is_quoted };
            let _ = (check_error(text), check_scope(text), check_error_uri(text));
        }

        #[test]
        fn scopes_of_valid_tokens_pass(tokens in proptest::collection::vec("[!#-\\[\\]-~]{1,8}", 1..5)) {
            let value = tokens.join(" ");
            // Written as a quoted string, each '"' and '\' would be escaped;
            // these tokens hold neither.
            prop_assert_eq!(check_scope(quoted(value.as_bytes())), Ok(()));
        }
    }
}
