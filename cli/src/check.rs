//! `statuscode check`: the library's conformance checker on captured
//! responses and HAR files.

use std::cmp::Reverse;
use std::io::{self, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use statuscode::AnyStatusCode;
use statuscode::check::{Content, Exchange, Finding, Level, Rule};
use statuscode_cli::har;
use statuscode_cli::json;
use statuscode_cli::wire::{self, Responses};

use crate::style::Style;

/// What to check, and how to report it: the arguments of `statuscode
/// check`.
#[derive(Debug, Args)]
pub(crate) struct Options {
    /// The capture to read; standard input without it, or with `-`.
    #[arg(value_name = "FILE", conflicts_with = "har")]
    pub(crate) file: Option<PathBuf>,
    /// The raw request that the responses answer: request line, header
    /// fields, optional content.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["method", "har"])]
    pub(crate) request: Option<PathBuf>,
    /// The request's method, when only that is known.
    #[arg(long, value_name = "METHOD", conflicts_with = "har")]
    pub(crate) method: Option<String>,
    /// Check every entry of this HAR 1.2 file (`-` for standard input),
    /// each with its request.
    #[arg(long, value_name = "FILE")]
    pub(crate) har: Option<PathBuf>,
    /// Print text grouped by response, or JSON (`--json` does too).
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    pub(crate) format: Format,
    /// Exit with 1 when a finding at or above this level is found.
    #[arg(long, value_enum, default_value_t = FailOn::Must, value_name = "LEVEL")]
    pub(crate) fail_on: FailOn,
}

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Grouped by response, most severe first, then a summary.
    Text,
    /// `{"findings":[...],"errors":[...]}`.
    Json,
}

/// The level at or above which a finding fails the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    /// A MUST or MUST NOT is broken.
    Must,
    /// A SHOULD or above is broken.
    Should,
    /// Any finding, advice included.
    Advice,
    /// Never: the exit status is 0 whatever is found.
    Never,
}

impl FailOn {
    fn fails(self, level: Level) -> bool {
        match self {
            FailOn::Must => level >= Level::Must,
            FailOn::Should => level >= Level::Should,
            FailOn::Advice => true,
            FailOn::Never => false,
        }
    }
}

/// How a check ended.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Nothing at or above `--fail-on`.
    Pass,
    /// Something at or above `--fail-on`.
    Fail,
    /// Some input could not be read; what could be read was checked and
    /// printed. The messages name what could not be read.
    Unreadable(Vec<String>),
}

/// Runs the check and prints what it finds.
pub(crate) fn run(
    options: &Options,
    style: Style,
    out: &mut impl Write,
) -> Result<Verdict, Unreadable> {
    let mut report = Report::new(options.format, style);
    report.begin(out)?;
    if let Some(path) = &options.har {
        let source = name(Some(path));
        if path == Path::new("-") {
            check_har(io::stdin().lock(), &source, &mut report, out)?;
        } else {
            let cannot =
                |error: io::Error| Unreadable::Input(format!("cannot read {source}: {error}"));
            let file = std::fs::File::open(path).map_err(cannot)?;
            // A directory opens, and fails only when read.
            if file.metadata().map_err(cannot)?.is_dir() {
                return Err(cannot(io::ErrorKind::IsADirectory.into()));
            }
            check_har(file, &source, &mut report, out)?;
        }
    } else {
        let request_bytes = options
            .request
            .as_deref()
            .map(|path| read(Some(path)))
            .transpose()?;
        let request = match &request_bytes {
            Some(bytes) => Some(wire::read_request(bytes).map_err(|error| {
                Unreadable::Input(format!("{}: {error}", name(options.request.as_deref())))
            })?),
            None => None,
        };
        let input = read(options.file.as_deref())?;
        check_capture(
            &input,
            &name(options.file.as_deref()),
            request.as_ref(),
            options.method.as_deref(),
            &mut report,
            out,
        )?;
    }
    report.end(out)?;
    Ok(report.verdict(options.fail_on))
}

/// Why the check could not run or finish.
#[derive(Debug)]
pub(crate) enum Unreadable {
    /// An input could not be read at all; the message names it.
    Input(String),
    /// The output could not be written.
    Output(io::Error),
}

