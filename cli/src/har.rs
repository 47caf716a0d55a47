//! Reads HAR 1.2 files, the HTTP Archive format that browser developer
//! tools and proxies export: each entry's request and response, as the
//! checker needs them.
//!
//! The entries are read one at a time and handed to a function, so a file
//! of any size is read in the memory of its largest entry (or of the
//! largest other member of `log`, such as `pages`). Only the members the
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
use std::io;
use std::ops::ControlFlow;

use statuscode::check::{Fields, Version};

use crate::json::{Reader, Step, Stop, wrong};
use crate::wire::{Error, Position, newlines};

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

/// Reads a HAR file held in memory, calling `each` with every entry and
/// its index, in order, until it returns `ControlFlow::Break`; returns how
/// many entries were read. See [`read_from`].
///
/// # Errors
///
/// When the input is not JSON, or not a HAR log, with the position where
/// reading stopped. The entries before that position have been handed to
/// `each`.
pub fn read(
    input: &[u8],
    each: impl FnMut(usize, &Entry<'_>) -> ControlFlow<()>,
) -> Result<usize, Error> {
    read_from(input, each)
}

/// Reads a HAR file from `source`, calling `each` with every entry and its
/// index, in order, until it returns `ControlFlow::Break`; returns how many
/// entries were read.
///
/// The input is read in large pieces, and each entry is handed to `each`
/// as soon as it has been read whole, so a file of any size is read in the
/// memory of its largest entry (or of the largest other member of `log`). A byte order mark before the JSON text is
/// ignored, as RFC 8259, Section 8.1 allows.
///
/// # Errors
///
/// When the input is not JSON, or not a HAR log, or cannot be read, with
/// the position where reading stopped. The entries before that position
/// have been handed to `each`.
pub fn read_from(
    source: impl io::Read,
    mut each: impl FnMut(usize, &Entry<'_>) -> ControlFlow<()>,
) -> Result<usize, Error> {
    let mut input = Input::new(source);
    let mut state = State::Start;
    let mut count = 0;
    let mut spare = Spare::default();
    loop {
        let mut reader = Reader::new(&input.text, input.start);
        match step(&mut reader, state, &mut spare) {
            Ok((next, entry)) => {
                input.start = reader.at;
                state = next;
                if let Some(entry) = entry {
                    count += 1;
                    if each(count - 1, &entry).is_break() {
                        return Ok(count);
                    }
                    spare.keep(entry.request.headers);
                    spare.keep(entry.response.headers);
                }
            }
            Err(Stop::More) => {
                if !input.fill()? {
                    let end = input.text.len();
                    return match state {
                        _ if input.invalid => {
                            Err(input
                                .error(end, "not a HAR file: it is not UTF-8, as JSON must be"))
                        }
                        State::End => Ok(count),
                        _ => Err(input.error(
                            end,
                            "not a HAR file: the input ends before its JSON text does",
                        )),
                    };
                }
            }
            Err(Stop::Wrong(wrong)) => {
                let message = &wrong.message;
                return Err(input.error(wrong.at, &format!("not a HAR file: {message}")));
            }
        }
    }
}

/// Emptied vectors of header fields, to be filled again by the entries
/// read next: an entry's fields then cost no allocation of their own. One
/// for each message of an entry; a vector without room stands for none.
#[derive(Default)]
struct Spare([Vec<Header<'static>>; 2]);

impl Spare {
    /// An empty vector, with room if one was kept.
    fn take<'a>(&mut self) -> Vec<Header<'a>> {
        self.0
            .iter_mut()
            .find(|kept| kept.capacity() > 0)
            .map_or_else(Vec::new, |kept| emptied(std::mem::take(kept)))
    }

    /// Keeps the room of `headers`, if it has some, for a later entry.
    fn keep(&mut self, headers: Vec<Header<'_>>) {
        if headers.capacity() == 0 {
            return;
        }
        if let Some(free) = self.0.iter_mut().find(|kept| kept.capacity() == 0) {
            *free = emptied(headers);
        }
    }
}

/// `headers` emptied, as a vector for fields that borrow from other text.
/// Collecting from an iterator over the same vector reuses its allocation,
/// since both hold values of one size.
#[allow(
    clippy::unnecessary_filter_map,
    reason = "the map is what makes the element type one of another lifetime"
)]
fn emptied<'a>(mut headers: Vec<Header<'_>>) -> Vec<Header<'a>> {
    headers.clear();
    headers.into_iter().filter_map(|_| None).collect()
}

