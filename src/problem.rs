//! The `problem` feature: [`Problem`], an RFC 9457 problem details object.

use alloc::collections::BTreeMap;
use alloc::string::String;
use core::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use crate::{AnyStatusCode, StatusCode};

/// An RFC 9457 problem details object: the JSON body of an error response,
/// served as `application/problem+json` ([`Problem::CONTENT_TYPE`]).
///
/// [RFC 9457] defines five members, all optional: `type` (a URI reference
/// that identifies the kind of problem, `about:blank` when absent),
/// `title`, `status`, `detail` and `instance`. Any other member is an
/// extension, defined by the problem type.
///
/// [`Problem::new`] starts from a registered status code, with the reason
/// phrase as the title and no `type`, which means `about:blank`: RFC 9457,
/// Section 4.2.1 uses that type for a problem that says no more than its
/// status code, and asks for exactly that title. Builders add the rest.
///
/// # Writing
///
/// `Serialize` writes the members that are present in the order of the
/// RFC's examples, `type`, `title`, `status`, `detail`, `instance`, then the
/// extensions in the order of their names. `type` is written only when it
/// was set, so a problem from `Problem::new` has none, which readers take
/// as `about:blank`.
///
/// A `Problem` cannot hold two members with one name:
/// [`Problem::with_extension`] refuses the name of a standard member, so the
/// JSON never repeats a key.
///
/// # Reading
///
/// `Deserialize` accepts any JSON object, following RFC 9457, Section 3.1:
///
/// - Every member is optional, `status` and `title` included; `{}` is a
///   problem (of type `about:blank`, with nothing else to say).
/// - A standard member whose value has the wrong type is ignored, as the
///   RFC requires: its getter returns `None` (or `about:blank` for
///   [`Problem::problem_type`]). `status` must be an integer from 100 to
///   999, the four others strings.
/// - An unregistered status such as 499 is kept as an [`AnyStatusCode`].
/// - Every other member is an extension, kept with its JSON value.
///
/// Nothing is lost: an ignored member is still kept and written back
/// unchanged, so a document read and written again has the same members
/// with the same values. Setting the member with a builder replaces it. A
/// document that names a member twice is an error, since JSON (RFC 8259,
/// Section 4) gives such a document no defined meaning.
///
/// `type` and `instance` are kept as the strings they are; they are not
/// parsed or resolved against the document's base URI.
///
/// # Examples
///
/// ```
/// use statuscode::{Problem, StatusCode};
///
/// let problem = Problem::new(StatusCode::Forbidden)
///     .with_type("https://example.com/probs/out-of-credit")
///     .with_title("You do not have enough credit.")
///     .with_detail("Your current balance is 30, but that costs 50.")
///     .with_instance("/account/12345/msgs/abc")
///     .with_extension("balance", 30)?;
///
/// assert_eq!(
///     serde_json::to_string(&problem)?,
///     concat!(
///         r#"{"type":"https://example.com/probs/out-of-credit","#,
///         r#""title":"You do not have enough credit.","status":403,"#,
///         r#""detail":"Your current balance is 30, but that costs 50.","#,
///         r#""instance":"/account/12345/msgs/abc","balance":30}"#,
///     )
/// );
///
/// // A peer's problem, with a status nobody registered and an extension.
/// let received: Problem = serde_json::from_str(r#"{"status":499,"title":"Client Closed Request","trace":"f00"}"#)?;
/// assert_eq!(received.status().map(|code| code.as_u16()), Some(499));
/// assert_eq!(received.problem_type(), "about:blank");
/// assert_eq!(received.extension("trace"), Some(&serde_json::json!("f00")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [RFC 9457]: https://www.rfc-editor.org/rfc/rfc9457.html
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    type_uri: Member<String>,
    title: Member<String>,
    status: Member<AnyStatusCode>,
    detail: Member<String>,
    instance: Member<String>,
    extensions: BTreeMap<String, Value>,
}

