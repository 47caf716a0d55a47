//! Stack trace dumps leaked into content, such as the body of a 500
//! response that shows the server's call stack to the client.
//!
//! [`find_stack_trace`] reads the content line by line, twice: once as
//! text (lines end at LF; HTML character references such as `&quot;` are
//! decoded, for dumps inside an HTML page), and once as JSON string
//! content (lines also end at the escape `\n` and at every unescaped `"`;
//! `\t`, `\"`, `\\`, `\/` and `\uXXXX` are decoded), for dumps inside a
//! JSON member such as a problem details `detail` or a `trace`. Each line
//! is compared with a fixed set of shapes that stack dumps of common
//! runtimes take, each checked in time linear in the line, so the work is
//! linear in the content.
//!
//! A false alarm is the worst outcome here, so one line is never enough:
//! a dump is found when a header line (`Traceback (most recent call
//! last):`, `goroutine 1 [running]:`, `Stack trace:`, ...) is followed
//! within [`WINDOW`] lines by a frame of a matching language, or when two
//! frame lines of one language come within [`WINDOW`] lines of each other.
//! Some weak lines (`... 12 more`, a numbered Rust frame, `at
//! JSON.parse (<anonymous>)`) count only after a header or a frame of
//! their language. Prose about errors ("Internal error at 10:30", "panic: please
//! retry") has no frame line, so it never triggers.
//!
//! Lines longer than [`LINE_CAPACITY`] bytes are not compared with
//! anything; they still count as lines.

/// How many lines (after the first) the second piece of evidence may be
/// from the first. Python dumps put a source line between frames, and
/// Python 3.11 adds a line of carets, so frames can be three lines apart.
pub(crate) const WINDOW: usize = 4;

/// The longest line, in bytes after decoding, that is compared with the
/// shapes of stack dumps.
pub(crate) const LINE_CAPACITY: usize = 1024;

/// A stack trace found in content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StackTrace {
    /// The offset of the line where the evidence starts: the header line,
    /// or the first frame line.
    pub(crate) at: usize,
    /// The runtime whose format the frames have: `"Python"`, `"Java"`,
    /// `".NET"`, `"Node.js"`, `"Go"`, `"Rust"`, `"PHP"` or `"Ruby"`.
    /// "Java" covers every language of the JVM (Kotlin, Scala, ...).
    pub(crate) language: &'static str,
}

/// Finds the first stack trace dump in `content`, `None` when there is no
/// strong evidence of one.
#[must_use]
pub(crate) fn find_stack_trace(content: &[u8]) -> Option<StackTrace> {
    let text = scan(content, Mode::Text);
    let json = scan(content, Mode::Json);
    match (text, json) {
        (Some(text), Some(json)) => Some(if json.at < text.at { json } else { text }),
        (text, json) => text.or(json),
    }
}

/// The runtimes whose dumps are recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Language {
    /// Python tracebacks.
    Python,
    /// JVM exception stack traces.
    Java,
    /// .NET exception stack traces.
    DotNet,
    /// V8 (Node.js, Deno, Chrome) error stacks.
    Node,
    /// Go panics.
    Go,
    /// Rust panics and backtraces.
    Rust,
    /// PHP exception traces.
    Php,
    /// Ruby backtraces.
    Ruby,
}

impl Language {
    /// The name reported in [`StackTrace::language`].
    const fn name(self) -> &'static str {
        match self {
            Language::Python => "Python",
            Language::Java => "Java",
            Language::DotNet => ".NET",
            Language::Node => "Node.js",
            Language::Go => "Go",
            Language::Rust => "Rust",
            Language::Php => "PHP",
            Language::Ruby => "Ruby",
        }
    }

    /// The language's bit in a [`Evidence::Header`] mask.
    const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// What one line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// A line that starts a dump, for the languages in the mask.
    Header(u8),
    /// A stack frame line.
    Frame(Language),
    /// A line that only counts after a header or a frame of its language.
    Support(Language),
}

/// How a pass splits and decodes lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Lines end at LF; HTML character references are decoded.
    Text,
    /// Lines also end at `\n` escapes and unescaped quotes; JSON escapes
    /// are decoded.
    Json,
}

/// The evidence seen so far in one pass.
#[derive(Clone, Copy, Debug, Default)]
struct Tracker {
    /// How many lines have been counted.
    line: usize,
    /// The last header: its line, offset and language mask.
    header: Option<(usize, usize, u8)>,
    /// The last frame: its line, offset and language.
    frame: Option<(usize, usize, Language)>,
}

