//! The header fields the rules read, found in one pass over a message.
//!
//! [`Index::fill`] visits every field line once, looks its name up among the
//! names the rules know ([`Name`]), and keeps, for each, how many lines
//! carried it and the first line's value. A rule that needs every line of
//! a field that was sent more than once visits the fields again for that
//! one name ([`Index::each`]); every other read is a load from the index.

use super::FieldList;

/// Declares [`Name`], its canonical spellings, and the lookup by name.
macro_rules! names {
    ($($Name:ident $text:literal,)+) => {
        /// A header field that some rule reads.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub(crate) enum Name {
            $(#[doc = $text] $Name,)+
        }

        impl Name {
            /// Every name, in the order of the index's slots.
            pub(crate) const ALL: &'static [Name] = &[$(Name::$Name),+];

            /// The field's name as the specification spells it.
            pub(crate) const fn as_str(self) -> &'static str {
                match self {
                    $(Name::$Name => $text,)+
                }
            }
        }
    };
}

names! {
    Accept "Accept",
    AcceptCharset "Accept-Charset",
    AcceptEncoding "Accept-Encoding",
    AcceptLanguage "Accept-Language",
    AcceptPatch "Accept-Patch",
    AcceptPost "Accept-Post",
    AcceptRanges "Accept-Ranges",
    AccessControlAllowHeaders "Access-Control-Allow-Headers",
    AccessControlAllowMethods "Access-Control-Allow-Methods",
    Age "Age",
    Allow "Allow",
    AltSvc "Alt-Svc",
    Authorization "Authorization",
    CacheControl "Cache-Control",
    Connection "Connection",
    ContentEncoding "Content-Encoding",
    ContentLanguage "Content-Language",
    ContentLength "Content-Length",
    ContentRange "Content-Range",
    ContentType "Content-Type",
    Cookie "Cookie",
    Dav "DAV",
    Date "Date",
    EarlyData "Early-Data",
    Etag "ETag",
    Expect "Expect",
    Expires "Expires",
    Host "Host",
    If "If",
    IfMatch "If-Match",
    IfModifiedSince "If-Modified-Since",
    IfNoneMatch "If-None-Match",
    IfRange "If-Range",
    IfUnmodifiedSince "If-Unmodified-Since",
    LastModified "Last-Modified",
    Link "Link",
    Location "Location",
    Overwrite "Overwrite",
    Prefer "Prefer",
    ProxyAuthenticate "Proxy-Authenticate",
    ProxyAuthorization "Proxy-Authorization",
    Range "Range",
    RetryAfter "Retry-After",
    TransferEncoding "Transfer-Encoding",
    Upgrade "Upgrade",
    WwwAuthenticate "WWW-Authenticate",
}

/// How many names there are: the length of the index.
const COUNT: usize = Name::ALL.len();

impl Name {
    /// The known name that `name` spells, in any case.
    ///
    /// A hash of the name's length and three of its bytes picks the one
    /// candidate it can be, from a table built at compile time; a single
    /// comparison then decides. An unknown name costs no more than a known
    /// one.
    pub(crate) fn find(name: &str) -> Option<Name> {
        let bytes = name.as_bytes();
        let at = usize::from(*Name::BY_HASH.get(hash(bytes)?)?);
        let key = Name::KEYS.get(at)?;
        key.is(bytes).then(|| Name::ALL[at])
    }

    /// The name of an `http` header name: [`Name::find`], but the
    /// commonest names (`Host`, which every HTTP/1.1 request carries, and
    /// `Content-Type` and `Content-Length`, which most responses with
    /// content do, axum's among them) are told by comparing `http`'s own
    /// representation, which reads no table.
    #[cfg(feature = "tower")]
    #[inline]
    pub(crate) fn of_http(name: &http::HeaderName) -> Option<Name> {
        if *name == http::header::CONTENT_TYPE {
            Some(Name::ContentType)
        } else if *name == http::header::CONTENT_LENGTH {
            Some(Name::ContentLength)
        } else if *name == http::header::HOST {
            Some(Name::Host)
        } else {
            Name::find(name.as_str())
        }
    }

