//! Reads HTTP/1.x messages as a capture shows them: the output of
//! `curl -si` (or `curl -siL`, with every response of a redirect chain and
//! every interim 1xx response), or a raw request written by hand.
//!
//! A message is a start line, header fields, an empty line and content.
//! Lines may end in CRLF or in LF alone. The content is delimited as a
//! client would delimit it on the wire (RFC 9112, Section 6.3), with three
//! allowances for what a capture leaves out or has already decoded:
//!
//! - when nothing follows a header section, or another status line follows
//!   it at once, the content was not captured: `curl -I` asks for none,
//!   and `curl -L` does not print the content of the redirects it follows;
//! - `curl` removes the chunked transfer coding before it prints the
//!   content, so content that does not begin as chunked data is taken as
//!   already decoded, up to the end of the input;
//! - content after a 204, a 304 or a 1xx, which a client would not read as
//!   content, is still given to the checker as content when it is not the
//!   next response, since the checker's rules exist to report it.
//!
//! Nothing here panics: every malformed or truncated message is an
//! [`Error`] that gives the line and the byte offset where reading stopped,
//! and every message read before it is kept.
//!
//! # Examples
//!
//! ```
//! use statuscode_cli::wire::{Captured, Responses};
//!
//! let capture = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nLocation: /orders/7\r\nContent-Length: 2\r\n\r\n{}";
//! let responses: Vec<_> = Responses::new(capture, None).collect::<Result<_, _>>().unwrap();
//! assert_eq!(responses.len(), 2);
//! assert_eq!(responses[1].code, "201");
//! assert_eq!(responses[1].head.fields(), [("Location", &b"/orders/7"[..]), ("Content-Length", b"2")]);
//! assert_eq!(responses[1].content, Captured::Bytes(b"{}"[..].into()));
//! ```

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::ops::Range;

use crate::word_at;
use statuscode::check::{Content, Fields, Version};

/// Where something is in the input: its line, counting from 1, and its byte
/// offset, counting from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// The line, counting from 1.
    pub line: usize,
    /// The byte offset from the start of the input, counting from 0.
    pub offset: usize,
}

impl Position {
    /// The position of byte `offset` of `input` (or of its end, for an
    /// offset beyond it).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode_cli::wire::Position;
    ///
    /// let position = Position::of(b"HTTP/1.1 200 OK\r\nDate: x\r\n", 17);
    /// assert_eq!((position.line, position.offset), (2, 17));
    /// assert_eq!(position.to_string(), "line 2, offset 17");
    /// ```
    #[must_use]
    pub fn of(input: &[u8], offset: usize) -> Position {
        let offset = offset.min(input.len());
        let line = 1 + newlines(&input[..offset]);
        Position { line, offset }
    }
}

/// Writes `line 3, offset 41`.
impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, offset {}", self.line, self.offset)
    }
}

/// How many line feeds `bytes` holds.
///
/// Counted in blocks of 192 bytes (a multiple of any vector width, below
/// 256) into a byte-sized counter, which cannot overflow within a block: a
/// loop the compiler turns into vector compares and subtractions, many
/// bytes at a time.
pub(crate) fn newlines(bytes: &[u8]) -> usize {
    const BLOCK: usize = 192;
    bytes
        .chunks(BLOCK)
        .map(|block| {
            let count = block.iter().fold(0_u8, |count, &byte| {
                count.wrapping_add(u8::from(byte == b'\n'))
            });
            usize::from(count)
        })
        .sum()
}

/// A message that could not be read: where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Where reading stopped.
    pub position: Position,
    /// What was wrong there, in a sentence.
    pub message: String,
}

impl Error {
    fn at(input: &[u8], offset: usize, message: impl Into<String>) -> Error {
        Error {
            position: Position::of(input, offset),
            message: message.into(),
        }
    }
}

/// Writes `line 3, offset 41: the field line has no colon`.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.position, self.message)
    }
}

impl std::error::Error for Error {}

/// The header fields of a message, each borrowed from the input, or from a
/// copy of the field section in which obsolete line folding was replaced
/// by spaces (RFC 9112, Section 5.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head<'a> {
    bytes: Cow<'a, [u8]>,
    /// Each field's name, which folding never changes, borrowed from the
    /// input, and where its value is in `bytes`.
    fields: Vec<(&'a str, Range<usize>)>,
}

