//! The members of an [RFC 9457] problem details object, read from JSON
//! content with [`scan_problem_json`] and from XML content with
//! [`xml_problem_status`].
//!
//! This works on the bytes of a body, without the `problem` feature and
//! without allocating: it reports what is there, and leaves judging it to
//! the rules.
//!
//! [RFC 9457]: https://www.rfc-editor.org/rfc/rfc9457

use super::json::{self, JsonError, JsonKind, JsonStr, JsonValue};
use super::parse_u64;
use super::xml::{CapturedText, PROBLEM_NAMESPACE, TextCapture, XmlEvent, XmlReader};

/// One of the five members RFC 9457, Section 3.1 defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ProblemMember {
    /// `type`, a string holding a URI reference (Section 3.1.1).
    Type,
    /// `status`, a number: the status code (Section 3.1.2).
    Status,
    /// `title`, a string: a short summary of the problem type
    /// (Section 3.1.3).
    Title,
    /// `detail`, a string: this occurrence explained (Section 3.1.4).
    Detail,
    /// `instance`, a string holding a URI reference (Section 3.1.5).
    Instance,
}

impl ProblemMember {
    /// The five members, in the order of RFC 9457, Section 3.1.
    pub(crate) const ALL: [ProblemMember; 5] = [
        ProblemMember::Type,
        ProblemMember::Status,
        ProblemMember::Title,
        ProblemMember::Detail,
        ProblemMember::Instance,
    ];

    /// The member name as it appears in JSON: `"type"`, `"status"`, ...
    #[must_use]
    pub(crate) const fn name(self) -> &'static str {
        match self {
            ProblemMember::Type => "type",
            ProblemMember::Status => "status",
            ProblemMember::Title => "title",
            ProblemMember::Detail => "detail",
            ProblemMember::Instance => "instance",
        }
    }

    /// The kind of JSON value the member must have: a number for `status`
    /// ("a JSON number", Section 3.1.2), a string for the others.
    ///
    /// Any number is the right type for `status`, `404.0` included; whether
    /// it is an integer and a status code is for the rule to ask, with
    /// [`JsonValue::integer`].
    #[must_use]
    pub(crate) const fn expected_kind(self) -> JsonKind {
        match self {
            ProblemMember::Status => JsonKind::Number,
            _ => JsonKind::String,
        }
    }

    /// The index of the member in [`ProblemMember::ALL`].
    const fn index(self) -> usize {
        match self {
            ProblemMember::Type => 0,
            ProblemMember::Status => 1,
            ProblemMember::Title => 2,
            ProblemMember::Detail => 3,
            ProblemMember::Instance => 4,
        }
    }
}

