//! Reads HAR 1.2 files, the HTTP Archive format that browser developer
//! tools and proxies export: each entry's request and response, as the
//! checker needs them.
//!
//! The entries are read one at a time and handed to a function, so a file
//! of any size is read in the memory of one entry. Only the members the
//! checker reads are kept, and every string is borrowed from the input
//! where JSON lets it be. HTTP/2 and HTTP/3 entries
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
//! let mut statuses = Vec::new();
//! let count = har::read(file, |_, entry| {
//!     assert_eq!(entry.response.content().unwrap().as_deref(), Some(&b"{}"[..]));
//!     assert_eq!(entry.response.reason(), None);
//!     statuses.push(entry.response.status);
//!     std::ops::ControlFlow::Continue(())
//! })
//! .unwrap();
//! assert_eq!((count, statuses), (1, vec![204]));
//! ```

use std::borrow::Cow;
use std::fmt;
use std::ops::ControlFlow;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use statuscode::check::{Fields, Version};

use crate::wire::{Error, Position};

/// One exchange.
#[derive(Debug)]
pub struct Entry<'a> {
    /// The request.
    pub request: Request<'a>,
    /// The response.
    pub response: Response<'a>,
}

/// A header field, as HAR writes it.
#[derive(Debug)]
pub struct Header<'a> {
    /// The name, as sent (lower case in HTTP/2).
    pub name: Cow<'a, str>,
    /// The value.
    pub value: Cow<'a, str>,
}

/// An entry's request.
#[derive(Debug)]
pub struct Request<'a> {
    /// The method.
    pub method: Cow<'a, str>,
    /// The absolute URL.
    pub url: Cow<'a, str>,
    /// The version, as the exporter wrote it (`HTTP/1.1`, `h2`, ...).
    pub http_version: Cow<'a, str>,
    /// The header fields.
    pub headers: Vec<Header<'a>>,
}

/// An entry's response.
#[derive(Debug)]
pub struct Response<'a> {
    /// The status code; 0 when there was no response (a blocked or failed
    /// request).
    pub status: i64,
    /// The reason phrase.
    pub status_text: Cow<'a, str>,
    /// The version, as the exporter wrote it.
    pub http_version: Cow<'a, str>,
    /// The header fields.
    pub headers: Vec<Header<'a>>,
    /// The content.
    pub content: Content<'a>,
}

/// A response's content.
#[derive(Debug, Default)]
pub struct Content<'a> {
    /// The content as text, or as base64 when `encoding` says so; absent
    /// when the exporter left it out.
    pub text: Option<Cow<'a, str>>,
    /// `base64`, or absent.
    pub encoding: Option<Cow<'a, str>>,
}

/// Reads a HAR file, calling `each` with every entry and its index, in
/// order, until it returns `ControlFlow::Break`; returns how many entries
/// were read.
///
/// # Errors
///
/// When the input is not JSON, or not a HAR log, with the position where
/// reading stopped. The entries before that position have been handed to
/// `each`.
pub fn read<'de>(
    input: &'de [u8],
    mut each: impl FnMut(usize, Entry<'de>) -> ControlFlow<()>,
) -> Result<usize, Error> {
    let mut count = 0;
    let mut stopped = false;
    // Checked once as a whole, so that serde_json need not check each
    // string on its own.
    let text = std::str::from_utf8(input).map_err(|error| Error {
        position: Position::of(input, error.valid_up_to()),
        message: "not a HAR file: it is not UTF-8, as JSON must be".to_owned(),
    })?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let seed = Member {
        name: "log",
        then: Member {
            name: "entries",
            then: Entries {
                each: &mut each,
                count: &mut count,
                stopped: &mut stopped,
            },
        },
    };
    let result = seed
        .deserialize(&mut deserializer)
        .and_then(|()| deserializer.end());
    match result {
        Ok(()) => Ok(count),
        Err(_) if stopped => Ok(count),
        Err(error) => Err(position(input, &error)),
    }
}

/// The error of `serde_json` as this crate's, with a line and byte offset.
fn position(input: &[u8], error: &serde_json::Error) -> Error {
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
    // serde_json ends its messages with the line and column; the position
    // is given in front instead.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(message, _)| message);
    Error {
        position: Position::of(input, offset),
        message: format!("not a HAR file: {message}"),
    }
}

/// An object of which one member, `name`, is read with `then`; the others
/// are skipped.
struct Member<T> {
    name: &'static str,
    then: T,
}

impl<'de, T: DeserializeSeed<'de, Value = ()>> DeserializeSeed<'de> for Member<T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: DeserializeSeed<'de, Value = ()>> Visitor<'de> for Member<T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object with a member \"{}\"", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut then = Some(self.then);
        while let Some(found) = map.next_key_seed(Key(self.name))? {
            match (found, then.take()) {
                (true, Some(seed)) => map.next_value_seed(seed)?,
                (true, None) => return Err(de::Error::duplicate_field(self.name)),
                (false, seed) => {
                    then = seed;
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if then.is_some() {
            return Err(de::Error::missing_field(self.name));
        }
        Ok(())
    }
}

/// A member's name: whether it is the one wanted, without allocating.
struct Key(&'static str);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for Key {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<bool, E> {
        Ok(name == self.0)
    }
}

