//! `URI-reference` ([RFC 3986, Section 4.1], collected in Appendix A),
//! the value of `Location` and the target of a link, and `Host =
//! uri-host [ ":" port ]` ([RFC 9110, Section 7.2]).
//!
//! The grammar is checked whole: the scheme, an authority with its
//! userinfo, its host (an IP literal in brackets, with the full
//! `IPv6address` and `IPvFuture` grammars, an IPv4 address or a registered
//! name) and its
//! port, the path, the query and the fragment, with `pct-encoded = "%"
//! HEXDIG HEXDIG`. A space or a byte outside ASCII is an error wherever it
//! appears: it must be percent-encoded.
//!
//! [RFC 3986, Section 4.1]: https://www.rfc-editor.org/rfc/rfc3986.html#section-4.1
//! [RFC 9110, Section 7.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-7.2

use super::{
    ALPHA, AsciiBits, ByteSet, DIGIT, SyntaxError, Text, bits_of, byte_set, in_set, trim_ows,
};

/// The phrase for a byte a path may not hold.
const PATH: &str = "a character allowed in a path (others must be percent-encoded)";
/// The phrase for a byte a query may not hold.
const QUERY: &str = "a character allowed in a query (others must be percent-encoded)";
/// The phrase for a byte a fragment may not hold.
const FRAGMENT: &str = "a character allowed in a fragment (others must be percent-encoded)";
/// The phrase for a byte a userinfo may not hold.
const USERINFO: &str = "a character allowed in userinfo (others must be percent-encoded)";
/// The phrase for a byte a host may not hold.
const HOST: &str = "a character allowed in a host (others must be percent-encoded)";

/// `unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"`.
const UNRESERVED: AsciiBits = ALPHA | DIGIT | bits_of(b"-._~");

/// `sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," /
/// ";" / "="`.
const SUB_DELIMS: AsciiBits = bits_of(b"!$&'()*+,;=");

/// What `pchar` allows besides `pct-encoded`: `unreserved / sub-delims /
/// ":" / "@"`.
const PCHAR: AsciiBits = UNRESERVED | SUB_DELIMS | bits_of(b":@");

/// [`PCHAR`] as a set.
const PCHARS: ByteSet = byte_set(PCHAR);

/// What a path allows besides `pct-encoded`: `pchar` and `/`.
const PATH_CHARS: ByteSet = byte_set(PCHAR | bits_of(b"/"));

/// What a query or a fragment allows besides `pct-encoded`: `pchar`, `/`
/// and `?`.
const QUERY_CHARS: ByteSet = byte_set(PCHAR | bits_of(b"/?"));

/// What a userinfo, and the address of an `IPvFuture`, allow besides
/// `pct-encoded`: `unreserved / sub-delims / ":"`.
const USERINFO_CHARS: ByteSet = byte_set(UNRESERVED | SUB_DELIMS | bits_of(b":"));

/// What a `reg-name` allows besides `pct-encoded`: `unreserved /
/// sub-delims`.
const REG_NAME_CHARS: ByteSet = byte_set(UNRESERVED | SUB_DELIMS);

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`, after the first.
const SCHEME_CHARS: ByteSet = byte_set(ALPHA | DIGIT | bits_of(b"+-."));

/// The bytes that end a path.
const PATH_END: ByteSet = byte_set(bits_of(b"?#"));

/// The bytes that end a query.
const QUERY_END: ByteSet = byte_set(bits_of(b"#"));

/// The byte that ends a host before its port.
const HOST_END: ByteSet = byte_set(bits_of(b":"));

/// The bytes that end an authority.
const AUTHORITY_END: ByteSet = byte_set(bits_of(b"/?#"));

/// No byte: nothing ends a fragment or a userinfo but its end.
const NOTHING: ByteSet = [false; 256];

/// A position in a URI, which may sit inside a quoted string: then a
/// backslash and the byte after it read as that byte.
#[derive(Clone, Copy, Debug)]
struct Scan<'a> {
    input: &'a [u8],
    pos: usize,
    end: usize,
    escaped: bool,
}

impl<'a> Scan<'a> {
    /// The byte at `at`, if before the end.
    fn byte(&self, at: usize) -> Option<u8> {
        if at < self.end {
            self.input.get(at).copied()
        } else {
            None
        }
    }

    /// The next byte, unescaped.
    fn peek(&self) -> Option<u8> {
        let byte = self.byte(self.pos)?;
        if self.escaped && byte == b'\\' {
            self.byte(self.pos.saturating_add(1))
        } else {
            Some(byte)
        }
    }

    /// The byte after the next, unescaped.
    fn peek_second(&self) -> Option<u8> {
        let mut ahead = *self;
        ahead.bump();
        if ahead.pos == self.pos {
            return None;
        }
        ahead.peek()
    }

    /// Moves one (unescaped) byte on, unless at the end.
    fn bump(&mut self) {
        if self.pos >= self.end {
            return;
        }
        let step = if self.escaped && self.byte(self.pos) == Some(b'\\') {
            2
        } else {
            1
        };
        self.pos = self.pos.saturating_add(step).min(self.end);
    }

    /// Moves past `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.bump();
        }
        found
    }

    /// Whether the part has been read to its end.
    const fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    /// The error at the position.
    const fn error(&self, expected: &'static str) -> SyntaxError {
        SyntaxError::new(self.pos, expected)
    }

    /// The bytes `from..to` as written.
    fn slice(&self, from: usize, to: usize) -> &'a [u8] {
        self.input.get(from..to).unwrap_or_default()
    }

    /// The part up to `end`, from the position.
    fn until(&self, end: usize) -> Scan<'a> {
        Scan {
            end: end.min(self.end),
            ..*self
        }
    }
}

