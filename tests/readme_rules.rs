//! The README's table of rules is generated from `Rule::ALL`, so that it can
//! never drift from the code: this test fails when the two differ. After a
//! change to the rules, rewrite the table with
//!
//! ```sh
//! STATUSCODE_WRITE_README=1 cargo test --test readme_rules
//! ```

use std::fmt::Write as _;
use std::path::Path;

use statuscode::check::Rule;

const BEGIN: &str = "<!-- rules table: generated from Rule::ALL by tests/readme_rules.rs -->";
const END: &str = "<!-- end of rules table -->";

/// The table, one row per rule in the order of `Rule::ALL`: the id, the
/// level, the section, and what the rule checks, which is the part of its
/// summary before the semicolon.
fn table() -> String {
    let mut table =
        String::from("| id | level | section | what is wrong |\n| --- | --- | --- | --- |\n");
    for rule in Rule::ALL {
        let summary = rule.summary();
        let wrong = summary.split_once(';').map_or(summary, |(wrong, _)| wrong);
        writeln!(
            table,
            "| `{}` | {} | {} | {}. |",
            rule.id(),
            rule.level(),
            rule.reference(),
            wrong.replace('|', "\\|")
        )
        .unwrap();
    }
    writeln!(table, "\n{} rules.", Rule::ALL.len()).unwrap();
    table
}

#[test]
fn the_readme_lists_every_rule_as_the_code_has_it() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("the README has the start marker of the rules table");
    let end = readme
        .find(END)
        .expect("the README has the end marker of the rules table");
    let current = &readme[start + BEGIN.len()..end];
    let expected = format!("\n{}", table());
    if current == expected {
        return;
    }
    if std::env::var_os("STATUSCODE_WRITE_README").is_some() {
        let rewritten = format!(
            "{}{expected}{}",
            &readme[..start + BEGIN.len()],
            &readme[end..]
        );
        std::fs::write(&path, rewritten).unwrap();
        return;
    }
    panic!(
        "the README's table of rules differs from Rule::ALL; rewrite it with \
         STATUSCODE_WRITE_README=1 cargo test --test readme_rules"
    );
}