/// One standard member of a problem details object.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Member<T> {
    /// Not in the object.
    Absent,
    /// In the object with a value of the type RFC 9457 specifies.
    Valid(T),
    /// In the object with a value of another type: ignored, as RFC 9457,
    /// Section 3.1 requires, but kept so that it is written back.
    Ignored(Value),
}

impl<T> Member<T> {
    const fn valid(&self) -> Option<&T> {
        match self {
            Member::Valid(value) => Some(value),
            Member::Absent | Member::Ignored(_) => None,
        }
    }

    const fn is_present(&self) -> bool {
        !matches!(self, Member::Absent)
    }

    fn serialize_into<M: SerializeMap>(&self, name: &str, map: &mut M) -> Result<(), M::Error>
    where
        T: Serialize,
    {
        match self {
            Member::Absent => Ok(()),
            Member::Valid(value) => map.serialize_entry(name, value),
            Member::Ignored(value) => map.serialize_entry(name, value),
        }
    }
}

impl Member<String> {
    /// A string member: valid when the value is a string.
    fn string(value: Value) -> Member<String> {
        match value {
            Value::String(text) => Member::Valid(text),
            other => Member::Ignored(other),
        }
    }
}

impl Member<AnyStatusCode> {
    /// The `status` member: valid when the value is an integer from 100 to
    /// 999.
    fn status(value: Value) -> Member<AnyStatusCode> {
        let code = value
            .as_u64()
            .and_then(|number| u16::try_from(number).ok())
            .and_then(|number| AnyStatusCode::from_u16(number).ok());
        match code {
            Some(code) => Member::Valid(code),
            None => Member::Ignored(value),
        }
    }
}

/// The standard members, each with the way to set it.
const STANDARD_MEMBERS: [(&str, &str); 5] = [
    ("type", "Problem::with_type"),
    ("title", "Problem::with_title"),
    ("status", "Problem::new"),
    ("detail", "Problem::with_detail"),
    ("instance", "Problem::with_instance"),
];

impl Problem {
    /// The media type of a problem details object in JSON,
    /// `application/problem+json` ([RFC 9457, Section 6.1]). Send it as the
    /// `Content-Type` of a response whose body is a `Problem`.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::Problem;
    ///
    /// assert_eq!(Problem::CONTENT_TYPE, "application/problem+json");
    /// ```
    ///
    /// [RFC 9457, Section 6.1]: https://www.rfc-editor.org/rfc/rfc9457.html#section-6.1
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The `type` a problem has when it names none ([RFC 9457, Section
    /// 4.2.1]): the problem says no more than its status code.
    ///
    /// [RFC 9457, Section 4.2.1]: https://www.rfc-editor.org/rfc/rfc9457.html#section-4.2.1
    const ABOUT_BLANK: &'static str = "about:blank";

    /// A problem of type `about:blank` for this status code, titled with its
    /// reason phrase.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::NotFound);
    /// assert_eq!(problem.problem_type(), "about:blank");
    /// assert_eq!(problem.title(), Some("Not Found"));
    /// assert_eq!(problem.status(), Some(StatusCode::NotFound.into()));
    /// assert_eq!(serde_json::to_string(&problem)?, r#"{"title":"Not Found","status":404}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(status: StatusCode) -> Problem {
        Problem {
            type_uri: Member::Absent,
            title: Member::Valid(status.reason_phrase().into()),
            status: Member::Valid(status.into()),
            detail: Member::Absent,
            instance: Member::Absent,
            extensions: BTreeMap::new(),
        }
    }

    /// Sets `type`, a URI reference that identifies the kind of problem,
    /// ideally to documentation of it ([RFC 9457, Section 3.1.1]).
    ///
    /// A problem type other than `about:blank` describes itself in the
    /// title, so set that too with [`Problem::with_title`].
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::Forbidden)
    ///     .with_type("https://example.com/probs/out-of-credit")
    ///     .with_title("You do not have enough credit.");
    /// assert_eq!(problem.problem_type(), "https://example.com/probs/out-of-credit");
    /// ```
    ///
    /// [RFC 9457, Section 3.1.1]: https://www.rfc-editor.org/rfc/rfc9457.html#section-3.1.1
    #[must_use]
    pub fn with_type(mut self, problem_type: impl Into<String>) -> Problem {
        self.type_uri = Member::Valid(problem_type.into());
        self
    }

