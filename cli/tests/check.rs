//! `statuscode check`, run as a user runs it: captures on standard input
//! and in files, requests, HAR files, both formats and every exit status.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const DATE: &str = "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n";

/// Runs `statuscode check` with `args`, `input` on standard input.
fn check(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_statuscode"))
        .arg("check")
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The binary may exit before it reads its input, when an argument is
    // wrong.
    let written = child.stdin.take().expect("stdin").write_all(input);
    if let Err(error) = written {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().expect("the binary ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// The JSON output's findings as `(rule, status)` pairs.
fn rules(output: &Output) -> Vec<(String, Value)> {
    let json: Value = serde_json::from_slice(&output.stdout).expect("the output is JSON");
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|finding| {
            (
                finding["rule"].as_str().expect("rule").to_owned(),
                finding["status"].clone(),
            )
        })
        .collect()
}

/// A file in the target directory with these bytes, for the arguments that
/// take a path.
fn file(name: &str, bytes: &[u8]) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("check");
    std::fs::create_dir_all(&dir).expect("the directory is made");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the file is written");
    path.to_str().expect("a UTF-8 path").to_owned()
}

#[test]
fn a_conforming_response_exits_0_and_a_broken_one_1() {
    let good = format!(
        "HTTP/1.1 405 Method Not Allowed\r\n{DATE}Allow: GET, HEAD\r\nContent-Length: 0\r\n\r\n"
    );
    let output = check(&[], good.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert_eq!(
        text(&output.stdout),
        "1 response checked, 0 with findings: 0 must, 0 should, 0 advice.\n"
    );

    let bad = format!("HTTP/1.1 405 Method Not Allowed\r\n{DATE}Content-Length: 0\r\n\r\n");
    let output = check(&[], bad.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let out = text(&output.stdout);
    assert!(
        out.starts_with("HTTP/1.1 405 Method Not Allowed  (response 1, line 1)\n"),
        "{out}"
    );
    assert!(
        out.contains("  must   405-allow  RFC 9110, Section 15.5.6\n"),
        "{out}"
    );
    assert!(out.contains("send Allow listing them"), "{out}");
    assert!(
        out.ends_with("1 response checked, 1 with findings: 1 must, 0 should, 0 advice.\n"),
        "{out}"
    );
    assert!(output.stderr.is_empty());
}

#[test]
fn fail_on_sets_the_level_that_fails() {
    // A 429 without Retry-After is advice only.
    let input = format!("HTTP/1.1 429 Too Many Requests\r\n{DATE}Content-Length: 0\r\n\r\n");
    for (level, status) in [("must", 0), ("should", 0), ("advice", 1), ("never", 0)] {
        let output = check(&["--fail-on", level], input.as_bytes());
        assert_eq!(output.status.code(), Some(status), "--fail-on {level}");
    }
    let broken = format!("HTTP/1.1 405 Method Not Allowed\r\n{DATE}Content-Length: 0\r\n\r\n");
    assert_eq!(
        check(&["--fail-on", "never"], broken.as_bytes())
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        check(&["--fail-on", "should"], broken.as_bytes())
            .status
            .code(),
        Some(1)
    );
    let output = check(&["--fail-on", "sometimes"], broken.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("sometimes"));
}

#[test]
fn findings_are_ordered_most_severe_first() {
    // Advice (no Retry-After) and a MUST (no Date).
    let input = b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n\r\n";
    let output = check(&["--format", "json"], input);
    let levels: Vec<String> = serde_json::from_slice::<Value>(&output.stdout).unwrap()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["level"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(levels, ["must", "advice"]);
}

#[test]
fn json_has_every_member_of_a_finding() {
    let input = format!("HTTP/1.1 204 No Content\r\n{DATE}Content-Length: 0\r\n\r\n");
    for args in [&["--format", "json"][..], &["--json"]] {
        let output = check(args, input.as_bytes());
        assert_eq!(output.status.code(), Some(1));
        let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
        let finding = &json["findings"][0];
        assert_eq!(finding["rule"], "204-no-content-length");
        assert_eq!(finding["level"], "must");
        assert_eq!(finding["status"], 204);
        assert_eq!(finding["reference"], "RFC 9110, Section 8.6");
        assert!(
            finding["message"]
                .as_str()
                .unwrap()
                .ends_with("Found Content-Length: 0.")
        );
        assert_eq!(finding["field"], "Content-Length");
        assert_eq!(finding["value"], "0");
        assert_eq!(
            (finding["response"].clone(), finding["line"].clone()),
            (1.into(), 1.into())
        );
        assert_eq!(json["errors"], Value::Array(vec![]));
        assert_eq!(json["summary"]["checked"], 1);
        assert_eq!(json["summary"]["must"], 1);
    }
}

#[test]
fn every_response_of_a_redirect_chain_and_every_interim_response_is_checked() {
    // curl -siL: the 301's content is not printed, the 200's is; a 103
    // comes before the 200.
    let input = format!(
        "HTTP/1.1 301 Moved Permanently\r\n{DATE}Content-Length: 120\r\n\r\n\
         HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n\
         HTTP/1.1 200 OK\r\n{DATE}Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
    );
    let output = check(&["--format", "json", "--method", "GET"], input.as_bytes());
    // The 103 is advice: some HTTP/1.1 clients cannot handle it.
    assert_eq!(
        rules(&output),
        [
            ("301-location".to_owned(), Value::from(301)),
            ("103-over-http11".to_owned(), Value::from(103))
        ]
    );
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["summary"]["checked"], 3);
    assert_eq!(json["findings"][0]["line"], 1);

    // The line of the third response is reported.
    let input = input.replace("HTTP/1.1 200 OK", "HTTP/1.1 401 Unauthorized");
    let output = check(&["--format", "json"], input.as_bytes());
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let last = json["findings"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (
            last["rule"].as_str(),
            last["response"].clone(),
            last["line"].clone()
        ),
        (Some("401-www-authenticate"), 3.into(), 8.into())
    );
}

#[test]
fn lf_line_ends_are_read_like_crlf() {
    let input = "HTTP/1.1 405 Method Not Allowed\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/plain\nContent-Length: 2\n\nno";
    let output = check(&["--format", "json"], input.as_bytes());
    assert_eq!(rules(&output), [("405-allow".to_owned(), Value::from(405))]);
}

#[test]
fn chunked_content_is_decoded_whether_or_not_the_capture_kept_the_chunks() {
    let problem = r#"{"title":"Gone","status":404}"#;
    let chunked = format!(
        "HTTP/1.1 410 Gone\r\n{DATE}Content-Type: application/problem+json\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{problem}\r\n0\r\n\r\n",
        problem.len()
    );
    // curl removes the chunked coding before it prints the content.
    let decoded = format!(
        "HTTP/1.1 410 Gone\r\n{DATE}Content-Type: application/problem+json\r\nTransfer-Encoding: chunked\r\n\r\n{problem}"
    );
    for input in [chunked, decoded] {
        let output = check(&["--format", "json"], input.as_bytes());
        assert_eq!(
            rules(&output),
            [("problem-status-match".to_owned(), Value::from(410))],
            "{input}"
        );
    }
}

#[test]
fn content_after_a_204_is_its_content() {
    let input = format!("HTTP/1.1 204 No Content\r\n{DATE}\r\nhello");
    let output = check(&["--format", "json"], input.as_bytes());
    assert_eq!(
        rules(&output),
        [("204-no-content".to_owned(), Value::from(204))]
    );
    // A 204 followed by the next response has none.
    let input =
        format!("HTTP/1.1 204 No Content\r\n{DATE}\r\nHTTP/1.1 204 No Content\r\n{DATE}\r\n");
    let output = check(&["--format", "json"], input.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
}

#[test]
fn the_request_gives_the_method_and_its_fields() {
    let response = format!("HTTP/1.1 304 Not Modified\r\n{DATE}ETag: \"v1\"\r\n\r\n");
    // Without the request, the rules about it are skipped.
    assert_eq!(check(&[], response.as_bytes()).status.code(), Some(0));

    let unconditional = file(
        "unconditional.http",
        b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n",
    );
    let output = check(
        &["--format", "json", "--request", &unconditional],
        response.as_bytes(),
    );
    assert_eq!(
        rules(&output),
        [("304-only-conditional-get-head".to_owned(), Value::from(304))]
    );

    let conditional = file(
        "conditional.http",
        b"GET /a HTTP/1.1\nHost: example.com\nIf-None-Match: \"v1\"\n\n",
    );
    let output = check(&["--request", &conditional], response.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));

    let output = check(
        &["--format", "json", "--method", "POST"],
        response.as_bytes(),
    );
    assert_eq!(
        rules(&output),
        [("304-only-conditional-get-head".to_owned(), Value::from(304))]
    );
}

#[test]
fn a_head_response_has_no_content_whatever_its_length() {
    let input = format!(
        "HTTP/1.1 200 OK\r\n{DATE}Content-Type: text/plain\r\nContent-Length: 1234\r\n\r\n"
    );
    for args in [&["--method", "HEAD"][..], &[]] {
        let output = check(args, input.as_bytes());
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}{}",
            text(&output.stdout),
            text(&output.stderr)
        );
    }
}

#[test]
fn a_file_is_read_like_standard_input() {
    let path = file(
        "405.http",
        format!("HTTP/1.1 405 Method Not Allowed\r\n{DATE}\r\n").as_bytes(),
    );
    let output = Command::new(env!("CARGO_BIN_EXE_statuscode"))
        .args(["check", &path])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("405-allow"));
}

