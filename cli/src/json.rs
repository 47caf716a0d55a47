//! JSON text (RFC 8259), read in place and written: the HAR reader's
//! JSON, and the strings of the command's JSON output.
//!
//! A `Reader`, private to the crate, reads values from a slice of the
//! input that may stop in the middle of one. Every read either completes,
//! fails with what is wrong and where, or stops with `Stop::More` when the
//! bytes run out before the value does; the caller then reads more input
//! and starts the same read again from where it began. Strings are
//! borrowed from the input unless they hold an escape. Values the HAR
//! reader does not keep are checked as they are skipped, so that anything
//! `serde_json` refuses is refused here too.
//!
//! [`string`] writes strings as `serde_json` does, byte for byte.
//!
//! # Examples
//!
//! ```
//! use statuscode_cli::json;
//!
//! let mut out = Vec::new();
//! json::string(&mut out, "say \"hi\"\n\u{1}");
//! assert_eq!(out, br#""say \"hi\"\n\u0001""#);
//! ```

use std::borrow::Cow;

use crate::word_at;

/// Why a read stopped before its value ended.
///
/// One word: the rare error is boxed, so that the result of a read that
/// returns nothing or a byte is passed in registers.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The bytes ran out: more input may complete the value.
    More,
    /// The text is not JSON, or not the JSON expected.
    Wrong(Box<Wrong>),
}

/// Where the text stopped being the JSON expected, and why.
#[derive(Debug)]
pub(crate) struct Wrong {
    /// The offset in the bytes.
    pub(crate) at: usize,
    /// What was expected there.
    pub(crate) message: Cow<'static, str>,
}

/// The outcome of a read.
pub(crate) type Step<T> = Result<T, Stop>;

/// Fails a read at `at`.
#[cold]
pub(crate) fn wrong<T>(at: usize, message: impl Into<Cow<'static, str>>) -> Step<T> {
    Err(Stop::Wrong(Box::new(Wrong {
        at,
        message: message.into(),
    })))
}

/// How deeply the values that are skipped may nest. `serde_json` refuses
/// JSON nested 128 deep; the HAR file's own objects and arrays, around a
/// skipped value, take up to seven of those, so nothing read here is
/// nested deeper than it allows.
const DEPTH: usize = 120;

/// A position in text that holds JSON. The text is UTF-8 already, as
/// JSON must be: it is checked once, as it is read, rather than string by
/// string.
pub(crate) struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The offset of the next byte to read.
    pub(crate) at: usize,
}