/// How much input is read at a time, at least.
const PIECE: usize = 1 << 16;

/// The input, read piece by piece, keeping as text only what has not been
/// read whole yet.
struct Input<R> {
    source: R,
    /// The input from the first byte not yet read whole, as far as it has
    /// been read and is UTF-8.
    text: String,
    /// Where in `text` the next read starts.
    start: usize,
    /// The first bytes of a character that the last piece cut in two,
    /// kept for the next piece.
    cut: Vec<u8>,
    /// How many bytes of input came before `text`.
    dropped: usize,
    /// How many line feeds they held.
    dropped_lines: usize,
    /// Whether the source has ended.
    ended: bool,
    /// Whether the input goes on after `text` with bytes that are not
    /// UTF-8.
    invalid: bool,
}

impl<R: io::Read> Input<R> {
    fn new(source: R) -> Input<R> {
        Input {
            source,
            text: String::new(),
            start: 0,
            cut: Vec::new(),
            dropped: 0,
            dropped_lines: 0,
            ended: false,
            invalid: false,
        }
    }

    /// Drops the text that has been read whole and reads another piece of
    /// input, as long as the text left or `PIECE`, whichever is more;
    /// whether any text came. A read that stopped for more input is started
    /// again from the same place, so each piece at least doubles what it
    /// can see: in all, it reads its bytes no more than about twice.
    ///
    /// The piece is read into the text's own buffer and checked there, so
    /// that no byte is copied on the way but the text left over.
    fn fill(&mut self) -> Result<bool, Error> {
        if self.ended || self.invalid {
            return Ok(false);
        }
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        if self.start > 0 {
            self.dropped += self.start;
            self.dropped_lines += newlines(&bytes[..self.start]);
            bytes.drain(..self.start);
            self.start = 0;
        }
        let before = bytes.len();
        let size = before.max(PIECE);
        bytes.append(&mut self.cut);
        let from = bytes.len();
        // `read_to_end` reads into the vector's spare room, and takes
        // care of interrupted reads.
        let outcome = io::Read::read_to_end(
            &mut io::Read::take(&mut self.source, size as u64),
            &mut bytes,
        );
        let read = bytes.len() - from;
        self.ended = read < size;
        let failed = match outcome {
            Ok(_) => None,
            Err(error) => {
                // What was read before the error is dropped with it.
                bytes.truncate(before);
                Some(error)
            }
        };
        self.text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let valid = error.utf8_error().valid_up_to();
                // A character cut at the end of the piece may be
                // completed by the next; any other error is the input's.
                self.invalid = error.utf8_error().error_len().is_some() || self.ended;
                let mut bytes = error.into_bytes();
                if !self.invalid {
                    self.cut.extend_from_slice(&bytes[valid..]);
                }
                bytes.truncate(valid);
                String::from_utf8(bytes).unwrap_or_default()
            }
        };
        if let Some(error) = failed {
            return Err(self.error(self.text.len(), &format!("cannot read it: {error}")));
        }
        Ok(self.text.len() > before)
    }

    /// An error at `at` in the text.
    fn error(&self, at: usize, message: &str) -> Error {
        let at = at.min(self.text.len());
        Error {
            position: Position {
                line: 1 + self.dropped_lines + newlines(&self.text.as_bytes()[..at]),
                offset: self.dropped + at,
            },
            message: message.to_owned(),
        }
    }
}

/// Where in the file the next read is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Before the JSON text.
    Start,
    /// Among the members of the outer object; whether one came before, and
    /// whether `log` was one.
    File { after: bool, log: bool },
    /// Among the members of `log`.
    Log { after: bool, entries: bool },
    /// Among the elements of `log.entries`.
    Entries { after: bool },
    /// After the JSON text.
    End,
}

