//! Reads HAR 1.2 files, the HTTP Archive format that browser developer
//! tools and proxies export: each entry's request and response, as the
//! checker needs them.
//!
//! Only the members the checker reads are kept, and every string is
//! borrowed from the input where JSON lets it be. HTTP/2 and HTTP/3 entries
//! have no reason phrase, and their pseudo-header fields (`:status`,
//! `:authority`, ...) are not header fields: both are left out. Content
//! that the file gives as base64 is decoded. A browser gives the content
//! after removing any content coding, such as gzip, so the content of a
//! response with a `Content-Encoding` is not given to the checker.
//!
//! # Examples
//!
//! ```
//! use statuscode_cli::har;
//!
//! let file = br#"{"log":{"version":"1.2","entries":[{
//!     "request":{"method":"GET","url":"https://example.com/","httpVersion":"h2","headers":[]},
//!     "response":{"status":204,"statusText":"","httpVersion":"h2",
//!         "headers":[{"name":"date","value":"Sun, 06 Nov 1994 08:49:37 GMT"}],
//!         "content":{"size":2,"text":"e30=","encoding":"base64"}}}]}}"#;
//! let har = har::read(file).unwrap();
//! let entry = &har.log.entries[0];
//! assert_eq!(entry.response.content().unwrap().as_deref(), Some(&b"{}"[..]));
//! assert_eq!(entry.response.reason(), None);
//! ```

use std::borrow::Cow;

use serde::Deserialize;
use statuscode::check::Version;

use crate::wire::{Error, Position};

/// A HAR file: its log.
#[derive(Debug, Deserialize)]
pub struct Har<'a> {
    /// The log, which holds the entries.
    #[serde(borrow)]
    pub log: Log<'a>,
}

/// A HAR log.
#[derive(Debug, Deserialize)]
pub struct Log<'a> {
    /// The exchanges, in the order they were made.
    #[serde(borrow)]
    pub entries: Vec<Entry<'a>>,
}

/// One exchange.
#[derive(Debug, Deserialize)]
pub struct Entry<'a> {
    /// The request.
    #[serde(borrow)]
    pub request: Request<'a>,
    /// The response.
    #[serde(borrow)]
    pub response: Response<'a>,
}

/// A header field, as HAR writes it.
#[derive(Debug, Deserialize)]
pub struct Header<'a> {
    /// The name, as sent (lower case in HTTP/2).
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// The value.
    #[serde(borrow)]
    pub value: Cow<'a, str>,
}

/// An entry's request.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Request<'a> {
    /// The method.
    #[serde(borrow)]
    pub method: Cow<'a, str>,
    /// The absolute URL.
    #[serde(borrow)]
    pub url: Cow<'a, str>,
    /// The version, as the exporter wrote it (`HTTP/1.1`, `h2`, ...).
    #[serde(borrow, default)]
    pub http_version: Cow<'a, str>,
    /// The header fields.
    #[serde(borrow, default)]
    pub headers: Vec<Header<'a>>,
}

/// An entry's response.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Response<'a> {
    /// The status code; 0 when there was no response (a blocked or failed
    /// request).
    pub status: i64,
    /// The reason phrase.
    #[serde(borrow, default)]
    pub status_text: Cow<'a, str>,
    /// The version, as the exporter wrote it.
    #[serde(borrow, default)]
    pub http_version: Cow<'a, str>,
    /// The header fields.
    #[serde(borrow, default)]
    pub headers: Vec<Header<'a>>,
    /// The content.
    #[serde(borrow, default)]
    pub content: Content<'a>,
}

/// A response's content.
#[derive(Debug, Default, Deserialize)]
pub struct Content<'a> {
    /// The content as text, or as base64 when `encoding` says so; absent
    /// when the exporter left it out.
    #[serde(borrow, default)]
    pub text: Option<Cow<'a, str>>,
    /// `base64`, or absent.
    #[serde(borrow, default)]
    pub encoding: Option<Cow<'a, str>>,
}

/// Reads a HAR file.
///
/// # Errors
///
/// When the input is not JSON, or not a HAR log, with the position where
/// reading stopped.
pub fn read(input: &[u8]) -> Result<Har<'_>, Error> {
    serde_json::from_slice(input).map_err(|error| {
        // serde_json counts lines and columns from 1.
        let line_start = if error.line() <= 1 {
            0
        } else {
            input
                .iter()
                .enumerate()
                .filter(|&(_, &byte)| byte == b'\n')
                .nth(error.line() - 2)
                .map_or(input.len(), |(index, _)| index + 1)
        };
        let offset = (line_start + error.column().saturating_sub(1)).min(input.len());
        let message = error.to_string();
        // serde_json ends its messages with the line and column; the
        // position is given in front instead.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(message, _)| message)
            .to_owned();
        Error {
            position: Position::of(input, offset),
            message: format!("not a HAR file: {message}"),
        }
    })
}

