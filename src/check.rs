//! Checks an HTTP exchange against the rules the specifications attach to
//! its status code.
//!
//! Knowing that a 401 must carry `WWW-Authenticate` is not the same as
//! sending it. [`Exchange`] describes one response (its status, header
//! fields and what is known of its content) and, when it is known, the
//! request it answers; [`Exchange::findings`] yields a [`Finding`] for every
//! [`Rule`] the exchange breaks, each with its [`Level`], the section it
//! comes from, and a message that quotes the value at fault and says what
//! to send instead.
//!
//! ```
//! use statuscode::check::{Content, Exchange, Level};
//! use statuscode::StatusCode;
//!
//! let fields = [
//!     ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
//!     ("Content-Type", "application/problem+json"),
//! ];
//! let body = br#"{"title":"Method Not Allowed","status":404}"#;
//! let exchange = Exchange::new(StatusCode::MethodNotAllowed.into(), &fields)
//!     .content(Content::Bytes(body))
//!     .method("DELETE");
//!
//! let ids: Vec<&str> = exchange.findings().map(|finding| finding.rule().id()).collect();
//! assert_eq!(ids, ["405-allow", "problem-status-match"]);
//! assert!(exchange.findings().all(|finding| finding.level() == Level::Must));
//! ```
//!
//! # What is checked
//!
//! The rules come from RFC 9110 (HTTP semantics), RFC 9111 (caching) and
//! RFC 9112 (HTTP/1.1), and from the RFCs that define codes and fields the
//! checker reads: 6585, 6750, 7725, 8288, 8297, 8470, 9113, 9457 and 4918.
//! [`Rule::ALL`] lists them, and the README's table shows each one's id,
//! level and section. They fall into these groups:
//!
//! - the status line: the code's range and form, the reason phrase, and
//!   the reserved codes;
//! - content where a code allows none (1xx, 204, 205, 304, answers to
//!   HEAD), and content where a code asks for it (an explanation with most
//!   errors);
//! - framing: `Content-Length` and `Transfer-Encoding` where they must not
//!   be, together, or wrong; `Content-Type` with content; `Date`, and the
//!   format of every date;
//! - the header fields a code's specification requires: `WWW-Authenticate`
//!   on a 401, `Allow` on a 405, `Location` on a redirect, `Upgrade` on a
//!   101 or 426, `Content-Range` on a 206 or 416, and so on. These rules
//!   read the fields, their levels and their sections from the code's
//!   [`Guidance::header_fields`](crate::Guidance::header_fields), so the
//!   guidance and the checker cannot disagree;
//! - what a code says about the request: a 304 answers a conditional GET or
//!   HEAD, a 206 a `Range` on GET, a 412 a precondition, a 416 a `Range`, a
//!   417 an `Expect`, a 406 a request that stated preferences; and the
//!   requests that deserve a 400 (no `Host`, a broken `Content-Length` or
//!   `Transfer-Encoding`) but were served;
//! - range responses, multipart ones included, part by part;
//! - the syntax of the fields the rules read: `Retry-After`,
//!   `Content-Range`, `Allow`, `Location`, `Upgrade`, `Link`,
//!   `Content-Length`, `Connection`, and the challenges of
//!   `WWW-Authenticate` and `Proxy-Authenticate` with the Bearer attributes
//!   of RFC 6750. Every value is parsed strictly, without allocating; a
//!   value that does not parse is a finding, never a panic;
//! - problem details (RFC 9457): the `status` member against the response's
//!   status, the members' types, the title of an `about:blank` problem;
//! - WebDAV: 207 bodies and 423 condition codes;
//! - advice that is not a requirement but widely given, such as sending
//!   `Retry-After` with a 429, or not showing a stack trace in a 500.
//!
//! A rule that needs a part of the exchange that was not given is skipped,
//! never guessed: the rules about the request need its method or fields,
//! the rules about content need its length or bytes, and rules about the
//! version need the version. A response whose `Content-Encoding` is not
//! `identity` has its bytes skipped too, since they cannot be read as they
//! are.
//!
//! # What is not checked
//!
//! Some rules of the specifications cannot be decided from one exchange.
//! A 304's `Content-Length` must match the 200's, a 206 must carry the
//! fields a 200 would, a resource must support GET: each needs another
//! response, or knowledge the exchange does not carry. Others concern
//! intermediaries and caches (a proxy must not send 421, a cache must not
//! store a 1xx) or a sequence of messages (a 100 must be followed by a
//! final response). The README lists every such rule and why it is left
//! out. Nothing here judges whether a code was the right choice for the
//! situation; [`StatusCode::guidance`](crate::StatusCode::guidance) is
//! there for that.
//!
//! # Where the check stands
//!
//! [`Vantage::Wire`] judges a message as it was sent, such as a captured
//! response. [`Vantage::Application`] judges a response inside the
//! application that made it, before the HTTP library adds `Date` and the
//! framing fields: the rules about those fields are skipped there.
//!
//! # Cost
//!
//! `findings` allocates nothing, in any build. The header fields are read
//! once into an index of the fields the rules know; only the rules about
//! the exchange's status are tried, through a table computed at compile
//! time; and each rule reads the index rather than the fields. The README's
//! "Performance" section gives the time per exchange.

mod content;
mod exchange;
mod facts;
mod finding;
#[cfg(feature = "http")]
mod http;
mod index;
#[cfg(feature = "tower")]
pub mod layer;
mod rule;
mod rules;
pub(crate) mod syntax;

pub use self::exchange::{Content, Exchange, FieldList, Fields, Vantage, Version};
pub use self::finding::{Finding, Findings, Message};
#[cfg(feature = "tower")]
pub use self::layer::{ConformanceLayer, OnFindings, Report};
pub use self::rule::{Level, Rule, UnknownRule};
