//! A strict [RFC 8259] JSON validator, and views of a valid document that
//! never allocate.
//!
//! [`parse`] checks a whole document against the grammar of RFC 8259 in one
//! pass and returns its top-level value as a [`JsonValue`]: a kind, the raw
//! bytes and their offset. Objects are then walked lazily with
//! [`JsonValue::members`]; walking a value of a valid document reads each
//! byte a bounded number of times.
//!
//! Decisions where RFC 8259 leaves room:
//!
//! - **Encoding.** Only UTF-8 is accepted (Section 8.1); invalid UTF-8
//!   inside a string is an error. Outside strings the grammar admits ASCII
//!   only.
//! - **Byte order mark.** A leading UTF-8 BOM is skipped, as Section 8.1
//!   allows a parser to do, and reported in [`JsonDocument::bom`], since a
//!   sender must not add one.
//! - **Lone surrogates.** `\uD800` without its pair matches the grammar of
//!   Section 7, so it is valid; Section 8.2 warns that its behaviour is
//!   unpredictable. A string holding one never equals any `&str` (see
//!   [`JsonStr::eq_str`]).
//! - **Nesting.** Objects and arrays nest at most [`MAX_DEPTH`] levels
//!   (Section 9 lets a parser set such a limit). Deeper content gives
//!   [`JsonError::TooDeep`], which means "cannot tell", never "invalid".
//! - **Duplicate names.** Section 4 leaves the meaning of an object with
//!   two members of one name undefined, so the document stays valid.
//!
//! [RFC 8259]: https://www.rfc-editor.org/rfc/rfc8259

use core::str;

/// How deep objects and arrays may nest before [`parse`] gives up with
/// [`JsonError::TooDeep`]: 128 levels, far beyond any real response body.
///
/// The open containers are kept as one bit each in a `u128`, so the limit
/// costs no stack and no recursion.
pub(crate) const MAX_DEPTH: usize = 128;

/// The kind of a JSON value (RFC 8259, Section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum JsonKind {
    /// `{ ... }`, Section 4.
    Object,
    /// `[ ... ]`, Section 5.
    Array,
    /// `"..."`, Section 7.
    String,
    /// `-1.5e3` and the like, Section 6.
    Number,
    /// The literal `true`.
    True,
    /// The literal `false`.
    False,
    /// The literal `null`.
    Null,
}

/// One JSON value of a valid document: its kind, its bytes, its offset.
///
/// `raw` is the value exactly as written, without surrounding whitespace: a
/// string keeps its quotes and escapes, an object its braces. `at` is the
/// offset of `raw` in the content that was parsed, for findings that point
/// at a byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct JsonValue<'a> {
    /// What kind of value this is.
    pub(crate) kind: JsonKind,
    /// The value as written.
    pub(crate) raw: &'a [u8],
    /// The offset of `raw` in the parsed content.
    pub(crate) at: usize,
}

/// A valid JSON document: its top-level value, and whether it started with
/// a byte order mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct JsonDocument<'a> {
    /// The top-level value; any kind, as RFC 8259, Section 2 allows.
    pub(crate) root: JsonValue<'a>,
    /// Whether a UTF-8 byte order mark preceded the value. [`parse`] skips
    /// it; RFC 8259, Section 8.1 says a sender must not add it.
    pub(crate) bom: bool,
}

/// Why [`parse`] did not return a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JsonError {
    /// The content breaks the grammar of RFC 8259 at byte `at`, where
    /// `expected` (a short phrase, such as `"':' after a member name"`)
    /// would have been right.
    Syntax {
        /// The offset of the first byte that is wrong (or the length of
        /// the content, when it ends too early).
        at: usize,
        /// What the grammar allows there.
        expected: &'static str,
    },
    /// Objects and arrays nest deeper than [`MAX_DEPTH`] at byte `at`. The
    /// content may be valid: a rule must treat this as "cannot tell".
    TooDeep {
        /// The offset of the container that went past the limit.
        at: usize,
    },
}