#[allow(
    clippy::inline_always,
    reason = "three reads are called in every loop of the reader; as calls, their results went through memory"
)]
impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str, at: usize) -> Reader<'a> {
        Reader {
            text,
            bytes: text.as_bytes(),
            at,
        }
    }

    /// The text from `start` to `end`, which the reads below only take
    /// between ASCII bytes, where UTF-8 characters begin and end.
    #[inline]
    fn slice(&self, start: usize, end: usize) -> Step<&'a str> {
        self.text.get(start..end).map_or_else(
            || wrong(start, "a string that does not end on a character"),
            Ok,
        )
    }

    /// The byte at `at`, or `Stop::More` past the end.
    #[inline]
    fn byte(&self, at: usize) -> Step<u8> {
        self.bytes.get(at).copied().ok_or(Stop::More)
    }

    /// The next byte that is not whitespace, without reading it.
    ///
    /// One byte of whitespace is read here; a run of them, such as a line
    /// feed and the next line's indentation in a pretty-printed file, out
    /// of line.
    #[inline]
    pub(crate) fn peek(&mut self) -> Step<u8> {
        let byte = self.byte(self.at)?;
        if !is_blank(byte) {
            return Ok(byte);
        }
        self.at += 1;
        let byte = self.byte(self.at)?;
        if !is_blank(byte) {
            return Ok(byte);
        }
        self.at = blanks(self.bytes, self.at);
        self.byte(self.at)
    }

    /// Whether a UTF-8 byte order mark is at `at`.
    pub(crate) fn peek_bom(&self) -> Step<bool> {
        for (offset, &expected) in [0xEF, 0xBB, 0xBF].iter().enumerate() {
            if self.byte(self.at + offset)? != expected {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Reads `byte` after whitespace, or fails with `expected`.
    #[inline]
    pub(crate) fn eat(&mut self, byte: u8, expected: &'static str) -> Step<()> {
        if self.peek()? == byte {
            self.at += 1;
            Ok(())
        } else {
            wrong(self.at, expected)
        }
    }

    /// Reads an object, calling `member` with the name of each member, to
    /// read its value and return `true`, or return `false` to have it
    /// skipped. After it, `at` is just past the closing brace.
    pub(crate) fn object(
        &mut self,
        what: &'static str,
        mut member: impl FnMut(&mut Reader<'a>, &str) -> Step<bool>,
    ) -> Step<()> {
        if self.peek()? != b'{' {
            return wrong(self.at, format!("{what} must be an object"));
        }
        self.at += 1;
        if self.peek()? == b'}' {
            self.at += 1;
            return Ok(());
        }
        // A name is only compared, never kept: one with an escape is
        // decoded into this buffer, and the others are borrowed. Written out
        // rather than through `name` and its `Cow`, which left a value to
        // drop for every member: 2.7% more instructions for the HAR reader.
        let mut decoded = String::new();
        loop {
            if self.peek()? != b'"' {
                return wrong(self.at, "expected a member name in double quotes");
            }
            let start = self.at + 1;
            let end = plain(self.bytes, start);
            let name = if self.bytes.get(end) == Some(&b'"') {
                let name = self.slice(start, end)?;
                self.at = end + 1;
                name
            } else {
                let name = self.unusual(start, end)?;
                decoded.clear();
                decoded.push_str(&name);
                &decoded
            };
            self.eat(b':', "expected `:` after a member name")?;
            if !member(self, name)? {
                self.skip_value(1)?;
            }
            // Written out here, in `skip_object` and in `array`: one helper
            // for the three made the whole HAR reader 2% slower.
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return wrong(self.at, "expected `,` or `}` after an object member"),
            }
        }
    }

    /// Reads a member's name and the colon after it.
    #[inline(always)]
    pub(crate) fn name(&mut self) -> Step<Cow<'a, str>> {
        if self.peek()? != b'"' {
            return wrong(self.at, "expected a member name in double quotes");
        }
        let name = self.string()?;
        self.eat(b':', "expected `:` after a member name")?;
        Ok(name)
    }

    /// Reads an array, calling `element` to read each element.
    pub(crate) fn array(
        &mut self,
        what: &'static str,
        mut element: impl FnMut(&mut Reader<'a>) -> Step<()>,
    ) -> Step<()> {
        if self.peek()? != b'[' {
            return wrong(self.at, format!("{what} must be an array"));
        }
        self.at += 1;
        if self.peek()? == b']' {
            self.at += 1;
            return Ok(());
        }
        loop {
            element(self)?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return wrong(self.at, "expected `,` or `]` after an array element"),
            }
        }
    }

    /// Reads a string, the value of `what`.
    #[inline(always)]
    pub(crate) fn text(&mut self, what: &'static str) -> Step<Cow<'a, str>> {
        if self.peek()? != b'"' {
            return wrong(self.at, format!("{what} must be a string"));
        }
        self.string()
    }

    /// Reads a string or `null`, the value of `what`.
    pub(crate) fn maybe_text(&mut self, what: &'static str) -> Step<Option<Cow<'a, str>>> {
        if self.peek()? == b'n' {
            self.literal(b"null")?;
            return Ok(None);
        }
        self.text(what).map(Some)
    }

    /// Reads a number without fraction or exponent that fits an `i64`,
    /// the value of `what`.
    pub(crate) fn integer(&mut self, what: &'static str) -> Step<i64> {
        if !matches!(self.peek()?, b'-' | b'0'..=b'9') {
            return wrong(self.at, format!("{what} must be an integer"));
        }
        let start = self.at;
        self.number()?;
        integer(&self.bytes[start..self.at])
            .map_or_else(|| wrong(start, format!("{what} must be an integer")), Ok)
    }

    /// Reads a string, at its opening quote.
    #[inline(always)]
    fn string(&mut self) -> Step<Cow<'a, str>> {
        let start = self.at + 1;
        let end = plain(self.bytes, start);
        if self.bytes.get(end) == Some(&b'"') {
            let text = self.slice(start, end)?;
            self.at = end + 1;
            return Ok(Cow::Borrowed(text));
        }
        self.unusual(start, end)
    }

    /// The rest of a string whose plain run ends at `end` with something
    /// other than its closing quote: an escape, a control character, or
    /// the end of the bytes.
    #[cold]
    fn unusual(&mut self, start: usize, end: usize) -> Step<Cow<'a, str>> {
        match self.byte(end)? {
            b'\\' => self.escaped(start, end),
            _ => control(end),
        }
    }

    /// Reads the rest of a string from its first escape, at `escape`.
    fn escaped(&mut self, start: usize, mut escape: usize) -> Step<Cow<'a, str>> {
        // Room for what the string most often still holds after its
        // first escape, so that the pushes below seldom grow it again.
        let before = self.slice(start, escape)?;
        let mut text = String::with_capacity(before.len() + ROOM_AFTER_ESCAPE);
        text.push_str(before);
        loop {
            let (decoded, next) = self.escape(escape)?;
            text.push(decoded);
            let end = plain(self.bytes, next);
            text.push_str(self.slice(next, end)?);
            match self.byte(end)? {
                b'"' => {
                    self.at = end + 1;
                    return Ok(Cow::Owned(text));
                }
                b'\\' => escape = end,
                _ => return control(end),
            }
        }
    }

    /// The character the escape at `at` stands for, and the offset after
    /// it.
    fn escape(&self, at: usize) -> Step<(char, usize)> {
        let decoded = match self.byte(at + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(at),
            _ => return wrong(at, "a backslash that starts no escape JSON has"),
        };
        Ok((decoded, at + 2))
    }

    /// The character a `\u` escape at `at` stands for, with the low
    /// surrogate's escape after it for a high surrogate.
    fn unicode(&self, at: usize) -> Step<(char, usize)> {
        let unit = self.hex(at + 2)?;
        let (code, next) = match unit {
            0xD800..=0xDBFF => {
                if self.byte(at + 6)? != b'\\' || self.byte(at + 7)? != b'u' {
                    return wrong(at, "a high surrogate escape without a low one after it");
                }
                let low = self.hex(at + 8)?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return wrong(at + 6, "a high surrogate escape without a low one after it");
                }
                let code =
                    0x1_0000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                (code, at + 12)
            }
            0xDC00..=0xDFFF => {
                return wrong(at, "a low surrogate escape without a high one before it");
            }
            _ => (u32::from(unit), at + 6),
        };
        char::from_u32(code).map_or_else(
            || wrong(at, "an escape of no character"),
            |decoded| Ok((decoded, next)),
        )
    }

    /// The four hexadecimal digits at `at`.
    fn hex(&self, at: usize) -> Step<u16> {
        let mut unit = 0;
        for offset in at..at + 4 {
            let digit = match self.byte(offset)? {
                byte @ b'0'..=b'9' => byte - b'0',
                byte @ b'a'..=b'f' => byte - b'a' + 10,
                byte @ b'A'..=b'F' => byte - b'A' + 10,
                _ => return wrong(offset, "a \\u escape needs four hexadecimal digits"),
            };
            unit = unit << 4 | u16::from(digit);
        }
        Ok(unit)
    }

    /// Skips a string, at its opening quote, checking its escapes.
    fn skip_string(&mut self) -> Step<()> {
        let mut start = self.at + 1;
        loop {
            let end = plain(self.bytes, start);
            match self.byte(end)? {
                b'"' => {
                    self.at = end + 1;
                    return Ok(());
                }
                b'\\' => start = self.escape(end)?.1,
                _ => return control(end),
            }
        }
    }

    /// Skips a value of any kind, nested `depth` deep.
    pub(crate) fn skip(&mut self, depth: usize) -> Step<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' if depth >= DEPTH => wrong(self.at, "values nest too deeply"),
            b'{' => self.skip_object(depth),
            b'[' => self.array("a value", |reader| reader.skip(depth + 1)),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => wrong(self.at, "expected a JSON value"),
        }
    }

    /// Skips a member's value, as [`Reader::skip`] does: the values
    /// skipped most, strings and numbers, without a call to it.
    #[inline(always)]
    fn skip_value(&mut self, depth: usize) -> Step<()> {
        match self.peek()? {
            b'"' => self.skip_string()?,
            b'-' | b'0'..=b'9' => self.number()?,
            _ => self.skip(depth)?,
        }
        Ok(())
    }

    /// Skips an object, at its opening brace, nested `depth` deep: as
    /// [`Reader::object`] reads one, with the same errors, but without
    /// decoding the names.
    fn skip_object(&mut self, depth: usize) -> Step<()> {
        self.at += 1;
        if self.peek()? == b'}' {
            self.at += 1;
            return Ok(());
        }
        loop {
            if self.peek()? != b'"' {
                return wrong(self.at, "expected a member name in double quotes");
            }
            self.skip_string()?;
            self.eat(b':', "expected `:` after a member name")?;
            self.skip_value(depth + 1)?;
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return wrong(self.at, "expected `,` or `}` after an object member"),
            }
        }
    }

    /// Reads `true`, `false` or `null`.
    fn literal(&mut self, word: &'static [u8]) -> Step<()> {
        for (offset, &expected) in word.iter().enumerate() {
            if self.byte(self.at + offset)? != expected {
                return wrong(self.at, "expected a JSON value");
            }
        }
        self.at += word.len();
        Ok(())
    }

    /// Reads a number: `-`, an integer part without leading zeros, then an
    /// optional fraction and exponent.
    fn number(&mut self) -> Step<()> {
        let mut at = self.at;
        if self.byte(at)? == b'-' {
            at += 1;
        }
        match self.byte(at)? {
            b'0' => at += 1,
            b'1'..=b'9' => at = self.more_digits(at + 1)?,
            _ => return wrong(at, "a number needs a digit here"),
        }
        let mut next = self.byte(at)?;
        if next == b'.' {
            at = self.digits(at + 1)?;
            next = self.byte(at)?;
        }
        if matches!(next, b'e' | b'E') {
            at += 1;
            if matches!(self.byte(at)?, b'+' | b'-') {
                at += 1;
            }
            at = self.digits(at)?;
        }
        // A number is over only at a byte that is not part of it: the
        // bytes checked above stopped with `More` at the end.
        self.at = at;
        Ok(())
    }

    /// The offset after the one or more digits at `at`.
    fn digits(&self, at: usize) -> Step<usize> {
        if !self.byte(at)?.is_ascii_digit() {
            return wrong(at, "a number needs a digit here");
        }
        self.more_digits(at + 1)
    }

    /// The offset after the digits at `at`, if any.
    #[inline]
    fn more_digits(&self, mut at: usize) -> Step<usize> {
        while self.byte(at)?.is_ascii_digit() {
            at += 1;
        }
        Ok(at)
    }
}

