//! Every registered HTTP status code as a typed enum.
//!
//! [`StatusCode`] has one variant per code in the IANA HTTP Status Code
//! Registry, with the registry's current (RFC 9110) reason phrases, the
//! specification reference for each, the five classes of RFC 9110,
//! Section 15 as [`StatusClass`], and strict conversions from numbers and
//! strings that report what was wrong instead of guessing.
//!
//! Every code also carries [`Guidance`]: when a server should send it, what
//! a client should do when it arrives, the usual mistakes, the header fields
//! that go with it and the codes it is confused with. The semantics the
//! specifications attach to a code are `const fn`s:
//! [`StatusCode::is_heuristically_cacheable`],
//! [`StatusCode::allows_content`], [`StatusCode::ends_at_header_section`],
//! [`StatusCode::is_retryable`] and [`StatusCode::retry_condition`], which
//! says when a request may go out again as a [`RetryCondition`].
//!
//! ```
//! use statuscode::{StatusClass, StatusCode};
//!
//! let code: StatusCode = "409".parse()?;
//! assert_eq!(code, StatusCode::Conflict);
//! assert_eq!(code.as_u16(), 409);
//! assert_eq!(code.reason_phrase(), "Conflict");
//! assert_eq!(code.class(), StatusClass::ClientError);
//! assert_eq!(code.reference(), "RFC 9110, Section 15.5.10");
//! assert_eq!(code.to_string(), "409 Conflict");
//!
//! // Numbers nobody registered are errors that keep the number and its class.
//! let unknown = StatusCode::from_u16(499).unwrap_err();
//! assert_eq!(unknown.class(), Some(StatusClass::ClientError));
//!
//! // Advice on using a code, as data and as text.
//! let guidance = StatusCode::Unauthorized.guidance();
//! assert_eq!(guidance.headers(), ["WWW-Authenticate"]);
//! assert!(guidance.related().contains(&StatusCode::Forbidden));
//! assert!(guidance.to_string().contains("Related codes: 403 Forbidden"));
//! assert!(StatusCode::TooManyRequests.is_retryable());
//! # Ok::<(), statuscode::ParseStatusCodeError>(())
//! ```
//!
//! # Finding a code
//!
//! [`StatusCode::search`] answers "which code fits?" from plain words,
//! ranking every code by its [`Guidance`], its search terms and its
//! phrase, and says why each one matched. It allocates nothing.
//!
//! ```
//! use statuscode::StatusCode;
//!
//! let best = StatusCode::search("client exceeded its quota").next().unwrap();
//! assert_eq!(best.code(), StatusCode::TooManyRequests);
//! assert!(best.matches().any(|reason| reason.to_string() == "term \"quota\""));
//! ```
//!
//! # Checking responses
//!
//! [`check`] makes the guidance executable: [`check::Exchange`] describes a
//! response (and its request, when known) and yields a [`check::Finding`]
//! for every rule of RFC 9110 and the related RFCs that it breaks, such as
//! a 401 without `WWW-Authenticate` or content on a 204. It allocates
//! nothing and needs no feature.
//!
//! ```
//! use statuscode::check::Exchange;
//! use statuscode::StatusCode;
//!
//! let fields = [("Date", "Sun, 06 Nov 1994 08:49:37 GMT")];
//! let exchange = Exchange::new(StatusCode::Unauthorized.into(), &fields);
//! let finding = exchange.findings().next().unwrap();
//! assert_eq!(finding.rule().id(), "401-www-authenticate");
//! assert_eq!(finding.rule().reference(), "RFC 9110, Section 15.5.2");
//! ```
//!
//! # Features
//!
//! The crate is `#![no_std]`, and without the `problem` and `schemars`
//! features it never allocates. Its only required dependency is
//! `thiserror`, without its `std` feature. Every feature is off by default.
//!
//! - `serde`: `Serialize` and `Deserialize` for [`StatusCode`] and
//!   [`AnyStatusCode`], as the integer. Deserializing checks the value
//!   against the registry (or the range) and never casts it: 65736 is an
//!   error, not 200. The `statuscode::serde` module adds the name
//!   (`"NOT_FOUND"`) and the string (`"404"`) forms for
//!   `#[serde(with = "...")]`.
//! - `http`: conversions with `http::StatusCode`, the type of hyper, axum
//!   and reqwest: `From<StatusCode>`, and `TryFrom` back with an error that
//!   keeps the number; `From` both ways for [`AnyStatusCode`], which covers
//!   the same range. The `http` crate needs `std`.
//! - `problem`: `Problem`, an RFC 9457 problem details object to send as
//!   the body of an error response and to read from one, losing nothing.
//!   It needs `alloc` and brings in `serde_json` (without `std`), whose
//!   `Value` holds the extension members.
//! - `tower`: `check::ConformanceLayer`, a tower layer that checks every
//!   response of the service it wraps and hands the findings to a closure,
//!   to a strict mode that panics (for tests) or, with `tracing`, to
//!   `tracing` events. It needs `alloc`, and `http`.
//! - `tracing`: `ConformanceLayer::tracing()`, one event per finding.
//! - `axum`: axum's `IntoResponse` for [`StatusCode`] and, with `problem`,
//!   for `Problem`; and the `statuscode::axum` parts for the header
//!   fields that some codes oblige a response to carry. It needs `std`.
//! - `schemars`: `JsonSchema` for [`StatusCode`] (an integer that is one of
//!   the registered codes, each described by its reason phrase) and for
//!   [`AnyStatusCode`], and for `Problem` with the `problem` feature, for
//!   OpenAPI documents. It needs `alloc`.
//! - `strum`: strum's `IntoEnumIterator`, `EnumCount`, `VariantArray`,
//!   `IntoStaticStr` and `AsRefStr` (the variant name, `"NotFound"`) for
//!   [`StatusCode`], derived by strum itself.
//!
//! # Codes nobody registered
//!
//! [`StatusCode`] is for the codes a program sends and handles by name. For
//! codes received from elsewhere, which may be any number from 100 to 999,
//! [`AnyStatusCode`] keeps the number without loss and still gives the
//! [`StatusCode`] whenever the number is registered:
//!
//! ```
//! use statuscode::{AnyStatusCode, StatusCode};
//!
//! let received: AnyStatusCode = "499".parse()?;
//! assert_eq!(received.known(), None);
//! assert!(received.is_client_error());
//! assert_eq!(received.treated_as(), StatusCode::BadRequest);
//! # Ok::<(), statuscode::ParseStatusCodeError>(())
//! ```
//!
//! # What this crate does not do
//!
//! It does not parse HTTP messages or send them: [`check::Exchange`]
//! borrows the parts of an exchange that a program already has.
#![no_std]

