//! Colour on a terminal, plain text elsewhere.

use std::io::IsTerminal;

use statuscode::check::Level;
use statuscode::{AnyStatusCode, StatusClass};

use crate::When;

/// Whether to colour, decided once: `--color`, then `NO_COLOR`
/// (<https://no-color.org>), then whether standard output is a terminal.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    color: bool,
}

impl Style {
    pub(crate) fn new(when: When, json: bool) -> Style {
        let color = !json
            && match when {
                When::Always => true,
                When::Never => false,
                When::Auto => {
                    std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
                        && std::io::stdout().is_terminal()
                }
            };
        Style { color }
    }

    /// `text` in bold.
    pub(crate) fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// `text` in the colour of the class of `code`, in bold.
    pub(crate) fn code(self, code: AnyStatusCode, text: &str) -> String {
        let colour = match code.class() {
            Some(StatusClass::Informational) => "1;36",
            Some(StatusClass::Success) => "1;32",
            Some(StatusClass::Redirection) => "1;33",
            Some(StatusClass::ClientError) => "1;31",
            Some(StatusClass::ServerError) | None => "1;35",
        };
        self.paint(colour, text)
    }

    /// `text` dimmed, for references.
    pub(crate) fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }

    /// `text` in the colour of a finding's level.
    pub(crate) fn level(self, level: Level, text: &str) -> String {
        let colour = match level {
            Level::Must => "1;31",
            Level::Should => "1;33",
            Level::Advice => "1;36",
        };
        self.paint(colour, text)
    }

    fn paint(self, sgr: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}
