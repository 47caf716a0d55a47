//! The table: one row per status code, the only place a per-code fact is
//! written. The row format is described in `macros.rs`.
//!
//! Source: the IANA HTTP Status Code Registry, last updated 2025-09-15. The
//! registry cites a section only for the codes RFC 9110 defines; for the
//! others, the section in parentheses is the one in the cited RFC that
//! defines the code, used for the documentation link.

status_codes! {
    // 1xx: Informational, RFC 9110, Section 15.2
    100 Continue CONTINUE "Continue", RFC 9110 Section "15.2.1";
    101 SwitchingProtocols SWITCHING_PROTOCOLS "Switching Protocols", RFC 9110 Section "15.2.2";
    /// RFC 4918, which replaced RFC 2518, no longer defines 102; the registry
    /// still lists it under its original reference.
    102 Processing PROCESSING "Processing", RFC 2518 ("10.1");
    103 EarlyHints EARLY_HINTS "Early Hints", RFC 8297 ("2");

    // 2xx: Successful, RFC 9110, Section 15.3
    200 Ok OK "OK", RFC 9110 Section "15.3.1";
    201 Created CREATED "Created", RFC 9110 Section "15.3.2";
    202 Accepted ACCEPTED "Accepted", RFC 9110 Section "15.3.3";
    203 NonAuthoritativeInformation NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information", RFC 9110 Section "15.3.4";
    204 NoContent NO_CONTENT "No Content", RFC 9110 Section "15.3.5";
    205 ResetContent RESET_CONTENT "Reset Content", RFC 9110 Section "15.3.6";
    206 PartialContent PARTIAL_CONTENT "Partial Content", RFC 9110 Section "15.3.7";
    207 MultiStatus MULTI_STATUS "Multi-Status", RFC 4918 ("11.1");
    208 AlreadyReported ALREADY_REPORTED "Already Reported", RFC 5842 ("7.1");
    226 ImUsed IM_USED "IM Used", RFC 3229 ("10.4.1");

    // 3xx: Redirection, RFC 9110, Section 15.4
    300 MultipleChoices MULTIPLE_CHOICES "Multiple Choices", RFC 9110 Section "15.4.1";
    301 MovedPermanently MOVED_PERMANENTLY "Moved Permanently", RFC 9110 Section "15.4.2";
    302 Found FOUND "Found", RFC 9110 Section "15.4.3";
    303 SeeOther SEE_OTHER "See Other", RFC 9110 Section "15.4.4";
    304 NotModified NOT_MODIFIED "Not Modified", RFC 9110 Section "15.4.5";
    /// Deprecated since RFC 7231: letting a response tell the client which
    /// proxy to use was a security risk. It is listed for completeness; do not
    /// send it.
    305 UseProxy USE_PROXY "Use Proxy", RFC 9110 Section "15.4.6";
    307 TemporaryRedirect TEMPORARY_REDIRECT "Temporary Redirect", RFC 9110 Section "15.4.8";
    308 PermanentRedirect PERMANENT_REDIRECT "Permanent Redirect", RFC 9110 Section "15.4.9";

    // 4xx: Client Error, RFC 9110, Section 15.5
    400 BadRequest BAD_REQUEST "Bad Request", RFC 9110 Section "15.5.1";
    401 Unauthorized UNAUTHORIZED "Unauthorized", RFC 9110 Section "15.5.2";
    402 PaymentRequired PAYMENT_REQUIRED "Payment Required", RFC 9110 Section "15.5.3";
    403 Forbidden FORBIDDEN "Forbidden", RFC 9110 Section "15.5.4";
    404 NotFound NOT_FOUND "Not Found", RFC 9110 Section "15.5.5";
    405 MethodNotAllowed METHOD_NOT_ALLOWED "Method Not Allowed", RFC 9110 Section "15.5.6";
    406 NotAcceptable NOT_ACCEPTABLE "Not Acceptable", RFC 9110 Section "15.5.7";
    407 ProxyAuthenticationRequired PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required", RFC 9110 Section "15.5.8";
    408 RequestTimeout REQUEST_TIMEOUT "Request Timeout", RFC 9110 Section "15.5.9";
    409 Conflict CONFLICT "Conflict", RFC 9110 Section "15.5.10";
    410 Gone GONE "Gone", RFC 9110 Section "15.5.11";
    411 LengthRequired LENGTH_REQUIRED "Length Required", RFC 9110 Section "15.5.12";
    412 PreconditionFailed PRECONDITION_FAILED "Precondition Failed", RFC 9110 Section "15.5.13";
    413 ContentTooLarge CONTENT_TOO_LARGE "Content Too Large", RFC 9110 Section "15.5.14",
        was PayloadTooLarge ("Payload Too Large", "RFC 7231"),
            RequestEntityTooLarge ("Request Entity Too Large", "RFC 2616");
    414 UriTooLong URI_TOO_LONG "URI Too Long", RFC 9110 Section "15.5.15";
    415 UnsupportedMediaType UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type", RFC 9110 Section "15.5.16";
    416 RangeNotSatisfiable RANGE_NOT_SATISFIABLE "Range Not Satisfiable", RFC 9110 Section "15.5.17",
        was RequestedRangeNotSatisfiable ("Requested Range Not Satisfiable", "RFC 2616");
    417 ExpectationFailed EXPECTATION_FAILED "Expectation Failed", RFC 9110 Section "15.5.18";
    /// The registry lists 418 as "(Unused)". RFC 2324, an April Fools' RFC,
    /// gave it the phrase "I'm a teapot", and enough software answers with it
    /// that RFC 9110 reserves the code rather than assign it to anything
    /// else. Recognise it when it arrives; a real API has no reason to send
    /// it.
    418 ImATeapot IM_A_TEAPOT "I'm a teapot", RFC 9110 Section "15.5.19";
    421 MisdirectedRequest MISDIRECTED_REQUEST "Misdirected Request", RFC 9110 Section "15.5.20";
    422 UnprocessableContent UNPROCESSABLE_CONTENT "Unprocessable Content", RFC 9110 Section "15.5.21",
        was UnprocessableEntity ("Unprocessable Entity", "RFC 4918");
    423 Locked LOCKED "Locked", RFC 4918 ("11.3");
    424 FailedDependency FAILED_DEPENDENCY "Failed Dependency", RFC 4918 ("11.4");
    425 TooEarly TOO_EARLY "Too Early", RFC 8470 ("5.2");
    426 UpgradeRequired UPGRADE_REQUIRED "Upgrade Required", RFC 9110 Section "15.5.22";
    428 PreconditionRequired PRECONDITION_REQUIRED "Precondition Required", RFC 6585 ("3");
    429 TooManyRequests TOO_MANY_REQUESTS "Too Many Requests", RFC 6585 ("4");
    431 RequestHeaderFieldsTooLarge REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large", RFC 6585 ("5");
    451 UnavailableForLegalReasons UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons", RFC 7725 ("3");

    // 5xx: Server Error, RFC 9110, Section 15.6
    500 InternalServerError INTERNAL_SERVER_ERROR "Internal Server Error", RFC 9110 Section "15.6.1";
    501 NotImplemented NOT_IMPLEMENTED "Not Implemented", RFC 9110 Section "15.6.2";
    502 BadGateway BAD_GATEWAY "Bad Gateway", RFC 9110 Section "15.6.3";
    503 ServiceUnavailable SERVICE_UNAVAILABLE "Service Unavailable", RFC 9110 Section "15.6.4";
    504 GatewayTimeout GATEWAY_TIMEOUT "Gateway Timeout", RFC 9110 Section "15.6.5";
    505 HttpVersionNotSupported HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported", RFC 9110 Section "15.6.6";
    506 VariantAlsoNegotiates VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates", RFC 2295 ("8.1");
    507 InsufficientStorage INSUFFICIENT_STORAGE "Insufficient Storage", RFC 4918 ("11.5");
    508 LoopDetected LOOP_DETECTED "Loop Detected", RFC 5842 ("7.2");
    /// The registry's description is "Not Extended (OBSOLETED)": RFC 2774,
    /// the HTTP Extension Framework, has been moved to Historic status. The
    /// remark is not part of the reason phrase.
    510 NotExtended NOT_EXTENDED "Not Extended", RFC 2774 ("7") + "Status change of HTTP experiments to Historic";
    511 NetworkAuthenticationRequired NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required", RFC 6585 ("6");
}