/// How many bytes a string decoded from its escapes gets room for beyond
/// those before its first escape: a header value such as an entity tag or
/// a challenge's quoted parameter ends within that.
const ROOM_AFTER_ESCAPE: usize = 64;

/// The value of `number`, a JSON number, if it has neither fraction nor
/// exponent and fits an `i64`. Read digit by digit: the number is known to
/// be well formed, and no text needs making of it.
fn integer(number: &[u8]) -> Option<i64> {
    let (negative, digits) = match number {
        [b'-', digits @ ..] => (true, digits),
        digits => (false, digits),
    };
    let mut value: i64 = 0;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        let digit = i64::from(digit - b'0');
        // Negative numbers are summed below zero, where `i64::MIN` fits.
        value = value.checked_mul(10)?;
        value = if negative {
            value.checked_sub(digit)?
        } else {
            value.checked_add(digit)?
        };
    }
    Some(value)
}

/// Whether `byte` is whitespace to JSON.
#[inline]
const fn is_blank(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// The offset of the first byte from `at` that is not whitespace, or the
/// length of `bytes`. Spaces, which pretty-printed files indent with, are
/// skipped eight at a time.
#[inline(never)]
fn blanks(bytes: &[u8], mut at: usize) -> usize {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    loop {
        if let Some(word) = word_at(bytes, at) {
            // The lowest byte that differs from a space is the first.
            let differs = word ^ SPACES;
            if differs == 0 {
                at += 8;
                continue;
            }
            at += (differs.trailing_zeros() / 8) as usize;
        }
        match bytes.get(at) {
            Some(&byte) if is_blank(byte) => at += 1,
            _ => return at,
        }
    }
}

/// Fails on the control character at `at`, which a string cannot hold.
fn control<T>(at: usize) -> Step<T> {
    wrong(
        at,
        "a control character inside a string, where it must be escaped",
    )
}

/// Writes `text` as a JSON string, in double quotes.
pub fn string(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    escape(out, text);
    out.push(b'"');
}

/// Writes the rest of a string whose opening quote and beginning were
/// written before: `text`, escaped as [`string`] escapes it, and the
/// closing quote.
///
/// # Examples
///
/// ```
/// use statuscode_cli::json;
///
/// let mut out = b"\"say ".to_vec();
/// json::string_continued(&mut out, "\"hi\"");
/// assert_eq!(out, br#""say \"hi\"""#);
/// ```
pub fn string_continued(out: &mut Vec<u8>, text: &str) {
    escape(out, text);
    out.push(b'"');
}

/// Writes `text` with the escapes a JSON string needs: a backslash before
/// a quote or a backslash, the short escapes for the usual control
/// characters and `\u00xx` for the others, as `serde_json` writes them.
fn escape(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    let mut start = 0;
    loop {
        let end = plain(bytes, start);
        out.extend_from_slice(&bytes[start..end]);
        let Some(&byte) = bytes.get(end) else {
            return;
        };
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xF)],
            ]),
        }
        start = end + 1;
    }
}

