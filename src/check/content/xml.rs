//! A minimal, namespace-aware XML reader for the bodies of [RFC 4918]
//! (HTTP extensions for distributed authoring) and for XML problem details
//! ([RFC 9457], Appendix B).
//!
//! [`XmlReader`] turns a document into start, end and text events, with
//! every element name resolved to its namespace (`xmlns` and `xmlns:p`
//! declarations, on the root or on any inner element, default namespaces
//! included). The answers the RFC 4918 rules need are built on it:
//! [`root_name`], [`scan_multistatus`] and [`scan_dav_error`].
//!
//! The reader is not a validating parser. It checks what it must to read
//! the structure right (tags nest and match, attributes are quoted, there
//! is one root, prefixes are declared) and stops with an [`XmlError`]
//! otherwise. Every error means "cannot tell" to a content rule: a rule
//! must not report a violation about a body this reader could not read.
//! Decisions:
//!
//! - The XML declaration, processing instructions and comments are
//!   skipped wherever they appear. CDATA sections are text.
//! - A `DOCTYPE` without an internal subset is skipped. One with an
//!   internal subset (`[...]`) is [`XmlError::Unsupported`]: it could
//!   declare entities or default attributes (even `xmlns`) that change
//!   what the document says.
//! - Entity and character references are not expanded. Text is returned
//!   raw; a namespace declaration whose value holds `&` is
//!   [`XmlError::Unsupported`].
//! - Only UTF-8 is read (a UTF-8 byte order mark is skipped); a UTF-16
//!   byte order mark is [`XmlError::Unsupported`].
//! - Namespace names compare byte for byte, as Namespaces in XML 1.0,
//!   Section 2.3 says: `dav:` is not `DAV:`.
//! - Elements nest at most [`MAX_DEPTH`] levels and at most
//!   [`MAX_NAMESPACES`] declarations are in scope at once; past either,
//!   the reader stops with [`XmlError::TooDeep`] or
//!   [`XmlError::TooManyNamespaces`].
//!
//! [RFC 4918]: https://www.rfc-editor.org/rfc/rfc4918
//! [RFC 9457]: https://www.rfc-editor.org/rfc/rfc9457#appendix-B

use super::{find, parse_u64};

/// The namespace name of RFC 4918, `DAV:` (Section 21.1).
pub(crate) const DAV: &[u8] = b"DAV:";

/// The namespace of XML problem details, `urn:ietf:rfc:7807` (RFC 9457,
/// Appendix B).
pub(crate) const PROBLEM_NAMESPACE: &[u8] = b"urn:ietf:rfc:7807";

/// The namespace the `xml` prefix is bound to without a declaration.
const XML_NAMESPACE: &[u8] = b"http://www.w3.org/XML/1998/namespace";

/// How deep elements may nest before the reader gives up with
/// [`XmlError::TooDeep`]. RFC 4918 bodies rarely go past ten.
pub(crate) const MAX_DEPTH: usize = 64;

/// How many namespace declarations may be in scope at once before the
/// reader gives up with [`XmlError::TooManyNamespaces`].
pub(crate) const MAX_NAMESPACES: usize = 64;

/// An element name resolved to its namespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct XName<'a> {
    /// The namespace name (a URI), empty for an element in no namespace.
    pub(crate) namespace: &'a [u8],
    /// The local part of the name, without its prefix.
    pub(crate) local: &'a [u8],
}

impl XName<'_> {
    /// Whether this is `local` in `namespace`.
    #[must_use]
    pub(crate) fn is(self, namespace: &[u8], local: &str) -> bool {
        self.namespace == namespace && self.local == local.as_bytes()
    }

    /// Whether this is `local` in the `DAV:` namespace.
    #[must_use]
    pub(crate) fn is_dav(self, local: &str) -> bool {
        self.is(DAV, local)
    }
}

/// Why the reader stopped. Every kind means "cannot tell" to a content
/// rule; the kinds say why, for a rule that has a use for the difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum XmlError {
    /// The document is not well-formed (or not namespace-well-formed) at
    /// byte `at`: tags that do not match or do not end, an unquoted
    /// attribute, text or a second element after the root, an undeclared
    /// prefix, no root at all.
    Malformed {
        /// The offset of the construct at fault.
        at: usize,
    },
    /// The document uses something the reader does not interpret: an
    /// internal DTD subset, a reference in a namespace declaration, UTF-16.
    Unsupported {
        /// The offset of the construct at fault.
        at: usize,
    },
    /// Elements nest deeper than [`MAX_DEPTH`].
    TooDeep {
        /// The offset of the start tag that went past the limit.
        at: usize,
    },
    /// More than [`MAX_NAMESPACES`] declarations are in scope at once.
    TooManyNamespaces {
        /// The offset of the start tag that went past the limit.
        at: usize,
    },
}

/// Whether `byte` is XML white space (XML 1.0, Section 2.3, `S`).
const fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// Whether `byte` may be part of a name, as far as this reader cares: it
/// ends names at white space and markup, and leaves finer rules alone.
const fn is_name_byte(byte: u8) -> bool {
    !is_space(byte)
        && !matches!(
            byte,
            b'/' | b'>' | b'<' | b'=' | b'"' | b'\'' | b'!' | b'?' | b'&' | b';' | 0x00..=0x08
        )
}

/// The offset past the white space at `pos`.
fn skip_space(bytes: &[u8], pos: usize) -> usize {
    let rest = bytes.get(pos..).unwrap_or_default();
    pos.saturating_add(
        rest.iter()
            .position(|&byte| !is_space(byte))
            .unwrap_or(rest.len()),
    )
}

/// The offset past the name at `pos` (equal to `pos` when there is none).
fn name_end(bytes: &[u8], pos: usize) -> usize {
    let rest = bytes.get(pos..).unwrap_or_default();
    pos.saturating_add(
        rest.iter()
            .position(|&byte| !is_name_byte(byte))
            .unwrap_or(rest.len()),
    )
}