#[test]
fn malformed_input_names_its_line_and_offset_and_keeps_what_came_before() {
    let input = format!(
        "HTTP/1.1 405 Method Not Allowed\r\n{DATE}Content-Length: 0\r\n\r\n\
         HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n"
    );
    let output = check(&["--format", "json"], input.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(rules(&output), [("405-allow".to_owned(), Value::from(405))]);
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr,
        "error: standard input: line 6, offset 111: the field name `Bad Name` holds the byte 0x20, which a field name cannot\n"
    );
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["errors"].as_array().map(Vec::len), Some(1));
}

#[test]
fn truncated_and_unreadable_input_exits_2() {
    let cases: [(&[u8], &str); 6] = [
        (b"", "line 1, offset 0: the input is empty"),
        (
            b"hello\n",
            "line 1, offset 0: expected a status line such as `HTTP/1.1 200 OK`, found `hello`",
        ),
        (
            b"HTTP/1.1 200 OK\r\nDate: x",
            "line 2, offset 24: the header section does not end",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
            "line 4, offset 42: the content ends after 3 bytes, but Content-Length declares 10",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n",
            "line 6, offset 57: expected a chunk size in hexadecimal, found `zz`",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokay",
            "line 4, offset 40: 2 bytes follow",
        ),
    ];
    for (input, message) in cases {
        let output = check(&[], input);
        assert_eq!(output.status.code(), Some(2), "{input:?}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.starts_with(&format!("error: standard input: {message}")),
            "{input:?}: {stderr}"
        );
    }
    let output = Command::new(env!("CARGO_BIN_EXE_statuscode"))
        .args(["check", "/nonexistent/capture.http"])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("error: cannot read /nonexistent/capture.http: "));
    let request = file("bad-request.http", b"GET\r\n\r\n");
    let output = check(&["--request", &request], b"HTTP/1.1 200 OK\r\n\r\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr)
            .contains("bad-request.http: line 1, offset 0: expected a request line")
    );
}

