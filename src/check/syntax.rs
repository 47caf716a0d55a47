//! Strict, allocation-free parsers of the field values the rules read.
//!
//! Every parser takes a field value as the bytes received, `&[u8]`: a
//! value may hold obs-text (0x80 to 0xFF) and, when the sender is broken,
//! any other byte. It first trims the OWS (SP and HTAB) that the field-line
//! grammar allows around a value ([RFC 9110, Section 5.5]), then accepts
//! exactly the grammar of its field and nothing more. Where the grammar
//! lets a recipient be lenient but forbids the sender something (empty list
//! elements, "bad" whitespace), the parser accepts the value and says so,
//! because the checker judges the sender.
//!
//! A value that does not match gives a [`SyntaxError`]: the byte offset in
//! the value as given (before trimming) and a short phrase saying what the
//! grammar wanted there.
//!
//! The building blocks shared by the fields live here:
//!
//! - byte classes: [`is_tchar`], [`is_vchar`], [`is_obs_text`],
//!   [`is_ows`], and [`trim_ows`];
//! - a [`Token`] and a [`Text`] (a token or a quoted string), which
//!   compares its unescaped bytes to a `&str` without allocating;
//! - [`Params`], the `*( OWS ";" OWS parameter )` of Section 5.6.6 and its
//!   two relatives, transfer parameters and link parameters;
//! - the `#rule` list of Section 5.6.1: [`List`], a list checked whole
//!   (elements, commas and empty elements in one pass) whose elements are
//!   then read without errors.
//!
//! Each view is `Copy` and borrows the value: a caller walks a list as many
//! times as it likes by calling `iter` again. The views never copy the
//! value, and every parser runs in one pass over it (a list is walked once
//! to check it and once more each time it is read).
//!
//! [RFC 9110, Section 5.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.5
#![cfg_attr(
    not(test),
    warn(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        reason = "field values come from the network: no input may panic or overflow"
    )
)]

pub(crate) mod bearer;
pub(crate) mod cache_control;
pub(crate) mod challenge;
pub(crate) mod content_length;
pub(crate) mod content_range;
pub(crate) mod date;
pub(crate) mod etag;
pub(crate) mod link;
pub(crate) mod media_type;
pub(crate) mod range;
pub(crate) mod retry_after;
pub(crate) mod tokens;
pub(crate) mod uri;

use core::fmt;
use core::marker::PhantomData;

/// Where a field value stops matching its grammar, and what the grammar
/// wanted there.
///
/// `at` is the byte offset in the value as given to the parser, before the
/// surrounding whitespace was trimmed; `expected` is a short phrase in plain
/// words, such as "a digit" or "a comma or the end of the value". `Display`
/// writes both: `at byte 1, expected a digit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// The offset of the first byte that does not match, or the length of
    /// the value when it ends too early.
    pub(crate) at: usize,
    /// What the grammar wanted at `at`.
    pub(crate) expected: &'static str,
}

impl SyntaxError {
    /// The error at `at`, which wanted `expected`.
    #[must_use]
    pub(crate) const fn new(at: usize, expected: &'static str) -> SyntaxError {
        SyntaxError { at, expected }
    }
}

/// Asserts that `parse` refuses each value of `cases` with the error the
/// case names: the offset, and what the grammar wanted there.
#[cfg(test)]
#[track_caller]
pub(crate) fn refused<'a, T: fmt::Debug + PartialEq>(
    cases: &[(&'a [u8], usize, &'static str)],
    parse: impl Fn(&'a [u8]) -> Result<T, SyntaxError>,
) {
    for &(value, at, expected) in cases {
        assert_eq!(
            parse(value),
            Err(SyntaxError::new(at, expected)),
            "{}",
            value.escape_ascii()
        );
    }
}

/// `at byte 1, expected a digit`.
impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte {}, expected {}", self.at, self.expected)
    }
}

/// Whether `byte` is a `tchar`, a byte of a token: a letter, a digit or one
/// of ``!#$%&'*+-.^_`|~`` ([RFC 9110, Section 5.6.2]).
///
/// [RFC 9110, Section 5.6.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.2
#[must_use]
pub(crate) const fn is_tchar(byte: u8) -> bool {
    in_set(&TCHAR, byte)
}

/// A set of bytes, one flag per byte: looking a byte up is one load,
/// where a list of alternatives would be a chain of comparisons.
type ByteSet = [bool; 256];

/// Whether `byte` is in `set`.
#[allow(
    clippy::indexing_slicing,
    reason = "a u8 is below 256, the length of a ByteSet"
)]
const fn in_set(set: &ByteSet, byte: u8) -> bool {
    set[byte as usize]
}

/// Some ASCII bytes, bit `n` for byte `n`: the readable form of a set,
/// turned into a [`ByteSet`] by [`byte_set`].
type AsciiBits = u128;

/// The bits of the ASCII bytes in `members`.
const fn bits_of(mut members: &[u8]) -> AsciiBits {
    let mut bits = 0;
    while let [first, rest @ ..] = members {
        if *first < 128 {
            bits |= 1_u128.wrapping_shl(*first as u32);
        }
        members = rest;
    }
    bits
}

/// The bits of the ASCII bytes from `first` to `last`.
const fn bits_of_range(first: u8, last: u8) -> AsciiBits {
    let mut bits = 0;
    let mut byte = first;
    while byte <= last && byte < 128 {
        bits |= 1_u128.wrapping_shl(byte as u32);
        byte = byte.wrapping_add(1);
    }
    bits
}

/// The [`ByteSet`] of the bytes in `bits`.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
const fn byte_set(bits: AsciiBits) -> ByteSet {
    let mut set = [false; 256];
    let mut byte: u32 = 0;
    while byte < 128 {
        set[byte as usize] = bits.wrapping_shr(byte) & 1 == 1;
        byte = byte.wrapping_add(1);
    }
    set
}

/// `ALPHA`, the ASCII letters.
const ALPHA: AsciiBits = bits_of_range(b'A', b'Z') | bits_of_range(b'a', b'z');

/// `DIGIT`, the ASCII digits.
const DIGIT: AsciiBits = bits_of_range(b'0', b'9');

/// `tchar`.
const TCHAR: ByteSet = byte_set(ALPHA | DIGIT | bits_of(b"!#$%&'*+-.^_`|~"));

/// `qdtext`: HTAB, SP, `!`, `#` to `[`, `]` to `~`, and obs-text.
const QDTEXT: ByteSet = with_obs_text(byte_set(
    bits_of(b"\t !") | bits_of_range(0x23, 0x5B) | bits_of_range(0x5D, 0x7E),
));