    /// For each name, what compares a name of any case with it.
    const KEYS: [Key; COUNT] = {
        let mut keys = [Key::NONE; COUNT];
        let mut i = 0;
        while i < COUNT {
            keys[i] = Key::of(Name::ALL[i].as_str().as_bytes());
            i += 1;
        }
        keys
    };

    /// For each value of [`hash`], the position in [`Name::ALL`] of the
    /// name with that hash, or `u8::MAX`.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the assertion keeps every position below u8::MAX"
    )]
    const BY_HASH: [u8; HASHES] = {
        assert!(Name::ALL.len() < u8::MAX as usize);
        let mut table = [u8::MAX; HASHES];
        let mut i = 0;
        while i < Name::ALL.len() {
            let Some(at) = hash(Name::ALL[i].as_str().as_bytes()) else {
                panic!("every name has a hash");
            };
            assert!(
                table[at] == u8::MAX,
                "two names share a hash: change hash()"
            );
            table[at] = i as u8;
            i += 1;
        }
        table
    };
}

/// A known name, or another short ASCII text such as a media type, as
/// words to compare a text of its length with, whatever the case of its
/// letters.
///
/// Setting the letter bits (0x20) of the loaded bytes folds letters to
/// lower case; where the known text has no letter, the byte must be the
/// same. A text of eight bytes or more is read as words of eight bytes from
/// its start, the last of which ends at its end (it may overlap the one
/// before); a shorter text as two loads of four or of two bytes, one from
/// each end, which may overlap too.
#[derive(Clone, Copy)]
pub(crate) struct Key {
    /// The text's length.
    len: u8,
    /// The text's bytes in lower case, word by word; for a text of eight
    /// bytes or more, the word that ends at its end is the last.
    lower: [u64; WORDS],
    /// 0x20 where the text has a letter, word by word as `lower`.
    letters: [u64; WORDS],
}

/// How many words a key holds: the longest name, 28 bytes, takes three
/// from its start and one that ends at its end. [`Key::matches`] is
/// written for four.
const WORDS: usize = 4;

impl Key {
    const NONE: Key = Key {
        len: 0,
        lower: [0; WORDS],
        letters: [0; WORDS],
    };

    /// The key of `name`, which must be 2 to 32 bytes long.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the assertion keeps the length within a byte"
    )]
    pub(crate) const fn of(name: &[u8]) -> Key {
        let len = name.len();
        assert!(
            len >= 2 && len <= 8 * (WORDS - 1) + 8,
            "no key covers this name"
        );
        let mut key = Key::NONE;
        key.len = len as u8;
        if len >= 8 {
            let mut word = 0;
            while word < Key::full_words(len) {
                key.set(word, name, word * 8, 8, 0);
                word += 1;
            }
            key.set(WORDS - 1, name, len - 8, 8, 0);
        } else {
            let width = if len >= 4 { 4 } else { 2 };
            key.set(0, name, 0, width, 0);
            key.set(0, name, len - width, width, width);
        }
        key
    }

    /// How many words from the start a name of `len` bytes, eight or more,
    /// is read as before the word that ends at its end.
    const fn full_words(len: usize) -> usize {
        (len - 1) / 8
    }

    /// Puts `width` bytes of `name` from `from` into word `word`, from its
    /// byte `to`.
    const fn set(&mut self, word: usize, name: &[u8], from: usize, width: usize, to: usize) {
        let mut i = 0;
        while i < width {
            let byte = name[from + i];
            let shift = 8 * (to + i);
            self.lower[word] |= (byte.to_ascii_lowercase() as u64) << shift;
            if byte.is_ascii_alphabetic() {
                self.letters[word] |= 0x20 << shift;
            }
            i += 1;
        }
    }

    /// Whether `bytes` spell the key's text, in any case.
    #[inline]
    pub(crate) fn is(&self, bytes: &[u8]) -> bool {
        usize::from(self.len) == bytes.len() && self.matches(bytes)
    }

    /// Whether `bytes`, as long as the key's text, spell it.
    #[inline]
    fn matches(&self, bytes: &[u8]) -> bool {
        let len = bytes.len();
        let differs = |word: usize, loaded: u64| (loaded | self.letters[word]) ^ self.lower[word];
        let difference = if len >= 8 {
            // Written out rather than looped: a loop costs more than the
            // three loads it would make.
            let full = Key::full_words(len);
            let mut difference = differs(WORDS - 1, load::<8>(bytes, len - 8));
            if full >= 1 {
                difference |= differs(0, load::<8>(bytes, 0));
            }
            if full >= 2 {
                difference |= differs(1, load::<8>(bytes, 8));
            }
            if full >= 3 {
                difference |= differs(2, load::<8>(bytes, 16));
            }
            difference
        } else if len >= 4 {
            differs(0, load::<4>(bytes, 0) | load::<4>(bytes, len - 4) << 32)
        } else if len >= 2 {
            differs(0, load::<2>(bytes, 0) | load::<2>(bytes, len - 2) << 16)
        } else {
            return false;
        };
        difference == 0
    }
}