/// One step of reading a HAR file from `state`: a member of the outer
/// object or of `log` with its whole value (but `log` and `entries`, which
/// are entered), or an entry, which is returned. On `Stop::More`, the same
/// step is taken again from the same place with more input.
fn step<'a>(
    reader: &mut Reader<'a>,
    state: State,
    spare: &mut Spare,
) -> Step<(State, Option<Entry<'a>>)> {
    let next = match state {
        State::Start => {
            if reader.at == 0 && reader.peek_bom()? {
                reader.at += 3;
            }
            reader.eat(b'{', "a HAR file is a JSON object, and this is not one")?;
            State::File {
                after: false,
                log: false,
            }
        }
        State::File { after, log } => {
            if !member(reader, after)? {
                return if log {
                    Ok((State::End, None))
                } else {
                    wrong(reader.at - 1, "missing field `log`")
                };
            }
            match reader.name()?.as_ref() {
                "log" if log => return wrong(reader.at, "duplicate field `log`"),
                "log" => {
                    reader.eat(b'{', "log must be an object")?;
                    State::Log {
                        after: false,
                        entries: false,
                    }
                }
                _ => {
                    reader.skip(1)?;
                    State::File { after: true, log }
                }
            }
        }
        State::Log { after, entries } => {
            if !member(reader, after)? {
                return if entries {
                    Ok((
                        State::File {
                            after: true,
                            log: true,
                        },
                        None,
                    ))
                } else {
                    wrong(reader.at - 1, "missing field `entries`")
                };
            }
            match reader.name()?.as_ref() {
                "entries" if entries => return wrong(reader.at, "duplicate field `entries`"),
                "entries" => {
                    reader.eat(b'[', "log.entries must be an array")?;
                    State::Entries { after: false }
                }
                _ => {
                    reader.skip(2)?;
                    State::Log {
                        after: true,
                        entries,
                    }
                }
            }
        }
        State::Entries { after } => {
            if reader.peek()? == b']' {
                reader.at += 1;
                return Ok((
                    State::Log {
                        after: true,
                        entries: true,
                    },
                    None,
                ));
            }
            if after {
                reader.eat(b',', "expected `,` or `]` after an entry")?;
            }
            let entry = read_entry(reader, spare)?;
            return Ok((State::Entries { after: true }, Some(entry)));
        }
        State::End => {
            reader.peek()?;
            return wrong(reader.at, "there is more after the JSON text");
        }
    };
    Ok((next, None))
}

/// Whether another member of an object follows, reading the comma before
/// it if `after` one; `false` at the closing brace, which is read.
fn member(reader: &mut Reader<'_>, after: bool) -> Step<bool> {
    if reader.peek()? == b'}' {
        reader.at += 1;
        return Ok(false);
    }
    if after {
        reader.eat(b',', "expected `,` or `}` after an object member")?;
    }
    Ok(true)
}

/// The version an exporter wrote, when the checker knows it.
fn version(text: &str) -> Option<Version> {
    const NAMES: [(&str, Version); 8] = [
        ("HTTP/1.1", Version::Http11),
        ("HTTP/1.0", Version::Http10),
        ("h2", Version::Http2),
        ("HTTP/2", Version::Http2),
        ("HTTP/2.0", Version::Http2),
        ("h3", Version::Http3),
        ("HTTP/3", Version::Http3),
        ("HTTP/3.0", Version::Http3),
    ];
    NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(text))
        .map(|&(_, version)| version)
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

/// The error of a member that an object lacks, at its closing brace.
fn missing<T>(reader: &Reader<'_>, name: &str) -> Step<T> {
    wrong(reader.at - 1, format!("missing field `{name}`"))
}

