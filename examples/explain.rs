//! Explains an HTTP status code (its guidance and semantics), or lists them
//! all.
//!
//! ```text
//! cargo run --example explain -- 409    # one code
//! cargo run --example explain           # every registered code
//! ```
//!
//! An argument that is not a registered code is reported on standard error,
//! and the program exits with status 1 (2 for a usage error).

use std::io::{self, Write};
use std::process::ExitCode;

use statuscode::{AnyStatusCode, StatusCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => finish(print_table(&mut io::stdout().lock())),
        [arg] => match arg.parse::<StatusCode>() {
            Ok(code) => finish(print_code(&mut io::stdout().lock(), code)),
            Err(error) => {
                eprintln!("error: {error}");
                if let Some(number) = error.code() {
                    eprintln!("note: {}", fallback(number));
                }
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: explain [CODE]");
            ExitCode::from(2)
        }
    }
}

/// How a client handles a number that is not registered, by RFC 9110,
/// Section 15: as the x00 code of its class, or as a 5xx when the number is
/// outside every class.
fn fallback(number: u16) -> String {
    match AnyStatusCode::from_u16(number) {
        Ok(code) if code.class().is_some() => format!(
            "a client handles it as {} (RFC 9110, Section 15)",
            code.treated_as()
        ),
        _ => "a client handles a response with an invalid code as a 5xx (RFC 9110, Section 15)"
            .to_owned(),
    }
}

/// Ends quietly when the reader has gone away, as in `explain | head`.
fn finish(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write the output: {error}");
            ExitCode::FAILURE
        }
    }
}

fn print_code(out: &mut impl Write, code: StatusCode) -> io::Result<()> {
    let class = code.class();
    let range = class.range();
    let yes_no = |yes| if yes { "yes" } else { "no" };
    writeln!(out, "{}\n", code.guidance())?;
    writeln!(out, "Class: {class} ({}..={})", range.start(), range.end())?;
    writeln!(out, "May have content: {}", yes_no(code.allows_content()))?;
    writeln!(
        out,
        "Ends at header section: {}",
        yes_no(code.ends_at_header_section())
    )?;
    writeln!(
        out,
        "Cacheable by default: {}",
        yes_no(code.is_heuristically_cacheable())
    )?;
    match code.retry_condition() {
        Some(condition) => writeln!(out, "Retry: {condition} ({})", condition.reference()),
        None => writeln!(out, "Retry: no"),
    }
}

fn print_table(out: &mut impl Write) -> io::Result<()> {
    let phrase_width = StatusCode::ALL
        .iter()
        .map(|code| code.reason_phrase().len())
        .max()
        .unwrap_or(0);
    writeln!(
        out,
        "code  {:phrase_width$}  {:13}  reference",
        "reason phrase", "class"
    )?;
    for &code in StatusCode::ALL {
        writeln!(
            out,
            "{:4}  {:phrase_width$}  {:13}  {}",
            code.as_str(),
            code.reason_phrase(),
            code.class(),
            code.reference()
        )?;
    }
    writeln!(out, "\n{} registered status codes.", StatusCode::ALL.len())
}