impl Head<'_> {
    /// The fields, in order, as `(name, value)` pairs.
    #[must_use]
    pub fn fields(&self) -> Vec<(&str, &[u8])> {
        self.fields
            .iter()
            .map(|&(name, ref value)| (name, &self.bytes[value.clone()]))
            .collect()
    }

    /// The value of the first field named `name`, compared without regard
    /// to case.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.all(name).next()
    }

    /// The values of every field named `name`, in order.
    fn all<'s>(&'s self, name: &str) -> impl Iterator<Item = &'s [u8]> {
        self.fields
            .iter()
            .filter(move |(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| &self.bytes[value.clone()])
    }
}

/// The fields as the checker reads them, without a copy.
impl Fields for Head<'_> {
    fn visit<'v>(&'v self, visit: &mut dyn FnMut(&'v str, &'v [u8])) {
        for &(name, ref value) in &self.fields {
            visit(name, &self.bytes[value.clone()]);
        }
    }
}

/// What a capture holds of a message's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Captured<'a> {
    /// The message has no content on the wire.
    None,
    /// The content was not captured (`curl -I`, or a redirect that
    /// `curl -L` followed).
    Missing,
    /// The content, without any transfer coding.
    Bytes(Cow<'a, [u8]>),
}

impl Captured<'_> {
    /// What the checker is told of the content: none, unknown, or its
    /// bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::check::Content;
    /// use statuscode_cli::wire::Captured;
    ///
    /// assert_eq!(Captured::None.content(), Content::Length(0));
    /// assert_eq!(Captured::Missing.content(), Content::Unknown);
    /// assert_eq!(Captured::Bytes(b"{}"[..].into()).content(), Content::Bytes(b"{}"));
    /// ```
    #[must_use]
    pub fn content(&self) -> Content<'_> {
        match self {
            Captured::None => Content::Length(0),
            Captured::Missing => Content::Unknown,
            Captured::Bytes(bytes) => Content::Bytes(bytes),
        }
    }
}

/// One response of a capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response<'a> {
    /// Where its status line begins.
    pub position: Position,
    /// The HTTP version, when it is one the checker knows.
    pub version: Option<Version>,
    /// The status code as the status line wrote it (three digits when it is
    /// well formed).
    pub code: &'a str,
    /// The reason phrase, `None` for HTTP/2 and HTTP/3, which have none.
    pub reason: Option<&'a [u8]>,
    /// The header fields.
    pub head: Head<'a>,
    /// The content.
    pub content: Captured<'a>,
    /// The method of the request it answers, as far as it is known.
    pub method: Option<Cow<'a, str>>,
}

/// A request, read from its request line, fields and content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request<'a> {
    /// The method, such as `GET`.
    pub method: &'a str,
    /// The request target, such as `/orders/7`.
    pub target: &'a str,
    /// The HTTP version, when it is one the checker knows.
    pub version: Option<Version>,
    /// The header fields.
    pub head: Head<'a>,
}

/// The responses of a capture, in order, until the input ends or a message
/// cannot be read; an error is the last item.
#[derive(Debug)]
pub struct Responses<'a> {
    input: &'a [u8],
    at: usize,
    method: Option<Cow<'a, str>>,
    /// An error found after a response that was read, to be the next item.
    pending: Option<Error>,
    /// A position already counted, from which the next is counted on.
    counted: Position,
    done: bool,
}