    /// Sets `title`, a short summary of the problem type that does not
    /// change from one occurrence to the next ([RFC 9457, Section 3.1.3]).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::NotFound).with_title("Ressource introuvable");
    /// assert_eq!(problem.title(), Some("Ressource introuvable"));
    /// ```
    ///
    /// [RFC 9457, Section 3.1.3]: https://www.rfc-editor.org/rfc/rfc9457.html#section-3.1.3
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Problem {
        self.title = Member::Valid(title.into());
        self
    }

    /// Sets `detail`, an explanation of this occurrence of the problem,
    /// written to help the client correct it ([RFC 9457, Section 3.1.4]).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::Conflict)
    ///     .with_detail("The order was changed by someone else; reload it.");
    /// assert_eq!(problem.detail(), Some("The order was changed by someone else; reload it."));
    /// ```
    ///
    /// [RFC 9457, Section 3.1.4]: https://www.rfc-editor.org/rfc/rfc9457.html#section-3.1.4
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Member::Valid(detail.into());
        self
    }

    /// Sets `instance`, a URI reference that identifies this occurrence of
    /// the problem ([RFC 9457, Section 3.1.5]).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::NotFound).with_instance("/orders/42");
    /// assert_eq!(problem.instance(), Some("/orders/42"));
    /// ```
    ///
    /// [RFC 9457, Section 3.1.5]: https://www.rfc-editor.org/rfc/rfc9457.html#section-3.1.5
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Problem {
        self.instance = Member::Valid(instance.into());
        self
    }

    /// Adds an extension member with any serializable value ([RFC 9457,
    /// Section 3.2]). Adding a name again replaces its value.
    ///
    /// The RFC advises names of three or more letters, digits and
    /// underscores that start with a letter, so that they are usable in
    /// other formats too; this is advice, and any other name is accepted.
    ///
    /// # Errors
    ///
    /// When `name` is that of a standard member (`type`, `title`,
    /// `status`, `detail` or `instance`), which would either repeat a key
    /// in the JSON or give the member a meaning the RFC does not: set those
    /// with their own methods. Also when the value cannot be represented as
    /// JSON, such as a map whose keys are not strings. The problem is
    /// dropped in either case.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::Forbidden)
    ///     .with_extension("balance", 30)?
    ///     .with_extension("accounts", ["/account/12345", "/account/67890"])?;
    /// assert_eq!(problem.extension("balance"), Some(&serde_json::json!(30)));
    ///
    /// let error = Problem::new(StatusCode::Forbidden).with_extension("status", 500).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#"cannot add the extension member "status": that is a standard member, set with Problem::new"#
    /// );
    /// # Ok::<(), statuscode::ProblemExtensionError>(())
    /// ```
    ///
    /// [RFC 9457, Section 3.2]: https://www.rfc-editor.org/rfc/rfc9457.html#section-3.2
    pub fn with_extension<T: Serialize>(
        mut self,
        name: impl Into<String>,
        value: T,
    ) -> Result<Problem, ProblemExtensionError> {
        let name = name.into();
        if let Some(&(_, setter)) = STANDARD_MEMBERS
            .iter()
            .find(|(standard, _)| *standard == name)
        {
            return Err(ProblemExtensionError {
                name,
                kind: Refusal::Standard { setter },
            });
        }
        match serde_json::to_value(value) {
            Ok(value) => {
                self.extensions.insert(name, value);
                Ok(self)
            }
            Err(error) => Err(ProblemExtensionError {
                name,
                kind: Refusal::NotJson(error),
            }),
        }
    }

    /// The problem type, `about:blank` when `type` is absent or not a
    /// string ([RFC 9457, Section 3.1.1]).
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// assert_eq!(Problem::new(StatusCode::NotFound).problem_type(), "about:blank");
    /// let problem: Problem = serde_json::from_str(r#"{"type":"https://example.com/probs/stale"}"#)?;
    /// assert_eq!(problem.problem_type(), "https://example.com/probs/stale");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// [RFC 9457, Section 3.1.1]: https://www.rfc-editor.org/rfc/rfc9457.html#section-3.1.1
    #[must_use]
    pub fn problem_type(&self) -> &str {
        self.type_uri
            .valid()
            .map_or(Problem::ABOUT_BLANK, String::as_str)
    }

    /// The `title`, if present and a string.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// assert_eq!(Problem::new(StatusCode::Gone).title(), Some("Gone"));
    /// ```
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.title.valid().map(String::as_str)
    }

    /// The `status`, if present and an integer from 100 to 999.
    ///
    /// RFC 9457 makes it advisory: the status code of the response itself
    /// is the one that counts.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// assert_eq!(Problem::new(StatusCode::Gone).status(), Some(StatusCode::Gone.into()));
    /// let problem: Problem = serde_json::from_str(r#"{"status":"410"}"#)?;
    /// assert_eq!(problem.status(), None);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn status(&self) -> Option<AnyStatusCode> {
        self.status.valid().copied()
    }

    /// The `detail`, if present and a string.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// assert_eq!(Problem::new(StatusCode::Gone).detail(), None);
    /// assert_eq!(Problem::new(StatusCode::Gone).with_detail("moved").detail(), Some("moved"));
    /// ```
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.valid().map(String::as_str)
    }

    /// The `instance`, if present and a string.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::Gone).with_instance("/orders/7");
    /// assert_eq!(problem.instance(), Some("/orders/7"));
    /// ```
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.instance.valid().map(String::as_str)
    }

    /// The value of the extension member `name`, if there is one.
    ///
    /// # Examples
    ///
    /// ```
    /// use serde_json::json;
    /// use statuscode::Problem;
    ///
    /// let problem: Problem = serde_json::from_str(r#"{"status":429,"retry_in":30}"#)?;
    /// assert_eq!(problem.extension("retry_in"), Some(&json!(30)));
    /// assert_eq!(problem.extension("status"), None);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn extension(&self, name: &str) -> Option<&Value> {
        self.extensions.get(name)
    }

    /// Every extension member, in the order of their names.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::Problem;
    ///
    /// let problem: Problem = serde_json::from_str(r#"{"title":"Oops","b":2,"a":1}"#)?;
    /// let names: Vec<&str> = problem.extensions().map(|(name, _)| name).collect();
    /// assert_eq!(names, ["a", "b"]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn extensions(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.extensions
            .iter()
            .map(|(name, value)| (name.as_str(), value))
    }

    /// A problem without any member, to read a document into.
    fn empty() -> Problem {
        Problem {
            type_uri: Member::Absent,
            title: Member::Absent,
            status: Member::Absent,
            detail: Member::Absent,
            instance: Member::Absent,
            extensions: BTreeMap::new(),
        }
    }

    /// Whether the problem already has a member with this name.
    fn has_member(&self, name: &str) -> bool {
        match name {
            "type" => self.type_uri.is_present(),
            "title" => self.title.is_present(),
            "status" => self.status.is_present(),
            "detail" => self.detail.is_present(),
            "instance" => self.instance.is_present(),
            _ => self.extensions.contains_key(name),
        }
    }

    /// How many members the JSON object has.
    fn member_count(&self) -> usize {
        [
            self.type_uri.is_present(),
            self.title.is_present(),
            self.status.is_present(),
            self.detail.is_present(),
            self.instance.is_present(),
        ]
        .into_iter()
        .filter(|&present| present)
        .count()
            + self.extensions.len()
    }
}