/// The `WIDTH` bytes of `bytes` from `at`, little-endian, or 0 when there
/// are not that many (which a caller rules out).
fn load<const WIDTH: usize>(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0; 8];
    match (bytes.get(at..at + WIDTH), word.get_mut(..WIDTH)) {
        (Some(from), Some(to)) => to.copy_from_slice(from),
        _ => return 0,
    }
    u64::from_le_bytes(word)
}

/// Whether `name`, which is not one of [`Name`], names an `If-...` field:
/// an extension's precondition, as far as the rules can tell.
pub(crate) const fn is_if_field(name: &str) -> bool {
    matches!(name.as_bytes(), [b'i' | b'I', b'f' | b'F', b'-', _, ..])
}

/// How many values [`hash`] takes.
const HASHES: usize = 128;

/// A hash of a field name, without regard to the case of its letters, that
/// differs for every name of [`Name`] (which `Name::BY_HASH` checks at
/// compile time): of its length, its first byte, the byte before its last,
/// and its middle byte. `None` for a name shorter than two bytes, which no
/// known name is.
const fn hash(name: &[u8]) -> Option<usize> {
    if name.len() < 2 {
        return None;
    }
    let first = (name[0] | 0x20) as usize;
    let before_last = (name[name.len() - 2] | 0x20) as usize;
    let middle = (name[name.len() / 2] | 0x20) as usize;
    Some((name.len().wrapping_mul(7) + first * 54 + before_last + middle * 13) % HASHES)
}

/// How many distinct known fields an index keeps the first value of. A
/// message with more is still indexed whole: the fields beyond are read
/// again from the message when a rule asks for them.
const SLOTS: usize = 16;

/// In `Index::slot`: the name is not carried.
const ABSENT: u8 = 0;
/// In `Index::slot`: the name is carried, but the slots were full.
const OVERFLOW: u8 = u8::MAX;

/// The known fields of one message, found in one pass: for each, how many
/// lines carried it and the first line's value.
///
/// It is small (the slots hold only the fields a message has), since it is
/// built for every message checked.
#[derive(Clone, Copy)]
pub(crate) struct Index<'a> {
    /// The message's fields, or [`FieldList::NONE`].
    fields: FieldList<'a>,
    /// For each name, in the order of [`Name::ALL`]: its slot plus one,
    /// `ABSENT`, or `OVERFLOW`.
    slot: [u8; COUNT],
    /// How many slots are taken.
    used: u8,
    /// For each slot, how many lines carried its field, saturating at
    /// `u8::MAX`; the rules only ask for none, one or more.
    lines: [u8; SLOTS],
    /// For each slot, the value of the first line; `None` in the slots not
    /// taken, so that the empty index is all zeros.
    first: [Option<&'a [u8]>; SLOTS],
    /// One bit per name, in the order of [`Name::ALL`], for the names that
    /// some line carried.
    present: u64,
    /// Whether some field's name starts with `If-` and is not one of the
    /// names above: an extension's precondition, as far as the rules can
    /// tell.
    other_if: bool,
}