impl<'a> Responses<'a> {
    /// The responses in `input`, which answer a request with `method` when
    /// it is known. A method is followed through redirects as `curl -L`
    /// and browsers do: a 303 turns any method but HEAD into GET, and a
    /// 301 or 302 turns POST into GET.
    #[must_use]
    pub fn new(input: &'a [u8], method: Option<&'a str>) -> Responses<'a> {
        Responses {
            input,
            at: 0,
            method: method.map(Cow::Borrowed),
            pending: None,
            counted: Position { line: 1, offset: 0 },
            done: false,
        }
    }

    fn read(&mut self) -> Result<Response<'a>, Error> {
        let input = self.input;
        let start = self.at;
        // A line that does not end is still read as far as it goes, so that
        // what is not a status line at all is named as such.
        let (line, next) = line_at(input, start).unwrap_or((start..input.len(), input.len()));
        let status = parse_status_line(input, start, line)?;
        if next == input.len() && !input.ends_with(b"\n") {
            return Err(Error::at(
                input,
                input.len(),
                "the status line does not end: the input stops before its line end",
            ));
        }
        // Counted on from the last response, so that a long capture is read
        // in linear time.
        let position = Position {
            line: self.counted.line + newlines(&input[self.counted.offset..start]),
            offset: start,
        };
        self.counted = position;
        let (head, after) = read_head(input, next)?;
        self.at = after;
        let code = status
            .code
            .parse::<u16>()
            .ok()
            .filter(|_| status.code.len() == 3);
        let informational = code.is_some_and(|code| (100..200).contains(&code));
        let content = if code == Some(101) {
            // What follows a 101 is another protocol, not HTTP.
            self.at = input.len();
            Captured::None
        } else {
            self.read_content(code, &head)
        };
        let method = self.method.clone();
        if !informational {
            self.follow(code);
        }
        Ok(Response {
            position,
            version: status.version,
            code: status.code,
            reason: status.reason,
            head,
            content,
            method,
        })
    }

    /// The content that follows a header section ending at `self.at`.
    fn read_content(&mut self, code: Option<u16>, head: &Head<'a>) -> Captured<'a> {
        let input = self.input;
        let rest = &input[self.at..];
        if rest.is_empty() {
            return Captured::Missing;
        }
        if starts_with_status_line(rest) {
            return Captured::Missing;
        }
        let method = self.method.as_deref();
        let no_content = matches!(code, Some(100..=199 | 204 | 304))
            || method == Some("HEAD")
            || (method == Some("CONNECT") && matches!(code, Some(200..=299)));
        if let Some(coding) = head.all("transfer-encoding").last() {
            let last = coding
                .rsplit(|&byte| byte == b',')
                .next()
                .unwrap_or_default();
            if last.trim_ascii().eq_ignore_ascii_case(b"chunked") && !no_content {
                return self.read_chunked();
            }
            // Without chunked last, the content runs to the end.
            self.at = input.len();
            return Captured::Bytes(Cow::Borrowed(rest));
        }
        let lengths: Vec<&[u8]> = head.all("content-length").collect();
        if lengths.is_empty() || no_content {
            // Framed by the end of the input, or content where the status
            // allows none: take what is there up to the next response.
            let end = next_status_line(rest).unwrap_or(rest.len());
            let content = &rest[..end];
            self.at += end;
            return if no_content && content.trim_ascii().is_empty() {
                Captured::None
            } else {
                Captured::Bytes(Cow::Borrowed(content))
            };
        }
        let Some(length) = content_length(&lengths) else {
            // A Content-Length that does not parse delimits nothing; the
            // checker reports it, and the content runs to the end.
            self.at = input.len();
            return Captured::Bytes(Cow::Borrowed(rest));
        };
        let length = usize::try_from(length).unwrap_or(usize::MAX);
        if rest.len() < length {
            self.at = input.len();
            self.pending = Some(Error::at(
                input,
                input.len(),
                format!(
                    "the content ends after {} bytes, but Content-Length declares {length}; \
                     the response was checked without its content",
                    rest.len()
                ),
            ));
            return Captured::Missing;
        }
        let content = &rest[..length];
        self.at += length;
        let after = &input[self.at..];
        if !after.trim_ascii().is_empty() && !starts_with_status_line(after) {
            self.pending = Some(Error::at(
                input,
                self.at,
                format!(
                    "{} bytes follow the {length} bytes of content that Content-Length declares, and they are not \
                 a response (was the content decoded on capture, as with curl --compressed?)",
                    after.len()
                ),
            ));
            self.at = input.len();
        }
        Captured::Bytes(Cow::Borrowed(content))
    }

    /// Chunked content at `self.at`; content that does not begin as chunked
    /// data was decoded on capture, and runs to the end of the input.
    fn read_chunked(&mut self) -> Captured<'a> {
        let input = self.input;
        match dechunk(input, self.at) {
            Ok((content, end)) => {
                self.at = end;
                let after = &input[end..];
                if !after.trim_ascii().is_empty() && !starts_with_status_line(after) {
                    self.pending = Some(Error::at(
                        input,
                        end,
                        format!(
                            "{} bytes follow the last chunk, and they are not a response",
                            after.len()
                        ),
                    ));
                    self.at = input.len();
                }
                Captured::Bytes(Cow::Owned(content))
            }
            Err(Dechunk::NotChunked) => {
                let rest = &input[self.at..];
                self.at = input.len();
                Captured::Bytes(Cow::Borrowed(rest))
            }
            Err(Dechunk::Malformed(error)) => {
                self.pending = Some(error);
                self.at = input.len();
                Captured::Missing
            }
        }
    }

    /// The method of the request that the next response answers, after a
    /// final response with `code`.
    fn follow(&mut self, code: Option<u16>) {
        let method = self.method.as_deref();
        let turned = match (code, method) {
            (Some(303), Some(method)) if method != "HEAD" && method != "GET" => true,
            (Some(301 | 302), Some("POST")) => true,
            _ => false,
        };
        if turned {
            self.method = Some(Cow::Borrowed("GET"));
        }
    }
}