/// One piece of markup or text, before namespaces are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'a> {
    /// A start tag, or an empty-element tag when `empty`.
    Start {
        /// The name as written, prefix included.
        qname: &'a [u8],
        /// The attributes as written, from after the name to before `>`.
        attributes: &'a [u8],
        /// The offset of `<`.
        at: usize,
        /// Whether the tag ends with `/>`.
        empty: bool,
    },
    /// An end tag.
    End {
        /// The name as written.
        qname: &'a [u8],
        /// The offset of `<`.
        at: usize,
    },
    /// Character data, references unexpanded.
    Text {
        /// The text as written.
        raw: &'a [u8],
        /// Its offset.
        at: usize,
    },
    /// A CDATA section's content.
    CData {
        /// The content, between `<![CDATA[` and `]]>`.
        raw: &'a [u8],
        /// The offset of `<![CDATA[`.
        at: usize,
    },
    /// A document type declaration without internal subset.
    Doctype {
        /// The offset of `<!DOCTYPE`.
        at: usize,
    },
}

/// Splits a document into [`Token`]s, skipping comments and processing
/// instructions.
#[derive(Clone, Debug)]
struct Tokenizer<'a> {
    /// The whole content.
    bytes: &'a [u8],
    /// Where the next token starts.
    pos: usize,
    /// Whether an error ended the walk.
    failed: bool,
}

impl<'a> Tokenizer<'a> {
    /// Tokens of `bytes` from `pos` on.
    const fn at(bytes: &'a [u8], pos: usize) -> Self {
        Tokenizer {
            bytes,
            pos,
            failed: false,
        }
    }

    /// Reads the rest of a start tag whose name ends at `after_name`.
    fn start_tag(&mut self, at: usize, after_name: usize) -> Result<Token<'a>, XmlError> {
        let bytes = self.bytes;
        let malformed = |at| XmlError::Malformed { at };
        let qname = bytes
            .get(at.saturating_add(1)..after_name)
            .unwrap_or_default();
        let mut pos = after_name;
        loop {
            let next = skip_space(bytes, pos);
            match bytes.get(next) {
                Some(b'>') => {
                    self.pos = next.saturating_add(1);
                    let attributes = bytes.get(after_name..next).unwrap_or_default();
                    return Ok(Token::Start {
                        qname,
                        attributes,
                        at,
                        empty: false,
                    });
                }
                Some(b'/') if bytes.get(next.saturating_add(1)) == Some(&b'>') => {
                    self.pos = next.saturating_add(2);
                    let attributes = bytes.get(after_name..next).unwrap_or_default();
                    return Ok(Token::Start {
                        qname,
                        attributes,
                        at,
                        empty: true,
                    });
                }
                Some(_) if next > pos => {
                    let end = name_end(bytes, next);
                    if end == next {
                        return Err(malformed(next));
                    }
                    let equals = skip_space(bytes, end);
                    if bytes.get(equals) != Some(&b'=') {
                        return Err(malformed(equals));
                    }
                    let open = skip_space(bytes, equals.saturating_add(1));
                    let Some(&quote @ (b'"' | b'\'')) = bytes.get(open) else {
                        return Err(malformed(open));
                    };
                    let value = open.saturating_add(1);
                    let close = find(bytes, &[quote], value).ok_or(malformed(open))?;
                    if bytes
                        .get(value..close)
                        .is_some_and(|value| value.contains(&b'<'))
                    {
                        return Err(malformed(value));
                    }
                    pos = close.saturating_add(1);
                }
                _ => return Err(malformed(next)),
            }
        }
    }

    /// Skips a document type declaration from the byte after `<!DOCTYPE`.
    fn doctype(&mut self, at: usize) -> Result<Token<'a>, XmlError> {
        let mut pos = at.saturating_add(9);
        loop {
            match self.bytes.get(pos) {
                None => return Err(XmlError::Malformed { at }),
                Some(b'>') => {
                    self.pos = pos.saturating_add(1);
                    return Ok(Token::Doctype { at });
                }
                Some(b'[') => return Err(XmlError::Unsupported { at: pos }),
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = find(self.bytes, &[quote], pos.saturating_add(1))
                        .ok_or(XmlError::Malformed { at })?;
                    pos = close.saturating_add(1);
                }
                Some(_) => pos = pos.saturating_add(1),
            }
        }
    }

    /// The next token, or an error.
    fn token(&mut self) -> Option<Result<Token<'a>, XmlError>> {
        let bytes = self.bytes;
        loop {
            let at = self.pos;
            let rest = bytes.get(at..).filter(|rest| !rest.is_empty())?;
            let malformed = XmlError::Malformed { at };
            if !rest.starts_with(b"<") {
                let end = find(bytes, b"<", at).unwrap_or(bytes.len());
                self.pos = end;
                let raw = bytes.get(at..end).unwrap_or_default();
                return Some(Ok(Token::Text { raw, at }));
            }
            let skip_to = |terminator: &[u8], from: usize| {
                find(bytes, terminator, at.saturating_add(from))
                    .map(|end| end.saturating_add(terminator.len()))
                    .ok_or(malformed)
            };
            if rest.starts_with(b"<?") {
                match skip_to(b"?>", 2) {
                    Ok(end) => self.pos = end,
                    Err(error) => return Some(Err(error)),
                }
            } else if rest.starts_with(b"<!--") {
                match skip_to(b"-->", 4) {
                    Ok(end) => self.pos = end,
                    Err(error) => return Some(Err(error)),
                }
            } else if rest.starts_with(b"<![CDATA[") {
                return Some(skip_to(b"]]>", 9).map(|end| {
                    self.pos = end;
                    let raw = bytes.get(at.saturating_add(9)..end.saturating_sub(3));
                    Token::CData {
                        raw: raw.unwrap_or_default(),
                        at,
                    }
                }));
            } else if rest.starts_with(b"<!DOCTYPE") {
                return Some(self.doctype(at));
            } else if rest.starts_with(b"</") {
                let start = at.saturating_add(2);
                let end = name_end(bytes, start);
                let close = skip_space(bytes, end);
                if end == start || bytes.get(close) != Some(&b'>') {
                    return Some(Err(malformed));
                }
                self.pos = close.saturating_add(1);
                let qname = bytes.get(start..end).unwrap_or_default();
                return Some(Ok(Token::End { qname, at }));
            } else {
                let start = at.saturating_add(1);
                let end = name_end(bytes, start);
                if end == start {
                    return Some(Err(malformed));
                }
                return Some(self.start_tag(at, end));
            }
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Result<Token<'a>, XmlError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let token = self.token();
        if matches!(token, Some(Err(_))) {
            self.failed = true;
        }
        token
    }
}