/// `set` with obs-text, 0x80 to 0xFF, added.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
const fn with_obs_text(mut set: ByteSet) -> ByteSet {
    let mut byte: usize = 0x80;
    while byte < 256 {
        set[byte] = true;
        byte = byte.wrapping_add(1);
    }
    set
}

/// Whether `byte` is a `VCHAR`, a visible US-ASCII character, `!` to `~`
/// ([RFC 5234, Appendix B.1]).
///
/// [RFC 5234, Appendix B.1]: https://www.rfc-editor.org/rfc/rfc5234.html#appendix-B.1
#[must_use]
pub(crate) const fn is_vchar(byte: u8) -> bool {
    matches!(byte, 0x21..=0x7E)
}

/// Whether `byte` is `obs-text`, 0x80 to 0xFF, which field values allow
/// for historical reasons ([RFC 9110, Section 5.5]).
///
/// [RFC 9110, Section 5.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.5
#[must_use]
pub(crate) const fn is_obs_text(byte: u8) -> bool {
    byte >= 0x80
}

/// Whether `byte` is one of the two whitespace bytes of OWS, RWS and BWS:
/// SP or HTAB ([RFC 9110, Section 5.6.3]).
///
/// [RFC 9110, Section 5.6.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.3
#[must_use]
pub(crate) const fn is_ows(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t')
}

/// Whether `byte` may follow the backslash of a `quoted-pair`: HTAB, SP, a
/// visible character or obs-text ([RFC 9110, Section 5.6.4]).
///
/// [RFC 9110, Section 5.6.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.4
#[must_use]
const fn is_quotable(byte: u8) -> bool {
    matches!(byte, b'\t' | b' ' | 0x21..=0x7E | 0x80..=0xFF)
}

/// The value without the OWS around it, and the offset where what is kept
/// starts ([RFC 9110, Section 5.5]: a field value does not include leading
/// or trailing whitespace).
///
/// [RFC 9110, Section 5.5]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.5
#[must_use]
pub(crate) const fn trim_ows(value: &[u8]) -> (usize, &[u8]) {
    let mut start: usize = 0;
    let mut rest = value;
    while let [b' ' | b'\t', tail @ ..] = rest {
        rest = tail;
        start = start.saturating_add(1);
    }
    while let [head @ .., b' ' | b'\t'] = rest {
        rest = head;
    }
    (start, rest)
}

/// A position in a field value, and the end of the part being parsed.
///
/// Every offset it reports is an offset in the whole value, so the parts
/// of a list parse with the offsets of the value and no error needs
/// shifting. It never reads past `end` and never panics.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'a> {
    input: &'a [u8],
    pos: usize,
    end: usize,
}

/// A run of ASCII digits read as a number.
#[derive(Clone, Copy, Debug)]
struct Digits {
    /// The number, or `u64::MAX` when it does not fit.
    value: u64,
    /// Whether the number did not fit in a `u64`.
    overflow: bool,
    /// How many digits there were.
    len: usize,
}

impl<'a> Cursor<'a> {
    /// The whole value, without the OWS around it.
    fn trimmed(value: &'a [u8]) -> Cursor<'a> {
        let (start, kept) = trim_ows(value);
        Cursor {
            input: value,
            pos: start,
            end: start.saturating_add(kept.len()),
        }
    }

    /// The part `start..end` of `input`, as offsets in `input`.
    const fn span(input: &'a [u8], start: usize, end: usize) -> Cursor<'a> {
        let end = if end > input.len() { input.len() } else { end };
        let pos = if start > end { end } else { start };
        Cursor { input, pos, end }
    }

    /// The byte at the position, if the part goes on.
    fn peek(&self) -> Option<u8> {
        if self.pos < self.end {
            self.input.get(self.pos).copied()
        } else {
            None
        }
    }

    /// The byte `ahead` bytes after the position, if the part goes that
    /// far.
    fn peek_at(&self, ahead: usize) -> Option<u8> {
        let at = self.pos.checked_add(ahead)?;
        if at < self.end {
            self.input.get(at).copied()
        } else {
            None
        }
    }

    /// Whether the part has been read to its end.
    const fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    /// Moves one byte on, unless at the end.
    fn bump(&mut self) {
        if self.pos < self.end {
            self.pos = self.pos.saturating_add(1);
        }
    }

    /// Moves past `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.bump();
        }
        found
    }