/// Parses `content` as one JSON text (RFC 8259, Section 2): optional
/// whitespace, one value, optional whitespace, nothing else.
///
/// A leading UTF-8 byte order mark is skipped and reported. Offsets in the
/// result and in errors count from the start of `content`, BOM included.
///
/// # Errors
///
/// [`JsonError::Syntax`] at the first byte that breaks the grammar,
/// [`JsonError::TooDeep`] when the nesting goes past [`MAX_DEPTH`].
pub(crate) fn parse(content: &[u8]) -> Result<JsonDocument<'_>, JsonError> {
    let bom = content.starts_with(b"\xEF\xBB\xBF");
    let start = skip_whitespace(content, if bom { 3 } else { 0 });
    let (kind, end) = value_end(content, start)?;
    let after = skip_whitespace(content, end);
    if after < content.len() {
        return Err(JsonError::Syntax {
            at: after,
            expected: "the end of the content after the top-level value",
        });
    }
    let raw = content.get(start..end).unwrap_or_default();
    Ok(JsonDocument {
        root: JsonValue {
            kind,
            raw,
            at: start,
        },
        bom,
    })
}

/// The offset of the first byte at or after `pos` that is not JSON
/// whitespace (space, tab, LF, CR: RFC 8259, Section 2).
fn skip_whitespace(bytes: &[u8], pos: usize) -> usize {
    let rest = bytes.get(pos..).unwrap_or_default();
    let skipped = rest
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
        .unwrap_or(rest.len());
    pos.saturating_add(skipped)
}

/// A syntax error at `at`.
const fn syntax(at: usize, expected: &'static str) -> JsonError {
    JsonError::Syntax { at, expected }
}

/// Checks the value that starts at `start` (no whitespace before it) and
/// returns its kind and the offset just past it.
///
/// Nesting is followed with an explicit stack of one bit per open
/// container (set for an object), not with recursion.
fn value_end(bytes: &[u8], start: usize) -> Result<(JsonKind, usize), JsonError> {
    let mut open: u128 = 0;
    let mut depth: usize = 0;
    let mut pos = start;
    let mut root = None;
    loop {
        // A value is expected at `pos`.
        pos = skip_whitespace(bytes, pos);
        let first = bytes.get(pos).copied();
        let kind = match first {
            Some(b'{') => JsonKind::Object,
            Some(b'[') => JsonKind::Array,
            Some(b'"') => JsonKind::String,
            Some(b't') => JsonKind::True,
            Some(b'f') => JsonKind::False,
            Some(b'n') => JsonKind::Null,
            Some(b'-' | b'0'..=b'9') => JsonKind::Number,
            _ => return Err(syntax(pos, "a value")),
        };
        root.get_or_insert(kind);
        let mut closed = true;
        match kind {
            JsonKind::Object | JsonKind::Array => {
                if depth >= MAX_DEPTH {
                    return Err(JsonError::TooDeep { at: pos });
                }
                let bit = 1_u128 << depth;
                let is_object = kind == JsonKind::Object;
                open = if is_object { open | bit } else { open & !bit };
                depth += 1;
                pos = skip_whitespace(bytes, pos.saturating_add(1));
                let close = if is_object { b'}' } else { b']' };
                if bytes.get(pos) == Some(&close) {
                    pos = pos.saturating_add(1);
                    depth -= 1;
                } else {
                    closed = false;
                    if is_object {
                        pos = member_name_end(bytes, pos)?;
                    }
                }
            }
            JsonKind::String => pos = string_end(bytes, pos)?,
            JsonKind::True => pos = literal_end(bytes, pos, b"true")?,
            JsonKind::False => pos = literal_end(bytes, pos, b"false")?,
            JsonKind::Null => pos = literal_end(bytes, pos, b"null")?,
            JsonKind::Number => pos = number_end(bytes, pos)?,
        }
        if !closed {
            continue;
        }
        // A value just ended: close containers until one wants more.
        loop {
            let Some(top) = depth.checked_sub(1) else {
                return Ok((root.unwrap_or(kind), pos));
            };
            pos = skip_whitespace(bytes, pos);
            let in_object = open & (1_u128 << top) != 0;
            match (bytes.get(pos), in_object) {
                (Some(b','), _) => {
                    pos = pos.saturating_add(1);
                    if in_object {
                        pos = member_name_end(bytes, skip_whitespace(bytes, pos))?;
                    }
                    break;
                }
                (Some(b'}'), true) | (Some(b']'), false) => {
                    pos = pos.saturating_add(1);
                    depth = top;
                }
                (_, true) => return Err(syntax(pos, "',' or '}' after a member")),
                (_, false) => return Err(syntax(pos, "',' or ']' after an element")),
            }
        }
    }
}