impl<'a> Iterator for Responses<'a> {
    type Item = Result<Response<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if let Some(error) = self.pending.take() {
            self.done = true;
            return Some(Err(error));
        }
        let rest = &self.input[self.at..];
        if rest.trim_ascii().is_empty() {
            self.done = true;
            if self.at == 0 {
                return Some(Err(Error::at(
                    self.input,
                    0,
                    "the input is empty: there is no response to check",
                )));
            }
            return None;
        }
        // Blank lines before a message are ignored (RFC 9112, Section 2.2).
        self.at += rest.len() - rest.trim_ascii_start().len();
        let result = self.read();
        if result.is_err() {
            self.done = true;
        }
        Some(result)
    }
}

impl std::iter::FusedIterator for Responses<'_> {}

/// Reads a request: its request line, header fields and optional content.
///
/// # Errors
///
/// When the input is not a request, with the position where reading
/// stopped.
///
/// # Examples
///
/// ```
/// use statuscode_cli::wire::read_request;
///
/// let request = read_request(b"DELETE /orders/7 HTTP/1.1\nHost: example.com\n\n").unwrap();
/// assert_eq!((request.method, request.target), ("DELETE", "/orders/7"));
/// assert_eq!(request.head.get("host"), Some(&b"example.com"[..]));
/// ```
pub fn read_request(input: &[u8]) -> Result<Request<'_>, Error> {
    let start = input.len() - input.trim_ascii_start().len();
    if start == input.len() {
        return Err(Error::at(
            input,
            0,
            "the input is empty: there is no request line",
        ));
    }
    let (line, next) = line_at(input, start).ok_or_else(|| {
        Error::at(
            input,
            input.len(),
            "the request line does not end: the input stops before its line end",
        )
    })?;
    let text = &input[line.clone()];
    let mut parts = text.split(|&byte| byte == b' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Error::at(
            input,
            line.start,
            format!(
                "expected a request line such as `GET /path HTTP/1.1`, found `{}`",
                shown(text)
            ),
        ));
    };
    if method.is_empty() || !method.iter().copied().all(is_tchar) {
        return Err(Error::at(
            input,
            line.start,
            format!("the method `{}` is not a token", shown(method)),
        ));
    }
    let target_at = line.start + method.len() + 1;
    let target = std::str::from_utf8(target)
        .ok()
        .filter(|target| !target.is_empty() && target.bytes().all(|byte| byte.is_ascii_graphic()))
        .ok_or_else(|| {
            Error::at(
                input,
                target_at,
                "the request target is empty or holds a byte that is not visible ASCII",
            )
        })?;
    let version_at = target_at + target.len() + 1;
    let version = parse_version(version).ok_or_else(|| {
        Error::at(
            input,
            version_at,
            format!(
                "expected a version such as HTTP/1.1, found `{}`",
                shown(version)
            ),
        )
    })?;
    let (head, _) = read_head(input, next)?;
    Ok(Request {
        // A token is ASCII.
        method: std::str::from_utf8(method).unwrap_or_default(),
        target,
        version: version.1,
        head,
    })
}

/// The parts of a status line.
struct StatusLine<'a> {
    version: Option<Version>,
    code: &'a str,
    reason: Option<&'a [u8]>,
}