    /// Moves past `byte`, or fails with `expected` where it is missing.
    fn expect(&mut self, byte: u8, expected: &'static str) -> Result<(), SyntaxError> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.error(expected))
        }
    }

    /// What is left of the part.
    fn rest(&self) -> &'a [u8] {
        self.slice(self.pos, self.end)
    }

    /// Moves past the bytes that match `class`, and returns them.
    fn eat_while(&mut self, class: impl Fn(u8) -> bool) -> &'a [u8] {
        let rest = self.rest();
        let len = rest
            .iter()
            .position(|&byte| !class(byte))
            .unwrap_or(rest.len());
        self.pos = self.pos.saturating_add(len);
        rest.get(..len).unwrap_or_default()
    }

    /// Moves past OWS, and says how many bytes it was.
    fn skip_ows(&mut self) -> usize {
        self.eat_while(is_ows).len()
    }

    /// The bytes `from..to` of the value, or nothing if that is not a
    /// range of it.
    fn slice(&self, from: usize, to: usize) -> &'a [u8] {
        self.input.get(from..to).unwrap_or_default()
    }

    /// The error at the position.
    const fn error(&self, expected: &'static str) -> SyntaxError {
        SyntaxError::new(self.pos, expected)
    }

    /// Fails with `expected` unless the part has been read to its end.
    fn finish(&self, expected: &'static str) -> Result<(), SyntaxError> {
        if self.at_end() {
            Ok(())
        } else {
            Err(self.error(expected))
        }
    }

    /// Moves past OWS, then fails with `expected` unless the part has been
    /// read to its end.
    fn finish_after_ows(&mut self, expected: &'static str) -> Result<(), SyntaxError> {
        self.skip_ows();
        self.finish(expected)
    }

    /// Moves past a token, if one comes next.
    fn token(&mut self) -> Option<Token<'a>> {
        let at = self.pos;
        let bytes = self.eat_while(is_tchar);
        (!bytes.is_empty()).then_some(Token { at, bytes })
    }

    /// Moves past a token, or fails with `expected` where it is missing.
    fn expect_token(&mut self, expected: &'static str) -> Result<Token<'a>, SyntaxError> {
        self.token().ok_or_else(|| self.error(expected))
    }

    /// Moves past a quoted string ([RFC 9110, Section 5.6.4]), which starts
    /// at the position.
    ///
    /// [RFC 9110, Section 5.6.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.4
    fn quoted_string(&mut self) -> Result<Text<'a>, SyntaxError> {
        self.expect(b'"', "a double quote")?;
        let start = self.pos;
        let rest = self.rest();
        let mut len: usize = 0;
        let problem = loop {
            // Skip the run of qdtext, then see what stopped it.
            let run = rest.get(len..).unwrap_or_default();
            len = len.saturating_add(
                run.iter()
                    .position(|&byte| !in_set(&QDTEXT, byte))
                    .unwrap_or(run.len()),
            );
            match rest.get(len) {
                Some(b'"') => break None,
                Some(b'\\') => match rest.get(len.saturating_add(1)) {
                    Some(&byte) if is_quotable(byte) => len = len.saturating_add(2),
                    _ => {
                        len = len.saturating_add(1);
                        break Some("a printable character after the backslash");
                    }
                },
                Some(_) => break Some("a printable character or a closing double quote"),
                None => break Some("a closing double quote"),
            }
        };
        self.pos = start.saturating_add(len);
        if let Some(expected) = problem {
            return Err(self.error(expected));
        }
        let raw = self.slice(start, self.pos);
        self.bump();
        Ok(Text {
            at: start,
            raw,
            quoted: true,
        })
    }

    /// Moves past a token or a quoted string, or fails with `expected`
    /// where neither starts.
    fn token_or_quoted_string(&mut self, expected: &'static str) -> Result<Text<'a>, SyntaxError> {
        if self.peek() == Some(b'"') {
            return self.quoted_string();
        }
        match self.token() {
            Some(token) => Ok(Text::from(token)),
            None => Err(self.error(expected)),
        }
    }

    /// Moves past a run of ASCII digits, which may be empty, and reads it
    /// as a number that saturates at `u64::MAX`.
    fn digits(&mut self) -> Digits {
        let digits = self.eat_while(|byte| byte.is_ascii_digit());
        let value = digits.iter().try_fold(0_u64, |value, &digit| {
            value
                .checked_mul(10)
                .and_then(|tens| tens.checked_add(u64::from(digit.wrapping_sub(b'0'))))
        });
        Digits {
            value: value.unwrap_or(u64::MAX),
            overflow: value.is_none(),
            len: digits.len(),
        }
    }

    /// Moves past `1*DIGIT` and reads it as a number that saturates, or
    /// fails with `expected` where no digit comes.
    fn expect_digits(&mut self, expected: &'static str) -> Result<Digits, SyntaxError> {
        let digits = self.digits();
        if digits.len == 0 {
            return Err(self.error(expected));
        }
        Ok(digits)
    }
}

/// The phrase for a number that does not fit in a `u64`.
const FITS_U64: &str = "a number no larger than 18446744073709551615";

/// Moves past `1*DIGIT` that must fit in a `u64`, or fails: with
/// `expected` where no digit comes, with [`FITS_U64`] at the first digit of
/// a number too large.
fn expect_u64(cursor: &mut Cursor<'_>, expected: &'static str) -> Result<u64, SyntaxError> {
    let at = cursor.pos;
    let digits = cursor.expect_digits(expected)?;
    if digits.overflow {
        return Err(SyntaxError::new(at, FITS_U64));
    }
    Ok(digits.value)
}

/// A `token` ([RFC 9110, Section 5.6.2]): one or more `tchar`s, all of
/// them ASCII, borrowed from the field value.
///
/// Whether tokens compare with or without case depends on the field:
/// methods are case-sensitive, field names, range units, transfer codings,
/// authentication schemes and parameter names are not.
///
/// [RFC 9110, Section 5.6.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.2
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    at: usize,
    bytes: &'a [u8],
}

impl<'a> Token<'a> {
    /// The token's bytes.
    #[cfg(test)]
    #[must_use]
    pub(crate) const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The token as a string: a token is ASCII, so this never loses
    /// anything.
    #[must_use]
    pub(crate) fn as_str(&self) -> &'a str {
        core::str::from_utf8(self.bytes).unwrap_or_default()
    }

    /// Whether the token is `other`, byte for byte.
    #[must_use]
    pub(crate) fn eq_str(&self, other: &str) -> bool {
        self.bytes == other.as_bytes()
    }

    /// Whether the token is `other`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        self.bytes.eq_ignore_ascii_case(other.as_bytes())
    }
}

/// A value written either as a token or as a quoted string, as parameter
/// values are ([RFC 9110, Section 5.6.6]: "the quoted and unquoted values
/// are equivalent").
///
/// It keeps the bytes as written and unescapes them on the fly: a
/// `quoted-pair` (`\` and a byte) stands for the byte after the backslash
/// ([RFC 9110, Section 5.6.4]). [`Text::bytes`] walks the unescaped bytes,
/// and the comparisons work on them, without allocating.
///
/// [RFC 9110, Section 5.6.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.4
/// [RFC 9110, Section 5.6.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.6
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Text<'a> {
    /// The offset of the first byte of `raw`, after the opening double
    /// quote of a quoted string.
    at: usize,
    /// The bytes as written, without the double quotes.
    raw: &'a [u8],
    /// Whether `raw` is (part of) the inside of a quoted string, where a
    /// backslash escapes the byte after it.
    quoted: bool,
}

impl<'a> From<Token<'a>> for Text<'a> {
    /// The token, as a value that is not quoted.
    fn from(token: Token<'a>) -> Text<'a> {
        Text {
            at: token.at,
            raw: token.bytes,
            quoted: false,
        }
    }
}

impl<'a> Text<'a> {
    /// The offset in the field value of the first byte of [`Text::raw`]:
    /// the byte after the opening double quote of a quoted string.
    #[must_use]
    pub(crate) const fn at(&self) -> usize {
        self.at
    }

    /// Whether the value was written as a quoted string.
    #[must_use]
    pub(crate) const fn is_quoted(&self) -> bool {
        self.quoted
    }