#[test]
fn the_truncated_response_is_still_checked_without_its_content() {
    let output = check(
        &["--format", "json"],
        b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 10\r\n\r\nabc",
    );
    assert_eq!(output.status.code(), Some(2));
    let found: Vec<String> = rules(&output).into_iter().map(|(rule, _)| rule).collect();
    assert_eq!(found, ["date-2xx-3xx-4xx", "405-allow"]);
}

/// A HAR file with these entries.
fn har(entries: &[Value]) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": entries}
    }))
    .unwrap()
}

/// The request of a HAR entry: method, URL, version and fields.
type Sent<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);

/// A HAR entry: the request, then the response's status, reason phrase,
/// fields and content.
fn entry(
    (method, url, version, request): Sent<'_>,
    (status, text, response): (i64, &str, &[(&str, &str)]),
    content: &Value,
) -> Value {
    let headers = |fields: &[(&str, &str)]| {
        fields
            .iter()
            .map(|(name, value)| serde_json::json!({"name": name, "value": value}))
            .collect::<Vec<_>>()
    };
    serde_json::json!({
        "startedDateTime": "2026-11-30T10:00:00Z",
        "request": {"method": method, "url": url, "httpVersion": version, "headers": headers(request), "cookies": [], "queryString": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": status, "statusText": text, "httpVersion": version, "headers": headers(response), "cookies": [], "content": content, "redirectURL": "", "headersSize": -1, "bodySize": -1},
        "cache": {}, "timings": {"send": 0, "wait": 0, "receive": 0}
    })
}

#[test]
fn every_har_entry_is_checked_with_its_request() {
    let date = ("date", "Sun, 06 Nov 1994 08:49:37 GMT");
    let entries = [
        // HTTP/2: pseudo-header fields and no reason phrase; content in
        // base64 (`{"status":404}`) on a 410 problem.
        entry(
            (
                "GET",
                "https://example.com/gone",
                "h2",
                &[(":authority", "example.com"), (":method", "GET")],
            ),
            (
                410,
                "",
                &[
                    (":status", "410"),
                    date,
                    ("content-type", "application/problem+json"),
                ],
            ),
            &serde_json::json!({"size": 14, "mimeType": "application/problem+json", "text": "eyJzdGF0dXMiOjQwNH0=", "encoding": "base64"}),
        ),
        // A request that got no response.
        entry(
            ("GET", "https://example.com/blocked", "", &[]),
            (0, "", &[]),
            &serde_json::json!({"size": 0, "mimeType": ""}),
        ),
        // A 304 to a request without a condition.
        entry(
            (
                "GET",
                "https://example.com/a",
                "HTTP/1.1",
                &[("Host", "example.com")],
            ),
            (304, "Not Modified", &[("Date", date.1), ("ETag", "\"v1\"")]),
            &serde_json::json!({"size": 0, "mimeType": ""}),
        ),
        // Conforming.
        entry(
            (
                "GET",
                "https://example.com/b",
                "HTTP/1.1",
                &[("Host", "example.com")],
            ),
            (
                200,
                "OK",
                &[
                    ("Date", date.1),
                    ("Content-Type", "text/plain"),
                    ("Content-Length", "2"),
                ],
            ),
            &serde_json::json!({"size": 2, "mimeType": "text/plain", "text": "ok"}),
        ),
    ];
    let path = file("session.har", &har(&entries));
    let output = check(&["--format", "json", "--har", &path], b"");
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(&str, i64, &str)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            (
                finding["rule"].as_str().unwrap(),
                finding["entry"].as_i64().unwrap(),
                finding["url"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("problem-status-match", 0, "https://example.com/gone"),
            ("304-only-conditional-get-head", 2, "https://example.com/a"),
        ]
    );
    assert_eq!(json["summary"]["checked"], 3);
    assert_eq!(json["summary"]["skipped"], 1);

    let output = check(&["--har", &path], b"");
    let out = text(&output.stdout);
    assert!(
        out.starts_with("410 GET https://example.com/gone  (entry 0)\n"),
        "{out}"
    );
    assert!(out.ends_with("3 responses checked, 2 with findings: 2 must, 0 should, 0 advice; 1 entry without a response skipped.\n"), "{out}");

    // A directory is named as unreadable, before anything is printed.
    let dir = std::env::temp_dir();
    let output = check(&["--har", dir.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        text(&output.stderr),
        format!("error: cannot read {}: is a directory\n", dir.display())
    );

    // `-` reads the HAR file from standard input.
    let piped = check(&["--har", "-"], &har(&entries));
    assert_eq!(text(&piped.stdout), out);
    assert_eq!(piped.status.code(), Some(1));
}

#[test]
fn a_har_that_cannot_be_read_names_the_position() {
    let path = file(
        "broken.har",
        b"{\"log\": {\"entries\": [\n  {\"request\": 5}\n]}}",
    );
    let output = check(&["--har", &path], b"");
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "error: {path}: line 2, offset 36: not a HAR file: request must be an object\n"
        )),
        "{stderr}"
    );

    // Bad base64 in one entry: the others are still checked.
    let entries = [entry(
        ("GET", "https://example.com/", "HTTP/1.1", &[]),
        (
            405,
            "Method Not Allowed",
            &[("Date", "Sun, 06 Nov 1994 08:49:37 GMT")],
        ),
        &serde_json::json!({"size": 1, "text": "*", "encoding": "base64"}),
    )];
    let path = file("bad-base64.har", &har(&entries));
    let output = check(&["--format", "json", "--har", &path], b"");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(rules(&output), [("405-allow".to_owned(), Value::from(405))]);
    assert!(
        text(&output.stderr).contains("entry 0: response.content.text is not base64: byte 0"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn check_arguments_that_conflict_are_refused() {
    for args in [
        &["--har", "a.har", "--method", "GET"][..],
        &["--request", "r", "--method", "GET"],
        &["--har", "a.har", "capture"],
    ] {
        let output = check(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            text(&output.stderr).contains("cannot be used with"),
            "{args:?}"
        );
    }
}

#[test]
fn nothing_from_the_input_reaches_the_terminal_unescaped() {
    let output = check(
        &[],
        b"HTTP/1.1 200 O\x1b[2JK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n",
    );
    let out = text(&output.stdout);
    assert!(
        out.starts_with("HTTP/1.1 200 O\\u{1b}[2JK  (response 1, line 1)\n"),
        "{out}"
    );
    assert!(!out.contains('\x1b'), "{out:?}");

    let output = check(&[], b"\x1b]0;title\x07\n");
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr,
        "error: standard input: line 1, offset 0: expected a status line such as `HTTP/1.1 200 OK`, found `\\u{1b}]0;title\\u{7}`\n"
    );
}