/// Reads the status line in `input[line]`.
fn parse_status_line(
    input: &[u8],
    start: usize,
    line: Range<usize>,
) -> Result<StatusLine<'_>, Error> {
    let text = &input[line.clone()];
    let space = text.iter().position(|&byte| byte == b' ');
    let version_text = &text[..space.unwrap_or(text.len())];
    let Some((http1, version)) = parse_version(version_text) else {
        return Err(Error::at(
            input,
            start,
            format!(
                "expected a status line such as `HTTP/1.1 200 OK`, found `{}`",
                shown(&text[..text.len().min(60)])
            ),
        ));
    };
    let rest = space.map_or(&b""[..], |space| &text[space + 1..]);
    let code_end = rest
        .iter()
        .position(|&byte| byte == b' ')
        .unwrap_or(rest.len());
    let code_at = line.start + version_text.len() + 1;
    let code = std::str::from_utf8(&rest[..code_end])
        .ok()
        .filter(|code| code.is_ascii())
        .ok_or_else(|| {
            Error::at(
                input,
                code_at,
                "the status code holds bytes that are not ASCII",
            )
        })?;
    if code.is_empty() {
        return Err(Error::at(
            input,
            code_at.min(line.end),
            "the status line has no status code",
        ));
    }
    let reason = rest.get(code_end + 1..).unwrap_or_default();
    Ok(StatusLine {
        version,
        code,
        // HTTP/2 and HTTP/3 have no reason phrase; curl prints none.
        reason: http1.then_some(reason),
    })
}

/// `HTTP/1.1` and the others: whether it is HTTP/1.x, and the version when
/// the checker knows it. `None` for text that is no HTTP version.
fn parse_version(text: &[u8]) -> Option<(bool, Option<Version>)> {
    let number = text.strip_prefix(b"HTTP/")?;
    let known = match number {
        b"1.0" => Some(Version::Http10),
        b"1.1" => Some(Version::Http11),
        b"2" | b"2.0" => Some(Version::Http2),
        b"3" | b"3.0" => Some(Version::Http3),
        _ => None,
    };
    let well_formed = known.is_some()
        || matches!(number, [major, b'.', minor] if major.is_ascii_digit() && minor.is_ascii_digit());
    well_formed.then_some((number.starts_with(b"1.") || number == b"0.9", known))
}