    /// The bytes as written, without the double quotes but with any
    /// backslashes.
    #[must_use]
    pub(crate) const fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// The unescaped bytes of the value.
    #[must_use]
    pub(crate) const fn bytes(&self) -> Unescaped<'a> {
        Unescaped {
            raw: self.raw,
            at: self.at,
            quoted: self.quoted,
        }
    }

    /// Whether the value has no bytes (`""`; a token is never empty).
    #[must_use]
    pub(crate) const fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// Whether the unescaped value is `other`, byte for byte.
    #[must_use]
    pub(crate) fn eq_str(&self, other: &str) -> bool {
        self.bytes().eq(other.bytes())
    }

    /// Whether the unescaped value is `other`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        self.bytes()
            .map(|byte| byte.to_ascii_lowercase())
            .eq(other.bytes().map(|byte| byte.to_ascii_lowercase()))
    }

    /// The parts of the value between runs of spaces, as the `rel` of a
    /// link and the `scope` of a Bearer challenge are written (`1*SP`
    /// between items); spaces at either end give no empty part.
    #[must_use]
    pub(crate) const fn words(&self) -> Words<'a> {
        Words { rest: self.bytes() }
    }
}

/// The unescaped bytes of a [`Text`], from [`Text::bytes`].
#[derive(Clone, Debug)]
pub(crate) struct Unescaped<'a> {
    /// What is left, as written.
    raw: &'a [u8],
    /// The offset of `raw` in the field value.
    at: usize,
    quoted: bool,
}

impl Unescaped<'_> {
    /// The next byte and its offset in the field value: for an escaped
    /// byte, the offset of its backslash.
    pub(crate) fn next_with_offset(&mut self) -> Option<(usize, u8)> {
        let at = self.at;
        let (byte, rest) = match self.raw {
            [b'\\', byte, rest @ ..] if self.quoted => (*byte, rest),
            [byte, rest @ ..] => (*byte, rest),
            [] => return None,
        };
        let used = self.raw.len().saturating_sub(rest.len());
        self.raw = rest;
        self.at = self.at.saturating_add(used);
        Some((at, byte))
    }

    /// The offset in the field value of the next byte.
    #[must_use]
    pub(crate) const fn offset(&self) -> usize {
        self.at
    }
}

impl Iterator for Unescaped<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        self.next_with_offset().map(|(_, byte)| byte)
    }
}

/// The parts of a [`Text`] between runs of spaces, from [`Text::words`].
#[derive(Clone, Debug)]
pub(crate) struct Words<'a> {
    rest: Unescaped<'a>,
}

impl<'a> Iterator for Words<'a> {
    type Item = Text<'a>;

    fn next(&mut self) -> Option<Text<'a>> {
        loop {
            let mut ahead = self.rest.clone();
            match ahead.next() {
                Some(b' ') => self.rest = ahead,
                Some(_) => break,
                None => return None,
            }
        }
        let start = self.rest.clone();
        loop {
            let mut ahead = self.rest.clone();
            match ahead.next() {
                Some(b' ') | None => break,
                Some(_) => self.rest = ahead,
            }
        }
        let used = start.raw.len().saturating_sub(self.rest.raw.len());
        Some(Text {
            at: start.at,
            raw: start.raw.get(..used).unwrap_or_default(),
            // A part of a quoted string unescapes like the whole.
            quoted: start.quoted,
        })
    }
}

/// Which of the three parameter grammars a list of parameters follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamGrammar {
    /// `parameters = *( OWS ";" OWS [ parameter ] )` with `parameter =
    /// parameter-name "=" parameter-value` ([RFC 9110, Section 5.6.6]):
    /// no whitespace around `=`, a value always, empty parameters allowed.
    ///
    /// [RFC 9110, Section 5.6.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.6
    Parameters,
    /// `*( OWS ";" OWS transfer-parameter )` with `transfer-parameter =
    /// token BWS "=" BWS ( token / quoted-string )` ([RFC 9110, Section
    /// 10.1.4]).
    ///
    /// [RFC 9110, Section 10.1.4]: https://www.rfc-editor.org/rfc/rfc9110.html#section-10.1.4
    Transfer,
    /// `*( OWS ";" OWS link-param )` with `link-param = token BWS [ "="
    /// BWS ( token / quoted-string ) ]` ([RFC 8288, Section 3]): the value
    /// is optional.
    ///
    /// [RFC 8288, Section 3]: https://www.rfc-editor.org/rfc/rfc8288.html#section-3
    Link,
}

impl ParamGrammar {
    /// Whether BWS may surround the `=`.
    const fn allows_bws(self) -> bool {
        !matches!(self, ParamGrammar::Parameters)
    }

    /// Whether a parameter may have no value.
    const fn value_is_optional(self) -> bool {
        matches!(self, ParamGrammar::Link)
    }

    /// Whether `;` may follow `;` with no parameter between.
    const fn allows_empty(self) -> bool {
        matches!(self, ParamGrammar::Parameters)
    }
}

/// One parameter: a name and, unless it is a link parameter without one, a
/// value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Param<'a> {
    name: Token<'a>,
    value: Option<Text<'a>>,
    /// Whether the sender wrote whitespace around the `=`: BWS, which the
    /// grammar accepts and a sender must not generate ([RFC 9110, Section
    /// 5.6.3]).
    ///
    /// [RFC 9110, Section 5.6.3]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.3
    bws: bool,
}

impl<'a> Param<'a> {
    /// The name; parameter names are case-insensitive.
    #[must_use]
    pub(crate) const fn name(&self) -> Token<'a> {
        self.name
    }

    /// The value, `None` only for a link parameter written without one.
    #[must_use]
    pub(crate) const fn value(&self) -> Option<Text<'a>> {
        self.value
    }
}

/// Moves past one `token "=" ( token / quoted-string )`, with BWS around
/// `=` if `bws`, and with no `=` and no value allowed if
/// `value_is_optional`.
fn param<'a>(
    cursor: &mut Cursor<'a>,
    bws: bool,
    value_is_optional: bool,
) -> Result<Param<'a>, SyntaxError> {
    let name = cursor.expect_token("a parameter name")?;
    let before_bws = *cursor;
    let mut spaced = bws && cursor.skip_ows() > 0;
    if !cursor.eat(b'=') {
        if value_is_optional {
            // Whitespace there is the OWS before the next ";", not BWS.
            *cursor = before_bws;
            return Ok(Param {
                name,
                value: None,
                bws: false,
            });
        }
        if !bws && cursor.peek().is_some_and(is_ows) {
            return Err(cursor.error("'=' right after the parameter name, without spaces"));
        }
        return Err(cursor.error("'=' after the parameter name"));
    }
    if bws {
        spaced |= cursor.skip_ows() > 0;
    } else if cursor.peek().is_some_and(is_ows) {
        return Err(cursor.error("a value right after '=', without spaces"));
    }
    let value = cursor.token_or_quoted_string("a token or a quoted string after '='")?;
    Ok(Param {
        name,
        value: Some(value),
        bws: spaced,
    })
}