/// The names fit the bits of `Index::present`, and the slots their bytes.
const _: () = assert!(COUNT <= 64 && SLOTS < OVERFLOW as usize);

impl<'a> Index<'a> {
    /// The index of no fields at all, for a message that was not given.
    pub(crate) const EMPTY: Index<'static> = Index {
        fields: FieldList::NONE,
        slot: [ABSENT; COUNT],
        used: 0,
        lines: [0; SLOTS],
        first: [None; SLOTS],
        present: 0,
        other_if: false,
    };

    /// Indexes `fields` in one pass.
    #[cfg(test)]
    pub(crate) fn new(fields: FieldList<'a>) -> Index<'a> {
        let mut index = Index::EMPTY;
        index.fill(fields);
        index
    }

    /// Indexes `fields` in one pass, into this empty index: in place, since
    /// an index is built for every message checked and copying it costs.
    pub(crate) fn fill(&mut self, fields: FieldList<'a>) {
        self.fields = fields;
        // The layer's request fields come with their names looked up.
        #[cfg(feature = "tower")]
        if let Some(captured) = fields.as_captured() {
            captured.each_known(|name, value| self.add(name, value));
            self.other_if = captured.has_other_if();
            return;
        }
        fields.visit(|name, value| {
            if let Some(known) = Name::find(name) {
                self.add(known, value);
            } else if is_if_field(name) {
                self.other_if = true;
            }
        });
    }

    /// The names that `fields` carry, one bit each as
    /// [`Index::present_names`] gives them, and the value of the first
    /// `Content-Type` line, found by a plain walk over any list of fields:
    /// what the tests hold the layer's quick verdict to, which reads the
    /// names of an `http::HeaderMap` and of the request fields it keeps
    /// in its own ways, and what [`Index::fill`] finds out about them.
    #[cfg(all(test, feature = "tower"))]
    pub(crate) fn names(fields: FieldList<'a>) -> (u64, Option<&'a [u8]>) {
        let mut names = 0_u64;
        let mut content_type = None;
        fields.visit(|name, value| {
            if let Some(known) = Name::find(name) {
                if known == Name::ContentType && content_type.is_none() {
                    content_type = Some(value);
                }
                names |= 1 << known as usize;
            }
        });
        (names, content_type)
    }

    /// The names that `fields` carry, as [`Index::names`] gives them:
    /// for the request fields the layer keeps, the names it noted as it
    /// kept them.
    #[cfg(all(test, feature = "tower"))]
    pub(crate) fn name_bits(fields: FieldList<'a>) -> u64 {
        match fields.as_captured() {
            Some(captured) => captured.names(),
            None => Index::names(fields).0,
        }
    }

    /// The names that some line carried, one bit each, in the order of
    /// [`Name::ALL`].
    pub(crate) const fn present_names(&self) -> u64 {
        self.present
    }

    /// Records a line of the known field `name`.
    fn add(&mut self, name: Name, value: &'a [u8]) {
        let at = name as usize;
        match self.slot[at] {
            ABSENT => {
                self.present |= 1 << at;
                let slot = usize::from(self.used);
                if slot < SLOTS {
                    self.slot[at] = self.used + 1;
                    self.used += 1;
                    self.lines[slot] = 1;
                    self.first[slot] = Some(value);
                } else {
                    self.slot[at] = OVERFLOW;
                }
            }
            OVERFLOW => {}
            taken => {
                let slot = usize::from(taken - 1);
                self.lines[slot] = self.lines[slot].saturating_add(1);
            }
        }
    }

    /// Whether the message itself was given, as opposed to unknown.
    pub(crate) const fn is_known(&self) -> bool {
        self.fields.is_some()
    }

    /// How many lines carried the field; 255 stands for 255 or more.
    pub(crate) fn lines(&self, name: Name) -> u8 {
        match self.slot[name as usize] {
            ABSENT => 0,
            OVERFLOW => {
                let mut lines = 0_u8;
                self.each_line(name, |_| {
                    lines = lines.saturating_add(1);
                    None::<()>
                });
                lines
            }
            taken => self.lines[usize::from(taken - 1)],
        }
    }

    /// Whether some line carried the field.
    pub(crate) const fn has(&self, name: Name) -> bool {
        self.present & (1 << name as usize) != 0
    }

    /// The value of the field's first line.
    pub(crate) fn first(&self, name: Name) -> Option<&'a [u8]> {
        match self.slot[name as usize] {
            ABSENT => None,
            OVERFLOW => self.each_line(name, Some),
            taken => self.first[usize::from(taken - 1)],
        }
    }

    /// Visits the message's fields again for every line of `name`, until
    /// `each` returns `Some`.
    fn each_line<T>(&self, name: Name, mut each: impl FnMut(&'a [u8]) -> Option<T>) -> Option<T> {
        let fields = self.fields;
        let mut found = None;
        fields.visit(|line, value| {
            if found.is_none() && name.as_str().eq_ignore_ascii_case(line) {
                found = each(value);
            }
        });
        found
    }

    /// Whether a field named `If-...` that no rule knows was sent.
    pub(crate) const fn has_other_if(&self) -> bool {
        self.other_if
    }

    /// Calls `each` with the value of every line of the field, in order, and
    /// stops at the first `Some` it returns, which it returns.
    ///
    /// A field on one line is read from the index; only a field sent on
    /// several lines visits the message's fields again.
    pub(crate) fn find_map<T>(
        &self,
        name: Name,
        mut each: impl FnMut(&'a [u8]) -> Option<T>,
    ) -> Option<T> {
        match self.slot[name as usize] {
            ABSENT => None,
            OVERFLOW => self.each_line(name, each),
            taken if self.lines[usize::from(taken - 1)] == 1 => {
                each(self.first[usize::from(taken - 1)]?)
            }
            _ => self.each_line(name, each),
        }
    }

    /// Whether `test` holds for some line of the field, each line parsed
    /// with `parse` first; `None` when a line does not parse, since the
    /// field's own syntax rule reports that and nothing else can be told.
    pub(crate) fn any_parsed<T, E>(
        &self,
        name: Name,
        parse: impl Fn(&'a [u8]) -> Result<T, E>,
        mut test: impl FnMut(T) -> bool,
    ) -> Option<bool> {
        let outcome = self.find_map(name, |value| match parse(value) {
            Ok(parsed) => test(parsed).then_some(true),
            Err(_) => Some(false),
        });
        match outcome {
            Some(true) => Some(true),
            Some(false) => None,
            None => Some(false),
        }
    }

    /// Whether `test` holds for some line of the field.
    pub(crate) fn any(&self, name: Name, mut test: impl FnMut(&'a [u8]) -> bool) -> bool {
        self.find_map(name, |value| test(value).then_some(()))
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name is found from `http`'s header name as from its text,
    /// whether `http` knows it as a standard name or not, and a name the
    /// checker does not know is not found.
    #[cfg(feature = "tower")]
    #[test]
    fn an_http_name_is_the_name_of_its_text() {
        for &name in Name::ALL {
            let mut lower = [0; 32];
            let lower = &mut lower[..name.as_str().len()];
            lower.copy_from_slice(name.as_str().as_bytes());
            lower.make_ascii_lowercase();
            let header = http::HeaderName::from_bytes(lower).unwrap();
            assert_eq!(Name::of_http(&header), Some(name), "{header}");
        }
        for other in ["user-agent", "x-request-id", "content-typ", "hostname"] {
            let header = http::HeaderName::from_static(other);
            assert_eq!(Name::of_http(&header), None, "{other}");
        }
    }

    #[test]
    fn every_name_is_found_in_any_case_and_nothing_else_is() {
        for &name in Name::ALL {
            let text = name.as_str();
            assert_eq!(Name::find(text), Some(name), "{text}");
            let mut lower = [0; 32];
            let lower = &mut lower[..text.len()];
            lower.copy_from_slice(text.as_bytes());
            lower.make_ascii_lowercase();
            let lower = core::str::from_utf8(lower).unwrap();
            assert_eq!(Name::find(lower), Some(name), "{lower}");
        }
        for other in [
            "",
            "X",
            "If-",
            "Dates",
            "Content-Lengths",
            "Etag2",
            "Server",
            "Vary",
        ] {
            assert_eq!(Name::find(other), None, "{other}");
        }
    }

    #[test]
    fn a_name_with_any_byte_changed_is_another_name() {
        for &name in Name::ALL {
            let text = name.as_str().as_bytes();
            for at in 0..text.len() {
                for byte in 0..=u8::MAX {
                    let mut changed = [0; 32];
                    let changed = &mut changed[..text.len()];
                    changed.copy_from_slice(text);
                    changed[at] = byte;
                    let Ok(changed) = core::str::from_utf8(changed) else {
                        continue;
                    };
                    let same = byte.eq_ignore_ascii_case(&text[at]);
                    assert_eq!(
                        Name::find(changed) == Some(name),
                        same,
                        "{changed:?} against {name:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn if_fields_start_with_if_and_a_hyphen_in_any_case() {
        for name in ["If-Schedule-Tag-Match", "if-x", "IF-X"] {
            assert!(is_if_field(name), "{name}");
        }
        for name in ["If-", "If", "Iff-X", "X-If-Y", ""] {
            assert!(!is_if_field(name), "{name}");
        }
    }

    #[test]
    fn the_index_counts_lines_and_keeps_the_first_value() {
        let fields = [
            ("allow", "GET"),
            ("Location", "/a"),
            ("LOCATION", "/b"),
            ("If-Schedule-Tag-Match", "\"1\""),
        ];
        let index = Index::new(FieldList::from(&fields));
        assert_eq!(index.lines(Name::Location), 2);
        assert_eq!(index.first(Name::Location), Some(&b"/a"[..]));
        assert_eq!(index.first(Name::Allow), Some(&b"GET"[..]));
        assert_eq!(index.first(Name::Date), None);
        assert!(index.has_other_if());
        let mut seen = [&b""[..]; 2];
        let mut at = 0;
        index.find_map(Name::Location, |value| {
            seen[at] = value;
            at += 1;
            None::<()>
        });
        assert_eq!(seen, [&b"/a"[..], &b"/b"[..]]);
    }

    #[test]
    fn fields_beyond_the_slots_are_read_again_from_the_message() {
        // Every known name once, and Location twice: more names than slots.
        let lines: [(&str, &str); COUNT + 1] = core::array::from_fn(|i| match Name::ALL.get(i) {
            Some(name) => (name.as_str(), "v"),
            None => ("location", "second"),
        });
        let index = Index::new(FieldList::from(&lines));
        assert!(Name::ALL.len() > SLOTS);
        for &name in Name::ALL {
            assert!(index.has(name), "{name:?}");
            assert_eq!(index.first(name), Some(&b"v"[..]), "{name:?}");
            let expected = if name == Name::Location { 2 } else { 1 };
            assert_eq!(index.lines(name), expected, "{name:?}");
        }
        let mut seen = 0;
        index.find_map(Name::Location, |_| {
            seen += 1;
            None::<()>
        });
        assert_eq!(seen, 2);
        assert_eq!(index.present_names(), u64::MAX >> (64 - Name::ALL.len()));
    }
}
