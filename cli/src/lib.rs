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

/// The eight bytes of `bytes` from `at`, as a little-endian word, for the
/// readers that test eight bytes at a time; `None` when fewer are left.
#[inline]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    bytes
        .get(at..at + 8)
        .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
        .map(u64::from_le_bytes)
}