impl Tracker {
    /// Takes the evidence of the current line, at offset `at`; returns the
    /// dump when this line completes the evidence for one.
    fn see(&mut self, at: usize, evidence: Evidence) -> Option<StackTrace> {
        let line = self.line;
        let near = |earlier: usize| line.saturating_sub(earlier) <= WINDOW;
        let language = match evidence {
            Evidence::Header(mask) => {
                self.header = Some((line, at, mask));
                return None;
            }
            Evidence::Frame(language) | Evidence::Support(language) => language,
        };
        let after_header = self
            .header
            .filter(|&(header_line, _, mask)| near(header_line) && mask & language.bit() != 0)
            .map(|(_, header_at, _)| header_at);
        let after_frame = self
            .frame
            .filter(|&(frame_line, _, frame_language)| {
                near(frame_line) && frame_language == language
            })
            .map(|(_, frame_at, _)| frame_at);
        let start = match (after_header, after_frame) {
            (Some(header_at), Some(frame_at)) => Some(header_at.min(frame_at)),
            (header_at, frame_at) => header_at.or(frame_at),
        };
        if let Some(at) = start {
            return Some(StackTrace {
                at,
                language: language.name(),
            });
        }
        if let Evidence::Frame(language) = evidence {
            self.frame = Some((line, at, language));
        }
        None
    }
}

/// One pass over the content in `mode`.
fn scan(content: &[u8], mode: Mode) -> Option<StackTrace> {
    let mut tracker = Tracker::default();
    for_each_line(content, mode, |at, line| {
        let line = line.trim_ascii();
        if mode == Mode::Json && line.iter().all(|byte| b",:[]{}".contains(byte)) {
            // Between JSON strings: not a line of the text.
            return None;
        }
        tracker.line = tracker.line.saturating_add(1);
        tracker.see(at, classify(line)?)
    })
}

/// The HTML character references decoded in [`Mode::Text`], with the byte
/// each stands for.
const REFERENCES: [(&[u8], u8); 10] = [
    (b"&quot;", b'"'),
    (b"&#34;", b'"'),
    (b"&#x22;", b'"'),
    (b"&#39;", b'\''),
    (b"&#x27;", b'\''),
    (b"&apos;", b'\''),
    (b"&lt;", b'<'),
    (b"&gt;", b'>'),
    (b"&amp;", b'&'),
    (b"&nbsp;", b' '),
];

/// Splits `content` into lines as `mode` says, decodes each into a
/// buffer, and calls `visit` with the offset where the line starts and the
/// decoded line, until `visit` returns something.
fn for_each_line<T>(
    content: &[u8],
    mode: Mode,
    mut visit: impl FnMut(usize, &[u8]) -> Option<T>,
) -> Option<T> {
    let mut buffer = [0_u8; LINE_CAPACITY];
    let mut len = 0_usize;
    let mut overlong = false;
    let mut start = 0_usize;
    let mut pos = 0_usize;
    while let Some(&byte) = content.get(pos) {
        let rest = content.get(pos..).unwrap_or_default();
        // A run of bytes that stand for themselves is copied whole.
        let run = rest
            .iter()
            .position(|&byte| is_special(mode, byte))
            .unwrap_or(rest.len());
        if run > 0 {
            let end = len.saturating_add(run);
            match (buffer.get_mut(len..end), rest.get(..run)) {
                (Some(slot), Some(bytes)) if !overlong => {
                    slot.copy_from_slice(bytes);
                    len = end;
                }
                _ => overlong = true,
            }
            pos = pos.saturating_add(run);
            continue;
        }
        let (out, consumed, line_end) = decode(mode, byte, rest);
        pos = pos.saturating_add(consumed);
        if line_end {
            let line = if overlong {
                &[][..]
            } else {
                buffer.get(..len).unwrap_or_default()
            };
            if let Some(found) = visit(start, line) {
                return Some(found);
            }
            len = 0;
            overlong = false;
            start = pos;
        } else if let Some(out) = out {
            match buffer.get_mut(len) {
                Some(slot) => {
                    *slot = out;
                    len = len.saturating_add(1);
                }
                None => overlong = true,
            }
        }
    }
    let line = if overlong {
        &[][..]
    } else {
        buffer.get(..len).unwrap_or_default()
    };
    visit(start, line)
}

/// What the bytes at the start of `rest`, the first of which is `byte`,
/// stand for in `mode`: the byte they decode to (if any), how many bytes
/// they take, and whether they end a line.
fn decode(mode: Mode, byte: u8, rest: &[u8]) -> (Option<u8>, usize, bool) {
    match (mode, byte) {
        (_, b'\n') | (Mode::Json, b'"') => (None, 1, true),
        (_, b'\r') => (None, 1, false),
        (Mode::Json, b'\\') => json_escape(rest),
        (Mode::Text, b'&') => REFERENCES
            .iter()
            .find(|(reference, _)| rest.starts_with(reference))
            .map_or((Some(b'&'), 1, false), |&(reference, decoded)| {
                (Some(decoded), reference.len(), false)
            }),
        (_, byte) => (Some(byte), 1, false),
    }
}

/// Whether `byte` ends a line or starts an escape or a character reference
/// in `mode`: what [`for_each_line`] does not copy as it is.
const fn is_special(mode: Mode, byte: u8) -> bool {
    matches!(
        (mode, byte),
        (_, b'\n' | b'\r') | (Mode::Json, b'"' | b'\\') | (Mode::Text, b'&')
    )
}

