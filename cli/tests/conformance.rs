//! Every exchange of the checker's own tests, written as a HAR file and
//! checked by the command: what the command reports for each entry must be
//! what the library reports for the same exchange, so reading a HAR file
//! loses nothing the rules need.
//!
//! With `STATUSCODE_CASES_HAR` set to a path, the file is also written
//! there; the benchmark against the reference peer reads it.

#[path = "../../tests/cases/mod.rs"]
mod cases;

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::{Value, json};
use statuscode::check::{Content, Vantage, Version};

use self::cases::{CASES, Ex, PERMISSIONS};

/// The exchange as a HAR file can hold it: a method (GET when the case has
/// none) and request fields (none when the case has none) are always
/// there, the URL is the target, and a reason phrase comes with an HTTP/1.x version. `None` when a
/// HAR file cannot hold the exchange at all.
fn as_har(ex: &Ex) -> Option<Ex> {
    let canonical = ex
        .status
        .parse::<u16>()
        .is_ok_and(|code| code.to_string() == ex.status);
    let expressible = ex.vantage == Vantage::Wire
        && canonical
        && ex
            .reason
            .is_none_or(|reason| std::str::from_utf8(reason).is_ok())
        && !matches!(ex.content, Content::Length(length) if length > 0);
    if !expressible {
        return None;
    }
    let mut har = *ex;
    har.method = Some(ex.method.unwrap_or("GET"));
    // The command gives the checker the entry's URL as the target.
    har.target = Some(match ex.target {
        Some(target) if target.contains("://") => target,
        Some(target) => String::leak(format!("https://example.com{target}")),
        None => "https://example.com/",
    });
    har.request = Some(ex.request.unwrap_or(&[]));
    if ex.reason.is_some() && ex.version.is_none() {
        har.version = Some(Version::Http11);
    }
    if !matches!(har.version, Some(Version::Http10 | Version::Http11)) {
        har.reason = None;
    }
    let coded = ex.fields.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("content-encoding")
            && !value.trim().eq_ignore_ascii_case("identity")
    });
    if coded {
        har.content = Content::Unknown;
    }
    Some(har)
}

/// Base64 with padding (RFC 4648, Section 4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut text = String::new();
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |group, (index, &byte)| {
                group | u32::from(byte) << (16 - 8 * index)
            });
        for index in 0..4 {
            if index <= chunk.len() {
                text.push(char::from(
                    ALPHABET[(group >> (18 - 6 * index)) as usize & 63],
                ));
            } else {
                text.push('=');
            }
        }
    }
    text
}

fn headers(fields: &[(&str, &str)]) -> Vec<Value> {
    fields
        .iter()
        .map(|(name, value)| json!({"name": name, "value": value}))
        .collect()
}

/// A HAR entry for an exchange that `as_har` returned.
fn entry(ex: &Ex, comment: &str) -> Value {
    let version = ex.version.map_or("", Version::as_str);
    let request_version = ex.request_version.map_or("", Version::as_str);
    let content = match ex.content {
        Content::Bytes(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => json!({"size": bytes.len(), "mimeType": "", "text": text}),
            Err(_) => {
                json!({"size": bytes.len(), "mimeType": "", "text": base64(bytes), "encoding": "base64"})
            }
        },
        Content::Length(_) => json!({"size": 0, "mimeType": "", "text": ""}),
        _ => json!({"size": -1, "mimeType": ""}),
    };
    json!({
        "startedDateTime": "2026-11-30T10:00:00Z",
        "time": 0,
        "comment": comment,
        "request": {
            "method": ex.method, "url": ex.target, "httpVersion": request_version,
            "headers": headers(ex.request.unwrap_or(&[])), "cookies": [], "queryString": [],
            "headersSize": -1, "bodySize": 0
        },
        "response": {
            "status": ex.status.parse::<u16>().unwrap_or_default(),
            "statusText": ex.reason.map_or("", |reason| std::str::from_utf8(reason).unwrap_or_default()),
            "httpVersion": version, "headers": headers(ex.fields), "cookies": [], "content": content,
            "redirectURL": "", "headersSize": -1, "bodySize": -1
        },
        "cache": {},
        "timings": {"send": 0, "wait": 0, "receive": 0}
    })
}

/// The ids the library reports for an exchange, sorted.
fn sorted(mut ids: Vec<&'static str>) -> Vec<&'static str> {
    ids.sort_unstable();
    ids
}

#[test]
fn the_command_reports_on_a_har_entry_what_the_library_reports_on_its_exchange() {
    // Every entry, with what the library reports for it.
    let mut entries = Vec::new();
    let mut expected = Vec::new();
    let mut covered = BTreeSet::new();
    for case in CASES {
        let breaks = as_har(&case.breaks).filter(|ex| ex.ids().contains(&case.rule));
        let keeps = as_har(&case.keeps).filter(|ex| !ex.ids().contains(&case.rule));
        if breaks.is_some() {
            covered.insert(case.rule);
        }
        for (ex, role) in [(breaks, "breaks"), (keeps, "keeps")] {
            if let Some(ex) = ex {
                entries.push(entry(&ex, &format!("{role} {}", case.rule)));
                expected.push(sorted(ex.ids()));
            }
        }
    }
    for permission in PERMISSIONS {
        if let Some(ex) = as_har(&permission.exchange).filter(|ex| ex.ids().is_empty()) {
            entries.push(entry(&ex, &format!("allowed {}", permission.id)));
            expected.push(Vec::new());
        }
    }
    let rules: BTreeSet<&str> = CASES.iter().map(|case| case.rule).collect();
    let uncovered: Vec<&&str> = rules.difference(&covered).collect();
    assert!(
        uncovered.is_empty(),
        "rules with no breaking entry: {uncovered:?}"
    );

    let har = serde_json::to_vec_pretty(&json!({
        "log": {"version": "1.2", "creator": {"name": "statuscode tests", "version": "1"}, "entries": entries}
    }))
    .expect("the HAR is written");
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cases.har");
    std::fs::write(&path, &har).expect("the HAR file is written");
    if let Some(copy) = std::env::var_os("STATUSCODE_CASES_HAR") {
        std::fs::write(copy, &har).expect("the HAR file is copied");
    }

    let output = Command::new(env!("CARGO_BIN_EXE_statuscode"))
        .args(["check", "--format", "json", "--fail-on", "never", "--har"])
        .arg(&path)
        .output()
        .expect("the binary runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let mut found = vec![Vec::new(); entries.len()];
    for finding in json["findings"].as_array().expect("findings") {
        let index = usize::try_from(finding["entry"].as_u64().expect("entry")).expect("an index");
        let rule = finding["rule"].as_str().expect("rule").to_owned();
        found[index].push(rule);
    }
    let mut differences = Vec::new();
    for (index, (found, expected)) in found.iter_mut().zip(&expected).enumerate() {
        found.sort_unstable();
        if found != expected {
            differences.push(format!(
                "entry {index} ({}): command {found:?}, library {expected:?}",
                entries[index]["comment"]
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    assert_eq!(json["summary"]["checked"], entries.len());
    println!(
        "{} entries; {} of {} rules have a breaking entry",
        entries.len(),
        covered.len(),
        rules.len()
    );
}

#[test]
fn base64_encodes_as_rfc_4648_says() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64(b"foobar"), "Zm9vYmFy");
}
