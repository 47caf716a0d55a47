//! What [`ConformanceLayer`](super::ConformanceLayer) keeps of a request
//! while the inner service answers it: the method, the URI, the version
//! and the header fields the checker's rules can read.
//!
//! A short URI, in origin form (`/orders/7?verbose=1`, what an HTTP/1.1
//! server receives) or absolute (`https://example.com/orders/7`, what an
//! HTTP/2 one does), is copied in place with the field values rather than
//! kept as a clone of the request's `Uri`: cloning a `Uri` whose bytes the
//! request owns allocates, and releasing the clone costs as much again.
//! The `Uri` is made from the copy only when a report asks for it.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::OnceCell;
use core::mem::ManuallyDrop;

use http::header::{HeaderName, HeaderValue};
use http::{Method, Uri};

use crate::check::index::{Name, is_if_field};
use crate::check::{Fields, Version};

/// How many field lines are kept without allocating. A request rarely
/// carries more of the fields the rules know (`Host`, `Accept`,
/// `Accept-Encoding`, `Connection`, a precondition, `Range`...); the lines
/// beyond go into a vector, allocated only then.
const SLOTS: usize = 8;

/// A field line beyond the slots, or an `If-...` field no rule knows
/// (the rules only ask whether one came).
#[derive(Clone, Debug)]
enum Line {
    /// A field some rule knows.
    Known(Name, HeaderValue),
    /// An `If-...` field no rule knows.
    OtherIf(HeaderName, HeaderValue),
}

impl Line {
    fn parts(&self) -> (&str, &[u8]) {
        match self {
            Line::Known(name, value) => (name.as_str(), value.as_bytes()),
            Line::OtherIf(name, value) => (name.as_str(), value.as_bytes()),
        }
    }
}

/// How many bytes of field values are kept in place; offsets into them fit
/// a byte.
const BYTES: usize = 192;

/// The header fields of a request that the rules can read, in their order,
/// and the request's URI when it is kept in place.
///
/// The URI, when kept, takes the first bytes of `bytes`. The first lines
/// of known fields follow, each as the position of its name in
/// [`Name::ALL`] and its value's bytes: copying a short value costs less
/// than counting a reference to it and releasing it, and keeps the
/// response future small. A line that does not fit,
/// and every known line after it, is kept in a vector as a
/// reference-counted `HeaderValue`, allocated only then.
#[derive(Debug)]
pub(crate) struct RequestFields {
    /// For each line kept in place: its name, and where its value starts
    /// and ends in `bytes`.
    lines: [(u8, u8, u8); SLOTS],
    /// How many of `lines` are taken.
    used: u8,
    /// Where the URI kept in place starts its target (path and query),
    /// and where it ends; both 0 when no URI is kept.
    target: (u8, u8),
    /// How many bytes of `bytes` are taken, the target's included.
    filled: u8,
    /// The names of the known fields kept, one bit each in the order of
    /// [`Name::ALL`]: what the quick verdict reads of the request.
    names: u64,
    bytes: [u8; BYTES],
    /// The lines beyond, rarely any. Released by [`RequestFields`]'s
    /// `Drop`, which looks at the capacity first: dropping an empty vector
    /// the ordinary way runs a call and a loop for every request.
    more: ManuallyDrop<Vec<Line>>,
}

impl Drop for RequestFields {
    #[inline]
    fn drop(&mut self) {
        if self.more.capacity() != 0 {
            self.release();
        }
    }
}

const _: () = assert!(BYTES <= u8::MAX as usize);

impl RequestFields {
    const fn empty() -> RequestFields {
        RequestFields {
            lines: [(0, 0, 0); SLOTS],
            used: 0,
            target: (0, 0),
            filled: 0,
            names: 0,
            bytes: [0; BYTES],
            more: ManuallyDrop::new(Vec::new()),
        }
    }

    #[cfg(test)]
    pub(crate) fn new(headers: &http::HeaderMap) -> RequestFields {
        let mut fields = RequestFields::empty();
        fields.read(headers);
        fields
    }

    /// Copies `uri` in place, before any field line, if it is made of a
    /// target, with or without a scheme and an authority before it, and it
    /// fits.
    fn keep_uri(&mut self, uri: &Uri) -> bool {
        let Some(target) = uri.path_and_query() else {
            return false;
        };
        let start = if uri.scheme().is_none() && uri.authority().is_none() {
            0
        } else {
            match self.keep_origin(uri) {
                Some(start) => start,
                None => return false,
            }
        };
        let target = target.as_str().as_bytes();
        let end = start + target.len();
        let (Some(room), Ok(start), Ok(end)) = (
            self.bytes.get_mut(start..end),
            u8::try_from(start),
            u8::try_from(end),
        ) else {
            return false;
        };
        if end == start {
            return false;
        }
        room.copy_from_slice(target);
        self.target = (start, end);
        self.filled = end;
        true
    }