/// What an object says about one standard member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MemberState<'a> {
    /// The object has no member of this name.
    Absent,
    /// The member is there, once, with the right type.
    Valid(JsonValue<'a>),
    /// The member is there, once, with the wrong type. RFC 9457,
    /// Section 3.1 says a consumer must then ignore it, as if it were
    /// absent.
    WrongType(JsonValue<'a>),
    /// The name appears more than once. RFC 8259, Section 4 leaves the
    /// meaning undefined (parsers keep the first, the last or fail), so
    /// which value counts cannot be told.
    Repeated {
        /// The offset of the second occurrence's name.
        at: usize,
    },
}

/// The five standard members of a problem details object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ProblemMembers<'a> {
    /// The object itself.
    pub(crate) object: JsonValue<'a>,
    /// The state of each member, in the order of [`ProblemMember::ALL`].
    states: [MemberState<'a>; 5],
}

impl<'a> ProblemMembers<'a> {
    /// Reads the standard members of `object`; `None` when it is not an
    /// object.
    #[must_use]
    pub(crate) fn of(object: JsonValue<'a>) -> Option<Self> {
        let mut states = [MemberState::Absent; 5];
        for member in object.members()? {
            let Some(which) = ProblemMember::ALL
                .into_iter()
                .find(|which| member.name.eq_str(which.name()))
            else {
                continue;
            };
            let Some(state) = states.get_mut(which.index()) else {
                continue;
            };
            *state = match *state {
                MemberState::Absent if member.value.kind == which.expected_kind() => {
                    MemberState::Valid(member.value)
                }
                MemberState::Absent => MemberState::WrongType(member.value),
                MemberState::Valid(_) | MemberState::WrongType(_) => {
                    MemberState::Repeated { at: member.name.at }
                }
                repeated @ MemberState::Repeated { .. } => repeated,
            };
        }
        Some(ProblemMembers { object, states })
    }

    /// The state of one member.
    #[must_use]
    pub(crate) fn get(&self, member: ProblemMember) -> MemberState<'a> {
        self.states
            .get(member.index())
            .copied()
            .unwrap_or(MemberState::Absent)
    }

    /// The `type` string, escapes intact in [`JsonStr::raw`], when the
    /// member is there once as a string. The caller parses it as a URI
    /// reference (after [`JsonStr::decode_into`] when it has escapes, as
    /// `"https:\/\/..."` does). Absent, it means `about:blank`
    /// (Section 3.1.1).
    #[must_use]
    pub(crate) fn type_uri(&self) -> Option<JsonStr<'a>> {
        match self.get(ProblemMember::Type) {
            MemberState::Valid(value) => value.as_str(),
            _ => None,
        }
    }

    /// The `status` member as an integer, when it is there once as a
    /// number written as an integer (see [`JsonValue::integer`]).
    #[must_use]
    pub(crate) fn status(&self) -> Option<i64> {
        match self.get(ProblemMember::Status) {
            MemberState::Valid(value) => value.integer(),
            _ => None,
        }
    }

    /// Whether the object looks like problem details, for advice on
    /// content served as plain `application/json` rather than
    /// `application/problem+json`.
    ///
    /// The test is conservative, since `title`, `type` and `status` are
    /// common names in other JSON: all of these must hold.
    ///
    /// - `title` is there once, as a non-empty string;
    /// - `status` is there once as an integer from 100 to 599, or `type`
    ///   is there once as a string that starts with a URI scheme (such as
    ///   `https:`, `urn:`, `about:`; `"post"` and `"/types/1"` do not
    ///   count);
    /// - no standard member has the wrong type or appears twice.
    ///
    /// So `{"title": "Not Found", "status": 404}` and the RFC's examples
    /// look like problem details; `{"title": "My post", "type": "post"}`
    /// and Spring Boot's `{"status": 404, "error": "Not Found"}` do not.
    #[must_use]
    pub(crate) fn looks_like_problem(&self) -> bool {
        let clean = self
            .states
            .iter()
            .all(|state| matches!(state, MemberState::Absent | MemberState::Valid(_)));
        let titled = matches!(
            self.get(ProblemMember::Title),
            MemberState::Valid(value) if value.as_str().is_some_and(|title| !title.is_empty())
        );
        let status = self
            .status()
            .is_some_and(|code| (100..=599).contains(&code));
        let typed = self.type_uri().is_some_and(starts_with_scheme);
        clean && titled && (status || typed)
    }
}

/// Whether a string starts with a URI scheme and its colon (RFC 3986,
/// Section 3.1: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
fn starts_with_scheme(text: JsonStr<'_>) -> bool {
    let mut chars = text.chars();
    if !chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
    {
        return false;
    }
    for ch in chars {
        match ch {
            ':' => return true,
            'a'..='z' | 'A'..='Z' | '0'..='9' | '+' | '-' | '.' => {}
            _ => return false,
        }
    }
    false
}

/// Why JSON content is not a problem details object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotProblemJson {
    /// Valid JSON whose top-level value is not an object (RFC 9457,
    /// Section 3 makes problem details an object).
    NotObject(JsonKind),
    /// Not valid JSON (RFC 8259).
    Invalid {
        /// The offset of the first byte at fault.
        at: usize,
        /// What the grammar allows there.
        expected: &'static str,
    },
    /// Nesting too deep to check the document: cannot tell.
    Undecided {
        /// Where the reader gave up.
        at: usize,
    },
}

/// Reads JSON content as problem details: the standard members of its
/// top-level object.
///
/// # Errors
///
/// [`NotProblemJson`] when the content is not valid JSON, is JSON but not
/// an object, or cannot be checked.
pub(crate) fn scan_problem_json(content: &[u8]) -> Result<ProblemMembers<'_>, NotProblemJson> {
    match json::parse(content) {
        Ok(document) => {
            ProblemMembers::of(document.root).ok_or(NotProblemJson::NotObject(document.root.kind))
        }
        Err(JsonError::Syntax { at, expected }) => Err(NotProblemJson::Invalid { at, expected }),
        Err(JsonError::TooDeep { at }) => Err(NotProblemJson::Undecided { at }),
    }
}

