//! What [`ConformanceLayer`](super::ConformanceLayer) keeps of a request
//! while the inner service answers it: the method, the URI, the version
//! and the header fields the checker's rules can read.

use alloc::vec::Vec;

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
    /// A field some rule knows, by its canonical name.
    Known(&'static str, HeaderValue),
    /// An `If-...` field no rule knows.
    OtherIf(HeaderName, HeaderValue),
}

impl Line {
    fn parts(&self) -> (&str, &[u8]) {
        match self {
            Line::Known(name, value) => (name, value.as_bytes()),
            Line::OtherIf(name, value) => (name.as_str(), value.as_bytes()),
        }
    }
}

/// How many bytes of field values are kept in place; offsets into them fit
/// a byte.
const BYTES: usize = 192;

/// The header fields of a request that the rules can read, in their order.
///
/// The first lines of known fields are copied in place, each as the
/// position of its name in [`Name::ALL`] and its value's bytes: copying a
/// short value costs less than counting a reference to it and releasing
/// it, and keeps the response future small. A line that does not fit,
/// and every known line after it, is kept in a vector as a
/// reference-counted `HeaderValue`, allocated only then.
#[derive(Debug)]
pub(crate) struct RequestFields {
    /// For each line kept in place: its name, and where its value starts
    /// and ends in `bytes`.
    lines: [(u8, u8, u8); SLOTS],
    /// How many of `lines` are taken.
    used: u8,
    /// How many bytes of `bytes` are taken.
    filled: u8,
    bytes: [u8; BYTES],
    more: Vec<Line>,
}

const _: () = assert!(BYTES <= u8::MAX as usize);

impl RequestFields {
    fn new(headers: &http::HeaderMap) -> RequestFields {
        let mut fields = RequestFields {
            lines: [(0, 0, 0); SLOTS],
            used: 0,
            filled: 0,
            bytes: [0; BYTES],
            more: Vec::new(),
        };
        // Whether a known line went into `more`: then the later ones go
        // there too, to keep their order.
        let mut spilled = false;
        for (name, value) in headers {
            let text = name.as_str();
            if let Some(known) = Name::find(text) {
                if spilled || !fields.keep(known, value.as_bytes()) {
                    spilled = true;
                    fields.more.push(Line::Known(known.as_str(), value.clone()));
                }
            } else if is_if_field(text) {
                fields.more.push(Line::OtherIf(name.clone(), value.clone()));
            }
        }
        fields
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
}

impl Fields for RequestFields {
    fn visit<'s>(&'s self, visit: &mut dyn FnMut(&'s str, &'s [u8])) {
        for &(name, start, end) in &self.lines[..usize::from(self.used)] {
            if let (Some(name), Some(value)) = (
                Name::ALL.get(usize::from(name)),
                self.bytes.get(usize::from(start)..usize::from(end)),
            ) {
                visit(name.as_str(), value);
            }
        }
        for line in &self.more {
            let (name, value) = line.parts();
            visit(name, value);
        }
    }
}

/// The parts of a request that the checker and the report need.
#[derive(Debug)]
pub(crate) struct Captured {
    pub(crate) method: Method,
    pub(crate) uri: Uri,
    pub(crate) version: Option<Version>,
    pub(crate) fields: RequestFields,
}

impl Captured {
    pub(crate) fn new<B>(request: &http::Request<B>) -> Captured {
        Captured {
            method: request.method().clone(),
            uri: request.uri().clone(),
            version: crate::check::http::version(request.version()),
            fields: RequestFields::new(request.headers()),
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