    /// Copies the scheme and authority of an absolute URI in place, as
    /// `scheme://authority`, and returns where the target goes after them,
    /// if the URI has both and they fit. Apart from
    /// [`RequestFields::keep_uri`], which a request in origin form runs
    /// through without this.
    #[inline(never)]
    fn keep_origin(&mut self, uri: &Uri) -> Option<usize> {
        let (scheme, authority) = (uri.scheme_str()?, uri.authority()?.as_str());
        let start = scheme.len() + 3 + authority.len();
        let room = self.bytes.get_mut(..start)?;
        let (scheme_room, rest) = room.split_at_mut(scheme.len());
        let (separator, authority_room) = rest.split_at_mut(3);
        scheme_room.copy_from_slice(scheme.as_bytes());
        separator.copy_from_slice(b"://");
        authority_room.copy_from_slice(authority.as_bytes());
        Some(start)
    }

    /// The URI kept in place, and its target, if there is one.
    fn kept(&self) -> Option<(&str, &str)> {
        let (start, end) = self.target;
        if end == 0 {
            return None;
        }
        let uri = core::str::from_utf8(self.bytes.get(..usize::from(end))?).ok()?;
        Some((uri, uri.get(usize::from(start)..)?))
    }

    /// Keeps the lines of `headers` that the rules can read.
    fn read(&mut self, headers: &http::HeaderMap) {
        // Whether a known line went into `more`: then the later ones go
        // there too, to keep their order.
        let mut spilled = false;
        for (name, value) in headers {
            match Name::of_http(name) {
                Some(known) => {
                    self.names |= 1 << known as u32;
                    if spilled || !self.keep(known, value.as_bytes()) {
                        spilled = true;
                        self.spill_known(known, value);
                    }
                }
                None => self.other(name, value),
            }
        }
    }

    /// Keeps a line of a field no rule knows if it is an `If-...` field.
    /// Apart from the loop above, which a request made only of known
    /// fields runs through without this.
    #[inline(never)]
    fn other(&mut self, name: &HeaderName, value: &HeaderValue) {
        if is_if_field(name.as_str()) {
            self.spill(Line::OtherIf(name.clone(), value.clone()));
        }
    }

    /// Keeps a line of a known field in the vector.
    #[cold]
    #[inline(never)]
    fn spill_known(&mut self, name: Name, value: &HeaderValue) {
        self.spill(Line::Known(name, value.clone()));
    }

    /// Drops the lines in the vector, leaving it empty.
    #[cold]
    #[inline(never)]
    fn release(&mut self) {
        drop(core::mem::take(&mut *self.more));
    }

    /// Keeps a line in the vector: rare, so apart from the loop above.
    #[cold]
    #[inline(never)]
    fn spill(&mut self, line: Line) {
        self.more.push(line);
    }

    /// Copies a line in place, if a slot and room for its value are left.
    fn keep(&mut self, name: Name, value: &[u8]) -> bool {
        let start = usize::from(self.filled);
        let end = start + value.len();
        let (Some(line), Some(room), Ok(end_byte)) = (
            self.lines.get_mut(usize::from(self.used)),
            self.bytes.get_mut(start..end),
            u8::try_from(end),
        ) else {
            return false;
        };
        room.copy_from_slice(value);
        *line = (name as u8, self.filled, end_byte);
        self.filled = end_byte;
        self.used += 1;
        true
    }

    /// The lines kept in place, in order, by name.
    #[inline]
    fn in_place(&self) -> impl Iterator<Item = (Name, &[u8])> {
        self.lines[..usize::from(self.used)]
            .iter()
            .filter_map(|&(name, start, end)| {
                let name = *Name::ALL.get(usize::from(name))?;
                Some((name, self.bytes.get(usize::from(start)..usize::from(end))?))
            })
    }

    /// Calls `known` with each line of a field the rules know, in order,
    /// by its name.
    #[inline]
    pub(crate) fn each_known<'s>(&'s self, mut known: impl FnMut(Name, &'s [u8])) {
        for (name, value) in self.in_place() {
            known(name, value);
        }
        for line in self.more.iter() {
            if let Line::Known(name, value) = line {
                known(*name, value.as_bytes());
            }
        }
    }