/// Moves past the bytes that `allowed` or `pct-encoded` match, up to one
/// in `stop` or the end; any other byte fails with `expected`.
fn component(
    scan: &mut Scan<'_>,
    allowed: &ByteSet,
    stop: &ByteSet,
    expected: &'static str,
) -> Result<(), SyntaxError> {
    if !scan.escaped {
        return component_unescaped(scan, allowed, stop, expected);
    }
    while let Some(byte) = scan.peek() {
        if in_set(stop, byte) {
            break;
        }
        if byte == b'%' {
            scan.bump();
            for _ in 0..2 {
                if !scan.peek().is_some_and(|digit| digit.is_ascii_hexdigit()) {
                    return Err(scan.error("two hex digits after '%'"));
                }
                scan.bump();
            }
        } else if in_set(allowed, byte) {
            scan.bump();
        } else {
            return Err(scan.error(expected));
        }
    }
    Ok(())
}

/// [`component`] outside a quoted string, where every byte stands for
/// itself: one pass over the slice.
fn component_unescaped(
    scan: &mut Scan<'_>,
    allowed: &ByteSet,
    stop: &ByteSet,
    expected: &'static str,
) -> Result<(), SyntaxError> {
    let rest = scan.slice(scan.pos, scan.end);
    let mut len: usize = 0;
    let problem = loop {
        match rest.get(len) {
            Some(&byte) if in_set(allowed, byte) => len = len.saturating_add(1),
            Some(&byte) if in_set(stop, byte) => break None,
            Some(b'%') => {
                let digits = [len.saturating_add(1), len.saturating_add(2)];
                match digits
                    .iter()
                    .find(|&&at| !rest.get(at).is_some_and(u8::is_ascii_hexdigit))
                {
                    Some(&at) => {
                        len = at;
                        break Some("two hex digits after '%'");
                    }
                    None => len = len.saturating_add(3),
                }
            }
            Some(_) => break Some(expected),
            None => break None,
        }
    };
    scan.pos = scan.pos.saturating_add(len).min(scan.end);
    match problem {
        Some(expected) => Err(scan.error(expected)),
        None => Ok(()),
    }
}

/// Which of the three forms of [RFC 3986, Section 3.2.2] a host takes.
///
/// [RFC 3986, Section 3.2.2]: https://www.rfc-editor.org/rfc/rfc3986.html#section-3.2.2
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HostKind {
    /// `"[" IPv6address "]"`.
    Ipv6,
    /// `"[" IPvFuture "]"`, such as `[v7.abc]`.
    IpvFuture,
    /// An `IPv4address` in dotted-decimal form, each number without
    /// leading zeros.
    Ipv4,
    /// A registered name, such as `example.com`; it may be empty.
    RegName,
}

/// A `host` as written, with the brackets of an IP literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Host<'a> {
    /// The host as written (`[::1]` with its brackets); empty for an empty
    /// `reg-name`.
    bytes: &'a [u8],
    /// Which form the host takes.
    kind: HostKind,
}

/// `authority = [ userinfo "@" ] host [ ":" port ]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Authority<'a> {
    /// The userinfo before `@`.
    userinfo: Option<&'a [u8]>,
    /// The host.
    host: Host<'a>,
    /// The digits after `:`, which may be none (`port = *DIGIT`); `None`
    /// without `:`.
    port: Option<&'a [u8]>,
}

/// A URI reference split into its components, each as written.
///
/// For a URI read from a quoted string by [`uri_reference_text`], the
/// components are as written there, with any backslashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UriRef<'a> {
    scheme: Option<&'a [u8]>,
    authority: Option<Authority<'a>>,
    path: &'a [u8],
    /// The query after `?`, if any (it may be empty).
    query: Option<&'a [u8]>,
    /// The fragment after `#`, if any (it may be empty).
    fragment: Option<&'a [u8]>,
}