impl From<io::Error> for Unreadable {
    fn from(error: io::Error) -> Unreadable {
        Unreadable::Output(error)
    }
}

/// The name of an input in messages.
fn name(path: Option<&Path>) -> String {
    match path {
        Some(path) if path != Path::new("-") => path.display().to_string(),
        _ => "standard input".to_owned(),
    }
}

/// The bytes of a file, or of standard input for `None` or `-`.
fn read(path: Option<&Path>) -> Result<Vec<u8>, Unreadable> {
    let result = match path {
        Some(path) if path != Path::new("-") => std::fs::read(path),
        _ => {
            let mut bytes = Vec::new();
            io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes).map(|_| bytes)
        }
    };
    result.map_err(|error| Unreadable::Input(format!("cannot read {}: {error}", name(path))))
}

/// Checks every response of a capture.
fn check_capture(
    input: &[u8],
    source: &str,
    request: Option<&wire::Request<'_>>,
    method: Option<&str>,
    report: &mut Report,
    out: &mut impl Write,
) -> io::Result<()> {
    let request_fields = request.map(|request| &request.head);
    let mut answered = false;
    for (index, response) in
        Responses::new(input, request.map(|request| request.method).or(method)).enumerate()
    {
        let response = match response {
            Ok(response) => response,
            Err(error) => {
                report.error(format!("{source}: {error}"));
                break;
            }
        };
        let mut exchange = Exchange::from_status_text(response.code, &response.head)
            .content(response.content.content());
        if let Some(reason) = response.reason {
            exchange = exchange.reason(reason);
        }
        if let Some(version) = response.version {
            exchange = exchange.version(version);
        }
        if let Some(method) = response.method.as_deref() {
            exchange = exchange.method(method);
        }
        // The request describes the first exchange: its interim responses
        // and its final one. Later responses answer the requests of
        // redirects, of which only the method is known.
        if let (Some(request), Some(fields), false) = (request, &request_fields, answered) {
            exchange = exchange.target(request.target).request_fields(*fields);
            if let Some(version) = request.version {
                exchange = exchange.request_version(version);
            }
        }
        if !response.code.starts_with('1') {
            answered = true;
        }
        let title = Title::Response {
            index: index + 1,
            response: &response,
        };
        report.exchange(out, &title, &exchange)?;
    }
    Ok(())
}

/// The status line, as text, for the report's headings.
fn status_line(response: &wire::Response<'_>) -> String {
    let version = response.version.map_or("HTTP", |version| version.as_str());
    match response.reason {
        Some(reason) if !reason.is_empty() => {
            format!(
                "{version} {} {}",
                wire::shown(response.code.as_bytes()),
                wire::shown(reason)
            )
        }
        _ => format!("{version} {}", wire::shown(response.code.as_bytes())),
    }
}

/// Checks every entry of a HAR file, as it is read.
fn check_har(
    input: impl io::Read,
    source: &str,
    report: &mut Report,
    out: &mut impl Write,
) -> Result<(), Unreadable> {
    let mut failed = None;
    let read = har::read_from(input, |index, entry| {
        match check_entry(index, entry, source, report, out) {
            Ok(()) => ControlFlow::Continue(()),
            Err(error) => {
                failed = Some(error);
                ControlFlow::Break(())
            }
        }
    });
    if let Some(error) = failed {
        return Err(Unreadable::Output(error));
    }
    if let Err(error) = read {
        report.error(format!("{source}: {error}"));
    }
    Ok(())
}

