//! Checks an HTTP exchange against the rules the specifications attach to
//! its status code.
#![allow(
    dead_code,
    reason = "the parsers and scanners come before the rules that call them"
)]

mod content;
mod syntax;
