//! The readers behind the `statuscode` command, which its fuzz targets and
//! tests use too: [`wire`] reads captured HTTP/1.x messages (the output of
//! `curl -si`, or a raw request), [`har`] reads HAR 1.2 files, and
//! [`json`] reads their JSON and writes the command's.
//!
//! The command is what this package provides; these modules are public so
//! that they can be tested and fuzzed on their own, and may change with
//! it.

pub mod har;
pub mod json;
pub mod wire;