/// The `status` of problem details in XML (RFC 9457, Appendix B).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum XmlStatus {
    /// The root is not `problem` in the `urn:ietf:rfc:7807` namespace.
    NotProblem,
    /// A problem document without a `status` child.
    Absent,
    /// The `status` child holds an integer (`xsd:positiveInteger`: digits,
    /// an optional `+`, white space around). A value beyond `u64`
    /// saturates, so comparing it with a status code stays right.
    Integer {
        /// The value.
        value: u64,
        /// The offset of the `status` start tag.
        at: usize,
    },
    /// The `status` child holds plain text that is not an integer.
    NotInteger {
        /// The offset of the `status` start tag.
        at: usize,
    },
    /// Cannot tell: the document could not be read to its end (see
    /// [`super::xml::XmlError`]), `status` appears twice, or its text is not
    /// plain (a reference, a comment or a child element in it).
    Undecided,
}

/// Reads the `status` child of an XML problem details document: the root
/// must be `problem` in the `urn:ietf:rfc:7807` namespace, the status a
/// child `status` element in the same namespace.
#[must_use]
pub(crate) fn xml_problem_status(content: &[u8]) -> XmlStatus {
    let mut found = XmlStatus::Absent;
    let mut capture: Option<TextCapture<'_>> = None;
    for event in XmlReader::new(content) {
        let Ok(event) = event else {
            return XmlStatus::Undecided;
        };
        if let Some(status) = capture.as_mut() {
            if let Some(text) = status.feed(event) {
                let CapturedText::Plain(text) = text else {
                    return XmlStatus::Undecided;
                };
                found = match read_positive_integer(text) {
                    Some(value) => XmlStatus::Integer {
                        value,
                        at: status.at,
                    },
                    None => XmlStatus::NotInteger { at: status.at },
                };
                capture = None;
            }
            continue;
        }
        match event {
            XmlEvent::Start { name, depth: 1, .. } if !name.is(PROBLEM_NAMESPACE, "problem") => {
                return XmlStatus::NotProblem;
            }
            XmlEvent::Start {
                name, at, depth: 2, ..
            } if name.is(PROBLEM_NAMESPACE, "status") => {
                if found != XmlStatus::Absent {
                    return XmlStatus::Undecided;
                }
                capture = Some(TextCapture::new(at, 2));
            }
            _ => {}
        }
    }
    found
}