/// Writes the problem as a JSON object: the standard members present, in
/// the order `type`, `title`, `status`, `detail`, `instance`, then the
/// extensions by name. See [`Problem`].
///
/// # Examples
///
/// ```
/// use statuscode::{Problem, StatusCode};
///
/// let problem = Problem::new(StatusCode::TooManyRequests)
///     .with_detail("Try again in 30 seconds.")
///     .with_extension("retry_in", 30)?;
/// assert_eq!(
///     serde_json::to_string(&problem)?,
///     r#"{"title":"Too Many Requests","status":429,"detail":"Try again in 30 seconds.","retry_in":30}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.member_count()))?;
        self.type_uri.serialize_into("type", &mut map)?;
        self.title.serialize_into("title", &mut map)?;
        self.status.serialize_into("status", &mut map)?;
        self.detail.serialize_into("detail", &mut map)?;
        self.instance.serialize_into("instance", &mut map)?;
        for (name, value) in &self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// Reads any JSON object as a problem, keeping every member. See
/// [`Problem`] for how missing and mistyped members are handled.
///
/// # Examples
///
/// ```
/// use statuscode::Problem;
///
/// let json = r#"{"status":"oops","title":"Broken","extra":[1,2]}"#;
/// let problem: Problem = serde_json::from_str(json)?;
/// assert_eq!(problem.status(), None); // ignored: not a number
/// assert_eq!(problem.title(), Some("Broken"));
/// assert_eq!(serde_json::to_string(&problem)?, r#"{"title":"Broken","status":"oops","extra":[1,2]}"#);
///
/// let error = serde_json::from_str::<Problem>(r#"["not", "an", "object"]"#).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid type: sequence, expected a problem details object at line 1 column 0"
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Problem, D::Error> {
        deserializer.deserialize_map(ProblemVisitor)
    }
}