/// The offset of the first byte from `at` that ends a string's plain run:
/// a quote, a backslash or a control character; or the end of `bytes`.
///
/// Eight bytes are tested at a time: a lane is flagged when its byte
/// equals a backslash, or is a quote or below 0x20. Those last two are one
/// test: flipping bit 1 turns the quote, 0x22, into 0x20, and the bytes
/// below 0x20 into bytes below 0x20, and no other byte into one below
/// 0x21. The flags above a lane that truly matched can be wrong, but the
/// lowest flag is always right, and only it is used.
#[inline]
fn plain(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    while let Some(word) = word_at(bytes, at) {
        let low = word ^ (ONES * 0x02);
        let backslash = word ^ (ONES * u64::from(b'\\'));
        let flags =
            (low.wrapping_sub(ONES * 0x21) & !low) | (backslash.wrapping_sub(ONES) & !backslash);
        let flags = flags & HIGH;
        if flags != 0 {
            return at + (flags.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&byte) = bytes.get(at) {
        if byte == b'"' || byte == b'\\' || byte < 0x20 {
            break;
        }
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::{Reader, Stop, plain};

    /// What skipping the one value in `text` gives: `Ok`, `More`, or the
    /// offset and message of what is wrong.
    fn skip(text: &str) -> Result<(), (usize, String)> {
        let mut reader = Reader::new(text, 0);
        match reader.skip(0) {
            Ok(()) => Ok(()),
            Err(Stop::More) => Err((usize::MAX, "more".to_owned())),
            Err(Stop::Wrong(wrong)) => Err((wrong.at, wrong.message.into_owned())),
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let mut texts: Vec<String> = (0..=0x80_u32)
            .filter_map(char::from_u32)
            .map(|c| format!("a{c}b{c}{c}"))
            .collect();
        texts.extend(
            [
                "",
                "caf\u{e9} \u{1F600} \u{2028}",
                "\"quoted\" \\path\\ \u{7f}",
                "long enough to take several words of eight\n",
            ]
            .map(String::from),
        );
        for text in &texts {
            let mut out = Vec::new();
            super::string(&mut out, text);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(text).unwrap()
            );
        }
    }

    #[test]
    fn plain_runs_stop_at_the_first_quote_backslash_or_control_byte() {
        // Every byte, after every byte that does not stop a run, at every
        // place in a word and past it.
        let stops = |byte: u8| byte == b'"' || byte == b'\\' || byte < 0x20;
        for before in (0..=u8::MAX).filter(|&byte| !stops(byte)) {
            for byte in 0..=u8::MAX {
                for length in 0..18 {
                    let mut bytes = vec![before; length];
                    bytes.push(byte);
                    bytes.extend_from_slice(b"zz\"zzzzzzzzzzzzzz");
                    let expected = if stops(byte) { length } else { length + 3 };
                    assert_eq!(plain(&bytes, 0), expected, "{before} {byte} {length}");
                }
            }
        }
        for length in 0..40 {
            for stop in [b'"', b'\\', b'\n', 0, 0x1F] {
                let mut bytes = vec![b'a'; length];
                bytes.push(stop);
                bytes.extend_from_slice(b"\"\\\x01zz\xC3\xA9");
                assert_eq!(plain(&bytes, 0), length, "{length} {stop}");
            }
            // Bytes just above the stops, and those above ASCII, are plain.
            let run: Vec<u8> = [b' ', b'#', b'!', b']', 0x7F, 0x80, 0xFF]
                .into_iter()
                .cycle()
                .take(length)
                .collect();
            assert_eq!(plain(&run, 0), length);
        }
    }

    #[test]
    fn whitespace_runs_of_any_length_and_mix_are_skipped_whole() {
        let units = [" ", "\t", "\n", "\r", "\r\n", "        ", "\n      "];
        for count in 0..24 {
            for first in 0..units.len() {
                let blank: String = units
                    .iter()
                    .cycle()
                    .skip(first)
                    .take(count)
                    .copied()
                    .collect();
                let blank = blank.repeat(1 + count % 3);
                // Blanks after the first byte that is not one must not be
                // taken for part of the run.
                for after in [
                    "\"x\"",
                    "1",
                    "}",
                    "\u{e9}",
                    "",
                    "x       y",
                    "[ 1 , 2 , 3 ]",
                ] {
                    let text = format!("{blank}{after}");
                    let mut reader = Reader::new(&text, 0);
                    // The reference: one byte at a time.
                    let expected = text
                        .bytes()
                        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
                        .unwrap_or(text.len());
                    match reader.peek() {
                        Ok(byte) => assert_eq!(byte, text.as_bytes()[expected], "{text:?}"),
                        Err(Stop::More) => assert_eq!(expected, text.len(), "{text:?}"),
                        Err(Stop::Wrong(_)) => panic!("{text:?}"),
                    }
                    assert_eq!(reader.at, expected, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn strings_are_decoded_with_every_escape() {
        let text = r#""a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00 \u0041""#;
        let mut reader = Reader::new(text, 0);
        assert_eq!(
            reader.text("it").unwrap(),
            "a\"b\\c/d\u{8}\u{c}\n\r\t\u{e9}\u{1F600} A"
        );
        assert_eq!(reader.at, text.len());
        let mut reader = Reader::new("\"caf\u{e9}\"", 0);
        assert!(matches!(
            reader.text("it").unwrap(),
            std::borrow::Cow::Borrowed("caf\u{e9}")
        ));
        // Runs before, between and after escapes longer than the room a
        // decoded string starts with.
        let long = "x".repeat(3 * super::ROOM_AFTER_ESCAPE);
        let text = format!("\"{long}\\n{long}\\t{long}\"");
        let mut reader = Reader::new(&text, 0);
        assert_eq!(
            reader.text("it").unwrap(),
            format!("{long}\n{long}\t{long}")
        );
        assert_eq!(reader.at, text.len());
    }

    #[test]
    fn what_json_refuses_is_refused_with_its_offset() {
        for (text, at) in [
            ("\"a\u{1}\"", 2),
            (r#""\x""#, 1),
            (r#""\u12G4""#, 5),
            (r#""\uDE00""#, 1),
            (r#""\uD83D\u0041""#, 7),
            ("[01]", 2),
            ("-", usize::MAX),
            ("1.", usize::MAX),
            ("1.x", 2),
            ("1e+", usize::MAX),
            ("tru", usize::MAX),
            ("trve", 0),
            ("[1,]", 3),
            ("[1 2]", 3),
            ("{\"a\" 1}", 5),
            ("{\"a\":1,}", 7),
            ("{1:2}", 1),
            ("+1", 0),
        ] {
            assert_eq!(skip(text).map_err(|(offset, _)| offset), Err(at), "{text}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(skip(&deep).unwrap_err().1, "values nest too deeply");
    }

    #[test]
    fn what_json_allows_is_skipped_whole() {
        for text in [
            "0 ",
            "-0.5e-3 ",
            "12E+2 ",
            "true ",
            "null ",
            r#"{"a":[1,{"b":"c\"d"}],"e":{}}"#,
            "[ ]",
            " \t\r\n\"x\" ",
        ] {
            let mut reader = Reader::new(text, 0);
            reader
                .skip(0)
                .unwrap_or_else(|stop| panic!("{text}: {stop:?}"));
            assert_eq!(text[reader.at..].trim(), "", "{text}");
        }
        // A number at the end of the bytes may go on in more input.
        assert_eq!(skip("12"), Err((usize::MAX, "more".to_owned())));
    }

    #[test]
    fn integers_must_fit_and_have_no_fraction() {
        for (text, value) in [
            ("200 ", Ok(200)),
            ("-1 ", Ok(-1)),
            ("2.5 ", Err(0)),
            ("1e2 ", Err(0)),
            ("\"200\"", Err(0)),
            ("99999999999999999999 ", Err(0)),
            ("0 ", Ok(0)),
            ("-0 ", Ok(0)),
            ("9223372036854775807 ", Ok(i64::MAX)),
            ("9223372036854775808 ", Err(0)),
            ("-9223372036854775808 ", Ok(i64::MIN)),
            ("-9223372036854775809 ", Err(0)),
            ("1.0 ", Err(0)),
            ("-1E0 ", Err(0)),
        ] {
            let mut reader = Reader::new(text, 0);
            let read = reader.integer("status").map_err(|stop| match stop {
                Stop::Wrong(wrong) => wrong.at,
                Stop::More => usize::MAX,
            });
            assert_eq!(read, value, "{text}");
        }
    }
}