fn read_entry<'a>(reader: &mut Reader<'a>, spare: &mut Spare) -> Step<Entry<'a>> {
    let (mut request, mut response) = (None, None);
    reader.object("an entry", |reader, name| {
        match name {
            "request" => request = Some(read_request(reader, spare)?),
            "response" => response = Some(read_response(reader, spare)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    match (request, response) {
        (Some(request), Some(response)) => Ok(Entry { request, response }),
        (None, _) => missing(reader, "request"),
        (_, None) => missing(reader, "response"),
    }
}

fn read_headers<'a>(
    reader: &mut Reader<'a>,
    what: &'static str,
    spare: &mut Spare,
) -> Step<Vec<Header<'a>>> {
    let mut headers = spare.take();
    reader.array(what, |reader| {
        let (mut name, mut value) = (None, None);
        reader.object("a header", |reader, member| {
            match member {
                "name" => name = Some(reader.text("a header's name")?),
                "value" => value = Some(reader.text("a header's value")?),
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        match (name, value) {
            (Some(name), Some(value)) => {
                headers.push(Header { name, value });
                Ok(())
            }
            (None, _) => missing(reader, "name"),
            (_, None) => missing(reader, "value"),
        }
    })?;
    Ok(headers)
}

fn read_request<'a>(reader: &mut Reader<'a>, spare: &mut Spare) -> Step<Request<'a>> {
    let (mut method, mut url) = (None, None);
    let (mut http_version, mut headers) = (Cow::Borrowed(""), Vec::new());
    reader.object("request", |reader, name| {
        match name {
            "method" => method = Some(reader.text("request.method")?),
            "url" => url = Some(reader.text("request.url")?),
            "httpVersion" => http_version = reader.text("request.httpVersion")?,
            "headers" => headers = read_headers(reader, "request.headers", spare)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    match (method, url) {
        (Some(method), Some(url)) => Ok(Request {
            method,
            url,
            http_version,
            headers,
        }),
        (None, _) => missing(reader, "method"),
        (_, None) => missing(reader, "url"),
    }
}

fn read_response<'a>(reader: &mut Reader<'a>, spare: &mut Spare) -> Step<Response<'a>> {
    let mut status = None;
    let (mut status_text, mut http_version) = (Cow::Borrowed(""), Cow::Borrowed(""));
    let (mut headers, mut content) = (Vec::new(), Content::default());
    reader.object("response", |reader, name| {
        match name {
            "status" => status = Some(reader.integer("response.status")?),
            "statusText" => status_text = reader.text("response.statusText")?,
            "httpVersion" => http_version = reader.text("response.httpVersion")?,
            "headers" => headers = read_headers(reader, "response.headers", spare)?,
            "content" => content = read_content(reader)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let Some(status) = status else {
        return missing(reader, "status");
    };
    Ok(Response {
        status,
        status_text,
        http_version,
        headers,
        content,
    })
}

fn read_content<'a>(reader: &mut Reader<'a>) -> Step<Content<'a>> {
    let mut content = Content::default();
    reader.object("response.content", |reader, name| {
        match name {
            "text" => content.text = reader.maybe_text("response.content.text")?,
            "encoding" => content.encoding = reader.maybe_text("response.content.encoding")?,
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

    use statuscode::check::Version;

    use super::{base64, read, read_from, version};

    #[test]
    fn versions_are_read_in_any_case() {
        let cases = [
            ("HTTP/1.1", Some(Version::Http11)),
            ("http/1.0", Some(Version::Http10)),
            ("h2", Some(Version::Http2)),
            ("H2", Some(Version::Http2)),
            ("http/2.0", Some(Version::Http2)),
            ("HTTP/3", Some(Version::Http3)),
            ("h3", Some(Version::Http3)),
            ("", None),
            ("HTTP/1.2", None),
            ("h2c", None),
        ];
        for (text, expected) in cases {
            assert_eq!(version(text), expected, "{text}");
        }
    }

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
    fn member_names_with_escapes_are_the_names_they_spell() {
        // `request`, `method`, `status` and `text` with escapes in them, and
        // a name that only an escape makes different.
        let found = entries(
            r#"[{"re\u0071uest":{"\u006dethod":"GET","url":"/","headers":[]},
                "response":{"st\u0061tus":204,"content":{"t\u0065xt":"x"},"statu\"s":1}}]"#,
        )
        .unwrap();
        assert_eq!(found, ["GET / 204 Some(\"x\") true"]);
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
        let error = read(b"{\"log\":\n{\"x\":\"a\xFF\"}}", |_, _| {
            ControlFlow::Continue(())
        })
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 2, offset 15: not a HAR file: it is not UTF-8, as JSON must be"
        );
    }

    /// A source that gives at most `size` bytes per read.
    struct Pieces<'a>(&'a [u8], usize);

    impl std::io::Read for Pieces<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            let size = self.1.min(buffer.len()).min(self.0.len());
            let (piece, rest) = self.0.split_at(size);
            buffer[..size].copy_from_slice(piece);
            self.0 = rest;
            Ok(size)
        }
    }

    /// Every entry `read_from` gives for `file` read in pieces of `size`,
    /// as text, then its outcome.
    fn in_pieces(file: &[u8], size: usize) -> (Vec<String>, Result<usize, String>) {
        let mut seen = Vec::new();
        let outcome = read_from(Pieces(file, size), |index, entry| {
            let headers: Vec<String> = entry
                .response
                .headers
                .iter()
                .map(|header| format!("{}: {}", header.name, header.value))
                .collect();
            seen.push(format!(
                "{index} {} {} {} {:?} {headers:?} {:?}",
                entry.request.method,
                entry.request.url,
                entry.response.status,
                entry.response.status_text,
                entry.response.content.text
            ));
            ControlFlow::Continue(())
        });
        (seen, outcome.map_err(|error| error.to_string()))
    }

    #[test]
    fn a_file_read_in_pieces_of_any_size_gives_the_same_entries() {
        let entry = |index: usize| {
            let status = 200 + index;
            format!(
                r#"{{"request":{{"method":"GET","url":"https://example.com/{index}","headers":[]}},
                "response":{{"status":{status},"statusText":"caf\u00e9 \ud83d\ude00 é",
                "headers":[{{"name":"ETag","value":"\"x{index}\""}},{{"name":"X","value":"😀"}}],
                "content":{{"size":2,"text":"{{}}\r\n"}}}},"timings":{{"wait":1.5e-3}}}}"#
            )
        };
        let entries: Vec<String> = (0..5).map(entry).collect();
        let file = format!(
            "\u{feff}{{\"log\":{{\"pages\":[{{\"id\":[1,{{}}]}}],\"entries\":[{}]}},\"x\":null}}\n",
            entries.join(",")
        );
        let (whole, outcome) = in_pieces(file.as_bytes(), usize::MAX);
        assert_eq!(outcome, Ok(5));
        assert_eq!(
            whole[1],
            r#"1 GET https://example.com/1 201 "café 😀 é" ["ETag: \"x1\"", "X: 😀"] Some("{}\r\n")"#
        );
        // Pieces this small cut strings, escapes and characters in two.
        for size in [1, 2, 3, 5, 7, 64] {
            assert_eq!(
                in_pieces(file.as_bytes(), size),
                (whole.clone(), Ok(5)),
                "{size}"
            );
        }
        // An error is reported at the same place, after the same entries.
        let broken = file.replacen(r#""status":203"#, r#""status":"203""#, 1);
        let (before, outcome) = in_pieces(broken.as_bytes(), usize::MAX);
        assert_eq!(before, whole[..3]);
        let at = broken.find(r#""203""#).unwrap();
        let line = 1 + broken[..at].matches('\n').count();
        assert_eq!(line, 11);
        assert_eq!(
            outcome,
            Err(format!(
                "line {line}, offset {at}: not a HAR file: response.status must be an integer"
            ))
        );
        for size in [1, 3, 64] {
            assert_eq!(
                in_pieces(broken.as_bytes(), size),
                (before.clone(), outcome.clone())
            );
        }
    }

    /// A small deterministic generator (xorshift), for the test below.
    struct Random(u64);

    impl Random {
        fn below(&mut self, bound: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            usize::try_from(self.0 % bound as u64).unwrap()
        }

        fn pick<'t>(&mut self, from: &[&'t str]) -> &'t str {
            from[self.below(from.len())]
        }

        /// Some JSON value, nested at most `depth` deep, with strings,
        /// escapes and numbers of every kind, and the HAR's own members.
        fn value(&mut self, depth: usize) -> String {
            let atoms = [
                "0",
                "-1",
                "200",
                "1.5e-3",
                "2E+2",
                "true",
                "false",
                "null",
                "\"\"",
                r#""a\"b\\c\/\n\u00e9\ud83d\ude00""#,
                "\"caf\u{e9}\"",
                "\"GET\"",
            ];
            if depth == 0 || self.below(3) == 0 {
                return self.pick(&atoms).to_owned();
            }
            let names = [
                "request",
                "response",
                "method",
                "url",
                "headers",
                "name",
                "value",
                "status",
                "content",
                "text",
                "encoding",
                "httpVersion",
                "statusText",
                "x",
            ];
            let count = self.below(4);
            if self.below(2) == 0 {
                let items: Vec<String> = (0..count).map(|_| self.value(depth - 1)).collect();
                format!("[{}]", items.join(","))
            } else {
                let members: Vec<String> = (0..count)
                    .map(|_| format!("\"{}\": {}", self.pick(&names), self.value(depth - 1)))
                    .collect();
                format!("{{{}}}", members.join(", "))
            }
        }
    }

    #[test]
    fn what_is_read_whole_is_json_and_what_is_not_json_is_refused() {
        let mut random = Random(0x9E37_79B9_7F4A_7C15);
        let mut whole = 0;
        for round in 0..4000 {
            let mut entry = || {
                format!(
                    r#"{{"request":{{"method":"GET","q":{},"url":"/","headers":[{{"name":"A","value":"b"}}]}},"response":{{"status":200,"x":{}}}}}"#,
                    random.value(2),
                    random.value(4)
                )
            };
            let entries = [entry(), entry()];
            let mut file = format!(
                r#"{{"log":{{"z":{},"entries":[{}]}},"y":{}}}"#,
                random.value(3),
                entries.join(","),
                random.value(2)
            )
            .into_bytes();
            // Most rounds break the text somewhere: a byte changed, or the
            // text cut short.
            match round % 4 {
                0 => {}
                1 => {
                    let at = random.below(file.len());
                    let bytes = b"{}[]\",:\\ 0-eE.tx\xC3\xFF\x01";
                    file[at] = bytes[random.below(bytes.len())];
                }
                2 => file.truncate(random.below(file.len())),
                _ => {
                    let at = random.below(file.len());
                    let bytes = b"{}[]\",:\\ 0";
                    file.insert(at, bytes[random.below(bytes.len())]);
                }
            }
            let json = serde_json::from_slice::<serde_json::Value>(&file).is_ok();
            let (_, outcome) = in_pieces(&file, 1 + random.below(64));
            if outcome.is_ok() {
                whole += 1;
                assert!(
                    json,
                    "read whole, but not JSON: {}",
                    String::from_utf8_lossy(&file)
                );
            }
            if !json {
                assert!(outcome.is_err(), "{}", String::from_utf8_lossy(&file));
            }
        }
        // Every unbroken round is a HAR file, read whole.
        assert!(whole >= 1000, "{whole}");
    }

    #[test]
    fn the_end_of_the_text_is_checked() {
        assert_eq!(in_pieces(br#"{"log":{"entries":[]}}"#, 4).1, Ok(0));
        let ends = "not a HAR file: the input ends before its JSON text does";
        for (file, error) in [
            (
                &br#"{"log":{"entries":[]}} x"#[..],
                "line 1, offset 23: not a HAR file: there is more after the JSON text".to_owned(),
            ),
            (
                br#"{"log":{"entries":[]}"#,
                format!("line 1, offset 21: {ends}"),
            ),
            (b"", format!("line 1, offset 0: {ends}")),
            (
                b"{\"log\":{\"entries\":[]}}\xE2\x82",
                "line 1, offset 22: not a HAR file: it is not UTF-8, as JSON must be".to_owned(),
            ),
            (
                br#"{"log":{"entries":[],"entries":[]}}"#,
                "line 1, offset 31: not a HAR file: duplicate field `entries`".to_owned(),
            ),
        ] {
            for size in [1, 1000] {
                assert_eq!(in_pieces(file, size).1, Err(error.clone()));
            }
        }
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
