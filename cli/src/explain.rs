//! `statuscode explain`: the guidance of codes, as text or JSON.

use std::io::{self, Write};

use serde_json::{Value, json};
use statuscode::{AnyStatusCode, StatusClass, StatusCode};

use crate::list;
use crate::style::Style;
use crate::topic::Topic;

/// Writes each topic as text, with a blank line between them.
pub(crate) fn text(out: &mut impl Write, style: Style, topics: &[Topic]) -> io::Result<()> {
    for (i, topic) in topics.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        match *topic {
            Topic::Code(code) => code_text(out, style, code)?,
            Topic::Unregistered(code) => unregistered_text(out, style, code)?,
            Topic::Class(class) => list::text(out, style, Some(class))?,
        }
    }
    Ok(())
}

/// The guidance as the library writes it, with its code coloured and its
/// headings in bold, then the code's semantics and the requirement of each
/// of its header fields.
fn code_text(out: &mut impl Write, style: Style, code: StatusCode) -> io::Result<()> {
    let guidance = code.guidance().to_string();
    for (i, line) in guidance.lines().enumerate() {
        if i == 0 {
            writeln!(out, "{}", style.code(code.into(), line))?;
        } else if line.starts_with(' ') || line.is_empty() {
            writeln!(out, "{line}")?;
        } else if let Some((heading, rest)) = line.split_once(": ") {
            writeln!(out, "{}: {rest}", style.bold(heading))?;
        } else {
            writeln!(out, "{}", style.bold(line))?;
        }
    }
    let class = code.class();
    let range = class.range();
    let yes_no = |yes| if yes { "yes" } else { "no" };
    writeln!(out)?;
    writeln!(
        out,
        "{} {class} ({}..={})",
        style.bold("Class:"),
        range.start(),
        range.end()
    )?;
    writeln!(
        out,
        "{} {}",
        style.bold("May have content:"),
        yes_no(code.allows_content())
    )?;
    writeln!(
        out,
        "{} {}",
        style.bold("Ends at header section:"),
        yes_no(code.ends_at_header_section())
    )?;
    writeln!(
        out,
        "{} {}",
        style.bold("Cacheable by default:"),
        yes_no(code.is_heuristically_cacheable())
    )?;
    match code.retry_condition() {
        Some(condition) => writeln!(
            out,
            "{} {condition} {}",
            style.bold("Retry:"),
            style.dim(&format!("({})", condition.reference()))
        )?,
        None => writeln!(out, "{} no", style.bold("Retry:"))?,
    }
    let fields = code.guidance().header_fields();
    if !fields.is_empty() {
        writeln!(out, "{}", style.bold("Header field requirements:"))?;
        for field in fields {
            let when = field
                .condition()
                .map(|condition| format!(", when {condition}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}: {}{when} {}",
                field.name(),
                field.requirement(),
                style.dim(&format!("({})", field.reference()))
            )?;
        }
    }
    Ok(())
}

/// What a client makes of a number nobody registered (RFC 9110, Section 15).
fn unregistered_text(out: &mut impl Write, style: Style, code: AnyStatusCode) -> io::Result<()> {
    let number = style.code(code, &code.as_u16().to_string());
    let handled = code.treated_as();
    let reference = style.dim("(RFC 9110, Section 15)");
    if let Some(class) = code.class() {
        writeln!(
            out,
            "{number} is not a registered status code (class: {class})."
        )?;
        writeln!(
            out,
            "A client handles it as {handled}, the x00 code of its class {reference}."
        )
    } else {
        writeln!(
            out,
            "{number} is not a registered status code, nor in the classes of 100 to 599."
        )?;
        writeln!(
            out,
            "A client handles it as a server error, {handled} {reference}."
        )
    }
}

/// Writes `{"codes":[...]}`: every code of the topics, each with all of its
/// guidance and semantics; an unregistered number with what a client
/// handles it as.
pub(crate) fn json(out: &mut impl Write, topics: &[Topic]) -> io::Result<()> {
    let mut codes = Vec::new();
    for topic in topics {
        match *topic {
            Topic::Code(code) => codes.push(code_json(code)),
            Topic::Unregistered(code) => codes.push(json!({
                "code": code.as_u16(),
                "registered": false,
                "class": code.class().map(|class| class.to_string()),
                "treated_as": code.treated_as().as_u16(),
                "reference": "RFC 9110, Section 15",
            })),
            Topic::Class(class) => codes.extend(of_class(class).map(code_json)),
        }
    }
    write_json(out, &json!({ "codes": codes }))
}

/// The codes of a class, in order.
pub(crate) fn of_class(class: StatusClass) -> impl Iterator<Item = StatusCode> {
    StatusCode::ALL
        .iter()
        .copied()
        .filter(move |code| code.class() == class)
}

/// Every fact of a code, as JSON.
fn code_json(code: StatusCode) -> Value {
    let guidance = code.guidance();
    let fields: Vec<Value> = guidance
        .header_fields()
        .iter()
        .map(|field| {
            json!({
                "name": field.name(),
                "requirement": field.requirement().as_str(),
                "reference": field.reference(),
                "condition": field.condition(),
            })
        })
        .collect();
    let related: Vec<Value> = guidance
        .related()
        .iter()
        .map(|related| json!({ "code": related.as_u16(), "phrase": related.reason_phrase() }))
        .collect();
    json!({
        "code": code.as_u16(),
        "registered": true,
        "phrase": code.reason_phrase(),
        "name": code.name(),
        "class": code.class().to_string(),
        "reference": code.reference(),
        "summary": guidance.summary(),
        "use_when": guidance.use_when(),
        "when_received": guidance.when_received(),
        "pitfalls": guidance.pitfalls(),
        "headers": guidance.headers(),
        "header_fields": fields,
        "related": related,
        "terms": guidance.terms(),
        "allows_content": code.allows_content(),
        "ends_at_header_section": code.ends_at_header_section(),
        "heuristically_cacheable": code.is_heuristically_cacheable(),
        "retry": code.retry_condition().map(|condition| json!({
            "condition": condition.to_string(),
            "reference": condition.reference(),
        })),
    })
}

/// Writes a JSON value and a line end.
pub(crate) fn write_json(out: &mut impl Write, value: &Value) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
