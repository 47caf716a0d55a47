//! `statuscode list`: one line per code.

use std::io::{self, Write};

use serde_json::json;
use statuscode::{StatusClass, StatusCode};

use crate::explain::{of_class, write_json};
use crate::style::Style;

/// The codes of `class`, or all of them.
fn codes(class: Option<StatusClass>) -> Vec<StatusCode> {
    match class {
        Some(class) => of_class(class).collect(),
        None => StatusCode::ALL.to_vec(),
    }
}

/// Writes one line per code: the code, its reason phrase padded to the
/// longest of the list, and its summary.
pub(crate) fn text(
    out: &mut impl Write,
    style: Style,
    class: Option<StatusClass>,
) -> io::Result<()> {
    let codes = codes(class);
    let width = codes
        .iter()
        .map(|code| code.reason_phrase().len())
        .max()
        .unwrap_or(0);
    for code in codes {
        writeln!(
            out,
            "{}  {:width$}  {}",
            style.code(code.into(), code.as_str()),
            code.reason_phrase(),
            code.guidance().summary()
        )?;
    }
    Ok(())
}

/// Writes `{"codes":[{"code":404,"phrase":"Not Found","summary":"..."},...]}`.
pub(crate) fn json(out: &mut impl Write, class: Option<StatusClass>) -> io::Result<()> {
    let codes: Vec<_> = codes(class)
        .into_iter()
        .map(|code| {
            json!({
                "code": code.as_u16(),
                "phrase": code.reason_phrase(),
                "class": code.class().to_string(),
                "summary": code.guidance().summary(),
            })
        })
        .collect();
    write_json(out, &json!({ "codes": codes }))
}