/// The attributes of a start tag that the tokenizer has checked: name and
/// raw value pairs.
#[derive(Clone, Debug)]
struct Attributes<'a> {
    /// The attributes as written.
    raw: &'a [u8],
    /// Where the next one starts.
    pos: usize,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let raw = self.raw;
        let start = skip_space(raw, self.pos);
        let end = name_end(raw, start);
        let open = skip_space(raw, skip_space(raw, end).saturating_add(1));
        let quote = *raw.get(open)?;
        let value = open.saturating_add(1);
        let close = find(raw, &[quote], value)?;
        self.pos = close.saturating_add(1);
        Some((raw.get(start..end)?, raw.get(value..close)?))
    }
}

/// What the reader reports, with names resolved to their namespaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum XmlEvent<'a> {
    /// A start tag, or an empty-element tag (`empty`), which is followed
    /// at once by its own [`XmlEvent::End`].
    Start {
        /// The resolved name.
        name: XName<'a>,
        /// The offset of `<`.
        at: usize,
        /// The element's depth: 1 for the root.
        depth: usize,
        /// Whether the tag was `<name/>`.
        empty: bool,
    },
    /// An end tag (for an empty-element tag, `at` is its start).
    End {
        /// The resolved name.
        name: XName<'a>,
        /// The offset of `<`.
        at: usize,
        /// The element's depth: 1 for the root.
        depth: usize,
    },
    /// Character data inside the root, white space included, references
    /// unexpanded.
    Text {
        /// The text as written.
        raw: &'a [u8],
        /// Its offset.
        at: usize,
    },
    /// The content of a CDATA section.
    CData {
        /// The content as written.
        raw: &'a [u8],
        /// The offset of `<![CDATA[`.
        at: usize,
    },
}

/// An open element.
#[derive(Clone, Copy, Debug)]
struct Open<'a> {
    /// The name as written, to match the end tag.
    qname: &'a [u8],
    /// The resolved name.
    name: XName<'a>,
    /// The offset of the start tag.
    at: usize,
    /// How many declarations were in scope before this element.
    declarations: usize,
}

/// A namespace declaration in scope.
#[derive(Clone, Copy, Debug)]
struct Declaration<'a> {
    /// The prefix, empty for the default namespace.
    prefix: &'a [u8],
    /// The namespace name, empty to undeclare the default namespace.
    namespace: &'a [u8],
}