/// The offset of the first line feed in `input` from `start`.
///
/// Eight bytes are tested at a time: a lane is flagged when its byte is a
/// line feed. The flags above a lane that truly matched can be wrong, but
/// the lowest flag is always right, and only it is used.
fn newline_at(input: &[u8], mut at: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    while let Some(word) = word_at(input, at) {
        let word = word ^ (ONES * u64::from(b'\n'));
        let flags = word.wrapping_sub(ONES) & !word & HIGH;
        if flags != 0 {
            return Some(at + (flags.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    Some(at + input.get(at..)?.iter().position(|&byte| byte == b'\n')?)
}

/// The line that starts at `start`, without its line end, and where the
/// next line starts; `None` when the input ends before a line end.
fn line_at(input: &[u8], start: usize) -> Option<(Range<usize>, usize)> {
    let newline = newline_at(input, start)?;
    let end = if newline > start && input[newline - 1] == b'\r' {
        newline - 1
    } else {
        newline
    };
    Some((start..end, newline + 1))
}

/// Reads the field section that starts at `start`, up to and including the
/// empty line that ends it; returns the fields and where the content
/// starts.
/// How many field lines a header section holds without its parse taking
/// memory of its own.
const USUAL_LINES: usize = 32;

fn read_head(input: &[u8], start: usize) -> Result<(Head<'_>, usize), Error> {
    // Find the empty line, whether any line is folded, and how many lines
    // there are.
    let mut at = start;
    let mut folded = false;
    let mut lines = 1;
    let end = loop {
        let Some((line, next)) = line_at(input, at) else {
            return Err(Error::at(
                input,
                input.len(),
                "the header section does not end: the input stops before the empty line that ends it",
            ));
        };
        if line.is_empty() {
            break next;
        }
        if matches!(input[line.start], b' ' | b'\t') {
            if line.start == start {
                return Err(Error::at(
                    input,
                    line.start,
                    "the first field line begins with whitespace",
                ));
            }
            folded = true;
        }
        lines += 1;
        at = next;
    };
    let section = &input[start..end];
    if !folded {
        let fields = field_lines(section, lines, input, start, end)?;
        return Ok((
            Head {
                bytes: Cow::Borrowed(section),
                fields,
            },
            end,
        ));
    }
    // Each obs-fold becomes spaces, as RFC 9112, Section 5.2 asks of a
    // recipient; offsets stay the same.
    let mut copy = section.to_vec();
    for index in 1..copy.len() {
        if copy[index - 1] == b'\n' && matches!(copy[index], b' ' | b'\t') {
            // Blank the line end before the fold.
            copy[index - 1] = b' ';
            if index >= 2 && copy[index - 2] == b'\r' {
                copy[index - 2] = b' ';
            }
        }
    }
    // The names are where they were in the input: folding changes only
    // line ends.
    let fields = field_lines(&copy, lines, input, start, end)?
        .into_iter()
        .map(|(name, value)| {
            let name = section
                .get(span(&copy, name.as_bytes()))
                .and_then(|name| std::str::from_utf8(name).ok())
                .unwrap_or_default();
            (name, value)
        })
        .collect();
    Ok((
        Head {
            bytes: Cow::Owned(copy),
            fields,
        },
        end,
    ))
}

/// The field lines of the header section `bytes`, which ends at `end` in
/// `input` and has at most `lines` lines: each name, and where its value
/// is in `bytes`.
fn field_lines<'s>(
    bytes: &'s [u8],
    lines: usize,
    input: &[u8],
    start: usize,
    end: usize,
) -> Result<Vec<(&'s str, Range<usize>)>, Error> {
    // One header per line at most; a usual header section fits the array.
    let mut usual = [httparse::EMPTY_HEADER; USUAL_LINES];
    let mut many = Vec::new();
    let parsed = if lines <= USUAL_LINES {
        &mut usual[..]
    } else {
        many.resize(lines, httparse::EMPTY_HEADER);
        &mut many[..]
    };
    match httparse::parse_headers(bytes, parsed) {
        Ok(httparse::Status::Complete((_, headers))) => Ok(headers
            .iter()
            .map(|header| (header.name, span(bytes, header.value)))
            .collect()),
        Ok(httparse::Status::Partial) => Err(Error::at(
            input,
            end,
            "the header section does not end where its empty line is",
        )),
        Err(error) => Err(locate(input, start, end, error)),
    }
}

/// Where `part`, a slice of `whole`, lies in it.
fn span(whole: &[u8], part: &[u8]) -> Range<usize> {
    let start = (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize);
    start..start + part.len()
}

/// The position and cause of an error that httparse found in the field
/// section `input[start..end]`: the first byte that is not allowed.
fn locate(input: &[u8], start: usize, end: usize, error: httparse::Error) -> Error {
    let mut at = start;
    while let Some((line, next)) =
        line_at(input, at).filter(|(line, _)| line.end <= end && !line.is_empty())
    {
        let text = &input[line.clone()];
        if !matches!(text[0], b' ' | b'\t') {
            let Some(colon) = text.iter().position(|&byte| byte == b':') else {
                return Error::at(
                    input,
                    line.start,
                    format!(
                        "the field line `{}` has no colon",
                        shown(&text[..text.len().min(60)])
                    ),
                );
            };
            if colon == 0 {
                return Error::at(input, line.start, "the field line has an empty name");
            }
            if let Some(bad) = text[..colon].iter().position(|&byte| !is_tchar(byte)) {
                return Error::at(
                    input,
                    line.start + bad,
                    format!(
                        "the field name `{}` holds {}, which a field name cannot",
                        shown(&text[..colon]),
                        describe(text[bad])
                    ),
                );
            }
        }
        if let Some(bad) = text.iter().position(|&byte| !is_field_byte(byte)) {
            return Error::at(
                input,
                line.start + bad,
                format!(
                    "the field line holds {}, which a field value cannot",
                    describe(text[bad])
                ),
            );
        }
        at = next;
    }
    Error::at(
        input,
        start,
        format!("the header section cannot be read ({error})"),
    )
}

/// Bytes as text for a message: control characters escaped, and bytes
/// that are not UTF-8 as `\xNN`, so that nothing in the input can act on
/// the terminal that shows the message.
///
/// # Examples
///
/// ```
/// use statuscode_cli::wire::shown;
///
/// assert_eq!(shown(b"O\x1b[2JK \xFF"), r"O\u{1b}[2JK \xFF");
/// ```
#[must_use]
pub fn shown(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                text.extend(c.escape_default());
            } else {
                text.push(c);
            }
        }
        for byte in chunk.invalid() {
            let _ = write!(text, "\\x{byte:02X}");
        }
    }
    text
}

