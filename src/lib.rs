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
//! [`StatusCode::allows_content`] and [`StatusCode::is_retryable`].
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
//! # Features
//!
//! The crate is `#![no_std]` and never allocates. Its only required
//! dependency is `thiserror`, without its `std` feature.
//!
//! - `serde`: `Serialize` and `Deserialize` for [`StatusCode`], as the
//!   integer. Deserializing checks the value against the registry and never
//!   casts it: 65736 is an error, not 200.
//! - `strum`: strum's `IntoEnumIterator`, `EnumCount`, `VariantArray`,
//!   `IntoStaticStr` and `AsRefStr` (the variant name, `"NotFound"`) for
//!   [`StatusCode`], derived by strum itself.
//!
//! # What this crate does not do
//!
//! It does not represent codes outside the registry: use a `u16` for those,
//! or keep the [`UnknownStatusCode`] error, which holds the number. It does
//! not parse status lines or carry any other part of a response.
#![no_std]

#[macro_use]
mod macros;

mod class;
mod code;
mod display;
mod error;
mod guidance;
mod parse;
mod registry;
mod semantics;
#[cfg(feature = "serde")]
mod serde;

pub use crate::class::StatusClass;
pub use crate::error::{ParseStatusCodeError, UnknownStatusCode};
pub use crate::guidance::Guidance;
pub use crate::registry::StatusCode;

/// The README's examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