/// Decodes the JSON escape at the start of `rest` (which starts with a
/// backslash): the byte it stands for (if any), how many bytes it takes,
/// and whether it ends a line.
fn json_escape(rest: &[u8]) -> (Option<u8>, usize, bool) {
    match rest.get(1) {
        Some(b'n') => (None, 2, true),
        Some(b'r') => (None, 2, false),
        Some(b't') => (Some(b'\t'), 2, false),
        Some(b'b' | b'f') => (Some(b' '), 2, false),
        Some(&quoted @ (b'"' | b'\\' | b'/')) => (Some(quoted), 2, false),
        Some(b'u') => {
            let value = rest.get(2..6).and_then(|hex| {
                hex.iter().try_fold(0_u32, |value, &digit| {
                    Some(value * 16 + char::from(digit).to_digit(16)?)
                })
            });
            match value.map(u8::try_from) {
                Some(Ok(b'\n')) => (None, 6, true),
                Some(Ok(ascii)) if ascii.is_ascii() => (Some(ascii), 6, false),
                Some(_) => (Some(b'?'), 6, false),
                None => (Some(b'\\'), 1, false),
            }
        }
        _ => (Some(b'\\'), 1, false),
    }
}

/// What a trimmed line says, if anything.
fn classify(line: &[u8]) -> Option<Evidence> {
    if line.is_empty() {
        return None;
    }
    if let Some(mask) = header(line) {
        return Some(Evidence::Header(mask));
    }
    if let Some(rest) = line.strip_prefix(b"at ") {
        return at_frame(rest);
    }
    frame(line)
        .map(Evidence::Frame)
        .or_else(|| support(line).map(Evidence::Support))
}

/// The header lines: the language mask of the dump they start.
fn header(line: &[u8]) -> Option<u8> {
    let jvm_or_dotnet = Language::Java.bit() | Language::DotNet.bit();
    if line == b"Traceback (most recent call last):" {
        return Some(Language::Python.bit());
    }
    if line.starts_with(b"Exception in thread \"") || is_caused_by(line) {
        return Some(Language::Java.bit());
    }
    if line.starts_with(b"--- End of stack trace from previous location")
        || line == b"--- End of inner exception stack trace ---"
    {
        return Some(Language::DotNet.bit());
    }
    if line == b"Stack trace:" || line.starts_with(b"PHP Fatal error:  Uncaught ") {
        return Some(Language::Php.bit());
    }
    if line == b"stack backtrace:" || is_rust_panic(line) {
        return Some(Language::Rust.bit());
    }
    if is_goroutine(line) || line.starts_with(b"panic: ") {
        return Some(Language::Go.bit());
    }
    let unhandled = line
        .strip_prefix(b"Unhandled exception. ")
        .or_else(|| line.strip_prefix(b"Unhandled Exception: "));
    if let Some(rest) = unhandled {
        return is_exception_name(rest).then_some(Language::DotNet.bit());
    }
    if is_exception_name(line) {
        return Some(jvm_or_dotnet);
    }
    if is_js_error(line) {
        return Some(Language::Node.bit());
    }
    None
}

/// The frame lines that do not start with `at `: the language whose frame
/// this is.
fn frame(line: &[u8]) -> Option<Language> {
    if is_python_frame(line) {
        return Some(Language::Python);
    }
    if is_go_frame(line) {
        return Some(Language::Go);
    }
    if is_php_frame(line) {
        return Some(Language::Php);
    }
    if is_ruby_frame(line) {
        return Some(Language::Ruby);
    }
    None
}

/// The lines that count only next to a header or frame of their language.
fn support(line: &[u8]) -> Option<Language> {
    // "... 12 more", "... 42 common frames omitted"
    if let Some(rest) = line.strip_prefix(b"... ") {
        let rest = digits(rest)?;
        return (rest == b" more" || rest == b" common frames omitted").then_some(Language::Java);
    }
    if line.starts_with(b"note: run with `RUST_BACKTRACE=") {
        return Some(Language::Rust);
    }
    // "  12: core::panicking::panic_fmt"
    let symbol = digits(line)?.strip_prefix(b": ")?;
    let rust =
        contains(symbol, b"::") || symbol.starts_with(b"rust_") || symbol.starts_with(b"__rust");
    rust.then_some(Language::Rust)
}

/// The rest of `bytes` after a run of at least one ASCII digit.
fn digits(bytes: &[u8]) -> Option<&[u8]> {
    let count = bytes
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .count();
    if count == 0 {
        return None;
    }
    bytes.get(count..)
}

/// Whether `haystack` contains `needle`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    super::find(haystack, needle, 0).is_some()
}

