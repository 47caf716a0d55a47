//! The generator behind the registry table.
//!
//! `status_codes!` takes the rows written in `registry.rs` and produces the
//! [`StatusCode`](crate::StatusCode) enum, its per-variant documentation and
//! every lookup that depends on a code: [`StatusCode::ALL`],
//! [`StatusCode::from_u16`], [`StatusCode::as_str`],
//! [`StatusCode::reason_phrase`], [`StatusCode::reference`],
//! [`StatusCode::name`], [`StatusCode::guidance`], the bits behind the
//! semantic predicates, the deprecated aliases and the reverse lookup by
//! name. Nothing about an individual code is written anywhere else.
//!
//! A row reads:
//!
//! ```text
//! /// Optional notes, appended to the variant's documentation.
//! 414 UriTooLong URI_TOO_LONG "URI Too Long", RFC 9110 Section "15.5.15",
//!     was RequestUriTooLong ("Request-URI Too Long", "RFC 2616")
//!     [CACHEABLE]
//! {
//!     summary: "...",
//!     use_when: "...",
//!     when_received: "...",
//!     pitfalls: "...",
//!     headers: [],
//!     related: [ContentTooLarge, RequestHeaderFieldsTooLarge],
//!     terms: ["long url", "query string too long"],
//! }
//! ```
//!
//! - the code, the variant, the constant-style name and the reason phrase;
//! - the reference as the registry writes it: `RFC n Section "s"` when the
//!   registry cites a section, `RFC n ("s")` when it cites only the RFC (the
//!   section in parentheses is used for the documentation link only), and an
//!   optional `+ "..."` naming a further document the registry cites;
//! - optionally, `was` and the names the code had before RFC 9110, each with
//!   its old phrase and the document that used it. Each becomes a deprecated
//!   associated constant;
//! - optionally, in brackets, the code's semantic properties, the constants
//!   of `semantics.rs`: `CACHEABLE` (heuristically cacheable),
//!   `NO_CONTENT` (must not carry content), `ENDS_AT_HEADER_SECTION` (the
//!   message ends at its header section, which 205 does not although it
//!   has no content) and one retry condition at most: `RETRY_UNCHANGED`,
//!   `RETRY_ON_ANOTHER_CONNECTION` or `RETRY_AFTER_HANDSHAKE`. A rule that
//!   holds for a whole class, such as no content in a 1xx response, is read
//!   from the class instead;
//! - the [`Guidance`](crate::Guidance): its four texts, the header fields
//!   that go with the code, the codes it is confused with, and the search
//!   terms: the plain words people use for the situation that the
//!   specification's text does not, in lower case, which
//!   [`StatusCode::search`] weighs most. The summary also opens the
//!   variant's documentation.

