//! K. Authentication: the challenge fields, and the Bearer scheme of RFC
//! 6750.

use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::bearer::{
    check_error, check_error_description, check_error_uri, check_scope,
};
use crate::check::syntax::challenge::Challenge;
use crate::check::syntax::{SyntaxError, Text};

/// The first `Some` that `each` returns for a challenge of the field, with
/// the line it is on. Lines that do not parse are `challenge-syntax`'s.
fn find_challenge<'a, T>(
    facts: &Facts<'a>,
    name: Name,
    mut each: impl FnMut(&'a [u8], Challenge<'a>) -> Option<T>,
) -> Option<T> {
    facts.response.find_map(name, |value| {
        if let Some(kept) = facts.kept_challenges(name, value) {
            return kept
                .iter()
                .flatten()
                .find_map(|&challenge| each(value, challenge));
        }
        facts
            .challenges(name, value)
            .ok()?
            .iter()
            .find_map(|challenge| each(value, challenge))
    })
}

/// Whether the challenge is of the Bearer scheme (schemes compare without
/// regard to case, RFC 9110, Section 11.1).
fn is_bearer(challenge: &Challenge<'_>) -> bool {
    challenge.scheme().eq_ignore_ascii_case("Bearer")
}

/// The attributes RFC 6750, Section 3 defines, each allowed once.
const BEARER_ATTRIBUTES: [&str; 5] = ["realm", "scope", "error", "error_description", "error_uri"];

/// `challenge-syntax`: a challenge field that does not parse.
pub(super) fn syntax<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    [Name::WwwAuthenticate, Name::ProxyAuthenticate]
        .into_iter()
        .find_map(|name| {
            facts.response.find_map(name, |value| {
                facts
                    .challenges(name, value)
                    .err()
                    .map(|error| syntax_error(name, value, error))
            })
        })
}

fn syntax_error(name: Name, value: &[u8], error: SyntaxError) -> Evidence<'_> {
    Evidence::Syntax {
        field: name.as_str(),
        value,
        at: error.at,
        expected: error.expected,
    }
}

/// `auth-param-once`: a parameter name twice in one challenge (names
/// compare without regard to case, RFC 9110, Section 11.2). The Bearer
/// attributes are `bearer-attr-once`'s.
pub(super) fn param_once<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    [Name::WwwAuthenticate, Name::ProxyAuthenticate]
        .into_iter()
        .find_map(|name| {
            find_challenge(facts, name, |value, challenge| {
                let bearer = is_bearer(&challenge);
                let params = challenge.params();
                // The names seen so far, compared in place: a challenge with
                // more parameters than fit is counted name by name instead.
                let mut seen = [""; 16];
                let mut count = 0;
                params
                    .iter()
                    .any(|param| {
                        let name = param.name().as_str();
                        let repeated = if let Some(slot) = seen.get_mut(count) {
                            *slot = name;
                            count += 1;
                            seen[..count - 1]
                                .iter()
                                .any(|before| before.eq_ignore_ascii_case(name))
                        } else {
                            params.count(name) > 1
                        };
                        repeated
                            && !(bearer
                                && BEARER_ATTRIBUTES
                                    .iter()
                                    .any(|&attribute| name.eq_ignore_ascii_case(attribute)))
                    })
                    .then_some(Evidence::Field(name.as_str(), value))
            })
        })
}

/// `realm-quoted`: a `realm` written as a token.
pub(super) fn realm_quoted<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    [Name::WwwAuthenticate, Name::ProxyAuthenticate]
        .into_iter()
        .find_map(|name| {
            find_challenge(facts, name, |value, challenge| {
                let realm = challenge.params().get("realm")?.value()?;
                (!realm.is_quoted()).then_some(Evidence::Field(name.as_str(), value))
            })
        })
}

/// Whether the request presented a Bearer token in `Authorization`.
fn bearer_token_sent(facts: &Facts<'_>) -> bool {
    facts.request.any(Name::Authorization, |value| {
        let value = value.trim_ascii_start();
        value.len() > 6
            && value
                .get(..6)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case(b"Bearer"))
            && value.get(6) == Some(&b' ')
    })
}

/// `bearer-has-auth-param`: a Bearer challenge without any parameter.
pub(super) fn bearer_param<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    find_challenge(facts, Name::WwwAuthenticate, |value, challenge| {
        (is_bearer(&challenge) && challenge.params().is_empty())
            .then_some(Evidence::Field(Name::WwwAuthenticate.as_str(), value))
    })
}

