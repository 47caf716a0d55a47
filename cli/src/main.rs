//! `statuscode`: explain, list and search the HTTP status codes, and check
//! captured responses against the rules of their status codes.
//!
//! ```text
//! statuscode 409                      # the guidance of a code
//! statuscode explain 401 4xx 499      # codes, classes, unregistered numbers
//! statuscode list client-error        # one line per code
//! statuscode search the username is taken
//! curl -si https://example.com/ | statuscode check
//! statuscode check --har session.har --format json
//! ```
//!
//! Exit status: 0 when the command did what was asked (and `check` found
//! nothing at or above `--fail-on`), 1 when `check` found something, 2 for
//! a bad argument or input that cannot be read (an error on standard error
//! names it).

mod check;
mod explain;
mod list;
mod search;
mod style;
mod topic;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::style::Style;
use crate::topic::Topic;

/// The command line, declared once.
#[derive(Debug, Parser)]
#[command(
    name = "statuscode",
    version,
    about = "Explain, list and search the HTTP status codes",
    long_about = "Explain, list and search the HTTP status codes: when to send each one, \
                  what to do when it arrives, its pitfalls, the header fields that go with it \
                  and the codes it is confused with.",
    args_conflicts_with_subcommands = true,
    after_help = "Exit status: 0 on success, 1 when `check` finds something at or above --fail-on, \
                  2 for a bad argument or unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Codes or classes to explain, as with `statuscode explain`.
    #[arg(value_name = "CODE")]
    topics: Vec<String>,

    #[command(flatten)]
    output: Output,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The guidance of each code: when to send it, what to do when it
    /// arrives, its pitfalls, its header fields and its look-alikes.
    ///
    /// A CODE is three digits (409), or a class (4xx, client-error) whose
    /// codes are listed. A number nobody registered (499) says what a
    /// client handles it as.
    Explain {
        /// Codes (409) or classes (4xx, client-error).
        #[arg(value_name = "CODE", required = true)]
        topics: Vec<String>,
        #[command(flatten)]
        output: Output,
    },
    /// Which code fits a situation described in plain words, such as
    /// "the username is taken": the best matches, each with why it matched.
    Search {
        /// The situation, in words.
        #[arg(value_name = "WORDS", required = true)]
        words: Vec<String>,
        /// How many codes to show, at most.
        #[arg(long, default_value_t = 5, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        limit: u16,
        #[command(flatten)]
        output: Output,
    },
    /// Check captured responses against every rule the specifications
    /// attach to their status codes.
    ///
    /// Reads a raw HTTP/1.x response as `curl -si` prints it, from FILE or
    /// standard input: each response of `curl -siL` and each interim 1xx
    /// response is checked. Or every entry of a HAR file, with --har.
    /// Rules that need the request are skipped unless --request or
    /// --method says what it was.
    #[command(
        after_help = "Exit status: 0 when nothing at or above --fail-on was found, 1 when \
                            something was, 2 for unreadable input or a bad argument."
    )]
    Check {
        #[command(flatten)]
        options: check::Options,
        #[command(flatten)]
        output: Output,
    },
    /// One line per code: code, reason phrase and summary.
    List {
        /// Only the codes of this class (2xx, success, ...).
        #[arg(value_name = "CLASS")]
        class: Option<String>,
        #[command(flatten)]
        output: Output,
    },
}

/// How to print.
#[derive(Debug, Args)]
struct Output {
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,

    /// When to colour the text.
    #[arg(long, value_enum, default_value_t = When::Auto, global = true, value_name = "WHEN")]
    color: When,
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum When {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (command, output) = match cli.command {
        Some(Command::Explain { topics, output }) => (Run::Explain(topics), output),
        Some(Command::List { class, output }) => (Run::List(class), output),
        Some(Command::Search {
            words,
            limit,
            output,
        }) => (Run::Search(words.join(" "), usize::from(limit)), output),
        Some(Command::Check {
            mut options,
            output,
        }) => {
            if output.json {
                options.format = check::Format::Json;
            }
            (Run::Check(options), output)
        }
        None if cli.topics.is_empty() => (Run::List(None), cli.output),
        None => (Run::Explain(cli.topics), cli.output),
    };
    let style = Style::new(output.color, output.json);
    match command.run(style, output.json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Found) => ExitCode::FAILURE,
        Err(Failure::Unreadable(messages)) => {
            for message in messages {
                eprintln!("error: {message}");
            }
            ExitCode::from(2)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        // A reader that went away, as in `statuscode list | head`, is not
        // an error.
        Err(Failure::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(Failure::Output(error)) => {
            eprintln!("error: cannot write the output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// A subcommand with its arguments, ready to run.
enum Run {
    Explain(Vec<String>),
    List(Option<String>),
    Search(String, usize),
    Check(check::Options),
}

/// Why a command did not finish.
#[derive(Debug)]
enum Failure {
    /// An argument was wrong; the message names it.
    Usage(String),
    /// The output could not be written.
    Output(io::Error),
    /// `check` found something at or above `--fail-on`.
    Found,
    /// `check` could not read some of its input; each message names what.
    Unreadable(Vec<String>),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Failure {
        Failure::Output(error)
    }
}

impl Run {
    fn run(self, style: Style, json: bool) -> Result<(), Failure> {
        let stdout = io::stdout();
        // Large writes: a check can print megabytes.
        let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
        match self {
            Run::Explain(topics) => {
                let topics = topics
                    .iter()
                    .map(|topic| topic.parse::<Topic>().map_err(Failure::Usage))
                    .collect::<Result<Vec<_>, _>>()?;
                if json {
                    explain::json(&mut out, &topics)?;
                } else {
                    explain::text(&mut out, style, &topics)?;
                }
            }
            Run::Search(query, limit) => {
                if json {
                    search::json(&mut out, &query, limit)?;
                } else {
                    search::text(&mut out, style, &query, limit)?;
                }
            }
            Run::Check(options) => {
                let verdict = check::run(&options, style, &mut out);
                out.flush()?;
                return match verdict {
                    Ok(check::Verdict::Pass) => Ok(()),
                    Ok(check::Verdict::Fail) => Err(Failure::Found),
                    Ok(check::Verdict::Unreadable(messages)) => Err(Failure::Unreadable(messages)),
                    Err(check::Unreadable::Input(message)) => {
                        Err(Failure::Unreadable(vec![message]))
                    }
                    Err(check::Unreadable::Output(error)) => Err(Failure::Output(error)),
                };
            }
            Run::List(class) => {
                let class = class
                    .map(|class| topic::parse_class(&class).map_err(Failure::Usage))
                    .transpose()?;
                if json {
                    list::json(&mut out, class)?;
                } else {
                    list::text(&mut out, style, class)?;
                }
            }
        }
        out.flush()?;
        Ok(())
    }
}