/// Reads `xsd:positiveInteger` text: white space, an optional `+`, digits,
/// white space. `None` for anything else; a value beyond `u64` saturates.
fn read_positive_integer(text: &[u8]) -> Option<u64> {
    let text = text.trim_ascii();
    let digits = text.strip_prefix(b"+").unwrap_or(text);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(parse_u64(digits).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 9457, Section 3: the out-of-credit example.
    const OUT_OF_CREDIT: &str = r#"{
 "type": "https://example.com/probs/out-of-credit",
 "title": "You do not have enough credit.",
 "detail": "Your current balance is 30, but that costs 50.",
 "instance": "/account/12345/msgs/abc",
 "balance": 30,
 "accounts": ["/account/12345",
              "/account/67890"]
}"#;

    /// RFC 9457, Section 3: the validation error example (no status).
    const VALIDATION: &str = r##"{
 "type": "https://example.net/validation-error",
 "title": "Your request is not valid.",
 "errors": [
             {
               "detail": "must be a positive integer",
               "pointer": "#/age"
             },
             {
               "detail": "must be 'green', 'red' or 'blue'",
               "pointer": "#/profile/color"
             }
          ]
}"##;

    /// What ASP.NET Core sends for a 404.
    const ASP_NET: &str = r#"{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not Found","status":404,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"}"#;

    fn members(content: &str) -> ProblemMembers<'_> {
        match scan_problem_json(content.as_bytes()) {
            Ok(members) => members,
            Err(error) => panic!("{content}: {error:?}"),
        }
    }

    /// The state of each member as a short code: `-` absent, `v` valid,
    /// `w` wrong type, `r` repeated, in the order of `ProblemMember::ALL`.
    fn states(members: &ProblemMembers<'_>) -> [char; 5] {
        ProblemMember::ALL.map(|member| match members.get(member) {
            MemberState::Absent => '-',
            MemberState::Valid(_) => 'v',
            MemberState::WrongType(_) => 'w',
            MemberState::Repeated { .. } => 'r',
        })
    }

    #[test]
    fn reads_each_standard_member() {
        let cases = [
            (OUT_OF_CREDIT, ['v', '-', 'v', 'v', 'v']),
            (VALIDATION, ['v', '-', 'v', '-', '-']),
            (ASP_NET, ['v', 'v', 'v', '-', '-']),
            ("{}", ['-'; 5]),
            (
                r#"{"status":"404","title":null,"type":{},"detail":1,"instance":[]}"#,
                ['w'; 5],
            ),
            (
                r#"{"status":404.0,"title":"","type":"","detail":"","instance":""}"#,
                ['v'; 5],
            ),
            (
                r#"{"status":404,"status":404,"title":"a","title":1,"title":"b"}"#,
                ['-', 'r', 'r', '-', '-'],
            ),
            (
                r#"{"\u0074ype":"about:blank","Type":1,"TITLE":1}"#,
                ['v', '-', '-', '-', '-'],
            ),
            (
                r#"{"errors":[{"status":1}],"detail":{"title":"x"}}"#,
                ['-', '-', '-', 'w', '-'],
            ),
        ];
        for (content, expected) in cases {
            assert_eq!(states(&members(content)), expected, "{content}");
        }
    }

    #[test]
    fn member_views_point_at_the_values() {
        let problem = members(ASP_NET);
        let MemberState::Valid(status) = problem.get(ProblemMember::Status) else {
            panic!("{problem:?}");
        };
        assert_eq!(status.raw, b"404");
        assert_eq!(ASP_NET.get(status.at..status.at + 3), Some("404"));
        assert_eq!(problem.status(), Some(404));
        let uri = problem.type_uri().and_then(JsonStr::as_plain);
        assert_eq!(
            uri,
            Some("https://tools.ietf.org/html/rfc9110#section-15.5.5")
        );

        let repeated = r#"{"type":"a:b","type":"c:d"}"#;
        assert_eq!(
            members(repeated).get(ProblemMember::Type),
            MemberState::Repeated { at: 14 }
        );
        assert_eq!(members(repeated).type_uri(), None);
        assert_eq!(members(r#"{"status":4.04e2}"#).status(), None);
        assert_eq!(members(r#"{"status":"404"}"#).status(), None);
        let escaped = members(r#"{"type":"https:\/\/example.com\/probs\/x"}"#);
        let mut buffer = [0_u8; 64];
        let uri = escaped
            .type_uri()
            .and_then(|uri| uri.decode_into(&mut buffer));
        assert_eq!(uri, Some("https://example.com/probs/x"));
    }

    #[test]
    fn names_and_kinds_follow_the_rfc() {
        let names = ProblemMember::ALL.map(ProblemMember::name);
        assert_eq!(names, ["type", "status", "title", "detail", "instance"]);
        for member in ProblemMember::ALL {
            let number = member == ProblemMember::Status;
            assert_eq!(
                member.expected_kind() == JsonKind::Number,
                number,
                "{member:?}"
            );
            assert_eq!(ProblemMember::ALL[member.index()], member);
        }
    }

    #[test]
    fn looks_like_problem_only_with_strong_evidence() {
        let cases = [
            (OUT_OF_CREDIT, true),
            (VALIDATION, true),
            (ASP_NET, true),
            (r#"{"title":"Not Found","status":404}"#, true),
            (r#"{"type":"about:blank","title":"Forbidden"}"#, true),
            (
                r#"{"type":"tag:example@example.org,2021-09-17:OutOfLuck","title":"Out of luck"}"#,
                true,
            ),
            // Not enough, or not problem details at all.
            ("{}", false),
            (r#"{"status":404,"error":"Not Found","path":"/x"}"#, false),
            (r#"{"title":"My post","type":"post"}"#, false),
            (r#"{"title":"Widget","type":"/types/widget"}"#, false),
            (r#"{"title":"","status":404}"#, false),
            (r#"{"title":"Not Found","status":4040}"#, false),
            (r#"{"title":"Not Found","status":404.0}"#, false),
            (r#"{"type":"https://example.com/p","status":404}"#, false),
            // A standard member of the wrong type, or repeated.
            (r#"{"title":"Not Found","status":404,"type":7}"#, false),
            (
                r#"{"title":"Not Found","status":404,"detail":{"a":1}}"#,
                false,
            ),
            (r#"{"title":"Not Found","status":404,"status":500}"#, false),
        ];
        for (content, expected) in cases {
            assert_eq!(members(content).looks_like_problem(), expected, "{content}");
        }
    }

    #[test]
    fn tells_objects_from_other_json() {
        // Whether the content is a JSON object; `None` when it cannot tell.
        let is_object = |content| match scan_problem_json(content) {
            Ok(_) => Some(true),
            Err(NotProblemJson::NotObject(_) | NotProblemJson::Invalid { .. }) => Some(false),
            Err(NotProblemJson::Undecided { .. }) => None,
        };
        let cases: [(&[u8], Option<bool>); 6] = [
            (b"{}", Some(true)),
            (OUT_OF_CREDIT.as_bytes(), Some(true)),
            (b"[{}]", Some(false)),
            (b"\"error\"", Some(false)),
            (b"{\"a\":", Some(false)),
            (b"<html>", Some(false)),
        ];
        for (content, expected) in cases {
            assert_eq!(is_object(content), expected, "{:?}", content.escape_ascii());
        }
        let mut deep = [b'['; json::MAX_DEPTH + 1];
        deep[0] = b'{';
        assert_eq!(
            is_object(&deep),
            Some(false),
            "a brace then arrays is invalid at once"
        );
        let mut deep = [b'['; 2 * json::MAX_DEPTH + 2];
        deep[json::MAX_DEPTH + 1..].fill(b']');
        assert_eq!(is_object(&deep), None);
        assert!(matches!(
            scan_problem_json(&deep),
            Err(NotProblemJson::Undecided { .. })
        ));
        assert_eq!(
            scan_problem_json(b"[]"),
            Err(NotProblemJson::NotObject(JsonKind::Array))
        );
        assert!(matches!(
            scan_problem_json(b"{,}"),
            Err(NotProblemJson::Invalid { at: 1, .. })
        ));
    }

    #[test]
    fn reads_the_status_of_xml_problem_details() {
        // RFC 9457, Appendix B, with a status added.
        let rfc = r#"<?xml version="1.0" encoding="UTF-8"?>
<problem xmlns="urn:ietf:rfc:7807">
  <type>https://example.com/probs/out-of-credit</type>
  <title>You do not have enough credit.</title>
  <status>403</status>
  <detail>Your current balance is 30, but that costs 50.</detail>
  <accounts>
    <i>https://example.net/account/12345</i>
  </accounts>
</problem>"#;
        let status_at = rfc.find("<status>").unwrap_or(usize::MAX);
        assert_eq!(
            xml_problem_status(rfc.as_bytes()),
            XmlStatus::Integer {
                value: 403,
                at: status_at
            }
        );

        let cases = [
            (
                "<p:problem xmlns:p='urn:ietf:rfc:7807'><p:status> +404\n</p:status></p:problem>",
                XmlStatus::Integer { value: 404, at: 39 },
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status>99999999999999999999999</status></problem>",
                XmlStatus::Integer {
                    value: u64::MAX,
                    at: 35,
                },
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status>Not Found</status></problem>",
                XmlStatus::NotInteger { at: 35 },
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status/></problem>",
                XmlStatus::NotInteger { at: 35 },
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><title>x</title></problem>",
                XmlStatus::Absent,
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><x><status>404</status></x></problem>",
                XmlStatus::Absent,
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status xmlns='urn:x'>404</status></problem>",
                XmlStatus::Absent,
            ),
            (
                "<problem><status>404</status></problem>",
                XmlStatus::NotProblem,
            ),
            (
                "<problem xmlns='urn:ietf:rfc:9457'><status>404</status></problem>",
                XmlStatus::NotProblem,
            ),
            (
                "<error xmlns='urn:ietf:rfc:7807'><status>404</status></error>",
                XmlStatus::NotProblem,
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status>4&#48;4</status></problem>",
                XmlStatus::Undecided,
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status>404</status><status>500</status></problem>",
                XmlStatus::Undecided,
            ),
            (
                "<problem xmlns='urn:ietf:rfc:7807'><status>404</status>",
                XmlStatus::Undecided,
            ),
            ("{\"status\":404}", XmlStatus::Undecided),
        ];
        for (content, expected) in cases {
            assert_eq!(
                xml_problem_status(content.as_bytes()),
                expected,
                "{content}"
            );
        }
    }
}