/// Checks a member name and its colon, starting at the name's quote, and
/// returns the offset just past the colon.
fn member_name_end(bytes: &[u8], pos: usize) -> Result<usize, JsonError> {
    if bytes.get(pos) != Some(&b'"') {
        return Err(syntax(pos, "a member name in double quotes"));
    }
    let pos = skip_whitespace(bytes, string_end(bytes, pos)?);
    if bytes.get(pos) != Some(&b':') {
        return Err(syntax(pos, "':' after a member name"));
    }
    Ok(pos.saturating_add(1))
}

/// Checks the literal `word` at `pos` and returns the offset past it.
fn literal_end(bytes: &[u8], pos: usize, word: &'static [u8]) -> Result<usize, JsonError> {
    let end = pos.saturating_add(word.len());
    if bytes.get(pos..end) == Some(word) {
        Ok(end)
    } else {
        Err(syntax(pos, "a value (true, false and null are lowercase)"))
    }
}

/// The offset just past the run of ASCII digits at `pos`.
fn digits_end(bytes: &[u8], pos: usize) -> usize {
    let rest = bytes.get(pos..).unwrap_or_default();
    pos.saturating_add(
        rest.iter()
            .position(|byte| !byte.is_ascii_digit())
            .unwrap_or(rest.len()),
    )
}

/// Checks a number (RFC 8259, Section 6) at `pos` and returns the offset
/// past it: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
fn number_end(bytes: &[u8], pos: usize) -> Result<usize, JsonError> {
    let mut pos = pos;
    if bytes.get(pos) == Some(&b'-') {
        pos = pos.saturating_add(1);
    }
    match bytes.get(pos) {
        Some(b'0') => pos = pos.saturating_add(1),
        Some(b'1'..=b'9') => pos = digits_end(bytes, pos),
        _ => return Err(syntax(pos, "a digit in the number")),
    }
    if bytes.get(pos) == Some(&b'.') {
        let fraction = pos.saturating_add(1);
        pos = digits_end(bytes, fraction);
        if pos == fraction {
            return Err(syntax(pos, "a digit after the decimal point"));
        }
    }
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        pos = pos.saturating_add(1);
        if matches!(bytes.get(pos), Some(b'+' | b'-')) {
            pos = pos.saturating_add(1);
        }
        let exponent = pos;
        pos = digits_end(bytes, exponent);
        if pos == exponent {
            return Err(syntax(pos, "a digit in the exponent"));
        }
    }
    Ok(pos)
}