impl<'a> UriRef<'a> {
    /// The scheme, without its `:`; `None` in a relative reference.
    #[must_use]
    pub(crate) const fn scheme(&self) -> Option<&'a [u8]> {
        self.scheme
    }

    /// The authority after `//`, if any.
    #[must_use]
    pub(crate) const fn authority(&self) -> Option<Authority<'a>> {
        self.authority
    }

    /// The path, which may be empty.
    #[must_use]
    pub(crate) const fn path(&self) -> &'a [u8] {
        self.path
    }

    /// Whether the reference has a fragment, even an empty one.
    #[must_use]
    pub(crate) const fn has_fragment(&self) -> bool {
        self.fragment.is_some()
    }
}

/// Parses a `URI-reference` ([RFC 3986, Section 4.1]), such as a
/// `Location` value, after trimming the OWS around it.
///
/// # Errors
///
/// Where the value stops matching, with a phrase that names the component:
/// "a character allowed in a path (others must be percent-encoded)" at the
/// space of `/a b`, "two hex digits after '%'", "a character allowed in a
/// host (others must be percent-encoded)" at the second `@` of
/// `//a@b@c`, "a digit of the port", and "a letter, a digit, '+', '-' or
/// '.' in the scheme" at the `_` of `my_app:x` (a relative reference may
/// not have `:` in its first segment, so the `:` shows that a scheme was
/// meant).
///
/// [RFC 3986, Section 4.1]: https://www.rfc-editor.org/rfc/rfc3986.html#section-4.1
pub(crate) fn uri_reference(value: &[u8]) -> Result<UriRef<'_>, SyntaxError> {
    let (start, kept) = trim_ows(value);
    uri_reference_span(value, start, start.saturating_add(kept.len()))
}

/// Parses `start..end` of `input` as a `URI-reference`, all of it: the
/// target of a link between its angle brackets.
pub(super) fn uri_reference_span(
    input: &[u8],
    start: usize,
    end: usize,
) -> Result<UriRef<'_>, SyntaxError> {
    let mut scan = Scan {
        input,
        pos: start,
        end: end.min(input.len()),
        escaped: false,
    };
    uri_reference_at(&mut scan)
}

/// Checks a token or a quoted string whose unescaped value must be a
/// `URI-reference`: the `anchor` of a link, the `error_uri` of a Bearer
/// challenge. A backslash in a quoted string escapes the byte after it, as
/// in any quoted string; the offsets of errors are those of the bytes as
/// written.
///
/// # Errors
///
/// As [`uri_reference`].
pub(crate) fn uri_reference_text(text: Text<'_>) -> Result<UriRef<'_>, SyntaxError> {
    let mut scan = Scan {
        input: text.raw(),
        pos: 0,
        end: text.raw().len(),
        escaped: text.is_quoted(),
    };
    uri_reference_at(&mut scan)
        .map_err(|error| SyntaxError::new(text.at().saturating_add(error.at), error.expected))
}

/// Moves past a whole `URI-reference`, up to the end of the scan.
fn uri_reference_at<'a>(scan: &mut Scan<'a>) -> Result<UriRef<'a>, SyntaxError> {
    let scheme = scheme(scan)?;
    let authority = if scan.peek() == Some(b'/') && scan.peek_second() == Some(b'/') {
        scan.bump();
        scan.bump();
        Some(authority(scan)?)
    } else {
        None
    };
    let path_at = scan.pos;
    component(scan, &PATH_CHARS, &PATH_END, PATH)?;
    let path = scan.slice(path_at, scan.pos);
    let query = if scan.eat(b'?') {
        let query_at = scan.pos;
        component(scan, &QUERY_CHARS, &QUERY_END, QUERY)?;
        Some(scan.slice(query_at, scan.pos))
    } else {
        None
    };
    let fragment = if scan.eat(b'#') {
        let fragment_at = scan.pos;
        component(scan, &QUERY_CHARS, &NOTHING, FRAGMENT)?;
        Some(scan.slice(fragment_at, scan.pos))
    } else {
        None
    };
    if !scan.at_end() {
        return Err(scan.error(FRAGMENT));
    }
    Ok(UriRef {
        scheme,
        authority,
        path,
        query,
        fragment,
    })
}