/// The array of entries, each handed to `each` as soon as it is read.
struct Entries<'f, F> {
    each: &'f mut F,
    count: &'f mut usize,
    stopped: &'f mut bool,
}

impl<'de, F: FnMut(usize, Entry<'de>) -> ControlFlow<()>> DeserializeSeed<'de> for Entries<'_, F> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(usize, Entry<'de>) -> ControlFlow<()>> Visitor<'de> for Entries<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of entries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut entries: A) -> Result<(), A::Error> {
        while let Some(entry) = entries.next_element::<Entry<'de>>()? {
            let index = *self.count;
            *self.count += 1;
            if (self.each)(index, entry).is_break() {
                *self.stopped = true;
                return Err(de::Error::custom("stopped"));
            }
        }
        Ok(())
    }
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

/// A message's header fields as the checker reads them: every header of
/// the entry but HTTP/2's pseudo-header fields, visited in place.
///
/// # Examples
///
/// ```
/// use statuscode::check::Exchange;
/// use statuscode::StatusCode;
/// use statuscode_cli::har;
///
/// let file = br#"{"log":{"entries":[{
///     "request":{"method":"DELETE","url":"https://example.com/a","headers":[]},
///     "response":{"status":405,"httpVersion":"h2",
///         "headers":[{"name":":status","value":"405"},{"name":"allow","value":"GET"}]}}]}}"#;
/// har::read(file, |_, entry| {
///     let fields = entry.response.fields();
///     let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &fields);
///     assert!(exchange.findings().all(|finding| finding.rule().id() != "405-allow"));
///     std::ops::ControlFlow::Continue(())
/// })
/// .unwrap();
/// ```
#[derive(Clone, Copy, Debug)]
pub struct HeaderFields<'s, 'a>(&'s [Header<'a>]);

impl Fields for HeaderFields<'_, '_> {
    fn visit<'v>(&'v self, visit: &mut dyn FnMut(&'v str, &'v [u8])) {
        for header in self.0 {
            if !header.name.starts_with(':') {
                visit(&header.name, header.value.as_bytes());
            }
        }
    }
}

impl<'a> Request<'a> {
    /// The version, when the checker knows it.
    #[must_use]
    pub fn version(&self) -> Option<Version> {
        version(&self.http_version)
    }

    /// The header fields, without pseudo-header fields.
    #[must_use]
    pub fn fields(&self) -> HeaderFields<'_, 'a> {
        HeaderFields(&self.headers)
    }
}

impl<'a> Response<'a> {
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
    pub fn fields(&self) -> HeaderFields<'_, 'a> {
        HeaderFields(&self.headers)
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

/// A JSON string, borrowed from the input unless it holds an escape.
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cow<'de, str>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(text))
    }
}

/// A JSON string or `null`.
struct MaybeText;

impl<'de> DeserializeSeed<'de> for MaybeText {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for MaybeText {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        Text.deserialize(deserializer).map(Some)
    }
}

/// Reads the members of a JSON object, calling `member` with each name; a
/// member it does not read is skipped.
fn members<'de, A: MapAccess<'de>>(
    mut map: A,
    mut member: impl FnMut(&str, &mut A) -> Result<bool, A::Error>,
) -> Result<(), A::Error> {
    while let Some(name) = map.next_key_seed(Text)? {
        if !member(&name, &mut map)? {
            map.next_value::<IgnoredAny>()?;
        }
    }
    Ok(())
}

/// Implements `Deserialize` for a HAR object from a function that reads
/// its members.
macro_rules! object {
    ($type:ident, $expecting:literal, $read:ident) => {
        impl<'de> Deserialize<'de> for $type<'de> {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Object;

                impl<'de> Visitor<'de> for Object {
                    type Value = $type<'de>;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<$type<'de>, A::Error> {
                        $read(map)
                    }
                }

                deserializer.deserialize_map(Object)
            }
        }
    };
}

object!(Entry, "a HAR entry", read_entry);
object!(Header, "a header, with its name and value", read_header);
object!(Request, "a HAR request", read_request);
object!(Response, "a HAR response", read_response);
object!(Content, "a HAR content object", read_content);

