//! `media-type = type "/" subtype parameters` ([RFC 9110, Section
//! 8.3.1]), the value of `Content-Type`.
//!
//! [RFC 9110, Section 8.3.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.3.1

use super::{Cursor, ParamGrammar, Params, SyntaxError, Text, Token, params};

/// A media type: type, subtype and parameters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MediaType<'a> {
    /// The type, `text` in `text/html`; case-insensitive.
    type_name: Token<'a>,
    /// The subtype, `html` in `text/html`; case-insensitive.
    subtype: Token<'a>,
    /// The parameters.
    params: Params<'a>,
}

impl<'a> MediaType<'a> {
    /// The value of the first parameter named `name`, ignoring ASCII case
    /// as parameter names do.
    #[must_use]
    pub(crate) fn param(&self, name: &str) -> Option<Text<'a>> {
        self.params.get(name).and_then(|param| param.value())
    }

    /// Whether the media type is `type_name/subtype`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn is(&self, type_name: &str, subtype: &str) -> bool {
        self.type_name.eq_ignore_ascii_case(type_name) && self.subtype.eq_ignore_ascii_case(subtype)
    }

    /// Whether the media type is `multipart/byteranges`, the type of a
    /// multipart 206 response ([RFC 9110, Section 14.6]).
    ///
    /// [RFC 9110, Section 14.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-14.6
    #[must_use]
    pub(crate) fn is_multipart_byteranges(&self) -> bool {
        self.is("multipart", "byteranges")
    }

    /// The `boundary` parameter, which a multipart type must have
    /// ([RFC 2046, Section 5.1.1]).
    ///
    /// [RFC 2046, Section 5.1.1]: https://www.rfc-editor.org/rfc/rfc2046.html#section-5.1.1
    #[must_use]
    pub(crate) fn boundary(&self) -> Option<Text<'a>> {
        self.param("boundary")
    }
}

/// Parses a media type ([RFC 9110, Section 8.3.1]), such as a
/// `Content-Type` value, after trimming the OWS around it.
///
/// Parameters follow Section 5.6.6: no whitespace around `=`, and an empty
/// parameter (`text/plain;`) is allowed and skipped.
///
/// # Errors
///
/// "a media type such as text/html" where no type starts, "'/' after the
/// type", "a subtype after '/'", the errors of a parameter ("'=' right
/// after the parameter name, without spaces" at byte 18 of `text/html;
/// charset = utf-8`), and "';' or the end of the value" where the media
/// type is followed by something else.
///
/// [RFC 9110, Section 8.3.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-8.3.1
pub(crate) fn media_type(value: &[u8]) -> Result<MediaType<'_>, SyntaxError> {
    let mut cursor = Cursor::trimmed(value);
    let type_name = cursor.expect_token("a media type such as text/html")?;
    cursor.expect(b'/', "'/' after the type")?;
    let subtype = cursor.expect_token("a subtype after '/'")?;
    let params = params(&mut cursor, ParamGrammar::Parameters)?;
    cursor.finish_after_ows("';' or the end of the value")?;
    Ok(MediaType {
        type_name,
        subtype,
        params,
    })
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
    fn the_examples_of_the_rfc() {
        for value in [
            &b"text/html;charset=utf-8"[..],
            b"Text/HTML;Charset=\"utf-8\"",
            b"text/html; charset=\"utf-8\"",
            b"text/html;charset=UTF-8",
        ] {
            let parsed = media_type(value).unwrap();
            assert!(parsed.is("text", "html"), "{}", value.escape_ascii());
            assert!(
                parsed
                    .param("charset")
                    .unwrap()
                    .eq_ignore_ascii_case("utf-8")
            );
        }
    }

    #[test]
    fn parameters() {
        let parsed =
            media_type(b" multipart/byteranges; boundary=THIS_STRING_SEPARATES;;x=\"a\\\"b\"; \t")
                .unwrap();
        assert!(parsed.is_multipart_byteranges());
        assert!(parsed.boundary().unwrap().eq_str("THIS_STRING_SEPARATES"));
        assert!(parsed.param("X").unwrap().eq_str("a\"b"));
        assert_eq!(parsed.params.iter().count(), 2);
        assert!(parsed.param("charset").is_none());
        let bare = media_type(b"application/octet-stream").unwrap();
        assert!(bare.params.iter().next().is_none());
        assert!(
            media_type(b"text/plain;")
                .unwrap()
                .params
                .iter()
                .next()
                .is_none()
        );
        assert!(
            media_type(b"multipart/byteranges")
                .unwrap()
                .boundary()
                .is_none()
        );
        // obs-text is allowed in a quoted parameter value.
        assert_eq!(
            media_type(b"text/plain; title=\"\xe9t\xe9\"")
                .unwrap()
                .param("title")
                .unwrap()
                .raw(),
            b"\xe9t\xe9"
        );
    }

    #[test]
    fn multipart_byteranges_and_its_boundary() {
        let parsed = media_type(b"Multipart/ByteRanges; boundary=\"THIS\"").unwrap();
        assert!(parsed.is_multipart_byteranges());
        assert!(
            parsed
                .boundary()
                .is_some_and(|boundary| boundary.eq_str("THIS"))
        );
        let plain = media_type(b"multipart/mixed; boundary=x").unwrap();
        assert!(!plain.is_multipart_byteranges());
        assert!(
            media_type(b"application/problem+json")
                .unwrap()
                .is("Application", "Problem+JSON")
        );
    }

    #[test]
    fn invalid_values() {
        let cases: [(&[u8], usize, &str); 11] = [
            (b"", 0, "a media type such as text/html"),
            (b"/html", 0, "a media type such as text/html"),
            (b"text", 4, "'/' after the type"),
            (b"text/", 5, "a subtype after '/'"),
            (
                b"text/html; charset = utf-8",
                18,
                "'=' right after the parameter name, without spaces",
            ),
            (
                b"text/html; charset= utf-8",
                19,
                "a value right after '=', without spaces",
            ),
            (b"text/html; charset", 18, "'=' after the parameter name"),
            (
                b"text/html; charset=",
                19,
                "a token or a quoted string after '='",
            ),
            (b"text/html; charset=\"utf-8", 25, "a closing double quote"),
            (b"text/html, text/plain", 9, "';' or the end of the value"),
            (b"text/html; a=b c", 15, "';' or the end of the value"),
        ];
        refused(&cases, |value| media_type(value).map(|_| ()));
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(parsed) = media_type(&value) {
                let _ = parsed.params.iter().count();
                let _ = parsed.boundary();
            }
        }

        #[test]
        fn generated_media_types_parse(
            type_name in "[a-z]{1,8}",
            subtype in "[a-z0-9+.-]{1,8}",
            params in proptest::collection::vec(("[a-z]{1,6}", "[!#-\\[\\]-~ ]{0,6}"), 0..4),
        ) {
            let text = params.iter().fold(format!("{type_name}/{subtype}"), |text, (name, value)| {
                text + "; " + name + "=\"" + value + "\""
            });
            let parsed = media_type(text.as_bytes()).unwrap();
            prop_assert!(parsed.is(&type_name, &subtype));
            let read: Vec<(&str, bool)> = parsed
                .params
                .iter()
                .zip(&params)
                .map(|(param, (_, value))| (param.name().as_str(), param.value().unwrap().eq_str(value)))
                .collect();
            let expected: Vec<(&str, bool)> = params.iter().map(|(name, _)| (name.as_str(), true)).collect();
            prop_assert_eq!(read, expected);
        }
    }
}