/// Moves past `*( OWS ";" OWS parameter )` in one of the three grammars,
/// up to the first OWS that is not followed by `;`.
fn params<'a>(cursor: &mut Cursor<'a>, grammar: ParamGrammar) -> Result<Params<'a>, SyntaxError> {
    let start = cursor.pos;
    let mut walk = ParamIter {
        cursor: *cursor,
        grammar,
    };
    while walk.advance()?.is_some() {}
    // `advance` stops before the OWS that does not lead to a ";".
    *cursor = walk.cursor;
    Ok(Params {
        input: cursor.input,
        start,
        end: cursor.pos,
        grammar,
    })
}

/// The parameters after a media type, a transfer coding or a link target,
/// checked whole when the field was parsed ([RFC 9110, Section 5.6.6]).
///
/// It is `Copy`: [`Params::iter`] walks them as often as needed.
///
/// [RFC 9110, Section 5.6.6]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.6
#[derive(Clone, Copy, Debug)]
pub(crate) struct Params<'a> {
    input: &'a [u8],
    start: usize,
    end: usize,
    grammar: ParamGrammar,
}

impl<'a> Params<'a> {
    /// The parameters, in order.
    #[must_use]
    pub(crate) const fn iter(&self) -> ParamIter<'a> {
        ParamIter {
            cursor: Cursor::span(self.input, self.start, self.end),
            grammar: self.grammar,
        }
    }

    /// The first parameter named `name`, ignoring ASCII case as parameter
    /// names do.
    #[must_use]
    pub(crate) fn get(&self, name: &str) -> Option<Param<'a>> {
        self.iter()
            .find(|param| param.name.eq_ignore_ascii_case(name))
    }

    /// How many parameters are named `name`, ignoring ASCII case.
    #[must_use]
    pub(crate) fn count(&self, name: &str) -> usize {
        self.iter()
            .filter(|param| param.name.eq_ignore_ascii_case(name))
            .count()
    }
}

impl<'a> IntoIterator for Params<'a> {
    type Item = Param<'a>;
    type IntoIter = ParamIter<'a>;

    fn into_iter(self) -> ParamIter<'a> {
        self.iter()
    }
}

/// The parameters of a [`Params`], in order.
#[derive(Clone, Debug)]
pub(crate) struct ParamIter<'a> {
    cursor: Cursor<'a>,
    grammar: ParamGrammar,
}

impl<'a> ParamIter<'a> {
    /// Moves past the next `OWS ";" OWS parameter`, skipping empty
    /// parameters where the grammar allows them; `None` where no `;`
    /// follows, and then the cursor has not moved past the OWS.
    fn advance(&mut self) -> Result<Option<Param<'a>>, SyntaxError> {
        loop {
            let mut ahead = self.cursor;
            ahead.skip_ows();
            if !ahead.eat(b';') {
                return Ok(None);
            }
            ahead.skip_ows();
            if self.grammar.allows_empty() && matches!(ahead.peek(), None | Some(b';')) {
                self.cursor = ahead;
                continue;
            }
            let param = param(
                &mut ahead,
                self.grammar.allows_bws(),
                self.grammar.value_is_optional(),
            )?;
            self.cursor = ahead;
            return Ok(Some(param));
        }
    }
}

impl<'a> Iterator for ParamIter<'a> {
    type Item = Param<'a>;

    fn next(&mut self) -> Option<Param<'a>> {
        self.advance().ok().flatten()
    }
}

/// An element of a list-based field: how to read one.
pub(crate) trait Element<'a>: Sized {
    /// What the grammar wants where an element is followed by neither a
    /// comma nor the end of the value, such as "a comma or the end of the
    /// value".
    const AFTER: &'static str;

    /// Moves past one element that starts at the cursor (not at OWS, not
    /// at a comma), up to where its grammar ends. `expected` is the phrase
    /// for an element that does not start as one ("a method").
    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError>;
}

/// What a walk through a list finds next.
#[derive(Clone, Copy, Debug)]
enum Slot<T> {
    /// An element.
    Element(T),
    /// An empty element, at this offset.
    Empty(usize),
}

/// A walk through a list ([RFC 9110, Section 5.6.1.2]: `[ element ] *(
/// OWS "," OWS [ element ] )`), one element or empty element at a time.
///
/// [RFC 9110, Section 5.6.1.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.1.2
#[derive(Clone, Copy, Debug)]
struct Walk<'a> {
    cursor: Cursor<'a>,
    /// Whether a comma has been passed, so that the end of the value
    /// closes an empty element.
    after_comma: bool,
    done: bool,
}

impl<'a> Walk<'a> {
    /// A walk from the cursor, which must not be at OWS, to its end.
    const fn new(cursor: Cursor<'a>) -> Walk<'a> {
        Walk {
            cursor,
            after_comma: false,
            done: false,
        }
    }

    /// The next element or empty element, read with `read`; `after` is
    /// the phrase for what must follow an element.
    fn next_with<T>(
        &mut self,
        after: &'static str,
        read: impl FnOnce(&mut Cursor<'a>) -> Result<T, SyntaxError>,
    ) -> Result<Option<Slot<T>>, SyntaxError> {
        if self.done {
            return Ok(None);
        }
        self.cursor.skip_ows();
        match self.cursor.peek() {
            None => {
                self.done = true;
                Ok(self.after_comma.then_some(Slot::Empty(self.cursor.pos)))
            }
            Some(b',') => {
                let at = self.cursor.pos;
                self.cursor.bump();
                self.after_comma = true;
                Ok(Some(Slot::Empty(at)))
            }
            Some(_) => {
                let element = read(&mut self.cursor)?;
                self.cursor.skip_ows();
                if self.cursor.at_end() {
                    self.done = true;
                } else if self.cursor.eat(b',') {
                    self.after_comma = true;
                } else {
                    return Err(self.cursor.error(after));
                }
                Ok(Some(Slot::Element(element)))
            }
        }
    }

    /// The next element or empty element of a list of `T`.
    fn next<T: Element<'a>>(
        &mut self,
        expected: &'static str,
    ) -> Result<Option<Slot<T>>, SyntaxError> {
        self.next_with(T::AFTER, |cursor| T::parse(cursor, expected))
    }
}

/// A list-based field value (`#element` or `1#element`, [RFC 9110,
/// Section 5.6.1]), checked whole when it was parsed.
///
/// Empty elements are accepted, as a recipient must, and counted, so that
/// the caller can tell the sender it must not generate them. It is `Copy`:
/// [`List::iter`] reads the elements as often as needed, without errors.
///
/// [RFC 9110, Section 5.6.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.1
pub(crate) struct List<'a, T> {
    cursor: Cursor<'a>,
    len: usize,
    /// How many empty elements there are ([RFC 9110, Section 5.6.1.1]: a
    /// sender must not generate them).
    ///
    /// [RFC 9110, Section 5.6.1.1]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.1.1
    empty: usize,
    first_empty: Option<usize>,
    element: PhantomData<fn() -> T>,
}