/// Checks a string (RFC 8259, Section 7) whose opening quote is at `pos`
/// and returns the offset past its closing quote.
fn string_end(bytes: &[u8], pos: usize) -> Result<usize, JsonError> {
    let first = pos.saturating_add(1);
    let mut i = first;
    loop {
        match bytes.get(i) {
            None => return Err(syntax(bytes.len(), "'\"' to close the string")),
            Some(b'"') => break,
            Some(b'\\') => {
                let escape = i.saturating_add(1);
                match bytes.get(escape) {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                        i = escape.saturating_add(1);
                    }
                    Some(b'u') => {
                        let hex = escape.saturating_add(1);
                        let end = hex.saturating_add(4);
                        match bytes.get(hex..end) {
                            Some(digits) if digits.iter().all(u8::is_ascii_hexdigit) => i = end,
                            _ => return Err(syntax(hex, "four hex digits after '\\u'")),
                        }
                    }
                    _ => {
                        return Err(syntax(
                            escape,
                            "an escape: one of '\"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u'",
                        ));
                    }
                }
            }
            Some(0x00..=0x1F) => {
                return Err(syntax(i, "a control character escaped (such as '\\n')"));
            }
            Some(_) => i = i.saturating_add(1),
        }
    }
    let text = bytes.get(first..i).unwrap_or_default();
    if let Err(error) = str::from_utf8(text) {
        return Err(syntax(
            first.saturating_add(error.valid_up_to()),
            "UTF-8 (RFC 8259, Section 8.1)",
        ));
    }
    Ok(i.saturating_add(1))
}

impl<'a> JsonValue<'a> {
    /// The string, when this value is one.
    #[must_use]
    pub(crate) fn as_str(self) -> Option<JsonStr<'a>> {
        if self.kind != JsonKind::String {
            return None;
        }
        let inner = self.raw.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
        Some(JsonStr {
            raw: inner,
            at: self.at,
        })
    }

    /// The number as an integer, when this value is a number written as an
    /// integer: an optional `-` and digits, with neither fraction nor
    /// exponent.
    ///
    /// `404` gives `Some(404)`, `-1` gives `Some(-1)` and `-0` gives
    /// `Some(0)`. `404.0` and `4.04e2` give `None`, though they are numbers
    /// (the kind says so): the literal decides, not the value. An integer
    /// beyond `i64` saturates to `i64::MAX` or `i64::MIN`, so comparing it
    /// with any status code still gives the right answer. Not a number:
    /// `None`.
    #[must_use]
    pub(crate) fn integer(self) -> Option<i64> {
        if self.kind != JsonKind::Number {
            return None;
        }
        let (negative, digits) = match self.raw.strip_prefix(b"-") {
            Some(digits) => (true, digits),
            None => (false, self.raw),
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let value = digits.iter().fold(0_i64, |value, &digit| {
            let digit = i64::from(digit - b'0');
            if negative {
                value.saturating_mul(10).saturating_sub(digit)
            } else {
                value.saturating_mul(10).saturating_add(digit)
            }
        });
        Some(value)
    }

    /// The members of this object, in document order; `None` when this
    /// value is not an object.
    #[must_use]
    pub(crate) fn members(self) -> Option<JsonMembers<'a>> {
        (self.kind == JsonKind::Object).then_some(JsonMembers {
            raw: self.raw,
            base: self.at,
            pos: 1,
            done: false,
        })
    }
}

/// One member of an object: its name and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct JsonMember<'a> {
    /// The member name.
    pub(crate) name: JsonStr<'a>,
    /// The member value.
    pub(crate) value: JsonValue<'a>,
}

/// The members of an object, from [`JsonValue::members`].
///
/// Each member value is checked again as it is read, so the walk stays
/// safe (it ends early, never panics) on a [`JsonValue`] that did not come
/// from [`parse`].
#[derive(Clone, Debug)]
pub(crate) struct JsonMembers<'a> {
    /// The object as written, braces included.
    raw: &'a [u8],
    /// The offset of `raw` in the parsed content.
    base: usize,
    /// Where to read on, in `raw`.
    pos: usize,
    /// Whether the closing brace (or anything unexpected) was reached.
    done: bool,
}

impl<'a> Iterator for JsonMembers<'a> {
    type Item = JsonMember<'a>;

