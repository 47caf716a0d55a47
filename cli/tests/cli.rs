//! The built `statuscode` binary, run as a user runs it: each subcommand,
//! its exit status, its text and its JSON.

use std::process::{Command, Output};

use statuscode::StatusCode;

/// Runs the binary with `args` and no `NO_COLOR` in its environment.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statuscode"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("the output is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("the errors are UTF-8")
}

#[test]
fn a_code_alone_prints_its_guidance_as_plain_text_when_piped() {
    for args in [&["409"][..], &["explain", "409"]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let text = stdout(&output);
        assert!(text.starts_with("409 Conflict\n"), "{text}");
        assert!(
            text.contains("Reference: RFC 9110, Section 15.5.10\n"),
            "{text}"
        );
        assert!(text.contains("\nRetry: no\n"), "{text}");
        assert!(!text.contains('\x1b'), "colour on a pipe: {text:?}");
        // The library's rendering, then the semantics.
        assert!(text.starts_with(&StatusCode::Conflict.guidance().to_string()));
    }
}

#[test]
fn the_retry_condition_and_the_framing_are_printed() {
    let text = stdout(&run(&["421"]));
    assert!(
        text.contains("Retry: only over a different connection (RFC 9110, Section 15.5.20)"),
        "{text}"
    );
    let text = stdout(&run(&["425"]));
    assert!(
        text.contains("Retry: only after the TLS handshake has completed, not in early data (RFC 8470, Section 5.2)"),
        "{text}"
    );
    let text = stdout(&run(&["205"]));
    assert!(text.contains("Content-Length: 0"), "{text}");
    assert!(text.contains("Ends at header section: no\n"), "{text}");
    let text = stdout(&run(&["204"]));
    assert!(text.contains("Ends at header section: yes\n"), "{text}");
    assert!(
        text.contains("  Content-Length: must not (RFC 9110, Section 8.6)\n"),
        "{text}"
    );
}

#[test]
fn colour_is_asked_for_or_refused_by_the_user() {
    let coloured = stdout(&run(&["--color", "always", "404"]));
    assert!(
        coloured.starts_with("\x1b[1;31m404 Not Found\x1b[0m\n"),
        "{coloured:?}"
    );
    let plain = stdout(&run(&["--color", "never", "404"]));
    assert!(!plain.contains('\x1b'));
    let output = Command::new(env!("CARGO_BIN_EXE_statuscode"))
        .args(["--color", "auto", "404"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&output).contains('\x1b'));
}