/// Reads a document as [`XmlEvent`]s, resolving namespaces, with fixed
/// stacks of [`MAX_DEPTH`] open elements and [`MAX_NAMESPACES`]
/// declarations (about 6 KiB, no allocation).
///
/// After an error the iterator ends. It also checks what follows the
/// root: a document that goes on after it with more than white space,
/// comments and processing instructions ends in an error, and so does one
/// whose elements are not all closed.
#[derive(Clone, Debug)]
pub(crate) struct XmlReader<'a> {
    /// The tokens.
    tokens: Tokenizer<'a>,
    /// The open elements, `depth` of them.
    open: [Open<'a>; MAX_DEPTH],
    /// How many elements are open.
    depth: usize,
    /// The declarations in scope, `declared` of them.
    declarations: [Declaration<'a>; MAX_NAMESPACES],
    /// How many declarations are in scope.
    declared: usize,
    /// Whether the last start tag was empty, so its end comes next.
    pending_end: bool,
    /// Whether the root has started.
    root_seen: bool,
    /// Whether the reader has stopped.
    done: bool,
}

impl<'a> XmlReader<'a> {
    /// A reader of `content`.
    #[must_use]
    pub(crate) fn new(content: &'a [u8]) -> Self {
        let start = if content.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let unused = Open {
            qname: b"",
            name: XName {
                namespace: b"",
                local: b"",
            },
            at: 0,
            declarations: 0,
        };
        let unused_declaration = Declaration {
            prefix: b"",
            namespace: b"",
        };
        XmlReader {
            tokens: Tokenizer::at(content, start),
            open: [unused; MAX_DEPTH],
            depth: 0,
            declarations: [unused_declaration; MAX_NAMESPACES],
            declared: 0,
            pending_end: false,
            root_seen: false,
            done: false,
        }
    }

    /// The namespace bound to `prefix` (empty: the default namespace).
    fn lookup(&self, prefix: &[u8]) -> Option<&'a [u8]> {
        if prefix == b"xml" {
            return Some(XML_NAMESPACE);
        }
        let found = self
            .declarations
            .get(..self.declared)?
            .iter()
            .rev()
            .find(|declaration| declaration.prefix == prefix)
            .map(|declaration| declaration.namespace);
        match found {
            None if prefix.is_empty() => Some(b""),
            found => found,
        }
    }

    /// Resolves an element name; `None` for an undeclared prefix or a name
    /// with an empty part or two colons.
    fn resolve(&self, qname: &'a [u8]) -> Option<XName<'a>> {
        let Some(colon) = qname.iter().position(|&byte| byte == b':') else {
            return Some(XName {
                namespace: self.lookup(b"")?,
                local: qname,
            });
        };
        let prefix = qname.get(..colon)?;
        let local = qname.get(colon.saturating_add(1)..)?;
        if prefix.is_empty() || local.is_empty() || local.contains(&b':') {
            return None;
        }
        Some(XName {
            namespace: self.lookup(prefix)?,
            local,
        })
    }

    /// Opens an element: its declarations, then its resolved name.
    fn open(
        &mut self,
        qname: &'a [u8],
        attributes: &'a [u8],
        at: usize,
        empty: bool,
    ) -> Result<XmlEvent<'a>, XmlError> {
        if self.root_seen && self.depth == 0 {
            return Err(XmlError::Malformed { at });
        }
        if self.depth >= MAX_DEPTH {
            return Err(XmlError::TooDeep { at });
        }
        let before = self.declared;
        for (name, value) in (Attributes {
            raw: attributes,
            pos: 0,
        }) {
            let prefix = if name == b"xmlns" {
                &b""[..]
            } else if let Some(prefix) = name.strip_prefix(b"xmlns:") {
                if prefix.is_empty() || value.is_empty() {
                    return Err(XmlError::Unsupported { at });
                }
                prefix
            } else {
                continue;
            };
            if value.contains(&b'&') {
                return Err(XmlError::Unsupported { at });
            }
            let slot = self
                .declarations
                .get_mut(self.declared)
                .ok_or(XmlError::TooManyNamespaces { at })?;
            *slot = Declaration {
                prefix,
                namespace: value,
            };
            self.declared = self.declared.saturating_add(1);
        }
        let name = self.resolve(qname).ok_or(XmlError::Malformed { at })?;
        let slot = self
            .open
            .get_mut(self.depth)
            .ok_or(XmlError::TooDeep { at })?;
        *slot = Open {
            qname,
            name,
            at,
            declarations: before,
        };
        self.depth = self.depth.saturating_add(1);
        self.root_seen = true;
        self.pending_end = empty;
        Ok(XmlEvent::Start {
            name,
            at,
            depth: self.depth,
            empty,
        })
    }

    /// Closes the innermost element, checking the end tag's name when
    /// there is one.
    fn close(&mut self, end_tag: Option<(&[u8], usize)>) -> Result<XmlEvent<'a>, XmlError> {
        let depth = self.depth;
        let malformed = XmlError::Malformed {
            at: end_tag.map_or(0, |(_, at)| at),
        };
        let top = depth
            .checked_sub(1)
            .and_then(|top| self.open.get(top))
            .copied()
            .ok_or(malformed)?;
        let at = match end_tag {
            Some((qname, _)) if qname != top.qname => return Err(malformed),
            Some((_, at)) => at,
            None => top.at,
        };
        self.depth = depth.saturating_sub(1);
        self.declared = top.declarations;
        Ok(XmlEvent::End {
            name: top.name,
            at,
            depth,
        })
    }

    /// The next event, or an error; `None` at the end of a whole document.
    fn event(&mut self) -> Option<Result<XmlEvent<'a>, XmlError>> {
        if self.pending_end {
            self.pending_end = false;
            return Some(self.close(None));
        }
        loop {
            let token = match self.tokens.next() {
                Some(Ok(token)) => token,
                Some(Err(error)) => return Some(Err(error)),
                None if self.depth > 0 || !self.root_seen => {
                    let at = self.tokens.bytes.len();
                    return Some(Err(XmlError::Malformed { at }));
                }
                None => return None,
            };
            match token {
                Token::Doctype { at } => {
                    if self.root_seen {
                        return Some(Err(XmlError::Malformed { at }));
                    }
                }
                Token::Text { raw, at } if self.depth == 0 => {
                    if raw.starts_with(b"\xFE\xFF") || raw.starts_with(b"\xFF\xFE") {
                        return Some(Err(XmlError::Unsupported { at }));
                    }
                    if !raw.iter().all(|&byte| is_space(byte)) {
                        return Some(Err(XmlError::Malformed { at }));
                    }
                }
                Token::Text { raw, at } => return Some(Ok(XmlEvent::Text { raw, at })),
                Token::CData { at, .. } if self.depth == 0 => {
                    return Some(Err(XmlError::Malformed { at }));
                }
                Token::CData { raw, at } => return Some(Ok(XmlEvent::CData { raw, at })),
                Token::End { qname, at } => return Some(self.close(Some((qname, at)))),
                Token::Start {
                    qname,
                    attributes,
                    at,
                    empty,
                } => return Some(self.open(qname, attributes, at, empty)),
            }
        }
    }
}

impl<'a> Iterator for XmlReader<'a> {
    type Item = Result<XmlEvent<'a>, XmlError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let event = self.event();
        if !matches!(event, Some(Ok(_))) {
            self.done = true;
        }
        event
    }
}

/// The resolved name of the root element.
///
/// Only the prolog and the root's start tag are read, so a document that
/// breaks later still has a root name.
///
/// # Errors
///
/// An [`XmlError`] when the reader stops before the root's start tag.
pub(crate) fn root_name(content: &[u8]) -> Result<XName<'_>, XmlError> {
    for event in XmlReader::new(content) {
        if let XmlEvent::Start { name, .. } = event? {
            return Ok(name);
        }
    }
    Err(XmlError::Malformed { at: content.len() })
}

/// The text of an element, as [`TextCapture`] found it at the element's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CapturedText<'a> {
    /// Plain text only: one run of character data without references, or
    /// one CDATA section, or nothing (an empty slice).
    Plain(&'a [u8]),
    /// Anything else (a reference, a comment between two runs, a child
    /// element), which the caller cannot read without guessing.
    NotPlain,
}

/// Collects the text of one element from the events of an [`XmlReader`].
///
/// Built at the element's start event; fed every event after it; answers
/// at the element's end.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextCapture<'a> {
    /// The offset of the element's start tag.
    pub(crate) at: usize,
    /// The element's depth.
    depth: usize,
    /// The one piece of text seen so far.
    text: Option<&'a [u8]>,
    /// Whether the text is still plain: one piece, no reference, no child.
    plain: bool,
}

impl<'a> TextCapture<'a> {
    /// A capture for the element that started at `at` with `depth`.
    #[must_use]
    pub(crate) const fn new(at: usize, depth: usize) -> Self {
        TextCapture {
            at,
            depth,
            text: None,
            plain: true,
        }
    }