fn describe(byte: u8) -> String {
    if byte.is_ascii_graphic() {
        format!("`{}`", char::from(byte))
    } else {
        format!("the byte 0x{byte:02X}")
    }
}

/// A `tchar` of RFC 9110, Section 5.6.2.
fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// A byte a field line may hold: visible ASCII, space, tab and `obs-text`.
fn is_field_byte(byte: u8) -> bool {
    matches!(byte, b'\t' | b' '..=b'~' | 0x80..=0xFF)
}

/// Whether `rest` begins with what looks like a status line.
fn starts_with_status_line(rest: &[u8]) -> bool {
    matches!(rest, [b'H', b'T', b'T', b'P', b'/', digit, ..] if digit.is_ascii_digit())
}

/// The offset in `rest` of the first line that begins a status line, after
/// the first byte.
fn next_status_line(rest: &[u8]) -> Option<usize> {
    rest.iter()
        .enumerate()
        .filter(|&(_, &byte)| byte == b'\n')
        .map(|(index, _)| index + 1)
        .find(|&start| starts_with_status_line(&rest[start..]))
}

/// The length that `Content-Length` field lines give: one number, or a
/// list of the same number (RFC 9112, Section 6.3).
fn content_length(lines: &[&[u8]]) -> Option<u64> {
    let mut length = None;
    for value in lines
        .iter()
        .flat_map(|line| line.split(|&byte| byte == b','))
    {
        let value = value.trim_ascii();
        if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let parsed = std::str::from_utf8(value).ok()?.parse::<u64>().ok()?;
        if length.is_some_and(|length| length != parsed) {
            return None;
        }
        length = Some(parsed);
    }
    length
}

/// Why chunked content could not be decoded.
enum Dechunk {
    /// The first chunk does not parse: the content was decoded on capture.
    NotChunked,
    /// A later part is malformed or cut short.
    Malformed(Error),
}

