//! The header fields the rules read, found in one pass over a message.
//!
//! [`Index::new`] visits every field line once, looks its name up among the
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
    /// A `match` on the length and the first letter leaves at most a few
    /// candidates to compare, so an unknown name costs about as little as a
    /// known one.
    pub(crate) fn find(name: &str) -> Option<Name> {
        let bytes = name.as_bytes();
        let first = bytes.first()?.to_ascii_lowercase();
        let candidates: &[Name] = match (bytes.len(), first) {
            (2, b'i') => &[Name::If],
            (3, b'a') => &[Name::Age],
            (3, b'd') => &[Name::Dav],
            (4, b'd') => &[Name::Date],
            (4, b'e') => &[Name::Etag],
            (4, b'h') => &[Name::Host],
            (4, b'l') => &[Name::Link],
            (5, b'a') => &[Name::Allow],
            (5, b'r') => &[Name::Range],
            (6, b'a') => &[Name::Accept],
            (6, b'c') => &[Name::Cookie],
            (6, b'e') => &[Name::Expect],
            (6, b'p') => &[Name::Prefer],
            (7, b'a') => &[Name::AltSvc],
            (7, b'e') => &[Name::Expires],
            (7, b'u') => &[Name::Upgrade],
            (8, b'i') => &[Name::IfMatch, Name::IfRange],
            (8, b'l') => &[Name::Location],
            (9, b'o') => &[Name::Overwrite],
            (10, b'c') => &[Name::Connection],
            (10, b'e') => &[Name::EarlyData],
            (11, b'a') => &[Name::AcceptPost],
            (11, b'r') => &[Name::RetryAfter],
            (12, b'a') => &[Name::AcceptPatch],
            (12, b'c') => &[Name::ContentType],
            (13, b'a') => &[Name::AcceptRanges, Name::Authorization],
            (13, b'c') => &[Name::CacheControl, Name::ContentRange],
            (13, b'i') => &[Name::IfNoneMatch],
            (13, b'l') => &[Name::LastModified],
            (14, b'a') => &[Name::AcceptCharset],
            (14, b'c') => &[Name::ContentLength],
            (15, b'a') => &[Name::AcceptEncoding, Name::AcceptLanguage],
            (16, b'c') => &[Name::ContentEncoding, Name::ContentLanguage],
            (16, b'w') => &[Name::WwwAuthenticate],
            (17, b'i') => &[Name::IfModifiedSince],
            (17, b't') => &[Name::TransferEncoding],
            (18, b'p') => &[Name::ProxyAuthenticate],
            (19, b'i') => &[Name::IfUnmodifiedSince],
            (19, b'p') => &[Name::ProxyAuthorization],
            (28, b'a') => &[
                Name::AccessControlAllowHeaders,
                Name::AccessControlAllowMethods,
            ],
            _ => &[],
        };
        candidates
            .iter()
            .copied()
            .find(|candidate| candidate.as_str().eq_ignore_ascii_case(name))
    }
}

/// What the index keeps of one field: how many lines carried it, and the
/// first line's value.
#[derive(Clone, Copy, Debug, Default)]
struct Slot<'a> {
    /// Saturates at `u8::MAX`; the rules only ask for none, one or more.
    lines: u8,
    first: &'a [u8],
}

/// The known fields of one message, found in one pass.
#[derive(Clone, Copy)]
pub(crate) struct Index<'a> {
    fields: Option<FieldList<'a>>,
    slots: [Slot<'a>; COUNT],
    /// Whether some field's name starts with `If-` and is not one of the
    /// names above: an extension's precondition, as far as the rules can
    /// tell.
    other_if: bool,
}

impl<'a> Index<'a> {
    /// The index of no fields at all, for a message that was not given.
    pub(crate) const EMPTY: Index<'static> = Index {
        fields: None,
        slots: [Slot {
            lines: 0,
            first: &[],
        }; COUNT],
        other_if: false,
    };

    /// Indexes `fields` in one pass.
    pub(crate) fn new(fields: FieldList<'a>) -> Index<'a> {
        let mut index = Index {
            fields: Some(fields),
            ..Index::EMPTY
        };
        fields.visit(&mut |name, value| {
            if let Some(known) = Name::find(name) {
                let slot = &mut index.slots[known as usize];
                if slot.lines == 0 {
                    slot.first = value;
                }
                slot.lines = slot.lines.saturating_add(1);
            } else if name.len() > 3 && name.as_bytes()[..3].eq_ignore_ascii_case(b"if-") {
                index.other_if = true;
            }
        });
        index
    }

    /// Whether the message itself was given, as opposed to unknown.
    pub(crate) const fn is_known(&self) -> bool {
        self.fields.is_some()
    }

    /// How many lines carried the field; 255 stands for 255 or more.
    pub(crate) const fn lines(&self, name: Name) -> u8 {
        self.slots[name as usize].lines
    }

    /// Whether some line carried the field.
    pub(crate) const fn has(&self, name: Name) -> bool {
        self.lines(name) > 0
    }

    /// The value of the field's first line.
    pub(crate) const fn first(&self, name: Name) -> Option<&'a [u8]> {
        let slot = &self.slots[name as usize];
        if slot.lines > 0 {
            Some(slot.first)
        } else {
            None
        }
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
        let slot = &self.slots[name as usize];
        match (slot.lines, self.fields) {
            (0, _) | (_, None) => None,
            (1, _) => each(slot.first),
            (_, Some(fields)) => {
                let mut found = None;
                fields.visit(&mut |line, value| {
                    if found.is_none() && name.as_str().eq_ignore_ascii_case(line) {
                        found = each(value);
                    }
                });
                found
            }
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
}