    /// Takes the next event; at the element's own end, returns what the
    /// element held.
    #[must_use]
    pub(crate) fn feed(&mut self, event: XmlEvent<'a>) -> Option<CapturedText<'a>> {
        match event {
            XmlEvent::Start { .. } => self.plain = false,
            XmlEvent::Text { raw, .. } | XmlEvent::CData { raw, .. } if self.text.is_some() => {
                self.plain = raw.is_empty() && self.plain;
            }
            XmlEvent::Text { raw, .. } => {
                self.plain = self.plain && !raw.contains(&b'&');
                self.text = Some(raw);
            }
            XmlEvent::CData { raw, .. } => self.text = Some(raw),
            XmlEvent::End { depth, .. } if depth == self.depth => {
                return Some(if self.plain {
                    CapturedText::Plain(self.text.unwrap_or_default())
                } else {
                    CapturedText::NotPlain
                });
            }
            XmlEvent::End { .. } => {}
        }
        None
    }
}

/// The status code of an HTTP status line such as `HTTP/1.1 102
/// Processing`, the content of a `DAV:status` element (RFC 4918,
/// Section 14.28), with white space around it allowed.
///
/// `None` when the text is not a status line: no `HTTP/` and version, no
/// space, not three digits followed by a space or the end.
#[must_use]
pub(crate) fn status_line_code(text: &[u8]) -> Option<u16> {
    let text = text.trim_ascii();
    let rest = text.strip_prefix(b"HTTP/")?;
    let space = rest.iter().position(|&byte| byte == b' ')?;
    let version = rest.get(..space)?;
    if version.is_empty()
        || !version
            .iter()
            .all(|&byte| byte.is_ascii_digit() || byte == b'.')
    {
        return None;
    }
    let after = rest.get(space.saturating_add(1)..)?;
    let digits = after.get(..3)?;
    if !matches!(after.get(3), None | Some(b' ')) {
        return None;
    }
    u16::try_from(parse_u64(digits)?).ok()
}

/// A status line found in a multistatus body, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StatusAt {
    /// The offset of the `DAV:status` start tag.
    pub(crate) at: usize,
    /// The status code in it.
    pub(crate) code: u16,
}

/// What a `DAV:multistatus` body (RFC 4918, Section 13) says about the
/// rules that read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Multistatus {
    /// How many `DAV:response` children the root has.
    pub(crate) responses: usize,
    /// The offset of the first `DAV:response` child without a `DAV:href`
    /// child: RFC 4918, Section 13 says "Each 'response' element MUST have
    /// an 'href' element" (and the DTD of Section 14.24 agrees).
    pub(crate) response_without_href: Option<usize>,
    /// The first `DAV:status` of a `DAV:response` or of its
    /// `DAV:propstat` that holds a 1xx status line: RFC 4918, Section 13
    /// says "100 series status codes SHOULD NOT be recorded in a
    /// 'response' XML element".
    pub(crate) informational_status: Option<StatusAt>,
}

/// Reads a body that should be a `DAV:multistatus` document.
///
/// `Ok(None)` when the root is not `multistatus` in the `DAV:` namespace
/// (a `multistatus` element in another namespace is not one). Otherwise
/// the whole document is read, and the answer is only given when all of
/// it could be.
///
/// Only the elements where RFC 4918 puts them are looked at: `DAV:response`
/// as a child of the root, `DAV:href` and `DAV:status` as children of a
/// response, `DAV:status` as a child of a response's `DAV:propstat`. A
/// `DAV:status` whose text is not plain (a reference, a comment, a child)
/// is passed over: it cannot be read without guessing.
///
/// # Errors
///
/// An [`XmlError`] when the reader stops anywhere in the document.
pub(crate) fn scan_multistatus(content: &[u8]) -> Result<Option<Multistatus>, XmlError> {
    let mut report = Multistatus {
        responses: 0,
        response_without_href: None,
        informational_status: None,
    };
    let mut response: Option<(usize, bool)> = None;
    let mut in_propstat = false;
    let mut status: Option<TextCapture<'_>> = None;
    for event in XmlReader::new(content) {
        let event = event?;
        if let Some(capture) = status.as_mut() {
            if let Some(text) = capture.feed(event) {
                let code = match text {
                    CapturedText::Plain(text) => status_line_code(text),
                    CapturedText::NotPlain => None,
                };
                if let Some(code) = code.filter(|code| (100..200).contains(code)) {
                    report.informational_status.get_or_insert(StatusAt {
                        at: capture.at,
                        code,
                    });
                }
                status = None;
            }
            continue;
        }
        match event {
            XmlEvent::Start {
                name, at, depth, ..
            } => match depth {
                1 if !name.is_dav("multistatus") => return Ok(None),
                2 if name.is_dav("response") => {
                    report.responses = report.responses.saturating_add(1);
                    response = Some((at, false));
                }
                3 => match response.as_mut() {
                    Some((_, has_href)) if name.is_dav("href") => *has_href = true,
                    Some(_) if name.is_dav("propstat") => in_propstat = true,
                    Some(_) if name.is_dav("status") => status = Some(TextCapture::new(at, depth)),
                    _ => {}
                },
                4 if in_propstat && name.is_dav("status") => {
                    status = Some(TextCapture::new(at, depth));
                }
                _ => {}
            },
            XmlEvent::End { depth: 2, .. } => {
                if let Some((at, false)) = response.take() {
                    report.response_without_href.get_or_insert(at);
                }
            }
            XmlEvent::End { depth: 3, .. } => in_propstat = false,
            _ => {}
        }
    }
    Ok(Some(report))
}

/// The `DAV:error` element of a body (RFC 4918, Section 14.5), whose child
/// elements are precondition and postcondition codes (Section 16). Section
/// 14.5 says it "Contains at least one XML element"; Section 11.3 says a 423
/// (Locked) response "SHOULD contain an appropriate precondition or
/// postcondition code".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DavError<'a> {
    /// No `DAV:error` element anywhere.
    Absent,
    /// `DAV:error` elements, none with a child element: no condition code.
    Empty {
        /// The offset of the first one.
        at: usize,
    },
    /// A `DAV:error` element with a child element, the condition code
    /// (such as `DAV:lock-token-submitted`).
    Condition {
        /// The offset of the `DAV:error` element.
        at: usize,
        /// The name of its first child element.
        condition: XName<'a>,
    },
}