#[test]
fn a_class_lists_its_codes_and_an_unregistered_number_says_how_it_is_handled() {
    let text = stdout(&run(&["explain", "4xx"]));
    let client_errors = StatusCode::ALL
        .iter()
        .filter(|code| code.is_client_error())
        .count();
    assert_eq!(text.lines().count(), client_errors, "{text}");
    assert!(text.lines().all(|line| line.starts_with('4')));
    assert_eq!(stdout(&run(&["explain", "client-error"])), text);

    let output = run(&["499", "999"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        "499 is not a registered status code (class: client error).\n\
         A client handles it as 400 Bad Request, the x00 code of its class (RFC 9110, Section 15).\n\
         \n\
         999 is not a registered status code, nor in the classes of 100 to 599.\n\
         A client handles it as a server error, 500 Internal Server Error (RFC 9110, Section 15).\n"
    );
}

#[test]
fn a_bad_argument_is_an_error_that_names_it_with_status_2() {
    for bad in ["abc", "1000", "42", "6xx"] {
        let output = run(&["explain", "409", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(output.stdout.is_empty(), "{bad}");
        assert_eq!(
            stderr(&output),
            format!(
                "error: {bad:?} is neither a status code (three digits from 100 to 999, such as \
                 404) nor a class (4xx, client-error)\n"
            )
        );
    }
    let output = run(&["list", "7xx"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("error: \"7xx\" is not a class"));
    let output = run(&["explain"]);
    assert_eq!(output.status.code(), Some(2), "a code is required");
    let output = run(&["--bogus"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_json_of_a_code_has_every_part_of_its_guidance() {
    let output = run(&["explain", "401", "499", "--json"]);
    assert_eq!(output.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes = value["codes"].as_array().unwrap();
    assert_eq!(codes.len(), 2);
    let unauthorized = &codes[0];
    let guidance = StatusCode::Unauthorized.guidance();
    assert_eq!(unauthorized["code"], 401);
    assert_eq!(unauthorized["phrase"], "Unauthorized");
    assert_eq!(unauthorized["name"], "UNAUTHORIZED");
    assert_eq!(unauthorized["class"], "client error");
    assert_eq!(unauthorized["reference"], "RFC 9110, Section 15.5.2");
    assert_eq!(unauthorized["summary"], guidance.summary());
    assert_eq!(unauthorized["use_when"], guidance.use_when());
    assert_eq!(unauthorized["when_received"], guidance.when_received());
    assert_eq!(unauthorized["pitfalls"], guidance.pitfalls());
    assert_eq!(
        unauthorized["headers"],
        serde_json::json!(["WWW-Authenticate"])
    );
    assert_eq!(unauthorized["header_fields"][0]["requirement"], "must");
    assert_eq!(unauthorized["related"][0]["code"], 403);
    assert_eq!(unauthorized["allows_content"], true);
    assert_eq!(unauthorized["retry"], serde_json::Value::Null);
    assert_eq!(codes[1]["code"], 499);
    assert_eq!(codes[1]["registered"], false);
    assert_eq!(codes[1]["treated_as"], 400);
}

#[test]
fn list_prints_one_line_per_code() {
    let output = run(&["list"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), StatusCode::ALL.len());
    assert!(text.contains("\n404  Not Found "), "{text}");
    assert_eq!(stdout(&run(&[])), text, "no argument lists every code");

    let text = stdout(&run(&["list", "5xx"]));
    assert!(text.lines().all(|line| line.starts_with('5')), "{text}");

    let value: serde_json::Value =
        serde_json::from_slice(&run(&["list", "success", "--json"]).stdout).unwrap();
    let codes = value["codes"].as_array().unwrap();
    assert_eq!(
        codes.len(),
        StatusCode::ALL
            .iter()
            .filter(|code| code.is_success())
            .count()
    );
    assert_eq!(codes[0]["code"], 200);
    assert_eq!(codes[0]["phrase"], "OK");
    assert_eq!(codes[0]["summary"], StatusCode::Ok.guidance().summary());
}

#[test]
fn search_ranks_codes_for_a_situation_and_says_why() {
    let output = run(&["search", "the", "username", "is", "taken"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("409 Conflict  score "), "{text}");
    assert!(text.contains("    matched: term \"taken\"\n"), "{text}");
    assert_eq!(
        text.lines().filter(|line| !line.starts_with(' ')).count(),
        3,
        "{text}"
    );

    let output = run(&[
        "search",
        "client exceeded its quota",
        "--limit",
        "1",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let results = value["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["code"], 429);
    assert_eq!(results[0]["phrase"], "Too Many Requests");
    assert!(results[0]["score"].as_u64().unwrap() > 0);
    assert!(!results[0]["matched"].as_array().unwrap().is_empty());

    let best = |query: &str| -> u64 {
        let output = run(&["search", query, "--json", "--limit", "1"]);
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        value["results"][0]["code"].as_u64().unwrap()
    };
    assert_eq!(best("upload too big"), 413);
    assert_eq!(best("the backend took too long to answer"), 504);

    let text = stdout(&run(&["search", "zzz"]));
    assert_eq!(
        text,
        "No code matched \"zzz\"; try other words, or `statuscode list` for every code.\n"
    );
    let empty: serde_json::Value =
        serde_json::from_slice(&run(&["search", "zzz", "--json"]).stdout).unwrap();
    assert_eq!(empty, serde_json::json!({ "results": [] }));
    assert_eq!(
        run(&["search"]).status.code(),
        Some(2),
        "words are required"
    );
    assert_eq!(run(&["search", "x", "--limit", "0"]).status.code(), Some(2));
}