/// Moves past `scheme ":"` if the reference starts with one; otherwise
/// checks that the first segment of the relative reference has no `:`.
fn scheme<'a>(scan: &mut Scan<'a>) -> Result<Option<&'a [u8]>, SyntaxError> {
    let start = scan.pos;
    let mut ahead = *scan;
    if ahead.peek().is_some_and(|byte| byte.is_ascii_alphabetic()) {
        while ahead.peek().is_some_and(|byte| in_set(&SCHEME_CHARS, byte)) {
            ahead.bump();
        }
        if ahead.peek() == Some(b':') {
            let scheme = scan.slice(start, ahead.pos);
            ahead.bump();
            *scan = ahead;
            return Ok(Some(scheme));
        }
    }
    // path-noscheme: a ':' in the first segment means a broken scheme.
    let mut segment = *scan;
    while let Some(byte) = segment.peek() {
        match byte {
            // The path reports a byte it may not hold.
            b'/' | b'?' | b'#' => break,
            _ if !in_set(&PCHARS, byte) && byte != b'%' => break,
            b':' => {
                return Err(
                    if scan.peek().is_some_and(|first| first.is_ascii_alphabetic()) {
                        ahead.error("a letter, a digit, '+', '-' or '.' in the scheme")
                    } else {
                        scan.error("a scheme that starts with a letter, before ':'")
                    },
                );
            }
            _ => segment.bump(),
        }
    }
    Ok(None)
}

/// Moves past an `authority`, up to the `/`, `?` or `#` that ends it.
fn authority<'a>(scan: &mut Scan<'a>) -> Result<Authority<'a>, SyntaxError> {
    let start = scan.pos;
    let (end, at_sign) = if scan.escaped {
        let mut probe = *scan;
        let mut at_sign = None;
        while let Some(byte) = probe.peek() {
            if in_set(&AUTHORITY_END, byte) {
                break;
            }
            if byte == b'@' && at_sign.is_none() {
                at_sign = Some(probe.pos);
            }
            probe.bump();
        }
        (probe.pos, at_sign)
    } else {
        let rest = scan.slice(start, scan.end);
        let len = rest
            .iter()
            .position(|&byte| in_set(&AUTHORITY_END, byte))
            .unwrap_or(rest.len());
        let at_sign = rest
            .get(..len)
            .and_then(|authority| authority.iter().position(|&byte| byte == b'@'));
        (
            start.saturating_add(len),
            at_sign.map(|at| start.saturating_add(at)),
        )
    };
    let userinfo = match at_sign {
        Some(at_sign) => {
            component(
                &mut scan.until(at_sign),
                &USERINFO_CHARS,
                &NOTHING,
                USERINFO,
            )?;
            scan.pos = at_sign;
            scan.bump();
            Some(scan.slice(start, at_sign))
        }
        None => None,
    };
    let mut host_and_port = scan.until(end);
    let (host, port) = host_port(&mut host_and_port, "':' or the end of the authority")?;
    scan.pos = end;
    Ok(Authority {
        userinfo,
        host,
        port,
    })
}

/// Moves past `host [ ":" port ]`, all of the scan; `after_literal` is the
/// phrase for what is wanted after the `]` of an IP literal.
fn host_port<'a>(
    scan: &mut Scan<'a>,
    after_literal: &'static str,
) -> Result<(Host<'a>, Option<&'a [u8]>), SyntaxError> {
    let start = scan.pos;
    let kind = if scan.peek() == Some(b'[') {
        let kind = ip_literal(scan)?;
        if !scan.at_end() && scan.peek() != Some(b':') {
            return Err(scan.error(after_literal));
        }
        kind
    } else {
        component(scan, &REG_NAME_CHARS, &HOST_END, HOST)?;
        if is_ipv4(scan.slice(start, scan.pos)) {
            HostKind::Ipv4
        } else {
            HostKind::RegName
        }
    };
    let host = Host {
        bytes: scan.slice(start, scan.pos),
        kind,
    };
    let port = if scan.eat(b':') {
        let port_at = scan.pos;
        while scan.peek().is_some_and(|byte| byte.is_ascii_digit()) {
            scan.bump();
        }
        if !scan.at_end() {
            return Err(scan.error("a digit of the port"));
        }
        Some(scan.slice(port_at, scan.pos))
    } else {
        None
    };
    Ok((host, port))
}

/// Moves past `IP-literal = "[" ( IPv6address / IPvFuture ) "]"`.
fn ip_literal(scan: &mut Scan<'_>) -> Result<HostKind, SyntaxError> {
    scan.bump();
    let kind = if matches!(scan.peek(), Some(b'v' | b'V')) {
        ipv_future(scan)?;
        HostKind::IpvFuture
    } else {
        ipv6(scan)?;
        HostKind::Ipv6
    };
    if !scan.eat(b']') {
        return Err(scan.error("']' to close the IP literal"));
    }
    Ok(kind)
}