impl<T> Clone for List<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<'_, T> {}

impl<T> fmt::Debug for List<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("value", &self.cursor.rest())
            .field("len", &self.len)
            .field("empty", &self.empty)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Element<'a>> List<'a, T> {
    /// Checks the whole value as a `#element` list, or as a `1#element`
    /// list when `at_least_one` is set: then a list with no element fails
    /// with `expected`.
    fn parse(
        value: &'a [u8],
        expected: &'static str,
        at_least_one: bool,
    ) -> Result<Self, SyntaxError> {
        List::parse_from(Cursor::trimmed(value), expected, at_least_one)
    }

    /// Like [`List::parse`], from the cursor, which must not be at OWS, to
    /// its end.
    fn parse_from(
        cursor: Cursor<'a>,
        expected: &'static str,
        at_least_one: bool,
    ) -> Result<Self, SyntaxError> {
        let mut list = List {
            cursor,
            len: 0,
            empty: 0,
            first_empty: None,
            element: PhantomData,
        };
        let mut walk = Walk::new(cursor);
        while let Some(slot) = walk.next::<T>(expected)? {
            match slot {
                Slot::Element(_) => list.len = list.len.saturating_add(1),
                Slot::Empty(at) => {
                    list.empty = list.empty.saturating_add(1);
                    if list.first_empty.is_none() {
                        list.first_empty = Some(at);
                    }
                }
            }
        }
        if at_least_one && list.len == 0 {
            return Err(cursor.error(expected));
        }
        Ok(list)
    }

    /// The elements, in order, without the empty ones.
    #[must_use]
    pub(crate) const fn iter(&self) -> ListIter<'a, T> {
        ListIter {
            walk: Walk::new(self.cursor),
            element: PhantomData,
        }
    }
}

impl<T> List<'_, T> {
    /// How many elements there are, not counting empty ones.
    #[must_use]
    pub(crate) const fn len(&self) -> usize {
        self.len
    }

    /// The offset of the first empty element, if there is one.
    #[must_use]
    pub(crate) const fn first_empty_element(&self) -> Option<usize> {
        self.first_empty
    }
}

impl<'a, T: Element<'a>> IntoIterator for List<'a, T> {
    type Item = T;
    type IntoIter = ListIter<'a, T>;

    fn into_iter(self) -> ListIter<'a, T> {
        self.iter()
    }
}

/// The elements of a [`List`], in order.
pub(crate) struct ListIter<'a, T> {
    walk: Walk<'a>,
    element: PhantomData<fn() -> T>,
}

impl<T> Clone for ListIter<'_, T> {
    fn clone(&self) -> Self {
        ListIter {
            walk: self.walk,
            element: PhantomData,
        }
    }
}

impl<T> fmt::Debug for ListIter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListIter")
            .field("walk", &self.walk)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Element<'a>> Iterator for ListIter<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        // The list was checked whole: no element fails.
        loop {
            match self.walk.next::<T>("").ok()?? {
                Slot::Element(element) => return Some(element),
                Slot::Empty(_) => {}
            }
        }
    }
}