    /// The names of the known fields kept, one bit each in the order of
    /// [`Name::ALL`], as the checker's walk over any list of fields
    /// (`Index::names`) gives them.
    pub(crate) const fn names(&self) -> u64 {
        self.names
    }

    /// Whether an `If-...` field no rule knows came.
    pub(crate) fn has_other_if(&self) -> bool {
        self.more
            .iter()
            .any(|line| matches!(line, Line::OtherIf(..)))
    }
}

impl Fields for RequestFields {
    fn visit<'s>(&'s self, visit: &mut dyn FnMut(&'s str, &'s [u8])) {
        for (name, value) in self.in_place() {
            visit(name.as_str(), value);
        }
        for line in self.more.iter() {
            let (name, value) = line.parts();
            visit(name, value);
        }
    }
}

/// The parts of a request that the checker and the report need.
#[derive(Debug)]
pub(crate) struct Captured {
    pub(crate) method: Method,
    /// The request's URI, unless it is kept in `fields`: boxed, since
    /// this is rare and the response future is moved whole.
    uri: Option<Box<Uri>>,
    pub(crate) version: Option<Version>,
    pub(crate) fields: RequestFields,
}

impl Captured {
    #[inline]
    pub(crate) fn new<B>(request: &http::Request<B>) -> Captured {
        Captured::of(
            request.method(),
            request.uri(),
            request.version(),
            request.headers(),
        )
    }

    /// Not inlined, and not generic over the request's body: one copy of
    /// the code, whatever the services it serves.
    #[inline(never)]
    fn of(
        method: &Method,
        uri: &Uri,
        version: http::Version,
        headers: &http::HeaderMap,
    ) -> Captured {
        let mut fields = RequestFields::empty();
        let kept = fields.keep_uri(uri);
        fields.read(headers);
        Captured {
            method: method.clone(),
            uri: if kept {
                None
            } else {
                Some(Captured::boxed(uri))
            },
            version: crate::check::http::version(version),
            fields,
        }
    }

    /// A copy of `uri`, for the rare one that is not kept in place.
    #[cold]
    #[inline(never)]
    fn boxed(uri: &Uri) -> Box<Uri> {
        Box::new(uri.clone())
    }

    /// The request's target: its path and query.
    pub(crate) fn target(&self) -> Option<&str> {
        match &self.uri {
            Some(uri) => uri.path_and_query().map(http::uri::PathAndQuery::as_str),
            None => self.fields.kept().map(|(_, target)| target),
        }
    }

    /// The request's URI for a report: the one kept, or one made again
    /// from the copy in `fields`, in `made`, when the report asks for it.
    pub(crate) fn uri<'s>(&'s self, made: &'s OnceCell<Uri>) -> RequestUri<'s> {
        match (&self.uri, self.fields.kept()) {
            (Some(uri), _) => RequestUri::Kept(uri),
            (None, Some((text, target))) => RequestUri::Made {
                text,
                target,
                uri: made,
            },
            // Not reached: without a URI, one was copied, and it is UTF-8
            // since it was made of `str`s.
            (None, None) => RequestUri::Made {
                text: "/",
                target: "/",
                uri: made,
            },
        }
    }
}

/// The request's URI as a report gives it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum RequestUri<'a> {
    /// The URI, kept whole.
    Kept(&'a Uri),
    /// Only its text was kept: the URI is made from it the first time it
    /// is asked for, so that a report that does not ask costs nothing.
    Made {
        /// The URI's text.
        text: &'a str,
        /// Its target, the end of `text`.
        #[cfg_attr(
            not(any(feature = "tracing", test)),
            expect(dead_code, reason = "the tracing events' path is read from it")
        )]
        target: &'a str,
        uri: &'a OnceCell<Uri>,
    },
}