/// Whether `name` is a dotted name whose last part names an exception or
/// error: `java.lang.IllegalStateException`,
/// `System.NullReferenceException`, optionally followed by `: message`.
fn is_exception_name(line: &[u8]) -> bool {
    let end = line
        .iter()
        .position(|&byte| byte == b':')
        .unwrap_or(line.len());
    let name = line.get(..end).unwrap_or_default();
    let parts_ok = name.split(|&byte| byte == b'.').all(|part| {
        part.first().is_some_and(u8::is_ascii_alphabetic)
            && part
                .iter()
                .all(|&byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$')
    });
    let after = line.get(end..).unwrap_or_default();
    parts_ok
        && name.contains(&b'.')
        && (name.ends_with(b"Exception") || name.ends_with(b"Error"))
        && (after.is_empty() || after.starts_with(b": "))
}

/// `Caused by: com.example.SomeException: message`
fn is_caused_by(line: &[u8]) -> bool {
    line.strip_prefix(b"Caused by: ")
        .is_some_and(is_exception_name)
}

/// `TypeError: Cannot read properties of undefined (reading 'id')`, with
/// an optional `Uncaught ` before it: one word of letters ending in
/// `Error`, starting with a capital.
fn is_js_error(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"Uncaught ").unwrap_or(line);
    let end = line
        .iter()
        .position(|&byte| byte == b':')
        .unwrap_or(line.len());
    let name = line.get(..end).unwrap_or_default();
    let after = line.get(end..).unwrap_or_default();
    name.first().is_some_and(u8::is_ascii_uppercase)
        && name.iter().all(u8::is_ascii_alphabetic)
        && name.ends_with(b"Error")
        && (after.is_empty() || after.starts_with(b": "))
}

/// `thread 'main' panicked at src/main.rs:2:5:` (and the older
/// `thread 'main' panicked at 'message', src/main.rs:2:5`).
fn is_rust_panic(line: &[u8]) -> bool {
    line.strip_prefix(b"thread '")
        .and_then(|rest| {
            let end = rest.iter().position(|&byte| byte == b'\'')?;
            rest.get(end..)?.strip_prefix(b"' panicked at ")
        })
        .is_some_and(|rest| contains(rest, b".rs:"))
}

/// `goroutine 1 [running]:`
fn is_goroutine(line: &[u8]) -> bool {
    line.strip_prefix(b"goroutine ")
        .and_then(digits)
        .and_then(|rest| rest.strip_prefix(b" ["))
        .is_some_and(|rest| rest.ends_with(b"]:"))
}

/// `File "/app/views.py", line 42, in handler` (or without `, in ...`).
fn is_python_frame(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"File \"") else {
        return false;
    };
    let Some(quote) = super::find(rest, b"\", line ", 0) else {
        return false;
    };
    let after = rest.get(quote.saturating_add(8)..).unwrap_or_default();
    quote > 0
        && digits(after).is_some_and(|tail| {
            tail.is_empty()
                || tail
                    .strip_prefix(b", in ")
                    .is_some_and(|name| !name.is_empty())
        })
}

/// A frame line that starts with `at `: JVM, .NET, V8 or Rust backtrace.
fn at_frame(rest: &[u8]) -> Option<Evidence> {
    // .NET: "at Namespace.Type.Method(Args) in /src/File.cs:line 42"
    if let Some(split) = rfind(rest, b" in ") {
        let location = rest.get(split.saturating_add(4)..).unwrap_or_default();
        let call = rest.get(..split).unwrap_or_default();
        let line_number = rfind(location, b":line ")
            .and_then(|colon| location.get(colon.saturating_add(6)..))
            .and_then(digits);
        if line_number == Some(b"") && is_dotted_call(call).is_some() {
            return Some(Evidence::Frame(Language::DotNet));
        }
    }
    if let Some(arguments) = is_dotted_call(strip_jar_suffix(rest)) {
        return Some(Evidence::Frame(if is_jvm_location(arguments) {
            Language::Java
        } else {
            Language::DotNet
        }));
    }
    v8_frame(rest)
}

/// The position of the last occurrence of `needle` in `haystack`.
fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle)
}

/// Drops the ` ~[app.jar:1.0]` or ` [app.jar:1.0]` that logback adds after
/// a JVM frame.
fn strip_jar_suffix(rest: &[u8]) -> &[u8] {
    if rest.ends_with(b"]") {
        if let Some(open) = rfind(rest, b" ~[").or_else(|| rfind(rest, b" [")) {
            return rest.get(..open).unwrap_or(rest);
        }
    }
    rest
}

/// `Name.With.Dots(arguments)`: the arguments, when `call` is a method
/// name with at least one dot and no spaces, then arguments in
/// parentheses that end the text.
fn is_dotted_call(call: &[u8]) -> Option<&[u8]> {
    let open = call.iter().position(|&byte| byte == b'(')?;
    let name = call.get(..open)?;
    let arguments = call.get(open.saturating_add(1)..)?.strip_suffix(b")")?;
    let name_ok = name.contains(&b'.')
        && name
            .first()
            .is_some_and(|&byte| byte.is_ascii_alphabetic() || byte == b'_' || byte == b'<')
        && name
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || b"._$/@<>`[],+|-".contains(&byte));
    name_ok.then_some(arguments)
}

/// Whether the parenthesised part of a frame is a JVM location:
/// `Foo.java:42`, `Foo.kt`, `Native Method`, `Unknown Source`.
fn is_jvm_location(location: &[u8]) -> bool {
    if location == b"Native Method" || location.starts_with(b"Unknown Source") {
        return true;
    }
    let file = match location.iter().position(|&byte| byte == b':') {
        Some(colon) => {
            if location.get(colon.saturating_add(1)..).and_then(digits) != Some(b"") {
                return false;
            }
            location.get(..colon).unwrap_or_default()
        }
        None => location,
    };
    let Some(dot) = file.iter().rposition(|&byte| byte == b'.') else {
        return false;
    };
    let extension = file.get(dot.saturating_add(1)..).unwrap_or_default();
    dot > 0
        && !extension.is_empty()
        && extension.iter().all(u8::is_ascii_alphanumeric)
        && file
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || b"._$-".contains(&byte))
}