/// Checks one entry of a HAR file.
fn check_entry(
    index: usize,
    entry: &har::Entry<'_>,
    source: &str,
    report: &mut Report,
    out: &mut impl Write,
) -> io::Result<()> {
    let response = &entry.response;
    if response.status == 0 {
        // A request that got no response: blocked, failed or aborted.
        report.skipped += 1;
        return Ok(());
    }
    let fields = response.fields();
    let request_fields = entry.request.fields();
    let content = match response.content() {
        Ok(content) => content,
        Err(message) => {
            report.error(format!("{source}: entry {index}: {message}"));
            None
        }
    };
    // A number that is no status code is given as text, which the checker
    // reports.
    let text;
    let code = u16::try_from(response.status)
        .ok()
        .and_then(|code| AnyStatusCode::from_u16(code).ok());
    let exchange = if let Some(code) = code {
        Exchange::new(code, &fields)
    } else {
        text = response.status.to_string();
        Exchange::from_status_text(&text, &fields)
    };
    let mut exchange = exchange
        .content(content.as_deref().map_or(Content::Unknown, Content::Bytes))
        .method(&entry.request.method)
        .target(&entry.request.url)
        .request_fields(&request_fields);
    if let Some(reason) = response.reason() {
        exchange = exchange.reason(reason);
    }
    if let Some(version) = response.version() {
        exchange = exchange.version(version);
    }
    if let Some(version) = entry.request.version() {
        exchange = exchange.request_version(version);
    }
    let title = Title::Entry {
        index,
        method: &entry.request.method,
        url: &entry.request.url,
        status: response.status,
    };
    report.exchange(out, &title, &exchange)
}

/// What a group of findings is about.
enum Title<'a> {
    /// A response of a capture.
    Response {
        index: usize,
        response: &'a wire::Response<'a>,
    },
    /// An entry of a HAR file.
    Entry {
        index: usize,
        method: &'a str,
        url: &'a str,
        status: i64,
    },
}

/// The findings printed so far, and how to print the next.
struct Report {
    format: Format,
    style: Style,
    /// Exchanges checked.
    checked: usize,
    /// Exchanges with at least one finding.
    flagged: usize,
    /// Findings at each level: advice, should, must.
    counts: [usize; 3],
    /// HAR entries without a response.
    skipped: usize,
    /// The JSON findings written so far, for the separators.
    written: usize,
    errors: Vec<String>,
    /// The JSON of the findings being written, reused.
    line: Vec<u8>,
    /// The message of the finding being written, reused.
    message: String,
    /// The JSON of each rule reported so far that depends on the rule
    /// alone, by its place in the catalogue.
    fixed: Vec<Option<Fixed>>,
}

impl Report {
    fn new(format: Format, style: Style) -> Report {
        Report {
            format,
            style,
            checked: 0,
            flagged: 0,
            counts: [0; 3],
            skipped: 0,
            written: 0,
            errors: Vec::new(),
            line: Vec::new(),
            message: String::new(),
            fixed: Vec::new(),
        }
    }

    fn begin(&mut self, out: &mut impl Write) -> io::Result<()> {
        match self.format {
            Format::Json => write!(out, "{{\"findings\":["),
            Format::Text => Ok(()),
        }
    }

    /// Records a part of the input that could not be read.
    fn error(&mut self, message: String) {
        self.errors.push(message);
    }

    fn exchange(
        &mut self,
        out: &mut impl Write,
        title: &Title<'_>,
        exchange: &Exchange<'_>,
    ) -> io::Result<()> {
        self.checked += 1;
        let mut findings = exchange.findings();
        let Some(first) = findings.next() else {
            return Ok(());
        };
        self.flagged += 1;
        // Most exchanges that break a rule break one: those need no list.
        let more;
        let findings = match findings.next() {
            None => std::slice::from_ref(&first),
            Some(second) => {
                let mut all = vec![first, second];
                all.extend(findings);
                all.sort_by_key(|finding| Reverse(finding.level()));
                more = all;
                &more[..]
            }
        };
        for finding in findings {
            self.counts[slot(finding.level())] += 1;
        }
        match self.format {
            Format::Text => self.text(out, title, exchange, findings),
            Format::Json => self.json(out, title, exchange, findings),
        }
    }