    fn next(&mut self) -> Option<JsonMember<'a>> {
        if self.done {
            return None;
        }
        self.done = true;
        let raw = self.raw;
        let mut pos = skip_whitespace(raw, self.pos);
        if raw.get(pos) == Some(&b',') {
            pos = skip_whitespace(raw, pos.saturating_add(1));
        }
        if raw.get(pos) != Some(&b'"') {
            return None;
        }
        let name_end = string_end(raw, pos).ok()?;
        let name = JsonStr {
            raw: raw.get(pos.saturating_add(1)..name_end.saturating_sub(1))?,
            at: self.base.saturating_add(pos),
        };
        let colon = member_name_end(raw, pos).ok()?;
        let start = skip_whitespace(raw, colon);
        let (kind, end) = value_end(raw, start).ok()?;
        let value = JsonValue {
            kind,
            raw: raw.get(start..end)?,
            at: self.base.saturating_add(start),
        };
        self.pos = end;
        self.done = false;
        Some(JsonMember { name, value })
    }
}

/// A JSON string as written, between its quotes, escapes intact, with a
/// view of its text that unescapes as it goes.
///
/// `at` is the offset of the opening quote in the parsed content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct JsonStr<'a> {
    /// The string between its quotes, escapes intact.
    pub(crate) raw: &'a [u8],
    /// The offset of the opening quote in the parsed content.
    pub(crate) at: usize,
}

impl<'a> JsonStr<'a> {
    /// Whether the string is `""`. Every escape stands for at least one
    /// character, so only an empty raw string has empty text.
    #[must_use]
    pub(crate) const fn is_empty(self) -> bool {
        self.raw.is_empty()
    }

    /// Whether the unescaped text is exactly `text`.
    ///
    /// `\uXXXX` escapes are decoded, surrogate pairs included, so
    /// `"\u0073tatus"` equals `"status"`. A lone surrogate equals nothing
    /// `text` can hold.
    #[must_use]
    pub(crate) fn eq_str(self, text: &str) -> bool {
        let mut units = self.units();
        let mut chars = text.chars();
        loop {
            match (units.next(), chars.next()) {
                (None, None) => return true,
                (Some(Unit::Char(left)), Some(right)) if left == right => {}
                _ => return false,
            }
        }
    }

    /// The text, borrowed, when the string has no escapes (the common case:
    /// then the raw bytes are the text).
    #[must_use]
    pub(crate) fn as_plain(self) -> Option<&'a str> {
        if self.raw.contains(&b'\\') {
            return None;
        }
        str::from_utf8(self.raw).ok()
    }

    /// Unescapes the text into `buffer` and returns it; `None` when it does
    /// not fit or holds a lone surrogate.
    ///
    /// For a caller that needs the text as one `&str`, such as a URI parser
    /// reading `"https:\/\/example.com"`, without allocating.
    #[must_use]
    pub(crate) fn decode_into(self, buffer: &mut [u8]) -> Option<&str> {
        let mut len = 0_usize;
        for unit in self.units() {
            let Unit::Char(ch) = unit else {
                return None;
            };
            let end = len.checked_add(ch.len_utf8())?;
            ch.encode_utf8(buffer.get_mut(len..end)?);
            len = end;
        }
        str::from_utf8(buffer.get(..len)?).ok()
    }

    /// The unescaped characters; a lone surrogate, and anything that could
    /// not be decoded, comes out as U+FFFD.
    #[must_use]
    pub(crate) fn chars(self) -> JsonChars<'a> {
        JsonChars {
            units: self.units(),
        }
    }

    /// The decoded units of the string.
    fn units(self) -> Units<'a> {
        match str::from_utf8(self.raw) {
            Ok(text) => Units {
                chars: text.chars(),
                invalid: false,
            },
            Err(_) => Units {
                chars: "".chars(),
                invalid: true,
            },
        }
    }
}

/// One decoded unit of a JSON string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    /// A character.
    Char(char),
    /// A `\uXXXX` surrogate without its other half.
    Lone(u16),
    /// Bytes that are not UTF-8, or a broken escape: the string cannot be
    /// read (never the case for a string from [`parse`]).
    Invalid,
}

/// The decoder behind [`JsonStr`].
#[derive(Clone, Debug)]
struct Units<'a> {
    /// The characters still to read, escapes intact.
    chars: str::Chars<'a>,
    /// Whether the string could not be read at all.
    invalid: bool,
}