use crate::StatusClass;

/// Checks of the table that run at compile time: a row that breaks one of
/// them stops the build.
const _: () = {
    let all = StatusCode::ALL;
    let mut i = 0;
    while i < all.len() {
        let code = all[i].as_u16();
        // RFC 9110, Section 15: every valid status code has a class.
        assert!(
            StatusClass::from_u16(code).is_some(),
            "a code is outside 100..=599"
        );
        // Ascending order, which also rules out a repeated code.
        assert!(
            i == 0 || all[i - 1].as_u16() < code,
            "the table is not in ascending order"
        );
        // `as_str` spells the number in three decimal digits.
        let digits = all[i].as_str().as_bytes();
        assert!(
            digits.len() == 3
                && digits[0] as u16 == b'0' as u16 + code / 100
                && digits[1] as u16 == b'0' as u16 + code / 10 % 10
                && digits[2] as u16 == b'0' as u16 + code % 10,
            "a code is not written as three decimal digits"
        );
        // `name` is the variant in upper snake case.
        assert!(
            is_upper_snake_case_of(all[i].name().as_bytes(), all[i].variant_name().as_bytes()),
            "a name is not its variant in upper snake case"
        );
        // `from_u16` finds the code again.
        assert!(
            matches!(StatusCode::from_u16(code), Ok(found) if found as u16 == code),
            "from_u16 does not find a code of the table"
        );
        i += 1;
    }
};

/// Whether `name` is `variant` (in `UpperCamelCase`) written in upper snake
/// case: the same letters, upper case, with an underscore before each word
/// but the first.
const fn is_upper_snake_case_of(name: &[u8], variant: &[u8]) -> bool {
    let (mut n, mut v) = (0, 0);
    while v < variant.len() {
        let letter = variant[v];
        if v > 0 && letter.is_ascii_uppercase() {
            if n >= name.len() || name[n] != b'_' {
                return false;
            }
            n += 1;
        }
        if n >= name.len() || name[n] != letter.to_ascii_uppercase() {
            return false;
        }
        n += 1;
        v += 1;
    }
    n == name.len()
}