// The checker's unit tests read its test cases, which are written for the
// integration tests: they use `std`, and name the crate.
#[cfg(test)]
extern crate self as statuscode;
#[cfg(test)]
extern crate std;

#[cfg(any(
    feature = "problem",
    feature = "schemars",
    feature = "tower",
    feature = "axum"
))]
extern crate alloc;

#[macro_use]
mod macros;

mod any;
#[cfg(feature = "axum")]
pub mod axum;
pub mod check;
mod class;
mod code;
mod display;
mod error;
mod guidance;
#[cfg(feature = "http")]
mod http;
mod parse;
#[cfg(feature = "problem")]
mod problem;
mod registry;
#[cfg(feature = "schemars")]
mod schemars;
pub mod search;
mod semantics;
#[cfg(feature = "serde")]
pub mod serde;

pub use crate::any::AnyStatusCode;
pub use crate::class::StatusClass;
pub use crate::error::{OutOfRangeStatusCode, ParseStatusCodeError, UnknownStatusCode};
pub use crate::guidance::{Guidance, HeaderField, Requirement};
#[cfg(feature = "problem")]
pub use crate::problem::{Problem, ProblemExtensionError};
pub use crate::registry::StatusCode;
pub use crate::semantics::RetryCondition;

/// The README's examples, compiled and run as doctests (by
/// `cargo test --all-features`, since they use these features).
#[cfg(all(
    doctest,
    feature = "serde",
    feature = "http",
    feature = "problem",
    feature = "tower",
    feature = "tracing",
    feature = "axum"
))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
