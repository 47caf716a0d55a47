//! The `schemars` feature: JSON Schemas for the status code types, and for
//! [`Problem`](crate::Problem) when the `problem` feature is on too, for
//! OpenAPI documents.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};

use crate::{AnyStatusCode, StatusCode};

/// A JSON object from its members.
fn object<const N: usize>(members: [(&str, Value); N]) -> Map<String, Value> {
    members
        .into_iter()
        .map(|(name, value)| (String::from(name), value))
        .collect()
}

/// The schema of the integer form: one of the registered codes, each with
/// its reason phrase as description.
///
/// The schema is `{"type": "integer", "oneOf": [{"const": 100,
/// "description": "Continue"}, ...]}`. A plain `enum` of the numbers would
/// be shorter, but JSON Schema has no place for a description per value of
/// an `enum`; a `oneOf` of `const` schemas does, and is also what schemars
/// derives for an enum whose variants are documented. Schemars' OpenAPI 3.0
/// settings rewrite each `const` as a one-value `enum`, which that version
/// understands.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let schema = schemars::schema_for!(StatusCode);
/// let schema = serde_json::to_value(&schema)?;
/// assert_eq!(schema["type"], "integer");
/// assert_eq!(
///     schema["oneOf"][0],
///     serde_json::json!({"const": 100, "description": "Continue"})
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
impl JsonSchema for StatusCode {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("StatusCode")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed("statuscode::StatusCode")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let one_of: Vec<Value> = StatusCode::ALL
            .iter()
            .map(|code| {
                Value::Object(object([
                    ("const", Value::from(code.as_u16())),
                    ("description", Value::from(code.reason_phrase())),
                ]))
            })
            .collect();
        Schema::from(object([
            (
                "description",
                Value::from("An HTTP status code registered with IANA."),
            ),
            ("type", Value::from("integer")),
            ("oneOf", Value::Array(one_of)),
        ]))
    }
}

/// The schema of the integer form: an integer from 100 to 999.
///
/// # Examples
///
/// ```
/// use statuscode::AnyStatusCode;
///
/// let schema = serde_json::to_value(schemars::schema_for!(AnyStatusCode))?;
/// assert_eq!(schema["minimum"], 100);
/// assert_eq!(schema["maximum"], 999);
/// # Ok::<(), serde_json::Error>(())
/// ```
impl JsonSchema for AnyStatusCode {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("AnyStatusCode")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed("statuscode::AnyStatusCode")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        Schema::from(object([
            (
                "description",
                Value::from("An HTTP status code, registered or not."),
            ),
            ("type", Value::from("integer")),
            ("minimum", Value::from(100)),
            ("maximum", Value::from(999)),
        ]))
    }
}

/// The schema of a problem details object, after the one in RFC 9457,
/// Appendix A: an object whose five standard members are optional and
/// typed, and which allows any other member.
///
/// # Examples
///
/// ```
/// use statuscode::Problem;
///
/// let schema = serde_json::to_value(schemars::schema_for!(Problem))?;
/// assert_eq!(schema["type"], "object");
/// assert_eq!(schema["properties"]["status"]["maximum"], 999);
/// assert_eq!(schema["properties"]["type"]["default"], "about:blank");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[cfg(feature = "problem")]
impl JsonSchema for crate::Problem {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed("statuscode::Problem")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let string = |description: &str| {
            Value::Object(object([
                ("type", Value::from("string")),
                ("description", Value::from(description)),
            ]))
        };
        let uri_reference = |description: &str| {
            Value::Object(object([
                ("type", Value::from("string")),
                ("format", Value::from("uri-reference")),
                ("description", Value::from(description)),
            ]))
        };
        let mut problem_type = uri_reference("A URI reference that identifies the problem type.");
        if let Value::Object(members) = &mut problem_type {
            members.insert("default".into(), Value::from("about:blank"));
        }
        let properties = object([
            ("type", problem_type),
            (
                "title",
                string("A short, human-readable summary of the problem type."),
            ),
            ("status", generator.subschema_for::<AnyStatusCode>().into()),
            (
                "detail",
                string("A human-readable explanation specific to this occurrence of the problem."),
            ),
            (
                "instance",
                uri_reference(
                    "A URI reference that identifies the specific occurrence of the problem.",
                ),
            ),
        ]);
        Schema::from(object([
            (
                "description",
                Value::from("A problem details object (RFC 9457)."),
            ),
            ("type", Value::from("object")),
            ("properties", Value::Object(properties)),
        ]))
    }
}
