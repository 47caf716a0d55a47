//! Whether content links anywhere, for the 511 (Network Authentication
//! Required) rule of [RFC 6585, Section 6]: the response "SHOULD contain a
//! link to a resource that allows the user to submit credentials (e.g.,
//! with an HTML form)".
//!
//! [RFC 6585, Section 6]: https://www.rfc-editor.org/rfc/rfc6585#section-6

/// Attribute names whose value is a link, when followed by `=` (white
/// space around the `=` allowed, as HTML allows it).
const LINK_ATTRIBUTES: [&[u8]; 3] = [
    // <a href=...>, <link href=...>, location.href = ...
    b"href",   // <form action=...>
    b"action", // <meta http-equiv="refresh" content="0; url=...">
    b"url",
];

/// Schemes that start an absolute URL anywhere in the text.
const URL_SCHEMES: [&[u8]; 2] = [b"http://", b"https://"];

/// Whether the content holds a link: an `href=`, a form's `action=`, a
/// meta refresh's `url=`, or an `http://` or `https://` URL anywhere,
/// ignoring ASCII case.
///
/// The test is deliberately generous: a `false` here is what a rule
/// reports, so anything that could be a link counts, in HTML, JSON or
/// plain text alike. It reads each byte a bounded number of times.
#[must_use]
pub(crate) fn contains_link(content: &[u8]) -> bool {
    (0..content.len()).any(|at| {
        let rest = content.get(at..).unwrap_or_default();
        URL_SCHEMES
            .iter()
            .any(|scheme| super::starts_with_ignore_ascii_case(rest, scheme))
            || LINK_ATTRIBUTES.iter().any(|name| {
                super::starts_with_ignore_ascii_case(rest, name)
                    && rest
                        .get(name.len()..)
                        .unwrap_or_default()
                        .trim_ascii_start()
                        .starts_with(b"=")
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6585, Section 6.1: the example 511 response.
    const RFC_6585: &str = r#"<html>
   <head>
      <title>Network Authentication Required</title>
      <meta http-equiv="refresh"
            content="0; url=https://login.example.net/">
   </head>
   <body>
      <p>You need to <a href="https://login.example.net/">
      authenticate with the local network</a> in order to gain
      access.</p>
   </body>
</html>"#;

    #[test]
    fn finds_links_in_every_form() {
        let cases = [
            RFC_6585,
            "<meta http-equiv=Refresh content='0;URL=/portal/login'>",
            "<A HREF='/portal'>sign in</A>",
            "<a class=\"button\" href = \"/login\">Log in</a>",
            "<form method=\"post\" action=\"/auth\"><input name=user></form>",
            "<FORM ACTION=/auth METHOD=POST>",
            "<script>window.location.href='/login';</script>",
            "Log in at http://portal.example/ to continue.",
            "Log in at HTTPS://PORTAL.EXAMPLE/",
            r#"{"captive":true,"user-portal-url":"https://portal.example/login"}"#,
        ];
        for content in cases {
            assert!(contains_link(content.as_bytes()), "{content}");
        }
    }

    #[test]
    fn finds_no_link_where_there_is_none() {
        let cases = [
            "",
            "Network Authentication Required",
            "<html><body><h1>511 Network Authentication Required</h1><p>Please sign in to the network.</p></body></html>",
            "<a name=\"top\">Top</a>",
            "The hrefs and actions are logged; see the URL list at https:/ nowhere.",
            "{\"url\": \"/login\"}",
            "ftp://example.com/",
            "href",
        ];
        for content in cases {
            assert!(!contains_link(content.as_bytes()), "{content}");
        }
    }
}
