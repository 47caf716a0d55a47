//! The table of rules: one row per rule, the only place a rule's id, level,
//! section, statuses and summary are written. The row format is described
//! in `rule.rs`; the functions that decide the rules are in the modules
//! below, one per group of the table.
//!
//! A rule about a header field of a single code takes its level and section
//! from that code's row of the registry (`field` and `forbidden`), so that
//! the guidance and the checker cannot disagree.

mod auth;
mod caching;
mod content;
mod date;
mod errors;
mod extensions;
mod fields;
mod framing;
mod informational;
mod problem;
mod redirection;
mod status;
mod success;
mod webdav;

use super::facts::Label;
use super::index::Name;
use super::rule::{Input, advice, field, forbidden, must, rules, should};
use crate::StatusCode;

rules! {
    // A. The status line
    StatusCodeRange "status-code-range" must("RFC 9110, Section 15").out_of_range(),
        "The status code is outside 100 to 599, the only codes HTTP defines, so clients \
        treat the response as a 5xx; send a registered code of the right class."
        => status::code_range;
    StatusCode3Digit "status-code-3digit" must("RFC 9112, Section 4").out_of_range(),
        "The status line's code is not exactly three digits; write the code as three ASCII \
        digits."
        => status::three_digits;
    ReasonPhraseSyntax "reason-phrase-syntax" must("RFC 9112, Section 4")
            .inputs(&[Input::Reason]),
        "The reason phrase holds a control character, which its grammar forbids; use only \
        visible characters, spaces and tabs."
        => status::reason_phrase;
    UseProxy305 "305-deprecated" advice("RFC 9110, Section 15.4.6").code(305),
        "305 Use Proxy is deprecated, and clients ignore it for security reasons; configure \
        proxies on the client, and redirect with 307 or 308."
        => status::reserved;
    Unused306 "306-reserved" must("RFC 9110, Section 15.4.7").code(306)
            .replaces(Rule::UnregisteredStatus),
        "306 is reserved and no longer means anything; send the code that says what \
        happened, such as a 307 redirect."
        => status::reserved;
    Teapot418 "418-reserved" advice("RFC 9110, Section 15.5.19").code(418),
        "418 is reserved only because software sends it as a joke, and clients give it no \
        meaning; send the 4xx code that says what is wrong with the request."
        => status::reserved;
    PaymentRequired402 "402-reserved" advice("RFC 9110, Section 15.5.3").code(402),
        "402 is reserved for future use, and clients give it no common meaning; send 403, or \
        a 4xx with a problem details body that explains the payment problem."
        => status::reserved;

    // B. Content allowed or not
    NoContent1xx "1xx-no-content" must("RFC 9110, Section 15.2").class(1),
        "A 1xx response has content, but interim responses end at their header section, so \
        the bytes are read as the next response; send no content."
        => content::forbidden;
    NoContent204 "204-no-content" must("RFC 9110, Section 15.3.5").code(204),
        "A 204 response has content, but it ends at its header section, so the bytes \
        corrupt the next response on the connection; send no content, or 200 with it."
        => content::forbidden;
    NoContent205 "205-no-content" must("RFC 9110, Section 15.3.6").code(205),
        "A 205 response has content, which its definition forbids; send it with empty \
        content, framed by Content-Length: 0."
        => content::forbidden;
    NoContent304 "304-no-content" must("RFC 9110, Section 15.4.5").code(304),
        "A 304 response has content, but it ends at its header section, so the bytes are \
        read as the next response; send no content: the client already holds it."
        => content::forbidden;
    HeadNoContent "head-no-content" must("RFC 9110, Section 9.3.2").methods(&["HEAD"]),
        "A response to HEAD has content; answer HEAD with the header section a GET would \
        have, and no content."
        => content::head;

    // C. Framing fields
    ContentLength1xx "1xx-no-content-length" must("RFC 9110, Section 8.6").class(1).wire()
            .needs(&[Name::ContentLength]),
        "A 1xx response carries Content-Length, which interim responses must not; remove it."
        => framing::interim_field;
    ContentLength204 "204-no-content-length" forbidden(StatusCode::NoContent, "Content-Length")
            .wire()
            .needs(&[Name::ContentLength]),
        "A 204 response carries Content-Length, although it ends at its header section; \
        remove the field, whatever its value."
        => framing::forbidden_field;
    TransferEncoding1xx "1xx-no-transfer-encoding" must("RFC 9112, Section 6.1").class(1).wire()
            .needs(&[Name::TransferEncoding]),
        "A 1xx response carries Transfer-Encoding, which interim responses must not; remove \
        it."
        => framing::interim_field;
    TransferEncoding204 "204-no-transfer-encoding"
            forbidden(StatusCode::NoContent, "Transfer-Encoding").wire()
            .needs(&[Name::TransferEncoding]),
        "A 204 response carries Transfer-Encoding, although it has no content to encode; \
        remove it."
        => framing::forbidden_field;
    ConnectNoFraming "connect-2xx-no-framing" must("RFC 9110, Section 9.3.6").class(2).wire()
            .methods(&["CONNECT"])
            .needs(&[Name::ContentLength, Name::TransferEncoding]),
        "A 2xx answer to CONNECT carries Content-Length or Transfer-Encoding, but the \
        connection becomes a tunnel right after its header section; remove both."
        => framing::connect;
    ContentLengthWithTransferEncoding "cl-with-te" must("RFC 9112, Section 6.2").wire()
            .needs(&[Name::TransferEncoding]),
        "The response carries both Content-Length and Transfer-Encoding, a framing conflict \
        that opens the door to request smuggling; send one of them, not both."
        => framing::both;
    ContentLengthAccurate "content-length-accurate" must("RFC 9110, Section 8.6").wire()
            .needs(&[Name::ContentLength]),
        "Content-Length differs from the length of the content, so the recipient cuts the \
        message short or waits for bytes that never come; send the exact length."
        => framing::accurate;
    ContentLengthWhenKnown "content-length-when-known" should("RFC 9112, Section 6.3").wire(),
        "The content ends only when the connection closes, which a recipient cannot tell \
        from a broken transfer; send Content-Length, or use the chunked transfer coding."
        => framing::delimited;
    ContentTypeWithContent "content-type-with-content" should("RFC 9110, Section 8.3")
            .without(&[Name::ContentType]),
        "The response has content but no Content-Type, so recipients have to guess what it \
        is; send Content-Type."
        => framing::content_type;

    // D. Date
    DateRequired "date-2xx-3xx-4xx" must("RFC 9110, Section 6.6.1").classes(2, 4).wire(),
        "A 2xx, 3xx or 4xx response has no Date, which an origin server with a clock must \
        send; send Date with the time the response was made."
        => date::required;
    ImfFixdate "http-date-imf-fixdate" must("RFC 9110, Section 5.6.7")
            .needs(&[Name::Date, Name::Expires, Name::LastModified, Name::RetryAfter]),
        "A date field is not in IMF-fixdate, the only format senders may use; write dates \
        as Sun, 06 Nov 1994 08:49:37 GMT."
        => date::imf_fixdate;

    // E. 1xx
    NotToHttp10 "1xx-not-to-http10" must("RFC 9110, Section 15.2").class(1),
        "A 1xx response answers an HTTP/1.0 request, whose client cannot read interim \
        responses; send HTTP/1.0 clients only the final response."
        => informational::not_to_http10;
    UpgradeField101 "101-upgrade-field" field(StatusCode::SwitchingProtocols, "Upgrade"),
        "A 101 response does not say which protocol the connection switches to; send \
        Upgrade naming it."
        => fields::required;
    ProtocolOffered101 "101-protocol-offered" must("RFC 9110, Section 7.8").code(101)
            .needs(&[Name::Upgrade]),
        "A 101 response switches to a protocol that the request's Upgrade did not offer; \
        switch only to a protocol the client listed, or answer in HTTP."
        => informational::protocol_offered;
    UpgradeConnectionOption "upgrade-connection-option" must("RFC 9110, Section 7.8")
            .needs(&[Name::Upgrade]),
        "The response carries Upgrade without the upgrade option in Connection, so an \
        intermediary may forward a field meant for one hop; add Connection: upgrade."
        => informational::upgrade_option;
    NotInHttp2 "101-not-in-h2" must("RFC 9113, Section 8.6").code(101),
        "A 101 response is sent over HTTP/2 or HTTP/3, which cannot switch protocols; use \
        extended CONNECT, or the version's own negotiation."
        => informational::not_multiplexed;

    // F. 2xx
    PostLocation201 "201-post-location" field(StatusCode::Created, "Location"),
        "A 201 answering POST has no Location, so the client takes the URI it posted to for \
        the new resource; send Location with the new resource's URI."
        => fields::required;
    PutSuccessCodes "put-success-codes" must("RFC 9110, Section 9.3.4").class(2)
            .methods(&["PUT"]),
        "A successful PUT is answered with a 2xx that does not say what became of the \
        resource; send 201 when it was created, 200 or 204 when it was replaced, 202 when \
        the change is queued."
        => success::put;
    DeleteSuccessCodes "delete-success-codes" should("RFC 9110, Section 9.3.5").class(2)
            .methods(&["DELETE"]),
        "A successful DELETE is answered with a 2xx other than 200, 202 or 204; send 204 \
        when it is done, 200 with a description, or 202 when it is queued."
        => success::delete;
    OptionsAllow "options-2xx-allow" should("RFC 9110, Section 9.3.7").class(2)
            .methods(&["OPTIONS"]),
        "A successful OPTIONS response names none of the resource's capabilities; send Allow \
        with the methods it supports, and any field that describes optional features."
        => success::options;
    TraceReflect "trace-200-reflect" should("RFC 9110, Section 9.3.8").code(200)
            .methods(&["TRACE"]),
        "A 200 answering TRACE does not reflect the request; send the request message as \
        received as the content, for example as message/http."
        => success::trace_reflect;
    TraceNoSensitive "trace-no-sensitive" should("RFC 9110, Section 9.3.8").code(200)
            .methods(&["TRACE"]),
        "A TRACE response reflects credentials or cookies, which scripts can then read; \
        leave such fields out of the reflected message."
        => success::trace_sensitive;
    RangeRequest206 "206-range-request" must("RFC 9110, Section 15.3.7").code(206),
        "A 206 answers a request without Range, so the client gets a part it did not ask \
        for; answer 200 with the whole representation."
        => success::range_request;
    GetOnly206 "206-get-only" must("RFC 9110, Section 14.2").code(206),
        "A 206 answers a method other than GET, the only method with range requests; ignore \
        Range there and answer as if it were absent."
        => success::get_only;
    SingleContentRange206 "206-single-content-range"
            field(StatusCode::PartialContent, "Content-Range"),
        "A single-part 206 has no Content-Range, so the client cannot tell which bytes it \
        got; send Content-Range with the range and the complete length."
        => success::single_part_range;
    MultipartNoHeaderContentRange206 "206-multipart-no-header-content-range"
            must("RFC 9110, Section 15.3.7.2").code(206)
            .needs(&[Name::ContentRange]),
        "A multipart/byteranges 206 carries Content-Range in its header section; remove it, \
        and give each part its own."
        => success::multipart_header_range;
    MultipartMediaType206 "206-multipart-media-type" must("RFC 9110, Section 15.3.7.2").code(206)
            .needs(&[Name::ContentType]),
        "A multipart/byteranges 206 has no boundary parameter, so its parts cannot be told \
        apart; add boundary to Content-Type."
        => success::multipart_boundary;
    PartContentRange206 "206-part-content-range" must("RFC 9110, Section 15.3.7.2").code(206)
            .needs(&[Name::ContentType]),
        "A part of a multipart/byteranges 206 has no Content-Range; give each part the \
        Content-Range of the bytes it holds."
        => success::part_range;
    PartContentType206 "206-part-content-type" should("RFC 9110, Section 15.3.7.2").code(206)
            .needs(&[Name::ContentType]),
        "A part of a multipart/byteranges 206 has no Content-Type; give each part the \
        Content-Type a 200 would carry."
        => success::part_type;
    SingleRangeNotMultipart206 "206-no-multipart-for-single-range"
            must("RFC 9110, Section 15.3.7.2").code(206)
            .needs(&[Name::ContentType]),
        "A request for one range is answered with multipart/byteranges, which its client may \
        not understand; send a single-part 206 with Content-Range."
        => success::single_range;
    PartOrder206 "206-part-order" should("RFC 9110, Section 15.3.7.2").code(206)
            .needs(&[Name::ContentType]),
        "The parts of a multipart/byteranges 206 are not in the order the Range field asked \
        for; send them in the requested order."
        => success::part_order;
    IfRangeMinimal206 "206-if-range-minimal" should("RFC 9110, Section 15.3.7").code(206)
            .needs(&[Name::LastModified, Name::ContentLanguage, Name::ContentEncoding, Name::ContentType]),
        "A 206 answering If-Range repeats representation fields that the client already \
        holds; leave them out, and send only what the section requires."
        => success::if_range_minimal;
    LengthConsistent206 "206-length-consistent" must("RFC 9110, Section 15.3.7.1").code(206),
        "The content of a single-part 206 is not as long as its Content-Range says; send \
        exactly the bytes from the first position to the last."
        => success::length_consistent;
    RangeRespForm206 "206-range-resp-form" must("RFC 9110, Section 15.3.7.1").code(206)
            .needs(&[Name::ContentRange]),
        "A 206 carries the bytes */length form of Content-Range, which only a 416 may use; \
        send the range the content holds, as first-last/length."
        => success::range_resp_form;
    ContentRangeValid "content-range-valid" must("RFC 9110, Section 14.4")
            .needs(&[Name::ContentRange]),
        "Content-Range is invalid: its last position comes before its first, or the \
        complete length does not exceed the last position; send a range inside the \
        representation."
        => success::content_range_valid;
    ContentRangeOnly206416 "content-range-only-206-416" advice("RFC 9110, Section 14.4")
            .needs(&[Name::ContentRange]),
        "Content-Range has no meaning with a status other than 206 or 416, and clients may \
        misread it; remove it."
        => success::content_range_elsewhere;

    // G. 3xx
    Content300 "300-content" should("RFC 9110, Section 15.4.1").code(300),
        "A 300 response lists no choices in its content; send the list of alternatives, \
        each with its URI."
        => content::expected;
    Location301 "301-location" field(StatusCode::MovedPermanently, "Location"),
        "A 301 response has no Location, so the client cannot follow it; send Location with \
        the new URI."
        => fields::required;
    Location302 "302-location" field(StatusCode::Found, "Location"),
        "A 302 response has no Location, so the client cannot follow it; send Location with \
        the temporary URI."
        => fields::required;
    Location303 "303-location" field(StatusCode::SeeOther, "Location"),
        "A 303 response has no Location, although its whole meaning is to point there; send \
        Location with the URI to fetch."
        => fields::required;
    Location307 "307-location" field(StatusCode::TemporaryRedirect, "Location"),
        "A 307 response has no Location, so the client cannot follow it; send Location with \
        the temporary URI."
        => fields::required;
    Location308 "308-location" field(StatusCode::PermanentRedirect, "Location"),
        "A 308 response has no Location, so the client cannot follow it; send Location with \
        the new URI."
        => fields::required;
    ConditionalOnly304 "304-only-conditional-get-head" must("RFC 9110, Section 15.4.5").code(304),
        "A 304 answers a request that was not a conditional GET or HEAD, so the client has \
        no stored response to reuse; send the full response, or 412 for a failed \
        precondition on another method."
        => redirection::conditional_only;
    MinimalMetadata304 "304-minimal-metadata" should("RFC 9110, Section 15.4.5").code(304)
            .needs(&[Name::ContentType, Name::ContentEncoding, Name::ContentLanguage, Name::LastModified]),
        "A 304 carries representation metadata that a cache would copy onto its stored \
        response; send only the validator, caching and Vary fields."
        => redirection::minimal_metadata;

    // H. 4xx and 5xx
    Explanation4xx "4xx-explanation" should("RFC 9110, Section 15.5").class(4),
        "A 4xx response has no content to explain the error; say what is wrong and whether \
        it will last, for example in a problem details object."
        => content::expected;
    Explanation5xx "5xx-explanation" should("RFC 9110, Section 15.6").class(5),
        "A 5xx response has no content to explain the error; say what went wrong and \
        whether it will last, for example in a problem details object."
        => content::expected;
    WwwAuthenticate401 "401-www-authenticate" field(StatusCode::Unauthorized, "WWW-Authenticate"),
        "A 401 response has no WWW-Authenticate challenge, so the client cannot tell how to \
        authenticate; send at least one, such as Bearer realm=\"api\"."
        => fields::challenge;
    Allow405 "405-allow" field(StatusCode::MethodNotAllowed, "Allow"),
        "A 405 response does not say which methods the resource allows; send Allow listing \
        them, empty if there are none."
        => fields::required;
    MethodNotInAllow405 "405-method-not-in-allow" must("RFC 9110, Section 15.5.6").code(405)
            .needs(&[Name::Allow]),
        "A 405 response lists the request's own method in Allow, which contradicts it; list \
        only the methods the resource accepts, or serve the request."
        => errors::method_in_allow;
    Content406 "406-content" should("RFC 9110, Section 15.5.7").code(406)
            .replaces(Rule::Explanation4xx),
        "A 406 response does not list the representations that are available; send that \
        list, so that the client can choose."
        => content::expected;
    NegotiationFields406 "406-negotiation-fields" must("RFC 9110, Section 15.5.7").code(406),
        "A 406 answers a request without any Accept field, yet it means that no \
        representation meets the request's preferences; serve the default representation."
        => errors::negotiation_fields;
    ProxyAuthenticate407 "407-proxy-authenticate"
            field(StatusCode::ProxyAuthenticationRequired, "Proxy-Authenticate"),
        "A 407 response has no Proxy-Authenticate challenge, so the client cannot tell how \
        to authenticate to the proxy; send at least one."
        => fields::challenge;
    Content409 "409-content" should("RFC 9110, Section 15.5.10").code(409)
            .replaces(Rule::Explanation4xx),
        "A 409 response does not describe the conflict; say enough for the client to resolve \
        it and repeat the request."
        => content::expected;
    PreconditionPresent412 "412-precondition-present" must("RFC 9110, Section 15.5.13").code(412),
        "A 412 answers a request with no precondition that can fail (If-Match, \
        If-None-Match, If-Unmodified-Since or an extension's); send 428 to demand one, or \
        409 for a conflict."
        => errors::precondition_present;
    NoAcceptEncoding415 "415-no-accept-encoding"
            forbidden(StatusCode::UnsupportedMediaType, "Accept-Encoding")
            .needs(&[Name::AcceptEncoding]),
        "A 415 for a request without Content-Encoding carries Accept-Encoding, which says a \
        content coding was the problem; remove it, and send Accept to list media types."
        => errors::no_accept_encoding;
    ContentRange416 "416-content-range" field(StatusCode::RangeNotSatisfiable, "Content-Range"),
        "A 416 answering a byte-range request has no Content-Range; send Content-Range: \
        bytes */ followed by the current length."
        => errors::unsatisfied_range;
    UnsatisfiedRangeForm416 "416-unsatisfied-range-form" should("RFC 9110, Section 14.4")
            .code(416)
            .needs(&[Name::ContentRange]),
        "A 416's Content-Range is not in the form bytes */length; send the complete length \
        after bytes */."
        => errors::unsatisfied_range_form;
    RangeRequest416 "416-range-request" must("RFC 9110, Section 15.5.17").code(416),
        "A 416 answers a request without Range, so no range can have failed; answer as the \
        request deserves without it."
        => errors::range_request;
    Expect417 "417-expect" must("RFC 9110, Section 15.5.18").code(417),
        "A 417 answers a request without Expect, so no expectation can have failed; send the \
        4xx that says what is wrong."
        => errors::expect;
    Upgrade426 "426-upgrade" field(StatusCode::UpgradeRequired, "Upgrade"),
        "A 426 response does not say which protocol to upgrade to; send Upgrade naming the \
        acceptable protocols."
        => fields::required;
    Content505 "505-content" should("RFC 9110, Section 15.6.6").code(505)
            .replaces(Rule::Explanation5xx),
        "A 505 response does not say why the version is refused or which versions are \
        supported; say both in its content."
        => content::expected;
    /// The HTTP library reads the request's framing and `Host`, so inside
    /// an application this rule and the next two are its to keep.
    HostBadRequest "host-400" must("RFC 9112, Section 3.2").wire(),
        "The request had no Host, several, or an invalid one, yet it was served; refuse \
        such requests with 400."
        => errors::host;
    TransferCodingBadRequest "te-not-chunked-400" must("RFC 9112, Section 6.3").wire()
            .request_needs(&[Name::TransferEncoding]),
        "The request's Transfer-Encoding does not end in chunked, so its length cannot be \
        known, yet it was served; answer 400 and close the connection."
        => errors::transfer_coding;
    ContentLengthBadRequest "bad-content-length-400" must("RFC 9112, Section 6.3").wire()
            .request_needs(&[Name::ContentLength]),
        "The request's Content-Length is invalid, so its framing is lost, yet it was served; \
        answer 400 and close the connection."
        => errors::content_length;
    FinalResponseClose "final-response-close" should("RFC 9112, Section 9.6").wire()
            .request_needs(&[Name::Connection]),
        "The request asked for the connection to close, but the final response does not \
        say it will; add Connection: close."
        => errors::close;

    // I. RFC 6585, RFC 7725 and RFC 8470
    Explain428 "428-explain" should("RFC 6585, Section 3").code(428)
            .replaces(Rule::Explanation4xx),
        "A 428 response does not say which precondition the request needs; explain how to \
        send it again, for example with If-Match."
        => content::expected;
    NotStored "428-429-431-511-not-stored" must("RFC 6585, Sections 3 to 6")
            .codes(&[428, 429, 431, 511])
            .needs(&[Name::Age]),
        "The response comes from a cache (its Age is above zero), but responses with this \
        code must not be stored; keep caches from storing it, for example with \
        Cache-Control: no-store."
        => extensions::not_stored;
    Explain429 "429-explain" should("RFC 6585, Section 4").code(429)
            .replaces(Rule::Explanation4xx),
        "A 429 response does not explain the limit that was reached; say which limit, and \
        when it resets."
        => content::expected;
    LoginLink511 "511-login-link" should("RFC 6585, Section 6").code(511)
            .replaces(Rule::Explanation5xx),
        "A 511 response has no link to where the user logs in to the network; link to that \
        page in its content."
        => extensions::login_link;
    NoChallenge511 "511-no-challenge"
            forbidden(StatusCode::NetworkAuthenticationRequired, "WWW-Authenticate")
            .needs(&[Name::WwwAuthenticate]),
        "A 511 response carries WWW-Authenticate, so a browser asks for credentials as if \
        for the requested site; link to the network's login page instead."
        => fields::forbidden;
    Explain451 "451-explain" should("RFC 7725, Section 3").code(451)
            .replaces(Rule::Explanation4xx),
        "A 451 response does not explain the legal demand; say what it is, and who made it."
        => content::expected;
    BlockedBy451 "451-link-blocked-by" field(StatusCode::UnavailableForLegalReasons, "Link"),
        "A 451 response has no Link with rel=\"blocked-by\" naming who blocks the resource; \
        send one."
        => extensions::blocked_by;
    EarlyDataInResponse "early-data-not-in-response" must("RFC 8470, Section 5.1")
            .needs(&[Name::EarlyData]),
        "The response carries Early-Data, a field only requests may carry; remove it."
        => extensions::early_data;

    // J. RFC 9111, tied to a status
    EtagInList304 "cache-304-etag-in-list" must("RFC 9110, Section 13.1.2").code(304)
            .needs(&[Name::Etag]),
        "A 304's ETag matches none of the request's If-None-Match tags, so the client reuses \
        a representation that was not validated; answer 200 with the current one."
        => caching::etag_in_list;
    MustUnderstandNoStore "must-understand-no-store" should("RFC 9111, Section 5.2.2.3")
            .needs(&[Name::CacheControl]),
        "Cache-Control has must-understand without no-store, so a cache that does not know \
        the status code's rules may store the response; add no-store."
        => caching::must_understand;

    // K. Authentication
    ChallengeSyntax "challenge-syntax" must("RFC 9110, Section 11.3")
            .needs(&[Name::WwwAuthenticate, Name::ProxyAuthenticate]),
        "WWW-Authenticate or Proxy-Authenticate does not parse as a list of challenges; \
        write each as a scheme followed by a token68 or by name=value parameters."
        => auth::syntax;
    AuthParamOnce "auth-param-once" must("RFC 9110, Section 11.2")
            .needs(&[Name::WwwAuthenticate, Name::ProxyAuthenticate]),
        "A challenge gives a parameter twice; give each parameter once per challenge."
        => auth::param_once;
    RealmQuoted "realm-quoted" must("RFC 9110, Section 11.5")
            .needs(&[Name::WwwAuthenticate, Name::ProxyAuthenticate]),
        "A challenge's realm is a bare token; write it as a quoted string, realm=\"...\"."
        => auth::realm_quoted;
    BearerAuthParam "bearer-has-auth-param" must("RFC 6750, Section 3")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge has no parameter; give it at least a realm, a scope or an error."
        => auth::bearer_param;
    BearerAttributeOnce "bearer-attr-once" must("RFC 6750, Section 3")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge gives realm, scope, error, error_description or error_uri more \
        than once; give each once."
        => auth::bearer_once;
    BearerAttributeCharset "bearer-attr-charset" must("RFC 6750, Section 3")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge's error, error_description or scope holds a character the format \
        forbids, or its error_uri is no URI reference; keep to printable ASCII without \
        double quotes or backslashes."
        => auth::bearer_charset;
    BearerErrorWithToken "bearer-error-with-token" should("RFC 6750, Section 3").code(401)
            .needs(&[Name::WwwAuthenticate]),
        "A 401 answering a request with a Bearer token does not say what was wrong with the \
        token; add error=\"invalid_token\", or the code that fits, to the challenge."
        => auth::bearer_error_with_token;
    BearerNoErrorWithoutToken "bearer-no-error-without-token" should("RFC 6750, Section 3.1")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge reports an error to a request that sent no credentials; leave \
        error out until the client has tried a token."
        => auth::bearer_error_without_token;
    BearerInvalidRequest400 "bearer-invalid-request-400" should("RFC 6750, Section 3.1")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge says error=\"invalid_request\" with a status other than 400; \
        answer a malformed request with 400."
        => auth::bearer_invalid_request;
    BearerInvalidToken401 "bearer-invalid-token-401" should("RFC 6750, Section 3.1")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge says error=\"invalid_token\" with a status other than 401; answer \
        an expired, revoked or malformed token with 401."
        => auth::bearer_invalid_token;
    BearerInsufficientScope403 "bearer-insufficient-scope-403" should("RFC 6750, Section 3.1")
            .needs(&[Name::WwwAuthenticate]),
        "A Bearer challenge says error=\"insufficient_scope\" with a status other than 403; \
        answer a token without the needed scope with 403."
        => auth::bearer_insufficient_scope;

    // L. Field syntax
    RetryAfterSyntax "retry-after-syntax" must("RFC 9110, Section 10.2.3")
            .needs(&[Name::RetryAfter]),
        "Retry-After is neither an HTTP date nor a whole number of seconds; send one of \
        them, such as Retry-After: 120."
        => fields::retry_after_syntax;
    ContentRangeSyntax "content-range-syntax" must("RFC 9110, Section 14.4")
            .needs(&[Name::ContentRange]),
        "Content-Range does not parse; write it as bytes first-last/length, or bytes \
        */length in a 416."
        => fields::content_range_syntax;
    AllowSyntax "allow-syntax" must("RFC 9110, Section 10.2.1")
            .needs(&[Name::Allow]),
        "Allow is not a comma-separated list of method names, or has empty elements; list \
        the methods as tokens, such as Allow: GET, HEAD."
        => fields::allow_syntax;
    LocationSyntax "location-syntax" must("RFC 9110, Section 10.2.2")
            .needs(&[Name::Location]),
        "Location is not a URI reference; percent-encode spaces and other characters that \
        URIs do not allow."
        => fields::location_syntax;
    LocationSingle "location-single" must("RFC 9110, Section 10.2.2")
            .needs(&[Name::Location]),
        "The response carries Location more than once, so clients may follow either; send \
        one Location."
        => fields::location_single;
    UpgradeSyntax "upgrade-syntax" must("RFC 9110, Section 7.8")
            .needs(&[Name::Upgrade]),
        "Upgrade is not a comma-separated list of protocols; write each as a name with an \
        optional /version, such as Upgrade: websocket."
        => fields::upgrade_syntax;
    LinkSyntax "link-syntax" must("RFC 8288, Section 3")
            .needs(&[Name::Link]),
        "Link does not parse; write each link as a URI in angle brackets, followed by \
        ;name=value parameters."
        => fields::link_syntax;
    LinkRelPresent "link-rel-present" must("RFC 8288, Section 3.3")
            .needs(&[Name::Link]),
        "A link in Link has no rel parameter, or has two; give each link exactly one rel."
        => fields::link_rel;
    ContentLengthSyntax "content-length-syntax" must("RFC 9110, Section 8.6").wire()
            .needs(&[Name::ContentLength]),
        "Content-Length is not a single decimal number; send the content's length as \
        digits only, once."
        => fields::content_length_syntax;
    ConnectionSyntax "connection-syntax" must("RFC 9110, Section 7.6.1")
            .needs(&[Name::Connection]),
        "Connection is not a comma-separated list of option names; write options as \
        tokens, such as Connection: close."
        => fields::connection_syntax;

    // M. Problem details
    ProblemStatusMatch "problem-status-match" must("RFC 9457, Section 3.1.2")
            .needs(&[Name::ContentType])
            .labels(&[Label::ProblemJson, Label::ProblemXml]),
        "The problem details' status differs from the response's status code, so clients \
        that read one disagree with those that read the other; send the same code in both."
        => problem::status_match;
    ProblemStatusNumber "problem-status-number" must("RFC 9457, Section 3.1.2")
            .needs(&[Name::ContentType])
            .labels(&[Label::ProblemJson, Label::ProblemXml]),
        "The problem details' status is not a JSON number, so consumers must ignore it; \
        write it as a number, such as \"status\": 404."
        => problem::status_number;
    ProblemMemberTypes "problem-member-types" must("RFC 9457, Section 3.1")
            .needs(&[Name::ContentType])
            .labels(&[Label::ProblemJson]),
        "The problem details are not a JSON object, or a member has the wrong type (type and \
        instance are URI references, title and detail strings), so consumers ignore it; \
        fix the member's type."
        => problem::member_types;
    ProblemAboutBlankTitle "problem-about-blank-title" should("RFC 9457, Section 4.2.1")
            .needs(&[Name::ContentType])
            .labels(&[Label::ProblemJson]),
        "A problem of type about:blank has a title other than the status code's reason \
        phrase; use the reason phrase, or define a problem type of your own."
        => problem::about_blank_title;
    ProblemTypeAbsolute "problem-type-absolute" should("RFC 9457, Section 3.1.1")
            .needs(&[Name::ContentType])
            .labels(&[Label::ProblemJson]),
        "The problem details' type is a relative reference that does not start with a \
        slash, so it names a different type at each URI; use an absolute URI, or at least \
        a full path."
        => problem::type_absolute;

    // N. WebDAV
    MultistatusXml207 "207-xml-multistatus" must("RFC 4918, Section 13").code(207)
            .needs(&[Name::ContentType]),
        "A 207 with an XML body does not have a DAV: multistatus root element, so clients \
        cannot read the statuses in it; send a multistatus document."
        => webdav::multistatus;
    ResponseHref207 "207-response-href" must("RFC 4918, Section 13").code(207)
            .needs(&[Name::ContentType]),
        "A response element of a 207 has no href, so the client cannot tell which resource \
        its status is about; give each response element an href."
        => webdav::response_href;
    No1xxInside207 "207-no-1xx-inside" should("RFC 4918, Section 13").code(207)
            .needs(&[Name::ContentType]),
        "A 207 reports a 1xx status for a resource, which says nothing final about it; \
        report the final status."
        => webdav::no_interim;
    LocationUndefined207 "207-location-undefined" advice("RFC 4918, Section 13.1").code(207)
            .replaces(Rule::LocationElsewhere)
            .needs(&[Name::Location]),
        "A 207 carries Location, which has no defined meaning with a multistatus body; put \
        URIs in the body instead."
        => webdav::location;
    ConditionCode423 "423-condition-code" should("RFC 4918, Section 11.3").code(423),
        "A 423 response does not name the precondition that failed; send a DAV:error body \
        with a code such as lock-token-submitted."
        => webdav::condition_code;

    // Advice
    SafeMethod201 "201-safe-method" advice("RFC 9110, Section 9.2.1").code(201)
            .methods(&["GET", "HEAD", "OPTIONS", "TRACE"]),
        "A 201 answers a safe method, which by definition creates nothing; create with POST \
        or PUT, and answer a GET with 200."
        => success::safe_method;
    RedirectAfterPost "302-after-post" advice("RFC 9110, Section 15.4.3").codes(&[301, 302])
            .methods(&["POST"]),
        "A 301 or 302 answers a POST, which most clients repeat as a GET without content; \
        send 303 to point to a result, or 307 or 308 to have the POST repeated."
        => redirection::after_post;
    StackTrace "5xx-stack-trace" advice("RFC 9457, Section 5").inputs(&[Input::Bytes]),
        "The content shows a stack trace, which reveals the implementation to anyone who \
        asks; log it, and send a problem details object without it."
        => problem::stack_trace;
    RetryAfter429 "429-retry-after" field(StatusCode::TooManyRequests, "Retry-After"),
        "A 429 does not say when to try again, so clients back off blindly; send \
        Retry-After."
        => fields::required;
    RetryAfter503 "503-retry-after" field(StatusCode::ServiceUnavailable, "Retry-After"),
        "A 503 does not say when the service is expected back, so clients retry blindly; \
        send Retry-After."
        => fields::required;
    UnregisteredStatus "unregistered-status" advice("RFC 9110, Section 15").unregistered(),
        "The status code is not in the IANA registry, so clients treat it as the x00 code of \
        its class; send a registered code."
        => status::unregistered;
    ProblemMediaType "problem-media-type" advice("RFC 9457, Section 3").classes(4, 5)
            .needs(&[Name::ContentType])
            .labels(&[Label::Json])
            .inputs(&[Input::Bytes]),
        "The content is a problem details object served as application/json; serve it as \
        application/problem+json, so that clients recognise it."
        => problem::media_type;
    ProblemOnSuccess "problem-on-success" advice("RFC 9457, Section 1").classes(1, 3)
            .needs(&[Name::ContentType])
            .labels(&[Label::ProblemJson, Label::ProblemXml]),
        "The response is application/problem+json with a status below 400; problem details \
        describe errors, so send them with a 4xx or 5xx."
        => problem::on_success;
    NoHints103 "103-no-hints" field(StatusCode::EarlyHints, "Link"),
        "A 103 carries no Link to preload or preconnect, its only use; add the hints, or \
        send no 103."
        => informational::hints;
    OverHttp11103 "103-over-http11" advice("RFC 8297, Section 3").code(103),
        "A 103 over HTTP/1.1 can be taken for the final response by clients that do not \
        expect it; send it only to clients known to handle it."
        => informational::early_hints_http11;
    Hypertext3xx "3xx-hypertext" advice("RFC 9110, Section 15.4")
            .codes(&[301, 302, 303, 307, 308]),
        "A redirect has no content with a link to its target, for clients that do not follow \
        it; add a short hypertext note that links to Location."
        => content::expected;
    Monitor202 "202-monitor" advice("RFC 9110, Section 15.3.3").code(202),
        "A 202 has no content describing the request's status; say where the client can \
        follow its progress."
        => content::expected;
    Empty200 "200-empty" advice("RFC 9110, Section 15.3.1").code(200)
            .inputs(&[Input::Empty]),
        "A 200 has no content; send 204 when there is nothing to return."
        => success::empty;
    ErrorLongFreshness "error-long-freshness" advice("RFC 9111, Section 4.2.1").classes(4, 5)
            .needs(&[Name::CacheControl]),
        "An error response may be cached for a day or more, so caches go on serving it \
        after the fault is fixed; give errors a short max-age, or no-store."
        => caching::long_freshness;
    WeakValidator206 "206-weak-validator" advice("RFC 9110, Section 15.3.7.3").code(206),
        "A 206 has neither a strong ETag nor Last-Modified, so the client cannot safely \
        combine it with other parts; send a strong validator."
        => success::weak_validator;
    LocationElsewhere "location-elsewhere" advice("RFC 9110, Section 10.2.2")
            .needs(&[Name::Location]),
        "Location has no defined meaning with this status; remove it, or use 201 or a 3xx."
        => redirection::location_elsewhere;
    LocationFragment201 "201-location-fragment" advice("RFC 9110, Section 10.2.2").code(201)
            .needs(&[Name::Location]),
        "A 201's Location has a fragment, which does not fit a URI that names the new \
        resource; remove the fragment."
        => success::location_fragment;
    OneChallengePerLine "www-auth-one-per-line" advice("RFC 9110, Section 11.6.1")
            .needs(&[Name::WwwAuthenticate]),
        "A WWW-Authenticate line carries several challenges, which some clients cannot \
        parse; send each challenge on its own line."
        => auth::one_per_line;
    AcceptEncoding415 "415-accept-encoding"
            field(StatusCode::UnsupportedMediaType, "Accept-Encoding"),
        "A 415 refusing the request's content coding does not say which codings are \
        accepted; send Accept-Encoding."
        => errors::accept_encoding;
}