/// `bearer-attr-once`: a Bearer attribute given twice.
pub(super) fn bearer_once<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    find_challenge(facts, Name::WwwAuthenticate, |value, challenge| {
        if !is_bearer(&challenge) {
            return None;
        }
        // One walk over the parameters, with a bit per attribute seen.
        let mut seen = 0_u8;
        challenge
            .params()
            .iter()
            .any(|param| {
                let name = param.name();
                BEARER_ATTRIBUTES
                    .iter()
                    .position(|&attribute| name.eq_ignore_ascii_case(attribute))
                    .is_some_and(|at| {
                        let bit = 1 << at;
                        let again = seen & bit != 0;
                        seen |= bit;
                        again
                    })
            })
            .then_some(Evidence::Field(Name::WwwAuthenticate.as_str(), value))
    })
}

/// A check of a Bearer attribute's value.
type Check = fn(Text<'_>) -> Result<(), SyntaxError>;

/// `bearer-attr-charset`: an `error`, `error_description` or `scope` with a
/// character RFC 6750 does not allow, or an `error_uri` that is no URI
/// reference.
pub(super) fn bearer_charset<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let checks: [(&str, Check); 4] = [
        ("error", check_error),
        ("error_description", check_error_description),
        ("error_uri", check_error_uri),
        ("scope", check_scope),
    ];
    find_challenge(facts, Name::WwwAuthenticate, |value, challenge| {
        if !is_bearer(&challenge) {
            return None;
        }
        // The first parameter of each attribute, found in one walk; then
        // their checks, in the order above.
        let mut first = [None; 4];
        for param in challenge.params() {
            let name = param.name();
            if let Some(at) = checks
                .iter()
                .position(|&(attribute, _)| name.eq_ignore_ascii_case(attribute))
            {
                first[at] = first[at].or(Some(param));
            }
        }
        checks.iter().zip(first).find_map(|(&(_, check), param)| {
            let error = check(param?.value()?).err()?;
            Some(syntax_error(Name::WwwAuthenticate, value, error))
        })
    })
}

/// The `error` of the first Bearer challenge that has one, with its line;
/// worked out once for the five rules that read it.
fn bearer_error<'a>(facts: &Facts<'a>) -> Option<(&'a [u8], Text<'a>)> {
    facts.bearer_error(|facts| {
        find_challenge(facts, Name::WwwAuthenticate, |value, challenge| {
            if !is_bearer(&challenge) {
                return None;
            }
            Some((value, challenge.params().get("error")?.value()?))
        })
    })
}

/// `bearer-error-with-token`: a 401 to a request with a Bearer token whose
/// Bearer challenges give no `error`.
pub(super) fn bearer_error_with_token<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    if !bearer_token_sent(facts) || bearer_error(facts).is_some() {
        return None;
    }
    find_challenge(facts, Name::WwwAuthenticate, |value, challenge| {
        is_bearer(&challenge).then_some(Evidence::Field(Name::WwwAuthenticate.as_str(), value))
    })
}

/// Whether the request may have carried an access token where the checker
/// cannot see it: in the query (RFC 6750, Section 2.3) or a form body
/// (Section 2.2).
fn token_elsewhere(facts: &Facts<'_>) -> bool {
    let in_query = facts
        .exchange
        .target
        .is_none_or(|target| target.contains("access_token="));
    let in_form = facts.request.any(Name::ContentType, |value| {
        value
            .trim_ascii_start()
            .get(..33)
            .is_some_and(|media| media.eq_ignore_ascii_case(b"application/x-www-form-urlencoded"))
    });
    in_query || in_form
}

/// `bearer-no-error-without-token`: an `error` in a Bearer challenge, to a
/// request that sent no credentials at all.
pub(super) fn bearer_error_without_token<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let request = &facts.request;
    if !request.is_known() || request.has(Name::Authorization) || token_elsewhere(facts) {
        return None;
    }
    let (value, _) = bearer_error(facts)?;
    Some(Evidence::Field(Name::WwwAuthenticate.as_str(), value))
}

/// A Bearer `error` code with a status other than the one RFC 6750,
/// Section 3.1 gives it.
fn error_status<'a>(facts: &Facts<'a>, code: &str, status: u16) -> Option<Evidence<'a>> {
    if facts.code()? == status {
        return None;
    }
    let (value, error) = bearer_error(facts)?;
    error
        .eq_str(code)
        .then_some(Evidence::Field(Name::WwwAuthenticate.as_str(), value))
}

/// `bearer-invalid-request-400`.
pub(super) fn bearer_invalid_request<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    error_status(facts, "invalid_request", 400)
}

/// `bearer-invalid-token-401`.
pub(super) fn bearer_invalid_token<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    error_status(facts, "invalid_token", 401)
}

/// `bearer-insufficient-scope-403`.
pub(super) fn bearer_insufficient_scope<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    error_status(facts, "insufficient_scope", 403)
}

/// `www-auth-one-per-line`: a `WWW-Authenticate` line with several
/// challenges.
pub(super) fn one_per_line<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    facts.response.find_map(Name::WwwAuthenticate, |value| {
        (facts.challenges(Name::WwwAuthenticate, value).ok()?.len() > 1)
            .then_some(Evidence::Field(Name::WwwAuthenticate.as_str(), value))
    })
}