struct ProblemVisitor;

impl<'de> Visitor<'de> for ProblemVisitor {
    type Value = Problem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Problem, A::Error> {
        let mut problem = Problem::empty();
        while let Some(name) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            if problem.has_member(&name) {
                return Err(de::Error::custom(format_args!(
                    "the member {name:?} appears twice in a problem details object"
                )));
            }
            match name.as_str() {
                "type" => problem.type_uri = Member::string(value),
                "title" => problem.title = Member::string(value),
                "status" => problem.status = Member::status(value),
                "detail" => problem.detail = Member::string(value),
                "instance" => problem.instance = Member::string(value),
                _ => {
                    problem.extensions.insert(name, value);
                }
            }
        }
        Ok(problem)
    }
}

/// An extension member that [`Problem::with_extension`] could not add.
///
/// It keeps the member's name; the message says why the member was
/// refused.
///
/// # Examples
///
/// ```
/// use std::collections::BTreeMap;
///
/// use statuscode::{Problem, StatusCode};
///
/// let error = Problem::new(StatusCode::BadRequest).with_extension("title", "x").unwrap_err();
/// assert_eq!(error.name(), "title");
/// assert_eq!(
///     error.to_string(),
///     r#"cannot add the extension member "title": that is a standard member, set with Problem::with_title"#
/// );
///
/// let by_position = BTreeMap::from([((1, 2), "a map key that is not a string")]);
/// let error = Problem::new(StatusCode::BadRequest)
///     .with_extension("cells", by_position)
///     .unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#"cannot add the extension member "cells": its value is not representable as JSON (key must be a string)"#
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[error("cannot add the extension member {name:?}: {kind}")]
pub struct ProblemExtensionError {
    name: String,
    kind: Refusal,
}

/// Why an extension member was refused.
#[derive(Debug, thiserror::Error)]
enum Refusal {
    #[error("that is a standard member, set with {setter}")]
    Standard { setter: &'static str },
    #[error("its value is not representable as JSON ({0})")]
    NotJson(serde_json::Error),
}

impl ProblemExtensionError {
    /// The name of the member that was refused.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::{Problem, StatusCode};
    ///
    /// let error = Problem::new(StatusCode::BadRequest).with_extension("type", "x").unwrap_err();
    /// assert_eq!(error.name(), "type");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}