impl Units<'_> {
    /// Reads four hex digits from `chars`.
    fn hex4(chars: &mut str::Chars<'_>) -> Option<u16> {
        let mut value = 0_u16;
        for _ in 0..4 {
            let digit = chars.next()?.to_digit(16)?;
            value = value
                .checked_mul(16)?
                .checked_add(u16::try_from(digit).ok()?)?;
        }
        Some(value)
    }

    /// The unit a `\u` escape stands for, after the `\u` (the low half of
    /// a surrogate pair is read too, when it follows).
    fn unicode_escape(&mut self) -> Unit {
        let Some(high) = Self::hex4(&mut self.chars) else {
            return Unit::Invalid;
        };
        if (0xDC00..0xE000).contains(&high) {
            return Unit::Lone(high);
        }
        if !(0xD800..0xDC00).contains(&high) {
            return char::from_u32(u32::from(high)).map_or(Unit::Invalid, Unit::Char);
        }
        let mut ahead = self.chars.clone();
        if ahead.next() == Some('\\') && ahead.next() == Some('u') {
            if let Some(low) = Self::hex4(&mut ahead) {
                if (0xDC00..0xE000).contains(&low) {
                    self.chars = ahead;
                    let scalar =
                        0x1_0000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    return char::from_u32(scalar).map_or(Unit::Invalid, Unit::Char);
                }
            }
        }
        Unit::Lone(high)
    }
}

impl Iterator for Units<'_> {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        if self.invalid {
            self.invalid = false;
            self.chars = "".chars();
            return Some(Unit::Invalid);
        }
        let ch = self.chars.next()?;
        if ch != '\\' {
            return Some(Unit::Char(ch));
        }
        let unit = match self.chars.next() {
            Some(quoted @ ('"' | '\\' | '/')) => Unit::Char(quoted),
            Some('b') => Unit::Char('\u{8}'),
            Some('f') => Unit::Char('\u{C}'),
            Some('n') => Unit::Char('\n'),
            Some('r') => Unit::Char('\r'),
            Some('t') => Unit::Char('\t'),
            Some('u') => self.unicode_escape(),
            _ => Unit::Invalid,
        };
        if unit == Unit::Invalid {
            self.chars = "".chars();
        }
        Some(unit)
    }
}

/// The unescaped characters of a [`JsonStr`], from [`JsonStr::chars`].
#[derive(Clone, Debug)]
pub(crate) struct JsonChars<'a> {
    /// The decoder.
    units: Units<'a>,
}

