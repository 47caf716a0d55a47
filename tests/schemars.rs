//! The `schemars` feature: the JSON Schemas, compared with the JSON they
//! must be, and checked against the values serde writes.
#![cfg(feature = "schemars")]

use schemars::SchemaGenerator;
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};
use statuscode::{AnyStatusCode, StatusCode};

fn schema_of<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

/// The numbers in `0..=999` that the schema's `oneOf` accepts: a number
/// matches a branch when it equals the branch's `const`.
fn accepted_by_one_of(schema: &Value) -> Vec<u64> {
    let branches = schema["oneOf"].as_array().unwrap();
    (0..=999)
        .filter(|&number| {
            let matching = branches
                .iter()
                .filter(|branch| branch["const"] == json!(number))
                .count();
            assert!(matching <= 1, "{number} matches {matching} branches");
            matching == 1
        })
        .collect()
}

#[test]
fn status_code_is_an_integer_that_is_one_of_the_registered_codes() {
    let one_of: Vec<Value> = StatusCode::ALL
        .iter()
        .map(|code| json!({"const": code.as_u16(), "description": code.reason_phrase()}))
        .collect();
    assert_eq!(
        schema_of::<StatusCode>(),
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "StatusCode",
            "description": "An HTTP status code registered with IANA.",
            "type": "integer",
            "oneOf": one_of,
        })
    );
}

#[test]
fn status_code_schema_spells_out_the_phrases() {
    let schema = schema_of::<StatusCode>();
    let one_of = schema["oneOf"].as_array().unwrap();
    assert_eq!(one_of.len(), 62);
    assert_eq!(one_of[0], json!({"const": 100, "description": "Continue"}));
    assert!(one_of.contains(&json!({"const": 413, "description": "Content Too Large"})));
    assert!(one_of.contains(&json!({"const": 418, "description": "I'm a teapot"})));
    assert!(
        one_of.contains(&json!({"const": 511, "description": "Network Authentication Required"}))
    );
}

#[test]
fn status_code_schema_accepts_exactly_the_registered_codes() {
    let schema = schema_of::<StatusCode>();
    let registered: Vec<u64> = StatusCode::ALL
        .iter()
        .map(|code| u64::from(code.as_u16()))
        .collect();
    assert_eq!(accepted_by_one_of(&schema), registered);
}

#[cfg(feature = "serde")]
#[test]
fn status_code_schema_describes_what_serde_writes() {
    let schema = schema_of::<StatusCode>();
    let written: Vec<u64> = StatusCode::ALL
        .iter()
        .map(|code| serde_json::to_value(code).unwrap().as_u64().unwrap())
        .collect();
    assert_eq!(accepted_by_one_of(&schema), written);
}

#[test]
fn status_code_is_a_shared_definition_when_embedded() {
    let mut generator = SchemaGenerator::default();
    let reference = serde_json::to_value(generator.subschema_for::<StatusCode>()).unwrap();
    assert_eq!(reference, json!({"$ref": "#/$defs/StatusCode"}));
    let definitions = generator.definitions();
    assert_eq!(definitions["StatusCode"]["type"], "integer");
    assert_eq!(
        definitions["StatusCode"]["oneOf"].as_array().unwrap().len(),
        62
    );
}

#[test]
fn openapi_3_0_settings_turn_each_const_into_a_one_value_enum() {
    // OpenAPI 3.0 has no `const`; schemars rewrites it.
    let schema = SchemaSettings::openapi3()
        .into_generator()
        .into_root_schema_for::<StatusCode>();
    let schema = serde_json::to_value(schema).unwrap();
    assert_eq!(
        schema["oneOf"][0],
        json!({"enum": [100], "description": "Continue"})
    );
}

#[test]
fn any_status_code_is_an_integer_from_100_to_999() {
    assert_eq!(
        schema_of::<AnyStatusCode>(),
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "AnyStatusCode",
            "description": "An HTTP status code, registered or not.",
            "type": "integer",
            "minimum": 100,
            "maximum": 999,
        })
    );
    // Small enough to be written in place rather than referenced.
    let mut generator = SchemaGenerator::default();
    let embedded = serde_json::to_value(generator.subschema_for::<AnyStatusCode>()).unwrap();
    assert_eq!(embedded["minimum"], 100);
    assert!(generator.definitions().is_empty());
}

#[cfg(feature = "problem")]
#[test]
fn problem_follows_rfc_9457_appendix_a() {
    assert_eq!(
        schema_of::<statuscode::Problem>(),
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Problem",
            "description": "A problem details object (RFC 9457).",
            "type": "object",
            "properties": {
                "type": {
                    "type": "string",
                    "format": "uri-reference",
                    "default": "about:blank",
                    "description": "A URI reference that identifies the problem type.",
                },
                "title": {
                    "type": "string",
                    "description": "A short, human-readable summary of the problem type.",
                },
                "status": {
                    "type": "integer",
                    "minimum": 100,
                    "maximum": 999,
                    "description": "An HTTP status code, registered or not.",
                },
                "detail": {
                    "type": "string",
                    "description": "A human-readable explanation specific to this occurrence of the problem.",
                },
                "instance": {
                    "type": "string",
                    "format": "uri-reference",
                    "description": "A URI reference that identifies the specific occurrence of the problem.",
                },
            },
        })
    );
}