/// V8 frames: `at name (location)`, `at location`, `at async name
/// (location)`, `at new Name (location)`; and the `at /path/file.rs:1:2`
/// lines of Rust backtraces, which look the same.
///
/// A frame without a file (`at JSON.parse (<anonymous>)`, `at async
/// Promise.all (index 0)`) is only support: the words alone are too
/// common.
fn v8_frame(rest: &[u8]) -> Option<Evidence> {
    let rest = rest.strip_prefix(b"async ").unwrap_or(rest);
    let rest = rest.strip_prefix(b"new ").unwrap_or(rest);
    let location = match rfind(rest, b" (") {
        Some(open) if rest.ends_with(b")") => {
            let location = rest.get(open.saturating_add(2)..rest.len().saturating_sub(1))?;
            let name = rest.get(..open).unwrap_or_default();
            if location == b"<anonymous>"
                || location == b"native"
                || location.strip_prefix(b"index ").and_then(digits) == Some(b"")
            {
                return (!name.is_empty() && !name.contains(&b' '))
                    .then_some(Evidence::Support(Language::Node));
            }
            location
        }
        _ => {
            if rest.contains(&b' ') {
                return None;
            }
            rest
        }
    };
    let path = line_and_column(location)?;
    let pathy = path.contains(&b'/')
        || path.contains(&b'\\')
        || path.starts_with(b"node:")
        || path.ends_with(b".js");
    if !pathy {
        return None;
    }
    Some(Evidence::Frame(if path.ends_with(b".rs") {
        Language::Rust
    } else {
        Language::Node
    }))
}

/// The path of `path:line:column`, when the text ends with two colons and
/// digits and the path is not empty.
fn line_and_column(location: &[u8]) -> Option<&[u8]> {
    let (column, rest) = split_last_number(location)?;
    let (line, path) = split_last_number(rest)?;
    (!column.is_empty() && !line.is_empty() && !path.is_empty()).then_some(path)
}

/// Splits `text:digits` at its last colon: the digits, and the text.
fn split_last_number(text: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = text.iter().rposition(|&byte| byte == b':')?;
    let number = text.get(colon.saturating_add(1)..)?;
    (!number.is_empty() && number.iter().all(u8::is_ascii_digit))
        .then(|| (number, text.get(..colon).unwrap_or_default()))
}

/// `/usr/local/go/src/runtime/panic.go:770 +0x132` or `/app/main.go:12`:
/// Go prints full paths, so a path without `/` does not count.
fn is_go_frame(line: &[u8]) -> bool {
    let Some(dot) = rfind(line, b".go:") else {
        return false;
    };
    let path = line.get(..dot).unwrap_or_default();
    let after = line.get(dot.saturating_add(4)..).and_then(digits);
    let path_ok = path.contains(&b'/') && !path.contains(&b' ');
    let offset_ok = after.is_some_and(|tail| {
        tail.is_empty()
            || tail
                .strip_prefix(b" +0x")
                .is_some_and(|hex| !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit))
    });
    path_ok && offset_ok
}

/// `#0 /var/www/app.php(12): handler()`, `#1 [internal function]: f()`,
/// `#2 {main}`; the path must look like one (a `.php` file, or a `/` or
/// `\`), so that `#1 Step(2): ...` does not count.
fn is_php_frame(line: &[u8]) -> bool {
    let Some(rest) = line
        .strip_prefix(b"#")
        .and_then(digits)
        .and_then(|rest| rest.strip_prefix(b" "))
    else {
        return false;
    };
    if rest == b"{main}" || rest.starts_with(b"[internal function]: ") {
        return true;
    }
    let Some(open) = rest.iter().position(|&byte| byte == b'(') else {
        return false;
    };
    let path = rest.get(..open).unwrap_or_default();
    let path_ok = path.ends_with(b".php") || path.contains(&b'/') || path.contains(&b'\\');
    let after = rest.get(open.saturating_add(1)..).and_then(digits);
    path_ok && after.is_some_and(|tail| tail.starts_with(b"): ") || tail == b"):")
}