impl Iterator for JsonChars<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        Some(match self.units.next()? {
            Unit::Char(ch) => ch,
            Unit::Lone(_) | Unit::Invalid => char::REPLACEMENT_CHARACTER,
        })
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    /// Parses a document that must be valid.
    fn valid(content: &str) -> JsonDocument<'_> {
        match parse(content.as_bytes()) {
            Ok(document) => document,
            Err(error) => panic!("{content:?}: {error:?}"),
        }
    }

    #[test]
    fn accepts_every_kind_of_value_at_the_top_level() {
        let cases = [
            ("{}", JsonKind::Object),
            (
                " { \"a\" : [ 1 , -2.5e+3 , true , false , null ] } ",
                JsonKind::Object,
            ),
            ("[]", JsonKind::Array),
            ("[[[]],{}]", JsonKind::Array),
            ("\"text\"", JsonKind::String),
            ("0", JsonKind::Number),
            ("-0.0E-0", JsonKind::Number),
            ("true", JsonKind::True),
            ("false", JsonKind::False),
            ("\r\n\tnull\n", JsonKind::Null),
        ];
        for (content, kind) in cases {
            let document = valid(content);
            assert_eq!(document.root.kind, kind, "{content:?}");
            assert_eq!(document.root.raw, content.trim().as_bytes(), "{content:?}");
            assert!(!document.bom);
        }
    }

    #[test]
    fn rejects_what_the_grammar_does_not_allow() {
        let cases: [(&[u8], usize); 33] = [
            (b"", 0),
            (b"   ", 3),
            (b"{", 1),
            (b"{\"a\"}", 4),
            (b"{\"a\":}", 5),
            (b"{\"a\":1,}", 7),
            (b"{a:1}", 1),
            (b"{'a':1}", 1),
            (b"[1,]", 3),
            (b"[1 2]", 3),
            (b"[1}", 2),
            (b"{\"a\":1]", 6),
            (b"01", 1),
            (b"-", 1),
            (b"+1", 0),
            (b".5", 0),
            (b"1.", 2),
            (b"1e", 2),
            (b"1e+", 3),
            (b"0x10", 1),
            (b"NaN", 0),
            (b"True", 0),
            (b"nul", 0),
            (b"\"a", 2),
            (b"\"a\nb\"", 2),
            (b"\"tab\there\"", 4),
            (b"\"\\x\"", 2),
            (b"\"\\u12g4\"", 3),
            (b"\"\xff\"", 1),
            (b"\"\xc3\"", 1),
            (b"\"\xed\xa0\x80\"", 1),
            (b"{} {}", 3),
            (b"\x00", 0),
        ];
        for (content, at) in cases {
            match parse(content) {
                Err(JsonError::Syntax { at: found, .. }) => {
                    assert_eq!(found, at, "{:?}", content.escape_ascii());
                }
                other => panic!("{:?}: {other:?}", content.escape_ascii()),
            }
        }
    }

    #[test]
    fn skips_and_reports_a_byte_order_mark() {
        let document = match parse(b"\xEF\xBB\xBF {\"a\":1}") {
            Ok(document) => document,
            Err(error) => panic!("{error:?}"),
        };
        assert!(document.bom);
        assert_eq!(document.root.at, 4);
        assert_eq!(document.root.kind, JsonKind::Object);
        assert!(parse(b"\xEF\xBB{}").is_err());
    }

    #[test]
    fn nesting_deeper_than_the_limit_cannot_be_told() {
        let mut deep = [b'['; MAX_DEPTH + 2];
        deep[MAX_DEPTH + 1] = b']';
        assert_eq!(
            parse(&deep),
            Err(JsonError::TooDeep { at: MAX_DEPTH }),
            "too deep is not invalid"
        );

        let mut at_limit = [b']'; 2 * MAX_DEPTH];
        at_limit[..MAX_DEPTH].fill(b'[');
        assert!(parse(&at_limit).is_ok(), "exactly the limit is fine");
    }

    /// The value of the first member of `object` named `name`, found by
    /// walking its members.
    fn member<'a>(object: JsonValue<'a>, name: &str) -> Option<JsonValue<'a>> {
        object
            .members()?
            .find(|member| member.name.eq_str(name))
            .map(|member| member.value)
    }

    #[test]
    fn members_come_in_order_with_their_offsets() {
        let content = r#"{"a": 1, "b" :{"c":[2,{"d":3}]}, "e":"x" }"#;
        let root = valid(content).root;
        let members: [(&str, JsonKind, &str, usize); 3] = [
            ("a", JsonKind::Number, "1", 6),
            ("b", JsonKind::Object, r#"{"c":[2,{"d":3}]}"#, 14),
            ("e", JsonKind::String, "\"x\"", 37),
        ];
        let mut found = root.members().into_iter().flatten();
        for (name, kind, raw, at) in members {
            let member = found.next().unwrap_or_else(|| panic!("no member {name}"));
            assert!(member.name.eq_str(name), "{member:?}");
            assert_eq!(member.value.kind, kind);
            assert_eq!(member.value.raw, raw.as_bytes());
            assert_eq!(member.value.at, at);
            assert_eq!(
                content.as_bytes().get(at..at + raw.len()),
                Some(raw.as_bytes())
            );
        }
        assert_eq!(found.next(), None);
        assert_eq!(
            member(root, "b")
                .and_then(|b| member(b, "c"))
                .map(|c| c.kind),
            Some(JsonKind::Array)
        );
        assert_eq!(member(root, "z"), None);
        assert!(valid("[1]").root.members().is_none());
        assert_eq!(valid("{ }").root.members().map(Iterator::count), Some(0));
    }

    #[test]
    fn integers_are_read_from_the_literal() {
        let cases = [
            ("404", Some(404)),
            ("-1", Some(-1)),
            ("-0", Some(0)),
            ("0", Some(0)),
            ("404.0", None),
            ("4.04e2", None),
            ("404E0", None),
            ("99999999999999999999999", Some(i64::MAX)),
            ("-99999999999999999999999", Some(i64::MIN)),
            ("\"404\"", None),
            ("true", None),
        ];
        for (content, expected) in cases {
            assert_eq!(valid(content).root.integer(), expected, "{content}");
        }
    }

    #[test]
    fn strings_compare_by_their_unescaped_text() {
        let cases = [
            (r#""status""#, "status", true),
            (r#""\u0073tatus""#, "status", true),
            (r#""st\u0041tus""#, "stAtus", true),
            (r#""a\"b\\c\/d""#, "a\"b\\c/d", true),
            (r#""\b\f\n\r\t""#, "\u{8}\u{c}\n\r\t", true),
            (r#""\ud83d\ude00""#, "\u{1F600}", true),
            (r#""\uD83D\uDE00!""#, "\u{1F600}!", true),
            (r#""h\u00e9""#, "hé", true),
            (r#""hé""#, "hé", true),
            (r#""status""#, "Status", false),
            (r#""status""#, "statu", false),
            (r#""statu""#, "status", false),
            (r#""\ud83d""#, "\u{FFFD}", false),
            (r#""\ude00""#, "\u{FFFD}", false),
            (r#""\ud83dx""#, "\u{FFFD}x", false),
            (r#""""#, "", true),
        ];
        for (content, text, equal) in cases {
            let string = valid(content)
                .root
                .as_str()
                .unwrap_or_else(|| panic!("{content}"));
            assert_eq!(string.eq_str(text), equal, "{content} vs {text:?}");
        }
    }

    #[test]
    fn string_views_decode() {
        let string = |content| {
            valid(content)
                .root
                .as_str()
                .unwrap_or_else(|| panic!("{content}"))
        };
        assert!(string(r#""""#).is_empty());
        assert!(!string(r#""\u0000""#).is_empty());
        assert_eq!(string(r#""plain""#).as_plain(), Some("plain"));
        assert_eq!(string(r#""https:\/\/x""#).as_plain(), None);
        let mut buffer = [0_u8; 16];
        assert_eq!(
            string(r#""https:\/\/x""#).decode_into(&mut buffer),
            Some("https://x")
        );
        assert_eq!(string(r#""h\u00e9""#).decode_into(&mut buffer), Some("hé"));
        assert_eq!(string(r#""\ud83d""#).decode_into(&mut buffer), None);
        assert_eq!(
            string(r#""0123456789abcdefg""#).decode_into(&mut buffer),
            None
        );
        assert!(string(r#""a\ud83db""#).chars().eq(['a', '\u{FFFD}', 'b']));
        assert!(string(r#""\u0041\n""#).chars().eq(['A', '\n']));
    }

    #[test]
    fn views_of_a_hand_made_value_stop_instead_of_panicking() {
        let broken = JsonValue {
            kind: JsonKind::Object,
            raw: b"{\"a\":1,\"b\":",
            at: 0,
        };
        assert_eq!(broken.members().map(Iterator::count), Some(1));
        let not_utf8 = JsonStr {
            raw: b"\xff",
            at: 0,
        };
        assert!(!not_utf8.eq_str("\u{FFFD}"));
        assert!(not_utf8.chars().eq(['\u{FFFD}']));
        let bad_number = JsonValue {
            kind: JsonKind::Number,
            raw: b"-",
            at: 0,
        };
        assert_eq!(bad_number.integer(), None);
    }
}