fn read_entry<'de, A: MapAccess<'de>>(map: A) -> Result<Entry<'de>, A::Error> {
    let (mut request, mut response) = (None, None);
    members(map, |name, map| {
        match name {
            "request" => request = Some(map.next_value()?),
            "response" => response = Some(map.next_value()?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Entry {
        request: request.ok_or_else(|| de::Error::missing_field("request"))?,
        response: response.ok_or_else(|| de::Error::missing_field("response"))?,
    })
}

fn read_header<'de, A: MapAccess<'de>>(map: A) -> Result<Header<'de>, A::Error> {
    let (mut header_name, mut value) = (None, None);
    members(map, |name, map| {
        match name {
            "name" => header_name = Some(map.next_value_seed(Text)?),
            "value" => value = Some(map.next_value_seed(Text)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Header {
        name: header_name.ok_or_else(|| de::Error::missing_field("name"))?,
        value: value.ok_or_else(|| de::Error::missing_field("value"))?,
    })
}

fn read_request<'de, A: MapAccess<'de>>(map: A) -> Result<Request<'de>, A::Error> {
    let (mut method, mut url) = (None, None);
    let (mut http_version, mut headers) = (Cow::Borrowed(""), Vec::new());
    members(map, |name, map| {
        match name {
            "method" => method = Some(map.next_value_seed(Text)?),
            "url" => url = Some(map.next_value_seed(Text)?),
            "httpVersion" => http_version = map.next_value_seed(Text)?,
            "headers" => headers = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Request {
        method: method.ok_or_else(|| de::Error::missing_field("method"))?,
        url: url.ok_or_else(|| de::Error::missing_field("url"))?,
        http_version,
        headers,
    })
}

fn read_response<'de, A: MapAccess<'de>>(map: A) -> Result<Response<'de>, A::Error> {
    let mut status = None;
    let (mut status_text, mut http_version) = (Cow::Borrowed(""), Cow::Borrowed(""));
    let (mut headers, mut content) = (Vec::new(), Content::default());
    members(map, |name, map| {
        match name {
            "status" => status = Some(map.next_value()?),
            "statusText" => status_text = map.next_value_seed(Text)?,
            "httpVersion" => http_version = map.next_value_seed(Text)?,
            "headers" => headers = map.next_value()?,
            "content" => content = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Response {
        status: status.ok_or_else(|| de::Error::missing_field("status"))?,
        status_text,
        http_version,
        headers,
        content,
    })
}

fn read_content<'de, A: MapAccess<'de>>(map: A) -> Result<Content<'de>, A::Error> {
    let mut content = Content::default();
    members(map, |name, map| {
        match name {
            "text" => content.text = map.next_value_seed(MaybeText)?,
            "encoding" => content.encoding = map.next_value_seed(MaybeText)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(content)
}

/// Decodes base64 (RFC 4648, Section 4), with or without padding, and with
/// whitespace between groups ignored; on error, the offset of the first
/// byte that does not belong.
///
/// # Errors
///
/// The offset of the first byte that is not base64.
///
/// # Examples
///
/// ```
/// use statuscode_cli::har::base64;
///
/// assert_eq!(base64("aGVsbG8="), Ok(b"hello".to_vec()));
/// assert_eq!(base64("aGV*"), Err(3));
/// ```
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
    use std::borrow::Cow;
    use std::ops::ControlFlow;

    use super::{base64, read};

    /// The entries of a HAR file whose `entries` member is `entries`.
    fn entries(entries: &str) -> Result<Vec<String>, String> {
        let file = format!(r#"{{"log":{{"version":"1.2","entries":{entries}}}}}"#);
        let mut seen = Vec::new();
        read(file.as_bytes(), |_, entry| {
            let borrowed = matches!(entry.request.url, Cow::Borrowed(_));
            seen.push(format!(
                "{} {} {} {:?} {borrowed}",
                entry.request.method,
                entry.request.url,
                entry.response.status,
                entry.response.content.text
            ));
            ControlFlow::Continue(())
        })
        .map_err(|error| error.to_string())?;
        Ok(seen)
    }

    #[test]
    fn strings_are_borrowed_unless_they_hold_an_escape() {
        let request = r#""request":{"method":"GET","url":"https://example.com/a","headers":[]}"#;
        let escaped = r#""request":{"method":"GET","url":"https:\/\/example.com\/b","headers":[]}"#;
        let response = r#""response":{"status":200,"content":{"text":null}}"#;
        let found = entries(&format!(
            "[{{{request},{response}}},{{{escaped},{response}}}]"
        ))
        .unwrap();
        assert_eq!(
            found,
            [
                "GET https://example.com/a 200 None true",
                "GET https://example.com/b 200 None false"
            ]
        );
    }

    #[test]
    fn a_missing_member_is_named_with_its_position() {
        let error = entries(r#"[{"request":{"url":"/"},"response":{"status":200}}]"#).unwrap_err();
        assert_eq!(
            error,
            "line 1, offset 56: not a HAR file: missing field `method`"
        );
        let error = entries(r#"[{"request":{"method":"GET","url":"/"}}]"#).unwrap_err();
        assert!(error.ends_with("missing field `response`"), "{error}");
        let error = read(br#"{"log":{}}"#, |_, _| ControlFlow::Continue(())).unwrap_err();
        assert!(
            error.to_string().ends_with("missing field `entries`"),
            "{error}"
        );
        let error = read(b"\xFF", |_, _| ControlFlow::Continue(())).unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 1, offset 0: not a HAR file: it is not UTF-8, as JSON must be"
        );
    }

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