/// Finds the `DAV:error` element of a body, as the root (as for a 423
/// Locked response) or anywhere else (as inside a multistatus response),
/// and the first condition code in one.
///
/// The whole document is read, and the answer is only given when all of
/// it could be.
///
/// # Errors
///
/// An [`XmlError`] when the reader stops anywhere in the document.
pub(crate) fn scan_dav_error(content: &[u8]) -> Result<DavError<'_>, XmlError> {
    let mut open: Option<(usize, usize)> = None;
    let mut found = DavError::Absent;
    for event in XmlReader::new(content) {
        match (event?, open) {
            (XmlEvent::Start { name, depth, .. }, Some((at, error_depth)))
                if depth == error_depth.saturating_add(1)
                    && !matches!(found, DavError::Condition { .. }) =>
            {
                found = DavError::Condition {
                    at,
                    condition: name,
                };
            }
            (
                XmlEvent::Start {
                    name, at, depth, ..
                },
                None,
            ) if name.is_dav("error") => {
                open = Some((at, depth));
            }
            (XmlEvent::End { depth, .. }, Some((at, error_depth))) if depth == error_depth => {
                if found == DavError::Absent {
                    found = DavError::Empty { at };
                }
                open = None;
            }
            _ => {}
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use core::fmt::Write as _;
    use std::format;
    use std::string::String;

    use super::*;

    /// A multistatus body in the shape of RFC 4918, Section 9.1.2, with
    /// the `D:` prefix.
    const PROPFIND: &str = r#"<?xml version="1.0" encoding="utf-8" ?>
<D:multistatus xmlns:D="DAV:">
  <D:response xmlns:R="http://ns.example.com/boxschema/">
    <D:href>http://www.example.com/file</D:href>
    <D:propstat>
      <D:prop>
        <R:bigbox><R:BoxType>Box type A</R:BoxType></R:bigbox>
        <R:author><R:Name>J.J. Johnson</R:Name></R:author>
      </D:prop>
      <D:status>HTTP/1.1 200 OK</D:status>
    </D:propstat>
    <D:propstat>
      <D:prop><R:DingALing/><R:Random/></D:prop>
      <D:status>HTTP/1.1 403 Forbidden</D:status>
      <D:responsedescription> The user does not have access to the
 DingALing property.
      </D:responsedescription>
    </D:propstat>
  </D:response>
  <D:responsedescription> There has been an access violation error.
  </D:responsedescription>
</D:multistatus>"#;

    /// The same kind of body with a lowercase `d:` prefix, as Apache
    /// the Apache module and others send.
    const LOWERCASE: &str = "<?xml version=\"1.0\"?>\r\n\
        <d:multistatus xmlns:d=\"DAV:\" xmlns:ns1=\"http://apache.org/dav/props/\">\r\n\
        <d:response><d:href>/dav/a.txt</d:href><d:propstat><d:prop>\
        <d:getcontentlength>12</d:getcontentlength></d:prop>\
        <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>\r\n\
        <d:response><d:href>/dav/b.txt</d:href><d:status>HTTP/1.1 404 Not Found</d:status>\
        </d:response>\r\n</d:multistatus>\r\n";

    /// A default-namespace body (as Microsoft servers send), with a
    /// comment, a processing instruction and a CDATA section.
    const DEFAULT_NAMESPACE: &str = r#"<?xml version="1.0"?>
<!-- generated -->
<?xml-stylesheet href="dav.xsl" type="text/xsl"?>
<multistatus xmlns="DAV:">
  <response>
    <href><![CDATA[/folder/a&b.txt]]></href>
    <status>HTTP/1.1 423 Locked</status>
    <error><lock-token-submitted><href>/folder</href></lock-token-submitted></error>
  </response>
</multistatus>
"#;

    #[test]
    fn reads_every_sample_to_the_end() {
        for (content, elements) in [(PROPFIND, 17), (LOWERCASE, 10), (DEFAULT_NAMESPACE, 7)] {
            let (mut starts, mut ends) = (0, 0);
            for event in XmlReader::new(content.as_bytes()) {
                match event {
                    Ok(XmlEvent::Start { .. }) => starts += 1,
                    Ok(XmlEvent::End { .. }) => ends += 1,
                    Ok(_) => {}
                    Err(error) => panic!("{content}: {error:?}"),
                }
            }
            assert_eq!((starts, ends), (elements, elements), "{content}");
        }
    }

    #[test]
    fn resolves_prefixes_and_default_namespaces_in_scope() {
        let content = br#"<a:root xmlns:a="urn:a" xmlns="urn:d"><b xmlns:a="urn:inner"><a:c/></b><a:c/><e xmlns=""/><xml:x/></a:root>"#;
        let names: [(&[u8], &[u8]); 6] = [
            (b"urn:a", b"root"),
            (b"urn:d", b"b"),
            (b"urn:inner", b"c"),
            (b"urn:a", b"c"),
            (b"", b"e"),
            (XML_NAMESPACE, b"x"),
        ];
        let starts = XmlReader::new(content).filter_map(|event| match event {
            Ok(XmlEvent::Start { name, .. }) => Some(Ok((name.namespace, name.local))),
            Ok(_) => None,
            Err(error) => Some(Err(error)),
        });
        assert!(starts.map(Result::ok).eq(names.map(Some)));
    }

    #[test]
    fn reports_the_root_name() {
        let cases: [(&str, &[u8], &str); 7] = [
            (PROPFIND, DAV, "multistatus"),
            (LOWERCASE, DAV, "multistatus"),
            (DEFAULT_NAMESPACE, DAV, "multistatus"),
            (
                "<D:error xmlns:D='DAV:'><D:lock-token-submitted/></D:error>",
                DAV,
                "error",
            ),
            (
                "\u{FEFF}<problem xmlns=\"urn:ietf:rfc:7807\"/>",
                PROBLEM_NAMESPACE,
                "problem",
            ),
            (
                "<!DOCTYPE html SYSTEM \"about:legacy-compat\"><html/>",
                b"",
                "html",
            ),
            (
                "<multistatus xmlns=\"urn:example:not-dav\"/>",
                b"urn:example:not-dav",
                "multistatus",
            ),
        ];
        for (content, namespace, local) in cases {
            let name = root_name(content.as_bytes());
            assert_eq!(
                name.map(|name| name.is(namespace, local)),
                Ok(true),
                "{content}: {name:?}"
            );
        }
        let not_dav = root_name(b"<D:multistatus xmlns:D=\"dav:\"/>");
        assert_eq!(not_dav.map(|name| name.is_dav("multistatus")), Ok(false));
    }

    #[test]
    fn stops_where_it_cannot_read_the_structure() {
        let cases: [(&str, XmlError); 22] = [
            ("", XmlError::Malformed { at: 0 }),
            ("   ", XmlError::Malformed { at: 3 }),
            ("{\"status\":404}", XmlError::Malformed { at: 0 }),
            ("<a>", XmlError::Malformed { at: 3 }),
            ("<a></b>", XmlError::Malformed { at: 3 }),
            ("<a><b></a></b>", XmlError::Malformed { at: 6 }),
            ("<a/><b/>", XmlError::Malformed { at: 4 }),
            ("<a/>text", XmlError::Malformed { at: 4 }),
            ("<a x=1/>", XmlError::Malformed { at: 5 }),
            ("<a x=\"1/>", XmlError::Malformed { at: 5 }),
            ("<a x=\"<\"/>", XmlError::Malformed { at: 6 }),
            ("<a x=\"1\"y=\"2\"/>", XmlError::Malformed { at: 8 }),
            ("<D:a/>", XmlError::Malformed { at: 0 }),
            ("<a:b:c xmlns:a=\"u\"/>", XmlError::Malformed { at: 0 }),
            ("< a/>", XmlError::Malformed { at: 0 }),
            ("<a><!-- x </a>", XmlError::Malformed { at: 3 }),
            ("<a/><!DOCTYPE a>", XmlError::Malformed { at: 4 }),
            (
                "<!DOCTYPE a [<!ENTITY e \"x\">]><a/>",
                XmlError::Unsupported { at: 12 },
            ),
            (
                "<D:a xmlns:D=\"DAV&#58;\"/>",
                XmlError::Unsupported { at: 0 },
            ),
            ("<a xmlns:p=\"\"/>", XmlError::Unsupported { at: 0 }),
            ("\u{FEFF}\u{FEFF}<a/>", XmlError::Malformed { at: 3 }),
            ("<![CDATA[x]]><a/>", XmlError::Malformed { at: 0 }),
        ];
        for (content, error) in cases {
            let found = XmlReader::new(content.as_bytes()).find_map(Result::err);
            assert_eq!(found, Some(error), "{content}");
        }
        let utf16 = XmlReader::new(b"\xFF\xFE<\x00a\x00/\x00>\x00").find_map(Result::err);
        assert_eq!(utf16, Some(XmlError::Unsupported { at: 0 }));
    }

    #[test]
    fn gives_up_past_its_limits() {
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        assert_eq!(
            XmlReader::new(deep.as_bytes()).find_map(Result::err),
            Some(XmlError::TooDeep { at: 3 * MAX_DEPTH })
        );
        let at_limit = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(XmlReader::new(at_limit.as_bytes()).all(|event| event.is_ok()));

        let many: String = (0..=MAX_NAMESPACES).fold(String::new(), |mut many, n| {
            write!(many, " xmlns:p{n}=\"urn:{n}\"").unwrap_or_else(|error| panic!("{error}"));
            many
        });
        let content = format!("<a{many}/>");
        assert_eq!(
            XmlReader::new(content.as_bytes()).find_map(Result::err),
            Some(XmlError::TooManyNamespaces { at: 0 })
        );
        let nested: String = (0..MAX_DEPTH)
            .map(|n| format!("<e xmlns:p=\"urn:{n}\">"))
            .chain((0..MAX_DEPTH).map(|_| "</e>".into()))
            .collect();
        assert!(
            XmlReader::new(nested.as_bytes()).all(|event| event.is_ok()),
            "declarations leave scope with their element"
        );
    }

    #[test]
    fn reads_status_lines() {
        let cases: [(&[u8], Option<u16>); 11] = [
            (b"HTTP/1.1 200 OK", Some(200)),
            (b"\n   HTTP/1.1 102 Processing\n ", Some(102)),
            (b"HTTP/1.0 404", Some(404)),
            (b"HTTP/2 207 Multi-Status", Some(207)),
            (b"HTTP/1.1 20 OK", None),
            (b"HTTP/1.1 2000 OK", None),
            (b"HTTP/1.1  200 OK", None),
            (b"HTTP/1.1 abc OK", None),
            (b"http/1.1 200 OK", None),
            (b"200 OK", None),
            (b"HTTP/ 200 OK", None),
        ];
        for (text, code) in cases {
            assert_eq!(status_line_code(text), code, "{:?}", text.escape_ascii());
        }
    }

    #[test]
    fn multistatus_with_href_in_every_response_passes() {
        let cases = [(PROPFIND, 1), (LOWERCASE, 2), (DEFAULT_NAMESPACE, 1)];
        for (content, responses) in cases {
            let expected = Multistatus {
                responses,
                response_without_href: None,
                informational_status: None,
            };
            assert_eq!(
                scan_multistatus(content.as_bytes()),
                Ok(Some(expected)),
                "{content}"
            );
        }
    }

    #[test]
    fn multistatus_finds_a_response_without_href_and_a_1xx_status() {
        let content = "<D:multistatus xmlns:D=\"DAV:\">\
            <D:response><D:href>/a</D:href><D:status>HTTP/1.1 200 OK</D:status></D:response>\
            <D:response><D:status>HTTP/1.1 404 Not Found</D:status></D:response>\
            <D:response><D:href>/c</D:href><D:propstat><D:prop/>\
            <D:status>HTTP/1.1 102 Processing</D:status></D:propstat></D:response>\
            <D:response><D:href>/d</D:href><D:status>HTTP/1.1 100 Continue</D:status></D:response>\
            </D:multistatus>";
        let expected = Multistatus {
            responses: 4,
            response_without_href: content.find("<D:response><D:status>"),
            informational_status: content
                .find("<D:status>HTTP/1.1 102")
                .map(|at| StatusAt { at, code: 102 }),
        };
        assert_eq!(scan_multistatus(content.as_bytes()), Ok(Some(expected)));
    }

    #[test]
    fn multistatus_looks_only_where_rfc_4918_puts_the_elements() {
        let cases = [
            // An href nested deeper is not a child of the response.
            (
                "<multistatus xmlns='DAV:'><response><propstat><href>/a</href></propstat></response></multistatus>",
                true,
            ),
            (
                "<multistatus xmlns='DAV:'><response><prop><href>/a</href></prop></response></multistatus>",
                true,
            ),
            // An href in another namespace is not a DAV:href.
            (
                "<D:multistatus xmlns:D='DAV:'><D:response><href>/a</href></D:response></D:multistatus>",
                true,
            ),
            (
                "<D:multistatus xmlns:D='DAV:' xmlns:X='urn:x'><D:response><X:href>/a</X:href></D:response></D:multistatus>",
                true,
            ),
            // A response nested deeper is not a response of the multistatus.
            (
                "<D:multistatus xmlns:D='DAV:'><D:x><D:response/></D:x></D:multistatus>",
                false,
            ),
            // A prefix declared on the response itself counts.
            (
                "<multistatus xmlns='DAV:'><p:response xmlns:p='DAV:'><p:href>/a</p:href></p:response></multistatus>",
                false,
            ),
        ];
        for (content, missing) in cases {
            let report = scan_multistatus(content.as_bytes()).ok().flatten();
            let found = report.map(|report| report.response_without_href.is_some());
            assert_eq!(found, Some(missing), "{content}");
        }
        // A 1xx status as a property value, or written with a reference,
        // is not a response status.
        let quiet = [
            "<D:multistatus xmlns:D='DAV:'><D:response><D:href>/a</D:href><D:propstat><D:prop>\
             <D:status>HTTP/1.1 102 Processing</D:status></D:prop><D:status>HTTP/1.1 200 OK</D:status>\
             </D:propstat></D:response></D:multistatus>",
            "<D:multistatus xmlns:D='DAV:'><D:response><D:href>/a</D:href>\
             <D:status>HTTP/1.1 &#49;02 Processing</D:status></D:response></D:multistatus>",
            "<D:multistatus xmlns:D='DAV:'><D:response><D:href>/a</D:href>\
             <D:status>HTTP/1.1 1<!-- -->02 Processing</D:status></D:response></D:multistatus>",
        ];
        for content in quiet {
            let report = scan_multistatus(content.as_bytes()).ok().flatten();
            assert_eq!(
                report.map(|report| report.informational_status),
                Some(None),
                "{content}"
            );
        }
    }

    #[test]
    fn multistatus_outside_dav_or_unreadable_is_not_judged() {
        let not_multistatus = [
            "<multistatus xmlns=\"urn:example\"><response/></multistatus>",
            "<multistatus><response/></multistatus>",
            "<D:multistatus xmlns:D=\"dav:\"><D:response/></D:multistatus>",
            "<D:prop xmlns:D=\"DAV:\"><D:response/></D:prop>",
        ];
        for content in not_multistatus {
            assert_eq!(scan_multistatus(content.as_bytes()), Ok(None), "{content}");
        }
        let truncated = &PROPFIND[..PROPFIND.len() - 10];
        assert!(scan_multistatus(truncated.as_bytes()).is_err());
        let text = "207 Multi-Status: see /a";
        assert!(scan_multistatus(text.as_bytes()).is_err());
    }

    #[test]
    fn finds_dav_error_conditions() {
        let locked = r#"<?xml version="1.0" encoding="utf-8" ?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted>
    <D:href>/workspace/webdav/</D:href>
  </D:lock-token-submitted>
</D:error>"#;
        let condition = |content: &'static str| match scan_dav_error(content.as_bytes()) {
            Ok(DavError::Condition { at, condition }) => {
                Some((at, condition.namespace, condition.local))
            }
            _ => None,
        };
        let at = locked.find("<D:error").unwrap_or(usize::MAX);
        assert_eq!(
            condition(locked),
            Some((at, DAV, &b"lock-token-submitted"[..]))
        );
        assert_eq!(
            condition("<error xmlns='DAV:'>\n<no-conflicting-lock/></error>"),
            Some((0, DAV, &b"no-conflicting-lock"[..]))
        );
        assert_eq!(
            condition("<e:error xmlns:e='DAV:'><x:quota xmlns:x='urn:x'/></e:error>"),
            Some((0, &b"urn:x"[..], &b"quota"[..]))
        );
        let nested = DEFAULT_NAMESPACE.find("<error>");
        assert_eq!(condition(DEFAULT_NAMESPACE).map(|(at, ..)| at), nested);

        let unterminated = "<D:error xmlns:D='DAV:'><D:lock-token-submitted>";
        let cases: [(&str, Result<DavError<'_>, XmlError>); 5] = [
            ("<D:error xmlns:D='DAV:'/>", Ok(DavError::Empty { at: 0 })),
            (
                "<D:error xmlns:D='DAV:'>locked</D:error>",
                Ok(DavError::Empty { at: 0 }),
            ),
            (
                "<error xmlns='urn:not-dav'><lock-token-submitted/></error>",
                Ok(DavError::Absent),
            ),
            (PROPFIND, Ok(DavError::Absent)),
            (
                unterminated,
                Err(XmlError::Malformed {
                    at: unterminated.len(),
                }),
            ),
        ];
        for (content, expected) in cases {
            assert_eq!(scan_dav_error(content.as_bytes()), expected, "{content}");
        }
    }
}
