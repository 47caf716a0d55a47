//! What [`ConformanceLayer`](super::ConformanceLayer) keeps of a request
//! while the inner service answers it: the method, the URI, the version
//! and the header fields the checker's rules can read.

use alloc::vec::Vec;

use http::header::{HeaderName, HeaderValue};
use http::{Method, Uri};

use crate::check::index::Name;
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

/// The header fields of a request that the rules can read, in their order.
///
/// A field value is a reference-counted `Bytes`: keeping one clones no
/// bytes, and for the values an HTTP/1.1 server parsed it allocates
/// nothing. The first lines of known fields are kept in place, by the
/// position of their name in [`Name::ALL`], to keep the response future
/// small.
#[derive(Debug)]
pub(crate) struct RequestFields {
    names: [u8; SLOTS],
    values: [Option<HeaderValue>; SLOTS],
    used: u8,
    more: Vec<Line>,
}

impl RequestFields {
    fn new(headers: &http::HeaderMap) -> RequestFields {
        let mut fields = RequestFields {
            names: [0; SLOTS],
            values: [const { None }; SLOTS],
            used: 0,
            more: Vec::new(),
        };
        for (name, value) in headers {
            let text = name.as_str();
            if let Some(known) = Name::find(text) {
                let at = usize::from(fields.used);
                if let (Some(slot), Some(value_slot)) =
                    (fields.names.get_mut(at), fields.values.get_mut(at))
                {
                    *slot = known as u8;
                    *value_slot = Some(value.clone());
                    fields.used += 1;
                } else {
                    fields.more.push(Line::Known(known.as_str(), value.clone()));
                }
            } else if text.len() > 3 && text.as_bytes()[..3].eq_ignore_ascii_case(b"if-") {
                fields.more.push(Line::OtherIf(name.clone(), value.clone()));
            }
        }
        fields
    }
}

impl Fields for RequestFields {
    fn visit<'s>(&'s self, visit: &mut dyn FnMut(&'s str, &'s [u8])) {
        for (&name, value) in self.names.iter().zip(&self.values) {
            let (Some(name), Some(value)) = (Name::ALL.get(usize::from(name)), value) else {
                break;
            };
            visit(name.as_str(), value.as_bytes());
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
}