/// `Some` of the expression, or `None` when there is none: an optional part
/// of a row.
macro_rules! optional {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

macro_rules! status_codes {
    (
        $(
            $(#[doc = $note:literal])*
            $code:literal $Variant:ident $NAME:ident $phrase:literal,
            RFC $rfc:literal
            $(Section $section:literal)?
            $(($link_section:literal))?
            $(+ $also:literal)?
            $(, was $($Old:ident ($old_phrase:literal, $old_source:literal)),+)?
            $([$($Semantic:ident)|+])?
            {
                summary: $summary:literal,
                use_when: $use_when:literal,
                when_received: $when_received:literal,
                pitfalls: $pitfalls:literal,
                headers: [
                    $($header:literal $Requirement:ident $header_reference:literal
                        $(when $condition:literal)?),* $(,)?
                ],
                related: [$($Related:ident),* $(,)?],
                terms: [$($term:literal),* $(,)?] $(,)?
            }
        )+
    ) => {
        /// An HTTP status code registered with IANA.
        ///
        /// There is one variant per code in the [IANA HTTP Status Code
        /// Registry](https://www.iana.org/assignments/http-status-codes/), and
        /// each variant's discriminant is the code itself, so
        /// `StatusCode::NotFound as u16 == 404` and the type is two bytes
        /// wide (so is `Option<StatusCode>`).
        ///
        /// # Which codes are here
        ///
        /// Every code the registry (last updated 2025-09-15) lists as
        /// assigned, with these exceptions:
        ///
        /// - 104 "Upload Resumption Supported" is left out: it is a temporary
        ///   registration for an Internet-Draft, not a permanent assignment.
        /// - 306 is left out: the registry lists it as "(Unused)" and
        ///   [RFC 9110, Section 15.4.7] says it is no longer used.
        /// - 418 is kept as [`StatusCode::ImATeapot`], although the registry
        ///   also lists it as "(Unused)": deployed software sends it, and
        ///   RFC 9110 reserves it for that reason.
        ///
        /// Reason phrases are the registry's current descriptions, which for
        /// most codes are RFC 9110's. The names of earlier specifications
        /// (`PayloadTooLarge`, `RequestEntityTooLarge`, `RequestUriTooLong`,
        /// `UnprocessableEntity`, `RequestedRangeNotSatisfiable`) remain as
        /// deprecated associated constants that point to the current
        /// variant.
        ///
        /// # Unregistered codes
        ///
        /// A number that is not in the registry, such as the 499 some proxies
        /// send, has no variant. [`StatusCode::from_u16`] and
        /// [`str::parse`] reject it with an error that keeps the number and
        /// its [`StatusClass`](crate::StatusClass), since RFC 9110, Section 15
        /// tells a client to treat an unrecognised code as the x00 code of
        /// its class.
        ///
        /// # Growth
        ///
        /// The enum is `#[non_exhaustive]`: IANA registers new codes from
        /// time to time, and each becomes a new variant in a minor release.
        /// A `match` outside this crate therefore ends with a wildcard arm,
        /// which is also where an unexpected code belongs. The class
        /// predicates such as [`StatusCode::is_client_error`] are often the
        /// better fallback.
        ///
        /// # Examples
        ///
        /// ```
        /// use statuscode::{StatusClass, StatusCode};
        ///
        /// let code = StatusCode::Conflict;
        /// assert_eq!(code.as_u16(), 409);
        /// assert_eq!(code.reason_phrase(), "Conflict");
        /// assert_eq!(code.class(), StatusClass::ClientError);
        /// assert_eq!(code.to_string(), "409 Conflict");
        ///
        /// let parsed: StatusCode = "422".parse()?;
        /// let advice = match parsed {
        ///     StatusCode::BadRequest | StatusCode::UnprocessableContent => "fix the request",
        ///     StatusCode::TooManyRequests => "slow down",
        ///     other if other.is_server_error() => "try again later",
        ///     _ => "see the documentation",
        /// };
        /// assert_eq!(advice, "fix the request");
        /// # Ok::<(), statuscode::ParseStatusCodeError>(())
        /// ```
        ///
        /// [RFC 9110, Section 15.4.7]: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(
            feature = "strum",
            derive(
                strum::EnumIter,
                strum::EnumCount,
                strum::VariantArray,
                strum::IntoStaticStr,
                strum::AsRefStr,
            )
        )]
        #[non_exhaustive]
        #[repr(u16)]
        pub enum StatusCode {
            $(
                #[doc = concat!(
                    "`", $code, " ", $phrase, "`, defined in [RFC ", $rfc,
                    $(", Section ", $section,)?
                    $(", Section ", $link_section,)?
                    "](https://www.rfc-editor.org/rfc/rfc", $rfc, ".html",
                    $("#section-", $section,)?
                    $("#section-", $link_section,)?
                    ")."
                )]
                #[doc = ""]
                #[doc = $summary]
                $(#[doc = ""] #[doc = $note])*
                $($(#[doc = concat!(
                    "\n\nCalled \"", $old_phrase, "\" in ", $old_source,
                    "; the old name remains as the deprecated `StatusCode::",
                    stringify!($Old), "`."
                )])+)?
                $Variant = $code,
            )+
        }

        impl StatusCode {
            /// Every status code, in ascending order of its number.
            ///
            /// Without the `strum` feature this is the way to iterate over
            /// the codes; with it, `StatusCode::iter()` yields the same
            /// sequence.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::StatusCode;
            ///
            /// assert_eq!(StatusCode::ALL.first(), Some(&StatusCode::Continue));
            /// assert_eq!(StatusCode::ALL.last(), Some(&StatusCode::NetworkAuthenticationRequired));
            ///
            /// let redirects = StatusCode::ALL.iter().filter(|code| code.is_redirection());
            /// assert_eq!(redirects.count(), 8);
            /// ```
            pub const ALL: &'static [StatusCode] = &[$(StatusCode::$Variant),+];

            /// The status code with this number, if it is registered.
            ///
            /// Every `u16` is accepted as input; a number without a variant
            /// gives an [`UnknownStatusCode`](crate::UnknownStatusCode) that
            /// keeps it, along with its class when it has one.
            ///
            /// # Errors
            ///
            /// When `code` is not a registered status code, including every
            /// number outside `100..=599`.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::{StatusClass, StatusCode};
            ///
            /// assert_eq!(StatusCode::from_u16(409), Ok(StatusCode::Conflict));
            ///
            /// let unknown = StatusCode::from_u16(499).unwrap_err();
            /// assert_eq!(unknown.code(), 499);
            /// assert_eq!(unknown.class(), Some(StatusClass::ClientError));
            ///
            /// assert!(StatusCode::from_u16(1000).is_err());
            /// ```
            pub const fn from_u16(code: u16) -> Result<StatusCode, crate::UnknownStatusCode> {
                let index = code.wrapping_sub(StatusCode::FIRST) as usize;
                if index < StatusCode::FROM_U16.len() {
                    StatusCode::FROM_U16[index]
                } else {
                    Err(crate::UnknownStatusCode::new(code))
                }
            }

            /// The code as its three ASCII digits, for example `"404"`.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::StatusCode;
            ///
            /// assert_eq!(StatusCode::NotFound.as_str(), "404");
            /// ```
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                *self.fact(&StatusCode::DIGITS)
            }

            /// The reason phrase, exactly as the registry spells it.
            ///
            /// These are RFC 9110's phrases where RFC 9110 defines the code
            /// (413 is "Content Too Large", 422 "Unprocessable Content") and
            /// the defining RFC's elsewhere. Two codes need a word: 418 has
            /// RFC 2324's "I'm a teapot", since the registry's entry is only
            /// "(Unused)", and 510 is "Not Extended" without the registry's
            /// "(OBSOLETED)" remark. HTTP/1.1 sends the phrase after the code
            /// in the status line; HTTP/2 and HTTP/3 do not send it at all.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::StatusCode;
            ///
            /// assert_eq!(StatusCode::ContentTooLarge.reason_phrase(), "Content Too Large");
            /// assert_eq!(StatusCode::NonAuthoritativeInformation.reason_phrase(), "Non-Authoritative Information");
            /// ```
            #[must_use]
            pub const fn reason_phrase(self) -> &'static str {
                *self.fact(&StatusCode::REASON_PHRASES)
            }

            /// The code's name in the style of a constant, for example
            /// `"NOT_FOUND"`.
            ///
            /// This is the variant's name in upper snake case, the same
            /// spelling as Python's `HTTPStatus` members and, for codes RFC
            /// 9110 did not rename, the `http` crate's constants. It suits
            /// machine-readable error bodies such as
            /// `{"error": "CONFLICT", "message": "..."}`: unlike the reason
            /// phrase, it has no spaces or punctuation.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::StatusCode;
            ///
            /// assert_eq!(StatusCode::Conflict.name(), "CONFLICT");
            /// assert_eq!(StatusCode::UnprocessableContent.name(), "UNPROCESSABLE_CONTENT");
            /// assert_eq!(StatusCode::ImATeapot.name(), "IM_A_TEAPOT");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                *self.fact(&StatusCode::NAMES)
            }

            /// The specification that defines the code, as the registry
            /// cites it.
            ///
            /// The registry gives a section for the codes RFC 9110 defines
            /// (`"RFC 9110, Section 15.5.10"`) and only the RFC for the rest
            /// (`"RFC 6585"` for 429). Each variant's documentation links to
            /// the exact section in either case.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::StatusCode;
            ///
            /// assert_eq!(StatusCode::Conflict.reference(), "RFC 9110, Section 15.5.10");
            /// assert_eq!(StatusCode::TooManyRequests.reference(), "RFC 6585");
            /// ```
            #[must_use]
            pub const fn reference(self) -> &'static str {
                *self.fact(&StatusCode::REFERENCES)
            }

            /// The variant's name as written in the table, for the checks
            /// in `registry.rs`.
            #[allow(
                dead_code,
                reason = "used only by the compile-time checks, which Rust 1.85 does not count as a use"
            )]
            const fn variant_name(self) -> &'static str {
                match self {
                    $(StatusCode::$Variant => stringify!($Variant),)+
                }
            }

            /// Advice on sending and receiving the code: when a server should
            /// send it, what a client should do with it, the mistakes people
            /// make, the header fields that go with it and the codes it is
            /// confused with.
            ///
            /// The [`Guidance`](crate::Guidance) is a constant of the crate;
            /// this is a table lookup. Its `Display` writes all of it as
            /// plain text.
            ///
            /// # Examples
            ///
            /// ```
            /// use statuscode::StatusCode;
            ///
            /// let guidance = StatusCode::Unauthorized.guidance();
            /// assert_eq!(guidance.headers(), ["WWW-Authenticate"]);
            /// assert!(guidance.related().contains(&StatusCode::Forbidden));
            /// println!("{guidance}");
            /// ```
            #[must_use]
            pub const fn guidance(self) -> &'static crate::Guidance {
                self.fact(&StatusCode::GUIDANCE)
            }

            /// The code's semantic properties, as the bits of
            /// `crate::semantics`.
            pub(crate) const fn semantics(self) -> u8 {
                *self.fact(&StatusCode::SEMANTICS)
            }

            /// The reason phrases the code had in earlier specifications, as
            /// its deprecated aliases record them.
            pub(crate) const fn former_phrases(self) -> &'static [&'static str] {
                *self.fact(&StatusCode::FORMER_PHRASES)
            }

            /// The code and its phrase, as `Display` writes them.
            pub(crate) const fn code_and_phrase(self) -> &'static str {
                *self.fact(&StatusCode::CODES_AND_PHRASES)
            }

            $($($(
                #[doc = concat!(
                    "Deprecated: ", $code, " was \"", $old_phrase, "\" in ", $old_source,
                    "; RFC 9110 calls it [`StatusCode::", stringify!($Variant), "`].\n\n",
                    "# Examples\n\n",
                    "```\n",
                    "use statuscode::StatusCode;\n\n",
                    "#[allow(deprecated)]\n",
                    "let old = StatusCode::", stringify!($Old), ";\n",
                    "assert_eq!(old, StatusCode::", stringify!($Variant), ");\n",
                    "```"
                )]
                #[deprecated = concat!(
                    $code, " was \"", $old_phrase, "\" in ", $old_source,
                    " and is \"", $phrase, "\" in RFC 9110; use `StatusCode::",
                    stringify!($Variant), "`"
                )]
                #[allow(non_upper_case_globals)]
                pub const $Old: StatusCode = StatusCode::$Variant;
            )+)?)+

            /// The code whose [`name`](StatusCode::name) is exactly `name`,
            /// for the name representation of the `serde` feature.
            #[cfg(feature = "serde")]
            pub(crate) fn from_name(name: &str) -> Option<StatusCode> {
                match name {
                    $(stringify!($NAME) => Some(StatusCode::$Variant),)+
                    _ => None,
                }
            }
        }

        /// The lookups by code. A code's row is its position in
        /// [`StatusCode::ALL`], and each fact of the codes is an array in
        /// the order of the rows. `ROW_OF` turns a number into its row with
        /// one indexed load, so that a lookup is two loads where a `match`
        /// over the codes would be a tree of branches; `FROM_U16` holds the
        /// answer of `from_u16` for every number it covers. All of it is
        /// built at compile time from the rows of the table.
        impl StatusCode {
            /// The number of codes, which is the length of every per-code array.
            const COUNT: usize = StatusCode::ALL.len();

            /// The first number that `ROW_OF` and `FROM_U16` cover; they
            /// cover the classes, `100..=599`.
            const FIRST: u16 = 100;

            /// The row of each number from 100 to 599, or `COUNT` for a
            /// number that is not a code of the table.
            #[allow(
                clippy::cast_possible_truncation,
                reason = "the assertion keeps every row, and COUNT, below 256"
            )]
            const ROW_OF: [u8; 500] = {
                assert!(StatusCode::COUNT <= u8::MAX as usize, "the rows no longer fit in a u8");
                let mut rows = [StatusCode::COUNT as u8; 500];
                let mut row = 0;
                while row < StatusCode::COUNT {
                    rows[(StatusCode::ALL[row] as u16 - StatusCode::FIRST) as usize] = row as u8;
                    row += 1;
                }
                rows
            };

            /// What `from_u16` returns for each number from 100 to 599, so
            /// that it is one load with no branch on whether the number is
            /// registered.
            const FROM_U16: [Result<StatusCode, crate::UnknownStatusCode>; 500] = {
                let mut results = [Err(crate::UnknownStatusCode::new(0)); 500];
                let mut number = StatusCode::FIRST;
                let mut index = 0;
                while index < results.len() {
                    let row = StatusCode::ROW_OF[index] as usize;
                    results[index] = if row < StatusCode::COUNT {
                        Ok(StatusCode::ALL[row])
                    } else {
                        Err(crate::UnknownStatusCode::new(number))
                    };
                    number += 1;
                    index += 1;
                }
                results
            };

            /// The row of `number`: below `COUNT` for the codes of the
            /// table, `COUNT` or more for every other number.
            const fn row_of(number: u16) -> usize {
                let index = number.wrapping_sub(StatusCode::FIRST) as usize;
                if index < StatusCode::ROW_OF.len() {
                    StatusCode::ROW_OF[index] as usize
                } else {
                    StatusCode::COUNT
                }
            }

            /// This code's entry in an array of facts in the order of the rows.
            const fn fact<T>(self, facts: &'static [T; StatusCode::COUNT]) -> &'static T {
                let row = StatusCode::row_of(self as u16);
                // Every variant has a row, so this is always `row`; the
                // test lets the compiler drop the bounds check, and leaves no
                // panic in the code.
                &facts[if row < StatusCode::COUNT { row } else { 0 }]
            }

            /// `as_str`, by row.
            const DIGITS: [&'static str; StatusCode::COUNT] = [$(stringify!($code)),+];

            /// `reason_phrase`, by row.
            const REASON_PHRASES: [&'static str; StatusCode::COUNT] = [$($phrase),+];

            /// `reference`, by row.
            const REFERENCES: [&'static str; StatusCode::COUNT] = [$(concat!(
                "RFC ", $rfc,
                $(", Section ", $section,)?
                $("; ", $also,)?
            )),+];

            /// `name`, by row.
            const NAMES: [&'static str; StatusCode::COUNT] = [$(stringify!($NAME)),+];

            /// `guidance`, by row.
            const GUIDANCE: [crate::Guidance; StatusCode::COUNT] = [$({
                const FIELDS: &[crate::HeaderField] = &[$(crate::HeaderField {
                    name: $header,
                    requirement: crate::Requirement::$Requirement,
                    reference: $header_reference,
                    condition: optional!($($condition)?),
                }),*];
                const SENT: usize = crate::guidance::sent_count(FIELDS);
                const NAMES: [&str; SENT] = crate::guidance::sent_names(FIELDS);
                crate::Guidance {
                    code: StatusCode::$Variant,
                    summary: $summary,
                    use_when: $use_when,
                    when_received: $when_received,
                    pitfalls: $pitfalls,
                    headers: &NAMES,
                    header_fields: FIELDS,
                    related: &[$(StatusCode::$Related),*],
                    terms: &[$($term),*],
                }
            }),+];

            /// `semantics`, by row.
            const SEMANTICS: [u8; StatusCode::COUNT] =
                [$(0 $($(| crate::semantics::$Semantic)+)?),+];

            /// `former_phrases`, by row.
            const FORMER_PHRASES: [&'static [&'static str]; StatusCode::COUNT] =
                [$(&[$($($old_phrase),+)?]),+];

            /// `code_and_phrase`, by row.
            const CODES_AND_PHRASES: [&'static str; StatusCode::COUNT] =
                [$(concat!($code, " ", $phrase)),+];
        }
    };
}