/// Moves past `IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims /
/// ":" )`.
fn ipv_future(scan: &mut Scan<'_>) -> Result<(), SyntaxError> {
    scan.bump();
    if !scan.peek().is_some_and(|byte| byte.is_ascii_hexdigit()) {
        return Err(scan.error("a hex digit of the version after 'v'"));
    }
    while scan.peek().is_some_and(|byte| byte.is_ascii_hexdigit()) {
        scan.bump();
    }
    if !scan.eat(b'.') {
        return Err(scan.error("'.' after the version"));
    }
    if !scan
        .peek()
        .is_some_and(|byte| in_set(&USERINFO_CHARS, byte))
    {
        return Err(scan.error("an address after the version"));
    }
    while scan
        .peek()
        .is_some_and(|byte| in_set(&USERINFO_CHARS, byte))
    {
        scan.bump();
    }
    Ok(())
}

/// Moves past an `IPv6address`: eight groups of one to four hex digits
/// separated by `:`, the last two of which may be an IPv4 address, with at
/// most one `::` standing for one or more groups of zeros.
fn ipv6(scan: &mut Scan<'_>) -> Result<(), SyntaxError> {
    let mut groups: u8 = 0;
    let mut compressed = false;
    if scan.eat(b':') {
        if !scan.eat(b':') {
            return Err(scan.error("a second ':' (an address may start with '::', not ':')"));
        }
        compressed = true;
    }
    loop {
        let most = if compressed { 7 } else { 8 };
        // After '::' the address may end; or every group is there.
        if groups >= most || (compressed && scan.peek() == Some(b']')) {
            break;
        }
        let group = *scan;
        let mut digits = 0_u8;
        while scan.peek().is_some_and(|byte| byte.is_ascii_hexdigit()) {
            if digits == 4 {
                return Err(scan.error("':' after at most four hex digits"));
            }
            scan.bump();
            digits = digits.saturating_add(1);
        }
        if scan.peek() == Some(b'.') {
            *scan = group;
            if groups.saturating_add(2) > most {
                return Err(scan.error(
                    "a group of hex digits (an IPv4 address only takes the place of the last two)",
                ));
            }
            ipv4(scan)?;
            groups = groups.saturating_add(2);
            break;
        }
        if digits == 0 {
            return Err(scan.error("a hex digit"));
        }
        groups = groups.saturating_add(1);
        if groups >= most || !scan.eat(b':') {
            break;
        }
        if scan.peek() == Some(b':') {
            if compressed {
                return Err(scan.error("a hex digit (an address has at most one '::')"));
            }
            scan.bump();
            compressed = true;
        }
    }
    if !compressed && groups < 8 {
        return Err(scan.error("':' and another group (an address without '::' has eight)"));
    }
    Ok(())
}

/// Moves past an `IPv4address`: four `dec-octet`s, 0 to 255 without
/// leading zeros, separated by `.`.
fn ipv4(scan: &mut Scan<'_>) -> Result<(), SyntaxError> {
    for index in 0..4 {
        if index > 0 && !scan.eat(b'.') {
            return Err(scan.error("'.' and the next number of the IPv4 address"));
        }
        dec_octet(scan)?;
    }
    Ok(())
}

/// Moves past a `dec-octet`, a number from 0 to 255 without leading zeros.
fn dec_octet(scan: &mut Scan<'_>) -> Result<(), SyntaxError> {
    let start = *scan;
    let mut value: u16 = 0;
    let mut digits: u8 = 0;
    while let Some(digit @ b'0'..=b'9') = scan.peek() {
        if digits == 3 || (digits == 1 && value == 0) {
            return Err(start.error("a number from 0 to 255, without leading zeros"));
        }
        value = value
            .saturating_mul(10)
            .saturating_add(u16::from(digit.wrapping_sub(b'0')));
        digits = digits.saturating_add(1);
        scan.bump();
    }
    if digits == 0 || value > 255 {
        return Err(start.error("a number from 0 to 255, without leading zeros"));
    }
    Ok(())
}

/// Whether `host` is an `IPv4address` rather than a `reg-name`.
fn is_ipv4(host: &[u8]) -> bool {
    let mut scan = Scan {
        input: host,
        pos: 0,
        end: host.len(),
        escaped: false,
    };
    ipv4(&mut scan).is_ok() && scan.at_end()
}

/// The `Host` of a request: `uri-host [ ":" port ]` ([RFC 9110, Section
/// 7.2]).
///
/// [RFC 9110, Section 7.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-7.2
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HostAndPort<'a> {
    /// The host; an empty value gives an empty registered name, which a
    /// request without an authority sends ([RFC 9112, Section 3.2]).
    ///
    /// [RFC 9112, Section 3.2]: https://www.rfc-editor.org/rfc/rfc9112.html#section-3.2
    host: Host<'a>,
    /// The digits after `:`, which may be none; `None` without `:`.
    port: Option<&'a [u8]>,
}

