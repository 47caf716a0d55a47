//! E. 1xx responses, and `Upgrade`.

use crate::check::Version;
use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::link::link as links;
use crate::check::syntax::tokens::{connection, upgrade};

/// `1xx-not-to-http10`: an interim response to an HTTP/1.0 request.
pub(super) fn not_to_http10<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    (facts.exchange.request_version == Some(Version::Http10)).then_some(Evidence::None)
}

/// `101-protocol-offered`: a protocol in the 101's `Upgrade` that the
/// request's `Upgrade` did not list. Names compare without regard to case
/// (RFC 9110, Section 7.8); a version counts when both sides give one.
pub(super) fn protocol_offered<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !facts.request.is_known() {
        return None;
    }
    facts.response.find_map(Name::Upgrade, |value| {
        let switched = upgrade(value).ok()?;
        let unoffered = switched.iter().any(|protocol| {
            // HTTP/1.0 and HTTP/1.1 in a list of layers (RFC 2817's
            // `Upgrade: TLS/1.0, HTTP/1.1`) are the protocol the connection
            // already speaks, not one it switches to.
            let current = protocol.name().eq_ignore_ascii_case("HTTP")
                && protocol.version().is_some_and(|version| {
                    version.eq_ignore_ascii_case("1.1") || version.eq_ignore_ascii_case("1.0")
                });
            !current
                && !facts.request.any(Name::Upgrade, |offer| {
                    upgrade(offer).is_ok_and(|offered| {
                        offered.iter().any(|candidate| {
                            candidate
                                .name()
                                .eq_ignore_ascii_case(protocol.name().as_str())
                                && match (candidate.version(), protocol.version()) {
                                    (Some(asked), Some(given)) => {
                                        asked.eq_ignore_ascii_case(given.as_str())
                                    }
                                    _ => true,
                                }
                        })
                    })
                })
        });
        unoffered.then_some(Evidence::Field(Name::Upgrade.as_str(), value))
    })
}

/// `upgrade-connection-option`: `Upgrade` without the `upgrade` option in
/// `Connection`, on HTTP/1.x (HTTP/2 and HTTP/3 have neither field).
pub(super) fn upgrade_option<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if facts.is_multiplexed() {
        return None;
    }
    let value = facts.response.first(Name::Upgrade)?;
    let announced = facts.response.any(Name::Connection, |options| {
        connection(options).is_ok_and(|options| options.contains_ignore_ascii_case("upgrade"))
    });
    (!announced).then_some(Evidence::Field(Name::Upgrade.as_str(), value))
}

/// `101-not-in-h2`: a 101 over a version that cannot switch protocols.
pub(super) fn not_multiplexed<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts.is_multiplexed().then_some(Evidence::None)
}

/// The link relations that are hints a 103 is for (RFC 8297, Section 2,
/// and the relations of the HTML standard that a client fetches ahead).
const HINTS: &[&str] = &[
    "preload",
    "preconnect",
    "modulepreload",
    "prefetch",
    "dns-prefetch",
];

/// `103-no-hints`: a 103 whose `Link` fields hold no hint. A `Link` that
/// does not parse is `link-syntax`'s.
pub(super) fn hints<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let hinted = facts.response.any_parsed(Name::Link, links, |links| {
        links
            .iter()
            .any(|link| HINTS.iter().any(|&rel| link.has_rel(rel)))
    })?;
    (!hinted).then_some(Evidence::None)
}

/// `103-over-http11`: a 103 on HTTP/1.x.
pub(super) fn early_hints_http11<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts
        .version()
        .is_some_and(Version::is_http1)
        .then_some(Evidence::None)
}