impl<'a> RequestUri<'a> {
    /// The URI.
    pub(crate) fn get(self) -> &'a Uri {
        match self {
            RequestUri::Kept(uri) => uri,
            // The text came from a `Uri` in origin or absolute form,
            // which parses again to the same `Uri`.
            RequestUri::Made { text, uri, .. } => {
                uri.get_or_init(|| Uri::try_from(text).unwrap_or_default())
            }
        }
    }

    /// The URI's path, without making the URI.
    #[cfg(any(feature = "tracing", test))]
    pub(crate) fn path(self) -> &'a str {
        match self {
            RequestUri::Kept(uri) => uri.path(),
            RequestUri::Made { target, .. } => {
                target.split_once('?').map_or(target, |(path, _)| path)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visited(fields: &RequestFields) -> Vec<(&str, &[u8])> {
        let mut lines = Vec::new();
        fields.visit(&mut |name, value| lines.push((name, value)));
        lines
    }

    fn captured(uri: &str, headers: &[(&str, &str)]) -> Captured {
        let mut request = http::Request::builder().uri(uri);
        for &(name, value) in headers {
            request = request.header(name, value);
        }
        Captured::new(&request.body(()).unwrap())
    }

    #[test]
    fn a_target_in_origin_form_is_kept_in_place_before_the_fields() {
        let kept = captured("/orders/7?verbose=1", &[("Host", "example.com")]);
        assert!(kept.uri.is_none());
        assert_eq!(kept.target(), Some("/orders/7?verbose=1"));
        // The target is no field line, and takes room from the values.
        assert_eq!(visited(&kept.fields), [("Host", &b"example.com"[..])]);
        assert_eq!(usize::from(kept.fields.filled), 19 + 11);
        let made = OnceCell::new();
        let uri = kept.uri(&made);
        assert_eq!(uri.path(), "/orders/7");
        assert!(made.get().is_none(), "the path alone makes no URI");
        assert_eq!(uri.get(), "/orders/7?verbose=1");
        assert!(made.get().is_some());
    }

    #[test]
    fn an_absolute_uri_is_kept_in_place_too() {
        let kept = captured("https://example.com:8443/orders/7?a=b", &[("Host", "x")]);
        assert!(kept.uri.is_none());
        assert_eq!(kept.target(), Some("/orders/7?a=b"));
        let made = OnceCell::new();
        let uri = kept.uri(&made);
        assert_eq!(uri.path(), "/orders/7");
        assert_eq!(uri.get(), "https://example.com:8443/orders/7?a=b");
        assert_eq!(uri.get().authority().unwrap(), "example.com:8443");
        assert_eq!(visited(&kept.fields), [("Host", &b"x"[..])]);
    }

    #[test]
    fn a_uri_that_is_more_than_its_target_or_too_long_is_kept_whole() {
        let long = alloc::format!("/{}", "x".repeat(BYTES));
        let long_authority = alloc::format!("http://{}.com/", "x".repeat(BYTES));
        for uri in ["example.com:443", long.as_str(), long_authority.as_str()] {
            let kept = captured(uri, &[("Accept", "text/html")]);
            let whole = kept.uri.clone().unwrap();
            assert_eq!(*whole, uri);
            assert_eq!(kept.fields.target, (0, 0), "{uri}");
            assert_eq!(
                kept.target(),
                whole.path_and_query().map(http::uri::PathAndQuery::as_str)
            );
            let made = OnceCell::new();
            assert!(core::ptr::eq(
                kept.uri(&made).get(),
                core::ptr::from_ref::<Uri>(kept.uri.as_ref().unwrap())
            ));
            assert_eq!(kept.uri(&made).path(), whole.path());
            assert_eq!(visited(&kept.fields), [("Accept", &b"text/html"[..])]);
        }
    }

    proptest::proptest! {
        /// Whatever origin-form or absolute URI `http` parses, the URI
        /// made again from the copy kept is the same, and so are its path
        /// and its target.
        #[test]
        fn the_uri_made_from_the_copy_is_the_request_s(
            uri in "(https?://([a-z0-9-]{1,12}@)?[a-z0-9.-]{1,20}(:[0-9]{1,5})?)?/[a-zA-Z0-9/._~%!$&'()*+,;=:@-]{0,60}(\\?[a-zA-Z0-9/?._~%!$&'()*+,;=:@-]{0,40})?"
        ) {
            let Ok(parsed) = Uri::try_from(uri.as_str()) else {
                return Ok(());
            };
            let kept = captured(&uri, &[]);
            proptest::prop_assert!(kept.uri.is_none());
            let made = OnceCell::new();
            let report = kept.uri(&made);
            proptest::prop_assert_eq!(report.path(), parsed.path());
            proptest::prop_assert_eq!(
                kept.target(),
                parsed.path_and_query().map(http::uri::PathAndQuery::as_str)
            );
            proptest::prop_assert_eq!(report.get(), &parsed);
            proptest::prop_assert_eq!(alloc::format!("{}", report.get()), alloc::format!("{parsed}"));
        }
    }

    #[test]
    fn the_index_of_the_names_looked_up_is_the_index_of_the_lines() {
        use crate::check::FieldList;
        use crate::check::index::Index;
        let long = "x".repeat(BYTES - 20);
        let cases: [&[(&str, &str)]; 5] = [
            &[],
            &[("Host", "example.com")],
            &[
                ("Accept", "text/html"),
                ("If-Schedule-Tag-Match", "\"a\""),
                ("Range", "bytes=0-1"),
                ("accept", "*/*"),
                ("X-Other", "1"),
            ],
            &[
                ("Host", "a"),
                ("Accept", long.as_str()),
                ("Range", "bytes=0-1"),
                ("If-None-Match", "\"v\""),
                ("Accept", "text/plain"),
            ],
            &[
                ("Host", "a"),
                ("Accept", "1"),
                ("Accept-Encoding", "2"),
                ("Accept-Language", "3"),
                ("Connection", "4"),
                ("Authorization", "5"),
                ("If-None-Match", "6"),
                ("If-Modified-Since", "7"),
                ("Cache-Control", "8"),
                ("Range", "9"),
                ("If-Other", "10"),
                ("Expect", "11"),
            ],
        ];
        for headers in cases {
            let kept = captured("/", headers);
            let named = Index::new(FieldList::captured(&kept.fields));
            let visited = Index::new(FieldList::from(&kept.fields));
            assert_eq!(
                named.present_names(),
                visited.present_names(),
                "{headers:?}"
            );
            assert_eq!(named.has_other_if(), visited.has_other_if(), "{headers:?}");
            for &name in Name::ALL {
                assert_eq!(named.lines(name), visited.lines(name), "{name:?}");
                assert_eq!(named.first(name), visited.first(name), "{name:?}");
            }
        }
    }

    #[test]
    fn keeps_the_fields_the_rules_know_and_the_other_preconditions() {
        let request = http::Request::builder()
            .header("Accept", "text/html")
            .header("User-Agent", "test")
            .header("If-Schedule-Tag-Match", "\"a\"")
            .header("Range", "bytes=0-1")
            .header("X-Trace", "1")
            .body(())
            .unwrap();
        let fields = RequestFields::new(request.headers());
        assert_eq!(
            visited(&fields),
            [
                ("Accept", &b"text/html"[..]),
                ("Range", b"bytes=0-1"),
                ("if-schedule-tag-match", b"\"a\""),
            ]
        );
        assert_eq!(fields.used, 2);
        assert_eq!(fields.more.len(), 1);
    }

    #[test]
    fn lines_beyond_the_slots_follow_in_order() {
        let mut request = http::Request::builder();
        for at in 0..SLOTS + 2 {
            request = request.header("Accept", alloc::format!("text/x{at}"));
        }
        let request = request.body(()).unwrap();
        let fields = RequestFields::new(request.headers());
        let values: Vec<alloc::string::String> = visited(&fields)
            .into_iter()
            .map(|(name, value)| {
                assert_eq!(name, "Accept");
                alloc::string::String::from_utf8(value.to_vec()).unwrap()
            })
            .collect();
        let expected: Vec<alloc::string::String> = (0..SLOTS + 2)
            .map(|at| alloc::format!("text/x{at}"))
            .collect();
        assert_eq!(values, expected);
        assert_eq!(fields.more.len(), 2);
    }

    #[test]
    fn lines_that_do_not_fit_in_place_keep_their_order() {
        // A header map yields the lines of one field together, in order.
        let long = "x".repeat(BYTES - 15);
        let request = http::Request::builder()
            .header("Host", "example.com")
            .header("Accept", long.as_str())
            .header("Range", "bytes=0-1")
            .header("Accept", "text/html")
            .body(())
            .unwrap();
        let fields = RequestFields::new(request.headers());
        assert_eq!(
            visited(&fields),
            [
                ("Host", &b"example.com"[..]),
                ("Accept", long.as_bytes()),
                ("Accept", b"text/html"),
                ("Range", b"bytes=0-1"),
            ]
        );
        // The second Accept did not fit the room left; the line after it
        // follows it into the vector, so that the lines stay in order.
        assert_eq!((fields.used, fields.more.len()), (2, 2));
        let request = http::Request::builder()
            .header("Accept", "x".repeat(BYTES + 1))
            .header("Host", "example.com")
            .body(())
            .unwrap();
        let fields = RequestFields::new(request.headers());
        assert_eq!((fields.used, fields.more.len()), (0, 2));
        assert_eq!(visited(&fields)[1], ("Host", &b"example.com"[..]));
    }
}