/// `/app/models/user.rb:12:in 'User#save'`, with the backtick quote of
/// older Rubies and an optional `from ` before it.
fn is_ruby_frame(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"from ").unwrap_or(line);
    let Some(split) = super::find(line, b":in ", 0) else {
        return false;
    };
    let method = line.get(split.saturating_add(4)..).unwrap_or_default();
    let Some((_, path)) = line.get(..split).and_then(split_last_number) else {
        return false;
    };
    let path_ok =
        (path.ends_with(b".rb") || path.starts_with(b"<internal:")) && !path.contains(&b' ');
    path_ok && matches!(method.first(), Some(b'`' | b'\''))
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::format;

    use super::*;

    /// Real-looking dumps, each with its language.
    const DUMPS: [(&str, &str); 23] = [
        (
            "Python",
            "Traceback (most recent call last):\n  File \"/srv/app/views.py\", line 42, in get_user\n    return User.objects.get(pk=pk)\nDoesNotExist: User matching query does not exist.\n",
        ),
        (
            "Python",
            "Internal Server Error\n\n  File \"/usr/lib/python3.12/site-packages/flask/app.py\", line 1473, in wsgi_app\n    response = self.full_dispatch_request()\n               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/srv/app/main.py\", line 9, in index\n    1 / 0\n",
        ),
        (
            "Java",
            "Exception in thread \"main\" java.lang.IllegalStateException: boom\n\tat com.example.Foo.bar(Foo.java:42)\n\tat com.example.Main.main(Main.java:7)\n",
        ),
        (
            "Java",
            "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null\n\tat com.example.web.UserController.show(UserController.java:31)\n",
        ),
        (
            "Java",
            "org.springframework.dao.DataAccessResourceFailureException: db down\n\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:105) ~[spring-jdbc-6.1.2.jar:6.1.2]\n\tat java.base/java.lang.Thread.run(Thread.java:1583) [na:na]\nCaused by: java.net.ConnectException: Connection refused\n\t... 42 common frames omitted\n",
        ),
        (
            "Java",
            "Caused by: java.io.IOException: closed\n\t... 12 more\n",
        ),
        (
            "Java",
            "<html><body><h1>HTTP Status 500 – Internal Server Error</h1><pre>java.lang.ArithmeticException: / by zero\n\tcom.example.Calc.divide(Calc.java:10)\n\tat jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)\n\tat java.lang.reflect.Method.invoke(Native Method)\n</pre></body></html>",
        ),
        (
            ".NET",
            "System.NullReferenceException: Object reference not set to an instance of an object.\n   at MyApp.Controllers.UsersController.Get(Int32 id) in C:\\src\\MyApp\\Controllers\\UsersController.cs:line 42\n   at lambda_method5(Closure, Object, Object[])\n",
        ),
        (
            ".NET",
            "Unhandled exception. System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n",
        ),
        (
            ".NET",
            "   at Microsoft.AspNetCore.Routing.EndpointMiddleware.Invoke(HttpContext httpContext)\n--- End of stack trace from previous location ---\n   at Microsoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddlewareImpl.Invoke(HttpContext context)\n",
        ),
        (
            "Node.js",
            "TypeError: Cannot read properties of undefined (reading 'id')\n    at getUser (/srv/app/routes/users.js:10:15)\n    at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)\n",
        ),
        (
            "Node.js",
            "Error: ENOENT: no such file or directory, open 'config.json'\n    at Object.openSync (node:fs:596:3)\n    at Object.<anonymous> (/srv/app/index.js:3:4)\n    at async Promise.all (index 0)\n",
        ),
        (
            "Node.js",
            "    at /srv/app/server.mjs:20:7\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n",
        ),
        (
            "Node.js",
            "SyntaxError: Unexpected token < in JSON at position 0\n    at JSON.parse (<anonymous>)\n",
        ),
        (
            "Go",
            "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47f2a1]\n\ngoroutine 1 [running]:\nmain.handler(...)\n\t/srv/app/main.go:12 +0x1d\n",
        ),
        (
            "Go",
            "goroutine 34 [chan receive, 2 minutes]:\nnet/http.(*conn).serve(0xc0001a2000, {0x7a1c88, 0xc000112000})\n\t/usr/local/go/src/net/http/server.go:2009 +0x8ed\n",
        ),
        (
            "Rust",
            "thread 'main' panicked at src/main.rs:2:5:\nexplicit panic\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
        ),
        (
            "Rust",
            "thread 'tokio-runtime-worker' panicked at src/handlers.rs:88:17:\nindex out of bounds\nstack backtrace:\n   0: rust_begin_unwind\n             at /rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/panicking.rs:665:5\n",
        ),
        (
            "Rust",
            "   0: std::panicking::begin_panic\n             at /rustc/abc/library/std/src/panicking.rs:652:12\n   1: app::main\n             at ./src/main.rs:2:5\n",
        ),
        (
            "PHP",
            "PHP Fatal error:  Uncaught Exception: boom in /var/www/html/index.php:5\nStack trace:\n#0 /var/www/html/index.php(9): fail()\n#1 {main}\n  thrown in /var/www/html/index.php on line 5\n",
        ),
        (
            "PHP",
            "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function f()\nStack trace:\n#0 {main}\n",
        ),
        (
            "Ruby",
            "/app/app/models/user.rb:12:in 'User#save': undefined method 'name' for nil (NoMethodError)\n\tfrom /app/app/controllers/users_controller.rb:8:in 'UsersController#create'\n",
        ),
        (
            "Ruby",
            "app.rb:3:in `divide': divided by 0 (ZeroDivisionError)\n\tfrom app.rb:7:in `<main>'\n",
        ),
    ];

    #[test]
    fn finds_real_dumps_with_their_language() {
        for (language, dump) in DUMPS {
            let found = find_stack_trace(dump.as_bytes());
            assert_eq!(found.map(|trace| trace.language), Some(language), "{dump}");
        }
    }

    #[test]
    fn reports_where_the_evidence_starts() {
        let content = "<h1>Error</h1>\nTraceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n";
        assert_eq!(
            find_stack_trace(content.as_bytes()),
            Some(StackTrace {
                at: 15,
                language: "Python"
            })
        );
        let frames = "Oops\n  File \"a.py\", line 1, in f\n  File \"b.py\", line 2, in g\n";
        assert_eq!(
            find_stack_trace(frames.as_bytes()),
            Some(StackTrace {
                at: 5,
                language: "Python"
            })
        );
    }

    #[test]
    fn finds_dumps_inside_json_strings() {
        let cases = [
            (
                "Python",
                r#"{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Traceback (most recent call last):\n  File \"/srv/app/views.py\", line 42, in get_user\n    return x\nKeyError: 'id'\n"}"#,
            ),
            (
                "Java",
                r#"{"timestamp":"2024-05-01T10:00:00.000+00:00","status":500,"error":"Internal Server Error","trace":"java.lang.IllegalStateException: boom\r\n\tat com.example.Foo.bar(Foo.java:42)\r\n\tat com.example.Main.main(Main.java:7)\r\n","path":"/x"}"#,
            ),
            (
                ".NET",
                r#"{"title":"An error occurred","status":500,"detail":"System.Exception: boom\r\n   at Api.Controllers.ItemsController.Get() in \/src\/Api\/Controllers\/ItemsController.cs:line 18"}"#,
            ),
            (
                "Node.js",
                r#"{"error":"TypeError: x is not a function\n    at handler (\/srv\/app\/index.js:12:9)\n    at Layer.handle (\/srv\/app\/node_modules\/express\/lib\/router\/layer.js:95:5)"}"#,
            ),
            (
                "Ruby",
                r#"{"status":500,"error":"Internal Server Error","traces":{"Application Trace":["app/models/user.rb:12:in `save'","app/controllers/users_controller.rb:8:in `create'"]}}"#,
            ),
            (
                "PHP",
                r##"{"message":"Server Error","trace":"#0 \/var\/www\/app\/Http\/Kernel.php(91): App\\Http\\Middleware\\Auth->handle()\n#1 {main}"}"##,
            ),
            (
                "Go",
                r#"{"panic":"goroutine 1 [running]:\nmain.main()\n\t\/tmp\/main.go:8 +0x18\nexit status 2"}"#,
            ),
            (
                "Python",
                r#"{"detail":"Traceback (most recent call last):\u000a  File \u0022\/app\/x.py\u0022, line 3, in f"}"#,
            ),
        ];
        for (language, content) in cases {
            let found = find_stack_trace(content.as_bytes());
            assert_eq!(
                found.map(|trace| trace.language),
                Some(language),
                "{content}"
            );
        }
    }

    #[test]
    fn finds_dumps_inside_html_pages() {
        let django = "<pre class=\"exception_value\">division by zero</pre>\n<pre>Traceback (most recent call last):\n  File &quot;/usr/lib/python3/site-packages/django/core/handlers/exception.py&quot;, line 55, in inner\n    response = get_response(request)\n  File &quot;/srv/app/views.py&quot;, line 4, in index\n    return 1 / 0\n</pre>";
        assert_eq!(
            find_stack_trace(django.as_bytes()).map(|trace| trace.language),
            Some("Python")
        );
    }

    #[test]
    fn prose_about_errors_is_not_a_dump() {
        let cases = [
            "",
            "Internal error at 10:30",
            "Internal error at 10:30\nRetry at 10:45:00\nat 10:30:15 the gateway failed",
            "The server encountered an error at the gateway",
            "Traceback not available",
            "An error occurred. Traceback (most recent call last): not shown in production.",
            "see file.js for details\nsee main.go for details",
            "panic: please retry",
            "panic: please retry\ngoroutine support is not enabled",
            "at least one field is required\nat most 10 items are allowed",
            "Error: something went wrong\nError: and again",
            "java.lang.IllegalStateException: boom",
            "Stack trace:\nnot available in production",
            "Caused by: timeout\nCaused by: retry",
            "#1 priority: fix login\n#2 priority: fix logout",
            "#1 Step(2): log in\n#2 Step(3): log out",
            "main.go:12\nserver.go:40 +0x1d",
            "at home (native)\nat work (native)",
            "at JSON.parse (<anonymous>)\nat Array.map (<anonymous>)",
            "1: std::vector is not Rust\n2: neither is std::map",
            "thread 'main' panicked at src/main.rs:2:5:\nexplicit panic",
            "File \"report.pdf\" not found\nFile \"notes.txt\", line unknown",
            "Error in /app/x.rb: see log\nfrom the team",
            "Please see docs at https://example.com/errors:404:1\nat https://example.com/a:1:2",
            "at noon we saw /var/log/app.log:12:3\nat 1pm we saw /var/log/app.log:14:1",
            "at startup in config.cs:line 3\nat shutdown in config.cs:line 9",
            "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n",
            r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}"#,
            r#"{"error":"invalid_request","error_description":"at least one scope is required","at":"10:30:00"}"#,
            r##"{"errors":[{"detail":"must be a positive integer","pointer":"#/age"},{"detail":"at line 3, column 5","pointer":"#/profile"}]}"##,
        ];
        for content in cases {
            assert_eq!(find_stack_trace(content.as_bytes()), None, "{content}");
        }
    }

    #[test]
    fn evidence_far_apart_does_not_add_up() {
        let far = "Traceback (most recent call last):\n1\n2\n3\n4\n  File \"x.py\", line 1, in f\n";
        assert_eq!(find_stack_trace(far.as_bytes()), None);
        let near = "Traceback (most recent call last):\n1\n2\n3\n  File \"x.py\", line 1, in f\n";
        assert!(find_stack_trace(near.as_bytes()).is_some());
        let mixed = "  File \"x.py\", line 1, in f\n    at com.example.Foo.bar(Foo.java:42)\n";
        assert_eq!(
            find_stack_trace(mixed.as_bytes()),
            None,
            "one frame of each language"
        );
        let header_mismatch =
            "Traceback (most recent call last):\n\tat com.example.Foo.bar(Foo.java:42)\n";
        assert_eq!(find_stack_trace(header_mismatch.as_bytes()), None);
        let header_mismatch = "TypeError: boom\n\tat com.example.Foo.bar(Foo.java:42)\n";
        assert_eq!(find_stack_trace(header_mismatch.as_bytes()), None);
    }

    #[test]
    fn overlong_lines_are_not_read() {
        let frame = "\tat com.example.Foo.bar(Foo.java:42)";
        let padding = " ".repeat(LINE_CAPACITY);
        let one_readable = format!("{padding}{frame}\n{frame}\n");
        assert_eq!(find_stack_trace(one_readable.as_bytes()), None);
        let two_readable = format!("{frame}\n{padding}{frame}\n{frame}\n");
        assert_eq!(
            find_stack_trace(two_readable.as_bytes()).map(|trace| trace.at),
            Some(0)
        );
    }

    #[test]
    fn json_escapes_decode_as_json_does() {
        let lines = |content: &[u8]| {
            let mut seen = [[0_u8; 16]; 4];
            let mut count = 0;
            for_each_line(content, Mode::Json, |_, line| {
                if let Some(slot) = seen.get_mut(count) {
                    slot[..line.len().min(16)].copy_from_slice(&line[..line.len().min(16)]);
                }
                count += 1;
                None::<()>
            });
            (count, seen)
        };
        let (count, seen) = lines(br#"a\tb\\n\"c\nd\u0041\u00e9\/"#);
        assert_eq!(count, 2);
        assert_eq!(&seen[0][..8], b"a\tb\\n\"c\0");
        assert_eq!(&seen[1][..5], b"dA?/\0");
    }

    /// The lines of `content` decoded one byte at a time, as a reference
    /// for [`for_each_line`], which copies runs of plain bytes whole.
    fn lines_byte_by_byte(content: &[u8], mode: Mode) -> std::vec::Vec<(usize, std::vec::Vec<u8>)> {
        let mut lines = std::vec::Vec::new();
        let (mut line, mut overlong, mut start, mut pos) = (std::vec::Vec::new(), false, 0, 0);
        while let Some(&byte) = content.get(pos) {
            let (out, consumed, line_end) = decode(mode, byte, &content[pos..]);
            pos += consumed;
            if line_end {
                lines.push((
                    start,
                    if overlong {
                        std::vec::Vec::new()
                    } else {
                        line.clone()
                    },
                ));
                line.clear();
                overlong = false;
                start = pos;
            } else if let Some(out) = out {
                if line.len() < LINE_CAPACITY {
                    line.push(out);
                } else {
                    overlong = true;
                }
            }
        }
        lines.push((start, if overlong { std::vec::Vec::new() } else { line }));
        lines
    }

    proptest::proptest! {
        #[test]
        fn runs_are_copied_as_bytes_one_at_a_time_would_be(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(&b"\n"[..]),
                    proptest::strategy::Just(&b"\r"[..]),
                    proptest::strategy::Just(&b"\""[..]),
                    proptest::strategy::Just(&b"\\n"[..]),
                    proptest::strategy::Just(&b"\\u0041"[..]),
                    proptest::strategy::Just(&b"&quot;"[..]),
                    proptest::strategy::Just(&b"&amp"[..]),
                    proptest::strategy::Just(&b"at Foo.bar(Foo.java:1)"[..]),
                    proptest::strategy::Just(&[b'x'; 300][..]),
                ],
                0..24,
            ),
            json in proptest::bool::ANY,
        ) {
            let content = parts.concat();
            let mode = if json { Mode::Json } else { Mode::Text };
            let mut seen = std::vec::Vec::new();
            for_each_line(&content, mode, |at, line| {
                seen.push((at, line.to_vec()));
                None::<()>
            });
            proptest::prop_assert_eq!(seen, lines_byte_by_byte(&content, mode));
        }
    }
}