/// The version an exporter wrote, when the checker knows it.
fn version(text: &str) -> Option<Version> {
    match text.to_ascii_uppercase().as_str() {
        "HTTP/1.0" => Some(Version::Http10),
        "HTTP/1.1" => Some(Version::Http11),
        "H2" | "HTTP/2" | "HTTP/2.0" => Some(Version::Http2),
        "H3" | "HTTP/3" | "HTTP/3.0" => Some(Version::Http3),
        _ => None,
    }
}

/// The fields, without HTTP/2's pseudo-header fields.
fn fields<'s>(headers: &'s [Header<'_>]) -> Vec<(&'s str, &'s str)> {
    headers
        .iter()
        .filter(|header| !header.name.starts_with(':'))
        .map(|header| (header.name.as_ref(), header.value.as_ref()))
        .collect()
}

impl Request<'_> {
    /// The version, when the checker knows it.
    #[must_use]
    pub fn version(&self) -> Option<Version> {
        version(&self.http_version)
    }

    /// The header fields, without pseudo-header fields.
    #[must_use]
    pub fn fields(&self) -> Vec<(&str, &str)> {
        fields(&self.headers)
    }
}

impl Response<'_> {
    /// The version, when the checker knows it.
    #[must_use]
    pub fn version(&self) -> Option<Version> {
        version(&self.http_version)
    }

    /// The reason phrase: `None` for HTTP/2 and HTTP/3, which have none,
    /// and when the version is not known.
    #[must_use]
    pub fn reason(&self) -> Option<&[u8]> {
        matches!(self.version(), Some(Version::Http10 | Version::Http11))
            .then(|| self.status_text.as_bytes())
    }

    /// The header fields, without pseudo-header fields.
    #[must_use]
    pub fn fields(&self) -> Vec<(&str, &str)> {
        fields(&self.headers)
    }

    /// The content as it was sent, when the file has it and no content
    /// coding changed it.
    ///
    /// # Errors
    ///
    /// When the file says the text is base64 and it is not, or names an
    /// encoding other than base64; the message says where.
    pub fn content(&self) -> Result<Option<Cow<'_, [u8]>>, String> {
        let coded = self.headers.iter().any(|header| {
            header.name.eq_ignore_ascii_case("content-encoding")
                && !header.value.trim().eq_ignore_ascii_case("identity")
        });
        let Some(text) = self.content.text.as_deref() else {
            return Ok(None);
        };
        if coded {
            return Ok(None);
        }
        match self.content.encoding.as_deref() {
            None | Some("") => Ok(Some(Cow::Borrowed(text.as_bytes()))),
            Some(encoding) if encoding.eq_ignore_ascii_case("base64") => base64(text)
                .map(|bytes| Some(Cow::Owned(bytes)))
                .map_err(|at| format!("response.content.text is not base64: byte {at} is not one of its characters")),
            Some(other) => Err(format!("response.content.encoding is `{other}`; only base64 is defined")),
        }
    }
}

/// Decodes base64 (RFC 4648, Section 4), with or without padding, and with
/// whitespace between groups ignored; on error, the offset of the first
/// byte that does not belong.
///
/// # Errors
///
/// The offset of the first byte that is not base64.
pub fn base64(text: &str) -> Result<Vec<u8>, usize> {
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3);
    let mut buffer = 0_u32;
    let mut bits = 0;
    let mut padding = 0;
    for (at, byte) in text.bytes().enumerate() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => {
                padding += 1;
                if padding > 2 {
                    return Err(at);
                }
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return Err(at),
        };
        if padding > 0 {
            return Err(at);
        }
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push(u8::try_from(buffer >> bits).unwrap_or_default());
            buffer &= (1 << bits) - 1;
        }
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_decodes_with_and_without_padding() {
        assert_eq!(base64("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(base64("aGVsbG8").unwrap(), b"hello");
        assert_eq!(base64("aGVs\nbG8h").unwrap(), b"hello!");
        assert_eq!(base64("").unwrap(), b"");
        assert_eq!(base64("aGV*bG8="), Err(3));
        assert_eq!(base64("aG=Vs"), Err(3));
    }
}
