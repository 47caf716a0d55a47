//! Reading a HAR file allocates no vector of header fields per entry: the
//! vectors of one entry are emptied and filled again by the next. Counted
//! by the global allocator of `allocation-counter`, against a file of the
//! same length whose entries carry no header fields.

use std::hint::black_box;
use std::ops::ControlFlow;

use statuscode_cli::har;

/// The header fields of each message of an entry.
const FIELDS: &str =
    r#""headers":[{"name":"Host","value":"example.com"},{"name":"Accept","value":"*/*"}]"#;

/// A HAR file of `count` entries, each message of which carries `FIELDS`
/// or, in its place, a comment of the same length.
fn file(count: usize, with_fields: bool) -> String {
    let member = if with_fields {
        FIELDS.to_owned()
    } else {
        let padding = FIELDS.len() - r#""comment":"""#.len();
        format!(r#""comment":"{}""#, "x".repeat(padding))
    };
    assert_eq!(member.len(), FIELDS.len());
    let entry = format!(
        r#"{{"request":{{"method":"GET","url":"https://example.com/",{member}}},"response":{{"status":200,{member}}}}}"#
    );
    let entries = vec![entry; count].join(",");
    format!(r#"{{"log":{{"version":"1.2","entries":[{entries}]}}}}"#)
}

/// How many allocations reading `file` makes, and how many entries it
/// reads.
fn allocations(file: &str) -> (u64, usize) {
    let mut read = 0;
    let counted = allocation_counter::measure(|| {
        read = har::read(file.as_bytes(), |_, entry| {
            black_box(entry);
            ControlFlow::Continue(())
        })
        .expect("a HAR file");
    });
    (counted.count_total, read)
}

#[test]
fn header_fields_allocate_no_vector_per_entry() {
    for count in [1, 10, 100] {
        let (with, read) = allocations(&file(count, true));
        let (without, _) = allocations(&file(count, false));
        assert_eq!(read, count);
        // The two vectors of the first entry, and no more.
        assert_eq!(with - without, 2, "{count} entries");
    }
}
