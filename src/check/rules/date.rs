//! D. `Date`, and the format of every date field.

use crate::check::Vantage;
use crate::check::facts::Facts;
use crate::check::finding::Evidence;
use crate::check::index::Name;
use crate::check::rule::Rule;
use crate::check::syntax::date::{DateForm, http_date, is_imf_fixdate};
use crate::check::syntax::retry_after::{RetryAfter, retry_after};

/// `date-2xx-3xx-4xx`: no `Date` on a response of those classes, which the
/// table's scope selects.
pub(super) fn required<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    (!facts.response.has(Name::Date)).then_some(Evidence::None)
}

/// `http-date-imf-fixdate`: a date in `Date`, `Expires`, `Last-Modified` or
/// `Retry-After` that is not an IMF-fixdate. `Date` is the HTTP library's
/// inside an application; a `Retry-After` that is no date at all is
/// `retry-after-syntax`'s.
pub(super) fn imf_fixdate<'a>(_: Rule, facts: &Facts<'a>) -> Option<Evidence<'a>> {
    let dates: &[Name] = if facts.exchange.vantage == Vantage::Wire {
        &[Name::Date, Name::Expires, Name::LastModified]
    } else {
        &[Name::Expires, Name::LastModified]
    };
    for &name in dates {
        if !facts.response.has(name) {
            continue;
        }
        let found = facts.response.find_map(name, |value| {
            if is_imf_fixdate(value) {
                return None;
            }
            match http_date(value) {
                Ok(date) if date.form() == DateForm::ImfFixdate => None,
                Ok(_) => Some(Evidence::Field(name.as_str(), value)),
                Err(error) => Some(Evidence::Syntax {
                    field: name.as_str(),
                    value,
                    at: error.at,
                    expected: error.expected,
                }),
            }
        });
        if found.is_some() {
            return found;
        }
    }
    facts
        .response
        .find_map(Name::RetryAfter, |value| match retry_after(value) {
            Ok(RetryAfter::Date(date)) if date.form() != DateForm::ImfFixdate => {
                Some(Evidence::Field(Name::RetryAfter.as_str(), value))
            }
            _ => None,
        })
}
