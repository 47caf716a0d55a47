//! [`Tracing`], the layer's findings as `tracing` events.

use super::{OnFindings, Report};
use crate::check::Level;

/// Emits one `tracing` event per finding: what
/// [`ConformanceLayer::tracing`](super::ConformanceLayer::tracing) does.
///
/// Each event has the target `statuscode::check`, the level `WARN` for a
/// [`Level::Must`] finding and `INFO` for the others, the finding's
/// `Display` as its message (rule id, level, section and what to change),
/// and these fields:
///
/// | field | value |
/// | --- | --- |
/// | `rule` | the rule's id, such as `405-allow` |
/// | `level` | `must`, `should` or `advice` |
/// | `status` | the response's status, as a number |
/// | `method` | the request's method |
/// | `path` | the request URI's path, without the query |
///
/// # Examples
///
/// ```
/// use statuscode::check::ConformanceLayer;
/// use statuscode::check::layer::Tracing;
///
/// let layer = ConformanceLayer::new(Tracing);
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tracing;

impl OnFindings for Tracing {
    fn on_findings(&self, report: &Report<'_>) {
        let status = report.status().as_u16();
        let method = report.method().as_str();
        let path = report.path();
        for finding in report.findings() {
            let rule = finding.rule().id();
            let level = finding.level().as_str();
            if finding.level() == Level::Must {
                ::tracing::warn!(target: "statuscode::check", rule, level, status, method, path, "{finding}");
            } else {
                ::tracing::info!(target: "statuscode::check", rule, level, status, method, path, "{finding}");
            }
        }
    }
}
