//! What the content of a response to TRACE reflects ([RFC 9110, Section
//! 9.3.8]): the final recipient "SHOULD reflect the message received ...
//! back to the client as the content of a 200 (OK) response", and "SHOULD
//! exclude any request fields that are likely to contain sensitive data".
//!
//! [RFC 9110, Section 9.3.8]: https://www.rfc-editor.org/rfc/rfc9110#section-9.3.8

use super::Lines;
use crate::check::syntax::is_tchar;

/// The request fields a reflected message should not show, in their
/// canonical spelling: credentials (RFC 9110, Section 11.6.2 and 11.7.2)
/// and cookies (RFC 6265, Section 5.4).
const CREDENTIAL_FIELDS: [&str; 3] = ["Authorization", "Proxy-Authorization", "Cookie"];

/// Whether `version` is `HTTP/` and a digit, optionally `.` and a digit.
fn is_http_version(version: &[u8]) -> bool {
    matches!(
        version.strip_prefix(b"HTTP/"),
        Some([major, b'.', minor]) if major.is_ascii_digit() && minor.is_ascii_digit()
    ) || matches!(version.strip_prefix(b"HTTP/"), Some([major]) if major.is_ascii_digit())
}

/// Whether `line` is a request line (RFC 9112, Section 3): a method
/// token, one space, a request target without spaces, one space, an HTTP
/// version.
fn is_request_line(line: &[u8]) -> bool {
    let mut parts = line.split(|&byte| byte == b' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    !method.is_empty()
        && method.iter().all(|&byte| is_tchar(byte))
        && !target.is_empty()
        && target.iter().all(|&byte| byte > b' ' && byte != 0x7F)
        && is_http_version(version)
}

/// The lines of the reflected header section: the lines after the request
/// line up to the first empty line. `None` when the content does not start
/// with a request line and its line end (empty lines before it are allowed,
/// as RFC 9112, Section 2.2 lets a server ignore them).
fn reflected_header_lines(content: &[u8]) -> Option<impl Iterator<Item = &[u8]>> {
    let mut lines = Lines::new(content);
    let (at, line) = lines.by_ref().find(|(_, line)| !line.is_empty())?;
    let ended = content
        .get(at.saturating_add(line.len())..)
        .is_some_and(|rest| rest.starts_with(b"\n") || rest.starts_with(b"\r\n"));
    (ended && is_request_line(line)).then_some(
        lines
            .map(|(_, line)| line)
            .take_while(|line| !line.is_empty()),
    )
}

/// Whether the content starts with an HTTP request line and its line end,
/// `method SP request-target SP HTTP/d.d`, as the reflection of a TRACE
/// request does (in the `message/http` form of RFC 9112, Section 10.1, or
/// just as the request arrived). Leading empty lines are skipped;
/// `HTTP/2` is accepted as a version too.
#[must_use]
pub(crate) fn reflects_request(content: &[u8]) -> bool {
    reflected_header_lines(content).is_some()
}

/// The first credential field in the reflected header section, by its
/// canonical name: `"Authorization"`, `"Proxy-Authorization"` or
/// `"Cookie"`.
///
/// Only field lines of the reflected request's header section count: the
/// content must start with a request line ([`reflects_request`]), and the
/// name must start the line and be followed at once by `:` (matched
/// ignoring ASCII case). The same words in the reflected content, in other
/// field names (`Set-Cookie`, `X-Authorization`) or in values do not
/// count.
#[must_use]
pub(crate) fn echoed_credentials(content: &[u8]) -> Option<&'static str> {
    reflected_header_lines(content)?.find_map(|line| {
        let colon = line.iter().position(|&byte| byte == b':')?;
        let name = line.get(..colon)?;
        CREDENTIAL_FIELDS
            .into_iter()
            .find(|field| name.eq_ignore_ascii_case(field.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_a_reflected_request() {
        let cases = [
            "TRACE / HTTP/1.1\r\nHost: example.com\r\n\r\n",
            "TRACE /a/b?c=d HTTP/1.1\r\nHost: example.com\r\nMax-Forwards: 0\r\nVia: 1.1 proxy\r\n\r\n",
            "TRACE http://example.com/ HTTP/1.0\nHost: example.com\n",
            "\r\n\r\nTRACE * HTTP/1.1\r\n",
            "PATCH /x HTTP/2\r\n",
        ];
        for content in cases {
            assert!(reflects_request(content.as_bytes()), "{content:?}");
        }
    }

    #[test]
    fn other_content_is_not_a_reflected_request() {
        let cases = [
            "",
            "TRACE / HTTP/1.1",
            "TRACE /  HTTP/1.1\r\n",
            "TRACE / HTTP/1.1 \r\n",
            " TRACE / HTTP/1.1\r\n",
            "TRACE / http/1.1\r\n",
            "TRACE / HTTP/1.11\r\n",
            "TRACE HTTP/1.1\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: message/http\r\n\r\n",
            "<html><body>TRACE / HTTP/1.1\r\nCookie: a=b</body></html>",
            "{\"method\":\"TRACE\",\"headers\":{\"Cookie\":\"a=b\"}}",
            "Method Not Allowed\r\n",
        ];
        for content in cases {
            assert!(!reflects_request(content.as_bytes()), "{content:?}");
            assert_eq!(echoed_credentials(content.as_bytes()), None, "{content:?}");
        }
    }

    #[test]
    fn finds_credentials_in_the_reflected_header_section() {
        let cases = [
            (
                "TRACE / HTTP/1.1\r\nHost: a\r\nAuthorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n\r\n",
                Some("Authorization"),
            ),
            (
                "TRACE / HTTP/1.1\r\nhost: a\r\nauthorization: Bearer x\r\n\r\n",
                Some("Authorization"),
            ),
            (
                "TRACE / HTTP/1.1\nPROXY-AUTHORIZATION: Basic x\n",
                Some("Proxy-Authorization"),
            ),
            (
                "TRACE / HTTP/1.1\r\nHost: a\r\nCookie: session=1\r\nAuthorization: x\r\n\r\n",
                Some("Cookie"),
            ),
            ("TRACE / HTTP/1.1\r\ncookie:a=b", Some("Cookie")),
            // Not credentials, or not in the header section.
            ("TRACE / HTTP/1.1\r\nHost: a\r\n\r\nCookie: a=b\r\n", None),
            (
                "TRACE / HTTP/1.1\r\nSet-Cookie: a=b\r\nX-Authorization: x\r\nAuthorization-Info: y\r\n\r\n",
                None,
            ),
            (
                "TRACE / HTTP/1.1\r\nCookie : a=b\r\n User-Agent: x Cookie: a\r\nX-Note: Authorization: x\r\n\r\n",
                None,
            ),
            (
                "TRACE / HTTP/1.1\r\nHost: a\r\nVia: 1.1 proxy\r\n\r\n",
                None,
            ),
        ];
        for (content, expected) in cases {
            assert_eq!(
                echoed_credentials(content.as_bytes()),
                expected,
                "{content:?}"
            );
        }
    }
}
