//! N. WebDAV: 207 Multi-Status bodies, and 423 Locked.

use crate::check::content::xml::{DavError, root_name, scan_dav_error, scan_multistatus};
use crate::check::facts::{Facts, Label};
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;

use super::framing::present;

/// The content of a 207 or 423 labelled as XML, when it is known.
fn xml_content<'a>(facts: &Facts<'a>) -> Option<&'a [u8]> {
    if !matches!(facts.label(), Label::Xml | Label::ProblemXml) {
        return None;
    }
    facts.content_bytes()
}

/// `207-xml-multistatus`: XML content whose root is not `DAV:multistatus`.
/// Content that is not XML is not judged: XML is only the default format
/// of a multistatus body.
pub(super) fn multistatus<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let root = root_name(xml_content(facts)?).ok()?;
    (!root.is_dav("multistatus")).then_some(Evidence::Content {
        at: 0,
        what: "a root element other than DAV:multistatus",
    })
}

/// `207-response-href`: a `DAV:response` without `DAV:href`.
pub(super) fn response_href<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let report = facts.multistatus(|facts| scan_multistatus(xml_content(facts)?).ok()?)?;
    let at = report.response_without_href?;
    Some(Evidence::Content {
        at,
        what: "a response element without href",
    })
}

/// `207-no-1xx-inside`: a 1xx status line in a response element.
pub(super) fn no_interim<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let report = facts.multistatus(|facts| scan_multistatus(xml_content(facts)?).ok()?)?;
    let status = report.informational_status?;
    Some(Evidence::Content {
        at: status.at,
        what: "a 1xx status in a response element",
    })
}

/// `207-location-undefined`: `Location` on a 207.
pub(super) fn location<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    present(facts, Name::Location)
}

/// `423-condition-code`: a 423 whose content names no precondition or
/// postcondition: empty (when the method is known not to be HEAD), not
/// XML, or XML without a `DAV:error` that holds a condition element.
pub(super) fn condition_code<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.exchange.method.is_none() || facts.method_is("HEAD") {
        return None;
    }
    let content = facts.content_bytes()?;
    if content.is_empty() {
        return Some(Evidence::None);
    }
    if !matches!(facts.label(), Label::Xml | Label::ProblemXml) {
        return Some(Evidence::Content {
            at: 0,
            what: "content that is not a DAV:error document",
        });
    }
    match scan_dav_error(content).ok()? {
        DavError::Condition { .. } => None,
        DavError::Absent => Some(Evidence::Content {
            at: 0,
            what: "no DAV:error element",
        }),
        DavError::Empty { at } => Some(Evidence::Content {
            at,
            what: "a DAV:error element without a condition",
        }),
    }
}
