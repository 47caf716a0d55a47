//! `statuscode search`: which code fits a situation described in plain
//! words.

use std::io::{self, Write};

use serde_json::json;
use statuscode::StatusCode;

use crate::explain::write_json;
use crate::style::Style;

/// Writes the best `limit` codes for `query`, each with its summary and why
/// it matched; says so when nothing matched.
pub(crate) fn text(
    out: &mut impl Write,
    style: Style,
    query: &str,
    limit: usize,
) -> io::Result<()> {
    let mut found = false;
    for hit in StatusCode::search(query).take(limit) {
        found = true;
        let code = hit.code();
        let reasons: Vec<String> = hit.matches().map(|reason| reason.to_string()).collect();
        writeln!(
            out,
            "{}  {}",
            style.code(code.into(), &format!("{code}")),
            style.dim(&format!("score {}", hit.score()))
        )?;
        writeln!(out, "    {}", code.guidance().summary())?;
        writeln!(out, "    {} {}", style.bold("matched:"), reasons.join(", "))?;
    }
    if !found {
        writeln!(
            out,
            "No code matched {query:?}; try other words, or `statuscode list` for every code."
        )?;
    }
    Ok(())
}

/// Writes `{"results":[{"code":409,"phrase":"Conflict","score":...,
/// "matched":[...]},...]}`, best first.
pub(crate) fn json(out: &mut impl Write, query: &str, limit: usize) -> io::Result<()> {
    let results: Vec<_> = StatusCode::search(query)
        .take(limit)
        .map(|hit| {
            let code = hit.code();
            let matched: Vec<String> = hit.matches().map(|reason| reason.to_string()).collect();
            json!({
                "code": code.as_u16(),
                "phrase": code.reason_phrase(),
                "score": hit.score(),
                "matched": matched,
            })
        })
        .collect();
    write_json(out, &json!({ "results": results }))
}