/// Parses a `Host` value, `uri-host [ ":" port ]` ([RFC 9110, Section
/// 7.2]), after trimming the OWS around it.
///
/// # Errors
///
/// "a character allowed in a host (others must be percent-encoded)" at
/// the `/` of `example.com/`, "a digit of the port" at the `x` of
/// `example.com:8x`, "':' or the end of the value" after the `]` of an IP
/// literal, and the errors of an IP literal inside the brackets.
///
/// [RFC 9110, Section 7.2]: https://www.rfc-editor.org/rfc/rfc9110.html#section-7.2
pub(crate) fn host_and_port(value: &[u8]) -> Result<HostAndPort<'_>, SyntaxError> {
    let (start, kept) = trim_ows(value);
    let mut scan = Scan {
        input: value,
        pos: start,
        end: start.saturating_add(kept.len()),
        escaped: false,
    };
    let (host, port) = host_port(&mut scan, "':' or the end of the value")?;
    Ok(HostAndPort { host, port })
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::*;
    use crate::check::syntax::refused;

    /// The components of a reference: scheme, authority, path, query,
    /// fragment.
    type Parts<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
    );

    fn parts(value: &str) -> Parts<'_> {
        let uri =
            uri_reference(value.as_bytes()).unwrap_or_else(|error| std::panic!("{value}: {error}"));
        let as_str = |bytes: &[u8]| -> &str {
            let start = bytes.as_ptr() as usize - value.as_ptr() as usize;
            &value[start..start + bytes.len()]
        };
        let authority = uri.authority().map(|authority| {
            let host = authority.host.bytes;
            let start = authority.userinfo.unwrap_or(host);
            let end = authority.port.unwrap_or(host);
            let from = start.as_ptr() as usize - value.as_ptr() as usize;
            let to = end.as_ptr() as usize + end.len() - value.as_ptr() as usize;
            &value[from..to]
        });
        (
            uri.scheme().map(as_str),
            authority,
            as_str(uri.path()),
            uri.query.map(as_str),
            uri.fragment.map(as_str),
        )
    }

    #[test]
    fn the_examples_of_rfc_3986() {
        let cases: [(&str, Parts<'_>); 14] = [
            (
                "ftp://ftp.is.co.za/rfc/rfc1808.txt",
                (
                    Some("ftp"),
                    Some("ftp.is.co.za"),
                    "/rfc/rfc1808.txt",
                    None,
                    None,
                ),
            ),
            (
                "http://www.ietf.org/rfc/rfc2396.txt",
                (
                    Some("http"),
                    Some("www.ietf.org"),
                    "/rfc/rfc2396.txt",
                    None,
                    None,
                ),
            ),
            (
                "ldap://[2001:db8::7]/c=GB?objectClass?one",
                (
                    Some("ldap"),
                    Some("[2001:db8::7]"),
                    "/c=GB",
                    Some("objectClass?one"),
                    None,
                ),
            ),
            (
                "mailto:John.Doe@example.com",
                (Some("mailto"), None, "John.Doe@example.com", None, None),
            ),
            (
                "news:comp.infosystems.www.servers.unix",
                (
                    Some("news"),
                    None,
                    "comp.infosystems.www.servers.unix",
                    None,
                    None,
                ),
            ),
            (
                "tel:+1-816-555-1212",
                (Some("tel"), None, "+1-816-555-1212", None, None),
            ),
            (
                "telnet://192.0.2.16:80/",
                (Some("telnet"), Some("192.0.2.16:80"), "/", None, None),
            ),
            (
                "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
                (
                    Some("urn"),
                    None,
                    "oasis:names:specification:docbook:dtd:xml:4.1.2",
                    None,
                    None,
                ),
            ),
            (
                "foo://example.com:8042/over/there?name=ferret#nose",
                (
                    Some("foo"),
                    Some("example.com:8042"),
                    "/over/there",
                    Some("name=ferret"),
                    Some("nose"),
                ),
            ),
            ("g;x?y#s", (None, None, "g;x", Some("y"), Some("s"))),
            ("../../g", (None, None, "../../g", None, None)),
            ("//g", (None, Some("g"), "", None, None)),
            ("", (None, None, "", None, None)),
            ("#", (None, None, "", None, Some(""))),
        ];
        for (value, expected) in cases {
            assert_eq!(parts(value), expected, "{value}");
        }
    }

    #[test]
    fn references_and_their_kinds() {
        let uri = uri_reference(b" https://user:pw@example.com:/a%20b/?q=1&r=/?#top \t").unwrap();
        assert!(uri.has_fragment());
        assert_eq!(
            (uri.scheme, uri.fragment),
            (Some(&b"https"[..]), Some(&b"top"[..]))
        );
        let authority = uri.authority().unwrap();
        assert_eq!(authority.userinfo, Some(&b"user:pw"[..]));
        assert_eq!(authority.host.kind, HostKind::RegName);
        assert_eq!(authority.port, Some(&b""[..]));
        assert_eq!(uri.query, Some(&b"q=1&r=/?"[..]));
        let relative = uri_reference(b"/search?q=x").unwrap();
        assert!(relative.scheme.is_none() && !relative.has_fragment());
        let urn = uri_reference(b"urn:isbn:0451450523").unwrap();
        assert!(urn.scheme.is_some() && urn.fragment.is_none());
        assert!(uri_reference(b"./this:that").is_ok());
        assert!(uri_reference(b"http:").is_ok());
        assert!(
            uri_reference(b"http://")
                .unwrap()
                .authority
                .unwrap()
                .host
                .bytes
                .is_empty()
        );
    }

    #[test]
    fn hosts() {
        let kind = |value: &str| {
            uri_reference(format!("//{value}/").as_bytes())
                .map(|uri| uri.authority.unwrap().host.kind)
                .map_err(|error| error.expected)
        };
        let cases: [(&str, HostKind); 17] = [
            ("[::]", HostKind::Ipv6),
            ("[::1]", HostKind::Ipv6),
            ("[1::]", HostKind::Ipv6),
            ("[1:2:3:4:5:6:7:8]", HostKind::Ipv6),
            ("[1:2:3:4:5:6:7::]", HostKind::Ipv6),
            ("[::2:3:4:5:6:7:8]", HostKind::Ipv6),
            ("[1:2:3:4:5:6::8]", HostKind::Ipv6),
            ("[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]", HostKind::Ipv6),
            ("[::ffff:192.0.2.1]", HostKind::Ipv6),
            ("[1:2:3:4:5:6:1.2.3.4]", HostKind::Ipv6),
            ("[1:2:3:4:5::255.255.255.255]", HostKind::Ipv6),
            ("[v7.abc:+]", HostKind::IpvFuture),
            ("[VF.x]", HostKind::IpvFuture),
            ("192.0.2.16", HostKind::Ipv4),
            ("0.0.0.0", HostKind::Ipv4),
            ("192.0.2.016", HostKind::RegName),
            ("256.1.1.1", HostKind::RegName),
        ];
        for (host, expected) in cases {
            assert_eq!(kind(host), Ok(expected), "{host}");
        }
        let errors: [(&str, &str); 12] = [
            (
                "[1:2:3:4:5:6:7]",
                "':' and another group (an address without '::' has eight)",
            ),
            ("[1:2:3:4:5:6:7:8:9]", "']' to close the IP literal"),
            ("[1:2:3:4:5:6:7:8::]", "']' to close the IP literal"),
            ("[::1:2:3:4:5:6:7:8]", "']' to close the IP literal"),
            ("[1::2::3]", "a hex digit (an address has at most one '::')"),
            (
                "[:1::]",
                "a second ':' (an address may start with '::', not ':')",
            ),
            ("[12345::]", "':' after at most four hex digits"),
            (
                "[1:2:3:4:5:6:7:1.2.3.4]",
                "a group of hex digits (an IPv4 address only takes the place of the last two)",
            ),
            (
                "[::1.2.3.04]",
                "a number from 0 to 255, without leading zeros",
            ),
            ("[::1.2.3]", "'.' and the next number of the IPv4 address"),
            ("[v.x]", "a hex digit of the version after 'v'"),
            ("[::1]x", "':' or the end of the authority"),
        ];
        for (host, expected) in errors {
            assert_eq!(kind(host), Err(expected), "{host}");
        }
    }

    #[test]
    fn invalid_references() {
        let cases: [(&[u8], usize, &str); 13] = [
            (b"/a b", 2, PATH),
            (b"http://example.com/\xc3\xa9", 19, PATH),
            (b"/a%2", 4, "two hex digits after '%'"),
            (b"/a%zz", 3, "two hex digits after '%'"),
            (b"/?a b", 3, QUERY),
            (b"/#a#b", 3, FRAGMENT),
            (b"//a@b@c/", 5, HOST),
            (b"//a b/", 3, HOST),
            (b"//a[b@c/", 3, USERINFO),
            (b"//host:8x/", 8, "a digit of the port"),
            (
                b"my_app:x",
                2,
                "a letter, a digit, '+', '-' or '.' in the scheme",
            ),
            (
                b"1http://x",
                0,
                "a scheme that starts with a letter, before ':'",
            ),
            (b"<http://x>", 0, PATH),
        ];
        refused(&cases, uri_reference);
    }

    #[test]
    fn quoted_references() {
        let quoted = |raw: &'static [u8]| Text {
            at: 10,
            raw,
            quoted: true,
        };
        assert!(uri_reference_text(quoted(b"#foo")).is_ok());
        // An escaped byte reads as the byte.
        assert_eq!(
            uri_reference_text(quoted(b"/\\a")).map(|uri| uri.path()),
            Ok(&b"/\\a"[..])
        );
        assert_eq!(
            uri_reference_text(quoted(b"/a\\\"")),
            Err(SyntaxError::new(12, PATH))
        );
        assert_eq!(
            uri_reference_text(Text {
                at: 3,
                raw: b"a b",
                quoted: false
            }),
            Err(SyntaxError::new(4, PATH))
        );
    }

    #[test]
    fn host_fields() {
        let host = host_and_port(b"www.example.org").unwrap();
        assert_eq!(
            (host.host.bytes, host.port),
            (&b"www.example.org"[..], None)
        );
        let host = host_and_port(b" [::1]:8080 ").unwrap();
        assert_eq!(
            (host.host.kind, host.port),
            (HostKind::Ipv6, Some(&b"8080"[..]))
        );
        assert_eq!(host_and_port(b"10.0.0.1:").unwrap().port, Some(&b""[..]));
        assert!(host_and_port(b"").unwrap().host.bytes.is_empty());
        let cases: [(&[u8], usize, &str); 5] = [
            (b"example.com/", 11, HOST),
            (b"user@example.com", 4, HOST),
            (b"example.com:8x", 13, "a digit of the port"),
            (b"[::1]x", 5, "':' or the end of the value"),
            (b"example.com:80:80", 14, "a digit of the port"),
        ];
        refused(&cases, host_and_port);
    }

    /// Runs of bytes from a set, for the generated references.
    fn run(set: &'static str, len: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(set.as_bytes().to_vec()), 0..len)
            .prop_map(|bytes| String::from_utf8(bytes).unwrap())
    }

    const PCHARS: &str = "abcXYZ019-._~!$&'()*+,;=:@";

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = uri_reference(&value);
            let _ = host_and_port(&value);
            let _ = uri_reference_text(Text { at: 0, raw: &value, quoted: true });
        }

        #[test]
        fn generated_references_parse(
            scheme in proptest::option::of("[a-zA-Z][a-zA-Z0-9+.-]{0,6}"),
            host in proptest::option::of(run("abcXYZ019-._~!$&'()*+,;=", 10)),
            port in proptest::option::of("[0-9]{0,5}"),
            segments in proptest::collection::vec(run(PCHARS, 6), 0..4),
            query in proptest::option::of(run("abc/?:@%20", 8)),
            fragment in proptest::option::of(run("abc/?:@", 8)),
        ) {
            let query = query.map(|query| query.replace('%', "%41"));
            let mut text = String::new();
            if let Some(scheme) = &scheme {
                text.push_str(scheme);
                text.push(':');
            }
            if let Some(host) = &host {
                text.push_str("//");
                text.push_str(host);
                if let Some(port) = &port {
                    text.push(':');
                    text.push_str(port);
                }
            }
            let path = if host.is_some() {
                segments.iter().fold(String::new(), |path, segment| path + "/" + segment)
            } else {
                // Without an authority, a path may not start with "//".
                segments.iter().fold(String::new(), |path, segment| path + "/p" + segment)
            };
            text.push_str(&path);
            if let Some(query) = &query {
                text.push('?');
                text.push_str(query);
            }
            if let Some(fragment) = &fragment {
                text.push('#');
                text.push_str(fragment);
            }
            let uri = uri_reference(text.as_bytes()).map_err(|error| TestCaseError::fail(format!("{text}: {error}")))?;
            prop_assert_eq!(uri.scheme(), scheme.as_deref().map(str::as_bytes));
            prop_assert_eq!(uri.path(), path.as_bytes());
            prop_assert_eq!(uri.query, query.as_deref().map(str::as_bytes));
            prop_assert_eq!(uri.fragment, fragment.as_deref().map(str::as_bytes));
        }

        #[test]
        fn generated_ipv6_addresses_parse(groups in proptest::collection::vec(0..=0xffff_u32, 8), gap in 0..9_usize, width in 1..8_usize) {
            // Eight groups, or a '::' standing for `width` of them.
            let hex: Vec<String> = groups.iter().map(|group| format!("{group:x}")).collect();
            let text = if gap == 8 {
                hex.join(":")
            } else {
                let end = (gap + width).min(8);
                format!("{}::{}", hex[..gap].join(":"), hex[end..].join(":"))
            };
            prop_assert_eq!(
                host_and_port(format!("[{text}]").as_bytes()).map(|host| host.host.kind),
                Ok(HostKind::Ipv6),
                "{}",
                text
            );
        }
    }
}