    fn text(
        &self,
        out: &mut impl Write,
        title: &Title<'_>,
        exchange: &Exchange<'_>,
        findings: &[Finding<'_>],
    ) -> io::Result<()> {
        let style = self.style;
        let status = exchange.status();
        match title {
            Title::Response { index, response } => {
                let status_line = status_line(response);
                let line = response.position.line;
                let heading = match status {
                    Some(code) => style.code(code, &status_line),
                    None => style.bold(&status_line),
                };
                writeln!(
                    out,
                    "{heading}  {}",
                    style.dim(&format!("(response {index}, line {line})"))
                )?;
            }
            Title::Entry {
                index,
                method,
                url,
                status,
            } => {
                let code = status.to_string();
                let code = match exchange.status() {
                    Some(status) => style.code(status, &code),
                    None => style.bold(&code),
                };
                writeln!(
                    out,
                    "{code} {} {}  {}",
                    wire::shown(method.as_bytes()),
                    wire::shown(url.as_bytes()),
                    style.dim(&format!("(entry {index})"))
                )?;
            }
        }
        for finding in findings {
            let rule = finding.rule();
            writeln!(
                out,
                "  {} {}  {}",
                style.level(finding.level(), &format!("{:<6}", finding.level().as_str())),
                style.bold(rule.id()),
                style.dim(rule.reference())
            )?;
            writeln!(out, "         {}", finding.message())?;
        }
        writeln!(out)
    }

    fn json(
        &mut self,
        out: &mut impl Write,
        title: &Title<'_>,
        exchange: &Exchange<'_>,
        findings: &[Finding<'_>],
    ) -> io::Result<()> {
        let line = &mut self.line;
        line.clear();
        for finding in findings {
            if self.written > 0 {
                line.push(b',');
            }
            self.written += 1;
            let rule = finding.rule();
            // Formatted whole first; `Fixed::message` then escapes what
            // follows the summary in one pass. Writing to a string cannot
            // fail.
            self.message.clear();
            let _ = std::fmt::Write::write_fmt(
                &mut self.message,
                format_args!("{}", finding.message()),
            );
            let fixed = Fixed::of(&mut self.fixed, rule);
            line.extend_from_slice(&fixed.head);
            match exchange.status() {
                Some(code) => number(line, code.as_u16().into()),
                None => line.extend_from_slice(b"null"),
            }
            fixed.message(line, rule, &self.message);
            if let Some(field) = finding.field() {
                line.extend_from_slice(b",\"field\":");
                json::string(line, field);
            }
            if let Some(value) = finding.value() {
                line.extend_from_slice(b",\"value\":");
                json::string(line, &String::from_utf8_lossy(value));
            }
            if let Some(offset) = finding.offset() {
                line.extend_from_slice(b",\"offset\":");
                number(line, offset);
            }
            match title {
                Title::Response { index, response } => {
                    line.extend_from_slice(b",\"response\":");
                    number(line, *index);
                    line.extend_from_slice(b",\"line\":");
                    number(line, response.position.line);
                }
                Title::Entry { index, url, .. } => {
                    line.extend_from_slice(b",\"entry\":");
                    number(line, *index);
                    line.extend_from_slice(b",\"url\":");
                    json::string(line, url);
                }
            }
            line.push(b'}');
        }
        out.write_all(line)
    }

    fn end(&mut self, out: &mut impl Write) -> io::Result<()> {
        let [advice, should, must] = self.counts;
        match self.format {
            Format::Json => {
                out.write_all(b"\n],\"errors\":")?;
                serde_json::to_writer(&mut *out, &self.errors)?;
                write!(
                    out,
                    ",\"summary\":{{\"checked\":{},\"with_findings\":{},\"must\":{must},\"should\":{should},\"advice\":{advice},\"skipped\":{}}}}}",
                    self.checked, self.flagged, self.skipped
                )?;
                writeln!(out)
            }
            Format::Text => {
                let plural = |count: usize, one: &'static str, many: &'static str| {
                    if count == 1 { one } else { many }
                };
                write!(
                    out,
                    "{} {} checked, {} with findings: {must} must, {should} should, {advice} advice",
                    self.checked,
                    plural(self.checked, "response", "responses"),
                    self.flagged,
                )?;
                if self.skipped > 0 {
                    write!(
                        out,
                        "; {} {} without a response skipped",
                        self.skipped,
                        plural(self.skipped, "entry", "entries")
                    )?;
                }
                writeln!(out, ".")
            }
        }
    }

    fn verdict(self, fail_on: FailOn) -> Verdict {
        if !self.errors.is_empty() {
            return Verdict::Unreadable(self.errors);
        }
        let [advice, should, must] = self.counts;
        let found = [
            (Level::Must, must),
            (Level::Should, should),
            (Level::Advice, advice),
        ];
        if found
            .iter()
            .any(|&(level, count)| count > 0 && fail_on.fails(level))
        {
            Verdict::Fail
        } else {
            Verdict::Pass
        }
    }
}

/// The JSON of a finding that depends on its rule alone, made the first
/// time the rule is reported, rather than escaped again for every finding.
struct Fixed {
    /// From the start of the object to the status's value:
    /// `{"rule":"...","level":"...","status":`, after a line feed.
    head: Box<[u8]>,
    /// From the status's value to the message's: `,"reference":"...",
    /// "message":`.
    reference: Box<[u8]>,
    /// The same, and the beginning of the message: its opening quote and
    /// the rule's summary, escaped.
    summary: Box<[u8]>,
}

impl Fixed {
    /// The parts of `rule`, from those made so far, which are kept by the
    /// rule's place in the catalogue.
    fn of(made: &mut Vec<Option<Fixed>>, rule: Rule) -> &Fixed {
        let at = rule as usize;
        if made.len() <= at {
            made.resize_with(at + 1, || None);
        }
        made[at].get_or_insert_with(|| {
            let mut head = b"\n{\"rule\":".to_vec();
            json::string(&mut head, rule.id());
            head.extend_from_slice(b",\"level\":");
            json::string(&mut head, rule.level().as_str());
            head.extend_from_slice(b",\"status\":");
            let mut reference = b",\"reference\":".to_vec();
            json::string(&mut reference, rule.reference());
            reference.extend_from_slice(b",\"message\":");
            let mut summary = reference.clone();
            json::string(&mut summary, rule.summary());
            // Without its closing quote: the rest of the message follows.
            summary.pop();
            Fixed {
                head: head.into(),
                reference: reference.into(),
                summary: summary.into(),
            }
        })
    }

    /// Writes the reference and `message`, a message of `rule`: the part
    /// made before for its summary, when the message begins with it, as
    /// every message does.
    fn message(&self, line: &mut Vec<u8>, rule: Rule, message: &str) {
        if let Some(rest) = message.strip_prefix(rule.summary()) {
            line.extend_from_slice(&self.summary);
            json::string_continued(line, rest);
        } else {
            line.extend_from_slice(&self.reference);
            json::string(line, message);
        }
    }
}

/// Where a level's count is kept in `Report::counts`.
fn slot(level: Level) -> usize {
    match level {
        Level::Must => 2,
        Level::Should => 1,
        Level::Advice => 0,
    }
}

/// Writes `value` in decimal.
fn number(out: &mut Vec<u8>, mut value: usize) {
    let mut digits = [0; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + u8::try_from(value % 10).unwrap_or_default();
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

#[cfg(test)]
mod tests {
    use statuscode::check::Rule;

    use super::Fixed;

    /// The JSON object that `Fixed` begins for a finding of `rule` with
    /// `message`, status 200, closed at once.
    fn object(made: &mut Vec<Option<Fixed>>, rule: Rule, message: &str) -> serde_json::Value {
        let fixed = Fixed::of(made, rule);
        let mut line = fixed.head.to_vec();
        line.extend_from_slice(b"200");
        fixed.message(&mut line, rule, message);
        line.push(b'}');
        assert_eq!(line.first(), Some(&b'\n'));
        serde_json::from_slice(&line).unwrap()
    }

    #[test]
    fn the_parts_made_once_per_rule_write_every_rule_and_message_as_json() {
        let mut made = Vec::new();
        for &rule in Rule::ALL {
            // Twice: made, then taken from those made.
            for _ in 0..2 {
                for message in [
                    format!("{} Found X-Quoted: \"a\\b\"\n\u{1}.", rule.summary()),
                    rule.summary().to_owned(),
                    // Not how a message begins; written whole all the same.
                    format!("Before. {}", rule.summary()),
                ] {
                    let expected = serde_json::json!({
                        "rule": rule.id(),
                        "level": rule.level().as_str(),
                        "status": 200,
                        "reference": rule.reference(),
                        "message": message,
                    });
                    assert_eq!(object(&mut made, rule, &message), expected);
                }
            }
        }
        assert_eq!(made.iter().flatten().count(), Rule::ALL.len());
    }
}