/// A token alone is an element: a method, a connection option, a field
/// name.
impl<'a> Element<'a> for Token<'a> {
    const AFTER: &'static str = "a comma or the end of the value";

    fn parse(cursor: &mut Cursor<'a>, expected: &'static str) -> Result<Self, SyntaxError> {
        cursor.expect_token(expected)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::prelude::rust_2024::*;
    use std::{format, vec};

    use super::*;

    #[test]
    fn byte_classes_follow_the_rfc() {
        let tchar_specials = b"!#$%&'*+-.^_`|~";
        let delimiters = b"\"(),/:;<=>?@[\\]{}";
        for byte in 0..=u8::MAX {
            let expected_tchar = byte.is_ascii_alphanumeric() || tchar_specials.contains(&byte);
            assert_eq!(is_tchar(byte), expected_tchar, "{byte:#04x}");
            assert_eq!(is_vchar(byte), byte.is_ascii_graphic(), "{byte:#04x}");
            assert_eq!(is_obs_text(byte), !byte.is_ascii(), "{byte:#04x}");
            assert_eq!(is_ows(byte), byte == b' ' || byte == b'\t', "{byte:#04x}");
            // Section 5.6.2: a VCHAR is a tchar unless it is a delimiter.
            if is_vchar(byte) {
                assert_eq!(is_tchar(byte), !delimiters.contains(&byte), "{byte:#04x}");
            }
            let expected_qdtext = byte == b'\t'
                || byte == b' '
                || (is_vchar(byte) && byte != b'"' && byte != b'\\')
                || is_obs_text(byte);
            assert_eq!(in_set(&QDTEXT, byte), expected_qdtext, "{byte:#04x}");
        }
    }

    #[test]
    fn trimming() {
        assert_eq!(trim_ows(b" \t a b \t "), (3, &b"a b"[..]));
        assert_eq!(trim_ows(b""), (0, &b""[..]));
        assert_eq!(trim_ows(b" \t "), (3, &b""[..]));
        // Only SP and HTAB are OWS.
        assert_eq!(trim_ows(b"\r\na\n"), (0, &b"\r\na\n"[..]));
    }

    #[test]
    fn the_error_reads_as_a_sentence() {
        let error = SyntaxError::new(1, "a digit");
        assert_eq!(format!("{error}"), "at byte 1, expected a digit");
    }

    /// A value that is exactly one token, read as the parsers read one.
    fn single_token(value: &[u8]) -> Result<Token<'_>, SyntaxError> {
        let mut cursor = Cursor::trimmed(value);
        let token = cursor.expect_token("a token")?;
        cursor.finish("the end of the value")?;
        Ok(token)
    }

    /// A value that is exactly one quoted string, read as the parsers read
    /// one.
    fn quoted(value: &[u8]) -> Result<Text<'_>, SyntaxError> {
        let mut cursor = Cursor::trimmed(value);
        let text = cursor.quoted_string()?;
        cursor.finish("the end of the value")?;
        Ok(text)
    }

    #[test]
    fn single_tokens() {
        assert_eq!(
            single_token(b" gzip "),
            Ok(Token {
                at: 1,
                bytes: b"gzip"
            })
        );
        assert_eq!(single_token(b""), Err(SyntaxError::new(0, "a token")));
        assert_eq!(
            single_token(b"a b"),
            Err(SyntaxError::new(1, "the end of the value"))
        );
        assert_eq!(
            single_token(b"a/b"),
            Err(SyntaxError::new(1, "the end of the value"))
        );
        assert_eq!(single_token(b"\xe9"), Err(SyntaxError::new(0, "a token")));
        assert_eq!(quoted(b"abc"), Err(SyntaxError::new(0, "a double quote")));
    }

    #[test]
    fn quoted_strings() {
        let cases: [(&[u8], &[u8]); 6] = [
            (b"\"\"", b""),
            (b"\"a b\tc\"", b"a b\tc"),
            (b"\"say \\\"hi\\\"\"", b"say \"hi\""),
            (b"\"back\\\\slash\"", b"back\\slash"),
            (b"\"\\a\\\xff\xe9\"", b"a\xff\xe9"),
            (b"\"a,b;c=d\"", b"a,b;c=d"),
        ];
        for (value, unescaped) in cases {
            let text = quoted(value).unwrap();
            assert!(text.is_quoted());
            assert_eq!(
                text.bytes().collect::<Vec<u8>>(),
                unescaped,
                "{}",
                value.escape_ascii()
            );
            assert_eq!(text.at(), 1);
        }
        let errors: [(&[u8], usize, &str); 5] = [
            (b"\"abc", 4, "a closing double quote"),
            (b"\"abc\\", 5, "a printable character after the backslash"),
            (
                b"\"a\x00b\"",
                2,
                "a printable character or a closing double quote",
            ),
            (
                b"\"a\\\x7f\"",
                3,
                "a printable character after the backslash",
            ),
            (b"\"a\"b", 3, "the end of the value"),
        ];
        refused(&errors, quoted);
    }

    #[test]
    fn text_comparisons() {
        let text = quoted(b"\"Sa\\y \\\"Hi\\\"\"").unwrap();
        assert!(text.eq_str("Say \"Hi\""));
        assert!(!text.eq_str("say \"hi\""));
        assert!(text.eq_ignore_ascii_case("SAY \"hi\""));
        assert!(!text.eq_ignore_ascii_case("Say \"Hi\" "));
        assert!(!text.eq_str("Say"));
        let token = Text::from(Token {
            at: 4,
            bytes: b"UTF-8",
        });
        assert!(token.eq_str("UTF-8") && token.eq_ignore_ascii_case("utf-8"));
        assert!(!token.is_quoted() && token.raw() == b"UTF-8");
        assert!(text.is_quoted());
    }

    #[test]
    fn words_split_on_spaces() {
        let text = quoted(b"\" preload  style\\sheet next \"").unwrap();
        let words: Vec<(usize, Vec<u8>)> = text
            .words()
            .map(|word| (word.at(), word.bytes().collect()))
            .collect();
        assert_eq!(
            words,
            [
                (2, b"preload".to_vec()),
                (11, b"stylesheet".to_vec()),
                (23, b"next".to_vec())
            ]
        );
        assert_eq!(quoted(b"\"   \"").unwrap().words().count(), 0);
    }

    fn parse_params(
        value: &[u8],
        grammar: ParamGrammar,
    ) -> Result<Vec<(String, Option<String>, bool)>, SyntaxError> {
        let mut cursor = Cursor::trimmed(value);
        let parsed = params(&mut cursor, grammar)?;
        cursor.finish_after_ows("the end")?;
        Ok(parsed
            .iter()
            .map(|param| {
                let value = param
                    .value()
                    .map(|value| String::from_utf8(value.bytes().collect()).unwrap());
                (param.name().as_str().to_owned(), value, param.bws)
            })
            .collect())
    }

    #[test]
    fn the_three_parameter_grammars() {
        use ParamGrammar::{Link, Parameters, Transfer};
        let owned = |name: &str, value: Option<&str>, bws: bool| {
            (name.to_owned(), value.map(str::to_owned), bws)
        };
        assert_eq!(
            parse_params(b";a=1 ; b=\"x;y\";;  ;c=d", Parameters),
            Ok(vec![
                owned("a", Some("1"), false),
                owned("b", Some("x;y"), false),
                owned("c", Some("d"), false)
            ])
        );
        assert_eq!(parse_params(b";", Parameters), Ok(vec![]));
        assert_eq!(parse_params(b"", Parameters), Ok(vec![]));
        assert_eq!(
            parse_params(b"; a =1", Parameters),
            Err(SyntaxError::new(
                3,
                "'=' right after the parameter name, without spaces"
            ))
        );
        assert_eq!(
            parse_params(b";a= 1", Parameters),
            Err(SyntaxError::new(
                3,
                "a value right after '=', without spaces"
            ))
        );
        assert_eq!(
            parse_params(b";a", Parameters),
            Err(SyntaxError::new(2, "'=' after the parameter name"))
        );
        assert_eq!(
            parse_params(b";=1", Parameters),
            Err(SyntaxError::new(1, "a parameter name"))
        );
        assert_eq!(
            parse_params(b"; a = 1;b=2", Transfer),
            Ok(vec![
                owned("a", Some("1"), true),
                owned("b", Some("2"), false)
            ])
        );
        assert_eq!(
            parse_params(b";;a=1", Transfer),
            Err(SyntaxError::new(1, "a parameter name"))
        );
        assert_eq!(
            parse_params(b";a", Transfer),
            Err(SyntaxError::new(2, "'=' after the parameter name"))
        );
        assert_eq!(
            parse_params(b"; rel ; a\t=\t\"b\"", Link),
            Ok(vec![owned("rel", None, false), owned("a", Some("b"), true)])
        );
        assert_eq!(
            parse_params(b";a=\"b", Link),
            Err(SyntaxError::new(5, "a closing double quote"))
        );
    }

    #[test]
    fn parameter_lookup() {
        let mut cursor = Cursor::trimmed(b";Charset=utf-8;q=1;charset=x");
        let parsed = params(&mut cursor, ParamGrammar::Parameters).unwrap();
        assert!(
            parsed
                .get("CHARSET")
                .unwrap()
                .value()
                .unwrap()
                .eq_str("utf-8")
        );
        assert_eq!(parsed.get("charset").unwrap().name.at, 1);
        assert_eq!(parsed.count("charset"), 2);
        assert!(parsed.get("boundary").is_none());
        assert!(parsed.iter().next().is_some());
    }

    /// Pieces of the grammars: values built from them reach far deeper
    /// into the parsers than uniformly random bytes do.
    const FRAGMENTS: [&[u8]; 50] = [
        b"a",
        b"Z",
        b"0",
        b"9",
        b"-",
        b".",
        b"/",
        b":",
        b";",
        b"=",
        b",",
        b"\"",
        b"\\",
        b"<",
        b">",
        b"*",
        b"W/",
        b"?",
        b"#",
        b"@",
        b"[",
        b"]",
        b"%",
        b"%41",
        b" ",
        b"\t",
        b"\x80",
        b"\x7f",
        b"bytes",
        b"Basic ",
        b"realm",
        b"rel",
        b"GMT",
        b"Sun, ",
        b"06 Nov 1994 ",
        b"08:49:37",
        b"http://",
        b"[::1]",
        b"max-age",
        b"text/html",
        b"abc==",
        b"v1.x",
        b"+json",
        b"\x00",
        b"</a>",
        b"<http://x/?q>",
        b"; rel=\"next\"",
        b", ",
        b"; charset=utf-8",
        b"Bearer ",
    ];

    fn near_miss() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(proptest::sample::select(FRAGMENTS.to_vec()), 0..8)
            .prop_map(|fragments| fragments.concat())
    }

    /// Fails unless an error points inside the value or at its end.
    fn within<T>(value: &[u8], result: Result<T, SyntaxError>) -> Result<Option<T>, TestCaseError> {
        match result {
            Ok(parsed) => Ok(Some(parsed)),
            Err(error) if error.at <= value.len() && !error.expected.is_empty() => Ok(None),
            Err(error) => Err(TestCaseError::fail(format!(
                "{error:?} for {}",
                value.escape_ascii()
            ))),
        }
    }

    /// Runs every parser on `value`, and reads everything each one gives.
    fn exercise(value: &[u8]) -> Result<(), TestCaseError> {
        use super::{bearer, cache_control, challenge, content_length, content_range, date, etag};
        use super::{link, media_type, range, retry_after, tokens, uri};

        within(value, date::http_date(value))?;
        within(value, retry_after::retry_after(value))?;
        within(value, content_length::content_length(value))?;
        if let Some(parsed) = within(value, content_range::content_range(value))? {
            let _ = parsed.is_valid();
        }
        if let Some(parsed) = within(value, range::range(value))? {
            prop_assert_eq!(parsed.specs().iter().count(), parsed.specs().len());
        }
        for parse in [tokens::allow, tokens::connection] {
            if let Some(list) = within(value, parse(value))? {
                prop_assert_eq!(list.iter().count(), list.len());
            }
        }
        if let Some(list) = within(value, tokens::upgrade(value))? {
            prop_assert_eq!(list.iter().count(), list.len());
        }
        if let Some(list) = within(value, tokens::transfer_encoding(value))? {
            prop_assert_eq!(list.iter().count(), list.len());
            for coding in list {
                for param in coding.params() {
                    // A transfer parameter always has a value.
                    prop_assert!(param.value().is_some());
                }
            }
        }
        within(value, uri::uri_reference(value))?;
        within(value, uri::host_and_port(value))?;
        if let Some(list) = within(value, link::link(value))? {
            prop_assert_eq!(list.iter().count(), list.len());
            for link in list {
                let _ = (link.rel_count(), link.has_rel("next"), link.rel());
                if let Some(anchor) = link.anchor() {
                    within(value, uri::uri_reference_text(anchor))?;
                }
            }
        }
        if let Some(parsed) = within(value, challenge::challenges(value))? {
            prop_assert_eq!(parsed.iter().count(), parsed.len());
            for challenge in parsed {
                for param in challenge.params() {
                    let text = param.value().unwrap_or(Text {
                        at: 0,
                        raw: b"",
                        quoted: false,
                    });
                    within(value, bearer::check_error(text))?;
                    within(value, bearer::check_scope(text))?;
                    within(value, bearer::check_error_uri(text))?;
                }
            }
        }
        if let Some(parsed) = within(value, media_type::media_type(value))? {
            let _ = (parsed.is_multipart_byteranges(), parsed.boundary());
        }
        if let Some(list) = within(value, cache_control::cache_control(value))? {
            prop_assert_eq!(list.iter().count(), list.len());
            for directive in list {
                if directive.delta_seconds().is_some() {
                    prop_assert!(directive.value().is_some());
                }
            }
        }
        within(value, etag::entity_tag(value))?;
        if let Some(etag::EntityTags::Tags(list)) = within(value, etag::if_none_match(value))? {
            prop_assert_eq!(list.iter().count(), list.len());
        }
        Ok(())
    }

    proptest! {
        // Enough cases that every parser also sees values it accepts.
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn every_parser_survives_near_misses(value in near_miss()) {
            exercise(&value)?;
        }
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            for grammar in [ParamGrammar::Parameters, ParamGrammar::Transfer, ParamGrammar::Link] {
                let mut cursor = Cursor::trimmed(&value);
                if let Ok(parsed) = params(&mut cursor, grammar) {
                    let _ = parsed.iter().count();
                }
            }
            let _ = quoted(&value).map(|text| (text.bytes().count(), text.words().count()));
        }

        #[test]
        fn every_parser_survives_any_bytes(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            exercise(&value)?;
        }

        #[test]
        fn quoted_strings_unescape_to_what_was_escaped(
            content in proptest::collection::vec(prop_oneof![Just(b'"'), Just(b'\\'), Just(b' '), Just(b'\t'), 0x21..=0x7e_u8, 0x80..=0xff_u8], 0..24),
        ) {
            let mut written = vec![b'"'];
            for &byte in &content {
                if byte == b'"' || byte == b'\\' {
                    written.push(b'\\');
                }
                written.push(byte);
            }
            written.push(b'"');
            let text = quoted(&written).unwrap();
            prop_assert_eq!(text.bytes().collect::<Vec<u8>>(), content);
        }
    }
}