/// Decodes the chunked content at `start` (RFC 9112, Section 7.1): the
/// content, and where the message ends after the trailer section.
fn dechunk(input: &[u8], start: usize) -> Result<(Vec<u8>, usize), Dechunk> {
    let mut content = Vec::new();
    let mut at = start;
    let mut first = true;
    loop {
        let fail = |offset: usize, message: String| {
            if first {
                Dechunk::NotChunked
            } else {
                Dechunk::Malformed(Error::at(input, offset, message))
            }
        };
        let Some((line, next)) = line_at(input, at) else {
            return Err(fail(
                input.len(),
                "the chunked content stops before a chunk size line ends".to_owned(),
            ));
        };
        let text = &input[line.clone()];
        let digits = text
            .iter()
            .take_while(|byte| byte.is_ascii_hexdigit())
            .count();
        let rest = &text[digits..];
        let extension_ok = rest.is_empty() || matches!(rest.trim_ascii_start().first(), Some(b';'));
        if digits == 0 || digits > 15 || !extension_ok {
            return Err(fail(
                line.start,
                format!(
                    "expected a chunk size in hexadecimal, found `{}`",
                    shown(&text[..text.len().min(40)])
                ),
            ));
        }
        // At most 15 hexadecimal digits fit in a u64.
        let size = text[..digits].iter().fold(0_u64, |size, &digit| {
            size * 16 + u64::from(char::from(digit).to_digit(16).unwrap_or(0))
        });
        if size == 0 {
            // The trailer section, then the empty line.
            let mut at = next;
            loop {
                let Some((line, next)) = line_at(input, at) else {
                    if at == input.len() {
                        // curl and many captures stop after the last chunk.
                        return Ok((content, at));
                    }
                    return Err(Dechunk::Malformed(Error::at(
                        input,
                        input.len(),
                        "the trailer section does not end with an empty line",
                    )));
                };
                if line.is_empty() {
                    return Ok((content, next));
                }
                at = next;
            }
        }
        let available = input.len() - next;
        let size = usize::try_from(size).ok().filter(|&size| size <= available).ok_or_else(|| {
            fail(input.len(), format!("the chunked content stops inside a chunk of {size} bytes, after {available}"))
        })?;
        content.extend_from_slice(&input[next..next + size]);
        at = next + size;
        match input.get(at..) {
            Some([b'\r', b'\n', ..]) => at += 2,
            Some([b'\n', ..]) => at += 1,
            _ => {
                return Err(fail(
                    at,
                    "a chunk's data is not followed by a line end".to_owned(),
                ));
            }
        }
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8]) -> Vec<Result<Response<'_>, Error>> {
        Responses::new(input, None).collect()
    }

    /// Texts of up to 40 bytes with line feeds at every position of a word
    /// and in the remainder, among bytes that differ from a line feed in
    /// one bit.
    fn near_misses() -> impl Iterator<Item = Vec<u8>> {
        let others = [0x0B, 0x08, 0x8A, 0x2A, 0x00, 0xFF, 0x0E, 0x4A, 0x09];
        let feeds = [
            0_u64,
            1,
            0x5555,
            u64::MAX,
            0x8000_0001,
            0x1248_8421,
            1 << 39,
        ];
        (0..40).flat_map(move |length| {
            feeds.into_iter().map(move |feeds| {
                (0..length)
                    .map(|at| {
                        if feeds >> (at % 64) & 1 == 1 {
                            b'\n'
                        } else {
                            others[at % others.len()]
                        }
                    })
                    .collect()
            })
        })
    }

    #[test]
    fn the_first_line_feed_is_found_from_any_start() {
        for bytes in near_misses() {
            for start in 0..=bytes.len() + 1 {
                let expected = bytes
                    .get(start..)
                    .and_then(|rest| rest.iter().position(|&byte| byte == b'\n'))
                    .map(|found| start + found);
                assert_eq!(
                    newline_at(&bytes, start),
                    expected,
                    "{bytes:?} from {start}"
                );
            }
        }
    }

    #[test]
    fn line_feeds_are_counted_and_nothing_else() {
        for bytes in near_misses() {
            let expected: usize = bytes.iter().map(|&byte| usize::from(byte == b'\n')).sum();
            assert_eq!(newlines(&bytes), expected, "{bytes:?}");
        }
        // Runs of line feeds across the blocks of the count.
        for length in [191, 192, 193, 255, 256, 384, 1000] {
            assert_eq!(newlines(&vec![b'\n'; length]), length);
        }
    }

    #[test]
    fn a_header_section_of_any_length_is_read_whole() {
        for count in [0, 1, 31, 32, 33, 100] {
            let mut input = b"HTTP/1.1 204 No Content\r\n".to_vec();
            for index in 0..count {
                input.extend_from_slice(format!("X-Field-{index}: {index}\r\n").as_bytes());
            }
            input.extend_from_slice(b"\r\n");
            let responses = read(&input);
            let fields = responses[0].as_ref().unwrap().head.fields();
            assert_eq!(fields.len(), count);
            if let Some(&(name, value)) = fields.last() {
                assert_eq!(
                    (name, value),
                    (
                        format!("X-Field-{}", count - 1).as_str(),
                        format!("{}", count - 1).as_bytes()
                    )
                );
            }
        }
    }

    #[test]
    fn folded_lines_are_joined_with_spaces() {
        let input = b"HTTP/1.1 200 OK\r\nA: one\r\n two\r\nB: 3\r\n\r\n";
        let responses = read(input);
        let response = responses[0].as_ref().unwrap();
        assert_eq!(
            response.head.fields(),
            [("A", &b"one   two"[..]), ("B", b"3")]
        );
    }

    #[test]
    fn shown_text_cannot_act_on_a_terminal() {
        assert_eq!(shown(b"OK"), "OK");
        assert_eq!(shown(b"\x1b[31mred\x00"), "\\u{1b}[31mred\\u{0}");
        assert_eq!(shown(b"caf\xC3\xA9 \xFF"), "caf\u{e9} \\xFF");
    }

    #[test]
    fn content_length_lists_of_one_number_are_a_length() {
        assert_eq!(content_length(&[b"5, 5", b"5"]), Some(5));
        assert_eq!(content_length(&[b"5, 6"]), None);
        assert_eq!(content_length(&[b"-1"]), None);
        assert_eq!(content_length(&[b""]), None);
    }
}
